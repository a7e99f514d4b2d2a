#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    tot = sum(ALPH.index(ch) * pow(3, i, 31) for i, ch in enumerate(c[:17]))
    r = 31 - tot % 31
    return ALPH[0 if r == 31 else r] == c[17]


NORM = {
    "phone": lambda v: re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v),
    "wechat": lambda v: v == v.lower() and re.fullmatch(r"[a-z][a-z0-9_-]{3,30}", v),
    "qq": lambda v: re.fullmatch(r"[1-9]\d{4,11}", v),
    "qq_group": lambda v: re.fullmatch(r"[1-9]\d{4,11}", v),
    "email": lambda v: v == v.lower() and "@" in v,
    "uscc": uscc_ok,
    "domain": lambda v: v == v.lower() and "." in v and "/" not in v,
    "other": lambda v: bool(v),
}


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v and v.startswith("/"):
                    self.links.append(v.split("#")[0])


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    html = {}
    for root, _d, files in os.walk(SITE):
        for fn in files:
            if fn.endswith(".html"):
                fp = os.path.join(root, fn)
                html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()
    robots = os.path.join(SITE, "robots.txt")
    if not os.path.exists(robots) or "Disallow: /\n" in open(robots).read():
        err("robots.txt missing or disallows")

    pages = {p["path"]: p for p in truth["pages"]}
    for path in pages:
        if path not in html:
            err("missing page " + path)
    for path in html:
        if path not in pages:
            err("page not in truth " + path)

    # reachability from hub
    seen, todo = set(), ["/index.html"]
    while todo:
        p = todo.pop()
        if p in seen or p not in html:
            continue
        seen.add(p)
        lp = Links()
        lp.feed(html[p])
        todo.extend(lp.links)
    for path in html:
        if path not in seen:
            err("unreachable from hub: " + path)
    hub_links = Links()
    hub_links.feed(html.get("/index.html", ""))
    sites = sorted({p.split("/")[1] for p in html if p.count("/") == 2})
    for s in sites:
        if "/%s/index.html" % s not in hub_links.links:
            err("hub does not link index of " + s)

    # page identifiers
    ops_pages = {}
    for p in truth["pages"]:
        op = p["operator"]
        if p["is_offer"] and not op:
            err("offer without operator " + p["path"])
        if not p["is_offer"] and (op or p["identifiers"]):
            err("non-offer with operator/identifiers " + p["path"])
        if op:
            ops_pages.setdefault(op, []).append(p["path"])
        h = html.get(p["path"], "")
        for kind, value, written in p["identifiers"]:
            if kind not in NORM or not NORM[kind](value):
                err("bad normalization %s %s on %s" % (kind, value, p["path"]))
            if written not in h:
                err("written form %r not on %s" % (written, p["path"]))

    # operators
    for op, d in truth["operators"].items():
        pl = ops_pages.get(op, [])
        if not 3 <= len(pl) <= 4:
            err("%s has %d pages" % (op, len(pl)))
        if len({x.split("/")[1] for x in pl}) < 2:
            err(op + " not on different sites")
        page_ids = {(k, v) for x in pl for k, v, _w in pages[x]["identifiers"]}
        if {tuple(i) for i in d["identifiers"]} != page_ids:
            err(op + " identifiers differ from its pages")
        # connectivity through shared identifiers
        comp, stack = set(), [pl[0]] if pl else []
        while stack:
            a = stack.pop()
            if a in comp:
                continue
            comp.add(a)
            ia = {(k, v) for k, v, _w in pages[a]["identifiers"]}
            for b in pl:
                if b not in comp and ia & {(k, v) for k, v, _w in pages[b]["identifiers"]}:
                    stack.append(b)
        if comp != set(pl):
            err(op + " pages not connected by shared identifiers")
    indep = sorted(o for o in ops_pages if o.startswith("I"))
    for o in indep:
        if len(ops_pages[o]) != 1:
            err(o + " must have exactly one page")
    if sorted(truth["operators"]) != ["U0%d" % i for i in range(1, 10)]:
        err("operators must be U01..U09")

    # no seller identifier value leaks onto another seller's offer page
    owner = {}
    for p in truth["pages"]:
        for k, v, w in p["identifiers"]:
            owner.setdefault((k, v), set()).add(p["operator"])
    for (k, v), os_ in owner.items():
        if len(os_) > 1:
            err("identifier %s %s shared by %s" % (k, v, sorted(os_)))
    all_written = {}
    for p in truth["pages"]:
        for k, v, w in p["identifiers"]:
            all_written.setdefault(w, set()).add(p["operator"])
    for w, os_ in all_written.items():
        for p in truth["pages"]:
            if p["is_offer"] and p["operator"] not in os_ and w in html.get(p["path"], ""):
                err("written form %r of %s appears on %s (%s)" % (w, sorted(os_), p["path"], p["operator"]))

    # decoys
    dk = set()
    for d in truth["decoys"]:
        dk.add(d["kind"])
        if d["kind"] not in NORM or not NORM[d["kind"]](d["value"]):
            err("bad decoy normalization %s" % d["value"])
        scan = sorted(x for x, h in html.items() if any(w in h for w in d["written"]))
        if sorted(d["pages"]) != scan:
            err("decoy %s pages differ from scan" % d["value"])
        for w in d["written"]:
            if not any(w in html.get(x, "") for x in d["pages"]):
                err("decoy written %r not on any of its pages" % w)
        for x in d["pages"]:
            if not any(w in html.get(x, "") for w in d["written"]):
                err("decoy %s not on %s" % (d["value"], x))
        sellers = {pages[x]["operator"] for x in d["pages"] if x in pages and pages[x]["is_offer"]}
        if len(sellers) < 2:
            err("decoy %s appears on fewer than two sellers' pages" % d["value"])
        if (d["kind"], d["value"]) in owner:
            err("decoy %s is also a seller identifier" % d["value"])
    missing_kinds = set(NORM) - dk
    if missing_kinds:
        err("decoy kinds missing: %s" % sorted(missing_kinds))

    n_pages = len(truth["pages"])
    n_offer = sum(p["is_offer"] for p in truth["pages"])
    if not 48 <= n_pages <= 56:
        err("page count %d" % n_pages)
    if not 34 <= n_offer <= 40:
        err("offer count %d" % n_offer)
    if not 8 <= len(sites) <= 11:
        err("site count %d" % len(sites))
    if len(indep) != 6:
        err("independents %d" % len(indep))
    if len(truth["decoys"]) < 18:
        err("decoys %d" % len(truth["decoys"]))

    print("pages=%d offers=%d non_offers=%d sites=%d operators=%d operator_pages=%d independents=%d decoys=%d errors=%d"
          % (n_pages, n_offer, n_pages - n_offer, len(sites), len(truth["operators"]),
             sum(len(ops_pages.get(o, [])) for o in truth["operators"]), len(indep), len(truth["decoys"]), len(errors)))
    for e in errors:
        print("FAIL:", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
