#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []
def fail(msg): errors.append(msg)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18)); r = 31 - s % 31
    return ALPHA[0 if r == 31 else r] == c[17]

NORM = {
 "phone": r"(\+861\d{10}|0[1-9]\d{9,10}|[48]00\d{7}|\d{5})",
 "wechat": r"[a-z][a-z0-9_\-]{5,19}", "qq": r"[1-9]\d{4,10}", "qq_group": r"[1-9]\d{4,10}",
 "email": r"[a-z0-9._\-]+@[a-z0-9.\-]+\.[a-z]+", "domain": r"[a-z0-9.\-]+\.[a-z]+", "other": r".+", "uscc": r"[0-9A-Y]{18}",
}

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
html_files = set()
for root, _d, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            html_files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
text = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in html_files}

pages = truth["pages"]
paths = [p["path"] for p in pages]
if len(set(paths)) != len(paths): fail("duplicate paths in truth")
for p in paths:
    if p not in html_files: fail("missing file for " + p)
for p in html_files - set(paths): fail("page not in truth: " + p)
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")

# reachability from hub
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v and v.startswith("/"): s.links.append(v.split("#")[0])
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    if cur not in text: continue
    l = L(); l.feed(text[cur])
    for h in l.links:
        if h in text and h not in seen: seen.add(h); todo.append(h)
for p in html_files - seen: fail("unreachable from hub: " + p)
sites = sorted({p.split("/")[1] for p in html_files if p.count("/") == 2})
for s in sites:
    if "/%s/index.html" % s not in text: fail("site without index: " + s)
    elif ('href="/%s/index.html"' % s) not in text["/index.html"]: fail("hub does not link " + s)

# identifiers on pages
seller_ids = {}
for p in pages:
    if not p["is_offer"] and p["operator"] is not None: fail("non-offer with operator " + p["path"])
    if p["is_offer"] and not re.fullmatch(r"[UI]0\d", p["operator"] or ""): fail("offer without operator " + p["path"])
    for k, v, w in p["identifiers"]:
        if k not in NORM: fail("bad kind %s on %s" % (k, p["path"]))
        elif not re.fullmatch(NORM[k], v): fail("badly normalized %s %s on %s" % (k, v, p["path"]))
        if k == "uscc" and not uscc_ok(v): fail("bad USCC check char " + v)
        if p["path"] in text and w not in text[p["path"]]: fail("written form %r not on %s" % (w, p["path"]))
        if p["operator"]: seller_ids.setdefault((k, v), set()).add(p["operator"])

offers = [p for p in pages if p["is_offer"]]
ops = {}
for p in offers: ops.setdefault(p["operator"], []).append(p)
U = sorted(o for o in ops if o.startswith("U")); I = sorted(o for o in ops if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: fail("operators are %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]: fail("independents are %s" % I)
for o in U:
    ps = ops[o]
    if not 3 <= len(ps) <= 4: fail("%s has %d offer pages" % (o, len(ps)))
    if len({p["path"].split("/")[1] for p in ps}) < 2: fail(o + " on fewer than 2 sites")
    # connectivity through shared identifiers
    comp = {ps[0]["path"]}; changed = True
    while changed:
        changed = False
        ids_in = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and ids_in & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"]); changed = True
    if len(comp) != len(ps): fail(o + " pages not tied into one chain")
    declared = {tuple(x) for x in truth["operators"].get(o, {}).get("identifiers", [])}
    if declared != {(k, v) for p in ps for k, v, _ in p["identifiers"]}: fail(o + " operator identifiers differ from its pages")
    if set(truth["operators"].get(o, {}).get("brands", [])) != {p["provider"] for p in ps}: fail(o + " brands differ")
for o in I:
    if len(ops[o]) != 1: fail(o + " has more than one page")
for key, owners in seller_ids.items():
    if len(owners) > 1: fail("identifier %s shared by %s" % (key, sorted(owners)))

# decoys
cats = set()
for d in truth["decoys"]:
    cats.add(d.get("category"))
    found = sorted(p for p, t in text.items() if any(w in t for w in d["written"]))
    if found != sorted(d["pages"]): fail("decoy %s pages mismatch: %s vs %s" % (d["value"], found, d["pages"]))
    for pg in d["pages"]:
        if pg not in text or not any(w in text[pg] for w in d["written"]): fail("decoy %s not on %s" % (d["value"], pg))
    if len(d["pages"]) < 2: fail("decoy %s appears on fewer than 2 pages" % d["value"])
    if (d["kind"], d["value"]) in seller_ids: fail("decoy %s is also a seller identifier" % d["value"])
    if d["kind"] not in NORM or not re.fullmatch(NORM[d["kind"]], d["value"]): fail("decoy badly normalized " + d["value"])
need = {"hotline", "official_site", "platform_footer", "warning_quote", "number_not_contact", "placeholder", "reader_comment", "third_party"}
if need - cats: fail("decoy categories missing: %s" % sorted(need - cats))

n_pages, n_offers = len(pages), len(offers)
if not 48 <= n_pages <= 56: fail("page count %d" % n_pages)
if not 8 <= len(sites) <= 11: fail("site count %d" % len(sites))
if not 34 <= n_offers <= 40: fail("offer count %d" % n_offers)
if len(truth["decoys"]) < 18: fail("only %d decoys" % len(truth["decoys"]))

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d" % (
    n_pages, len(sites), n_offers, n_pages - n_offers, len(U), sum(len(ops[o]) for o in U), len(I), len(truth["decoys"])))
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
