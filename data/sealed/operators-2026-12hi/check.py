#!/usr/bin/env python3
"""Verify truth.json against site/.  Exits non-zero on any failure; prints the counts."""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPH for ch in c):
        return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c[:17], WTS)) % 31
    return c[17] == ALPH[0 if r == 31 else r]


def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    if kind == "uscc":
        return uscc_ok(v)
    return kind == "other"


truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
text = {}
for dp, _dn, fns in os.walk(SITE):
    for fn in fns:
        if fn.endswith(".html"):
            fp = os.path.join(dp, fn)
            text["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Disallow: /\n" in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or disallowing")

pages = {p["path"]: p for p in truth["pages"]}
for path in pages:
    if path not in text:
        err("truth page missing on disk: " + path)
for path in text:
    if path not in pages:
        err("html page not in truth: " + path)

# reachability from the hub
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    for href in re.findall(r'href="(/[^"#]*)"', text.get(cur, "")):
        if href in text and href not in seen:
            seen.add(href)
            todo.append(href)
for path in text:
    if path not in seen:
        err("unreachable from hub: " + path)

sites = {p.split("/")[1] for p in text if p.count("/") >= 2}
for s in sites:
    if "/%s/index.html" % s not in text:
        err("site without index: " + s)
    elif '"/%s/index.html"' % s not in text["/index.html"]:
        err("hub does not link " + s)

# page identifiers
seller_pages = defaultdict(list)
for p in truth["pages"]:
    if p["is_offer"]:
        if not p["operator"] or not p["provider"]:
            err("offer without operator/provider: " + p["path"])
        seller_pages[p["operator"]].append(p)
    elif p["operator"] is not None or p["identifiers"]:
        err("non-offer with operator/identifiers: " + p["path"])
    for kind, value, written in p["identifiers"]:
        if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
            err("bad kind %s on %s" % (kind, p["path"]))
        if not norm_ok(kind, value):
            err("bad normalisation %s %s" % (kind, value))
        if written not in text.get(p["path"], ""):
            err("written form %r not on %s" % (written, p["path"]))

# operators
ops = {k: v for k, v in seller_pages.items() if k.startswith("U")}
inds = {k: v for k, v in seller_pages.items() if k.startswith("I")}
if sorted(ops) != ["U%02d" % i for i in range(1, 10)]:
    err("operators are not U01-U09: %s" % sorted(ops))
if sorted(inds) != ["I%02d" % i for i in range(1, 7)]:
    err("independents are not I01-I06: %s" % sorted(inds))
for o, ps in ops.items():
    if not 3 <= len(ps) <= 4:
        err("%s has %d offer pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2:
        err("%s on a single site" % o)
    # connected through shared identifier values
    comp = {ps[0]["path"]}
    changed = True
    while changed:
        changed = False
        vals = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"])
                changed = True
    if len(comp) != len(ps):
        err("%s pages are not chained by shared identifiers" % o)
    tv = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
    if tv != {tuple(x) for x in truth["operators"].get(o, {}).get("identifiers", [])}:
        err("%s identifier list differs from its pages" % o)
    if set(truth["operators"].get(o, {}).get("brands", [])) != {p["provider"] for p in ps}:
        err("%s brand list differs" % o)
for o, ps in inds.items():
    if len(ps) != 1:
        err("%s has %d pages" % (o, len(ps)))
# no seller identifier may be shared with another seller, by value or by written form on the page
owner = {}
for o, ps in seller_pages.items():
    for p in ps:
        for k, v, w in p["identifiers"]:
            if owner.setdefault((k, v), o) != o:
                err("identifier %s %s shared by %s and %s" % (k, v, owner[(k, v)], o))
for o, ps in seller_pages.items():
    for p in ps:
        for k, v, w in p["identifiers"]:
            for q in truth["pages"]:
                if q["is_offer"] and q["operator"] != o and w in text.get(q["path"], ""):
                    err("%s's %r appears on %s (%s)" % (o, w, q["path"], q["operator"]))

# decoys
kinds = set()
for d in truth["decoys"]:
    kinds.add(d["kind"])
    if not norm_ok(d["kind"], d["value"]):
        err("bad decoy normalisation %s" % d["value"])
    scanned = sorted(p for p, t in text.items() if any(w in t for w in d["written"]))
    if scanned != sorted(d["pages"]):
        err("decoy %s pages differ from scan" % d["value"])
    for path in d["pages"]:
        if not any(w in text.get(path, "") for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], path))
    for w in d["written"]:
        if not any(w in text[p] for p in d["pages"] if p in text):
            err("decoy written form %r appears nowhere" % w)
    sellers = {pages[p]["operator"] for p in d["pages"] if pages.get(p, {}).get("is_offer")}
    if len(sellers) < 2 and len(d["pages"]) < 2:
        err("decoy %s spans fewer than two pages" % d["value"])
    if (d["kind"], d["value"]) in owner:
        err("decoy %s is also a seller identifier" % d["value"])
missing = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"} - kinds
if missing:
    err("decoy kinds missing: %s" % sorted(missing))

n_pages = len(text)
n_offers = sum(p["is_offer"] for p in truth["pages"])
if not 48 <= n_pages <= 56:
    err("page count %d outside 48-56" % n_pages)
if not 8 <= len(sites) <= 11:
    err("site count %d outside 8-11" % len(sites))
if not 34 <= n_offers <= 40:
    err("offer count %d not about 37" % n_offers)
if len(truth["decoys"]) < 18:
    err("only %d decoys" % len(truth["decoys"]))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%d"
      % (n_pages, len(sites), n_offers, n_pages - n_offers, len(ops), sum(len(v) for v in ops.values()),
         len(inds), len(truth["decoys"]), len(kinds)))
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
