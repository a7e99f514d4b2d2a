#!/usr/bin/env python3
"""Verify truth.json against site/; exit non-zero on any failure; print counts."""
import json, os, re, sys
from collections import Counter, deque
HERE = os.path.dirname(os.path.abspath(__file__)); SITE = os.path.join(HERE, "site")
T = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
err = []
def read(p): return open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read()
html = {}
for r, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(r, f), SITE).replace(os.sep, "/"); html[p] = read(p)
tp = {p["path"]: p for p in T["pages"]}
for p in tp:
    if p not in html: err.append(f"missing page {p}")
for p in html:
    if p not in tp: err.append(f"page not in truth {p}")
if not os.path.exists(os.path.join(SITE, "robots.txt")): err.append("no robots.txt")
# reachability
seen = {"/index.html"}; q = deque(seen)
while q:
    for l in re.findall(r'href="(/[^"#]*)', html.get(q.popleft(), "")):
        if l in html and l not in seen: seen.add(l); q.append(l)
for p in html:
    if p not in seen: err.append(f"unreachable {p}")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"; W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
norm = {"phone": r"^(\+86\d{11}|0\d{9,11}|[48]00\d{7})$"}
for p in T["pages"]:
    h = html.get(p["path"], "")
    if p["is_offer"] != (p["operator"] is not None): err.append(f"offer/operator mismatch {p['path']}")
    for k, v, w in p["identifiers"]:
        if w not in h: err.append(f"{p['path']}: written {w!r} not found")
        if k == "phone" and not re.match(norm["phone"], v): err.append(f"bad phone norm {v}")
        if k in ("wechat", "email", "domain") and v != v.lower(): err.append(f"not lower {v}")
        if k == "uscc":
            r = 31 - sum(ALPH.index(c)*x for c, x in zip(v[:17], W)) % 31
            if len(v) != 18 or v[17] != ALPH[0 if r == 31 else r]: err.append(f"bad uscc {v}")
for d in T["decoys"]:
    actual = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if actual != sorted(d["pages"]): err.append(f"decoy {d['value']} pages mismatch")
    for p in d["pages"]:
        if not any(w in html[p] for w in d["written"]): err.append(f"decoy {d['value']} not on {p}")
    if len(d["pages"]) < 2: err.append(f"decoy {d['value']} on <2 pages")
offers = [p for p in T["pages"] if p["is_offer"]]
oc = Counter(p["operator"] for p in offers)
U = {k: v for k, v in oc.items() if k.startswith("U")}; I = {k: v for k, v in oc.items() if k.startswith("I")}
# each operator connected by shared identifiers; independents share nothing
for op in U:
    ps = [p for p in offers if p["operator"] == op]
    comp = {0}; ch = True
    while ch:
        ch = False
        for i, a in enumerate(ps):
            if i in comp: continue
            if any({(k, v) for k, v, _ in a["identifiers"]} & {(k, v) for k, v, _ in ps[j]["identifiers"]} for j in comp):
                comp.add(i); ch = True
    if len(comp) != len(ps): err.append(f"{op} not connected")
    if not 3 <= len(ps) <= 4: err.append(f"{op} has {len(ps)} pages")
ownership = {}
for p in offers:
    for k, v, _ in p["identifiers"]: ownership.setdefault((k, v), set()).add(p["operator"])
for kv, s in ownership.items():
    if len(s) > 1: err.append(f"identifier {kv} shared across sellers {s}")
for i in I:
    if I[i] != 1: err.append(f"{i} has {I[i]} pages")
sites = {p.split("/")[1] for p in html if p.count("/") == 2}
n = len(html); dk = Counter(d["why"].split()[0] for d in T["decoys"])
if not 48 <= n <= 56: err.append(f"page count {n}")
if not 8 <= len(sites) <= 11: err.append(f"site count {len(sites)}")
if len(U) != 9 or len(I) != 6: err.append("operator counts")
if len(T["decoys"]) < 18: err.append("decoys < 18")
if not 33 <= len(offers) <= 41: err.append(f"offers {len(offers)}")
print(f"pages={n} sites={len(sites)} offers={len(offers)} non_offers={n-len(offers)} operators={len(U)} independents={len(I)} decoys={len(T['decoys'])} errors={len(err)}")
for e in err: print("FAIL:", e)
sys.exit(1 if err else 0)
