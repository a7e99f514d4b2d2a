#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import Counter, deque

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPH.index(x) * w for x, w in zip(c, WTS)) % 31
    return ALPH[0 if r == 31 else r] == c[17]


NORM = {
    "phone": re.compile(r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$"),
    "wechat": re.compile(r"^[a-z0-9_\-]+$"),
    "qq": re.compile(r"^\d{5,11}$"),
    "qq_group": re.compile(r"^\d{5,11}$"),
    "email": re.compile(r"^[a-z0-9_.\-]+@[a-z0-9.\-]+$"),
    "domain": re.compile(r"^[a-z0-9.\-]+\.[a-z]+$"),
}

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = {}
for root, _, names in os.walk(SITE):
    for n in names:
        if n.endswith(".html"):
            full = os.path.join(root, n)
            files["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing all")
if "/index.html" not in files:
    err("hub missing")

# reachability from the hub
seen, todo = {"/index.html"}, deque(["/index.html"])
while todo:
    for href in re.findall(r'href="(/[^"#]*)', files.get(todo.popleft(), "")):
        if href in files and href not in seen:
            seen.add(href)
            todo.append(href)
for p in files:
    if p not in seen:
        err("unreachable from hub: " + p)

tpaths = [p["path"] for p in truth["pages"]]
if sorted(tpaths) != sorted(files):
    err("truth pages and site pages differ: %s" % sorted(set(tpaths) ^ set(files)))

sites = {p.split("/")[1] for p in files if p.count("/") >= 2}
for s in sites:
    if "/%s/index.html" % s not in files:
        err("site without index: " + s)
    elif '"/%s/index.html"' % s not in files["/index.html"]:
        err("hub does not link " + s)

by_op = Counter()
n_ids = 0
for p in truth["pages"]:
    path = p["path"]
    if path not in files:
        err("missing page " + path)
        continue
    text = files[path]
    op = p["operator"]
    if p["is_offer"]:
        if not op or not re.fullmatch(r"[UI]0\d", op):
            err("offer without operator: " + path)
        by_op[op] += 1
        if p["provider"] and p["provider"] not in text:
            err("provider not on page %s: %s" % (path, p["provider"]))
    elif op is not None or p["identifiers"]:
        err("non-offer with operator/identifiers: " + path)
    for kind, value, written in p["identifiers"]:
        n_ids += 1
        if written not in text:
            err("identifier %s %r not written on %s" % (kind, written, path))
        if kind == "uscc" and not uscc_ok(value):
            err("bad USCC " + value)
        if kind in NORM and not NORM[kind].match(value):
            err("not normalised: %s %s" % (kind, value))
        if op and op.startswith("U") and [kind, value] not in truth["operators"][op]["identifiers"]:
            err("identifier %s not listed for %s" % (value, op))

# identifiers must not cross operators; independents share nothing
owner = {}
for p in truth["pages"]:
    for kind, value, _ in p["identifiers"]:
        o = owner.setdefault((kind, value), p["operator"])
        if o != p["operator"]:
            err("identifier %s shared by %s and %s" % (value, o, p["operator"]))

# each operator's pages are connected by shared identifiers
for op in truth["operators"]:
    pages = [p for p in truth["pages"] if p["operator"] == op]
    ids = [{(k, v) for k, v, _ in p["identifiers"]} for p in pages]
    comp, todo = {0}, [0]
    while todo:
        i = todo.pop()
        for j in range(len(pages)):
            if j not in comp and ids[i] & ids[j]:
                comp.add(j)
                todo.append(j)
    if len(comp) != len(pages):
        err("operator %s pages not chained by identifiers" % op)

uops = sorted(o for o in by_op if o.startswith("U"))
iops = sorted(o for o in by_op if o.startswith("I"))
if uops != ["U%02d" % i for i in range(1, 10)] or sorted(truth["operators"]) != uops:
    err("operators U01-U09 wrong: %s" % uops)
for o in uops:
    if not 3 <= by_op[o] <= 4:
        err("%s has %d offers" % (o, by_op[o]))
if iops != ["I%02d" % i for i in range(1, 7)] or any(by_op[o] != 1 for o in iops):
    err("independents wrong: %s" % iops)

# decoys
dkinds = Counter()
for d in truth["decoys"]:
    dkinds[d["kind"]] += 1
    found = sorted(p for p, t in files.items() if any(w in t for w in d["written"]))
    for p in d["pages"]:
        if p not in files or not any(w in files[p] for w in d["written"]):
            err("decoy %s not written on %s" % (d["value"], p))
    if found != sorted(d["pages"]):
        err("decoy %s pages differ from scan: %s" % (d["value"], sorted(set(found) ^ set(d["pages"]))))
    sellers = {p["operator"] for p in truth["pages"] if p["path"] in d["pages"] and p["operator"]}
    if len(sellers) < 2:
        err("decoy %s does not span two sellers" % d["value"])
    if (d["kind"], d["value"]) in owner:
        err("decoy %s is also a seller identifier" % d["value"])

n_pages = len(files)
n_offers = sum(p["is_offer"] for p in truth["pages"])
if not 48 <= n_pages <= 56:
    err("page count %d" % n_pages)
if not 8 <= len(sites) <= 11:
    err("site count %d" % len(sites))
if not 34 <= n_offers <= 40:
    err("offer count %d" % n_offers)
if len(truth["decoys"]) < 18:
    err("decoys %d" % len(truth["decoys"]))

print("pages=%d offers=%d non_offers=%d sites=%d operators=%d independents=%d decoys=%d page_identifiers=%d"
      % (n_pages, n_offers, n_pages - n_offers, len(sites), len(uops), len(iops), len(truth["decoys"]), n_ids))
print("decoy kinds:", dict(sorted(dkinds.items())))
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
