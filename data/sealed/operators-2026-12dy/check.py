#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any failure; print the counts."""
import json, os, re, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]


def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind == "uscc":
        return uscc_ok(v)
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    return True


truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
html = {}
for dp, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            fp = os.path.join(dp, f)
            html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing")

tp = {p["path"]: p for p in truth["pages"]}
for path in tp:
    if path not in html:
        err("truth path missing: " + path)
for path in html:
    if path not in tp:
        err("html page not in truth: " + path)

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in html:
        continue
    seen.add(p)
    todo += re.findall(r"href='(/[^']*\.html)'", html[p])
missing = set(html) - seen
if missing:
    err("unreachable from hub: %s" % sorted(missing))
for site in {p.split("/")[1] for p in html if p.count("/") > 1}:
    if "/%s/index.html" % site not in re.findall(r"href='([^']*)'", html["/index.html"]):
        err("hub does not link index of " + site)

op_pages = defaultdict(list)
for p in truth["pages"]:
    if p["path"] not in html:
        continue
    page = html[p["path"]]
    if not p["is_offer"] and p["operator"] is not None:
        err("non-offer with operator: " + p["path"])
    if p["is_offer"] and not re.fullmatch(r"[UI]0\d", p["operator"] or ""):
        err("offer without operator: " + p["path"])
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS:
            err("bad kind %s on %s" % (kind, p["path"]))
        if not norm_ok(kind, value):
            err("bad normalized value %s %s" % (kind, value))
        if written not in page:
            err("written form %r not on %s" % (written, p["path"]))
    if p["operator"]:
        op_pages[p["operator"]].append(p)

ops = [o for o in op_pages if o.startswith("U")]
ind = [o for o in op_pages if o.startswith("I")]
for o in ops:
    n = len(op_pages[o])
    sites = {p["path"].split("/")[1] for p in op_pages[o]}
    if not 3 <= n <= 4:
        err("%s has %d pages" % (o, n))
    if len(sites) < 2:
        err("%s on one site only" % o)
    # ties must connect the operator's pages
    idsets = [{(k, v) for k, v, _ in p["identifiers"]} for p in op_pages[o]]
    comp = {0}
    changed = True
    while changed:
        changed = False
        for i, s in enumerate(idsets):
            if i not in comp and any(s & idsets[j] for j in comp):
                comp.add(i); changed = True
    if len(comp) != n:
        err("%s pages not connected by shared identifiers" % o)
    if o not in truth["operators"]:
        err("%s missing from operators" % o)
    else:
        allids = {tuple(x[:2]) for p in op_pages[o] for x in p["identifiers"]}
        if allids != {tuple(x) for x in truth["operators"][o]["identifiers"]}:
            err("%s operator identifiers mismatch" % o)
for o in ind:
    if len(op_pages[o]) != 1:
        err("%s has %d pages" % (o, len(op_pages[o])))

# independents and operators share nothing across sellers
owner = defaultdict(set)
for o, pl in op_pages.items():
    for p in pl:
        for k, v, _ in p["identifiers"]:
            owner[(k, v)].add(o)
for key, os_ in owner.items():
    if len(os_) > 1:
        err("identifier %s shared by sellers %s" % (key, sorted(os_)))

# decoys
decoy_cats = set()
for d in truth["decoys"]:
    if d["kind"] not in KINDS:
        err("bad decoy kind " + d["kind"])
    if (d["kind"], d["value"]) in owner:
        err("decoy is also a seller identifier: %s" % d["value"])
    actual = sorted(p for p, h in html.items() if any(w in h for w in d["written"]))
    if actual != sorted(d["pages"]):
        err("decoy %s pages mismatch" % d["value"])
    if not d["pages"]:
        err("decoy %s appears nowhere" % d["value"])
    for path in d["pages"]:
        if not any(w in html.get(path, "") for w in d["written"]):
            err("decoy %s not written on %s" % (d["value"], path))
    sellers = {tp[p]["operator"] for p in d["pages"] if tp[p]["operator"]}
    if len(sellers) >= 2:
        decoy_cats.add("multi")
decoy_kinds = {d["kind"] for d in truth["decoys"]}

n_pages = len(html)
n_sites = len({p.split("/")[1] for p in html if p.count("/") > 1})
n_offers = sum(1 for p in truth["pages"] if p["is_offer"])
if not 48 <= n_pages <= 56: err("page count %d" % n_pages)
if not 8 <= n_sites <= 11: err("site count %d" % n_sites)
if not 34 <= n_offers <= 40: err("offer count %d" % n_offers)
if sorted(ops) != ["U0%d" % i for i in range(1, 10)]: err("operators %s" % sorted(ops))
if sorted(ind) != ["I0%d" % i for i in range(1, 7)]: err("independents %s" % sorted(ind))
if len(truth["decoys"]) < 18: err("only %d decoys" % len(truth["decoys"]))
if decoy_kinds != KINDS: err("decoy kinds missing %s" % (KINDS - decoy_kinds))
cross = sum(1 for d in truth["decoys"] if len({tp[p]["operator"] for p in d["pages"] if tp[p]["operator"]}) >= 2)

print("pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoys_on_multiple_sellers=%d errors=%d"
      % (n_pages, n_sites, n_offers, n_pages - n_offers, len(ops), sum(len(op_pages[o]) for o in ops), len(ind),
         len(truth["decoys"]), cross, len(errors)))
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
