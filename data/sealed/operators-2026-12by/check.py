#!/usr/bin/env python3
"""Verify truth.json against site/."""
import json, os, re, html, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
errors = []

def text(path):
    return html.unescape(open(os.path.join(SITE, path.lstrip("/")), encoding="utf-8").read())

files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
tpaths = [p["path"] for p in truth["pages"]]
if len(tpaths) != len(set(tpaths)):
    errors.append("duplicate paths in truth")
for p in truth["pages"]:
    if p["path"] not in files:
        errors.append("missing page " + p["path"]); continue
    t = text(p["path"])
    for kind, value, written in p["identifiers"]:
        if written not in t:
            errors.append(f"{p['path']}: identifier {kind}:{value} not written as {written!r}")
    if p["is_offer"] and not p["operator"]:
        errors.append(p["path"] + ": offer without operator")
    if not p["is_offer"] and p["operator"]:
        errors.append(p["path"] + ": non-offer with operator")
for f in files - set(tpaths):
    errors.append("page not in truth " + f)
for d in truth["decoys"]:
    if len(d["paths"]) < 2:
        errors.append("decoy on fewer than 2 pages " + d["value"])
    for path in d["paths"]:
        if path not in files or not any(w in text(path) for w in d["written"]):
            errors.append(f"decoy {d['value']} not on {path}")
# every operator page shares an identifier with another page of the same operator
byop = {}
for p in truth["pages"]:
    if p["operator"]:
        byop.setdefault(p["operator"], []).append(p)
for op, ps in byop.items():
    for p in ps:
        mine = {(k, v) for k, v, _ in p["identifiers"]}
        if op.startswith("U") and not any(mine & {(k, v) for k, v, _ in q["identifiers"]} for q in ps if q is not p):
            errors.append(f"{op} page {p['path']} shares nothing with its operator")
    if op.startswith("I") and len(ps) != 1:
        errors.append(op + " should have one page")
# reachability from /index.html
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    for href in re.findall(r'href="([^"#?]+)"', text(cur)):
        if href.startswith("/") and href in files and href not in seen:
            seen.add(href); todo.append(href)
for f in sorted(files - seen):
    errors.append("unreachable " + f)
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    errors.append("robots.txt missing")
offers = sum(p["is_offer"] for p in truth["pages"])
print(f"pages={len(files)} offers={offers} operators={len([o for o in byop if o.startswith('U')])} "
      f"independents={len([o for o in byop if o.startswith('I')])} decoys={len(truth['decoys'])}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
