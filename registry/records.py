"""Typed records shared by registry import, matching and screening."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from registry.gcpause import gc_paused

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


class MatchResult:
    """How one issuer name from an ad relates to the registry, explained.

    A record of seven fields (``mention``, ``status``, ``agency_id``, ``score``,
    ``matched_name``, ``explanation``, ``candidates``): read-only, equal, hashed and shown by
    their values like a frozen dataclass. A result made by the matcher works out its
    ``explanation`` and ``candidates`` the first time either is read (``explained_later``): a
    bulk match whose caller reads only the statuses does not pay for them, and each is the same
    text whenever it is worked out.
    """

    __slots__ = ("_agency_id", "_candidates", "_explain", "_explanation", "_matched_name",
                 "_mention", "_reason", "_score", "_status")
    __match_args__ = ("mention", "status", "agency_id", "score", "matched_name", "explanation",
                      "candidates")

    def __init__(self, mention: str, status: MatchStatus, agency_id: str | None, score: float,
                 matched_name: str | None, explanation: str,
                 candidates: tuple[Candidate, ...] = ()) -> None:
        self._mention, self._status, self._agency_id = mention, status, agency_id
        self._score, self._matched_name = score, matched_name
        self._explanation, self._candidates = explanation, tuple(candidates)
        self._explain: Explainer | None = None
        self._reason: object = None

    @classmethod
    def explained_later(cls, mention: str, status: MatchStatus, agency_id: str | None,
                        score: float, matched_name: str | None, explain: Explainer,
                        reason: object) -> MatchResult:
        """A result whose explanation and candidates are ``explain(mention, reason)``, called
        once, when either is first read."""
        result = cls.__new__(cls)
        result._mention, result._status, result._agency_id = mention, status, agency_id
        result._score, result._matched_name = score, matched_name
        result._explain, result._reason = explain, reason
        return result

    @classmethod
    def explained_later_many(cls, mentions: Sequence[str],
                             outcomes: Sequence[tuple[Any, ...]],
                             explain: Explainer) -> list[MatchResult]:
        """``explained_later`` for many: each outcome is a tuple whose first four items are the
        status, agency_id, matched_name and score, and is itself the reason. The first
        explanation read works out those of all of them (a caller that reads one reads all,
        as screening does), with the cyclic GC paused."""
        together = _ExplainedTogether(mentions, outcomes, explain)
        new = object.__new__
        results: list[MatchResult] = []
        append = results.append
        for index, (mention, outcome) in enumerate(zip(mentions, outcomes, strict=True)):
            result = new(cls)
            result._mention = mention
            result._status, result._agency_id, result._matched_name, result._score = outcome[:4]
            result._explain, result._reason = together, index
            append(result)
        return results

    def _explained(self) -> None:
        explain = self._explain
        if explain is not None:
            self._explanation, self._candidates = explain(self._mention, self._reason)
            self._explain = self._reason = None

    @property
    def mention(self) -> str:
        return self._mention

    @property
    def status(self) -> MatchStatus:
        return self._status

    @property
    def agency_id(self) -> str | None:
        return self._agency_id

    @property
    def score(self) -> float:  # 0..100
        return self._score

    @property
    def matched_name(self) -> str | None:  # the registry name or alias it matched
        return self._matched_name

    @property
    def explanation(self) -> str:  # one line a reviewer can check
        if self._explain is not None:
            self._explained()
        return self._explanation

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        if self._explain is not None:
            self._explained()
        return self._candidates

    def _fields(self) -> tuple[object, ...]:
        return (self._mention, self._status, self._agency_id, self._score, self._matched_name,
                self.explanation, self.candidates)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, MatchResult)
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (f"MatchResult(mention={self._mention!r}, status={self._status!r}, "
                f"agency_id={self._agency_id!r}, score={self._score!r}, "
                f"matched_name={self._matched_name!r}, explanation={self.explanation!r}, "
                f"candidates={self.candidates!r})")

    def __reduce__(self) -> tuple[object, ...]:  # pickles (screen workers) as a plain record
        return (MatchResult, (self._mention, self._status, self._agency_id, self._score,
                              self._matched_name, self.explanation, self.candidates))


# works out (explanation, candidates) of a result from its mention and the matcher's reason
Explainer = Callable[[str, Any], tuple[str, tuple[Candidate, ...]]]


class _ExplainedTogether:
    """The explanations of many results, worked out all at once when the first is read (an
    ``Explainer`` whose reason is the result's position). Holds no result: no cycle."""

    __slots__ = ("_done", "_explain", "_mentions", "_outcomes")

    def __init__(self, mentions: Sequence[str], outcomes: Sequence[Any],
                 explain: Explainer) -> None:
        self._mentions, self._outcomes, self._explain = mentions, outcomes, explain
        self._done: list[tuple[str, tuple[Candidate, ...]]] | None = None

    def __call__(self, mention: str, index: int) -> tuple[str, tuple[Candidate, ...]]:
        if self._done is None:
            explain = self._explain
            with gc_paused():
                self._done = [explain(m, o) for m, o in zip(self._mentions, self._outcomes,
                                                             strict=True)]
            self._mentions = self._outcomes = ()
        return self._done[index]
