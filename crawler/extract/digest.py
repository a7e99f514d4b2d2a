"""The digest of a page's main content: equal digests, same content (identity by content).

The longest normalized main-text sentences and those giving a contact number (NFKC,
simplified script, no spaces, no dashes or dots between digits), without the
lines that change between two loads of one page while the offer does not (view and sales
counters, countdowns, "remaining places", times of the request), hashed with SHA-1.
Two URLs whose digests agree show the same main content (DUST: different URLs, similar
text); see ``crawler.identity``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from crawler.extract.text import normalize

_VOLATILE = re.compile(
    r"浏览|阅读|已售|销量|人已|人报名|人购买|人付款|人想要|已报|剩余|仅剩|还剩|倒计时|在线人数|点赞|收藏|"
    r"评论\s*\d|\d+\s*条评论|\d{1,2}:\d{2}|刚刚|分钟前|小时前|天前|views?\b|sold\b|left\b",
    re.I,
)
_SPACE = re.compile(r"\s+")
_DIGIT_SEPARATORS = re.compile(r"(?<=\d)[-—–.](?=\d)")
_CONTACT_NUMBER = re.compile(r"\d{7,}")  # a phone, QQ or id (not a price, a year or a level)
CORE_SENTENCES = 6
MIN_SENTENCE = 12


def content_digest(sentences: Sequence[str]) -> str | None:
    """SHA-1 (hex) of the page's longest stable sentences; None when it has too little text.

    The longest sentences carry the offer (its description, conditions, fees); menus,
    cookie notices, print headers and platform notes that a mirror or a print view adds or
    drops are short, and stay out of the digest.
    """
    kept = {_DIGIT_SEPARATORS.sub("", _SPACE.sub("", normalize(s)))
            for s in sentences if not _VOLATILE.search(s)}
    longest = sorted((k for k in kept if len(k) >= MIN_SENTENCE), key=lambda k: (-len(k), k))
    # (and the lines that give a number to call or quote: sellers paste the same long lines
    # of the national standard, 本课程依据《人工智能训练师国家职业技能标准》…, under their
    # own contacts, and a mirror or print view keeps the contact)
    core = sorted({*longest[:CORE_SENTENCES],
                   *(k for k in kept if _CONTACT_NUMBER.search(k))})
    if sum(len(k) for k in core) < 40:
        return None
    return hashlib.sha1("\n".join(core).encode("utf-8")).hexdigest()


# A bottom-k sketch of the page's sentences: the k smallest sentence hashes. Near-duplicate
# pages (a print view, a mobile page that drops a few lines) share most sentences; the share
# of the k smallest hashes of both pages that both pages hold estimates their Jaccard
# similarity (one hash per sentence: cheap enough for every page).
SKETCH_SLOTS = 32
MIN_SKETCH_SENTENCES = 4


def content_sketch(sentences: Sequence[str]) -> list[int] | None:
    """The k smallest hashes of the page's stable sentences; None when it has too few."""
    hashes = {
        int(hashlib.sha1(k.encode("utf-8")).hexdigest()[:15], 16)
        for k in (_SPACE.sub("", normalize(s)) for s in sentences if not _VOLATILE.search(s))
        if len(k) >= 6
    }
    if len(hashes) < MIN_SKETCH_SENTENCES:
        return None
    return sorted(hashes)[:SKETCH_SLOTS]


def sketch_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two pages' sentence sets (bottom-k estimator)."""
    if not a or not b:
        return 0.0
    both = set(a) & set(b)
    union = sorted(set(a) | set(b))[:SKETCH_SLOTS]
    return sum(1 for h in union if h in both) / len(union)
