"""The nightly command end to end: refused while another run holds the lock, free again once
that holder is killed; a bad sources file is exit 2; an interrupted run is resumed through
its own run row, and its job state is cleared when it finishes."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from test_nightly import nightly, sources_file, write_site

from certwatch.static_server import StaticServer
from store.db import make_engine, session_scope
from store.models import CrawlRun, RunChange


def _site(root: Path) -> None:
    write_site(root, "alpha", {"a1": ("人工智能训练师三级周末班", 2980),
                               "a2": ("人工智能训练师四级速成班", 1980)})
    write_site(root, "beta", {"b1": ("AI训练师高级工认证班", 3280)})


def _runs(url: str) -> list[CrawlRun]:
    engine = make_engine(url)
    with session_scope(engine) as session:
        runs = list(session.scalars(select(CrawlRun).order_by(CrawlRun.id)))
    engine.dispose()
    return runs


HOLDER = """
import sys, time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from certwatch.nightly.lock import RunLock
RunLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
time.sleep(300)
"""


def test_lock_refuses_a_second_run_until_its_holder_is_killed(tmp_path: Path, sqlite_url: str) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    _site(tmp_path / "site")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(runtime / "nightly.lock")],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with StaticServer(tmp_path / "site") as server:
            sources = sources_file(tmp_path / "sources.toml", server.url)
            refused = nightly(sqlite_url, sources, runtime)
            assert refused.returncode == 1, refused.stderr
            assert refused.stderr.startswith("certwatch: another nightly run holds"), refused.stderr
            assert f'"pid": {holder.pid}' in refused.stderr  # who holds it, for the operator
            assert "Traceback" not in refused.stderr
            assert _runs(sqlite_url) == []  # refused before it started anything

            holder.send_signal(signal.SIGKILL)  # the holder dies without releasing
            holder.wait(timeout=30)
            after = nightly(sqlite_url, sources, runtime)
            assert after.returncode == 0, after.stderr + after.stdout
        assert [r.status for r in _runs(sqlite_url)] == ["succeeded"]
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


def test_a_bad_sources_file_is_exit_2_with_file_and_field(tmp_path: Path, sqlite_url: str) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text('[nightly]\nremove_after_runs = 0\n[[source]]\nname = "alpha"\n'
                       'start_urls = ["http://127.0.0.1:9/"]\n', encoding="utf-8")
    done = nightly(sqlite_url, sources, tmp_path / "runtime")
    assert done.returncode == 2, done.stderr
    assert "sources.toml" in done.stderr and "remove_after_runs" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "runtime" / "nightly.lock").exists()  # refused before locking


def test_an_interrupted_run_is_resumed_through_its_own_row(tmp_path: Path, sqlite_url: str) -> None:
    runtime = tmp_path / "runtime"
    _site(tmp_path / "site")
    with StaticServer(tmp_path / "site") as server:
        sources = sources_file(tmp_path / "sources.toml", server.url)
        other = tmp_path / "other.toml"
        engine = make_engine(sqlite_url)
        with session_scope(engine) as session:  # what a run killed mid-crawl leaves behind
            session.add(CrawlRun(kind="nightly", status="running",
                                 args={"sources": str(other.resolve())}))
            session.add(CrawlRun(kind="nightly", status="running",
                                 args={"sources": str(sources.resolve())}))
        engine.dispose()
        interrupted = _runs(sqlite_url)[1].id
        jobdir = runtime / "jobs" / (
            "nightly-" + hashlib.sha1(str(sources.resolve()).encode()).hexdigest()[:12])
        done = nightly(sqlite_url, sources, runtime)
        assert done.returncode == 0, done.stderr + done.stdout
    assert f"resuming nightly run {interrupted}" in done.stderr
    runs = _runs(sqlite_url)
    assert [(r.id, r.status) for r in runs] == [(interrupted - 1, "running"),
                                                 (interrupted, "succeeded")]
    resumed = runs[1]
    assert resumed.stats["resumed"] == 1 and resumed.finished_at is not None
    assert resumed.stats["new"] == 3
    assert not jobdir.exists(), "a finished run leaves its job state behind"
    report = json.loads((runtime / "reports" / f"run-{interrupted}.json").read_text("utf-8"))
    assert report["run_id"] == interrupted and report["changes"]["new"] == 3
    engine = make_engine(sqlite_url)
    with session_scope(engine) as session:
        assert {c.run_id for c in session.scalars(select(RunChange))} == {interrupted}
    engine.dispose()


# The nightly process killed (SIGKILL) just after its crawl, as screening starts.
KILLED_AFTER_CRAWL = """
import os, signal, sys
import certwatch.screen
certwatch.screen.screen_all = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
from certwatch.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_run_killed_after_its_crawl_is_still_resumed_and_reported(
    tmp_path: Path, sqlite_url: str
) -> None:
    runtime = tmp_path / "runtime"
    _site(tmp_path / "site")
    with StaticServer(tmp_path / "site") as server:
        sources = sources_file(tmp_path / "sources.toml", server.url)
        killed = subprocess.run(
            [sys.executable, "-c", KILLED_AFTER_CRAWL, "--db", sqlite_url, "nightly",
             "--sources", str(sources)],
            env={**os.environ, "CERTWATCH_RUNTIME": str(runtime)}, capture_output=True,
            text=True, timeout=300)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        done = nightly(sqlite_url, sources, runtime)
        assert done.returncode == 0, done.stderr + done.stdout
    runs = _runs(sqlite_url)
    assert [r.status for r in runs] == ["succeeded"], [(r.id, r.status, r.stats) for r in runs]
    report = json.loads((runtime / "reports" / f"run-{runs[0].id}.json").read_text("utf-8"))
    assert report["changes"]["new"] == 3  # the three ads first seen by the killed run


def test_a_run_whose_lease_expired_is_marked_interrupted_and_resumed(
    tmp_path: Path, sqlite_url: str
) -> None:
    runtime = tmp_path / "runtime"
    _site(tmp_path / "site")
    with StaticServer(tmp_path / "site") as server:
        sources = sources_file(tmp_path / "sources.toml", server.url)
        engine = make_engine(sqlite_url)
        expired = datetime.now(UTC) - timedelta(minutes=10)
        with session_scope(engine) as session:  # a nightly whose machine died 10 minutes ago
            session.add(CrawlRun(kind="nightly", status="running", started_at=expired,
                                 lease_until=expired, lease_holder="gone-host:4242",
                                 args={"sources": str(sources.resolve())}))
            # a live crawl elsewhere: its lease is fresh, so it must stay running
            session.add(CrawlRun(kind="crawl", status="running", started_at=expired,
                                 lease_until=datetime.now(UTC) + timedelta(minutes=5),
                                 lease_holder="other-host:1"))
        engine.dispose()
        done = nightly(sqlite_url, sources, runtime)
        assert done.returncode == 0, done.stderr + done.stdout
    assert "resuming nightly run 1" in done.stderr
    runs = _runs(sqlite_url)
    assert [(r.id, r.status) for r in runs] == [(1, "succeeded"), (2, "running")]
    assert runs[0].stats["resumed"] == 1 and runs[0].stats["new"] == 3


def test_a_nightly_whose_sources_fetch_nothing_fails(tmp_path: Path, sqlite_url: str) -> None:
    runtime = tmp_path / "runtime"
    _site(tmp_path / "site")
    with StaticServer(tmp_path / "site") as server:
        sources = sources_file(tmp_path / "sources.toml", server.url)
        # without allow_private_hosts every start URL (on loopback) is refused
        sources.write_text(sources.read_text("utf-8").replace(
            "allow_private_hosts = true", "allow_private_hosts = false"), "utf-8")
        done = nightly(sqlite_url, sources, runtime)
    assert done.returncode == 1
    assert "alpha/index.html: refused: 127.0.0.1 is a loopback address" in _runs(sqlite_url)[0].error
    assert _runs(sqlite_url)[0].status == "failed"
    assert done.stderr.strip().splitlines()[-1].startswith("certwatch: nightly run 1 failed")
