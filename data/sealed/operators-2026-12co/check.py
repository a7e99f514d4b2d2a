#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure."""
import json, os, re, sys
from collections import defaultdict

BASE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(BASE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def err(m): errs.append(m)

def find(w, text):
    pre = r"(?<![0-9A-Za-z_])" if w[0].isalnum() else ""
    post = r"(?![0-9A-Za-z_])" if w[-1].isalnum() else ""
    return re.search(pre + re.escape(w) + post, text) is not None

def uscc_ok(v):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", v): return False
    s = sum(ALPHA.index(c) * w for c, w in zip(v[:17], W18)); r = 31 - s % 31
    return v[17] == ALPHA[0 if r == 31 else r]

NORM = {
 "phone": lambda v: re.fullmatch(r"\+861\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|1\d{4}", v),
 "wechat": lambda v: v == v.lower() and re.fullmatch(r"[a-z0-9_\-]{5,20}", v),
 "qq": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
 "qq_group": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
 "email": lambda v: v == v.lower() and re.fullmatch(r"[^@\s]+@[a-z0-9.\-]+\.[a-z]+", v),
 "uscc": uscc_ok,
 "domain": lambda v: v == v.lower() and re.fullmatch(r"[a-z0-9.\-]+\.[a-z]+", v),
 "other": lambda v: bool(v),
}

t = json.load(open(os.path.join(BASE, "truth.json"), encoding="utf-8"))
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
html = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}
paths = [p["path"] for p in t["pages"]]
if len(paths) != len(set(paths)): err("duplicate page in truth")
if set(paths) != files: err(f"truth/site mismatch: {sorted(set(paths) ^ files)}")
if not os.path.exists(os.path.join(SITE, "robots.txt")): err("robots.txt missing")
owner = {p["path"]: p["operator"] for p in t["pages"]}

# crawl reachability from /index.html
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html: continue
    seen.add(p); todo += re.findall(r"href='(/[^']+\.html)'", html[p]) + re.findall(r'href="(/[^"]+\.html)"', html[p])
if seen != files: err(f"unreachable pages: {sorted(files - seen)}")

by_op = defaultdict(list); idvals = defaultdict(set)
for pg in t["pages"]:
    p, op = pg["path"], pg["operator"]
    if not pg["is_offer"] and op is not None: err(f"{p}: non-offer with operator")
    if pg["is_offer"] and not (op and re.fullmatch(r"[UI]\d\d", op)): err(f"{p}: offer without operator")
    if op: by_op[op].append(pg)
    for k, v, w in pg["identifiers"]:
        if k not in NORM or not NORM[k](v): err(f"{p}: bad identifier {k} {v}")
        if p in html and not find(w, html[p]): err(f"{p}: written form not on page: {w}")
        idvals[(k, v)].add(op)
        for q, h in html.items():   # written form must not appear on another seller's page
            if owner.get(q) not in (None, op) and find(w, h): err(f"{w} ({op}) also on {q} ({owner.get(q)})")

# identifier values never shared between owners
for kv, ops in idvals.items():
    if len(ops - {None}) > 1: err(f"identifier {kv} shared by {ops}")

U = sorted(o for o in by_op if o.startswith("U")); I = sorted(o for o in by_op if o.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]: err(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]: err(f"independents {I}")
for o in U:
    pgs = by_op[o]
    if not 3 <= len(pgs) <= 4: err(f"{o}: {len(pgs)} pages")
    if len({pg['path'].split('/')[1] for pg in pgs}) < 2: err(f"{o}: only one site")
    # connectivity through shared identifier values
    sets = [{(k, v) for k, v, _ in pg["identifiers"]} for pg in pgs]
    comp, grow = {0}, True
    while grow:
        grow = False
        for i in range(len(pgs)):
            if i not in comp and any(sets[i] & sets[j] for j in comp): comp.add(i); grow = True
    if len(comp) != len(pgs): err(f"{o}: pages not connected by shared identifiers")
    if o not in t["operators"]: err(f"{o} missing in operators")
    else:
        if {tuple(x) for x in t["operators"][o]["identifiers"]} != set().union(*sets): err(f"{o}: identifier list mismatch")
        if set(t["operators"][o]["brands"]) != {pg["provider"] for pg in pgs}: err(f"{o}: brands mismatch")
for o in I:
    if len(by_op[o]) != 1: err(f"{o}: {len(by_op[o])} pages")

idset = set(idvals)
for d in t["decoys"]:
    if (d["kind"], d["value"]) in idset: err(f"decoy {d['value']} is also an identifier")
    if d["kind"] not in NORM or not NORM[d["kind"]](d["value"]): err(f"decoy bad value {d['value']}")
    for p in d["pages"]:
        if p not in html or not any(find(w, html[p]) for w in d["written"]): err(f"decoy {d['value']} not on {p}")
    for w in d["written"]:
        actual = {p for p, h in html.items() if find(w, h)}
        if not actual <= set(d["pages"]): err(f"decoy {d['value']} unlisted pages {actual - set(d['pages'])}")
    if len(d["pages"]) < 2 or len({owner[p] for p in d["pages"]} - {None}) < 2:
        err(f"decoy {d['value']} not on pages of 2+ sellers")

styles = set(re.search(r'<body class="([a-z]+)"', h).group(1) for h in html.values() if '<body class="' in h)
n_pages, n_offer = len(files), sum(p["is_offer"] for p in t["pages"])
if not 48 <= n_pages <= 56: err(f"page count {n_pages}")
if not 35 <= n_offer <= 39: err(f"offer count {n_offer}")
if not 8 <= len(styles) <= 11: err(f"styles {len(styles)}")
if len(t["decoys"]) < 18: err("fewer than 18 decoys")

print(f"pages={n_pages} offers={n_offer} non_offers={n_pages - n_offer} styles={len(styles)} "
      f"operators={len(U)} operator_pages={sum(len(by_op[o]) for o in U)} independents={len(I)} decoys={len(t['decoys'])}")
if errs:
    for e in errs: print("FAIL:", e)
    sys.exit(1)
print("OK")
