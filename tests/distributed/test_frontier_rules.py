"""The pure rules of a shared crawl: where its keys live, when it is done."""

from __future__ import annotations

import pytest

from crawler.frontier import Frontier, FrontierError, WorkerState, crawl_done


def test_frontier_url_carries_the_key_prefix_but_redis_never_sees_it() -> None:
    frontier = Frontier.parse("redis://10.0.0.5:6379/2?prefix=nightly")
    assert frontier.redis_url == "redis://10.0.0.5:6379/2"
    assert frontier.queue_key == "nightly:requests"
    assert Frontier.parse("redis://h:6379/0").prefix == "certwatch"
    with pytest.raises(FrontierError, match="redis://"):
        Frontier.parse("http://h:6379/0")
    with pytest.raises(FrontierError, match="prefix"):
        Frontier.parse("redis://h:6379/0?prefix=a:b")


def test_a_crawl_is_done_only_when_queue_empty_and_every_live_worker_idle_long_enough() -> None:
    now = 1000.0
    idle = WorkerState("idle", since=now - 20, at=now)
    assert crawl_done(0, {"a": idle, "b": idle}, now, idle_seconds=10)
    assert not crawl_done(3, {"a": idle}, now, 10)  # requests still queued
    assert not crawl_done(0, {}, now, 10)  # no worker has joined yet
    assert not crawl_done(0, {"a": idle, "b": WorkerState("busy", now - 50, now)}, now, 10)
    assert not crawl_done(0, {"a": idle, "b": WorkerState("idle", now - 2, now)}, now, 10)
    dead = WorkerState("busy", since=now - 100, at=now - 60)  # no heartbeat for a minute
    assert crawl_done(0, {"a": idle, "b": dead}, now, 10)
