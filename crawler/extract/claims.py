"""Claims screening cares about, found in sentences, each with its stance.

Placeholder signature; owned by the screening work (see certwatch.screening).
"""

from __future__ import annotations

from collections.abc import Sequence

from crawler.items import Claim


def extract_claims(sentences: Sequence[str]) -> list[Claim]:
    """Every claim phrase in ``sentences``, with category, sentence and stance."""
    return []
