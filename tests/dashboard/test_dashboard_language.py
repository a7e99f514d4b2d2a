"""The dashboard speaks one language at a time (issue #14): every key the code uses exists in
both languages, every vocabulary is translated, and each page rendered in Chinese shows no
English UI words, raw enum values or empty-value spellings (None, nan, NaT); the language
is kept in the URL."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import i18n
from dashboard.i18n_text import TEXT
from registry.importer import KINDS, STATUSES
from store.vocabulary import DECISIONS, FLAG_CODES, ISSUER_STATUSES, PAGE_TYPES, SEVERITIES

DASHBOARD = Path(__file__).resolve().parents[2] / "dashboard"
APP = DASHBOARD / "app.py"
QUEUE, LISTING, FEES, ISSUERS, RUNS = (
    "views/queue.py", "views/listing.py", "views/fees.py", "views/issuers.py", "views/runs.py"
)
OPERATORS, OPERATOR = "views/operators.py", "views/operator.py"
# raw values that must never reach a Chinese page as a whole cell or word
RAW = {
    "None", "nan", "NaN", "NaT", "<NA>", "running", "succeeded", "failed", "interrupted",
    "awaiting", "confirmed", "dismissed", "escalated", "needs_evidence", "high", "medium", "low",
    "recognized", "unrecognized", "lookalike", "government", "active", "suspended", "revoked",
    "evaluation_org", "employer", "association", "offer", "offer_list", "article", "qa_forum",
    "nightly", "crawl", "demo", "new", "changed", "removed", "fee_avg", "fee_max", "fee_min",
}
# English interface words (labels of ours), which a Chinese page must not show
ENGLISH_UI = re.compile(
    r"\b(Download|Review queue|Listing ID|Flags|Risk|Severity|Provider|Region|Levels|Fee|"
    r"First seen|Last seen|Awaiting review|Open|Search|Filters|Any|Title|Status|Issuer|"
    r"Decision|Registry|Runs?|Pages|Offers|Errors|Removed|Changed|Overview|Language)\b"
)


def _code_keys() -> set[str]:
    keys: set[str] = set()
    for path in DASHBOARD.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        keys |= set(re.findall(r"""\bt\(\s*["']([a-z0-9_]+)["']""", text))
        # keys handed to t() indirectly: page sections, metric labels, read-only notes
        keys |= {k for k in re.findall(r"""["']([a-z0-9_]+)["']""", text) if k in TEXT}
    return keys


def test_every_key_the_code_uses_exists_in_both_languages() -> None:
    used = _code_keys()
    assert used, "the scan found the keys"
    missing = sorted(k for k in used if k not in TEXT)
    assert not missing, missing
    for key, pair in TEXT.items():
        assert len(pair) == 2 and all(p.strip() for p in pair), key
    for key in ("sample_registry", "live_site", "search_listing", "flag_help"):
        assert key in used


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("flag", FLAG_CODES),
        ("severity", SEVERITIES),
        ("issuer_status", ISSUER_STATUSES),
        ("decision", (*DECISIONS, "awaiting")),
        ("change", ("new", "changed", "removed")),
        ("run_status", ("running", "succeeded", "failed", "interrupted")),
        ("run_kind", ("crawl", "nightly", "demo", "screen")),
        ("agency_status", STATUSES),
        ("agency_kind", KINDS),
        ("page_type", PAGE_TYPES),
        ("identifier_kind", ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain",
                             "other")),
        ("operator_event", ("created", "grew", "merged", "split", "dissolved")),
    ],
)
def test_every_vocabulary_is_translated(name: str, values: tuple[str, ...]) -> None:
    table = i18n.VOCABULARIES[name]
    for value in values:
        zh, en = table[value]
        assert zh and en and zh != value, (name, value)


def test_empty_values_are_a_dash_in_both_languages() -> None:
    for empty in (None, float("nan"), pd.NaT, pd.NA):
        assert i18n.cell(empty) == i18n.EMPTY
        assert i18n.severity_label(empty, lang="zh") == i18n.EMPTY  # type: ignore[arg-type]
    assert i18n.run_status_label("succeeded", lang="zh") == "成功"
    assert i18n.lang_from_params({"lang": ["en"]}) == "en"
    assert i18n.lang_from_params({"lang": "xx"}) is None


def _visible(at) -> tuple[list[str], list[str], list[str]]:  # type: ignore[no-untyped-def]
    """(texts of labels and messages, dataframe headers, dataframe cells) of a page."""
    texts: list[str] = []
    for kind in ("title", "header", "subheader", "caption", "info", "warning", "error",
                 "success", "markdown"):
        texts += [str(e.value) for e in at.get(kind)]
    texts += [m.label for m in at.metric]
    texts += [b.label for b in at.button]
    for kind in ("text_input", "number_input", "selectbox", "multiselect", "radio",
                 "checkbox", "date_input", "text_area"):
        for widget in at.get(kind):
            texts.append(str(widget.label))
            texts += [str(o) for o in getattr(widget, "options", [])]
    for expander in at.expander:
        texts.append(str(expander.label))
    headers: list[str] = []
    cells: list[str] = []
    for frame in at.dataframe:
        value = frame.value
        headers += [str(c) for c in value.columns]
        for column in value.columns:
            cells += [str(v) for v in value[column].tolist()]
    for table in at.table:
        headers += [str(c) for c in table.value.columns]
        for column in table.value.columns:
            cells += [str(v) for v in table.value[column].tolist()]
    return texts, headers, cells


def _pages(url: str, summary) -> list[tuple[str, dict[str, str]]]:  # type: ignore[no-untyped-def]
    listing = str(summary.xss_listing_id)
    return [
        ("", {}),
        (QUEUE, {"flagged": "0"}),
        (LISTING, {"listing": listing}),
        (LISTING, {"listing": str(summary.changed_fee_listing_id)}),
        *[(FEES, {"view": v}) for v in ("fees_by_level", "fees_by_status", "fee_trend",
                                        "fee_outliers", "provider_compare")],
        *[(ISSUERS, {"view": v}) for v in ("issuer_names", "providers_title", "registry_title")],
        (RUNS, {}),
    ]


ZH_HEADERS = {zh for zh, _ in TEXT.values()} | {"sha256", "HTTP"}


def _assert_chinese(at, where: str) -> None:  # type: ignore[no-untyped-def]
    texts, headers, cells = _visible(at)
    untranslated = [h for h in headers if h not in ZH_HEADERS and not h.isdigit()]
    assert not untranslated, (where, untranslated)
    raw_cells = sorted({c for c in cells if c in RAW})
    assert not raw_cells, (where, raw_cells)
    for text in texts:
        assert "【【" not in text and "】】" not in text, (where, text)
        words = set(re.findall(r"[A-Za-z_<>]+", text))
        assert not (words & RAW - {"new"}), (where, text, words & RAW)
        english = ENGLISH_UI.search(text)
        assert english is None, (where, text)


def test_every_page_in_chinese_shows_no_english_or_raw_values(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = seeded
    for page, query in _pages(url, summary):
        at = app(url, page or None, **query)
        _assert_chinese(at, f"{page or 'overview'} {query}")


# the operators pages (issue #16), on a database with operators (tests/dashboard/operator_seed.py)
OPERATOR_PAGES = [
    (OPERATORS, {}),
    (OPERATORS, {"sort": "listings"}),
    *[(OPERATOR, {"operator": str(i)}) for i in (1, 2, 3, 4)],  # 4: merged into 3
    (LISTING, {"listing": "120"}),  # its operator link
]
# raw identifier kinds and event kinds must be translated too
OPERATOR_RAW = {"phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "created",
                "grew", "merged", "split", "dissolved"}


def test_operator_pages_in_chinese_show_no_english_or_raw_values(op_seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, _summary, _ops = op_seeded
    for page, query in OPERATOR_PAGES:
        at = app(url, page, **query)
        _assert_chinese(at, f"{page} {query}")
        _texts, _headers, cells = _visible(at)
        assert not sorted({c for c in cells if c in OPERATOR_RAW}), (page, query)


def test_language_is_kept_in_the_url(seeded, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url, _summary = seeded
    monkeypatch.setenv("CERTWATCH_DB", url)
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = "en"  # a reload of an English page: a new session, the URL
    at.run()
    assert at.radio(key="lang").value == "en", "a new session takes the language from the URL"
    assert any(m.label == "Listings" for m in at.metric)
    at.switch_page(QUEUE).run()
    assert at.query_params["lang"] in ("en", ["en"]), "navigation keeps it"
    assert any(b.label == "Clear filters" for b in at.button)
    at.multiselect(key="q_codes").select("NO_EXAM").run()
    assert at.query_params["lang"] in ("en", ["en"]), "the queue's own parameters keep it"
    at.radio(key="lang").set_value("zh").run()
    assert at.query_params["lang"] in ("zh", ["zh"])
    assert any(b.label == "清除筛选" for b in at.button)
