#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def fail(msg): errors.append(msg)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return c[17] == ALPHA[0 if r == 31 else r]

NORM = {"phone": r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}",
        "wechat": r"[a-z][a-z0-9_-]{5,19}", "qq": r"[1-9]\d{4,10}", "qq_group": r"[1-9]\d{4,10}",
        "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", "domain": r"[a-z0-9.-]+\.[a-z]+", "uscc": r".{18}", "other": r".+"}

class Links(HTMLParser):
    def __init__(self): super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v and v.startswith("/"): self.links.append(v.split("#")[0])

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
pages = {p["path"]: p for p in truth["pages"]}
html = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            path = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            html[path] = open(os.path.join(dp, f), encoding="utf-8").read()
for path in pages:
    if path not in html: fail("missing page " + path)
for path in html:
    if path not in pages: fail("page not in truth " + path)
if not 48 <= len(html) <= 56: fail("page count %d" % len(html))
robots = open(os.path.join(SITE, "robots.txt")).read()
if "Allow: /" not in robots or re.search(r"Disallow:\s*/\S*", robots): fail("robots.txt")

# reachability
sites = sorted({p.split("/")[1] for p in html if p.count("/") > 1})
hubp = Links(); hubp.feed(html.get("/index.html", ""))
for s in sites:
    if "/%s/index.html" % s not in hubp.links: fail("hub misses " + s)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    lp = Links(); lp.feed(html[todo.pop()])
    for l in lp.links:
        if l in html and l not in seen: seen.add(l); todo.append(l)
for p in html:
    if p not in seen: fail("unreachable " + p)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))

# pages
owner_of = {}  # (kind,value) -> set of sellers
for p in truth["pages"]:
    h = html.get(p["path"], "")
    if not p["is_offer"] and (p["operator"] or p["identifiers"]): fail("non-offer with seller " + p["path"])
    if p["is_offer"] and not (p["operator"] and p["provider"]): fail("offer without seller " + p["path"])
    for k, v, w in p["identifiers"]:
        if k not in NORM or not re.fullmatch(NORM[k], v): fail("bad normalization %s %s %s" % (p["path"], k, v))
        if k == "uscc" and not uscc_ok(v): fail("bad uscc check " + v)
        if w not in h: fail("written form %r not on %s" % (w, p["path"]))
        owner_of.setdefault((k, v), set()).add(p["operator"])
for kv, os_ in owner_of.items():
    if len(os_) > 1: fail("identifier %s shared by %s" % (kv, sorted(os_)))

offers = [p for p in truth["pages"] if p["is_offer"]]
ops = sorted({p["operator"] for p in offers if p["operator"].startswith("U")})
inds = sorted({p["operator"] for p in offers if p["operator"].startswith("I")})
if ops != ["U0%d" % i for i in range(1, 10)]: fail("operators %s" % ops)
if inds != ["I0%d" % i for i in range(1, 7)]: fail("independents %s" % inds)
if not 35 <= len(offers) <= 39: fail("offer count %d" % len(offers))
for o in ops:
    ps = [p for p in offers if p["operator"] == o]
    if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2: fail(o + " on one site only")
    # connectivity by shared identifiers
    comp = {ps[0]["path"]}; changed = True
    while changed:
        changed = False
        vals = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps): fail(o + " pages not tied by a chain of identifiers")
    tid = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
    if tid != {tuple(x) for x in truth["operators"][o]["identifiers"]}: fail(o + " operator identifiers differ from pages")
    if set(truth["operators"][o]["brands"]) != {p["provider"] for p in ps}: fail(o + " brands differ")
for i in inds:
    ps = [p for p in offers if p["operator"] == i]
    if len(ps) != 1: fail(i + " must have one page")

# decoys
seller_vals = set(owner_of)
multi = 0
for d in truth["decoys"]:
    for p in d["pages"]:
        if p not in html: fail("decoy page missing " + p)
        elif not any(w in html[p] for w in d["written"]): fail("decoy %s not on %s" % (d["value"], p))
    scan = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if scan != sorted(d["pages"]): fail("decoy %s pages differ from scan" % d["value"])
    for w in d["written"]:
        if not any(w in html[p] for p in d["pages"] if p in html): fail("decoy written %r nowhere" % w)
    if (d["kind"], d["value"]) in seller_vals: fail("decoy equals a seller identifier " + d["value"])
    sellers = {pages[p]["operator"] for p in d["pages"] if p in pages and pages[p]["operator"]}
    if len(sellers) >= 2: multi += 1
if len(truth["decoys"]) < 18: fail("only %d decoys" % len(truth["decoys"]))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoys_across_sellers=%d"
      % (len(html), len(sites), len(offers), len(html) - len(offers), len(ops),
         sum(1 for p in offers if p["operator"].startswith("U")), len(inds), len(truth["decoys"]), multi))
if errors:
    print("FAIL:\n  " + "\n  ".join(errors)); sys.exit(1)
print("OK")
