#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys
from collections import defaultdict, Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def fail(msg): errors.append(msg)

def uscc_ok(s):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", s):
        return False
    tot = sum(ALPH.index(c) * w for c, w in zip(s[:17], W18))
    r = 31 - tot % 31
    return s[17] == ALPH[0 if r == 31 else r]

def norm_ok(kind, value):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", value))
    if kind in ("wechat", "email", "domain"):
        return value == value.lower()
    if kind in ("qq", "qq_group"):
        return value.isdigit()
    if kind == "uscc":
        return uscc_ok(value)
    return kind == "other"

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _dn, fn in os.walk(SITE):
    for f in fn:
        if f.endswith(".html"):
            full = os.path.join(dp, f)
            texts["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

paths = [p["path"] for p in truth["pages"]]
if len(set(paths)) != len(paths): fail("duplicate paths in truth")
if set(paths) != set(texts): fail(f"truth/site mismatch: {set(paths) ^ set(texts)}")

# reachability from hub
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    t = texts.get(todo.pop(), "")
    for h in re.findall(r'href="(/[^"#]*)', t):
        if h in texts and h not in seen:
            seen.add(h); todo.append(h)
if seen != set(texts): fail(f"unreachable from hub: {sorted(set(texts) - seen)}")

op_pages = defaultdict(list)
id_owner = defaultdict(set)
for p in truth["pages"]:
    path = p["path"]
    if path not in texts:
        fail(f"missing page {path}"); continue
    if not p["is_offer"]:
        if p["operator"] is not None: fail(f"non-offer with operator {path}")
        continue
    if not p["operator"] or not re.fullmatch(r"[UI]0\d", p["operator"]): fail(f"bad operator {path}")
    if not p["provider"]: fail(f"offer without provider {path}")
    if not p["identifiers"]: fail(f"offer without identifiers {path}")
    op_pages[p["operator"]].append(path)
    for kind, value, written in p["identifiers"]:
        if not norm_ok(kind, value): fail(f"bad normalization {kind} {value} on {path}")
        if written not in texts[path]: fail(f"written form {written!r} not on {path}")
        id_owner[(kind, value)].add(p["operator"])

for k, owners in id_owner.items():
    if len(owners) > 1: fail(f"identifier {k} shared by {owners}")

# operators: 3-4 pages, ≥2 sites, connected by shared identifiers
for op, info in truth["operators"].items():
    pgs = op_pages.get(op, [])
    if not 3 <= len(pgs) <= 4: fail(f"{op} has {len(pgs)} pages")
    if len({x.split('/')[1] for x in pgs}) < 2: fail(f"{op} on one site only")
    ids = {p["path"]: {(k, v) for k, v, _ in p["identifiers"]} for p in truth["pages"] if p["path"] in pgs}
    comp, stack = {pgs[0]}, [pgs[0]]
    while stack:
        a = stack.pop()
        for b in pgs:
            if b not in comp and ids[a] & ids[b]:
                comp.add(b); stack.append(b)
    if comp != set(pgs): fail(f"{op} pages not connected: {sorted(set(pgs) - comp)}")
    allids = set().union(*ids.values())
    if {tuple(x) for x in info["identifiers"]} != allids: fail(f"{op} identifier list mismatch")
indep = [o for o in op_pages if o.startswith("I")]
for o in indep:
    if len(op_pages[o]) != 1: fail(f"{o} has {len(op_pages[o])} pages")

# decoys
seller_vals = set(id_owner)
kinds = Counter()
for d in truth["decoys"]:
    kinds[d["kind"]] += 1
    if not norm_ok(d["kind"], d["value"]): fail(f"decoy bad normalization {d['value']}")
    if (d["kind"], d["value"]) in seller_vals: fail(f"decoy {d['value']} is also a seller identifier")
    actual = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    if actual != sorted(d["pages"]): fail(f"decoy {d['value']} pages mismatch")
    if len(d["pages"]) < 2: fail(f"decoy {d['value']} on fewer than 2 pages")
    for pth in d["pages"]:
        if not any(w in texts[pth] for w in d["written"]): fail(f"decoy {d['value']} not on {pth}")
    sellers = {p["operator"] for p in truth["pages"] if p["path"] in d["pages"] and p["operator"]}
    d["_sellers"] = len(sellers)
for k in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
    if kinds[k] == 0: fail(f"no decoy of kind {k}")

n_pages = len(texts)
n_offer = sum(p["is_offer"] for p in truth["pages"])
n_sites = len({p.split("/")[1] for p in texts if p != "/index.html"})
n_ops = len([o for o in op_pages if o.startswith("U")])
n_dec = len(truth["decoys"])
if not 48 <= n_pages <= 56: fail(f"page count {n_pages}")
if not 8 <= n_sites <= 11: fail(f"site count {n_sites}")
if not 34 <= n_offer <= 40: fail(f"offer count {n_offer}")
if n_ops != 9 or len(truth["operators"]) != 9: fail("need 9 operators")
if len(indep) != 6: fail("need 6 independents")
if n_dec < 18: fail("need >= 18 decoys")
multi = sum(1 for d in truth["decoys"] if d["_sellers"] >= 2)

print(f"pages={n_pages} sites={n_sites} offers={n_offer} non_offers={n_pages - n_offer} "
      f"operators={n_ops} operator_pages={sum(len(op_pages[o]) for o in op_pages if o.startswith('U'))} "
      f"independents={len(indep)} decoys={n_dec} decoys_spanning_2plus_sellers={multi}")
if errors:
    for e in errors: print("FAIL:", e)
    sys.exit(1)
print("OK")
