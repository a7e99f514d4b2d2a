"""``certwatch evaluate``: crawl a labeled web into a scratch database, score it against truth.

The figures are computed by ``certwatch.evaluate`` (pure scoring and the store read-back);
this job serves and crawls the corpus. Evaluation never touches the user's database.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from certwatch.evaluate import CORPORA, load_truth, predictions, score
from certwatch.services.crawl import CrawlOutcome
from certwatch.services.demo import crawl_demo_site
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
