#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser
from urllib.parse import urljoin

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def fail(m): errs.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPH.index(x) * w for x, w in zip(c[:17], W18)) % 31
    return ALPH[0 if r == 31 else r] == c[17]

NORM = {"phone": r"(\+86\d{11}|0\d{9,11}|[48]00\d{7}|\d{5})", "wechat": r"[a-z][a-z0-9_-]{4,}",
        "qq": r"\d{5,11}", "qq_group": r"\d{5,11}", "email": r"[a-z0-9._-]+@[a-z0-9.-]+", "domain": r"[a-z0-9.-]+\.[a-z]+"}

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
text = {}
for p in t["pages"]:
    f = os.path.join(SITE, p["path"].lstrip("/"))
    if not os.path.isfile(f): fail("missing " + p["path"]); continue
    text[p["path"]] = open(f, encoding="utf-8").read()
files = {"/" + os.path.relpath(os.path.join(d, n), SITE).replace(os.sep, "/")
         for d, _, ns in os.walk(SITE) for n in ns if n.endswith(".html")}
if files != set(text): fail("html files not matching truth: %s" % (files ^ set(text)))

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.l = []
    def handle_starttag(s, tag, a):
        if tag == "a": s.l += [v for k, v in a if k == "href"]
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in text: continue
    seen.add(u); l = L(); l.feed(text[u])
    todo += [urljoin(u, h) for h in l.l if not h.startswith("http")]
if seen != set(text): fail("unreachable: %s" % sorted(set(text) - seen))
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt")

for p in t["pages"]:
    o = p["operator"]
    if not p["is_offer"] and (o or p["identifiers"]): fail("non-offer with operator/ids " + p["path"])
    if p["is_offer"] and not re.fullmatch(r"[UI]0\d", o or ""): fail("offer without operator " + p["path"])
    for k, v, w in p["identifiers"]:
        if w not in text.get(p["path"], ""): fail("written form %r not on %s" % (w, p["path"]))
        if k == "uscc" and not uscc_ok(v): fail("bad uscc " + v)
        if k in NORM and not re.fullmatch(NORM[k], v): fail("bad normalization %s %s" % (k, v))
        if k in ("wechat", "email", "domain") and v != v.lower(): fail("not lower " + v)

# operators
offers = [p for p in t["pages"] if p["is_offer"]]
byop = {}
for p in offers: byop.setdefault(p["operator"], []).append(p)
U = sorted(o for o in byop if o.startswith("U")); I = sorted(o for o in byop if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: fail("operators %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]: fail("independents %s" % I)
for o in U:
    ps = byop[o]
    if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (o, len(ps)))
    # connected by shared identifiers
    comp, grow = {ps[0]["path"]}, True
    while grow:
        grow = False
        ids = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and ids & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); grow = True
    if len(comp) != len(ps): fail("%s pages not chained by identifiers" % o)
    if set(map(tuple, t["operators"][o]["identifiers"])) != {(k, v) for p in ps for k, v, _ in p["identifiers"]}:
        fail("%s operator identifiers mismatch" % o)
for o in I:
    if len(byop[o]) != 1: fail("%s pages" % o)
# no identifier shared across sellers
owner = {}
for p in offers:
    for k, v, _ in p["identifiers"]:
        if owner.setdefault((k, v), p["operator"]) != p["operator"]: fail("identifier %s shared across sellers" % v)
# seller written forms must not leak onto other sellers' pages
for p in offers:
    for k, v, w in p["identifiers"]:
        for q in offers:
            if q["operator"] != p["operator"] and w in text[q["path"]]: fail("leak %s onto %s" % (w, q["path"]))

# decoys
kinds = set()
for d in t["decoys"]:
    pg = sorted(u for u, s in text.items() if any(w in s for w in d["written"]))
    if pg != sorted(d["pages"]): fail("decoy %s pages mismatch" % d["value"])
    if not pg: fail("decoy %s appears nowhere" % d["value"])
    if (d["kind"], d["value"]) in owner: fail("decoy %s is a seller identifier" % d["value"])
    kinds.add(d["kind"])
nd = len(t["decoys"])
sites = {p["path"].split("/")[1] for p in t["pages"] if p["path"].count("/") > 1}
n, no = len(t["pages"]), len(offers)
if not 48 <= n <= 56: fail("page count %d" % n)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))
if not 34 <= no <= 40: fail("offer count %d" % no)
if nd < 18: fail("decoys %d" % nd)

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d decoy_kinds=%d"
      % (n, len(sites), no, n - no, len(U), len(I), nd, len(kinds)))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
