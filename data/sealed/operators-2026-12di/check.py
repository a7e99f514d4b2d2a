#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]


def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind == "uscc":
        return uscc_ok(v)
    return kind in ("qq", "qq_group", "other")


t = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
html = {}
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            html[p] = open(os.path.join(root, f), encoding="utf-8").read()

paths = [p["path"] for p in t["pages"]]
if set(paths) != set(html) or len(paths) != len(set(paths)):
    err("truth pages and site html files differ")
# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html:
        continue
    seen.add(p)
    base = os.path.dirname(p)
    for h in re.findall(r'href="([^"#:]+)"', html[p]):
        todo.append(os.path.normpath(os.path.join(base, h)).replace(os.sep, "/"))
if seen != set(html):
    err("unreachable: %s" % sorted(set(html) - seen))
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")

ops = Counter()
for p in t["pages"]:
    if p["path"] not in html:
        err("missing " + p["path"])
        continue
    if p["is_offer"] != bool(p["operator"]):
        err("offer/operator mismatch " + p["path"])
    for kind, v, w in p["identifiers"]:
        if w not in html[p["path"]]:
            err("identifier %r not on %s" % (w, p["path"]))
        if not norm_ok(kind, v):
            err("bad normalization %s %s" % (kind, v))
        if p["operator"] and [kind, v] not in t["operators"].get(p["operator"], {"identifiers": []})["identifiers"] \
                and not p["operator"].startswith("I"):
            err("identifier not in operator %s %s" % (p["operator"], v))
    if p["operator"]:
        ops[p["operator"]] += 1

# operators: each U has 3-4 pages, each I exactly one, and pages tied by shared identifiers
for o, n in ops.items():
    if o.startswith("U") and not 3 <= n <= 4:
        err("%s has %d pages" % (o, n))
    if o.startswith("I") and n != 1:
        err("%s has %d pages" % (o, n))
idx = {}
for p in t["pages"]:
    for kind, v, _ in p["identifiers"]:
        idx.setdefault((kind, v), set()).add(p["operator"])
for key, owners in idx.items():
    if len(owners) > 1:
        err("identifier %s shared by %s" % (key, owners))
for o in ops:
    if not o.startswith("U"):
        continue
    pl = [p for p in t["pages"] if p["operator"] == o]
    comp = {0}
    changed = True
    while changed:
        changed = False
        for i, p in enumerate(pl):
            if i in comp:
                continue
            k = {(a, b) for a, b, _ in p["identifiers"]}
            if any(k & {(a, b) for a, b, _ in pl[j]["identifiers"]} for j in comp):
                comp.add(i)
                changed = True
    if len(comp) != len(pl):
        err("%s pages not connected" % o)

decoy_kinds = set()
for d in t["decoys"]:
    decoy_kinds.add(d["kind"])
    actual = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if actual != sorted(d["pages"]):
        err("decoy %s pages mismatch" % d["value"])
    for pg in d["pages"]:
        if not any(w in html.get(pg, "") for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], pg))
    if (d["kind"], d["value"]) in idx:
        err("decoy %s is also a seller identifier" % d["value"])

n_pages = len(html)
n_offers = sum(p["is_offer"] for p in t["pages"])
n_sites = len({p.split("/")[1] for p in html if p.count("/") == 2})
n_u = len([o for o in ops if o.startswith("U")])
n_i = len([o for o in ops if o.startswith("I")])
if not 48 <= n_pages <= 56: err("pages %d" % n_pages)
if not 8 <= n_sites <= 11: err("sites %d" % n_sites)
if not 34 <= n_offers <= 40: err("offers %d" % n_offers)
if n_u != 9 or n_i != 6: err("operators %d/%d" % (n_u, n_i))
if len(t["decoys"]) < 18: err("decoys %d" % len(t["decoys"]))
if decoy_kinds != {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}:
    err("decoy kinds %s" % sorted(decoy_kinds))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d" % (
    n_pages, n_sites, n_offers, n_pages - n_offers, n_u, n_i, len(t["decoys"])))
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
