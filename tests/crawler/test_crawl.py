"""Real crawls of the fixture site on 127.0.0.1, checked in the store, the WARC and the server log.

Each crawl runs ``python -m crawler.runner`` in a subprocess (Twisted's reactor cannot restart).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from crawl_server import ROOT, FixtureServer, run_crawl_process
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from crawler.warc import read_record, sha256_payload_digest
from store.db import make_engine
from store.models import CrawlRun, Listing, Observation, Page

USER_AGENT = "certwatch/0.1 (+https://github.com/certwatch/certwatch; compliance research)"


def pages_by_path(engine: Engine, base_url: str, run_id: int) -> dict[str, Page]:
    with Session(engine) as session:
        rows = session.scalars(select(Page).where(Page.run_id == run_id)).all()
    return {p.url.removeprefix(base_url): p for p in rows}


def listings(engine: Engine) -> dict[str, Listing]:
    with Session(engine) as session:
        return {row.canonical_url.split("/", 3)[3]: row for row in session.scalars(select(Listing))}


def observation_count(engine: Engine, listing_id: int | None = None) -> int:
    query = select(func.count()).select_from(Observation)
    if listing_id is not None:
        query = query.where(Observation.listing_id == listing_id)
    with Session(engine) as session:
        return session.scalar(query) or 0


def test_crawl_recrawl_and_fee_change(site: FixtureServer, db_url: str, tmp_path: Path) -> None:
    start = site.base_url + "/index.html"
    first = run_crawl_process(db_url, tmp_path, start, "--allow-private-hosts")
    assert first.returncode == 0, first.stderr[-3000:]
    summary = first.summary
    assert summary is not None and summary["status"] == "succeeded"
    engine = make_engine(db_url)
    pages = pages_by_path(engine, site.base_url, summary["run_id"])

    # robots.txt obeyed: the disallowed folder was never requested; we said who we are
    assert "/robots.txt" in site.paths()
    assert not [p for p in site.paths() if p.startswith("/members/")]
    assert {h.user_agent for h in site.log} == {USER_AGENT}

    # every awkward route is recorded with its error, and the crawl went on
    errors = {path: page.error or "" for path, page in pages.items()}
    assert errors["/missing.html"] == "HTTP 404"
    assert errors["/error500"] == "HTTP 500" and pages["/error500"].status == 500
    assert site.paths().count("/error500") == 2  # retried once (RETRY_TIMES=1 in tests)
    assert errors["/loop"].startswith("redirect loop")
    assert errors["/slow"].startswith("timeout")
    assert errors["/huge"].startswith("too large")
    assert errors["/bomb"].startswith("too large after decompression")
    assert errors["/truncated"].startswith("truncated")
    assert errors["/malformed.html"] == "" and pages["/malformed.html"].status == 200
    assert summary["errors"] == 7

    # 429 then 200: the retry waited for Retry-After (1 s)
    hits = [h.at for h in site.log if h.path == "/ratelimited"]
    assert len(hits) == 2 and hits[1] - hits[0] >= 0.9
    assert pages["/ratelimited"].status == 200 and pages["/ratelimited"].error is None

    # the binary file is archived, not extracted
    binary = pages["/download?id=brochure"]
    assert binary.status == 200 and not binary.is_offer and binary.size == 16384
    assert binary.warc_file and binary.sha256

    # WARC: every fetched page reads back with the digest the Page row holds
    archived = [p for p in pages.values() if p.warc_file]
    assert len(archived) >= 15
    for page in archived:
        headers, body = read_record(page.warc_file, page.warc_offset)
        assert hashlib.sha256(body).hexdigest() == page.sha256
        assert headers.warc["WARC-Payload-Digest"] == sha256_payload_digest(page.sha256)
        assert headers.warc["WARC-Record-ID"] == page.warc_record_id
        assert headers.warc["WARC-Target-URI"] == page.final_url
    assert (
        read_record(pages["/missing.html"].warc_file, pages["/missing.html"].warc_offset)[
            0
        ].status_line
        == "404 Not Found"
    )
    gbk_body = read_record(pages["/gbk.html"].warc_file, pages["/gbk.html"].warc_offset)[1]
    assert gbk_body == (ROOT / "tests/fixtures/crawl/gbk.html").read_bytes()

    # offers: URL variants (utm_, from=, spm=, rel=canonical) are one listing, one observation
    found = listings(engine)
    assert set(found) == {
        "courses/ai-trainer-3.html",
        "courses/ai-trainer-4.html",
        "courses/dynamic-fee.html",
        "gbk.html",
        "big5.html",
    }
    variants = [p for p in pages if p.startswith("/courses/ai-trainer-3")]
    assert len(variants) == 4 and all(pages[p].is_offer for p in variants)
    assert observation_count(engine, found["courses/ai-trainer-3.html"].id) == 1
    assert summary["new_listings"] == 5 and summary["offers"] == 8

    # GBK (no charset anywhere) and Big5 (no charset anywhere) decoded right
    assert found["gbk.html"].title.startswith("人工智能训练师五级（初级工）培训报名")
    assert found["big5.html"].title.startswith("人工智能訓練師四級（中級工）證書課程")
    with Session(engine) as session:
        facts = session.scalars(
            select(Observation.facts).where(Observation.listing_id == found["gbk.html"].id)
        ).one()
    assert [i["name"] for i in facts["issuers"]] == ["华南数字技能职业技能鉴定站"]
    with Session(engine) as session:
        run = session.get(CrawlRun, summary["run_id"])
        assert (
            run is not None and run.status == "succeeded" and run.stats["pages"] == summary["pages"]
        )
        assert run.warc_path == summary["warc_path"] and Path(run.warc_path).is_file()

    # re-crawl, nothing changed: last_seen moves, no observation, no new or changed listing
    before = found["courses/ai-trainer-3.html"].last_seen
    second = run_crawl_process(db_url, tmp_path, start, "--allow-private-hosts")
    assert second.returncode == 0 and second.summary is not None
    assert second.summary["new_listings"] == 0 and second.summary["changed_listings"] == 0
    assert observation_count(engine) == 5
    again = listings(engine)
    assert again["courses/ai-trainer-3.html"].last_seen > before
    assert len(again) == 5

    # the fee changes: exactly one new observation, on that listing
    site.state["fee"] = 3980
    third = run_crawl_process(db_url, tmp_path, start, "--allow-private-hosts")
    assert third.returncode == 0 and third.summary is not None
    assert third.summary["changed_listings"] == 1 and third.summary["new_listings"] == 0
    assert observation_count(engine) == 6
    dynamic = listings(engine)["courses/dynamic-fee.html"]
    assert dynamic.fee_max == 3980.0 and observation_count(engine, dynamic.id) == 2
    engine.dispose()


def test_private_hosts_are_refused_without_the_flag(
    site: FixtureServer, sqlite_url: str, tmp_path: Path
) -> None:
    result = run_crawl_process(sqlite_url, tmp_path, site.base_url + "/index.html")
    assert result.summary is not None, result.stderr[-3000:]
    assert site.log == []  # not even robots.txt was asked for
    engine = make_engine(sqlite_url)
    with Session(engine) as session:
        page = session.scalars(select(Page)).one()
    assert page.error == (
        "refused: 127.0.0.1 is a loopback address; pass --allow-private-hosts to crawl it"
    )
    assert result.summary["pages"] == 1 and result.summary["errors"] == 1


def test_a_redirect_to_a_private_host_is_refused_after_dns(
    site: FixtureServer, sqlite_url: str, tmp_path: Path
) -> None:
    """The guard sees redirected requests too, and judges names by their addresses."""
    result = run_crawl_process(
        sqlite_url,
        tmp_path,
        site.base_url + "/index.html",
        "--allow-domain",
        "localhost",
        settings={"CERTWATCH_PRIVATE_HOSTS_EXEMPT": ["127.0.0.1"]},
    )
    assert result.summary is not None, result.stderr[-3000:]
    engine = make_engine(sqlite_url)
    pages = pages_by_path(engine, site.base_url, result.summary["run_id"])
    assert pages["/index.html"].status == 200  # the exempt host is crawled
    refused = pages["/redirect-localhost"]
    assert refused.final_url.startswith("http://localhost:")
    assert refused.error == (
        "refused: localhost resolves to 127.0.0.1, a loopback address; "
        "pass --allow-private-hosts to crawl it"
    )
    assert site.paths().count("/about.html") == 1  # fetched via 127.0.0.1 only


def test_the_resolver_refuses_private_answers_even_past_the_middleware(
    site: FixtureServer, sqlite_url: str, tmp_path: Path
) -> None:
    """DNS rebinding: a name that resolved public for the middleware may not connect private."""
    from crawler.settings import DOWNLOADER_MIDDLEWARES

    without_guard = {
        **DOWNLOADER_MIDDLEWARES,
        "crawler.middlewares.PrivateHostGuardMiddleware": None,
    }
    port = site.httpd.server_address[1]
    result = run_crawl_process(
        sqlite_url,
        tmp_path,
        f"http://localhost:{port}/about.html",
        settings={"DOWNLOADER_MIDDLEWARES": without_guard, "ROBOTSTXT_OBEY": False},
    )
    assert result.summary is not None, result.stderr[-3000:]
    assert site.log == []
    engine = make_engine(sqlite_url)
    with Session(engine) as session:
        page = session.scalars(select(Page)).one()
    assert page.error == (
        "refused: localhost resolves to 127.0.0.1, a loopback address; "
        "pass --allow-private-hosts to crawl it"
    )


def test_max_pages_stops_the_crawl(site: FixtureServer, sqlite_url: str, tmp_path: Path) -> None:
    result = run_crawl_process(
        sqlite_url,
        tmp_path,
        site.base_url + "/index.html",
        "--allow-private-hosts",
        "--max-pages",
        "4",
        settings={"CONCURRENT_REQUESTS": 1},
    )
    assert result.returncode == 0 and result.summary is not None, result.stderr[-3000:]
    assert 1 <= result.summary["pages"] <= 4  # robots.txt counts as one response
    # course links are scheduled first (priority by anchor text / URL)
    engine = make_engine(sqlite_url)
    fetched = set(pages_by_path(engine, site.base_url, result.summary["run_id"]))
    assert not fetched & {
        "/about.html",
        "/gbk.html",
        "/big5.html",
        "/news/warning.html",
        "/malformed.html",
    }


SOURCES = """
[crawl]
user_agent = "certwatch-sources-test/1.0"
allow_private_hosts = true

[[source]]
name = "maps"
spider = "sitemap"
start_urls = ["{base}/"]

[[source]]
name = "catalog"
spider = "configured"
start_urls = ["{base}/catalog/index.html"]
follow = ["/catalog/"]
selectors = {{ listing_links = "ul.course-list", title = "h2.course-name", fee = ".price", issuer = "span.issuer" }}
contact = "fixture site"
"""


def test_a_sources_file_runs_every_source_in_one_run(
    site: FixtureServer, sqlite_url: str, tmp_path: Path
) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(SOURCES.format(base=site.base_url), encoding="utf-8")
    result = run_crawl_process(sqlite_url, tmp_path, "--sources", str(sources))
    assert result.returncode == 0 and result.summary is not None, result.stderr[-3000:]
    engine = make_engine(sqlite_url)
    pages = pages_by_path(engine, site.base_url, result.summary["run_id"])
    by_source = {path: page.source for path, page in pages.items()}
    # sitemap: the listed pages, except the one robots.txt disallows
    assert {p for p, s in by_source.items() if s == "maps"} == {
        "/courses/ai-trainer-3.html",
        "/courses/ai-trainer-4.html",
        "/about.html",
    }
    assert "/members/secret.html" not in site.paths()
    # configured: follow regex keeps it in /catalog/; selectors pick title, fee and issuer
    assert {p for p, s in by_source.items() if s == "catalog"} == {
        "/catalog/index.html",
        "/catalog/item-1.html",
    }
    item = listings(engine)["catalog/item-1.html"]
    assert item.title == "人工智能训练师三级高级班" and item.fee_min == item.fee_max == 3280.0
    with Session(engine) as session:
        facts = session.scalars(
            select(Observation.facts).where(Observation.listing_id == item.id)
        ).one()
    assert "南方职业技能等级认定中心" in [i["name"] for i in facts["issuers"]]
    assert {h.user_agent for h in site.log} == {"certwatch-sources-test/1.0"}
    with Session(engine) as session:
        runs = session.scalars(select(CrawlRun)).all()
    assert len(runs) == 1 and runs[0].args["sources"] == ["maps", "catalog"]


def test_a_bad_sources_file_exits_2_naming_the_field(tmp_path: Path, sqlite_url: str) -> None:
    bad = tmp_path / "sources.toml"
    bad.write_text('[[source]]\nname = "school"\nstart_urls = "http://a.cn/"\n', encoding="utf-8")
    result = run_crawl_process(sqlite_url, tmp_path, "--sources", str(bad))
    assert result.returncode == 2
    assert (
        f'{bad}: source "school" (#1): field "start_urls" must be a list of http(s) URLs'
        in result.stderr
    )


def test_scrapy_crawl_works_inside_the_crawler_folder(
    site: FixtureServer, sqlite_url: str, tmp_path: Path
) -> None:
    """``scrapy crawl generic -a start_urls=...`` opens and closes its own run."""
    scrapy = Path(sys.executable).with_name("scrapy")
    done = subprocess.run(
        [
            str(scrapy), "crawl", "generic",
            "-a", f"start_urls={site.base_url}/courses/ai-trainer-4.html",
            "-a", "max_pages=3",
            "-s", "CERTWATCH_ALLOW_PRIVATE_HOSTS=1",
            "-s", f"CERTWATCH_DB_URL={sqlite_url}",
            "-s", f"CERTWATCH_WARC_PATH={tmp_path / 'scrapy.warc.gz'}",
            "-s", "CERTWATCH_PROGRESS=0",
        ],
        cwd=ROOT / "crawler",
        capture_output=True,
        text=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    engine = make_engine(sqlite_url)
    with Session(engine) as session:
        run = session.scalars(select(CrawlRun)).one()
        assert (
            run.status == "succeeded" and run.stats["pages"] == 1 and run.stats["new_listings"] == 1
        )
    assert (tmp_path / "scrapy.warc.gz").is_file()
    assert json.dumps(run.args)
