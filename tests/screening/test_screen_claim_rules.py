"""Claim rules: NO_EXAM, GUARANTEED_PASS, ELIGIBILITY_SHORTCUT, BENEFIT_BAIT."""

from __future__ import annotations

import pytest
from screening_builders import HONEST_SENTENCES, fee, honest_facts

from certwatch.screening import screen_listing
from facts.contract import Claim


def flags(ctx_of, extra: list[str], **changes):
    facts = honest_facts(sentences=[*HONEST_SENTENCES, *extra], **changes)
    return screen_listing(ctx_of(facts)).flags


def codes(ctx_of, extra: list[str], **changes) -> set[str]:
    return {f.code for f in flags(ctx_of, extra, **changes)}


@pytest.mark.parametrize(
    ("code", "asserted", "not_asserted"),
    [
        ("NO_EXAM", "无需考试，交资料直接拿证", "谨防免考拿证骗局"),
        ("NO_EXAM", "本期免培训，提供代考", "证书不能免考，须参加理论和技能考核"),
        ("GUARANTEED_PASS", "【包过】考不过全额退款", "本机构不承诺包过"),
        ("GUARANTEED_PASS", "通过率100%，保证一次通过", "有机构在广告中宣称“包过、免考”"),
    ],
)
def test_claim_rules_fire_on_assertions_only(ctx_of, code, asserted, not_asserted) -> None:
    raised = [f for f in flags(ctx_of, [asserted]) if f.code == code]
    assert len(raised) == 1
    assert raised[0].evidence == asserted
    assert code not in codes(ctx_of, [not_asserted])


def test_claim_flag_detail_lists_each_phrase_once(ctx_of) -> None:
    [flag] = [f for f in flags(ctx_of, ["包过！", "包过，不过退费"]) if f.code == "GUARANTEED_PASS"]
    assert flag.detail.count("包过") == 1 and "不过退费" in flag.detail
    assert "2 sentences" in flag.detail


def test_stored_claims_without_sentences_are_used(ctx_of) -> None:
    facts = honest_facts(sentences=[])
    facts.claims.append(Claim("包过", "guaranteed_pass", "人工智能训练师包过班"))
    facts.claims.append(Claim("免考", "no_exam", "谨防免考", stance="warning"))
    assert {f.code for f in screen_listing(ctx_of(facts)).flags} == {"GUARANTEED_PASS"}


def test_stored_title_claims_survive_re_extraction(ctx_of) -> None:
    facts = honest_facts()
    facts.claims.append(Claim("包过", "guaranteed_pass", "【包过】人工智能训练师"))
    assert "GUARANTEED_PASS" in {f.code for f in screen_listing(ctx_of(facts)).flags}


# ELIGIBILITY_SHORTCUT (docs/domain.md §1.3)


def test_beginners_offered_level_two_is_a_shortcut(ctx_of) -> None:
    raised = [
        f
        for f in flags(ctx_of, ["零基础，不限学历"], levels=[2])
        if f.code == "ELIGIBILITY_SHORTCUT"
    ]
    assert len(raised) == 1 and "level(s) 2" in raised[0].detail


def test_three_levels_at_once_with_no_threshold_is_a_shortcut(ctx_of) -> None:
    assert "ELIGIBILITY_SHORTCUT" in codes(ctx_of, ["无门槛，三级四级五级一起报"], levels=[3, 4, 5])


def test_direct_level_two_wording_names_the_level_itself(ctx_of) -> None:
    assert "ELIGIBILITY_SHORTCUT" in codes(ctx_of, ["无需工作经验，可直接报考二级"], levels=[4])


def test_beginner_wording_for_one_low_level_is_not_a_shortcut(ctx_of) -> None:
    assert "ELIGIBILITY_SHORTCUT" not in codes(ctx_of, ["零基础可学"], levels=[5])


def test_high_level_without_shortcut_wording_is_not_a_shortcut(ctx_of) -> None:
    extra = ["报考二级须取得三级证书后累计从事本职业工作4年"]
    assert "ELIGIBILITY_SHORTCUT" not in codes(ctx_of, extra, levels=[2])


def test_warned_shortcut_is_not_a_shortcut(ctx_of) -> None:
    extra = ["警惕零基础直接报考一级的虚假宣传"]
    assert "ELIGIBILITY_SHORTCUT" not in codes(ctx_of, extra, levels=[1, 2])


# BENEFIT_BAIT (docs/domain.md §3.3, §3.4)


@pytest.mark.parametrize(
    "sentence",
    [
        "拿证即可办理积分落户",
        "持证可申请人才公寓和购房资格",
        "证书挂靠年赚3万",
        "报名返现500元",
        "免费拿证，名额有限",
    ],
)
def test_lures_are_bait(ctx_of, sentence: str) -> None:
    [flag] = [f for f in flags(ctx_of, [sentence]) if f.code == "BENEFIT_BAIT"]
    assert flag.evidence == sentence


def test_subsidy_for_level_one_or_two_is_bait(ctx_of) -> None:
    [flag] = [f for f in flags(ctx_of, ["二级技师可领政府补贴"]) if f.code == "BENEFIT_BAIT"]
    assert "level 1–2" in flag.detail


def test_unspecified_subsidy_on_a_level_two_only_offer_is_bait(ctx_of) -> None:
    extra = ["报名即可申领补贴"]
    assert "BENEFIT_BAIT" in codes(
        ctx_of, extra, levels=[2], issuers=["杭州数智职业技能评价有限公司"]
    )


@pytest.mark.parametrize("sentence", ["拿证就能领1500元补贴", "人人都能领政府补贴"])
def test_unconditional_subsidy_promise_is_bait(ctx_of, sentence: str) -> None:
    [flag] = [f for f in flags(ctx_of, [sentence]) if f.code == "BENEFIT_BAIT"]
    assert "unconditionally" in flag.detail


def test_conditional_subsidy_is_not_bait(ctx_of) -> None:
    extra = ["缴纳失业保险满1年的学员拿证就能领1500元补贴"]
    assert "BENEFIT_BAIT" not in codes(ctx_of, extra)


def test_subsidy_above_the_cap_is_bait(ctx_of) -> None:
    [flag] = [f for f in flags(ctx_of, ["四级可领补贴5000元"]) if f.code == "BENEFIT_BAIT"]
    assert "5,000" in flag.detail


def test_free_after_subsidy_beyond_the_cap_is_bait(ctx_of) -> None:
    extra = ["学费4800元，补贴后免费拿证书"]
    facts_fee = [fee(4800, extra[0], 4)]
    assert "BENEFIT_BAIT" in codes(ctx_of, extra, fees=facts_fee)


@pytest.mark.parametrize(
    "sentence",
    [
        "符合条件可申领技能提升补贴",
        "五级补贴1000元、四级1500元、三级2000元",
        "四级补贴1500元，补贴后仅需1480元",
    ],
)
def test_plain_subsidy_facts_for_levels_three_to_five_are_not_bait(ctx_of, sentence) -> None:
    assert "BENEFIT_BAIT" not in codes(ctx_of, [sentence], levels=[3, 4])


def test_talent_programme_mention_alone_is_not_bait(ctx_of) -> None:
    assert "BENEFIT_BAIT" not in codes(ctx_of, ["证书可用于人才引进、职称评审参考"])


def test_warned_or_negated_benefits_are_not_bait(ctx_of) -> None:
    extra = ["谨防以落户为噱头的骗局", "本证书不能挂靠"]
    assert "BENEFIT_BAIT" not in codes(ctx_of, extra)


@pytest.mark.parametrize(
    ("asserted", "not_asserted"),
    [
        ("老师全程带，三级稳过", "新旧标准平稳过渡"),
        ("冲刺班必过，名额有限", "本校不承诺必过"),
        ("跟着做题稳稳拿证", "谨防所谓稳拿证骗局"),
    ],
)
def test_slang_guarantees_raise_guaranteed_pass(ctx_of, asserted, not_asserted) -> None:
    assert "GUARANTEED_PASS" in codes(ctx_of, [asserted])
    assert "GUARANTEED_PASS" not in codes(ctx_of, [not_asserted])
