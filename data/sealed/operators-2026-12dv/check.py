#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import html, json, os, re, sys
from collections import Counter, defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def fail(msg): errors.append(msg)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

NORM = {
 "phone": lambda v: re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v),
 "wechat": lambda v: v == v.lower() and re.fullmatch(r"[a-z][-_a-z0-9]{3,30}", v),
 "qq": lambda v: re.fullmatch(r"[1-9]\d{4,11}", v), "qq_group": lambda v: re.fullmatch(r"[1-9]\d{4,11}", v),
 "email": lambda v: v == v.lower() and re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", v),
 "domain": lambda v: v == v.lower() and re.fullmatch(r"[a-z0-9.-]+\.[a-z]+", v),
 "uscc": uscc_ok, "other": lambda v: bool(v),
}

class Links(HTMLParser):
    def __init__(self): super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if tag == "a" and k == "href" and v and v.startswith("/"): self.links.append(v.split("#")[0])

t = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"): files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
paths = [p["path"] for p in t["pages"]]
if len(set(paths)) != len(paths): fail("duplicate paths in truth")
if set(paths) != files: fail("truth/site mismatch: %s" % sorted(set(paths) ^ files))
text, raw = {}, {}
for p in paths:
    fp = os.path.join(SITE, p.lstrip("/"))
    if not os.path.exists(fp): fail("missing " + p); continue
    raw[p] = open(fp, encoding="utf-8").read(); text[p] = html.unescape(raw[p])
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")
# reachability from hub
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    p = todo.pop(); lp = Links(); lp.feed(raw.get(p, ""))
    for l in lp.links:
        if l in raw and l not in seen: seen.add(l); todo.append(l)
if seen != set(raw): fail("unreachable: %s" % sorted(set(raw) - seen))
hub = Links(); hub.feed(raw["/index.html"])
sites = sorted({p.split("/")[1] for p in paths if p.count("/") == 2})
for s in sites:
    if "/%s/index.html" % s not in hub.links: fail("hub does not link " + s)

# pages and identifiers
ops_pages = defaultdict(list)
for p in t["pages"]:
    if p["is_offer"]:
        if not p["operator"] or not p["provider"]: fail("offer without operator/provider " + p["path"])
        ops_pages[p["operator"]].append(p["path"])
    elif p["operator"] is not None: fail("non-offer with operator " + p["path"])
    for kind, value, written in p["identifiers"]:
        if kind not in NORM or not NORM[kind](value): fail("bad identifier %s %s on %s" % (kind, value, p["path"]))
        if written not in text.get(p["path"], ""): fail("written %r not on %s" % (written, p["path"]))
U = {k: v for k, v in ops_pages.items() if k.startswith("U")}
I = {k: v for k, v in ops_pages.items() if k.startswith("I")}
if sorted(U) != ["U%02d" % i for i in range(1, 10)]: fail("operators U01-U09 expected")
if sorted(I) != ["I%02d" % i for i in range(1, 7)]: fail("independents I01-I06 expected")
for k, v in U.items():
    if not 3 <= len(v) <= 4: fail("%s has %d pages" % (k, len(v)))
    if len({x.split("/")[1] for x in v}) < 2: fail("%s on a single site" % k)
for k, v in I.items():
    if len(v) != 1: fail("%s has %d pages" % (k, len(v)))
if sorted(t["operators"]) != sorted(U): fail("operators block mismatch")
# operator pages connected by shared identifier values
page_ids = {p["path"]: {(k, v) for k, v, _ in p["identifiers"]} for p in t["pages"]}
for k, v in U.items():
    comp, todo = {v[0]}, [v[0]]
    while todo:
        a = todo.pop()
        for b in v:
            if b not in comp and page_ids[a] & page_ids[b]: comp.add(b); todo.append(b)
    if comp != set(v): fail("%s pages not chained by identifiers" % k)
    allids = set().union(*(page_ids[x] for x in v))
    if {tuple(x) for x in t["operators"][k]["identifiers"]} != allids: fail("%s identifier list mismatch" % k)
# seller identifiers shared between different sellers, or leaking onto other sellers' offer pages
owner = {}
for p in t["pages"]:
    for kind, value, w in p["identifiers"]:
        o = owner.setdefault((kind, value), p["operator"])
        if o != p["operator"]: fail("identifier %s shared by %s and %s" % (value, o, p["operator"]))
for p in t["pages"]:
    for kind, value, w in p["identifiers"]:
        for q in t["pages"]:
            if q["is_offer"] and q["operator"] != p["operator"] and w in text[q["path"]]:
                fail("%r of %s appears on %s" % (w, p["operator"], q["path"]))
# decoys
kinds = Counter()
for d in t["decoys"]:
    if not NORM[d["kind"]](d["value"]): fail("bad decoy value " + d["value"])
    actual = sorted(p for p in paths if any(w in text[p] for w in d["written"]))
    if actual != sorted(d["pages"]): fail("decoy %s pages %s != %s" % (d["value"], d["pages"], actual))
    for p in d["pages"]:
        if not any(w in text[p] for w in d["written"]): fail("decoy %s not on %s" % (d["value"], p))
    if (d["kind"], d["value"]) in owner: fail("decoy %s is also a seller identifier" % d["value"])
    kinds[d["kind"]] += 1
    sellers = {q["operator"] for q in t["pages"] if q["path"] in d["pages"] and q["is_offer"]}
    d["_sellers"] = len(sellers)
n_pages = len(paths); n_off = sum(p["is_offer"] for p in t["pages"])
if not 48 <= n_pages <= 56: fail("page count %d" % n_pages)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))
if not 34 <= n_off <= 40: fail("offer count %d" % n_off)
if len(t["decoys"]) < 18: fail("fewer than 18 decoys")
multi = sum(1 for d in t["decoys"] if d["_sellers"] >= 2)
for e in errors: print("FAIL:", e)
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d (on >=2 sellers: %d) decoy_kinds=%s"
      % (n_pages, len(sites), n_off, n_pages - n_off, len(U), sum(map(len, U.values())), len(I), len(t["decoys"]), multi,
         ",".join("%s:%d" % kv for kv in sorted(kinds.items()))))
sys.exit(1 if errors else 0)
