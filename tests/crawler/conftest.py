"""Fixtures for crawl tests (the server and the crawl helper live in crawl_server.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from crawl_server import FixtureServer, start_site, stop_site


@pytest.fixture
def site() -> Iterator[FixtureServer]:
    """The fixture site on a free loopback port, with a fresh request log per test."""
    server = start_site()
    yield server
    stop_site(server)
