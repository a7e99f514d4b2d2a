#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any failure."""
import json, os, re, sys, html
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def fail(msg):
    errors.append(msg)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]


NORM = {
    "phone": re.compile(r"^(\+86 ?1\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|1\d{4})$"),
    "wechat": re.compile(r"^[a-z0-9_\-]{5,30}$"),
    "qq": re.compile(r"^[1-9]\d{4,10}$"),
    "qq_group": re.compile(r"^[1-9]\d{5,10}$"),
    "email": re.compile(r"^[a-z0-9._\-]+@[a-z0-9.\-]+\.[a-z]+$"),
    "domain": re.compile(r"^[a-z0-9.\-]+\.[a-z]{2,}$"),
}

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
files = {}
for dp, _, fns in os.walk(SITE):
    for fn in fns:
        if fn.endswith(".html"):
            fp = os.path.join(dp, fn)
            files["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")


def has(path, s):
    t = files.get(path, "")
    return s in t or s in html.unescape(t)


paths = [p["path"] for p in truth["pages"]]
if len(paths) != len(set(paths)):
    fail("duplicate page in truth")
for p in set(files) - set(paths):
    fail("page not in truth: " + p)
for p in set(paths) - set(files):
    fail("truth page missing on disk: " + p)
if "/index.html" not in files:
    fail("no site/index.html")

# reachability from /index.html
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in files:
        continue
    seen.add(p)
    todo += re.findall(r'href="(/[^"]+\.html)"', files[p])
for p in set(files) - seen:
    fail("unreachable: " + p)

owner = {}
by_owner = defaultdict(list)
for p in truth["pages"]:
    path, op = p["path"], p["operator"]
    owner[path] = op if op else "none:" + path
    if not p["is_offer"] and op is not None:
        fail("non-offer with operator: " + path)
    if p["is_offer"] and (not op or not p.get("provider")):
        fail("offer without operator/provider: " + path)
    if not p["is_offer"] and p["identifiers"]:
        fail("non-offer with identifiers: " + path)
    if op:
        by_owner[op].append(p)
    for kind, value, written in p["identifiers"]:
        if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
            fail("bad kind %s on %s" % (kind, path))
        if kind == "uscc" and not uscc_ok(value):
            fail("bad USCC " + value)
        if kind in NORM and not NORM[kind].match(value):
            fail("not normalized %s %s on %s" % (kind, value, path))
        if not has(path, written):
            fail("written form %r not on %s" % (written, path))

# identifiers: no value shared by different owners; no written form leaking to another owner's page
val_owner = defaultdict(set)
for p in truth["pages"]:
    for k, v, w in p["identifiers"]:
        val_owner[(k, v)].add(p["operator"])
        for q in files:
            if owner.get(q) != p["operator"] and has(q, w):
                fail("identifier %r of %s also on %s (owner %s)" % (w, p["operator"], q, owner.get(q)))
for kv, os_ in val_owner.items():
    if len(os_) > 1:
        fail("identifier %s shared by %s" % (kv, sorted(os_)))

# operators
ops = sorted(o for o in by_owner if o.startswith("U"))
inds = sorted(o for o in by_owner if o.startswith("I"))
if ops != ["U%02d" % i for i in range(1, 10)]:
    fail("operators are %s" % ops)
if inds != ["I%02d" % i for i in range(1, 7)]:
    fail("independents are %s" % inds)
site_of = lambda path: path.split("/")[1]
for o in ops:
    pg = by_owner[o]
    if not 3 <= len(pg) <= 4:
        fail("%s has %d pages" % (o, len(pg)))
    if len({site_of(p["path"]) for p in pg}) < 2:
        fail("%s on one site only" % o)
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in pg]
    # connected via shared identifiers
    comp, stack = {0}, [0]
    while stack:
        i = stack.pop()
        for j in range(len(pg)):
            if j not in comp and sets[i] & sets[j]:
                comp.add(j); stack.append(j)
    if len(comp) != len(pg):
        fail("%s pages not connected by identifiers" % o)
    t = truth["operators"].get(o)
    if not t:
        fail("operator missing in truth: " + o)
    else:
        allids = set().union(*sets)
        if {tuple(x) for x in t["identifiers"]} != allids:
            fail("operator identifiers mismatch " + o)
        if set(t["brands"]) != {p["provider"] for p in pg}:
            fail("operator brands mismatch " + o)
for o in inds:
    if len(by_owner[o]) != 1:
        fail("%s has %d pages" % (o, len(by_owner[o])))
    if not by_owner[o][0]["identifiers"]:
        fail("%s has no identifiers" % o)

# decoys
idvals = set(val_owner)
for d in truth["decoys"]:
    if len(d["pages"]) < 2:
        fail("decoy %s on <2 pages" % d["value"])
    if len({owner.get(p) for p in d["pages"]}) < 2:
        fail("decoy %s not on pages of different owners" % d["value"])
    for p in d["pages"]:
        if not any(has(p, w) for w in d["written"]):
            fail("decoy %s not on %s" % (d["value"], p))
    if (d["kind"], d["value"]) in idvals:
        fail("decoy %s is also a seller identifier" % d["value"])
    if d["kind"] in NORM and not NORM[d["kind"]].match(d["value"]):
        fail("decoy not normalized " + d["value"])

n_pages = len(truth["pages"])
n_offers = sum(p["is_offer"] for p in truth["pages"])
styles = {site_of(p) for p in paths if p.count("/") > 1}
n_dec = len(truth["decoys"])
if not 48 <= n_pages <= 56: fail("page count %d" % n_pages)
if not 34 <= n_offers <= 40: fail("offer count %d" % n_offers)
if not 8 <= len(styles) <= 11: fail("site styles %d" % len(styles))
if n_dec < 18: fail("decoys %d" % n_dec)

for e in errors:
    print("FAIL:", e)
print("pages=%d offers=%d non_offers=%d sites=%d operators=%d independents=%d decoys=%d %s" % (
    n_pages, n_offers, n_pages - n_offers, len(styles), len(ops), len(inds), n_dec, "OK" if not errors else "FAILED"))
sys.exit(1 if errors else 0)
