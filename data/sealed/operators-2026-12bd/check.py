#!/usr/bin/env python3
"""Verify site/ and truth.json of web 12bd."""
import json, os, re, sys
from collections import defaultdict
from html.parser import HTMLParser
import posixpath

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
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W18)) % 31
    if ALPH[0 if r == 31 else r] != c[17]:
        return False
    v = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    o = 11 - sum(v(ch) * w for ch, w in zip(c[8:16], [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return {10: "X", 11: "0"}.get(o, str(o)) == c[16]


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
tp = [p["path"] for p in truth["pages"]]
if len(tp) != len(set(tp)):
    err("duplicate page in truth")
if set(tp) != files:
    err("page set mismatch: %s" % sorted(set(tp) ^ files))
if not 48 <= len(files) <= 56:
    err("page count %d" % len(files))
rb = os.path.join(SITE, "robots.txt")
if not os.path.exists(rb) or "Allow: /" not in open(rb).read():
    err("robots.txt missing or not allow-all")

html = {p: open(SITE + p, encoding="utf-8").read() for p in files}
owner = {}
op_pages = defaultdict(list)
seller_vals = set()
for p in truth["pages"]:
    if bool(p["is_offer"]) != (p["operator"] is not None):
        err("%s: operator set iff is_offer" % p["path"])
    if p["is_offer"]:
        op_pages[p["operator"]].append(p)
        if not p["identifiers"]:
            err("%s: offer without identifiers" % p["path"])
    for kind, val, written in p["identifiers"]:
        if written not in html.get(p["path"], ""):
            err("%s: written %r not on page" % (p["path"], written))
        if kind == "uscc" and not uscc_ok(val):
            err("%s: bad USCC %s" % (p["path"], val))
        if kind == "phone" and not val.startswith("+86"):
            err("%s: phone not normalized %s" % (p["path"], val))
        key = (kind, val)
        seller_vals.add(val)
        if p["operator"]:
            if owner.setdefault(key, p["operator"]) != p["operator"]:
                err("identifier %s shared by %s and %s" % (key, owner[key], p["operator"]))
u = sorted(k for k in op_pages if k.startswith("U"))
i = sorted(k for k in op_pages if k.startswith("I"))
if u != ["U%02d" % n for n in range(1, 10)]:
    err("U operators: %s" % u)
if i != ["I%02d" % n for n in range(1, 7)]:
    err("I operators: %s" % i)
for k in u:
    if not 3 <= len(op_pages[k]) <= 4:
        err("%s has %d pages" % (k, len(op_pages[k])))
    sets = [{(a, b) for a, b, _ in p["identifiers"]} for p in op_pages[k]]
    for n, s in enumerate(sets):
        if not any(s & t for m, t in enumerate(sets) if m != n):
            err("%s page %s shares nothing with siblings" % (k, op_pages[k][n]["path"]))
    if len({p["provider"] for p in op_pages[k]}) < 2:
        err("%s: fewer than 2 brands" % k)
for k in i:
    if len(op_pages[k]) != 1:
        err("%s has %d pages" % (k, len(op_pages[k])))
if set(truth["operators"]) != set(op_pages):
    err("operators dict mismatch")
if len(truth["decoys"]) < 18:
    err("only %d decoys" % len(truth["decoys"]))
for d in truth["decoys"]:
    if d["value"] in seller_vals:
        err("decoy %s is a seller identifier" % d["value"])
    for w in d["written"]:
        for v in seller_vals:
            pass
    if len(d["paths"]) < 2:
        err("decoy %s on fewer than 2 pages" % d["value"])
    for path in d["paths"]:
        if not any(w in html.get(path, "") for w in d["written"]):
            err("decoy %s not written on %s" % (d["value"], path))
# no decoy text inside any seller identifier's written text and vice versa
for p in truth["pages"]:
    for kind, val, written in p["identifiers"]:
        for d in truth["decoys"]:
            if any(w in written or written in w for w in d["written"]):
                err("%s: identifier %r overlaps decoy %r" % (p["path"], written, d["value"]))


class A(HTMLParser):
    def __init__(s):
        super().__init__(); s.h = []

    def handle_starttag(s, t, a):
        if t == "a":
            s.h += [v for k, v in a if k == "href" and v]


seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html:
        continue
    seen.add(p)
    a = A(); a.feed(html[p])
    for h in a.h:
        if h.startswith(("#", "tel:", "mailto:", "http")):
            continue
        todo.append(posixpath.normpath(posixpath.join(posixpath.dirname(p), h.split("#")[0])))
if seen != files:
    err("unreachable: %s" % sorted(files - seen))

offers = sum(p["is_offer"] for p in truth["pages"])
print("pages %d, offers %d, non-offers %d, U ops %d, I ops %d, decoys %d" % (
    len(files), offers, len(files) - offers, len(u), len(i), len(truth["decoys"])))
if errors:
    print("\n".join("FAIL " + e for e in errors)); sys.exit(1)
print("OK")
