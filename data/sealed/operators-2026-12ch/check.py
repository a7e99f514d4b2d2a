#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any failure."""
import json, os, re, sys, html
from html.parser import HTMLParser

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def fail(m): errs.append(m)

truth = json.load(open(os.path.join(OUT, "truth.json"), encoding="utf-8"))
files = {}
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            fp = os.path.join(root, f)
            files["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")
paths = [p["path"] for p in truth["pages"]]
if len(paths) != len(set(paths)): fail("duplicate page in truth")
if set(paths) != set(files): fail("truth/site mismatch: %s" % (set(paths) ^ set(files)))
pages = {p["path"]: p for p in truth["pages"]}

def valid_value(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "qq", "email", "domain", "qq_group"):
        return v == v.lower() and (kind != "qq" or v.isdigit()) and (kind != "qq_group" or v.isdigit())
    if kind == "uscc":
        if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", v): return False
        t = sum(ALPHA.index(c) * w for c, w in zip(v[:17], W18)); r = (31 - t % 31) % 31
        return v[17] == ALPHA[r]
    return kind == "other"

owner = lambda p: p["operator"]
for p in truth["pages"]:
    t = files.get(p["path"], "")
    if not p["is_offer"] and p["operator"] is not None: fail("non-offer with operator %s" % p["path"])
    if p["is_offer"] and not p["operator"]: fail("offer without operator %s" % p["path"])
    for k, v, w in p["identifiers"]:
        if w not in t and w not in html.unescape(t): fail("identifier %r not written on %s" % (w, p["path"]))
        if not valid_value(k, v): fail("bad value %s %s" % (k, v))

# links: BFS from /index.html
class L(HTMLParser):
    def __init__(s): super().__init__(); s.l = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v.startswith("/"): s.l.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    x = todo.pop(); lp = L(); lp.feed(files.get(x, ""))
    for y in lp.l:
        if y in files and y not in seen: seen.add(y); todo.append(y)
if seen != set(files): fail("unreachable: %s" % (set(files) - seen))

# operators
offers = [p for p in truth["pages"] if p["is_offer"]]
byop = {}
for p in offers: byop.setdefault(p["operator"], []).append(p)
U = sorted(k for k in byop if k.startswith("U")); I = sorted(k for k in byop if k.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: fail("operators %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]: fail("independents %s" % I)
if set(truth["operators"]) != set(U): fail("operators block mismatch")
for u in U:
    ps = byop[u]
    if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (u, len(ps)))
    for p in ps:
        mine = {(k, v) for k, v, _ in p["identifiers"]}
        if not any(mine & {(k, v) for k, v, _ in q["identifiers"]} for q in ps if q is not p):
            fail("%s page %s shares nothing" % (u, p["path"]))
    # connected
    comp, stack = {ps[0]["path"]}, [ps[0]]
    while stack:
        a = stack.pop(); ia = {(k, v) for k, v, _ in a["identifiers"]}
        for q in ps:
            if q["path"] not in comp and ia & {(k, v) for k, v, _ in q["identifiers"]}:
                comp.add(q["path"]); stack.append(q)
    if len(comp) != len(ps): fail("%s not connected" % u)
    ids = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
    if ids != {tuple(x) for x in truth["operators"][u]["identifiers"]}: fail("%s identifiers block mismatch" % u)
for i in I:
    if len(byop[i]) != 1: fail("%s pages" % i)
# no identifier shared across owners, no written form leaking onto another owner's offer page
allids = {}
for p in offers:
    for k, v, w in p["identifiers"]:
        allids.setdefault((k, v), set()).add(p["operator"])
for key, os_ in allids.items():
    if len(os_) > 1: fail("identifier %s shared by %s" % (key, os_))
for p in offers:
    for k, v, w in p["identifiers"]:
        for q in offers:
            if q["operator"] != p["operator"] and w in files[q["path"]]:
                fail("written %r of %s appears on %s" % (w, p["operator"], q["path"]))
# decoys
decoy_vals = set()
for d in truth["decoys"]:
    decoy_vals.add((d["kind"], d["value"]))
    if len(d["pages"]) < 2: fail("decoy %s on <2 pages" % d["value"])
    if len({owner(pages[x]) for x in d["pages"] if x in pages}) < 2: fail("decoy %s single owner" % d["value"])
    for x in d["pages"]:
        if not any(w in files.get(x, "") for w in d["written"]): fail("decoy %s not on %s" % (d["value"], x))
    if (d["kind"], d["value"]) in allids: fail("decoy %s is also a seller identifier" % d["value"])
    if not valid_value(d["kind"], d["value"]): fail("bad decoy value %s" % d["value"])
if len(truth["decoys"]) < 18: fail("fewer than 18 decoys")
styles = {p.split("/")[1] for p in files if p.count("/") > 1}
n, no = len(files), len(offers)
if not 48 <= n <= 56: fail("page count %d" % n)
if not 35 <= no <= 39: fail("offer count %d" % no)
if not 8 <= len(styles) <= 11: fail("site styles %d" % len(styles))
print("pages=%d offers=%d non_offers=%d sites=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_placements=%d"
      % (n, no, n - no, len(styles), len(U), sum(len(byop[u]) for u in U), len(I), len(truth["decoys"]),
         sum(len(d["pages"]) for d in truth["decoys"])))
if errs:
    print("\n".join("FAIL: " + e for e in errs)); sys.exit(1)
print("OK")
