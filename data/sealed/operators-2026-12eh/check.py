#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []

def err(m):
    errors.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPH.index(x) * w for x, w in zip(c[:17], W))
    r = 31 - s % 31
    if ALPH[0 if r == 31 else r] != c[17]:
        return False
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(x) if x.isdigit() else ord(x) - 55) * w for x, w in zip(c[8:16], ws))
    k = 11 - s % 11
    return c[16] == ("X" if k == 10 else "0" if k == 11 else str(k))

def norm_ok(kind, value, written):
    if kind == "phone":
        d = re.sub(r"\D", "", written)
        if value.startswith("+86"):
            return re.fullmatch(r"\+861\d{10}", value) and d.endswith(value[3:])
        if value.startswith("0"):
            return re.fullmatch(r"0\d{9,11}", value) and d == value
        return d == value
    if kind in ("wechat", "email", "domain"):
        if value != value.lower():
            return False
        w = written.lower().replace("#", "@") if kind == "email" else written.lower()
        return value in w
    if kind == "uscc":
        return uscc_ok(value) and value in written
    if kind in ("qq", "qq_group"):
        return re.sub(r"\D", "", written) == value
    return value in written

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            html[p] = open(os.path.join(dp, f), encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing everything")
if "/index.html" not in html:
    err("hub missing")

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html:
        continue
    seen.add(p)
    todo += re.findall(r'href="(/[^"#]*)', html[p])
for p in html:
    if p not in seen:
        err(f"unreachable: {p}")

tp = {p["path"]: p for p in t["pages"]}
if set(tp) != set(html):
    err(f"truth/site mismatch: {sorted(set(tp) ^ set(html))}")

owners = defaultdict(set)
op_pages = defaultdict(list)
for p in t["pages"]:
    path = p["path"]
    if path not in html:
        err(f"missing file {path}")
        continue
    if p["is_offer"]:
        if not p["operator"] or not re.fullmatch(r"[UI]0\d", p["operator"]):
            err(f"offer without operator {path}")
        op_pages[p["operator"]].append(path)
        if not p["identifiers"]:
            err(f"offer without identifiers {path}")
    elif p["operator"] is not None:
        err(f"non-offer with operator {path}")
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS:
            err(f"bad kind {kind} on {path}")
        if written not in html[path]:
            err(f"{path}: written form {written!r} not found")
        if not norm_ok(kind, value, written):
            err(f"{path}: {written!r} does not normalize to {value!r}")
        owners[(kind, value)].add(p["operator"])

for k, os_ in owners.items():
    if len(os_) > 1:
        err(f"identifier {k} shared by {os_}")

ops = {k: v for k, v in op_pages.items() if k.startswith("U")}
ind = {k: v for k, v in op_pages.items() if k.startswith("I")}
if sorted(ops) != [f"U0{i}" for i in range(1, 10)]:
    err(f"operators: {sorted(ops)}")
for k, v in ops.items():
    if not 3 <= len(v) <= 4:
        err(f"{k} has {len(v)} pages")
    if len({x.split('/')[1] for x in v}) < 2:
        err(f"{k} on one site only")
    # connectivity through shared identifiers
    ids = {x: {(a, b) for a, b, _ in tp[x]["identifiers"]} for x in v}
    comp, todo = set(), [v[0]]
    while todo:
        x = todo.pop()
        if x in comp:
            continue
        comp.add(x)
        todo += [y for y in v if y not in comp and ids[x] & ids[y]]
    if comp != set(v):
        err(f"{k} pages not connected by shared identifiers")
    if set(map(tuple, t["operators"][k]["identifiers"])) != set().union(*ids.values()):
        err(f"{k} operator identifiers mismatch")
if sorted(ind) != [f"I0{i}" for i in range(1, 7)] or any(len(v) != 1 for v in ind.values()):
    err(f"independents: { {k: len(v) for k, v in ind.items()} }")

dkinds = set()
for d in t["decoys"]:
    dkinds.add(d["kind"])
    found = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if found != sorted(d["pages"]):
        err(f"decoy {d['value']}: pages {d['pages']} != scan {found}")
    for p in d["pages"]:
        if p in html and not any(w in html[p] for w in d["written"]):
            err(f"decoy {d['value']} not on {p}")
    if (d["kind"], d["value"]) in owners:
        err(f"decoy {d['value']} is also a seller identifier")
    sellers = {tp[p]["operator"] for p in d["pages"] if tp.get(p, {}).get("operator")}
    d["_sellers"] = len(sellers)
if len(t["decoys"]) < 18:
    err("fewer than 18 decoys")
if dkinds != KINDS:
    err(f"decoy kinds missing: {KINDS - dkinds}")

sites = {p.split("/")[1] for p in html if p.count("/") > 1}
n_offer = sum(p["is_offer"] for p in t["pages"])
if not 48 <= len(html) <= 56:
    err(f"{len(html)} html pages")
if not 8 <= len(sites) <= 11:
    err(f"{len(sites)} sites")
if not 34 <= n_offer <= 40:
    err(f"{n_offer} offers")

print(f"pages={len(html)} sites={len(sites)} offers={n_offer} non_offers={len(html) - n_offer} "
      f"operators={len(ops)} operator_pages={sum(map(len, ops.values()))} independents={len(ind)} "
      f"decoys={len(t['decoys'])} decoy_kinds={len(dkinds)} "
      f"decoys_across_sellers={sum(d['_sellers'] > 1 for d in t['decoys'])}")
if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
print("OK")
