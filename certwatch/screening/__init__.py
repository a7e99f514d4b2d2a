"""Screening: offer facts + issuer matches + rules → flags with evidence, a risk score, summaries.

Pure code: no store, no network. The lead wires it to the store (``certwatch screen``).
"""

from __future__ import annotations

from dataclasses import dataclass

from certwatch.screening.context import ScreeningContext
from certwatch.screening.flags import (
    FLAG_LABELS,
    FLAG_SEVERITIES,
    SEVERITY_RANK,
    FlagResult,
    label,
)
from certwatch.screening.rules import RULES, Rule
from certwatch.screening.score import risk_score, summarize
from certwatch.screening.settings import ScreeningDataError, ScreeningSettings

# Bump when a rule, the claim lexicon or the score formula changes (stored with each flag).
RULES_VERSION = "1.1"

_CODE_ORDER = {code: i for i, code in enumerate(FLAG_SEVERITIES)}


@dataclass(frozen=True)
class ScreeningOutcome:
    """The flags of one listing (most severe first), its risk score and its summaries."""

    flags: tuple[FlagResult, ...]
    risk_score: int
    summary_zh: str
    summary_en: str


def screen_listing(ctx: ScreeningContext, rules: list[Rule] | None = None) -> ScreeningOutcome:
    """Run every rule over one listing. A page that is not an offer gets no flags at all."""
    if not ctx.facts.is_offer:
        zh, en = summarize((), ctx.facts)
        return ScreeningOutcome((), 0, zh, en)
    flags: dict[tuple[str, str], FlagResult] = {}
    for rule in RULES if rules is None else rules:
        for flag in rule(ctx):
            flags.setdefault((flag.code, flag.place), flag)
    ordered = tuple(
        sorted(
            flags.values(),
            key=lambda f: (SEVERITY_RANK[f.severity], _CODE_ORDER.get(f.code, len(_CODE_ORDER))),
        )
    )
    zh, en = summarize(ordered, ctx.facts)
    return ScreeningOutcome(ordered, risk_score(ordered), zh, en)


__all__ = [
    "FLAG_LABELS",
    "FLAG_SEVERITIES",
    "RULES",
    "RULES_VERSION",
    "FlagResult",
    "Rule",
    "ScreeningContext",
    "ScreeningDataError",
    "ScreeningOutcome",
    "ScreeningSettings",
    "label",
    "risk_score",
    "screen_listing",
    "summarize",
]
