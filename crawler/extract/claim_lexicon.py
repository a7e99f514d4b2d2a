"""The claim lexicon: how ads phrase a promise, read from ``data/lexicon/claims.csv``.

One row per way of phrasing (category, leads, pattern, source). A row stands for one regular
expression per lead (``lead + pattern``; leads separated by ``|``; no leads: the pattern
alone), so every alternative starts with a literal character, which keeps the one-pass search
fast. In a row, ``<GAP>``, ``<NOT_PASS_WORD>`` and ``<NOT_OCCUPATION_OBJECT>`` stand for the
fragments below, and the lead ``<GOVERNMENT_LEADS>`` for every government body of
``data/lexicon/claim_words.csv`` (also with 国家 / 中华人民共和国 before it, and 国家, 政府).
Patterns use ``(?:...)`` groups only. A bad row fails at import naming the file and row.
"""

from __future__ import annotations

import re

from crawler.extract.lexicon import LEXICON_DIR, LexiconError, grouped, read_rows

CATEGORIES: tuple[str, ...] = (
    "guaranteed_pass", "no_exam", "government", "national", "benefit", "eligibility",
    "verification",
)

# Separators an ad may put inside a two-character slogan: 包 过, 包-过, 包·过, 包*过.
GAP = r"[\s\-—_·•.*~、]{0,2}"
NOT_PASS_WORD = r"(?![程去往期渡滤度敏头来年夜])"  # 确保过程, 面包过期, 红包过年 are not 包过
# what a ministry "certified" or "published" when it is the occupation, not a certificate
NOT_OCCUPATION_OBJECT = r"(?!的?(?:新|新兴|国家)?(?:职业|工种|行业|岗位|专业)(?!资格|技能等级|证))"
_FRAGMENTS = {
    "<GAP>": GAP,
    "<NOT_PASS_WORD>": NOT_PASS_WORD,
    "<NOT_OCCUPATION_OBJECT>": NOT_OCCUPATION_OBJECT,
}

GOVERNMENT_BODIES: tuple[str, ...] = grouped("claim_words", "role", "phrase")["government_body"]
GOVERNMENT_LEADS: tuple[str, ...] = (
    *GOVERNMENT_BODIES,
    *(f"国家{b}" for b in GOVERNMENT_BODIES),
    *(f"中华人民共和国{b}" for b in GOVERNMENT_BODIES),
    "国家",
    "政府",
)


def each(leads: tuple[str, ...], rest: str) -> tuple[str, ...]:
    """One alternative per leading word, so every alternative starts with a literal character
    (the regex engine then skips non-candidate positions quickly: ~10× faster than an
    optional or grouped start)."""
    return tuple(lead + rest for lead in leads)


def _fill(text: str) -> str:
    for token, fragment in _FRAGMENTS.items():
        text = text.replace(token, fragment)
    return text


def load_lexicon(name: str = "claims") -> dict[str, tuple[str, ...]]:
    """Category -> regular expressions of ``data/lexicon/<name>.csv``, in file order."""
    path = LEXICON_DIR / f"{name}.csv"
    rows = read_rows(path, ("category", "leads", "pattern", "source"),
                     optional=("leads", "pattern"))
    lexicon: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for number, row in enumerate(rows, start=1):
        where = f"{path}: row {number}"
        if row["category"] not in lexicon:
            raise LexiconError(f"{where}: unknown category {row['category']!r}")
        if not row["leads"] and not row["pattern"]:
            raise LexiconError(f"{where}: empty leads and pattern")
        leads = (GOVERNMENT_LEADS if row["leads"] == "<GOVERNMENT_LEADS>"
                 else row["leads"].split("|") if row["leads"] else [""])
        for lead in leads:
            alternative = _fill(lead + row["pattern"])
            try:
                groups = re.compile(alternative).groups
            except re.error as exc:
                raise LexiconError(f"{where}: bad regular expression {alternative!r}: {exc}") \
                    from None
            if groups:
                raise LexiconError(f"{where}: {alternative!r} must use (?:...) groups only")
            lexicon[row["category"]].append(alternative)
    return {c: tuple(p) for c, p in lexicon.items()}


LEXICON: dict[str, tuple[str, ...]] = load_lexicon()
# English phrasings (``claims_en.csv``): matched case-insensitively, on sentences with Latin words
LEXICON_EN: dict[str, tuple[str, ...]] = load_lexicon("claims_en")
