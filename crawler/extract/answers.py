"""A Q&A page's or a thread's answers, each its own writer's.

Q&A sites and forums wrap each answer or floor in an element of its own, named for what it
is (``<div class="answer">``, ``class="floor"``, ``class="reply-item"``, Tieba's
``l_post``). One answer may sell (我们双证班两个都能拿，详情看 …) while the next warns
(快速拿证的都要小心): each is read as a post of its own, not the page as one. Pure functions
over a parsed page.
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extract.text import normalize, text_content

# a class or id token that names one answer, reply or floor (not its parts: answer-meta)
_ANSWER = re.compile(r"^(?:answer|answer[-_]?item|reply|reply[-_]?item|floor|post[-_]?floor|"
                     r"comment[-_]?item|l_post|best[-_]?answer)$", re.I)
_SPACE = re.compile(r"\s+")
MIN_ANSWERS = 2  # a page of answers: one alone is the page's own post


def _names_an_answer(element: etree._Element) -> bool:
    tokens = [*(element.get("class") or "").split(), element.get("id") or ""]
    return any(_ANSWER.match(t) for t in tokens if t)


def answer_texts(root: etree._Element) -> list[str]:
    """The text of each answer, reply or floor on the page (outermost ones; normalized,
    without whitespace), or nothing when it has fewer than ``MIN_ANSWERS``."""
    found = [el for el in root.iter() if isinstance(el.tag, str) and _names_an_answer(el)
             and not any(_names_an_answer(a) for a in el.iterancestors())]
    return [_key(text_content(el)) for el in found] if len(found) >= MIN_ANSWERS else []


def answer_lines(sentences: list[str], answers: list[str]) -> list[set[int]]:
    """For each answer, the indices of the page's ``sentences`` that stand in it."""
    if not answers:  # (most pages: no sentence need be keyed)
        return []
    keys = [_key(s) for s in sentences]
    return [{i for i, k in enumerate(keys) if k and k in answer} for answer in answers]


def _key(text: str) -> str:
    """``text`` normalized, without whitespace (an element's text is joined without it)."""
    return _SPACE.sub("", normalize(text))
