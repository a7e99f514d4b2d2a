"""Evaluation figures: what the store holds after crawling a labeled web, scored against truth.

The job itself (serve, crawl into a scratch database, score) is
``certwatch.services.evaluate``.

Truth: ``data/demo_truth.jsonl`` (see data/README.md). Figures: offer detection
precision/recall/F1 over pages, issuer recall and precision, fee min/max exactness over
offers, and precision/recall per flag code.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from facts.contract import OfferFacts
from facts.urls import path_of
from registry.normalize import normalize_name
from store.config import DATA_DIR
from store.db import session_scope
from store.models import Flag, Listing, Observation, Page

CORPORA = {  # name -> (site folder served on loopback, truth file)
    "demo": (DATA_DIR / "demo_site", DATA_DIR / "demo_truth.jsonl"),
    "holdout": (DATA_DIR / "holdout_site", DATA_DIR / "holdout_truth.jsonl"),
    "blind": (DATA_DIR / "blind_site", DATA_DIR / "blind_truth.jsonl"),
}


@dataclass
class Predicted:
    """What certwatch stored for one page path."""

    is_offer: bool = False
    issuers: list[str] = field(default_factory=list)
    fee_min: float | None = None
    fee_max: float | None = None
    flags: set[str] = field(default_factory=set)


@dataclass
class PR:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def load_truth(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _same_issuer(a: str, b: str) -> bool:
    na, nb = normalize_name(a), normalize_name(b)
    return bool(na) and bool(nb) and (na == nb or na in nb or nb in na)


def _fee_equal(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 0.5)


def score(truth: Iterable[dict[str, Any]], predicted: dict[str, Predicted]) -> dict[str, Any]:
    """All figures, from truth lines and predictions by page path (pure)."""
    offers, issuers = PR(), PR()
    fee_exact = fee_total = 0
    flags: dict[str, PR] = {}
    flags_on_non_offers = 0
    for row in truth:
        if not row.get("crawlable", True) or row.get("duplicate_of"):
            continue
        got = predicted.get(row["path"], Predicted())
        if row["is_offer"] and got.is_offer:
            offers.tp += 1
        elif got.is_offer:
            offers.fp += 1
        elif row["is_offer"]:
            offers.fn += 1
        if not row["is_offer"]:
            flags_on_non_offers += len(got.flags)
        if row["is_offer"]:
            for name in row.get("issuers", []):
                if any(_same_issuer(name, g) for g in got.issuers):
                    issuers.tp += 1
                else:
                    issuers.fn += 1
            for name in got.issuers:
                if not any(_same_issuer(name, t) for t in row.get("issuers", [])):
                    issuers.fp += 1
            fee_total += 1
            fee_exact += _fee_equal(row.get("fee_min"), got.fee_min) and _fee_equal(
                row.get("fee_max"), got.fee_max)
        truth_flags = set(row.get("flags", []))
        for code in truth_flags | got.flags:
            pr = flags.setdefault(code, PR())
            if code in truth_flags and code in got.flags:
                pr.tp += 1
            elif code in got.flags:
                pr.fp += 1
            else:
                pr.fn += 1
    return {
        "offer_detection": offers.as_dict(),
        "issuer_extraction": issuers.as_dict(),
        "fee_exact": {"exact": fee_exact, "offers": fee_total,
                      "rate": round(fee_exact / fee_total, 4) if fee_total else 1.0},
        "flags": {code: pr.as_dict() for code, pr in sorted(flags.items())},
        "flags_on_non_offers": flags_on_non_offers,
    }


def latest_issuer_names(session: Session, listing_id: int) -> list[str]:
    """The issuer names of a listing's latest observation, as extraction read them."""
    latest = session.scalars(
        select(Observation).where(Observation.listing_id == listing_id)
        .order_by(Observation.id.desc()).limit(1)
    ).first()
    return [i.name for i in OfferFacts.from_dict(latest.facts).issuers] if latest else []


def predictions(engine: Engine) -> dict[str, Predicted]:
    """What the store holds, keyed by URL path (query strings dropped)."""
    out: dict[str, Predicted] = {}
    with session_scope(engine) as session:
        for url, is_offer in session.execute(select(Page.url, Page.is_offer)):
            got = out.setdefault(path_of(url), Predicted())
            got.is_offer = got.is_offer or bool(is_offer)
        for listing in session.scalars(select(Listing).where(Listing.retired_at.is_(None))):
            path = path_of(listing.canonical_url)
            got = out.setdefault(path, Predicted())
            got.is_offer = True
            got.fee_min, got.fee_max = listing.fee_min, listing.fee_max
            got.issuers = latest_issuer_names(session, listing.id)
            got.flags = set(session.scalars(
                select(Flag.code).where(Flag.listing_id == listing.id, Flag.active.is_(True))
            ))
    return out


def format_report(figures: dict[str, Any]) -> str:
    o, i, f = figures["offer_detection"], figures["issuer_extraction"], figures["fee_exact"]
    lines = [
        f"offer detection   precision {o['precision']:.3f}  recall {o['recall']:.3f}  "
        f"F1 {o['f1']:.3f}  (tp {o['tp']}, fp {o['fp']}, fn {o['fn']})",
        f"issuer extraction precision {i['precision']:.3f}  recall {i['recall']:.3f}  "
        f"(tp {i['tp']}, fp {i['fp']}, fn {i['fn']})",
        f"fee min and max exact on {f['exact']}/{f['offers']} offers ({f['rate']:.1%})",
        f"flags on pages that are not offers: {figures['flags_on_non_offers']}",
        "",
        f"{'flag code':<30} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}",
    ]
    for code, pr in figures["flags"].items():
        lines.append(f"{code:<30} {pr['precision']:>9.3f} {pr['recall']:>7.3f} "
                     f"{pr['tp']:>4} {pr['fp']:>4} {pr['fn']:>4}")
    return "\n".join(lines)
