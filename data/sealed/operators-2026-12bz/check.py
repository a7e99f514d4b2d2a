#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any problem."""
import json, os, re, sys, html
from collections import deque, Counter
from html.parser import HTMLParser

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")
errs = []
def err(m): errs.append(m)

truth = json.load(open(os.path.join(OUT, "truth.json"), encoding="utf-8"))
def read(path):
    fp = os.path.join(SITE, path.lstrip("/"))
    if not os.path.isfile(fp):
        return None
    raw = open(fp, encoding="utf-8").read()
    return raw + "\n" + html.unescape(raw)

pages = {p["path"]: p for p in truth["pages"]}
texts = {}
for path, p in pages.items():
    t = read(path)
    if t is None:
        err("missing page " + path); continue
    texts[path] = t
    for kind, value, written in p["identifiers"]:
        if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
            err("bad kind %s on %s" % (kind, path))
        if written not in t:
            err("identifier %r not written on %s" % (written, path))
        if kind == "phone" and not (re.fullmatch(r"\+861\d{10}", value) or re.fullmatch(r"0\d{2,3}-\d{7,8}", value) or re.fullmatch(r"\d{5}", value)):
            err("phone not normalized: " + value)
        if kind in ("wechat", "email", "domain", "uscc") and value != value.lower():
            err("not lower-case: " + value)
        if kind == "domain" and value.startswith("www."):
            err("domain with www: " + value)
    op = p["operator"]
    if p["is_offer"]:
        if not (op and re.fullmatch(r"(U0[1-9]|I0[1-6])", op)):
            err("bad operator on offer " + path)
        if not p.get("provider"):
            err("offer without provider " + path)
    elif op is not None:
        err("non-offer with operator " + path)

# every html file is in truth
for root, _, files in os.walk(SITE):
    for fn in files:
        if fn.endswith(".html"):
            rel = "/" + os.path.relpath(os.path.join(root, fn), SITE).replace(os.sep, "/")
            if rel not in pages:
                err("html page not in truth: " + rel)
if not os.path.isfile(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")

# reachability
class LP(HTMLParser):
    def __init__(s):
        super().__init__(); s.links = []
    def handle_starttag(s, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v: s.links.append(v)
seen = {"/index.html"}; dq = deque(["/index.html"])
while dq:
    cur = dq.popleft()
    t = read(cur)
    if t is None: continue
    lp = LP(); lp.feed(t)
    for h in lp.links:
        h = h.split("#")[0]
        if not h.startswith("/"):
            h = os.path.normpath(os.path.join(os.path.dirname(cur), h))
        if h not in seen and os.path.isfile(os.path.join(SITE, h.lstrip("/"))):
            seen.add(h); dq.append(h)
for path in pages:
    if path not in seen:
        err("unreachable: " + path)

# operators: 3-4 pages, each page shares an identifier with another page of the operator
byop = {}
for p in truth["pages"]:
    if p["operator"]:
        byop.setdefault(p["operator"], []).append(p)
idsets = {p["path"]: {(k, v) for k, v, _ in p["identifiers"]} for p in truth["pages"]}
for op, ps in byop.items():
    if op.startswith("U"):
        if not 3 <= len(ps) <= 4: err("%s has %d pages" % (op, len(ps)))
        if len({p["provider"] for p in ps}) < 3: err(op + " has fewer than 3 brands")
        for p in ps:
            others = set().union(*[idsets[q["path"]] for q in ps if q is not p])
            if not idsets[p["path"]] & others:
                err("%s page %s shares nothing with its operator" % (op, p["path"]))
        for q in truth["pages"]:
            if q["operator"] != op and q["is_offer"]:
                for p in ps:
                    if idsets[p["path"]] & idsets[q["path"]]:
                        err("%s shares identifier with %s" % (p["path"], q["path"]))
    else:
        if len(ps) != 1: err(op + " independent with several pages")
        p = ps[0]
        for q in truth["pages"]:
            if q is not p and idsets[p["path"]] & idsets[q["path"]]:
                err("independent %s shares with %s" % (p["path"], q["path"]))
if sorted(o for o in byop if o.startswith("U")) != ["U0%d" % i for i in range(1, 10)]: err("need U01-U09")
if sorted(o for o in byop if o.startswith("I")) != ["I0%d" % i for i in range(1, 7)]: err("need I01-I06")

# decoys
allvals = {v for s in idsets.values() for _, v in s}
for d in truth["decoys"]:
    if len(d["paths"]) < 2: err("decoy on <2 pages: " + d["value"])
    owners = {pages[x]["operator"] or "non:" + x for x in d["paths"] if x in pages}
    if len(owners) < 2: err("decoy within one operator: " + d["value"])
    if d["value"] in allvals: err("decoy value used as identifier: " + d["value"])
    for x in d["paths"]:
        t = texts.get(x)
        if t is None or not any(w in t for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], x))
if len(truth["decoys"]) < 18: err("fewer than 18 decoys")

n = len(pages); offers = sum(p["is_offer"] for p in pages.values())
if not 48 <= n <= 56: err("page count %d" % n)
if n - offers < 11: err("too few non-offers")
print("pages %d, offers %d, non-offers %d, operators %d, independents %d, decoys %d"
      % (n, offers, n - offers, sum(o.startswith("U") for o in byop), sum(o.startswith("I") for o in byop), len(truth["decoys"])))
if errs:
    print("FAIL"); [print(" -", e) for e in errs]; sys.exit(1)
print("OK")
