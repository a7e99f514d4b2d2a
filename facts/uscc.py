"""统一社会信用代码 (unified social credit code) checks, docs/domain.md §5.2.

An 18-character code: registration department (1), organisation kind (1), region (6),
the 9-character 组织机构代码 (GB 11714, its last character a check character) and a
GB 32100 check character over the first 17. Functions return a reason string when a code
is wrong, None when it is fine.
"""

from __future__ import annotations

import re
from operator import mul

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters: no I, O, S, V, Z
_GB32100_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))  # 1, 3, 9, 27, 19, 26, ...
_GB11714_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_CHARSET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_USCC_SHAPE = re.compile(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}")
_USCC_VALUE = {c: i for i, c in enumerate(USCC_CHARSET)}
_ORG_VALUE = {c: i for i, c in enumerate(_ORG_CHARSET)}
_USCC_CHARS = frozenset(USCC_CHARSET)
_GB11714_CHECK = {10: "X", 11: "0"}


def _gb32100(prefix17: str) -> str:
    """The GB 32100 check character of 17 characters already known to be in the set."""
    remainder = 31 - sum(map(mul, map(_USCC_VALUE.__getitem__, prefix17), _GB32100_WEIGHTS)) % 31
    return USCC_CHARSET[0 if remainder == 31 else remainder]


def _gb11714(org8: str) -> str:
    """The GB 11714 check character of 8 characters already known to be in its set."""
    check = 11 - sum(map(mul, map(_ORG_VALUE.__getitem__, org8), _GB11714_WEIGHTS)) % 11
    return _GB11714_CHECK.get(check, str(check))


def gb32100_check_char(prefix17: str) -> str:
    """The GB 32100 check character for the first 17 characters of a code."""
    if len(prefix17) != 17 or any(c not in USCC_CHARSET for c in prefix17):
        raise ValueError(f"need 17 characters from {USCC_CHARSET}, got {prefix17!r}")
    return _gb32100(prefix17)


def gb11714_check_char(org8: str) -> str:
    """The GB 11714 check character of an 8-character 组织机构代码 body."""
    if len(org8) != 8 or any(c not in _ORG_CHARSET for c in org8):
        raise ValueError(f"need 8 characters 0-9/A-Z, got {org8!r}")
    return _gb11714(org8)


def uscc_problem(code: str) -> str | None:
    """Why ``code`` is not a valid 统一社会信用代码, or None when it is."""
    if len(code) != 18:
        return f"has {len(code)} characters, expected 18"
    if not _USCC_CHARS.issuperset(code):
        bad = sorted({c for c in code if c not in USCC_CHARSET})
        return f"contains characters outside the GB 32100 set: {''.join(bad)}"
    if not _USCC_SHAPE.fullmatch(code):
        return "positions 3-8 must be the 6-digit region code"
    expected = _gb32100(code[:17])
    if code[17] != expected:
        return f"check character is {code[17]}, GB 32100 gives {expected}"
    org_expected = _gb11714(code[8:16])
    if code[16] != org_expected:
        return f"organization code {code[8:17]} fails its GB 11714 check (expected {org_expected})"
    return None


def has_gb32100_check(code: str) -> bool:
    """``code`` has the shape of a 统一社会信用代码 and its GB 32100 check character is right
    (the organisation code's own GB 11714 check inside it is not asked)."""
    return (len(code) == 18 and _USCC_CHARS.issuperset(code)
            and bool(_USCC_SHAPE.fullmatch(code)) and code[17] == _gb32100(code[:17]))


def is_valid_uscc(code: str) -> bool:
    return uscc_problem(code) is None


def complete_uscc(prefix: str) -> str:
    """Complete a 16- or 17-character prefix into a valid code (for illustrative data).

    With 16 characters the GB 11714 check character of the embedded organization code is
    added first, then the GB 32100 check character.
    """
    if len(prefix) == 16:
        prefix += gb11714_check_char(prefix[8:16])
    if len(prefix) != 17:
        raise ValueError(f"need a 16- or 17-character prefix, got {len(prefix)}")
    code = prefix + gb32100_check_char(prefix)
    problem = uscc_problem(code)
    if problem:
        raise ValueError(f"{prefix!r} cannot make a valid code: {problem}")
    return code
