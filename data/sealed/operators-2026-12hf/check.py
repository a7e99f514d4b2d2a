#!/usr/bin/env python3
"""Verify truth.json against site/; exit non-zero on any failure; print the counts."""
import json, os, re, sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(m):
    errors.append(m)


def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]


def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind == "uscc":
        return uscc_ok(v)
    return kind in ("qq", "qq_group", "other")


t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            texts[p] = open(os.path.join(dp, f), encoding="utf-8").read()
paths = [p["path"] for p in t["pages"]]
if len(set(paths)) != len(paths):
    err("duplicate paths in truth")
for p in paths:
    if p not in texts:
        err(f"missing page {p}")
for p in texts:
    if p not in paths:
        err(f"page not in truth {p}")
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")
# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts:
        continue
    seen.add(p)
    todo += re.findall(r'href="(/[^"]+\.html)"', texts[p])
for p in texts:
    if p not in seen:
        err(f"unreachable {p}")
# page identifiers
by_op = {}
for pg in t["pages"]:
    txt = texts.get(pg["path"], "")
    if not pg["is_offer"] and pg["operator"] is not None:
        err(f"non-offer with operator {pg['path']}")
    if pg["is_offer"] and not pg["operator"]:
        err(f"offer without operator {pg['path']}")
    for kind, v, w in pg["identifiers"]:
        if w not in txt:
            err(f"{pg['path']}: written form {w!r} not found")
        if not norm_ok(kind, v):
            err(f"{pg['path']}: bad normalization {kind} {v}")
    if pg["operator"]:
        by_op.setdefault(pg["operator"], []).append(pg)
units = sorted(o for o in by_op if o.startswith("U"))
indeps = sorted(o for o in by_op if o.startswith("I"))
for o in units:
    n = len(by_op[o])
    if not 3 <= n <= 4:
        err(f"{o} has {n} pages")
    if o not in t["operators"]:
        err(f"{o} missing in operators")
    sites = {pg["path"].split("/")[1] for pg in by_op[o]}
    if len(sites) < 3:
        err(f"{o} on only {len(sites)} sites")
    # pages must form one connected component by shared identifier values
    pgs = by_op[o]
    comp, stack = {0}, [0]
    while stack:
        i = stack.pop()
        vi = {(k, v) for k, v, _ in pgs[i]["identifiers"]}
        for j, q in enumerate(pgs):
            if j not in comp and vi & {(k, v) for k, v, _ in q["identifiers"]}:
                comp.add(j); stack.append(j)
    if len(comp) != len(pgs):
        err(f"{o} pages not connected by shared identifiers")
for o in indeps:
    if len(by_op[o]) != 1:
        err(f"{o} has {len(by_op[o])} pages")
# independents share nothing with anyone
vals = Counter()
for o, pgs in by_op.items():
    for v in {(k, v) for pg in pgs for k, v, _ in pg["identifiers"]}:
        vals[v] += 1
for o in indeps:
    for k, v, _ in by_op[o][0]["identifiers"]:
        if vals[(k, v)] > 1:
            err(f"{o} shares {v}")
# decoys
for d in t["decoys"]:
    if not norm_ok(d["kind"], d["value"]):
        err(f"decoy bad normalization {d['value']}")
    actual = sorted(p for p, x in texts.items() if any(w in x for w in d["written"]))
    if actual != sorted(d["pages"]):
        err(f"decoy {d['value']}: pages differ from scan")
    for p in d["pages"]:
        if not any(w in texts.get(p, "") for w in d["written"]):
            err(f"decoy {d['value']} not on {p}")
    if not d["pages"]:
        err(f"decoy {d['value']} appears nowhere")
decoy_kinds = {d["kind"] for d in t["decoys"]}
sites = {p.split("/")[1] for p in texts if p != "/index.html"}
n_pages, n_offers = len(t["pages"]), sum(p["is_offer"] for p in t["pages"])
if not 48 <= n_pages <= 56: err(f"page count {n_pages}")
if not 34 <= n_offers <= 40: err(f"offer count {n_offers}")
if not 8 <= len(sites) <= 11: err(f"site count {len(sites)}")
if len(units) != 9: err(f"operators {len(units)}")
if len(indeps) != 6: err(f"independents {len(indeps)}")
if len(t["decoys"]) < 18: err(f"decoys {len(t['decoys'])}")
print(f"pages={n_pages} offers={n_offers} non_offers={n_pages - n_offers} sites={len(sites)} "
      f"operators={len(units)} independents={len(indeps)} decoys={len(t['decoys'])} decoy_kinds={len(decoy_kinds)}")
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
