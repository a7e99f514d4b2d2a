#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser
from urllib.parse import urljoin

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
errors = []
def err(m): errors.append(m)

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(x) * w for x, w in zip(c[:17], W18)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

NORM = {
 "phone": r"(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})",
 "wechat": r"[a-z][a-z0-9_-]{5,19}", "qq": r"[1-9]\d{4,10}", "qq_group": r"[1-9]\d{4,10}",
 "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", "domain": r"[a-z0-9.-]+\.[a-z]+", "uscc": r".{18}", "other": r".+",
}

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for root, _, files in os.walk(SITE):
    for fn in files:
        if fn.endswith(".html"):
            full = os.path.join(root, fn)
            texts["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing")
if "/index.html" not in texts: err("hub missing")

pages = truth["pages"]
paths = [p["path"] for p in pages]
if len(set(paths)) != len(paths): err("duplicate paths")
for p in paths:
    if p not in texts: err("missing page " + p)
for p in texts:
    if p not in paths: err("page not in truth " + p)

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v and not v.startswith("http"): s.links.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop(); l = L(); l.feed(texts.get(cur, ""))
    for h in l.links:
        t = urljoin("http://x" + cur, h)[len("http://x"):]
        if t in texts and t not in seen: seen.add(t); todo.append(t)
for p in texts:
    if p not in seen: err("unreachable " + p)

sites = sorted({p.split("/")[1] for p in texts if p.count("/") >= 2})
for s in sites:
    if "/%s/index.html" % s not in texts: err("no index for site " + s)
    if '%s/index.html' % s not in texts["/index.html"]: err("hub lacks " + s)

owner = {}  # (kind,value) -> set of sellers
by_op = {}
for p in pages:
    if not p["is_offer"]:
        if p["operator"] is not None: err("non-offer with operator " + p["path"])
        continue
    op = p["operator"]
    if not op or not re.fullmatch(r"[UI]0\d", op): err("bad operator " + p["path"])
    by_op.setdefault(op, []).append(p)
    if not p["identifiers"] and op.startswith("U"): err("operator page without identifiers " + p["path"])
    for kind, value, written in p["identifiers"]:
        if kind not in NORM: err("bad kind %s" % kind)
        elif not re.fullmatch(NORM[kind], value): err("bad normalization %s %s" % (kind, value))
        if kind == "uscc" and not uscc_ok(value): err("bad uscc " + value)
        if written not in texts.get(p["path"], ""): err("written form %r not on %s" % (written, p["path"]))
        owner.setdefault((kind, value), set()).add(op)

for kv, ops in owner.items():
    if len(ops) > 1: err("identifier %s shared by %s" % (kv, sorted(ops)))

ops_u = sorted(o for o in by_op if o.startswith("U")); ops_i = sorted(o for o in by_op if o.startswith("I"))
if ops_u != ["U0%d" % i for i in range(1, 10)]: err("operators %s" % ops_u)
if ops_i != ["I0%d" % i for i in range(1, 7)]: err("independents %s" % ops_i)
for o in ops_u:
    ps = by_op[o]
    if not 3 <= len(ps) <= 4: err("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2: err("%s on one site" % o)
    # connectivity of pages via shared identifier values
    comp = {0}; changed = True
    vals = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
    while changed:
        changed = False
        for i in range(len(ps)):
            if i not in comp and any(vals[i] & vals[j] for j in comp): comp.add(i); changed = True
    if len(comp) != len(ps): err("%s pages not connected by identifiers" % o)
    tv = truth["operators"].get(o)
    if not tv: err("operators entry missing " + o)
    else:
        allv = {(k, v) for vs in vals for k, v in vs}
        if {tuple(x) for x in tv["identifiers"]} != allv: err("operator identifiers mismatch " + o)
for o in ops_i:
    if len(by_op[o]) != 1: err("%s pages %d" % (o, len(by_op[o])))
if set(truth["operators"]) != set(ops_u): err("operators keys")

decoys = truth["decoys"]
kinds = {d["kind"] for d in decoys}
for d in decoys:
    if (d["kind"], d["value"]) in owner: err("decoy is a seller identifier %s" % d["value"])
    scan = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    if scan != sorted(d["pages"]): err("decoy %s pages differ from scan" % d["value"])
    for p in d["pages"]:
        if not any(w in texts.get(p, "") for w in d["written"]): err("decoy %s not on %s" % (d["value"], p))
    if len(d["pages"]) < 2: err("decoy %s on <2 pages" % d["value"])
    sellers = {p["operator"] for p in pages if p["path"] in d["pages"] and p["operator"]}
    if len(sellers) < 2 and not any(not p["is_offer"] for p in pages if p["path"] in d["pages"]):
        err("decoy %s ties nothing" % d["value"])
    for kv in owner:
        for w in d["written"]:
            pass

n_pages = len(pages); n_offers = sum(p["is_offer"] for p in pages)
multi = sum(1 for d in decoys if len({p["operator"] for p in pages if p["path"] in d["pages"] and p["operator"]}) >= 2)
if not 48 <= n_pages <= 56: err("page count %d" % n_pages)
if not 8 <= len(sites) <= 11: err("site count %d" % len(sites))
if not 35 <= n_offers <= 39: err("offer count %d" % n_offers)
if len(decoys) < 18: err("decoys %d" % len(decoys))
if not {"phone", "email", "domain", "qq", "qq_group", "other"} <= kinds: err("decoy kinds %s" % kinds)

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoys_across_sellers=%d errors=%d"
      % (n_pages, len(sites), n_offers, n_pages - n_offers, len(ops_u), sum(len(by_op[o]) for o in ops_u),
         len(ops_i), len(decoys), multi, len(errors)))
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
