"""Two nightly runs over a loopback site that changes between them; a killed run resumed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from certwatch.static_server import StaticServer
from store.db import make_engine, session_scope
from store.models import CrawlRun, Listing, Observation, Review, RunChange

AD = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<h1>{title}</h1>
<p>人工智能训练师（三级/高级工）培训班火热招生中，报名咨询请加微信。</p>
<p>学费：{fee}元，含考试费。证书由杭州数智职业技能评价有限公司颁发。</p>
<p>课程包含数据标注、智能训练、业务分析，理论与实操结合。</p>
</body></html>"""

INDEX = """<!doctype html><html><head><meta charset="utf-8"><title>{name}课程中心</title></head>
<body><h1>{name}培训课程</h1><ul>{links}</ul></body></html>"""


def write_site(root: Path, name: str, ads: dict[str, tuple[str, int]]) -> None:
    """A source folder: an index linking to each ad page."""
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.html"):
        old.unlink()
    links = "".join(f'<li><a href="{slug}.html">{title}</a></li>' for slug, (title, _) in ads.items())
    (folder / "index.html").write_text(INDEX.format(name=name, links=links), encoding="utf-8")
    for slug, (title, fee) in ads.items():
        (folder / f"{slug}.html").write_text(AD.format(title=title, fee=fee), encoding="utf-8")


def sources_file(path: Path, base: str) -> Path:
    path.write_text(f"""
[crawl]
allow_private_hosts = true

[nightly]
remove_after_runs = 1

[[source]]
name = "alpha"
start_urls = ["{base}alpha/index.html"]
[source.monitors]
min_pages = 2
min_offers = 1
max_error_rate = 0.2

[[source]]
name = "beta"
start_urls = ["{base}beta/index.html"]
[source.monitors]
min_pages = 2
min_offers = 1
max_error_rate = 0.2
""", encoding="utf-8")
    return path


def nightly(db_url: str, sources: Path, runtime: Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CERTWATCH_RUNTIME": str(runtime)}
    return subprocess.run(
        [sys.executable, "-m", "certwatch", "--db", db_url, "nightly", "--sources", str(sources)],
        env=env, capture_output=True, text=True, timeout=300, **kwargs,  # type: ignore[call-overload]
    )


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        text = (task / "children").read_text() if (task / "children").exists() else ""
        found += [int(x) for x in text.split()]
    return found


def alive(pid: int) -> bool:
    """Running and not a zombie."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


@pytest.fixture
def site(tmp_path: Path):
    root = tmp_path / "site"
    write_site(root, "alpha", {"a1": ("人工智能训练师三级周末班", 2980),
                               "a2": ("人工智能训练师四级速成班", 1980)})
    write_site(root, "beta", {"b1": ("AI训练师高级工认证班", 3280)})
    with StaticServer(root) as server:
        yield root, server


def test_two_runs_record_changes_report_and_failed_monitor(site, tmp_path: Path, db_url: str) -> None:
    root, server = site
    runtime = tmp_path / "runtime"
    sources = sources_file(tmp_path / "sources.toml", server.url)

    first = nightly(db_url, sources, runtime)
    assert first.returncode == 0, first.stderr + first.stdout

    # overnight: a fee changes, an ad disappears, a new one appears, beta breaks
    write_site(root, "alpha", {"a1": ("人工智能训练师三级周末班", 3580),
                               "a3": ("人工智能训练师五级入门班", 1280)})
    for page in (root / "beta").glob("*.html"):
        page.unlink()
    second = nightly(db_url, sources, runtime)
    assert second.returncode == 1, second.stderr + second.stdout
    assert "beta" in second.stderr and "monitor failed" in second.stderr

    engine = make_engine(db_url)
    with session_scope(engine) as session:
        runs = session.scalars(select(CrawlRun).order_by(CrawlRun.id)).all()
        assert [r.status for r in runs] == ["succeeded", "failed"]
        changes = session.execute(
            select(RunChange.change, Listing.url).join(Listing, Listing.id == RunChange.listing_id)
            .where(RunChange.run_id == runs[1].id)
        ).all()
        by_kind = {(kind, url.rsplit("/", 1)[-1]) for kind, url in changes}
        assert by_kind == {("changed", "a1.html"), ("new", "a3.html"), ("removed", "a2.html")}
        # beta failed tonight: its ad is not declared removed on a broken night
        b1 = session.scalars(select(Listing).where(Listing.url.like("%b1.html"))).one()
        assert b1.removed_at is None
        assert session.scalar(select(func.count(Listing.id))) == 4  # nothing deleted
    engine.dispose()

    report = json.loads((runtime / "reports" / f"run-{runs[1].id}.json").read_text("utf-8"))
    assert report["status"] == "failed"
    changes = report["changes"]
    assert {k: changes[k] for k in ("new", "changed", "removed")} == {
        "new": 1, "changed": 1, "removed": 1}
    assert {"flag_raised", "flag_cleared"} <= set(changes)
    assert [f["source"] for f in report["failed_monitors"]] and all(
        f["source"] == "beta" for f in report["failed_monitors"])
    assert [(c["before"]["max"], c["after"]["max"]) for c in report["fee_changes"]] == [(2980, 3580)]
    markdown = (runtime / "reports" / f"run-{runs[1].id}.md").read_text("utf-8")
    assert "beta" in markdown and "¥2,980 → ¥3,580" in markdown


def test_killed_run_resumes_without_duplicates_or_lost_reviews(tmp_path: Path, sqlite_url: str) -> None:
    root = tmp_path / "site"
    ads = {f"ad{i}": (f"人工智能训练师三级班第{i}期", 2000 + i) for i in range(40)}
    write_site(root, "alpha", ads)
    write_site(root, "beta", {"b1": ("AI训练师高级工认证班", 3280)})
    runtime = tmp_path / "runtime"
    with StaticServer(root) as server:
        sources = sources_file(tmp_path / "sources.toml", server.url)
        assert nightly(sqlite_url, sources, runtime).returncode == 0
        engine = make_engine(sqlite_url)
        with session_scope(engine) as session:
            listing = session.scalars(select(Listing).order_by(Listing.id)).first()
            session.add(Review(listing_id=listing.id, decision="confirmed", note="已核实",
                               reviewer="审核员甲"))
        # second night: every fee changes; kill the crawl part-way through
        write_site(root, "alpha", {k: (t, fee + 100) for k, (t, fee) in ads.items()})
        env = {**os.environ, "CERTWATCH_RUNTIME": str(runtime)}
        proc = subprocess.Popen(
            [sys.executable, "-m", "certwatch", "--db", sqlite_url, "nightly", "--sources",
             str(sources)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with session_scope(engine) as session:
                done = session.scalar(select(func.count(Observation.id))) or 0
            if done >= 45 or proc.poll() is not None:  # 41 from night one, a few new ones
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the crawl finished before it could be killed"
        workers = children(proc.pid)  # the forked extraction worker(s)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        time.sleep(0.5)
        assert [pid for pid in workers if alive(pid)] == [], "workers outlived the crawl"
        third = nightly(sqlite_url, sources, runtime)
        assert third.returncode == 0, third.stderr + third.stdout
    with session_scope(engine) as session:
        assert session.scalar(select(func.count(Listing.id))) == 41
        per_listing = session.execute(
            select(Observation.listing_id, func.count(Observation.id))
            .group_by(Observation.listing_id)
        ).all()
        counts = {n for _, n in per_listing}
        assert counts <= {1, 2}  # at most: night one, and the changed fee once
        assert sum(n for _, n in per_listing) == 41 + 40
        assert session.scalar(select(func.count(Review.id))) == 1
        runs = session.scalars(select(CrawlRun).order_by(CrawlRun.id)).all()
        assert [r.status for r in runs] == ["succeeded", "succeeded"]  # resumed, not restarted
    engine.dispose()
