#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []


def fail(msg):
    errors.append(msg)


def uscc_ok(v):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", v):
        return False
    s = sum(ALPH.index(c) * w for c, w in zip(v[:17], W18))
    r = 31 - s % 31
    return v[17] == ALPH[0 if r == 31 else r]


def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind == "uscc":
        return uscc_ok(v)
    return True


class Links(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.links.append(v)


truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, dn, fn in os.walk(SITE):
    for f in fn:
        if f.endswith(".html"):
            full = os.path.join(dp, f)
            texts["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts:
        continue
    seen.add(p)
    lp = Links(); lp.feed(texts[p])
    for h in lp.links:
        if h.startswith("http"):
            continue
        todo.append(os.path.normpath(os.path.join(os.path.dirname(p), h)).replace(os.sep, "/"))
for p in texts:
    if p not in seen:
        fail("unreachable from hub: " + p)

tpaths = [p["path"] for p in truth["pages"]]
if sorted(tpaths) != sorted(texts):
    fail("truth pages != html files: %s" % (set(tpaths) ^ set(texts)))

by_op = {}
for p in truth["pages"]:
    if p["path"] not in texts:
        fail("missing " + p["path"]); continue
    if not p["is_offer"] and p["operator"] is not None:
        fail("non-offer with operator " + p["path"])
    if p["is_offer"]:
        if not p["operator"] or not p["provider"]:
            fail("offer without operator/provider " + p["path"])
        by_op.setdefault(p["operator"], []).append(p)
        if not p["identifiers"]:
            fail("offer without identifiers " + p["path"])
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS:
            fail("bad kind %s" % kind)
        if not norm_ok(kind, value):
            fail("bad normalization %s %s" % (kind, value))
        if written not in texts[p["path"]]:
            fail("written form %r not on %s" % (written, p["path"]))

units = sorted(k for k in by_op if k.startswith("U"))
indeps = sorted(k for k in by_op if k.startswith("I"))
if units != ["U%02d" % i for i in range(1, 10)]:
    fail("operators: %s" % units)
if indeps != ["I%02d" % i for i in range(1, 7)]:
    fail("independents: %s" % indeps)
for u in units:
    ps = by_op[u]
    if not 3 <= len(ps) <= 4:
        fail("%s has %d pages" % (u, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2:
        fail("%s on a single site" % u)
    # connected by shared identifier values
    adj = {p["path"]: {(i[0], i[1]) for i in p["identifiers"]} for p in ps}
    comp, stack = set(), [ps[0]["path"]]
    while stack:
        a = stack.pop()
        if a in comp:
            continue
        comp.add(a)
        stack += [b for b in adj if b not in comp and adj[a] & adj[b]]
    if len(comp) != len(ps):
        fail("%s pages not tied into one chain" % u)
    op = truth["operators"].get(u)
    if not op:
        fail("operators lacks " + u)
for i in indeps:
    if len(by_op[i]) != 1:
        fail("%s has %d pages" % (i, len(by_op[i])))

# seller identifiers must not leak onto other sellers' offer pages
owner_of = {}
for p in truth["pages"]:
    for k, v, w in p["identifiers"]:
        owner_of.setdefault((k, v), {"op": p["operator"], "written": set()})["written"].add(w)
        if owner_of[(k, v)]["op"] != p["operator"]:
            fail("identifier %s shared across sellers" % v)
for (k, v), o in owner_of.items():
    for p in truth["pages"]:
        if p["is_offer"] and p["operator"] != o["op"] and any(w in texts[p["path"]] for w in o["written"]):
            fail("identifier %s of %s appears on %s" % (v, o["op"], p["path"]))

# decoys
decoys = truth["decoys"]
for d in decoys:
    actual = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    if actual != sorted(d["pages"]):
        fail("decoy %s pages mismatch" % d["value"])
    for p in d["pages"]:
        if not any(w in texts.get(p, "") for w in d["written"]):
            fail("decoy %s not on %s" % (d["value"], p))
    sellers = {q["operator"] for q in truth["pages"] if q["path"] in d["pages"] and q["is_offer"]}
    if (d["kind"], d["value"]) in owner_of:
        fail("decoy %s is also a seller identifier" % d["value"])
multi = sum(1 for d in decoys if len({q["operator"] for q in truth["pages"] if q["path"] in d["pages"] and q["is_offer"]}) >= 2)

offers = [p for p in truth["pages"] if p["is_offer"]]
sites = {p.split("/")[1] for p in texts if p.count("/") == 2}
n = len(texts)
if not 48 <= n <= 56: fail("page count %d" % n)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))
if not 34 <= len(offers) <= 40: fail("offer count %d" % len(offers))
if len(decoys) < 18: fail("decoys %d" % len(decoys))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoys_spanning_2plus_sellers=%d"
      % (n, len(sites), len(offers), n - len(offers), len(units), sum(len(by_op[u]) for u in units), len(indeps), len(decoys), multi))
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
