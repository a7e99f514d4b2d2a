"""Parse pages shaped like the official list of evaluation organisations (pjjg.osta.org.cn).

docs/domain.md §2.3 "[S] Page structure": a province index with a menu of ``div > a`` links,
province pages linking ``a.detail`` to ``/detail/{id}detail.html``, and detail pages with the
name in ``div.main_title``, contact lines as ``div.mid > p`` and a table whose rows name each
职业(工种) (in a ``td`` with ``rowspan``) with the levels in a sibling cell. The real markup
has drifted since, so every function has a fallback: the occupation table is found by its
header text, levels are read from words (五级/初级工, 三级, 四级/中级工 …), detail links by
their URL shape. Pure functions: HTML in, plain data out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsel import Selector

from facts.levels import level_words
from facts.urls import join
from registry.records import AI_TRAINER_CODE

AI_TRAINER_NAME = "人工智能训练师"
DETAIL_URL = re.compile(r"/detail/(\d+)detail\.html?$")

_CONTACT_LABELS = ("联系人", "联系电话", "电话", "邮箱", "电子邮箱", "地址", "通讯地址", "传真")


@dataclass(frozen=True)
class OccupationLevels:
    occupation: str  # as written, e.g. "人工智能训练师（数据标注员）"
    levels: tuple[int, ...]

    def is_ai_trainer(self) -> bool:
        return AI_TRAINER_NAME in self.occupation or AI_TRAINER_CODE in self.occupation


@dataclass(frozen=True)
class OfficialOrganization:
    name: str
    url: str
    contacts: dict[str, str] = field(default_factory=dict)
    occupations: tuple[OccupationLevels, ...] = ()
    unparsed_rows: int = 0  # table rows that named no occupation or no level

    @property
    def detail_id(self) -> str | None:
        found = DETAIL_URL.search(self.url)
        return found.group(1) if found else None

    def ai_trainer_levels(self) -> tuple[int, ...]:
        """Levels filed for 人工智能训练师 (any of its 工种), empty when not filed for it."""
        levels = {lv for occ in self.occupations if occ.is_ai_trainer() for lv in occ.levels}
        return tuple(sorted(levels))


def _text(node: Selector) -> str:
    return re.sub(r"\s+", " ", " ".join(node.css("::text").getall())).strip()


def parse_levels(text: str) -> tuple[int, ...]:
    """``"五级/初级工、四级/中级工"`` → (4, 5); ``"3级"`` → (3,)."""
    return tuple(sorted(level_words(text, bare_grades=False)))


def province_links(html: str, base_url: str) -> list[tuple[str, str]]:
    """(province name, absolute URL) of the menu links on an index page (``div > a``)."""
    links: list[tuple[str, str]] = []
    seen: set[str] = set()
    for anchor in Selector(text=html).css("div > a[href]"):
        href = anchor.attrib["href"].strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")) or DETAIL_URL.search(href):
            continue
        url = join(base_url, href)
        name = _text(anchor)
        if url not in seen and name:
            seen.add(url)
            links.append((name, url))
    return links


def detail_links(html: str, base_url: str) -> list[str]:
    """Absolute URLs of organisation detail pages: ``a.detail``, else any link shaped
    ``/detail/{id}detail.html``."""
    selector = Selector(text=html)
    hrefs = selector.css("a.detail::attr(href)").getall()
    hrefs += [h for h in selector.css("a::attr(href)").getall() if DETAIL_URL.search(h.strip())]
    urls: list[str] = []
    for href in hrefs:
        url = join(base_url, href.strip())
        if url not in urls:
            urls.append(url)
    return urls


def _name(selector: Selector) -> str:
    for query in ("div.main_title", ".main_title", "h1", "h2", "title"):
        node = selector.css(query)
        if node and (text := _text(node[0])):
            return text
    return ""


def _contacts(selector: Selector) -> dict[str, str]:
    lines = [_text(p) for p in selector.css("div.mid > p")]
    if not lines:  # drift: any paragraph or list item starting with a contact label
        lines = [_text(n) for n in selector.css("p, li, div.contact *")]
    contacts: dict[str, str] = {}
    for line in lines:
        parts = re.split(r"[:：]", line, maxsplit=1)
        if len(parts) == 2 and parts[0].strip() in _CONTACT_LABELS and parts[1].strip():
            contacts.setdefault(parts[0].strip(), parts[1].strip())
    return contacts


def _span(cell: Selector, attribute: str) -> int:
    value = cell.attrib.get(attribute, "1").strip()
    return max(1, min(int(value), 100)) if value.isdigit() else 1


def table_grid(table: Selector) -> list[list[str]]:
    """Cell texts of a table with ``rowspan``/``colspan`` expanded into a full grid."""
    grid: list[list[str]] = []
    pending: dict[int, tuple[str, int]] = {}  # column -> (text, rows still covered)
    for row in table.css("tr"):
        cells = row.css("th, td")
        out: list[str] = []
        column = 0
        queue = list(cells)
        while queue or column in pending:
            if column in pending:
                text, remaining = pending.pop(column)
                out.append(text)
                if remaining > 1:
                    pending[column] = (text, remaining - 1)
                column += 1
                continue
            cell = queue.pop(0)
            text, rows = _text(cell), _span(cell, "rowspan")
            for _ in range(_span(cell, "colspan")):
                out.append(text)
                if rows > 1:
                    pending[column] = (text, rows - 1)
                column += 1
        grid.append(out)
    return grid


def _occupation_table(selector: Selector) -> tuple[list[list[str]], int, int, int] | None:
    """The first table whose header names 职业/工种 and 等级: grid, header row, columns."""
    for table in selector.css("table"):
        grid = table_grid(table)
        for row_index, cells in enumerate(grid[:3]):
            occupation_col = next(
                (i for i, c in enumerate(cells) if "工种" in c or ("职业" in c and "名称" in c)),
                next((i for i, c in enumerate(cells) if "职业" in c), None),
            )
            level_col = next((i for i, c in enumerate(cells) if "等级" in c or "级别" in c), None)
            if occupation_col is not None and level_col is not None:
                return grid, row_index, occupation_col, level_col
    return None


def _occupation_rows(grid: list[list[str]], header_row: int, occupation_col: int,
                     level_col: int) -> tuple[list[OccupationLevels], int]:
    """Occupations with their levels from the rows below the header."""
    found: dict[str, set[int]] = {}
    unparsed = 0
    for cells in grid[header_row + 1 :]:
        occupation = cells[occupation_col] if occupation_col < len(cells) else ""
        level_text = cells[level_col] if level_col < len(cells) else ""
        levels = parse_levels(level_text)
        if not occupation or not levels:
            unparsed += 1
            continue
        found.setdefault(occupation, set()).update(levels)
    return [OccupationLevels(occ, tuple(sorted(lv))) for occ, lv in found.items()], unparsed


def parse_detail(html: str, url: str) -> OfficialOrganization:
    """An organisation's name, contacts and filed occupations with levels."""
    selector = Selector(text=html)
    located = _occupation_table(selector)
    occupations: list[OccupationLevels] = []
    unparsed = 0
    if located:
        occupations, unparsed = _occupation_rows(*located)
    return OfficialOrganization(name=_name(selector), url=url, contacts=_contacts(selector),
                                occupations=tuple(occupations), unparsed_rows=unparsed)
