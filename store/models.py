"""All tables of certwatch, as typed SQLAlchemy 2 models.

One direction of data: crawl runs write pages, listings and observations; screening
writes issuer matches and flags; reviewers write reviews. Nothing the pipeline does
deletes or rewrites a review (``reviews`` is append-only: the latest row per listing
and flag fingerprint is the current decision, the earlier rows are the audit trail).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from store.storable import fit_to_columns
from store.timeutil import utcnow


class Base(DeclarativeBase):
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy's documented class attribute
        dict[str, Any]: JSON, list[Any]: JSON, datetime: DateTime(timezone=True),
    }


# values from pages fit their columns on every backend (store.storable.fit_to_columns)
event.listen(Base, "before_insert", fit_to_columns, propagate=True)
event.listen(Base, "before_update", fit_to_columns, propagate=True)


class RegistryVersion(Base):
    """One import of the registry CSV; earlier versions stay for audit."""

    __tablename__ = "registry_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    row_count: Mapped[int] = mapped_column(Integer)

    agencies: Mapped[list[Agency]] = relationship(back_populates="version")


class Agency(Base):
    __tablename__ = "agencies"
    __table_args__ = (UniqueConstraint("version_id", "agency_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("registry_versions.id"), index=True)
    agency_id: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(300))
    aliases: Mapped[list[Any]] = mapped_column(default=list)
    uscc: Mapped[str | None] = mapped_column(String(18))
    kind: Mapped[str] = mapped_column(String(30))
    occupations: Mapped[list[Any]] = mapped_column(default=list)
    levels: Mapped[list[Any]] = mapped_column(default=list)
    region: Mapped[str] = mapped_column(String(50), default="全国")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    source_url: Mapped[str] = mapped_column(Text, default="")

    version: Mapped[RegistryVersion] = relationship(back_populates="agencies")


class CrawlRun(Base):
    """One crawl, screen or nightly job, with its stats and outcome."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # crawl | nightly | demo | screen
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    # running | succeeded | failed | interrupted (its process died: its lease ran out)
    status: Mapped[str] = mapped_column(String(20), default="running")
    args: Mapped[dict[str, Any]] = mapped_column(default=dict)
    stats: Mapped[dict[str, Any]] = mapped_column(default=dict)
    warc_path: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    # a running run's processes renew its lease; one whose lease ran out is dead (interrupted)
    lease_until: Mapped[datetime | None]
    lease_holder: Mapped[str | None] = mapped_column(String(200))


class Page(Base):
    """One fetched URL: where its raw bytes are archived and what went wrong, if anything."""

    __tablename__ = "pages"
    __table_args__ = (
        Index("ix_pages_run_url", "run_id", "url"),
        Index("ix_pages_source_final_url", "source", "final_url"),  # a source's known captures
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"), index=True)
    source: Mapped[str] = mapped_column(String(200), default="")
    url: Mapped[str] = mapped_column(Text)
    final_url: Mapped[str] = mapped_column(Text)
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[int | None] = mapped_column(Integer)
    content_type: Mapped[str] = mapped_column(String(200), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    warc_file: Mapped[str | None] = mapped_column(Text)
    warc_offset: Mapped[int | None] = mapped_column(Integer)
    warc_record_id: Mapped[str | None] = mapped_column(String(100))
    error: Mapped[str | None] = mapped_column(Text)
    is_offer: Mapped[bool] = mapped_column(Boolean, default=False)
    # what kind of page it is (offer | offer_list | article | qa_forum | job | other) and why
    page_type: Mapped[str | None] = mapped_column(String(20))
    page_reasons: Mapped[str | None] = mapped_column(Text)
    # what extraction could not read (content lost to depth, a JSON-LD block skipped), if any
    warnings: Mapped[str | None] = mapped_column(Text)
    # sha1 of the normalized main text: URLs that show the same content share it
    content_digest: Mapped[str | None] = mapped_column(String(40), index=True)
    # the response's validators, sent back as If-None-Match / If-Modified-Since next time
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(String(64))
    # the extraction code and selections that read it (crawler.revisit.versions)
    extract_key: Mapped[str | None] = mapped_column(String(80))
    # a capture that only confirmed an earlier one (304, or the same body again): the page it
    # revisited; its warc_* then point at that original response, and revisit_warc_* at the
    # WARC revisit record written for a 304 (crawler.revisit)
    revisit_of: Mapped[int | None] = mapped_column(Integer)
    revisit_warc_file: Mapped[str | None] = mapped_column(Text)
    revisit_warc_offset: Mapped[int | None] = mapped_column(BigInteger)
    # the links the page's body gave and its focus relevance (``PageOutlinks``): recorded when
    # the body was read in full, carried over by the captures that confirmed that body
    outlinks_id: Mapped[int | None] = mapped_column(Integer)
    # the facts of a page that sells and gives a contact without reading as an offer
    # (``OfferFacts.sellers_page``): listed once a listed offer gives that contact too
    seller_facts: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))


class PageOutlinks(Base):
    """What link following read on one body: its links (URL, priority, flags) and its
    focus relevance, as ``crawler.outlinks`` packs them, so a page confirmed unchanged
    follows them again without being parsed (``crawler.revisit``)."""

    __tablename__ = "page_outlinks"

    id: Mapped[int] = mapped_column(primary_key=True)
    # the link code and the source's link settings that read them (crawler.revisit.versions)
    link_key: Mapped[str] = mapped_column(String(80))
    relevance: Mapped[int] = mapped_column(Integer, default=0)
    links: Mapped[bytes] = mapped_column(LargeBinary)  # zlib-compressed JSON


class Listing(Base):
    """One offer, identified by its canonical URL; current facts denormalized for queries."""

    __tablename__ = "listings"
    __table_args__ = (
        # dashboard: provider aggregates and fee distributions read these indexes only
        Index(
            "ix_listings_provider_cover", "provider", "max_severity", "risk_score",
            "fee_min", "fee_max",
        ),
        # SQLite only: PostgreSQL has no btree operator class for json
        Index("ix_listings_fee_levels", "fee_max", "levels", "fee_min").ddl_if(dialect="sqlite"),
        # dashboard: the queue's keyset order, an operator's listings, the end-of-run refresh
        Index("ix_listings_risk_id", "risk_score", "id"),
        Index("ix_listings_review_risk", "review_status", "risk_score", "id"),
        Index("ix_listings_operator_risk", "operator_id", "risk_score", "id"),
        Index("ix_listings_removed_at", "removed_at"),
        Index("ix_listings_retired_at", "retired_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    listing_key: Mapped[str] = mapped_column(String(40), unique=True)  # sha1(canonical_url)
    canonical_url: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(200), default="")
    first_seen: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    last_page_id: Mapped[int | None] = mapped_column(ForeignKey("pages.id"))
    missed_runs: Mapped[int] = mapped_column(Integer, default=0)
    removed_at: Mapped[datetime | None]
    # identity by content: the digest of the main text its page showed last, the MinHash
    # sketch of its sentences (near duplicates), and its site (registrable domain)
    content_digest: Mapped[str | None] = mapped_column(String(40), index=True)
    content_sketch: Mapped[list[Any] | None] = mapped_column(JSON)
    site: Mapped[str | None] = mapped_column(String(255), index=True)
    # no longer an offer under the current rules, or merged into another listing: it keeps
    # its history and decisions and leaves the queue, with the reason
    retired_at: Mapped[datetime | None]
    retired_reason: Mapped[str | None] = mapped_column(Text)
    # current facts (copied from the latest observation)
    title: Mapped[str] = mapped_column(Text, default="")
    provider: Mapped[str | None] = mapped_column(String(300), index=True)
    region: Mapped[str | None] = mapped_column(String(50), index=True)
    levels: Mapped[list[Any]] = mapped_column(default=list)
    fee_min: Mapped[float | None] = mapped_column(Float)
    fee_max: Mapped[float | None] = mapped_column(Float)
    # screening outcome (written by screening only)
    risk_score: Mapped[int] = mapped_column(Integer, default=0, index=True)
    max_severity: Mapped[str | None] = mapped_column(String(10), index=True)
    flag_codes: Mapped[list[Any]] = mapped_column(default=list)
    summary_zh: Mapped[str] = mapped_column(Text, default="")
    summary_en: Mapped[str] = mapped_column(Text, default="")
    screened_at: Mapped[datetime | None]
    # what it was screened with: rules, matcher, settings, registry version (certwatch.rescreen)
    screen_key: Mapped[str | None] = mapped_column(String(80))
    # the operator (business) behind the listing, linked by shared contact identifiers
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), index=True)
    # review state (store.review_state keeps it, from flags and reviews): none | open | decided,
    # and how many active flags await a decision
    review_status: Mapped[str] = mapped_column(String(10), default="none", index=True)
    open_flags: Mapped[int] = mapped_column(Integer, default=0)

    observations: Mapped[list[Observation]] = relationship(
        back_populates="listing", order_by="Observation.id"
    )


# dashboard (migration 0009): fee outliers, dearest first (ORDER BY fee_max DESC, id); a run's
# changes riskiest first (ORDER BY risk_score DESC, id)
Index("ix_listings_fee_desc", Listing.fee_max.desc(), Listing.id)
Index("ix_listings_risk_desc_id", Listing.risk_score.desc(), Listing.id)


class Observation(Base):
    """The facts of a listing as seen at one time; a new row only when they changed."""

    __tablename__ = "observations"
    __table_args__ = (
        # dashboard: fee trend and fee changes read these indexes only (facts JSON is wide)
        Index("ix_observations_day_fee", "observed_at", "fee_max"),
        Index("ix_observations_listing_time_fee", "listing_id", "observed_at", "fee_max"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id"), index=True)
    page_id: Mapped[int | None] = mapped_column(ForeignKey("pages.id"))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))
    observed_at: Mapped[datetime] = mapped_column(default=utcnow)
    facts_hash: Mapped[str] = mapped_column(String(64))
    facts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    fee_min: Mapped[float | None] = mapped_column(Float)
    fee_max: Mapped[float | None] = mapped_column(Float)

    listing: Mapped[Listing] = relationship(back_populates="observations")


class IssuerMatch(Base):
    """An issuer named in a listing and how it matched one registry version."""

    __tablename__ = "issuer_matches"
    __table_args__ = (
        Index("ix_issuer_matches_listing_current", "listing_id", "current"),
        # dashboard: issuer names per status, counted from the index alone
        Index("ix_issuer_matches_status_mention", "current", "status", "mention", "listing_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id"))
    observation_id: Mapped[int | None] = mapped_column(ForeignKey("observations.id"))
    mention: Mapped[str] = mapped_column(String(300), index=True)
    evidence: Mapped[str] = mapped_column(Text, default="")
    registry_version_id: Mapped[int | None] = mapped_column(ForeignKey("registry_versions.id"))
    agency_id: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), index=True)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    matched_name: Mapped[str | None] = mapped_column(String(300))
    explanation: Mapped[str] = mapped_column(Text, default="")
    candidates: Mapped[list[Any]] = mapped_column(default=list)
    matcher_version: Mapped[str] = mapped_column(String(40), default="")
    matched_at: Mapped[datetime] = mapped_column(default=utcnow)
    current: Mapped[bool] = mapped_column(Boolean, default=True)


class Flag(Base):
    """A rule's finding on a listing; superseded, never deleted, when a re-screen drops it."""

    __tablename__ = "flags"
    __table_args__ = (
        Index("ix_flags_listing_active", "listing_id", "active"),
        # dashboard: listings per active flag code, counted from the index alone
        Index("ix_flags_active_code_listing", "active", "code", "listing_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id"))
    code: Mapped[str] = mapped_column(String(40), index=True)
    severity: Mapped[str] = mapped_column(String(10))
    evidence: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    # the place on the page the flag points to (an issuer name, a claim phrase, a fee, a host):
    # evidence words may change with the extraction rules; the anchor names what is flagged
    anchor: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str] = mapped_column(String(40), index=True)  # sha1(code + anchor)
    # the fingerprint of the decided flag of the same code this one replaced (it reopens, and
    # the earlier decision is shown beside it)
    reopened_from: Mapped[str | None] = mapped_column(String(40))
    rules_version: Mapped[str] = mapped_column(String(40))
    registry_version_id: Mapped[int | None] = mapped_column(ForeignKey("registry_versions.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    confirmed_at: Mapped[datetime] = mapped_column(default=utcnow)  # last re-screen that raised it
    superseded_at: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Review(Base):
    """A reviewer's decision; append-only (the audit trail is every row)."""

    __tablename__ = "reviews"
    __table_args__ = (Index("ix_reviews_listing", "listing_id", "decided_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id"))
    flag_fingerprint: Mapped[str | None] = mapped_column(String(40))  # None: the whole listing
    # on a flag: confirmed | dismissed | needs_evidence (store.vocabulary.FLAG_DECISIONS);
    # on the listing (no fingerprint): refer | monitor | no_action (LISTING_OUTCOMES)
    decision: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)


class ListingAlias(Base):
    """An old ``listing_id`` that identity rules merged into another listing; it still resolves."""

    __tablename__ = "listing_aliases"

    alias_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id"), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class HostParam(Base):
    """A query parameter that, on one host, leaves a page's main content unchanged (DUST).

    Learned by comparing pages already fetched: two URLs of one path that differ only in
    this parameter showed the same main text. Identity drops such parameters on that host.
    """

    __tablename__ = "host_params"

    host: Mapped[str] = mapped_column(String(255), primary_key=True)
    param: Mapped[str] = mapped_column(String(100), primary_key=True)
    evidence: Mapped[str] = mapped_column(Text, default="")  # the two URLs compared
    learned_at: Mapped[datetime] = mapped_column(default=utcnow)


class RunChange(Base):
    """What a run changed: a listing new, changed or removed; a flag raised or cleared."""

    __tablename__ = "run_changes"
    # dashboard: a run's changes of one kind; a listing's changes in a run (migration 0009)
    __table_args__ = (Index("ix_run_changes_run_change", "run_id", "change"),
                      Index("ix_run_changes_listing_run", "listing_id", "run_id", "change"))

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id"), index=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id"))
    change: Mapped[str] = mapped_column(String(20))  # store.vocabulary.CHANGE_KINDS
    source: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class StoreSetting(Base):
    """A setting of this store, kept in the store itself (``store.evidence``): its random id
    and the directory of its WARC archive, so evidence never lands in another store's files."""

    __tablename__ = "store_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ContactIdentifier(Base):
    """A contact identifier a listing's page shows, normalized (``facts.contacts``), with the
    words around it on the page: the evidence of an operator tie."""

    __tablename__ = "contact_identifiers"
    __table_args__ = (
        UniqueConstraint("listing_id", "kind", "value"),
        Index("ix_contact_identifiers_kind_value", "kind", "value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # phone|wechat|qq|qq_group|email|uscc|domain|other
    value: Mapped[str] = mapped_column(String(200))  # normalized, e.g. +8613800138000
    evidence: Mapped[str] = mapped_column(Text, default="")  # the words around it on the page
    place: Mapped[str] = mapped_column(String(10), default="main")  # main | side | link
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class Operator(Base):
    """A business behind listings: the listings tied together by identifiers they share.

    Its id is stable: it keeps it when it gains a listing; when two join, the older id
    survives (the younger one records ``merged_into``); when one splits, the largest part
    keeps it. Every change is an ``OperatorEvent``.
    """

    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    listing_count: Mapped[int] = mapped_column(Integer, default=0)
    risk_score: Mapped[int] = mapped_column(Integer, default=0)  # its riskiest listing's


class OperatorEvent(Base):
    """An operator created, grown, merged into another, split or dissolved."""

    __tablename__ = "operator_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # created|grew|merged|split|dissolved
    other_operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
