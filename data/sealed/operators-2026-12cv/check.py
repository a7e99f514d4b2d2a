#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__)); SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errs = []
def fail(m): errs.append(m)

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18)); r = 31 - s % 31
    return c[17] == ALPHA[0 if r == 31 else r]

def norm_ok(k, v):
    if k == "phone": return bool(re.fullmatch(r"\+861\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|12\d{3}", v))
    if k in ("wechat", "email", "domain", "qq", "qq_group"): return v == v.lower() and bool(v)
    if k == "uscc": return uscc_ok(v)
    return bool(v)

t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/")
            html[p] = open(os.path.join(d, f), encoding="utf-8").read()
paths = [p["path"] for p in t["pages"]]
if len(paths) != len(set(paths)): fail("duplicate page in truth")
if set(paths) != set(html): fail(f"truth/site mismatch: {set(paths) ^ set(html)}")
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt")
if "/index.html" not in html: fail("no site/index.html")

# crawl from /index.html
class L(HTMLParser):
    def __init__(s): super().__init__(); s.h = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v: s.h.append(v)
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html: continue
    seen.add(p); l = L(); l.feed(html[p])
    for h in l.h:
        if re.match(r"^[a-z]+:", h): continue
        parts = p.split("/")[:-1] + h.split("/"); out = []
        for x in parts:
            if x == "..": out.pop()
            elif x not in (".", ""): out.append(x)
        todo.append("/" + "/".join(out))
if seen != set(html): fail(f"unreachable from index: {sorted(set(html) - seen)}")

owner = {p["path"]: (p["operator"] or p["path"]) for p in t["pages"]}
styles = set()
for p in t["pages"]:
    if p["path"] not in html: continue
    h = html[p["path"]]
    m = re.search(r'<body class="(\w+)"', h)
    if m: styles.add(m.group(1))
    if not p["is_offer"] and (p["operator"] is not None or p["identifiers"]): fail(f"non-offer with operator/ids {p['path']}")
    if p["is_offer"] and (not p["operator"] or not p["provider"] or not p["identifiers"]): fail(f"offer incomplete {p['path']}")
    if not p.get("note"): fail(f"no note {p['path']}")
    for k, v, w in p["identifiers"]:
        if k not in KINDS: fail(f"bad kind {k}")
        if not norm_ok(k, v): fail(f"not normalized {k} {v}")
        if w not in h: fail(f"written form {w!r} not on {p['path']}")

offers = [p for p in t["pages"] if p["is_offer"]]
by = {}
for p in offers: by.setdefault(p["operator"], []).append(p)
U = [f"U0{i}" for i in range(1, 10)]; Iids = [f"I0{i}" for i in range(1, 7)]
if set(by) != set(U) | set(Iids): fail(f"operators on pages: {sorted(by)}")
valowner = {}
for o, ps in by.items():
    for p in ps:
        for k, v, _ in p["identifiers"]: valowner.setdefault((k, v), set()).add(o)
for kv, os_ in valowner.items():
    if len(os_) > 1: fail(f"identifier {kv} shared across owners {os_}")
for o in U:
    ps = by.get(o, [])
    if not 3 <= len(ps) <= 4: fail(f"{o} has {len(ps)} pages")
    if len({p["path"].split("/")[1] for p in ps}) < 2: fail(f"{o} on a single site")
    # connectivity through shared identifiers
    sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
    comp, grow = {0}, True
    while grow:
        grow = False
        for i in range(len(ps)):
            if i not in comp and any(sets[i] & sets[j] for j in comp): comp.add(i); grow = True
    if len(comp) != len(ps): fail(f"{o} pages not connected by identifiers")
    tr = t["operators"].get(o)
    if not tr: fail(f"{o} missing in operators"); continue
    if {tuple(x) for x in tr["identifiers"]} != set().union(*sets): fail(f"{o} identifier list mismatch")
    if set(tr["brands"]) != {p["provider"] for p in ps}: fail(f"{o} brand mismatch")
for o in Iids:
    if len(by.get(o, [])) != 1: fail(f"{o} must have one page")
# leak: written forms of a seller's identifiers must not appear on pages of other owners
for p in offers:
    for k, v, w in p["identifiers"]:
        for q, h in html.items():
            if owner.get(q) != p["operator"] and w in h: fail(f"{p['operator']} written {w!r} leaks onto {q}")

# decoys
idvals = {kv[1] for kv in valowner}
cats = set()
for d in t["decoys"]:
    cats.add(d.get("category"))
    if d["kind"] not in KINDS: fail(f"decoy kind {d['kind']}")
    if d["value"] in idvals: fail(f"decoy value {d['value']} is also a seller identifier")
    if len(d["pages"]) < 2 or len({owner[x] for x in d["pages"] if x in owner}) < 2: fail(f"decoy {d['value']} not on 2 owners")
    for x in d["pages"]:
        if x not in html or not any(w in html[x] for w in d["written"]): fail(f"decoy {d['value']} not on {x}")
    for w in d["written"]:
        if not any(w in html[x] for x in d["pages"] if x in html): fail(f"decoy written {w!r} appears nowhere listed")
    extra = [q for q, h in html.items() if q not in d["pages"] and any(w in h for w in d["written"])]
    if extra: fail(f"decoy {d['value']} also on unlisted {extra}")
need = {"public_hotline", "official_site", "platform_footer", "scam_quoted", "number_shaped", "placeholder", "third_party", "reader_contact"}
if not need <= cats: fail(f"decoy categories missing {need - cats}")

n, no = len(t["pages"]), len(offers)
if not 48 <= n <= 56: fail(f"pages {n}")
if not 34 <= no <= 40: fail(f"offers {no}")
if not 8 <= len(styles) <= 11: fail(f"styles {len(styles)}")
if len(t["decoys"]) < 18: fail("decoys < 18")
print(f"pages={n} offers={no} non_offers={n - no} operators={sum(1 for o in U if o in by)} independents={sum(1 for o in Iids if o in by)} "
      f"decoys={len(t['decoys'])} styles={len(styles)} sites={len({p.split('/')[1] for p in html if p.count('/') > 1})}")
for e in errs: print("FAIL:", e)
sys.exit(1 if errs else 0)
