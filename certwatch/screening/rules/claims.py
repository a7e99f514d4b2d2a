"""Rules on asserted claim phrases alone: NO_EXAM and GUARANTEED_PASS."""

from __future__ import annotations

from collections.abc import Sequence

from certwatch.screening.context import ScreeningContext
from certwatch.screening.evidence import trim_evidence
from certwatch.screening.flags import FlagResult
from facts.contract import Claim


def flag_for_claims(code: str, claims: Sequence[Claim]) -> list[FlagResult]:
    """One flag for ``claims`` (asserted, same meaning): the first one's sentence as evidence."""
    if not claims:
        return []
    first = claims[0]
    phrases = "、".join(dict.fromkeys(c.phrase for c in claims))
    sentences = len({c.evidence for c in claims})
    detail = f"asserted: {phrases}" + (f" (in {sentences} sentences)" if sentences > 1 else "")
    return [FlagResult.of(code, trim_evidence(first.evidence, first.phrase), detail,
                          anchor=first.phrase)]


def no_exam(ctx: ScreeningContext) -> list[FlagResult]:
    """The certificate sold without an assessment: 免考, 直接拿证, 代考, 免培训 (docs/domain.md §3.1:
    "不培训(评价)或培训(评价)走过场直接发证" named by 人社部函〔2022〕25号; §1.4 theory + skill
    assessment is required; §3.3 免培训)."""
    return flag_for_claims("NO_EXAM", ctx.asserted.get("no_exam", []))


def guaranteed_pass(ctx: ScreeningContext) -> list[FlagResult]:
    """A guarantee of passing: 包过, 保过, 不过退费, 100%通过 (docs/domain.md §3.2 banned
    保证性承诺 in training ads; §3.1 "包过" named by 人社部函〔2022〕25号; §3.3)."""
    return flag_for_claims("GUARANTEED_PASS", ctx.asserted.get("guaranteed_pass", []))
