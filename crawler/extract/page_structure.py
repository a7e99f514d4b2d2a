"""How a page is built, as counts: repeated blocks, forms, markup types, URL shape.

The page-type classifier (``crawler.extract.page_type``) reads these beside the text cues.
A page of many offers repeats one block (a title link, a price, a promise) many times; an
article carries article markup and a byline; a thread repeats posts with reply cues; an
offer has a form or a buy button. Pure functions over a parsed tree; no network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import Any

from lxml import etree

from crawler.extract.asides import headed_aside, item_info_aside
from crawler.extract.text import SIDE_ATTR
from facts.structured import walk
from facts.urls import path_of

PRICE = re.compile(
    r"[¥￥]\s*\d|\d[\d,]{2,}(?:\.\d+)?\s*元|\d+(?:\.\d+)?\s*万元?|RMB\s*\d|CNY\s*\d|"
    r"\d{3,6}\s*起|价格|学费",
    re.I,
)
_OCCUPATION = re.compile(r"训练师|訓練師|标注员|标注师|算法测试员|AI\s*trainer|4-04-05-05", re.I)
_PAGINATION = re.compile(r"下一页|上一页|下页|尾页|首页\s*上一页|next\s*page|›|»|第\s*\d+\s*页", re.I)
_ITEM_TEXT_CHARS = 400
_MAX_GROUP = 500
_MAX_LINKS = 3000

_LIST_TYPES = {"itemlist", "searchresultspage", "collectionpage", "offercatalog"}
_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "report", "reportagenewsarticle",
                  "analysisnewsarticle", "opinionnewsarticle", "governmentpermit", "techarticle"}
_QA_TYPES = {"qapage", "question", "answer", "discussionforumposting", "socialmediaposting",
             "comment"}
_PRODUCT_TYPES = {"product", "course", "offer", "aggregateoffer", "educationalorganization",
                  "courseinstance", "service"}
_JOB_TYPES = {"jobposting"}

URL_CUES = {
    "url_list": re.compile(
        r"(?:^|[/_.-])(?:search|list|lists|category|categories|cat|tag|tags|topic|topics|"
        r"rank|ranking|paihang|so|s|sousuo|fenlei|zhuanti|lanmu|channel|directory|dir)"
        r"(?:$|[/_.?-])|[?&](?:q|kw|keyword|wd|query|page|p|sort|order)=",
        re.I,
    ),
    "url_article": re.compile(
        r"(?:^|[/_.-])(?:news|article|articles|art|zixun|xinwen|info|detail_news|post|posts|"
        r"blog|policy|zhengce|notice|tongzhi|gonggao|zwgk|xxgk|content|c|a|p)(?:$|[/_.?-])|"
        r"/20\d\d[/-]?\d\d",
        re.I,
    ),
    "url_qa": re.compile(
        r"(?:^|[/_.-])(?:question|questions|wenda|zhidao|ask|answer|thread|threads|topic|bbs|"
        r"forum|tieba|viewthread|t)(?:$|[/_.?-])|thread-\d",
        re.I,
    ),
    "url_job": re.compile(
        r"(?:^|[/_.-])(?:job|jobs|zhaopin|career|careers|position|recruit|hr|zhiwei)"
        r"(?:$|[/_.?-])",
        re.I,
    ),
    # one numbered post under its section (/fenlei/ad-1.html, /fenlei/hz/3011.html): a list's
    # word in the folder names where the post is filed, not a list (a page number is no post:
    # /list/p2.html, /news/list-3.html)
    "url_numbered_post": re.compile(
        r"/(?!(?:p|pn|pg|page|list|index|s)[-_]?\d)[a-z]{0,8}[-_]?\d{1,12}(?:\.[a-z]{2,5})?(?:$|\?)",
        re.I,
    ),
    "url_item": re.compile(
        r"(?:^|[/_.-])(?:item|items|product|products|goods|detail|course|courses|kecheng|shop|"
        r"class|lesson|sku|p\d+|id\d+)(?:$|[/_.?-])|[?&](?:id|item_?id|goods_?id|pid|sku)=",
        re.I,
    ),
}


@dataclass(frozen=True)
class Structure:
    """Counts of how the page is built."""

    list_items: int = 0  # the largest group of repeated sibling blocks that each hold a link
    priced_items: int = 0  # ... of them quoting a price
    occupation_items: int = 0  # ... of them naming the occupation
    in_sidebar: bool = False  # ... and they are a sidebar's related links
    pagination: bool = False
    form_fields: int = 0  # text/tel inputs and textareas
    buy_buttons: int = 0  # <button>s and submit inputs
    schema_types: frozenset[str] = frozenset()  # JSON-LD / microdata @type, lower case
    og_type: str = ""
    article_tag: bool = False
    occupation_links: int = 0  # links whose anchor text names the occupation
    url_cues: frozenset[str] = frozenset()

    def has_type(self, kinds: set[str]) -> bool:
        return bool(self.schema_types & kinds)

    @property
    def product_markup(self) -> bool:
        return self.has_type(_PRODUCT_TYPES) or self.og_type == "product"

    @property
    def article_markup(self) -> bool:
        return (self.has_type(_ARTICLE_TYPES) or self.og_type == "article"
                or self.article_tag)

    @property
    def qa_markup(self) -> bool:
        return self.has_type(_QA_TYPES)

    @property
    def job_markup(self) -> bool:
        return self.has_type(_JOB_TYPES)

    @property
    def list_markup(self) -> bool:
        return self.has_type(_LIST_TYPES)


def _item_text(el: etree._Element) -> str:
    return "".join(islice(el.itertext(), 40))[:_ITEM_TEXT_CHARS]


def _signature(el: etree._Element) -> tuple[str, str]:
    cls = (el.get("class") or "").split()
    return (str(el.tag), cls[0] if cls else "")


_SIDE_DEPTH = 3  # a related list sits this close under its sidebar: <aside><ul><li>


def lists_other_pages(el: etree._Element) -> bool:
    """Is ``el`` in a sidebar of related links (an ``<aside>``, class="related", a block
    headed 相关文章)? Those list other pages (their titles and prices), not the page's own
    items: a repost's 相关文章 is no list of offers."""
    for node in islice((el, *el.iterancestors()), _SIDE_DEPTH):
        marks = f"{node.get('class') or ''} {node.get('id') or ''}".strip()
        if ((node.tag == "aside" and not item_info_aside(marks)) or SIDE_ATTR.search(marks)
                or (node.tag in ("div", "section", "ul", "dl") and len(node) > 1
                    and headed_aside(node))):
            return True
    return False


def repeated_blocks(root: etree._Element) -> tuple[int, int, int, bool]:
    """(linked, priced, occupation) sizes of the largest group of repeated sibling blocks,
    and whether that group is a sidebar's related links (``lists_other_pages``).

    A group is the children of one element with the same tag and first class, at least
    three of them, each holding a link (``<a href>``, or being one). Only elements that
    hold a link are looked at, found once from the links up.
    """
    # the elements themselves, not their ids: lxml's proxies live only while referenced
    linked: set[etree._Element] = set()
    parents: list[etree._Element] = []
    for link in islice(root.iter("a"), _MAX_LINKS):
        if link.get("href") is None:
            continue
        for node in (link, *link.iterancestors()):
            if node in linked:
                break
            linked.add(node)
            parent = node.getparent()
            if parent is not None and parent not in linked:
                parents.append(parent)
    best, best_parent = (0, 0, 0), None
    for el in dict.fromkeys(parents):
        children = [c for c in islice(el, _MAX_GROUP) if type(c.tag) is str and c in linked]
        if len(children) < 3:
            continue
        groups: dict[tuple[str, str], list[etree._Element]] = {}
        for child in children:
            groups.setdefault(_signature(child), []).append(child)
        for members in groups.values():
            if len(members) < 3:
                continue
            texts = [_item_text(child) for child in members]
            found = (len(members), sum(1 for t in texts if PRICE.search(t)),
                     sum(1 for t in texts if _OCCUPATION.search(t)))
            if (found[1], found[2], found[0]) > (best[1], best[2], best[0]):
                best, best_parent = found, el
    return (*best, best_parent is not None and lists_other_pages(best_parent))


def _schema_types(objects: list[Any]) -> frozenset[str]:
    kinds: set[str] = set()
    for node in walk(objects):
        value = node.get("@type") or node.get("type")
        for kind in value if isinstance(value, list) else [value]:
            if isinstance(kind, str):
                kinds.add(kind.rsplit("/", 1)[-1].lower())
    return frozenset(kinds)


def page_structure(root: etree._Element, url: str, jsonld: list[Any], meta: dict[str, str],
                   links: list[tuple[str, str]], microdata: list[Any]) -> Structure:
    """The structural counts of a parsed page at ``url``."""
    linked, priced, named, in_sidebar = repeated_blocks(root)
    fields = buttons = 0
    for el in root.iter("input", "textarea", "button"):
        kind = (el.get("type") or "text").lower()
        if el.tag == "textarea" or kind in ("text", "tel", "number", "email"):
            fields += 1
        elif el.tag == "button" or kind in ("submit", "button"):
            buttons += 1
    anchors = " ".join(text for _href, text in links[:600])
    path = path_of(url)
    query = url.split("?", 1)[1] if "?" in url else ""
    target = f"{path}?{query}" if query else path
    return Structure(
        list_items=linked,
        priced_items=priced,
        occupation_items=named,
        in_sidebar=in_sidebar,
        pagination=bool(_PAGINATION.search(anchors)),
        form_fields=fields,
        buy_buttons=buttons,
        schema_types=_schema_types([*jsonld, *microdata]),
        og_type=(meta.get("og:type") or "").lower().split(".")[0],
        article_tag=root.find(".//article") is not None,
        occupation_links=sum(1 for _h, text in links if _OCCUPATION.search(text)),
        url_cues=frozenset(name for name, cue in URL_CUES.items() if cue.search(target)),
    )
