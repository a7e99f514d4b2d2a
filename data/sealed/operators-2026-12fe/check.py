#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def fail(m): errors.append(m)

def uscc_ok(v):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", v): return False
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(v[:17], W18)) % 31
    return ALPHA[0 if r == 31 else r] == v[17]

NORM = {
 "phone": r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}",
 "wechat": r"[a-z][a-z0-9_-]{5,19}", "qq": r"[1-9]\d{4,11}", "qq_group": r"[1-9]\d{4,11}",
 "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", "domain": r"[a-z0-9.-]+\.[a-z]{2,}", "other": r".+",
}
def norm_ok(k, v):
    if k == "uscc": return uscc_ok(v)
    return k in NORM and re.fullmatch(NORM[k], v) is not None

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            texts[p] = open(os.path.join(dp, f), encoding="utf-8").read()

if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")
tp = {p["path"]: p for p in t["pages"]}
for p in t["pages"]:
    if p["path"] not in texts: fail(f"missing page {p['path']}")
for p in texts:
    if p not in tp: fail(f"page not in truth {p}")
# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts: continue
    seen.add(p)
    todo += re.findall(r"href='(/[^']+\.html)'", texts[p])
for p in texts:
    if p not in seen: fail(f"unreachable {p}")
sites = {p.split("/")[1] for p in texts if p.count("/") >= 2}
for s in sites:
    if not re.search(rf"href='/{s}/index.html'", texts.get("/index.html", "")): fail(f"hub misses {s}")

op_pages = defaultdict(list)
for p in t["pages"]:
    if p["path"] not in texts: continue
    if p["is_offer"] != (p["operator"] is not None): fail(f"offer/operator mismatch {p['path']}")
    if p["is_offer"] and not p["provider"]: fail(f"no provider {p['path']}")
    if p["operator"]: op_pages[p["operator"]].append(p)
    for k, v, w in p["identifiers"]:
        if w not in texts[p["path"]]: fail(f"{p['path']}: written form {w!r} not found")
        if not norm_ok(k, v): fail(f"{p['path']}: bad normalized {k} {v}")
ops = {o: ps for o, ps in op_pages.items() if o.startswith("U")}
ind = {o: ps for o, ps in op_pages.items() if o.startswith("I")}
if sorted(ops) != [f"U0{i}" for i in range(1, 10)]: fail(f"operators {sorted(ops)}")
if sorted(ind) != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {sorted(ind)}")
for o, ps in ops.items():
    if not 3 <= len(ps) <= 4: fail(f"{o} has {len(ps)} pages")
    if len({p['path'].split('/')[1] for p in ps}) < 2: fail(f"{o} on one site only")
    tv = {tuple(x) for x in t["operators"][o]["identifiers"]}
    # pages must be connected by shared identifiers
    comp = {ps[0]["path"]}; changed = True
    while changed:
        changed = False
        have = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and any((k, v) in have for k, v, _ in p["identifiers"]):
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps): fail(f"{o} pages not connected")
    for p in ps:
        for k, v, _ in p["identifiers"]:
            if (k, v) not in tv: fail(f"{o}: {k} {v} missing from operators")
for o, ps in ind.items():
    if len(ps) != 1: fail(f"{o} has {len(ps)} pages")
# no identifier shared across different sellers
owner = defaultdict(set)
for p in t["pages"]:
    for k, v, _ in p["identifiers"]:
        if p["operator"]: owner[(k, v)].add(p["operator"])
for kv, os_ in owner.items():
    if len(os_) > 1: fail(f"identifier {kv} shared by {os_}")
# decoys
dk = Counter()
for d in t["decoys"]:
    scanned = sorted(p for p, x in texts.items() if any(w in x for w in d["written"]))
    if scanned != sorted(d["pages"]): fail(f"decoy {d['value']} pages mismatch")
    for p in d["pages"]:
        if p not in texts or not any(w in texts[p] for w in d["written"]): fail(f"decoy {d['value']} not on {p}")
    sellers = {tp[p]["operator"] for p in d["pages"] if tp[p]["operator"]}
    if len(d["pages"]) < 2: fail(f"decoy {d['value']} on <2 pages")
    if (d["kind"], d["value"]) in owner: fail(f"decoy {d['value']} is also a seller identifier")
    if not norm_ok(d["kind"], d["value"]): fail(f"decoy bad normalized {d['value']}")
    dk[d["kind"]] += 1
n_html = len(texts); n_offer = sum(p["is_offer"] for p in t["pages"])
if not 48 <= n_html <= 56: fail(f"{n_html} html pages")
if not 8 <= len(sites) <= 11: fail(f"{len(sites)} sites")
if not 34 <= n_offer <= 40: fail(f"{n_offer} offers")
if len(t["decoys"]) < 18: fail("fewer than 18 decoys")
for e in errors: print("FAIL:", e)
print(f"pages={n_html} sites={len(sites)} offers={n_offer} non_offers={n_html - n_offer} "
      f"operators={len(ops)} operator_pages={sum(len(v) for v in ops.values())} independents={len(ind)} "
      f"decoys={len(t['decoys'])} decoy_kinds={len(dk)} errors={len(errors)}")
sys.exit(1 if errors else 0)
