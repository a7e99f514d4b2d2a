#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
fails = []
def fail(m): fails.append(m)

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
pages = {p["path"]: p for p in t["pages"]}
text = {}
for path in pages:
    fn = os.path.join(SITE, path.lstrip("/"))
    if not os.path.isfile(fn):
        fail("missing " + path); continue
    text[path] = open(fn, encoding="utf-8").read()

html_files = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            html_files.add("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/"))
if html_files != set(pages):
    fail("html files vs truth differ: %s" % sorted(html_files ^ set(pages)))
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt")

# reachability from hub
seen, stack = {"/index.html"}, ["/index.html"]
while stack:
    cur = stack.pop()
    for h in re.findall(r'href="([^"#]+)', text.get(cur, "")):
        if h in pages and h not in seen:
            seen.add(h); stack.append(h)
if seen != set(pages):
    fail("unreachable: %s" % sorted(set(pages) - seen))
sites = sorted({p.split("/")[1] for p in pages if p != "/index.html"})
for s in sites:
    if 'href="/%s/index.html"' % s not in text.get("/index.html", ""):
        fail("hub does not link " + s)

USCC_A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if len(c) != 18 or any(ch not in USCC_A for ch in c): return False
    r = 31 - sum(USCC_A.index(a) * w for a, w in zip(c[:17], W)) % 31
    return c[17] == USCC_A[0 if r == 31 else r]
def norm_ok(k, v):
    if k == "phone": return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if k in ("wechat", "email", "domain"): return v == v.lower()
    if k == "uscc": return uscc_ok(v)
    if k in ("qq", "qq_group"): return v.isdigit()
    return k == "other"

# identifiers
nids = 0
for path, p in pages.items():
    for k, v, w in p["identifiers"]:
        nids += 1
        if not norm_ok(k, v): fail("bad normalization %s %s %s" % (path, k, v))
        if w not in text.get(path, ""): fail("written form %r not on %s" % (w, path))
    if p["is_offer"] and not p["operator"]: fail("offer without operator " + path)
    if not p["is_offer"] and p["operator"]: fail("non-offer with operator " + path)

# operators / independents
offers = [p for p in pages.values() if p["is_offer"]]
opc = Counter(p["operator"] for p in offers)
ops = sorted(o for o in opc if o.startswith("U"))
inds = sorted(o for o in opc if o.startswith("I"))
if ops != ["U%02d" % i for i in range(1, 10)]: fail("operators %s" % ops)
if inds != ["I%02d" % i for i in range(1, 7)]: fail("independents %s" % inds)
for o in ops:
    if not 3 <= opc[o] <= 4: fail("%s has %d pages" % (o, opc[o]))
    if len({p["path"].split("/")[1] for p in offers if p["operator"] == o}) < 2: fail(o + " on one site only")
    tv = {tuple(x) for x in t["operators"][o]["identifiers"]}
    for p in offers:
        if p["operator"] == o:
            for k, v, w in p["identifiers"]:
                if (k, v) not in tv: fail("%s id %s missing from operators" % (o, v))
for i in inds:
    if opc[i] != 1: fail("%s has %d pages" % (i, opc[i]))
owner = {}
for p in offers:
    for k, v, w in p["identifiers"]:
        if owner.setdefault((k, v), p["operator"]) != p["operator"]:
            fail("identifier %s shared by %s and %s" % (v, owner[(k, v)], p["operator"]))

# decoys
dkinds = Counter()
for d in t["decoys"]:
    dkinds[d["kind"]] += 1
    if (d["kind"], d["value"]) in owner: fail("decoy is a seller identifier: " + d["value"])
    actual = sorted(pth for pth, tx in text.items() if any(w in tx for w in d["written"]))
    if actual != sorted(d["pages"]): fail("decoy %s pages mismatch" % d["value"])
    for pth in d["pages"]:
        if not any(w in text.get(pth, "") for w in d["written"]): fail("decoy %s not on %s" % (d["value"], pth))
multi = sum(1 for d in t["decoys"] if len({pages[x]["operator"] for x in d["pages"] if pages[x]["operator"]}) >= 2)

n = len(pages)
if not 48 <= n <= 56: fail("page count %d" % n)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))
if not 34 <= len(offers) <= 40: fail("offer count %d" % len(offers))
if len(t["decoys"]) < 18: fail("decoys %d" % len(t["decoys"]))

print("html_pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d identifiers=%d decoys=%d decoys_spanning_sellers=%d" % (
    n, len(sites), len(offers), n - len(offers), len(ops), sum(opc[o] for o in ops), len(inds), nids, len(t["decoys"]), multi))
for f in fails: print("FAIL:", f)
sys.exit(1 if fails else 0)
