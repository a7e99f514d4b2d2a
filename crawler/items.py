"""Typed items: what a crawled page says, as facts screening can judge.

These dataclasses are the contract between extraction (``crawler.extract``), the
store (as JSON in ``observations.facts``) and screening (``certwatch.screening``).
``to_dict``/``from_dict`` round-trip them through JSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class IssuerMention:
    """An organization the ad says issues / certifies / organizes the certificate."""

    name: str  # as written on the page (trimmed)
    evidence: str  # the sentence or cell it came from
    source: str = "text"  # text | table | jsonld | microdata | alt


@dataclass(frozen=True)
class Fee:
    """One stated price in CNY (a range when ``amount_min`` < ``amount_max``)."""

    amount_min: float
    amount_max: float
    kind: str = "total"  # total | tuition | exam | material | deposit
    level: int | None = None  # 1..5 when the fee belongs to one level
    evidence: str = ""


@dataclass(frozen=True)
class Claim:
    """A phrase screening cares about (包过, 免考, 落户 ...), with its sentence."""

    phrase: str  # the matched words, as on the page
    category: str  # guaranteed_pass | no_exam | benefit | government | verification | eligibility | national ...
    evidence: str  # the whole sentence it occurs in
    stance: str = "asserted"  # asserted | negated | warning | quoted


@dataclass
class OfferFacts:
    """Everything extraction found on one page."""

    url: str
    title: str = ""
    is_offer: bool = False
    offer_evidence: str = ""  # why the page is (or is not) an offer
    provider: str | None = None
    issuers: list[IssuerMention] = field(default_factory=list)
    levels: list[int] = field(default_factory=list)  # 1 (一级/高级技师) .. 5 (五级/初级工)
    fees: list[Fee] = field(default_factory=list)
    verification_urls: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    contacts: dict[str, list[str]] = field(default_factory=dict)  # phone / wechat / qq / email
    published: str | None = None  # ISO date when the page states one
    canonical_url: str | None = None  # <link rel=canonical>, absolute
    region: str | None = None  # province named by the ad, when any
    sentences: list[str] = field(default_factory=list)  # main-content sentences, for context rules

    @property
    def fee_min(self) -> float | None:
        return min((f.amount_min for f in self.fees), default=None)

    @property
    def fee_max(self) -> float | None:
        return max((f.amount_max for f in self.fees), default=None)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OfferFacts:
        data = dict(data)
        data["issuers"] = [IssuerMention(**i) for i in data.get("issuers", [])]
        data["fees"] = [Fee(**f) for f in data.get("fees", [])]
        data["claims"] = [Claim(**c) for c in data.get("claims", [])]
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class PageItem:
    """One fetched response, as the store pipeline receives it."""

    url: str
    final_url: str
    status: int | None
    fetched_at: str  # ISO-8601 UTC
    content_type: str = ""
    sha256: str = ""
    size: int = 0
    warc_file: str | None = None
    warc_offset: int | None = None
    warc_record_id: str | None = None
    error: str | None = None
    source: str = ""  # the configured source (or "cli")
    facts: OfferFacts | None = None
    # Transient, for the extraction pipeline (not stored; cleared once extracted):
    html: str | None = None  # the decoded page, when it is HTML to extract facts from
    selected: dict[str, list[str]] = field(default_factory=dict)  # a configured source's picks
    # Transient, for the archive pipeline only (not stored; cleared once archived):
    http_headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    protocol: str = "HTTP/1.1"
