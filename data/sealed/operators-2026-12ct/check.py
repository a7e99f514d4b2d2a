#!/usr/bin/env python3
"""Verify truth.json against site/. Exit 1 on any failure."""
import json, os, re, sys
from collections import defaultdict, deque

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ERR = []


def err(m):
    ERR.append(m)


ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W))
    r = 31 - s % 31
    return c[17] == ALPHA[0 if r == 31 else r]


NORM = {
    "phone": r"\+861\d{10}|0\d{2,3}-\d{7,8}|[48]00\d{7}|123\d\d",
    "wechat": r"[a-z0-9_\-]{5,30}",
    "qq": r"[1-9]\d{4,11}",
    "qq_group": r"[1-9]\d{4,11}",
    "email": r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+",
    "domain": r"[a-z0-9\-]+(\.[a-z0-9\-]+)+",
}


def has(html, w):
    if w[0].isdigit() or w[-1].isdigit():
        return re.search(r"(?<!\d)" + re.escape(w) + r"(?!\d)", html) is not None
    return w in html


def main():
    t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
    files = set()
    for d, _, fs in os.walk(SITE):
        for f in fs:
            if f.endswith(".html"):
                files.add("/" + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, "/"))
    if not os.path.isfile(os.path.join(SITE, "robots.txt")):
        err("robots.txt missing")
    paths = [p["path"] for p in t["pages"]]
    if len(paths) != len(set(paths)):
        err("duplicate page in truth")
    if set(paths) != files:
        err("truth/site mismatch: %s" % sorted(set(paths) ^ files))
    html = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in files}

    # crawl from /index.html
    seen, q = {"/index.html"}, deque(["/index.html"])
    while q:
        for h in re.findall(r'href="(/[^"#]*\.html)"', html.get(q.popleft(), "")):
            if h in html and h not in seen:
                seen.add(h); q.append(h)
    if seen != files:
        err("unreachable from /index.html: %s" % sorted(files - seen))

    styles = {p.split("/")[1] for p in files if p.count("/") >= 2}
    owner_of, ids_by_owner = {}, defaultdict(set)
    offers = 0
    op_pages = defaultdict(list)
    for p in t["pages"]:
        path, o = p["path"], p["operator"]
        if p["is_offer"]:
            offers += 1
            if not o or not re.fullmatch(r"[UI]0\d", o):
                err("offer without operator " + path)
            if not p["provider"]:
                err("offer without provider " + path)
        elif o is not None:
            err("non-offer with operator " + path)
        owner_of[path] = o or ("page:" + path)
        if o:
            op_pages[o].append(p)
        for k, v, w in p["identifiers"]:
            if k not in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
                err("bad kind %s %s" % (k, path))
            if k == "uscc" and not uscc_ok(v):
                err("bad uscc " + v)
            if k in NORM and not re.fullmatch(NORM[k], v):
                err("bad normalized %s %s on %s" % (k, v, path))
            if not has(html.get(path, ""), w):
                err("written form %r not on %s" % (w, path))
            ids_by_owner[(k, v)].add(o)
    for (k, v), owners in ids_by_owner.items():
        if len(owners) > 1:
            err("identifier %s %s shared by %s" % (k, v, sorted(map(str, owners))))

    # operators
    for o, pl in op_pages.items():
        if o.startswith("U"):
            if not 3 <= len(pl) <= 4:
                err("%s has %d pages" % (o, len(pl)))
            sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in pl]
            comp, stack = {0}, [0]
            while stack:
                i = stack.pop()
                for j in range(len(pl)):
                    if j not in comp and sets[i] & sets[j]:
                        comp.add(j); stack.append(j)
            if len(comp) != len(pl):
                err("%s pages not connected by shared identifiers" % o)
            if len({p["provider"] for p in pl}) < 2:
                err(o + " uses a single brand")
            if len({p["path"].split("/")[1] for p in pl}) < 2:
                err(o + " on a single site style")
            tr = t["operators"].get(o)
            if not tr or sorted(map(tuple, tr["identifiers"])) != sorted(set().union(*sets)) \
                    or set(tr["brands"]) != {p["provider"] for p in pl}:
                err(o + " operators entry mismatch")
        else:
            if len(pl) != 1:
                err(o + " independent with more than one page")
    us = sorted(o for o in op_pages if o.startswith("U"))
    ind = sorted(o for o in op_pages if o.startswith("I"))
    if us != ["U0%d" % i for i in range(1, 10)] or sorted(t["operators"]) != us:
        err("operators not U01-U09: %s" % us)
    if ind != ["I0%d" % i for i in range(1, 7)]:
        err("independents not I01-I06: %s" % ind)

    # decoys
    allids = {(k, v) for (k, v) in ids_by_owner}
    allvals = {v for (_, v) in ids_by_owner}
    cats = set()
    for d in t["decoys"]:
        cats.add(d["why"].split("]")[0] + "]")
        if (d["kind"], d["value"]) in allids or d["value"] in allvals:
            err("decoy is a seller identifier: " + d["value"])
        if len(d["pages"]) < 2:
            err("decoy on fewer than 2 pages: " + d["value"])
        if len({owner_of.get(p) for p in d["pages"]}) < 2:
            err("decoy pages of a single owner: " + d["value"])
        for p in d["pages"]:
            if p not in html or not any(has(html[p], w) for w in d["written"]):
                err("decoy %s not on %s" % (d["value"], p))
        for w in d["written"]:
            if not any(has(html.get(p, ""), w) for p in d["pages"]):
                err("decoy written form %r on none of its pages" % w)
    need = {"[hotline]", "[official]", "[platform]", "[warning]", "[number]", "[placeholder]", "[third-party]", "[reader]"}
    if not need <= cats:
        err("decoy kinds missing: %s" % sorted(need - cats))

    n = len(t["pages"])
    if not 48 <= n <= 56: err("page count %d" % n)
    if not 35 <= offers <= 39: err("offer count %d" % offers)
    if not 8 <= len(styles) <= 11: err("site styles %d" % len(styles))
    if len(t["decoys"]) < 18: err("decoys %d" % len(t["decoys"]))

    print("pages=%d offers=%d non_offers=%d styles=%d operators=%d independents=%d decoys=%d" %
          (n, offers, n - offers, len(styles), len(us), len(ind), len(t["decoys"])))
    for e in ERR:
        print("FAIL:", e)
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
