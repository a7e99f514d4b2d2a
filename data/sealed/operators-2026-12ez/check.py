#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import Counter
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
errors = []
def fail(msg):
    errors.append(msg)

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for d, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            fp = os.path.join(d, f)
            html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c, W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

NORM = {"phone": r"(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})", "wechat": r"[a-z0-9_\-]+", "qq": r"\d{5,11}",
        "qq_group": r"\d{5,11}", "email": r"[a-z0-9._\-]+@[a-z0-9.\-]+", "domain": r"[a-z0-9.\-]+", "uscc": r".{18}", "other": r".+"}

# pages
paths = [p["path"] for p in truth["pages"]]
if len(set(paths)) != len(paths):
    fail("duplicate paths in truth")
for p in paths:
    if p not in html:
        fail("missing page " + p)
for p in html:
    if p not in paths:
        fail("page not in truth " + p)
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

# reachability from hub
class L(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []
    def handle_starttag(self, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v and not v.startswith(("http", "#")):
                    self.links.append(v)
seen, todo = set(), ["/index.html"]
while todo:
    cur = todo.pop()
    if cur in seen or cur not in html:
        continue
    seen.add(cur)
    l = L(); l.feed(html[cur])
    for h in l.links:
        todo.append(os.path.normpath(os.path.join(os.path.dirname(cur), h)).replace(os.sep, "/"))
for p in html:
    if p not in seen:
        fail("unreachable from hub: " + p)

# identifiers and operators
ops = truth["operators"]
op_pages = Counter()
kinds_used = set()
for pg in truth["pages"]:
    h = html.get(pg["path"], "")
    op = pg["operator"]
    if not pg["is_offer"] and op is not None:
        fail("non-offer with operator " + pg["path"])
    if pg["is_offer"]:
        if not op or not re.fullmatch(r"[UI]0\d", op):
            fail("offer without operator " + pg["path"])
        if not pg["provider"]:
            fail("offer without provider " + pg["path"])
        op_pages[op] += 1
    for kind, value, written in pg["identifiers"]:
        kinds_used.add(kind)
        if kind not in NORM or not re.fullmatch(NORM[kind], value):
            fail("bad normalized value %s %s on %s" % (kind, value, pg["path"]))
        if kind == "uscc" and not uscc_ok(value):
            fail("bad USCC check " + value)
        if written not in h:
            fail("written form %r not on %s" % (written, pg["path"]))
        if op and op.startswith("U") and [kind, value] not in ops[op]["identifiers"]:
            fail("identifier %s not listed for %s" % (value, op))
for u, o in ops.items():
    for kind, value in o["identifiers"]:
        if kind == "uscc" and not uscc_ok(value):
            fail("bad USCC " + value)
        if not any([kind, value] == i[:2] for pg in truth["pages"] if pg["operator"] == u for i in pg["identifiers"]):
            fail("operator identifier unused " + value)
    if not (3 <= op_pages[u] <= 4):
        fail("%s has %d offer pages" % (u, op_pages[u]))
    sites = {pg["path"].split("/")[1] for pg in truth["pages"] if pg["operator"] == u}
    if len(sites) < op_pages[u]:
        fail(u + " has two pages on one site")
    # connectivity of operator pages through shared identifiers
    pgs = [pg for pg in truth["pages"] if pg["operator"] == u]
    comp = {0}; changed = True
    while changed:
        changed = False
        for i, a in enumerate(pgs):
            if i in comp:
                continue
            av = {tuple(x[:2]) for x in a["identifiers"]}
            if any(av & {tuple(x[:2]) for x in pgs[j]["identifiers"]} for j in comp):
                comp.add(i); changed = True
    if len(comp) != len(pgs):
        fail(u + " pages not connected by shared identifiers")
indep = [k for k in op_pages if k.startswith("I")]
for k in indep:
    if op_pages[k] != 1:
        fail(k + " has != 1 page")
# independents share nothing
owner = {}
for pg in truth["pages"]:
    for kind, value, _ in pg["identifiers"]:
        owner.setdefault((kind, value), set()).add(pg["operator"])
for key, o in owner.items():
    if len(o) > 1:
        fail("identifier shared across sellers %s %s" % (key, o))

# decoys
dk = Counter()
for d in truth["decoys"]:
    dk[d["kind"]] += 1
    scan = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if scan != sorted(d["pages"]):
        fail("decoy %s pages mismatch: %s vs %s" % (d["value"], scan, d["pages"]))
    for p in d["pages"]:
        if p not in html:
            fail("decoy page missing " + p)
    sellers = {pg["operator"] for pg in truth["pages"] if pg["path"] in d["pages"] and pg["operator"]}
    if (d["kind"], d["value"]) in owner:
        fail("decoy is a seller identifier " + d["value"])

n_pages, n_offers = len(truth["pages"]), sum(p["is_offer"] for p in truth["pages"])
n_sites = len({p.split("/")[1] for p in html if p.count("/") == 2})
n_u = len([k for k in op_pages if k.startswith("U")])
if not 48 <= n_pages <= 56: fail("page count %d" % n_pages)
if not 34 <= n_offers <= 40: fail("offer count %d" % n_offers)
if not 8 <= n_sites <= 11: fail("site count %d" % n_sites)
if n_u != 9 or len(ops) != 9: fail("operators %d" % n_u)
if len(indep) != 6: fail("independents %d" % len(indep))
if len(truth["decoys"]) < 18: fail("decoys %d" % len(truth["decoys"]))
print("pages=%d offers=%d non_offers=%d sites=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%s" % (
    n_pages, n_offers, n_pages - n_offers, n_sites, n_u, sum(v for k, v in op_pages.items() if k.startswith("U")),
    len(indep), len(truth["decoys"]), dict(sorted(dk.items()))))
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
