#!/usr/bin/env python3
"""Consistency checks for operators-2026-12t (stdlib only). Exit 1 on any error."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}


# ---------------------------------------------------------------- scanning
def ascii_digits(t):
    return "".join(chr(ord(c) - 0xFEE0) if "０" <= c <= "９" else c for c in t)


def core(run):
    d = re.sub(r"\D", "", run)
    if run.lstrip().startswith("+86") or (d.startswith("86") and len(d) >= 12):
        d = d[2:]
    if d.startswith("0"):
        d = d[1:]
    return d


def digit_cores(text):
    """Cores of every digit run (digits joined by single spaces, dashes, dots or
    brackets), plus cores of each space-separated piece of a run."""
    t = ascii_digits(html.unescape(text))
    out = set()
    for m in re.finditer(r"\+?\(?\d(?:[\d]|[ \-.()](?=\(?\d))*", t):
        run = m.group(0)
        out.add(core(run))
        for piece in run.split(" "):
            if piece:
                out.add(core(piece))
    out.discard("")
    return out


def deobfuscate(text):
    t = html.unescape(text).lower()
    for a, b in ((" [at] ", "@"), ("[at]", "@"), ("(at)", "@"), ("＠", "@"),
                 (" [dot] ", "."), ("[dot]", "."), ("#", "@")):
        t = t.replace(a, b)
    return t


def is_digitish(value):
    return re.fullmatch(r"\+?\d+", value) is not None


def contains(text, value):
    """Does page text carry value in any written form?"""
    if ":" in value and not value.startswith("+"):
        value = value.split(":", 1)[1]
    if is_digitish(value):
        return core(value) in digit_cores(text)
    t = deobfuscate(text)
    v = value.lower()
    return v in t or v in re.sub(r"\s+", "", t)


# ---------------------------------------------------------------- validators
def uscc_ok(u):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", u):
        return False
    s = sum(ALPH.index(c) * w for c, w in zip(u[:17], W18))
    r = (31 - s % 31) % 31
    return ALPH[r] == u[17]


def well_formed(kind, v):
    if kind == "phone":
        return re.fullmatch(r"\+86(1[3-9]\d{9}|[48]00\d{7}|[2-9]\d{8,10})", v) is not None
    if kind == "wechat":
        return re.fullmatch(r"[a-zA-Z][-_a-zA-Z0-9]{5,19}|1[3-9]\d{9}", v) is not None
    if kind in ("qq", "qq_group"):
        return re.fullmatch(r"[1-9]\d{4,10}", v) is not None
    if kind == "email":
        return re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v) is not None
    if kind == "uscc":
        return uscc_ok(v)
    if kind == "domain":
        return re.fullmatch(r"([a-z0-9-]+\.)+[a-z]{2,}", v) is not None and not v.startswith("www.")
    if kind == "other":
        return re.fullmatch(r"[a-z_]+:\S+", v) is not None
    return False


# ---------------------------------------------------------------- main
def main():
    errs = []
    err = errs.append
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    pages = truth["pages"]
    by = {p["path"]: p for p in pages}
    if len(by) != len(pages):
        err("duplicate page paths")

    files = set()
    for root, _, names in os.walk(SITE):
        for n in names:
            rel = "/" + os.path.relpath(os.path.join(root, n), SITE).replace(os.sep, "/")
            if rel != "/robots.txt":
                files.add(rel)
    if files != set(by):
        err("files vs truth: extra %s missing %s" % (sorted(files - set(by)), sorted(set(by) - files)))
    if not (48 <= len(files) <= 56):
        err("page count %d outside 48-56" % len(files))
    rb = open(os.path.join(SITE, "robots.txt"), encoding="utf-8").read()
    if "User-agent: *" not in rb or re.search(r"^Disallow:\s*/\S*", rb, re.M):
        err("robots.txt must allow all")

    texts = {}
    for p in by:
        t = open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read()
        texts[p] = t
        if "<meta charset=\"utf-8\">" not in t:
            err("no utf-8 meta " + p)

    # reachability
    seen, todo = {"/index.html"}, ["/index.html"]
    while todo:
        cur = todo.pop()
        for h in re.findall(r'href="(/[^"#?]*\.html)"', texts.get(cur, "")):
            if h in by and h not in seen:
                seen.add(h)
                todo.append(h)
    if set(by) - seen:
        err("unreachable: %s" % sorted(set(by) - seen))

    # identifiers
    owner = {}  # (kind, norm) -> set of group keys
    for p in pages:
        t = texts[p["path"]]
        for kind, norm, written in p["identifiers"]:
            if kind not in KINDS:
                err("bad kind %s on %s" % (kind, p["path"]))
            if written not in t and written not in html.unescape(t):
                err("written form %r missing on %s" % (written, p["path"]))
            if not well_formed(kind, norm):
                err("malformed %s %r on %s" % (kind, norm, p["path"]))
            grp = p["operator"] if p["is_offer"] else "page:" + (p["provider"] or p["path"])
            owner.setdefault((kind, norm), set()).add(grp)
        if p["is_offer"]:
            if not p["operator"] or not p["provider"]:
                err("offer without operator/provider " + p["path"])
            if not p["identifiers"]:
                err("offer without identifiers " + p["path"])
        elif p["operator"] is not None:
            err("non-offer with operator " + p["path"])
    for key, grps in owner.items():
        if len(grps) > 1:
            err("identifier %s shared across %s" % (key, sorted(grps)))

    # scanning: a seller identifier must not show on an offer page of another operator
    offers = [p for p in pages if p["is_offer"]]
    for p in pages:
        for kind, norm, _ in p["identifiers"]:
            for q in offers:
                if q["path"] == p["path"]:
                    continue
                if contains(texts[q["path"]], norm):
                    if not p["is_offer"] or q["operator"] != p["operator"]:
                        err("identifier %s of %s also found on %s (%s)" % (norm, p["path"], q["path"], q["operator"]))

    # operators
    ops = {}
    for p in offers:
        ops.setdefault(p["operator"], []).append(p)
    unames = [o for o in ops if o.startswith("U")]
    inames = [o for o in ops if o.startswith("I")]
    if len(unames) != 9:
        err("expected 9 operators, got %d" % len(unames))
    if not (5 <= len(inames) <= 8):
        err("independents %d outside 5-8" % len(inames))
    if not (35 <= len(offers) <= 38):
        err("offers %d outside 35-38" % len(offers))
    for o, ps in ops.items():
        if o.startswith("I") and len(ps) != 1:
            err("independent %s has %d pages" % (o, len(ps)))
        if o.startswith("U"):
            if not (3 <= len(ps) <= 4):
                err("%s has %d pages" % (o, len(ps)))
            # connectivity by shared identifiers
            ids = [{(k, n) for k, n, _ in p["identifiers"]} for p in ps]
            comp, frontier = {0}, [0]
            while frontier:
                i = frontier.pop()
                for j in range(len(ps)):
                    if j not in comp and ids[i] & ids[j]:
                        comp.add(j)
                        frontier.append(j)
            if len(comp) != len(ps):
                err("%s offers not connected" % o)
    tie_kinds = set()
    tmap = dict((o, d) for o, d in truth["operators"])
    if set(tmap) != set(unames):
        err("truth operators list mismatch")
    for o, d in tmap.items():
        brands = {p["provider"] for p in ops.get(o, [])}
        if set(d["brands"]) != brands or not (2 <= len(brands) <= 3):
            err("%s brands %s vs pages %s" % (o, d["brands"], sorted(brands)))
        toks = d["ties"].split()
        for i, tok in enumerate(toks):
            if i % 2 == 0:
                if tok not in by or by[tok]["operator"] != o:
                    err("%s ties page %s wrong" % (o, tok))
            else:
                k = tok.strip("-")
                tie_kinds.add(k)
                a, b = by[toks[i - 1]], by[toks[i + 1]]
                sa = {(kk, n) for kk, n, _ in a["identifiers"] if kk == k}
                sb = {(kk, n) for kk, n, _ in b["identifiers"] if kk == k}
                if not sa & sb:
                    err("%s tie %s between %s and %s not backed" % (o, k, a["path"], b["path"]))
        if len(toks) != 2 * len(ops.get(o, [])) - 1:
            err("%s ties do not cover its pages" % o)
    if tie_kinds != KINDS:
        err("tie kinds used %s, missing %s" % (sorted(tie_kinds), sorted(KINDS - tie_kinds)))

    # decoys
    seller_vals = {n for p in pages for _, n, _ in p["identifiers"]}
    kinds_seen = set()
    for d in truth["decoys"]:
        kinds_seen.add(d["kind"])
        scanned = sorted(q for q in by if contains(texts[q], d["value"]))
        if scanned != sorted(d["paths"]):
            err("decoy %s paths %s != scan %s" % (d["value"], d["paths"], scanned))
        if not d["paths"]:
            err("decoy %s on no page" % d["value"])
        if d["value"] in seller_vals:
            err("decoy %s is also a seller identifier" % d["value"])
        if re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", d["value"]) and not uscc_ok(d["value"]):
            err("decoy USCC %s bad check char" % d["value"])
    for need in ("public_hotline", "provincial_hotline", "official_site", "platform_phone",
                 "scam_number_quoted", "ticket_number", "certificate_sample_number", "site_builder_domain"):
        if need not in kinds_seen:
            err("decoy kind missing: " + need)

    if errs:
        print("\n".join("ERROR " + e for e in errs))
        sys.exit(1)
    cross = sum(1 for d in truth["decoys"]
                if len({by[p]["operator"] for p in d["paths"] if by[p]["operator"]}) >= 2)
    print("OK: %d pages, %d offers, %d operators, %d independents, %d decoys (%d span >=2 operators)"
          % (len(pages), len(offers), len(unames), len(inames), len(truth["decoys"]), cross))


if __name__ == "__main__":
    main()
