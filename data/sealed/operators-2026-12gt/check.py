#!/usr/bin/env python3
"""Verify truth.json against site/.  Exits non-zero on any failure; prints the counts."""
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []


def fail(msg):
    errors.append(msg)


def uscc_ok(s):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", s):
        return False
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(s[:17], WEIGHTS)) % 31
    return ALPHA[0 if r == 31 else r] == s[17]


def value_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    if kind == "uscc":
        return uscc_ok(v)
    return bool(v)


def written_re(w):
    return re.compile(r"(?<![0-9A-Za-z_]){}(?![0-9A-Za-z_])".format(re.escape(w)))


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
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    files = {}
    for root, _, names in os.walk(SITE):
        for n in names:
            if n.endswith(".html"):
                full = os.path.join(root, n)
                files["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = open(full, encoding="utf-8").read()
    robots = os.path.join(SITE, "robots.txt")
    if not os.path.exists(robots) or "Disallow: /\n" in open(robots).read():
        fail("robots.txt missing or disallows")
    if "/index.html" not in files:
        fail("hub missing")

    # reachability from hub
    seen, todo = set(), ["/index.html"]
    while todo:
        p = todo.pop()
        if p in seen or p not in files:
            continue
        seen.add(p)
        lp = Links()
        lp.feed(files[p])
        for h in lp.hrefs:
            h = h.split("#")[0]
            if not h or "://" in h:
                continue
            tgt = os.path.normpath(os.path.join(os.path.dirname(p), h)).replace(os.sep, "/")
            if tgt in files:
                todo.append(tgt)
    for p in files:
        if p not in seen:
            fail("unreachable from hub: " + p)

    pages = truth["pages"]
    paths = [p["path"] for p in pages]
    if sorted(paths) != sorted(files):
        fail("truth pages != html files: %s" % sorted(set(paths) ^ set(files)))
    sites = {p.split("/")[1] for p in files if p != "/index.html"}

    owner_of = {}   # (kind, value) -> set(operator)
    op_pages = {}
    for p in pages:
        if p["path"] not in files:
            fail("missing " + p["path"])
            continue
        text = files[p["path"]]
        if p["is_offer"] and not p["operator"]:
            fail("offer without operator " + p["path"])
        if not p["is_offer"] and p["operator"]:
            fail("non-offer with operator " + p["path"])
        for kind, value, w in p["identifiers"]:
            if kind not in KINDS:
                fail("bad kind %s on %s" % (kind, p["path"]))
            if not value_ok(kind, value):
                fail("bad value %s %s" % (kind, value))
            if w not in text:
                fail("written form %r not on %s" % (w, p["path"]))
            if p["operator"]:
                owner_of.setdefault((kind, value), set()).add(p["operator"])
        if p["operator"]:
            op_pages.setdefault(p["operator"], []).append(p)
    for key, owners in owner_of.items():
        if len(owners) > 1:
            fail("identifier %s shared by sellers %s" % (key, sorted(owners)))

    ops = truth["operators"]
    if sorted(ops) != ["U0%d" % i for i in range(1, 10)]:
        fail("operators must be U01..U09")
    for u in ops:
        pl = op_pages.get(u, [])
        if not 3 <= len(pl) <= 4:
            fail("%s has %d pages" % (u, len(pl)))
        if len({p["path"].split("/")[1] for p in pl}) < 2:
            fail("%s on a single site" % u)
        # connectivity through shared identifiers
        comp, stack = set(), [0]
        while stack:
            i = stack.pop()
            if i in comp:
                continue
            comp.add(i)
            ki = {(k, v) for k, v, _ in pl[i]["identifiers"]}
            for j, q in enumerate(pl):
                if j not in comp and ki & {(k, v) for k, v, _ in q["identifiers"]}:
                    stack.append(j)
        if len(comp) != len(pl):
            fail("%s pages not chained by identifiers" % u)
        declared = {tuple(x) for x in ops[u]["identifiers"]}
        used = {(k, v) for p in pl for k, v, _ in p["identifiers"]}
        if declared != used:
            fail("%s identifiers mismatch" % u)
    indep = sorted(o for o in op_pages if o.startswith("I"))
    if indep != ["I0%d" % i for i in range(1, 7)]:
        fail("independents must be I01..I06: %s" % indep)
    for i in indep:
        if len(op_pages[i]) != 1:
            fail("%s has %d pages" % (i, len(op_pages[i])))

    decoys = truth["decoys"]
    seller_vals = set(owner_of)
    for d in decoys:
        if (d["kind"], d["value"]) in seller_vals:
            fail("decoy is a seller identifier: %s" % d["value"])
        if not value_ok(d["kind"], d["value"]):
            fail("bad decoy value %s" % d["value"])
        for p in d["pages"]:
            if p not in files:
                fail("decoy page missing " + p)
            elif not any(w in files[p] for w in d["written"]):
                fail("decoy %s not written on %s" % (d["value"], p))
        scan = sorted(p for p, t in files.items() if any(written_re(w).search(t) for w in d["written"]))
        if scan != sorted(d["pages"]):
            fail("decoy %s pages differ from scan" % d["value"])
    kinds = {d["kind"] for d in decoys}

    n_html = len(files)
    n_offer = sum(1 for p in pages if p["is_offer"])
    counts = dict(pages=n_html, sites=len(sites), offers=n_offer, non_offers=n_html - n_offer,
                  operators=len(ops), operator_pages=sum(len(op_pages[u]) for u in ops if u in op_pages),
                  independents=len(indep), decoys=len(decoys), decoy_kinds=len(kinds))
    if not 48 <= n_html <= 56:
        fail("page count %d" % n_html)
    if not 8 <= len(sites) <= 11:
        fail("site count %d" % len(sites))
    if not 34 <= n_offer <= 40:
        fail("offer count %d" % n_offer)
    if len(decoys) < 18:
        fail("too few decoys")
    if kinds != KINDS:
        fail("decoy kinds missing: %s" % sorted(KINDS - kinds))

    print(" ".join("%s=%d" % kv for kv in counts.items()))
    for e in errors:
        print("FAIL:", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
