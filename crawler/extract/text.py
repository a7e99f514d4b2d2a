"""Main-content text of a page: sentences, table rows, struck-out spans, alt texts, metadata.

One pass over the lxml tree (measured ~1-3 ms on a 40 KB page; trafilatura/readability cost
10-50 ms per page and drop the table rows and struck-out prices this project needs, so they are
not used). Text under ``script``/``style``/``nav``/``footer``/page ``header``/``aside`` (and
elements whose class/id/role says navigation, footer, sidebar, breadcrumb, copyright) leaves the
main content; ICP/版权所有/友情链接 lines go to ``boilerplate``. Struck-out text (``del``, ``s``,
``strike``, ``line-through`` styles, ``old-price`` classes) stays in the sentence wrapped in
``STRIKE_OPEN``/``STRIKE_CLOSE`` in :attr:`PageText.marked` so fee extraction can skip it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any

from lxml import etree

from crawler.extract.asides import headed_aside, item_info_aside
from crawler.extract.html_tree import parse_html as parse_html
from crawler.extract.struck import (
    STRIKE_CLOSE as STRIKE_CLOSE,
    STRIKE_OPEN as STRIKE_OPEN,
    css_struck_classes,
    is_struck as _is_struck,
)
from crawler.extract.tables import Table as Table, holds_a_page, join_cells as join_cells
from facts.script import normalize as normalize
from facts.structured import read_json_ld

MAX_SENTENCES = 400
MAX_SENTENCE_CHARS = 300

_DROP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "iframe", "svg", "object", "embed", "select",
     "option", "head", "canvas", "map"}
)
_BOILER_TAGS = frozenset({"nav", "footer", "menu"})
_SIDE_TAGS = frozenset({"aside"})
_BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "li", "ul",
     "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
     "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "form", "fieldset", "legend",
     "figure", "figcaption", "address", "hr", "br", "center", "details", "summary", "body",
     "html", "button", "label", "option", "textarea"}
)
_BOILER_ATTR = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|topmenu|footer|foot|ft|bottom|breadcrumbs?|crumbs?|"
    r"copyright|copy-right|sidebar|side-bar|sidenav|friend-?links?|flink|site-?map|topbar|top-bar)"
    r"(?:$|[\s_-])",
    re.I,
)
# a platform's page header by its class in the hd/bd/ft convention many Chinese sites use
# (class="hd"): the first class only, so a shop's header (shop-hd) stays main. A plain
# "header" or "head" is left to the tag rules: a school's own header holds its hotline
_PAGE_HEADER = re.compile(r"^hd(?:\s|$)")
_SIDE_WORDS = "aside|side|sidebar|side-bar|sidebox|related|recommend"
SIDE_ATTR = re.compile(rf"(?:^|[\s_-])(?:{_SIDE_WORDS})(?:$|[\s_-])", re.I)
_BOILER_ROLES = frozenset({"navigation", "contentinfo", "banner", "menubar", "menu"})
_BOILER_LINE = re.compile(
    r"ICP\s*[备證证]|ICP\s*\d|公网安备|公網安備|版权所有|版權所有|copyright|©|\(c\)\s*20\d\d|"
    r"友情链接|友情鏈接|all rights reserved|网站地图|網站地圖|技术支持[:：]|备案号|備案號|"
    # the licences and duties a Chinese platform's footer carries beside its filing: 增值电信业务
    # 经营许可证, 网络文化经营许可证 (京网文〔2023〕…), 未成年人保护 / 未成年人专线
    r"增值电信业务经营许可证|网络文化经营许可证|网文\s*[〔\[（(]\s*20\d\d|未成年人(?:保护|专线|模式|举报)",
    re.I,
)
# a post's own contact line that names its site's filing too ("报名电话：0311… 官网：www.…
# （网站备案：冀ICP备…）"): the seller's line, not the page's footer
_CONTACT_LINE = re.compile(r"\s*(?:报名|咨询|招生|联系)\s*(?:电话|热线|方式|微信|老师)\s*[:：]")
# (not a 。 inside a site's name written past a filter: gzrcpj。com)
_SENTENCE_END = re.compile(r"(?<=[！？；!?;])|(?<=。)(?!(?:com|cn|net|org|top|vip|cc|xyz|info)\b)|\n")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2002\u2003\u2009\u200b\u3000]+")
_PUNCT_ONLY = re.compile(r"^[\W_]*$")


def strip_marks(text: str) -> str:
    """``text`` without the struck-out markers."""
    return text.replace(STRIKE_OPEN, "").replace(STRIKE_CLOSE, "")


def split_sentences(text: str) -> list[str]:
    """Sentences of a block of text: split on 。！？；!?; and newlines, trimmed, non-empty."""
    out: list[str] = []
    for part in _SENTENCE_END.split(text):
        part = _SPACES.sub(" ", part).strip()
        if not part or _PUNCT_ONLY.match(strip_marks(part)):
            continue
        while len(part) > MAX_SENTENCE_CHARS:
            out.append(part[:MAX_SENTENCE_CHARS])
            part = part[MAX_SENTENCE_CHARS:]
        out.append(part)
    return out


@dataclass
class PageText:
    """What one page says, split by where it says it."""

    title: str = ""
    h1: str = ""
    marked: list[str] = field(default_factory=list)  # main sentences, strike marks kept
    table_rows: set[int] = field(default_factory=set)  # indices into ``marked`` that are rows
    tables: list[Table] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)  # header/footer/nav/ICP lines
    side: list[str] = field(default_factory=list)  # aside / sidebar sentences (marked)
    link_lines: list[str] = field(default_factory=list)  # blocks made only of links
    alts: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (href, anchor text)
    main_links: list[tuple[str, str]] = field(default_factory=list)  # those in the main text
    meta: dict[str, str] = field(default_factory=dict)  # name/property (lower) -> content
    jsonld: list[Any] = field(default_factory=list)
    times: list[str] = field(default_factory=list)  # <time datetime=...>
    canonical: str | None = None
    has_microdata: bool = False
    bylines: list[str] = field(default_factory=list)  # author / account name elements
    options: list[str] = field(default_factory=list)  # <option> labels of main-content forms
    warnings: list[str] = field(default_factory=list)  # content that could not be read

    @property
    def sentences(self) -> list[str]:
        """Main-content sentences as written (strike marks removed)."""
        return [strip_marks(s) for s in self.marked]


class _Blocks:
    """Accumulates inline text and flushes it as sentences into the right bucket."""

    def __init__(self, page: PageText, body_chars: int = 0,
                 css_struck: frozenset[str] = frozenset()) -> None:
        self.page = page
        self.body_chars = body_chars
        self.css_struck = css_struck
        self.parts: list[str] = []
        self.ctx = "main"
        self.chars = 0
        self.link_chars = 0

    def add(self, text: str, ctx: str, in_link: bool) -> None:
        if ctx != self.ctx:
            self.flush()
            self.ctx = ctx
        self.parts.append(text)
        n = len(text.strip())
        self.chars += n
        if in_link:
            self.link_chars += n

    def mark(self, mark: str) -> None:
        self.parts.append(mark)

    def flush(self) -> None:
        if not self.parts:
            return
        text = "".join(self.parts)
        # a block that is mostly link text (menus, "title + date" lists of articles)
        link_only = self.chars > 0 and self.link_chars >= 0.6 * self.chars
        self.parts, self.chars, self.link_chars = [], 0, 0
        sentences = split_sentences(text)
        if not sentences:
            return
        page = self.page
        for sentence in sentences:
            if self.ctx == "boiler" or (_BOILER_LINE.search(sentence)
                                        and not _CONTACT_LINE.match(sentence)):
                page.boilerplate.append(strip_marks(sentence))
            elif self.ctx == "side":
                page.side.append(sentence)
            elif link_only and len(sentence) < 80:
                page.link_lines.append(strip_marks(sentence))
            elif len(page.marked) < MAX_SENTENCES:
                page.marked.append(sentence)


@lru_cache(maxsize=4096)
def _attr_context(attrs: str) -> str | None:
    """"boiler" / "side" for a class+id string that says so, else None (cached: classes repeat)."""
    if _BOILER_ATTR.search(attrs):
        return "side" if SIDE_ATTR.search(attrs) else "boiler"
    if SIDE_ATTR.search(attrs):
        return "side"
    return None


def _context_of(el: etree._Element, tag: str, parent_ctx: str, in_article: bool,
                marks: str | None) -> str:
    if parent_ctx != "main":
        return parent_ctx
    if tag in _BOILER_TAGS or (tag == "header" and not in_article):
        return "boiler"
    if tag in _SIDE_TAGS and not item_info_aside(marks):
        return "side"
    if tag in ("div", "section", "ul", "dl") and len(el) > 1 and headed_aside(el):
        return "side"
    attrib = el.attrib
    if not attrib:
        return "main"
    role = attrib.get("role")
    if role:
        role = role.lower()
        if role in _BOILER_ROLES:
            return "boiler"
        if role == "complementary":
            return "side"
    if marks and tag not in ("body", "html", "main", "article"):
        if not in_article and _PAGE_HEADER.match(marks):
            return "boiler"
        return _attr_context(marks) or "main"
    return "main"


def _inline_text(el: etree._Element, css_struck: frozenset[str] = frozenset()) -> str:
    """Text of a subtree (one table cell), struck spans marked, blocks joined by spaces.

    Iterative (an explicit stack of closing parts): any depth costs no Python stack.
    """
    parts: list[str] = []
    stack: list[etree._Element | str] = [el]
    while stack:
        node = stack.pop()
        if isinstance(node, str):  # a closing mark, a block's space or a tail
            parts.append(node)
            continue
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in _DROP_TAGS or not tag:
            continue
        struck = _is_struck(node, tag, css_struck)
        if struck:
            parts.append(STRIKE_OPEN)
        if node.text:
            parts.append(node.text)
        closing: list[etree._Element | str] = [
            " " if tag in _BLOCK_TAGS else "", STRIKE_CLOSE if struck else ""]
        for child in reversed(node):
            if child.tail:
                closing.append(child.tail)
            closing.append(child)
        stack.extend(closing)

    return _SPACES.sub(" ", "".join(parts).replace("\n", " ")).strip()


def _table_rows(table: etree._Element, links: list[tuple[str, str]],
                css_struck: frozenset[str] = frozenset()
                ) -> list[tuple[list[str], bool, bool]] | None:
    """(cells, is_header, is_link_row) per row, or None when the table is a layout table.

    The links of the table are appended to ``links``.
    """
    if any(inner is not table and next(inner.iter("tr"), None) is not None
           for inner in table.iter("table")):
        return None  # nested tables: layout (found before reading a cell: no cost per level)
    rows: list[tuple[list[str], bool, bool]] = []
    for tr in table.iter("tr"):
        cells: list[str] = []
        header = True
        for cell in tr:
            ctag = cell.tag.lower() if isinstance(cell.tag, str) else ""
            if ctag not in ("td", "th"):
                continue
            if ctag == "td":
                header = False
            if holds_a_page(cell):
                return None  # a page's heading in a cell: layout
            text = _inline_text(cell, css_struck)
            if len(text) > 200:
                return None  # paragraphs in a cell: layout
            cells.append(text)
        link_chars = 0
        for a in tr.iter("a"):
            anchor = _SPACES.sub(" ", text_content(a)).strip()
            link_chars += len(anchor)
            if a.get("href"):
                links.append((a.get("href").strip(), anchor))
        if cells:
            row_chars = sum(len(c) for c in cells)
            rows.append((cells, header, row_chars > 0 and link_chars >= 0.5 * row_chars))
    return rows


def _add_table(page: PageText, blocks: _Blocks, table: etree._Element) -> bool:
    """Record a data table as a Table and one sentence per row; False for layout tables."""
    links: list[tuple[str, str]] = []
    rows = _table_rows(table, links, blocks.css_struck)
    if rows is None:
        return False
    blocks.flush()
    page.links.extend(links)
    link_rows = sum(1 for _, _, is_link in rows if is_link)
    if len(rows) >= 3 and link_rows >= 0.6 * len(rows):
        # a list of article / thread titles laid out as a table: navigation, not content
        page.link_lines.extend(" | ".join(c for c in cells if c) for cells, _, _ in rows)
        return True
    header: list[str] = []
    body: list[list[str]] = []
    for i, (cells, is_header, _) in enumerate(rows):
        if not any(cells):
            continue
        in_thead = False
        if i == 0 and not is_header:
            # first row of plain <td>s acting as header: no digits at all, several cells
            in_thead = len(cells) > 1 and not any(ch.isdigit() for ch in "".join(cells))
        if (is_header or in_thead) and not header and not body:
            header = [strip_marks(c) for c in cells]
        else:
            body.append(cells)
        row_sentence = join_cells(cells)
        if len(page.marked) < MAX_SENTENCES:
            page.table_rows.add(len(page.marked))
            page.marked.append(row_sentence[:MAX_SENTENCE_CHARS])
    page.tables.append(Table(header=header, rows=body))
    return True


def _walk(root: etree._Element, page: PageText, blocks: _Blocks) -> None:
    """Feed the text under ``root`` to ``blocks``, each piece with its context.

    Iterative: an explicit stack of elements to enter and of text to add on the way out
    (a struck span's close, a block's flush, a child's tail), so any depth costs no stack.
    """
    # an element to enter with (ctx, in_link, in_article), or a step on the way out
    stack: list[tuple[etree._Element, str, bool, bool] | tuple[str, str, bool]] = [
        (root, "main", False, False)]
    while stack:
        item = stack.pop()
        if len(item) == 3:
            step, ctx, in_link = item
            if step == "flush":
                blocks.flush()
            elif step in (STRIKE_OPEN, STRIKE_CLOSE):
                blocks.mark(step)
            else:
                blocks.add(step, ctx, in_link)
            continue
        el, ctx, in_link, in_article = item
        entered = _enter(el, ctx, in_link, in_article, page, blocks)
        if entered is None:
            continue
        ctx, in_link, in_article, struck = entered
        after: list[tuple[etree._Element, str, bool, bool] | tuple[str, str, bool]] = []
        if el.tag in _BLOCK_TAGS:
            after.append(("flush", ctx, in_link))
        if struck:
            after.append((STRIKE_CLOSE, ctx, in_link))
        for child in reversed(el):
            if child.tail:
                after.append((child.tail, ctx, in_link))
            after.append((child, ctx, in_link, in_article))
        stack.extend(after)


def _enter(el: etree._Element, ctx: str, in_link: bool, in_article: bool, page: PageText,
           blocks: _Blocks) -> tuple[str, bool, bool, bool] | None:
    """Read an element's own markup and text; its children's (ctx, in_link, in_article,
    struck), or None when its content is not walked."""
    tag = el.tag
    if type(tag) is not str or tag in _DROP_TAGS:  # comments, PIs; the parser lowercases tags
        if tag == "select" and ctx == "main":  # an enrolment form's choices: "三级 — 3580元"
            _add_options(page, el)
        return None
    attrib = el.attrib
    marks = None
    if attrib:
        cls, ident = attrib.get("class"), attrib.get("id")
        if cls or ident:
            marks = f"{cls or ''} {ident or ''}"
            if _is_byline_marks(marks):
                _add_byline(page, el)
        elif attrib.get("itemprop") == "author" or attrib.get("rel") == "author":
            _add_byline(page, el)
    parent_ctx = ctx
    ctx = _context_of(el, tag, ctx, in_article, marks)
    if ctx != parent_ctx and _holds_main_content(el, blocks.body_chars):
        ctx = parent_ctx  # an unclosed <div class="topbar"> swallowing the page is not boilerplate
    if tag in ("article", "main"):
        in_article = True
    if tag == "img":
        alt = (el.get("alt") or el.get("title") or "").strip()
        if alt:
            page.alts.append(alt)
        return None
    if tag == "a":
        href = el.get("href")
        if href:
            page.links.append((href.strip(), _SPACES.sub(" ", text_content(el)).strip()))
            if ctx == "main":
                page.main_links.append(page.links[-1])
        in_link = True
    if tag == "table" and ctx == "main" and _add_table(page, blocks, el):
        return None
    if tag in _BLOCK_TAGS:
        blocks.flush()
    if tag == "br":
        blocks.add("\n", ctx, in_link)
        return None
    struck = _is_struck(el, tag, blocks.css_struck)
    if struck:
        blocks.mark(STRIKE_OPEN)
    if el.text:
        blocks.add(el.text, ctx, in_link)
    return ctx, in_link, in_article, struck


def _add_options(page: PageText, select: etree._Element) -> None:
    """The labels of a main-content <select>'s options (placeholders like "请选择" kept too)."""
    for option in select.iter("option"):
        if not _small(option):
            continue  # options nested in options (broken markup): no label, no cost per level
        label = _SPACES.sub(" ", text_content(option)).strip()
        if label and len(page.options) < MAX_SENTENCES:
            page.options.append(label[:MAX_SENTENCE_CHARS])


def _holds_main_content(el: etree._Element, body_chars: int) -> bool:
    """True when a boilerplate-looking element holds the page's heading or most of its text."""
    if el.find(".//h1") is not None and el.tag not in ("nav", "footer"):
        return True
    if body_chars < 400:
        return False
    return len(text_content(el)) > 0.5 * body_chars


def text_content(el: etree._Element) -> str:
    """All text under ``el``."""
    return "".join(el.itertext())


_BYLINE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:js_name|author|byline|nickname|profile_nickname|account|publisher|shop-?name|"
    r"store-?name|seller|merchant)(?:$|[\s_-])",
    re.I,
)


@lru_cache(maxsize=4096)
def _is_byline_marks(marks: str) -> bool:
    return bool(_BYLINE_ATTR.search(marks))


def _small(el: etree._Element, elements: int = 50) -> bool:
    """True when ``el`` holds fewer than ``elements`` elements (found without reading more)."""
    return next(islice(el.iter(), elements, None), None) is None


def _add_byline(page: PageText, el: etree._Element) -> None:
    if not _small(el):
        return  # a whole block, not a name: reading its text at every level would cost n²
    text = _SPACES.sub(" ", text_content(el)).strip()
    if 2 <= len(text) <= 30 and text not in page.bylines:
        page.bylines.append(text)


def page_text(tree: etree._Element) -> PageText:
    """Split a parsed page into main sentences, tables, boilerplate, links and metadata."""
    page = PageText()
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        if key and content and key not in page.meta:
            page.meta[key] = content.strip()
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel and link.get("href") and page.canonical is None:
            page.canonical = link.get("href").strip()
    blocks_read = 0
    for script in tree.iter("script"):
        if (script.get("type") or "").lower().strip() == "application/ld+json" and script.text:
            blocks_read += 1
            items, problem = read_json_ld(script.text)
            page.jsonld.extend(items)
            if problem:
                page.warnings.append(f"JSON-LD block {blocks_read} {problem}: skipped")
    title_el = tree.find(".//title")
    if title_el is not None and title_el.text:
        page.title = _SPACES.sub(" ", text_content(title_el)).strip()
    h1 = tree.find(".//h1")
    if h1 is not None:
        page.h1 = _SPACES.sub(" ", text_content(h1)).strip()
    for t in tree.iter("time"):
        value = t.get("datetime") or (t.text or "")
        if value.strip():
            page.times.append(value.strip())
    page.has_microdata = tree.find(".//*[@itemscope]") is not None

    body = tree.find("body")
    root = body if body is not None else tree
    blocks = _Blocks(page, len(text_content(root)), css_struck_classes(tree))
    _walk(root, page, blocks)
    blocks.flush()
    if page.meta.get("author"):
        page.bylines.append(page.meta["author"])
    return page
