#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import Counter, deque
ROOT = os.path.dirname(os.path.abspath(__file__)); SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"; W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
err = []
def fail(m): err.append(m)
t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            texts[p] = open(os.path.join(dp, f), encoding="utf-8").read()
paths = [p["path"] for p in t["pages"]]
if sorted(paths) != sorted(texts): fail("truth pages != html files on disk")
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read(): fail("robots.txt")
# reachability from hub
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    for h in re.findall(r'href="([^"]+)"', texts.get(q.popleft(), "")):
        if h in texts and h not in seen: seen.add(h); q.append(h)
for p in texts:
    if p not in seen: fail(f"unreachable {p}")
def norm_ok(k, v):
    pat = {"phone": r"(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$", "wechat": r"[a-z][a-z0-9_-]{4,}$", "qq": r"[1-9]\d{4,10}$",
           "qq_group": r"[1-9]\d{4,10}$", "email": r"[a-z0-9_.-]+@[a-z0-9.-]+$", "domain": r"[a-z0-9.-]+\.[a-z]+$"}.get(k)
    if k == "uscc":
        if len(v) != 18 or any(c not in ALPH for c in v): return False
        r = 31 - sum(ALPH.index(c) * w for c, w in zip(v[:17], W)) % 31
        return ALPH[0 if r == 31 else r] == v[17]
    return k == "other" or (pat is not None and re.match(pat, v) is not None)
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
opages = Counter(); sites = set(p.split("/")[1] for p in texts if p.count("/") == 2)
for p in t["pages"]:
    txt = texts.get(p["path"], "")
    if p["is_offer"] != (p["operator"] is not None): fail(f"offer/operator mismatch {p['path']}")
    if p["operator"]: opages[p["operator"]] += 1
    for k, v, w in p["identifiers"]:
        if k not in KINDS or not norm_ok(k, v): fail(f"bad identifier {k} {v} on {p['path']}")
        if w not in txt: fail(f"written form {w!r} missing on {p['path']}")
for o, d in t["operators"].items():
    for k, v in d["identifiers"]:
        if not norm_ok(k, v): fail(f"bad operator identifier {o} {k} {v}")
# ids of one seller must not appear as another seller's ids
owner = {}
for p in t["pages"]:
    for k, v, _ in p["identifiers"]:
        if owner.setdefault((k, v), p["operator"]) != p["operator"]: fail(f"identifier {k} {v} shared by two sellers")
U = sorted(o for o in opages if o.startswith("U")); I = sorted(o for o in opages if o.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]: fail(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {I}")
for o in U:
    if not 3 <= opages[o] <= 4: fail(f"{o} has {opages[o]} pages")
for o in I:
    if opages[o] != 1: fail(f"{o} has {opages[o]} pages")
if sorted(t["operators"]) != U: fail("operators section mismatch")
for d in t["decoys"]:
    if d["kind"] not in KINDS: fail(f"decoy kind {d['kind']}")
    real = sorted(p for p, x in texts.items() if any(w in x for w in d["written"]))
    if not real or sorted(d["pages"]) != real: fail(f"decoy {d['value']} pages mismatch")
    if (d["kind"], d["value"]) in owner: fail(f"decoy {d['value']} is also a seller identifier")
n, offers = len(texts), sum(p["is_offer"] for p in t["pages"])
if not 48 <= n <= 56: fail(f"{n} pages")
if not 8 <= len(sites) <= 11: fail(f"{len(sites)} sites")
if not 34 <= offers <= 40: fail(f"{offers} offers")
if len(t["decoys"]) < 18: fail("fewer than 18 decoys")
print(f"pages={n} sites={len(sites)} offers={offers} non_offers={n-offers} operators={len(U)} independents={len(I)} "
      f"operator_pages={sum(opages[o] for o in U)} decoys={len(t['decoys'])} decoy_kinds={len(set(d['kind'] for d in t['decoys']))}")
for e in err: print("FAIL:", e)
sys.exit(1 if err else 0)
