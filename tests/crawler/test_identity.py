"""Identity by content: one offer under many URLs is one listing; a page that names an honest
page canonical but says something else keeps its own listing; merges keep old ids and
decisions. Runs on SQLite and PostgreSQL (the ``engine`` fixture).
"""

from dataclasses import replace

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from crawler.extract import extract_facts
from crawler.extract.digest import content_sketch, sketch_similarity
from crawler.items import PageItem
from crawler.listing_merge import merge_same_content
from crawler.listings import store_page
from crawler.runs import open_run
from facts.contract import Fee, OfferFacts
from store.aliases import resolve_listing_id
from store.models import HostParam, Listing, Review

SHOP = "http://shop.example.cn"


def offer(url: str, digest: str, title: str = "人工智能训练师四级", **changes: object) -> OfferFacts:
    facts = OfferFacts(url=url, title=title, is_offer=True, page_type="offer",
                       fees=[Fee(2980, 2980, evidence="学费2980元")], content_digest=digest,
                       sentences=["学费2980元"])
    return replace(facts, **changes)


def store(engine: Engine, url: str, facts: OfferFacts) -> int | None:
    run = open_run(engine, "crawl", {})
    with Session(engine) as session:
        stored = store_page(session, PageItem(url=url, final_url=url, status=200,
                                              fetched_at="2026-12-05T10:00:00+00:00",
                                              facts=facts, source="shop"), run)
        session.commit()
        return stored.listing_id


def listings(engine: Engine) -> list[Listing]:
    with Session(engine) as session:
        return list(session.scalars(select(Listing).where(Listing.retired_at.is_(None))))


def test_unknown_parameters_with_the_same_content_are_one_listing_and_are_learned(
        engine: Engine) -> None:
    first = store(engine, f"{SHOP}/item/77.html?shopref=a81x&tab=detail", offer("u", "d77"))
    again = store(engine, f"{SHOP}/item/77.html?shopref=zz93&tab=detail", offer("u", "d77"))
    clean = store(engine, f"{SHOP}/item/77.html", offer("u", "d77"))
    assert first == again == clean
    [listing] = listings(engine)
    assert listing.canonical_url == f"{SHOP}/item/77.html"  # the cleaner URL stands for it
    with Session(engine) as session:
        learned = set(session.scalars(select(HostParam.param)))
    assert "shopref" in learned
    # a learned parameter is dropped before lookup: a new value finds the listing by URL
    assert store(engine, f"{SHOP}/item/77.html?shopref=new1&tab=detail", offer("u", "d77")) == first


def test_a_mobile_mirror_with_the_same_text_is_the_same_listing(engine: Engine) -> None:
    desk = store(engine, f"{SHOP}/item/5.html", offer("u", "d5"))
    mobile = store(engine, "http://m.shop.example.cn/item/5", offer("u", "d5"))
    assert desk == mobile
    assert len(listings(engine)) == 1


def test_a_different_offer_on_the_same_site_stays_its_own_listing(engine: Engine) -> None:
    a = store(engine, f"{SHOP}/item/1.html", offer("u", "dA"))
    b = store(engine, f"{SHOP}/item/1.html?level=2", offer("u", "dB"))
    assert a != b
    assert len(listings(engine)) == 2


def test_canonical_naming_an_honest_page_with_other_content_keeps_its_own_listing(
        engine: Engine) -> None:
    honest = store(engine, f"{SHOP}/course/honest.html", offer("u", "honest"))
    scam = store(engine, f"{SHOP}/promo/vip.html",
                 offer("u", "scam", title="包过免考 人工智能训练师一级",
                       canonical_url=f"{SHOP}/course/honest.html"))
    assert scam is not None and scam != honest
    urls = {listing.canonical_url for listing in listings(engine)}
    assert urls == {f"{SHOP}/course/honest.html", f"{SHOP}/promo/vip.html"}


def test_canonical_with_the_same_content_is_honoured(engine: Engine) -> None:
    clean = store(engine, f"{SHOP}/course/a.html", offer("u", "same"))
    copy = store(engine, f"{SHOP}/print/a.html",
                 offer("u", "same", canonical_url=f"{SHOP}/course/a.html"))
    assert clean == copy


def test_merging_keeps_the_old_id_resolvable_and_moves_decisions(engine: Engine) -> None:
    with Session(engine) as session:  # two listings stored before identity rules knew better
        old = Listing(listing_key="a" * 40, canonical_url=f"{SHOP}/x.html?s=1", url="u",
                      content_digest="dup")
        new = Listing(listing_key="b" * 40, canonical_url=f"{SHOP}/x.html", url="u",
                      content_digest="dup")
        session.add_all([old, new])
        session.flush()
        session.add(Review(listing_id=old.id, decision="confirmed", reviewer="li"))
        session.commit()
        old_id, new_id = old.id, new.id
    with Session(engine) as session:
        assert merge_same_content(session) == [(old_id, new_id)]
        session.commit()
    with Session(engine) as session:
        assert resolve_listing_id(session, old_id) == new_id
        assert resolve_listing_id(session, new_id) == new_id
        moved = session.scalars(select(Review.listing_id)).all()
        assert moved == [new_id]
        gone = session.get(Listing, old_id)
        assert gone is not None and gone.retired_at is not None
        assert f"merged into listing {new_id}" in (gone.retired_reason or "")
        assert session.scalar(select(func.count()).select_from(Listing)) == 2  # nothing deleted


def test_extraction_gives_url_variants_of_one_page_the_same_digest() -> None:
    html = ("<html><head><title>人工智能训练师四级培训</title></head><body><h1>人工智能训练师四级</h1>"
            "<p>学费2980元，由某某评价中心颁发证书。</p><p>浏览量：{views}</p>"
            "<p>已有{sold}人报名</p><p>课程介绍：零基础可学，线上授课，随到随学。</p></body></html>")
    a = extract_facts(html.format(views=120, sold=33), f"{SHOP}/c/1.html?from=wx")
    b = extract_facts(html.format(views=987, sold=35), f"{SHOP}/c/1.html?from=qq")
    c = extract_facts(html.replace("2980", "3980").format(views=1, sold=1), f"{SHOP}/c/1.html")
    assert a.content_digest is not None
    assert a.content_digest == b.content_digest  # counters differ, content does not
    assert c.content_digest != a.content_digest


def test_a_near_duplicate_print_view_is_the_same_listing(engine: Engine) -> None:
    sketch = list(range(32))
    page = store(engine, f"{SHOP}/course/9.html", offer("u", "d9", content_sketch=sketch))
    printed = store(engine, f"{SHOP}/print/9.html",  # a print header added: 29 of 32 slots equal
                    offer("u", "d9-print", content_sketch=[*sketch[:29], 901, 902, 903]))
    assert printed == page
    other_fee = store(engine, f"{SHOP}/course/10.html",  # alike in half its text, not its fees
                      offer("u", "d10", content_sketch=[*sketch[:18], *range(500, 514)],
                            fees=[Fee(3980, 3980, evidence="学费3980元")]))
    assert other_fee != page
    same_facts = store(engine, f"{SHOP}/m/course/9.html",  # a mobile page: fewer lines, same facts
                       offer("u", "d9-m", content_sketch=[*sketch[:18], *range(600, 614)]))
    assert same_facts == page


def test_sketches_of_near_duplicate_pages_agree() -> None:
    lines = [f"第{i}条：人工智能训练师四级课程说明，理论与实操并重，线上线下结合。" for i in range(20)]
    desktop = content_sketch([*lines, "首页 | 课程 | 关于我们"])
    printed = content_sketch(["打印本页", *lines, "原文地址：/course/9.html"])
    other = content_sketch([f"第{i}条：心理咨询师三级课程说明。" for i in range(20)])
    assert desktop is not None and printed is not None and other is not None
    assert sketch_similarity(desktop, printed) >= 0.85
    assert sketch_similarity(desktop, other) < 0.2
