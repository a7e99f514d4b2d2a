#!/usr/bin/env python3
"""Verify the sealed web operators-2026-12z against its truth.json (stdlib only)."""
import html
import json
import os
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser
from posixpath import normpath, dirname, join as pjoin

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(msg):
    ERR.append(msg)


FW = {ord("０") + i: ord("0") + i for i in range(10)}
FW.update({ord("＠"): ord("@"), ord("　"): ord(" "), ord("＋"): ord("+"), ord("－"): ord("-")})

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(code):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", code):
        return False
    s = sum(ALPH.index(c) * w for c, w in zip(code[:17], UW))
    r = 31 - s % 31
    if r == 31:
        r = 0
    if ALPH[r] != code[17]:
        return False
    body = code[8:16]
    s2 = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s2 % 11
    c = "X" if c == 10 else "0" if c == 11 else str(c)
    return c == code[16]


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.links, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("style", "script"):
            self.skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "img" and a.get("alt"):
            self.nodes.append(a["alt"])

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(re.sub(r"[ \t\r\n]+", " ", data))


def norm(kind, w):
    w = w.translate(FW).strip()
    if kind == "phone":
        d = re.sub(r"\D", "", w)
        if d.startswith("86") and len(d) > 11:
            d = d[2:]
        if d.startswith("0"):
            d = d[1:]
        return "+86" + d
    if kind in ("qq", "qq_group"):
        return re.sub(r"\D", "", w)
    if kind == "wechat":
        d = re.sub(r"[\s-]", "", w)
        return d if d.isdigit() else w.lower()
    if kind == "email":
        w = re.sub(r"\s*(\[at\]|\(at\))\s*", "@", w, flags=re.I)
        return re.sub(r"\s", "", w).lower()
    if kind == "domain":
        w = re.sub(r"^https?://", "", w.lower())
        w = w.split("/")[0]
        return w[4:] if w.startswith("www.") else w
    if kind == "uscc":
        return w.upper()
    if kind == "other":
        d = re.sub(r"[\s-]", "", w)
        return d
    raise ValueError(kind)


def squash(text):
    t = text.translate(FW)
    return re.sub(r"(?<=\d)[\s\-]+(?=\d)", "", t)


def occurs(value_digits, text):
    return re.search(r"(?<!\d)(?:86)?0?" + re.escape(value_digits) + r"(?!\d)", text) is not None


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    for k in ("description", "pages", "operators", "decoys"):
        if k not in truth:
            err(f"truth lacks {k}")
    files = set()
    for root, _, fs in os.walk(SITE):
        for f in fs:
            if f.endswith(".html"):
                files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
    if not 48 <= len(files) <= 56:
        err(f"{len(files)} pages, want 48-56")
    rb = open(os.path.join(SITE, "robots.txt")).read()
    if "User-agent: *" not in rb or "Disallow: /" in rb:
        err("robots.txt must allow all")

    parsed = {}
    for p in files:
        pg = Page()
        pg.feed(open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read())
        parsed[p] = pg
    # reachability
    seen, todo = {"/index.html"}, ["/index.html"]
    while todo:
        p = todo.pop()
        for h in parsed[p].links:
            if re.match(r"^(tel:|mailto:|#|https?:|data:)", h):
                continue
            if h.startswith("/"):
                err(f"{p}: absolute link {h}")
                continue
            t = normpath(pjoin(dirname(p), h.split("#")[0]))
            if t not in files:
                err(f"{p}: broken link {h}")
            elif t not in seen:
                seen.add(t)
                todo.append(t)
    for p in sorted(files - seen):
        err(f"unreachable {p}")

    tpaths = [x["path"] for x in truth["pages"]]
    if set(tpaths) != files or len(tpaths) != len(set(tpaths)):
        err(f"truth pages != files: {set(tpaths) ^ files}")
    texts = {p: "\n".join(parsed[p].nodes) for p in files}
    sq = {p: squash(texts[p]) for p in files}

    ops = {o[0]: o[1] for o in truth["operators"]}
    group_of = {}
    group_ids = defaultdict(set)
    op_pages = defaultdict(list)
    for pg in truth["pages"]:
        p = pg["path"]
        if pg["is_offer"]:
            if pg["operator"] not in ops:
                err(f"{p}: offer without known operator")
            if pg["provider"] not in ops.get(pg["operator"], {}).get("brands", []):
                err(f"{p}: provider {pg['provider']} not in operator brands")
            op_pages[pg["operator"]].append(pg)
            g = pg["operator"]
        else:
            if pg["operator"] is not None:
                err(f"{p}: non-offer with operator")
            g = "page:" + p
        group_of[p] = g
        for kind, nv, w in pg["identifiers"]:
            if p in texts and not any(w in node for node in parsed[p].nodes):
                err(f"{p}: written form {w!r} not in page text")
            if norm(kind, w) != nv:
                err(f"{p}: {kind} {w!r} normalizes to {norm(kind, w)!r}, truth says {nv!r}")
            if kind == "uscc" and not uscc_ok(nv):
                err(f"{p}: bad USCC {nv}")
            group_ids[g].add((kind, nv))

    n_offer = sum(1 for x in truth["pages"] if x["is_offer"])
    for oid, info in ops.items():
        pages = op_pages.get(oid, [])
        if oid.startswith("U"):
            if not 3 <= len(pages) <= 4:
                err(f"{oid}: {len(pages)} pages")
            if not 2 <= len(info["brands"]) <= 3:
                err(f"{oid}: {len(info['brands'])} brands")
            sets = [set((k, v) for k, v, _ in pg["identifiers"]) for pg in pages]
            if set.intersection(*sets):
                err(f"{oid}: one identifier on every page {set.intersection(*sets)}")
            comp = {0}
            changed = True
            while changed:
                changed = False
                for i, s in enumerate(sets):
                    if i not in comp and any(s & sets[j] for j in comp):
                        comp.add(i)
                        changed = True
            if len(comp) != len(sets):
                err(f"{oid}: pages not connected by shared identifiers")
        elif oid.startswith("I"):
            if len(pages) != 1:
                err(f"{oid}: {len(pages)} pages")
        used = {pg["provider"] for pg in pages}
        if set(info["brands"]) - used:
            err(f"{oid}: brands never used {set(info['brands']) - used}")

    # no identifier shared between groups
    owner = {}
    for g, ids in group_ids.items():
        for i in ids:
            if i in owner and owner[i] != g:
                err(f"identifier {i} shared by {owner[i]} and {g}")
            owner[i] = g
    # decoys
    decoy_vals = set()
    for d in truth["decoys"]:
        v = d["value"]
        decoy_vals.add(v)
        if any(v == nv for (_, nv) in owner):
            err(f"decoy {v} is also a seller identifier")
        if d["kind"] == "uscc" and not uscc_ok(v):
            err(f"decoy USCC {v} invalid")
        for p in d["paths"]:
            if p not in files:
                err(f"decoy {v}: no page {p}")
                continue
            if re.fullmatch(r"\+?\d+", v):
                dg = v[3:] if v.startswith("+86") else v
                if not occurs(dg, sq[p]):
                    err(f"decoy {v} not on {p}")
            elif v.lower() not in texts[p].lower():
                err(f"decoy {v} not on {p}")
    # seller identifiers must not leak onto pages of other groups
    for (kind, nv), g in owner.items():
        for p in files:
            if group_of[p] == g:
                continue
            if re.fullmatch(r"\+?\d+", nv):
                dg = nv[3:] if nv.startswith("+86") else nv
                if occurs(dg, sq[p]):
                    err(f"{kind} {nv} of {g} also appears on {p}")
            elif nv.lower() in texts[p].lower():
                err(f"{kind} {nv} of {g} also appears on {p}")
    # every mobile / e-mail / USCC on a page is accounted for
    for pg in truth["pages"]:
        p = pg["path"]
        known = {nv for _, nv, _ in pg["identifiers"]} | decoy_vals
        known_d = {k[3:] if k.startswith("+86") else k for k in known}
        for m in re.findall(r"(?<!\d)(?:86)?(1[3-9]\d{9})(?!\d)", sq[p]):
            if m not in known_d:
                err(f"{p}: unlisted mobile-like number {m}")
        for m in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", texts[p].translate(FW)):
            if m.lower() not in known:
                err(f"{p}: unlisted e-mail {m}")
        for m in re.findall(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", texts[p]):
            if re.match(r"^\d{2}", m) and not m.isdigit():
                if not uscc_ok(m):
                    err(f"{p}: invalid USCC-like {m}")
                if m not in known:
                    err(f"{p}: unlisted USCC {m}")

    if ERR:
        print("\n".join(ERR))
        print(f"FAIL: {len(ERR)} problems")
        sys.exit(1)
    n_u = sum(1 for o in ops if o.startswith("U"))
    n_i = sum(1 for o in ops if o.startswith("I"))
    print(f"OK: {len(files)} pages, {n_offer} offers, {len(files) - n_offer} non-offers, "
          f"{n_u} operators, {n_i} independents, {len(truth['decoys'])} decoys")


if __name__ == "__main__":
    main()
