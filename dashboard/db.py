"""The dashboard's database handle and the helpers every query module shares.

One engine per database URL for the whole server (``st.cache_resource``); every read takes
the URL first (so one process can serve several databases, as the tests do), runs a
``select()`` with a LIMIT and is cached with ``st.cache_data(ttl=TTL)``.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from store.config import database_url
from store.db import make_engine

TTL = 60  # seconds a cached read may be stale (a recorded decision clears the review caches)
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
