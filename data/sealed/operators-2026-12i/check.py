#!/usr/bin/env python3
"""Consistency checks for the operators-2026-12i sealed web. Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser

import gen
import uscc

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def read(path):
    with open(os.path.join(SITE, path.lstrip("/")), encoding="utf-8") as f:
        return f.read()


def normalize(kind, written):
    w = written.strip()
    if kind == "phone":
        d = re.sub(r"\D", "", w)
        if d.startswith("0"):
            d = d[1:]
        return "+86" + d
    if kind in ("qq", "qq_group"):
        return re.sub(r"\D", "", w)
    if kind == "wechat":
        return w.lower()
    if kind == "email":
        w = w.replace(" (at) ", "@").replace("#", "@")
        return w.lower()
    if kind == "domain":
        w = w.lower()
        return w[4:] if w.startswith("www.") else w
    return w


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v and v.startswith("/"):
                    self.hrefs.append(v.split("#")[0])


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    gpages = {p["path"]: p for p in gen.all_pages()}
    tpages = {p["path"]: p for p in truth["pages"]}
    files = set()
    for root, _, names in os.walk(SITE):
        for n in names:
            if n.endswith(".html"):
                files.add("/" + os.path.relpath(os.path.join(root, n), SITE).replace(os.sep, "/"))
    if files != set(tpages):
        err(f"truth pages != html files: {sorted(files ^ set(tpages))}")
    if not os.path.exists(os.path.join(SITE, "robots.txt")):
        err("robots.txt missing")
    texts = {p: read(p) for p in files}

    # 1. written forms present and normalize to the labeled value
    for path, gp in gpages.items():
        tp = tpages[path]
        if [(i["kind"], i["value"]) for i in tp["identifiers"]] != [(k, v) for k, v, _ in gp["ids"]]:
            err(f"{path}: truth identifiers differ from data")
        for kind, value, written in gp["ids"]:
            if written not in texts[path]:
                err(f"{path}: written form {written!r} not on page")
            if normalize(kind, written) != value:
                err(f"{path}: {written!r} normalizes to {normalize(kind, written)!r}, labeled {value!r}")
            if kind == "uscc" and not uscc.valid(value):
                err(f"{path}: invalid USCC {value}")
        if tp["operator"] and not tp["is_offer"]:
            err(f"{path}: non-offer with operator")

    # 2. owners: one owner per non-decoy identifier
    decoy_vals = {(d["value"]) for d in truth["decoys"]}
    owner = defaultdict(set)
    for tp in truth["pages"]:
        who = tp["operator"] or tp["path"]
        for i in tp["identifiers"]:
            if i["value"] in decoy_vals:
                err(f"{tp['path']}: labeled identifier {i['value']} is also a decoy")
            owner[(i["kind"], i["value"])].add(who)
    for key, ws in owner.items():
        if len(ws) > 1:
            err(f"identifier {key} shared by {sorted(ws)}")
    # written forms must not appear on a page of another owner
    for path, gp in gpages.items():
        me = tpages[path]["operator"] or path
        for kind, value, written in gp["ids"]:
            for other, t in texts.items():
                ow = tpages[other]["operator"] or other
                if ow != me and written in t:
                    err(f"{written!r} of {me} also appears on {other} ({ow})")

    # 3. operators: pages connected by shared identifiers, ties mention only own pages
    ops = truth["operators"]
    for op, info in ops.items():
        mine = [p for p in truth["pages"] if p["operator"] == op]
        if len(mine) < 2:
            err(f"{op}: fewer than 2 pages")
        brands = {p["provider"] for p in mine}
        if not brands <= set(info["brands"]):
            err(f"{op}: page brands {brands} not in {info['brands']}")
        adj = defaultdict(set)
        for a in mine:
            for b in mine:
                if a is not b and {(i["kind"], i["value"]) for i in a["identifiers"]} & \
                        {(i["kind"], i["value"]) for i in b["identifiers"]}:
                    adj[a["path"]].add(b["path"])
        seen, todo = set(), [mine[0]["path"]]
        while todo:
            x = todo.pop()
            if x not in seen:
                seen.add(x)
                todo.extend(adj[x])
        if seen != {p["path"] for p in mine}:
            err(f"{op}: pages not connected by shared identifiers: {sorted({p['path'] for p in mine} - seen)}")
        for path in re.findall(r"/[\w\-/]+\.html", info["ties"]):
            if tpages.get(path, {}).get("operator") != op:
                err(f"{op}: ties mention {path} of another operator")
    for p in truth["pages"]:
        if p["operator"] and p["operator"] not in ops:
            err(f"{p['path']}: unknown operator")

    # 4. decoys present on their paths, found on offers of >= 2 sellers
    written_of = {v: ws for _, v, ws, _ in gen.DECOYS}
    for d in truth["decoys"]:
        ws = written_of[d["value"]]
        for path in d["paths"]:
            if not any(w in texts[path] for w in ws):
                err(f"decoy {d['value']} not on {path}")
        missing = [p for p in files if any(w in texts[p] for w in ws) and p not in d["paths"]]
        if missing:
            err(f"decoy {d['value']} also on {missing}, not listed")
        sellers = {tpages[p]["operator"] or p for p in d["paths"] if tpages[p]["is_offer"]}
        if len(sellers) < 2:
            warnings.append(f"decoy {d['value']} on offers of only {len(sellers)} seller(s)")
        if len(d["value"]) == 18 and d["value"][:2] in ("91", "92", "93") and not uscc.valid(d["value"]):
            err(f"decoy USCC invalid {d['value']}")

    # 5. reachability
    seen, todo = set(), ["/index.html"]
    while todo:
        x = todo.pop()
        if x in seen or x not in files:
            continue
        seen.add(x)
        lp = Links()
        lp.feed(texts[x])
        todo.extend(lp.hrefs)
    if seen != files:
        err(f"unreachable: {sorted(files - seen)}")

    n_off = sum(p["is_offer"] for p in truth["pages"])
    n_opoff = sum(1 for p in truth["pages"] if p["operator"])
    print(f"pages={len(files)} offers={n_off} operator_offers={n_opoff} independent_offers={n_off - n_opoff} "
          f"operators={len(ops)} decoys={len(truth['decoys'])}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
