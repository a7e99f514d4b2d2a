#!/usr/bin/env python3
"""Verify site/ against truth.json for web 12bb."""
import json, os, re, sys, posixpath
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(m):
    errors.append(m)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W18))
    r = 31 - s % 31
    return c[17] == ALPH[0 if r == 31 else r]


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.hrefs.append(v)


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
paths = [p["path"] for p in truth["pages"]]
if len(paths) != len(set(paths)):
    err("duplicate page paths in truth")
if set(paths) != files:
    err("page set mismatch: %s" % sorted(set(paths) ^ files))
if not 48 <= len(files) <= 56:
    err("page count %d" % len(files))
rb = os.path.join(SITE, "robots.txt")
if not os.path.exists(rb) or "Allow: /" not in open(rb).read():
    err("robots.txt missing or not allow-all")

text = {p: open(SITE + p, encoding="utf-8").read() for p in files}
owner = {}
op_pages = {}
for pg in truth["pages"]:
    p = pg["path"]
    if bool(pg["is_offer"]) != (pg["operator"] is not None):
        err("%s: operator set iff is_offer violated" % p)
    for kind, val, written in pg["identifiers"]:
        if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
            err("%s: bad kind %s" % (p, kind))
        if written not in text.get(p, ""):
            err("%s: written %r not on page" % (p, written))
        if kind == "uscc" and not uscc_ok(val):
            err("%s: bad USCC %s" % (p, val))
        if pg["operator"]:
            owner.setdefault((kind, val), set()).add(pg["operator"])
    if pg["operator"]:
        op_pages.setdefault(pg["operator"], []).append(pg)
for k, ops in owner.items():
    if len(ops) > 1:
        err("identifier %s shared across %s" % (k, sorted(ops)))
seller_vals = {v for (_, v) in owner}
for d in truth["decoys"]:
    if d["value"] in seller_vals:
        err("decoy %s is a seller identifier" % d["value"])
    if len(d["paths"]) < 2:
        err("decoy %s on fewer than 2 pages" % d["value"])
    for p in d["paths"]:
        if not any(w in text.get(p, "") for w in d["written"]):
            err("decoy %s not written on %s" % (d["value"], p))
    if d["kind"].endswith("uscc") and not uscc_ok(d["value"]):
        err("decoy USCC bad %s" % d["value"])
if len(truth["decoys"]) < 18:
    err("fewer than 18 decoys")

us = sorted(o for o in op_pages if o.startswith("U"))
is_ = sorted(o for o in op_pages if o.startswith("I"))
if us != ["U%02d" % i for i in range(1, 10)]:
    err("U operators: %s" % us)
if is_ != ["I%02d" % i for i in range(1, 7)]:
    err("I operators: %s" % is_)
for o in us:
    pgs = op_pages[o]
    if not 3 <= len(pgs) <= 4:
        err("%s has %d pages" % (o, len(pgs)))
    brands = {p["provider"] for p in pgs}
    if len(brands) < 2:
        err("%s has fewer than 2 brands" % o)
    sites = {p["path"].split("/")[1] if not p["path"].startswith("/sites/") else "/".join(p["path"].split("/")[1:3]) for p in pgs}
    if len(sites) != len(pgs):
        err("%s: pages not on different sites %s" % (o, sites))
    for p in pgs:
        mine = {(k, v) for k, v, _ in p["identifiers"]}
        others = {(k, v) for q in pgs if q is not p for k, v, _ in q["identifiers"]}
        if not mine & others:
            err("%s: %s shares no identifier with other pages" % (o, p["path"]))
for o in is_:
    if len(op_pages[o]) != 1:
        err("%s has %d pages" % (o, len(op_pages[o])))
if set(truth["operators"]) != set(us):
    err("operators block mismatch")

seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in text:
        continue
    seen.add(p)
    lp = Links()
    lp.feed(text[p])
    for h in lp.hrefs:
        if re.match(r"^[a-z]+:", h) or h.startswith("#"):
            continue
        todo.append(posixpath.normpath(posixpath.join(posixpath.dirname(p), h.split("#")[0])))
if seen != files:
    err("unreachable: %s" % sorted(files - seen))

offers = sum(1 for p in truth["pages"] if p["is_offer"])
print("pages %d, offers %d, non-offers %d, decoys %d, U ops %d, I ops %d"
      % (len(files), offers, len(files) - offers, len(truth["decoys"]), len(us), len(is_)))
if errors:
    print("\n".join("FAIL: " + e for e in errors))
    sys.exit(1)
print("OK")
