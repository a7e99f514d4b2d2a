#!/usr/bin/env python3
"""Verify site/ against truth.json for web 12bl."""
import json, os, re, posixpath, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def err(m): errors.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(A.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    if A[0 if r == 31 else r] != c[17]:
        return False
    v = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(c[8:16], [3, 7, 9, 10, 5, 8, 4, 2]))
    k = 11 - v % 11
    return c[16] == ("X" if k == 10 else "0" if k == 11 else str(k))

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
files = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/"))
paths = [p["path"] for p in t["pages"]]
if len(paths) != len(set(paths)): err("duplicate page in truth")
if set(paths) != files: err(f"page set mismatch: {sorted(set(paths) ^ files)}")
if not 48 <= len(files) <= 56: err(f"page count {len(files)}")
rb = os.path.join(SITE, "robots.txt")
if not os.path.exists(rb) or "Allow: /" not in open(rb).read(): err("robots.txt missing or not allow-all")

html = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}
owner = {}
seller_vals = set()
ops = defaultdict(list)
for pg in t["pages"]:
    p = pg["path"]
    if bool(pg["is_offer"]) != (pg["operator"] is not None): err(f"{p}: operator iff is_offer violated")
    if pg["operator"]: ops[pg["operator"]].append(p)
    for kind, val, written in pg["identifiers"]:
        if kind not in {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}: err(f"{p}: bad kind {kind}")
        if written not in html.get(p, ""): err(f"{p}: identifier text not on page: {written}")
        if kind == "uscc" and not uscc_ok(val): err(f"{p}: bad USCC {val}")
        key = (kind, val)
        o = pg["operator"] or ("page:" + p)
        if key in owner and owner[key] != o: err(f"identifier {key} shared by {owner[key]} and {o}")
        owner[key] = o
        seller_vals.add(val)
# each multi-page operator page shares an identifier with another of its pages
for op, ps in ops.items():
    if op.startswith("U"):
        if not 3 <= len(ps) <= 4: err(f"{op} has {len(ps)} pages")
        sets = {p: {(k, v) for k, v, _ in next(x for x in t["pages"] if x["path"] == p)["identifiers"]} for p in ps}
        for p in ps:
            if not any(sets[p] & sets[q] for q in ps if q != p): err(f"{op}: {p} shares nothing with its siblings")
        sites = [p.split("/")[1] + ("/" + p.split("/")[2] if p.startswith("/corp/") else "") for p in ps]
        if len(set(sites)) != len(sites): err(f"{op}: two pages on the same site")
    elif op.startswith("I"):
        if len(ps) != 1: err(f"{op} has {len(ps)} pages")
u = sorted(o for o in ops if o.startswith("U")); i = sorted(o for o in ops if o.startswith("I"))
if u != [f"U0{k}" for k in range(1, 10)]: err(f"U operators {u}")
if i != [f"I0{k}" for k in range(1, 7)]: err(f"I operators {i}")
if set(t["operators"]) != set(ops): err("operators block differs from pages")
if len(t["decoys"]) < 18: err("fewer than 18 decoys")
for d in t["decoys"]:
    if d["value"] in seller_vals: err(f"decoy {d['value']} is a seller identifier")
    if len(set(d["paths"])) < 2: err(f"decoy {d['value']} on <2 pages")
    for p in d["paths"]:
        if p not in html or not any(w in html[p] for w in d["written"]): err(f"decoy {d['value']} not written on {p}")
    for w in d["written"]:
        if not any(w in html[p] for p in d["paths"] if p in html): err(f"decoy form {w} not found")
    if d["kind"] == "platform_uscc" and not uscc_ok(d["value"]): err(f"bad platform USCC {d['value']}")
# reachability
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    p = todo.pop()
    for h in re.findall(r'<a\s[^>]*href="([^"#:]+)"', html[p]):
        q = "/" + posixpath.normpath(posixpath.join(posixpath.dirname(p.lstrip("/")), h))
        if q not in html: err(f"{p}: broken link {h}")
        elif q not in seen:
            seen.add(q); todo.append(q)
if seen != files: err(f"unreachable: {sorted(files - seen)}")
offers = sum(1 for pg in t["pages"] if pg["is_offer"])
if errors:
    print("\n".join(errors)); sys.exit(1)
print(f"OK: {len(files)} pages, {offers} offer, {len(files)-offers} non-offer, {len(u)} U + {len(i)} I operators, {len(t['decoys'])} decoys")
