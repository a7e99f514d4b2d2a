"""facts.warc: one record by file + offset, and every response record of a file, typed."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.warc import WarcArchive, sha256_payload_digest
from facts.warc import WarcReadError, iter_responses, read_record

GBK_BODY = "人工智能训练师培训，学费2980元".encode("gbk") * 50


def certwatch_archive(path: Path) -> list[tuple[int, str, bytes]]:
    """Three responses written by the crawler's writer: (offset, url, body)."""
    archive = WarcArchive(path)
    written = []
    for url, status, headers, body in (
        ("http://example.cn/a.html", 200,
         [("Content-Type", "text/html; charset=gbk"), ("Content-Encoding", "gzip")], GBK_BODY),
        ("http://example.cn/gone", 404, [("Content-Type", "text/html")], b"gone"),
        ("http://example.cn/bin", 200, [], bytes(range(256))),
    ):
        record = archive.write_response(url, status, headers, body,
                                        fetched_at="2026-11-28T10:00:00+00:00")
        written.append((record.offset, url, body))
    archive.close()
    return written


def foreign_archive(path: Path, *, gzipped: bool) -> None:
    """A WARC from another tool: warcinfo, request and response records, one gzip-encoded."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "other"}))
        request = StatusAndHeaders("GET /x HTTP/1.1", [("Host", "b.cn")], is_http_request=True)
        writer.write_record(writer.create_warc_record("http://b.cn/x", "request",
                                                      http_headers=request))
        body = gzip.compress("<p>训练师</p>".encode())
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                              ("Content-Encoding", "gzip"),
                                              ("Content-Length", str(len(body)))],
                                   protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record("http://b.cn/x", "response",
                                                      payload=io.BytesIO(body),
                                                      http_headers=headers))
        headers = StatusAndHeaders("301 Moved Permanently", [("Location", "/y")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("http://b.cn/old", "response",
                                                      payload=io.BytesIO(b""),
                                                      http_headers=headers))


def test_read_record_returns_typed_values(tmp_path: Path) -> None:
    path = tmp_path / "run-1.warc.gz"
    (offset, url, body), (gone, _, _), _ = certwatch_archive(path)
    record = read_record(path, offset)
    assert record.url == url and record.record_type == "response"
    assert record.body == body  # byte for byte: the writer stores bodies decoded
    assert record.sha256 == __import__("hashlib").sha256(body).hexdigest()
    assert record.payload_digest == sha256_payload_digest(record.sha256)
    assert record.block_digest.startswith("sha1:")
    assert record.record_id.startswith("<urn:uuid:")
    assert record.captured_at == "2026-11-28T10:00:00Z"
    assert record.captured is not None and record.captured.year == 2026
    assert record.status == 200 and record.status_line == "200 OK"
    assert record.protocol == "HTTP/1.1"
    assert record.content_type == "text/html; charset=gbk"
    assert record.header("x-certwatch-original-content-encoding") == "gzip"
    assert record.warc_header("warc-target-uri") == url
    assert record.offset == offset and record.path == str(path) and not record.truncated
    assert read_record(str(path), gone).status == 404


def test_read_record_can_cap_the_payload(tmp_path: Path) -> None:
    path = tmp_path / "run.warc.gz"
    offset = certwatch_archive(path)[0][0]
    record = read_record(path, offset, max_bytes=10)
    assert record.body == GBK_BODY[:10] and record.truncated
    assert not read_record(path, offset, max_bytes=len(GBK_BODY)).truncated


def test_iter_responses_skips_other_records_and_gives_offsets(tmp_path: Path) -> None:
    path = tmp_path / "run.warc.gz"
    written = certwatch_archive(path)
    records = list(iter_responses(path))
    assert [(r.offset, r.url, r.body) for r in records] == written
    for record in records:
        assert read_record(path, record.offset) == record


@pytest.mark.parametrize("gzipped", [True, False])
def test_archives_of_other_tools(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("other.warc.gz" if gzipped else "other.warc")
    foreign_archive(path, gzipped=gzipped)
    records = list(iter_responses(path))
    assert [(r.url, r.status) for r in records] == [("http://b.cn/x", 200), ("http://b.cn/old", 301)]
    assert records[0].body == "<p>训练师</p>".encode()  # the declared Content-Encoding undone
    assert records[0].protocol == "HTTP/1.0"
    assert records[1].body == b"" and records[1].header("location") == "/y"
    assert read_record(path, records[1].offset).url == "http://b.cn/old"
    assert read_record(path, 0).record_type == "warcinfo"


def test_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_record(tmp_path / "missing.warc.gz", 0)
    with pytest.raises(FileNotFoundError):
        list(iter_responses(tmp_path / "missing.warc.gz"))
    path = tmp_path / "run.warc.gz"
    offset = certwatch_archive(path)[0][0]
    with pytest.raises(WarcReadError, match=f"{path}@10000000: no WARC record"):
        read_record(path, 10_000_000)
    with pytest.raises(WarcReadError, match=str(path)):
        read_record(path, offset + 3)  # the middle of a gzip member
    cut = tmp_path / "cut.warc.gz"
    again = certwatch_archive(tmp_path / "again.warc.gz")
    first, second = again[0][0], again[1][0]
    cut.write_bytes((tmp_path / "again.warc.gz").read_bytes()[: second - 20])  # killed mid-write
    with pytest.raises(WarcReadError, match="cut short"):
        list(iter_responses(cut))
    with pytest.raises(WarcReadError, match=f"{cut}@{first}: the record is cut short"):
        read_record(cut, first)
    assert issubclass(WarcReadError, ValueError)
