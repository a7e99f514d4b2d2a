#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
fails = []
def fail(m): fails.append(m)

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(x) * w for x, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

NORM = {"phone": r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}",
        "wechat": r"[a-z0-9_\-]+", "qq": r"[1-9]\d{4,10}", "qq_group": r"[1-9]\d{4,10}",
        "email": r"[a-z0-9._\-]+@[a-z0-9.\-]+", "domain": r"[a-z0-9.\-]+\.[a-z]+", "uscc": r".{18}", "other": r".+"}

html = {}
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/")
            html[p] = open(os.path.join(d, f), encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")
pages = {p["path"]: p for p in t["pages"]}
for p in pages:
    if p not in html: fail(f"missing page {p}")
for p in html:
    if p not in pages: fail(f"page not in truth {p}")

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v and v.startswith("/"): s.links.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    l = L(); l.feed(html.get(todo.pop(), ""))
    for h in l.links:
        if h in html and h not in seen: seen.add(h); todo.append(h)
for p in html:
    if p not in seen: fail(f"unreachable {p}")

sites = {p.split("/")[1] for p in html if p.count("/") == 2}
ops, inds = {}, {}
for path, p in pages.items():
    h = html.get(path, "")
    if not p["is_offer"]:
        if p["operator"] is not None: fail(f"non-offer with operator {path}")
        if p["identifiers"]: fail(f"non-offer with identifiers {path}")
        continue
    o = p["operator"]
    if not o or not re.fullmatch(r"[UI]0\d", o): fail(f"bad operator {path}")
    if not p["provider"] or p["provider"] not in h: fail(f"provider not on page {path}")
    if not p["identifiers"]: fail(f"offer without identifiers {path}")
    for k, v, w in p["identifiers"]:
        if w not in h: fail(f"written form {w!r} not on {path}")
        if not re.fullmatch(NORM[k], v): fail(f"bad normalization {k} {v}")
        if k == "uscc" and not uscc_ok(v): fail(f"bad uscc {v}")
    (ops if o.startswith("U") else inds).setdefault(o, []).append(p)

# operators: 3-4 offers, >=2 sites, connected by shared identifiers
for o, lst in ops.items():
    if not 3 <= len(lst) <= 4: fail(f"{o} has {len(lst)} pages")
    if len({p["path"].split("/")[1] for p in lst}) < 2: fail(f"{o} on one site")
    keys = [{(k, v) for k, v, _ in p["identifiers"]} for p in lst]
    comp, grow = {0}, True
    while grow:
        grow = False
        for i in range(len(lst)):
            if i not in comp and any(keys[i] & keys[j] for j in comp): comp.add(i); grow = True
    if len(comp) != len(lst): fail(f"{o} not tied by a chain")
    tid = {tuple(x) for x in t["operators"][o]["identifiers"]}
    if set().union(*keys) != tid: fail(f"{o} operator identifiers mismatch")
if set(ops) != set(t["operators"]): fail("operators dict mismatch")
# identifiers of different sellers never shared; written forms never leak onto other sellers' pages
owner = {}
for o, lst in list(ops.items()) + list(inds.items()):
    for p in lst:
        for k, v, w in p["identifiers"]:
            if owner.setdefault((k, v), o) != o: fail(f"{k} {v} shared by {o} and {owner[(k, v)]}")
for o, lst in list(ops.items()) + list(inds.items()):
    ws = {w for p in lst for _, _, w in p["identifiers"]}
    for path, p in pages.items():
        if p["operator"] not in (None, o) and p["is_offer"]:
            for w in ws:
                if w in html[path]: fail(f"{o}'s {w!r} leaks onto {path}")
for i, lst in inds.items():
    if len(lst) != 1: fail(f"{i} has {len(lst)} pages")

# decoys
decoy_kinds = set()
for d in t["decoys"]:
    decoy_kinds.add(d["kind"])
    scan = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if scan != sorted(d["pages"]): fail(f"decoy {d['value']} pages mismatch {scan}")
    if not d["pages"]: fail(f"decoy {d['value']} appears nowhere")
    if (d["kind"], d["value"]) in owner: fail(f"decoy {d['value']} is a seller identifier")
    sellers = {pages[p]["operator"] for p in d["pages"] if pages[p]["operator"]}
    for p in d["pages"]:
        for w in d["written"]:
            for k, v, sw in pages[p]["identifiers"]:
                if w in sw: fail(f"decoy {w} inside seller identifier {sw} on {p}")
    if not re.fullmatch(NORM[d["kind"]], d["value"]): fail(f"bad decoy normalization {d['value']}")
    if d["kind"] == "uscc" and not uscc_ok(d["value"]): fail(f"bad decoy uscc {d['value']}")

n_pages = len(html); n_off = sum(p["is_offer"] for p in pages.values())
c = dict(pages=n_pages, offers=n_off, non_offers=n_pages - n_off, sites=len(sites),
         operators=len(ops), operator_pages=sum(map(len, ops.values())), independents=len(inds),
         decoys=len(t["decoys"]), decoy_kinds=len(decoy_kinds))
if not 48 <= n_pages <= 56: fail("page count out of range")
if not 34 <= n_off <= 40: fail("offer count out of range")
if not 8 <= len(sites) <= 11: fail("site count out of range")
if sorted(ops) != [f"U0{i}" for i in range(1, 10)]: fail("operators not U01-U09")
if sorted(inds) != [f"I0{i}" for i in range(1, 7)]: fail("independents not I01-I06")
if len(t["decoys"]) < 18: fail("fewer than 18 decoys")
if decoy_kinds != {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}: fail(f"decoy kinds {decoy_kinds}")
print(" ".join(f"{k}={v}" for k, v in c.items()))
for f in fails: print("FAIL:", f)
sys.exit(1 if fails else 0)
