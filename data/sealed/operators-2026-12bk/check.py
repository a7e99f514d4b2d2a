#!/usr/bin/env python3
"""Verify site/ and truth.json of web 12bk."""
import json, os, re, sys
from html.parser import HTMLParser
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def err(m): errs.append(m)
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPH.index(a) * w for a, w in zip(c, WTS)) % 31
    return c[17] == ALPH[0 if r == 31 else r]
t = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"): files.add("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/"))
paths = [p["path"] for p in t["pages"]]
if len(paths) != len(set(paths)): err("duplicate paths in truth")
if set(paths) != files: err(f"page set mismatch: {set(paths) ^ files}")
if not 48 <= len(files) <= 56: err(f"page count {len(files)}")
rb = os.path.join(SITE, "robots.txt")
if not os.path.exists(rb) or "Allow: /" not in open(rb).read(): err("robots.txt")
html = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}
owner = {}
ops = defaultdict(list)
for pg in t["pages"]:
    if bool(pg["is_offer"]) != bool(pg["operator"]): err(f"offer/operator mismatch {pg['path']}")
    if pg["operator"]: ops[pg["operator"]].append(pg)
    for k, v, w in pg["identifiers"]:
        if w not in html.get(pg["path"], ""): err(f"written {w!r} missing on {pg['path']}")
        if k == "uscc" and not uscc_ok(v): err(f"bad USCC {v}")
        if pg["operator"]:
            o = owner.setdefault((k, v), pg["operator"])
            if o != pg["operator"]: err(f"identifier {k}:{v} shared by {o} and {pg['operator']}")
seller_vals = {v for _, v in owner}
for d in t["decoys"]:
    if d["value"] in seller_vals: err(f"decoy {d['value']} is a seller identifier")
    if len(d["paths"]) < 2: err(f"decoy {d['value']} on <2 pages")
    for p in d["paths"]:
        if not any(w in html.get(p, "") for w in d["written"]): err(f"decoy {d['value']} not on {p}")
    for w in d["written"]:
        if not any(w in html.get(p, "") for p in d["paths"]): err(f"decoy form {w!r} unused")
if len(t["decoys"]) < 18: err("fewer than 18 decoys")
U = [o for o in ops if o.startswith("U")]; I = [o for o in ops if o.startswith("I")]
if sorted(U) != [f"U0{i}" for i in range(1, 10)]: err(f"U operators {sorted(U)}")
if sorted(I) != [f"I0{i}" for i in range(1, 7)]: err(f"I operators {sorted(I)}")
for o in U:
    pgs = ops[o]
    if not 3 <= len(pgs) <= 4: err(f"{o} has {len(pgs)} pages")
    if len({p["path"].split("/")[1] for p in pgs}) < 2: err(f"{o} on one site")
    if not 2 <= len({p["provider"] for p in pgs}) <= 3: err(f"{o} brand count")
    # connectivity through shared identifiers
    seen = {0}; stack = [0]
    idsets = [{(k, v) for k, v, _ in p["identifiers"]} for p in pgs]
    while stack:
        i = stack.pop()
        for j in range(len(pgs)):
            if j not in seen and idsets[i] & idsets[j]: seen.add(j); stack.append(j)
    if len(seen) != len(pgs): err(f"{o} pages not connected by identifiers")
for o in I:
    if len(ops[o]) != 1: err(f"{o} has {len(ops[o])} pages")
class P(HTMLParser):
    def __init__(s): super().__init__(); s.h = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v: s.h.append(v)
seen = {"/index.html"}; stack = ["/index.html"]
while stack:
    cur = stack.pop(); p = P(); p.feed(html[cur])
    for h in p.h:
        if re.match(r"^[a-z]+:", h) or h.startswith("#"): continue
        tgt = os.path.normpath(os.path.join(os.path.dirname(cur), h.split("#")[0])).replace(os.sep, "/")
        if tgt in html and tgt not in seen: seen.add(tgt); stack.append(tgt)
if seen != files: err(f"unreachable: {sorted(files - seen)}")
offers = sum(p["is_offer"] for p in t["pages"])
print(f"pages={len(files)} offers={offers} non-offers={len(files)-offers} decoys={len(t['decoys'])} operators U={len(U)} I={len(I)}")
if errs:
    print("\n".join("FAIL " + e for e in errs)); sys.exit(1)
print("OK")
