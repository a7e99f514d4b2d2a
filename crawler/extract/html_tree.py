"""The lxml tree of a page at any nesting depth, and what was lost building it.

libxml2's HTML parser stops at 2,048 open elements (256 without ``huge_tree``) and, since
2.14, drops the whole rest of the document there: an offer wrapped in 3,000 ``<div>``s would
vanish. When the parser reports that limit, the page is re-read by a tolerant tokenizer
(the standard library's ``html.parser``) that keeps every element down to
``FLAT_DEPTH`` and flattens what lies deeper: the deeper elements' tags go (a block becomes
a line break), their text, struck-out spans, links, tables and scripts stay. If even that
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
FLAT_DEPTH = 1000  # elements deeper than this lose their tags in the fallback
SEMANTIC_SLACK = 200  # ... except struck-out spans, links, tables, forms, up to this much deeper

_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame"})
# the tokenizer's raw-text elements (they cannot nest): never flattened, or code becomes text
_CDATA = frozenset({"script", "style"})
# elements whose tags carry meaning for extraction: kept a little below FLAT_DEPTH
_SEMANTIC = frozenset({"del", "s", "strike", "a", "table", "thead", "tbody", "tfoot", "tr", "td",
                       "th", "select", "option", "optgroup", "h1", "h2", "h3", "h4", "h5", "h6",
                       "nav", "footer", "aside", "header", "template", "noscript", "form"})
# flattened, these still end a line (others, like <span> or <del>, flow with their text)
_BLOCK = frozenset({"p", "div", "section", "article", "main", "header", "footer", "nav", "aside",
                    "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
                    "blockquote", "pre", "table", "tr", "caption", "form", "fieldset",
                    "figure", "figcaption", "address", "center", "details", "summary", "body",
                    "html", "option", "select", "textarea", "title", "noscript", "template"})


def _parse(html: str) -> tuple[etree._Element | None, bool]:
    """(root, truncated): ``truncated`` when libxml2 stopped at its depth limit."""
    root = etree.fromstring(html, _PARSER)
    truncated = any(e.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in e.message
                    for e in _PARSER.error_log)
    return root, truncated


class _Flattener(HTMLParser):
    """Re-emits HTML with no element deeper than ``depth`` (``semantic`` for meaningful tags)."""

    def __init__(self, depth: int, semantic: int) -> None:
        super().__init__(convert_charrefs=True)
        self.depth, self.semantic = depth, semantic
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, emitted)
        self.emitted = 0
        self.deepest = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.deepest = max(self.deepest, len(self.stack) + 1)
        text = "".join(f' {k}="{escape(v or "", quote=True)}"' for k, v in attrs
                       if re.fullmatch(r"[A-Za-z_:][-\w:.]*", k))
        if tag in _VOID:
            self.out.append(f"<{tag}{text}>")
            return
        limit = self.semantic if tag in _SEMANTIC else self.depth
        keep = tag in _CDATA or self.emitted < limit
        if keep:
            self.out.append(f"<{tag}{text}>")
            self.emitted += 1
        elif tag in _BLOCK:
            self.out.append("<br>")  # a flattened block still ends a line
        elif tag in ("td", "th"):
            self.out.append(" ")
        self.stack.append((tag, keep))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                break
        else:
            return  # a stray end tag
        while len(self.stack) > i:
            name, kept = self.stack.pop()
            if kept:
                self.out.append(f"</{name}>")
                self.emitted -= 1
            elif name in _BLOCK:
                self.out.append("<br>")

    def handle_data(self, data: str) -> None:
        raw = bool(self.stack) and self.stack[-1][0] in _CDATA
        self.out.append(data if raw else escape(data, quote=False))


def flatten(html: str, depth: int = FLAT_DEPTH,
            semantic: int = FLAT_DEPTH + SEMANTIC_SLACK) -> tuple[str, int]:
    """``html`` re-emitted with no element nested deeper than ``depth``, and its deepest
    nesting as the tokenizer saw it."""
    flattener = _Flattener(depth, semantic)
    flattener.feed(html)
    flattener.close()
    return "".join(flattener.out), flattener.deepest


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
        root, truncated = _parse_or_raise(flatten(html, 2, 2)[0], exc)
        warnings.append(f"tree parser failed ({exc}): read as plain text")
    if truncated:
        flat, deepest = flatten(html)
        root, truncated = _parse_or_raise(flat)
        warnings.append(
            f"HTML nested {deepest} elements deep: the tree parser stops at {PARSER_DEPTH}; "
            f"re-read with elements below depth {FLAT_DEPTH} flattened"
        )
    if truncated:  # not even the flattened tree: one line per block, no structure
        root, truncated = _parse_or_raise(flatten(html, 2, 2)[0])
        warnings.append("HTML still too deep after flattening: read as plain text")
    if root is None:
        root = etree.fromstring("<html><body></body></html>", _PARSER)
    return root, warnings


def parse_html(html: str) -> etree._Element:
    """An lxml tree of ``html`` (a decoded string); ValueError when it cannot be parsed."""
    return parse_page(html)[0]
