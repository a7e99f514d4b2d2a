#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys
from collections import defaultdict
from html.parser import HTMLParser

BASE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(BASE, "site")
truth = json.load(open(os.path.join(BASE, "truth.json"), encoding="utf-8"))
errors = []
def err(m): errors.append(m)

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c): return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c, W)) % 31
    return c[17] == ALPHA[0 if r == 31 else r]
NORM = {"phone": re.compile(r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$"),
        "wechat": re.compile(r"^[a-z0-9_\-]+$"), "qq": re.compile(r"^\d{5,11}$"), "qq_group": re.compile(r"^\d{5,11}$"),
        "email": re.compile(r"^[a-z0-9._\-]+@[a-z0-9.\-]+$"), "domain": re.compile(r"^[a-z0-9.\-]+\.[a-z]+$"), "other": re.compile(r".+")}

# all html
html = {}
for root, _, files in os.walk(SITE):
    for fn in files:
        if fn.endswith(".html"):
            fp = os.path.join(root, fn)
            html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing all")

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v: s.links.append(v.split("#")[0])
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    p = todo.pop(); l = L(); l.feed(html.get(p, ""))
    for h in l.links:
        if h in html and h not in seen: seen.add(h); todo.append(h)
for p in html:
    if p not in seen: err("unreachable: " + p)

pages = truth["pages"]
paths = [p["path"] for p in pages]
for p in paths:
    if p not in html: err("missing page " + p)
for p in html:
    if p != "/index.html" and p not in paths: err("page not in truth: " + p)
sites = {p.split("/")[1] for p in paths}

def kind_check(k, v, where):
    if k == "uscc":
        if not uscc_ok(v): err("bad USCC %s at %s" % (v, where))
    elif k not in NORM: err("bad kind %s at %s" % (k, where))
    elif not NORM[k].match(v): err("badly normalised %s %s at %s" % (k, v, where))

ops = defaultdict(list)
idowner = defaultdict(set)
for p in pages:
    if not p["is_offer"] and (p["operator"] or p["identifiers"]): err("non-offer with operator/ids " + p["path"])
    if p["is_offer"] and not p["operator"]: err("offer without operator " + p["path"])
    for k, v, w in p["identifiers"]:
        kind_check(k, v, p["path"])
        if w not in html.get(p["path"], ""): err("written form %r not on %s" % (w, p["path"]))
        idowner[(k, v)].add(p["operator"])
    if p["operator"]: ops[p["operator"]].append(p)

U = sorted(o for o in ops if o.startswith("U")); I = sorted(o for o in ops if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: err("operators must be U01..U09: %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]: err("independents must be I01..I06: %s" % I)
for o in U:
    ps = ops[o]
    if not 3 <= len(ps) <= 4: err("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) != len(ps): err("%s pages not on different sites" % o)
    # connectivity by shared identifiers
    comp = {ps[0]["path"]}; changed = True
    while changed:
        changed = False
        ids = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and ids & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps): err("%s pages not chained by shared identifiers" % o)
    t = truth["operators"].get(o)
    if not t: err("operator %s missing in operators" % o)
    else:
        for p in ps:
            for k, v, _ in p["identifiers"]:
                if [k, v] not in t["identifiers"]: err("%s identifier %s not in operators" % (o, v))
            if p["provider"] not in t["brands"]: err("%s brand %s missing" % (o, p["provider"]))
for o in I:
    if len(ops[o]) != 1: err("%s must have one page" % o)
for key, owners in idowner.items():
    if len(owners) > 1: err("identifier %s shared by %s" % (key, sorted(owners)))

decoy_vals = set()
for d in truth["decoys"]:
    kind_check(d["kind"], d["value"], "decoy")
    decoy_vals.add((d["kind"], d["value"]))
    actual = sorted(p for p, t in html.items() if p != "/index.html" and any(w in t for w in d["written"]))
    if actual != sorted(d["pages"]): err("decoy %s pages mismatch" % d["value"])
    for p in d["pages"]:
        if p not in html or not any(w in html[p] for w in d["written"]): err("decoy %s not on %s" % (d["value"], p))
    sellers = {pp["operator"] for pp in pages if pp["path"] in d["pages"] and pp["operator"]}
    if (d["kind"], d["value"]) in idowner: err("decoy %s is also a seller identifier" % d["value"])
    d["_sellers"] = len(sellers)
multi = sum(1 for d in truth["decoys"] if d["_sellers"] >= 2)
kinds = {d["kind"] for d in truth["decoys"]}
for k in ["phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"]:
    if k not in kinds: err("no decoy of kind " + k)

n_pages = len(html); n_offers = sum(p["is_offer"] for p in pages)
if not 48 <= n_pages <= 56: err("page count %d" % n_pages)
if not 8 <= len(sites) <= 11: err("site count %d" % len(sites))
if not 34 <= n_offers <= 40: err("offer count %d" % n_offers)
if len(truth["decoys"]) < 18: err("fewer than 18 decoys")
if multi < 18: err("only %d decoys span two or more sellers" % multi)

print("pages=%d sites=%d offers=%d non_offers_incl_hub=%d operators=%d operator_pages=%d independents=%d decoys=%d decoys_across_sellers=%d" % (
    n_pages, len(sites), n_offers, len(pages) + 1 - n_offers, len(U), sum(len(ops[o]) for o in U), len(I), len(truth["decoys"]), multi))
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
