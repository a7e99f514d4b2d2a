"""``certwatch evaluate``: crawl a labeled web into a scratch database, score it against truth.

The figures are computed by ``certwatch.evaluate`` (pure scoring and the store read-back);
this job serves and crawls the corpus. Evaluation never touches the user's database.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from certwatch.errors import UsageError
from certwatch.evaluate import CORPORA, load_truth, predictions, score
from certwatch.evaluate_web import predictions as web_predictions, score_web
from certwatch.operators.scoring import score_grouping
from certwatch.operators.store import operator_predictions
from certwatch.services.crawl import CrawlOutcome
from certwatch.services.demo import crawl_demo_site
from certwatch.services.registry import import_registry_file
from store.db import make_engine


@dataclass(frozen=True)
class Evaluation:
    corpus: str
    site: Path
    crawl: CrawlOutcome
    figures: dict[str, Any]


def evaluate_corpus(corpus: str = "demo", *, progress: bool = False) -> Evaluation:
    """Crawl ``corpus`` (demo, holdout or blind) into a scratch SQLite database; the figures."""
    site, truth = CORPORA[corpus]
    with tempfile.TemporaryDirectory(prefix="certwatch-eval-") as tmp:
        scratch = make_engine(f"sqlite:///{Path(tmp) / 'eval.db'}")
        outcome = crawl_demo_site(scratch, site, progress=progress)
        figures = score(load_truth(truth), predictions(scratch))
        scratch.dispose()
    return Evaluation(corpus, site, outcome, figures)


def evaluate_web(folder: Path, *, progress: bool = False) -> Evaluation:
    """Crawl a labeled web in the truth.json format (``site/``, ``truth.json``,
    ``registry.csv``) with its own registry into a scratch database; the figures."""
    truth_file, registry, site = folder / "truth.json", folder / "registry.csv", folder / "site"
    for needed in (truth_file, registry, site / "index.html"):
        if not needed.exists():
            raise UsageError(f"{folder}: not a labeled web ({needed.name} is missing)")
    try:
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise UsageError(f"{truth_file}: not JSON ({exc})") from exc
    with tempfile.TemporaryDirectory(prefix="certwatch-eval-") as tmp:
        scratch = make_engine(f"sqlite:///{Path(tmp) / 'eval.db'}")
        import_registry_file(scratch, registry)
        outcome = crawl_demo_site(scratch, site, progress=progress)
        figures = score_web(truth, web_predictions(scratch))
        scratch.dispose()
    return Evaluation(folder.name, site, outcome, figures)


def evaluate_operators(folder: Path, *, progress: bool = False) -> Evaluation:
    """Crawl a labeled web of operators (``site/``, ``truth.json`` whose pages name their
    ``operator``) into a scratch database and score the grouping pairwise."""
    truth_file, site = folder / "truth.json", folder / "site"
    for needed in (truth_file, site / "index.html"):
        if not needed.exists():
            raise UsageError(f"{folder}: not a labeled web of operators ({needed.name} is missing)")
    try:
        pages = json.loads(truth_file.read_text(encoding="utf-8"))["pages"]
        truth = {p["path"]: p.get("operator") for p in pages if p.get("is_offer")}
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{truth_file}: not a truth file of operators ({exc})") from exc
    missing = [path for path in truth if not (site / str(path).lstrip("/")).is_file()]
    if missing:  # (scored, every pair would be missed: recall 0 that says nothing)
        raise UsageError(f"{truth_file}: {len(missing)} of {len(truth)} offer paths name no page "
                         f"under {site}/ (paths are relative to site/, e.g. /shop/1.html): "
                         f"{', '.join(map(str, missing[:3]))}")
    with tempfile.TemporaryDirectory(prefix="certwatch-eval-") as tmp:
        scratch = make_engine(f"sqlite:///{Path(tmp) / 'eval.db'}")
        registry = folder / "registry.csv"
        if registry.exists():
            import_registry_file(scratch, registry)
        outcome = crawl_demo_site(scratch, site, progress=progress)
        predicted, tied_by = operator_predictions(scratch)
        figures = score_grouping(truth, predicted, tied_by)
        scratch.dispose()
    return Evaluation(folder.name, site, outcome, figures)
