"""facts.charset: Chinese pages decode right whatever they declare (BOM, header, meta, none)."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse

from crawler.pages import decode_html as decode_response
from facts.charset import (
    bom_encoding,
    declared_encoding,
    decode_html,
    detect_encoding,
    header_encoding,
    meta_encoding,
)

SIMPLIFIED = "人工智能训练师三级证书培训报名，由某某职业技能等级认定中心颁发，学费2980元。"
TRADITIONAL = "人工智慧訓練師四級證書課程，由粵港澳職業技能評價中心頒發，學費2380元。"


def page(body_text: str, encoding: str, *, meta: str | None) -> bytes:
    head = f'<meta charset="{meta}">' if meta else ""
    html = f"<html><head>{head}<title>{body_text[:6]}</title></head><body><p>{body_text}</p></body></html>"
    return html.encode(encoding)


def content_type(charset: str | None) -> str:
    return f"text/html; charset={charset}" if charset else "text/html"


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "gb2312", "utf-8"])
@pytest.mark.parametrize("declared", ["header", "meta", "none"])
def test_simplified_pages_decode(encoding: str, declared: str) -> None:
    body = page(SIMPLIFIED, encoding, meta=encoding if declared == "meta" else None)
    header = content_type(encoding if declared == "header" else None)
    assert SIMPLIFIED in decode_html(body, header)


@pytest.mark.parametrize("declared", ["header", "meta", "none"])
def test_big5_pages_decode(declared: str) -> None:
    body = page(TRADITIONAL, "big5", meta="big5" if declared == "meta" else None)
    assert TRADITIONAL in decode_html(body, content_type("big5" if declared == "header" else None))


def test_a_gbk_page_that_claims_utf8_still_decodes() -> None:
    body = page(SIMPLIFIED, "gbk", meta=None)
    response = HtmlResponse("http://example.cn/", body=body, headers={"Content-Type": content_type("utf-8")})
    assert "\ufffd" in response.text  # what Scrapy alone gives
    assert SIMPLIFIED in decode_html(body, content_type("utf-8"))
    assert SIMPLIFIED in decode_response(response)  # the crawler's HTML goes through it


def test_a_page_whose_meta_lies_falls_back_to_gb18030() -> None:
    body = page(SIMPLIFIED, "gb18030", meta="utf-8")
    assert SIMPLIFIED in decode_html(body)


def test_a_utf8_page_with_one_stray_byte_keeps_its_text() -> None:
    body = f"<html><head><meta charset='utf-8'></head><body>{SIMPLIFIED}</body></html>".encode() + b"\xff"
    assert SIMPLIFIED in decode_html(body, "text/html")


def test_the_bom_wins_over_a_header() -> None:
    body = b"\xef\xbb\xbf" + page(SIMPLIFIED, "utf-8", meta=None)
    assert bom_encoding(body) == "utf-8"
    text = decode_html(body, content_type("gbk"))
    assert SIMPLIFIED in text and not text.startswith("\ufeff")
    utf16 = "\ufeff<p>训练师</p>".encode("utf-16-le")
    assert decode_html(utf16) == "<p>训练师</p>"


def test_the_header_wins_over_meta() -> None:
    body = page(SIMPLIFIED, "gbk", meta="big5")
    assert declared_encoding(body, content_type("gbk")) == "gb18030"  # gbk, resolved
    assert SIMPLIFIED in decode_html(body, content_type("gbk"))


def test_declarations_are_read_and_resolved() -> None:
    assert header_encoding("text/html; charset=GB2312") == "gb18030"  # the WHATWG superset
    assert header_encoding("text/html") is None
    assert header_encoding(None) is None
    assert header_encoding("text/html; charset=no-such-codec") is None
    assert meta_encoding(b'<meta http-equiv="Content-Type" content="text/html; charset=gbk">') == "gb18030"
    assert meta_encoding(b"<p>nothing</p>") is None
    assert bom_encoding(b"<p>") is None
    assert declared_encoding(b"<p>x</p>") is None


def test_detection_of_undeclared_bodies() -> None:
    assert detect_encoding(b"plain ascii") == "cp1252"  # w3lib resolves ascii to its superset
    assert detect_encoding("训练师".encode()) == "utf-8"
    assert detect_encoding(page(SIMPLIFIED * 3, "gb18030", meta=None)) is not None


def test_anything_decodes_without_raising() -> None:
    assert decode_html(b"") == ""
    assert isinstance(decode_html(bytes(range(256)) * 4, "text/html; charset=utf-8"), str)
