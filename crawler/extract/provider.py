"""Who sells the course: the training school, merchant or account behind the ad.

Strongest signal first: JSON-LD provider/seller; a label on the page (商家：, 入驻机构：, 培训机构：,
主办方：); the author/account byline (a WeChat article's account name); then the site's own name
(og:site_name, the © line, the title's suffix). A platform that only hosts other people's ads
(便民网, 商城, 论坛, 分类信息 …) is not the provider: with no merchant named, there is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from crawler.extract.offer import OCCUPATION
from crawler.extract.text import normalize
from facts.structured import walk

_PROVIDER_LABELS = re.compile(
    r"(?:主办方|培训机构|培训单位|招生单位|学校名称|机构名称|培训学校|授课机构|开课机构|运营方|运营单位|"
    r"服务机构|商家|入驻机构|店铺|卖家|发布机构|公众号|开课单位|承办单位|承办方|"
    # a classifieds form's own field ("机构 | 鼎盛教育"); an assessing or issuing body is not
    # the seller (评价机构, 发证机构)
    # (nor a menu's 分支机构 | 合作机构 | 加盟机构 entry)
    r"(?<!评价)(?<!认定)(?<!鉴定)(?<!考核)(?<!发证)(?<!颁证)(?<!监管)(?<!主管)(?<!分支)(?<!合作)(?<!加盟)"
    r"(?<!下属)机构)\s*(?:名称)?\s*"
    r"(?:[:|]\s*)+(?P<org>[^,;。!?|\s]{2,40})"
)
_PROVIDER_LABEL_WORD = re.compile(r"主办|机构|单位|学校|运营|商家|店铺|卖家|公众号|承办")
_COPYRIGHT_BEFORE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©)?\s*(?:\d{4}\s*(?:-\s*\d{4})?)?\s*[:]?\s*"
    r"(?P<org>[^,;。|@·]{2,40}?)\s*(?=版权所有|all rights|保留所有|[\u4e00-\u9fff]?ICP|备案|\d{4}|·|$)",
    re.I,
)
_RIGHTS_AFTER_LABEL = re.compile(
    r"版权所有\s*[:\s]\s*(?P<org>[^,;。|@·\s]{2,40}?)(?=\s|[\u4e00-\u9fff]?ICP|$)"
)
# "X（…）开设人工智能训练师…班", "X现面向社会招收…学员": the organization running the class
_RUNS_CLASS = re.compile(
    r"(?P<org>[\u4e00-\u9fffA-Za-z0-9·]{4,30}?(?:学校|学院|中心|公司|集团|研究院|协会|学会|机构|教育))"
    r"(?:\s*\([^)]{0,40}\))?\s*(?:现|常年|长期|将|正在|今年|特|定于[^,;。]{0,14}?)?\s*"
    r"(?:开设|开办|举办|招收|招生|面向社会|面向全国|开放|组织开展|开展|推出)"
)
# a branch or franchise desk's operating company, named beside the branch (广州分中心（运营：
# 广州粤智教育咨询有限公司）承接…): the business that runs it, whatever brand it stands under
# (a school's own 运营主体：… is the company behind the school itself: no branch is named)
_RUN_BY = re.compile(r"(?:分中心|分校|分部|校区|加盟|合作点|服务点|代理)[^。；;]{0,12}?(?<![\u4e00-\u9fff])"
                     r"运营(?:主体|商)?\s*[:：]\s*"
                     r"(?P<org>[\u4e00-\u9fffA-Za-z0-9()（）·]{4,40}?(?:公司|学校|中心|工作室))")
_RIGHTS_BEFORE = re.compile(r"(?P<org>[^,;。|©·]{2,40}?)\s*版权所有")
_RUNS_CLASS_VERB = re.compile(r"开设|开办|举办|招收|招生|面向社会|面向全国|开放|开展|推出")
_TITLE_SEP = re.compile(r"\s+[-_|–—·]\s+|\s*[|｜_]\s*|\s+-\s*|\s*-\s+")
# names of sites that carry other people's ads or posts, and of page sections
_PLATFORM = re.compile(
    r"便民|分类|同城|商城|集市|优选|论坛|社区|贴吧|BBS|平台|门户|头条|百科|知道|问答|资讯|新闻|手机版|"
    r"专区|频道|栏目|首页|列表|详情|会员|导航|博客|空间|Powered by",
    re.I,
)
_JSONLD_PROVIDER_KEYS = ("provider", "seller", "offeredBy", "brand")


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        props = value.get("properties")
        if isinstance(props, dict) and "name" not in value:
            value = props
        name = value.get("name") or value.get("legalName")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def provider_from_jsonld(data: Iterable[Any]) -> str | None:
    """provider / seller / offeredBy / brand of the first JSON-LD item that names one."""
    for node in walk(list(data)):
        for key in _JSONLD_PROVIDER_KEYS:
            if key in node:
                names = [n.strip() for n in _names(node[key]) if n.strip()]
                if names:
                    return names[0]
    return None


# a contact's label read where a name stood ("© 2026 联系电话：…")
_CONTACT_LABEL = re.compile(r"(?:联系|咨询|报名|客服|服务)?(?:电话|手机|热线|微信|邮箱|地址|官网|网址|方式)")


def _usable(name: str | None) -> str | None:
    """``name`` when it can be a seller's name: not a platform, a section, or an ad headline."""
    if not name:
        return None
    name = name.strip(" \t:：|·-—")
    norm = normalize(name)
    if not 2 <= len(norm) <= 30 or _PLATFORM.search(norm) or OCCUPATION.search(norm):
        return None
    if re.search(r"\d{2,}|[!?！？]", norm) or _CONTACT_LABEL.fullmatch(norm):
        return None
    # "杭州商企云信息技术有限公司（统一社会信用代码": the name, not the label after it
    return re.sub(r"\s*[(（]\s*(?:统一社会)?信用代码.*$", "", name) or None


def provider_from_footer(lines: Sequence[str]) -> str | None:
    """The owner named by a © / 版权所有 line."""
    for line in lines:
        norm = normalize(line)
        for pattern in (_COPYRIGHT_BEFORE, _RIGHTS_BEFORE, _RIGHTS_AFTER_LABEL):
            m = pattern.search(norm)
            if m:
                name = line[m.start("org"):m.end("org")] if len(line) == len(norm) else m.group("org")
                name = re.sub(r"^(?:©|\d{4}(?:-\d{4})?)\s*", "", name).strip()
                if _usable(name) and not name.lower().startswith(("all rights", "reserved")):
                    return name
    return None


def provider_from_title(title: str) -> str | None:
    """The site name after the last separator of a title ("人工智能训练师报名 - 智学教育")."""
    parts = [p for p in _TITLE_SEP.split(title) if p.strip()]
    return parts[-1].strip() if len(parts) > 1 else None


def extract_provider(*, jsonld: Iterable[Any] = (), meta: dict[str, str] | None = None,
                     sentences: Sequence[str] = (), bylines: Sequence[str] = (),
                     boilerplate: Sequence[str] = (), title: str = "") -> str | None:
    """The seller / training school, from the strongest signal the page gives, or None."""
    found = provider_from_jsonld(jsonld)
    if found:
        return found
    for sentence in sentences:  # (not a footer's 网站运营：…, the platform's)
        m = _RUN_BY.search(normalize(sentence)) if "运营" in sentence else None
        if m and (name := _usable(m.group("org"))):
            return name
    for sentence in [*sentences, *boilerplate]:
        norm = normalize(sentence)
        if not _PROVIDER_LABEL_WORD.search(norm):
            continue
        m = _PROVIDER_LABELS.search(norm)
        if m:
            name = _usable(sentence[m.start("org"):m.end("org")])
            if name:
                return name
    for sentence in sentences:
        norm = normalize(sentence)
        if not _RUNS_CLASS_VERB.search(norm):  # cheap gate before the backtracking pattern
            continue
        m = _RUNS_CLASS.search(norm)
        if m:
            name = _usable(sentence[m.start("org"):m.end("org")])
            if name and not re.match(r"^(?:本|我|该|贵)", name):
                return name
    meta = meta or {}
    candidates = [meta.get("og:site_name"), meta.get("application-name"),
                  provider_from_footer(boilerplate), provider_from_title(title)]
    on_platform = any(c and _PLATFORM.search(normalize(c)) for c in candidates)
    if not on_platform:  # on a forum or board, bylines are the posters, not sellers
        for line in bylines:
            name = _usable(line)
            if name:
                return name
    for candidate in candidates:
        name = _usable(candidate)
        if name:
            return name
    return None

