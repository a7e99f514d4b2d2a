#!/usr/bin/env python3
"""Verify truth.json against site/ (standard library only). Exit 1 on any problem."""
import json
import os
import re
import sys
from collections import defaultdict, deque

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
errors = []


def read(path):
    return open(os.path.join(SITE, path.lstrip("/")), encoding="utf-8").read()


pages = {p["path"]: p for p in truth["pages"]}

# 1. every page in truth exists; identifiers appear as written
for path, p in pages.items():
    fp = os.path.join(SITE, path.lstrip("/"))
    if not os.path.isfile(fp):
        errors.append("missing page %s" % path)
        continue
    html = read(path)
    for kind, norm, written in p["identifiers"]:
        if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
            errors.append("%s: bad kind %s" % (path, kind))
        if written not in html:
            errors.append("%s: identifier %s/%s not written as %r" % (path, kind, norm, written))
    if p["is_offer"] and not p["operator"]:
        errors.append("%s: offer without operator" % path)
    if not p["is_offer"] and p["operator"] is not None:
        errors.append("%s: non-offer with operator" % path)

# 2. every HTML page is in truth
for root, _, files in os.walk(SITE):
    for fn in files:
        if fn.endswith(".html"):
            rel = "/" + os.path.relpath(os.path.join(root, fn), SITE).replace(os.sep, "/")
            if rel not in pages:
                errors.append("html page not in truth: %s" % rel)
if not os.path.isfile(os.path.join(SITE, "robots.txt")):
    errors.append("robots.txt missing")

# 3. decoys appear on each listed page; at least two pages of different owners
for d in truth["decoys"]:
    owners = set()
    for path in d["paths"]:
        if path not in pages:
            errors.append("decoy %s on unknown page %s" % (d["value"], path))
            continue
        html = read(path)
        if not any(w in html for w in d["written"]):
            errors.append("decoy %s not on %s" % (d["value"], path))
        owners.add(pages[path]["operator"] or "nonoffer:" + path)
    if len(d["paths"]) < 2 or len(owners) < 2:
        errors.append("decoy %s does not span two owners" % d["value"])

# 4. reachability from /index.html
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    cur = q.popleft()
    for href in re.findall(r'href="(/[^"#?]*)"', read(cur)):
        if href.endswith(".html") and href not in seen and href in pages:
            seen.add(href)
            q.append(href)
for path in pages:
    if path not in seen:
        errors.append("unreachable: %s" % path)

# 5. operator structure
by_op = defaultdict(list)
for p in pages.values():
    if p["operator"]:
        by_op[p["operator"]].append(p)
ident_owner = defaultdict(set)
for p in pages.values():
    for kind, norm, _ in p["identifiers"]:
        ident_owner[(kind, norm)].add(p["operator"] or "nonoffer:" + p["path"])
for key, owners in ident_owner.items():
    if len(owners) > 1:
        errors.append("identifier %s shared across owners %s" % (key, sorted(o for o in owners)))
decoy_vals = {(d["kind"], d["value"]) for d in truth["decoys"]}
for key in ident_owner:
    if key in decoy_vals:
        errors.append("identifier %s is also a decoy" % (key,))
for op, ps in by_op.items():
    if op.startswith("U"):
        if not 3 <= len(ps) <= 4:
            errors.append("%s has %d pages" % (op, len(ps)))
        brands = {p["provider"] for p in ps}
        if len(brands) < 3:
            errors.append("%s has only %d brands" % (op, len(brands)))
        for p in ps:
            mine = {(k, n) for k, n, _ in p["identifiers"]}
            others = set()
            for o in ps:
                if o is not p:
                    others |= {(k, n) for k, n, _ in o["identifiers"]}
            if not mine & others:
                errors.append("%s page %s shares nothing with its operator" % (op, p["path"]))
    else:
        if len(ps) != 1:
            errors.append("%s has %d pages" % (op, len(ps)))

n = len(pages)
n_off = sum(p["is_offer"] for p in pages.values())
ops = sorted(k for k in by_op if k.startswith("U"))
ind = sorted(k for k in by_op if k.startswith("I"))
print("pages=%d offers=%d non-offers=%d operators=%d independents=%d decoys=%d"
      % (n, n_off, n - n_off, len(ops), len(ind), len(truth["decoys"])))
if not 48 <= n <= 56:
    errors.append("page count %d out of range" % n)
if len(ops) != 9 or len(ind) != 6:
    errors.append("want 9 operators and 6 independents")
if n - n_off < 11 or len(truth["decoys"]) < 18:
    errors.append("too few non-offers or decoys")
if errors:
    print("\n".join("FAIL: " + e for e in errors))
    sys.exit(1)
print("OK")
