#!/usr/bin/env python3
"""Verify truth.json against site/; exit non-zero on any failure; print the counts."""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
errors = []


def err(msg):
    errors.append(msg)


ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    t = sum(ALPHA.index(ch) * pow(3, i, 31) for i, ch in enumerate(c[:17]))
    r = 31 - t % 31
    return ALPHA[0 if r == 31 else r] == c[17]


NORM = {
    "phone": lambda v: re.fullmatch(r"\+861[3-9]\d{9}|0\d{9,11}|[48]00\d{7}|\d{5}|\d{10}", v),
    "wechat": lambda v: v == v.lower() and re.fullmatch(r"[a-z0-9_-]{5,20}", v),
    "qq": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
    "qq_group": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
    "email": lambda v: v == v.lower() and re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", v),
    "uscc": uscc_ok,
    "domain": lambda v: v == v.lower() and re.fullmatch(r"[a-z0-9.-]+\.[a-z]+", v),
    "other": lambda v: bool(v),
}


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.links.append(v)


truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
texts = {}
for p in truth["pages"]:
    f = os.path.join(SITE, p["path"].lstrip("/"))
    if not os.path.isfile(f):
        err("missing page %s" % p["path"])
        continue
    texts[p["path"]] = html.unescape(open(f, encoding="utf-8").read())

# every html file in site/ is in truth
on_disk = set()
for d, _, fs in os.walk(SITE):
    for fn in fs:
        if fn.endswith(".html"):
            on_disk.add("/" + os.path.relpath(os.path.join(d, fn), SITE).replace(os.sep, "/"))
if on_disk != set(texts):
    err("pages on disk vs truth differ: %s" % sorted(on_disk ^ set(texts)))
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing")

# reachability from the hub
seen, todo = set(), ["/index.html"]
while todo:
    cur = todo.pop()
    if cur in seen or cur not in texts:
        continue
    seen.add(cur)
    lp = Links()
    lp.feed(open(os.path.join(SITE, cur.lstrip("/")), encoding="utf-8").read())
    base = cur.rsplit("/", 1)[0]
    for h in lp.links:
        if re.match(r"[a-z]+:", h):
            continue
        parts = (base + "/" + h).split("/")
        out = []
        for x in parts:
            if x == "..":
                out.pop()
            elif x not in ("", "."):
                out.append(x)
        todo.append("/" + "/".join(out))
for p in texts:
    if p not in seen:
        err("unreachable from hub: %s" % p)

# pages and identifiers
offers = [p for p in truth["pages"] if p["is_offer"]]
for p in truth["pages"]:
    t = texts.get(p["path"], "")
    if p["is_offer"]:
        if not p["operator"] or not p["provider"]:
            err("offer without operator/provider %s" % p["path"])
        if not p["identifiers"]:
            err("offer without identifiers %s" % p["path"])
        if p["provider"] and p["provider"] not in t:
            err("provider %s not on %s" % (p["provider"], p["path"]))
    elif p["operator"] is not None:
        err("non-offer with operator %s" % p["path"])
    for kind, value, written in p["identifiers"]:
        if kind not in NORM:
            err("bad kind %s" % kind)
        elif not NORM[kind](value):
            err("badly normalized %s %s" % (kind, value))
        if written not in t:
            err("written form %r not on %s" % (written, p["path"]))

ops = truth["operators"]
indep = truth.get("independents", {})
by_op = {}
for p in offers:
    by_op.setdefault(p["operator"], []).append(p)
for k in ops:
    pl = by_op.get(k, [])
    if not 3 <= len(pl) <= 4:
        err("%s has %d offer pages" % (k, len(pl)))
    if len({p["path"].split("/")[1] for p in pl}) < 2:
        err("%s on a single site" % k)
    vals = {(a, b) for p in pl for a, b, _ in p["identifiers"]}
    if vals != {tuple(x) for x in ops[k]["identifiers"]}:
        err("%s identifiers differ from its pages" % k)
    # connectivity of the operator's pages via shared identifiers
    comp = {pl[0]["path"]}
    changed = True
    while changed:
        changed = False
        have = {(a, b) for p in pl if p["path"] in comp for a, b, _ in p["identifiers"]}
        for p in pl:
            if p["path"] not in comp and have & {(a, b) for a, b, _ in p["identifiers"]}:
                comp.add(p["path"])
                changed = True
    if len(comp) != len(pl):
        err("%s pages not connected by shared identifiers" % k)
ind_ids = [k for k in by_op if k.startswith("I")]
for k in ind_ids:
    if len(by_op[k]) != 1:
        err("%s has %d pages" % (k, len(by_op[k])))
# no identifier shared between different sellers
owner = {}
for p in offers:
    for a, b, _ in p["identifiers"]:
        if owner.setdefault((a, b), p["operator"]) != p["operator"]:
            err("identifier %s %s shared by %s and %s" % (a, b, owner[(a, b)], p["operator"]))

# decoys
kinds = set()
for d in truth["decoys"]:
    kinds.add(d["kind"])
    scan = sorted(path for path, t in texts.items() if any(w in t for w in d["written"]))
    if scan != sorted(d["pages"]):
        err("decoy %s pages mismatch: %s vs %s" % (d["value"], d["pages"], scan))
    for path in d["pages"]:
        if not any(w in texts.get(path, "") for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], path))
    if (d["kind"], d["value"]) in owner:
        err("decoy %s is a seller identifier" % d["value"])
    if d["kind"] == "uscc" and not uscc_ok(d["value"]):
        err("decoy uscc bad check %s" % d["value"])

sites = {p["path"].split("/")[1] for p in truth["pages"] if p["path"].count("/") == 2}
n_pages = len(truth["pages"])
counts = dict(pages=n_pages, sites=len(sites), offers=len(offers), non_offers=n_pages - len(offers),
              operators=len(ops), operator_pages=sum(len(by_op.get(k, [])) for k in ops),
              independents=len(ind_ids), decoys=len(truth["decoys"]), decoy_kinds=len(kinds))
if not 48 <= n_pages <= 56:
    err("page count %d" % n_pages)
if not 8 <= len(sites) <= 11:
    err("site count %d" % len(sites))
if not 34 <= len(offers) <= 40:
    err("offer count %d" % len(offers))
if len(ops) != 9 or sorted(ops) != ["U0%d" % i for i in range(1, 10)]:
    err("operators %s" % sorted(ops))
if sorted(ind_ids) != ["I0%d" % i for i in range(1, 7)]:
    err("independents %s" % sorted(ind_ids))
if len(truth["decoys"]) < 18:
    err("only %d decoys" % len(truth["decoys"]))

print(" ".join("%s=%d" % kv for kv in counts.items()))
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
