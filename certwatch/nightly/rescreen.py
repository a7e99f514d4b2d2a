"""Screen only what may have changed since the listing was last screened.

A listing's screening outcome is a function of its latest facts, the registry version, the
rules, the matcher, the screening settings and the day it was seen (an agency may lapse).
Each listing keeps the key it was screened with (``listings.screen_key``): the rules
version, the registry version and a digest of the screening and matching code and settings
files. A nightly run screens again only the listings that

- have a new observation in this run (their facts changed, or they are new), or one seen
  after they were last screened (a run that stopped before screening),
- were screened with another key (or never), or
- are matched to an agency whose validity starts or ends between the oldest screening and
  tomorrow (the only way the day seen changes an outcome: ``ISSUER_LAPSED``).

When no listing carries the current key (the first night, a new registry, a rules change),
everything is screened, on every core.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, func, or_, select, update
from sqlalchemy.orm import Session

from certwatch.screen import ScreenSummary, screen_all
from certwatch.screening import RULES_VERSION
from registry.matcher import MATCHER_VERSION
from registry.versions import latest_registry_version
from store.config import DATA_DIR
from store.db import session_factory
from store.models import Agency, IssuerMatch, Listing, Observation
from store.timeutil import as_utc, utcnow

_ROOT = Path(__file__).resolve().parents[2]
CODE = (_ROOT / "certwatch" / "screening", _ROOT / "certwatch" / "screen.py",
        _ROOT / "registry")
SETTINGS = ("fee_ceilings.csv", "official_domains.csv")


@cache
def _code_digest() -> str:
    digest = hashlib.sha256(f"{RULES_VERSION}|{MATCHER_VERSION}".encode())
    files = sorted(p for root in CODE for p in ([root] if root.is_file() else root.rglob("*.py"))
                   if "__pycache__" not in p.parts)
    for path in files + [Path(DATA_DIR) / name for name in SETTINGS]:
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def screen_key(session: Session) -> str:
    """What screening would use now (see the module)."""
    version = latest_registry_version(session)
    return f"r{RULES_VERSION}-g{version.id if version else 0}-{_code_digest()}"


def _date_sensitive(session: Session, key: str) -> set[int]:
    """Listings matched to an agency whose validity changes between the oldest screening with
    ``key`` (less a day) and tomorrow."""
    oldest = session.scalar(select(func.min(Listing.screened_at)).where(Listing.screen_key == key))
    version = latest_registry_version(session)
    if oldest is None or version is None:
        return set()
    start, end = as_utc(oldest).date() - timedelta(days=1), utcnow().date() + timedelta(days=1)
    agencies = select(Agency.agency_id).where(
        Agency.version_id == version.id,
        or_(Agency.valid_from.between(start, end), Agency.valid_to.between(start, end)))
    return set(session.scalars(select(IssuerMatch.listing_id).where(
        IssuerMatch.current.is_(True), IssuerMatch.agency_id.in_(agencies))))


def listings_to_screen(session: Session, run_id: int, key: str) -> list[int] | None:
    """The listings to screen tonight, or None for all (no listing has ``key``)."""
    has_key = session.scalar(select(Listing.id).where(Listing.screen_key == key).limit(1))
    if has_key is None:
        return None
    stale = select(Listing.id).where(or_(Listing.screen_key.is_(None), Listing.screen_key != key))
    changed = select(Observation.listing_id).where(Observation.run_id == run_id)
    # facts seen since the last screening by any run (a crawl killed before it screened)
    unscreened = select(Observation.listing_id).join(
        Listing, Listing.id == Observation.listing_id).where(
        or_(Listing.screened_at.is_(None), Observation.observed_at >= Listing.screened_at))
    wanted = set(session.scalars(stale)) | set(session.scalars(changed))
    wanted |= set(session.scalars(unscreened))
    return sorted(wanted | _date_sensitive(session, key))


def screen_changed(engine: Engine, run_id: int, *, progress: bool = True) -> ScreenSummary:
    """Screen the listings that may have changed (all on the first night); record the key."""
    sessions = session_factory(engine)
    with sessions() as session:
        key = screen_key(session)
        ids = listings_to_screen(session, run_id, key)
    summary = screen_all(engine, listing_ids=ids, progress=progress)
    with sessions() as session, session.begin():
        stamp = update(Listing).values(screen_key=key)
        if ids is None:
            session.execute(stamp.execution_options(synchronize_session=False))
        for start in range(0, len(ids or []), 1000):
            chunk = (ids or [])[start:start + 1000]
            session.execute(stamp.where(Listing.id.in_(chunk))
                            .execution_options(synchronize_session=False))
    return summary
