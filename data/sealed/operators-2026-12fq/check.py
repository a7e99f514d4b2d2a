#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser
from posixpath import normpath, dirname, join

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
errors = []
def fail(msg):
    errors.append(msg)

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
pages = truth["pages"]
html = {}
for root, _, files in os.walk(SITE):
    for fn in files:
        if fn.endswith(".html"):
            full = os.path.join(root, fn)
            html["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

paths = [p["path"] for p in pages]
if len(paths) != len(set(paths)):
    fail("duplicate paths in truth")
for p in paths:
    if p not in html:
        fail("missing page " + p)
for p in html:
    if p not in paths:
        fail("page not in truth " + p)
if "/index.html" not in html:
    fail("no hub")
rb = os.path.join(SITE, "robots.txt")
if not os.path.exists(rb) or "Allow: /" not in open(rb).read():
    fail("robots.txt missing or not allowing")

# reachability
class L(HTMLParser):
    def __init__(s):
        super().__init__(); s.links = []
    def handle_starttag(s, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    s.links.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    l = L(); l.feed(html.get(cur, ""))
    for h in l.links:
        if "://" in h or h.startswith("#"):
            continue
        t = normpath(join(dirname(cur), h)) if not h.startswith("/") else normpath(h)
        if t in html and t not in seen:
            seen.add(t); todo.append(t)
for p in html:
    if p not in seen:
        fail("unreachable " + p)

# normalization
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18)) % 31
    return c[17] == ALPHA[0 if r == 31 else r]
def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    if kind == "uscc":
        return uscc_ok(v)
    return kind == "other"

# page identifiers
seller_vals = {}  # (kind,value) -> set of sellers
for p in pages:
    if not p["is_offer"]:
        if p["operator"] is not None or p["identifiers"]:
            fail("non-offer with operator/identifiers " + p["path"])
        continue
    if not p["operator"] or not p["provider"]:
        fail("offer without operator/provider " + p["path"])
    if not p["identifiers"]:
        fail("offer without identifiers " + p["path"])
    h = html.get(p["path"], "")
    if p["provider"] and p["provider"] not in h:
        fail("provider not on page %s: %s" % (p["path"], p["provider"]))
    for kind, v, w in p["identifiers"]:
        if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
            fail("bad kind " + kind)
        if not norm_ok(kind, v):
            fail("bad normalization %s %s" % (kind, v))
        if w not in h:
            fail("written form %r not on %s" % (w, p["path"]))
        seller_vals.setdefault((kind, v), set()).add(p["operator"])

# operators
offers = [p for p in pages if p["is_offer"]]
ops = sorted({p["operator"] for p in offers if p["operator"].startswith("U")})
inds = sorted({p["operator"] for p in offers if p["operator"].startswith("I")})
if ops != ["U%02d" % i for i in range(1, 10)]:
    fail("operators are %s" % ops)
if inds != ["I%02d" % i for i in range(1, 7)]:
    fail("independents are %s" % inds)
for (k, v), s in seller_vals.items():
    if len(s) > 1:
        fail("identifier %s %s shared by %s" % (k, v, sorted(s)))
for o in ops:
    ps = [p for p in offers if p["operator"] == o]
    if not 3 <= len(ps) <= 4:
        fail("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) != len(ps):
        fail("%s has two pages on one site" % o)
    # connectivity by shared identifiers
    comp = {ps[0]["path"]}
    changed = True
    while changed:
        changed = False
        ids = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and ids & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps):
        fail("%s pages not connected by identifiers" % o)
    d = truth["operators"].get(o)
    if not d:
        fail("operators entry missing " + o)
    else:
        want = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
        if {tuple(x) for x in d["identifiers"]} != want:
            fail("%s identifiers mismatch" % o)
        if set(d["brands"]) != {p["provider"] for p in ps}:
            fail("%s brands mismatch" % o)
for i in inds:
    if sum(p["operator"] == i for p in offers) != 1:
        fail("%s must have one page" % i)
# a seller's written forms must not show up on other sellers' offer pages
for p in offers:
    for k, v, w in p["identifiers"]:
        for q in offers:
            if q["operator"] != p["operator"] and w in html[q["path"]]:
                fail("%r of %s appears on %s" % (w, p["operator"], q["path"]))

# decoys
decoys = truth["decoys"]
kinds_needed = {"phone", "domain", "email", "other", "qq_group", "wechat"}
for d in decoys:
    if (d["kind"], d["value"]) in seller_vals:
        fail("decoy is a seller identifier: %s" % d["value"])
    if not norm_ok(d["kind"], d["value"]):
        fail("bad decoy normalization %s" % d["value"])
    scan = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if scan != sorted(d["pages"]):
        fail("decoy %s pages differ from scan" % d["value"])
    for pg in d["pages"]:
        if not any(w in html.get(pg, "") for w in d["written"]):
            fail("decoy %s not on %s" % (d["value"], pg))
    for w in d["written"]:
        if not any(w in html.get(pg, "") for pg in d["pages"]):
            fail("decoy written form %r on none of its pages" % w)
    for p in offers:
        for k, v, w in p["identifiers"]:
            if any(dw in w or w in dw for dw in d["written"]):
                fail("decoy %s overlaps seller form %s" % (d["value"], w))
if not kinds_needed <= {d["kind"] for d in decoys}:
    fail("decoy kinds missing: %s" % (kinds_needed - {d["kind"] for d in decoys}))
multi = [d for d in decoys if len({q["operator"] for q in offers if q["path"] in d["pages"]}) >= 2]

# counts
sites = sorted({p.split("/")[1] for p in html if p.count("/") == 2})
n_pages, n_off = len(html), len(offers)
if not 48 <= n_pages <= 56: fail("page count %d" % n_pages)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))
if not 34 <= n_off <= 40: fail("offer count %d" % n_off)
if len(decoys) < 18: fail("decoys %d" % len(decoys))
if len(multi) < 12: fail("only %d decoys span two sellers" % len(multi))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoys_across_sellers=%d"
      % (n_pages, len(sites), n_off, n_pages - n_off, len(ops),
         sum(p["operator"].startswith("U") for p in offers), len(inds), len(decoys), len(multi)))
if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
print("OK")
