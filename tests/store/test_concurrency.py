"""Two processes writing one store at once: nothing lost, no "database is locked" for the user,
and the migration lock really keeps a second process out while the first migrates."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, func, select, text, update
from sqlalchemy.engine import make_url

from store.db import MIGRATION_LOCK_KEY, make_engine, session_scope
from store.models import CrawlRun, Listing, Page

ROWS = 60


def _writer(url: str, name: str, start: float, errors: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    """One crawler's worth of writes, each row in its own transaction, as the pipeline commits."""
    try:
        engine = make_engine(url)
        with session_scope(engine) as session:
            run = CrawlRun(kind="crawl", args={"writer": name})
            session.add(run)
        while time.time() < start:
            time.sleep(0.001)
        for i in range(ROWS):
            with session_scope(engine) as session:
                link = f"https://{name}.example/课程/{i}"
                session.add(Page(run_id=run.id, source=name, url=link, final_url=link, status=200))
                session.add(Listing(listing_key=f"{name}-{i}", canonical_url=link, url=link,
                                    source=name, title=f"人工智能训练师 {name} {i}"))
            with session_scope(engine) as session:  # both writers bump the same row
                count = session.scalar(select(func.count(Page.id)).where(Page.source == name))
                session.execute(update(Listing).where(Listing.listing_key == "shared")
                                .values(missed_runs=Listing.missed_runs + 1))
                assert count and count >= i + 1
        engine.dispose()
    except BaseException as exc:
        errors.put(f"{name}: {type(exc).__name__}: {exc}")
        raise


def test_two_writer_processes_lose_nothing(db_url: str) -> None:
    engine = make_engine(db_url)
    with session_scope(engine) as session:
        session.add(Listing(listing_key="shared", canonical_url="s", url="s", title="共享"))
    ctx = multiprocessing.get_context("spawn")
    errors = ctx.Queue()
    start = time.time() + 2.0  # both are connected and migrated before either writes
    writers = [ctx.Process(target=_writer, args=(db_url, name, start, errors))
               for name in ("alpha", "beta")]
    for process in writers:
        process.start()
    for process in writers:
        process.join(timeout=120)
    found = []
    while not errors.empty():
        found.append(errors.get())
    assert found == [], "a writer failed (e.g. 'database is locked' reached the user)"
    assert [p.exitcode for p in writers] == [0, 0]
    with session_scope(engine) as session:
        for name in ("alpha", "beta"):
            assert session.scalar(select(func.count(Page.id)).where(Page.source == name)) == ROWS
            assert session.scalar(
                select(func.count(Listing.id)).where(Listing.source == name)) == ROWS
        shared = session.scalars(select(Listing).where(Listing.listing_key == "shared")).one()
        assert shared.missed_runs == 2 * ROWS, "an update was lost"
    engine.dispose()


OPEN = "import sys; from store.db import make_engine; make_engine(sys.argv[1]).dispose(); print('ok')"


def test_migration_waits_for_the_lock_held_by_another_process(db_url: str, tmp_path: Path) -> None:
    """While one process holds the migration lock, a second one opening the store waits for it
    (instead of racing to create the same tables), then succeeds once it is released."""
    url = make_url(db_url)
    release = tmp_path / "release"
    if url.get_backend_name() == "sqlite":
        holder_code = (
            "import fcntl, sys, time, pathlib\n"
            "h = open(sys.argv[1] + '.migrate-lock', 'a+b'); fcntl.lockf(h, fcntl.LOCK_EX)\n"
            "print('held', flush=True)\n"
            "while not pathlib.Path(sys.argv[2]).exists(): time.sleep(0.02)\n"
        )
        holder_args = [str(url.database), str(release)]
    else:
        holder_code = (
            "import sys, time, pathlib; from sqlalchemy import create_engine, text\n"
            "c = create_engine(sys.argv[1]).connect()\n"
            f"c.execute(text('SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})')); c.commit()\n"
            "print('held', flush=True)\n"
            "while not pathlib.Path(sys.argv[2]).exists(): time.sleep(0.02)\n"
        )
        holder_args = [db_url, str(release)]
    holder = subprocess.Popen([sys.executable, "-c", holder_code, *holder_args],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        opener = subprocess.Popen([sys.executable, "-c", OPEN, db_url],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(2.0)  # plenty for an unblocked migration (well under a second here)
        assert opener.poll() is None, "the store was migrated while another process held the lock"
        release.touch()
        out, err = opener.communicate(timeout=60)
        assert opener.returncode == 0, err
        assert out.strip() == "ok"
    finally:
        release.touch()
        holder.wait(timeout=30)
    check = create_engine(db_url)
    with check.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM listings")).scalar() == 0
    check.dispose()
