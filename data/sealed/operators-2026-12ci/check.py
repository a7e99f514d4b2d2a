#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any failure; print the counts at the end."""
import json, os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def fail(msg):
    ERR.append(msg)


def found(w, text):
    return re.search(r"(?<![0-9A-Za-z])" + re.escape(w) + r"(?![0-9A-Za-z])", text) is not None


ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPHA.index(ch) * W18[i] for i, ch in enumerate(c[:17]))
    r = 31 - s % 31
    if c[17] != ALPHA[0 if r == 31 else r]:
        return False
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w[i] for i, ch in enumerate(c[8:16]))
    k = 11 - s % 11
    return c[16] == ("X" if k == 10 else "0" if k == 11 else str(k))


NORM = {
    "phone": r"\+861[3-9]\d{9}|0\d{2,3}-\d{7,8}|[48]00\d{7}|123\d{2}",
    "wechat": r"[a-z0-9_\-]{5,30}",
    "qq": r"[1-9]\d{4,11}",
    "qq_group": r"[1-9]\d{4,11}",
    "email": r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+",
    "domain": r"[a-z0-9\-]+(\.[a-z0-9\-]+)+",
    "uscc": r"[0-9A-Z]{18}",
    "other": r".+",
}

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
pages = truth["pages"]

# ---- files <-> truth
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
paths = [p["path"] for p in pages]
if len(paths) != len(set(paths)):
    fail("duplicate page in truth")
if set(paths) != files:
    fail(f"truth/site mismatch: missing {sorted(files - set(paths))}, extra {sorted(set(paths) - files)}")
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")
html = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}

# ---- reachability from /index.html
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    for h in re.findall(r"href=['\"](/[^'\"#]*)['\"]", html.get(cur, "")):
        if h in html and h not in seen:
            seen.add(h)
            todo.append(h)
if seen != files:
    fail(f"unreachable from /index.html: {sorted(files - seen)}")

# ---- frames
sites = sorted({p.split("/")[1] for p in files if p != "/index.html"})
for p in files:
    if p == "/index.html":
        continue
    t = html[p]
    for part in ("class='top'", "class='crumb'", "class='side'", "class='foot'", "相关链接", "ICP"):
        if part not in t:
            fail(f"{p}: frame part {part} missing")

# ---- page identifiers
owner = {}
for p in pages:
    owner[p["path"]] = p["operator"] if p["is_offer"] else "page:" + p["path"]
    if not p["is_offer"] and (p["operator"] is not None or p["provider"] is not None):
        fail(f"{p['path']}: non-offer with operator/provider")
    if p["is_offer"] and (not p["operator"] or not p["provider"]):
        fail(f"{p['path']}: offer without operator/provider")
    if not p.get("note"):
        fail(f"{p['path']}: no note")
    for kind, value, written in p["identifiers"]:
        if kind not in NORM or not re.fullmatch(NORM[kind], value):
            fail(f"{p['path']}: bad normalized {kind} {value!r}")
        if kind == "uscc" and not uscc_ok(value):
            fail(f"{p['path']}: USCC check fails {value}")
        if written not in html.get(p["path"], ""):
            fail(f"{p['path']}: written form {written!r} not on page")

offers = [p for p in pages if p["is_offer"]]
by_owner = defaultdict(list)
for p in offers:
    by_owner[p["operator"]].append(p)
ops = sorted(o for o in by_owner if o.startswith("U"))
inds = sorted(o for o in by_owner if o.startswith("I"))
if ops != [f"U{i:02d}" for i in range(1, 10)]:
    fail(f"operators {ops}")
if inds != [f"I{i:02d}" for i in range(1, 7)]:
    fail(f"independents {inds}")

# identifiers of different owners must be disjoint; operators connected
idowner = defaultdict(set)
for p in offers:
    for k, v, _ in p["identifiers"]:
        idowner[(k, v)].add(p["operator"])
for key, os_ in idowner.items():
    if len(os_) > 1:
        fail(f"identifier {key} shared by {sorted(os_)}")
for o in ops + inds:
    ps = by_owner[o]
    if o.startswith("U"):
        if not 3 <= len(ps) <= 4:
            fail(f"{o}: {len(ps)} pages")
        sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
        comp, stack = {0}, [0]
        while stack:
            i = stack.pop()
            for j in range(len(ps)):
                if j not in comp and sets[i] & sets[j]:
                    comp.add(j)
                    stack.append(j)
        if len(comp) != len(ps):
            fail(f"{o}: pages not connected by shared identifiers")
        if len({p["path"].split("/")[1] for p in ps}) < 2:
            fail(f"{o}: all pages on one site")
        to = truth["operators"].get(o)
        if not to:
            fail(f"{o}: missing in operators")
        else:
            if sorted(map(tuple, to["identifiers"])) != sorted(set().union(*sets)):
                fail(f"{o}: operator identifiers differ from its pages")
            if sorted(to["brands"]) != sorted({p["provider"] for p in ps}):
                fail(f"{o}: brands differ")
    else:
        if len(ps) != 1:
            fail(f"{o}: {len(ps)} pages")
        if o in truth["operators"]:
            fail(f"{o}: independent listed as operator")
if sorted(truth["operators"]) != ops:
    fail("operators dict keys")

# an owner's written identifiers must not appear on another owner's offer page
for p in offers:
    for k, v, w in p["identifiers"]:
        for q in offers:
            if q["operator"] != p["operator"] and found(w, html[q["path"]]):
                fail(f"{w!r} of {p['operator']} appears on {q['path']} ({q['operator']})")

# ---- decoys
seller_values = {v for (k, v) in idowner}
dkinds = set()
for d in truth["decoys"]:
    dkinds.add(d["kind"])
    if d["value"] in seller_values:
        fail(f"decoy {d['value']} is a seller identifier")
    if len(d["pages"]) < 2 or len({owner[x] for x in d["pages"] if x in owner}) < 2:
        fail(f"decoy {d['value']} not on pages of 2+ owners")
    for x in d["pages"]:
        if x not in html or not any(found(w, html[x]) for w in d["written"]):
            fail(f"decoy {d['value']} not on {x}")
    for x in files:
        if x not in d["pages"] and any(found(w, html[x]) for w in d["written"]):
            fail(f"decoy {d['value']} on unlisted page {x}")
    if not d.get("why"):
        fail(f"decoy {d['value']} no why")
for k in ("phone", "email", "domain", "qq_group", "wechat", "other"):
    if k not in dkinds:
        fail(f"no decoy of kind {k}")

# ---- counts
n, no = len(pages), len(offers)
if not 48 <= n <= 56:
    fail(f"page count {n}")
if not 35 <= no <= 39:
    fail(f"offer count {no}")
if len(truth["decoys"]) < 18:
    fail("fewer than 18 decoys")
if not 8 <= len(sites) <= 11:
    fail(f"site count {len(sites)}")

for e in ERR:
    print("FAIL:", e)
nid = sum(len(p["identifiers"]) for p in offers)
print(f"pages={n} offers={no} non_offers={n - no} operators={len(ops)} "
      f"operator_pages={sum(len(by_owner[o]) for o in ops)} independents={len(inds)} "
      f"decoys={len(truth['decoys'])} sites={len(sites)} offer_identifiers={nid} "
      f"{'OK' if not ERR else 'FAILED (%d)' % len(ERR)}")
sys.exit(1 if ERR else 0)
