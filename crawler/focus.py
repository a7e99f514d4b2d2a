"""Focused crawling, the pure part: how relevant a link looks, and when a path is a trap.

*Relevance.* A link is scored from its anchor text, the words of its URL and the relevance
of the page that links to it, all against one list of cue words
(``data/lexicon/focus_words.csv``): the occupation's names (人工智能训练师, AI训练师, 标注员,
``rengongzhineng``, ``ai-trainer`` …, weight 3) and the words course sites name their pages
with (证书, 报名, 培训, 课程, ``baoming``, ``course``, ``cert`` …, weight 1). The score becomes
the Scrapy request priority, so relevant links are fetched first on the single-process
frontier and on the shared Redis one alike (scrapy-redis orders its queue by priority).

*Off-topic hops.* A link with relevant anchor or URL words starts a fresh chain; any other
link is one hop further from the last relevant page (a relevant page's links are one hop
away). Chains longer than ``max_hops`` are not followed, however deep the relevant chain
before them was: an honest offer linked with relevant words from deep inside a site is
still reached, while aimless wandering stops.

*Traps.* A *path pattern* is a URL's host and path with its variable parts generalized
(numbers → ``{n}``, hashes and random-looking tokens → ``{id}``; the query is dropped, so
calendars and session ids fall under one pattern). A pattern is a trap once ``trap_pages``
of its pages were requested and fewer than ``relevant_share`` of them had relevant words or
an offer; a trap may fetch ``trap_budget`` more pages, one chain of links deep (probes, see
``probe_priority``), then its further requests are cut (and counted, for the run summary).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from crawler.extract.lexicon import LEXICON_DIR, read_rows
from facts.urls import DEFAULT_PORTS, decoded_path, hostname, port_of, query_params, scheme_of

WEIGHTS = {"occupation": 3, "course": 1}  # the kinds of data/lexicon/focus_words.csv
MAX_RELEVANCE = sum(WEIGHTS.values())
# priority = anchor × 4 + URL words × 2 (relevances 0..4) + 1 when the linking page is
# relevant: 0..25. A link's own words outweigh its page's; among links alike, those of a
# relevant page come first.
ANCHOR_WEIGHT, URL_WEIGHT, PAGE_WEIGHT = 4, 2, 1
_SQUASH = re.compile(r"[\s\-_.+/~:,;|]+")


# --- relevance ----------------------------------------------------------------------------


def squash(text: str) -> str:
    """Lower case without blanks and separators: ``AI 训练师`` and ``ai-trainer`` match cues."""
    return _SQUASH.sub("", text.lower())


@cache
def cue_patterns() -> dict[str, re.Pattern[str]]:
    """One regular expression per kind of cue word (squashed), from the lexicon file."""
    rows = read_rows(LEXICON_DIR / "focus_words.csv", ("word", "kind", "source"))
    words: dict[str, list[str]] = {kind: [] for kind in WEIGHTS}
    for row in rows:
        if row["kind"] not in WEIGHTS:
            raise ValueError(f"focus_words.csv: unknown kind {row['kind']!r} for {row['word']}")
        words[row["kind"]].append(re.escape(squash(row["word"])))
    return {kind: re.compile("|".join(sorted(w, key=len, reverse=True)))
            for kind, w in words.items() if w}


def text_relevance(text: str) -> int:
    """0 (no cue), 1 (course words), 3 (the occupation) or 4 (both)."""
    if not text:
        return 0
    squashed = squash(text)
    return sum(WEIGHTS[kind] for kind, pattern in cue_patterns().items()
               if pattern.search(squashed))


def url_words(url: str) -> str:
    """The words a URL's path and query carry (percent-decoded: Chinese slugs count)."""
    query = " ".join(f"{k} {v}" for k, v in query_params(url).items())
    return f"{decoded_path(url)} {query}"


@lru_cache(maxsize=65_536)  # a site's links repeat on every page (navigation, lists)
def url_relevance(url: str) -> int:
    return text_relevance(url_words(url))


@lru_cache(maxsize=65_536)
def anchor_relevance(anchor: str) -> int:
    """``text_relevance`` of a link's anchor text (short, and repeated page after page)."""
    return text_relevance(anchor)


@dataclass(frozen=True)
class LinkScore:
    anchor: int
    url: int
    page: int

    @property
    def relevant(self) -> bool:
        """The link itself (anchor or URL) names the occupation or a course."""
        return self.anchor > 0 or self.url > 0

    @property
    def priority(self) -> int:
        page = PAGE_WEIGHT if self.page > 0 else 0
        return self.anchor * ANCHOR_WEIGHT + self.url * URL_WEIGHT + page


def score_link(url: str, anchor: str, page_relevance: int = 0) -> LinkScore:
    """A link's relevance from its anchor text, its URL words and its page's relevance."""
    return LinkScore(anchor_relevance(anchor[:500]), url_relevance(url),
                     max(0, min(page_relevance, MAX_RELEVANCE)))


def link_priority(url: str, text: str, page_relevance: int = 0) -> int:
    """Scheduling priority of a link: higher the more it looks like a course or certificate."""
    return score_link(url, text, page_relevance).priority


def next_hops(link_relevant: bool, page_relevance: int, parent_hops: int) -> int:
    """Off-topic hops of a link: 0 when the link is relevant, else one more than its page's
    (a relevant page counts as 0)."""
    if link_relevant:
        return 0
    return 1 if page_relevance > 0 else parent_hops + 1


# --- path patterns ------------------------------------------------------------------------

_RUN = re.compile(r"[0-9A-Za-z]+")
_HEX = re.compile(r"[0-9a-f]{8,}")
_WORD_NUMBER = re.compile(r"([A-Za-z]+)(\d+)")
_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}$")
LONG_TOKEN = 20  # an alphanumeric run this long is an id whatever it holds
ID_DIGITS = 8  # a run of this many digits is an id: a generated hex token can be all digits


def _general_run(run: str) -> str:
    if run.isdigit() and len(run) < ID_DIGITS:
        return "{n}"
    has_digit = any(c.isdigit() for c in run)
    if (_HEX.fullmatch(run.lower()) and has_digit) or len(run) >= LONG_TOKEN:
        return "{id}"
    word_number = _WORD_NUMBER.fullmatch(run)
    if word_number:  # page2, kecheng2024: a word and a number
        return word_number.group(1).lower() + "{n}"
    if has_digit and len(run) >= 6:  # a mix of letters and digits: a generated token
        return "{id}"
    return run.lower()


def general_segment(segment: str) -> str:
    """One (decoded) path segment with its numbers and tokens generalized."""
    extension = _EXTENSION.search(segment)
    stem, suffix = (segment[: extension.start()], extension.group().lower()) if extension \
        else (segment, "")
    return _RUN.sub(lambda m: _general_run(m.group()), stem) + suffix


@lru_cache(maxsize=65_536)  # pure, and asked again for every link to a page already seen
def path_pattern(url: str) -> str:
    """``host[:port]/path`` with variable parts generalized; the query is left out.

    >>> path_pattern("http://a.cn/t/9f3ab2c7d1.html?s=2")
    'a.cn/t/{id}.html'
    """
    host = hostname(url)
    try:
        port = port_of(url)
    except ValueError:
        port = 0
    if port != DEFAULT_PORTS.get(scheme_of(url), 80):
        host = f"{host}:{port}"
    return host + "/".join(general_segment(s) for s in (decoded_path(url) or "/").split("/"))


# --- traps --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FocusLimits:
    """When a path pattern is a trap, and how far off-topic links are followed.

    Scrapy settings: ``CERTWATCH_FOCUS_TRAP_PAGES``,
    ``CERTWATCH_FOCUS_RELEVANT_SHARE``, ``CERTWATCH_FOCUS_TRAP_BUDGET``,
    ``CERTWATCH_FOCUS_MAX_HOPS``; ``CERTWATCH_FOCUS_ENABLED`` = False turns the cuts off.
    """

    trap_pages: int = 20  # pages of a pattern fetched before it can be judged a trap
    relevant_share: float = 0.1  # a pattern with fewer relevant pages than this is a trap
    trap_budget: int = 10  # pages a trap may still fetch
    max_hops: int = 8  # off-topic links followed in a row

    @classmethod
    def from_settings(cls, settings: Any) -> FocusLimits:
        default = cls()
        return cls(
            settings.getint("CERTWATCH_FOCUS_TRAP_PAGES", default.trap_pages),
            settings.getfloat("CERTWATCH_FOCUS_RELEVANT_SHARE", default.relevant_share),
            settings.getint("CERTWATCH_FOCUS_TRAP_BUDGET", default.trap_budget),
            settings.getint("CERTWATCH_FOCUS_MAX_HOPS", default.max_hops),
        )


def is_trap(pages: int, relevant: int, limits: FocusLimits) -> bool:
    """Enough pages requested under one pattern, and too few of them relevant.

    ``pages`` counts the requests let through (fetched or in flight), so a crawl pulling many
    requests at once cannot overshoot; ``relevant`` counts pages fetched and found relevant.
    """
    return pages >= limits.trap_pages and relevant < limits.relevant_share * pages


def budget_left(pages: int, limits: FocusLimits) -> bool:
    """Whether a trap may still fetch a page: ``trap_budget`` pages after it was judged."""
    return pages < limits.trap_pages + limits.trap_budget


def may_fetch(pages: int, relevant: int, limits: FocusLimits) -> bool:
    """Whether one more page of a pattern may be fetched: not a trap, or budget left."""
    return not is_trap(pages, relevant, limits) or budget_left(pages, limits)


def probe_priority(hops: int, limits: FocusLimits) -> int:
    """The priority of a trap's probe: below every ordinary link (< 0), deeper ones first.

    A trap's budget is spent on *probes*, one link per fetched page of the trap and one probe
    in flight at a time, the deepest first: the budget walks down one chain of the trap (to
    see whether anything relevant hides deep inside) instead of fetching its width.
    """
    return min(hops, limits.max_hops) - limits.max_hops - 1


def summarize(counts: dict[str, tuple[int, int, int]], too_far: int) -> dict[str, Any]:
    """The run-summary entry: the patterns whose requests were cut (pages fetched, pages
    relevant, requests cut), the total cut, and the links beyond ``max_hops``."""
    cut = {pattern: {"pages": p, "relevant": r, "cut": c}
           for pattern, (p, r, c) in sorted(counts.items(), key=lambda kv: -kv[1][2]) if c}
    return {"trap_patterns": cut, "requests_cut": sum(v["cut"] for v in cut.values()),
            "links_too_far": too_far}
