#!/usr/bin/env python3
"""Verify site/ against truth.json."""
import json, os, re, sys, posixpath
from html.parser import HTMLParser
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
errs = []
def err(m): errs.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    w = [pow(3, i, 31) for i in range(17)]
    r = 31 - sum(ALPHA.index(ch) * w[i] for i, ch in enumerate(c[:17])) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
pages = {p["path"]: p for p in truth["pages"]}
if len(pages) != len(truth["pages"]): err("duplicate page paths")

on_disk = set()
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            on_disk.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
if not os.path.isfile(os.path.join(SITE, "robots.txt")): err("robots.txt missing")
for p in pages:
    if p not in on_disk: err(f"missing page {p}")
for p in on_disk - set(pages): err(f"page without truth entry {p}")
if not 48 <= len(on_disk) <= 56: err(f"page count {len(on_disk)} not in 48..56")

norm_re = {"phone": r"(\+86\d{9,12}|[48]00\d{7}|\d{5})", "wechat": r"[a-z][a-z0-9_-]{5,19}", "qq": r"[1-9]\d{4,10}",
           "qq_group": r"[1-9]\d{5,10}", "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", "domain": r"[a-z0-9-]+(\.[a-z0-9-]+)+",
           "uscc": r".{18}", "other": r".+"}
html = {}
for p, e in pages.items():
    if p not in on_disk: continue
    html[p] = open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read()
    if "<title>" not in html[p]: err(f"{p}: no title")
    for kind, val, written in e["identifiers"]:
        if kind not in norm_re: err(f"{p}: bad kind {kind}")
        elif not re.fullmatch(norm_re[kind], val): err(f"{p}: bad normalized {kind} {val}")
        if kind == "uscc" and not uscc_ok(val): err(f"{p}: invalid uscc {val}")
        if written not in html[p]: err(f"{p}: written form not on page: {written!r}")
    if e["is_offer"] and not e["operator"]: err(f"{p}: offer without operator")
    if not e["is_offer"] and e["operator"]: err(f"{p}: non-offer with operator")

# reachability
class LP(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v: s.links.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    lp = LP(); lp.feed(html.get(cur, ""))
    for h in lp.links:
        if re.match(r"^[a-z]+:|^/|^#", h): continue
        h = h.split("#")[0]
        t = posixpath.normpath(posixpath.join(posixpath.dirname(cur), h))
        if t in pages and t not in seen:
            seen.add(t); todo.append(t)
for p in pages:
    if p not in seen: err(f"unreachable {p}")

# operators
ops = defaultdict(list)
for p, e in pages.items():
    if e["operator"]: ops[e["operator"]].append(e)
if set(ops) != set(truth["operators"]): err("operators table mismatch")
owner = {}
for o, es in ops.items():
    if o.startswith("U"):
        if not 3 <= len(es) <= 4: err(f"{o}: {len(es)} pages")
        if len({e["provider"] for e in es}) < 2: err(f"{o}: fewer than 2 brands")
        sets = [{(k, v) for k, v, _ in e["identifiers"]} for e in es]
        if set.intersection(*sets): err(f"{o}: identifier on every page")
        comp = {0}; changed = True
        while changed:
            changed = False
            for i in range(len(es)):
                if i not in comp and any(sets[i] & sets[j] for j in comp):
                    comp.add(i); changed = True
        if len(comp) != len(es): err(f"{o}: pages not connected by shared identifiers")
    elif o.startswith("I"):
        if len(es) != 1: err(f"{o}: independent with {len(es)} pages")
    else: err(f"bad operator id {o}")
    for e in es:
        for k, v, _ in e["identifiers"]:
            if owner.setdefault((k, v), o) != o: err(f"identifier {k} {v} shared by {o} and {owner[(k, v)]}")
for p, e in pages.items():
    if not e["operator"]:
        for k, v, _ in e["identifiers"]:
            if (k, v) in owner and owner[(k, v)] != p: err(f"non-offer {p} shares {v}")
            owner[(k, v)] = p
for d in truth["decoys"]:
    for p in d["paths"]:
        if p not in pages: err(f"decoy path missing {p}")
    if (d["kind"], d["value"]) in owner: err(f"decoy {d['value']} is also a seller identifier")
    if len(d["paths"]) < 2: err(f"decoy {d['value']} on fewer than 2 pages")

n_off = sum(e["is_offer"] for e in pages.values())
nU = sum(o.startswith("U") for o in ops); nI = sum(o.startswith("I") for o in ops)
print(f"pages={len(pages)} offers={n_off} non_offers={len(pages)-n_off} operators={nU} independents={nI} decoys={len(truth['decoys'])}")
if errs:
    print("\n".join("FAIL: " + e for e in errs)); sys.exit(1)
print("OK")
