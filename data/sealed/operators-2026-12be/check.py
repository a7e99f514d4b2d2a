#!/usr/bin/env python3
"""Verify site/ and truth.json of web 12be. Exit status 1 on any failure."""
import json
import os
import posixpath
import re
import sys
from collections import Counter, defaultdict
from urllib.parse import urldefrag

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(code):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", code):
        return False
    s = sum(ALPHA.index(c) * w for c, w in zip(code[:17], W))
    r = 31 - s % 31
    return ALPHA[0 if r == 31 else r] == code[17]


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
pages = truth["pages"]

# page set
on_disk = set()
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            on_disk.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
in_truth = [p["path"] for p in pages]
dups = [p for p, c in Counter(in_truth).items() if c > 1]
if dups:
    err(f"pages listed twice: {dups}")
if set(in_truth) != on_disk:
    err(f"page set differs: only on disk {sorted(on_disk - set(in_truth))}, only in truth {sorted(set(in_truth) - on_disk)}")
if not 48 <= len(on_disk) <= 56:
    err(f"{len(on_disk)} pages, want 48-56")

# robots
rp = os.path.join(SITE, "robots.txt")
if not os.path.exists(rp):
    err("robots.txt missing")
else:
    r = open(rp, encoding="utf-8").read()
    if "User-agent: *" not in r:
        err("robots.txt has no User-agent: *")
    if re.search(r"^Disallow:\s*/\S*", r, re.M):
        err("robots.txt disallows something")

html = {}
for p in in_truth:
    fp = os.path.join(SITE, p.lstrip("/"))
    if os.path.exists(fp):
        html[p] = open(fp, encoding="utf-8").read()

# page fields, identifiers
op_pages = defaultdict(list)
val_owner = {}
seller_values = set()
for p in pages:
    path = p["path"]
    if bool(p["is_offer"]) != (p["operator"] is not None):
        err(f"{path}: operator must be set exactly when is_offer")
    if p["is_offer"] and not p.get("provider"):
        err(f"{path}: offer without provider")
    if p["is_offer"] and not p["identifiers"]:
        err(f"{path}: offer without identifiers")
    if not p["is_offer"] and p["identifiers"]:
        err(f"{path}: non-offer page carries seller identifiers")
    if p["operator"]:
        op_pages[p["operator"]].append(p)
    for kind, value, written in p["identifiers"]:
        if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
            err(f"{path}: bad identifier kind {kind}")
        if written not in html.get(path, ""):
            err(f"{path}: written identifier {written!r} not on page")
        if kind == "uscc" and not uscc_ok(value):
            err(f"{path}: USCC {value} fails the GB 32100 check")
        if kind == "phone" and re.fullmatch(r"1\d{10}", value):
            err(f"{path}: mobile {value} not normalized with +86")
        key = (kind, value)
        seller_values.add(value.lower())
        if key in val_owner and val_owner[key] != p["operator"]:
            err(f"identifier {key} shared by {val_owner[key]} and {p['operator']}")
        val_owner[key] = p["operator"]
# also: no value shared across operators regardless of kind
by_value = defaultdict(set)
for (k, v), o in val_owner.items():
    by_value[v.lower()].add(o)
for v, os_ in by_value.items():
    if len(os_) > 1:
        err(f"value {v} shared by operators {sorted(os_)}")

# operator structure
U = sorted(o for o in op_pages if o.startswith("U"))
I = sorted(o for o in op_pages if o.startswith("I"))
if U != [f"U{i:02d}" for i in range(1, 10)]:
    err(f"U operators: {U}")
if I != [f"I{i:02d}" for i in range(1, 7)]:
    err(f"I operators: {I}")
for o in U:
    ps = op_pages[o]
    if not 3 <= len(ps) <= 4:
        err(f"{o}: {len(ps)} pages")
    brands = {p["provider"] for p in ps}
    if not 2 <= len(brands) <= 3:
        err(f"{o}: {len(brands)} brands {brands}")
    sites = [p["path"].split("/")[1] for p in ps]
    if len(set(sites)) != len(sites):
        err(f"{o}: two pages on the same site {sites}")
    for p in ps:
        mine = {(k, v) for k, v, _ in p["identifiers"]}
        others = set()
        for q in ps:
            if q is not p:
                others |= {(k, v) for k, v, _ in q["identifiers"]}
        if not mine & others:
            err(f"{o}: {p['path']} shares no identifier with its other pages")
    # connected
    seen, todo = {ps[0]["path"]}, [ps[0]]
    while todo:
        a = todo.pop()
        ka = {(k, v) for k, v, _ in a["identifiers"]}
        for b in ps:
            if b["path"] not in seen and ka & {(k, v) for k, v, _ in b["identifiers"]}:
                seen.add(b["path"])
                todo.append(b)
    if len(seen) != len(ps):
        err(f"{o}: pages not connected by identifiers")
for o in I:
    if len(op_pages[o]) != 1:
        err(f"{o}: {len(op_pages[o])} pages")
if set(truth["operators"]) != set(op_pages):
    err("operators block does not match pages")

# decoys
decoys = truth["decoys"]
if len(decoys) < 18:
    err(f"only {len(decoys)} decoys")
for d in decoys:
    if d["value"].lower() in seller_values:
        err(f"decoy {d['value']} is a seller identifier")
    if len(d["paths"]) < 2:
        err(f"decoy {d['value']} on fewer than 2 pages")
    for path in d["paths"]:
        if not any(w in html.get(path, "") for w in d["written"]):
            err(f"decoy {d['value']}: no written form on {path}")
    for w in d["written"]:
        if not any(w in html.get(path, "") for path in d["paths"]):
            err(f"decoy {d['value']}: written form {w!r} on none of its paths")
        for p in pages:
            for _, _, sw in p["identifiers"]:
                if w == sw:
                    err(f"decoy text {w!r} equals a seller identifier text")
    if d["kind"].endswith("uscc") and not uscc_ok(d["value"]):
        err(f"decoy USCC {d['value']} fails check")

# reachability
href_re = re.compile(r"<a\s[^>]*href=\"([^\"]+)\"", re.I)
reach, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    for h in href_re.findall(html.get(cur, "")):
        h = urldefrag(h)[0]
        if not h or re.match(r"^[a-z]+:", h, re.I) or h.startswith("/"):
            continue
        t = posixpath.normpath(posixpath.join(posixpath.dirname(cur), h))
        if t in html and t not in reach:
            reach.add(t)
            todo.append(t)
unreached = sorted(set(html) - reach)
if unreached:
    err(f"unreachable from index.html: {unreached}")

offers = sum(1 for p in pages if p["is_offer"])
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(pages)} pages, {offers} offer, {len(pages) - offers} non-offer, "
      f"{len(U)} U operators, {len(I)} I operators, {len(decoys)} decoys")
