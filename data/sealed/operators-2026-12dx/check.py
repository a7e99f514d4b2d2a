#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def fail(msg): errors.append(msg)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(ch) * W[i] for i, ch in enumerate(c[:17])) % 31
    return c[17] == ALPHA[0 if r == 31 else r]

NORM = {
 "phone": re.compile(r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$"),
 "wechat": re.compile(r"^[a-z][a-z0-9_\-]{4,}$"),
 "qq": re.compile(r"^[1-9]\d{4,10}$"), "qq_group": re.compile(r"^[1-9]\d{4,10}$"),
 "email": re.compile(r"^[a-z0-9._\-]+@[a-z0-9.\-]+\.[a-z]+$"),
 "domain": re.compile(r"^[a-z0-9\-]+(\.[a-z0-9\-]+)+$"), "other": re.compile(r".+"),
 "uscc": re.compile(r"^[0-9A-Y]{18}$"),
}

t = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
html = {}
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            html[p] = open(os.path.join(root, f), encoding="utf-8").read()
if not os.path.isfile(os.path.join(SITE, "robots.txt")): fail("robots.txt missing")

paths = [p["path"] for p in t["pages"]]
if sorted(paths) != sorted(html): fail("truth pages != html files: %s" % set(paths) ^ set(html))
for p in t["pages"]:
    if p["path"] not in html: fail("missing " + p["path"]); continue
    for k, v, w in p["identifiers"]:
        if k not in NORM or not NORM[k].match(v): fail("bad normalization %s %s" % (k, v))
        if k == "uscc" and not uscc_ok(v): fail("bad uscc " + v)
        if w not in html[p["path"]]: fail("%s: written form %r not found" % (p["path"], w))
    if not p["is_offer"] and (p["operator"] or p["identifiers"]): fail("non-offer with operator " + p["path"])
    if p["is_offer"] and not p["operator"]: fail("offer without operator " + p["path"])

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.l = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href": s.l.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    x = todo.pop(); lp = L(); lp.feed(html.get(x, ""))
    for h in lp.l:
        if h in html and h not in seen: seen.add(h); todo.append(h)
if seen != set(html): fail("unreachable: %s" % sorted(set(html) - seen))

# operators
offers = [p for p in t["pages"] if p["is_offer"]]
ops = {}
for p in offers: ops.setdefault(p["operator"], []).append(p)
U = sorted(o for o in ops if o.startswith("U")); I = sorted(o for o in ops if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: fail("operators %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]: fail("independents %s" % I)
owner = {}
for o, ps in ops.items():
    for p in ps:
        for k, v, w in p["identifiers"]:
            if owner.setdefault((k, v), o) != o: fail("identifier %s shared by %s and %s" % (v, o, owner[(k, v)]))
for o in U:
    ps = ops[o]
    if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2: fail(o + " on one site only")
    # connectivity through shared identifiers
    comp = {ps[0]["path"]}; changed = True
    while changed:
        changed = False
        have = {(k, v) for p in ps if p["path"] in comp for k, v, w in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and have & {(k, v) for k, v, w in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps): fail(o + " pages not connected by identifiers")
    tid = {tuple(x) for x in t["operators"][o]["identifiers"]}
    if tid != {(k, v) for p in ps for k, v, w in p["identifiers"]}: fail(o + " operator identifiers mismatch")
for o in I:
    if len(ops[o]) != 1: fail(o + " should have one page")

# decoys
def bounded(form):
    return re.compile(r"(?<![0-9A-Za-z_@.\-])" + re.escape(form) + r"(?![0-9A-Za-z_])", re.I)
kinds = set()
for d in t["decoys"]:
    kinds.add(d["kind"])
    if (d["kind"], d["value"]) in owner: fail("decoy is a seller identifier: " + d["value"])
    scan = sorted(p for p, s in html.items() if any(bounded(f).search(s) for f in d["written"]))
    if scan != sorted(d["pages"]): fail("decoy %s pages %s != scan %s" % (d["value"], d["pages"], scan))
    for f in d["written"]:
        if not any(f in html[p] for p in d["pages"] if p in html): fail("decoy form %r not on its pages" % f)
    for p in d["pages"]:
        if p not in html or not any(f in html[p] for f in d["written"]): fail("decoy %s absent from %s" % (d["value"], p))
    if d["kind"] == "uscc" and not uscc_ok(d["value"]): fail("bad decoy uscc")
if len(t["decoys"]) < 18: fail("too few decoys")
if kinds != set(NORM) : fail("decoy kinds missing: %s" % (set(NORM) - kinds))

sites = {p.split("/")[1] for p in html if p.count("/") == 2}
n, no = len(html), len(offers)
if not 48 <= n <= 56: fail("page count %d" % n)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))
if not 34 <= no <= 40: fail("offer count %d" % no)
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%d"
      % (n, len(sites), no, n - no, len(U), sum(len(ops[o]) for o in U), len(I), len(t["decoys"]), len(kinds)))
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
