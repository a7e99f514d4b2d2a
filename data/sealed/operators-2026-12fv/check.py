#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, sys, html, re
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other"}
errors = []

def err(m):
    errors.append(m)

def uscc_ok(c):
    if len(c) != 18 or any(x not in ALPH for x in c):
        return False
    r = 31 - sum(ALPH.index(x) * w for x, w in zip(c[:17], W)) % 31
    return c[17] == ALPH[0 if r == 31 else r]

def norm_ok(kind, v):
    if kind == "phone":
        return bool(re.fullmatch(r"\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}", v))
    if kind in ("wechat", "email", "domain"):
        return v == v.lower()
    if kind == "uscc":
        return uscc_ok(v)
    if kind in ("qq", "qq_group"):
        return v.isdigit()
    return True

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
texts = {}
for root, _, files in os.walk(SITE):
    for f in files:
        if f.endswith(".html"):
            p = "/" + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, "/")
            texts[p] = html.unescape(open(os.path.join(root, f), encoding="utf-8").read())

if not os.path.exists(os.path.join(SITE, "robots.txt")):
    err("robots.txt missing")
pages = truth["pages"]
paths = [p["path"] for p in pages]
if len(set(paths)) != len(paths):
    err("duplicate paths in truth")
for p in paths:
    if p not in texts:
        err("missing page " + p)
for p in texts:
    if p not in paths:
        err("page not in truth " + p)

# reachability from hub
seen, todo = set(), ["/index.html"]
while todo:
    p = todo.pop()
    if p in seen or p not in texts:
        continue
    seen.add(p)
    todo += [h.split("#")[0] for h in re.findall(r"href='(/[^']*)'", texts[p])]
for p in texts:
    if p not in seen:
        err("unreachable " + p)

sites = {p.strip("/").split("/")[0] for p in texts if p != "/index.html"}
offers = [p for p in pages if p["is_offer"]]
by_op = defaultdict(list)
for p in pages:
    if not p["is_offer"]:
        if p["operator"] is not None:
            err("non-offer with operator " + p["path"])
        continue
    if not p["operator"] or not re.fullmatch(r"[UI]0\d", p["operator"]):
        err("offer without operator " + p["path"])
    if not p["provider"]:
        err("offer without provider " + p["path"])
    by_op[p["operator"]].append(p)
for p in pages:
    for kind, val, written in p["identifiers"]:
        if kind not in KINDS:
            err("bad kind %s on %s" % (kind, p["path"]))
        if not norm_ok(kind, val):
            err("bad normalisation %s %s" % (kind, val))
        if written not in texts.get(p["path"], ""):
            err("written form %r not on %s" % (written, p["path"]))

ops = sorted(k for k in by_op if k.startswith("U"))
inds = sorted(k for k in by_op if k.startswith("I"))
for op in ops:
    ps = by_op[op]
    if not 3 <= len(ps) <= 4:
        err("%s has %d pages" % (op, len(ps)))
    # connected by shared identifier values
    comp = {ps[0]["path"]}
    changed = True
    while changed:
        changed = False
        vals = {(k, v) for q in ps if q["path"] in comp for k, v, _ in q["identifiers"]}
        for q in ps:
            if q["path"] not in comp and vals & {(k, v) for k, v, _ in q["identifiers"]}:
                comp.add(q["path"]); changed = True
    if len(comp) != len(ps):
        err("%s pages not connected" % op)
    if len({q["path"].split("/")[1] for q in ps}) < 2:
        err("%s on one site only" % op)
    o = truth["operators"].get(op)
    if not o:
        err("operator %s missing" % op)
    else:
        for q in ps:
            for k, v, _ in q["identifiers"]:
                if [k, v] not in o["identifiers"]:
                    err("%s identifier %s not in operators" % (op, v))
            if q["provider"] not in o["brands"]:
                err("%s brand %s not listed" % (op, q["provider"]))
for i in inds:
    if len(by_op[i]) != 1:
        err("%s must have one page" % i)
# no seller identifier leaks onto another seller's offer page; independents share nothing
owner = defaultdict(set)
forms = defaultdict(set)
for p in offers:
    for k, v, w in p["identifiers"]:
        owner[(k, v)].add(p["operator"]); forms[(k, v)].add(w)
for key, os_ in owner.items():
    if len(os_) > 1:
        err("identifier %s shared by sellers %s" % (key, os_))
for p in offers:
    for key, fs in forms.items():
        if p["operator"] not in owner[key] and any(f in texts[p["path"]] for f in fs):
            err("identifier %s of %s appears on %s" % (key, owner[key], p["path"]))
# decoys
dkinds = set()
for d in truth["decoys"]:
    dkinds.add(d["kind"])
    if not norm_ok(d["kind"], d["value"]):
        err("bad decoy normalisation " + d["value"])
    actual = sorted(p for p, t in texts.items() if any(w in t for w in d["written"]))
    if actual != sorted(d["pages"]):
        err("decoy %s pages mismatch" % d["value"])
    if not d["pages"]:
        err("decoy %s appears nowhere" % d["value"])
    for p in d["pages"]:
        if not any(w in texts[p] for w in d["written"]):
            err("decoy %s not on %s" % (d["value"], p))
    if (d["kind"], d["value"]) in owner:
        err("decoy %s is also a seller identifier" % d["value"])

n_ids = sum(len(p["identifiers"]) for p in pages)
counts = dict(pages=len(texts), sites=len(sites), offers=len(offers), non_offers=len(pages) - len(offers),
              operators=len(ops), operator_pages=sum(len(by_op[o]) for o in ops), independents=len(inds),
              identifier_mentions=n_ids, decoys=len(truth["decoys"]), decoy_kinds=len(dkinds))
for cond, m in [(48 <= counts["pages"] <= 56, "page count"), (8 <= counts["sites"] <= 11, "site count"),
                (35 <= counts["offers"] <= 39, "offer count"), (len(ops) == 9, "9 operators"),
                (len(inds) == 6, "6 independents"), (counts["decoys"] >= 18, "18 decoys"),
                (dkinds == KINDS, "decoys of every kind")]:
    if not cond:
        err("count check failed: " + m)
print(" ".join("%s=%d" % kv for kv in counts.items()))
if errors:
    print("\n".join("FAIL: " + e for e in errors))
    sys.exit(1)
print("OK")
