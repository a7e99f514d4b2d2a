#!/usr/bin/env python3
"""Verifies site/ against truth.json (stdlib only). Exit 1 on any problem."""
import json, os, posixpath, re, sys
from collections import defaultdict
from html.parser import HTMLParser
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []

def err(msg):
    ERR.append(msg)

class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.links, self.skip = [], [], 0
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        for k in ("alt", "title"):
            if tag != "html" and a.get(k):
                self.parts.append(a[k])
    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)

def parse(path):
    p = P()
    with open(os.path.join(SITE, path.lstrip("/")), encoding="utf-8") as fh:
        p.feed(fh.read())
    return " ".join(p.parts), p.links

# ------------------------------------------------------------------ normalizers
FW = str.maketrans("０１２３４５６７８９＠", "0123456789@")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"

def norm_phone(w):
    d = re.sub(r"\D", "", w.translate(FW))
    if len(d) in (3, 5):
        return d
    if d.startswith("400") and len(d) == 10:
        return d
    if d.startswith("86") and len(d) > 11:
        d = d[2:]
    if len(d) == 11 and d[0] == "1":
        return "+86" + d
    if d.startswith("0"):
        return "+86" + d[1:]
    return None

def norm_email(w):
    s = w.translate(FW).strip().lower()
    s = re.sub(r"\s*(\[at\]|\(at\)|\bat\b|#)\s*", "@", s)
    s = re.sub(r"\s*(\[dot\]|\(dot\)|\bdot\b)\s*", ".", s)
    return s.replace(" ", "")

def normalize(kind, w):
    if kind == "phone":
        return norm_phone(w)
    if kind in ("qq", "qq_group"):
        d = re.sub(r"\D", "", w.translate(FW))
        return d if 5 <= len(d) <= 11 else None
    if kind == "wechat":
        return w.strip().lower()
    if kind == "email":
        return norm_email(w)
    if kind == "uscc":
        return w.strip().upper()
    if kind == "domain":
        s = w.strip().lower()
        return s[4:] if s.startswith("www.") else s
    if kind == "other":
        return w.strip()
    return None

def uscc_ok(c):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", c):
        return False
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    r = 31 - sum(ALPHA.index(ch) * x for ch, x in zip(c, w)) % 31
    if c[17] != ALPHA[0 if r == 31 else r]:
        return False
    v = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    s = sum(v(ch) * x for ch, x in zip(c[8:16], [3, 7, 9, 10, 5, 8, 4, 2]))
    k = 11 - s % 11
    return c[16] == ("X" if k == 10 else "0" if k == 11 else str(k))

def digits(s):
    return re.sub(r"\D", "", s.translate(FW))

def present(kind, value, text):
    """Does the normalized identifier occur anywhere in a page's text?"""
    if kind == "phone":
        core = value[3:] if value.startswith("+86") else value
        if not value.startswith("+86"):
            return False  # short/400 seller numbers are not used
        d = digits(text)
        return core in d or ("0" + core) in d
    if kind in ("qq", "qq_group"):
        return re.search(r"(?<!\d)" + value + r"(?!\d)", text.translate(FW)) is not None
    if kind == "email":
        local, dom = value.split("@")
        t = text.lower()
        return local in t and dom.split(".")[0] in t
    if kind == "other":
        return value.split(":", 1)[-1] in text
    return value.lower() in text.lower()

# ------------------------------------------------------------------ checks
def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    files = set()
    for root, _, fs in os.walk(SITE):
        for f in fs:
            if f.endswith(".html"):
                files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
    if not 48 <= len(files) <= 56:
        err(f"page count {len(files)} outside 48-56")
    rb = os.path.join(SITE, "robots.txt")
    if not os.path.exists(rb) or "Disallow: /\n" in open(rb).read() or "Allow: /" not in open(rb).read():
        err("robots.txt missing or not allowing all")

    texts, links = {}, {}
    for f in files:
        texts[f], links[f] = parse(f)

    # reachability, relative links only
    seen, todo = {"/index.html"}, ["/index.html"]
    while todo:
        cur = todo.pop()
        for h in links[cur]:
            u = urlsplit(h)
            if u.scheme in ("tel", "mailto") or h.startswith("#"):
                continue
            if u.scheme or u.netloc or h.startswith("/"):
                err(f"{cur}: non-relative link {h}")
                continue
            tgt = posixpath.normpath(posixpath.join(posixpath.dirname(cur), u.path))
            if not tgt.startswith("/"):
                tgt = "/" + tgt
            if tgt.endswith(".html"):
                if tgt not in files:
                    err(f"{cur}: broken link {h}")
                elif tgt not in seen:
                    seen.add(tgt); todo.append(tgt)
            elif not os.path.exists(os.path.join(SITE, tgt.lstrip("/"))):
                err(f"{cur}: broken resource {h}")
    for f in sorted(files - seen):
        err(f"unreachable page {f}")

    pages = {p["path"]: p for p in truth["pages"]}
    if set(pages) != files:
        err(f"truth/site mismatch: {sorted(set(pages) ^ files)}")
    ops = dict((o[0], o[1]) for o in truth["operators"])

    owner = defaultdict(set)  # (kind, value) -> operators (or page path for non-offers)
    by_op = defaultdict(list)
    for path, p in pages.items():
        if p["is_offer"] != (p["operator"] is not None):
            err(f"{path}: is_offer/operator mismatch")
        if p["is_offer"]:
            if p["operator"] not in ops:
                err(f"{path}: unknown operator {p['operator']}")
            if not p["provider"] or p["provider"] not in texts.get(path, ""):
                err(f"{path}: provider {p['provider']!r} not on page")
            by_op[p["operator"]].append(p)
        for kind, value, written in p["identifiers"]:
            if written not in texts.get(path, ""):
                err(f"{path}: written {written!r} not in page text")
            n = normalize(kind, written)
            if kind == "other" and ":" in value:
                n = value if value.split(":", 1)[1] == written.strip().lower() else n
            if n != value:
                err(f"{path}: {kind} {written!r} normalizes to {n!r}, truth says {value!r}")
            if kind == "uscc" and not uscc_ok(value):
                err(f"{path}: invalid USCC {value}")
            owner[(kind, value)].add(p["operator"] or path)

    for key, who in owner.items():
        if len(who) > 1:
            err(f"identifier {key} shared across {sorted(who)}")

    # no listed identifier appears unlisted on another page
    for (kind, value), who in owner.items():
        for path in files:
            listed = any(k == kind and v == value for k, v, _ in pages[path]["identifiers"])
            if not listed and present(kind, value, texts[path]):
                err(f"{path}: carries {kind} {value} without listing it")

    # operator structure
    for oid, info in ops.items():
        pg = by_op.get(oid, [])
        provs = {p["provider"] for p in pg}
        for b in provs:
            if b not in info["brands"]:
                err(f"{oid}: provider {b} not in brands")
        if oid.startswith("U"):
            if not 3 <= len(pg) <= 4:
                err(f"{oid}: {len(pg)} offer pages")
            if not 2 <= len(provs) <= 3:
                err(f"{oid}: {len(provs)} brands on pages")
            sets = [{(k, v) for k, v, _ in p["identifiers"]} for p in pg]
            if set.intersection(*sets):
                err(f"{oid}: one identifier on every page (chain expected)")
            comp, grow = {0}, True
            while grow:
                grow = False
                for i in range(len(sets)):
                    if i not in comp and any(sets[i] & sets[j] for j in comp):
                        comp.add(i); grow = True
            if len(comp) != len(sets):
                err(f"{oid}: pages not chained by shared identifiers")
        elif oid.startswith("I"):
            if len(pg) != 1:
                err(f"{oid}: {len(pg)} pages")
        else:
            err(f"bad operator id {oid}")

    # decoys
    all_vals = {v for (_, v) in owner}
    for d in truth["decoys"]:
        if d["value"] in all_vals:
            err(f"decoy {d['value']} is also a seller identifier")
        if not d["paths"]:
            err(f"decoy {d['value']} on no page")
        for path in d["paths"]:
            if path not in texts or not any(w in texts[path] for w in d.get("written", [d["value"]])):
                err(f"decoy {d['value']} not in text of {path}")
        if d["kind"].endswith("uscc") and not uscc_ok(d["value"]):
            err(f"decoy USCC {d['value']} invalid")

    n_off = sum(p["is_offer"] for p in pages.values())
    print(f"pages {len(files)}, offers {n_off}, non-offers {len(files) - n_off}, "
          f"operators U {sum(o.startswith('U') for o in ops)}, I {sum(o.startswith('I') for o in ops)}, "
          f"decoys {len(truth['decoys'])}")
    if ERR:
        print("\n".join("ERROR " + e for e in ERR))
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
