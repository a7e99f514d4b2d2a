#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any failure."""
import json, os, re, sys
from html.parser import HTMLParser
from collections import deque

D = os.path.dirname(os.path.abspath(__file__)); SITE = os.path.join(D, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def fail(m): errs.append(m)

t = json.load(open(os.path.join(D, "truth.json"), encoding="utf-8"))
files = {}
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            files[p] = open(os.path.join(root, f), encoding="utf-8").read()
paths = [p["path"] for p in t["pages"]]
if len(paths) != len(set(paths)): fail("duplicate pages in truth")
if set(paths) != set(files): fail("truth/site mismatch: %s" % (set(paths) ^ set(files)))
if not os.path.exists(os.path.join(SITE, "robots.txt")): fail("no robots.txt")

def norm_ok(kind, v):
    pat = {"phone": r"^(\+861\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|\d{5})$", "wechat": r"^[a-z][a-z0-9_-]{4,19}$",
           "qq": r"^[1-9]\d{4,10}$", "qq_group": r"^[1-9]\d{4,10}$", "email": r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+$",
           "uscc": r"^[0-9A-HJ-NPQRTUWXY]{18}$", "domain": r"^[a-z0-9.-]+\.[a-z]+$", "other": r".+"}.get(kind)
    if not pat or not re.match(pat, v): return False
    if kind == "uscc":
        s = sum(ALPHA.index(c) * w for c, w in zip(v[:17], W)); r = 31 - s % 31
        return ALPHA[0 if r == 31 else r] == v[17]
    return True

owner = {}
for p in t["pages"]:
    site = p["path"].strip("/").split("/")[0] if p["path"].count("/") > 1 else "root"
    owner[p["path"]] = p["operator"] or "site:" + site
    h = files.get(p["path"], "")
    if not p["is_offer"] and p["operator"]: fail("non-offer with operator " + p["path"])
    if p["is_offer"] and not (p["operator"] and p["provider"]): fail("offer without operator/provider " + p["path"])
    for k, v, w in p["identifiers"]:
        if not norm_ok(k, v): fail("bad normalized %s %s on %s" % (k, v, p["path"]))
        if w not in h: fail("written form %r not on %s" % (w, p["path"]))

offers = [p for p in t["pages"] if p["is_offer"]]
byop = {}
for p in offers: byop.setdefault(p["operator"], []).append(p)
U = sorted(o for o in byop if o.startswith("U")); I = sorted(o for o in byop if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: fail("operators %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]: fail("independents %s" % I)
vals = lambda p: {(k, v) for k, v, _ in p["identifiers"]}
owner_of_val = {}
for p in offers:
    for kv in vals(p): owner_of_val.setdefault(kv, set()).add(p["operator"])
for kv, os_ in owner_of_val.items():
    if len(os_) > 1: fail("identifier %s shared across owners %s" % (kv, os_))
for o in U:
    ps = byop[o]
    if not 3 <= len(ps) <= 4: fail("%s has %d offer pages" % (o, len(ps)))
    for p in ps:
        if not any(vals(p) & vals(q) for q in ps if q is not p): fail("%s page %s shares nothing" % (o, p["path"]))
    opids = {tuple(x) for x in t["operators"][o]["identifiers"]}
    for p in ps:
        if not vals(p) <= opids: fail("%s ids missing in operators" % p["path"])
        if p["provider"] not in t["operators"][o]["brands"]: fail("brand missing " + p["path"])
    if len({p["path"].split("/")[1] for p in ps}) < 2: fail(o + " on one site only")
for o in I:
    if len(byop[o]) != 1: fail(o + " not single page")
# no seller's written form appears on an offer page of another owner
for p in offers:
    for k, v, w in p["identifiers"]:
        for q in offers:
            if q["operator"] != p["operator"] and w in files[q["path"]]:
                fail("written %r of %s appears on %s" % (w, p["operator"], q["path"]))
# decoys
allids = {v for p in t["pages"] for _, v, _ in p["identifiers"]}
types = set()
for d in t["decoys"]:
    types.add(d.get("type"))
    if not norm_ok(d["kind"], d["value"]): fail("bad decoy value " + d["value"])
    if d["value"] in allids: fail("decoy also a seller identifier " + d["value"])
    if len(d["pages"]) < 2 or len({owner[x] for x in d["pages"]}) < 2: fail("decoy on <2 owners " + d["value"])
    for x in d["pages"]:
        if x not in files or not any(w in files[x] for w in d["written"]): fail("decoy %s not on %s" % (d["value"], x))
need = {"hotline", "official_site", "platform", "warning", "number_shape", "placeholder", "third_party", "reader"}
if not need <= types: fail("decoy kinds missing %s" % (need - types))
if len(t["decoys"]) < 18: fail("fewer than 18 decoys")
# crawl reachability from /index.html
class LP(HTMLParser):
    def __init__(s): super().__init__(); s.l = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v and not re.match(r"^[a-z]+:", v): s.l.append(v)
seen = {"/index.html"}; dq = deque(["/index.html"])
while dq:
    c = dq.popleft(); lp = LP(); lp.feed(files[c])
    for h in lp.l:
        n = os.path.normpath(os.path.join(os.path.dirname(c), h)).replace(os.sep, "/")
        if n in files and n not in seen: seen.add(n); dq.append(n)
if seen != set(files): fail("unreachable: %s" % (set(files) - seen))
styles = {re.search(r'class="site-\S+ style-(\S+)"', h).group(1) for p, h in files.items() if p != "/index.html"}
n, no = len(files), len(offers)
if not 48 <= n <= 56: fail("page count %d" % n)
if not 34 <= no <= 40: fail("offer count %d" % no)
if not 8 <= len(styles) <= 11: fail("styles %d" % len(styles))
print("pages=%d offers=%d non_offers=%d styles=%d operators=%d independents=%d decoys=%d" %
      (n, no, n - no, len(styles), len(U), len(I), len(t["decoys"])))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
