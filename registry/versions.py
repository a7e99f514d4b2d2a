"""Registry versions in the store: each import is a new version; earlier ones stay.

One name throughout the code: ``registry_version`` is the user-visible version number (the
``registry_versions.id`` column; ``Agency.version_id``, ``IssuerMatch.registry_version_id`` and
``Flag.registry_version_id`` refer to it). ``latest_registry_version`` gets the newest version,
``get_registry_version`` version N, ``load_records`` its agencies.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from registry.gcpause import gc_paused
from registry.records import AgencyRecord
from store.bulk import insert_rows
from store.models import Agency, RegistryVersion

AGENCY_COLUMNS: tuple[str, ...] = (
    "version_id", "agency_id", "name", "aliases", "uscc", "kind", "occupations", "levels",
    "region", "valid_from", "valid_to", "status", "source_url",
)


def save_version(
    session: Session, records: Sequence[AgencyRecord], *, file_name: str, sha256: str
) -> RegistryVersion:
    """Store ``records`` as a new registry version (the caller commits).

    The agencies go in as one bulk write (``store.bulk.insert_rows``: COPY on PostgreSQL),
    in the session's transaction, so a failure stores nothing of the version."""
    version = RegistryVersion(file_name=file_name, sha256=sha256, row_count=len(records))
    session.add(version)
    session.flush()
    table = Agency.__table__
    assert isinstance(table, Table)
    rows = [
        (version.id, r.agency_id, r.name, r.aliases, r.uscc, r.kind, r.occupations, r.levels,
         r.region, r.valid_from, r.valid_to, r.status, r.source_url)
        for r in records
    ]
    with gc_paused():
        insert_rows(session.connection(), table, AGENCY_COLUMNS, rows)
    return version


def latest_registry_version(session: Session) -> RegistryVersion | None:
    """The newest registry version, or None when no registry was ever imported."""
    return session.scalars(
        select(RegistryVersion).order_by(RegistryVersion.id.desc()).limit(1)
    ).first()


def get_registry_version(session: Session, registry_version: int) -> RegistryVersion | None:
    """Registry version ``registry_version``, or None when there is no such version."""
    return session.get(RegistryVersion, registry_version)


def list_versions(session: Session) -> list[tuple[RegistryVersion, int]]:
    """Every version, newest first, with its agency count."""
    rows = session.execute(
        select(RegistryVersion, func.count(Agency.id))
        .outerjoin(Agency, Agency.version_id == RegistryVersion.id)
        .group_by(RegistryVersion.id)
        .order_by(RegistryVersion.id.desc())
    ).all()
    return [(version, count) for version, count in rows]


def load_records(session: Session, registry_version: int) -> list[AgencyRecord]:
    """The agencies of one registry version, as the matcher and the rules take them."""
    rows = session.scalars(
        select(Agency).where(Agency.version_id == registry_version).order_by(Agency.agency_id)
    )
    return [
        AgencyRecord(
            agency_id=a.agency_id,
            name=a.name,
            aliases=tuple(a.aliases or ()),
            uscc=a.uscc,
            kind=a.kind,  # type: ignore[arg-type]
            occupations=tuple(a.occupations or ()),
            levels=tuple(int(x) for x in a.levels or ()),
            region=a.region,
            valid_from=a.valid_from,
            valid_to=a.valid_to,
            status=a.status,  # type: ignore[arg-type]
            source_url=a.source_url,
        )
        for a in rows
    ]
