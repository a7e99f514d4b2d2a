"""A table's parts that need no page: a data table's shape, its row as one line, and whether
a cell holds a page's content (a layout table) rather than a datum."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


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
    """Does a table cell hold a page's heading (an old Q&A site's main cell: the question's
    title, the question and its answers)? Then the table lays the page out. (A forum's floor,
    one table each, keeps its writer and its words on one row.)"""
    return any(isinstance(el.tag, str) and el.tag.lower() in _HEADINGS for el in cell.iter())
