#!/usr/bin/env python3
"""Verify site/ against truth.json for web 12bh. Exit 1 on any failure."""
import json, os, re, sys, posixpath
from collections import defaultdict, deque

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []


def err(m):
    errs.append(m)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W18))
    r = 31 - s % 31
    if ALPH[0 if r == 31 else r] != c[17]:
        return False
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    s = sum(val(ch) * w for ch, w in zip(c[8:16], [3, 7, 9, 10, 5, 8, 4, 2]))
    k = 11 - s % 11
    return c[16] == ("X" if k == 10 else "0" if k == 11 else str(k))


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
tp = [p["path"] for p in truth["pages"]]
if len(tp) != len(set(tp)):
    err("duplicate page in truth")
if set(tp) != files:
    err("page set differs: %s" % sorted(set(tp) ^ files))
if not 48 <= len(files) <= 56:
    err("page count %d" % len(files))
rb = os.path.join(SITE, "robots.txt")
if not os.path.exists(rb) or "Allow: /" not in open(rb).read():
    err("robots.txt missing or not allow-all")

html = {p: open(os.path.join(SITE, p[1:]), encoding="utf-8").read() for p in files}
owner = {}
seller_vals = set()
opages = defaultdict(list)
for p in truth["pages"]:
    if bool(p["operator"]) != bool(p["is_offer"]):
        err("operator/is_offer mismatch on " + p["path"])
    if p["is_offer"] and not p["identifiers"]:
        err("offer without identifiers " + p["path"])
    if p["operator"]:
        opages[p["operator"]].append(p)
    for kind, val, written in p["identifiers"]:
        if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
            err("bad kind %s" % kind)
        if written not in html.get(p["path"], ""):
            err("written %r not on %s" % (written, p["path"]))
        if kind == "uscc" and not uscc_ok(val):
            err("bad USCC " + val)
        if kind == "phone" and not val.startswith("+86"):
            err("phone not normalized " + val)
        key = (kind, val)
        seller_vals.add(val)
        if owner.setdefault(key, p["operator"]) != p["operator"]:
            err("identifier %s shared by %s and %s" % (key, owner[key], p["operator"]))

# operators
us = sorted(o for o in opages if o.startswith("U"))
is_ = sorted(o for o in opages if o.startswith("I"))
if us != ["U%02d" % i for i in range(1, 10)]:
    err("U operators %s" % us)
if is_ != ["I%02d" % i for i in range(1, 7)]:
    err("I operators %s" % is_)
for o in us:
    ps = opages[o]
    if not 3 <= len(ps) <= 4:
        err("%s has %d pages" % (o, len(ps)))
    if len({p["provider"] for p in ps}) < 2:
        err("%s has fewer than 2 brands" % o)
    if len({p["path"].split("/")[1] for p in ps}) < 2:
        err("%s not on different sites" % o)
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
    seen, q = {0}, deque([0])   # connectivity through shared identifiers
    while q:
        i = q.popleft()
        for j in range(len(ps)):
            if j not in seen and sets[i] & sets[j]:
                seen.add(j); q.append(j)
    if len(seen) != len(ps):
        err("%s pages not chained by identifiers" % o)
for o in is_:
    if len(opages[o]) != 1:
        err("%s has %d pages" % (o, len(opages[o])))
if set(truth["operators"]) != set(us) | set(is_):
    err("operators block mismatch")
n_off = sum(p["is_offer"] for p in truth["pages"])

# decoys
if len(truth["decoys"]) < 18:
    err("only %d decoys" % len(truth["decoys"]))
for d in truth["decoys"]:
    if d["value"] in seller_vals or any(w in seller_vals for w in d["written"]):
        err("decoy %s is a seller identifier" % d["value"])
    if len(d["paths"]) < 2:
        err("decoy %s on %d pages" % (d["value"], len(d["paths"])))
    for path in d["paths"]:
        if not any(w in html.get(path, "") for w in d["written"]):
            err("decoy %s not written on %s" % (d["value"], path))
    for w in d["written"]:
        if not any(w in html.get(path, "") for path in d["paths"]):
            err("decoy written form %r appears nowhere" % w)

# reachability
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    cur = q.popleft()
    for h in re.findall(r'<a\s[^>]*href="([^"#:]+)"', html[cur]):
        t = posixpath.normpath(posixpath.join(posixpath.dirname(cur), h))
        if t in files and t not in seen:
            seen.add(t); q.append(t)
        elif t not in files:
            err("broken link %s on %s" % (h, cur))
if seen != files:
    err("unreachable: %s" % sorted(files - seen))

if errs:
    print("\n".join("FAIL " + e for e in errs))
    sys.exit(1)
print("OK: %d pages, %d offer, %d non-offer, %d U operators, %d I operators, %d decoys"
      % (len(files), n_off, len(files) - n_off, len(us), len(is_), len(truth["decoys"])))
