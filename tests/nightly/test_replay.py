"""An unchanged page's links are replayed, not parsed: the second night crawls the same pages.

A loopback site of our own sends ``ETag`` and answers conditional requests with 304. Every
page links to every other (site navigation), so a second night meets each link many times.
Overnight one ad's fee changes and another page gains a link to a new ad.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from crawler.outlinks import unpack
from store.db import make_engine, session_scope
from store.models import CrawlRun, Listing, Page, PageOutlinks, RunChange

AD = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<h1>{title}</h1>
<p>人工智能训练师（四级/中级工）培训班火热招生中，报名咨询请加微信。</p>
<p>学费：{fee}元，含考试费。证书由杭州数智职业技能评价有限公司颁发。</p>
<nav>{nav}</nav></body></html>"""
NEWS = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<h1>{title}</h1><p>近日，市人社局公布了新一批职业技能等级认定机构名单。</p><nav>{nav}</nav>
</body></html>"""
ADS = {f"p{i}.html": (f"人工智能训练师四级{name}班", 1680 + 100 * i)
       for i, name in enumerate(("周末", "晚", "速成", "精品", "线上", "冲刺"), start=1)}
NEWS_PAGES = {"n1.html": "职业技能等级认定机构名单公布", "n2.html": "谨防假证骗局"}
NEW_AD = "new/p9.html"


class Handler(BaseHTTPRequestHandler):
    """Serves files with an ETag (the body's digest); 304 when the client has it."""

    root: Path
    log: list[tuple[str, int]]

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        path = self.root / self.path.lstrip("/")
        if not path.is_file():
            self.send_error(404)
            return
        body = path.read_bytes()
        etag = f'"{hashlib.sha1(body).hexdigest()[:16]}"'
        same = self.headers.get("If-None-Match") == etag
        self.log.append((self.path, 304 if same else 200))
        self.send_response(304 if same else 200)
        self.send_header("ETag", etag)
        if same:
            self.end_headers()
            return
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def nav(extra: str = "") -> str:
    pages = ["index.html", *ADS, *NEWS_PAGES]
    return "".join(f'<a href="/{p}">课程 {p}</a> ' for p in pages) + extra


def write_site(root: Path, fees: dict[str, int] | None = None, p3_extra: str = "") -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "index.html").write_text(
        f'<!doctype html><html><head><meta charset="utf-8"><title>培训课程</title></head>'
        f"<body>{nav()}</body></html>", "utf-8")
    for name, (title, fee) in ADS.items():
        extra = p3_extra if name == "p3.html" else ""
        html = AD.format(title=title, fee=(fees or {}).get(name, fee), nav=nav(extra))
        (root / name).write_text(html, "utf-8")
    for name, title in NEWS_PAGES.items():
        (root / name).write_text(NEWS.format(title=title, nav=nav()), "utf-8")


def overnight(root: Path) -> None:
    """p5's fee changes (same links); p3 gains a link to a new ad."""
    write_site(root, fees={"p5.html": 2990}, p3_extra=f'<a href="/{NEW_AD}">国庆班报名</a>')
    (root / "new").mkdir(exist_ok=True)
    (root / NEW_AD).write_text(AD.format(title="人工智能训练师四级国庆班", fee=3180, nav=nav()),
                               "utf-8")


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[Path, str, list[tuple[str, int]]]]:
    root = tmp_path / "site"
    write_site(root)
    log: list[tuple[str, int]] = []
    handler = type("SiteHandler", (Handler,), {"root": root, "log": log})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}/", log
    finally:
        server.shutdown()
        server.server_close()


def run_nightly(db_url: str, base: str, tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[crawl]\nallow_private_hosts = true\n\n[[source]]\nname = "site"\n'
                       f'start_urls = ["{base}index.html"]\n', encoding="utf-8")
    env = {**os.environ, "CERTWATCH_RUNTIME": str(tmp_path / "runtime")}
    done = subprocess.run(
        [sys.executable, "-m", "certwatch", "--db", db_url, "nightly", "--sources", str(sources)],
        env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr + done.stdout


def slug(url: str) -> str:
    return url.split("/", 3)[3]


def runs(db_url: str) -> list[CrawlRun]:
    with session_scope(make_engine(db_url)) as session:
        found = session.scalars(select(CrawlRun).order_by(CrawlRun.id)).all()
        session.expunge_all()
        return list(found)


def pages_of(db_url: str, run_id: int) -> dict[str, Page]:
    with session_scope(make_engine(db_url)) as session:
        found = {slug(p.final_url): p for p in session.scalars(
            select(Page).where(Page.run_id == run_id, Page.status.is_not(None)))}
        session.expunge_all()
        return found


def changes(db_url: str, run_id: int) -> set[tuple[str, str]]:
    with session_scope(make_engine(db_url)) as session:
        return {(kind, slug(url)) for kind, url in session.execute(
            select(RunChange.change, Listing.url)
            .join(Listing, Listing.id == RunChange.listing_id).where(RunChange.run_id == run_id))}


def outlinks(db_url: str, row_id: int | None) -> set[str]:
    assert row_id is not None
    with session_scope(make_engine(db_url)) as session:
        row = session.get(PageOutlinks, row_id)
        assert row is not None
        return {slug(url) for url, _, _ in unpack(row.links, row.link_key, row.relevance).links}


HTML = {"index.html", *ADS, *NEWS_PAGES}
CHANGED = {"p3.html", "p5.html"}


def test_second_night_replays_unchanged_links_and_crawls_the_same_pages(
    site: tuple[Path, str, list[tuple[str, int]]], tmp_path: Path, sqlite_url: str,
) -> None:
    root, base, log = site
    run_nightly(sqlite_url, base, tmp_path)
    overnight(root)
    del log[:]
    run_nightly(sqlite_url, base, tmp_path)
    first, second = runs(sqlite_url)
    one, two = pages_of(sqlite_url, first.id), pages_of(sqlite_url, second.id)

    # the same pages, and the page the new link leads to; each asked for once
    assert set(one) == HTML
    assert set(two) == set(one) | {NEW_AD}
    asked = [path for path, _ in log if path != "/robots.txt"]
    assert sorted(asked) == sorted(f"/{p}" for p in HTML | {NEW_AD})
    assert {path for path, status in log if status == 304} == {
        f"/{p}" for p in HTML - CHANGED}
    # exactly the edited ad and the new one are reported
    assert changes(sqlite_url, second.id) == {("changed", "p5.html"), ("new", NEW_AD)}
    # the unchanged pages replayed their links; most of those were scheduled already
    revisits = second.stats["revisits"]
    assert revisits["replayed"] == len(HTML - CHANGED)
    assert revisits["links_dropped"] > len(HTML - CHANGED) * 5

    # an unchanged page keeps the outlinks recorded last night; a changed one is read in full
    for name in HTML - CHANGED:
        assert two[name].outlinks_id == one[name].outlinks_id is not None, name
    for name in CHANGED:
        assert two[name].revisit_of is None and two[name].outlinks_id != one[name].outlinks_id
    assert NEW_AD in outlinks(sqlite_url, two["p3.html"].outlinks_id)
    assert NEW_AD not in outlinks(sqlite_url, one["p3.html"].outlinks_id)
    assert outlinks(sqlite_url, two["p5.html"].outlinks_id) == outlinks(
        sqlite_url, one["p5.html"].outlinks_id)


def test_captures_without_outlinks_are_read_in_full_and_replay_the_next_night(
    site: tuple[Path, str, list[tuple[str, int]]], tmp_path: Path, sqlite_url: str,
) -> None:
    root, base, log = site
    run_nightly(sqlite_url, base, tmp_path)
    with session_scope(make_engine(sqlite_url)) as session:  # as captured before outlinks
        session.execute(update(Page).values(outlinks_id=None))
        session.execute(delete(PageOutlinks))
    overnight(root)
    run_nightly(sqlite_url, base, tmp_path)
    del log[:]
    run_nightly(sqlite_url, base, tmp_path)  # nothing changed
    first, second, third = runs(sqlite_url)
    one, two, three = (pages_of(sqlite_url, r.id) for r in (first, second, third))

    assert set(two) == set(one) | {NEW_AD} == set(three)
    assert changes(sqlite_url, second.id) == {("changed", "p5.html"), ("new", NEW_AD)}
    assert changes(sqlite_url, third.id) == set()
    assert second.stats["revisits"]["replayed"] == 0  # nothing recorded: parsed as before
    assert second.stats["revisits"]["not_modified"] == len(HTML - CHANGED)
    assert all(two[name].outlinks_id is not None for name in HTML | {NEW_AD})
    # the third night replays what the second recorded, 304s and all
    assert third.stats["revisits"]["replayed"] == len(HTML) + 1
    assert {path for path, status in log if status == 304} == {
        f"/{p}" for p in HTML | {NEW_AD}}
    assert all(three[name].outlinks_id == two[name].outlinks_id for name in HTML | {NEW_AD})
