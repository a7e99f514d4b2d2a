#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print counts."""
import json, os, re, sys, html
from collections import defaultdict, deque

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
errs = []
def fail(m): errs.append(m)

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
pages = truth["pages"]
text = {}
for p in pages:
    fp = os.path.join(SITE, p["path"].lstrip("/"))
    if not p["path"].startswith("/") or not os.path.isfile(fp):
        fail(f"missing page {p['path']}"); continue
    text[p["path"]] = html.unescape(open(fp, encoding="utf-8").read())

# all html on disk is in truth
disk = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            disk.add("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/"))
if disk != set(text):
    fail(f"pages on disk vs truth differ: {sorted(disk ^ set(text))}")
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

# reachability from hub
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    cur = q.popleft()
    for href in re.findall(r'href="([^"]+)"', text.get(cur, "")):
        if href.startswith("/") and href in text and href not in seen:
            seen.add(href); q.append(href)
if seen != set(text): fail(f"unreachable: {sorted(set(text) - seen)}")
sites = sorted({p.split("/")[1] for p in text if p.count("/") == 2})
hub = text.get("/index.html", "")
for s in sites:
    if f'href="/{s}/index.html"' not in hub: fail(f"hub does not link /{s}/index.html")

# normalization and USCC check
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return c[17] == ALPH[0 if r == 31 else r]
def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"): return v == v.lower()
    if kind in ("qq", "qq_group"): return v.isdigit()
    if kind == "uscc": return uscc_ok(v)
    return kind == "other"
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}

ops = truth["operators"]
op_pages = defaultdict(list)
owner = {}  # (kind,value) -> set of sellers
for p in pages:
    t = text.get(p["path"], "")
    if not p["is_offer"] and p["operator"] is not None: fail(f"non-offer with operator {p['path']}")
    if p["is_offer"] and not p["operator"]: fail(f"offer without operator {p['path']}")
    for kind, val, wr in p["identifiers"]:
        if kind not in KINDS or not norm_ok(kind, val): fail(f"bad identifier {kind} {val} on {p['path']}")
        if wr not in t: fail(f"written form {wr!r} not on {p['path']}")
        if p["operator"]: owner.setdefault((kind, val), set()).add(p["operator"])
    if p["operator"]: op_pages[p["operator"]].append(p)
for k, s in owner.items():
    if len(s) > 1: fail(f"identifier {k} shared by sellers {s}")

for oid, o in ops.items():
    for kind, val in o["identifiers"]:
        if not norm_ok(kind, val): fail(f"bad operator identifier {oid} {kind} {val}")
    ps = op_pages.get(oid, [])
    if not 3 <= len(ps) <= 4: fail(f"{oid} has {len(ps)} pages")
    if len({p['path'].split('/')[1] for p in ps}) < 2: fail(f"{oid} on one site only")
    declared = {tuple(x) for x in o["identifiers"]}
    for p in ps:
        for kind, val, _ in p["identifiers"]:
            if (kind, val) not in declared: fail(f"{oid} page {p['path']} id {kind} {val} not declared")
        if p["provider"] not in o["brands"]: fail(f"{oid} provider {p['provider']} not in brands")
    # connectivity through shared identifiers
    if ps:
        comp, q = {0}, deque([0])
        while q:
            i = q.popleft()
            a = {(k, v) for k, v, _ in ps[i]["identifiers"]}
            for j, pj in enumerate(ps):
                if j not in comp and a & {(k, v) for k, v, _ in pj["identifiers"]}:
                    comp.add(j); q.append(j)
        if len(comp) != len(ps): fail(f"{oid} pages not connected by shared identifiers")
indep = sorted(k for k in op_pages if k.startswith("I"))
for k in indep:
    if len(op_pages[k]) != 1: fail(f"{k} has {len(op_pages[k])} pages")

# decoys
decoys = truth["decoys"]
seller_vals = set(owner)
dkinds = set()
for d in decoys:
    if (d["kind"], d["value"]) in seller_vals: fail(f"decoy {d['value']} is a seller identifier")
    found = sorted(path for path, t in text.items() if any(w in t for w in d["written"]))
    if found != sorted(d["pages"]): fail(f"decoy {d['value']} pages mismatch: {found} vs {d['pages']}")
    for path in d["pages"]:
        if not any(w in text.get(path, "") for w in d["written"]): fail(f"decoy {d['value']} not on {path}")
    sellers = {p["operator"] for p in pages if p["path"] in d["pages"] and p["operator"]}
    if len(sellers) < 2: fail(f"decoy {d['value']} touches {len(sellers)} sellers")
    dkinds.add(d["kind"])

n_html = len(text); n_offer = sum(p["is_offer"] for p in pages)
u = sorted(k for k in op_pages if k.startswith("U"))
if not 48 <= n_html <= 56: fail(f"{n_html} html pages")
if not 8 <= len(sites) <= 11: fail(f"{len(sites)} sites")
if not 33 <= n_offer <= 41: fail(f"{n_offer} offers")
if u != [f"U0{i}" for i in range(1, 10)] or set(ops) != set(u): fail(f"operators {u}")
if indep != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {indep}")
if len(decoys) < 18: fail(f"{len(decoys)} decoys")

print(f"pages={n_html} sites={len(sites)} offers={n_offer} non_offers={n_html - n_offer} "
      f"operators={len(u)} operator_pages={sum(len(op_pages[k]) for k in u)} independents={len(indep)} "
      f"decoys={len(decoys)} decoy_kinds={len(dkinds)}")
if errs:
    for e in errs: print("FAIL:", e)
    sys.exit(1)
print("OK")
