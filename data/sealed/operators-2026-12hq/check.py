#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import Counter
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
errs = []
def fail(m): errs.append(m)

def uscc_ok(s):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", s): return False
    r = 31 - sum(ALPHA.index(c)*w for c, w in zip(s[:17], W18)) % 31
    return ALPHA[0 if r == 31 else r] == s[17]

NORM = {"phone": r"(\+86\d{11}|0\d{9,11}|[48]00\d{7}|\d{5})", "wechat": r"[a-z0-9_\-]+", "qq": r"\d{5,11}",
        "qq_group": r"\d{5,11}", "email": r"[a-z0-9_.\-]+@[a-z0-9.\-]+", "domain": r"[a-z0-9.\-]+\.[a-z]+"}

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _, fns in os.walk(SITE):
    for fn in fns:
        if fn.endswith(".html"):
            fp = os.path.join(dp, fn)
            texts["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")): fail("robots.txt missing")

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.h = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v and v.startswith("/"): s.h.append(v.split("#")[0])
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in texts: continue
    seen.add(u); l = L(); l.feed(texts[u]); todo += l.h
for p in texts:
    if p not in seen: fail(f"unreachable {p}")

pages = truth["pages"]
paths = {p["path"] for p in pages}
for p in pages:
    if p["path"] not in texts:
        fail(f"missing file {p['path']}"); continue
    t = texts[p["path"]]
    if not p["is_offer"] and (p["operator"] or p["identifiers"]): fail(f"non-offer with operator {p['path']}")
    if p["is_offer"] and not p["operator"]: fail(f"offer without operator {p['path']}")
    for k, v, w in p["identifiers"]:
        if w not in t: fail(f"{p['path']}: written form {w!r} not found")
        if k == "uscc" and not uscc_ok(v): fail(f"bad USCC {v}")
        if k in NORM and not re.fullmatch(NORM[k], v): fail(f"{p['path']}: badly normalized {k} {v}")
for p in texts:
    if p not in paths: fail(f"page not in truth {p}")

offers = [p for p in pages if p["is_offer"]]
per = Counter(p["operator"] for p in offers)
ops = truth["operators"]
U = sorted(o for o in per if o.startswith("U")); I = sorted(o for o in per if o.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)] or sorted(ops) != U: fail(f"operators {U} / {sorted(ops)}")
if I != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {I}")
for o in U:
    if not 3 <= per[o] <= 4: fail(f"{o} has {per[o]} offers")
    sites = {p["path"].split("/")[1] for p in offers if p["operator"] == o}
    if len(sites) < 2: fail(f"{o} on one site only")
    # connectivity via shared identifiers
    ps = [p for p in offers if p["operator"] == o]
    comp = {0}; ch = True
    while ch:
        ch = False
        for j, q in enumerate(ps):
            if j in comp: continue
            qi = {(k, v) for k, v, _ in q["identifiers"]}
            if any(qi & {(k, v) for k, v, _ in ps[i]["identifiers"]} for i in comp): comp.add(j); ch = True
    if len(comp) != len(ps): fail(f"{o} pages not tied by a chain of identifiers")
    for p in ps:
        for k, v, _ in p["identifiers"]:
            if [k, v] not in ops[o]["identifiers"]: fail(f"{o} missing identifier {k} {v}")
for o in I:
    if per[o] != 1: fail(f"{o} has {per[o]} offers")
# independents share nothing
byval = {}
for p in offers:
    for k, v, _ in p["identifiers"]: byval.setdefault((k, v), set()).add(p["operator"])
for kv, os_ in byval.items():
    if len(os_) > 1: fail(f"identifier {kv} shared by {os_}")

decoys = truth["decoys"]
for d in decoys:
    exp = sorted(pth for pth, t in texts.items() if any(w in t for w in d["written"]))
    if exp != sorted(d["pages"]): fail(f"decoy {d['value']} pages mismatch")
    if not d["pages"]: fail(f"decoy {d['value']} appears nowhere")
    for pth in d["pages"]:
        if not any(w in texts[pth] for w in d["written"]): fail(f"decoy {d['value']} not on {pth}")
    if (d["kind"], d["value"]) in byval: fail(f"decoy {d['value']} is also a seller identifier")

n = len(texts); nsites = len({p.split("/")[1] for p in texts if p != "/index.html"})
if not 48 <= n <= 56: fail(f"{n} pages")
if not 8 <= nsites <= 11: fail(f"{nsites} sites")
if not 34 <= len(offers) <= 40: fail(f"{len(offers)} offers")
if len(decoys) < 18: fail(f"{len(decoys)} decoys")

print(f"pages={n} sites={nsites} offers={len(offers)} non_offers={n-len(offers)} operators={len(U)} "
      f"operator_offers={sum(per[o] for o in U)} independents={len(I)} decoys={len(decoys)} "
      f"identifiers={sum(len(p['identifiers']) for p in pages)}")
if errs:
    print("\n".join("FAIL " + e for e in errs)); sys.exit(1)
print("OK")
