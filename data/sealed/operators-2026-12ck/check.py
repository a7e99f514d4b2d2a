#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W_USCC))
    r = 31 - s % 31
    return ALPH[0 if r == 31 else r] == c[17]


def value_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|1\d{4}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    if kind == "uscc":
        return uscc_ok(v)
    return kind == "other"


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
paths = [p["path"] for p in truth["pages"]]
if len(paths) != len(set(paths)):
    err("duplicate page paths in truth")
for p in files - set(paths):
    err("page not in truth: " + p)
for p in set(paths) - files:
    err("truth page missing on disk: " + p)
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")
html = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}

# crawl from /index.html
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html:
        continue
    seen.add(p)
    for h in re.findall(r'href="([^"#]+)"', html[p]):
        if h.startswith("/"):
            todo.append(h + "index.html" if h.endswith("/") else h)
for p in files - seen:
    err("not reachable from /index.html: " + p)

owner = {}
seller_ids = defaultdict(set)  # (kind,value) -> sellers
pages_of = defaultdict(list)
for pg in truth["pages"]:
    p = pg["path"]
    if pg["is_offer"]:
        if not pg["operator"]:
            err("offer without operator: " + p)
        owner[p] = pg["operator"]
        pages_of[pg["operator"]].append(pg)
    else:
        if pg["operator"] is not None or pg["identifiers"]:
            err("non-offer with operator/identifiers: " + p)
        owner[p] = "none:" + p
    for kind, value, written in pg["identifiers"]:
        if not value_ok(kind, value):
            err("bad value %s %s on %s" % (kind, value, p))
        if p in html and written not in html[p]:
            err("written form %r not on %s" % (written, p))
        if pg["operator"]:
            seller_ids[(kind, value)].add(pg["operator"])
for k, s in seller_ids.items():
    if len(s) > 1:
        err("identifier %s shared by sellers %s" % (k, sorted(s)))

ops = sorted(o for o in pages_of if o.startswith("U"))
inds = sorted(o for o in pages_of if o.startswith("I"))
if len(ops) != 9:
    err("expected 9 operators, got %d" % len(ops))
if len(inds) != 6:
    err("expected 6 independents, got %d" % len(inds))
for o in ops:
    pgs = pages_of[o]
    if not 3 <= len(pgs) <= 4:
        err("%s has %d pages" % (o, len(pgs)))
    if len({p["path"].split("/")[1] for p in pgs}) < 2:
        err("%s pages on a single site" % o)
    for pg in pgs:
        mine = {(k, v) for k, v, _ in pg["identifiers"]}
        others = set()
        for q in pgs:
            if q is not pg:
                others |= {(k, v) for k, v, _ in q["identifiers"]}
        if not mine & others:
            err("%s page %s shares no identifier with its other pages" % (o, pg["path"]))
    topo = truth["operators"].get(o)
    if not topo:
        err("operator %s missing from truth operators" % o)
    else:
        for pg in pgs:
            for k, v, _ in pg["identifiers"]:
                if [k, v] not in topo["identifiers"]:
                    err("%s identifier %s/%s not in operators" % (o, k, v))
for i in inds:
    if len(pages_of[i]) != 1:
        err("%s has %d pages" % (i, len(pages_of[i])))
if set(truth["operators"]) != set(ops):
    err("operators block mismatch")

# decoys
kinds_seen = set()
for d in truth["decoys"]:
    if not value_ok(d["kind"], d["value"]):
        err("bad decoy value %s" % d["value"])
    if len(d["pages"]) < 2:
        err("decoy %s on fewer than 2 pages" % d["value"])
    if len({owner.get(p) for p in d["pages"]}) < 2:
        err("decoy %s not on pages of different owners" % d["value"])
    if (d["kind"], d["value"]) in seller_ids:
        err("decoy %s is also a seller identifier" % d["value"])
    for p in d["pages"]:
        if p not in html:
            err("decoy page missing " + p)
        elif not any(w in html[p] for w in d["written"]):
            err("decoy %s not written on %s" % (d["value"], p))
    kinds_seen.add(d["kind"])
need = {"phone", "email", "qq_group", "domain", "other", "wechat", "qq", "uscc"}
if need - kinds_seen:
    err("decoy kinds missing: %s" % sorted(need - kinds_seen))

n_pages = len(paths)
n_offer = sum(p["is_offer"] for p in truth["pages"])
styles = {p.split("/")[1] for p in paths if p.count("/") >= 2}
if not 48 <= n_pages <= 56:
    err("page count %d" % n_pages)
if not 34 <= n_offer <= 40:
    err("offer count %d" % n_offer)
if not 8 <= len(styles) <= 11:
    err("site styles %d" % len(styles))
if len(truth["decoys"]) < 18:
    err("decoys %d" % len(truth["decoys"]))

for e in errors:
    print("FAIL:", e)
print("pages=%d offers=%d non_offers=%d sites=%d operators=%d independents=%d decoys=%d errors=%d" % (
    n_pages, n_offer, n_pages - n_offer, len(styles), len(ops), len(inds), len(truth["decoys"]), len(errors)))
sys.exit(1 if errors else 0)
