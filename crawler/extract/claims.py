"""Claims screening cares about (包过, 免考, 人社部颁发, 落户 ...), found in sentences, with stance.

The lexicon is data: one list of regular expressions per category, each written for a way
ads phrase a promise (spacing and punctuation inside 包 过 / 包-过, 保证通过, 一次通过否则退费),
not for one page. Sources for the categories: docs/domain.md §3.2 (banned guarantee words), §3.3
(typical wording), §3.1 (直接发证, 国徽), §2.1–2.2 (government issuer, 国家职业资格),
§3.5 (可查 claims), §1.3 (eligibility shortcuts), §3.4 (subsidies).

Stance, decided per occurrence (first that applies):

- ``negated``: a negator right before the phrase (不承诺包过, 绝不保过, 并非人社部颁发,
  非国家职业资格证书, 不承诺包过、免考) or a denial right after it (包过是不可能的).
- ``warning``: a warning cue in the same clause (谨防包过骗局, 所谓免考拿证都是骗局), a cue
  followed by a colon that introduces a list (警惕以下宣传：包过，免考), or a following clause
  that condemns what came before (包过、免考，这些都是骗局). Clauses end at ，；。！？ so a
  seller's "谨防山寨，认准人社部颁发" still asserts 人社部颁发.
- ``quoted``: the phrase sits inside quotation marks (“”, 「」, 『』, "", ‘’) in a report-like
  sentence (宣称, 声称, 号称, 打出, 广告中, 记者, 一些机构 ...), or follows a reporting verb in
  its clause (号称包过), or follows a colon that introduces someone else's words (原话是这样的：…,
  广告词：…). Quotes in a seller's sentence with no report cue stay asserted, and 【包过】
  brackets are never quotes.
- ``asserted`` otherwise.

All patterns compile at import into one pattern that finds every category in one pass (each
alternative starts with a literal character, which keeps the search fast); where phrases of two
categories overlap, the leftmost wins.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from crawler.extract.claim_context import in_context
from crawler.extract.claim_lexicon import LEXICON as LEXICON, LEXICON_EN, each as _each
from crawler.extract.lexicon import grouped
from facts.contract import Claim
from facts.script import t2s, traditional_forms

# Separators an ad may put inside a two-character slogan: 包 过, 包-过, 包·过, 包*过.
_CLAUSE_END = "，,；;。！？!?\n"
_WORDS = grouped("claim_words", "role", "phrase")  # data/lexicon/claim_words.csv

CATEGORY_ORDER: tuple[str, ...] = tuple(LEXICON)

# A negator that ends right before the phrase, optionally with a verb (承诺/保证/提供 ...),
# a determiner (任何/所谓的) and earlier list items (包过、免考).
_NEGATORS = (*_WORDS["negator"], "非(?!常)")  # 非常 is not a negator
_NEG_VERB = (
    r"(?:承诺|保证|提供|宣传|存在|搞|做|办理|接受|组织|实行|采用|支持|可能|可以|能|会|是|有|属于"
    r"|发布|以|用|打着?|靠|设|设置|作|作出|做出|给|给出|开设)?"
)
_NEG_DET = r"(?:任何|所谓的?|什么|学员|考生|一定|百分之百)?"
# Prohibitions take an object phrase before the claim: 禁止发布代考, 严禁一切包过宣传.
_PROHIBITORS = _WORDS["prohibitor"]
_PROHIBITION_FILLER = r"[^，。；！？,;!?]{0,4}?"
# Earlier items of a denied list must be claim phrases themselves ("不承诺包过、免考",
# 从未以“免考”“包过”名义招生), so "不限学历、包过" does not read as a denial of 包过.
_CLAIM_ALTERNATIVES = "|".join(p for patterns in LEXICON.values() for p in patterns)
_TRAILING_ITEM = re.compile(rf"[“「『\"‘]?(?:{_CLAIM_ALTERNATIVES})[”」』\"’]?[、/和或及与]?$")
_NEG_BEFORE = re.compile(
    "|".join(
        (
            *_each(_NEGATORS, _NEG_VERB + _NEG_DET + "$"),
            *_each(_PROHIBITORS, _PROHIBITION_FILLER + _NEG_DET + "$"),
        )
    )
)


_LIST_END = frozenset('、/和或及与”」』"’')  # a listed claim ends with a separator or a quote


def _without_listed_claims(before: str) -> str:
    """``before`` without the claim phrases listed right before the phrase (包过、“免考”、)."""
    while before and before[-1] in _LIST_END:
        item = _TRAILING_ITEM.search(before)
        if item is None or item.start() == len(before):
            break
        before = before[: item.start()].rstrip('“「『"‘')
    return before


_NEG_AFTER = re.compile(
    r"[”」』\"’]?(?:是|纯属|属于|都是|根本)?(?:不可能的?|不存在的?|是?假的|谎言|不实|做不到)"
    r"|(?:也|都|根本|并|是)?(?:无法|不能|不可以?|不得)(?!错过|放过|犹豫|再等|等)"
)
_NEG_WINDOW = 24  # characters before a phrase a negator (plus its list) may occupy

_WARNING_CUE = re.compile(
    r"谨防|警惕|小心|当心|骗局|骗子|诈骗|被骗|受骗|上当|防骗|山寨|虚假|套路|所谓|揭秘|曝光"
    r"|不要相信|切勿相信|别信|勿信|不可信|提(?<!温馨提)醒|陷阱|避坑|忽悠|假证|违法|违规|查处|整治|识破"
    r"|谨慎|慎重|甄别|警觉"
)
_WARNING_INTRO = re.compile(
    "|".join(
        _each(
            (
                "谨防",
                "警惕",
                "小心",
                "当心",
                "识破",
                "揭秘",
                "曝光",
                "骗局",
                "陷阱",
                "套路",
                "避坑",
                "防骗",
            ),
            r"[^。！？!?]{0,20}[：:]",
        )
    )
)
_CONDEMN_NEXT = re.compile(
    r"\s*(?:这些|这种|这类|此类|以上|上述|都|均|全|纯属|一律|统统|其实|实际上)[^。！？!?]{0,12}?"
    r"(?:骗|假|虚假|套路|违法|违规|山寨|陷阱|坑|不可信)"
    r"|\s*(?:需|要|须|请|务必|一定要|大家)?(?:谨慎|慎重|小心|当心|警惕|提高警惕|注意甄别|别上当)"
)
_REPORTING_VERBS = _WORDS["reporting_verb"]
_REPORT_CUE = re.compile(
    "|".join(
        (
            *_REPORTING_VERBS,
            *("广告中", "广告语", "宣传", "称其", "记者", "报道", "据悉", "调查", "网传", "噱头"),
            *("旗号", "幌子", "字样", "不法", "看到", "听说", "据说", "有人说", "网上说"),
            *("是真的吗", "真的吗", "靠谱吗", "可信吗", "真假", "是不是真的", "原话"),
            *_each(
                ("一些", "部分", "有些", "某些", "不少", "个别", "有的", "某", "有"),
                r"(?:培训)?(?:机构|商家|公司|平台|网站|中介|广告)",
            ),
        )
    )
)
_REPORTING_VERB = re.compile("|".join(_REPORTING_VERBS))
# "原话是这样的：…", "广告词：…": what follows the colon is someone else's words.
_QUOTE_INTRO = re.compile(
    "|".join(
        _each(
            (
                "原话",
                "原文",
                "广告词",
                "广告语",
                "广告原文",
                "宣传语",
                "广告上写",
                "广告称",
                "写着",
            ),
            r"[^。！？!?：:]{0,8}[：:]",
        )
    )
)
_REPORT_VERB_BEFORE = re.compile("|".join(_each(_REPORTING_VERBS, r"[^，。；！？,;!?]{0,12}$")))
_QUOTE_SPAN = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|\"[^\"]*\"|‘[^’]*’")
_CLAUSE_SPLIT = re.compile(f"[{_CLAUSE_END}]")


def _claim_pattern(lexicon: dict[str, tuple[str, ...]], flags: int = 0
                   ) -> tuple[re.Pattern[str], list[str]]:
    """All categories in one pattern; an empty group closing each alternative tells its category.

    Every alternative starts with a literal character (see ``_each``), which keeps search fast.
    One pass finds non-overlapping phrases, leftmost first.
    """
    parts: list[str] = []
    categories: list[str] = [""]  # group 0 is the whole match
    for category, patterns in lexicon.items():
        for pattern in patterns:
            if re.compile(pattern).groups:
                raise ValueError(f"lexicon pattern {pattern!r} must use (?:...) groups only")
            parts.append(f"(?:{pattern})()")
            categories.append(category)
    return re.compile("|".join(parts), flags), categories


_CLAIM_PATTERN, _GROUP_CATEGORY = _claim_pattern(LEXICON)
_CLAIM_PATTERN_EN, _GROUP_CATEGORY_EN = _claim_pattern(LEXICON_EN, re.I)
_LATIN_WORDS = re.compile(r"[A-Za-z]{3}")


def extract_claims(sentences: Sequence[str]) -> list[Claim]:
    """Every claim phrase in ``sentences``, with category, sentence and stance.

    Sentences in traditional script (保證通過, 毋須考試) are read through OpenCC t2s; the
    phrase is then the page's own characters at the same place, the evidence the page's sentence.
    """
    claims: list[Claim] = []
    for sentence in sentences:
        if not sentence:
            continue
        text = _simplified(sentence)
        same_length = len(text) == len(sentence)
        view: _SentenceView | None = None
        matches = [(m, _GROUP_CATEGORY) for m in _CLAIM_PATTERN.finditer(text)]
        if _LATIN_WORDS.search(text):
            matches += [(m, _GROUP_CATEGORY_EN) for m in _CLAIM_PATTERN_EN.finditer(text)]
        for match, group_category in matches:
            start, end = match.span()
            phrase = (sentence[start:end] if same_length else match.group()).strip()
            if not phrase:
                continue
            if view is None:
                view = _SentenceView(text)
            category = group_category[match.lastindex or 0]
            stance = view.stance(start, end)
            claims.append(Claim(phrase=phrase, category=category, evidence=sentence, stance=stance))
    return claims


def page_claims(sentences: Sequence[str], other_texts: Sequence[str] = ()) -> list[Claim]:
    """The claims of one page, read once at extraction and stored with their stance.

    The main-content ``sentences`` first, in order; then claims of ``other_texts`` (a title
    line, ...) whose text is not itself one of the sentences (else it would count twice).
    """
    known = set(sentences)
    claims = in_context(extract_claims(sentences), sentences)
    claims += [c for c in extract_claims(other_texts) if c.evidence not in known]
    return claims


def _traditional_pattern() -> re.Pattern[str]:
    """Traditional forms of the characters the lexicon and the stance cues are written with."""
    source = "".join(
        [
            *LEXICON_TEXT,
            _NEGATOR_TEXT,
            _WARNING_CUE.pattern,
            _REPORT_CUE.pattern,
            _QUOTE_INTRO.pattern,
        ]
    )
    chars = "".join(c for c in source if "\u4e00" <= c <= "\u9fff")
    return re.compile("[" + "".join(sorted(traditional_forms(chars))) + "]")


def _simplified(sentence: str) -> str:
    """``sentence`` in simplified script when it holds traditional characters the lexicon uses."""
    if _TRADITIONAL.search(sentence) is None:
        return sentence
    return t2s(sentence)


LEXICON_TEXT = tuple(p for patterns in LEXICON.values() for p in patterns)
_NEGATOR_TEXT = "".join((*_NEGATORS, _NEG_VERB, _NEG_DET, *_PROHIBITORS))
_TRADITIONAL = _traditional_pattern()


def stance_of(sentence: str, start: int, end: int) -> str:
    """The stance of the phrase at ``sentence[start:end]``: asserted | negated | warning | quoted."""
    return _SentenceView(sentence).stance(start, end)


class _SentenceView:
    """What stance needs to know about one sentence, computed once for all its phrases."""

    __slots__ = (
        "bounds",
        "intro_end",
        "quote_intro_end",
        "quotes",
        "report",
        "reporting_verb",
        "sentence",
        "warned",
    )

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.bounds = [m.start() for m in _CLAUSE_SPLIT.finditer(sentence)]
        intro = _WARNING_INTRO.search(sentence)
        self.intro_end = intro.end() if intro else None
        quote_intro = _QUOTE_INTRO.search(sentence)
        self.quote_intro_end = quote_intro.end() if quote_intro else None
        self.quotes = [m.span() for m in _QUOTE_SPAN.finditer(sentence)]
        self.report = bool(self.quotes) and _REPORT_CUE.search(sentence) is not None
        self.reporting_verb = _REPORTING_VERB.search(sentence) is not None
        self.warned: dict[int, bool] = {}  # clause start -> has a warning cue

    def stance(self, start: int, end: int) -> str:
        sentence = self.sentence
        bounds = self.bounds
        index = bisect_left(bounds, start)
        clause_start = bounds[index - 1] + 1 if index else 0
        after = bisect_left(bounds, end, index)
        clause_end = bounds[after] if after < len(bounds) else len(sentence)
        if self._negated(clause_start, start, end):
            return "negated"
        if self._warned(clause_start, clause_end, start):
            return "warning"
        if self.report and any(q_start < start and end < q_end for q_start, q_end in self.quotes):
            return "quoted"
        if self.reporting_verb and _REPORT_VERB_BEFORE.search(sentence[clause_start:start]):
            return "quoted"
        if self.quote_intro_end is not None and self.quote_intro_end <= start:
            return "quoted"
        return "asserted"

    def _negated(self, clause_start: int, start: int, end: int) -> bool:
        before = self.sentence[max(clause_start, start - _NEG_WINDOW) : start]
        before = _without_listed_claims(before.rstrip('“「『"‘【[ '))
        if before and _NEG_BEFORE.search(before):
            return True
        return _NEG_AFTER.match(self.sentence, end) is not None

    def _warned(self, clause_start: int, clause_end: int, start: int) -> bool:
        if self.intro_end is not None and self.intro_end <= start:
            return True
        cached = self.warned.get(clause_start)
        if cached is None:
            sentence = self.sentence
            cached = _WARNING_CUE.search(sentence, clause_start, clause_end) is not None or (
                clause_end < len(sentence)
                and _CONDEMN_NEXT.match(sentence, clause_end + 1) is not None
            )
            self.warned[clause_start] = cached
        return cached
