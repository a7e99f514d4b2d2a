#!/usr/bin/env python3
"""Verify truth.json against site/ (standard library only)."""
import json, os, re, html, sys
from collections import defaultdict, deque

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
errors = []
def err(m):
    errors.append(m)

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
raw, text = {}, {}
for dp, _, fs in os.walk(SITE):
    for fn in fs:
        if fn.endswith(".html"):
            full = os.path.join(dp, fn)
            path = "/" + os.path.relpath(full, SITE).replace(os.sep, "/")
            raw[path] = open(full, encoding="utf-8").read()
            text[path] = html.unescape(raw[path])

def found(w, t):
    return re.search(r"(?<![0-9A-Za-z])" + re.escape(w) + r"(?![0-9A-Za-z])", t) is not None

if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing all")

KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
tpaths = [p["path"] for p in truth["pages"]]
if len(set(tpaths)) != len(tpaths):
    err("duplicate paths in truth")
for p in truth["pages"]:
    if p["path"] not in text:
        err("truth page missing on disk: " + p["path"]); continue
    op = p["operator"]
    if p["is_offer"]:
        if not (op and re.fullmatch(r"U0[1-9]|I0[1-6]", op)):
            err("bad operator on offer " + p["path"])
        if not p.get("provider"):
            err("offer without provider " + p["path"])
        elif p["provider"] not in text[p["path"]]:
            err("provider not on page %s: %s" % (p["path"], p["provider"]))
    elif op is not None:
        err("non-offer with operator " + p["path"])
    for kind, norm, written in p["identifiers"]:
        if kind not in KINDS:
            err("bad kind %s on %s" % (kind, p["path"]))
        if written not in text[p["path"]]:
            err("identifier %s/%s written %r not on %s" % (kind, norm, written, p["path"]))
        if kind == "phone" and not re.fullmatch(r"\+86\d{11}|0\d{2,3}-\d{7,8}", norm):
            err("phone not normalized: " + norm)
        if kind in ("wechat", "email", "domain", "uscc", "qq", "qq_group") and norm != norm.lower():
            err("not lower-case: " + norm)
        if kind == "domain" and norm.startswith("www."):
            err("domain with www: " + norm)
for path in text:
    if path not in tpaths:
        err("page on disk not in truth: " + path)

# operators: counts, spread and linkage
byop = defaultdict(list)
for p in truth["pages"]:
    if p["is_offer"]:
        byop[p["operator"]].append(p)
owner = defaultdict(set)
for op, ps in byop.items():
    for p in ps:
        for k, v, w in p["identifiers"]:
            owner[(k, v)].add(op)
for key, ops in owner.items():
    if len(ops) > 1:
        err("identifier %s shared across operators %s" % (key, sorted(ops)))
for i in range(1, 10):
    u = "U%02d" % i
    ps = byop.get(u, [])
    if not 3 <= len(ps) <= 4:
        err("%s has %d pages" % (u, len(ps)))
    sites = {p["path"].split("/")[1] for p in ps}
    if len(sites) != len(ps):
        err("%s pages not spread over distinct site styles" % u)
    # connectivity by shared normalized identifiers
    if ps:
        adj = defaultdict(set)
        for a in ps:
            for b in ps:
                if a is not b and {(k, v) for k, v, _ in a["identifiers"]} & {(k, v) for k, v, _ in b["identifiers"]}:
                    adj[a["path"]].add(b["path"])
        seen, dq = {ps[0]["path"]}, deque([ps[0]["path"]])
        while dq:
            x = dq.popleft()
            for y in adj[x] - seen:
                seen.add(y); dq.append(y)
        if len(seen) != len(ps):
            err("%s pages not linked by shared identifiers" % u)
    if len({p["provider"] for p in ps}) < 3:
        err("%s uses fewer than 3 brands" % u)
for i in range(1, 7):
    ind = "I%02d" % i
    if len(byop.get(ind, [])) != 1:
        err("%s must have exactly one page" % ind)
ops_listed = [o[0] for o in truth["operators"]]
if ops_listed != ["U%02d" % i for i in range(1, 10)]:
    err("operators list wrong")

# decoys
decoy_vals = set()
if len(truth["decoys"]) < 18:
    err("fewer than 18 decoys")
pageop = {p["path"]: p["operator"] for p in truth["pages"]}
for d in truth["decoys"]:
    decoy_vals.add((d["kind"], d["value"]))
    if len(d["paths"]) < 2:
        err("decoy on fewer than two pages: " + d["value"])
    for path in d["paths"]:
        if path not in text:
            err("decoy page missing: " + path)
        elif not any(found(w, text[path]) for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], path))
    groups = {pageop[x] or ("N:" + x) for x in d["paths"] if x in pageop}
    if len(groups) < 2:
        err("decoy %s only on pages of one operator" % d["value"])
for key in owner:
    if key in decoy_vals:
        err("identifier is also a decoy: %s" % (key,))

# reachability
start = "/index.html"
seen, dq = {start}, deque([start])
while dq:
    x = dq.popleft()
    for href in re.findall(r'href="([^"]+)"', raw.get(x, "")):
        if href.startswith("/") and href in raw and href not in seen:
            seen.add(href); dq.append(href)
for path in raw:
    if path not in seen:
        err("unreachable: " + path)

n = len(truth["pages"])
offers = sum(p["is_offer"] for p in truth["pages"])
if not 48 <= n <= 56:
    err("page count %d out of range" % n)
if n - offers < 11:
    err("too few non-offers")
if errors:
    print("\n".join(errors)); print("FAIL (%d)" % len(errors)); sys.exit(1)
print("OK pages=%d offers=%d non-offers=%d operators=%d independents=%d decoys=%d" % (
    n, offers, n - offers, len(ops_listed), sum(1 for o in byop if o.startswith("I")), len(truth["decoys"])))
