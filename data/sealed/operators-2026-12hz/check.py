#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print counts."""
import json, os, re, sys
from collections import Counter
from urllib.parse import urljoin
D = os.path.dirname(os.path.abspath(__file__)); SITE = os.path.join(D, "site")
T = json.load(open(os.path.join(D, "truth.json"), encoding="utf-8"))
err = []
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"; W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
def uscc_ok(v):
    if len(v) != 18 or any(c not in ALPHA for c in v): return False
    r = 31 - sum(ALPHA.index(c)*w for c, w in zip(v[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == v[17]
def norm_ok(kind, v):
    if kind == "phone": return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"): return v == v.lower()
    if kind == "uscc": return uscc_ok(v)
    return kind in ("qq", "qq_group", "other")
text = {}
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = os.path.join(root, f); text["/" + os.path.relpath(p, SITE).replace(os.sep, "/")] = open(p, encoding="utf-8").read()
tp = {p["path"]: p for p in T["pages"]}
if set(tp) != set(text): err.append("truth pages != html files: %s" % (set(tp) ^ set(text)))
for p in T["pages"]:
    if p["path"] not in text: err.append("missing " + p["path"]); continue
    for kind, v, w in p["identifiers"]:
        if w not in text[p["path"]]: err.append("%s: written %r absent" % (p["path"], w))
        if not norm_ok(kind, v): err.append("%s: bad normalization %s %r" % (p["path"], kind, v))
    if p["is_offer"] and not p["operator"]: err.append("offer without operator " + p["path"])
    if not p["is_offer"] and p["operator"]: err.append("non-offer with operator " + p["path"])
# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    x = todo.pop()
    if x in seen or x not in text: continue
    seen.add(x); todo += [urljoin(x, h) for h in re.findall(r'href="([^"]+)"', text[x])]
if seen != set(text): err.append("unreachable: %s" % sorted(set(text) - seen))
if not os.path.exists(os.path.join(SITE, "robots.txt")): err.append("no robots.txt")
for d in T["decoys"]:
    for pg in d["pages"]:
        if pg not in text or not any(w in text[pg] for w in d["written"]): err.append("decoy %s absent on %s" % (d["value"], pg))
    actual = sorted(p for p, t in text.items() if any(w in t for w in d["written"]))
    if actual != sorted(d["pages"]): err.append("decoy %s pages mismatch" % d["value"])
    if not norm_ok(d["kind"], d["value"]): err.append("decoy bad normalization %r" % d["value"])
offers = [p for p in T["pages"] if p["is_offer"]]
opc = Counter(p["operator"] for p in offers)
sites = {p.split("/")[1] for p in text if p.count("/") > 1}
U = sorted(k for k in opc if k.startswith("U")); I = sorted(k for k in opc if k.startswith("I"))
if not 48 <= len(text) <= 56: err.append("page count %d" % len(text))
if not 8 <= len(sites) <= 11: err.append("site count %d" % len(sites))
if not 34 <= len(offers) <= 40: err.append("offer count %d" % len(offers))
if U != ["U%02d" % i for i in range(1, 10)] or any(not 3 <= opc[u] <= 4 for u in U): err.append("operators %s" % dict(opc))
if I != ["I%02d" % i for i in range(1, 7)] or any(opc[i] != 1 for i in I): err.append("independents %s" % I)
if set(U) != set(T["operators"]): err.append("operators dict mismatch")
# each operator's pages connected by shared identifiers; no identifier shared across sellers
owner = {}
for p in offers:
    for k, v, _ in p["identifiers"]: owner.setdefault((k, v), set()).add(p["operator"])
for key, os_ in owner.items():
    if len(os_) > 1: err.append("identifier %s shared by %s" % (key, os_))
for u in U:
    ps = [p for p in offers if p["operator"] == u]; comp = {0}; ch = True
    while ch:
        ch = False
        for i, p in enumerate(ps):
            if i in comp: continue
            if any({(k, v) for k, v, _ in p["identifiers"]} & {(k, v) for k, v, _ in ps[j]["identifiers"]} for j in comp): comp.add(i); ch = True
    if len(comp) != len(ps): err.append("operator %s not connected" % u)
cats = Counter(d.get("category") for d in T["decoys"])
need = {"public_hotline", "official_site", "platform_footer", "quoted_in_warning", "order_number", "certificate_number", "placeholder", "reader_contact", "third_party"}
if len(T["decoys"]) < 18 or not need <= set(cats): err.append("decoys %d %s" % (len(T["decoys"]), dict(cats)))
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d" % (
    len(text), len(sites), len(offers), len(text) - len(offers), len(U), sum(opc[u] for u in U), len(I), len(T["decoys"])))
for e in err: print("FAIL:", e)
sys.exit(1 if err else 0)
