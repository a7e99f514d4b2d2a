"""Open the store (migrating it first) and bring its schema up to date."""

from __future__ import annotations

from sqlalchemy import Engine, select

from certwatch.errors import JobFailed
from store.config import database_url
from store.db import StoreError, make_engine, session_scope


def open_engine(url: str | None) -> Engine:
    """The engine for ``url`` (or CERTWATCH_DB, or the default SQLite file), migrated;
    JobFailed when the store cannot be opened."""
    try:
        return make_engine(database_url(url))
    except StoreError as exc:
        raise JobFailed(str(exc)) from exc


def upgrade_schema(engine: Engine) -> str:
    """Touch the (already migrated) store; returns its URL without the password."""
    with session_scope(engine) as session:
        session.execute(select(1))
    return engine.url.render_as_string(hide_password=True)
