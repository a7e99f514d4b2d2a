#!/usr/bin/env python3
"""Verify truth.json against site/ (standard library only)."""
import html, json, os, re, sys
from collections import deque

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")
errors = []


def text_of(h):
    h = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", h, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", h))


truth = json.load(open(os.path.join(OUT, "truth.json"), encoding="utf-8"))
files = {}
for root, _, names in os.walk(SITE):
    for n in names:
        if n.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, n), SITE).replace(os.sep, "/")
            files[p] = open(os.path.join(root, n), encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")):
    errors.append("robots.txt missing")
tp = {t["path"]: t for t in truth["pages"]}
texts = {p: text_of(h) for p, h in files.items()}
for p, t in tp.items():
    if p not in files:
        errors.append(f"truth page missing: {p}")
        continue
    for kind, val, written in t["identifiers"]:
        if written not in texts[p]:
            errors.append(f"{p}: identifier {kind} {val} not written as {written!r}")
    op = t["operator"]
    if t["is_offer"] and not re.fullmatch(r"U0[1-9]|I0[1-6]", op or ""):
        errors.append(f"{p}: bad operator {op}")
    if not t["is_offer"] and op is not None:
        errors.append(f"{p}: non-offer with operator")
for p in files:
    if p not in tp:
        errors.append(f"html page not in truth: {p}")
for d in truth["decoys"]:
    for p in d["paths"]:
        if p not in texts or not any(w in texts[p] for w in d["written"]):
            errors.append(f"decoy {d['value']} not on {p}")
    groups = {tp[p]["operator"] or p for p in d["paths"] if p in tp}
    if len(d["paths"]) < 2 or len(groups) < 2:
        errors.append(f"decoy {d['value']} not on pages of 2+ parties")
# ties: each operator page shares an identifier with another of its pages; nothing crosses operators
owner = {}
for t in truth["pages"]:
    for k, v, _ in t["identifiers"]:
        owner.setdefault((k, v), set()).add(t["operator"])
for key, ops in owner.items():
    if len(ops) > 1:
        errors.append(f"identifier {key} shared by {sorted(ops)}")
dvals = {(d["kind"], d["value"]) for d in truth["decoys"]}
for key in owner:
    if key in dvals:
        errors.append(f"decoy {key} also an identifier")
for t in truth["pages"]:
    op = t["operator"]
    if op and op.startswith("U"):
        mine = {(k, v) for k, v, _ in t["identifiers"]}
        others = {(k, v) for u in truth["pages"] if u["operator"] == op and u["path"] != t["path"]
                  for k, v, _ in u["identifiers"]}
        if not mine & others:
            errors.append(f"{t['path']}: shares nothing with other pages of {op}")
# reachability
seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    p = q.popleft()
    for h in re.findall(r'href="([^"#]+)"', files.get(p, "")):
        if h.startswith("/") and h in files and h not in seen:
            seen.add(h)
            q.append(h)
for p in files:
    if p not in seen:
        errors.append(f"unreachable: {p}")
ops = {}
for t in truth["pages"]:
    if t["operator"]:
        ops.setdefault(t["operator"], []).append(t["path"])
for op, ps in ops.items():
    if op.startswith("U") and not 3 <= len(ps) <= 4:
        errors.append(f"{op} has {len(ps)} pages")
    if op.startswith("I") and len(ps) != 1:
        errors.append(f"{op} has {len(ps)} pages")
n = len(files)
offers = sum(t["is_offer"] for t in truth["pages"])
print(f"pages={n} offers={offers} operators={sum(1 for o in ops if o.startswith('U'))} "
      f"independents={sum(1 for o in ops if o.startswith('I'))} decoys={len(truth['decoys'])}")
if not 48 <= n <= 56:
    errors.append(f"page count {n}")
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
