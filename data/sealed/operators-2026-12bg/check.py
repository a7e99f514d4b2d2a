#!/usr/bin/env python3
"""Verify site/ against truth.json for web 12bg (standard library only)."""
import json, os, re, sys
from collections import defaultdict, deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(m):
    errors.append(m)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], WTS))
    r = 31 - s % 31
    if ALPHA[0 if r == 31 else r] != c[17]:
        return False
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    s2 = sum(val(ch) * w for ch, w in zip(c[8:16], [3, 7, 9, 10, 5, 8, 4, 2]))
    k = 11 - s2 % 11
    return ("X" if k == 10 else "0" if k == 11 else str(k)) == c[16]


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.hrefs.append(v)


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
    err(f"page count {len(files)} not in 48..56")

rb = os.path.join(SITE, "robots.txt")
if not os.path.exists(rb) or "Allow: /" not in open(rb).read():
    err("robots.txt missing or not allow-all")

html = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}

# identifiers
owner = {}
seller_vals = set()
op_pages = defaultdict(list)
for p in truth["pages"]:
    if bool(p["is_offer"]) != (p["operator"] is not None):
        err(f"{p['path']}: operator set iff is_offer violated")
    if p["is_offer"] and not p["identifiers"]:
        err(f"{p['path']}: offer page without identifiers")
    for kind, val, written in p["identifiers"]:
        if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
            err(f"{p['path']}: bad kind {kind}")
        if written not in html.get(p["path"], ""):
            err(f"{p['path']}: written text not on page: {written!r}")
        if kind == "uscc" and not uscc_ok(val):
            err(f"{p['path']}: bad USCC {val}")
        if p["operator"]:
            key = (kind, val)
            if owner.setdefault(key, p["operator"]) != p["operator"]:
                err(f"identifier {key} shared by {owner[key]} and {p['operator']}")
            seller_vals.add(val)
    if p["operator"]:
        op_pages[p["operator"]].append(p)

# operators
U = sorted(k for k in op_pages if k.startswith("U"))
I = sorted(k for k in op_pages if k.startswith("I"))
if U != [f"U0{i}" for i in range(1, 10)]:
    err(f"U operators: {U}")
if I != [f"I0{i}" for i in range(1, 7)]:
    err(f"I operators: {I}")
for k in U:
    ps = op_pages[k]
    if not 3 <= len(ps) <= 4:
        err(f"{k}: {len(ps)} pages")
    sites = {p["path"].split("/")[1] for p in ps}
    if len(sites) != len(ps):
        err(f"{k}: pages not on different sites")
    brands = {p["provider"] for p in ps}
    if not 2 <= len(brands) <= 3:
        err(f"{k}: {len(brands)} brands")
    for p in ps:
        mine = {(a, b) for a, b, _ in p["identifiers"]}
        if not any(mine & {(a, b) for a, b, _ in q["identifiers"]} for q in ps if q is not p):
            err(f"{k}: {p['path']} shares no identifier with another page")
    if k not in truth["operators"]:
        err(f"{k} missing from operators")
for k in I:
    if len(op_pages[k]) != 1:
        err(f"{k}: {len(op_pages[k])} pages")

# decoys
if len(truth["decoys"]) < 18:
    err(f"only {len(truth['decoys'])} decoys")
for d in truth["decoys"]:
    if d["value"] in seller_vals:
        err(f"decoy {d['value']} is a seller identifier")
    if len(d["paths"]) < 2:
        err(f"decoy {d['value']} on fewer than 2 pages")
    for path in d["paths"]:
        if not any(w in html.get(path, "") for w in d["written"]):
            err(f"decoy {d['value']} not written on {path}")

# reachability
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    cur = q.popleft()
    lp = Links()
    lp.feed(html.get(cur, ""))
    for h in lp.hrefs:
        if re.match(r"^[a-z]+:", h) or h.startswith("/") or h.startswith("#"):
            continue
        tgt = urlparse(urljoin("http://x" + cur, h)).path
        if tgt not in html:
            err(f"{cur}: broken link {h}")
        elif tgt not in seen:
            seen.add(tgt)
            q.append(tgt)
if seen != files:
    err(f"unreachable: {sorted(files - seen)}")

n_off = sum(1 for p in truth["pages"] if p["is_offer"])
if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"OK: {len(files)} pages, {n_off} offer, {len(files) - n_off} non-offer, "
      f"{len(U)} U operators, {len(I)} I operators, {len(truth['decoys'])} decoys")
