#!/usr/bin/env python3
"""Verify truth.json against site/; exit non-zero on any failure; print the counts."""
import json, os, re, sys
from collections import Counter, deque

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def err(m): errors.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return c[17] == ALPH[0 if r == 31 else r]

NORM = {"phone": r"(\+86\d{11}|0\d{9,11}|[48]00\d{7}|\d{5,8})", "wechat": r"[a-z][a-z0-9_-]{5,19}",
        "qq": r"[1-9]\d{4,11}", "qq_group": r"[1-9]\d{4,11}", "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+",
        "domain": r"[a-z0-9-]+(\.[a-z0-9-]+)+", "uscc": r".{18}", "other": r".+"}

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
texts = {}
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            texts[p] = open(os.path.join(root, f), encoding="utf-8").read()

pages = truth["pages"]
paths = [p["path"] for p in pages]
if len(set(paths)) != len(paths): err("duplicate paths in truth")
if set(paths) != set(texts): err(f"truth/site page mismatch: {set(paths) ^ set(texts)}")
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing")

# reachability from hub
seen, dq = {"/index.html"}, deque(["/index.html"])
while dq:
    cur = dq.popleft()
    for h in re.findall(r'href="(/[^"#]*)', texts.get(cur, "")):
        if h in texts and h not in seen:
            seen.add(h); dq.append(h)
for p in texts:
    if p not in seen: err(f"unreachable: {p}")
sites = sorted({p.split("/")[1] for p in texts if p != "/index.html"})
for s in sites:
    if f'href="/{s}/index.html"' not in texts.get("/index.html", ""): err(f"hub misses {s}")

KINDS = set(NORM)
for p in pages:
    if p["path"] not in texts: err(f"missing file {p['path']}"); continue
    t = texts[p["path"]]
    if not p["is_offer"] and p["operator"] is not None: err(f"non-offer with operator {p['path']}")
    if p["is_offer"] and not re.fullmatch(r"[UI]0\d", p["operator"] or ""): err(f"offer without operator {p['path']}")
    for k, v, w in p["identifiers"]:
        if k not in KINDS: err(f"bad kind {k}")
        if not re.fullmatch(NORM[k], v): err(f"bad normalization {k} {v}")
        if k == "uscc" and not uscc_ok(v): err(f"bad uscc check {v}")
        if w not in t: err(f"{p['path']}: written form {w!r} not found")

offers = [p for p in pages if p["is_offer"]]
byop = Counter(p["operator"] for p in offers)
U = sorted(o for o in byop if o.startswith("U")); I = sorted(o for o in byop if o.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]: err(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]: err(f"independents {I}")
for o in U:
    if not 3 <= byop[o] <= 4: err(f"{o} has {byop[o]} pages")
    if len({p['path'].split('/')[1] for p in offers if p['operator'] == o}) < 2: err(f"{o} on one site only")
    ids = {(k, v) for p in offers if p["operator"] == o for k, v, _ in p["identifiers"]}
    if ids != {tuple(x) for x in truth["operators"][o]["identifiers"]}: err(f"{o} identifier union mismatch")
    # connectivity by shared identifiers
    ps = [p for p in offers if p["operator"] == o]
    comp = {0}; ch = True
    while ch:
        ch = False
        for i, p in enumerate(ps):
            if i in comp: continue
            a = {(k, v) for k, v, _ in p["identifiers"]}
            if any(a & {(k, v) for k, v, _ in ps[j]["identifiers"]} for j in comp):
                comp.add(i); ch = True
    if len(comp) != len(ps): err(f"{o} pages not chained by shared identifiers")
for o in I:
    if byop[o] != 1: err(f"{o} has {byop[o]} pages")
# independents share nothing with others
allid = Counter()
for p in offers:
    for k, v, _ in p["identifiers"]: allid[(k, v, p["operator"])] += 0
owners = {}
for p in offers:
    for k, v, _ in p["identifiers"]:
        owners.setdefault((k, v), set()).add(p["operator"])
for kv, os_ in owners.items():
    if len(os_) > 1: err(f"identifier {kv} shared by {os_}")

dec = truth["decoys"]
dkinds = {d["kind"] for d in dec}
for d in dec:
    scan = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    if sorted(d["pages"]) != scan: err(f"decoy {d['value']} pages mismatch")
    for pth in d["pages"]:
        if not any(w in texts.get(pth, "") for w in d["written"]): err(f"decoy {d['value']} not on {pth}")
    if not d["pages"]: err(f"decoy {d['value']} appears nowhere")
    if (d["kind"], d["value"]) in owners: err(f"decoy {d['value']} is also a seller identifier")
    if d["kind"] == "uscc" and not uscc_ok(d["value"]): err(f"decoy uscc bad {d['value']}")

n, no = len(pages), len(offers)
if not 48 <= n <= 56: err(f"page count {n}")
if not 34 <= no <= 40: err(f"offer count {no}")
if not 8 <= len(sites) <= 11: err(f"site count {len(sites)}")
if len(dec) < 18: err(f"decoys {len(dec)}")
if not {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"} <= dkinds: err(f"decoy kinds {dkinds}")

print(f"pages={n} sites={len(sites)} offers={no} non_offers={n-no} operators={len(U)} "
      f"operator_pages={sum(byop[o] for o in U)} independents={len(I)} decoys={len(dec)} "
      f"decoy_kinds={len(dkinds)}")
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
