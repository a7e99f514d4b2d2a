"""Read one archived response back from its WARC file, as text (never rendered)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import html as lxml_html
from warcio.archiveiterator import ArchiveIterator

from store.config import DATA_DIR

MAX_BYTES = 2_000_000  # the dashboard shows at most this much of a payload
_CHARSET = re.compile(r"charset=([\w-]+)", re.I)


class ArchiveError(Exception):
    """The archived record cannot be read (message names the file and offset)."""


@dataclass(frozen=True)
class ArchivedPage:
    target_uri: str
    warc_date: str  # WARC-Date, as archived (UTC, ISO-8601)
    record_id: str
    payload_digest: str  # WARC-Payload-Digest (sha1:... base32) when present
    block_digest: str
    http_status: str
    content_type: str
    source: str  # the decoded payload (HTML source), capped at MAX_BYTES
    text: str  # the visible text of the page, one block a line
    truncated: bool


def resolve_warc_path(warc_file: str, data_dir: Path = DATA_DIR) -> Path:
    """An absolute path, or one relative to the data directory or the working directory."""
    path = Path(warc_file)
    if path.is_absolute():
        return path
    for base in (data_dir, Path.cwd()):
        if (base / path).exists():
            return base / path
    return data_dir / path


def _decode(payload: bytes, content_type: str) -> str:
    match = _CHARSET.search(content_type or "")
    for encoding in ([match.group(1)] if match else []) + ["utf-8", "gb18030"]:
        try:
            return payload.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", errors="replace")


def visible_text(source: str) -> str:
    """The page's readable text (scripts, styles and markup dropped), one block a line."""
    if not source.strip():
        return ""
    try:
        tree = lxml_html.fromstring(source)
    except (ValueError, lxml_html.etree.ParserError):
        return source
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    lines = (" ".join(chunk.split()) for chunk in tree.itertext())
    return "\n".join(line for line in lines if line)


def read_record(warc_file: str, offset: int) -> ArchivedPage:
    """The response record at ``offset`` in ``warc_file`` (gzip or plain WARC)."""
    path = resolve_warc_path(warc_file)
    try:
        with path.open("rb") as stream:
            stream.seek(offset)
            record = next(iter(ArchiveIterator(stream)), None)
            if record is None:
                raise ArchiveError(f"{path}@{offset}: no WARC record at this offset")
            headers = record.rec_headers
            http = record.http_headers
            content_type = http.get_header("Content-Type", "") if http else ""
            payload = record.content_stream().read(MAX_BYTES + 1)
    except FileNotFoundError as exc:
        raise ArchiveError(f"{path}: the WARC file is missing") from exc
    except (OSError, ValueError) as exc:
        raise ArchiveError(f"{path}@{offset}: cannot read the WARC record: {exc}") from exc
    truncated = len(payload) > MAX_BYTES
    source = _decode(payload[:MAX_BYTES], content_type)
    return ArchivedPage(
        target_uri=headers.get_header("WARC-Target-URI", ""),
        warc_date=headers.get_header("WARC-Date", ""),
        record_id=headers.get_header("WARC-Record-ID", ""),
        payload_digest=headers.get_header("WARC-Payload-Digest", ""),
        block_digest=headers.get_header("WARC-Block-Digest", ""),
        http_status=http.get_statuscode() if http else "",
        content_type=content_type,
        source=source,
        text=visible_text(source),
        truncated=truncated,
    )
