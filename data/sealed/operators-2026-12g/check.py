#!/usr/bin/env python3
"""Consistency checks for the sealed operators web 2026-12g (stdlib only).

Run after gen.py.  Exits non-zero on the first batch of failures.
"""
import html
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from html.parser import HTMLParser

import gen
import uscc

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(msg):
    ERR.append(msg)


CN = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3",
      "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def normalize(kind, written):
    w = unicodedata.normalize("NFKC", written)
    if kind == "phone":
        d = "".join(CN.get(c, c) for c in w)
        d = re.sub(r"\D", "", d)
        if d.startswith("86") and len(d) > 11:
            d = d[2:]
        if d.startswith("0"):
            d = d[1:]
        return "+86" + d
    if kind in ("qq", "qq_group"):
        return re.sub(r"\D", "", w)
    if kind == "wechat":
        return w.strip().lower()
    if kind == "email":
        return w.replace("#", "@").replace("(at)", "@").strip().lower()
    if kind == "domain":
        w = w.replace(" 点 ", ".").replace("点", ".").strip().lower()
        w = re.sub(r"^https?://", "", w).split("/")[0]
        return w[4:] if w.startswith("www.") else w
    return w.strip()


def present(form, text):
    pat = r"(?<![0-9A-Za-z_])" + re.escape(form) + r"(?![0-9A-Za-z_])"
    return re.search(pat, text) is not None


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
    assert set(truth) == {"description", "pages", "operators", "decoys"}, "truth keys"
    pages = {p["path"]: p for p in truth["pages"]}
    src = {p["path"]: p for p in gen.PAGES}
    for path, p in pages.items():  # list pages are built inside gen.main()
        if path not in src:
            if p["is_offer"] or not path.endswith("index.html"):
                err(f"{path}: not in gen sources")
            src[path] = {"ids": []}
    text = {}
    for path in pages:
        fn = os.path.join(SITE, path.lstrip("/"))
        if not os.path.isfile(fn):
            err(f"missing file {path}")
            continue
        text[path] = html.unescape(open(fn, encoding="utf-8").read())
    on_disk = set()
    for root, _, files in os.walk(SITE):
        for f in files:
            if f.endswith(".html"):
                on_disk.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
    if on_disk != set(pages):
        err(f"pages on disk vs truth differ: {on_disk ^ set(pages)}")
    if not os.path.isfile(os.path.join(SITE, "robots.txt")):
        err("robots.txt missing")

    # reachability
    seen, todo = {"/index.html"}, ["/index.html"]
    while todo:
        p = todo.pop()
        lp = Links()
        lp.feed(text.get(p, ""))
        for link in lp.links:
            if link in pages and link not in seen:
                seen.add(link)
                todo.append(link)
    if seen != set(pages):
        err(f"unreachable from /index.html: {sorted(set(pages) - seen)}")

    # page labels
    offers = [p for p in truth["pages"] if p["is_offer"]]
    for p in truth["pages"]:
        if p["is_offer"] and not p["provider"]:
            err(f"{p['path']}: offer without provider")
        if not p["is_offer"] and (p["operator"] or p["identifiers"]):
            err(f"{p['path']}: non-offer with operator/identifiers")
        if p["provider"] and p["provider"] not in text[p["path"]]:
            err(f"{p['path']}: provider {p['provider']} not on page")
        for kind, value, written in src[p["path"]]["ids"]:
            if kind not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
                err(f"{p['path']}: bad kind {kind}")
            if not present(written, text[p["path"]]):
                err(f"{p['path']}: written form {written!r} not on page")
            if normalize(kind, written) != value:
                err(f"{p['path']}: {written!r} normalizes to {normalize(kind, written)!r}, labeled {value!r}")
            if kind == "uscc" and not uscc.valid(value):
                err(f"{p['path']}: invalid USCC {value}")
        labeled = [{"kind": k, "value": v} for k, v, _ in src[p["path"]]["ids"]]
        if labeled != p["identifiers"]:
            err(f"{p['path']}: truth identifiers differ from source")

    # identifier ownership: no identifier shared across sellers
    owner = defaultdict(set)
    for p in offers:
        seller = p["operator"] or ("IND:" + p["path"])
        for i in p["identifiers"]:
            owner[(i["kind"], i["value"])].add(seller)
            owner[("*", i["value"])].add(seller)
    for key, sellers in owner.items():
        if len(sellers) > 1:
            err(f"identifier {key} shared by different sellers {sellers}")

    # operators: connected through shared identifiers, ties described
    ops = defaultdict(list)
    for p in offers:
        if p["operator"]:
            ops[p["operator"]].append(p)
    if set(ops) != set(truth["operators"]):
        err("operators in pages and in operators{} differ")
    for op, ps in ops.items():
        info = truth["operators"][op]
        if len(ps) < 2:
            err(f"{op}: fewer than 2 pages")
        if not 2 <= len(info["brands"]) <= 4:
            err(f"{op}: {len(info['brands'])} brands")
        if sorted(info["brands"]) != sorted({p["provider"] for p in ps}):
            err(f"{op}: brands differ from page providers")
        comp = {ps[0]["path"]}
        changed = True
        while changed:
            changed = False
            ids_in = {(i["kind"], i["value"]) for p in ps if p["path"] in comp for i in p["identifiers"]}
            for p in ps:
                if p["path"] not in comp and ids_in & {(i["kind"], i["value"]) for i in p["identifiers"]}:
                    comp.add(p["path"])
                    changed = True
        if comp != {p["path"] for p in ps}:
            err(f"{op}: pages not connected by shared identifiers: {sorted({p['path'] for p in ps} - comp)}")
        for p in ps:
            if p["path"] not in info["ties"]:
                err(f"{op}: ties description does not mention {p['path']}")
    for p in offers:
        if p["operator"] is None:
            pass  # independence already enforced by the ownership check

    # decoys
    labeled_values = {i["value"] for p in offers for i in p["identifiers"]}
    forms = {(k, v): f for k, v, f in gen.DECOYS}
    for d in truth["decoys"]:
        if d["value"] in labeled_values:
            err(f"decoy {d['value']} is also a labeled identifier")
        f = forms[(d["kind"], d["value"])]
        really = sorted(p for p in text if any(present(x, text[p]) for x in f))
        if sorted(d["paths"]) != really:
            err(f"decoy {d['value']}: paths {d['paths']} but present on {really}")
        sellers = {(pages[p]["operator"] or "IND:" + p) for p in d["paths"] if pages[p]["is_offer"]}
        if len(sellers) < 2:
            err(f"decoy {d['value']}: on offers of only {len(sellers)} seller(s)")
        if re.fullmatch(r"[0-9A-Y]{18}", d["value"]) and d["value"][0] in "159" and not uscc.valid(d["value"]):
            err(f"decoy USCC {d['value']} invalid")

    n_op_offers = sum(len(v) for v in ops.values())
    n_ind = sum(1 for p in offers if p["operator"] is None)
    print(f"pages={len(pages)} offers={len(offers)} non_offers={len(pages) - len(offers)} "
          f"operators={len(ops)} operator_offers={n_op_offers} independent={n_ind} decoys={len(truth['decoys'])}")
    if ERR:
        print("\n".join("FAIL " + e for e in ERR))
        sys.exit(1)
    print("check.py: all checks pass")


if __name__ == "__main__":
    main()
