#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser

BASE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(BASE, "site")
T = json.load(open(os.path.join(BASE, "truth.json"), encoding="utf-8"))
errs = []
def fail(m): errs.append(m)

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPH.index(ch) * WTS[i] for i, ch in enumerate(c[:17])) % 31
    return ALPH[0 if r == 31 else r] == c[17]

NORM = {
 "phone": lambda v: re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v),
 "wechat": lambda v: v == v.lower() and re.fullmatch(r"[a-z][-_a-z0-9]{5,19}", v),
 "qq": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
 "qq_group": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
 "email": lambda v: v == v.lower() and re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", v),
 "uscc": uscc_ok,
 "domain": lambda v: v == v.lower() and re.fullmatch(r"[a-z0-9.-]+\.[a-z]+", v),
 "other": lambda v: bool(v),
}

def read(path):
    return open(os.path.join(SITE, path.lstrip("/")), encoding="utf-8").read()

# files
html_files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            html_files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
paths = [p["path"] for p in T["pages"]]
if len(set(paths)) != len(paths): fail("duplicate paths in truth")
for p in paths:
    if p not in html_files: fail(f"missing file {p}")
for f in html_files - set(paths): fail(f"page not in truth {f}")
robots = os.path.join(SITE, "robots.txt")
if not os.path.exists(robots) or "Allow: /" not in open(robots).read(): fail("robots.txt")

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.l = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v: s.l.append(v)
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html_files: continue
    seen.add(p)
    lp = L(); lp.feed(read(p))
    d = os.path.dirname(p)
    for h in lp.l:
        if "://" in h: continue
        todo.append(os.path.normpath(os.path.join(d, h)).replace(os.sep, "/"))
for f in html_files - seen: fail(f"unreachable {f}")
hub = read("/index.html")
sites = sorted({p.split("/")[1] for p in html_files if p.count("/") == 2})
for s in sites:
    if f'href="{s}/index.html"' not in hub: fail(f"hub lacks {s}")

# pages
seller_vals = {}
op_pages = {}
for p in T["pages"]:
    h = read(p["path"]) if p["path"] in html_files else ""
    if not p["is_offer"]:
        if p["operator"] is not None or p["identifiers"]: fail(f"non-offer with operator/ids {p['path']}")
        continue
    if not p["operator"] or not p["provider"]: fail(f"offer without operator/provider {p['path']}")
    if p["provider"] and p["provider"] not in h: fail(f"provider not on page {p['path']}")
    op_pages.setdefault(p["operator"], []).append(p)
    if not p["identifiers"]: fail(f"offer without identifiers {p['path']}")
    for k, v, w in p["identifiers"]:
        if k not in NORM or not NORM[k](v): fail(f"bad normalized {k} {v} on {p['path']}")
        if w not in h: fail(f"written form {w!r} not on {p['path']}")
        seller_vals.setdefault((k, v), set()).add(p["operator"])

# operators
for (k, v), ops in seller_vals.items():
    if len(ops) > 1: fail(f"identifier {k}:{v} shared by {sorted(ops)}")
U = sorted(o for o in op_pages if o.startswith("U"))
I = sorted(o for o in op_pages if o.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]: fail(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {I}")
if sorted(T["operators"]) != U: fail("operators section mismatch")
for o in U:
    pg = op_pages[o]
    if not 3 <= len(pg) <= 4: fail(f"{o} has {len(pg)} pages")
    if len({p["path"].split("/")[1] for p in pg}) < 2: fail(f"{o} on one site only")
    # connectivity through shared identifier values
    comp = {0}; changed = True
    while changed:
        changed = False
        for i, p in enumerate(pg):
            if i in comp: continue
            vi = {(k, v) for k, v, _ in p["identifiers"]}
            if any(vi & {(k, v) for k, v, _ in pg[j]["identifiers"]} for j in comp):
                comp.add(i); changed = True
    if len(comp) != len(pg): fail(f"{o} pages not chained by identifiers")
    want = sorted({(k, v) for p in pg for k, v, _ in p["identifiers"]})
    if sorted(map(tuple, T["operators"][o]["identifiers"])) != want: fail(f"{o} identifiers mismatch")
    if sorted(T["operators"][o]["brands"]) != sorted({p["provider"] for p in pg}): fail(f"{o} brands mismatch")
for o in I:
    if len(op_pages[o]) != 1: fail(f"{o} has {len(op_pages[o])} pages")

# decoys
allh = {p: read(p) for p in html_files}
for d in T["decoys"]:
    if not NORM[d["kind"]](d["value"]): fail(f"bad decoy value {d['value']}")
    if (d["kind"], d["value"]) in seller_vals: fail(f"decoy {d['value']} is also a seller identifier")
    hits = sorted(p for p, h in allh.items() if any(w in h for w in d["written"]))
    if hits != sorted(d["pages"]): fail(f"decoy {d['value']} pages mismatch")
    for w in d["written"]:
        if not any(w in allh[p] for p in d["pages"]): fail(f"decoy written {w} not found")
    for p in d["pages"]:
        if not any(w in allh[p] for w in d["written"]): fail(f"decoy {d['value']} not on {p}")
    if not d["pages"]: fail(f"decoy {d['value']} on no page")
    for p in T["pages"]:
        if p["path"] in d["pages"]:
            for k, v, w in p["identifiers"]:
                if any(w == dw for dw in d["written"]): fail(f"decoy written form equals seller form {w}")

n_pages = len(T["pages"]); n_off = sum(p["is_offer"] for p in T["pages"])
n_dec = len(T["decoys"])
cross = sum(1 for d in T["decoys"] if len({p["operator"] for p in T["pages"] if p["path"] in d["pages"] and p["operator"]}) >= 2)
if not 48 <= n_pages <= 56: fail(f"pages {n_pages}")
if not 8 <= len(sites) <= 11: fail(f"sites {len(sites)}")
if not 34 <= n_off <= 40: fail(f"offers {n_off}")
if n_dec < 18: fail(f"decoys {n_dec}")

print(f"pages={n_pages} sites={len(sites)} offers={n_off} non_offers={n_pages-n_off} "
      f"operators={len(U)} operator_pages={sum(len(op_pages[o]) for o in U)} independents={len(I)} "
      f"decoys={n_dec} decoys_on_2plus_sellers={cross}")
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
