#!/usr/bin/env python3
"""Consistency checks for operators-2026-12o (stdlib only)."""
import json, os, re, sys
from collections import defaultdict
from html.parser import HTMLParser

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")
T = json.load(open(os.path.join(OUT, "truth.json"), encoding="utf-8"))
ERR = []
def err(m): ERR.append(m)
FW = str.maketrans("０１２３４５６７８９", "0123456789")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPH for ch in c): return False
    s = sum(ALPH.index(a) * w for a, w in zip(c[:17], W))
    return ALPH[(31 - s % 31) % 31] == c[17]

# files
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
tp = [p["path"] for p in T["pages"]]
if len(tp) != len(set(tp)): err("duplicate truth paths")
if set(tp) != files: err(f"truth/site mismatch: {set(tp) ^ files}")
if not os.path.exists(os.path.join(SITE, "robots.txt")): err("no robots.txt")
HTML = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}

# reachability
class L(HTMLParser):
    def __init__(s): super().__init__(); s.h = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v and v.startswith("/"): s.h.append(v.split("#")[0])
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in HTML:
        if p not in HTML and p not in seen: err(f"broken link {p}")
        seen.add(p); continue
    seen.add(p); l = L(); l.feed(HTML[p]); todo += l.h
for p in files - seen: err(f"unreachable {p}")

# counts
pages = T["pages"]; offers = [p for p in pages if p["is_offer"]]
if not 48 <= len(pages) <= 56: err(f"page count {len(pages)}")
if not 34 <= len(offers) <= 38: err(f"offer count {len(offers)}")
indep = [p for p in offers if p["operator"] is None]
if not 7 <= len(indep) <= 9: err(f"independents {len(indep)}")

KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
def norm_ok(k, v):
    if k == "phone": return re.fullmatch(r"\+86(1\d{10}|[48]00\d{7}|[2-9]\d{8,10})|\d{3,5}", v)
    if k in ("qq", "qq_group"): return re.fullmatch(r"[1-9]\d{4,10}", v)
    if k in ("wechat", "email", "domain"): return v == v.lower() and " " not in v
    if k == "uscc": return uscc_ok(v)
    return True

def group(p): return p["operator"] or ("IND:" + p["path"])
owner = defaultdict(set)
for p in pages:
    if not p["is_offer"]:
        if p["identifiers"] or p["operator"] or p["provider"]: err(f"non-offer with labels {p['path']}")
        continue
    if not p["provider"]: err(f"offer without provider {p['path']}")
    if not p["identifiers"]: err(f"offer without identifiers {p['path']}")
    for k, v, wf in p["identifiers"]:
        if k not in KINDS: err(f"kind {k}")
        if not norm_ok(k, v): err(f"bad normalized {k} {v} {p['path']}")
        if wf not in HTML[p["path"]]: err(f"written form missing {wf!r} in {p['path']}")
        owner[(k, v)].add(group(p))
for kv, g in owner.items():
    if len(g) > 1: err(f"identifier shared across groups {kv} {g}")

# operators: connected chains, counts, brands
ops = dict((k, v) for k, v in T["operators"])
if len(ops) != 9: err("operator count")
byop = defaultdict(list)
for p in offers:
    if p["operator"]: byop[p["operator"]].append(p)
if set(byop) != set(ops): err("operator id mismatch")
for o, ps in byop.items():
    if not 3 <= len(ps) <= 4: err(f"{o} has {len(ps)} offers")
    brands = {p["provider"] for p in ps}
    if not 2 <= len(brands) <= 3: err(f"{o} brands {brands}")
    if brands != set(ops[o]["brands"]): err(f"{o} brand list mismatch")
    adj = {p["path"]: {(k, v) for k, v, _ in p["identifiers"]} for p in ps}
    start = ps[0]["path"]; comp = {start}; ch = True
    while ch:
        ch = False
        for q in adj:
            if q not in comp and any(adj[q] & adj[c] for c in comp): comp.add(q); ch = True
    if comp != set(adj): err(f"{o} not connected: {set(adj) - comp}")

# scan patterns built from normalized values
def dpat(d): return r"(?<![0-9])" + r"[\s\-－—()（）]*".join(d) + r"(?![0-9])"
def pattern(k, v):
    if k == "phone":
        if not v.startswith("+86"): return dpat(v)
        n = v[3:]
        return dpat(n if (n[0] == "1" and len(n) == 11) or n[:3] in ("400", "800") else "0" + n)
    if k in ("qq", "qq_group") or (k == "other" and v.isdigit()): return dpat(v)
    if k == "wechat" and v.isdigit(): return dpat(v)
    return r"(?<![A-Za-z0-9_])" + re.escape(v) + r"(?![A-Za-z0-9_])" if k in ("wechat",) else re.escape(v)
TXT = {p: h.translate(FW) for p, h in HTML.items()}
def scan(k, v): return {p for p, t in TXT.items() if re.search(pattern(k, v), t, re.I)}
pg = {p["path"]: p for p in pages}
def folder(path): return path.split("/")[1]
for (k, v), g in owner.items():
    g = next(iter(g)); mine = {p["path"] for p in offers if group(p) == g}
    for f in scan(k, v) - mine:
        q = pg[f]
        if q["is_offer"] or folder(f) not in {folder(m) for m in mine}:
            err(f"seller id {k}:{v} of {g} appears on foreign page {f}")

# decoys
sellers = set(owner)
for d in T["decoys"]:
    if (d["kind"], d["value"]) in sellers: err(f"decoy is a seller id {d}")
    if d["kind"] == "uscc" and not uscc_ok(d["value"]): err(f"bad decoy uscc {d['value']}")
    found = scan(d["kind"], d["value"])
    if found != set(d["paths"]): err(f"decoy paths incomplete {d['value']}: {found ^ set(d['paths'])}")
    if not found: err(f"decoy unused {d['value']}")

if ERR:
    print("\n".join(ERR)); print(len(ERR), "problems"); sys.exit(1)
print(f"OK: {len(pages)} pages, {len(offers)} offers, {len(byop)} operators, {len(indep)} independents, {len(T['decoys'])} decoys")
