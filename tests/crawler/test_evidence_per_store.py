"""Evidence belongs to its store: two databases crawling never share a WARC file, every
response record has its request record beside it, and an archive refuses another store's file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from crawl_server import FixtureServer, run_crawl_process
from sqlalchemy import select
from sqlalchemy.orm import Session
from warcio.archiveiterator import ArchiveIterator

from crawler.warc import STORE_ID_FIELD, ForeignArchiveError, WarcArchive
from store.db import make_engine
from store.evidence import evidence_location
from store.models import CrawlRun, Page, StoreSetting


def _records(path: str | Path) -> list[tuple[str, dict[str, str], str, list[tuple[str, str]]]]:
    """(type, WARC headers, HTTP status/request line, HTTP headers) of every record."""
    out = []
    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle):
            http = record.http_headers
            body = record.content_stream().read()
            headers = dict(record.rec_headers.headers)
            if record.rec_type == "warcinfo":
                headers["_body"] = body.decode("utf-8")
            line = f"{http.protocol} {http.statusline}" if http else ""  # request: method first
            out.append((record.rec_type, headers, line,
                        list(http.headers) if http else []))
    return out


def _crawl(db_url: str, runtime: Path, site: FixtureServer) -> dict[str, object]:
    done = run_crawl_process(db_url, runtime, site.base_url + "/about.html",
                             "--allow-private-hosts", "--max-pages", "3")
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.summary is not None
    return done.summary


def test_two_stores_never_share_a_warc_file(site: FixtureServer, db_url: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    other_url = f"sqlite:///{tmp_path / 'scratch.db'}"
    runtime = tmp_path / "runtime"  # one runtime directory for both, as on one machine
    monkeypatch.setenv("CERTWATCH_RUNTIME", str(runtime))
    first = _crawl(db_url, runtime, site)
    second = _crawl(other_url, runtime, site)
    assert first["run_id"] == second["run_id"] == 1  # run 1 of each store
    assert first["warc_path"] != second["warc_path"]
    assert Path(str(first["warc_path"])).parent != Path(str(second["warc_path"])).parent
    if db_url.startswith("sqlite"):  # X.db -> X.warc/ beside it
        assert Path(str(first["warc_path"])).parent == tmp_path / "certwatch.warc"
    assert Path(str(second["warc_path"])).parent == tmp_path / "scratch.warc"

    for url, summary in ((db_url, first), (other_url, second)):
        engine = make_engine(url)
        location = evidence_location(engine)
        with Session(engine) as session:
            settings = {s.key: s.value for s in session.scalars(select(StoreSetting))}
            run = session.get(CrawlRun, summary["run_id"])
            files = set(session.scalars(select(Page.warc_file).where(Page.warc_file.is_not(None))))
        assert settings["store_id"] == location.store_id and len(location.store_id) == 32
        assert location.warc_dir == Path(str(summary["warc_path"])).parent
        recorded = Path(settings["warc_dir"])  # PostgreSQL: relative, under the runtime dir
        assert recorded.is_absolute() == url.startswith("sqlite")
        assert run is not None and run.warc_path == summary["warc_path"]
        assert files == {summary["warc_path"]}
        assert location.store_id[:12] in Path(str(summary["warc_path"])).name
        info = _records(str(summary["warc_path"]))[0]
        assert info[0] == "warcinfo" and f"{STORE_ID_FIELD}: {location.store_id}" in info[1]["_body"]
        engine.dispose()


def test_request_records_are_concurrent_to_their_responses(
    site: FixtureServer, sqlite_url: str, tmp_path: Path
) -> None:
    summary = _crawl(sqlite_url, tmp_path / "runtime", site)
    records = _records(str(summary["warc_path"]))
    responses = {h["WARC-Record-ID"]: (h, line) for kind, h, line, _ in records
                 if kind == "response"}
    requests = [(h, line, headers) for kind, h, line, headers in records if kind == "request"]
    assert responses and len(requests) == len(responses)
    for headers, line, http in requests:
        response, _status = responses[headers["WARC-Concurrent-To"]]
        assert headers["WARC-Target-URI"] == response["WARC-Target-URI"]
        path = "/" + response["WARC-Target-URI"].split("/", 3)[3]
        assert line == f"GET {path} HTTP/1.1"
        sent = {k.lower(): v for k, v in http}
        assert sent["host"] == site.base_url.removeprefix("http://")
        assert sent["user-agent"].startswith("certwatch/")
    about = [line for h, line, _ in requests if h["WARC-Target-URI"].endswith("/about.html")]
    assert about == ["GET /about.html HTTP/1.1"]


def test_an_archive_refuses_another_stores_file(tmp_path: Path) -> None:
    path = tmp_path / "run-1.warc.gz"
    mine = WarcArchive(path, "a" * 32)
    mine.write_response("http://example.com/", 200, [("Content-Type", "text/html")], b"<p>x</p>")
    mine.close()
    WarcArchive(path, "a" * 32).close()  # the same store appends
    with pytest.raises(ForeignArchiveError, match=r"belongs to store a{32}"):
        WarcArchive(path, "b" * 32)


def test_warc_dir_override_still_separates_stores(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CERTWATCH_WARC_DIR", str(tmp_path / "shared"))
    one = evidence_location(make_engine(f"sqlite:///{tmp_path / 'one.db'}"))
    two = evidence_location(make_engine(f"sqlite:///{tmp_path / 'two.db'}"))
    assert one.warc_dir.parent == two.warc_dir.parent == tmp_path / "shared"
    assert one.warc_path_for_run(1) != two.warc_path_for_run(1)
    monkeypatch.delenv("CERTWATCH_WARC_DIR")
    assert evidence_location(make_engine(f"sqlite:///{tmp_path / 'one.db'}")) == one  # recorded
