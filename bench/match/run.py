"""Issuer-matching benchmark: IssuerMatcher vs brute-force rapidfuzz ``process.cdist``.

Generates a 10,000-agency registry and 100,000 issuer mentions (~20,000 distinct) with known
truth (exact names, spelling variants, lookalikes, unrelated names), then times, in one run:

- IssuerMatcher: build + ``match_many`` over all mentions;
- brute force: normalize (the same bulk ``normalize_names`` / ``core_names_of_keys`` the matcher
  uses, inside its timed region, from the raw strings), ``process.cdist`` (``fuzz.ratio``,
  workers=-1) of every distinct normalized mention against every normalized registry name and
  alias, top-1 candidate, then the matcher's own decision rule on it (so only candidate
  generation differs).

Both sides start from raw registry records and raw mention strings with the normalization
caches cleared; nothing computed in one timed phase is reused by the other.

Usage: ``python bench/match/run.py [--agencies 10000] [--mentions 100000] [--distinct 20000]``
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import sys
import time
from dataclasses import dataclass

import numpy as np
from opencc import OpenCC
from rapidfuzz import fuzz, process

from registry.matcher import MATCHER_VERSION, IssuerMatcher, is_lookalike, score_pair
from registry.normalize import (
    CITIES,
    PROVINCES,
    clear_caches,
    core_names_of_keys,
    normalize_name,
    normalize_names,
)
from registry.records import AgencyRecord

BRAND_CHARS = (
    "华信达瑞博泰恒鼎德安嘉禾盛世荣昌宏远启明晨星云天海川山河金银玉宝东南西北新锦程"
    "智慧慧数联创科研学才英杰俊卓越优品佳美正道明光辉耀阳春秋冬夏松柏兰竹梅菊龙凤麒麟"
    "鹏飞翔腾跃航领先锋锐精诚信义仁和顺通畅汇聚合众广博大志远航帆舟桥港湾峰岭泉溪湖"
)
TEMPLATES = (
    "职业技能评价有限公司", "职业技能等级认定中心", "人才发展评价中心", "技能评价中心",
    "职业技能鉴定有限公司", "人力资源有限公司", "教育科技有限公司", "智能科技有限公司",
    "数据标注服务有限公司", "职业培训学校",
)
INSERTS = ("人工智能", "国际", "数字", "总", "高新")
WORD_SWAPS = (("评价", "评估"), ("评价", "测评"), ("鉴定", "评价"), ("认定", "鉴定"),
              ("有限公司", "研究院"), ("中心", "研究院"), ("有限公司", "中心"))
STATE = ("国家", "中国", "全国", "中华")
REGIONS = PROVINCES[:31] + CITIES[:40]


@dataclass(frozen=True)
class Truth:
    status: str  # recognized | lookalike | unrecognized
    agency_id: str | None


def make_registry(rng: random.Random, count: int) -> tuple[list[AgencyRecord], set[str]]:
    names: set[str] = set()
    agencies: list[AgencyRecord] = []
    brands: set[str] = set()
    while len(agencies) < count:
        brand = "".join(rng.choice(BRAND_CHARS) for _ in range(rng.choice((2, 2, 3, 4))))
        name = rng.choice(REGIONS) + brand + rng.choice(TEMPLATES)
        if normalize_name(name) in names:
            continue
        names.add(normalize_name(name))
        brands.add(brand)
        aliases = (brand + "评价",) if rng.random() < 0.2 else ()
        if aliases and normalize_name(aliases[0]) in names:
            aliases = ()
        names.update(normalize_name(a) for a in aliases)
        agencies.append(AgencyRecord(f"B{len(agencies):05d}", name, aliases=aliases,
                                     occupations=("4-04-05-05",), levels=(3, 4, 5)))
    return agencies, brands


def _variant(rng: random.Random, agency: AgencyRecord, s2t: OpenCC) -> str:
    name = agency.name
    kind = rng.randrange(6)
    if kind == 0:
        return s2t.convert(name)
    if kind == 1 and name.endswith("有限公司"):
        return name.replace("有限公司", rng.choice(("公司", "有限责任公司", "")))
    if kind == 2:
        cut = rng.randrange(2, len(name) - 2)
        return name[:cut] + " " + name[cut:]
    if kind == 3 and agency.aliases:
        return agency.aliases[0]
    if kind == 4:
        return "「" + name + "」颁发"
    return name.replace("有限公司", "(有限)公司") if "有限公司" in name else name + "。"


def _lookalike(rng: random.Random, agency: AgencyRecord) -> str:
    name = agency.name
    region = next((r for r in REGIONS if name.startswith(r)), "")
    kind = rng.randrange(4)
    if kind == 0 and region:
        return rng.choice(STATE) + name[len(region):]
    if kind == 1 and region:
        return rng.choice([r for r in REGIONS if r != region]) + name[len(region):]
    if kind == 2:
        swaps = [(a, b) for a, b in WORD_SWAPS if a in name]
        if swaps:
            a, b = rng.choice(swaps)
            return name.replace(a, b, 1)
    cut = len(region) + rng.randrange(2, 4)
    return name[:cut] + rng.choice(INSERTS) + name[cut:]


def make_mentions(rng: random.Random, agencies: list[AgencyRecord], brands: set[str],
                  distinct: int, total: int) -> tuple[list[str], dict[str, Truth]]:
    s2t = OpenCC("s2t")
    keys = {normalize_name(t) for a in agencies for t in (a.name, *a.aliases)}
    truth: dict[str, Truth] = {}
    while len(truth) < distinct:
        roll = rng.random()
        agency = rng.choice(agencies)
        if roll < 0.3:
            mention, label = agency.name, Truth("recognized", agency.agency_id)
        elif roll < 0.6:
            mention, label = _variant(rng, agency, s2t), Truth("recognized", agency.agency_id)
        elif roll < 0.85:
            mention = _lookalike(rng, agency)
            if normalize_name(mention) in keys:
                continue
            label = Truth("lookalike", agency.agency_id)
        else:
            brand = "".join(rng.choice("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥") for _ in range(2))
            if brand in brands:
                continue
            mention = rng.choice(REGIONS) + brand + rng.choice(TEMPLATES)
            label = Truth("unrecognized", None)
        truth.setdefault(mention, label)
    pool = list(truth)
    mentions = pool + [rng.choice(pool) for _ in range(total - len(pool))]
    rng.shuffle(mentions)
    return mentions, truth


def accuracy(predicted: list[tuple[str, str | None]], mentions: list[str],
             truth: dict[str, Truth]) -> float:
    """Share right: status, and for recognized the agency (a lookalike's target is not
    unique when one brand is registered in several regions)."""
    right = 0
    for (status, agency_id), mention in zip(predicted, mentions, strict=True):
        expected = truth[mention]
        right += status == expected.status and (
            status != "recognized" or agency_id == expected.agency_id)
    return right / len(mentions)


def brute_force(agencies: list[AgencyRecord], mentions: list[str]) -> list[tuple[str, str | None]]:
    """Exact or top-1 ``fuzz.ratio`` candidate from a full cdist, then the matcher's rule."""
    owners = [a for a in agencies for _ in (a.name, *a.aliases)]
    registry_keys = normalize_names([t for a in agencies for t in (a.name, *a.aliases)])
    entries = list(zip(owners, registry_keys, strict=True))
    registry_cores = core_names_of_keys(registry_keys)
    raw = list(dict.fromkeys(mentions))
    key_of = dict(zip(raw, normalize_names(raw), strict=True))
    distinct = sorted(set(key_of.values()))
    core_of = dict(zip(distinct, core_names_of_keys(distinct), strict=True))
    decided: dict[str, tuple[str, str | None]] = {}
    for start in range(0, len(distinct), 2000):
        chunk = distinct[start : start + 2000]
        scores = process.cdist(chunk, registry_keys, scorer=fuzz.ratio, processor=None,
                               workers=-1, dtype=np.uint8)
        best = scores.argmax(axis=1)
        for key, column, row in zip(chunk, best, scores, strict=True):
            agency = entries[column][0]
            if row[column] == 100:
                decided[key] = ("recognized", agency.agency_id)
                continue
            core = core_of[key]
            score = score_pair(key, core, registry_keys[column], registry_cores[column])
            lookalike = is_lookalike(key, core, registry_keys[column], registry_cores[column],
                                     score)
            decided[key] = ("lookalike", agency.agency_id) if lookalike else ("unrecognized", None)
    return [decided[key_of[m]] for m in mentions]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _clear_caches() -> None:
    clear_caches()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agencies", type=int, default=10_000)
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--distinct", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    agencies, brands = make_registry(rng, args.agencies)
    mentions, truth = make_mentions(rng, agencies, brands, args.distinct, args.mentions)
    mix = {s: sum(t.status == s for t in truth.values()) for s in ("recognized", "lookalike",
                                                                     "unrecognized")}
    print(f"registry {len(agencies)} agencies; {len(mentions)} mentions, {len(truth)} distinct "
          f"{mix}; matcher {MATCHER_VERSION}")
    rss_before = _rss_mb()

    _clear_caches()
    started, cpu_started = time.perf_counter(), time.process_time()
    matcher = IssuerMatcher(agencies)
    built = time.perf_counter()
    results = matcher.match_many(mentions)
    matcher_seconds = time.perf_counter() - started
    matcher_cpu = time.process_time() - cpu_started
    ours = [(r.status if r.status != "government" else "recognized", r.agency_id) for r in results]
    matcher_rss = _rss_mb()
    print(f"IssuerMatcher: build {built - started:.2f} s, total {matcher_seconds:.2f} s "
          f"(CPU {matcher_cpu:.2f} s), "
          f"{len(mentions) / matcher_seconds:,.0f} mentions/s, accuracy "
          f"{accuracy(ours, mentions, truth):.4f}, peak RSS {matcher_rss:.0f} MB "
          f"(data before matching {rss_before:.0f} MB)")

    # the explanations and candidates are worked out when first read (MatchResult): what
    # reading all of them costs, for a caller that stores them (certwatch screen does)
    cpu_started = time.process_time()
    read = sum(len(r.explanation) + len(r.candidates) for r in results)
    explain_cpu = time.process_time() - cpu_started
    print(f"  explanations and candidates of all {len(results):,} results, read afterwards: "
          f"CPU {explain_cpu:.2f} s ({read:,} characters and candidates)")

    _clear_caches()
    started, cpu_started = time.perf_counter(), time.process_time()
    theirs = brute_force(agencies, mentions)
    brute_seconds = time.perf_counter() - started
    brute_cpu = time.process_time() - cpu_started
    print(f"brute-force cdist: total {brute_seconds:.2f} s (CPU {brute_cpu:.2f} s, all threads), "
          f"{len(mentions) / brute_seconds:,.0f} mentions/s, accuracy "
          f"{accuracy(theirs, mentions, truth):.4f}, peak RSS {_rss_mb():.0f} MB")
    print(f"CPU ratio brute force / matcher: {brute_cpu / matcher_cpu:.1f}x "
          f"({brute_cpu / (matcher_cpu + explain_cpu):.1f}x with every explanation read)")
    print(f"speed-up {brute_seconds / matcher_seconds:.1f}x; python {sys.version.split()[0]}, "
          f"{platform.machine()}, {os.cpu_count()} CPUs, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
