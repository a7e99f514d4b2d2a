"""Claim extraction: every category, and the stances that keep warnings from raising flags."""

from __future__ import annotations

import pytest

from crawler.extract.claims import LEXICON, extract_claims


def claims_of(sentence: str) -> list[tuple[str, str, str]]:
    return [(c.phrase, c.category, c.stance) for c in extract_claims([sentence])]


def stance(sentence: str, category: str) -> str:
    found = [c.stance for c in extract_claims([sentence]) if c.category == category]
    assert found, f"no {category} claim in {sentence!r}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "category", "phrase"),
    [
        ("人工智能训练师三级包过班火热招生", "guaranteed_pass", "包过"),
        ("报名即保过，轻松拿证", "guaranteed_pass", "保过"),
        ("包 过！名额有限", "guaranteed_pass", "包 过"),
        ("包-过班，随到随学", "guaranteed_pass", "包-过"),
        ("考不过全额退款，无风险", "guaranteed_pass", "考不过全额退款"),
        ("保证通过，学员放心", "guaranteed_pass", "保证通过"),
        ("一次通过，否则退费", "guaranteed_pass", "一次通过，否则退费"),
        ("历年通过率100%", "guaranteed_pass", "通过率100%"),
        ("百分百通过，当月拿证", "guaranteed_pass", "百分百通过"),
        ("本期免考，交资料即可", "no_exam", "免考"),
        ("无需考试，直接拿证", "no_exam", "无需考试"),
        ("提供代考服务", "no_exam", "代考"),
        ("免培训，快速出证", "no_exam", "免培训"),
        ("证书由人社部颁发", "government", "人社部颁发"),
        ("工信部颁发的人工智能证书", "government", "工信部颁发"),
        ("属于国家职业资格证书", "government", "国家职业资格证书"),
        ("证书带国徽，权威可靠", "government", "带国徽"),
        ("全国通用，终身有效", "national", "全国通用"),
        ("入库可查，放心报考", "national", "入库可查"),
        ("持证可办理积分落户", "benefit", "积分落户"),
        ("每人可领技能提升补贴", "benefit", "技能提升补贴"),
        ("挂靠一年收入可观", "benefit", "挂靠"),
        ("拿证后月入过万", "benefit", "月入过万"),
        ("零基础可报，小白友好", "eligibility", "零基础"),
        ("不限学历，不限专业", "eligibility", "不限学历"),
        ("无需工作经验即可报考", "eligibility", "无需工作经验"),
        ("可直接报考二级技师", "eligibility", "直接报考二级"),
        ("证书可在官网查询", "verification", "查询"),
    ],
)
def test_each_category_is_found_as_asserted(sentence: str, category: str, phrase: str) -> None:
    found = claims_of(sentence)
    assert (phrase, category, "asserted") in found, found


def test_every_category_of_the_lexicon_is_exercised() -> None:
    assert set(LEXICON) == {
        "guaranteed_pass",
        "no_exam",
        "government",
        "national",
        "benefit",
        "eligibility",
        "verification",
    }


def test_evidence_is_the_whole_sentence() -> None:
    sentence = "【包过】人工智能训练师三级，零基础可报，人社部颁发"
    claims = extract_claims([sentence, "联系电话：123"])
    assert claims and all(c.evidence == sentence for c in claims)
    assert {c.category for c in claims} == {"guaranteed_pass", "eligibility", "government"}


@pytest.mark.parametrize(
    "sentence",
    [
        "谨防包过骗局",
        "警惕所谓的包过班",
        "小心包过陷阱，不要交钱",
        "包过、免考，这些都是骗局",
        "警惕以下宣传：包过，免考，代考",
        "揭秘：包过班是怎么骗钱的",
        "不要相信包过承诺",
    ],
)
def test_warnings_are_not_assertions(sentence: str) -> None:
    assert all(s == "warning" for _, _, s in claims_of(sentence)), claims_of(sentence)


def test_so_called_no_exam_is_a_warning() -> None:
    assert stance("所谓免考拿证都是骗局", "no_exam") == "warning"


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("本机构不承诺包过", "guaranteed_pass"),
        ("我们绝不保过，凭实力考试", "guaranteed_pass"),
        ("本中心没有包过一说", "guaranteed_pass"),
        ("不存在免考，须参加理论和技能考核", "no_exam"),
        ("证书无法免考", "no_exam"),
        ("证书并非人社部颁发", "government"),
        ("本证书不是人社部颁发的", "government"),
        ("职业技能等级证书非国家职业资格证书", "government"),
        ("包过是不可能的", "guaranteed_pass"),
        ("人工智能训练师证书不属于国家职业资格证书", "government"),
        ("郑重声明：本校从未以“免考”“包过”等名义招生", "no_exam"),
        ("郑重声明：本校从未以“免考”“包过”等名义招生", "guaranteed_pass"),
        ("版规：禁止发布代考、买卖证书信息", "no_exam"),
        ("严格组织考核，绝不走过场", "no_exam"),
    ],
)
def test_negations_are_not_assertions(sentence: str, category: str) -> None:
    assert stance(sentence, category) == "negated"


@pytest.mark.parametrize(
    "sentence", ["我们不承诺包过、免考", "本中心不存在包过、免考", "绝不包过和代考"]
)
def test_negation_covers_a_listed_series(sentence: str) -> None:
    assert [s for _, _, s in claims_of(sentence)] == ["negated", "negated"]


def test_news_quoting_an_ad_is_quoted() -> None:
    found = claims_of("有机构在广告中宣称“包过、免考”")
    assert ("包过", "guaranteed_pass", "quoted") in found
    assert ("免考", "no_exam", "quoted") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "记者发现，一些机构打出「免考」旗号招生",
        "某平台号称包过",
        '广告称"人社部颁发"',
        "网上看到人工智能训练师证“包过、人社部颁发”，是真的吗？",
        "刷到一个广告，原话是这样的：人社部颁发，零基础包过，不过退费",
    ],
)
def test_reported_speech_is_quoted(sentence: str) -> None:
    assert {s for _, _, s in claims_of(sentence)} == {"quoted"}


@pytest.mark.parametrize(
    "sentence",
    [
        "【包过】人工智能训练师三级",
        "人工智能训练师“包过班”火热招生",
        "没有基础也能包过",
        "谨防山寨，认准人社部颁发证书",
        "不限学历包过",
        "零基础、不限学历、包过拿证",
        "没有门槛、包过",
        "拒绝山寨，包过",
    ],
)
def test_seller_headlines_stay_asserted(sentence: str) -> None:
    found = [
        c for c in extract_claims([sentence]) if c.category in {"guaranteed_pass", "government"}
    ]
    assert found and all(c.stance == "asserted" for c in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "确保过程顺利",
        "面包过期不退",
        "考试内容包括理论知识和技能操作",
        "培训费2980元",
        "考试不通过可免费重考一次",
        "报名时需上传证明材料，审核不通过全额退款",
        "人工智能训练师是人社部等部门发布的新职业",
        "职业技能等级证书由经人社部门备案的评价机构颁发",
    ],
)
def test_ordinary_words_are_not_claims(sentence: str) -> None:
    assert [c for c in extract_claims([sentence]) if c.category != "verification"] == []


def test_empty_and_blank_input() -> None:
    assert extract_claims([]) == []
    assert extract_claims(["", "   "]) == []


def test_traditional_script_is_read_and_quoted_as_written() -> None:
    found = claims_of("本中心保證通過，毋須考試，直接出證，由人社部頒發")
    assert ("保證通過", "guaranteed_pass", "asserted") in found
    assert ("毋須考試", "no_exam", "asserted") in found
    assert ("人社部頒發", "government", "asserted") in found
    assert stance("謹防包過騙局", "guaranteed_pass") == "warning"


@pytest.mark.parametrize(
    ("sentence", "category", "phrase"),
    [
        ("一次不过免费重学直到通过", "guaranteed_pass", "直到通过"),
        ("挂名考试，老师全程搞定", "no_exam", "挂名考试"),
        ("无需到场考试，在家等证", "no_exam", "无需到场考试"),
    ],
)
def test_more_ways_to_promise(sentence: str, category: str, phrase: str) -> None:
    assert (phrase, category, "asserted") in claims_of(sentence)


def test_online_classes_without_attendance_are_not_no_exam() -> None:
    assert claims_of("线上学习，无需到场") == []


def test_advice_to_be_careful_in_the_next_clause_is_a_warning() -> None:
    assert stance("超过数千元并承诺“包过”的，需谨慎", "guaranteed_pass") == "warning"


def test_denial_after_the_phrase() -> None:
    assert stance("零基础无法直接报考技师", "eligibility") == "negated"
    assert stance("零基础不能错过这次机会", "eligibility") == "asserted"


def test_every_lexicon_alternative_starts_with_a_literal_character() -> None:
    """The claim pattern's speed depends on it (see ``_each``)."""
    for patterns in LEXICON.values():
        for pattern in patterns:
            assert pattern[0] not in "([\\.?*+{|^$", pattern
