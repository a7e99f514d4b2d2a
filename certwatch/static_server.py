"""A threaded static HTTP server on loopback, for the demo web and the tests."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType


class _LoggingServer(ThreadingHTTPServer):
    """The HTTP server, with the list of paths its handlers were asked for."""

    request_log: list[str]


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves files as bytes (no charset added: crawlers must detect it) and logs to a list."""

    server: _LoggingServer  # StaticServer only serves it from a _LoggingServer
    request_log: list[str]

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        self.server.request_log.append(self.path)
        super().do_GET()


class StaticServer:
    """Serve ``root`` at ``http://127.0.0.1:PORT/`` in a background thread.

    Use as a context manager; ``request_log`` lists every path requested.
    """

    def __init__(self, root: Path, port: int = 0, host: str = "127.0.0.1") -> None:
        handler = functools.partial(_QuietHandler, directory=str(root))
        self.httpd = _LoggingServer((host, port), handler)
        self.httpd.daemon_threads = True
        self.httpd.request_log = []
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        if isinstance(host, bytes | bytearray):  # typeshed allows bytes; we bind a str
            host = host.decode()
        return f"http://{host}:{port}/"

    @property
    def request_log(self) -> list[str]:
        return self.httpd.request_log

    def start(self) -> StaticServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> StaticServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
