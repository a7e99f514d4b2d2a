#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def fail(m): errs.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(x) * w for x, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

NORM = {"phone": r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", "wechat": r"[a-z][a-z0-9_-]{4,19}",
        "qq": r"[1-9]\d{4,10}", "qq_group": r"[1-9]\d{4,10}", "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+",
        "domain": r"[a-z0-9.-]+\.[a-z]+", "uscc": r".{18}", "other": r".+"}
def norm_ok(k, v):
    if k not in NORM: return False
    if k == "uscc": return uscc_ok(v)
    return re.fullmatch(NORM[k], v) is not None

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            texts[p] = open(os.path.join(dp, f), encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts: continue
    seen.add(p)
    todo += re.findall(r'href="(/[^"#]+\.html)"', texts[p])
for p in texts:
    if p not in seen: fail(f"unreachable {p}")
hub_links = set(re.findall(r'href="(/[^"]+)"', texts.get("/index.html", "")))
sites = sorted({p.split("/")[1] for p in texts if p != "/index.html"})
for s in sites:
    if f"/{s}/index.html" not in hub_links: fail(f"hub misses /{s}/index.html")

tp = {p["path"]: p for p in t["pages"]}
if set(tp) != set(texts): fail(f"truth pages != html files: {set(tp) ^ set(texts)}")
owner = {}  # (kind,value) -> seller
by_seller = defaultdict(list)
for p in t["pages"]:
    if p["path"] not in texts: fail(f"missing {p['path']}"); continue
    if not p["is_offer"] and (p["operator"] or p["identifiers"]): fail(f"non-offer with seller {p['path']}")
    if p["is_offer"] and not p["operator"]: fail(f"offer without operator {p['path']}")
    for k, v, w in p["identifiers"]:
        if w not in texts[p["path"]]: fail(f"{p['path']}: written {w!r} not found")
        if not norm_ok(k, v): fail(f"{p['path']}: bad normalized {k} {v}")
        o = owner.setdefault((k, v), p["operator"])
        if o != p["operator"]: fail(f"identifier {k} {v} shared by {o} and {p['operator']}")
    if p["operator"]: by_seller[p["operator"]].append(p)

ops = [s for s in by_seller if s.startswith("U")]
inds = [s for s in by_seller if s.startswith("I")]
if sorted(ops) != [f"U0{i}" for i in range(1, 10)]: fail(f"operators {sorted(ops)}")
if sorted(inds) != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {sorted(inds)}")
for s in ops:
    ps = by_seller[s]
    if not 3 <= len(ps) <= 4: fail(f"{s} has {len(ps)} pages")
    if len({p["path"].split("/")[1] for p in ps}) < 2: fail(f"{s} on one site only")
    # connectivity through shared identifiers
    comp = {ps[0]["path"]}; changed = True
    while changed:
        changed = False
        have = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and have & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps): fail(f"{s} pages not tied: {sorted(set(p['path'] for p in ps) - comp)}")
    oi = {tuple(x) for x in t["operators"][s]["identifiers"]}
    if oi != {(k, v) for p in ps for k, v, _ in p["identifiers"]}: fail(f"{s} operator identifiers mismatch")
for s in inds:
    if len(by_seller[s]) != 1: fail(f"{s} has {len(by_seller[s])} pages")

kinds = set()
for d in t["decoys"]:
    kinds.add(d["kind"])
    if (d["kind"], d["value"]) in owner: fail(f"decoy {d['value']} is also a seller identifier")
    if not norm_ok(d["kind"], d["value"]): fail(f"decoy bad normalized {d['value']}")
    actual = sorted(p for p, x in texts.items() if any(w in x for w in d["written"]))
    if actual != sorted(d["pages"]): fail(f"decoy {d['value']} pages mismatch")
    for pg in d["pages"]:
        if not any(w in texts.get(pg, "") for w in d["written"]): fail(f"decoy {d['value']} not on {pg}")
    sellers = {tp[pg]["operator"] for pg in d["pages"] if tp[pg]["operator"]}
    if len(sellers) < 2 and len(d["pages"]) < 2: fail(f"decoy {d['value']} on too few pages")
need = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
if need - kinds: fail(f"decoy kinds missing {need - kinds}")

n_pages, n_offer = len(texts), sum(p["is_offer"] for p in t["pages"])
if not 48 <= n_pages <= 56: fail(f"pages {n_pages}")
if not 8 <= len(sites) <= 11: fail(f"sites {len(sites)}")
if not 35 <= n_offer <= 39: fail(f"offers {n_offer}")
if len(t["decoys"]) < 18: fail(f"decoys {len(t['decoys'])}")
print(f"pages={n_pages} sites={len(sites)} offers={n_offer} non_offers={n_pages - n_offer} "
      f"operators={len(ops)} operator_pages={sum(len(by_seller[s]) for s in ops)} "
      f"independents={len(inds)} decoys={len(t['decoys'])} decoy_kinds={len(kinds)}")
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
