#!/usr/bin/env python3
"""Verify site/ and truth.json of web 12ay. Exit 1 on any failure."""
import json, os, re, sys
from html.parser import HTMLParser
from posixpath import normpath, join, dirname

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errs = []


def err(m):
    errs.append(m)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPH[0 if r == 31 else r] == c[17]


CN = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7",
      "八": "8", "九": "9", "壹": "1", "贰": "2", "叁": "3", "肆": "4", "伍": "5", "陆": "6", "柒": "7", "捌": "8", "玖": "9"}


def digits(s):
    out = ""
    for ch in s:
        if "０" <= ch <= "９":
            ch = chr(ord(ch) - 0xFEE0)
        ch = CN.get(ch, ch)
        if ch.isdigit():
            out += ch
    return out


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
pages = {p["path"]: p for p in truth["pages"]}
if len(pages) != len(truth["pages"]):
    err("duplicate paths in truth")

files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
if files != set(pages):
    err(f"page set differs: only site {sorted(files - set(pages))}, only truth {sorted(set(pages) - files)}")
if not 48 <= len(files) <= 56:
    err(f"page count {len(files)} not in 48-56")
rb = os.path.join(SITE, "robots.txt")
if not os.path.isfile(rb) or "Allow: /" not in open(rb).read() or re.search(r"Disallow:\s*/", open(rb).read()):
    err("robots.txt missing or not allow-all")

text = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}

# identifiers
owner = {}
seller_vals = set()
for p in truth["pages"]:
    if p["is_offer"] != (p["operator"] is not None):
        err(f"{p['path']}: operator must be set exactly when is_offer")
    if p["is_offer"] and not p["provider"]:
        err(f"{p['path']}: offer without provider")
    for kind, val, wr in p["identifiers"]:
        if kind not in {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}:
            err(f"{p['path']}: bad kind {kind}")
        if wr not in text.get(p["path"], ""):
            err(f"{p['path']}: written {wr!r} not on page")
        if kind == "uscc" and not uscc_ok(val):
            err(f"{p['path']}: bad USCC {val}")
        if kind in ("phone", "qq", "qq_group") and digits(wr).lstrip("0") and not digits(val).endswith(digits(wr).removeprefix("86")[-9:]):
            err(f"{p['path']}: written {wr!r} does not match {val}")
        if kind == "phone" and val.startswith("+86") and not re.fullmatch(r"\+861\d{10}", val):
            err(f"{p['path']}: bad mobile {val}")
        if p["operator"]:
            owner.setdefault((kind, val), set()).add(p["operator"])
            seller_vals.add(val.lower())
for k, ops in owner.items():
    if len(ops) > 1:
        err(f"identifier {k} shared by {sorted(ops)}")

# operators
byop = {}
for p in truth["pages"]:
    if p["operator"]:
        byop.setdefault(p["operator"], []).append(p)
us = sorted(o for o in byop if o.startswith("U"))
is_ = sorted(o for o in byop if o.startswith("I"))
if us != [f"U0{i}" for i in range(1, 10)]:
    err(f"U operators {us}")
if is_ != [f"I0{i}" for i in range(1, 7)]:
    err(f"I operators {is_}")
for o in us:
    ps = byop[o]
    if not 3 <= len(ps) <= 4:
        err(f"{o}: {len(ps)} pages")
    brands = {p["provider"] for p in ps}
    if not 2 <= len(brands) <= 3:
        err(f"{o}: {len(brands)} brands")
    for p in ps:
        mine = {(k, v) for k, v, _ in p["identifiers"]}
        others = {(k, v) for q in ps if q is not p for k, v, _ in q["identifiers"]}
        if not mine & others:
            err(f"{o}: {p['path']} shares no identifier with its other pages")
    if o not in truth["operators"]:
        err(f"{o} missing from operators")
for o in is_:
    if len(byop[o]) != 1:
        err(f"{o}: {len(byop[o])} pages")
n_off = sum(p["is_offer"] for p in truth["pages"])
if not 36 <= n_off <= 38:
    err(f"offer pages {n_off}")
if not 14 <= len(pages) - n_off <= 18:
    err(f"non-offer pages {len(pages) - n_off}")

# decoys
seller_digits = {digits(v) for v in seller_vals if len(digits(v)) >= 5}
if len(truth["decoys"]) < 18:
    err("fewer than 18 decoys")
for d in truth["decoys"]:
    v = d["value"].lower()
    if v in seller_vals or any(v in s or s in v for s in seller_vals if len(s) >= 5 and len(v) >= 5):
        err(f"decoy {v} overlaps a seller identifier")
    dv = digits(v)
    if len(dv) >= 5 and any(dv in s or s in dv for s in seller_digits):
        err(f"decoy {v} digits overlap a seller identifier")
    if d["kind"].endswith("uscc") and not uscc_ok(d["value"]):
        err(f"decoy USCC {d['value']} bad")
    if len(d["paths"]) < 2:
        err(f"decoy {v} on {len(d['paths'])} pages")
    for pth in d["paths"]:
        if not any(w in text.get(pth, "") for w in d["written"]):
            err(f"decoy {v} not written on {pth}")

# reachability
class A(HTMLParser):
    def __init__(self):
        super().__init__(); self.h = []
    def handle_starttag(self, t, a):
        if t == "a":
            self.h += [v for k, v in a if k == "href" and v]

seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    a = A(); a.feed(text.get(cur, ""))
    for h in a.h:
        if re.match(r"^[a-z]+:", h) or h.startswith("/") or h.startswith("#"):
            continue
        t = normpath(join(dirname(cur), h.split("#")[0]))
        if t in files and t not in seen:
            seen.add(t); todo.append(t)
if seen != files:
    err(f"unreachable: {sorted(files - seen)}")

if errs:
    print("\n".join("FAIL " + e for e in errs)); sys.exit(1)
print(f"OK: {len(files)} pages, {n_off} offers, {len(files) - n_off} non-offers, {len(us)} U + {len(is_)} I operators, {len(truth['decoys'])} decoys")
