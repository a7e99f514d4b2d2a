"""The issuers & providers page's reads: advertised issuer names and their matches,
providers and the names they advertise, registry versions and their agencies."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from sqlalchemy import bindparam, case, distinct, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from dashboard.db import MAX_ROWS, PAGE_SIZE, TTL, engine, read_frame
from store.definitions import has_flags, is_listing
from store.models import Agency, IssuerMatch, Listing, RegistryVersion
from store.sample import SAMPLE_SOURCE_PREFIX


def _of_a_listing() -> ColumnElement[bool]:
    """The issuer match belongs to a listing (not a retired one: ``store.definitions``)."""
    return IssuerMatch.listing_id.in_(select(Listing.id).where(is_listing()))


@st.cache_data(ttl=TTL, show_spinner=False)
def issuer_names(
    db: str,
    search: str = "",
    statuses: tuple[str, ...] = (),
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> pd.DataFrame:
    """Every advertised issuer name with its match status and listings, most used first.

    Two steps: the page of (name, status, listings) from the covering index, then the
    matched agency of just those names.
    """
    listings = func.count(distinct(IssuerMatch.listing_id))
    where: list[ColumnElement[bool]] = [IssuerMatch.current.is_(True), _of_a_listing()]
    if search:
        where.append(IssuerMatch.mention.contains(search, autoescape=True))
    if statuses:
        where.append(IssuerMatch.status.in_(statuses))
    stmt = (
        select(IssuerMatch.mention, IssuerMatch.status, listings.label("listings"))
        .where(*where)
        .group_by(IssuerMatch.mention, IssuerMatch.status)
        .order_by(listings.desc(), IssuerMatch.mention)
        .offset(max(0, int(offset)))
        .limit(max(1, min(int(limit), MAX_ROWS)))
    )
    names = read_frame(db, stmt)
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


@st.cache_data(ttl=TTL, show_spinner=False)
def issuer_name_count(db: str, search: str = "", statuses: tuple[str, ...] = ()) -> int:
    """How many (name, status) rows ``issuer_names`` pages through."""
    where: list[ColumnElement[bool]] = [IssuerMatch.current.is_(True), _of_a_listing()]
    if search:
        where.append(IssuerMatch.mention.contains(search, autoescape=True))
    if statuses:
        where.append(IssuerMatch.status.in_(statuses))
    groups = (
        select(IssuerMatch.mention, IssuerMatch.status)
        .where(*where)
        .group_by(IssuerMatch.mention, IssuerMatch.status)
        .subquery()
    )
    with engine(db).connect() as conn:
        return int(conn.execute(select(func.count()).select_from(groups)).scalar_one())


@st.cache_data(ttl=TTL, show_spinner=False)
def issuer_providers(db: str, mention: str, limit: int = 100) -> pd.DataFrame:
    """The providers whose listings advertise an issuer name, with how many listings."""
    n = func.count(distinct(Listing.id))
    stmt = (
        select(
            Listing.provider, n.label("listings"), func.max(Listing.risk_score).label("max_risk")
        )
        .join(IssuerMatch, IssuerMatch.listing_id == Listing.id)
        .where(IssuerMatch.current.is_(True), IssuerMatch.mention == mention)
        .group_by(Listing.provider)
        .order_by(n.desc(), Listing.provider)
        .limit(limit)
    )
    return read_frame(db, stmt)


@st.cache_data(ttl=TTL, show_spinner=False)
def providers(db: str, search: str = "", offset: int = 0, limit: int = PAGE_SIZE) -> pd.DataFrame:
    """Providers with their listings, flagged listings, risk and fee range."""
    n = func.count()
    where: list[ColumnElement[bool]] = [
        is_listing(), Listing.provider.is_not(None), Listing.provider != ""]
    if search:
        where.append(Listing.provider.contains(search, autoescape=True))
    stmt = (
        select(
            Listing.provider,
            n.label("listings"),
            func.sum(case((has_flags(), 1), else_=0)).label("flagged"),
            func.max(Listing.risk_score).label("max_risk"),
            func.min(Listing.fee_min).label("fee_min"),
            func.max(Listing.fee_max).label("fee_max"),
        )
        .where(*where)
        .group_by(Listing.provider)
        .order_by(n.desc(), Listing.provider)
        .offset(max(0, int(offset)))
        .limit(max(1, min(int(limit), MAX_ROWS)))
    )
    return read_frame(db, stmt)


@st.cache_data(ttl=TTL, show_spinner=False)
def provider_count(db: str, search: str = "") -> int:
    """How many providers ``providers`` pages through."""
    where: list[ColumnElement[bool]] = [
        is_listing(), Listing.provider.is_not(None), Listing.provider != ""]
    if search:
        where.append(Listing.provider.contains(search, autoescape=True))
    groups = select(Listing.provider).where(*where).group_by(Listing.provider).subquery()
    with engine(db).connect() as conn:
        return int(conn.execute(select(func.count()).select_from(groups)).scalar_one())


@st.cache_data(ttl=TTL, show_spinner=False)
def provider_issuers(db: str, provider: str, limit: int = 100) -> pd.DataFrame:
    """The issuer names a provider's listings advertise, with their match status."""
    n = func.count(distinct(IssuerMatch.listing_id))
    stmt = (
        select(IssuerMatch.mention, IssuerMatch.status, n.label("listings"))
        .join(Listing, Listing.id == IssuerMatch.listing_id)
        .where(IssuerMatch.current.is_(True), Listing.provider == provider, is_listing())
        .group_by(IssuerMatch.mention, IssuerMatch.status)
        .order_by(n.desc(), IssuerMatch.mention)
        .limit(limit)
    )
    return read_frame(db, stmt)


@st.cache_data(ttl=TTL, show_spinner=False)
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


@st.cache_data(ttl=TTL, show_spinner=False)
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
