"""The facts contract: what one page says about an offer, as typed values.

The one shape shared by extraction (``crawler.extract``), the store (as JSON in
``observations.facts``), screening, export and the dashboard. It lives on the ground
floor so that every stage depends on it and it depends on nothing of ours.
``to_dict``/``from_dict`` round-trip it through JSON.
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


@dataclass(frozen=True)
class ContactMention:
    """A contact identifier on the page, normalized (``facts.contacts``), with its words."""

    kind: str  # phone | wechat | qq | qq_group | email | uscc | domain | other
    value: str  # e.g. +8613800138000
    evidence: str  # the words around it on the page
    place: str = "main"  # main text, side (header, footer, sidebar) or a link


@dataclass
class OfferFacts:
    """Everything extraction found on one page."""

    url: str
    title: str = ""
    is_offer: bool = False
    offer_evidence: str = ""  # why the page is (or is not) an offer: its type and the reasons
    page_type: str = "other"  # offer | offer_list | article | qa_forum | job | other
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
    content_digest: str | None = None  # sha1 of the stable main text (identity by content)
    content_sketch: list[int] | None = None  # MinHash of its sentences (near duplicates)
    # content the page holds that extraction could not read, or read only by a fallback
    # ("HTML nested 3000 elements deep: ...", "JSON-LD block 2 nested too deep: skipped")
    warnings: list[str] = field(default_factory=list)
    # contact identifiers with their words: what ties ads of one business together
    identifiers: list[ContactMention] = field(default_factory=list)
    # not read as an offer, yet it sells and gives a seller's contact (a video's caption
    # "三证合一，零基础也能拿，咨询 153…" that never names the occupation): the page is listed
    # when a listed offer on another site gives that contact (``certwatch.operators.seller_pages``)
    sellers_page: bool = False

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
        data["identifiers"] = [ContactMention(**c) for c in data.get("identifiers", [])]
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})
