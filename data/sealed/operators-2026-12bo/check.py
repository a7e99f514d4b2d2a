#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any problem."""
import json
import os
import re
import sys
from collections import deque
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(m):
    ERR.append(m)


class P(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.links = [], []

    def handle_data(self, d):
        self.parts.append(d)

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.links.append(v)


def parse(path):
    with open(os.path.join(SITE, path.lstrip("/")), encoding="utf-8") as f:
        p = P()
        p.feed(f.read())
    return "\n".join(p.parts), p.links


def occurs(form, text):
    pat = re.escape(form)
    if form[0].isalnum():
        pat = r"(?<![0-9A-Za-z_.])" + pat
    if form[-1].isalnum():
        pat = pat + r"(?![0-9A-Za-z_])"
    return re.search(pat, text) is not None


CN = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
      "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def digits(s):
    out = []
    for c in s:
        if "０" <= c <= "９":
            c = chr(ord(c) - 0xFEE0)
        c = CN.get(c, c)
        if c.isdigit():
            out.append(c)
    return "".join(out)


def norm(kind, w):
    if kind == "phone":
        d = digits(w)
        if len(d) == 13 and d.startswith("86"):
            d = d[2:]
        if len(d) == 11 and d.startswith("1"):
            return "+86" + d
        if d.startswith("0") and len(d) >= 10:
            a = 3 if d[1] in "12" else 4
            return d[:a] + "-" + d[a:]
        return d
    if kind in ("qq", "qq_group"):
        return digits(w)
    if kind == "wechat":
        return w.lower()
    if kind == "email":
        s = w.lower().replace("＠", "@").replace(" at ", "@").replace("(at)", "@").replace("#", "@")
        return s.replace(" dot ", ".").replace("点", ".").replace(" ", "")
    if kind == "domain":
        s = w.lower().replace("点", ".").replace(" ", "")
        return s[4:] if s.startswith("www.") else s
    if kind == "uscc":
        return w.replace(" ", "").upper()
    return w


A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(A.index(x) * w for x, w in zip(c, W)) % 31
    if A[0 if r == 31 else r] != c[17]:
        return False
    t = sum((int(x) if x.isdigit() else ord(x) - 55) * w for x, w in zip(c[8:16], [3, 7, 9, 10, 5, 8, 4, 2]))
    k = 11 - t % 11
    return ("X" if k == 10 else "0" if k == 11 else str(k)) == c[16]


def main():
    with open(os.path.join(HERE, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    pages = {p["path"]: p for p in truth["pages"]}
    if len(pages) != len(truth["pages"]):
        err("duplicate page paths in truth")

    html_files = set()
    for root, _, files in os.walk(SITE):
        for fn in files:
            if fn.endswith(".html"):
                html_files.add("/" + os.path.relpath(os.path.join(root, fn), SITE).replace(os.sep, "/"))
    if not os.path.exists(os.path.join(SITE, "robots.txt")):
        err("robots.txt missing")
    for pa in sorted(set(pages) - html_files):
        err("truth page missing on disk: " + pa)
    for pa in sorted(html_files - set(pages)):
        err("html page not in truth: " + pa)

    texts, links = {}, {}
    for pa in sorted(html_files):
        texts[pa], links[pa] = parse(pa)

    # reachability
    seen, q = {"/index.html"}, deque(["/index.html"])
    while q:
        cur = q.popleft()
        for h in links.get(cur, []):
            h = h.split("#")[0]
            if h.startswith("/") and h in html_files and h not in seen:
                seen.add(h)
                q.append(h)
    for pa in sorted(html_files - seen):
        err("unreachable from /index.html: " + pa)
    for pa, ls in links.items():
        for h in ls:
            if h.startswith("/") and h.split("#")[0] not in html_files:
                err("broken link %s -> %s" % (pa, h))

    # pages and identifiers
    kinds = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
    owner = {}
    for pa, p in pages.items():
        op = p["operator"]
        if p["is_offer"]:
            if not (op and re.fullmatch(r"[UI]0[1-9]", op)):
                err("bad operator on offer " + pa)
            if not p["identifiers"]:
                err("offer without identifiers " + pa)
        elif op is not None:
            err("non-offer with operator " + pa)
        for kind, val, written in p["identifiers"]:
            if kind not in kinds:
                err("bad kind %s on %s" % (kind, pa))
            if pa in texts and not occurs(written, texts[pa]):
                err("identifier %r not written on %s" % (written, pa))
            if norm(kind, written) != val:
                err("written %r does not normalise to %r (%s) on %s" % (written, val, norm(kind, written), pa))
            if kind == "phone" and not re.fullmatch(r"\+861\d{10}|0\d{2,3}-\d{7,8}", val):
                err("phone value not normalised: %s" % val)
            if kind in ("wechat", "email", "domain") and val != val.lower():
                err("value not lower-case: %s" % val)
            if kind == "uscc" and not uscc_ok(val):
                err("invalid USCC %s" % val)
            owner.setdefault((kind, val), set()).add(op)

    for key, ops in owner.items():
        if len(ops) > 1:
            err("identifier %s shared by several operators: %s" % (key, sorted(ops)))

    # every written form of an operator must not appear on pages of other operators
    for pa, p in pages.items():
        for kind, val, written in p["identifiers"]:
            for pb, t in texts.items():
                o = pages.get(pb, {}).get("operator")
                if o != p["operator"] and occurs(written, t):
                    err("identifier form %r of %s also on %s" % (written, p["operator"], pb))

    # operators: 3-4 pages, 3-4 brands, each page shares an id with another page, connected
    by_op = {}
    for pa, p in pages.items():
        if p["operator"]:
            by_op.setdefault(p["operator"], []).append(p)
    uops = sorted(o for o in by_op if o.startswith("U"))
    iops = sorted(o for o in by_op if o.startswith("I"))
    if uops != ["U%02d" % i for i in range(1, 10)]:
        err("operators U01-U09 expected, got %s" % uops)
    if iops != ["I%02d" % i for i in range(1, 7)]:
        err("independents I01-I06 expected, got %s" % iops)
    for o in iops:
        if len(by_op[o]) != 1:
            err("independent %s must have one page" % o)
    truth_ops = dict((o, d) for o, d in truth["operators"])
    for o in uops:
        ps = by_op[o]
        if not 3 <= len(ps) <= 4:
            err("%s has %d pages" % (o, len(ps)))
        brands = {p["provider"] for p in ps}
        if not 3 <= len(brands) <= 4:
            err("%s has %d brands" % (o, len(brands)))
        if sorted(truth_ops.get(o, {}).get("brands", [])) != sorted(brands):
            err("%s brands in operators list differ" % o)
        sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
        for i, s in enumerate(sets):
            if not any(s & t for j, t in enumerate(sets) if j != i):
                err("%s page %s shares no identifier" % (o, ps[i]["path"]))
        comp, todo = {0}, [0]
        while todo:
            i = todo.pop()
            for j in range(len(sets)):
                if j not in comp and sets[i] & sets[j]:
                    comp.add(j)
                    todo.append(j)
        if len(comp) != len(sets):
            err("%s pages not connected by identifiers" % o)
        sites = {p["path"].split("/")[1] for p in ps}
        if len(sites) < 3:
            err("%s spread over fewer than 3 site styles" % o)

    # decoys
    op_vals = set(owner)
    for d in truth["decoys"]:
        if (d["kind"], d["value"]) in op_vals:
            err("decoy %s is also an operator identifier" % d["value"])
        if len(d["paths"]) < 2:
            err("decoy %s on fewer than 2 pages" % d["value"])
        groups = set()
        for pa in d["paths"]:
            if pa not in texts:
                err("decoy %s: page missing %s" % (d["value"], pa))
                continue
            if not any(occurs(w, texts[pa]) for w in d["written"]):
                err("decoy %s not on %s" % (d["value"], pa))
            op = pages[pa]["operator"]
            groups.add(op if op else "non-offer:" + pa)
        if len(groups) < 2:
            err("decoy %s does not span different operators/non-offers" % d["value"])
        for w in d["written"]:
            if norm(d["kind"], w) != d["value"] and d["kind"] != "other":
                err("decoy written %r does not normalise to %r" % (w, d["value"]))
        if d["kind"] == "uscc" and not uscc_ok(d["value"]):
            err("decoy USCC invalid")

    n_off = sum(p["is_offer"] for p in pages.values())
    n_non = len(pages) - n_off
    if not 48 <= len(pages) <= 56:
        err("page count %d" % len(pages))
    if n_non < 11:
        err("too few non-offers")
    if len(truth["decoys"]) < 18:
        err("too few decoys")
    print("pages %d, offers %d, non-offers %d, operators %d, independents %d, decoys %d"
          % (len(pages), n_off, n_non, len(uops), len(iops), len(truth["decoys"])))
    if ERR:
        for e in ERR:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
