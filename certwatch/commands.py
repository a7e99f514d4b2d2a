"""One function per command; each turns library errors into CertwatchError."""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select

from certwatch.errors import JobFailed, UsageError
from store.config import DATA_DIR, database_url
from store.db import StoreError, make_engine, session_scope

if TYPE_CHECKING:
    from crawler.runner import CrawlSummary
    from crawler.sources import SourcesConfig

BUNDLED_REGISTRY = DATA_DIR / "registry.csv"


def engine_for(args: argparse.Namespace) -> Engine:
    try:
        return make_engine(database_url(args.db))
    except StoreError as exc:
        raise JobFailed(str(exc)) from exc


def _out(text: str = "") -> None:
    print(text, flush=True)


# --- registry -----------------------------------------------------------------


def import_registry_file(engine: Engine, path: Path) -> tuple[int, int]:
    """Validate ``path`` whole, then store it as a new version: (version id, rows)."""
    from registry.importer import RegistryFileError, file_sha256, parse_registry_csv
    from registry.versions import save_version

    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    try:
        records = parse_registry_csv(path)
    except RegistryFileError as exc:
        raise UsageError(str(exc)) from exc
    with session_scope(engine) as session:
        version = save_version(session, records, file_name=path.name, sha256=file_sha256(path))
        return version.id, len(records)


def registry_import(args: argparse.Namespace) -> int:
    engine = engine_for(args)
    version_id, rows = import_registry_file(engine, Path(args.file))
    _out(f"imported {rows} agencies from {args.file} as registry version {version_id}")
    return 0


def registry_list(args: argparse.Namespace) -> int:
    from registry.versions import list_versions

    engine = engine_for(args)
    with session_scope(engine) as session:
        versions = list_versions(session)
        if not versions:
            _out("no registry loaded: run `certwatch registry import data/registry.csv`")
            return 0
        _out(f"{'version':>7}  {'imported (UTC)':<19}  {'agencies':>8}  {'sha256':<12}  file")
        for version, count in versions:
            when = version.imported_at.strftime("%Y-%m-%d %H:%M:%S")
            _out(f"{version.id:>7}  {when:<19}  {count:>8}  {version.sha256[:12]}  "
                 f"{version.file_name}")
    return 0


def registry_show(args: argparse.Namespace) -> int:
    from registry.versions import latest_version, load_records
    from store.models import RegistryVersion

    engine = engine_for(args)
    with session_scope(engine) as session:
        if args.id.isdigit():
            version = session.get(RegistryVersion, int(args.id))
            if version is None:
                raise UsageError(f"no registry version {args.id} (see `certwatch registry list`)")
            _out(f"registry version {version.id}: {version.file_name}, {version.row_count} "
                 f"agencies, sha256 {version.sha256}")
            for r in load_records(session, version.id):
                levels = ",".join(map(str, r.levels)) or "-"
                _out(f"  {r.agency_id:<16} {r.status:<9} {r.kind:<15} levels {levels:<10} "
                     f"{r.name}")
            return 0
        version = latest_version(session)
        if version is None:
            raise UsageError("no registry loaded: run `certwatch registry import FILE` first")
        found = [r for r in load_records(session, version.id) if r.agency_id == args.id]
        if not found:
            raise UsageError(f"no agency {args.id!r} in registry version {version.id}")
        r = found[0]
        _out(f"{r.agency_id} (registry version {version.id})")
        for label, value in [
            ("name", r.name), ("aliases", " | ".join(r.aliases) or "-"), ("uscc", r.uscc or "-"),
            ("kind", r.kind), ("occupations", " | ".join(r.occupations) or "-"),
            ("levels", ", ".join(map(str, r.levels)) or "-"), ("region", r.region),
            ("valid", f"{r.valid_from or '…'} to {r.valid_to or '…'}"), ("status", r.status),
            ("source", r.source_url),
        ]:
            _out(f"  {label:<12}{value}")
    return 0


def registry_crawl(args: argparse.Namespace) -> int:
    from registry.official_crawl import (
        DEFAULT_START_URL,
        RegistryCrawlError,
        crawl_official_registry,
    )

    try:
        count = crawl_official_registry(
            args.start_url or DEFAULT_START_URL, Path(args.output),
            allow_private_hosts=args.allow_private_hosts,
        )
    except RegistryCrawlError as exc:
        raise JobFailed(str(exc)) from exc
    _out(f"wrote {count} organizations filed for 人工智能训练师 to {args.output}")
    return 0


def ensure_registry(engine: Engine) -> None:
    """Screening needs a registry: import the bundled one on first use, and say so."""
    from registry.versions import latest_version

    with session_scope(engine) as session:
        if latest_version(session) is not None:
            return
    version_id, rows = import_registry_file(engine, BUNDLED_REGISTRY)
    print(f"no registry loaded yet: imported the bundled {BUNDLED_REGISTRY.name} "
          f"({rows} agencies) as version {version_id}", file=sys.stderr)


# --- crawl, screen, export ----------------------------------------------------


def load_sources_file(path: str | Path) -> SourcesConfig:
    """The sources file, or a UsageError naming file, source and field."""
    from crawler.sources import SourcesFileError, load_sources

    try:
        return load_sources(Path(path))
    except SourcesFileError as exc:
        raise UsageError(str(exc)) from exc


def run_crawl_and_screen(
    engine: Engine, *, urls: list[str], sources: SourcesConfig | None, allow_domains: list[str],
    max_pages: int | None, allow_private_hosts: bool, run_kind: str = "crawl",
    settings: dict[str, object] | None = None,
) -> CrawlSummary:
    """One crawl (once per process: Scrapy's reactor cannot restart), then a screen."""
    from certwatch.screen import screen_all
    from crawler.runner import run_crawl

    ensure_registry(engine)
    summary = run_crawl(
        engine.url.render_as_string(hide_password=False),
        start_urls=urls, sources=sources.sources if sources else (),
        allow_domains=allow_domains,
        max_pages=max_pages or (sources.max_pages if sources else None),
        allow_private_hosts=allow_private_hosts or bool(sources and sources.allow_private_hosts),
        user_agent=sources.user_agent if sources else None, run_kind=run_kind,
        progress=sys.stderr.isatty(),
        # Scrapy logs through our root handler (cli.main sets its level): one line per event
        settings={"LOG_ENABLED": False, **(settings or {})},
    )
    screened = screen_all(engine)
    _out(f"crawl run {summary.run_id}: {summary.pages} pages, {summary.offers} offers, "
         f"{summary.errors} errors, {summary.new_listings} new and "
         f"{summary.changed_listings} changed listings; screened {screened.listings} "
         f"listings, {screened.flagged} flagged")
    return summary


def crawl(args: argparse.Namespace) -> int:
    if bool(args.urls) == bool(args.sources):
        raise UsageError("give start URLs or --sources FILE (one of the two)")
    for url in args.urls:
        if not url.startswith(("http://", "https://")):
            raise UsageError(f"{url}: not an http(s) URL")
    sources = load_sources_file(args.sources) if args.sources else None
    engine = engine_for(args)
    summary = run_crawl_and_screen(
        engine, urls=args.urls, sources=sources, allow_domains=args.allow_domain,
        max_pages=args.max_pages, allow_private_hosts=args.allow_private_hosts,
    )
    return 0 if summary.status == "succeeded" else 1


def screen(args: argparse.Namespace) -> int:
    from certwatch.screen import screen_all, screen_under_version

    engine = engine_for(args)
    if getattr(args, "registry_version", None) is not None:
        for line in screen_under_version(engine, args.registry_version, listing=args.listing):
            _out(line.to_json())
        return 0
    if getattr(args, "listing", None) is not None:
        raise UsageError("--listing goes with --registry-version N")
    summary = screen_all(engine)
    _out(f"screened {summary.listings} listings against registry version "
         f"{summary.registry_version}: {summary.flagged} flagged, {summary.flags_added} flags "
         f"added, {summary.flags_superseded} superseded")
    return 0


def export(args: argparse.Namespace) -> int:
    from certwatch.export import export as write_export

    engine = engine_for(args)
    with ExitStack() as stack:
        if args.output:
            try:
                out = stack.enter_context(
                    open(args.output, "w", encoding="utf-8", newline="")
                )
            except OSError as exc:
                raise UsageError(f"{args.output}: cannot write ({exc.strerror})") from exc
        else:
            out = sys.stdout
        count = write_export(engine, out, fmt=args.format, flagged_only=args.flagged_only,
                             progress=bool(args.output))
    if args.output:
        _out(f"wrote {count} listings to {args.output}")
    return 0


# --- nightly, dashboard, demo, evaluate ---------------------------------------


def nightly(args: argparse.Namespace) -> int:
    from certwatch.nightly.job import run_nightly

    outcome = run_nightly(engine_for(args), Path(args.sources), progress=sys.stderr.isatty())
    _out(f"nightly run {outcome.run_id}: {'succeeded' if outcome.ok else 'FAILED'}; "
         f"report {outcome.report_md}")
    for failed in outcome.failed_monitors:
        print(f"monitor failed: {failed.source} {failed.monitor}: {failed.message}",
              file=sys.stderr)
    return 0 if outcome.ok else 1


def dashboard(args: argparse.Namespace) -> int:
    from dashboard.launch import run

    engine = engine_for(args)  # migrates before the app opens it
    return run(engine.url.render_as_string(hide_password=False), port=args.port)


def demo(args: argparse.Namespace) -> int:
    from certwatch.demo import run_demo

    return run_demo(engine_for(args), dashboard_port=None if args.no_dashboard else args.port)


def evaluate(args: argparse.Namespace) -> int:
    from certwatch.evaluate import run_evaluation

    return run_evaluation(args.corpus, json_path=Path(args.json) if args.json else None)


def db_upgrade(args: argparse.Namespace) -> int:
    engine = engine_for(args)
    with session_scope(engine) as session:
        session.execute(select(1))
    _out(f"schema up to date: {engine.url.render_as_string(hide_password=True)}")
    return 0
