"""Pure display helpers: local times, ¥ amounts, evidence highlighting, text escaping.

Nothing here touches Streamlit or the database, so each function is testable alone.
Scraped text only ever leaves these helpers as plain text (or Markdown-escaped text).
"""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime, time
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TZ = "Asia/Shanghai"
HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE = "【", "】"
_SENTENCE_END = re.compile(r"(?<=[。！？!?；;\n])")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


@cache
def display_zone(name: str | None = None) -> ZoneInfo:
    """The zone times are shown in: ``CERTWATCH_TZ`` or Asia/Shanghai (bad names fall back)."""
    wanted = name or os.environ.get("CERTWATCH_TZ") or DEFAULT_TZ
    try:
        return ZoneInfo(wanted)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TZ)


def as_utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; they were written in UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def local_time(value: object, zone: ZoneInfo | None = None) -> str:
    """``2026-11-28 18:05`` in the display zone; empty for no time.

    ``value`` is whatever a data frame cell holds: a datetime (pandas Timestamps are
    datetimes), None, NaT, or something else, which is shown as its text."""
    if value is None or value != value:  # None, NaN, NaT (NaT is a datetime that != itself)
        return ""
    if not isinstance(value, datetime):  # pandas Timestamps' friends
        to_pydatetime = getattr(value, "to_pydatetime", None)
        if to_pydatetime is None:
            return str(value)
        value = to_pydatetime()
        if not isinstance(value, datetime) or value != value:
            return ""
    return as_utc(value).astimezone(zone or display_zone()).strftime("%Y-%m-%d %H:%M")


def iso_local(text: str, zone: ZoneInfo | None = None) -> str:
    """An ISO-8601 UTC stamp (a WARC-Date) as local time, the original kept in brackets."""
    try:
        parsed = datetime.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        return text or ""
    return f"{local_time(parsed, zone)} ({text.strip()})"


def local_day_bounds(day: date, zone: ZoneInfo | None = None) -> tuple[datetime, datetime]:
    """The UTC instants at which a local calendar day starts and the next one starts."""
    tz = zone or display_zone()
    start = datetime.combine(day, time.min, tzinfo=tz)
    end = datetime.combine(date.fromordinal(day.toordinal() + 1), time.min, tzinfo=tz)
    return start.astimezone(UTC), end.astimezone(UTC)


def yuan(amount: float | None) -> str:
    """``¥12,800`` (cents only when there are any); empty for no amount."""
    if amount is None or amount != amount:  # None or NaN
        return ""
    if float(amount).is_integer():
        return f"¥{amount:,.0f}"
    return f"¥{amount:,.2f}"


def yuan_range(low: float | None, high: float | None) -> str:
    """``¥1,980 – ¥3,980``, or one amount when both ends agree or one is missing."""
    a, b = yuan(low), yuan(high)
    if a and b and a != b:
        return f"{a} – {b}"
    return a or b


def levels_text(levels: list[int] | None) -> str:
    """``3, 4, 5`` in ascending order."""
    return ", ".join(str(level) for level in sorted(levels or []))


def escape_markdown(text: str) -> str:
    """Text safe to hand to ``st.markdown``: every Markdown/HTML metacharacter backslashed."""
    return _MD_SPECIAL.sub(r"\\\1", text or "")


def sentences(text: str) -> list[str]:
    """Split page text at Chinese and Western sentence ends (kept with their sentence)."""
    return [s.strip() for s in _SENTENCE_END.split(text or "") if s.strip()]


def highlight(text: str, evidence: str) -> str:
    """``text`` with every occurrence of ``evidence`` wrapped in 【】 (plain text, no markup)."""
    return highlight_all(text, [evidence])


def highlight_all(text: str, evidences: list[str]) -> str:
    """``text`` with every occurrence of each evidence wrapped in 【】 once: overlapping or
    touching occurrences are marked as one span, and a span the page itself already
    brackets (ads write 【包过】) or that was marked before is not bracketed again — so
    the text never shows 【【…】】."""
    spans: list[tuple[int, int]] = []
    for evidence in {e.strip(HIGHLIGHT_OPEN + HIGHLIGHT_CLOSE) for e in evidences if e}:
        if not evidence:
            continue
        start = text.find(evidence)
        while start != -1:
            spans.append((start, start + len(evidence)))
            start = text.find(evidence, start + 1)
    if not spans:
        return text
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out: list[str] = []
    last = 0
    for start, end in merged:
        out.append(text[last:start])
        inner = text[start:end]
        bracketed = text[start - 1 : start] == HIGHLIGHT_OPEN and text[end : end + 1] == (
            HIGHLIGHT_CLOSE
        )
        if bracketed or (inner.startswith(HIGHLIGHT_OPEN) and inner.endswith(HIGHLIGHT_CLOSE)):
            out.append(inner)
        else:
            out.append(f"{HIGHLIGHT_OPEN}{inner}{HIGHLIGHT_CLOSE}")
        last = end
    out.append(text[last:])
    return "".join(out)


def evidence_in_context(evidence: str, page_sentences: list[str], page_text: str = "") -> str:
    """The sentence of the page that holds ``evidence``, with the evidence marked by 【】.

    Looks through the extracted sentences first, then the archived page text; when the
    evidence is itself a whole sentence or cannot be found, it is returned marked alone.
    """
    if not evidence:
        return ""
    for sentence in page_sentences:
        if evidence in sentence:
            return highlight(sentence, evidence)
    for sentence in sentences(page_text):
        if evidence in sentence:
            return highlight(sentence, evidence)
    return highlight(evidence, evidence)


def shorten(text: str, limit: int = 80) -> str:
    """One line of at most ``limit`` characters."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
