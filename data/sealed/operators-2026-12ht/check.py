#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict
ROOT = os.path.dirname(os.path.abspath(__file__)); SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"; W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
T = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
errs = []
def err(m): errs.append(m)
texts = {}
for p in T["pages"]:
    f = os.path.join(SITE, p["path"].lstrip("/"))
    if not os.path.isfile(f): err("missing " + p["path"]); continue
    texts[p["path"]] = open(f, encoding="utf-8").read()
on_disk = {"/" + os.path.relpath(os.path.join(d, n), SITE) for d, _, fs in os.walk(SITE) for n in fs if n.endswith(".html")}
if on_disk != set(texts): err("pages on disk differ from truth: %s" % (on_disk ^ set(texts)))
# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in texts: continue
    seen.add(u); todo += [h.split("#")[0] for h in re.findall(r'href="(/[^"]+)"', texts[u])]
if seen != set(texts): err("unreachable: %s" % sorted(set(texts) - seen))
if not os.path.isfile(os.path.join(SITE, "robots.txt")): err("robots.txt missing")
def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPH for ch in c): return False
    r = 31 - sum(ALPH.index(a) * w for a, w in zip(c, W)) % 31
    return ALPH[0 if r == 31 else r] == c[17]
def norm_ok(k, v):
    if k == "phone": return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if k in ("wechat", "email", "domain"): return v == v.lower()
    if k == "uscc": return uscc_ok(v)
    return True
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
op_pages, op_sites = defaultdict(list), defaultdict(set)
for p in T["pages"]:
    t = texts.get(p["path"], "")
    for k, v, w in p["identifiers"]:
        if k not in KINDS: err("bad kind %s" % k)
        if not norm_ok(k, v): err("bad normalization %s %s" % (k, v))
        if w not in t: err("%s: written form %r absent" % (p["path"], w))
    if p["is_offer"]:
        if not p["operator"]: err("offer without operator " + p["path"])
        op_pages[p["operator"]].append(p["path"]); op_sites[p["operator"]].add(p["path"].split("/")[1])
    elif p["operator"]: err("non-offer with operator " + p["path"])
U = sorted(o for o in op_pages if o.startswith("U")); I = sorted(o for o in op_pages if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: err("operators %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]: err("independents %s" % I)
for o in U:
    if not 3 <= len(op_pages[o]) <= 4: err("%s has %d pages" % (o, len(op_pages[o])))
    if len(op_sites[o]) < 2: err("%s on one site" % o)
    # connectivity by shared identifiers
    ps = [p for p in T["pages"] if p["operator"] == o]
    ids = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
    comp, grow = {0}, True
    while grow:
        grow = False
        for i in range(len(ps)):
            if i not in comp and any(ids[i] & ids[j] for j in comp): comp.add(i); grow = True
    if len(comp) != len(ps): err("%s pages not chained by identifiers" % o)
    declared = {tuple(x) for x in T["operators"][o]["identifiers"]}
    if set().union(*ids) - declared: err("%s identifiers undeclared" % o)
for o in I:
    if len(op_pages[o]) != 1: err("%s has %d pages" % (o, len(op_pages[o])))
    mine = {(k, v) for p in T["pages"] if p["operator"] == o for k, v, _ in p["identifiers"]}
    other = {(k, v) for p in T["pages"] if p["operator"] and p["operator"] != o for k, v, _ in p["identifiers"]}
    if mine & other: err("%s shares identifiers" % o)
for d in T["decoys"]:
    actual = sorted(pth for pth, t in texts.items() if any(w in t for w in d["written"]))
    if actual != sorted(d["pages"]): err("decoy %s pages mismatch" % d["value"])
    if not d["pages"]: err("decoy %s appears nowhere" % d["value"])
n_pages = len(texts); n_off = sum(p["is_offer"] for p in T["pages"])
sites = {p["path"].split("/")[1] for p in T["pages"] if p["path"] != "/index.html"}
if not 48 <= n_pages <= 56: err("page count %d" % n_pages)
if not 8 <= len(sites) <= 11: err("site count %d" % len(sites))
if not 35 <= n_off <= 39: err("offer count %d" % n_off)
if len(T["decoys"]) < 18: err("decoys %d" % len(T["decoys"]))
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d"
      % (n_pages, len(sites), n_off, n_pages - n_off, len(U), sum(len(op_pages[o]) for o in U), len(I), len(T["decoys"])))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
