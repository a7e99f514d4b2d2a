#!/usr/bin/env python3
"""Verify site/ against truth.json (stdlib only). Exit code 1 on any failure."""
import html
import json
import os
import posixpath
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(msg):
    ERR.append(msg)


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
pages = {p["path"]: p for p in truth["pages"]}

# ---- 1. page set == html files
files = set()
for root, _, names in os.walk(SITE):
    for n in names:
        if n.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, n), SITE).replace(os.sep, "/"))
if files != set(pages):
    err(f"page mismatch: only in site {sorted(files - set(pages))}, only in truth {sorted(set(pages) - files)}")
if not (48 <= len(files) <= 56):
    err(f"page count {len(files)} not in 48..56")
rb = os.path.join(SITE, "robots.txt")
if not os.path.isfile(rb) or "Allow: /" not in open(rb, encoding="utf-8").read():
    err("robots.txt missing or not allow-all")

RAW = {}
for path in files:
    raw = open(os.path.join(SITE, path.lstrip("/")), encoding="utf-8").read()
    RAW[path] = (raw, html.unescape(raw))


def on_page(path, text):
    raw, un = RAW.get(path, ("", ""))
    return text in raw or text in un


# ---- 2. identifiers written as recorded, normalized forms valid
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18))
    r = 31 - s % 31
    return ALPHA[0 if r == 31 else r] == c[17]


FORMAT = {
    "phone": re.compile(r"(\+861[3-9]\d{9}|\+86[1-9]\d{1,2}[2-9]\d{6,7}|[48]00\d{7}|\d{5})"),
    "wechat": re.compile(r"[a-z0-9_\-]{5,30}"),
    "qq": re.compile(r"[1-9]\d{4,11}"),
    "qq_group": re.compile(r"[1-9]\d{5,11}"),
    "email": re.compile(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+"),
    "domain": re.compile(r"[a-z0-9\-]+(\.[a-z0-9\-]+)+"),
    "other": re.compile(r".+"),
}


def norm_ok(kind, value):
    if kind == "uscc":
        return uscc_ok(value)
    return kind in FORMAT and FORMAT[kind].fullmatch(value) is not None


for path, p in pages.items():
    if p["is_offer"]:
        if not p["operator"] or not p["provider"] or not p["identifiers"]:
            err(f"{path}: offer without operator/provider/identifiers")
    elif p["operator"] is not None:
        err(f"{path}: non-offer with operator")
    for kind, value, written in p["identifiers"]:
        if not norm_ok(kind, value):
            err(f"{path}: bad normalized {kind} {value!r}")
        if not on_page(path, written):
            err(f"{path}: written form {written!r} not on page")

# ---- 3. reachability
class A(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.links.append(v)


seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    a = A()
    a.feed(RAW[cur][0])
    for href in a.links:
        if re.match(r"^[a-z]+:", href) or href.startswith(("#", "/", "//")):
            continue
        tgt = posixpath.normpath(posixpath.join(posixpath.dirname(cur), href.split("#")[0]))
        if tgt in RAW and tgt not in seen:
            seen.add(tgt)
            todo.append(tgt)
if seen != files:
    err(f"unreachable pages: {sorted(files - seen)}")

# ---- 4. operator structure
groups = {}
for path, p in pages.items():
    if p["operator"]:
        groups.setdefault(p["operator"], []).append(path)
owner = {}
for path, p in pages.items():
    if not p["operator"]:
        continue
    for kind, value, _ in p["identifiers"]:
        o = owner.setdefault((kind, value), p["operator"])
        if o != p["operator"]:
            err(f"identifier {kind}:{value} shared by {o} and {p['operator']}")
U = {k: v for k, v in groups.items() if k.startswith("U")}
I = {k: v for k, v in groups.items() if k.startswith("I")}
for k, paths in U.items():
    if not 3 <= len(paths) <= 4:
        err(f"{k}: {len(paths)} pages")
    if k not in truth["operators"]:
        err(f"{k} missing from operators")
    elif len(truth["operators"][k]["brands"]) < 2:
        err(f"{k}: fewer than 2 brands")
    sets = {pa: {(a, b) for a, b, _ in pages[pa]["identifiers"]} for pa in paths}
    if set.intersection(*sets.values()):
        err(f"{k}: identifier on every page {set.intersection(*sets.values())}")
    comp, todo2 = {paths[0]}, [paths[0]]
    while todo2:
        c = todo2.pop()
        for o in paths:
            if o not in comp and sets[c] & sets[o]:
                comp.add(o)
                todo2.append(o)
    if comp != set(paths):
        err(f"{k}: pages not connected by shared identifiers")
for k, paths in I.items():
    if len(paths) != 1:
        err(f"{k}: independent with {len(paths)} pages")
if set(truth["operators"]) != set(U):
    err("operators dict does not match U ids")

# ---- 5. decoys
seller_vals = set(owner)
for d in truth["decoys"]:
    if (d["kind"], d["value"]) in seller_vals:
        err(f"decoy {d['value']} is also a seller identifier")
    if not norm_ok(d["kind"], d["value"]):
        err(f"decoy bad normalized {d}")
    if len(d["paths"]) < 2:
        err(f"decoy {d['value']} on fewer than 2 pages")
    tags = {pages[pa]["operator"] or "NONOFFER" for pa in d["paths"]}
    if len(tags) < 2:
        err(f"decoy {d['value']} does not cross operators / offer-non-offer")
    for pa, ws in d["written"].items():
        for w in ws:
            if not on_page(pa, w):
                err(f"decoy {d['value']}: {w!r} not on {pa}")

# ---- 6. counts vs README
counts = {
    "pages": len(pages),
    "offers": sum(p["is_offer"] for p in pages.values()),
    "non-offers": sum(not p["is_offer"] for p in pages.values()),
    "operators": len(U),
    "independents": len(I),
    "decoys": len(truth["decoys"]),
}
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
for k, v in counts.items():
    m = re.search(rf"^- {re.escape(k)}: (\d+)", readme, re.M)
    if not m or int(m.group(1)) != v:
        err(f"README count {k} != {v}")
print(json.dumps(counts))
if ERR:
    print("FAIL")
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("OK")
