"""Typed records shared by registry import, matching and screening."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

AI_TRAINER_CODE = "4-04-05-05"  # docs/domain.md §1.1

AgencyKind = Literal["evaluation_org", "employer", "government", "association", "other"]
AgencyStatus = Literal["active", "suspended", "revoked"]
MatchStatus = Literal["recognized", "lookalike", "unrecognized", "government"]


@dataclass(frozen=True)
class AgencyRecord:
    """One row of the registry CSV (docs/contract.md, "Registry CSV"), validated."""

    agency_id: str
    name: str
    aliases: tuple[str, ...] = ()
    uscc: str | None = None
    kind: AgencyKind = "evaluation_org"
    occupations: tuple[str, ...] = ()  # "*" for any
    levels: tuple[int, ...] = ()  # 1..5
    region: str = "全国"
    valid_from: date | None = None
    valid_to: date | None = None
    status: AgencyStatus = "active"
    source_url: str = ""

    def covers_occupation(self, code: str = AI_TRAINER_CODE) -> bool:
        return "*" in self.occupations or code in self.occupations

    def valid_on(self, day: date) -> bool:
        """Recognition in force on ``day`` (status active and inside the validity window)."""
        if self.status != "active":
            return False
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day > self.valid_to)


@dataclass(frozen=True)
class Candidate:
    agency_id: str
    name: str  # the registry name or alias that was compared
    score: float


@dataclass(frozen=True)
class MatchResult:
    """How one issuer name from an ad relates to the registry, explained."""

    mention: str
    status: MatchStatus
    agency_id: str | None
    score: float  # 0..100
    matched_name: str | None  # the registry name or alias it matched
    explanation: str  # one line a reviewer can check
    candidates: tuple[Candidate, ...] = field(default_factory=tuple)
