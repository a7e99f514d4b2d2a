#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict, deque

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def fail(m): errors.append(m)

def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPH for ch in c): return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W18)) % 31
    return ALPH[0 if r == 31 else r] == c[17]

NORM = {
 "phone": lambda v: re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v),
 "wechat": lambda v: v == v.lower(), "email": lambda v: v == v.lower() and "@" in v,
 "domain": lambda v: v == v.lower() and "." in v, "qq": lambda v: v.isdigit(),
 "qq_group": lambda v: v.isdigit(), "uscc": uscc_ok, "other": lambda v: True,
}

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for p in t["pages"]:
    fn = os.path.join(SITE, p["path"].lstrip("/"))
    if not os.path.isfile(fn):
        fail("missing page " + p["path"]); continue
    html[p["path"]] = open(fn, encoding="utf-8").read()
# every html file under site is in truth
on_disk = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            on_disk.add("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/"))
if on_disk != set(html): fail("pages on disk differ from truth: %s" % (on_disk ^ set(html)))
if not os.path.isfile(os.path.join(SITE, "robots.txt")): fail("robots.txt missing")

# reachability from hub
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    cur = q.popleft()
    for h in re.findall(r'href="(/[^"#]*)', html.get(cur, "")):
        if h in html and h not in seen:
            seen.add(h); q.append(h)
if seen != set(html): fail("unreachable: %s" % sorted(set(html) - seen))

# identifiers on pages
for p in t["pages"]:
    h = html.get(p["path"], "")
    if not p["is_offer"] and p["operator"]: fail("non-offer with operator " + p["path"])
    if p["is_offer"] and not p["operator"]: fail("offer without operator " + p["path"])
    for k, v, w in p["identifiers"]:
        if k not in NORM or not NORM[k](v): fail("bad normalization %s %s on %s" % (k, v, p["path"]))
        if w not in h: fail("written form %r not on %s" % (w, p["path"]))

# operators
offers = [p for p in t["pages"] if p["is_offer"]]
by_op = defaultdict(list)
for p in offers: by_op[p["operator"]].append(p)
ops = sorted(o for o in by_op if o.startswith("U"))
inds = sorted(o for o in by_op if o.startswith("I"))
if ops != ["U%02d" % i for i in range(1, 10)]: fail("operators %s" % ops)
if inds != ["I%02d" % i for i in range(1, 7)]: fail("independents %s" % inds)
if set(ops) != set(t["operators"]): fail("operators block mismatch")
owner = {}
for o, ps in by_op.items():
    for p in ps:
        for k, v, w in p["identifiers"]:
            if owner.setdefault((k, v), o) != o: fail("identifier %s %s shared by %s and %s" % (k, v, owner[(k, v)], o))
for o in ops:
    ps = by_op[o]
    if not 3 <= len(ps) <= 4: fail("%s has %d offer pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2: fail(o + " on a single site")
    # connected through shared identifier values
    comp, todo = {ps[0]["path"]}, [ps[0]]
    while todo:
        a = todo.pop(); va = {(k, v) for k, v, _ in a["identifiers"]}
        for b in ps:
            if b["path"] not in comp and va & {(k, v) for k, v, _ in b["identifiers"]}:
                comp.add(b["path"]); todo.append(b)
    if len(comp) != len(ps): fail(o + " pages not connected by shared identifiers")
    ids = {tuple(x) for p in ps for x in [(k, v) for k, v, _ in p["identifiers"]]}
    if ids != {tuple(x) for x in t["operators"][o]["identifiers"]}: fail(o + " identifier list mismatch")
for o in inds:
    if len(by_op[o]) != 1: fail(o + " must have exactly one page")

# decoys
kinds_seen = set()
for d in t["decoys"]:
    actual = sorted(path for path, h in html.items() if any(w in h for w in d["written"]))
    if actual != sorted(d["pages"]): fail("decoy %s pages %s != %s" % (d["value"], d["pages"], actual))
    if not d["pages"]: fail("decoy %s appears nowhere" % d["value"])
    for path in d["pages"]:
        if not any(w in html[path] for w in d["written"]): fail("decoy %s not on %s" % (d["value"], path))
    if (d["kind"], d["value"]) in owner: fail("decoy %s is also a seller identifier" % d["value"])
    if not NORM[d["kind"]](d["value"]): fail("decoy normalization " + d["value"])

n_pages, n_offers = len(t["pages"]), len(offers)
n_sites = len({p["path"].split("/")[1] for p in t["pages"] if p["path"] != "/index.html"})
if not 48 <= n_pages <= 56: fail("page count %d" % n_pages)
if not 35 <= n_offers <= 39: fail("offer count %d" % n_offers)
if not 8 <= n_sites <= 11: fail("site count %d" % n_sites)
if len(t["decoys"]) < 18: fail("decoys %d" % len(t["decoys"]))

print("pages=%d offers=%d non_offers=%d sites=%d operators=%d operator_pages=%d independents=%d decoys=%d" % (
    n_pages, n_offers, n_pages - n_offers, n_sites, len(ops), sum(len(by_op[o]) for o in ops), len(inds), len(t["decoys"])))
if errors:
    print("FAIL"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")
