"""WARC evidence: records read back byte for byte, digests match what the Page row stores."""

import base64
import hashlib
import subprocess
import sys
from pathlib import Path

from crawler.warc import WarcArchive, read_record, sha256_payload_digest


def test_records_read_back_with_their_digest(tmp_path: Path) -> None:
    path = tmp_path / "run-1.warc.gz"
    archive = WarcArchive(path)
    gbk_body = "人工智能训练师培训，学费2980元".encode("gbk") * 50
    first = archive.write_response(
        "http://example.cn/a.html",
        200,
        [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked"), ("Server", "nginx")],
        gbk_body,
        fetched_at="2026-11-28T10:00:00+00:00",
    )
    second = archive.write_response(
        "http://example.cn/gone", 404, [("Content-Type", "text/html")], b"gone"
    )
    binary = archive.write_response("http://example.cn/f", 200, [], bytes(range(256)))
    archive.close()

    for record, body in ((first, gbk_body), (second, b"gone"), (binary, bytes(range(256)))):
        headers, stored = read_record(path, record.offset)
        assert stored == body
        assert hashlib.sha256(stored).hexdigest() == record.sha256
        assert headers.warc["WARC-Payload-Digest"] == sha256_payload_digest(record.sha256)
        assert headers.warc["WARC-Record-ID"] == record.record_id
    headers, _ = read_record(path, first.offset)
    assert headers.status_line == "200 OK"
    assert headers.get("server") == "nginx"
    assert headers.get("Content-Length") == str(len(gbk_body))
    assert headers.get("X-Certwatch-Original-Transfer-Encoding") == "chunked"
    assert headers.warc["WARC-Target-URI"] == "http://example.cn/a.html"
    assert read_record(path, second.offset)[0].status_line == "404 Not Found"
    digest = base64.b32decode(headers.warc["WARC-Payload-Digest"].split(":", 1)[1])
    assert digest.hex() == first.sha256


def test_an_archive_reopened_appends_and_warcio_validates_it(tmp_path: Path) -> None:
    path = tmp_path / "run-2.warc.gz"
    first = WarcArchive(path)
    a = first.write_response("http://example.cn/1", 200, [], b"one")
    first.close()
    again = WarcArchive(path)
    b = again.write_response("http://example.cn/2", 200, [], b"two")
    again.close()
    assert b.offset > a.offset
    assert read_record(path, a.offset)[1] == b"one" and read_record(path, b.offset)[1] == b"two"
    check = subprocess.run(
        [str(Path(sys.executable).with_name("warcio")), "check", "-v", str(path)],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(" response\n    digest pass") == 2 and "fail" not in check.stdout
