"""Nightly bench: two ``certwatch nightly`` runs over a 5,000-page web, 5% changed between.

    .venv/bin/python bench/nightly/run.py [--pages 5000] [--changed 0.05]
        [--db postgresql,sqlite] [--validators etag|none] [--concurrency 16] [--profile [DIR]]

Generates the crawl bench's web (bench/crawl/sitegen.py, seed 11 as bench/distributed's
nightly), serves it from a Twisted static server in its own process that sends ``ETag``
(size and mtime, as nginx does) and ``Last-Modified`` and answers conditional requests with
304 (``--validators none``: plain 200s, so every page is fetched and only the digest skip
helps). Night one crawls, extracts, screens and reports everything. Then a share of the
pages (``--changed``) is edited (a title gains "（第二期）": an ad's listing changes, a news
page changes without a listing), and night two runs. Politeness off (no AutoThrottle, no
delay, the same concurrency). Both nights are timed in the same run, wall time and CPU time
of the nightly process and its workers (not the server's, not PostgreSQL's).

The check: night two is also run in full (revisits off, every listing screened: the
nightly as it was) on a copy of the store made after night one; both must record the same
changes (kind, listing URL, flag code), or the bench exits 1. The full night is timed too.
``--profile`` runs night two under cProfile and prints where its time went; ``--profile DIR``
also keeps the .prof of the nightly process and of its extraction worker in DIR, with the
CPU seconds of each (``night2-KIND-cpu.json``). ``--control``
runs night two in full as well, to show how far two full nights agree with each other.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(HERE.parent / "crawl")]

from sitegen import generate  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

SERVER = """
import sys
from twisted.internet import reactor
from twisted.web import http
from twisted.web.server import Site
from twisted.web.static import File

class Validated(File):
    # ETag from size and mtime (as nginx); Last-Modified and If-Modified-Since are File's own
    def render_GET(self, request):
        self.restat(False)
        if self.isfile():
            etag = f'"{self.getsize():x}-{int(self.getModificationTime() * 1e6):x}"'.encode()
            if request.setETag(etag) == http.CACHED:
                request.setLastModified(self.getModificationTime())
                return b""
        return super().render_GET(request)

root = (Validated if sys.argv[3] == "etag" else File)(sys.argv[1])
reactor.listenTCP(int(sys.argv[2]), Site(root), interface="127.0.0.1", backlog=256)
reactor.run()
"""
# certwatch nightly with politeness off (the sources file has no place for Scrapy settings)
NIGHTLY = """
import os, sys
import crawler.settings as s
s.AUTOTHROTTLE_ENABLED, s.DOWNLOAD_DELAY = False, 0
s.CONCURRENT_REQUESTS = s.CONCURRENT_REQUESTS_PER_DOMAIN = int(sys.argv.pop())
if os.environ.get("BENCH_FULL"):  # the nightly as it was: every page fetched and read in full
    s.CERTWATCH_REVISITS = False
    import certwatch.nightly.rescreen as rescreen
    rescreen.listings_to_screen = lambda *args, **kwargs: None  # screen everything
from certwatch.cli import main
profile = os.environ.get("BENCH_PROFILE")
if profile:
    import cProfile, json, multiprocessing.util, resource
    import crawler.extraction as extraction
    started = extraction._die_with_parent

    def profiled_worker():  # the extraction worker: its own .prof, written as it exits
        started()
        worker = cProfile.Profile()
        worker.enable()

        def dump():
            worker.disable()
            worker.dump_stats(f"{profile[:-5]}-worker-{os.getpid()}.prof")
        multiprocessing.util.Finalize(None, dump, exitpriority=100)
    extraction._die_with_parent = profiled_worker
    code = []
    cProfile.runctx("code.append(main(sys.argv[1:]))", globals(), locals(), profile)
    own, kids = (resource.getrusage(who) for who in
                 (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    with open(f"{profile[:-5]}-cpu.json", "w") as out:  # CPU s: this process, its workers
        json.dump({"self": own.ru_utime + own.ru_stime,
                   "workers": kids.ru_utime + kids.ru_stime}, out)
    sys.exit(code[0])
sys.exit(main(sys.argv[1:]))
"""
PG_ADMIN = os.environ.get("CERTWATCH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
TITLE = re.compile(r"<title>(.*?)</title>")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(root: Path, validators: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(root), str(port), validators])
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    return server, f"http://127.0.0.1:{port}"


def scratch_db(kind: str, work: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{work / f'nightly-{uuid.uuid4().hex[:8]}.db'}"
    name = f"certwatch_bench_{uuid.uuid4().hex[:8]}"
    with create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return PG_ADMIN.rsplit("/", 1)[0] + "/" + name


def clone_db(url: str, work: Path) -> str:
    """A copy of the store after night one, for the full second night (the oracle)."""
    if url.startswith("sqlite"):
        copy = work / f"clone-{uuid.uuid4().hex[:8]}.db"
        shutil.copyfile(url.removeprefix("sqlite:///"), copy)
        return f"sqlite:///{copy}"
    name = f"certwatch_bench_{uuid.uuid4().hex[:8]}"
    with create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{url.rsplit("/", 1)[1]}"'))
    return PG_ADMIN.rsplit("/", 1)[0] + "/" + name


def drop_db(url: str) -> None:
    if not url.startswith("postgresql"):
        return
    name = url.rsplit("/", 1)[1]
    with create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = :n"), {"n": name})
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))


def edit(root: Path, pages: int, share: float, seed: int = 5) -> list[str]:
    """Change the titles of ``share`` of the pages; returns the paths of the edited pages."""
    rng = random.Random(seed)
    chosen = sorted(rng.sample(range(pages), round(pages * share)))
    for index in chosen:
        path = root / "p" / f"{index}.html"
        html = path.read_text("utf-8")
        title = TITLE.search(html)
        assert title is not None
        old = title.group(1)
        html = html.replace(f"<title>{old}</title>", f"<title>{old}（第二期）</title>", 1)
        path.write_text(html.replace(f"<h1>{old}</h1>", f"<h1>{old}（第二期）</h1>", 1), "utf-8")
    return [f"/p/{index}.html" for index in chosen]


def night(db: str, sources: Path, work: Path, concurrency: int,
          profile: Path | None = None, full: bool = False) -> dict[str, float]:
    env = {**os.environ, "CERTWATCH_RUNTIME": str(work / "runtime"), "PYTHONPATH": str(ROOT)}
    if full:
        env["BENCH_FULL"] = "1"
    if profile is not None:
        env["BENCH_PROFILE"] = str(profile)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.monotonic()
    done = subprocess.run([sys.executable, "-c", NIGHTLY, "--db", db, "nightly", "--sources",
                           str(sources), str(concurrency)], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    seconds = time.monotonic() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        print(done.stdout[-2000:], done.stderr[-3000:], file=sys.stderr)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"exit": done.returncode, "seconds": round(seconds, 1), "cpu_s": round(cpu, 1)}


def night_facts(db: str, edited: list[str]) -> dict[str, object]:
    """What the store says of the last run: its pages, revisits and recorded changes."""
    engine = create_engine(db.replace("postgresql+psycopg", "postgresql+psycopg"))
    with engine.connect() as conn:
        run_id, stats = conn.execute(text(
            "select id, stats from crawl_runs order by id desc limit 1")).one()
        stats = json.loads(stats) if isinstance(stats, str) else stats
        pages = conn.execute(text("select count(*) from pages where run_id = :r"),
                             {"r": run_id}).scalar_one()
        changes = conn.execute(text(
            "select c.change, l.url, c.detail from run_changes c join listings l "
            "on l.id = c.listing_id where c.run_id = :r"), {"r": run_id}).all()
        listings = conn.execute(text(
            "select count(distinct l.id) from listings l where l.url like '%/p/%'")).scalar_one()
        edited_listings = {
            url for (url,) in conn.execute(text("select url from listings"))
            if any(url.endswith(path) for path in edited)
        }
    engine.dispose()
    kinds: dict[str, int] = {}
    for kind, _, _ in changes:
        kinds[kind] = kinds.get(kind, 0) + 1
    found = sorted({(kind, url, str((json.loads(d) if isinstance(d, str) else d or {}).get(
        "code", ""))) for kind, url, d in changes})
    return {"run_id": run_id, "pages": pages, "changes": kinds, "listings": listings,
            "edited_listings": len(edited_listings), "change_set": found,
            "revisits": stats.get("revisits", {}), "focus": stats.get("focus", {})}


def bench_db(kind: str, args: argparse.Namespace, work: Path) -> dict[str, object]:
    site = work / f"site-{kind}"
    generate(site, args.pages, seed=11)
    server, base = serve(site, args.validators)
    db = scratch_db(kind, work)
    try:
        sources = work / f"sources-{kind}.toml"
        sources.write_text(f'[crawl]\nallow_private_hosts = true\n\n[[source]]\nname = "bench"\n'
                           f'start_urls = ["{base}/index.html"]\n', "utf-8")
        first = night(db, sources, work, args.concurrency)
        facts_one = night_facts(db, [])
        oracle = clone_db(db, work)
        time.sleep(1.1)  # Last-Modified has whole seconds: edits must fall in a later one
        edited = edit(site, args.pages, args.changed)
        keep = Path(args.profile) if args.profile else work
        profile = keep / f"night2-{kind}.prof" if args.profile is not None else None
        second = night(db, sources, work, args.concurrency, profile, full=args.control)
        facts_two = night_facts(db, edited)
        try:
            full = night(oracle, sources, work, args.concurrency, full=True)
            facts_full = night_facts(oracle, edited)
        finally:
            drop_db(oracle)
        if profile is not None:
            import pstats

            print(f"\n--- night two on {kind}: cumulative time ---")
            pstats.Stats(str(profile)).sort_stats("cumulative").print_stats(30)
            print(f"\n--- night two on {kind}: own time ---")
            pstats.Stats(str(profile)).sort_stats("tottime").print_stats(20)
        exact = facts_two["change_set"] == facts_full["change_set"]
        ours, theirs = set(map(tuple, facts_two["change_set"])), set(map(tuple, facts_full["change_set"]))
        differ = sorted(ours ^ theirs)
        if differ:  # which side, and whether night two read the page in full or skipped it
            engine = create_engine(db)
            with engine.connect() as conn:
                for change in differ:
                    row = conn.execute(text(
                        "select status, revisit_of is not null, is_offer from pages where "
                        "run_id = :r and final_url = :u"),
                        {"r": facts_two["run_id"], "u": change[1]}).first()
                    side = "night two only" if change in ours else "full night only"
                    print(f"differs ({side}): {change}; night two's page (status, revisit, "
                          f"offer): {tuple(row) if row else None}")
            engine.dispose()
        return {"first": {**first, **facts_one}, "second": {**second, **facts_two},
                "full_second": {**full, **facts_full}, "edited_pages": len(edited),
                "exact": exact}
    finally:
        server.terminate()
        server.wait()
        drop_db(db)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--changed", type=float, default=0.05)
    parser.add_argument("--db", default="postgresql,sqlite")
    parser.add_argument("--validators", choices=("etag", "none"), default="etag")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--profile", nargs="?", const="", metavar="DIR",
                        help="night two under cProfile; with DIR, keep its .prof files there")
    parser.add_argument("--control", action="store_true",
                        help="night two in full too: how far two full nights agree")
    args = parser.parse_args()
    if args.profile:
        args.profile = str(Path(args.profile).resolve())
        Path(args.profile).mkdir(parents=True, exist_ok=True)
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.db.split(","):
            results[kind] = bench_db(kind, args, Path(tmp))
    machine = f"{platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\n{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {machine}, load average after: {load}")
    print(f"bench/nightly/run.py --pages {args.pages} --changed {args.changed} "
          f"--validators {args.validators} --concurrency {args.concurrency}")
    ok = True
    for kind, r in results.items():
        first, second, full = r["first"], r["second"], r["full_second"]
        assert isinstance(first, dict) and isinstance(second, dict) and isinstance(full, dict)
        ratio = second["seconds"] / first["seconds"]
        cpu_ratio = second["cpu_s"] / first["cpu_s"] if first["cpu_s"] else float("nan")
        print(f"{kind}: night one {first['seconds']} s (CPU {first['cpu_s']} s, "
              f"{first['pages']} pages, exit {first['exit']}); night two {second['seconds']} s "
              f"(CPU {second['cpu_s']} s, {second['pages']} pages, exit {second['exit']}); "
              f"second/first wall {ratio:.2f}, CPU {cpu_ratio:.2f}")
        print(f"{kind}: night two in full (revisits off, everything screened, same run) "
              f"{full['seconds']} s (CPU {full['cpu_s']} s, exit {full['exit']}); with revisits / "
              f"in full: wall {second['seconds'] / full['seconds']:.2f}, CPU "
              f"{second['cpu_s'] / full['cpu_s'] if full['cpu_s'] else float('nan'):.2f}")
        print(f"{kind}: edited {r['edited_pages']} pages ({second['edited_listings']} listings "
              f"at their URLs); night two reported {second['changes']}, in full "
              f"{full['changes']}; the same changes: {r['exact']}; revisits {second['revisits']}")
        for name, n in (("night one", first), ("night two", second), ("in full", full)):
            focus = n.get("focus") or {}
            print(f"{kind}: {name}: {n['pages']} pages; focus cut {focus.get('requests_cut')} "
                  f"requests, {focus.get('links_too_far')} links too far")
        ok = ok and bool(r["exact"]) and all(n["exit"] == 0 for n in (first, second, full))
    print(json.dumps(results, default=str))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
