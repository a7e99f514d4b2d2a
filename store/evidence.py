"""Where a store's evidence lives: its WARC archive belongs to its database.

Every store has a random **store id** and a **WARC directory**, both recorded in the store
itself (table ``store_settings``) the first time they are needed, and read from there ever
after. So two databases (the real store and a scratch evaluation store, say) never write to
one WARC file: run 3 of one and run 3 of the other land in different directories, under
file names that carry the store id, and every file's ``warcinfo`` record names its store.

The directory recorded the first time:
- ``CERTWATCH_WARC_DIR`` when set: ``$CERTWATCH_WARC_DIR/<store id>/``;
- a SQLite file ``X.db``: ``X.warc/`` beside it (absolute);
- PostgreSQL or an in-memory SQLite: ``warc/<store id>/``, recorded relative, so each process
  (a distributed worker on its own machine) resolves it under its own ``runtime_dir()``.

``CERTWATCH_WARC_DIR`` set in a later process overrides the recorded directory for that
process (still ``$CERTWATCH_WARC_DIR/<store id>/``: one directory never serves two stores).

Stores written before this existed keep their old WARC paths in ``crawl_runs.warc_path``
and ``pages.warc_file`` (absolute, or relative to ``data/``); those are read as before.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError

from store.config import runtime_dir
from store.db import session_scope
from store.models import StoreSetting

STORE_ID = "store_id"
WARC_DIR = "warc_dir"


@dataclass(frozen=True)
class EvidenceLocation:
    store_id: str  # 32 hex digits, random, fixed for the life of the store
    warc_dir: Path

    def warc_path_for_run(self, run_id: int, suffix: str = "") -> Path:
        """``<warc_dir>/run-<run id>-<store id[:12]><suffix>.warc.gz``."""
        return self.warc_dir / f"run-{run_id}-{self.store_id[:12]}{suffix}.warc.gz"


def _override(store_id: str) -> Path | None:
    override = os.environ.get("CERTWATCH_WARC_DIR")
    return Path(override).resolve() / store_id if override else None


def default_warc_dir(engine: Engine, store_id: str) -> Path:
    """The directory a new store's archive gets (see the module docstring); relative paths
    are under ``runtime_dir()``."""
    override = _override(store_id)
    if override is not None:
        return override
    url = engine.url
    database = url.database
    if (url.get_backend_name() == "sqlite" and database not in (None, "", ":memory:")
            and not url.query.get("uri")):
        db_path = Path(str(database)).resolve()
        return db_path.with_name(db_path.stem + ".warc")
    return Path("warc") / store_id


def _get_or_set(engine: Engine, key: str, make: str) -> str:
    """The setting ``key``; ``make`` is stored first when it is missing (first writer wins)."""
    with session_scope(engine) as session:
        value = session.scalar(select(StoreSetting.value).where(StoreSetting.key == key))
        if value is not None:
            return value
    try:
        with session_scope(engine) as session:
            session.add(StoreSetting(key=key, value=make))
        return make
    except IntegrityError:  # another process stored it first
        with session_scope(engine) as session:
            return str(session.scalar(select(StoreSetting.value)
                                      .where(StoreSetting.key == key)))


def evidence_location(engine: Engine) -> EvidenceLocation:
    """This store's id and WARC directory, recorded in the store on first use."""
    store_id = _get_or_set(engine, STORE_ID, uuid.uuid4().hex)
    recorded = Path(_get_or_set(engine, WARC_DIR, str(default_warc_dir(engine, store_id))))
    warc_dir = _override(store_id) or (
        recorded if recorded.is_absolute() else runtime_dir() / recorded)
    return EvidenceLocation(store_id, warc_dir)


def resolve_warc_file(warc_file: str) -> Path:
    """A stored ``pages.warc_file`` as a path: absolute as stored, or (older stores)
    relative to ``data/`` or to the working directory."""
    from store.config import DATA_DIR

    path = Path(warc_file)
    if path.is_absolute():
        return path
    for base in (DATA_DIR, Path.cwd()):
        if (base / path).exists():
            return base / path
    return DATA_DIR / path
