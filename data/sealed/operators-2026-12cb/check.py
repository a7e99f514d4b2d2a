#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure."""
import html, json, os, re, sys
from collections import defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def err(m): errors.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]

NORM = {
    "phone": r"\+861\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|1\d{4}|9\d{4}",
    "wechat": r"[a-z][a-z0-9_-]{5,19}", "qq": r"[1-9]\d{4,10}", "qq_group": r"[1-9]\d{5,10}",
    "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}", "domain": r"[a-z0-9.-]+\.[a-z]{2,}",
    "uscc": r"[0-9A-Z]{18}", "other": r".+",
}

def found(w, text):
    return re.search(r"(?<![0-9A-Za-z_])" + re.escape(w) + r"(?![0-9A-Za-z_])", text) is not None

t = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = {}
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            files[p] = html.unescape(open(os.path.join(root, f), encoding="utf-8").read())
rb = os.path.join(SITE, "robots.txt")
if not os.path.exists(rb) or "Disallow: /" in open(rb).read(): err("robots.txt missing or disallowing")

paths = [p["path"] for p in t["pages"]]
if len(paths) != len(set(paths)): err("duplicate pages in truth")
for p in set(files) - set(paths): err("page not in truth: " + p)
for p in set(paths) - set(files): err("truth page missing on disk: " + p)

owner = {}
for p in t["pages"]:
    owner[p["path"]] = p["operator"]
    if not p["is_offer"]:
        if p["operator"] is not None or p["provider"] is not None: err("non-offer with operator/provider: " + p["path"])
    else:
        if not re.fullmatch(r"U0[1-9]|I0[1-6]", p["operator"] or ""): err("bad operator on " + p["path"])
        if not p["provider"]: err("offer without provider: " + p["path"])
        if not p["identifiers"]: err("offer without identifiers: " + p["path"])
    for kind, value, written in p["identifiers"]:
        if kind not in NORM or not re.fullmatch(NORM[kind], value): err("bad value %s %s on %s" % (kind, value, p["path"]))
        if kind == "uscc" and not uscc_ok(value): err("bad USCC check char " + value)
        if p["path"] in files and written not in files[p["path"]]: err("written %r not on %s" % (written, p["path"]))

# operators and independents
by_op = defaultdict(list)
for p in t["pages"]:
    if p["operator"]: by_op[p["operator"]].append(p)
ops = sorted(o for o in by_op if o.startswith("U")); inds = sorted(o for o in by_op if o.startswith("I"))
if ops != ["U%02d" % i for i in range(1, 10)]: err("operators are %s" % ops)
if inds != ["I%02d" % i for i in range(1, 7)]: err("independents are %s" % inds)
val_owner = defaultdict(set)
for o, ps in by_op.items():
    for p in ps:
        for k, v, w in p["identifiers"]: val_owner[(k, v)].add(o)
for kv, os_ in val_owner.items():
    if len(os_) > 1: err("identifier %s shared by %s" % (kv, sorted(os_)))
for o in ops:
    ps = by_op[o]
    if not 3 <= len(ps) <= 4: err("%s has %d pages" % (o, len(ps)))
    sets = [set((k, v) for k, v, _ in p["identifiers"]) for p in ps]
    seen, todo = {0}, [0]
    while todo:
        i = todo.pop()
        for j in range(len(ps)):
            if j not in seen and sets[i] & sets[j]: seen.add(j); todo.append(j)
    if len(seen) != len(ps): err("%s pages not connected by shared identifiers" % o)
    tru = t["operators"].get(o)
    if not tru: err("operator %s missing" % o); continue
    if set(map(tuple, tru["identifiers"])) != set().union(*sets): err("%s identifiers mismatch" % o)
    if set(tru["brands"]) != set(p["provider"] for p in ps): err("%s brands mismatch" % o)
    if len(set(p["path"].split("/")[1] for p in ps)) < 2: err("%s on one site only" % o)
for o in inds:
    if len(by_op[o]) != 1: err("%s has %d pages" % (o, len(by_op[o])))
# written forms of an owner's identifiers must not appear on another owner's pages
forms = defaultdict(set)
for p in t["pages"]:
    for k, v, w in p["identifiers"]: forms[(k, v)].add(w)
for kv, ws in forms.items():
    o = next(iter(val_owner[kv]))
    for path, text in files.items():
        if owner.get(path) not in (None, o) and any(found(w, text) for w in ws):
            err("identifier %s of %s appears on %s" % (kv, o, path))

# decoys
ids_all = set(val_owner)
for d in t["decoys"]:
    if (d["kind"], d["value"]) in ids_all: err("decoy is a seller identifier: " + d["value"])
    if len(d["pages"]) < 2: err("decoy on <2 pages: " + d["value"])
    owners = set(owner.get(p) for p in d["pages"]) - {None}
    if len(owners) < 2: err("decoy %s not on pages of 2 different owners" % d["value"])
    for p in d["pages"]:
        if p not in files or not any(w in files[p] for w in d["written"]): err("decoy %s not on %s" % (d["value"], p))
if len(t["decoys"]) < 18: err("only %d decoys" % len(t["decoys"]))

# reachability by links from /index.html
class L(HTMLParser):
    def __init__(s): super().__init__(); s.h = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v and not v.startswith(("tel:", "http", "mailto:")): s.h.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop(); lp = L(); lp.feed(files.get(cur, ""))
    for h in lp.h:
        n = os.path.normpath(os.path.join(os.path.dirname(cur), h)).replace(os.sep, "/")
        if n in files and n not in seen: seen.add(n); todo.append(n)
for p in set(files) - seen: err("unreachable: " + p)

sites = set(p.split("/")[1] for p in files if p.count("/") == 2)
styles = set(re.search(r'<body class="([^"]+)"', files[p]).group(1) for p in files if p != "/index.html")
n_off = sum(p["is_offer"] for p in t["pages"])
if not 48 <= len(files) <= 56: err("page count %d" % len(files))
if not 8 <= len(styles) <= 11: err("style count %d" % len(styles))
if not 34 <= n_off <= 40: err("offer count %d" % n_off)

for e in errors: print("FAIL:", e)
print("pages=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d sites=%d styles=%d"
      % (len(files), n_off, len(files) - n_off, len(ops), sum(len(by_op[o]) for o in ops), len(inds),
         len(t["decoys"]), len(sites), len(styles)))
sys.exit(1 if errors else 0)
