#!/usr/bin/env python3
"""Consistency checks for the operators-2026-12k web (stdlib only). Exit 1 on any problem."""
import json, os, re, sys
from collections import defaultdict, deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")
sys.path.insert(0, OUT)
import gen  # noqa: E402  (for DECOYS patterns and USCC check)

errors = []


def err(msg):
    errors.append(msg)


truth = json.load(open(os.path.join(OUT, "truth.json"), encoding="utf-8"))
assert set(truth) == {"description", "pages", "operators", "decoys"}, truth.keys()

# ---------------------------------------------------------------- files vs truth
files = {}
for root, _, names in os.walk(SITE):
    for n in names:
        if n.endswith(".html"):
            fp = os.path.join(root, n)
            files["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()
if not os.path.isfile(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")
tpaths = [p["path"] for p in truth["pages"]]
if len(tpaths) != len(set(tpaths)):
    err("duplicate truth paths")
if set(tpaths) != set(files):
    err(f"truth/site mismatch: {set(tpaths) ^ set(files)}")
if not 48 <= len(files) <= 56:
    err(f"page count {len(files)} not in 48..56")


# ---------------------------------------------------------------- reachability
class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.hrefs.append(v)


def links(path):
    p = Links()
    p.feed(files[path])
    out = set()
    for h in p.hrefs:
        u = urlparse(urljoin("http://host" + path, h))
        if u.scheme == "http" and u.netloc == "host":
            out.add(u.path)
    return out


seen, q = {"/index.html"}, deque(["/index.html"])
while q:
    cur = q.popleft()
    for nxt in links(cur):
        if nxt in files and nxt not in seen:
            seen.add(nxt)
            q.append(nxt)
        elif nxt not in files:
            err(f"broken link {nxt} on {cur}")
if set(files) - seen:
    err(f"unreachable: {sorted(set(files) - seen)}")

# ---------------------------------------------------------------- identifiers
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}


def uscc_ok(v):
    return (re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", v) is not None
            and gen.uscc_check(v[:17]) == v[17] and gen.org_check(v[8:16]) == v[16])


def norm_ok(kind, v):
    if kind == "phone":
        return re.fullmatch(r"\+86\d{9,11}", v) is not None
    if kind in ("wechat", "email", "domain"):
        return v == v.lower() and not v.startswith("www.")
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    if kind == "uscc":
        return uscc_ok(v)
    return bool(v)


offers = [p for p in truth["pages"] if p["is_offer"]]
if not 34 <= len(offers) <= 38:
    err(f"offer count {len(offers)}")
group_of = {}
for p in truth["pages"]:
    if not p["is_offer"]:
        if p["identifiers"] or p["operator"]:
            err(f"non-offer {p['path']} has identifiers/operator")
        continue
    if not p["provider"]:
        err(f"offer {p['path']} without provider")
    if not p["identifiers"]:
        err(f"offer {p['path']} without identifiers")
    group_of[p["path"]] = p["operator"] or ("IND:" + p["path"])
    for kind, val, written in p["identifiers"]:
        if kind not in KINDS:
            err(f"bad kind {kind} on {p['path']}")
        if not norm_ok(kind, val):
            err(f"bad normalized {kind} {val} on {p['path']}")
        if written not in files[p["path"]]:
            err(f"written form {written!r} not in {p['path']}")

# shared ids only within one group
owners = defaultdict(set)
for p in offers:
    for kind, val, _ in p["identifiers"]:
        owners[(kind, val)].add(group_of[p["path"]])
for key, gs in owners.items():
    if len(gs) > 1:
        err(f"identifier {key} shared across groups {gs}")

# operators: 3-4 offers, 2-3 brands, connected
ops = dict(truth["operators"])
if len(ops) != 9:
    err(f"{len(ops)} operators")
indep = [p for p in offers if p["operator"] is None]
if not 7 <= len(indep) <= 9:
    err(f"{len(indep)} independents")
for op, info in ops.items():
    pages = [p for p in offers if p["operator"] == op]
    if not 3 <= len(pages) <= 4:
        err(f"{op}: {len(pages)} offers")
    brands = {p["provider"] for p in pages}
    if not 2 <= len(brands) <= 3:
        err(f"{op}: {len(brands)} brands")
    if brands != set(info["brands"]):
        err(f"{op}: brands {brands} vs {info['brands']}")
    ids = {p["path"]: {(k, v) for k, v, _ in p["identifiers"]} for p in pages}
    start = pages[0]["path"]
    comp, q = {start}, [start]
    while q:
        a = q.pop()
        for b in ids:
            if b not in comp and ids[a] & ids[b]:
                comp.add(b)
                q.append(b)
    if comp != set(ids):
        err(f"{op}: not connected {set(ids) - comp}")
    # chain: no single identifier on all pages
    common = set.intersection(*ids.values())
    if common:
        err(f"{op}: one identifier ties all pages {common}")
for p in truth["pages"]:
    if p["operator"] and p["operator"] not in ops:
        err(f"unknown operator on {p['path']}")


# ---------------------------------------------------------------- leak scan: a seller id must not appear on another group's offer page
FW = str.maketrans("０１２３４５６７８９＠", "0123456789@")


def flat(h):
    h = h.translate(FW)
    h = re.sub(r"[(（](0\d{2,3})[)）]\s*(?=\d)", r"\1", h)
    return re.sub(r"(?<=\d)[ \t\-－—]+(?=\d)", "", h)


FLAT = {p: flat(h) for p, h in files.items()}


def pattern(kind, val):
    if kind == "phone":
        nat = val[3:]
        return re.compile(r"(?<!\d)(?:\+?86|0)?" + re.escape(nat) + r"(?!\d)")
    if kind in ("qq", "qq_group"):
        return re.compile(r"(?<!\d)" + val + r"(?!\d)")
    if kind == "other" and val.startswith("bank:"):
        return re.compile(r"(?<!\d)" + val[5:] + r"(?!\d)")
    if kind == "email":
        loc, dom = val.split("@")
        return re.compile(re.escape(loc) + r".{1,6}?" + re.escape(dom), re.I)
    return re.compile(re.escape(val), re.I)


for (kind, val), gs in owners.items():
    g = next(iter(gs))
    pat = pattern(kind, val)
    for path, text in FLAT.items():
        if pat.search(text):
            if path in group_of and group_of[path] != g:
                err(f"{kind} {val} of {g} appears on {path} ({group_of[path]})")
            if kind == "domain" and not re.search(r"(?<![\w@＠#)])" + re.escape(val), re.sub(r"[\w.]+\s*(?:@|＠|\(at\)|#)\s*" + re.escape(val), "", files[path], flags=re.I), re.I):
                continue  # the domain only occurs inside an e-mail address
            if path in group_of and group_of[path] == g:
                listed = any((k, v) == (kind, val) for k, v, _ in next(x for x in offers if x["path"] == path)["identifiers"])
                if not listed:
                    err(f"{kind} {val} appears on own page {path} but is not listed")

# ---------------------------------------------------------------- decoys
seller_vals = {v for _, v in owners}
want = {(d[0], d[1]): sorted(p for p, h in files.items() if any(re.search(x, h) for x in d[2])) for d in gen.DECOYS}
got = {(d["kind"], d["value"]): d["paths"] for d in truth["decoys"]}
for d in truth["decoys"]:
    if set(d) != {"kind", "value", "paths"}:
        err(f"decoy shape {d}")
    if d["kind"] not in KINDS:
        err(f"decoy kind {d['kind']}")
    if d["value"] in seller_vals:
        err(f"decoy {d['value']} is also a seller id")
    if d["kind"] == "uscc" and not uscc_ok(d["value"]):
        err(f"decoy uscc {d['value']} bad checksum")
    if not d["paths"]:
        err(f"decoy {d['value']} on no page")
if want != got:
    err("decoy paths differ: " + str({k: (want.get(k), got.get(k)) for k in set(want) | set(got) if want.get(k) != got.get(k)}))
# phone decoys by digits too (catches other spellings)
for d in truth["decoys"]:
    if d["kind"] == "phone" and d["value"].startswith("+86"):
        pat = pattern("phone", d["value"])
        hits = sorted(p for p, t in FLAT.items() if pat.search(t))
        if hits != d["paths"]:
            err(f"decoy {d['value']} digit scan {hits} vs {d['paths']}")
# multi-page decoys should touch more than one group
for d in truth["decoys"]:
    gs = {group_of.get(p) for p in d["paths"] if p in group_of}
    if len(d["paths"]) > 1 and len(gs) == 1 and len([p for p in d["paths"] if p in group_of]) == len(d["paths"]):
        pass  # allowed (a platform's pages all belong to one seller is fine)

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: pages={len(files)} offers={len(offers)} operators={len(ops)} independents={len(indep)} decoys={len(truth['decoys'])}")
