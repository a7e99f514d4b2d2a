"""Risk score 0–100 and plain one-sentence summaries (Chinese and English) from the flags.

Score: each distinct flag code counts once with its severity's weight w (high 0.35,
medium 0.15, low 0.05) and the weights combine with diminishing returns,
``score = round(100 · (1 − Π(1 − w_i)))``: one high flag 35, two 58, high + medium 45,
every code at once 99. Adding a flag never lowers the score; no flags is 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from certwatch.screening.flags import FLAG_SEVERITIES, SEVERITY_RANK, FlagResult
from facts.contract import OfferFacts

SEVERITY_WEIGHTS: dict[str, float] = {"high": 0.35, "medium": 0.15, "low": 0.05}
MAX_SUMMARY_PARTS = 3

# Predicates that read after "该广告" / "The ad".
_PARTS: dict[str, tuple[str, str]] = {
    "UNRECOGNIZED_ISSUER": ("所列发证机构不在备案名录中", "names an issuer not in the registry"),
    "LOOKALIKE_ISSUER": (
        "所列发证机构名称与备案机构相似但并非该机构",
        "names an issuer that imitates a registered agency",
    ),
    "ISSUER_OUT_OF_SCOPE": (
        "所列机构未备案该职业或所售等级",
        "names an agency not filed for this occupation or level",
    ),
    "ISSUER_LAPSED": (
        "所列机构的备案已暂停、撤销或过期",
        "names an agency whose filing is suspended, revoked or expired",
    ),
    "GOVERNMENT_ISSUER_CLAIM": (
        "声称证书由政府部门颁发或属于国家职业资格证书",
        "claims a government body issues the certificate",
    ),
    "UNOFFICIAL_VERIFICATION_SITE": (
        "引导买家到非官方的证书查询网站",
        "points buyers to an unofficial verification site",
    ),
    "NO_EXAM": ("声称免考或直接拿证", "sells the certificate without an exam"),
    "GUARANTEED_PASS": ("声称包过", "guarantees a pass"),
    "ELIGIBILITY_SHORTCUT": (
        "向零基础人员出售高等级或多个等级",
        "offers high or several levels without the required experience",
    ),
    "BENEFIT_BAIT": ("以落户、补贴或住房等好处招揽", "lures buyers with hukou, subsidy or housing"),
    "EXCESSIVE_FEE": ("收费超过该等级的上限", "asks a fee above the ceiling for its level"),
    "MISSING_ISSUER": ("未写明发证机构", "names no issuer"),
}


def risk_score(flags: Iterable[FlagResult]) -> int:
    """0–100 from the distinct flag codes and their severities (formula in the module doc)."""
    remaining = 1.0
    for code in {flag.code for flag in flags}:
        remaining *= 1.0 - SEVERITY_WEIGHTS[FLAG_SEVERITIES.get(code, "low")]
    return round(100 * (1.0 - remaining))


def ordered_codes(flags: Iterable[FlagResult]) -> list[str]:
    """Distinct codes, most severe first, then in the contract's order."""
    order = list(FLAG_SEVERITIES)
    codes = {flag.code for flag in flags}
    return sorted(
        codes,
        key=lambda c: (
            SEVERITY_RANK[FLAG_SEVERITIES.get(c, "low")],
            order.index(c) if c in order else 99,
        ),
    )


def summarize(flags: Sequence[FlagResult], facts: OfferFacts) -> tuple[str, str]:
    """One plain sentence in Chinese and one in English saying what is wrong with the ad."""
    if not facts.is_offer:
        return (
            "该页面不是证书广告，未作筛查。",
            "The page is not a certificate offer; nothing screened.",
        )
    codes = [c for c in ordered_codes(flags) if c in _PARTS]
    if not codes:
        return "未发现可疑之处。", "No warning signs found."
    shown, rest = codes[:MAX_SUMMARY_PARTS], len(codes) - MAX_SUMMARY_PARTS
    zh_parts = [_PARTS[c][0] for c in shown]
    en_parts = [_PARTS[c][1] for c in shown]
    zh = "该广告" + "，且".join(zh_parts)
    if rest > 0:
        zh += f"，另有{rest}项问题"
    en_list = (
        en_parts if rest <= 0 else [*en_parts, f"shows {rest} more warning sign{'s' * (rest > 1)}"]
    )
    if len(en_list) == 1:
        en = en_list[0]
    elif len(en_list) == 2:
        en = f"{en_list[0]} and {en_list[1]}"
    else:
        en = ", ".join(en_list[:-1]) + f" and {en_list[-1]}"
    return zh + "。", f"The ad {en}."
