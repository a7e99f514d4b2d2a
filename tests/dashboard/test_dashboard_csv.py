"""Every CSV the dashboard offers: the CLI export's column names for the same facts, snake_case
machine names for the rest (the same in both languages), numbers as numbers."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

import pandas as pd
import pytest

from certwatch.export import CSV_COLUMNS
from dashboard import exports, widgets

LISTING_CSV = {"certwatch-queue-p1", "certwatch-queue", "certwatch-fee-outliers"}
NUMERIC = {"fee_min", "fee_max", "fee_avg", "fee_before", "fee_after", "fee_from", "fee_to",
           "risk_score", "listings", "listing_id", "run_id", "pages", "offers", "errors",
           "observations", "flagged_listings", "score", "max_risk", "level", "agencies"}


@pytest.fixture
def captured(monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """The bytes of every download button a page draws, by file name (lazy ones built)."""
    out: dict[str, bytes] = {}

    def download(frame: pd.DataFrame, name: str, key: str) -> None:
        out[name] = widgets.csv_bytes(frame)

    def later(produce: Callable[[], pd.DataFrame], name: str, key: str, label: str) -> None:
        out[name] = widgets.csv_bytes(produce())

    monkeypatch.setattr(widgets, "download", download)
    monkeypatch.setattr(widgets, "download_later", later)
    return out


def _rows(data: bytes) -> tuple[list[str], list[dict[str, str]]]:
    text = data.decode("utf-8")
    assert text.startswith("\ufeff"), "UTF-8 with a BOM"
    reader = csv.DictReader(io.StringIO(text[1:]))
    return list(reader.fieldnames or []), list(reader)


def _is_number(value: str) -> bool:
    return value == "" or re.fullmatch(r"-?\d+(\.\d+)?", value) is not None


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_csv_has_machine_columns_and_numbers(seeded, app, captured, lang) -> None:  # type: ignore[no-untyped-def]
    url, summary = seeded
    pages = [
        ("views/queue.py", {"flagged": "0", "review": "any"}),
        ("views/runs.py", {}),
        *[("views/fees.py", {"view": v}) for v in ("fees_by_level", "fees_by_status",
                                                   "fee_trend", "fee_outliers",
                                                   "provider_compare")],
        *[("views/issuers.py", {"view": v}) for v in ("issuer_names", "providers_title",
                                                      "registry_title")],
    ]
    for page, query in pages:
        app(url, page, lang=lang, **query)
    assert set(captured) >= LISTING_CSV, sorted(captured)
    assert {"certwatch-runs", "certwatch-fee-stats", "certwatch-provider-fees",
            "certwatch-issuers", "certwatch-providers", "certwatch-fee-trend"} <= set(captured)
    for name, data in captured.items():
        header, rows = _rows(data)
        assert rows, name
        for column in header:
            assert re.fullmatch(r"[a-z][a-z0-9_]*", column), (name, column)
        for column in set(header) & NUMERIC:
            bad = [r[column] for r in rows if not _is_number(r[column])]
            assert not bad, (name, column, bad[:3])
    for name in LISTING_CSV:
        header, rows = _rows(captured[name])
        assert header[: len(exports.LISTING_COLUMNS)] == list(exports.LISTING_COLUMNS), name
        shared = [c for c in CSV_COLUMNS if c in header]
        assert len(shared) >= 12, "the CLI export's names for the same facts"
        assert all(r["url"].startswith("http") for r in rows), name
        assert any(r["issuers"] for r in rows) and any(r["region"] for r in rows)
        assert any(r["removed_at"] for r in captured_rows(captured, "certwatch-queue"))
        assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT.*\+00:00", r["first_seen"]) for r in rows)
    header, rows = _rows(captured["certwatch-queue"])
    assert len(rows) == summary.listings


def captured_rows(captured: dict[str, bytes], name: str) -> list[dict[str, str]]:
    return _rows(captured[name])[1]


def test_listing_frame_keeps_order_and_joins_lists() -> None:
    listings = pd.DataFrame([
        {"listing_id": 2, "url": "https://b", "levels": [3, 1], "flag_codes": ["NO_EXAM"],
         "fee_min": 100, "fee_max": None, "review_status": None, "outcome": None},
        {"listing_id": 1, "url": "https://a", "levels": [], "flag_codes": [],
         "fee_min": None, "fee_max": None, "review_status": "decided", "outcome": "refer"},
    ])
    matches = pd.DataFrame([{"listing_id": 2, "mention": "甲", "status": "recognized"},
                            {"listing_id": 2, "mention": "乙", "status": "lookalike"}])
    out = exports.listing_frame(listings, matches, order=[1, 2])
    assert list(out["listing_id"]) == [1, 2]
    second = out.iloc[1]
    assert second["issuers"] == "甲|乙" and second["issuer_statuses"] == "recognized|lookalike"
    assert second["levels"] == "1|3" and second["flags"] == "NO_EXAM"
    assert second["fee_min"] == 100.0 and isinstance(second["fee_min"], float)
    assert second["fee_max"] is None and second["review_status"] == "none"
    assert out.iloc[0]["review_status"] == "decided" and out.iloc[0]["outcome"] == "refer"
