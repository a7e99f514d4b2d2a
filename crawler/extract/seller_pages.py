"""A page that sells without reading as an offer: a candidate for its seller's other ads.

A seller's home page ("三级班火热报名中，咨询 0517-…"), its group notice ("四级班开课，未交费
同学联系班主任微信…") or its video caption ("三证合一，零基础也能拿，咨询 153…") often never
names the occupation, or reads as a portal or a post among related links. Alone it cannot
be told from another course's page. But when a listed offer of the occupation on another
site gives the same contact, it is that seller's page: ``certwatch.operators.seller_pages``
lists it then. Here only the page's own part of that: it sells (sales words, a price, its
writer's pitch or invitation), gives a contact of a kind sellers give for themselves, and
nothing on it reports, raises the alarm or sells another occupation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from crawler.extract.text import normalize
from facts.contacts import SELLER_KINDS
from facts.contract import ContactMention

# the kinds of page a seller's own page is read as when it is not read as an offer: a
# portal or a post among links (other), a job post that enrols (a 招转培 lure), or a
# question answered by the seller's plug (qa_forum: a reader's or an asker's contact is not
# among its identifiers); never a news or warning article or a list
_CANDIDATE_KINDS = frozenset({"other", "job", "qa_forum"})
# what keeps a page from being a seller's ad whatever contact it gives: another occupation,
# a report, gambling spam, a page that says it sells nothing, a book
_DISQUALIFYING = ("other_occupation", "article_strong", "spam", "no_service", "book")
# or a title that warns and raises the alarm (曝光, 被骗, 谨防…): a complaint quoting the
# seller. A title that only asks or shares (…靠谱吗？, 报班经验, 避坑指南) heads soft ads too
_ALARM_TITLE = re.compile(r"骗|曝光|谨防|警惕|假证|查处|通报|辟谣|维权|投诉|举报|上当|黑名单|跑路|退款")
# how a page sells without a price or a sales word: its writer pitches a course of their
# own or invites the reader to reach them, or a short post gives no more than a contact
_SELLING = ("strong_sales", "has_fee", "pitch", "invitation", "terse_post")


def may_be_sellers_page(kind: str, features: Mapping[str, float],
                        identifiers: Sequence[ContactMention], title: str = "") -> bool:
    """True for a page titled ``title``, read as ``kind`` (not an offer) from ``features``,
    that sells and gives a seller's contact, with nothing reporting, raising the alarm or
    selling another occupation. A page vetoed only for not naming the occupation qualifies;
    a page vetoed for anything else (it names the occupation and still cannot be an offer)
    does not, but for a job post that enrols learners (a 招转培 lure)."""
    if kind not in _CANDIDATE_KINDS or not features:
        return False
    if any(features.get(name) for name in _DISQUALIFYING):
        return False
    if features.get("warning_title") and _ALARM_TITLE.search(normalize(title)):
        return False  # (not a seller's own notice that appends one: 开班通知，附防骗提醒)
    names_it = features.get("occupation_title") or features.get("occupation_sentences")
    # (a job post that enrols learners or charges for training, a 招转培 lure, sells a course)
    if features.get("vetoed") and names_it and not features.get("enrols"):
        return False
    # (a contact of a kind a seller gives for itself, in its text or in its site's frame: a
    # school's footer is the school's, a marketplace's is shared by its sellers and ties none)
    return (any(features.get(name) for name in _SELLING)
            and any(m.kind in SELLER_KINDS for m in identifiers))
