#!/usr/bin/env python3
"""Verify site/ against truth.json for web 12ba. Exit status 1 on any failure."""
import json, os, posixpath, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    if ALPH[0 if r == 31 else r] != c[17]:
        return False
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    k = 11 - sum(val(ch) * w for ch, w in zip(c[8:16], [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return ("X" if k == 10 else "0" if k == 11 else str(k)) == c[16]


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
pages = truth["pages"]
on_disk = set()
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            on_disk.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
paths = [p["path"] for p in pages]
dup = [p for p, n in Counter(paths).items() if n > 1]
if dup:
    err("duplicate pages in truth: %s" % dup)
if set(paths) != on_disk:
    err("page set differs: only truth %s, only disk %s" % (set(paths) - on_disk, on_disk - set(paths)))
if not 48 <= len(on_disk) <= 56:
    err("page count %d not in 48-56" % len(on_disk))
rb = os.path.join(SITE, "robots.txt")
if not os.path.isfile(rb) or "Allow: /" not in open(rb).read() or "Disallow: /\n" in open(rb).read():
    err("robots.txt missing or not allow-all")

html = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in on_disk}

owner = {}
op_pages = defaultdict(list)
for p in pages:
    if bool(p["is_offer"]) != bool(p["operator"]):
        err("%s: operator must be set exactly when is_offer" % p["path"])
    if p["operator"]:
        op_pages[p["operator"]].append(p)
    h = html.get(p["path"], "")
    for kind, value, written in p["identifiers"]:
        if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
            err("%s: bad kind %s" % (p["path"], kind))
        if written not in h:
            err("%s: written %r not on page" % (p["path"], written))
        if kind == "uscc" and not uscc_ok(value):
            err("%s: bad USCC %s" % (p["path"], value))
        if p["operator"]:
            prev = owner.setdefault((kind, value), p["operator"])
            if prev != p["operator"]:
                err("identifier %s %s shared by %s and %s" % (kind, value, prev, p["operator"]))

# operator shape
u = sorted(o for o in op_pages if o.startswith("U"))
i = sorted(o for o in op_pages if o.startswith("I"))
if u != ["U%02d" % n for n in range(1, 10)]:
    err("U operators: %s" % u)
if i != ["I%02d" % n for n in range(1, 7)]:
    err("I operators: %s" % i)
for o, ps in op_pages.items():
    if o.startswith("U"):
        if not 3 <= len(ps) <= 4:
            err("%s has %d pages" % (o, len(ps)))
        for p in ps:
            mine = {(k, v) for k, v, _ in p["identifiers"]}
            others = {(k, v) for q in ps if q is not p for k, v, _ in q["identifiers"]}
            if not mine & others:
                err("%s: %s shares no identifier with the operator's other pages" % (o, p["path"]))
        # connected via shared identifiers
        seen, stack = {ps[0]["path"]}, [ps[0]]
        while stack:
            a = stack.pop()
            ia = {(k, v) for k, v, _ in a["identifiers"]}
            for b in ps:
                if b["path"] not in seen and ia & {(k, v) for k, v, _ in b["identifiers"]}:
                    seen.add(b["path"]); stack.append(b)
        if len(seen) != len(ps):
            err("%s pages not connected by identifiers" % o)
        if len({p["provider"] for p in ps}) < 2:
            err("%s has fewer than 2 brand names" % o)
    elif len(ps) != 1:
        err("%s has %d pages" % (o, len(ps)))
if set(truth["operators"]) != set(op_pages):
    err("operators block differs from pages")

# decoys
seller_vals = {v for (_, v) in owner}
if len(truth["decoys"]) < 18:
    err("only %d decoys" % len(truth["decoys"]))
for d in truth["decoys"]:
    if d["value"] in seller_vals:
        err("decoy %s is a seller identifier" % d["value"])
    if len(d["paths"]) < 2:
        err("decoy %s on fewer than 2 pages" % d["value"])
    for pth in d["paths"]:
        if pth not in html or not any(w in html[pth] for w in d["written"]):
            err("decoy %s not written on %s" % (d["value"], pth))
    if d["kind"] == "uscc" and not uscc_ok(d["value"]):
        err("decoy USCC %s bad" % d["value"])

# reachability
seen, stack = {"/index.html"}, ["/index.html"]
while stack:
    cur = stack.pop()
    for href in re.findall(r'<a\s[^>]*href="([^"]+)"', html.get(cur, "")):
        if re.match(r"^(#|tel:|mailto:|https?:|//)", href):
            continue
        tgt = posixpath.normpath(posixpath.join(posixpath.dirname(cur), href.split("#")[0]))
        if tgt in html and tgt not in seen:
            seen.add(tgt); stack.append(tgt)
        elif tgt not in html:
            err("%s: broken link %s" % (cur, href))
if seen != on_disk:
    err("unreachable: %s" % sorted(on_disk - seen))

offers = sum(1 for p in pages if p["is_offer"])
print("pages %d, offers %d, non-offers %d, operators U=%d I=%d, decoys %d" % (
    len(pages), offers, len(pages) - offers, len(u), len(i), len(truth["decoys"])))
if errors:
    print("\n".join("FAIL " + e for e in errors))
    sys.exit(1)
print("OK")
