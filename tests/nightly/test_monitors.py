"""Each monitor, failing and passing at its threshold, with the message a person reads."""

from __future__ import annotations

import pytest

from certwatch.nightly.monitors import FILL_FIELDS, MonitorConfig, SourceStats, check_source

HEALTHY = SourceStats("school", pages=10, errors=2, offers=4,
                      filled={"title": 4, "fee": 2, "issuer": 2, "levels": 2})
CONFIG = MonitorConfig(min_pages=10, min_offers=4, max_error_rate=0.2,
                       min_fill={name: 0.5 for name in FILL_FIELDS})


def outcome(stats: SourceStats, config: MonitorConfig = CONFIG) -> dict[str, bool]:
    return {r.monitor: r.ok for r in check_source(stats, config)}


def test_a_source_exactly_at_every_threshold_passes_every_monitor() -> None:
    results = outcome(HEALTHY)
    assert set(results) == {"min_pages", "min_offers", "max_error_rate",
                            *(f"fill_{name}" for name in FILL_FIELDS)}
    assert all(results.values()), results


BROKEN = {
    "min_pages": SourceStats("school", pages=9, errors=0, offers=4, filled=HEALTHY.filled),
    "min_offers": SourceStats("school", pages=10, errors=2, offers=3,
                              filled={"title": 3, "fee": 2, "issuer": 2, "levels": 2}),
    "max_error_rate": SourceStats("school", pages=10, errors=3, offers=4, filled=HEALTHY.filled),
    **{f"fill_{name}": SourceStats("school", pages=10, errors=2, offers=4,
                                   filled={**HEALTHY.filled, name: 1})
       for name in FILL_FIELDS},
}


@pytest.mark.parametrize("monitor", sorted(BROKEN))
def test_each_monitor_fails_alone_just_past_its_threshold(monitor: str) -> None:
    results = outcome(BROKEN[monitor])
    assert [name for name, ok in results.items() if not ok] == [monitor]


def test_messages_say_what_was_found_and_what_was_expected() -> None:
    messages = {r.monitor: r.message for r in check_source(BROKEN["max_error_rate"], CONFIG)}
    assert messages["max_error_rate"] == "3 of 10 pages failed (30%, maximum 20%)"
    assert messages["min_pages"] == "10 pages fetched (minimum 10)"
    assert messages["min_offers"] == "4 offers found (minimum 4)"
    assert messages["fill_issuer"] == "issuer found on 50% of 4 offers (minimum 50%)"
    assert all(r.source == "school" for r in check_source(HEALTHY, CONFIG))


def test_a_source_that_fetched_nothing_fails_loudly() -> None:
    """Zero pages is never a passing error rate, even with every threshold at zero."""
    empty = SourceStats("school", pages=0, errors=0, offers=0, filled={})
    results = outcome(empty, MonitorConfig(min_pages=0, min_offers=0, max_error_rate=1.0,
                                           min_fill={"fee": 1.0}))
    assert results == {"min_pages": True, "min_offers": True, "max_error_rate": False,
                       "fill_fee": True}  # no offers: nothing to fill, the error rate fails


def test_defaults_need_one_page_and_half_of_them_fetched() -> None:
    assert outcome(SourceStats("s", 1, 0, 0, {}), MonitorConfig()) == {
        "min_pages": True, "min_offers": True, "max_error_rate": True}
    assert not outcome(SourceStats("s", 4, 3, 0, {}), MonitorConfig())["max_error_rate"]
