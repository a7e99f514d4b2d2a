#!/usr/bin/env python3
"""Consistency checks for the sealed operators web 2026-12f. Exit 1 on any error."""
import json
import os
import re
import sys
from html.parser import HTMLParser

import uscc

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
errors = []


def err(msg):
    errors.append(msg)


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
forms = json.load(open(os.path.join(HERE, "written_forms.json"), encoding="utf-8"))
dforms = json.load(open(os.path.join(HERE, "decoy_forms.json"), encoding="utf-8"))
pages = {p["path"]: p for p in truth["pages"]}

# 1. pages on disk == pages in truth
on_disk = set()
for root, _d, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            on_disk.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
if on_disk != set(pages):
    err(f"pages on disk vs truth differ: {sorted(on_disk ^ set(pages))}")
if not os.path.isfile(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")
text = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in pages}

CN = {c: str(i) for i, c in enumerate("零一二三四五六七八九")}
CN["〇"] = "0"


def digits(s):
    return re.sub(r"\D", "", "".join(CN.get(c, c) for c in s))


# 2. written forms appear and normalize to the labelled value
for path, p in pages.items():
    labelled = [(i["kind"], i["value"]) for i in p["identifiers"]]
    raw = forms.get(path, [])
    if [(k, v) for k, v, _ in raw] != labelled:
        err(f"{path}: written_forms.json out of sync with truth.json")
    for k, v, w in raw:
        if w not in text[path]:
            err(f"{path}: written form {w!r} of {k} {v} not on page")
        if k == "phone":
            dw = digits(w)
            if not v.startswith("+86") or dw not in (v[3:], "0" + v[3:], "86" + v[3:]):
                err(f"{path}: phone {w!r} does not normalize to {v}")
        elif k in ("qq", "qq_group"):
            if digits(w) != v:
                err(f"{path}: {k} {w!r} != {v}")
        elif k == "wechat":
            if re.sub(r"\s", "", w).lower() != v:
                err(f"{path}: wechat {w!r} != {v}")
        elif k == "email":
            if w.replace("艾特", "@").replace("#", "@").lower() != v:
                err(f"{path}: email {w!r} != {v}")
        elif k == "domain":
            if v not in w.lower() or v.startswith("www."):
                err(f"{path}: domain {w!r} / {v}")
        elif k == "uscc":
            if w != v or not uscc.valid(v):
                err(f"{path}: invalid USCC {v}")
        elif k == "other":
            if v not in w:
                err(f"{path}: other {w!r} / {v}")
        else:
            err(f"{path}: unknown kind {k}")

# 3. ties only inside one operator; operators connected
where = {}
for path, p in pages.items():
    for i in p["identifiers"]:
        where.setdefault((i["kind"], i["value"]), set()).add(path)
for key, ps in where.items():
    if len(ps) > 1:
        ops = {pages[x]["operator"] for x in ps}
        if len(ops) != 1 or None in ops:
            err(f"identifier {key} shared across {sorted(ps)} with operators {ops}")
        if not all(pages[x]["is_offer"] for x in ps):
            err(f"identifier {key} ties a non-offer: {sorted(ps)}")
ops = {}
for path, p in pages.items():
    if p["operator"]:
        if not p["is_offer"]:
            err(f"{path}: non-offer with operator")
        ops.setdefault(p["operator"], []).append(path)
if set(ops) != set(truth["operators"]):
    err("operators in pages vs operators section differ")
for op, ps in ops.items():
    if len(ps) < 2:
        err(f"{op}: fewer than 2 pages")
    seen, todo = {ps[0]}, [ps[0]]
    while todo:
        cur = todo.pop()
        for i in pages[cur]["identifiers"]:
            for other in where[(i["kind"], i["value"])]:
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
    if seen != set(ps):
        err(f"{op}: pages not connected by shared identifiers: {sorted(set(ps) - seen)}")
    brands = truth["operators"][op]["brands"]
    for x in ps:
        if pages[x]["provider"] not in brands:
            err(f"{x}: provider {pages[x]['provider']} not among {op} brands")
        if pages[x]["provider"] not in text[x]:
            err(f"{x}: provider not written on page")
    if len({pages[x]["provider"] for x in ps}) < 2:
        err(f"{op}: fewer than 2 brands")

# 4. unlabeled leakage: a seller identifier must not be written on a page that does not label it
runs = {p: [digits(m) for m in re.findall(r"[0-9零一二三四五六七八九〇][0-9零一二三四五六七八九〇\s\-－—()（）+]*[0-9零一二三四五六七八九〇]", t)]
        for p, t in text.items()}
for (k, v), ps in where.items():
    for path in pages:
        if path in ps:
            continue
        if k == "phone":
            nat = v[3:]
            if any(r.endswith(nat) or r == "0" + nat for r in runs[path]):
                err(f"{path}: contains unlabelled phone {v}")
        elif k in ("qq", "qq_group"):
            if v in runs[path]:
                err(f"{path}: contains unlabelled {k} {v}")
        elif k in ("wechat", "email", "domain", "uscc", "other"):
            body = text[path].lower()
            if k == "domain":
                body = re.sub(r"[\w.+-]+@" + re.escape(v), "", body)
            if v.lower() in body:
                err(f"{path}: contains unlabelled {k} {v}")

# 5. decoys
decoy_values = set()
for d, (k, v, fs) in zip(truth["decoys"], dforms):
    if d["value"] != v:
        err("decoy_forms.json out of sync")
    decoy_values.add(v)
    if not d["paths"]:
        err(f"decoy {v}: no paths")
    for path in d["paths"]:
        if not any(f in text[path] for f in fs):
            err(f"decoy {v}: not on {path}")
    sellers = {pages[x]["operator"] or x for x in d["paths"] if pages[x]["is_offer"]}
    if len(sellers) < 2:
        err(f"decoy {v}: on offers of fewer than 2 sellers ({sorted(sellers)})")
for (k, v) in where:
    if v in decoy_values:
        err(f"labelled identifier {v} is also a decoy")


# 6. reachability
class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for a, val in attrs:
                if a == "href" and val and val.startswith("/"):
                    self.hrefs.append(val.split("#")[0])


seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    lp = Links()
    lp.feed(text[cur])
    for h in lp.hrefs:
        if h in pages and h not in seen:
            seen.add(h)
            todo.append(h)
if seen != set(pages):
    err(f"unreachable from /index.html: {sorted(set(pages) - seen)}")

# 7. description counts
n_off = sum(p["is_offer"] for p in pages.values())
n_op = sum(1 for p in pages.values() if p["operator"])
print(f"pages={len(pages)} offers={n_off} operator_offers={n_op} independent_offers={n_off - n_op} "
      f"operators={len(truth['operators'])} decoys={len(truth['decoys'])}")
if errors:
    print("\n".join("ERROR: " + e for e in errors))
    sys.exit(1)
print("check.py: OK")
