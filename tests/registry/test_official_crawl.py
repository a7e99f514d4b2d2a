"""The official-list crawl against a real HTTP server on loopback serving pjjg-shaped pages.

Twisted's reactor cannot restart inside one process, so each crawl runs in a subprocess.
"""

from __future__ import annotations

import functools
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from registry.importer import parse_registry_csv
from registry.official_list import parse_detail, parse_levels

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pjjg"
INDEX = "/pjjg/3303_gd_dfpjjgpx.html"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(folder: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture()
def site() -> Iterator[str]:
    yield from _serve(FIXTURES / "site")


@pytest.fixture()
def empty_site() -> Iterator[str]:
    yield from _serve(FIXTURES / "empty")


def _crawl(start_url: str, output: Path, allow_private: bool = True) -> subprocess.CompletedProcess:
    code = (
        "import sys; from pathlib import Path\n"
        "from crawler.official_crawl import crawl_official_registry, RegistryCrawlError\n"
        "try:\n"
        f"    n = crawl_official_registry({start_url!r}, Path({str(output)!r}),"
        f" allow_private_hosts={allow_private})\n"
        "except RegistryCrawlError as exc:\n"
        "    print(exc); sys.exit(1)\n"
        "print(n)\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[2])


def test_crawl_writes_exactly_the_ai_trainer_organisations(site: str, tmp_path: Path) -> None:
    output = tmp_path / "official.csv"
    done = _crawl(site + INDEX, output)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1] == "3"
    records = {r.agency_id: r for r in parse_registry_csv(output)}
    assert set(records) == {"PJJG-1001", "PJJG-1003", "PJJG-2001"}
    yuecai, yuntu, shuzhi = records["PJJG-1001"], records["PJJG-1003"], records["PJJG-2001"]
    assert yuecai.name == "广东粤才职业技能等级认定中心"
    assert (yuecai.levels, yuecai.region) == ((3, 4, 5), "广东")
    assert (yuntu.levels, yuntu.region) == ((4, 5), "广东")
    # drifted markup: h1 name, td header row, several levels in one cell
    assert (shuzhi.name, shuzhi.levels, shuzhi.region) == ("杭州数智职业技能评价有限公司",
                                                          (2, 3, 4, 5), "浙江")
    for record in records.values():
        assert record.kind == "evaluation_org" and record.status == "active"
        assert record.occupations == ("4-04-05-05",)
        assert record.source_url == f"{site}/detail/{record.agency_id[5:]}detail.html"


def test_crawl_finding_nothing_fails_loudly_and_writes_nothing(empty_site: str,
                                                               tmp_path: Path) -> None:
    output = tmp_path / "official.csv"
    output.write_text("previous registry\n", encoding="utf-8")
    done = _crawl(empty_site + INDEX, output)
    assert done.returncode == 1
    assert "no organisations filed for 人工智能训练师" in done.stdout
    assert output.read_text(encoding="utf-8") == "previous registry\n"


def test_crawl_refuses_loopback_unless_allowed(site: str, tmp_path: Path) -> None:
    done = _crawl(site + INDEX, tmp_path / "official.csv", allow_private=False)
    assert done.returncode == 1
    assert "refused to fetch" in done.stdout and "--allow-private-hosts" in done.stdout
    assert not (tmp_path / "official.csv").exists()


@pytest.mark.parametrize(("text", "levels"), [
    ("五级/初级工", (5,)), ("四级/中级工", (4,)), ("三级", (3,)), ("二级/技师", (2,)),
    ("一级/高级技师", (1,)), ("高级工、中级工", (3, 4)), ("3级", (3,)), ("初级", ()),
])
def test_level_words(text: str, levels: tuple[int, ...]) -> None:
    assert parse_levels(text) == levels


def test_detail_page_contacts_and_table_with_rowspan() -> None:
    html = (FIXTURES / "site" / "detail" / "1001detail.html").read_text(encoding="utf-8")
    organization = parse_detail(html, "https://pjjg.osta.org.cn/detail/1001detail.html")
    assert organization.detail_id == "1001"
    assert organization.contacts["联系电话"] == "020-00000001"
    assert [(o.occupation, o.levels) for o in organization.occupations] == [
        ("人工智能训练师(数据标注员)", (3, 4, 5)), ("互联网营销师(直播销售员)", (4, 5))]


def test_generative_ai_occupation_is_not_ai_trainer() -> None:
    html = (FIXTURES / "site" / "detail" / "2002detail.html").read_text(encoding="utf-8")
    organization = parse_detail(html, "https://pjjg.osta.org.cn/detail/2002detail.html")
    assert organization.occupations and organization.ai_trainer_levels() == ()
    assert organization.unparsed_rows == 1  # 初级 is not a skill level: counted, not guessed
