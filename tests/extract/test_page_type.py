"""A post read as a list because of its related links may still sell (page_type)."""

from __future__ import annotations

import math

from crawler.extract.page_type import embedded_offer, posts_beside_a_list


def test_a_post_read_as_a_list_for_its_related_links_still_sells_but_a_priced_list_does_not() -> None:
    post = {"list_items": math.log1p(5), "priced_items": math.log1p(1), "occupation_items": math.log1p(4),
            "occupation_title": 1.0, "has_contact": 1.0, "invitation": 1.0}
    assert posts_beside_a_list(post, "offer_list") and embedded_offer(post, "other")
    city_list = {**post, "priced_items": math.log1p(5), "has_fee": 1.0}
    assert not posts_beside_a_list(city_list, "offer_list")
    assert not posts_beside_a_list({**post, "pagination": 1.0}, "offer_list")


def test_an_article_or_question_that_prices_its_own_class_beside_related_links_still_sells() -> None:
    post = {"list_items": math.log1p(5), "priced_items": math.log1p(1), "occupation_items": math.log1p(4),
            "occupation_title": 1.0, "has_contact": 1.0, "invitation": 1.0, "has_fee": 1.0}
    # a city's page quoting one of its items' prices stays a list
    assert not posts_beside_a_list(post, "offer_list")
    for marked in ("article_markup", "url_qa"):  # one post, by its markup or its address
        assert posts_beside_a_list({**post, marked: 1.0}, "offer_list")
        assert embedded_offer({**post, marked: 1.0}, "other")
    # a classifieds post under a category's address, marked up as one article
    filed = {**post, "url_list": 1.0}
    assert not posts_beside_a_list(filed, "offer_list")
    assert posts_beside_a_list({**filed, "article_markup": 1.0}, "offer_list")


def test_a_priced_course_card_whose_only_list_is_a_sidebars_sells_unless_it_reports() -> None:
    """A marketplace's course card (its price, the occupation in its title, a contact close
    by) above a sidebar of related courses is one offer, though it invites no one in words;
    the same card on a page that reports or warns is not read so."""
    card = {"list_items": math.log1p(5), "priced_items": math.log1p(1),
            "occupation_items": math.log1p(5), "occupation_title": 1.0, "has_contact": 1.0,
            "has_fee": 1.0, "rule_offer": 1.0, "offer_window": 1.0, "url_article": 1.0,
            "sidebar_list": 1.0}
    assert posts_beside_a_list(card, "offer_list") and embedded_offer(card, "other")
    assert not embedded_offer({**card, "article_weak": math.log1p(1)}, "other")
    assert not embedded_offer({**card, "sidebar_list": 0.0}, "other")



def test_a_classified_numbered_under_its_section_is_one_post_beside_related_ads() -> None:
    """A classifieds site files its ads under a list's word (/fenlei/ad-1.html): the
    numbered leaf names one post, so its related ads make no list of it; a list's own page
    (list-2.html, p2.html) stays one."""
    from crawler.extract.page_structure import URL_CUES

    def cues(path: str) -> dict[str, float]:
        return {name: 1.0 for name, cue in URL_CUES.items() if cue.search(path)}

    ad = {"list_items": math.log1p(4), "priced_items": math.log1p(1),
          "occupation_items": math.log1p(4), "occupation_title": 1.0, "has_contact": 1.0,
          "invitation": 1.0, "rule_offer": 1.0, "sidebar_list": 1.0}
    for path in ("/fenlei/ad-1.html", "/fenlei/qd/30115.html", "/fenlei/post-5075.html"):
        x = {**ad, **cues(path)}
        assert x.get("url_list") and posts_beside_a_list(x, "offer_list"), path
        assert embedded_offer(x, "other"), path
    for path in ("/fenlei/list-2.html", "/kkt/list/p2.html", "/fenlei/index.html"):
        assert not posts_beside_a_list({**ad, **cues(path)}, "offer_list"), path
