"""Storing pages: listings by URL and content, observations only when the facts changed.

Runs on SQLite and on PostgreSQL (the ``engine`` fixture of tests/conftest.py).
"""

from dataclasses import replace

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from crawler.items import PageItem
from crawler.listings import facts_hash, store_page
from crawler.runs import close_run, open_run, run_stats
from facts.contract import Claim, Fee, IssuerMention, OfferFacts
from store.models import Listing, Observation, Page

URL = "http://school.example.cn/course/ai-3.html"


def offer(url: str = URL, fee: float = 2980.0, **changes: object) -> OfferFacts:
    facts = OfferFacts(
        url=url,
        title="人工智能训练师三级培训",
        is_offer=True,
        provider="某某教育",
        issuers=[IssuerMention("某某职业技能等级认定中心", "由某某职业技能等级认定中心颁发")],
        levels=[3],
        fees=[Fee(fee, fee, evidence=f"学费{fee:g}元")],
        claims=[Claim("包过", "guaranteed_pass", "包过，不过退费")],
        sentences=["学费2980元", "包过，不过退费"],
        content_digest="digest-of-the-ai-3-course-page",
    )
    return replace(facts, **changes)


def item(url: str, facts: OfferFacts | None, at: str = "2026-11-28T10:00:00+00:00") -> PageItem:
    return PageItem(url=url, final_url=url, status=200, fetched_at=at, facts=facts, source="school")


def store(engine: Engine, page: PageItem, run_id: int) -> None:
    with Session(engine) as session:
        store_page(session, page, run_id)
        session.commit()


def count(engine: Engine, model: type) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_facts_hash_ignores_evidence_and_order_but_not_fees() -> None:
    base = offer()
    reordered = replace(base, sentences=list(reversed(base.sentences)), contacts={"phone": ["1"]})
    assert facts_hash(base) == facts_hash(reordered)
    assert facts_hash(base) != facts_hash(offer(fee=3980.0))
    assert facts_hash(base) != facts_hash(replace(base, levels=[3, 2]))


def test_url_variants_are_one_listing_with_one_observation(engine: Engine) -> None:
    run = open_run(engine, "crawl", {})
    for url in (URL, URL + "?utm_source=wx", URL + "?from=timeline&spm=1.2.3"):
        store(engine, item(url, offer(url)), run)
    printable = "http://school.example.cn/course/ai-3-print.html"
    store(engine, item(printable, offer(printable, canonical_url=URL)), run)
    store(engine, item("http://school.example.cn/news.html", OfferFacts(url="x")), run)
    assert count(engine, Page) == 5
    assert count(engine, Listing) == 1
    assert count(engine, Observation) == 1
    stats = close_run(engine, run)
    assert stats["pages"] == 5 and stats["offers"] == 4
    assert stats["new_listings"] == 1 and stats["changed_listings"] == 0


def test_recrawl_updates_last_seen_and_adds_an_observation_only_on_change(engine: Engine) -> None:
    first = open_run(engine, "crawl", {})
    store(engine, item(URL, offer()), first)
    close_run(engine, first)

    second = open_run(engine, "crawl", {})
    store(engine, item(URL, offer(), at="2026-11-29T10:00:00+00:00"), second)
    with Session(engine) as session:
        listing = session.scalars(select(Listing)).one()
        assert listing.last_seen.day == 29 and listing.first_seen.day == 28
    assert count(engine, Observation) == 1
    assert run_stats(engine, second)["new_listings"] == 0
    assert run_stats(engine, second)["changed_listings"] == 0

    third = open_run(engine, "crawl", {})
    store(engine, item(URL, offer(fee=3980.0), at="2026-11-30T10:00:00+00:00"), third)
    assert count(engine, Observation) == 2
    stats = run_stats(engine, third)
    assert stats["changed_listings"] == 1 and stats["new_listings"] == 0
    with Session(engine) as session:
        listing = session.scalars(select(Listing)).one()
        assert listing.fee_max == 3980.0 and listing.missed_runs == 0
        latest = session.scalars(select(Observation).order_by(Observation.id.desc())).first()
        assert (
            latest is not None
            and latest.run_id == third
            and latest.facts["fees"][0]["amount_max"] == 3980.0
        )


def test_an_error_page_is_recorded_but_never_a_listing(engine: Engine) -> None:
    run = open_run(engine, "crawl", {})
    failed = item(URL, offer())
    failed.error = "extraction failed: ValueError: x"
    store(engine, failed, run)
    assert count(engine, Listing) == 0
    assert run_stats(engine, run)["errors"] == 1


def test_a_copy_naming_a_canonical_page_does_not_flip_the_facts(engine: Engine) -> None:
    """A mobile copy with its own layout (here: another fee) marks the listing seen only."""
    mobile = "http://m.school.example.cn/course/ai-3.html"
    desktop_page = item(URL, offer(URL))
    mobile_page = item(mobile, offer(mobile, fee=2680.0, canonical_url=URL))
    for order in ((desktop_page, mobile_page), (mobile_page, desktop_page)):  # two nights
        run = open_run(engine, "crawl", {})
        for page in order:
            store(engine, page, run)
        close_run(engine, run)
    assert count(engine, Listing) == 1
    assert count(engine, Observation) == 1
    with Session(engine) as session:
        assert session.scalars(select(Listing.fee_max)).one() == 2980.0
