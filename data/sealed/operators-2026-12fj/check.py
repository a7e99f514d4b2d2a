#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
errs = []
def err(m): errs.append(m)

def uscc_ok(v):
    if len(v) != 18 or any(c not in ALPH for c in v): return False
    s = sum(ALPH.index(c) * pow(3, i, 31) for i, c in enumerate(v[:17]))
    r = 31 - s % 31
    return ALPH[0 if r == 31 else r] == v[17]

NORM = {"phone": re.compile(r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$"),
        "wechat": re.compile(r"^[a-z0-9_\-]+$"), "qq": re.compile(r"^\d{5,11}$"),
        "qq_group": re.compile(r"^\d{5,11}$"), "email": re.compile(r"^[a-z0-9_.\-]+@[a-z0-9.\-]+$"),
        "domain": re.compile(r"^[a-z0-9.\-]+\.[a-z]+$"), "uscc": re.compile(r"^[0-9A-Z]{18}$"), "other": re.compile(r".+")}

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            html[p] = open(os.path.join(dp, f), encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")): err("robots.txt missing")
tp = {p["path"]: p for p in t["pages"]}
if set(tp) != set(html): err(f"truth/site page mismatch: {set(tp) ^ set(html)}")

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html: continue
    seen.add(p)
    todo += re.findall(r"href=['\"](/[^'\"]+\.html)['\"]", html[p])
for p in html:
    if p not in seen: err(f"unreachable: {p}")

owner_ids = defaultdict(set)
for p in t["pages"]:
    if p["path"] not in html: err(f"missing page {p['path']}"); continue
    if p["is_offer"] != (p["operator"] is not None): err(f"offer/operator mismatch {p['path']}")
    for kind, value, written in p["identifiers"]:
        if kind not in NORM or not NORM[kind].match(value): err(f"bad normalization {kind} {value} on {p['path']}")
        if kind == "uscc" and not uscc_ok(value): err(f"bad USCC check char {value}")
        if written not in html[p["path"]]: err(f"written form {written!r} not on {p['path']}")
        owner_ids[(kind, value)].add(p["operator"])
for k, owners in owner_ids.items():
    if len(owners) > 1: err(f"identifier {k} shared by sellers {owners}")

# operators: pages connected through shared identifiers; independents share nothing
ops = defaultdict(list)
for p in t["pages"]:
    if p["operator"]: ops[p["operator"]].append(p)
for op, pages in ops.items():
    if op.startswith("I"):
        if len(pages) != 1: err(f"independent {op} has {len(pages)} pages")
        continue
    if not 3 <= len(pages) <= 4: err(f"{op} has {len(pages)} offer pages")
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in pages]
    comp, frontier = {0}, [0]
    while frontier:
        i = frontier.pop()
        for j in range(len(pages)):
            if j not in comp and sets[i] & sets[j]: comp.add(j); frontier.append(j)
    if len(comp) != len(pages): err(f"{op} pages not chained by identifiers")
    decl = {tuple(x) for x in t["operators"][op]["identifiers"]}
    if decl != set().union(*sets): err(f"{op} operator identifiers differ from its pages")
    if len({p["provider"] for p in pages}) < 2: err(f"{op} uses a single brand")
    if len({p["path"].split("/")[1] for p in pages}) < 2: err(f"{op} on a single site")

# seller written forms must not leak onto another seller's offer page
for p in t["pages"]:
    for q in t["pages"]:
        if q["operator"] and p["operator"] and q["operator"] != p["operator"]:
            for _, _, w in p["identifiers"]:
                if w in html[q["path"]]: err(f"{w!r} of {p['operator']} leaks onto {q['path']}")

# decoys
kinds = set()
for d in t["decoys"]:
    kinds.add(d["kind"])
    actual = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if actual != sorted(d["pages"]): err(f"decoy {d['value']} pages differ: {actual}")
    for pg in d["pages"]:
        if not any(w in html.get(pg, "") for w in d["written"]): err(f"decoy {d['value']} not on {pg}")
    if (d["kind"], d["value"]) in owner_ids: err(f"decoy {d['value']} is also a seller identifier")
    if len(d["pages"]) < 2: err(f"decoy {d['value']} on fewer than 2 pages")

n_pages = len(html); n_off = sum(p["is_offer"] for p in t["pages"])
sites = {p.split("/")[1] for p in html if p != "/index.html"}
U = sorted(k for k in ops if k.startswith("U")); I = sorted(k for k in ops if k.startswith("I"))
if not 48 <= n_pages <= 56: err(f"page count {n_pages}")
if not 8 <= len(sites) <= 11: err(f"site count {len(sites)}")
if not 35 <= n_off <= 39: err(f"offer count {n_off}")
if len(U) != 9 or len(I) != 6: err(f"operators {U} independents {I}")
if len(t["decoys"]) < 18: err("fewer than 18 decoys")
print(f"pages={n_pages} sites={len(sites)} offers={n_off} non_offers={n_pages - n_off} "
      f"operators={len(U)} independents={len(I)} decoys={len(t['decoys'])} decoy_kinds={len(kinds)}")
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
