"""``certwatch crawl --frontier`` (seed a shared crawl) and ``certwatch worker`` (crawl it).

The run is closed, and its listings screened, by whichever process first sees the crawl
done (queue empty, every worker idle for ``--idle-seconds``): the last worker, or the
seeding command when it ``--wait``s. See crawler/frontier.py.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from certwatch.errors import JobFailed, UsageError

DEFAULT_IDLE_SECONDS = 10.0


def _out(text: str) -> None:
    print(text, flush=True)


def _frontier(url: str) -> Any:
    from crawler.frontier import Frontier, FrontierError

    try:
        frontier = Frontier.parse(url)
        frontier.client()
    except FrontierError as exc:
        raise JobFailed(str(exc)) from exc
    return frontier


def _screen(db_url: str, stats: dict[str, Any]) -> None:
    from certwatch.commands import ensure_registry
    from certwatch.screen import screen_all
    from store.db import make_engine

    engine = make_engine(db_url)
    ensure_registry(engine)
    screened = screen_all(engine)
    _out(f"crawl run {stats['run_id']} closed: {stats['pages']} pages, {stats['offers']} "
         f"offers, {stats['errors']} errors, {stats['new_listings']} new and "
         f"{stats['changed_listings']} changed listings; screened {screened.listings} "
         f"listings, {screened.flagged} flagged")


def crawl(args: argparse.Namespace) -> int:
    """``certwatch crawl``: the single-process crawl, or seeding when ``--frontier`` is given."""
    if not getattr(args, "frontier", None):
        from certwatch import commands

        return commands.crawl(args)
    from certwatch.commands import engine_for, load_sources_file
    from crawler.frontier import FrontierError
    from crawler.frontier_run import close_frontier_run, seed_crawl, wait_for_crawl
    from crawler.runner import cli_source

    if bool(args.urls) == bool(args.sources):
        raise UsageError("give start URLs or --sources FILE (one of the two)")
    for url in args.urls:
        if not url.startswith(("http://", "https://")):
            raise UsageError(f"{url}: not an http(s) URL")
    config = load_sources_file(args.sources) if args.sources else None
    sources = list(config.sources) if config else [cli_source(args.urls, args.allow_domain)]
    db_url = engine_for(args).url.render_as_string(hide_password=False)
    frontier = _frontier(args.frontier)
    try:
        run_id = seed_crawl(
            frontier, db_url, sources,
            allow_private_hosts=args.allow_private_hosts or bool(config and config.allow_private_hosts),
            max_pages=args.max_pages or (config.max_pages if config else None),
            user_agent=config.user_agent if config else None,
        )  # fmt: skip
    except FrontierError as exc:
        raise JobFailed(str(exc)) from exc
    _out(f"crawl run {run_id} seeded at {frontier.redis_url} (prefix {frontier.prefix}); "
         f"start workers: certwatch --db URL worker --frontier {args.frontier}")
    if not getattr(args, "wait", False):
        return 0
    wait_for_crawl(frontier, DEFAULT_IDLE_SECONDS)
    stats = close_frontier_run(frontier, db_url)
    if stats is None:
        _out(f"crawl run {run_id} was closed and screened by a worker")
    else:
        _screen(db_url, stats)
    return 0


def worker(args: argparse.Namespace) -> int:
    """``certwatch worker``: crawl from the shared frontier until the crawl is done."""
    from certwatch.commands import engine_for
    from crawler.frontier_run import run_worker

    db_url = engine_for(args).url.render_as_string(hide_password=False)
    frontier = _frontier(args.frontier)
    summary = run_worker(frontier, db_url, idle_seconds=args.idle_seconds,
                         worker=args.name, progress=sys.stderr.isatty(),
                         wait_for_job=args.wait_for_job)
    if summary.run_id is None:
        _out(f"worker {summary.worker}: no crawl seeded at {args.frontier}; nothing to do")
        return 0
    _out(f"worker {summary.worker}: {summary.pages} pages for crawl run {summary.run_id} "
         f"({summary.finish_reason})")
    if summary.closed_run is not None:
        _screen(db_url, summary.closed_run)
    return 0 if summary.finish_reason in ("finished", "shutdown") else 1


def add_worker_parser(sub: Any) -> None:
    """The ``worker`` subcommand (called from certwatch.cli)."""
    p = sub.add_parser("worker", help="crawl from a shared Redis frontier (see crawl --frontier)")
    p.add_argument("--frontier", required=True, metavar="redis://HOST:6379/0[?prefix=NAME]")
    p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                   help="the shared store (PostgreSQL; same as --db before the command)")
    p.add_argument("--idle-seconds", type=float, default=DEFAULT_IDLE_SECONDS, metavar="S",
                   help="the crawl is done when the queue stayed empty and every worker "
                        "idle this long (default %(default)s)")
    p.add_argument("--wait-for-job", type=float, metavar="S",
                   help="how long to wait for a crawl to be seeded (default: --idle-seconds)")
    p.add_argument("--name", help="worker name in Redis and in its WARC file "
                                  "(default: host-pid)")
    p.set_defaults(func=worker)
