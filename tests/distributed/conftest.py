"""Fixtures for distributed crawls: a Redis frontier with a key prefix of its own per test."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
import redis

from crawler.frontier import Frontier, clear_frontier

REDIS_URL = os.environ.get("CERTWATCH_TEST_REDIS", "redis://127.0.0.1:6379/0")
REDIS_SKIP_REASON = (
    f"Redis not reachable at {REDIS_URL}: start it (`redis-server --daemonize yes --bind "
    "127.0.0.1`) or set CERTWATCH_TEST_REDIS=redis://HOST:PORT/DB"
)


@pytest.fixture
def frontier_url() -> Iterator[str]:
    """``redis://…?prefix=cwtest-<random>``; every key under the prefix is deleted afterwards."""
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError:
        pytest.skip(REDIS_SKIP_REASON)
    url = f"{REDIS_URL}?prefix=cwtest-{uuid.uuid4().hex[:10]}"
    frontier = Frontier.parse(url)
    yield url
    clear_frontier(frontier.client(), frontier, keep_job=False)
