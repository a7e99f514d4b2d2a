"""EXCESSIVE_FEE: the offer's highest fee above the ceiling of its highest level."""

from __future__ import annotations

from certwatch.screening.context import ScreeningContext
from certwatch.screening.evidence import trim_evidence
from certwatch.screening.flags import FlagResult
from facts.levels import LEVEL_NAMES_ZH


def excessive_fee(ctx: ScreeningContext) -> list[FlagResult]:
    """fee_max above data/fee_ceilings.csv for the highest level offered (lowest number), or
    the "none" row when no level is stated (docs/domain.md §3.4: evaluation fees 265–1020 元 per
    level, subsidy caps 1000/1500/2000, AIGC packages 598–2980, scam cases 6000+ and 30,000
    包过 VIP classes). Evidence = the sentence of the highest fee."""
    facts = ctx.facts
    if not facts.fees:
        return []
    level, ceiling = ctx.settings.ceiling_for(facts.levels)
    if ceiling is None:
        return []
    top = max(facts.fees, key=lambda fee: fee.amount_max)
    if top.amount_max <= ceiling:
        return []
    which = LEVEL_NAMES_ZH.get(level, "no level stated") if level else "no level stated"
    detail = f"fee ¥{top.amount_max:,.0f} above the ¥{ceiling:,.0f} ceiling for {which}"
    evidence = trim_evidence(
        top.evidence or f"¥{top.amount_max:,.0f}", _amount_text(top.amount_max)
    )
    return [FlagResult.of("EXCESSIVE_FEE", evidence, detail, anchor=_amount_text(top.amount_max))]


def _amount_text(amount: float) -> str:
    return f"{amount:.0f}" if amount == int(amount) else str(amount)
