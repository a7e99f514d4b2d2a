#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print counts."""
import json, os, re, sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def fail(m): errors.append(m)

def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPH for ch in c): return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPH[0 if r == 31 else r] == c[17]

def norm_ok(kind, v):
    pats = {"phone": r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$", "wechat": r"^[a-z0-9_\-]{5,30}$",
            "qq": r"^\d{5,11}$", "qq_group": r"^\d{5,11}$", "email": r"^[a-z0-9_.\-]+@[a-z0-9.\-]+$",
            "domain": r"^[a-z0-9.\-]+\.[a-z]+$"}
    if kind == "uscc": return uscc_ok(v)
    if kind == "other": return bool(v)
    return bool(re.match(pats[kind], v))

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            full = os.path.join(dp, f)
            texts["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

pages = truth["pages"]
paths = [p["path"] for p in pages]
if len(set(paths)) != len(paths): fail("duplicate paths in truth")
for p in paths:
    if p not in texts: fail(f"missing page {p}")
for p in texts:
    if p not in paths: fail(f"page not in truth: {p}")
robots = os.path.join(SITE, "robots.txt")
if not os.path.exists(robots) or "Allow: /" not in open(robots).read(): fail("robots.txt")

# reachability from hub
seen, stack = set(), ["/index.html"]
while stack:
    u = stack.pop()
    if u in seen or u not in texts: continue
    seen.add(u)
    stack += re.findall(r'href="(/[^"#?]*\.html)"', texts[u])
for p in texts:
    if p not in seen: fail(f"unreachable {p}")
sites = sorted({p.split("/")[1] for p in texts if p != "/index.html"})
for s in sites:
    if f'href="/{s}/index.html"' not in texts["/index.html"]: fail(f"hub misses {s}")

# page identifiers
op_pages = defaultdict(list)
for p in pages:
    t = texts.get(p["path"], "")
    if not p["is_offer"] and (p["operator"] or p["identifiers"]): fail(f"non-offer with operator/ids {p['path']}")
    if p["is_offer"] and not p["operator"]: fail(f"offer without operator {p['path']}")
    if p["operator"]: op_pages[p["operator"]].append(p["path"])
    for kind, value, written in p["identifiers"]:
        if written not in t: fail(f"{p['path']}: written form {written!r} not on page")
        if not norm_ok(kind, value): fail(f"{p['path']}: bad normalized {kind} {value}")

ops = truth["operators"]
U = sorted(k for k in op_pages if k.startswith("U")); I = sorted(k for k in op_pages if k.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]: fail(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {I}")
for u in U:
    n = len(op_pages[u])
    if not 3 <= n <= 4: fail(f"{u} has {n} pages")
    if len({x.split('/')[1] for x in op_pages[u]}) < 2: fail(f"{u} on one site only")
    opids = {tuple(x) for x in ops[u]["identifiers"]}
    # connectivity of the operator's pages through shared identifiers
    pl = [p for p in pages if p["operator"] == u]
    comp = {0}; changed = True
    while changed:
        changed = False
        for i, p in enumerate(pl):
            if i in comp: continue
            ids = {(k, v) for k, v, _ in p["identifiers"]}
            if any(ids & {(k, v) for k, v, _ in pl[j]["identifiers"]} for j in comp):
                comp.add(i); changed = True
    if len(comp) != len(pl): fail(f"{u} pages not connected by shared identifiers")
    for p in pl:
        for k, v, _ in p["identifiers"]:
            if (k, v) not in opids: fail(f"{u} missing {k}:{v} in operators")
# identifiers must not be shared across sellers
owner = {}
for p in pages:
    for k, v, _ in p["identifiers"]:
        o = owner.setdefault((k, v), p["operator"])
        if o != p["operator"]: fail(f"identifier {k}:{v} shared by {o} and {p['operator']}")
for i in I:
    if len(op_pages[i]) != 1: fail(f"{i} pages {op_pages[i]}")

# decoys
decoys = truth["decoys"]
for d in decoys:
    if (d["kind"], d["value"]) in owner: fail(f"decoy {d['value']} is a seller identifier")
    scan = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    if scan != sorted(d["pages"]): fail(f"decoy {d['value']} pages mismatch")
    for pg in d["pages"]:
        if not any(w in texts.get(pg, "") for w in d["written"]): fail(f"decoy {d['value']} not on {pg}")
    sellers = {q["operator"] for q in pages if q["path"] in d["pages"] and q["operator"]}
    if len(d["pages"]) < 2: fail(f"decoy {d['value']} on <2 pages")
cats = Counter(d.get("category") for d in decoys)
for c in ["hotline", "official", "platform", "warning", "number", "placeholder", "reader", "third_party"]:
    if not cats[c]: fail(f"no decoy of category {c}")

n_pages = len(pages); n_offer = sum(p["is_offer"] for p in pages)
if not 48 <= n_pages <= 56: fail(f"page count {n_pages}")
if not 8 <= len(sites) <= 11: fail(f"site count {len(sites)}")
if not 34 <= n_offer <= 40: fail(f"offer count {n_offer}")
if len(decoys) < 18: fail("fewer than 18 decoys")
print(f"pages={n_pages} sites={len(sites)} offers={n_offer} non_offers={n_pages-n_offer} operators={len(U)} "
      f"operator_pages={sum(len(op_pages[u]) for u in U)} independents={len(I)} decoys={len(decoys)} errors={len(errors)}")
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
