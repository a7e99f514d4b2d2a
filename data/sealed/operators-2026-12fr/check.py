#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser
from urllib.parse import urljoin

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []

def fail(msg):
    errors.append(msg)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18))
    r = (31 - s % 31) % 31
    return c[17] == ALPHA[r]

def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    if kind == "uscc":
        return uscc_ok(v)
    return kind == "other"

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            html[p] = open(os.path.join(dp, f), encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

# reachability from hub
class L(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []
    def handle_starttag(self, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v:
                    self.links.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    lp = L(); lp.feed(html.get(cur, ""))
    for h in lp.links:
        t = urljoin("http://x" + cur, h)[len("http://x"):].split("#")[0]
        if t in html and t not in seen:
            seen.add(t); todo.append(t)
for p in html:
    if p not in seen:
        fail(f"unreachable from hub: {p}")

pages = truth["pages"]
paths = [p["path"] for p in pages]
if len(set(paths)) != len(paths):
    fail("duplicate paths in truth")
if set(paths) != set(html):
    fail(f"truth/site mismatch: {sorted(set(paths) ^ set(html))}")
sites = sorted({p.split("/")[1] for p in html if p.count("/") >= 2})
hub = html.get("/index.html", "")
for s in sites:
    if f'href="{s}/index.html"' not in hub:
        fail(f"hub does not link {s}/index.html")

op_pages, ind_pages = {}, {}
for p in pages:
    if p["path"] not in html:
        fail(f"missing page {p['path']}"); continue
    h = html[p["path"]]
    if not p["is_offer"] and p["operator"] is not None:
        fail(f"non-offer with operator {p['path']}")
    if p["is_offer"] and not p["operator"]:
        fail(f"offer without operator {p['path']}")
    for k, v, w in p["identifiers"]:
        if w not in h:
            fail(f"{p['path']}: written form {w!r} not on page")
        if not norm_ok(k, v):
            fail(f"{p['path']}: bad normalized {k} {v}")
    o = p["operator"]
    if o and o.startswith("U"):
        op_pages.setdefault(o, []).append(p)
    elif o and o.startswith("I"):
        ind_pages.setdefault(o, []).append(p)

# operators
if sorted(op_pages) != [f"U0{i}" for i in range(1, 10)]:
    fail(f"operators: {sorted(op_pages)}")
for o, ps in op_pages.items():
    if not 3 <= len(ps) <= 4:
        fail(f"{o} has {len(ps)} pages")
    if len({p['path'].split('/')[1] for p in ps}) < 2:
        fail(f"{o} on one site only")
    opids = {tuple(x) for x in truth["operators"][o]["identifiers"]}
    for p in ps:
        for k, v, w in p["identifiers"]:
            if (k, v) not in opids:
                fail(f"{o}: {k} {v} not in operator identifiers")
    # connectivity by shared identifiers
    comp = {0}; changed = True
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
    while changed:
        changed = False
        for i in range(len(ps)):
            if i not in comp and any(sets[i] & sets[j] for j in comp):
                comp.add(i); changed = True
    if len(comp) != len(ps):
        fail(f"{o}: pages not chained by shared identifiers")
if sorted(ind_pages) != [f"I0{i}" for i in range(1, 7)] or any(len(v) != 1 for v in ind_pages.values()):
    fail(f"independents wrong: {ind_pages.keys()}")
owner = {}
for p in pages:
    for k, v, _ in p["identifiers"]:
        if p["operator"]:
            owner.setdefault((k, v), set()).add(p["operator"])
for key, os_ in owner.items():
    if len(os_) > 1:
        fail(f"identifier {key} shared by {os_}")

# decoys
dec = truth["decoys"]
if len(dec) < 18:
    fail(f"only {len(dec)} decoys")
for d in dec:
    if (d["kind"], d["value"]) in owner:
        fail(f"decoy {d['value']} is also a seller identifier")
    actual = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if actual != sorted(d["pages"]):
        fail(f"decoy {d['value']}: pages {d['pages']} != scanned {actual}")
    for p in d["pages"]:
        if p not in html or not any(w in html[p] for w in d["written"]):
            fail(f"decoy {d['value']} not on {p}")
    if len(d["pages"]) < 2:
        fail(f"decoy {d['value']} on fewer than 2 pages")
    if not norm_ok(d["kind"], d["value"]):
        fail(f"decoy bad normalized {d['kind']} {d['value']}")
    # sellers whose offer pages carry it
    sellers = {p["operator"] for p in pages if p["path"] in d["pages"] and p["operator"]}
    d["_sellers"] = len(sellers)

offers = sum(p["is_offer"] for p in pages)
n = len(html)
if not 48 <= n <= 56:
    fail(f"{n} pages")
if not 8 <= len(sites) <= 11:
    fail(f"{len(sites)} sites")
if not 35 <= offers <= 39:
    fail(f"{offers} offers")
print(f"pages={n} sites={len(sites)} offers={offers} non_offers={n - offers} operators={len(op_pages)} "
      f"operator_pages={sum(len(v) for v in op_pages.values())} independents={len(ind_pages)} decoys={len(dec)} "
      f"decoys_across_sellers={sum(1 for d in dec if d['_sellers'] >= 2)}")
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
