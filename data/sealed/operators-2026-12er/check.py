#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys, html
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []

def fail(msg):
    errors.append(msg)

def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind == "uscc":
        return uscc_ok(v)
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    return kind in KINDS

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _dn, fns in os.walk(SITE):
    for fn in fns:
        if fn.endswith(".html"):
            fp = os.path.join(dp, fn)
            texts["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

pages = {p["path"]: p for p in truth["pages"]}
if set(pages) != set(texts):
    fail(f"truth/site mismatch: {sorted(set(pages) ^ set(texts))}")

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts:
        continue
    seen.add(p)
    for h in re.findall(r'href="(/[^"#]*)', texts[p]):
        todo.append(h)
if seen != set(texts):
    fail(f"unreachable: {sorted(set(texts) - seen)}")

sites = {p.split("/")[1] for p in texts if p != "/index.html"}
hub = texts.get("/index.html", "")
for s in sites:
    if f'href="/{s}/index.html"' not in hub:
        fail(f"hub does not link /{s}/index.html")

def in_page(path, w):
    t = texts.get(path, "")
    return w in t or w in html.unescape(t)

# page identifiers
owner = {}
for p in truth["pages"]:
    if p["path"] not in texts:
        fail(f"missing page {p['path']}")
        continue
    if not p["is_offer"] and (p["operator"] or p["identifiers"]):
        fail(f"non-offer with operator/identifiers: {p['path']}")
    if p["is_offer"] and not p["operator"]:
        fail(f"offer without operator: {p['path']}")
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS or not norm_ok(kind, value):
            fail(f"bad identifier {kind} {value} on {p['path']}")
        if not in_page(p["path"], written):
            fail(f"written form {written!r} not on {p['path']}")
        owner.setdefault((kind, value), set()).add(p["operator"])

# seller identifiers do not leak to pages of other sellers
for p in truth["pages"]:
    for kind, value, written in p["identifiers"]:
        for q in truth["pages"]:
            if q["operator"] and q["operator"] != p["operator"] and in_page(q["path"], written):
                fail(f"{written!r} of {p['operator']} also on {q['path']} ({q['operator']})")

offers = [p for p in truth["pages"] if p["is_offer"]]
by_op = defaultdict(list)
for p in offers:
    by_op[p["operator"]].append(p)
ops = sorted(o for o in by_op if o.startswith("U"))
inds = sorted(o for o in by_op if o.startswith("I"))
if ops != [f"U0{i}" for i in range(1, 10)]:
    fail(f"operators {ops}")
if inds != [f"I0{i}" for i in range(1, 7)]:
    fail(f"independents {inds}")
for o in ops:
    ps = by_op[o]
    if not 3 <= len(ps) <= 4:
        fail(f"{o} has {len(ps)} pages")
    if len({p['path'].split('/')[1] for p in ps}) < 2:
        fail(f"{o} on one site only")
    # connectivity through shared identifier values
    comp = {ps[0]["path"]}
    changed = True
    while changed:
        changed = False
        vals = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps):
        fail(f"{o} pages not connected by shared identifiers")
    tops = {tuple(x) for x in truth["operators"][o]["identifiers"]}
    if tops != {(k, v) for p in ps for k, v, _ in p["identifiers"]}:
        fail(f"{o} operator identifiers differ from page union")
    if set(truth["operators"][o]["brands"]) != {p["provider"] for p in ps}:
        fail(f"{o} brands differ")
for o in inds:
    if len(by_op[o]) != 1:
        fail(f"{o} has {len(by_op[o])} pages")
for key, os_ in owner.items():
    if len(os_) > 1:
        fail(f"identifier {key} shared by {sorted(os_)}")

# decoys
dkinds = set()
seller_vals = set(owner)
for d in truth["decoys"]:
    dkinds.add(d["kind"])
    if not norm_ok(d["kind"], d["value"]):
        fail(f"bad decoy value {d['value']}")
    if (d["kind"], d["value"]) in seller_vals:
        fail(f"decoy {d['value']} is also a seller identifier")
    actual = sorted(p for p in texts if any(in_page(p, w) for w in d["written"]))
    if actual != sorted(d["pages"]):
        fail(f"decoy {d['value']} pages {d['pages']} != scanned {actual}")
    for path in d["pages"]:
        if not any(in_page(path, w) for w in d["written"]):
            fail(f"decoy {d['value']} not on {path}")
    for w in d["written"]:
        if not any(in_page(path, w) for path in d["pages"]):
            fail(f"decoy written form {w!r} appears nowhere")
    sellers = {pages[p]["operator"] for p in d["pages"] if pages[p]["operator"]}
    if len(sellers) < 2:
        fail(f"decoy {d['value']} touches fewer than 2 sellers: {sellers}")
if len(truth["decoys"]) < 18:
    fail("fewer than 18 decoys")
if dkinds != KINDS:
    fail(f"decoy kinds missing: {KINDS - dkinds}")

n, no = len(texts), len(offers)
if not 48 <= n <= 56: fail(f"{n} pages")
if not 8 <= len(sites) <= 11: fail(f"{len(sites)} sites")
if not 35 <= no <= 39: fail(f"{no} offers")

print(f"pages={n} sites={len(sites)} offers={no} non_offers={n-no} operators={len(ops)} "
      f"operator_pages={sum(len(by_op[o]) for o in ops)} independents={len(inds)} "
      f"decoys={len(truth['decoys'])} decoy_kinds={len(dkinds)}")
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
