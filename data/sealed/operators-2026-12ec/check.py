#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import html
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []


def fail(msg):
    errors.append(msg)


def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]


def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|123\d\d|95\d{3}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    if kind == "uscc":
        return uscc_ok(v)
    return True


def text_of(raw):
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def has(page, w):
    return w in page[0] or w in page[1]


truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))

# all html files on disk
disk = {}
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            fp = os.path.join(d, f)
            raw = open(fp, encoding="utf-8").read()
            disk["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = (raw, text_of(raw))

paths = [p["path"] for p in truth["pages"]]
if len(set(paths)) != len(paths):
    fail("duplicate paths in truth")
for p in paths:
    if p not in disk:
        fail("missing page " + p)
for p in disk:
    if p not in set(paths):
        fail("page not in truth " + p)

# robots and hub reachability
rb = os.path.join(SITE, "robots.txt")
if not os.path.exists(rb) or "Disallow: /" in open(rb).read():
    fail("robots.txt missing or disallowing")
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in disk:
        continue
    seen.add(u)
    for h in re.findall(r"href=['\"]([^'\"#]+)", disk[u][0]):
        if h.startswith("/"):
            todo.append(h)
for p in disk:
    if p not in seen:
        fail("unreachable from hub " + p)
sites = sorted({p.split("/")[1] for p in disk if p.count("/") == 2})
hub = disk.get("/index.html", ("", ""))[0]
for s in sites:
    if "/%s/index.html" % s not in hub:
        fail("hub does not link " + s)

# pages and identifiers
by_op = defaultdict(list)
for p in truth["pages"]:
    pg = disk.get(p["path"])
    if p["is_offer"]:
        if not p["operator"] or not p["provider"]:
            fail("offer without operator/provider " + p["path"])
        by_op[p["operator"]].append(p)
    elif p["operator"] is not None:
        fail("non-offer with operator " + p["path"])
    for kind, val, w in p["identifiers"]:
        if kind not in KINDS:
            fail("bad kind %s on %s" % (kind, p["path"]))
        if not norm_ok(kind, val):
            fail("bad normalized value %s %s" % (kind, val))
        if pg and not has(pg, w):
            fail("written form %r not on %s" % (w, p["path"]))

# operators
ops = {k: v for k, v in by_op.items() if k.startswith("U")}
inds = {k: v for k, v in by_op.items() if k.startswith("I")}
if sorted(ops) != ["U%02d" % i for i in range(1, 10)]:
    fail("operators are %s" % sorted(ops))
if sorted(inds) != ["I%02d" % i for i in range(1, 7)]:
    fail("independents are %s" % sorted(inds))
for k, v in ops.items():
    if not 3 <= len(v) <= 4:
        fail("%s has %d offer pages" % (k, len(v)))
    if len({p["path"].split("/")[1] for p in v}) < 3:
        fail("%s on fewer than 3 sites" % k)
    # pages must be connected by shared identifiers
    comp = {v[0]["path"]}
    changed = True
    while changed:
        changed = False
        ids_in = {(a, b) for p in v if p["path"] in comp for a, b, _ in p["identifiers"]}
        for p in v:
            if p["path"] not in comp and ids_in & {(a, b) for a, b, _ in p["identifiers"]}:
                comp.add(p["path"])
                changed = True
    if len(comp) != len(v):
        fail("%s pages not connected by shared identifiers" % k)
    tops = truth["operators"].get(k)
    if not tops:
        fail("operator %s missing in operators" % k)
    else:
        allids = {(a, b) for p in v for a, b, _ in p["identifiers"]}
        if allids != {tuple(x) for x in tops["identifiers"]}:
            fail("operator %s identifier list mismatch" % k)
        if {p["provider"] for p in v} != set(tops["brands"]):
            fail("operator %s brands mismatch" % k)
for k, v in inds.items():
    if len(v) != 1:
        fail("%s has %d pages" % (k, len(v)))
owner = {}
for p in truth["pages"]:
    for kind, val, _ in p["identifiers"]:
        if owner.setdefault((kind, val), p["operator"]) != p["operator"]:
            fail("identifier %s %s shared by %s and %s" % (kind, val, owner[(kind, val)], p["operator"]))

# decoys
op_of = {p["path"]: p["operator"] for p in truth["pages"]}
dkinds = Counter()
for d in truth["decoys"]:
    dkinds[d["kind"]] += 1
    if (d["kind"], d["value"]) in owner:
        fail("decoy %s is also a seller identifier" % d["value"])
    if not norm_ok(d["kind"], d["value"]):
        fail("bad decoy value %s" % d["value"])
    found = sorted(p for p, pg in disk.items() if any(has(pg, w) for w in d["written"]))
    if found != sorted(d["pages"]):
        fail("decoy %s pages differ: truth %s scan %s" % (d["value"], d["pages"], found))
    for p in d["pages"]:
        if p in disk and not any(has(disk[p], w) for w in d["written"]):
            fail("decoy %s not on %s" % (d["value"], p))
    sellers = {op_of.get(p) for p in d["pages"]} - {None}
    if len(sellers) < 2:
        fail("decoy %s does not span two sellers" % d["value"])

n_pages = len(truth["pages"])
n_offer = sum(p["is_offer"] for p in truth["pages"])
n_dec = len(truth["decoys"])
if not 48 <= n_pages <= 56:
    fail("page count %d" % n_pages)
if not 8 <= len(sites) <= 11:
    fail("site count %d" % len(sites))
if not 33 <= n_offer <= 41:
    fail("offer count %d" % n_offer)
if n_dec < 18:
    fail("decoy count %d" % n_dec)
missing = KINDS - set(dkinds)
if missing:
    fail("decoy kinds missing: %s" % sorted(missing))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%s"
      % (n_pages, len(sites), n_offer, n_pages - n_offer, len(ops), sum(len(v) for v in ops.values()),
         len(inds), n_dec, ",".join("%s:%d" % kv for kv in sorted(dkinds.items()))))
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
