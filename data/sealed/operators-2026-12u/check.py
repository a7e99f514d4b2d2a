#!/usr/bin/env python3
"""Consistency checks for site/ and truth.json (stdlib only). Exit status 1 on any problem."""
import html
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict, deque

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


# ---------------------------------------------------------------- scanning helpers
def _base(t):
    return unicodedata.normalize("NFKC", html.unescape(t))


def _digits_joined(t):
    t = _base(t)
    t = re.sub(r"\((0\d{2,3})\)\s*", r"\1", t)
    return re.sub(r"(?<=\d)[ \t\n\r\-\u2013\u2014\u00a0]+(?=\d)", "", t)


def _deobfuscate_mail(t):
    t = _base(t).lower()
    t = re.sub(r"\s*(?:\(at\)|\[at\]|\sat\s|#)\s*", "@", t)
    t = re.sub(r"\s*(?:\(dot\)|\[dot\]|\sdot\s)\s*", ".", t)
    return t


def uscc_ok(v):
    if len(v) != 18 or any(c not in ALPHA for c in v):
        return False
    s = sum(ALPHA.index(c) * w for c, w in zip(v[:17], W32100))
    r = 31 - (s % 31)
    return ALPHA[0 if r == 31 else r] == v[17]


def phone_in(e164, text):
    rest = e164[3:]
    nat = rest if (rest.startswith("1") or rest[:3] in ("400", "800")) else "0" + rest
    t = _digits_joined(text)
    return bool(re.search(r"(?<!\d)%s(?!\d)" % nat, t) or re.search(r"(?<!\d)(?:\+86|0086|86)%s(?!\d)" % rest, t))


def number_in(v, text):
    return bool(re.search(r"(?<!\d)%s(?!\d)" % re.escape(v), _digits_joined(text)))


def domain_in(v, text):
    t = _base(text).lower()
    return bool(re.search(r"(?<![A-Za-z0-9_.@#-])(?:[a-z0-9-]+\.)*%s(?![A-Za-z0-9_-])" % re.escape(v), t))


def email_in(v, text):
    return bool(re.search(r"(?<![a-z0-9._%+-])" + re.escape(v) + r"(?![a-z0-9_-])", _deobfuscate_mail(text)))


def handle_in(v, text):
    return bool(re.search(r"(?<![A-Za-z0-9_-])%s(?![A-Za-z0-9_-])" % re.escape(v), _base(text), re.I))


def uscc_in(v, text):
    return bool(re.search(r"(?<![0-9A-Z])%s(?![0-9A-Z])" % re.escape(v), _base(text)))


def decoy_in(value, text):
    if value.startswith("+86"):
        return phone_in(value, text)
    if value.isdigit():
        return number_in(value, text)
    if "@" in value:
        return email_in(value, text)
    if uscc_ok(value):
        return uscc_in(value, text)
    if re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", value):
        return domain_in(value, text)
    return value in _base(text)


def ident_in(kind, norm, text):
    if kind == "phone":
        return phone_in(norm, text)
    if kind in ("qq", "qq_group"):
        return number_in(norm, text)
    if kind == "wechat":
        return phone_in("+86" + norm, text) if norm.isdigit() else handle_in(norm, text)
    if kind == "email":
        return email_in(norm, text)
    if kind == "uscc":
        return uscc_in(norm, text)
    if kind == "domain":
        return domain_in(norm, text)
    if kind == "other":
        return handle_in(norm.split(":", 1)[1], text)
    raise ValueError(kind)


WELL_FORMED = {
    "phone": lambda v: re.fullmatch(r"\+86(1[3-9]\d{9}|400\d{7}|800\d{7}|[2-9]\d{8,10})", v),
    "wechat": lambda v: re.fullmatch(r"[a-zA-Z][a-zA-Z0-9_-]{5,19}|1[3-9]\d{9}", v),
    "qq": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v),
    "qq_group": lambda v: re.fullmatch(r"[1-9]\d{5,10}", v),
    "email": lambda v: re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", v),
    "uscc": uscc_ok,
    "domain": lambda v: re.fullmatch(r"([a-z0-9-]+\.)+[a-z]{2,}", v) and not v.startswith("www."),
    "other": lambda v: re.fullmatch(r"[a-z_]+:[A-Za-z0-9_.-]+", v),
}


# ---------------------------------------------------------------- checks
def main():
    errs = []
    err = errs.append
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    pages = truth["pages"]
    by_path = {p["path"]: p for p in pages}
    if len(by_path) != len(pages):
        err("duplicate page paths")

    # files <-> truth
    files = set()
    for root, _, fs in os.walk(SITE):
        for f in fs:
            files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
    if "/robots.txt" not in files:
        err("robots.txt missing")
    else:
        rb = open(os.path.join(SITE, "robots.txt"), encoding="utf-8").read()
        if "Disallow: /" in rb.replace("Disallow: /\n", "X") or "Allow: /" not in rb:
            err("robots.txt does not allow all")
    html_files = {f for f in files if f.endswith(".html")}
    if files - html_files - {"/robots.txt"}:
        err("unexpected files: %s" % sorted(files - html_files - {"/robots.txt"}))
    if html_files != set(by_path):
        err("truth/files mismatch: only files %s, only truth %s" % (sorted(html_files - set(by_path)), sorted(set(by_path) - html_files)))
    if not 48 <= len(html_files) <= 56:
        err("page count %d not in 48..56" % len(html_files))
    texts = {}
    for p in by_path:
        try:
            texts[p] = open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read()
        except (OSError, UnicodeDecodeError) as e:
            err("cannot read %s: %s" % (p, e))
            texts[p] = ""

    # reachability
    seen, q = {"/index.html"}, deque(["/index.html"])
    while q:
        cur = q.popleft()
        for href in re.findall(r'href="(/[^"#?]*)"', texts.get(cur, "")):
            if href in by_path and href not in seen:
                seen.add(href)
                q.append(href)
    if set(by_path) - seen:
        err("unreachable pages: %s" % sorted(set(by_path) - seen))

    # per page
    for p in pages:
        path, t = p["path"], texts[p["path"]]
        if p["is_offer"]:
            if not p["operator"] or not re.fullmatch(r"[UI]\d\d", p["operator"]):
                err("%s: offer without valid operator" % path)
            if not p["provider"]:
                err("%s: offer without provider" % path)
            elif p["provider"] not in t:
                err("%s: provider %r not written on page" % (path, p["provider"]))
            if not p["identifiers"]:
                err("%s: offer without identifiers" % path)
        elif p["operator"] is not None:
            err("%s: non-offer with operator" % path)
        for kind, norm, written in p["identifiers"]:
            if kind not in WELL_FORMED:
                err("%s: bad kind %s" % (path, kind))
                continue
            if not WELL_FORMED[kind](norm):
                err("%s: malformed %s %r" % (path, kind, norm))
            if written not in t:
                err("%s: written form %r not on page" % (path, written))
            if not ident_in(kind, norm, written):
                err("%s: written form %r does not read as %s %s" % (path, written, kind, norm))

    # every identifier found exactly on the pages that list it
    listed = defaultdict(set)
    for p in pages:
        for kind, norm, _ in p["identifiers"]:
            listed[(kind, norm)].add(p["path"])
    for (kind, norm), ps in listed.items():
        found = {pp for pp, t in texts.items() if ident_in(kind, norm, t)}
        if found != ps:
            err("%s %s: listed on %s but found on %s" % (kind, norm, sorted(ps), sorted(found)))

    # nothing contact-like on a page is left unlabeled: every mobile / 400 / landline / e-mail
    # found by pattern is either a listed identifier of that page or a decoy on that page
    decoy_on = defaultdict(set)
    for d in truth["decoys"]:
        for pp in d["paths"]:
            decoy_on[pp].add(d["value"])
    for p in pages:
        t = texts[p["path"]]
        known = {n for _, n, _ in p["identifiers"]} | decoy_on[p["path"]]
        j = _digits_joined(t)
        cands = set()
        for m in re.findall(r"(?<![\d+])(1[3-9]\d{9}|400\d{7}|0[1-9]\d{8,10})(?!\d)", j):
            cands.add("+86" + (m if not m.startswith("0") else m[1:]))
        for m in re.findall(r"[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}", _deobfuscate_mail(t)):
            cands.add(m)
        for c in sorted(cands):
            if c not in known and c.replace("+86", "") not in known:
                err("%s: unlabeled contact-like string %s" % (p["path"], c))

    # operators
    offers = [p for p in pages if p["is_offer"]]
    if not 35 <= len(offers) <= 38:
        err("offer count %d not in 35..38" % len(offers))
    ops = defaultdict(list)
    for p in offers:
        ops[p["operator"]].append(p)
    declared = dict((oid, d) for oid, d in truth["operators"])
    uids = sorted(o for o in ops if o.startswith("U"))
    iids = sorted(o for o in ops if o.startswith("I"))
    if len(uids) != 9 or set(uids) != set(declared):
        err("operators: pages %s declared %s" % (uids, sorted(declared)))
    if not 5 <= len(iids) <= 8:
        err("independent count %d" % len(iids))
    tie_kinds = set()
    for oid in uids:
        ps = ops[oid]
        if not 3 <= len(ps) <= 4:
            err("%s has %d offers" % (oid, len(ps)))
        brands = {p["provider"] for p in ps}
        if not 2 <= len(brands) <= 3:
            err("%s has %d brands" % (oid, len(brands)))
        if oid in declared and set(declared[oid]["brands"]) != brands:
            err("%s brands %s vs pages %s" % (oid, declared[oid]["brands"], sorted(brands)))
        if oid in declared:
            for tp in re.findall(r"/\S+\.html", declared[oid]["ties"]):
                if tp not in {p["path"] for p in ps}:
                    err("%s ties name %s which is not its offer" % (oid, tp))
        # connectivity
        ids = {p["path"]: {(k, n) for k, n, _ in p["identifiers"]} for p in ps}
        start = ps[0]["path"]
        comp, q = {start}, deque([start])
        while q:
            a = q.popleft()
            for b in ids:
                shared = ids[a] & ids[b]
                if b not in comp and shared:
                    comp.add(b)
                    q.append(b)
        if comp != set(ids):
            err("%s offers not connected: %s" % (oid, sorted(set(ids) - comp)))
        for a in ids:
            for b in ids:
                if a < b:
                    tie_kinds |= {k for k, _ in ids[a] & ids[b]}
    for oid in iids:
        if len(ops[oid]) != 1:
            err("independent %s has %d pages" % (oid, len(ops[oid])))
    missing = set(WELL_FORMED) - tie_kinds
    if missing:
        err("tie kinds never used: %s" % sorted(missing))

    # no identifier shared across operators / with independents
    owner = defaultdict(set)
    for p in offers:
        for k, n, _ in p["identifiers"]:
            owner[(k, n)].add(p["operator"])
    for key, os_ in owner.items():
        if len(os_) > 1:
            err("identifier %s shared across %s" % (key, sorted(os_)))
        if any(o.startswith("I") for o in os_) and len(listed[key] & {p["path"] for p in offers}) > 1:
            err("independent identifier %s on several offers" % (key,))
    for p in pages:
        if not p["is_offer"]:
            for k, n, _ in p["identifiers"]:
                if len(owner.get((k, n), set())) > 1:
                    err("%s: identifier %s ties several operators" % (p["path"], (k, n)))

    # decoys
    seller_values = {n for (_, n) in listed} | {n.split(":", 1)[-1] for (_, n) in listed}
    for d in truth["decoys"]:
        v = d["value"]
        if v in seller_values or v.lstrip("+86") in seller_values:
            err("decoy %s equals a seller identifier" % v)
        found = sorted(pp for pp, t in texts.items() if decoy_in(v, t))
        if found != sorted(d["paths"]):
            err("decoy %s %s: listed %s scanned %s" % (d["kind"], v, sorted(d["paths"]), found))
        if not found:
            err("decoy %s on no page" % v)
    for (k, n), ps in listed.items():
        for d in truth["decoys"]:
            if d["value"] == n:
                err("seller identifier %s is also a decoy" % n)

    if errs:
        print("\n".join("FAIL: " + e for e in errs))
        sys.exit(1)
    print("OK: %d pages, %d offers, %d operators, %d independents, %d decoys"
          % (len(pages), len(offers), len(uids), len(iids), len(truth["decoys"])))


if __name__ == "__main__":
    main()
