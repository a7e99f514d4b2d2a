#!/usr/bin/env python3
"""Verify site/ against truth.json for web 12bj (standard library only)."""
import html
import json
import os
import posixpath
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], WEIGHTS)) % 31
    if ALPHA[0 if r == 31 else r] != c[17]:
        return False
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    o = 11 - sum(val(x) * w for x, w in zip(c[8:16], [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return ("X" if o == 10 else "0" if o == 11 else str(o)) == c[16]


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
pages = {p["path"]: p for p in truth["pages"]}
if len(pages) != len(truth["pages"]):
    err("duplicate paths in truth")

on_disk = set()
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            on_disk.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
if on_disk != set(pages):
    err(f"page set mismatch: only on disk {sorted(on_disk - set(pages))}, only in truth {sorted(set(pages) - on_disk)}")
if not 48 <= len(on_disk) <= 56:
    err(f"page count {len(on_disk)} not in 48-56")

rb = os.path.join(SITE, "robots.txt")
if not os.path.isfile(rb) or "Allow: /" not in open(rb, encoding="utf-8").read():
    err("robots.txt missing or not allow-all")

text = {}
for p in on_disk:
    raw = open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read()
    text[p] = raw + "\n" + html.unescape(raw)

# identifiers
owner = {}
by_op = defaultdict(list)
for p, pg in pages.items():
    if pg["is_offer"] != (pg["operator"] is not None):
        err(f"{p}: operator must be set exactly when is_offer")
    if pg["is_offer"] and not pg["provider"]:
        err(f"{p}: offer without provider")
    if pg["is_offer"]:
        by_op[pg["operator"]].append(p)
        if not pg["identifiers"]:
            err(f"{p}: offer page without identifiers")
    for kind, value, written in pg["identifiers"]:
        if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
            err(f"{p}: bad kind {kind}")
        if p in text and written not in text[p]:
            err(f"{p}: written text {written!r} not on page")
        if kind == "uscc" and not uscc_ok(value):
            err(f"{p}: bad USCC {value}")
        if kind == "phone" and not value.startswith("+86"):
            err(f"{p}: phone not normalized {value}")
        if value != value.lower() and kind in ("wechat", "email", "domain"):
            err(f"{p}: {kind} not lowercase {value}")
        key = (kind, value)
        if pg["operator"] is None:
            err(f"{p}: non-offer page carries seller identifier {key}")
            continue
        if owner.setdefault(key, pg["operator"]) != pg["operator"]:
            err(f"identifier {key} shared by {owner[key]} and {pg['operator']}")

# operators
us = sorted(o for o in by_op if o.startswith("U"))
is_ = sorted(o for o in by_op if o.startswith("I"))
if us != [f"U0{i}" for i in range(1, 10)]:
    err(f"U operators: {us}")
if is_ != [f"I0{i}" for i in range(1, 7)]:
    err(f"I operators: {is_}")
for o in us:
    n = len(by_op[o])
    if not 3 <= n <= 4:
        err(f"{o} has {n} pages")
    sites = [p.split("/")[1] for p in by_op[o]]
    if len(set(sites)) != len(sites):
        err(f"{o}: two pages on the same site {sites}")
    # each page shares an identifier with another page of the operator, and the pages connect
    idsets = {p: {(k, v) for k, v, _ in pages[p]["identifiers"]} for p in by_op[o]}
    for p in by_op[o]:
        if not any(idsets[p] & idsets[q] for q in by_op[o] if q != p):
            err(f"{o}: {p} shares no identifier with another page")
    seen, stack = set(), [by_op[o][0]]
    while stack:
        x = stack.pop()
        if x in seen:
            continue
        seen.add(x)
        stack += [q for q in by_op[o] if q not in seen and idsets[x] & idsets[q]]
    if len(seen) != len(by_op[o]):
        err(f"{o}: pages not connected by identifiers")
    if len({pages[p]["provider"] for p in by_op[o]}) < 2:
        err(f"{o}: fewer than 2 brand names")
for o in is_:
    if len(by_op[o]) != 1:
        err(f"{o} has {len(by_op[o])} pages")
if set(truth["operators"]) != set(by_op):
    err("operators dict does not match pages")
n_offer = sum(pg["is_offer"] for pg in pages.values())
if not 36 <= n_offer <= 38:
    err(f"offer pages {n_offer} not in 36-38")

# decoys
seller_values = {v for (_, v) in owner}
if len(truth["decoys"]) < 18:
    err("fewer than 18 decoys")
for d in truth["decoys"]:
    if d["value"] in seller_values or any(w in seller_values for w in d["written"]):
        err(f"decoy {d['value']} is a seller identifier")
    if len(d["paths"]) < 2:
        err(f"decoy {d['value']} on fewer than 2 pages")
    for p in d["paths"]:
        if p not in text:
            err(f"decoy {d['value']}: unknown path {p}")
        elif not any(w in text[p] for w in d["written"]):
            err(f"decoy {d['value']}: not written on {p}")
    for w in d["written"]:
        if not any(w in text.get(p, "") for p in d["paths"]):
            err(f"decoy {d['value']}: written form {w!r} on none of its paths")

# reachability
href_re = re.compile(r'<a\s[^>]*href="([^"]+)"')
seen, stack = set(), ["/index.html"]
while stack:
    p = stack.pop()
    if p in seen or p not in text:
        continue
    seen.add(p)
    for h in href_re.findall(text[p]):
        h = h.split("#")[0]
        if not h or ":" in h or h.startswith("/"):
            continue
        stack.append(posixpath.normpath(posixpath.join(posixpath.dirname(p), h)))
unreached = sorted(on_disk - seen)
if unreached:
    err(f"unreachable pages: {unreached}")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(on_disk)} pages, {n_offer} offers ({sum(len(by_op[o]) for o in us)} in 9 U operators, "
      f"{len(is_)} singles), {len(on_disk) - n_offer} non-offers, {len(truth['decoys'])} decoys")
