#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print counts."""
import json, os, re, sys
from collections import Counter
from html.parser import HTMLParser
D = os.path.dirname(os.path.abspath(__file__)); S = os.path.join(D, "site")
t = json.load(open(os.path.join(D, "truth.json"), encoding="utf-8"))
err = []
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"; W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c): return False
    r = 31 - sum(ALPHA.index(a) * w for a, w in zip(c, W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]
NORM = {"phone": re.compile(r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$"), "email": re.compile(r"^[a-z0-9._-]+@[a-z0-9.-]+$"),
        "wechat": re.compile(r"^[a-z][a-z0-9_-]{5,19}$"), "domain": re.compile(r"^[a-z0-9.-]+\.[a-z]+$"), "qq": re.compile(r"^\d{5,11}$"),
        "qq_group": re.compile(r"^\d{6,11}$")}
files = {}
for root, _, fs in os.walk(S):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), S).replace(os.sep, "/")
            files[p] = open(os.path.join(root, f), encoding="utf-8").read()
if not os.path.exists(os.path.join(S, "robots.txt")): err.append("robots.txt missing")
class L(HTMLParser):
    def __init__(s): super().__init__(); s.l = []
    def handle_starttag(s, tag, a):
        if tag == "a": s.l += [v for k, v in a if k == "href"]
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in files: continue
    seen.add(p); l = L(); l.feed(files[p]); todo += [h for h in l.l if h.startswith("/")]
for p in files:
    if p not in seen: err.append(f"unreachable {p}")
tp = {p["path"]: p for p in t["pages"]}
for p in files:
    if p not in tp: err.append(f"page not in truth {p}")
def chk(kind, val, where):
    if kind == "uscc":
        if not uscc_ok(val): err.append(f"bad uscc {val} {where}")
    elif kind in NORM and not NORM[kind].match(val): err.append(f"bad {kind} normalization {val} {where}")
for p in t["pages"]:
    if p["path"] not in files: err.append(f"missing {p['path']}"); continue
    if p["is_offer"] != (p["operator"] is not None): err.append(f"offer/operator mismatch {p['path']}")
    for k, v, wr in p["identifiers"]:
        chk(k, v, p["path"])
        if wr not in files[p["path"]]: err.append(f"{wr!r} not on {p['path']}")
        if p["operator"] and p["operator"].startswith("U") and [k, v] not in t["operators"][p["operator"]]["identifiers"]:
            err.append(f"{k}:{v} missing in operators.{p['operator']}")
# each seller's written forms must not leak onto another seller's page
own = {}
for p in t["pages"]:
    for k, v, wr in p["identifiers"]: own.setdefault(wr, set()).add(p["operator"])
for p in t["pages"]:
    for wr, ops in own.items():
        if wr in files.get(p["path"], "") and p["operator"] not in ops and p["operator"] is not None:
            err.append(f"seller form {wr!r} of {ops} leaks onto {p['path']} ({p['operator']})")
opvals = {(k, v) for o in t["operators"].values() for k, v in o["identifiers"]}
opvals |= {(k, v) for p in t["pages"] for k, v, _ in p["identifiers"]}
for d in t["decoys"]:
    chk(d["kind"], d["value"], "decoy")
    if (d["kind"], d["value"]) in opvals: err.append(f"decoy {d['value']} is a seller identifier")
    real = sorted(p for p, h in files.items() if any(x in h for x in d["written"]))
    if real != sorted(d["pages"]): err.append(f"decoy {d['value']} pages mismatch")
    for pg in d["pages"]:
        if not any(x in files.get(pg, "") for x in d["written"]): err.append(f"decoy {d['value']} absent on {pg}")
    sellers = {tp[pg]["operator"] for pg in d["pages"] if tp.get(pg, {}).get("operator")}
    if len(d["pages"]) < 2: err.append(f"decoy {d['value']} on fewer than 2 pages")
opc = Counter(p["operator"] for p in t["pages"] if p["operator"])
U = sorted(o for o in opc if o.startswith("U")); I = sorted(o for o in opc if o.startswith("I"))
sites = {p.split("/")[1] for p in files if p.count("/") > 1}
n, offers = len(files), sum(p["is_offer"] for p in t["pages"])
if not 48 <= n <= 56: err.append(f"page count {n}")
if not 8 <= len(sites) <= 11: err.append(f"site count {len(sites)}")
if not 34 <= offers <= 40: err.append(f"offer count {offers}")
if U != [f"U0{i}" for i in range(1, 10)] or any(not 3 <= opc[u] <= 4 for u in U): err.append(f"operators {dict(opc)}")
if I != [f"I0{i}" for i in range(1, 7)] or any(opc[i] != 1 for i in I): err.append("independents")
if len(t["decoys"]) < 18: err.append("decoys < 18")
for u in U:  # operator's pages must be connected through shared identifiers
    pg = [p for p in t["pages"] if p["operator"] == u]
    comp = {0}; ch = True
    while ch:
        ch = False
        for i, p in enumerate(pg):
            if i not in comp and any({(k, v) for k, v, _ in p["identifiers"]} & {(k, v) for k, v, _ in pg[j]["identifiers"]} for j in comp):
                comp.add(i); ch = True
    if len(comp) != len(pg): err.append(f"{u} pages not connected")
    sites_u = {p["path"].split("/")[1] for p in pg}
    if len(sites_u) < 2: err.append(f"{u} on a single site")
print(f"pages={n} sites={len(sites)} offers={offers} non_offers={n-offers} operators={len(U)} operator_pages={sum(opc[u] for u in U)} independents={len(I)} decoys={len(t['decoys'])} decoy_kinds={len({d['kind'] for d in t['decoys']})}")
for e in err: print("FAIL:", e)
sys.exit(1 if err else 0)
