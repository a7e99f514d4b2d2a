"""The evidence of a case file: the archived WARC records of every capture, copied byte for
byte (each record's gzip member as it lies in the store's archive, never re-serialized), and
the archived responses the renderer may serve."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from certwatch.casefile.gather import Capture
from facts import warc
from store.evidence import resolve_warc_file


@dataclass
class Evidence:
    data: bytes = b""  # the concatenated gzip members: a valid .warc.gz
    records: list[dict[str, object]] = field(default_factory=list)  # what was copied
    missing: list[str] = field(default_factory=list)  # captures whose record is unreadable


def _request_of(members: list[warc.RawMember], record_id: str) -> warc.RawMember | None:
    """The request record written right after a response, concurrent to it."""
    for member in members[1:]:
        if (member.record.record_type == "request"
                and member.record.warc_header("WARC-Concurrent-To") == record_id):
            return member
    return None


def copy_records(captures: Iterable[Capture]) -> Evidence:
    """Every capture's response record and its request record (when archived), in capture
    order, copied unchanged from the store's WARC files."""
    out = Evidence()
    chunks: list[bytes] = []
    for capture in captures:
        path = resolve_warc_file(capture.warc_file)
        try:
            members = warc.members_from(path, capture.warc_offset, limit=2)
            response = members[0]
            wanted = [response]
            request = _request_of(members, response.record.record_id)
            if request is not None:
                wanted.append(request)
            with open(path, "rb") as handle:
                for member in wanted:
                    handle.seek(member.offset)
                    raw = handle.read(member.length)
                    if len(raw) != member.length:
                        raise warc.WarcReadError(f"{path}@{member.offset}: the record is cut short")
                    chunks.append(raw)
                    out.records.append({
                        "type": member.record.record_type,
                        "url": member.record.url,
                        "date": member.record.captured_at,
                        "record_id": member.record.record_id,
                        "page_id": capture.page_id,
                    })
        except (OSError, warc.WarcReadError) as exc:
            out.missing.append(f"page {capture.page_id}: {exc}")
    out.data = b"".join(chunks)
    return out


@dataclass(frozen=True)
class ArchivedResponse:
    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes


def archived_response(capture: Capture) -> ArchivedResponse | None:
    """The archived response of a capture (status, headers as archived, body); None when
    the record cannot be read."""
    try:
        record = warc.read_record(resolve_warc_file(capture.warc_file), capture.warc_offset)
    except (OSError, warc.WarcReadError):
        return None
    return ArchivedResponse(record.url or capture.final_url, record.status or 200,
                            record.http_headers, record.body)
