#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on failure; prints counts."""
import json, os, re, sys
from html.parser import HTMLParser
ROOT = os.path.dirname(os.path.abspath(__file__)); SITE = os.path.join(ROOT, "site")
T = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
errs = []
def err(m): errs.append(m)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"; W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPH for ch in c): return False
    r = 31 - sum(ALPH.index(c[i])*W[i] for i in range(17)) % 31
    return c[17] == ALPH[0 if r == 31 else r]
html = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            fp = os.path.join(dp, f); html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v: s.links.append(v)
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html: continue
    seen.add(p); l = L(); l.feed(html[p]); todo += [h for h in l.links if h.startswith("/")]
for p in html:
    if p not in seen: err("unreachable " + p)
if not os.path.exists(os.path.join(SITE, "robots.txt")): err("no robots.txt")
tp = {p["path"]: p for p in T["pages"]}
if set(tp) != set(html): err("truth pages != html files: %s" % (set(tp) ^ set(html)))
NORM = {"phone": r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$"}
opages, ipages = {}, {}
for p in T["pages"]:
    if p["path"] not in html: err("missing " + p["path"]); continue
    if not p["is_offer"] and p["operator"]: err("non-offer with operator " + p["path"])
    if p["is_offer"] and not p["operator"]: err("offer without operator " + p["path"])
    for k, v, wr in p["identifiers"]:
        if wr not in html[p["path"]]: err("written %r not on %s" % (wr, p["path"]))
        if k == "phone" and not re.match(NORM["phone"], v): err("bad phone norm " + v)
        if k in ("wechat", "email", "domain") and v != v.lower(): err("not lower " + v)
        if k == "uscc" and not uscc_ok(v): err("bad uscc " + v)
    if p["operator"]:
        (opages if p["operator"].startswith("U") else ipages).setdefault(p["operator"], []).append(p)
for o, ps in opages.items():
    if not 3 <= len(ps) <= 4: err("%s has %d pages" % (o, len(ps)))
    # pages must be connected by shared identifier values
    comp = {ps[0]["path"]}; changed = True
    while changed:
        changed = False
        vals = {(k, v) for q in ps if q["path"] in comp for k, v, _ in q["identifiers"]}
        for q in ps:
            if q["path"] not in comp and vals & {(k, v) for k, v, _ in q["identifiers"]}:
                comp.add(q["path"]); changed = True
    if len(comp) != len(ps): err("%s pages not chained" % o)
    if o not in T["operators"]: err("operator missing " + o)
allvals = {}
for p in T["pages"]:
    for k, v, _ in p["identifiers"]: allvals.setdefault((k, v), set()).add(p["operator"])
for i, ps in ipages.items():
    if len(ps) != 1: err("%s has %d pages" % (i, len(ps)))
    for k, v, _ in ps[0]["identifiers"]:
        if allvals[(k, v)] != {i}: err("%s shares %s" % (i, v))
for (k, v), owners in allvals.items():
    if len(owners) > 1: err("identifier %s shared across sellers %s" % (v, owners))
dv = set()
for d in T["decoys"]:
    dv.add(d["kind"])
    actual = sorted(p for p, h in html.items() if any(wf in h for wf in d["written"]))
    if actual != sorted(d["pages"]): err("decoy %s pages mismatch" % d["value"])
    for pg in d["pages"]:
        if not any(wf in html.get(pg, "") for wf in d["written"]): err("decoy %s not on %s" % (d["value"], pg))
    if (d["kind"], d["value"]) in allvals: err("decoy equals seller id " + d["value"])
sites = {p.split("/")[1] for p in html if p.count("/") > 1}
n, off = len(html), sum(p["is_offer"] for p in T["pages"])
if not 48 <= n <= 56: err("page count %d" % n)
if not 8 <= len(sites) <= 11: err("site count %d" % len(sites))
if len(opages) != 9: err("operators %d" % len(opages))
if len(ipages) != 6: err("independents %d" % len(ipages))
if len(T["decoys"]) < 18: err("decoys %d" % len(T["decoys"]))
if not 34 <= off <= 40: err("offers %d" % off)
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%d"
      % (n, len(sites), off, n - off, len(opages), sum(map(len, opages.values())), len(ipages), len(T["decoys"]), len(dv)))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
