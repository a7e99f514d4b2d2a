"""Match issuer names from ads against the registry, with an explanation a reviewer can check.

Two stages (the nomenklatura/yente pattern, DESIGN.md):

1. exact: the normalized mention equals a normalized registry name or alias
   (suffix dropped, 繁体, full-width, brackets, punctuation, alias) → ``recognized``, or
   ``government`` when the agency is a government body. A state prefix in front of a
   government name (``国家人社部``) is still that body.
2. near: candidates come from an inverted index of character bigrams of the normalized
   names (only bigrams rarer than ``BLOCK_MAX_DF_SHARE`` count; top ``BLOCK_TOP_K`` by shared
   bigrams) plus names with the same distinctive core (``registry.normalize.core_name``). Each
   candidate is scored with rapidfuzz; a close one makes the mention a ``lookalike`` of that
   agency (also for government bodies: ``国家工信部职业技能鉴定中心``), else it is
   ``unrecognized``.

A certificate must carry the evaluation institution's filed name (DOMAIN.md §2.2), so only
spelling-level variants are recognized; a changed word, an added prefix or another region
is never the same agency, however close.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from registry.normalize import (
    NORMALIZE_VERSION,
    core_name,
    normalization_steps,
    normalize_name,
    registered_name_keys,
    strip_state_prefix,
)
from registry.records import AgencyRecord, Candidate, MatchResult, MatchStatus

MATCHER_VERSION = f"2.0+normalize{NORMALIZE_VERSION}"

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
_CACHE_LIMIT = 500_000


@dataclass(frozen=True, slots=True)
class _Entry:
    agency: AgencyRecord
    text: str  # the registry name or alias as written
    key: str  # normalize_name(text)
    core: str  # core_name(text)
    is_alias: bool


@dataclass(frozen=True, slots=True)
class _Decision:
    """The outcome for one normalized mention; the explanation is finished per raw mention."""

    status: MatchStatus
    entry: _Entry | None
    score: float
    candidates: tuple[Candidate, ...]
    detail: str  # the reason after "<status>: "


def _bigrams(key: str) -> set[str]:
    return set(map(str.__add__, key, key[1:]))


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
        before = registry_key[op.src_start : op.src_end]
        after = mention_key[op.dest_start : op.dest_end]
        if op.tag == "replace":
            parts.append(f'"{before}"→"{after}"')
        elif op.tag == "insert":
            parts.append(f'added "{after}"')
        elif op.tag == "delete":
            parts.append(f'removed "{before}"')
    if len(parts) > limit:
        parts = [*parts[:limit], f"{len(parts) - limit} more"]
    return ", ".join(parts) or "same normalized name"


class IssuerMatcher:
    """Matches issuer names against one registry version (build once, match many)."""

    def __init__(self, agencies: Sequence[AgencyRecord]) -> None:
        self.agencies = tuple(agencies)
        self._entries: list[_Entry] = []
        self._exact: dict[str, _Entry] = {}
        self._government_exact: dict[str, _Entry] = {}
        self._by_core: dict[str, list[int]] = defaultdict(list)
        postings: dict[str, list[int]] = defaultdict(list)
        for agency in self.agencies:
            texts = [(agency.name, False)] + [(alias, True) for alias in agency.aliases]
            for text, is_alias in texts:
                key = normalize_name(text)
                if not key:
                    continue
                entry = _Entry(agency, text, key, core_name(text), is_alias)
                index = len(self._entries)
                self._entries.append(entry)
                for exact_key in registered_name_keys(text):
                    self._exact.setdefault(exact_key, entry)
                    if agency.kind == "government":
                        self._government_exact.setdefault(exact_key, entry)
                if len(entry.core) >= MIN_CORE_LENGTH:
                    self._by_core[entry.core].append(index)
                for gram in _bigrams(key):
                    postings[gram].append(index)
        self._postings = {gram: tuple(ids) for gram, ids in postings.items()}
        self._keys = [entry.key for entry in self._entries]
        self._df_cap = max(BLOCK_MIN_DF_CAP, int(len(self._entries) * BLOCK_MAX_DF_SHARE))
        self._decisions: dict[str, _Decision] = {}

    def match(self, name: str) -> MatchResult:
        """How one issuer name relates to the registry."""
        key = normalize_name(name)
        decision = self._decisions.get(key)
        if decision is None:
            if len(self._decisions) > _CACHE_LIMIT:
                self._decisions.clear()
            decision = self._decisions[key] = self._decide(key)
        return self._result(name, key, decision)

    def match_many(self, names: Iterable[str]) -> list[MatchResult]:
        """Results in input order; each distinct name is matched once."""
        done: dict[str, MatchResult] = {}
        results: list[MatchResult] = []
        for name in names:
            result = done.get(name)
            if result is None:
                result = done[name] = self.match(name)
            results.append(result)
        return results

    # -- stage 1 and 2 -------------------------------------------------------------------
    def _decide(self, key: str) -> _Decision:
        if not key:
            return _Decision("unrecognized", None, 0.0, (), "no letters or digits in the name")
        entry = self._exact.get(key)
        if entry is not None:
            status: MatchStatus = "government" if entry.agency.kind == "government" else "recognized"
            return _Decision(status, entry, 100.0, (self._candidate(entry, 100.0),), "")
        bare = strip_state_prefix(key)
        entry = self._government_exact.get(bare) if bare != key else None
        if entry is not None:
            prefix = key[: len(key) - len(bare)]
            return _Decision("government", entry, 100.0, (self._candidate(entry, 100.0),),
                             f'state prefix "{prefix}" added')
        return self._near(key)

    def _near(self, key: str) -> _Decision:
        core = core_name(key)
        chosen = self._ratio_top(key, self._block(key), BLOCK_TOP_K)
        if len(core) >= MIN_CORE_LENGTH and core in self._by_core:
            chosen.update(self._ratio_top(key, self._by_core[core], BLOCK_SAME_CORE_K))
        if not chosen:
            return _Decision("unrecognized", None, 0.0, (),
                             "no registry name shares a distinctive part")
        scored: list[tuple[bool, float, _Entry]] = []
        for index in chosen:
            entry = self._entries[index]
            score = score_pair(key, core, entry.key, entry.core)
            scored.append((is_lookalike(key, core, entry.key, entry.core, score), score, entry))
        scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
        candidates = self._top_candidates(scored)
        close, score, best = scored[0]
        if close:
            detail = describe_edits(best.key, key)
            if best.core == core and len(core) >= MIN_CORE_LENGTH:
                detail = f'same distinctive part "{core}"; {detail}'
            return _Decision("lookalike", best, round(score, 1), candidates, detail)
        best_by_score = max(scored, key=lambda item: item[1])
        score, best = best_by_score[1], best_by_score[2]
        detail = (f"nearest {best.agency.name} ({best.agency.agency_id}) scored "
                  f"{score:.0f} < {LOOKALIKE_MIN_SCORE:.0f}")
        return _Decision("unrecognized", None, round(score, 1), candidates, detail)

    def _block(self, key: str) -> list[int]:
        """Indexes of the registry names holding the mention's rarest bigrams."""
        lists = sorted((self._postings[gram] for gram in _bigrams(key) if gram in self._postings),
                       key=len)
        rare: list[tuple[int, ...]] = []
        pooled = 0
        for ids in lists[:BLOCK_RARE_BIGRAMS]:
            if len(ids) > self._df_cap or (len(rare) >= 2 and pooled + len(ids) > BLOCK_POOL_BUDGET):
                break
            rare.append(ids)
            pooled += len(ids)
        if not rare and lists and len(lists[0]) <= 2 * self._df_cap:
            rare = lists[:1]  # only common bigrams: the rarest one, if not huge
        if len(rare) == 1:
            return list(rare[0])
        return list(set().union(*rare))

    def _ratio_top(self, key: str, indexes: Sequence[int], limit: int) -> set[int]:
        """The ``limit`` indexes whose names have the best fuzz.ratio with ``key``."""
        if len(indexes) <= limit:
            return set(indexes)
        keys = self._keys
        best = process.extract(key, [keys[i] for i in indexes], scorer=fuzz.ratio,
                               processor=None, limit=limit)
        return {indexes[position] for _, _, position in best}

    def _top_candidates(self, scored: list[tuple[bool, float, _Entry]]) -> tuple[Candidate, ...]:
        """The best-scoring name of each of the top agencies (at most MAX_CANDIDATES)."""
        candidates: list[Candidate] = []
        seen: set[str] = set()
        for _, score, entry in sorted(scored, key=lambda item: item[1], reverse=True):
            if entry.agency.agency_id not in seen:
                seen.add(entry.agency.agency_id)
                candidates.append(self._candidate(entry, score))
                if len(candidates) == MAX_CANDIDATES:
                    break
        return tuple(candidates)

    @staticmethod
    def _candidate(entry: _Entry, score: float) -> Candidate:
        return Candidate(entry.agency.agency_id, entry.text, round(score, 1))

    # -- explanation ---------------------------------------------------------------------
    @staticmethod
    def _result(name: str, key: str, decision: _Decision) -> MatchResult:
        entry = decision.entry
        if entry is None:
            explanation = f"unrecognized: {decision.detail}"
        elif decision.status == "lookalike":
            explanation = (f"lookalike of {entry.agency.name} ({entry.agency.agency_id}): "
                           f"{decision.detail} (score {decision.score:.0f})")
        else:
            what = f'alias "{entry.text}" of' if entry.is_alias else "name of"
            explanation = f"{decision.status}: {what} {entry.agency.agency_id} {entry.agency.name}"
            steps = normalization_steps(name) if name != entry.text else []
            notes = [*([decision.detail] if decision.detail else []), *steps]
            if notes:
                explanation += f" ({', '.join(notes)})"
        return MatchResult(
            mention=name,
            status=decision.status,
            agency_id=entry.agency.agency_id if entry else None,
            score=decision.score,
            matched_name=entry.text if entry else None,
            explanation=explanation,
            candidates=decision.candidates,
        )
