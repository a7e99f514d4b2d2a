#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W31 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def fail(msg): errors.append(msg)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c, W31)) % 31
    return c[17] == ALPH[0 if r == 31 else r]

NORM = {
 "phone": r"(\+861\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|1\d{4})",
 "wechat": r"[a-z0-9_\-]+", "qq": r"[1-9]\d{4,11}", "qq_group": r"[1-9]\d{4,11}",
 "email": r"[a-z0-9._\-]+@[a-z0-9.\-]+\.[a-z]+", "domain": r"[a-z0-9.\-]+\.[a-z]+", "uscc": r".*", "other": r".+",
}

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            fp = os.path.join(d, f)
            html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    fail("robots.txt missing")

paths = [p["path"] for p in truth["pages"]]
if len(paths) != len(set(paths)): fail("duplicate pages in truth")
if set(paths) != set(html): fail("truth/site mismatch: %s" % (set(paths) ^ set(html)))
pages = {p["path"]: p for p in truth["pages"]}

# reachability from /index.html
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v and v.startswith("/"): s.links.append(v)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    l = L(); l.feed(html.get(todo.pop(), ""))
    for h in l.links:
        if h in html and h not in seen: seen.add(h); todo.append(h)
if seen != set(html): fail("unreachable: %s" % sorted(set(html) - seen))

owner = lambda p: pages[p]["operator"] or ("null:" + p)
opid = {}
for p in truth["pages"]:
    o = p["operator"]
    if not p["is_offer"] and o is not None: fail("non-offer with operator " + p["path"])
    if p["is_offer"] and not (o and re.fullmatch(r"[UI]\d\d", o)): fail("offer without operator " + p["path"])
    for k, v, w in p["identifiers"]:
        if k not in NORM: fail("bad kind %s" % k)
        elif not re.fullmatch(NORM[k], v): fail("bad value %s %s on %s" % (k, v, p["path"]))
        if k == "uscc" and not uscc_ok(v): fail("bad USCC " + v)
        if w not in html[p["path"]]: fail("written %r not on %s" % (w, p["path"]))
        if o:
            prev = opid.setdefault((k, v), o)
            if prev != o: fail("identifier %s shared by %s and %s" % (v, prev, o))
    if o and o.startswith("U"):
        if [list(x[:2]) for x in p["identifiers"]] and any([k, v] not in truth["operators"][o]["identifiers"] for k, v, _ in p["identifiers"]):
            fail("operator identifiers incomplete for " + p["path"])
# an operator's written identifiers must not appear on pages of other owners
for p in truth["pages"]:
    for k, v, w in p["identifiers"]:
        for q, h in html.items():
            if w in h and pages[q]["operator"] != p["operator"]:
                fail("written %r of %s also on %s" % (w, p["operator"], q))

ops = sorted({p["operator"] for p in truth["pages"] if p["operator"] and p["operator"][0] == "U"})
inds = sorted({p["operator"] for p in truth["pages"] if p["operator"] and p["operator"][0] == "I"})
if ops != ["U%02d" % i for i in range(1, 10)]: fail("operators " + str(ops))
if inds != ["I%02d" % i for i in range(1, 7)]: fail("independents " + str(inds))
if sorted(truth["operators"]) != ops: fail("operators section mismatch")
for u in ops:
    ps = [p for p in truth["pages"] if p["operator"] == u]
    if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (u, len(ps)))
    ids = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
    comp, todo = {0}, [0]
    while todo:
        i = todo.pop()
        for j in range(len(ps)):
            if j not in comp and ids[i] & ids[j]: comp.add(j); todo.append(j)
    if len(comp) != len(ps): fail(u + " pages not connected by shared identifiers")
    if len({p["provider"] for p in ps}) < 2: fail(u + " uses one brand only")
for i in inds:
    ps = [p for p in truth["pages"] if p["operator"] == i]
    if len(ps) != 1: fail(i + " must have one page")
dvals = set()
for d in truth["decoys"]:
    dvals.add((d["kind"], d["value"]))
    if len(d["pages"]) < 2: fail("decoy %s on <2 pages" % d["value"])
    if len({owner(p) for p in d["pages"]}) < 2: fail("decoy %s single owner" % d["value"])
    for p in d["pages"]:
        if p not in html or not any(w in html[p] for w in d["written"]): fail("decoy %s not on %s" % (d["value"], p))
    if (d["kind"], d["value"]) in opid: fail("decoy %s is also a seller identifier" % d["value"])
styles = {p.get("site_style") for p in truth["pages"]} - {"nav"}
n, offers = len(truth["pages"]), sum(p["is_offer"] for p in truth["pages"])
if not 48 <= n <= 56: fail("page count %d" % n)
if not 35 <= offers <= 39: fail("offer count %d" % offers)
if len(truth["decoys"]) < 18: fail("decoys %d" % len(truth["decoys"]))
if not 8 <= len(styles) <= 11: fail("styles %d" % len(styles))
for e in errors: print("FAIL:", e)
print("pages=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d site_styles=%d %s"
      % (n, offers, n - offers, len(ops), len(inds), len(truth["decoys"]), len(styles), "OK" if not errors else "FAILED"))
sys.exit(1 if errors else 0)
