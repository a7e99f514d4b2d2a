"""The case file job: one listing's ZIP for a referral (docs/contract.md "Case file")."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, desc, select
from sqlalchemy.orm import Session

from certwatch.casefile import bundle, evidence, render, summary
from certwatch.casefile.gather import Capture, CaseData, gather
from certwatch.errors import UsageError
from store.aliases import resolve_listing_id
from store.db import session_factory
from store.models import Page


@dataclass
class CaseFile:
    listing_id: int  # the listing's current id (after merges)
    data: bytes  # the ZIP
    files: list[str]
    render_seconds: float
    rendered: bool
    render_error: str = ""
    not_archived: list[str] = field(default_factory=list)
    captures: int = 0
    missing: list[str] = field(default_factory=list)


def parse_listing_id(raw: str | int) -> int:
    """The integer ``listings.id`` a user wrote (as the export writes it, e.g. "38")."""
    text = str(raw).strip()
    if not text.isdigit() or int(text) < 1:
        raise UsageError(f"listing {raw}: not a listing id (a positive number, e.g. 38)")
    return int(text)


def _lookup(session: Session) -> render.Lookup:
    """Sub-resources served from the archive: the newest readable capture of that URL."""
    def find(url: str) -> evidence.ArchivedResponse | None:
        page = session.scalar(
            select(Page).where(Page.final_url == url, Page.warc_file.is_not(None),
                               Page.warc_offset.is_not(None), Page.error.is_(None))
            .order_by(desc(Page.fetched_at), desc(Page.id)).limit(1)
        )
        if page is None:
            return None
        return evidence.archived_response(Capture(
            page.id, page.url, page.final_url, "", page.status, str(page.warc_file),
            int(page.warc_offset or 0), page.warc_record_id or ""))
    return find


def build_casefile(engine: Engine, listing_id: str | int, *, render_timeout: float = 20.0,
                   chromium: str = render.CHROMIUM) -> CaseFile:
    """The case file of ``listing_id`` (merged ids resolve); UsageError for an unknown id."""
    wanted = parse_listing_id(listing_id)
    with session_factory(engine)() as session:
        current = resolve_listing_id(session, wanted)
        case = gather(session, current)
        if case is None:
            raise UsageError(f"listing {wanted}: no such listing")
        copied = evidence.copy_records(case.captures)
        newest = next((c for c in reversed(case.captures)
                       if evidence.archived_response(c) is not None), None)
        page = evidence.archived_response(newest) if newest is not None else None
        if page is None:
            rendered = render.RenderResult(None, 0.0, "no archived capture of the page")
        else:
            rendered = render.render(page, _lookup(session), timeout=render_timeout,
                                     chromium=chromium)
    return assemble(case, copied, rendered)


def assemble(case: CaseData, copied: evidence.Evidence, rendered: render.RenderResult,
             created_at: str | None = None) -> CaseFile:
    """The ZIP from what was gathered, copied and rendered (pure)."""
    created = created_at or datetime.now(UTC).replace(microsecond=0).isoformat()
    files: dict[str, bytes] = {"listing.json": bundle.to_json(case.record),
                               "evidence.warc.gz": copied.data}
    if rendered.png is not None:
        files["screenshot.png"] = rendered.png
    files["decisions.json"] = bundle.to_json(case.decisions)
    files["summary.html"] = summary.summary_html(
        case, created_at=created, records=copied.records, missing=copied.missing,
        rendered=rendered).encode("utf-8")
    manifest = {
        "listing_id": str(case.listing_id),
        "created_at": created,
        "registry_version": case.registry_version,
        "screenshot": ({"rendered": True, "seconds": rendered.seconds} if rendered.png
                       else {"rendered": False, "reason": rendered.error}),
        "not_archived": [url for _, url in rendered.not_archived],
        "captures": len(case.captures),
        "missing_records": copied.missing,
    }
    return CaseFile(
        listing_id=case.listing_id, data=bundle.build_zip(files, manifest),
        files=[bundle.MANIFEST, *files], render_seconds=rendered.seconds,
        rendered=rendered.png is not None, render_error=rendered.error,
        not_archived=[url for _, url in rendered.not_archived], captures=len(case.captures),
        missing=copied.missing,
    )


def write_casefile(engine: Engine, listing_id: str | int, output: str | None) -> tuple[Path,
                                                                                     CaseFile]:
    """Build the case file and write it to ``output`` (default ``casefile-<id>.zip``)."""
    case = build_casefile(engine, listing_id)
    path = Path(output or f"casefile-{parse_listing_id(listing_id)}.zip")
    partial = path.with_name(path.name + ".part")  # never a half-written ZIP under its name
    try:
        partial.write_bytes(case.data)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UsageError(f"{path}: cannot write ({exc.strerror})") from exc
    return path, case
