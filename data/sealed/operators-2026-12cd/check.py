#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure."""
import json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def fail(m): errors.append(m)

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
html = {}
for root, _, files in os.walk(SITE):
    for fn in files:
        if fn.endswith(".html"):
            full = os.path.join(root, fn)
            html["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

paths = [p["path"] for p in truth["pages"]]
if len(paths) != len(set(paths)): fail("duplicate pages in truth")
if set(paths) != set(html): fail(f"truth/site mismatch: {set(paths) ^ set(html)}")
owner = {p["path"]: p["operator"] for p in truth["pages"]}

# links: everything reachable from /index.html
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v and v.startswith("/"): s.links.append(v)
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in html: continue
    seen.add(u); l = L(); l.feed(html[u]); todo += l.links
if seen != set(html): fail(f"unreachable pages: {sorted(set(html) - seen)}")

def uscc_ok(v):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", v): return False
    r = 31 - sum(ALPH.index(c) * w for c, w in zip(v, W18)) % 31
    return ALPH[0 if r == 31 else r] == v[17]

def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "qq", "qq_group", "email", "domain"): return v == v.lower()
    if kind == "uscc": return uscc_ok(v)
    return kind == "other"

KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
id_owner = {}
for p in truth["pages"]:
    h = html.get(p["path"], "")
    if not p["is_offer"] and p["operator"] is not None: fail(f"{p['path']}: non-offer with operator")
    if p["is_offer"] and not p["operator"]: fail(f"{p['path']}: offer without operator")
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS: fail(f"{p['path']}: bad kind {kind}")
        if not norm_ok(kind, value): fail(f"{p['path']}: not normalized {kind} {value}")
        if written not in h: fail(f"{p['path']}: written form not on page: {written}")
        id_owner.setdefault((kind, value), set()).add(p["operator"])
for k, o in id_owner.items():
    if len(o) > 1: fail(f"identifier {k} shared by different owners {o}")

offers = [p for p in truth["pages"] if p["is_offer"]]
ops = sorted({p["operator"] for p in offers})
U = [o for o in ops if o.startswith("U")]; I = [o for o in ops if o.startswith("I")]
if U != [f"U0{i}" for i in range(1, 10)]: fail(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {I}")
if sorted(truth["operators"]) != U: fail("operators section mismatch")
for o in U:
    ps = [p for p in offers if p["operator"] == o]
    if not 3 <= len(ps) <= 4: fail(f"{o}: {len(ps)} pages")
    # connectivity via shared identifier values
    comp, grow = {ps[0]["path"]}, True
    while grow:
        grow = False
        vals = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); grow = True
    if len(comp) != len(ps): fail(f"{o}: pages not tied together by shared identifiers")
    allids = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
    if allids != {tuple(x) for x in truth["operators"][o]["identifiers"]}: fail(f"{o}: identifiers section mismatch")
    if len({h for p in ps for h in [p['path'].split('/')[1]]}) < 2: fail(f"{o}: all pages on one site")
for o in I:
    ps = [p for p in offers if p["operator"] == o]
    if len(ps) != 1 or not ps[0]["identifiers"]: fail(f"{o}: needs one page with identifiers")

decoy_vals = set()
for d in truth["decoys"]:
    decoy_vals.add((d["kind"], d["value"]))
    if len(d["pages"]) < 2: fail(f"decoy {d['value']} on <2 pages")
    if len({owner.get(x) for x in d["pages"]}) < 2: fail(f"decoy {d['value']} not on pages of different owners")
    for x in d["pages"]:
        if not any(w in html.get(x, "") for w in d["written"]): fail(f"decoy {d['value']} not on {x}")
    if not norm_ok(d["kind"], d["value"]): fail(f"decoy not normalized {d['value']}")
    if any(v == d["value"] for (_, v) in id_owner): fail(f"decoy {d['value']} is also a seller identifier")
if len(truth["decoys"]) < 18: fail("fewer than 18 decoys")

styles = set(re.search(r'<body class="([^"]+)"', h).group(1) for h in html.values() if '<body class="' in h)
n = len(html)
if not 48 <= n <= 56: fail(f"{n} pages")
if not 8 <= len(styles) <= 11: fail(f"{len(styles)} styles")
if not 34 <= len(offers) <= 40: fail(f"{len(offers)} offers")

print(f"pages={n} offers={len(offers)} non_offers={n - len(offers)} styles={len(styles)} sites={len([k for k in html if k.endswith('/index.html')]) - 1} "
      f"operators={len(U)} independents={len(I)} decoys={len(truth['decoys'])}")
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
