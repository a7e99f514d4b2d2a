#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
T = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
errs = []
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c): return False
    r = 31 - sum(ALPHA.index(a) * w for a, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]
text = {}
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            text[p] = open(os.path.join(root, f), encoding="utf-8").read()
tp = {pg["path"]: pg for pg in T["pages"]}
for p in tp:
    if p not in text: errs.append("missing page " + p)
for p in text:
    if p not in tp: errs.append("page not in truth " + p)
if not os.path.exists(os.path.join(SITE, "robots.txt")): errs.append("no robots.txt")
# reachability
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in text: continue
    seen.add(p)
    todo += re.findall(r'href="(/[^"]+\.html)"', text[p])
for p in text:
    if p not in seen: errs.append("unreachable " + p)
NORM = {"phone": r"^(\+86\d{11}|0\d{9,11}|[48]00\d{7}|\d{5})$"}
for p, pg in tp.items():
    t = text.get(p, "")
    for kind, val, w in pg["identifiers"]:
        if w not in t: errs.append("%s: written %r not found" % (p, w))
        if kind == "uscc" and not uscc_ok(val): errs.append("bad uscc " + val)
        if kind == "phone" and not re.match(NORM["phone"], val): errs.append("bad phone " + val)
        if kind in ("wechat", "email", "domain") and val != val.lower(): errs.append("not lower " + val)
    if pg["is_offer"] and not pg["operator"]: errs.append("offer without operator " + p)
    if not pg["is_offer"] and pg["operator"]: errs.append("non-offer with operator " + p)
for d in T["decoys"]:
    scanned = sorted(p for p, t in text.items() if any(w in t for w in d["written"]))
    if scanned != sorted(d["pages"]): errs.append("decoy pages mismatch %s" % d["value"])
    for p in d["pages"]:
        if not any(w in text.get(p, "") for w in d["written"]): errs.append("decoy %s not on %s" % (d["value"], p))
    if len(d["pages"]) < 2: errs.append("decoy on fewer than 2 pages " + d["value"])
# operators: 3-4 pages, connected by shared identifiers; independents share nothing
byop = defaultdict(list)
for pg in T["pages"]:
    if pg["operator"]: byop[pg["operator"]].append(pg)
ops = sorted(o for o in byop if o.startswith("U")); inds = sorted(o for o in byop if o.startswith("I"))
if ops != ["U0%d" % i for i in range(1, 10)]: errs.append("operators %s" % ops)
if inds != ["I0%d" % i for i in range(1, 7)]: errs.append("independents %s" % inds)
owner_of = defaultdict(set)
for o, pgs in byop.items():
    for pg in pgs:
        for k, v, _ in pg["identifiers"]: owner_of[(k, v)].add(o)
for key, os_ in owner_of.items():
    if len(os_) > 1: errs.append("identifier shared across sellers %s %s" % (key, os_))
decoy_vals = {(d["kind"], d["value"]) for d in T["decoys"]}
for key in owner_of:
    if key in decoy_vals: errs.append("decoy equals seller id %s" % (key,))
for o in ops:
    pgs = byop[o]
    if not 3 <= len(pgs) <= 4: errs.append("%s has %d pages" % (o, len(pgs)))
    comp = {0}; changed = True
    while changed:
        changed = False
        for i, pg in enumerate(pgs):
            if i in comp: continue
            ids = {(k, v) for k, v, _ in pg["identifiers"]}
            if any(ids & {(k, v) for k, v, _ in pgs[j]["identifiers"]} for j in comp):
                comp.add(i); changed = True
    if len(comp) != len(pgs): errs.append("%s pages not connected" % o)
    ids = {(k, v) for pg in pgs for k, v, _ in pg["identifiers"]}
    if ids != {tuple(x) for x in T["operators"][o]["identifiers"]}: errs.append("%s identifier list mismatch" % o)
    if len({pg["path"].split("/")[1] for pg in pgs}) < 2: errs.append("%s on one site" % o)
for o in inds:
    if len(byop[o]) != 1: errs.append("%s pages %d" % (o, len(byop[o])))
n = len(text); offers = sum(pg["is_offer"] for pg in T["pages"])
sites = len({p.split("/")[1] for p in text if p.count("/") > 1})
kinds = {d["kind"] for d in T["decoys"]}
if not 48 <= n <= 56: errs.append("page count %d" % n)
if not 8 <= sites <= 11: errs.append("site count %d" % sites)
if not 35 <= offers <= 39: errs.append("offer count %d" % offers)
if len(T["decoys"]) < 18: errs.append("decoys %d" % len(T["decoys"]))
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%d"
      % (n, sites, offers, n - offers, len(ops), sum(len(byop[o]) for o in ops), len(inds), len(T["decoys"]), len(kinds)))
for e in errs: print("FAIL", e)
sys.exit(1 if errs else 0)
