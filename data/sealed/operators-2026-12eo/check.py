#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import Counter, deque

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []


def err(m):
    errors.append(m)


def uscc_ok(v):
    if len(v) != 18 or any(c not in ALPH for c in v):
        return False
    r = 31 - sum(ALPH.index(c) * w for c, w in zip(v, WTS)) % 31
    return ALPH[0 if r == 31 else r] == v[17]


def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind == "uscc":
        return uscc_ok(v)
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    return True


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
html = {}
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            fp = os.path.join(root, f)
            html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing all")
if "/index.html" not in html:
    err("hub missing")

pages = truth["pages"]
paths = [p["path"] for p in pages]
if len(set(paths)) != len(paths):
    err("duplicate paths in truth")
if set(paths) != set(html):
    err("truth pages != html files: %s" % sorted(set(paths) ^ set(html)))

# reachability from hub
seen, dq = {"/index.html"}, deque(["/index.html"])
while dq:
    cur = dq.popleft()
    for h in re.findall(r'href="(/[^"#]*)', html.get(cur, "")):
        if h in html and h not in seen:
            seen.add(h)
            dq.append(h)
if seen != set(html):
    err("unreachable: %s" % sorted(set(html) - seen))
sites = sorted({p.split("/")[1] for p in html if p.count("/") > 1})
for s in sites:
    if 'href="/%s/index.html"' % s not in html["/index.html"]:
        err("hub does not link /%s/index.html" % s)

for p in pages:
    t = html.get(p["path"], "")
    if p["is_offer"] and not p["operator"]:
        err("offer without operator " + p["path"])
    if not p["is_offer"] and p["operator"]:
        err("non-offer with operator " + p["path"])
    for kind, val, wr in p["identifiers"]:
        if kind not in KINDS:
            err("bad kind %s" % kind)
        if not norm_ok(kind, val):
            err("bad normalization %s %s" % (kind, val))
        if wr not in t:
            err("%s: written form %r not on page" % (p["path"], wr))

offers = [p for p in pages if p["is_offer"]]
by_op = Counter(p["operator"] for p in offers)
uops = sorted(k for k in by_op if k.startswith("U"))
iops = sorted(k for k in by_op if k.startswith("I"))
if uops != ["U0%d" % i for i in range(1, 10)]:
    err("operators U01-U09 expected, got %s" % uops)
if iops != ["I0%d" % i for i in range(1, 7)]:
    err("independents I01-I06 expected, got %s" % iops)
for k in uops:
    if not 3 <= by_op[k] <= 4:
        err("%s has %d pages" % (k, by_op[k]))
    if len({p["path"].split("/")[1] for p in offers if p["operator"] == k}) < 2:
        err("%s on a single site" % k)
    # chain of shared identifiers connects all its pages
    ps = [p for p in offers if p["operator"] == k]
    comp = {0}
    changed = True
    while changed:
        changed = False
        for i, p in enumerate(ps):
            if i in comp:
                continue
            vi = {(a, b) for a, b, _ in p["identifiers"]}
            if any(vi & {(a, b) for a, b, _ in ps[j]["identifiers"]} for j in comp):
                comp.add(i)
                changed = True
    if len(comp) != len(ps):
        err("%s pages not connected by shared identifiers" % k)
for k in iops:
    if by_op[k] != 1:
        err("%s has %d pages" % (k, by_op[k]))
# no identifier value shared across sellers
own = {}
for p in offers:
    for kind, val, _ in p["identifiers"]:
        own.setdefault((kind, val), set()).add(p["operator"])
for kv, ops in own.items():
    if len(ops) > 1:
        err("identifier %s shared by %s" % (kv, ops))
for k, o in truth["operators"].items():
    union = {(a, b) for p in offers if p["operator"] == k for a, b, _ in p["identifiers"]}
    if {tuple(x) for x in o["identifiers"]} != union:
        err("operators[%s].identifiers mismatch" % k)
    if not o["brands"]:
        err("operators[%s] has no brands" % k)

decoys = truth["decoys"]
for d in decoys:
    on = sorted(pth for pth, t in html.items() if any(w in t for w in d["written"]))
    if on != sorted(d["pages"]):
        err("decoy %s pages mismatch: %s vs %s" % (d["value"], on, d["pages"]))
    for pth in d["pages"]:
        if not any(w in html.get(pth, "") for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], pth))
    if (d["kind"], d["value"]) in own:
        err("decoy %s is also a seller identifier" % d["value"])
dkinds = Counter(d["kind"] for d in decoys)

n_html = len(html)
if not 48 <= n_html <= 56:
    err("html pages %d not in 48-56" % n_html)
if not 8 <= len(sites) <= 11:
    err("sites %d not in 8-11" % len(sites))
if not 34 <= len(offers) <= 40:
    err("offers %d not about 37" % len(offers))
if len(decoys) < 18:
    err("only %d decoys" % len(decoys))

for e in errors:
    print("FAIL:", e)
print("pages=%d sites=%d offers=%d non_offers=%d operators=%d (pages %s) independents=%d decoys=%d (kinds %s)" % (
    n_html, len(sites), len(offers), n_html - len(offers), len(uops),
    "/".join(str(by_op[k]) for k in uops), len(iops), len(decoys),
    ",".join("%s:%d" % kv for kv in sorted(dkinds.items()))))
sys.exit(1 if errors else 0)
