#!/usr/bin/env python3
"""Verify site/ against truth.json (standard library only)."""
import html as htmlmod
import json
import os
import posixpath
import re
import sys
from collections import defaultdict, deque
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(m):
    ERR.append(m)


_A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(_A.index(ch) * _W[i] for i, ch in enumerate(c[:17]))
    r = 31 - s % 31
    return _A[0 if r == 31 else r] == c[17]


NUM = {}
for chars, d in [("0０零〇", "0"), ("1１一幺壹", "1"), ("2２二贰两", "2"), ("3３三叁", "3"), ("4４四肆", "4"),
                 ("5５五伍", "5"), ("6６六陆", "6"), ("7７七柒", "7"), ("8８八捌", "8"), ("9９九玖", "9")]:
    for ch in chars:
        NUM[ch] = d


def digits(s):
    return "".join(NUM[c] for c in s if c in NUM)


def phone_norm(raw):
    d = digits(raw)
    if d.startswith("86") and len(d) == 13:
        d = d[2:]
    if re.fullmatch(r"1\d{10}", d):
        return "+86" + d
    if re.fullmatch(r"[48]00\d{7}", d):
        return d
    if d.startswith("0"):
        return "+86" + d[1:]
    return d


def email_norm(raw):
    s = raw.lower()
    for a in ["(at)", "[at]", "圈"]:
        s = s.replace(a, "@")
    s = s.replace("点", ".")
    m = re.search(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", s)
    return m.group(0) if m else s


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.hrefs.append(v)

    def handle_data(self, data):
        self.text.append(data)


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    pages = {p["path"]: p for p in truth["pages"]}
    if len(pages) != len(truth["pages"]):
        err("duplicate paths in truth")
    files = set()
    for root, _, fs in os.walk(SITE):
        for f in fs:
            if f.endswith(".html"):
                files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
    if not os.path.isfile(os.path.join(SITE, "robots.txt")):
        err("robots.txt missing")
    elif "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
        err("robots.txt does not allow all")
    for p in pages:
        if p not in files:
            err("truth page missing on disk: " + p)
    for f in files:
        if f not in pages:
            err("page without truth entry: " + f)
    if not 48 <= len(files) <= 56:
        err("page count %d outside 48-56" % len(files))

    src, text, links = {}, {}, {}
    for f in files:
        s = open(os.path.join(SITE, f.lstrip("/")), encoding="utf-8").read()
        src[f] = s
        lp = Links()
        lp.feed(s)
        text[f] = re.sub(r"\s+", " ", "".join(lp.text))
        links[f] = lp.hrefs

    # reachability
    seen, q = {"/index.html"}, deque(["/index.html"])
    while q:
        cur = q.popleft()
        for h in links.get(cur, []):
            if re.match(r"^[a-z]+:", h) or h.startswith("/") or h.startswith("#"):
                continue
            t = posixpath.normpath(posixpath.join(posixpath.dirname(cur), h.split("#")[0]))
            if t in files and t not in seen:
                seen.add(t)
                q.append(t)
    for f in sorted(files - seen):
        err("unreachable from index: " + f)

    # identifiers
    owner = defaultdict(set)
    op_pages = defaultdict(list)
    for p in truth["pages"]:
        path = p["path"]
        s = src.get(path, "")
        if p["is_offer"]:
            if not p["operator"] or not p["provider"]:
                err("offer without operator/provider: " + path)
            op_pages[p["operator"]].append(p)
        else:
            if p["operator"] is not None or p["identifiers"]:
                err("non-offer with operator/identifiers: " + path)
        for kind, value, raw in p["identifiers"]:
            if raw not in s and raw not in htmlmod.unescape(s) and raw not in text.get(path, ""):
                err("%s: written form %r not on page" % (path, raw))
            ok = True
            if kind == "phone":
                ok = phone_norm(raw) == value
            elif kind in ("qq", "qq_group"):
                ok = digits(raw) == value
            elif kind == "email":
                ok = email_norm(raw) == value and value == value.lower()
            elif kind == "wechat":
                ok = value == value.lower() and value in raw.lower()
            elif kind == "uscc":
                ok = uscc_ok(value) and raw == value
            elif kind == "domain":
                ok = value == value.lower() and value in raw.lower()
            elif kind == "other":
                ok = value in raw
            else:
                ok = False
            if not ok:
                err("%s: %s %r does not normalise from %r" % (path, kind, value, raw))
            if p["operator"]:
                owner[(kind, value)].add(p["operator"])
    for k, ops in owner.items():
        if len(ops) > 1:
            err("identifier %r shared across operators %s" % (k, sorted(ops)))

    ops = truth["operators"]
    if set(ops) != set(op_pages):
        err("operators dict != operators used: %s vs %s" % (sorted(ops), sorted(op_pages)))
    nU = nI = 0
    for op, pl in op_pages.items():
        if op.startswith("U"):
            nU += 1
            if not 3 <= len(pl) <= 4:
                err("%s has %d pages" % (op, len(pl)))
            sets = [set((k, v) for k, v, _ in p["identifiers"]) for p in pl]
            common = set.intersection(*sets)
            if common:
                err("%s: identifier on every page %s" % (op, common))
            # connectivity
            comp, todo = {0}, [0]
            while todo:
                i = todo.pop()
                for j in range(len(pl)):
                    if j not in comp and sets[i] & sets[j]:
                        comp.add(j)
                        todo.append(j)
            if len(comp) != len(pl):
                err("%s pages not connected by shared identifiers" % op)
            brands = set(p["provider"] for p in pl)
            if not 2 <= len(brands) <= 4:
                err("%s brand count %d" % (op, len(brands)))
        elif op.startswith("I"):
            nI += 1
            if len(pl) != 1:
                err("%s has %d pages" % (op, len(pl)))
        else:
            err("bad operator id " + op)

    # a seller identifier must not occur on another operator's page
    for p in truth["pages"]:
        for kind, value, _ in p["identifiers"]:
            for q, s in src.items():
                if pages.get(q, {}).get("operator") == p["operator"]:
                    continue
                if kind == "phone":
                    hit = value.replace("+86", "") in digits(s)
                else:
                    hit = value.lower() in s.lower()
                if hit:
                    err("%s %s of %s also on %s" % (kind, value, p["operator"], q))

    # decoys
    seller_vals = set(v for (_, v) in owner)
    for d in truth["decoys"]:
        if not d["paths"]:
            err("decoy without paths: %s" % d["value"])
        if d["value"] in seller_vals:
            err("decoy value is also a seller identifier: %s" % d["value"])
        for path in d["paths"]:
            s = src.get(path, "")
            if d["kind"] == "phone":
                dv = d["value"].replace("+86", "")
                hit = dv in digits(s) or ("0" + dv) in digits(s)
            else:
                hit = d["value"].lower() in s.lower()
            if not hit:
                err("decoy %s not on %s" % (d["value"], path))
    multi = [d for d in truth["decoys"] if len(d["paths"]) > 1]

    offers = sum(1 for p in truth["pages"] if p["is_offer"])
    print("pages=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d (multi-page decoys=%d)" % (
        len(files), offers, len(files) - offers, nU, nI, len(truth["decoys"]), len(multi)))
    if ERR:
        print("FAIL")
        for e in ERR:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
