#!/usr/bin/env python3
"""Verify truth.json against site/; exit non-zero on any failure; print counts."""
import json, os, re, sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []


def err(m):
    errs.append(m)


def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c):
        return False
    r = 31 - sum(ALPHA.index(a) * w for a, w in zip(c, W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]


t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            fp = os.path.join(dp, f)
            html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")
tp = {p["path"]: p for p in t["pages"]}
for path in tp:
    if path not in html:
        err("missing page " + path)
for path in html:
    if path not in tp:
        err("page not in truth " + path)

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html:
        continue
    seen.add(p)
    for h in re.findall(r"href='([^']+)'", html[p]):
        if h.startswith("http"):
            continue
        todo.append(h if h.startswith("/") else os.path.normpath(os.path.join(os.path.dirname(p), h)))
for p in html:
    if p not in seen:
        err("unreachable " + p)

kinds = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
opages = defaultdict(list)
for p in t["pages"]:
    o = p["operator"]
    if p["is_offer"] != (o is not None):
        err("offer/operator mismatch " + p["path"])
    if o:
        opages[o].append(p["path"])
    for k, v, w in p["identifiers"]:
        if k not in kinds:
            err("bad kind %s" % k)
        if w not in html.get(p["path"], ""):
            err("written form %r not on %s" % (w, p["path"]))
        if k == "phone" and not (re.fullmatch(r"\+861\d{10}", v) or re.fullmatch(r"0\d{9,11}", v) or re.fullmatch(r"[48]00\d{7}", v)):
            err("bad phone value " + v)
        if k == "uscc" and not uscc_ok(v):
            err("bad uscc " + v)
        if k in ("wechat", "email", "domain") and v != v.lower():
            err("not lower case " + v)

ops = t["operators"]
for o in ["U%02d" % i for i in range(1, 10)]:
    n = len(opages.get(o, []))
    if not 3 <= n <= 4:
        err("%s has %d pages" % (o, n))
    if o not in ops:
        err("operator missing " + o)
    # pages of an operator must be connected by shared identifiers
    ps = opages.get(o, [])
    idsets = {p: {(k, v) for k, v, _ in tp[p]["identifiers"]} for p in ps}
    if ps:
        comp, stack = {ps[0]}, [ps[0]]
        while stack:
            a = stack.pop()
            for b in ps:
                if b not in comp and idsets[a] & idsets[b]:
                    comp.add(b); stack.append(b)
        if len(comp) != len(ps):
            err(o + " pages not connected by shared identifiers")
    if len({p.split("/")[1] for p in ps}) < 2:
        err(o + " on a single site")
for i in range(1, 7):
    if len(opages.get("I%02d" % i, [])) != 1:
        err("I%02d must have exactly one page" % i)
# identifiers unique to an operator
owner = {}
for p in t["pages"]:
    for k, v, _ in p["identifiers"]:
        if p["operator"]:
            if owner.setdefault((k, v), p["operator"]) != p["operator"]:
                err("identifier %s shared across sellers" % v)
for d in t["decoys"]:
    if (d["kind"], d["value"]) in owner:
        err("decoy is also a seller identifier " + d["value"])
    scan = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if scan != sorted(d["pages"]):
        err("decoy pages mismatch " + d["value"])
    for p in d["pages"]:
        if not any(w in html.get(p, "") for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], p))
    sellers = {tp[p]["operator"] for p in d["pages"] if tp[p]["operator"]}
    if len(d["pages"]) < 2:
        err("decoy on fewer than 2 pages " + d["value"])

n_pages = len(html)
n_offers = sum(p["is_offer"] for p in t["pages"])
n_sites = len({p.split("/")[1] for p in html if p.count("/") > 1})
if not 48 <= n_pages <= 56: err("page count %d" % n_pages)
if not 8 <= n_sites <= 11: err("site count %d" % n_sites)
if not 34 <= n_offers <= 40: err("offer count %d" % n_offers)
if len(t["decoys"]) < 18: err("too few decoys")

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d"
      % (n_pages, n_sites, n_offers, n_pages - n_offers, len([o for o in opages if o.startswith("U")]),
         sum(len(v) for o, v in opages.items() if o.startswith("U")), len([o for o in opages if o.startswith("I")]),
         len(t["decoys"])))
for e in errs:
    print("FAIL:", e)
sys.exit(1 if errs else 0)
