#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def fail(m): errs.append(m)

def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c): return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)); r = 31 - s % 31
    return ALPHA[0 if r == 31 else r] == c[17]

def norm_ok(k, v):
    if k == "phone":
        return bool(re.fullmatch(r"\+86\d{11}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if k in ("wechat", "email", "domain"): return v == v.lower()
    if k == "uscc": return uscc_ok(v)
    if k in ("qq", "qq_group"): return v.isdigit()
    return k == "other"

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            texts[p] = open(os.path.join(root, f), encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")): fail("robots.txt missing")

paths = [p["path"] for p in t["pages"]]
if sorted(paths) != sorted(texts): fail("truth pages != html files: %s" % set(paths) ^ set(texts))
for p in t["pages"]:
    if p["path"] not in texts: fail("missing " + p["path"]); continue
    if not p["is_offer"] and p["operator"] is not None: fail("non-offer with operator " + p["path"])
    if p["is_offer"] and not re.fullmatch(r"[UI]0\d", p["operator"] or ""): fail("offer without operator " + p["path"])
    for k, v, w in p["identifiers"]:
        if w not in texts[p["path"]]: fail("%s: written %r not found" % (p["path"], w))
        if not norm_ok(k, v): fail("%s: bad normalization %s %s" % (p["path"], k, v))

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts: continue
    seen.add(p)
    todo += re.findall(r'href="(/[^"]+\.html)"', texts[p])
if seen != set(texts): fail("unreachable: %s" % sorted(set(texts) - seen))

offers = [p for p in t["pages"] if p["is_offer"]]
byop = {}
for p in offers: byop.setdefault(p["operator"], []).append(p)
U = sorted(o for o in byop if o.startswith("U")); I = sorted(o for o in byop if o.startswith("I"))
if U != ["U0%d" % i for i in range(1, 10)]: fail("operators %s" % U)
if I != ["I0%d" % i for i in range(1, 7)]: fail("independents %s" % I)
for o in U:
    if not 3 <= len(byop[o]) <= 4: fail("%s has %d pages" % (o, len(byop[o])))
    if len({p["path"].split("/")[1] for p in byop[o]}) < 2: fail("%s on one site only" % o)
    if o not in t["operators"]: fail("operators entry missing " + o)
    # the operator's pages must be connected by shared identifier values
    ps = byop[o]; comp = {0}; changed = True
    while changed:
        changed = False
        for i, p in enumerate(ps):
            if i in comp: continue
            vals = {(k, v) for k, v, _ in p["identifiers"]}
            if any(vals & {(k, v) for k, v, _ in ps[j]["identifiers"]} for j in comp):
                comp.add(i); changed = True
    if len(comp) != len(ps): fail("%s pages not connected by identifiers" % o)
for o in I:
    if len(byop[o]) != 1: fail("%s has %d pages" % (o, len(byop[o])))
# no identifier value shared across different sellers
owner = {}
for p in offers:
    for k, v, _ in p["identifiers"]:
        if owner.setdefault((k, v), p["operator"]) != p["operator"]: fail("value %s shared by sellers" % v)
# decoys
for d in t["decoys"]:
    found = sorted(p for p, x in texts.items() if any(w in x for w in d["written"]))
    if found != sorted(d["pages"]): fail("decoy %s pages mismatch" % d["value"])
    for p in d["pages"]:
        if not any(w in texts.get(p, "") for w in d["written"]): fail("decoy %s not on %s" % (d["value"], p))
    if (d["kind"], d["value"]) in owner: fail("decoy %s is also a seller identifier" % d["value"])

sites = {p.split("/")[1] for p in texts if p.count("/") > 1}
n, no = len(texts), len(offers)
if not 48 <= n <= 56: fail("page count %d" % n)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))
if not 34 <= no <= 40: fail("offer count %d" % no)
if len(t["decoys"]) < 18: fail("decoys %d" % len(t["decoys"]))
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d operator_pages=%d decoys=%d"
      % (n, len(sites), no, n - no, len(U), len(I), sum(len(byop[o]) for o in U), len(t["decoys"])))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
