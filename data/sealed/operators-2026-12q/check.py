#!/usr/bin/env python3
"""Consistency checks for the operators-2026-12q labeled web (stdlib only).

Exit status 0 when clean; prints every problem otherwise.
"""
import html
import json
import os
import re
import sys
from collections import defaultdict, deque
from urllib.parse import urljoin, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(msg):
    ERR.append(msg)


ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
TO_ASCII = str.maketrans("０１２３４５６７８９－＠（）", "0123456789-@()")


def uscc_ok(s):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", s):
        return False
    tot = sum(ALPHA.index(c) * w for c, w in zip(s[:17], WEIGHTS))
    r = 31 - tot % 31
    r = 0 if r == 31 else r
    if s[17] != ALPHA[r]:
        return False
    body = s[8:16]
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    t = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(body, w))
    c = 11 - t % 11
    return s[16] == ("X" if c == 10 else "0" if c == 11 else str(c))


def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+86(1[3-9]\d{9}|[2-9]\d{1,2}\d{7,8}|400\d{7}|800\d{7}|\d{5})", v))
    if kind == "wechat":
        return bool(re.fullmatch(r"[a-z0-9_\-]{5,20}", v)) and v == v.lower()
    if kind in ("qq", "qq_group"):
        return bool(re.fullmatch(r"[1-9]\d{4,10}", v))
    if kind == "email":
        return bool(re.fullmatch(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v))
    if kind == "uscc":
        return uscc_ok(v)
    if kind == "domain":
        return bool(re.fullmatch(r"([a-z0-9\-]+\.)+[a-z]{2,}", v)) and not v.startswith("www.")
    if kind == "other":
        return bool(re.fullmatch(r"[a-z]+:\S+", v))
    return False


def page_text(raw):
    """Raw HTML + unescaped, full-width mapped to ASCII."""
    return html.unescape(raw).translate(TO_ASCII)


def compact_digits(text):
    t = re.sub(r"<br\s*/?>", " ", text)
    return re.sub(r"(?<=\d)[\s\-—()]+(?=\d)", "", t)


def national(v):
    """+8657186902231 -> 057186902231; +8613800000000 -> 13800000000; short codes as is."""
    n = v[3:]
    if n[0] == "1" or n.startswith(("400", "800")) or len(n) == 5:
        return n
    return "0" + n


def main():
    with open(os.path.join(HERE, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    pages = truth["pages"]
    bypath = {p["path"]: p for p in pages}
    if len(bypath) != len(pages):
        err("duplicate paths in truth")

    # ---- truth <-> files
    files = set()
    for root, _, names in os.walk(SITE):
        for n in names:
            rel = "/" + os.path.relpath(os.path.join(root, n), SITE).replace(os.sep, "/")
            files.add(rel)
    html_files = {f for f in files if f.endswith(".html")}
    if html_files != set(bypath):
        err(f"files vs truth differ: only files {sorted(html_files - set(bypath))}, only truth {sorted(set(bypath) - html_files)}")
    if "/robots.txt" not in files:
        err("robots.txt missing")
    else:
        rb = open(os.path.join(SITE, "robots.txt"), encoding="utf-8").read()
        if "Disallow: /" in rb or "Allow: /" not in rb:
            err("robots.txt does not allow all")
    if not 48 <= len(html_files) <= 56:
        err(f"page count {len(html_files)} not in 48..56")

    raw = {}
    for p in pages:
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        if os.path.exists(fp):
            raw[p["path"]] = open(fp, encoding="utf-8").read()

    # ---- reachability
    seen = {"/index.html"}
    q = deque(["/index.html"])
    while q:
        cur = q.popleft()
        for href in re.findall(r'href="([^"]+)"', raw.get(cur, "")):
            u = urlparse(urljoin("http://x" + cur, href))
            if u.netloc != "x":
                continue
            path = u.path
            if path in bypath and path not in seen:
                seen.add(path)
                q.append(path)
    for p in pages:
        if p["path"] not in seen:
            err(f"unreachable from /index.html: {p['path']}")

    # ---- identifiers: kinds, normalized forms, written forms
    for p in pages:
        r = raw.get(p["path"], "")
        txt = html.unescape(r)
        for ident in p["identifiers"]:
            if len(ident) != 3:
                err(f"{p['path']}: bad identifier entry {ident}")
                continue
            k, n, w = ident
            if k not in KINDS:
                err(f"{p['path']}: unknown kind {k}")
            if not norm_ok(k, n):
                err(f"{p['path']}: malformed normalized {k} {n!r}")
            if w not in r and w not in txt:
                err(f"{p['path']}: written form {w!r} not on page")

    # ---- page fields
    for p in pages:
        if p["is_offer"]:
            if not p["operator"] or not p["provider"]:
                err(f"{p['path']}: offer without operator/provider")
        elif p["operator"] is not None:
            err(f"{p['path']}: non-offer with operator")

    decoy_set = {(d["kind"], d["value"]) for d in truth["decoys"]}
    offers = [p for p in pages if p["is_offer"]]
    by_op = defaultdict(list)
    for p in offers:
        by_op[p["operator"]].append(p)
    ops = sorted(o for o in by_op if o.startswith("U"))
    inds = sorted(o for o in by_op if o.startswith("I"))
    if not 35 <= len(offers) <= 38:
        err(f"offer count {len(offers)} not in 35..38")
    if len(ops) != 9:
        err(f"operator count {len(ops)} != 9")
    if not 5 <= len(inds) <= 8:
        err(f"independent count {len(inds)} not in 5..8")
    for o in inds:
        if len(by_op[o]) != 1:
            err(f"independent {o} has {len(by_op[o])} offers")

    def seller_ids(p):
        return {(i[0], i[1]) for i in p["identifiers"]} - decoy_set

    # ---- operator connectivity and brands
    truth_ops = dict((o, v) for o, v in truth["operators"])
    if set(truth_ops) != set(ops):
        err(f"truth operators {sorted(truth_ops)} vs offer operators {ops}")
    tie_kinds = set()
    for o in ops:
        ps = by_op[o]
        if not 3 <= len(ps) <= 4:
            err(f"{o}: {len(ps)} offers")
        brands = {p["provider"] for p in ps}
        if not 2 <= len(brands) <= 3:
            err(f"{o}: {len(brands)} brands")
        if set(truth_ops.get(o, {}).get("brands", [])) != brands:
            err(f"{o}: brand list mismatch")
        # connectivity
        comp = {ps[0]["path"]}
        changed = True
        while changed:
            changed = False
            for a in ps:
                if a["path"] in comp:
                    continue
                if any(seller_ids(a) & seller_ids(bypath[b]) for b in comp):
                    comp.add(a["path"])
                    changed = True
        if len(comp) != len(ps):
            err(f"{o}: offers not connected by seller identifiers")
        for a in ps:
            for b in ps:
                if a["path"] < b["path"]:
                    for k, _ in seller_ids(a) & seller_ids(b):
                        tie_kinds.add(k)
        # declared ties
        for tie in truth_ops.get(o, {}).get("ties", "").split(" ; "):
            m = re.fullmatch(r"(\S+) -(\w+)- (\S+)", tie.strip())
            if not m:
                err(f"{o}: bad tie {tie!r}")
                continue
            a, k, b = m.groups()
            if a not in bypath or b not in bypath:
                err(f"{o}: tie names unknown page {tie}")
                continue
            if not any(kk == k for kk, _ in seller_ids(bypath[a]) & seller_ids(bypath[b])):
                err(f"{o}: declared tie not backed: {tie}")
    if tie_kinds != KINDS:
        err(f"tie kinds used {sorted(tie_kinds)} missing {sorted(KINDS - tie_kinds)}")

    # ---- no seller identifier across operators / with independents
    holders = defaultdict(set)
    for p in offers:
        for sid in seller_ids(p):
            holders[sid].add(p["operator"])
    for sid, hs in holders.items():
        if len(hs) > 1:
            err(f"seller identifier {sid} shared by {sorted(hs)}")
    # a seller identifier seen on a non-offer page must belong to at most one operator
    for p in pages:
        if not p["is_offer"]:
            for sid in seller_ids(p):
                if len(holders.get(sid, set())) > 1:
                    err(f"{p['path']}: non-offer carries multi-operator identifier {sid}")

    # ---- decoys: complete by scanning
    written_by_val = defaultdict(set)
    for p in pages:
        for k, n, w in p["identifiers"]:
            written_by_val[(k, n)].add(w)
    for dcy in truth["decoys"]:
        k, v = dcy["kind"], dcy["value"]
        needles = {w.translate(TO_ASCII).lower() for w in written_by_val[(k, v)]}
        if k in ("domain", "email", "wechat", "qq", "qq_group", "uscc"):
            needles.add(v.lower())
        if k == "other":
            needles.add(v.split(":", 1)[1].lower())
        found = set()
        for path, r in raw.items():
            t = page_text(r).lower()
            hit = False
            for nd in needles:
                if nd.isdigit():
                    if re.search(r"(?<!\d)" + re.escape(nd) + r"(?!\d)", t):
                        hit = True
                elif nd in t:
                    hit = True
            if k == "phone":
                if re.search(r"(?<!\d)" + re.escape(national(v)) + r"(?!\d)", compact_digits(t)):
                    hit = True
            if k == "other" and v.startswith("isbn:"):
                if v.split(":")[1] in compact_digits(t).replace("-", ""):
                    hit = True
            if hit:
                found.add(path)
        if found != set(dcy["paths"]):
            err(f"decoy {k} {v}: scanned {sorted(found)} vs listed {sorted(dcy['paths'])}")
        if len(found) < 2:
            err(f"decoy {k} {v} on fewer than 2 pages")
        for path in dcy["paths"]:
            if (k, v) not in {(i[0], i[1]) for i in bypath[path]["identifiers"]}:
                err(f"decoy {v} listed on {path} but not among its identifiers")

    # ---- unlisted phone numbers / e-mails anywhere (catch identifiers missing from truth)
    for p in pages:
        t = compact_digits(page_text(raw.get(p["path"], "")))
        listed = {i[1] for i in p["identifiers"] if i[0] == "phone"}
        for m in re.finditer(r"(?<!\d)(1[3-9]\d{9}|0[1-9]\d{9,10}|400\d{7}|\+86\s?1[3-9]\d{9})(?!\d)", t):
            num = m.group(1).replace("+86", "").strip()
            e164 = "+86" + (num[1:] if num.startswith("0") else num)
            if e164 not in listed:
                err(f"{p['path']}: phone-like {num} not listed")
        emails = {i[1] for i in p["identifiers"] if i[0] == "email"}
        for m in re.finditer(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+", page_text(raw.get(p["path"], ""))):
            if m.group(0).lower() not in emails:
                err(f"{p['path']}: e-mail {m.group(0)} not listed")

    # ---- every USCC-looking string is valid and listed
    for p in pages:
        listed = {i[1] for i in p["identifiers"] if i[0] == "uscc"}
        for m in re.finditer(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", raw.get(p["path"], "")):
            s = m.group(0)
            if s.isdigit() and not s.startswith(("91", "92", "93", "51", "52", "53", "11", "12", "13")):
                continue
            if s not in listed:
                err(f"{p['path']}: USCC-like {s} not listed")

    if ERR:
        print("\n".join(ERR))
        print(f"{len(ERR)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(pages)} pages, {len(offers)} offers, {len(ops)} operators, {len(inds)} independents, "
          f"{len(truth['decoys'])} decoys")


if __name__ == "__main__":
    main()
