#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure."""
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def fail(msg):
    errors.append(msg)


def bfind(form, text):
    pat = re.escape(form)
    if re.match(r"[0-9A-Za-z]", form[0]):
        pat = r"(?<![0-9A-Za-z])" + pat
    if re.match(r"[0-9A-Za-z]", form[-1]):
        pat += r"(?![0-9A-Za-z])"
    return re.search(pat, text) is not None


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    t = sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W))
    r = 31 - t % 31
    return ALPH[0 if r == 31 else r] == c[17]


NORM = {
    "phone": r"\+861\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|123\d{2}",
    "wechat": r"[a-z0-9_\-]{5,20}",
    "qq": r"[1-9]\d{4,10}",
    "qq_group": r"[1-9]\d{4,10}",
    "email": r"[a-z0-9._\-]+@[a-z0-9.\-]+\.[a-z]+",
    "domain": r"[a-z0-9\-]+(\.[a-z0-9\-]+)+",
    "uscc": r".{18}",
    "other": r".+",
}

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
html = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}

# pages <-> files
paths = [p["path"] for p in truth["pages"]]
if len(paths) != len(set(paths)):
    fail("duplicate page paths in truth")
for p in files - set(paths):
    fail("page not in truth: " + p)
for p in set(paths) - files:
    fail("truth page missing on disk: " + p)
page = {p["path"]: p for p in truth["pages"]}

# robots and navigation reachability
rob = os.path.join(SITE, "robots.txt")
if not os.path.exists(rob) or "Allow: /" not in open(rob, encoding="utf-8").read():
    fail("robots.txt missing or not allowing all")
sites = sorted({p.split("/")[1] for p in files if p.count("/") >= 2})
root = html.get("/index.html", "")
for s in sites:
    if 'href="/%s/index.html"' % s not in root:
        fail("root index does not link site " + s)
seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    for h in re.findall(r'href="(/[^"#]*)', html.get(cur, "")):
        if h in html and h not in seen:
            seen.add(h)
            todo.append(h)
for p in files - seen:
    fail("not reachable from /index.html: " + p)

# per-page checks
owner_pages = defaultdict(list)
val_owner = defaultdict(set)
all_forms = defaultdict(set)
for p in truth["pages"]:
    op = p["operator"]
    if not p["is_offer"]:
        if op is not None or p["provider"] is not None:
            fail("non-offer with operator/provider: " + p["path"])
    else:
        if not op or not re.fullmatch(r"[UI]0\d", op):
            fail("offer without valid operator: " + p["path"])
        if not p["provider"]:
            fail("offer without provider: " + p["path"])
        owner_pages[op].append(p["path"])
    if not p.get("note"):
        fail("no note: " + p["path"])
    for kind, value, written in p["identifiers"]:
        if kind not in NORM or not re.fullmatch(NORM[kind], value):
            fail("bad identifier %s %s on %s" % (kind, value, p["path"]))
        if kind == "uscc" and not uscc_ok(value):
            fail("bad USCC check char: " + value)
        if written not in html.get(p["path"], ""):
            fail("written form %r not on %s" % (written, p["path"]))
        if op is not None:
            val_owner[(kind, value)].add(op)
            all_forms[(kind, value)].add(written)

# counts
n_pages = len(files)
n_offer = sum(1 for p in truth["pages"] if p["is_offer"])
ops = {k: v for k, v in owner_pages.items() if k.startswith("U")}
ind = {k: v for k, v in owner_pages.items() if k.startswith("I")}
if not 48 <= n_pages <= 56:
    fail("page count %d" % n_pages)
if not 8 <= len(sites) <= 11:
    fail("site styles %d" % len(sites))
if not 34 <= n_offer <= 40:
    fail("offer count %d" % n_offer)
if sorted(ops) != ["U%02d" % i for i in range(1, 10)]:
    fail("operators: %s" % sorted(ops))
if sorted(ind) != ["I%02d" % i for i in range(1, 7)]:
    fail("independents: %s" % sorted(ind))
for k, v in ops.items():
    if not 3 <= len(v) <= 4:
        fail("%s has %d pages" % (k, len(v)))
for k, v in ind.items():
    if len(v) != 1:
        fail("%s has %d pages" % (k, len(v)))

# identifiers never shared across owners; operators connected; independents share nothing
for key, owners in val_owner.items():
    if len(owners) > 1:
        fail("identifier %s shared by %s" % (key, owners))
for key, forms in all_forms.items():
    (owner,) = val_owner[key]
    for path, text in html.items():
        o = page[path]["operator"]
        if o != owner and any(bfind(f, text) for f in forms):
            fail("identifier %s of %s written on %s" % (key, owner, path))
for op, pl in owner_pages.items():
    sets = {pp: {(k, v) for k, v, _ in page[pp]["identifiers"]} for pp in pl}
    if any(not s for s in sets.values()):
        fail(op + " has a page without identifiers")
    if op.startswith("U"):
        comp, todo = {pl[0]}, [pl[0]]
        while todo:
            a = todo.pop()
            for b in pl:
                if b not in comp and sets[a] & sets[b]:
                    comp.add(b)
                    todo.append(b)
        if comp != set(pl):
            fail(op + " pages not linked by shared identifiers")
    tr = truth["operators"].get(op)
    if tr is None:
        fail(op + " missing in operators")
    else:
        if {tuple(x) for x in tr["identifiers"]} != set().union(*sets.values()):
            fail(op + " operator identifiers differ from its pages")
        if set(tr["brands"]) != {page[pp]["provider"] for pp in pl}:
            fail(op + " brands differ")

# decoys
dec = truth["decoys"]
if len(dec) < 18:
    fail("only %d decoys" % len(dec))
kinds = set()
for d in dec:
    kinds.add(d["kind"])
    if (d["kind"], d["value"]) in val_owner:
        fail("decoy is also a seller identifier: " + d["value"])
    if len(d["pages"]) < 2:
        fail("decoy on fewer than 2 pages: " + d["value"])
    sellers = {page[p]["operator"] for p in d["pages"] if p in page and page[p]["operator"]}
    if len(sellers) < 2:
        fail("decoy does not span 2 sellers: " + d["value"])
    for p in d["pages"]:
        if p not in html or not any(bfind(f, html[p]) for f in d["written"]):
            fail("decoy %s not on %s" % (d["value"], p))
    for p, text in html.items():
        if p not in d["pages"] and any(bfind(f, text) for f in d["written"]):
            fail("decoy %s on unlisted page %s" % (d["value"], p))

n_ids = sum(len(o["identifiers"]) for o in truth["operators"].values())
print("pages=%d offers=%d non_offers=%d sites=%d operators=%d independents=%d "
      "operator_identifiers=%d decoys=%d decoy_kinds=%d" % (
          n_pages, n_offer, n_pages - n_offer, len(sites), len(ops), len(ind), n_ids, len(dec), len(kinds)))
if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
print("OK")
