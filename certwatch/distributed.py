"""``certwatch crawl --frontier`` (seed a shared crawl) and ``certwatch worker`` (crawl it).

The run is closed, and its listings screened, by whichever process first sees the crawl
done (queue empty, every worker idle for ``--idle-seconds``): the last worker, or the
seeding command when it ``--wait``s. See crawler/frontier.py; the jobs are in
``certwatch.services.distributed``.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sqlalchemy import Engine

from certwatch import commands
from certwatch.commands import engine_for
from crawler.settings import CERTWATCH_FRONTIER_IDLE_SECONDS


def _out(text: str) -> None:
    print(text, flush=True)


def _screen(engine: Engine, stats: dict[str, Any]) -> None:
    from certwatch.changes import record_changes_of
    from certwatch.services.distributed import screen_closed_run
    from store.db import session_scope
    from store.definitions import store_counts
    screen_closed_run(engine)
    changes = record_changes_of(engine, int(stats["run_id"]))
    with session_scope(engine) as session:
        counts = store_counts(session)
    _out(f"crawl run {stats['run_id']} closed: {stats['pages']} pages ({stats['offers']} "
         f"read as offers), {stats['errors']} errors")
    _out(f"changes: {changes['new']} new and {changes['changed']} changed listings, "
         f"{changes['flag_raised']} flags raised and {changes['flag_cleared']} cleared")
    _out(f"store: {counts.listings} listings, {counts.flagged} flagged, {counts.open} "
         f"open for review")
    from crawler.focus_run import describe_focus
    focus = describe_focus(stats)
    if focus:
        _out(focus)


def crawl(args: argparse.Namespace) -> int:
    """``certwatch crawl``: the single-process crawl, or seeding when ``--frontier`` is given."""
    from certwatch.services.crawl import check_crawl_targets, load_sources_file
    from certwatch.services.distributed import (
        seed_frontier_crawl,
        wait_and_close,
    )
    if not getattr(args, "frontier", None):
        return commands.crawl(args)
    check_crawl_targets(args.urls, args.sources)
    config = load_sources_file(args.sources) if args.sources else None
    engine = engine_for(args)
    seeded = seed_frontier_crawl(
        engine, args.frontier, urls=args.urls, sources=config, allow_domains=args.allow_domain,
        max_pages=args.max_pages, allow_private_hosts=args.allow_private_hosts,
    )
    frontier = seeded.frontier
    _out(f"crawl run {seeded.run_id} seeded at {frontier.redis_url} (prefix {frontier.prefix}); "
         f"start workers: certwatch --db URL worker --frontier {args.frontier}")
    if not getattr(args, "wait", False):
        return 0
    stats = wait_and_close(engine, frontier, CERTWATCH_FRONTIER_IDLE_SECONDS)
    if stats is None:
        _out(f"crawl run {seeded.run_id} was closed and screened by a worker")
    else:
        _screen(engine, stats)
    return 0


def worker(args: argparse.Namespace) -> int:
    """``certwatch worker``: crawl from the shared frontier until the crawl is done."""
    from certwatch.services.distributed import work_frontier
    engine = engine_for(args)
    summary = work_frontier(engine, args.frontier, idle_seconds=args.idle_seconds,
                            name=args.name, wait_for_job=args.wait_for_job,
                            progress=sys.stderr.isatty())
    if summary.run_id is None:
        _out(f"worker {summary.worker}: no crawl seeded at {args.frontier}; nothing to do")
        return 0
    _out(f"worker {summary.worker}: {summary.pages} pages for crawl run {summary.run_id} "
         f"({summary.finish_reason})")
    if summary.closed_run is not None:
        _screen(engine, summary.closed_run)
    return 0 if summary.finish_reason in ("finished", "shutdown") else 1


def add_worker_parser(sub: Any) -> None:
    """The ``worker`` subcommand (called from certwatch.cli)."""
    p = sub.add_parser("worker", help="crawl from a shared Redis frontier (see crawl --frontier)")
    p.add_argument("--frontier", required=True, metavar="redis://HOST:6379/0[?prefix=NAME]")
    p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                   help="the shared store (PostgreSQL; same as --db before the command)")
    p.add_argument("--idle-seconds", type=float, default=CERTWATCH_FRONTIER_IDLE_SECONDS, metavar="S",
                   help="the crawl is done when the queue stayed empty and every worker "
                        "idle this long (default %(default)s)")
    p.add_argument("--wait-for-job", type=float, metavar="S",
                   help="how long to wait for a crawl to be seeded (default: --idle-seconds)")
    p.add_argument("--name", help="worker name in Redis and in its WARC file "
                                  "(default: host-pid)")
    p.set_defaults(func=worker)
