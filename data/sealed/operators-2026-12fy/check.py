#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys
from collections import Counter
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
errs = []
def err(m): errs.append(m)

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            fp = os.path.join(d, f)
            html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

paths = [p["path"] for p in t["pages"]]
if len(set(paths)) != len(paths): err("duplicate paths in truth")
for p in paths:
    if p not in html: err(f"missing page {p}")
for p in html:
    if p not in paths: err(f"page not in truth {p}")
if not os.path.exists(os.path.join(SITE, "robots.txt")): err("no robots.txt")

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.l = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v and v.startswith("/"): s.l.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    x = todo.pop(); pr = L(); pr.feed(html.get(x, ""))
    for y in pr.l:
        if y in html and y not in seen: seen.add(y); todo.append(y)
for p in html:
    if p not in seen: err(f"unreachable {p}")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c): return False
    r = 31 - sum(ALPHA.index(ch) * W[i] for i, ch in enumerate(c[:17])) % 31
    return ALPHA[0 if r == 31 else r] == c[17]
def norm_ok(k, v):
    if k == "phone": return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if k == "uscc": return uscc_ok(v)
    if k in ("wechat", "email", "domain"): return v == v.lower()
    if k in ("qq", "qq_group"): return v.isdigit()
    return k == "other"

ops = Counter(); kinds = ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other")
for p in t["pages"]:
    if not p["is_offer"] and p["operator"] is not None: err(f"non-offer with operator {p['path']}")
    if p["is_offer"] and not p["operator"]: err(f"offer without operator {p['path']}")
    if p["operator"]: ops[p["operator"]] += 1
    for k, v, w in p["identifiers"]:
        if k not in kinds: err(f"bad kind {k}")
        if not norm_ok(k, v): err(f"bad normalization {k} {v}")
        if w not in html.get(p["path"], ""): err(f"{p['path']}: written form {w!r} not found")
for op, n in ops.items():
    if op.startswith("U") and not 3 <= n <= 4: err(f"{op} has {n} pages")
    if op.startswith("I") and n != 1: err(f"{op} has {n} pages")
    if op not in t["operators"] and op.startswith("U"): err(f"{op} missing in operators")
for d in t["decoys"]:
    if d["kind"] not in kinds: err(f"bad decoy kind {d['kind']}")
    if not norm_ok(d["kind"], d["value"]): err(f"bad decoy normalization {d['value']}")
    for w in d["written"]:
        if not any(w in h for h in html.values()): err(f"decoy written {w!r} nowhere")
    actual = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if actual != sorted(d["pages"]): err(f"decoy {d['value']} pages mismatch")
    for p in d["pages"]:
        if not any(w in html.get(p, "") for w in d["written"]): err(f"decoy {d['value']} absent on {p}")

n_pages = len(html); n_off = sum(p["is_offer"] for p in t["pages"])
n_sites = len({p.strip('/').split('/')[0] for p in html if p.count('/') > 1})
n_u = len([o for o in ops if o.startswith("U")]); n_i = len([o for o in ops if o.startswith("I")])
dk = sorted({d["kind"] for d in t["decoys"]})
if not 48 <= n_pages <= 56: err(f"pages {n_pages}")
if not 8 <= n_sites <= 11: err(f"sites {n_sites}")
if not 35 <= n_off <= 39: err(f"offers {n_off}")
if n_u != 9 or n_i != 6: err("operator counts")
if len(t["decoys"]) < 18: err("too few decoys")
print(f"pages={n_pages} sites={n_sites} offers={n_off} non_offers={n_pages - n_off} "
      f"operators={n_u} independents={n_i} decoys={len(t['decoys'])} decoy_kinds={len(dk)}")
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
