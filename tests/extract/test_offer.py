"""Offer or not: ads that sell the AI-trainer certificate vs news, warnings, guides, other courses."""

from __future__ import annotations

import pytest

from crawler.extract.offer import OCCUPATION, detect_offer, offer_signals, offer_veto

OFFERS = {
    "school enrolment page": (
        "人工智能训练师考证培训班火热招生",
        ["人工智能训练师（4-04-05-05）三级/四级培训班开班啦！", "学费：2980元，含教材和考试费。",
         "名额有限，立即报名。", "咨询电话：13800138000"],
        True, True,
    ),
    "shop-style listing": (
        "AI训练师证书 三级 包过班",
        ["【限时优惠】原价6800，现价2980", "立即购买", "加微信领取资料"],
        True, False,
    ),
    "traditional Chinese ad": (
        "人工智能訓練師證書報名",
        ["人工智能訓練師四級培訓，學費3980元。", "歡迎諮詢，立即報名！"],
        True, False,
    ),
    "work type 数据标注员 course": (
        "数据标注员职业技能等级证书培训",
        ["数据标注员五级培训课程，共60课时。", "报名费用：1980元", "扫码咨询客服，报名即送资料。"],
        True, False,
    ),
    "English certificate course": (
        "AI Trainer Certification Course (Level 3)",
        ["Enrol now for the AI trainer certificate course.", "Price: RMB 2980", "Buy now"],
        True, False,
    ),
    "SEO guide written by a seller": (
        "2026年人工智能训练师报考指南：条件、费用、流程",
        ["人工智能训练师报考条件如下。", "我校常年招生，三级培训费3980元。",
         "报名咨询：400-800-1234，添加微信了解开班时间。"],
        True, True,
    ),
}

NOT_OFFERS = {
    "warning article": (
        "谨防人工智能训练师“山寨证书”骗局",
        ["近日，有市民反映花6800元购买了所谓的人工智能训练师证书。", "记者调查发现，该机构并无评价资质。",
         "人社部门提醒广大求职者，认准正规评价机构。"],
        False, True,
    ),
    "news report quoting an ad": (
        "“交钱包过”的AI训练师证书，靠谱吗？",
        ["据新华社报道，一些机构宣称“2980元包过，直接拿证”。", "专家提醒，职业技能等级证书由备案评价机构颁发。",
         "记者联系了该机构的客服。"],
        False, False,
    ),
    "official notice": (
        "关于开展人工智能训练师职业技能等级认定工作的通知",
        ["各有关单位：", "根据人社部相关文件要求，现就人工智能训练师职业技能等级认定有关事项通知如下。",
         "发布时间：2026-03-01 来源：某市人力资源和社会保障局"],
        False, False,
    ),
    "another occupation's course": (
        "生成式人工智能系统应用员证书培训火热招生",
        ["生成式人工智能系统应用员（4-04-05-13）是新职业，与人工智能训练师不同。",
         "学费2980元，立即报名，名额有限。", "咨询电话：13800138000"],
        True, True,
    ),
    "unrelated course": (
        "Python数据分析课程报名",
        ["Python数据分析实战班，学费1980元。", "立即报名！"],
        True, False,
    ),
    "job posting": (
        "招聘数据标注员",
        ["岗位职责：完成图片数据标注。", "任职要求：大专以上学历。", "薪资：月薪6000-8000元，五险一金。",
         "投递简历至 hr@example.com"],
        False, False,
    ),
    "gambling spam repost": (
        "赢咖4：人工智能训练师新职业发布",
        ["赢咖4娱乐平台注册送彩金。", "人工智能训练师是新职业。", "百家乐真人娱乐，立即开户。"],
        False, False,
    ),
    "encyclopedia-style explainer": (
        "人工智能训练师是什么？",
        ["人工智能训练师是使用智能训练软件进行数据库管理、算法参数设置等工作的人员。",
         "该职业共设五个等级。"],
        False, False,
    ),
}


@pytest.mark.parametrize("name", list(OFFERS))
def test_offers(name: str):
    title, sentences, has_fee, has_contact = OFFERS[name]
    is_offer, evidence = detect_offer(title, sentences, has_fee=has_fee, has_contact=has_contact)
    assert is_offer, evidence
    assert evidence.startswith("offer")


@pytest.mark.parametrize("name", list(NOT_OFFERS))
def test_not_offers(name: str):
    title, sentences, has_fee, has_contact = NOT_OFFERS[name]
    is_offer, evidence = detect_offer(title, sentences, has_fee=has_fee, has_contact=has_contact)
    assert not is_offer, evidence
    assert evidence


def test_page_without_the_occupation_says_so():
    assert detect_offer("首页", ["欢迎光临"]) == (False, "does not name the AI-trainer occupation")


def test_call_to_action_buttons_count_as_sales_cues():
    title = "人工智能训练师三级课程"
    sentences = ["人工智能训练师三级课程介绍。", "课程共40课时。"]
    assert not detect_offer(title, sentences)[0]
    assert detect_offer(title, sentences, cta_texts=["立即报名", "在线咨询"], has_fee=True)[0]


@pytest.mark.parametrize(
    ("title", "sentences", "has_fee", "has_contact", "expected"),
    [
        # a classified ad: the occupation in the title, a price and a contact are enough
        ("人工智能训练师五级四级 成都考点 - 杭州便民网",
         ["人工智能训练师 五级 2200元 四级 2800元", "成都本地考点，随报随学。"], True, True, True),
        # a fee schedule whose only mention of the occupation is a priced table row
        ("收费标准 - 某职业技能培训学校",
         ["人工智能训练师 | 三级/高级工 | ¥3,980 | ¥480", "以下收费经学校公示。"], True, True, True),
        # a forum post selling certificates without a price
        ("代办人工智能训练师四级五级 官网可查 - 职场人论坛",
         ["代办人工智能训练师四级、五级证书，不用考试，需要的私聊。", "人工智能训练师证书两周出证。"],
         False, True, True),
        # a forum thread sharing an experience, with the fee the poster paid
        ("考了人工智能训练师四级，说说我的经历（长文） - 职场人论坛",
         ["楼主 发表于 2026-09-02", "去年在杭州一家培训学校报的四级，学费2680，包含考试费。",
          "总结：正规考试是有难度的，没有什么包过。"], True, False, False),
        # school news: date + source layout, no price
        ("我校第五期人工智能训练师培训班顺利结业",
         ["发布时间：2026-07-03 来源：教务处", "我校第五期人工智能训练师培训班顺利结业。",
          "咨询热线：0571-8821 6600"], False, True, False),
    ],
)
def test_offer_decisions_on_common_page_kinds(title, sentences, has_fee, has_contact, expected):
    fee_texts = [s for s in sentences if "¥" in s or "元" in s] if has_fee else []
    is_offer, evidence = detect_offer(title, sentences, has_fee=has_fee, has_contact=has_contact,
                                      fee_texts=fee_texts)
    assert is_offer is expected, evidence


@pytest.mark.parametrize(("text", "names"), [
    ("老王AI工作室 训练师证 小班", True),      # shortened where the certificate follows
    ("训练师四级晚班", True),
    ("群里都是备考的，训练师备考资料每天更新", True),
    ("云帆学堂 · 人工智能训练员（四级）报名登记", True),  # as ads misname it
    ("宠物训练师证怎么考", False),             # another trainer
    ("健身训练师考证班", False),
    ("赢咖4训练师证", False),                  # inside a spam brand, not a word of its own
])
def test_the_occupation_shortened_or_misnamed(text: str, names: bool) -> None:
    assert bool(OCCUPATION.search(text)) is names


def test_a_job_that_charges_for_its_course_is_not_vetoed_as_a_job() -> None:
    """A job post (duties, requirements, salary) that asks the applicant to pay for a
    certificate course first sells that course; one without a course fee is a job."""
    title = "数据标注员（带薪培训）6-9K - 某某招聘网"
    duties = ["岗位职责：负责图像和文本数据标注。", "任职要求：经验不限，学历不限。", "薪资待遇 6-9K，五险一金。"]
    charged = [*duties, "入职前需参加公司组织的人工智能训练师四级岗前培训，培训费 2680 元，可分期。"]
    sig = offer_signals(title, charged, has_fee=True, fee_texts=[charged[-1]])
    assert offer_veto(sig) is None
    free = [*duties, "公司提供人工智能训练师岗前培训，考证通过后转正。"]
    assert offer_veto(offer_signals(title, free)) is not None


def test_seats_left_is_a_sales_cue() -> None:
    for post in ("【12月开班】人工智能训练师四级 光谷班 还有6个名额！", "五月班最后 6 个名额!"):
        sig = offer_signals("江城学堂的微博", [post])
        assert any("名额" in cue for cue in sig.strong_sales), post


def test_a_course_offered_free_is_a_sales_cue() -> None:
    """An employer's 定向班 asks no fee: 免费参加 and 培训费全免 still offer the course."""
    sig = offer_signals("某某科技 数据标注定向班", ["免费参加四周岗前培训，合格者取得人工智能训练师四级证书。",
                                            "费用：培训费、认定费全免，由企业承担。"])
    assert len(sig.strong_sales) == 2, sig.strong_sales


def test_a_short_post_is_about_what_it_names_once() -> None:
    """A microblog post names the occupation once among a few lines and sells with a
    price: that is focus enough; a long page that names it once is not."""
    post = ["四级班 1980 元，企业团报请邮件：jc_edu@163.com", "江城学堂 教育博主",
            "【12月开班】人工智能训练师四级 光谷班 还有6个名额！"]
    assert detect_offer("江城学堂的微博", post, has_fee=True, fee_texts=[post[0]])[0]
    long_page = [*post, *(f"第{i}段：数据标注行业观察与分析。" for i in range(12))]
    assert not detect_offer("江城学堂的微博", long_page, has_fee=True, fee_texts=[post[0]])[0]
