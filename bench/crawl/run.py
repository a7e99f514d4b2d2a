"""Crawl benchmark: certwatch's crawl (extract + archive + store) vs a do-nothing Scrapy spider.

    /work/venv/bin/python bench/crawl/run.py [--pages 5000] [--concurrency 16] [--write]

Generates a synthetic web of Chinese course ads and other pages (20-60 KB each, see
sitegen.py), serves it on loopback with Twisted's static file server in its own process, and
crawls it with (a) a Scrapy spider that only follows links, (b) certwatch's crawl into a fresh
SQLite file, (c) certwatch's crawl without extraction (archive + store only, to show where
the time goes). Same server, same run, same concurrency, AutoThrottle and delays off for all.
Prints pages/s, the ratio (b)/(a) and the peak RSS of (b); ``--write`` records them in
bench/RESULTS.md under "## Crawl (bench/crawl)".
"""

from __future__ import annotations

import argparse
import json
import platform
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from sitegen import generate  # noqa: E402

SERVER = """
import sys
from twisted.internet import reactor
from twisted.web.server import Site
from twisted.web.static import File
reactor.listenTCP(int(sys.argv[2]), Site(File(sys.argv[1])), interface="127.0.0.1", backlog=256)
reactor.run()
"""

NOTHING = """
import json, resource, sys, time
import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.linkextractors import LinkExtractor

class Nothing(scrapy.Spider):
    name = "nothing"
    links = LinkExtractor()
    async def start(self):
        yield scrapy.Request(sys.argv[1])
    def parse(self, response):
        for link in self.links.extract_links(response):
            yield scrapy.Request(link.url)

settings = json.loads(sys.argv[-1])
process = CrawlerProcess(settings)
crawler = process.create_crawler(Nothing)
process.crawl(crawler)
began = time.monotonic()
process.start()
elapsed = time.monotonic() - began
pages = crawler.stats.get_value("response_received_count", 0)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(json.dumps({"pages": pages, "seconds": elapsed, "rss_mb": rss}))
"""

CERTWATCH = """
import json, resource, sys, time
from crawler.runner import run_crawl
settings = json.loads(sys.argv[-1])
began = time.monotonic()
summary = run_crawl(sys.argv[2], start_urls=[sys.argv[1]], allow_private_hosts=True,
                    progress=False, settings=settings)
elapsed = time.monotonic() - began
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024  # extraction worker
print(json.dumps({"pages": summary.pages, "offers": summary.offers, "errors": summary.errors,
                  "listings": summary.new_listings, "seconds": elapsed, "rss_mb": rss,
                  "worker_rss_mb": workers}))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_child(code: str, start: str, settings: dict, tmp: Path, *args: str) -> dict:
    """Run one crawl in a fresh process; its rate is timed from first to last response."""
    timing_file = tmp / "timing.json"
    settings = {
        **settings,
        "EXTENSIONS": {"timing.Timing": 0, "scrapy.extensions.telnet.TelnetConsole": None},
        "BENCH_TIMING_FILE": str(timing_file),
    }
    env = {
        "CERTWATCH_RUNTIME": str(tmp / "runtime"),
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": f"{HERE}:{ROOT}",
    }
    done = subprocess.run(
        [sys.executable, "-c", code, start, *args, json.dumps(settings)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{done.stderr[-4000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    timing = json.loads(timing_file.read_text("utf-8"))
    result["seconds"] = timing["last"] - timing["first"]
    return result


def write_results(lines: list[str]) -> None:
    path = ROOT / "bench" / "RESULTS.md"
    text = path.read_text("utf-8") if path.exists() else "# Benchmark results\n"
    header = "## Crawl (bench/crawl)"
    section = "\n".join([header, "", *lines, ""])
    if header in text:
        start = text.index(header)
        end = text.find("\n## ", start + len(header))
        text = text[:start] + section + ("\n" + text[end + 1 :] if end != -1 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, "utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--write", action="store_true", help="record figures in bench/RESULTS.md")
    parser.add_argument("--skip-archive-only", action="store_true")
    args = parser.parse_args()

    settings = {
        "CONCURRENT_REQUESTS": args.concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": args.concurrency,
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        "ROBOTSTXT_OBEY": True,
        "DEPTH_LIMIT": 0,
        "LOG_LEVEL": "WARNING",
        "TELNETCONSOLE_ENABLED": False,
        "USER_AGENT": "certwatch-bench",
    }
    with tempfile.TemporaryDirectory(prefix="certwatch-bench-") as tmp:
        root = Path(tmp) / "site"
        sizes = generate(root, args.pages)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-c", SERVER, str(root), str(port)])
        try:
            time.sleep(1.5)
            start = f"http://127.0.0.1:{port}/index.html"
            work = Path(tmp)
            nothing = run_child(NOTHING, start, settings, work)
            full = run_child(CERTWATCH, start, settings, work, f"sqlite:///{tmp}/bench.db")
            archive_only = None
            if not args.skip_archive_only:
                archive_only = run_child(
                    CERTWATCH,
                    start,
                    {**settings, "CERTWATCH_EXTRACT": False},
                    work,
                    f"sqlite:///{tmp}/bench-archive.db",
                )
        finally:
            server.terminate()
            server.wait()

    rate = {k: r["pages"] / r["seconds"] for k, r in (("nothing", nothing), ("full", full))}
    ratio = rate["full"] / rate["nothing"]
    machine = f"{platform.machine()}, {platform.processor() or 'cpu'}, {__import__('os').cpu_count()} cores, Python {platform.python_version()}"
    lines = [
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; machine: {machine}",
        f"- site: {args.pages + 1} pages, {min(sizes) // 1024}-{max(sizes) // 1024} KB"
        f" (mean {sum(sizes) / len(sizes) / 1024:.0f} KB); concurrency {args.concurrency}",
        f"- (a) do-nothing Scrapy spider: {nothing['pages']} pages in {nothing['seconds']:.1f} s"
        f" = {rate['nothing']:.0f} pages/s (peak RSS {nothing['rss_mb']} MB)",
        f"- (b) certwatch crawl (extract + WARC + SQLite): {full['pages']} pages"
        f" ({full['offers']} offers, {full['listings']} listings, {full['errors']} errors)"
        f" in {full['seconds']:.1f} s = {rate['full']:.1f} pages/s, peak RSS {full['rss_mb']} MB"
        f" in the crawl process + {full.get('worker_rss_mb', 0)} MB in its extraction worker",
        f"- ratio (b)/(a): {ratio:.2f} (goal >= 0.6); RSS goal <= 400 MB (both processes together)",
    ]
    if archive_only:
        archive_rate = archive_only["pages"] / archive_only["seconds"]
        lines.append(
            f"- (c) certwatch without extraction (WARC + SQLite only): {archive_rate:.0f} pages/s"
            f" = {archive_rate / rate['nothing']:.2f} x (a), peak RSS {archive_only['rss_mb']} MB"
        )
    print("\n".join(lines))
    if args.write:
        write_results(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
