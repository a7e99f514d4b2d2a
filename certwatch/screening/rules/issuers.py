"""Issuer rules: who the ad says issues the certificate, judged against the registry."""

from __future__ import annotations

from collections.abc import Iterator

from certwatch.screening.context import ScreeningContext
from certwatch.screening.evidence import trim_evidence
from certwatch.screening.flags import FlagResult
from facts.contract import IssuerMention
from registry.records import AI_TRAINER_CODE, AgencyRecord, MatchResult


def _distinct(ctx: ScreeningContext, status: str) -> Iterator[tuple[IssuerMention, MatchResult]]:
    """Mentions whose match has ``status``, each name once."""
    seen: set[str] = set()
    for mention, match in ctx.issuer_matches:
        if match.status == status and mention.name not in seen:
            seen.add(mention.name)
            yield mention, match


def _recognized(ctx: ScreeningContext) -> Iterator[tuple[IssuerMention, AgencyRecord]]:
    """Recognized mentions with their registry record (a match without a record is skipped)."""
    for mention, match in _distinct(ctx, "recognized"):
        agency = ctx.agencies.get(match.agency_id or "")
        if agency is not None:
            yield mention, agency


def _evidence(mention: IssuerMention) -> str:
    return trim_evidence(mention.evidence or mention.name, mention.name)


def unrecognized_issuer(ctx: ScreeningContext) -> list[FlagResult]:
    """An issuer that matches no registry agency (docs/domain.md §2.2, §2.3, §5.1; §6: not on the
    whitelist drives the flag, since a blacklist is never complete)."""
    return [
        FlagResult.of("UNRECOGNIZED_ISSUER", _evidence(m), f"{m.name}: {match.explanation}",
                      anchor=m.name)
        for m, match in _distinct(ctx, "unrecognized")
    ]


def lookalike_issuer(ctx: ScreeningContext) -> list[FlagResult]:
    """An issuer name that imitates a registry agency (docs/domain.md §2.1 state-sounding words,
    §3.1 fabricated 中心 names, §6 sound-alike accreditors); detail = the match explanation."""
    return [
        FlagResult.of("LOOKALIKE_ISSUER", _evidence(m), match.explanation, anchor=m.name)
        for m, match in _distinct(ctx, "lookalike")
    ]


def issuer_out_of_scope(ctx: ScreeningContext) -> list[FlagResult]:
    """A recognized agency not filed for 4-04-05-05, or not for every level offered
    (docs/domain.md §1.1 the occupation code and 4-04-05-13; §2.3 filing lists 职业 and 等级 per
    institution; §5.1 match on occupation plus filing). An agency with no levels on file is
    not judged on levels."""
    flags: list[FlagResult] = []
    offered = sorted(set(ctx.facts.levels))
    for mention, agency in _recognized(ctx):
        reasons: list[str] = []
        if not agency.covers_occupation(AI_TRAINER_CODE):
            filed = "|".join(agency.occupations) or "none"
            reasons.append(f"not filed for {AI_TRAINER_CODE} (filed: {filed})")
        uncovered = [lv for lv in offered if agency.levels and lv not in agency.levels]
        if uncovered:
            filed_levels = "|".join(str(lv) for lv in agency.levels)
            reasons.append(
                f"not filed for level(s) {', '.join(map(str, uncovered))} (filed: {filed_levels})"
            )
        if reasons:
            detail = f"{agency.name} ({agency.agency_id}) " + "; ".join(reasons)
            flags.append(FlagResult.of("ISSUER_OUT_OF_SCOPE", _evidence(mention), detail,
                                       anchor=mention.name))
    return flags


def issuer_lapsed(ctx: ScreeningContext) -> list[FlagResult]:
    """A recognized agency suspended or revoked, or outside valid_from..valid_to on the day
    the ad was seen (docs/domain.md §2.3 filing with 人社; §5.1 after 2025 former 1+X bodies may
    not issue)."""
    flags: list[FlagResult] = []
    for mention, agency in _recognized(ctx):
        if agency.valid_on(ctx.seen_on):
            continue
        if agency.status != "active":
            why = f"status {agency.status}"
        elif agency.valid_to and ctx.seen_on > agency.valid_to:
            why = f"expired on {agency.valid_to.isoformat()}"
        else:
            start = agency.valid_from.isoformat() if agency.valid_from else "?"
            why = f"not valid before {start}"
        detail = f"{agency.name} ({agency.agency_id}): {why}; seen on {ctx.seen_on.isoformat()}"
        flags.append(FlagResult.of("ISSUER_LAPSED", _evidence(mention), detail,
                                   anchor=mention.name))
    return flags


def missing_issuer(ctx: ScreeningContext) -> list[FlagResult]:
    """An offer of a certificate that names no issuer at all (docs/domain.md §2.2: the filed
    evaluation institution's name must be on the certificate, so a buyer cannot check it)."""
    if ctx.facts.issuers:
        return []
    facts = ctx.facts
    words = facts.offer_evidence or facts.title or (facts.sentences[0] if facts.sentences else "")
    return [FlagResult.of("MISSING_ISSUER", trim_evidence(words), "no issuer named on the page",
                          anchor="")]
