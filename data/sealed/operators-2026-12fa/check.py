#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print counts."""
import json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

def norm_ok(k, v):
    if k == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if k in ("wechat", "email", "domain"):
        return v == v.lower()
    if k == "uscc":
        return uscc_ok(v)
    return k in ("qq", "qq_group", "other")

t = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
html = {}
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            html[p] = open(os.path.join(root, f), encoding="utf-8").read()

tp = {p["path"]: p for p in t["pages"]}
if set(tp) != set(html):
    errs.append("truth pages != html files: %s" % (set(tp) ^ set(html)))
for p in t["pages"]:
    if p["path"] not in html:
        errs.append("missing " + p["path"]); continue
    if not p["is_offer"] and p["operator"] is not None:
        errs.append("non-offer with operator " + p["path"])
    if p["is_offer"] and not p["operator"]:
        errs.append("offer without operator " + p["path"])
    for k, v, w in p["identifiers"]:
        if w not in html[p["path"]]:
            errs.append("written form %r not on %s" % (w, p["path"]))
        if not norm_ok(k, v):
            errs.append("bad normalization %s %s" % (k, v))

# reachability
class L(HTMLParser):
    def __init__(s): super().__init__(); s.h = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            s.h += [v for k, v in a if k == "href"]
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in html: continue
    seen.add(u); l = L(); l.feed(html[u]); todo += l.h
if seen != set(html):
    errs.append("unreachable: %s" % sorted(set(html) - seen))
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    errs.append("no robots.txt")

# operators
offers = [p for p in t["pages"] if p["is_offer"]]
byop = {}
for p in offers:
    byop.setdefault(p["operator"], []).append(p)
U = sorted(o for o in byop if o.startswith("U")); I = sorted(o for o in byop if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: errs.append("operators %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]: errs.append("independents %s" % I)
for o in U:
    if not 3 <= len(byop[o]) <= 4: errs.append("%s has %d pages" % (o, len(byop[o])))
    if len({p["path"].split("/")[1] for p in byop[o]}) < 2: errs.append(o + " on one site")
    # connectivity by shared identifier values
    ps = byop[o]; comp = {0}; changed = True
    while changed:
        changed = False
        for i, p in enumerate(ps):
            if i in comp: continue
            vals = {(k, v) for k, v, _ in p["identifiers"]}
            if any(vals & {(k, v) for k, v, _ in ps[j]["identifiers"]} for j in comp):
                comp.add(i); changed = True
    if len(comp) != len(ps): errs.append(o + " pages not tied by a chain")
    if set(map(tuple, t["operators"][o]["identifiers"])) != {(k, v) for p in ps for k, v, _ in p["identifiers"]}:
        errs.append(o + " identifier list mismatch")
for o in I:
    if len(byop[o]) != 1: errs.append(o + " should have one page")
# independents share nothing, operators share nothing with each other
owner = {}
for p in offers:
    for k, v, _ in p["identifiers"]:
        owner.setdefault((k, v), set()).add(p["operator"])
for kv, os_ in owner.items():
    if len(os_) > 1: errs.append("identifier %s shared by %s" % (kv, os_))

# decoys
kinds = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
for d in t["decoys"]:
    if d["kind"] not in kinds: errs.append("decoy kind " + d["kind"])
    actual = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if actual != sorted(d["pages"]): errs.append("decoy %s pages mismatch" % d["value"])
    for pg in d["pages"]:
        if not any(w in html.get(pg, "") for w in d["written"]):
            errs.append("decoy %s not on %s" % (d["value"], pg))
    sellers = {tp[pg]["operator"] for pg in d["pages"] if tp[pg]["operator"]}
    if len(d["pages"]) < 2 or not sellers:
        errs.append("decoy %s is on fewer than 2 pages or on no offer" % d["value"])
    if (d["kind"], d["value"]) in owner: errs.append("decoy %s is a seller identifier" % d["value"])

n = len(html); sites = len({p.split("/")[1] for p in html if p != "/index.html"})
if not 48 <= n <= 56: errs.append("page count %d" % n)
if not 8 <= sites <= 11: errs.append("site count %d" % sites)
if not 34 <= len(offers) <= 40: errs.append("offer count %d" % len(offers))
if len(t["decoys"]) < 18: errs.append("decoys %d" % len(t["decoys"]))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d" %
      (n, sites, len(offers), n - len(offers), len(U), len(I), len(t["decoys"])))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
