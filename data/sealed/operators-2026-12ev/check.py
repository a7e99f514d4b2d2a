#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys, html
from collections import defaultdict, deque

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []

def err(m):
    errors.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18))
    r = 31 - s % 31
    return ALPHA[0 if r == 31 else r] == c[17]

def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    if kind == "domain":
        return v == v.lower() and not v.startswith("www.") and "/" not in v
    if kind in ("wechat", "email"):
        return v == v.lower()
    if kind == "uscc":
        return uscc_ok(v)
    return True

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            full = os.path.join(dp, f)
            texts["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

pages = truth["pages"]
paths = [p["path"] for p in pages]
if sorted(paths) != sorted(texts):
    err(f"truth pages and site html differ: {set(paths) ^ set(texts)}")
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing")

# reachability from hub
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    cur = q.popleft()
    for href in re.findall(r'href="(/[^"#]*)"', texts.get(cur, "")):
        if href in texts and href not in seen:
            seen.add(href); q.append(href)
for p in texts:
    if p not in seen:
        err(f"unreachable from hub: {p}")

by_op = defaultdict(list)
id_owner = defaultdict(set)
for p in pages:
    t = html.unescape(texts.get(p["path"], ""))
    if p["path"] not in texts:
        err(f"missing file {p['path']}"); continue
    if not p["is_offer"] and (p["operator"] or p["identifiers"]):
        err(f"non-offer with operator/identifiers {p['path']}")
    if p["is_offer"] and not re.fullmatch(r"[UI]0\d", p["operator"] or ""):
        err(f"offer without operator {p['path']}")
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS:
            err(f"bad kind {kind}")
        if written not in t:
            err(f"{p['path']}: written form {written!r} not found")
        if not norm_ok(kind, value):
            err(f"{p['path']}: bad normalized value {kind} {value}")
        id_owner[(kind, value)].add(p["operator"])
    if p["operator"]:
        by_op[p["operator"]].append(p)

# identifiers never shared across sellers
for k, owners in id_owner.items():
    if len(owners) > 1:
        err(f"identifier {k} shared by {owners}")

ops = sorted(o for o in by_op if o.startswith("U"))
inds = sorted(o for o in by_op if o.startswith("I"))
if ops != [f"U0{i}" for i in range(1, 10)]:
    err(f"operators {ops}")
if inds != [f"I0{i}" for i in range(1, 7)]:
    err(f"independents {inds}")
for o in ops:
    ps = by_op[o]
    if not 3 <= len(ps) <= 4:
        err(f"{o} has {len(ps)} pages")
    if len({p["path"].split("/")[1] for p in ps}) < 2:
        err(f"{o} on a single site")
    # connectivity via shared identifier values
    adj = {p["path"]: set() for p in ps}
    for a in ps:
        va = {(k, v) for k, v, _ in a["identifiers"]}
        for b in ps:
            if a is not b and va & {(k, v) for k, v, _ in b["identifiers"]}:
                adj[a["path"]].add(b["path"])
    start = ps[0]["path"]; comp = {start}; dq = [start]
    while dq:
        for n in adj[dq.pop()]:
            if n not in comp:
                comp.add(n); dq.append(n)
    if len(comp) != len(ps):
        err(f"{o} pages not connected by shared identifiers")
    tops = truth["operators"].get(o)
    if not tops:
        err(f"{o} missing in operators")
    else:
        allids = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
        if {tuple(x) for x in tops["identifiers"]} != allids:
            err(f"{o} operator identifiers differ from page identifiers")
        for p in ps:
            if p["provider"] not in tops["brands"]:
                err(f"{o} brand {p['provider']} missing")
for o in inds:
    if len(by_op[o]) != 1:
        err(f"{o} has {len(by_op[o])} pages")

# decoys
decoys = truth["decoys"]
for d in decoys:
    scan = sorted(p for p, t in texts.items() if any(w in html.unescape(t) or w in t for w in d["written"]))
    if sorted(d["pages"]) != scan:
        err(f"decoy {d['value']} pages mismatch: {scan}")
    for pg in d["pages"]:
        t = texts.get(pg, "")
        if not any(w in t or w in html.unescape(t) for w in d["written"]):
            err(f"decoy {d['value']} not on {pg}")
    sellers = {p["operator"] for p in pages if p["path"] in d["pages"] and p["operator"]}
    if (d["kind"], d["value"]) in id_owner:
        err(f"decoy {d['value']} is also a seller identifier")

n_pages = len(texts)
n_offers = sum(p["is_offer"] for p in pages)
n_sites = len({p.split("/")[1] for p in texts if p != "/index.html"})
if not 48 <= n_pages <= 56: err(f"page count {n_pages}")
if not 8 <= n_sites <= 11: err(f"site count {n_sites}")
if not 34 <= n_offers <= 40: err(f"offer count {n_offers}")
if len(decoys) < 18: err(f"decoys {len(decoys)}")

print(f"pages={n_pages} sites={n_sites} offers={n_offers} non_offers={n_pages - n_offers} "
      f"operators={len(ops)} operator_pages={sum(len(by_op[o]) for o in ops)} independents={len(inds)} decoys={len(decoys)}")
if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
print("OK")
