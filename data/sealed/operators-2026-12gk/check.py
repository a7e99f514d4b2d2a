#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any failure; print the counts."""
import json, os, re, sys
from collections import defaultdict
ROOT = os.path.dirname(os.path.abspath(__file__)); SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"; W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
errs = []
def fail(m): errs.append(m)
t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
files = {}
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            fp = os.path.join(d, f); files["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing all")
pages = {p["path"]: p for p in t["pages"]}
for path in pages:
    if path not in files: fail("missing page " + path)
for path in files:
    if path not in pages: fail("page not in truth " + path)
# reachability from hub
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    for h in re.findall(r'href="(/[^"#]+)"', files.get(todo.pop(), "")):
        if h in files and h not in seen: seen.add(h); todo.append(h)
for path in files:
    if path not in seen: fail("unreachable " + path)
hub_links = set(re.findall(r'href="(/[^"]+)"', files.get("/index.html", "")))
sites = sorted({p.strip("/").split("/")[0] for p in files if p != "/index.html"})
for s in sites:
    if "/%s/index.html" % s not in hub_links: fail("hub does not link " + s)
def norm_ok(k, v):
    pat = {"phone": r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$", "wechat": r"^[a-z0-9_\-]+$", "qq": r"^\d{5,11}$",
           "qq_group": r"^\d{5,11}$", "email": r"^[a-z0-9_.\-]+@[a-z0-9.\-]+$", "domain": r"^[a-z0-9.\-]+$", "uscc": r"^[0-9A-Z]{18}$"}.get(k)
    return pat is None or re.match(pat, v)
def uscc_ok(c):
    if not re.match(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$", c): return False
    r = 31 - sum(ALPH.index(ch) * W[i] for i, ch in enumerate(c[:17])) % 31
    return ALPH[0 if r == 31 else r] == c[17]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
offers = [p for p in t["pages"] if p["is_offer"]]
byop = defaultdict(list)
owner = defaultdict(set)
for p in t["pages"]:
    if not p["is_offer"] and p["operator"] is not None: fail("non-offer with operator " + p["path"])
    if p["is_offer"] and not p["operator"]: fail("offer without operator " + p["path"])
    if p["operator"]: byop[p["operator"]].append(p)
    for k, v, w in p["identifiers"]:
        if k not in KINDS: fail("bad kind %s" % k)
        if not norm_ok(k, v): fail("bad normalization %s %s" % (k, v))
        if k == "uscc" and not uscc_ok(v): fail("bad uscc check " + v)
        if w not in files.get(p["path"], ""): fail("written form %r not on %s" % (w, p["path"]))
        if p["operator"]: owner[(k, v)].add(p["operator"])
for key, os_ in owner.items():
    if len(os_) > 1: fail("identifier %s shared by %s" % (key, sorted(os_)))
U = sorted(o for o in byop if o.startswith("U")); I = sorted(o for o in byop if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: fail("operators " + str(U))
if I != ["I%02d" % i for i in range(1, 7)]: fail("independents " + str(I))
for o in U:
    ps = byop[o]
    if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2: fail(o + " on one site only")
    # connected by shared identifier values
    comp = {ps[0]["path"]}; ch = True
    while ch:
        ch = False
        vals = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}: comp.add(p["path"]); ch = True
    if len(comp) != len(ps): fail(o + " pages not chained by identifiers")
    opids = {tuple(x) for x in t["operators"][o]["identifiers"]}
    if opids != {(k, v) for p in ps for k, v, _ in p["identifiers"]}: fail(o + " operator identifiers mismatch")
    # every written form of the operator's identifiers appears only on its own pages
    for p in t["pages"]:
        if p["operator"] == o: continue
        for q in ps:
            for k, v, w in q["identifiers"]:
                if w in files.get(p["path"], ""): fail("%s identifier %r leaks onto %s" % (o, w, p["path"]))
for o in I:
    if len(byop[o]) != 1: fail(o + " not one page")
    for p in t["pages"]:
        if p["operator"] == o: continue
        for k, v, w in byop[o][0]["identifiers"]:
            if w in files.get(p["path"], ""): fail("%s identifier leaks onto %s" % (o, p["path"]))
sellervals = set(owner)
for d in t["decoys"]:
    if d["kind"] not in KINDS: fail("bad decoy kind")
    if (d["kind"], d["value"]) in sellervals: fail("decoy equals a seller identifier " + d["value"])
    scan = sorted(p for p, txt in files.items() if any(w in txt for w in d["written"]))
    if scan != sorted(d["pages"]): fail("decoy %s pages mismatch" % d["value"])
    for path in d["pages"]:
        if not any(w in files.get(path, "") for w in d["written"]): fail("decoy %s not on %s" % (d["value"], path))
    if not d["pages"]: fail("decoy %s appears nowhere" % d["value"])
n, no = len(files), len(offers)
if not 48 <= n <= 56: fail("page count %d" % n)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))
if not 34 <= no <= 40: fail("offer count %d" % no)
if len(t["decoys"]) < 18: fail("decoys %d" % len(t["decoys"]))
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d"
      % (n, len(sites), no, n - no, len(U), sum(len(byop[o]) for o in U), len(I), len(t["decoys"])))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
