"""The sources file: good files load, mistakes name the file, the source and the field."""

from pathlib import Path

import pytest

from crawler.sources import SourcesFileError, load_sources

GOOD = """
[crawl]
user_agent = "certwatch-test/1.0"
max_pages = 200

[[source]]
name = "school"
start_urls = ["https://www.example.com.cn/"]
allowed_domains = ["m.example.com.cn"]
follow = ["/course/", "/kecheng/"]
skip = ["/login"]
contact = "run by 某某教育; complaints via 12345"

[[source]]
name = "catalog"
spider = "configured"
start_urls = ["https://shop.example.cn/list"]
max_pages = 50
selectors = { listing_links = "ul.courses", title = "h1.name", fee = ".price", issuer = "//span[@class='org']" }

[[source]]
name = "maps"
spider = "sitemap"
start_urls = ["https://news.example.cn/"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_loads(tmp_path: Path) -> None:
    config = load_sources(write(tmp_path, GOOD))
    assert config.user_agent == "certwatch-test/1.0" and config.max_pages == 200
    school, catalog, maps = config.sources
    assert school.spider == "generic" and school.follow == ("/course/", "/kecheng/")
    assert school.domains() == ("www.example.com.cn", "m.example.com.cn")
    assert catalog.spider == "configured" and catalog.max_pages == 50
    assert catalog.selectors["issuer"].startswith("//")
    assert maps.spider == "sitemap"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[[source]]\nname = "a"\nstart_urls = ["https://a.cn/"]\n[[source]]\nname = "school"\nstart_urls = "https://b.cn/"\n',
            'sources.toml: source "school" (#2): field "start_urls" must be a list of http(s) URLs',
        ),
        (
            '[[source]]\nname = "a"\nstart_urls = ["ftp://a.cn/"]\n',
            'source "a" (#1): field "start_urls" must be a list of http(s) URLs',
        ),
        (
            '[[source]]\nstart_urls = ["https://a.cn/"]\n',
            'source #1: field "name" must be a non-empty string',
        ),
        (
            '[[source]]\nname = "a"\nstart_urls = ["https://a.cn/"]\nfollow = ["(unclosed"]\n',
            'source "a" (#1): field "follow" has an invalid regular expression',
        ),
        (
            '[[source]]\nname = "a"\nstart_urls = ["https://a.cn/"]\nspider = "magic"\n',
            'field "spider" must be one of generic, sitemap, configured',
        ),
        (
            '[[source]]\nname = "a"\nstart_urls = ["https://a.cn/"]\nmax_pages = 0\n',
            'source "a" (#1): field "max_pages" must be a positive whole number',
        ),
        (
            '[[source]]\nname = "a"\nstart_urls = ["https://a.cn/"]\nstart_url = "x"\n',
            'source "a" (#1): unknown field "start_url"',
        ),
        (
            '[[source]]\nname = "a"\nstart_urls = ["https://a.cn/"]\nselectors = { price = ".p" }\n',
            'field "selectors.price" is unknown',
        ),
        ("[crawl]\nmax_pages = 5\n", "sources.toml: no [[source]] entries"),
        (
            '[[source]]\nname = "a"\nstart_urls = ["https://a.cn/"]\n[[source]]\nname = "a"\nstart_urls = ["https://b.cn/"]\n',
            'source "a" (#2): name used twice',
        ),
        ("[[source]\nname=", "sources.toml: not valid TOML"),
    ],
)
def test_mistakes_name_file_source_and_field(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(SourcesFileError) as caught:
        load_sources(write(tmp_path, text))
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(tmp_path / "sources.toml"))


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(SourcesFileError, match="no such file"):
        load_sources(tmp_path / "nope.toml")
