#!/usr/bin/env python3
"""Self-check of the operators test web (stdlib only).

- every HTML file has exactly one truth entry and vice versa; every page reachable from /index.html
- every offer identifier appears on its page in some written form; decoys never listed as identifiers
- every operator has >= 2 offer pages, connected by a chain of shared identifiers
- no identifier is shared across operators / independent sellers
- text overlap between offer pages (5-char shingles of visible text) stays below 1/3
"""
import itertools
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
FW = str.maketrans("０１２３４５６７８９", "0123456789")


class Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.links, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.links.append(v)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def parse(path):
    t = Text()
    with open(os.path.join(SITE, path.lstrip("/")), encoding="utf-8") as fh:
        raw = fh.read()
    t.feed(raw)
    return raw, "".join(t.parts), t.links


def written(value, kind, text):
    flat = re.sub(r"[\s\-()（）+]", "", text.translate(FW)).lower()
    if kind == "phone":
        d = value[3:]
        return d in flat or ("0" + d) in flat
    return value.lower() in flat


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    errs = []
    files = set()
    for root, _, fs in os.walk(SITE):
        for f in fs:
            if f.endswith(".html"):
                files.add("/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/"))
    tpaths = [p["path"] for p in truth["pages"]]
    if len(tpaths) != len(set(tpaths)):
        errs.append("duplicate truth paths")
    if set(tpaths) != files:
        errs.append(f"truth/file mismatch: {sorted(set(tpaths) ^ files)}")

    texts, links = {}, {}
    for p in files:
        raw, txt, ls = parse(p)
        if '<meta charset="utf-8">' not in raw:
            errs.append(f"{p}: no charset")
        texts[p], links[p] = txt, ls
    # reachability
    seen, todo = set(), ["/index.html"]
    while todo:
        p = todo.pop()
        if p in seen or p not in files:
            continue
        seen.add(p)
        for l in links[p]:
            if l.startswith("/") and not l.startswith("//"):
                l = l.split("#")[0]
                if l and l not in files:
                    errs.append(f"{p}: broken link {l}")
                todo.append(l)
    if seen != files:
        errs.append(f"unreachable: {sorted(files - seen)}")

    decoy_vals = {re.sub(r"[\s\-]", "", d["value"]).lower() for d in truth["decoys"]}
    owner = {}
    offers = [p for p in truth["pages"] if p["is_offer"]]
    for p in truth["pages"]:
        if not p["is_offer"] and (p["operator"] or p["identifiers"]):
            errs.append(f"{p['path']}: non-offer with operator/identifiers")
    for p in offers:
        if p["provider"] not in texts[p["path"]]:
            errs.append(f"{p['path']}: provider not on page")
        for i in p["identifiers"]:
            if not written(i["value"], i["kind"], texts[p["path"]]):
                errs.append(f"{p['path']}: identifier {i} not written on page")
            v = i["value"].lower().replace("+86", "")
            if v in decoy_vals or i["value"].lower() in decoy_vals:
                errs.append(f"{p['path']}: decoy listed as identifier {i}")
            key = (i["kind"], i["value"])
            grp = p["operator"] or ("IND:" + p["path"])
            owner.setdefault(key, set()).add(grp)
    for key, g in owner.items():
        if len(g) > 1:
            errs.append(f"identifier {key} shared across groups {g}")
    # decoy values actually written on their pages
    for d in truth["decoys"]:
        for path in d["paths"]:
            if not written(re.sub(r"[\s\-]", "", d["value"]), "x", texts[path]):
                errs.append(f"decoy {d['value']} not on {path}")
    # operator connectivity
    ops = {}
    for p in offers:
        if p["operator"]:
            ops.setdefault(p["operator"], []).append(p)
    for op, ps in sorted(ops.items()):
        if len(ps) < 2:
            errs.append(f"{op}: fewer than 2 pages")
        ids = [{(i["kind"], i["value"]) for i in p["identifiers"]} for p in ps]
        comp, frontier = {0}, [0]
        while frontier:
            a = frontier.pop()
            for b in range(len(ps)):
                if b not in comp and ids[a] & ids[b]:
                    comp.add(b)
                    frontier.append(b)
        if len(comp) != len(ps):
            errs.append(f"{op}: not connected")
        if len({p["provider"] for p in ps}) != len(ps):
            errs.append(f"{op}: repeated brand")
    # text overlap
    def sh(t):
        t = re.sub(r"\s+", "", t)
        return {t[i:i + 5] for i in range(len(t) - 4)}
    shs = {p["path"]: sh(texts[p["path"]]) for p in offers}
    worst = []
    for a, b in itertools.combinations(shs, 2):
        inter = len(shs[a] & shs[b])
        cont = inter / min(len(shs[a]), len(shs[b]))
        jac = inter / len(shs[a] | shs[b])
        worst.append((cont, jac, a, b))
    worst.sort(reverse=True)
    for cont, jac, a, b in worst[:5]:
        print(f"overlap containment={cont:.2f} jaccard={jac:.2f} {a} {b}")
    if worst[0][0] > 1 / 3:
        errs.append("offer text overlap above 1/3")
    kinds = {}
    for d in truth["decoys"]:
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    print(f"pages={len(files)} offers={len(offers)} operators={len(ops)} "
          f"independent={sum(1 for p in offers if not p['operator'])} decoy values per kind={kinds}")
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
