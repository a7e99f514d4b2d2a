#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
T = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
ERR = []
def err(m): ERR.append(m)

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

NORM = {
 "phone": lambda v: re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v),
 "wechat": lambda v: v == v.lower(), "email": lambda v: v == v.lower() and "@" in v,
 "domain": lambda v: v == v.lower() and "." in v and not v.startswith("www."),
 "qq": lambda v: re.fullmatch(r"\d{5,11}", v), "qq_group": lambda v: re.fullmatch(r"\d{5,11}", v),
 "uscc": uscc_ok, "other": lambda v: bool(v),
}

def read(path):
    fp = os.path.join(SITE, path.lstrip("/"))
    if not os.path.isfile(fp):
        err("missing " + path); return ""
    return open(fp, encoding="utf-8").read()

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href": s.links.append(v)
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen: continue
    seen.add(p)
    l = L(); l.feed(read(p))
    for h in l.links:
        h = h if h.startswith("/") else os.path.dirname(p) + "/" + h
        if h not in seen: todo.append(h)
all_html = sorted("/" + os.path.relpath(os.path.join(d, f), SITE) for d, _, fs in os.walk(SITE) for f in fs if f.endswith(".html"))
for p in all_html:
    if p not in seen: err("unreachable " + p)
if not os.path.isfile(os.path.join(SITE, "robots.txt")): err("no robots.txt")

pages = T["pages"]
paths = [p["path"] for p in pages]
if sorted(paths) != sorted(x for x in all_html if x != "/index.html"): err("truth pages differ from site pages")
text = {p: read(p) for p in paths}
owner = {}
for p in pages:
    op = p["operator"]
    if p["is_offer"] != (op is not None): err("offer/operator mismatch " + p["path"])
    if not p["is_offer"] and p["identifiers"]: err("non-offer with identifiers " + p["path"])
    for k, v, w in p["identifiers"]:
        if k not in NORM or not NORM[k](v): err("bad normalization %s %s %s" % (p["path"], k, v))
        if w not in text[p["path"]]: err("written form %r not on %s" % (w, p["path"]))
        owner.setdefault((k, v), set()).add(op)
for key, ops in owner.items():
    if len(ops) > 1: err("identifier %s shared by %s" % (key, ops))

# operators: 3-4 pages, >=2 sites, connected by shared identifiers; independents 1 page
byop = {}
for p in pages:
    if p["operator"]: byop.setdefault(p["operator"], []).append(p)
U = sorted(o for o in byop if o.startswith("U")); I = sorted(o for o in byop if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: err("operators " + str(U))
if I != ["I%02d" % i for i in range(1, 7)]: err("independents " + str(I))
for o in U:
    ps = byop[o]
    if not 3 <= len(ps) <= 4: err("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2: err(o + " on one site")
    comp, grow = {0}, True
    while grow:
        grow = False
        for i, p in enumerate(ps):
            if i in comp: continue
            vi = {(k, v) for k, v, _ in p["identifiers"]}
            if any(vi & {(k, v) for k, v, _ in ps[j]["identifiers"]} for j in comp):
                comp.add(i); grow = True
    if len(comp) != len(ps): err(o + " pages not connected")
    tops = T["operators"].get(o)
    if not tops: err("missing operators entry " + o)
    else:
        want = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
        if {tuple(x) for x in tops["identifiers"]} != want: err(o + " identifier list mismatch")
        if set(tops["brands"]) != {p["provider"] for p in ps}: err(o + " brand mismatch")
for o in I:
    if len(byop[o]) != 1: err(o + " not one page")

# every seller identifier's written form must not appear on another seller's page
for p in pages:
    for k, v, w in p["identifiers"]:
        for q in pages:
            if q["operator"] and q["operator"] != p["operator"] and w in text[q["path"]]:
                err("written %r of %s also on %s" % (w, p["operator"], q["path"]))

# decoys
kinds = set()
for d in T["decoys"]:
    scan = sorted(p for p in paths if any(w in text[p] for w in d["written"]))
    if not d["pages"]: err("decoy without pages " + d["value"])
    if scan != sorted(d["pages"]): err("decoy pages mismatch " + d["value"])
    for p in d["pages"]:
        if not any(w in text.get(p, "") for w in d["written"]): err("decoy %s not on %s" % (d["value"], p))
    if (d["kind"], d["value"]) in owner: err("decoy is a seller identifier " + d["value"])
    sellers = {q["operator"] for q in pages if q["path"] in d["pages"] and q["operator"]}
    if len(sellers) >= 2: kinds.add(d["value"])

n = len(pages); offers = sum(p["is_offer"] for p in pages)
sites = len({p.split("/")[1] for p in paths})
if not 48 <= n <= 56: err("page count %d" % n)
if not 8 <= sites <= 11: err("site count %d" % sites)
if not 34 <= offers <= 40: err("offer count %d" % offers)
if len(T["decoys"]) < 18: err("decoys %d" % len(T["decoys"]))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d decoys_across_sellers=%d errors=%d"
      % (n, sites, offers, n - offers, len(U), len(I), len(T["decoys"]), len(kinds), len(ERR)))
for e in ERR: print("FAIL:", e)
sys.exit(1 if ERR else 0)
