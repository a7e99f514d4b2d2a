"""A table's parts that need no page: a data table's shape, its row as one line, and whether
a cell holds a page's content (a layout table) rather than a datum."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCKS = frozenset({"p", "div", "ul", "ol", "article", "section", "blockquote"})
LAYOUT_BLOCKS = 3  # block elements in one cell: a page laid out in a table, not a datum


@dataclass
class Table:
    """A data table: header cells (may be empty) and body rows, cells keep strike marks."""

    header: list[str]
    rows: list[list[str]]


def join_cells(cells: list[str]) -> str:
    """A table row as one line, cells apart by " | "; a label cell (价格：, QQ：) runs on."""
    filled = [c for c in cells if c]
    return "".join(c + ("" if i + 1 == len(filled) else " " if c.rstrip().endswith((":", "："))
                        else " | ") for i, c in enumerate(filled))


def holds_a_page(cell: etree._Element) -> bool:
    """Does a table cell hold a page's content (a heading, or ``LAYOUT_BLOCKS`` blocks: a
    question and its answers), as an old site's layout table does?"""
    tags = [el.tag.lower() for el in cell.iter() if isinstance(el.tag, str)]
    return any(t in _HEADINGS for t in tags) or sum(t in _BLOCKS for t in tags) >= LAYOUT_BLOCKS
