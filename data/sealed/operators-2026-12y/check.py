#!/usr/bin/env python3
"""Verifies site/ against truth.json (stdlib only). Exit 1 on any problem."""
import json, os, posixpath, re, sys
from collections import defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
FW = str.maketrans("０１２３４５６７８９－＠", "0123456789-@")
errors = []


def err(msg):
    errors.append(msg)


class P(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text, self.links, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "img" and a.get("alt"):
            self.text.append(" " + a["alt"] + " ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.text.append(d)


def parse(rel):
    p = P()
    with open(os.path.join(SITE, rel), encoding="utf-8") as fh:
        p.feed(fh.read())
    return re.sub(r"[ \t]+", " ", "".join(p.text)), p.links


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    r = 31 - sum(ALPHA.index(x) * w for x, w in zip(c[:17], WTS)) % 31
    if c[17] != ALPHA[0 if r == 31 else r]:
        return False
    body = c[8:16]
    s = sum((int(x) if x.isdigit() else ord(x) - 55) * w for x, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
    k = 11 - s % 11
    return c[16] == ("X" if k == 10 else "0" if k == 11 else str(k))


def norm(kind, w):
    w = w.translate(FW)
    if kind == "phone":
        d = re.sub(r"\D", "", w)
        if d.startswith("86") and len(d) == 13:
            d = d[2:]
        if d.startswith("0"):
            d = d[1:]
        return "+86" + d
    if kind in ("qq", "qq_group"):
        return re.sub(r"\D", "", w)
    if kind == "wechat":
        return re.sub(r"\D", "", w) if re.fullmatch(r"[\d \-]+", w) else w.lower()
    if kind == "email":
        w = re.sub(r"\s*(\[at\]|\(at\)| AT |#)\s*", "@", w, flags=re.I)
        return re.sub(r"\s+", "", w).lower()
    if kind == "domain":
        return re.sub(r"^www\.", "", w.lower())
    return w


truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = sorted(os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/")
               for d, _, fs in os.walk(SITE) for f in fs if f.endswith(".html"))
if not 48 <= len(files) <= 56:
    err(f"page count {len(files)} not in 48..56")
if not os.path.exists(os.path.join(SITE, "robots.txt")) or "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt missing or not allowing all")
tpaths = {p["path"].lstrip("/") for p in truth["pages"]}
if tpaths != set(files):
    err(f"truth/site page mismatch: {sorted(tpaths ^ set(files))}")

TEXT, LINKS = {}, {}
for f in files:
    TEXT[f], LINKS[f] = parse(f)

# reachability
seen, todo = {"index.html"}, ["index.html"]
while todo:
    cur = todo.pop()
    for h in LINKS[cur]:
        if re.match(r"^(https?:|tel:|mailto:|#|/)", h):
            if h.startswith("/") or h.startswith("http"):
                err(f"{cur}: non-relative link {h}")
            continue
        t = posixpath.normpath(posixpath.join(posixpath.dirname(cur), h))
        if t not in TEXT:
            err(f"{cur}: broken link {h}")
        elif t not in seen:
            seen.add(t)
            todo.append(t)
for f in files:
    if f not in seen:
        err(f"unreachable: {f}")

# pages, identifiers
ops = dict((k, v) for k, v in truth["operators"])
by_op = defaultdict(list)
owner = {}
for pg in truth["pages"]:
    f = pg["path"].lstrip("/")
    if pg["is_offer"] != (pg["operator"] is not None):
        err(f"{f}: is_offer/operator mismatch")
    if pg["operator"]:
        if pg["operator"] not in ops:
            err(f"{f}: unknown operator")
        by_op[pg["operator"]].append(pg)
        if pg["provider"] not in ops.get(pg["operator"], {}).get("brands", []):
            err(f"{f}: provider not among operator brands")
        if pg["provider"] not in TEXT[f]:
            err(f"{f}: provider name not on page")
        if not pg["identifiers"]:
            err(f"{f}: offer page without identifiers")
    for kind, n, w in pg["identifiers"]:
        if w not in TEXT[f]:
            err(f"{f}: written form {w!r} not in text")
        if norm(kind, w) != n:
            err(f"{f}: {kind} {w!r} normalizes to {norm(kind, w)!r}, truth says {n!r}")
        if kind == "uscc" and not uscc_ok(n):
            err(f"{f}: bad USCC {n}")
        key = (kind, n)
        grp = pg["operator"] or "page:" + f
        if owner.setdefault(key, grp) != grp:
            err(f"identifier {key} shared by {owner[key]} and {grp}")

offers = [p for p in truth["pages"] if p["is_offer"]]
for oid, pgs in by_op.items():
    if oid.startswith("U"):
        if not 3 <= len(pgs) <= 4:
            err(f"{oid}: {len(pgs)} pages")
        if len({p["provider"] for p in pgs}) < 2:
            err(f"{oid}: fewer than 2 brands on its pages")
        sets = [{(k, n) for k, n, _ in p["identifiers"]} for p in pgs]
        if set.intersection(*sets):
            err(f"{oid}: one identifier on every page (want a chain)")
        comp, changed = {0}, True
        while changed:
            changed = False
            for i, s in enumerate(sets):
                if i not in comp and any(s & sets[j] for j in comp):
                    comp.add(i)
                    changed = True
        if len(comp) != len(sets):
            err(f"{oid}: pages not connected by shared identifiers")
    elif len(pgs) != 1:
        err(f"{oid}: independent with {len(pgs)} pages")
for oid in ops:
    if oid not in by_op:
        err(f"{oid}: no pages")

# a seller's identifier must not turn up on another group's page
PH = re.compile(r"[0-9０-９][0-9０-９ \-－]{6,}[0-9０-９]")
def digit_runs(t):
    return {re.sub(r"\D", "", m.group().translate(FW)) for m in PH.finditer(t)}
RUNS = {f: digit_runs(TEXT[f]) for f in files}
for (kind, n), grp in owner.items():
    bare = n[3:] if kind == "phone" else n
    for f in files:
        pg = next(p for p in truth["pages"] if p["path"] == "/" + f)
        g = pg["operator"] or "page:" + f
        if g == grp:
            continue
        hit = False
        if kind in ("phone", "qq", "qq_group") or (kind == "wechat" and bare.isdigit()):
            hit = any(bare in r for r in RUNS[f])
        else:
            hit = bare.lower() in TEXT[f].lower()
        if hit:
            err(f"{kind} {n} of {grp} also appears on {f}")

# decoys
seller_vals = {n for _, n in owner}
for d in truth["decoys"]:
    if len(d["paths"]) < 2:
        err(f"decoy {d['value']} on fewer than 2 pages")
    for p in d["paths"]:
        if d["value"] not in TEXT.get(p.lstrip("/"), ""):
            err(f"decoy {d['value']} not in text of {p}")
    v = d["value"]
    if v in seller_vals or "+86" + re.sub(r"\D", "", v).lstrip("0") in seller_vals:
        err(f"decoy {v} equals a seller identifier")
    if re.fullmatch(r"[0-9A-Z]{18}", v) and not uscc_ok(v):
        err(f"decoy USCC {v} invalid")

print(f"pages {len(files)}, offers {len(offers)}, operators {sum(1 for o in ops if o.startswith('U'))}, "
      f"independents {sum(1 for o in ops if o.startswith('I'))}, decoys {len(truth['decoys'])}, "
      f"non-offer {len(files) - len(offers)}")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
