"""facts.urls: canonical URLs (listing identity), hosts, sites, host patterns, punycode."""

from __future__ import annotations

import socket

import pytest

from crawler.urls import canonicalize, listing_key
from facts import urls
from facts.urls import (
    canonical_url,
    host_matches,
    host_of,
    hostname,
    http_url,
    in_domains,
    is_ip,
    normalize_host_pattern,
    port_of,
    registrable_domain,
    same_site,
    to_punycode,
)

BASE = "http://example.com/courses/ai.html"


# --- canonical URLs ----------------------------------------------------------------------


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
    assert canonical_url(variant) == BASE
    assert listing_key(canonical_url(variant)) == listing_key(BASE)


def test_meaningful_parameters_stay_sorted_and_paths_keep_their_case() -> None:
    assert (
        canonical_url("https://a.cn:443/Course?id=7&page=2&utm_id=1")
        == "https://a.cn/Course?id=7&page=2"
    )
    assert canonical_url("https://a.cn/c?page=2&id=7") == canonical_url("https://a.cn/c?id=7&page=2")
    assert canonical_url("https://a.cn/c?id=7") != canonical_url("https://a.cn/c?id=8")
    assert canonical_url("http://a.cn:8080/x") == "http://a.cn:8080/x"


def test_rel_canonical_is_honoured_only_on_the_same_site() -> None:
    print_page = "http://www.school.com.cn/course/print.html?from=qq"
    same = "https://m.school.com.cn/course/1.html"
    assert canonical_url(print_page, same) == same
    assert (
        canonical_url(print_page, "http://scam.example/other.html")
        == "http://www.school.com.cn/course/print.html"
    )
    assert canonical_url(print_page, "not a url") == "http://www.school.com.cn/course/print.html"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # known values: listing ids depend on them, so they must never drift
        ("http://127.0.0.1:8765/courses/a.html?utm_source=x", "http://127.0.0.1:8765/courses/a.html"),
        ("http://[::1]:8080/a", "http://[::1]:8080/a"),
        ("http://a.cn/%e4%b8%ad?q=%E4%B8%AD", "http://a.cn/%E4%B8%AD?q=%E4%B8%AD"),
        ("http://a.cn/中文?q=证书", "http://a.cn/%E4%B8%AD%E6%96%87?q=%E8%AF%81%E4%B9%A6"),
        ("http://a.cn", "http://a.cn/"),
        ("http://a.cn/x?b=&a=1", "http://a.cn/x?a=1&b="),
        ("http://a.cn:bad/x", "http://a.cn/x"),
    ],
)
def test_canonical_forms_are_stable(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_crawler_keeps_its_names_for_the_same_functions() -> None:
    assert canonicalize is canonical_url
    assert listing_key(BASE) == "852c295b6741c8d590cb8f05b5a77da66708d65e"


def test_listing_key_is_sha1_hex() -> None:
    key = listing_key(BASE)
    assert len(key) == 40 and int(key, 16) >= 0


# --- hosts and sites ---------------------------------------------------------------------


def test_registrable_domain_knows_chinese_second_level_domains() -> None:
    assert registrable_domain("m.example.com.cn") == "example.com.cn"
    assert registrable_domain("www.example.cn") == "example.cn"
    assert registrable_domain("a.b.example.gov.cn") == "example.gov.cn"
    assert registrable_domain("www.school.edu.cn") == "school.edu.cn"
    assert registrable_domain("127.0.0.1") == "127.0.0.1"
    assert registrable_domain("example.com") == "example.com"
    assert registrable_domain("WWW.Example.COM") == "example.com"
    assert registrable_domain("a.b.unknown-tld-xyzzy") == "b.unknown-tld-xyzzy"


def test_same_site() -> None:
    assert same_site("http://www.a.com.cn/x", "https://m.a.com.cn/y")
    assert not same_site("http://a.com.cn/", "http://b.com.cn/")
    assert not same_site("not a url", "not a url")


def test_suffix_list_is_the_bundled_one_and_never_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    fresh = urls.suffix_extractor()  # loads its list now, with sockets blocked
    found = fresh("m.school.com.cn")
    assert (found.domain, found.suffix) == ("school", "com.cn")
    assert fresh("a.sh.cn").suffix == "sh.cn"
    registrable_domain.cache_clear()
    assert registrable_domain("x.y.never-seen-before.org.cn") == "never-seen-before.org.cn"


def test_hostname_and_port() -> None:
    assert hostname("https://WWW.Example.CN:8443/a") == "www.example.cn"
    assert hostname("/relative") == ""
    assert port_of("https://a.cn/") == 443
    assert port_of("http://a.cn/") == 80
    assert port_of("http://a.cn:8080/") == 8080
    with pytest.raises(ValueError):
        port_of("http://a.cn:99999/")


def test_host_of_handles_ports_case_missing_scheme_and_idn() -> None:
    assert host_of("WWW.Example.COM:8080/a") == "www.example.com"
    assert host_of("https://zscx.osta.org.cn./") == "zscx.osta.org.cn"
    assert host_of("osta.org.cn") == "osta.org.cn"
    assert host_of("http://例子.中国/a") == "xn--fsqu00a.xn--fiqs8s"
    assert host_of("") is None
    assert host_of("http://[::1/") is None
    assert host_of("http:///path") is None


def test_to_punycode() -> None:
    assert to_punycode("例子.中国") == "xn--fsqu00a.xn--fiqs8s"
    assert to_punycode("example.cn") == "example.cn"
    assert to_punycode("a..b") == "a..b"  # the codec refuses empty labels: left as is


def test_is_ip() -> None:
    assert is_ip("127.0.0.1") and is_ip("[::1]") and is_ip("::1")
    assert not is_ip("example.cn") and not is_ip("999.1.1.1")


# --- host patterns -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "pattern", "expected"),
    [
        ("osta.mohrss.gov.cn", "osta.mohrss.gov.cn", True),
        ("www.osta.mohrss.gov.cn", "osta.mohrss.gov.cn", True),
        ("m.osta.mohrss.gov.cn", "osta.mohrss.gov.cn", False),
        ("osta.org.cn", "*.osta.org.cn", True),
        ("zscx.osta.org.cn", "*.osta.org.cn", True),
        ("osta.org.cn.xyz.com", "*.osta.org.cn", False),
        ("zscx-osta.org.cn", "*.osta.org.cn", False),
        ("gov.cn.xx.com", "*.gov.cn", False),
    ],
)
def test_host_matches_label_by_label(host: str, pattern: str, expected: bool) -> None:
    assert host_matches(host, pattern) is expected


def test_normalize_host_pattern() -> None:
    assert normalize_host_pattern(" *.OSTA.org.cn. ") == "*.osta.org.cn"
    for bad in ("localhost", "*.cn", "a b.cn", "http://a.cn", "a..cn"):
        with pytest.raises(ValueError):
            normalize_host_pattern(bad)


def test_in_domains() -> None:
    assert in_domains("http://m.a.cn:81/x", ["a.cn"])
    assert not in_domains("http://xa.cn/", ["a.cn"])


# --- absolute URLs -----------------------------------------------------------------------


def test_http_url() -> None:
    assert http_url("HTTP://A.CN") == "http://a.cn/"
    assert http_url("https://A.cn/P?q=1#frag") == "https://a.cn/P?q=1"
    assert http_url("ftp://a.cn/") is None
    assert http_url("http:///x") is None
    assert urls.join("http://a.cn/x/y.html", "../z") == "http://a.cn/z"
    assert urls.is_http_url("https://a.cn") and not urls.is_http_url("mailto:x@a.cn")
