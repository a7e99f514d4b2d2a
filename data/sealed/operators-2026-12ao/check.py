#!/usr/bin/env python3
"""Consistency checks for operators-2026-12ao (site/ + truth.json). Standard library only."""
import html, json, os, posixpath, re, sys
from collections import defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(msg):
    ERR.append(msg)


ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPHA.index(ch) * (3 ** i % 31) for i, ch in enumerate(c[:17])) % 31
    return ALPHA[0 if r == 31 else r] == c[17]


FORMATS = {
    "phone": r"\+86\d{9,12}|[48]00\d{7}|\d{5}",
    "wechat": r"[a-z][a-z0-9_\-]{4,19}",
    "qq": r"[1-9]\d{4,11}",
    "qq_group": r"[1-9]\d{4,11}",
    "email": r"[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}",
    "domain": r"[a-z0-9\-]+(\.[a-z0-9\-]+)+",
    "uscc": r".{18}",
    "other": r".+",
}


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.hrefs.append(v)


def read(path):
    with open(os.path.join(SITE, path.lstrip("/")), encoding="utf-8") as f:
        return f.read()


FWMAP = {chr(c + 0xFEE0): chr(c) for c in range(0x21, 0x7F)}
CNMAP = dict(zip("〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖幺", "001234567891234567891"))


def digits(text):
    t = "".join(FWMAP.get(c, c) for c in text)
    return "".join(CNMAP.get(c, c) for c in t if c.isdigit() or c in CNMAP)


def decoy_present(kind, value, text):
    low = html.unescape(text).lower()
    if kind in ("phone", "qq", "qq_group") or (kind == "other" and value.isdigit()):
        v = value[3:] if value.startswith("+86") else value
        return v in digits(low)
    return value.lower() in low


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    pages = truth["pages"]
    bypath = {p["path"]: p for p in pages}
    if len(bypath) != len(pages):
        err("duplicate paths in truth")
    # files on disk
    files = set()
    for root, _, names in os.walk(SITE):
        for n in names:
            rp = "/" + os.path.relpath(os.path.join(root, n), SITE).replace(os.sep, "/")
            if n.endswith((".html", ".htm")):
                files.add(rp)
    if not os.path.isfile(os.path.join(SITE, "robots.txt")):
        err("robots.txt missing")
    elif "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
        err("robots.txt does not allow all")
    for p in bypath:
        if p not in files:
            err(f"truth page missing on disk: {p}")
    for f in files:
        if f not in bypath:
            err(f"page without truth entry: {f}")
    if not 48 <= len(files) <= 56:
        err(f"page count {len(files)} outside 48-56")

    # identifiers as written + formats
    for p in pages:
        raw = read(p["path"])
        text = html.unescape(raw)
        if p["is_offer"] and not p["operator"]:
            err(f"offer without operator: {p['path']}")
        if not p["is_offer"] and (p["operator"] is not None or p["identifiers"]):
            err(f"non-offer with operator/identifiers: {p['path']}")
        if p["is_offer"] and not p["identifiers"]:
            err(f"offer without identifiers: {p['path']}")
        for kind, value, written in p["identifiers"]:
            if written not in raw and written not in text:
                err(f"{p['path']}: written form not on page: {written!r}")
            if kind not in FORMATS or not re.fullmatch(FORMATS[kind], value):
                err(f"{p['path']}: bad normalized {kind} {value!r}")
            if kind == "uscc" and not uscc_ok(value):
                err(f"{p['path']}: bad USCC check digit {value}")
            if kind in ("wechat", "email", "domain") and value != value.lower():
                err(f"{p['path']}: {kind} not lower-case")

    # reachability
    start = "/index.html"
    seen, todo = {start}, [start]
    while todo:
        cur = todo.pop()
        if cur not in files:
            continue
        lp = Links()
        lp.feed(read(cur))
        for h in lp.hrefs:
            if re.match(r"^[a-z]+:|^#|^/", h):
                continue
            tgt = posixpath.normpath(posixpath.join(posixpath.dirname(cur), h.split("#")[0]))
            if tgt in files and tgt not in seen:
                seen.add(tgt)
                todo.append(tgt)
    for f in sorted(files - seen):
        err(f"not reachable from index: {f}")

    # operators
    ops = defaultdict(list)
    for p in pages:
        if p["is_offer"]:
            ops[p["operator"]].append(p)
    U = sorted(k for k in ops if k.startswith("U"))
    I = sorted(k for k in ops if k.startswith("I"))
    if sorted(truth["operators"]) != U:
        err(f"operators block {sorted(truth['operators'])} != used U ids {U}")
    for k in ops:
        if not re.fullmatch(r"[UI]\d\d", k):
            err(f"bad operator id {k}")
    for k in I:
        if len(ops[k]) != 1:
            err(f"independent {k} has {len(ops[k])} pages")
    keyowner = defaultdict(set)
    for k, ps in ops.items():
        for p in ps:
            for kind, value, _ in p["identifiers"]:
                keyowner[(kind, value)].add(k)
    for key, owners in keyowner.items():
        if len(owners) > 1:
            err(f"identifier {key} shared across operators {owners}")
    for k in U:
        ps = ops[k]
        if not 3 <= len(ps) <= 4:
            err(f"{k} has {len(ps)} offer pages")
        brands = {p["provider"] for p in ps}
        if len(brands) < 2:
            err(f"{k} has fewer than 2 brands")
        sets = [{(a, b) for a, b, _ in p["identifiers"]} for p in ps]
        if set.intersection(*sets):
            err(f"{k}: an identifier is on every page: {set.intersection(*sets)}")
        comp, todo2 = {0}, [0]
        while todo2:
            i = todo2.pop()
            for j in range(len(ps)):
                if j not in comp and sets[i] & sets[j]:
                    comp.add(j)
                    todo2.append(j)
        if len(comp) != len(ps):
            err(f"{k}: pages not connected by shared identifiers")
    for k in I:
        for kind, value, _ in ops[k][0]["identifiers"]:
            others = [p["path"] for p in pages if p["is_offer"] and p["operator"] != k
                      and any(x[0] == kind and x[1] == value for x in p["identifiers"])]
            if others:
                err(f"independent {k} shares {value} with {others}")

    # decoys
    for d in truth["decoys"]:
        if len(d["paths"]) < 2:
            err(f"decoy {d['value']} has fewer than 2 paths")
        owners = set()
        for path in d["paths"]:
            if path not in bypath:
                err(f"decoy path missing: {path}")
                continue
            if not decoy_present(d["kind"], d["value"], read(path)):
                err(f"decoy {d['value']} not found on {path}")
            p = bypath[path]
            owners.add(p["operator"] if p["is_offer"] else "nonoffer:" + path)
        if len(owners) < 2:
            err(f"decoy {d['value']} does not span different operators/non-offers")
        sellers = keyowner.get((d["kind"], d["value"]), set())
        if sellers and not any(not bypath[x]["is_offer"] for x in d["paths"] if x in bypath):
            err(f"decoy {d['value']} is a seller identifier but touches no non-offer")

    n_off = sum(p["is_offer"] for p in pages)
    print(f"pages={len(files)} offers={n_off} non_offers={len(files) - n_off} operators={len(U)} "
          f"independents={len(I)} decoys={len(truth['decoys'])}")
    if ERR:
        print("\n".join("FAIL: " + e for e in ERR))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
