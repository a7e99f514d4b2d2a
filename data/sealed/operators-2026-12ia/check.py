#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on failure; print counts."""
import json, os, re, sys
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
errs = []
t = json.load(open("truth.json", encoding="utf-8"))
texts = {}
for root, _, files in os.walk("site"):
    for fn in files:
        if fn.endswith(".html"):
            p = os.path.join(root, fn)
            texts["/" + os.path.relpath(p, "site").replace(os.sep, "/")] = open(p, encoding="utf-8").read()
paths = [p["path"] for p in t["pages"]]
if set(paths) != set(texts): errs.append("truth pages != html files: %s" % (set(paths) ^ set(texts)))
for p in t["pages"]:
    txt = texts.get(p["path"])
    if txt is None: errs.append("missing " + p["path"]); continue
    if not p["is_offer"] and (p["operator"] or p["identifiers"]): errs.append("non-offer with operator " + p["path"])
    if p["is_offer"] and not re.fullmatch(r"[UI]0\d", p["operator"] or ""): errs.append("offer without operator " + p["path"])
    for k, v, w in p["identifiers"]:
        if w not in txt: errs.append("%s: written %r not on page" % (p["path"], w))
        if k == "uscc":
            s = sum(ALPH.index(c)*x for c, x in zip(v[:17], W18)); r = 31 - s % 31
            if len(v) != 18 or v[17] != ALPH[0 if r == 31 else r]: errs.append("bad uscc " + v)
# reachability
seen, stack = set(), ["/index.html"]
while stack:
    u = stack.pop()
    if u in seen or u not in texts: continue
    seen.add(u); stack += re.findall(r'href="(/[^"]+)"', texts[u])
if set(texts) - seen: errs.append("unreachable: %s" % sorted(set(texts) - seen))
if not os.path.exists("site/robots.txt"): errs.append("no robots.txt")
# sellers
offers = [p for p in t["pages"] if p["is_offer"]]
by = {}
for p in offers: by.setdefault(p["operator"], []).append(p)
ops = sorted(k for k in by if k.startswith("U")); inds = sorted(k for k in by if k.startswith("I"))
if ops != ["U%02d" % i for i in range(1, 10)]: errs.append("operators %s" % ops)
if inds != ["I%02d" % i for i in range(1, 7)]: errs.append("independents %s" % inds)
owner = {}
for op, ps in by.items():
    for p in ps:
        for k, v, w in p["identifiers"]:
            if owner.setdefault((k, v), op) != op: errs.append("identifier %s shared by %s and %s" % (v, owner[(k, v)], op))
    if op.startswith("U"):
        if not 3 <= len(ps) <= 4: errs.append("%s has %d pages" % (op, len(ps)))
        comp = {ps[0]["path"]}; changed = True
        while changed:
            changed = False
            vals = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
            for p in ps:
                if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}:
                    comp.add(p["path"]); changed = True
        if len(comp) != len(ps): errs.append("%s pages not chained" % op)
        if sorted(map(tuple, t["operators"][op]["identifiers"])) != sorted({(k, v) for p in ps for k, v, _ in p["identifiers"]}):
            errs.append("%s operator identifiers mismatch" % op)
    else:
        if len(ps) != 1: errs.append("%s has %d pages" % (op, len(ps)))
# decoys
kinds = set()
for d in t["decoys"]:
    scan = sorted(pa for pa, txt in texts.items() if any(w in txt for w in d["written"]))
    if scan != sorted(d["pages"]): errs.append("decoy %s pages mismatch" % d["value"])
    if not d["pages"]: errs.append("decoy %s on no page" % d["value"])
    if (d["kind"], d["value"]) in owner: errs.append("decoy %s is a seller identifier" % d["value"])
    kinds.add(d["kind"])
sites = {pa.split("/")[1] for pa in texts if pa.count("/") == 2}
n, no = len(texts), len(offers)
if not 48 <= n <= 56: errs.append("page count %d" % n)
if not 8 <= len(sites) <= 11: errs.append("site count %d" % len(sites))
if not 34 <= no <= 40: errs.append("offer count %d" % no)
if len(t["decoys"]) < 18: errs.append("decoys %d" % len(t["decoys"]))
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d" % (
    n, len(sites), no, n - no, len(ops), sum(len(by[o]) for o in ops), len(inds), len(t["decoys"])))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
