#!/usr/bin/env python3
"""Verify truth.json against site/; exit non-zero on any failure; print the counts."""
import html
import json
import os
import re
import sys
from collections import Counter, deque
from urllib.parse import urljoin, urlparse

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []


def fail(msg):
    errors.append(msg)


def uscc_ok(v):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", v):
        return False
    r = 31 - sum(ALPH.index(c) * w for c, w in zip(v[:17], W18)) % 31
    return ALPH[0 if r == 31 else r] == v[17]


def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("qq", "qq_group"):
        return bool(re.fullmatch(r"[1-9]\d{4,10}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower() and (kind != "email" or "@" in v) and (kind != "domain" or "." in v)
    if kind == "uscc":
        return uscc_ok(v)
    return bool(v)


truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
pages = truth["pages"]
texts = {}
for p in pages:
    f = os.path.join(SITE, p["path"].lstrip("/"))
    if not os.path.isfile(f):
        fail(f"missing page {p['path']}")
        continue
    texts[p["path"]] = html.unescape(open(f, encoding="utf-8").read())

# every html file is in truth
on_disk = set()
for d, _, fs in os.walk(SITE):
    for fn in fs:
        if fn.endswith(".html"):
            on_disk.add("/" + os.path.relpath(os.path.join(d, fn), SITE).replace(os.sep, "/"))
if on_disk != set(texts):
    fail(f"pages on disk not in truth or vice versa: {sorted(on_disk ^ set(texts))}")
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

# reachability from the hub
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    cur = q.popleft()
    for href in re.findall(r'href="([^"]+)"', texts.get(cur, "")):
        tgt = urlparse(urljoin("http://x" + cur, href)).path
        if tgt in texts and tgt not in seen:
            seen.add(tgt)
            q.append(tgt)
if seen != set(texts):
    fail(f"unreachable from hub: {sorted(set(texts) - seen)}")

# page identifiers
sites = {p["path"].strip("/").split("/")[0] for p in pages if "/" in p["path"].strip("/")}
n_ids = 0
for p in pages:
    t = texts.get(p["path"], "")
    if not p["is_offer"] and p["operator"] is not None:
        fail(f"non-offer with operator {p['path']}")
    if p["is_offer"] and not p["operator"]:
        fail(f"offer without operator {p['path']}")
    for kind, value, written in p["identifiers"]:
        n_ids += 1
        if kind not in KINDS:
            fail(f"bad kind {kind} on {p['path']}")
        if not norm_ok(kind, value):
            fail(f"bad normalized value {kind} {value} on {p['path']}")
        if written not in t:
            fail(f"written form {written!r} not on {p['path']}")

# operators
op_pages = Counter(p["operator"] for p in pages if p["operator"])
U = sorted(k for k in op_pages if k.startswith("U"))
I = sorted(k for k in op_pages if k.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]:
    fail(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]:
    fail(f"independents {I}")
for u in U:
    if not 3 <= op_pages[u] <= 4:
        fail(f"{u} has {op_pages[u]} pages")
    osites = {p["path"].split("/")[1] for p in pages if p["operator"] == u}
    if len(osites) < 2:
        fail(f"{u} on one site only")
    if u not in truth["operators"]:
        fail(f"{u} missing in operators")
    else:
        ids = {(k, v) for p in pages if p["operator"] == u for k, v, _ in p["identifiers"]}
        if ids != {tuple(x) for x in truth["operators"][u]["identifiers"]}:
            fail(f"{u} identifiers differ from its pages")
        # pages of an operator must be connected by shared identifiers
        ps = [p for p in pages if p["operator"] == u]
        comp = {ps[0]["path"]}
        changed = True
        while changed:
            changed = False
            have = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
            for p in ps:
                if p["path"] not in comp and have & {(k, v) for k, v, _ in p["identifiers"]}:
                    comp.add(p["path"])
                    changed = True
        if len(comp) != len(ps):
            fail(f"{u} pages not connected by identifiers")
for i in I:
    if op_pages[i] != 1:
        fail(f"{i} has {op_pages[i]} pages")
# independents and operators share nothing across operators
owner = {}
for p in pages:
    for k, v, _ in p["identifiers"]:
        if owner.setdefault((k, v), p["operator"]) != p["operator"]:
            fail(f"identifier {k} {v} shared by {owner[(k, v)]} and {p['operator']}")

# decoys
dkinds = Counter()
for d in truth["decoys"]:
    dkinds[d["kind"]] += 1
    if not norm_ok(d["kind"], d["value"]):
        fail(f"bad decoy value {d['value']}")
    if (d["kind"], d["value"]) in owner:
        fail(f"decoy {d['value']} is also a seller identifier")
    actual = sorted(path for path, t in texts.items() if any(w in t for w in d["written"]))
    if actual != sorted(d["pages"]):
        fail(f"decoy {d['value']} pages differ: {actual}")
    for path in d["pages"]:
        if not any(w in texts.get(path, "") for w in d["written"]):
            fail(f"decoy {d['value']} not on {path}")
    sellers = {p["operator"] for p in pages if p["path"] in d["pages"] and p["operator"]}
missing = KINDS - set(dkinds)
if missing:
    fail(f"decoy kinds missing: {sorted(missing)}")

n_pages = len(pages)
n_offer = sum(p["is_offer"] for p in pages)
if not 48 <= n_pages <= 56:
    fail(f"page count {n_pages}")
if not 8 <= len(sites) <= 11:
    fail(f"site count {len(sites)}")
if not 34 <= n_offer <= 40:
    fail(f"offer count {n_offer}")
if len(truth["decoys"]) < 18:
    fail("fewer than 18 decoys")

for e in errors:
    print("FAIL:", e)
print(f"pages={n_pages} sites={len(sites)} offers={n_offer} non_offers={n_pages - n_offer} "
      f"operators={len(U)} operator_pages={sum(op_pages[u] for u in U)} independents={len(I)} "
      f"decoys={len(truth['decoys'])} decoy_kinds={len(dkinds)} page_identifiers={n_ids}")
sys.exit(1 if errors else 0)
