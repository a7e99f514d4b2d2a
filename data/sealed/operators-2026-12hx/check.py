#!/usr/bin/env python3
"""Verify truth.json against site/; exit non-zero on any failure; print the counts."""
import json, os, re, sys, html
from collections import defaultdict
ROOT = os.path.dirname(os.path.abspath(__file__)); SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"; W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
errs = []
def txt(p):
    return html.unescape(open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read())
files = sorted("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/")
               for d, _, fs in os.walk(SITE) for f in fs if f.endswith(".html"))
T = {p: txt(p) for p in files}
paths = [p["path"] for p in t["pages"]]
if sorted(paths) != files: errs.append("truth pages != html files")
# reachability
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in T: continue
    seen.add(p); todo += re.findall(r'href="(/[^"]+\.html)"', T[p])
if seen != set(files): errs.append("unreachable: %s" % sorted(set(files) - seen))
if not os.path.exists(os.path.join(SITE, "robots.txt")): errs.append("no robots.txt")
# identifiers
def norm_ok(k, v):
    if k == "phone": return re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v)
    if k == "uscc":
        return len(v) == 18 and ALPHA[(31 - sum(ALPHA.index(c)*w for c, w in zip(v[:17], W)) % 31) % 31] == v[17]
    if k in ("wechat", "email", "domain"): return v == v.lower()
    return True
owner = defaultdict(set)
for p in t["pages"]:
    for k, v, w in p["identifiers"]:
        if p["path"] not in T or w not in T[p["path"]]: errs.append("%s: %r missing" % (p["path"], w))
        if not norm_ok(k, v): errs.append("bad normalization %s %s" % (k, v))
        owner[(k, v)].add(p["operator"])
    if p["is_offer"] != (p["operator"] is not None): errs.append("offer/operator mismatch " + p["path"])
for key, ops in owner.items():
    if len(ops) > 1: errs.append("identifier shared across sellers %s %s" % (key, ops))
offers = [p for p in t["pages"] if p["is_offer"]]
byop = defaultdict(list)
for p in offers: byop[p["operator"]].append(p)
U = sorted(o for o in byop if o.startswith("U")); I = sorted(o for o in byop if o.startswith("I"))
if U != ["U0%d" % i for i in range(1, 10)]: errs.append("operators %s" % U)
if I != ["I0%d" % i for i in range(1, 7)]: errs.append("independents %s" % I)
for o in U:
    ps = byop[o]
    if not 3 <= len(ps) <= 4: errs.append("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2: errs.append("%s on one site" % o)
    # connectivity by shared identifiers
    comp = {ps[0]["path"]}; ch = True
    while ch:
        ch = False
        ids = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and ids & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); ch = True
    if len(comp) != len(ps): errs.append("%s not connected" % o)
    opids = {tuple(x) for x in t["operators"][o]["identifiers"]}
    if {(k, v) for p in ps for k, v, _ in p["identifiers"]} != opids: errs.append("%s identifier list" % o)
for o in I:
    if len(byop[o]) != 1: errs.append("%s pages" % o)
# seller identifiers must not leak onto other sellers' pages
for p in t["pages"]:
    for q in offers:
        if q["operator"] == p["operator"]: continue
        for k, v, w in q["identifiers"]:
            body = T[p["path"]]
            for d in t["decoys"]:
                for dw in d["written"]: body = body.replace(dw, "")
            if w in body: errs.append("%r of %s appears on %s" % (w, q["operator"], p["path"]))
# decoys
for d in t["decoys"]:
    actual = sorted(p for p in files if any(w in T[p] for w in d["written"]))
    if actual != sorted(d["pages"]) or not actual: errs.append("decoy %s pages %s vs %s" % (d["value"], d["pages"], actual))
    for k_v in owner:
        if k_v[1] == d["value"]: errs.append("decoy equals seller identifier " + d["value"])
sites = {p.split("/")[1] for p in files if p.count("/") == 2}
n, no = len(files), len(offers)
if not 48 <= n <= 56: errs.append("page count %d" % n)
if not 8 <= len(sites) <= 11: errs.append("site count %d" % len(sites))
if not 34 <= no <= 40: errs.append("offer count %d" % no)
if len(t["decoys"]) < 18: errs.append("decoys %d" % len(t["decoys"]))
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d" % (
    n, len(sites), no, n - no, len(U), len(I), len(t["decoys"])))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
