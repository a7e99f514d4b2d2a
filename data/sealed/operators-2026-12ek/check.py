#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def err(m): errors.append(m)

def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPH for ch in c):
        return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPH[0 if r == 31 else r] == c[17]

NORM = {
 "phone": re.compile(r"^(\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5})$"),
 "wechat": re.compile(r"^[a-z0-9_\-]{5,30}$"), "qq": re.compile(r"^[1-9]\d{4,10}$"),
 "qq_group": re.compile(r"^[1-9]\d{4,10}$"), "email": re.compile(r"^[a-z0-9._\-]+@[a-z0-9.\-]+$"),
 "domain": re.compile(r"^[a-z0-9.\-]+\.[a-z]+$"), "other": re.compile(r".+"), "uscc": re.compile(r".+")}

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            fp = os.path.join(dp, f)
            texts["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

pages = truth["pages"]
byp = {p["path"]: p for p in pages}
for p in pages:
    if p["path"] not in texts:
        err(f"missing page {p['path']}")
        continue
    t = texts[p["path"]]
    if p["is_offer"] and not p["operator"]:
        err(f"offer without operator {p['path']}")
    if not p["is_offer"] and (p["operator"] or p["identifiers"]):
        err(f"non-offer with operator/ids {p['path']}")
    for k, v, w in p["identifiers"]:
        if w not in t:
            err(f"{p['path']}: written form {w!r} not found")
        if k not in NORM or not NORM[k].match(v):
            err(f"{p['path']}: bad normalized {k} {v!r}")
        if k == "uscc" and not uscc_ok(v):
            err(f"{p['path']}: bad USCC check {v}")
for path in texts:
    if path != "/index.html" and path not in byp:
        err(f"page not in truth: {path}")

# reachability from the hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.h = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v: s.h.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    l = L(); l.feed(texts.get(cur, ""))
    for h in l.h:
        h = h if h.startswith("/") else os.path.normpath(os.path.join(os.path.dirname(cur), h))
        if h in texts and h not in seen:
            seen.add(h); todo.append(h)
for path in texts:
    if path not in seen:
        err(f"unreachable {path}")
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")

# operators: pages, connectivity, no leakage
sellers = defaultdict(list)
for p in pages:
    if p["operator"]:
        sellers[p["operator"]].append(p)
ops = [o for o in sellers if o.startswith("U")]
inds = [o for o in sellers if o.startswith("I")]
for o in ops:
    ps = sellers[o]
    if not 3 <= len(ps) <= 4:
        err(f"{o} has {len(ps)} pages")
    if len({p["path"].split('/')[1] for p in ps}) < 2:
        err(f"{o} on a single site")
    comp = {ps[0]["path"]}; changed = True
    while changed:
        changed = False
        vals = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps):
        err(f"{o} pages not connected by shared identifiers")
    tids = {tuple(x) for x in truth["operators"][o]["identifiers"]}
    if tids != {(k, v) for p in ps for k, v, _ in p["identifiers"]}:
        err(f"{o} operator identifiers mismatch")
for o in inds:
    if len(sellers[o]) != 1:
        err(f"{o} has {len(sellers[o])} pages")
owner = defaultdict(set)
forms = defaultdict(set)
for p in pages:
    for k, v, w in p["identifiers"]:
        owner[(k, v)].add(p["operator"]); forms[p["operator"]].add(w)
for kv, os_ in owner.items():
    if len(os_) > 1:
        err(f"identifier {kv} shared by sellers {os_}")
for p in pages:
    if p["is_offer"]:
        for o, ws in forms.items():
            if o != p["operator"]:
                for w in ws:
                    if w in texts[p["path"]]:
                        err(f"{p['path']} ({p['operator']}) carries {o}'s {w!r}")

# decoys
kinds = set()
for d in truth["decoys"]:
    kinds.add(d["kind"])
    scanned = sorted(pth for pth, t in texts.items() if any(w in t for w in d["written"]))
    if scanned != sorted(d["pages"]):
        err(f"decoy {d['value']}: pages {d['pages']} != scanned {scanned}")
    for pth in d["pages"]:
        if not any(w in texts.get(pth, "") for w in d["written"]):
            err(f"decoy {d['value']} not on {pth}")
    sel = {byp[x]["operator"] for x in d["pages"] if x in byp and byp[x]["operator"]}
    if (d["kind"], d["value"]) in owner:
        err(f"decoy {d['value']} is also a seller identifier")

n_pages = len(pages); n_off = sum(p["is_offer"] for p in pages)
n_sites = len({p["path"].split('/')[1] for p in pages})
if not 48 <= n_pages <= 56: err(f"page count {n_pages}")
if not 8 <= n_sites <= 11: err(f"site count {n_sites}")
if not 34 <= n_off <= 40: err(f"offer count {n_off}")
if len(ops) != 9 or len(inds) != 6: err(f"operators {len(ops)} independents {len(inds)}")
if len(truth["decoys"]) < 18: err("fewer than 18 decoys")

print(f"pages={n_pages} sites={n_sites} offers={n_off} non_offers={n_pages-n_off} "
      f"operators={len(ops)} independents={len(inds)} decoys={len(truth['decoys'])} decoy_kinds={len(kinds)} errors={len(errors)}")
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
