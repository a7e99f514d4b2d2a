"""Shared helpers: page store, labels, USCC codes, small HTML pieces."""
import html

PAGES = {}      # path -> dict(html=str, encoding=str, raw=bytes|None, label=dict)
BROKEN = []     # planned broken links (paths)
SEVERITY = {
    "UNRECOGNIZED_ISSUER": "high", "LOOKALIKE_ISSUER": "high", "ISSUER_OUT_OF_SCOPE": "high",
    "ISSUER_LAPSED": "high", "GOVERNMENT_ISSUER_CLAIM": "high",
    "UNOFFICIAL_VERIFICATION_SITE": "high", "NO_EXAM": "high",
    "GUARANTEED_PASS": "medium", "ELIGIBILITY_SHORTCUT": "medium", "BENEFIT_BAIT": "medium",
    "EXCESSIVE_FEE": "medium", "MISSING_ISSUER": "low",
}
PAGE_TYPES = {"offer", "offer_list", "article", "qa_forum", "job", "other"}
PHENOMENA = set("""tracking_params mirror canonical_ok canonical_evasion list_page search_page
aggregator reported_claim question_claim negated_claim warning cross_sentence_condition salary
subsidy_amount prize other_occupation_price bare_price split_price price_in_fen struck_price
instalment deposit_balance group_price level_table sku_table level_range level_names
standard_body boilerplate_body role_issuer long_issuer_span english_issuer traditional_script
app_state noscript json_ld open_graph multi_course gbk soft_ad reply_offer honest_offer
scam_offer unofficial_query_site broken_page other""".split())

esc = html.escape


def add(path, body, label, encoding="utf-8", truncate_at=None):
    """Register a page. label: dict from offer()/page()."""
    assert path not in PAGES, path
    PAGES[path] = {"html": body, "encoding": encoding, "truncate_at": truncate_at, "label": label}


def page(page_type, note, phenomena=(), **extra):
    d = {"is_offer": False, "page_type": page_type, "note": note,
         "phenomena": sorted(set(phenomena))}
    d.update(extra)
    return d


def iss(name, status, agency_id=None, alt=None, resembles=None, status_alt=None):
    d = {"name": name, "status": status, "agency_id": agency_id}
    if alt:
        d["alt_names"] = list(alt)
    if resembles:
        d["resembles"] = resembles
    if status_alt:
        d["status_alt"] = list(status_alt)
    return d


def offer(note, issuers, levels, fee, flags, optional=(), phenomena=(), fee_alt=None,
          page_type="offer", **extra):
    """fee: (min, max) or None."""
    d = {"is_offer": True, "page_type": page_type, "issuers": list(issuers),
         "levels": sorted(levels, reverse=True),
         "fee_cny": None if fee is None else {"min": float(fee[0]), "max": float(fee[1])},
         "flags": list(flags), "optional_flags": sorted(set(optional)),
         "note": note, "phenomena": sorted(set(phenomena))}
    if fee_alt is not None:
        d["fee_cny_alt"] = [None if f is None else {"min": float(f[0]), "max": float(f[1])}
                            for f in fee_alt]
    d.update(extra)
    return d


# ------------------------------------------------------------ USCC (GB 32100-2015)
_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(body8):
    cs = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    s = sum(cs.index(c) * w for c, w in zip(body8, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix2, region6, body8):
    """body8 uses digits/uppercase letters valid in both charsets."""
    s17 = prefix2 + region6 + body8 + _org_check(body8)
    assert len(s17) == 17 and all(c in _CS for c in s17), s17
    total = sum(_CS.index(c) * w for c, w in zip(s17, _W))
    r = 31 - total % 31
    return s17 + _CS[0 if r == 31 else r]


def uscc_ok(code):
    if len(code) != 18 or any(c not in _CS for c in code):
        return False
    total = sum(_CS.index(c) * w for c, w in zip(code[:17], _W))
    r = 31 - total % 31
    return code[17] == _CS[0 if r == 31 else r] and _org_check(code[8:16]) == code[16]


# ------------------------------------------------------------ small pieces
def cookie_banner(text="We use cookies to improve your experience. By continuing you agree to our Cookie Policy.",
                  ok="Accept", more="/privacy.html"):
    return f'''<div id="cookie-consent" class="cc-banner" role="dialog" aria-live="polite" style="display:none">
  <span class="cc-msg">{text}</span> <a class="cc-link" href="javascript:void(0)" data-href="{more}">Learn more</a>
  <button type="button" class="cc-btn" onclick="document.getElementById('cookie-consent').remove();localStorage.setItem('cc','1')">{ok}</button>
</div>
<script>if(!localStorage.getItem('cc')){{document.getElementById('cookie-consent').style.display='block'}}</script>'''


def ga(tag="G-7Q2MX0PLRD"):
    return f'''<script async src="https://www.googletagmanager.com/gtag/js?id={tag}"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','{tag}');</script>'''


def baidu_tongji(h="3f9b2c1e7a5d4e8f0b6c2a9d1e3f5a7b"):
    return f'''<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?{h}";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>'''


def lorem_para(topic, n=3):
    """Deterministic filler paragraphs in English about study skills (no prices, no claims)."""
    base = [
        f"Learners who prepare for {topic} usually spend the first weeks on terminology and tool set-up, then move on to guided practice with real data sets.",
        "Each unit closes with a short self-check. Tutors answer questions in the course forum on weekdays, normally within one working day.",
        "Recorded lessons stay available after the live session, so learners in other time zones can follow at their own pace.",
        "Practical tasks are reviewed by a tutor, who returns written comments and a checklist of the points still to improve.",
        "The syllabus is reviewed twice a year so that the exercises keep pace with the annotation and testing tools used in industry.",
    ]
    return "\n".join(f"<p>{base[i % len(base)]}</p>" for i in range(n))
