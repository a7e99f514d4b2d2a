#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys
from html.parser import HTMLParser
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
fails = []
def fail(m): fails.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPH.index(x) * w for x, w in zip(c[:17], W18)) % 31
    return ALPH[0 if r == 31 else r] == c[17]

NORM = {
 "phone": lambda v: re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v),
 "wechat": lambda v: v == v.lower() and re.fullmatch(r"[a-z0-9_\-]{5,30}", v),
 "qq": lambda v: re.fullmatch(r"[1-9]\d{4,11}", v),
 "qq_group": lambda v: re.fullmatch(r"[1-9]\d{4,11}", v),
 "email": lambda v: v == v.lower() and "@" in v,
 "domain": lambda v: v == v.lower() and "." in v and "/" not in v,
 "uscc": uscc_ok,
 "other": lambda v: bool(v),
}

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            texts[p] = open(os.path.join(dp, f), encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v: s.links.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    p = todo.pop()
    if p not in texts: fail("linked page missing: " + p); continue
    l = L(); l.feed(texts[p])
    for h in l.links:
        if h.startswith("/") and h.endswith(".html") and h not in seen:
            seen.add(h); todo.append(h)
for p in texts:
    if p not in seen: fail("unreachable: " + p)

tpaths = [p["path"] for p in t["pages"]]
if set(tpaths) != set(texts): fail("truth pages != site pages: %s" % (set(tpaths) ^ set(texts)))
if len(tpaths) != len(set(tpaths)): fail("duplicate truth paths")

op_pages = defaultdict(list)
for p in t["pages"]:
    if p["path"] not in texts: fail("missing file " + p["path"]); continue
    txt = texts[p["path"]]
    if not p["is_offer"] and (p["operator"] is not None or p["identifiers"]):
        fail("non-offer with operator/ids " + p["path"])
    if p["is_offer"]:
        if not re.fullmatch(r"[UI]0\d", p["operator"] or ""): fail("offer w/o operator " + p["path"])
        op_pages[p["operator"]].append(p["path"])
        if not p["provider"] or p["provider"] not in txt: fail("provider not on page " + p["path"])
    for k, v, w in p["identifiers"]:
        if k not in NORM or not NORM[k](v): fail("bad normalized %s %s on %s" % (k, v, p["path"]))
        if w not in txt: fail("written form %r absent from %s" % (w, p["path"]))

ops = t["operators"]
for o, ps in op_pages.items():
    if o.startswith("U"):
        if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (o, len(ps)))
        if o not in ops: fail("operator missing in operators: " + o)
    elif len(ps) != 1: fail("%s has %d pages" % (o, len(ps)))
    sites = {x.split("/")[1] for x in ps}
    if o.startswith("U") and len(sites) < 2: fail(o + " on one site only")
# each operator's pages connected via shared identifiers
idsets = {p["path"]: {(k, v) for k, v, _ in p["identifiers"]} for p in t["pages"]}
owner = {}
for o, ps in op_pages.items():
    for x in ps:
        for iv in idsets[x]:
            owner.setdefault(iv, set()).add(o)
for iv, os_ in owner.items():
    if len(os_) > 1: fail("identifier %s shared across sellers %s" % (iv, os_))
for o, ps in op_pages.items():
    if not o.startswith("U"): continue
    comp, stack = {ps[0]}, [ps[0]]
    while stack:
        a = stack.pop()
        for b in ps:
            if b not in comp and idsets[a] & idsets[b]:
                comp.add(b); stack.append(b)
    if len(comp) != len(ps): fail(o + " pages not chained by shared identifiers")
    for k, v in ops[o]["identifiers"]:
        if not any((k, v) in idsets[x] for x in ps): fail("operator id not on pages %s %s" % (o, v))
indep = [o for o in op_pages if o.startswith("I")]

seller_vals = set(owner)
dk = Counter()
for d in t["decoys"]:
    dk[d["kind"]] += 1
    if (d["kind"], d["value"]) in seller_vals: fail("decoy equals seller id " + d["value"])
    scan = sorted(p for p, x in texts.items() if any(w in x for w in d["written"]))
    if scan != sorted(d["pages"]): fail("decoy pages mismatch " + d["value"])
    if not d["pages"]: fail("decoy nowhere " + d["value"])
    for p in d["pages"]:
        if not any(w in texts.get(p, "") for w in d["written"]): fail("decoy absent %s %s" % (d["value"], p))
for k in ["phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"]:
    if not dk[k]: fail("no decoy of kind " + k)

n_pages = len(texts); n_offer = sum(p["is_offer"] for p in t["pages"])
n_sites = len({p.split("/")[1] for p in texts if p.count("/") == 2})
nU = len([o for o in op_pages if o.startswith("U")])
if not 48 <= n_pages <= 56: fail("page count %d" % n_pages)
if not 8 <= n_sites <= 11: fail("site count %d" % n_sites)
if not 34 <= n_offer <= 40: fail("offer count %d" % n_offer)
if nU != 9 or len(indep) != 6: fail("operators %d independents %d" % (nU, len(indep)))
if len(t["decoys"]) < 18: fail("decoys %d" % len(t["decoys"]))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d" %
      (n_pages, n_sites, n_offer, n_pages - n_offer, nU, len(indep), len(t["decoys"])))
if fails:
    for f in fails: print("FAIL:", f)
    sys.exit(1)
print("OK")
