#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def fail(m): errors.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18))
    r = 31 - s % 31
    return c[17] == ALPHA[0 if r == 31 else r]

NORM = {
 "phone": lambda v: re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v),
 "wechat": lambda v: v == v.lower() and re.fullmatch(r"[a-z][a-z0-9_-]{4,19}", v),
 "qq": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
 "qq_group": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
 "email": lambda v: v == v.lower() and re.fullmatch(r"[^@\s]+@[a-z0-9.-]+\.[a-z]+", v),
 "uscc": uscc_ok,
 "domain": lambda v: v == v.lower() and re.fullmatch(r"[a-z0-9.-]+\.[a-z]+", v),
 "other": lambda v: bool(v),
}

class Links(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v and v.startswith("/"):
                    self.links.append(v.split("#")[0])

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
files = {}
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            full = os.path.join(d, f)
            files["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing everything")

pages = {p["path"]: p for p in t["pages"]}
for path in pages:
    if path not in files: fail("missing page " + path)
for path in files:
    if path not in pages: fail("page not in truth " + path)

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in files: continue
    seen.add(p)
    lp = Links(); lp.feed(files[p]); todo.extend(lp.links)
for p in files:
    if p not in seen: fail("unreachable " + p)
hub = Links(); hub.feed(files.get("/index.html", ""))
sites = sorted({p.split("/")[1] for p in files if p.count("/") == 2})
for s in sites:
    if "/%s/index.html" % s not in hub.links: fail("hub does not link " + s)

# page identifiers
for path, p in pages.items():
    h = files.get(path, "")
    if not p["is_offer"] and (p["operator"] or p["identifiers"]):
        fail("non-offer with operator/identifiers " + path)
    if p["is_offer"] and not p["operator"]:
        fail("offer without operator " + path)
    for kind, value, written in p["identifiers"]:
        if kind not in NORM: fail("bad kind %s on %s" % (kind, path))
        elif not NORM[kind](value): fail("bad normalization %s %s on %s" % (kind, value, path))
        if written not in h: fail("written form %r not on %s" % (written, path))

# a seller's written forms must not appear on another seller's page
forms = {}
for p in pages.values():
    for kind, value, written in p["identifiers"]:
        forms.setdefault((kind, value), set()).add(written)
owner = {}
for p in pages.values():
    for kind, value, _ in p["identifiers"]:
        o = owner.setdefault((kind, value), p["operator"])
        if o != p["operator"]: fail("identifier %s shared by %s and %s" % (value, o, p["operator"]))
for (kind, value), ws in forms.items():
    for path, p in pages.items():
        if p["is_offer"] and p["operator"] != owner[(kind, value)]:
            for w in ws:
                if w in files.get(path, ""):
                    fail("%s of %s appears on %s (%s)" % (w, owner[(kind, value)], path, p["operator"]))

# operators
ops = t["operators"]
op_pages = {}
for p in pages.values():
    if p["operator"]: op_pages.setdefault(p["operator"], []).append(p)
U = sorted(k for k in op_pages if k.startswith("U"))
I = sorted(k for k in op_pages if k.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: fail("operators U01-U09 expected, got %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]: fail("independents I01-I06 expected, got %s" % I)
for u in U:
    ps = op_pages[u]
    if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (u, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2: fail("%s on one site only" % u)
    if u not in ops: fail("%s missing from operators" % u); continue
    for p in ps:
        if p["provider"] not in ops[u]["brands"]: fail("brand %s not listed for %s" % (p["provider"], u))
        for k, v, _ in p["identifiers"]:
            if [k, v] not in ops[u]["identifiers"]: fail("%s %s not in operator %s" % (k, v, u))
    # connectivity by shared identifiers
    comp = {ps[0]["path"]}; changed = True
    while changed:
        changed = False
        vals = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps): fail("%s pages not tied into one chain" % u)
for i in I:
    if len(op_pages[i]) != 1: fail("%s has %d pages" % (i, len(op_pages[i])))

# decoys
dk = set()
for d in t["decoys"]:
    dk.add(d["kind"])
    scan = sorted(p for p, h in files.items() if any(w in h for w in d["written"]))
    if scan != sorted(d["pages"]): fail("decoy %s pages mismatch: %s vs %s" % (d["value"], scan, d["pages"]))
    for pth in d["pages"]:
        if not any(w in files.get(pth, "") for w in d["written"]): fail("decoy %s not on %s" % (d["value"], pth))
    if (d["kind"], d["value"]) in owner: fail("decoy %s is also a seller identifier" % d["value"])
    sellers = {pages[x]["operator"] for x in d["pages"] if x in pages and pages[x]["operator"]}
    d["_sellers"] = len(sellers)

n_pages = len(files); n_off = sum(p["is_offer"] for p in pages.values())
n_dec = len(t["decoys"]); n_multi = sum(1 for d in t["decoys"] if d["_sellers"] >= 2)
if not 48 <= n_pages <= 56: fail("page count %d" % n_pages)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))
if not 34 <= n_off <= 40: fail("offer count %d" % n_off)
if n_dec < 18: fail("decoys %d" % n_dec)

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d operator_pages=%d decoys=%d decoys_on_2+_sellers=%d decoy_kinds=%d errors=%d"
      % (n_pages, len(sites), n_off, n_pages - n_off, len(U), len(I), sum(len(op_pages[u]) for u in U),
         n_dec, n_multi, len(dk), len(errors)))
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
