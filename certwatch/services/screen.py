"""Screen jobs: match issuers and flag every stored listing against the latest registry."""

from __future__ import annotations

from sqlalchemy import Engine

from certwatch.screen import ScreenSummary, screen_all


def screen_listings(engine: Engine, *, listing_ids: list[int] | None = None,
                    progress: bool = True) -> ScreenSummary:
    """Screen every listing (or only ``listing_ids``); the counts."""
    return screen_all(engine, listing_ids=listing_ids, progress=progress)
