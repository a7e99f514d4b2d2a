"""The flag vocabulary of docs/contract.md ("Flag vocabulary"): codes, severities, labels, results."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from store.vocabulary import FLAG_SEVERITIES as FLAG_SEVERITIES, Severity

# docs/contract.md's codes and severities live on the ground floor, shared with the dashboard.
SEVERITY_RANK: dict[str, int] = {"high": 0, "medium": 1, "low": 2}

# Labels for the dashboard: Chinese first (most users are Chinese regulators and reporters).
FLAG_LABELS: dict[str, dict[str, str]] = {
    "UNRECOGNIZED_ISSUER": {"zh": "发证机构不在备案名录", "en": "Issuer not in the registry"},
    "LOOKALIKE_ISSUER": {"zh": "仿冒备案机构名称", "en": "Issuer imitates a registered agency"},
    "ISSUER_OUT_OF_SCOPE": {
        "zh": "机构未备案该职业或等级",
        "en": "Agency not filed for this occupation or level",
    },
    "ISSUER_LAPSED": {
        "zh": "机构备案已暂停、撤销或过期",
        "en": "Agency suspended, revoked or expired",
    },
    "GOVERNMENT_ISSUER_CLAIM": {
        "zh": "冒称政府部门颁发或国家职业资格",
        "en": "Claims a government body issues it",
    },
    "UNOFFICIAL_VERIFICATION_SITE": {
        "zh": "非官方证书查询网站",
        "en": "Unofficial verification site",
    },
    "NO_EXAM": {"zh": "免考或直接拿证", "en": "Certificate without an exam"},
    "GUARANTEED_PASS": {"zh": "承诺包过", "en": "Guaranteed pass"},
    "ELIGIBILITY_SHORTCUT": {"zh": "降低报考条件", "en": "Eligibility shortcut"},
    "BENEFIT_BAIT": {"zh": "以落户、补贴、住房等利益诱导", "en": "Hukou, subsidy or housing bait"},
    "EXCESSIVE_FEE": {"zh": "收费超过上限", "en": "Fee above the ceiling"},
    "MISSING_ISSUER": {"zh": "未写明发证机构", "en": "No issuer named"},
}


@dataclass(frozen=True)
class FlagResult:
    """One raised flag: its code, severity, the page's words that raised it, and why.

    ``anchor`` names the place on the page the flag points to: the issuer name, the claim
    phrase, the fee, the query site's host (empty: the page as a whole). A flag keeps its
    identity (``flag_fingerprint``) while code and anchor stay, even when extraction rules
    change the evidence words around it; ``None`` falls back to the evidence.
    """

    code: str
    severity: Severity
    evidence: str  # words from the page, at most 200 characters
    detail: str = ""  # a short explanation for the reviewer (English, with names and numbers)
    anchor: str | None = None

    @classmethod
    def of(cls, code: str, evidence: str, detail: str = "", anchor: str | None = None
           ) -> FlagResult:
        """A flag with the contract's severity for ``code``."""
        if code not in FLAG_SEVERITIES:
            raise ValueError(f"unknown flag code {code!r}; known: {', '.join(FLAG_SEVERITIES)}")
        return cls(code=code, severity=FLAG_SEVERITIES[code], evidence=evidence, detail=detail,
                   anchor=None if anchor is None else anchor_text(anchor))

    @property
    def place(self) -> str:
        """What identifies the flag besides its code: the anchor, else the evidence."""
        return self.evidence if self.anchor is None else self.anchor


def anchor_text(text: str) -> str:
    """An anchor as compared: NFKC (full-width forms), one line, case-folded."""
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def label(code: str, lang: str = "zh") -> str:
    """The dashboard label of ``code`` in ``lang`` ("zh" or "en"); the code itself if unknown."""
    return FLAG_LABELS.get(code, {}).get(lang, code)
