#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on failure; prints the counts."""
import json, os, re, sys
from collections import Counter
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []

def err(m):
    errors.append(m)

def uscc_ok(v):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", v):
        return False
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(v[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == v[17]

def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind == "uscc":
        return uscc_ok(v)
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    return bool(v)

class Links(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v and v.startswith("/"):
                    self.links.append(v)

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = {}
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            fp = os.path.join(root, f)
            files["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")

tpaths = [p["path"] for p in truth["pages"]]
if set(tpaths) != set(files):
    err("truth pages != html files: %s" % (set(tpaths) ^ set(files)))
for p in truth["pages"]:
    html = files.get(p["path"])
    if html is None:
        err("missing " + p["path"]); continue
    if not p["is_offer"] and p["operator"] is not None:
        err("non-offer with operator " + p["path"])
    if p["is_offer"] and not p["operator"]:
        err("offer without operator " + p["path"])
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS:
            err("bad kind %s" % kind)
        if not norm_ok(kind, value):
            err("bad normalization %s %s" % (kind, value))
        if written not in html:
            err("%s: written form %r not on page" % (p["path"], written))

# reachability
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    lp = Links(); lp.feed(files.get(cur, ""))
    for l in lp.links:
        if l in files and l not in seen:
            seen.add(l); todo.append(l)
if seen != set(files):
    err("unreachable: %s" % sorted(set(files) - seen))

# operators
offers = [p for p in truth["pages"] if p["is_offer"]]
opc = Counter(p["operator"] for p in offers)
uops = sorted(o for o in opc if o.startswith("U"))
iops = sorted(o for o in opc if o.startswith("I"))
if uops != ["U%02d" % i for i in range(1, 10)]:
    err("operators %s" % uops)
if iops != ["I%02d" % i for i in range(1, 7)]:
    err("independents %s" % iops)
for o in uops:
    if not 3 <= opc[o] <= 4:
        err("%s has %d pages" % (o, opc[o]))
    sites = {p["path"].split("/")[1] for p in offers if p["operator"] == o}
    if len(sites) < 2:
        err("%s on one site only" % o)
    # connectivity through shared identifiers
    pg = [p for p in offers if p["operator"] == o]
    comp = {0}; changed = True
    while changed:
        changed = False
        for i, a in enumerate(pg):
            if i in comp: continue
            ida = {(k, v) for k, v, _ in a["identifiers"]}
            if any(ida & {(k, v) for k, v, _ in pg[j]["identifiers"]} for j in comp):
                comp.add(i); changed = True
    if len(comp) != len(pg):
        err("%s pages not chained by identifiers" % o)
    if o not in truth["operators"]:
        err("%s missing in operators" % o)
for o in iops:
    if opc[o] != 1:
        err("%s has %d pages" % (o, opc[o]))
# no identifier shared between different sellers
owner = {}
for p in offers:
    for k, v, _ in p["identifiers"]:
        if owner.setdefault((k, v), p["operator"]) != p["operator"]:
            err("identifier %s %s shared by %s and %s" % (k, v, owner[(k, v)], p["operator"]))

# decoys
dk = Counter()
for d in truth["decoys"]:
    dk[d["kind"]] += 1
    if (d["kind"], d["value"]) in owner:
        err("decoy %s is a seller identifier" % d["value"])
    if not norm_ok(d["kind"], d["value"]):
        err("bad decoy normalization %s" % d["value"])
    actual = sorted(path for path, html in files.items() if any(w in html for w in d["written"]))
    if actual != sorted(d["pages"]):
        err("decoy %s pages mismatch" % d["value"])
    for path in d["pages"]:
        if not any(w in files.get(path, "") for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], path))
if len(truth["decoys"]) < 18:
    err("only %d decoys" % len(truth["decoys"]))
if set(dk) != KINDS:
    err("decoy kinds missing: %s" % (KINDS - set(dk)))

n_sites = len({p.split("/")[1] for p in files if p != "/index.html"})
if not 48 <= len(files) <= 56: err("page count %d" % len(files))
if not 8 <= n_sites <= 11: err("site count %d" % n_sites)
if not 34 <= len(offers) <= 40: err("offer count %d" % len(offers))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d" % (
    len(files), n_sites, len(offers), len(files) - len(offers), len(uops),
    sum(opc[o] for o in uops), len(iops), len(truth["decoys"])))
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
