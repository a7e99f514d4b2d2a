# -*- coding: utf-8 -*-
"""Consistency checks for the sealed web (stdlib only)."""
import json, os, re, unicodedata, itertools, html
HERE = os.path.dirname(os.path.abspath(__file__)); SITE = os.path.join(HERE, "site")
T = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = sorted("/" + os.path.relpath(os.path.join(d, f), SITE) for d, _, fs in os.walk(SITE) for f in fs if f.endswith(".html"))
paths = [p["path"] for p in T["pages"]]
assert len(paths) == len(set(paths)) and sorted(paths) == files, set(paths) ^ set(files)
text = {p: unicodedata.normalize("NFKC", open(SITE + p, encoding="utf-8").read()) for p in files}
# links: every page reachable from /index.html
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen: continue
    seen.add(p); todo += [h for h in re.findall(r'href="(/[^"#]*\.html)"', text[p]) if h in text]
assert seen == set(files), set(files) - seen
# identifiers appear on their page
for pg in T["pages"]:
    flat = re.sub(r"[\s\-()（）+]", "", text[pg["path"]]).lower().replace("#", "@")
    for i in pg["identifiers"]:
        v = re.sub(r"[\s\-()（）+]", "", i["value"].lower())
        if i["kind"] == "phone":
            v = v[2:]
        assert v in flat, (pg["path"], i)
# operators connected, independents unique, decoys not identifiers
offers = [p for p in T["pages"] if p["is_offer"]]
idsets = {p["path"]: {(i["kind"], i["value"]) for i in p["identifiers"]} for p in T["pages"]}
ops = {}
for p in offers:
    ops.setdefault(p["operator"], []).append(p["path"])
for op, ps in ops.items():
    if op is None: continue
    assert 2 <= len(ps) <= 5, op
    comp = {ps[0]}; changed = True
    while changed:
        changed = False
        for q in ps:
            if q not in comp and any(idsets[q] & idsets[c] for c in comp):
                comp.add(q); changed = True
    assert comp == set(ps), (op, comp)
for a, b in itertools.combinations(T["pages"], 2):
    if idsets[a["path"]] & idsets[b["path"]]:
        assert a["operator"] and a["operator"] == b["operator"], (a["path"], b["path"])
dv = {re.sub(r"[\s-]", "", d["value"]).lower() for d in T["decoys"]}
for p in T["pages"]:
    for i in p["identifiers"]:
        assert i["value"].lower().lstrip("+86") not in dv and i["value"].lower() not in dv, i
# decoy kinds across >=3 distinct sellers
pg = {p["path"]: p for p in T["pages"]}
for kind in ["public_number", "marketplace_footer", "warning_quote", "order_number"]:
    sellers = {(pg[x]["operator"] or pg[x]["provider"]) for d in T["decoys"] if d["kind"] == kind for x in d["paths"] if pg[x]["is_offer"]}
    print(kind, len(sellers)); assert len(sellers) >= 3
mf = {x for d in T["decoys"] if d["kind"] == "marketplace_footer" for x in d["paths"] if pg[x]["is_offer"]}
assert len({pg[x]["operator"] or pg[x]["provider"] for x in mf}) >= 5
# distinctness: character 4-gram overlap of visible text between offers
def vis(p):
    t = re.sub(r"<style.*?</style>|<[^>]+>", " ", text[p], flags=re.S)
    return re.sub(r"\s+", "", html.unescape(t))
grams = {p["path"]: {vis(p["path"])[i:i+4] for i in range(len(vis(p["path"])) - 3)} for p in offers}
pairs = sorted(((len(grams[a] & grams[b]) / min(len(grams[a]), len(grams[b])), a, b) for a, b in itertools.combinations(grams, 2)), reverse=True)
for x in pairs[:8]: print('  %.2f %s %s' % x)
worst = pairs[0]
print("max 4-gram overlap between offers: %.2f %s %s" % worst); assert worst[0] < 1/3
print("pages", len(files), "offers", len(offers), "operators", len([o for o in ops if o]), "operator offers", sum(len(v) for k, v in ops.items() if k), "independent", len(ops.get(None, [])))
