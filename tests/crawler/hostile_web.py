"""A hostile web on 127.0.0.1: two honest offers, an endless link farm, a deep honest link.

* ``/`` — a training centre's home page: links to two course offers (relevant anchors) and,
  with a neutral anchor, into the farm.
* ``/t/<token>.html`` — the farm: every page is thin (a few filler words, no cue word) and
  links to ``FANOUT`` new farm pages whose random-looking tokens are made on the fly, so the
  farm never ends. It also links to private addresses (``10.0.0.1``, the cloud metadata
  endpoint ``169.254.169.254``, ``localhost``) and its entry page to ``/go/<token>``, which
  redirects to the metadata endpoint.
* Every farm page at depth ``DEEP`` (the home page is depth 0) — and only those — links to
  ``/p/7310.html``, a third honest offer, with the anchor ``人工智能训练师三级报名``. The offer's
  URL has no cue word: only the anchor says what it is.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FANOUT = 20
DEEP = 8
FILLER = ["欢迎光临", "本站资讯", "更多精彩", "热门推荐", "最新动态", "相关阅读", "网站地图", "联系我们"]
OFFERS = {
    "/courses/ai-trainer-4.html": ("人工智能训练师（四级/中级工）职业技能等级证书培训班", 1980),
    "/courses/ai-trainer-3.html": ("人工智能训练师（三级/高级工）职业技能等级证书培训班", 2980),
    "/p/7310.html": ("人工智能训练师（二级/技师）职业技能等级证书培训报名", 4980),
}
DEEP_OFFER = "/p/7310.html"
PRIVATE_TARGETS = ("http://10.0.0.1/admin", "http://169.254.169.254/latest/meta-data/")


def token(parent: str, index: int) -> str:
    """A random-looking path token for the farm's ``index``-th link of page ``parent``."""
    return hashlib.sha1(f"{parent}/{index}".encode()).hexdigest()[:10]


def offer_page(title: str, fee: int) -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title} - 智培职业教育'
        f"</title></head><body><h1>{title}</h1>"
        "<p>智培职业教育现面向社会招生，开设人工智能训练师培训课程，学习数据标注、智能系统运维等内容。</p>"
        "<p>考试合格后由广东省人工智能产业协会职业技能等级认定中心颁发职业技能等级证书。</p>"
        f'<table class="fees"><tr><th>项目</th><th>费用</th></tr><tr><td>培训费（含教材）</td>'
        f"<td>{fee}元</td></tr></table>"
        "<p>报名咨询电话：020-12345678，微信同号。名额有限，报满即止。</p></body></html>"
    )


def home_page() -> str:
    entry = token("root", 0)
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        "<title>智培职业教育 - 人工智能训练师培训</title></head><body>"
        "<h1>智培职业教育</h1><p>人工智能训练师职业技能等级证书培训，常年招生。</p><ul>"
        '<li><a href="/courses/ai-trainer-4.html">人工智能训练师四级报名</a></li>'
        '<li><a href="/courses/ai-trainer-3.html">AI训练师三级课程</a></li></ul>'
        f'<p><a href="/t/{entry}.html">友情链接</a></p></body></html>'
    )


@dataclass
class HostileWeb:
    httpd: ThreadingHTTPServer
    depth: dict[str, int] = field(default_factory=lambda: {token("root", 0): 1})
    hits: list[tuple[str, float]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def paths(self) -> list[str]:
        with self.lock:
            return [path for path, _ in self.hits]

    def farm_page(self, tok: str) -> str | None:
        with self.lock:
            depth = self.depth.get(tok)
            if depth is None:
                return None
            children = [token(tok, i) for i in range(FANOUT)]
            for child in children:
                self.depth.setdefault(child, depth + 1)
        port = self.httpd.server_address[1]
        words = " ".join(FILLER[(len(tok) + i) % len(FILLER)] for i in range(3))
        links = "".join(f'<a href="/t/{c}.html">{FILLER[i % len(FILLER)]} {i}</a> '
                        for i, c in enumerate(children))
        links += "".join(f'<a href="{url}">入口</a> ' for url in PRIVATE_TARGETS)
        links += f'<a href="http://localhost:{port}/t/{children[0]}.html">镜像</a>'
        if depth == 1:
            links += f' <a href="/go/{tok}">跳转</a>'
        if depth == DEEP:
            links += f' <a href="{DEEP_OFFER}">人工智能训练师三级报名</a>'
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{words}</title></head>'
                f"<body><p>{words}</p><div>{links}</div></body></html>")


def _handler(web: HostileWeb) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def send(self, status: int, body: str = "", **headers: str) -> None:
            data = body.encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except ConnectionError:
                self.close_connection = True

        def do_GET(self) -> None:
            with web.lock:
                web.hits.append((self.path, time.monotonic()))
            path = self.path.split("?", 1)[0]
            if path in ("/", "/index.html"):
                self.send(200, home_page())
            elif path in OFFERS:
                self.send(200, offer_page(*OFFERS[path]))
            elif path.startswith("/go/"):
                self.send(302, Location=PRIVATE_TARGETS[1])
            elif path.startswith("/t/") and (page := web.farm_page(path[3:-5])) is not None:
                self.send(200, page)
            else:
                self.send(404, "<html><body>not found</body></html>")

    return Handler


def start_hostile_web() -> HostileWeb:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    web = HostileWeb(httpd)
    httpd.RequestHandlerClass = _handler(web)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return web


def stop_hostile_web(web: HostileWeb) -> None:
    web.httpd.shutdown()
    web.httpd.server_close()
