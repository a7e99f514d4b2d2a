"""Chinese pages decode right whatever they declare (Scrapy's TextResponse + our fallback)."""

import pytest
from scrapy.http import HtmlResponse

from crawler.pages import decode_html

SIMPLIFIED = "人工智能训练师三级证书培训报名，由某某职业技能等级认定中心颁发，学费2980元。"
TRADITIONAL = "人工智慧訓練師四級證書課程，由粵港澳職業技能評價中心頒發，學費2380元。"


def page(body_text: str, encoding: str, *, header: str | None, meta: str | None) -> HtmlResponse:
    head = f'<meta charset="{meta}">' if meta else ""
    html = f"<html><head>{head}<title>{body_text[:6]}</title></head><body><p>{body_text}</p></body></html>"
    headers = {"Content-Type": f"text/html; charset={header}" if header else "text/html"}
    return HtmlResponse("http://example.cn/", body=html.encode(encoding), headers=headers)


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "gb2312", "utf-8"])
@pytest.mark.parametrize("declared", ["header", "meta", "none"])
def test_simplified_pages_decode(encoding: str, declared: str) -> None:
    response = page(
        SIMPLIFIED,
        encoding,
        header=encoding if declared == "header" else None,
        meta=encoding if declared == "meta" else None,
    )
    assert SIMPLIFIED in decode_html(response)


@pytest.mark.parametrize("declared", ["header", "meta", "none"])
def test_big5_pages_decode(declared: str) -> None:
    response = page(
        TRADITIONAL,
        "big5",
        header="big5" if declared == "header" else None,
        meta="big5" if declared == "meta" else None,
    )
    assert TRADITIONAL in decode_html(response)


def test_a_gbk_page_that_claims_utf8_still_decodes() -> None:
    response = page(SIMPLIFIED, "gbk", header="utf-8", meta=None)
    assert "\ufffd" in response.text  # what Scrapy alone gives
    assert SIMPLIFIED in decode_html(response)


def test_a_utf8_page_with_one_stray_byte_keeps_its_text() -> None:
    html = (
        f"<html><head><meta charset='utf-8'></head><body>{SIMPLIFIED}</body></html>".encode()
        + b"\xff"
    )
    response = HtmlResponse("http://example.cn/", body=html, headers={"Content-Type": "text/html"})
    assert SIMPLIFIED in decode_html(response)
