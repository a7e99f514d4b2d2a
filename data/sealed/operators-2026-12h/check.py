"""Consistency checks for site/ and truth.json. stdlib only: python3 check.py"""
import sys; sys.dont_write_bytecode = True
import json, os, re
from html.parser import HTMLParser
from common import uscc_valid
from data import PAGES
from gen import find_written, DECOYS

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ERR = []


def err(m):
    ERR.append(m)


CN = {"零": "0", "〇": "0", "壹": "1", "一": "1", "贰": "2", "二": "2", "叁": "3", "三": "3", "肆": "4",
      "四": "4", "伍": "5", "五": "5", "陆": "6", "六": "6", "柒": "7", "七": "7", "捌": "8", "八": "8",
      "玖": "9", "九": "9"}


def digits(s):
    s = "".join(CN.get(c, c) for c in s)
    s = "".join(chr(ord(c) - 0xFEE0) if "０" <= c <= "９" else c for c in s)
    return re.sub(r"\D", "", s)


def norm_ok(kind, value, written):
    if kind == "phone":
        d = digits(written)
        v = value[3:]
        return value.startswith("+86") and (d == v or d == "86" + v or d == "0" + v)
    if kind in ("qq", "qq_group"):
        return digits(written) == value
    if kind == "wechat":
        return written.lower() == value
    if kind == "email":
        return written.lower().replace("#", "@") == value
    if kind == "domain":
        return written.lower().removeprefix("www.") == value
    if kind == "uscc":
        return written == value and uscc_valid(value)
    if kind == "other":
        return written == value
    return False


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k == "href" and v and v.startswith("/"):
                self.links.append(v)


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    html = {}
    for root, _, files in os.walk(SITE):
        for f in files:
            if f.endswith(".html"):
                p = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
                html[p] = open(os.path.join(root, f), encoding="utf-8").read()
    if not os.path.exists(os.path.join(SITE, "robots.txt")):
        err("robots.txt missing")
    tp = {p["path"]: p for p in truth["pages"]}
    if set(tp) != set(html):
        err(f"truth pages != site pages: {set(tp) ^ set(html)}")
    data = {p["path"]: p for p in PAGES}
    # identifiers: written form present and normalizes to the value
    for path, p in data.items():
        t = tp[path]
        if [(i["kind"], i["value"]) for i in t["identifiers"]] != [(k, v) for k, v, _ in p["ids"]]:
            err(f"{path}: truth identifiers differ from data")
        for k, v, w in p["ids"]:
            if w not in html[path]:
                err(f"{path}: written form {w!r} not on page")
            if not norm_ok(k, v, w):
                err(f"{path}: {k} {w!r} does not normalize to {v!r}")
            if t["is_offer"] and k in ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"):
                pass
    # seller key: operator id or the page itself for independents
    def seller(t):
        return t["operator"] or ("IND:" + t["path"])
    owner = {}
    for t in truth["pages"]:
        if not t["identifiers"]:
            continue
        for i in t["identifiers"]:
            key = (i["kind"], i["value"])
            owner.setdefault(key, set()).add(seller(t))
    for key, s in owner.items():
        if len(s) > 1:
            err(f"identifier {key} shared by different sellers {s}")
    # written forms of a seller's identifiers must not show up on other sellers' pages
    for path, p in data.items():
        for k, v, w in p["ids"]:
            for q, h in html.items():
                if q == path or (tp[q]["operator"] and tp[q]["operator"] == tp[path]["operator"]):
                    continue
                if find_written(h, w):
                    err(f"{path}: {w!r} also appears on {q} (another seller)")
    # decoys
    dvals = set()
    for d in truth["decoys"]:
        dvals.add(d["value"])
        ws = [w for k, v, w_ in DECOYS if v == d["value"] for w in w_]
        for path in d["paths"]:
            if not any(find_written(html[path], w) for w in ws):
                err(f"decoy {d['value']} not on {path}")
        sellers = {seller(tp[x]) for x in d["paths"] if tp[x]["is_offer"]}
        if len(sellers) < 2:
            err(f"decoy {d['value']} on offers of fewer than 2 sellers: {sellers}")
        if d["value"][:2].isdigit() and len(d["value"]) == 18 and not uscc_valid(d["value"]):
            pass
    for key in owner:
        if key[1] in dvals:
            err(f"labeled identifier {key} is also a decoy")
    # operators: every page of an operator tied (connected) to the rest
    ops = {}
    for t in truth["pages"]:
        if t["operator"]:
            if not t["is_offer"]:
                err(f"{t['path']}: operator on a non-offer")
            ops.setdefault(t["operator"], []).append(t)
    for op, ts in ops.items():
        if not 2 <= len({t["provider"] for t in ts}) <= 4:
            err(f"{op}: brand count")
        comp = {ts[0]["path"]}
        changed = True
        while changed:
            changed = False
            for t in ts:
                if t["path"] in comp:
                    continue
                ids = {(i["kind"], i["value"]) for i in t["identifiers"]}
                for u in ts:
                    if u["path"] in comp and ids & {(i["kind"], i["value"]) for i in u["identifiers"]}:
                        comp.add(t["path"]); changed = True
                        break
        if len(comp) != len(ts):
            err(f"{op}: pages not connected by shared identifiers: {set(t['path'] for t in ts) - comp}")
        if set(truth["operators"][op]["brands"]) != {t["provider"] for t in ts}:
            err(f"{op}: brands mismatch")
    if set(ops) != set(truth["operators"]):
        err("operators dict mismatch")
    # independents share nothing (covered by owner check) and have identifiers
    for t in truth["pages"]:
        if t["is_offer"] and not t["identifiers"]:
            err(f"{t['path']}: offer without seller identifier")
    for key in owner:
        if key[0] == "uscc" and not uscc_valid(key[1]):
            err(f"invalid USCC {key[1]}")
    for d in truth["decoys"]:
        if re.fullmatch(r"[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}", d["value"]) and not uscc_valid(d["value"]):
            err(f"invalid decoy USCC {d['value']}")
    # reachability
    seen, todo = set(), ["/index.html"]
    while todo:
        p = todo.pop()
        if p in seen or p not in html:
            continue
        seen.add(p)
        lp = Links(); lp.feed(html[p])
        todo += [l.split("#")[0] for l in lp.links if l.endswith(".html")]
    if seen != set(html):
        err(f"unreachable: {sorted(set(html) - seen)}")
    n_off = sum(t["is_offer"] for t in truth["pages"])
    n_op = sum(1 for t in truth["pages"] if t["operator"])
    print(f"pages={len(html)} offers={n_off} operator_offers={n_op} operators={len(ops)} "
          f"independent_offers={n_off - n_op} decoys={len(truth['decoys'])}")
    if ERR:
        print("\n".join("FAIL " + e for e in ERR))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
