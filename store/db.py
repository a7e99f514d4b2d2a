"""The engine and sessions, in one place; the schema is migrated on first use."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from store.config import database_url
from store.storable import json_serializer, storable_parameters

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK_KEY = 0x63657274  # "cert": PostgreSQL advisory lock id for migrations


class StoreError(Exception):
    """The database cannot be opened or migrated (message says which and why)."""


def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(url: str | None = None, *, migrate: bool = True) -> Engine:
    """An engine for ``url`` (see ``store.config.database_url``), schema brought up to date."""
    raw = database_url(url)
    try:
        resolved = make_url(raw)
        if resolved.get_backend_name() == "postgresql" and resolved.drivername == "postgresql":
            resolved = resolved.set(drivername="postgresql+psycopg")
        raw = resolved.render_as_string(hide_password=True)
        if (resolved.get_backend_name() == "sqlite" and resolved.database not in (None, "", ":memory:")
                and not resolved.query.get("uri")):
            _check_sqlite_directory(Path(resolved.database))
        engine = create_engine(resolved, pool_pre_ping=True, json_serializer=json_serializer)
    except StoreError:
        raise
    except Exception as exc:  # unparsable URL, unknown driver
        raise StoreError(f"cannot open the database {raw}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "before_cursor_execute", _storable_parameters, retval=True)
    if migrate:
        upgrade(engine)
    return engine


def _storable_parameters(
    _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool
) -> tuple[str, Any]:
    """Every string bound to a statement made storable (store.storable)."""
    return statement, storable_parameters(parameters)


def _check_sqlite_directory(path: Path) -> None:
    """A SQLite file needs an existing directory: a typo in ``--db`` must not create one."""
    if not path.parent.is_dir():
        raise StoreError(f"cannot open the database {path}: the directory {path.parent} does "
                         "not exist (create it first, or check the path)")
    if path.is_dir():
        raise StoreError(f"cannot open the database {path}: it is a directory, not a file")


@cache
def _upgraded() -> set[str]:
    return set()


def upgrade(engine: Engine) -> None:
    """Apply every Alembic migration not yet applied (idempotent)."""
    key = engine.url.render_as_string(hide_password=False)
    if key in _upgraded():
        return
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    try:
        with _migration_lock(engine), engine.begin() as connection:
            if connection.dialect.name == "postgresql":  # held until this transaction ends
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                   {"key": MIGRATION_LOCK_KEY})
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
    except Exception as exc:
        raise StoreError(
            f"cannot open the database {engine.url.render_as_string(hide_password=True)}: {exc}"
        ) from exc
    _upgraded().add(key)


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """Serialize first-time migrations of one SQLite file across processes.

    Two processes opening a new database at once (a crawl seeding while its worker starts)
    would otherwise both create the tables; the second then fails. PostgreSQL gets the same
    guarantee from an advisory lock inside the migration's transaction.
    """
    database = engine.url.database
    if (engine.dialect.name != "sqlite" or not database or database == ":memory:"
            or engine.url.query.get("uri")):  # a file: URI (e.g. mode=ro) names no plain path
        yield
        return
    with open(f"{database}.migrate-lock", "a+b") as handle:
        fcntl.lockf(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.lockf(handle, fcntl.LOCK_UN)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    session = session_factory(engine)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
