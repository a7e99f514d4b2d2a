"""Helpers for crawl tests: a real HTTP server on 127.0.0.1 over tests/fixtures/crawl, with the awkward routes a crawler
meets on the web (500, redirect loop, slow, huge, gzip bomb, truncated, binary, 429), and a
helper running ``python -m crawler.runner`` in a subprocess (the reactor cannot restart).
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "crawl"
CONTENT_TYPES = {".html": "text/html", ".txt": "text/plain", ".xml": "application/xml"}

# Politeness off and short limits, so the awkward routes fail fast.
TEST_SETTINGS: dict[str, Any] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "DOWNLOAD_TIMEOUT": 2,
    "RETRY_TIMES": 1,
    "CERTWATCH_RETRY_BACKOFF_BASE": 0.2,
    "DOWNLOAD_MAXSIZE": 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 512 * 1024,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
}
BOMB = gzip.compress(b"\0" * (20 * 1024 * 1024))
BINARY = bytes(range(256)) * 64


@dataclass
class Hit:
    path: str
    at: float
    user_agent: str


@dataclass
class FixtureServer:
    httpd: ThreadingHTTPServer
    log: list[Hit] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=lambda: {"fee": 2600})

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def paths(self) -> list[str]:
        return [h.path for h in self.log]


def make_handler(server: FixtureServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def send(
            self, status: int, body: bytes, content_type: str = "text/html", **headers: str
        ) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name.replace("_", "-"), value)
                self.end_headers()
                self.wfile.write(body)
            except ConnectionError:  # the crawler hung up (size limit, timeout)
                self.close_connection = True

        def do_GET(self) -> None:
            server.log.append(Hit(self.path, time.monotonic(), self.headers.get("User-Agent", "")))
            path = self.path.split("?", 1)[0]
            port = server.httpd.server_address[1]
            routes = {
                "/error500": lambda: self.send(500, b"<html><body>boom</body></html>"),
                "/loop": lambda: self.send(302, b"", Location="/loop2"),
                "/loop2": lambda: self.send(302, b"", Location="/loop"),
                "/download": lambda: self.send(200, BINARY, "application/octet-stream"),
                "/redirect-localhost": lambda: self.send(
                    302, b"", Location=f"http://localhost:{port}/about.html"
                ),
            }
            if path in routes:
                routes[path]()
            elif path == "/slow":
                time.sleep(4)
                self.send(200, b"<html><body>late</body></html>")
            elif path == "/huge":
                self.send(200, b"<html>" + b"x" * (2 * 1024 * 1024) + b"</html>")
            elif path == "/bomb":
                self.send(200, BOMB, "text/html", Content_Encoding="gzip")
            elif path == "/truncated":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "10000")
                self.end_headers()
                self.wfile.write(b"<html><body>only the beginning")
                self.wfile.flush()
                self.close_connection = True
            elif path == "/ratelimited":
                hits = sum(1 for h in server.log if h.path == "/ratelimited")
                if hits == 1:
                    self.send(429, b"slow down", Retry_After="1")
                else:
                    self.send(200, b"<html><head><title>ok</title></head><body>ok</body></html>")
            elif path == "/courses/dynamic-fee.html":
                template = (FIXTURES / "courses" / "dynamic-fee.template.html").read_text("utf-8")
                self.send(200, template.replace("{fee}", str(server.state["fee"])).encode("utf-8"))
            else:
                self.static(path)

        def static(self, path: str) -> None:
            target = (FIXTURES / path.lstrip("/")).resolve()
            if path.endswith("/"):
                target = target / "index.html"
            if FIXTURES not in target.parents or not target.is_file():
                self.send(404, b"<html><body>not found</body></html>")
                return
            body = target.read_bytes()
            if target.name == "sitemap.xml":
                body = body.replace(b"PLACEHOLDER", server.base_url.encode())
            self.send(200, body, CONTENT_TYPES.get(target.suffix, "application/octet-stream"))

    return Handler


@dataclass
class CrawlResult:
    returncode: int
    summary: dict[str, Any] | None
    stderr: str


def run_crawl_process(
    db_url: str,
    data_dir: Path,
    *args: str,
    settings: dict[str, Any] | None = None,
    timeout: float = 120,
) -> CrawlResult:
    """``python -m crawler.runner --db db_url ARGS`` with test settings; WARCs under data_dir."""
    merged = {**TEST_SETTINGS, **(settings or {})}
    command = [sys.executable, "-m", "crawler.runner", "--db", db_url, "--no-progress"]
    for name, value in merged.items():
        command += ["--set", f"{name}={json.dumps(value)}"]
    pythonpath = os.pathsep.join(p for p in (os.environ.get("PYTHONPATH"), str(ROOT)) if p)
    env = {**os.environ, "CERTWATCH_RUNTIME": str(data_dir), "PYTHONPATH": pythonpath}
    done = subprocess.run(
        [*command, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    summary = json.loads(lines[-1]) if lines else None
    return CrawlResult(done.returncode, summary, done.stderr)


def start_site() -> FixtureServer:
    """The fixture site on a free loopback port (stop it with ``stop_site``)."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server = FixtureServer(httpd)
    httpd.RequestHandlerClass = make_handler(server)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return server


def stop_site(server: FixtureServer) -> None:
    server.httpd.shutdown()
    server.httpd.server_close()
