#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any failure."""
import json, os, re, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"; W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
errs = []
def err(m): errs.append(m)
t = json.load(open("truth.json", encoding="utf-8"))
html = {}
for root, _, files in os.walk("site"):
    for f in files:
        if f.endswith(".html"):
            p = os.path.join(root, f); html["/" + os.path.relpath(p, "site").replace(os.sep, "/")] = open(p, encoding="utf-8").read()
if not os.path.exists("site/robots.txt"): err("robots.txt missing")
paths = [p["path"] for p in t["pages"]]
if len(paths) != len(set(paths)): err("duplicate pages in truth")
if set(paths) != set(html): err(f"pages mismatch: {set(paths) ^ set(html)}")
# reachability from /index.html
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in html: continue
    seen.add(u); todo += re.findall(r"href='(/[^']+\.html)'", html[u])
if seen != set(html): err(f"unreachable: {set(html) - seen}")
def valid(kind, v):
    if kind == "phone": return bool(re.fullmatch(r"\+861\d{10}|0\d{2,3}\d{7,8}|[48]00\d{7}|123\d\d", v))
    if kind in ("wechat", "qq", "email", "domain", "qq_group"): return v == v.lower()
    if kind == "uscc":
        return (len(v) == 18 and all(c in ALPH for c in v) and
                ALPH[(31 - sum(ALPH.index(c)*w for c, w in zip(v, W)) % 31) % 31] == v[17])
    return kind == "other"
owner = {p["path"]: p["operator"] for p in t["pages"]}
vals = {}
for p in t["pages"]:
    h = html.get(p["path"], "")
    if not p["is_offer"] and (p["operator"] or p["identifiers"]): err(f"non-offer with operator/ids {p['path']}")
    if p["is_offer"] and not (p["operator"] and p["provider"] and p["identifiers"]): err(f"offer lacks data {p['path']}")
    for k, v, w in p["identifiers"]:
        if w not in h: err(f"{p['path']}: written {w!r} not on page")
        if not valid(k, v): err(f"{p['path']}: bad value {k} {v}")
        vals.setdefault((k, v), set()).add(p["path"])
ops = {}
for p in t["pages"]:
    if p["operator"]: ops.setdefault(p["operator"], []).append(p)
U = sorted(o for o in ops if o.startswith("U")); I = sorted(o for o in ops if o.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]: err(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]: err(f"independents {I}")
for o in U:
    pg = ops[o]
    if not 3 <= len(pg) <= 4: err(f"{o} has {len(pg)} pages")
    for p in pg:
        mine = {(k, v) for k, v, _ in p["identifiers"]}
        if not any(q is not p and mine & {(k, v) for k, v, _ in q["identifiers"]} for q in pg): err(f"{o} {p['path']} shares nothing")
    to = t["operators"].get(o)
    if not to: err(f"{o} missing in operators"); continue
    if set(map(tuple, to["identifiers"])) != {(k, v) for p in pg for k, v, _ in p["identifiers"]}: err(f"{o} identifiers mismatch")
    if set(to["brands"]) != {p["provider"] for p in pg}: err(f"{o} brands mismatch")
for (k, v), ps in vals.items():
    os_ = {owner[x] for x in ps}
    if len(os_) > 1: err(f"identifier {k} {v} shared across owners {os_}")
for o in I:
    if len(ops[o]) != 1: err(f"{o} must have one page")
dvals = set()
for d in t["decoys"]:
    if not valid(d["kind"], d["value"]): err(f"decoy bad value {d['value']}")
    for pth in d["pages"]:
        if not any(w in html.get(pth, "") for w in d["written"]): err(f"decoy {d['value']} not on {pth}")
    for pth, h in html.items():
        if any(w in h for w in d["written"]) and pth not in d["pages"]: err(f"decoy {d['value']} also on unlisted {pth}")
    if len(d["pages"]) < 2 or len({owner[x] for x in d["pages"]}) < 2: err(f"decoy {d['value']} not on 2 owners")
    if (d["kind"], d["value"]) in vals: err(f"decoy {d['value']} is also an identifier")
    dvals.add(d["value"])
n = len(t["pages"]); no = sum(p["is_offer"] for p in t["pages"])
if not 48 <= n <= 56: err(f"pages {n}")
if not 34 <= no <= 40: err(f"offers {no}")
if len(t["decoys"]) < 18: err("decoys < 18")
styles = {p.split("/")[1] for p in html if p.count("/") == 2}
if not 8 <= len(styles) <= 11: err(f"styles {len(styles)}")
print(f"pages={n} offers={no} non_offers={n-no} operators={len(U)} independents={len(I)} decoys={len(t['decoys'])} sites={len(styles)}")
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
