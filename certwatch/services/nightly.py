"""``certwatch nightly``: crawl every source, screen, record the run and what changed.

Safe from a scheduler: a kernel-released lock keeps two runs apart; a run killed
mid-crawl is resumed by the next one (same run row, Scrapy JOBDIR), and every page and
listing is committed as it comes, so nothing is duplicated or lost.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select

from certwatch.errors import JobFailed, UsageError
from certwatch.nightly.changes import record_changes, source_stats
from certwatch.nightly.config import NightlyConfig, load_nightly_config
from certwatch.nightly.lock import LockHeld, RunLock
from certwatch.nightly.monitors import MonitorConfig, MonitorResult, check_source
from certwatch.nightly.report import build_report, write_report
from certwatch.nightly.rescreen import screen_changed
from certwatch.nightly.retention import prune
from certwatch.operators.seller_pages import list_sellers_pages
from certwatch.operators.store import link_operators
from certwatch.services.registry import ensure_registry
from crawler.listing_merge import merge_duplicates
from crawler.run_lease import RunLease, mark_interrupted
from crawler.runner import run_crawl
from crawler.sources import SourcesConfig, SourcesFileError, load_sources
from store import summaries
from store.config import runtime_dir
from store.db import session_factory
from store.models import CrawlRun
from store.timeutil import utcnow


@dataclass
class NightlyOutcome:
    run_id: int
    ok: bool
    report_json: Path
    report_md: Path
    failed_monitors: list[MonitorResult]


def _jobdir(sources_path: Path) -> Path:
    digest = hashlib.sha1(str(sources_path.resolve()).encode()).hexdigest()[:12]
    return runtime_dir() / "jobs" / f"nightly-{digest}"


def _interrupted_run(engine: Engine, sources_path: Path) -> CrawlRun | None:
    """A nightly run of these sources that died mid-way: its lease expired (marked
    ``interrupted`` here), or it is still ``running`` though we hold the lock."""
    mark_interrupted(engine)
    with session_factory(engine)() as session:
        return session.scalars(
            select(CrawlRun).where(
                CrawlRun.kind == "nightly", CrawlRun.status.in_(("running", "interrupted")),
                CrawlRun.args["sources"].as_string() == str(sources_path.resolve()),
            ).order_by(CrawlRun.id.desc()).limit(1)
        ).first()


def run_nightly(engine: Engine, sources_path: Path, *, progress: bool = True) -> NightlyOutcome:
    """The whole job. Raises UsageError for a bad sources file, JobFailed when locked."""
    try:
        crawl_config = load_sources(sources_path)
    except SourcesFileError as exc:
        raise UsageError(str(exc)) from exc
    config = load_nightly_config(sources_path)
    try:
        lock = RunLock(runtime_dir() / "nightly.lock").acquire()
    except LockHeld as exc:
        raise JobFailed(str(exc)) from exc
    try:
        return _run_locked(engine, sources_path, crawl_config, config, progress=progress)
    finally:
        lock.release()


def _run_locked(engine: Engine, sources_path: Path, crawl_config: SourcesConfig,
                config: NightlyConfig, *, progress: bool) -> NightlyOutcome:
    ensure_registry(engine)
    make_session = session_factory(engine)
    jobdir = _jobdir(sources_path)
    previous = _interrupted_run(engine, sources_path)
    with make_session() as session, session.begin():
        if previous is None:
            run = CrawlRun(kind="nightly", args={"sources": str(sources_path.resolve())})
            session.add(run)
            shutil.rmtree(jobdir, ignore_errors=True)  # a fresh run starts a fresh frontier
        else:
            found = session.get(CrawlRun, previous.id)
            assert found is not None  # we hold the lock: nobody deleted it
            run = found
            run.status, run.finished_at, run.error = "running", None, None
            run.stats = {**(run.stats or {}), "resumed": (run.stats or {}).get("resumed", 0) + 1}
            print(f"resuming nightly run {run.id}, interrupted earlier", file=sys.stderr)
        session.flush()
        run_id, resumed = run.id, (run.stats or {}).get("resumed", 0)  # the crawl rewrites stats
    with RunLease(engine, run_id):  # alive while crawling, screening and reporting
        return _crawl_and_report(engine, sources_path, crawl_config, config, run_id, resumed,
                                 jobdir, progress=progress)


def _crawl_and_report(engine: Engine, sources_path: Path, crawl_config: SourcesConfig,
                      config: NightlyConfig, run_id: int, resumed: int, jobdir: Path, *,
                      progress: bool) -> NightlyOutcome:
    make_session = session_factory(engine)
    sources = list(crawl_config.sources)
    crawl_error: str | None = None  # the run fails with this
    whole_crawl_error: str | None = None  # ... and no source is trusted tonight
    dead_sources: set[str] = set()
    try:
        crawled = run_crawl(
            engine.url.render_as_string(hide_password=False), sources=sources,
            allow_private_hosts=crawl_config.allow_private_hosts,
            max_pages=crawl_config.max_pages, user_agent=crawl_config.user_agent,
            run_kind="nightly", run_id=run_id, jobdir=jobdir, progress=progress,
            settings={"LOG_ENABLED": False},  # logs go through the CLI's handler
            close=False,  # the run ends below, after screening and the report
        )
        if crawled.only_sources_failed:  # sources whose start URLs gave nothing: only
            dead_sources = set(crawled.failed_sources)  # they are untrusted tonight
            crawl_error = f"crawl {crawled.status}: {crawled.error}"
        elif crawled.status != "succeeded":
            crawl_error = whole_crawl_error = f"crawl {crawled.status}: {crawled.error}"
    except Exception as exc:
        crawl_error = whole_crawl_error = f"crawl failed: {exc}"
    merge_duplicates(engine)
    list_sellers_pages(engine, run_id)
    screen_changed(engine, run_id, progress=progress)  # what may have changed, not all
    linked = link_operators(engine)
    with make_session() as session, session.begin():
        finished = session.get(CrawlRun, run_id)
        assert finished is not None
        run = finished
        names = [s.name for s in sources]
        stats = source_stats(session, run, names)
        results: list[MonitorResult] = []
        trusted: list[str] = []
        for name in names:
            checks = check_source(stats[name], config.monitors.get(name, MonitorConfig()))
            results += checks
            if all(c.ok for c in checks) and name not in dead_sources:
                trusted.append(name)
        counts = record_changes(session, run, trusted if whole_crawl_error is None else [],
                                remove_after_runs=config.remove_after_runs)
        summaries.refresh_after_run(session, run_id)  # the dashboard's summary tables
        failed = [r for r in results if not r.ok]
        run.stats = {
            **(run.stats or {}),
            "sources": {
                name: {"pages": s.pages, "errors": s.errors, "offers": s.offers,
                       **counts.get(name, {"new": 0, "changed": 0, "removed": 0}),
                       "monitors_ok": name in trusted}
                for name, s in stats.items()
            },
            "new": sum(c.get("new", 0) for c in counts.values()),
            "changed": sum(c.get("changed", 0) for c in counts.values()),
            "removed": sum(c.get("removed", 0) for c in counts.values()),
            "failed_monitors": len(failed),
            "operators": {"new": [str(i) for i in linked.new],
                          "joined_high_risk": [{"listing_id": str(lid), "operator_id": str(op)}
                                               for lid, op in linked.joined_high_risk]},
            **({"resumed": resumed} if resumed else {}),
        }
        run.status = "failed" if failed or crawl_error else "succeeded"
        run.error = crawl_error or (
            "; ".join(f"{r.source}: {r.message}" for r in failed) if failed else None)
        run.finished_at = utcnow()
        pruned = prune(session, older_than_days=config.retention_days, now=run.finished_at)
        run.stats = {**run.stats, "pruned_pages": pruned.pages, "pruned_warcs": pruned.warc_files}
        report = build_report(session, run, results, high_risk=config.high_risk)
    json_path, md_path = write_report(report, runtime_dir() / "reports")
    shutil.rmtree(jobdir, ignore_errors=True)  # finished: the next run starts afresh
    return NightlyOutcome(run_id, not failed and crawl_error is None, json_path, md_path, failed)
