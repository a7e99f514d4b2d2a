"""Array helpers of the vectorised near stage: the numpy bigram index (CSR postings), packed
(mention, entry) pairs, grouping and top-k on sorted arrays, the compact alphabet and bulk
rapidfuzz scoring (``process.cpdist``).
"""

from __future__ import annotations

import operator
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from registry.match_rules import (
    CONTAINED_MIN_LENGTH,
    LOOKALIKE_MIN_SCORE,
    MAX_CANDIDATES,
    MIN_CORE_LENGTH,
    ONE_EDIT_MIN_LENGTH,
)

_PARALLEL_PAIRS = 20_000  # from this many pairs on, rapidfuzz scores them on all cores
# (mention, entry) pairs and (name, bigram) pairs are packed into one int64 each.
ENTRY_BITS = 21
ENTRY_MASK = (1 << ENTRY_BITS) - 1
_CHAR_BITS = 21  # every code point is below 0x110000 < 2**21
_GRAM_BITS = 2 * _CHAR_BITS
RATIO_SCALE = 2**19
RATIO_STEPS = 100 * RATIO_SCALE  # < 2**26
MENTION_SHIFT = ENTRY_BITS + 26  # mention positions < 2**16 (see registry.matcher._NEAR_BATCH)


def bigram_pairs(keys: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
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
    packed = unique_sorted(owners[inside] << _GRAM_BITS | codes[:-1][inside] << _CHAR_BITS
                     | codes[1:][inside])
    return packed >> _GRAM_BITS, packed & ((1 << _GRAM_BITS) - 1)


def bigram_postings(keys: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray,
                                                   np.ndarray]:
    """Inverted index of bigrams: sorted codes, start and length of each posting list, and the
    concatenated posting lists (key indexes, ascending)."""
    owners, grams = bigram_pairs(keys)
    # by bigram, then key: one sort of (bigram, key) packed in an int64 (owners < 2**ENTRY_BITS)
    packed = np.sort(grams << ENTRY_BITS | owners)
    grams, owners = packed >> ENTRY_BITS, packed & ENTRY_MASK
    starts = np.flatnonzero(first_of_runs(grams))
    counts = np.diff(np.append(starts, len(grams)))
    return grams[starts], starts, counts, owners


def first_of_runs(values: np.ndarray) -> np.ndarray:
    """True where a sorted array's element differs from the one before it."""
    first = np.ones(len(values), dtype=bool)
    first[1:] = values[1:] != values[:-1]
    return first


def unique_sorted(values: np.ndarray) -> np.ndarray:
    """``np.unique`` of an int64 array, by sorting (numpy 2's hash-based one is slower here)."""
    values = np.sort(values)
    kept: np.ndarray = values[first_of_runs(values)]
    return kept


Alphabet = np.ndarray  # the code each code point gets, for code points up to the table's end


def compact_alphabet(keys: Sequence[str]) -> Alphabet:
    """A relabelling of characters (a swap, so one-to-one) giving the registry's most frequent
    ones codes below 256, where rapidfuzz scores from a flat table instead of a hash map.

    fuzz.ratio, Levenshtein distances, equality and containment are the same after it; line
    breaks (code 10) keep their code."""
    codes = np.frombuffer("".join(keys).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    counts = np.bincount(codes)
    present = np.flatnonzero(counts[256:]) + 256
    frequent = present[np.argsort(-counts[present], kind="stable")].tolist()
    swaps = dict(zip(frequent, range(11, 256), strict=False))
    return alphabet_table({**swaps, **{low_code: code for code, low_code in swaps.items()}})


def alphabet_table(alphabet: dict[int, int]) -> Alphabet:
    """``alphabet`` as a table: entry ``c`` is the code of code point ``c`` (itself when the
    alphabet does not move it), up to the highest code point the alphabet moves."""
    table = np.arange(max(alphabet, default=-1) + 1, dtype=np.uint32)
    table[np.fromiter(alphabet, dtype=np.int64, count=len(alphabet))] = np.fromiter(
        alphabet.values(), dtype=np.uint32, count=len(alphabet))
    return table


def relabelled(strings: Sequence[str], alphabet: Alphabet) -> np.ndarray:
    """The strings (normalized keys or cores: no line breaks) relabelled by ``alphabet``, as
    an object array (a ``str.translate`` of all of them at once, on their code points)."""
    joined = "\n".join(strings)
    if joined.count("\n") != max(len(strings) - 1, 0):
        raise ValueError("relabelling a name with a line break: names must be normalized")
    if not strings:
        return np.array([], dtype=object)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if len(alphabet):
        inside = codes < len(alphabet)
        codes = np.where(inside, alphabet[np.where(inside, codes, 0)], codes)
    return np.array(codes.tobytes().decode("utf-32-le", "surrogatepass").split("\n"),
                    dtype=object)


def lengths_of(strings: np.ndarray) -> np.ndarray:
    return np.fromiter(map(len, strings.tolist()), dtype=np.int64, count=len(strings))


def rapidfuzz_workers(pairs: int) -> int:
    """rapidfuzz workers: one thread for few pairs (starting threads costs more), else all."""
    return -1 if pairs >= _PARALLEL_PAIRS else 1


def pair_ratios(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """``fuzz.ratio`` of each pair of strings."""
    if not len(left):
        return np.zeros(0, np.float64)
    return process.cpdist(left.tolist(), right.tolist(), scorer=fuzz.ratio, processor=None,
                          dtype=np.float64, workers=rapidfuzz_workers(len(left)))


def pair_distances(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Levenshtein distance of each pair of strings, capped at 2."""
    if not len(left):
        return np.zeros(0, np.int64)
    return process.cpdist(left.tolist(), right.tolist(), scorer=Levenshtein.distance,
                          processor=None, score_cutoff=1, dtype=np.int64,
                          workers=rapidfuzz_workers(len(left)))


def group_starts(groups: np.ndarray) -> np.ndarray:
    """For each element of a sorted array, the index of the first element equal to it."""
    if not len(groups):
        return np.zeros(0, np.int64)
    return np.maximum.accumulate(np.where(first_of_runs(groups), np.arange(len(groups)), 0))


def split_pairs(pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Packed (mention, entry) pairs → the mention array and the entry array."""
    return pairs >> ENTRY_BITS, pairs & ENTRY_MASK


def top_agencies(mentions: np.ndarray, owners: np.ndarray) -> np.ndarray:
    """Rows (of arrays sorted best first per mention) of each mention's first name of its
    top ``MAX_CANDIDATES`` agencies."""
    if not len(mentions):
        return np.zeros(0, np.int64)
    packed = mentions << ENTRY_BITS | owners
    order = np.argsort(packed, kind="stable")
    first = np.sort(order[first_of_runs(packed[order])])
    ranks = np.arange(len(first)) - group_starts(mentions[first])
    top: np.ndarray = first[ranks < MAX_CANDIDATES]
    return top


def score_pairs(keys: np.ndarray, cores: np.ndarray, entry_keys: np.ndarray,
                entry_cores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``score_pair`` and ``is_lookalike`` of each (mention key and core, registry key and core)
    row of four aligned object arrays of strings, all at once: (scores, close)."""
    key_lengths, core_lengths = lengths_of(keys), lengths_of(cores)
    entry_key_lengths, entry_core_lengths = lengths_of(entry_keys), lengths_of(entry_cores)
    full = pair_ratios(keys, entry_keys)
    both = (core_lengths > 0) & (entry_core_lengths > 0)
    core_similarity = np.where((core_lengths > 0) | (entry_core_lengths > 0), 0.0, full)
    core_similarity[both] = pair_ratios(cores[both], entry_cores[both])
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
    close[open_rows] = pair_distances(keys[open_rows], entry_keys[open_rows]) <= 1
    return scores, close
