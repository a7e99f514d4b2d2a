#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []
def err(m): errors.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(x) * w for x, w in zip(c[:17], W)) % 31
    return c[17] == ALPHA[0 if r == 31 else r]

def norm_ok(k, v):
    if k == "phone": return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if k == "uscc": return uscc_ok(v)
    if k in ("wechat", "email", "domain"): return v == v.lower()
    if k in ("qq", "qq_group"): return v.isdigit()
    return True

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
files = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            files[p] = open(os.path.join(dp, f), encoding="utf-8").read()
tp = {p["path"]: p for p in t["pages"]}
if set(tp) != set(files): err("truth pages != html files: %s" % (set(tp) ^ set(files)))
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing")

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in files: continue
    seen.add(p)
    for h in re.findall(r"href=['\"]([^'\"#]+)['\"]", files[p]):
        if "://" in h: continue
        todo.append(os.path.normpath(os.path.join(os.path.dirname(p), h)).replace(os.sep, "/"))
if seen != set(files): err("unreachable: %s" % sorted(set(files) - seen))

ops = Counter(); ind = Counter()
for p in t["pages"]:
    text = files.get(p["path"], "")
    o = p["operator"]
    if p["is_offer"]:
        if not o or not re.fullmatch(r"[UI]0\d", o): err("offer without operator %s" % p["path"])
        if not p["provider"] or p["provider"] not in text: err("provider not on page %s" % p["path"])
        (ops if o.startswith("U") else ind)[o] += 1
    elif o is not None: err("non-offer with operator %s" % p["path"])
    for k, v, w in p["identifiers"]:
        if k not in KINDS: err("bad kind %s" % k)
        if not norm_ok(k, v): err("bad normalized value %s %s" % (k, v))
        if w not in text: err("written form %r missing on %s" % (w, p["path"]))

# operators: identifiers consistent, pages on different sites, connected by shared identifiers
for o, d in t["operators"].items():
    pages = [p for p in t["pages"] if p["operator"] == o]
    if not 3 <= len(pages) <= 4: err("%s has %d pages" % (o, len(pages)))
    if len({p["path"].split("/")[1] for p in pages}) < 2: err("%s on one site" % o)
    ids = {(k, v) for p in pages for k, v, _ in p["identifiers"]}
    if ids != {tuple(x) for x in d["identifiers"]}: err("%s identifiers mismatch" % o)
    comp = {pages[0]["path"]}; changed = True
    while changed:
        changed = False
        for p in pages:
            if p["path"] in comp: continue
            mine = {(k, v) for k, v, _ in p["identifiers"]}
            if any(mine & {(k, v) for q in pages if q["path"] in comp for k, v, _ in q["identifiers"]} for _ in [0]):
                comp.add(p["path"]); changed = True
    if len(comp) != len(pages): err("%s pages not chained by shared identifiers" % o)
# independents share nothing with anyone
allids = Counter()
for p in t["pages"]:
    if p["operator"]:
        for k, v, _ in set((k, v, "") for k, v, _ in p["identifiers"]):
            allids[(k, v, p["operator"])] += 1
owners = Counter((k, v) for k, v, _ in allids)
for (k, v), n in owners.items():
    if n > 1: err("identifier %s %s shared by different operators" % (k, v))
for i, n in ind.items():
    if n != 1: err("%s has %d pages" % (i, n))

# decoys
dk = Counter()
for d in t["decoys"]:
    dk[d["kind"]] += 1
    if not norm_ok(d["kind"], d["value"]) and d["kind"] != "phone": err("bad decoy value %s" % d["value"])
    scan = sorted(p for p, x in files.items() if any(w in x for w in d["written"]))
    if scan != sorted(d["pages"]): err("decoy %s pages mismatch" % d["value"])
    for p in d["pages"]:
        if not any(w in files.get(p, "") for w in d["written"]): err("decoy %s missing on %s" % (d["value"], p))
    sellers = {tp[p]["operator"] for p in d["pages"] if tp[p]["operator"]}
    if len(d["pages"]) < 2: err("decoy %s on fewer than 2 pages" % d["value"])
    for p in t["pages"]:
        if any(v == d["value"] for _, v, _ in p["identifiers"]): err("decoy %s listed as seller id" % d["value"])

n_pages = len(files); n_sites = len({p.split("/")[1] for p in files if p.count("/") > 1})
n_off = sum(p["is_offer"] for p in t["pages"])
if not 48 <= n_pages <= 56: err("page count %d" % n_pages)
if not 8 <= n_sites <= 11: err("site count %d" % n_sites)
if not 35 <= n_off <= 39: err("offer count %d" % n_off)
if len(ops) != 9 or len(t["operators"]) != 9: err("operators %d" % len(ops))
if len(ind) != 6: err("independents %d" % len(ind))
if len(t["decoys"]) < 18: err("decoys %d" % len(t["decoys"]))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%d"
      % (n_pages, n_sites, n_off, n_pages - n_off, len(ops), sum(ops.values()), len(ind), len(t["decoys"]), len(dk)))
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
