#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any failure."""
import json, os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
errs = []
def fail(m): errs.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    r = 31 - sum(ALPHA.index(ch) * w[i] for i, ch in enumerate(c[:17])) % 31
    return c[17] == ALPHA[0 if r == 31 else r]

FW = {chr(0xFF10 + i): str(i) for i in range(10)}
CN = dict(zip("零〇一二三四五六七八九", "00123456789"))
def digits(s):
    return "".join(FW.get(c, CN.get(c, c)) for c in s if FW.get(c, CN.get(c, c)).isdigit())

def phone_norm(w):
    d = digits(w)
    if d.startswith("86") and len(d) == 13: d = d[2:]
    if len(d) == 11 and d[0] == "1": return "+86" + d
    if d[:3] in ("400", "800") and len(d) == 10: return d
    if len(d) == 5 and d.startswith("123"): return d
    if d.startswith("0"):
        a = 3 if d[1] in "12" else 4
        return d[:a] + "-" + d[a:]
    return None

t = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
paths = [p["path"] for p in t["pages"]]
if len(paths) != len(set(paths)): fail("duplicate page in truth")
if set(paths) != files: fail("truth/site mismatch: %s" % sorted(set(paths) ^ files))
html = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}
if not os.path.exists(os.path.join(SITE, "robots.txt")): fail("robots.txt missing")
# reachability from /index.html
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html: continue
    seen.add(p)
    todo += re.findall(r'href="(/[^"#]*\.html)"', html[p])
if seen != files: fail("unreachable: %s" % sorted(files - seen))

KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
owner_ids = defaultdict(set)        # operator -> set of (kind,value)
op_pages = defaultdict(list)
for p in t["pages"]:
    op = p["operator"]
    if not p["is_offer"] and op is not None: fail("non-offer with operator %s" % p["path"])
    if p["is_offer"] and op is None: fail("offer without operator %s" % p["path"])
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS: fail("bad kind %s" % kind)
        if written not in html.get(p["path"], ""): fail("written %r not on %s" % (written, p["path"]))
        if kind == "phone" and phone_norm(written) != value: fail("phone %r -> %r != %r" % (written, phone_norm(written), value))
        if kind in ("qq", "qq_group") and digits(written) != value: fail("qq %r != %r" % (written, value))
        if kind in ("wechat", "qq", "email", "domain") and value != value.lower(): fail("not lower %r" % value)
        if kind == "uscc" and not uscc_ok(value): fail("bad uscc %s" % value)
        if kind == "email" and not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", value): fail("bad email %s" % value)
        if op: owner_ids[op].add((kind, value))
    if op: op_pages[op].append(p)

U = sorted(o for o in op_pages if o.startswith("U"))
I = sorted(o for o in op_pages if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: fail("operators %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]: fail("independents %s" % I)
for o in U:
    ps = op_pages[o]
    if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (o, len(ps)))
    sites = {p["path"].split("/")[1] for p in ps}
    if len(sites) < 2: fail("%s on one site style" % o)
    # connectivity over shared identifiers
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
    comp, todo = {0}, [0]
    while todo:
        i = todo.pop()
        for j in range(len(ps)):
            if j not in comp and sets[i] & sets[j]: comp.add(j); todo.append(j)
    if len(comp) != len(ps): fail("%s pages not linked by shared identifiers" % o)
    tr = t["operators"].get(o)
    if not tr or {tuple(x) for x in tr["identifiers"]} != owner_ids[o]: fail("operators[%s] identifiers mismatch" % o)
    if tr and set(tr["brands"]) != {p["provider"] for p in ps}: fail("operators[%s] brands mismatch" % o)
for o in I:
    if len(op_pages[o]) != 1: fail("%s pages" % o)
owners = sorted(owner_ids)
for i, a in enumerate(owners):
    for b in owners[i + 1:]:
        if owner_ids[a] & owner_ids[b]: fail("%s and %s share %s" % (a, b, owner_ids[a] & owner_ids[b]))

all_ids = set().union(*owner_ids.values())
for d in t["decoys"]:
    if (d["kind"], d["value"]) in all_ids: fail("decoy %s is a seller identifier" % d["value"])
    if len(d["pages"]) < 2: fail("decoy %s on <2 pages" % d["value"])
    own = {next(p["operator"] for p in t["pages"] if p["path"] == x) for x in d["pages"]}
    if len(own) < 2: fail("decoy %s pages of one owner" % d["value"])
    for x in d["pages"]:
        if not any(w in html.get(x, "") for w in d["written"]): fail("decoy %s not on %s" % (d["value"], x))
    for w in d["written"]:
        if not any(w in html.get(x, "") for x in d["pages"]): fail("decoy written %r nowhere" % w)
    if d["kind"] == "phone" and any(phone_norm(w) != d["value"] for w in d["written"]): fail("decoy phone norm %s" % d["value"])

n_pages, n_offer = len(t["pages"]), sum(p["is_offer"] for p in t["pages"])
styles = {p.split("/")[1] for p in paths if p.count("/") > 1}
if not 48 <= n_pages <= 56: fail("pages %d" % n_pages)
if not 34 <= n_offer <= 40: fail("offers %d" % n_offer)
if not 8 <= len(styles) <= 11: fail("styles %d" % len(styles))
if len(t["decoys"]) < 18: fail("decoys %d" % len(t["decoys"]))
print("pages=%d offers=%d non_offers=%d site_styles=%d operators=%d operator_pages=%d independents=%d decoys=%d" % (
    n_pages, n_offer, n_pages - n_offer, len(styles), len(U), sum(len(op_pages[o]) for o in U), len(I), len(t["decoys"])))
for e in errs: print("FAIL:", e)
print("OK" if not errs else "FAILED (%d)" % len(errs))
sys.exit(1 if errs else 0)
