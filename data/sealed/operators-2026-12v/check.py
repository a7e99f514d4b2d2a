#!/usr/bin/env python3
"""Consistency checks for the operators-2026-12v labeled web. Stdlib only. Exit 1 on any failure."""
import json, os, re, sys
from collections import defaultdict
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(msg):
    ERR.append(msg)


FW = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９"}
AL = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WT = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(s):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", s):
        return False
    r = 31 - sum(AL.index(c) * w for c, w in zip(s, WT)) % 31
    return AL[0 if r == 31 else r] == s[17]


WELL = {
    "phone": re.compile(r"\+86(1[3-9]\d{9}|[48]00\d{7}|1\d{4}|[2-9]\d{9,10}|10\d{8})"),
    "wechat": re.compile(r"[a-z][a-z0-9_-]{5,19}|1[3-9]\d{9}"),
    "qq": re.compile(r"[1-9]\d{4,11}"),
    "qq_group": re.compile(r"[1-9]\d{4,11}"),
    "email": re.compile(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+"),
    "domain": re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)+"),
    "other": re.compile(r"[a-z_]+:\S+"),
}
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}


def digits(s):
    return re.sub(r"\D", "", s.translate(FW))


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("href", "action") and v:
                self.hrefs.append(v)


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    pages = truth["pages"]
    bypath = {p["path"]: p for p in pages}
    if len(bypath) != len(pages):
        err("duplicate page paths in truth")
    # ---- truth <-> files
    files = set()
    for root, _d, fs in os.walk(SITE):
        for f in fs:
            rel = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            files.add(rel)
    robots = os.path.join(SITE, "robots.txt")
    if "/robots.txt" not in files or "Disallow: /\n" in open(robots, encoding="utf-8").read() \
            or "Allow: /" not in open(robots, encoding="utf-8").read():
        err("robots.txt missing or not allowing all")
    html_files = {f for f in files if f.endswith(".html")}
    if files - html_files - {"/robots.txt"}:
        err("unexpected files: %s" % sorted(files - html_files - {"/robots.txt"}))
    for f in html_files - set(bypath):
        err("file not in truth: " + f)
    for pth in set(bypath) - html_files:
        err("truth page has no file: " + pth)
    text = {}
    for pth in bypath:
        if pth in html_files:
            raw = open(os.path.join(SITE, pth.lstrip("/")), encoding="utf-8").read()
            text[pth] = raw
    # ---- counts and labels
    n = len(pages)
    offers = [p for p in pages if p["is_offer"]]
    if not 48 <= n <= 56:
        err("page count %d outside 48-56" % n)
    if not 35 <= len(offers) <= 38:
        err("offer count %d outside 35-38" % len(offers))
    byop = defaultdict(list)
    for p in pages:
        if p["is_offer"]:
            if not p["operator"] or not p["provider"]:
                err("offer without operator/provider: " + p["path"])
            else:
                byop[p["operator"]].append(p)
        elif p["operator"] is not None:
            err("operator set on non-offer " + p["path"])
    u_ops = sorted(o for o in byop if o.startswith("U"))
    i_ops = sorted(o for o in byop if o.startswith("I"))
    if len(u_ops) != 9:
        err("expected 9 operators, got %d" % len(u_ops))
    if not 5 <= len(i_ops) <= 8:
        err("independents %d outside 5-8" % len(i_ops))
    for o in i_ops:
        if len(byop[o]) != 1:
            err("independent %s has %d offers" % (o, len(byop[o])))
    truth_ops = dict((o, d) for o, d in truth["operators"])
    for o in u_ops:
        ps = byop[o]
        if not 3 <= len(ps) <= 4:
            err("%s has %d offers" % (o, len(ps)))
        brands = {p["provider"] for p in ps}
        if not 2 <= len(brands) <= 3:
            err("%s uses %d brands" % (o, len(brands)))
        if o not in truth_ops or set(truth_ops[o]["brands"]) != brands:
            err("%s brands in truth.operators do not match pages" % o)
        else:
            for pth in re.findall(r"/\S+\.html", truth_ops[o]["ties"]):
                if pth not in bypath or bypath[pth]["operator"] != o:
                    err("%s ties name a page not of the operator: %s" % (o, pth))
    if set(truth_ops) != set(byop):
        err("truth.operators ids differ from page operators")
    # ---- reachability
    seen, todo = {"/index.html"}, ["/index.html"]
    while todo:
        cur = todo.pop()
        lp = Links()
        lp.feed(text.get(cur, ""))
        for h in lp.hrefs:
            u = urlparse(urljoin("http://web.test" + cur, h))
            if u.netloc != "web.test":
                continue
            if u.path in bypath and u.path not in seen:
                seen.add(u.path)
                todo.append(u.path)
            elif u.path not in bypath:
                err("broken internal link %s on %s" % (h, cur))
    for pth in set(bypath) - seen:
        err("unreachable from /index.html: " + pth)
    # ---- identifiers: written forms present, normalized forms well formed
    decoy_vals = {(d["kind"], d["value"]) for d in truth["decoys"]}
    used_kinds = set()
    for p in pages:
        raw = text.get(p["path"], "")
        for kind, val, written in p["identifiers"]:
            if kind not in KINDS:
                err("bad kind %s on %s" % (kind, p["path"]))
                continue
            if written not in raw:
                err("written form %r not on %s" % (written, p["path"]))
            ok = uscc_ok(val) if kind == "uscc" else bool(WELL[kind].fullmatch(val))
            if not ok:
                err("malformed %s %r on %s" % (kind, val, p["path"]))
            if kind in ("phone", "qq", "qq_group") or (kind == "wechat" and val.isdigit()):
                dv = val[3:] if val.startswith("+86") else val
                dw = digits(written)
                if dw.startswith("86") and len(dw) > len(dv):
                    dw = dw[2:]
                if dw.startswith("0") and not dv.startswith("0"):
                    dw = dw[1:]
                if dw != dv:
                    err("written %r does not normalize to %s on %s" % (written, val, p["path"]))
            if kind in ("email", "domain") and written.lower() == written and "@" in written and written != val \
                    and not written.startswith("mailto:"):
                err("plain e-mail %r differs from %s" % (written, val))
    # ---- seller identifiers: chains, exclusivity
    owners = defaultdict(set)   # (kind,value) -> operators of offer pages
    holders = defaultdict(set)  # (kind,value) -> all pages
    for p in pages:
        for kind, val, _w in p["identifiers"]:
            holders[(kind, val)].add(p["path"])
            if p["is_offer"] and (kind, val) not in decoy_vals:
                owners[(kind, val)].add(p["operator"])
    for key, ops in owners.items():
        if len(ops) > 1:
            err("seller identifier %s shared across operators %s" % (key, sorted(ops)))
    for key, ps in holders.items():
        if key in decoy_vals:
            continue
        biz = {bypath[x]["operator"] or ("page:" + (bypath[x]["provider"] or x)) for x in ps}
        ops = {b for b in biz if not b.startswith("page:")}
        # a non-offer page may hold a seller identifier only if its provider is one of that operator's brands
        for x in ps:
            q = bypath[x]
            if not q["is_offer"] and ops:
                o = next(iter(ops))
                if q["provider"] not in {pp["provider"] for pp in byop[o]}:
                    err("non-offer %s holds %s of %s but is not one of its brands" % (x, key, o))
    tie_kinds = set()
    for o in u_ops:
        ps = [p["path"] for p in byop[o]]
        adj = defaultdict(set)
        for key, hs in holders.items():
            if key in decoy_vals:
                continue
            inside = [x for x in hs if x in ps]
            if len(inside) > 1:
                tie_kinds.add(key[0])
                for a in inside:
                    adj[a].update(inside)
        comp, st = {ps[0]}, [ps[0]]
        while st:
            for y in adj[st.pop()]:
                if y not in comp:
                    comp.add(y)
                    st.append(y)
        if comp != set(ps):
            err("%s offers not connected: %s" % (o, sorted(set(ps) - comp)))
    if tie_kinds != KINDS:
        err("tie kinds unused: %s" % sorted(KINDS - tie_kinds))
    # ---- decoys: listed paths == pages found by scanning
    if {d["kind"] for d in truth["decoys"]} - KINDS:
        err("bad decoy kind")
    for d in truth["decoys"]:
        found = {pth for pth, raw in text.items() if probe(d["kind"], d["value"], raw)}
        if found != set(d["paths"]):
            err("decoy %s paths %s != scanned %s" % (d["value"], sorted(d["paths"]), sorted(found)))
        if set(d["paths"]) != holders.get((d["kind"], d["value"]), set()):
            err("decoy %s paths differ from pages listing it as identifier" % d["value"])
        biz = {bypath[x]["operator"] or x for x in d["paths"]}
        if len(biz) < 2:
            err("decoy %s does not span two unrelated pages" % d["value"])
    # ---- undeclared mobiles / e-mails / QQ-like runs on pages
    declared = defaultdict(set)
    for p in pages:
        for kind, val, _w in p["identifiers"]:
            declared[p["path"]].add(val[3:] if val.startswith("+86") else val.lower())
    for pth, raw in text.items():
        t = raw.translate(FW)
        for m in re.finditer(r"(?<![\dA-Za-z])1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)", t):
            if digits(m.group()) not in declared[pth]:
                err("undeclared mobile %s on %s" % (m.group(), pth))
        for m in re.finditer(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+\.[A-Za-z.]+", t):
            if m.group().lower() not in declared[pth]:
                err("undeclared e-mail %s on %s" % (m.group(), pth))
    if ERR:
        print("\n".join(ERR))
        print("FAILED: %d problems" % len(ERR))
        sys.exit(1)
    print("OK: %d pages, %d offers, %d operators, %d independents, %d decoys"
          % (n, len(offers), len(u_ops), len(i_ops), len(truth["decoys"])))


def probe(kind, val, raw):
    t = raw.translate(FW)
    if kind in ("phone", "qq", "qq_group") or (kind == "wechat" and val.isdigit()):
        nat = val[3:] if val.startswith("+86") else val
        landline = kind == "phone" and not re.match(r"1[3-9]\d{9}$|[48]00|1\d{4}$", nat)
        pat = r"[\s\-()（）]*".join(nat)
        if landline:
            pat = r"\(?0?" + pat
        return re.search(r"(?<![\dA-Za-z])" + pat + r"(?!\d)", t) is not None
    if kind in ("domain", "email", "uscc"):
        return val.lower() in t.lower()
    core = val.split(":", 1)[1]
    return core.lower() in re.sub(r"\s", "", t).lower()


if __name__ == "__main__":
    main()
