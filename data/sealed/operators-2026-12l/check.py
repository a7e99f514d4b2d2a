#!/usr/bin/env python3
"""Consistency checks for operators-2026-12l (stdlib only). Exit 0 when clean."""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
FW = str.maketrans("０１２３４５６７８９＋－（）＠", "0123456789+-()@")
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(code):
    if len(code) != 18 or any(c not in ALPH for c in code):
        return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(code[:17], WTS)) % 31
    return ALPH[0 if r == 31 else r] == code[17]


def phone_core(v):
    d = v[3:]
    if re.fullmatch(r"1\d{10}", d) or re.fullmatch(r"(400|800)\d{7}", d) or re.fullmatch(r"\d{5}", d):
        return d
    return "0" + d


def contains(kind, value, raw):
    text = raw.translate(FW)
    if kind == "phone":
        rx = r"(?<!\d)" + r"[\s\-()]*".join(phone_core(value)) + r"(?!\d)"
        return re.search(rx, text) is not None
    return value.lower() in text.lower()


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k == "href" and v:
                self.hrefs.append(v)


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
if set(truth) != {"description", "pages", "operators", "decoys"}:
    err("truth top-level keys: %s" % sorted(truth))
pages = {p["path"]: p for p in truth["pages"]}
if len(pages) != len(truth["pages"]):
    err("duplicate page paths in truth")

files = set()
for root, _, names in os.walk(SITE):
    for n in names:
        if n.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, n), SITE).replace(os.sep, "/"))
for p in sorted(files - set(pages)):
    err("page without truth entry: " + p)
for p in sorted(set(pages) - files):
    err("truth path missing on disk: " + p)
if not os.path.isfile(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")
raw = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}

# reachability
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    lp = Links()
    lp.feed(raw[cur])
    for h in lp.hrefs:
        u = urlparse(urljoin("http://x" + cur, html.unescape(h)))
        if u.scheme != "http" or u.netloc != "x":
            continue
        if u.path in raw and u.path not in seen:
            seen.add(u.path)
            todo.append(u.path)
for p in sorted(files - seen):
    err("unreachable from /index.html: " + p)

# page entries
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
for path, p in pages.items():
    if set(p) != {"path", "is_offer", "operator", "provider", "identifiers", "note"}:
        err("%s: keys %s" % (path, sorted(p)))
    if not p["is_offer"]:
        if p["operator"] or p["identifiers"]:
            err("%s: non-offer with operator/identifiers" % path)
        continue
    if not p["provider"]:
        err("%s: offer without provider" % path)
    if not p["identifiers"]:
        err("%s: offer without identifiers" % path)
    for kind, val, written in p["identifiers"]:
        if kind not in KINDS:
            err("%s: bad kind %s" % (path, kind))
        if written not in raw.get(path, "") and written not in html.unescape(raw.get(path, "")):
            err("%s: written form not on page: %r" % (path, written))
        if kind == "phone" and not re.fullmatch(r"\+86\d{5,12}", val):
            err("%s: phone not E.164: %s" % (path, val))
        if kind in ("wechat", "email", "domain") and val != val.lower():
            err("%s: %s not lowercased: %s" % (path, kind, val))
        if kind == "domain" and val.startswith("www."):
            err("%s: domain with www: %s" % (path, val))
        if kind in ("qq", "qq_group") and not re.fullmatch(r"\d{5,11}", val):
            err("%s: bad %s %s" % (path, kind, val))
        if kind == "uscc" and not uscc_ok(val):
            err("%s: USCC check character wrong: %s" % (path, val))
        if kind == "phone" and not contains(kind, val, raw[path]):
            err("%s: phone %s not found by normalized scan" % (path, val))

# groups: operator or independent
offers = [p for p in pages.values() if p["is_offer"]]
group_of = {}
for p in offers:
    group_of[p["path"]] = p["operator"] or ("IND:" + p["path"])
id_owner = {}
for p in offers:
    for kind, val, _ in p["identifiers"]:
        id_owner.setdefault((kind, val), set()).add(group_of[p["path"]])
for key, owners in sorted(id_owner.items()):
    if len(owners) > 1:
        err("seller identifier shared across groups: %s %s" % (key, sorted(owners)))

# every seller identifier found on an offer page must be listed there (no hidden cross-ties)
for key in id_owner:
    for p in offers:
        listed = {(k, v) for k, v, _ in p["identifiers"]}
        if key not in listed and contains(key[0], key[1], raw[p["path"]]):
            err("%s: contains seller identifier %s but does not list it" % (p["path"], key))

ops = {}
for p in offers:
    if p["operator"]:
        ops.setdefault(p["operator"], []).append(p)
op_entries = dict((o[0], o[1]) for o in truth["operators"])
if set(op_entries) != set(ops):
    err("operators list %s vs pages %s" % (sorted(op_entries), sorted(ops)))
for op, plist in sorted(ops.items()):
    if not 3 <= len(plist) <= 4:
        err("%s: %d offers" % (op, len(plist)))
    brands = {p["provider"] for p in plist}
    if not 2 <= len(brands) <= 3:
        err("%s: %d brands" % (op, len(brands)))
    if set(op_entries.get(op, {}).get("brands", [])) != brands:
        err("%s: brands in operators entry differ" % op)
    # connectivity
    adj = {p["path"]: set() for p in plist}
    tie_ids = set()
    for a in plist:
        for b in plist:
            if a is b:
                continue
            sh = {(k, v) for k, v, _ in a["identifiers"]} & {(k, v) for k, v, _ in b["identifiers"]}
            if sh:
                adj[a["path"]].add(b["path"])
                tie_ids |= sh
    start = plist[0]["path"]
    comp, st = {start}, [start]
    while st:
        for n in adj[st.pop()]:
            if n not in comp:
                comp.add(n)
                st.append(n)
    if comp != set(adj):
        err("%s: not connected: %s" % (op, sorted(set(adj) - comp)))
    if len(tie_ids) < 2:
        err("%s: tied by a single identifier only (not a chain)" % op)
    if all(len(adj[x]) == len(plist) - 1 for x in adj):
        err("%s: every pair tied directly (not a chain)" % op)

# decoys
decoy_keys = set()
for d in truth["decoys"]:
    if set(d) != {"kind", "value", "paths"}:
        err("decoy keys %s" % sorted(d))
    key = (d["kind"], d["value"])
    decoy_keys.add(key)
    if d["kind"] == "uscc" and not uscc_ok(d["value"]):
        err("decoy USCC check wrong: " + d["value"])
    found = sorted(p for p in files if contains(d["kind"], d["value"], raw[p]))
    if found != sorted(d["paths"]):
        err("decoy %s paths incomplete/wrong: truth %s scan %s" % (key, d["paths"], found))
    if not found:
        err("decoy %s appears nowhere" % (key,))
    for p in d["paths"]:
        if p not in pages:
            err("decoy path not a page: " + p)
for key in id_owner:
    if key in decoy_keys:
        err("seller identifier is also a decoy: %s" % (key,))

n_off = len(offers)
n_ind = sum(1 for p in offers if not p["operator"])
n_op_off = n_off - n_ind
if not 48 <= len(pages) <= 56:
    err("page count %d" % len(pages))
if not 34 <= n_off <= 38:
    err("offer count %d" % n_off)
if len(ops) != 9:
    err("operator count %d" % len(ops))
if not 7 <= n_ind <= 9:
    err("independent count %d" % n_ind)

print("pages %d, offers %d (operator offers %d, independent %d), operators %d, decoys %d"
      % (len(pages), n_off, n_op_off, n_ind, len(ops), len(truth["decoys"])))
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("check.py: OK")
