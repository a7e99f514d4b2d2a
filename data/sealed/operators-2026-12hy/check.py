#!/usr/bin/env python3
"""Verify truth.json against site/; exit non-zero on failure; print counts."""
import json, os, sys, glob, collections
here = os.path.dirname(os.path.abspath(__file__)); site = os.path.join(here, "site")
T = json.load(open(os.path.join(here, "truth.json"), encoding="utf-8"))
AL = "0123456789ABCDEFGHJKLMNPQRTUWXY"; W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
err = []
def read(p):
    fp = site + p
    if not os.path.isfile(fp): err.append("missing " + p); return ""
    return open(fp, encoding="utf-8").read()
html = {p["path"]: read(p["path"]) for p in T["pages"]}
ondisk = {"/" + os.path.relpath(f, site) for f in glob.glob(site + "/**/*.html", recursive=True)}
if ondisk != set(html): err.append("pages on disk vs truth differ: %s" % (ondisk ^ set(html)))
if not os.path.isfile(os.path.join(site, "robots.txt")): err.append("robots.txt missing")
owner = {}
for p in T["pages"]:
    for k, v, w in p["identifiers"]:
        if w not in html[p["path"]]: err.append("%s: written %r absent" % (p["path"], w))
        if k == "uscc":
            r = 31 - sum(AL.index(c) * W[i] for i, c in enumerate(v[:17])) % 31
            if len(v) != 18 or AL[0 if r == 31 else r] != v[17]: err.append("bad uscc " + v)
        o = owner.setdefault((k, v), p["operator"])
        if o != p["operator"]: err.append("identifier %s shared by %s and %s" % (v, o, p["operator"]))
    if not p["is_offer"] and p["operator"]: err.append("non-offer with operator " + p["path"])
for d in T["decoys"]:
    for pg in d["pages"]:
        if pg not in html or not any(w in html[pg] for w in d["written"]): err.append("decoy %s not on %s" % (d["value"], pg))
    if not d["pages"]: err.append("decoy %s on no page" % d["value"])
    if (d["kind"], d["value"]) in owner: err.append("decoy is also a seller id: " + d["value"])
# reachability from hub
import re
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html: continue
    seen.add(p); todo += re.findall(r'href="(/[^"]+\.html)"', html[p])
if seen != set(html): err.append("unreachable: %s" % (set(html) - seen))
offers = [p for p in T["pages"] if p["is_offer"]]
byop = collections.Counter(p["operator"] for p in offers)
U = {o: n for o, n in byop.items() if o.startswith("U")}; I = {o: n for o, n in byop.items() if o.startswith("I")}
sites = {p["path"].split("/")[1] for p in T["pages"] if p["path"].count("/") > 1}
if not 48 <= len(html) <= 56: err.append("page count %d" % len(html))
if not 8 <= len(sites) <= 11: err.append("site count %d" % len(sites))
if len(U) != 9 or any(not 3 <= n <= 4 for n in U.values()): err.append("operators bad %s" % U)
if len(I) != 6 or any(n != 1 for n in I.values()): err.append("independents bad %s" % I)
if not 34 <= len(offers) <= 40: err.append("offers %d" % len(offers))
if len(T["decoys"]) < 18: err.append("decoys %d" % len(T["decoys"]))
if set(T["operators"]) != set(U): err.append("operators section mismatch")
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d errors=%d" % (
    len(html), len(sites), len(offers), len(html) - len(offers), len(U), sum(U.values()), len(I), len(T["decoys"]), len(err)))
for e in err: print("FAIL", e)
sys.exit(1 if err else 0)
