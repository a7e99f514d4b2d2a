#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints counts."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
errs = []
def err(m): errs.append(m)

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(v):
    if len(v) != 18 or any(c not in ALPHA for c in v): return False
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(v[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == v[17]
def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"): return v == v.lower()
    if kind in ("qq", "qq_group"): return v.isdigit()
    if kind == "uscc": return uscc_ok(v)
    return kind == "other"

texts = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            fp = os.path.join(dp, f)
            texts["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

paths = [p["path"] for p in t["pages"]]
if len(set(paths)) != len(paths): err("duplicate paths")
if set(paths) != set(texts): err("truth pages != html files: %s" % (set(paths) ^ set(texts)))
for p in t["pages"]:
    tx = texts.get(p["path"])
    if tx is None: err("missing " + p["path"]); continue
    if p["is_offer"] != (p["operator"] is not None): err("offer/operator mismatch " + p["path"])
    for kind, val, w in p["identifiers"]:
        if w not in tx: err("%s: written %r not on page" % (p["path"], w))
        if not norm_ok(kind, val): err("%s: bad normalisation %s %r" % (p["path"], kind, val))
        op = p["operator"]
        if op and op.startswith("U") and [kind, val] not in t["operators"][op]["identifiers"]:
            err("%s: identifier %s not in operator %s" % (p["path"], val, op))

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.h = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v.startswith("/"): s.h.append(v)
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in texts: continue
    seen.add(u); l = L(); l.feed(texts[u]); todo += l.h
if seen != set(texts): err("unreachable: %s" % sorted(set(texts) - seen))
if not os.path.exists(os.path.join(SITE, "robots.txt")): err("no robots.txt")

# operators: 3-4 pages, on >=2 sites, connected by shared identifiers
offers = [p for p in t["pages"] if p["is_offer"]]
ops = sorted(t["operators"])
if ops != ["U0%d" % i for i in range(1, 10)]: err("operators " + str(ops))
for o in ops:
    ps = [p for p in offers if p["operator"] == o]
    if not 3 <= len(ps) <= 4: err("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2: err(o + " on one site")
    comp = {ps[0]["path"]}; ch = True
    while ch:
        ch = False
        for p in ps:
            if p["path"] in comp: continue
            ids = {(k, v) for k, v, _ in p["identifiers"]}
            if any(ids & {(k, v) for k, v, _ in q["identifiers"]} for q in ps if q["path"] in comp):
                comp.add(p["path"]); ch = True
    if len(comp) != len(ps): err(o + " pages not chained by identifiers")
inds = sorted({p["operator"] for p in offers if p["operator"].startswith("I")})
if inds != ["I0%d" % i for i in range(1, 7)]: err("independents " + str(inds))
for i in inds:
    ps = [p for p in offers if p["operator"] == i]
    if len(ps) != 1: err(i + " must have one page")
    mine = {(k, v) for k, v, _ in ps[0]["identifiers"]}
    for q in offers:
        if q is not ps[0] and mine & {(k, v) for k, v, _ in q["identifiers"]}: err(i + " shares with " + q["path"])
# identifier sets of different sellers disjoint
owner = {}
for p in offers:
    for k, v, _ in p["identifiers"]:
        if owner.setdefault((k, v), p["operator"]) != p["operator"]: err("identifier %s shared by two sellers" % v)

# decoys
sellers = {p["path"]: p["operator"] for p in offers}
for d in t["decoys"]:
    for w in d["written"]:
        for pg in d["pages"]:
            if pg in texts and w not in texts[pg]: err("decoy %r not on %s" % (w, pg))
    scan = sorted(pg for pg, tx in texts.items() if any(w in tx for w in d["written"]))
    if scan != sorted(d["pages"]): err("decoy %s pages mismatch" % d["value"])
    if len({sellers[pg] for pg in d["pages"] if pg in sellers}) < 2: err("decoy %s not across sellers" % d["value"])
    if (d["kind"], d["value"]) in owner: err("decoy %s is a seller identifier" % d["value"])

n_sites = len({p.split("/")[1] for p in texts if p != "/index.html"})
n_off = len(offers)
if not 48 <= len(texts) <= 56: err("page count %d" % len(texts))
if not 8 <= n_sites <= 11: err("site count %d" % n_sites)
if not 34 <= n_off <= 40: err("offer count %d" % n_off)
if len(t["decoys"]) < 18: err("decoys %d" % len(t["decoys"]))
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d" % (
    len(texts), n_sites, n_off, len(texts) - n_off, len(ops), len(inds), len(t["decoys"])))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
