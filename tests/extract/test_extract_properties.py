"""Property tests (hypothesis) for extraction: no input makes it raise, noise hides no offer.

- Random HTML (tags, attributes, comments, entities, unclosed and stray tags), random text
  and random bytes in random declared encodings go through the crawl's own path (bytes →
  ``facts.charset.decode_html`` → ``read_page``) and never raise.
- A valid offer (title, occupation and level, issuer, ¥2980, a contact) put in random
  surroundings (wrappers of any tag nested up to 6,000 deep, junk siblings, neutral
  attributes, comments) is still read as an offer with its fee.

Examples are derandomized (tests/conftest.py's "ci" profile): every run checks the same ones.
"""

from __future__ import annotations

import logging

from hypothesis import HealthCheck, example, given, settings, strategies as st

from crawler.extract.page import read_page
from facts.charset import decode_html
from facts.contract import OfferFacts

URL = "http://ads.example.com/course/1.html"
OFFER = ("<h1>人工智能训练师（三级）考证班</h1>"
         "<p>人工智能训练师三级考证班火热招生，考试合格后由杭州数智职业技能评价有限公司颁发职业技能等级证书。</p>"
         "<p>报名费：¥2980，包教包会。</p>"
         "<p>咨询电话：0571-88886666，微信号：zhixue2026</p>"
         '<p><a class="btn" href="/signup">立即报名</a></p>')
TITLE = "<title>人工智能训练师三级考证班 - 智学教育</title>"

TAGS = ["div", "p", "span", "a", "b", "i", "ul", "li", "table", "tr", "td", "th", "section",
        "article", "main", "aside", "nav", "footer", "header", "h1", "h2", "del", "s", "br",
        "img", "script", "style", "select", "option", "form", "input", "button", "noscript",
        "template", "iframe", "svg", "font", "center", "pre", "textarea", "title", "meta",
        "html", "body", "head", "x-custom", "math"]
ATTRS = ["class", "id", "style", "href", "src", "alt", "itemscope", "itemprop", "itemtype",
         "type", "role", "data-price", "content", "name", "property", "onclick", "charset"]
WORDS = ["人工智能训练师", "报名费", "¥2980", "3980元", "原价", "包过", "三级", "微信", "13812345678",
         "&amp;", "&#x4eba;", "&nbsp;", "<", ">", "&", '"', "'", "\u0000", "\ufffd", "\u2028",
         "{", "}", "[", "]", "line-through", "application/ld+json", "__NEXT_DATA__",
         "window.__NUXT__={", "<!--", "-->", "<![CDATA[", "]]>", "<?xml ?>", "\r\n"]

texts = st.one_of(st.text(max_size=30), st.sampled_from(WORDS))
attrs = st.lists(st.tuples(st.sampled_from(ATTRS), texts), max_size=3)


@st.composite
def fragments(draw: st.DrawFn, depth: int = 0) -> str:
    """Loose HTML: elements (closed or not), stray end tags, comments, text, raw junk."""
    parts = []
    for _ in range(draw(st.integers(0, 4 if depth < 3 else 1))):
        kind = draw(st.sampled_from(["text", "element", "element", "comment", "stray", "junk"]))
        if kind == "text":
            parts.append(draw(texts))
        elif kind == "comment":
            parts.append(f"<!--{draw(texts)}-->")
        elif kind == "stray":
            parts.append(f"</{draw(st.sampled_from(TAGS))}>")
        elif kind == "junk":
            parts.append(draw(st.text(alphabet="<>/=\"'!-&;#x ", max_size=12)))
        else:
            tag = draw(st.sampled_from(TAGS))
            attributes = "".join(f' {name}="{value}"' if draw(st.booleans()) else f" {name}"
                                 for name, value in draw(attrs))
            inner = draw(fragments(depth + 1)) if depth < 3 else draw(texts)
            close = f"</{tag}>" if draw(st.booleans()) else ""
            parts.append(f"<{tag}{attributes}>{inner}{close}")
    return "".join(parts)


def _read(html: str) -> OfferFacts:
    facts, features = read_page(html, URL)
    assert isinstance(facts, OfferFacts) and isinstance(features, dict)
    assert all(isinstance(w, str) and w for w in facts.warnings)
    return facts


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(fragments(), st.booleans())
@example("<html><body>" + "<div>" * 3000 + "人工智能训练师" + "</div>" * 3000, True)
@example('<script type="application/ld+json">' + "[" * 5000 + "</script>人工智能训练师", False)
def test_random_html_never_raises(body: str, named: bool) -> None:
    _read(("人工智能训练师" if named else "") + body)  # named: the full path, not the fast one


@settings(max_examples=100)
@given(st.text())
def test_random_text_never_raises(text: str) -> None:
    _read(text)
    _read("人工智能训练师" + text)


ENCODINGS = ["utf-8", "gbk", "gb18030", "big5", "utf-16", "utf-16-le", "shift_jis", "latin-1",
             "koi8-r", "ascii", "nonsense-charset", "utf-32", ""]
BOMS = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"]


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300), st.sampled_from(ENCODINGS), st.sampled_from(ENCODINGS),
       st.sampled_from(BOMS), fragments())
def test_random_bytes_in_any_declared_encoding_never_raise(
        junk: bytes, header: str, meta: str, bom: bytes, body: str) -> None:
    html = f'<html><head><meta charset="{meta}">{TITLE}</head><body>{body}人工智能训练师'
    for codec in (meta, "utf-8"):
        try:
            encoded = html.encode(codec or "utf-8", errors="replace")
            break
        except LookupError:
            continue
    data = bom + encoded + junk
    text = decode_html(data, f"text/html; charset={header}" if header else None)
    _read(text)
    _read(decode_html(junk))


# --- a valid offer survives any surroundings -----------------------------------------------

# wrappers and neutral attributes: nothing here says navigation, sidebar, struck out or link
WRAPPERS = ["div", "section", "article", "main", "span", "font", "center", "blockquote", "b"]
NEUTRAL = st.sampled_from(["box", "wrap", "content", "row col-12", "c1", "detail", "x"])
JUNK = st.sampled_from(["<p>课程介绍</p>", "<p>欢迎来到智学教育。</p>", "<div></div>",
                        "<!-- ad slot -->", '<img src="/a.png">', "<br>", "<p>&nbsp;</p>",
                        '<script>var a = "x";</script>', "<style>.a{color:red}</style>",
                        "<span>专业 · 权威</span>", "<p>学员风采展示。</p>"])


@st.composite
def offer_in_noise(draw: st.DrawFn) -> str:
    html = OFFER
    for _ in range(draw(st.integers(0, 3))):
        tag = draw(st.sampled_from(WRAPPERS))
        depth = draw(st.sampled_from([1, 2, 10, 300, 1100, 2100, 6000]))
        attributes = "".join(
            f' {name}="{value}"' for name, value in (
                ("class", draw(NEUTRAL)), ("data-id", str(draw(st.integers(0, 99)))),
                ("id", draw(NEUTRAL))) if draw(st.booleans()))
        before = "".join(draw(st.lists(JUNK, max_size=3)))
        after = "".join(draw(st.lists(JUNK, max_size=3)))
        html = f"<{tag}{attributes}>" * depth + before + html + after + f"</{tag}>" * depth
    return f"<!DOCTYPE html><html><head>{TITLE}</head><body>{html}</body></html>"


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(offer_in_noise())
def test_noise_never_hides_a_valid_offer(html: str) -> None:
    logging.disable(logging.WARNING)  # the deep examples warn by design
    try:
        facts = _read(html)
    finally:
        logging.disable(logging.NOTSET)
    assert facts.is_offer, facts.offer_evidence
    assert 2980.0 in [f.amount_min for f in facts.fees]
    assert "杭州数智职业技能评价有限公司" in [i.name for i in facts.issuers]
