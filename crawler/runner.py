"""Run a crawl in-process: open a run, crawl every source in one reactor run, close the run.

Twisted's reactor cannot restart, so ``run_crawl`` runs once per process; tests and other
callers that need several crawls start ``python -m crawler.runner`` in a subprocess.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.focus_run import STATS_KEY as FOCUS_STATS, focus_stats
from crawler.revisit.middleware import revisit_stats
from crawler.run_lease import RunLease
from crawler.run_verdict import STORE_FAILURES, start_problems
from crawler.runs import open_run, record_run_stats
from crawler.sources import Source, SourcesFileError, load_sources
from crawler.spiders.configured import ConfiguredSpider
from crawler.spiders.generic import GenericSpider
from crawler.spiders.sitemap import SitemapPageSpider
from crawler.warc import warc_path_for_run
from store.config import database_url
from store.db import make_engine

SPIDERS = {"generic": GenericSpider, "sitemap": SitemapPageSpider, "configured": ConfiguredSpider}
# closespider_timeout: the source's time budget was spent (recorded in the run's stats)
OK_FINISH_REASONS = {"finished", "closespider_pagecount", "closespider_itemcount",
                     "closespider_timeout"}


@dataclass
class CrawlSummary:
    run_id: int
    pages: int
    offers: int
    errors: int
    new_listings: int
    changed_listings: int
    warc_path: str
    status: str = "succeeded"
    stats: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    # why each start URL of a source that fetched nothing gave nothing
    start_problems: list[str] = field(default_factory=list)
    # the sources that gave nothing; when ``only_sources_failed``, the others crawled well
    failed_sources: list[str] = field(default_factory=list)
    only_sources_failed: bool = False


def cli_source(
    start_urls: Iterable[str], allow_domains: Iterable[str] = (), max_pages: int | None = None
) -> Source:
    """The source ``certwatch crawl URL...`` describes."""
    return Source(
        name="cli",
        start_urls=tuple(start_urls),
        allowed_domains=tuple(allow_domains),
        max_pages=max_pages,
    )


def crawl_settings(
    db_url: str | None,
    run_id: int,
    warc_path: Path,
    *,
    allow_private_hosts: bool,
    progress: bool,
    user_agent: str | None = None,
    overrides: dict[str, Any] | None = None,
) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    values = {
        "CERTWATCH_DB_URL": database_url(db_url),
        "CERTWATCH_RUN_ID": run_id,
        "CERTWATCH_WARC_PATH": str(warc_path),
        "CERTWATCH_ALLOW_PRIVATE_HOSTS": allow_private_hosts,
        "CERTWATCH_PROGRESS": progress,
        **({"USER_AGENT": user_agent} if user_agent else {}),
        **(overrides or {}),
    }
    settings.setdict(values, priority="cmdline")
    return settings


def run_crawl(
    db_url: str | None,
    *,
    start_urls: Sequence[str] = (),
    sources: Sequence[Source] = (),
    allow_domains: Sequence[str] = (),
    max_pages: int | None = None,
    allow_private_hosts: bool = False,
    run_kind: str = "crawl",
    run_id: int | None = None,
    jobdir: Path | None = None,
    progress: bool = True,
    user_agent: str | None = None,
    settings: dict[str, Any] | None = None,
    close: bool = True,
) -> CrawlSummary:
    """Crawl ``start_urls`` (generic spider) and ``sources``; returns what the run stored.

    ``max_pages`` caps each source without its own ``max_pages``. ``jobdir`` keeps the
    frontier on disk (one folder per source) so an interrupted run continues where it
    stopped when called again with the same ``run_id``. ``settings`` overrides Scrapy
    settings (tests lower timeouts; the benchmark turns politeness off). ``close=False``
    records the crawl's stats but leaves the run ``running`` for a caller that goes on
    (nightly closes it after screening and reporting).
    """
    all_sources = list(sources)
    if start_urls:
        all_sources.insert(0, cli_source(start_urls, allow_domains, max_pages))
    if not all_sources:
        raise ValueError("nothing to crawl: give start URLs or sources")
    engine = make_engine(db_url)
    args = {
        "start_urls": list(start_urls),
        "sources": [s.name for s in all_sources],
        "max_pages": max_pages,
        "allow_private_hosts": allow_private_hosts,
    }
    run_id = open_run(engine, run_kind, args, run_id)
    warc_path = warc_path_for_run(engine, run_id)
    base = crawl_settings(
        db_url,
        run_id,
        warc_path,
        allow_private_hosts=allow_private_hosts,
        progress=progress,
        user_agent=user_agent,
        overrides=settings,
    )
    process = CrawlerProcess(base)
    crawlers = []
    for source in all_sources:
        crawler = process.create_crawler(SPIDERS[source.spider])
        if jobdir is not None:
            crawler.settings.set("JOBDIR", str(Path(jobdir) / source.name), priority="cmdline")
        budget = source.max_seconds or crawler.settings.getint("CERTWATCH_SOURCE_MAX_SECONDS")
        if budget:  # the source's wall-clock budget: Scrapy closes its spider when spent
            crawler.settings.set("CLOSESPIDER_TIMEOUT", budget, priority="cmdline")
        crawlers.append(crawler)
        process.crawl(crawler, source=source, max_pages=source.max_pages or max_pages)
    error = None
    try:
        with RunLease(engine, run_id):  # renewed while crawling: the run is seen alive
            process.start()
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"
    reasons = {c.stats.get_value("finish_reason") if c.stats else None for c in crawlers}
    crawler_stats = {source.name: (c.stats.get_stats() if c.stats else {})
                     for source, c in zip(all_sources, crawlers, strict=True)}
    problems = start_problems(engine, run_id, all_sources, crawler_stats)
    store_failures = sum(int(s.get(STORE_FAILURES, 0)) for s in crawler_stats.values())
    if error is None and not reasons <= OK_FINISH_REASONS:
        error = f"crawl ended early: {sorted(str(r) for r in reasons)}"
    if error is None and store_failures:
        error = f"{store_failures} pages could not be stored (see the run's page errors)"
    failed_sources = sorted({p.source for p in problems})
    only_sources_failed = error is None and bool(problems)
    if error is None and problems:
        error = "nothing fetched: " + "; ".join(p.line() for p in problems[:5])
    status = "failed" if error is not None else "succeeded"
    stats = record_run_stats(
        engine,
        run_id,
        status=status,
        finished=close,
        error=error,
        warc_path=str(warc_path),
        extra_stats={"finish_reasons": sorted(str(r) for r in reasons),
                     "budget_spent": [source.name for source, c in zip(all_sources, crawlers,
                                                                       strict=True)
                                      if c.stats and c.stats.get_value("finish_reason")
                                      == "closespider_timeout"],
                     "store_failures": store_failures,
                     "start_problems": [p.line() for p in problems],
                     "revisits": revisit_stats(crawler_stats.values()),
                     **focus_stats(c.stats.get_value(FOCUS_STATS) for c in crawlers if c.stats)},
    )
    return CrawlSummary(
        run_id=run_id,
        pages=stats["pages"],
        offers=stats["offers"],
        errors=stats["errors"],
        new_listings=stats["new_listings"],
        changed_listings=stats["changed_listings"],
        warc_path=str(warc_path),
        status=status,
        stats=stats,
        error=error,
        start_problems=[p.line() for p in problems],
        failed_sources=failed_sources,
        only_sources_failed=only_sources_failed,
    )


def _setting(text: str) -> tuple[str, Any]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    try:
        return name, json.loads(value)
    except json.JSONDecodeError:
        return name, value


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m crawler.runner", description="Crawl and store (one run per process)."
    )
    parser.add_argument("urls", nargs="*", metavar="URL")
    parser.add_argument("--db", help="SQLAlchemy URL (default: CERTWATCH_DB or data/)")
    parser.add_argument("--sources", type=Path, help="sources file (TOML)")
    parser.add_argument("--allow-domain", action="append", default=[])
    parser.add_argument("--max-pages", type=int)
    parser.add_argument("--allow-private-hosts", action="store_true")
    parser.add_argument("--run-id", type=int, help="continue this run")
    parser.add_argument("--jobdir", type=Path)
    parser.add_argument("--no-progress", action="store_true")
    parser.add_argument(
        "--set", type=_setting, action="append", default=[], metavar="NAME=VALUE",
        help="override a Scrapy setting (value parsed as JSON when it can be)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    sources: list[Source] = []
    settings = dict(args.set)
    allow_private = args.allow_private_hosts
    user_agent = None
    max_pages = args.max_pages
    if args.sources:
        try:
            config = load_sources(args.sources)
        except SourcesFileError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        sources = list(config.sources)
        allow_private = allow_private or config.allow_private_hosts
        user_agent = config.user_agent
        max_pages = max_pages or config.max_pages
    if not args.urls and not sources:
        parser.error("give start URLs or --sources FILE")
    summary = run_crawl(
        args.db,
        start_urls=args.urls,
        sources=sources,
        allow_domains=args.allow_domain,
        max_pages=max_pages,
        allow_private_hosts=allow_private,
        run_id=args.run_id,
        jobdir=args.jobdir,
        progress=not args.no_progress,
        user_agent=user_agent,
        settings=settings,
    )
    print(json.dumps(asdict(summary), ensure_ascii=False))
    return 0 if summary.status == "succeeded" else 1


if __name__ == "__main__":
    sys.exit(main())
