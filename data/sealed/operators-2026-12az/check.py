#!/usr/bin/env python3
"""Verify site/ against truth.json for web 12az. Exit 1 on any failure."""
import json, os, re, sys
from html.parser import HTMLParser
from posixpath import normpath, join, dirname

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ERR = []
def fail(m): ERR.append(m)

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
files = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/"))
tpaths = [p["path"] for p in truth["pages"]]
if len(tpaths) != len(set(tpaths)): fail("duplicate page in truth")
if set(tpaths) != files: fail("page set differs: %s" % (set(tpaths) ^ files))
if not 48 <= len(files) <= 56: fail("page count %d" % len(files))
rb = os.path.join(SITE, "robots.txt")
if not os.path.exists(rb) or "Allow: /" not in open(rb).read(): fail("robots.txt")

html = {p: open(SITE + p, encoding="utf-8").read() for p in files}

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c, W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

owner = {}
for p in truth["pages"]:
    if bool(p["is_offer"]) != bool(p["operator"]): fail("operator/is_offer mismatch " + p["path"])
    if not p["is_offer"] and p["identifiers"]: fail("non-offer page with identifiers " + p["path"])
    for kind, val, written in p["identifiers"]:
        if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"): fail("kind " + kind)
        if written not in html.get(p["path"], ""): fail("written %r not on %s" % (written, p["path"]))
        if kind == "uscc" and not uscc_ok(val): fail("bad USCC " + val)
        owner.setdefault((kind, val), set()).add(p["operator"])
for k, ops in owner.items():
    if len(ops) > 1: fail("identifier %s shared by %s" % (k, ops))

# operators and chains
byop = {}
for p in truth["pages"]:
    if p["operator"]: byop.setdefault(p["operator"], []).append(p)
U = {k: v for k, v in byop.items() if k.startswith("U")}
I = {k: v for k, v in byop.items() if k.startswith("I")}
if sorted(U) != ["U%02d" % i for i in range(1, 10)]: fail("U operators %s" % sorted(U))
if sorted(I) != ["I%02d" % i for i in range(1, 7)]: fail("I operators %s" % sorted(I))
for k, ps in U.items():
    if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (k, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) != len(ps): fail(k + " has two pages on one site")
    if not 2 <= len({p["provider"] for p in ps}) <= 3: fail(k + " brand count")
    ids = [{(a, b) for a, b, _ in p["identifiers"]} for p in ps]
    seen, todo = {0}, [0]
    while todo:
        i = todo.pop()
        for j in range(len(ps)):
            if j not in seen and ids[i] & ids[j]: seen.add(j); todo.append(j)
    if len(seen) != len(ps): fail(k + " pages not connected by identifiers")
    forms = {}
    for p in ps:
        for a, b, w in p["identifiers"]: forms.setdefault((a, b), set()).add(w)
    if not any(len(v) > 1 for v in forms.values()): fail(k + " never varies written form")
for k, ps in I.items():
    if len(ps) != 1: fail("%s has %d pages" % (k, len(ps)))
if k not in truth["operators"] and False: pass
if sorted(truth["operators"]) != sorted(U): fail("operators section")

# decoys
seller_vals = {v for (_, v) in owner}
if len(truth["decoys"]) < 18: fail("fewer than 18 decoys")
for d in truth["decoys"]:
    if d["value"] in seller_vals or any(w in seller_vals for w in d["written"]): fail("decoy is seller id " + d["value"])
    if len(d["paths"]) < 2: fail("decoy on <2 pages " + d["value"])
    for path in d["paths"]:
        if not any(w in html.get(path, "") for w in d["written"]): fail("decoy %s not on %s" % (d["value"], path))
    for w in d["written"]:
        if not any(w in html.get(path, "") for path in d["paths"]): fail("decoy form %r unused" % w)
# seller identifier text must not be a decoy text either
for p in truth["pages"]:
    for _, _, w in p["identifiers"]:
        for d in truth["decoys"]:
            if w in d["written"]: fail("identifier text equals decoy text " + w)

# reachability by plain relative <a href>
class A(HTMLParser):
    def __init__(s): super().__init__(); s.h = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v: s.h.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    p = todo.pop()
    a = A(); a.feed(html[p])
    for h in a.h:
        if re.match(r"^[a-z]+:|^/|^#", h): continue
        t = normpath(join(dirname(p), h.split("#")[0]))
        if t in html and t not in seen: seen.add(t); todo.append(t)
        elif t not in html: fail("broken link %s -> %s" % (p, h))
if seen != files: fail("unreachable: %s" % sorted(files - seen))

offers = sum(p["is_offer"] for p in truth["pages"])
print("pages %d offers %d non-offers %d U %d I %d decoys %d" % (len(files), offers, len(files) - offers, len(U), len(I), len(truth["decoys"])))
if ERR:
    print("\n".join("FAIL " + e for e in ERR)); sys.exit(1)
print("OK")
