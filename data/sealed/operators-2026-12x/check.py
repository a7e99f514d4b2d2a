#!/usr/bin/env python3
"""Verify site/ against truth.json (stdlib only). Exit 1 on any problem."""
import json
import os
import posixpath
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.links = [], []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if v is None:
                continue
            if k == "href":
                self.links.append(v)
            if k in ("alt", "title", "href"):
                self.parts.append(" " + v + " ")

    def handle_data(self, data):
        self.parts.append(data)


def load(path):
    with open(os.path.join(SITE, path.lstrip("/")), encoding="utf-8") as f:
        p = Page()
        p.feed(f.read())
    return "".join(p.parts), p.links


def uscc_ok(code):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", code):
        return False
    s = sum(ALPH.index(c) * pow(3, i, 31) for i, c in enumerate(code[:17]))
    r = 31 - s % 31
    if code[17] != ALPH[0 if r == 31 else r]:
        return False
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    tot = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(code[8:16], ws))
    c = 11 - tot % 11
    return code[16] == ("X" if c == 10 else "0" if c == 11 else str(c))


FW = str.maketrans("０１２３４５６７８９＠", "0123456789@")


def squash(s):
    """Text with full-width digits folded and separators between characters removed."""
    return re.sub(r"[\s\-‐–—()]", "", s.translate(FW)).lower()


def norm_ok(kind, norm, written):
    w = written.translate(FW)
    digits = re.sub(r"\D", "", w)
    if kind == "phone":
        return norm.startswith("+86") and (digits.endswith(norm[3:]) or ("0" + norm[3:]) in digits)
    if kind in ("qq", "qq_group", "other"):
        return norm.isdigit() and norm in digits
    if kind == "wechat":
        return norm.lower() in w.lower() or norm in digits
    if kind == "email":
        user, dom = norm.split("@")
        ww = w.lower().replace("[at]", "@").replace("#", "@").replace("[dot]", ".").replace(" ", "")
        return user + "@" + dom in ww
    if kind in ("uscc", "domain"):
        return norm.lower() in w.lower()
    return False


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    pages = {p["path"]: p for p in truth["pages"]}
    files = set()
    for root, _, fs in os.walk(SITE):
        for f in fs:
            if f.endswith(".html"):
                files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
    if files != set(pages):
        bad(f"pages on disk vs truth differ: {sorted(files ^ set(pages))}")
    if not 48 <= len(files) <= 56:
        bad(f"page count {len(files)} outside 48-56")
    robots = open(os.path.join(SITE, "robots.txt")).read()
    if "Allow: /" not in robots or "Disallow: /" in robots:
        bad("robots.txt must allow all")

    # reachability with relative links only
    texts, seen, todo = {}, set(), ["/index.html"]
    while todo:
        cur = todo.pop()
        if cur in seen:
            continue
        seen.add(cur)
        text, links = load(cur)
        texts[cur] = text
        for href in links:
            u = urlparse(href)
            if u.scheme in ("tel", "mailto"):
                continue
            if u.scheme or href.startswith("/"):
                bad(f"{cur}: non-relative link {href}")
                continue
            if not u.path:
                continue
            tgt = posixpath.normpath(posixpath.join(posixpath.dirname(cur), u.path))
            if tgt not in files:
                bad(f"{cur}: broken link {href}")
            else:
                todo.append(tgt)
    for f in sorted(files - seen):
        bad(f"unreachable: {f}")
        texts[f] = load(f)[0]

    # pages, identifiers, providers
    owner = defaultdict(set)
    offers = 0
    for path, p in pages.items():
        t = texts[path]
        if p["is_offer"]:
            offers += 1
            if not p["operator"]:
                bad(f"{path}: offer without operator")
        elif p["operator"] is not None:
            bad(f"{path}: non-offer with operator")
        if p["provider"] and p["provider"] not in t:
            bad(f"{path}: provider {p['provider']} not in text")
        for kind, norm, written in p["identifiers"]:
            if written not in t:
                bad(f"{path}: written form {written!r} not in text")
            if not norm_ok(kind, norm, written):
                bad(f"{path}: {kind} {norm!r} does not match written {written!r}")
            if kind == "uscc" and not uscc_ok(norm):
                bad(f"{path}: bad USCC {norm}")
            owner[(kind, norm)].add(p["operator"] or "page:" + path)
    for key, who in owner.items():
        if len(who) > 1:
            bad(f"identifier {key} shared between {sorted(who)}")

    # no seller identifier appears (in any spelling) on another operator's page
    for (kind, norm), who in owner.items():
        (o,) = who
        core = norm[3:] if kind == "phone" else norm.lower()
        for path, t in texts.items():
            mine = pages[path]["operator"] == o or ("page:" + path) == o
            if not mine and core in squash(t):
                bad(f"{kind} {norm} of {o} also appears on {path}")

    # operators
    ops = defaultdict(list)
    for path, p in pages.items():
        if p["operator"]:
            ops[p["operator"]].append(p)
    declared = dict(truth["operators"])
    if set(declared) != set(ops):
        bad("operators list differs from pages")
    for oid, ps in ops.items():
        brands = declared.get(oid, {}).get("brands", [])
        if oid.startswith("U"):
            if not 3 <= len(ps) <= 4:
                bad(f"{oid}: {len(ps)} pages")
            if not 2 <= len(brands) <= 3:
                bad(f"{oid}: {len(brands)} brands")
            sets = [{(i[0], i[1]) for i in p["identifiers"]} for p in ps]
            if set.intersection(*sets):
                bad(f"{oid}: one identifier on every page (want a chain)")
            comp, grow = {0}, True
            while grow:
                grow = False
                for j in range(len(ps)):
                    if j not in comp and any(sets[j] & sets[k] for k in comp):
                        comp.add(j)
                        grow = True
            if len(comp) != len(ps):
                bad(f"{oid}: pages not connected by shared identifiers")
        elif len(ps) != 1:
            bad(f"{oid}: independent with {len(ps)} pages")
        for p in ps:
            if p["provider"] not in brands:
                bad(f"{oid}: provider {p['provider']} not in brands")

    # decoys
    seller_values = {n for (_, n) in owner}
    for d in truth["decoys"]:
        if d["value"] in seller_values:
            bad(f"decoy {d['value']} is also a seller identifier")
        if not d["paths"]:
            bad(f"decoy {d['value']} on no page")
        for path in d["paths"]:
            if not any(w in texts[path] for w in d["written"]):
                bad(f"decoy {d['value']} not in text of {path}")
        if d["kind"].endswith("uscc") and not uscc_ok(d["value"]):
            bad(f"decoy USCC {d['value']} invalid")

    u = sum(1 for o in ops if o.startswith("U"))
    i = sum(1 for o in ops if o.startswith("I"))
    print(f"pages={len(files)} offers={offers} non-offers={len(files) - offers} "
          f"operators U={u} I={i} decoys={len(truth['decoys'])}")
    for m in PROBLEMS:
        print("PROBLEM:", m)
    if PROBLEMS:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
