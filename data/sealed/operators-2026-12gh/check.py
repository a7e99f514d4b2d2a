#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []


def fail(msg):
    errors.append(msg)


def uscc_ok(v):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", v):
        return False
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(v[:17], W18)) % 31
    return ALPHA[0 if r == 31 else r] == v[17]


def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind in ("qq", "qq_group"):
        return v.isdigit()
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
                if k == "href" and v and v.startswith("/"):
                    self.links.append(v.split("#")[0])


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
text = {}
for root, _, files in os.walk(SITE):
    for fn in files:
        if fn.endswith(".html"):
            fp = os.path.join(root, fn)
            text["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing everything")

pages = truth["pages"]
paths = [p["path"] for p in pages]
if len(set(paths)) != len(paths):
    fail("duplicate paths in truth")
for p in paths:
    if p not in text:
        fail("missing page " + p)
for p in text:
    if p not in paths:
        fail("page not in truth " + p)

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    cur = todo.pop()
    if cur in seen or cur not in text:
        continue
    seen.add(cur)
    lp = Links()
    lp.feed(text[cur])
    todo.extend(lp.links)
for p in text:
    if p not in seen:
        fail("unreachable from hub: " + p)
hub = Links()
hub.feed(text.get("/index.html", ""))
sites = sorted({p.strip("/").split("/")[0] for p in text if "/" in p.strip("/")})
for s in sites:
    if "/%s/index.html" % s not in hub.links:
        fail("hub does not link site index " + s)

# identifiers on pages
owner = {}
for p in pages:
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS:
            fail("bad kind %s on %s" % (kind, p["path"]))
        if not norm_ok(kind, value):
            fail("bad normalization %s %s" % (kind, value))
        if written not in text.get(p["path"], ""):
            fail("written form %r not on %s" % (written, p["path"]))
        owner.setdefault((kind, value), set()).add(p["operator"])
    if p["is_offer"] and not p["operator"]:
        fail("offer without operator " + p["path"])
    if not p["is_offer"] and p["operator"]:
        fail("non-offer with operator " + p["path"])
    if p["is_offer"] and not p["identifiers"]:
        fail("offer without identifiers " + p["path"])
for key, ops in owner.items():
    if len(ops) > 1:
        fail("identifier %s shared by %s" % (key, sorted(map(str, ops))))

# operators
offers = [p for p in pages if p["is_offer"]]
ops = sorted({p["operator"] for p in offers if p["operator"].startswith("U")})
inds = sorted({p["operator"] for p in offers if p["operator"].startswith("I")})
if ops != ["U0%d" % i for i in range(1, 10)]:
    fail("operators are %s" % ops)
if inds != ["I0%d" % i for i in range(1, 7)]:
    fail("independents are %s" % inds)
for op in ops:
    mine = [p for p in offers if p["operator"] == op]
    if not 3 <= len(mine) <= 4:
        fail("%s has %d pages" % (op, len(mine)))
    if len({p["path"].strip("/").split("/")[0] for p in mine}) < 2:
        fail("%s on one site only" % op)
    # pages connected by shared identifiers
    comp = {mine[0]["path"]}
    changed = True
    while changed:
        changed = False
        ids = {(k, v) for p in mine if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in mine:
            if p["path"] not in comp and any((k, v) in ids for k, v, _ in p["identifiers"]):
                comp.add(p["path"])
                changed = True
    if len(comp) != len(mine):
        fail("%s pages not tied into one chain" % op)
    tv = truth["operators"].get(op)
    if not tv:
        fail("operator %s missing in operators" % op)
    else:
        got = {(k, v) for p in mine for k, v, _ in p["identifiers"]}
        if got != {tuple(x) for x in tv["identifiers"]}:
            fail("%s identifiers mismatch" % op)
        for p in mine:
            if p["provider"] not in tv["brands"]:
                fail("%s brand %s missing" % (op, p["provider"]))
for ind in inds:
    mine = [p for p in offers if p["operator"] == ind]
    if len(mine) != 1:
        fail("%s has %d pages" % (ind, len(mine)))
    for k, v, _ in mine[0]["identifiers"]:
        if owner[(k, v)] != {ind}:
            fail("%s shares %s" % (ind, v))

# decoys
decoys = truth["decoys"]
seller_vals = set(owner)
dkinds = set()
for d in decoys:
    dkinds.add(d["kind"])
    scanned = sorted(p for p, t in text.items() if any(w in t for w in d["written"]))
    if scanned != sorted(d["pages"]):
        fail("decoy %s pages mismatch" % d["value"])
    for p in d["pages"]:
        if not any(w in text.get(p, "") for w in d["written"]):
            fail("decoy %s not on %s" % (d["value"], p))
    for w in d["written"]:
        if w not in "".join(text.values()):
            fail("decoy written %r appears nowhere" % w)
    if (d["kind"], d["value"]) in seller_vals:
        fail("decoy %s is also a seller identifier" % d["value"])
    if not norm_ok(d["kind"], d["value"]):
        fail("decoy %s bad normalization" % d["value"])

n_pages = len(text)
n_offers = len(offers)
checks = [(48 <= n_pages <= 56, "page count %d" % n_pages), (8 <= len(sites) <= 11, "site count %d" % len(sites)),
          (34 <= n_offers <= 40, "offer count %d" % n_offers), (len(decoys) >= 18, "decoy count %d" % len(decoys))]
for ok, msg in checks:
    if not ok:
        fail(msg)
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%d" % (
    n_pages, len(sites), n_offers, n_pages - n_offers, len(ops),
    sum(1 for p in offers if p["operator"].startswith("U")), len(inds), len(decoys), len(dkinds)))
if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
print("OK")
