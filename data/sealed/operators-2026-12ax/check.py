#!/usr/bin/env python3
"""Verify site/ against truth.json."""
import json, os, re, posixpath, sys
D = os.path.dirname(os.path.abspath(__file__)); S = os.path.join(D, "site")
T = json.load(open(os.path.join(D, "truth.json"), encoding="utf-8"))
A = "0123456789ABCDEFGHJKLMNPQRTUWXY"; W = [pow(3, i, 31) for i in range(17)]
err = []
files = {"/" + os.path.relpath(os.path.join(r, f), S).replace(os.sep, "/") for r, _, fs in os.walk(S) for f in fs if f.endswith(".html")}
paths = {p["path"] for p in T["pages"]}
if files != paths: err.append("page set mismatch: %s" % (files ^ paths))
if not 48 <= len(files) <= 56: err.append("page count %d" % len(files))
if not os.path.exists(os.path.join(S, "robots.txt")): err.append("no robots.txt")
html = {p: open(os.path.join(S, p[1:]), encoding="utf-8").read() for p in files}
owner = {}
for p in T["pages"]:
    h = html.get(p["path"], "")
    if p["is_offer"] != bool(p["operator"]): err.append("offer/operator mismatch " + p["path"])
    for k, v, w in p["identifiers"]:
        if w not in h: err.append("%s: %r not on page" % (p["path"], w))
        if k == "uscc" and (len(v) != 18 or A[(31 - sum(A.index(c) * x for c, x in zip(v, W)) % 31) % 31] != v[17]): err.append("bad uscc " + v)
        owner.setdefault((k, v), set()).add(p["operator"])
for key, o in owner.items():
    if len(o) > 1: err.append("identifier shared across operators %s %s" % (key, o))
for d in T["decoys"]:
    if (d["kind"], d["value"]) in owner: err.append("decoy is a seller identifier %s" % d["value"])
    if len(d["paths"]) < 2: err.append("decoy on <2 pages " + d["value"])
    for p in d["paths"]:
        if not any(w in html[p] for w in d["written"]): err.append("decoy %s missing on %s" % (d["value"], p))
# reachability
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html: continue
    seen.add(p)
    for href in re.findall(r'href="([^"#:]+\.html)', html[p]):
        todo.append(posixpath.normpath(posixpath.join(posixpath.dirname(p), href)))
if seen != files: err.append("unreachable: %s" % sorted(files - seen))
# counts
ops = {p["operator"] for p in T["pages"] if p["operator"]}
U = {o for o in ops if o.startswith("U")}; I = ops - U
for u in U:
    n = sum(p["operator"] == u for p in T["pages"])
    if not 3 <= n <= 4: err.append("%s has %d pages" % (u, n))
    if u not in T["operators"]: err.append("missing operator entry " + u)
for i in I:
    if sum(p["operator"] == i for p in T["pages"]) != 1: err.append(i + " not single")
if set(T["operators"]) != U: err.append("operators dict mismatch")
offers = sum(p["is_offer"] for p in T["pages"])
print("pages=%d offers=%d non-offers=%d operators=%d independents=%d decoys=%d" % (len(files), offers, len(files) - offers, len(U), len(I), len(T["decoys"])))
if err: print("\n".join(err)); sys.exit(1)
print("OK")
