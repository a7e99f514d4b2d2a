"""Open the store (migrating it first) and bring its schema up to date."""

from __future__ import annotations

from sqlalchemy import Engine, select

from certwatch.errors import UsageError
from store.config import database_url
from store.db import StoreError, make_engine, session_scope


def open_engine(url: str | None) -> Engine:
    """The engine for ``url`` (or CERTWATCH_DB, or the default SQLite file), migrated;
    UsageError (exit 2) when the store cannot be opened: a bad URL, a missing directory,
    a server that does not answer, a read-only file."""
    try:
        return make_engine(database_url(url))
    except StoreError as exc:
        raise UsageError(str(exc).splitlines()[0]) from exc


def upgrade_schema(engine: Engine) -> str:
    """Touch the (already migrated) store; returns its URL without the password."""
    with session_scope(engine) as session:
        session.execute(select(1))
    return engine.url.render_as_string(hide_password=True)
