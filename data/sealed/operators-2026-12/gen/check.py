"""Check site/ against truth.json: coverage, reachability, operator chains, independents unique,
USCC validity, text overlap between offers."""
import json, os, re, sys
from html.parser import HTMLParser
from itertools import combinations
from uscc import valid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SITE = os.path.join(ROOT, "site")
T = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
bad = []
files = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith(".html"):
            files.add("/" + os.path.relpath(os.path.join(d, f), SITE))
tp = [p["path"] for p in T["pages"]]
if len(tp) != len(set(tp)) or set(tp) != files:
    bad.append(("coverage", set(tp) ^ files))

class P(HTMLParser):
    def __init__(s):
        super().__init__(); s.links = []; s.text = []
    def handle_starttag(s, t, a):
        if t == "a":
            for k, v in a:
                if k == "href" and v and v.startswith("/"):
                    s.links.append(v)
    def handle_data(s, d):
        s.text.append(d)

parsed = {}
for f in files:
    p = P(); p.feed(open(SITE + f, encoding="utf-8").read()); parsed[f] = p
seen, todo = set(), ["/index.html"]
while todo:
    x = todo.pop()
    if x in seen or x not in parsed:
        continue
    seen.add(x); todo += parsed[x].links
if seen != files:
    bad.append(("unreachable", files - seen))

pages = {p["path"]: p for p in T["pages"]}
idsets = {k: {(i["kind"], i["value"]) for i in p["identifiers"]} for k, p in pages.items()}
for k, s in idsets.items():
    for kind, v in s:
        if kind == "uscc" and not valid(v):
            bad.append(("uscc", k, v))
ops = {}
for p in T["pages"]:
    if p["operator"]:
        assert p["is_offer"]
        ops.setdefault(p["operator"], []).append(p["path"])
for op, ps in ops.items():
    comp = {ps[0]}; grow = True
    while grow:
        grow = False
        for q in ps:
            if q not in comp and any(idsets[q] & idsets[c] for c in comp):
                comp.add(q); grow = True
    if comp != set(ps):
        bad.append(("chain", op, set(ps) - comp))
    if len(ps) < 2 or len(ps) > 5:
        bad.append(("size", op))
# no identifier shared across operators / independents
owner = {}
for k, s in idsets.items():
    for i in s:
        who = pages[k]["operator"] or k
        if owner.setdefault(i, who) != who:
            bad.append(("cross", i, owner[i], who))

def grams(t, n=8):
    t = re.sub(r"\s+", "", t)
    return {t[i:i + n] for i in range(len(t) - n + 1)}
offers = [k for k, p in pages.items() if p["is_offer"]]
FOOT = "学能优选职业教育商城·平台客服热线400-820-7716·投诉邮箱kefu@xuenengyx.com·入驻机构所售课程由入驻机构自行负责·沪ICP备2021031587号"
# the marketplace footer is shared site chrome, not the offer's own text
G = {k: grams(re.sub(r"\s+", "", "".join(parsed[k].text)).replace(FOOT, "")) for k in offers}
worst = 0
for a, b in combinations(offers, 2):
    ov = len(G[a] & G[b]) / min(len(G[a]), len(G[b]))
    worst = max(worst, ov)
    if ov > 1 / 3:
        bad.append(("overlap", a, b, round(ov, 2)))
# decoy kinds: >=3 distinct sellers each
for kind in ("public_number", "marketplace_footer", "warning_quote", "order_number"):
    for d in (d for d in T["decoys"] if d["kind"] == kind):
        sellers = {pages[p]["operator"] or p for p in d["paths"] if pages[p]["is_offer"]}
        print(f"decoy {kind:18} {d['value'][:30]:30} pages={len(d['paths'])} sellers={len(sellers)}")
print("pages", len(files), "offers", len(offers), "operators", len(ops),
      "independents", sum(1 for k in offers if not pages[k]["operator"]), "worst overlap", round(worst, 2))
for b in bad:
    print("BAD", b)
sys.exit(1 if bad else 0)
