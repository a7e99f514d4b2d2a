"""ELIGIBILITY_SHORTCUT: high or many levels at once, sold with "no requirements" wording."""

from __future__ import annotations

from certwatch.screening.context import ScreeningContext
from certwatch.screening.flags import FlagResult
from certwatch.screening.rules.claims import flag_for_claims
from facts.levels import level_words

MANY_LEVELS = 3


def eligibility_shortcut(ctx: ScreeningContext) -> list[FlagResult]:
    """Asserted 零基础/无需工作经验/不限学历/无门槛/直接报二级 wording together with level 1 or 2
    offered, or three or more levels at once (docs/domain.md §1.3: 二级 needs a 三级 certificate plus
    years of work, 一级 a 二级 plus 4 years; an ad offering 二级/一级 to beginners or three
    levels at once contradicts the standard's progression; §3.1 Guangdong bans 不限专业/无门槛).
    Levels named in the claim's own sentence count as offered."""
    claims = ctx.asserted.get("eligibility", [])
    if not claims:
        return []
    levels = set(ctx.facts.levels)
    for claim in claims:
        levels |= level_words(claim.evidence)
    high = sorted(levels & {1, 2})
    if not high and len(levels) < MANY_LEVELS:
        return []
    flags = flag_for_claims("ELIGIBILITY_SHORTCUT", claims)
    why = (
        f"level(s) {', '.join(map(str, high))} offered" if high else f"{len(levels)} levels at once"
    )
    return [FlagResult.of(flag.code, flag.evidence, f"{flag.detail}; {why}", anchor=flag.anchor)
            for flag in flags]
