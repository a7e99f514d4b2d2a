#!/usr/bin/env python3
"""Verify truth.json against site/.  Exit non-zero on any failure."""
import json
import os
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
ERR = []


def fail(msg):
    ERR.append(msg)


def uscc_ok(u):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", u):
        return False
    W = [pow(3, i, 31) for i in range(17)]
    s = sum(ALPH.index(c) * W[i] for i, c in enumerate(u[:17]))
    r = 31 - s % 31
    return ALPH[0 if r == 31 else r] == u[17]


NORM = {
    "phone": r"\+861\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|12\d{3}",
    "wechat": r"[a-z][a-z0-9_-]{5,19}",
    "qq": r"[1-9]\d{4,10}",
    "qq_group": r"[1-9]\d{4,10}",
    "email": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}",
    "uscc": None,
    "domain": r"[a-z0-9.-]+\.[a-z]{2,}",
    "other": r".+",
}


def occurs(w, text):
    i = text.find(w)
    while i >= 0:
        before = text[i - 1] if i > 0 else ""
        after = text[i + len(w)] if i + len(w) < len(text) else ""
        if not (w[0].isdigit() and before.isdigit()) and not (w[-1].isdigit() and after.isdigit()):
            return True
        i = text.find(w, i + 1)
    return False


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v and v.startswith("/"):
                    self.links.append(v.split("#")[0])


def value_ok(kind, value, decoy=False):
    if kind not in NORM:
        return False
    if kind == "uscc":
        return uscc_ok(value)
    if kind == "phone" and decoy and re.fullmatch(r"1\d{4}", value):
        return True
    if kind == "wechat" and re.fullmatch(r"\d{5,11}", value):
        return True
    return re.fullmatch(NORM[kind], value) is not None


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    html = {}
    for root, _d, files in os.walk(SITE):
        for f in files:
            if f.endswith(".html"):
                fp = os.path.join(root, f)
                html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()
    if not os.path.exists(os.path.join(SITE, "robots.txt")):
        fail("robots.txt missing")
    elif "Disallow: /\n" in open(os.path.join(SITE, "robots.txt")).read():
        fail("robots.txt disallows")

    pages = truth["pages"]
    paths = [p["path"] for p in pages]
    if len(paths) != len(set(paths)):
        fail("duplicate pages in truth")
    if set(paths) != set(html):
        fail("truth/site mismatch: %s" % sorted(set(paths) ^ set(html)))

    # reachability from /index.html
    seen, todo = set(), ["/index.html"]
    while todo:
        p = todo.pop()
        if p in seen or p not in html:
            continue
        seen.add(p)
        lp = Links()
        lp.feed(html[p])
        todo.extend(lp.links)
    if seen != set(html):
        fail("unreachable: %s" % sorted(set(html) - seen))

    # style count from root navigation page
    styles = set(re.findall(r"（([a-z-]+)）</a>", html.get("/index.html", "")))

    owner_of = {}
    id_owner = defaultdict(set)
    op_pages = defaultdict(list)
    n_ids = 0
    for p in pages:
        text = html.get(p["path"], "")
        owner_of[p["path"]] = p["operator"]
        if not p["is_offer"] and p["operator"] is not None:
            fail("non-offer with operator: " + p["path"])
        if p["is_offer"] and not p["operator"]:
            fail("offer without operator: " + p["path"])
        if p["is_offer"] and not p["identifiers"]:
            fail("offer without identifiers: " + p["path"])
        if p["operator"]:
            op_pages[p["operator"]].append(p)
        for kind, value, written in p["identifiers"]:
            n_ids += 1
            if not value_ok(kind, value):
                fail("bad value %s %s on %s" % (kind, value, p["path"]))
            if written not in text:
                fail("written form %r not on %s" % (written, p["path"]))
            id_owner[(kind, value)].add(p["operator"])

    # identifiers never shared across owners
    for key, owners in id_owner.items():
        if len(owners) > 1:
            fail("identifier %s shared by %s" % (key, owners))

    us = sorted(k for k in op_pages if k.startswith("U"))
    inds = sorted(k for k in op_pages if k.startswith("I"))
    if us != ["U%02d" % i for i in range(1, 10)]:
        fail("operators: %s" % us)
    if inds != ["I%02d" % i for i in range(1, 7)]:
        fail("independents: %s" % inds)
    for u in us:
        ps = op_pages[u]
        if not 3 <= len(ps) <= 4:
            fail("%s has %d pages" % (u, len(ps)))
        if len({p["path"].split("/")[1] for p in ps}) < 2:
            fail("%s on one site only" % u)
        # connectivity through shared identifiers
        sets = [{(k, v) for k, v, _w in p["identifiers"]} for p in ps]
        comp, grow = {0}, True
        while grow:
            grow = False
            for i in range(len(ps)):
                if i not in comp and any(sets[i] & sets[j] for j in comp):
                    comp.add(i)
                    grow = True
        if len(comp) != len(ps):
            fail("%s pages not linked by shared identifiers" % u)
        op = truth["operators"].get(u)
        if not op:
            fail("%s missing in operators" % u)
        else:
            allids = set().union(*sets)
            if {tuple(x) for x in op["identifiers"]} != allids:
                fail("%s operator identifiers differ from pages" % u)
            if set(op["brands"]) != {p["provider"] for p in ps}:
                fail("%s brands differ" % u)
    for i in inds:
        if len(op_pages[i]) != 1:
            fail("%s has %d pages" % (i, len(op_pages[i])))
    if set(truth["operators"]) != set(us):
        fail("operators block keys: %s" % sorted(truth["operators"]))

    # decoys
    all_id_values = {v for (_k, v) in id_owner}
    for d in truth["decoys"]:
        if not value_ok(d["kind"], d["value"], decoy=True):
            fail("bad decoy value %s %s" % (d["kind"], d["value"]))
        if d["value"] in all_id_values:
            fail("decoy %s is also an identifier" % d["value"])
        if len(d["pages"]) < 2:
            fail("decoy %s on <2 pages" % d["value"])
        owners = {owner_of.get(p, "?") for p in d["pages"]}
        if len(owners) < 2:
            fail("decoy %s not on pages of different owners" % d["value"])
        for p in d["pages"]:
            if p not in html:
                fail("decoy page %s missing" % p)
            elif not any(occurs(w, html[p]) for w in d["written"]):
                fail("decoy %s not on %s" % (d["value"], p))
        for path, text in html.items():
            if path not in d["pages"] and any(occurs(w, text) for w in d["written"]):
                fail("decoy %s also on unlisted page %s" % (d["value"], path))

    n = len(pages)
    offers = sum(1 for p in pages if p["is_offer"])
    if not 48 <= n <= 56:
        fail("page count %d" % n)
    if not 8 <= len(styles) <= 11:
        fail("style count %d" % len(styles))
    if not 35 <= offers <= 39:
        fail("offer count %d" % offers)
    if len(truth["decoys"]) < 18:
        fail("decoys %d" % len(truth["decoys"]))

    print("pages=%d styles=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d identifiers=%d"
          % (n, len(styles), offers, n - offers, len(us), len(inds), len(truth["decoys"]), n_ids))
    for e in ERR:
        print("FAIL:", e)
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
