"""Fewer Redis round trips, same answers: the duplicate filter's local memory and the focus
counts read for a page's links at once. Against the real Redis (``frontier_url``)."""

from __future__ import annotations

from scrapy import Request

from crawler.focus_run import LocalCounts, RedisCounts
from crawler.frontier import Frontier
from crawler.frontier_dupefilter import CachedDupeFilter


def test_workers_share_what_was_seen_and_each_remembers_its_own(frontier_url: str) -> None:
    frontier = Frontier.parse(frontier_url)
    one = CachedDupeFilter(frontier.client(), frontier.dupefilter_key)
    two = CachedDupeFilter(frontier.client(), frontier.dupefilter_key)
    a, b = Request("http://site.example/a"), Request("http://site.example/b")
    assert not one.request_seen(a)
    assert one.request_seen(a)  # answered from memory
    assert two.request_seen(a)  # from Redis: the other worker saw it
    assert not two.request_seen(b)
    assert one.request_seen(b)
    assert two.request_seen(Request("http://site.example/b#top"))  # same fingerprint
    posted = Request("http://site.example/a", method="POST", body=b"x")
    assert not one.request_seen(posted)  # another fingerprint, always asked of Redis
    assert two.request_seen(posted)
    one.clear()
    assert not one.known and not two.request_seen(Request("http://site.example/c"))
    assert not one.request_seen(a)  # cleared in Redis too: a new crawl


def test_counts_of_many_patterns_read_at_once_equal_each_read_alone(frontier_url: str) -> None:
    frontier = Frontier.parse(frontier_url)
    shared, local = RedisCounts(frontier.client(), frontier.prefix), LocalCounts()
    for counts in (shared, local):
        for _ in range(3):
            counts.admit("/farm/{n}.html")
        counts.record("/farm/{n}.html", relevant=True)
        counts.admit("/course/{w}.html")
        patterns = ["/farm/{n}.html", "/course/{w}.html", "/never/{n}"]
        assert counts.get_many(patterns) == {p: counts.get(p) for p in patterns}
        assert counts.get_many(patterns)["/farm/{n}.html"] == (3, 1)
        assert counts.get_many([]) == {}


def test_a_workers_deferred_counts_go_out_with_its_next_read(frontier_url: str) -> None:
    frontier = Frontier.parse(frontier_url)
    worker = RedisCounts(frontier.client(), frontier.prefix, deferred=True)
    other = RedisCounts(frontier.client(), frontier.prefix)
    worker.admit("/farm/{n}.html")
    worker.record("/farm/{n}.html", relevant=True)
    assert worker.get("/farm/{n}.html") == (1, 1)  # its own, exactly
    assert other.get("/farm/{n}.html") == (1, 1)  # sent with that read
    worker.cut("/farm/{n}.html")
    worker.admit("/farm/{n}.html")
    assert other.get("/farm/{n}.html") == (1, 1)  # waiting in the worker
    worker.flush()
    assert other.get("/farm/{n}.html") == (2, 1)
    assert worker.report() == {"/farm/{n}.html": (1, 1, 1)}
