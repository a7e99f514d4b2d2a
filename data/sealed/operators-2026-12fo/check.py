#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
errors = []
def err(m): errors.append(m)

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
pages = truth["pages"]
texts = {}
for dp, dn, fn in os.walk(SITE):
    for f in fn:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            texts[p] = open(os.path.join(dp, f), encoding="utf-8").read()
paths = [p["path"] for p in pages]
if len(set(paths)) != len(paths): err("duplicate paths in truth")
for p in paths:
    if p not in texts: err(f"missing file {p}")
for p in texts:
    if p not in paths: err(f"page not in truth {p}")
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt")

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v: s.links.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop(); lp = L(); lp.feed(texts.get(cur, ""))
    for h in lp.links:
        if h.startswith("/") and h in texts and h not in seen:
            seen.add(h); todo.append(h)
for p in texts:
    if p not in seen: err(f"unreachable {p}")

# normalization
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(ch) * W[i] for i, ch in enumerate(c[:17])) % 31
    return ALPHA[0 if r == 31 else r] == c[17]
def norm_ok(k, v):
    if k == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if k in ("wechat", "email", "domain"): return v == v.lower()
    if k in ("qq", "qq_group"): return v.isdigit()
    if k == "uscc": return uscc_ok(v)
    return k == "other"

# page identifiers
ops, inds = {}, {}
sites = set(p.split("/")[1] for p in texts if p.count("/") > 1)
for pg in pages:
    t = texts.get(pg["path"], "")
    for k, v, w in pg["identifiers"]:
        if not norm_ok(k, v): err(f"bad normalization {k} {v}")
        if w not in t: err(f"{pg['path']}: written form {w!r} not found")
    o = pg["operator"]
    if pg["is_offer"] and not o: err(f"offer without operator {pg['path']}")
    if not pg["is_offer"] and o: err(f"non-offer with operator {pg['path']}")
    if o and o.startswith("U"): ops.setdefault(o, []).append(pg)
    if o and o.startswith("I"): inds.setdefault(o, []).append(pg)

# operators: 3-4 pages, >=2 sites, connected by shared identifiers; nothing shared across sellers
for o, pl in ops.items():
    if not 3 <= len(pl) <= 4: err(f"{o} has {len(pl)} pages")
    if len({p["path"].split("/")[1] for p in pl}) < 2: err(f"{o} on one site")
    comp = {pl[0]["path"]}; ch = True
    while ch:
        ch = False
        vals = {(k, v) for p in pl if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in pl:
            if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); ch = True
    if len(comp) != len(pl): err(f"{o} pages not connected by identifiers")
    tid = {tuple(x) for x in truth["operators"].get(o, {}).get("identifiers", [])}
    if tid != {(k, v) for p in pl for k, v, _ in p["identifiers"]}: err(f"{o} operator identifiers mismatch")
for o, pl in inds.items():
    if len(pl) != 1: err(f"{o} has {len(pl)} pages")
owner = {}
for pg in pages:
    for k, v, w in pg["identifiers"]:
        if owner.setdefault((k, v), pg["operator"]) != pg["operator"]: err(f"identifier {v} shared across sellers")
for pg in pages:
    for k, v, w in pg["identifiers"]:
        for q in pages:
            if q["operator"] and q["operator"] != pg["operator"] and w in texts.get(q["path"], ""):
                err(f"{pg['operator']} written form {w!r} leaks onto {q['path']} ({q['operator']})")

# decoys
kinds = set()
for d in truth["decoys"]:
    kinds.add(d["kind"])
    if not norm_ok(d["kind"], d["value"]): err(f"bad decoy normalization {d['value']}")
    scan = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    if scan != sorted(d["pages"]): err(f"decoy {d['value']} pages mismatch")
    for p in d["pages"]:
        if not any(w in texts.get(p, "") for w in d["written"]): err(f"decoy {d['value']} not on {p}")
    if (d["kind"], d["value"]) in owner: err(f"decoy {d['value']} is also a seller identifier")
    if len({owner_op for p in d["pages"] for owner_op in [next((x["operator"] for x in pages if x["path"] == p), None)] if owner_op}) < 2 \
       and len(d["pages"]) < 2:
        pass

n_pages = len(texts); n_offers = sum(p["is_offer"] for p in pages)
if not 48 <= n_pages <= 56: err(f"page count {n_pages}")
if not 8 <= len(sites) <= 11: err(f"site count {len(sites)}")
if not 34 <= n_offers <= 40: err(f"offer count {n_offers}")
if len(ops) != 9: err(f"operators {len(ops)}")
if len(inds) != 6: err(f"independents {len(inds)}")
if len(truth["decoys"]) < 18: err("fewer than 18 decoys")
if len(truth["operators"]) != 9: err("truth operators")

print(f"pages={n_pages} sites={len(sites)} offers={n_offers} non_offers={n_pages - n_offers} "
      f"operators={len(ops)} operator_pages={sum(len(v) for v in ops.values())} independents={len(inds)} "
      f"decoys={len(truth['decoys'])} decoy_kinds={len(kinds)}")
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
