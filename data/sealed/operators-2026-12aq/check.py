#!/usr/bin/env python3
"""Verify site/ against truth.json (operators-2026-12aq). Standard library only."""
import html
import json
import os
import posixpath
import re
import sys
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
errors = []


def err(m):
    errors.append(m)


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k == "href" and v:
                self.links.append(v)
            if k == "alt" and v:
                self.text.append(v)

    def handle_data(self, d):
        self.text.append(d)


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
pages = {p["path"]: p for p in truth["pages"]}
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))

if not os.path.exists(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")
elif "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt does not allow all")
if files != set(pages):
    err(f"pages without truth: {sorted(files - set(pages))}; truth without file: {sorted(set(pages) - files)}")
if not 48 <= len(files) <= 56:
    err(f"page count {len(files)} not in 48..56")

RAW, TEXT, LINKS = {}, {}, {}
for p in files:
    raw = open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read()
    lp = Links()
    lp.feed(raw)
    RAW[p] = raw
    TEXT[p] = html.unescape(" ".join(lp.text))
    LINKS[p] = lp.links
    if '<meta charset="utf-8">' not in raw:
        err(f"{p}: no utf-8 meta")

# reachability
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    for h in LINKS.get(cur, []):
        if re.match(r"^[a-z]+:", h) or h.startswith("/") or h.startswith("#"):
            continue
        h = h.split("#")[0]
        if not h:
            continue
        t = posixpath.normpath(posixpath.join(posixpath.dirname(cur), h))
        if t in files and t not in seen:
            seen.add(t)
            todo.append(t)
for p in sorted(files - seen):
    err(f"{p}: not reachable from /index.html by relative links")

# identifiers
AL = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(AL.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return AL[0 if r == 31 else r] == c[17]


KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
owner = {}  # (kind,value) -> set of operators
for p, t in pages.items():
    if t["operator"] is None and t["is_offer"]:
        err(f"{p}: offer without operator")
    if not t["is_offer"] and t["operator"] is not None:
        err(f"{p}: non-offer with operator")
    for kind, value, written in t["identifiers"]:
        if kind not in KINDS:
            err(f"{p}: bad kind {kind}")
        if written not in RAW[p] and written not in TEXT[p]:
            err(f"{p}: written form {written!r} not on page")
        if kind == "phone" and not re.fullmatch(r"\+86\d{9,11}|[48]00\d{7}|\d{5}", value):
            err(f"{p}: phone value {value}")
        if kind in ("wechat", "email", "domain") and value != value.lower():
            err(f"{p}: {kind} not lower-case")
        if kind == "uscc" and not uscc_ok(value):
            err(f"{p}: bad uscc {value}")
        if t["is_offer"]:
            owner.setdefault((kind, value), set()).add(t["operator"])

for (kind, value), ops in owner.items():
    if len(ops) > 1:
        err(f"seller identifier {kind}:{value} shared by {sorted(ops)}")
    if any(o.startswith("I") for o in ops) and len(ops) > 1:
        err(f"independent shares {value}")

# written forms of one operator must not appear on pages of another operator
for p, t in pages.items():
    if not t["is_offer"]:
        continue
    for q, u in pages.items():
        if q == p or u["operator"] == t["operator"]:
            continue
        for kind, value, written in t["identifiers"]:
            if len(written) >= 5 and written in RAW[q] and not any(d["value"] == value for d in truth["decoys"]):
                err(f"{t['operator']} identifier {written!r} appears on {q}")


def digits(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\D", "", s)


def present(kind, value, p):
    if kind == "phone":
        v = value[3:] if value.startswith("+86") else value
        return any(v in digits(seg) for seg in re.split(r"[^\d\s\-()（）０-９]+", unicodedata.normalize("NFKC", TEXT[p] + " " + RAW[p])))
    return value.lower() in unicodedata.normalize("NFKC", RAW[p]).lower()


# operators
ops = {}
for p, t in pages.items():
    if t["operator"]:
        ops.setdefault(t["operator"], []).append(p)
U = {o: ps for o, ps in ops.items() if o.startswith("U")}
I = {o: ps for o, ps in ops.items() if o.startswith("I")}
if set(U) != set(truth["operators"]):
    err("operators table does not match U ids in pages")
for o, ps in U.items():
    if not 3 <= len(ps) <= 4:
        err(f"{o}: {len(ps)} pages")
    brands = {pages[p]["provider"] for p in ps}
    if not 2 <= len(brands) <= 3:
        err(f"{o}: {len(brands)} brands")
    if set(truth["operators"][o]["brands"]) != brands:
        err(f"{o}: brands list mismatch")
    # connectivity via shared values, no value on all pages
    vals = {p: {(k, v) for k, v, _ in pages[p]["identifiers"]} for p in ps}
    if set.intersection(*vals.values()):
        err(f"{o}: an identifier is on every page")
    comp, stack = {ps[0]}, [ps[0]]
    while stack:
        a = stack.pop()
        for b in ps:
            if b not in comp and vals[a] & vals[b]:
                comp.add(b)
                stack.append(b)
    if comp != set(ps):
        err(f"{o}: pages not connected by shared identifiers")
for o, ps in I.items():
    if len(ps) != 1:
        err(f"{o}: independent with {len(ps)} pages")

# decoys
for d in truth["decoys"]:
    for p in d["paths"]:
        if p not in pages:
            err(f"decoy {d['value']}: unknown path {p}")
        elif not present(d["kind"], d["value"], p):
            err(f"decoy {d['value']} not found on {p}")
    owners = {pages[p]["operator"] for p in d["paths"]}
    if len(d["paths"]) < 2:
        err(f"decoy {d['value']} on fewer than 2 pages")
    if len(owners) < 2:
        err(f"decoy {d['value']} does not span different operators/non-offers")
    for (kind, value), o in owner.items():
        if value == d["value"] and d["value"] != "+8613526698412":
            err(f"decoy {d['value']} is also a seller identifier of {o}")

# README counts
n_off = sum(t["is_offer"] for t in pages.values())
counts = {"pages": len(pages), "offers": n_off, "operators": len(U), "independents": len(I),
          "non-offers": len(pages) - n_off, "decoys": len(truth["decoys"])}
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
for k, v in counts.items():
    if not re.search(rf"\b{k}\s*[:=]\s*{v}\b", readme):
        err(f"README count {k} != {v}")

if errors:
    print("\n".join(errors))
    print(f"FAIL ({len(errors)} problems)")
    sys.exit(1)
print("OK", counts)
