#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(v):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", v):
        return False
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(v[:17], W)) % 31
    return v[17] == ALPHA[0 if r == 31 else r]


def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    if kind == "uscc":
        return uscc_ok(v)
    return kind == "other"


truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            full = os.path.join(dp, f)
            texts["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

pages = truth["pages"]
paths = [p["path"] for p in pages]
if len(set(paths)) != len(paths):
    err("duplicate paths in truth")
if set(paths) != set(texts):
    err("truth/site page mismatch: %s" % sorted(set(paths) ^ set(texts)))
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing")

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in texts:
        continue
    seen.add(u)
    for h in re.findall(r'href="(/[^"#]*)', texts[u]):
        todo.append(h)
if set(texts) - seen:
    err("unreachable pages: %s" % sorted(set(texts) - seen))
sites = {p.split("/")[1] for p in texts if p != "/index.html"}
for s in sites:
    if 'href="/%s/index.html"' % s not in texts["/index.html"]:
        err("hub does not link site " + s)

op_pages = defaultdict(list)
for p in pages:
    if p["path"] not in texts:
        err("missing page " + p["path"]); continue
    t = texts[p["path"]]
    if not p["is_offer"] and p["operator"] is not None:
        err("non-offer with operator: " + p["path"])
    if p["is_offer"]:
        if not p["operator"] or not p["provider"]:
            err("offer without operator/provider: " + p["path"])
        op_pages[p["operator"]].append(p["path"])
        if p["provider"] and p["provider"] not in t:
            err("provider not on page: %s %s" % (p["path"], p["provider"]))
    for kind, value, written in p["identifiers"]:
        if written not in t:
            err("identifier %r not on %s" % (written, p["path"]))
        if not norm_ok(kind, value):
            err("bad normalization %s %s" % (kind, value))

ops = truth["operators"]
op_ids = {}
for op, d in ops.items():
    n = len(op_pages.get(op, []))
    if not (3 <= n <= 4):
        err("%s has %d offer pages" % (op, n))
    for kind, value in d["identifiers"]:
        op_ids[(kind, value)] = op
    # connectivity of the operator's pages through shared identifiers
    ps = op_pages.get(op, [])
    idsets = {pp: {(k, v) for k, v, _ in next(x for x in pages if x["path"] == pp)["identifiers"]} for pp in ps}
    comp, stack = set(), ps[:1]
    while stack:
        a = stack.pop()
        if a in comp: continue
        comp.add(a)
        stack += [b for b in ps if b not in comp and idsets[a] & idsets[b]]
    if comp != set(ps):
        err("%s pages not connected by shared identifiers" % op)
    if len({tuple(sorted({p.split('/')[1] for p in ps}))}) and len({p.split('/')[1] for p in ps}) < 2:
        err("%s on one site only" % op)
for op in [o for o in op_pages if o.startswith("I")]:
    if len(op_pages[op]) != 1:
        err("independent %s has %d pages" % (op, len(op_pages[op])))
indep_ids = [(k, v) for p in pages if (p["operator"] or "").startswith("I") for k, v, _ in p["identifiers"]]
for kv in indep_ids:
    owners = {p["operator"] for p in pages for k, v, _ in p["identifiers"] if (k, v) == kv}
    if len(owners) != 1 or kv in op_ids:
        err("independent identifier shared: %s" % (kv,))
# identifiers must not leak onto other sellers' offer pages
for p in pages:
    for k, v, w in p["identifiers"]:
        for q in pages:
            if q["is_offer"] and q["operator"] != p["operator"] and w in texts[q["path"]]:
                err("%s written %r leaks onto %s" % (p["operator"], w, q["path"]))

decoys = truth["decoys"]
kinds = Counter()
for d in decoys:
    kinds[d["kind"]] += 1
    found = sorted(pp for pp, t in texts.items() if any(w in t for w in d["written"]))
    if found != sorted(d["pages"]):
        err("decoy %s pages mismatch: %s vs %s" % (d["value"], found, d["pages"]))
    for pp in d["pages"]:
        if not any(w in texts.get(pp, "") for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], pp))
    if (d["kind"], d["value"]) in op_ids:
        err("decoy equals an operator identifier: " + d["value"])
    sellers = {next(p for p in pages if p["path"] == pp)["operator"] for pp in d["pages"]} - {None}
    d["_sellers"] = len(sellers)

n_pages = len(texts)
n_offers = sum(p["is_offer"] for p in pages)
n_ops = len([o for o in op_pages if o.startswith("U")])
n_ind = len([o for o in op_pages if o.startswith("I")])
cross = sum(1 for d in decoys if d["_sellers"] >= 2)
if not (48 <= n_pages <= 56): err("page count %d" % n_pages)
if not (8 <= len(sites) <= 11): err("site count %d" % len(sites))
if not (34 <= n_offers <= 40): err("offer count %d" % n_offers)
if n_ops != 9 or set(ops) != {"U0%d" % i for i in range(1, 10)}: err("operators %d" % n_ops)
if n_ind != 6: err("independents %d" % n_ind)
if len(decoys) < 18: err("decoys %d" % len(decoys))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d (spanning>=2 sellers: %d)"
      % (n_pages, len(sites), n_offers, n_pages - n_offers, n_ops,
         sum(len(v) for k, v in op_pages.items() if k.startswith("U")), n_ind, len(decoys), cross))
if errors:
    print("FAIL (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
