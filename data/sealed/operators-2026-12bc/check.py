#!/usr/bin/env python3
"""Verify site/ against truth.json for web 12bc."""
import json, os, posixpath, sys
from collections import defaultdict, deque
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ERR = []


def err(m):
    ERR.append(m)


def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c, W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.hrefs.append(v)


def site_key(path):
    parts = path.strip("/").split("/")
    return "/".join(parts[:2]) if parts[0] == "schools" and len(parts) > 2 else parts[0]


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    files = set()
    for root, _, fs in os.walk(SITE):
        for f in fs:
            if f.endswith(".html"):
                files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
    tpaths = [p["path"] for p in truth["pages"]]
    if len(tpaths) != len(set(tpaths)):
        err("duplicate paths in truth")
    if set(tpaths) != files:
        err(f"page set differs: {sorted(set(tpaths) ^ files)}")
    if not 48 <= len(files) <= 56:
        err(f"page count {len(files)}")
    rb = os.path.join(SITE, "robots.txt")
    if not os.path.exists(rb) or "User-agent: *" not in open(rb).read() or "Disallow: /\n" in open(rb).read():
        err("robots.txt missing or not allow-all")
    html = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}

    seller_vals = defaultdict(set)   # value -> operators
    by_op = defaultdict(list)
    for pg in truth["pages"]:
        if pg["is_offer"] != (pg["operator"] is not None):
            err(f"{pg['path']}: operator set iff is_offer violated")
        if pg["is_offer"] and not pg["identifiers"]:
            err(f"{pg['path']}: offer page without identifiers")
        for kind, val, written in pg["identifiers"]:
            if written not in html.get(pg["path"], ""):
                err(f"{pg['path']}: written {written!r} not found")
            if kind == "uscc" and not uscc_ok(val):
                err(f"{pg['path']}: bad USCC {val}")
            if pg["operator"]:
                seller_vals[(kind, val)].add(pg["operator"])
        if pg["operator"]:
            by_op[pg["operator"]].append(pg)
    for k, ops in seller_vals.items():
        if len(ops) > 1:
            err(f"identifier {k} shared by {ops}")
    # non-offer pages' identifiers must not belong to any operator
    for pg in truth["pages"]:
        if not pg["operator"]:
            for kind, val, _ in pg["identifiers"]:
                if (kind, val) in seller_vals:
                    err(f"{pg['path']}: non-offer page carries seller identifier {val}")

    allvals = {v for (_, v) in seller_vals}
    if len(truth["decoys"]) < 18:
        err("fewer than 18 decoys")
    for d in truth["decoys"]:
        if d["value"] in allvals:
            err(f"decoy {d['value']} is a seller identifier")
        if len(d["paths"]) < 2:
            err(f"decoy {d['value']} on fewer than 2 pages")
        if d["kind"].endswith("uscc") and not uscc_ok(d["value"]):
            err(f"decoy bad USCC {d['value']}")
        for p in d["paths"]:
            ws = [d["written_by_path"][p]] if "written_by_path" in d else d["written"]
            for w in ws:
                if w not in html.get(p, ""):
                    err(f"decoy {d['value']}: {w!r} not on {p}")

    # reachability
    seen, dq = {"/index.html"}, deque(["/index.html"])
    while dq:
        cur = dq.popleft()
        lp = Links()
        lp.feed(html[cur])
        for h in lp.hrefs:
            if h.startswith(("#", "tel:", "mailto:", "http:", "https:")):
                continue
            t = posixpath.normpath(posixpath.join(posixpath.dirname(cur), h.split("#")[0]))
            if t in html and t not in seen:
                seen.add(t)
                dq.append(t)
    if seen != files:
        err(f"unreachable: {sorted(files - seen)}")

    # operators
    us = sorted(o for o in by_op if o.startswith("U"))
    is_ = sorted(o for o in by_op if o.startswith("I"))
    if us != [f"U{i:02d}" for i in range(1, 10)]:
        err(f"U operators {us}")
    if is_ != [f"I{i:02d}" for i in range(1, 7)]:
        err(f"I operators {is_}")
    for o in us:
        pgs = by_op[o]
        if not 3 <= len(pgs) <= 4:
            err(f"{o}: {len(pgs)} pages")
        if len({site_key(p["path"]) for p in pgs}) != len(pgs):
            err(f"{o}: two pages on one site")
        brands = {p["provider"] for p in pgs}
        if not 2 <= len(brands) <= 3:
            err(f"{o}: {len(brands)} brands")
        # connectivity through shared identifiers
        keys = [{(k, v) for k, v, _ in p["identifiers"]} for p in pgs]
        comp, st = {0}, [0]
        while st:
            i = st.pop()
            for j in range(len(pgs)):
                if j not in comp and keys[i] & keys[j]:
                    comp.add(j)
                    st.append(j)
        if len(comp) != len(pgs):
            err(f"{o}: pages not tied together")
    for o in is_:
        if len(by_op[o]) != 1:
            err(f"{o}: {len(by_op[o])} pages")
    if set(truth["operators"]) != set(us):
        err("operators block mismatch")

    n_off = sum(p["is_offer"] for p in truth["pages"])
    print(f"pages={len(files)} offers={n_off} non_offers={len(files) - n_off} decoys={len(truth['decoys'])}")
    if ERR:
        print("FAIL")
        for e in ERR:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
