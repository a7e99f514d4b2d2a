#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
t = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
errs = []
def err(m): errs.append(m)

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", c): return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c, W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]
NORM = {"phone": r"(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})", "wechat": r"[a-z][a-z0-9_-]{4,19}",
        "qq": r"[1-9]\d{4,11}", "qq_group": r"[1-9]\d{4,11}", "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+",
        "domain": r"[a-z0-9.-]+\.[a-z]+", "uscc": r".{18}", "other": r".+"}

html = {}
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            fp = os.path.join(root, f)
            html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing")
paths = [p["path"] for p in t["pages"]]
if len(set(paths)) != len(paths): err("duplicate paths in truth")
if set(paths) != set(html): err("truth/site mismatch: %s" % sorted(set(paths) ^ set(html)))

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html: continue
    seen.add(p)
    todo += re.findall(r'href="(/[^"#]*\.html)"', html[p])
if set(html) - seen: err("unreachable: %s" % sorted(set(html) - seen))

id_pages = defaultdict(set)   # (kind,value) -> operators
op_pages = defaultdict(list)
for p in t["pages"]:
    path, op = p["path"], p["operator"]
    if path not in html: err("missing " + path); continue
    if not p["is_offer"] and (op or p["identifiers"]): err("non-offer with operator/ids " + path)
    if p["is_offer"] and not op: err("offer without operator " + path)
    if op: op_pages[op].append(p)
    for kind, value, written in p["identifiers"]:
        if kind not in NORM: err("bad kind %s" % kind)
        elif not re.fullmatch(NORM[kind], value): err("bad normalization %s %s" % (kind, value))
        if kind == "uscc" and not uscc_ok(value): err("bad USCC check " + value)
        if written not in html[path]: err("written form %r not on %s" % (written, path))
        id_pages[(kind, value)].add(op)

U = sorted(o for o in op_pages if o.startswith("U"))
I = sorted(o for o in op_pages if o.startswith("I"))
if len(U) != 9: err("operators != 9")
if len(I) != 6: err("independents != 6")
for o in U:
    pg = op_pages[o]
    if not 3 <= len(pg) <= 4: err("%s has %d pages" % (o, len(pg)))
    if len({p["path"].split("/")[1] for p in pg}) < 2: err(o + " on a single site")
    # connectivity through shared identifiers
    comp, stack = {pg[0]["path"]}, [pg[0]]
    while stack:
        a = stack.pop(); ka = {(k, v) for k, v, _ in a["identifiers"]}
        for b in pg:
            if b["path"] not in comp and ka & {(k, v) for k, v, _ in b["identifiers"]}:
                comp.add(b["path"]); stack.append(b)
    if len(comp) != len(pg): err(o + " pages not chained by identifiers")
    if o not in t["operators"]: err(o + " missing from operators")
    else:
        want = {(k, v) for p in pg for k, v, _ in p["identifiers"]}
        if want != {tuple(x) for x in t["operators"][o]["identifiers"]}: err(o + " operator identifiers mismatch")
for o in I:
    if len(op_pages[o]) != 1: err(o + " has more than one page")
for key, ops in id_pages.items():
    if len(ops) > 1: err("identifier %s shared by %s" % (key, sorted(ops)))

decoy_vals = set()
for d in t["decoys"]:
    decoy_vals.add((d["kind"], d["value"]))
    scan = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if scan != sorted(d["pages"]): err("decoy %s pages mismatch" % d["value"])
    for p in d["pages"]:
        if p in html and not any(w in html[p] for w in d["written"]): err("decoy %s not on %s" % (d["value"], p))
    sellers = {pp["operator"] for pp in t["pages"] if pp["path"] in d["pages"] and pp["operator"]}
    if len(sellers) < 2: err("decoy %s does not span two sellers" % d["value"])
    if (d["kind"], d["value"]) in id_pages: err("decoy is also a seller identifier: " + d["value"])

offers = sum(p["is_offer"] for p in t["pages"])
n = len(t["pages"])
sites = len({p.split("/")[1] for p in html if p != "/index.html"})
if not 48 <= n <= 56: err("page count %d" % n)
if not 8 <= sites <= 11: err("site count %d" % sites)
if not 35 <= offers <= 39: err("offer count %d" % offers)
if len(t["decoys"]) < 18: err("fewer than 18 decoys")

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d operator_pages=%d decoys=%d identifiers=%d errors=%d"
      % (n, sites, offers, n - offers, len(U), len(I), sum(len(op_pages[o]) for o in U), len(t["decoys"]),
         len(id_pages), len(errs)))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
