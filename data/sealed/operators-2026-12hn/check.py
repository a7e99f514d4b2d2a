#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
errs = []
def fail(m): errs.append(m)

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
pages = truth["pages"]
text = {}
for p in pages:
    fp = os.path.join(SITE, p["path"].lstrip("/"))
    if not p["path"].startswith("/") or not os.path.isfile(fp):
        fail("missing page " + p["path"]); continue
    text[p["path"]] = open(fp, encoding="utf-8").read()
on_disk = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            on_disk.add("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/"))
if on_disk != set(text): fail("pages on disk not in truth: %s" % sorted(on_disk - set(text)))
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in text: continue
    seen.add(u)
    todo += re.findall(r"href='(/[^']+\.html)'", text[u])
if seen != set(text): fail("unreachable from hub: %s" % sorted(set(text) - seen))

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(v):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", v): return False
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(v, W)) % 31
    return v[17] == ALPHA[0 if r == 31 else r]
NORM = {
 "phone": lambda v: re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v),
 "wechat": lambda v: re.fullmatch(r"[a-z][a-z0-9_-]{5,19}|1\d{10}", v),
 "qq": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
 "qq_group": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
 "email": lambda v: re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", v),
 "uscc": uscc_ok,
 "domain": lambda v: re.fullmatch(r"[a-z0-9.-]+\.[a-z]+", v),
 "other": lambda v: len(v) > 0,
}

seller_pages = defaultdict(list)
value_owner = defaultdict(set)
for p in pages:
    op = p["operator"]
    if p["is_offer"]:
        if not op or not re.fullmatch(r"[UI]0\d", op): fail("offer without operator " + p["path"])
        if not p["identifiers"]: fail("offer without identifiers " + p["path"])
        seller_pages[op].append(p)
    elif op is not None:
        fail("non-offer with operator " + p["path"])
    for k, v, w in p["identifiers"]:
        if k not in NORM or not NORM[k](v): fail("bad normalized %s %r on %s" % (k, v, p["path"]))
        if w not in text.get(p["path"], ""): fail("written form %r not on %s" % (w, p["path"]))
        if op: value_owner[(k, v)].add(op)
for kv, owners in value_owner.items():
    if len(owners) > 1: fail("identifier %s shared by sellers %s" % (kv, owners))

ops = {k: v for k, v in seller_pages.items() if k.startswith("U")}
inds = {k: v for k, v in seller_pages.items() if k.startswith("I")}
if sorted(ops) != ["U%02d" % i for i in range(1, 10)]: fail("operators: %s" % sorted(ops))
if sorted(inds) != ["I%02d" % i for i in range(1, 7)]: fail("independents: %s" % sorted(inds))
for o, ps in ops.items():
    if not 3 <= len(ps) <= 4: fail("%s has %d offer pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2: fail(o + " on one site only")
    # connectivity through shared identifier values
    comp = {ps[0]["path"]}
    changed = True
    while changed:
        changed = False
        vals = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps): fail(o + " pages not tied into one chain")
    if o not in truth["operators"]: fail(o + " missing in operators")
    else:
        tv = {tuple(x) for x in truth["operators"][o]["identifiers"]}
        pv = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
        if tv != pv: fail(o + " operators.identifiers mismatch")
for o, ps in inds.items():
    if len(ps) != 1: fail("%s has %d pages" % (o, len(ps)))
    for k, v, _ in ps[0]["identifiers"]:
        if value_owner[(k, v)] != {o}: fail(o + " shares " + v)

decoys = truth["decoys"]
seller_vals = set(value_owner)
for d in decoys:
    if not NORM[d["kind"]](d["value"]): fail("bad decoy value %r" % d["value"])
    if (d["kind"], d["value"]) in seller_vals: fail("decoy is a seller identifier: " + d["value"])
    scan = sorted(p for p, t in text.items() if any(w in t for w in d["written"]))
    if sorted(d["pages"]) != scan: fail("decoy %s pages mismatch: %s vs %s" % (d["value"], d["pages"], scan))
    if not d["pages"]: fail("decoy %s appears nowhere" % d["value"])
    for pp in d["pages"]:
        if not any(w in text.get(pp, "") for w in d["written"]): fail("decoy %s not on %s" % (d["value"], pp))
dk = {d["kind"] for d in decoys}
if dk != set(NORM): fail("decoy kinds missing: %s" % (set(NORM) - dk))

n_pages = len(pages); n_offers = sum(p["is_offer"] for p in pages)
n_sites = len({p["path"].split("/")[1] for p in pages if p["path"] != "/index.html"})
if not 48 <= n_pages <= 56: fail("page count %d" % n_pages)
if not 34 <= n_offers <= 40: fail("offer count %d" % n_offers)
if not 8 <= n_sites <= 11: fail("site count %d" % n_sites)
if len(decoys) < 18: fail("decoys %d" % len(decoys))
multi = sum(1 for d in decoys if len({pp for pp in d["pages"]} ) >= 2)

print("pages=%d offers=%d non_offers=%d sites=%d operators=%d operator_offer_pages=%d independents=%d decoys=%d decoy_kinds=%d" % (
    n_pages, n_offers, n_pages - n_offers, n_sites, len(ops), sum(len(v) for v in ops.values()), len(inds), len(decoys), len(dk)))
if errs:
    for e in errs: print("FAIL:", e)
    sys.exit(1)
print("OK")
