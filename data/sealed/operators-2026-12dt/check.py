#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def fail(m): errs.append(m)

def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c): return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18)) % 31
    return c[17] == ALPHA[0 if r == 31 else r]

def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"): return v == v.lower()
    if kind in ("qq", "qq_group"): return v.isdigit()
    if kind == "uscc": return uscc_ok(v)
    return kind == "other"

t = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
html = {}
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            html[p] = open(os.path.join(root, f), encoding="utf-8").read()
paths = [p["path"] for p in t["pages"]]
if set(paths) != set(html): fail(f"truth/site page mismatch: {set(paths) ^ set(html)}")
if not os.path.exists(os.path.join(SITE, "robots.txt")): fail("no robots.txt")
# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html: continue
    seen.add(p)
    todo += [h.split("#")[0] for h in re.findall(r"href=['\"](/[^'\"]*)['\"]", html[p])]
if set(html) - seen: fail(f"unreachable: {set(html) - seen}")

ops_pages = defaultdict(list); ind_pages = defaultdict(list)
for pg in t["pages"]:
    h = html.get(pg["path"], "")
    if not pg["is_offer"] and pg["operator"]: fail(f"non-offer with operator {pg['path']}")
    if pg["is_offer"] and not pg["operator"]: fail(f"offer without operator {pg['path']}")
    for k, v, w in pg["identifiers"]:
        if w not in h: fail(f"{pg['path']}: written form {w!r} missing")
        if not norm_ok(k, v): fail(f"{pg['path']}: bad normalized {k} {v}")
    o = pg["operator"]
    if o and o.startswith("U"): ops_pages[o].append(pg["path"])
    if o and o.startswith("I"): ind_pages[o].append(pg["path"])

op_ids = set()
for o, d in t["operators"].items():
    for k, v in d["identifiers"]: op_ids.add((k, v))
    n = len(ops_pages[o])
    if not 3 <= n <= 4: fail(f"{o} has {n} pages")
    if len({p.split('/')[1] for p in ops_pages[o]}) < 2: fail(f"{o} on one site only")
    # connectivity of the operator's pages through shared identifiers
    pi = {p: {(k, v) for pg in t["pages"] if pg["path"] == p for k, v, _ in pg["identifiers"]} for p in ops_pages[o]}
    comp, stack = set(), [ops_pages[o][0]]
    while stack:
        a = stack.pop()
        if a in comp: continue
        comp.add(a); stack += [b for b in pi if b not in comp and pi[a] & pi[b]]
    if comp != set(pi): fail(f"{o} pages not chained by identifiers")
if sorted(t["operators"]) != [f"U0{i}" for i in range(1, 10)]: fail("operators not U01-U09")
if sorted(ind_pages) != [f"I0{i}" for i in range(1, 7)] or any(len(v) != 1 for v in ind_pages.values()):
    fail("independents not I01-I06 with one page each")
# independents share nothing with anyone
owner = defaultdict(set)
for pg in t["pages"]:
    for k, v, _ in pg["identifiers"]:
        if pg["operator"]: owner[(k, v)].add(pg["operator"])
for key, os_ in owner.items():
    if len(os_) > 1: fail(f"identifier {key} shared across sellers {os_}")

kinds = Counter()
for d in t["decoys"]:
    kinds[d["kind"]] += 1
    scanned = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if scanned != sorted(d["pages"]): fail(f"decoy {d['value']} pages mismatch")
    for p in d["pages"]:
        if not any(w in html.get(p, "") for w in d["written"]): fail(f"decoy {d['value']} missing on {p}")
    if (d["kind"], d["value"]) in op_ids: fail(f"decoy {d['value']} is an operator identifier")
    if not norm_ok(d["kind"], d["value"]): fail(f"decoy bad normalized {d['value']}")
missing_kinds = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"} - set(kinds)
if missing_kinds: fail(f"decoy kinds missing: {missing_kinds}")

n_pages = len(html); n_off = sum(p["is_offer"] for p in t["pages"])
sites = {p.split("/")[1] for p in html if p.count("/") >= 2}
if not 48 <= n_pages <= 56: fail(f"page count {n_pages}")
if not 8 <= len(sites) <= 11: fail(f"site count {len(sites)}")
if not 34 <= n_off <= 40: fail(f"offer count {n_off}")
if len(t["decoys"]) < 18: fail("fewer than 18 decoys")

print(f"pages={n_pages} sites={len(sites)} offers={n_off} non_offers={n_pages - n_off} "
      f"operators={len(t['operators'])} operator_pages={sum(map(len, ops_pages.values()))} "
      f"independents={len(ind_pages)} decoys={len(t['decoys'])} decoy_kinds={len(kinds)}")
for e in errs: print("FAIL:", e, file=sys.stderr)
sys.exit(1 if errs else 0)
