#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any problem."""
import html, json, os, re, sys
from collections import defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
errors = []


def err(msg):
    errors.append(msg)


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.hrefs.append(v)


def text_forms(raw):
    un = html.unescape(raw)
    stripped = html.unescape(re.sub(r"<[^>]+>", "", raw))
    return raw, un, stripped


def appears(raw, w):
    return any(w in t for t in text_forms(raw))


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
pages = {p["path"]: p for p in truth["pages"]}

on_disk = set()
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            on_disk.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
if not os.path.isfile(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")

raw = {}
for path in pages:
    fp = os.path.join(SITE, path.lstrip("/"))
    if not os.path.isfile(fp):
        err(f"truth page missing on disk: {path}")
        continue
    raw[path] = open(fp, encoding="utf-8").read()
for path in sorted(on_disk - set(pages)):
    err(f"HTML page not in truth: {path}")

KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
for path, p in pages.items():
    if path not in raw:
        continue
    if p["is_offer"]:
        if not re.fullmatch(r"(U0[1-9]|I0[1-6])", str(p["operator"])):
            err(f"{path}: bad operator {p['operator']}")
    elif p["operator"] is not None:
        err(f"{path}: non-offer with operator")
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS:
            err(f"{path}: bad kind {kind}")
        if not appears(raw[path], written):
            err(f"{path}: identifier {kind}:{value} not written as {written!r}")
        if kind == "phone" and not re.fullmatch(r"\+86\d{11}|0\d{2,3}-\d{7,8}", value):
            err(f"{path}: phone not normalized {value}")
        if kind in ("wechat", "email", "domain", "uscc") and value != value.lower():
            err(f"{path}: {kind} not lower-case {value}")

for d in truth["decoys"]:
    if len(d["paths"]) < 2:
        err(f"decoy {d['value']} on fewer than 2 pages")
    for path in d["paths"]:
        if path not in raw:
            err(f"decoy {d['value']}: page {path} missing")
        elif not any(appears(raw[path], w) for w in d["written"]):
            err(f"decoy {d['value']} not on {path}")
    owners = {pages[x]["operator"] or ("non-offer " + x) for x in d["paths"] if x in pages}
    if len(owners) < 2:
        err(f"decoy {d['value']} does not span two operators / non-offers")
decoy_vals = {(d["kind"], d["value"]) for d in truth["decoys"]}

# identifiers: never shared across operators, never a decoy; operator pages connected
idx = defaultdict(set)
for path, p in pages.items():
    for kind, value, _ in p["identifiers"]:
        idx[(kind, value)].add(path)
        if (kind, value) in decoy_vals:
            err(f"{path}: identifier {value} is also a decoy")
for key, ps in idx.items():
    ops = {pages[x]["operator"] for x in ps}
    if len(ops) > 1:
        err(f"identifier {key} shared by {sorted(ops)}")
byop = defaultdict(list)
for path, p in pages.items():
    if p["is_offer"]:
        byop[p["operator"]].append(path)
for op, ps in byop.items():
    if op.startswith("U"):
        if not 3 <= len(ps) <= 4:
            err(f"{op} has {len(ps)} pages")
        brands = {pages[x]["provider"] for x in ps}
        if len(brands) < 3:
            err(f"{op} has only {len(brands)} brands")
        keys = {x: {(k, v) for k, v, _ in pages[x]["identifiers"]} for x in ps}
        seen, todo = {ps[0]}, [ps[0]]
        while todo:
            a = todo.pop()
            for b in ps:
                if b not in seen and keys[a] & keys[b]:
                    seen.add(b)
                    todo.append(b)
        if seen != set(ps):
            err(f"{op} pages not connected by shared identifiers: {sorted(set(ps) - seen)}")
    elif len(ps) != 1:
        err(f"{op} has {len(ps)} pages")
    else:
        if any(len(idx[(k, v)]) > 1 for k, v, _ in pages[ps[0]]["identifiers"]):
            err(f"{op} shares an identifier")

# reachability
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    if cur not in raw:
        continue
    lp = Links()
    lp.feed(raw[cur])
    for h in lp.hrefs:
        h = h.split("#")[0]
        if h.startswith("/") and h.endswith(".html"):
            if h not in on_disk:
                err(f"broken link {h} on {cur}")
            elif h not in seen:
                seen.add(h)
                todo.append(h)
for path in sorted(on_disk - seen):
    err(f"unreachable from /index.html: {path}")

n = len(pages)
offers = sum(p["is_offer"] for p in pages.values())
if not 48 <= n <= 56:
    err(f"{n} pages, want 48-56")
if n - offers < 11:
    err("fewer than 11 non-offers")
if len(truth["decoys"]) < 18:
    err("fewer than 18 decoys")
if errors:
    print("\n".join(errors))
    print(f"FAIL ({len(errors)} problems)")
    sys.exit(1)
print(f"OK: {n} pages, {offers} offers, {len([o for o in byop if o.startswith('U')])} operators, "
      f"{len([o for o in byop if o.startswith('I')])} independents, {len(truth['decoys'])} decoys")
