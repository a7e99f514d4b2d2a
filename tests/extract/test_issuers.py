"""Issuers named by ads (docs/domain.md §2.2, §3.3) and the provider who sells the course."""

from __future__ import annotations

import pytest

from crawler.extract.issuers import (
    extract_issuers,
    issuers_in_structured,
    issuers_in_text,
    trim_org,
)
from crawler.extract.provider import extract_provider
from crawler.extract.text import Table


def names(text: str, source: str = "text") -> list[str]:
    return [m.name for m in issuers_in_text(text, source)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("考试合格后由杭州数智职业技能评价有限公司颁发证书", ["杭州数智职业技能评价有限公司"]),
        ("学员考试合格后可获得由人社部颁发的证书", ["人社部"]),
        ("证书由人力资源和社会保障部社会保障能力建设中心颁发",
         ["人力资源和社会保障部社会保障能力建设中心"]),
        ("证书由工业和信息化部教育与考试中心颁发", ["工业和信息化部教育与考试中心"]),
        ("人工智能三级考试由国家工信部职业技能鉴定中心主办", ["国家工信部职业技能鉴定中心"]),
        ("JYPC全国职业资格考试认证中心颁发，全国通用", ["JYPC全国职业资格考试认证中心"]),
        ("国家人社部认证，终身有效", ["国家人社部"]),
        ("人社部、工信部联合颁发", ["人社部", "工信部"]),
        ("由北京中关村人才发展评价中心和中国人工智能学会联合颁发",
         ["北京中关村人才发展评价中心", "中国人工智能学会"]),
        ("发证机构：杭州数智职业技能评价有限公司（浙江省人社厅备案）",
         ["杭州数智职业技能评价有限公司"]),
        ("发证单位 | 广东粤才职业技能等级认定中心", ["广东粤才职业技能等级认定中心"]),
        ("认证机构：中国人工智能训练师认证中心", ["中国人工智能训练师认证中心"]),
        ("证书由廣東粵才職業技能等級認定中心頒發", ["廣東粵才職業技能等級認定中心"]),
        ("由深圳云图智能科技有限公司统一核发职业技能等级证书", ["深圳云图智能科技有限公司"]),
        ("四川天府数字技能评价中心签发", ["四川天府数字技能评价中心"]),
    ],
)
def test_issuer_phrasings(text: str, expected: list[str]):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "本证书并非人社部颁发",
        "谨防冒充人社部颁发的山寨证书",
        "所谓人社部颁发的证书都是骗局",
        "人工智能训练师认证培训",
        "权威部门认证",
        "由当地人社部门颁发",
        "经人社部门备案认定",
        "由正规评价机构颁发",
        "职业技能等级认定中心",
    ],
)
def test_not_issuers(text: str):
    assert names(text) == []


def test_alt_text_of_certificate_sample():
    assert names("广东粤才职业技能等级认定中心证书样本", "alt") == ["广东粤才职业技能等级认定中心"]


def test_table_column_of_issuers():
    table = Table(header=["证书", "发证机构"],
                  rows=[["人工智能训练师三级", "北京中关村人才发展评价中心"]])
    found = extract_issuers([], [table])
    assert [(m.name, m.source) for m in found] == [("北京中关村人才发展评价中心", "table")]


def test_jsonld_credential_recognized_by_is_an_issuer_provider_is_not():
    data = [{
        "@type": "Course",
        "provider": {"@type": "Organization", "name": "智学教育"},
        "educationalCredentialAwarded": {
            "@type": "EducationalOccupationalCredential",
            "recognizedBy": {"@type": "Organization", "name": "杭州数智职业技能评价有限公司"},
        },
    }]
    assert [m.name for m in issuers_in_structured(data, "jsonld")] == ["杭州数智职业技能评价有限公司"]
    assert extract_provider(jsonld=data) == "智学教育"


def test_microdata_recognized_by():
    items = [{"type": "https://schema.org/Course",
              "properties": {"hasCredential": {"properties": {
                  "recognizedBy": {"properties": {"name": "四川天府数字技能评价中心"}}}}}}]
    found = issuers_in_structured(items, "microdata")
    assert [m.name for m in found] == ["四川天府数字技能评价中心"]
    items = [{"type": "https://schema.org/Course",
              "properties": {"recognizedBy": "四川天府数字技能评价中心"}}]
    assert [m.name for m in issuers_in_structured(items, "microdata")] == ["四川天府数字技能评价中心"]


def test_dedupe_by_normalized_name_keeps_first_as_written():
    found = extract_issuers(["由广东粤才职业技能等级认定中心颁发", "發證機構：廣東粵才職業技能等級認定中心"])
    assert [m.name for m in found] == ["广东粤才职业技能等级认定中心"]


@pytest.mark.parametrize(
    ("raw", "trimmed"),
    [
        ("杭州数智职业技能评价有限公司颁发的", "杭州数智职业技能评价有限公司"),
        ("“中国人工智能学会”", "中国人工智能学会"),
        ("考核合格后由XX培训中心", "XX培训中心"),
        ("本机构", None),
        ("相关部门", None),
        ("人工智能训练师", None),
    ],
)
def test_trim_org(raw: str, trimmed: str | None):
    assert trim_org(raw) == trimmed


def test_provider_sources_in_order_of_strength():
    assert extract_provider(meta={"og:site_name": "智学教育"}) == "智学教育"
    assert extract_provider(sentences=["培训机构：杭州智学职业培训学校"]) == "杭州智学职业培训学校"
    assert (extract_provider(boilerplate=["© 2026 杭州智学教育科技有限公司 版权所有 浙ICP备12345678号"])
            == "杭州智学教育科技有限公司")
    assert extract_provider(boilerplate=["Copyright © 2019-2026 智学在线 All Rights Reserved"]) == "智学在线"
    assert extract_provider(title="人工智能训练师报名 - 智学教育") == "智学教育"
    assert extract_provider() is None


def test_merchant_on_a_platform_is_the_provider_not_the_platform():
    assert extract_provider(
        meta={"og:site_name": "杭州便民网"},
        sentences=["发布时间：2026-11-10 区域：成都 商家：蓉城职考 微信：tfks2026"],
    ) == "蓉城职考"
    assert extract_provider(sentences=["入驻机构：粤职通教育"], title="课程 - 智学优选课程商城") == "粤职通教育"
    assert extract_provider(meta={"og:site_name": "杭州便民网"}, title="出证 - 杭州便民网") is None
    assert extract_provider(boilerplate=["职场人论坛 版权所有 · 粤ICP备19088214号"]) is None
    # a classifieds board ("…分类") or a marketplace ("…集市") hosts sellers; its post form
    # names the seller in a field of its own, never the body that assesses or issues
    assert extract_provider(sentences=["机构 | 鼎盛教育"], title="四级报名 - 易城分类") == "鼎盛教育"
    assert extract_provider(sentences=["评价机构 | 上海数智评价有限公司"],
                            title="四级报名 - 易城分类") is None
    assert extract_provider(title="优课学堂 人工智能训练师 - 优学集市") is None


def test_article_account_byline_is_the_provider():
    assert extract_provider(bylines=["AI考证小助手"], title="人工智能训练师四级考证") == "AI考证小助手"


def test_title_suffix_must_look_like_a_name():
    assert extract_provider(title="双十一特惠 | 人工智能训练师三级 最后48小时") is None
    assert (extract_provider(boilerplate=["版权所有 华夏技能培训网 京ICP备09012345号"])
            == "华夏技能培训网")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发证单位： | 鲁信鉴定", ["鲁信鉴定"]),
        ("认定机构：天府数字评价", ["天府数字评价"]),
        ("認證機構：亞洲人工智能訓練師認證總會", ["亞洲人工智能訓練師認證總會"]),
        ("经与杭州数智职业技能评价有限公司协商，认定考试定于12月20日举行", ["杭州数智职业技能评价有限公司"]),
        ("深圳云图智能科技有限公司为经广东省人社部门备案的职业技能等级认定用人单位",
         ["深圳云图智能科技有限公司"]),
        ("经人社部备案的评价机构——江苏苏研职业技能评价有限公司，现开放报名", ["江苏苏研职业技能评价有限公司"]),
        ("证书可登录人社部职业技能鉴定中心全国联网查询系统查询", []),
        ("证书查询：人社部职业技能鉴定中心 http://jndj.osta.org.cn", []),
        ("证书落款：北京中关村人才发展评价中心", ["北京中关村人才发展评价中心"]),
        ("权威发证：JYPC", ["JYPC"]),
        ("发证：全国通用，终身有效", []),
        ("认证：国家认可", []),
        ("江苏苏研职业技能评价有限公司主办，南京智领职业培训学校承办", ["江苏苏研职业技能评价有限公司"]),
    ],
)
def test_more_issuer_phrasings(text: str, expected: list[str]):
    assert names(text) == expected


def test_evaluator_named_as_provider_or_author_in_jsonld_is_an_issuer():
    data = [{"@type": "Course", "author": {"@type": "Organization", "name": "人力资源和社会保障部职业技能鉴定中心"},
             "provider": {"@type": "Organization", "name": "鼎学教育"}}]
    assert [m.name for m in issuers_in_structured(data, "jsonld")] == ["人力资源和社会保障部职业技能鉴定中心"]


def test_provider_is_the_organization_running_the_class():
    assert extract_provider(sentences=[
        "杭州启明职业技能培训学校（民办学校办学许可证：教民133010870001234号）开设人工智能训练师四级周末班。"
    ], meta={"og:site_name": "杭州便民网"}) == "杭州启明职业技能培训学校"
    assert extract_provider(sentences=["山东鲁信职业技能鉴定有限公司现面向社会招收人工智能训练师学员。"],
                            bylines=["鲁信职培"]) == "山东鲁信职业技能鉴定有限公司"


def test_a_footers_contact_label_is_no_seller_and_a_name_loses_the_code_label_after_it() -> None:
    assert extract_provider(boilerplate=["华讯数科 © 2026 联系电话:0755-86237710"]) is None
    assert extract_provider(boilerplate=[
        "商企黄页网 版权所有 运营单位：杭州商企云信息技术有限公司（统一社会信用代码 91330106MA2H7XB556）"
    ]) == "杭州商企云信息技术有限公司"


def test_a_branch_page_names_the_company_that_runs_it_and_a_menu_names_none() -> None:
    # a franchise desk on a brand's site: the business is the one that runs it
    assert extract_provider(sentences=[
        "华智培训苏州分中心",
        "苏州分中心（运营：苏州启越教育咨询有限公司）承接华东地区人工智能训练师报名。",
    ], boilerplate=["首页 | 证书项目 | 分支机构 | 证书查询 | 联系我们"]) == "苏州启越教育咨询有限公司"
    # a school's own page naming the company behind the school names no other business: its
    # pages stay the school's (their footer ties them)
    assert extract_provider(sentences=["三级提升班，40学时。", "运营主体：武汉数联未来科技有限公司"],
                            boilerplate=["光谷AI数据学院 版权所有"]) == "光谷AI数据学院"
    # a menu's 分支机构 | 证书查询 is two menu entries, not a field and its value
    assert extract_provider(boilerplate=["首页 | 证书项目 | 分支机构 | 证书查询 | 联系我们"]) is None
