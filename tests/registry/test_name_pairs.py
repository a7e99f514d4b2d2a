"""Accuracy of the issuer matcher on the labeled pairs in data/name_pairs.csv.

The registry is every distinct ``registry_name`` (with its aliases and kind); each mention is
matched against all of it. Run with ``-s`` to see the figures.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from registry.matcher import IssuerMatcher
from registry.records import AgencyRecord, MatchResult

PAIRS = Path(__file__).resolve().parents[2] / "data" / "name_pairs.csv"


@dataclass(frozen=True)
class Scores:
    recognized_precision: float
    recognized_recall: float
    lookalike_recall: float
    lookalike_precision: float
    lookalike_agency_accuracy: float
    unrelated_kept_out: float
    misses: tuple[str, ...]


def _registry(rows: list[dict[str, str]]) -> tuple[list[AgencyRecord], dict[str, str]]:
    ids: dict[str, str] = {}
    agencies = []
    for row in rows:
        name = row["registry_name"]
        if name in ids:
            continue
        ids[name] = f"P{len(ids) + 1:03d}"
        aliases = tuple(a for a in row["registry_aliases"].split("|") if a)
        agencies.append(AgencyRecord(agency_id=ids[name], name=name, aliases=aliases,
                                     kind=row["registry_kind"], occupations=("4-04-05-05",),
                                     levels=(3, 4, 5)))
    return agencies, ids


def evaluate(rows: list[dict[str, str]]) -> Scores:
    agencies, ids = _registry(rows)
    results: list[MatchResult] = IssuerMatcher(agencies).match_many(r["mention"] for r in rows)
    positive = true_positive = same = 0
    lookalike_rows = lookalike_hits = lookalike_right_agency = predicted_lookalike = 0
    predicted_lookalike_right = unrelated = unrelated_out = 0
    misses = []
    for row, result in zip(rows, results, strict=True):
        label, expected_id = row["label"], ids[row["registry_name"]]
        recognized = result.status in ("recognized", "government")
        positive += recognized
        same += label == "same"
        predicted_lookalike += result.status == "lookalike"
        if label == "same":
            expected = "government" if row["registry_kind"] == "government" else "recognized"
            ok = result.status == expected and result.agency_id == expected_id
            true_positive += ok
        elif label == "lookalike":
            lookalike_rows += 1
            ok = result.status == "lookalike"
            lookalike_hits += ok
            lookalike_right_agency += ok and result.agency_id == expected_id
            predicted_lookalike_right += ok
        else:
            unrelated += 1
            ok = result.status == "unrecognized"
            unrelated_out += ok
        if not ok:
            misses.append(f"{label:9} {row['mention']} → {result.explanation}")
    return Scores(
        recognized_precision=true_positive / positive,
        recognized_recall=true_positive / same,
        lookalike_recall=lookalike_hits / lookalike_rows,
        lookalike_precision=predicted_lookalike_right / max(predicted_lookalike, 1),
        lookalike_agency_accuracy=lookalike_right_agency / max(lookalike_hits, 1),
        unrelated_kept_out=unrelated_out / unrelated,
        misses=tuple(misses),
    )


@pytest.fixture(scope="module")
def pair_rows() -> list[dict[str, str]]:
    with PAIRS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_name_pairs_file_is_large_and_labeled(pair_rows: list[dict[str, str]]) -> None:
    labels = [row["label"] for row in pair_rows]
    assert len(pair_rows) >= 150
    assert set(labels) == {"same", "lookalike", "unrelated"}
    assert min(labels.count(label) for label in set(labels)) >= 40


def test_matcher_accuracy_on_name_pairs(pair_rows: list[dict[str, str]]) -> None:
    scores = evaluate(pair_rows)
    print(
        f"\nname pairs: n={len(pair_rows)}"
        f"\n  recognized-vs-not precision {scores.recognized_precision:.3f}"
        f"  recall {scores.recognized_recall:.3f}"
        f"\n  lookalike recall {scores.lookalike_recall:.3f}"
        f"  precision {scores.lookalike_precision:.3f}"
        f"  right agency {scores.lookalike_agency_accuracy:.3f}"
        f"\n  unrelated kept unrecognized {scores.unrelated_kept_out:.3f}"
    )
    for miss in scores.misses:
        print("  miss:", miss)
    assert scores.recognized_precision >= 0.98
    assert scores.recognized_recall >= 0.95
    assert scores.lookalike_recall >= 0.9
