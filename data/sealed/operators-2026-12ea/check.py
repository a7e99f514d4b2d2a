#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []

def fail(m):
    errs.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPHA.index(ch) * W18[i] for i, ch in enumerate(c[:17])) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

NORM = {
    "phone": r"(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})",
    "wechat": r"[a-z][a-z0-9_-]{5,19}", "qq": r"[1-9]\d{4,10}", "qq_group": r"[1-9]\d{4,10}",
    "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", "domain": r"[a-z0-9.-]+\.[a-z]+",
}

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            texts[p] = open(os.path.join(dp, f), encoding="utf-8").read()

paths = [p["path"] for p in truth["pages"]]
if len(set(paths)) != len(paths):
    fail("duplicate page paths")
if set(paths) != set(texts):
    fail("truth pages != html files: %s" % sorted(set(paths) ^ set(texts)))
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    fail("robots.txt missing")

def check_id(kind, value, where):
    if kind == "uscc":
        if not uscc_ok(value):
            fail("%s: bad USCC %s" % (where, value))
    elif kind in NORM and not re.fullmatch(NORM[kind], value):
        fail("%s: not normalized %s %s" % (where, kind, value))

ops = Counter()
for p in truth["pages"]:
    t = texts.get(p["path"], "")
    if p["is_offer"] != (p["operator"] is not None):
        fail("%s: is_offer/operator mismatch" % p["path"])
    if p["operator"]:
        ops[p["operator"]] += 1
        if not p["provider"] or p["provider"] not in t:
            fail("%s: provider not on page" % p["path"])
    for kind, value, written in p["identifiers"]:
        check_id(kind, value, p["path"])
        if written not in t:
            fail("%s: written form %r missing" % (p["path"], written))

# operators
U = sorted(k for k in ops if k.startswith("U"))
I = sorted(k for k in ops if k.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]:
    fail("operators U01-U09 expected, got %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]:
    fail("independents I01-I06 expected, got %s" % I)
for u in U:
    if not 3 <= ops[u] <= 4:
        fail("%s has %d pages" % (u, ops[u]))
    sites = {pp["path"].split("/")[1] for pp in truth["pages"] if pp["operator"] == u}
    if len(sites) < 2:
        fail("%s on one site only" % u)
    # connectivity of an operator's pages through shared identifiers
    pgs = [pp for pp in truth["pages"] if pp["operator"] == u]
    comp = {0}
    changed = True
    while changed:
        changed = False
        for i, a in enumerate(pgs):
            if i in comp:
                continue
            ka = {(k, v) for k, v, _ in a["identifiers"]}
            if any(ka & {(k, v) for k, v, _ in pgs[j]["identifiers"]} for j in comp):
                comp.add(i); changed = True
    if len(comp) != len(pgs):
        fail("%s pages not connected by identifiers" % u)
    if {tuple(x) for x in truth["operators"].get(u, {}).get("identifiers", [])} != {(k, v) for pp in pgs for k, v, _ in pp["identifiers"]}:
        fail("%s operator identifiers differ from its pages" % u)
for i in I:
    if ops[i] != 1:
        fail("%s must have one page" % i)
# no identifier shared between different sellers
owner = {}
for p in truth["pages"]:
    for k, v, _ in p["identifiers"]:
        o = owner.setdefault((k, v), p["operator"])
        if o != p["operator"]:
            fail("identifier %s %s shared by %s and %s" % (k, v, o, p["operator"]))

# decoys
for d in truth["decoys"]:
    check_id(d["kind"], d["value"], "decoy")
    found = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    if found != sorted(d["pages"]):
        fail("decoy %s pages mismatch: %s vs %s" % (d["value"], found, d["pages"]))
    if not d["pages"]:
        fail("decoy %s appears nowhere" % d["value"])
    if (d["kind"], d["value"]) in owner:
        fail("decoy %s is also a seller identifier" % d["value"])
if len(truth["decoys"]) < 18:
    fail("fewer than 18 decoys")

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts:
        continue
    seen.add(p)
    for h in re.findall(r"href='([^']+)'", texts[p]):
        todo.append(os.path.normpath(os.path.join(os.path.dirname(p), h)).replace(os.sep, "/"))
if seen != set(texts):
    fail("unreachable: %s" % sorted(set(texts) - seen))

n = len(truth["pages"]); off = sum(p["is_offer"] for p in truth["pages"])
sites = len({p.split("/")[1] for p in texts if p.count("/") > 1})
if not 48 <= n <= 56: fail("page count %d" % n)
if not 8 <= sites <= 11: fail("site count %d" % sites)
if not 35 <= off <= 39: fail("offer count %d" % off)
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d" % (
    n, sites, off, n - off, len(U), len(I), len(truth["decoys"])))
for e in errs:
    print("FAIL:", e, file=sys.stderr)
sys.exit(1 if errs else 0)
