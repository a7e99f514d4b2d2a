from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from facts.contacts import normalize_uscc
from facts.uscc import complete_uscc, gb32100_check_char, is_valid_uscc, uscc_problem

VALID = ["914403001922038216", "91330100716105852F", "9144030071526726XG"]  # docs/domain.md §5.2


@pytest.mark.parametrize("code", VALID)
def test_real_format_codes_pass_both_checks(code: str) -> None:
    assert uscc_problem(code) is None


@pytest.mark.parametrize(("code", "reason"), [
    ("914403001922038217", "check character is 7, GB 32100 gives 6"),
    ("91440300192203821", "has 17 characters, expected 18"),
    ("91440300192203821I", "outside the GB 32100 set: I"),
    ("91330100716105852O", "outside the GB 32100 set: O"),
    ("91A30100716105852F", "region code"),
])
def test_corrupted_codes_say_what_is_wrong(code: str, reason: str) -> None:
    problem = uscc_problem(code)
    assert problem is not None and reason in problem


def test_embedded_organization_code_check_is_enforced() -> None:
    # change position 17 (the GB 11714 check) and recompute position 18 so only 11714 fails
    body = "9144030019220382" + "5"
    code = body + gb32100_check_char(body)
    assert "GB 11714" in (uscc_problem(code) or "")


def test_single_digit_typo_is_caught_in_every_position() -> None:
    code = VALID[0]
    for i in range(17):
        if not code[i].isdigit():
            continue
        typo = code[:i] + str((int(code[i]) + 1) % 10) + code[i + 1 :]
        assert not is_valid_uscc(typo), typo


def test_complete_uscc_makes_valid_codes() -> None:
    assert complete_uscc(VALID[1][:17]) == VALID[1]
    assert complete_uscc(VALID[2][:16]) == VALID[2]
    assert is_valid_uscc(complete_uscc("5133010012345678"))
    with pytest.raises(ValueError):
        complete_uscc("91330100")


def _problem_as_first_written(code: str) -> str | None:
    """uscc_problem with the check characters summed by index lookups (before issue #15)."""
    charset, org = "0123456789ABCDEFGHJKLMNPQRTUWXY", "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if len(code) != 18:
        return f"has {len(code)} characters, expected 18"
    bad = sorted({c for c in code if c not in charset})
    if bad:
        return f"contains characters outside the GB 32100 set: {''.join(bad)}"
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", code):
        return "positions 3-8 must be the 6-digit region code"
    remainder = 31 - sum(charset.index(c) * pow(3, i, 31) for i, c in enumerate(code[:17])) % 31
    expected = charset[0 if remainder == 31 else remainder]
    if code[17] != expected:
        return f"check character is {code[17]}, GB 32100 gives {expected}"
    check = 11 - sum(org.index(c) * w for c, w in zip(code[8:16], (3, 7, 9, 10, 5, 8, 4, 2),
                                                       strict=True)) % 11
    org_expected = {10: "X", 11: "0"}.get(check, str(check))
    if code[16] != org_expected:
        return f"organization code {code[8:17]} fails its GB 11714 check (expected {org_expected})"
    return None


CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXYIOSVZa-"


@settings(max_examples=500)
@given(st.one_of(
    st.text(alphabet=CODE_CHARS, min_size=16, max_size=19),
    st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXY", min_size=16, max_size=16).map(
        lambda body: complete_uscc(body[:2] + "330100" + body[8:]))))
def test_the_check_gives_the_reasons_it_always_gave(code: str) -> None:
    assert uscc_problem(code) == _problem_as_first_written(code)


def test_a_code_failing_only_its_organisation_check_still_names_one_business() -> None:
    """For linking, a credit code is the string a seller writes: one whose GB 32100 check
    character is right ties its pages even when the organisation code inside fails GB
    11714 (a made-up code); a wrong check character is a misreading and names no one."""
    assert uscc_problem("91330106MA2CFL8T4P") is not None
    assert normalize_uscc("91330106ma2cfl8t4p") == "91330106MA2CFL8T4P"
    assert normalize_uscc("91330106MA2CFL8T4Q") is None
