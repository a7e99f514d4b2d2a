#!/usr/bin/env python3
"""Verify truth.json against site/; exit non-zero on any failure; print the counts."""
import json, os, re, sys
from collections import defaultdict
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []


def fail(m):
    errs.append(m)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18))
    r = 31 - s % 31
    return c[17] == ALPHA[0 if r == 31 else r]


NORM = {
    "phone": lambda v: re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v),
    "wechat": lambda v: v == v.lower(), "email": lambda v: v == v.lower() and "@" in v,
    "domain": lambda v: v == v.lower() and "." in v, "qq": lambda v: v.isdigit(),
    "qq_group": lambda v: v.isdigit(), "uscc": uscc_ok, "other": lambda v: bool(v),
}

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html_files = sorted("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/")
                    for d, _, fs in os.walk(SITE) for f in fs if f.endswith(".html"))
texts = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in html_files}
tpaths = [p["path"] for p in t["pages"]]
if sorted(tpaths) != html_files:
    fail(f"truth pages != html files: {set(tpaths) ^ set(html_files)}")

# reachability from hub
class L(HTMLParser):
    def __init__(s):
        super().__init__(); s.links = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            s.links += [v for k, v in a if k == "href" and v]
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts:
        continue
    seen.add(p); l = L(); l.feed(texts[p]); todo += l.links
if set(html_files) - seen:
    fail(f"unreachable: {sorted(set(html_files) - seen)}")
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    fail("robots.txt missing")

by_op = defaultdict(list)
for p in t["pages"]:
    if p["path"] not in texts:
        fail(f"missing {p['path']}"); continue
    if not p["is_offer"] and p["operator"] is not None:
        fail(f"non-offer with operator {p['path']}")
    if p["is_offer"] and not p["operator"]:
        fail(f"offer without operator {p['path']}")
    for k, v, w in p["identifiers"]:
        if k not in NORM or not NORM[k](v):
            fail(f"bad identifier {k} {v} on {p['path']}")
        if w not in texts[p["path"]]:
            fail(f"written form {w!r} not on {p['path']}")
    if p["operator"]:
        by_op[p["operator"]].append(p)

U = sorted(o for o in by_op if o.startswith("U")); I = sorted(o for o in by_op if o.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]: fail(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {I}")
if set(t["operators"]) != set(U): fail("operators section mismatch")
ident_owner = defaultdict(set)
for o, ps in by_op.items():
    for p in ps:
        for k, v, _ in p["identifiers"]:
            ident_owner[(k, v)].add(o)
for key, owners in ident_owner.items():
    if len(owners) > 1:
        fail(f"identifier {key} shared by sellers {owners}")
for o in U:
    ps = by_op[o]
    if not 3 <= len(ps) <= 4: fail(f"{o} has {len(ps)} pages")
    # connectivity by shared identifier values
    comp = {ps[0]["path"]}; changed = True
    while changed:
        changed = False
        vals = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps): fail(f"{o} pages not connected")
    opids = {tuple(x) for x in t["operators"][o]["identifiers"]}
    if opids != {(k, v) for p in ps for k, v, _ in p["identifiers"]}: fail(f"{o} identifier list mismatch")
for o in I:
    if len(by_op[o]) != 1: fail(f"{o} has {len(by_op[o])} pages")

dvals = set()
for d in t["decoys"]:
    found = sorted(p for p, x in texts.items() if any(w in x for w in d["written"]))
    if found != sorted(d["pages"]): fail(f"decoy {d['value']} pages {d['pages']} != {found}")
    if len(d["pages"]) < 2: fail(f"decoy {d['value']} on fewer than 2 pages")
    for pg in d["pages"]:
        if not any(w in texts[pg] for w in d["written"]): fail(f"decoy {d['value']} not on {pg}")
    if (d["kind"], d["value"]) in ident_owner: fail(f"decoy {d['value']} is a seller identifier")
    dvals.add(d["kind"])

n = len(html_files); offers = sum(p["is_offer"] for p in t["pages"])
sites = len({p.split("/")[1] for p in html_files if p != "/index.html"})
if not 48 <= n <= 56: fail(f"{n} pages")
if not 8 <= sites <= 11: fail(f"{sites} sites")
if not 35 <= offers <= 39: fail(f"{offers} offers")
if len(t["decoys"]) < 18: fail("fewer than 18 decoys")
print(f"pages={n} sites={sites} offers={offers} non_offers={n - offers} operators={len(U)} "
      f"independents={len(I)} decoys={len(t['decoys'])} decoy_kinds={len(dvals)}")
for e in errs:
    print("FAIL:", e)
sys.exit(1 if errs else 0)
