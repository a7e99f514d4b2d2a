#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints counts."""
import json, os, re, sys
from collections import defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
T = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
fail = []
def bad(m): fail.append(m)

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
def uscc_ok(c):
    if len(c) != 18 or any(x not in ALPHA for x in c): return False
    s = sum(ALPHA.index(x) * pow(3, i, 31) for i, x in enumerate(c[:17]))
    r = 31 - s % 31
    return c[17] == ALPHA[0 if r == 31 else r]
def norm_ok(k, v):
    if k == "phone": return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|[19]\d{4}", v))
    if k in ("wechat", "email", "domain"): return v == v.lower()
    if k == "uscc": return uscc_ok(v)
    if k in ("qq", "qq_group"): return v.isdigit()
    return k == "other"

files = {}
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = os.path.join(root, f)
            files["/" + os.path.relpath(p, SITE).replace(os.sep, "/")] = open(p, encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")): bad("robots.txt missing")

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.h = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v: s.h.append(v)
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in files: continue
    seen.add(p); l = L(); l.feed(files[p])
    for h in l.h:
        todo.append(os.path.normpath(os.path.join(os.path.dirname(p), h)) if not h.startswith("/") else h)
for p in files:
    if p not in seen: bad(f"unreachable {p}")

tp = {p["path"]: p for p in T["pages"]}
for p in files:
    if p not in tp: bad(f"page not in truth {p}")
ops_pages = defaultdict(list); ind = defaultdict(list)
for p in T["pages"]:
    if p["path"] not in files: bad(f"missing {p['path']}"); continue
    txt = files[p["path"]]
    if not p["is_offer"] and p["operator"]: bad(f"non-offer with operator {p['path']}")
    if p["is_offer"] and not p["operator"]: bad(f"offer without operator {p['path']}")
    for k, v, w in p["identifiers"]:
        if w not in txt: bad(f"{p['path']}: written {w!r} absent")
        if not norm_ok(k, v): bad(f"{p['path']}: bad normalization {k} {v}")
    if p["operator"]:
        (ops_pages if p["operator"][0] == "U" else ind)[p["operator"]].append(p)

# operators connected by shared identifiers; independents share nothing
owner = defaultdict(set)
for p in T["pages"]:
    for k, v, _ in p["identifiers"]:
        owner[(k, v)].add(p["operator"])
for key, os_ in owner.items():
    if len(os_) > 1: bad(f"identifier {key} shared across sellers {os_}")
for op, ps in ops_pages.items():
    comp = {ps[0]["path"]}; changed = True
    while changed:
        changed = False
        ids = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and ids & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps): bad(f"{op} pages not connected")
    if not 3 <= len(ps) <= 4: bad(f"{op} has {len(ps)} pages")
    if len({p["path"].split("/")[1] for p in ps}) < 2: bad(f"{op} on one site")
    ti = {(k, v) for k, v in T["operators"][op]["identifiers"]}
    if ti != {(k, v) for p in ps for k, v, _ in p["identifiers"]}: bad(f"{op} identifiers mismatch")
for op, ps in ind.items():
    if len(ps) != 1: bad(f"{op} has {len(ps)} pages")

# decoys
dkinds = set()
for d in T["decoys"]:
    dkinds.add(d["kind"])
    pg = sorted(p for p, t in files.items() if any(w in t for w in d["written"]))
    if pg != sorted(d["pages"]): bad(f"decoy {d['value']} pages mismatch")
    for p in d["pages"]:
        if not any(w in files[p] for w in d["written"]): bad(f"decoy {d['value']} absent on {p}")
    if (d["kind"], d["value"]) in owner: bad(f"decoy {d['value']} is also a seller identifier")
    if not norm_ok(d["kind"], d["value"]): bad(f"decoy bad normalization {d['value']}")

n_pages = len(files); n_sites = len({p.split('/')[1] for p in files if p.count('/') > 1})
n_offers = sum(p["is_offer"] for p in T["pages"])
c = dict(pages=n_pages, sites=n_sites, offers=n_offers, non_offers=n_pages - n_offers,
         operators=len(ops_pages), independents=len(ind), decoys=len(T["decoys"]))
if not 48 <= n_pages <= 56: bad("page count")
if not 8 <= n_sites <= 11: bad("site count")
if not 34 <= n_offers <= 40: bad("offer count")
if sorted(ops_pages) != [f"U0{i}" for i in range(1, 10)]: bad("operators")
if sorted(ind) != [f"I0{i}" for i in range(1, 7)]: bad("independents")
if len(T["decoys"]) < 18: bad("decoy count")
for d in T["decoys"]:
    if len(d["pages"]) < 2: bad(f"decoy {d['value']} on fewer than 2 pages")
print(" ".join(f"{k}={v}" for k, v in c.items()))
for m in fail: print("FAIL", m)
sys.exit(1 if fail else 0)
