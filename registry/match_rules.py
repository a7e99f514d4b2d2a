"""The scalar matching rules: thresholds, the score of one (mention, registry name) pair, the
lookalike test, the edit description and the decision records (``registry.matcher`` applies
them in bulk; these are the reference for one pair).
"""

from __future__ import annotations

import re
from typing import NamedTuple, Protocol

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from registry.normalize import STATE_WORDS
from registry.records import AgencyRecord, Candidate, MatchStatus

# Thresholds. Chosen on data/name_pairs.csv: tests/registry/test_name_pairs.py prints the
# precision/recall they give (data/README.registry.md records the figures).
LOOKALIKE_MIN_SCORE = 75.0  # combined score (mean of full-name and core ratio) for a lookalike
MIN_CORE_LENGTH = 2  # a shared distinctive core shorter than this proves nothing
# One character changed, added or dropped in a name at least this long is a lookalike
# (杭州数知… for 杭州数智…), however short the distinctive part is.
ONE_EDIT_MIN_LENGTH = 6
# A mention holding a whole registry name or alias plus other words (工信部人才交流中心,
# 中国人工智能学会职业技能评价中心) is a lookalike when that name is at least this long and
# has a distinctive core.
CONTAINED_MIN_LENGTH = 3
# Blocking: the names holding the mention's rarest bigrams (at most BLOCK_RARE_BIGRAMS of them,
# each in at most BLOCK_MAX_DF_SHARE of the names; 职业, 技能, 中心 … never nominate) form a
# pool; the BLOCK_TOP_K best of the pool by fuzz.ratio, plus the best BLOCK_SAME_CORE_K names
# with the same distinctive core, are scored in full.
BLOCK_MAX_DF_SHARE = 0.005
BLOCK_MIN_DF_CAP = 30
BLOCK_RARE_BIGRAMS = 6
BLOCK_POOL_BUDGET = 48  # stop adding rarer-than-cap bigrams once the pool would exceed this
BLOCK_TOP_K = 5
BLOCK_SAME_CORE_K = 4
MAX_CANDIDATES = 3


class Entry(NamedTuple):
    agency: AgencyRecord
    text: str  # the registry name or alias as written
    key: str  # normalize_name(text)
    core: str  # core_name(text)
    is_alias: bool


class Reasons(NamedTuple):
    """Why a decision was made: what a reviewer reads (worked out when first read)."""

    candidates: tuple[Candidate, ...]
    detail: str  # the reason after "<status>: "
    explanation: str  # without the normalization notes of a raw mention
    entry: Entry | None  # the registry name it was matched to, if any


class Why(Protocol):
    """Works out the reasons of the decision at ``position`` (its own numbering)."""

    def reasons(self, position: int) -> Reasons: ...


class Decision(NamedTuple):
    """The outcome for one normalized mention. ``why.reasons(position)`` explains it; the
    explanation is finished per raw mention (``IssuerMatcher``)."""

    status: MatchStatus
    agency_id: str | None
    matched_name: str | None  # the registry name or alias matched
    score: float
    why: Why
    position: int


class Given:
    """Reasons known when the decision is made (rare decisions: no need to defer them)."""

    def __init__(self, reasons: Reasons) -> None:
        self._reasons = reasons

    def reasons(self, position: int) -> Reasons:
        return self._reasons


def given_decision(status: MatchStatus, entry: Entry | None, score: float,
                   candidates: tuple[Candidate, ...], detail: str) -> Decision:
    """A decision with its reasons made at once."""
    why = Given(Reasons(candidates, detail, explain_decision(status, entry, score, detail), entry))
    if entry is None:
        return Decision(status, None, None, score, why, 0)
    return Decision(status, entry.agency.agency_id, entry.text, score, why, 0)


# A local 人社 bureau written in the official form ({place}人力资源和社会保障局, {place}人社局):
# every province, city and county has one, so another place is another real government body,
# not an imitation of the bureau the registry happens to list (docs/domain.md §2.2, §2.3).
_LOCAL_BUREAU = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{2,12}?(?:省|市|自治区|自治州|州|地区|盟|县|区|旗))"
    r"(?:人力资源和社会保障|人力资源社会保障|人社|劳动和社会保障|劳动保障)(?:局|厅)"
)
BUREAU_ENDS = ("局", "厅")  # every name _LOCAL_BUREAU matches ends with one of these
_NOT_A_PLACE = re.compile("|".join((*STATE_WORDS, "亚太", "世界", "环球", "人工智能", "职业", "技能",
                                    "评价", "认定", "鉴定", "认证", "中心", "协会")))


def local_bureau(key: str) -> Decision | None:
    """A government decision for a local 人社 bureau absent from the registry, else None."""
    if not key.endswith(BUREAU_ENDS):  # what the pattern ends with: most names stop here
        return None
    m = _LOCAL_BUREAU.fullmatch(key)
    if m is None or _NOT_A_PLACE.search(m.group("place")):
        return None
    detail = f'local 人社 bureau of "{m.group("place")}" (a government body not in the registry)'
    return Decision("government", None, None, 100.0,
                    Given(Reasons((), detail, f"government: {detail}", None)), 0)


def explain_decision(status: MatchStatus, entry: Entry | None, score: float, detail: str) -> str:
    """The explanation of a decision, before the normalization notes of a raw mention."""
    if entry is None:
        explanation = f"unrecognized: {detail}"
    elif status == "lookalike":
        explanation = (f"lookalike of {entry.agency.name} ({entry.agency.agency_id}): "
                       f"{detail} (score {score:.0f})")
    else:
        what = f'alias "{entry.text}" of' if entry.is_alias else "name of"
        explanation = f"{status}: {what} {entry.agency.agency_id} {entry.agency.name}"
    return explanation


def score_pair(mention_key: str, mention_core: str, key: str, core: str) -> float:
    """Similarity 0-100 of two normalized names: mean of full-name and core ratios.

    The core ratio keeps a shared template (``杭州…职业技能评价有限公司``) from making two
    unrelated brands look alike; a name that is all generic words scores on the full name.
    """
    full = fuzz.ratio(mention_key, key)
    if mention_core and core:
        core_similarity = fuzz.ratio(mention_core, core)
    elif mention_core or core:
        core_similarity = 0.0
    else:
        core_similarity = full
    return (full + core_similarity) / 2


def is_lookalike(mention_key: str, mention_core: str, key: str, core: str, score: float) -> bool:
    """A near name is a lookalike when its combined score is high, it has the same
    distinctive core, it holds the whole registry name, or it is one character off."""
    if score >= LOOKALIKE_MIN_SCORE:
        return True
    if len(mention_core) >= MIN_CORE_LENGTH and core == mention_core:
        return True
    if len(key) >= CONTAINED_MIN_LENGTH and len(core) >= MIN_CORE_LENGTH and key in mention_key:
        return True
    return (min(len(mention_key), len(key)) >= ONE_EDIT_MIN_LENGTH
            and Levenshtein.distance(mention_key, key, score_cutoff=1) <= 1)


def describe_edits(registry_key: str, mention_key: str, limit: int = 3) -> str:
    """The edits turning a registry name into the mention: ``"评价"→"评估", added "国家"``."""
    parts: list[str] = []
    for op in Levenshtein.opcodes(registry_key, mention_key):
        if op.tag == "replace":
            before = registry_key[op.src_start:op.src_end]
            after = mention_key[op.dest_start:op.dest_end]
            parts.append(f'"{before}"→"{after}"')
        elif op.tag == "insert":
            parts.append(f'added "{mention_key[op.dest_start:op.dest_end]}"')
        elif op.tag == "delete":
            parts.append(f'removed "{registry_key[op.src_start:op.src_end]}"')
    if len(parts) > limit:
        parts = [*parts[:limit], f"{len(parts) - limit} more"]
    return ", ".join(parts) or "same normalized name"
