"""Shared helpers for the hand_c web: page store, issuer helpers, small HTML bits."""
import html as _html

PAGES = []          # list of dicts: path, html, encoding, truth, bom
SEEN_DATE = "2026-03-01"   # date the ads are considered "seen" (for valid_to)

HIGH = {"UNRECOGNIZED_ISSUER", "LOOKALIKE_ISSUER", "ISSUER_OUT_OF_SCOPE", "ISSUER_LAPSED",
        "GOVERNMENT_ISSUER_CLAIM", "UNOFFICIAL_VERIFICATION_SITE", "NO_EXAM"}
MEDIUM = {"GUARANTEED_PASS", "ELIGIBILITY_SHORTCUT", "BENEFIT_BAIT", "EXCESSIVE_FEE"}
LOW = {"MISSING_ISSUER"}
SEVERITY = {**{c: "high" for c in HIGH}, **{c: "medium" for c in MEDIUM}, **{c: "low" for c in LOW}}

PAGE_TYPES = {"offer", "offer_list", "article", "qa_forum", "job", "other"}
PHENOMENA = set("""tracking_params mirror canonical_ok canonical_evasion list_page search_page
aggregator reported_claim question_claim negated_claim warning cross_sentence_condition salary
subsidy_amount prize other_occupation_price bare_price split_price price_in_fen struck_price
instalment deposit_balance group_price level_table sku_table level_range level_names
standard_body boilerplate_body role_issuer long_issuer_span english_issuer traditional_script
app_state noscript json_ld open_graph multi_course gbk soft_ad reply_offer honest_offer
scam_offer unofficial_query_site broken_page other""".split())


def esc(s):
    return _html.escape(s, quote=True)


# ------------------------------------------------------------------ issuers
def rec(name, aid, **kw):
    d = {"name": name, "status": "recognized", "agency_id": aid}
    d.update(kw)
    return d


def gov(name, aid, **kw):
    d = {"name": name, "status": "government", "agency_id": aid}
    d.update(kw)
    return d


def look(name, resembles, **kw):
    d = {"name": name, "status": "lookalike", "agency_id": None,
         "status_alt": ["unrecognized"], "resembles": resembles}
    d.update(kw)
    return d


def unrec(name, **kw):
    d = {"name": name, "status": "unrecognized", "agency_id": None}
    d.update(kw)
    return d


# ------------------------------------------------------------------ pages
def fee(lo, hi=None):
    if lo is None:
        return None
    return {"min": float(lo), "max": float(hi if hi is not None else lo)}


def add(path, html, *, page_type, note, phenomena, encoding="utf-8", offer=None,
        duplicate_of=None, robots=False, bom=False, raw=None):
    """Register one page.  offer: dict with issuers/levels/fee/flags/optional (offers only)."""
    t = {"is_offer": offer is not None and duplicate_of is None, "page_type": page_type,
         "note": note, "phenomena": list(phenomena)}
    if offer is not None and duplicate_of is None:
        flags = offer.get("flags", [])
        t.update({
            "issuers": offer.get("issuers", []),
            "levels": sorted(offer.get("levels", []), reverse=True),
            "fee_cny": offer.get("fee"),
            "flags": flags,
            "optional_flags": offer.get("optional", []),
            "suspicious": any(all(SEVERITY[c] == "high" for c in (g if isinstance(g, list) else [g]))
                              for g in flags),
        })
        if "fee_alt" in offer:
            t["fee_cny_alt"] = offer["fee_alt"]
        if offer.get("gov_wording"):
            t["_gov_wording"] = True
    if duplicate_of:
        t["duplicate_of"] = duplicate_of
    t["robots_disallowed"] = robots
    t["encoding"] = encoding
    PAGES.append({"path": path, "html": html, "encoding": encoding, "truth": t,
                  "bom": bom, "raw": raw})


# ------------------------------------------------------------------ bits
def baidu_tongji(site_id):
    return ("<script>\nvar _hmt = _hmt || [];\n(function() {\n  var hm = document.createElement(\"script\");\n"
            f"  hm.src = \"https://hm.baidu.com/hm.js?{site_id}\";\n"
            "  var s = document.getElementsByTagName(\"script\")[0];\n  s.parentNode.insertBefore(hm, s);\n})();\n</script>")


def filler_links(items, cls="list"):
    return "\n".join(f'<li class="{cls}"><a href="{h}">{esc(t)}</a></li>' for h, t in items)
