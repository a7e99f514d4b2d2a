"""The dashboard's pure helpers: times, ¥, highlighting, escaping, URL state, WARC reading."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dashboard.fmt import (
    escape_markdown,
    evidence_in_context,
    highlight,
    local_day_bounds,
    local_time,
    yuan,
    yuan_range,
)
from dashboard.urlstate import QueueState, params_from_state, state_from_params
from dashboard.warc import ArchiveError, read_record, visible_text

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_times_are_shown_in_shanghai_from_naive_utc() -> None:
    naive_utc = datetime(2026, 11, 28, 16, 30)  # SQLite hands back naive UTC
    assert local_time(naive_utc, SHANGHAI) == "2026-11-29 00:30"
    assert local_time(datetime(2026, 11, 28, 16, 30, tzinfo=UTC), SHANGHAI) == "2026-11-29 00:30"
    assert local_time(None) == ""
    assert local_time(pd.NaT) == "" and local_time(float("nan")) == ""  # a run never finished


def test_local_day_bounds_are_utc_instants() -> None:
    start, end = local_day_bounds(date(2026, 11, 29), SHANGHAI)
    assert start == datetime(2026, 11, 28, 16, 0, tzinfo=UTC)
    assert end == datetime(2026, 11, 29, 16, 0, tzinfo=UTC)


def test_yuan_has_thousands_separators() -> None:
    assert yuan(12800) == "¥12,800"
    assert yuan(1980.5) == "¥1,980.50"
    assert yuan(None) == "" and yuan(float("nan")) == ""
    assert yuan_range(1980, 3980) == "¥1,980 – ¥3,980"
    assert yuan_range(None, 3980) == "¥3,980"
    assert yuan_range(500, 500) == "¥500"


def test_evidence_is_marked_in_its_sentence() -> None:
    sentences = ["课程介绍。", "本期学员包过，不过全额退费。"]
    assert evidence_in_context("包过", sentences) == "本期学员【包过】，不过全额退费。"
    page_text = "第一句。报名后直接拿证！第三句。"
    assert evidence_in_context("直接拿证", [], page_text) == "报名后【直接拿证】！"
    assert evidence_in_context("找不到", [], page_text) == "【找不到】"
    assert highlight("a<script>b", "<script>") == "a【<script>】b"


def test_markdown_escape_neutralises_markup() -> None:
    hostile = "<img src=x onerror=alert(1)> **bold** [link](javascript:alert(1)) :red[x]"
    escaped = escape_markdown(hostile)
    assert re.search(r"(?<!\\)[<>*\[\]():]", escaped) is None, "every metacharacter escaped"
    assert escaped.replace("\\", "") == hostile


def test_url_state_round_trips() -> None:
    state = QueueState(
        codes=("NO_EXAM", "GUARANTEED_PASS"),
        severities=("high",),
        issuer="人社",
        levels=(1, 3),
        fee_from=5000.0,
        first_seen=(date(2026, 9, 1), date(2026, 9, 30)),
        review="decided",
        flagged_only=False,
    )
    params = params_from_state(state)
    assert params["code"] == ["NO_EXAM", "GUARANTEED_PASS"]
    assert params["first_seen"] == "2026-09-01..2026-09-30"
    assert state_from_params(params) == state
    assert params_from_state(QueueState()) == {}
    assert QueueState().review == "open"  # the queue shows listings with an open flag
    assert state_from_params({"review": ["awaiting"]}).review == "open"  # the first wave's URLs


def test_url_state_drops_bad_values() -> None:
    state = state_from_params(
        {
            "code": ["NO_EXAM", "DROP TABLE"],
            "level": ["3", "9", "x"],
            "fee_from": ["-5"],
            "fee_to": ["abc"],
            "review": ["maybe"],
            "first_seen": ["2026-13-01"],
        }
    )
    assert state.codes == ("NO_EXAM",) and state.levels == (3,)
    assert state.fee_from is None and state.fee_to is None
    assert state.review == "open" and state.first_seen == ()


def test_url_state_filter_uses_utc_day_bounds() -> None:
    f = QueueState(last_seen=(date(2026, 10, 1),)).to_filter()
    assert f.last_seen_from == datetime(2026, 9, 30, 16, 0, tzinfo=UTC)
    assert f.last_seen_to == datetime(2026, 10, 1, 16, 0, tzinfo=UTC)


def _warc(path: Path, body: bytes, content_type: str) -> int:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record("x.warc.gz", {"software": "test"}))
        offset = stream.tell()
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://example.cn/a.html",
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
            )
        )
    return offset


def test_warc_record_is_read_as_text(tmp_path: Path) -> None:
    html = "<html><body><h1>证书&lt;b&gt;</h1><script>alert(1)</script><p>包过</p></body></html>"
    path = tmp_path / "x.warc.gz"
    offset = _warc(path, html.encode("gb18030"), "text/html; charset=gb18030")
    page = read_record(str(path), offset)
    assert page.target_uri == "https://example.cn/a.html"
    assert page.payload_digest.startswith("sha1:")
    assert page.warc_date.startswith("20")
    assert page.text == "证书<b>\n包过", "visible text only, entities decoded, scripts dropped"
    assert "<script>alert(1)</script>" in page.source


def test_warc_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="missing"):
        read_record(str(tmp_path / "nope.warc.gz"), 0)
    path = tmp_path / "x.warc.gz"
    _warc(path, b"<p>x</p>", "text/html")
    with pytest.raises(ArchiveError, match=str(path)):
        read_record(str(path), 10_000_000)


def test_visible_text_of_plain_text() -> None:
    assert visible_text("") == ""
    assert visible_text("just words") == "just words"


def test_evidence_is_never_double_bracketed() -> None:
    from dashboard.fmt import evidence_in_context, highlight, highlight_all

    assert highlight("本班【包过】，免考", "包过") == "本班【包过】，免考"
    assert highlight("本班包过，免考", "包过") == "本班【包过】，免考"
    assert highlight_all("免考包过拿证", ["免考包过", "包过拿证"]) == "【免考包过拿证】"
    assert highlight_all("包过包过", ["包过", "包过"]) == "【包过包过】"
    assert highlight(highlight("本班包过", "包过"), "包过") == "本班【包过】"
    assert evidence_in_context("【包过】", []) == "【包过】"
    assert "【【" not in evidence_in_context("包过", ["本班【包过】。"])
