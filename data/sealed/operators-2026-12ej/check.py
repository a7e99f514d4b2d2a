#!/usr/bin/env python3
"""Verify truth.json against site/.  Exits non-zero on any failure; prints the counts."""
import json
import os
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WUS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
CN = {"零": "0", "〇": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6",
      "七": "7", "八": "8", "九": "9", "壹": "1", "贰": "2", "叁": "3", "肆": "4", "伍": "5",
      "陆": "6", "柒": "7", "捌": "8", "玖": "9"}
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []


def fail(msg):
    errors.append(msg)


def uscc_ok(v):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", v):
        return False
    t = sum(ALPH.index(c) * w for c, w in zip(v[:17], WUS))
    r = 31 - t % 31
    return ALPH[0 if r == 31 else r] == v[17]


def norm_phone(w):
    d = "".join(CN.get(c, c) for c in w)
    d = re.sub(r"\D", "", d)
    if d.startswith("86") and len(d) == 13:
        d = d[2:]
    if re.fullmatch(r"1[3-9]\d{9}", d):
        return "+86" + d
    return d


def value_ok(kind, value):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861[3-9]\d{9}|0\d{9,11}|[48]00\d{7}|\d{5}", value))
    if kind in ("wechat", "email", "domain"):
        return value == value.lower()
    if kind in ("qq", "qq_group"):
        return value.isdigit()
    if kind == "uscc":
        return uscc_ok(value)
    return kind == "other"


def written_matches(kind, value, w):
    if kind == "phone":
        if norm_phone(w) == value:
            return True
        groups = re.findall(r"\d+", w)  # e.g. "81234567（区号027）"
        return len(groups) == 2 and groups[1] + groups[0] == value
    if kind in ("wechat", "email"):
        return w.lower() == value
    if kind == "domain":
        return value in w.lower()
    if kind in ("qq", "qq_group"):
        return re.sub(r"\D", "", w) == value
    return w == value


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.links.append(v.split("#")[0])


def main():
    truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
    html_files = set()
    for dp, _dn, fns in os.walk(SITE):
        for fn in fns:
            if fn.endswith(".html"):
                html_files.add("/" + os.path.relpath(os.path.join(dp, fn), SITE).replace(os.sep, "/"))
    texts = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in html_files}
    if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
        fail("robots.txt missing or not allowing everything")

    pages = truth["pages"]
    paths = [p["path"] for p in pages]
    if len(paths) != len(set(paths)):
        fail("duplicate paths in truth")
    for p in paths:
        if p not in html_files:
            fail(f"truth path missing on disk: {p}")
    for p in html_files - set(paths):
        fail(f"page not in truth: {p}")

    # reachability from hub
    seen, todo = set(), ["/index.html"]
    while todo:
        cur = todo.pop()
        if cur in seen or cur not in texts:
            continue
        seen.add(cur)
        lp = Links()
        lp.feed(texts[cur])
        todo.extend(l for l in lp.links if l.startswith("/"))
    for p in html_files - seen:
        fail(f"not reachable from hub: {p}")
    hub = texts.get("/index.html", "")
    sites = sorted({p.strip("/").split("/")[0] for p in html_files if "/" in p.strip("/")})
    for s in sites:
        if f'href="/{s}/index.html"' not in hub:
            fail(f"hub does not link {s}/index.html")

    # page identifiers
    by_op = defaultdict(list)
    owner = {}
    for p in pages:
        if p["is_offer"]:
            if not p["operator"] or not re.fullmatch(r"[UI]0\d", p["operator"]):
                fail(f"offer without valid operator: {p['path']}")
            by_op[p["operator"]].append(p)
        elif p["operator"] is not None:
            fail(f"non-offer with operator: {p['path']}")
        t = texts.get(p["path"], "")
        for kind, value, w in p["identifiers"]:
            if kind not in KINDS:
                fail(f"bad kind {kind} on {p['path']}")
            if not value_ok(kind, value):
                fail(f"bad normalized value {kind}:{value} on {p['path']}")
            if not written_matches(kind, value, w):
                fail(f"written form {w!r} does not match {kind}:{value} on {p['path']}")
            if w not in t:
                fail(f"written form {w!r} not found on {p['path']}")
            key = (kind, value)
            if p["operator"]:
                if owner.setdefault(key, p["operator"]) != p["operator"]:
                    fail(f"identifier {key} shared by {owner[key]} and {p['operator']}")

    # operator shape
    unit = sorted(k for k in by_op if k.startswith("U"))
    indep = sorted(k for k in by_op if k.startswith("I"))
    if unit != [f"U0{i}" for i in range(1, 10)]:
        fail(f"operators are {unit}")
    if indep != [f"I0{i}" for i in range(1, 7)]:
        fail(f"independents are {indep}")
    for op in unit:
        ps = by_op[op]
        if not 3 <= len(ps) <= 4:
            fail(f"{op} has {len(ps)} offer pages")
        if len({p['path'].strip('/').split('/')[0] for p in ps}) < 2:
            fail(f"{op} is on a single site")
        # connected by shared identifiers (chain)
        comp = {ps[0]["path"]}
        changed = True
        while changed:
            changed = False
            ids_in = {(k, v) for p in ps if p["path"] in comp for k, v, _ in p["identifiers"]}
            for p in ps:
                if p["path"] not in comp and ids_in & {(k, v) for k, v, _ in p["identifiers"]}:
                    comp.add(p["path"])
                    changed = True
        if len(comp) != len(ps):
            fail(f"{op} pages are not chained by shared identifiers")
        tops = truth["operators"].get(op)
        if not tops:
            fail(f"{op} missing in operators")
        else:
            want = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
            if {tuple(x) for x in tops["identifiers"]} != want:
                fail(f"{op} operators.identifiers mismatch")
            for p in ps:
                if p["provider"] not in tops["brands"]:
                    fail(f"{op} brand {p['provider']} missing")
    for op in indep:
        if len(by_op[op]) != 1:
            fail(f"{op} has {len(by_op[op])} pages")

    # decoys
    decoys = truth["decoys"]
    op_keys = set(owner)
    for d in decoys:
        if d["kind"] not in KINDS or not value_ok(d["kind"], d["value"]):
            fail(f"bad decoy value {d['kind']}:{d['value']}")
        if (d["kind"], d["value"]) in op_keys:
            fail(f"decoy {d['value']} is also a seller identifier")
        scan = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
        if scan != sorted(d["pages"]):
            fail(f"decoy {d['value']} pages differ from scan: {scan}")
        for w in d["written"]:
            if not any(w in texts.get(p, "") for p in d["pages"]):
                fail(f"decoy written form {w!r} found on none of its pages")
        for p in d["pages"]:
            if not any(w in texts.get(p, "") for w in d["written"]):
                fail(f"decoy {d['value']} not on {p}")
    decoy_kinds = {d["kind"] for d in decoys}

    n_pages = len(html_files)
    n_offers = sum(1 for p in pages if p["is_offer"])
    counts = dict(pages=n_pages, sites=len(sites), offers=n_offers, non_offers=n_pages - n_offers,
                  operators=len(unit), operator_pages=sum(len(by_op[o]) for o in unit),
                  independents=len(indep), decoys=len(decoys), decoy_kinds=len(decoy_kinds))
    if not 48 <= n_pages <= 56:
        fail(f"page count {n_pages}")
    if not 8 <= len(sites) <= 11:
        fail(f"site count {len(sites)}")
    if not 34 <= n_offers <= 40:
        fail(f"offer count {n_offers}")
    if len(decoys) < 18:
        fail("fewer than 18 decoys")
    if decoy_kinds != KINDS:
        fail(f"decoy kinds missing: {KINDS - decoy_kinds}")

    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    for e in errors:
        print("FAIL:", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
