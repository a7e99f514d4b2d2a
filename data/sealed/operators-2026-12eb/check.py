#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys, html
from html.parser import HTMLParser

D = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(D, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []

def err(m):
    errors.append(m)

def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c, W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

NORM = {
    "phone": re.compile(r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$"),
    "qq": re.compile(r"^[1-9]\d{4,11}$"), "qq_group": re.compile(r"^[1-9]\d{4,11}$"),
}

class Links(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.links.append(v)

truth = json.load(open(os.path.join(D, "truth.json"), encoding="utf-8"))
texts = {}
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            texts[p] = open(os.path.join(root, f), encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")
tpaths = [p["path"] for p in truth["pages"]]
if sorted(tpaths) != sorted(texts):
    err("truth pages != html files: %s" % set(tpaths).symmetric_difference(texts))

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts:
        continue
    seen.add(p)
    lp = Links(); lp.feed(texts[p])
    todo += [l for l in lp.links if l.startswith("/")]
for p in texts:
    if p not in seen:
        err("unreachable " + p)

def check_value(kind, v, where):
    if kind == "phone" and not NORM["phone"].match(v):
        err("bad phone %s at %s" % (v, where))
    if kind in ("qq", "qq_group") and not NORM["qq"].match(v):
        err("bad qq %s at %s" % (v, where))
    if kind in ("wechat", "email", "domain") and v != v.lower():
        err("not lower %s at %s" % (v, where))
    if kind == "uscc" and not uscc_ok(v):
        err("bad uscc %s at %s" % (v, where))

ops = truth["operators"]
offer_by_op = {}
for pg in truth["pages"]:
    p = pg["path"]
    if not os.path.exists(os.path.join(SITE, p.lstrip("/"))):
        err("missing " + p); continue
    if pg["is_offer"]:
        if not pg["operator"] or not pg["provider"]:
            err("offer without operator/provider " + p)
        offer_by_op.setdefault(pg["operator"], []).append(pg)
    elif pg["operator"] is not None:
        err("non-offer with operator " + p)
    for kind, v, w in pg["identifiers"]:
        check_value(kind, v, p)
        if w not in texts.get(p, ""):
            err("written form %r not on %s" % (w, p))
    if pg["operator"] and pg["operator"].startswith("U"):
        opids = [list(x) for x in ops[pg["operator"]]["identifiers"]]
        for kind, v, w in pg["identifiers"]:
            if [kind, v] not in opids:
                err("page id %s not in operator %s" % (v, pg["operator"]))
        if pg["provider"] not in ops[pg["operator"]]["brands"]:
            err("provider %s not in brands of %s" % (pg["provider"], pg["operator"]))

# operators: 3-4 pages, connected through shared identifiers; independents share nothing
for oid in ops:
    pgs = offer_by_op.get(oid, [])
    if not 3 <= len(pgs) <= 4:
        err("%s has %d offers" % (oid, len(pgs)))
    sites = {x["path"].split("/")[1] for x in pgs}
    if len(sites) < 2:
        err("%s on one site only" % oid)
    keys = [{(k, v) for k, v, _ in x["identifiers"]} for x in pgs]
    comp, grow = {0}, True
    while grow:
        grow = False
        for i in range(len(keys)):
            if i not in comp and any(keys[i] & keys[j] for j in comp):
                comp.add(i); grow = True
    if len(comp) != len(pgs):
        err("%s pages not chained by shared identifiers" % oid)
owner = {}
for pg in truth["pages"]:
    for k, v, _ in pg["identifiers"]:
        owner.setdefault((k, v), set()).add(pg["operator"])
for key, os_ in owner.items():
    if len(os_) > 1:
        err("identifier %s shared by %s" % (key, os_))
indep = [o for o in offer_by_op if o.startswith("I")]
for o in indep:
    if len(offer_by_op[o]) != 1:
        err("independent %s has %d pages" % (o, len(offer_by_op[o])))

# decoys
dkeys = set()
for d in truth["decoys"]:
    check_value(d["kind"], d["value"], "decoy")
    dkeys.add((d["kind"], d["value"]))
    actual = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    if sorted(d["pages"]) != actual:
        err("decoy %s pages mismatch" % d["value"])
    for p in d["pages"]:
        if not any(w in texts.get(p, "") for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], p))
    if len(d["pages"]) < 2:
        err("decoy %s on fewer than 2 pages" % d["value"])
for k in dkeys:
    if k in owner:
        err("decoy %s is also a seller identifier" % (k,))

n_pages = len(truth["pages"]); n_off = sum(p["is_offer"] for p in truth["pages"])
n_sites = len({p.split("/")[1] for p in texts if p.count("/") > 1})
if not 48 <= n_pages <= 56: err("page count %d" % n_pages)
if not 8 <= n_sites <= 11: err("site count %d" % n_sites)
if not 34 <= n_off <= 40: err("offer count %d" % n_off)
if len(ops) != 9: err("operators %d" % len(ops))
if len(indep) != 6: err("independents %d" % len(indep))
if len(truth["decoys"]) < 18: err("decoys %d" % len(truth["decoys"]))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_offers=%d independents=%d decoys=%d errors=%d"
      % (n_pages, n_sites, n_off, n_pages - n_off, len(ops), sum(len(offer_by_op.get(o, [])) for o in ops),
         len(indep), len(truth["decoys"]), len(errors)))
for e in errors:
    print("ERROR:", e)
sys.exit(1 if errors else 0)
