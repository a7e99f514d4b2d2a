#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__)); SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"; W18 = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
errs = []
def err(m): errs.append(m)
t = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = {}
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            fp = os.path.join(root, f); files["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")): err("no robots.txt")
tp = {p["path"]: p for p in t["pages"]}
if set(tp) != set(files): err("truth pages != html files: %s" % (set(tp) ^ set(files)))
NORM = {"phone": r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5,8})$", "wechat": r"^[a-z][a-z0-9_-]{4,19}$",
        "qq": r"^[1-9]\d{4,10}$", "qq_group": r"^[1-9]\d{4,10}$", "email": r"^[a-z0-9._-]+@[a-z0-9.-]+$",
        "domain": r"^[a-z0-9.-]+\.[a-z]+$", "uscc": r"^[0-9A-HJ-NPQRTUWXY]{18}$", "other": r".+"}
def uscc_ok(c):
    s = sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W18)); r = 31 - s % 31
    return ALPH[0 if r == 31 else r] == c[17]
owner = defaultdict(set); opages = defaultdict(list)
for path, p in tp.items():
    html = files.get(path, "")
    if p["is_offer"] != bool(p["operator"]): err("%s offer/operator mismatch" % path)
    for k, v, w in p["identifiers"]:
        if k not in NORM or not re.match(NORM[k], v): err("%s bad normalization %s %s" % (path, k, v))
        if k == "uscc" and not uscc_ok(v): err("%s bad USCC check %s" % (path, v))
        if w not in html: err("%s missing written form %r" % (path, w))
        owner[v].add(p["operator"])
    if p["operator"]: opages[p["operator"]].append(p)
for v, o in owner.items():
    if len(o) > 1: err("identifier %s shared by %s" % (v, o))
# operators: 3-4 pages, connected by shared identifiers, >1 site
for o, ps in opages.items():
    if o.startswith("U"):
        if not 3 <= len(ps) <= 4: err("%s has %d pages" % (o, len(ps)))
        if len({p["path"].split("/")[1] for p in ps}) < 2: err("%s on one site" % o)
        seen = {0}; chg = True
        while chg:
            chg = False
            for i, p in enumerate(ps):
                if i in seen: continue
                vi = {v for _, v, _ in p["identifiers"]}
                if any(vi & {v for _, v, _ in ps[j]["identifiers"]} for j in seen): seen.add(i); chg = True
        if len(seen) != len(ps): err("%s pages not connected" % o)
        ov = {tuple(x) for x in t["operators"].get(o, {}).get("identifiers", [])}
        if ov != {(k, v) for p in ps for k, v, _ in p["identifiers"]}: err("%s operator identifiers mismatch" % o)
    elif len(ps) != 1: err("%s independent with %d pages" % (o, len(ps)))
# decoys
sellers = set(owner)
for d in t["decoys"]:
    if d["value"] in sellers: err("decoy %s is a seller identifier" % d["value"])
    scan = sorted(p for p, h in files.items() if any(w in h for w in d["written"]))
    if scan != sorted(d["pages"]): err("decoy %s pages mismatch" % d["value"])
    for pth in d["pages"]:
        if not any(w in files.get(pth, "") for w in d["written"]): err("decoy %s not on %s" % (d["value"], pth))
# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v and v.startswith("/"): s.links.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    l = L(); l.feed(files.get(todo.pop(), ""))
    for h in l.links:
        if h in files and h not in seen: seen.add(h); todo.append(h)
if seen != set(files): err("unreachable: %s" % sorted(set(files) - seen))
sites = {p.split("/")[1] for p in files if p != "/index.html"}
n = len(files); offers = sum(p["is_offer"] for p in tp.values())
ops = sorted(o for o in opages if o.startswith("U")); ind = sorted(o for o in opages if o.startswith("I"))
kinds = {d["kind"] for d in t["decoys"]}
for cond, m in [(48 <= n <= 56, "page count"), (8 <= len(sites) <= 11, "site count"), (34 <= offers <= 40, "offer count"),
                (len(ops) == 9, "operators"), (len(ind) == 6, "independents"), (len(t["decoys"]) >= 18, "decoys")]:
    if not cond: err("count out of range: " + m)
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d decoy_kinds=%d" %
      (n, len(sites), offers, n - offers, len(ops), len(ind), len(t["decoys"]), len(kinds)))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
