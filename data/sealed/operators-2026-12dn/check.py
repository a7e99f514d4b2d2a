#!/usr/bin/env python3
"""Verify truth.json against site/.  Exits non-zero on any failure; prints the counts."""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", c):
        return False
    t = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18))
    r = 31 - t % 31
    return c[17] == ALPHA[0 if r == 31 else r]


def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|1\d{4}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind == "uscc":
        return uscc_ok(v)
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    return True


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
    text = {k: html.unescape(v) for k, v in files.items()}
    if not os.path.isfile(os.path.join(SITE, "robots.txt")):
        err("robots.txt missing")

    pages = {p["path"]: p for p in truth["pages"]}
    if set(pages) != set(files):
        err("pages in truth vs site differ: %s" % sorted(set(pages) ^ set(files)))

    # reachability from the hub
    seen, todo = set(), ["/index.html"]
    while todo:
        cur = todo.pop()
        if cur in seen or cur not in files:
            continue
        seen.add(cur)
        lp = Links()
        lp.feed(files[cur])
        base = cur.rsplit("/", 1)[0]
        for h in lp.hrefs:
            if re.match(r"^[a-z]+:", h):
                continue
            parts = (base + "/" + h).split("/")
            out = []
            for x in parts:
                if x == "..":
                    out and out.pop()
                elif x not in ("", "."):
                    out.append(x)
            todo.append("/" + "/".join(out))
    for p in files:
        if p not in seen:
            err("unreachable from hub: " + p)
    hub_links = Links()
    hub_links.feed(files.get("/index.html", ""))
    sites = sorted({p.split("/")[1] for p in files if p.count("/") == 2})
    for s in sites:
        if s + "/index.html" not in hub_links.hrefs:
            err("hub does not link " + s)

    # page identifiers
    by_op = {}
    for path, p in pages.items():
        if not p["is_offer"] and p["operator"] is not None:
            err("non-offer with operator: " + path)
        if p["is_offer"] and not p["operator"]:
            err("offer without operator: " + path)
        for kind, val, written in p["identifiers"]:
            if kind not in KINDS:
                err("bad kind %s on %s" % (kind, path))
            if not norm_ok(kind, val):
                err("bad normalization %s %s on %s" % (kind, val, path))
            if written not in text.get(path, ""):
                err("written form %r not on %s" % (written, path))
        if p["operator"]:
            by_op.setdefault(p["operator"], []).append(p)

    # operators: U0x on 3-4 pages, connected by shared identifiers; I0x on exactly one page
    values_by_page = {path: {(k, v) for k, v, _ in p["identifiers"]} for path, p in pages.items()}
    for op, ps in sorted(by_op.items()):
        if op.startswith("U"):
            if not 3 <= len(ps) <= 4:
                err("%s has %d pages" % (op, len(ps)))
            if op not in truth["operators"]:
                err("operator missing in operators: " + op)
            comp = {ps[0]["path"]}
            grew = True
            while grew:
                grew = False
                for q in ps:
                    if q["path"] not in comp and any(values_by_page[q["path"]] & values_by_page[c] for c in comp):
                        comp.add(q["path"])
                        grew = True
            if len(comp) != len(ps):
                err("%s pages not connected by shared identifiers" % op)
            if len({q["path"].split("/")[1] for q in ps}) < 3:
                err("%s not spread over 3+ sites" % op)
            opids = {tuple(x) for x in truth["operators"][op]["identifiers"]}
            pageids = set().union(*(values_by_page[q["path"]] for q in ps))
            if opids != pageids:
                err("%s operator identifiers differ from its pages" % op)
        elif op.startswith("I"):
            if len(ps) != 1:
                err("%s has %d pages" % (op, len(ps)))
        else:
            err("bad operator id " + op)
    # no identifier value shared across different operators
    owner = {}
    for path, p in pages.items():
        for k, v, _ in p["identifiers"]:
            o = owner.setdefault((k, v), p["operator"])
            if o != p["operator"]:
                err("identifier %s %s shared by %s and %s" % (k, v, o, p["operator"]))

    # decoys
    decoy_values = set()
    for d in truth["decoys"]:
        if d["kind"] not in KINDS:
            err("bad decoy kind " + d["kind"])
        hits = sorted(path for path, t in text.items() if any(w in t for w in d["written"]))
        if hits != sorted(d["pages"]):
            err("decoy %s pages mismatch: %s vs %s" % (d["value"], hits, d["pages"]))
        if len(hits) < 2:
            err("decoy %s appears on fewer than 2 pages" % d["value"])
        for w in d["written"]:
            if not any(w in text[p] for p in d["pages"] if p in text):
                err("decoy written form %r appears nowhere" % w)
        if (d["kind"], d["value"]) in owner:
            err("decoy %s is also a seller identifier" % d["value"])
        decoy_values.add((d["kind"], d["value"]))
        sellers = {pages[p]["operator"] for p in hits if p in pages and pages[p]["operator"]}
        d["_sellers"] = len(sellers)
    # a decoy's written form must not hide inside a seller's written form
    for path, p in pages.items():
        for _, _, written in p["identifiers"]:
            for d in truth["decoys"]:
                for w in d["written"]:
                    if w in written:
                        err("decoy %r inside seller form %r on %s" % (w, written, path))

    n_pages = len(files)
    n_offers = sum(1 for p in pages.values() if p["is_offer"])
    n_sites = len(sites)
    n_ops = len([o for o in by_op if o.startswith("U")])
    n_ind = len([o for o in by_op if o.startswith("I")])
    n_dec = len(truth["decoys"])
    cross = sum(1 for d in truth["decoys"] if d["_sellers"] >= 2)
    if not 48 <= n_pages <= 56:
        err("page count %d" % n_pages)
    if not 8 <= n_sites <= 11:
        err("site count %d" % n_sites)
    if not 34 <= n_offers <= 40:
        err("offer count %d" % n_offers)
    if n_ops != 9 or n_ind != 6:
        err("operators %d independents %d" % (n_ops, n_ind))
    if n_dec < 18:
        err("decoys %d" % n_dec)
    print("pages=%d sites=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d "
          "decoys_spanning_2plus_sellers=%d" % (n_pages, n_sites, n_offers, n_pages - n_offers,
                                                n_ops, n_ind, n_dec, cross))
    for e in errors:
        print("FAIL:", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
