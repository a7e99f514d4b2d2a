#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import Counter, defaultdict
ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def fail(m): errs.append(m)
def uscc_ok(v):
    if len(v) != 18 or any(c not in ALPH for c in v): return False
    r = 31 - sum(ALPH.index(c) * WTS[i] for i, c in enumerate(v[:17])) % 31
    return ALPH[0 if r == 31 else r] == v[17]
def norm_ok(k, v):
    if k == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if k in ("wechat", "email", "domain"): return v == v.lower()
    if k == "uscc": return uscc_ok(v)
    if k in ("qq", "qq_group"): return v.isdigit()
    return k == "other"
t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, dn, fn in os.walk(SITE):
    for f in fn:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            texts[p] = open(os.path.join(dp, f), encoding="utf-8").read()
paths = [p["path"] for p in t["pages"]]
if set(paths) != set(texts): fail("truth pages != html files: %s" % (set(paths) ^ set(texts)))
if not os.path.exists(os.path.join(SITE, "robots.txt")): fail("robots.txt missing")
# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts: continue
    seen.add(p)
    for h in re.findall(r'href="([^"#]+)"', texts[p]):
        todo.append(os.path.normpath(os.path.join(os.path.dirname(p), h)).replace(os.sep, "/"))
if seen != set(texts): fail("unreachable: %s" % sorted(set(texts) - seen))
opages = defaultdict(list)
for pg in t["pages"]:
    if pg["path"] not in texts: fail("missing " + pg["path"]); continue
    if not pg["is_offer"] and pg["operator"] is not None: fail("non-offer with operator " + pg["path"])
    if pg["is_offer"]:
        if not pg["operator"]: fail("offer without operator " + pg["path"])
        opages[pg["operator"]].append(pg)
    for k, v, w in pg["identifiers"]:
        if not norm_ok(k, v): fail("bad normalization %s %s" % (k, v))
        if w not in texts[pg["path"]]: fail("written form %r not on %s" % (w, pg["path"]))
U = sorted(o for o in opages if o.startswith("U")); I = sorted(o for o in opages if o.startswith("I"))
for o in U:
    if not 3 <= len(opages[o]) <= 4: fail("%s has %d pages" % (o, len(opages[o])))
    if o not in t["operators"]: fail("operators missing " + o)
    # connectivity by shared identifiers
    pgs = opages[o]; comp = {0}; ch = True
    while ch:
        ch = False
        for i, a in enumerate(pgs):
            if i in comp: continue
            if any({(k, v) for k, v, _ in a["identifiers"]} & {(k, v) for k, v, _ in pgs[j]["identifiers"]} for j in comp):
                comp.add(i); ch = True
    if len(comp) != len(pgs): fail("%s pages not tied by identifiers" % o)
for o in I:
    if len(opages[o]) != 1: fail("%s has %d pages" % (o, len(opages[o])))
# identifier values used by only one seller
use = defaultdict(set)
for pg in t["pages"]:
    for k, v, _ in pg["identifiers"]: use[(k, v)].add(pg["operator"])
for kv, s in use.items():
    if len(s) > 1: fail("identifier shared across sellers %s %s" % (kv, s))
for d in t["decoys"]:
    if not norm_ok(d["kind"], d["value"]): fail("decoy normalization %s" % d["value"])
    real = sorted(p for p, x in texts.items() if any(w in x for w in d["written"]))
    if real != sorted(d["pages"]): fail("decoy pages mismatch %s" % d["value"])
    for w in d["written"]:
        if not any(w in texts[p] for p in d["pages"] if p in texts): fail("decoy written %r absent" % w)
    if (d["kind"], d["value"]) in use: fail("decoy is a seller identifier %s" % d["value"])
n = len(texts); offers = sum(p["is_offer"] for p in t["pages"])
sites = len({p.split("/")[1] for p in texts if p.count("/") >= 2})
if not 48 <= n <= 56: fail("page count %d" % n)
if not 8 <= sites <= 11: fail("site count %d" % sites)
if not 35 <= offers <= 39: fail("offer count %d" % offers)
if len(U) != 9 or len(I) != 6: fail("operators %d independents %d" % (len(U), len(I)))
if len(t["decoys"]) < 18: fail("decoys %d" % len(t["decoys"]))
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d identifiers=%d" % (
    n, sites, offers, n - offers, len(U), len(I), len(t["decoys"]), len(use)))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
