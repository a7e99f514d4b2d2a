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

from crawler.extract.lexicon import grouped
from facts.contract import Claim
from facts.script import t2s, traditional_forms

# Separators an ad may put inside a two-character slogan: 包 过, 包-过, 包·过, 包*过.
_GAP = r"[\s\-—_·•.*~、]{0,2}"
_CLAUSE_END = "，,；;。！？!?\n"
_NOT_PASS_WORD = r"(?![程去往期渡滤度敏头来年夜])"  # 确保过程, 面包过期, 红包过年 are not 包过


def _each(leads: tuple[str, ...], rest: str) -> tuple[str, ...]:
    """One alternative per leading word, so every alternative starts with a literal character
    (the regex engine then skips non-candidate positions quickly: ~10× faster than an
    optional or grouped start)."""
    return tuple(lead + rest for lead in leads)


_WORDS = grouped("claim_words", "role", "phrase")  # data/lexicon/claim_words.csv
_GOV_BODIES = _WORDS["government_body"]
_GOV_LEADS = (
    *_GOV_BODIES,
    *(f"国家{b}" for b in _GOV_BODIES),
    *(f"中华人民共和国{b}" for b in _GOV_BODIES),
    "国家",
    "政府",
)

# what a ministry "certified" or "published" when it is the occupation, not a certificate
_NOT_OCCUPATION_OBJECT = r"(?!的?(?:新|新兴|国家)?(?:职业|工种|行业|岗位|专业)(?!资格|技能等级|证))"

LEXICON: dict[str, tuple[str, ...]] = {
    "guaranteed_pass": (
        rf"包{_GAP}(?:考{_GAP})?过{_NOT_PASS_WORD}",
        rf"保(?<![确担环]保){_GAP}(?:考{_GAP})?过{_NOT_PASS_WORD}",
        # 稳过 / 必过 / 稳拿证: the same promise in sellers' slang (平稳过渡 is not one)
        rf"稳(?<!平稳)(?<!安稳)(?<!稳稳){_GAP}(?:稳{_GAP})?(?:考{_GAP})?过{_NOT_PASS_WORD}",
        rf"必(?<!未必)(?<!不必)(?<!何必){_GAP}(?:考{_GAP})?过{_NOT_PASS_WORD}",
        *_each(("稳拿", "稳稳拿", "必拿"), r"(?:证|下证)"),
        *_each(("稳稳通过", "稳通过", "必通过"), ""),
        r"包(?:通过|拿证|下证|取证|考过|考证)",
        *_each(
            ("保证", "确保", "承诺", "担保", "包您", "包你"),
            r"(?:学员)?(?:一次性?)?(?:考试)?(?:通过|过关|拿证|取证)",
        ),
        *_each(
            (
                "考不过",
                "考没过",
                "没考过",
                "考试不过",
                "考试没过",
                "考试未通过",
                "考试不通过",
                "不过",
                "未过",
                "没过",
                # 审核不通过全额退款 refunds a failed eligibility review, not a failed exam
                "不(?<!审核不)(?<!审查不)(?<!资格不)通过",
                "未(?<!审核未)(?<!审查未)(?<!资格未)通过",
                "没通过",
                "挂科",
                # 过不了全退, 考不上包退, 拿不到证退全款: the same refund promise in chat style
                "过不了",
                "考不上",
                "没考上",
                "拿不到证",
                "没拿到证",
            ),
            r"[^，。；！？,;!?]{0,4}?"
            r"(?:(?:全额|全部)?退(?:费|款|钱|全款|学费)|全退|包退|全额退|原路退)",
        ),
        # someone on the inside sees you through the exam: 考试有人带, 考场有人罩, 全程带考
        *_each(("考试", "考场", "考核", "考试时", "考的时候"), r"有人(?:带|罩|帮|照应|放水)"),
        *_each(("有人带", "专人带", "老师带", "全程带"), r"(?:考|过|你过|您过)(?!生|察|核心)"),
        r"考场(?:有)?(?:内部|关系)",
        *_each(("一次通过", "通过"), r"[，,]?\s?否则[^。；！？]{0,4}?退(?:费|款|钱|全款|学费)"),
        *_each(("100", "百"), r"\s?[%％]\s?(?:通过|过关|拿证|取证|下证)"),
        r"百分之?百(?:通过|过关|拿证|取证|下证)",
        # retake until passing is a guarantee: 一次不过免费重学直到通过, 学到拿证为止
        r"直到(?:考试)?(?:通过|考过|拿证|拿到证书?)",
        *_each(("通过", "考过", "拿证", "拿到证"), "为止"),
        r"通过率(?:高达|达到?|为|是)?\s?(?:100\s?[%％]|百分之?百)",
    ),
    "no_exam": (
        r"免(?:考|试|考核|笔试|培训)(?!用|费)",
        *_each(
            ("无需", "无须", "毋须", "不需要", "不需", "不用", "不必", "不参加", "无"),
            r"(?:参加)?(?:任何)?(?:考试|考核|笔试|培训|上课)",
        ),
        r"不考试?(?:也能|也可|就能|即可|直接)?(?:拿证|领证|发证|取证)",
        r"直接(?:拿|领|发|出|下|办|取)证",
        r"代(?<!不代)考",
        r"替考",
        *_each(("交钱", "付费", "花钱", "缴费"), r"(?:即可|就能|直接)?(?:拿证|领证|买证|下证)"),
        r"走过场",
        r"挂名考试",
        *_each(
            ("无需", "无须", "毋须", "不用", "不需要", "不需", "不必"),
            r"(?:本人(?:到场|到考场|亲自)?(?:参加)?(?:考试|考核|参考|到场)"
            r"|(?:到场|到考场|亲自)(?:参加)?(?:考试|考核|参考))",
        ),
        r"本人(?:无需|无须|不用|不需要?|不必)(?:到场|到考场|参加考试|考试)",
    ),
    "government": (
        *_each(
            _GOV_LEADS,
            r"(?:统一|直接|官方|正式)?(?:颁发|颁证|发证|签发|核发|认证|监制|盖章|出具|印制)"
            # "人社部认证的新职业" describes the occupation, not who issues the certificate
            + _NOT_OCCUPATION_OBJECT,
        ),
        r"国家职业资格(?!目录)(?:证书?|认证|等级证书?)?",
        r"国家级?(?:职业)?(?:认证|资格证书?)",
        *_each(("带国徽", "印有国徽", "加盖国徽", "盖有国徽", "国徽"), ""),
        *_each(("官方", "政府"), r"(?:认证|颁发|发证|背书|指定)"),
        r"加盖(?:人社|国家|政府)[^，。；！？]{0,6}(?:公章|钢印|印章|章)",
    ),
    "national": (
        r"全国(?:范围内)?(?:通用|有效|认可|联网)",
        r"国家(?:认可|承认|权威)",
        *_each(("入库", "官网", "联网", "网上", "国家官网", "人社官网", "人社网"), r"即?可查"),
        r"终身有效",
    ),
    "benefit": (
        *_each(("积分落户", "落户", "积分入户", "入户"), ""),
        r"居住证积分",
        r"积分(?:加分|入学)",
        r"加\s?\d{1,3}\s?分",
        r"人才引进",
        *_each(("技能提升", "职业技能", "培训", "政府", "国家", "人社", ""), "补贴"),
        *_each(("政府", "国家", "培训", ""), "补助"),
        r"返现",
        r"返还学费",
        r"学费(?:全额)?(?:返还|全退|报销)",
        *_each(("免费", "0元", "零元"), r"(?:拿证|领证|考证|取证)"),
        r"购房(?:资格|补贴)?",
        r"买房",
        r"住房(?:补贴)?",
        r"公租房",
        r"人才公寓",
        r"挂靠",
        *_each(("年", "月"), r"(?:赚|入|收入)\s?过?\s?\d*\s?[万千]"),
        r"年赚",
        r"躺赚",
    ),
    "eligibility": (
        r"零(?:基础|门槛|经验)",
        *_each(("无", "没有", "不设"), "门槛"),
        *_each(
            ("无需", "无须", "不需要", "不需", "不要求", "不用", "没有"),
            r"(?:任何)?(?:相关)?(?:工作)?(?:经验|经历|学历|工作年限|年限)(?:要求)?",
        ),
        *_each(("不限", "无"), r"(?:学历|专业|年龄|工作经验|经验|工作年限)(?:要求|限制)?"),
        *_each(("学历", "专业", "年龄", "经验", "工作年限"), "不限"),
        r"小白也?(?:可|能)(?:报|考|学)",
        r"直接(?:报|报考|考|申报|考取|拿|拿到)(?:高级技师|技师|[一二12]级)",
        r"直升",
        r"跳级",
        r"越级",
    ),
    "verification": (
        r"查询",
        r"可(?<![入官联网人]可)查",
        r"验证",
        r"查验",
        r"核验",
        r"查证",
    ),
}

CATEGORY_ORDER: tuple[str, ...] = tuple(LEXICON)

# A negator that ends right before the phrase, optionally with a verb (承诺/保证/提供 ...),
# a determiner (任何/所谓的) and earlier list items (包过、免考).
_NEGATORS = (*_WORDS["negator"], "非(?!常)")  # 非常 is not a negator
_NEG_VERB = (
    r"(?:承诺|保证|提供|宣传|存在|搞|做|办理|接受|组织|实行|采用|支持|可能|可以|能|会|是|有|属于"
    r"|发布|以|用|打着?|靠)?"
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


def _claim_pattern() -> tuple[re.Pattern[str], list[str]]:
    """All categories in one pattern; an empty group closing each alternative tells its category.

    Every alternative starts with a literal character (see ``_each``), which keeps search fast.
    One pass finds non-overlapping phrases, leftmost first.
    """
    parts: list[str] = []
    categories: list[str] = [""]  # group 0 is the whole match
    for category, patterns in LEXICON.items():
        for pattern in patterns:
            if re.compile(pattern).groups:
                raise ValueError(f"lexicon pattern {pattern!r} must use (?:...) groups only")
            parts.append(f"(?:{pattern})()")
            categories.append(category)
    return re.compile("|".join(parts)), categories


_CLAIM_PATTERN, _GROUP_CATEGORY = _claim_pattern()


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
        for match in _CLAIM_PATTERN.finditer(text):
            start, end = match.span()
            phrase = (sentence[start:end] if same_length else match.group()).strip()
            if not phrase:
                continue
            if view is None:
                view = _SentenceView(text)
            category = _GROUP_CATEGORY[match.lastindex or 0]
            stance = view.stance(start, end)
            claims.append(Claim(phrase=phrase, category=category, evidence=sentence, stance=stance))
    return claims


def page_claims(sentences: Sequence[str], other_texts: Sequence[str] = ()) -> list[Claim]:
    """The claims of one page, read once at extraction and stored with their stance.

    The main-content ``sentences`` first, in order; then claims of ``other_texts`` (a title
    line, ...) whose text is not itself one of the sentences (else it would count twice).
    """
    known = set(sentences)
    claims = extract_claims(sentences)
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
