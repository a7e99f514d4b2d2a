#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict
from html.parser import HTMLParser

BASE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(BASE, "site")
truth = json.load(open(os.path.join(BASE, "truth.json"), encoding="utf-8"))
errors = []
def fail(msg): errors.append(msg)

texts = {}
for root, _, files in os.walk(SITE):
    for fn in files:
        if fn.endswith(".html"):
            full = os.path.join(root, fn)
            texts["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

pages = {p["path"]: p for p in truth["pages"]}
for path in pages:
    if path not in texts: fail("missing file for " + path)
for path in texts:
    if path not in pages: fail("page not in truth: " + path)
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v: s.links.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop(); l = L(); l.feed(texts.get(cur, ""))
    for h in l.links:
        if h.startswith(("http:", "https:", "#", "mailto:")): continue
        tgt = os.path.normpath(os.path.join(os.path.dirname(cur), h)).replace(os.sep, "/")
        if tgt in texts and tgt not in seen: seen.add(tgt); todo.append(tgt)
for p in texts:
    if p not in seen: fail("unreachable from hub: " + p)
hub = L(); hub.feed(texts["/index.html"])
site_dirs = sorted(d for d in os.listdir(SITE) if os.path.isdir(os.path.join(SITE, d)))
for d in site_dirs:
    if d + "/index.html" not in hub.links: fail("hub does not link " + d)

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c): return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]
FMT = {"phone": r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$", "wechat": r"^[a-z][a-z0-9_-]{5,19}$",
       "qq": r"^[1-9]\d{4,10}$", "qq_group": r"^[1-9]\d{4,10}$", "email": r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+$",
       "domain": r"^[a-z0-9.-]+\.[a-z]+$", "uscc": r"^[0-9A-Z]{18}$", "other": r"."}
def norm_ok(kind, value):
    if kind not in FMT: return False
    if not re.search(FMT[kind], value): return False
    return uscc_ok(value) if kind == "uscc" else True

# page identifiers
for p in truth["pages"]:
    t = texts.get(p["path"], "")
    if not p["is_offer"] and (p["operator"] or p["identifiers"]):
        fail("non-offer with operator/identifiers: " + p["path"])
    if p["is_offer"] and not p["operator"]: fail("offer without operator: " + p["path"])
    for kind, value, written in p["identifiers"]:
        if written not in t: fail("%s: written form %r not on page" % (p["path"], written))
        if not norm_ok(kind, value): fail("%s: bad normalized %s %r" % (p["path"], kind, value))

# operators
offers = [p for p in truth["pages"] if p["is_offer"]]
by_op = defaultdict(list)
for p in offers: by_op[p["operator"]].append(p)
U = sorted(k for k in by_op if k.startswith("U")); I = sorted(k for k in by_op if k.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: fail("operators U01-U09 expected, got %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]: fail("independents I01-I06 expected, got %s" % I)
if sorted(truth["operators"]) != U: fail("truth.operators keys mismatch")
val_pages = defaultdict(set)
for p in offers:
    for k, v, _ in p["identifiers"]: val_pages[(k, v)].add(p["path"])
for op in U:
    plist = by_op[op]
    if not 3 <= len(plist) <= 4: fail("%s has %d pages" % (op, len(plist)))
    if len({p["path"].split("/")[1] for p in plist}) < 2: fail(op + " all on one site")
    # connectivity through shared identifiers
    paths = [p["path"] for p in plist]; comp = {paths[0]}; changed = True
    while changed:
        changed = False
        for p in plist:
            if p["path"] in comp: continue
            mine = {(k, v) for k, v, _ in p["identifiers"]}
            if any(p2["path"] in comp and mine & {(k, v) for k, v, _ in p2["identifiers"]} for p2 in plist):
                comp.add(p["path"]); changed = True
    if comp != set(paths): fail(op + " pages not connected by shared identifiers")
    decl = {tuple(x) for x in truth["operators"][op]["identifiers"]}
    used = {(k, v) for p in plist for k, v, _ in p["identifiers"]}
    if decl != used: fail(op + " operator identifiers differ from page identifiers")
for op in I:
    if len(by_op[op]) != 1: fail(op + " should have one page")
for (k, v), ps in val_pages.items():
    ops = {pages[x]["operator"] for x in ps}
    if len(ops) > 1: fail("identifier %s %s shared across sellers %s" % (k, v, ops))
# no seller identifier written form leaks onto another seller's offer page
for p in offers:
    for k, v, w in p["identifiers"]:
        for q in offers:
            if q["operator"] != p["operator"] and w in texts[q["path"]]:
                fail("%r of %s appears on %s (%s)" % (w, p["operator"], q["path"], q["operator"]))

# decoys
seller_vals = set(val_pages)
for d in truth["decoys"]:
    scan = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    if scan != sorted(d["pages"]): fail("decoy %s pages mismatch: %s vs %s" % (d["value"], scan, d["pages"]))
    for pth in d["pages"]:
        if not any(w in texts.get(pth, "") for w in d["written"]): fail("decoy %s not on %s" % (d["value"], pth))
    if not d["pages"]: fail("decoy %s appears nowhere" % d["value"])
    if (d["kind"], d["value"]) in seller_vals: fail("decoy %s is also a seller identifier" % d["value"])
    if not norm_ok(d["kind"], d["value"]): fail("decoy bad normalization %s" % d["value"])
multi = [d for d in truth["decoys"] if len({pages[p]["operator"] for p in d["pages"] if pages[p]["operator"]}) >= 2]

n_pages = len(texts); n_offers = len(offers); n_sites = len(site_dirs)
if not 48 <= n_pages <= 56: fail("page count %d" % n_pages)
if not 8 <= n_sites <= 11: fail("site count %d" % n_sites)
if not 34 <= n_offers <= 40: fail("offer count %d" % n_offers)
if len(truth["decoys"]) < 18: fail("fewer than 18 decoys")

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoys_spanning_sellers=%d" % (
    n_pages, n_sites, n_offers, n_pages - n_offers, len(U), sum(len(by_op[o]) for o in U), len(I),
    len(truth["decoys"]), len(multi)))
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
