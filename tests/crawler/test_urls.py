"""Canonical URLs: URL variants of one offer must come out as one listing key."""

import pytest

from crawler.urls import canonicalize, listing_key, site_of

BASE = "http://example.com/courses/ai.html"


@pytest.mark.parametrize(
    "variant",
    [
        "http://example.com/courses/ai.html?utm_source=wechat&utm_medium=share",
        "http://example.com/courses/ai.html?from=timeline&spm=a2c4g.11186623",
        "HTTP://EXAMPLE.COM:80/courses/ai.html#enrol",
        "http://example.com/courses/ai.html?fbclid=x&gclid=y&share_token=z&ref=home",
        "http://Example.com./courses/ai.html?source=baidu&track=1",
    ],
)
def test_tracking_variants_share_one_canonical_url(variant: str) -> None:
    assert canonicalize(variant) == BASE
    assert listing_key(canonicalize(variant)) == listing_key(BASE)


def test_meaningful_parameters_stay_sorted_and_paths_keep_their_case() -> None:
    assert (
        canonicalize("https://a.cn:443/Course?id=7&page=2&utm_id=1")
        == "https://a.cn/Course?id=7&page=2"
    )
    assert canonicalize("https://a.cn/c?page=2&id=7") == canonicalize("https://a.cn/c?id=7&page=2")
    assert canonicalize("https://a.cn/c?id=7") != canonicalize("https://a.cn/c?id=8")
    assert canonicalize("http://a.cn:8080/x") == "http://a.cn:8080/x"


def test_rel_canonical_is_honoured_only_on_the_same_site() -> None:
    print_page = "http://www.school.com.cn/course/print.html?from=qq"
    same_site = "https://m.school.com.cn/course/1.html"
    assert canonicalize(print_page, same_site) == same_site
    assert (
        canonicalize(print_page, "http://scam.example/other.html")
        == "http://www.school.com.cn/course/print.html"
    )
    assert canonicalize(print_page, "not a url") == "http://www.school.com.cn/course/print.html"


def test_site_of_knows_chinese_second_level_domains() -> None:
    assert site_of("m.example.com.cn") == "example.com.cn"
    assert site_of("www.example.cn") == "example.cn"
    assert site_of("127.0.0.1") == "127.0.0.1"


def test_listing_key_is_sha1_hex() -> None:
    key = listing_key(BASE)
    assert len(key) == 40 and int(key, 16) >= 0
