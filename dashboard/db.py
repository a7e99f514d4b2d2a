"""The dashboard's database handle and the helpers every query module shares.

One engine per database URL for the whole server (``st.cache_resource``); every read takes
the URL first (so one process can serve several databases, as the tests do), runs a
``select()`` with a LIMIT and is cached with ``cached``: ``st.cache_data`` keyed on the
store's change counter (``store.summaries.change_counter``), so a second render is served
from the cache and any write to the store (a crawl, a screen, a decision) invalidates it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from store.config import database_url
from store.db import make_engine
from store.summaries import change_counter

TTL = 600  # a cached read also expires after this (writes invalidate it at once: ``cached``)
PAGE_SIZE = 50
MAX_ROWS = 10_000  # cap on any table offered for download


def current_db() -> str:
    """The database the dashboard shows: ``CERTWATCH_DB`` or the default SQLite file."""
    return database_url()


@st.cache_resource(show_spinner=False)
def engine(db: str) -> Engine:
    """One engine (and connection pool) per database URL for the whole server."""
    return make_engine(db)


def read_frame(db: str, stmt: Any) -> pd.DataFrame:
    """The rows of ``stmt`` as a data frame (columns in the statement's order)."""
    with engine(db).connect() as conn:
        result = conn.execute(stmt)
        return pd.DataFrame(result.mappings().all(), columns=list(result.keys()))


def dialect(db: str) -> str:
    """``sqlite`` or ``postgresql``: where SQL has to differ between them."""
    return engine(db).dialect.name


def store_version(db: str) -> int:
    """The store's change counter: one primary-key read."""
    with engine(db).connect() as conn:
        return change_counter(conn)


R = TypeVar("R")


def cached(fn: Callable[..., R]) -> Callable[..., R]:
    """``st.cache_data`` of ``fn(db, ...)`` keyed also on the store's change counter."""

    @functools.wraps(fn)
    def versioned(db: str, _version: int, *args: Any, **kwargs: Any) -> R:
        return fn(db, *args, **kwargs)

    store = st.cache_data(ttl=TTL, show_spinner=False)(versioned)

    @functools.wraps(fn)
    def call(db: str, *args: Any, **kwargs: Any) -> R:
        return store(db, store_version(db), *args, **kwargs)

    call.clear = store.clear  # type: ignore[attr-defined]
    return call
