#!/usr/bin/env python3
"""Consistency checks for operators-2026-12w (stdlib only). Exit 1 on any error."""
import html as htmlmod
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict, deque

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


# ------------------------------------------------------------------ scanning
def _text(raw):
    return unicodedata.normalize("NFKC", htmlmod.unescape(raw))


def _flat_digits(text):
    t = re.sub(r"[(（](0\d{2,3})[)）]", r"\1", text)
    return re.sub(r"(?<=\d)[\s\-\u00a0]+(?=\d)", "", t)


def page_hits(kind, value, raw):
    """True when the identifier (kind, normalized value) occurs on the page in any written form."""
    text = _text(raw)
    low = text.lower()
    if kind == "phone" or (kind == "wechat" and value.isdigit()):
        key = value[3:] if value.startswith("+86") else value
        return re.search(r"(?<!\d)(?:\+?86|0)?" + re.escape(key) + r"(?!\d)", _flat_digits(text)) is not None
    if kind in ("qq", "qq_group"):
        return re.search(r"(?<!\d)" + re.escape(value) + r"(?!\d)", _flat_digits(text)) is not None
    if kind == "wechat":
        return re.search(r"(?<![a-z0-9_\-])" + re.escape(value.lower()) + r"(?![a-z0-9_\-])", low) is not None
    if kind == "email":
        local, dom = value.lower().split("@")
        hit = re.search(r"(?<![a-z0-9_.\-])" + re.escape(local) + r"(?![a-z0-9_\-])", low)
        return bool(hit) and dom.split(".")[0] in low
    if kind == "domain":
        return re.search(r"(?<![a-z0-9\-])" + re.escape(value.lower()) + r"(?![a-z0-9\-])", low) is not None
    if kind == "uscc":
        return value.upper() in text.upper()
    if kind == "other":
        key = value.split(":", 1)[1] if re.match(r"^[a-z]+:", value) else value
        return key.lower() in low
    raise ValueError(kind)


# ------------------------------------------------------------------ well-formedness
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPH.index(x) * w for x, w in zip(c[:17], W18))
    r = 31 - s % 31
    return c[17] == ALPH[0 if r == 31 else r]


def well_formed(kind, v, decoy=False):
    if kind == "phone":
        if decoy and re.fullmatch(r"1\d{4}", v):
            return True
        return re.fullmatch(r"\+86(1[3-9]\d{9}|400\d{7}|800\d{7}|(10|2\d)\d{8}|[3-9]\d{2}\d{7,8})", v) is not None
    if kind == "wechat":
        return re.fullmatch(r"[a-z][a-z0-9_\-]{5,19}|1[3-9]\d{9}", v) is not None
    if kind in ("qq", "qq_group"):
        return re.fullmatch(r"[1-9]\d{4,10}", v) is not None
    if kind == "email":
        return re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v) is not None
    if kind == "domain":
        return re.fullmatch(r"[a-z0-9\-]+(\.[a-z0-9\-]+)+", v) is not None
    if kind == "uscc":
        return uscc_ok(v)
    if kind == "other":
        return bool(v.strip()) and v == v.strip()
    return False


def main():
    errs = []
    E = errs.append
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    for k in ("description", "pages", "operators", "decoys"):
        if k not in truth:
            E(f"truth missing {k}")
    pages = truth["pages"]
    bypath = {p["path"]: p for p in pages}
    if len(bypath) != len(pages):
        E("duplicate page paths")

    # files <-> truth
    files = set()
    for root, _, fs in os.walk(SITE):
        for f in fs:
            rel = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            files.add(rel)
    if "/robots.txt" not in files:
        E("robots.txt missing")
    else:
        rb = open(os.path.join(SITE, "robots.txt"), encoding="utf-8").read()
        if "Allow: /" not in rb or "Disallow: /\n" in rb:
            E("robots.txt does not allow all")
    htmlfiles = {f for f in files if f.endswith(".html")}
    if htmlfiles != set(bypath):
        E(f"files/truth mismatch: {sorted(htmlfiles ^ set(bypath))}")
    if files - htmlfiles - {"/robots.txt"}:
        E(f"unexpected files {files - htmlfiles - {'/robots.txt'}}")
    if not 48 <= len(pages) <= 56:
        E(f"page count {len(pages)} not in 48..56")
    raw = {}
    for p in pages:
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        if os.path.exists(fp):
            raw[p["path"]] = open(fp, encoding="utf-8").read()
        else:
            raw[p["path"]] = ""

    # reachability
    seen = {"/index.html"}
    dq = deque(["/index.html"])
    while dq:
        cur = dq.popleft()
        for h in re.findall(r'href="(/[^"#?]*)"', raw.get(cur, "")):
            if h in bypath and h not in seen:
                seen.add(h)
                dq.append(h)
    for p in pages:
        if p["path"] not in seen:
            E(f"unreachable {p['path']}")

    # page fields, identifiers
    seller_ids = defaultdict(set)   # (kind,norm) -> set of paths listing it
    for p in pages:
        path = p["path"]
        if p["is_offer"]:
            if not p["operator"] or not re.fullmatch(r"[UI]\d\d", p["operator"]):
                E(f"{path}: offer without operator id")
            if not p["provider"]:
                E(f"{path}: offer without provider")
        elif p["operator"] is not None:
            E(f"{path}: operator set on non-offer")
        for ident in p["identifiers"]:
            if len(ident) != 3:
                E(f"{path}: bad identifier {ident}")
                continue
            kind, norm, written = ident
            if kind not in KINDS:
                E(f"{path}: bad kind {kind}")
                continue
            if not well_formed(kind, norm):
                E(f"{path}: malformed {kind} {norm}")
            if written not in raw[path] and written not in _text(raw[path]):
                E(f"{path}: written form {written!r} not on page")
            if not page_hits(kind, norm, raw[path]):
                E(f"{path}: scanner does not find {kind} {norm}")
            seller_ids[(kind, norm)].add(path)

    # completeness: a seller identifier must be listed wherever it occurs
    for (kind, norm), listed in seller_ids.items():
        if kind == "wechat" and norm.isdigit():
            continue  # 微信同号: same digits as a phone, listed only where the page says so
        for path in bypath:
            if path not in listed and page_hits(kind, norm, raw[path]):
                E(f"{path}: contains seller {kind} {norm} but does not list it")

    # operators
    groups = defaultdict(list)
    for p in pages:
        if p["is_offer"]:
            groups[p["operator"]].append(p)
    ops_truth = dict((o[0], o[1]) for o in truth["operators"])
    uops = sorted(g for g in groups if g.startswith("U"))
    iops = sorted(g for g in groups if g.startswith("I"))
    if set(uops) != set(ops_truth):
        E(f"operators list {sorted(ops_truth)} != offer groups {uops}")
    if len(uops) != 9:
        E(f"{len(uops)} operators, expected 9")
    if not 5 <= len(iops) <= 8:
        E(f"{len(iops)} independents, expected 5..8")
    offers = sum(len(v) for v in groups.values())
    if not 35 <= offers <= 38:
        E(f"{offers} offers, expected 35..38")
    tie_kinds = set()
    for g in uops:
        ps = groups[g]
        if not 3 <= len(ps) <= 4:
            E(f"{g}: {len(ps)} offers")
        brands = {p["provider"] for p in ps}
        if not 2 <= len(brands) <= 3:
            E(f"{g}: {len(brands)} brands")
        tb = ops_truth.get(g, {}).get("brands", [])
        if set(tb) != brands:
            E(f"{g}: truth brands {tb} != page providers {sorted(brands)}")
        # connectivity
        idsets = {p["path"]: {tuple(i[:2]) for i in p["identifiers"]} for p in ps}
        start = ps[0]["path"]
        comp, dq = {start}, deque([start])
        while dq:
            a = dq.popleft()
            for b in idsets:
                if b not in comp and idsets[a] & idsets[b]:
                    comp.add(b)
                    dq.append(b)
                    tie_kinds |= {k for k, _ in idsets[a] & idsets[b]}
        if comp != set(idsets):
            E(f"{g}: offers not connected: {sorted(set(idsets) - comp)}")
        ties = ops_truth.get(g, {}).get("ties", "")
        for p in ps:
            if p["path"] not in ties:
                E(f"{g}: ties string does not mention {p['path']}")
    for g in iops:
        if len(groups[g]) != 1:
            E(f"{g}: independent with {len(groups[g])} pages")
    missing = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"} - tie_kinds
    if missing:
        E(f"tie kinds never used: {missing}")

    # no identifier shared across operators / with independents / other sellers
    for ident, paths in seller_ids.items():
        owners = set()
        for path in paths:
            p = bypath[path]
            owners.add(p["operator"] if p["is_offer"] else None)
        named = {o for o in owners if o}
        if len(named) > 1:
            E(f"{ident} shared across {sorted(named)}")
        if any(o.startswith("I") for o in named) and len(paths) > 1:
            E(f"independent identifier {ident} on several pages {sorted(paths)}")
        if not named and len(paths) > 1:
            E(f"non-offer identifier {ident} on several pages {sorted(paths)}")

    # decoys
    dvals = set()
    for d in truth["decoys"]:
        kind, value = d["kind"], d["value"]
        if kind not in KINDS:
            E(f"decoy bad kind {kind}")
            continue
        if not well_formed(kind, value, decoy=True):
            E(f"decoy malformed {kind} {value}")
        if (kind, value) in seller_ids:
            E(f"decoy {value} is also a seller identifier")
        dvals.add((kind, value))
        found = sorted(p for p in bypath if page_hits(kind, value, raw[p]))
        if found != sorted(d["paths"]):
            E(f"decoy {value}: listed {sorted(d['paths'])} but found on {found}")
        if not found:
            E(f"decoy {value} found nowhere")
    for ident in seller_ids:
        for (dk, dv) in dvals:
            if ident[1] == dv:
                E(f"seller id {ident} equals decoy value")

    if errs:
        for e in errs:
            print("ERROR", e)
        print(f"{len(errs)} error(s)")
        sys.exit(1)
    print(f"OK: {len(pages)} pages, {offers} offers, {len(uops)} operators, {len(iops)} independents, "
          f"{len(truth['decoys'])} decoys, tie kinds {sorted(tie_kinds)}")


if __name__ == "__main__":
    main()
