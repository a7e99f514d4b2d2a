#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def fail(m): errs.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    s = sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W)); r = 31 - s % 31
    return ALPH[0 if r == 31 else r] == c[17]

def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"): return v == v.lower()
    if kind in ("qq", "qq_group"): return v.isdigit()
    if kind == "uscc": return uscc_ok(v)
    return kind == "other"

class Links(HTMLParser):
    def __init__(s): super().__init__(); s.l = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v: s.l.append(v)

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for p in t["pages"]:
    f = ROOT + p["path"]
    if not os.path.isfile(f): fail("missing " + p["path"]); continue
    texts[p["path"]] = open(f, encoding="utf-8").read()
on_disk = {"/" + os.path.relpath(os.path.join(d, f), ROOT) for d, _, fs in os.walk(os.path.join(ROOT, "site")) for f in fs if f.endswith(".html")}
if on_disk != set(texts): fail("pages on disk differ from truth: %s" % (on_disk ^ set(texts)))
if not os.path.isfile(os.path.join(ROOT, "site/robots.txt")): fail("robots.txt missing")

# reachability from hub
seen, todo = set(), ["/site/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts: continue
    seen.add(p); lp = Links(); lp.feed(texts[p])
    for h in lp.l:
        if h.startswith("http"): continue
        todo.append(os.path.normpath(os.path.join(os.path.dirname(p), h)))
if seen != set(texts): fail("unreachable: %s" % sorted(set(texts) - seen))

ops = {}
for p in t["pages"]:
    o = p["operator"]
    if not p["is_offer"] and o is not None: fail("non-offer with operator " + p["path"])
    if p["is_offer"] and not o: fail("offer without operator " + p["path"])
    for k, v, w in p["identifiers"]:
        if not norm_ok(k, v): fail("bad normalisation %s %s" % (k, v))
        if w not in texts.get(p["path"], ""): fail("written form %r not on %s" % (w, p["path"]))
        if o and o.startswith("U") and [k, v] not in t["operators"][o]["identifiers"]: fail("id %s not in operator %s" % (v, o))
    if o: ops.setdefault(o, []).append(p)

# operators: 3-4 pages, connected by shared identifiers
for o, pl in ops.items():
    if o.startswith("U"):
        if not 3 <= len(pl) <= 4: fail("%s has %d pages" % (o, len(pl)))
        comp = {pl[0]["path"]}; ch = True
        while ch:
            ch = False
            ids = {(k, v) for q in pl if q["path"] in comp for k, v, _ in q["identifiers"]}
            for q in pl:
                if q["path"] not in comp and ids & {(k, v) for k, v, _ in q["identifiers"]}:
                    comp.add(q["path"]); ch = True
        if len(comp) != len(pl): fail("%s pages not connected" % o)
        if len({q["path"].split("/")[2] for q in pl}) < 2: fail("%s on one site only" % o)
    else:
        if len(pl) != 1: fail("%s has %d pages" % (o, len(pl)))
# identifiers never shared across sellers
owner = {}
for p in t["pages"]:
    for k, v, _ in p["identifiers"]:
        owner.setdefault((k, v), set()).add(p["operator"])
for kv, s in owner.items():
    if len(s) > 1: fail("identifier shared by sellers %s %s" % (kv, s))

# decoys
kinds = set()
for d in t["decoys"]:
    kinds.add(d["kind"])
    if not norm_ok(d["kind"], d["value"]): fail("bad decoy normalisation %s" % d["value"])
    actual = sorted(p for p, x in texts.items() if any(w in x for w in d["written"]))
    if actual != sorted(d["pages"]): fail("decoy %s pages mismatch" % d["value"])
    for p in d["pages"]:
        if not any(w in texts[p] for w in d["written"]): fail("decoy %s not on %s" % (d["value"], p))
    if (d["kind"], d["value"]) in owner: fail("decoy is a seller identifier " + d["value"])
    sellers = {pp["operator"] for pp in t["pages"] if pp["path"] in d["pages"] and pp["operator"]}
    d["_sellers"] = len(sellers)

n = len(t["pages"]); offers = sum(p["is_offer"] for p in t["pages"])
sites = {p["path"].split("/")[2] for p in t["pages"] if p["path"].count("/") > 2}
U = sorted(o for o in ops if o.startswith("U")); I = sorted(o for o in ops if o.startswith("I"))
cross = sum(1 for d in t["decoys"] if d["_sellers"] >= 2)
if not 48 <= n <= 56: fail("page count %d" % n)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))
if not 34 <= offers <= 40: fail("offer count %d" % offers)
if len(U) != 9 or len(I) != 6: fail("operators %d independents %d" % (len(U), len(I)))
if len(t["decoys"]) < 18: fail("decoys %d" % len(t["decoys"]))
need = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
if need - kinds: fail("decoy kinds missing %s" % (need - kinds))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d operator_pages=%d decoys=%d decoys_on_2+_sellers=%d"
      % (n, len(sites), offers, n - offers, len(U), len(I), sum(len(ops[o]) for o in U), len(t["decoys"]), cross))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
