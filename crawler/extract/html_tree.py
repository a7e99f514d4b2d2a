"""The lxml tree of a page at any nesting depth, and what was lost building it.

libxml2's HTML parser stops at 2,048 open elements (256 without ``huge_tree``) and, since
2.14, drops the whole rest of the document there: an offer wrapped in 3,000 ``<div>``s would
vanish. When the parser reports that limit, the page is re-read by a tolerant tokenizer
(the standard library's ``html.parser``) that keeps the outermost ``KEEP_TOP`` and the
innermost ``KEEP_BOTTOM`` levels of every branch (the page's layout and the offer's own
markup: headings, struck-out prices, tables, links) and flattens the wrappers between: their
tags go (a block becomes a line break), their text stays. If even that
tree is cut short, the page is read as plain text, one line per block. Either way the
caller gets a warning saying so.
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

from lxml import etree

_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=True)
PARSER_DEPTH = 2048  # libxml2's limit with XML_PARSE_HUGE
# the fallback keeps the outermost KEEP_TOP and the innermost KEEP_BOTTOM levels of every
# branch (the page's layout, and the offer's own markup) and flattens the wrappers between
KEEP_TOP = 200
KEEP_BOTTOM = 800
FLAT_DEPTH = KEEP_TOP + KEEP_BOTTOM  # no element of the fallback's tree lies deeper

_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame"})
# the tokenizer's raw-text elements (they cannot nest): never flattened, or code becomes text
_CDATA = frozenset({"script", "style"})
# flattened, these still end a line (others, like <span> or <del>, flow with their text)
_BLOCK = frozenset({"p", "div", "section", "article", "main", "header", "footer", "nav", "aside",
                    "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
                    "blockquote", "pre", "table", "tr", "caption", "form", "fieldset",
                    "figure", "figcaption", "address", "center", "details", "summary", "body",
                    "html", "option", "select", "textarea", "title", "noscript", "template"})
_ATTR_NAME = re.compile(r"[A-Za-z_:][-\w:.]*")


def _parse(html: str) -> tuple[etree._Element | None, bool]:
    """(root, truncated): ``truncated`` when libxml2 stopped at its depth limit."""
    root = etree.fromstring(html, _PARSER)
    truncated = any(e.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in e.message
                    for e in _PARSER.error_log)
    return root, truncated


class _Tokens(HTMLParser):
    """The page as a flat list of tokens, each element with its depth and its height (how
    many levels of elements lie below it), elements matched to their end tags as a browser
    would roughly do (an end tag closes the nearest open element of its name)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        # ("start", tag, attributes, element) | ("end", "", "", closed elements) | ("text", ...)
        self.tokens: list[tuple[str, str, str, list[int]]] = []
        self.depth: list[int] = []
        self.height: list[int] = []
        self.tags: list[str] = []
        self.open: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        text = "".join(f' {k}="{escape(v or "", quote=True)}"' for k, v in attrs
                       if _ATTR_NAME.fullmatch(k))
        element = len(self.depth)
        self.depth.append(len(self.open) + 1)
        self.height.append(0)
        self.tags.append(tag)
        self.tokens.append(("start", tag, text, [element]))
        if tag not in _VOID:
            self.open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.open) - 1, -1, -1):
            if self.tags[self.open[i]] == tag:
                self.tokens.append(("end", "", "", self._close(i)))
                return  # else a stray end tag: dropped

    def _close(self, i: int) -> list[int]:
        closed = []
        while len(self.open) > i:
            element = self.open.pop()
            if self.open:
                parent = self.open[-1]
                self.height[parent] = max(self.height[parent], self.height[element] + 1)
            closed.append(element)
        return closed

    def handle_data(self, data: str) -> None:
        raw = bool(self.open) and self.tags[self.open[-1]] in _CDATA
        self.tokens.append(("text", data if raw else escape(data, quote=False), "", []))

    def close(self) -> None:
        super().close()
        self.tokens.append(("end", "", "", self._close(0)))


def flatten(html: str, top: int = KEEP_TOP, bottom: int = KEEP_BOTTOM) -> tuple[str, int]:
    """``html`` re-emitted with the elements between the outermost ``top`` and innermost
    ``bottom`` levels of each branch flattened (at most ``top + bottom`` deep), and its
    deepest nesting as the tokenizer saw it."""
    page = _Tokens()
    page.feed(html)
    page.close()
    keep = [depth <= top or height < bottom or tag in _CDATA
            for depth, height, tag in zip(page.depth, page.height, page.tags, strict=True)]
    out: list[str] = []
    for kind, tag, attributes, elements in page.tokens:
        if kind == "text":
            out.append(tag)
        elif kind == "start":
            if keep[elements[0]] or tag in _VOID:
                out.append(f"<{tag}{attributes}>")
            else:
                out.append(_flattened(tag))
        else:
            out.extend(f"</{page.tags[e]}>" if keep[e] else _flattened(page.tags[e])
                       for e in elements)
    return "".join(out), max(page.depth, default=0)


def _flattened(tag: str) -> str:
    """What a flattened element's tag leaves: a line break after a block, a space in a row."""
    return "<br>" if tag in _BLOCK else " " if tag in ("td", "th") else ""


def _parse_or_raise(html: str, cause: Exception | None = None
                    ) -> tuple[etree._Element | None, bool]:
    try:
        return _parse(html)
    except (etree.ParserError, ValueError) as exc:
        raise ValueError(f"parse_html: cannot parse the HTML ({cause or exc})") from exc


def parse_page(html: str) -> tuple[etree._Element, list[str]]:
    """The lxml tree of ``html`` (a decoded string) and warnings about content it lost.

    ValueError when it cannot be parsed at all.
    """
    if not isinstance(html, str):
        raise TypeError(f"parse_html: expected decoded HTML text (str), got {type(html).__name__}")
    # lxml refuses str input with an XML encoding declaration
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html, count=1)
    if not html.strip():
        html = "<html><body></body></html>"
    warnings: list[str] = []
    try:
        # plain etree elements: lxml.html's element-class lookup costs ~20% of the walk
        root, truncated = _parse(html)
    except (etree.ParserError, ValueError) as exc:  # the tree parser gave up: text, no tree
        root, truncated = _parse_or_raise(flatten(html, 2, 0)[0], exc)
        warnings.append(f"tree parser failed ({exc}): read as plain text")
    if truncated:
        flat, deepest = flatten(html)
        root, truncated = _parse_or_raise(flat)
        warnings.append(
            f"HTML nested {deepest} elements deep: the tree parser stops at {PARSER_DEPTH}; "
            f"re-read with the wrappers between its outer {KEEP_TOP} and inner {KEEP_BOTTOM} "
            "levels flattened"
        )
    if truncated:  # not even the flattened tree: one line per block, no structure
        root, truncated = _parse_or_raise(flatten(html, 2, 0)[0])
        warnings.append("HTML still too deep after flattening: read as plain text")
    if root is None:
        root = etree.fromstring("<html><body></body></html>", _PARSER)
    return root, warnings


def parse_html(html: str) -> etree._Element:
    """An lxml tree of ``html`` (a decoded string); ValueError when it cannot be parsed."""
    return parse_page(html)[0]
