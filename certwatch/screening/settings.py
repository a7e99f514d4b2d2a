"""Screening settings: fee ceilings and official query domains, read from data/ CSV files."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from certwatch.errors import UsageError
from facts import official_domains
from facts.official_domains import OFFICIAL_DOMAINS_FILE, DomainPattern

FEE_CEILINGS_FILE = "fee_ceilings.csv"
NO_LEVEL_KEYS = frozenset({"", "none", "null", "-", "*"})

# 失业保险技能提升补贴 caps per level (docs/domain.md §3.4); no national subsidy for levels 1-2.
SUBSIDY_CAPS: dict[int, float] = {5: 1000.0, 4: 1500.0, 3: 2000.0}
SUBSIDY_PROVINCIAL_UPLIFT = 1.3  # provinces may add 30% for scarce-skill lists (docs/domain.md §3.4)


class ScreeningDataError(UsageError):
    """A screening data file is missing or malformed (the message says which file and line)."""


@dataclass(frozen=True)
class ScreeningSettings:
    """What the rules are configured with: fee ceilings by level and official domains."""

    fee_ceilings: Mapping[int | None, float]  # level 1..5, None = no level stated
    official_domains: tuple[DomainPattern, ...]
    subsidy_caps: Mapping[int, float] = field(default_factory=lambda: dict(SUBSIDY_CAPS))
    subsidy_uplift: float = SUBSIDY_PROVINCIAL_UPLIFT

    @classmethod
    def load_default(cls) -> ScreeningSettings:
        """Settings from ``store.config.DATA_DIR`` (data/, or $CERTWATCH_DATA)."""
        from store.config import DATA_DIR

        return cls.from_dir(Path(DATA_DIR))

    @classmethod
    def from_dir(cls, data_dir: Path) -> ScreeningSettings:
        return cls(
            fee_ceilings=read_fee_ceilings(data_dir / FEE_CEILINGS_FILE),
            official_domains=read_official_domains(data_dir / OFFICIAL_DOMAINS_FILE),
        )

    def ceiling_for(self, levels: list[int] | tuple[int, ...]) -> tuple[int | None, float | None]:
        """The level that sets the ceiling (the highest offered, lowest number) and its ceiling."""
        level = min(levels) if levels else None
        ceiling = self.fee_ceilings.get(level)
        if ceiling is None and level is not None:
            ceiling = self.fee_ceilings.get(None)
        return level, ceiling


def _rows(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise ScreeningDataError(f"{path}: file not found") from exc
    except UnicodeDecodeError as exc:
        raise ScreeningDataError(f"{path}: not UTF-8 ({exc.reason})") from exc
    reader = csv.DictReader(text.splitlines())
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise ScreeningDataError(f"{path.name}:1: missing column(s) {', '.join(missing)}")
    return [
        (reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}) for row in reader
    ]


def read_fee_ceilings(path: Path) -> dict[int | None, float]:
    """``level,ceiling_cny,reason`` rows; level 1..5 or ``none`` for "no level stated"."""
    ceilings: dict[int | None, float] = {}
    for line, row in _rows(path, ("level", "ceiling_cny")):
        raw_level = row["level"].lower()
        level: int | None
        if raw_level in NO_LEVEL_KEYS:
            level = None
        elif raw_level in {"1", "2", "3", "4", "5"}:
            level = int(raw_level)
        else:
            raise ScreeningDataError(
                f"{path.name}:{line}: level {row['level']!r} is not 1-5 or none"
            )
        try:
            ceiling = float(row["ceiling_cny"].replace(",", ""))
        except ValueError as exc:
            raise ScreeningDataError(
                f"{path.name}:{line}: ceiling_cny {row['ceiling_cny']!r} is not a number"
            ) from exc
        if ceiling <= 0:
            raise ScreeningDataError(f"{path.name}:{line}: ceiling_cny must be positive")
        if level in ceilings:
            raise ScreeningDataError(f"{path.name}:{line}: level {row['level']!r} listed twice")
        ceilings[level] = ceiling
    if not ceilings:
        raise ScreeningDataError(f"{path.name}: no ceilings")
    return ceilings


def read_official_domains(path: Path) -> tuple[DomainPattern, ...]:
    """``pattern,owner,source`` rows (``facts.official_domains``), as a screening data error."""
    try:
        return official_domains.read_official_domains(path)
    except official_domains.OfficialDomainsError as exc:
        raise ScreeningDataError(str(exc)) from exc
