"""A generated loopback site for distributed crawls, and a threaded server that logs requests.

Page ``i`` links to pages ``8i+1 … 8i+8`` (so all are reachable from /index.html) and to a
few others (duplicate links the shared duplicate filter must drop); every third page is a
course ad for the AI-trainer certificate with a fee, an issuer and a contact.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

PROVINCES = ["广东", "浙江", "江苏", "山东", "四川", "湖北"]
LEVELS = ["五级/初级工", "四级/中级工", "三级/高级工"]


def is_offer(index: int) -> bool:
    return index % 3 == 1


def render(index: int, total: int, rng: random.Random) -> str:
    province = rng.choice(PROVINCES)
    links = [c for c in range(index * 8 + 1, index * 8 + 9) if c < total]
    links += [rng.randrange(total) for _ in range(4)]
    nav = "".join(f'<li><a href="/p/{n}.html">栏目{n}</a></li>' for n in links)
    if is_offer(index):
        level = rng.choice(LEVELS)
        fee = rng.choice([980, 1980, 2980, 3980])
        title = f"{province}人工智能训练师（{level}）职业技能等级证书培训报名第{index}期"
        body = (
            f"<p>本课程面向零基础学员，系统学习数据标注、智能系统运维等内容。</p>"
            f"<p>考试合格后由{province}数字技能职业技能鉴定站颁发人工智能训练师（{level}）"
            f"职业技能等级证书。</p><p>培训费用：{fee}元/人（含教材费、考试费）。</p>"
            f"<p>报名咨询电话：020-{rng.randint(10_000_000, 99_999_999)}，名额有限。</p>"
        )
    else:
        title = f"{province}职业技能评价工作动态第{index}期"
        body = "<p>人社部门提醒，职业技能等级证书应通过官方渠道查询，谨防上当受骗。</p>"
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body><h1>{title}</h1>{body}<ul>{nav}</ul></body></html>"
    )


def generate_site(root: Path, total: int, seed: int = 11) -> int:
    """Write ``total`` pages under root/p/, /index.html and /robots.txt; returns the offers."""
    rng = random.Random(seed)
    (root / "p").mkdir(parents=True, exist_ok=True)
    for index in range(total):
        (root / "p" / f"{index}.html").write_text(render(index, total, rng), "utf-8")
    (root / "index.html").write_text('<html><body><a href="/p/0.html">首页</a></body></html>',
                                     "utf-8")
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", "utf-8")
    return sum(1 for i in range(total) if is_offer(i))


@dataclass
class LoggingServer:
    httpd: ThreadingHTTPServer
    hits: list[tuple[str, float]] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def counts(self) -> Counter[str]:
        return Counter(path for path, _ in self.hits)

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def serve(root: Path) -> LoggingServer:
    """A threaded static server over ``root`` on a free loopback port, logging each GET."""
    server: LoggingServer

    class Handler(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            server.hits.append((self.path, time.monotonic()))
            super().do_GET()

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(root)))
    httpd.daemon_threads = True
    server = LoggingServer(httpd)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return server
