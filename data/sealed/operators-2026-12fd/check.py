#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys, html
from collections import Counter
from urllib.parse import urljoin

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def fail(m): errs.append(m)

def uscc_ok(s):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", s): return False
    r = 31 - sum(ALPHA.index(c) * W18[i] for i, c in enumerate(s[:17])) % 31
    return ALPHA[0 if r == 31 else r] == s[17]

NORM = {
 "phone": r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}",
 "wechat": r"[a-z][a-z0-9_-]{5,19}", "qq": r"[1-9]\d{4,11}", "qq_group": r"[1-9]\d{4,11}",
 "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", "domain": r"[a-z0-9.-]+\.[a-z]+", "other": r".+",
}
def norm_ok(k, v):
    if k == "uscc": return uscc_ok(v)
    return k in NORM and re.fullmatch(NORM[k], v) is not None

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, dn, fn in os.walk(SITE):
    for f in fn:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            texts[p] = open(os.path.join(dp, f), encoding="utf-8").read()
def has(p, w): return w in texts[p] or w in html.unescape(texts[p])

paths = [p["path"] for p in t["pages"]]
if len(set(paths)) != len(paths): fail("duplicate paths")
if set(paths) != set(texts): fail(f"truth/site mismatch: {set(paths) ^ set(texts)}")
if not os.path.isfile(os.path.join(SITE, "robots.txt")): fail("no robots.txt")

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts: continue
    seen.add(p)
    for h in re.findall(r'href="([^"#:]+)"', texts[p]):
        todo.append(urljoin(p, h))
if set(texts) - seen: fail(f"unreachable: {sorted(set(texts) - seen)}")

opages = Counter(); ops_sites = {}
for p in t["pages"]:
    if p["path"] not in texts: fail(f"missing {p['path']}"); continue
    if not p["is_offer"] and p["operator"] is not None: fail(f"non-offer with operator {p['path']}")
    if p["is_offer"]:
        if not re.fullmatch(r"[UI]0\d", p["operator"] or ""): fail(f"offer without operator {p['path']}")
        opages[p["operator"]] += 1
        ops_sites.setdefault(p["operator"], set()).add(p["path"].split("/")[1])
    for k, v, w in p["identifiers"]:
        if not norm_ok(k, v): fail(f"bad normalization {k} {v} on {p['path']}")
        if not has(p["path"], w): fail(f"written form {w!r} not on {p['path']}")

U = sorted(o for o in opages if o.startswith("U")); I = sorted(o for o in opages if o.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]: fail(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {I}")
for u in U:
    if not 3 <= opages[u] <= 4: fail(f"{u} has {opages[u]} offers")
    if len(ops_sites[u]) < 2: fail(f"{u} on one site only")
for i in I:
    if opages[i] != 1: fail(f"{i} has {opages[i]} offers")
if set(t["operators"]) != set(U): fail("operators block mismatch")

# independents share nothing with anyone
owner = {}
for p in t["pages"]:
    for k, v, w in p["identifiers"]:
        owner.setdefault((k, v), set()).add(p["operator"] or p["path"])
for p in t["pages"]:
    if (p["operator"] or "").startswith("I"):
        for k, v, w in p["identifiers"]:
            if owner[(k, v)] != {p["operator"]}: fail(f"{p['operator']} shares {v}")

# each operator's offers are connected by shared identifiers
for u in U:
    pg = [p for p in t["pages"] if p["operator"] == u]
    comp = {pg[0]["path"]}; changed = True
    while changed:
        changed = False
        ids = {(k, v) for p in pg if p["path"] in comp for k, v, w in p["identifiers"]}
        for p in pg:
            if p["path"] not in comp and ids & {(k, v) for k, v, w in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(pg): fail(f"{u} pages not connected")

for d in t["decoys"]:
    if not norm_ok(d["kind"], d["value"]): fail(f"bad decoy normalization {d['value']}")
    scan = sorted(p for p in texts if any(w in texts[p] for w in d["written"]))
    if scan != sorted(d["pages"]): fail(f"decoy {d['value']} pages mismatch")
    for p in d["pages"]:
        if p not in texts or not any(has(p, w) for w in d["written"]): fail(f"decoy {d['value']} not on {p}")

npages = len(t["pages"]); noff = sum(p["is_offer"] for p in t["pages"])
sites = {p.split("/")[1] for p in texts if p.count("/") == 2}
if not 48 <= npages <= 56: fail(f"{npages} pages")
if not 34 <= noff <= 40: fail(f"{noff} offers")
if not 8 <= len(sites) <= 11: fail(f"{len(sites)} sites")
if len(t["decoys"]) < 18: fail("fewer than 18 decoys")

print(f"pages={npages} offers={noff} non_offers={npages - noff} sites={len(sites)} "
      f"operators={len(U)} operator_offers={sum(opages[u] for u in U)} independents={len(I)} decoys={len(t['decoys'])}")
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
