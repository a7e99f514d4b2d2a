#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys
from html.parser import HTMLParser
from urllib.parse import urljoin

HERE = os.path.dirname(os.path.abspath(__file__)); SITE = os.path.join(HERE, "site")
T = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
errs = []
def fail(m): errs.append(m)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"; W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", c): return False
    r = 31 - sum(ALPHA.index(x) * W[i] for i, x in enumerate(c[:17])) % 31
    return ALPHA[0 if r == 31 else r] == c[17]
NORM = {"phone": r"(\+86\d{11}|0\d{9,11}|[48]00\d{7}|\d{5})", "wechat": r"[a-z0-9_\-]+", "qq": r"\d{5,11}",
        "qq_group": r"\d{5,11}", "email": r"[a-z0-9_.\-]+@[a-z0-9.\-]+", "domain": r"[a-z0-9.\-]+", "other": r".+"}

texts = {}
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            p = os.path.join(root, f); texts["/" + os.path.relpath(p, SITE)] = open(p, encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")): fail("robots.txt missing")

class L(HTMLParser):
    def __init__(s): super().__init__(); s.l = []
    def handle_starttag(s, t, a):
        for k, v in a:
            if t == "a" and k == "href": s.l.append(v)
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts: continue
    seen.add(p); l = L(); l.feed(texts[p])
    todo += [urljoin(p, h) for h in l.l]
for p in texts:
    if p not in seen: fail(f"unreachable {p}")

pages = T["pages"]; paths = {p["path"] for p in pages}
if paths != set(texts): fail(f"truth/site mismatch {sorted(paths ^ set(texts))}")
owner = {}
for p in pages:
    t = texts.get(p["path"])
    if t is None: fail(f"missing {p['path']}"); continue
    if not p["is_offer"] and p["operator"] is not None: fail(f"non-offer with operator {p['path']}")
    if p["is_offer"] and not p["operator"]: fail(f"offer without operator {p['path']}")
    for k, v, w in p["identifiers"]:
        if w not in t: fail(f"{p['path']}: written '{w}' absent")
        if not re.fullmatch(NORM.get(k, "x^") if k != "uscc" else ".*", v): fail(f"bad normalization {k} {v}")
        if k == "uscc" and not uscc_ok(v): fail(f"bad USCC {v}")
        o = owner.setdefault((k, v), p["operator"])
        if o != p["operator"]: fail(f"identifier {k}:{v} shared by {o} and {p['operator']}")

offers = [p for p in pages if p["is_offer"]]
by = {}
for p in offers: by.setdefault(p["operator"], []).append(p)
U = sorted(o for o in by if o.startswith("U")); I = sorted(o for o in by if o.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]: fail(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {I}")
for o in U:
    ps = by[o]
    if not 3 <= len(ps) <= 4: fail(f"{o} has {len(ps)} pages")
    if len({p["path"].split("/")[1] for p in ps}) < 3: fail(f"{o} on too few sites")
    # connectivity through shared identifiers
    comp = {ps[0]["path"]}; changed = True
    while changed:
        changed = False
        ids = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and ids & {(k, v) for k, v, _ in p["identifiers"]}: comp.add(p["path"]); changed = True
    if len(comp) != len(ps): fail(f"{o} pages not connected")
    want = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
    if want != {tuple(x) for x in T["operators"][o]["identifiers"]}: fail(f"{o} operator identifiers mismatch")
for o in I:
    if len(by[o]) != 1: fail(f"{o} has {len(by[o])} pages")

dec = T["decoys"]; kinds = {d["kind"] for d in dec}
for d in dec:
    scan = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    if scan != sorted(d["pages"]): fail(f"decoy {d['value']} pages differ: {scan}")
    for pth in d["pages"]:
        if not any(w in texts.get(pth, "") for w in d["written"]): fail(f"decoy {d['value']} absent on {pth}")
    if (d["kind"], d["value"]) in owner: fail(f"decoy {d['value']} is also a seller identifier")
    sellers = {p["operator"] for p in offers if p["path"] in d["pages"]}
    if len(sellers) < 2 and len(d["pages"]) < 2: fail(f"decoy {d['value']} does not cross pages")

sites = {p.split("/")[1] for p in texts if p.count("/") == 2}
n, no = len(pages), len(offers)
if not 48 <= n <= 56: fail(f"page count {n}")
if not 8 <= len(sites) <= 11: fail(f"site count {len(sites)}")
if not 34 <= no <= 40: fail(f"offer count {no}")
if len(dec) < 18: fail(f"decoys {len(dec)}")
for k in ["phone", "email", "domain", "qq_group", "other", "wechat", "qq"]:
    if k not in kinds: fail(f"no decoy of kind {k}")
print(f"pages={n} sites={len(sites)} offers={no} non_offers={n-no} operators={len(U)} "
      f"operator_pages={sum(len(by[o]) for o in U)} independents={len(I)} decoys={len(dec)}")
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
