"""Label derivation and consistency checks for hand_b's web."""
import html.parser
import os
import posixpath
import re
import urllib.parse

from common import AI, REF_DATE, agency

HIGH = {"UNRECOGNIZED_ISSUER", "LOOKALIKE_ISSUER", "ISSUER_OUT_OF_SCOPE", "ISSUER_LAPSED",
        "GOVERNMENT_ISSUER_CLAIM", "UNOFFICIAL_VERIFICATION_SITE", "NO_EXAM"}
SEVERITY = {c: "high" for c in HIGH}
SEVERITY.update({"GUARANTEED_PASS": "medium", "ELIGIBILITY_SHORTCUT": "medium", "BENEFIT_BAIT": "medium",
                 "EXCESSIVE_FEE": "medium", "MISSING_ISSUER": "low"})
ISSUER_CODES = {"UNRECOGNIZED_ISSUER", "LOOKALIKE_ISSUER", "ISSUER_OUT_OF_SCOPE", "ISSUER_LAPSED", "MISSING_ISSUER"}
CLAIM_CODES = {"NO_EXAM", "GUARANTEED_PASS", "ELIGIBILITY_SHORTCUT", "BENEFIT_BAIT",
               "UNOFFICIAL_VERIFICATION_SITE", "GOVERNMENT_ISSUER_CLAIM"}
FEE_REQ, FEE_OPT = 8000, 3000
PAGE_TYPES = {"offer", "offer_list", "article", "qa_forum", "job", "other"}
TAGS = set("""tracking_params mirror canonical_ok canonical_evasion list_page search_page aggregator reported_claim
question_claim negated_claim warning cross_sentence_condition salary subsidy_amount prize other_occupation_price
bare_price split_price price_in_fen struck_price instalment deposit_balance group_price level_table sku_table
level_range level_names standard_body boilerplate_body role_issuer long_issuer_span english_issuer traditional_script
app_state noscript json_ld open_graph multi_course gbk soft_ad reply_offer honest_offer scam_offer
unofficial_query_site broken_page other""".split())


def derive(off):
    """Issuer entries for truth.json plus the issuer/fee-derived required and optional flags."""
    out, req, opt = [], [], set()
    levels = set(off["levels"])
    for i in off["issuers"]:
        e = {"name": i["name"]}
        if i["aid"]:
            row = agency(i["aid"])
            e["agency_id"] = i["aid"]
            if row["kind"] == "government":
                e["status"] = "government"
                req.append("GOVERNMENT_ISSUER_CLAIM")
            else:
                e["status"] = "recognized"
                if row["status"] != "active" or (row["valid_to"] and row["valid_to"] < REF_DATE):
                    req.append("ISSUER_LAPSED")
                    e["status_alt"] = ["unrecognized"]
                occ = row["occupations"].split("|")
                lv = {int(x) for x in row["levels"].split("|")}
                if ("*" not in occ and AI not in occ) or not levels <= lv:
                    req.append("ISSUER_OUT_OF_SCOPE")
        else:
            e["agency_id"] = None
            e["status"] = i["status"]
            assert i["status"] in ("lookalike", "unrecognized"), i
            if i["status"] == "lookalike":
                e["resembles"] = i["resembles"]
                e["status_alt"] = ["unrecognized"]
                if i["either"]:
                    req.append(["LOOKALIKE_ISSUER", "UNRECOGNIZED_ISSUER"])
                else:
                    req.append("LOOKALIKE_ISSUER")
                    opt.add("UNRECOGNIZED_ISSUER")
            elif i["ministry"]:
                e["status_alt"] = ["government"]
                req.append("GOVERNMENT_ISSUER_CLAIM")
                opt.add("UNRECOGNIZED_ISSUER")
            else:
                req.append("UNRECOGNIZED_ISSUER")
        if i["alt"]:
            e["alt_names"] = i["alt"]
        out.append(e)
    if not off["issuers"]:
        req.append("MISSING_ISSUER")
    if off["fee"] is not None:
        if off["fee"][1] >= FEE_REQ:
            req.append("EXCESSIVE_FEE")
        elif off["fee"][1] >= FEE_OPT:
            opt.add("EXCESSIVE_FEE")
    return out, req, opt


def flat(flags):
    s = set()
    for f in flags:
        s |= set(f) if isinstance(f, list) else {f}
    return s


def check_offer(path, off, errors):
    issuers, req, opt = derive(off)
    declared = off["flags"]
    dflat = flat(declared)
    for r in req:
        if r not in declared:
            errors.append(f"{path}: derived flag {r} not declared")
    rflat = flat(req)
    for c in dflat & (ISSUER_CODES | {"EXCESSIVE_FEE", "LOOKALIKE_ISSUER"}):
        if c not in rflat:
            errors.append(f"{path}: declared {c} not supported by issuer/fee data")
    for c in dflat - rflat:
        if c not in CLAIM_CODES:
            errors.append(f"{path}: declared {c} is not a claim code")
    for c in opt:
        if c not in off["optional"] and c not in dflat:
            errors.append(f"{path}: optional {c} should be listed")
    if set(off["optional"]) & dflat:
        errors.append(f"{path}: a flag is both required and optional")
    if "ELIGIBILITY_SHORTCUT" in dflat and not set(off["levels"]) & {1, 2}:
        errors.append(f"{path}: ELIGIBILITY_SHORTCUT without level 1 or 2")
    if off["fee"] is not None and off["fee"][0] > off["fee"][1]:
        errors.append(f"{path}: fee min > max")
    suspicious = any(all(SEVERITY[c] == "high" for c in (g if isinstance(g, list) else [g])) for g in declared)
    return issuers, suspicious


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.base, self.hrefs = None, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag == "a" and a.get("href") is not None:
            self.hrefs.append(a["href"])


def links_of(path, text):
    p = Links()
    p.feed(text)
    base = urllib.parse.urljoin(path, p.base) if p.base else path
    out = []
    for h in p.hrefs:
        h = h.strip()
        if not h or h.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        u = urllib.parse.urlsplit(urllib.parse.urljoin("http://h" + base, h))
        if u.netloc != "h":
            continue
        t = urllib.parse.unquote(u.path)
        if t.endswith("/"):
            t += "index.html"
        out.append(posixpath.normpath(t))
    return out


def check_site(pages, site_dir, broken, disallow, errors):
    files = set()
    for root, _, names in os.walk(site_dir):
        for n in names:
            if n.endswith(".html"):
                files.add("/" + os.path.relpath(os.path.join(root, n), site_dir).replace(os.sep, "/"))
    for p in pages:
        if p not in files:
            errors.append(f"truth key without file: {p}")
    for f in files:
        if f not in pages:
            errors.append(f"file without truth entry: {f}")
    seen, todo, missing = {"/index.html"}, ["/index.html"], set()
    while todo:
        p = todo.pop()
        for t in links_of(p, pages[p]["text"]):
            if t in pages:
                if t not in seen:
                    seen.add(t)
                    todo.append(t)
            elif not os.path.exists(os.path.join(site_dir, t.lstrip("/"))):
                missing.add(t)
    for p in pages:
        if p not in seen:
            errors.append(f"unreachable from /index.html: {p}")
    if missing != set(broken):
        errors.append(f"broken links differ: found {sorted(missing)} declared {sorted(broken)}")
    for p, e in pages.items():
        hidden = any(p.startswith(d) for d in disallow)
        if hidden != e["robots"]:
            errors.append(f"{p}: robots flag disagrees with robots.txt")


def check_text(path, e, text, errors):
    if e["page_type"] not in PAGE_TYPES:
        errors.append(f"{path}: bad page_type {e['page_type']}")
    for t in e["phenomena"]:
        if t not in TAGS:
            errors.append(f"{path}: unknown phenomenon {t}")
    if e["offer"]:
        plain = re.sub(r"<[^>]+>", "", text)
        for i in e["offer"]["issuers"]:
            if i["name"] not in text and i["name"] not in plain:
                errors.append(f"{path}: issuer '{i['name']}' not on the page")
    if e["duplicate_of"]:
        if e["offer"] or e["duplicate_of"] not in __import__("common").PAGES:
            errors.append(f"{path}: bad duplicate_of")
    if (e["page_type"] == "offer") != bool(e["offer"] or e["duplicate_of"]):
        errors.append(f"{path}: page_type offer iff offer/duplicate")
