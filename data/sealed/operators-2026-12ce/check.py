#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any failure."""
import json, os, re, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c, W)) % 31
    return c[17] == ALPH[0 if r == 31 else r]


def value_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|1\d{4}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    if kind == "uscc":
        return uscc_ok(v)
    return kind == "other"


truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
files = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/"))
text = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")

paths = [p["path"] for p in truth["pages"]]
if len(paths) != len(set(paths)):
    err("duplicate page in truth")
for p in files - set(paths):
    err("page not in truth: " + p)
for p in set(paths) - files:
    err("truth page without file: " + p)

owner = {}
id_owner = defaultdict(set)
op_pages = defaultdict(list)
for pg in truth["pages"]:
    path, op = pg["path"], pg["operator"]
    owner[path] = op
    if pg["is_offer"]:
        if not op or not re.fullmatch(r"[UI]0\d", op):
            err("offer without operator: " + path)
        else:
            op_pages[op].append(pg)
    elif op is not None:
        err("non-offer with operator: " + path)
    for kind, value, written in pg["identifiers"]:
        if not value_ok(kind, value):
            err("bad value %s %s on %s" % (kind, value, path))
        if written not in text.get(path, ""):
            err("written form %r not on %s" % (written, path))
        id_owner[(kind, value)].add(op)

for key, owners in id_owner.items():
    if len(owners) > 1:
        err("identifier %s shared by %s" % (key, sorted(map(str, owners))))

for op, pgs in op_pages.items():
    if op.startswith("I"):
        if len(pgs) != 1:
            err(op + " must have one page")
        continue
    if not 3 <= len(pgs) <= 4:
        err(op + " must have 3-4 pages")
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in pgs]
    seen, todo = {0}, [0]
    while todo:
        i = todo.pop()
        for j in range(len(sets)):
            if j not in seen and sets[i] & sets[j]:
                seen.add(j); todo.append(j)
    if len(seen) != len(sets):
        err(op + " pages not connected by shared identifiers")
    for i, s in enumerate(sets):
        if not any(s & t for j, t in enumerate(sets) if j != i):
            err(op + " page shares nothing: " + pgs[i]["path"])
    tops = truth["operators"].get(op)
    if not tops:
        err("operator missing in truth: " + op)
    else:
        union = {(k, v) for s in sets for k, v in s}
        if {tuple(x) for x in tops["identifiers"]} != union:
            err(op + " identifier list mismatch")

ops_u = sorted(o for o in op_pages if o.startswith("U"))
ops_i = sorted(o for o in op_pages if o.startswith("I"))
if ops_u != ["U%02d" % i for i in range(1, 10)]:
    err("operators U01-U09 expected, got %s" % ops_u)
if ops_i != ["I%02d" % i for i in range(1, 7)]:
    err("independents I01-I06 expected, got %s" % ops_i)
if sorted(truth["operators"]) != ops_u:
    err("truth operators keys mismatch")

decoy_values = set()
for d in truth["decoys"]:
    decoy_values.add((d["kind"], d["value"]))
    if len(d["pages"]) < 2:
        err("decoy on <2 pages: " + d["value"])
    if len({str(owner.get(p)) for p in d["pages"]}) < 2:
        err("decoy not across owners: " + d["value"])
    for p in d["pages"]:
        if not any(w in text.get(p, "") for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], p))
    if not value_ok(d["kind"], d["value"]):
        err("bad decoy value " + d["value"])
for key in decoy_values & set(id_owner):
    err("decoy is also a seller identifier: %s" % (key,))

# reachability by links from /index.html
reach, todo = {"/index.html"}, ["/index.html"]
while todo:
    p = todo.pop()
    for h in re.findall(r"href='(/[^']+\.html)'", text.get(p, "")):
        if h in files and h not in reach:
            reach.add(h); todo.append(h)
for p in files - reach:
    err("unreachable: " + p)

styles = {p.split("/")[1] for p in files if p.count("/") > 1}
n_pages = len(files)
n_offer = sum(p["is_offer"] for p in truth["pages"])
n_dec = len(truth["decoys"])
if not 48 <= n_pages <= 56: err("page count %d" % n_pages)
if not 8 <= len(styles) <= 11: err("site styles %d" % len(styles))
if not 34 <= n_offer <= 40: err("offer count %d" % n_offer)
if n_dec < 18: err("decoys %d" % n_dec)

for e in errors:
    print("FAIL:", e)
print("pages=%d offers=%d non_offers=%d site_styles=%d operators=%d independents=%d decoys=%d" % (
    n_pages, n_offer, n_pages - n_offer, len(styles), len(ops_u), len(ops_i), n_dec))
sys.exit(1 if errors else 0)
