#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys, posixpath
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
errors = []
def fail(msg): errors.append(msg)

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, dn, fns in os.walk(SITE):
    for fn in fns:
        if fn.endswith(".html"):
            full = os.path.join(dp, fn)
            texts["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(s):
    if len(s) != 18 or any(c not in ALPHA for c in s): return False
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(s[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == s[17]
NORM = {
 "phone": re.compile(r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$"),
 "wechat": re.compile(r"^[a-z][a-z0-9_-]{5,19}$"),
 "qq": re.compile(r"^[1-9]\d{4,10}$"), "qq_group": re.compile(r"^[1-9]\d{4,10}$"),
 "email": re.compile(r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+$"),
 "domain": re.compile(r"^[a-z0-9.-]+\.[a-z]+$"), "other": re.compile(r".+"),
 "uscc": re.compile(r"^[0-9A-HJ-NPQRTUWXY]{18}$"),
}

# pages
paths = [p["path"] for p in truth["pages"]]
if len(set(paths)) != len(paths): fail("duplicate paths")
if set(paths) != set(texts): fail("truth pages != html files: %s" % (set(paths) ^ set(texts)))
for p in truth["pages"]:
    t = texts.get(p["path"])
    if t is None: fail("missing " + p["path"]); continue
    if not p["is_offer"] and p["operator"] is not None: fail("non-offer with operator " + p["path"])
    if p["is_offer"] and not p["operator"]: fail("offer without operator " + p["path"])
    for kind, value, written in p["identifiers"]:
        if kind not in NORM or not NORM[kind].match(value): fail("bad normalized %s %s" % (kind, value))
        if kind == "uscc" and not uscc_ok(value): fail("bad uscc check " + value)
        if written not in t: fail("written form %r not on %s" % (written, p["path"]))
if not os.path.exists(os.path.join(SITE, "robots.txt")): fail("no robots.txt")

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    cur = todo.pop()
    if cur in seen or cur not in texts: continue
    seen.add(cur)
    for h in re.findall(r'href="([^"#]+)"', texts[cur]):
        todo.append(posixpath.normpath(posixpath.join(posixpath.dirname(cur), h)))
if seen != set(texts): fail("unreachable: %s" % sorted(set(texts) - seen))

# operators
offers = [p for p in truth["pages"] if p["is_offer"]]
byop = defaultdict(list)
for p in offers: byop[p["operator"]].append(p)
U = sorted(k for k in byop if k.startswith("U")); I = sorted(k for k in byop if k.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: fail("operators " + str(U))
if I != ["I%02d" % i for i in range(1, 7)]: fail("independents " + str(I))
if set(truth["operators"]) != set(U): fail("operators section mismatch")
idsets = {p["path"]: {(k, v) for k, v, w in p["identifiers"]} for p in offers}
for u in U:
    pg = byop[u]
    if not 3 <= len(pg) <= 4: fail("%s has %d pages" % (u, len(pg)))
    if len({p["path"].split("/")[1] for p in pg}) < 2: fail(u + " on one site only")
    # connectivity through shared identifiers
    comp, stack = set(), [pg[0]["path"]]
    while stack:
        a = stack.pop()
        if a in comp: continue
        comp.add(a)
        stack += [b["path"] for b in pg if idsets[a] & idsets[b["path"]]]
    if len(comp) != len(pg): fail(u + " pages not connected by shared identifiers")
    want = {tuple(x) for p in pg for x in [(k, v) for k, v, w in p["identifiers"]]}
    if {tuple(x) for x in truth["operators"][u]["identifiers"]} != want: fail(u + " identifiers mismatch")
# no identifier shared across different sellers
owner = defaultdict(set)
for p in offers:
    for k, v, w in p["identifiers"]: owner[(k, v)].add(p["operator"])
for key, o in owner.items():
    if len(o) > 1: fail("identifier %s shared by %s" % (key, o))
for i in I:
    if len(byop[i]) != 1: fail(i + " not one page")

# decoys
decoys = truth["decoys"]
if len(decoys) < 18: fail("fewer than 18 decoys")
for d in decoys:
    pg = sorted(path for path, t in texts.items() if any(w in t for w in d["written"]))
    if pg != sorted(d["pages"]): fail("decoy %s pages mismatch" % d["value"])
    if (d["kind"], d["value"]) in owner: fail("decoy is a seller identifier: " + d["value"])
    sellers = {p["operator"] for p in offers if p["path"] in d["pages"]}
    d["_sellers"] = len(sellers)
if sum(1 for d in decoys if d["_sellers"] >= 2) < 15: fail("too few decoys spanning sellers")

n_html = len(texts)
n_sites = len({p.split("/")[1] for p in texts if p.count("/") >= 2})
if not 48 <= n_html <= 56: fail("html pages %d" % n_html)
if not 8 <= n_sites <= 11: fail("sites %d" % n_sites)
if not 35 <= len(offers) <= 39: fail("offers %d" % len(offers))
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%d"
      % (n_html, n_sites, len(offers), n_html - len(offers), len(U), sum(len(byop[u]) for u in U), len(I),
         len(decoys), len({d["kind"] for d in decoys})))
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
