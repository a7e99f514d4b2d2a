#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []


def err(m):
    errors.append(m)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18))
    r = 31 - s % 31
    return ALPHA[0 if r == 31 else r] == c[17]


def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|1\d{4}|9\d{4}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind == "uscc":
        return uscc_ok(v)
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    return True


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.links.append(v)


truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            texts[p] = open(os.path.join(dp, f), encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing")

pages = {p["path"]: p for p in truth["pages"]}
if len(pages) != len(truth["pages"]):
    err("duplicate page paths in truth")
for p in pages:
    if p not in texts:
        err(f"truth page missing: {p}")
for p in texts:
    if p not in pages:
        err(f"html page not in truth: {p}")

# reachability
seen, todo = set(), ["/index.html"]
while todo:
    cur = todo.pop()
    if cur in seen or cur not in texts:
        continue
    seen.add(cur)
    lp = Links()
    lp.feed(texts[cur])
    for h in lp.links:
        if h.startswith("/"):
            todo.append(h.split("#")[0])
for p in texts:
    if p not in seen:
        err(f"unreachable from hub: {p}")
sites = sorted({p.split("/")[1] for p in texts if p.count("/") == 2})
hub = texts.get("/index.html", "")
for s in sites:
    if f'href="/{s}/index.html"' not in hub:
        err(f"hub does not link /{s}/index.html")

# pages and identifiers
owner_of = {}
seller_pages = {}
for p, e in pages.items():
    if e["is_offer"] and not e["operator"]:
        err(f"offer without operator: {p}")
    if not e["is_offer"] and (e["operator"] or e["identifiers"]):
        err(f"non-offer with operator/identifiers: {p}")
    if e["operator"]:
        seller_pages.setdefault(e["operator"], []).append(p)
    for kind, val, written in e["identifiers"]:
        if kind not in KINDS:
            err(f"bad kind {kind} on {p}")
        if not norm_ok(kind, val):
            err(f"bad normalization {kind} {val} on {p}")
        if written not in texts.get(p, ""):
            err(f"written form {written!r} not on {p}")
        o = owner_of.setdefault((kind, val), e["operator"])
        if o != e["operator"]:
            err(f"identifier {kind} {val} shared by {o} and {e['operator']}")

# seller written forms must not appear on other sellers' pages
for p, e in pages.items():
    for kind, val, written in e["identifiers"]:
        for q, t in texts.items():
            if written in t and pages[q]["operator"] not in (None, e["operator"]):
                err(f"{e['operator']} written form {written!r} also on {q} ({pages[q]['operator']})")

ops = {k: v for k, v in seller_pages.items() if k.startswith("U")}
ind = {k: v for k, v in seller_pages.items() if k.startswith("I")}
if sorted(ops) != [f"U0{i}" for i in range(1, 10)]:
    err(f"operators are {sorted(ops)}")
if sorted(ind) != [f"I0{i}" for i in range(1, 7)]:
    err(f"independents are {sorted(ind)}")
for o, ps in ops.items():
    if not 3 <= len(ps) <= 4:
        err(f"{o} has {len(ps)} pages")
    if len({x.split('/')[1] for x in ps}) < 2:
        err(f"{o} on a single site")
    # connectivity of ties
    vals = {x: {(k, v) for k, v, _ in pages[x]["identifiers"]} for x in ps}
    comp, stack = set(), [ps[0]]
    while stack:
        c = stack.pop()
        if c in comp:
            continue
        comp.add(c)
        stack += [y for y in ps if y not in comp and vals[c] & vals[y]]
    if comp != set(ps):
        err(f"{o} pages not connected by shared identifiers")
    t = truth["operators"].get(o)
    if not t:
        err(f"{o} missing from operators")
    else:
        union = sorted({(k, v) for x in ps for k, v in vals[x]})
        if sorted(map(tuple, t["identifiers"])) != union:
            err(f"{o} operator identifiers differ from page union")
        for x in ps:
            if pages[x]["provider"] not in t["brands"]:
                err(f"{o} brand {pages[x]['provider']} not listed")
for o, ps in ind.items():
    if len(ps) != 1:
        err(f"{o} has {len(ps)} pages")
if set(truth["operators"]) != set(ops):
    err("operators block mismatch")

# decoys
dk = set()
seller_vals = set(owner_of)
for d in truth["decoys"]:
    dk.add(d["kind"])
    if (d["kind"], d["value"]) in seller_vals:
        err(f"decoy {d['value']} is also a seller identifier")
    if not norm_ok(d["kind"], d["value"]):
        err(f"decoy bad normalization {d['value']}")
    scan = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    if scan != sorted(d["pages"]):
        err(f"decoy {d['value']} pages {d['pages']} != scan {scan}")
    for p in d["pages"]:
        if not any(w in texts.get(p, "") for w in d["written"]):
            err(f"decoy {d['value']} not on {p}")
    for w in d["written"]:
        if not any(w in texts[p] for p in d["pages"]):
            err(f"decoy written form {w!r} appears nowhere")
    sellers = {pages[p]["operator"] for p in d["pages"] if pages[p]["operator"]}
    if len(d["pages"]) < 2:
        err(f"decoy {d['value']} on fewer than 2 pages")
if dk != KINDS:
    err(f"decoy kinds missing: {KINDS - dk}")

n_pages = len(texts)
n_offers = sum(1 for e in pages.values() if e["is_offer"])
n_dec = len(truth["decoys"])
if not 48 <= n_pages <= 56: err(f"page count {n_pages}")
if not 8 <= len(sites) <= 11: err(f"site count {len(sites)}")
if not 35 <= n_offers <= 39: err(f"offer count {n_offers}")
if n_dec < 18: err(f"decoys {n_dec}")

print(f"pages={n_pages} sites={len(sites)} offers={n_offers} non_offers={n_pages - n_offers} "
      f"operators={len(ops)} operator_pages={sum(map(len, ops.values()))} independents={len(ind)} decoys={n_dec}")
if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
print("OK")
