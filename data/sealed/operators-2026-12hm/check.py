#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict, deque

AL = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
def uscc_ok(c):
    if len(c) != 18 or any(ch not in AL for ch in c): return False
    r = 31 - sum(AL.index(ch)*w for ch, w in zip(c[:17], W)) % 31
    return c[17] == AL[0 if r == 31 else r]

errs = []
def fail(m): errs.append(m)
T = json.load(open("truth.json", encoding="utf-8"))
pages = T["pages"]
html = {}
for p in pages:
    fp = "site" + p["path"]
    if not os.path.isfile(fp): fail("missing " + p["path"]); continue
    html[p["path"]] = open(fp, encoding="utf-8").read()
on_disk = {"/" + os.path.relpath(os.path.join(d, f), "site").replace(os.sep, "/")
           for d, _, fs in os.walk("site") for f in fs if f.endswith(".html")}
if on_disk != set(html): fail(f"pages on disk vs truth differ: {on_disk ^ set(html)}")
if not os.path.isfile("site/robots.txt"): fail("no robots.txt")

# reachability from hub
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    for href in re.findall(r'href="(/[^"#]*\.html)"', html.get(q.popleft(), "")):
        if href not in seen:
            seen.add(href)
            if href not in html: fail("broken link " + href)
            else: q.append(href)
if set(html) - seen: fail(f"unreachable: {sorted(set(html) - seen)}")

norm = {"phone": re.compile(r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$")}
for p in pages:
    h = html.get(p["path"], "")
    for k, v, w in p["identifiers"]:
        if w not in h: fail(f"{p['path']}: written form {w!r} not found")
        if k == "phone" and not norm["phone"].match(v): fail(f"bad phone {v}")
        if k in ("wechat", "email", "domain") and v != v.lower(): fail(f"not lower {v}")
        if k == "uscc" and not uscc_ok(v): fail(f"bad uscc {v}")
    if p["is_offer"] and not p["operator"]: fail(f"offer without operator {p['path']}")
    if not p["is_offer"] and (p["operator"] or p["identifiers"]): fail(f"non-offer with operator {p['path']}")

offers = [p for p in pages if p["is_offer"]]
sites = {p["path"].split("/")[1] for p in pages if p["path"] != "/index.html"}
byop = defaultdict(list)
for p in offers: byop[p["operator"]].append(p)
U = sorted(o for o in byop if o.startswith("U")); I = sorted(o for o in byop if o.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]: fail(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {I}")
owner = defaultdict(set)
for p in offers:
    for k, v, w in p["identifiers"]: owner[(k, v)].add(p["operator"])
for key, os_ in owner.items():
    if len(os_) > 1: fail(f"identifier {key} shared across {os_}")
for o in U:
    ps = byop[o]
    if not 3 <= len(ps) <= 4: fail(f"{o} has {len(ps)} pages")
    if len({p["path"].split('/')[1] for p in ps}) < 2: fail(f"{o} on one site only")
    # chain connectivity through shared identifiers
    comp, stack = {0}, [0]
    while stack:
        a = stack.pop(); ia = {(k, v) for k, v, _ in ps[a]["identifiers"]}
        for b in range(len(ps)):
            if b not in comp and ia & {(k, v) for k, v, _ in ps[b]["identifiers"]}:
                comp.add(b); stack.append(b)
    if len(comp) != len(ps): fail(f"{o} pages not chained")
    ops = T["operators"].get(o)
    if not ops: fail(f"{o} missing in operators"); continue
    ids = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
    if ids != {tuple(x) for x in ops["identifiers"]}: fail(f"{o} identifiers mismatch")
for o in I:
    if len(byop[o]) != 1: fail(f"{o} pages {len(byop[o])}")

dec = T["decoys"]
kinds = {d["kind"] for d in dec}
for d in dec:
    actual = sorted(pth for pth, h in html.items() if any(w in h for w in d["written"]))
    if not d["pages"]: fail(f"decoy {d['value']} has no pages")
    for pth in d["pages"]:
        if not any(w in html.get(pth, "") for w in d["written"]): fail(f"decoy {d['value']} not on {pth}")
    if actual != sorted(d["pages"]): fail(f"decoy {d['value']} pages differ from scan")
    if (d["kind"], d["value"]) in owner: fail(f"decoy {d['value']} is also a seller identifier")

n = len(pages)
if not 48 <= n <= 56: fail(f"page count {n}")
if not 8 <= len(sites) <= 11: fail(f"site count {len(sites)}")
if not 34 <= len(offers) <= 40: fail(f"offer count {len(offers)}")
if len(dec) < 18: fail(f"decoys {len(dec)}")
need = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
if need - kinds: fail(f"decoy kinds missing {need - kinds}")

print(f"pages={n} sites={len(sites)} offers={len(offers)} non_offers={n-len(offers)} "
      f"operators={len(U)} operator_pages={sum(len(byop[o]) for o in U)} independents={len(I)} decoys={len(dec)}")
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
