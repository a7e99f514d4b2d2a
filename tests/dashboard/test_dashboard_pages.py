"""Every dashboard page run with AppTest on a seeded SQLite database: what a user sees."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qs

import pytest
from sqlalchemy import create_engine, select
from streamlit import config as st_config

from store.models import Listing, Review

QUEUE = "views/queue.py"
LISTING = "views/listing.py"
FEES = "views/fees.py"
ISSUERS = "views/issuers.py"
RUNS = "views/runs.py"


def _count_line(at) -> int:  # type: ignore[no-untyped-def]
    """The queue's "共 N 条广告" figure."""
    for md in at.markdown:
        match = re.search(r"共 ([\d,]+) 条广告", md.value)
        if match:
            return int(match.group(1).replace(",", ""))
    raise AssertionError("the queue shows no count")


def _param(at, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    value = at.query_params.get(name, [])
    return [value] if isinstance(value, str) else list(value)


def _submit(at) -> None:  # type: ignore[no-untyped-def]
    next(b for b in at.button if b.label == "记录决定").click().run()


def _texts(at) -> str:  # type: ignore[no-untyped-def]
    parts = [e.value for e in at.text] + [e.value for e in at.code] + [e.value for e in at.markdown]
    return "\n".join(parts)


def test_overview_counts_match_the_database(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = seeded
    at = app(url)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["广告总数"] == f"{summary.listings:,}"
    assert metrics["已标记"] == f"{summary.flagged:,}"
    assert metrics["高风险"] == f"{summary.by_severity['high']:,}"
    assert metrics["待审核"] == f"{summary.awaiting:,}"
    # every number links to the queue, filtered to the listings behind it
    queries = [parse_qs(link.proto.query_string) for link in at.get("page_link")]
    assert all(q.pop("lang") == ["zh"] for q in queries), "every link keeps the language"
    assert {} in queries, "the open count links to the queue as it opens"
    assert {"severity": ["high"], "review": ["any"]} in queries
    assert {"code": ["NO_EXAM"]} in queries
    labels = [link.proto.label for link in at.get("page_link")]
    assert any(summary.unrecognized_top in label for label in labels)
    assert at.get("vega_lite_chart"), "trend and flag charts are drawn"


def test_overview_in_english(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = seeded
    at = app(url)
    at.radio(key="lang").set_value("en").run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Listings"] == f"{summary.listings:,}"
    assert metrics["Awaiting review"] == f"{summary.awaiting:,}"


def test_queue_links_from_overview_land_filtered(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = seeded
    assert _count_line(app(url, QUEUE)) == summary.awaiting  # opens on listings still open
    assert _count_line(app(url, QUEUE, review="any")) == summary.flagged
    assert _count_line(app(url, QUEUE, severity="low", review="any")) == summary.by_severity["low"]
    assert _count_line(app(url, QUEUE, code="NO_EXAM", review="any")) == summary.flags_by_code[
        "NO_EXAM"]
    assert _count_line(app(url, QUEUE, flagged="0", review="any")) == summary.listings


def test_queue_filters_narrow_and_page_in_sql(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = seeded
    at = app(url, QUEUE, review="any")
    (table,) = at.dataframe
    assert len(table.value) == 50, "one page of rows, not the whole table"
    risks = list(table.value["风险分"])
    assert risks == sorted(risks, reverse=True), "riskiest first"

    at.multiselect(key="q_codes").select("GUARANTEED_PASS").run()
    assert _count_line(at) == summary.flags_by_code["GUARANTEED_PASS"]
    assert _param(at, "code") == ["GUARANTEED_PASS"], "the filter is kept in the URL"

    at.text_input(key="q_issuer").input("<script>").run()
    assert _count_line(at) == 1
    (table,) = at.dataframe
    assert list(table.value["编号"]) == [summary.xss_listing_id]


def test_queue_next_page_and_review_filter(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, _summary = seeded
    at = app(url, QUEUE)
    first = list(at.dataframe[0].value["编号"])
    at.button(key="q_next").click().run()
    second = list(at.dataframe[0].value["编号"])
    assert not set(first) & set(second)
    assert _param(at, "page") == ["2"]

    at.selectbox(key="q_review").set_value("decided").run()
    assert set(at.dataframe[0].value["审核状态"]) == {"已审核"}
    at.selectbox(key="q_review").set_value("refer").run()
    assert set(at.dataframe[0].value["处理结果"]) == {"移交执法"}


def test_queue_level_fee_and_date_filters(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = seeded
    at = app(url, QUEUE, flagged="0", review="any")
    assert _count_line(at) == summary.listings
    at.multiselect(key="q_levels").select(1).run()
    with_level_1 = _count_line(at)
    assert 0 < with_level_1 < summary.listings
    assert all("1" in levels.split(", ") for levels in at.dataframe[0].value["等级"])

    at = app(url, QUEUE, flagged="0", fee_from="10000", review="any")
    expensive = _count_line(at)
    assert 0 < expensive < summary.listings
    assert all("¥" in fee for fee in at.dataframe[0].value["收费"])

    # listings first seen in the first crawl week only (seed: 60 % appear in run 1)
    at = app(url, QUEUE, flagged="0", first_seen="2026-09-01..2026-09-02", review="any")
    assert int(summary.listings * 0.6) == _count_line(at)


def test_listing_shows_hostile_text_as_text(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = seeded
    at = app(url, LISTING, id=str(summary.xss_listing_id))
    shown = _texts(at)
    assert "<script>alert(1)</script>" in "\n".join(e.value for e in at.text)
    assert "【<script>alert(1)</script>认证中心】" in "\n".join(e.value for e in at.code)
    for md in at.markdown:  # whatever goes through Markdown is escaped
        assert "<script>" not in md.value and "<img" not in md.value
    # the archive: capture time, digest, the page text with the evidence marked
    assert "【直接拿证】" in shown
    raw = "\n".join(str(v) for table in at.table for v in table.value.iloc[:, 1])
    assert r"\<b\>\*\*黑马" in raw, "st.table renders Markdown: its cells are escaped"
    meta = re.sub(r"\\(.)", r"\1", raw)  # what the reader sees
    assert "sha1:" in meta, "the WARC payload digest"
    assert re.search(r"2026-\d\d-\d\d \d\d:\d\d \(2026-\d\d-\d\dT", meta), "capture time"
    assert "<b>**黑马**</b><img src=x onerror=alert(1)>" in meta


def test_listing_history_and_matches(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = seeded
    at = app(url, LISTING, id=str(summary.changed_fee_listing_id))
    history = next(df.value for df in at.dataframe if "最高收费" in df.value.columns)
    assert len(history) == 3, "three observations with three fees"
    assert len(set(history["最高收费"])) == 3
    assert all(v.startswith("¥") for v in history["最高收费"])
    assert at.get("vega_lite_chart"), "the fee history is charted"
    matches = next((df.value for df in at.dataframe if "匹配说明" in df.value.columns), None)
    if matches is not None:  # the seed gives most listings an issuer
        assert "名录版本" in matches.columns
        assert all(str(v).startswith("#2") for v in matches["名录版本"])


@pytest.fixture
def anonymous_decisions(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app as ``certwatch dashboard --anonymous-decisions`` serves it: the flag set,
    bound to 127.0.0.1."""
    monkeypatch.setenv("CERTWATCH_ANONYMOUS_DECISIONS", "1")
    before = st_config.get_option("server.address")
    st_config.set_option("server.address", "127.0.0.1")
    yield
    st_config.set_option("server.address", before)


def test_without_login_or_flag_the_listing_is_read_only(fresh, app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("CERTWATCH_ANONYMOUS_DECISIONS", raising=False)
    url, summary = fresh
    at = app(url, LISTING, id=str(summary.plain_listing_id))
    assert not any(b.label == "记录决定" for b in at.button), "no decision form"
    assert not [w for w in at.text_input if w.key == "reviewer_name"]
    assert any("只读模式" in i.value and "--anonymous-decisions" in i.value for i in at.info)
    at.sidebar.radio(key="lang").set_value("en").run()
    assert any("read-only" in i.value for i in at.info)


def test_anonymous_flag_off_loopback_stays_read_only(fresh, app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CERTWATCH_ANONYMOUS_DECISIONS", "1")
    before = st_config.get_option("server.address")
    st_config.set_option("server.address", "0.0.0.0")
    try:
        url, summary = fresh
        at = app(url, LISTING, id=str(summary.plain_listing_id))
    finally:
        st_config.set_option("server.address", before)
    assert not any(b.label == "记录决定" for b in at.button)
    assert any("127.0.0.1" in i.value for i in at.info)


def test_decision_is_recorded_in_the_audit_trail_and_db(fresh, app, anonymous_decisions) -> None:  # type: ignore[no-untyped-def]
    url, summary = fresh
    listing_id = summary.plain_listing_id
    at = app(url, LISTING, id=str(listing_id))
    assert any("还没有审核记录" in c.value for c in at.caption)
    radios = [r for r in at.radio if str(r.key).startswith("flag_choice_")]
    assert radios, "each flag has its own decision"
    fingerprint = str(radios[0].key).removeprefix("flag_choice_")

    radios[0].set_value("dismissed")
    at.text_input(key=f"flag_note_{fingerprint}").input("价格与页面不符")
    at.text_input(key="reviewer_name").input("")
    _submit(at)
    assert any("请填写审核人姓名" in e.value for e in at.error), "a decision needs a reviewer"

    at.text_input(key="reviewer_name").input("赵监管")
    at.text_input(key=f"flag_note_{fingerprint}").input("")
    _submit(at)
    assert any("请填写理由" in e.value for e in at.error), "a decision needs a reason"

    at.text_input(key=f"flag_note_{fingerprint}").input("价格与页面不符")
    _submit(at)
    assert any("已记录" in s.value for s in at.success)
    trail = at.table[-1].value
    assert [v.replace("\\", "") for v in trail["审核人"]] == ["anonymous: 赵监管"]  # shown escaped
    assert list(trail["决定"]) == ["排除"]
    assert list(trail["备注"]) == ["价格与页面不符"]

    # a second decision is appended, the first stays (append-only audit trail)
    at.radio(key=f"flag_choice_{fingerprint}").set_value("confirmed")
    _submit(at)
    assert list(at.table[-1].value["决定"]) == ["确认属实", "排除"]
    at.selectbox(key="outcome_choice").set_value("refer")
    at.text_area(key="outcome_note").input("多处虚假宣传")
    next(b for b in at.button if b.label == "记录处理结果").click().run()
    assert list(at.table[-1].value["决定"]) == ["移交执法", "确认属实", "排除"]

    engine = create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(
            select(Review.reviewer, Review.decision, Review.note, Review.flag_fingerprint)
            .where(Review.listing_id == listing_id)
            .order_by(Review.id)
        ).all()
        open_flags = conn.execute(
            select(Listing.open_flags).where(Listing.id == listing_id)).scalar_one()
    engine.dispose()
    assert [tuple(r) for r in rows] == [
        ("anonymous: 赵监管", "dismissed", "价格与页面不符", fingerprint),
        ("anonymous: 赵监管", "confirmed", "价格与页面不符", fingerprint),
        ("anonymous: 赵监管", "refer", "多处虚假宣传", None),
    ]
    # the queue counts it as open while another flag awaits a decision
    assert _count_line(app(url, QUEUE)) == summary.awaiting - (open_flags == 0)


def test_listing_unknown_id_says_so(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, _summary = seeded
    at = app(url, LISTING, id="999999")
    assert any("999999" in w.value for w in at.warning)


def _frame_with(at, column: str):  # type: ignore[no-untyped-def]
    return next(df.value for df in at.dataframe if column in df.value.columns)


def test_fees_by_level_chart_stats_and_filter(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, _summary = seeded
    at = app(url, FEES)
    assert at.get("vega_lite_chart"), "the distribution is charted"
    stats = _frame_with(at, "平均收费")
    assert {"1", "3", "5"} <= set(stats["等级"])
    assert all(v.startswith("¥") for v in stats["最高收费"])
    assert len(at.get("download_button")) >= 2, "every table can be downloaded"
    before = dict(zip(stats["等级"], stats["广告数"], strict=True))

    at.multiselect(key="fees_levels").select(5).run()
    after = dict(
        zip(_frame_with(at, "平均收费")["等级"], _frame_with(at, "平均收费")["广告数"], strict=True)
    )
    assert after["5"] == before["5"], "every listing offering level 5 is kept"
    assert sum(after.values()) < sum(before.values()), "listings without level 5 are gone"


def test_fees_other_views(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, _summary = seeded
    at = app(url, FEES, view="fees_by_status")
    assert at.get("vega_lite_chart") and at.get("download_button")

    at = app(url, FEES, view="fee_trend")
    changes = _frame_with(at, "原收费")
    assert len(changes) > 0 and (changes["原收费"] != changes["新收费"]).all()
    assert all(v.startswith("¥") for v in changes["新收费"])

    at = app(url, FEES, view="fee_outliers")
    outliers = _frame_with(at, "证据")
    assert len(outliers) > 0 and all(str(e).startswith("培训费用") for e in outliers["证据"])

    at = app(url, FEES, view="provider_compare")
    compare = _frame_with(at, "平均收费")
    assert len(compare) > 0 and all(v.startswith("¥") for v in compare["平均收费"])


def test_issuers_page_names_providers_registry(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = seeded
    at = app(url, ISSUERS)
    names = at.dataframe[0].value
    assert summary.unrecognized_top in set(names["广告所写发证机构"])
    assert set(names["状态"]) <= {"已登记", "近似冒用", "未登记", "政府部门"}
    at.selectbox(key="iss_pick").set_value(summary.unrecognized_top).run()
    assert any(df.value.shape[0] > 0 and "培训商" in df.value.columns for df in at.dataframe[1:])

    at.segmented_control(key="iss_section").set_value("registry_title").run()
    versions = at.dataframe[0].value
    assert len(versions) == 2
    agencies = at.dataframe[1].value
    assert len(agencies) == 10 and "中国就业培训技术指导中心" in set(agencies["名称"])

    at.segmented_control(key="iss_section").set_value("providers_title").run()
    providers = at.dataframe[0].value
    assert set(providers["培训商"]) & set(summary.providers)


def test_runs_page_history_and_changes(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = seeded
    at = app(url, RUNS)
    runs = at.dataframe[0].value
    assert len(runs) == summary.runs
    assert list(runs["抓取批次"]) == sorted(runs["抓取批次"], reverse=True), "newest first"
    first = runs[runs["抓取批次"] == 1].iloc[0]
    assert first["新增"] == int(summary.listings * 0.6)
    assert "失败" in set(runs["状态"]), "run statuses are translated"
    at.selectbox(key="runs_pick").set_value(1).run()
    changes = at.dataframe[1].value
    assert set(changes["变化类型"]) == {"新增"}


def test_every_page_renders_in_english(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = seeded
    at = app(url)
    at.radio(key="lang").set_value("en").run()
    titles = {}
    for page in (QUEUE, LISTING, FEES, ISSUERS, RUNS):
        at.query_params["id"] = str(summary.xss_listing_id)
        at.switch_page(page).run()
        assert not at.exception, (page, [e.value for e in at.exception])
        titles[page] = at.title[0].value
    assert titles == {
        QUEUE: "Review queue",
        LISTING: "Listing",
        FEES: "Fees",
        ISSUERS: "Issuers & providers",
        RUNS: "Crawl runs",
    }


def test_overview_says_when_the_latest_run_failed(fresh, app) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from store.models import CrawlRun

    url, _ = fresh
    at = app(url)
    assert not at.warning, "no banner while the latest run succeeded"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(CrawlRun.__table__.insert().values(
            kind="nightly", status="failed", started_at=datetime(2099, 1, 1, tzinfo=UTC),
            finished_at=datetime(2099, 1, 1, 1, tzinfo=UTC), args={}, stats={},
            error="beta: 0 pages fetched (minimum 2)"))
    engine.dispose()
    import streamlit as st

    st.cache_data.clear()  # a real server sees the new run once its query cache expires
    at = app(url)
    banner = at.warning[0].value
    assert "失败" in banner and "beta: 0 pages fetched (minimum 2)" in banner
    assert "上次成功运行" in banner


def test_a_merged_listing_id_opens_its_survivor_and_leaves_the_queue(fresh, app) -> None:  # type: ignore[no-untyped-def]
    import streamlit as st
    from sqlalchemy.orm import Session

    from crawler.listing_merge import merge_listing
    from store.models import Listing, Page

    url, summary = fresh
    before = _count_line(app(url, QUEUE, flagged="0"))
    engine = create_engine(url)
    with Session(engine) as session, session.begin():
        keep = session.get(Listing, summary.plain_listing_id)
        gone = session.get(Listing, summary.xss_listing_id)
        assert keep is not None and gone is not None
        page = session.get(Page, keep.last_page_id)
        assert page is not None
        page.page_type = "offer"
        page.page_reasons = "offer (0.91, not article): a price is asked; sales cues: 4"
        merge_listing(session, keep, gone, "the same main text under another URL")
    engine.dispose()
    st.cache_data.clear()  # a crawl merged it; the dashboard's reads are cached for a minute

    at = app(url, LISTING, id=str(summary.xss_listing_id))
    assert any(f"{summary.xss_listing_id}" in i.value and f"{summary.plain_listing_id}" in i.value
               for i in at.info), "the old id says where it went"
    assert "offer (0.91, not article): a price is asked" in _texts(at)
    assert _count_line(app(url, QUEUE, flagged="0")) == before - 1
