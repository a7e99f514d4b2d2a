"""A source's known captures: the newest successful capture of each URL, loaded in one query.

What a revisit needs of the last capture of a URL: its validators (``ETag``,
``Last-Modified``) to ask the server whether it changed, the digest of its body to tell an
unchanged ``200`` from a changed one, the extraction key it was read with, its
classification (copied to tonight's Page row), where its response is archived (a ``304``
is answered from there), the listing it is the page of, and the links its body gave
(``crawler.outlinks``), replayed instead of parsing the body again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, and_, func, select
from sqlalchemy.orm import Session

from crawler.outlinks import Outlinks, unpack
from store.models import Listing, Page, PageOutlinks

REVISITABLE_STATUSES = (200, 304)


@dataclass(frozen=True)
class KnownCapture:
    """The newest successful capture of one URL (a Page row and its listing)."""

    page_id: int
    final_url: str
    etag: str | None
    last_modified: str | None
    sha256: str
    extract_key: str | None
    status: int
    content_type: str
    size: int
    is_offer: bool
    page_type: str | None
    page_reasons: str | None
    content_digest: str | None
    warnings: str | None
    warc_file: str | None
    warc_offset: int | None
    warc_record_id: str | None
    listing_id: int | None  # the listing whose last page it is (None: no such listing)
    # the links its body gave and its focus relevance, when recorded (crawler.outlinks)
    outlinks_id: int | None = None
    outlinks_key: str | None = None
    outlinks_relevance: int | None = None
    outlinks_blob: bytes | None = None

    @property
    def archived(self) -> bool:
        return self.warc_file is not None and self.warc_offset is not None and bool(self.sha256)

    def skippable(self, key: str) -> bool:
        """Whether an unchanged body of this URL may skip extraction under ``key``: it was
        read with the same key, and an offer's listing is known (a page that was a copy of
        another listing is processed in full, so identity decides again)."""
        return (self.archived and self.extract_key == key
                and (not self.is_offer or self.listing_id is not None))

    def outlinks(self, key: str) -> Outlinks | None:
        """The recorded outlinks of this body, if read by the link code and settings ``key``."""
        if self.outlinks_id is None or self.outlinks_blob is None or self.outlinks_key != key:
            return None
        return unpack(self.outlinks_blob, key, self.outlinks_relevance or 0, self.outlinks_id)


def load_known(session: Session, source: str) -> dict[str, KnownCapture]:
    """Known captures of ``source`` by final URL: the newest successful fetch of each URL."""
    newest = (
        select(func.max(Page.id))
        .where(Page.source == source, Page.error.is_(None),
               Page.status.in_(REVISITABLE_STATUSES))
        .group_by(Page.final_url)
    ).scalar_subquery()
    rows = session.execute(
        select(Page.id, Page.final_url, Page.etag, Page.last_modified, Page.sha256,
               Page.extract_key, Page.status, Page.content_type, Page.size, Page.is_offer,
               Page.page_type, Page.page_reasons, Page.content_digest, Page.warnings,
               Page.warc_file, Page.warc_offset, Page.warc_record_id, Listing.id,
               PageOutlinks.id, PageOutlinks.link_key, PageOutlinks.relevance,
               PageOutlinks.links)
        .outerjoin(Listing, and_(Listing.last_page_id == Page.id, Listing.retired_at.is_(None)))
        .outerjoin(PageOutlinks, PageOutlinks.id == Page.outlinks_id)
        .where(Page.id.in_(newest))
    ).all()
    captures = (KnownCapture(*row) for row in rows)  # type: ignore[arg-type, call-arg]
    return {capture.final_url: capture for capture in captures}


def load_known_for(engine: Engine, source: str) -> dict[str, KnownCapture]:
    with Session(engine) as session:
        return load_known(session, source)


@dataclass(frozen=True)
class Revisit:
    """A fetch that confirmed an earlier capture of its URL.

    ``not_modified``: the server answered ``304``; the fetch is archived as a WARC revisit
    record referring to ``refers_to`` (record id, target URI, date of the original response).
    ``skip``: the body is the known one and was read with the same extraction key, so it is
    stored without extraction (the earlier capture's classification, the listing's
    ``last_seen``); otherwise the (archived) body is extracted as usual.
    """

    known: KnownCapture
    not_modified: bool
    skip: bool
    refers_to: tuple[str, str, str] = ("", "", "")  # record id, target URI, WARC-Date
    record: tuple[str, int] | None = None  # where the revisit record went (file, offset)
