#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
errs = []
def fail(m): errs.append(m)

t = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = {}
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            rp = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            files[rp] = open(os.path.join(root, f), encoding="utf-8").read()
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPH.index(ch) * (3 ** i % 31) for i, ch in enumerate(c[:17])) % 31
    return ALPH[0 if r == 31 else r] == c[17]
NORM = {"phone": r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}",
        "wechat": r"[a-z][a-z0-9_-]{5,19}", "qq": r"[1-9]\d{4,10}", "qq_group": r"[1-9]\d{5,10}",
        "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", "domain": r"[a-z0-9.-]+\.[a-z]+"}
def norm_ok(k, v):
    if k == "uscc": return uscc_ok(v)
    if k == "other": return bool(v)
    return k in NORM and re.fullmatch(NORM[k], v) is not None

# pages
paths = [p["path"] for p in t["pages"]]
if len(set(paths)) != len(paths): fail("duplicate paths")
if set(paths) != set(files): fail(f"truth/site mismatch: {set(paths) ^ set(files)}")
by_op = defaultdict(list)
for p in t["pages"]:
    if p["path"] not in files: fail(f"missing {p['path']}"); continue
    txt = files[p["path"]]
    if not p["is_offer"] and (p["operator"] or p["identifiers"]): fail(f"non-offer with operator/ids {p['path']}")
    if p["is_offer"]:
        if not p["operator"] or not p["provider"]: fail(f"offer without operator/provider {p['path']}")
        if p["provider"] and p["provider"] not in txt: fail(f"provider not on page {p['path']}")
        by_op[p["operator"]].append(p)
    for k, v, w in p["identifiers"]:
        if w not in txt: fail(f"{p['path']}: written form {w!r} absent")
        if not norm_ok(k, v): fail(f"{p['path']}: bad normalized {k} {v!r}")

# operators
ops = {o: ps for o, ps in by_op.items() if o.startswith("U")}
inds = {o: ps for o, ps in by_op.items() if o.startswith("I")}
if sorted(ops) != [f"U0{i}" for i in range(1, 10)]: fail(f"operators {sorted(ops)}")
if sorted(inds) != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {sorted(inds)}")
owner = defaultdict(set)
for o, ps in by_op.items():
    for p in ps:
        for k, v, w in p["identifiers"]:
            owner[(k, v)].add(o)
for key, os_ in owner.items():
    if len(os_) > 1: fail(f"identifier {key} shared by sellers {sorted(os_)}")
for o, ps in ops.items():
    if not 3 <= len(ps) <= 4: fail(f"{o} has {len(ps)} offer pages")
    if len({p['path'].split('/')[1] for p in ps}) < 2: fail(f"{o} on a single site")
    # connectivity by shared identifier values
    comp = {0}; changed = True
    vals = [{(k, v) for k, v, w in p["identifiers"]} for p in ps]
    while changed:
        changed = False
        for i in range(len(ps)):
            if i not in comp and any(vals[i] & vals[j] for j in comp):
                comp.add(i); changed = True
    if len(comp) != len(ps): fail(f"{o} pages not tied into one chain")
    if o not in t["operators"]: fail(f"{o} missing in operators"); continue
    od = t["operators"][o]
    want = {tuple(x) for p in ps for x in [(k, v) for k, v, w in p["identifiers"]]}
    if {tuple(x) for x in od["identifiers"]} != want: fail(f"{o} operator identifiers mismatch")
    if set(od["brands"]) != {p["provider"] for p in ps}: fail(f"{o} brands mismatch")
for o, ps in inds.items():
    if len(ps) != 1: fail(f"{o} has {len(ps)} pages")

# decoys
seller_vals = set(owner)
kinds = set()
for d in t["decoys"]:
    kinds.add(d["kind"])
    if (d["kind"], d["value"]) in seller_vals: fail(f"decoy {d['value']} is a seller identifier")
    if not norm_ok(d["kind"], d["value"]): fail(f"decoy bad normalized {d['value']}")
    scan = sorted(rp for rp, txt in files.items() if any(w in txt for w in d["written"]))
    if scan != sorted(d["pages"]): fail(f"decoy {d['value']} pages differ from scan")
    for rp in d["pages"]:
        if rp not in files or not any(w in files[rp] for w in d["written"]): fail(f"decoy {d['value']} absent on {rp}")
    sellers = {p["operator"] for p in t["pages"] if p["path"] in d["pages"] and p["operator"]}
    if len(sellers) < 2 and len(d["pages"]) < 2: fail(f"decoy {d['value']} on fewer than 2 pages")

# reachability from hub
href = re.compile(r'href="([^"#]+)"')
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    for h in href.findall(files.get(cur, "")):
        if h.startswith("http"): continue
        tgt = os.path.normpath(os.path.join(os.path.dirname(cur), h)).replace(os.sep, "/")
        if tgt in files and tgt not in seen:
            seen.add(tgt); todo.append(tgt)
if seen != set(files): fail(f"unreachable: {sorted(set(files) - seen)}")

# counts
n_pages = len(files); n_offers = sum(p["is_offer"] for p in t["pages"])
sites = {rp.split("/")[1] for rp in files if rp.count("/") == 2}
if not 48 <= n_pages <= 56: fail(f"page count {n_pages}")
if not 8 <= len(sites) <= 11: fail(f"site count {len(sites)}")
if not 35 <= n_offers <= 39: fail(f"offer count {n_offers}")
if len(t["decoys"]) < 18: fail("fewer than 18 decoys")
need = {"phone", "email", "domain", "qq", "qq_group", "wechat", "other"}
if not need <= kinds: fail(f"decoy kinds missing {need - kinds}")
print(f"pages={n_pages} sites={len(sites)} offers={n_offers} non_offers={n_pages - n_offers} "
      f"operators={len(ops)} operator_pages={sum(len(v) for v in ops.values())} independents={len(inds)} decoys={len(t['decoys'])}")
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
