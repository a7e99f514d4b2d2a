#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []

def fail(m):
    errs.append(m)

def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c, W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
files = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            files[p] = open(os.path.join(dp, f), encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")):
    fail("robots.txt missing")
tp = {p["path"]: p for p in t["pages"]}
if set(tp) != set(files):
    fail(f"page set mismatch: {set(tp) ^ set(files)}")

# reachability from hub
class L(HTMLParser):
    def __init__(s):
        super().__init__(); s.l = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v:
                    s.l.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    p = todo.pop()
    if p not in files:
        fail(f"broken link target {p}"); continue
    x = L(); x.feed(files[p])
    for h in x.l:
        if h.startswith("/") and h not in seen:
            seen.add(h); todo.append(h)
if set(files) - seen:
    fail(f"unreachable: {sorted(set(files) - seen)}")

norm = {
    "phone": lambda v: re.fullmatch(r"\+86\d{11}|0\d{9,11}|[48]00\d{7}|\d{5}", v),
    "wechat": lambda v: v == v.lower(), "email": lambda v: v == v.lower() and "@" in v,
    "domain": lambda v: v == v.lower(), "qq": lambda v: v.isdigit(), "qq_group": lambda v: v.isdigit(),
    "uscc": uscc_ok, "other": lambda v: True,
}
for p in t["pages"]:
    if p["path"] not in files:
        fail(f"missing {p['path']}"); continue
    if not p["is_offer"] and p["operator"] is not None:
        fail(f"non-offer with operator {p['path']}")
    if p["is_offer"] and not p["operator"]:
        fail(f"offer without operator {p['path']}")
    for kind, val, written in p["identifiers"]:
        if kind not in norm or not norm[kind](val):
            fail(f"bad identifier {kind} {val} on {p['path']}")
        if written not in files[p["path"]]:
            fail(f"written form {written!r} not on {p['path']}")

offers = [p for p in t["pages"] if p["is_offer"]]
uops = {}
iops = {}
for p in offers:
    o = p["operator"]
    (uops if o.startswith("U") else iops).setdefault(o, []).append(p)
for o, ps in uops.items():
    if not 3 <= len(ps) <= 4:
        fail(f"{o} has {len(ps)} pages")
    if o not in t["operators"]:
        fail(f"{o} missing in operators")
    # connectivity via shared identifiers
    comp = {ps[0]["path"]}
    changed = True
    while changed:
        changed = False
        ids = {(k, v) for q in ps if q["path"] in comp for k, v, _ in q["identifiers"]}
        for q in ps:
            if q["path"] not in comp and ids & {(k, v) for k, v, _ in q["identifiers"]}:
                comp.add(q["path"]); changed = True
    if len(comp) != len(ps):
        fail(f"{o} pages not connected by shared identifiers")
for o, ps in iops.items():
    if len(ps) != 1:
        fail(f"{o} has {len(ps)} pages")
# independents share nothing with anyone else
owner = {}
for p in offers:
    for k, v, _ in p["identifiers"]:
        owner.setdefault((k, v), set()).add(p["operator"])
for key, os_ in owner.items():
    if len(os_) > 1:
        fail(f"identifier {key} shared by {os_}")
decoy_vals = {(d["kind"], d["value"]) for d in t["decoys"]}
if decoy_vals & set(owner):
    fail(f"decoy equals seller identifier: {decoy_vals & set(owner)}")
for d in t["decoys"]:
    hit = sorted(p for p, txt in files.items() if any(w in txt for w in d["written"]))
    if hit != sorted(d["pages"]):
        fail(f"decoy {d['value']} pages mismatch")
    for p in d["pages"]:
        if not any(w in files.get(p, "") for w in d["written"]):
            fail(f"decoy {d['value']} not on {p}")
    if d["kind"] == "uscc" and not uscc_ok(d["value"]):
        fail(f"bad decoy uscc {d['value']}")

sites = {p.split("/")[1] for p in files if p.count("/") == 2}
n, no, nu, ni, nd = len(files), len(offers), len(uops), len(iops), len(t["decoys"])
kinds = sorted({d["kind"] for d in t["decoys"]})
if not 48 <= n <= 56: fail(f"page count {n}")
if not 8 <= len(sites) <= 11: fail(f"site count {len(sites)}")
if not 34 <= no <= 40: fail(f"offer count {no}")
if nu != 9 or ni != 6: fail("operator counts")
if nd < 18: fail("too few decoys")
print(f"pages={n} sites={len(sites)} offers={no} non_offers={n - no} operators={nu} independents={ni} "
      f"decoys={nd} decoy_kinds={len(kinds)}")
for e in errs:
    print("FAIL:", e)
sys.exit(1 if errs else 0)
