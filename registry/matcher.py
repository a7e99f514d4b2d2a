"""Match issuer names from ads against the registry, with an explanation a reviewer can check.

Two stages (the nomenklatura/yente pattern, docs/design.md):

1. exact: the normalized mention equals a normalized registry name or alias
   (suffix dropped, 繁体, full-width, brackets, punctuation, alias) → ``recognized``, or
   ``government`` when the agency is a government body. A state prefix in front of a
   government name (``国家人社部``) is still that body.
2. near: candidates come from an inverted index of character bigrams of the normalized
   names (only bigrams rarer than ``BLOCK_MAX_DF_SHARE`` count; top ``BLOCK_TOP_K`` by shared
   bigrams) plus names with the same distinctive core (``registry.normalize.core_name``). Each
   candidate is scored with rapidfuzz; a close one makes the mention a ``lookalike`` of that
   agency (also for government bodies: ``国家工信部职业技能鉴定中心``), else it is
   ``unrecognized``. Ties (equal posting-list sizes, equal scores) go to the registry name
   listed first.

``match_many`` runs stage 2 for all its near mentions at once: the bigram index is a numpy
CSR array, blocking and top-k selection are array operations, and every (mention, candidate)
pair is scored by one ``rapidfuzz.process.cpdist`` call; only the explanations are built one
by one. The per-pair rules (``score_pair``, ``is_lookalike``) live in ``registry.match_rules``,
the array helpers in ``registry.match_arrays``; tests/registry/test_matcher_paths_agree.py checks
that both paths agree.

A certificate must carry the evaluation institution's filed name (docs/domain.md §2.2), so only
spelling-level variants are recognized; a changed word, an added prefix or another region
is never the same agency, however close.
"""


from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import repeat
from typing import Any

import numpy as np

from registry.gcpause import gc_paused
from registry.match_arrays import (
    ENTRY_BITS,
    ENTRY_MASK,
    MENTION_SHIFT,
    RATIO_SCALE,
    RATIO_STEPS,
    bigram_pairs,
    bigram_postings,
    compact_alphabet,
    group_starts,
    pair_ratios,
    relabelled,
    score_pairs,
    split_pairs,
    top_agencies,
    unique_sorted,
)
from registry.match_rules import (
    BLOCK_MAX_DF_SHARE,
    BLOCK_MIN_DF_CAP,
    BLOCK_POOL_BUDGET,
    BLOCK_RARE_BIGRAMS,
    BLOCK_SAME_CORE_K,
    BLOCK_TOP_K,
    BUREAU_ENDS,
    LOOKALIKE_MIN_SCORE,
    MIN_CORE_LENGTH,
    Decision,
    Entry,
    Reasons,
    describe_edits,
    explain_decision,
    given_decision,
    is_lookalike,
    local_bureau,
    score_pair,
)
from registry.normalize import (
    NORMALIZE_VERSION,
    STATE_WORDS,
    core_names_of_keys,
    have_opening_brackets,
    normalization_steps,
    normalize_names,
    registered_name_keys,
    strip_state_prefix,
)
from registry.records import AgencyRecord, Candidate, MatchResult, MatchStatus

__all__ = ["MATCHER_VERSION", "IssuerMatcher", "describe_edits", "is_lookalike", "score_pair"]

MATCHER_VERSION = f"2.1+normalize{NORMALIZE_VERSION}"

_CACHE_LIMIT = 500_000
_NEAR_BATCH = 60_000  # near mentions decided per batch (bounds the pair arrays)


class IssuerMatcher:
    """Matches issuer names against one registry version (build once, match many).

    ``match_many`` normalizes all new names in one pass and decides all near (not exact) names
    together: blocking, top-k selection and scoring run as numpy array operations and
    ``rapidfuzz.process.cpdist`` calls over every (mention, candidate) pair at once.
    """

    def __init__(self, agencies: Sequence[AgencyRecord]) -> None:
        self.agencies = tuple(agencies)
        with gc_paused():
            self._build()

    def _build(self) -> None:
        agencies = self.agencies
        texts = [text for agency in agencies for text in (agency.name, *agency.aliases)]
        owners = [position for position, agency in enumerate(agencies)
                  for _ in range(1 + len(agency.aliases))]
        aliases = [alias for agency in agencies
                   for alias in (False, *(True for _ in agency.aliases))]
        if len(texts) > ENTRY_MASK:
            raise ValueError(f"registry has {len(texts)} names and aliases; "
                             f"the matcher takes at most {ENTRY_MASK}")
        keys = normalize_names(texts)
        if all(keys):
            self._texts, self._keys, self._owner, self._is_alias = texts, keys, owners, aliases
        else:
            kept = [i for i, key in enumerate(keys) if key]
            self._texts = [texts[i] for i in kept]
            self._keys = [keys[i] for i in kept]
            self._owner = [owners[i] for i in kept]
            self._is_alias = [aliases[i] for i in kept]
        self._cores = core_names_of_keys(self._keys)
        agency_ids = [agency.agency_id for agency in agencies]
        self._agency_ids = [agency_ids[owner] for owner in self._owner]
        self._entries: list[Entry | None] = [None] * len(self._keys)
        government = {i for i, agency in enumerate(self.agencies) if agency.kind == "government"}
        bracketed = have_opening_brackets(self._texts)
        exact_pairs = [
            (exact_key, index)
            for index, (text, key) in enumerate(zip(self._texts, self._keys, strict=True))
            for exact_key in (registered_name_keys(text) if bracketed[index] else (key,))]
        # the first registry name (or alias) holding a key wins it
        self._exact: dict[str, int] = dict(reversed(exact_pairs))
        self._government_exact: dict[str, int] = dict(reversed(
            [pair for pair in exact_pairs if self._owner[pair[1]] in government]))
        # registry names by distinctive core (cores of MIN_CORE_LENGTH or more): a core's
        # number, and for each number its names, ascending, as CSR arrays
        by_core: dict[str, list[int]] = defaultdict(list)
        for index, core in enumerate(self._cores):
            if len(core) >= MIN_CORE_LENGTH:
                by_core[core].append(index)
        self._core_number = {core: number for number, core in enumerate(by_core)}
        self._core_sizes = np.array([len(names) for names in by_core.values()], dtype=np.int64)
        self._core_starts = np.cumsum(self._core_sizes) - self._core_sizes
        self._core_names = np.array([index for names in by_core.values() for index in names],
                                    dtype=np.int64)
        # the scored copies of the keys and cores: relabelled to a compact alphabet
        self._alphabet = compact_alphabet(self._keys)
        self._key_array = relabelled(self._keys, self._alphabet)
        self._core_array = relabelled(self._cores, self._alphabet)
        self._owner_array = np.array(self._owner, dtype=np.int64)
        self._gram_codes, self._gram_starts, self._gram_counts, self._posted = (
            bigram_postings(self._keys))
        self._df_cap = max(BLOCK_MIN_DF_CAP, int(len(self._keys) * BLOCK_MAX_DF_SHARE))
        # bits of a bigram's slot and of a posting list's size (blocking packs them)
        self._slot_bits = max(len(self._gram_codes), 1).bit_length()
        self._size_bits = max(int(self._gram_counts.max(initial=0)), 1).bit_length()
        self._decisions: dict[str, Decision] = {}
        self._exact_decisions: dict[int, Decision] = {}
        self._exact_reasons: dict[int, Reasons] = {}

    def match(self, name: str) -> MatchResult:
        """How one issuer name relates to the registry."""
        return self.match_many([name])[0]

    def match_many(self, names: Iterable[str]) -> list[MatchResult]:
        """Results in input order; each distinct name is matched once."""
        names = names if isinstance(names, list) else list(names)  # read, never changed
        with gc_paused():
            distinct = list(dict.fromkeys(names))
            keys = normalize_names(distinct)
            decisions = self._decide_many(keys)
            results = MatchResult.explained_later_many(
                distinct, list(map(decisions.__getitem__, keys)), self._explain)
            done = dict(zip(distinct, results, strict=True))
            return list(map(done.__getitem__, names))

    # -- stage 1 and 2 -------------------------------------------------------------------
    def _decide_many(self, keys: Sequence[str]) -> dict[str, Decision]:
        """The decision for each distinct key: cached, exact, or decided in one near batch."""
        found: dict[str, Decision] = {}
        near: list[str] = []
        cache = self._decisions
        cached, exact = cache.get, self._exact.get
        exact_decisions = self._exact_decisions
        for key in dict.fromkeys(keys):
            decision = cached(key)
            if decision is None:
                index = exact(key)
                if index is not None:
                    decision = exact_decisions.get(index) or self._exact_decision(index)
                elif key and not key.startswith(STATE_WORDS) and not key.endswith(BUREAU_ENDS):
                    near.append(key)  # what _decide_exact would say, without the call
                    continue
                else:
                    decision = self._decide_exact(key)
                    if decision is None:
                        near.append(key)
                        continue
            found[key] = decision
        for start in range(0, len(near), _NEAR_BATCH):
            batch = near[start : start + _NEAR_BATCH]
            found.update(zip(batch, self._near_many(batch), strict=True))
        if len(cache) + len(found) > _CACHE_LIMIT:
            cache.clear()
        cache.update(found)
        return found

    def _decide_exact(self, key: str) -> Decision | None:
        if not key:
            return _NO_LETTERS
        index = self._exact.get(key)
        if index is not None:
            return self._exact_decisions.get(index) or self._exact_decision(index)
        if not key.startswith(STATE_WORDS):
            return local_bureau(key)
        bare = strip_state_prefix(key)
        index = self._government_exact.get(bare) if bare != key else None
        if index is None:
            return None
        entry = self._entry(index)
        prefix = key[: len(key) - len(bare)]
        return given_decision("government", entry, 100.0, (self._candidate(entry, 100.0),),
                              f'state prefix "{prefix}" added')

    def _exact_decision(self, index: int) -> Decision:
        """The decision for a key equal to registry name ``index`` (made once per name)."""
        agency = self.agencies[self._owner[index]]
        status: MatchStatus = "government" if agency.kind == "government" else "recognized"
        decision = self._exact_decisions[index] = Decision(
            status, agency.agency_id, self._texts[index], 100.0, self, index)
        return decision

    def reasons(self, position: int) -> Reasons:
        """The reasons of the exact decision for registry name ``position`` (``Why``)."""
        reasons = self._exact_reasons.get(position)
        if reasons is None:
            entry = self._entry(position)
            status = self._exact_decisions[position].status
            reasons = self._exact_reasons[position] = Reasons(
                (self._candidate(entry, 100.0),), "", explain_decision(status, entry, 100.0, ""),
                entry)
        return reasons

    def _entry(self, index: int) -> Entry:
        entry = self._entries[index]
        if entry is None:
            entry = self._entries[index] = Entry(
                self.agencies[self._owner[index]], self._texts[index], self._keys[index],
                self._cores[index], self._is_alias[index])
        return entry

    def _near_many(self, keys: list[str]) -> list[Decision]:
        """Stage 2 for keys with no exact match, all at once (see the module docstring)."""
        cores = core_names_of_keys(keys)
        mention_keys = relabelled(keys, self._alphabet)
        mention_cores = relabelled(cores, self._alphabet)
        pool_mentions, pool_entries = self._best_by_ratio(mention_keys,
                                                          *self._block_many(keys), BLOCK_TOP_K)
        # every registry name with the mention's core (only cores of MIN_CORE_LENGTH or more
        # are numbered), mention by mention, names ascending
        numbers = np.fromiter(map(self._core_number.get, cores, repeat(-1)), dtype=np.int64,
                              count=len(cores))
        with_core = np.flatnonzero(numbers >= 0)
        numbers = numbers[with_core]
        sizes = self._core_sizes[numbers]
        offsets = np.repeat(self._core_starts[numbers] - (np.cumsum(sizes) - sizes), sizes)
        core_mentions = np.repeat(with_core, sizes)
        core_entries = self._core_names[offsets + np.arange(len(offsets))]
        core_mentions, core_entries = self._best_by_ratio(mention_keys, core_mentions,
                                                          core_entries, BLOCK_SAME_CORE_K)
        pairs = unique_sorted(np.concatenate([pool_mentions << ENTRY_BITS | pool_entries,
                                        core_mentions << ENTRY_BITS | core_entries]))
        mentions, entries = pairs >> ENTRY_BITS, pairs & ENTRY_MASK
        scores, close = score_pairs(mention_keys[mentions], mention_cores[mentions],
                                    self._key_array[entries], self._core_array[entries])
        order = np.lexsort((entries, -scores, ~close, mentions))
        by_candidate = np.lexsort((entries, ~close, -scores, mentions))
        candidate_rows = top_agencies(mentions[by_candidate],
                                       self._owner_array[entries[by_candidate]])
        return self._near_decisions(keys, cores, mentions, entries, scores, close, order,
                                    by_candidate[candidate_rows])

    def _best_by_ratio(self, mention_keys: np.ndarray, mentions: np.ndarray, entries: np.ndarray,
                       limit: int) -> tuple[np.ndarray, np.ndarray]:
        """Of (mention, entry) pairs sorted by mention, each mention's ``limit`` entries with the
        best ``fuzz.ratio`` (ties: the entry listed first in the registry)."""
        crowded = np.bincount(mentions, minlength=len(mention_keys))[mentions] > limit
        if not crowded.any():
            return mentions, entries
        ranked_mentions, ranked_entries = mentions[crowded], entries[crowded]
        ratios = pair_ratios(mention_keys[ranked_mentions], self._key_array[ranked_entries])
        # one int64 per pair sorts by mention, then ratio (descending), then entry; distinct
        # ratios of names under ~700 characters differ by more than the 2**-19 step
        steps = np.floor(ratios * RATIO_SCALE).astype(np.int64)
        packed = np.sort(ranked_mentions << MENTION_SHIFT
                         | (RATIO_STEPS - steps) << ENTRY_BITS | ranked_entries)
        ranked_mentions = packed >> MENTION_SHIFT
        kept = np.arange(len(packed)) - group_starts(ranked_mentions) < limit
        return split_pairs(unique_sorted(np.concatenate([
            mentions[~crowded] << ENTRY_BITS | entries[~crowded],
            ranked_mentions[kept] << ENTRY_BITS | packed[kept] & ENTRY_MASK])))

    def _block_many(self, keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(mention, entry) pairs: the registry names holding each mention's rarest bigrams."""
        gram_mentions, grams = bigram_pairs(keys)
        slots = np.searchsorted(self._gram_codes, grams)
        slots[slots == len(self._gram_codes)] = 0
        posted = self._gram_codes[slots] == grams if len(self._gram_codes) else slots < 0
        gram_mentions, slots = gram_mentions[posted], slots[posted]
        sizes = self._gram_counts[slots]
        # rarest first within each mention (ties: the bigram first in code order): one sort of
        # (mention, size, slot) packed in an int64 when they fit, else a lexsort
        slot_bits, size_bits = self._slot_bits, self._size_bits
        if len(keys).bit_length() + size_bits + slot_bits <= 63:
            packed = np.sort(gram_mentions << (size_bits + slot_bits) | sizes << slot_bits | slots)
            gram_mentions = packed >> (size_bits + slot_bits)
            sizes = packed >> slot_bits & ((1 << size_bits) - 1)
            slots = packed & ((1 << slot_bits) - 1)
        else:
            order = np.lexsort((slots, sizes, gram_mentions))
            gram_mentions, slots, sizes = gram_mentions[order], slots[order], sizes[order]
        first = group_starts(gram_mentions)
        rank = np.arange(len(gram_mentions)) - first
        pooled = np.cumsum(sizes)
        pooled_before = pooled - sizes - (pooled - sizes)[first]
        stop = ((rank >= BLOCK_RARE_BIGRAMS) | (sizes > self._df_cap)
                | ((rank >= 2) & (pooled_before + sizes > BLOCK_POOL_BUDGET)))
        stopped = np.cumsum(stop)
        taken = (stopped - (stopped - stop)[first]) == 0
        # a mention with only common bigrams keeps its rarest one, if not huge
        nothing_taken = np.bincount(gram_mentions[taken], minlength=len(keys)) == 0
        fallback = (rank == 0) & nothing_taken[gram_mentions] & (sizes <= 2 * self._df_cap)
        chosen = taken | fallback
        gram_mentions, slots = gram_mentions[chosen], slots[chosen]
        counts = self._gram_counts[slots]
        total = int(counts.sum())
        offsets = np.repeat(self._gram_starts[slots] - (np.cumsum(counts) - counts), counts)
        entries = self._posted[offsets + np.arange(total)]
        return split_pairs(unique_sorted(np.repeat(gram_mentions, counts) << ENTRY_BITS | entries))

    def _near_decisions(self, keys: list[str], cores: list[str], mentions: np.ndarray,
                        entries: np.ndarray, scores: np.ndarray, close: np.ndarray,
                        order: np.ndarray, candidate_rows: np.ndarray) -> list[Decision]:
        """One decision per key from its scored pairs, best first in ``order``; the reasons
        (candidates, edits) are worked out when read (``_NearBatch``)."""
        has_pairs = np.bincount(mentions, minlength=len(keys)) > 0
        firsts = np.searchsorted(mentions[order], np.arange(len(keys)))
        best_rows = order[np.minimum(firsts, max(len(order) - 1, 0))] if len(order) else firsts
        candidate_mentions = mentions[candidate_rows]
        bounds = np.searchsorted(candidate_mentions, np.arange(len(keys) + 1))
        batch = _NearBatch(self, keys, cores, entries, scores, close, best_rows,
                           candidate_rows, bounds)
        if not len(order):
            return [_NO_PAIRS] * len(keys)
        best_entries = entries[best_rows].tolist()
        best_scores, best_close = scores[best_rows].tolist(), close[best_rows].tolist()
        agency_ids, texts = self._agency_ids, self._texts
        decisions: list[Decision] = []
        append = decisions.append
        for position, paired in enumerate(has_pairs.tolist()):
            if not paired:
                append(_NO_PAIRS)
            elif best_close[position]:
                entry = best_entries[position]
                append(Decision("lookalike", agency_ids[entry], texts[entry],
                                round(best_scores[position], 1), batch, position))
            else:
                append(Decision("unrecognized", None, None, round(best_scores[position], 1),
                                batch, position))
        return decisions

    @staticmethod
    def _candidate(entry: Entry, score: float) -> Candidate:
        return Candidate(entry.agency.agency_id, entry.text, round(score, 1))

    # -- explanation ---------------------------------------------------------------------
    @staticmethod
    def _explain(name: str, decision: Decision) -> tuple[str, tuple[Candidate, ...]]:
        """(explanation, candidates) of the result for raw mention ``name`` (an ``Explainer``):
        the decision's reasons, and for a match by name how ``name`` was normalized."""
        candidates, detail, explanation, entry = decision.why.reasons(decision.position)
        if entry is not None and decision.status != "lookalike":
            steps = normalization_steps(name) if name != entry.text else []
            notes = [detail, *steps] if detail else steps
            if notes:
                explanation += f" ({', '.join(notes)})"
        return explanation, candidates


class _NearBatch:
    """The scored pairs of one batch of near decisions; works out a decision's reasons when
    they are first read (``Why``): its best candidates per agency, and what was edited."""

    def __init__(self, matcher: IssuerMatcher, keys: list[str], cores: list[str],
                 entries: np.ndarray, scores: np.ndarray, close: np.ndarray,
                 best_rows: np.ndarray, candidate_rows: np.ndarray, bounds: np.ndarray) -> None:
        self._matcher = matcher
        self._keys, self._cores = keys, cores
        self._entries, self._scores, self._close = entries, scores, close
        self._best_rows, self._candidate_rows, self._bounds = best_rows, candidate_rows, bounds
        self._reasons: dict[int, Reasons] = {}
        self._lists: tuple[list[Any], ...] | None = None

    def reasons(self, position: int) -> Reasons:
        reasons = self._reasons.get(position)
        if reasons is None:
            reasons = self._reasons[position] = self._work_out(position)
        return reasons

    def _as_lists(self) -> tuple[list[Any], ...]:
        """The arrays a decision's reasons read, as lists (made when the first is read)."""
        if self._lists is None:
            rows, best = self._candidate_rows, self._best_rows
            self._lists = (self._entries[rows].tolist(), self._scores[rows].tolist(),
                           self._bounds.tolist(), self._entries[best].tolist(),
                           self._scores[best].tolist(), self._close[best].tolist())
        return self._lists

    def _work_out(self, position: int) -> Reasons:
        matcher = self._matcher
        agency_ids, texts = matcher._agency_ids, matcher._texts
        entries, scores, bounds, best_entries, best_scores, best_close = self._as_lists()
        start, stop = bounds[position], bounds[position + 1]
        candidates = tuple([Candidate(agency_ids[entry], texts[entry], round(score, 1))
                            for entry, score in zip(entries[start:stop], scores[start:stop],
                                                    strict=True)])
        best = matcher._entry(best_entries[position])
        score = best_scores[position]
        key, core = self._keys[position], self._cores[position]
        if best_close[position]:
            detail = describe_edits(best.key, key)
            if best.core == core and len(core) >= MIN_CORE_LENGTH:
                detail = f'same distinctive part "{core}"; {detail}'
            return Reasons(candidates, detail,
                           explain_decision("lookalike", best, round(score, 1), detail), best)
        detail = (f"nearest {best.agency.name} ({best.agency.agency_id}) scored "
                  f"{score:.0f} < {LOOKALIKE_MIN_SCORE:.0f}")
        return Reasons(candidates, detail,
                       explain_decision("unrecognized", None, round(score, 1), detail), None)


_NO_LETTERS = given_decision("unrecognized", None, 0.0, (), "no letters or digits in the name")
_NO_PAIRS = given_decision("unrecognized", None, 0.0, (),
                           "no registry name shares a distinctive part")
