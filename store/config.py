"""Where the database and the data files live."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("CERTWATCH_DATA", PROJECT_ROOT / "data"))
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
    """Generated files (WARCs, reports, job state): git-ignored, beside the database."""
    path = DATA_DIR
    path.mkdir(parents=True, exist_ok=True)
    return path
