#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
errs = []
def fail(m): errs.append(m)

html = {}
for dp, _, fns in os.walk(SITE):
    for fn in fns:
        if fn.endswith(".html"):
            full = os.path.join(dp, fn)
            html["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]
NORM = {"phone": r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}",
        "wechat": r"[a-z][a-z0-9_-]{5,19}", "qq": r"[1-9]\d{4,11}", "qq_group": r"[1-9]\d{4,11}",
        "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", "domain": r"[a-z0-9.-]+\.[a-z]+", "uscc": None, "other": r".+"}
def norm_ok(k, v):
    if k not in NORM: return False
    if k == "uscc": return uscc_ok(v)
    return re.fullmatch(NORM[k], v) is not None

# paths and page identifiers
paths = [p["path"] for p in t["pages"]]
if len(set(paths)) != len(paths): fail("duplicate paths in truth")
if set(paths) != set(html): fail("truth pages != html files: %s" % (set(paths) ^ set(html)))
owner = {}
for p in t["pages"]:
    h = html.get(p["path"])
    if h is None: fail("missing " + p["path"]); continue
    if not p["is_offer"] and (p["operator"] or p["identifiers"]): fail("non-offer with operator/ids " + p["path"])
    if p["is_offer"] and not re.fullmatch(r"[UI]0\d", p["operator"] or ""): fail("offer without operator " + p["path"])
    if p["is_offer"] and p["provider"] and p["provider"] not in h: fail("provider not on page " + p["path"])
    for k, v, w in p["identifiers"]:
        if w not in h: fail("written form %r not on %s" % (w, p["path"]))
        if not norm_ok(k, v): fail("bad normalization %s %r" % (k, v))
        owner.setdefault((k, v), set()).add(p["operator"])
for key, ow in owner.items():
    if len(ow) > 1: fail("identifier %s shared by several sellers %s" % (key, ow))

# operators
offers = [p for p in t["pages"] if p["is_offer"]]
by_op = {}
for p in offers: by_op.setdefault(p["operator"], []).append(p)
U = sorted(o for o in by_op if o.startswith("U")); I = sorted(o for o in by_op if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: fail("operators %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]: fail("independents %s" % I)
for o in U:
    ps = by_op[o]
    if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2: fail(o + " on one site only")
    # connectivity through shared identifiers
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
    seen, stack = {0}, [0]
    while stack:
        i = stack.pop()
        for j in range(len(ps)):
            if j not in seen and sets[i] & sets[j]: seen.add(j); stack.append(j)
    if len(seen) != len(ps): fail(o + " pages not chained by shared identifiers")
    ti = {tuple(x) for x in t["operators"][o]["identifiers"]}
    if ti != set().union(*sets): fail(o + " operator identifiers mismatch")
for o in I:
    if len(by_op[o]) != 1: fail(o + " must have one page")

# decoys
seller_vals = set(owner)
kinds = set()
for d in t["decoys"]:
    kinds.add(d["kind"])
    if (d["kind"], d["value"]) in seller_vals: fail("decoy is a seller identifier %s" % d["value"])
    for pth in d["pages"]:
        if not any(w in html.get(pth, "") for w in d["written"]): fail("decoy %s not on %s" % (d["value"], pth))
    actual = sorted(pth for pth, h in html.items() if any(w in h for w in d["written"]))
    if actual != sorted(d["pages"]): fail("decoy %s pages mismatch" % d["value"])
    if not d["pages"]: fail("decoy %s on no page" % d["value"])
if len(t["decoys"]) < 18: fail("fewer than 18 decoys")

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v and v.startswith("/"): s.links.append(v.split("#")[0])
seen, stack = {"/index.html"}, ["/index.html"]
while stack:
    x = stack.pop(); l = L(); l.feed(html.get(x, ""))
    for y in l.links:
        if y in html and y not in seen: seen.add(y); stack.append(y)
if seen != set(html): fail("unreachable: %s" % sorted(set(html) - seen))
if not os.path.exists(os.path.join(SITE, "robots.txt")): fail("no robots.txt")
sites = {p.split("/")[1] for p in html if p.count("/") == 2}
if not 48 <= len(html) <= 56: fail("page count %d" % len(html))
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%d" % (
    len(html), len(sites), len(offers), len(html) - len(offers), len(U), sum(len(by_op[o]) for o in U), len(I),
    len(t["decoys"]), len(kinds)))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
