#!/usr/bin/env python3
"""Check site/ against truth.json (standard library only). Exit 1 on any failure."""
import json
import os
import posixpath
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(msg):
    ERR.append(msg)


ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18))
    r = 31 - s % 31
    return ALPHA[0 if r == 31 else r] == c[17]


def value_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861[3-9]\d{9}|\+86[1-9]\d{8,10}|[48]00\d{7}|1\d{4}|9\d{4}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower() and v.strip() == v and v
    if kind in ("qq", "qq_group"):
        return bool(re.fullmatch(r"[1-9]\d{4,10}", v))
    if kind == "uscc":
        return uscc_ok(v)
    return kind == "other" and bool(v)


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
    with open(os.path.join(HERE, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    pages = truth["pages"]
    by_path = {p["path"]: p for p in pages}
    if len(by_path) != len(pages):
        err("duplicate paths in truth")

    # files on disk
    on_disk = set()
    for root, _, files in os.walk(SITE):
        for fn in files:
            rp = "/" + os.path.relpath(os.path.join(root, fn), SITE).replace(os.sep, "/")
            if fn.endswith(".html"):
                on_disk.add(rp)
    if not os.path.isfile(os.path.join(SITE, "robots.txt")):
        err("robots.txt missing")
    for p in by_path:
        if p not in on_disk:
            err("page in truth missing on disk: " + p)
    for p in on_disk:
        if p not in by_path:
            err("html page without truth entry: " + p)
    if not 48 <= len(on_disk) <= 56:
        err("page count %d not in 48..56" % len(on_disk))

    text = {}
    for p in on_disk:
        with open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8") as f:
            text[p] = f.read()

    # reachability
    seen, todo = {"/index.html"}, ["/index.html"]
    while todo:
        cur = todo.pop()
        lp = Links()
        lp.feed(text[cur])
        for h in lp.hrefs:
            if re.match(r"^[a-z]+:", h) or h.startswith("#") or h.startswith("/"):
                continue
            h = h.split("#")[0]
            if not h:
                continue
            tgt = posixpath.normpath(posixpath.join(posixpath.dirname(cur), h))
            if tgt in text and tgt not in seen:
                seen.add(tgt)
                todo.append(tgt)
            elif tgt not in text:
                err("broken relative link %s -> %s" % (cur, h))
    for p in on_disk:
        if p not in seen:
            err("not reachable from /index.html: " + p)

    # per-page identifiers
    ops = truth["operators"]
    op_pages = defaultdict(list)
    val_owner = defaultdict(set)
    for e in pages:
        t = text.get(e["path"], "")
        if e["is_offer"]:
            if not e["operator"] or e["operator"] not in ops:
                err("offer without valid operator: " + e["path"])
            if not e["provider"]:
                err("offer without provider: " + e["path"])
            if not e["identifiers"]:
                err("offer without identifiers: " + e["path"])
            op_pages[e["operator"]].append(e)
        else:
            if e["operator"] is not None:
                err("non-offer with operator: " + e["path"])
        for kind, value, written in e["identifiers"]:
            if written not in t:
                err("written form %r not on %s" % (written, e["path"]))
            if not value_ok(kind, value):
                err("bad normalized value %s %r on %s" % (kind, value, e["path"]))
            val_owner[(kind, value)].add(e["operator"])

    for key, owners in val_owner.items():
        if len(owners) > 1:
            err("identifier %r shared across operators %s" % (key, sorted(owners)))

    n_u = n_i = 0
    for oid, plist in op_pages.items():
        if oid.startswith("U"):
            n_u += 1
            if not 3 <= len(plist) <= 4:
                err("%s has %d pages" % (oid, len(plist)))
            sets = [set((k, v) for k, v, _ in e["identifiers"]) for e in plist]
            common = set.intersection(*sets)
            if common:
                err("%s: identifier on every page: %s" % (oid, common))
            # connectivity
            comp = {0}
            changed = True
            while changed:
                changed = False
                for i in range(len(sets)):
                    if i not in comp and any(sets[i] & sets[j] for j in comp):
                        comp.add(i)
                        changed = True
            if len(comp) != len(sets):
                err("%s pages not connected by shared identifiers" % oid)
        elif oid.startswith("I"):
            n_i += 1
            if len(plist) != 1:
                err("%s should have exactly one page" % oid)
        else:
            err("bad operator id " + oid)
    for oid in ops:
        if oid not in op_pages:
            err("operator without pages: " + oid)

    # some ties only through one identifier written differently
    diffwritten = 0
    for oid, plist in op_pages.items():
        forms = defaultdict(set)
        for e in plist:
            for k, v, w in e["identifiers"]:
                forms[(k, v)].add(w)
        diffwritten += sum(1 for f in forms.values() if len(f) > 1)
    if diffwritten < 5:
        err("too few identifiers written differently (%d)" % diffwritten)

    # decoys
    all_ids = {v for (k, v) in val_owner}
    for d in truth["decoys"]:
        if d["value"] in all_ids:
            err("decoy value is also a seller identifier: " + d["value"])
        opset, offer_flags = set(), set()
        for p in d["paths"]:
            if p not in text:
                err("decoy path missing: " + p)
                continue
            if not any(w in text[p] for w in d["written"]):
                err("decoy %s not written on %s" % (d["value"], p))
            opset.add(by_path[p]["operator"])
            offer_flags.add(by_path[p]["is_offer"])
        if len(opset) < 2 and len(offer_flags) < 2 and len(d["paths"]) < 2:
            err("decoy %s does not span pages" % d["value"])

    offers = sum(1 for e in pages if e["is_offer"])
    print("pages=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d diff_written=%d"
          % (len(pages), offers, len(pages) - offers, n_u, n_i, len(truth["decoys"]), diffwritten))
    if ERR:
        for m in ERR:
            print("FAIL:", m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
