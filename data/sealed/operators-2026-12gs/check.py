#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v and v.startswith("/"):
                    self.links.append(v.split("#")[0])


truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for dp, _dn, fns in os.walk(SITE):
    for fn in fns:
        if fn.endswith(".html"):
            full = os.path.join(dp, fn)
            html["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing all")

pages = {p["path"]: p for p in truth["pages"]}
if set(pages) != set(html):
    err("truth pages != html files: %s" % sorted(set(pages) ^ set(html)))

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in html:
        continue
    seen.add(u)
    lp = Links()
    lp.feed(html[u])
    todo.extend(lp.links)
for u in html:
    if u not in seen:
        err("unreachable: " + u)

# page identifiers
for path, p in pages.items():
    if path not in html:
        err("missing file " + path)
        continue
    if p["is_offer"] and not p["operator"]:
        err("offer without operator " + path)
    if not p["is_offer"] and (p["operator"] or p["identifiers"]):
        err("non-offer with operator/identifiers " + path)
    if p["provider"] and p["provider"] not in html[path]:
        err("provider not on page %s: %s" % (path, p["provider"]))
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS:
            err("bad kind %s on %s" % (kind, path))
        if written not in html[path]:
            err("written form %r not on %s" % (written, path))
        if kind == "phone" and not (re.fullmatch(r"\+861\d{10}", value) or re.fullmatch(r"0\d{9,11}", value)
                                    or re.fullmatch(r"[48]00\d{7}", value)):
            err("phone not normalized: " + value)
        if kind in ("wechat", "email", "domain") and value != value.lower():
            err("not lower case: " + value)
        if kind == "uscc" and not uscc_ok(value):
            err("bad USCC check: " + value)

# operators
ops = {}
for path, p in pages.items():
    if p["operator"]:
        ops.setdefault(p["operator"], []).append(p)
U = sorted(o for o in ops if o.startswith("U"))
I = sorted(o for o in ops if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]:
    err("operators U01-U09 expected, got %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]:
    err("independents I01-I06 expected, got %s" % I)
for o in U:
    ps = ops[o]
    if not 3 <= len(ps) <= 4:
        err("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2:
        err("%s on a single site" % o)
    # connected by shared values
    comp, todo = {ps[0]["path"]}, [ps[0]]
    while todo:
        a = todo.pop()
        va = {(k, v) for k, v, _ in a["identifiers"]}
        for b in ps:
            if b["path"] not in comp and va & {(k, v) for k, v, _ in b["identifiers"]}:
                comp.add(b["path"])
                todo.append(b)
    if len(comp) != len(ps):
        err("%s pages not chained by shared identifiers" % o)
    tv = truth["operators"].get(o)
    union = sorted({(k, v) for p in ps for k, v, _ in p["identifiers"]})
    if not tv or sorted(tuple(x) for x in tv["identifiers"]) != union:
        err("%s operator identifiers differ from page union" % o)
for o in I:
    if len(ops[o]) != 1:
        err("%s must have one page" % o)

# no seller identifier value shared across sellers; no written form leaks onto another seller's page
owner = {}
for o, ps in ops.items():
    for p in ps:
        for k, v, _ in p["identifiers"]:
            if owner.setdefault((k, v), o) != o:
                err("identifier %s shared by %s and %s" % (v, owner[(k, v)], o))
for o, ps in ops.items():
    for p in ps:
        for k, v, w in p["identifiers"]:
            for path, q in pages.items():
                if q["operator"] and q["operator"] != o and w in html[path]:
                    err("%s's %s appears on %s (%s)" % (o, w, path, q["operator"]))

# decoys
dk = set()
for d in truth["decoys"]:
    dk.add(d["kind"])
    found = sorted(path for path, t in html.items() if any(w in t for w in d["written"]))
    if found != sorted(d["pages"]):
        err("decoy %s pages mismatch: %s vs %s" % (d["value"], found, d["pages"]))
    if not d["pages"]:
        err("decoy %s on no page" % d["value"])
    for path in d["pages"]:
        if not any(w in html[path] for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], path))
    if (d["kind"], d["value"]) in owner:
        err("decoy %s is also a seller identifier" % d["value"])
    for o, ps in ops.items():
        for p in ps:
            for _k, _v, w in p["identifiers"]:
                if any(x in w for x in d["written"]):
                    err("decoy %s inside seller identifier %s" % (d["value"], w))

n_pages = len(html)
n_offers = sum(1 for p in pages.values() if p["is_offer"])
n_sites = len({p.split("/")[1] for p in html if p.count("/") == 2})
if not 48 <= n_pages <= 56:
    err("page count %d" % n_pages)
if not 8 <= n_sites <= 11:
    err("site count %d" % n_sites)
if not 34 <= n_offers <= 40:
    err("offer count %d" % n_offers)
if len(truth["decoys"]) < 18:
    err("fewer than 18 decoys")
for u in html:
    if u != "/index.html" and u.endswith("/index.html") and u not in html["/index.html"]:
        err("hub does not link " + u)

for e in errors:
    print("FAIL:", e)
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d decoy_kinds=%d"
      % (n_pages, n_sites, n_offers, n_pages - n_offers, len(U), len(I), len(truth["decoys"]), len(dk)))
sys.exit(1 if errors else 0)
