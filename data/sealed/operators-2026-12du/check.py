#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def fail(m): errs.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c, W18)) % 31
    return c[17] == ALPH[0 if r == 31 else r]

NORM = {
 "phone": r"(\+86(1\d{10})|0\d{9,11}|[48]00\d{7}|\d{5})",
 "wechat": r"[a-z][a-z0-9_-]{3,}", "qq": r"\d{5,11}", "qq_group": r"\d{5,11}",
 "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", "domain": r"[a-z0-9.-]+\.[a-z]+", "uscc": r".{18}", "other": r".+"}

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            html[p] = open(os.path.join(dp, f), encoding="utf-8").read()

rob = os.path.join(SITE, "robots.txt")
if not os.path.exists(rob) or "Allow: /" not in open(rob).read(): fail("robots.txt missing or not allowing")

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v: s.links.append(v)
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html: continue
    seen.add(p)
    l = L(); l.feed(html[p])
    for h in l.links:
        h = h.split("#")[0]
        if not h or h.startswith("http"): continue
        todo.append(os.path.normpath(os.path.join(os.path.dirname(p), h)).replace(os.sep, "/"))
for p in html:
    if p not in seen: fail("unreachable from hub: " + p)

pages = {p["path"]: p for p in t["pages"]}
for p in html:
    if p not in pages: fail("page not in truth: " + p)
for path, p in pages.items():
    if path not in html: fail("missing page: " + path); continue
    if not p["is_offer"] and p["operator"] is not None: fail("non-offer with operator: " + path)
    if p["is_offer"] and not re.fullmatch(r"[UI]0\d", p["operator"] or ""): fail("offer without operator: " + path)
    for k, v, w in p["identifiers"]:
        if k not in NORM or not re.fullmatch(NORM[k], v): fail("bad kind/normalization %s %s %s" % (path, k, v))
        if k == "uscc" and not uscc_ok(v): fail("bad USCC check char " + v)
        if w not in html[path]: fail("written form %r not on %s" % (w, path))

offers = [p for p in t["pages"] if p["is_offer"]]
byop = {}
for p in offers: byop.setdefault(p["operator"], []).append(p)
U = sorted(o for o in byop if o.startswith("U")); I = sorted(o for o in byop if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: fail("operators: %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]: fail("independents: %s" % I)
if set(t["operators"]) != set(U): fail("operators block mismatch")
sites = {p.split("/")[1] for p in html if p.count("/") > 1}

# seller written forms must not leak to other sellers' offer pages
owner_forms = {}
for p in offers:
    for k, v, w in p["identifiers"]:
        owner_forms.setdefault((k, v), set()).add(p["operator"])
for (k, v), owners in owner_forms.items():
    if len(owners) > 1: fail("identifier %s shared across sellers %s" % (v, owners))
for p in offers:
    for k, v, w in p["identifiers"]:
        for q in offers:
            if q["operator"] != p["operator"] and w in html[q["path"]]:
                fail("%r of %s appears on %s" % (w, p["operator"], q["path"]))
for o in U:
    ps = byop[o]
    if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2: fail(o + " on one site only")
    # connectivity through shared identifiers
    comp = {ps[0]["path"]}; changed = True
    while changed:
        changed = False
        vals = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps): fail(o + " pages not tied into one chain")
    ids = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
    if ids != {tuple(x) for x in t["operators"][o]["identifiers"]}: fail(o + " identifiers block mismatch")
for o in I:
    if len(byop[o]) != 1: fail(o + " must have one page")

dk = set()
for d in t["decoys"]:
    dk.add(d["kind"])
    hits = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if hits != sorted(d["pages"]): fail("decoy pages mismatch %s" % d["value"])
    for p in d["pages"]:
        if p not in html: fail("decoy page missing " + p)
    sellers = {pages[p]["operator"] for p in d["pages"] if pages[p]["is_offer"]}
    if len(sellers) < 2 and len(d["pages"]) < 2: fail("decoy %s appears on too few pages" % d["value"])
    if d["kind"] == "uscc" and not uscc_ok(d["value"]): fail("decoy USCC check " + d["value"])
    if (d["kind"], d["value"]) in owner_forms: fail("decoy is also a seller identifier: " + d["value"])
missing = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"} - dk
if missing: fail("decoy kinds missing: %s" % missing)

n = len(html)
if not 48 <= n <= 56: fail("page count %d" % n)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))
if len(t["decoys"]) < 18: fail("too few decoys")
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%d" % (
    n, len(sites), len(offers), n - len(offers), len(U), sum(len(byop[o]) for o in U), len(I), len(t["decoys"]), len(dk)))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
