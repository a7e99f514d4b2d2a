"""Registry jobs: import a CSV as a new version, read versions and agencies back, crawl the
official list to CSV, and import the bundled registry on first use."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from certwatch.errors import JobFailed, UsageError
from crawler.official_crawl import DEFAULT_START_URL, RegistryCrawlError, crawl_official_registry
from registry.importer import RegistryFileError, file_sha256, parse_registry_csv
from registry.records import AgencyRecord
from registry.versions import latest_registry_version, list_versions, load_records, save_version
from store.config import DATA_DIR
from store.db import session_scope
from store.models import RegistryVersion

BUNDLED_REGISTRY = DATA_DIR / "registry.csv"


@dataclass(frozen=True)
class VersionInfo:
    id: int
    imported_at: datetime
    agencies: int
    sha256: str
    file_name: str


def _info(version: RegistryVersion, agencies: int) -> VersionInfo:
    return VersionInfo(version.id, version.imported_at, agencies, version.sha256,
                       version.file_name)


def import_registry_file(engine: Engine, path: Path) -> tuple[int, int]:
    """Validate ``path`` whole, then store it as a new version: (version id, rows)."""
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    try:
        records = parse_registry_csv(path)
    except RegistryFileError as exc:
        raise UsageError(str(exc)) from exc
    with session_scope(engine) as session:
        version = save_version(session, records, file_name=path.name, sha256=file_sha256(path))
        return version.id, len(records)


def ensure_registry(engine: Engine) -> None:
    """Screening needs a registry: import the bundled one on first use, and say so."""
    with session_scope(engine) as session:
        if latest_registry_version(session) is not None:
            return
    registry_version, rows = import_registry_file(engine, BUNDLED_REGISTRY)
    print(f"no registry loaded yet: imported the bundled {BUNDLED_REGISTRY.name} "
          f"({rows} agencies) as version {registry_version}", file=sys.stderr)


def registry_versions(engine: Engine) -> list[VersionInfo]:
    """Every registry version, newest first."""
    with session_scope(engine) as session:
        return [_info(version, count) for version, count in list_versions(session)]


def show_registry_version(engine: Engine, registry_version: int) -> tuple[VersionInfo, list[AgencyRecord]]:
    """A version and its agencies; UsageError when there is no such version."""
    with session_scope(engine) as session:
        version = session.get(RegistryVersion, registry_version)
        if version is None:
            raise UsageError(f"no registry version {registry_version} (see `certwatch registry list`)")
        return _info(version, version.row_count), list(load_records(session, version.id))


def registry_agency(engine: Engine, agency_id: str) -> tuple[int, AgencyRecord]:
    """(latest version id, the agency) for ``agency_id``; UsageError when not found."""
    with session_scope(engine) as session:
        version = latest_registry_version(session)
        if version is None:
            raise UsageError("no registry loaded: run `certwatch registry import FILE` first")
        found = [r for r in load_records(session, version.id) if r.agency_id == agency_id]
        if not found:
            raise UsageError(f"no agency {agency_id!r} in registry version {version.id}")
        return version.id, found[0]


def crawl_official_list(output: Path, *, start_url: str | None = None,
                        allow_private_hosts: bool = False) -> int:
    """Crawl the official list of evaluation organisations to a registry CSV at ``output``;
    how many organisations it wrote. JobFailed when the crawl found none."""
    try:
        return crawl_official_registry(start_url or DEFAULT_START_URL, output,
                                       allow_private_hosts=allow_private_hosts)
    except RegistryCrawlError as exc:
        raise JobFailed(str(exc)) from exc
