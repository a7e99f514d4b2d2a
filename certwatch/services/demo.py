"""``certwatch demo``: serve the bundled demo web on loopback, crawl it, screen, summarize."""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, distinct, func, select

from certwatch.errors import UsageError
from certwatch.services.crawl import CrawlOutcome, crawl_and_screen
from certwatch.static_server import StaticServer
from store.config import DATA_DIR
from store.db import session_scope
from store.definitions import is_listing, store_counts
from store.models import Flag, Listing

DEMO_SITE = DATA_DIR / "demo_site"
DEMO_SITE_PORT = 8530  # fixed, so a second demo run finds the same listings (same URLs)


@dataclass(frozen=True)
class DemoSummary:
    listings: int
    flagged: int
    flag_codes: list[tuple[str, int]]  # listings per active flag code, most common first
    riskiest: list[tuple[int, str, int]]  # (risk score, title, listing id), top five


def _serve(root: Path) -> StaticServer:
    """The web on its fixed port, or on any free port when that one is taken."""
    try:
        return StaticServer(root, port=DEMO_SITE_PORT)
    except OSError:
        return StaticServer(root)


def crawl_demo_site(engine: Engine, root: Path = DEMO_SITE, *,
                    progress: bool = False) -> CrawlOutcome:
    """Serve ``root`` (the demo web) on 127.0.0.1, crawl it into ``engine`` and screen."""
    if not (root / "index.html").is_file():
        raise UsageError(f"{root}: the bundled web is missing (no index.html)")
    with _serve(root) as server:
        print(f"serving {root.name} at {server.url}", file=sys.stderr)
        return crawl_and_screen(
            engine, urls=[server.url + "index.html"], allow_private_hosts=True,
            run_kind="demo", progress=progress,
            # our own loopback server: no need to wait between requests
            settings={"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False,
                      "CONCURRENT_REQUESTS_PER_DOMAIN": 8},
        )


def demo_summary(engine: Engine) -> DemoSummary:
    """Listings, flags by code and the riskiest listings."""
    with session_scope(engine) as session:
        counts = store_counts(session)
        codes = Counter(
            dict(session.execute(  # listings per flag code, as the dashboard counts them
                select(Flag.code, func.count(distinct(Flag.listing_id)))
                .join(Listing, Listing.id == Flag.listing_id)
                .where(Flag.active.is_(True), is_listing())
                .group_by(Flag.code)
            ).all())
        )
        top = session.execute(
            select(Listing.risk_score, Listing.title, Listing.id)
            .where(is_listing())
            .order_by(Listing.risk_score.desc(), Listing.id).limit(5)
        ).all()
    return DemoSummary(counts.listings, counts.flagged, codes.most_common(), list(top))
