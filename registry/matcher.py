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
by one.

A certificate must carry the evaluation institution's filed name (docs/domain.md §2.2), so only
spelling-level variants are recognized; a changed word, an added prefix or another region
is never the same agency, however close.
"""

from __future__ import annotations

import gc
import operator
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

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

MATCHER_VERSION = f"2.1+normalize{NORMALIZE_VERSION}"

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
_PARALLEL_PAIRS = 20_000  # from this many pairs on, rapidfuzz scores them on all cores
_NEAR_BATCH = 60_000  # near mentions decided per batch (bounds the pair arrays)
# (mention, entry) pairs and (name, bigram) pairs are packed into one int64 each.
_ENTRY_BITS = 21
_ENTRY_MASK = (1 << _ENTRY_BITS) - 1
_CHAR_BITS = 21  # every code point is below 0x110000 < 2**21
_GRAM_BITS = 2 * _CHAR_BITS
_RATIO_SCALE = 2**19
_RATIO_STEPS = 100 * _RATIO_SCALE  # < 2**26
_MENTION_SHIFT = _ENTRY_BITS + 26  # mention positions < 2**16 (see _NEAR_BATCH)


class _Entry(NamedTuple):
    agency: AgencyRecord
    text: str  # the registry name or alias as written
    key: str  # normalize_name(text)
    core: str  # core_name(text)
    is_alias: bool


class _Decision(NamedTuple):
    """The outcome for one normalized mention; the explanation is finished per raw mention."""

    status: MatchStatus
    entry: _Entry | None
    score: float
    candidates: tuple[Candidate, ...]
    detail: str  # the reason after "<status>: "
    explanation: str  # without the normalization notes of a raw mention


# A local 人社 bureau written in the official form ({place}人力资源和社会保障局, {place}人社局):
# every province, city and county has one, so another place is another real government body,
# not an imitation of the bureau the registry happens to list (docs/domain.md §2.2, §2.3).
_LOCAL_BUREAU = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{2,12}?(?:省|市|自治区|自治州|州|地区|盟|县|区|旗))"
    r"(?:人力资源和社会保障|人力资源社会保障|人社|劳动和社会保障|劳动保障)(?:局|厅)"
)
_NOT_A_PLACE = re.compile("|".join((*STATE_WORDS, "亚太", "世界", "环球", "人工智能", "职业", "技能",
                                    "评价", "认定", "鉴定", "认证", "中心", "协会")))


def _local_bureau(key: str) -> _Decision | None:
    """A government decision for a local 人社 bureau absent from the registry, else None."""
    m = _LOCAL_BUREAU.fullmatch(key)
    if m is None or _NOT_A_PLACE.search(m.group("place")):
        return None
    detail = f'local 人社 bureau of "{m.group("place")}" (a government body not in the registry)'
    return _Decision("government", None, 100.0, (), detail, f"government: {detail}")


def _decision(status: MatchStatus, entry: _Entry | None, score: float,
              candidates: tuple[Candidate, ...], detail: str) -> _Decision:
    if entry is None:
        explanation = f"unrecognized: {detail}"
    elif status == "lookalike":
        explanation = (f"lookalike of {entry.agency.name} ({entry.agency.agency_id}): "
                       f"{detail} (score {score:.0f})")
    else:
        what = f'alias "{entry.text}" of' if entry.is_alias else "name of"
        explanation = f"{status}: {what} {entry.agency.agency_id} {entry.agency.name}"
    return _Decision(status, entry, score, candidates, detail, explanation)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while bulk-building acyclic objects (results,
    decisions, candidates): with a large heap its collections cost a third of that work.
    Reference counting still frees everything; the previous state is restored."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _bigram_pairs(keys: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The distinct (key index, bigram code) pairs of normalized keys, sorted by key index.

    A bigram's code is its two code points packed into one int64."""
    joined = "\n".join(keys)  # normalized keys hold word characters only
    if joined.count("\n") != max(len(keys) - 1, 0):
        raise ValueError("bigrams of a name with a line break: names must be normalized")
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"),
                          dtype=np.uint32).astype(np.int64)
    if codes.size < 2:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    owners = np.cumsum(codes == 10)[:-1]
    inside = (codes[:-1] != 10) & (codes[1:] != 10)
    packed = _unique(owners[inside] << _GRAM_BITS | codes[:-1][inside] << _CHAR_BITS
                     | codes[1:][inside])
    return packed >> _GRAM_BITS, packed & ((1 << _GRAM_BITS) - 1)


def _bigram_postings(keys: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray,
                                                   np.ndarray]:
    """Inverted index of bigrams: sorted codes, start and length of each posting list, and the
    concatenated posting lists (key indexes, ascending)."""
    owners, grams = _bigram_pairs(keys)
    order = np.lexsort((owners, grams))
    grams = grams[order]
    starts = np.flatnonzero(_first_of_runs(grams))
    counts = np.diff(np.append(starts, len(grams)))
    return grams[starts], starts, counts, owners[order]


def _first_of_runs(values: np.ndarray) -> np.ndarray:
    """True where a sorted array's element differs from the one before it."""
    first = np.ones(len(values), dtype=bool)
    first[1:] = values[1:] != values[:-1]
    return first


def _unique(values: np.ndarray) -> np.ndarray:
    """``np.unique`` of an int64 array, by sorting (numpy 2's hash-based one is slower here)."""
    values = np.sort(values)
    return values[_first_of_runs(values)]


def _compact_alphabet(keys: Sequence[str]) -> dict[int, int]:
    """A relabelling of characters (a swap, so one-to-one) giving the registry's most frequent
    ones codes below 256, where rapidfuzz scores from a flat table instead of a hash map.

    fuzz.ratio, Levenshtein distances, equality and containment are the same after it; line
    breaks (code 10) keep their code."""
    codes = np.frombuffer("".join(keys).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    counts = np.bincount(codes)
    present = np.flatnonzero(counts[256:]) + 256
    frequent = present[np.argsort(-counts[present], kind="stable")].tolist()
    swaps = dict(zip(frequent, range(11, 256), strict=False))
    return {**swaps, **{low_code: code for code, low_code in swaps.items()}}


def _relabelled(strings: Sequence[str], alphabet: dict[int, int]) -> np.ndarray:
    """The strings (normalized keys or cores: no line breaks) relabelled, as an object array."""
    joined = "\n".join(strings)
    if joined.count("\n") != max(len(strings) - 1, 0):
        raise ValueError("relabelling a name with a line break: names must be normalized")
    relabelled = joined.translate(alphabet).split("\n") if strings else []
    return np.array(relabelled, dtype=object)


def _lengths(strings: np.ndarray) -> np.ndarray:
    return np.fromiter(map(len, strings.tolist()), dtype=np.int64, count=len(strings))


def _workers(pairs: int) -> int:
    """rapidfuzz workers: one thread for few pairs (starting threads costs more), else all."""
    return -1 if pairs >= _PARALLEL_PAIRS else 1


def _ratios(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """``fuzz.ratio`` of each pair of strings."""
    if not len(left):
        return np.zeros(0, np.float64)
    return process.cpdist(left.tolist(), right.tolist(), scorer=fuzz.ratio, processor=None,
                          dtype=np.float64, workers=_workers(len(left)))


def _distances(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Levenshtein distance of each pair of strings, capped at 2."""
    if not len(left):
        return np.zeros(0, np.int64)
    return process.cpdist(left.tolist(), right.tolist(), scorer=Levenshtein.distance,
                          processor=None, score_cutoff=1, dtype=np.int64,
                          workers=_workers(len(left)))


def _group_starts(groups: np.ndarray) -> np.ndarray:
    """For each element of a sorted array, the index of the first element equal to it."""
    if not len(groups):
        return np.zeros(0, np.int64)
    return np.maximum.accumulate(np.where(_first_of_runs(groups), np.arange(len(groups)), 0))


def _split_pairs(pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Packed (mention, entry) pairs → the mention array and the entry array."""
    return pairs >> _ENTRY_BITS, pairs & _ENTRY_MASK


def _top_agencies(mentions: np.ndarray, owners: np.ndarray) -> np.ndarray:
    """Rows (of arrays sorted best first per mention) of each mention's first name of its
    top ``MAX_CANDIDATES`` agencies."""
    if not len(mentions):
        return np.zeros(0, np.int64)
    packed = mentions << _ENTRY_BITS | owners
    order = np.argsort(packed, kind="stable")
    first = np.sort(order[_first_of_runs(packed[order])])
    ranks = np.arange(len(first)) - _group_starts(mentions[first])
    return first[ranks < MAX_CANDIDATES]


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
    for tag, src_start, src_end, dest_start, dest_end in Levenshtein.opcodes(
            registry_key, mention_key).as_list():
        if tag == "replace":
            before, after = registry_key[src_start:src_end], mention_key[dest_start:dest_end]
            parts.append(f'"{before}"→"{after}"')
        elif tag == "insert":
            parts.append(f'added "{mention_key[dest_start:dest_end]}"')
        elif tag == "delete":
            parts.append(f'removed "{registry_key[src_start:src_end]}"')
    if len(parts) > limit:
        parts = [*parts[:limit], f"{len(parts) - limit} more"]
    return ", ".join(parts) or "same normalized name"


class IssuerMatcher:
    """Matches issuer names against one registry version (build once, match many).

    ``match_many`` normalizes all new names in one pass and decides all near (not exact) names
    together: blocking, top-k selection and scoring run as numpy array operations and
    ``rapidfuzz.process.cpdist`` calls over every (mention, candidate) pair at once.
    """

    def __init__(self, agencies: Sequence[AgencyRecord]) -> None:
        self.agencies = tuple(agencies)
        with _gc_paused():
            self._build()

    def _build(self) -> None:
        texts: list[str] = []
        owners: list[int] = []
        aliases: list[bool] = []
        for position, agency in enumerate(self.agencies):
            texts.append(agency.name)
            owners.append(position)
            aliases.append(False)
            texts.extend(agency.aliases)
            owners.extend([position] * len(agency.aliases))
            aliases.extend([True] * len(agency.aliases))
        if len(texts) > _ENTRY_MASK:
            raise ValueError(f"registry has {len(texts)} names and aliases; "
                             f"the matcher takes at most {_ENTRY_MASK}")
        keys = normalize_names(texts)
        kept = [i for i, key in enumerate(keys) if key]
        self._texts = [texts[i] for i in kept]
        self._keys = [keys[i] for i in kept]
        self._owner = [owners[i] for i in kept]
        self._is_alias = [aliases[i] for i in kept]
        self._cores = core_names_of_keys(self._keys)
        self._agency_ids = [self.agencies[owner].agency_id for owner in self._owner]
        self._entries: list[_Entry | None] = [None] * len(self._keys)
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
        self._by_core: dict[str, list[int]] = defaultdict(list)
        for index, core in enumerate(self._cores):
            if len(core) >= MIN_CORE_LENGTH:
                self._by_core[core].append(index)
        # the scored copies of the keys and cores: relabelled to a compact alphabet
        self._alphabet = _compact_alphabet(self._keys)
        self._key_array = _relabelled(self._keys, self._alphabet)
        self._core_array = _relabelled(self._cores, self._alphabet)
        self._owner_array = np.array(self._owner, dtype=np.int64)
        self._key_lengths = _lengths(self._key_array)
        self._core_lengths = _lengths(self._core_array)
        self._gram_codes, self._gram_starts, self._gram_counts, self._posted = (
            _bigram_postings(self._keys))
        self._df_cap = max(BLOCK_MIN_DF_CAP, int(len(self._keys) * BLOCK_MAX_DF_SHARE))
        self._decisions: dict[str, _Decision] = {}
        self._exact_decisions: dict[int, _Decision] = {}

    def match(self, name: str) -> MatchResult:
        """How one issuer name relates to the registry."""
        return self.match_many([name])[0]

    def match_many(self, names: Iterable[str]) -> list[MatchResult]:
        """Results in input order; each distinct name is matched once."""
        names = list(names)
        with _gc_paused():
            distinct = list(dict.fromkeys(names))
            keys = normalize_names(distinct)
            decisions = self._decide_many(keys)
            result = self._result
            done = {name: result(name, decisions[key])
                    for name, key in zip(distinct, keys, strict=True)}
            return [done[name] for name in names]

    # -- stage 1 and 2 -------------------------------------------------------------------
    def _decide_many(self, keys: Sequence[str]) -> dict[str, _Decision]:
        """The decision for each distinct key: cached, exact, or decided in one near batch."""
        found: dict[str, _Decision] = {}
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

    def _decide_exact(self, key: str) -> _Decision | None:
        if not key:
            return _decision("unrecognized", None, 0.0, (), "no letters or digits in the name")
        index = self._exact.get(key)
        if index is not None:
            return self._exact_decisions.get(index) or self._exact_decision(index)
        if not key.startswith(STATE_WORDS):
            return _local_bureau(key)
        bare = strip_state_prefix(key)
        index = self._government_exact.get(bare) if bare != key else None
        if index is None:
            return None
        entry = self._entry(index)
        prefix = key[: len(key) - len(bare)]
        return _decision("government", entry, 100.0, (self._candidate(entry, 100.0),),
                         f'state prefix "{prefix}" added')

    def _exact_decision(self, index: int) -> _Decision:
        """The decision for a key equal to registry name ``index`` (made once per name)."""
        entry = self._entry(index)
        status: MatchStatus = "government" if entry.agency.kind == "government" else "recognized"
        decision = self._exact_decisions[index] = _decision(
            status, entry, 100.0, (self._candidate(entry, 100.0),), "")
        return decision

    def _entry(self, index: int) -> _Entry:
        entry = self._entries[index]
        if entry is None:
            entry = self._entries[index] = _Entry(
                self.agencies[self._owner[index]], self._texts[index], self._keys[index],
                self._cores[index], self._is_alias[index])
        return entry

    def _near_many(self, keys: list[str]) -> list[_Decision]:
        """Stage 2 for keys with no exact match, all at once (see the module docstring)."""
        cores = core_names_of_keys(keys)
        mention_keys = _relabelled(keys, self._alphabet)
        mention_cores = _relabelled(cores, self._alphabet)
        pool_mentions, pool_entries = self._best_by_ratio(mention_keys,
                                                          *self._block_many(keys), BLOCK_TOP_K)
        same_core_mentions: list[int] = []
        same_core_entries: list[int] = []
        for position, core in enumerate(cores):
            if len(core) >= MIN_CORE_LENGTH:
                indexes = self._by_core.get(core)
                if indexes:
                    same_core_mentions.extend([position] * len(indexes))
                    same_core_entries.extend(indexes)
        core_mentions = np.array(same_core_mentions, dtype=np.int64)
        core_entries = np.array(same_core_entries, dtype=np.int64)
        core_mentions, core_entries = self._best_by_ratio(mention_keys, core_mentions,
                                                          core_entries, BLOCK_SAME_CORE_K)
        pairs = _unique(np.concatenate([pool_mentions << _ENTRY_BITS | pool_entries,
                                        core_mentions << _ENTRY_BITS | core_entries]))
        mentions, entries = pairs >> _ENTRY_BITS, pairs & _ENTRY_MASK
        scores, close = self._score_pairs(mention_keys, mention_cores, mentions, entries)
        order = np.lexsort((entries, -scores, ~close, mentions))
        by_candidate = np.lexsort((entries, ~close, -scores, mentions))
        candidate_rows = _top_agencies(mentions[by_candidate],
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
        ratios = _ratios(mention_keys[ranked_mentions], self._key_array[ranked_entries])
        # one int64 per pair sorts by mention, then ratio (descending), then entry; distinct
        # ratios of names under ~700 characters differ by more than the 2**-19 step
        steps = np.floor(ratios * _RATIO_SCALE).astype(np.int64)
        packed = np.sort(ranked_mentions << _MENTION_SHIFT
                         | (_RATIO_STEPS - steps) << _ENTRY_BITS | ranked_entries)
        ranked_mentions = packed >> _MENTION_SHIFT
        kept = np.arange(len(packed)) - _group_starts(ranked_mentions) < limit
        return _split_pairs(_unique(np.concatenate([
            mentions[~crowded] << _ENTRY_BITS | entries[~crowded],
            ranked_mentions[kept] << _ENTRY_BITS | packed[kept] & _ENTRY_MASK])))

    def _block_many(self, keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(mention, entry) pairs: the registry names holding each mention's rarest bigrams."""
        gram_mentions, grams = _bigram_pairs(keys)
        slots = np.searchsorted(self._gram_codes, grams)
        slots[slots == len(self._gram_codes)] = 0
        posted = self._gram_codes[slots] == grams if len(self._gram_codes) else slots < 0
        gram_mentions, slots = gram_mentions[posted], slots[posted]
        sizes = self._gram_counts[slots]
        order = np.lexsort((slots, sizes, gram_mentions))  # rarest first within each mention
        gram_mentions, slots, sizes = gram_mentions[order], slots[order], sizes[order]
        first = _group_starts(gram_mentions)
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
        return _split_pairs(_unique(np.repeat(gram_mentions, counts) << _ENTRY_BITS | entries))

    def _score_pairs(self, mention_keys: np.ndarray, mention_cores: np.ndarray,
                     mentions: np.ndarray, entries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``score_pair`` and ``is_lookalike`` of each (mention, registry name) pair."""
        keys, cores = mention_keys[mentions], mention_cores[mentions]
        entry_keys, entry_cores = self._key_array[entries], self._core_array[entries]
        key_lengths = _lengths(mention_keys)[mentions]
        core_lengths = _lengths(mention_cores)[mentions]
        entry_key_lengths = self._key_lengths[entries]
        entry_core_lengths = self._core_lengths[entries]
        full = _ratios(keys, entry_keys)
        both = (core_lengths > 0) & (entry_core_lengths > 0)
        core_similarity = np.where((core_lengths > 0) | (entry_core_lengths > 0), 0.0, full)
        core_similarity[both] = _ratios(cores[both], entry_cores[both])
        scores = (full + core_similarity) / 2
        close = scores >= LOOKALIKE_MIN_SCORE
        close |= (core_lengths >= MIN_CORE_LENGTH) & (cores == entry_cores)
        # the rest: the whole registry name inside the mention, or one edit apart
        open_rows = np.flatnonzero(~close & (entry_core_lengths >= MIN_CORE_LENGTH)
                                   & (entry_key_lengths >= CONTAINED_MIN_LENGTH))
        close[open_rows] = np.fromiter(
            map(operator.contains, keys[open_rows].tolist(), entry_keys[open_rows].tolist()),
            dtype=bool, count=len(open_rows))
        open_rows = np.flatnonzero(
            ~close & (np.minimum(key_lengths, entry_key_lengths) >= ONE_EDIT_MIN_LENGTH))
        close[open_rows] = _distances(keys[open_rows], entry_keys[open_rows]) <= 1
        return scores, close

    def _near_decisions(self, keys: list[str], cores: list[str], mentions: np.ndarray,
                        entries: np.ndarray, scores: np.ndarray, close: np.ndarray,
                        order: np.ndarray, candidate_rows: np.ndarray) -> list[_Decision]:
        """One decision per key from its scored pairs, best first in ``order``."""
        has_pairs = np.bincount(mentions, minlength=len(keys)) > 0
        firsts = np.searchsorted(mentions[order], np.arange(len(keys)))
        best_rows = order[np.minimum(firsts, max(len(order) - 1, 0))] if len(order) else firsts
        candidate_mentions = mentions[candidate_rows]
        bounds = np.searchsorted(candidate_mentions, np.arange(len(keys) + 1))
        rows = candidate_rows.tolist()
        entry_list, score_list, close_list = entries.tolist(), scores.tolist(), close.tolist()
        bounds, best_rows, has_pairs = bounds.tolist(), best_rows.tolist(), has_pairs.tolist()
        texts, agency_ids = self._texts, self._agency_ids
        decisions: list[_Decision] = []
        for position, key in enumerate(keys):
            if not has_pairs[position]:
                decisions.append(_decision("unrecognized", None, 0.0, (),
                                           "no registry name shares a distinctive part"))
                continue
            candidates = tuple([
                Candidate(agency_ids[entry_list[row]], texts[entry_list[row]],
                          round(score_list[row], 1))
                for row in rows[bounds[position] : bounds[position + 1]]])
            row = best_rows[position]
            best, score = self._entry(entry_list[row]), score_list[row]
            core = cores[position]
            if close_list[row]:
                detail = describe_edits(best.key, key)
                if best.core == core and len(core) >= MIN_CORE_LENGTH:
                    detail = f'same distinctive part "{core}"; {detail}'
                decisions.append(_decision("lookalike", best, round(score, 1), candidates,
                                           detail))
            else:
                detail = (f"nearest {best.agency.name} ({best.agency.agency_id}) scored "
                          f"{score:.0f} < {LOOKALIKE_MIN_SCORE:.0f}")
                decisions.append(_decision("unrecognized", None, round(score, 1), candidates,
                                           detail))
        return decisions

    @staticmethod
    def _candidate(entry: _Entry, score: float) -> Candidate:
        return Candidate(entry.agency.agency_id, entry.text, round(score, 1))

    # -- explanation ---------------------------------------------------------------------
    @staticmethod
    def _result(name: str, decision: _Decision) -> MatchResult:
        status, entry, score, candidates, detail, explanation = decision
        if entry is None:
            return MatchResult(name, status, None, score, None, explanation, candidates)
        if status != "lookalike":
            steps = normalization_steps(name) if name != entry.text else []
            notes = [detail, *steps] if detail else steps
            if notes:
                explanation += f" ({', '.join(notes)})"
        return MatchResult(name, status, entry.agency.agency_id, score, entry.text, explanation,
                           candidates)
