#!/usr/bin/env python3
"""Verify site/ and truth.json of web 12bf. Exit 1 on any failure."""
import json, os, re, sys
from html.parser import HTMLParser
from posixpath import normpath, dirname, join

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(m):
    errors.append(m)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
pages = {p["path"]: p for p in truth["pages"]}
if len(pages) != len(truth["pages"]):
    err("duplicate page in truth")

on_disk = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            on_disk.add("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/"))
if on_disk != set(pages):
    err(f"page set mismatch: disk-only {sorted(on_disk - set(pages))} truth-only {sorted(set(pages) - on_disk)}")
if not 48 <= len(on_disk) <= 56:
    err(f"{len(on_disk)} pages, want 48-56")
rb = os.path.join(SITE, "robots.txt")
if not os.path.isfile(rb) or "Allow: /" not in open(rb).read():
    err("robots.txt missing or not allow-all")

text = {p: open(SITE + p, encoding="utf-8").read() for p in on_disk}

owner = {}
for p in truth["pages"]:
    path = p["path"]
    if bool(p["operator"]) != bool(p["is_offer"]):
        err(f"{path}: operator set iff is_offer violated")
    if p["is_offer"] and not p["provider"]:
        err(f"{path}: offer without provider")
    if p["is_offer"] and not p["identifiers"]:
        err(f"{path}: offer without identifiers")
    for kind, val, written in p["identifiers"]:
        if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
            err(f"{path}: bad kind {kind}")
        if written not in text.get(path, ""):
            err(f"{path}: written form {written!r} not on page")
        if kind == "uscc" and not uscc_ok(val):
            err(f"{path}: USCC {val} fails check digit")
        if kind == "phone" and not val.startswith("+86"):
            err(f"{path}: phone {val} not normalized")
        owner.setdefault((kind, val), set()).add(p["operator"])

for key, ops in owner.items():
    if len(ops) > 1:
        err(f"identifier {key} shared across {sorted(map(str, ops))}")

# operators
by_op = {}
for p in truth["pages"]:
    if p["operator"]:
        by_op.setdefault(p["operator"], []).append(p)
us = sorted(o for o in by_op if o.startswith("U"))
is_ = sorted(o for o in by_op if o.startswith("I"))
if us != [f"U{i:02d}" for i in range(1, 10)]:
    err(f"U operators {us}")
if is_ != [f"I{i:02d}" for i in range(1, 7)]:
    err(f"I operators {is_}")
for o in us:
    ps = by_op[o]
    if not 3 <= len(ps) <= 4:
        err(f"{o} has {len(ps)} pages")
    sites = {p["path"].split("/")[1] + ("/" + p["path"].split("/")[2] if p["path"].startswith("/corp/") else "") for p in ps}
    if len(sites) != len(ps):
        err(f"{o}: pages not on different sites")
    if len({p["provider"] for p in ps}) < 2:
        err(f"{o}: fewer than 2 brands")
    for p in ps:
        mine = {(k, v) for k, v, _ in p["identifiers"]}
        others = {(k, v) for q in ps if q is not p for k, v, _ in q["identifiers"]}
        if not mine & others:
            err(f"{o} {p['path']}: shares no identifier with its other pages")
    if o not in truth["operators"]:
        err(f"{o} missing in operators")
for o in is_:
    if len(by_op[o]) != 1:
        err(f"{o} has {len(by_op[o])} pages")
n_offer = sum(p["is_offer"] for p in truth["pages"])
if not 34 <= n_offer <= 40:
    err(f"{n_offer} offer pages")

# decoys
if len(truth["decoys"]) < 18:
    err("fewer than 18 decoys")
seller_vals = {v for (_, v) in owner}
for d in truth["decoys"]:
    if d["value"] in seller_vals:
        err(f"decoy {d['value']} is a seller identifier")
    if len(d["paths"]) < 2:
        err(f"decoy {d['value']} on fewer than 2 pages")
    for path in d["paths"]:
        for w in d["written"]:
            if w not in text.get(path, ""):
                err(f"decoy {d['value']}: {w!r} not on {path}")


# reachability
class L(HTMLParser):
    def __init__(self):
        super().__init__()
        self.h = []

    def handle_starttag(self, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v:
                    self.h.append(v)


seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in text:
        continue
    seen.add(p)
    lp = L()
    lp.feed(text[p])
    for h in lp.h:
        if re.match(r"^[a-z]+:", h) or h.startswith("#") or h.startswith("/"):
            continue
        h = h.split("#")[0]
        if h:
            todo.append(normpath(join(dirname(p), h)))
if seen != on_disk:
    err(f"unreachable: {sorted(on_disk - seen)}")

if errors:
    print("\n".join("FAIL " + e for e in errors))
    sys.exit(1)
print(f"OK: {len(on_disk)} pages, {n_offer} offers, {len(us)} U + {len(is_)} I operators, {len(truth['decoys'])} decoys")
