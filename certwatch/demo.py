"""``certwatch demo``: serve the bundled demo web on loopback, crawl, screen, show."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from sqlalchemy import Engine, func, select

from certwatch.commands import run_crawl_and_screen
from certwatch.static_server import StaticServer
from crawler.runner import CrawlSummary
from store.config import DATA_DIR
from store.db import session_scope
from store.models import Flag, Listing

DEMO_SITE = DATA_DIR / "demo_site"
DEMO_SITE_PORT = 8530  # fixed, so a second demo run finds the same listings (same URLs)


def _serve(root: Path) -> StaticServer:
    """The web on its fixed port, or on any free port when that one is taken."""
    try:
        return StaticServer(root, port=DEMO_SITE_PORT)
    except OSError:
        return StaticServer(root)


def crawl_demo_site(engine: Engine, root: Path = DEMO_SITE) -> CrawlSummary:
    """Serve ``root`` (the demo web) on 127.0.0.1 and crawl it into ``engine``."""
    if not (root / "index.html").is_file():
        from certwatch.errors import UsageError

        raise UsageError(f"{root}: the bundled web is missing (no index.html)")
    with _serve(root) as server:
        print(f"serving {root.name} at {server.url}", file=sys.stderr)
        return run_crawl_and_screen(
            engine, urls=[server.url + "index.html"], sources=None, allow_domains=[],
            max_pages=None, allow_private_hosts=True, run_kind="demo",
            # our own loopback server: no need to wait between requests
            settings={"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False,
                      "CONCURRENT_REQUESTS_PER_DOMAIN": 8},
        )


def print_summary(engine: Engine) -> None:
    """Listings, flags by code and the riskiest listings, as plain text."""
    with session_scope(engine) as session:
        total = session.scalar(select(func.count(Listing.id))) or 0
        flagged = session.scalar(select(func.count(Listing.id)).where(Listing.risk_score > 0)) or 0
        codes = Counter(
            dict(session.execute(
                select(Flag.code, func.count(Flag.id)).where(Flag.active.is_(True))
                .group_by(Flag.code)
            ).all())
        )
        top = session.execute(
            select(Listing.risk_score, Listing.title, Listing.canonical_url)
            .order_by(Listing.risk_score.desc(), Listing.id).limit(5)
        ).all()
    print(f"\n{total} listings, {flagged} flagged")
    for code, count in codes.most_common():
        print(f"  {code:<30} {count}")
    print("riskiest:")
    for score, title, url in top:
        print(f"  {score:>3}  {title[:40]}  {url}")


def run_demo(engine: Engine, *, dashboard_port: int | None) -> int:
    crawl_demo_site(engine)
    print_summary(engine)
    if dashboard_port is None:
        return 0
    from dashboard.launch import run

    print(f"\nopening the dashboard at http://127.0.0.1:{dashboard_port}/ (Ctrl-C to stop)")
    return run(engine.url.render_as_string(hide_password=False), port=dashboard_port)
