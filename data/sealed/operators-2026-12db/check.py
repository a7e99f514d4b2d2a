#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []

def err(m):
    errors.append(m)

def uscc_ok(v):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", v):
        return False
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(v[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == v[17]

def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    if kind == "uscc":
        return uscc_ok(v)
    return True

t = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))

texts = {}
for root, _, files in os.walk(SITE):
    for n in files:
        if n.endswith(".html"):
            fp = os.path.join(root, n)
            texts["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing all")

# reachability from hub
class L(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []
    def handle_starttag(self, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v:
                    self.links.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    lp = L(); lp.feed(texts.get(cur, ""))
    for h in lp.links:
        if h.startswith(("http:", "https:", "#")):
            continue
        tgt = os.path.normpath(os.path.join(os.path.dirname(cur), h)).replace(os.sep, "/")
        if tgt in texts and tgt not in seen:
            seen.add(tgt); todo.append(tgt)
for pth in texts:
    if pth not in seen:
        err("unreachable from hub: " + pth)

sites = sorted({p.split("/")[1] for p in texts if p.count("/") >= 2})
hub_lp = L(); hub_lp.feed(texts.get("/index.html", ""))
for s in sites:
    if s + "/index.html" not in hub_lp.links:
        err("hub does not link site index " + s)

# pages
tpaths = [p["path"] for p in t["pages"]]
if sorted(tpaths) != sorted(texts):
    err("truth pages and html files differ: %s" % (set(tpaths) ^ set(texts)))
by_owner = defaultdict(list)
owner_of_value = defaultdict(set)
for p in t["pages"]:
    if p["path"] not in texts:
        err("missing file " + p["path"]); continue
    if not p["is_offer"] and (p["operator"] or p["identifiers"]):
        err("non-offer with operator/identifiers " + p["path"])
    if p["is_offer"]:
        if not re.fullmatch(r"[UI]0\d", p["operator"] or ""):
            err("offer without operator " + p["path"])
        if not p["provider"] or p["provider"] not in texts[p["path"]]:
            err("provider not on page " + p["path"])
        by_owner[p["operator"]].append(p)
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS: err("bad kind %s" % kind)
        if not norm_ok(kind, value): err("bad normalization %s %s" % (kind, value))
        if written not in texts[p["path"]]:
            err("written form %r not on %s" % (written, p["path"]))
        owner_of_value[(kind, value)].add(p["operator"])

for (k, v), owners in owner_of_value.items():
    if len(owners) > 1:
        err("identifier %s %s shared by different sellers %s" % (k, v, owners))

# operators: 3-4 pages, connected by shared identifiers; identifiers = union
U = sorted(o for o in by_owner if o.startswith("U"))
I = sorted(o for o in by_owner if o.startswith("I"))
if U != ["U0%d" % i for i in range(1, 10)]: err("operators U01-U09 expected, got %s" % U)
if I != ["I0%d" % i for i in range(1, 7)]: err("independents I01-I06 expected, got %s" % I)
for o in U:
    pages = by_owner[o]
    if not 3 <= len(pages) <= 4: err("%s has %d pages" % (o, len(pages)))
    if len({p["path"].split("/")[1] for p in pages}) < 2: err("%s on a single site" % o)
    comp = {0}; changed = True
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in pages]
    while changed:
        changed = False
        for i in range(len(pages)):
            if i not in comp and any(sets[i] & sets[j] for j in comp):
                comp.add(i); changed = True
    if len(comp) != len(pages): err("%s pages not connected by shared identifiers" % o)
    union = {tuple(x) for s in sets for x in s}
    if {tuple(x) for x in t["operators"][o]["identifiers"]} != union:
        err("%s identifiers != union of its pages" % o)
    if sorted(t["operators"][o]["brands"]) != sorted({p["provider"] for p in pages}):
        err("%s brands mismatch" % o)
for o in I:
    if len(by_owner[o]) != 1: err("%s must have one page" % o)

# decoys
seller_values = set(owner_of_value)
dk = set()
for d in t["decoys"]:
    dk.add(d["kind"])
    if (d["kind"], d["value"]) in seller_values: err("decoy value is a seller identifier: %s" % d["value"])
    scan = sorted(pth for pth, tx in texts.items() if any(w in tx for w in d["written"]))
    if scan != sorted(d["pages"]): err("decoy %s pages mismatch: %s vs %s" % (d["value"], scan, d["pages"]))
    for pth in d["pages"]:
        if not any(w in texts.get(pth, "") for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], pth))
    if not norm_ok(d["kind"], d["value"]): err("decoy normalization %s" % d["value"])
if len(t["decoys"]) < 18: err("fewer than 18 decoys")
if dk != KINDS: err("decoy kinds missing: %s" % (KINDS - dk))
multi = sum(1 for d in t["decoys"]
            if len({p["operator"] for p in t["pages"] if p["path"] in d["pages"] and p["operator"]}) >= 2)

n_pages = len(texts); n_off = sum(p["is_offer"] for p in t["pages"])
if not 48 <= n_pages <= 56: err("page count %d" % n_pages)
if not 8 <= len(sites) <= 11: err("site count %d" % len(sites))
if not 35 <= n_off <= 39: err("offer count %d" % n_off)

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d "
      "decoys_on_several_sellers=%d decoy_kinds=%d identifiers=%d"
      % (n_pages, len(sites), n_off, n_pages - n_off, len(U), sum(len(by_owner[o]) for o in U), len(I),
         len(t["decoys"]), multi, len(dk), len(seller_values)))
if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
print("OK")
