#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints counts."""
import json, os, re, sys
from html.parser import HTMLParser

BASE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(BASE, "site")
truth = json.load(open(os.path.join(BASE, "truth.json"), encoding="utf-8"))
errors = []
def err(m): errors.append(m)

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPH for ch in c): return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c, W)) % 31
    return c[17] == ALPH[0 if r == 31 else r]

def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("qq", "qq_group"): return bool(re.fullmatch(r"[1-9]\d{4,11}", v))
    if kind in ("wechat", "email", "domain"): return v == v.lower()
    if kind == "uscc": return uscc_ok(v)
    return kind == "other"

def bounded_find(text, w):
    i = text.find(w)
    while i >= 0:
        a = text[i - 1] if i > 0 else " "
        b = text[i + len(w)] if i + len(w) < len(text) else " "
        if not ((a.isascii() and a.isalnum()) or (b.isascii() and b.isalnum())):
            return True
        i = text.find(w, i + 1)
    return False

# files
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
html = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing")

tpaths = [p["path"] for p in truth["pages"]]
if len(set(tpaths)) != len(tpaths): err("duplicate paths in truth")
for p in tpaths:
    if p not in files: err(f"missing page {p}")
for f in files - set(tpaths): err(f"page not in truth: {f}")

# reachability
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v: s.links.append(v.split("#")[0])
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    l = L(); l.feed(html.get(cur, ""))
    for h in l.links:
        if not h.startswith("/"):
            h = os.path.normpath(os.path.join(os.path.dirname(cur), h)).replace(os.sep, "/")
        if h in html and h not in seen:
            seen.add(h); todo.append(h)
for f in files - seen: err(f"unreachable from hub: {f}")
hub_links = L(); hub_links.feed(html["/index.html"])
sites = sorted({p.split("/")[1] for p in files if p.count("/") >= 2})
for s in sites:
    if f"/{s}/index.html" not in hub_links.links: err(f"hub does not link /{s}/index.html")

# pages
ops_pages, op_ids, offers = {}, {}, 0
for p in truth["pages"]:
    h = html.get(p["path"], "")
    if p["is_offer"]:
        offers += 1
        if not p["operator"] or not p["provider"]: err(f"offer without operator/provider {p['path']}")
    elif p["operator"] is not None or p["identifiers"]:
        err(f"non-offer with operator/identifiers {p['path']}")
    for kind, v, w in p["identifiers"]:
        if w not in h: err(f"{p['path']}: written form {w!r} not found")
        if not norm_ok(kind, v): err(f"{p['path']}: bad normalization {kind} {v}")
    if p["operator"]:
        ops_pages.setdefault(p["operator"], []).append(p)
        for kind, v, _ in p["identifiers"]:
            op_ids.setdefault((kind, v), set()).add(p["operator"])

U = sorted(o for o in ops_pages if o.startswith("U"))
I = sorted(o for o in ops_pages if o.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]: err(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]: err(f"independents {I}")
for o in U:
    ps = ops_pages[o]
    if not 3 <= len(ps) <= 4: err(f"{o} has {len(ps)} pages")
    # connectivity through shared identifier values
    comp, grow = {ps[0]["path"]}, True
    while grow:
        grow = False
        vals = {(k, v) for q in ps if q["path"] in comp for k, v, _ in q["identifiers"]}
        for q in ps:
            if q["path"] not in comp and any((k, v) in vals for k, v, _ in q["identifiers"]):
                comp.add(q["path"]); grow = True
    if len(comp) != len(ps): err(f"{o} pages not connected by shared identifiers")
    if len({p["path"].split("/")[1] for p in ps}) < 2: err(f"{o} on one site only")
    exp = truth["operators"].get(o)
    ids = {(k, v) for q in ps for k, v, _ in q["identifiers"]}
    if not exp or {tuple(x) for x in exp["identifiers"]} != ids: err(f"{o} operators entry mismatch")
    elif set(exp["brands"]) != {q["provider"] for q in ps}: err(f"{o} brands mismatch")
for o in I:
    if len(ops_pages[o]) != 1: err(f"{o} has {len(ops_pages[o])} pages")
for (k, v), os_ in op_ids.items():
    if len(os_) > 1: err(f"identifier {k} {v} shared by {sorted(os_)}")

# decoys
seller_vals = {v for (_, v) in op_ids}
for d in truth["decoys"]:
    if d["value"] in seller_vals: err(f"decoy {d['value']} is a seller identifier")
    if not norm_ok(d["kind"], d["value"]): err(f"decoy bad normalization {d}")
    scan = sorted(p for p, h in html.items() if any(bounded_find(h, w) for w in d["written"]))
    if scan != sorted(d["pages"]): err(f"decoy {d['value']} pages mismatch: {scan} vs {d['pages']}")
    for p in d["pages"]:
        if not any(w in html.get(p, "") for w in d["written"]): err(f"decoy {d['value']} not on {p}")
    owners = {q["operator"] for q in truth["pages"] if q["path"] in d["pages"] and q["operator"]}
    if len(d["pages"]) < 2: err(f"decoy {d['value']} appears on <2 pages")
    d["_owners"] = owners
cross = sum(1 for d in truth["decoys"] if len(d["_owners"]) >= 2)

n = len(files)
if not 48 <= n <= 56: err(f"{n} pages")
if not 8 <= len(sites) <= 11: err(f"{len(sites)} sites")
if not 33 <= offers <= 41: err(f"{offers} offers")
if len(truth["decoys"]) < 18: err("fewer than 18 decoys")

print(f"pages={n} sites={len(sites)} offers={offers} non_offers={n - offers} operators={len(U)} "
      f"operator_pages={sum(len(ops_pages[o]) for o in U)} independents={len(I)} "
      f"decoys={len(truth['decoys'])} decoys_spanning_sellers={cross}")
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
