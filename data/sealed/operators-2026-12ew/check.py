#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
errors = []
def fail(msg): errors.append(msg)

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
pages = truth["pages"]
texts = {}
for root, _, files in os.walk(SITE):
    for fn in files:
        if fn.endswith(".html"):
            full = os.path.join(root, fn)
            texts["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

paths = [p["path"] for p in pages]
if len(set(paths)) != len(paths): fail("duplicate paths in truth")
for p in paths:
    if p not in texts: fail(f"missing page {p}")
for p in texts:
    if p not in paths: fail(f"page not in truth {p}")

# robots + reachability from hub
rob = os.path.join(SITE, "robots.txt")
if not os.path.exists(rob) or "Allow: /" not in open(rob).read(): fail("robots.txt missing or not allowing")
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    for href in re.findall(r'href="(/[^"#?]*)"', texts.get(cur, "")):
        if href in texts and href not in seen:
            seen.add(href); todo.append(href)
for p in texts:
    if p not in seen: fail(f"unreachable from hub: {p}")
sites = sorted({p.split("/")[1] for p in texts if p.count("/") >= 2})
for s in sites:
    if f'href="/{s}/index.html"' not in texts["/index.html"]: fail(f"hub lacks {s}")

# USCC check
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(v):
    if len(v) != 18 or any(c not in ALPHA for c in v): return False
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(v, W)) % 31
    return ALPHA[0 if r == 31 else r] == v[17]

NORM = {"phone": r"^(\+86\d{11}|0\d{9,11}|[48]00\d{7})$", "wechat": r"^[a-z0-9_\-]+$", "qq": r"^\d{5,11}$",
        "qq_group": r"^\d{5,11}$", "email": r"^[a-z0-9_.\-]+@[a-z0-9.\-]+$", "domain": r"^[a-z0-9.\-]+$"}

# page identifiers
owner = {}  # (kind,value) -> set of operators
pages_of = defaultdict(set)
for p in pages:
    t = texts.get(p["path"], "")
    if p["is_offer"] and not p["operator"]: fail(f"offer without operator {p['path']}")
    if not p["is_offer"] and p["operator"]: fail(f"non-offer with operator {p['path']}")
    for kind, value, written in p["identifiers"]:
        if written not in t: fail(f"{p['path']}: written form {written!r} not found")
        if kind == "uscc" and not uscc_ok(value): fail(f"bad USCC {value}")
        if kind in NORM and not re.match(NORM[kind], value): fail(f"not normalised {kind} {value}")
        owner.setdefault((kind, value), set()).add(p["operator"])
        pages_of[(kind, value)].add(p["path"])
for k, ops in owner.items():
    if len(ops) > 1: fail(f"identifier {k} shared by {sorted(ops)}")

# every written form of a seller identifier appears only on pages that claim it
written_of = defaultdict(set)
for p in pages:
    for kind, value, written in p["identifiers"]:
        written_of[(kind, value)].add(written)
for k, ws in written_of.items():
    for path, t in texts.items():
        if any(w in t for w in ws) and path not in pages_of[k]:
            fail(f"seller identifier {k} also appears on {path} without being listed")

# operators
by_op = defaultdict(list)
for p in pages:
    if p["operator"]: by_op[p["operator"]].append(p)
U = sorted(o for o in by_op if o.startswith("U"))
I = sorted(o for o in by_op if o.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]: fail(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {I}")
for o in U:
    ps = by_op[o]
    if not 3 <= len(ps) <= 4: fail(f"{o} has {len(ps)} pages")
    if len({p['path'].split('/')[1] for p in ps}) < 3: fail(f"{o} not spread over sites")
    # connectivity through shared identifiers
    comp, stack = {ps[0]["path"]}, [ps[0]]
    while stack:
        a = stack.pop(); ka = {(k, v) for k, v, _ in a["identifiers"]}
        for b in ps:
            if b["path"] not in comp and ka & {(k, v) for k, v, _ in b["identifiers"]}:
                comp.add(b["path"]); stack.append(b)
    if len(comp) != len(ps): fail(f"{o} pages not connected by shared identifiers")
    tb = truth["operators"].get(o)
    if not tb: fail(f"{o} missing in operators"); continue
    ids = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
    if ids != {tuple(x) for x in tb["identifiers"]}: fail(f"{o} identifiers mismatch")
    if {p["provider"] for p in ps} != set(tb["brands"]): fail(f"{o} brands mismatch")
for o in I:
    if len(by_op[o]) != 1: fail(f"{o} has {len(by_op[o])} pages")

# decoys
decoys = truth["decoys"]
seller_keys = set(owner)
for d in decoys:
    scan = sorted(path for path, t in texts.items() if any(w in t for w in d["written"]))
    if scan != sorted(d["pages"]): fail(f"decoy {d['value']} pages mismatch: {scan} vs {d['pages']}")
    for path in d["pages"]:
        if not any(w in texts.get(path, "") for w in d["written"]): fail(f"decoy {d['value']} absent on {path}")
    if (d["kind"], d["value"]) in seller_keys: fail(f"decoy {d['value']} is also a seller identifier")
multi = [d for d in decoys if len({p["operator"] for p in pages if p["path"] in d["pages"] and p["operator"]}) >= 2]

n_pages = len(pages); n_offers = sum(p["is_offer"] for p in pages)
if not 48 <= n_pages <= 56: fail(f"page count {n_pages}")
if not 8 <= len(sites) <= 11: fail(f"site count {len(sites)}")
if not 34 <= n_offers <= 40: fail(f"offer count {n_offers}")
if len(decoys) < 18: fail(f"decoys {len(decoys)}")

print(f"pages={n_pages} sites={len(sites)} offers={n_offers} non_offers={n_pages-n_offers} "
      f"operators={len(U)} operator_pages={sum(len(by_op[o]) for o in U)} independents={len(I)} "
      f"decoys={len(decoys)} decoys_across_sellers={len(multi)}")
if errors:
    print("\n".join("FAIL: " + e for e in errors)); sys.exit(1)
print("OK")
