"""Queue filters to and from URL query parameters (so every number can link to its rows).

Pure functions over a mapping of parameter name -> list of values, the shape of
``st.query_params.to_dict()`` with repeated keys. Bad values are dropped, never raised:
a URL is user input.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from dashboard.filters import (
    DECISIONS,
    FLAG_CODES,
    ISSUER_STATUSES,
    REVIEW_STATES,
    SEVERITIES,
    ListingFilter,
)
from dashboard.fmt import local_day_bounds
from facts.money import parse_amount

Params = Mapping[str, Sequence[str]]


@dataclass(frozen=True)
class QueueState:
    """The queue's filter widgets' values, as a user sees them (local dates, ¥ amounts)."""

    codes: tuple[str, ...] = ()
    severities: tuple[str, ...] = ()
    issuer_statuses: tuple[str, ...] = ()
    issuer: str = ""
    provider: str = ""
    region: str = ""
    levels: tuple[int, ...] = ()
    fee_from: float | None = None
    fee_to: float | None = None
    first_seen: tuple[date, ...] = ()  # (), (start,) or (start, end), local dates inclusive
    last_seen: tuple[date, ...] = ()
    review: str = "open"  # the queue shows listings with a flag awaiting a decision
    flagged_only: bool = True
    text: str = ""  # the search box when it holds text (digits open a listing instead)

    def to_filter(self) -> ListingFilter:
        """The SQL filter: local date ranges become UTC bounds."""
        first_from, first_to = _bounds(self.first_seen)
        last_from, last_to = _bounds(self.last_seen)
        return ListingFilter(
            codes=self.codes,
            severities=self.severities,
            issuer_statuses=self.issuer_statuses,
            issuer=self.issuer.strip(),
            provider=self.provider.strip(),
            region=self.region,
            levels=self.levels,
            fee_from=self.fee_from,
            fee_to=self.fee_to,
            first_seen_from=first_from,
            first_seen_to=first_to,
            last_seen_from=last_from,
            last_seen_to=last_to,
            review=self.review,
            flagged_only=self.flagged_only,
            text=self.text.strip(),
        )


def _bounds(days: tuple[date, ...]) -> tuple[datetime | None, datetime | None]:
    if not days:
        return None, None
    start = local_day_bounds(days[0])[0]
    end = local_day_bounds(days[-1])[1]
    return start, end


def _values(params: Params, name: str) -> list[str]:
    raw = params.get(name, [])
    return [raw] if isinstance(raw, str) else [str(v) for v in raw]


def _one(params: Params, name: str) -> str:
    values = _values(params, name)
    return values[0].strip() if values else ""


def _pick(values: Iterable[str], allowed: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v in allowed))


def _amount(text: str) -> float | None:
    """A fee bound typed into the URL ("5000", "5,000", "¥5000", "1.2万"), read as fees are."""
    return parse_amount(text)


def _days(text: str) -> tuple[date, ...]:
    parts = [p for p in text.split("..") if p]
    try:
        days = tuple(date.fromisoformat(p) for p in parts[:2])
    except ValueError:
        return ()
    return tuple(sorted(days))


def state_from_params(params: Params) -> QueueState:
    """The queue state a URL asks for (unknown or malformed values ignored)."""
    levels = tuple(
        sorted({int(v) for v in _values(params, "level") if v.isdigit() and 1 <= int(v) <= 5})
    )
    review = _one(params, "review")
    review = "open" if review == "awaiting" else review  # the first wave's word for it
    return QueueState(
        codes=_pick(_values(params, "code"), FLAG_CODES),
        severities=_pick(_values(params, "severity"), SEVERITIES),
        issuer_statuses=_pick(_values(params, "istatus"), ISSUER_STATUSES),
        issuer=_one(params, "issuer")[:300],
        provider=_one(params, "provider")[:300],
        region=_one(params, "region")[:50],
        levels=levels,
        fee_from=_amount(_one(params, "fee_from")),
        fee_to=_amount(_one(params, "fee_to")),
        first_seen=_days(_one(params, "first_seen")),
        last_seen=_days(_one(params, "last_seen")),
        review=review if review in REVIEW_STATES else "open",
        flagged_only=_one(params, "flagged") != "0",
        text=_one(params, "q")[:300],
    )


def params_from_state(state: QueueState) -> dict[str, str | list[str]]:
    """The shortest query parameters that reproduce ``state`` (defaults left out)."""
    out: dict[str, str | list[str]] = {}
    if state.codes:
        out["code"] = list(state.codes)
    if state.severities:
        out["severity"] = list(state.severities)
    if state.issuer_statuses:
        out["istatus"] = list(state.issuer_statuses)
    for name in ("issuer", "provider", "region"):
        if value := getattr(state, name).strip():
            out[name] = value
    if state.levels:
        out["level"] = [str(level) for level in state.levels]
    for name in ("fee_from", "fee_to"):
        value = getattr(state, name)
        if value is not None:
            out[name] = f"{value:g}"
    for name in ("first_seen", "last_seen"):
        days = getattr(state, name)
        if days:
            out[name] = "..".join(d.isoformat() for d in days)
    if state.review != "open":
        out["review"] = state.review
    if not state.flagged_only:
        out["flagged"] = "0"
    if state.text.strip():
        out["q"] = state.text.strip()
    return out


def listing_id_query(text: str) -> int | None:
    """The listing id a search box holds: digits (``123``, ``#123``), else None for text."""
    value = text.strip().lstrip("#").strip()
    return int(value) if value.isdigit() and 0 < len(value) <= 18 else None


__all__ = [
    "DECISIONS", "QueueState", "listing_id_query", "params_from_state", "state_from_params",
]


def cursor_from_params(params: dict[str, str]) -> tuple[str, int, int] | None:
    """The queue's keyset cursor from the URL: ``after=RISK.ID`` or ``before=RISK.ID``."""
    for side in ("after", "before"):
        risk, _, listing = str(params.get(side, "")).partition(".")
        if risk.lstrip("-").isdigit() and listing.isdigit():
            return side, int(risk), int(listing)
    return None
