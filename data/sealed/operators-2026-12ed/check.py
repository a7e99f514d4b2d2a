#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys
from collections import defaultdict, deque
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
errors = []
def fail(msg): errors.append(msg)

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    t = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18))
    r = 31 - t % 31
    return ALPHA[0 if r == 31 else r] == c[17]

NORM = {
    "phone": r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}",
    "wechat": r"[a-z][a-z0-9_-]{5,19}",
    "qq": r"[1-9]\d{4,10}",
    "qq_group": r"[1-9]\d{4,10}",
    "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+",
    "domain": r"[a-z0-9.-]+\.[a-z]{2,}",
    "uscc": r".{18}",
    "other": r".+",
}
def norm_ok(kind, value):
    if kind not in NORM: return False
    if not re.fullmatch(NORM[kind], value): return False
    if kind == "uscc": return uscc_ok(value)
    return True

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
pages = truth["pages"]
by_path = {p["path"]: p for p in pages}

# files <-> truth
files = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/"))
text = {}
for p in pages:
    fp = os.path.join(SITE, p["path"].lstrip("/"))
    if not os.path.isfile(fp):
        fail(f"missing page {p['path']}")
    else:
        text[p["path"]] = open(fp, encoding="utf-8").read()
for f in files - set(by_path):
    fail(f"page not in truth: {f}")
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

# reachability from hub
class L(HTMLParser):
    def __init__(self): super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v: self.links.append(v)
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    cur = q.popleft()
    if cur not in text: continue
    lp = L(); lp.feed(text[cur])
    for h in lp.links:
        h = h.split("#")[0]
        if not h.startswith("/"):
            h = os.path.normpath(os.path.join(os.path.dirname(cur), h))
        if h in text and h not in seen:
            seen.add(h); q.append(h)
for p in by_path:
    if p not in seen: fail(f"unreachable from hub: {p}")
hub_links = L(); hub_links.feed(text.get("/index.html", ""))
sites = sorted({p.split("/")[1] for p in by_path if p.count("/") == 2})
for s in sites:
    if f"/{s}/index.html" not in hub_links.links: fail(f"hub does not link /{s}/index.html")

# identifiers on pages
seller_pages = defaultdict(list)
id_owner = defaultdict(set)
for p in pages:
    op = p["operator"]
    if p["is_offer"] and not op: fail(f"offer without operator {p['path']}")
    if not p["is_offer"] and (op or p["identifiers"]): fail(f"non-offer with operator/ids {p['path']}")
    if op: seller_pages[op].append(p)
    for k, v, w in p["identifiers"]:
        if not norm_ok(k, v): fail(f"bad normalization {k} {v} on {p['path']}")
        if w not in text.get(p["path"], ""): fail(f"written form {w!r} not on {p['path']}")
        if op: id_owner[(k, v)].add(op)
for key, ops in id_owner.items():
    if len(ops) > 1: fail(f"identifier {key} shared by sellers {ops}")

ops_truth = truth["operators"]
U = sorted(o for o in seller_pages if o.startswith("U"))
I = sorted(o for o in seller_pages if o.startswith("I"))
if sorted(ops_truth) != U: fail("operators table does not match pages")
for u in U:
    ps = seller_pages[u]
    if not 3 <= len(ps) <= 4: fail(f"{u} has {len(ps)} pages")
    if len({p['path'].split('/')[1] for p in ps}) < 2: fail(f"{u} on a single site")
    union = sorted({(k, v) for p in ps for k, v, _ in p["identifiers"]})
    if sorted(map(tuple, ops_truth[u]["identifiers"])) != union: fail(f"{u} identifiers mismatch")
    for p in ps:
        if p["provider"] not in ops_truth[u]["brands"]: fail(f"{u} provider {p['provider']} not in brands")
    # connectivity through shared identifiers
    comp = {ps[0]["path"]}; changed = True
    while changed:
        changed = False
        ids_in = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and ids_in & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps): fail(f"{u} pages not chained by shared identifiers")
for i in I:
    if len(seller_pages[i]) != 1: fail(f"{i} has {len(seller_pages[i])} pages")

# decoys
seller_vals = set(id_owner)
kinds = set()
for d in truth["decoys"]:
    kinds.add(d["kind"])
    if (d["kind"], d["value"]) in seller_vals: fail(f"decoy {d['value']} is a seller identifier")
    found = sorted(p for p, t in text.items() if any(w in t for w in d["written"]))
    if found != sorted(d["pages"]): fail(f"decoy {d['value']} pages mismatch: {found} vs {d['pages']}")
    for pth in d["pages"]:
        if not any(w in text.get(pth, "") for w in d["written"]): fail(f"decoy {d['value']} not on {pth}")
    sellers = {by_path[p]["operator"] for p in d["pages"] if by_path[p]["operator"]}
    if d["kind"] == "uscc" and not uscc_ok(d["value"]): fail(f"decoy uscc invalid {d['value']}")

n_pages = len(pages); n_offer = sum(p["is_offer"] for p in pages)
multi = sum(1 for d in truth["decoys"] if len({by_path[p]["operator"] for p in d["pages"] if by_path[p]["operator"]}) >= 2)
if not 48 <= n_pages <= 56: fail(f"page count {n_pages}")
if not 8 <= len(sites) <= 11: fail(f"site count {len(sites)}")
if not 34 <= n_offer <= 40: fail(f"offer count {n_offer}")
if len(U) != 9: fail(f"operators {len(U)}")
if len(I) != 6: fail(f"independents {len(I)}")
if len(truth["decoys"]) < 18: fail("fewer than 18 decoys")
for k in ["phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"]:
    if k not in kinds: fail(f"no decoy of kind {k}")

print(f"pages={n_pages} sites={len(sites)} offers={n_offer} non_offers={n_pages-n_offer} "
      f"operators={len(U)} operator_pages={sum(len(seller_pages[u]) for u in U)} independents={len(I)} "
      f"decoys={len(truth['decoys'])} decoys_across_sellers={multi}")
if errors:
    for e in errors: print("FAIL:", e)
    sys.exit(1)
print("OK")
