#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any problem."""
import json, os, re, sys
from html.parser import HTMLParser

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")
errors = []


def err(m):
    errors.append(m)


truth = json.load(open(os.path.join(OUT, "truth.json"), encoding="utf-8"))
pages = {p["path"]: p for p in truth["pages"]}

html = {}
for root, _, files in os.walk(SITE):
    for fn in files:
        if fn.endswith(".html"):
            fp = os.path.join(root, fn)
            html["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

if not os.path.isfile(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")
elif "Allow: /" not in open(os.path.join(SITE, "robots.txt")).read():
    err("robots.txt does not allow all")

# every page in truth exists / every HTML page is in truth
for p in pages:
    if p not in html:
        err(f"truth page missing on disk: {p}")
for p in html:
    if p not in pages:
        err(f"HTML page not in truth: {p}")


# ---- normalisation of written forms (to catch mistakes in truth)
CN = {c: str(i) for i, s in enumerate(["零〇", "一壹幺", "二贰两", "三叁", "四肆", "五伍", "六陆", "七柒", "八捌", "九玖"]) for c in s}


def half(s):
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else (" " if c == "\u3000" else c) for c in s)


def norm(kind, w):
    t = half(w)
    if kind in ("phone", "qq", "qq_group"):
        d = re.sub(r"\D", "", "".join(CN.get(c, c) for c in t))
        if kind != "phone":
            return d
        if len(d) == 13 and d.startswith("86"):
            d = d[2:]
        if len(d) == 11 and d.startswith("1"):
            return "+86" + d
        if d.startswith("0"):
            return d  # compared digit-wise below
        return d
    t = t.lower().replace("下划线", "_")
    t = re.sub(r"\s*\(at\)\s*|\s+at\s+|#", "@", t)
    t = re.sub(r"\s*\(dot\)\s*|\s+dot\s+|点|。", ".", t)
    t = t.replace(" ", "")
    if kind == "domain" and t.startswith("www."):
        t = t[4:]
    return t


def same(kind, value, written):
    n = norm(kind, written)
    if kind == "phone":
        v = value[3:] if value.startswith("+86") else value
        return re.sub(r"\D", "", n.replace("+86", "")) == re.sub(r"\D", "", v)
    if kind == "other" and value.startswith("payee:"):
        return value[6:] == written
    return n == value.lower()


def contains(h, w):
    if re.fullmatch(r"\d+", w):
        return re.search(r"(?<!\d)" + w + r"(?!\d)", h) is not None
    return w in h


KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
owner_of_value = {}
for path, p in pages.items():
    h = html.get(path, "")
    if p["is_offer"]:
        if not re.fullmatch(r"U0[1-9]|I0[1-6]", p["operator"] or ""):
            err(f"{path}: bad operator {p['operator']}")
        if not p.get("provider"):
            err(f"{path}: offer without provider")
        elif p["provider"] not in h:
            err(f"{path}: provider not on page: {p['provider']}")
    elif p["operator"] is not None:
        err(f"{path}: non-offer with operator")
    for kind, value, written in p["identifiers"]:
        if kind not in KINDS:
            err(f"{path}: bad kind {kind}")
        if not contains(h, written):
            err(f"{path}: identifier not on page: {written!r}")
        if not same(kind, value, written):
            err(f"{path}: written {written!r} does not normalise to {value!r}")
        if kind == "phone" and not (re.fullmatch(r"\+861\d{10}", value) or re.fullmatch(r"0\d{2,3}-\d{7,8}", value)):
            err(f"{path}: phone value not normalised: {value}")
        owner_of_value.setdefault((kind, value), set()).add(p["operator"])

# identifiers never cross groups
for kv, owners in owner_of_value.items():
    if len(owners) > 1:
        err(f"identifier {kv} shared by {sorted(owners)}")

# operator structure
groups = {}
for path, p in pages.items():
    if p["is_offer"]:
        groups.setdefault(p["operator"], []).append(p)
for g, ps in sorted(groups.items()):
    if g.startswith("U"):
        if not 3 <= len(ps) <= 4:
            err(f"{g}: {len(ps)} pages")
        brands = {p["provider"] for p in ps}
        if len(brands) < 3:
            err(f"{g}: only {len(brands)} brands")
        # connectivity via shared identifiers
        idsets = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
        seen, todo = {0}, [0]
        while todo:
            i = todo.pop()
            for j in range(len(ps)):
                if j not in seen and idsets[i] & idsets[j]:
                    seen.add(j)
                    todo.append(j)
        if len(seen) != len(ps):
            err(f"{g}: pages not connected by shared identifiers")
    else:
        if len(ps) != 1:
            err(f"{g}: independent with {len(ps)} pages")
for u in ["U%02d" % i for i in range(1, 10)] + ["I%02d" % i for i in range(1, 7)]:
    if u not in groups:
        err(f"{u} has no pages")

# written forms of an operator's identifiers must not appear on other groups' pages
for path, p in pages.items():
    for kind, value, written in p["identifiers"]:
        if len(written) < 6:
            continue
        for q, qp in pages.items():
            if qp["operator"] != p["operator"] and contains(html.get(q, ""), written):
                err(f"{written!r} of {p['operator']} also appears on {q}")

# decoys
ident_values = set(owner_of_value)
if len(truth["decoys"]) < 18:
    err("fewer than 18 decoys")
for d in truth["decoys"]:
    if (d["kind"], d["value"]) in ident_values:
        err(f"decoy {d['value']} is also an identifier")
    for w in d["written"]:
        if not same(d["kind"], d["value"], w) and d["kind"] != "other":
            err(f"decoy written {w!r} does not normalise to {d['value']!r}")
    for path in d["paths"]:
        if path not in html:
            err(f"decoy {d['value']}: page missing {path}")
        elif not any(contains(html[path], w) for w in d["written"]):
            err(f"decoy {d['value']} not on {path}")
    owners = {pages[x]["operator"] if pages.get(x, {}).get("is_offer") else x for x in d["paths"]}
    if len(d["paths"]) < 2 or len(owners) < 2:
        err(f"decoy {d['value']}: does not span two operators / non-offers: {d['paths']}")


# reachability
class L(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v and v.startswith("/"):
                    self.links.append(v.split("#")[0])


seen, todo = {"/index.html"}, ["/index.html"]
while todo:
    cur = todo.pop()
    parser = L()
    parser.feed(html.get(cur, ""))
    for l in parser.links:
        if l not in html:
            err(f"broken link {l} on {cur}")
        elif l not in seen:
            seen.add(l)
            todo.append(l)
for p in html:
    if p not in seen:
        err(f"unreachable: {p}")

n_off = sum(p["is_offer"] for p in pages.values())
print(f"pages={len(html)} offers={n_off} non-offers={len(html) - n_off} operators={sum(1 for g in groups if g.startswith('U'))} "
      f"independents={sum(1 for g in groups if g.startswith('I'))} decoys={len(truth['decoys'])}")
if not 48 <= len(html) <= 56:
    err("page count out of range")
if len(html) - n_off < 11:
    err("fewer than 11 non-offers")
if errors:
    print("\n".join("FAIL " + e for e in errors))
    sys.exit(1)
print("OK")
