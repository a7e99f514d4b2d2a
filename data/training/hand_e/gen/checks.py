"""Consistency checks of hand_e's labeled web. Every failure is collected and reported together."""
import html as _html
import posixpath
import re
import urllib.parse

from common import REG, AS_OF

PAGE_TYPES = {"offer", "offer_list", "article", "qa_forum", "job", "other"}
PHENOMENA = set("""tracking_params mirror canonical_ok canonical_evasion list_page search_page aggregator
reported_claim question_claim negated_claim warning cross_sentence_condition salary subsidy_amount prize
other_occupation_price bare_price split_price price_in_fen struck_price instalment deposit_balance group_price
level_table sku_table level_range level_names standard_body boilerplate_body role_issuer long_issuer_span
english_issuer traditional_script app_state noscript json_ld open_graph multi_course gbk soft_ad reply_offer
honest_offer scam_offer unofficial_query_site broken_page other""".split())
SEVERITY = {"UNRECOGNIZED_ISSUER": "high", "LOOKALIKE_ISSUER": "high", "ISSUER_OUT_OF_SCOPE": "high",
            "ISSUER_LAPSED": "high", "GOVERNMENT_ISSUER_CLAIM": "high", "UNOFFICIAL_VERIFICATION_SITE": "high",
            "NO_EXAM": "high", "GUARANTEED_PASS": "medium", "ELIGIBILITY_SHORTCUT": "medium",
            "BENEFIT_BAIT": "medium", "EXCESSIVE_FEE": "medium", "MISSING_ISSUER": "low"}
ISSUER_CODES = {"UNRECOGNIZED_ISSUER", "LOOKALIKE_ISSUER", "ISSUER_OUT_OF_SCOPE", "ISSUER_LAPSED",
                "GOVERNMENT_ISSUER_CLAIM", "MISSING_ISSUER"}
FEE_REQ, FEE_OPT = 8000, 3000
AI = "4-04-05-05"


def _names(aid):
    r = REG[aid]
    return {r["name"], *[x for x in r["aliases"].split("|") if x]}


def _all_registry_names():
    out = set()
    for aid in REG:
        out |= _names(aid)
    return out


def _flat(flags):
    out = set()
    for f in flags:
        out |= set(f) if isinstance(f, list) else {f}
    return out


def check_offer(path, t, text, errs):
    e = lambda m: errs.append(f"{path}: {m}")
    for k in ("issuers", "levels", "fee_cny", "flags", "optional_flags", "suspicious"):
        if k not in t:
            e(f"offer lacks {k}")
            return
    if t["page_type"] != "offer":
        e("is_offer but page_type is not offer")
    lv = t["levels"]
    if not lv or any(x not in (1, 2, 3, 4, 5) for x in lv) or len(set(lv)) != len(lv):
        e(f"bad levels {lv}")
    req, opt = _flat(t["flags"]), set(t["optional_flags"])
    if req & opt:
        e(f"flags both required and optional: {req & opt}")
    for c in req | opt:
        if c not in SEVERITY:
            e(f"unknown flag {c}")
    # issuers -> expected issuer flags
    expect, allowed_opt = set(), set()
    all_names = _all_registry_names()
    for i in t["issuers"]:
        st, aid, nm = i["status"], i.get("agency_id"), i["name"]
        names = {nm, *i.get("alt_names", [])}
        if not any(n in text for n in names):
            e(f"issuer name not on page: {nm}")
        if st == "recognized":
            r = REG.get(aid)
            if not r or r["kind"] == "government":
                e(f"recognized issuer with bad agency {aid}")
                continue
            if not (names & _names(aid)):
                e(f"recognized issuer {nm} is not a name/alias of {aid}")
            lapsed = r["status"] != "active" or (r["valid_to"] and r["valid_to"] < AS_OF)
            if lapsed:
                expect.add("ISSUER_LAPSED")
                if i.get("status_alt") != ["unrecognized"]:
                    e(f"lapsed issuer {aid} needs status_alt [unrecognized]")
            occ = r["occupations"].split("|")
            lvls = {int(x) for x in r["levels"].split("|")}
            if (AI not in occ and "*" not in occ) or not set(lv) <= lvls:
                expect.add("ISSUER_OUT_OF_SCOPE")
        elif st == "government":
            r = REG.get(aid)
            if not r or r["kind"] != "government" or not (names & _names(aid)):
                e(f"government issuer {nm} does not match {aid}")
            expect.add("GOVERNMENT_ISSUER_CLAIM")
        elif st == "lookalike":
            if aid is not None or i.get("resembles") not in REG or nm in all_names:
                e(f"bad lookalike {nm}")
                continue
            if REG[i["resembles"]]["kind"] == "government":
                expect.add("GOVERNMENT_ISSUER_CLAIM")
                allowed_opt |= {"LOOKALIKE_ISSUER", "UNRECOGNIZED_ISSUER"}
            else:
                expect.add("LOOKALIKE_ISSUER")
                allowed_opt.add("UNRECOGNIZED_ISSUER")
        elif st == "unrecognized":
            if aid is not None or nm in all_names:
                e(f"unrecognized issuer {nm} is a registry name")
            expect.add("UNRECOGNIZED_ISSUER")
        else:
            e(f"bad issuer status {st}")
    if not t["issuers"]:
        if "MISSING_ISSUER" not in req | opt:
            e("no issuer but MISSING_ISSUER neither required nor optional")
    elif "MISSING_ISSUER" in req:
        e("MISSING_ISSUER required although an issuer is named")
    got_issuer_flags = (req | opt) & ISSUER_CODES - {"MISSING_ISSUER"}
    if not expect <= req:
        e(f"issuer flags expected {sorted(expect)} but required {sorted(req)}")
    extra = got_issuer_flags - expect - allowed_opt
    if extra:
        e(f"issuer flags {sorted(extra)} without a matching issuer")
    # fee rule
    f = t["fee_cny"]
    if f is not None:
        if f["min"] > f["max"] or f["min"] < 0:
            e(f"bad fee {f}")
        mx = f["max"]
        if mx >= FEE_REQ and "EXCESSIVE_FEE" not in req:
            e("fee >= 8000 but EXCESSIVE_FEE not required")
        if FEE_OPT <= mx < FEE_REQ and ("EXCESSIVE_FEE" in req or "EXCESSIVE_FEE" not in opt):
            e("3000 <= fee < 8000: EXCESSIVE_FEE must be optional")
        if mx < FEE_OPT and "EXCESSIVE_FEE" in req | opt:
            e("fee < 3000 but EXCESSIVE_FEE listed")
    elif "EXCESSIVE_FEE" in req:
        e("EXCESSIVE_FEE without a fee")
    # suspicious
    susp = any(all(SEVERITY[c] == "high" for c in (g if isinstance(g, list) else [g])) for g in t["flags"])
    if susp != t["suspicious"]:
        e(f"suspicious={t['suspicious']} but required flags imply {susp}")
    if "honest_offer" in t["phenomena"] and (susp or req - {"MISSING_ISSUER"}):
        e("honest_offer tag on a flagged offer")
    if "scam_offer" in t["phenomena"] and not susp:
        e("scam_offer tag on a non-suspicious offer")


def page_text(pg):
    raw = pg.data()
    if pg.bom:
        raw = raw[3:]
    return _html.unescape(raw.decode(pg.encoding))


HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"', re.I)


def link_targets(pg, text):
    out = []
    for h in HREF.findall(text):
        h = _html.unescape(h).strip()
        if not h or h.startswith(("#", "javascript:", "mailto:", "tel:")) or re.match(r"^[a-z]+://", h, re.I):
            continue
        s = urllib.parse.urlsplit(h)
        p = urllib.parse.unquote(s.path)
        if not p:
            continue
        if not p.startswith("/"):
            p = posixpath.join(posixpath.dirname(pg.path), p)
        trailing = p.endswith("/")
        p = posixpath.normpath(p)
        if trailing or p == "/":
            p = p.rstrip("/") + "/index.html"
        out.append(p)
    return out


def run(pages, truth, disallow, broken):
    errs = []
    by_path = {p.path: p for p in pages}
    if len(by_path) != len(pages):
        errs.append("duplicate page paths")
    if set(by_path) != set(truth["pages"]):
        errs.append("truth keys differ from files")
    texts = {}
    for p in pages:
        try:
            texts[p.path] = page_text(p)
        except (UnicodeError, LookupError) as ex:
            errs.append(f"{p.path}: cannot encode/decode as {p.encoding}: {ex}")
            continue
        n = len(p.data())
        if not 2000 <= n <= 60000:
            errs.append(f"{p.path}: size {n} outside 2-60 KB")
    for path, t in truth["pages"].items():
        e = lambda m: errs.append(f"{path}: {m}")
        if t["page_type"] not in PAGE_TYPES:
            e(f"bad page_type {t['page_type']}")
        bad = set(t["phenomena"]) - PHENOMENA
        if bad or not t["phenomena"]:
            e(f"bad phenomena {bad}")
        if not t.get("note"):
            e("no note")
        under = any(path.startswith(d) for d in disallow)
        if under != t["robots_disallowed"]:
            e("robots_disallowed disagrees with robots.txt")
        if "duplicate_of" in t:
            o = truth["pages"].get(t["duplicate_of"])
            if t["is_offer"] or not o or not o["is_offer"] or o["page_type"] != t["page_type"]:
                e("bad duplicate_of")
        if t["is_offer"] and path in texts:
            check_offer(path, t, texts[path], errs)
        elif not t["is_offer"] and t["page_type"] == "offer" and "duplicate_of" not in t:
            e("page_type offer but not an offer and not a duplicate")
    # reachability and broken links
    seen, queue, missing = {"/index.html"}, ["/index.html"], set()
    while queue:
        cur = queue.pop()
        for tgt in link_targets(by_path[cur], texts.get(cur, "")):
            if tgt not in by_path:
                missing.add(tgt)
            elif tgt not in seen:
                seen.add(tgt)
                queue.append(tgt)
    for p in by_path:
        if p not in seen:
            errs.append(f"{p}: not reachable from /index.html")
    if missing != set(broken):
        errs.append(f"unresolved links {sorted(missing)} != planned broken links {sorted(broken)}")
    return errs
