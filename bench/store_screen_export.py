"""Bench: re-screen N stored listings (store + matcher + rules) and export them streaming.

    python bench/store_screen_export.py [--listings 100000] [--db sqlite:///...]

Seeds a scratch database with N listings (one observation each, varied facts), then in
separate child processes: ``certwatch screen`` twice (the first screen writes every flag and
match; the re-screen is what a registry import triggers), and ``certwatch export`` of 10%
and of 100% of them (peak RSS: flat means streaming).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert

from certwatch.services.registry import import_registry_file
from facts.contract import Claim, Fee, IssuerMention, OfferFacts
from store.config import DATA_DIR
from store.db import make_engine
from store.models import Listing, Observation

ISSUERS = [
    "杭州数智职业技能评价有限公司", "国家数智职业技能评价中心", "广东粤才职业技能等级认定中心",
    "中国人工智能训练师认证中心", "JYPC全国职业资格考试认证中心", "人社部", "江苏苏研职业技能评价有限公司",
    "四川天府数字技能评价中心", "北京中关材人才发展评价中心", "云图智能",
]
CLAIMS = [
    ("包过", "guaranteed_pass", "报名即承诺包过，不过退费。"),
    ("免考", "no_exam", "免考直接拿证，全国通用。"),
    ("落户", "benefit", "持证可积分落户，享受人才补贴。"),
    ("零基础", "eligibility", "零基础直接报考二级技师。"),
]


def fake_facts(rng: random.Random, i: int) -> OfferFacts:
    issuer = rng.choice(ISSUERS) if rng.random() < 0.85 else f"华夏{i % 5000}技能研究院"
    levels = sorted(rng.sample([1, 2, 3, 4, 5], rng.randint(1, 3)))
    fee = float(rng.choice([980, 1980, 2980, 3980, 6800, 9800, 19800]))
    claims = [Claim(*c) for c in rng.sample(CLAIMS, rng.randint(0, 2))]
    sentences = ["人工智能训练师培训报名中。", f"证书由{issuer}颁发。", *(c.evidence for c in claims)]
    return OfferFacts(
        url=f"http://bench.example/ad/{i}.html", title=f"人工智能训练师{levels[0]}级班 {i}",
        is_offer=True, provider=f"培训机构{i % 700}", levels=levels,
        issuers=[IssuerMention(issuer, f"证书由{issuer}颁发。")],
        fees=[Fee(fee, fee, "tuition", levels[0], f"学费{fee:.0f}元")], claims=claims,
        sentences=sentences,
        verification_urls=[rng.choice(["http://zscx.osta.org.cn/", "http://www.osta-cert.com/"])],
    )


def seed(db_url: str, n: int) -> None:
    engine = make_engine(db_url)
    import_registry_file(engine, DATA_DIR / "registry.csv")
    rng = random.Random(7)
    now = datetime(2026, 11, 28, tzinfo=UTC)
    batch = 5000
    with engine.begin() as conn:
        for start in range(0, n, batch):
            listings, observations = [], []
            for i in range(start, min(start + batch, n)):
                f = fake_facts(rng, i)
                listings.append({"id": i + 1, "listing_key": hashlib.sha1(f.url.encode()).hexdigest(),
                                 "canonical_url": f.url, "url": f.url, "title": f.title,
                                 "provider": f.provider, "levels": f.levels, "fee_min": f.fee_min,
                                 "fee_max": f.fee_max, "first_seen": now, "last_seen": now,
                                 "source": "bench", "missed_runs": 0, "risk_score": 0,
                                 "flag_codes": [], "summary_zh": "", "summary_en": ""})
                observations.append({"listing_id": i + 1, "facts": f.to_dict(),
                                     "facts_hash": str(i), "observed_at": now,
                                     "fee_min": f.fee_min, "fee_max": f.fee_max})
            conn.execute(insert(Listing), listings)
            conn.execute(insert(Observation), observations)
    engine.dispose()


def child(args: list[str]) -> tuple[float, float]:
    """Run certwatch's CLI in a child; returns (seconds, peak RSS in MB of it or its workers)."""
    started = time.perf_counter()
    code = (
        "import resource, sys; from certwatch.cli import main; rc = main(sys.argv[1:]); "
        "rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
        "print('RSS', rss, file=sys.stderr); "
        "sys.exit(rc)"
    )
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          check=True)
    elapsed = time.perf_counter() - started
    rss_kb = int(proc.stderr.rsplit("RSS", 1)[1].split()[0])
    return elapsed, rss_kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--listings", type=int, default=100_000)
    options = parser.parse_args()
    n = options.listings
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'bench.db'}"
        t0 = time.perf_counter()
        seed(db, n)
        print(f"seeded {n:,} listings in {time.perf_counter() - t0:.1f}s")
        first, rss = child(["--db", db, "screen"])
        print(f"first screen: {n / first:,.0f} listings/s ({first:.1f}s, process included), "
              f"peak RSS {rss:.0f} MB")
        seconds, rss = child(["--db", db, "screen"])
        print(f"re-screen: {n / seconds:,.0f} listings/s ({seconds:.1f}s, process included), "
              f"peak RSS {rss:.0f} MB")
        export_small = Path(tmp) / "small.jsonl"
        small_db = f"sqlite:///{Path(tmp) / 'small.db'}"
        seed(small_db, n // 10)
        child(["--db", small_db, "screen"])
        s_sec, s_rss = child(["--db", small_db, "export", "--output", str(export_small)])
        b_sec, b_rss = child(["--db", db, "export", "--output", str(Path(tmp) / "big.jsonl")])
        print(f"export {n // 10:,}: {s_sec:.1f}s, peak RSS {s_rss:.0f} MB; "
              f"export {n:,}: {b_sec:.1f}s ({n / b_sec:,.0f} listings/s), peak RSS {b_rss:.0f} MB")
        print(json.dumps({
            "date": datetime.now(UTC).date().isoformat(), "machine": platform.machine(),
            "cpus": os.cpu_count(), "python": platform.python_version(), "listings": n,
            "first_screen_listings_per_s": round(n / first),
            "rescreen_listings_per_s": round(n / seconds), "screen_peak_rss_mb": round(rss),
            "export_small_rss_mb": round(s_rss), "export_big_rss_mb": round(b_rss),
            "bench_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        }))


if __name__ == "__main__":
    main()
