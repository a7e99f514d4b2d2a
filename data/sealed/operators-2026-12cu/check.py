#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any failure."""
import json, os, re, sys, unicodedata
from collections import defaultdict, deque

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
T = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
ERR = []
def err(m): ERR.append(m)

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPHA.index(ch) * W18[i] for i, ch in enumerate(c[:17])) % 31
    return c[17] == ALPHA[0 if r == 31 else r]

CN = dict(zip("〇零一幺二两三四五六七八九", "0011223456789"))
def digits(w):
    w = unicodedata.normalize("NFKC", w)
    return "".join(CN.get(ch, ch) for ch in w if ch.isdigit() or ch in CN)
def norm_phone(w):
    d = digits(w)
    if len(d) == 13 and d.startswith("86"): d = d[2:]
    if len(d) == 11 and d.startswith("1"): return "+86" + d
    if len(d) == 10 and d[:3] in ("400", "800"): return d
    if d.startswith("0"):
        a = 3 if d[1] in "12" else 4
        return d[:a] + "-" + d[a:]
    return d
def norm_email(w):
    w = w.lower().replace("(at)", "@").replace("艾特", "@").replace("点", ".").replace("(dot)", ".")
    return re.sub(r"\s", "", w)

files = {}
for dp, dn, fn in os.walk(SITE):
    for f in fn:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(dp, f), SITE).replace(os.sep, "/")
            files[p] = open(os.path.join(dp, f), encoding="utf-8").read()
if not os.path.isfile(os.path.join(SITE, "robots.txt")): err("no robots.txt")

pages = {}
for p in T["pages"]:
    if p["path"] in pages: err("duplicate page " + p["path"])
    pages[p["path"]] = p
for f in files:
    if f not in pages: err("page not in truth: " + f)
for p in pages:
    if p not in files: err("truth page missing: " + p)

def owner(p):
    return p["operator"] or ("platform:" + (p.get("site") or "nav"))

# identifiers
idowners = defaultdict(set)
for p in pages.values():
    if not p["is_offer"] and (p["operator"] or p["identifiers"]): err("non-offer with operator/ids " + p["path"])
    if p["is_offer"] and not p["operator"]: err("offer without operator " + p["path"])
    html = files.get(p["path"], "")
    for k, v, w in p["identifiers"]:
        if k not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"): err("bad kind %s" % k)
        if w not in html: err("written form %r not on %s" % (w, p["path"]))
        if k == "phone":
            if norm_phone(w) != v: err("phone %r normalizes to %s not %s" % (w, norm_phone(w), v))
            if not re.fullmatch(r"\+861\d{10}|[48]00\d{7}|0\d{2,3}-\d{7,8}|\d{5}", v): err("phone value " + v)
        elif k in ("qq", "qq_group"):
            if digits(w) != v: err("qq %r != %s" % (w, v))
        elif k == "email":
            if norm_email(w) != v or v != v.lower(): err("email %r != %s" % (w, v))
        elif k == "uscc":
            if not uscc_ok(v) or w.upper() != v: err("uscc bad " + v)
        elif k in ("wechat", "domain"):
            if v != v.lower() or v not in w.lower().replace("点", "."): err("%s %r != %s" % (k, w, v))
        idowners[(k, v)].add(owner(p))
for key, os_ in idowners.items():
    if len(os_) > 1: err("identifier %s shared by owners %s" % (key, sorted(os_)))
# written forms of seller ids must not appear on offer pages of other owners
for p in pages.values():
    for k, v, w in p["identifiers"]:
        if len(w) < 6: continue
        for q in pages.values():
            if q["is_offer"] and owner(q) != owner(p) and w in files.get(q["path"], ""):
                err("written %r of %s appears on %s" % (w, owner(p), q["path"]))

# operators
ops = T["operators"]
byop = defaultdict(list)
for p in pages.values():
    if p["operator"]: byop[p["operator"]].append(p)
U = sorted(o for o in byop if o.startswith("U")); I = sorted(o for o in byop if o.startswith("I"))
if U != ["U%02d" % i for i in range(1, 10)]: err("operators U: %s" % U)
if I != ["I%02d" % i for i in range(1, 7)]: err("independents: %s" % I)
for o in U:
    ps = byop[o]
    if not 3 <= len(ps) <= 4: err("%s has %d pages" % (o, len(ps)))
    if len({p["site"] for p in ps}) < 2: err(o + " on one site only")
    # connectivity through shared identifiers
    adj = defaultdict(set)
    for a in ps:
        for b in ps:
            if a is not b and {(k, v) for k, v, _ in a["identifiers"]} & {(k, v) for k, v, _ in b["identifiers"]}:
                adj[a["path"]].add(b["path"])
    seen = {ps[0]["path"]}; dq = deque(seen)
    while dq:
        x = dq.popleft()
        for y in adj[x] - seen: seen.add(y); dq.append(y)
    if len(seen) != len(ps): err(o + " pages not connected by identifiers")
    ties = sorted(map(list, {(k, v) for p in ps for k, v, _ in p["identifiers"]
                              if sum(any(i[:2] == [k, v] for i in q["identifiers"]) for q in ps) >= 2}))
    if o not in ops or sorted(ops[o]["identifiers"]) != ties: err(o + " operator identifiers mismatch")
for o in I:
    if len(byop[o]) != 1: err(o + " must have one page")
for o in ops:
    if o not in byop: err("operator without pages " + o)

# decoys
seller_ids = set(idowners)
kinds = set()
for d in T["decoys"]:
    kinds.add(d["kind"])
    if (d["kind"], d["value"]) in seller_ids: err("decoy is a seller identifier: " + d["value"])
    if len(d["pages"]) < 2: err("decoy on <2 pages: " + d["value"])
    if len({owner(pages[x]) for x in d["pages"] if x in pages}) < 2: err("decoy not across owners: " + d["value"])
    for x in d["pages"]:
        if not any(w in files.get(x, "") for w in d["written"]): err("decoy %s not on %s" % (d["value"], x))
    for w in d["written"]:
        if not any(w in files.get(x, "") for x in d["pages"]): err("decoy written %r nowhere" % w)
        if d["kind"] == "phone" and norm_phone(w) != d["value"]: err("decoy phone %r" % w)

# reachability from /index.html
seen = {"/index.html"}; dq = deque(seen)
while dq:
    x = dq.popleft()
    for h in re.findall(r"href=['\"](/[^'\"]+\.html)['\"]", files.get(x, "")):
        if h not in seen and h in files: seen.add(h); dq.append(h)
if set(files) - seen: err("unreachable: %s" % sorted(set(files) - seen))

# counts
n = len(pages); offers = sum(p["is_offer"] for p in pages.values())
styles = {p.get("style") for p in pages.values() if p.get("style") != "nav"}
if not 48 <= n <= 56: err("page count %d" % n)
if not 34 <= offers <= 40: err("offer count %d" % offers)
if not 8 <= len(styles) <= 11: err("styles %d" % len(styles))
if len(T["decoys"]) < 18: err("decoys %d" % len(T["decoys"]))
for k in ("phone", "email", "qq_group", "domain", "other", "wechat", "qq"):
    if k not in kinds: err("no decoy of kind " + k)

print("pages=%d offers=%d non_offers=%d operators=%d independents=%d decoys=%d styles=%d sites=%d"
      % (n, offers, n - offers, len(U), len(I), len(T["decoys"]), len(styles),
         len({p.get("site") for p in pages.values() if p.get("site")})))
for e in ERR: print("FAIL:", e)
sys.exit(1 if ERR else 0)
