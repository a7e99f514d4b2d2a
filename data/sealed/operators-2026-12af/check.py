#!/usr/bin/env python3
"""Verifies site/ against truth.json (stdlib only). Exits 1 on any problem."""
import json, os, posixpath, re, sys
from collections import defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []
A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
FW = str.maketrans("０１２３４５６７８９", "0123456789")


class P(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.links, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if a.get("alt"):
            self.parts.append(a["alt"])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def parse(path):
    p = P()
    with open(os.path.join(SITE, path.lstrip("/")), encoding="utf-8") as f:
        p.feed(f.read())
    return "\n".join(p.parts), p.links


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(A.index(ch) * w for ch, w in zip(c[:17], W))
    r = 31 - s % 31
    if A[0 if r == 31 else r] != c[17]:
        return False
    body = c[8:16]
    if body.isdigit():
        s = sum(int(ch) * w for ch, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
        k = 11 - s % 11
        if ("X" if k == 10 else "0" if k == 11 else str(k)) != c[16]:
            return False
    return True


def norm_phone(s):
    d = re.sub(r"\D", "", s.translate(FW))
    if d.startswith("86") and len(d) in (12, 13):
        d = d[2:]
    if d.startswith("0"):
        d = d[1:]
    return "+86" + d


def norm_consistent(kind, value, written):
    w = written.translate(FW)
    if kind == "phone":
        return norm_phone(w) == value
    if kind == "email":
        e = re.sub(r"\s*(\[at\]|\(at\)|\sat\s)\s*", "@", w)
        e = re.sub(r"\s+", "", e).lower()
        return value in e and "@" in value
    if kind == "uscc":
        return value in w and uscc_ok(value)
    return value.lower() in re.sub(r"\s+", "", w).lower()


MOBILE = re.compile(r"(?<![0-9A-Za-z])1[3-9]\d(?:[ -]?\d){8}(?![\d])")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    pages = {p["path"]: p for p in truth["pages"]}
    files = set()
    for root, _, fs in os.walk(SITE):
        for f in fs:
            if f.endswith(".html"):
                files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
    if files != set(pages):
        ERR.append("files vs truth differ: %s" % sorted(files ^ set(pages)))
    if not 48 <= len(files) <= 56:
        ERR.append("page count %d" % len(files))
    rb = open(os.path.join(SITE, "robots.txt")).read()
    if "Allow: /" not in rb or "Disallow: /\n" in rb:
        ERR.append("robots.txt")

    texts, seen, todo = {}, {"/index.html"}, ["/index.html"]
    while todo:
        cur = todo.pop()
        t, links = parse(cur)
        texts[cur] = t
        for h in links:
            if re.match(r"^(https?:|mailto:|tel:|/|#)", h):
                if h.startswith(("http", "/")):
                    ERR.append("non-relative link %s in %s" % (h, cur))
                continue
            tgt = posixpath.normpath(posixpath.join(posixpath.dirname(cur), h))
            if tgt not in files:
                ERR.append("broken link %s -> %s" % (cur, h))
            elif tgt not in seen:
                seen.add(tgt)
                todo.append(tgt)
    if seen != files:
        ERR.append("unreachable: %s" % sorted(files - seen))

    decoy_phones, decoy_emails, decoy_vals = set(), set(), set()
    for d in truth["decoys"]:
        for p in d["paths"]:
            if p not in texts or d["value"] not in texts[p]:
                ERR.append("decoy %s not on %s" % (d["value"], p))
        v = d["value"]
        decoy_vals.add(v.lower())
        if MOBILE.fullmatch(v):
            decoy_phones.add(norm_phone(v))
        if EMAIL.fullmatch(v):
            decoy_emails.add(v.lower())
        if len(d["paths"]) < 1:
            ERR.append("decoy without pages %s" % v)

    owner = defaultdict(set)       # (kind,value) -> operators
    by_op = defaultdict(list)
    for path, p in pages.items():
        t = texts.get(path, "")
        if p["is_offer"] != (p["operator"] is not None):
            ERR.append("offer/operator mismatch %s" % path)
        if p["is_offer"] and not p["provider"]:
            ERR.append("offer without provider %s" % path)
        ids = set()
        for kind, value, written in p["identifiers"]:
            if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
                ERR.append("bad kind %s" % kind)
            if written not in t:
                ERR.append("%s: written form %r not in text" % (path, written))
            if not norm_consistent(kind, value, written):
                ERR.append("%s: %r does not normalize to %r" % (path, written, value))
            if value.lower() in decoy_vals or (kind == "phone" and value in decoy_phones):
                ERR.append("%s: identifier %s is also a decoy" % (path, value))
            ids.add((kind, value))
            if p["operator"]:
                owner[(kind, value)].add(p["operator"])
        if p["operator"]:
            by_op[p["operator"]].append((path, ids))
        # every mobile-shaped number and e-mail on the page is accounted for
        phones = {v for k, v, _ in p["identifiers"] if k == "phone"}
        for m in MOBILE.finditer(t.translate(FW)):
            n = norm_phone(m.group())
            if n not in phones and n not in decoy_phones:
                ERR.append("%s: unlisted mobile-like %s" % (path, m.group()))
        emails = {v for k, v, _ in p["identifiers"] if k == "email"}
        for m in EMAIL.finditer(t):
            e = m.group().lower()
            if e not in emails and e not in decoy_emails:
                ERR.append("%s: unlisted e-mail %s" % (path, e))
        for m in re.finditer(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", t):
            c = m.group()
            if c[0] in "59" or c[:2] in ("11", "12", "13"):
                if not uscc_ok(c):
                    ERR.append("%s: invalid USCC %s" % (path, c))

    for key, ops in owner.items():
        if len(ops) > 1:
            ERR.append("identifier %s shared by operators %s" % (key, sorted(ops)))

    ops_decl = dict((o[0], o[1]) for o in truth["operators"])
    multi = [o for o in by_op if o.startswith("U")]
    indep = [o for o in by_op if o.startswith("I")]
    if set(ops_decl) != set(multi):
        ERR.append("operators list mismatch")
    for op, lst in by_op.items():
        if op.startswith("I"):
            if len(lst) != 1:
                ERR.append("independent %s has %d pages" % (op, len(lst)))
            continue
        if not 3 <= len(lst) <= 4:
            ERR.append("%s has %d pages" % (op, len(lst)))
        provs = {pages[p]["provider"] for p, _ in lst}
        if provs != set(ops_decl[op]["brands"]) or not 2 <= len(provs) <= 3:
            ERR.append("%s brands %s vs %s" % (op, provs, ops_decl[op]["brands"]))
        # connected by shared identifiers
        comp, stack = {lst[0][0]}, [lst[0]]
        while stack:
            _, ids = stack.pop()
            for q, qids in lst:
                if q not in comp and ids & qids:
                    comp.add(q)
                    stack.append((q, qids))
        if len(comp) != len(lst):
            ERR.append("%s pages not connected: %s" % (op, sorted(set(p for p, _ in lst) - comp)))
        common = set.intersection(*[ids for _, ids in lst])
        if common:
            ERR.append("%s: one identifier on every page %s" % (op, common))
    if not 8 <= len(multi) <= 10 or not 5 <= len(indep) <= 7:
        ERR.append("operator counts %d/%d" % (len(multi), len(indep)))
    # a decoy is a decoy only if it spans pages that must not be tied
    for d in truth["decoys"]:
        ops = {pages[p]["operator"] for p in d["paths"]}
        if len(d["paths"]) > 1 and len(ops - {None}) == 1 and None not in ops:
            ERR.append("decoy %s only on one operator's pages" % d["value"])

    n_off = sum(p["is_offer"] for p in pages.values())
    print("pages %d, offers %d, non-offers %d, operators %d, independents %d, decoys %d"
          % (len(pages), n_off, len(pages) - n_off, len(multi), len(indep), len(truth["decoys"])))
    for e in ERR:
        print("ERROR:", e)
    print("OK" if not ERR else "%d problems" % len(ERR))
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
