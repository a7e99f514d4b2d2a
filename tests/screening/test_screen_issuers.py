"""Issuer rules: unrecognized, lookalike, out of scope, lapsed, government, missing."""

from __future__ import annotations

from datetime import date

import pytest
from screening_builders import AGENCIES, HONEST_SENTENCES, SEEN_ON, honest_facts

from certwatch.screening import ScreeningContext, screen_listing


def codes(outcome) -> set[str]:
    return {f.code for f in outcome.flags}


def flags_of(outcome, code: str):
    return [f for f in outcome.flags if f.code == code]


def with_issuer(name: str, levels=(4,), extra: str = "") -> dict:
    sentence = f"证书由{name}颁发{extra}"
    sentences = [HONEST_SENTENCES[0], sentence, *HONEST_SENTENCES[2:]]
    return {"sentences": sentences, "issuers": [name], "levels": list(levels)}


def test_honest_offer_raises_nothing(ctx_of) -> None:
    outcome = screen_listing(ctx_of(honest_facts()))
    assert outcome.flags == ()
    assert outcome.risk_score == 0


def test_unrecognized_issuer_cites_its_sentence(ctx_of) -> None:
    outcome = screen_listing(ctx_of(honest_facts(**with_issuer("中国人工智能训练师认证中心"))))
    [flag] = flags_of(outcome, "UNRECOGNIZED_ISSUER")
    assert flag.severity == "high"
    assert flag.evidence == "证书由中国人工智能训练师认证中心颁发"
    assert codes(outcome) == {"UNRECOGNIZED_ISSUER"}


def test_lookalike_issuer_explains_the_match(ctx_of) -> None:
    outcome = screen_listing(ctx_of(honest_facts(**with_issuer("国家数智职业技能评价中心"))))
    [flag] = flags_of(outcome, "LOOKALIKE_ISSUER")
    assert "国家数智职业技能评价中心" in flag.evidence
    assert "state-sounding prefix" in flag.detail
    assert "UNRECOGNIZED_ISSUER" not in codes(outcome)


def test_repeated_mention_raises_one_flag(ctx_of) -> None:
    facts = honest_facts(**with_issuer("中国人工智能训练师认证中心"))
    facts.issuers.append(facts.issuers[0])
    assert len(flags_of(screen_listing(ctx_of(facts)), "UNRECOGNIZED_ISSUER")) == 1


def test_agency_filed_for_another_occupation_is_out_of_scope(ctx_of) -> None:
    outcome = screen_listing(ctx_of(honest_facts(**with_issuer("江苏苏研职业技能评价有限公司"))))
    [flag] = flags_of(outcome, "ISSUER_OUT_OF_SCOPE")
    assert "4-04-05-05" in flag.detail and "4-04-05-13" in flag.detail


def test_agency_not_filed_for_an_offered_level_is_out_of_scope(ctx_of) -> None:
    facts = honest_facts(**with_issuer("广东粤才职业技能等级认定中心", levels=(2, 3)))
    [flag] = flags_of(screen_listing(ctx_of(facts)), "ISSUER_OUT_OF_SCOPE")
    assert "level(s) 2" in flag.detail and "3|4|5" in flag.detail


def test_agency_filed_for_the_offered_levels_is_in_scope(ctx_of) -> None:
    facts = honest_facts(**with_issuer("广东粤才职业技能等级认定中心", levels=(3, 4)))
    assert "ISSUER_OUT_OF_SCOPE" not in codes(screen_listing(ctx_of(facts)))


def test_suspended_agency_is_lapsed(ctx_of) -> None:
    outcome = screen_listing(ctx_of(honest_facts(**with_issuer("四川天府数字技能评价中心"))))
    [flag] = flags_of(outcome, "ISSUER_LAPSED")
    assert "suspended" in flag.detail
    assert "四川天府数字技能评价中心" in flag.evidence


def test_expired_agency_is_lapsed_only_after_its_end_date(ctx_of) -> None:
    facts = honest_facts(**with_issuer("山东鲁信职业技能鉴定有限公司"))
    [flag] = flags_of(screen_listing(ctx_of(facts)), "ISSUER_LAPSED")
    assert "2025-06-30" in flag.detail
    before = screen_listing(ctx_of(facts, seen_on=date(2025, 6, 30)))
    assert "ISSUER_LAPSED" not in codes(before)


def test_agency_seen_before_its_filing_is_lapsed(ctx_of) -> None:
    facts = honest_facts(**with_issuer("广东粤才职业技能等级认定中心"))
    outcome = screen_listing(ctx_of(facts, seen_on=date(2020, 1, 1)))
    assert "ISSUER_LAPSED" in codes(outcome)


def test_ministry_named_as_issuer_is_a_government_claim(ctx_of) -> None:
    facts = honest_facts(**with_issuer("人力资源和社会保障部"))
    flags = flags_of(screen_listing(ctx_of(facts)), "GOVERNMENT_ISSUER_CLAIM")
    assert flags and flags[0].severity == "high"
    assert "人力资源和社会保障部颁发" in flags[0].evidence


def test_ministry_in_a_filing_role_is_not_a_government_claim(ctx_of) -> None:
    sentence = "人社部备案的杭州数智职业技能评价有限公司颁发证书"
    facts = honest_facts(
        sentences=[*HONEST_SENTENCES, sentence], issuers=["杭州数智职业技能评价有限公司", "人社部"]
    )
    facts.issuers[1] = type(facts.issuers[1])("人社部", sentence)
    assert screen_listing(ctx_of(facts)).flags == ()


def test_asserted_state_certificate_claim_is_a_government_claim(ctx_of) -> None:
    sentences = [*HONEST_SENTENCES, "本证书为国家职业资格证书，全国通用"]
    [flag] = flags_of(
        screen_listing(ctx_of(honest_facts(sentences=sentences))), "GOVERNMENT_ISSUER_CLAIM"
    )
    assert flag.evidence == "本证书为国家职业资格证书，全国通用"


def test_denied_or_warned_government_claims_raise_nothing(ctx_of) -> None:
    sentences = [
        *HONEST_SENTENCES,
        "职业技能等级证书非国家职业资格证书，也不是人社部颁发",
        "谨防冒充人社部颁发的山寨证书",
    ]
    assert screen_listing(ctx_of(honest_facts(sentences=sentences))).flags == ()


def test_offer_without_issuer_is_missing_issuer(ctx_of) -> None:
    outcome = screen_listing(ctx_of(honest_facts(issuers=[])))
    [flag] = outcome.flags
    assert (flag.code, flag.severity) == ("MISSING_ISSUER", "low")
    assert flag.evidence == "人工智能训练师证书报名"


def test_non_offer_gets_no_flags_at_all(ctx_of) -> None:
    sentences = ["人工智能训练师包过？免考？直接拿证？", "证书由人社部颁发，可积分落户"]
    facts = honest_facts(sentences=sentences, issuers=[], is_offer=False, levels=[1, 2, 3])
    outcome = screen_listing(ctx_of(facts))
    assert outcome.flags == ()
    assert outcome.risk_score == 0
    assert "不是证书广告" in outcome.summary_zh


def test_matches_must_line_up_with_mentions(settings) -> None:
    with pytest.raises(ValueError, match="1 issuer mention"):
        ScreeningContext(honest_facts(), [], AGENCIES, SEEN_ON, settings)
