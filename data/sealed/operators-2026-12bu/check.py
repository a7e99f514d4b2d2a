#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any problem."""
import json, os, re, sys
from collections import defaultdict, deque

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
T = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
err = []


def text(path):
    return open(os.path.join(SITE, path.lstrip("/")), encoding="utf-8").read()


html_files = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            html_files.add("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/"))
pages = {p["path"]: p for p in T["pages"]}
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    err.append("robots.txt missing")
for p in pages:
    if p not in html_files:
        err.append(f"truth page missing on disk: {p}")
for f in html_files - set(pages):
    err.append(f"html page not in truth: {f}")

KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
for p in T["pages"]:
    if p["path"] not in html_files:
        continue
    t = text(p["path"])
    for k, v, w in p["identifiers"]:
        if k not in KINDS:
            err.append(f"{p['path']}: bad kind {k}")
        if w not in t:
            err.append(f"{p['path']}: identifier {k} {v} written '{w}' not on page")
    for k, v, w, owner in p.get("comment_identifiers", []):
        if w not in t:
            err.append(f"{p['path']}: comment identifier '{w}' not on page")
    op = p["operator"]
    if p["is_offer"]:
        if not op or not re.fullmatch(r"U0[1-9]|I0[1-6]", op):
            err.append(f"{p['path']}: offer with bad operator {op}")
    elif op is not None:
        err.append(f"{p['path']}: non-offer with operator")

# operators: counts, brands, connectivity by shared identifiers
byop = defaultdict(list)
for p in T["pages"]:
    if p["operator"]:
        byop[p["operator"]].append(p)
for u in [f"U0{i}" for i in range(1, 10)]:
    ps = byop.get(u, [])
    if not 3 <= len(ps) <= 4:
        err.append(f"{u}: {len(ps)} pages")
    if len({p['provider'] for p in ps}) < 3:
        err.append(f"{u}: fewer than 3 brands")
    if len({p['path'].split('/')[1] for p in ps}) < 2:
        err.append(f"{u}: one site style only")
    keys = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
    seen, q = {0}, deque([0])
    while q:
        i = q.popleft()
        for j in range(len(ps)):
            if j not in seen and keys[i] & keys[j]:
                seen.add(j); q.append(j)
    if len(seen) != len(ps):
        err.append(f"{u}: pages not connected by shared identifiers")
for i in [f"I0{i}" for i in range(1, 7)]:
    if len(byop.get(i, [])) != 1:
        err.append(f"{i}: needs exactly one page")
# no identifier shared across operators (on operator-owned identifier lists)
owner = defaultdict(set)
for p in T["pages"]:
    for k, v, _ in p["identifiers"]:
        owner[(k, v)].add(p["operator"])
for key, os_ in owner.items():
    if len(os_) > 1:
        err.append(f"identifier {key} listed for several operators {os_}")
# comment identifiers must belong to the named owner
for p in T["pages"]:
    for k, v, w, o in p.get("comment_identifiers", []):
        if owner.get((k, v)) != {o}:
            err.append(f"{p['path']}: comment identifier {v} not owned by {o}")

# decoys
decoy_vals = set()
for d in T["decoys"]:
    if len(d["paths"]) < 2:
        err.append(f"decoy {d['value']} on fewer than 2 pages")
    groups = set()
    for path in d["paths"]:
        if path not in pages:
            err.append(f"decoy {d['value']} path {path} not in truth"); continue
        t = text(path)
        if not any(w in t for w in d["written"]):
            err.append(f"decoy {d['value']} not written on {path}")
        groups.add(pages[path]["operator"] or "non-offer:" + path)
    if len(groups) < 2:
        err.append(f"decoy {d['value']} does not span different operators/non-offers")
    if (d["kind"], d["value"]) in owner:
        err.append(f"decoy {d['value']} is also an operator identifier")
    decoy_vals.add(d["value"])
if len(T["decoys"]) < 18:
    err.append("fewer than 18 decoys")

# reachability from /index.html
graph = {}
for f in html_files:
    graph[f] = set(h for h in re.findall(r"href='([^']+)'", text(f)) if h.startswith("/"))
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    for h in graph.get(q.popleft(), ()):
        if h in html_files and h not in seen:
            seen.add(h); q.append(h)
for f in sorted(html_files - seen):
    err.append(f"unreachable: {f}")

n = len(html_files); offers = sum(p["is_offer"] for p in T["pages"])
if not 48 <= n <= 56:
    err.append(f"{n} pages, need 48-56")
if n - offers < 11:
    err.append("fewer than 11 non-offers")
print(f"pages={n} offers={offers} non-offers={n-offers} operators={len([k for k in byop if k.startswith('U')])} "
      f"independents={len([k for k in byop if k.startswith('I')])} decoys={len(T['decoys'])}")
for x in err:
    print("ERROR", x)
print("OK" if not err else f"{len(err)} errors")
sys.exit(1 if err else 0)
