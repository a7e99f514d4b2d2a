"""The issuers & providers page's reads: advertised issuer names and their matches,
providers and the names they advertise, registry versions and their agencies."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import bindparam, case, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from dashboard import keyset
from dashboard.db import MAX_ROWS, PAGE_SIZE, cached, engine, read_frame
from dashboard.keyset import Cursor
from store.models import Agency, IssuerMatch, RegistryVersion
from store.sample import SAMPLE_SOURCE_PREFIX
from store.summary_models import SummaryIssuer, SummaryIssuerProvider, SummaryProvider


def _issuer_where(search: str, statuses: tuple[str, ...]) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [SummaryIssuer.listings > 0]
    if search:
        where.append(SummaryIssuer.mention.contains(search, autoescape=True))
    if statuses:
        where.append(SummaryIssuer.status.in_(statuses))
    return where


ISSUER_ORDER = ((SummaryIssuer.listings, True), (SummaryIssuer.mention, False),
                (SummaryIssuer.status, False))
ISSUER_CURSOR = ("listings", "mention", "status")  # a row's place in ISSUER_ORDER


@cached
def issuer_names(
    db: str,
    search: str = "",
    statuses: tuple[str, ...] = (),
    offset: int = 0,
    limit: int = PAGE_SIZE,
    after: Cursor | None = None,
    before: Cursor | None = None,
) -> pd.DataFrame:
    """Every advertised issuer name with its match status and listings, most used first:
    the page after the cursor ``after`` (values of ``ISSUER_CURSOR``), before ``before``,
    else from ``offset``.

    Two steps: the page of (name, status, listings) from the summary table
    (``store.summaries``), then the matched agency of just those names.
    """
    stmt, backwards = keyset.page(
        select(SummaryIssuer.mention, SummaryIssuer.status, SummaryIssuer.listings)
        .where(*_issuer_where(search, statuses)),
        ISSUER_ORDER, after, before)
    if after is None and before is None:
        stmt = stmt.offset(max(0, int(offset)))
    names = keyset.upright(read_frame(db, stmt.limit(max(1, min(int(limit), MAX_ROWS)))),
                           backwards)
    if names.empty:
        return names.assign(agency_id=[], matched_name=[], score=[])
    one_match = (
        select(IssuerMatch.agency_id, IssuerMatch.matched_name, IssuerMatch.score)
        .where(
            IssuerMatch.current.is_(True),
            IssuerMatch.mention == bindparam("mention"),
            IssuerMatch.status == bindparam("status"),
        )
        .limit(1)
    )
    found = []
    with engine(db).connect() as conn:  # one indexed lookup per name shown
        for mention, status in zip(names["mention"], names["status"], strict=True):
            row = conn.execute(one_match, {"mention": mention, "status": status}).first()
            found.append(
                {
                    "mention": mention,
                    "status": status,
                    "agency_id": row[0] if row else None,
                    "matched_name": row[1] if row else None,
                    "score": row[2] if row else None,
                }
            )
    agencies = pd.DataFrame(found)
    return names.merge(agencies, on=["mention", "status"], how="left")


@cached
def issuer_name_count(db: str, search: str = "", statuses: tuple[str, ...] = ()) -> int:
    """How many (name, status) rows ``issuer_names`` pages through."""
    stmt = select(func.count()).select_from(SummaryIssuer).where(*_issuer_where(search, statuses))
    with engine(db).connect() as conn:
        return int(conn.execute(stmt).scalar_one())


@cached
def issuer_providers(db: str, mention: str, limit: int = 100) -> pd.DataFrame:
    """The providers whose listings advertise an issuer name, with how many listings
    (``summary_issuer_providers``; a listing without a provider counts under none)."""
    n = func.sum(SummaryIssuerProvider.listings)
    stmt = (
        select(
            func.nullif(SummaryIssuerProvider.provider, "").label("provider"),
            n.label("listings"), func.max(SummaryIssuerProvider.max_risk).label("max_risk"),
        )
        .where(SummaryIssuerProvider.mention == mention, SummaryIssuerProvider.listings > 0)
        .group_by(SummaryIssuerProvider.provider)
        .order_by(n.desc(), SummaryIssuerProvider.provider)
        .limit(limit)
    )
    return read_frame(db, stmt)


def _provider_where(search: str) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [SummaryProvider.listings > 0]
    if search:
        where.append(SummaryProvider.provider.contains(search, autoescape=True))
    return where


PROVIDER_ORDER = ((SummaryProvider.listings, True), (SummaryProvider.provider, False))
PROVIDER_CURSOR = ("listings", "provider")  # a row's place in PROVIDER_ORDER


@cached
def providers(db: str, search: str = "", offset: int = 0, limit: int = PAGE_SIZE,
              after: Cursor | None = None, before: Cursor | None = None) -> pd.DataFrame:
    """Providers with their listings, flagged listings, risk and fee range (summary table):
    the page after the cursor ``after`` (values of ``PROVIDER_CURSOR``), before ``before``,
    else from ``offset``."""
    stmt, backwards = keyset.page(
        select(
            SummaryProvider.provider,
            SummaryProvider.listings,
            SummaryProvider.flagged,
            SummaryProvider.max_risk,
            SummaryProvider.fee_min,
            SummaryProvider.fee_max,
        ).where(*_provider_where(search)),
        PROVIDER_ORDER, after, before)
    if after is None and before is None:
        stmt = stmt.offset(max(0, int(offset)))
    return keyset.upright(read_frame(db, stmt.limit(max(1, min(int(limit), MAX_ROWS)))),
                          backwards)


@cached
def provider_count(db: str, search: str = "") -> int:
    """How many providers ``providers`` pages through."""
    stmt = select(func.count()).select_from(SummaryProvider).where(*_provider_where(search))
    with engine(db).connect() as conn:
        return int(conn.execute(stmt).scalar_one())


@cached
def provider_issuers(db: str, provider: str, limit: int = 100) -> pd.DataFrame:
    """The issuer names a provider's listings advertise, with their match status."""
    stmt = (
        select(SummaryIssuerProvider.mention, SummaryIssuerProvider.status,
               SummaryIssuerProvider.listings)
        .where(SummaryIssuerProvider.provider == provider, SummaryIssuerProvider.listings > 0)
        .order_by(SummaryIssuerProvider.listings.desc(), SummaryIssuerProvider.mention)
        .limit(limit)
    )
    return read_frame(db, stmt)


@cached
def registry_versions(db: str, limit: int = 100) -> pd.DataFrame:
    """Registry imports, newest first, with how many agencies each holds."""
    agencies = (
        select(
            Agency.version_id,
            func.count().label("agencies"),
            # illustrative rows mark a sample registry (store/sample.py)
            func.max(case((Agency.source_url.like(f"{SAMPLE_SOURCE_PREFIX}%"), 1), else_=0)).label(
                "sample"
            ),
        )
        .group_by(Agency.version_id)
        .subquery()
    )
    stmt = (
        select(
            RegistryVersion.id,
            RegistryVersion.file_name,
            RegistryVersion.sha256,
            RegistryVersion.imported_at,
            RegistryVersion.row_count,
            func.coalesce(agencies.c.agencies, 0).label("agencies"),
            func.coalesce(agencies.c.sample, 0).label("sample"),
        )
        .outerjoin(agencies, agencies.c.version_id == RegistryVersion.id)
        .order_by(RegistryVersion.id.desc())
        .limit(limit)
    )
    return read_frame(db, stmt)


@cached
def agencies(db: str, registry_version: int, search: str = "", limit: int = 1000) -> pd.DataFrame:
    """The agencies of one registry version (name, alias or id containing ``search``)."""
    where: list[ColumnElement[bool]] = [Agency.version_id == registry_version]
    if search:
        where.append(
            or_(
                Agency.name.contains(search, autoescape=True),
                Agency.agency_id.contains(search, autoescape=True),
            )
        )
    stmt = (
        select(
            Agency.agency_id,
            Agency.name,
            Agency.aliases,
            Agency.uscc,
            Agency.kind,
            Agency.occupations,
            Agency.levels,
            Agency.region,
            Agency.valid_from,
            Agency.valid_to,
            Agency.status,
            Agency.source_url,
        )
        .where(*where)
        .order_by(Agency.agency_id)
        .limit(limit)
    )
    return read_frame(db, stmt)
