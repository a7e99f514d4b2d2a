#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def fail(m): errs.append(m)

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = {}
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            files[p] = open(os.path.join(root, f), encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

# reachability
class L(HTMLParser):
    def __init__(s): super().__init__(); s.h = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v and v.startswith("/"): s.h.append(v)
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in files: continue
    seen.add(p); l = L(); l.feed(files[p]); todo += l.h
for p in files:
    if p not in seen: fail(f"unreachable {p}")

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(ch) * W18[i] for i, ch in enumerate(c[:17])) % 31
    return c[17] == ALPHA[0 if r == 31 else r]

def norm_ok(k, v):
    if k == "phone": return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if k in ("wechat", "email", "domain"): return v == v.lower()
    if k == "uscc": return uscc_ok(v)
    if k in ("qq", "qq_group"): return v.isdigit()
    return k == "other"

tpaths = [p["path"] for p in truth["pages"]]
if set(tpaths) != set(files): fail(f"truth/site page mismatch: {set(tpaths) ^ set(files)}")
owner = {}
by_op = {}
for p in truth["pages"]:
    if p["path"] not in files: fail(f"missing {p['path']}"); continue
    text = files[p["path"]]
    if not p["is_offer"] and (p["operator"] or p["identifiers"]): fail(f"non-offer with operator {p['path']}")
    if p["is_offer"] and not p["operator"]: fail(f"offer without operator {p['path']}")
    for k, v, w in p["identifiers"]:
        if w not in text: fail(f"{p['path']}: written form {w!r} absent")
        if not norm_ok(k, v): fail(f"{p['path']}: bad normalization {k} {v}")
        o = owner.setdefault((k, v), p["operator"])
        if o != p["operator"]: fail(f"identifier {k} {v} shared by {o} and {p['operator']}")
    if p["operator"]: by_op.setdefault(p["operator"], []).append(p)

# operators: 3-4 pages, >=2 sites, connected by shared identifiers
for o in [f"U0{i}" for i in range(1, 10)]:
    ps = by_op.get(o, [])
    if not 3 <= len(ps) <= 4: fail(f"{o} has {len(ps)} pages")
    if len({p["path"].split("/")[1] for p in ps}) < 2: fail(f"{o} on one site only")
    comp, grow = {0}, True
    while grow:
        grow = False
        for i, p in enumerate(ps):
            if i in comp: continue
            s = {(k, v) for k, v, _ in p["identifiers"]}
            if any(s & {(k, v) for k, v, _ in ps[j]["identifiers"]} for j in comp):
                comp.add(i); grow = True
    if len(comp) != len(ps): fail(f"{o} pages not connected by identifiers")
    ids = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
    if ids != {tuple(x) for x in truth["operators"].get(o, {}).get("identifiers", [])}: fail(f"{o} operator identifiers mismatch")
for i in range(1, 7):
    if len(by_op.get(f"I0{i}", [])) != 1: fail(f"I0{i} must have one page")
if set(by_op) != {f"U0{i}" for i in range(1, 10)} | {f"I0{i}" for i in range(1, 7)}: fail(f"unexpected operators {set(by_op)}")

# decoys
dkeys = set()
for d in truth["decoys"]:
    dkeys.add((d["kind"], d["value"]))
    scan = sorted(p for p, t in files.items() if any(w in t for w in d["written"]))
    if scan != sorted(d["pages"]): fail(f"decoy {d['value']} pages differ from scan")
    for pg in d["pages"]:
        if not any(w in files.get(pg, "") for w in d["written"]): fail(f"decoy {d['value']} absent on {pg}")
    sellers = {next(p["operator"] for p in truth["pages"] if p["path"] == pg) for pg in d["pages"]} - {None}
    if len(d["pages"]) < 2: fail(f"decoy {d['value']} on fewer than 2 pages")
    if (d["kind"], d["value"]) in owner: fail(f"decoy {d['value']} is also a seller identifier")
    d["_sellers"] = len(sellers)

n_pages = len(files)
n_sites = len({p.split("/")[1] for p in files if p != "/index.html"})
n_offers = sum(p["is_offer"] for p in truth["pages"])
n_decoys = len(truth["decoys"])
multi = sum(1 for d in truth["decoys"] if d["_sellers"] >= 2)
if not 48 <= n_pages <= 56: fail(f"pages {n_pages}")
if not 8 <= n_sites <= 11: fail(f"sites {n_sites}")
if not 33 <= n_offers <= 41: fail(f"offers {n_offers}")
if n_decoys < 18: fail(f"decoys {n_decoys}")
print(f"pages={n_pages} sites={n_sites} offers={n_offers} non_offers={n_pages - n_offers} "
      f"operators={sum(1 for o in by_op if o.startswith('U'))} independents={sum(1 for o in by_op if o.startswith('I'))} "
      f"decoys={n_decoys} decoys_across_sellers={multi}")
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
