#!/usr/bin/env python3
"""Verifies site/ against truth.json (stdlib only). Exit 1 on any problem."""
import html as H
import json
import os
import posixpath
import re
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(msg):
    ERR.append(msg)


ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
USCC_RE = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")


def uscc_ok(code):
    if not USCC_RE.match(code):
        return False
    total = sum(ALPHA.index(c) * w for c, w in zip(code[:17], W32100))
    r = 31 - total % 31
    if code[17] != ALPHA[0 if r == 31 else r]:
        return False
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in code[8:16]]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return code[16] == ("X" if c == 10 else "0" if c == 11 else str(c))


CN_DIGITS = str.maketrans("零〇一二三四五六七八九", "00123456789")


def page_text(raw):
    extra = re.findall(r'(?:alt|title)="([^"]*)"', raw) + re.findall(r'href="(?:tel|mailto):([^"]*)"', raw)
    t = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S)
    t = re.sub(r"<[^>]+>", " ", t)
    return H.unescape(t + " " + " ".join(extra))


def scan_text(text):
    t = unicodedata.normalize("NFKC", text).translate(CN_DIGITS)
    t = re.sub(r"(?<=\d)[\s\-]+(?=\d)", "", t)
    t = re.sub(r"\s*(?:\[at\]|\(at\)|\s#\s|\s@\s)\s*", "@", t, flags=re.I)
    return t.lower()


def norm(kind, written):
    w = unicodedata.normalize("NFKC", written).strip()
    if kind == "phone":
        w = w.translate(CN_DIGITS)
        intl = "+86" in w or w.startswith("86")
        d = re.sub(r"\D", "", w)
        if intl and d.startswith("86"):
            d = d[2:]
        if d.startswith("1") and len(d) == 11:
            return "+86" + d
        if d.startswith("0"):
            return "+86" + d[1:]
        if intl:
            return "+86" + d
        return None
    if kind in ("qq", "qq_group"):
        return re.sub(r"\D", "", w)
    if kind == "wechat":
        return w.lower()
    if kind == "email":
        w = re.sub(r"\s*(?:\[at\]|\(at\)|#|@)\s*", "@", w, flags=re.I)
        return w.replace(" ", "").lower()
    if kind == "uscc":
        return w.upper()
    if kind == "domain":
        host = re.sub(r"^[a-z]+://", "", w.lower()).split("/")[0]
        labels = host.split(".")
        n = 3 if re.search(r"\.(com|edu|org|net|gov)\.cn$", host) else 2
        return ".".join(labels[-n:])
    return w


def scan_key(kind, value):
    """A regex that finds the identifier in scan_text()."""
    if kind == "phone":
        nat = value[3:]
        if not (nat.startswith("1") and len(nat) == 11):
            nat = "0" + nat
        return r"(?<!\d)(?:\+?86)?" + re.escape(nat) + r"(?!\d)"
    if kind in ("qq", "qq_group"):
        return r"(?<!\d)" + re.escape(value) + r"(?!\d)"
    return r"(?<![0-9a-z_\-])" + re.escape(value.lower()) + r"(?![0-9a-z_])"


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    pages = {p["path"]: p for p in truth["pages"]}

    # ---- files ----
    files = set()
    for root, _, names in os.walk(SITE):
        for n in names:
            rel = "/" + os.path.relpath(os.path.join(root, n), SITE).replace(os.sep, "/")
            if rel.endswith(".html"):
                files.add(rel)
    robots = open(os.path.join(SITE, "robots.txt")).read()
    if "Disallow: /" in robots or "Allow: /" not in robots:
        err("robots.txt must allow all")
    if files != set(pages):
        err("files vs truth differ: %s" % sorted(files ^ set(pages)))
    if not 48 <= len(files) <= 56:
        err("page count %d outside 48-56" % len(files))

    raw = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}
    text = {p: page_text(r) for p, r in raw.items()}
    stext = {p: scan_text(t) for p, t in text.items()}

    # ---- links / reachability ----
    graph = {}
    for p, r in raw.items():
        outs = set()
        for h in re.findall(r'href="([^"]*)"', r):
            if re.match(r"^(https?:|tel:|mailto:|data:|#)", h):
                continue
            if h.startswith("/"):
                err("%s: absolute link %s" % (p, h))
                continue
            t = posixpath.normpath(posixpath.join(posixpath.dirname(p), h.split("#")[0]))
            if t not in files:
                err("%s: broken link %s" % (p, h))
            outs.add(t)
        graph[p] = outs
    seen, todo = {"/index.html"}, ["/index.html"]
    while todo:
        for t in graph.get(todo.pop(), ()):
            if t in files and t not in seen:
                seen.add(t)
                todo.append(t)
    if seen != files:
        err("unreachable from index: %s" % sorted(files - seen))

    # ---- identifiers appear as written and normalise as claimed ----
    owner = defaultdict(set)   # (kind, value) -> set of owners (operator id or page path for non-offers)
    for p, pg in pages.items():
        if pg["is_offer"] != bool(pg["operator"]):
            err("%s: is_offer/operator mismatch" % p)
        for kind, value, written in pg["identifiers"]:
            if written not in text[p]:
                err("%s: written form %r not in page text" % (p, written))
            if norm(kind, written) != value:
                err("%s: %s %r normalises to %r, truth says %r" % (p, kind, written, norm(kind, written), value))
            if kind == "uscc" and not uscc_ok(value):
                err("%s: invalid USCC %s" % (p, value))
            if not re.search(scan_key(kind, value), stext[p]):
                err("%s: scan cannot find %s %s" % (p, kind, value))
            owner[(kind, value)].add(pg["operator"] or ("page:" + p))
    for key, who in owner.items():
        if len(who) > 1:
            err("identifier %s shared across %s" % (key, sorted(who)))

    # ---- no seller identifier appears on a page of another owner ----
    for (kind, value), who in owner.items():
        o = next(iter(who))
        rx = re.compile(scan_key(kind, value))
        for p in files:
            if rx.search(stext[p]):
                po = pages[p]["operator"] or ("page:" + p)
                if po != o:
                    err("seller identifier %s %s also appears on %s (%s)" % (kind, value, p, po))

    # ---- every USCC-shaped string on the site is valid ----
    for p, t in text.items():
        for m in re.findall(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", t):
            if not uscc_ok(m):
                err("%s: USCC-shaped %s fails check" % (p, m))

    # ---- operators ----
    ops = dict((k, v) for k, v in truth["operators"])
    byop = defaultdict(list)
    for p, pg in pages.items():
        if pg["operator"]:
            byop[pg["operator"]].append(pg)
            if pg["operator"] not in ops:
                err("%s: operator %s not declared" % (p, pg["operator"]))
            elif pg["provider"] not in ops[pg["operator"]]["brands"]:
                err("%s: provider %r not among brands" % (p, pg["provider"]))
    for op, pgs in byop.items():
        idsets = [set((k, v) for k, v, _ in pg["identifiers"]) for pg in pgs]
        if op.startswith("U"):
            if not 3 <= len(pgs) <= 4:
                err("%s has %d pages" % (op, len(pgs)))
            if not 2 <= len(ops[op]["brands"]) <= 3:
                err("%s has %d brands" % (op, len(ops[op]["brands"])))
            if len(set(pg["provider"] for pg in pgs)) < 2:
                err("%s pages show fewer than 2 brands" % op)
            if set.intersection(*idsets):
                err("%s: one identifier on every page (not a chain): %s" % (op, set.intersection(*idsets)))
            comp, todo = {0}, [0]
            while todo:
                i = todo.pop()
                for j in range(len(pgs)):
                    if j not in comp and idsets[i] & idsets[j]:
                        comp.add(j)
                        todo.append(j)
            if len(comp) != len(pgs):
                err("%s: pages not connected by shared identifiers" % op)
        elif op.startswith("I"):
            if len(pgs) != 1:
                err("%s has %d pages" % (op, len(pgs)))
        else:
            err("bad operator id %s" % op)

    # ---- decoys ----
    seller_vals = set(v for (_, v) in owner)
    for d in truth["decoys"]:
        key = scan_text(d["value"])
        rx = re.compile(r"(?<![0-9a-z])" + re.escape(key) + r"(?![0-9a-z])")
        found = sorted(p for p in files if rx.search(stext[p]))
        if not found:
            err("decoy %s appears nowhere" % d["value"])
        if found != sorted(d["paths"]):
            err("decoy %s paths %s, found %s" % (d["value"], d["paths"], found))
        if d["value"] in seller_vals or key in seller_vals:
            err("decoy %s equals a seller identifier" % d["value"])
        if "uscc" in d["kind"] and not uscc_ok(d["value"]):
            err("decoy USCC %s invalid" % d["value"])

    offers = [p for p in pages.values() if p["is_offer"]]
    u = [o for o in byop if o.startswith("U")]
    i = [o for o in byop if o.startswith("I")]
    print("pages %d (offers %d, non-offers %d); operators U=%d I=%d; decoys %d"
          % (len(files), len(offers), len(files) - len(offers), len(u), len(i), len(truth["decoys"])))
    if ERR:
        print("\n".join("ERROR " + e for e in ERR))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
