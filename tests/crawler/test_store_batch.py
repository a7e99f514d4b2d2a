"""Batched store writes: a batch stores what one transaction per page stored, and a page the
store refuses costs only itself. On SQLite and PostgreSQL (the ``engine`` fixture)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session

from crawler.items import PageItem
from crawler.listings import StoredPage, store_page
from crawler.runs import open_run
from crawler.store_batch import BatchWriter, store_many, write_batch
from facts.contract import Fee, IssuerMention, OfferFacts
from store.db import session_factory
from store.models import Listing, Observation, Page

SITE = "http://school.example.cn"


def offer(path: str, fee: float = 2980.0, digest: str = "ai-3") -> OfferFacts:
    return OfferFacts(
        url=SITE + path, title="人工智能训练师三级培训", is_offer=True, provider="某某教育",
        issuers=[IssuerMention("某某职业技能等级认定中心", "由某某职业技能等级认定中心颁发")],
        levels=[3], fees=[Fee(fee, fee, evidence=f"学费{fee:g}元")],
        sentences=[f"学费{fee:g}元"], content_digest=f"digest-{digest}",
    )


def page(path: str, facts: OfferFacts | None = None, **changes: Any) -> PageItem:
    item = PageItem(url=SITE + path, final_url=SITE + path, status=200,
                    fetched_at="2026-12-06T01:00:00+00:00", facts=facts, source="school")
    return replace(item, **changes)


def night() -> list[PageItem]:
    """News, an offer, its URL variant, the offer's fee changed, another offer, an error."""
    news = replace(offer("/news.html"), is_offer=False, content_digest="digest-news")
    return [
        page("/news.html", news),
        page("/course/ai-3.html", offer("/course/ai-3.html")),
        page("/index.html"),
        page("/course/ai-3.html?utm_source=x", offer("/course/ai-3.html?utm_source=x")),
        page("/course/ai-3.html", offer("/course/ai-3.html", fee=3980.0)),
        page("/course/ai-2.html", offer("/course/ai-2.html", digest="ai-2")),
        page("/gone.html", status=None, error="connection refused"),
    ]


def stored_state(engine: Engine) -> dict[str, Any]:
    with Session(engine) as session:
        pages = session.execute(select(Page.url, Page.is_offer, Page.error)
                                .order_by(Page.id)).all()
        listings = session.execute(select(Listing.canonical_url, Listing.fee_min)
                                   .order_by(Listing.id)).all()
        observations = session.execute(select(Listing.canonical_url, Observation.fee_min)
                                       .join(Listing, Listing.id == Observation.listing_id)
                                       .order_by(Observation.id)).all()
    return {"pages": pages, "listings": listings, "observations": observations}


def shape(results: list[StoredPage]) -> list[tuple[bool, bool, bool]]:
    return [(r.listing_id is not None, r.new_listing, r.new_observation) for r in results]


def test_a_batch_stores_what_a_transaction_per_page_stored(engine: Engine) -> None:
    run = open_run(engine, "crawl", {})
    results = write_batch(session_factory(engine), night(), run)
    assert shape(results) == [(False, False, False), (True, True, True), (False, False, False),
                              (True, False, False), (True, False, True), (True, True, True),
                              (False, False, False)]
    assert [r.page_id for r in results] == sorted(r.page_id for r in results)
    batched = stored_state(engine)
    assert batched["listings"] == [(f"{SITE}/course/ai-3.html", 3980.0),
                                   (f"{SITE}/course/ai-2.html", 2980.0)]
    assert batched["observations"] == [(f"{SITE}/course/ai-3.html", 2980.0),
                                       (f"{SITE}/course/ai-3.html", 3980.0),
                                       (f"{SITE}/course/ai-2.html", 2980.0)]
    # the same night again, one transaction per page: the same rows are added
    for item in night():
        with Session(engine) as session:
            store_page(session, item, run)
            session.commit()
    again = stored_state(engine)
    assert again["pages"] == batched["pages"] * 2
    assert again["listings"] == batched["listings"]


def test_pages_without_offers_go_in_together(engine: Engine) -> None:
    """Between two offers, the plain pages are one INSERT (multi-row) on PostgreSQL, not one
    each. SQLite, in the process, gets one INSERT a row from SQLAlchemy: no round trips."""
    inserts: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO PAGES"):
            inserts.append(statement)

    run = open_run(engine, "crawl", {})
    items = [page(f"/news/{i}.html") for i in range(20)]
    event.listen(engine, "before_cursor_execute", count)
    try:
        with Session(engine) as session:
            results = store_many(session, items, run)
            session.commit()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(inserts) == (1 if engine.dialect.name == "postgresql" else 20)
    assert len({r.page_id for r in results}) == 20


def test_a_page_the_store_refuses_costs_only_itself(engine: Engine) -> None:
    run = open_run(engine, "crawl", {})
    writer = BatchWriter(session_factory(engine), run)
    broken = page("/broken.html", url=None)  # the store refuses a page without a URL
    try:
        futures = writer.submit_all([page("/a.html", offer("/a.html")), broken,
                                     page("/b.html")])
        first, second, third = (f.exception(timeout=60) or f.result() for f in futures)
    finally:
        writer.close()
    assert isinstance(first, StoredPage) and isinstance(third, StoredPage)
    assert isinstance(second, Exception)
    assert writer.fallbacks == 1
    with Session(engine) as session:
        urls = session.scalars(select(Page.url).order_by(Page.id)).all()
        assert urls == [f"{SITE}/a.html", f"{SITE}/b.html"]  # each once, nothing lost
        assert session.scalar(select(func.count()).select_from(Listing)) == 1


def test_batches_commit_as_they_go(engine: Engine) -> None:
    """What a batch stored stays stored when a later batch fails."""
    run = open_run(engine, "crawl", {})
    sessions = session_factory(engine)
    write_batch(sessions, [page("/one.html"), page("/two.html")], run)
    with pytest.raises(Exception):  # noqa: B017 - IntegrityError, whatever the driver's class
        write_batch(sessions, [page("/three.html"), page("/four.html", url=None)], run)
    with Session(engine) as session:
        assert session.scalars(select(Page.url).order_by(Page.id)).all() == [
            f"{SITE}/one.html", f"{SITE}/two.html"]
