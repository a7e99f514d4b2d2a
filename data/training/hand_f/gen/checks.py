"""Consistency checks for the labels and the generated web."""
import os
import re
import posixpath
import urllib.parse
from registry import BY_ID, lapsed, in_scope

PAGE_TYPES = {"offer", "offer_list", "article", "qa_forum", "job", "other"}
TAGS = set("""tracking_params mirror canonical_ok canonical_evasion list_page search_page aggregator
reported_claim question_claim negated_claim warning cross_sentence_condition salary subsidy_amount prize
other_occupation_price bare_price split_price price_in_fen struck_price instalment deposit_balance
group_price level_table sku_table level_range level_names standard_body boilerplate_body role_issuer
long_issuer_span english_issuer traditional_script app_state noscript json_ld open_graph multi_course gbk
soft_ad reply_offer honest_offer scam_offer unofficial_query_site broken_page other""".split())
SEV = {"UNRECOGNIZED_ISSUER": "high", "LOOKALIKE_ISSUER": "high", "ISSUER_OUT_OF_SCOPE": "high",
       "ISSUER_LAPSED": "high", "GOVERNMENT_ISSUER_CLAIM": "high", "UNOFFICIAL_VERIFICATION_SITE": "high",
       "NO_EXAM": "high", "GUARANTEED_PASS": "medium", "ELIGIBILITY_SHORTCUT": "medium",
       "BENEFIT_BAIT": "medium", "EXCESSIVE_FEE": "medium", "MISSING_ISSUER": "low"}
REQ_FEE, OPT_FEE = 8000, 3000

HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"', re.I)


def fail(errors, msg):
    errors.append(msg)


def check_offer(path, t, errors):
    groups = [set(g) if isinstance(g, list) else {g} for g in t["flags"]]
    req_single = {next(iter(g)) for g in groups if len(g) == 1}
    allowed = set().union(*groups) if groups else set()
    opt = set(t["optional_flags"])
    for c in allowed | opt:
        if c not in SEV:
            fail(errors, f"{path}: unknown flag {c}")
    if allowed & opt:
        fail(errors, f"{path}: flag both required and optional: {allowed & opt}")
    levels = t["levels"]
    if not all(1 <= x <= 5 for x in levels) or not levels:
        fail(errors, f"{path}: bad levels {levels}")
    # issuers <-> issuer flags
    need = set()
    for i in t["issuers"]:
        st = i["status"]
        if st == "recognized":
            aid = i["agency_id"]
            if aid not in BY_ID:
                fail(errors, f"{path}: unknown agency {aid}")
                continue
            if i["name"] != BY_ID[aid]["name"] and i["name"] not in BY_ID[aid]["aliases"].split("|"):
                fail(errors, f"{path}: name {i['name']} is not a registry name/alias of {aid}")
            if lapsed(aid):
                need.add("ISSUER_LAPSED")
                if "unrecognized" not in i.get("status_alt", []):
                    fail(errors, f"{path}: lapsed issuer without status_alt")
            if not in_scope(aid, levels):
                need.add("ISSUER_OUT_OF_SCOPE")
        elif st == "government":
            if BY_ID[i["agency_id"]]["kind"] != "government":
                fail(errors, f"{path}: government issuer {i['agency_id']} not a government row")
            need.add("GOVERNMENT_ISSUER_CLAIM")
        elif st == "lookalike":
            model = BY_ID[i["resembles"]]
            if model["kind"] == "government":
                need.add("GOVERNMENT_ISSUER_CLAIM")
            else:
                need.add("LOOKALIKE_ISSUER")
            if i["name"] == model["name"]:
                fail(errors, f"{path}: lookalike equals its model")
        elif st == "unrecognized":
            need.add("UNRECOGNIZED_ISSUER")
        else:
            fail(errors, f"{path}: bad issuer status {st}")
    for c in need:
        if c not in allowed:
            fail(errors, f"{path}: issuer implies {c} but it is not required")
    for c in ("ISSUER_LAPSED", "ISSUER_OUT_OF_SCOPE", "LOOKALIKE_ISSUER"):
        if c in req_single and c not in need:
            fail(errors, f"{path}: {c} required without a matching issuer")
    if "UNRECOGNIZED_ISSUER" in req_single and "UNRECOGNIZED_ISSUER" not in need:
        fail(errors, f"{path}: UNRECOGNIZED_ISSUER without unrecognized issuer")
    if "LOOKALIKE_ISSUER" in need and "UNRECOGNIZED_ISSUER" not in opt and "UNRECOGNIZED_ISSUER" not in allowed:
        fail(errors, f"{path}: lookalike should list UNRECOGNIZED_ISSUER as optional")
    # missing issuer
    if not t["issuers"] and "MISSING_ISSUER" not in allowed | opt:
        fail(errors, f"{path}: no issuer but MISSING_ISSUER absent")
    if t["issuers"] and "MISSING_ISSUER" in allowed:
        fail(errors, f"{path}: MISSING_ISSUER with issuers named")
    # fee
    fee = t["fee_cny"]
    mx = fee["max"] if fee else None
    if fee and fee["min"] > fee["max"]:
        fail(errors, f"{path}: fee min > max")
    if mx is not None and mx >= REQ_FEE:
        if "EXCESSIVE_FEE" not in allowed:
            fail(errors, f"{path}: fee {mx} needs EXCESSIVE_FEE")
    elif mx is not None and mx >= OPT_FEE:
        if "EXCESSIVE_FEE" in allowed or "EXCESSIVE_FEE" not in opt:
            fail(errors, f"{path}: fee {mx} needs EXCESSIVE_FEE optional")
    else:
        if "EXCESSIVE_FEE" in allowed | opt:
            fail(errors, f"{path}: fee {mx} must not carry EXCESSIVE_FEE")
    # suspicious
    susp = any(all(SEV[c] == "high" for c in g) for g in groups)
    if t.get("suspicious") != susp:
        fail(errors, f"{path}: suspicious should be {susp}")
    if "ELIGIBILITY_SHORTCUT" in allowed and not (set(levels) & {1, 2}):
        fail(errors, f"{path}: ELIGIBILITY_SHORTCUT needs level 1 or 2")
    tags = set(t["phenomena"])
    if "honest_offer" in tags and (susp or t["flags"]):
        fail(errors, f"{path}: honest_offer tag on a flagged offer")


def resolve(base, href):
    if not href or href.startswith(("javascript:", "mailto:", "tel:", "weixin:", "#")):
        return None
    href = href.replace("&amp;", "&")
    u = urllib.parse.urlsplit(href)
    if u.scheme or u.netloc:
        return None
    p = u.path
    if not p:
        return None
    if not p.startswith("/"):
        p = posixpath.join(posixpath.dirname(base), p)
    p = posixpath.normpath(p)
    if href.split("?")[0].split("#")[0].endswith("/"):
        p = p.rstrip("/") + "/index.html"
    return p


def check_all(pages, site_dir, broken_expected, robots_disallow):
    errors = []
    for path, pg in pages.items():
        t = pg["truth"]
        if t["page_type"] not in PAGE_TYPES:
            fail(errors, f"{path}: page_type {t['page_type']}")
        for tag in t["phenomena"]:
            if tag not in TAGS:
                fail(errors, f"{path}: unknown tag {tag}")
        if not t.get("note"):
            fail(errors, f"{path}: empty note")
        if t["is_offer"]:
            if t["page_type"] != "offer":
                fail(errors, f"{path}: offer with page_type {t['page_type']}")
            check_offer(path, t, errors)
        if "duplicate_of" in t:
            d = t["duplicate_of"]
            if d not in pages or t["is_offer"] or t["page_type"] != pages[d]["truth"]["page_type"]:
                fail(errors, f"{path}: bad duplicate_of {d}")
        dis = any(path.startswith(d) for d in robots_disallow)
        if dis != bool(t.get("robots_disallowed")):
            fail(errors, f"{path}: robots flag mismatch")
        if not (2000 <= t["bytes"] <= 60000):
            fail(errors, f"{path}: size {t['bytes']} outside 2-60 KB")
    # files <-> truth
    files = set()
    for root, _, names in os.walk(site_dir):
        for n in names:
            if n.endswith(".html"):
                files.add("/" + os.path.relpath(os.path.join(root, n), site_dir).replace(os.sep, "/"))
    for p in files - set(pages):
        fail(errors, f"file without truth entry: {p}")
    for p in set(pages) - files:
        fail(errors, f"truth entry without file: {p}")
    # links, reachability
    seen, queue, broken = {"/index.html"}, ["/index.html"], set()
    while queue:
        cur = queue.pop()
        pg = pages[cur]
        for href in HREF.findall(pg["html"]):
            tgt = resolve(cur, href)
            if tgt is None:
                continue
            if tgt not in pages:
                broken.add(tgt)
                continue
            if tgt not in seen:
                seen.add(tgt)
                queue.append(tgt)
    for p in set(pages) - seen:
        fail(errors, f"unreachable page: {p}")
    if broken != set(broken_expected):
        fail(errors, f"broken links {sorted(broken)} != expected {sorted(broken_expected)}")
    if sum(1 for p in pages.values() if p["truth"].get("robots_disallowed")) != 1:
        fail(errors, "expected exactly one robots-disallowed page")
    return errors
