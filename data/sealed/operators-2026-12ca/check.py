#!/usr/bin/env python3
"""Verify truth.json against site/ (standard library only)."""
import json, os, re, sys
from collections import defaultdict
from urllib.parse import urljoin, urlparse

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")
truth = json.load(open(os.path.join(OUT, "truth.json"), encoding="utf-8"))
errors = []
def err(m): errors.append(m)

html = {}
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            html[p] = open(os.path.join(root, f), encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")): err("robots.txt missing")

tpaths = [p["path"] for p in truth["pages"]]
if len(set(tpaths)) != len(tpaths): err("duplicate paths in truth")
for p in tpaths:
    if p not in html: err("page in truth missing: " + p)
for p in html:
    if p not in tpaths: err("html page not in truth: " + p)

KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
ops = {o[0] for o in truth["operators"]}
op_pages = defaultdict(list)
owner = {}
for pg in truth["pages"]:
    h = html.get(pg["path"], "")
    op = pg["operator"]
    if pg["is_offer"]:
        if not op or not re.fullmatch(r"U0[1-9]|I0[1-6]", op): err("bad operator on " + pg["path"])
        op_pages[op].append(pg)
    elif op is not None: err("non-offer with operator: " + pg["path"])
    for kind, val, written in pg["identifiers"]:
        if kind not in KINDS: err("bad kind %s on %s" % (kind, pg["path"]))
        if written not in h: err("identifier %r not written on %s" % (written, pg["path"]))
        if kind == "phone" and not re.fullmatch(r"\+861\d{10}|0\d{2,3}-\d{7,8}", val): err("bad phone norm " + val)
        if kind in ("email", "domain", "wechat") and val != val.lower(): err("not lower-case " + val)
        if op:
            prev = owner.setdefault((kind, val), op)
            if prev != op: err("identifier %s %s shared by %s and %s" % (kind, val, prev, op))

for oid, pages in op_pages.items():
    if oid.startswith("U"):
        if oid not in ops: err("operator not listed: " + oid)
        if not 3 <= len(pages) <= 4: err("%s has %d pages" % (oid, len(pages)))
        if len({p["provider"] for p in pages}) < 3: err(oid + " has fewer than 3 brands")
        # connectivity over shared identifiers
        vals = [{(k, v) for k, v, _ in p["identifiers"]} for p in pages]
        seen, stack = {0}, [0]
        while stack:
            i = stack.pop()
            for j in range(len(pages)):
                if j not in seen and vals[i] & vals[j]: seen.add(j); stack.append(j)
        if len(seen) != len(pages): err(oid + " pages are not all linked by shared identifiers")
    else:
        if len(pages) != 1: err(oid + " independent with %d pages" % len(pages))
if len([o for o in op_pages if o.startswith("U")]) != 9: err("need 9 operators")
if len([o for o in op_pages if o.startswith("I")]) != 6: err("need 6 independents")

decoy_vals = set()
for d in truth["decoys"]:
    if len(d["paths"]) < 2: err("decoy on fewer than 2 pages: " + d["value"])
    decoy_vals.add((d["kind"], d["value"]))
    for p in d["paths"]:
        if p not in html: err("decoy path missing " + p)
        elif not any(w in html[p] for w in d["written"]): err("decoy %s not on %s" % (d["value"], p))
    groups = {next(pg["operator"] or pg["path"] for pg in truth["pages"] if pg["path"] == p) for p in d["paths"]}
    if len(groups) < 2: err("decoy only within one operator: " + d["value"])
if len(truth["decoys"]) < 18: err("fewer than 18 decoys")
for key in owner:
    if key in decoy_vals: err("identifier is also a decoy: %s" % (key,))

# reachability from /index.html
seen, stack = {"/index.html"}, ["/index.html"]
while stack:
    p = stack.pop()
    for href in re.findall(r"href=['\"]([^'\"]+)['\"]", html.get(p, "")):
        u = urlparse(urljoin("http://x" + p, href)).path
        if u in html and u not in seen: seen.add(u); stack.append(u)
for p in html:
    if p not in seen: err("unreachable: " + p)

n_off = sum(p["is_offer"] for p in truth["pages"])
if not 48 <= len(html) <= 56: err("page count %d" % len(html))
print("pages %d, offers %d, non-offers %d, operators %d, decoys %d" % (len(html), n_off, len(html) - n_off, len(ops), len(truth["decoys"])))
if errors:
    print("\n".join("FAIL " + e for e in errors)); sys.exit(1)
print("OK")
