#!/usr/bin/env python3
"""Verify site/ against truth.json (standard library only)."""
import json
import os
import re
import sys
from html.parser import HTMLParser
from posixpath import normpath, join, dirname

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ERR = []


def err(m):
    ERR.append(m)


def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c):
        return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W18))
    r = 31 - s % 31
    return ALPHA[0 if r == 31 else r] == c[17]


FW = {chr(0xFF10 + i): str(i) for i in range(10)}
for i, ch in enumerate("零壹贰叁肆伍陆柒捌玖"):
    FW[ch] = str(i)
for i, ch in enumerate("〇一二三四五六七八九"):
    FW[ch] = str(i)


def digits(s):
    return "".join(FW.get(ch, ch) for ch in s if FW.get(ch, ch).isdigit())


def written_matches(kind, value, written):
    if kind == "phone":
        d = digits(written)
        if value.startswith("+86"):
            v = value[3:]
            return d in (v, "86" + v, "0" + v) or (not v.startswith("1") and d == "0" + v)
        return d == value
    if kind in ("qq", "qq_group"):
        return digits(written) == value
    if kind == "email":
        w = written.lower().replace(" ", "").replace("(at)", "@").replace("[at]", "@").replace("圈", "@").replace("#", "@")
        return value in w
    if kind == "domain":
        return value in written.lower().replace("点", ".")
    if kind in ("wechat", "other"):
        return value in written.lower()
    if kind == "uscc":
        return written == value
    return False


def value_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861[3-9]\d{9}|\+86[1-9]\d{1,3}\d{7,8}|[48]00\d{7}|\+86\d{5,12}|\d{5}", v))
    if kind in ("qq", "qq_group"):
        return bool(re.fullmatch(r"[1-9]\d{4,10}", v))
    if kind == "email":
        return v == v.lower() and bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", v))
    if kind == "domain":
        return v == v.lower() and "." in v and "/" not in v and not v.startswith("www.")
    if kind == "wechat":
        return v == v.lower()
    if kind == "uscc":
        return uscc_ok(v)
    return kind == "other"


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.hrefs.append(v)


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    pages = truth["pages"]
    by = {p["path"]: p for p in pages}
    if len(by) != len(pages):
        err("duplicate paths in truth")
    files = set()
    for root, _, fs in os.walk(SITE):
        for f in fs:
            if f.endswith(".html"):
                files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
    if files != set(by):
        err(f"truth/site mismatch: only site {sorted(files - set(by))}, only truth {sorted(set(by) - files)}")
    if not (48 <= len(files) <= 56):
        err(f"page count {len(files)} out of 48-56")
    rb = os.path.join(SITE, "robots.txt")
    if not os.path.exists(rb) or "Allow: /" not in open(rb).read():
        err("robots.txt missing or not allow-all")

    html = {}
    for path in by:
        fp = os.path.join(SITE, path.lstrip("/"))
        if not os.path.exists(fp):
            err(f"missing {path}")
            continue
        html[path] = open(fp, encoding="utf-8").read()

    # reachability
    seen, todo = set(), ["/index.html"]
    while todo:
        p = todo.pop()
        if p in seen or p not in html:
            continue
        seen.add(p)
        lp = Links()
        lp.feed(html[p])
        for h in lp.hrefs:
            if re.match(r"^[a-z]+:", h) or h.startswith("#") or h.startswith("/"):
                continue
            t = normpath(join(dirname(p), h.split("#")[0]))
            if t.endswith(".html"):
                todo.append(t)
    for p in set(html) - seen:
        err(f"unreachable from index: {p}")

    # pages and identifiers
    owner = {}
    op_pages = {}
    for p in pages:
        path = p["path"]
        if p["is_offer"]:
            if not p["operator"] or not re.fullmatch(r"[UI]\d\d", p["operator"]):
                err(f"{path}: offer without valid operator")
            op_pages.setdefault(p["operator"], []).append(p)
        elif p["operator"] is not None:
            err(f"{path}: non-offer with operator")
        for kind, value, written in p["identifiers"]:
            if not value_ok(kind, value):
                err(f"{path}: bad normalized {kind} {value}")
            if written not in html.get(path, ""):
                err(f"{path}: written form not on page: {written!r}")
            if not written_matches(kind, value, written):
                err(f"{path}: written {written!r} does not normalize to {value}")
            grp = p["operator"] or ("nonoffer:" + path)
            owner.setdefault((kind, value), set()).add(grp)
    for key, grps in owner.items():
        if len(grps) > 1:
            err(f"identifier {key} shared by different groups {sorted(grps)}")

    for op, ps in op_pages.items():
        if op.startswith("I") and len(ps) != 1:
            err(f"{op}: independent with {len(ps)} pages")
        if op.startswith("U"):
            if not 3 <= len(ps) <= 4:
                err(f"{op}: {len(ps)} pages")
            sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in ps]
            if set.intersection(*sets):
                err(f"{op}: identifier on every page {set.intersection(*sets)}")
            comp = {0}
            changed = True
            while changed:
                changed = False
                for i in range(len(ps)):
                    if i not in comp and any(sets[i] & sets[j] for j in comp):
                        comp.add(i)
                        changed = True
            if len(comp) != len(ps):
                err(f"{op}: pages not connected by shared identifiers")
            brands = {p["provider"] for p in ps}
            if len(brands) < 2:
                err(f"{op}: fewer than 2 brands")
            if op not in truth["operators"]:
                err(f"{op}: missing in operators")
    if set(truth["operators"]) != {o for o in op_pages if o.startswith("U")}:
        err("operators dict does not match pages")

    # decoys
    own_vals = set(owner)
    for d in truth["decoys"]:
        k, v = d["kind"], d["value"]
        if (k, v) in own_vals:
            err(f"decoy {k} {v} is also a seller identifier")
        if not value_ok(k, v):
            err(f"decoy bad value {k} {v}")
        grps = set()
        for path in d["paths"]:
            if path not in html:
                err(f"decoy {v}: path missing {path}")
                continue
            t = html[path]
            if k == "phone":
                vv = v[3:] if v.startswith("+86") else v
                ok = vv in digits(t)
            else:
                ok = v.lower() in t.lower()
            if not ok:
                err(f"decoy {v} not found on {path}")
            grps.add(by[path]["operator"] or ("nonoffer:" + path))
        if len(grps) < 2:
            err(f"decoy {v} does not span two groups")
        if not any(by[x]["is_offer"] for x in d["paths"]):
            err(f"decoy {v} on no offer page")

    # counts
    n_off = sum(p["is_offer"] for p in pages)
    n_u = len(truth["operators"])
    n_i = len([o for o in op_pages if o.startswith("I")])
    n_d = len(truth["decoys"])
    desc = truth["description"]
    for label, n in (("pages", len(pages)), ("AI-trainer offer pages", n_off), ("multi-page operators", n_u),
                     ("independent sellers", n_i), ("decoy identifiers", n_d)):
        if f"{n} {label}" not in desc:
            err(f"description count mismatch for {label} ({n})")
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    for label, n in (("pages", len(pages)), ("offers", n_off), ("operators", n_u), ("independents", n_i), ("decoys", n_d)):
        if not re.search(rf"{label}\D*\b{n}\b", readme, re.I):
            err(f"README count mismatch for {label} ({n})")

    print(f"pages={len(pages)} offers={n_off} operators={n_u} independents={n_i} decoys={n_d} non-offers={len(pages) - n_off}")
    if ERR:
        print("\n".join("ERROR: " + e for e in ERR))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
