#!/usr/bin/env python3
"""Generate site/, truth.json, registry.csv for sealed-2026-12 and check the labels."""
import collections, json, os, re, shutil, sys, urllib.parse
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import PAGES
import registry as regmod
import offers1, offers2, offers3, nonoffers1, hubs

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SITE = os.path.join(ROOT, "site")
AI = "4-04-05-05"
REQ, OPT = 6800, 3600
ROBOTS = ["/m/preview/"]
BROKEN = ["/fenlei/info/50199.html", "/mall/item/7700.html", "/news/2026/0101-old.html",
          "/school/qlzx/jianzhang-2025.html"]
SEV = {"UNRECOGNIZED_ISSUER": "high", "LOOKALIKE_ISSUER": "high", "ISSUER_OUT_OF_SCOPE": "high",
       "ISSUER_LAPSED": "high", "GOVERNMENT_ISSUER_CLAIM": "high", "UNOFFICIAL_VERIFICATION_SITE": "high",
       "NO_EXAM": "high", "GUARANTEED_PASS": "medium", "ELIGIBILITY_SHORTCUT": "medium",
       "BENEFIT_BAIT": "medium", "EXCESSIVE_FEE": "medium", "MISSING_ISSUER": "low"}
PTYPES = ["offer", "offer_list", "article", "qa_forum", "job", "other"]


def check_offer(path, t, reg):
    errs = []
    groups = [set(g) if isinstance(g, list) else {g} for g in t["flags"]]
    req_any = set().union(*groups) if groups else set()
    opt = set(t["optional_flags"])
    for c in req_any | opt:
        if c not in SEV:
            errs.append("unknown flag " + c)
    if req_any & opt:
        errs.append("flag both required and optional")

    def required(code):
        return any(code in g for g in groups)

    names = {}
    for r in reg.values():
        names[r["name"]] = r["agency_id"]
        for al in r["aliases"].split("|"):
            if al:
                names[al] = r["agency_id"]
    need = set()
    lapsed_any = scope_any = False
    for i in t["issuers"]:
        st, aid = i["status"], i["agency_id"]
        if st in ("recognized", "government"):
            r = reg[aid]
            if names.get(i["name"]) != aid and not any(names.get(x) == aid for x in i.get("alt_names", [])):
                errs.append("issuer name not a registry name/alias: " + i["name"])
            if (r["kind"] == "government") != (st == "government"):
                errs.append("government status mismatch " + aid)
            if st == "government":
                need.add("GOVERNMENT_ISSUER_CLAIM")
                continue
            lapsed = r["status"] != "active" or (r["valid_to"] and r["valid_to"] < offers1.LAPSE_DATE)
            if lapsed:
                lapsed_any = True
                need.add("ISSUER_LAPSED")
                if i.get("status_alt") != ["unrecognized"]:
                    errs.append("lapsed issuer without status_alt")
            elif i.get("status_alt"):
                errs.append("status_alt on active issuer")
            occ = r["occupations"].split("|")
            lv = {int(x) for x in r["levels"].split("|")}
            if not ("*" in occ or AI in occ) or not set(t["levels"]) <= lv:
                scope_any = True
                need.add("ISSUER_OUT_OF_SCOPE")
        elif st == "lookalike":
            if aid or i.get("resembles") not in reg or i["name"] in names:
                errs.append("bad lookalike " + i["name"])
            if reg[i["resembles"]]["kind"] == "government":
                need.add("GOVERNMENT_ISSUER_CLAIM")
                for c in ("LOOKALIKE_ISSUER", "UNRECOGNIZED_ISSUER"):
                    if c not in opt:
                        errs.append("gov lookalike: %s should be optional" % c)
            else:
                need.add("LOOKALIKE_ISSUER")
                if not (required("UNRECOGNIZED_ISSUER") or "UNRECOGNIZED_ISSUER" in opt):
                    errs.append("lookalike: UNRECOGNIZED should be optional or grouped")
        elif st == "unrecognized":
            if aid or i["name"] in names:
                errs.append("unrecognized issuer is in registry " + i["name"])
            need.add("UNRECOGNIZED_ISSUER")
        else:
            errs.append("bad status " + str(st))
    for c in need:
        if not required(c):
            errs.append("missing required " + c)
    if required("ISSUER_LAPSED") != lapsed_any:
        errs.append("ISSUER_LAPSED inconsistent")
    if required("ISSUER_OUT_OF_SCOPE") != scope_any:
        errs.append("ISSUER_OUT_OF_SCOPE inconsistent")
    if required("MISSING_ISSUER") != (not t["issuers"]):
        errs.append("MISSING_ISSUER inconsistent")
    if required("GOVERNMENT_ISSUER_CLAIM") and "GOVERNMENT_ISSUER_CLAIM" not in need:
        errs.append("GOVERNMENT_ISSUER_CLAIM without government issuer (must be a 国家职业资格 claim)") if "国家职业资格" not in t["note"] else None
    fee = t["fee_cny"]
    mx = fee["max"] if fee else None
    if mx is not None and mx >= REQ:
        if not required("EXCESSIVE_FEE"):
            errs.append("fee >= %d needs EXCESSIVE_FEE" % REQ)
    elif mx is not None and mx >= OPT:
        if "EXCESSIVE_FEE" not in opt or required("EXCESSIVE_FEE"):
            errs.append("fee in optional band needs optional EXCESSIVE_FEE")
    elif required("EXCESSIVE_FEE") or "EXCESSIVE_FEE" in opt:
        errs.append("EXCESSIVE_FEE below the band")
    if fee and fee["min"] > fee["max"]:
        errs.append("fee min > max")
    if required("ELIGIBILITY_SHORTCUT") and not (set(t["levels"]) & {1, 2}):
        errs.append("ELIGIBILITY_SHORTCUT without level 1/2")
    susp = any(all(SEV[c] == "high" for c in g) for g in groups)
    if susp != t["suspicious"]:
        errs.append("suspicious inconsistent")
    if not t["levels"] or not set(t["levels"]) <= {1, 2, 3, 4, 5}:
        errs.append("levels")
    return errs


HREF = re.compile(r'(?:href|src)="([^"]+)"')


def main():
    reg = regmod.registry()
    offers1.build(); offers2.build(); offers3.build(); nonoffers1.build(); hubs.build(); hubs.home_and_sitemap()
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    errors = []
    for path, p in PAGES.items():
        fn = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        html = p["html"]
        if p["enc"] != "utf-8":
            if "charset=%s" % p["enc"] not in html and 'charset="%s"' % p["enc"] not in html:
                errors.append(path + ": encoding not declared")
            data = html.encode(p["enc"])  # strict: fails on characters outside GBK
        else:
            data = html.encode("utf-8")
        with open(fn, "wb") as f:
            f.write(data)
        p["truth"]["bytes"] = len(data)
    os.makedirs(os.path.join(SITE, "m/static"), exist_ok=True)
    for js in ("app.js", "lp.js"):
        with open(os.path.join(SITE, "m/static", js), "w") as f:
            f.write("/* landing bundle placeholder */\n")
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\n" + "".join("Disallow: %s\n" % d for d in ROBOTS))

    # label consistency
    for path, p in PAGES.items():
        t = p["truth"]
        if t["page_type"] not in PTYPES:
            errors.append(path + ": page_type")
        if (t["page_type"] == "offer") != t["is_offer"]:
            errors.append(path + ": page_type/is_offer")
        if t["robots_disallowed"] != any(path.startswith(d) for d in ROBOTS):
            errors.append(path + ": robots label")
        if t["is_offer"]:
            errors += ["%s: %s" % (path, e) for e in check_offer(path, t, reg)]
    if sum(1 for p in PAGES.values() if p["truth"]["robots_disallowed"]) != 1:
        errors.append("exactly one robots-disallowed page expected")

    # reachability and broken links
    files = set(PAGES) | {"/m/static/app.js", "/m/static/lp.js"}
    seen, queue, broken = {"/index.html"}, ["/index.html"], set()
    while queue:
        cur = queue.pop()
        for h in HREF.findall(PAGES[cur]["html"]):
            h = h.replace("&amp;", "&")
            u = urllib.parse.urlsplit(urllib.parse.urljoin("http://h" + cur, h))
            if u.netloc != "h" or u.scheme != "http":
                continue
            pth = urllib.parse.unquote(u.path)
            if pth not in files:
                broken.add(pth)
                continue
            if pth in PAGES and pth not in seen:
                seen.add(pth)
                queue.append(pth)
    if set(PAGES) - seen:
        errors.append("unreachable: %s" % sorted(set(PAGES) - seen))
    if broken != set(BROKEN):
        errors.append("broken links differ: %s" % sorted(broken ^ set(BROKEN)))
    if not any(p["truth"]["bytes"] > 1_000_000 for p in PAGES.values()):
        errors.append("no page over 1 MB")

    cnt = collections.Counter(p["truth"]["page_type"] for p in PAGES.values())
    for k in PTYPES:
        if cnt[k] < 6:
            errors.append("page_type %s only %d" % (k, cnt[k]))
    if len(PAGES) < 85:
        errors.append("fewer than 85 pages")

    truth = {
        "version": 1,
        "about": "Sealed evaluation web sealed-2026-12 for certwatch (AI-trainer certificate ads). Keys of 'pages' are URL paths on the static site served from site/. See LABELING.md.",
        "registry": "registry.csv",
        "robots_disallow": ROBOTS,
        "broken_links": BROKEN,
        "excessive_fee_rule": {"required_at_or_above": REQ, "optional_at_or_above": OPT, "applied_to": "fee_cny.max"},
        "severity": SEV,
        "pages": {k: PAGES[k]["truth"] for k in sorted(PAGES)},
    }
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    regmod.write_csv(os.path.join(ROOT, "registry.csv"))

    scored = [t for t in truth["pages"].values() if t["is_offer"] and not t["robots_disallowed"]]
    print("pages", len(PAGES), dict(cnt))
    print("scored offers", len(scored), "suspicious", sum(t["suspicious"] for t in scored),
          "gbk", sum(t["encoding"] != "utf-8" for t in truth["pages"].values()),
          "max bytes", max(t["bytes"] for t in truth["pages"].values()))
    if errors:
        print("ERRORS:\n  " + "\n  ".join(errors))
        sys.exit(1)
    print("checks ok")


if __name__ == "__main__":
    main()
