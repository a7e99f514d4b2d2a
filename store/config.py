"""Where the database, the bundled data and the generated files live."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"  # bundled, versioned data (registry, corpora, reference tables)
DEFAULT_DB_PATH = DATA_DIR / "certwatch.db"


def database_url(explicit: str | None = None) -> str:
    """``--db`` wins, then ``CERTWATCH_DB``, then the SQLite file under ``data/``."""
    if explicit:
        return explicit
    env = os.environ.get("CERTWATCH_DB")
    if env:
        return env
    return f"sqlite:///{DEFAULT_DB_PATH}"


def runtime_dir() -> Path:
    """Generated files (WARCs, reports, job state, lock): ``CERTWATCH_RUNTIME`` or ``data/``.

    Everything generated there is git-ignored.
    """
    path = Path(os.environ.get("CERTWATCH_RUNTIME") or DATA_DIR)
    path.mkdir(parents=True, exist_ok=True)
    return path
