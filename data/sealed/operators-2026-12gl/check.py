#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def fail(m): errors.append(m)

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
pages = truth["pages"]
text = {}
for p in pages:
    fp = os.path.join(SITE, p["path"].lstrip("/"))
    if not os.path.isfile(fp):
        fail(f"missing page {p['path']}"); continue
    text[p["path"]] = open(fp, encoding="utf-8").read()

on_disk = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            on_disk.add("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/"))
if on_disk != set(text):
    fail(f"pages on disk and in truth differ: {sorted(on_disk ^ set(text))}")
rb = os.path.join(SITE, "robots.txt")
if not os.path.isfile(rb) or "Allow: /" not in open(rb).read():
    fail("robots.txt missing or not allowing all")

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v: s.links.append(v)
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in text: continue
    seen.add(u)
    l = L(); l.feed(text[u])
    for h in l.links:
        if "://" in h: continue
        todo.append(os.path.normpath(os.path.join(os.path.dirname(u), h)).replace(os.sep, "/"))
if seen != set(text):
    fail(f"unreachable from hub: {sorted(set(text) - seen)}")
sites = sorted({p["path"].split("/")[1] for p in pages if p["path"].count("/") >= 2})
hub = text.get("/index.html", "")
for s in sites:
    if f'href="{s}/index.html"' not in hub:
        fail(f"hub does not link {s}/index.html")

def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    if kind == "uscc":
        if len(v) != 18 or any(c not in ALPHA for c in v): return False
        r = 31 - sum(ALPHA.index(c) * w for c, w in zip(v, W)) % 31
        return v[17] == ALPHA[0 if r == 31 else r]
    return kind == "other"

# identifiers on pages
seller_pages = defaultdict(list)
for p in pages:
    t = text.get(p["path"], "")
    if not p["is_offer"] and (p["operator"] or p["identifiers"]):
        fail(f"non-offer with operator/identifiers {p['path']}")
    if p["is_offer"] and not re.fullmatch(r"[UI]0\d", p["operator"] or ""):
        fail(f"offer without operator {p['path']}")
    if p["is_offer"]:
        seller_pages[p["operator"]].append(p)
    for kind, value, written in p["identifiers"]:
        if written not in t:
            fail(f"{p['path']}: written form {written!r} absent")
        if not norm_ok(kind, value):
            fail(f"{p['path']}: bad normalized {kind} {value!r}")

# no seller's written identifier on another seller's offer page
for p in pages:
    for _, _, w in p["identifiers"]:
        for q in pages:
            if q["is_offer"] and q["operator"] != p["operator"] and w in text.get(q["path"], ""):
                fail(f"{w!r} of {p['operator']} also on {q['path']} ({q['operator']})")

# operators: 9 with 3-4 pages, connected by shared identifiers; independents 1 page sharing nothing
U = sorted(k for k in seller_pages if k.startswith("U"))
I = sorted(k for k in seller_pages if k.startswith("I"))
if len(U) != 9: fail(f"expected 9 operators, got {len(U)}")
if len(I) != 6: fail(f"expected 6 independents, got {len(I)}")
for o in U:
    ps = seller_pages[o]
    if not 3 <= len(ps) <= 4: fail(f"{o} has {len(ps)} pages")
    if len({p["path"].split("/")[1] for p in ps}) < 2: fail(f"{o} on one site only")
    comp = {ps[0]["path"]}
    changed = True
    while changed:
        changed = False
        for p in ps:
            if p["path"] in comp: continue
            vals = {(k, v) for k, v, _ in p["identifiers"]}
            if any(vals & {(k, v) for q in ps if q["path"] in comp for k, v, _ in q["identifiers"]} for _ in [0]):
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps): fail(f"{o} pages not chained by shared identifiers")
    ids = {tuple(x) for x in truth["operators"].get(o, {}).get("identifiers", [])}
    for p in ps:
        for k, v, _ in p["identifiers"]:
            if (k, v) not in ids: fail(f"{o}: {k} {v} missing from operators")
for o in I:
    if len(seller_pages[o]) != 1: fail(f"{o} has {len(seller_pages[o])} pages")
allvals = defaultdict(set)
for p in pages:
    for k, v, _ in p["identifiers"]:
        if p["operator"]: allvals[(k, v)].add(p["operator"])
for kv, owners in allvals.items():
    if len(owners) > 1: fail(f"identifier {kv} shared by {owners}")

# decoys
dk = set()
for d in truth["decoys"]:
    dk.add(d["kind"])
    actual = sorted(path for path, t in text.items() if any(w in t for w in d["written"]))
    if sorted(d["pages"]) != actual:
        fail(f"decoy {d['value']}: pages {d['pages']} != scanned {actual}")
    for path in d["pages"]:
        if not any(w in text.get(path, "") for w in d["written"]):
            fail(f"decoy {d['value']} not on {path}")
    for w in d["written"]:
        if not any(w in text.get(path, "") for path in d["pages"]):
            fail(f"decoy {d['value']}: written {w!r} appears nowhere")
    owners = {p["operator"] for p in pages if p["path"] in d["pages"]}
    if len(d["pages"]) < 2: fail(f"decoy {d['value']} on fewer than 2 pages")
    if (d["kind"], d["value"]) in allvals: fail(f"decoy {d['value']} is also a seller identifier")
    if not norm_ok(d["kind"], d["value"]): fail(f"decoy bad normalized {d['value']}")

n = len(pages); offers = sum(p["is_offer"] for p in pages)
if not 48 <= n <= 56: fail(f"{n} pages not in 48-56")
if not 35 <= offers <= 39: fail(f"{offers} offers not about 37")
if not 8 <= len(sites) <= 11: fail(f"{len(sites)} sites not in 8-11")
if len(truth["decoys"]) < 18: fail("fewer than 18 decoys")
for k in ("phone", "wechat", "qq", "qq_group", "email", "domain", "other"):
    if k not in dk: fail(f"no decoy of kind {k}")

print(f"pages={n} offers={offers} non_offers={n-offers} sites={len(sites)} "
      f"operators={len(U)} operator_pages={sum(len(seller_pages[o]) for o in U)} "
      f"independents={len(I)} decoys={len(truth['decoys'])}")
if errors:
    for e in errors: print("FAIL:", e)
    sys.exit(1)
print("OK")
