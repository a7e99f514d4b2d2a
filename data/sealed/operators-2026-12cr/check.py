#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure."""
import json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
STYLE = {"zhiyuan": "corp", "hxedu": "corp", "kaide": "corp", "mall": "mall", "bbs": "bbs", "fl": "fl",
         "ask": "ask", "mp": "mp", "v": "v", "news": "news", "college": "college", "gov": "gov"}
errs = []
def fail(m): errs.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    s = sum(ALPHA.index(x) * w for x, w in zip(c[:17], W18)); r = 31 - s % 31
    return ALPHA[0 if r == 31 else r] == c[17]

NORM = {"phone": r"\+861\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|\d{5}",
        "wechat": r"[a-z0-9_\-]+", "qq": r"[1-9]\d{4,10}", "qq_group": r"[1-9]\d{4,10}",
        "email": r"[a-z0-9_.\-]+@[a-z0-9\-.]+\.[a-z]+", "domain": r"[a-z0-9\-.]+\.[a-z]+", "uscc": r".{18}", "other": r".+"}

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
if not os.path.isfile(os.path.join(SITE, "robots.txt")): fail("robots.txt missing")
paths = [p["path"] for p in truth["pages"]]
if len(paths) != len(set(paths)): fail("duplicate page in truth")
if set(paths) != files: fail("truth/site mismatch: %s" % sorted(set(paths) ^ files))
html = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}
page = {p["path"]: p for p in truth["pages"]}

# reachability from /index.html
class L(HTMLParser):
    def __init__(s): super().__init__(); s.l = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v and v.startswith("/"): s.l.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    l = L(); l.feed(html[todo.pop()])
    for h in l.l:
        if h in html and h not in seen: seen.add(h); todo.append(h)
if seen != files: fail("unreachable pages: %s" % sorted(files - seen))

owner_vals = {}
for p in truth["pages"]:
    op = p["operator"]
    if not p["is_offer"] and (op is not None or p["identifiers"]): fail("non-offer with operator/ids " + p["path"])
    if p["is_offer"] and not (op and re.fullmatch(r"[UI]0\d", op)): fail("offer without operator " + p["path"])
    if p["is_offer"] and not p["identifiers"]: fail("offer without identifiers " + p["path"])
    for k, v, w in p["identifiers"]:
        if w not in html[p["path"]]: fail("written form %r not on %s" % (w, p["path"]))
        if k not in NORM or not re.fullmatch(NORM[k], v): fail("bad value %s %r" % (k, v))
        if k == "uscc" and not uscc_ok(v): fail("bad USCC " + v)
        if k in ("wechat", "qq", "email", "domain") and v != v.lower(): fail("not lower " + v)
        owner_vals.setdefault((k, v), set()).add(op)

ops = {}
for p in truth["pages"]:
    if p["operator"]: ops.setdefault(p["operator"], []).append(p)
U = sorted(o for o in ops if o.startswith("U")); I = sorted(o for o in ops if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: fail("operators " + str(U))
if I != ["I%02d" % i for i in range(1, 7)]: fail("independents " + str(I))
if sorted(truth["operators"]) != U: fail("operators block mismatch")
for o in U:
    pg = ops[o]
    if not 3 <= len(pg) <= 4: fail("%s has %d pages" % (o, len(pg)))
    # connectivity via shared identifier values
    comp = {pg[0]["path"]}; changed = True
    while changed:
        changed = False
        vals = {(k, v) for p in pg if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in pg:
            if p["path"] not in comp and vals & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(pg): fail(o + " pages not connected by identifiers")
    if len({STYLE[p["path"].split("/")[1]] for p in pg}) < 2: fail(o + " on one style only")
    ids = {(k, v) for p in pg for k, v, _ in p["identifiers"]}
    if ids != {tuple(x) for x in truth["operators"][o]["identifiers"]}: fail(o + " identifiers block mismatch")
for kv, os_ in owner_vals.items():
    if len(os_) > 1: fail("identifier %s shared across owners %s" % (kv, os_))
for o in I:
    if len(ops[o]) != 1: fail(o + " must have one page")

dvals = set()
for d in truth["decoys"]:
    dvals.add((d["kind"], d["value"]))
    if (d["kind"], d["value"]) in owner_vals: fail("decoy is also an identifier: " + d["value"])
    pats = [re.compile(r"(?<![0-9A-Za-z_])" + re.escape(w) + r"(?![0-9A-Za-z_])") for w in d["written"]]
    for p in d["pages"]:
        if p not in html or not any(r.search(html[p]) for r in pats): fail("decoy %s not on %s" % (d["value"], p))
    for p in files - set(d["pages"]):
        if any(r.search(html[p]) for r in pats): fail("decoy %s on unlisted %s" % (d["value"], p))
    owners = {page[p]["operator"] for p in d["pages"]} - {None}
    if len(d["pages"]) < 2 or len(owners) < 2: fail("decoy %s not on pages of 2+ owners" % d["value"])

n, offers = len(files), sum(p["is_offer"] for p in truth["pages"])
styles = {STYLE[p.split("/")[1]] for p in files if p != "/index.html"}
if not 48 <= n <= 56: fail("page count %d" % n)
if not 34 <= offers <= 40: fail("offer count %d" % offers)
if not 8 <= len(styles) <= 11: fail("styles %d" % len(styles))
if len(truth["decoys"]) < 18: fail("decoys %d" % len(truth["decoys"]))
for e in errs: print("FAIL:", e)
print("pages=%d offers=%d non_offers=%d styles=%d operators=%d independents=%d decoys=%d"
      % (n, offers, n - offers, len(styles), len(U), len(I), len(truth["decoys"])))
sys.exit(1 if errs else 0)
