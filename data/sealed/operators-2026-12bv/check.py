#!/usr/bin/env python3
"""Verify truth.json against site/ (standard library only)."""
import html, json, os, re, sys
from html.parser import HTMLParser

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")
errors = []


def err(m):
    errors.append(m)


truth = json.load(open(os.path.join(OUT, "truth.json"), encoding="utf-8"))
pages = {p["path"]: p for p in truth["pages"]}


def text_of(path):
    fp = os.path.join(SITE, path.lstrip("/"))
    if not os.path.isfile(fp):
        return None
    return html.unescape(open(fp, encoding="utf-8").read())


# all HTML files are in truth
on_disk = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            on_disk.add("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/"))
for p in sorted(on_disk - set(pages)):
    err(f"page not in truth: {p}")
if not os.path.isfile(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")

KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
TEXT = {}
for path, p in pages.items():
    t = text_of(path)
    if t is None:
        err(f"missing page {path}")
        continue
    TEXT[path] = t
    for kind, norm, written in p["identifiers"]:
        if kind not in KINDS:
            err(f"{path}: bad kind {kind}")
        if written not in t:
            err(f"{path}: identifier {kind}:{norm} not written as {written!r}")
        if kind == "phone" and not (re.fullmatch(r"\+861\d{10}", norm) or re.fullmatch(r"0\d{2,3}-\d{7,8}", norm)):
            err(f"{path}: phone not normalized {norm}")
        if kind in ("wechat", "email", "domain", "uscc", "qq") and norm != norm.lower():
            err(f"{path}: not lower-case {norm}")
    if p["is_offer"] != (p["operator"] is not None):
        err(f"{path}: is_offer/operator mismatch")

# decoys
for d in truth["decoys"]:
    if len(d["paths"]) < 2:
        err(f"decoy {d['value']} on fewer than 2 pages")
    groups = set()
    for path in d["paths"]:
        t = TEXT.get(path)
        if t is None:
            err(f"decoy {d['value']}: page {path} missing")
            continue
        if not any(w in t for w in d["written"]):
            err(f"decoy {d['value']} not on {path}")
        op = pages[path]["operator"]
        groups.add(op if op else "non:" + path)
    if len(groups) < 2:
        err(f"decoy {d['value']} does not span different operators/non-offers")
    # a decoy value must not be an operator identifier
    for p in pages.values():
        for k, n, w in p["identifiers"]:
            if n.lower() == d["value"].lower():
                err(f"decoy {d['value']} is also identifier on {p['path']}")

# operators: each page shares an identifier with another page of it; graph connected; no cross-group sharing
owner = {}
for p in pages.values():
    for k, n, w in p["identifiers"]:
        key = (k if k != "wechat" or not n.isdigit() else "wechat", n)
        owner.setdefault(n, set()).add(p["operator"] or "non:" + p["path"])
for n, g in owner.items():
    if len(g) > 1:
        err(f"identifier {n} shared across groups {sorted(g)}")
ops = {}
for p in pages.values():
    if p["operator"]:
        ops.setdefault(p["operator"], []).append(p)
for op, ps in sorted(ops.items()):
    if op.startswith("U"):
        if not 3 <= len(ps) <= 4:
            err(f"{op}: {len(ps)} pages")
        vals = [set(n for _, n, _ in p["identifiers"]) for p in ps]
        seen, stack = {0}, [0]
        while stack:
            i = stack.pop()
            for j in range(len(ps)):
                if j not in seen and vals[i] & vals[j]:
                    seen.add(j)
                    stack.append(j)
        if len(seen) != len(ps):
            err(f"{op}: pages not connected by shared identifiers")
    elif len(ps) != 1:
        err(f"{op}: independent with {len(ps)} pages")
# leakage: an operator's written identifier forms must not appear on pages of other groups
forms = {}
for p in pages.values():
    if p["operator"]:
        for k, n, w in p["identifiers"]:
            if len(w) >= 8:
                forms.setdefault(w, set()).add(p["operator"])
for w, g in forms.items():
    for path, t in TEXT.items():
        op = pages[path]["operator"]
        if w in t and op not in g:
            err(f"written form {w!r} of {sorted(g)} also on {path}")


# reachability
class L(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v and v.startswith("/") and v.endswith(".html"):
                    self.links.append(v)


seen, stack = {"/index.html"}, ["/index.html"]
while stack:
    cur = stack.pop()
    t = TEXT.get(cur) or text_of(cur)
    if t is None:
        continue
    lp = L()
    lp.feed(t)
    for l in lp.links:
        if l not in seen:
            seen.add(l)
            stack.append(l)
for p in sorted(set(pages) - seen):
    err(f"unreachable: {p}")

n = len(pages)
offers = sum(1 for p in pages.values() if p["is_offer"])
if not 48 <= n <= 56:
    err(f"page count {n}")
if len(truth["decoys"]) < 18:
    err(f"only {len(truth['decoys'])} decoys")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"OK: {n} pages, {offers} offers, {len([o for o in ops if o.startswith('U')])} operators, "
      f"{len([o for o in ops if o.startswith('I')])} independents, {len(truth['decoys'])} decoys")
