#!/usr/bin/env python3
"""Verify truth.json against site/. Exits non-zero on any failure; prints the counts."""
import html, json, os, re, sys
from html.parser import HTMLParser
from urllib.parse import urljoin, urldefrag

BASE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(BASE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def fail(msg):
    errors.append(msg)


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.links.append(v)


def visible(t):
    t = re.sub(r"<style.*?</style>", "", t, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", t))


truth = json.load(open(os.path.join(BASE, "truth.json"), encoding="utf-8"))
files = {}
for root, _, names in os.walk(SITE):
    for n in names:
        if n.endswith(".html"):
            fp = os.path.join(root, n)
            files["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()
texts = {p: visible(t) for p, t in files.items()}

# robots + hub reachability
robots = open(os.path.join(SITE, "robots.txt")).read() if os.path.exists(os.path.join(SITE, "robots.txt")) else ""
if "Allow: /" not in robots or "Disallow: /\n" in robots:
    fail("robots.txt does not allow everything")
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in files:
        continue
    seen.add(p)
    lp = Links()
    lp.feed(files[p])
    for h in lp.links:
        t = urldefrag(urljoin("http://x" + p, h))[0].replace("http://x", "")
        if t.startswith("/") and t not in seen:
            if t not in files:
                fail(f"broken link {h} on {p}")
            todo.append(t)
for p in files:
    if p not in seen:
        fail(f"{p} not reachable from hub")
hub_links = Links(); hub_links.feed(files.get("/index.html", ""))
site_dirs = sorted({p.split("/")[1] for p in files if p.count("/") == 2})
for d in site_dirs:
    if f"{d}/index.html" not in hub_links.links:
        fail(f"hub does not link {d}/index.html")

# pages
tpaths = [pg["path"] for pg in truth["pages"]]
if len(set(tpaths)) != len(tpaths):
    fail("duplicate paths in truth")
for p in tpaths:
    if p not in files:
        fail(f"truth path missing: {p}")
for p in files:
    if p not in tpaths:
        fail(f"page not in truth: {p}")

KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}


def uscc_ok(v):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", v):
        return False
    s = sum(ALPHA.index(c) * w for c, w in zip(v[:17], W))
    r = 31 - s % 31
    return v[17] == ALPHA[0 if r == 31 else r]


def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861[3-9]\d{9}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind == "uscc":
        return uscc_ok(v)
    return True


offers, op_pages, id_owner = [], {}, {}
for pg in truth["pages"]:
    p = pg["path"]
    if pg["is_offer"]:
        offers.append(pg)
        if not pg["operator"]:
            fail(f"offer without operator {p}")
        op_pages.setdefault(pg["operator"], []).append(pg)
    elif pg["operator"] is not None:
        fail(f"non-offer with operator {p}")
    for kind, value, written in pg["identifiers"]:
        if kind not in KINDS:
            fail(f"bad kind {kind} on {p}")
        if not norm_ok(kind, value):
            fail(f"bad normalization {kind} {value} on {p}")
        if p in texts and written not in texts[p]:
            fail(f"written form {written!r} not on {p}")
        id_owner.setdefault((kind, value), set()).add(pg["operator"])

# identifiers never shared across sellers
for key, owners in id_owner.items():
    if len(owners) > 1:
        fail(f"identifier {key} shared by {owners}")
# written forms of one seller never appear on another seller's page
written_by = {}
for pg in truth["pages"]:
    for _, _, w in pg["identifiers"]:
        written_by.setdefault(w, set()).add(pg["operator"])
for pg in offers:
    for w, owners in written_by.items():
        if pg["operator"] not in owners and w in texts.get(pg["path"], ""):
            fail(f"{w!r} of {owners} leaks onto {pg['path']} ({pg['operator']})")

# operators
ops = sorted(k for k in op_pages if k.startswith("U"))
inds = sorted(k for k in op_pages if k.startswith("I"))
if ops != [f"U0{i}" for i in range(1, 10)]:
    fail(f"operators are {ops}")
if inds != [f"I0{i}" for i in range(1, 7)]:
    fail(f"independents are {inds}")
for op in ops:
    pl = op_pages[op]
    if not 3 <= len(pl) <= 4:
        fail(f"{op} has {len(pl)} offer pages")
    if len({pg["path"].split("/")[1] for pg in pl}) < 2:
        fail(f"{op} on fewer than 2 sites")
    # connectivity by shared identifier values
    comp = {0}
    changed = True
    while changed:
        changed = False
        for i, a in enumerate(pl):
            if i in comp:
                continue
            va = {(k, v) for k, v, _ in a["identifiers"]}
            if any(va & {(k, v) for k, v, _ in pl[j]["identifiers"]} for j in comp):
                comp.add(i); changed = True
    if len(comp) != len(pl):
        fail(f"{op} pages not connected by shared identifiers")
    if op not in truth["operators"]:
        fail(f"{op} missing from operators")
    else:
        declared = {tuple(x) for x in truth["operators"][op]["identifiers"]}
        used = {(k, v) for pg in pl for k, v, _ in pg["identifiers"]}
        if declared != used:
            fail(f"{op} identifiers differ from its pages")
for ind in inds:
    if len(op_pages[ind]) != 1:
        fail(f"{ind} has {len(op_pages[ind])} pages")

# decoys
dkinds = set()
for d in truth["decoys"]:
    dkinds.add(d["kind"])
    if (d["kind"], d["value"]) in id_owner:
        fail(f"decoy {d['value']} is also a seller identifier")
    scan = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    for p in d["pages"]:
        if p not in texts:
            fail(f"decoy page missing {p}")
        elif not any(w in texts[p] for w in d["written"]):
            fail(f"decoy {d['value']} not written on {p}")
    if scan != sorted(d["pages"]):
        fail(f"decoy {d['value']} pages differ from scan")
    if not d["pages"]:
        fail(f"decoy {d['value']} appears nowhere")
    sellers = {pg["operator"] for pg in truth["pages"] if pg["path"] in d["pages"] and pg["operator"]}
    d["_sellers"] = len(sellers)
for k in ("phone", "email", "domain", "qq_group", "other", "qq", "wechat"):
    if k not in dkinds:
        fail(f"no decoy of kind {k}")

n_pages, n_offers = len(files), len(offers)
n_sites = len(site_dirs)
n_dec = len(truth["decoys"])
multi = sum(1 for d in truth["decoys"] if d["_sellers"] >= 2)
if not 48 <= n_pages <= 56: fail(f"{n_pages} pages")
if not 8 <= n_sites <= 11: fail(f"{n_sites} sites")
if not 34 <= n_offers <= 40: fail(f"{n_offers} offers")
if n_dec < 18: fail(f"{n_dec} decoys")

print(f"pages={n_pages} sites={n_sites} offers={n_offers} non_offers={n_pages - n_offers} "
      f"operators={len(ops)} operator_pages={sum(len(op_pages[o]) for o in ops)} independents={len(inds)} "
      f"decoys={n_dec} decoys_on_2plus_sellers={multi}")
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
