"""Summary tables the dashboard reads instead of aggregating a million listings per render.

``store.summaries`` keeps them: each writer (screening, the crawl's end of run, a reviewer's
decision) calls it after changing listings, and only the groups those listings fall in (or
fell in) are updated. Every table's primary key ``key`` is the JSON text of its group key,
so one IN list finds any set of groups on SQLite and PostgreSQL alike. ``store_changes`` is
the store's change counter: every summary write bumps it, and the dashboard's caches are
keyed on it.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from store.models import Base


class StoreChange(Base):
    """One row (id 1): a counter every write path bumps (``store.summaries.bump``)."""

    __tablename__ = "store_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    counter: Mapped[int] = mapped_column(BigInteger, default=0)


class SummaryListingState(Base):
    """What each listing contributed to the summaries last time (JSON): the delta's 'before'."""

    __tablename__ = "summary_listing_state"

    listing_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    state: Mapped[str] = mapped_column(Text)


class SummaryCount(Base):
    """Listings per (highest severity or '', review status), and how many are removed."""

    __tablename__ = "summary_counts"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    severity: Mapped[str] = mapped_column(String(10))
    review_status: Mapped[str] = mapped_column(String(10))
    listings: Mapped[int] = mapped_column(Integer, default=0)
    removed: Mapped[int] = mapped_column(Integer, default=0)


class SummaryFlagCode(Base):
    """Per active flag code: flags, and listings that carry one."""

    __tablename__ = "summary_flag_codes"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    code: Mapped[str] = mapped_column(String(40))
    flags: Mapped[int] = mapped_column(Integer, default=0)
    listings: Mapped[int] = mapped_column(Integer, default=0)


class SummaryIssuer(Base):
    """Per advertised issuer name and match status: listings naming it (current matches)."""

    __tablename__ = "summary_issuers"
    __table_args__ = (
        Index("ix_summary_issuers_order", "listings", "mention"),
        Index("ix_summary_issuers_status_order", "status", "listings", "mention"),
    )

    key: Mapped[str] = mapped_column(String(700), primary_key=True)
    mention: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20))
    listings: Mapped[int] = mapped_column(Integer, default=0)


class SummaryProvider(Base):
    """Per provider: listings, flagged ones, risk, fees; ``priced_*`` over listings with a fee."""

    __tablename__ = "summary_providers"
    __table_args__ = (
        Index("ix_summary_providers_order", "listings", "provider"),
        Index("ix_summary_providers_flagged", "flagged", "risk_sum"),
        Index("ix_summary_providers_priced", "priced", "provider"),
    )

    key: Mapped[str] = mapped_column(String(700), primary_key=True)
    provider: Mapped[str] = mapped_column(String(300))
    listings: Mapped[int] = mapped_column(Integer, default=0)
    flagged: Mapped[int] = mapped_column(Integer, default=0)
    risk_sum: Mapped[float] = mapped_column(Float, default=0.0)
    max_risk: Mapped[float | None] = mapped_column(Float)
    fee_min: Mapped[float | None] = mapped_column(Float)
    fee_max: Mapped[float | None] = mapped_column(Float)
    priced: Mapped[int] = mapped_column(Integer, default=0)
    priced_flagged: Mapped[int] = mapped_column(Integer, default=0)
    priced_fee_sum: Mapped[float] = mapped_column(Float, default=0.0)
    priced_fee_min: Mapped[float | None] = mapped_column(Float)


class SummaryFee(Base):
    """Per (levels offered as JSON text, fee bucket of the highest fee): the fee figures."""

    __tablename__ = "summary_fees"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    levels: Mapped[str] = mapped_column(String(100))
    bucket: Mapped[int] = mapped_column(Integer)
    listings: Mapped[int] = mapped_column(Integer, default=0)
    fee_sum: Mapped[float] = mapped_column(Float, default=0.0)
    fee_min: Mapped[float | None] = mapped_column(Float)
    fee_max: Mapped[float | None] = mapped_column(Float)


class SummaryFeeStatus(Base):
    """Per (issuer match status, fee bucket): listings with a fee naming such an issuer."""

    __tablename__ = "summary_fee_status"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    status: Mapped[str] = mapped_column(String(20))
    bucket: Mapped[int] = mapped_column(Integer)
    listings: Mapped[int] = mapped_column(Integer, default=0)


class SummaryIssuerProvider(Base):
    """Per (issuer name, match status, provider or ''): listings and their highest risk."""

    __tablename__ = "summary_issuer_providers"
    __table_args__ = (
        Index("ix_summary_issuer_providers_mention", "mention", "listings"),
        Index("ix_summary_issuer_providers_provider", "provider", "listings"),
    )

    key: Mapped[str] = mapped_column(String(1000), primary_key=True)
    mention: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20))
    provider: Mapped[str] = mapped_column(String(300))
    listings: Mapped[int] = mapped_column(Integer, default=0)
    max_risk: Mapped[float | None] = mapped_column(Float)


class SummaryRegion(Base):
    """Per region named by listings: how many (the region filter's choices)."""

    __tablename__ = "summary_regions"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    region: Mapped[str] = mapped_column(String(50))
    listings: Mapped[int] = mapped_column(Integer, default=0)


class SummaryFeeDay(Base):
    """Per UTC day: observations with a fee, the sum and the highest of their highest fees."""

    __tablename__ = "summary_fee_days"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # YYYY-MM-DD
    observations: Mapped[int] = mapped_column(Integer, default=0)
    fee_sum: Mapped[float] = mapped_column(Float, default=0.0)
    fee_max: Mapped[float | None] = mapped_column(Float)


class SummaryRunChange(Base):
    """Per (run, change kind): how many run_changes rows the run recorded."""

    __tablename__ = "summary_run_changes"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    run_id: Mapped[int] = mapped_column(Integer, index=True)
    change: Mapped[str] = mapped_column(String(20))
    n: Mapped[int] = mapped_column(Integer, default=0)
