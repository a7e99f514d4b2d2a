"""Bench: the screening rules alone over 100,000 generated listings (no store, no matcher).

Each listing's facts hold 12–30 sentences (filler plus claim sentences drawn from honest,
scam, warning and news templates with varied numbers and names), fees, levels, issuer
mentions with hand-built MatchResults and verification URLs. Claims are read from the
sentences by extraction (``page_claims``) while the listings are generated, outside the timed
part: screening reads only stored claims. The generated
input is frozen out of the cyclic GC (``gc.freeze``) as a streaming re-screen would not hold it.

    /work/venv/bin/python bench/screen/run.py [--listings 100000] [--seed 7]

Prints listings/s (goal ≥ 2,000), listings per CPU-second (less sensitive to other work on
the machine), the load average, and peak RSS (goal ≤ 1 GB).
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import resource
import sys
import time
from collections import Counter
from datetime import date

from certwatch.screening import ScreeningContext, ScreeningSettings, screen_listing
from crawler.extract.claims import page_claims
from facts.contract import Fee, IssuerMention, OfferFacts
from registry.records import AgencyRecord, MatchResult

SEEN_ON = date(2026, 11, 28)
CITIES = ["杭州", "广州", "深圳", "北京", "成都", "南京", "济南", "武汉", "西安", "上海"]
LEVEL_WORDS = {
    1: "一级/高级技师",
    2: "二级/技师",
    3: "三级/高级工",
    4: "四级/中级工",
    5: "五级/初级工",
}

FILLER = [
    "{city}人工智能训练师培训班第{n}期开始报名",
    "课程包括数据采集、数据标注、智能系统运维等模块，共{n}课时",
    "授课老师拥有多年行业经验，线上线下同步教学",
    "上课地点：{city}市高新区科技园{n}号楼",
    "咨询电话：0571-{n}{n}，微信同号",
    "人工智能训练师是人社部等部门发布的新职业，就业前景广阔",
    "学员可根据自身情况选择周末班或晚班，每班限{n}人",
    "理论知识考试和技能考核均实行百分制，成绩皆达60分及以上者为合格",
    "本期课程{n}月开课，报满即止",
    "数据标注员和人工智能算法测试员是本职业的两个工种",
]
HONEST = [
    "证书由{issuer}颁发，可在技能人才评价证书全国联网查询平台查询",
    "符合条件的学员可按规定申领技能提升补贴",
    "报名条件：累计从事本职业或相关职业工作1年以上",
    "本机构不承诺包过，须参加理论和技能考核",
    "培训费{fee}元，含考试费",
]
SCAM = [
    "【包过】{city}人工智能训练师{level}，考不过全额退款",
    "零基础可报，不限学历，无需工作经验",
    "证书由人社部颁发，全国通用，入库可查",
    "无需考试，交资料直接拿证",
    "持证可办理积分落户，还能领补贴{sub}元",
    "证书可挂靠，年赚{n}万",
    "本证书属于国家职业资格证书",
    "证书由{issuer}颁发，官网可查：{url}",
    "一次通过，否则退费，报名费{fee}元",
    "可直接报考二级，通过率100%",
]
WARNING = [
    "谨防包过骗局，认准正规评价机构",
    "所谓免考拿证都是骗局",
    "有机构在广告中宣称“包过、免考”，记者调查发现并非如此",
    "职业技能等级证书非国家职业资格证书，也不是人社部颁发",
]

AGENCIES = {
    a.agency_id: a
    for a in [
        AgencyRecord(
            "E1",
            "杭州数智职业技能评价有限公司",
            occupations=("4-04-05-05",),
            levels=(2, 3, 4, 5),
            valid_from=date(2021, 6, 1),
        ),
        AgencyRecord(
            "E2",
            "广东粤才职业技能等级认定中心",
            occupations=("4-04-05-05",),
            levels=(3, 4, 5),
            valid_from=date(2021, 9, 1),
        ),
        AgencyRecord(
            "E4", "江苏苏研职业技能评价有限公司", occupations=("4-04-05-13",), levels=(3, 4, 5)
        ),
        AgencyRecord(
            "E5",
            "四川天府数字技能评价中心",
            occupations=("4-04-05-05",),
            levels=(3, 4, 5),
            status="suspended",
        ),
        AgencyRecord(
            "G1",
            "中华人民共和国人力资源和社会保障部",
            aliases=("人社部",),
            kind="government",
            occupations=("*",),
        ),
    ]
}
ISSUERS: list[tuple[str, str, str | None]] = [
    ("杭州数智职业技能评价有限公司", "recognized", "E1"),
    ("广东粤才职业技能等级认定中心", "recognized", "E2"),
    ("江苏苏研职业技能评价有限公司", "recognized", "E4"),
    ("四川天府数字技能评价中心", "recognized", "E5"),
    ("国家数智职业技能评价中心", "lookalike", None),
    ("中国人工智能训练师认证中心", "unrecognized", None),
    ("人社部", "government", "G1"),
]
URLS = [
    "http://zscx.osta.org.cn/",
    "http://osta-cert.com/q",
    "https://zscx-osta.cn/",
    "http://hrss.gd.gov.cn/cx",
    "http://osta.org.cn.xyz.com/",
]


def _fill(template: str, rng: random.Random, **values: str) -> str:
    return template.format(
        city=rng.choice(CITIES),
        n=rng.randint(1, 99),
        fee=rng.choice([980, 1980, 2980, 4800, 6800, 9800]),
        sub=rng.choice([1000, 1500, 3000, 5000]),
        level=LEVEL_WORDS[rng.randint(1, 5)],
        **values,
    )


def make_listing(rng: random.Random) -> tuple[OfferFacts, list[MatchResult]]:
    kind = rng.choices(["honest", "scam", "mixed", "news"], weights=[4, 3, 2, 1])[0]
    issuer_rows = rng.sample(ISSUERS, k=rng.choice([0, 1, 1, 1, 2]))
    url = rng.choice(URLS)
    values = {"issuer": issuer_rows[0][0] if issuer_rows else "本中心", "url": url}
    templates = rng.sample(FILLER, k=rng.randint(8, 10)) * rng.choice([1, 2])
    pool = {"honest": HONEST, "scam": SCAM, "mixed": HONEST + SCAM, "news": WARNING}[kind]
    templates += rng.sample(pool, k=min(len(pool), rng.randint(3, 8)))
    rng.shuffle(templates)
    sentences = [_fill(t, rng, **values) for t in templates]
    for name, _, _ in issuer_rows:
        sentences.append(f"证书由{name}颁发")
    levels = sorted(rng.sample([1, 2, 3, 4, 5], k=rng.choice([0, 1, 1, 2, 3])))
    fee_sentence = _fill("培训费{fee}元，含考试费", rng)
    amount = float(fee_sentence[3:].split("元")[0])
    facts = OfferFacts(
        url=f"http://bench.test/{rng.getrandbits(48):x}.html",
        title=_fill("{city}人工智能训练师{level}报名", rng),
        is_offer=kind != "news",
        offer_evidence="报名",
        issuers=[IssuerMention(name, f"证书由{name}颁发") for name, _, _ in issuer_rows],
        levels=levels,
        fees=[Fee(amount, amount, evidence=fee_sentence)] if rng.random() < 0.8 else [],
        verification_urls=[url] if rng.random() < 0.5 else [],
        claims=page_claims(sentences),
        sentences=sentences,
    )
    matches = [
        MatchResult(name, status, agency_id, 90.0, name, f"bench: {status}")  # type: ignore[arg-type]
        for name, status, agency_id in issuer_rows
    ]
    return facts, matches


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listings", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    settings = ScreeningSettings.load_default()
    started = time.perf_counter()
    listings = [make_listing(rng) for _ in range(args.listings)]
    generated = time.perf_counter() - started
    sentences = sum(len(f.sentences) for f, _ in listings)
    # The generated input stays in memory for the whole run (a store-backed re-screen streams
    # batches instead); freeze it so the cyclic GC does not rescan 100,000 listings each time
    # screening allocates. Screening's own garbage is still collected as usual.
    gc.collect()
    gc.freeze()

    codes: Counter[str] = Counter()
    flagged = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for facts, matches in listings:
        outcome = screen_listing(ScreeningContext(facts, matches, AGENCIES, SEEN_ON, settings))
        codes.update({f.code for f in outcome.flags})
        flagged += bool(outcome.flags)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started

    rate = args.listings / elapsed
    print(
        f"machine: {platform.node()} {platform.machine()} {platform.processor() or ''} "
        f"python {sys.version.split()[0]}"
    )
    print(f"generated {args.listings:,} listings ({sentences:,} sentences) in {generated:.1f} s")
    print(
        f"screened {args.listings:,} listings in {elapsed:.2f} s: {rate:,.0f} listings/s "
        f"(goal ≥ 2,000); {args.listings / cpu:,.0f} per CPU-second; {flagged:,} flagged"
    )
    print(f"load average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"peak RSS {peak_rss_mb():,.0f} MB (goal ≤ 1,024 MB)")
    for code, count in codes.most_common():
        print(f"  {code:30s} {count:>8,}")
    return 0 if rate >= 2000 and peak_rss_mb() <= 1024 else 1


if __name__ == "__main__":
    raise SystemExit(main())
