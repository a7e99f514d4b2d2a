#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
errors = []
def err(m): errors.append(m)

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W31 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W31)) % 31
    return c[17] == ALPH[0 if r == 31 else r]

CN = str.maketrans("零〇一二三四五六七八九幺", "001234567891")
def norm_ok(kind, value, written):
    if kind == "phone":
        if not re.fullmatch(r"\+861\d{10}|0[1-9]\d{8,10}|[48]00\d{7}|\d{5}", value):
            return False
        digits = re.sub(r"\D", "", written.translate(CN))
        tail = value[3:] if value.startswith("+86") else value
        return digits.endswith(tail) or digits == value
    if kind in ("wechat", "email", "domain"):
        if value != value.lower():
            return False
        w = written.lower().replace("＠", "@").replace("#", "@")
        return value in w or value == w
    if kind in ("qq", "qq_group"):
        return value.isdigit() and re.sub(r"\D", "", written) == value
    if kind == "uscc":
        return uscc_ok(value) and written.upper() == value
    return kind == "other" and value in written

# --- files ---
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
texts = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}
paths = [p["path"] for p in truth["pages"]]
if len(paths) != len(set(paths)): err("duplicate page paths")
for p in paths:
    if p not in files: err(f"missing file {p}")
for f in files - set(paths): err(f"page not in truth: {f}")
if not os.path.isfile(os.path.join(SITE, "robots.txt")): err("no robots.txt")
elif "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read(): err("robots.txt does not allow")

# --- reachability from hub ---
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts: continue
    seen.add(p)
    for h in re.findall(r"href=['\"]([^'\"#]+)", texts[p]):
        if h.startswith("/"): todo.append(h)
for f in files - seen: err(f"unreachable from hub: {f}")
hub_links = set(re.findall(r"href=['\"]([^'\"#]+)", texts.get("/index.html", "")))
sites = sorted({p.split("/")[1] for p in files if p.count("/") >= 2})
for s in sites:
    if f"/{s}/index.html" not in hub_links: err(f"hub does not link /{s}/index.html")

# --- pages / identifiers ---
seller_vals = defaultdict(set)   # (kind,value) -> sellers
op_pages = defaultdict(list)
for p in truth["pages"]:
    t = texts.get(p["path"], "")
    if p["is_offer"]:
        if not p["operator"] or not p["provider"]: err(f"offer without operator/provider {p['path']}")
        if not p["identifiers"]: err(f"offer without identifiers {p['path']}")
    elif p["operator"] is not None or p["identifiers"]:
        err(f"non-offer with operator/identifiers {p['path']}")
    for kind, value, written in p["identifiers"]:
        if written not in t: err(f"{p['path']}: written form {written!r} not on page")
        if p["provider"] and p["provider"] not in t: err(f"{p['path']}: provider not on page")
        if not norm_ok(kind, value, written): err(f"{p['path']}: bad normalization {kind} {value} {written!r}")
        seller_vals[(kind, value)].add(p["operator"])
    if p["operator"]: op_pages[p["operator"]].append(p)

for kv, owners in seller_vals.items():
    if len(owners) > 1: err(f"identifier {kv} shared by several sellers {owners}")

U = sorted(o for o in op_pages if o.startswith("U"))
I = sorted(o for o in op_pages if o.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]: err(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]: err(f"independents {I}")
for o in U:
    pg = op_pages[o]
    if not 3 <= len(pg) <= 4: err(f"{o} has {len(pg)} pages")
    if len({p['path'].split('/')[1] for p in pg}) < 2: err(f"{o} on one site only")
    # connectivity by shared identifier values
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in pg]
    comp, grow = {0}, True
    while grow:
        grow = False
        for i in range(len(pg)):
            if i not in comp and any(sets[i] & sets[j] for j in comp):
                comp.add(i); grow = True
    if len(comp) != len(pg): err(f"{o} pages not tied into one chain")
    decl = truth["operators"].get(o)
    if not decl: err(f"{o} missing from operators"); continue
    allids = set().union(*sets)
    if {tuple(x) for x in decl["identifiers"]} != allids: err(f"{o} identifiers mismatch")
    if set(decl["brands"]) != {p["provider"] for p in pg}: err(f"{o} brands mismatch")
for o in I:
    if len(op_pages[o]) != 1: err(f"{o} has {len(op_pages[o])} pages")
if set(truth["operators"]) != set(U): err("operators block keys mismatch")

# --- decoys ---
kinds = set()
for d in truth["decoys"]:
    kinds.add(d["kind"])
    if not d["pages"]: err(f"decoy {d['value']} on no page")
    actual = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    if actual != sorted(d["pages"]): err(f"decoy {d['value']} pages mismatch")
    for pth in d["pages"]:
        if not any(w in texts.get(pth, "") for w in d["written"]): err(f"decoy {d['value']} not on {pth}")
    for w in d["written"]:
        if not any(w in texts[pth] for pth in d["pages"]): err(f"decoy written {w!r} appears nowhere")
    if any(v == d["value"] for (_, v) in seller_vals): err(f"decoy {d['value']} is also a seller identifier")
    for p in truth["pages"]:
        for k, v, w in p["identifiers"]:
            if any(dw in w or w in dw for dw in d["written"]): err(f"decoy {d['value']} overlaps seller written {w!r}")

offers = sum(p["is_offer"] for p in truth["pages"])
n = len(truth["pages"])
if not 48 <= n <= 56: err(f"{n} pages")
if not 8 <= len(sites) <= 11: err(f"{len(sites)} sites")
if not 33 <= offers <= 40: err(f"{offers} offers")
if len(truth["decoys"]) < 18: err("fewer than 18 decoys")
if not {"phone", "email", "domain", "qq_group", "wechat", "other"} <= kinds: err(f"decoy kinds {kinds}")

print(f"pages={n} sites={len(sites)} offers={offers} non_offers={n - offers} "
      f"operators={len(U)} operator_pages={sum(len(op_pages[o]) for o in U)} "
      f"independents={len(I)} decoys={len(truth['decoys'])} errors={len(errors)}")
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
