"""One page in, its facts out: the glue over the single-purpose extractors (pure, no network)."""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Collection, Sequence
from typing import Any

from lxml import etree

from crawler.extract.answers import (
    answer_lines,
    answer_texts,
    askers_contact_lines,
    comments_start,
    speaks_as_a_seller,
)
from crawler.extract.claims import page_claims
from crawler.extract.contact_forms import PLATFORM_CREDIT, header_labelled_cells
from crawler.extract.course_scope import fees_of_the_occupation
from crawler.extract.digest import content_digest, content_sketch
from crawler.extract.fees import dedupe_fees, extract_fees, fees_in_structured
from crawler.extract.html_tree import parse_page
from crawler.extract.identifiers import (
    SITE_IN_TEXT,
    find_identifiers,
    names_a_contact,
    reaches,
)
from crawler.extract.invitations import (
    classified_ad,
    enrols_learners,
    invitation_window,
    labelled_ad,
    terse_window,
)
from crawler.extract.issuers import extract_issuers
from crawler.extract.links import (
    canonical_url,
    extract_contacts,
    extract_region,
    published_date,
    verification_urls,
)
from crawler.extract.offer import (
    AI_CERT_SHORTHAND,
    COURSE_WORDS,
    SHORT_PAGE,
    asks,
    block_sells,
    offer_signals,
    offer_veto,
    stated_as_paid,
)
from crawler.extract.page_structure import PRICE, page_structure
from crawler.extract.page_type import PageType, TextCounts, classify, page_features
from crawler.extract.price_attrs import attribute_prices
from crawler.extract.provider import extract_provider
from crawler.extract.seller_pages import may_be_sellers_page
from crawler.extract.speakers import said_by_others
from crawler.extract.text import PageText, normalize, page_text, parse_html, text_content
from facts.contract import Fee, OfferFacts
from facts.levels import extract_levels
from facts.structured import app_state_html, read_app_state, read_microdata
from facts.urls import host_of, is_ip, join, path_of

logger = logging.getLogger(__name__)

_TITLE_SEPARATOR = re.compile(r"\s*(?:[-_|—–]|\s-\s)\s*")
SITE_NAME_CHARS = 16


def without_site_name(title: str) -> str:
    """A title without the site's name after its last separator ("…发证-学易购职业教育商城"):
    the site that shows an ad is not the body that issues its certificate."""
    parts = _TITLE_SEPARATOR.split(title.strip())
    if len(parts) >= 2 and 0 < len(parts[-1]) <= SITE_NAME_CHARS:
        return title.strip()[: title.strip().rfind(parts[-1])].rstrip(" -_|—–")
    return title


def site_name(title: str) -> str | None:
    """The site's name after the title's last separator ("启元数智的微言 | 微言" → 微言)."""
    parts = _TITLE_SEPARATOR.split(title.strip())
    return parts[-1] if len(parts) >= 2 and 0 < len(parts[-1]) <= SITE_NAME_CHARS else None


# the last lines of a page, from a platform's credit or the site's own notice on, are the
# site's footer even when not marked as one ("【聘才网安全提示】…" / "求职防骗热线 400-…")
_TAIL_LINES = 4
_SITE_NOTICE = r"\S{0,4}(?:安全提示|提示|提醒|声明|公告|客服|热线)"


def site_own_lines(sentences: list[str], title: str) -> list[str]:
    """Main lines that are the site's own, not marked as header or footer: its masthead (its
    name from the title and its domain, "微言 weiyan.cn" atop every user's post), and the
    last lines from a platform's credit or the site's own notice on (本页面由「报名通」小程序
    生成… / 更多活动 · bmtong.cn; 【聘才网安全提示】… / 求职防骗热线 400-…)."""
    name = site_name(title)
    notice = re.compile(re.escape(name) + _SITE_NOTICE) if name else None
    own = [s for s in sentences if name and s.strip().startswith(name)
           and ((len(s) <= len(name) + 30 and SITE_IN_TEXT.search(s))
                # its name and its domain, then whatever the site says of itself
                or SITE_IN_TEXT.match(s.strip()[len(name):].lstrip(" ·|:：")))]
    tail = sentences[-_TAIL_LINES:]
    start = next((i for i, s in enumerate(tail)
                  if PLATFORM_CREDIT.search(s) or (notice and notice.search(s))), None)
    return own + (tail[start:] if start is not None else [])


def page_title(page: PageText) -> str:
    """og:title, else <title>, else the first h1."""
    return (page.meta.get("og:title") or page.title or page.h1 or "").strip()


# any spelling of the occupation in raw HTML, simplified or traditional (a C-speed pre-check)
_RAW_OCCUPATION = re.compile(
    r"训练[师员]|訓練師|训练\s*[一二三四五1-5]\s*级|人工智能\s*训练|高级技师|" + AI_CERT_SHORTHAND.pattern + r"|数据标注|数据采集和处理|智能系统运维|标注员|標註員|標注員|标注师|標註師|算法测试员|算法測試員|AI\s*trainer|"
    r"artificial intelligence trainer|4-04-05-05|&#\d+;|"
    r"\\u8bad\\u7ec3\\u5e08|\\u6807\\u6ce8\\u5458",  # 训练师 / 标注员 escaped in JSON app state
    re.I,
)
# a page whose main text is this short is an application shell: its content is in its data
SHELL_CHARS = 200
_SALARY = re.compile(r"月薪|薪资|薪酬|底薪|年薪|时薪|日薪|提成|[kK]\s*/\s*月|元\s*/\s*(?:月|小时|天)|"
                     r"salary|per month|/month|per hour", re.I)
_THREAD = re.compile(r"楼主|沙发|板凳|\d+\s*楼|#\d+|回复|追问|采纳|赞同|个回答|条回答|回答者|答主|"
                     r"网友|评论|留言|举报|引用|\breply\b|\banswers?\b|\bposted by\b", re.I)
# a way to reach the seller; on social platforms also "点我头像", "评论区扣1", "看主页简介"
_CONTACT_CUE = re.compile(r"1[3-9]\d{9}|微信|邮箱|邮件|[vV][xX]|[wW][xX]|加[vV]|私信|私聊|滴滴|dd我|QQ|电话|热线|群号|进群|加群|"
                          r"联系|咨询|来电|留言|头像|主页|评论区|扣\s*[1一“\"]|戳我|看简介|置顶|"
                          # a sign-up page's address (报名入口👉 https://…/baoming)
                          r"报名(?:入口|链接|网址|地址|通道)|"
                          r"WhatsApp|WeChat|phone|contact|DM me", re.I)
OFFER_WINDOW = 4
# what a post that sells the course names: the occupation, a level, a class or course
# the writer of a note, video or thread marked in a reply: 作者, 楼主, 博主, UP主
_AUTHOR = re.compile(r"作者|楼主|博主|[Uu][Pp]\s*主")
_QUESTION_TITLE = re.compile(r"[?？]|吗|呢|么|如何|怎么|怎样|是否|有没有|哪里|哪家|靠谱|值得", re.I)


def _unrelated_page(tree: Any, url: str) -> OfferFacts:
    """Facts of a page that never names the occupation: title and canonical only."""
    title_el = tree.find(".//title")
    title = " ".join(text_content(title_el).split()) if title_el is not None else ""
    canonical = None
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            canonical = canonical_url(link.get("href"), url)
            break
    return OfferFacts(url=url, title=title, is_offer=False, page_type="other",
                      offer_evidence="other: does not name the AI-trainer occupation",
                      canonical_url=canonical)


def _with_structured(fees: list[Fee], structured: list[Fee]) -> list[Fee]:
    """Text fees plus the structured-data prices the text does not already state."""
    stated = {(f.amount_min, f.amount_max) for f in fees}
    return [*fees, *(f for f in dedupe_fees(structured)
                     if (f.amount_min, f.amount_max) not in stated)]


def _shell_content(tree: Any, warnings: list[str]) -> Any | None:
    """A page of its ``<noscript>`` fallback and its embedded app state, when it has either
    (a state skipped as nested too deep is added to ``warnings``)."""
    parts = [etree.tostring(child, encoding="unicode", with_tail=True)
             for noscript in tree.iter("noscript") for child in noscript]
    parts += [text for noscript in tree.iter("noscript") if (text := noscript.text or "").strip()]
    objects, problems = read_app_state(tree)
    warnings += problems
    state = app_state_html(objects)
    if not parts and not state:
        return None
    head = tree.find("head")
    head_html = etree.tostring(head, encoding="unicode") if head is not None else ""
    body = "".join(parts) + state
    return parse_html(f"<html>{head_html}<body><main>{body}</main></body></html>")


def offer_window(sentences: list[str], fees: list[Fee]) -> list[str]:
    """The lines from a price to a contact within a few consecutive lines (one post or
    answer that sells), the closest such pair; empty when there is none."""
    priced = {f.evidence for f in fees if not stated_as_paid(f.evidence)}
    # a price stated twice is kept once, with its first line: its other lines are priced too
    # (a question quotes "1980", the seller's reply below asks 四级1980)
    amounts = re.compile("|".join(rf"(?<![\d.]){int(f.amount_min)}(?![\d.])" for f in fees
                                  if not stated_as_paid(f.evidence)) or "(?!)")
    price_at = [i for i, s in enumerate(sentences) if s.strip() in priced or amounts.search(s)]
    if not price_at:
        return []
    contact_at = [i for i, s in enumerate(sentences)
                  if _CONTACT_CUE.search(s) or names_a_contact(s)]
    pairs = [(abs(i - j), min(i, j), max(i, j)) for i in price_at for j in contact_at
             if abs(i - j) < OFFER_WINDOW]
    if pairs:
        _, first, last = min(pairs)
        return sentences[first:last + 1]
    # the author gives the contact in a reply below (作者回复：…wx…, "王老师 作者：V：…")
    replies = [j for j, s in enumerate(sentences) if j > price_at[0] and names_a_contact(s)
               and (_AUTHOR.search(s[:40]) or (j > 0 and _AUTHOR.search(sentences[j - 1])
                                                and len(sentences[j - 1]) <= 30))]
    if not replies:
        return []
    j = replies[0]
    return [sentences[price_at[0]], *sentences[max(j - 1, price_at[0] + 1):j + 1]]


# a seller's own pitch, priced or not: the first person and the course (我们这边二级不卡年限,
# 我们学院开了周末班, 我们做企业团报, 报名找我们, 可以先进群看看往期学员)
_PITCH = re.compile(r"我们(?:这边|这里|学校|机构|学院|中心|公司|老师)?[^。！？!?]{0,16}?"
                    r"(?:[一二三四五1-5]\s*级|班|课|名额|报名|团报|报考|辅导|培训|考证|拿证|出证|学费|"
                    r"答疑群|学员群|录播|训练营|学员|实训|实习|"
                    # what an insider sells: a channel, a managed path (我们有渠道，全程托管)
                    r"渠道|托管|包过|保过)|"
                    # or in its brand's name (重庆智途教育有专门的技师直通车 …)
                    r"(?:教育|培训|学院|学校|学堂|职培|职训|课堂)(?:这边)?(?:在\S{0,8}?)?(?:有|开设|开了|推出)[^。！？!?]{0,10}?"
                    r"(?:班|直通车|课程|名额|渠道)|"
                    # or says what signing up now brings (现在报AI训练师中级，送三级课程)
                    r"现在报名?[^。！？!?]{0,12}?(?:[一二三四五1-5]\s*级|初级|中级|高级|班|课)|"
                    r"报名找我们|找我们报名|进群看看|私信我们|"
                    # or names itself as a school or a centre (我们是中科智培, 我们是国职人才评价中心)
                    r"我们是[^，。,！？!?\s]{2,14}?(?:中心|教育|机构|学校|学院|公司|培训|学堂|职培|智培|报名点|工作室)")


def pitch_window(sentences: list[str]) -> list[str]:
    """A seller's first-person pitch and the lines to a contact named on it, on one of the
    next two lines or on the line before; empty when there is none."""
    for i in range(len(sentences)):  # the pitch may run on ("我们匠心教育" / "开设三级")
        if _PITCH.search(normalize(" ".join(sentences[i:i + 2]))):
            # (the contact may come just before: "有问题直接电话 …" / "现在报…送三级课程")
            for j in (*range(i, min(i + 3, len(sentences))), *([i - 1] if i else [])):
                if names_a_contact(sentences[j]):
                    return sentences[min(i, j):max(i, j) + 1]
    return []


def author_frame(page: PageText) -> list[str]:
    """The page's lines outside its main text that may name its author (byline, header)."""
    return [*page.bylines, *page.link_lines, *page.boilerplate, *page.side, page.title]


def selling_answers(page: PageText, title: str, others: Collection[int], url: str,
                    answers: Sequence[set[int]]) -> list[bool]:
    """For each answer or floor, whether it is a terse post on its own (``terse_window``),
    read with the links in its lines (the next answer may warn), that speaks as a seller,
    under a question that does not itself report or warn."""
    if not block_sells([title]):  # under 是骗子吗？ the answers tell of a scam
        return [False] * len(answers)
    host, path = site_name(page.title or ""), path_of(url) or "/"
    every = set(range(len(page.sentences)))
    return [speaks_as_a_seller([page.sentences[i] for i in sorted(part)])
            and bool(terse_window(page.sentences, {*others, *(every - part)}, host,
                                  without_site_name(title), path,
                                  [(h, t) for h, t in page.main_links
                                   if t and any(t in page.sentences[i] for i in part)]))
            for part in answers]


def readers_answers(answers: Sequence[set[int]], sells: Sequence[bool]) -> set[int]:
    """The lines of the answers that sell nothing, when another answer sells: a reader's
    own contact there (我QQ 905517320，有资料可以分享) is no source of the seller's."""
    if not any(sells):
        return set()
    return {i for part, sold in zip(answers, sells, strict=True) if not sold for i in part}


def _terse_post(page: PageText, title: str, others: Collection[int], url: str,
                sells: Sequence[bool]) -> bool:
    """The page is a terse post (``terse_window``), or one of its answers is."""
    host, path = site_name(page.title or ""), path_of(url) or "/"
    return any(sells) or bool(terse_window(page.sentences, others, host, without_site_name(title),
                                           path, page.main_links))


def _text_counts(page: PageText, fees: list[Fee], title: str, organizations: int,
                 reachable: bool, others: Collection[int], url: str = "",
                 sells: Sequence[bool] = ()) -> TextCounts:
    """``reachable``: the page gives a seller's contact in its main text or a link;
    ``others``: the main lines a commenter wrote (``said_by_others``); ``url``: the page's
    (a site's home page is no terse post); ``sells``: whether each answer or floor sells on
    its own (``selling_answers``)."""
    main = "\n".join(page.sentences)
    window = offer_window(page.sentences, fees)
    pitch = pitch_window(page.sentences)
    # (a commenter's invitation under someone else's post sells nothing of that post's)
    invitation = invitation_window(page.sentences, {text for _, text in page.links}, others)
    rows = [" ".join(row) for table in page.tables for row in table.rows]
    return TextCounts(
        distinct_prices=len({(f.amount_min, f.amount_max) for f in fees}),
        paid_only=bool(fees) and all(stated_as_paid(f.evidence) for f in fees),
        salary=len(_SALARY.findall(main)),
        thread_cues=len(_THREAD.findall(main)),
        question_title=bool(_QUESTION_TITLE.search(normalize(title))),
        byline=bool(page.bylines or page.times or page.meta.get("article:published_time")),
        chars=len(main),
        priced_rows=sum(1 for row in rows if PRICE.search(row)),
        organizations=organizations,
        offer_window=bool(window),
        # on its own lines a post sells only with a way to reach its writer: named in
        # those lines, or a contact word there and the contact in a link or further on
        # (not a word like 电话 in a story with no contact anywhere: "机构电话里说包过")
        # (its contact given in a line that asks, 号码…靠谱吗？, is no seller's)
        window_sells=block_sells(window) and (
            any(names_a_contact(s) and not asks(s) for s in window)
            or (reachable and any(_CONTACT_CUE.search(s) and not asks(s) for s in window))),
        pitch=bool(pitch) and block_sells(pitch),
        invitation=bool(invitation) and block_sells(invitation),
        terse_post=_terse_post(page, title, others, url, sells),
        advertorial=labelled_ad(page.sentences, others, title),
        classified=classified_ad(page.sentences, others, title),
        enrols=enrols_learners([s for i, s in enumerate(page.sentences) if i not in others]),
    )


# topic tags: "#人工智能训练师三级#实操", "标签：人工智能训练师 考证", "Tags: AI trainer"
_TAGS = re.compile(r"^\s*(?:#|＃|标签|話題|话题|tags?\b)", re.I)


# a price of one of the national skill standard's levels (五级 1800元, 三级（高级工）3400元)
_LEVEL_PRICED = re.compile(r"[一二三四五]\s*级|初级工|中级工|高级工|技师")


def topic_context(page: PageText, url: str = "", fees: Sequence[Fee] = ()) -> list[str]:
    """What names the page's topic outside its text: its topic tags, its site's header and
    footer (a course blog's "人工智能训练师 · 在线课程" over a post that says only 三级班), and,
    on a page that prices skill levels, its own site's links (a school's 收费标准 page, 五级
    1800元 …, beside its link to 人工智能训练师五级/四级/三级培训)."""
    own_site = ([text for href, text in page.links if text and _same_site(url, href)]
                if url and any(_LEVEL_PRICED.search(f.evidence) for f in fees) else [])
    return [*(line for line in page.link_lines if _TAGS.search(line)), *page.boilerplate,
            *own_site]


def _same_site(url: str, href: str) -> bool:
    """Does ``href`` (from the page at ``url``) lead within the page's site? On an IP host,
    one site is a top folder (a loopback web serves many sites from one host)."""
    target = join(url, href)
    host = host_of(url)
    if not host or host_of(target) != host:
        return False
    return not is_ip(host) or path_of(target).split("/")[1:2] == path_of(url).split("/")[1:2]


def classify_page(page: PageText, tree: Any, url: str, title: str, fees: list[Fee],
                  main_contacts: bool, microdata: list[Any], organizations: int,
                  reachable: bool = False, others: Collection[int] = frozenset(),
                  sells: Sequence[bool] = ()) -> tuple[PageType, dict[str, float]]:
    """The page's type (with reasons) and the features it was decided from; ``others``:
    the main lines a commenter wrote; ``sells``: whether each answer sells on its own."""
    sig = offer_signals(
        title if title == page.h1 or not page.h1 else f"{title} {page.h1}",
        page.sentences,
        cta_texts=page.link_lines,
        # a price the writer says was paid (总共交了2300元) sells nothing
        has_fee=any(not stated_as_paid(f.evidence) for f in fees),
        has_contact=main_contacts,
        fee_texts=[f.evidence for f in fees],
        context=topic_context(page, url, fees),
    )
    structure = page_structure(tree, url, page.jsonld, page.meta, page.links, microdata)
    features = page_features(sig, structure, _text_counts(page, fees, title, organizations,
                                                          reachable, others, url, sells))
    return classify(features, veto=offer_veto(sig)), features


POSTER_ALT_CHARS = 10  # an image description this long tells what the image says


def with_poster_text(page: PageText) -> PageText:
    """A post told in its images (a notes app's "图都在上面啦" over a poster described as
    "人工智能训练师四级 招生海报 学费3380 可分期 加薇：…") is read with their descriptions
    when its own text is short."""
    if len(page.marked) > SHORT_PAGE:
        return page
    posters = [a for a in page.alts if len(a) >= POSTER_ALT_CHARS and a not in page.marked]
    return dataclasses.replace(page, marked=[*page.marked, *posters]) if posters else page


def read_page(html: str, url: str) -> tuple[OfferFacts, dict[str, float]]:
    """The facts of one page and the page-type features they were decided from."""
    if not isinstance(url, str):
        raise TypeError(f"extract_page: url must be a str, got {type(url).__name__}")
    tree, warnings = parse_page(html)
    if not _RAW_OCCUPATION.search(html):
        return _warned(_unrelated_page(tree, url), warnings), {}
    page = page_text(tree)
    warnings += page.warnings
    shell = _shell_content(tree, warnings) if sum(map(len, page.marked)) < SHELL_CHARS else None
    if shell is not None:
        tree = shell  # an app shell or a script-only page: read what its data says
        page = page_text(tree)
    page = with_poster_text(page)
    sentences = page.sentences
    title = page_title(page)
    microdata: list[Any] = []
    if page.has_microdata:
        microdata, problem = read_microdata(tree, url)
        warnings += [problem] if problem else []

    title_lines = [title] if title and title != page.h1 else []
    fees = extract_fees([*title_lines, *page.marked], page.tables,
                        {i + len(title_lines) for i in page.table_rows})
    if page.options:  # an enrolment form that prices its choices: "三级/高级工 — 3580元"
        fees = dedupe_fees([*fees, *extract_fees(page.options)])
    if page.jsonld or microdata:  # schema.org offers: a price may be stated only there
        fees = _with_structured(fees, fees_in_structured([*page.jsonld, *microdata]))
    if not fees:  # a price box a script fills from data attributes
        fees = dedupe_fees(attribute_prices(tree))
    fees = fees_of_the_occupation(fees, sentences)
    # image alt texts too: a QR code's alt often carries the WeChat id
    own = site_own_lines(sentences, page.title)
    # the title is read with the site's frame: "博研智能 - 课程报名 - boyanzs.net" names its site
    # (a commenter's own contact is not the seller's)
    answered = answer_texts(tree)
    others = (said_by_others(sentences, author_frame(page), comments_start(tree, sentences))
              | askers_contact_lines(tree, sentences, answered))
    answers = answer_lines(sentences, answered)
    sells = selling_answers(page, title, others, url, answers)
    readers = readers_answers(answers, sells)
    identifiers = find_identifiers([*(s for i, s in enumerate(sentences)
                                      if s not in own and i not in others and i not in readers),
                                    # (a poster's description already read as a line is not read again)
                                    *(a for a in page.alts if a not in page.marked),
                                    *header_labelled_cells([(t.header, t.rows) for t in page.tables])],
                                   [*page.boilerplate, *page.side, *own, *([page.title] if page.title else [])],
                                   page.links, page.main_links)
    # a way to reach the seller in the main text: the page-type patterns, or the identifier
    # reading's in or next to a line about the course (not a door maker's 热销产品…电话 on a
    # parasite page)
    main_contacts = bool(extract_contacts(sentences)) or any(
        names_a_contact(s) for i, s in enumerate(sentences)
        if any(COURSE_WORDS.search(n) for n in sentences[max(0, i - 1):i + 2]))
    reachable = any(m.place != "side" and (reaches(m) or m.kind == "domain") for m in identifiers)
    contacts = extract_contacts([*sentences, *page.boilerplate, *page.side], page.links)
    heading = [t for t in (page.title, page.h1) if t]
    issuers = extract_issuers([*(without_site_name(t) for t in title_lines), *sentences],
                              page.tables, page.jsonld, microdata, page.alts)
    kind, features = classify_page(page, tree, url, title, fees, main_contacts, microdata,
                                   len({i.name for i in issuers}), reachable, others, sells)
    is_offer = kind.kind == "offer"
    if is_offer and not fees and page.side:  # a price box in the sidebar of an offer page
        fees = extract_fees(page.side)
    provider = extract_provider(jsonld=page.jsonld, meta=page.meta, sentences=sentences,
                                bylines=page.bylines, boilerplate=page.boilerplate,
                                title=page.title)
    facts = OfferFacts(
        url=url,
        title=title,
        is_offer=is_offer,
        offer_evidence=kind.explain(),
        page_type=kind.kind,
        provider=provider,
        issuers=issuers,
        levels=extract_levels([*heading, *sentences, *page.options]),
        fees=fees,
        # a "查询：<a>domain</a>" line is mostly link text, so it sits among the link lines
        verification_urls=verification_urls([*sentences, *page.link_lines], page.links, url),
        claims=page_claims(sentences, title_lines),
        contacts=contacts,
        identifiers=identifiers,
        published=published_date(meta=page.meta, jsonld=page.jsonld, times=page.times,
                                 texts=[*sentences[:30], *page.boilerplate]),
        canonical_url=canonical_url(page.canonical, url),
        region=extract_region(title, sentences, page.boilerplate),
        sentences=sentences,
        content_digest=content_digest(sentences),
        content_sketch=content_sketch(sentences),
        sellers_page=not is_offer and may_be_sellers_page(kind.kind, features, identifiers, title),
    )
    return _warned(facts, warnings), features


def _warned(facts: OfferFacts, warnings: list[str]) -> OfferFacts:
    """``facts`` carrying ``warnings`` (each also logged with the page's URL)."""
    for message in warnings:
        logger.warning("%s: %s", facts.url, message)
    facts.warnings = list(dict.fromkeys(warnings))
    return facts


def extract_page(html: str, url: str) -> OfferFacts:
    """All the facts of one page: its type (offer or not, and why), issuers, levels, fees,
    links, claims.

    Pages that never name the occupation (most of the open web) take a fast path. A page
    whose main text is nearly empty is read from its ``<noscript>`` and embedded app state.
    """
    return read_page(html, url)[0]
