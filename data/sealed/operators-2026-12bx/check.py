#!/usr/bin/env python3
"""Verify truth.json against site/ (standard library only)."""
import json, os, re, sys, html
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
errors = []


def text_of(path):
    f = os.path.join(SITE, path.lstrip("/"))
    if not os.path.isfile(f):
        return None
    return html.unescape(open(f, encoding="utf-8").read())


class Links(HTMLParser):
    def __init__(self):
        super().__init__(); self.hrefs = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v and v.startswith("/"):
                    self.hrefs.append(v.split("#")[0])


pages = {p["path"]: p for p in truth["pages"]}
ops = {}
for path, p in pages.items():
    t = text_of(path)
    if t is None:
        errors.append(f"missing page {path}"); continue
    for kind, value, written in p["identifiers"]:
        if kind not in {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}:
            errors.append(f"{path}: bad kind {kind}")
        if written not in t:
            errors.append(f"{path}: identifier {kind} {value} not written as {written!r}")
    if p["is_offer"]:
        if not re.fullmatch(r"[UI]0[1-9]", p["operator"] or ""):
            errors.append(f"{path}: offer without operator")
        if not p["provider"] or p["provider"] not in t:
            errors.append(f"{path}: provider not on page")
        ops.setdefault(p["operator"], []).append(p)
    elif p["operator"] is not None:
        errors.append(f"{path}: non-offer with operator")

# every HTML page on disk is in truth
for root, _, files in os.walk(SITE):
    for fn in files:
        if fn.endswith(".html"):
            rel = "/" + os.path.relpath(os.path.join(root, fn), SITE).replace(os.sep, "/")
            if rel not in pages:
                errors.append(f"page not in truth: {rel}")
if not os.path.isfile(os.path.join(SITE, "robots.txt")):
    errors.append("robots.txt missing")

# reachability from /index.html
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen:
        continue
    seen.add(p)
    t = text_of(p)
    if t is None:
        errors.append(f"broken link target {p}"); continue
    lp = Links(); lp.feed(t)
    todo.extend(h for h in lp.hrefs if h.endswith(".html"))
for p in pages:
    if p not in seen:
        errors.append(f"unreachable: {p}")

# operators: U01..U09 with 3-4 pages each, every page tied; I01..I06 one page sharing nothing
owner = {}
for op, ps in ops.items():
    for p in ps:
        for k, v, w in p["identifiers"]:
            owner.setdefault((k, v), set()).add(op)
for (k, v), os_ in owner.items():
    if len(os_) > 1:
        errors.append(f"identifier {k} {v} shared by {sorted(os_)}")
for i in range(1, 10):
    op = f"U0{i}"; ps = ops.get(op, [])
    if not 3 <= len(ps) <= 4:
        errors.append(f"{op} has {len(ps)} pages")
    if len({p['provider'] for p in ps}) < 3:
        errors.append(f"{op} has fewer than 3 brands")
    for p in ps:
        mine = {(k, v) for k, v, _ in p["identifiers"]}
        other = {(k, v) for q in ps if q is not p for k, v, _ in q["identifiers"]}
        if not mine & other:
            errors.append(f"{op}: {p['path']} shares nothing with its other pages")
for i in range(1, 7):
    if len(ops.get(f"I0{i}", [])) != 1:
        errors.append(f"I0{i} must have exactly one page")

# decoys
allops = {path: (p["operator"] or "nonoffer:" + path) for path, p in pages.items()}
for d in truth["decoys"]:
    if (d["kind"], d["value"]) in owner:
        errors.append(f"decoy {d['value']} is also an operator identifier")
    if len(d["paths"]) < 2 or len({allops.get(x, x) for x in d["paths"]}) < 2:
        errors.append(f"decoy {d['value']} not on pages of two different parties")
    for x in d["paths"]:
        t = text_of(x)
        if t is None or not any(w in t for w in d["written"]):
            errors.append(f"decoy {d['value']} not on {x}")

n = len(pages); no = sum(p["is_offer"] for p in pages.values())
if not 48 <= n <= 56: errors.append(f"page count {n}")
if n - no < 11: errors.append("too few non-offers")
if len(truth["decoys"]) < 18: errors.append("too few decoys")
for e in errors:
    print("FAIL", e)
print(f"pages={n} offers={no} non-offers={n-no} operators={len([o for o in ops if o.startswith('U')])} "
      f"independents={len([o for o in ops if o.startswith('I')])} decoys={len(truth['decoys'])}")
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
