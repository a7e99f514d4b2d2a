"""What one listing is screened with: its facts, its issuer matches, the registry, the day."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from certwatch.screening.settings import ScreeningSettings
from facts.contract import Claim, IssuerMention, OfferFacts
from registry.records import AgencyRecord, MatchResult


@dataclass(frozen=True)
class ScreeningContext:
    """Facts of one page plus everything the rules need to judge them.

    ``matches`` holds one MatchResult per issuer mention, in the order of ``facts.issuers``.
    ``agencies`` maps agency_id to the record of the registry version in use.
    """

    facts: OfferFacts
    matches: Sequence[MatchResult]
    agencies: Mapping[str, AgencyRecord]
    seen_on: date
    settings: ScreeningSettings

    def __post_init__(self) -> None:
        if len(self.matches) != len(self.facts.issuers):
            raise ValueError(
                f"{self.facts.url}: {len(self.matches)} match result(s) for "
                f"{len(self.facts.issuers)} issuer mention(s); give one per mention, in order"
            )

    @cached_property
    def issuer_matches(self) -> tuple[tuple[IssuerMention, MatchResult], ...]:
        """Each issuer mention with its match, in page order."""
        return tuple(zip(self.facts.issuers, self.matches, strict=True))

    @cached_property
    def claims(self) -> tuple[Claim, ...]:
        """The claims extraction read, with their stance (``OfferFacts.claims``).

        Claims are read once, at extraction (``crawler.extract.claims.page_claims``); a lexicon
        change reaches stored pages by re-extraction (``certwatch reextract``), not here.
        """
        return tuple(self.facts.claims)

    @cached_property
    def asserted(self) -> dict[str, list[Claim]]:
        """Asserted claims by category (warnings, negations and quotations raise nothing)."""
        by_category: dict[str, list[Claim]] = {}
        for claim in self.claims:
            if claim.stance == "asserted":
                by_category.setdefault(claim.category, []).append(claim)
        return by_category

    def sentence_with(self, *needles: str) -> str | None:
        """The first page sentence containing any of ``needles``."""
        for sentence in self.facts.sentences:
            if any(n and n in sentence for n in needles):
                return sentence
        return None
