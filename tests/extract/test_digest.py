"""The digest of a page's main text: one offer under two URLs agrees, two sellers who paste
the same lines of the national standard under their own contacts do not."""

from __future__ import annotations

from crawler.extract.digest import content_digest

STANDARD = ["本课程依据《人工智能训练师国家职业技能标准（2021年版）》设置，职业编码4-04-05-05，含数据标注员、人工智能算法测试员两个工种。",
            "五级（初级工）参考培训课时60学时，理论+实操两部分考核，均达60分为合格；认定由备案的评价机构组织。",
            "报考五级需在本职业或相关职业累计工作满1年，或本职业学徒期满；四级及以上按标准逐级申报。",
            "符合条件的参保职工可按规定申领失业保险技能提升补贴（五级最高1000元、四级1500元），以当地人社部门审核为准。",
            "我们只收培训费，认定费按评价机构公示标准另行缴纳，不承诺包过，请理性报名。",
            "本班为线下小班教学，每期限额二十人，结课后统一安排认定考试。"]


def test_two_sellers_pasting_the_standard_under_their_own_contacts_differ() -> None:
    first = content_digest(["智途教育·鹤岗校区", *STANDARD, "机构电话：0468 345 6781"])
    second = content_digest(["启航职培", *STANDARD, "机构电话：0468-345-9920"])
    assert first is not None and second is not None and first != second


def test_one_offer_under_a_print_view_keeps_its_digest() -> None:
    page = ["首页 > 课程", *STANDARD, "机构电话：0468 345 6781", "浏览 1203 次"]
    printed = [*STANDARD, "机构电话：0468-3456781", "浏览 1310 次"]
    assert content_digest(page) == content_digest(printed)
