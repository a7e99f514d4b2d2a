#!/usr/bin/env python3
"""Verify site/ against truth.json for operators-2026-12au."""
import json, os, re, sys
from html.parser import HTMLParser
from urllib.parse import urlparse

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(m):
    errors.append(m)


def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c):
        return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18))
    r = (31 - s % 31) % 31
    return ALPHA[r] == c[17]


CN = dict(zip("零〇一二三四五六七八九", "00123456789"))


def digits(raw):
    out = []
    for ch in raw:
        if "０" <= ch <= "９":
            out.append(chr(ord(ch) - 0xFEE0))
        elif ch in CN:
            out.append(CN[ch])
        elif ch.isdigit() and ch.isascii():
            out.append(ch)
    return "".join(out)


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.hrefs.append(v)


truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
pages = {p["path"]: p for p in truth["pages"]}
html = {}
for dp, dn, fn in os.walk(SITE):
    for f in fn:
        if f.endswith(".html"):
            full = os.path.join(dp, f)
            path = "/" + os.path.relpath(full, SITE).replace(os.sep, "/")
            html[path] = open(full, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")
if set(html) != set(pages):
    err("truth/site mismatch: %s" % sorted(set(html) ^ set(pages)))
if not 48 <= len(html) <= 56:
    err("page count %d out of 48-56" % len(html))

# reachability
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html:
        continue
    seen.add(p)
    lp = Links()
    lp.feed(html[p])
    for h in lp.hrefs:
        u = urlparse(h)
        if u.scheme or u.netloc or h.startswith("/") or not u.path:
            continue
        t = os.path.normpath(os.path.join(os.path.dirname(p), u.path)).replace(os.sep, "/")
        todo.append(t)
for p in html:
    if p not in seen:
        err("unreachable: " + p)

# identifiers
owner = {}
for path, p in pages.items():
    h = html.get(path, "")
    if p["is_offer"]:
        if not p["operator"] or not re.fullmatch(r"[UI]\d\d", p["operator"]):
            err("offer without operator: " + path)
        if not p["provider"] or p["provider"] not in h:
            err("provider not on page: %s %r" % (path, p["provider"]))
        if not p["identifiers"]:
            err("offer without identifiers: " + path)
    elif p["operator"] is not None or p["identifiers"]:
        err("non-offer with operator/identifiers: " + path)
    for kind, value, raw in p["identifiers"]:
        if raw not in h:
            err("raw not on page %s: %r" % (path, raw))
        if kind == "phone":
            d = digits(raw)
            if value.startswith("+86"):
                v = value[3:]
                if not (d == v or d == "0" + v or d == "86" + v):
                    err("phone mismatch %s %r %s" % (path, raw, value))
            elif d != value or not re.fullmatch(r"[48]00\d{7}", value):
                err("400 mismatch %s %r %s" % (path, raw, value))
        elif kind in ("qq", "qq_group"):
            if digits(raw) != value:
                err("qq mismatch %s %r" % (path, raw))
        elif kind in ("wechat", "domain", "email"):
            if value != value.lower():
                err("not lower-case: " + value)
            norm = raw.lower().replace("＠", "@").replace("(at)", "@").replace("[at]", "@").replace(" [at] ", "@").replace(" at ", "@").replace(" dot ", ".").replace("点", ".").replace("圈", "@").replace(" ", "")
            if kind == "domain":
                if value not in norm:
                    err("domain mismatch %s %r" % (path, raw))
            elif kind == "email":
                if value not in norm:
                    err("email mismatch %s %r" % (path, raw))
            elif value not in norm:
                err("wechat mismatch %s %r" % (path, raw))
        elif kind == "uscc":
            if not uscc_ok(value) or raw != value:
                err("bad uscc %s" % value)
        elif kind != "other":
            err("unknown kind " + kind)
        if p["operator"]:
            owner.setdefault((kind, value), set()).add(p["operator"])
for k, ops in owner.items():
    if len(ops) > 1:
        err("identifier shared across operators: %s %s" % (k, ops))

# operators
ops = {}
for path, p in pages.items():
    if p["operator"]:
        ops.setdefault(p["operator"], []).append(p)
if set(ops) != set(truth["operators"]):
    err("operators table mismatch")
nU = nI = 0
for op, pp in ops.items():
    if op.startswith("I"):
        nI += 1
        if len(pp) != 1:
            err("independent with %d pages: %s" % (len(pp), op))
        continue
    nU += 1
    if not 3 <= len(pp) <= 4:
        err("%s has %d pages" % (op, len(pp)))
    brands = {p["provider"] for p in pp}
    if not 2 <= len(brands) <= 3:
        err("%s has %d brands" % (op, len(brands)))
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in pp]
    if set.intersection(*sets):
        err("%s: identifier on every page %s" % (op, set.intersection(*sets)))
    comp = {0}
    changed = True
    while changed:
        changed = False
        for i in range(len(pp)):
            if i not in comp and any(sets[i] & sets[j] for j in comp):
                comp.add(i)
                changed = True
    if len(comp) != len(pp):
        err("%s not connected" % op)
offers = sum(1 for p in pages.values() if p["is_offer"])

# decoys
for d in truth["decoys"]:
    if len(d["paths"]) < 2:
        err("decoy on fewer than 2 pages: " + d["value"])
    groups = set()
    for path in d["paths"]:
        h = html.get(path)
        if h is None:
            err("decoy path missing " + path)
            continue
        if not any(w in h for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], path))
        groups.add(pages[path]["operator"] or ("non-offer" if not pages[path]["is_offer"] else path))
        for w in d["written"]:
            for m in re.finditer(re.escape(w), h):
                a, b = h[m.start() - 1:m.start()], h[m.end():m.end() + 1]
                if w[0].isdigit() and a.isdigit() or w[-1].isdigit() and b.isdigit():
                    err("decoy %s embedded in a longer number on %s" % (w, path))
    if len(groups) < 2:
        err("decoy %s stays inside one group" % d["value"])

print("pages %d, offers %d, operators %d, independents %d, non-offers %d, decoys %d" % (
    len(html), offers, nU, nI, len(html) - offers, len(truth["decoys"])))
if errors:
    print("\n".join("FAIL " + e for e in errors))
    sys.exit(1)
print("OK")
