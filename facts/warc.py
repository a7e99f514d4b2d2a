"""WARC facts: the one reader of archived records (warcio), as typed values.

- ``read_record(path, offset)``: the record that starts at byte ``offset`` of a WARC file
  (gzip or plain), e.g. the ``warc_file`` / ``warc_offset`` a Page row stores.
- ``iter_responses(path)``: every ``response`` record of a file, in file order, each with
  the offset it starts at (so it can be read again with ``read_record``).

Both return ``WarcRecord``: target URL, capture time, record id, digests, the HTTP status
line and headers as archived, and the body. The body is the HTTP payload as warcio's
``content_stream()`` gives it: chunked transfer coding and a ``Content-Encoding`` the
headers still declare are undone (certwatch's own archives store bodies already decoded and
keep those headers under ``X-Certwatch-Original-*``, so their bodies come back byte for
byte). Errors: ``FileNotFoundError`` for a missing file, ``WarcReadError`` (a ValueError)
when there is no readable record at the offset or the file is not WARC.

The writer stays with the crawler (``crawler.warc``). Reading never touches the network.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed


class WarcReadError(ValueError):
    """No readable WARC record where one was expected (the message names file and offset)."""


@dataclass(frozen=True)
class WarcRecord:
    """One archived record, as stored."""

    path: str  # the WARC file it was read from
    offset: int  # byte offset of the record (of its gzip member) in that file
    record_type: str  # WARC-Type: response, request, warcinfo, resource ...
    url: str  # WARC-Target-URI ("" for warcinfo)
    captured_at: str  # WARC-Date as archived (UTC, ISO-8601, e.g. 2026-11-28T10:00:00Z)
    record_id: str  # WARC-Record-ID, e.g. <urn:uuid:...>
    payload_digest: str  # WARC-Payload-Digest ("sha256:BASE32..." / "sha1:..."), "" if absent
    block_digest: str  # WARC-Block-Digest, "" if absent
    status_line: str  # HTTP status line without protocol ("200 OK"); "" when not HTTP
    protocol: str  # "HTTP/1.1"; "" when not HTTP
    http_headers: list[tuple[str, str]]  # as archived, in order
    warc_headers: list[tuple[str, str]]  # the WARC record headers, in order
    body: bytes  # the payload (see the module docstring); at most ``max_bytes`` of it
    truncated: bool = False  # True when the payload was longer than ``max_bytes``

    @property
    def status(self) -> int | None:
        """The HTTP status code, or None when the record has no HTTP status line."""
        code = self.status_line.split(" ", 1)[0]
        return int(code) if code.isdigit() else None

    @property
    def content_type(self) -> str:
        """The HTTP ``Content-Type`` header ("" when absent)."""
        return self.header("Content-Type") or ""

    @property
    def captured(self) -> datetime | None:
        """``captured_at`` as an aware datetime; None when it cannot be parsed."""
        try:
            return datetime.fromisoformat(self.captured_at)
        except ValueError:
            return None

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of ``body`` (what a Page row stores beside the WARC offset)."""
        return hashlib.sha256(self.body).hexdigest()

    def header(self, name: str, default: str | None = None) -> str | None:
        """The first HTTP header called ``name`` (any case)."""
        lowered = name.lower()
        return next((v for k, v in self.http_headers if k.lower() == lowered), default)

    def warc_header(self, name: str, default: str | None = None) -> str | None:
        """The first WARC header called ``name`` (any case)."""
        lowered = name.lower()
        return next((v for k, v in self.warc_headers if k.lower() == lowered), default)


def _typed(record: Any, path: str, offset: int, max_bytes: int | None) -> WarcRecord:
    rec = record.rec_headers
    http = record.http_headers
    stream = record.content_stream()
    body: bytes = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
    truncated = max_bytes is not None and len(body) > max_bytes
    if truncated:
        body = body[:max_bytes]
    elif getattr(record.raw_stream, "limit", 0) > 0:  # the file ends inside the record
        where = path if offset < 0 else f"{path}@{offset}"
        raise WarcReadError(f"{where}: the record is cut short (the file ends inside it)")
    return WarcRecord(
        path=path,
        offset=offset,
        record_type=rec.get_header("WARC-Type", "") or "",
        url=rec.get_header("WARC-Target-URI", "") or "",
        captured_at=rec.get_header("WARC-Date", "") or "",
        record_id=rec.get_header("WARC-Record-ID", "") or "",
        payload_digest=rec.get_header("WARC-Payload-Digest", "") or "",
        block_digest=rec.get_header("WARC-Block-Digest", "") or "",
        status_line=(http.statusline or "") if http else "",
        protocol=(http.protocol or "") if http else "",
        http_headers=[(str(k), str(v)) for k, v in http.headers] if http else [],
        warc_headers=[(str(k), str(v)) for k, v in rec.headers],
        body=body,
        truncated=truncated,
    )


def read_record(
    path: str | Path, offset: int, *, max_bytes: int | None = None
) -> WarcRecord:
    """The record starting at byte ``offset`` of the WARC file at ``path``.

    ``max_bytes`` caps the payload read (``truncated`` says when it was longer).
    Raises FileNotFoundError when the file is missing, WarcReadError when no WARC record
    starts at ``offset`` (or it cannot be parsed).
    """
    name = str(path)
    with open(path, "rb") as handle:
        handle.seek(offset)
        try:
            for record in ArchiveIterator(handle):
                if not str(getattr(record, "format", "warc")).startswith("warc"):
                    # bytes in the middle of a gzip member can pass for an old ARC header
                    raise WarcReadError(f"{name}@{offset}: no WARC record at this offset")
                return _typed(record, name, offset, max_bytes)
        except WarcReadError:
            raise
        except (ArchiveLoadFailed, ValueError, EOFError, OSError) as exc:
            raise WarcReadError(f"{name}@{offset}: cannot read the WARC record: {exc}") from exc
    raise WarcReadError(f"{name}@{offset}: no WARC record at this offset")


def _iter(handle: BinaryIO, name: str, max_bytes: int | None) -> Iterator[WarcRecord]:
    records = ArchiveIterator(handle)
    try:
        for record in records:
            if record.rec_type != "response":
                continue
            typed = _typed(record, name, -1, max_bytes)  # the body is read before the offset:
            # warcio finds the offset by reading the record to its end
            yield replace(typed, offset=records.get_record_offset())
    except ArchiveLoadFailed as exc:
        raise WarcReadError(f"{name}: cannot read the WARC file: {exc}") from exc


def iter_responses(path: str | Path, *, max_bytes: int | None = None) -> Iterator[WarcRecord]:
    """Every ``response`` record of the WARC file at ``path``, in file order.

    Each carries its ``offset``, so ``read_record(path, r.offset)`` reads it again. Records
    of other types (warcinfo, request, metadata ...) are skipped. The file stays open while
    the iterator is consumed. Raises FileNotFoundError / WarcReadError as ``read_record``,
    including for a record the file ends inside (a crawl killed mid-write).
    """
    name = str(path)
    with open(path, "rb") as handle:
        yield from _iter(handle, name, max_bytes)


@dataclass(frozen=True)
class RawMember:
    """One record as it lies in the file: where it starts and how many bytes it takes (its
    gzip member, in a ``.warc.gz``), with its headers (``record.body`` is left empty)."""

    record: WarcRecord
    offset: int
    length: int


def members_from(path: str | Path, offset: int, *, limit: int = 2) -> list[RawMember]:
    """Up to ``limit`` records starting at byte ``offset``, each with its extent in the file.

    The bytes of a record are ``file[offset:offset + length]`` and can be copied unchanged
    into another WARC file. Raises FileNotFoundError / WarcReadError as ``read_record``.
    """
    name = str(path)
    out: list[RawMember] = []
    with open(path, "rb") as handle:
        handle.seek(offset)
        records = ArchiveIterator(handle)
        try:
            for record in records:
                typed = _typed(record, name, -1, 0)  # headers only: the body is skipped
                records.read_to_end(record)
                start, length = records.get_record_offset(), records.get_record_length()
                out.append(RawMember(replace(typed, offset=start, body=b""), start, length))
                if len(out) >= limit:
                    break
        except (ArchiveLoadFailed, ValueError, EOFError, OSError) as exc:
            if not out:
                raise WarcReadError(f"{name}@{offset}: cannot read the WARC record: {exc}") from exc
    if not out:
        raise WarcReadError(f"{name}@{offset}: no WARC record at this offset")
    return out
