#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys, html
from collections import defaultdict, deque

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def fail(m): errs.append(m)

def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c): return False
    r = 31 - sum(ALPHA.index(a) * w for a, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

NORM = {"phone": re.compile(r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$"),
        "wechat": re.compile(r"^[a-z][a-z0-9_-]{4,19}$"), "qq": re.compile(r"^[1-9]\d{4,10}$"),
        "qq_group": re.compile(r"^[1-9]\d{4,10}$"), "email": re.compile(r"^[a-z0-9._-]+@[a-z0-9.-]+$"),
        "domain": re.compile(r"^[a-z0-9.-]+\.[a-z]+$")}

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
files = {}
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/")
            files[p] = html.unescape(open(os.path.join(d, f), encoding="utf-8").read())
if not os.path.exists(os.path.join(SITE, "robots.txt")): fail("robots.txt missing")

tp = {p["path"]: p for p in truth["pages"]}
if set(tp) != set(files): fail(f"truth/site page mismatch: {set(tp) ^ set(files)}")

# reachability from hub
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    for h in re.findall(r'href="(/[^"]+)"', files.get(q.popleft(), "")):
        if h in files and h not in seen:
            seen.add(h); q.append(h)
if seen != set(files): fail(f"unreachable: {set(files) - seen}")

idowner = defaultdict(set)
for p in truth["pages"]:
    if p["path"] not in files: fail(f"missing {p['path']}"); continue
    t = files[p["path"]]
    if not p["is_offer"] and p["operator"] is not None: fail(f"non-offer with operator {p['path']}")
    if p["is_offer"] and not p["operator"]: fail(f"offer without operator {p['path']}")
    for k, v, w in p["identifiers"]:
        if w not in t: fail(f"{p['path']}: written form {w!r} not on page")
        if k == "uscc" and not uscc_ok(v): fail(f"bad uscc {v}")
        if k in NORM and not NORM[k].match(v): fail(f"bad normalization {k} {v}")
        idowner[(k, v)].add(p["operator"])
for key, owners in idowner.items():
    if len(owners) > 1: fail(f"identifier {key} shared across sellers {owners}")

offers = [p for p in truth["pages"] if p["is_offer"]]
byop = defaultdict(list)
for p in offers: byop[p["operator"]].append(p)
U = sorted(o for o in byop if o.startswith("U")); I = sorted(o for o in byop if o.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]: fail(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {I}")
for o in U:
    ps = byop[o]
    if not 3 <= len(ps) <= 4: fail(f"{o} has {len(ps)} pages")
    if len({p['path'].split('/')[1] for p in ps}) < 2: fail(f"{o} on one site only")
    # connectivity via shared identifiers
    comp, q = {ps[0]["path"]}, [ps[0]]
    while q:
        a = q.pop(); va = {(k, v) for k, v, _ in a["identifiers"]}
        for b in ps:
            if b["path"] not in comp and va & {(k, v) for k, v, _ in b["identifiers"]}:
                comp.add(b["path"]); q.append(b)
    if len(comp) != len(ps): fail(f"{o} pages not connected by shared identifiers")
    top = truth["operators"].get(o)
    if not top: fail(f"{o} missing in operators")
    else:
        want = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
        if want != {tuple(x) for x in top["identifiers"]}: fail(f"{o} identifiers mismatch")
        if {p["provider"] for p in ps} != set(top["brands"]): fail(f"{o} brands mismatch")
for o in I:
    if len(byop[o]) != 1: fail(f"{o} has {len(byop[o])} pages")

seller_vals = set(idowner)
for d in truth["decoys"]:
    if not d["pages"]: fail(f"decoy {d['value']} on no page")
    scanned = sorted(p for p, t in files.items() if any(w in t for w in d["written"]))
    if scanned != sorted(d["pages"]): fail(f"decoy {d['value']} pages mismatch")
    for w in d["written"]:
        if not any(w in files[p] for p in d["pages"]): fail(f"decoy written {w} not found")
    for p in d["pages"]:
        if not any(w in files[p] for w in d["written"]): fail(f"decoy {d['value']} not on {p}")
    if (d["kind"], d["value"]) in seller_vals: fail(f"decoy {d['value']} is also a seller id")
multi = [d for d in truth["decoys"] if len({tp[p]['operator'] for p in d['pages'] if tp[p]['operator']}) >= 2]

sites = {p.split("/")[1] for p in files if p.count("/") == 2}
n = len(files)
if not 48 <= n <= 56: fail(f"{n} pages")
if not 8 <= len(sites) <= 11: fail(f"{len(sites)} sites")
if not 34 <= len(offers) <= 40: fail(f"{len(offers)} offers")
if len(truth["decoys"]) < 18: fail("fewer than 18 decoys")

print(f"pages={n} sites={len(sites)} offers={len(offers)} non_offers={n-len(offers)} "
      f"operators={len(U)} operator_pages={sum(len(byop[o]) for o in U)} independents={len(I)} "
      f"decoys={len(truth['decoys'])} decoys_across_sellers={len(multi)}")
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
