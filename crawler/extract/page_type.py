"""What kind of page is this? offer, offer_list, article, qa_forum, job or other, and why.

Only an ``offer`` page becomes a listing: a detail page of one offer, or a longer page in
which one reply, answer or soft ad makes one offer to the reader. The decision is a
multinomial logistic regression over named features (text cues from ``crawler.extract.offer``
and the page's structure from ``crawler.extract.page_structure``); its coefficients are a
JSON file (``data/models/page_type.json``) written by ``python -m
crawler.extract.train_page_type`` from the labeled webs under ``data/training/``. The
reasons are the features that pushed the chosen type most above the runner-up, in words.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from crawler.extract.offer import OfferSignals, decide_offer, offer_veto
from crawler.extract.page_structure import Structure
from store.config import DATA_DIR
from store.vocabulary import PAGE_TYPES

MODEL_PATH = DATA_DIR / "models" / "page_type.json"


def _log(n: float) -> float:
    return math.log1p(max(n, 0.0))


# feature name -> what it means, for the reasons a person reads
FEATURES: dict[str, str] = {
    "occupation_title": "the title names the occupation",
    "occupation_sentences": "sentences naming the occupation",
    "other_occupation": "another occupation dominates",
    "strong_sales": "sales cues (报名, 学费, 加微信 ...)",
    "weak_sales": "course words",
    "has_fee": "a price is asked",
    "paid_only": "prices are only what someone paid",
    "distinct_prices": "distinct prices",
    "has_contact": "a contact in the main text",
    "article_strong": "reporting cues (记者, 责任编辑, 据…报道 ...)",
    "article_weak": "warning words (谨防, 骗局, 投诉 ...)",
    "warning_title": "the title warns, reports or asks",
    "job_words": "recruiting words (岗位职责, 任职要求 ...)",
    "salary": "salary words",
    "spam": "gambling spam",
    "no_service": "says it sells no enrolment",
    "book": "book cues (ISBN, 出版社)",
    "rule_offer": "the sales-versus-reporting rule says offer",
    "vetoed": "a rule says it cannot be an offer",
    "list_items": "repeated linked blocks",
    "priced_items": "repeated blocks quoting prices",
    "occupation_items": "repeated blocks naming the occupation",
    "occupation_links": "links naming the occupation",
    "pagination": "pagination links",
    "form_fields": "form fields",
    "buy_buttons": "buttons",
    "product_markup": "product / course markup",
    "article_markup": "article markup",
    "qa_markup": "Q&A / forum markup",
    "job_markup": "JobPosting markup",
    "list_markup": "item-list markup",
    "byline": "a byline or publication time",
    "thread_cues": "reply and answer cues (楼主, 回答, 回复 ...)",
    "question_title": "the title asks a question",
    "text_length": "length of the main text",
    "priced_rows": "table rows quoting prices",
    "offer_window": "a price and a contact within a few lines (one post that sells)",
    "window_sells": "those lines sell in their own words (no warning, report or quote)",
    "pitch": "a seller's own pitch (我们…班, 报名找我们) with a contact close by",
    "invitation": "the writer invites the reader to reach them (想咨询直接打…, 有意向+vx …)",
    "terse_post": "a short post names the occupation and its writer's contact, and nothing more",
    "advertorial": "the page is labelled an advertisement (推广, 广告) and gives its advertiser's contact",
    "classified": "a classifieds post filed under education (类别：教育培训) gives its poster's contact",
    "sidebar_list": "its repeated blocks are a sidebar's related links (相关文章)",
    "enrols": "the post enrols learners or charges them for training (学员招募, 培训考证费)",
    "organizations": "organizations named as issuers",
    "url_list": "the URL looks like a list or search",
    "url_article": "the URL looks like an article",
    "url_qa": "the URL looks like a thread or question",
    "url_job": "the URL looks like a job posting",
    "url_item": "the URL looks like a product or course",
    "url_numbered_post": "the URL names one numbered post (ad-1.html, /hz/3011.html)",
}

# features only the rules read (``embedded_offer``), never weighed by the model: a thread's
# answer that invites the reader is an offer whatever else the page looks like
RULE_ONLY = frozenset({"invitation", "terse_post", "advertorial", "classified", "sidebar_list",
                       "enrols", "url_numbered_post"})
MODEL_FEATURES = tuple(f for f in FEATURES if f not in RULE_ONLY)


@dataclass(frozen=True)
class TextCounts:
    """Counts read from the main text that are not offer signals."""

    distinct_prices: int = 0
    paid_only: bool = False
    salary: int = 0
    thread_cues: int = 0
    question_title: bool = False
    byline: bool = False
    chars: int = 0
    priced_rows: int = 0
    organizations: int = 0
    offer_window: bool = False
    window_sells: bool = False
    pitch: bool = False
    invitation: bool = False
    terse_post: bool = False
    advertorial: bool = False
    classified: bool = False
    enrols: bool = False


def page_features(sig: OfferSignals, structure: Structure, counts: TextCounts
                  ) -> dict[str, float]:
    """The named feature vector of one page (counts on a log scale, flags as 0/1)."""
    rule_offer, _ = decide_offer(sig)
    vetoed = offer_veto(sig) is not None
    return {
        "occupation_title": float(sig.occupation_title),
        "occupation_sentences": _log(sig.occupation_sentences),
        "other_occupation": float(
            sig.other_title or sig.other_sentences > 2 * max(sig.occupation_sentences, 1)
        ),
        "strong_sales": _log(len(sig.strong_sales)),
        "weak_sales": min(sig.weak_sales, 6) / 6,
        "has_fee": float("价格" in sig.strong_sales),
        "paid_only": float(counts.paid_only),
        "distinct_prices": _log(counts.distinct_prices),
        "has_contact": float("联系方式" in sig.strong_sales),
        "article_strong": _log(len(sig.article_strong)),
        "article_weak": _log(len(sig.article_weak)),
        "warning_title": float(sig.warning_title is not None),
        "job_words": _log(sig.job),
        "salary": _log(counts.salary),
        "spam": float(sig.spam >= 2),
        "no_service": float(sig.no_service is not None),
        "book": float(sig.book >= 3),
        "rule_offer": float(rule_offer),
        "vetoed": float(vetoed),
        "list_items": _log(structure.list_items),
        "priced_items": _log(structure.priced_items),
        "occupation_items": _log(structure.occupation_items),
        "occupation_links": _log(structure.occupation_links),
        "pagination": float(structure.pagination),
        "form_fields": _log(structure.form_fields),
        "buy_buttons": _log(structure.buy_buttons),
        "product_markup": float(structure.product_markup),
        "article_markup": float(structure.article_markup),
        "qa_markup": float(structure.qa_markup),
        "job_markup": float(structure.job_markup),
        "list_markup": float(structure.list_markup),
        "byline": float(counts.byline),
        "thread_cues": _log(counts.thread_cues),
        "question_title": float(counts.question_title),
        "text_length": _log(counts.chars) / 10,
        "priced_rows": _log(counts.priced_rows),
        "organizations": _log(counts.organizations),
        "offer_window": float(counts.offer_window),
        "window_sells": float(counts.window_sells),
        "pitch": float(counts.pitch),
        "invitation": float(counts.invitation),
        "terse_post": float(counts.terse_post),
        "advertorial": float(counts.advertorial),
        "classified": float(counts.classified),
        "sidebar_list": float(structure.in_sidebar),
        "enrols": float(counts.enrols),
        **{name: float(name in structure.url_cues)
           for name in ("url_list", "url_article", "url_qa", "url_job", "url_item",
                        "url_numbered_post")},
    }


@dataclass(frozen=True)
class Model:
    """A multinomial logistic regression: one weight row and intercept per page type."""

    classes: tuple[str, ...]
    features: tuple[str, ...]
    weights: tuple[tuple[float, ...], ...]
    intercepts: tuple[float, ...]

    @classmethod
    def from_json(cls, data: Mapping[str, Any], where: str = "model") -> Model:
        try:
            classes = tuple(str(c) for c in data["classes"])
            features = tuple(str(f) for f in data["features"])
            weights = tuple(tuple(float(w) for w in row) for row in data["weights"])
            intercepts = tuple(float(b) for b in data["intercepts"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{where}: not a page-type model ({exc})") from exc
        if set(classes) - set(PAGE_TYPES):
            raise ValueError(f"{where}: unknown page types {sorted(set(classes) - set(PAGE_TYPES))}")
        if len(weights) != len(classes) or any(len(r) != len(features) for r in weights):
            raise ValueError(f"{where}: weights do not match classes × features")
        if set(features) - set(FEATURES):
            raise ValueError(f"{where}: unknown features {sorted(set(features) - set(FEATURES))}")
        return cls(classes, features, weights, intercepts)

    def scores(self, x: Mapping[str, float]) -> list[float]:
        vector = [x.get(f, 0.0) for f in self.features]
        return [b + sum(w * v for w, v in zip(row, vector, strict=True))
                for row, b in zip(self.weights, self.intercepts, strict=True)]


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> Model:
    """The page-type model at ``path``; ValueError naming the file when it is unusable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: cannot read the page-type model ({exc})") from exc
    return Model.from_json(data, str(path))


# pages inside which one post, answer or paragraph may make the offer (docs/domain.md §3.3);
# a job post that asks a course fee beside a contact sells the course ("包过" promises tied
# to jobs, §3.3)
EMBEDDING_TYPES = frozenset({"qa_forum", "article", "job"})
# pages whose other posts are other people's words (the question, replies, a board's pinned
# warning): there the selling post is read on its own lines
THREAD_TYPES = frozenset({"qa_forum", "job"})


# what a list page is made of: repeated blocks, links to items, pages of them, list markup
LIST_EVIDENCE = ("list_items", "priced_items", "occupation_items", "occupation_links",
                 "pagination", "list_markup", "priced_rows", "url_list")


def embedded_offer(x: Mapping[str, float], kind: str = "article") -> bool:
    """One block of a longer page of type ``kind`` sells: a price asked and a contact within
    a few lines, and the selling outweighs the reporting: in a thread on the post's own
    lines (the rest is other people's words), in an article on the whole page (the
    sales-versus-reporting rule), or on any page whose only list is a sidebar's when nothing
    on it reports. Or, priced or not, a seller pitches its own course in
    the first person with a contact close by (a thread's answer, a microblog post), or
    invites the reader to reach them; on a page that reads like an article (a classifieds
    post, a group notice) only when nothing on it reports or warns. Or a terse post says
    no more than the certificate and its writer's contact, or a labelled advertorial
    gives its advertiser's, or a classifieds post filed under education its poster's."""
    sells = x.get("window_sells") if kind in THREAD_TYPES else x.get("rule_offer")
    unreported = not (x.get("article_strong") or x.get("article_weak"))
    # (or a course card whose only list is a sidebar's related links, nothing reported on it)
    priced = ((kind in EMBEDDING_TYPES or (x.get("sidebar_list") and unreported))
              and x.get("offer_window") and x.get("has_fee") and sells)
    pitched = (x.get("pitch") or x.get("invitation")) and (
        kind in THREAD_TYPES or kind == "other" or x.get("rule_offer")
        # a seller's own post that prices its class ("我们…四级实战班 …2,380 元" … "加我微信"),
        # no reporter's words around it
        or (x.get("offer_window") and x.get("has_fee") and not x.get("article_strong"))
        or (x.get("invitation") and unreported))
    # a terse post (a caption, an answer, a bio: the certificate and a contact) sells, but
    # not as a job (its HR contact hires) unless it enrols learners (a 招转培 lure)
    terse = x.get("terse_post") and (kind != "job" or x.get("enrols"))
    # an advertorial its publisher labels as one (【推广】) sells, whatever its news template says
    advertised = x.get("advertorial") and kind in ("article", "other")
    # and so does a classifieds post filed under education, unless its title warns or asks
    classified = x.get("classified") and kind in ("article", "other") and not x.get("warning_title")
    return bool((priced or pitched or terse or advertised or classified) and not x.get("paid_only"))


LIST_PRICES = 1  # priced blocks a post's related-links bar may hold: a list prices more
# what shows a page is one post: its markup or its address (an article, a question)
POST_EVIDENCE = ("article_markup", "qa_markup", "url_article", "url_qa", "url_numbered_post")


def posts_beside_a_list(x: Mapping[str, float], leader: str) -> bool:
    """Read as a list, the page is one post among related links (a thread, a repost with
    its sidebar of other posts): at most one priced block (or any number in a sidebar of
    related links), no pages of them, and neither a
    price nor a list's address unless the page is marked up or addressed as one post, or is
    a terse post (a city's or a category's list prices its items; an article, a question, a
    classifieds post numbered under /fenlei/, or a caption prices its own). Its post may
    still sell, read as a thread's (``_beside_a_list_as``) or any other page's
    (``embedded_offer``)."""
    # (or its own lines are few: a terse post, a caption, a course card under related links)
    one_post = any(x.get(f) for f in POST_EVIDENCE) or x.get("terse_post")
    # (a thread's own pages, 1 2 3 下一页, page no list when its only list is a sidebar's)
    paged = x.get("pagination") and not x.get("sidebar_list")
    return (leader == "offer_list"
            and (x.get("priced_items", 0.0) <= _log(LIST_PRICES) or bool(x.get("sidebar_list")))
            and not (paged or ((x.get("url_list") or x.get("has_fee")) and not one_post)))


def _beside_a_list_as(x: Mapping[str, float]) -> str:
    """The kind a post beside a list is read as: a thread or a question (its address or its
    markup says so) on its own post's lines, any other page as a whole."""
    return "qa_forum" if x.get("url_qa") or x.get("qa_markup") else "other"


@dataclass(frozen=True)
class PageType:
    kind: str
    probability: float
    runner_up: str
    reasons: tuple[str, ...]

    def explain(self) -> str:
        """``offer (0.91, not article): a price is asked; sales cues: 5``."""
        because = "; ".join(self.reasons) or "no strong cue"
        return f"{self.kind} ({self.probability:.2f}, not {self.runner_up}): {because}"


def _describe(name: str, value: float) -> str:
    label = FEATURES[name]
    if value in (0.0, 1.0) and name not in ("text_length",):
        return label if value else f"no {label}"
    count = round(math.expm1(value)) if name != "weak_sales" else round(value * 6)
    if name == "text_length":
        count = round(math.expm1(value * 10))
    return f"{label}: {count}"


def classify(x: Mapping[str, float], model: Model | None = None, top: int = 3,
             veto: str | None = None) -> PageType:
    """The page type of feature vector ``x``, its probability, and the reasons in words.

    ``veto``: a rule's reason why the page cannot be an offer (``offer.offer_veto``); the
    model then chooses among the other types, and the veto leads the reasons.
    """
    model = model or load_model()
    scores = model.scores(x)
    peak = max(scores)
    exps = [math.exp(s - peak) for s in scores]
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    if veto is None and x.get("vetoed"):
        veto = FEATURES["vetoed"]
    if veto is not None and model.classes[order[0]] == "offer":
        order = [*order[1:], order[0]]
    if model.classes[order[0]] == "offer_list" and not any(x.get(f) for f in LIST_EVIDENCE):
        order = [*order[1:], order[0]]  # a list is made of items: a page with none is not one
    leader = model.classes[order[0]]
    if (veto is None and (leader in (*EMBEDDING_TYPES, "other") or posts_beside_a_list(x, leader))
            and embedded_offer(x, _beside_a_list_as(x) if leader == "offer_list" else leader)
            and "offer" in model.classes):  # one reply, answer or soft ad sells
        at = model.classes.index("offer")
        order = [at, *(i for i in order if i != at)]
    best, runner = order[0], order[1]
    pushes = sorted(
        ((model.weights[best][j] - model.weights[runner][j]) * x.get(f, 0.0), f)
        for j, f in enumerate(model.features)
    )
    reasons = [_describe(f, x.get(f, 0.0)) for push, f in reversed(pushes[-top:]) if push > 0]
    if model.classes[best] == "offer" and scores[best] < max(scores):
        reasons.insert(0, "one post or paragraph of a longer page sells (a price, the "
                          "seller's own pitch, or an invitation to reach the writer, with a "
                          "contact within a few lines)")
    if veto is not None:
        reasons = [veto, *(r for r in reasons if r != FEATURES["vetoed"])]
    return PageType(model.classes[best], exps[best] / sum(exps), model.classes[runner],
                    tuple(reasons))
