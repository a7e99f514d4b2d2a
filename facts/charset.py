"""Charset facts: the one place a page's bytes become text.

``decode_html(body, content_type)`` reads the charset the way a browser (and Scrapy's
``TextResponse.text``) does: byte-order mark, then the HTTP ``Content-Type`` charset, then
``<meta charset>`` / ``<meta http-equiv>``, else detection (ASCII, UTF-8, then
charset-normalizer). A page that lies about its charset (``charset=utf-8`` on a GBK page,
common on Chinese sites) decodes with replacement characters; then the first of UTF-8,
GB18030 and Big5-HKSCS that decodes the body without error wins.

Pure functions; no network.
"""

from __future__ import annotations

from charset_normalizer import from_bytes
from w3lib.encoding import (
    html_body_declared_encoding,
    html_to_unicode,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

# Tried in order when a page declares no charset (or a wrong one) and is not UTF-8.
FALLBACK_ENCODINGS = ("utf-8", "gb18030", "big5hkscs")
# More replacement characters than this after decoding means the declared charset was wrong.
MAX_REPLACEMENTS = 3
_DEFAULT_ENCODING = "ascii"


def header_encoding(content_type: str | None) -> str | None:
    """The codec named by a ``Content-Type`` header's charset (resolved), or None."""
    return http_content_type_encoding(content_type or "") or None


def bom_encoding(body: bytes) -> str | None:
    """The codec a byte-order mark at the start of ``body`` names, or None."""
    encoding: str | None = read_bom(body)[0]
    return encoding


def meta_encoding(body: bytes) -> str | None:
    """The codec named by ``<meta charset>`` / ``<meta http-equiv=Content-Type>``, or None."""
    encoding: str | None = html_body_declared_encoding(body)
    return encoding


def declared_encoding(body: bytes, content_type: str | None = None) -> str | None:
    """What the page says it is: BOM, else HTTP header, else meta; None when silent."""
    return bom_encoding(body) or header_encoding(content_type) or meta_encoding(body)


def detect_encoding(body: bytes) -> str | None:
    """A guess for an undeclared body: ASCII, UTF-8, else charset-normalizer's best."""
    for encoding in (_DEFAULT_ENCODING, "utf-8"):
        try:
            body.decode(encoding)
        except UnicodeError:
            continue
        return str(resolve_encoding(encoding))
    match = from_bytes(body).best()
    return str(resolve_encoding(match.encoding)) if match else None


def _decode_declared(body: bytes, content_type: str | None) -> str:
    text: str = html_to_unicode(
        content_type or "", body, auto_detect_fun=detect_encoding,
        default_encoding=_DEFAULT_ENCODING,
    )[1]
    return text


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """The text of an HTML (or any text) body; never raises.

    ``content_type`` is the HTTP ``Content-Type`` header value, when there is one.
    """
    text = _decode_declared(body, content_type)
    if text.count("\ufffd") > MAX_REPLACEMENTS:
        for encoding in FALLBACK_ENCODINGS:
            try:
                return body.decode(encoding)
            except UnicodeDecodeError:
                continue
    return text
