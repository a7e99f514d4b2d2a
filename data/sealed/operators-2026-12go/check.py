#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
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
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
DECOY_CATS = {"public", "platform", "warning", "number", "placeholder", "reader", "third_party"}
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(s):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", s):
        return False
    r = 31 - sum(ALPHA.index(c) * pow(3, i, 31) for i, c in enumerate(s[:17])) % 31
    return ALPHA[0 if r == 31 else r] == s[17]


def value_ok(kind, v, decoy=False):
    if kind == "phone":
        if re.fullmatch(r"\+861\d{10}", v) or re.fullmatch(r"0\d{9,11}", v) or re.fullmatch(r"[48]00\d{7}", v):
            return True
        return decoy and re.fullmatch(r"\d{5}", v) is not None  # public 5-digit hotlines
    if kind in ("qq", "qq_group"):
        return re.fullmatch(r"[1-9]\d{4,10}", v) is not None
    if kind in ("wechat", "email", "domain"):
        return v == v.lower() and " " not in v
    if kind == "uscc":
        return uscc_ok(v)
    return kind == "other" and bool(v)


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))

# ---- files
files = {}
for root, _d, names in os.walk(SITE):
    for n in names:
        if n.endswith(".html"):
            rp = "/" + os.path.relpath(os.path.join(root, n), SITE).replace(os.sep, "/")
            files[rp] = open(os.path.join(root, n), encoding="utf-8").read()
text = {p: html.unescape(t) for p, t in files.items()}
tpaths = [p["path"] for p in truth["pages"]]
if len(set(tpaths)) != len(tpaths):
    err("duplicate paths in truth")
for p in tpaths:
    if p not in files:
        err("truth path missing: " + p)
for p in files:
    if p not in tpaths:
        err("page not in truth: " + p)
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing everything")
if "/index.html" not in files:
    err("hub missing")

# ---- reachability from the hub
seen, todo = set(), ["/index.html"]
while todo:
    cur = todo.pop()
    if cur in seen or cur not in files:
        continue
    seen.add(cur)
    for href in re.findall(r"href=['\"]([^'\"#]+)['\"]", files[cur]):
        if "://" in href:
            continue
        todo.append(posixpath.normpath(posixpath.join(posixpath.dirname(cur), href)))
for p in files:
    if p not in seen:
        err("unreachable from hub: " + p)

# ---- sites
sites = sorted({p.split("/")[1] for p in files if p.count("/") >= 2})
for s in sites:
    if "/%s/index.html" % s not in files:
        err("site without index: " + s)
    elif "/%s/index.html" % s not in re.findall(r"href='([^']+)'", files["/index.html"]) and \
            "%s/index.html" % s not in files["/index.html"]:
        err("hub does not link site index: " + s)

# ---- pages and identifiers
by_op = defaultdict(list)
id_owner = defaultdict(set)  # (kind,value) -> set of operators
seller_written = defaultdict(list)  # path -> written forms
for p in truth["pages"]:
    path = p["path"]
    if p["is_offer"]:
        if not p["operator"] or not re.fullmatch(r"[UI]0\d", p["operator"]):
            err("offer without operator: " + path)
        if not p["provider"]:
            err("offer without provider: " + path)
        if p["provider"] and p["provider"] not in text.get(path, ""):
            err("provider not written on page: %s %s" % (path, p["provider"]))
        by_op[p["operator"]].append(p)
    elif p["operator"] is not None:
        err("non-offer with operator: " + path)
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS:
            err("bad kind %s on %s" % (kind, path))
        if not value_ok(kind, value):
            err("bad normalized value %s %s on %s" % (kind, value, path))
        if written not in text.get(path, ""):
            err("written form %r not on %s" % (written, path))
        if p["operator"]:
            id_owner[(kind, value)].add(p["operator"])
        seller_written[path].append(written)

for key, owners in id_owner.items():
    if len(owners) > 1:
        err("identifier %s shared by %s" % (key, sorted(owners)))

# ---- operators
ops = sorted(k for k in by_op if k.startswith("U"))
inds = sorted(k for k in by_op if k.startswith("I"))
if ops != ["U%02d" % i for i in range(1, 10)]:
    err("operators are %s" % ops)
if inds != ["I%02d" % i for i in range(1, 7)]:
    err("independents are %s" % inds)
for op in ops:
    pgs = by_op[op]
    if not 3 <= len(pgs) <= 4:
        err("%s has %d pages" % (op, len(pgs)))
    if len({q["path"].split("/")[1] for q in pgs}) < 2:
        err("%s on a single site" % op)
    # connectivity through shared identifier values
    comp = {pgs[0]["path"]}
    changed = True
    while changed:
        changed = False
        vals = {(k, v) for q in pgs if q["path"] in comp for k, v, _ in q["identifiers"]}
        for q in pgs:
            if q["path"] not in comp and vals & {(k, v) for k, v, _ in q["identifiers"]}:
                comp.add(q["path"])
                changed = True
    if len(comp) != len(pgs):
        err("%s pages not tied together by identifiers" % op)
    t_op = truth["operators"].get(op)
    if not t_op:
        err("%s missing from operators" % op)
    else:
        have = {(k, v) for q in pgs for k, v, _ in q["identifiers"]}
        if have != {tuple(x) for x in t_op["identifiers"]}:
            err("%s identifiers differ from its pages" % op)
        if set(t_op["brands"]) != {q["provider"] for q in pgs}:
            err("%s brands differ from its pages" % op)
for op in inds:
    if len(by_op[op]) != 1:
        err("%s has %d pages" % (op, len(by_op[op])))
if set(truth["operators"]) != set(ops):
    err("operators table keys differ")

# ---- decoys
seller_vals = set(id_owner)
cats = set()
for d in truth["decoys"]:
    cats.add(d.get("category"))
    if d["kind"] not in KINDS or not value_ok(d["kind"], d["value"], decoy=True):
        err("bad decoy value %s" % d["value"])
    if (d["kind"], d["value"]) in seller_vals:
        err("decoy %s is also a seller identifier" % d["value"])
    scan = sorted(p for p, t in text.items() if any(w in t for w in d["written"]))
    if scan != sorted(d["pages"]):
        err("decoy %s pages differ from scan: %s" % (d["value"], scan))
    for pth in d["pages"]:
        if not any(w in text.get(pth, "") for w in d["written"]):
            err("decoy %s not written on %s" % (d["value"], pth))
        for sw in seller_written.get(pth, []):
            for w in d["written"]:
                if w in sw:
                    err("decoy %r inside seller written form %r on %s" % (w, sw, pth))
    owners = {next(q["operator"] for q in truth["pages"] if q["path"] == pth) for pth in d["pages"]}
    if len(d["pages"]) < 1:
        err("decoy %s appears nowhere" % d["value"])
multi = sum(1 for d in truth["decoys"]
            if len({next(q["operator"] for q in truth["pages"] if q["path"] == pth) for pth in d["pages"]} - {None}) >= 2)
if not DECOY_CATS <= cats:
    err("decoy categories missing: %s" % sorted(DECOY_CATS - cats))

# ---- counts
n_pages = len(truth["pages"])
n_offer = sum(p["is_offer"] for p in truth["pages"])
if not 48 <= n_pages <= 56:
    err("page count %d" % n_pages)
if not 8 <= len(sites) <= 11:
    err("site count %d" % len(sites))
if not 34 <= n_offer <= 40:
    err("offer count %d" % n_offer)
if len(truth["decoys"]) < 18:
    err("only %d decoys" % len(truth["decoys"]))

for e in errors:
    print("FAIL:", e)
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d "
      "decoys=%d decoys_on_2plus_sellers=%d decoy_categories=%d errors=%d" % (
          n_pages, len(sites), n_offer, n_pages - n_offer, len(ops), sum(len(by_op[o]) for o in ops),
          len(inds), len(truth["decoys"]), multi, len(cats), len(errors)))
sys.exit(1 if errors else 0)
