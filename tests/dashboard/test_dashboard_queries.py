"""The dashboard's queries give the same answers on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st

from dashboard.access import Access, AccessDenied
from dashboard.filters import ListingFilter
from dashboard.views import (
    fees_queries as fees_q,
    issuers_queries as issuers_q,
    listing_queries as listing_q,
    overview_queries as overview_q,
    queue_queries as queue_q,
    runs_queries as runs_q,
)

REVIEWER_JIA = Access("login", "login_reviewer", role="reviewer", identity="甲 <jia@example.gov.cn>")
ANONYMOUS = Access("anonymous", "anonymous")


@pytest.fixture
def seeded_any(db_url: str, tmp_path: Path, seeder):  # type: ignore[no-untyped-def]
    st.cache_data.clear()  # one URL may now hold another database's rows
    summary = seeder(db_url, tmp_path / "warc", listings=120)
    yield db_url, summary
    st.cache_data.clear()


def test_counts_filters_and_fees_agree_with_the_seed(seeded_any) -> None:  # type: ignore[no-untyped-def]
    db, summary = seeded_any
    counts = overview_q.overview_counts(db)
    assert counts["listings"] == summary.listings
    assert counts["flagged"] == summary.flagged
    assert counts["open"] == summary.awaiting
    assert {k: counts[k] for k in summary.by_severity} == summary.by_severity
    codes = overview_q.flags_by_code(db)
    assert dict(zip(codes["code"], codes["listings"], strict=True)) == summary.flags_by_code

    everything = ListingFilter(flagged_only=False)
    assert queue_q.queue_count(db, everything) == summary.listings
    for level in (1, 3, 5):
        with_level = ListingFilter(flagged_only=False, levels=(level,))
        page = queue_q.queue_page(db, with_level, 0, 500)
        assert len(page) == queue_q.queue_count(db, with_level)
        assert all(level in levels for levels in page["levels"])
    stats = fees_q.fee_stats_by_level(db, everything)
    for level in (1, 3, 5):
        n = queue_q.queue_count(db, ListingFilter(flagged_only=False, levels=(level,)))
        assert int(stats.loc[stats["level"] == level, "listings"].iloc[0]) == n
    hist = fees_q.fee_histogram_by_level(db, everything)
    assert hist.groupby("level")["listings"].sum().to_dict() == dict(
        zip(stats["level"], stats["listings"], strict=True)
    )
    assert not fees_q.fee_histogram_by_issuer_status(db, everything).empty
    assert not fees_q.fee_trend(db).empty
    changes = fees_q.fee_changes(db)
    assert summary.changed_fee_listing_id in set(changes["listing_id"])
    assert (changes["fee_before"] != changes["fee_after"]).all()

    hostile = ListingFilter(flagged_only=False, issuer="<script>")
    assert list(queue_q.queue_page(db, hostile)["id"]) == [summary.xss_listing_id]
    names = issuers_q.issuer_names(db, statuses=("unrecognized",))
    assert names.iloc[0]["mention"] == summary.unrecognized_top
    assert issuers_q.issuer_name_count(db) >= len(issuers_q.issuer_names(db, limit=500))
    assert len(issuers_q.registry_versions(db)) == 2
    runs = runs_q.crawl_runs(db)
    assert len(runs) == summary.runs and runs["new"].sum() == summary.listings


def test_reviews_are_appended(seeded_any) -> None:  # type: ignore[no-untyped-def]
    db, summary = seeded_any
    listing_id = summary.plain_listing_id
    flags = listing_q.listing_flags(db, listing_id)
    active = flags[flags["active"].astype(bool)]
    fingerprints = list(dict.fromkeys(active["fingerprint"]))
    first = fingerprints[0]
    listing_q.record_review(db, listing_id, "dismissed", REVIEWER_JIA, "不成立", first)
    listing_q.record_review(db, listing_id, "confirmed", ANONYMOUS, "成立", first, typed_name="乙")
    trail = listing_q.listing_reviews(db, listing_id)
    assert list(trail["reviewer"]) == ["anonymous: 乙", "甲 <jia@example.gov.cn>"]
    assert listing_q.listing_flags(db, listing_id).iloc[0]["review"] == "confirmed"
    assert listing_q.flag_decisions(db, listing_id)[first]["decision"] == "confirmed"
    # one flag decided: the listing stays open while another awaits a decision
    open_now = summary.awaiting - (len(fingerprints) == 1)
    assert overview_q.overview_counts(db)["open"] == open_now
    with pytest.raises(listing_q.ReviewError, match="reviewer"):
        listing_q.record_review(db, listing_id, "confirmed", ANONYMOUS, "x", first, typed_name=" ")
    with pytest.raises(listing_q.ReviewError, match="decision"):
        listing_q.record_review(db, listing_id, "approve", REVIEWER_JIA, "x", first)
    with pytest.raises(listing_q.ReviewError, match="decision"):  # an outcome is not a flag's
        listing_q.record_review(db, listing_id, "refer", REVIEWER_JIA, "x", first)
    with pytest.raises(listing_q.ReviewError, match="reason"):
        listing_q.record_review(db, listing_id, "dismissed", REVIEWER_JIA, "  ", first)
    with pytest.raises(listing_q.ReviewError, match="no such listing"):
        listing_q.record_review(db, 10**9, "refer", REVIEWER_JIA, "x")


def test_a_listing_leaves_the_queue_when_every_flag_is_decided(seeded_any) -> None:  # type: ignore[no-untyped-def]
    db, summary = seeded_any
    listing_id = summary.plain_listing_id
    flags = listing_q.listing_flags(db, listing_id)
    fingerprints = list(dict.fromkeys(flags[flags["active"].astype(bool)]["fingerprint"]))
    open_queue = ListingFilter(review="open")
    before = queue_q.queue_count(db, open_queue)
    listing_q.record_review(db, listing_id, "refer", REVIEWER_JIA, "移交")  # the outcome only
    assert queue_q.queue_count(db, open_queue) == before
    for fingerprint in fingerprints[:-1]:
        listing_q.record_review(db, listing_id, "dismissed", REVIEWER_JIA, "不成立", fingerprint)
    listing_q.record_review(db, listing_id, "needs_evidence", REVIEWER_JIA, "再查", fingerprints[-1])
    assert listing_id in set(queue_q.queue_page(db, open_queue, 0, 500)["id"])
    listing_q.record_review(db, listing_id, "confirmed", REVIEWER_JIA, "成立", fingerprints[-1])
    assert listing_id not in set(queue_q.queue_page(db, open_queue, 0, 500)["id"])
    assert queue_q.queue_count(db, open_queue) == before - 1
    assert listing_id in set(queue_q.queue_page(db, ListingFilter(review="decided"), 0, 500)["id"])
    assert listing_id in set(queue_q.queue_page(db, ListingFilter(review="refer"), 0, 500)["id"])
    assert overview_q.overview_counts(db)["open"] == summary.awaiting - 1


@pytest.mark.parametrize(
    "access",
    [
        Access("read_only", "read_only"),
        Access("read_only", "anonymous_not_loopback"),
        Access("login", "login_needed"),
        Access("login", "login_viewer", role="viewer", identity="丙 <bing@example.gov.cn>"),
    ],
    ids=["read-only", "anonymous-off-loopback", "not-signed-in", "viewer"],
)
def test_the_query_layer_refuses_decisions_the_access_does_not_allow(
    seeded_any, access: Access
) -> None:  # type: ignore[no-untyped-def]
    db, summary = seeded_any
    with pytest.raises(AccessDenied):
        listing_q.record_review(db, summary.plain_listing_id, "refer", access, "x", typed_name="丙")
    assert listing_q.listing_reviews(db, summary.plain_listing_id).empty
