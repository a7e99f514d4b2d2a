"""The digest of a page's main content: equal digests, same content (identity by content).

Normalized main-text sentences (NFKC, simplified script, no spaces) minus the lines that
change between two loads of one page without the offer changing (view and sales counters,
countdowns, "remaining places", dates and times of the request), hashed with SHA-1.
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


def content_digest(sentences: Sequence[str]) -> str | None:
    """SHA-1 (hex) of the stable main text; None when the page has almost none."""
    kept = [_SPACE.sub("", normalize(s)) for s in sentences if not _VOLATILE.search(s)]
    text = "\n".join(k for k in kept if k)
    if len(text) < 40:
        return None
    return hashlib.sha1(text.encode("utf-8")).hexdigest()
