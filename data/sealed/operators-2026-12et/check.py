#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys, html
from collections import defaultdict, deque

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPH.index(x) * w for x, w in zip(c[:17], W18)) % 31
    return ALPH[0 if r == 31 else r] == c[17]


def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|1\d{4}|9\d{4}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind in ("qq", "qq_group"):
        return bool(re.fullmatch(r"[1-9]\d{4,10}", v))
    if kind == "uscc":
        return uscc_ok(v)
    return kind == "other"


truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            fp = os.path.join(dp, f)
            raw = open(fp, encoding="utf-8").read()
            texts["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = raw + "\n" + html.unescape(raw)

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing everything")

pages = {p["path"]: p for p in truth["pages"]}
if set(pages) != set(texts):
    err("truth pages != html files: %s" % sorted(set(pages) ^ set(texts)))

# reachability from hub
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    cur = q.popleft()
    for link in re.findall(r'href="(/[^"#?]*)"', texts.get(cur, "")):
        if link in texts and link not in seen:
            seen.add(link)
            q.append(link)
if seen != set(texts):
    err("unreachable from hub: %s" % sorted(set(texts) - seen))
sites = sorted({p.split("/")[1] for p in texts if p != "/index.html"})
for s in sites:
    if 'href="/%s/index.html"' % s not in texts["/index.html"]:
        err("hub does not link /%s/index.html" % s)

# page identifiers
seller_vals = defaultdict(set)       # (kind,value) -> sellers
written_by_val = defaultdict(set)
for p in truth["pages"]:
    if p["path"] not in texts:
        err("missing page " + p["path"]); continue
    if not p["is_offer"] and (p["operator"] or p["identifiers"]):
        err("non-offer with operator/identifiers " + p["path"])
    if p["is_offer"] and not (p["operator"] and p["provider"]):
        err("offer without operator/provider " + p["path"])
    for kind, val, w in p["identifiers"]:
        if not norm_ok(kind, val):
            err("bad normalization %s %s on %s" % (kind, val, p["path"]))
        if w not in texts[p["path"]]:
            err("written form %r not on %s" % (w, p["path"]))
        seller_vals[(kind, val)].add(p["operator"])
        written_by_val[(kind, val)].add(w)

for kv, sellers in seller_vals.items():
    if len(sellers) > 1:
        err("identifier %s shared by sellers %s" % (kv, sellers))
# no seller's written identifier appears on another seller's page
for kv, ws in written_by_val.items():
    owner = next(iter(seller_vals[kv]))
    for p in truth["pages"]:
        if p["operator"] and p["operator"] != owner and any(w in texts.get(p["path"], "") for w in ws):
            err("identifier %s of %s leaks onto %s" % (kv, owner, p["path"]))

# operators
by_op = defaultdict(list)
for p in truth["pages"]:
    if p["operator"]:
        by_op[p["operator"]].append(p)
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
        err("%s on a single site" % o)
    # connected by shared identifier values
    comp, todo = {ps[0]["path"]}, [ps[0]]
    while todo:
        a = todo.pop()
        va = {(k, v) for k, v, _ in a["identifiers"]}
        for b in ps:
            if b["path"] not in comp and va & {(k, v) for k, v, _ in b["identifiers"]}:
                comp.add(b["path"]); todo.append(b)
    if len(comp) != len(ps):
        err("%s pages not connected by identifiers" % o)
    tops = truth["operators"].get(o)
    if not tops:
        err("operator %s missing in operators" % o)
    else:
        want = sorted({(k, v) for p in ps for k, v, _ in p["identifiers"]})
        if sorted(map(tuple, tops["identifiers"])) != want:
            err("operator %s identifiers mismatch" % o)
        if sorted(tops["brands"]) != sorted({p["provider"] for p in ps}):
            err("operator %s brands mismatch" % o)
for o in I:
    if len(by_op[o]) != 1:
        err("%s has %d pages" % (o, len(by_op[o])))
if set(truth["operators"]) != set(U):
    err("operators block keys mismatch")

# decoys
decoy_kinds = set()
for d in truth["decoys"]:
    if not norm_ok(d["kind"], d["value"]):
        err("decoy normalization %s" % d["value"])
    if (d["kind"], d["value"]) in seller_vals:
        err("decoy %s is also a seller identifier" % d["value"])
    actual = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    if actual != sorted(d["pages"]):
        err("decoy %s pages mismatch: truth %s actual %s" % (d["value"], d["pages"], actual))
    for w in d["written"]:
        if not any(w in texts.get(p, "") for p in d["pages"]):
            err("decoy written form %r appears nowhere" % w)
    for p in d["pages"]:
        if not any(w in texts.get(p, "") for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], p))
    decoy_kinds.add(d["kind"])

n_pages = len(truth["pages"])
n_offers = sum(p["is_offer"] for p in truth["pages"])
n_op_pages = sum(len(by_op[o]) for o in U)
if not 48 <= n_pages <= 56: err("page count %d" % n_pages)
if not 8 <= len(sites) <= 11: err("site count %d" % len(sites))
if not 34 <= n_offers <= 40: err("offer count %d" % n_offers)
if len(truth["decoys"]) < 18: err("decoys %d" % len(truth["decoys"]))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoy_kinds=%d"
      % (n_pages, len(sites), n_offers, n_pages - n_offers, len(U), n_op_pages, len(I), len(truth["decoys"]), len(decoy_kinds)))
for e in errors:
    print("FAIL:", e)
print("OK" if not errors else "FAILED (%d)" % len(errors))
sys.exit(1 if errors else 0)
