"""Distributed crawl benchmark: 1 and 2 workers on PostgreSQL vs the single-process SQLite crawl,
and a 5,000-page nightly run end to end.

    /work/venv/bin/python bench/distributed/run.py [--pages 2000] [--nightly-pages 5000]
        [--concurrency 16] [--write]

Generates the crawl benchmark's synthetic web (bench/crawl/sitegen.py: 20-60 KB Chinese
pages, a third of them course ads), serves it from a Twisted static server in its own
process, and crawls it three ways with politeness off and the same concurrency: the
single-process crawl into SQLite, then 1 and 2 ``certwatch worker`` processes on a shared
Redis frontier writing to a scratch PostgreSQL database. Pages/s is taken from the launch
of the crawling processes to the moment the store holds the last page (polled), so the
workers' idle wait at the end is not counted. Then ``certwatch nightly`` on a sources file
pointing at a 5,000-page site (PostgreSQL), timed with its peak RSS. ``--write`` records the
figures in bench/RESULTS.md under "## Distributed crawl (bench/distributed)".
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(HERE), str(HERE.parent / "crawl")]

from cpu import CpuMeter  # noqa: E402
from sitegen import generate  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

SERVER = """
import sys
from twisted.internet import reactor
from twisted.web.server import Site
from twisted.web.static import File
reactor.listenTCP(int(sys.argv[2]), Site(File(sys.argv[1])), interface="127.0.0.1", backlog=256)
reactor.run()
"""
SINGLE = """
import json, sys
from crawler.runner import run_crawl
run_crawl(sys.argv[2], start_urls=[sys.argv[1]], allow_private_hosts=True, progress=False,
          settings=json.loads(sys.argv[3]))
"""
# certwatch nightly with politeness off: the sources file has no place for Scrapy settings.
NIGHTLY = """
import sys
import crawler.settings as s
s.AUTOTHROTTLE_ENABLED, s.DOWNLOAD_DELAY = False, 0
s.CONCURRENT_REQUESTS = s.CONCURRENT_REQUESTS_PER_DOMAIN = int(sys.argv.pop())
from certwatch.cli import main
sys.exit(main(sys.argv[1:]))
"""
PG_ADMIN = os.environ.get("CERTWATCH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS = "redis://127.0.0.1:6379/0"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(root: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(root), str(port)])
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    return server, f"http://127.0.0.1:{port}"


def scratch_pg() -> str:
    name = f"certwatch_bench_{uuid.uuid4().hex[:8]}"
    with create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return PG_ADMIN.rsplit("/", 1)[0] + "/" + name


def drop_pg(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    with create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = :n"), {"n": name})
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))


def env(runtime: Path) -> dict[str, str]:
    return {**os.environ, "CERTWATCH_RUNTIME": str(runtime), "PYTHONPATH": str(ROOT)}


def frontier_memory(client: Any, prefix: str, peak: dict[str, float]) -> None:
    """Keep in ``peak`` the largest memory of the frontier's duplicate filter and queue seen,
    in bytes per entry (Redis ``MEMORY USAGE``)."""
    for name, size in (("dupefilter", "scard"), ("requests", "zcard")):
        key = f"{prefix}:{name}"
        used, entries = client.memory_usage(key, samples=0), getattr(client, size)(key)
        if used and entries and used >= peak.get(f"{name}_bytes", 0):
            peak[f"{name}_bytes"], peak[f"{name}_entries"] = used, entries
            peak[f"{name}_bytes_per_entry"] = round(used / entries, 1)


def warc_bytes(runtime: Path) -> dict[Path, int]:
    return {p: p.stat().st_size for p in runtime.rglob("*.warc.gz")}


def timed_until_stored(commands: list[list[str]], db_url: str, runtime: Path,
                       redis_client: Any = None, prefix: str | None = None) -> dict[str, Any]:
    """Launch ``commands``; seconds until the store's page count stopped growing; pages; the
    CPU seconds of the crawl's processes by kind at that moment (``cpu.CpuMeter``); the
    frontier's peak memory in Redis; WARC bytes written."""
    from store.db import make_engine

    engine = make_engine(db_url)
    conn = engine.connect()
    postgres = engine.dialect.name == "postgresql"
    own = [conn.execute(text("select pg_backend_pid()")).scalar_one()] if postgres else []
    conn.commit()
    admin = create_engine(PG_ADMIN) if postgres else None
    meter = CpuMeter([], pg=admin, redis=redis_client, exclude=own,
                     database=db_url.rsplit("/", 1)[1] if postgres else None)
    began = time.monotonic()
    procs = [subprocess.Popen(c, cwd=ROOT, env=env(runtime), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL) for c in commands]
    meter.roots = [p.pid for p in procs]
    last_count, last_change, cpu = 0, began, meter.taken()
    warcs_before = warc_bytes(runtime)
    redis_peak: dict[str, float] = {}

    def count() -> int:
        pages = int(conn.execute(text("select count(*) from pages")).scalar_one())
        conn.commit()  # no long read transaction (SQLite's WAL could not be checkpointed)
        return pages

    while any(p.poll() is None for p in procs):
        meter.sample()
        if redis_client is not None and prefix is not None:
            frontier_memory(redis_client, prefix, redis_peak)
        pages = count()
        if pages != last_count:
            last_count, last_change, cpu = pages, time.monotonic(), meter.taken()
        time.sleep(0.25)
    pages = count()
    listings = conn.execute(text("select count(*) from listings")).scalar_one()
    mean_size = float(conn.execute(text("select avg(size) from pages")).scalar_one() or 0)
    written = sum(size - warcs_before.get(path, 0)
                  for path, size in warc_bytes(runtime).items())
    if pages != last_count:
        last_change = time.monotonic()
    conn.close()
    engine.dispose()
    if admin is not None:
        admin.dispose()
    seconds = last_change - began
    return {"pages": pages, "listings": listings, "seconds": round(seconds, 1),
            "pages_per_s": round(pages / seconds, 1), "cpu_s": cpu,
            "cpu_s_per_page": {k: round(v / pages * 1000, 1) for k, v in cpu.items()},
            "mean_page_bytes": round(mean_size), "warc_bytes_per_page": round(written / pages),
            "redis_peak": redis_peak}


def crawl_figures(site: str, pages: int, concurrency: int, work: Path) -> dict[str, dict]:
    from crawler.frontier import Frontier
    from crawler.frontier_run import seed_crawl
    from crawler.runner import cli_source

    settings = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "LOG_ENABLED": False,
                "CONCURRENT_REQUESTS": concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency}
    start = f"{site}/index.html"
    results = {}
    sqlite = f"sqlite:///{work / 'single.db'}"
    import redis

    client = redis.Redis.from_url(REDIS)
    results["single process, SQLite"] = timed_until_stored(
        [[sys.executable, "-c", SINGLE, start, sqlite, json.dumps(settings)]], sqlite, work)
    for workers in (1, 2):
        pg = scratch_pg()
        try:
            prefix = f"bench-{uuid.uuid4().hex[:8]}"
            frontier = f"{REDIS}?prefix={prefix}"
            seed_crawl(Frontier.parse(frontier), pg, [cli_source([start])],
                       allow_private_hosts=True, settings=settings)
            command = [sys.executable, "-m", "certwatch", "--db", pg, "worker", "--frontier",
                       frontier, "--idle-seconds", "3"]
            results[f"{workers} worker{'s' if workers > 1 else ''}, PostgreSQL"] = (
                timed_until_stored([[*command, "--name", f"w{i}"] for i in range(workers)],
                                   pg, work, client, prefix))
        finally:
            drop_pg(pg)
    return results


def nightly_figures(pages: int, concurrency: int, work: Path) -> dict[str, float]:
    root = work / "nightly-site"
    generate(root, pages, seed=11)
    server, site = serve(root)
    pg = scratch_pg()
    try:
        sources = work / "sources.toml"
        sources.write_text(
            f'[crawl]\nallow_private_hosts = true\n\n[[source]]\nname = "bench"\n'
            f'start_urls = ["{site}/index.html"]\n', "utf-8")
        began = time.monotonic()
        done = subprocess.run([sys.executable, "-c", NIGHTLY, "--db", pg, "nightly", "--sources",
                               str(sources), str(concurrency)], cwd=ROOT, env=env(work),
                              capture_output=True, text=True)
        seconds = time.monotonic() - began
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
        engine = create_engine(pg)
        with engine.connect() as conn:
            stored = conn.execute(text("select count(*) from pages")).scalar_one()
            listings = conn.execute(text("select count(*) from listings")).scalar_one()
        engine.dispose()
        if done.returncode != 0:
            print(done.stdout[-2000:], done.stderr[-3000:], file=sys.stderr)
        return {"exit": done.returncode, "pages": stored, "listings": listings,
                "seconds": round(seconds, 1), "pages_per_s": round(stored / seconds, 1),
                "peak_rss_mb": rss}
    finally:
        server.terminate()
        drop_pg(pg)


def write_results(text_block: str) -> None:
    path = ROOT / "bench" / "RESULTS.md"
    heading = "## Distributed crawl (bench/distributed)"
    current = path.read_text("utf-8") if path.exists() else "# Benchmark results\n"
    if heading in current:
        before, _, rest = current.partition(heading)
        after = rest[rest.find("\n## "):] if "\n## " in rest else ""
        current = before.rstrip() + "\n\n" + text_block + after
    else:
        current = current.rstrip() + "\n\n" + text_block
    path.write_text(current.rstrip() + "\n", "utf-8")


def crawl_table(crawls: dict[str, dict[str, Any]]) -> list[str]:
    """Pages/s and CPU ms per page by kind, side by side, with the ratios the goals name."""
    base = crawls["single process, SQLite"]
    one = crawls.get("1 worker, PostgreSQL", base)
    kinds = ("crawl", "extraction", "postgresql", "redis")
    lines = [
        "| crawl | pages | listings | seconds | pages/s | vs single | CPU ms/page: crawl "
        "process(es) | extraction | PostgreSQL | Redis | total | total vs 1 worker |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, r in crawls.items():
        per = r["cpu_s_per_page"]
        cells = " | ".join(f"{per[k]:.1f}" if k in per else "—" for k in kinds)
        lines.append(
            f"| {name} | {r['pages']} | {r['listings']} | {r['seconds']} | {r['pages_per_s']} | "
            f"{r['pages_per_s'] / base['pages_per_s']:.2f} × | {cells} | {per['total']:.1f} | "
            f"{per['total'] / one['cpu_s_per_page']['total']:.2f} × |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--nightly-pages", type=int, default=5000,
                        help="pages of the nightly run end to end (0: skip it)")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        generate(work / "site", args.pages)
        server, site = serve(work / "site")
        try:
            crawls = crawl_figures(site, args.pages, args.concurrency, work)
        finally:
            server.terminate()
        nightly = nightly_figures(args.nightly_pages, args.concurrency, work) \
            if args.nightly_pages else None
    load_after = os.getloadavg()
    machine = f"{platform.node()}, {os.cpu_count()} cores, {platform.python_version()}"
    lines = [
        "## Distributed crawl (bench/distributed)", "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {machine}, load average "
        f"{load_before[0]:.2f} before and {load_after[0]:.2f} after; `bench/distributed/run.py "
        f"--pages {args.pages} --nightly-pages {args.nightly_pages} --concurrency "
        f"{args.concurrency}`. Synthetic site of 20-60 KB pages (bench/crawl/sitegen.py) on "
        "loopback, politeness off, same concurrency for all; crawl + extract + archive + store; "
        "Redis frontier on 127.0.0.1. Seconds from launch to the last page stored; CPU from "
        "/proc at that moment (bench/distributed/cpu.py: the crawling processes, their "
        "extraction processes, the PostgreSQL backends of the crawl's database, Redis).", "",
        *crawl_table(crawls),
    ]
    if nightly is not None:
        lines += [
            "", f"Nightly end to end (`certwatch nightly`, PostgreSQL, crawl + screen + changes + "
            f"report): {nightly['pages']} pages, {nightly['listings']} listings in "
            f"{nightly['seconds']} s ({nightly['pages_per_s']} pages/s), peak RSS "
            f"{nightly['peak_rss_mb']} MB, exit {nightly['exit']}.",
        ]
    one = crawls["1 worker, PostgreSQL"]
    peak = one["redis_peak"]
    lines += ["", f"Per page (1 worker): {one['mean_page_bytes']:,} bytes fetched on average, "
              f"{one['warc_bytes_per_page']:,} bytes of WARC (gzip, response and request); "
              f"Redis at its peak: {peak.get('dupefilter_bytes_per_entry', 0)} bytes per URL "
              f"in the duplicate filter ({peak.get('dupefilter_entries', 0):,.0f} URLs), "
              f"{peak.get('requests_bytes_per_entry', 0)} bytes per queued request "
              f"({peak.get('requests_entries', 0):,.0f} queued)."]
    block = "\n".join(lines)
    print(block)
    print(json.dumps({"crawls": crawls, "nightly": nightly}))
    if args.write:
        write_results(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
