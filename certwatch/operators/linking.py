"""Which listings one business stands behind: pure rules over contact identifiers.

- **Ties.** Two listings are tied when their pages show one identifier: a phone, WeChat id,
  QQ or QQ group, e-mail, credit code, account name, or a site the ad names as its own
  (官网：www.….cn). The host a page is served from is not an identifier (every shop of a
  marketplace shares it).
- **Shared infrastructure is not a tie.** An identifier shown by listings of
  ``SHARED_MIN_PROVIDERS`` or more different providers is a platform's, a hotline's or a
  directory's, not one seller's (a business runs a handful of brands; a marketplace footer or
  a copied complaint number spans many sellers). So is an identifier that every page shows
  only in its header, footer or sidebar on one site: the site's own service number; and one
  shown only in the frames of listings that give different credit codes of their own: a
  chain's desk over branches registered apart.
- **Operators.** Listings are grouped by union over the ties (a chain A–B by phone and B–C
  by WeChat is one business). Groups of two or more listings are operators.
- **Stable ids.** An operator keeps its id when it gains or loses listings. When groups join,
  the oldest id survives and the others are recorded as merged into it; when a group splits,
  the part holding most of its listings keeps the id and the others get new ones.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass, field

from facts.contacts import EXAMPLE_PHONE  # (stores written before extraction dropped it)
from facts.urls import hostname, is_ip, path_of

STRONG_KINDS = frozenset({"phone", "wechat", "qq", "qq_group", "email", "uscc", "other",
                          "domain"})
TEMPLATE_MIN_PROVIDERS = 3  # providers showing one identifier in the same words: a template
TEMPLATE_MIN_WORDS = 4  # Chinese characters around it, at least, for words to be compared
_CJK = re.compile(r"[\u4e00-\u9fff]")
SHARED_MIN_PROVIDERS = 6  # distinct providers from which an identifier is infrastructure


@dataclass(frozen=True)
class Mention:
    """One identifier on one listing's page."""

    listing_id: int
    kind: str
    value: str
    place: str  # main | side | link
    provider: str | None
    site: str | None
    evidence: str = ""  # the words around it on the page


@dataclass(frozen=True)
class Tie:
    """An identifier that ties listings (in listing order)."""

    kind: str
    value: str
    listing_ids: tuple[int, ...]


def site_for_linking(site: str | None, url: str) -> str | None:
    """The site a listing's page belongs to, for "only in one site's header or footer".

    On the web a site is its registrable domain. A page served from an IP address or
    ``localhost`` has none: a labeled web on loopback holds a marketplace, a classifieds
    board and sellers' own sites on one host, each under its own top folder. There the site
    is the host and the page's top folder (``127.0.0.1/mall``, ``127.0.0.1/sites``)."""
    host = hostname(url)
    if not (host == "localhost" or is_ip(host)):
        return site
    segments = path_of(url).strip("/").split("/")
    top = segments[0] if len(segments) > 1 else ""
    return f"{site or host}/{top}"


def provider_key(mention: Mention) -> str:
    """Who the listing says sells: its provider name, else the listing itself."""
    name = "".join((mention.provider or "").split())
    return name or f"listing:{mention.listing_id}"


def template_words(evidence: str) -> str:
    """The words around an identifier without names, numbers and ids: what a template
    (a platform's top bar, a site builder's credit, a copied policy line) keeps the same."""
    return "".join(_CJK.findall(evidence))


def sellers_among(mentions: list[Mention], shown: Mapping[int, Set[tuple[str, str]]]) -> int:
    """How many businesses show these mentions, told apart by what they say: providers by
    name, or listings that each show a contact of their own that none of the others show
    (a marketplace's shops under the marketplace's name, each with its own phone). Listings
    whose contacts are all the same (one seller's own course pages) count once.
    ``shown``: each listing's identifiers outside headers and footers."""
    listings = {m.listing_id for m in mentions}
    names = len({provider_key(m) for m in mentions})
    if names >= len(listings):
        return names
    counts = Counter(key for listing in listings for key in shown.get(listing, ()))
    distinct = sum(any(counts[key] == 1 for key in shown.get(listing, ())) for listing in listings)
    return max(names, distinct)


def in_one_template(mentions: list[Mention],
                    shown: Mapping[int, Set[tuple[str, str]]] | None = None) -> bool:
    """``TEMPLATE_MIN_PROVIDERS`` or more businesses show it in the very same words: a line
    none of them wrote (技术支持：…建站 400-…, 官方咨询：省技能人才评价服务中心 0571-…, a
    marketplace's top bar 商家入驻 客服热线 400-…). A business writes its one number anew on
    each brand's page."""
    by_words: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        words = template_words(mention.evidence)
        if len(words) >= TEMPLATE_MIN_WORDS:
            by_words[words].append(mention)
    return any(sellers_among(found, shown or {}) >= TEMPLATE_MIN_PROVIDERS
               for found in by_words.values())


def is_infrastructure(mentions: list[Mention],
                      shown: Mapping[int, Set[tuple[str, str]]] | None = None) -> bool:
    """Shown by many businesses, by several in one template's words, only in one site's
    header/footer/sidebar, or only in the frames of businesses registered apart. ``shown``:
    each listing's identifiers outside headers and footers, to tell businesses apart when
    their pages carry one name (``sellers_among``)."""
    if (sellers_among(mentions, shown or {}) >= SHARED_MIN_PROVIDERS
            or in_one_template(mentions, shown)):
        return True
    framed = all(m.place == "side" for m in mentions)
    if framed and registered_apart(mentions, shown or {}):
        return True
    sites = {site_shown_on(m) for m in mentions}
    return framed and len(sites) == 1 and not one_named_seller(mentions, shown or {})


def registered_apart(mentions: list[Mention], shown: Mapping[int, Set[tuple[str, str]]]) -> bool:
    """The listings show credit codes of their own that differ: businesses registered apart
    (a chain's branches, 加盟分校独立运营, each its own 有限公司). What their headers and
    footers share is the chain's or the group's desk (全国统一热线, 集团邮箱), no tie."""
    codes = {value for m in mentions for kind, value in shown.get(m.listing_id, ()) if kind == "uscc"}
    return len(codes) >= 2


def one_named_seller(mentions: list[Mention], shown: Mapping[int, Set[tuple[str, str]]]) -> bool:
    """Every listing is one named seller's, and none shows a contact of its own that the
    others lack: a course blog's posts, whose footer is the seller's own (a marketplace's
    footer is over shops that each show their own contact, or name themselves apart). A
    listing that names no seller and shows nothing outside the site's frame (the site's
    home page, its footer its only contact) is no seller of its own."""
    mentions = [m for m in mentions
                if not provider_key(m).startswith("listing:") or shown.get(m.listing_id)] or mentions
    names = {provider_key(m) for m in mentions}
    return (len(names) == 1 and not next(iter(names)).startswith("listing:")
            and sellers_among(mentions, shown) == 1)


# a chain's branch or franchise desk names its number so (东莞校区电话, 分校电话, 招商经理): one
# business's pages, each with its branch's number under the chain's name and footer
_BRANCH_CONTACT = re.compile(r"(?:校区|分校|分部|分公司|分中心|分院|招商)\S{0,3}(?:电话|热线|手机|微信|座机|经理|[:：])")


# an ICP filing's site number (浙ICP备2025018832号-2): the filer's second site
_ICP_SITE_NUMBER = re.compile(r"ICP\s*[备证]\s*\d{6,10}\s*号?\s*-\s*(?P<n>\d{1,3})", re.I)


def site_shown_on(mention: Mention) -> tuple[str | None, str]:
    """The site a mention stands on. An ICP filing number names its site itself: the
    filer's number with a suffix for each of its sites, so two suffixes are two sites even
    where the pages are served from one host."""
    number = _ICP_SITE_NUMBER.search(mention.evidence) if mention.value.startswith("icp:") else None
    return mention.site, number.group("n") if number else ""


def ties(mentions: Iterable[Mention]) -> list[Tie]:
    """The identifiers that tie two or more listings, infrastructure left out."""
    by_identifier: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.kind == "domain" and mention.value == mention.site:
            continue  # the site the page is served from, named in its own text
        if mention.kind == "phone" and mention.value == EXAMPLE_PHONE:
            continue
        if mention.kind in STRONG_KINDS:
            by_identifier[(mention.kind, mention.value)].append(mention)
    # what each listing shows: in its main text, or anywhere when no other listing shows it
    # (a directory's company card in the sidebar: 企业档案 … 电话 020-…, one per company)
    # (a branch's own number, 东莞校区电话 …, keeps no branch apart from its chain)
    shown: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for key, found in by_identifier.items():
        alone = len({m.listing_id for m in found}) == 1
        for mention in found:
            if (mention.place != "side" or alone) and not _BRANCH_CONTACT.search(mention.evidence):
                shown[mention.listing_id].add(key)
    out = []
    for (kind, value), found in sorted(by_identifier.items()):
        listings = sorted({m.listing_id for m in found})
        if len(listings) < 2:
            continue
        if not is_infrastructure(found, shown):
            out.append(Tie(kind, value, tuple(listings)))
    return out


def groups(found_ties: Iterable[Tie]) -> list[list[int]]:
    """Listings grouped by union over the ties; each group sorted, groups by first listing."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for tie in found_ties:
        first = root(tie.listing_ids[0])
        for other in tie.listing_ids[1:]:
            top = root(other)
            if top != first:
                parent[max(top, first)] = min(top, first)
                first = min(top, first)
    members: dict[int, list[int]] = defaultdict(list)
    for listing in parent:
        members[root(listing)].append(listing)
    return sorted((sorted(m) for m in members.values() if len(m) >= 2), key=lambda g: g[0])


@dataclass
class Assignment:
    """Operator ids for this pass's groups, and what happened to the operators before."""

    group_ids: list[int | None]  # per group: its operator id, None for a new operator
    merged: dict[int, int] = field(default_factory=dict)  # younger id -> the id it joined
    split_from: dict[int, int] = field(default_factory=dict)  # group index -> id it left
    dissolved: list[int] = field(default_factory=list)  # ids with no group any more


def assign(found_groups: list[list[int]], previous: Mapping[int, int]) -> Assignment:
    """Give each group an operator id from ``previous`` (listing -> operator id before).

    Each earlier operator goes to the group holding most of its listings (ties: the group
    with the lowest listing id). A group claimed by several keeps the oldest (lowest) id;
    the others merge into it. A group claimed by none is new; when its listings belonged to
    an operator that went elsewhere, it split from that operator.
    """
    counts: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for index, group in enumerate(found_groups):
        for listing in group:
            if listing in previous:
                counts[previous[listing]][index] += 1
    claims: dict[int, list[int]] = defaultdict(list)  # group index -> operator ids
    for operator, per_group in counts.items():
        best = max(per_group.items(), key=lambda item: (item[1], -found_groups[item[0]][0]))
        claims[best[0]].append(operator)
    result = Assignment(group_ids=[None] * len(found_groups))
    for index in range(len(found_groups)):
        claimed = sorted(claims.get(index, []))
        if claimed:
            result.group_ids[index] = claimed[0]
            result.merged.update({younger: claimed[0] for younger in claimed[1:]})
        else:
            left = [previous[listing] for listing in found_groups[index] if listing in previous]
            if left:
                result.split_from[index] = min(left, key=lambda op: (-left.count(op), op))
    placed = {op for op in result.group_ids if op is not None} | set(result.merged)
    result.dissolved = sorted(set(previous.values()) - placed)
    return result
