"""Evidence: every fetched response archived in one WARC file per crawl run (warcio).

The file belongs to the store (``store.evidence``): it lies in the store's WARC directory,
its name carries the store id, and its ``warcinfo`` record names the store
(``certwatch-store-id``); an archive refuses to append to a file of another store.

A ``304 Not Modified`` to a conditional request is a ``revisit`` record (profile
server-not-modified) pointing at the archived original (``write_revisit``).

Each ``response`` (or ``revisit``) record is followed by its ``request`` record (method, path and the
request headers Scrapy sent, plus ``Host``, which the HTTP client adds on the wire), linked
to the response with ``WARC-Concurrent-To``.

A ``response`` record holds the HTTP status line, the headers as received and the body as
the crawler used it. Scrapy has already undone any ``Content-Encoding`` (gzip, br) and chunked
transfer coding by then, so the record says so: those headers are kept under
``X-Certwatch-Original-*`` names and ``Content-Length`` is the stored body's length; a WARC
reader then reads the body back byte for byte. ``WARC-Payload-Digest`` is the SHA-256 of the
body (base32, as WARC writes digests); the Page row stores the same digest in hex.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from facts import urls, warc as facts_warc
from store.evidence import evidence_location

_WIRE_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


STORE_ID_FIELD = "certwatch-store-id"
# a 304's record: the server said the archived original is still current (WARC 1.1, 6.7.2)
REVISIT_NOT_MODIFIED = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"


class ForeignArchiveError(ValueError):
    """The WARC file belongs to another store (message names the file and both ids)."""


def warc_path_for_run(engine: Engine, run_id: int, suffix: str = "") -> Path:
    """The run's WARC file in the store's own WARC directory (``store.evidence``)."""
    return evidence_location(engine).warc_path_for_run(run_id, suffix)


def archive_for_run(engine: Engine, run_id: int) -> tuple[Path, str]:
    """The run's WARC path and the store id its warcinfo carries."""
    location = evidence_location(engine)
    return location.warc_path_for_run(run_id), location.store_id


def sha256_payload_digest(sha256_hex: str) -> str:
    """The ``WARC-Payload-Digest`` value for a hex SHA-256."""
    return "sha256:" + base64.b32encode(bytes.fromhex(sha256_hex)).decode("ascii")


@dataclass(frozen=True)
class ArchivedRecord:
    warc_file: str
    offset: int
    record_id: str
    sha256: str


@dataclass(frozen=True)
class RecordHeaders:
    """What a stored record says about itself and about the HTTP response."""

    warc: dict[str, str]
    status_line: str  # e.g. "200 OK"
    http: list[tuple[str, str]]

    def get(self, name: str, default: str | None = None) -> str | None:
        lowered = name.lower()
        return next((v for k, v in self.http if k.lower() == lowered), default)


def archived_headers(headers: list[tuple[str, str]], body_length: int) -> list[tuple[str, str]]:
    """The headers to store beside an already-decoded body (see the module docstring)."""
    kept = [(k, v) for k, v in headers if k.lower() not in _WIRE_HEADERS]
    originals = [(f"X-Certwatch-Original-{k}", v) for k, v in headers if k.lower() in _WIRE_HEADERS]
    return [*kept, *originals, ("Content-Length", str(body_length))]


class WarcArchive:
    """Appends response records to one WARC file (gzip, one member per record)."""

    def __init__(self, path: str | Path, store_id: str | None = None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        is_new = not self.path.exists() or self.path.stat().st_size == 0
        if not is_new and store_id is not None:
            _check_owner(self.path, store_id)
        self._file: BinaryIO = open(self.path, "ab")  # noqa: SIM115 - closed by close()
        self._writer = WARCWriter(self._file, gzip=True)
        if is_new:
            info = {"software": "certwatch/0.1 (warcio)", "format": "WARC File Format 1.1"}
            if store_id is not None:
                info[STORE_ID_FIELD] = store_id
            self._writer.write_record(self._writer.create_warcinfo_record(self.path.name, info))
            self._file.flush()

    def write_response(
        self,
        url: str,
        status: int,
        headers: list[tuple[str, str]],
        body: bytes,
        *,
        protocol: str = "HTTP/1.1",
        fetched_at: str | None = None,
    ) -> ArchivedRecord:
        """Append a ``response`` record; returns where it is and the body's SHA-256."""
        sha256 = hashlib.sha256(body).hexdigest()
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = ""
        http_headers = StatusAndHeaders(
            f"{status} {reason}".strip(), archived_headers(headers, len(body)), protocol=protocol
        )
        warc_headers = {"WARC-Payload-Digest": sha256_payload_digest(sha256)}
        if fetched_at:
            warc_headers["WARC-Date"] = fetched_at.replace("+00:00", "Z")
        record = self._writer.create_warc_record(
            url,
            "response",
            payload=BytesIO(body),
            length=len(body),
            http_headers=http_headers,
            warc_headers_dict=warc_headers,
        )
        self._file.seek(0, 2)
        offset = self._file.tell()
        self._writer.write_record(record)
        self._file.flush()
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        return ArchivedRecord(str(self.path), offset, record_id, sha256)

    def write_revisit(
        self,
        url: str,
        headers: list[tuple[str, str]],
        *,
        refers_to: tuple[str, str, str],
        sha256: str,
        status: int = 304,
        protocol: str = "HTTP/1.1",
        fetched_at: str | None = None,
    ) -> ArchivedRecord:
        """Append a ``revisit`` record for a ``304 Not Modified`` (profile server-not-modified):
        the response's status line and headers, no body, and ``WARC-Refers-To`` (record id),
        ``-Target-URI`` and ``-Date`` of the archived original, whose body (SHA-256
        ``sha256``) the server said is still current."""
        record_id, target_uri, date = refers_to
        http_headers = StatusAndHeaders(
            f"{status} {HTTPStatus(status).phrase}", archived_headers(headers, 0), protocol=protocol)
        warc_headers = {
            "WARC-Profile": REVISIT_NOT_MODIFIED,
            "WARC-Refers-To": record_id,
            "WARC-Refers-To-Target-URI": target_uri,
            "WARC-Refers-To-Date": date,
            "WARC-Payload-Digest": sha256_payload_digest(sha256),
        }
        if fetched_at:
            warc_headers["WARC-Date"] = fetched_at.replace("+00:00", "Z")
        record = self._writer.create_warc_record(
            url, "revisit", payload=BytesIO(b""), length=0, http_headers=http_headers,
            warc_headers_dict=warc_headers,
        )
        self._file.seek(0, 2)
        offset = self._file.tell()
        self._writer.write_record(record)
        self._file.flush()
        return ArchivedRecord(str(self.path), offset,
                              record.rec_headers.get_header("WARC-Record-ID"), sha256)

    def write_request(
        self,
        url: str,
        method: str,
        headers: list[tuple[str, str]],
        *,
        concurrent_to: str,
        protocol: str = "HTTP/1.1",
        fetched_at: str | None = None,
    ) -> ArchivedRecord:
        """Append the ``request`` record of the response ``concurrent_to`` (its record id)."""
        target = urls.request_target(url)
        sent = list(headers)
        if not any(k.lower() == "host" for k, _ in sent) and urls.authority(url):
            sent.insert(0, ("Host", urls.authority(url)))  # the HTTP client adds it on the wire
        # the request line "GET /path HTTP/1.1" (warcio keeps the method as its "protocol")
        http_headers = StatusAndHeaders(f"{method} {target} {protocol}", sent, is_http_request=True)
        warc_headers = {"WARC-Concurrent-To": concurrent_to}
        if fetched_at:
            warc_headers["WARC-Date"] = fetched_at.replace("+00:00", "Z")
        record = self._writer.create_warc_record(
            url, "request", payload=BytesIO(b""), length=0, http_headers=http_headers,
            warc_headers_dict=warc_headers,
        )
        self._file.seek(0, 2)
        offset = self._file.tell()
        self._writer.write_record(record)
        self._file.flush()
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        return ArchivedRecord(str(self.path), offset, record_id, hashlib.sha256(b"").hexdigest())

    def close(self) -> None:
        if not self._file.closed:
            self._file.close()


def read_record(warc_file: str | Path, offset: int,
                headers_only: bool = False) -> tuple[RecordHeaders, bytes]:
    """The headers and body of the record at ``offset`` (as stored in a Page row);
    ``headers_only``: the headers, and an empty body (not read)."""
    record = facts_warc.read_record(warc_file, offset, max_bytes=0 if headers_only else None)
    headers = RecordHeaders(
        warc=dict(record.warc_headers), status_line=record.status_line, http=record.http_headers
    )
    return headers, record.body


def _check_owner(path: Path, store_id: str) -> None:
    """Raise ForeignArchiveError when the file's warcinfo names another store."""
    try:
        first = facts_warc.read_record(path, 0)
    except (OSError, facts_warc.WarcReadError):
        return  # not readable as WARC: appending is the writer's business, as before
    if first.record_type != "warcinfo":
        return
    fields = dict(
        line.split(":", 1) for line in first.body.decode("utf-8", "replace").splitlines()
        if ":" in line
    )
    owner = fields.get(STORE_ID_FIELD, "").strip()
    if owner and owner != store_id:
        raise ForeignArchiveError(
            f"{path}: this WARC file belongs to store {owner}, not to this store ({store_id})"
        )


_shared: dict[Path, tuple[WarcArchive, int]] = {}


def open_shared(path: str | Path, store_id: str | None = None) -> WarcArchive:
    """One archive per file for all crawlers of a process (sources of one run share a file)."""
    key = Path(path).resolve()
    archive, users = _shared.get(key, (None, 0))
    if archive is None:
        archive = WarcArchive(key, store_id)
    _shared[key] = (archive, users + 1)
    return archive


def release_shared(archive: WarcArchive) -> None:
    key = archive.path.resolve()
    _, users = _shared.get(key, (archive, 1))
    if users <= 1:
        _shared.pop(key, None)
        archive.close()
    else:
        _shared[key] = (archive, users - 1)
