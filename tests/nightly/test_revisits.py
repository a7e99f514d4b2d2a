"""A second nightly costs what changed: conditional requests, revisit records, digest skips.

A loopback site of our own sends ``ETag`` under /etag/, ``Last-Modified`` under /lm/ and no
validators under /plain/, and answers conditional requests with 304. Three nights: the second
after some pages changed (a fee, a flag phrase added and one removed), one ad removed and one
added; the third after nothing changed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select
from warcio.archiveiterator import ArchiveIterator

from facts import warc
from store.db import make_engine, session_scope
from store.models import CrawlRun, Listing, Observation, Page, RunChange
from store.timeutil import as_utc

AD = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<h1>{title}</h1>
<p>人工智能训练师（四级/中级工）培训班火热招生中，报名咨询请加微信。</p>
<p>学费：{fee}元，含考试费。证书由杭州数智职业技能评价有限公司颁发。</p>
<p>课程包含数据标注、智能训练、业务分析，理论与实操结合。{extra}</p>
</body></html>"""
NEWS = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<h1>{title}</h1><p>近日，市人社局公布了新一批职业技能等级认定机构名单，提醒市民通过官方渠道查询证书。</p>
</body></html>"""
PASS = "本班包过，不过全额退费。"
MTIME = 1_700_000_000  # Last-Modified of the pages as first written


class Handler(BaseHTTPRequestHandler):
    """Serves files; /etag/ with an ETag, /lm/ with Last-Modified, /plain/ with neither."""

    root: Path
    log: list[tuple[str, str | None, str | None, int]]

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        path = self.root / self.path.lstrip("/")
        if not path.is_file():
            self.send_error(404)
            return
        body = path.read_bytes()
        mode = self.path.split("/")[1]
        etag = f'"{hashlib.sha1(body).hexdigest()[:16]}"' if mode == "etag" else None
        mtime = int(path.stat().st_mtime)
        modified = formatdate(mtime, usegmt=True) if mode == "lm" else None
        sent_etag = self.headers.get("If-None-Match")
        sent_date = self.headers.get("If-Modified-Since")
        same = (etag is not None and sent_etag == etag) or (
            modified is not None and sent_date is not None
            and parsedate_to_datetime(sent_date).timestamp() >= mtime)
        self.log.append((self.path, sent_etag, sent_date, 304 if same else 200))
        self.send_response(304 if same else 200)
        if etag:
            self.send_header("ETag", etag)
        if modified:
            self.send_header("Last-Modified", modified)
        if same:
            self.end_headers()
            return
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def write(root: Path, rel: str, html: str, mtime: int = MTIME) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    os.utime(path, (mtime, mtime))


def ad(title: str, fee: int, extra: str = "") -> str:
    return AD.format(title=title, fee=fee, extra=extra)


def write_index(root: Path) -> None:
    pages = sorted(str(p.relative_to(root)) for p in root.rglob("*.html") if p.name != "index.html")
    links = "".join(f'<li><a href="/{p}">课程 {p}</a></li>' for p in pages)
    write(root, "index.html", f'<!doctype html><html><head><meta charset="utf-8"><title>培训课程'
          f"</title></head><body><ul>{links}</ul></body></html>")


FIRST = {
    "etag/a1.html": ad("人工智能训练师四级周末班", 1980),
    "etag/a2.html": ad("人工智能训练师四级晚班", 2280),
    "etag/n1.html": NEWS.format(title="职业技能等级认定机构名单公布"),
    "lm/a3.html": ad("人工智能训练师四级速成班", 1680),
    "lm/a4.html": ad("人工智能训练师四级精品班", 2580),
    "plain/a5.html": ad("人工智能训练师四级线上班", 1880),
    "plain/a6.html": ad("人工智能训练师四级冲刺班", 2680, PASS),
    "plain/n2.html": NEWS.format(title="谨防假证骗局"),
    "plain/a8.html": ad("人工智能训练师四级暑期班", 2080),
}


@pytest.fixture
def conditional_site(tmp_path: Path) -> Iterator[tuple[Path, str, list[tuple[str, str | None, str | None, int]]]]:
    root = tmp_path / "site"
    for rel, html in FIRST.items():
        write(root, rel, html)
    write_index(root)
    log: list[tuple[str, str | None, str | None, int]] = []
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


def run_nightly(db_url: str, sources: Path, runtime: Path) -> None:
    env = {**os.environ, "CERTWATCH_RUNTIME": str(runtime)}
    done = subprocess.run(
        [sys.executable, "-m", "certwatch", "--db", db_url, "nightly", "--sources", str(sources)],
        env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr + done.stdout


def slug(url: str) -> str:
    return url.split("/", 3)[3]


def run_changes(session, run_id: int) -> set[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    rows = session.execute(
        select(RunChange.change, Listing.url, RunChange.detail)
        .join(Listing, Listing.id == RunChange.listing_id).where(RunChange.run_id == run_id)
    ).all()
    return {(kind, slug(url), *([detail["code"]] if kind.startswith("flag") else []))
            for kind, url, detail in rows}


def test_second_night_revisits_unchanged_pages_and_records_exactly_the_changes(
    conditional_site: tuple[Path, str, list[tuple[str, str | None, str | None, int]]],
    tmp_path: Path, sqlite_url: str,
) -> None:
    root, base, log = conditional_site
    runtime = tmp_path / "runtime"
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[crawl]\nallow_private_hosts = true\n\n[nightly]\nremove_after_runs = 1'
                       f'\n\n[[source]]\nname = "site"\nstart_urls = ["{base}index.html"]\n',
                       encoding="utf-8")
    run_nightly(sqlite_url, sources, runtime)

    # overnight: a fee changes (ETag), a flag phrase is added (Last-Modified) and one removed
    # (no validators), an ad is removed and one added; the rest is untouched
    write(root, "etag/a2.html", ad("人工智能训练师四级晚班", 2380))
    write(root, "lm/a4.html", ad("人工智能训练师四级精品班", 2580, PASS), MTIME + 86_400)
    write(root, "plain/a6.html", ad("人工智能训练师四级冲刺班", 2680))
    (root / "plain/a8.html").unlink()
    write(root, "plain/a7.html", ad("人工智能训练师四级国庆班", 1780))
    write_index(root)
    del log[:]
    run_nightly(sqlite_url, sources, runtime)
    night_two = {path: (etag, since, status) for path, etag, since, status in log}
    del log[:]
    run_nightly(sqlite_url, sources, runtime)  # nothing changed
    night_three = {path: status for path, _, _, status in log}

    # the server was asked conditionally where it gave validators, and said 304 where unchanged
    assert {p: s for p, (_, _, s) in night_two.items() if s == 304} == {
        "/etag/a1.html": 304, "/etag/n1.html": 304, "/lm/a3.html": 304}
    assert night_two["/etag/a2.html"][0] is not None and night_two["/etag/a2.html"][2] == 200
    assert night_two["/lm/a4.html"][1] is not None and night_two["/lm/a4.html"][2] == 200
    assert all(e is None and m is None for p, (e, m, _) in night_two.items() if "/plain/" in p)
    assert {p for p, s in night_three.items() if s == 304} == {
        "/etag/a1.html", "/etag/a2.html", "/etag/n1.html", "/lm/a3.html", "/lm/a4.html"}

    engine = make_engine(sqlite_url)
    with session_scope(engine) as session:
        runs = session.scalars(select(CrawlRun).order_by(CrawlRun.id)).all()
        assert [r.status for r in runs] == ["succeeded"] * 3
        first, second, third = runs
        # exactly what changed: new, changed, removed; flags raised and cleared on changed pages
        assert run_changes(session, second.id) == {
            ("new", "plain/a7.html"), ("changed", "etag/a2.html"), ("changed", "lm/a4.html"),
            ("changed", "plain/a6.html"), ("removed", "plain/a8.html"),
            ("flag_raised", "lm/a4.html", "GUARANTEED_PASS"),
            ("flag_cleared", "plain/a6.html", "GUARANTEED_PASS"),
        }
        assert run_changes(session, third.id) == set()
        # the unchanged pages' links (none but the index's) replayed as recorded last night
        assert second.stats["revisits"] == {"known": 9 + 1, "conditional": 5,
                                            "not_modified": 3, "skipped": 5, "replayed": 5,
                                            "links_dropped": 0}
        assert third.stats["revisits"]["not_modified"] == 5
        # the five 304s, and five unchanged 200s (a5, n2, and a6, a7, index changed last night)
        assert third.stats["revisits"]["skipped"] == 10

        pages = {slug(p.final_url): p for p in session.scalars(
            select(Page).where(Page.run_id == second.id))}
        originals = {slug(p.final_url): p for p in session.scalars(
            select(Page).where(Page.run_id == first.id))}
        for name in ("etag/a1.html", "etag/n1.html", "lm/a3.html"):  # 304: a revisit record
            page, original = pages[name], originals[name]
            assert (page.status, page.revisit_of) == (304, original.id)
            assert (page.warc_file, page.warc_offset) == (original.warc_file, original.warc_offset)
            assert page.is_offer == original.is_offer and page.sha256 == original.sha256
            body = warc.read_record(page.warc_file, page.warc_offset)  # the body it confirmed
            assert body.record_type == "response" and body.sha256 == original.sha256
            revisit = warc.read_record(page.revisit_warc_file, page.revisit_warc_offset)
            headers = dict(revisit.warc_headers)
            assert revisit.record_type == "revisit" and revisit.status == 304
            assert headers["WARC-Profile"] == (
                "http://netpreserve.org/warc/1.1/revisit/server-not-modified")
            assert headers["WARC-Refers-To"] == original.warc_record_id
            assert headers["WARC-Refers-To-Target-URI"] == original.final_url
            assert headers["WARC-Refers-To-Date"] == body.captured_at
        assert pages["etag/a1.html"].etag and pages["lm/a3.html"].last_modified
        for name in ("plain/a5.html", "plain/n2.html"):  # unchanged 200: skipped, own record
            page = pages[name]
            assert page.status == 200 and page.revisit_of == originals[name].id
            assert page.warc_file != originals[name].warc_file and page.revisit_warc_file is None
        for name in ("etag/a2.html", "lm/a4.html", "plain/a6.html"):  # changed: read in full
            assert pages[name].revisit_of is None and pages[name].sha256 != originals[name].sha256
        # a third night's 304 still refers to the first night's original response
        late = session.scalars(select(Page).where(Page.run_id == third.id,
                                                  Page.final_url.like("%etag/a1.html"))).one()
        late_revisit = warc.read_record(late.revisit_warc_file, late.revisit_warc_offset)
        assert dict(late_revisit.warc_headers)["WARC-Refers-To"] == originals[
            "etag/a1.html"].warc_record_id

        # unchanged listings were seen tonight, without a new observation
        for listing in session.scalars(select(Listing)):
            observations = session.scalars(select(Observation).where(
                Observation.listing_id == listing.id)).all()
            name = slug(listing.url)
            if name == "plain/a8.html":
                assert listing.removed_at is not None
                continue
            assert listing.removed_at is None and listing.missed_runs == 0
            assert as_utc(listing.last_seen) >= as_utc(third.started_at)
            last_page = session.get(Page, listing.last_page_id)
            assert last_page is not None and last_page.run_id == third.id
            changed = name in {"etag/a2.html", "lm/a4.html", "plain/a6.html"}
            assert len(observations) == (2 if changed else 1), name
        warc_files = {p.warc_file for p in pages.values()} | {
            p.revisit_warc_file for p in pages.values() if p.revisit_warc_file}
    engine.dispose()
    # every record of the second night's WARC reads back, revisits included
    kinds: list[str] = []
    for name in sorted(str(f) for f in warc_files if "run-2" in Path(str(f)).name):
        with open(name, "rb") as handle:
            kinds += [record.rec_type for record in ArchiveIterator(handle)]
    assert kinds.count("revisit") == 3 and kinds.count("request") == kinds.count("response") + 3
