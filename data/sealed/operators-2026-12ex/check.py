#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []

def err(m):
    errors.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W18)) % 31
    return ALPH[0 if r == 31 else r] == c[17]

NORM = {
    "phone": r"(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})",
    "wechat": r"[a-z][a-z0-9_-]{4,19}",
    "qq": r"[1-9]\d{4,10}",
    "qq_group": r"[1-9]\d{4,10}",
    "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+",
    "domain": r"[a-z0-9.-]+\.[a-z]{2,}",
    "other": r".+",
    "uscc": r".{18}",
}

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for dp, _dn, fn in os.walk(SITE):
    for f in fn:
        if f.endswith(".html"):
            fp = os.path.join(dp, f)
            html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing everything")

pages = {p["path"]: p for p in truth["pages"]}
for path in pages:
    if path not in html:
        err("truth path missing: " + path)
for path in html:
    if path not in pages:
        err("page not in truth: " + path)

# identifiers on pages
def check_value(kind, value):
    if kind not in NORM:
        err("bad kind " + kind); return
    if kind == "uscc":
        if not uscc_ok(value):
            err("bad USCC " + value)
    elif not re.fullmatch(NORM[kind], value):
        err("value not normalized: %s %s" % (kind, value))

for p in truth["pages"]:
    t = html.get(p["path"], "")
    if not p["is_offer"] and (p["operator"] or p["identifiers"]):
        err("non-offer with operator/identifiers: " + p["path"])
    if p["is_offer"] and not p["operator"]:
        err("offer without operator: " + p["path"])
    for kind, value, written in p["identifiers"]:
        check_value(kind, value)
        if written not in t:
            err("written form %r not on %s" % (written, p["path"]))

# reachability from the hub
class LinkP(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.links.append(v)
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in html:
        continue
    seen.add(u)
    lp = LinkP(); lp.feed(html[u])
    todo.extend(l for l in lp.links if l.startswith("/"))
for path in html:
    if path not in seen:
        err("unreachable from hub: " + path)
sites = sorted({p.split("/")[1] for p in html if p.count("/") == 2})
hub_links = LinkP(); hub_links.feed(html.get("/index.html", ""))
for s in sites:
    if "/%s/index.html" % s not in hub_links.links:
        err("hub does not link " + s)

# operators and independents
offers = [p for p in truth["pages"] if p["is_offer"]]
by_op = {}
for p in offers:
    by_op.setdefault(p["operator"], []).append(p)
U = sorted(o for o in by_op if o.startswith("U"))
I = sorted(o for o in by_op if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]:
    err("operators: %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]:
    err("independents: %s" % I)
for o in U:
    ps = by_op[o]
    if not 3 <= len(ps) <= 4:
        err("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2:
        err("%s on one site only" % o)
    # connectivity through shared identifier values
    comp = {ps[0]["path"]}
    changed = True
    while changed:
        changed = False
        vals = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps):
        err("%s pages not tied into one chain" % o)
    tv = {tuple(x) for x in truth["operators"].get(o, {}).get("identifiers", [])}
    pv = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
    if tv != pv:
        err("%s operator identifiers differ from its pages" % o)
for o in I:
    if len(by_op[o]) != 1:
        err("%s has %d pages" % (o, len(by_op[o])))

# no seller identifier written form on another seller's offer page
owner = {}
for p in offers:
    for k, v, w in p["identifiers"]:
        owner.setdefault(w, set()).add(p["operator"])
for w, ops in owner.items():
    for p in offers:
        if w in html[p["path"]] and p["operator"] not in ops:
            err("written form %r of %s appears on %s (%s)" % (w, ops, p["path"], p["operator"]))
vals_by_op = {}
for p in offers:
    for k, v, w in p["identifiers"]:
        vals_by_op.setdefault((k, v), set()).add(p["operator"])
for kv, ops in vals_by_op.items():
    if len(ops) > 1:
        err("identifier %s shared by %s" % (kv, ops))

# decoys
kinds = set()
for d in truth["decoys"]:
    kinds.add(d["kind"])
    check_value(d["kind"], d["value"])
    scan = sorted(path for path, t in html.items() if any(w in t for w in d["written"]))
    if sorted(d["pages"]) != scan:
        err("decoy %s pages differ from scan" % d["value"])
    for path in d["pages"]:
        if not any(w in html.get(path, "") for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], path))
    if (d["kind"], d["value"]) in vals_by_op:
        err("decoy %s is also a seller identifier" % d["value"])
    for w in d["written"]:
        if w in owner:
            err("decoy written form %r is a seller's written form" % w)

n_pages, n_sites, n_off = len(html), len(sites), len(offers)
if not 48 <= n_pages <= 56: err("page count %d" % n_pages)
if not 8 <= n_sites <= 11: err("site count %d" % n_sites)
if not 33 <= n_off <= 41: err("offer count %d" % n_off)
if len(truth["decoys"]) < 18: err("only %d decoys" % len(truth["decoys"]))
for k in ("phone", "email", "domain", "qq_group", "other", "uscc", "wechat", "qq"):
    if k not in kinds:
        err("no decoy of kind " + k)

for e in errors:
    print("FAIL:", e)
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%d" % (
    n_pages, n_sites, n_off, n_pages - n_off, len(U), sum(len(by_op[o]) for o in U), len(I),
    len(truth["decoys"]), len(kinds)))
sys.exit(1 if errors else 0)
