"""The ``certwatch`` command line (docs/contract.md "Command line")."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from certwatch import commands, distributed, logfile
from certwatch.errors import CertwatchError

EPILOG = """\
database: --db URL (before the command) or CERTWATCH_DB; default: SQLite file data/certwatch.db.
exit codes: 0 success, 1 the job ran and failed, 2 bad usage or bad input file.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="certwatch",
        description="Find and screen ads selling AI-trainer (人工智能训练师) certificates.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy database URL")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    registry = sub.add_parser("registry", help="load, list and crawl the registry of agencies")
    reg = registry.add_subparsers(dest="registry_command", metavar="ACTION", required=True)
    p = reg.add_parser("import", help="import a registry CSV as a new version")
    p.add_argument("file")
    p.add_argument("--allow-shrink", action="store_true",
                   help="import even a file with fewer than half the current version's agencies")
    p.set_defaults(func=commands.registry_import)
    p = reg.add_parser("list", help="list registry versions (newest first)")
    p.set_defaults(func=commands.registry_list)
    p = reg.add_parser("show", help="show a version (number) or an agency (agency_id)")
    p.add_argument("id")
    p.set_defaults(func=commands.registry_show)
    p = reg.add_parser("crawl", help="crawl the official list of evaluation organizations to CSV")
    p.add_argument("--output", "-o", default="registry-official.csv")
    p.add_argument("--start-url", help="the directory's province index (default: pjjg.osta.org.cn)")
    p.add_argument("--allow-private-hosts", action="store_true")
    p.set_defaults(func=commands.registry_crawl)

    p = sub.add_parser("crawl", help="crawl start URLs or configured sources, then screen")
    p.add_argument("urls", nargs="*", metavar="URL")
    p.add_argument("--sources", metavar="FILE", help="TOML file of sources (see README)")
    p.add_argument("--allow-domain", action="append", default=[], metavar="D")
    p.add_argument("--max-pages", type=int, metavar="N")
    p.add_argument("--allow-private-hosts", action="store_true",
                   help="allow loopback and private addresses (refused by default)")
    p.add_argument("--frontier", metavar="redis://HOST:6379/0",
                   help="seed a shared crawl for `certwatch worker`s instead of crawling here")
    p.add_argument("--wait", action="store_true",
                   help="with --frontier: wait for the workers, then close the run and screen")
    p.set_defaults(func=distributed.crawl)
    distributed.add_worker_parser(sub)

    p = sub.add_parser("screen", help="re-run issuer matching and flagging over all listings")
    p.add_argument("--registry-version", type=int, metavar="N",
                   help="screen against registry version N without writing anything; print "
                        "one JSON line per listing with the flags added/removed vs stored")
    p.add_argument("--listing", metavar="ID", help="with --registry-version: only this listing "
                   "(the listing_id the export shows)")
    p.set_defaults(func=commands.screen)

    p = sub.add_parser("reextract", help="re-extract archived pages after a rule change, then screen")
    p.add_argument("--source", metavar="NAME", help="only pages of this source (e.g. cli)")
    p.add_argument("--since", metavar="DATE", help="only pages fetched on or after YYYY-MM-DD")
    p.set_defaults(func=commands.reextract)

    p = sub.add_parser("export", help="write listings as JSONL or CSV")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("--output", "-o", metavar="FILE")
    p.add_argument("--flagged-only", action="store_true")
    p.set_defaults(func=commands.export)

    p = sub.add_parser("casefile", help="write one listing's case file (ZIP) for a referral")
    p.add_argument("listing_id", metavar="LISTING_ID", help="the listing_id of the export")
    p.add_argument("--output", "-o", metavar="FILE", help="default: casefile-<LISTING_ID>.zip")
    p.set_defaults(func=commands.casefile)

    p = sub.add_parser("operators", help="write the operators: listings tied by contact "
                       "identifiers they share")
    p.add_argument("--format", choices=["jsonl", "csv", "gexf"], default="jsonl")
    p.add_argument("--output", "-o", metavar="FILE", help="default: stdout")
    p.set_defaults(func=commands.operators)

    p = sub.add_parser("nightly", help="the scheduled job: crawl, screen, record what changed")
    p.add_argument("--sources", metavar="FILE", required=True)
    p.set_defaults(func=commands.nightly)

    p = sub.add_parser("dashboard", help="start the Streamlit dashboard on 127.0.0.1",
                       description="Serve the dashboard on 127.0.0.1. Decisions need a login "
                       "with the reviewer role ([auth] and [certwatch.roles] in "
                       ".streamlit/secrets.toml); without login it is read-only.")
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--anonymous-decisions", action="store_true",
                   help="without login, let anyone who opens the dashboard record decisions "
                   "under a typed name, marked 'anonymous: <name>' (loopback only)")
    p.set_defaults(func=commands.dashboard)

    p = sub.add_parser("demo", help="serve the bundled demo web, crawl, screen, open the dashboard",
                       description="Crawl and screen the bundled demo web, then open the "
                       "dashboard on 127.0.0.1 with anonymous decisions.")
    p.add_argument("--port", type=int, default=8501, help="dashboard port")
    p.add_argument("--no-dashboard", action="store_true",
                   help="stop after printing the summary instead of starting the dashboard")
    p.set_defaults(func=commands.demo)

    p = sub.add_parser("evaluate", help="crawl a labeled web and print precision and recall")
    p.add_argument("--corpus", choices=["demo", "holdout", "blind"], default="demo",
                   help="which labeled web: demo (the rules were tuned on it), holdout (tuned "
                        "on after its blind first run), blind (tuned on after its blind first run)")
    p.add_argument("--web", metavar="DIR",
                   help="a labeled web in the truth.json format instead (site/, truth.json, "
                        "registry.csv, e.g. data/training/outside): figures per page type and "
                        "flag code, and every false positive and negative with its reason")
    p.add_argument("--operators", metavar="DIR",
                   help="a labeled web of operators (site/, truth.json naming each offer "
                        "page's operator, e.g. data/operators_web): pairwise precision and "
                        "recall of the grouping, and every wrong link with its identifiers")
    p.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    p.set_defaults(func=commands.evaluate)

    db = sub.add_parser("db", help="database maintenance")
    dbs = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    p = dbs.add_parser("upgrade", help="bring the schema up to date (also done automatically)")
    p.set_defaults(func=commands.db_upgrade)
    return parser


def configure_logging(level: int) -> None:
    """One handler on the root logger, filtering at ``level`` itself.

    The handler (not only the root logger) carries the level because Scrapy resets the
    root logger's level when a crawl starts; crawls log through this handler.
    """
    for previous in [h for h in logging.root.handlers if isinstance(h, _StderrHandler)]:
        logging.root.removeHandler(previous)  # main() called again in one process (tests)
    handler = _StderrHandler()
    handler.setLevel(level)
    formatter = logging.Formatter if level <= logging.INFO else _OneLineFormatter
    handler.setFormatter(formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.root.addHandler(handler)
    logging.root.setLevel(level)


class _OneLineFormatter(logging.Formatter):
    """Without ``-v``: a record's message only; its traceback goes to the command log."""

    def formatException(self, ei: Any) -> str:
        return ""

    def formatStack(self, stack_info: str) -> str:
        return ""

    def format(self, record: logging.LogRecord) -> str:
        return super().format(record).rstrip("\n")


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time of the record, not at set-up."""

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command: exit 0, 1 (the job failed) or 2 (bad usage or input), one line each.

    No traceback reaches the user without ``-v``: unexpected errors are written to the
    command log (``certwatch.logfile``) and named by one line that gives its path.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging(logging.INFO if args.verbose else logging.WARNING)
    log = logfile.attach()
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()
        return code
    except CertwatchError as exc:
        where = f" (log: {log})" if exc.exit_code == 1 and log else ""
        print(f"certwatch: {exc}{where}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("certwatch: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()  # `certwatch export | head`: the reader has what it wanted
        return 0
    except DBAPIError as exc:
        if _read_only(exc):  # an unusable database is bad input: exit 2, one line
            print(f"certwatch: the database is read-only ({_database(args)}): "
                  f"{logfile.one_line(exc.orig or exc)}", file=sys.stderr)
            return 2
        return _crash(exc, args)
    except Exception as exc:
        return _crash(exc, args)


def _crash(exc: Exception, args: argparse.Namespace) -> int:
    """An unexpected failure: one line naming the log that holds the traceback; exit 1."""
    if args.verbose:
        traceback.print_exception(exc)
    path = logfile.record_failure(exc, args.command)
    hint = f"details in {path}" if path else "run with -v for the traceback"
    print(f"certwatch: {args.command} failed: {logfile.one_line(exc)} ({hint})",
          file=sys.stderr)
    return 1


def _read_only(exc: DBAPIError) -> bool:
    text = str(exc.orig or exc).lower()
    return any(marker in text for marker in ("readonly database", "read-only", "read only"))


def _database(args: argparse.Namespace) -> str:
    from store.config import database_url
    return make_url(database_url(args.db)).render_as_string(hide_password=True)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush raises nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
