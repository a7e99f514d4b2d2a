#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
errs = []
t = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPH.index(x) * w for x, w in zip(c, W18)) % 31
    return ALPH[0 if r == 31 else r] == c[17]


NORM = {"phone": r"(\+86\d{11}|0\d{9,11}|[48]00\d{7}|\d{5})", "wechat": r"[a-z0-9_\-]+", "qq": r"\d{5,11}",
        "qq_group": r"\d{5,11}", "uscc": r"[0-9A-Z]{18}", "email": r"[a-z0-9_.\-]+@[a-z0-9.\-]+", "domain": r"[a-z0-9.\-]+\.[a-z]+", "other": r".+"}


def read(path):
    fp = SITE + path
    if not os.path.isfile(fp):
        errs.append(f"missing page {path}")
        return ""
    return open(fp, encoding="utf-8").read()


pages = {p["path"]: p for p in t["pages"]}
html = {path: read(path) for path in pages}
for p in t["pages"]:
    h = html[p["path"]]
    if p["is_offer"] and not p["operator"]:
        errs.append(f"offer without operator {p['path']}")
    if not p["is_offer"] and (p["operator"] or p["identifiers"]):
        errs.append(f"non-offer with operator/identifiers {p['path']}")
    for kind, value, written in p["identifiers"]:
        if written not in h:
            errs.append(f"{p['path']}: written form {written!r} not on page")
        if kind not in NORM or not re.fullmatch(NORM[kind], value):
            errs.append(f"{p['path']}: bad normalized {kind} {value!r}")
        if kind == "uscc" and not uscc_ok(value):
            errs.append(f"bad USCC {value}")

# operators and independents
byop = defaultdict(list)
for p in t["pages"]:
    if p["operator"]:
        byop[p["operator"]].append(p)
U = sorted(k for k in byop if k.startswith("U"))
I = sorted(k for k in byop if k.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]:
    errs.append(f"operators {U}")
if I != [f"I0{i}" for i in range(1, 7)]:
    errs.append(f"independents {I}")
owner = defaultdict(set)
for op, ps in byop.items():
    for p in ps:
        for k, v, _ in p["identifiers"]:
            owner[(k, v)].add(op)
for key, ops in owner.items():
    if len(ops) > 1:
        errs.append(f"identifier {key} shared across {ops}")
for op in U:
    ps = byop[op]
    if not 3 <= len(ps) <= 4:
        errs.append(f"{op} has {len(ps)} pages")
    if len({p['path'].split('/')[1] for p in ps}) < 2:
        errs.append(f"{op} on one site only")
    # connectivity by shared identifier values
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
    seen, stack = {0}, [0]
    while stack:
        i = stack.pop()
        for j in range(len(ps)):
            if j not in seen and sets[i] & sets[j]:
                seen.add(j); stack.append(j)
    if len(seen) != len(ps):
        errs.append(f"{op} pages not chained by shared identifiers")
    o = t["operators"].get(op)
    if not o or {tuple(x) for x in o["identifiers"]} != set().union(*sets):
        errs.append(f"{op} operator identifiers mismatch")
for op in I:
    if len(byop[op]) != 1:
        errs.append(f"{op} has {len(byop[op])} pages")

# decoys
kinds = set()
opvals = set(owner)
for d in t["decoys"]:
    kinds.add(d["kind"])
    hit = sorted(path for path, h in html.items() if any(w in h for w in d["written"]))
    if hit != sorted(d["pages"]):
        errs.append(f"decoy {d['value']} pages {d['pages']} != scanned {hit}")
    for path in d["pages"]:
        if path in html and not any(w in html[path] for w in d["written"]):
            errs.append(f"decoy {d['value']} not on {path}")
    if (d["kind"], d["value"]) in opvals:
        errs.append(f"decoy {d['value']} is also a seller identifier")
    if len(d["pages"]) < 2:
        errs.append(f"decoy {d['value']} on fewer than 2 pages")
    sellers = {pages[x]["operator"] for x in d["pages"] if pages[x]["operator"]}
    if len(sellers) < 2 and not any(not pages[x]["is_offer"] for x in d["pages"]):
        errs.append(f"decoy {d['value']} does not span sellers")


# reachability from hub
class L(HTMLParser):
    def __init__(s):
        super().__init__(); s.links = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            s.links += [v for k, v in a if k == "href"]


seen, todo = set(), ["/index.html"]
while todo:
    cur = todo.pop()
    if cur in seen or not os.path.isfile(SITE + cur):
        continue
    seen.add(cur)
    lp = L(); lp.feed(open(SITE + cur, encoding="utf-8").read())
    for href in lp.links:
        href = href.split("#")[0]
        if not href or "://" in href:
            continue
        todo.append(os.path.normpath(os.path.join(os.path.dirname(cur), href)))
for path in pages:
    if path not in seen:
        errs.append(f"unreachable {path}")
allhtml = {"/" + os.path.relpath(os.path.join(r, f), SITE) for r, _, fs in os.walk(SITE) for f in fs if f.endswith(".html")}
if allhtml - set(pages) - {"/index.html"}:
    errs.append(f"pages not in truth: {allhtml - set(pages) - {'/index.html'}}")
if "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    errs.append("robots.txt")

n = len(pages); offers = sum(p["is_offer"] for p in t["pages"])
sites = len({p.split("/")[1] for p in pages})
if not 48 <= n <= 56: errs.append(f"{n} pages")
if not 8 <= sites <= 11: errs.append(f"{sites} sites")
if not 34 <= offers <= 40: errs.append(f"{offers} offers")
if len(t["decoys"]) < 18: errs.append("fewer than 18 decoys")
for k in ("phone", "email", "domain", "qq_group", "wechat", "other"):
    if k not in kinds: errs.append(f"no decoy of kind {k}")
print(f"pages={n} sites={sites} offers={offers} non_offers={n - offers} operators={len(U)} "
      f"operator_pages={sum(len(byop[o]) for o in U)} independents={len(I)} decoys={len(t['decoys'])}")
for e in errs:
    print("FAIL:", e)
sys.exit(1 if errs else 0)
