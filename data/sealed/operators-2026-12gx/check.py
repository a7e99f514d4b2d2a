#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []

def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18)) % 31
    return c[17] == ALPHA[0 if r == 31 else r]

NORM = {
    "phone": lambda v: re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v),
    "wechat": lambda v: v == v.lower(), "email": lambda v: v == v.lower() and "@" in v,
    "domain": lambda v: v == v.lower() and "." in v, "qq": lambda v: re.fullmatch(r"\d{5,11}", v),
    "qq_group": lambda v: re.fullmatch(r"\d{5,11}", v), "uscc": uscc_ok, "other": lambda v: bool(v),
}

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _dn, fns in os.walk(SITE):
    for fn in fns:
        if fn.endswith(".html"):
            full = os.path.join(dp, fn)
            texts["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")):
    errs.append("robots.txt missing")
paths = [p["path"] for p in t["pages"]]
if len(set(paths)) != len(paths):
    errs.append("duplicate paths in truth")
if set(paths) != set(texts):
    errs.append("truth pages != html files: %s" % (set(paths) ^ set(texts)))

# reachability from hub
seen, stack = {"/index.html"}, ["/index.html"]
while stack:
    for href in re.findall(r'href="(/[^"#]+)"', texts.get(stack.pop(), "")):
        if href in texts and href not in seen:
            seen.add(href); stack.append(href)
if seen != set(texts):
    errs.append("unreachable: %s" % sorted(set(texts) - seen))

ops_pages, op_sites, op_ids_pages = defaultdict(list), defaultdict(set), defaultdict(set)
for p in t["pages"]:
    txt = texts.get(p["path"], "")
    if p["is_offer"] != (p["operator"] is not None):
        errs.append("offer/operator mismatch %s" % p["path"])
    for kind, val, written in p["identifiers"]:
        if kind not in NORM or not NORM[kind](val):
            errs.append("bad normalization %s %s on %s" % (kind, val, p["path"]))
        if written not in txt:
            errs.append("written form %r missing on %s" % (written, p["path"]))
        if p["operator"]:
            op_ids_pages[(kind, val)].add(p["operator"])
    if p["operator"]:
        ops_pages[p["operator"]].append(p["path"])
        op_sites[p["operator"]].add(p["path"].split("/")[1])

# each identifier belongs to one seller only
for k, owners in op_ids_pages.items():
    if len(owners) > 1:
        errs.append("identifier %s shared by sellers %s" % (k, owners))

U = sorted(o for o in ops_pages if o.startswith("U"))
I = sorted(o for o in ops_pages if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]:
    errs.append("operators %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]:
    errs.append("independents %s" % I)
for o in U:
    if not 3 <= len(ops_pages[o]) <= 4 or len(op_sites[o]) < 2:
        errs.append("%s has %d pages on %d sites" % (o, len(ops_pages[o]), len(op_sites[o])))
    tv = set(map(tuple, t["operators"][o]["identifiers"]))
    pv = {k for k, owners in op_ids_pages.items() if o in owners}
    if tv != pv:
        errs.append("%s operator identifiers differ from page identifiers" % o)
    # connectivity of pages through shared identifiers
    pg = [p for p in t["pages"] if p["operator"] == o]
    comp = {pg[0]["path"]}; changed = True
    while changed:
        changed = False
        ids = {(k, v) for p in pg if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in pg:
            if p["path"] not in comp and ids & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(pg):
        errs.append("%s pages not chained by identifiers" % o)
for o in I:
    if len(ops_pages[o]) != 1:
        errs.append("%s has %d pages" % (o, len(ops_pages[o])))

for d in t["decoys"]:
    scan = sorted(pth for pth, txt in texts.items() if any(w in txt for w in d["written"]))
    if scan != sorted(d["pages"]):
        errs.append("decoy %s pages mismatch" % d["value"])
    for pth in d["pages"]:
        if not any(w in texts.get(pth, "") for w in d["written"]):
            errs.append("decoy %s missing on %s" % (d["value"], pth))
    if not d["pages"]:
        errs.append("decoy %s appears nowhere" % d["value"])
    if (d["kind"], d["value"]) in op_ids_pages:
        errs.append("decoy %s is also a seller identifier" % d["value"])

n_pages = len(texts); n_off = sum(p["is_offer"] for p in t["pages"])
sites = {p.split("/")[1] for p in texts if p.count("/") > 1}
if not 48 <= n_pages <= 56: errs.append("page count %d" % n_pages)
if not 8 <= len(sites) <= 11: errs.append("site count %d" % len(sites))
if not 34 <= n_off <= 40: errs.append("offer count %d" % n_off)
if len(t["decoys"]) < 18: errs.append("decoys %d" % len(t["decoys"]))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d" % (
    n_pages, len(sites), n_off, n_pages - n_off, len(U), sum(len(ops_pages[o]) for o in U), len(I), len(t["decoys"])))
for e in errs:
    print("FAIL:", e)
sys.exit(1 if errs else 0)
