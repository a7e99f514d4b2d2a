#!/usr/bin/env python3
"""Verify site/ against truth.json for web 12bm."""
import json, os, re, sys, posixpath
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []

def err(m):
    errors.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
paths = [p["path"] for p in truth["pages"]]
if len(paths) != len(set(paths)):
    err("duplicate page in truth")
if set(paths) != files:
    err(f"page set differs: {sorted(set(paths) ^ files)}")
if not 48 <= len(files) <= 56:
    err(f"{len(files)} pages, want 48-56")
rb = os.path.join(SITE, "robots.txt")
if not os.path.exists(rb) or "Allow: /" not in open(rb).read():
    err("robots.txt missing or not allow-all")

text = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}
owner = {}
op_pages = defaultdict(list)
seller_vals = set()
for pg in truth["pages"]:
    path = pg["path"]
    if pg["is_offer"] != (pg["operator"] is not None):
        err(f"{path}: operator set iff is_offer violated")
    if pg["is_offer"]:
        op_pages[pg["operator"]].append(pg)
    for kind, val, written in pg["identifiers"]:
        if written not in text.get(path, ""):
            err(f"{path}: identifier text not on page: {written!r}")
        if kind == "uscc" and not uscc_ok(val):
            err(f"{path}: bad USCC {val}")
        if pg["is_offer"]:
            seller_vals.add((kind, val))
            o = owner.setdefault((kind, val), pg["operator"])
            if o != pg["operator"]:
                err(f"identifier {kind}:{val} shared by {o} and {pg['operator']}")

# each page of a multi-page operator shares an identifier with another of its pages
for op, pgs in op_pages.items():
    if len(pgs) > 1:
        for pg in pgs:
            mine = {(k, v) for k, v, _ in pg["identifiers"]}
            others = {(k, v) for q in pgs if q is not pg for k, v, _ in q["identifiers"]}
            if not mine & others:
                err(f"{op} {pg['path']}: shares no identifier with the operator's other pages")
us = sorted(o for o in op_pages if o.startswith("U"))
is_ = sorted(o for o in op_pages if o.startswith("I"))
if us != [f"U{i:02d}" for i in range(1, 10)]:
    err(f"U operators: {us}")
if is_ != [f"I{i:02d}" for i in range(1, 7)]:
    err(f"I operators: {is_}")
for o in us:
    if not 3 <= len(op_pages[o]) <= 4:
        err(f"{o} has {len(op_pages[o])} pages")
    if len({pg['path'].split('/')[1] for pg in op_pages[o]}) != len(op_pages[o]):
        err(f"{o}: two pages on the same site style")
for o in is_:
    if len(op_pages[o]) != 1:
        err(f"{o} has {len(op_pages[o])} pages")
if set(truth["operators"]) != set(us):
    err("operators block does not match U operators")

seller_values = {v.lower() for _, v in seller_vals}
if len(truth["decoys"]) < 18:
    err(f"only {len(truth['decoys'])} decoys")
for d in truth["decoys"]:
    if d["value"].lower() in seller_values:
        err(f"decoy {d['value']} is a seller identifier")
    if len(d["paths"]) < 2:
        err(f"decoy {d['value']} on {len(d['paths'])} page(s)")
    for p in d["paths"]:
        if not any(w in text.get(p, "") for w in d["written"]):
            err(f"decoy {d['value']} not written on {p}")
    for w in d["written"]:
        if not any(w in text.get(p, "") for p in d["paths"]):
            err(f"decoy written form {w!r} appears on none of its paths")

# reachability
seen, stack = set(), ["/index.html"]
while stack:
    cur = stack.pop()
    if cur in seen or cur not in text:
        continue
    seen.add(cur)
    for href in re.findall(r'<a\s[^>]*href="([^"#:]+)"', text[cur]):
        stack.append(posixpath.normpath(posixpath.join(posixpath.dirname(cur), href)))
if seen != files:
    err(f"unreachable: {sorted(files - seen)}")

offers = sum(p["is_offer"] for p in truth["pages"])
print(f"pages={len(files)} offers={offers} non_offers={len(files)-offers} decoys={len(truth['decoys'])}")
if errors:
    print("\n".join("FAIL " + e for e in errors))
    sys.exit(1)
print("OK")
