#!/usr/bin/env python3
"""Check site/ against truth.json (stdlib only). Exit 1 on any failure."""
import json
import os
import posixpath
import re
import sys
from html.parser import HTMLParser
from urllib.parse import urlsplit, unquote

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(msg):
    ERR.append(msg)


ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return c[17] == ALPHA[0 if r == 31 else r]


VALUE_RE = {
    "phone": r"(\+861\d{10}|\+86[2-9]\d{8,10}|[48]00\d{7}|\d{5})",
    "wechat": r"[a-z][a-z0-9_-]{5,19}|\d{11}",
    "qq": r"[1-9]\d{4,10}",
    "qq_group": r"[1-9]\d{4,10}",
    "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}",
    "domain": r"[a-z0-9-]+(\.[a-z0-9-]+)+",
    "other": r".+",
    "uscc": r".{18}",
}


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.hrefs.append(v)


def main():
    with open(os.path.join(HERE, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    pages = {p["path"]: p for p in truth["pages"]}
    if len(pages) != len(truth["pages"]):
        err("duplicate paths in truth")

    # every html file has an entry and vice versa
    on_disk = set()
    for root, _, files in os.walk(SITE):
        for fn in files:
            rel = "/" + os.path.relpath(os.path.join(root, fn), SITE).replace(os.sep, "/")
            if fn.endswith(".html"):
                on_disk.add(rel)
            elif rel != "/robots.txt":
                err(f"unexpected file {rel}")
    if not os.path.isfile(os.path.join(SITE, "robots.txt")):
        err("robots.txt missing")
    else:
        rb = open(os.path.join(SITE, "robots.txt"), encoding="utf-8").read()
        if "Allow: /" not in rb or "Disallow: /\n" in rb:
            err("robots.txt must allow all")
    for p in pages:
        if p not in on_disk:
            err(f"truth page missing on disk: {p}")
    for p in on_disk:
        if p not in pages:
            err(f"html page without truth entry: {p}")
    if not 48 <= len(on_disk) <= 56:
        err(f"page count {len(on_disk)} not in 48..56")

    html = {}
    for p in on_disk:
        raw = open(os.path.join(SITE, p.lstrip("/")), "rb").read()
        try:
            html[p] = raw.decode("utf-8")
        except UnicodeDecodeError:
            err(f"{p} not utf-8")
            html[p] = ""

    # identifiers as written, formats
    for path, p in pages.items():
        text = html.get(path, "")
        for kind, value, written in p["identifiers"]:
            if written not in text:
                err(f"{path}: written form {written!r} not on page")
            if kind not in VALUE_RE:
                err(f"{path}: unknown kind {kind}")
            elif not re.fullmatch(VALUE_RE[kind], value):
                err(f"{path}: bad normalized {kind} {value!r}")
            if kind == "uscc" and not uscc_ok(value):
                err(f"{path}: uscc {value} fails GB 32100 check")
            if kind in ("wechat", "email", "domain") and value != value.lower():
                err(f"{path}: {kind} not lower-case")
        if p["is_offer"]:
            if not p["operator"] or not p["identifiers"]:
                err(f"{path}: offer without operator/identifiers")
        elif p["operator"] is not None:
            err(f"{path}: non-offer with operator")

    # reachability by relative links
    seen, todo = {"/index.html"}, ["/index.html"]
    while todo:
        cur = todo.pop()
        lp = Links()
        lp.feed(html.get(cur, ""))
        for href in lp.hrefs:
            u = urlsplit(href)
            if u.scheme or u.netloc or href.startswith("/") or not u.path:
                continue
            tgt = posixpath.normpath(posixpath.join(posixpath.dirname(cur), unquote(u.path)))
            if tgt in on_disk and tgt not in seen:
                seen.add(tgt)
                todo.append(tgt)
            elif tgt not in on_disk:
                err(f"{cur}: broken relative link {href}")
    for p in on_disk - seen:
        err(f"unreachable from index: {p}")

    # operator structure
    ops = {}
    for p in pages.values():
        if p["is_offer"]:
            ops.setdefault(p["operator"], []).append(p)
    owner = {}
    for op, ps in ops.items():
        for p in ps:
            for kind, value, _ in p["identifiers"]:
                owner.setdefault((kind, value), set()).add(op)
    for key, os_ in owner.items():
        if len(os_) > 1:
            err(f"identifier {key} shared by operators {sorted(os_)}")
    for op, ps in ops.items():
        if op.startswith("I"):
            if len(ps) != 1:
                err(f"independent {op} has {len(ps)} pages")
            continue
        if not op.startswith("U") or len(ps) < 2:
            err(f"operator {op} malformed ({len(ps)} pages)")
            continue
        if op not in truth["operators"]:
            err(f"{op} missing from operators")
        sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
        if set.intersection(*sets):
            err(f"{op}: an identifier is on every page")
        # connectivity
        comp = {0}
        changed = True
        while changed:
            changed = False
            for i in range(len(ps)):
                if i not in comp and any(sets[i] & sets[j] for j in comp):
                    comp.add(i)
                    changed = True
        if len(comp) != len(ps):
            err(f"{op}: pages not connected by shared identifiers")
        brands = {p["provider"] for p in ps}
        if len(brands) < 2:
            err(f"{op}: fewer than 2 brands")
    for op in truth["operators"]:
        if op not in ops:
            err(f"operators lists {op} with no pages")

    # decoys
    for d in truth["decoys"]:
        key = (d["kind"], d["value"])
        if key in owner:
            err(f"decoy {key} is also a seller identifier")
        if len(d["paths"]) < 2:
            err(f"decoy {key} on fewer than 2 pages")
        groups = set()
        for path in d["paths"]:
            if path not in pages:
                err(f"decoy {key}: unknown page {path}")
                continue
            groups.add(pages[path]["operator"] or "non-offer:" + path)
            for w in d.get("as_written", {}).get(path, []):
                if w not in html.get(path, ""):
                    err(f"decoy {key}: {w!r} not on {path}")
        if len(groups) < 2:
            err(f"decoy {key} does not span different operators/non-offers")

    # counts
    offers = [p for p in pages.values() if p["is_offer"]]
    counts = {
        "pages": len(pages),
        "offers": len(offers),
        "operators": sum(1 for o in ops if o.startswith("U")),
        "operator_offer_pages": sum(1 for p in offers if p["operator"].startswith("U")),
        "independents": sum(1 for o in ops if o.startswith("I")),
        "non_offers": len(pages) - len(offers),
        "decoys": len(truth["decoys"]),
    }
    if truth.get("counts") != counts:
        err(f"counts mismatch: truth {truth.get('counts')} vs computed {counts}")
    readme = os.path.join(HERE, "README.md")
    if os.path.isfile(readme):
        rd = open(readme, encoding="utf-8").read()
        for k, v in counts.items():
            if not re.search(rf"{k}\D*\b{v}\b", rd):
                err(f"README does not state {k} = {v}")
    else:
        err("README.md missing")

    if ERR:
        print("\n".join("FAIL: " + e for e in ERR))
        sys.exit(1)
    print("OK", json.dumps(counts, ensure_ascii=False))


if __name__ == "__main__":
    main()
