#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from collections import Counter
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []


def fail(m):
    errs.append(m)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c[:17], WTS)) % 31
    return c[17] == ALPH[0 if r == 31 else r]


NORM = {"phone": r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}",
        "wechat": r"[a-z][a-z0-9_-]{5,19}", "qq": r"[1-9]\d{4,11}", "qq_group": r"[1-9]\d{4,11}",
        "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", "domain": r"[a-z0-9.-]+\.[a-z]+", "uscc": r".{18}", "other": r".+"}

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for p in t["pages"]:
    fp = SITE + p["path"]
    if not os.path.isfile(fp):
        fail("missing page " + p["path"]); continue
    texts[p["path"]] = open(fp, encoding="utf-8").read()

html_files = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            html_files.add(os.path.join(d, f)[len(SITE):].replace(os.sep, "/"))
if html_files != set(texts):
    fail("pages in site/ and truth differ: %s" % sorted(html_files ^ set(texts)))
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v: s.links.append(v)
seen, todo = set(), ["/index.html"]
while todo:
    pth = todo.pop()
    if pth in seen or pth not in texts: continue
    seen.add(pth)
    lp = L(); lp.feed(texts[pth])
    base = os.path.dirname(pth)
    for h in lp.links:
        if h.startswith(("http:", "https:", "mailto:")): continue
        h = h.split("#")[0]
        if not h: continue
        todo.append(os.path.normpath(os.path.join(base, h)).replace(os.sep, "/"))
for pth in texts:
    if pth not in seen: fail("unreachable from hub: " + pth)
# hub links every site index
sites = sorted({p.split("/")[1] for p in texts if p.count("/") > 1})
for s in sites:
    if 'href="%s/index.html"' % s not in texts.get("/index.html", ""):
        fail("hub does not link " + s)

def occurs(w, text):
    return re.search(r"(?<![0-9A-Za-z_])" + re.escape(w) + r"(?![0-9A-Za-z_])", text) is not None

ops = Counter()
for p in t["pages"]:
    if p["path"] not in texts: continue
    if p["is_offer"] and not p["operator"]: fail("offer without operator " + p["path"])
    if not p["is_offer"] and (p["operator"] or p["identifiers"]): fail("non-offer with operator/ids " + p["path"])
    if p["operator"]: ops[p["operator"]] += 1
    for k, v, w in p["identifiers"]:
        if k not in NORM or not re.fullmatch(NORM[k], v): fail("bad normalization %s %s" % (k, v))
        if k == "uscc" and not uscc_ok(v): fail("bad USCC check " + v)
        if w not in texts[p["path"]]: fail("written form %r not on %s" % (w, p["path"]))
        if p["operator"] and [k, v] not in t["operators"].get(p["operator"], {}).get("identifiers", []) and p["operator"].startswith("U"):
            fail("identifier %s not in operator %s" % (v, p["operator"]))

U = {o: n for o, n in ops.items() if o.startswith("U")}
I = {o: n for o, n in ops.items() if o.startswith("I")}
if sorted(U) != ["U0%d" % i for i in range(1, 10)]: fail("operators U01-U09 expected, got %s" % sorted(U))
for o, n in U.items():
    if not 3 <= n <= 4: fail("%s has %d pages" % (o, n))
if sorted(I) != ["I0%d" % i for i in range(1, 7)] or any(n != 1 for n in I.values()): fail("independents wrong: %s" % I)
# independents share nothing
owner = {}
for p in t["pages"]:
    for k, v, w in p["identifiers"]:
        owner.setdefault((k, v), set()).add(p["operator"])
for kv, os_ in owner.items():
    if len(os_) > 1: fail("identifier %s shared by %s" % (kv, os_))
# each U operator's pages are connected by shared identifiers
for o in U:
    pg = [p for p in t["pages"] if p["operator"] == o]
    comp = {pg[0]["path"]}; changed = True
    while changed:
        changed = False
        ids = {(k, v) for p in pg if p["path"] in comp for k, v, w in p["identifiers"]}
        for p in pg:
            if p["path"] not in comp and ids & {(k, v) for k, v, w in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(pg): fail("operator %s not connected" % o)

# decoys
kinds = set()
for d in t["decoys"]:
    kinds.add(d["kind"])
    if (d["kind"], d["value"]) in owner: fail("decoy is also a seller identifier: " + d["value"])
    scanned = sorted(p for p, tx in texts.items() if any(occurs(w, tx) for w in d["written"]))
    if scanned != sorted(d["pages"]): fail("decoy %s pages differ: %s vs %s" % (d["value"], scanned, d["pages"]))
    for pth in d["pages"]:
        if not any(w in texts.get(pth, "") for w in d["written"]): fail("decoy %s not on %s" % (d["value"], pth))
    sellers = {p["operator"] for p in t["pages"] if p["path"] in d["pages"] and p["operator"]}
    d["_sellers"] = len(sellers)

n_pages = len(t["pages"]); n_offers = sum(p["is_offer"] for p in t["pages"])
if not 48 <= n_pages <= 56: fail("page count %d" % n_pages)
if not 34 <= n_offers <= 40: fail("offer count %d" % n_offers)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))
if len(t["decoys"]) < 18: fail("decoys %d" % len(t["decoys"]))
multi = sum(1 for d in t["decoys"] if d["_sellers"] >= 2)

print("pages=%d offers=%d non_offers=%d sites=%d operators=%d operator_pages=%d independents=%d decoys=%d decoys_on_2plus_sellers=%d decoy_kinds=%s"
      % (n_pages, n_offers, n_pages - n_offers, len(sites), len(U), sum(U.values()), len(I), len(t["decoys"]), multi, ",".join(sorted(kinds))))
if errs:
    print("FAIL (%d):" % len(errs)); [print(" -", e) for e in errs]
    sys.exit(1)
print("OK")
