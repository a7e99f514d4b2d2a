#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure."""
import json, os, re, sys
from collections import deque

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WU = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def fail(m): errs.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPH.index(x) * WU[i] for i, x in enumerate(c[:17])) % 31
    return ALPH[0 if r == 31 else r] == c[17]

NORM = {
 "phone": r"\+861\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|\d{5}",
 "wechat": r"[a-z0-9_\-]{5,30}", "qq": r"[1-9]\d{4,11}", "qq_group": r"[1-9]\d{4,11}",
 "email": r"[a-z0-9._\-]+@[a-z0-9.\-]+\.[a-z]+", "domain": r"[a-z0-9.\-]+\.[a-z]{2,}",
}
def value_ok(k, v):
    if k == "uscc": return uscc_ok(v)
    if k == "other": return bool(v)
    return k in NORM and re.fullmatch(NORM[k], v) is not None

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
files = {}
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/")
            files[p] = open(os.path.join(d, f), encoding="utf-8").read()
if not os.path.isfile(os.path.join(SITE, "robots.txt")): fail("robots.txt missing")
paths = [p["path"] for p in t["pages"]]
if len(paths) != len(set(paths)): fail("duplicate page in truth")
if set(paths) != set(files): fail("pages/truth mismatch: %s" % (set(paths) ^ set(files)))
if "/index.html" not in files: fail("no /index.html")

# reachability by links from /index.html
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    for h in re.findall(r"href=['\"](/[^'\"#]*)['\"]", files.get(q.popleft(), "")):
        if h in files and h not in seen:
            seen.add(h); q.append(h)
if seen != set(files): fail("unreachable: %s" % sorted(set(files) - seen))

styles = {m.group(1) for h in files.values() for m in [re.search(r"<body class='([^']+)'", h)] if m}
page_by = {p["path"]: p for p in t["pages"]}
owner_ids = {}
for p in t["pages"]:
    h = files.get(p["path"], "")
    if p["is_offer"]:
        if not p["operator"] or not re.fullmatch(r"[UI]\d\d", p["operator"]): fail("offer without operator " + p["path"])
        if not p["provider"]: fail("offer without provider " + p["path"])
        if not p["identifiers"]: fail("offer without identifiers " + p["path"])
    elif p["operator"] is not None: fail("non-offer with operator " + p["path"])
    for k, v, w in p["identifiers"]:
        if not value_ok(k, v): fail("bad value %s %s on %s" % (k, v, p["path"]))
        if w not in h: fail("written form %r not on %s" % (w, p["path"]))
        if p["operator"]:
            owner_ids.setdefault((k, v), set()).add(p["operator"])

# identifiers never shared across sellers
for kv, owners in owner_ids.items():
    if len(owners) > 1: fail("identifier %s shared by %s" % (kv, owners))

ops = sorted({p["operator"] for p in t["pages"] if p["operator"]})
U = [o for o in ops if o.startswith("U")]; I = [o for o in ops if o.startswith("I")]
if U != ["U%02d" % i for i in range(1, 10)]: fail("operators %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]: fail("independents %s" % I)
if set(t["operators"]) != set(U): fail("operators section mismatch")
for o in U:
    pg = [p for p in t["pages"] if p["operator"] == o]
    if not 3 <= len(pg) <= 4: fail("%s has %d pages" % (o, len(pg)))
    if len({page_by[p["path"]]["provider"] for p in pg}) < 2 and len(pg) > 1: pass
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in pg]
    comp, todo = {0}, [0]
    while todo:
        i = todo.pop()
        for j in range(len(sets)):
            if j not in comp and sets[i] & sets[j]:
                comp.add(j); todo.append(j)
    if len(comp) != len(pg): fail("%s pages not connected by identifiers" % o)
    allkv = set().union(*sets)
    if {tuple(x) for x in t["operators"][o]["identifiers"]} != allkv: fail("%s identifiers mismatch" % o)
    for b in t["operators"][o]["brands"]:
        if b not in {p["provider"] for p in pg}: fail("%s brand %s" % (o, b))
    if len(t["operators"][o]["brands"]) < 2: fail("%s has a single brand" % o)
    if len({p["path"].split("/")[1] for p in pg}) < 2: fail("%s on one site only" % o)
for o in I:
    if sum(1 for p in t["pages"] if p["operator"] == o) != 1: fail("%s not one page" % o)

# decoys
for d in t["decoys"]:
    if (d["kind"], d["value"]) in owner_ids: fail("decoy %s is a seller identifier" % d["value"])
    if len(d["pages"]) < 2: fail("decoy %s on <2 pages" % d["value"])
    owners = {page_by[p]["operator"] or ("null" + p) for p in d["pages"] if p in page_by}
    if len(owners) < 2: fail("decoy %s has one owner" % d["value"])
    for p in d["pages"]:
        if not any(w in files.get(p, "") for w in d["written"]): fail("decoy %s not on %s" % (d["value"], p))
    for p, h in files.items():
        if p not in d["pages"] and any(w in h for w in d["written"]): fail("decoy %s on unlisted %s" % (d["value"], p))
kinds_seen = {d["why"].split()[0] for d in t["decoys"]}

n, off = len(t["pages"]), sum(p["is_offer"] for p in t["pages"])
if not 48 <= n <= 56: fail("page count %d" % n)
if not 34 <= off <= 40: fail("offer count %d" % off)
if not 8 <= len(styles) <= 11: fail("style count %d" % len(styles))
if len(t["decoys"]) < 18: fail("decoys %d" % len(t["decoys"]))

for e in errs: print("FAIL:", e)
print("pages=%d offers=%d non_offers=%d styles=%d operators=%d independents=%d decoys=%d identifiers=%d" % (
    n, off, n - off, len(styles), len(U), len(I), len(t["decoys"]), len(owner_ids)))
sys.exit(1 if errs else 0)
