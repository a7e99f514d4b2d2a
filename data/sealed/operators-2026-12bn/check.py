#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any problem."""
import html
import json
import os
import re
import sys
from collections import defaultdict, deque

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
T = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
ERR = []


def err(msg):
    ERR.append(msg)


def read(path):
    fp = os.path.join(SITE, path.lstrip("/"))
    if not os.path.isfile(fp):
        return None
    return open(fp, encoding="utf-8").read()


def present(form, text):
    return form in text or form in html.unescape(text)


CN = dict(zip("零〇一二三四五六七八九", "00123456789"))


def canon(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        ch = CN.get(ch, ch)
        if ch.isascii() and ch.isalnum():
            out.append(ch.lower())
    return "".join(out)


def subseq(a, b):
    it = iter(b)
    return all(c in it for c in a)


AL = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(AL.index(x) * w for x, w in zip(c, W)) % 31
    return c[17] == AL[0 if r == 31 else r]


def norm_ok(kind, value, written):
    if kind == "phone":
        if value.startswith("+86"):
            return bool(re.fullmatch(r"\+861\d{10}", value)) and subseq(value[3:], canon(written))
        m = re.fullmatch(r"(0\d{2,3})-(\d{7,8})", value)
        if m:
            d = canon(written)
            return m.group(1) in d and m.group(2) in d
        return value.isdigit() and subseq(value, canon(written))
    if kind in ("qq", "qq_group"):
        return value.isdigit() and canon(written) == value
    if kind == "uscc":
        return uscc_ok(value) and canon(written) == value.lower()
    if kind == "other":
        return value in written or canon(value) == canon(written)
    if value != value.lower():
        return False
    if kind == "domain" and value.startswith("www."):
        return False
    return subseq(canon(value), canon(written))


pages = {p["path"]: p for p in T["pages"]}
texts = {}
for path, p in pages.items():
    t = read(path)
    if t is None:
        err(f"missing page {path}")
        continue
    texts[path] = t
    if p["is_offer"]:
        if not p["operator"] or not re.fullmatch(r"[UI]0\d", p["operator"]):
            err(f"{path}: offer without valid operator")
        if not p["provider"]:
            err(f"{path}: offer without provider")
    elif p["operator"] is not None:
        err(f"{path}: non-offer with operator")
    for kind, value, written in p["identifiers"]:
        if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
            err(f"{path}: bad kind {kind}")
        if not present(written, t):
            err(f"{path}: identifier {kind}:{value} written '{written}' not on page")
        if not norm_ok(kind, value, written):
            err(f"{path}: normalized {kind}:{value} does not fit written '{written}'")

# every HTML file is in truth
for root, _, files in os.walk(SITE):
    for f in files:
        rel = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
        if f.endswith(".html") and rel not in pages:
            err(f"html page not in truth: {rel}")
rb = read("/robots.txt")
if not rb or "Allow: /" not in rb or re.search(r"Disallow:\s*/", rb):
    err("robots.txt missing or not allowing all")

# reachability
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    cur = q.popleft()
    t = texts.get(cur) or read(cur) or ""
    for href in re.findall(r'href="([^"#]+)', t):
        if href.startswith("/") and href.endswith(".html") and href not in seen:
            seen.add(href)
            q.append(href)
for path in pages:
    if path not in seen:
        err(f"unreachable: {path}")

# operator structure
by_op = defaultdict(list)
for p in T["pages"]:
    if p["operator"]:
        by_op[p["operator"]].append(p)
owner_of = defaultdict(set)
for p in T["pages"]:
    for kind, value, _ in p["identifiers"]:
        owner_of[(kind, value)].add(p["operator"] or ("non:" + p["path"]))
for key, owners in owner_of.items():
    if len(owners) > 1:
        err(f"identifier {key} shared across operators {sorted(owners)}")
for op, ps in sorted(by_op.items()):
    if op.startswith("U"):
        if not 3 <= len(ps) <= 4:
            err(f"{op}: {len(ps)} pages")
        if len({p['provider'] for p in ps}) < 3:
            err(f"{op}: fewer than 3 brands")
        # each page shares something with another page; and the whole group is connected
        keys = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
        for i, ks in enumerate(keys):
            if not any(ks & keys[j] for j in range(len(keys)) if j != i):
                err(f"{op}: {ps[i]['path']} shares nothing with its siblings")
        comp, stack = {0}, [0]
        while stack:
            i = stack.pop()
            for j in range(len(keys)):
                if j not in comp and keys[i] & keys[j]:
                    comp.add(j)
                    stack.append(j)
        if len(comp) != len(keys):
            err(f"{op}: pages not connected by shared identifiers")
    else:
        if len(ps) != 1:
            err(f"{op}: independent with {len(ps)} pages")
ops_u = sorted(o for o in by_op if o.startswith("U"))
ops_i = sorted(o for o in by_op if o.startswith("I"))
if ops_u != [f"U0{i}" for i in range(1, 10)] or ops_i != [f"I0{i}" for i in range(1, 7)]:
    err(f"operators present: {ops_u} {ops_i}")
if {o for o, _ in T["operators"]} != set(ops_u):
    err("operators list does not match pages")

# decoys
idvals = {v for (k, v) in owner_of}
for d in T["decoys"]:
    if d["value"] in idvals:
        err(f"decoy {d['value']} is also a seller identifier")
    if len(d["paths"]) < 2:
        err(f"decoy {d['value']} on fewer than 2 pages")
    owners = set()
    for path in d["paths"]:
        if path not in pages:
            err(f"decoy {d['value']}: page {path} not in truth")
            continue
        owners.add(pages[path]["operator"] or ("non:" + path))
        if not any(present(w, texts.get(path, "")) for w in d["written"]):
            err(f"decoy {d['value']} not written on {path}")
    if len(owners) < 2:
        err(f"decoy {d['value']} does not span two operators/non-offers")
    for w in d["written"]:
        if not any(present(w, texts.get(path, "")) for path in d["paths"]):
            err(f"decoy {d['value']} written form '{w}' appears nowhere")

n = len(pages)
offers = sum(p["is_offer"] for p in T["pages"])
if not 48 <= n <= 56:
    err(f"page count {n}")
if n - offers < 11:
    err(f"non-offers {n - offers}")
if len(T["decoys"]) < 18:
    err(f"decoys {len(T['decoys'])}")

if ERR:
    print("\n".join(ERR))
    print(f"FAIL: {len(ERR)} problems")
    sys.exit(1)
print(f"OK: {n} pages, {offers} offers, {len(ops_u)} operators, {len(ops_i)} independents, "
      f"{n - offers} non-offers, {len(T['decoys'])} decoys")
