#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []

def fail(m):
    errs.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPH.index(x) * w for x, w in zip(c[:17], W))
    r = (31 - s % 31) % 31
    return c[17] == ALPH[r]

NORM = {"phone": r"(\+86\d{11}|0\d{9,11}|[48]00\d{7}|\d{5})", "wechat": r"[a-z0-9_\-]+", "qq": r"\d{5,11}",
        "qq_group": r"\d{5,11}", "email": r"[a-z0-9._\-]+@[a-z0-9.\-]+", "domain": r"[a-z0-9.\-]+\.[a-z]+",
        "uscc": r".{18}", "other": r".+"}

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for p in t["pages"]:
    fp = os.path.join(SITE, p["path"].lstrip("/"))
    if not os.path.isfile(fp):
        fail(f"missing {p['path']}")
        continue
    texts[p["path"]] = open(fp, encoding="utf-8").read()
on_disk = {"/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/")
           for d, _, fs in os.walk(SITE) for f in fs if f.endswith(".html")}
if on_disk != set(texts):
    fail(f"pages on disk not in truth: {sorted(on_disk - set(texts))}")
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt")

# reachability from the hub
seen, todo = set(), ["/index.html"]
while todo:
    x = todo.pop()
    if x in seen or x not in texts:
        continue
    seen.add(x)
    todo += re.findall(r"href='(/[^']+\.html)'", texts[x])
if seen != set(texts):
    fail(f"unreachable: {sorted(set(texts) - seen)}")

# page identifiers
for p in t["pages"]:
    if not p["is_offer"] and (p["operator"] or p["identifiers"]):
        fail(f"non-offer with operator/ids {p['path']}")
    if p["is_offer"] and not re.fullmatch(r"[UI]0\d", p["operator"] or ""):
        fail(f"offer without operator {p['path']}")
    for k, v, w in p["identifiers"]:
        if k not in NORM or not re.fullmatch(NORM[k], v):
            fail(f"bad normalization {k} {v} on {p['path']}")
        if k == "uscc" and not uscc_ok(v):
            fail(f"bad uscc {v}")
        if w not in texts.get(p["path"], ""):
            fail(f"written form {w!r} not on {p['path']}")

offers = [p for p in t["pages"] if p["is_offer"]]
by_op = defaultdict(list)
for p in offers:
    by_op[p["operator"]].append(p)
ops = sorted(o for o in by_op if o.startswith("U"))
inds = sorted(o for o in by_op if o.startswith("I"))
if ops != [f"U0{i}" for i in range(1, 10)]:
    fail(f"operators {ops}")
if inds != [f"I0{i}" for i in range(1, 7)]:
    fail(f"independents {inds}")
for o in ops:
    ps = by_op[o]
    if not 3 <= len(ps) <= 4:
        fail(f"{o} has {len(ps)} pages")
    if len({p['path'].split('/')[1] for p in ps}) < 2:
        fail(f"{o} on one site only")
    # connectivity by shared identifier values
    comp = {ps[0]["path"]}
    changed = True
    while changed:
        changed = False
        vals = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps):
        fail(f"{o} pages not chained by identifiers")
    opids = {(k, v) for k, v in t["operators"][o]["identifiers"]}
    if opids != {(k, v) for p in ps for k, v, _ in p["identifiers"]}:
        fail(f"{o} operator identifiers differ from its pages")
for i in inds:
    if len(by_op[i]) != 1:
        fail(f"{i} has {len(by_op[i])} pages")

# no seller's identifier (value or written form) on another seller's offer page
owner = defaultdict(set)
written = defaultdict(set)
for p in offers:
    for k, v, w in p["identifiers"]:
        owner[(k, v)].add(p["operator"])
        written[(k, v)].add(w)
for key, os_ in owner.items():
    if len(os_) > 1:
        fail(f"identifier {key} shared by {os_}")
    for p in offers:
        if p["operator"] not in os_:
            for w in written[key]:
                if w in texts[p["path"]]:
                    fail(f"{key} written {w!r} on other seller's page {p['path']}")

# decoys
dvals = set()
for d in t["decoys"]:
    dvals.add((d["kind"], d["value"]))
    found = sorted(path for path, tx in texts.items() if any(w in tx for w in d["written"]))
    if found != sorted(d["pages"]):
        fail(f"decoy {d['value']} pages differ: {found} vs {d['pages']}")
    if not d["pages"]:
        fail(f"decoy {d['value']} on no page")
    if (d["kind"], d["value"]) in owner:
        fail(f"decoy {d['value']} is also a seller identifier")
    for w in d["written"]:
        for key, ws in written.items():
            if any(w in x or x in w for x in ws):
                fail(f"decoy written {w!r} overlaps seller identifier {key}")
if len(t["decoys"]) < 18:
    fail("fewer than 18 decoys")
multi = sum(1 for d in t["decoys"] if len({(by or '-') for by in
            [next((p['operator'] for p in offers if p['path'] == x), None) for x in d['pages']] if by}) >= 2)

n = len(t["pages"])
sites = {p["path"].split("/")[1] for p in t["pages"] if p["path"] != "/index.html"}
if not 48 <= n <= 56:
    fail(f"page count {n}")
if not 8 <= len(sites) <= 11:
    fail(f"site count {len(sites)}")
print(f"pages={n} offers={len(offers)} non_offers={n - len(offers)} sites={len(sites)} "
      f"operators={len(ops)} operator_pages={sum(len(by_op[o]) for o in ops)} independents={len(inds)} "
      f"decoys={len(t['decoys'])} decoys_across_sellers={multi}")
for e in errs:
    print("FAIL:", e)
sys.exit(1 if errs else 0)
