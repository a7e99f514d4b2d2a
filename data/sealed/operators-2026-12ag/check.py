#!/usr/bin/env python3
"""Verify the sealed web operators-2026-12ag against truth.json (stdlib only)."""
import json, os, re, sys, html, posixpath
from html.parser import HTMLParser
from collections import defaultdict, deque

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(msg):
    ERR.append(msg)


class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.alts, self.links, self._skip = [], [], [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("style", "script"):
            self._skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if a.get("alt"):
            self.alts.append(a["alt"])

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self._skip -= 1

    def handle_data(self, d):
        if not self._skip:
            self.text.append(d)


def parse(path):
    p = P()
    with open(os.path.join(SITE, path.lstrip("/")), encoding="utf-8") as fh:
        p.feed(fh.read())
    txt = re.sub(r"\s+", " ", " ".join(p.text + p.alts))
    return txt, p.links


# ---------------------------------------------------------------- USCC
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPHA.index(x) * w for x, w in zip(c[:17], WTS)) % 31
    if c[17] != ALPHA[0 if r == 31 else r]:
        return False
    val = lambda x: int(x) if x.isdigit() else ord(x) - 55
    s = sum(val(x) * w for x, w in zip(c[8:16], [3, 7, 9, 10, 5, 8, 4, 2]))
    k = 11 - s % 11
    return c[16] == ("X" if k == 10 else "0" if k == 11 else str(k))


# ---------------------------------------------------------------- digit helpers
CN = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6",
      "七": "7", "八": "8", "九": "9", "壹": "1", "贰": "2", "叁": "3", "肆": "4", "伍": "5", "陆": "6", "柒": "7",
      "捌": "8", "玖": "9"}


def digits_of(s):
    s = "".join(chr(ord(c) - 0xFEE0) if "０" <= c <= "９" else CN.get(c, c) for c in s)
    return re.sub(r"\D", "", s)


def core(d):
    if d.startswith("86") and len(d) > 11:
        d = d[2:]
    return d.lstrip("0")


def runs(text):
    t = "".join(chr(ord(c) - 0xFEE0) if "０" <= c <= "９" else c for c in text)
    t = re.sub(r"[(（](0\d{2,3})[)）]\s?", r"\1", t)
    t = re.sub(r"(?<=\d)[ \-]+(?=\d)", "", t)
    return {core(r) for r in re.findall(r"\d+", t)}


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    pages = {p["path"]: p for p in truth["pages"]}
    files = set()
    for dp, _, fs in os.walk(SITE):
        for f in fs:
            if f.endswith(".html"):
                files.add("/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/"))
    if files != set(pages):
        err(f"files vs truth differ: {sorted(files ^ set(pages))}")
    if not (48 <= len(files) <= 56):
        err(f"page count {len(files)} outside 48-56")
    rb = open(os.path.join(SITE, "robots.txt")).read()
    if "Allow: /" not in rb or "Disallow: /" in rb:
        err("robots.txt must allow all")

    texts, seen, q = {}, {"/index.html"}, deque(["/index.html"])
    for f in files:
        texts[f] = parse(f)
    while q:
        cur = q.popleft()
        for h in texts[cur][1]:
            if re.match(r"^[a-z]+:", h) or h.startswith("/") or h.startswith("#"):
                if h.startswith("/"):
                    err(f"{cur}: absolute link {h}")
                continue
            tgt = posixpath.normpath(posixpath.join(posixpath.dirname(cur), h.split("#")[0]))
            if tgt not in files:
                err(f"{cur}: broken link {h}")
            elif tgt not in seen:
                seen.add(tgt)
                q.append(tgt)
    if seen != files:
        err(f"unreachable: {sorted(files - seen)}")

    # pages and identifiers
    op_of = {}
    by_op = defaultdict(list)
    for p in truth["pages"]:
        txt = texts.get(p["path"], ("", []))[0]
        if p["is_offer"] != bool(p["operator"]):
            err(f'{p["path"]}: offer/operator mismatch')
        if p["operator"]:
            by_op[p["operator"]].append(p)
            if not p["identifiers"]:
                err(f'{p["path"]}: offer without identifiers')
        elif p["identifiers"]:
            err(f'{p["path"]}: non-offer page carries seller identifiers')
        for kind, norm, written in p["identifiers"]:
            if written not in txt:
                err(f'{p["path"]}: written form {written!r} not in page text')
            if kind in ("phone", "qq", "qq_group"):
                if core(digits_of(written)) != core(digits_of(norm)):
                    err(f'{p["path"]}: {written!r} does not give {norm}')
                if kind == "phone" and not norm.startswith("+86"):
                    err(f"{norm}: phone not normalized")
            elif kind == "uscc":
                if not uscc_ok(norm) or written != norm:
                    err(f'{p["path"]}: bad USCC {norm}')
            elif kind == "email":
                w = written.lower().replace("(at)", "@").replace(" [at] ", "@").replace("＠", "@").replace("＃", "@")
                w = w.replace(" 圈 ", "@").replace(" 点 ", ".")
                if w != norm:
                    err(f'{p["path"]}: {written!r} does not give {norm}')
            elif kind == "wechat":
                if written.lower().replace(" 下划线 ", "_") != norm:
                    err(f'{p["path"]}: {written!r} does not give {norm}')
            elif kind == "domain":
                w = written.lower().replace(" 点 ", ".")
                w = w[4:] if w.startswith("www.") else w
                if w != norm:
                    err(f'{p["path"]}: {written!r} does not give {norm}')
            elif kind == "other":
                if "douyin:" + written.lower() != norm:
                    err(f'{p["path"]}: other {written!r}')
            else:
                err(f"unknown kind {kind}")
            key = (kind, norm)
            if key in op_of and op_of[key] != p["operator"]:
                err(f"identifier {key} shared by {op_of[key]} and {p['operator']}")
            op_of[key] = p["operator"]

    # operators: counts, brands, connected chains
    ops = dict((o[0], o[1]) for o in truth["operators"])
    for oid, plist in by_op.items():
        if oid.startswith("U"):
            if oid not in ops:
                err(f"{oid} missing from operators")
            if not 3 <= len(plist) <= 4:
                err(f"{oid}: {len(plist)} pages")
            brands = {p["provider"] for p in plist}
            if not 2 <= len(brands) <= 3 or set(ops[oid]["brands"]) != brands:
                err(f"{oid}: brands {brands}")
            sets = [{(k, n) for k, n, _ in p["identifiers"]} for p in plist]
            comp, stack = {0}, [0]
            while stack:
                i = stack.pop()
                for j in range(len(sets)):
                    if j not in comp and sets[i] & sets[j]:
                        comp.add(j)
                        stack.append(j)
            if len(comp) != len(sets):
                err(f"{oid}: pages not chained")
            common = set.intersection(*sets)
            if common:
                err(f"{oid}: every page shares {common}; chain should vary")
        elif oid.startswith("I"):
            if len(plist) != 1:
                err(f"{oid}: independent with {len(plist)} pages")
        else:
            err(f"bad operator id {oid}")

    # no seller identifier visible on another operator's / another page's text by accident
    for (kind, norm), oid in op_of.items():
        for path, (txt, _) in texts.items():
            if pages[path]["operator"] == oid:
                continue
            if kind in ("phone", "qq", "qq_group"):
                hit = core(digits_of(norm)) in runs(txt)
            else:
                hit = norm.split(":")[-1] in txt.lower()
            if hit:
                err(f"seller identifier {norm} of {oid} also on {path}")

    # decoys
    decoy_vals = set()
    for d in truth["decoys"]:
        decoy_vals.add(d["value"])
        if (d["kind"], d["value"]) in op_of:
            err(f'decoy {d["value"]} is also a seller identifier')
        for ph in d["paths"]:
            txt = texts[ph][0]
            if d["kind"] in ("phone", "qq", "qq_group", "other") and d["value"][0] in "+0123456789":
                ok = core(digits_of(d["value"])) in runs(txt)
            else:
                ok = d["value"].lower() in txt.lower()
            if not ok:
                err(f'decoy {d["value"]} not found on {ph}')
            if d["kind"] == "uscc" and not uscc_ok(d["value"]):
                err(f'decoy USCC {d["value"]} invalid')
    nd = len(truth["decoys"])
    if nd < 15:
        err(f"only {nd} decoys")

    n_off = sum(p["is_offer"] for p in truth["pages"])
    print(f"pages={len(files)} offers={n_off} non-offers={len(files) - n_off} "
          f"operators={sum(1 for o in by_op if o.startswith('U'))} independents={sum(1 for o in by_op if o.startswith('I'))} decoys={nd}")
    for e in ERR:
        print("ERROR:", e)
    print("OK" if not ERR else f"{len(ERR)} errors")
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main())
