#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def fail(msg): errors.append(msg)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", c): return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

NORM = {
 "phone": lambda v: re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v),
 "wechat": lambda v: v == v.lower() and re.fullmatch(r"[a-z][a-z0-9_-]{4,19}", v),
 "qq": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
 "qq_group": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
 "email": lambda v: v == v.lower() and re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", v),
 "uscc": uscc_ok,
 "domain": lambda v: v == v.lower() and re.fullmatch(r"[a-z0-9.-]+\.[a-z]+", v),
 "other": lambda v: bool(v),
}

class Links(HTMLParser):
    def __init__(self): super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v and v.startswith("/"): self.links.append(v)

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            texts[p] = open(os.path.join(dp, f), encoding="utf-8").read()

pages = truth["pages"]
paths = [p["path"] for p in pages]
if len(set(paths)) != len(paths): fail("duplicate paths")
if set(paths) != set(texts): fail("truth paths != html files: %s" % (set(paths) ^ set(texts)))
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

# reachability
seen, stack = {"/index.html"}, ["/index.html"]
while stack:
    lp = Links(); lp.feed(texts.get(stack.pop(), ""))
    for l in lp.links:
        if l in texts and l not in seen: seen.add(l); stack.append(l)
if seen != set(texts): fail("unreachable: %s" % sorted(set(texts) - seen))
hub = Links(); hub.feed(texts["/index.html"])
sites = sorted({p.split("/")[1] for p in texts if p != "/index.html"})
for s in sites:
    if "/%s/index.html" % s not in hub.links: fail("hub does not link /%s/index.html" % s)

by_op = defaultdict(list)
for p in pages:
    if p["path"] not in texts: fail("missing " + p["path"]); continue
    t = texts[p["path"]]
    if not p["is_offer"] and p["operator"] is not None: fail("non-offer with operator " + p["path"])
    if p["is_offer"] and not p["operator"]: fail("offer without operator " + p["path"])
    for kind, value, written in p["identifiers"]:
        if kind not in NORM: fail("bad kind %s" % kind)
        elif not NORM[kind](value): fail("bad normalization %s %s on %s" % (kind, value, p["path"]))
        if written not in t: fail("written %r not on %s" % (written, p["path"]))
    if p["operator"]: by_op[p["operator"]].append(p)

U = sorted(o for o in by_op if o.startswith("U")); I = sorted(o for o in by_op if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: fail("operators %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]: fail("independents %s" % I)
for o in U:
    ps = by_op[o]
    if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 3: fail("%s on too few sites" % o)
    # pages must be connected through shared identifiers
    comp = {ps[0]["path"]}; changed = True
    while changed:
        changed = False
        vals = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps): fail("%s pages not tied together" % o)
    ids = {tuple(x) for x in truth["operators"][o]["identifiers"]}
    for p in ps:
        for k, v, _ in p["identifiers"]:
            if (k, v) not in ids: fail("%s identifier %s missing from operators" % (o, v))
for o in I:
    if len(by_op[o]) != 1: fail("%s has %d pages" % (o, len(by_op[o])))
owners = defaultdict(set)
for o, ps in by_op.items():
    for p in ps:
        for k, v, _ in p["identifiers"]: owners[(k, v)].add(o)
for kv, os_ in owners.items():
    if len(os_) > 1: fail("identifier %s shared by %s" % (kv, os_))

# decoys
dec = truth["decoys"]
for d in dec:
    if not NORM[d["kind"]](d["value"]): fail("bad decoy value %s" % d["value"])
    scan = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    if scan != sorted(d["pages"]): fail("decoy %s pages %s != scan %s" % (d["value"], d["pages"], scan))
    for pg in d["pages"]:
        if pg not in texts or not any(w in texts[pg] for w in d["written"]): fail("decoy %s not on %s" % (d["value"], pg))
    if (d["kind"], d["value"]) in owners: fail("decoy %s is also a seller identifier" % d["value"])
    sellers = {p["operator"] for p in pages if p["path"] in d["pages"] and p["operator"]}
    if len(d["pages"]) < 2: fail("decoy %s on <2 pages" % d["value"])

n_pages = len(pages); n_offers = sum(p["is_offer"] for p in pages)
if not 48 <= n_pages <= 56: fail("page count %d" % n_pages)
if not 35 <= n_offers <= 39: fail("offer count %d" % n_offers)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))
if len(dec) < 18: fail("decoys %d" % len(dec))
if {d["kind"] for d in dec} < {"phone", "domain", "email", "qq", "qq_group", "wechat", "uscc", "other"}: fail("decoy kinds missing")

print("pages=%d offers=%d non_offers=%d sites=%d operators=%d operator_pages=%d independents=%d decoys=%d errors=%d"
      % (n_pages, n_offers, n_pages - n_offers, len(sites), len(U), sum(len(by_op[o]) for o in U), len(I), len(dec), len(errors)))
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
