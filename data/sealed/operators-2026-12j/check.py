#!/usr/bin/env python3
"""Consistency checks for site/ and truth.json (stdlib only). Exit 1 on any error."""
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(msg):
    errors.append(msg)


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
assert set(truth) == {"description", "pages", "operators", "decoys"}, truth.keys()
pages = {p["path"]: p for p in truth["pages"]}

# ---- files
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        rel = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
        if rel.endswith(".html"):
            files.add(rel)
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")
if files != set(pages):
    err("pages vs files differ: %s / %s" % (set(pages) - files, files - set(pages)))
html = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}

# ---- reachability
class LinkP(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k == "href" and v:
                self.links.append(v)


seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html:
        continue
    seen.add(p)
    lp = LinkP()
    lp.feed(html[p])
    for h in lp.links:
        u = urlparse(urljoin("http://h" + p, h))
        if u.scheme == "http" and u.netloc == "h":
            todo.append(u.path)
if seen != files:
    err("unreachable from /index.html: %s" % sorted(files - seen))

# ---- normalisation helpers
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"(?<=\d)[ \-\u2013\u2014\u00a0]+(?=\d)", "", s)


NORM = {p: norm(h) for p, h in html.items()}


def national(v):
    return v[3:] if v.startswith("+86") else v


def digit_hit(text, d):
    return re.search(r"(?<!\d)(?:\+?86|0)?" + re.escape(d) + r"(?!\d)", text) is not None


def str_hit(text, s):
    return s.lower() in text.lower()


def hit(text, kind, value):
    if kind in ("phone", "qq", "qq_group") or (kind in ("wechat", "other") and value.isdigit()):
        return digit_hit(text, national(value) if kind == "phone" else value)
    if kind == "domain":
        return bool(re.search(r"(?<![A-Za-z0-9.\-])(?:www\.)?" + re.escape(value) + r"(?![A-Za-z0-9\-]|\.[A-Za-z])", text, re.I))
    if kind == "email":
        t = re.sub(r"\s*(?:\(at\)|\[at\]|\bAT\b|#)\s*", "@", text, flags=re.I)
        return str_hit(t, value)
    if kind == "uscc":
        return value in re.sub(r"(?<=[0-9A-Z]) (?=[0-9A-Z])", "", text)
    return str_hit(text, norm(value))


def uscc_ok(u):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", u):
        return False
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(u[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == u[17]


# ---- per-page identifiers
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
group_of = {}
owner = defaultdict(set)  # (kind,value) -> groups
for p in truth["pages"]:
    path = p["path"]
    if not p["is_offer"]:
        if p["operator"] is not None or p["identifiers"]:
            err("non-offer %s has operator/identifiers" % path)
        continue
    g = p["operator"] or ("IND:" + path)
    group_of[path] = g
    if not p["identifiers"]:
        err("offer without identifiers %s" % path)
    if not p["provider"]:
        err("offer without provider %s" % path)
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS:
            err("bad kind %s on %s" % (kind, path))
        if written not in html[path]:
            err("written form %r not on %s" % (written, path))
        if kind == "phone":
            if not re.fullmatch(r"\+86\d{9,11}", value):
                err("phone not E.164 %s" % value)
            dig = re.sub(r"\D", "", norm(written))
            if not (dig.endswith(national(value)) and len(dig) - len(national(value)) <= 2):
                err("phone written %r does not match %s" % (written, value))
        elif kind == "uscc":
            if not uscc_ok(value):
                err("bad USCC %s" % value)
            if re.sub(r"\s", "", written) != value:
                err("uscc written %r" % written)
        elif kind in ("wechat", "email", "domain"):
            if value != value.lower():
                err("%s not lowercased %s" % (kind, value))
            if kind != "email" and written != "微信同号" and value not in norm(written).lower():
                err("%s written %r vs %s" % (kind, written, value))
        if not hit(NORM[path], kind, value):
            err("scanner cannot find %s %s on %s" % (kind, value, path))
        owner[(kind, value)].add(g)

for key, gs in owner.items():
    if len(gs) > 1:
        err("seller identifier %s shared across groups %s" % (key, gs))

# ---- completeness: every known seller identifier found on an offer page must be listed there,
#      and must belong to that page's group
for path, g in group_of.items():
    listed = {(k, v) for k, v, _ in pages[path]["identifiers"]}
    for key, gs in owner.items():
        if hit(NORM[path], *key):
            if g not in gs:
                err("identifier %s of %s appears on %s (%s)" % (key, gs, path, g))
            elif key not in listed and not (key[0] == "wechat" and ("phone", "+86" + key[1]) in listed):
                err("identifier %s found but not listed on %s" % (key, path))

# ---- operators: size, brands, connectivity
ops = {o: info for o, info in truth["operators"]}
if len(ops) != 9:
    err("expected 9 operators, got %d" % len(ops))
for o, info in ops.items():
    ps = [p for p in truth["pages"] if p["operator"] == o]
    if not 3 <= len(ps) <= 4:
        err("%s has %d offers" % (o, len(ps)))
    brands = {p["provider"] for p in ps}
    if not 2 <= len(brands) <= 3 or brands != set(info["brands"]):
        err("%s brands %s vs %s" % (o, brands, info["brands"]))
    ids = {p["path"]: {(k, v) for k, v, _ in p["identifiers"]} for p in ps}
    comp, stack = set(), [ps[0]["path"]]
    while stack:
        a = stack.pop()
        if a in comp:
            continue
        comp.add(a)
        stack += [b for b in ids if b not in comp and ids[a] & ids[b]]
    if comp != set(ids):
        err("%s not connected: %s" % (o, set(ids) - comp))
    # chain: no single identifier on every page
    common = set.intersection(*ids.values())
    if common:
        err("%s: identifier on all pages (not a chain) %s" % (o, common))

inds = [p for p in truth["pages"] if p["is_offer"] and p["operator"] is None]
if not 7 <= len(inds) <= 9:
    err("independents: %d" % len(inds))
n_offers = sum(p["is_offer"] for p in truth["pages"])
if not 34 <= n_offers <= 38:
    err("offers: %d" % n_offers)
if not 48 <= len(pages) <= 56:
    err("pages: %d" % len(pages))

# ---- decoys: paths complete and exact
for d in truth["decoys"]:
    found = {p for p in files if hit(NORM[p], d["kind"], d["value"])}
    if found != set(d["paths"]):
        err("decoy %s %s paths %s vs scanned %s" % (d["kind"], d["value"], sorted(d["paths"]), sorted(found)))
    if (d["kind"], d["value"]) in owner:
        err("decoy is also a seller identifier: %s" % d["value"])
    if d["kind"] == "uscc" and not uscc_ok(d["value"]):
        err("bad decoy USCC %s" % d["value"])
    if d["kind"] == "phone" and not re.fullmatch(r"\+86\d{7,11}|\d{5}", d["value"]):
        err("decoy phone format %s" % d["value"])

if errors:
    print("\n".join("ERROR " + e for e in errors))
    print("%d error(s)" % len(errors))
    sys.exit(1)
print("OK: %d pages, %d offers, %d operators, %d independents, %d decoys" %
      (len(pages), n_offers, len(ops), len(inds), len(truth["decoys"])))
