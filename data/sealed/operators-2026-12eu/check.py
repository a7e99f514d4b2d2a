#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
errors = []
def fail(m): errors.append(m)

html = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            html[p] = open(os.path.join(dp, f), encoding="utf-8").read()

pages = {p["path"]: p for p in truth["pages"]}
if set(pages) != set(html):
    fail("truth pages != html files: %s" % (set(pages) ^ set(html)))
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html: continue
    seen.add(p)
    todo += [h.split("#")[0] for h in re.findall(r'href="(/[^"]*)"', html[p])]
for p in html:
    if p not in seen: fail("unreachable " + p)

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPH for ch in c): return False
    r = 31 - sum(ALPH.index(ch) * W[i] for i, ch in enumerate(c[:17])) % 31
    return ALPH[0 if r == 31 else r] == c[17]
NORM = {"phone": r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7})$", "email": r"^[a-z0-9._-]+@[a-z0-9.-]+$",
        "wechat": r"^[a-z][a-z0-9_-]{5,19}$", "qq": r"^[1-9]\d{4,11}$", "qq_group": r"^[1-9]\d{4,11}$",
        "domain": r"^[a-z0-9.-]+\.[a-z]+$"}

seller_pages = defaultdict(list)
val_owner = defaultdict(set)
for p in truth["pages"]:
    t = html.get(p["path"], "")
    if p["is_offer"] != bool(p["operator"]): fail("offer/operator mismatch " + p["path"])
    if p["operator"]: seller_pages[p["operator"]].append(p)
    for k, v, w in p["identifiers"]:
        if w not in t: fail("written form %r not on %s" % (w, p["path"]))
        if k == "uscc" and not uscc_ok(v): fail("bad uscc " + v)
        if k in NORM and not re.match(NORM[k], v): fail("bad normalization %s %s" % (k, v))
        val_owner[(k, v)].add(p["operator"])
for kv, owners in val_owner.items():
    if len(owners) > 1: fail("identifier %s shared by sellers %s" % (kv, owners))

ops = truth["operators"]
for o, d in ops.items():
    ps = seller_pages[o]
    if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2: fail(o + " on one site only")
    # connectivity via shared identifiers
    comp = {ps[0]["path"]}
    changed = True
    while changed:
        changed = False
        vals = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps): fail(o + " pages not connected by shared identifiers")
    want = sorted({(k, v) for p in ps for k, v, _ in p["identifiers"]})
    if sorted(map(tuple, d["identifiers"])) != want: fail(o + " operator identifiers mismatch")
    if sorted(d["brands"]) != sorted({p["provider"] for p in ps}): fail(o + " brands mismatch")
indep = sorted(o for o in seller_pages if o.startswith("I"))
for o in indep:
    if len(seller_pages[o]) != 1: fail(o + " not exactly one page")

seller_vals = {v for (k, v) in val_owner}
for d in truth["decoys"]:
    got = sorted(p for p, t in html.items() if any(w in t for w in d["written"]))
    if got != sorted(d["pages"]): fail("decoy %s pages mismatch" % d["value"])
    if not got: fail("decoy %s appears nowhere" % d["value"])
    if d["value"] in seller_vals: fail("decoy %s is also a seller identifier" % d["value"])
    for w in d["written"]:
        if not any(w in html[p] for p in got): fail("decoy written %r unused" % w)

n_pages = len(html)
n_sites = len({p.split("/")[1] for p in html if p.count("/") > 1})
n_offer = sum(p["is_offer"] for p in truth["pages"])
n_op_pages = sum(len(seller_pages[o]) for o in ops)
kinds = sorted({d["kind"] for d in truth["decoys"]})
if not 48 <= n_pages <= 56: fail("page count %d" % n_pages)
if not 8 <= n_sites <= 11: fail("site count %d" % n_sites)
if not 34 <= n_offer <= 40: fail("offer count %d" % n_offer)
if sorted(ops) != ["U0%d" % i for i in range(1, 10)]: fail("operators " + str(sorted(ops)))
if indep != ["I0%d" % i for i in range(1, 7)]: fail("independents " + str(indep))
if len(truth["decoys"]) < 18: fail("too few decoys")

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%s"
      % (n_pages, n_sites, n_offer, n_pages - n_offer, len(ops), n_op_pages, len(indep), len(truth["decoys"]), ",".join(kinds)))
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
