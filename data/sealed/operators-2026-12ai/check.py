#!/usr/bin/env python3
"""Verify site/ against truth.json (standard library only). Exit 1 on any failure."""
import html
import json
import os
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(msg):
    ERR.append(msg)


AL = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WU = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(AL.index(ch) * w for ch, w in zip(c[:17], WU))
    r = 31 - s % 31
    if AL[0 if r == 31 else r] != c[17]:
        return False
    body = c[8:16]
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(body, ws))
    oc = 11 - s % 11
    oc = "X" if oc == 10 else ("0" if oc == 11 else str(oc))
    return oc == c[16]


CN = {"零": "0", "〇": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
      "六": "6", "七": "7", "八": "8", "九": "9"}


def digits_of(text):
    out = []
    for ch in text:
        if "０" <= ch <= "９":
            out.append(chr(ord(ch) - 0xFEE0))
        elif ch.isascii() and ch.isdigit():
            out.append(ch)
        elif ch in CN:
            out.append(CN[ch])
    return "".join(out)


def norm_phone(written):
    d = digits_of(written)
    if d.startswith("86") and len(d) > 11:
        d = d[2:]
    if d.startswith("400") or d.startswith("800"):
        return d
    if len(d) == 11 and d.startswith("1"):
        return "+86" + d
    if d.startswith("0"):
        return "+86" + d[1:]
    return d


def fold(text):
    """full-width ASCII to half-width, lower-case"""
    return "".join(chr(ord(c) - 0xFEE0) if "！" <= c <= "～" else c for c in text).lower()


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
    pages = truth["pages"]
    by_path = {p["path"]: p for p in pages}
    if len(by_path) != len(pages):
        err("duplicate paths in truth")

    # --- files on disk vs truth
    on_disk = set()
    for root, _, files in os.walk(SITE):
        for f in files:
            if f.endswith(".html"):
                on_disk.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
    for p in by_path:
        if p not in on_disk:
            err(f"truth page missing on disk: {p}")
    for p in on_disk - set(by_path):
        err(f"HTML page without truth entry: {p}")
    if not (48 <= len(on_disk) <= 56):
        err(f"page count {len(on_disk)} outside 48–56")
    rb = os.path.join(SITE, "robots.txt")
    if not os.path.exists(rb) or "Allow: /" not in open(rb).read() or "Disallow: /" in open(rb).read():
        err("robots.txt missing or not allow-all")

    text = {}
    for p in on_disk:
        raw = open(os.path.join(SITE, p[1:]), encoding="utf-8").read()
        text[p] = raw
        if '<meta charset="utf-8">' not in raw:
            err(f"{p}: no utf-8 meta")

    # --- reachability
    seen, todo = set(), ["/index.html"]
    while todo:
        p = todo.pop()
        if p in seen or p not in text:
            continue
        seen.add(p)
        lp = Links()
        lp.feed(text[p])
        for h in lp.hrefs:
            u = urlparse(h)
            if u.scheme or u.netloc or h.startswith("/") or h.startswith("#") or h.startswith("mailto:") or h.startswith("tel:"):
                continue
            tgt = urljoin("http://x" + p, u.path)
            tp = urlparse(tgt).path
            if tp.endswith(".html"):
                if tp not in text:
                    err(f"{p}: broken relative link {h}")
                todo.append(tp)
    for p in sorted(set(text) - seen):
        err(f"not reachable from index: {p}")

    # --- identifiers
    kinds = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
    owner = defaultdict(set)   # (kind,value) -> set of operator ids or "NON:<path>"
    for e in pages:
        raw = text.get(e["path"], "")
        plain = html.unescape(raw)
        if e["is_offer"]:
            if not e["operator"] or not re.fullmatch(r"[UI]\d\d", e["operator"]):
                err(f"{e['path']}: offer without valid operator")
            if not e["identifiers"]:
                err(f"{e['path']}: offer without identifiers")
        elif e["operator"] is not None:
            err(f"{e['path']}: non-offer with operator")
        for kind, value, written in e["identifiers"]:
            if kind not in kinds:
                err(f"{e['path']}: bad kind {kind}")
            if written not in raw and written not in plain:
                err(f"{e['path']}: written form not on page: {written!r}")
            if kind == "phone":
                if not re.fullmatch(r"\+86[1-9]\d{8,11}|[48]00\d{7}|\d{5}", value):
                    err(f"{e['path']}: bad phone value {value}")
                if norm_phone(written) != value:
                    err(f"{e['path']}: phone {written!r} normalises to {norm_phone(written)} not {value}")
            elif kind in ("qq", "qq_group"):
                if not re.fullmatch(r"[1-9]\d{4,10}", value) or digits_of(written)[-len(value):] != value:
                    err(f"{e['path']}: bad {kind} {value} / {written!r}")
            elif kind == "uscc":
                if not uscc_ok(value):
                    err(f"{e['path']}: USCC check failed {value}")
            elif kind in ("wechat", "email", "domain"):
                if value != value.lower():
                    err(f"{e['path']}: {kind} not lower-case {value}")
                f = fold(written).replace(" ", "")
                f = f.replace("(at)", "@").replace("[at]", "@").replace("圈", "@").replace("点", ".")
                if value not in f:
                    err(f"{e['path']}: {kind} {value} not recoverable from {written!r}")
            owner[(kind, value)].add(e["operator"] if e["is_offer"] else "NON:" + e["path"])
    for key, os_ in owner.items():
        if len(os_) > 1:
            err(f"seller identifier {key} shared across {sorted(os_)}")

    # --- leak check: a seller identifier (any of its written forms, or its value) must not
    # appear on a page of another operator
    forms = defaultdict(set)
    for e in pages:
        for k, v, w in e["identifiers"]:
            forms[(k, v)].add(w)
            if k not in ("phone", "qq", "qq_group"):
                forms[(k, v)].add(v)
            elif k == "phone" and v.startswith("+86"):
                forms[(k, v)].add(v[3:])
    for key, ws in forms.items():
        own = owner[key]
        for p, raw in text.items():
            low = raw.lower()
            if any(w.lower() in low for w in ws):
                e = by_path[p]
                who = e["operator"] if e["is_offer"] else "NON:" + p
                if who not in own:
                    err(f"seller identifier {key} also appears on {p} ({who})")

    # --- operators
    ops = defaultdict(list)
    for e in pages:
        if e["is_offer"]:
            ops[e["operator"]].append(e)
    for oid, es in ops.items():
        if oid not in truth["operators"]:
            err(f"operator {oid} missing in operators map")
        if oid.startswith("I"):
            if len(es) != 1:
                err(f"{oid}: independent with {len(es)} pages")
            continue
        if not (3 <= len(es) <= 4):
            err(f"{oid}: {len(es)} offer pages")
        sets = [{(k, v) for k, v, _ in e["identifiers"]} for e in es]
        if set.intersection(*sets):
            err(f"{oid}: identifier on every page {set.intersection(*sets)}")
        comp, stack = {0}, [0]
        while stack:
            i = stack.pop()
            for j in range(len(es)):
                if j not in comp and sets[i] & sets[j]:
                    comp.add(j)
                    stack.append(j)
        if len(comp) != len(es):
            err(f"{oid}: pages not connected by shared identifiers")
        if len({e["provider"] for e in es}) < 2:
            err(f"{oid}: fewer than 2 brands")
    for oid in truth["operators"]:
        if oid not in ops:
            err(f"operators map has {oid} with no pages")

    # --- decoys
    all_ids = {(k, v) for e in pages for k, v, _ in e["identifiers"]}
    for d in truth["decoys"]:
        key = (d["kind"], d["value"])
        if key in all_ids:
            err(f"decoy {key} is also a seller identifier")
        if len(d["paths"]) < 2:
            err(f"decoy {key} on fewer than 2 pages")
        groups = set()
        for p in d["paths"]:
            if p not in text:
                err(f"decoy {key}: page {p} missing")
                continue
            t = text[p]
            if d["kind"] in ("phone", "qq_group"):
                v = d["value"].lstrip("+")
                v = v[2:] if v.startswith("86") and len(v) > 9 else v
                if v not in digits_of(t):
                    err(f"decoy {key} not found on {p}")
            elif d["value"].lower() not in t.lower():
                err(f"decoy {key} not found on {p}")
            e = by_path[p]
            groups.add(e["operator"] if e["is_offer"] else "non-offer")
        if d["kind"] == "uscc" and not uscc_ok(d["value"]):
            err(f"decoy USCC invalid {d['value']}")

    # --- counts vs README
    offers = [e for e in pages if e["is_offer"]]
    c = {"pages": len(pages), "offers": len(offers), "non_offers": len(pages) - len(offers),
         "operators": len({e["operator"] for e in offers if e["operator"].startswith("U")}),
         "independents": len({e["operator"] for e in offers if e["operator"].startswith("I")}),
         "decoys": len(truth["decoys"])}
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    for k, v in c.items():
        if f"- {k}: {v}\n" not in readme:
            err(f"README count mismatch for {k} (expected {v})")
    if len(truth["operators"]) != c["operators"] + c["independents"]:
        err("operators map size mismatch")

    if ERR:
        print("FAIL")
        for m in ERR:
            print(" -", m)
        sys.exit(1)
    print("OK", json.dumps(c, ensure_ascii=False))


if __name__ == "__main__":
    main()
