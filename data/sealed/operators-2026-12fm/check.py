#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys
from html.parser import HTMLParser
D = os.path.dirname(os.path.abspath(__file__)); SITE = os.path.join(D, "site")
t = json.load(open(os.path.join(D, "truth.json"), encoding="utf-8"))
errs = []
def read(p):
    return open(SITE + p, encoding="utf-8").read()
A = "0123456789ABCDEFGHJKLMNPQRTUWXY"; W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", c): return False
    r = 31 - sum(A.index(x) * w for x, w in zip(c, W)) % 31
    return A[0 if r == 31 else r] == c[17]
def norm_ok(k, v):
    if k == "phone": return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if k in ("wechat", "email", "domain"): return v == v.lower()
    if k == "uscc": return uscc_ok(v)
    return True
# files on disk & link reachability
html_files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"): html_files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
class L(HTMLParser):
    def __init__(s): super().__init__(); s.h = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v: s.h.append(v)
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html_files: continue
    seen.add(p); l = L(); l.feed(read(p))
    for h in l.h:
        if h.startswith("http"): continue
        todo.append(os.path.normpath(os.path.join(os.path.dirname(p), h)).replace(os.sep, "/") if not h.startswith("/") else h)
if seen != html_files: errs.append("unreachable: %s" % sorted(html_files - seen))
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    errs.append("robots.txt")
tpaths = {p["path"] for p in t["pages"]}
if tpaths != html_files: errs.append("truth/site mismatch %s" % sorted(tpaths ^ html_files))
ops, inds = {}, {}
for p in t["pages"]:
    if not os.path.exists(SITE + p["path"]): errs.append("missing " + p["path"]); continue
    txt = read(p["path"]); op = p["operator"]
    if not p["is_offer"] and op is not None: errs.append("non-offer with operator " + p["path"])
    if p["is_offer"] and not (op and re.fullmatch(r"[UI]0\d", op)): errs.append("offer without operator " + p["path"])
    if p["is_offer"] and p["provider"] and p["provider"] not in txt: errs.append("provider not on page " + p["path"])
    for k, v, w in p["identifiers"]:
        if w not in txt: errs.append("%s: written %r not found" % (p["path"], w))
        if not norm_ok(k, v): errs.append("bad normalisation %s %s" % (k, v))
        if op and op.startswith("U") and [k, v] not in t["operators"][op]["identifiers"]:
            errs.append("identifier %s not in operator %s" % (v, op))
    if op and op.startswith("U"): ops.setdefault(op, []).append(p["path"])
    if op and op.startswith("I"): inds.setdefault(op, []).append(p["path"])
# identifiers: unique owner; independents share nothing
owner = {}
for p in t["pages"]:
    for k, v, _ in p["identifiers"]:
        if p["operator"] and owner.setdefault((k, v), p["operator"]) != p["operator"]:
            errs.append("identifier %s shared by %s and %s" % (v, owner[(k, v)], p["operator"]))
# each operator's pages connected by shared identifiers
for op, paths in ops.items():
    pid = {q["path"]: {(k, v) for k, v, _ in q["identifiers"]} for q in t["pages"] if q["path"] in paths}
    comp, stack = set(), [paths[0]]
    while stack:
        a = stack.pop()
        if a in comp: continue
        comp.add(a); stack += [b for b in paths if b not in comp and pid[a] & pid[b]]
    if comp != set(paths): errs.append("operator %s not connected" % op)
    if not 3 <= len(paths) <= 4: errs.append("operator %s has %d pages" % (op, len(paths)))
    if len({q.split('/')[1] for q in paths}) < 2: errs.append("operator %s on one site" % op)
# decoys
dkinds = set()
for d in t["decoys"]:
    found = sorted(p for p in html_files if any(w in read(p) for w in d["written"]))
    if found != sorted(d["pages"]): errs.append("decoy %s pages %s != %s" % (d["value"], d["pages"], found))
    for p in d["pages"]:
        if not any(w in read(p) for w in d["written"]): errs.append("decoy %s not on %s" % (d["value"], p))
    if (d["kind"], d["value"]) in owner: errs.append("decoy %s is a seller identifier" % d["value"])
    dkinds.add(d["kind"])
n = len(html_files); offers = sum(p["is_offer"] for p in t["pages"]); sites = len({p.split('/')[1] for p in html_files if p.count('/') > 1})
if not 48 <= n <= 56: errs.append("page count %d" % n)
if not 8 <= sites <= 11: errs.append("site count %d" % sites)
if not 34 <= offers <= 40: errs.append("offer count %d" % offers)
if sorted(ops) != ["U%02d" % i for i in range(1, 10)]: errs.append("operators %s" % sorted(ops))
if sorted(inds) != ["I%02d" % i for i in range(1, 7)] or any(len(v) != 1 for v in inds.values()): errs.append("independents %s" % inds)
if len(t["decoys"]) < 18: errs.append("decoys %d" % len(t["decoys"]))
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%d" % (
    n, sites, offers, n - offers, len(ops), sum(map(len, ops.values())), len(inds), len(t["decoys"]), len(dkinds)))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
