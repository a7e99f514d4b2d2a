#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser
from urllib.parse import urljoin

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
errors = []
def fail(msg): errors.append(msg)

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

NORM = {
    "phone": r"(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})",
    "wechat": r"[a-z0-9_\-]+", "qq": r"[1-9]\d{4,10}", "qq_group": r"[1-9]\d{4,10}",
    "email": r"[a-z0-9_.\-]+@[a-z0-9.\-]+", "domain": r"[a-z0-9.\-]+\.[a-z]+", "uscc": r".{18}", "other": r".+",
}

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            html[p] = open(os.path.join(dp, f), encoding="utf-8").read()

if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing everything")

# reachability from the hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v: s.links.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop(); l = L(); l.feed(html.get(cur, ""))
    for h in l.links:
        t = urljoin(cur, h).split("#")[0]
        if t in html and t not in seen: seen.add(t); todo.append(t)
for p in html:
    if p not in seen: fail("unreachable: " + p)
hub = L(); hub.feed(html["/index.html"])
sites = sorted({p.split("/")[1] for p in html if p.count("/") == 2})
for s in sites:
    if "%s/index.html" % s not in hub.links: fail("hub does not link " + s)

tpaths = [p["path"] for p in truth["pages"]]
if sorted(tpaths) != sorted(html): fail("truth pages != html files")
if len(set(tpaths)) != len(tpaths): fail("duplicate page paths")

ops = {}
for p in truth["pages"]:
    if p["path"] not in html: fail("missing " + p["path"]); continue
    text = html[p["path"]]
    if p["is_offer"]:
        if not p["operator"] or not p["provider"]: fail("offer without operator/provider " + p["path"])
        ops.setdefault(p["operator"], []).append(p)
    elif p["operator"] is not None or p["identifiers"]:
        fail("non-offer with operator/ids " + p["path"])
    for k, v, w in p["identifiers"]:
        if k not in NORM or not re.fullmatch(NORM[k], v): fail("bad normalized %s %r on %s" % (k, v, p["path"]))
        if k == "uscc" and not uscc_ok(v): fail("bad USCC " + v)
        if w not in text: fail("written form %r not on %s" % (w, p["path"]))

U = sorted(o for o in ops if o.startswith("U")); I = sorted(o for o in ops if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: fail("operators U01-U09 expected: %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]: fail("independents I01-I06 expected: %s" % I)
for o in U:
    if not 3 <= len(ops[o]) <= 4: fail("%s has %d pages" % (o, len(ops[o])))
    if len({p["path"].split("/")[1] for p in ops[o]}) < 3: fail(o + " not spread over sites")
    if o not in truth["operators"]: fail(o + " missing in operators")
    # the operator's pages must be connected through shared identifiers
    pages = ops[o]; comp = {0}; changed = True
    while changed:
        changed = False
        for i, a in enumerate(pages):
            if i in comp: continue
            ka = {(k, v) for k, v, _ in a["identifiers"]}
            if any(ka & {(k, v) for k, v, _ in pages[j]["identifiers"]} for j in comp):
                comp.add(i); changed = True
    if len(comp) != len(pages): fail(o + " pages not chained by identifiers")
    for k, v, _ in (x for p in pages for x in p["identifiers"]):
        if [k, v] not in truth["operators"][o]["identifiers"]: fail("%s missing identifier %s" % (o, v))
for o in I:
    if len(ops[o]) != 1: fail(o + " must have one page")
# no identifier shared between different sellers
owner = {}
for o, pages in ops.items():
    for p in pages:
        for k, v, _ in p["identifiers"]:
            if owner.setdefault((k, v), o) != o: fail("identifier %s shared by %s and %s" % (v, o, owner[(k, v)]))

dkinds = set()
for d in truth["decoys"]:
    dkinds.add(d["kind"])
    scanned = sorted(p for p, t in html.items() if any(w in t for w in d["written"]))
    if scanned != sorted(d["pages"]): fail("decoy %s pages mismatch" % d["value"])
    if not d["pages"]: fail("decoy %s appears nowhere" % d["value"])
    for w in d["written"]:
        if not any(w in html[p] for p in d["pages"]): fail("decoy written %r not found" % w)
    if (d["kind"], d["value"]) in owner: fail("decoy %s is also a seller identifier" % d["value"])

n = len(html); offers = sum(p["is_offer"] for p in truth["pages"])
if not 48 <= n <= 56: fail("page count %d" % n)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))
if not 34 <= offers <= 40: fail("offer count %d" % offers)
if len(truth["decoys"]) < 18: fail("fewer than 18 decoys")

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d decoy_kinds=%d errors=%d"
      % (n, len(sites), offers, n - offers, len(U), len(I), len(truth["decoys"]), len(dkinds), len(errors)))
for e in errors: print("FAIL:", e, file=sys.stderr)
sys.exit(1 if errors else 0)
