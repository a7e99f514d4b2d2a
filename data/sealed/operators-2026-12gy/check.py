#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def fail(m): errors.append(m)

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            fp = os.path.join(dp, f)
            html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

# robots, hub, reachability
rb = os.path.join(SITE, "robots.txt")
if not os.path.exists(rb) or "Allow: /" not in open(rb, encoding="utf-8").read():
    fail("robots.txt missing or not allowing all")
if "/index.html" not in html:
    fail("hub missing")
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html: continue
    seen.add(p)
    for h in re.findall(r'href="([^"#]+)"', html[p]):
        if h.startswith("http"): continue
        todo.append("/" + os.path.normpath(os.path.join(os.path.dirname(p)[1:], h)).replace(os.sep, "/").lstrip("/"))
for p in html:
    if p not in seen: fail(f"unreachable: {p}")

# pages
paths = [p["path"] for p in truth["pages"]]
if set(paths) != set(html): fail(f"truth pages != html files: {set(paths) ^ set(html)}")
def norm_ok(kind, v):
    if kind == "phone": return bool(re.fullmatch(r"\+86\d{11}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"): return v == v.lower()
    if kind in ("qq", "qq_group"): return v.isdigit()
    if kind == "uscc":
        if len(v) != 18 or any(c not in ALPHA for c in v): return False
        r = 31 - sum(ALPHA.index(c) * w for c, w in zip(v[:17], W18)) % 31
        return ALPHA[0 if r == 31 else r] == v[17]
    return kind == "other"
owner_of = defaultdict(set)   # (kind,value) -> operators
written_of = defaultdict(set)
offers = 0
ops_pages = defaultdict(list)
for p in truth["pages"]:
    h = html.get(p["path"], "")
    if p["is_offer"]:
        offers += 1
        if not p["operator"]: fail(f"offer without operator {p['path']}")
        ops_pages[p["operator"]].append(p)
    elif p["operator"] or p["identifiers"]:
        fail(f"non-offer with operator/ids {p['path']}")
    for k, v, w in p["identifiers"]:
        if not norm_ok(k, v): fail(f"bad normalization {k} {v} on {p['path']}")
        if w not in h: fail(f"written form {w!r} missing on {p['path']}")
        owner_of[(k, v)].add(p["operator"])
        written_of[(k, v)].add(w)
for key, owners in owner_of.items():
    if len(owners) > 1: fail(f"identifier {key} shared by {owners}")
# a seller's written form must not appear on another seller's page
page_op = {p["path"]: p["operator"] for p in truth["pages"]}
for key, ws in written_of.items():
    (own,) = owner_of[key]
    for path, h in html.items():
        if page_op[path] and page_op[path] != own and any(w in h for w in ws):
            fail(f"{key} of {own} appears on {path} ({page_op[path]})")

# operators: 3-4 pages, connected by shared identifiers; independents 1 page
U = sorted(o for o in ops_pages if o.startswith("U"))
I = sorted(o for o in ops_pages if o.startswith("I"))
for o in U:
    pg = ops_pages[o]
    if not 3 <= len(pg) <= 4: fail(f"{o} has {len(pg)} pages")
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in pg]
    comp, grow = {0}, True
    while grow:
        grow = False
        for i in range(len(pg)):
            if i not in comp and any(sets[i] & sets[j] for j in comp):
                comp.add(i); grow = True
    if len(comp) != len(pg): fail(f"{o} pages not connected by identifiers")
    if len({p["site"] if "site" in p else p["path"].split("/")[1] for p in pg}) < 2: fail(f"{o} on one site only")
    ti = truth["operators"].get(o)
    if not ti or {tuple(x) for x in ti["identifiers"]} != set().union(*sets): fail(f"operators entry for {o} wrong")
for o in I:
    if len(ops_pages[o]) != 1: fail(f"{o} has {len(ops_pages[o])} pages")

# decoys
kinds = set()
for d in truth["decoys"]:
    pg = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if not pg: fail(f"decoy {d['value']} appears nowhere")
    if pg != sorted(d["pages"]): fail(f"decoy {d['value']} pages mismatch: {pg} vs {d['pages']}")
    for w in d["written"]:
        if not any(w in html.get(p, "") for p in d["pages"]): fail(f"decoy written form {w!r} on none of its pages")
    if (d["kind"], d["value"]) in owner_of: fail(f"decoy {d['value']} is also a seller identifier")
    kinds.add(d["kind"])

n_sites = len({p.split("/")[1] for p in html if p.count("/") > 1})
counts = dict(pages=len(html), sites=n_sites, offers=offers, non_offers=len(html) - offers,
              operators=len(U), independents=len(I), decoys=len(truth["decoys"]),
              decoy_kinds=len(kinds))
if not 48 <= len(html) <= 56: fail("page count out of range")
if not 8 <= n_sites <= 11: fail("site count out of range")
if len(U) != 9 or len(I) != 6: fail("operator/independent count wrong")
if len(truth["decoys"]) < 18: fail("fewer than 18 decoys")
if not 34 <= offers <= 40: fail("offer count not about 37")
print(" ".join(f"{k}={v}" for k, v in counts.items()))
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
