#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys, html
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []
def fail(m): errs.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c, WTS)) % 31
    return c[17] == ALPH[0 if r == 31 else r]

NORM = {"phone": r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", "wechat": r"[a-z][a-z0-9_-]{5,19}",
        "qq": r"[1-9]\d{4,10}", "qq_group": r"[1-9]\d{4,10}", "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+",
        "domain": r"[a-z0-9.-]+\.[a-z]{2,}", "uscc": r".{18}", "other": r".+"}

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
files = {"/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/")
         for d, _, fs in os.walk(SITE) for f in fs if f.endswith(".html")}
text = {p: html.unescape(open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read()) for p in files}
pages = {pg["path"]: pg for pg in truth["pages"]}
if set(pages) != files: fail("truth pages != html files: %s" % (set(pages) ^ files))
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt")

# reachability
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in text: continue
    seen.add(p)
    todo += re.findall(r'href="(/[^"#]+\.html)"', text[p])
if seen != files: fail("unreachable: %s" % sorted(files - seen))

idowner = defaultdict(set)
for p, pg in pages.items():
    if not pg["is_offer"] and (pg["operator"] or pg["identifiers"]): fail("non-offer with operator/ids " + p)
    if pg["is_offer"] and not re.fullmatch(r"[UI]0\d", pg["operator"] or ""): fail("offer without operator " + p)
    for kind, value, written in pg["identifiers"]:
        if kind not in NORM or not re.fullmatch(NORM[kind], value): fail("bad normalization %s %s on %s" % (kind, value, p))
        if kind == "uscc" and not uscc_ok(value): fail("bad USCC " + value)
        if written not in text.get(p, ""): fail("written %r missing on %s" % (written, p))
        idowner[(kind, value)].add(pg["operator"])
for k, o in idowner.items():
    if len(o) > 1: fail("identifier %s shared by sellers %s" % (k, o))

# operators: 3-4 pages, >=2 sites, connected by shared identifiers; independents 1 page
byop = defaultdict(list)
for p, pg in pages.items():
    if pg["operator"]: byop[pg["operator"]].append(pg)
ops = sorted(o for o in byop if o.startswith("U")); inds = sorted(o for o in byop if o.startswith("I"))
for o in ops:
    pl = byop[o]
    if not 3 <= len(pl) <= 4: fail("%s has %d pages" % (o, len(pl)))
    if len({pg["path"].split("/")[1] for pg in pl}) < 2: fail(o + " on one site only")
    comp = {pl[0]["path"]}; changed = True
    while changed:
        changed = False
        ids = {(k, v) for pg in pl if pg["path"] in comp for k, v, _ in pg["identifiers"]}
        for pg in pl:
            if pg["path"] not in comp and ids & {(k, v) for k, v, _ in pg["identifiers"]}:
                comp.add(pg["path"]); changed = True
    if len(comp) != len(pl): fail(o + " pages not connected by shared identifiers")
    want = {(k, v) for pg in pl for k, v, _ in pg["identifiers"]}
    if want != {tuple(x) for x in truth["operators"].get(o, {}).get("identifiers", [])}: fail(o + " operator identifiers mismatch")
for o in inds:
    if len(byop[o]) != 1: fail(o + " not exactly one page")

# decoys
dkinds = set()
for d in truth["decoys"]:
    hits = sorted(p for p in files if any(w in text[p] for w in d["written"]))
    if hits != sorted(d["pages"]): fail("decoy %s pages mismatch" % d["value"])
    for p in d["pages"]:
        if not any(w in text.get(p, "") for w in d["written"]): fail("decoy %s missing on %s" % (d["value"], p))
    if (d["kind"], d["value"]) in idowner: fail("decoy equals a seller identifier: " + d["value"])
    if not d["pages"]: fail("decoy unused " + d["value"])
    dkinds.add(d["kind"])

n_pages = len(files); n_sites = len({p.split("/")[1] for p in files if p.count("/") > 1})
n_off = sum(pg["is_offer"] for pg in pages.values())
if not 48 <= n_pages <= 56: fail("page count %d" % n_pages)
if not 8 <= n_sites <= 11: fail("site count %d" % n_sites)
if not 34 <= n_off <= 40: fail("offer count %d" % n_off)
if len(ops) != 9 or len(inds) != 6: fail("operators %d independents %d" % (len(ops), len(inds)))
if len(truth["decoys"]) < 18: fail("decoys %d" % len(truth["decoys"]))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d" % (
    n_pages, n_sites, n_off, n_pages - n_off, len(ops), sum(len(byop[o]) for o in ops), len(inds), len(truth["decoys"])))
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
