"""Risk score, summaries, labels, evidence trimming and the data files."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from screening_builders import HONEST_SENTENCES, fee, honest_facts

from certwatch.errors import UsageError
from certwatch.screening import (
    FLAG_LABELS,
    FLAG_SEVERITIES,
    RULES,
    RULES_VERSION,
    FlagResult,
    ScreeningSettings,
    risk_score,
    screen_listing,
    summarize,
)
from certwatch.screening.evidence import trim_evidence


def flag(code: str) -> FlagResult:
    return FlagResult.of(code, "证据")


def test_contract_codes_and_severities() -> None:
    assert FLAG_SEVERITIES == {
        "UNRECOGNIZED_ISSUER": "high",
        "LOOKALIKE_ISSUER": "high",
        "ISSUER_OUT_OF_SCOPE": "high",
        "ISSUER_LAPSED": "high",
        "GOVERNMENT_ISSUER_CLAIM": "high",
        "UNOFFICIAL_VERIFICATION_SITE": "high",
        "NO_EXAM": "high",
        "GUARANTEED_PASS": "medium",
        "ELIGIBILITY_SHORTCUT": "medium",
        "BENEFIT_BAIT": "medium",
        "EXCESSIVE_FEE": "medium",
        "MISSING_ISSUER": "low",
    }
    assert set(FLAG_LABELS) == set(FLAG_SEVERITIES)
    assert all(lbl["zh"] and lbl["en"] for lbl in FLAG_LABELS.values())
    assert len(RULES) == len(FLAG_SEVERITIES) and RULES_VERSION


def test_every_rule_cites_domain_md() -> None:
    assert all(rule.__doc__ and "docs/domain.md §" in rule.__doc__ for rule in RULES)


def test_unknown_code_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown flag code"):
        FlagResult.of("MADE_UP", "x")


def test_score_values() -> None:
    assert risk_score([]) == 0
    assert risk_score([flag("NO_EXAM")]) == 35
    assert risk_score([flag("GUARANTEED_PASS")]) == 15
    assert risk_score([flag("MISSING_ISSUER")]) == 5
    assert risk_score([flag("NO_EXAM"), flag("UNRECOGNIZED_ISSUER")]) == 58
    assert risk_score([flag("NO_EXAM"), flag("NO_EXAM")]) == 35  # a code counts once
    assert risk_score([flag(c) for c in FLAG_SEVERITIES]) <= 100


def test_score_is_monotonic_in_the_flags() -> None:
    codes = list(FLAG_SEVERITIES)
    for size in range(len(codes)):
        for subset in itertools.islice(itertools.combinations(codes, size), 40):
            base = risk_score([flag(c) for c in subset])
            for extra in codes:
                assert risk_score([flag(c) for c in (*subset, extra)]) >= base


def test_summary_of_a_scam(ctx_of) -> None:
    sentences = [HONEST_SENTENCES[0], "证书由中国人工智能训练师认证中心颁发", "包过，不过退费"]
    facts = honest_facts(sentences=sentences, issuers=["中国人工智能训练师认证中心"])
    outcome = screen_listing(ctx_of(facts))
    assert outcome.summary_zh == "该广告所列发证机构不在备案名录中，且声称包过。"
    assert outcome.summary_en == "The ad names an issuer not in the registry and guarantees a pass."
    assert outcome.risk_score == 45
    assert [f.code for f in outcome.flags] == ["UNRECOGNIZED_ISSUER", "GUARANTEED_PASS"]


def test_summary_counts_what_it_does_not_spell_out(ctx_of) -> None:
    sentences = [*HONEST_SENTENCES, "免考包过，人社部颁发，可积分落户", "零基础直接报考一级"]
    facts = honest_facts(sentences=sentences, issuers=[], levels=[1], fees=[fee(9800, "9800元")])
    outcome = screen_listing(ctx_of(facts))
    zh, en = outcome.summary_zh, outcome.summary_en
    assert zh.startswith("该广告声称证书由政府部门颁发") and "另有4项问题" in zh
    assert en.startswith("The ad claims a government body") and "4 more warning signs" in en
    assert outcome.risk_score > 70


def test_summary_of_clean_and_non_offers() -> None:
    assert summarize([], honest_facts()) == ("未发现可疑之处。", "No warning signs found.")
    zh, en = summarize([], honest_facts(is_offer=False))
    assert "不是证书广告" in zh and "not a certificate offer" in en


def test_evidence_is_trimmed_around_the_phrase(ctx_of) -> None:
    long = "介绍" * 150 + "本班包过" + "说明" * 150
    facts = honest_facts(sentences=[*HONEST_SENTENCES, long])
    [flag_] = [f for f in screen_listing(ctx_of(facts)).flags if f.code == "GUARANTEED_PASS"]
    assert len(flag_.evidence) <= 200 and "包过" in flag_.evidence
    assert flag_.evidence.startswith("…") and flag_.evidence.endswith("…")


def test_trim_keeps_short_text_and_marks_cuts() -> None:
    assert trim_evidence("  包过\n 班 ") == "包过 班"
    cut = trim_evidence("包过" + "x" * 300)
    assert cut.startswith("包过") and cut.endswith("…") and len(cut) <= 200


def test_default_settings_hold_the_fixed_ceilings(settings: ScreeningSettings) -> None:
    assert dict(settings.fee_ceilings) == {
        5: 3000.0,
        4: 4000.0,
        3: 5000.0,
        2: 6800.0,
        1: 8000.0,
        None: 5000.0,
    }
    patterns = {p.pattern for p in settings.official_domains}
    assert {"*.osta.org.cn", "osta.mohrss.gov.cn", "*.mohrss.gov.cn", "vslc.ncb.edu.cn"} <= patterns


def _write(
    tmp: Path, fees: str, domains: str = "pattern,owner,source\n*.osta.org.cn,OSTA,x\n"
) -> Path:
    (tmp / "fee_ceilings.csv").write_text(fees, encoding="utf-8")
    (tmp / "official_domains.csv").write_text(domains, encoding="utf-8")
    return tmp


@pytest.mark.parametrize(
    ("fees", "domains", "message"),
    [
        ("level,ceiling_cny\n5,3000\n6,100\n", None, "fee_ceilings.csv:3: level '6'"),
        ("level,ceiling_cny\n5,abc\n", None, "fee_ceilings.csv:2: ceiling_cny 'abc'"),
        ("level,price\n5,3000\n", None, "fee_ceilings.csv:1: missing column(s) ceiling_cny"),
        ("level,ceiling_cny\n5,1\n5,2\n", None, "listed twice"),
        ("level,ceiling_cny\n5,3000\n", "pattern,owner\nosta org,x\n", "official_domains.csv:2"),
    ],
)
def test_bad_data_files_say_what_and_where(tmp_path: Path, fees, domains, message) -> None:
    data = _write(tmp_path, fees, *([domains] if domains else []))
    with pytest.raises(UsageError, match=re.escape(message)):
        ScreeningSettings.from_dir(data)


def test_missing_data_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"fee_ceilings\.csv: file not found"):
        ScreeningSettings.from_dir(tmp_path)


def test_load_default_reads_certwatch_data(tmp_path: Path, monkeypatch) -> None:
    import store.config

    _write(tmp_path, "\ufefflevel,ceiling_cny,reason\nnone,1234,test\n")
    monkeypatch.setattr(store.config, "DATA_DIR", tmp_path)
    assert ScreeningSettings.load_default().fee_ceilings == {None: 1234.0}
