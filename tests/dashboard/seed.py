"""A realistic certwatch database for the dashboard's tests and benchmark.

``seed(db_url, warc_dir, listings=300)`` fills an empty database the way the pipeline
would: two registry versions with agencies, crawl runs with stats and changes, pages
archived in a real WARC file (written with warcio), listings with observations whose
fees change, issuer matches, flags with evidence, and a few reviews. One listing is
hostile: its title, provider, issuer and page text hold ``<script>`` and
``<img onerror>`` markup. Rows go in with bulk inserts, so 100,000 listings take about
a minute.
"""

from __future__ import annotations

import hashlib
import html
import io
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, update
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from facts.contract import Claim, Fee, IssuerMention, OfferFacts
from store import summaries
from store.db import make_engine
from store.models import (
    Agency,
    CrawlRun,
    Flag,
    IssuerMatch,
    Listing,
    Observation,
    Page,
    RegistryVersion,
    Review,
    RunChange,
)
from store.review_state import refresh_review_status
from store.vocabulary import FLAG_SEVERITIES

BASE = datetime(2026, 9, 1, 2, 0, tzinfo=UTC)  # first crawl; runs follow weekly
RUNS = 6
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
SEVERITY = FLAG_SEVERITIES
WEIGHT = {"high": 40, "medium": 20, "low": 10}
REGIONS = ["北京", "上海", "广东", "浙江", "江苏", "四川", "湖北", "山东", "河南", "全国"]
LEVEL_NAMES = {
    1: "一级/高级技师",
    2: "二级/技师",
    3: "三级/高级工",
    4: "四级/中级工",
    5: "五级/初级工",
}
CEILING = {5: 3000, 4: 4000, 3: 5000, 2: 6800, 1: 8000}
CITIES = ["北京", "上海", "深圳", "杭州", "南京", "成都", "武汉", "济南", "郑州", "广州", "西安"]
WORDS = ["智训", "未来", "启航", "众学", "博睿", "优才", "知行", "星火", "达人", "华图", "鼎新"]
RECOGNIZED = [
    ("A001", "中国就业培训技术指导中心", ["就业培训技术指导中心"]),
    ("A002", "北京市职业技能鉴定管理中心", ["北京职业技能鉴定中心"]),
    ("A003", "上海市职业技能鉴定中心", []),
    ("A004", "广东省职业技能服务指导中心", []),
    ("A005", "浙江省职业技能教学研究所", []),
    ("A006", "腾讯云计算（北京）有限责任公司", ["腾讯云"]),
    ("A007", "百度在线网络技术（北京）有限公司", ["百度"]),
    ("A008", "阿里云计算有限公司", ["阿里云"]),
    ("A009", "江苏省职业技能鉴定中心", []),
    ("A010", "四川省职业技能鉴定指导中心", []),
]
LOOKALIKES = [
    ("中国就业培训技术指导中心职业技能鉴定处", "A001"),
    ("国家职业技能鉴定指导中心", "A001"),
    ("北京市职业技能鉴定管理服务中心", "A002"),
    ("腾讯云AI认证中心", "A006"),
]
UNRECOGNIZED = [
    "中国人工智能学会职业能力认证中心",
    "国际人工智能训练师协会",
    "中科院人工智能研究所认证部",
    "全国信息化人才评价中心",
    "中国数字经济人才发展委员会",
    "工信部人才交流中心AI分中心",
    "亚太人工智能产业联盟",
    "中国职业技能认证服务中心",
]
GOVERNMENT = ["人力资源和社会保障部", "工业和信息化部"]
EVIDENCE = {  # code -> (the sentence on the page, the words that raise the flag)
    "GUARANTEED_PASS": ("本期学员包过，不过全额退费。", "包过"),
    "NO_EXAM": ("无需考试，直接拿证，30天内发证。", "直接拿证"),
    "BENEFIT_BAIT": ("持证可申请积分落户，并领取技能提升补贴。", "积分落户"),
    "ELIGIBILITY_SHORTCUT": ("零基础、不限学历，可直接报考二级/技师。", "零基础、不限学历"),
    "UNOFFICIAL_VERIFICATION_SITE": (
        "证书可在 http://www.ai-zhengshu-cx.com 官网查询。",
        "http://www.ai-zhengshu-cx.com",
    ),
    "MISSING_ISSUER": ("报名即可获得人工智能训练师证书。", "获得人工智能训练师证书"),
}


@dataclass
class SeedSummary:
    """What was written, so tests can assert on what a user must see."""

    listings: int = 0
    flagged: int = 0
    by_severity: dict[str, int] = field(default_factory=dict)
    awaiting: int = 0
    flags_by_code: dict[str, int] = field(default_factory=dict)  # listings per active code
    xss_listing_id: int = 0
    changed_fee_listing_id: int = 0
    plain_listing_id: int = 0  # a flagged listing with no review yet
    warc_file: str = ""
    runs: int = 0
    providers: list[str] = field(default_factory=list)
    unrecognized_top: str = ""


def _provider(rng: random.Random, n: int) -> str:
    return f"{rng.choice(CITIES)}{WORDS[n % len(WORDS)]}{n:03d}教育科技有限公司"


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _page_html(title: str, paragraphs: list[str], hostile: bool) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    extra = f"<div>{XSS_IMG}</div><script>alert('archived')</script>" if hostile else ""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head><body>"
        f"<h1>{html.escape(title)}</h1>{body}{extra}</body></html>"
    )


class _Warc:
    """Appends response records to one gzipped WARC file, remembering each offset."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.stream = path.open("wb")
        self.writer = WARCWriter(self.stream, gzip=True)

    def add(self, url: str, body: str, when: datetime) -> tuple[int, str]:
        payload = body.encode("utf-8")
        http = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = self.writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(payload),
            http_headers=http,
            warc_headers_dict={"WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ")},
        )
        offset = self.stream.tell()
        self.writer.write_record(record)
        return offset, record.rec_headers.get_header("WARC-Record-ID")

    def close(self) -> None:
        self.stream.close()


def _bulk(engine: Engine, model: Any, rows: list[dict[str, Any]], chunk: int = 5000) -> None:
    with engine.begin() as conn:
        for start in range(0, len(rows), chunk):
            conn.execute(insert(model), rows[start : start + chunk])


def _flush(
    engine: Engine,
    pages: list,
    rows: list,
    observations: list,
    matches: list,
    flags: list,
    changes: list,
    reviews: list,
    summary: SeedSummary,
) -> None:
    """Insert what one chunk of listings produced (parents first) and empty the lists."""
    reviewed = {r["listing_id"] for r in reviews}
    decided = {r["listing_id"] for r in reviews if r["decision"] == "refer"}
    summary.awaiting += sum(1 for r in rows if r["max_severity"] and r["id"] not in decided)
    if not summary.plain_listing_id:
        summary.plain_listing_id = next(
            (
                r["id"]
                for r in rows
                if r["max_severity"] == "high" and r["id"] not in reviewed and r["id"] > 2
            ),
            0,
        )
    for model, batch in (
        (Page, pages),
        (Listing, rows),
        (Observation, observations),
        (IssuerMatch, matches),
        (Flag, flags),
        (RunChange, changes),
        (Review, reviews),
    ):
        _bulk(engine, model, batch)
        batch.clear()


def seed(
    db_url: str, warc_dir: Path, listings: int = 300, rng_seed: int = 7, warc_pages: int = 2000,
    rebuild_summaries: bool = True,
) -> SeedSummary:
    """Fill an empty database at ``db_url``; WARC records for the first ``warc_pages`` pages;
    then the dashboard's summary tables (``store.summaries.rebuild``)."""
    rng = random.Random(rng_seed)
    engine = make_engine(db_url)
    summary = SeedSummary(listings=listings)
    warc = _Warc(Path(warc_dir) / "seed-00000.warc.gz")
    summary.warc_file = str(warc.path)

    # registry: an old version and the current one (one agency lapsed, one out of scope)
    versions = [
        {
            "id": 1,
            "file_name": "registry-2026-06.csv",
            "sha256": "a" * 64,
            "imported_at": BASE - timedelta(days=90),
            "row_count": len(RECOGNIZED) - 2,
        },
        {
            "id": 2,
            "file_name": "registry-2026-09.csv",
            "sha256": "b" * 64,
            "imported_at": BASE - timedelta(days=1),
            "row_count": len(RECOGNIZED),
        },
    ]
    agencies = []
    for version in (1, 2):
        for n, (agency_id, name, aliases) in enumerate(RECOGNIZED):
            if version == 1 and n >= len(RECOGNIZED) - 2:
                continue
            agencies.append(
                {
                    "version_id": version,
                    "agency_id": agency_id,
                    "name": name,
                    "aliases": aliases,
                    "uscc": None,
                    "kind": "employer" if "公司" in name else "evaluation_org",
                    "occupations": ["4-04-05-05"] if n != 8 else ["4-04-05-01"],
                    "levels": [1, 2, 3, 4, 5] if n % 3 else [3, 4, 5],
                    "region": "全国" if n < 2 else REGIONS[n % len(REGIONS)],
                    "valid_from": date(2024, 1, 1),
                    "valid_to": date(2026, 6, 30) if n == 9 else None,
                    "status": "suspended" if n == 7 and version == 2 else "active",
                    "source_url": "https://www.osta.org.cn/",
                }
            )
    _bulk(engine, RegistryVersion, versions)
    _bulk(engine, Agency, agencies)

    providers = [_provider(rng, n) for n in range(max(8, listings // 40))]
    hostile_provider = f"<b>**黑马**</b>{XSS_IMG}培训_中心_"
    summary.providers = providers

    _bulk(
        engine,
        CrawlRun,
        [
            {
                "id": i + 1,
                "kind": "nightly" if i else "crawl",
                "started_at": BASE + timedelta(days=7 * i),
                "finished_at": BASE + timedelta(days=7 * i, minutes=42),
                "status": "failed" if i == 3 else "succeeded",
                "args": {"sources": "sources.toml"},
                "stats": {},
                "warc_path": summary.warc_file,
                "error": "source 'ads7' returned 0 offers (minimum 1)" if i == 3 else None,
            }
            for i in range(RUNS)
        ],
    )
    pages: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    observations: list[dict[str, Any]] = []
    matches: list[dict[str, Any]] = []
    flags: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    reviews: list[dict[str, Any]] = []
    run_stats = [
        {"pages": 0, "offers": 0, "errors": 0, "new": 0, "changed": 0, "removed": 0}
        for _ in range(RUNS)
    ]
    unrecognized_count: dict[str, int] = {}
    next_page_id = next_observation_id = 1

    for listing_id in range(1, listings + 1):
        hostile = listing_id == 1
        provider = hostile_provider if hostile else rng.choice(providers)
        region = rng.choice(REGIONS)
        top = rng.choice([1, 2, 3, 3, 4, 4, 5, 5, 5])
        levels = sorted({top, *rng.sample(range(top, 6), k=rng.randint(0, 5 - top))})
        fee_base = rng.choice([980, 1580, 1980, 2680, 3280, 3980, 4800, 6800, 9800, 12800, 29800])
        # mentions: what the ad names as issuer
        roll = rng.random()
        mentions: list[tuple[str, str, str | None, float]] = []
        if hostile:
            mentions.append((f"{XSS_SCRIPT}认证中心", "unrecognized", None, 31.0))
        elif roll < 0.35:
            agency_id, name, _ = rng.choice(RECOGNIZED)
            mentions.append((name, "recognized", agency_id, 100.0))
        elif roll < 0.5:
            name, agency_id = rng.choice(LOOKALIKES)
            mentions.append((name, "lookalike", agency_id, round(rng.uniform(82, 94), 1)))
        elif roll < 0.85:
            name = UNRECOGNIZED[min(int(rng.expovariate(0.5)), len(UNRECOGNIZED) - 1)]
            mentions.append((name, "unrecognized", None, round(rng.uniform(20, 60), 1)))
        elif roll < 0.93:
            mentions.append((rng.choice(GOVERNMENT), "government", None, 0.0))
        if rng.random() < 0.15 and not hostile:
            agency_id, name, _ = rng.choice(RECOGNIZED)
            mentions.append((name, "recognized", agency_id, 100.0))

        codes: list[tuple[str, str, str]] = []  # (code, evidence, sentence)
        for mention, status, agency_id, _score in mentions:
            sentence = f"证书由{mention}颁发，全国通用。"
            if status == "unrecognized":
                codes.append(("UNRECOGNIZED_ISSUER", mention, sentence))
                unrecognized_count[mention] = unrecognized_count.get(mention, 0) + 1
            elif status == "lookalike":
                codes.append(("LOOKALIKE_ISSUER", mention, sentence))
            elif status == "government":
                codes.append(("GOVERNMENT_ISSUER_CLAIM", f"由{mention}颁发", sentence))
            elif agency_id == "A008" and rng.random() < 0.7:
                codes.append(("ISSUER_LAPSED", mention, sentence))
            elif agency_id == "A009":
                codes.append(("ISSUER_OUT_OF_SCOPE", mention, sentence))
        if not mentions:
            codes.append(
                ("MISSING_ISSUER", EVIDENCE["MISSING_ISSUER"][1], EVIDENCE["MISSING_ISSUER"][0])
            )
        for code, chance in (
            ("GUARANTEED_PASS", 0.3),
            ("NO_EXAM", 0.12),
            ("BENEFIT_BAIT", 0.15),
            ("UNOFFICIAL_VERIFICATION_SITE", 0.08),
        ):
            if hostile or rng.random() < chance:
                codes.append((code, EVIDENCE[code][1], EVIDENCE[code][0]))
        if top <= 2 and rng.random() < 0.5:
            sentence, words = EVIDENCE["ELIGIBILITY_SHORTCUT"]
            codes.append(("ELIGIBILITY_SHORTCUT", words, sentence))

        # observations: the first in the run it appeared, later ones when the fee changed
        first_run = 0 if listing_id <= listings * 0.6 else rng.randint(1, RUNS - 1)
        removed_run = RUNS - 1 if rng.random() < 0.03 and first_run < RUNS - 2 else None
        fee_steps = [fee_base]
        if listing_id == 2 or rng.random() < 0.25:
            fee_steps.append(fee_base + rng.choice([-500, 300, 1000, 2000]))
        if listing_id == 2:
            fee_steps.append(fee_steps[-1] + 1500)
        later = range(first_run + 1, RUNS)
        step_runs = [first_run, *sorted(rng.sample(later, k=min(len(fee_steps) - 1, len(later))))]
        fee_steps = fee_steps[: len(step_runs)]
        final_fee = fee_steps[-1]
        fee_min = float(min(final_fee, 800 + (final_fee // 3)))
        if final_fee > CEILING[top]:
            codes.append(
                (
                    "EXCESSIVE_FEE",
                    f"培训费用{final_fee}元",
                    f"培训费用{final_fee}元（含考试费），{region}地区可报名。",
                )
            )
        title = (
            f"免考包过{XSS_SCRIPT}人工智能训练师证书 {XSS_IMG}"
            if hostile
            else f"人工智能训练师{LEVEL_NAMES[top]}证书培训报名 - {provider[:8]}"
        )
        url = f"https://ads{listing_id % 50}.example.cn/course/{listing_id}.html"
        paragraphs = [
            f"{provider}开设人工智能训练师（4-04-05-05）{'、'.join(LEVEL_NAMES[v] for v in levels)}培训班。",
            *dict.fromkeys(
                sentence for _code, _words, sentence in codes if not sentence.startswith("培训费用")
            ),
            f"培训费用{final_fee}元（含考试费），{region}地区可报名。",
            "课程内容：数据标注、算法训练、智能系统运维。",
        ]
        if hostile:
            paragraphs.append(f"页面里的文字：{XSS_SCRIPT} 以及 {XSS_IMG}")

        last_page_id = None
        for step, (run_index, fee) in enumerate(zip(step_runs, fee_steps, strict=True)):
            observed = BASE + timedelta(days=7 * run_index, minutes=listing_id % 600)
            page_id = next_page_id
            next_page_id += 1
            body = _page_html(
                title,
                paragraphs
                if step == len(fee_steps) - 1
                else [p.replace(str(final_fee), str(fee)) for p in paragraphs],
                hostile,
            )
            offset, record_id = (None, None)
            if page_id <= warc_pages:
                offset, record_id = warc.add(url, body, observed)
            pages.append(
                {
                    "id": page_id,
                    "run_id": run_index + 1,
                    "source": "seed",
                    "url": url,
                    "final_url": url,
                    "fetched_at": observed,
                    "status": 200,
                    "content_type": "text/html; charset=utf-8",
                    "sha256": hashlib.sha256(body.encode()).hexdigest(),
                    "size": len(body.encode()),
                    "warc_file": summary.warc_file if offset is not None else None,
                    "warc_offset": offset,
                    "warc_record_id": record_id,
                    "error": None,
                    "is_offer": True,
                }
            )
            facts = OfferFacts(
                url=url,
                title=title,
                is_offer=True,
                offer_evidence="培训报名",
                provider=provider,
                issuers=[
                    IssuerMention(name=m[0], evidence=f"证书由{m[0]}颁发，全国通用。")
                    for m in mentions
                ],
                levels=levels,
                fees=[
                    Fee(
                        amount_min=fee_min if step == len(fee_steps) - 1 else float(fee),
                        amount_max=float(fee),
                        evidence=f"培训费用{fee}元（含考试费）",
                    )
                ],
                claims=[Claim(phrase=w, category=c.lower(), evidence=e) for c, w, e in codes[:3]],
                region=region,
                sentences=paragraphs,
            )
            observations.append(
                {
                    "id": next_observation_id,
                    "listing_id": listing_id,
                    "page_id": page_id,
                    "run_id": run_index + 1,
                    "observed_at": observed,
                    "facts_hash": _sha1(f"{listing_id}:{fee}"),
                    "facts": facts.to_dict(),
                    "fee_min": facts.fee_min,
                    "fee_max": facts.fee_max,
                }
            )
            next_observation_id += 1
            changes.append(
                {
                    "run_id": run_index + 1,
                    "listing_id": listing_id,
                    "change": "new" if step == 0 else "changed",
                    "source": "seed",
                    "detail": {"fee_max": fee},
                }
            )
            run_stats[run_index]["new" if step == 0 else "changed"] += 1
            last_page_id = page_id
        for run_index in range(first_run, RUNS):
            run_stats[run_index]["offers"] += 1
            run_stats[run_index]["pages"] += 1
        if removed_run is not None:
            changes.append(
                {
                    "run_id": removed_run + 1,
                    "listing_id": listing_id,
                    "change": "removed",
                    "source": "seed",
                    "detail": {},
                }
            )
            run_stats[removed_run]["removed"] += 1

        severities = {SEVERITY[c] for c, _, _ in codes}
        max_severity = next((s for s in ("high", "medium", "low") if s in severities), None)
        risk = min(100, sum(WEIGHT[SEVERITY[c]] for c, _, _ in codes))
        first_seen = BASE + timedelta(days=7 * first_run, minutes=listing_id % 600)
        last_run = removed_run - 1 if removed_run is not None else RUNS - 1
        rows.append(
            {
                "id": listing_id,
                "listing_key": _sha1(url),
                "canonical_url": url,
                "url": url,
                "source": "seed",
                "first_seen": first_seen,
                "last_seen": BASE + timedelta(days=7 * last_run, minutes=listing_id % 600),
                "last_page_id": last_page_id,
                "missed_runs": 1 if removed_run else 0,
                "removed_at": BASE + timedelta(days=7 * removed_run) if removed_run else None,
                "title": title,
                "provider": provider,
                "region": region,
                "levels": levels,
                "fee_min": fee_min,
                "fee_max": float(final_fee),
                "risk_score": risk,
                "max_severity": max_severity,
                "flag_codes": sorted({c for c, _, _ in codes}),
                "summary_zh": "；".join(f"{c}：{e}" for c, e, _ in codes[:3]),
                "summary_en": "; ".join(f"{c}: {e}" for c, e, _ in codes[:3]),
                "screened_at": BASE + timedelta(days=7 * (RUNS - 1), hours=1),
            }
        )
        obs_id = observations[-1]["id"]
        for mention, status, agency_id, score in mentions:
            matches.append(
                {
                    "listing_id": listing_id,
                    "observation_id": obs_id,
                    "mention": mention,
                    "evidence": f"证书由{mention}颁发，全国通用。",
                    "registry_version_id": 2,
                    "agency_id": agency_id,
                    "status": status,
                    "score": score,
                    "matched_name": next((n for a, n, _ in RECOGNIZED if a == agency_id), None),
                    "explanation": f"{status}: best candidate scored {score:.0f}",
                    "candidates": [
                        {"agency_id": a, "name": n, "score": round(score * 0.9 - i, 1)}
                        for i, (a, n, _) in enumerate(RECOGNIZED[:3])
                    ],
                    "matcher_version": "match-1",
                    "matched_at": first_seen,
                    "current": True,
                }
            )
        for code, evidence, _sentence in codes:
            flags.append(
                {
                    "listing_id": listing_id,
                    "code": code,
                    "severity": SEVERITY[code],
                    "evidence": evidence,
                    "detail": f"{code} raised by rule {code.lower()}",
                    "fingerprint": _sha1(code + evidence),
                    "rules_version": "rules-1",
                    "registry_version_id": 2,
                    "created_at": first_seen,
                    "confirmed_at": first_seen,
                    "superseded_at": None,
                    "active": True,
                }
            )
        if listing_id % 17 == 0:  # an old flag a re-screen dropped
            flags.append(
                {
                    "listing_id": listing_id,
                    "code": "BENEFIT_BAIT",
                    "severity": "medium",
                    "evidence": "可落户",
                    "detail": "superseded",
                    "fingerprint": _sha1("old"),
                    "rules_version": "rules-0",
                    "registry_version_id": 1,
                    "created_at": first_seen,
                    "confirmed_at": first_seen,
                    "superseded_at": first_seen + timedelta(days=7),
                    "active": False,
                }
            )
        if max_severity and listing_id % 9 == 0 and listing_id > 3:
            # one flag to check further; on even ids every flag confirmed, and an outcome
            decided = BASE + timedelta(days=7 * RUNS, hours=listing_id % 48)
            fingerprints = list(dict.fromkeys(_sha1(c + e) for c, e, _ in codes))
            reviews.append(
                {
                    "listing_id": listing_id,
                    "flag_fingerprint": fingerprints[0],
                    "decision": "needs_evidence",
                    "note": "先核实",
                    "reviewer": "王芳",
                    "decided_at": decided,
                }
            )
            if listing_id % 2 == 0:
                reviews += [
                    {
                        "listing_id": listing_id,
                        "flag_fingerprint": fingerprint,
                        "decision": "confirmed",
                        "note": "已核实",
                        "reviewer": "李强",
                        "decided_at": decided + timedelta(hours=3),
                    }
                    for fingerprint in fingerprints
                ]
                reviews.append(
                    {
                        "listing_id": listing_id,
                        "flag_fingerprint": None,
                        "decision": "refer",
                        "note": "移交执法",
                        "reviewer": "李强",
                        "decided_at": decided + timedelta(hours=4),
                    }
                )

        if max_severity:
            summary.flagged += 1
            summary.by_severity[max_severity] = summary.by_severity.get(max_severity, 0) + 1
        for code in {c for c, _, _ in codes}:
            summary.flags_by_code[code] = summary.flags_by_code.get(code, 0) + 1

        if len(rows) >= 5000 or listing_id == listings:
            _flush(engine, pages, rows, observations, matches, flags, changes, reviews, summary)

    warc.close()
    with engine.begin() as conn:
        refresh_review_status(conn, range(1, listings + 1))
        for i, stats in enumerate(run_stats):
            stats["pages"] += 3  # the index pages of the sources
            stats["errors"] = i % 3
            conn.execute(update(CrawlRun).where(CrawlRun.id == i + 1).values(stats=stats))
    if rebuild_summaries:  # bulk inserts pass by the writers' hooks: build them whole
        with engine.begin() as conn:
            summaries.rebuild(conn)
    engine.dispose()

    summary.runs = RUNS
    summary.xss_listing_id = 1
    summary.changed_fee_listing_id = 2
    summary.unrecognized_top = max(unrecognized_count, key=unrecognized_count.__getitem__)
    return summary
