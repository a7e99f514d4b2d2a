#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any failure."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
errors = []
def fail(msg): errors.append(msg)

truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c): return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(c[:17], W18)) % 31
    return ALPH[0 if r == 31 else r] == c[17]
NORM = {
    "phone": r"\+861\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|1\d{4}",
    "wechat": r"[a-z0-9_\-]{5,}", "qq": r"[1-9]\d{4,10}", "qq_group": r"[1-9]\d{4,10}",
    "email": r"[a-z0-9._\-]+@[a-z0-9.\-]+\.[a-z]+", "domain": r"[a-z0-9.\-]+\.[a-z]+",
    "uscc": r".{18}", "other": r".+",
}

# files
html_files = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            html_files.add("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/"))
if not os.path.isfile(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    fail("robots.txt missing or not allowing")
paths = [p["path"] for p in truth["pages"]]
if len(paths) != len(set(paths)): fail("duplicate page in truth")
if set(paths) != html_files:
    fail("truth/site mismatch: missing %s extra %s" % (sorted(html_files - set(paths)), sorted(set(paths) - html_files)))
text = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in html_files}

# crawl from /index.html
class L(HTMLParser):
    def __init__(s): super().__init__(); s.links = []
    def handle_starttag(s, tag, a):
        if tag == "a":
            for k, v in a:
                if k == "href" and v and v.startswith("/"): s.links.append(v.split("#")[0])
seen, todo = set(), ["/index.html"]
while todo:
    u = todo.pop()
    if u in seen or u not in text: continue
    seen.add(u); l = L(); l.feed(text[u]); todo += l.links
if seen != html_files: fail("not reachable from /index.html: %s" % sorted(html_files - seen))

# pages
byowner = {}
def owner_key(p): return p["operator"] or "site:" + p["path"].split("/")[1]
styles = set()
for p in truth["pages"]:
    m = re.search(r'<body class="([^"]+)"', text.get(p["path"], ""))
    if m: styles.add(m.group(1))
    if not p["is_offer"] and (p["operator"] or p["identifiers"]): fail("non-offer with operator/ids " + p["path"])
    if p["is_offer"]:
        if not re.fullmatch(r"U0[1-9]|I0[1-6]", p["operator"] or ""): fail("bad operator " + p["path"])
        if not p["provider"] or p["provider"] not in text[p["path"]]: fail("provider not on page " + p["path"])
        if not p["identifiers"]: fail("offer without identifiers " + p["path"])
        byowner.setdefault(p["operator"], []).append(p)
    for kind, value, written in p["identifiers"]:
        if kind not in NORM or not re.fullmatch(NORM[kind], value): fail("bad value %s %s" % (kind, value))
        if kind == "uscc" and not uscc_ok(value): fail("bad USCC " + value)
        if written not in text[p["path"]]: fail("written form %r not on %s" % (written, p["path"]))

ops = sorted(k for k in byowner if k.startswith("U"))
inds = sorted(k for k in byowner if k.startswith("I"))
if ops != ["U0%d" % i for i in range(1, 10)]: fail("operators %s" % ops)
if inds != ["I0%d" % i for i in range(1, 7)]: fail("independents %s" % inds)
vals = {}
for o, ps in byowner.items():
    vals[o] = {(k, v) for p in ps for k, v, _ in p["identifiers"]}
    if o.startswith("U"):
        if not 3 <= len(ps) <= 4: fail("%s has %d pages" % (o, len(ps)))
        for p in ps:
            mine = {(k, v) for k, v, _ in p["identifiers"]}
            if not any(mine & {(k, v) for k, v, _ in q["identifiers"]} for q in ps if q is not p):
                fail("%s page %s shares nothing with its other pages" % (o, p["path"]))
        tv = {tuple(x) for x in truth["operators"][o]["identifiers"]}
        if tv != vals[o]: fail("operators[%s].identifiers mismatch" % o)
        if set(truth["operators"][o]["brands"]) != {p["provider"] for p in ps}: fail("brands mismatch " + o)
    elif len(ps) != 1: fail("%s has %d pages" % (o, len(ps)))
owners = sorted(vals)
for i, a in enumerate(owners):
    for b in owners[i + 1:]:
        if {v for _, v in vals[a]} & {v for _, v in vals[b]}: fail("%s and %s share an identifier" % (a, b))
# a seller's written forms do not occur on other owners' pages
for p in truth["pages"]:
    for _, _, w in p["identifiers"]:
        for q in truth["pages"]:
            if owner_key(q) != owner_key(p) and w in text[q["path"]]:
                fail("%s's %r also on %s" % (p["operator"], w, q["path"]))

# decoys
allvals = {v for s in vals.values() for _, v in s}
pk = {p["path"]: owner_key(p) for p in truth["pages"]}
for d in truth["decoys"]:
    if d["value"] in allvals: fail("decoy value is a seller identifier: " + d["value"])
    if d["kind"] not in NORM or not re.fullmatch(NORM[d["kind"]], d["value"]): fail("bad decoy value " + d["value"])
    for pth in d["pages"]:
        if pth not in text or not any(w in text[pth] for w in d["written"]): fail("decoy %s not on %s" % (d["value"], pth))
    actual = sorted(p for p in text if any(w in text[p] for w in d["written"]))
    if actual != sorted(d["pages"]): fail("decoy %s page list incomplete" % d["value"])
    if len(d["pages"]) < 2 or len({pk[x] for x in d["pages"]}) < 2: fail("decoy %s not on pages of 2+ owners" % d["value"])
seller_decoys = sum(1 for d in truth["decoys"] if len({pk[x] for x in d["pages"] if not pk[x].startswith("site:")}) >= 2)

n = len(truth["pages"]); offers = sum(p["is_offer"] for p in truth["pages"])
if not 48 <= n <= 56: fail("page count %d" % n)
if not 35 <= offers <= 39: fail("offer count %d" % offers)
if not 8 <= len(styles) <= 11: fail("site styles %d" % len(styles))
if len(truth["decoys"]) < 18: fail("decoys %d" % len(truth["decoys"]))

for e in errors: print("FAIL:", e)
print("pages=%d offers=%d non_offers=%d site_styles=%d operators=%d independents=%d decoys=%d (on 2+ sellers: %d) -> %s"
      % (n, offers, n - offers, len(styles), len(ops), len(inds), len(truth["decoys"]), seller_decoys, "OK" if not errors else "FAILED"))
sys.exit(1 if errors else 0)
