"""Fixtures for the dashboard: seeded databases and an AppTest of the app on one of them."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"


def _load_seed(name: str = "dashboard_seed", file: str = "seed.py") -> ModuleType:
    """tests/dashboard/seed.py under a name no other test folder uses."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(file))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


seed_module = _load_seed()
operator_seed_module = _load_seed("dashboard_operator_seed", "operator_seed.py")


@pytest.fixture(scope="session")
def seeder() -> Callable[..., object]:
    """``seed(db_url, warc_dir, listings=300)`` from tests/dashboard/seed.py."""
    return seed_module.seed


@pytest.fixture(scope="session")
def operator_seeder() -> Callable[..., object]:
    """``seed_operators(db_url)`` from tests/dashboard/operator_seed.py (after ``seeder``)."""
    return operator_seed_module.seed_operators


@pytest.fixture(scope="session")
def seeded(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A read-only seeded SQLite database shared by the tests that only look."""
    root = tmp_path_factory.mktemp("dashboard-seed")
    url = f"sqlite:///{root / 'certwatch.db'}"
    return url, seed_module.seed(url, root / "warc")


@pytest.fixture(scope="session")
def op_seeded(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A read-only seeded SQLite database with operators (tests/dashboard/operator_seed.py):
    (url, seed summary, operator summary)."""
    root = tmp_path_factory.mktemp("dashboard-operators")
    url = f"sqlite:///{root / 'certwatch.db'}"
    summary = seed_module.seed(url, root / "warc")
    return url, summary, operator_seed_module.seed_operators(url)


@pytest.fixture
def fresh(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A seeded database of its own, for tests that record decisions."""
    url = f"sqlite:///{tmp_path / 'certwatch.db'}"
    return url, seed_module.seed(url, tmp_path / "warc")


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., AppTest]]:
    """``app(db_url, page=None, **query)``: the app run once on ``db_url`` at ``page``."""

    def open_page(db_url: str, page: str | None = None, **query: str | list[str]) -> AppTest:
        monkeypatch.setenv("CERTWATCH_DB", db_url)
        at = AppTest.from_file(str(APP), default_timeout=60)
        if page:
            at.run()  # the default page first, as a browser opening "/" would
            at.switch_page(page)
        for key, value in query.items():
            at.query_params[key] = value
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    yield open_page
