"""The labeled training webs (data/training/, written by seven independent hands) crawled for
real on loopback, each with its own registry, and the page-type model rebuilt from them.

The floors are the figures measured when the webs and rules were last changed, less a
small margin: a change that makes the first reading of these webs worse fails here. The
webs were used to fit the rules, so these figures are not accuracy claims (the sealed web
in data/sealed/ is); they are regression floors.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from store.config import DATA_DIR

TRAINING = DATA_DIR / "training"
# web -> (offers F1, flags F1, issuer recall, fee accuracy) floors
FLOORS = {  # measured 2026-12-05, less 0.04
    "outside": (0.93, 0.83, 0.76, 0.91),
    "hand_a": (0.84, 0.81, 0.83, 0.71),
    "hand_b": (0.91, 0.83, 0.86, 0.78),
    "hand_c": (0.86, 0.79, 0.79, 0.72),
    "hand_d": (0.94, 0.84, 0.75, 0.80),
    "hand_e": (0.91, 0.83, 0.86, 0.78),
    "hand_f": (0.91, 0.88, 0.87, 0.87),
}


def evaluate_web(web: Path, tmp_path: Path) -> dict[str, Any]:
    """``certwatch evaluate --web`` in a process of its own (Scrapy's reactor runs once)."""
    out = tmp_path / "figures.json"
    proc = subprocess.run(
        [sys.executable, "-m", "certwatch", "evaluate", "--web", str(web), "--json", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    print(proc.stdout)  # the figures and every error, with `pytest -s`
    figures: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return figures


@pytest.mark.parametrize("web", sorted(FLOORS))
def test_training_web_first_reading_holds_its_floor(web: str, tmp_path: Path) -> None:
    figures = evaluate_web(TRAINING / web, tmp_path)
    offers, flags, issuers, fees = FLOORS[web]
    report = json.dumps({k: figures[k] for k in ("offers", "flags", "issuer_recall",
                                                 "fee_accuracy")}, indent=1)
    assert figures["offers"]["f1"] >= offers, report
    assert figures["flags"]["f1"] >= flags, report
    assert figures["issuer_recall"] >= issuers, report
    assert figures["fee_accuracy"] >= fees, report
    # every page type is reported, and pages that are not offers are rarely listed
    listed_non_offers = sum(row.get("listed", 0) for kind, row in figures["per_page_type"].items()
                            if kind != "offer")
    assert listed_non_offers <= 3, figures["per_page_type"]


def test_the_page_type_model_is_rebuilt_byte_for_byte(tmp_path: Path) -> None:
    pytest.importorskip("sklearn", reason="pip install -e '.[train]' to rebuild the model")
    from crawler.extract.train_page_type import main

    out = tmp_path / "page_type.json"
    assert main(["--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == (DATA_DIR / "models" / "page_type.json").read_text(
        encoding="utf-8")
