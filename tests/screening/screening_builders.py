"""Builders for screening tests: registry records (notes/agencies.md), facts and matches."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from crawler.extract.claims import page_claims
from facts.contract import Fee, IssuerMention, OfferFacts
from registry.records import AgencyRecord, MatchResult

SEEN_ON = date(2026, 11, 28)

AGENCIES: dict[str, AgencyRecord] = {
    a.agency_id: a
    for a in [
        AgencyRecord(
            "DEMO-EVAL-01",
            "杭州数智职业技能评价有限公司",
            ("数智评价",),
            occupations=("4-04-05-05",),
            levels=(2, 3, 4, 5),
            region="浙江",
            valid_from=date(2021, 6, 1),
        ),
        AgencyRecord(
            "DEMO-EVAL-02",
            "广东粤才职业技能等级认定中心",
            ("粤才认定中心",),
            occupations=("4-04-05-05",),
            levels=(3, 4, 5),
            region="广东",
            valid_from=date(2021, 9, 1),
        ),
        AgencyRecord(
            "DEMO-EVAL-04",
            "江苏苏研职业技能评价有限公司",
            ("苏研评价",),
            occupations=("4-04-05-13",),
            levels=(3, 4, 5),
            region="江苏",
            valid_from=date(2023, 3, 1),
        ),
        AgencyRecord(
            "DEMO-EVAL-05",
            "四川天府数字技能评价中心",
            ("天府数字评价",),
            occupations=("4-04-05-05",),
            levels=(3, 4, 5),
            region="四川",
            valid_from=date(2021, 5, 1),
            status="suspended",
        ),
        AgencyRecord(
            "DEMO-EVAL-06",
            "山东鲁信职业技能鉴定有限公司",
            ("鲁信鉴定",),
            occupations=("4-04-05-05",),
            levels=(4, 5),
            region="山东",
            valid_from=date(2021, 1, 1),
            valid_to=date(2025, 6, 30),
        ),
        AgencyRecord(
            "GOV-MOHRSS",
            "中华人民共和国人力资源和社会保障部",
            ("人力资源和社会保障部", "人社部"),
            kind="government",
            occupations=("*",),
        ),
    ]
}

# name -> (status, agency_id, matched_name, explanation), as the matcher would answer.
MATCHES: dict[str, tuple[str, str | None, str | None, str]] = {
    "杭州数智职业技能评价有限公司": (
        "recognized",
        "DEMO-EVAL-01",
        "杭州数智职业技能评价有限公司",
        "exact name",
    ),
    "广东粤才职业技能等级认定中心": (
        "recognized",
        "DEMO-EVAL-02",
        "广东粤才职业技能等级认定中心",
        "exact name",
    ),
    "江苏苏研职业技能评价有限公司": (
        "recognized",
        "DEMO-EVAL-04",
        "江苏苏研职业技能评价有限公司",
        "exact name",
    ),
    "四川天府数字技能评价中心": (
        "recognized",
        "DEMO-EVAL-05",
        "四川天府数字技能评价中心",
        "exact name",
    ),
    "山东鲁信职业技能鉴定有限公司": (
        "recognized",
        "DEMO-EVAL-06",
        "山东鲁信职业技能鉴定有限公司",
        "exact name",
    ),
    "国家数智职业技能评价中心": (
        "lookalike",
        None,
        "杭州数智职业技能评价有限公司",
        "state-sounding prefix 国家 on 数智职业技能评价 (DEMO-EVAL-01)",
    ),
    "中国人工智能训练师认证中心": ("unrecognized", None, None, "no registry name above 60"),
    "人社部": ("government", "GOV-MOHRSS", "人社部", "government body alias"),
    "人力资源和社会保障部": ("government", "GOV-MOHRSS", "人力资源和社会保障部", "government body"),
}

HONEST_SENTENCES = [
    "人工智能训练师（四级/中级工）职业技能等级认定培训招生",
    "证书由杭州数智职业技能评价有限公司颁发，可在技能人才评价证书全国联网查询平台查询",
    "培训费2980元，含考试费",
    "报名条件：累计从事本职业或相关职业工作满规定年限",
    "符合条件的学员可按规定申领技能提升补贴",
]


def match_for(name: str) -> MatchResult:
    status, agency_id, matched, explanation = MATCHES.get(
        name, ("unrecognized", None, None, "no candidate")
    )
    score = (
        100.0 if status in {"recognized", "government"} else 80.0 if status == "lookalike" else 20.0
    )
    return MatchResult(name, status, agency_id, score, matched, explanation)  # type: ignore[arg-type]


def facts_of(
    sentences: Sequence[str] = (),
    *,
    issuers: Sequence[str] = (),
    levels: Sequence[int] = (),
    fees: Sequence[Fee] = (),
    verification_urls: Sequence[str] = (),
    is_offer: bool = True,
    title: str = "人工智能训练师证书报名",
    url: str = "http://example.test/ad.html",
) -> OfferFacts:
    mentions = [
        IssuerMention(name, next((s for s in sentences if name in s), name)) for name in issuers
    ]
    return OfferFacts(
        url=url,
        title=title,
        is_offer=is_offer,
        offer_evidence=title,
        issuers=mentions,
        levels=list(levels),
        fees=list(fees),
        verification_urls=list(verification_urls),
        # claims are read at extraction, as crawler.extract.page does for a real page
        claims=page_claims(list(sentences)),
        sentences=list(sentences),
    )


def fee(amount: float, sentence: str, level: int | None = None) -> Fee:
    return Fee(amount, amount, level=level, evidence=sentence)


def honest_facts(**changes) -> OfferFacts:
    """An honest level-4 offer by a recognized issuer: raises nothing."""
    base = dict(
        issuers=["杭州数智职业技能评价有限公司"],
        levels=[4],
        fees=[fee(2980, HONEST_SENTENCES[2], 4)],
        verification_urls=["http://zscx.osta.org.cn/"],
    )
    sentences = changes.pop("sentences", HONEST_SENTENCES)
    base.update(changes)
    return facts_of(sentences, **base)
