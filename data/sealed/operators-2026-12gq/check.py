#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
errors = []
def fail(msg): errors.append(msg)

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
pages = truth["pages"]
texts = {}
for p in pages:
    fn = os.path.join(SITE, p["path"].lstrip("/"))
    if not os.path.isfile(fn):
        fail("missing page " + p["path"]); continue
    texts[p["path"]] = open(fn, encoding="utf-8").read()

on_disk = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            on_disk.add("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/"))
if on_disk != set(texts):
    fail("pages on disk and in truth differ: %s" % sorted(on_disk ^ set(texts)))
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing everything")

# reachability from the hub
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in texts: continue
    seen.add(u)
    todo += re.findall(r'href="(/[^"#]*\.html)"', texts[u])
if seen != set(texts):
    fail("unreachable from hub: %s" % sorted(set(texts) - seen))

# normalization
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(v):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", v): return False
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(v[:17], W18)) % 31
    return ALPHA[0 if r == 31 else r] == v[17]
def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"): return v == v.lower()
    if kind in ("qq", "qq_group"): return v.isdigit()
    if kind == "uscc": return uscc_ok(v)
    return kind == "other"
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}

# page identifiers
owner = defaultdict(set)          # (kind,value) -> operators
op_pages = defaultdict(list)
for p in pages:
    if p["is_offer"] and not p["operator"]: fail("offer without operator " + p["path"])
    if not p["is_offer"] and p["operator"]: fail("non-offer with operator " + p["path"])
    if p["is_offer"] and not p["identifiers"]: fail("offer without identifiers " + p["path"])
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS or not norm_ok(kind, value): fail("bad identifier %s %s" % (kind, value))
        if written not in texts.get(p["path"], ""): fail("%s: written form %r not found" % (p["path"], written))
        if p["operator"]: owner[(kind, value)].add(p["operator"])
    if p["operator"]: op_pages[p["operator"]].append(p)

for key, ops in owner.items():
    if len(ops) > 1: fail("identifier %s shared by %s" % (key, sorted(ops)))

ops_U = sorted(o for o in op_pages if o.startswith("U"))
ops_I = sorted(o for o in op_pages if o.startswith("I"))
for o in ops_U:
    ps = op_pages[o]
    if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2: fail("%s on a single site" % o)
    # connectivity by shared identifiers
    comp = {ps[0]["path"]}
    changed = True
    while changed:
        changed = False
        have = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and have & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps): fail("%s pages not tied together" % o)
    if o not in truth["operators"]: fail("%s missing from operators" % o)
    else:
        want = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
        if {tuple(x) for x in truth["operators"][o]["identifiers"]} != want:
            fail("%s operator identifiers differ from its pages" % o)
for o in ops_I:
    if len(op_pages[o]) != 1: fail("%s has %d pages" % (o, len(op_pages[o])))
    for k, v, _ in op_pages[o][0]["identifiers"]:
        for p in pages:
            if p["operator"] != o and any((k, v) == (a, b) for a, b, _ in p["identifiers"]):
                fail("%s shares %s with %s" % (o, v, p["path"]))

# decoys
seller_vals = {(k, v) for p in pages for k, v, _ in p["identifiers"]}
ops_of_page = {p["path"]: p["operator"] for p in pages}
for d in truth["decoys"]:
    if (d["kind"], d["value"]) in seller_vals: fail("decoy %s is also a seller identifier" % d["value"])
    if d["kind"] not in KINDS or not norm_ok(d["kind"], d["value"]): fail("bad decoy %s" % d["value"])
    for path in d["pages"]:
        if not any(w in texts.get(path, "") for w in d["written"]):
            fail("decoy %s not on %s" % (d["value"], path))
    scan = sorted(pth for pth, t in texts.items() if any(w in t for w in d["written"]))
    if scan != sorted(d["pages"]): fail("decoy %s pages differ from scan" % d["value"])
    for w in d["written"]:
        if not any(w in texts[pth] for pth in d["pages"]): fail("decoy written %r appears nowhere" % w)
    sellers = {ops_of_page[pth] for pth in d["pages"] if ops_of_page[pth]}
    if len(sellers) < 2: fail("decoy %s is not on pages of two different sellers" % d["value"])

sites = {p["path"].split("/")[1] for p in pages if p["path"].count("/") >= 2}
n_pages, n_offers = len(pages), sum(p["is_offer"] for p in pages)
checks = [(48 <= n_pages <= 56, "pages"), (8 <= len(sites) <= 11, "sites"),
          (34 <= n_offers <= 40, "offers"), (len(ops_U) == 9, "operators"),
          (len(ops_I) == 6, "independents"), (len(truth["decoys"]) >= 18, "decoys")]
for ok, what in checks:
    if not ok: fail("count out of range: " + what)

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d"
      % (n_pages, len(sites), n_offers, n_pages - n_offers, len(ops_U),
         sum(len(op_pages[o]) for o in ops_U), len(ops_I), len(truth["decoys"])))
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
