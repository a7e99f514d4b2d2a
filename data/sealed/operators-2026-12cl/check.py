#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure."""
import json, os, re, sys, html
from collections import defaultdict
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
errs = []
def fail(m): errs.append(m)

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(ch) * W18[i] for i, ch in enumerate(c[:17])) % 31
    return c[17] == ALPHA[0 if r == 31 else r]
def value_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|12\d{3}", v))
    if kind in ("wechat", "email", "domain"): return v == v.lower()
    if kind in ("qq", "qq_group"): return v.isdigit() and 5 <= len(v) <= 11
    if kind == "uscc": return uscc_ok(v)
    return kind == "other"

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
files = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/"))
texts = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}
def on(path, w):
    t = texts.get(path, "")
    return w in t or w in html.unescape(t)

if not os.path.exists(os.path.join(SITE, "robots.txt")): fail("robots.txt missing")
paths = [p["path"] for p in truth["pages"]]
if len(paths) != len(set(paths)): fail("duplicate page in truth")
for p in files - set(paths): fail(f"page not in truth: {p}")
for p in set(paths) - files: fail(f"truth page missing on disk: {p}")

owner = {p["path"]: p["operator"] for p in truth["pages"]}
ops_pages, ind_pages = defaultdict(list), defaultdict(list)
idowners = defaultdict(set)
for p in truth["pages"]:
    if not p["is_offer"] and p["operator"] is not None: fail(f"non-offer with operator {p['path']}")
    if p["is_offer"]:
        if not p["operator"] or not p["provider"]: fail(f"offer without operator/provider {p['path']}")
        elif p["operator"].startswith("U"): ops_pages[p["operator"]].append(p)
        elif p["operator"].startswith("I"): ind_pages[p["operator"]].append(p)
        else: fail(f"bad operator {p['operator']}")
    for kind, value, written in p["identifiers"]:
        if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"): fail(f"bad kind {kind}")
        if not value_ok(kind, value): fail(f"bad value {kind} {value} on {p['path']}")
        if not on(p["path"], written): fail(f"written form {written!r} not on {p['path']}")
        idowners[(kind, value)].add(p["operator"] or "page:" + p["path"])

# identifiers never shared between different owners, and written forms never leak
for key, os_ in idowners.items():
    if len(os_) > 1: fail(f"identifier {key} shared by owners {sorted(os_)}")
for p in truth["pages"]:
    for kind, value, written in p["identifiers"]:
        for q in files:
            if owner.get(q) != p["operator"] and q != p["path"] and on(q, written):
                fail(f"{written!r} of {p['path']} also appears on {q} (other owner)")

# operators: 3-4 pages each, connected by shared identifiers
for op, pl in sorted(ops_pages.items()):
    if not 3 <= len(pl) <= 4: fail(f"{op} has {len(pl)} pages")
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in pl]
    comp, todo = {0}, [0]
    while todo:
        i = todo.pop()
        for j in range(len(pl)):
            if j not in comp and sets[i] & sets[j]:
                comp.add(j); todo.append(j)
    if len(comp) != len(pl): fail(f"{op} pages not connected by shared identifiers")
    o = truth["operators"].get(op)
    if not o: fail(f"{op} missing in operators"); continue
    allids = set().union(*sets)
    if {tuple(x) for x in o["identifiers"]} != allids: fail(f"{op} identifiers mismatch")
    if set(o["brands"]) != {p["provider"] for p in pl}: fail(f"{op} brands mismatch")
    if len({p["provider"] for p in pl}) < 2: fail(f"{op} uses one brand only")
if set(truth["operators"]) != set(ops_pages): fail("operators keys differ from page operators")
for op, pl in ind_pages.items():
    if len(pl) != 1: fail(f"{op} has {len(pl)} pages")

# decoys
seller_vals = {v for (k, v) in idowners}
for d in truth["decoys"]:
    if not value_ok(d["kind"], d["value"]): fail(f"decoy bad value {d['value']}")
    if d["value"] in seller_vals: fail(f"decoy {d['value']} is also a seller identifier")
    if len(d["pages"]) < 2: fail(f"decoy {d['value']} on <2 pages")
    if len({owner.get(p) for p in d["pages"]}) < 2: fail(f"decoy {d['value']} not on pages of different owners")
    for p in d["pages"]:
        if p not in files: fail(f"decoy page missing {p}")
        elif not any(on(p, w) for w in d["written"]): fail(f"decoy {d['value']} not on {p}")
    for w in d["written"]:
        if not any(on(p, w) for p in d["pages"]): fail(f"decoy written {w!r} never on its pages")

# crawl from /index.html
class LP(HTMLParser):
    def __init__(self): super().__init__(); self.links = []
    def handle_starttag(self, tag, a):
        if tag == "a":
            h = dict(a).get("href") or ""
            if h.startswith("/"): self.links.append(h.split("#")[0])
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    lp = LP(); lp.feed(texts.get(todo.pop(), ""))
    for h in lp.links:
        if h in files and h not in seen: seen.add(h); todo.append(h)
for p in files - seen: fail(f"unreachable from /index.html: {p}")

styles = set()
for t in texts.values():
    m = re.search(r'<body class="(\w+)"', t)
    if m: styles.add(m.group(1))

n_pages, n_off = len(truth["pages"]), sum(p["is_offer"] for p in truth["pages"])
n_ops, n_ind, n_dec = len(ops_pages), len(ind_pages), len(truth["decoys"])
if not 48 <= n_pages <= 56: fail(f"pages {n_pages}")
if not 34 <= n_off <= 40: fail(f"offers {n_off}")
if not 8 <= len(styles) <= 11: fail(f"styles {len(styles)}")
if sorted(ops_pages) != [f"U0{i}" for i in range(1, 10)]: fail(f"operators {sorted(ops_pages)}")
if sorted(ind_pages) != [f"I0{i}" for i in range(1, 7)]: fail(f"independents {sorted(ind_pages)}")
if n_dec < 18: fail(f"decoys {n_dec}")

print(f"pages={n_pages} offers={n_off} non_offers={n_pages - n_off} styles={len(styles)} "
      f"operators={n_ops} operator_pages={sum(len(v) for v in ops_pages.values())} independents={n_ind} decoys={n_dec}")
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
