"""The nightly parts of the sources file: ``[nightly]`` and each source's ``monitors``.

The crawl parts of the same file are read by ``crawler.sources``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from certwatch.errors import UsageError
from certwatch.nightly.monitors import FILL_FIELDS, MonitorConfig


@dataclass(frozen=True)
class NightlyConfig:
    remove_after_runs: int = 2  # a listing unseen in this many runs in a row is marked removed
    retention_days: int = 180  # WARCs and page records older than this are pruned
    high_risk: int = 60  # risk score from which a new listing is "high risk" in the report
    monitors: dict[str, MonitorConfig] = field(default_factory=dict)  # by source name


def _number(value: Any, where: str, *, integer: bool, low: float, high: float | None) -> Any:
    ok_type = isinstance(value, int) if integer else isinstance(value, int | float)
    if isinstance(value, bool) or not ok_type or value < low or (high is not None and value > high):
        kind = "an integer" if integer else "a number"
        bound = f" between {low} and {high}" if high is not None else f" >= {low}"
        raise UsageError(f"{where} must be {kind}{bound}, not {value!r}")
    return value


def load_nightly_config(path: Path) -> NightlyConfig:
    """Read ``path``; a mistake raises UsageError naming the file, the source and the field."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML ({exc})") from exc
    nightly = data.get("nightly", {})
    where = f"{path}: [nightly]"
    if not isinstance(nightly, dict):
        raise UsageError(f"{where} must be a table")
    known = {"remove_after_runs", "retention_days", "high_risk"}
    for key in nightly:
        if key not in known:
            raise UsageError(f"{where}: unknown field {key!r} (known: {', '.join(sorted(known))})")
    remove_after = _number(nightly.get("remove_after_runs", 2), f"{where} remove_after_runs",
                           integer=True, low=1, high=None)
    retention = _number(nightly.get("retention_days", 180), f"{where} retention_days",
                        integer=True, low=1, high=None)
    high_risk = _number(nightly.get("high_risk", 60), f"{where} high_risk",
                        integer=True, low=0, high=100)
    monitors: dict[str, MonitorConfig] = {}
    for index, source in enumerate(data.get("source", []), start=1):
        name = source.get("name", f"#{index}") if isinstance(source, dict) else f"#{index}"
        raw = source.get("monitors", {}) if isinstance(source, dict) else {}
        monitors[str(name)] = _monitor_config(raw, f'{path}: source "{name}" (#{index})')
    return NightlyConfig(remove_after, retention, high_risk, monitors)


def _monitor_config(raw: Any, where: str) -> MonitorConfig:
    if not isinstance(raw, dict):
        raise UsageError(f"{where}: field \"monitors\" must be a table")
    known = {"min_pages", "min_offers", "max_error_rate", "min_fill"}
    for key in raw:
        if key not in known:
            raise UsageError(f"{where}: unknown field \"monitors.{key}\"")
    fill = raw.get("min_fill", {})
    if not isinstance(fill, dict):
        raise UsageError(f"{where}: field \"monitors.min_fill\" must be a table")
    for key, value in fill.items():
        if key not in FILL_FIELDS:
            raise UsageError(f"{where}: field \"monitors.min_fill.{key}\" is not one of "
                             f"{', '.join(FILL_FIELDS)}")
        _number(value, f"{where}: field \"monitors.min_fill.{key}\"", integer=False, low=0, high=1)
    return MonitorConfig(
        min_pages=_number(raw.get("min_pages", 1), f"{where}: field \"monitors.min_pages\"",
                          integer=True, low=0, high=None),
        min_offers=_number(raw.get("min_offers", 0), f"{where}: field \"monitors.min_offers\"",
                           integer=True, low=0, high=None),
        max_error_rate=_number(raw.get("max_error_rate", 0.5),
                               f"{where}: field \"monitors.max_error_rate\"",
                               integer=False, low=0, high=1),
        min_fill={k: float(v) for k, v in fill.items()},
    )
