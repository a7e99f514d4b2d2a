#!/usr/bin/env python3
"""Consistency checks for the sealed web (stdlib only). Exit 1 on any error."""
import html
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(msg):
    ERR.append(msg)


ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}


def uscc_ok(s):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", s):
        return False
    t = sum(ALPH.index(c) * w for c, w in zip(s[:17], WTS))
    if ALPH[(31 - t % 31) % 31] != s[17]:
        return False
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    org = s[8:16]
    tot = sum((int(c) if c.isdigit() else ord(c) - 55) * k for c, k in zip(org, w))
    c = 11 - tot % 11
    c = "X" if c == 10 else ("0" if c == 11 else str(c))
    return c == s[16]


def well_formed(kind, v, decoy=False):
    if kind == "phone":
        if decoy and re.fullmatch(r"\d{5}", v):
            return True  # short public service numbers (12333, 96110 ...)
        return bool(re.fullmatch(r"\+86(1[3-9]\d{9}|[48]00\d{7}|[2-9]\d{8,10}|10\d{8})", v))
    if kind == "wechat":
        return bool(re.fullmatch(r"[a-z][a-z0-9_-]{5,19}|1[3-9]\d{9}", v))
    if kind in ("qq", "qq_group"):
        return bool(re.fullmatch(r"[1-9]\d{4,10}", v))
    if kind == "email":
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v))
    if kind == "uscc":
        return uscc_ok(v)
    if kind == "domain":
        return bool(re.fullmatch(r"([a-z0-9-]+\.)+[a-z]{2,}", v)) and not v.startswith("www.")
    if kind == "other":
        return bool(v) and v == v.strip()
    return False


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def texts(raw):
    """variants of a page in which a written form may be found"""
    un = html.unescape(raw)
    notags = re.sub(r"<[^>]+>", " ", raw)
    notags = html.unescape(notags)
    collapsed = re.sub(r"\s+", " ", notags)
    return [raw, un, notags, collapsed]


def scan_text(raw):
    t = nfkc(html.unescape(raw)).lower()
    t = re.sub(r"<br\s*/?>", " ", t)
    return t


def digit_text(raw):
    t = scan_text(raw)
    t = re.sub(r"\((0\d{2,3})\)", r"\1", t)
    t = re.sub(r"(?<=\d)[\s\-\u2010-\u2015.·]{1,3}(?=\d)", "", t)
    t = re.sub(r"(?<=\d)(<[^>]*>\s*)+(?=\d)", "", t)  # digits split by tags
    t = re.sub(r"\(?\+86\)?[\s-]*", "", t)
    return t


def phone_local(v):
    if not v.startswith("+86"):
        return v
    r = v[3:]
    if r.startswith("1") and len(r) == 11 and r[1] != "0":
        return r
    if r.startswith(("400", "800")):
        return r
    return "0" + r


def present(kind, value, raw, dt=None, st=None):
    st = st if st is not None else scan_text(raw)
    if kind in ("phone", "qq", "qq_group") or (kind == "wechat" and value.isdigit()):
        dt = dt if dt is not None else digit_text(raw)
        x = phone_local(value) if kind == "phone" else value
        return re.search(r"(?<!\d)" + re.escape(x) + r"(?!\d)", dt) is not None
    if kind == "uscc":
        return value.lower() in re.sub(r"\s+", "", st)
    return value.lower() in st


def written_consistent(kind, norm, w):
    n = nfkc(w)
    if kind == "phone":
        dg = re.sub(r"\D", "", n)
        return dg in (norm[1:], norm[3:], phone_local(norm).lstrip("+"))
    if kind in ("qq", "qq_group"):
        return re.sub(r"\D", "", n) == norm
    if kind == "wechat":
        return n.strip().lower() == norm or re.sub(r"\D", "", n) == norm
    if kind == "uscc":
        return re.sub(r"\s", "", n).upper() == norm
    if kind == "email":
        e = n.lower().strip()
        e = re.sub(r"\s*(\(at\)|\[at\]|#| at )\s*", "@", e)
        e = re.sub(r"\s*(\(dot\)| dot )\s*", ".", e)
        return e.replace(" ", "") == norm
    if kind == "domain":
        d = re.sub(r"^https?://", "", n.lower()).rstrip("/")
        d = d[4:] if d.startswith("www.") else d
        return d == norm
    if kind == "other":
        return norm.lower().endswith(n.lower())
    return False


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k == "href" and v:
                self.hrefs.append(v)


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    for k in ("description", "pages", "operators", "decoys"):
        if k not in truth:
            err("truth missing key " + k)
    pages = truth["pages"]
    bypath = {p["path"]: p for p in pages}
    if len(bypath) != len(pages):
        err("duplicate page paths in truth")

    # files <-> truth
    files = set()
    for root, _, fs in os.walk(SITE):
        for f in fs:
            rel = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            files.add(rel)
    if "/robots.txt" not in files:
        err("robots.txt missing")
    else:
        rb = open(os.path.join(SITE, "robots.txt"), encoding="utf-8").read()
        if "Allow: /" not in rb or re.search(r"Disallow:\s*/\S", rb):
            err("robots.txt does not allow all")
    htmlfiles = {f for f in files if f.endswith(".html")}
    if files - htmlfiles - {"/robots.txt"}:
        err("unexpected files: %s" % sorted(files - htmlfiles - {"/robots.txt"}))
    if htmlfiles != set(bypath):
        err("truth/files mismatch: only files %s only truth %s"
            % (sorted(htmlfiles - set(bypath)), sorted(set(bypath) - htmlfiles)))
    if not 48 <= len(htmlfiles) <= 56:
        err("page count %d outside 48-56" % len(htmlfiles))

    raw = {}
    for p in sorted(htmlfiles):
        try:
            raw[p] = open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read()
        except UnicodeDecodeError:
            err("not utf-8: " + p)
            raw[p] = ""
    DT = {p: digit_text(r) for p, r in raw.items()}
    ST = {p: scan_text(r) for p, r in raw.items()}

    # reachability
    graph = {}
    for p, r in raw.items():
        lp = Links()
        lp.feed(r)
        outs = set()
        for h in lp.hrefs:
            if h.startswith(("tel:", "mailto:", "javascript:", "#")):
                continue
            u = urlparse(urljoin("http://site" + p, h))
            if u.netloc != "site":
                continue
            if u.path not in raw:
                err("broken link %s -> %s" % (p, h))
            outs.add(u.path)
        graph[p] = outs
    seen, todo = {"/index.html"}, ["/index.html"]
    while todo:
        for q in graph.get(todo.pop(), ()):
            if q not in seen and q in raw:
                seen.add(q)
                todo.append(q)
    for p in sorted(set(raw) - seen):
        err("unreachable from /index.html: " + p)

    # per-page identifiers
    owner = {}  # (kind, norm) -> set of operator ids (None for non-offer owner pages)
    for p in pages:
        path = p["path"]
        if p["is_offer"]:
            if not p["operator"] or not re.fullmatch(r"[UI]\d\d", p["operator"]):
                err("offer without valid operator: " + path)
            if not p["provider"]:
                err("offer without provider: " + path)
            if not p["identifiers"]:
                err("offer without identifiers: " + path)
        elif p["operator"] is not None:
            err("non-offer with operator: " + path)
        r = raw.get(path, "")
        tv = texts(r)
        for kind, norm, w in p["identifiers"]:
            if kind not in KINDS:
                err("bad kind %s on %s" % (kind, path))
            if not well_formed(kind, norm):
                err("malformed %s %r on %s" % (kind, norm, path))
            if not any(w in t for t in tv):
                err("written form %r not on %s" % (w, path))
            if not written_consistent(kind, norm, w):
                err("written form %r inconsistent with %s %s on %s" % (w, kind, norm, path))
            owner.setdefault((kind, norm), set()).add(p["operator"] if p["is_offer"] else "~" + path)

    offers = [p for p in pages if p["is_offer"]]
    ops = {}
    for p in offers:
        ops.setdefault(p["operator"], []).append(p)
    uops = {o for o in ops if o.startswith("U")}
    iops = {o for o in ops if o.startswith("I")}
    if not 35 <= len(offers) <= 38:
        err("offer count %d outside 35-38" % len(offers))
    if len(uops) != 9:
        err("operator count %d != 9" % len(uops))
    if not 5 <= len(iops) <= 8:
        err("independent count %d outside 5-8" % len(iops))
    for o in iops:
        if len(ops[o]) != 1:
            err("independent %s has %d offers" % (o, len(ops[o])))

    # no seller identifier shared across operators / with independents
    seller_ids = {}
    for p in offers:
        for kind, norm, _ in p["identifiers"]:
            seller_ids.setdefault((kind, norm), set()).add(p["operator"])
    for key, os_ in seller_ids.items():
        if len(os_) > 1:
            err("seller identifier %s shared by %s" % (key, sorted(os_)))
        o = next(iter(os_))
        # scan every page for it
        for path, r in raw.items():
            if present(key[0], key[1], r, DT[path], ST[path]):
                q = bypath[path]
                core = lambda kk, nn: phone_local(nn) if kk == "phone" else nn
                if q["is_offer"] and q["operator"] == o and core(*key) not in {
                        core(x[0], x[1]) for x in q["identifiers"]}:
                    err("seller identifier %s found on %s but not listed there" % (key, path))
                if q["is_offer"] and q["operator"] != o:
                    err("seller identifier %s of %s found on %s (%s)" % (key, o, path, q["operator"]))
                if not q["is_offer"] and list(key) not in [x[:2] for x in q["identifiers"]]:
                    err("seller identifier %s of %s found on non-offer %s without label" % (key, o, path))
    # non-offer owner identifiers must not be shared with other sellers
    for key, ow in owner.items():
        sellers = {x for x in ow if not x.startswith("~")}
        if len(sellers) > 1:
            err("identifier %s owned by several operators %s" % (key, sorted(sellers)))

    # operators: connected chains
    used_tie_kinds = set()
    truth_ops = dict((o, v) for o, v in truth["operators"])
    if set(truth_ops) != uops:
        err("truth operators %s != offer operators %s" % (sorted(truth_ops), sorted(uops)))
    for o in sorted(uops):
        ps = ops[o]
        if not 3 <= len(ps) <= 4:
            err("%s has %d offers" % (o, len(ps)))
        meta = truth_ops.get(o, {"brands": [], "ties": ""})
        if not 2 <= len(meta["brands"]) <= 3:
            err("%s has %d brands" % (o, len(meta["brands"])))
        provs = {p["provider"] for p in ps}
        if provs != set(meta["brands"]):
            err("%s providers %s != brands %s" % (o, sorted(provs), meta["brands"]))
        ids = {p["path"]: {(k, n) for k, n, _ in p["identifiers"]} for p in ps}
        paths = list(ids)
        comp, todo = {paths[0]}, [paths[0]]
        while todo:
            a = todo.pop()
            for b in paths:
                if b not in comp and ids[a] & ids[b]:
                    comp.add(b)
                    todo.append(b)
        if comp != set(paths):
            err("%s offers not connected: %s" % (o, sorted(set(paths) - comp)))
        toks = meta["ties"].split()
        chain_pages = toks[0::2]
        kinds = [t.strip("-") for t in toks[1::2]]
        if set(chain_pages) != set(paths) or len(chain_pages) != len(paths):
            err("%s ties do not list its offers exactly" % o)
        for a, k, b in zip(chain_pages, kinds, chain_pages[1:]):
            shared = {x for x in ids.get(a, set()) & ids.get(b, set()) if x[0] == k}
            if not shared:
                err("%s tie %s -%s- %s not supported" % (o, a, k, b))
            used_tie_kinds.add(k)
    missing = KINDS - used_tie_kinds
    if missing:
        err("tie kinds never used: %s" % sorted(missing))

    # decoys
    seller_norms = {n for (_, n) in seller_ids}
    for dcy in truth["decoys"]:
        k, v = dcy["kind"], dcy["value"]
        if not well_formed(k, v, decoy=True):
            err("malformed decoy %s %r" % (k, v))
        if v in seller_norms:
            err("decoy value %r is also a seller identifier" % v)
        found = sorted(p for p, r in raw.items() if present(k, v, r, DT[p], ST[p]))
        if found != sorted(dcy["paths"]):
            err("decoy %s %s paths %s != scanned %s" % (k, v, sorted(dcy["paths"]), found))

    n_dec = len(truth["decoys"])
    if ERR:
        for e in ERR:
            print("ERROR:", e)
        print("%d errors" % len(ERR))
        sys.exit(1)
    print("OK: %d pages, %d offers, %d operators, %d independents, %d decoys"
          % (len(htmlfiles), len(offers), len(uops), len(iops), n_dec))


if __name__ == "__main__":
    main()
