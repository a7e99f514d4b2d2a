#!/usr/bin/env python3
"""Consistency checks for the operators-2026-12n web (stdlib only)."""
import json
import os
import re
import sys
from collections import defaultdict, deque

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402  (data only; main() is not run)

SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []


def err(m):
    errs.append(m)


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
if set(truth) != {"description", "pages", "operators", "decoys"}:
    err("truth keys")
html = {}
for root, _, files in os.walk(SITE):
    for fn in files:
        if fn.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, fn), SITE).replace(os.sep, "/")
            html[p] = open(os.path.join(root, fn), encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")
tp = {t["path"]: t for t in truth["pages"]}
if set(tp) != set(html):
    err(f"truth/site mismatch {set(tp) ^ set(html)}")
if not 48 <= len(html) <= 56:
    err(f"page count {len(html)}")

# reachability
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    p = q.popleft()
    for h in re.findall(r'href="(/[^"#?]*)"', html.get(p, "")):
        if h in html and h not in seen:
            seen.add(h)
            q.append(h)
if seen != set(html):
    err(f"unreachable: {sorted(set(html) - seen)}")

# identifiers: written form present, values well-formed
sq = {p: gen.squash(h) for p, h in html.items()}
ids_by_group = defaultdict(set)
page_ids = {}
for t in truth["pages"]:
    g = gen.GROUPS[t["path"]]
    if t["is_offer"] and not t["identifiers"]:
        err(f"offer without identifiers {t['path']}")
    if not t["is_offer"] and (t["identifiers"] or t["operator"]):
        err(f"non-offer with ids {t['path']}")
    s = set()
    for kind, val, written in t["identifiers"]:
        if kind not in {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}:
            err(f"kind {kind}")
        if written not in html[t["path"]] and written not in html[t["path"]].replace("&amp;", "&"):
            err(f"written form not on page {t['path']}: {written}")
        if kind == "phone" and not re.fullmatch(r"\+86\d{5,12}", val):
            err(f"phone norm {val}")
        if kind in ("wechat", "email", "domain") and val != val.lower():
            err(f"not lowercase {val}")
        if kind == "uscc":
            t_ = sum(ALPHA.index(c) * w for c, w in zip(val[:17], W18))
            r = 31 - t_ % 31
            if ALPHA[0 if r == 31 else r] != val[17]:
                err(f"bad uscc {val}")
        s.add((kind, val))
        ids_by_group[g].add((kind, val))
    page_ids[t["path"]] = s
    if t["is_offer"] and g is None:
        err(f"offer without group {t['path']}")

# operators connected
groups = defaultdict(list)
for p, g in gen.GROUPS.items():
    if g:
        groups[g].append(p)
ops = [g for g in groups if g.startswith("U")]
if len(ops) != 9:
    err("need 9 operators")
for g in ops:
    ps = groups[g]
    if not 3 <= len(ps) <= 4:
        err(f"{g} has {len(ps)} offers")
    if len({tp[p]["provider"] for p in ps}) < 2:
        err(f"{g} brands <2")
    comp, q = {ps[0]}, deque([ps[0]])
    while q:
        a = q.popleft()
        for b in ps:
            if b not in comp and page_ids[a] & page_ids[b]:
                comp.add(b)
                q.append(b)
    if comp != set(ps):
        err(f"{g} not connected")
indep = [g for g in groups if g.startswith("I")]
if not 7 <= len(indep) <= 9:
    err("independents count")

# no seller identifier shared across groups, also by appearance in any page text
owner = {}
for g, s in ids_by_group.items():
    for x in s:
        if x in owner and owner[x] != g:
            err(f"id {x} in {owner[x]} and {g}")
        owner[x] = g


def needle(kind, val):
    if kind == "phone":
        return val[3:]  # national number, matched against squashed page text
    return gen.squash(val)


for (kind, val), g in owner.items():
    n = needle(kind, val)
    for p, s in sq.items():
        if n in s:
            pg = gen.GROUPS[p]
            if pg not in (g, None) and pg is not None:
                err(f"{kind}:{val} of {g} appears on {p} ({pg})")
            if pg is None and tp[p]["is_offer"]:
                err(f"{kind}:{val} on {p}")
            if pg is None and not tp[p]["is_offer"]:
                err(f"seller id {kind}:{val} of {g} appears on non-offer {p}")

# decoys: not seller ids; paths complete and non-empty
dec_vals = {(d["kind"], d["value"]) for d in truth["decoys"]}
for x in dec_vals & set(owner):
    err(f"decoy is seller id {x}")
for (kind, val, forms), d in zip(gen.DECOYS, truth["decoys"]):
    found = sorted(p for p, s in sq.items() if any(gen.squash(f) in s for f in forms)
                   or (kind == "phone" and val[3:] in s and len(val) > 8))
    if found != d["paths"]:
        err(f"decoy paths {val}: {found} vs {d['paths']}")
    if not d["paths"]:
        err(f"decoy unused {val}")
offers = sum(t["is_offer"] for t in truth["pages"])
if not 34 <= offers <= 38:
    err(f"offers {offers}")
for e in errs:
    print("ERR", e)
print(f"pages={len(html)} offers={offers} operators={len(ops)} independents={len(indep)} decoys={len(truth['decoys'])}")
print("OK" if not errs else f"{len(errs)} errors")
sys.exit(1 if errs else 0)
