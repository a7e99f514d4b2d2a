"""Read one archived response back from its WARC file, as text (never rendered)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import html as lxml_html

from facts import charset, warc
from store.config import DATA_DIR

MAX_BYTES = 2_000_000  # the dashboard shows at most this much of a payload


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
        record = warc.read_record(path, offset, max_bytes=MAX_BYTES)
    except FileNotFoundError as exc:
        raise ArchiveError(f"{path}: the WARC file is missing") from exc
    except warc.WarcReadError as exc:
        raise ArchiveError(str(exc)) from exc
    except OSError as exc:
        raise ArchiveError(f"{path}@{offset}: cannot read the WARC record: {exc}") from exc
    content_type = record.content_type
    source = charset.decode_html(record.body, content_type)
    return ArchivedPage(
        target_uri=record.url,
        warc_date=record.captured_at,
        record_id=record.record_id,
        payload_digest=record.payload_digest,
        block_digest=record.block_digest,
        http_status=record.status_line.split(" ", 1)[0],
        content_type=content_type,
        source=source,
        text=visible_text(source),
        truncated=record.truncated,
    )
