"""One function per command: arguments in, a service called, its result printed.

The work is done by ``certwatch.services``; errors come as CertwatchError (exit code
attached), which ``certwatch.cli.main`` prints. Each command imports the service it calls
inside its function, so that ``certwatch export`` or ``--help`` does not load Scrapy, Twisted
and the screening rules (0.3 s to start instead of 1.1 s); the imports run one way, from the
shell down, so they hide no cycle (tests/test_architecture.py counts them).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from certwatch.errors import JobFailed, UsageError
from certwatch.services.database import open_engine, upgrade_schema
from store.config import DATA_DIR

if TYPE_CHECKING:
    from certwatch.services.crawl import CrawlOutcome


def engine_for(args: argparse.Namespace) -> Engine:
    return open_engine(args.db)


def _out(text: str = "") -> None:
    print(text, flush=True)


def _progress() -> bool:
    return sys.stderr.isatty()


# --- registry -----------------------------------------------------------------


def registry_import(args: argparse.Namespace) -> int:
    from certwatch.services.registry import (
        SAMPLE_NOTICE,
        import_registry_file,
        is_sample_version,
    )
    engine = engine_for(args)
    registry_version, rows = import_registry_file(engine, Path(args.file),
                                                  allow_shrink=args.allow_shrink)
    _out(f"imported {rows} agencies from {args.file} as registry version {registry_version}")
    if is_sample_version(engine, registry_version):
        print("sample registry: " + SAMPLE_NOTICE.format(name=Path(args.file).name),
              file=sys.stderr)
    return 0


def registry_list(args: argparse.Namespace) -> int:
    from certwatch.services.registry import registry_versions
    versions = registry_versions(engine_for(args))
    if not versions:
        _out("no registry loaded: run `certwatch registry import data/registry.csv`")
        return 0
    _out(f"{'version':>7}  {'imported (UTC)':<19}  {'agencies':>8}  {'sha256':<12}  file")
    for version in versions:
        when = version.imported_at.strftime("%Y-%m-%d %H:%M:%S")
        sample = "SAMPLE  " if version.sample else ""
        _out(f"{version.id:>7}  {when:<19}  {version.agencies:>8}  {version.sha256[:12]}  "
             f"{sample}{version.file_name}")
    if any(version.sample for version in versions):
        print("SAMPLE: a sample registry (illustrative rows with source_url sample:..., see "
              "data/README.md), not an official list", file=sys.stderr)
    return 0


def registry_show(args: argparse.Namespace) -> int:
    from certwatch.services.registry import registry_agency, show_registry_version
    engine = engine_for(args)
    if args.id.isdigit():
        version, records = show_registry_version(engine, int(args.id))
        _out(f"registry version {version.id}: {version.file_name}, {version.agencies} "
             f"agencies, sha256 {version.sha256}")
        for r in records:
            levels = ",".join(map(str, r.levels)) or "-"
            _out(f"  {r.agency_id:<16} {r.status:<9} {r.kind:<15} levels {levels:<10} {r.name}")
        return 0
    registry_version, r = registry_agency(engine, args.id)
    _out(f"{r.agency_id} (registry version {registry_version})")
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
    from certwatch.services.registry import crawl_official_list
    count = crawl_official_list(Path(args.output), start_url=args.start_url,
                                allow_private_hosts=args.allow_private_hosts)
    _out(f"wrote {count} organizations filed for 人工智能训练师 to {args.output}")
    return 0


# --- crawl, screen, export, reextract -----------------------------------------


def print_crawl(outcome: CrawlOutcome) -> None:
    summary, changes, counts = outcome.crawl, outcome.changes, outcome.counts
    _out(f"crawl run {summary.run_id}: {summary.pages} pages ({summary.offers} read as offers), "
         f"{summary.errors} errors")
    if changes:
        _out(f"changes: {changes['new']} new and {changes['changed']} changed listings, "
             f"{changes['flag_raised']} flags raised and {changes['flag_cleared']} cleared")
    if counts is not None:
        _out(f"store: {counts.listings} listings, {counts.flagged} flagged, {counts.open} "
             f"open for review")
    from crawler.focus_run import describe_focus
    focus = describe_focus(summary.stats)
    if focus:
        _out(focus)
    for problem in summary.start_problems:
        print(f"certwatch: {problem}", file=sys.stderr)


def crawl_failure(outcome: CrawlOutcome) -> JobFailed:
    """The one line a failed crawl ends with (main adds the log's path)."""
    summary = outcome.crawl
    return JobFailed(f"crawl run {summary.run_id} {summary.status}: {summary.error}")


def crawl(args: argparse.Namespace) -> int:
    from certwatch.services.crawl import check_crawl_targets, crawl_and_screen, load_sources_file
    check_crawl_targets(args.urls, args.sources)
    sources = load_sources_file(args.sources) if args.sources else None
    engine = engine_for(args)
    outcome = crawl_and_screen(
        engine, urls=args.urls, sources=sources, allow_domains=args.allow_domain,
        max_pages=args.max_pages, allow_private_hosts=args.allow_private_hosts,
        progress=_progress(),
    )
    print_crawl(outcome)
    if not outcome.ok:
        raise crawl_failure(outcome)
    return 0


def screen(args: argparse.Namespace) -> int:
    from certwatch.services.screen import screen_listings, screen_what_if
    engine = engine_for(args)
    if getattr(args, "registry_version", None) is not None:
        for line in screen_what_if(engine, args.registry_version, listing=args.listing):
            _out(line.to_json())
        return 0
    if getattr(args, "listing", None) is not None:
        raise UsageError("--listing goes with --registry-version N")
    summary = screen_listings(engine)
    _out(f"screened {summary.listings} listings against registry version "
         f"{summary.registry_version}: {summary.flagged} flagged, {summary.flags_added} flags "
         f"added, {summary.flags_superseded} superseded")
    return 0


def export(args: argparse.Namespace) -> int:
    from certwatch.services.export import export_listings
    count = export_listings(engine_for(args), output=args.output, stream=sys.stdout,
                            fmt=args.format, flagged_only=args.flagged_only)
    if args.output:
        _out(f"wrote {count} listings to {args.output}")
    return 0


def _since(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(f"--since {text}: not a date (YYYY-MM-DD)") from exc
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def reextract(args: argparse.Namespace) -> int:
    from certwatch.services.reextract import reextract as reextract_captures
    since = _since(args.since)
    outcome = reextract_captures(engine_for(args), source=args.source, since=since,
                                 progress=_progress())
    done, screened = outcome.reextract, outcome.screen
    _out(f"reextract run {done.run_id}: {done.pages} pages read, "
         f"{len(done.changed_listing_ids)} listings changed ({done.new_listings} new), "
         f"{done.errors} errors, {done.missing} missing WARC records; "
         f"screened {screened.listings if screened else 0} listings, "
         f"{screened.flagged if screened else 0} flagged")
    if outcome.changes:
        _out(f"changes: {outcome.changes['flag_raised']} flags raised and "
             f"{outcome.changes['flag_cleared']} cleared")
    return 0 if outcome.ok else 1


# --- nightly, dashboard, demo, evaluate ---------------------------------------


def nightly(args: argparse.Namespace) -> int:
    from certwatch.services.nightly import run_nightly
    outcome = run_nightly(engine_for(args), Path(args.sources), progress=_progress())
    _out(f"nightly run {outcome.run_id}: {'succeeded' if outcome.ok else 'FAILED'}; "
         f"report {outcome.report_md}")
    for failed in outcome.failed_monitors:
        print(f"monitor failed: {failed.source} {failed.monitor}: {failed.message}",
              file=sys.stderr)
    if not outcome.ok:
        raise JobFailed(f"nightly run {outcome.run_id} failed; report {outcome.report_md}")
    return 0


def dashboard(args: argparse.Namespace) -> int:
    from certwatch.services.dashboard import run_dashboard
    engine = engine_for(args)  # migrates before the app opens it
    return run_dashboard(engine, port=args.port, anonymous_decisions=args.anonymous_decisions)


def demo(args: argparse.Namespace) -> int:
    from certwatch.services.dashboard import run_dashboard
    from certwatch.services.demo import crawl_demo_site, demo_summary
    engine = engine_for(args)
    print_crawl(crawl_demo_site(engine, progress=_progress()))
    summary = demo_summary(engine)
    print(f"\n{summary.listings} listings, {summary.flagged} flagged; listings per flag:")
    for code, count in summary.flag_codes:
        print(f"  {code:<30} {count}")
    print("riskiest (listing_id, risk, title):")
    for score, title, listing_id in summary.riskiest:
        print(f"  {listing_id:>5}  {score:>3}  {title[:40]}")
    if args.no_dashboard:
        return 0
    print(f"\nopening the dashboard at http://127.0.0.1:{args.port}/ (Ctrl-C to stop); "
          "decisions are anonymous")
    return run_dashboard(engine, port=args.port, anonymous_decisions=True)


def evaluate(args: argparse.Namespace) -> int:
    from certwatch.evaluate import format_report
    from certwatch.evaluate_web import format_web_report
    from certwatch.services.evaluate import evaluate_corpus, evaluate_web
    if getattr(args, "operators", None):
        from certwatch.services.evaluate import evaluate_operators
        evaluation = evaluate_operators(Path(args.operators), progress=_progress())
        print_crawl(evaluation.crawl)
        figures = evaluation.figures
        print(f"operators web: {args.operators}\n"
              f"pairwise precision {figures['precision']:.3f}, recall {figures['recall']:.3f} "
              f"({figures['pairs_correct']} of {figures['pairs_predicted']} predicted pairs "
              f"right, {figures['pairs_true']} true pairs); {figures['operators_predicted']} "
              f"operators found, {figures['operators_true']} in the truth; "
              f"{figures['offer_pages_listed']} of {figures['offer_pages']} offer pages listed")
        for wrong in figures["wrong_links"]:
            print(f"  wrong link {wrong['pages']} (truth {wrong['truth']}): "
                  f"{', '.join(wrong['identifiers']) or '?'}")
    elif args.web:
        evaluation = evaluate_web(Path(args.web), progress=_progress())
        print_crawl(evaluation.crawl)
        print(f"web: {args.web}")
        print(format_web_report(evaluation.figures))
    else:
        evaluation = evaluate_corpus(args.corpus, progress=_progress())
        print_crawl(evaluation.crawl)
        print(f"corpus: {evaluation.corpus} ({evaluation.site.relative_to(DATA_DIR.parent)})")
        print(format_report(evaluation.figures))
    if args.json:
        Path(args.json).write_text(
            json.dumps(evaluation.figures, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


def db_upgrade(args: argparse.Namespace) -> int:
    _out(f"schema up to date: {upgrade_schema(engine_for(args))}")
    return 0


def casefile(args: argparse.Namespace) -> int:
    from certwatch.services.casefile import write_casefile
    path, case = write_casefile(engine_for(args), args.listing_id, args.output)
    rendered = (f"screenshot rendered in {case.render_seconds:g} s" if case.rendered
                else f"no screenshot ({case.render_error})")
    _out(f"wrote {path} ({len(case.data)} bytes): listing {case.listing_id}, "
         f"{case.captures} captures, {rendered}, {len(case.not_archived)} resources not archived")
    return 0


def operators(args: argparse.Namespace) -> int:
    from certwatch.services.operators import write_operators
    count, linked = write_operators(engine_for(args), output=args.output, stream=sys.stdout,
                                    fmt=args.format)
    if args.output:
        _out(f"wrote {count} operators to {args.output} ({linked.ties} ties; "
             f"{len(linked.new)} new, {len(linked.merged)} merged, {len(linked.split)} split)")
    return 0
