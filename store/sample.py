"""The bundled illustrative registry marks itself as a sample through its rows' provenance.

The registry CSV has no room for a file-level marker (a header comment or an extra column
would break docs/contract.md's format), so the rows that are illustrative say so in their
``source_url``: ``sample:data/README.md#illustrative-rows``. A registry version holding any
such row is a *sample version*; the importer, ``certwatch registry list`` and the
dashboard say so wherever they show it, until a real registry is imported.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.models import Agency, RegistryVersion

SAMPLE_SOURCE_PREFIX = "sample:"
SAMPLE_SOURCE_URL = "sample:data/README.md#illustrative-rows"


def is_sample_source(source_url: str | None) -> bool:
    """True for the provenance of an illustrative (not official) registry row."""
    return (source_url or "").strip().lower().startswith(SAMPLE_SOURCE_PREFIX)


def has_sample_rows(source_urls: Iterable[str | None]) -> bool:
    return any(is_sample_source(url) for url in source_urls)


def sample_version_ids(session: Session) -> set[int]:
    """The registry versions that hold at least one illustrative row."""
    rows = session.scalars(
        select(Agency.version_id)
        .where(Agency.source_url.like(f"{SAMPLE_SOURCE_PREFIX}%"))
        .distinct()
    )
    return {int(v) for v in rows}


def version_is_sample(session: Session, registry_version: int) -> bool:
    """Whether one registry version holds an illustrative row (reads that version only)."""
    found = session.scalars(
        select(Agency.id)
        .where(Agency.version_id == registry_version,
               Agency.source_url.like(f"{SAMPLE_SOURCE_PREFIX}%"))
        .limit(1)
    ).first()
    return found is not None


def current_version_is_sample(session: Session) -> bool:
    """Whether the newest registry version (the one screening uses) is a sample."""
    newest = session.scalars(
        select(RegistryVersion.id).order_by(RegistryVersion.id.desc()).limit(1)
    ).first()
    return newest is not None and version_is_sample(session, newest)
