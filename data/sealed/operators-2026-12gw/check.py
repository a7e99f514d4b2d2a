#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict, deque

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []


def err(m):
    errors.append(m)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]


def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    if kind == "uscc":
        return uscc_ok(v)
    return True


t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            fp = os.path.join(dp, f)
            html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")

pages = {p["path"]: p for p in t["pages"]}
for path in pages:
    if path not in html:
        err("missing file for " + path)
for path in html:
    if path not in pages:
        err("page not in truth: " + path)

# reachability from hub
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    cur = q.popleft()
    for href in re.findall(r'href="([^"]+)"', html.get(cur, "")):
        if href in html and href not in seen:
            seen.add(href)
            q.append(href)
for path in html:
    if path not in seen:
        err("unreachable: " + path)

# page identifiers
op_pages = defaultdict(list)
for p in t["pages"]:
    if not p["is_offer"]:
        if p["operator"] is not None or p["identifiers"]:
            err("non-offer with operator/ids: " + p["path"])
        continue
    if not p["operator"] or not p["provider"]:
        err("offer without operator/provider: " + p["path"])
    op_pages[p["operator"]].append(p)
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS:
            err("bad kind %s on %s" % (kind, p["path"]))
        if not norm_ok(kind, value):
            err("bad normalization %s %s" % (kind, value))
        if written not in html.get(p["path"], ""):
            err("written form %r not on %s" % (written, p["path"]))
    if p["provider"] and p["provider"] not in html.get(p["path"], ""):
        err("provider %r not on %s" % (p["provider"], p["path"]))

# operators: 3-4 pages, on >=2 sites, connected by shared identifiers; identifiers listed
ops = [o for o in op_pages if o.startswith("U")]
inds = [o for o in op_pages if o.startswith("I")]
for o in ops:
    ps = op_pages[o]
    if not 3 <= len(ps) <= 4:
        err("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2:
        err(o + " on one site only")
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
    comp, todo = {0}, [0]
    while todo:
        i = todo.pop()
        for j in range(len(ps)):
            if j not in comp and sets[i] & sets[j]:
                comp.add(j)
                todo.append(j)
    if len(comp) != len(ps):
        err(o + " pages not connected")
    od = t["operators"].get(o)
    if not od:
        err("operator missing in operators: " + o)
    else:
        allids = set().union(*sets)
        if {tuple(x) for x in od["identifiers"]} != allids:
            err(o + " identifiers mismatch")
        if set(od["brands"]) != {p["provider"] for p in ps}:
            err(o + " brands mismatch")
for o in inds:
    if len(op_pages[o]) != 1:
        err(o + " must have exactly one page")
# identifiers of different sellers must not overlap
owner = {}
for o, ps in op_pages.items():
    for p in ps:
        for k, v, _ in p["identifiers"]:
            if owner.setdefault((k, v), o) != o:
                err("identifier %s %s shared by %s and %s" % (k, v, owner[(k, v)], o))

# decoys
kinds = set()
for d in t["decoys"]:
    kinds.add(d["kind"])
    if (d["kind"], d["value"]) in owner:
        err("decoy is a seller identifier: " + d["value"])
    scan = sorted(pth for pth, h in html.items() if any(w in h for w in d["written"]))
    if scan != sorted(d["pages"]):
        err("decoy pages mismatch: " + d["value"])
    for pth in d["pages"]:
        if not any(w in html.get(pth, "") for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], pth))
    sellers = {pages[pth]["operator"] for pth in d["pages"] if pth in pages and pages[pth]["operator"]}
    if len(sellers) < 2:
        err("decoy %s does not span two sellers" % d["value"])
if not KINDS <= kinds:
    err("decoy kinds missing: %s" % (KINDS - kinds))

n_pages = len(html)
n_offers = sum(p["is_offer"] for p in t["pages"])
n_sites = len({pth.split("/")[1] for pth in html if pth.count("/") == 2})
if not 48 <= n_pages <= 56: err("page count %d" % n_pages)
if not 8 <= n_sites <= 11: err("site count %d" % n_sites)
if not 35 <= n_offers <= 39: err("offer count %d" % n_offers)
if len(ops) != 9: err("operators %d" % len(ops))
if len(inds) != 6: err("independents %d" % len(inds))
if len(t["decoys"]) < 18: err("decoys %d" % len(t["decoys"]))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%d" % (
    n_pages, n_sites, n_offers, n_pages - n_offers, len(ops), sum(len(op_pages[o]) for o in ops), len(inds), len(t["decoys"]), len(kinds)))
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
