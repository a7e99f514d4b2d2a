#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser

BASE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(BASE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []


def err(m):
    errs.append(m)


def uscc_ok(c):
    if len(c) != 18 or any(x not in ALPHA for x in c):
        return False
    r = 31 - sum(ALPHA.index(x) * w for x, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]


NORM = {"phone": r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$", "qq": r"^\d{5,11}$", "qq_group": r"^\d{5,11}$",
        "email": r"^[a-z0-9._-]+@[a-z0-9.-]+$", "domain": r"^[a-z0-9.-]+\.[a-z]+$", "wechat": r"^[a-z0-9_-]+$"}


def norm_ok(k, v):
    if k == "uscc":
        return uscc_ok(v)
    if k == "other":
        return bool(v)
    return k in NORM and re.match(NORM[k], v) is not None


class Links(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []
    def handle_starttag(self, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v and v.startswith("/"):
                    self.links.append(v)


t = json.load(open(os.path.join(BASE, "truth.json"), encoding="utf-8"))
texts = {}
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            texts[p] = open(os.path.join(root, f), encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")
# reachability
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts:
        continue
    seen.add(p)
    L = Links(); L.feed(texts[p]); todo += L.links
for p in texts:
    if p not in seen:
        err("unreachable " + p)
tp = {p["path"]: p for p in t["pages"]}
if set(tp) != set(texts):
    err("truth pages != html files: %s" % (set(tp) ^ set(texts)))
for p in t["pages"]:
    if p["path"] not in texts:
        err("missing " + p["path"]); continue
    if p["is_offer"] != (p["operator"] is not None):
        err("offer/operator mismatch " + p["path"])
    for k, v, w in p["identifiers"]:
        if not norm_ok(k, v):
            err("bad normalization %s %s %s" % (p["path"], k, v))
        if w not in texts[p["path"]]:
            err("written form %r not on %s" % (w, p["path"]))
ops = {}
for p in t["pages"]:
    if p["operator"]:
        ops.setdefault(p["operator"], []).append(p)
U = sorted(o for o in ops if o.startswith("U"))
Ind = sorted(o for o in ops if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]:
    err("operators %s" % U)
if Ind != ["I%02d" % i for i in range(1, 7)]:
    err("independents %s" % Ind)
idx = {}
for p in t["pages"]:
    for k, v, _ in p["identifiers"]:
        idx.setdefault((k, v), set()).add(p["operator"])
for key, owners in idx.items():
    if len(owners) > 1:
        err("identifier %s shared by %s" % (key, owners))
for o in U:
    pg = ops[o]
    if not 3 <= len(pg) <= 4:
        err("%s has %d pages" % (o, len(pg)))
    if len({p["path"].split("/")[1] for p in pg}) < 2:
        err(o + " on one site only")
    # connectivity via shared identifiers
    comp = {0}; ch = True
    while ch:
        ch = False
        for i, p in enumerate(pg):
            if i in comp: continue
            ki = {(k, v) for k, v, _ in p["identifiers"]}
            if any(ki & {(k, v) for k, v, _ in pg[j]["identifiers"]} for j in comp):
                comp.add(i); ch = True
    if len(comp) != len(pg):
        err(o + " pages not connected by identifiers")
    want = {(k, v) for p in pg for k, v, _ in p["identifiers"]}
    if want != {tuple(x) for x in t["operators"][o]["identifiers"]}:
        err(o + " operator identifiers mismatch")
for o in Ind:
    if len(ops[o]) != 1:
        err(o + " should have one page")
dk = set()
for d in t["decoys"]:
    dk.add(d["kind"])
    scan = sorted(p for p, x in texts.items() if any(w in x for w in d["written"]))
    if sorted(d["pages"]) != scan:
        err("decoy %s pages mismatch" % d["value"])
    for pth in d["pages"]:
        if not any(w in texts.get(pth, "") for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], pth))
    sellers = {tp[x]["operator"] for x in d["pages"] if tp[x]["operator"]}
    if len(d["pages"]) < 2:
        err("decoy %s on fewer than 2 pages" % d["value"])
    if (d["kind"], d["value"]) in idx:
        err("decoy %s is also a seller identifier" % d["value"])
n_pages = len(texts)
n_offer = sum(p["is_offer"] for p in t["pages"])
n_sites = len({p.split("/")[1] for p in texts if p.count("/") > 1})
if not 48 <= n_pages <= 56: err("page count %d" % n_pages)
if not 8 <= n_sites <= 11: err("site count %d" % n_sites)
if not 34 <= n_offer <= 40: err("offer count %d" % n_offer)
if len(t["decoys"]) < 18: err("decoys %d" % len(t["decoys"]))
missing = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"} - dk
if missing: err("decoy kinds missing %s" % missing)
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d" % (
    n_pages, n_sites, n_offer, n_pages - n_offer, len(U), len(Ind), len(t["decoys"])))
for e in errs:
    print("FAIL:", e)
sys.exit(1 if errs else 0)
