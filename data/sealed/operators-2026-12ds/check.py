#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def err(m): errors.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPH.index(x) * w for x, w in zip(c[:17], W)) % 31
    return c[17] == ALPH[0 if r == 31 else r]

NORM = {"phone": r"\+86\d{11}|0\d{9,11}|[48]00\d{7}|\d{5}", "wechat": r"[a-z0-9_-]{4,30}", "qq": r"\d{5,11}",
        "qq_group": r"\d{5,11}", "email": r"[a-z0-9._-]+@[a-z0-9.-]+", "domain": r"[a-z0-9.-]+\.[a-z]{2,}", "other": r".+", "uscc": r"[0-9A-Y]{18}"}

def occurs(w, text):
    if re.fullmatch(r"[0-9 -]+", w):
        return re.search(r"(?<![0-9])" + re.escape(w) + r"(?![0-9])", text) is not None
    return w in text

class Links(HTMLParser):
    def __init__(self): super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if tag == "a" and k == "href" and v and v.startswith("/"): self.links.append(v.split("#")[0])

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
html = {}
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            p = os.path.join(root, f)
            html["/" + os.path.relpath(p, SITE).replace(os.sep, "/")] = open(p, encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing")
# reachability
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    lp = Links(); lp.feed(html.get(todo.pop(), ""))
    for l in lp.links:
        if l in html and l not in seen: seen.add(l); todo.append(l)
for p in html:
    if p not in seen: err("unreachable " + p)
hub = Links(); hub.feed(html["/index.html"])
sites = sorted({p.split("/")[1] for p in html if p.count("/") == 2})
for s in sites:
    if "/%s/index.html" % s not in hub.links: err("hub misses " + s)

tp = {p["path"]: p for p in truth["pages"]}
if set(tp) != set(html): err("truth pages != html pages: %s" % (set(tp) ^ set(html)))
byop = {}
for p in truth["pages"]:
    t = html.get(p["path"])
    if t is None: err("missing " + p["path"]); continue
    if p["is_offer"] != bool(p["operator"]): err("offer/operator mismatch " + p["path"])
    if p["operator"]: byop.setdefault(p["operator"], []).append(p)
    for k, v, w in p["identifiers"]:
        if k not in NORM or not re.fullmatch(NORM[k], v): err("bad normalized %s %s" % (k, v))
        if k == "uscc" and not uscc_ok(v): err("bad USCC " + v)
        if w not in t: err("written %r not on %s" % (w, p["path"]))
ops = sorted(o for o in byop if o.startswith("U")); inds = sorted(o for o in byop if o.startswith("I"))
if ops != ["U%02d" % i for i in range(1, 10)]: err("operators " + str(ops))
if inds != ["I%02d" % i for i in range(1, 7)]: err("independents " + str(inds))
owner = {}
for o, ps in byop.items():
    if o.startswith("U"):
        if not 3 <= len(ps) <= 4: err("%s has %d pages" % (o, len(ps)))
        if len({p["path"].split("/")[1] for p in ps}) < 2: err(o + " on one site only")
        # connected by shared identifiers
        comp = {ps[0]["path"]}; changed = True
        while changed:
            changed = False
            vals = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
            for p in ps:
                if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}:
                    comp.add(p["path"]); changed = True
        if len(comp) != len(ps): err(o + " pages not chained by identifiers")
        tids = {tuple(x) for x in truth["operators"][o]["identifiers"]}
        if tids != {(k, v) for p in ps for k, v, _ in p["identifiers"]}: err(o + " operator identifiers differ from pages")
    elif len(ps) != 1: err(o + " independent with %d pages" % len(ps))
    for p in ps:
        for k, v, _ in p["identifiers"]:
            if owner.setdefault((k, v), o) != o: err("identifier %s shared by %s and %s" % (v, owner[(k, v)], o))
dkinds = set()
for d in truth["decoys"]:
    dkinds.add(d["kind"])
    if (d["kind"], d["value"]) in owner: err("decoy is a seller identifier: " + d["value"])
    actual = sorted(p for p, t in html.items() if any(occurs(w, t) for w in d["written"]))
    if actual != sorted(d["pages"]): err("decoy %s pages %s != %s" % (d["value"], d["pages"], actual))
    for w in d["written"]:
        if not any(occurs(w, html[p]) for p in d["pages"] if p in html): err("decoy form %r nowhere" % w)
    for p in d["pages"]:
        if p not in html or not any(occurs(w, html[p]) for w in d["written"]): err("decoy %s not on %s" % (d["value"], p))
n = len(html); offers = sum(p["is_offer"] for p in truth["pages"])
if not 48 <= n <= 56: err("page count %d" % n)
if not 8 <= len(sites) <= 11: err("site count %d" % len(sites))
if not 34 <= offers <= 40: err("offer count %d" % offers)
if len(truth["decoys"]) < 18: err("decoys %d" % len(truth["decoys"]))
missing = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"} - dkinds
if missing: err("decoy kinds missing %s" % missing)
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%d" % (
    n, len(sites), offers, n - offers, len(ops), sum(len(byop[o]) for o in ops), len(inds), len(truth["decoys"]), len(dkinds)))
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
