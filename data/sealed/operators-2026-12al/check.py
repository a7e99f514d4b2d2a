#!/usr/bin/env python3
"""Check site/ against truth.json and README.md (standard library only). Exit 1 on any failure."""
import html
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []

def err(msg):
    ERR.append(msg)

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
pages = {p["path"]: p for p in truth["pages"]}

def read(path):
    with open(os.path.join(SITE, path.lstrip("/")), encoding="utf-8") as f:
        return f.read()

# 1. files <-> truth
files = set()
for root, _, names in os.walk(SITE):
    for n in names:
        if n.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, n), SITE).replace(os.sep, "/"))
for p in pages:
    if p not in files:
        err(f"truth page missing on disk: {p}")
for f in files:
    if f not in pages:
        err(f"html page without truth entry: {f}")
if not 48 <= len(files) <= 56:
    err(f"page count {len(files)} outside 48-56")
rb = os.path.join(SITE, "robots.txt")
if not os.path.exists(rb) or "Allow: /" not in open(rb).read() or "Disallow: /\n" in open(rb).read():
    err("robots.txt missing or not allow-all")
TEXT = {p: read(p) for p in files}

# 2. reachability by relative links
href_re = re.compile(r'href\s*=\s*["\']([^"\']+)["\']')
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    for h in href_re.findall(TEXT[cur]):
        h = html.unescape(h).split("#")[0].split("?")[0]
        if not h or re.match(r"^[a-z]+:", h) or h.startswith("/") or h.startswith("//"):
            continue
        tgt = os.path.normpath(os.path.join(os.path.dirname(cur), h)).replace(os.sep, "/")
        if tgt.endswith("/"):
            tgt += "index.html"
        if tgt in TEXT and tgt not in seen:
            seen.add(tgt)
            todo.append(tgt)
for f in sorted(files - seen):
    err(f"not reachable from /index.html: {f}")

# 3. identifiers
USCC_A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if len(c) != 18 or any(ch not in USCC_A for ch in c):
        return False
    r = 31 - sum(USCC_A.index(ch) * w for ch, w in zip(c[:17], USCC_W)) % 31
    return USCC_A[0 if r == 31 else r] == c[17]

FW = {chr(0xFF10 + i): str(i) for i in range(10)}
CN = dict(zip("〇零一二三四五六七八九", "00123456789"))
CN.update(dict(zip("壹贰叁肆伍陆柒捌玖", "123456789")))
def digits(s):
    return "".join(FW.get(c, CN.get(c, c)) for c in s if c.isdigit() or c in FW or c in CN)
def phone_core(v):
    if v.startswith("+86"):
        v = v[3:]
        return v if v.startswith("1") else "0" + v
    return v

def norm_email(w):
    w = w.lower()
    for a, b in (("(at)", "@"), ("[at]", "@"), (" 圈 ", "@"), ("圈", "@"), ("#", "@"), ("点", ".")):
        w = w.replace(a, b)
    return re.sub(r"\s", "", w)

KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
owner = defaultdict(set)   # (kind,value) -> operators
for p in pages.values():
    t = TEXT.get(p["path"], "")
    if p["is_offer"]:
        if not p["operator"] or p["operator"][0] not in "UI":
            err(f"offer without operator: {p['path']}")
        if not p["provider"] or p["provider"] not in t:
            err(f"provider not on page: {p['path']} {p['provider']}")
        if not p["identifiers"]:
            err(f"offer without identifiers: {p['path']}")
    elif p["operator"] is not None:
        err(f"non-offer with operator: {p['path']}")
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS:
            err(f"bad kind {kind} on {p['path']}")
        if written not in t:
            err(f"identifier not written on page: {p['path']} {written!r}")
        if kind == "phone":
            if not re.fullmatch(r"\+861\d{10}|\+86[2-9]\d{8,10}|[48]00\d{7}|\d{5}", value):
                err(f"phone not normalized: {value}")
            if digits(written).lstrip("86") != phone_core(value).lstrip("86") and not digits(written).endswith(phone_core(value)):
                err(f"phone written {written!r} does not normalize to {value}")
        elif kind in ("qq", "qq_group"):
            if digits(written) != value:
                err(f"{kind} written {written!r} != {value}")
        elif kind == "email":
            if value != value.lower() or norm_email(written).split("：")[-1] != value and value not in norm_email(written):
                err(f"email written {written!r} != {value}")
        elif kind == "wechat":
            if value != value.lower() or value not in written.lower():
                err(f"wechat written {written!r} != {value}")
        elif kind == "uscc":
            if not uscc_ok(value) or written != value:
                err(f"bad uscc {value}")
        elif kind == "domain":
            if value != value.lower() or value.replace(".", "") not in written.lower().replace("点", "").replace(".", ""):
                err(f"domain written {written!r} != {value}")
        if p["operator"]:
            owner[(kind, value)].add(p["operator"])
for k, ops in owner.items():
    if len(ops) > 1:
        err(f"identifier {k} shared by different operators {sorted(ops)}")

# 4. operators
by_op = defaultdict(list)
for p in pages.values():
    if p["operator"]:
        by_op[p["operator"]].append(p)
for op, ps in by_op.items():
    if op.startswith("I"):
        if len(ps) != 1:
            err(f"independent {op} has {len(ps)} pages")
        continue
    if not 3 <= len(ps) <= 4:
        err(f"operator {op} has {len(ps)} pages")
    if op not in truth["operators"]:
        err(f"operator {op} not described")
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
    if set.intersection(*sets):
        err(f"operator {op}: identifier on every page {set.intersection(*sets)}")
    comp, grow = {0}, True
    while grow:
        grow = False
        for i in range(len(ps)):
            if i not in comp and any(sets[i] & sets[j] for j in comp):
                comp.add(i)
                grow = True
    if len(comp) != len(ps):
        err(f"operator {op} not connected by shared identifiers")
for op in truth["operators"]:
    if op not in by_op:
        err(f"operator {op} has no pages")

# raw scan: a seller's phone/qq digits must not occur on a page of another operator
flat = {p: re.sub(r"[\s\-—]", "", TEXT[p]) for p in TEXT}
for (kind, value), ops in owner.items():
    if kind in ("phone", "qq", "qq_group"):
        core = phone_core(value) if kind == "phone" else value
        for path, t in flat.items():
            if core in t and pages[path]["operator"] not in ops:
                err(f"{kind} {value} of {sorted(ops)} also appears on {path}")
    if kind in ("wechat", "email", "domain", "uscc", "other"):
        for path, t in TEXT.items():
            if value in t.lower() and pages[path]["operator"] not in ops:
                err(f"{kind} {value} of {sorted(ops)} also appears on {path}")

# 5. decoys
for d in truth["decoys"]:
    if (d["kind"], d["value"]) in owner:
        err(f"decoy {d['value']} is also a seller identifier")
    if len(d["paths"]) < 2:
        err(f"decoy {d['value']} on fewer than 2 pages")
    groups = set()
    for path in d["paths"]:
        if path not in TEXT:
            err(f"decoy path missing {path}")
            continue
        if not any(w in TEXT[path] for w in d.get("written", [])):
            err(f"decoy {d['value']} not written on {path}")
        groups.add(pages[path]["operator"] or "non-offer")
    if len(groups) < 2:
        err(f"decoy {d['value']} does not span different operators/non-offers")

# 6. counts against README
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
counts = {
    "pages": len(pages),
    "offers": sum(p["is_offer"] for p in pages.values()),
    "non-offers": sum(not p["is_offer"] for p in pages.values()),
    "operators": sum(1 for o in by_op if o.startswith("U")),
    "operator pages": sum(len(v) for o, v in by_op.items() if o.startswith("U")),
    "independents": sum(1 for o in by_op if o.startswith("I")),
    "decoys": len(truth["decoys"]),
}
for k, v in counts.items():
    m = re.search(r"^- " + re.escape(k) + r": (\d+)$", readme, re.M)
    if not m or int(m.group(1)) != v:
        err(f"README count for {k!r} does not match {v}")

if ERR:
    print("\n".join("FAIL " + e for e in ERR))
    sys.exit(1)
print("OK", ", ".join(f"{k}={v}" for k, v in counts.items()))
