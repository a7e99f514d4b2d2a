#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict

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
    return c[17] == ALPHA[0 if r == 31 else r]


NORM = {
    "phone": lambda v: re.fullmatch(r"\+861[3-9]\d{9}|0\d{9,11}|[48]00\d{7}|1\d{4}", v),
    "wechat": lambda v: re.fullmatch(r"[a-z][a-z0-9_-]{5,19}", v),
    "qq": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
    "qq_group": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
    "email": lambda v: re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", v),
    "uscc": uscc_ok,
    "domain": lambda v: re.fullmatch(r"[a-z0-9.-]+\.[a-z]+", v) and not v.startswith("www."),
    "other": lambda v: bool(v),
}

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
pages = truth["pages"]
html = {}
for root, _, files in os.walk(SITE):
    for fn in files:
        if fn.endswith(".html"):
            fp = os.path.join(root, fn)
            html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

paths = [p["path"] for p in pages]
if len(set(paths)) != len(paths):
    err("duplicate paths in truth")
for p in paths:
    if p not in html:
        err(f"missing file {p}")
for p in html:
    if p not in paths:
        err(f"page not in truth {p}")
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing")

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html:
        continue
    seen.add(p)
    todo += re.findall(r"href='(/[^']+\.html)'", html[p])
for p in html:
    if p not in seen:
        err(f"unreachable {p}")
sites = sorted({p.split("/")[1] for p in html if p.count("/") == 2})
hub_links = set(re.findall(r"href='(/[^']+)'", html.get("/index.html", "")))
for s in sites:
    if f"/{s}/index.html" not in hub_links:
        err(f"hub does not link /{s}/index.html")

# page identifiers
by_op = defaultdict(list)
idx = defaultdict(set)  # (kind,value) -> operators
for p in pages:
    op = p["operator"]
    if not p["is_offer"]:
        if op is not None or p["identifiers"]:
            err(f"non-offer with operator/identifiers {p['path']}")
        continue
    if not op or not re.fullmatch(r"[UI]0\d", op):
        err(f"offer without operator {p['path']}")
        continue
    if not p["provider"]:
        err(f"offer without provider {p['path']}")
    by_op[op].append(p)
    h = html.get(p["path"], "")
    if not p["identifiers"]:
        err(f"offer without identifiers {p['path']}")
    for kind, val, wr in p["identifiers"]:
        if kind not in NORM or not NORM[kind](val):
            err(f"bad normalized {kind} {val} on {p['path']}")
        if wr not in h:
            err(f"written form {wr!r} not on {p['path']}")
        idx[(kind, val)].add(op)
    if p["provider"] and p["provider"] not in h:
        err(f"provider {p['provider']} not on {p['path']}")

for key, ops in idx.items():
    if len(ops) > 1:
        err(f"identifier {key} shared by {sorted(ops)}")

ops_u = sorted(o for o in by_op if o.startswith("U"))
ops_i = sorted(o for o in by_op if o.startswith("I"))
if ops_u != [f"U0{i}" for i in range(1, 10)]:
    err(f"operators {ops_u}")
if ops_i != [f"I0{i}" for i in range(1, 7)]:
    err(f"independents {ops_i}")
for o in ops_u:
    ps = by_op[o]
    if not 3 <= len(ps) <= 4:
        err(f"{o} has {len(ps)} pages")
    if len({p["path"].split('/')[1] for p in ps}) < 2:
        err(f"{o} on one site only")
    # connectivity through shared identifiers
    comp = {ps[0]["path"]}
    changed = True
    while changed:
        changed = False
        ids_in = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and ids_in & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps):
        err(f"{o} pages not connected by shared identifiers")
    t = truth["operators"].get(o)
    if not t:
        err(f"{o} missing in operators")
    else:
        want = sorted({(k, v) for p in ps for k, v, _ in p["identifiers"]})
        if sorted(map(tuple, t["identifiers"])) != want:
            err(f"{o} operator identifiers mismatch")
        if sorted(t["brands"]) != sorted({p["provider"] for p in ps}):
            err(f"{o} brands mismatch")
for o in ops_i:
    if len(by_op[o]) != 1:
        err(f"{o} has {len(by_op[o])} pages")

# decoys
decoys = truth["decoys"]
seller_vals = set(idx)
for d in decoys:
    if (d["kind"], d["value"]) in seller_vals:
        err(f"decoy {d['value']} is also a seller identifier")
    for w in d["written"]:
        for pth in d["pages"]:
            pass
    actual = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if actual != sorted(d["pages"]):
        err(f"decoy {d['value']} pages mismatch: {actual} vs {d['pages']}")
    for pth in d["pages"]:
        if not any(w in html.get(pth, "") for w in d["written"]):
            err(f"decoy {d['value']} not on {pth}")

n_pages, n_offer = len(pages), sum(p["is_offer"] for p in pages)
if not 48 <= n_pages <= 56:
    err(f"page count {n_pages}")
if not 33 <= n_offer <= 41:
    err(f"offer count {n_offer}")
if not 8 <= len(sites) <= 11:
    err(f"site count {len(sites)}")
if len(decoys) < 18:
    err(f"decoy count {len(decoys)}")

print(f"pages={n_pages} offers={n_offer} non_offers={n_pages - n_offer} sites={len(sites)} "
      f"operators={len(ops_u)} independents={len(ops_i)} decoys={len(decoys)}")
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
