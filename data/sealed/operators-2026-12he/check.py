#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
t = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
errors = []
def err(m): errors.append(m)

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
def uscc_ok(v):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", v): return False
    r = 31 - sum(ALPH.index(c) * (3 ** i % 31) for i, c in enumerate(v[:17])) % 31
    return ALPH[0 if r == 31 else r] == v[17]

NORM = {"phone": r"(\+86\d{11}|0\d{9,11}|[48]00\d{7}|\d{5})", "wechat": r"[a-z0-9_\-]+", "qq": r"\d{5,11}",
        "qq_group": r"\d{5,11}", "email": r"[a-z0-9._\-]+@[a-z0-9.\-]+", "domain": r"[a-z0-9.\-]+\.[a-z]+", "other": r".+", "uscc": r"[0-9A-Z]{18}"}

html = {}
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            html[p] = open(os.path.join(root, f), encoding="utf-8").read()

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v and v.startswith("/"): s.links.append(v)
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html: continue
    seen.add(p); l = L(); l.feed(html[p]); todo += l.links
for p in html:
    if p not in seen: err("unreachable: " + p)
if not os.path.exists(os.path.join(SITE, "robots.txt")): err("robots.txt missing")

paths = [p["path"] for p in t["pages"]]
if sorted(paths) != sorted(html): err("truth pages != html files: %s" % set(paths).symmetric_difference(html))
owner = {}
for p in t["pages"]:
    if p["path"] not in html: err("missing " + p["path"]); continue
    op = p["operator"]
    if p["is_offer"] != (op is not None): err("offer/operator mismatch " + p["path"])
    if not p["is_offer"] and p["identifiers"]: err("non-offer with identifiers " + p["path"])
    for kind, value, written in p["identifiers"]:
        if written not in html[p["path"]]: err(f"{p['path']}: written {written!r} not on page")
        if kind not in NORM or not re.fullmatch(NORM[kind], value): err(f"bad normalization {kind} {value}")
        if kind == "uscc" and not uscc_ok(value): err("bad uscc " + value)
        owner.setdefault((kind, value), set()).add(op)
# one identifier belongs to one seller only
for k, o in owner.items():
    if len(o) > 1: err(f"identifier {k} shared by {o}")
# written forms of a seller never appear on another seller's page
for p in t["pages"]:
    for q in t["pages"]:
        if p["operator"] and q["operator"] and p["operator"] != q["operator"]:
            for _, _, w in p["identifiers"]:
                if len(w) >= 5 and w in html[q["path"]]: err(f"{w!r} of {p['operator']} appears on {q['path']}")
# operators: 3-4 pages, connected by shared identifiers, on >=2 sites; independents: one page
ops = {}
for p in t["pages"]:
    if p["operator"]: ops.setdefault(p["operator"], []).append(p)
U = sorted(o for o in ops if o.startswith("U")); I = sorted(o for o in ops if o.startswith("I"))
for o in U:
    pg = ops[o]
    if not 3 <= len(pg) <= 4: err(f"{o} has {len(pg)} pages")
    if len({x["path"].split("/")[1] for x in pg}) < 2: err(f"{o} on one site only")
    comp = {pg[0]["path"]}; changed = True
    while changed:
        changed = False
        for a in pg:
            if a["path"] in comp: continue
            va = {(k, v) for k, v, _ in a["identifiers"]}
            if any(va & {(k, v) for k, v, _ in b["identifiers"]} for b in pg if b["path"] in comp):
                comp.add(a["path"]); changed = True
    if len(comp) != len(pg): err(f"{o} pages not connected by identifiers")
    want = sorted({(k, v) for x in pg for k, v, _ in x["identifiers"]})
    if sorted(map(tuple, t["operators"][o]["identifiers"])) != want: err(f"{o} operator identifiers mismatch")
for o in I:
    if len(ops[o]) != 1: err(f"{o} has {len(ops[o])} pages")
# decoys
kinds = set()
for d in t["decoys"]:
    kinds.add(d["kind"])
    hits = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if hits != sorted(d["pages"]): err(f"decoy {d['value']} pages mismatch")
    for p in d["pages"]:
        if not any(w in html.get(p, "") for w in d["written"]): err(f"decoy {d['value']} not on {p}")
    if (d["kind"], d["value"]) in owner: err(f"decoy {d['value']} is also a seller identifier")
    sellers = {q["operator"] for q in t["pages"] if q["path"] in d["pages"] and q["operator"]}
    if len(d["pages"]) < 2: err(f"decoy {d['value']} on fewer than 2 pages")

n = len(t["pages"]); offers = sum(p["is_offer"] for p in t["pages"])
sites = len({p.split("/")[1] for p in html if p != "/index.html"})
if not 48 <= n <= 56: err(f"page count {n}")
if not 8 <= sites <= 11: err(f"site count {sites}")
if not 34 <= offers <= 40: err(f"offer count {offers}")
if len(U) != 9 or len(I) != 6: err("operator/independent counts")
if len(t["decoys"]) < 18: err("fewer than 18 decoys")
print(f"pages={n} sites={sites} offers={offers} non_offers={n-offers} operators={len(U)} "
      f"operator_pages={sum(len(ops[o]) for o in U)} independents={len(I)} decoys={len(t['decoys'])} decoy_kinds={len(kinds)}")
if errors:
    print("\n".join("FAIL: " + e for e in errors)); sys.exit(1)
print("OK")
