"""Which listings a nightly screens again (certwatch.nightly.rescreen)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Engine

from certwatch.nightly.rescreen import listings_to_screen, screen_key
from store.db import session_scope
from store.models import Agency, CrawlRun, IssuerMatch, Listing, Observation, RegistryVersion
from store.timeutil import utcnow


def _listing(session, name: str, key: str | None) -> Listing:  # type: ignore[no-untyped-def]
    listing = Listing(listing_key=name, canonical_url=f"http://x.cn/{name}",
                      url=f"http://x.cn/{name}", screen_key=key,
                      screened_at=utcnow() - timedelta(hours=20))
    session.add(listing)
    session.flush()
    session.add(Observation(listing_id=listing.id, facts_hash=name, facts={},
                            observed_at=utcnow() - timedelta(days=1)))
    return listing


def test_only_changed_stale_and_date_sensitive_listings_are_screened(engine: Engine) -> None:
    with session_scope(engine) as session:
        version = RegistryVersion(file_name="r.csv", sha256="0" * 64, row_count=2)
        session.add(version)
        session.flush()
        for agency_id, valid_to in (("steady", None), ("lapsing", date.today())):
            session.add(Agency(version_id=version.id, agency_id=agency_id, name=agency_id,
                               kind="evaluation_org", status="active", valid_to=valid_to))
        run = CrawlRun(kind="nightly")
        session.add(run)
        session.flush()
        key = screen_key(session)
        assert listings_to_screen(session, run.id, key) is None  # first night: everything
        unchanged = _listing(session, "unchanged", key)
        stale = _listing(session, "stale", "r0-g0-old")
        never = _listing(session, "never", None)
        changed = _listing(session, "changed", key)
        session.add(Observation(listing_id=changed.id, run_id=run.id, facts_hash="new", facts={}))
        steady, lapsing = _listing(session, "steady", key), _listing(session, "lapsing", key)
        for listing in (steady, lapsing):
            session.add(IssuerMatch(listing_id=listing.id, mention=listing.listing_key,
                                    agency_id=listing.listing_key, status="recognized"))
        session.flush()
        wanted = set(listings_to_screen(session, run.id, key) or [])
        assert wanted == {stale.id, never.id, changed.id, lapsing.id}
        assert unchanged.id not in wanted and steady.id not in wanted
