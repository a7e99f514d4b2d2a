"""Score a labeled web in the ``truth.json`` format (the outside, training and sealed webs).

The conventions are those of the webs' own ``LABELING.md`` and ``score.py``: pages by URL
path (query and fragment ignored), any-of flag groups, optional flags neither rewarded nor
penalized, every flag on a page that is not an offer a false positive, a second listing
for one page a false positive, issuer names equal after normalization or ≥ 0.9 similar,
fees within 1 %. Beyond the figures it reports per page type and per flag code, and lists
every false positive and false negative with the reason certwatch gave.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select

from certwatch.evaluate import PR, latest_issuer_names
from facts.urls import path_of
from store.db import session_scope
from store.models import Flag, Listing, Page
from store.vocabulary import labeled_page_type

HIGH = {"UNRECOGNIZED_ISSUER", "LOOKALIKE_ISSUER", "ISSUER_OUT_OF_SCOPE", "ISSUER_LAPSED",
        "GOVERNMENT_ISSUER_CLAIM", "UNOFFICIAL_VERIFICATION_SITE", "NO_EXAM"}


@dataclass
class PagePrediction:
    """What certwatch stored for one page path."""

    page_type: str = ""
    reasons: str = ""
    listings: int = 0
    issuers: list[str] = field(default_factory=list)
    fee_min: float | None = None
    fee_max: float | None = None
    flags: dict[str, str] = field(default_factory=dict)  # code -> evidence


def truth_path(path: str) -> str:
    """The truth key of a URL path: ``/`` and ``.../`` mean ``index.html``."""
    return path + "index.html" if path.endswith("/") else path


def predictions(engine: Engine) -> dict[str, PagePrediction]:
    """What the store holds after crawling a web, keyed by truth path."""
    out: dict[str, PagePrediction] = defaultdict(PagePrediction)
    with session_scope(engine) as session:
        for url, kind, reasons in session.execute(
            select(Page.url, Page.page_type, Page.page_reasons).order_by(Page.id)
        ):
            got = out[truth_path(path_of(url))]
            if kind and (not got.page_type or kind == "offer"):
                got.page_type, got.reasons = kind, reasons or ""
        for listing in session.scalars(select(Listing).where(Listing.retired_at.is_(None))):
            got = out[truth_path(path_of(listing.canonical_url))]
            got.listings += 1
            if got.listings > 1:
                continue
            got.fee_min, got.fee_max = listing.fee_min, listing.fee_max
            got.issuers = latest_issuer_names(session, listing.id)
            for code, evidence in session.execute(
                select(Flag.code, Flag.evidence).where(Flag.listing_id == listing.id,
                                                       Flag.active.is_(True))
            ):
                got.flags.setdefault(code, evidence)
    return dict(out)


def norm_name(name: str) -> str:
    text = unicodedata.normalize("NFKC", name or "").lower()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PSZC")


def names_match(pred: str, names: list[str]) -> bool:
    a = norm_name(pred)
    for b in map(norm_name, names):
        if not a or not b:
            continue
        short, long_ = sorted((a, b), key=len)
        if a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.9 or (
            len(short) >= 4 and short in long_ and len(short) / len(long_) >= 0.6
        ):
            return True
    return False


def _fee_ok(truth: Any, got: PagePrediction) -> bool:
    def close(a: Any, b: float | None) -> bool:
        if a is None or b is None:
            return a is None and b is None
        return abs(float(a) - b) <= max(0.01 * abs(float(a)), 0.5)

    options = [truth.get("fee_cny"), *(truth.get("fee_cny_alt") or [])]
    return any(
        (o is None and got.fee_min is None) or (
            isinstance(o, dict) and close(o.get("min"), got.fee_min)
            and close(o.get("max"), got.fee_max))
        for o in options
    )


def score_web(truth: dict[str, Any], got: dict[str, PagePrediction]) -> dict[str, Any]:
    """Figures and errors (pure): offers, flags, suspicious, issuers, fees, per type and code."""
    offers, flags, suspicious = PR(), PR(), PR()
    per_type: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    per_code: dict[str, PR] = defaultdict(PR)
    issuers_found = issuers_total = fee_right = offer_total = 0
    errors: list[dict[str, str]] = []

    def error(kind: str, path: str, what: str, why: str) -> None:
        errors.append({"kind": kind, "path": path, "what": what, "why": why[:300]})

    for path, entry in sorted(truth["pages"].items()):
        if entry.get("robots_disallowed"):
            continue
        p = got.get(path, PagePrediction())
        kind = labeled_page_type(entry)
        row = per_type[kind]
        row["pages"] += 1
        row["typed_right"] += p.page_type == kind
        is_offer = bool(entry.get("is_offer"))
        listed = p.listings > 0
        row["listed"] += listed
        if p.listings > 1:
            offers.fp += 1
            error("FP offer", path, f"{p.listings} listings for one page", "duplicate identity")
        if is_offer and listed:
            offers.tp += 1
        elif listed:
            offers.fp += 1
            error("FP offer", path, f"listed, truth {kind}", p.reasons)
        elif is_offer:
            offers.fn += 1
            error("FN offer", path, f"not listed (read as {p.page_type or 'unfetched'})", p.reasons)
        if not is_offer:
            row["flags"] += len(p.flags)
            flags.fp += len(p.flags)
            for code, evidence in p.flags.items():
                per_code[code].fp += 1
                error("FP flag", path, f"{code} on a {kind} page", evidence)
            suspicious.fp += any(c in HIGH for c in p.flags)
            continue
        offer_total += 1
        optional = set(entry.get("optional_flags") or [])
        raised = set(p.flags)
        for group in entry.get("flags") or []:
            codes = set(group) if isinstance(group, list) else {group}
            optional |= codes
            if raised & codes:
                flags.tp += 1
                per_code[sorted(raised & codes)[0]].tp += 1
            else:
                flags.fn += 1
                code = "|".join(sorted(codes))
                per_code[code].fn += 1
                error("FN flag", path, code, f"not raised; certwatch raised {sorted(raised)}")
        for code in sorted(raised - optional):
            flags.fp += 1
            per_code[code].fp += 1
            error("FP flag", path, code, p.flags[code])
        truth_suspicious = bool(entry.get("suspicious"))
        got_suspicious = any(c in HIGH for c in raised)
        suspicious.tp += truth_suspicious and got_suspicious
        suspicious.fp += got_suspicious and not truth_suspicious
        suspicious.fn += truth_suspicious and not got_suspicious
        for issuer in entry.get("issuers") or []:
            names = [issuer.get("name", ""), *(issuer.get("alt_names") or [])]
            issuers_total += 1
            if any(names_match(g, names) for g in p.issuers):
                issuers_found += 1
            else:
                error("FN issuer", path, names[0], f"certwatch read {p.issuers}")
        if listed and _fee_ok(entry, p):  # end to end: a missed offer's fee is wrong
            fee_right += 1
        else:
            error("wrong fee", path, f"truth {entry.get('fee_cny')}",
                  f"certwatch read {p.fee_min}–{p.fee_max}")
    return {
        "offers": offers.as_dict(),
        "flags": flags.as_dict(),
        "suspicious": suspicious.as_dict(),
        "issuer_recall": round(issuers_found / issuers_total, 4) if issuers_total else 1.0,
        "fee_accuracy": round(fee_right / offer_total, 4) if offer_total else 1.0,
        "per_page_type": {k: dict(v) for k, v in sorted(per_type.items())},
        "per_flag_code": {k: v.as_dict() for k, v in sorted(per_code.items())},
        "errors": errors,
    }


def format_web_report(figures: dict[str, Any]) -> str:
    o, f, s = figures["offers"], figures["flags"], figures["suspicious"]
    lines = [
        f"offers      F1 {o['f1']:.3f}  (precision {o['precision']:.3f}, recall "
        f"{o['recall']:.3f}; tp {o['tp']} fp {o['fp']} fn {o['fn']})",
        f"flags       F1 {f['f1']:.3f}  (precision {f['precision']:.3f}, recall "
        f"{f['recall']:.3f}; tp {f['tp']} fp {f['fp']} fn {f['fn']})",
        f"suspicious  F1 {s['f1']:.3f}",
        f"issuer recall {figures['issuer_recall']:.3f}   fee accuracy {figures['fee_accuracy']:.3f}",
        "",
        f"{'page type':<12} {'pages':>5} {'typed right':>11} {'listed':>6} {'flags':>5}",
    ]
    for kind, row in figures["per_page_type"].items():
        lines.append(f"{kind:<12} {row.get('pages', 0):>5} {row.get('typed_right', 0):>11} "
                     f"{row.get('listed', 0):>6} {row.get('flags', 0):>5}")
    lines += ["", f"{'flag code':<44} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for code, pr in figures["per_flag_code"].items():
        lines.append(f"{code:<44} {pr['precision']:>9.3f} {pr['recall']:>7.3f} "
                     f"{pr['tp']:>4} {pr['fp']:>4} {pr['fn']:>4}")
    lines += ["", f"errors ({len(figures['errors'])}):"]
    for e in figures["errors"]:
        lines.append(f"  {e['kind']:<10} {e['path']}  {e['what']}  — {e['why']}")
    return "\n".join(lines)
