"""Shared fixtures: databases on SQLite and PostgreSQL, a loopback static server.

PostgreSQL tests use ``CERTWATCH_TEST_PG`` (default
``postgresql+psycopg://postgres@127.0.0.1:5432/test``): each test session creates a
scratch database there and drops it at the end. Where no server answers they skip,
saying how to run them.
"""

from __future__ import annotations

import inspect
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from store.db import make_engine

# Property tests (hypothesis) are deterministic by default: the same examples on every run and
# every machine, no example database written into the worktree. HYPOTHESIS_PROFILE=explore
# draws new random examples each run (to hunt for bugs locally).
settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
settings.register_profile("explore", database=None, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

PG_ADMIN_URL = os.environ.get(
    "CERTWATCH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
PG_SKIP_REASON = (
    f"PostgreSQL not reachable at {PG_ADMIN_URL}: start it (e.g. `pg_ctlcluster 15 main start`) "
    "or set CERTWATCH_TEST_PG to a server where the user may CREATE DATABASE"
)


def _pg_available() -> bool:
    try:
        engine = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
        return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """A scratch PostgreSQL database for this test session (dropped afterwards)."""
    if not _pg_available():
        pytest.skip(PG_SKIP_REASON)
    name = f"certwatch_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"
            ), {"n": name})
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def _reset_postgres(url: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    from store.db import _upgraded

    _upgraded().discard(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL: a SQLite file, then a PostgreSQL scratch database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'certwatch.db'}"
        return
    url = request.getfixturevalue("pg_server_url")
    _reset_postgres(url)
    yield url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A migrated engine on each backend."""
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


# CERTWATCH_TEST_DB=postgresql: tests written on the default store run on PostgreSQL instead.
TEST_DB = os.environ.get("CERTWATCH_TEST_DB", "sqlite")


@pytest.fixture
def sqlite_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The default store for a test: a SQLite file, or with CERTWATCH_TEST_DB=postgresql a
    freshly emptied PostgreSQL scratch database."""
    if TEST_DB == "postgresql":
        url = request.getfixturevalue("pg_server_url")
        _reset_postgres(url)
        return url
    return f"sqlite:///{tmp_path / 'certwatch.db'}"


# --- markers: `pytest -m "not slow"` is the inner loop (under a minute), plain `pytest` runs all.

# A test is slow when it needs a server or a browser, or starts processes or crawls a loopback
# site; these are recognized from its markers, its fixtures and its own code.
SLOW_MARKERS = {"browser", "postgres", "redis"}
SLOW_FIXTURES = {"pg_server_url", "site", "frontier_url", "seeded", "app"}
SLOW_CODE = re.compile(
    r"subprocess|Popen|multiprocessing|StaticServer|run_crawl|crawl_fixture|serve_|nightly\(|"
    r"_try_lock|run_demo|evaluate\(|evaluate_web\(|train_page_type"
)


def _is_slow(item: pytest.Item) -> bool:
    if any(item.get_closest_marker(name) for name in SLOW_MARKERS):
        return True
    if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
        return True
    function = getattr(item, "function", None)
    try:
        code = inspect.getsource(function) if function is not None else ""
    except (OSError, TypeError):
        code = ""
    return bool(SLOW_CODE.search(code))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_postgres = (
            (callspec is not None and callspec.params.get("db_url") == "postgresql")
            or (TEST_DB == "postgresql" and "sqlite_url" in getattr(item, "fixturenames", ()))
        )
        if on_postgres:
            item.add_marker(pytest.mark.postgres)
        if _is_slow(item):
            item.add_marker(pytest.mark.slow)
