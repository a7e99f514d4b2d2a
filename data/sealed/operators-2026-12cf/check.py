#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure."""
import json, os, re, sys, html as H

D = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(D, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WU = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errs = []


def err(m):
    errs.append(m)


def visible(h):
    t = re.sub(r"<br\s*/?>", "\n", h)
    return H.unescape(re.sub(r"<[^>]+>", "", t))


def found(w, h, boundary=False):
    if boundary:
        pat = re.compile(r"(?<![0-9A-Za-z_])" + re.escape(w) + r"(?![0-9A-Za-z_])")
        return bool(pat.search(h) or pat.search(visible(h)))
    return w in h or w in visible(h)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPH.index(ch) * w for ch, w in zip(c[:17], WU))
    r = 31 - s % 31
    return ALPH[0 if r == 31 else r] == c[17]


def norm_ok(k, v):
    if k == "phone":
        return bool(re.fullmatch(r"\+861[3-9]\d{9}|0\d{2,3}-\d{7,8}|[48]00\d{7}|1\d{4}", v))
    if k in ("wechat", "qq", "qq_group", "email", "domain"):
        if v != v.lower():
            return False
        return {"qq": r"[1-9]\d{4,11}", "qq_group": r"[1-9]\d{4,11}", "email": r"[^@\s]+@[^@\s]+\.[a-z]+",
                "domain": r"[a-z0-9.-]+\.[a-z]+", "wechat": r"[a-z][a-z0-9_-]{5,19}"}[k] and bool(re.fullmatch(
            {"qq": r"[1-9]\d{4,11}", "qq_group": r"[1-9]\d{4,11}", "email": r"[^@\s]+@[^@\s]+\.[a-z]+",
             "domain": r"[a-z0-9.-]+\.[a-z]+", "wechat": r"[a-z][a-z0-9_-]{5,19}"}[k], v))
    if k == "uscc":
        return uscc_ok(v)
    return bool(v)


t = json.load(open(os.path.join(D, "truth.json"), encoding="utf-8"))
htmls = {}
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            fp = os.path.join(root, f)
            htmls["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing")

paths = [p["path"] for p in t["pages"]]
if len(paths) != len(set(paths)):
    err("duplicate page in truth")
if set(paths) != set(htmls):
    err("pages mismatch: missing in truth %s, missing on disk %s" % (sorted(set(htmls) - set(paths)), sorted(set(paths) - set(htmls))))
owner = {p["path"]: p["operator"] for p in t["pages"]}

# reachability from /index.html
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in htmls:
        continue
    seen.add(p)
    for href in re.findall(r'href="([^"#?]+)', htmls[p]):
        if href.startswith("/") and href.endswith(".html"):
            todo.append(href)
if seen != set(htmls):
    err("unreachable from /index.html: %s" % sorted(set(htmls) - seen))

idowner = {}
for p in t["pages"]:
    h = htmls.get(p["path"], "")
    if not p["is_offer"] and (p["operator"] is not None or p["identifiers"]):
        err("non-offer with operator/identifiers: " + p["path"])
    if p["is_offer"] and not re.fullmatch(r"[UI]\d\d", p["operator"] or ""):
        err("offer without operator: " + p["path"])
    if p["is_offer"] and not p["identifiers"]:
        err("offer without identifiers: " + p["path"])
    for k, v, w in p["identifiers"]:
        if k not in KINDS:
            err("bad kind %s on %s" % (k, p["path"]))
        if not norm_ok(k, v):
            err("not normalized %s %s on %s" % (k, v, p["path"]))
        if not found(w, h):
            err("written form %r not on %s" % (w, p["path"]))
        idowner.setdefault((k, v), set()).add(p["operator"])
for key, os_ in idowner.items():
    if len(os_) > 1:
        err("identifier %s shared by several owners %s" % (key, os_))

offers = [p for p in t["pages"] if p["is_offer"]]
U = {}
I = {}
for p in offers:
    (U if p["operator"].startswith("U") else I).setdefault(p["operator"], []).append(p)
if sorted(U) != ["U%02d" % i for i in range(1, 10)]:
    err("operators U01-U09 expected, got %s" % sorted(U))
if sorted(I) != ["I%02d" % i for i in range(1, 7)]:
    err("independents I01-I06 expected, got %s" % sorted(I))
for o, ps in U.items():
    if not 3 <= len(ps) <= 4:
        err("%s has %d pages" % (o, len(ps)))
    for p in ps:
        mine = {(k, v) for k, v, _ in p["identifiers"]}
        others = {(k, v) for q in ps if q is not p for k, v, _ in q["identifiers"]}
        if not mine & others:
            err("%s page %s shares nothing with its other pages" % (o, p["path"]))
    # connected
    comp = {ps[0]["path"]}
    ch = True
    while ch:
        ch = False
        ids = {(k, v) for q in ps if q["path"] in comp for k, v, _ in q["identifiers"]}
        for q in ps:
            if q["path"] not in comp and ids & {(k, v) for k, v, _ in q["identifiers"]}:
                comp.add(q["path"]); ch = True
    if len(comp) != len(ps):
        err("%s pages not connected" % o)
    tid = {tuple(x) for x in t["operators"].get(o, {}).get("identifiers", [])}
    if tid != {(k, v) for q in ps for k, v, _ in q["identifiers"]}:
        err("%s operators.identifiers mismatch" % o)
    if set(t["operators"].get(o, {}).get("brands", [])) != {q["provider"] for q in ps if q["provider"]}:
        err("%s brands mismatch" % o)
for o, ps in I.items():
    if len(ps) != 1:
        err("%s has %d pages" % (o, len(ps)))

allids = {v for (k, v) in idowner}
for d in t["decoys"]:
    if d["kind"] not in KINDS or not norm_ok(d["kind"], d["value"]):
        err("bad decoy %s" % d["value"])
    if d["value"] in allids:
        err("decoy %s is also a seller identifier" % d["value"])
    for p in d["pages"]:
        if p not in htmls or not any(found(w, htmls[p], True) for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], p))
    if len(d["pages"]) < 2 or len({owner.get(p) for p in d["pages"]}) < 2:
        err("decoy %s not on 2+ pages of different owners" % d["value"])
    if not [p for p in d["pages"] if owner.get(p)]:
        err("decoy %s touches no seller page" % d["value"])

n, no, sty = len(t["pages"]), len(offers), set()
for p in htmls.values():
    m = re.search(r'<body class="([^"]+)"', p)
    if m:
        sty.add(m.group(1))
if not 48 <= n <= 56: err("page count %d" % n)
if not 35 <= no <= 39: err("offer count %d" % no)
if not 8 <= len(sty) <= 11: err("style count %d" % len(sty))
if len(t["decoys"]) < 18: err("decoy count %d" % len(t["decoys"]))
print("pages=%d offers=%d non_offers=%d styles=%d operators=%d independents=%d decoys=%d" % (
    n, no, n - no, len(sty), len(U), len(I), len(t["decoys"])))
for e in errs:
    print("FAIL:", e)
sys.exit(1 if errs else 0)
