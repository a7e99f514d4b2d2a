"""Pairwise precision and recall of an operator grouping against a labeled web's truth.

A pair of offer pages is positive when the truth gives both the same operator. Precision is
over the pairs certwatch put in one operator; recall over the truth's pairs, a page certwatch
never listed counting as missed. Every predicted pair across two truth operators (or with an
independent seller) is listed with the identifiers that tied it, so a decoy that linked two
businesses shows by name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from itertools import combinations
from typing import Any


def _pairs(groups: Mapping[str, str | None]) -> set[tuple[str, str]]:
    by_group: dict[str, list[str]] = defaultdict(list)
    for page, group in groups.items():
        if group is not None:
            by_group[group].append(page)
    return {tuple(sorted(pair)) for pages in by_group.values()  # type: ignore[misc]
            for pair in combinations(sorted(pages), 2)}


def score_grouping(truth: Mapping[str, str | None], predicted: Mapping[str, str | None],
                   tied_by: Mapping[tuple[str, str], list[str]] | None = None) -> dict[str, Any]:
    """Figures for ``predicted`` (page path -> operator id or None) against ``truth`` (offer
    page path -> truth operator or None); ``tied_by`` names the identifiers of each pair."""
    truth_pairs = _pairs(truth)
    found = {page: op for page, op in predicted.items() if page in truth}
    predicted_pairs = _pairs(found)
    hits = truth_pairs & predicted_pairs
    precision = len(hits) / len(predicted_pairs) if predicted_pairs else 1.0
    recall = len(hits) / len(truth_pairs) if truth_pairs else 1.0
    wrong = sorted(predicted_pairs - truth_pairs)
    return {
        "pairs_true": len(truth_pairs), "pairs_predicted": len(predicted_pairs),
        "pairs_correct": len(hits), "precision": round(precision, 3), "recall": round(recall, 3),
        "offer_pages": len(truth), "offer_pages_listed": len(found),
        "operators_true": len({op for op in truth.values() if op is not None}),
        "operators_predicted": len({op for op in found.values() if op is not None}),
        "wrong_links": [
            {"pages": list(pair), "truth": [truth[pair[0]], truth[pair[1]]],
             "identifiers": (tied_by or {}).get(pair, [])}
            for pair in wrong
        ],
        "missed_links": [list(pair) for pair in sorted(truth_pairs - predicted_pairs)],
    }
