#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(m):
    errors.append(m)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18))
    r = 31 - s % 31
    return ALPHA[0 if r == 31 else r] == c[17]


NORM = {
    "phone": r"(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})",
    "wechat": r"[a-z][a-z0-9_-]{5,19}", "qq": r"[1-9]\d{4,11}", "qq_group": r"[1-9]\d{4,11}",
    "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", "domain": r"[a-z0-9.-]+\.[a-z]{2,}",
    "uscc": r".{18}", "other": r".+",
}

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            full = os.path.join(dp, f)
            texts["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing")

tp = {p["path"]: p for p in truth["pages"]}
for p in tp:
    if p not in texts:
        err("truth path missing: " + p)
for p in texts:
    if p not in tp:
        err("page not in truth: " + p)


# reachability from the hub
class L(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []

    def handle_starttag(self, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v:
                    self.links.append(v)


seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts:
        continue
    seen.add(p)
    l = L(); l.feed(texts[p])
    todo.extend(h for h in l.links if h.startswith("/"))
for p in texts:
    if p not in seen:
        err("unreachable from hub: " + p)

# page identifiers
for p in truth["pages"]:
    t = texts.get(p["path"], "")
    if p["is_offer"] and not p["operator"]:
        err("offer without operator: " + p["path"])
    if not p["is_offer"] and p["operator"]:
        err("non-offer with operator: " + p["path"])
    for kind, value, written in p["identifiers"]:
        if kind not in NORM:
            err("bad kind %s on %s" % (kind, p["path"]))
        elif not re.fullmatch(NORM[kind], value):
            err("bad normalization %s %s" % (kind, value))
        if kind == "uscc" and not uscc_ok(value):
            err("bad USCC check " + value)
        if written not in t:
            err("written form %r missing on %s" % (written, p["path"]))

# operators
opages = {}
for p in truth["pages"]:
    if p["operator"]:
        opages.setdefault(p["operator"], []).append(p)
U = sorted(k for k in opages if k.startswith("U"))
I = sorted(k for k in opages if k.startswith("I"))
if U != ["U0%d" % i for i in range(1, 10)]:
    err("operators not U01..U09: %s" % U)
if I != ["I0%d" % i for i in range(1, 7)]:
    err("independents not I01..I06: %s" % I)
owner = {}
for o, ps in opages.items():
    for p in ps:
        for k, v, _ in p["identifiers"]:
            owner.setdefault((k, v), set()).add(o)
for kv, os_ in owner.items():
    if len(os_) > 1:
        err("identifier shared across sellers: %s %s" % (kv, sorted(os_)))
for o in U:
    ps = opages[o]
    if not 3 <= len(ps) <= 4:
        err("%s has %d pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2:
        err("%s on a single site" % o)
    # connectivity by shared identifiers
    ids = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
    comp, stack = {0}, [0]
    while stack:
        i = stack.pop()
        for j in range(len(ps)):
            if j not in comp and ids[i] & ids[j]:
                comp.add(j); stack.append(j)
    if len(comp) != len(ps):
        err("%s pages not chained by shared identifiers" % o)
    want = sorted({(k, v) for s in ids for k, v in s})
    got = sorted(tuple(x) for x in truth["operators"].get(o, {}).get("identifiers", []))
    if want != got:
        err("%s operator identifiers mismatch" % o)
for o in I:
    if len(opages[o]) != 1:
        err("%s must have one page" % o)

# decoys
seller_vals = {kv for kv in owner}
kinds = set()
for d in truth["decoys"]:
    kinds.add(d["kind"])
    if (d["kind"], d["value"]) in seller_vals:
        err("decoy is a seller identifier: %s" % d["value"])
    scan = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    if scan != sorted(d["pages"]):
        err("decoy %s pages mismatch: %s vs %s" % (d["value"], scan, d["pages"]))
    for p in d["pages"]:
        if not any(w in texts.get(p, "") for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], p))

n_pages = len(texts)
n_offers = sum(1 for p in truth["pages"] if p["is_offer"])
n_sites = len({p.split("/")[1] for p in texts if p.count("/") == 2})
n_dec = len(truth["decoys"])
if not 48 <= n_pages <= 56: err("page count %d" % n_pages)
if not 35 <= n_offers <= 39: err("offer count %d" % n_offers)
if not 8 <= n_sites <= 11: err("site count %d" % n_sites)
if n_dec < 18: err("decoy count %d" % n_dec)
if len(kinds) < 6: err("decoy kinds %s" % kinds)

for e in errors:
    print("FAIL:", e)
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d"
      % (n_pages, n_sites, n_offers, n_pages - n_offers, len(U), len(I), n_dec))
sys.exit(1 if errors else 0)
