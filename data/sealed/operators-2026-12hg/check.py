#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def fail(m): errs.append(m)

def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c): return False
    s = sum(ALPHA.index(ch) * W18[i] for i, ch in enumerate(c[:17]))
    r = 31 - s % 31
    return ALPHA[0 if r == 31 else r] == c[17]

NORM = {"phone": r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$", "wechat": r"^[a-z0-9_\-]+$", "qq": r"^\d{5,11}$",
        "qq_group": r"^\d{5,11}$", "email": r"^[a-z0-9_.\-]+@[a-z0-9.\-]+$", "domain": r"^[a-z0-9.\-]+$"}

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            full = os.path.join(dp, f)
            texts["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")): fail("robots.txt missing")

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts: continue
    seen.add(p)
    todo += re.findall(r"href=['\"](/[^'\"#]+\.html)['\"]", texts[p])
for p in texts:
    if p not in seen: fail(f"unreachable {p}")

paths = [p["path"] for p in t["pages"]]
if sorted(paths) != sorted(texts): fail("truth pages != html files")
def check_id(k, v, where):
    if k == "uscc":
        if not uscc_ok(v): fail(f"bad uscc {v} {where}")
    elif k in NORM and not re.match(NORM[k], v): fail(f"bad normalization {k} {v} {where}")
    elif k not in NORM and k != "other": fail(f"bad kind {k} {where}")

op_pages = defaultdict(list)
for p in t["pages"]:
    if p["path"] not in texts: fail(f"missing {p['path']}"); continue
    if p["is_offer"] != (p["operator"] is not None): fail(f"offer/operator mismatch {p['path']}")
    if p["operator"]: op_pages[p["operator"]].append(p["path"])
    for k, v, w in p["identifiers"]:
        check_id(k, v, p["path"])
        if w not in texts[p["path"]]: fail(f"written form {w!r} not on {p['path']}")
        if p["operator"] and p["operator"].startswith("U") and [k, v] not in t["operators"][p["operator"]]["identifiers"]:
            fail(f"{v} not in operator {p['operator']}")
for d in t["decoys"]:
    check_id(d["kind"], d["value"], "decoy")
    scan = sorted(p for p, x in texts.items() if any(w in x for w in d["written"]))
    if scan != sorted(d["pages"]): fail(f"decoy pages wrong {d['value']}")
    if not d["pages"]: fail(f"decoy unused {d['value']}")
    for pg in d["pages"]:
        if not any(w in texts[pg] for w in d["written"]): fail(f"decoy {d['value']} not on {pg}")

ops = sorted(o for o in op_pages if o.startswith("U"))
inds = sorted(o for o in op_pages if o.startswith("I"))
offers = sum(p["is_offer"] for p in t["pages"])
sites = {p.split("/")[1] for p in texts if p.count("/") == 2}
if not 48 <= len(texts) <= 56: fail(f"page count {len(texts)}")
if not 8 <= len(sites) <= 11: fail(f"site count {len(sites)}")
if not 34 <= offers <= 40: fail(f"offer count {offers}")
if ops != [f"U0{i}" for i in range(1, 10)]: fail(f"operators {ops}")
if inds != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {inds}")
for o in ops:
    if not 3 <= len(op_pages[o]) <= 4: fail(f"{o} has {len(op_pages[o])} pages")
    if len({p.split('/')[1] for p in op_pages[o]}) < 2: fail(f"{o} on one site only")
for o in inds:
    if len(op_pages[o]) != 1: fail(f"{o} pages")
if len(t["decoys"]) < 18: fail("too few decoys")
# independents share nothing with anyone
idx = defaultdict(set)
for p in t["pages"]:
    for k, v, w in p["identifiers"]: idx[(k, v)].add(p["operator"])
for key, o in idx.items():
    if len(o) > 1: fail(f"identifier {key} shared by {o}")
dk = Counter(d["kind"] for d in t["decoys"])
print(f"pages={len(texts)} sites={len(sites)} offers={offers} non_offers={len(texts)-offers} operators={len(ops)} "
      f"operator_pages={sum(len(op_pages[o]) for o in ops)} independents={len(inds)} decoys={len(t['decoys'])} "
      f"decoy_kinds={dict(sorted(dk.items()))} errors={len(errs)}")
for e in errs: print("FAIL:", e, file=sys.stderr)
sys.exit(1 if errs else 0)
