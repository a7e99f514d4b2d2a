# -*- coding: utf-8 -*-
"""Consistency checks for the sealed operators web 2026-12d (stdlib only).

python3 gen.py && python3 check.py
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
sys.path.insert(0, HERE)
import gen  # noqa: E402  (building PAGES does not write anything)
from gen_base import uscc_valid  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


def read(path):
    with open(os.path.join(SITE, path.lstrip("/")), encoding="utf-8") as fh:
        return fh.read()


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def normalize(kind, written):
    """Normalize a written form the way truth.json expects."""
    w = nfkc(written).strip()
    if kind == "phone":
        d = re.sub(r"\D", "", w)
        if d.startswith("86") and len(d) > 11:
            d = d[2:]
        if d.startswith("0"):
            d = d[1:]
        return "+86" + d
    if kind in ("qq", "qq_group"):
        m = re.search(r"uin=(\d+)", w)
        return m.group(1) if m else re.sub(r"\D", "", w)
    if kind == "wechat":
        return w.lower()
    if kind == "email":
        w = re.sub(r"[（(]\s*at\s*[)）]", "@", w, flags=re.I).replace("#", "@")
        return w.lower()
    if kind == "domain":
        w = w.lower().replace("点", ".").replace(" ", "")
        w = re.sub(r"^https?://", "", w)
        w = w.split("/")[0]
        return w[4:] if w.startswith("www.") else w
    return w


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
tpages = {p["path"]: p for p in truth["pages"]}
gpages = {p["path"]: p for p in gen.PAGES}

# ---- 1. truth <-> files <-> generator
files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
if files != set(tpages):
    err(f"files vs truth differ: {sorted(files ^ set(tpages))}")
if set(gpages) != set(tpages):
    err("generator pages vs truth differ")
if set(truth) != {"description", "pages", "operators", "decoys"}:
    err(f"truth top-level keys: {sorted(truth)}")
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
for p in truth["pages"]:
    if set(p) != {"path", "is_offer", "operator", "provider", "identifiers", "note"}:
        err(f"{p['path']}: keys {sorted(p)}")
    for i in p["identifiers"]:
        if i["kind"] not in KINDS:
            err(f"{p['path']}: bad kind {i['kind']}")
    g = gpages.get(p["path"])
    if g and [{"kind": k, "value": v} for k, v, _ in g["ids"]] != p["identifiers"]:
        err(f"{p['path']}: truth identifiers differ from generator")
    if not p["is_offer"] and p["operator"] is not None:
        err(f"{p['path']}: non-offer with operator")
    if p["is_offer"] and not p["provider"]:
        err(f"{p['path']}: offer without provider")
rb = open(os.path.join(SITE, "robots.txt"), encoding="utf-8").read()
if "Disallow: /" in rb or "Allow: /" not in rb:
    err("robots.txt does not allow all")

# ---- 2. written forms appear, normalize to the value, USCCs valid, provider on page
for g in gen.PAGES:
    text = read(g["path"])
    for kind, value, written in g["ids"]:
        if written not in text:
            err(f"{g['path']}: written form {written!r} not on page")
        if normalize(kind, written) != value:
            err(f"{g['path']}: {written!r} normalizes to {normalize(kind, written)!r}, labeled {value!r}")
        if kind == "uscc" and not uscc_valid(value):
            err(f"{g['path']}: invalid USCC {value}")
        if kind == "phone" and not re.fullmatch(r"\+86(1[3-9]\d{9}|[48]00\d{7}|10\d{8}|2\d{9}|[3-9]\d{9,10})", value):
            err(f"{g['path']}: odd phone {value}")
    if g["provider"] and g["provider"] not in text:
        err(f"{g['path']}: provider {g['provider']!r} not on page")
    for code in re.findall(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", text):
        if not uscc_valid(code):
            err(f"{g['path']}: USCC-like string {code} has a bad check character")

# ---- 3. ties: shared identifiers only within one operator; operators connected
by_id = collections.defaultdict(set)
for p in truth["pages"]:
    for i in p["identifiers"]:
        by_id[(i["kind"], i["value"])].add(p["path"])
decoy_values = {d["value"] for d in truth["decoys"]}
for (k, v), paths in by_id.items():
    if v in decoy_values:
        err(f"labeled identifier {k}:{v} is also a decoy")
    if len(paths) > 1:
        ops = {tpages[x]["operator"] for x in paths}
        if len(ops) != 1 or None in ops:
            err(f"identifier {k}:{v} joins {sorted(paths)} with operators {ops}")
ops_pages = collections.defaultdict(list)
for p in truth["pages"]:
    if p["operator"]:
        ops_pages[p["operator"]].append(p["path"])
if set(ops_pages) != set(truth["operators"]):
    err("operators in pages vs operators section differ")
for op, paths in ops_pages.items():
    if len(paths) < 2:
        err(f"{op}: fewer than 2 pages")
    seen, todo = {paths[0]}, [paths[0]]
    while todo:
        cur = todo.pop()
        for i in tpages[cur]["identifiers"]:
            for nxt in by_id[(i["kind"], i["value"])]:
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
    if seen != set(paths):
        err(f"{op}: pages not connected by shared identifiers: {sorted(set(paths) - seen)}")
    brands = {tpages[x]["provider"] for x in paths}
    if brands != set(truth["operators"][op]["brands"]):
        err(f"{op}: brands {brands} vs {truth['operators'][op]['brands']}")
    for x in paths:
        if x not in truth["operators"][op]["ties"]:
            err(f"{op}: ties text does not mention {x}")


# ---- 4. leaks: a labeled identifier must not appear (in any spelling) on a page of another seller
def squash(s):
    s = nfkc(s).lower()
    s = re.sub(r"[（(]\s*at\s*[)）]", "@", s).replace("点", ".")
    return re.sub(r"[\s\-—_()（）]", "", s)


squashed = {p: squash(read(p)) for p in tpages}
for (k, v), paths in by_id.items():
    owner = {tpages[x]["operator"] or x for x in paths}
    if k == "phone":
        needle = v[3:]
    elif k in ("wechat", "email", "domain"):
        needle = squash(v)
    else:
        needle = v.lower()
    for path, text in squashed.items():
        if path in paths:
            continue
        if needle in text and (tpages[path]["operator"] or path) not in owner and not path.startswith("/list/"):
            err(f"identifier {k}:{v} of {sorted(paths)} also appears on {path}")

# ---- 5. decoys
rx = {d["value"]: d["rx"] for d in gen.DECOYS}
DKINDS = {"public_number", "marketplace_footer", "warning_quote", "order_number"}
for d in truth["decoys"]:
    if set(d) != {"kind", "value", "paths"} or d["kind"] not in DKINDS:
        err(f"decoy {d.get('value')}: bad shape")
    for x in d["paths"]:
        if x not in tpages or not re.search(rx[d["value"]], read(x)):
            err(f"decoy {d['value']} not on {x}")
    sellers = {tpages[x]["operator"] or x for x in d["paths"] if tpages[x]["is_offer"]}
    if len(sellers) < 2:
        err(f"decoy {d['value']} is on offers of fewer than 2 sellers: {sellers}")

# ---- 6. reachability from /index.html
reach, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    for href in re.findall(r'href="([^"#]+)"', read(cur)):
        if href.startswith("/") and href.endswith(".html") and href not in reach:
            if href in tpages:
                reach.add(href)
                todo.append(href)
            else:
                err(f"{cur}: broken link {href}")
if reach != set(tpages):
    err(f"unreachable: {sorted(set(tpages) - reach)}")

# ---- summary
offers = sum(p["is_offer"] for p in truth["pages"])
op_offers = sum(1 for p in truth["pages"] if p["operator"])
indep = sum(1 for p in truth["pages"] if p["is_offer"] and not p["operator"])
kinds = collections.Counter(k for (k, v), ps in by_id.items() if len(ps) > 1)
print(f"pages {len(truth['pages'])}, offers {offers}, non-offers {len(truth['pages']) - offers}, "
      f"operators {len(truth['operators'])} over {op_offers} offers, independent offers {indep}, "
      f"decoys {len(truth['decoys'])}")
print("tie kinds:", dict(kinds))
if errors:
    print("\n".join("ERROR: " + e for e in errors))
    sys.exit(1)
print("OK")
