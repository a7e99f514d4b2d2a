#!/usr/bin/env python3
"""Self-check for the operators-2026-12ak web (standard library only)."""
import json
import os
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser
from urllib.parse import urlsplit
import posixpath

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
EXPECTED = {"pages": 54, "offers": 38, "operators": 9, "independents": 6, "decoys": 23}
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], WEIGHTS)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]


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
pages = truth["pages"]
by_path = {p["path"]: p for p in pages}
if len(by_path) != len(pages):
    err("duplicate paths in truth")

# 1. files <-> truth
on_disk = set()
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            on_disk.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
for p in by_path:
    if p not in on_disk:
        err(f"truth page missing on disk: {p}")
for p in on_disk:
    if p not in by_path:
        err(f"html page without truth entry: {p}")
if not os.path.isfile(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")
elif "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt does not allow all")

html = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in on_disk}

# 2. identifiers as written, normalization
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
for p in pages:
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS:
            err(f"{p['path']}: bad kind {kind}")
        if written not in html.get(p["path"], ""):
            err(f"{p['path']}: written form not on page: {written!r}")
        if kind == "phone" and not re.fullmatch(r"\+86(1\d{10}|[2-9]\d{8,10})|[48]00\d{7}", value):
            err(f"{p['path']}: phone not normalized: {value}")
        if kind in ("wechat", "email", "domain") and value != value.lower():
            err(f"{p['path']}: {kind} not lower-case: {value}")
        if kind == "uscc" and not uscc_ok(value):
            err(f"{p['path']}: invalid USCC {value}")
        if kind in ("qq", "qq_group") and not re.fullmatch(r"[1-9]\d{4,10}", value):
            err(f"{p['path']}: bad qq {value}")
    if not p["is_offer"]:
        if p["operator"] is not None or p["identifiers"]:
            err(f"{p['path']}: non-offer with operator/identifiers")
    else:
        if not p["operator"] or not p["provider"] or not p["identifiers"]:
            err(f"{p['path']}: offer lacks operator/provider/identifiers")
        elif p["provider"] not in html[p["path"]]:
            err(f"{p['path']}: provider not written on page")

# 3. reachability
seen, todo = set(), ["/index.html"]
while todo:
    cur = todo.pop()
    if cur in seen or cur not in html:
        continue
    seen.add(cur)
    parser = Links()
    parser.feed(html[cur])
    for h in parser.hrefs:
        u = urlsplit(h)
        if u.scheme or u.netloc or h.startswith("/") or not u.path:
            continue
        todo.append(posixpath.normpath(posixpath.join(posixpath.dirname(cur), u.path)))
for p in on_disk - seen:
    err(f"not reachable from index by relative links: {p}")

# 4. operators structure
ops = defaultdict(list)
for p in pages:
    if p["operator"]:
        ops[p["operator"]].append(p)
owner = {}
for op, ps in ops.items():
    for p in ps:
        for kind, value, _ in p["identifiers"]:
            o = owner.setdefault((kind, value), op)
            if o != op:
                err(f"identifier {kind}:{value} shared by {o} and {op}")
multi = {o: ps for o, ps in ops.items() if o.startswith("U")}
indep = {o: ps for o, ps in ops.items() if o.startswith("I")}
for op, ps in multi.items():
    if not 3 <= len(ps) <= 4:
        err(f"{op}: {len(ps)} pages")
    if not 2 <= len({p["provider"] for p in ps}) <= 3:
        err(f"{op}: brand count {len({p['provider'] for p in ps})}")
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
    if set.intersection(*sets):
        err(f"{op}: identifier on every page: {set.intersection(*sets)}")
    comp, stack = {0}, [0]
    while stack:
        i = stack.pop()
        for j in range(len(ps)):
            if j not in comp and sets[i] & sets[j]:
                comp.add(j)
                stack.append(j)
    if len(comp) != len(ps):
        err(f"{op}: pages not connected by shared identifiers")
    # at least one tie where the shared value is written differently
    diff = False
    for i in range(len(ps)):
        for j in range(i + 1, len(ps)):
            wi = {(k, v): w for k, v, w in ps[i]["identifiers"]}
            wj = {(k, v): w for k, v, w in ps[j]["identifiers"]}
            diff |= any(wi[x] != wj[x] for x in set(wi) & set(wj))
    if not diff:
        err(f"{op}: no tie written differently")
for op, ps in indep.items():
    if len(ps) != 1:
        err(f"{op}: independent with {len(ps)} pages")
for op in ops:
    if op not in truth["operators"]:
        err(f"{op} missing from operators")
for op in truth["operators"]:
    if op not in ops:
        err(f"operators lists unknown {op}")

# leakage: a seller's digits must not appear on another operator's offer page
FW = str.maketrans("０１２３４５６７８９", "0123456789")
digits = {p["path"]: re.sub(r"\D", "", html[p["path"]].translate(FW)) for p in pages}
for (kind, value), op in owner.items():
    if kind in ("phone", "qq", "qq_group"):
        d = value[3:] if value.startswith("+86") else value
        for p in pages:
            if p["operator"] and p["operator"] != op and d in digits[p["path"]]:
                err(f"{kind}:{value} of {op} also appears on {p['path']} ({p['operator']})")

# 5. decoys
for d in truth["decoys"]:
    if (d["kind"], d["value"]) in owner:
        err(f"decoy {d['value']} is also a seller identifier")
    if len(d["paths"]) < 1:
        err(f"decoy {d['value']} has no paths")
    for path in d["paths"]:
        if path not in html:
            err(f"decoy path missing {path}")
        elif not any(w in html[path] for w in d["as_written"]):
            err(f"decoy {d['value']} not written on {path}")
    owners = {by_path[x]["operator"] for x in d["paths"] if x in by_path}
    if len(d["paths"]) > 1 and len(owners) < 2:
        err(f"decoy {d['value']} does not span different operators/non-offers")

# 6. counts
counts = {
    "pages": len(pages),
    "offers": sum(p["is_offer"] for p in pages),
    "operators": len(multi),
    "independents": len(indep),
    "decoys": len(truth["decoys"]),
}
if counts != EXPECTED:
    err(f"counts {counts} != expected {EXPECTED}")
if not 48 <= counts["pages"] <= 56:
    err("page count outside 48-56")
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
for k, v in EXPECTED.items():
    if f"{k}: {v}" not in readme:
        err(f"README does not state '{k}: {v}'")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK", counts)
