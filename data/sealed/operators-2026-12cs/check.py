#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure."""
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []


def fail(msg):
    errors.append(msg)


def uscc_ok(u):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", u):
        return False
    r = 31 - sum(ALPH.index(c) * w for c, w in zip(u[:17], WTS)) % 31
    return u[17] == ALPH[0 if r == 31 else r]


def value_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|1\d{4}", v))
    if kind in ("wechat", "qq", "email", "domain", "qq_group"):
        if v != v.lower():
            return False
        if kind in ("qq", "qq_group"):
            return v.isdigit()
        if kind == "email":
            return bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", v))
        if kind == "domain":
            return bool(re.fullmatch(r"[a-z0-9.-]+\.[a-z]+", v))
        return True
    if kind == "uscc":
        return uscc_ok(v)
    return bool(v)


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v and not v.startswith(("tel:", "http", "mailto:")):
                    self.links.append(v)


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    html = {}
    for root, _, files in os.walk(SITE):
        for fn in files:
            if fn.endswith(".html"):
                fp = os.path.join(root, fn)
                html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()
    if not os.path.isfile(os.path.join(SITE, "robots.txt")):
        fail("robots.txt missing")
    paths = [p["path"] for p in truth["pages"]]
    if len(paths) != len(set(paths)):
        fail("duplicate pages in truth")
    if set(paths) != set(html):
        fail("truth/site mismatch: %s" % sorted(set(paths) ^ set(html)))
    byp = {p["path"]: p for p in truth["pages"]}

    # reachability from /index.html
    seen, todo = set(), ["/index.html"]
    while todo:
        cur = todo.pop()
        if cur in seen or cur not in html:
            continue
        seen.add(cur)
        lp = Links()
        lp.feed(html[cur])
        base = cur.rsplit("/", 1)[0]
        for href in lp.links:
            parts = (base + "/" + href).split("/")
            out = []
            for x in parts:
                if x == "..":
                    out.pop()
                elif x and x != ".":
                    out.append(x)
            todo.append("/" + "/".join(out))
    if seen != set(html):
        fail("unreachable pages: %s" % sorted(set(html) - seen))

    owner_of_value = {}
    owner = lambda p: p["operator"] or ("page:" + p["path"])
    for p in truth["pages"]:
        if not p["is_offer"] and p["operator"] is not None:
            fail("non-offer with operator: " + p["path"])
        if p["is_offer"] and (not p["operator"] or not p["provider"]):
            fail("offer without operator/provider: " + p["path"])
        if p["is_offer"] and not p["identifiers"]:
            fail("offer without identifiers: " + p["path"])
        for kind, value, written in p["identifiers"]:
            if kind not in KINDS:
                fail("bad kind %s on %s" % (kind, p["path"]))
            if not value_ok(kind, value):
                fail("bad value %s %s on %s" % (kind, value, p["path"]))
            if written not in html.get(p["path"], ""):
                fail("written form %r not on %s" % (written, p["path"]))
            if p["is_offer"]:
                owner_of_value.setdefault((kind, value), set()).add(p["operator"])
    for kv, owners in owner_of_value.items():
        if len(owners) > 1:
            fail("identifier %s shared by %s" % (kv, sorted(owners)))

    offers = [p for p in truth["pages"] if p["is_offer"]]
    ops = {}
    for p in offers:
        ops.setdefault(p["operator"], []).append(p)
    U = sorted(k for k in ops if k.startswith("U"))
    I = sorted(k for k in ops if k.startswith("I"))
    if U != ["U%02d" % i for i in range(1, 10)]:
        fail("operators: %s" % U)
    if I != ["I%02d" % i for i in range(1, 7)]:
        fail("independents: %s" % I)
    for k in I:
        if len(ops[k]) != 1:
            fail("%s has %d pages" % (k, len(ops[k])))
    for k in U:
        pg = ops[k]
        if not 3 <= len(pg) <= 4:
            fail("%s has %d pages" % (k, len(pg)))
        sites = {q["path"].split("/")[1] for q in pg}
        if len(sites) < 2:
            fail("%s on one site only" % k)
        # connectivity via shared identifier values
        sets = [{(a, b) for a, b, _ in q["identifiers"]} for q in pg]
        comp, grow = {0}, True
        while grow:
            grow = False
            for i in range(len(pg)):
                if i not in comp and any(sets[i] & sets[j] for j in comp):
                    comp.add(i)
                    grow = True
        if len(comp) != len(pg):
            fail("%s pages not connected by shared identifiers" % k)
        for q, s in zip(pg, sets):
            if not any(s & t for t in sets if t is not s):
                fail("%s page %s shares nothing" % (k, q["path"]))
        top = truth["operators"].get(k)
        if not top:
            fail("operator %s missing in operators" % k)
        else:
            allids = set().union(*sets)
            if {tuple(x) for x in top["identifiers"]} != allids:
                fail("operators[%s].identifiers mismatch" % k)
            if set(top["brands"]) != {q["provider"] for q in pg}:
                fail("operators[%s].brands mismatch" % k)

    seller_vals = set(owner_of_value)
    dkinds = set()
    for d in truth["decoys"]:
        if (d["kind"], d["value"]) in seller_vals:
            fail("decoy %s is also a seller identifier" % d["value"])
        if not value_ok(d["kind"], d["value"]):
            fail("bad decoy value %s" % d["value"])
        if len(d["pages"]) < 2:
            fail("decoy %s on <2 pages" % d["value"])
        for pth in d["pages"]:
            if pth not in html or not any(w in html[pth] for w in d["written"]):
                fail("decoy %s not on %s" % (d["value"], pth))
        offer_owners = {byp[x]["operator"] for x in d["pages"] if byp[x]["is_offer"]}
        if len({owner(byp[x]) for x in d["pages"]}) < 2:
            fail("decoy %s not on pages of different owners" % d["value"])
        dkinds.add(d["kind"])
        # written decoy must not hide inside a seller's written identifier
        for p in offers:
            for kind, value, written in p["identifiers"]:
                for w in d["written"]:
                    if w in written:
                        fail("decoy %r inside identifier %r on %s" % (w, written, p["path"]))
    if len(truth["decoys"]) < 18:
        fail("only %d decoys" % len(truth["decoys"]))
    multi_seller = sum(1 for d in truth["decoys"]
                       if len({byp[x]["operator"] for x in d["pages"] if byp[x]["is_offer"]}) >= 2)

    n = len(html)
    styles = set()
    for p in paths:
        if p != "/index.html":
            styles.add(p.split("/")[1])
    if not 48 <= n <= 56:
        fail("page count %d" % n)
    if not 33 <= len(offers) <= 40:
        fail("offer count %d" % len(offers))

    for e in errors:
        print("FAIL:", e)
    print("pages=%d offers=%d non_offers=%d sites=%d operators=%d (pages %d) independents=%d decoys=%d "
          "decoys_across_sellers=%d decoy_kinds=%s" % (
              n, len(offers), n - len(offers), len(styles), len(U), sum(len(ops[k]) for k in U), len(I),
              len(truth["decoys"]), multi_seller, ",".join(sorted(dkinds))))
    print("OK" if not errors else "FAILED (%d)" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
