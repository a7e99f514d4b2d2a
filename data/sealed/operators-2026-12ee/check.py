#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys
from collections import Counter
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []

def fail(m):
    errs.append(m)

def uscc_ok(s):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", s):
        return False
    r = 31 - sum(ALPH.index(c) * w for c, w in zip(s[:17], W18)) % 31
    return ALPH[0 if r == 31 else r] == s[17]

NORM = {
 "phone": r"(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})",
 "wechat": r"[a-z0-9_\-]+", "qq": r"\d{5,11}", "qq_group": r"\d{5,11}",
 "email": r"[a-z0-9_.\-]+@[a-z0-9.\-]+", "domain": r"[a-z0-9.\-]+\.[a-z]+", "uscc": r".{18}", "other": r".+",
}

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _dn, fns in os.walk(SITE):
    for fn in fns:
        if fn.endswith(".html"):
            fp = os.path.join(dp, fn)
            texts["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

# reachability from hub
class L(HTMLParser):
    def __init__(s):
        super().__init__(); s.links = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v and v.startswith("/"):
                    s.links.append(v.split("#")[0])
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in texts:
        if u not in texts:
            fail("broken link " + u)
        continue
    seen.add(u)
    l = L(); l.feed(texts[u]); todo += l.links
for u in texts:
    if u not in seen:
        fail("unreachable " + u)

tpaths = [p["path"] for p in truth["pages"]]
if len(set(tpaths)) != len(tpaths):
    fail("duplicate paths in truth")
for p in truth["pages"]:
    if p["path"] not in texts:
        fail("missing page " + p["path"]); continue
    t = texts[p["path"]]
    op = p["operator"]
    if not p["is_offer"] and op is not None:
        fail("non-offer with operator " + p["path"])
    if p["is_offer"] and not (op and re.fullmatch(r"[UI]0\d", op)):
        fail("offer without operator " + p["path"])
    for k, v, w in p["identifiers"]:
        if k not in NORM or not re.fullmatch(NORM[k], v):
            fail("bad normalization %s %s %s" % (p["path"], k, v))
        if k == "uscc" and not uscc_ok(v):
            fail("bad uscc check " + v)
        if w not in t:
            fail("written form %r not on %s" % (w, p["path"]))
for path in texts:
    if path != "/index.html" and path not in tpaths:
        fail("page not in truth " + path)

# operators
pages_by_op = Counter(p["operator"] for p in truth["pages"] if p["operator"])
ops = truth["operators"]
if sorted(ops) != ["U0%d" % i for i in range(1, 10)]:
    fail("operators must be U01..U09")
for op in ops:
    n = pages_by_op[op]
    if not 3 <= n <= 4:
        fail("%s has %d pages" % (op, n))
    # connectivity by shared identifiers
    pp = [p for p in truth["pages"] if p["operator"] == op]
    sets = [set((k, v) for k, v, _ in p["identifiers"]) for p in pp]
    comp = {0}; grow = True
    while grow:
        grow = False
        for i, s in enumerate(sets):
            if i not in comp and any(s & sets[j] for j in comp):
                comp.add(i); grow = True
    if len(comp) != len(pp):
        fail(op + " pages not connected by shared identifiers")
    sites = set(p["path"].split("/")[1] for p in pp)
    if len(sites) < 2:
        fail(op + " on a single site")
indeps = sorted(o for o in pages_by_op if o.startswith("I"))
if indeps != ["I0%d" % i for i in range(1, 7)] or any(pages_by_op[o] != 1 for o in indeps):
    fail("independents must be I01..I06 with one page each")

# no seller identifier shared across different sellers
owner = {}
for p in truth["pages"]:
    for k, v, _ in p["identifiers"]:
        if p["operator"]:
            o = owner.setdefault((k, v), p["operator"])
            if o != p["operator"]:
                fail("identifier %s shared by %s and %s" % (v, o, p["operator"]))

# decoys
kinds = Counter()
for d in truth["decoys"]:
    found = sorted(path for path, t in texts.items() if any(w in t for w in d["written"]))
    if found != sorted(d["pages"]):
        fail("decoy %s pages mismatch" % d["value"])
    if not found:
        fail("decoy %s appears nowhere" % d["value"])
    if (d["kind"], d["value"]) in owner:
        fail("decoy %s is also a seller identifier" % d["value"])
    kinds[d["kind"]] += 1
# seller written forms must not sit on another seller's pages
for p in truth["pages"]:
    for k, v, w in p["identifiers"]:
        for q in truth["pages"]:
            if q["operator"] and q["operator"] != p["operator"] and w in texts.get(q["path"], ""):
                fail("written %r of %s also on %s" % (w, p["operator"], q["path"]))

offers = sum(p["is_offer"] for p in truth["pages"])
n_html = len(texts)
sites = len(set(p.split("/")[1] for p in texts if p != "/index.html"))
if not 48 <= n_html <= 56: fail("html pages %d" % n_html)
if not 8 <= sites <= 11: fail("sites %d" % sites)
if not 35 <= offers <= 39: fail("offers %d" % offers)
if len(truth["decoys"]) < 18: fail("decoys < 18")

print("html_pages=%d (incl. hub) sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%s" % (
    n_html, sites, offers, len(truth["pages"]) - offers, len(ops), sum(pages_by_op[o] for o in ops), len(indeps),
    len(truth["decoys"]), dict(sorted(kinds.items()))))
for e in errs:
    print("FAIL:", e, file=sys.stderr)
sys.exit(1 if errs else 0)
