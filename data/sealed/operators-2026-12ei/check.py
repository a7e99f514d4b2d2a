#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []

def err(m):
    errors.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

NORM = {
 "phone": lambda v: re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v),
 "wechat": lambda v: v == v.lower(), "email": lambda v: v == v.lower() and "@" in v,
 "domain": lambda v: v == v.lower() and "." in v, "qq": lambda v: v.isdigit(),
 "qq_group": lambda v: v.isdigit(), "uscc": uscc_ok, "other": lambda v: bool(v),
}

class Links(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v and v.startswith("/"):
                    self.links.append(v.split("#")[0])

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
files = {}
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/")
            files[p] = open(os.path.join(d, f), encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")
paths = [pg["path"] for pg in truth["pages"]]
if set(paths) != set(files):
    err("truth pages != html files: %s" % sorted(set(paths) ^ set(files)))

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in files:
        continue
    seen.add(p)
    lp = Links(); lp.feed(files[p]); todo.extend(lp.links)
for p in files:
    if p not in seen:
        err("unreachable: " + p)

ops = truth["operators"]
op_pages = {}
for pg in truth["pages"]:
    p, op = pg["path"], pg["operator"]
    if p not in files:
        err("missing file " + p); continue
    if not pg["is_offer"] and (op or pg["identifiers"]):
        err("non-offer with operator/identifiers " + p)
    if pg["is_offer"] and not op:
        err("offer without operator " + p)
    if op:
        op_pages.setdefault(op, []).append(pg)
    for k, v, w in pg["identifiers"]:
        if k not in NORM or not NORM[k](v):
            err("bad normalized %s %s on %s" % (k, v, p))
        if not w or w not in files[p]:
            err("written form %r not on %s" % (w, p))
        if op and op.startswith("U") and [k, v] not in ops[op]["identifiers"]:
            err("%s %s not in operator %s" % (k, v, op))

# operator shape and connectivity (chain of shared identifiers)
for op, pgs in op_pages.items():
    if op.startswith("U"):
        if not 3 <= len(pgs) <= 4:
            err("%s has %d pages" % (op, len(pgs)))
        sets = [set((k, v) for k, v, _ in pg["identifiers"]) for pg in pgs]
        comp, grow = {0}, True
        while grow:
            grow = False
            for i in range(len(sets)):
                if i not in comp and any(sets[i] & sets[j] for j in comp):
                    comp.add(i); grow = True
        if len(comp) != len(sets):
            err(op + " pages not connected by shared identifiers")
    elif len(pgs) != 1:
        err("%s has %d pages" % (op, len(pgs)))

# sellers' identifiers must not be shared across sellers; sites must differ for an operator
owner = {}
for op, pgs in op_pages.items():
    for pg in pgs:
        for k, v, _ in pg["identifiers"]:
            if owner.setdefault((k, v), op) != op:
                err("identifier %s %s shared by %s and %s" % (k, v, owner[(k, v)], op))
    if op.startswith("U") and len({pg["path"].split("/")[1] for pg in pgs}) < 2:
        err(op + " on a single site")

# decoys
dk = set()
for d in truth["decoys"]:
    dk.add(d["kind"])
    hits = sorted(p for p, t in files.items() if any(w in t for w in d["written"]))
    if hits != sorted(d["pages"]):
        err("decoy %s pages mismatch" % d["value"])
    for p in d["pages"]:
        if not any(w in files.get(p, "") for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], p))
    sellers = {pg["operator"] for pg in truth["pages"] if pg["path"] in d["pages"] and pg["operator"]}
    if len(d["pages"]) < 2:
        err("decoy %s on fewer than 2 pages" % d["value"])
    if (d["kind"], d["value"]) in owner:
        err("decoy %s is also a seller identifier" % d["value"])

n_pages = len(files)
offers = sum(pg["is_offer"] for pg in truth["pages"])
sites = len({p.split("/")[1] for p in files if p.count("/") > 1})
n_u = len([o for o in op_pages if o.startswith("U")])
n_i = len([o for o in op_pages if o.startswith("I")])
n_ids = sum(len(pg["identifiers"]) for pg in truth["pages"])
if not 48 <= n_pages <= 56: err("page count %d" % n_pages)
if not 8 <= sites <= 11: err("site count %d" % sites)
if not 34 <= offers <= 40: err("offer count %d" % offers)
if n_u != 9 or n_i != 6: err("operators %d independents %d" % (n_u, n_i))
if len(truth["decoys"]) < 18: err("decoys %d" % len(truth["decoys"]))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d page_identifiers=%d decoy_kinds=%s"
      % (n_pages, sites, offers, n_pages - offers, n_u, n_i, len(truth["decoys"]), n_ids, ",".join(sorted(dk))))
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
