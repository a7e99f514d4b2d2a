#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict, deque

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def fail(m): errs.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18)); r = 31 - s % 31
    return c[17] == ALPHA[0 if r == 31 else r]

NORM = {
 "phone": lambda v: re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v),
 "wechat": lambda v: v == v.lower() and re.fullmatch(r"[a-z][a-z0-9_-]{4,19}", v),
 "qq": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
 "qq_group": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
 "email": lambda v: v == v.lower() and re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", v),
 "uscc": uscc_ok,
 "domain": lambda v: v == v.lower() and re.fullmatch(r"[a-z0-9.-]+\.[a-z]+", v),
 "other": lambda v: bool(v),
}

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
files = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            files[p] = open(os.path.join(dp, f), encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")
if "/index.html" not in files: fail("hub missing")

pages = {p["path"]: p for p in truth["pages"]}
for p in pages:
    if p not in files: fail(f"truth path missing: {p}")
for p in files:
    if p not in pages: fail(f"page not in truth: {p}")

# reachability from hub
seen = {"/index.html"}; dq = deque(["/index.html"])
while dq:
    cur = dq.popleft()
    for h in re.findall(r'href="(/[^"#?]*)"', files.get(cur, "")):
        if h in files and h not in seen:
            seen.add(h); dq.append(h)
for p in files:
    if p not in seen: fail(f"unreachable: {p}")
hub_links = set(re.findall(r'href="(/[^"]*)"', files["/index.html"]))
sites = sorted({p.split("/")[1] for p in files if p.count("/") == 2})
for s in sites:
    if f"/{s}/index.html" not in files: fail(f"site without index: {s}")
    if f"/{s}/index.html" not in hub_links: fail(f"hub does not link {s}")

seller_vals = defaultdict(set)  # (kind,value) -> pages
for p in pages.values():
    op = p["operator"]
    if not p["is_offer"]:
        if op is not None: fail(f"non-offer with operator: {p['path']}")
        continue
    if not op or not re.fullmatch(r"[UI]0\d", op): fail(f"offer without operator: {p['path']}")
    if not p["provider"]: fail(f"offer without provider: {p['path']}")
    for kind, val, written in p["identifiers"]:
        if kind not in NORM or not NORM[kind](val): fail(f"bad normalized {kind} {val} on {p['path']}")
        if written not in files.get(p["path"], ""): fail(f"written form {written!r} not on {p['path']}")
        seller_vals[(kind, val)].add(p["path"])

offers = [p for p in pages.values() if p["is_offer"]]
by_op = defaultdict(list)
for p in offers: by_op[p["operator"]].append(p)
U = sorted(o for o in by_op if o.startswith("U")); I = sorted(o for o in by_op if o.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]: fail(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {I}")
for o in U:
    ps = by_op[o]
    if not 3 <= len(ps) <= 4: fail(f"{o} has {len(ps)} pages")
    if len({p["path"].split('/')[1] for p in ps}) < 2: fail(f"{o} on a single site")
    # connectivity through shared identifier values
    paths = [p["path"] for p in ps]; adj = defaultdict(set)
    for a in ps:
        va = {(k, v) for k, v, _ in a["identifiers"]}
        for b in ps:
            if a is not b and va & {(k, v) for k, v, _ in b["identifiers"]}:
                adj[a["path"]].add(b["path"])
    comp = {paths[0]}; st = [paths[0]]
    while st:
        for n in adj[st.pop()]:
            if n not in comp: comp.add(n); st.append(n)
    if comp != set(paths): fail(f"{o} pages not connected by identifiers")
    tops = truth["operators"].get(o)
    if not tops: fail(f"{o} missing in operators")
    else:
        for k, v, _ in [i for p in ps for i in p["identifiers"]]:
            if [k, v] not in tops["identifiers"]: fail(f"{o} operators lacks {k} {v}")
# identifiers must not cross operators
for kv, ps in seller_vals.items():
    ops = {pages[x]["operator"] for x in ps}
    if len(ops) > 1: fail(f"identifier {kv} shared by {ops}")
for o in I:
    if len(by_op[o]) != 1: fail(f"{o} has {len(by_op[o])} pages")

decoys = truth["decoys"]
cats = {d.get("category") for d in decoys}
need = {"hotline", "official_site", "platform_footer", "warning", "not_a_phone", "placeholder", "reader", "third_party"}
if len(decoys) < 18: fail("fewer than 18 decoys")
if not need <= cats: fail(f"decoy categories missing: {need - cats}")
cross = 0
for d in decoys:
    scan = sorted(p for p, t in files.items() if any(w in t for w in d["written"]))
    if scan != sorted(d["pages"]): fail(f"decoy {d['value']} pages mismatch")
    for p in d["pages"]:
        if not any(w in files[p] for w in d["written"]): fail(f"decoy {d['value']} not on {p}")
    for w in d["written"]:
        if not any(w in files[p] for p in d["pages"]): fail(f"decoy written {w} appears nowhere")
    if len(d["pages"]) < 2: fail(f"decoy {d['value']} on fewer than 2 pages")
    if (d["kind"], d["value"]) in seller_vals: fail(f"decoy {d['value']} is also a seller identifier")
    sellers = {pages[p]["operator"] for p in d["pages"] if pages[p]["operator"]}
    if len(sellers) >= 2: cross += 1

n_html = len(files)
if not 48 <= n_html <= 56: fail(f"{n_html} html pages")
if not 8 <= len(sites) <= 11: fail(f"{len(sites)} sites")
if not 34 <= len(offers) <= 40: fail(f"{len(offers)} offers")

print(f"pages={n_html} sites={len(sites)} offers={len(offers)} non_offers={n_html-len(offers)} "
      f"operators={len(U)} operator_pages={sum(len(by_op[o]) for o in U)} independents={len(I)} "
      f"decoys={len(decoys)} decoys_across_sellers={cross} decoy_kinds={len(cats)}")
if errs:
    for e in errs: print("FAIL:", e)
    sys.exit(1)
print("OK")
