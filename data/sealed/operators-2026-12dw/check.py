#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json
import os
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []


def fail(msg):
    errors.append(msg)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], WEIGHTS))
    r = 31 - s % 31
    return c[17] == ALPHA[0 if r == 31 else r]


def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind == "uscc":
        return uscc_ok(v)
    return True


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.links.append(v)


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
html = {}
for root, _d, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            fp = os.path.join(root, f)
            html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

rb = os.path.join(SITE, "robots.txt")
if not os.path.exists(rb) or "Disallow: /\n" in open(rb).read():
    fail("robots.txt missing or disallows")

paths = [p["path"] for p in truth["pages"]]
if set(paths) != set(html):
    fail("truth pages != html files: %s" % sorted(set(paths) ^ set(html)))

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html:
        continue
    seen.add(p)
    lp = Links()
    lp.feed(html[p])
    todo.extend(l for l in lp.links if l.startswith("/"))
if seen != set(html):
    fail("unreachable: %s" % sorted(set(html) - seen))

sites = {p.split("/")[1] for p in html if p.count("/") > 1}
id_pages = defaultdict(set)   # (kind,value) -> sellers
op_pages = defaultdict(list)
for p in truth["pages"]:
    h = html.get(p["path"], "")
    if not p["is_offer"] and p["operator"] is not None:
        fail("non-offer with operator: " + p["path"])
    if p["is_offer"] and not p["operator"]:
        fail("offer without operator: " + p["path"])
    if p["operator"]:
        op_pages[p["operator"]].append(p)
    for k, v, w in p["identifiers"]:
        if k not in KINDS:
            fail("bad kind %s on %s" % (k, p["path"]))
        if not norm_ok(k, v):
            fail("bad normalization %s %s" % (k, v))
        if w not in h:
            fail("written form %r missing on %s" % (w, p["path"]))
        if p["operator"]:
            id_pages[(k, v)].add(p["operator"])

for key, ops in id_pages.items():
    if len(ops) > 1:
        fail("identifier %s shared by sellers %s" % (key, ops))

ops = sorted(o for o in op_pages if o.startswith("U"))
inds = sorted(o for o in op_pages if o.startswith("I"))
if ops != ["U%02d" % i for i in range(1, 10)]:
    fail("operators: %s" % ops)
if inds != ["I%02d" % i for i in range(1, 7)]:
    fail("independents: %s" % inds)
for o in ops:
    pl = op_pages[o]
    if not 3 <= len(pl) <= 4:
        fail("%s has %d pages" % (o, len(pl)))
    if o not in truth["operators"]:
        fail("%s missing in operators" % o)
    # chain connectivity by shared identifiers
    comp = {0}
    changed = True
    while changed:
        changed = False
        for i, a in enumerate(pl):
            if i in comp:
                continue
            ia = {(k, v) for k, v, _ in a["identifiers"]}
            if any(ia & {(k, v) for k, v, _ in pl[j]["identifiers"]} for j in comp):
                comp.add(i)
                changed = True
    if len(comp) != len(pl):
        fail("%s pages not tied by a chain of shared identifiers" % o)
    oids = {tuple(x) for x in truth["operators"][o]["identifiers"]}
    for p in pl:
        for k, v, _ in p["identifiers"]:
            if (k, v) not in oids:
                fail("%s identifier %s not in operator list" % (o, v))
for o in inds:
    if len(op_pages[o]) != 1:
        fail("%s has %d pages" % (o, len(op_pages[o])))

decoy_values = set()
for d in truth["decoys"]:
    found = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if found != sorted(d["pages"]):
        fail("decoy %s pages mismatch: %s vs %s" % (d["value"], found, d["pages"]))
    if not d["pages"]:
        fail("decoy %s appears nowhere" % d["value"])
    if d["kind"] not in KINDS:
        fail("decoy kind " + d["kind"])
    decoy_values.add((d["kind"], d["value"]))
for key in id_pages:
    if key in decoy_values:
        fail("seller identifier also a decoy: %s" % (key,))

n_pages = len(html)
n_offers = sum(p["is_offer"] for p in truth["pages"])
n_dec = len(truth["decoys"])
if not 48 <= n_pages <= 56:
    fail("page count %d" % n_pages)
if not 8 <= len(sites) <= 11:
    fail("site count %d" % len(sites))
if not 34 <= n_offers <= 40:
    fail("offer count %d" % n_offers)
if n_dec < 18:
    fail("decoys %d" % n_dec)

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d" % (
    n_pages, len(sites), n_offers, n_pages - n_offers, len(ops), sum(len(op_pages[o]) for o in ops), len(inds), n_dec))
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
