"""Registry jobs: import a CSV as a new version, read versions and agencies back, crawl the
official list to CSV, and import the bundled registry on first use."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from certwatch.errors import JobFailed, UsageError
from registry.importer import RegistryFileError, file_sha256, parse_registry_csv
from registry.records import AgencyRecord
from registry.versions import latest_registry_version, list_versions, load_records, save_version
from store import summaries
from store.config import DATA_DIR
from store.db import session_scope
from store.models import RegistryVersion
from store.sample import sample_version_ids, version_is_sample

SAMPLE_NOTICE = ("{name} is the bundled SAMPLE registry: its DEMO-* agencies are fictional "
                 "(source_url sample:..., see data/README.md) and the rest is unverified; "
                 "import the official list for real screening (`certwatch registry crawl`, "
                 "then `certwatch registry import FILE`)")

BUNDLED_REGISTRY = DATA_DIR / "registry.csv"


@dataclass(frozen=True)
class VersionInfo:
    id: int
    imported_at: datetime
    agencies: int
    sha256: str
    file_name: str
    sample: bool = False  # holds illustrative rows (store/sample.py)


def _info(version: RegistryVersion, agencies: int, sample: bool = False) -> VersionInfo:
    return VersionInfo(version.id, version.imported_at, agencies, version.sha256,
                       version.file_name, sample)


def is_sample_version(engine: Engine, registry_version: int) -> bool:
    """Whether a registry version holds illustrative rows (the bundled sample)."""
    with session_scope(engine) as session:
        return version_is_sample(session, registry_version)


def shrink_refusal(path: Path, new_rows: int, current_rows: int | None) -> str | None:
    """Why importing ``new_rows`` agencies over a version of ``current_rows`` is refused, or
    None. A file with fewer than half the current agencies (a header-only file, a truncated
    download) would turn most recognized issuers into unrecognized ones overnight."""
    if new_rows == 0:
        return (f"{path}: the file has 0 agencies (only a header?), the current registry "
                f"version has {current_rows or 0}; refusing an empty registry (check the "
                "file, or pass --allow-shrink)")
    if not current_rows or new_rows * 2 >= current_rows:
        return None
    return (f"{path}: the file has {new_rows} agencies, the current registry version has "
            f"{current_rows}; importing it would shrink the registry by more than half "
            "(check the file, or pass --allow-shrink)")


def import_registry_file(engine: Engine, path: Path, *,
                         allow_shrink: bool = False) -> tuple[int, int]:
    """Validate ``path`` whole, then store it as a new version: (version id, rows).

    Refused (UsageError) when it would shrink the registry by more than half, unless
    ``allow_shrink``."""
    if not path.is_file():
        raise UsageError(f"{path}: no such file" if not path.exists() else
                         f"{path}: not a file")
    try:
        records = parse_registry_csv(path)
    except RegistryFileError as exc:
        raise UsageError(str(exc)) from exc
    with session_scope(engine) as session:
        current = latest_registry_version(session)
        refusal = shrink_refusal(path, len(records), current.row_count if current else None)
        if refusal and not allow_shrink:
            raise UsageError(refusal)
        version = save_version(session, records, file_name=path.name, sha256=file_sha256(path))
        summaries.bump(session.connection())  # the dashboard's registry page reads it anew
        return version.id, len(records)


def ensure_registry(engine: Engine) -> None:
    """Screening needs a registry: import the bundled one on first use, and say so."""
    with session_scope(engine) as session:
        if latest_registry_version(session) is not None:
            return
    registry_version, rows = import_registry_file(engine, BUNDLED_REGISTRY)
    print(f"no registry loaded yet: imported the bundled {BUNDLED_REGISTRY.name} "
          f"({rows} agencies) as version {registry_version}", file=sys.stderr)
    if is_sample_version(engine, registry_version):
        print("sample registry: " + SAMPLE_NOTICE.format(name=BUNDLED_REGISTRY.name),
              file=sys.stderr)


def registry_versions(engine: Engine) -> list[VersionInfo]:
    """Every registry version, newest first."""
    with session_scope(engine) as session:
        samples = sample_version_ids(session)
        return [_info(version, count, version.id in samples)
                for version, count in list_versions(session)]


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
    # Scrapy is imported here, not at the top: `certwatch registry import` starts without it
    from crawler.official_crawl import (
        DEFAULT_START_URL,
        RegistryCrawlError,
        crawl_official_registry,
    )
    try:
        return crawl_official_registry(start_url or DEFAULT_START_URL, output,
                                       allow_private_hosts=allow_private_hosts)
    except RegistryCrawlError as exc:
        raise JobFailed(str(exc)) from exc
