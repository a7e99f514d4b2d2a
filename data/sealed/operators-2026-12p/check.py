#!/usr/bin/env python3
"""Consistency checks for the labeled web operators-2026-12p (stdlib only).

Exit status 0 and "OK" when clean; otherwise lists every problem found.
"""
import html
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict, deque
from urllib.parse import urljoin, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(msg):
    ERR.append(msg)


# ------------------------------------------------------------ helpers
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [pow(3, i, 31) for i in range(17)]
TIE_KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}


def uscc_ok(s):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", s):
        return False
    r = 31 - sum(ALPH.index(c) * w for c, w in zip(s[:17], WTS)) % 31
    return ALPH[0 if r == 31 else r] == s[17]


WELL = {
    "phone": re.compile(r"\+86(1[3-9]\d{9}|10\d{8}|2\d{9}|[3-9]\d{9,10}|400\d{7}|800\d{7})"),
    "wechat": re.compile(r"[a-z][a-z0-9_\-]{5,19}"),
    "qq": re.compile(r"[1-9]\d{4,10}"),
    "qq_group": re.compile(r"[1-9]\d{5,10}"),
    "email": re.compile(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+"),
    "domain": re.compile(r"([a-z0-9\-]+\.)+[a-z]{2,}"),
    "other": re.compile(r"\S+"),
}
SHORT_HOTLINE = re.compile(r"1\d{4}|9\d{4}")


def well_formed(kind, value, decoy=False):
    if kind == "uscc":
        return uscc_ok(value)
    if kind == "phone" and decoy and (SHORT_HOTLINE.fullmatch(value) or
                                      re.fullmatch(r"\+86(10|2\d|[3-9]\d\d)(12333|12345)", value)):
        return True
    rx = WELL.get(kind)
    return bool(rx and rx.fullmatch(value)) and (kind in ("other",) or value == value.lower())


SEP = r"(?:[\s\-\u2013\u2014.\u00b7]|<[^>]*>){0,3}"


def digits_rx(d):
    return SEP.join(re.escape(c) for c in d)


def pattern(kind, value):
    """Regex that finds any written form of (kind, value) in a normalized text."""
    if kind == "phone":
        if not value.startswith("+86"):
            return re.compile(r"(?<!\d)" + digits_rx(value) + r"(?!\d)"), "nf"
        rest = value[3:]
        pre = r"(?<!\d)(?:\+?86" + SEP + r")?"
        if re.fullmatch(r"1[3-9]\d{9}|[48]00\d{7}", rest):
            return re.compile(pre + digits_rx(rest) + r"(?!\d)"), "nf"
        area = rest[:2] if rest[0] in "12" else rest[:3]
        local = rest[len(area):]
        return re.compile(pre + r"\(?0?" + digits_rx(area) + r"\)?" + SEP + digits_rx(local) + r"(?!\d)"), "nf"
    if kind in ("qq", "qq_group"):
        return re.compile(r"(?<!\d)" + digits_rx(value) + r"(?!\d)"), "nf"
    if kind == "email":
        return re.compile(r"(?<![a-z0-9._%+\-])" + re.escape(value) + r"(?![a-z0-9\-])"), "deob"
    if kind == "domain":
        return re.compile(r"(?<![a-z0-9@.\-])(?:[a-z0-9\-]+\.)*" + re.escape(value) + r"(?![a-z0-9\-])"), "nf"
    if kind in ("wechat", "uscc"):
        return re.compile(r"(?<![a-z0-9_\-])" + re.escape(value.lower()) + r"(?![a-z0-9_\-])"), "nf"
    # other: plain substring with an alnum boundary
    return re.compile(r"(?<![a-z0-9_\-])" + re.escape(value.lower()) + r"(?![a-z0-9_\-])"), "nf"


def normalize(raw):
    t = html.unescape(raw)
    t = re.sub(r"<br\s*/?>", "\n", t, flags=re.I)
    t = unicodedata.normalize("NFKC", t).lower()
    return t


def deobfuscate(nf):
    t = re.sub(r"\s*(?:\(at\)|\[at\]|#)\s*|\s+at\s+", "@", nf)
    t = re.sub(r"\s*(?:\(dot\)|\[dot\])\s*", ".", t)
    return t


def stripped(raw):
    t = re.sub(r"<br\s*/?>", "\n", raw, flags=re.I)
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(t)


# ------------------------------------------------------------ load
truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
for key in ("description", "pages", "operators", "decoys"):
    if key not in truth:
        err(f"truth.json lacks {key}")
pages = truth["pages"]
byp = {p["path"]: p for p in pages}
if len(byp) != len(pages):
    err("duplicate page paths in truth")

files = set()
for root, _, names in os.walk(SITE):
    for n in names:
        rel = "/" + os.path.relpath(os.path.join(root, n), SITE).replace(os.sep, "/")
        files.add(rel)
if "/robots.txt" not in files:
    err("robots.txt missing")
else:
    rb = open(os.path.join(SITE, "robots.txt"), encoding="utf-8").read()
    if "User-agent: *" not in rb or "Disallow: /\n" in rb:
        err("robots.txt does not allow all")
html_files = {f for f in files if f.endswith(".html")}
if files - html_files - {"/robots.txt"}:
    err(f"unexpected files: {sorted(files - html_files - {'/robots.txt'})}")
if html_files != set(byp):
    err(f"files without truth: {sorted(html_files - set(byp))}; truth without file: {sorted(set(byp) - html_files)}")
if not 48 <= len(html_files) <= 56:
    err(f"page count {len(html_files)} outside 48-56")

RAW, NF, DEOB, STRIP = {}, {}, {}, {}
for pth in html_files:
    raw = open(os.path.join(SITE, pth.lstrip("/")), encoding="utf-8").read()
    RAW[pth] = raw
    NF[pth] = normalize(raw)
    DEOB[pth] = deobfuscate(NF[pth])
    STRIP[pth] = stripped(raw)

# ------------------------------------------------------------ reachability
seen = {"/index.html"}
dq = deque(["/index.html"])
while dq:
    cur = dq.popleft()
    for href in re.findall(r'href="([^"]+)"', RAW.get(cur, "")):
        u = urlparse(urljoin("http://x" + cur, href))
        if u.netloc != "x":
            continue
        if u.path in html_files and u.path not in seen:
            seen.add(u.path)
            dq.append(u.path)
if html_files - seen:
    err(f"unreachable from /index.html: {sorted(html_files - seen)}")

# ------------------------------------------------------------ page records
offers = [p for p in pages if p["is_offer"]]
if not 35 <= len(offers) <= 38:
    err(f"offer count {len(offers)} outside 35-38")
for p in pages:
    for k in ("path", "is_offer", "operator", "provider", "identifiers", "note"):
        if k not in p:
            err(f"{p.get('path')}: missing field {k}")
    if p["is_offer"] and not p["operator"]:
        err(f"{p['path']}: offer without operator")
    if not p["is_offer"] and p["operator"] is not None:
        err(f"{p['path']}: operator set on a non-offer page")
    if p["is_offer"] and not p["provider"]:
        err(f"{p['path']}: offer without provider")
    if p["is_offer"] and not p["identifiers"]:
        err(f"{p['path']}: offer without any identifier")
    if p["provider"] and p["path"] in STRIP and p["provider"] not in STRIP[p["path"]]:
        err(f"{p['path']}: provider {p['provider']} not written on page")
    for kind, norm, written in p["identifiers"]:
        if kind not in TIE_KINDS:
            err(f"{p['path']}: bad kind {kind}")
            continue
        if not well_formed(kind, norm):
            err(f"{p['path']}: malformed {kind} {norm}")
        pth = p["path"]
        if pth in RAW and written not in html.unescape(RAW[pth]) and written not in STRIP[pth]:
            err(f"{pth}: written form {written!r} not on page")
        rx, which = pattern(kind, norm)
        wn = normalize(written.replace("\n", "<br>"))
        if not rx.search(deobfuscate(wn) if which == "deob" else wn):
            err(f"{pth}: written form {written!r} does not read as {kind} {norm}")

# ------------------------------------------------------------ operators
ops = defaultdict(list)
for p in offers:
    ops[p["operator"]].append(p)
u_ops = sorted(o for o in ops if o.startswith("U"))
i_ops = sorted(o for o in ops if o.startswith("I"))
if set(ops) - set(u_ops) - set(i_ops):
    err(f"operator ids neither U.. nor I..: {sorted(set(ops) - set(u_ops) - set(i_ops))}")
if len(u_ops) != 9:
    err(f"{len(u_ops)} operators, want 9")
if not 5 <= len(i_ops) <= 8:
    err(f"{len(i_ops)} independents, want 5-8")
for o in i_ops:
    if len(ops[o]) != 1:
        err(f"independent {o} has {len(ops[o])} pages")

sid = lambda t: (t[0], t[1])
id_ops = defaultdict(set)      # (kind, norm) -> operator ids over offers
for p in offers:
    for t in p["identifiers"]:
        id_ops[sid(t)].add(p["operator"])
for k, s in id_ops.items():
    if len(s) > 1:
        err(f"identifier {k} shared across {sorted(s)}")
for p in pages:
    if p["is_offer"]:
        continue
    touched = set()
    for t in p["identifiers"]:
        touched |= id_ops.get(sid(t), set())
    if len(touched) > 1 or any(o.startswith("I") for o in touched):
        err(f"non-offer {p['path']} ties {sorted(touched)}")

op_decl = dict((o, d) for o, d in truth["operators"])
if set(op_decl) != set(u_ops):
    err(f"operators list {sorted(op_decl)} != offer operators {u_ops}")
tie_kinds_used = set()
for o in u_ops:
    pl = ops[o]
    if not 3 <= len(pl) <= 4:
        err(f"{o}: {len(pl)} offers, want 3-4")
    brands = set(op_decl.get(o, {}).get("brands", []))
    provs = {p["provider"] for p in pl}
    if brands != provs or not 2 <= len(brands) <= 3:
        err(f"{o}: brands {sorted(brands)} vs providers {sorted(provs)}")
    # connectivity by shared identifiers
    paths = [p["path"] for p in pl]
    idsets = {p["path"]: {sid(t) for t in p["identifiers"]} for p in pl}
    comp, stack = {paths[0]}, [paths[0]]
    while stack:
        a = stack.pop()
        for b in paths:
            if b not in comp and idsets[a] & idsets[b]:
                comp.add(b)
                stack.append(b)
    if comp != set(paths):
        err(f"{o}: offers not connected: {sorted(set(paths) - comp)}")
    # declared chain
    toks = op_decl.get(o, {}).get("ties", "").split()
    chain_pages = toks[0::2]
    if set(chain_pages) != set(paths) or len(chain_pages) != len(paths):
        err(f"{o}: ties chain pages {chain_pages} != offers {sorted(paths)}")
    for i in range(1, len(toks), 2):
        kind = toks[i].strip("-")
        a, b = toks[i - 1], toks[i + 1] if i + 1 < len(toks) else None
        tie_kinds_used.add(kind)
        if b is None or a not in idsets or b not in idsets or not any(
                k == kind for k, _ in idsets[a] & idsets[b]):
            err(f"{o}: chain link {a} -{kind}- {b} not backed by a shared identifier")
if tie_kinds_used != TIE_KINDS:
    err(f"tie kinds used {sorted(tie_kinds_used)}; missing {sorted(TIE_KINDS - tie_kinds_used)}")

# ------------------------------------------------------------ scanning: seller identifiers
listed = defaultdict(set)
for p in pages:
    for t in p["identifiers"]:
        listed[sid(t)].add(p["path"])


def scan(kind, value):
    rx, which = pattern(kind, value)
    src = DEOB if which == "deob" else NF
    return {pth for pth in html_files if rx.search(src[pth])}


for (kind, norm), pl in listed.items():
    found = scan(kind, norm)
    if found != pl:
        err(f"seller id {kind} {norm}: listed on {sorted(pl)} but found on {sorted(found)}")

# ------------------------------------------------------------ decoys
cats = set()
seller_vals = {n for _, n in listed}
for d in truth["decoys"]:
    kind, val, dpaths = d["kind"], d["value"], set(d["paths"])
    cats.add(d.get("category"))
    if kind not in TIE_KINDS or not well_formed(kind, val, decoy=True):
        err(f"decoy {kind} {val} malformed")
    if val in seller_vals:
        err(f"decoy value {val} is also a seller identifier")
    if not dpaths:
        err(f"decoy {val} has no pages")
    if dpaths - set(byp):
        err(f"decoy {val} lists unknown pages {sorted(dpaths - set(byp))}")
    found = scan(kind, val)
    if found != dpaths:
        err(f"decoy {kind} {val}: listed {sorted(dpaths)} but scanning finds {sorted(found)}")
need = {"public_hotline", "provincial_hotline", "official_verification_site", "platform_customer_service",
        "platform_footer", "number_quoted_in_warning", "order_number_in_stock_screenshot",
        "certificate_sample_number", "site_builder_credit"}
if need - cats:
    err(f"decoy categories missing: {sorted(need - cats)}")

if ERR:
    print("\n".join(ERR))
    print(f"{len(ERR)} problem(s)")
    sys.exit(1)
n_dec = len(truth["decoys"])
print(f"OK: {len(html_files)} pages, {len(offers)} offers, {len(u_ops)} operators, {len(i_ops)} independents, {n_dec} decoys")
