"""Screening on phrasings met on webs written by other hands: chat-style guarantees, a ministry
that recognized the occupation (not the certificate), and a local 人社 bureau's seal."""

from __future__ import annotations

from pathlib import Path

import pytest
from screening_builders import HONEST_SENTENCES, SEEN_ON, honest_facts

from certwatch.screening import ScreeningContext, screen_listing
from registry.importer import parse_registry_csv
from registry.matcher import IssuerMatcher

BUNDLED = Path(__file__).resolve().parents[2] / "data" / "registry.csv"


def codes(outcome) -> set[str]:
    return {f.code for f in outcome.flags}


@pytest.mark.parametrize("claim", [
    "过不了全退，放心报", "考场有人带，轻松过", "没考上包退", "全程带考，当月出证",
])
def test_chat_style_guarantees_raise_guaranteed_pass(ctx_of, claim: str) -> None:
    outcome = screen_listing(ctx_of(honest_facts(sentences=[*HONEST_SENTENCES, claim])))
    assert codes(outcome) == {"GUARANTEED_PASS"}
    assert claim.split("，")[0][:3] in outcome.flags[0].evidence


@pytest.mark.parametrize("claim", ["别信什么过不了全退", "本校不承诺过不了全退"])
def test_denied_chat_guarantees_raise_nothing(ctx_of, claim: str) -> None:
    assert screen_listing(ctx_of(honest_facts(sentences=[*HONEST_SENTENCES, claim]))).flags == ()


def test_a_ministry_recognizing_the_occupation_is_no_government_issuer_claim(ctx_of) -> None:
    sentence = "人工智能训练师是人社部认证的新职业，分为五个等级"
    outcome = screen_listing(ctx_of(honest_facts(sentences=[sentence, *HONEST_SENTENCES])))
    assert outcome.flags == ()


def test_a_local_bureaus_seal_is_a_government_issuer_claim_not_a_lookalike(settings) -> None:
    records = parse_registry_csv(BUNDLED)
    sentence = "证书加盖佛山市人力资源和社会保障局公章，全国通用"
    facts = honest_facts(sentences=[HONEST_SENTENCES[0], sentence, *HONEST_SENTENCES[2:]],
                         issuers=["佛山市人力资源和社会保障局"])
    matches = IssuerMatcher(records).match_many(m.name for m in facts.issuers)
    ctx = ScreeningContext(facts, matches, {r.agency_id: r for r in records}, SEEN_ON, settings)
    outcome = screen_listing(ctx)
    assert codes(outcome) == {"GOVERNMENT_ISSUER_CLAIM"}
    assert "佛山市人力资源和社会保障局" in outcome.flags[0].evidence


@pytest.mark.parametrize("sentence, expected", [
    ("100% pass guarantee, no exam required.", {"GUARANTEED_PASS", "NO_EXAM"}),
    ("Use your certificate for hukou points in Shanghai and Shenzhen.", {"BENEFIT_BAIT"}),
    ("Holders can claim a subsidy of CNY 1,500.", {"BENEFIT_BAIT"}),
    ("Eligible insured workers may claim a skills subsidy, subject to review.", set()),
    ("We do not offer a 100% pass guarantee.", set()),
    ("Beware of agents promising 'no exam required'.", set()),
    ("Is it really exam-free?", set()),
])
def test_english_ads_are_screened_like_chinese_ones(ctx_of, sentence: str,
                                                    expected: set[str]) -> None:
    outcome = screen_listing(ctx_of(honest_facts(sentences=[*HONEST_SENTENCES, sentence])))
    assert codes(outcome) == expected
