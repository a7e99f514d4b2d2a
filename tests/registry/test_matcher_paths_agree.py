"""The matcher's scalar path and its vectorised path agree (property test, hypothesis).

Scalar path: ``score_pair`` / ``is_lookalike`` of one (mention, registry name) pair, and the
matcher's decision rule applied to every registry name one by one (best = a lookalike first,
then the highest score, then the name listed first). Vectorised path: ``IssuerMatcher.match_many``
(numpy bigram blocking, compact alphabet, ``rapidfuzz.process.cpdist`` via ``score_pairs``).

Score tolerance: both paths compute the same ``fuzz.ratio`` (the compact alphabet is a
permutation of code points, which keeps Indel distances exactly) and the same float64 mean,
so unrounded scores agree to 1e-9; the matcher reports scores rounded to one decimal, so a
value within 1e-9 of a rounding boundary may come out 0.1 apart: tolerance 0.1 (+1e-9).

Blocking may leave an unrelated name unscored, so for an ``unrecognized`` result the
vectorised score may be below (never above) the scalar best; status and agency must agree.
"""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings, strategies as st

from registry.match_arrays import compact_alphabet, relabelled, score_pairs
from registry.match_rules import is_lookalike, score_pair
from registry.matcher import IssuerMatcher
from registry.normalize import core_names_of_keys, normalize_names
from registry.records import AgencyRecord

SCORE_TOLERANCE = 0.1 + 1e-9

PLACES = ["北京", "上海市", "杭州", "广东省", "江苏", "深圳市", "浙江省", "成都", "武汉", "中国",
          "国家", "全国", "华东", ""]
BRAND = "数智粤才苏研中关村云帆星辰启航卓越鼎盛华信博远智联天成恒通九州海纳腾飞"
TRADITIONAL = {"数": "數", "职": "職", "业": "業", "评": "評", "价": "價", "认": "認",
               "证": "證", "华": "華", "术": "術", "发": "發", "广": "廣", "东": "東",
               "苏": "蘇", "关": "關", "云": "雲", "联": "聯", "启": "啟", "鉴": "鑒",
               "协": "協", "会": "會", "中": "中", "级": "級", "训": "訓", "练": "練"}
FIELDS = ["职业技能", "人工智能", "人才发展", "技能人才", "职业培训", "人工智能训练师", ""]
WORKS = ["评价", "鉴定", "等级认定", "评估", "认证", "考核", "测评", ""]
SUFFIXES = ["中心", "有限公司", "有限责任公司", "协会", "研究院", "服务中心", "（集团）有限公司",
            "股份有限公司", ""]
NOISE = ["颁发", "监制", "官方", "认证", "国家级", "工信部", "人社部", "授权", "（原）", "ABC",
         "2024", "·", " ", "-", "【", "】"]
PUNCTUATION = [" ", "　", "·", "（", "）", "(", ")", "-", "—", "、", "，", ".", "《", "》", "\u200b"]

brands = st.text(alphabet=BRAND, min_size=2, max_size=4)


@st.composite
def agency_names(draw: st.DrawFn) -> str:
    return (draw(st.sampled_from(PLACES)) + draw(brands) + draw(st.sampled_from(FIELDS))
            + draw(st.sampled_from(WORKS)) + draw(st.sampled_from(SUFFIXES)))


@st.composite
def variant(draw: st.DrawFn, name: str) -> str:
    """A spelling variant, an imitation or a noisy mention of ``name``."""
    chars = list(name)
    for _ in range(draw(st.integers(0, 3))):
        edit = draw(st.sampled_from(["traditional", "punct", "replace", "drop", "insert",
                                     "prefix", "noise", "fullwidth"]))
        at = draw(st.integers(0, len(chars)))
        if edit == "traditional":
            chars = [TRADITIONAL.get(c, c) for c in chars]
        elif edit == "punct":
            chars.insert(at, draw(st.sampled_from(PUNCTUATION)))
        elif edit == "replace" and chars:
            chars[min(at, len(chars) - 1)] = draw(st.sampled_from(BRAND))
        elif edit == "drop" and chars:
            del chars[min(at, len(chars) - 1)]
        elif edit == "insert":
            chars.insert(at, draw(st.sampled_from(BRAND)))
        elif edit == "prefix":
            chars[:0] = draw(st.sampled_from(["国家", "中国", "全国", "国际", "亚太", "北京"]))
        elif edit == "noise":
            chars[at:at] = draw(st.sampled_from(NOISE))
        elif edit == "fullwidth":
            chars = [chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in chars]
    return "".join(chars)


@st.composite
def registries(draw: st.DrawFn) -> list[AgencyRecord]:
    names = draw(st.lists(agency_names(), min_size=1, max_size=12, unique=True))
    records = []
    for i, name in enumerate(names):
        aliases = draw(st.lists(st.one_of(brands.map(lambda b: b + "评价"), variant(name)),
                                max_size=2, unique=True))
        kind = draw(st.sampled_from(["evaluation_org"] * 4 + ["government", "association"]))
        records.append(AgencyRecord(f"A{i:02d}", name, tuple(a for a in aliases if a != name),
                                    kind=kind))
    return records


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[AgencyRecord], list[str]]:
    records = draw(registries())
    texts = [t for r in records for t in (r.name, *r.aliases)]
    mentions = draw(st.lists(st.one_of(
        st.sampled_from(texts).flatmap(variant),
        agency_names(),
        agency_names().flatmap(variant),
        st.text(alphabet=BRAND + "职业技能评价中心（）· ", max_size=12),
    ), min_size=1, max_size=8))
    return records, mentions


def _registry_entries(records: list[AgencyRecord]) -> list[tuple[str, str]]:
    """(agency_id, normalized key) of every registry name and alias, in matcher order."""
    owners = [r.agency_id for r in records for _ in (r.name, *r.aliases)]
    keys = normalize_names([t for r in records for t in (r.name, *r.aliases)])
    return [(owner, key) for owner, key in zip(owners, keys, strict=True) if key]


def scalar_near(records: list[AgencyRecord], mention: str) -> tuple[str, str | None, float]:
    """The scalar path's near-stage decision: (status, agency_id, unrounded score)."""
    entries = _registry_entries(records)
    key = normalize_names([mention])[0]
    core = core_names_of_keys([key])[0]
    entry_cores = core_names_of_keys([k for _, k in entries])
    best: tuple[bool, float, int] | None = None
    for index, ((_, entry_key), entry_core) in enumerate(zip(entries, entry_cores, strict=True)):
        score = score_pair(key, core, entry_key, entry_core)
        close = is_lookalike(key, core, entry_key, entry_core, score)
        rank = (close, score, -index)
        if best is None or rank > best:
            best = rank
    if best is None:
        return "unrecognized", None, 0.0
    close, score, negative_index = best
    return ("lookalike", entries[-negative_index][0], score) if close else (
        "unrecognized", None, score)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_scalar_and_vectorised_matches_agree(case: tuple[list[AgencyRecord], list[str]]) -> None:
    records, mentions = case
    matcher = IssuerMatcher(records)
    for mention, result in zip(mentions, matcher.match_many(mentions), strict=True):
        if result.status in ("recognized", "government"):
            continue  # stage 1 (exact names, state prefixes, local bureaus): one path only
        status, agency_id, score = scalar_near(records, mention)
        assert (result.status, result.agency_id) == (status, agency_id), (mention, result)
        if status == "lookalike":
            assert abs(result.score - score) <= SCORE_TOLERANCE, (mention, result, score)
        else:
            assert result.score <= score + SCORE_TOLERANCE, (mention, result, score)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_pair_scores_agree(case: tuple[list[AgencyRecord], list[str]]) -> None:
    """Every (mention, registry name) pair: ``score_pairs`` on relabelled arrays (as the
    matcher runs it) equals ``score_pair`` / ``is_lookalike`` on the plain strings."""
    records, mentions = case
    registry_keys = [k for _, k in _registry_entries(records)]
    registry_cores = core_names_of_keys(registry_keys)
    keys = [k for k in normalize_names(mentions) if k]
    cores = core_names_of_keys(keys)
    pairs = [(m, e) for m in range(len(keys)) for e in range(len(registry_keys))]
    if not pairs:
        return
    alphabet = compact_alphabet(registry_keys)
    mention_rows = np.array([m for m, _ in pairs])
    entry_rows = np.array([e for _, e in pairs])
    scores, close = score_pairs(
        relabelled(keys, alphabet)[mention_rows], relabelled(cores, alphabet)[mention_rows],
        relabelled(registry_keys, alphabet)[entry_rows],
        relabelled(registry_cores, alphabet)[entry_rows])
    for (m, e), got_score, got_close in zip(pairs, scores.tolist(), close.tolist(), strict=True):
        want = score_pair(keys[m], cores[m], registry_keys[e], registry_cores[e])
        assert abs(got_score - want) <= 1e-9, (keys[m], registry_keys[e], got_score, want)
        want_close = is_lookalike(keys[m], cores[m], registry_keys[e], registry_cores[e], want)
        assert got_close == want_close, (keys[m], registry_keys[e], got_score)
