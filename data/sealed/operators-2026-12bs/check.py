#!/usr/bin/env python3
"""Verify truth.json against site/. Standard library only. Exit 1 on any failure."""
import json, os, re, sys, html
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
errors = []


def err(msg):
    errors.append(msg)


def read(path):
    fp = os.path.join(SITE, path.lstrip("/"))
    if not os.path.isfile(fp):
        return None
    return open(fp, encoding="utf-8").read()


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.hrefs.append(v)


pages = {p["path"]: p for p in truth["pages"]}
if len(pages) != len(truth["pages"]):
    err("duplicate paths in truth")

# 1. every truth page exists; 2. identifiers written on the page
texts = {}
for path, p in pages.items():
    raw = read(path)
    if raw is None:
        err("missing page %s" % path)
        continue
    texts[path] = html.unescape(raw)
    for kind, value, written in p["identifiers"]:
        if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
            err("%s: bad kind %s" % (path, kind))
        if written not in texts[path]:
            err("%s: identifier %s/%s not written as %r" % (path, kind, value, written))
        if kind == "phone" and not (re.fullmatch(r"\+861\d{10}", value) or re.fullmatch(r"0\d{2,3}-\d{7,8}", value)):
            err("%s: phone not normalized: %s" % (path, value))
        if kind in ("wechat", "email", "domain", "uscc", "qq", "qq_group") and value != value.lower():
            err("%s: %s not lower-case: %s" % (path, kind, value))
        if kind == "domain" and value.startswith("www."):
            err("%s: domain with www: %s" % (path, value))

# 4. every HTML page is in truth
for root, _, files in os.walk(SITE):
    for fn in files:
        if fn.endswith(".html"):
            rel = "/" + os.path.relpath(os.path.join(root, fn), SITE).replace(os.sep, "/")
            if rel not in pages:
                err("page not in truth: %s" % rel)
if not os.path.isfile(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")

# 5. reachability from /index.html
seen, todo = set(), ["/index.html"]
while todo:
    cur = todo.pop()
    if cur in seen:
        continue
    seen.add(cur)
    raw = read(cur)
    if raw is None:
        err("broken link target %s" % cur)
        continue
    lp = Links()
    lp.feed(raw)
    for h in lp.hrefs:
        u = urlparse(urljoin("http://x" + cur, h))
        if u.netloc == "x" and u.path.endswith(".html") and u.path not in seen:
            todo.append(u.path)
for path in pages:
    if path not in seen:
        err("unreachable: %s" % path)

# offers / operators
offers = [p for p in pages.values() if p["is_offer"]]
owner = {path: (p["operator"] if p["is_offer"] else "nonoffer:" + path) for path, p in pages.items()}
for p in pages.values():
    if p["is_offer"]:
        if not re.fullmatch(r"U0[1-9]|I0[1-6]", p["operator"] or ""):
            err("%s: bad operator %r" % (p["path"], p["operator"]))
        if not p["provider"]:
            err("%s: offer without provider" % p["path"])
        if not p["identifiers"]:
            err("%s: offer without identifiers" % p["path"])
    elif p["operator"] is not None:
        err("%s: non-offer with operator" % p["path"])

by_op = {}
for p in offers:
    by_op.setdefault(p["operator"], []).append(p)
for i in range(1, 10):
    op = "U%02d" % i
    ps = by_op.get(op, [])
    if not 3 <= len(ps) <= 4:
        err("%s has %d pages" % (op, len(ps)))
    brands = {p["provider"] for p in ps}
    if len(brands) != len(ps):
        err("%s: brands not distinct per page" % op)
    if len({p["path"].split("/")[1] for p in ps}) != len(ps):
        err("%s: two pages on the same site style" % op)
    for p in ps:
        mine = {(k, v) for k, v, _ in p["identifiers"]}
        others = set()
        for q in ps:
            if q is not p:
                others |= {(k, v) for k, v, _ in q["identifiers"]}
        if not mine & others:
            err("%s: %s shares no identifier with its operator" % (op, p["path"]))
    # connected
    comp, stack = set(), [ps[0]["path"]] if ps else []
    while stack:
        c = stack.pop()
        if c in comp:
            continue
        comp.add(c)
        cid = {(k, v) for k, v, _ in pages[c]["identifiers"]}
        for q in ps:
            if q["path"] not in comp and cid & {(k, v) for k, v, _ in q["identifiers"]}:
                stack.append(q["path"])
    if ps and len(comp) != len(ps):
        err("%s: pages not connected by identifiers" % op)
for i in range(1, 7):
    op = "I%02d" % i
    if len(by_op.get(op, [])) != 1:
        err("%s must have exactly one page" % op)

# no identifier shared across different operators
idown = {}
for p in offers:
    for k, v, _ in p["identifiers"]:
        idown.setdefault((k, v), set()).add(p["operator"])
for key, ops in idown.items():
    if len(ops) > 1:
        err("identifier %s shared by %s" % (key, sorted(ops)))

# 3. decoys
decoy_vals = set()
for d in truth["decoys"]:
    decoy_vals.add(d["value"])
    if len(d["paths"]) < 2:
        err("decoy %s on fewer than 2 pages" % d["value"])
    if len({owner.get(x, x) for x in d["paths"]}) < 2:
        err("decoy %s does not span two owners" % d["value"])
    for x in d["paths"]:
        if x not in texts:
            err("decoy %s: page %s missing" % (d["value"], x))
        elif not any(w in texts[x] for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], x))
for (k, v) in idown:
    if v in decoy_vals:
        err("identifier %s is also a decoy" % v)

# counts
n, no = len(pages), len(offers)
if not 48 <= n <= 56:
    err("page count %d" % n)
if n - no < 11:
    err("non-offers %d" % (n - no))
if len(truth["decoys"]) < 18:
    err("decoys %d" % len(truth["decoys"]))

# USCC check characters
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
for p in pages.values():
    for k, v, _ in p["identifiers"]:
        if k == "uscc":
            u = v.upper()
            r = 31 - sum(ALPHA.index(c) * w for c, w in zip(u[:17], W)) % 31
            if ALPHA[0 if r == 31 else r] != u[17]:
                err("%s: bad USCC check %s" % (p["path"], v))

if errors:
    print("\n".join("FAIL " + e for e in errors))
    sys.exit(1)
print("OK: %d pages, %d offers, %d operators, %d independents, %d non-offers, %d decoys" % (
    n, no, len([o for o in by_op if o.startswith("U")]), len([o for o in by_op if o.startswith("I")]), n - no, len(truth["decoys"])))
