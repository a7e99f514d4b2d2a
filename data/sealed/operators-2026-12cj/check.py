#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure."""
import json, os, re, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def fail(m): errors.append(m)

def has(text, w):
    return re.search(r"(?<![0-9A-Za-z_])" + re.escape(w) + r"(?![0-9A-Za-z_])", text) is not None

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(ch) * W18[i] for i, ch in enumerate(c[:17])) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861[3-9]\d{9}|0\d{2,3}-\d{7,8}|[48]00\d{7}|123\d\d", v))
    if kind in ("wechat", "qq", "qq_group", "email", "domain"):
        if v != v.lower(): return False
        return {"qq": r"[1-9]\d{4,11}", "qq_group": r"[1-9]\d{4,11}", "email": r"[^@\s]+@[a-z0-9.-]+\.[a-z]+",
                "domain": r"[a-z0-9.-]+\.[a-z]{2,}", "wechat": r"[a-z0-9_-]{5,20}"}[kind] and \
            bool(re.fullmatch({"qq": r"[1-9]\d{4,11}", "qq_group": r"[1-9]\d{4,11}", "email": r"[^@\s]+@[a-z0-9.-]+\.[a-z]+",
                               "domain": r"[a-z0-9.-]+\.[a-z]{2,}", "wechat": r"[a-z0-9_-]{5,20}"}[kind], v))
    if kind == "uscc": return uscc_ok(v)
    return kind == "other"

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/")
            html[p] = open(os.path.join(d, f), encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

tp = [p["path"] for p in truth["pages"]]
if len(tp) != len(set(tp)): fail("duplicate pages in truth")
if set(tp) != set(html): fail("truth/site mismatch: %s" % sorted(set(tp) ^ set(html)))
pages = {p["path"]: p for p in truth["pages"]}

# reachability from /index.html
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in html: continue
    seen.add(u)
    todo += re.findall(r'href="(/[^"]*\.html)"', html[u])
if seen != set(html): fail("unreachable pages: %s" % sorted(set(html) - seen))

owner_ids = defaultdict(set)
for p in truth["pages"]:
    op = p["operator"]
    if not p["is_offer"] and (op or p["identifiers"]): fail("non-offer with operator/ids " + p["path"])
    if p["is_offer"] and not re.fullmatch(r"U0[1-9]|I0[1-6]", op or ""): fail("offer without operator " + p["path"])
    for k, v, w in p["identifiers"]:
        if not norm_ok(k, v): fail("bad normalization %s %s on %s" % (k, v, p["path"]))
        if not has(html.get(p["path"], ""), w): fail("written form %r not on %s" % (w, p["path"]))
        owner_ids[op].add((k, v))

offers = [p for p in truth["pages"] if p["is_offer"]]
byop = defaultdict(list)
for p in offers: byop[p["operator"]].append(p)
U = sorted(o for o in byop if o.startswith("U")); I = sorted(o for o in byop if o.startswith("I"))
if U != ["U0%d" % i for i in range(1, 10)]: fail("operators %s" % U)
if I != ["I0%d" % i for i in range(1, 7)]: fail("independents %s" % I)
for o in U:
    ps = byop[o]
    if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (o, len(ps)))
    # connected through shared identifiers, and each page shares with another
    comp = {ps[0]["path"]}; changed = True
    while changed:
        changed = False
        for p in ps:
            if p["path"] in comp: continue
            ids = {(k, v) for k, v, _ in p["identifiers"]}
            if any(ids & {(k, v) for k, v, _ in q["identifiers"]} for q in ps if q["path"] in comp):
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps): fail("%s pages not connected by identifiers" % o)
    if set(map(tuple, truth["operators"][o]["identifiers"])) != owner_ids[o]: fail("%s identifier list mismatch" % o)
    if len({p["site"] if "site" in p else p["path"].split("/")[1] for p in ps}) < 2: fail("%s on one site style" % o)
for o in I:
    if len(byop[o]) != 1: fail("%s pages" % o)
owners = [o for o in owner_ids if o]
for i, a in enumerate(owners):
    for b in owners[i + 1:]:
        if owner_ids[a] & owner_ids[b]: fail("%s and %s share %s" % (a, b, owner_ids[a] & owner_ids[b]))

decoy_vals = set()
kinds = set()
for d in truth["decoys"]:
    decoy_vals.add((d["kind"], d["value"]))
    if not norm_ok(d["kind"], d["value"]): fail("bad decoy normalization " + d["value"])
    for path in d["pages"]:
        if not any(has(html.get(path, ""), w) for w in d["written"]): fail("decoy %s not on %s" % (d["value"], path))
    ops = {pages[x]["operator"] for x in d["pages"] if x in pages} - {None}
    if len(d["pages"]) < 2 or len(ops) < 2: fail("decoy %s not on pages of 2 owners" % d["value"])
    for o in owners:
        if (d["kind"], d["value"]) in owner_ids[o]: fail("decoy %s is also an identifier of %s" % (d["value"], o))
if len(truth["decoys"]) < 18: fail("fewer than 18 decoys")

styles = {p.split("/")[1] for p in html if p.count("/") > 1}
n = len(html); no = len(offers)
if not 48 <= n <= 56: fail("page count %d" % n)
if not 34 <= no <= 40: fail("offer count %d" % no)
if not 8 <= len(styles) <= 11: fail("site styles %d" % len(styles))

print("pages=%d offers=%d non_offers=%d site_styles=%d operators=%d operator_pages=%d independents=%d decoys=%d" % (
    n, no, n - no, len(styles), len(U), sum(len(byop[o]) for o in U), len(I), len(truth["decoys"])))
if errors:
    print("FAIL:\n" + "\n".join(errors)); sys.exit(1)
print("OK")
