"""Hostile servers and pages against a real crawl on 127.0.0.1: nothing lost, nothing hidden,
runs that fetch nothing say why, no source held hostage (issue "Hardening")."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from crawl_server import ROOT, TEST_SETTINGS, run_crawl_process
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crawler.run_lease import mark_interrupted
from crawler.runner import crawl_settings
from store.db import make_engine
from store.models import CrawlRun, Listing, Page

OFFER = """<html><head><title>{title}</title>{head}</head><body>
<h1>{title}</h1>
<p>人工智能训练师（4-04-05-05）三级/高级工培训班，火热报名中。</p>
<p>培训费用：2980元，考试通过后由某某职业技能评价中心颁发职业技能等级证书。</p>
<p>报名电话：13800138000 联系人：王老师</p>{body}
</body></html>"""


def offer(title: str, head: str = "", body: str = "") -> bytes:
    return OFFER.format(title=title, head=head, body=body).encode("utf-8")


Route = Callable[[BaseHTTPRequestHandler], None]


def send(status: int, body: bytes, content_type: str = "text/html; charset=utf-8") -> Route:
    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
    return respond


class Site:
    """A loopback server over a dict of routes; every request path is logged."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.log: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                site.log.append(self.path)
                route = site.routes.get(self.path.split("?", 1)[0])
                try:
                    (route or send(404, b"not found"))(self)
                except (ConnectionError, OSError):
                    self.close_connection = True

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def serve() -> Iterator[Callable[[dict[str, Route]], Site]]:
    sites: list[Site] = []

    def start(routes: dict[str, Route]) -> Site:
        sites.append(Site(routes))
        return sites[-1]
    yield start
    for site in sites:
        site.close()


def pages(db_url: str, run_id: int) -> dict[str, Page]:
    with Session(make_engine(db_url)) as session:
        return {p.url.split("/", 3)[3]: p for p in
                session.scalars(select(Page).where(Page.run_id == run_id))}


def index(*paths: str) -> Route:
    links = "".join(f'<a href="/{p}">人工智能训练师课程 {p}</a> ' for p in paths)
    return send(200, f"<html><body><h1>课程</h1>{links}</body></html>".encode())


# --- nothing lost ---------------------------------------------------------------------------


def test_a_nul_inside_json_ld_loses_nothing(
    serve: Callable[[dict[str, Route]], Site], db_url: str, tmp_path: Path
) -> None:
    json_ld = ('<script type="application/ld+json">{"@context":"https://schema.org",'
               '"@type":"Course","name":"人工智能训练师\\u0000三级","description":"a\\ud800b",'
               '"provider":{"@type":"Organization","name":"某某教育\\u0000"}}</script>')
    site = serve({"/": index("nul.html"), "/robots.txt": send(200, b"", "text/plain"),
                  "/nul.html": send(200, offer("人工智能训练师三级\x00报名", head=json_ld,
                                               body="<p>tab\x00bed</p>"))})
    result = run_crawl_process(db_url, tmp_path, site.url + "/", "--allow-private-hosts")
    assert result.summary is not None, result.stderr[-2000:]
    assert result.summary["status"] == "succeeded" and result.summary["errors"] == 0
    assert result.returncode == 0
    stored = pages(db_url, result.summary["run_id"])["nul.html"]
    assert stored.error is None and stored.is_offer
    with Session(make_engine(db_url)) as session:
        listing = session.scalars(select(Listing)).one()
    assert "\x00" not in (listing.title or "") and listing.fee_max == 2980.0


REFUSE_TRIGGER = {
    "sqlite": ["CREATE TRIGGER refuse BEFORE INSERT ON listings WHEN NEW.title LIKE '%REFUSE-ME%' "
               "BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END"],
    "postgresql": [
        "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN IF NEW.title LIKE '%REFUSE-ME%' "
        "THEN RAISE EXCEPTION 'refused by the test trigger'; END IF; RETURN NEW; END $$ "
        "LANGUAGE plpgsql",
        "CREATE TRIGGER refuse BEFORE INSERT ON listings FOR EACH ROW EXECUTE FUNCTION refuse()"],
}


def test_a_page_the_store_refuses_is_an_error_of_the_run(
    serve: Callable[[dict[str, Route]], Site], db_url: str, tmp_path: Path
) -> None:
    engine = make_engine(db_url)
    with engine.begin() as connection:
        for statement in REFUSE_TRIGGER[engine.dialect.name]:
            connection.execute(text(statement))
    site = serve({"/": index("ok.html", "refused.html"),
                  "/robots.txt": send(200, b"", "text/plain"),
                  "/ok.html": send(200, offer("人工智能训练师三级培训")),
                  "/refused.html": send(200, offer("人工智能训练师 REFUSE-ME 四级"))})
    result = run_crawl_process(db_url, tmp_path, site.url + "/", "--allow-private-hosts")
    assert result.summary is not None, result.stderr[-2000:]
    assert result.returncode == 1
    assert result.summary["status"] == "failed"
    assert result.summary["stats"]["store_failures"] == 1
    assert "could not be stored" in (result.summary["error"] or "")
    stored = pages(db_url, result.summary["run_id"])
    assert "could not store the page" in (stored["refused.html"].error or "")
    assert stored["ok.html"].is_offer and stored["ok.html"].error is None
    with engine.connect() as connection:
        run = connection.execute(select(CrawlRun.status, CrawlRun.stats)).one()
    assert run.status == "failed" and run.stats["errors"] >= 1


# --- runs that fetch nothing say so ----------------------------------------------------------


def certwatch(db_url: str, runtime: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CERTWATCH_RUNTIME": str(runtime)}
    return subprocess.run([sys.executable, "-m", "certwatch", "--db", db_url, *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=timeout)


def test_start_urls_that_yield_nothing_fail_and_say_why(
    serve: Callable[[dict[str, Route]], Site], sqlite_url: str, tmp_path: Path
) -> None:
    site = serve({"/robots.txt": send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain"),
                  "/gone.html": send(410, b"gone")})
    refused = certwatch(sqlite_url, tmp_path, "crawl", site.url + "/gone.html")
    assert refused.returncode == 1, refused.stderr
    assert (f"cli: {site.url}/gone.html: refused: 127.0.0.1 is a loopback address; pass "
            "--allow-private-hosts to crawl it") in refused.stderr
    assert site.log == []
    blocked = certwatch(sqlite_url, tmp_path, "crawl", "--allow-private-hosts",
                        site.url + "/private/a.html", site.url + "/gone.html")
    assert blocked.returncode == 1, blocked.stderr
    assert f"{site.url}/private/a.html: robots.txt forbids it" in blocked.stderr
    assert f"{site.url}/gone.html: HTTP 410" in blocked.stderr
    lines = blocked.stderr.strip().splitlines()
    assert lines[-1].startswith("certwatch: crawl run 2 failed: nothing fetched")
    assert "(log: " in lines[-1] and "Traceback" not in blocked.stderr


def test_an_unknown_host_is_a_line_not_a_traceback(sqlite_url: str, tmp_path: Path) -> None:
    done = certwatch(sqlite_url, tmp_path, "crawl", "http://no-such-host.invalid/")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and len(done.stderr.splitlines()) <= 8
    assert "cli: http://no-such-host.invalid/: DNS lookup failed" in done.stderr


def test_an_idn_start_url_is_crawled_in_punycode(sqlite_url: str, tmp_path: Path) -> None:
    result = run_crawl_process(sqlite_url, tmp_path, "http://人工智能培训.测试/")
    assert result.summary is not None, result.stderr[-2000:]
    # before: the request was dropped as off-site and the run "succeeded" with 0 pages
    assert result.summary["pages"] == 1 and result.summary["status"] == "failed"
    assert "DNS lookup failed" in (result.summary["error"] or "")
    assert "xn--" in (result.summary["error"] or "")


def test_a_selector_that_matches_nothing_fails_the_source(
    serve: Callable[[dict[str, Route]], Site], sqlite_url: str, tmp_path: Path
) -> None:
    site = serve({"/": index("a.html"), "/robots.txt": send(200, b"", "text/plain"),
                  "/a.html": send(200, b"<html><body>news</body></html>")})
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[crawl]\nallow_private_hosts = true\n\n[[source]]\nname = "shop"\n'
                       f'start_urls = ["{site.url}/"]\n'
                       f'selectors = {{ listing_links = ".course-list a" }}\n', "utf-8")
    done = certwatch(sqlite_url, tmp_path, "crawl", "--sources", str(sources))
    assert done.returncode == 1, done.stderr
    assert "the listing_links selector '.course-list a' matched no link" in done.stderr


# --- no source held hostage ------------------------------------------------------------------


def trickle(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    for _ in range(600):
        handler.wfile.write(b" ")
        handler.wfile.flush()
        time.sleep(0.1)


def test_a_trickling_server_is_cut_off_once_and_recorded(
    serve: Callable[[dict[str, Route]], Site], sqlite_url: str, tmp_path: Path
) -> None:
    site = serve({"/": index("slow.html", "ok.html"), "/robots.txt": send(200, b"", "text/plain"),
                  "/slow.html": trickle, "/ok.html": send(200, offer("人工智能训练师三级"))})
    started = time.monotonic()
    result = run_crawl_process(sqlite_url, tmp_path, site.url + "/", "--allow-private-hosts",
                               settings={"DOWNLOAD_TIMEOUT": 2, "RETRY_TIMES": 2})
    assert result.summary is not None, result.stderr[-2000:]
    assert time.monotonic() - started < 30
    assert site.log.count("/slow.html") == 1  # cut once, not retried
    stored = pages(sqlite_url, result.summary["run_id"])
    assert "timeout" in (stored["slow.html"].error or "").lower()
    assert stored["ok.html"].is_offer


def slow_page(n: int) -> Route:
    """A relevant course page (focused crawling keeps following) that answers in 0.5 s."""
    def respond(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(0.5)
        links = "".join(f'<a href="/p{n * 10 + i}.html">人工智能训练师 {i}</a>' for i in range(3))
        send(200, f"<html><head><title>人工智能训练师课程 {n}</title></head><body>"
                  f"<p>人工智能训练师培训课程目录</p>{links}</body></html>".encode())(handler)
    return respond


def test_each_source_has_a_wall_clock_budget(
    serve: Callable[[dict[str, Route]], Site], sqlite_url: str, tmp_path: Path
) -> None:
    routes: dict[str, Route] = {f"/p{n}.html": slow_page(n) for n in range(1, 5000)}
    routes["/robots.txt"] = send(200, b"", "text/plain")
    site = serve(routes)
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[crawl]\nallow_private_hosts = true\n\n[[source]]\nname = "endless"\n'
                       f'start_urls = ["{site.url}/p1.html"]\nmax_seconds = 3\n', "utf-8")
    started = time.monotonic()
    result = run_crawl_process(sqlite_url, tmp_path, "--sources", str(sources),
                               settings={"CONCURRENT_REQUESTS_PER_DOMAIN": 2})
    assert result.summary is not None, result.stderr[-2000:]
    assert time.monotonic() - started < 40
    assert result.summary["stats"]["budget_spent"] == ["endless"]
    assert result.summary["stats"]["finish_reasons"] == ["closespider_timeout"]
    assert 1 <= result.summary["pages"] < 100  # of an endless site, 0.5 s a page


def test_a_sitemap_bomb_is_bounded(
    serve: Callable[[dict[str, Route]], Site], sqlite_url: str, tmp_path: Path
) -> None:
    index_xml = ("<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/"
                 "sitemap/0.9'>" + "".join(f"<sitemap><loc>URL/s{i}.xml</loc></sitemap>"
                                           for i in range(500)) + "</sitemapindex>")
    urls = "".join(f"<url><loc>URL/page{i}.html</loc></url>" for i in range(5000))
    sitemap = ("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
               + urls + "</urlset>")
    routes: dict[str, Route] = {"/robots.txt": send(200, b"Sitemap: URL/index.xml\n", "text/plain")}
    site = serve(routes)
    routes["/robots.txt"] = send(200, f"Sitemap: {site.url}/index.xml\n".encode(), "text/plain")
    routes["/index.xml"] = send(200, index_xml.replace("URL", site.url).encode(), "application/xml")
    for i in range(500):
        routes[f"/s{i}.xml"] = send(200, sitemap.replace("URL", site.url).encode(),
                                    "application/xml")
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[crawl]\nallow_private_hosts = true\n\n[[source]]\nname = "bomb"\n'
                       f'spider = "sitemap"\nstart_urls = ["{site.url}/"]\nmax_pages = 30\n',
                       "utf-8")
    result = run_crawl_process(sqlite_url, tmp_path, "--sources", str(sources),
                               settings={"CERTWATCH_SITEMAP_MAX_FILES": 3,
                                         "CERTWATCH_SITEMAP_MAX_URLS": 10})
    assert result.summary is not None, result.stderr[-2000:]
    fetched_sitemaps = [p for p in site.log if p.startswith("/s")]
    assert len(fetched_sitemaps) <= 3
    assert 1 <= len([p for p in site.log if p.startswith("/page")]) <= 30


# --- the crawler runs no code sent to it ----------------------------------------------------


def test_remote_control_and_telnet_are_off(tmp_path: Path) -> None:
    settings = crawl_settings(None, 1, tmp_path / "x.warc.gz", allow_private_hosts=False,
                              progress=False)
    extensions = settings.getdict("EXTENSIONS")
    assert extensions["scrapy.extensions.remote_control.RemoteControl"] is None
    assert extensions["scrapy.extensions.telnet.TelnetConsole"] is None
    assert settings.getbool("REMOTE_CONTROL_ENABLED") is False
    assert settings.getbool("TELNETCONSOLE_ENABLED") is False


# --- a killed crawl is interrupted, a live one is not -----------------------------------------


def test_a_killed_crawl_is_interrupted_and_a_live_one_renews_its_lease(
    serve: Callable[[dict[str, Route]], Site], db_url: str, tmp_path: Path
) -> None:
    routes: dict[str, Route] = {f"/p{n}.html": slow_page(n) for n in range(1, 5000)}
    routes["/robots.txt"] = send(200, b"", "text/plain")
    site = serve(routes)
    command = [sys.executable, "-m", "crawler.runner", "--db", db_url, "--no-progress",
               "--allow-private-hosts", "--max-pages", "200", site.url + "/p1.html"]
    for name, value in {**TEST_SETTINGS, "CONCURRENT_REQUESTS_PER_DOMAIN": 1}.items():
        command += ["--set", f"{name}={value if not isinstance(value, bool) else str(value).lower()}"]
    env = {**os.environ, "CERTWATCH_RUNTIME": str(tmp_path), "CERTWATCH_LEASE_SECONDS": "1.5"}
    crawl = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    engine = make_engine(db_url)
    try:
        deadline = time.monotonic() + 30
        while len([p for p in site.log if p.startswith("/p")]) < 2:
            assert time.monotonic() < deadline and crawl.poll() is None
            time.sleep(0.1)
        time.sleep(2.0)  # longer than the lease: only renewal keeps it alive
        assert crawl.poll() is None, "the crawl ended before the test could kill it"
        assert mark_interrupted(engine, grace_seconds=1.5) == []
        with engine.connect() as connection:
            assert connection.execute(select(CrawlRun.status)).scalar_one() == "running"
        os.kill(crawl.pid, signal.SIGKILL)
        crawl.wait(timeout=10)
        time.sleep(2.0)
        assert mark_interrupted(engine, grace_seconds=1.5) == [1]
        with engine.connect() as connection:
            status, error = connection.execute(select(CrawlRun.status, CrawlRun.error)).one()
        assert status == "interrupted" and "lease" in (error or "")
    finally:
        if crawl.poll() is None:
            crawl.kill()


def test_an_offer_nested_past_the_parser_depth_is_stored_with_a_warning(
    serve: Callable[[dict[str, Route]], Site], db_url: str, tmp_path: Path
) -> None:
    deep = "<div>" * 3000 + "<p>人工智能训练师三级 深层报名</p>" + "</div>" * 3000
    site = serve({"/": index("deep.html"), "/robots.txt": send(200, b"", "text/plain"),
                  "/deep.html": send(200, offer("人工智能训练师三级培训", body=deep))})
    result = run_crawl_process(db_url, tmp_path, site.url + "/", "--allow-private-hosts")
    assert result.summary is not None, result.stderr[-2000:]
    assert result.summary["stats"]["pages_with_warnings"] == 1
    stored = pages(db_url, result.summary["run_id"])["deep.html"]
    assert stored.is_offer and "nested 300" in (stored.warnings or "")
    with Session(make_engine(db_url)) as session:
        assert session.scalars(select(Listing)).one().fee_max == 2980.0
