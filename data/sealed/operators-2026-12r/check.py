#!/usr/bin/env python3
"""Consistency checks for the labeled web operators-2026-12r (stdlib only).

Exit status 0 when clean; prints every problem otherwise.
"""
import html
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from urllib.parse import urljoin, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(msg):
    ERR.append(msg)


# ---------------------------------------------------------------- helpers
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPH.index(ch) * w for ch, w in zip(c[:17], WTS))
    r = 31 - s % 31
    if ALPH[0 if r == 31 else r] != c[17]:
        return False
    body = c[8:16]
    s = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
    k = 11 - s % 11
    return ("X" if k == 10 else "0" if k == 11 else str(k)) == c[16]


WELL = {
    "phone": r"\+86(1[3-9]\d{9}|[48]00\d{7}|(10|2\d)\d{8}|[3-9]\d{2}\d{7,8})",
    "wechat": r"[a-z][-_a-z0-9]{5,19}",
    "qq": r"[1-9]\d{4,11}",
    "qq_group": r"[1-9]\d{4,11}",
    "email": r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+",
    "domain": r"[a-z0-9-]+(\.[a-z0-9-]+)+",
    "other": r"[a-z]+:[^\s:]+",
}


def well_formed(kind, v):
    if kind == "uscc":
        return uscc_ok(v)
    return kind in WELL and re.fullmatch(WELL[kind], v) is not None


def texts(raw):
    u = unicodedata.normalize("NFKC", html.unescape(raw))
    stripped = unicodedata.normalize("NFKC", html.unescape(re.sub(r"<[^>]+>", "", raw)))
    return [u.lower(), stripped.lower()]


def squash(t):
    t = re.sub(r"[(（]\s*(0\d{2,3})\s*[)）]\s*", r"\1", t)
    return re.sub(r"(?<=\d)[ \t\r\n\u00a0\-–—.]{1,3}(?=\d)", "", t)


def phone_norm(run):
    if run.startswith("+86"):
        return run
    if run.startswith("86") and len(run) == 13 and run[2] == "1":
        return "+" + run
    if run.startswith("0") and 10 <= len(run) <= 12:
        return "+86" + run[1:]
    if run.startswith("1") and len(run) == 11:
        return "+86" + run
    if run[:3] in ("400", "800") and len(run) == 10:
        return "+86" + run
    return run


def deob(t):
    t = re.sub(r"\s*(?:\(at\)|\[at\]|（at）|\sat\s|#|▲)\s*", "@", t)
    return re.sub(r"\s*(?:\[dot\]|\(dot\)|\sdot\s)\s*", ".", t)


def scan(raw, kind, value):
    v = value.lower()
    for t in texts(raw):
        if kind in ("phone", "qq", "qq_group"):
            for m in re.finditer(r"\+?\d+", squash(t)):
                run = m.group(0)
                if kind == "phone" and phone_norm(run) == v:
                    return True
                if kind != "phone" and run == v:
                    return True
        elif kind == "email":
            if v in deob(t):
                return True
        elif kind == "domain":
            if re.search(r"(?<![a-z0-9-])(?:[a-z0-9-]+\.)*" + re.escape(v) + r"(?![a-z0-9-])", t):
                return True
        else:
            token = v.split(":", 1)[1] if re.match(r"^[a-z]+:", v) else v
            if re.search(r"(?<![a-z0-9_-])" + re.escape(token) + r"(?![a-z0-9_-])", t):
                return True
    return False


def written_present(raw, w):
    if w in raw or w in html.unescape(raw):
        return True
    stripped = html.unescape(re.sub(r"<[^>]+>", "", raw))
    if w in stripped or w in re.sub(r"\s+", " ", stripped):
        return True
    return False


class Links:
    def __init__(self):
        pass


def hrefs(raw):
    return re.findall(r"<a\b[^>]*\bhref=\"([^\"]+)\"", raw)


# ---------------------------------------------------------------- load
def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    for key in ("description", "pages", "operators", "decoys"):
        if key not in truth:
            err(f"truth.json lacks {key}")
    pages = truth["pages"]
    bypath = {}
    for pg in pages:
        if pg["path"] in bypath:
            err(f"duplicate page {pg['path']}")
        bypath[pg["path"]] = pg
    raws = {}
    for pg in pages:
        f = os.path.join(SITE, pg["path"].lstrip("/"))
        if not os.path.isfile(f):
            err(f"missing file for {pg['path']}")
            continue
        raws[pg["path"]] = open(f, encoding="utf-8").read()

    # files <-> truth
    on_disk = set()
    for root, _, files in os.walk(SITE):
        for fn in files:
            rel = "/" + os.path.relpath(os.path.join(root, fn), SITE).replace(os.sep, "/")
            if rel.endswith(".html"):
                on_disk.add(rel)
            elif rel != "/robots.txt":
                err(f"unexpected file {rel}")
    for x in on_disk - set(bypath):
        err(f"html file not in truth: {x}")
    rb = os.path.join(SITE, "robots.txt")
    if not os.path.isfile(rb) or "Disallow: /" in open(rb).read() or "Allow: /" not in open(rb).read():
        err("robots.txt missing or not allowing all")
    if not 48 <= len(pages) <= 56:
        err(f"page count {len(pages)} outside 48-56")

    # reachability
    seen, todo = {"/index.html"}, ["/index.html"]
    while todo:
        cur = todo.pop()
        for h in hrefs(raws.get(cur, "")):
            if h.startswith(("tel:", "mailto:", "#")):
                continue
            u = urlparse(urljoin("http://x" + cur, h))
            if u.netloc != "x":
                continue
            if u.path in bypath and u.path not in seen:
                seen.add(u.path)
                todo.append(u.path)
            elif u.path not in bypath:
                err(f"{cur}: dead internal link {h}")
    for x in set(bypath) - seen:
        err(f"unreachable from /index.html: {x}")

    # page fields and identifiers
    kinds_all = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
    for pg in pages:
        p, raw = pg["path"], raws.get(pg["path"], "")
        if not pg["is_offer"] and pg["operator"] is not None:
            err(f"{p}: operator set on non-offer")
        if pg["is_offer"] and not pg["operator"]:
            err(f"{p}: offer without operator")
        if pg["is_offer"] and not pg["provider"]:
            err(f"{p}: offer without provider")
        for kind, norm, w in pg["identifiers"]:
            if kind not in kinds_all:
                err(f"{p}: bad kind {kind}")
            if not well_formed(kind, norm):
                err(f"{p}: malformed {kind} {norm}")
            if not written_present(raw, w):
                err(f"{p}: written form not on page: {w!r}")
            if not scan(raw, kind, norm):
                err(f"{p}: scanner does not find {kind} {norm}")
            if kind == "uscc" and w != norm:
                pass

    # seller identifiers: ownership
    offers = [pg for pg in pages if pg["is_offer"]]
    owner = defaultdict(set)          # (kind,norm) -> operators (offer pages)
    listed = defaultdict(set)         # (kind,norm) -> pages that list it
    for pg in pages:
        for kind, norm, _ in pg["identifiers"]:
            listed[(kind, norm)].add(pg["path"])
            if pg["is_offer"]:
                owner[(kind, norm)].add(pg["operator"])
    for key, ops in owner.items():
        if len(ops) > 1:
            err(f"seller identifier {key} shared across operators {sorted(ops)}")
    for key, lp in listed.items():
        found = {p for p, raw in raws.items() if scan(raw, key[0], key[1])}
        for p in found - lp:
            err(f"seller identifier {key} appears on {p} which does not list it")
        for p in found:
            pg = bypath[p]
            if pg["is_offer"] and key in owner and pg["operator"] not in owner[key]:
                err(f"seller identifier {key} of {owner[key]} found on offer of {pg['operator']}")
    decoy_keys = {(d["kind"], d["value"].lower()) for d in truth["decoys"]}
    for key in listed:
        if (key[0], key[1].lower()) in decoy_keys:
            err(f"seller identifier {key} is also a decoy")

    # operators
    op_pages = defaultdict(list)
    for pg in offers:
        op_pages[pg["operator"]].append(pg)
    declared = {o for o, _ in truth["operators"]}
    u_ops = sorted(o for o in op_pages if o.startswith("U"))
    i_ops = sorted(o for o in op_pages if o.startswith("I"))
    if set(u_ops) != declared:
        err(f"operators declared {sorted(declared)} vs used {u_ops}")
    if len(u_ops) != 9:
        err(f"{len(u_ops)} operators, expected 9")
    if not 5 <= len(i_ops) <= 8:
        err(f"{len(i_ops)} independents, expected 5-8")
    if not 35 <= len(offers) <= 38:
        err(f"{len(offers)} offers, expected 35-38")
    tie_kinds = set()
    for o, info in truth["operators"]:
        pgs = op_pages.get(o, [])
        if not 3 <= len(pgs) <= 4:
            err(f"{o}: {len(pgs)} offer pages")
        brands = {pg["provider"] for pg in pgs}
        if not 2 <= len(brands) <= 3:
            err(f"{o}: {len(brands)} brands")
        if set(info["brands"]) != brands:
            err(f"{o}: brands in operators list differ from pages")
        # connectivity through shared identifiers
        idsets = {pg["path"]: {(k, n) for k, n, _ in pg["identifiers"]} for pg in pgs}
        paths = list(idsets)
        comp, stack = {paths[0]}, [paths[0]]
        while stack:
            a = stack.pop()
            for b in paths:
                if b not in comp and idsets[a] & idsets[b]:
                    comp.add(b)
                    stack.append(b)
        if comp != set(paths):
            err(f"{o}: offers not connected: {sorted(set(paths) - comp)}")
        # ties string
        for seg in info["ties"].split(";"):
            toks = seg.split()
            for j in range(0, len(toks) - 2, 2):
                a, kind, b = toks[j], toks[j + 1].strip("-"), toks[j + 2]
                tie_kinds.add(kind)
                if a not in idsets or b not in idsets:
                    err(f"{o}: tie names a page outside the operator: {a} {b}")
                    continue
                shared = {k for k, n in idsets[a] & idsets[b]}
                if kind not in shared:
                    err(f"{o}: tie {a} -{kind}- {b} not backed by identifiers (shared {shared})")
    if tie_kinds != kinds_all:
        err(f"tie kinds used {sorted(tie_kinds)}, missing {sorted(kinds_all - tie_kinds)}")
    for o in i_ops:
        pgs = op_pages[o]
        if len(pgs) != 1:
            err(f"independent {o} has {len(pgs)} pages")
        for k, n, _ in pgs[0]["identifiers"]:
            if listed[(k, n)] != {pgs[0]["path"]}:
                err(f"independent {o} shares {k} {n}")
        if not pgs[0]["identifiers"]:
            err(f"independent {o} has no identifiers")

    # decoys complete by scanning
    dkinds = set()
    for d in truth["decoys"]:
        found = sorted(p for p, raw in raws.items() if scan(raw, d["kind"], d["value"]))
        if found != sorted(d["paths"]):
            err(f"decoy {d['kind']} {d['value']}: listed {sorted(d['paths'])} scanned {found}")
        if not found:
            err(f"decoy {d['value']} on no page")
        dkinds.add(d["kind"])
        if d["kind"] == "uscc" and not uscc_ok(d["value"]):
            err(f"decoy uscc {d['value']} invalid")
    multi = [d for d in truth["decoys"]
             if len({bypath[p]["operator"] for p in d["paths"] if bypath[p]["is_offer"]}) >= 2]
    if len(multi) < 10:
        err(f"only {len(multi)} decoys span offers of two or more operators")

    # summary
    print(f"pages {len(pages)}, offers {len(offers)}, operators {len(u_ops)}, independents {len(i_ops)}, "
          f"decoys {len(truth['decoys'])} (cross-operator {len(multi)}), decoy kinds {sorted(dkinds)}")
    if ERR:
        print("\n".join("ERROR: " + x for x in ERR))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
