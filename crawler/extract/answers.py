"""A Q&A page's or a thread's answers, each its own writer's.

Q&A sites and forums wrap each answer or floor in an element of its own, named for what it
is (``<div class="answer">``, ``class="qa-ans"``, ``class="reply-item"``, Tieba's
``l_post``). One answer may sell (我们双证班两个都能拿，详情看 …) while the next warns
(快速拿证的都要小心): each is read as a post of its own, not the page as one. The markup
also names where a comment section starts, though it has no header (``comments_start``),
and the question whose own contact is the asker's (``askers_contact_lines``). Pure
functions over a parsed page.
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extract.identifiers import names_a_contact
from crawler.extract.offer import OCCUPATION, work_certified
from crawler.extract.text import normalize, text_content

# a class or id token that names one answer, reply or floor, under a site's own prefix or
# abbreviated as many templates do (qa-ans, wd-answer, bbs-floor), but not its parts
# (answer-meta, answer-list), a button (write-answer) or an author's reply inside a comment
# (comment-reply)
_ANSWER = re.compile(r"^(?:(?!write|add|new|my)[a-z]{1,8}[-_])?(?:answer|ans|floor)(?:[-_]?item)?$|"
                     r"^(?:reply|reply[-_]?item|post[-_]?floor|comment[-_]?item|l_post|"
                     r"best[-_]?answer)$", re.I)
_SPACE = re.compile(r"\s+")
# what a seller's answer says of its own course: enrolment, a class, a fee, a channel, a
# level, a scam's promise (docs/domain.md §3) (a reader's 我QQ…，有资料可以分享 or 去年考过了… under the asker's title says none)
_SELLERS_WORDS = re.compile(r"报名|报考|可以报|能报|招生|开班|[一二三四五1-5]\s*级|技师|班|课程|学费|费用|"
                            r"价格|收费|\d\s*元|渠道|名额|代报|代办|代考|协助|[包保]过|免考|拿证|下证|辅导|培训|我们")
_CLAUSE = re.compile(r"[^。！!？?；;]+[。！!？?；;]?")
MIN_ANSWERS = 2  # a page of answers: one alone is the page's own post


# many Q&A templates name the question and its answers with one letter (<article class="q">
# … <div class="a">): an "a" is an answer only on a page that has such a question
_QUESTION_TOKENS = frozenset({"q", "question"})


def _classes(element: etree._Element) -> list[str]:
    return (element.get("class") or "").split()


def _names_an_answer(element: etree._Element, lettered: bool = False) -> bool:
    tokens = [*_classes(element), element.get("id") or ""]
    return any(_ANSWER.match(t) or (lettered and t == "a") for t in tokens if t)


def answer_texts(root: etree._Element) -> list[str]:
    """The text of each answer, reply or floor on the page (outermost ones; normalized,
    without whitespace), or nothing when it has fewer than ``MIN_ANSWERS``."""
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    lettered = any(_QUESTION_TOKENS.intersection(_classes(el)) for el in elements)
    found = [el for el in elements if _names_an_answer(el, lettered)
             and not any(_names_an_answer(a, lettered) for a in el.iterancestors())]
    return [_key(text_content(el)) for el in found] if len(found) >= MIN_ANSWERS else []


# a comment section named by its class (<div class="comments">, class="comment-list"):
# under a video or a note it may open with no header at all
# (the container, not one comment or floor, class="cmt", which may be a thread's own post;
# nor a thread's replies: a seller may answer a question there under any name)
_COMMENTS = re.compile(r"^(?:comments|cmts|comment[-_]?(?:list|area|box|section|wrap)|cmt[-_]?list)$", re.I)


def comments_start(root: etree._Element, sentences: list[str]) -> int | None:
    """The index of the first of ``sentences`` inside an element whose class names a comment
    section, or None when the page has none (or none of its lines stands there)."""
    section = next((el for el in root.iter() if isinstance(el.tag, str)
                    and any(_COMMENTS.match(t) for t in _classes(el))), None)
    if section is None:
        return None
    text = _key(text_content(section))
    # the section's lines run together: the longest run of lines that stand in it (a short
    # line elsewhere, the author's name over the post, may stand in it too)
    best: tuple[int, int] | None = None  # (characters, first line)
    start, chars = 0, 0
    for i, line in enumerate(sentences):
        key = _key(line)
        if key and key in text:
            start, chars = (start, chars + len(key)) if chars else (i, len(key))
            best = max(best or (0, 0), (chars, -start))
        else:
            chars = 0
    return -best[1] if best else None


def askers_contact_lines(root: etree._Element, sentences: list[str], answers: list[str]) -> set[int]:
    """On a page of answers, the lines of its question (the element its class names ``q`` or
    ``question``) that give a contact: the asker's own (提问者：… 我QQ 893340125), not the
    seller's who answers below."""
    if not answers:
        return set()
    question = next((el for el in root.iter() if isinstance(el.tag, str)
                     and _QUESTION_TOKENS.intersection(_classes(el))), None)
    if question is None:
        return set()
    text = _key(text_content(question))
    return {i for i, s in enumerate(sentences)
            if (k := _key(s)) and k in text and not any(k in a for a in answers)
            and names_a_contact(s)}


def answer_lines(sentences: list[str], answers: list[str]) -> list[set[int]]:
    """For each answer, the indices of the page's ``sentences`` that stand in it."""
    if not answers:  # (most pages: no sentence need be keyed)
        return []
    keys = [_key(s) for s in sentences]
    return [{i for i, k in enumerate(keys) if k and k in answer} for answer in answers]


def _key(text: str) -> str:
    """``text`` normalized, without whitespace (an element's text is joined without it)."""
    return _SPACE.sub("", normalize(text))


def speaks_as_a_seller(lines: list[str]) -> bool:
    """Does an answer, in its own lines and not in its questions, name the occupation or
    its work, or speak of its course (enrolment, a class, a fee, a level)? Under a
    question, the title is the asker's: an answer that says nothing of a course but a
    contact sells nothing."""
    norms = [_told(normalize(line)) for line in lines]
    return (any(OCCUPATION.search(n) or _SELLERS_WORDS.search(n) for n in norms)
            or work_certified(norms))


def _told(line: str) -> str:
    """``line`` without the questions in it: a buyer asks (同问，代报靠谱吗？谁报过加我 …),
    a seller tells."""
    return "".join(c for c in _CLAUSE.findall(line) if not c.endswith(("?", "？")))
