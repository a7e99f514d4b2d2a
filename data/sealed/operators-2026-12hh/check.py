#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []

def fail(msg):
    errors.append(msg)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18))
    r = 31 - s % 31
    return ALPHA[0 if r == 31 else r] == c[17]

def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    if kind == "uscc":
        return uscc_ok(v)
    return kind == "other"

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = set()
for root, _d, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
texts = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}

paths = [p["path"] for p in truth["pages"]]
if len(paths) != len(set(paths)):
    fail("duplicate paths in truth")
for p in set(paths) - files:
    fail("missing file " + p)
for p in files - set(paths):
    fail("page not in truth " + p)
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt")

# reachability from hub
class L(HTMLParser):
    def __init__(s):
        super().__init__(); s.links = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v:
                    s.links.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    if cur not in texts:
        continue
    l = L(); l.feed(texts[cur])
    for h in l.links:
        t = os.path.normpath(os.path.join(os.path.dirname(cur), h)).replace(os.sep, "/")
        if t in files and t not in seen:
            seen.add(t); todo.append(t)
for p in files - seen:
    fail("unreachable " + p)

# identifiers on pages
owner_ids = defaultdict(set)   # (kind,value) -> operators
for pg in truth["pages"]:
    t = texts.get(pg["path"], "")
    if pg["is_offer"] and not pg["operator"]:
        fail("offer without operator " + pg["path"])
    if not pg["is_offer"] and (pg["operator"] or pg["identifiers"]):
        fail("non-offer with operator/identifiers " + pg["path"])
    for kind, value, written in pg["identifiers"]:
        if written not in t:
            fail("written form %r not on %s" % (written, pg["path"]))
        if not norm_ok(kind, value):
            fail("bad normalization %s %r" % (kind, value))
        owner_ids[(kind, value)].add(pg["operator"])

offers = [p for p in truth["pages"] if p["is_offer"]]
by_op = defaultdict(list)
for p in offers:
    by_op[p["operator"]].append(p)
U = sorted(o for o in by_op if o.startswith("U"))
I = sorted(o for o in by_op if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]:
    fail("operators %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]:
    fail("independents %s" % I)
for o in U:
    ps = by_op[o]
    if not 3 <= len(ps) <= 4:
        fail("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2:
        fail("%s on one site only" % o)
    # connectivity via shared identifiers
    idx = {p["path"]: {(k, v) for k, v, _ in p["identifiers"]} for p in ps}
    comp, stack = {ps[0]["path"]}, [ps[0]["path"]]
    while stack:
        a = stack.pop()
        for b in idx:
            if b not in comp and idx[a] & idx[b]:
                comp.add(b); stack.append(b)
    if len(comp) != len(ps):
        fail("%s pages not tied by shared identifiers" % o)
    tops = truth["operators"].get(o)
    if not tops:
        fail("operators entry missing " + o)
    else:
        need = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
        if need != {tuple(x) for x in tops["identifiers"]}:
            fail("operator identifiers mismatch " + o)
for o in I:
    if len(by_op[o]) != 1:
        fail("%s has %d pages" % (o, len(by_op[o])))
for key, owners in owner_ids.items():
    if len(owners) > 1:
        fail("identifier %s shared across sellers %s" % (key, owners))

# decoys
kinds = set()
for d in truth["decoys"]:
    found = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    if found != sorted(d["pages"]):
        fail("decoy %s pages mismatch" % d["value"])
    if not d["pages"]:
        fail("decoy %s on no page" % d["value"])
    for p in d["pages"]:
        if not any(w in texts.get(p, "") for w in d["written"]):
            fail("decoy %s not on %s" % (d["value"], p))
    if (d["kind"], d["value"]) in owner_ids:
        fail("decoy %s is also a seller identifier" % d["value"])
    if not norm_ok(d["kind"], d["value"]):
        fail("decoy normalization %r" % d["value"])
multi = sum(1 for d in truth["decoys"]
            if len({pg["operator"] for pg in truth["pages"] if pg["path"] in d["pages"] and pg["operator"]}) >= 2)

sites = {p.split("/")[1] for p in files if p.count("/") == 2}
n_pages, n_offers = len(files), len(offers)
if not 48 <= n_pages <= 56: fail("page count %d" % n_pages)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))
if not 34 <= n_offers <= 40: fail("offer count %d" % n_offers)
if len(truth["decoys"]) < 18: fail("decoys %d" % len(truth["decoys"]))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoys_spanning_sellers=%d"
      % (n_pages, len(sites), n_offers, n_pages - n_offers, len(U), sum(len(by_op[o]) for o in U), len(I), len(truth["decoys"]), multi))
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
