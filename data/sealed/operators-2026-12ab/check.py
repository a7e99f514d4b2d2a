#!/usr/bin/env python3
"""Verifies site/ against truth.json (stdlib only). Exit 1 on any problem."""
import json
import os
import posixpath
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]
FW = str.maketrans("０１２３４５６７８９＠", "0123456789@")
errors = []


def err(msg):
    errors.append(msg)


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.links = [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            h = a["href"]
            if h.startswith(("tel:", "mailto:")):
                self.parts.append(" " + h.split(":", 1)[1] + " ")
            else:
                self.links.append(h)
        for k in ("alt", "title", "placeholder"):
            if a.get(k):
                self.parts.append(" " + a[k] + " ")

    def handle_data(self, data):
        self.parts.append(data)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18)) % 31
    if c[17] != ALPHA[0 if r == 31 else r]:
        return False
    v = [int(ch) if ch.isdigit() else ord(ch) - 55 for ch in c[8:16]]
    k = 11 - sum(a * b for a, b in zip(v, W_ORG)) % 11
    return c[16] == ("X" if k == 10 else "0" if k == 11 else str(k))


def norm(kind, w):
    w = w.translate(FW).strip()
    if kind == "phone":
        d = re.sub(r"\D", "", w)
        if len(d) == 13 and d.startswith("86"):
            d = d[2:]
        return "+86" + d.lstrip("0")
    if kind in ("qq", "qq_group", "other") and re.fullmatch(r"[\d\s-]+", w):
        return re.sub(r"\D", "", w)
    if kind == "wechat":
        if re.fullmatch(r"[\d\s-]+", w):
            return re.sub(r"\D", "", w)
        return w.lower()
    if kind == "email":
        w = re.sub(r"\s*(\[at\]|\(at\)|#|\bAT\b)\s*", "@", w)
        return re.sub(r"\s+", "", w).lower()
    if kind == "domain":
        return re.sub(r"^(https?://)?(www\.)?", "", w.lower()).rstrip("/")
    if kind == "uscc":
        return w.upper()
    return w


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
if not os.path.isfile(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")

text, links = {}, {}
for p in files:
    pg = Page()
    pg.feed(open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read())
    text[p] = "".join(pg.parts)
    out = set()
    for h in pg.links:
        if re.match(r"^[a-z]+:|^/", h):
            err(f"{p}: non-relative link {h}")
            continue
        out.add(posixpath.normpath(posixpath.join(posixpath.dirname(p), h)))
    links[p] = out

# reachability
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen:
        continue
    seen.add(p)
    for q in links.get(p, ()):
        if q not in files:
            err(f"{p}: broken link {q}")
        else:
            todo.append(q)
for p in files - seen:
    err(f"unreachable {p}")
if not 48 <= len(files) <= 56:
    err(f"page count {len(files)}")

tpaths = {pg["path"] for pg in truth["pages"]}
if tpaths != files:
    err(f"truth/site mismatch {tpaths ^ files}")

ops = dict((o[0], o[1]) for o in truth["operators"])
owner = defaultdict(set)          # (kind,value) -> groups
op_pages = defaultdict(list)
for pg in truth["pages"]:
    p, t = pg["path"], text.get(pg["path"], "")
    if pg["is_offer"]:
        if pg["operator"] not in ops:
            err(f"{p}: offer without known operator")
        else:
            op_pages[pg["operator"]].append(pg)
            if pg["provider"] not in ops[pg["operator"]]["brands"]:
                err(f"{p}: provider {pg['provider']} not among brands")
            if pg["provider"] not in t:
                err(f"{p}: provider not in text")
        if not pg["identifiers"]:
            err(f"{p}: offer without identifiers")
    elif pg["operator"] is not None:
        err(f"{p}: non-offer with operator")
    for kind, value, written in pg["identifiers"]:
        if written not in t:
            err(f"{p}: written form {written!r} not in text")
        if norm(kind, written) != value:
            err(f"{p}: {kind} {written!r} normalizes to {norm(kind, written)!r}, not {value!r}")
        if kind == "uscc" and not uscc_ok(value):
            err(f"{p}: bad USCC {value}")
        owner[(kind, value)].add(pg["operator"] or p)
for key, groups in owner.items():
    if len(groups) > 1:
        err(f"identifier {key} shared by {groups}")

# operators: 3-4 pages, 2-3 brands, connected by shared identifiers
for oid, info in ops.items():
    pgs = op_pages[oid]
    if oid.startswith("U"):
        if not 3 <= len(pgs) <= 4:
            err(f"{oid}: {len(pgs)} pages")
        if not 2 <= len(info["brands"]) <= 3 or {p["provider"] for p in pgs} != set(info["brands"]):
            err(f"{oid}: brands mismatch")
        comp = {pgs[0]["path"]}
        changed = True
        while changed:
            changed = False
            vals = {(k, v) for pg in pgs if pg["path"] in comp for k, v, _ in pg["identifiers"]}
            for pg in pgs:
                if pg["path"] not in comp and vals & {(k, v) for k, v, _ in pg["identifiers"]}:
                    comp.add(pg["path"])
                    changed = True
        if len(comp) != len(pgs):
            err(f"{oid}: pages not connected")
        common = set.intersection(*[{(k, v) for k, v, _ in pg["identifiers"]} for pg in pgs])
        if common:
            err(f"{oid}: every page shares {common}; want a chain")
    elif len(pgs) != 1:
        err(f"{oid}: independent with {len(pgs)} pages")

# decoys: present on their pages, never a truth identifier
truth_vals = {v for (_, v) in owner}
for d in truth["decoys"]:
    v = d["value"]
    if v in truth_vals:
        err(f"decoy {v} is also a seller identifier")
    if d["kind"] == "uscc" and not uscc_ok(v):
        err(f"decoy bad USCC {v}")
    for p in d["paths"]:
        t = text.get(p, "").translate(FW)
        if d["kind"] == "phone" or (d["kind"] == "other" and v.isdigit()):
            digits = v[3:] if v.startswith("+86") else v
            nums = {re.sub(r"\D", "", m) for m in re.findall(r"\d[\d\s-]*\d", t)}
            if digits not in nums and "0" + digits not in nums:
                err(f"decoy {v} not on {p}")
        elif v.lower() not in t.lower():
            err(f"decoy {v} not on {p}")

# no seller number appears (in any spacing) on another group's page unlisted
for (kind, value), groups in owner.items():
    if kind not in ("phone", "qq", "qq_group", "wechat", "other") or not re.fullmatch(r"\+?\d+", value):
        continue
    digits = value[3:] if value.startswith("+86") else value
    g = next(iter(groups))
    for pg in truth["pages"]:
        if (pg["operator"] or pg["path"]) == g:
            continue
        nums = {re.sub(r"\D", "", m) for m in re.findall(r"\d[\d\s-]*\d", text[pg["path"]].translate(FW))}
        if any(digits in n for n in nums):
            err(f"seller {value} of {g} also appears on {pg['path']}")

n_off = sum(p["is_offer"] for p in truth["pages"])
print(f"pages {len(files)}, offers {n_off}, non-offers {len(files) - n_off}, operators "
      f"{sum(o.startswith('U') for o in ops)}, independents {sum(o.startswith('I') for o in ops)}, "
      f"decoys {len(truth['decoys'])}")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
