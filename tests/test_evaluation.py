"""Accuracy on the labeled webs, crawled for real on loopback: the floors the README states."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from certwatch.evaluate import PR, Predicted, score


def evaluate(corpus: str, tmp_path: Path) -> dict:  # type: ignore[type-arg]
    out = tmp_path / f"{corpus}.json"
    proc = subprocess.run(
        [sys.executable, "-m", "certwatch", "evaluate", "--corpus", corpus, "--json", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    print(proc.stdout)  # the figures, with `pytest -s`
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("corpus", ["demo", "holdout", "blind"])
def test_labeled_web_meets_the_floors(corpus: str, tmp_path: Path) -> None:
    figures = evaluate(corpus, tmp_path)
    assert figures["offer_detection"]["f1"] >= 0.97
    assert figures["issuer_extraction"]["recall"] >= 0.95
    assert figures["fee_exact"]["rate"] >= 0.95
    assert figures["flags_on_non_offers"] == 0
    weak = {code: pr for code, pr in figures["flags"].items()
            if pr["precision"] < 0.9 or pr["recall"] < 0.9}
    assert not weak, weak


def test_scoring_counts_misses_false_alarms_and_variants() -> None:
    truth = [
        {"path": "/a", "is_offer": True, "issuers": ["杭州数智职业技能评价有限公司"],
         "fee_min": 1980.0, "fee_max": 3980.0, "flags": ["GUARANTEED_PASS"]},
        {"path": "/a2", "is_offer": True, "duplicate_of": "/a", "flags": ["GUARANTEED_PASS"]},
        {"path": "/b", "is_offer": False, "issuers": [], "fee_min": None, "fee_max": None,
         "flags": []},
        {"path": "/c", "is_offer": True, "crawlable": False, "flags": ["NO_EXAM"]},
    ]
    predicted = {
        "/a": Predicted(True, ["杭州数智职业技能评价有限公司（浙江）"], 1980.0, 3980.0,
                        {"GUARANTEED_PASS", "EXCESSIVE_FEE"}),
        "/b": Predicted(True, [], None, None, {"NO_EXAM"}),
    }
    figures = score(truth, predicted)
    assert figures["offer_detection"] == PR(tp=1, fp=1, fn=0).as_dict()
    assert figures["issuer_extraction"]["recall"] == 1.0
    assert figures["fee_exact"] == {"exact": 1, "offers": 1, "rate": 1.0}
    assert figures["flags_on_non_offers"] == 1
    assert figures["flags"]["EXCESSIVE_FEE"]["precision"] == 0.0
    assert "NO_EXAM" in figures["flags"] and figures["flags"]["NO_EXAM"]["fp"] == 1
