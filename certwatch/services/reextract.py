"""``certwatch reextract``: extract the archived captures again (after an extraction rule
changed), store what changed the way a crawl does, and screen the listings that changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine

from certwatch.changes import record_changes_of
from certwatch.operators.seller_pages import list_sellers_pages
from certwatch.operators.store import link_operators
from certwatch.screen import ScreenSummary, screen_all
from certwatch.services.registry import ensure_registry
from crawler.reextract import ReextractSummary, reextract_pages


@dataclass(frozen=True)
class ReextractOutcome:
    reextract: ReextractSummary
    screen: ScreenSummary | None  # None when no listing changed
    changes: dict[str, int] = field(default_factory=dict)  # change kind -> how many

    @property
    def ok(self) -> bool:
        return self.reextract.errors == 0 and self.reextract.missing == 0


def reextract(engine: Engine, *, source: str | None = None, since: datetime | None = None,
              progress: bool = False) -> ReextractOutcome:
    """Re-read the newest capture of every stored URL (of ``source``, fetched ``since``)."""
    summary = reextract_pages(engine, source=source, since=since)
    summary.changed_listing_ids.extend(list_sellers_pages(engine))
    screened = None
    if summary.changed_listing_ids:
        ensure_registry(engine)
        screened = screen_all(engine, listing_ids=summary.changed_listing_ids, progress=progress)
    link_operators(engine)  # re-read pages may show other contacts
    return ReextractOutcome(summary, screened, record_changes_of(engine, summary.run_id))
