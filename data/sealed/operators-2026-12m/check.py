#!/usr/bin/env python3
"""Consistency checks for site/ and truth.json (stdlib only). Exit 1 on any problem."""
import html
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ERR = []


def err(msg):
    ERR.append(msg)


def uscc_ok(code):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", code):
        return False
    s = sum(ALPHA.index(c) * w for c, w in zip(code[:17], W18))
    r = (31 - s % 31) % 31
    if ALPHA[r] != code[17]:
        return False
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wt for c, wt in zip(code[8:16], w))
    c = 11 - s % 11
    return code[16] == ("X" if c == 10 else "0" if c == 11 else str(c))


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k == "href" and v:
                self.hrefs.append(v)


def text_of(raw):
    """Whole page (tags and attributes kept: alt text and hrefs count), unescaped, NFKC."""
    return unicodedata.normalize("NFKC", html.unescape(raw))


def digits_view(t):
    t = t.replace("+86", " ")
    t = re.sub(r"[(（](0\d{2,3})[)）]\s*(?=\d)", r"\1", t)
    return re.sub(r"(?<=\d)[\s\-]+(?=\d)", "", t)


def phone_core(v):
    if v.startswith("+86"):
        n = v[3:]
        if n.startswith("1") and len(n) == 11:
            return n
        if n.startswith(("400", "800")):
            return n
        return "0" + n
    return v


def has_digits(view, core):
    return re.search(r"(?<!\d)" + re.escape(core) + r"(?!\d)", view) is not None


def has_word(t, w):
    for m in re.finditer(r"(?<![a-z0-9_\-])" + re.escape(w) + r"(?![a-z0-9_\-])", t):
        s = m.start()
        if s == 0 or t[s - 1] != "." or t[max(0, s - 4):s] == "www.":
            return True
    return False


def occurs(kind, value, t_low, view):
    if kind in ("phone",):
        return has_digits(view, phone_core(value))
    if kind in ("qq", "qq_group"):
        return has_digits(view, value)
    if kind == "uscc":
        return value in t_low.upper()
    if kind == "email":
        local, dom = value.split("@")
        return value in t_low or (has_word(t_low, local) and dom.split(".")[0] in t_low)
    if kind == "wechat" and value.isdigit():
        return has_digits(view, value)
    if kind in ("wechat", "domain"):
        return has_word(t_low, value.lower())
    v = value.split(":", 1)[1] if re.match(r"^(bank|company):", value) else value
    if len(re.sub(r"\D", "", v)) >= 8 and re.fullmatch(r"[\dA-Z ]+", v):
        return v.replace(" ", "") in view.upper()
    return v.lower() in t_low


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    assert set(truth) == {"description", "pages", "operators", "decoys"}, truth.keys()
    pages = {p["path"]: p for p in truth["pages"]}
    files = set()
    for root, _, names in os.walk(SITE):
        for n in names:
            if n.endswith(".html"):
                files.add("/" + os.path.relpath(os.path.join(root, n), SITE).replace(os.sep, "/"))
    if not os.path.isfile(os.path.join(SITE, "robots.txt")):
        err("robots.txt missing")
    for p in set(pages) - files:
        err(f"truth path without file: {p}")
    for p in files - set(pages):
        err(f"file without truth entry: {p}")
    raw = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}
    low = {p: text_of(r).lower() for p, r in raw.items()}
    view = {p: digits_view(text_of(r)) for p, r in raw.items()}

    # reachability
    seen, todo = {"/index.html"}, ["/index.html"]
    while todo:
        cur = todo.pop()
        lp = Links()
        lp.feed(raw.get(cur, ""))
        for h in lp.hrefs:
            u = urlparse(urljoin("http://host" + cur, h))
            if u.scheme != "http" or u.netloc != "host":
                continue
            if u.path in files and u.path not in seen:
                seen.add(u.path)
                todo.append(u.path)
    for p in sorted(files - seen):
        err(f"unreachable from /index.html: {p}")

    # counts
    offers = [p for p in pages.values() if p["is_offer"]]
    groups = defaultdict(list)
    for p in offers:
        groups[p["operator"] or ("IND:" + p["path"])].append(p)
    ops = {g: v for g, v in groups.items() if not g.startswith("IND:")}
    ind = [g for g in groups if g.startswith("IND:")]
    if not 48 <= len(pages) <= 56:
        err(f"page count {len(pages)}")
    if not 34 <= len(offers) <= 38:
        err(f"offer count {len(offers)}")
    if len(ops) != 9:
        err(f"operator count {len(ops)}")
    if not 7 <= len(ind) <= 9:
        err(f"independent count {len(ind)}")
    op_brands = dict(truth["operators"])
    if set(op_brands) != set(ops):
        err("operators list != operators used by pages")
    for g, v in ops.items():
        if not 3 <= len(v) <= 4:
            err(f"{g} has {len(v)} offers")
        brands = {p["provider"] for p in v}
        if not 2 <= len(brands) <= 3:
            err(f"{g} has brands {brands}")
        if set(op_brands.get(g, {}).get("brands", [])) != brands:
            err(f"{g} brands mismatch")

    # identifiers on pages
    owner = defaultdict(set)
    for p in pages.values():
        if not p["is_offer"]:
            if p["identifiers"] or p["operator"] or p["provider"]:
                err(f"non-offer with seller labels: {p['path']}")
            continue
        if not p["identifiers"] or not p["provider"]:
            err(f"offer without identifiers/provider: {p['path']}")
        g = p["operator"] or ("IND:" + p["path"])
        for kind, value, written in p["identifiers"]:
            if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
                err(f"bad kind {kind}")
            if written not in raw[p["path"]] and written not in text_of(raw[p["path"]]):
                err(f"written form not on page {p['path']}: {written}")
            if kind == "phone" and not re.fullmatch(r"\+86\d{9,12}", value):
                err(f"phone not E.164: {value}")
            if kind == "uscc" and not uscc_ok(value):
                err(f"bad USCC {value}")
            if kind in ("wechat", "email", "domain") and value != value.lower():
                err(f"not lowercased: {value}")
            if not occurs(kind, value, low[p["path"]], view[p["path"]]):
                err(f"identifier value not found by scan on {p['path']}: {kind} {value}")
            owner[(kind, value)].add(g)
    for key, gs in owner.items():
        if len(gs) > 1:
            err(f"seller identifier shared across groups: {key} {sorted(gs)}")
    # a seller's identifier must not occur on another group's offer pages at all
    for (kind, value), gs in owner.items():
        g = next(iter(gs))
        for p in offers:
            pg = p["operator"] or ("IND:" + p["path"])
            if pg != g and occurs(kind, value, low[p["path"]], view[p["path"]]):
                err(f"{kind} {value} of {g} also occurs on {p['path']} ({pg})")

    # operator chains: connected by shared identifiers
    for g, v in ops.items():
        ids = {p["path"]: {(k, val) for k, val, _ in p["identifiers"]} for p in v}
        paths = list(ids)
        comp, stack = {paths[0]}, [paths[0]]
        while stack:
            a = stack.pop()
            for b in paths:
                if b not in comp and ids[a] & ids[b]:
                    comp.add(b)
                    stack.append(b)
        if len(comp) != len(paths):
            err(f"{g} not connected: {sorted(set(paths) - comp)}")

    # decoys: complete paths, never a seller identifier
    for d in truth["decoys"]:
        if (d["kind"], d["value"]) in owner:
            err(f"decoy is a seller identifier: {d}")
        if d["kind"] == "uscc" and not uscc_ok(d["value"]):
            err(f"bad decoy USCC {d['value']}")
        found = {p for p in files if occurs(d["kind"], d["value"], low[p], view[p])}
        if found != set(d["paths"]):
            err(f"decoy {d['kind']} {d['value']}: missing {sorted(found - set(d['paths']))} "
                f"extra {sorted(set(d['paths']) - found)}")
        if len(d["paths"]) < 2 and d["kind"] != "other":
            print(f"note: decoy {d['value']} on a single page")

    for e in ERR:
        print("ERROR", e)
    print(f"pages={len(pages)} offers={len(offers)} operators={len(ops)} independents={len(ind)} "
          f"decoys={len(truth['decoys'])} errors={len(ERR)}")
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
