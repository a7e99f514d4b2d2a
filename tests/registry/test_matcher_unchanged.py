"""The matcher decides and explains exactly as it did before issue #15 made it cheaper.

``golden/name_pairs_matches.json`` holds every field of every result (status, agency, score,
matched name, explanation, candidates) on ``data/name_pairs.csv``, and ``BENCH_SAMPLE_SHA256``
the digest of the same on a sample of the matching bench (3,000 agencies, 6,000 distinct
mentions), both written by the matcher of 545089e. Explanations and candidates are worked out
when first read (``MatchResult.explained_later``); they read the same whenever that is.
"""

from __future__ import annotations

import csv
import hashlib
import json
import pickle
import random
import sys
from pathlib import Path

from registry.matcher import IssuerMatcher
from registry.records import AgencyRecord, MatchResult

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent / "golden" / "name_pairs_matches.json"
BENCH_SAMPLE_SHA256 = "38ced69c689a11f260d5764cf8fb5c70e40871a695a9268b445494877c6cea86"


def _dump(results: list[MatchResult]) -> list[list[object]]:
    return [[r.mention, r.status, r.agency_id, r.score, r.matched_name, r.explanation,
             [[c.agency_id, c.name, c.score] for c in r.candidates]] for r in results]


def _name_pairs() -> tuple[list[AgencyRecord], list[str]]:
    rows = list(csv.DictReader((ROOT / "data" / "name_pairs.csv").open(encoding="utf-8")))
    ids: dict[str, str] = {}
    agencies = []
    for row in rows:
        name = row["registry_name"]
        if name in ids:
            continue
        ids[name] = f"P{len(ids) + 1:03d}"
        agencies.append(AgencyRecord(
            agency_id=ids[name], name=name,
            aliases=tuple(a for a in row["registry_aliases"].split("|") if a),
            kind=row["registry_kind"], occupations=("4-04-05-05",),  # type: ignore[arg-type]
            levels=(3, 4, 5)))
    return agencies, [row["mention"] for row in rows]


def test_name_pairs_match_and_read_as_before() -> None:
    agencies, mentions = _name_pairs()
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert _dump(IssuerMatcher(agencies).match_many(mentions)) == golden
    one_by_one = IssuerMatcher(agencies)
    assert _dump([one_by_one.match(m) for m in mentions]) == golden


def test_the_bench_sample_matches_and_reads_as_before() -> None:
    sys.path.insert(0, str(ROOT / "bench" / "match"))
    try:
        import run as bench  # bench/match/run.py: its generator
    finally:
        sys.path.remove(str(ROOT / "bench" / "match"))
    rng = random.Random(7)
    agencies, brands = bench.make_registry(rng, 3000)
    mentions, _ = bench.make_mentions(rng, agencies, brands, 6000, 12000)
    text = json.dumps(_dump(IssuerMatcher(agencies).match_many(mentions)), ensure_ascii=False,
                      sort_keys=True)
    assert hashlib.sha256(text.encode()).hexdigest() == BENCH_SAMPLE_SHA256


def test_a_result_reads_the_same_whenever_its_explanation_is_worked_out() -> None:
    agencies, mentions = _name_pairs()
    first = IssuerMatcher(agencies).match_many(mentions)
    again = IssuerMatcher(agencies).match_many(mentions)
    for early, late in zip(first, again, strict=True):
        assert early.candidates is early.candidates and early.explanation  # worked out once
        eager = MatchResult(late.mention, late.status, late.agency_id, late.score,
                            late.matched_name, late.explanation, late.candidates)
        assert early == late == eager and hash(early) == hash(eager)
        assert repr(early) == repr(eager)
        assert pickle.loads(pickle.dumps(early)) == eager
    unread = IssuerMatcher(agencies).match_many(mentions)
    assert pickle.loads(pickle.dumps(unread)) == first  # pickled before being read
