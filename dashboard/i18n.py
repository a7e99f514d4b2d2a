"""Every label of the dashboard in Chinese (first) and English.

``t(key)`` looks the key up in the language chosen in the sidebar (``st.session_state``
key ``lang``, kept in the URL as ``?lang=zh|en`` by ``app.py``); ``t(key, lang="en")``
forces one. Unknown keys raise KeyError so a typo fails in the tests instead of showing a
key to a user. The words themselves are data, in ``dashboard/i18n_text.py``. Empty values
(None, NaN, NaT) are shown as ``EMPTY`` ("—") in both languages, never as "None".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import streamlit as st

from dashboard.i18n_operators import IDENTIFIER_KIND_LABELS, OPERATOR_EVENT_LABELS
from dashboard.i18n_text import (
    AGENCY_KIND_LABELS,
    AGENCY_STATUS_LABELS,
    CHANGE_LABELS,
    DECISION_LABELS,
    FLAG_LABELS,
    ISSUER_STATUS_LABELS,
    PAGE_TYPE_LABELS,
    RUN_KIND_LABELS,
    RUN_STATUS_LABELS,
    SEVERITY_LABELS,
    TEXT,
)

LANGS = ("zh", "en")
LANG_NAMES = {"zh": "中文", "en": "English"}
DEFAULT_LANG = "zh"
LANG_PARAM = "lang"  # the URL query parameter that keeps the language across reloads
EMPTY = "—"

# every vocabulary the dashboard shows, by name (the tests check each is complete)
VOCABULARIES: dict[str, dict[str, tuple[str, str]]] = {
    "flag": FLAG_LABELS,
    "severity": SEVERITY_LABELS,
    "issuer_status": ISSUER_STATUS_LABELS,
    "decision": DECISION_LABELS,
    "change": CHANGE_LABELS,
    "run_status": RUN_STATUS_LABELS,
    "run_kind": RUN_KIND_LABELS,
    "agency_status": AGENCY_STATUS_LABELS,
    "agency_kind": AGENCY_KIND_LABELS,
    "page_type": PAGE_TYPE_LABELS,
    "identifier_kind": IDENTIFIER_KIND_LABELS,
    "operator_event": OPERATOR_EVENT_LABELS,
}


def lang_from_params(params: Mapping[str, str | Sequence[str]]) -> str | None:
    """The language a URL asks for (``?lang=en``), or None when it names none we have."""
    raw = params.get(LANG_PARAM)
    value = raw if isinstance(raw, str) else (raw[0] if raw else None)
    return value if value in LANGS else None


def is_empty(value: object) -> bool:
    """None, NaN or NaT (a value that is not equal to itself), or pandas' NA."""
    if value is None:
        return True
    try:
        return bool(value != value)
    except (TypeError, ValueError):  # pandas.NA refuses bool()
        return True


def cell(value: object) -> str:
    """A value as text for a table cell: "—" when empty, never "None" or "nan"."""
    return EMPTY if is_empty(value) else str(value)


def current_lang() -> str:
    """The language picked in the sidebar (Chinese until the user switches)."""
    try:
        lang = st.session_state.get(LANG_PARAM, DEFAULT_LANG)
    except Exception:
        lang = DEFAULT_LANG
    return lang if lang in LANGS else DEFAULT_LANG


def _pick(pair: tuple[str, str], lang: str | None) -> str:
    return pair[LANGS.index(lang or current_lang())]


def t(key: str, lang: str | None = None, **values: Any) -> str:
    """The label ``key`` in the current language, with ``{placeholders}`` filled in."""
    text = _pick(TEXT[key], lang)
    return text.format(**values) if values else text


def _label(table: dict[str, tuple[str, str]], key: object, lang: str | None) -> str:
    if is_empty(key) or key == "":
        return EMPTY
    pair = table.get(str(key))
    return _pick(pair, lang) if pair else str(key)


def flag_label(code: str, lang: str | None = None) -> str:
    return _label(FLAG_LABELS, code, lang)


def severity_label(severity: str | None, lang: str | None = None) -> str:
    return _label(SEVERITY_LABELS, severity, lang)


def issuer_status_label(status: str | None, lang: str | None = None) -> str:
    return _label(ISSUER_STATUS_LABELS, status, lang)


def decision_label(decision: str | None, lang: str | None = None) -> str:
    return _label(DECISION_LABELS, decision, lang)


def region_label(region: str | None, lang: str | None = None) -> str:
    """A region as written, or "any" for the empty choice."""
    return region or t("any", lang=lang)


def run_status_label(status: str | None, lang: str | None = None) -> str:
    return _label(RUN_STATUS_LABELS, status, lang)


def run_kind_label(kind: str | None, lang: str | None = None) -> str:
    return _label(RUN_KIND_LABELS, kind, lang)


def agency_status_label(status: str | None, lang: str | None = None) -> str:
    return _label(AGENCY_STATUS_LABELS, status, lang)


def agency_kind_label(kind: str | None, lang: str | None = None) -> str:
    return _label(AGENCY_KIND_LABELS, kind, lang)


def page_type_label(page_type: str | None, lang: str | None = None) -> str:
    return _label(PAGE_TYPE_LABELS, page_type, lang)


def bound(label: Callable[..., str]) -> Callable[[Any], str]:
    """``label`` with today's language fixed, for a widget's ``format_func`` (Streamlit may
    call it outside the script run, where the session's language cannot be read)."""
    lang = current_lang()
    return lambda value: label(value, lang=lang)


def change_label(change: str | None, lang: str | None = None) -> str:
    return _label(CHANGE_LABELS, change, lang)


def identifier_kind_label(kind: str | None, lang: str | None = None) -> str:
    return _label(IDENTIFIER_KIND_LABELS, kind, lang)


def operator_event_label(kind: str | None, lang: str | None = None) -> str:
    return _label(OPERATOR_EVENT_LABELS, kind, lang)
