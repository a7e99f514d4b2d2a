#!/usr/bin/env python3
"""Verify truth.json against site/; exit non-zero on failure; print counts."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []

def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

def norm_ok(k, v):
    if k == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|12\d{3}|95\d{3}", v))
    if k in ("wechat", "email", "domain"):
        return v == v.lower()
    if k == "uscc":
        return uscc_ok(v)
    if k in ("qq", "qq_group"):
        return v.isdigit()
    return k == "other"

def bre(w):
    return re.compile(r"(?<![0-9A-Za-z_])" + re.escape(w) + r"(?![0-9A-Za-z_])", re.I if "@" in w or "." in w else 0)

class Links(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v and v.startswith("/"):
                    self.links.append(v)

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            fp = os.path.join(dp, f)
            html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    errs.append("robots.txt missing or not allowing")
tpaths = [p["path"] for p in truth["pages"]]
if set(tpaths) != set(html):
    errs.append(f"truth/site page mismatch: {set(tpaths) ^ set(html)}")
# reachability
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in html: continue
    seen.add(u); lp = Links(); lp.feed(html[u]); todo += lp.links
if set(html) - seen:
    errs.append(f"unreachable: {sorted(set(html) - seen)}")
sites = {p.split("/")[1] for p in html if p.count("/") > 1}
for s in sites:
    if f"/{s}/index.html" not in html: errs.append(f"no index for {s}")
# pages
offers = [p for p in truth["pages"] if p["is_offer"]]
ops = truth["operators"]
byop = {}
for p in truth["pages"]:
    if p["path"] not in html:
        errs.append(f"missing {p['path']}"); continue
    if not p["is_offer"] and (p["operator"] is not None or p["identifiers"]):
        errs.append(f"non-offer with operator/ids {p['path']}")
    if p["is_offer"]:
        if not p["operator"] or not p["provider"] or not p["identifiers"]:
            errs.append(f"offer lacking fields {p['path']}")
        byop.setdefault(p["operator"], []).append(p)
    for k, v, w in p["identifiers"]:
        if w not in html[p["path"]]:
            errs.append(f"{p['path']}: written {w!r} not found")
        if not norm_ok(k, v):
            errs.append(f"{p['path']}: bad normalization {k} {v}")
        if p["operator"] in ops and [k, v] not in ops[p["operator"]]["identifiers"]:
            errs.append(f"{p['path']}: {v} not in operator list")
# operators connected, independents isolated
ident_pages = {}
for p in offers:
    for k, v, _ in p["identifiers"]:
        ident_pages.setdefault((k, v), set()).add(p["operator"])
for key, owners in ident_pages.items():
    if len(owners) > 1: errs.append(f"identifier {key} shared by {owners}")
for o, pl in byop.items():
    if o.startswith("U"):
        if not 3 <= len(pl) <= 4: errs.append(f"{o} has {len(pl)} pages")
        if len({p['path'].split('/')[1] for p in pl}) < 2: errs.append(f"{o} on one site only")
        comp = {pl[0]["path"]}; changed = True
        while changed:
            changed = False
            for p in pl:
                if p["path"] in comp: continue
                mine = {(k, v) for k, v, _ in p["identifiers"]}
                if any(mine & {(k, v) for k, v, _ in q["identifiers"]} for q in pl if q["path"] in comp):
                    comp.add(p["path"]); changed = True
        if len(comp) != len(pl): errs.append(f"{o} pages not chained")
    elif len(pl) != 1: errs.append(f"{o} independent has {len(pl)} pages")
# decoys
opvals = {(k, v) for key in ident_pages for k, v in [key]}
for d in truth["decoys"]:
    found = sorted(path for path, t in html.items() if any(bre(w).search(t) for w in d["written"]))
    if found != sorted(d["pages"]): errs.append(f"decoy {d['value']} pages {found} != {d['pages']}")
    if not found: errs.append(f"decoy {d['value']} appears nowhere")
    if (d["kind"], d["value"]) in opvals: errs.append(f"decoy {d['value']} is a seller identifier")
    if not norm_ok(d["kind"], d["value"]): errs.append(f"decoy bad normalization {d['value']}")
kinds = {d["kind"] for d in truth["decoys"]}
n_u = len([o for o in byop if o.startswith("U")]); n_i = len([o for o in byop if o.startswith("I")])
counts = dict(pages=len(html), sites=len(sites), offers=len(offers), non_offers=len(html) - len(offers),
              operators=n_u, independents=n_i, decoys=len(truth["decoys"]), decoy_kinds=len(kinds))
if not 48 <= len(html) <= 56: errs.append("page count out of range")
if not 8 <= len(sites) <= 11: errs.append("site count out of range")
if n_u != 9 or n_i != 6: errs.append("operator/independent count")
if len(truth["decoys"]) < 18: errs.append("too few decoys")
if not 34 <= len(offers) <= 40: errs.append("offer count off")
for e in errs: print("FAIL:", e)
print(" ".join(f"{k}={v}" for k, v in counts.items()))
sys.exit(1 if errs else 0)
