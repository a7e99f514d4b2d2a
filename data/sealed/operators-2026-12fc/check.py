#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import Counter
from html.parser import HTMLParser

here = os.path.dirname(os.path.abspath(__file__))
site = os.path.join(here, "site")
truth = json.load(open(os.path.join(here, "truth.json"), encoding="utf-8"))
errs = []

def read(path):
    return open(os.path.join(site, path.lstrip("/")), encoding="utf-8").read()

all_html = {}
for root, _, fs in os.walk(site):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), site).replace(os.sep, "/")
            all_html[p] = open(os.path.join(root, f), encoding="utf-8").read()

# reachability from hub
class L(HTMLParser):
    def __init__(self): super().__init__(); self.links = []
    def handle_starttag(self, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v: self.links.append(v)
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in all_html: continue
    seen.add(p)
    l = L(); l.feed(all_html[p])
    for h in l.links:
        h = h.split("#")[0]
        if not h or h.startswith(("http:", "https:", "data:")): continue
        todo.append(os.path.normpath(os.path.join(os.path.dirname(p), h)).replace(os.sep, "/"))
for p in all_html:
    if p not in seen: errs.append("unreachable: " + p)
if not os.path.exists(os.path.join(site, "robots.txt")): errs.append("robots.txt missing")

KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(v):
    if len(v) != 18 or any(c not in ALPHA for c in v): return False
    r = 31 - sum(ALPHA.index(c) * W[i] for i, c in enumerate(v[:17])) % 31
    return v[17] == ALPHA[0 if r == 31 else r]
def norm_ok(k, v):
    if k == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if k in ("wechat", "email", "domain"): return v == v.lower()
    if k == "uscc": return uscc_ok(v)
    return True

paths = {p["path"] for p in truth["pages"]}
for p in all_html:
    if p != "/index.html" and p not in paths: errs.append("page not in truth: " + p)
for pg in truth["pages"]:
    if pg["path"] not in all_html: errs.append("missing page " + pg["path"]); continue
    html = all_html[pg["path"]]
    if not pg["is_offer"] and pg["operator"] is not None: errs.append("non-offer with operator " + pg["path"])
    if pg["is_offer"] and not pg["operator"]: errs.append("offer without operator " + pg["path"])
    if pg["provider"] and pg["provider"] not in html: errs.append("provider not on page " + pg["path"])
    for k, v, w in pg["identifiers"]:
        if k not in KINDS: errs.append("bad kind %s %s" % (k, pg["path"]))
        if not norm_ok(k, v): errs.append("bad normalization %s %s" % (k, v))
        if w not in html: errs.append("written form %r missing on %s" % (w, pg["path"]))
    if pg["operator"] and pg["operator"].startswith("U"):
        o = truth["operators"].get(pg["operator"])
        if o is None: errs.append("unknown operator " + pg["operator"])
        else:
            for k, v, w in pg["identifiers"]:
                if [k, v] not in o["identifiers"]: errs.append("identifier not in operator %s %s" % (pg["operator"], v))

offers = [p for p in truth["pages"] if p["is_offer"]]
opc = Counter(p["operator"] for p in offers)
U = sorted(o for o in opc if o.startswith("U")); I = sorted(o for o in opc if o.startswith("I"))
if U != ["U0%d" % i for i in range(1, 10)]: errs.append("operators %s" % U)
if I != ["I0%d" % i for i in range(1, 7)]: errs.append("independents %s" % I)
for o in U:
    if not 3 <= opc[o] <= 4: errs.append("%s has %d pages" % (o, opc[o]))
    # operator pages must form one connected component via shared identifiers
    pgs = [p for p in offers if p["operator"] == o]
    comp = {0}; changed = True
    while changed:
        changed = False
        for i, p in enumerate(pgs):
            if i in comp: continue
            a = {(k, v) for k, v, _ in p["identifiers"]}
            if any(a & {(k, v) for k, v, _ in pgs[j]["identifiers"]} for j in comp):
                comp.add(i); changed = True
    if len(comp) != len(pgs): errs.append("operator %s not connected" % o)
for o in I:
    if opc[o] != 1: errs.append("%s has %d pages" % (o, opc[o]))
# no identifier shared across different sellers
owner = {}
for p in offers:
    for k, v, _ in p["identifiers"]:
        if owner.setdefault((k, v), p["operator"]) != p["operator"]:
            errs.append("identifier %s shared by %s and %s" % (v, owner[(k, v)], p["operator"]))

dec = truth["decoys"]
for d in dec:
    real = sorted(p for p, h in all_html.items() if p != "/index.html" and any(w in h for w in d["written"]))
    if real != sorted(d["pages"]): errs.append("decoy pages differ for %s" % d["value"])
    if not real: errs.append("decoy nowhere: %s" % d["value"])
    if (d["kind"], d["value"]) in owner: errs.append("decoy is a seller identifier: %s" % d["value"])
multi = sum(1 for d in dec if len({next((p["operator"] for p in offers if p["path"] == q), None) for q in d["pages"]} - {None}) >= 2)

n_html = len(all_html)
sites = len([d for d in os.listdir(site) if os.path.isdir(os.path.join(site, d))])
if not 48 <= n_html <= 56: errs.append("html pages %d" % n_html)
if not 8 <= sites <= 11: errs.append("sites %d" % sites)
if not 33 <= len(offers) <= 41: errs.append("offers %d" % len(offers))
if len(dec) < 18: errs.append("decoys %d" % len(dec))

print("html_pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoys_spanning_sellers=%d"
      % (n_html, sites, len(offers), len(truth["pages"]) - len(offers), len(U), sum(opc[o] for o in U), len(I), len(dec), multi))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
