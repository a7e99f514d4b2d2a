#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import Counter
D = os.path.dirname(os.path.abspath(__file__)); S = os.path.join(D, "site")
t = json.load(open(os.path.join(D, "truth.json"), encoding="utf-8"))
err = []
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"; W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c): return False
    r = 31 - sum(ALPHA.index(ch) * W[i] for i, ch in enumerate(c[:17])) % 31
    return ALPHA[0 if r == 31 else r] == c[17]
NORM = {"phone": r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$", "email": r"^[a-z0-9_.+-]+@[a-z0-9.-]+$",
        "domain": r"^[a-z0-9.-]+\.[a-z]+$", "qq": r"^\d{5,11}$", "qq_group": r"^\d{5,11}$"}
text = {}
for root, _, fs in os.walk(S):
    for f in fs:
        if f.endswith(".html"):
            p = os.path.join(root, f); text["/" + os.path.relpath(p, S)] = open(p, encoding="utf-8").read()
paths = [p["path"] for p in t["pages"]]
if set(paths) != set(text): err.append("page set mismatch: %s" % (set(paths) ^ set(text)))
if not os.path.exists(os.path.join(S, "robots.txt")): err.append("robots.txt missing")
# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in text: continue
    seen.add(p); todo += re.findall(r'href="(/[^"]+\.html)"', text[p])
if set(text) - seen: err.append("unreachable: %s" % sorted(set(text) - seen))
def chk(kind, value, where):
    if kind in NORM and not re.match(NORM[kind], value): err.append("bad normalization %s %s (%s)" % (kind, value, where))
    if kind == "uscc" and not uscc_ok(value): err.append("bad uscc %s (%s)" % (value, where))
    if kind in ("wechat", "email", "domain") and value != value.lower(): err.append("not lower %s" % value)
for p in t["pages"]:
    if p["path"] not in text: err.append("missing " + p["path"]); continue
    if not p["is_offer"] and (p["operator"] or p["identifiers"]): err.append("non-offer with operator " + p["path"])
    if p["is_offer"] and not p["operator"]: err.append("offer without operator " + p["path"])
    for k, v, w in p["identifiers"]:
        chk(k, v, p["path"])
        if w not in text[p["path"]]: err.append("written form %r not on %s" % (w, p["path"]))
for d in t["decoys"]:
    chk(d["kind"], d["value"], "decoy")
    for pg in d["pages"]:
        if pg not in text or not any(w in text[pg] for w in d["written"]): err.append("decoy %s not on %s" % (d["value"], pg))
    scan = sorted(p for p, x in text.items() if any(w in x for w in d["written"]))
    if scan != sorted(d["pages"]): err.append("decoy %s pages differ from scan" % d["value"])
offers = [p for p in t["pages"] if p["is_offer"]]
opc = Counter(p["operator"] for p in offers)
U = sorted(o for o in opc if o.startswith("U")); I = sorted(o for o in opc if o.startswith("I"))
# each operator's pages must be connected by shared identifiers
for u in U:
    pp = [p for p in offers if p["operator"] == u]
    comp = {0}; ch = True
    while ch:
        ch = False
        for i, p in enumerate(pp):
            if i in comp: continue
            if any({(k, v) for k, v, _ in p["identifiers"]} & {(k, v) for k, v, _ in pp[j]["identifiers"]} for j in comp):
                comp.add(i); ch = True
    if len(comp) != len(pp): err.append("operator %s not connected" % u)
    if not 3 <= len(pp) <= 4: err.append("operator %s has %d pages" % (u, len(pp)))
    ids = {(k, v) for p in pp for k, v, _ in p["identifiers"]}
    if ids != {tuple(x) for x in t["operators"][u]["identifiers"]}: err.append("operator %s identifiers mismatch" % u)
allids = Counter()
for o in opc:
    for k, v in {(k, v) for p in offers if p["operator"] == o for k, v, _ in p["identifiers"]}: allids[(k, v)] += 1
if any(c > 1 for c in allids.values()): err.append("identifier shared across sellers: %s" % [x for x, c in allids.items() if c > 1])
for i in I:
    if opc[i] != 1: err.append("independent %s has %d pages" % (i, opc[i]))
nsites = len({p.split("/")[1] for p in text if p.count("/") == 2})
dk = Counter(d["kind"] for d in t["decoys"])
checks = [(48 <= len(text) <= 56, "pages 48-56"), (8 <= nsites <= 11, "sites 8-11"), (35 <= len(offers) <= 39, "offers ~37"),
          (len(U) == 9, "9 operators"), (len(I) == 6, "6 independents"), (len(t["decoys"]) >= 18, ">=18 decoys")]
err += ["count check failed: " + m for ok, m in checks if not ok]
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%s"
      % (len(text), nsites, len(offers), len(text) - len(offers), len(U), sum(opc[u] for u in U), len(I), len(t["decoys"]),
         ",".join("%s:%d" % kv for kv in sorted(dk.items()))))
for e in err: print("FAIL:", e)
sys.exit(1 if err else 0)
