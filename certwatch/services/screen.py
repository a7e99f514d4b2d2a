"""Screen jobs: match issuers and flag every stored listing against the latest registry."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Engine

from certwatch.operators.store import link_operators
from certwatch.screen import ScreenSummary, VersionScreen, screen_all, screen_under_version


def screen_listings(engine: Engine, *, listing_ids: list[int] | None = None,
                    progress: bool = True) -> ScreenSummary:
    """Screen every listing (or only ``listing_ids``), then link operators (an operator's
    risk is its riskiest listing's); the counts."""
    summary = screen_all(engine, listing_ids=listing_ids, progress=progress)
    link_operators(engine)
    return summary


def screen_what_if(engine: Engine, registry_version: int, *,
                   listing: str | None = None) -> Iterator[VersionScreen]:
    """What every listing (or only ``listing``) would have been under ``registry_version``;
    writes nothing."""
    return screen_under_version(engine, registry_version, listing=listing)
