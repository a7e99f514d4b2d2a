#!/usr/bin/env python3
"""Consistency checks for site/ and truth.json (stdlib only). Exit 1 on any failure."""
import html
import json
import os
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

from util import normalize, uscc_valid
from pages_a import PAGES
import pages_b  # noqa: F401
from decoys import DECOYS

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(msg):
    ERR.append(msg)


def read(path):
    with open(os.path.join(SITE, path.lstrip("/")), encoding="utf-8") as f:
        return f.read()


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
    pages = {p["path"]: p for p in truth["pages"]}
    on_disk = set()
    for root, _d, files in os.walk(SITE):
        for fn in files:
            if fn.endswith(".html"):
                on_disk.add("/" + os.path.relpath(os.path.join(root, fn), SITE).replace(os.sep, "/"))
    if on_disk != set(pages):
        err(f"pages on disk vs truth differ: {on_disk ^ set(pages)}")
    if not os.path.exists(os.path.join(SITE, "robots.txt")):
        err("robots.txt missing")
    text = {p: html.unescape(read(p)) for p in pages}

    # 1. written forms of labelled identifiers appear on their page and normalise to the value
    src = {p["path"]: p for p in PAGES}
    for path, e in pages.items():
        labelled = {(i["kind"], i["value"]) for i in e["identifiers"]}
        written = set()
        for kind, w, value in src.get(path, {"ids": []})["ids"]:
            if w not in text[path]:
                err(f"{path}: written form {w!r} not on page")
            if normalize(kind, w) != value:
                err(f"{path}: {w!r} normalises to {normalize(kind, w)!r}, not {value!r}")
            written.add((kind, value))
        if labelled != written:
            err(f"{path}: labelled identifiers without a written form: {labelled ^ written}")
        for kind, value in labelled:
            if kind == "uscc" and not uscc_valid(value):
                err(f"{path}: invalid USCC {value}")
        if e["is_offer"] and not e["provider"]:
            err(f"{path}: offer without provider")
        if e["operator"] and not e["is_offer"]:
            err(f"{path}: operator on a non-offer page")

    # 2. ties: an identifier shared by several pages joins pages of one operator only
    by_id = defaultdict(set)
    for path, e in pages.items():
        for i in e["identifiers"]:
            by_id[(i["kind"], i["value"])].add(path)
    for key, ps in by_id.items():
        ops = {pages[p]["operator"] for p in ps}
        if len(ps) > 1 and (len(ops) != 1 or None in ops):
            err(f"identifier {key} shared across {sorted(ps)} with operators {ops}")
    ops = defaultdict(set)
    for path, e in pages.items():
        if e["operator"]:
            ops[e["operator"]].add(path)
    if set(ops) != set(truth["operators"]):
        err("operator ids in pages and operators differ")
    for op, ps in ops.items():
        # connected through shared identifiers
        start = sorted(ps)[0]
        seen, todo = {start}, [start]
        while todo:
            cur = todo.pop()
            for i in pages[cur]["identifiers"]:
                for q in by_id[(i["kind"], i["value"])]:
                    if q not in seen:
                        seen.add(q)
                        todo.append(q)
        if seen != ps:
            err(f"{op}: pages not connected by identifiers: {sorted(ps - seen)}")
        brands = {pages[p]["provider"] for p in ps}
        if not 2 <= len(brands) <= 4:
            err(f"{op}: {len(brands)} brands")
        for b in truth["operators"][op]["brands"]:
            if b not in brands:
                err(f"{op}: brand {b} not on its pages")
        for p in ps:
            if p not in truth["operators"][op]["ties"]:
                err(f"{op}: ties text does not mention {p}")
    for path, e in pages.items():
        if e["is_offer"] and e["operator"] is None:
            for i in e["identifiers"]:
                if len(by_id[(i["kind"], i["value"])]) > 1:
                    err(f"independent {path} shares {i}")

    # 3. decoys: paths contain the decoy, value is never a labelled identifier, several sellers where claimed
    labelled_values = {v for (_k, v) in by_id}
    dmap = {d["value"]: d for d in DECOYS}
    for d in truth["decoys"]:
        if d["value"] in labelled_values:
            err(f"decoy {d['value']} is also a labelled identifier")
        forms = dmap[d["value"]]["written"]
        for p in d["paths"]:
            if p not in pages:
                err(f"decoy {d['value']}: unknown path {p}")
            elif not any(f in text[p] for f in forms):
                err(f"decoy {d['value']} not on {p}")
        sellers = {pages[p]["operator"] or p for p in d["paths"] if pages[p]["is_offer"]}
        if d["kind"] != "order_number" and len(sellers) < 2:
            err(f"decoy {d['value']} appears on offers of fewer than 2 sellers")
    # every mobile-looking number on an offer page is labelled or a decoy
    decoy_vals = {d["value"] for d in truth["decoys"]}
    for path, e in pages.items():
        if not e["is_offer"]:
            continue
        t = re.sub(r"<[^>]+>", " ", text[path])
        for m in re.finditer(r"(?<![\d])1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)", t):
            v = "+86" + re.sub(r"\D", "", m.group())
            if v not in labelled_values and v not in decoy_vals and v[3:] not in decoy_vals:
                if not any(v[3:] in dv for dv in decoy_vals):
                    err(f"{path}: unlabelled mobile-like number {m.group()!r}")

    # 4. reachability from /index.html
    seen, todo = {"/index.html"}, ["/index.html"]
    while todo:
        cur = todo.pop()
        lp = Links()
        lp.feed(read(cur))
        for h in lp.hrefs:
            u = urlparse(urljoin("http://x" + cur, h))
            if u.scheme != "http" or u.netloc != "x":
                continue
            if u.path in pages and u.path not in seen:
                seen.add(u.path)
                todo.append(u.path)
    if seen != set(pages):
        err(f"unreachable from /index.html: {sorted(set(pages) - seen)}")

    n_off = sum(e["is_offer"] for e in pages.values())
    n_op = sum(1 for e in pages.values() if e["operator"])
    print(f"{len(pages)} pages, {n_off} offers, {len(ops)} operators over {n_op} offers, "
          f"{n_off - n_op} independent offers, {len(truth['decoys'])} decoys")
    for m in ERR:
        print("FAIL:", m)
    if ERR:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
