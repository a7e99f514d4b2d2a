#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
DECOY_CATS = {"hotline", "official", "platform", "quoted", "number", "placeholder", "reader", "third_party"}
errors = []


def fail(msg):
    errors.append(msg)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W))
    r = 31 - s % 31
    return c[17] == ALPH[0 if r == 31 else r]


def norm_ok(kind, value):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", value))
    if kind in ("wechat", "email", "domain"):
        return value == value.lower()
    if kind == "uscc":
        return uscc_ok(value)
    if kind in ("qq", "qq_group"):
        return value.isdigit()
    return bool(value)


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
html = {}
for root, _d, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            full = os.path.join(root, f)
            html["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing everything")

# pages
tp = {p["path"]: p for p in truth["pages"]}
for path in html:
    if path not in tp:
        fail(f"page not in truth: {path}")
for path, p in tp.items():
    if path not in html:
        fail(f"truth path does not exist: {path}")
        continue
    if not p["is_offer"] and (p["operator"] is not None or p["identifiers"]):
        fail(f"non-offer with operator/identifiers: {path}")
    if p["is_offer"] and not re.fullmatch(r"[UI]0\d", p["operator"] or ""):
        fail(f"offer without operator: {path}")
    if p["is_offer"] and (not p["provider"] or p["provider"] not in html[path]):
        fail(f"provider not on page: {path}")
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS:
            fail(f"bad kind {kind} on {path}")
        if not norm_ok(kind, value):
            fail(f"bad normalization {kind} {value} on {path}")
        if written not in html[path]:
            fail(f"written form {written!r} not on {path}")

# reachability from hub
links = {p: set(re.findall(r"href='(/[^'#]*\.html)'", h)) | set(re.findall(r'href="(/[^"#]*\.html)"', h))
         for p, h in html.items()}
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    for nxt in links.get(todo.pop(), ()):
        if nxt in html and nxt not in seen:
            seen.add(nxt)
            todo.append(nxt)
for p in html:
    if p not in seen:
        fail(f"unreachable from hub: {p}")
sites = sorted({p.split("/")[1] for p in html if p.count("/") == 2})
for s in sites:
    if f"/{s}/index.html" not in links["/index.html"]:
        fail(f"hub does not link /{s}/index.html")

# operators and ties
offers = [p for p in truth["pages"] if p["is_offer"]]
by_op = defaultdict(list)
for p in offers:
    by_op[p["operator"]].append(p)
owner = defaultdict(set)
for p in offers:
    for kind, value, _w in p["identifiers"]:
        owner[(kind, value)].add(p["operator"])
for key, ops in owner.items():
    if len(ops) > 1:
        fail(f"identifier {key} shared by different sellers {sorted(ops)}")
U = sorted(o for o in by_op if o.startswith("U"))
I = sorted(o for o in by_op if o.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]:
    fail(f"operators are {U}")
if I != [f"I0{i}" for i in range(1, 7)]:
    fail(f"independents are {I}")
for o in U:
    pl = by_op[o]
    if not 3 <= len(pl) <= 4:
        fail(f"{o} has {len(pl)} offer pages")
    if len({p["path"].split("/")[1] for p in pl}) < 2:
        fail(f"{o} on a single site")
    # chain of ties connects all pages
    comp = {pl[0]["path"]}
    changed = True
    while changed:
        changed = False
        ids = {(k, v) for p in pl if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in pl:
            if p["path"] not in comp and ids & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"])
                changed = True
    if len(comp) != len(pl):
        fail(f"{o} pages not connected by shared identifiers")
    opid = {tuple(x) for x in truth["operators"][o]["identifiers"]}
    if opid != {(k, v) for p in pl for k, v, _ in p["identifiers"]}:
        fail(f"{o} operator identifiers do not match its pages")
    for b in truth["operators"][o]["brands"]:
        if b not in {p["provider"] for p in pl}:
            fail(f"{o} brand {b} not a page provider")
for o in I:
    if len(by_op[o]) != 1:
        fail(f"{o} has {len(by_op[o])} pages")
if set(truth["operators"]) != set(U):
    fail("operators map keys differ from U01-U09")

# decoys
seller_written = {w for p in offers for _k, _v, w in p["identifiers"]}
seller_values = set(owner)
cats = set()
for d in truth["decoys"]:
    m = re.match(r"\[(\w+)\]", d["why"])
    if not m or m.group(1) not in DECOY_CATS:
        fail(f"decoy without category: {d['value']}")
    else:
        cats.add(m.group(1))
    if d["kind"] not in KINDS or not norm_ok(d["kind"], d["value"]):
        fail(f"bad decoy {d['kind']} {d['value']}")
    if (d["kind"], d["value"]) in seller_values:
        fail(f"decoy {d['value']} is also a seller identifier")
    found = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if found != sorted(d["pages"]) or not found:
        fail(f"decoy {d['value']} pages mismatch: {found} vs {d['pages']}")
    for p in d["pages"]:
        if p in html and not any(w in html[p] for w in d["written"]):
            fail(f"decoy {d['value']} not on {p}")
    for w in d["written"]:
        for sw in seller_written:
            if w in sw or sw in w:
                fail(f"decoy written {w!r} overlaps seller written {sw!r}")
if cats != DECOY_CATS:
    fail(f"decoy categories missing: {DECOY_CATS - cats}")
multi = [d for d in truth["decoys"]
         if len({tp[p]["operator"] for p in d["pages"] if tp[p]["is_offer"]}) >= 2]

n_pages, n_offers = len(html), len(offers)
if not 48 <= n_pages <= 56:
    fail(f"{n_pages} pages")
if not 8 <= len(sites) <= 11:
    fail(f"{len(sites)} sites")
if not 34 <= n_offers <= 40:
    fail(f"{n_offers} offers")
if len(truth["decoys"]) < 18:
    fail(f"only {len(truth['decoys'])} decoys")

for e in errors:
    print("FAIL:", e)
print(f"pages={n_pages} sites={len(sites)} offers={n_offers} non_offers={n_pages - n_offers} "
      f"operators={len(U)} operator_pages={sum(len(by_op[o]) for o in U)} independents={len(I)} "
      f"decoys={len(truth['decoys'])} decoys_on_several_sellers={len(multi)} errors={len(errors)}")
sys.exit(1 if errors else 0)
