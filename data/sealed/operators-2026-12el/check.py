#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict, deque

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(m):
    errors.append(m)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18))
    r = 31 - s % 31
    return ALPHA[0 if r == 31 else r] == c[17]


NORM = {
    "phone": lambda v: re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v),
    "wechat": lambda v: v == v.lower(), "email": lambda v: v == v.lower() and "@" in v,
    "domain": lambda v: v == v.lower() and "." in v, "qq": lambda v: re.fullmatch(r"\d{5,11}", v),
    "qq_group": lambda v: re.fullmatch(r"\d{5,11}", v), "uscc": uscc_ok, "other": lambda v: bool(v),
}

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = {}
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            fp = os.path.join(root, f)
            files["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing")
tp = {p["path"]: p for p in truth["pages"]}
if set(tp) != set(files):
    err(f"truth pages != html files: {set(tp) ^ set(files)}")

# reachability from hub
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    for h in re.findall(r'href="(/[^"#]+)"', files.get(q.popleft(), "")):
        if h in files and h not in seen:
            seen.add(h); q.append(h)
if seen != set(files):
    err(f"unreachable: {set(files) - seen}")
sites = sorted({p.split("/")[1] for p in files if p != "/index.html"})
for s in sites:
    if f'href="/{s}/index.html"' not in files["/index.html"]:
        err(f"hub misses {s}")

id_owner = {}
op_pages = defaultdict(list)
for p in truth["pages"]:
    path = p["path"]
    if path not in files:
        err(f"missing file {path}"); continue
    if not p["is_offer"] and p["operator"] is not None:
        err(f"non-offer with operator {path}")
    if p["is_offer"] and not p["operator"]:
        err(f"offer without operator {path}")
    for k, v, w in p["identifiers"]:
        if k not in NORM or not NORM[k](v):
            err(f"bad identifier {k} {v} on {path}")
        if w not in files[path]:
            err(f"written form {w!r} not on {path}")
        prev = id_owner.setdefault((k, v), p["operator"])
        if prev != p["operator"]:
            err(f"identifier {k} {v} shared by {prev} and {p['operator']}")
    if p["operator"]:
        op_pages[p["operator"]].append(p)

ops = sorted(o for o in op_pages if o.startswith("U"))
inds = sorted(o for o in op_pages if o.startswith("I"))
for o in ops:
    pl = op_pages[o]
    if not 3 <= len(pl) <= 4:
        err(f"{o} has {len(pl)} pages")
    if len({p["path"].split("/")[1] for p in pl}) < 2:
        err(f"{o} on one site only")
    # connected by shared identifiers
    comp, stack = {0}, [0]
    while stack:
        i = stack.pop()
        a = {(k, v) for k, v, _ in pl[i]["identifiers"]}
        for j, pj in enumerate(pl):
            if j not in comp and a & {(k, v) for k, v, _ in pj["identifiers"]}:
                comp.add(j); stack.append(j)
    if len(comp) != len(pl):
        err(f"{o} pages not connected by identifiers")
    declared = {tuple(x) for x in truth["operators"].get(o, {}).get("identifiers", [])}
    used = {(k, v) for p in pl for k, v, _ in p["identifiers"]}
    if declared != used:
        err(f"{o} operator identifiers mismatch")
for o in inds:
    if len(op_pages[o]) != 1:
        err(f"{o} has {len(op_pages[o])} pages")
    for k, v, _ in op_pages[o][0]["identifiers"]:
        if sum(1 for p in truth["pages"] for kk, vv, _ in p["identifiers"] if (kk, vv) == (k, v)) != 1:
            err(f"{o} identifier shared")

dkinds = set()
for d in truth["decoys"]:
    dkinds.add(d["kind"])
    if (d["kind"], d["value"]) in id_owner:
        err(f"decoy {d['value']} is also a seller identifier")
    actual = sorted(p for p, t in files.items() if any(w in t for w in d["written"]))
    if actual != sorted(d["pages"]):
        err(f"decoy {d['value']} pages mismatch")
    for path in d["pages"]:
        if path not in files or not any(w in files[path] for w in d["written"]):
            err(f"decoy {d['value']} not on {path}")
    sellers = {tp[p]["operator"] for p in d["pages"] if tp[p]["operator"]}
    d["_sellers"] = sellers
    if d["kind"] == "uscc" and not uscc_ok(d["value"]):
        err(f"decoy uscc bad {d['value']}")

n_pages = len(files)
n_offers = sum(p["is_offer"] for p in truth["pages"])
n_multi = sum(1 for d in truth["decoys"] if len(d["_sellers"]) >= 2)
if not 48 <= n_pages <= 56: err(f"page count {n_pages}")
if not 8 <= len(sites) <= 11: err(f"site count {len(sites)}")
if not 35 <= n_offers <= 39: err(f"offer count {n_offers}")
if len(ops) != 9: err(f"operators {len(ops)}")
if len(inds) != 6: err(f"independents {len(inds)}")
if len(truth["decoys"]) < 18: err("fewer than 18 decoys")
if dkinds != set(NORM): err(f"decoy kinds missing {set(NORM) - dkinds}")

print(f"pages={n_pages} sites={len(sites)} offers={n_offers} non_offers={n_pages - n_offers} "
      f"operators={len(ops)} operator_pages={sum(len(op_pages[o]) for o in ops)} independents={len(inds)} "
      f"decoys={len(truth['decoys'])} decoys_on_2plus_sellers={n_multi}")
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
