"""Pairwise scoring of an operator grouping."""

from __future__ import annotations

from certwatch.operators.scoring import score_grouping


def test_pairwise_precision_recall_and_wrong_links_named() -> None:
    truth = {"/a1": "A", "/a2": "A", "/a3": "A", "/b1": "B", "/b2": "B", "/x": None}
    predicted = {"/a1": "1", "/a2": "1", "/b1": "2", "/b2": "2", "/x": "2", "/news": "2"}
    figures = score_grouping(truth, predicted, {("/b1", "/x"): ["phone:+864001234567"]})
    # truth pairs: a1a2 a1a3 a2a3 b1b2 (4); predicted: a1a2, b1b2 b1x b2x (4); right: 2
    assert figures["pairs_true"] == 4 and figures["pairs_predicted"] == 4
    assert figures["precision"] == 0.5 and figures["recall"] == 0.5
    assert figures["offer_pages_listed"] == 5, "a page that is no offer in the truth is left out"
    wrong = {tuple(w["pages"]): w for w in figures["wrong_links"]}
    assert wrong[("/b1", "/x")]["identifiers"] == ["phone:+864001234567"]
    assert ["/a1", "/a3"] in figures["missed_links"]


def test_nothing_predicted_and_nothing_true() -> None:
    assert score_grouping({"/a": None}, {"/a": None})["precision"] == 1.0
