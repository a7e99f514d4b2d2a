#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json
import os
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W))
    r = 31 - s % 31
    return ALPHA[0 if r == 31 else r] == c[17]


NORM = {
    "phone": r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}",
    "wechat": r"[a-z][a-z0-9_-]{5,19}",
    "qq": r"[1-9]\d{4,10}",
    "qq_group": r"[1-9]\d{4,10}",
    "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+",
    "domain": r"[a-z0-9.-]+\.[a-z]+",
    "uscc": r".{18}",
    "other": r".+",
}


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v and v.startswith("/"):
                    self.links.append(v.split("#")[0])


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
pages = truth["pages"]
text = {}
for p in pages:
    fp = os.path.join(SITE, p["path"].lstrip("/"))
    if not os.path.isfile(fp):
        err(f"missing page {p['path']}")
        continue
    text[p["path"]] = open(fp, encoding="utf-8").read()

on_disk = set()
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            on_disk.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
if on_disk != set(text):
    err(f"pages on disk not in truth: {sorted(on_disk - set(text))}")
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing all")

# reachability from the hub
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in text:
        continue
    seen.add(u)
    lp = Links()
    lp.feed(text[u])
    todo.extend(lp.links)
if seen != set(text):
    err(f"unreachable from hub: {sorted(set(text) - seen)}")

# identifiers on pages
for p in pages:
    if not p["is_offer"] and (p["operator"] or p["identifiers"]):
        err(f"non-offer with operator/identifiers: {p['path']}")
    if p["is_offer"] and not re.fullmatch(r"[UI]0\d", p["operator"] or ""):
        err(f"offer without operator: {p['path']}")
    for kind, value, written in p["identifiers"]:
        if kind not in NORM or not re.fullmatch(NORM[kind], value):
            err(f"bad normalized {kind} {value} on {p['path']}")
        if kind == "uscc" and not uscc_ok(value):
            err(f"bad USCC check {value}")
        if written not in text.get(p["path"], ""):
            err(f"written form {written!r} not on {p['path']}")

# operators
offers = [p for p in pages if p["is_offer"]]
by_op = defaultdict(list)
for p in offers:
    by_op[p["operator"]].append(p)
users = sorted(k for k in by_op if k.startswith("U"))
indeps = sorted(k for k in by_op if k.startswith("I"))
if users != [f"U0{i}" for i in range(1, 10)]:
    err(f"operators {users}")
if indeps != [f"I0{i}" for i in range(1, 7)]:
    err(f"independents {indeps}")
if sorted(truth["operators"]) != users:
    err("operators block does not match pages")
owner = defaultdict(set)
for p in offers:
    for kind, value, _ in p["identifiers"]:
        owner[(kind, value)].add(p["operator"])
for key, ops in owner.items():
    if len(ops) > 1:
        err(f"identifier {key} shared across sellers {ops}")
for u in users:
    ps = by_op[u]
    if not 3 <= len(ps) <= 4:
        err(f"{u} has {len(ps)} pages")
    if len({p['path'].split('/')[1] for p in ps}) < 2:
        err(f"{u} on a single site")
    # connectivity through shared identifiers
    comp = {ps[0]["path"]}
    changed = True
    while changed:
        changed = False
        ids = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
        for p in ps:
            if p["path"] not in comp and ids & {(k, v) for k, v, _ in p["identifiers"]}:
                comp.add(p["path"])
                changed = True
    if len(comp) != len(ps):
        err(f"{u} pages not tied together")
    want = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
    if want != {tuple(x) for x in truth["operators"][u]["identifiers"]}:
        err(f"{u} identifiers block mismatch")
for i in indeps:
    if len(by_op[i]) != 1:
        err(f"{i} has {len(by_op[i])} pages")

# decoys
decoys = truth["decoys"]
for d in decoys:
    scanned = sorted(path for path, t in text.items() if any(w in t for w in d["written"]))
    if scanned != sorted(d["pages"]):
        err(f"decoy {d['value']} pages mismatch")
    for path in d["pages"]:
        if not any(w in text.get(path, "") for w in d["written"]):
            err(f"decoy {d['value']} not on {path}")
    sellers = {pp["operator"] for pp in offers if pp["path"] in d["pages"]}
    if (d["kind"], d["value"]) in owner:
        err(f"decoy {d['value']} is also a seller identifier")
multi = sum(1 for d in decoys if len({pp["operator"] for pp in offers if pp["path"] in d["pages"]}) >= 2)

sites = {p["path"].split("/")[1] for p in pages if p["path"] != "/index.html"}
n = len(pages)
if not 48 <= n <= 56:
    err(f"{n} pages")
if not 8 <= len(sites) <= 11:
    err(f"{len(sites)} sites")
if not 34 <= len(offers) <= 40:
    err(f"{len(offers)} offers")
if len(decoys) < 18:
    err(f"{len(decoys)} decoys")

print(f"pages={n} sites={len(sites)} offers={len(offers)} non_offers={n - len(offers)} "
      f"operators={len(users)} operator_pages={sum(len(by_op[u]) for u in users)} "
      f"independents={len(indeps)} decoys={len(decoys)} decoys_spanning_sellers={multi} "
      f"identifiers={len(owner)}")
if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
print("OK")
