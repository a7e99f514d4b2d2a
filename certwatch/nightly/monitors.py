"""Monitors in the spirit of Spidermon: is this run's data from a source trustworthy?

Pure: per-source statistics and thresholds in, results out. A failed monitor fails the
run (exit 1) so a broken source is loud instead of silently emptying the dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FILL_FIELDS = ("title", "fee", "issuer", "levels")


@dataclass(frozen=True)
class MonitorConfig:
    """Thresholds for one source (the sources file's ``[source.monitors]`` table)."""

    min_pages: int = 1
    min_offers: int = 0
    max_error_rate: float = 0.5
    min_fill: dict[str, float] = field(default_factory=dict)  # field -> minimum share of offers


@dataclass(frozen=True)
class SourceStats:
    source: str
    pages: int
    errors: int
    offers: int
    filled: dict[str, int]  # field -> offers that have it

    @property
    def error_rate(self) -> float:
        return self.errors / self.pages if self.pages else 1.0

    def fill_rate(self, name: str) -> float:
        return self.filled.get(name, 0) / self.offers if self.offers else 0.0


@dataclass(frozen=True)
class MonitorResult:
    source: str
    monitor: str
    ok: bool
    message: str


def check_source(stats: SourceStats, config: MonitorConfig) -> list[MonitorResult]:
    """Every monitor for one source, passed or failed, with a message a person can act on."""
    s = stats.source
    results = [
        MonitorResult(s, "min_pages", stats.pages >= config.min_pages,
                      f"{stats.pages} pages fetched (minimum {config.min_pages})"),
        MonitorResult(s, "min_offers", stats.offers >= config.min_offers,
                      f"{stats.offers} offers found (minimum {config.min_offers})"),
        MonitorResult(s, "max_error_rate", stats.pages > 0 and stats.error_rate <= config.max_error_rate,
                      f"{stats.errors} of {stats.pages} pages failed "
                      f"({stats.error_rate:.0%}, maximum {config.max_error_rate:.0%})"),
    ]
    for name, minimum in sorted(config.min_fill.items()):
        rate = stats.fill_rate(name)
        results.append(MonitorResult(
            s, f"fill_{name}", stats.offers == 0 or rate >= minimum,
            f"{name} found on {rate:.0%} of {stats.offers} offers (minimum {minimum:.0%})",
        ))
    return results
