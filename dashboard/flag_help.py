"""Help for each flag code, in Chinese and English: what it means, the domain fact behind
it (a section of docs/domain.md) and what a reviewer should check.

The texts are data, ``data/lexicon/flag_help.csv`` (one row per code of
``store.vocabulary.FLAG_CODES``; tests/dashboard/test_flag_help.py keeps it complete).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from store.config import DATA_DIR

FLAG_HELP_FILE = DATA_DIR / "lexicon" / "flag_help.csv"
COLUMNS = ("code", "domain_sections", "meaning_zh", "meaning_en", "domain_zh", "domain_en",
           "check_zh", "check_en", "source")


@dataclass(frozen=True)
class FlagHelp:
    code: str
    sections: tuple[str, ...]  # docs/domain.md sections, e.g. ("§2.2", "§2.3")
    meaning: dict[str, str]  # by language
    domain: dict[str, str]
    check: dict[str, str]


@cache
def load(path: Path = FLAG_HELP_FILE) -> dict[str, FlagHelp]:
    """Every flag's help, by code."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out: dict[str, FlagHelp] = {}
    for row in rows:
        out[row["code"]] = FlagHelp(
            code=row["code"],
            sections=tuple(s.strip() for s in row["domain_sections"].split("|") if s.strip()),
            meaning={"zh": row["meaning_zh"], "en": row["meaning_en"]},
            domain={"zh": row["domain_zh"], "en": row["domain_en"]},
            check={"zh": row["check_zh"], "en": row["check_en"]},
        )
    return out


def help_text(code: str, lang: str) -> str:
    """The help of ``code`` as three short paragraphs of plain text ("" for an unknown code)."""
    found = load().get(code)
    if found is None:
        return ""
    labels = {"zh": ("含义", "依据", "审核要点"), "en": ("Meaning", "Why", "Check")}[lang]
    return "\n\n".join(
        f"{label}: {text}" if lang == "en" else f"{label}：{text}"
        for label, text in zip(
            labels, (found.meaning[lang], found.domain[lang], found.check[lang]), strict=True
        )
    )
