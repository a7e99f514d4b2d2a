#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []


def fail(m):
    errs.append(m)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W))
    r = 31 - s % 31
    return c[17] == ALPHA[0 if r == 31 else r]


NORM = {
    "phone": r"(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})",
    "wechat": r"[a-z][a-z0-9_-]{5,19}", "qq": r"[1-9]\d{4,11}", "qq_group": r"[1-9]\d{4,11}",
    "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", "domain": r"[a-z0-9.-]+\.[a-z]+", "uscc": r".{18}", "other": r".+",
}

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = os.path.join(d, f)
            html["/" + os.path.relpath(p, SITE).replace(os.sep, "/")] = open(p, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing all")
tp = {p["path"]: p for p in truth["pages"]}
if set(tp) != set(html):
    fail("truth pages != html files: %s" % (set(tp) ^ set(html)))

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    cur = todo.pop()
    if cur in seen or cur not in html:
        continue
    seen.add(cur)
    base = cur.rsplit("/", 1)[0]
    for h in re.findall(r'href="([^"#:]+)"', html[cur]):
        parts = (base + "/" + h).split("/")
        out = []
        for x in parts:
            if x == "..":
                out.pop()
            elif x not in ("", "."):
                out.append(x)
        todo.append("/" + "/".join(out))
if set(html) - seen:
    fail("unreachable: %s" % sorted(set(html) - seen))
for s in {p.split("/")[1] for p in html if p.count("/") == 2}:
    if '"%s/index.html"' % s not in html["/index.html"]:
        fail("hub does not link %s" % s)

# pages and identifiers
for path, p in tp.items():
    h = html.get(path, "")
    if p["is_offer"] and not p["operator"]:
        fail("offer without operator " + path)
    if not p["is_offer"] and p["operator"] is not None:
        fail("non-offer with operator " + path)
    for k, v, w in p["identifiers"]:
        if k not in NORM or not re.fullmatch(NORM[k], v):
            fail("bad normalized %s %r on %s" % (k, v, path))
        if k == "uscc" and not uscc_ok(v):
            fail("bad USCC check %s" % v)
        if w not in h:
            fail("written form %r not on %s" % (w, path))

offers = [p for p in truth["pages"] if p["is_offer"]]
by_op = Counter(p["operator"] for p in offers)
U = sorted(o for o in by_op if o.startswith("U"))
I = sorted(o for o in by_op if o.startswith("I"))
for o in U:
    if not 3 <= by_op[o] <= 4:
        fail("%s has %d offer pages" % (o, by_op[o]))
    if o not in truth["operators"]:
        fail("operator %s missing in operators" % o)
    sites = {p["path"].split("/")[1] for p in offers if p["operator"] == o}
    if len(sites) < 2:
        fail("%s on one site only" % o)
for o in I:
    if by_op[o] != 1:
        fail("%s has %d pages" % (o, by_op[o]))
if U != ["U0%d" % i for i in range(1, 10)]:
    fail("operators %s" % U)
if I != ["I0%d" % i for i in range(1, 7)]:
    fail("independents %s" % I)

# operator pages are tied (connected by shared identifier values)
owner = defaultdict(set)
for p in offers:
    for k, v, _ in p["identifiers"]:
        owner[(k, v)].add(p["operator"])
for key, os_ in owner.items():
    if len(os_) > 1:
        fail("identifier %s shared by sellers %s" % (key, os_))
for o in U:
    ps = [p for p in offers if p["operator"] == o]
    comp = {ps[0]["path"]}
    changed = True
    while changed:
        changed = False
        ids = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and ids & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps):
        fail("%s pages not connected by identifiers" % o)
# a seller's written forms must not show up on another seller's offer page
for p in offers:
    for k, v, w in p["identifiers"]:
        for q in offers:
            if q["operator"] != p["operator"] and w in html[q["path"]]:
                fail("%r of %s appears on %s" % (w, p["operator"], q["path"]))

# decoys
opvals = {(k, v) for o in truth["operators"].values() for k, v in o["identifiers"]}
dsellers = set()
for d in truth["decoys"]:
    found = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if found != sorted(d["pages"]):
        fail("decoy %s pages mismatch" % d["value"])
    for pg in d["pages"]:
        if not any(w in html.get(pg, "") for w in d["written"]):
            fail("decoy %s not on %s" % (d["value"], pg))
    if (d["kind"], d["value"]) in opvals:
        fail("decoy %s is an operator identifier" % d["value"])
    sellers = {tp[pg]["operator"] for pg in d["pages"] if tp[pg]["operator"]}
    if len(sellers) < 2:
        fail("decoy %s does not span two sellers (%s)" % (d["value"], sellers))
if len(truth["decoys"]) < 18:
    fail("fewer than 18 decoys")

sites = {p.split("/")[1] for p in html if p.count("/") == 2}
n = len(html)
if not 48 <= n <= 56:
    fail("page count %d" % n)
if not 8 <= len(sites) <= 11:
    fail("site count %d" % len(sites))
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d" % (
    n, len(sites), len(offers), n - len(offers), len(U), len(I), len(truth["decoys"])))
for e in errs:
    print("FAIL:", e)
sys.exit(1 if errs else 0)
