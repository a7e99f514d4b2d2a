#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict
from html.parser import HTMLParser

BASE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(BASE, "site")
T = json.load(open(os.path.join(BASE, "truth.json"), encoding="utf-8"))
ERR = []
def fail(m): ERR.append(m)

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(x) * w for x, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]
NORM = {"phone": r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", "wechat": r"[a-z][a-z0-9_-]{5,19}",
        "qq": r"[1-9]\d{4,10}", "qq_group": r"[1-9]\d{4,10}", "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+",
        "domain": r"[a-z0-9.-]+\.[a-z]+", "uscc": r".{18}", "other": r".+"}
def norm_ok(k, v):
    if k not in NORM: return False
    if k == "uscc": return uscc_ok(v)
    return re.fullmatch(NORM[k], v) is not None

html = {}
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            html[p] = open(os.path.join(root, f), encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing all")

pages = {p["path"]: p for p in T["pages"]}
if set(pages) != set(html): fail("truth pages != html files: %s" % (set(pages) ^ set(html)))

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.l = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v: s.l.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    p = todo.pop(); lp = L(); lp.feed(html.get(p, ""))
    for h in lp.l:
        if h.startswith("/") and h in html and h not in seen: seen.add(h); todo.append(h)
if seen != set(html): fail("unreachable: %s" % sorted(set(html) - seen))

owner = {}   # identifier -> set of sellers
byop = defaultdict(list)
for path, p in pages.items():
    if path not in html: fail("missing " + path); continue
    op = p["operator"]
    if p["is_offer"] != bool(op): fail("offer/operator mismatch " + path)
    if not p["is_offer"] and p["identifiers"]: fail("non-offer with identifiers " + path)
    for k, v, w in p["identifiers"]:
        if w not in html[path]: fail("written form %r not on %s" % (w, path))
        if not norm_ok(k, v): fail("bad normalization %s %r" % (k, v))
        owner.setdefault((k, v), set()).add(op)
    if op: byop[op].append(p)

for key, ops in owner.items():
    if len(ops) > 1: fail("identifier %s shared by sellers %s" % (key, ops))

ops = sorted(o for o in byop if o.startswith("U")); inds = sorted(o for o in byop if o.startswith("I"))
if ops != ["U%02d" % i for i in range(1, 10)]: fail("operators %s" % ops)
if inds != ["I%02d" % i for i in range(1, 7)]: fail("independents %s" % inds)
for o in inds:
    if len(byop[o]) != 1: fail("%s has %d pages" % (o, len(byop[o])))
for o in ops:
    ps = byop[o]
    if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2: fail(o + " on one site only")
    # connectivity via shared identifiers
    comp = {ps[0]["path"]}; ch = True
    while ch:
        ch = False
        ids = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and ids & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); ch = True
    if len(comp) != len(ps): fail(o + " pages not tied together")
    tid = T["operators"][o]["identifiers"]
    if sorted(map(tuple, tid)) != sorted({(k, v) for p in ps for k, v, _ in p["identifiers"]}): fail(o + " identifiers mismatch")
    if sorted(T["operators"][o]["brands"]) != sorted({p["provider"] for p in ps}): fail(o + " brands mismatch")

seller_vals = set(owner)
kinds = set()
for d in T["decoys"]:
    kinds.add(d["kind"])
    if (d["kind"], d["value"]) in seller_vals: fail("decoy is a seller identifier " + d["value"])
    if not norm_ok(d["kind"], d["value"]): fail("bad decoy normalization %r" % d["value"])
    scan = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if scan != sorted(d["pages"]): fail("decoy %s pages differ: %s" % (d["value"], scan))
    for p in d["pages"]:
        if not any(w in html.get(p, "") for w in d["written"]): fail("decoy %s not on %s" % (d["value"], p))
if kinds != set(NORM): fail("decoy kinds missing %s" % (set(NORM) - kinds))

sites = {p.split("/")[1] for p in html if p != "/index.html"}
n, off = len(pages), sum(p["is_offer"] for p in pages.values())
if not 48 <= n <= 56: fail("page count %d" % n)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))
if not 34 <= off <= 40: fail("offer count %d" % off)
if len(T["decoys"]) < 18: fail("decoys %d" % len(T["decoys"]))
for s in sites:
    if "/%s/index.html" % s not in html: fail("no index for " + s)

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%d" % (
    n, len(sites), off, n - off, len(ops), sum(len(byop[o]) for o in ops), len(inds), len(T["decoys"]), len(kinds)))
for e in ERR: print("FAIL:", e)
sys.exit(1 if ERR else 0)
