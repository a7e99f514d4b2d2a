"""Stance across sentences: who says a claim, read from its neighbours (docs/domain.md §4).

``crawler.extract.claims`` reads each claim's stance inside its own sentence. A page also
says things across sentences, and those change whether the seller makes the claim:

- **Asked.** "能包过吗？", "是不是真的免考？": a question about a claim asserts nothing.
- **Introduced.** A sentence ending in a colon that reports or warns ("有网友反映：",
  "广告里是这么写的：", "警惕以下说法：") makes the next few sentences reported or warned.
- **Conditional.** A benefit followed by its condition in the next sentence ("可申领补贴。
  补贴需满足连续缴纳社保满一年…", "以人社部门审核为准") is a sober note, not bait.

Pure functions over the sentence list; the stance vocabulary is the contract's
(asserted | negated | warning | quoted) plus ``asked`` and ``conditional``, which screening,
like every stance other than asserted, does not count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from crawler.extract.text import normalize
from facts.contract import Claim

# how many sentences after an introducing colon it governs
INTRO_REACH = 4
_QUESTION = re.compile(r"[?？]\s*$|吗\s*[!！。~]*\s*$|是真的吗|是不是真的|真的假的|靠谱吗|可信吗")
_INTRO_END = re.compile(r"[:：]\s*$")
_REPORT_INTRO = re.compile(
    r"反映|反应|爆料|举报|投诉|声称|宣称|这么写|这样写|原话|原文|广告里|广告上|广告中|报道|记者|"
    r"调查|发现|网友|网传|有人说|据说|听说|看到|号称|吹嘘|话术|套路|说法|对方|客服说|的话|转发|截图",
)
_WARN_INTRO = re.compile(r"谨防|警惕|小心|当心|提醒|切勿|不要相信|别信|勿信|识别|骗局|陷阱|假证|防骗|避坑")
_CONDITION = re.compile(
    r"需满足|须满足|需符合|须符合|符合条件|满足条件|条件[是为:]|前提|仅限|需本人|须本人|需缴纳|连续缴纳|"
    r"缴纳社保|社保满|以[^。]{0,12}(?:审核|认定|公布|规定)为准|按规定|按照规定|按有关规定|经审核|审核通过后|"
    r"具体以|视[^。]{0,8}而定|并非人人|不是所有",
)


# English sentences: stance words before the phrase ("we do not offer a 100% pass
# guarantee", "the ad promised 'no exam required'", "beware of 'government-issued'")
_EN_NEGATED = re.compile(r"\b(?:not|no|never|don't|doesn't|cannot|can't|won't|neither|nor|nothing)\b"
                         r"[^.;!?]{0,40}$", re.I)
_EN_REPORTED = re.compile(r"\b(?:promised|promising|claimed|claiming|claims|advertised|advertising|"
                          r"touted|boasted|according to|reportedly|said|says|told|offered)\b"
                          r"[^.;!?]{0,60}$", re.I)
_EN_WARNED = re.compile(r"\b(?:beware|scams?|fake|fraud(?:ulent)?|warn(?:s|ed|ing)?|illegal|"
                        r"misleading|false)\b", re.I)


def _english_stance(claim: Claim) -> str | None:
    """The stance an English sentence gives a phrase (None: asserted as far as it shows)."""
    at = claim.evidence.find(claim.phrase)
    if at < 0 or not claim.phrase.isascii():
        return None
    before = claim.evidence[:at]
    clause = re.split(r"[,;:—–()\"“”]| and ", before)[-1]
    if _EN_NEGATED.search(clause):
        return "negated"
    if _EN_WARNED.search(claim.evidence):
        return "warning"
    if _EN_REPORTED.search(before):
        return "quoted"
    return None


def _asked(sentence: str) -> bool:
    return _QUESTION.search(normalize(sentence).strip()) is not None


def _introduced(sentence: str, phrase: str) -> str | None:
    """The stance a colon earlier in the same sentence gives ``phrase`` ("网友反映：…包过")."""
    at = sentence.find(phrase)
    colon = max(sentence.rfind(":", 0, at), sentence.rfind("：", 0, at))
    if at < 0 or colon < 0:
        return None
    intro = normalize(sentence[max(0, colon - 16):colon])
    if _WARN_INTRO.search(intro):
        return "warning"
    return "quoted" if _REPORT_INTRO.search(intro) else None


def in_context(claims: Sequence[Claim], sentences: Sequence[str]) -> list[Claim]:
    """``claims`` with the stance their neighbouring sentences give them."""
    if not claims:
        return []
    index = {s: i for i, s in reversed(list(enumerate(sentences)))}
    governed: dict[int, str] = {}  # sentence index -> stance an introducing colon gives it
    for i, sentence in enumerate(sentences):
        norm = normalize(sentence)
        if not _INTRO_END.search(norm):
            continue
        stance = ("warning" if _WARN_INTRO.search(norm) else
                  "quoted" if _REPORT_INTRO.search(norm) else None)
        if stance:
            for j in range(i + 1, min(i + 1 + INTRO_REACH, len(sentences))):
                governed.setdefault(j, stance)
    out: list[Claim] = []
    for claim in claims:
        if claim.stance != "asserted":
            out.append(claim)
            continue
        at = index.get(claim.evidence)
        stance = "asserted"
        if (english := _english_stance(claim)) is not None:
            stance = english
        elif _asked(claim.evidence):
            stance = "asked"
        elif at is not None and at in governed:
            stance = governed[at]
        elif (introduced := _introduced(claim.evidence, claim.phrase)) is not None:
            stance = introduced
        elif claim.category == "benefit" and at is not None and any(
            _CONDITION.search(normalize(s)) for s in sentences[at:at + 3]
        ):
            stance = "conditional"
        out.append(claim if stance == "asserted" else replace(claim, stance=stance))
    return out
