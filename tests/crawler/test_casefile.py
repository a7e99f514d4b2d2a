"""``certwatch casefile``: a real crawl of a loopback page, then the ZIP checked file by file.

The page has a red 200x100 block at (100, 150), flagged wording, a hostile title, and a
stylesheet and an image that the crawler never archives: the screenshot must show the block
where it is, the summary must name the two missing resources, and the server must see no
request while the case file is built (the page is rendered from the archive only).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from warcio.archiveiterator import ArchiveIterator

from certwatch.cli import main
from store.db import make_engine
from store.models import Flag, Listing, ListingAlias, Page, Review

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>人工智能训练师证书 免考包过 &lt;script&gt;alert(1)&lt;/script&gt;</title>
<link rel="stylesheet" href="/styles/site.css">
<style>body{margin:0;background:#ffffff}
#block{position:absolute;left:100px;top:150px;width:200px;height:100px;background:#ff0000}</style>
</head><body>
<h1>人工智能训练师三级证书 免考 包过 直接拿证</h1>
<p>证书颁发机构：中华人工智能职业资格认证总局。学费：4800元/人，报名热线 13800138000。</p>
<img src="/img/logo.png" width="10" height="10" alt="">
<div id="block"></div>
</body></html>
"""


class _Site:
    def __init__(self) -> None:
        self.hits: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                site.hits.append(self.path)
                if self.path == "/offer.html":
                    body, kind = PAGE.encode("utf-8"), "text/html; charset=utf-8"
                elif self.path == "/styles/site.css":
                    body, kind = b"body{background:#00ff00}", "text/css"
                else:
                    body, kind = b"not here", "text/plain"
                self.send_response(200 if self.path != "/robots.txt" else 404)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/offer.html"


@pytest.fixture
def offer_site() -> Iterator[_Site]:
    site = _Site()
    yield site
    site.httpd.shutdown()
    site.httpd.server_close()


def _crawl(db_url: str, runtime: Path, url: str) -> None:
    env = {**os.environ, "CERTWATCH_RUNTIME": str(runtime),
           "PYTHONPATH": os.pathsep.join(p for p in (os.environ.get("PYTHONPATH"), str(ROOT)) if p)}
    done = subprocess.run(
        [sys.executable, "-m", "certwatch", "--db", db_url, "crawl", url, "--allow-private-hosts",
         "--max-pages", "2"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]


def _records(data: bytes) -> list[tuple[str, dict[str, str]]]:
    return [(r.rec_type, dict(r.rec_headers.headers))
            for r in ArchiveIterator(io.BytesIO(data)) if r.content_stream().read() is not None]


@pytest.mark.browser
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing")
def test_casefile_of_a_crawled_listing(offer_site: _Site, db_url: str, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("playwright")
    from PIL import Image

    runtime = tmp_path / "runtime"
    monkeypatch.setenv("CERTWATCH_RUNTIME", str(runtime))
    _crawl(db_url, runtime, offer_site.url)
    _crawl(db_url, runtime, offer_site.url)  # a second capture of the same page
    engine = make_engine(db_url)
    with Session(engine) as session:
        listing = session.scalars(select(Listing)).one()
        flag = session.scalars(select(Flag).where(Flag.listing_id == listing.id,
                                                  Flag.active.is_(True))).first()
        assert flag is not None, "the page should be flagged"
        session.add_all([  # inserted newest first: the case file must put them oldest first
            Review(listing_id=listing.id, flag_fingerprint=flag.fingerprint, decision="confirmed",
                   note="页面写明免考 <b>bold</b>", reviewer="wang@example.gov.cn",
                   decided_at=datetime(2026, 12, 2, 9, 0, tzinfo=UTC)),
            Review(listing_id=listing.id, flag_fingerprint=None, decision="escalated",
                   note="<script>alert('x')</script>", reviewer="li@example.gov.cn",
                   decided_at=datetime(2026, 12, 1, 9, 0, tzinfo=UTC)),
            ListingAlias(alias_id=listing.id + 1000, listing_id=listing.id, reason="test merge"),
        ])
        session.commit()
        listing_id, flag_code, flag_fp = listing.id, flag.code, flag.fingerprint
    hits_before = list(offer_site.hits)

    out = tmp_path / "case.zip"
    assert main(["--db", db_url, "casefile", str(listing_id + 1000), "--output", str(out)]) == 0
    assert "wrote" in capsys.readouterr().out
    assert offer_site.hits == hits_before  # nothing fetched live while building it

    with zipfile.ZipFile(out) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(files["manifest.json"])
    assert manifest["listing_id"] == str(listing_id) and manifest["created_at"]
    assert manifest["registry_version"] is not None
    listed = {entry["path"]: entry for entry in manifest["files"]}
    assert set(listed) == set(files) - {"manifest.json"}
    assert set(listed) == {"listing.json", "evidence.warc.gz", "screenshot.png",
                           "decisions.json", "summary.html"}
    for path, entry in listed.items():
        assert entry["sha256"] == hashlib.sha256(files[path]).hexdigest()
        assert entry["bytes"] == len(files[path])

    record = json.loads(files["listing.json"])
    assert record["url"] == offer_site.url and record["flags"]

    records = _records(files["evidence.warc.gz"])
    kinds = [kind for kind, _ in records]
    assert kinds == ["response", "request", "response", "request"]  # two captures, in order
    for (_, response), (_, request) in zip(records[::2], records[1::2], strict=True):
        assert request["WARC-Concurrent-To"] == response["WARC-Record-ID"]
        assert response["WARC-Target-URI"] == offer_site.url

    # byte for byte: every record (gzip member) of the evidence lies as such in the archive
    with Session(engine) as session:
        sources = {p for p in session.scalars(select(Page.warc_file)) if p}
    archived = b"".join(Path(p).read_bytes() for p in sources)
    evidence = files["evidence.warc.gz"]
    iterator = ArchiveIterator(io.BytesIO(evidence))
    spans = []
    for record in iterator:
        record.content_stream().read()
        iterator.read_to_end(record)
        spans.append((iterator.get_record_offset(), iterator.get_record_length()))
    assert len(spans) == 4 and sum(length for _, length in spans) == len(evidence)
    for offset, length in spans:
        assert evidence[offset:offset + length] in archived

    decisions = json.loads(files["decisions.json"])
    assert [d["decision"] for d in decisions] == ["escalated", "confirmed"]
    assert decisions[0]["flag"] is None and decisions[0]["reviewer"] == "li@example.gov.cn"
    assert decisions[1]["flag"] == {"code": flag_code, "fingerprint": flag_fp}

    image = Image.open(io.BytesIO(files["screenshot.png"])).convert("RGB")
    assert image.getpixel((200, 200)) == (255, 0, 0)  # inside the block
    assert image.getpixel((105, 155)) == (255, 0, 0) and image.getpixel((295, 245)) == (255, 0, 0)
    assert image.getpixel((95, 200)) != (255, 0, 0) and image.getpixel((305, 200)) != (255, 0, 0)
    assert image.getpixel((200, 145)) != (255, 0, 0) and image.getpixel((200, 255)) != (255, 0, 0)
    assert image.getpixel((600, 600)) == (255, 255, 255)  # the live stylesheet (green) never came

    html = files["summary.html"].decode("utf-8")
    assert "/styles/site.css" in html and "/img/logo.png" in html
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)" in html
    assert "风险标记" in html and "Flags and their evidence" in html and flag_code in html
    assert html.index("li@example.gov.cn") < html.index("wang@example.gov.cn")


def test_unknown_listing_exits_2(sqlite_url: str, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CERTWATCH_RUNTIME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert main(["--db", sqlite_url, "casefile", "4711"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "certwatch: listing 4711: no such listing"
    assert main(["--db", sqlite_url, "casefile", "abc"]) == 2
    assert not list(tmp_path.glob("casefile-*.zip"))
