#!/usr/bin/env python3
"""Verify site/ and truth.json of operators-2026-12aa (stdlib only)."""
import html.parser
import json
import os
import posixpath
import re
import sys
from collections import defaultdict, deque

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
sys.path.insert(0, HERE)
import gen  # noqa: E402  (only for the decoys' written forms)

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]
FW = str.maketrans("０１２３４５６７８９", "0123456789")
ERR = []


def err(msg):
    ERR.append(msg)


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.links, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("style", "script"):
            self.skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if a.get("alt"):
            self.parts.append(" " + a["alt"] + " ")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def parse(path):
    p = Text()
    with open(os.path.join(SITE, path.lstrip("/")), encoding="utf-8") as f:
        p.feed(f.read())
    return "".join(p.parts), p.links


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    t = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18))
    r = 31 - t % 31
    if ALPHA[0 if r == 31 else r] != c[17]:
        return False
    s = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(c[8:16], W11714))
    k = 11 - s % 11
    return c[16] == ("X" if k == 10 else "0" if k == 11 else str(k))


def norm(kind, written):
    w = written.translate(FW)
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
        m = re.search(r"[A-Za-z0-9_\-]+$", w)
        return m.group(0).lower() if m else None
    if kind == "email":
        e = w.replace("（at）", "@").replace("[at]", "@").replace(" at ", "@").replace(" dot ", ".")
        return re.sub(r"\s", "", e).lower()
    if kind == "domain":
        return re.sub(r"^www\.", "", w.lower())
    if kind == "uscc":
        return w.upper()
    return w


def digit_runs(text):
    t = text.translate(FW)
    return [re.sub(r"[\s\-]", "", m) for m in re.findall(r"\d[\d \-]*\d", t)]


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    pages = {p["path"]: p for p in truth["pages"]}
    files = set()
    for root, _, fs in os.walk(SITE):
        for f in fs:
            if f.endswith(".html"):
                files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
    if set(pages) != files:
        err(f"truth/site mismatch: {sorted(set(pages) ^ files)}")
    if not 48 <= len(files) <= 56:
        err(f"page count {len(files)} outside 48-56")
    robots = open(os.path.join(SITE, "robots.txt")).read()
    if "Allow: /" not in robots:
        err("robots.txt does not allow all")

    texts, links = {}, {}
    for p in files:
        texts[p], ls = parse(p)
        out = []
        for h in ls:
            if re.match(r"^(tel|mailto):", h):
                continue
            if h.startswith("/") or "://" in h:
                err(f"{p}: non-relative link {h}")
                continue
            out.append(posixpath.normpath(posixpath.join(posixpath.dirname(p), h)))
        links[p] = out
    # reachability
    seen, q = {"/index.html"}, deque(["/index.html"])
    while q:
        for n in links[q.popleft()]:
            if n not in files:
                err(f"broken link to {n}")
            elif n not in seen:
                seen.add(n)
                q.append(n)
    if seen != files:
        err(f"unreachable: {sorted(files - seen)}")

    # identifiers on their pages
    ops = dict((o[0], o[1]) for o in truth["operators"])
    owner = {}
    by_op = defaultdict(list)
    for p in pages.values():
        if p["is_offer"] != (p["operator"] is not None):
            err(f"{p['path']}: is_offer/operator mismatch")
        if p["operator"]:
            if p["operator"] not in ops:
                err(f"{p['path']}: unknown operator")
            by_op[p["operator"]].append(p)
            if p["provider"] not in ops[p["operator"]]["brands"]:
                err(f"{p['path']}: provider {p['provider']} not a brand of {p['operator']}")
            if not p["identifiers"]:
                err(f"{p['path']}: offer without identifiers")
        elif p["identifiers"]:
            err(f"{p['path']}: non-offer page with seller identifiers")
        for kind, value, written in p["identifiers"]:
            if written not in texts[p["path"]]:
                err(f"{p['path']}: written form {written!r} not in text")
            n = norm(kind, written)
            if n != value:
                err(f"{p['path']}: {kind} {written!r} normalizes to {n!r}, truth says {value!r}")
            if kind == "uscc" and not uscc_ok(value):
                err(f"{p['path']}: bad USCC {value}")
            o = owner.setdefault(value, p["operator"])
            if o != p["operator"]:
                err(f"identifier {value} shared by {o} and {p['operator']}")
    # operator shapes
    u = [o for o in ops if o.startswith("U")]
    i = [o for o in ops if o.startswith("I")]
    for o in u:
        ps = by_op[o]
        if not 3 <= len(ps) <= 4:
            err(f"{o}: {len(ps)} pages")
        if not 2 <= len(ops[o]["brands"]) <= 3:
            err(f"{o}: brand count")
        if len({p["provider"] for p in ps}) < 2:
            err(f"{o}: pages show only one brand")
        sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
        if set.intersection(*sets):
            err(f"{o}: one identifier on every page (want a chain)")
        comp, q2 = {0}, [0]
        while q2:
            a = q2.pop()
            for b in range(len(ps)):
                if b not in comp and sets[a] & sets[b]:
                    comp.add(b)
                    q2.append(b)
        if len(comp) != len(ps):
            err(f"{o}: pages not connected by shared identifiers")
    for o in i:
        if len(by_op[o]) != 1:
            err(f"{o}: independent with {len(by_op[o])} pages")
    # no accidental leak of a seller identifier onto another operator's or a non-offer page
    for value, o in owner.items():
        digits = re.sub(r"\D", "", value)
        if value.startswith("+86"):
            digits = digits[2:]
        for path, p in pages.items():
            if p["operator"] == o:
                continue
            t = texts[path]
            if re.fullmatch(r"\+?\d+", value):
                if any(digits in r for r in digit_runs(t)):
                    err(f"seller id {value} of {o} leaks onto {path}")
            elif value.lower() in t.lower():
                err(f"seller id {value} of {o} leaks onto {path}")
    # decoys
    written = {}
    for d in gen.DECOYS:
        written.setdefault((d["kind"], d["value"], tuple(d["paths"])), d["written"])
    if len(truth["decoys"]) < 15:
        err("too few decoys")
    for d in truth["decoys"]:
        w = written.get((d["kind"], d["value"], tuple(d["paths"])))
        if d["value"] in owner:
            err(f"decoy {d['value']} is also a seller identifier")
        for path in d["paths"]:
            if path not in texts:
                err(f"decoy {d['value']}: no page {path}")
            elif w not in texts[path]:
                err(f"decoy {d['value']}: {w!r} not on {path}")
    n_off = sum(p["is_offer"] for p in pages.values())
    print(f"pages {len(files)}, offers {n_off}, non-offers {len(files) - n_off}, "
          f"operators {len(u)}, independents {len(i)}, decoys {len(truth['decoys'])}")
    for e in ERR:
        print("ERROR:", e)
    print("OK" if not ERR else f"{len(ERR)} errors")
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main())
