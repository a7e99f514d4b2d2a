#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def fail(msg):
    ERR.append(msg)


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
html = {}
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            fp = os.path.join(root, f)
            html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing all")

pages = {p["path"]: p for p in truth["pages"]}
for path in pages:
    if path not in html:
        fail("missing page " + path)
for path in html:
    if path not in pages:
        fail("page not in truth " + path)

# reachability from hub
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    for href in re.findall(r'href="([^"]+)"', html.get(cur, "")):
        if href in html and href not in seen:
            seen.add(href)
            todo.append(href)
for path in html:
    if path not in seen:
        fail("unreachable " + path)

# normalization
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPHA.index(ch) * pow(3, i, 31) for i, ch in enumerate(c[:17]))
    r = 31 - s % 31
    return ALPHA[0 if r == 31 else r] == c[17]


NORM = {
    "phone": lambda v: re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v),
    "wechat": lambda v: v == v.lower() and re.fullmatch(r"[a-z][a-z0-9_-]{4,19}", v),
    "qq": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
    "qq_group": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
    "email": lambda v: v == v.lower() and re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", v),
    "uscc": uscc_ok,
    "domain": lambda v: v == v.lower() and re.fullmatch(r"[a-z0-9.-]+\.[a-z]+", v),
    "other": lambda v: bool(v),
}

op_pages = defaultdict(list)
offers = 0
for p in truth["pages"]:
    path, op = p["path"], p["operator"]
    text = html.get(path, "")
    if p["is_offer"]:
        offers += 1
        if not op or not re.fullmatch(r"[UI]0\d", op):
            fail("offer without operator " + path)
        if not p["provider"] or p["provider"] not in text:
            fail("provider not on page %s" % path)
        if not p["identifiers"]:
            fail("offer without identifiers " + path)
        op_pages[op].append(p)
    elif op is not None or p["identifiers"]:
        fail("non-offer with operator/identifiers " + path)
    for kind, value, written in p["identifiers"]:
        if kind not in NORM or not NORM[kind](value):
            fail("bad normalized %s %s on %s" % (kind, value, path))
        if written not in text:
            fail("written form %r not on %s" % (written, path))

# operators and independents
us = sorted(k for k in op_pages if k.startswith("U"))
ins = sorted(k for k in op_pages if k.startswith("I"))
if us != ["U0%d" % i for i in range(1, 10)]:
    fail("operators " + str(us))
if ins != ["I0%d" % i for i in range(1, 7)]:
    fail("independents " + str(ins))
owner = defaultdict(set)
for op, ps in op_pages.items():
    for p in ps:
        for kind, value, _ in p["identifiers"]:
            owner[(kind, value)].add(op)
for key, ops in owner.items():
    if len(ops) > 1:
        fail("identifier %s shared by %s" % (key, sorted(ops)))
for op in us:
    ps = op_pages[op]
    if not 3 <= len(ps) <= 4:
        fail("%s has %d pages" % (op, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2:
        fail(op + " on a single site")
    # pages connected by shared identifiers
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
        fail(op + " pages not tied by a chain of identifiers")
    tops = truth["operators"].get(op)
    if not tops:
        fail("operator missing in truth " + op)
    else:
        want = sorted({(k, v) for p in ps for k, v, _ in p["identifiers"]})
        if sorted(map(tuple, tops["identifiers"])) != want:
            fail(op + " operator identifiers mismatch")
        for p in ps:
            if p["provider"] not in tops["brands"]:
                fail("%s brand %s not listed" % (op, p["provider"]))
for op in ins:
    if len(op_pages[op]) != 1:
        fail(op + " should have one page")

# seller written forms must not leak onto other sellers' pages
for op, ps in op_pages.items():
    mine = {p["path"] for p in ps}
    for p in ps:
        for _, _, written in p["identifiers"]:
            if len(written) < 6:
                continue
            for path, text in html.items():
                if written in text and path not in mine and pages[path]["is_offer"]:
                    fail("%s written %r leaks onto %s" % (op, written, path))

# decoys
kinds = set()
for d in truth["decoys"]:
    kinds.add(d["kind"])
    if not NORM[d["kind"]](d["value"]):
        fail("bad decoy value " + d["value"])
    hit = sorted(path for path, text in html.items() if any(w in text for w in d["written"]))
    if hit != sorted(d["pages"]):
        fail("decoy %s pages mismatch: %s vs %s" % (d["value"], hit, d["pages"]))
    if (d["kind"], d["value"]) in owner:
        fail("decoy %s is also a seller identifier" % d["value"])
if len(truth["decoys"]) < 18:
    fail("fewer than 18 decoys")

n_sites = len({p.split("/")[1] for p in html if p != "/index.html"})
counts = "pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d" % (
    len(html), n_sites, offers, len(html) - offers, len(us), sum(len(op_pages[u]) for u in us), len(ins),
    len(truth["decoys"]))
if not 48 <= len(html) <= 56:
    fail("page count")
if not 8 <= n_sites <= 11:
    fail("site count")
if not 34 <= offers <= 40:
    fail("offer count")
for e in ERR:
    print("FAIL:", e)
print(counts)
sys.exit(1 if ERR else 0)
