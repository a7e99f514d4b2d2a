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


def test_an_operator_truth_whose_paths_name_no_page_is_refused(tmp_path: Path) -> None:
    """A truth file whose offer paths are not under site/ (written /site/shop/1.html) would
    score recall 0 that says nothing: the command names the file and the paths instead."""
    (tmp_path / "site" / "shop").mkdir(parents=True)
    (tmp_path / "site" / "index.html").write_text("<a href='/shop/1.html'>1</a>", encoding="utf-8")
    (tmp_path / "site" / "shop" / "1.html").write_text("<p>人工智能训练师</p>", encoding="utf-8")
    truth = {"pages": [{"path": "/site/shop/1.html", "is_offer": True, "operator": "U01"}]}
    (tmp_path / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "certwatch", "evaluate", "--operators", str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert "1 of 1 offer paths name no page" in proc.stderr and "/site/shop/1.html" in proc.stderr
