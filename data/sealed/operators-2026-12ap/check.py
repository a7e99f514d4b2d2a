#!/usr/bin/env python3
"""Consistency checks for operators-2026-12ap. Standard library only. Exit 1 on failure."""
import html
import json
import os
import posixpath
import re
import sys
from html.parser import HTMLParser
from urllib.parse import urlsplit, unquote

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERRORS = []


def err(msg):
    ERRORS.append(msg)


_A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(_A.index(ch) * w for ch, w in zip(c[:17], _W))
    r = 31 - s % 31
    return c[17] == _A[0 if r == 31 else r]


VALUE_RE = {
    "phone": re.compile(r"^(\+861[3-9]\d{9}|\+86[1-9]\d{1,2}\d{7,8}|[48]00\d{7}|\d{5})$"),
    "wechat": re.compile(r"^[a-z][a-z0-9_-]{4,19}$"),
    "qq": re.compile(r"^[1-9]\d{4,10}$"),
    "qq_group": re.compile(r"^[1-9]\d{4,11}$"),
    "email": re.compile(r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$"),
    "domain": re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$"),
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
    pages = truth["pages"]
    by_path = {p["path"]: p for p in pages}
    if len(by_path) != len(pages):
        err("duplicate paths in truth")

    # files on disk
    on_disk = set()
    for root, _, files in os.walk(SITE):
        for fn in files:
            full = os.path.join(root, fn)
            relp = "/" + os.path.relpath(full, SITE).replace(os.sep, "/")
            if fn.endswith(".html"):
                on_disk.add(relp)
    if not os.path.isfile(os.path.join(SITE, "robots.txt")):
        err("robots.txt missing")
    else:
        rb = open(os.path.join(SITE, "robots.txt"), encoding="utf-8").read()
        if "Allow: /" not in rb or "Disallow: /\n" in rb:
            err("robots.txt must allow all")
    for pth in by_path:
        if pth not in on_disk:
            err("truth page missing on disk: " + pth)
    for pth in on_disk:
        if pth not in by_path:
            err("html page without truth entry: " + pth)
    if not 48 <= len(on_disk) <= 56:
        err("page count %d outside 48..56" % len(on_disk))

    texts = {}
    for pth in on_disk:
        raw = open(os.path.join(SITE, pth.lstrip("/")), encoding="utf-8").read()
        texts[pth] = (raw, html.unescape(raw))

    # identifiers as written
    for p in pages:
        if p["path"] not in texts:
            continue
        raw, un = texts[p["path"]]
        if p["is_offer"] and not p["operator"]:
            err("offer without operator: " + p["path"])
        if not p["is_offer"] and p["operator"] is not None:
            err("non-offer with operator: " + p["path"])
        if p["is_offer"] and not p["identifiers"]:
            err("offer without identifiers: " + p["path"])
        for kind, value, written in p["identifiers"]:
            if written not in raw and written not in un:
                err("%s: written form %r not on page" % (p["path"], written))
            if kind == "uscc":
                if not uscc_ok(value):
                    err("%s: bad USCC %s" % (p["path"], value))
            elif kind in VALUE_RE:
                if not VALUE_RE[kind].match(value):
                    err("%s: %s value %r badly normalized" % (p["path"], kind, value))
            elif kind != "other":
                err("%s: unknown kind %s" % (p["path"], kind))

    # reachability by relative links
    seen = {"/index.html"}
    stack = ["/index.html"]
    while stack:
        cur = stack.pop()
        if cur not in texts:
            err("link to missing page " + cur)
            continue
        lp = Links()
        lp.feed(texts[cur][0])
        for h in lp.hrefs:
            sp = urlsplit(h)
            if sp.scheme or sp.netloc or h.startswith("#"):
                continue
            if sp.path.startswith("/"):
                err("%s: non-relative link %s" % (cur, h))
                continue
            if not sp.path:
                continue
            tgt = posixpath.normpath(posixpath.join(posixpath.dirname(cur), unquote(sp.path)))
            if tgt.endswith("/"):
                tgt += "index.html"
            if tgt not in texts:
                err("%s: broken link %s" % (cur, h))
                continue
            if tgt not in seen:
                seen.add(tgt)
                stack.append(tgt)
    for pth in on_disk:
        if pth not in seen:
            err("unreachable from index: " + pth)

    # operators
    offers = [p for p in pages if p["is_offer"]]
    groups = {}
    for p in offers:
        groups.setdefault(p["operator"], []).append(p)
    u_ids = sorted(k for k in groups if k.startswith("U"))
    i_ids = sorted(k for k in groups if k.startswith("I"))
    if set(u_ids) != set(truth["operators"]):
        err("operators block does not match U ids on pages")
    for k in groups:
        if not re.fullmatch(r"[UI]\d\d", k):
            err("bad operator id " + k)
    for u in u_ids:
        g = groups[u]
        if not 3 <= len(g) <= 4:
            err("%s has %d offer pages" % (u, len(g)))
        brands = {p["provider"] for p in g}
        if not 2 <= len(brands) <= 3:
            err("%s has %d brands" % (u, len(brands)))
        if set(truth["operators"][u]["brands"]) != brands:
            err("%s brand list mismatch" % u)
        sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in g]
        common = set.intersection(*sets)
        if common:
            err("%s: identifier on every page: %s" % (u, common))
        # connectivity
        reach = {0}
        changed = True
        while changed:
            changed = False
            for i in range(len(g)):
                if i not in reach and any(sets[i] & sets[j] for j in reach):
                    reach.add(i)
                    changed = True
        if len(reach) != len(g):
            err("%s pages not connected by shared identifiers" % u)
    for i in i_ids:
        if len(groups[i]) != 1:
            err("%s has %d pages" % (i, len(groups[i])))
    # no identifier shared between different operators
    owner = {}
    for p in offers:
        for k, v, _ in p["identifiers"]:
            o = owner.setdefault((k, v), p["operator"])
            if o != p["operator"]:
                err("identifier %s %s shared by %s and %s" % (k, v, o, p["operator"]))

    # decoys
    for d in truth["decoys"]:
        if len(d["paths"]) < 2:
            err("decoy %s on fewer than 2 pages" % d["value"])
        ops = set()
        for pth in d["paths"]:
            if pth not in by_path:
                err("decoy path missing " + pth)
            else:
                ops.add(by_path[pth]["operator"])
        if len(ops) < 2:
            err("decoy %s does not span different operators / non-offers" % d["value"])

    counts = {
        "pages": len(pages), "offers": len(offers), "non_offers": len(pages) - len(offers),
        "operators": len(u_ids), "independents": len(i_ids), "decoys": len(truth["decoys"]),
    }
    # README counts
    rd = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    for k, v in counts.items():
        m = re.search(r"^- %s: (\d+)" % k, rd, re.M)
        if not m or int(m.group(1)) != v:
            err("README count %s does not match %d" % (k, v))

    print(json.dumps(counts))
    if ERRORS:
        for e in ERRORS:
            print("FAIL:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
