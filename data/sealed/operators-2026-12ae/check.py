"""Verify the operators-2026-12ae web: reachability, identifiers, USCCs, operators, decoys."""
import html.parser
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from urllib.parse import urldefrag

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]
ERR = []


def err(msg):
    ERR.append(msg)


class Parse(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.links, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.links.append(v)

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def squash(t):
    return re.sub(r"[\s\-–—]", "", unicodedata.normalize("NFKC", t))


def occurs(needle, text):
    hay, n, start = squash(text), squash(needle), 0
    while True:
        i = hay.find(n, start)
        if i < 0:
            return False
        if not n.isdigit():
            return True
        b = hay[i - 1] if i else ""
        a = hay[i + len(n)] if i + len(n) < len(hay) else ""
        if not b.isdigit() and not a.isdigit():
            return True
        start = i + 1


def phone_needle(v):
    d = v[3:]
    return d if d.startswith("1") and len(d) == 11 else "0" + d


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W18))
    r = 31 - s % 31
    if ALPH[0 if r == 31 else r] != c[17]:
        return False
    s = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(c[8:16], W11714))
    x = 11 - s % 11
    return ("X" if x == 10 else "0" if x == 11 else str(x)) == c[16]


def normalize(kind, written):
    w = unicodedata.normalize("NFKC", written).strip()
    if kind == "phone":
        d = re.sub(r"\D", "", w)
        if d.startswith("86") and len(d) > 11:
            d = d[2:]
        return "+86" + (d[1:] if d.startswith("0") else d)
    if kind in ("qq", "qq_group"):
        return re.sub(r"\D", "", w)
    if kind == "wechat":
        return re.sub(r"[\s\-]", "", w).lower() if re.fullmatch(r"[\d\s\-]+", w) else w.lower()
    if kind == "email":
        w = re.sub(r"\s*(\[at\]|\(at\)|#|@)\s*", "@", w)
        return w.replace(" ", "").lower()
    if kind == "domain":
        return re.sub(r"^(https?://)?(www\.)?", "", w.lower())
    return w


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    pages = {p["path"]: p for p in truth["pages"]}
    files = set()
    for root, _, fs in os.walk(SITE):
        for f in fs:
            if f.endswith(".html"):
                files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
    if files != set(pages):
        err(f"files vs truth differ: {sorted(files ^ set(pages))}")
    if not 48 <= len(files) <= 56:
        err(f"page count {len(files)} outside 48-56")
    robots = open(os.path.join(SITE, "robots.txt")).read()
    if "Allow: /" not in robots or "Disallow: /" in robots:
        err("robots.txt must allow all")
    text, links = {}, {}
    for p in files:
        pr = Parse()
        pr.feed(open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read())
        text[p] = "\n".join(pr.parts)
        links[p] = pr.links
    # reachability by relative links
    seen, todo = {"/index.html"}, ["/index.html"]
    while todo:
        cur = todo.pop()
        for href in links[cur]:
            href = urldefrag(href)[0]
            if not href or re.match(r"^[a-z]+:", href):
                continue
            if href.startswith("/"):
                err(f"{cur}: absolute link {href}")
                continue
            tgt = os.path.normpath(os.path.join(os.path.dirname(cur), href)).replace(os.sep, "/")
            if tgt in files and tgt not in seen:
                seen.add(tgt)
                todo.append(tgt)
            elif tgt.endswith(".html") and tgt not in files:
                err(f"{cur}: broken link {href}")
    for p in sorted(files - seen):
        err(f"unreachable: {p}")
    # identifiers
    owner = defaultdict(set)
    by_op = defaultdict(list)
    for p in truth["pages"]:
        if p["is_offer"] != bool(p["operator"]):
            err(f"{p['path']}: is_offer/operator mismatch")
        if p["is_offer"] and not p["provider"]:
            err(f"{p['path']}: offer without provider")
        for kind, norm, written in p["identifiers"]:
            if written not in text[p["path"]]:
                err(f"{p['path']}: written form {written!r} not in page text")
            if normalize(kind, written) != norm:
                err(f"{p['path']}: {kind} {written!r} normalizes to {normalize(kind, written)!r}, not {norm!r}")
            if kind == "uscc" and not uscc_ok(norm):
                err(f"{p['path']}: bad USCC {norm}")
            if p["operator"]:
                owner[(kind, norm)].add(p["operator"])
        if p["operator"]:
            by_op[p["operator"]].append(p)
    for key, ops in owner.items():
        if len(ops) > 1:
            err(f"identifier {key} shared by operators {sorted(ops)}")
    # a seller's phone/qq/email must not appear on another operator's offer page in any form
    for (kind, norm), ops in owner.items():
        if kind in ("phone", "qq", "qq_group", "email", "wechat", "uscc", "domain", "other"):
            needle = norm
            if kind == "phone":
                needle = phone_needle(norm)
            for p in truth["pages"]:
                if p["operator"] and p["operator"] not in ops and occurs(needle, text[p["path"]]):
                    err(f"{kind} {norm} of {sorted(ops)} also appears on {p['path']} ({p['operator']})")
    # operator shapes
    for op, ps in by_op.items():
        brands = {p["provider"] for p in ps}
        if op.startswith("U"):
            if not 3 <= len(ps) <= 4 or not 2 <= len(brands) <= 3:
                err(f"{op}: {len(ps)} pages, {len(brands)} brands")
            sets = [{(k, n) for k, n, _ in p["identifiers"]} for p in ps]
            if set.intersection(*sets):
                err(f"{op}: one identifier is on every page ({set.intersection(*sets)})")
            comp, grow = {0}, True
            while grow:
                grow = False
                for i in range(len(ps)):
                    if i not in comp and any(sets[i] & sets[j] for j in comp):
                        comp.add(i)
                        grow = True
            if len(comp) != len(ps):
                err(f"{op}: pages not chained by shared identifiers")
        elif len(ps) != 1:
            err(f"{op}: independent with {len(ps)} pages")
    # decoys
    seller_vals = {n for (_, n) in owner}
    for d in truth["decoys"]:
        v = d["value"]
        needle = phone_needle(v) if v.startswith("+86") else v
        if v in seller_vals:
            err(f"decoy {v} is also a seller identifier")
        if not d["paths"]:
            err(f"decoy {v} on no page")
        for pth in d["paths"]:
            if not occurs(needle, text.get(pth, "")):
                err(f"decoy {v} not found on {pth}")
        if d["kind"] == "platform_uscc" and not uscc_ok(v):
            err(f"decoy USCC {v} invalid")
    n_off = sum(p["is_offer"] for p in truth["pages"])
    print(f"pages={len(files)} offers={n_off} operators={len(by_op)} "
          f"U={sum(o.startswith('U') for o in by_op)} I={sum(o.startswith('I') for o in by_op)} decoys={len(truth['decoys'])}")
    for e in ERR:
        print("ERROR:", e)
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main())
