"""The dashboard in a real browser: Debian chromium driven by Playwright, against the app
started by ``dashboard.launch`` on 127.0.0.1 (what ``certwatch dashboard`` runs)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import socket
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from certwatch.export import export
from dashboard import launch
from store.models import Review

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
OUTPUT = Path(__file__).resolve().parents[1] / "output"

try:
    from playwright.sync_api import Page, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None  # type: ignore[assignment]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None,
        reason=f"{CHROMIUM} is missing: install it with `apt-get install -y chromium`",
    ),
    pytest.mark.skipif(
        sync_playwright is None, reason="playwright is missing: `pip install playwright`"
    ),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(base: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"the dashboard did not answer at {base} within {timeout}s")


SETTLE_MS = 250  # an action's rerun request reaches the server after this (Streamlit's e2e waits 210)


def wait_idle(page: Page, timeout: float = 30_000) -> None:
    """Until Streamlit reports the script finished and the page title is drawn.

    It first lets the rerun that the last action asked for begin: straight after a click
    or a Tab the app still says ``notRunning`` from the run before, and the next action
    would race the rerun."""
    page.wait_for_timeout(SETTLE_MS)
    page.wait_for_function(
        """() => {
            const app = document.querySelector('[data-testid="stApp"]');
            return app && app.getAttribute('data-test-script-state') === 'notRunning'
                && document.querySelector('[data-testid="stMain"] h1');
        }""",
        timeout=timeout,
    )


@contextmanager
def serving(
    db_url: str, port: int | None = None, cwd: Path | None = None, anonymous: bool = False
) -> Iterator[str]:
    """The dashboard served by ``dashboard.launch.start`` on 127.0.0.1; its base URL."""
    port = port or free_port()
    process = launch.start(db_url, port=port, cwd=cwd, anonymous_decisions=anonymous)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except Exception:
            process.kill()


@pytest.fixture
def served(fresh, tmp_path: Path) -> Iterator[tuple[str, str, object]]:  # type: ignore[no-untyped-def]
    """As ``certwatch demo`` serves it: no login, anonymous decisions on loopback."""
    url, summary = fresh
    with serving(url, cwd=tmp_path, anonymous=True) as base:
        yield base, url, summary


def test_review_flow_in_a_real_browser(served) -> None:  # type: ignore[no-untyped-def]
    base, db_url, summary = served
    dialogs: list[str] = []
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

        # the queue, then narrow it to the hostile ad by its issuer name
        page.goto(f"{base}/queue")
        page.get_by_text(f"共 {summary.awaiting:,} 条广告").wait_for(timeout=30_000)  # open ones
        box = page.get_by_label("发证机构名称包含")
        box.fill("<script>")
        box.press("Enter")
        page.get_by_text("共 1 条广告").wait_for(timeout=30_000)
        wait_idle(page)
        page.screenshot(path=str(OUTPUT / "dashboard-queue.png"), full_page=True)

        # open it
        page.get_by_role("button", name="打开所选广告").click()
        page.wait_for_url("**/listing?listing=*", timeout=30_000)
        page.get_by_text("还没有审核记录。").wait_for(timeout=30_000)  # the page's last element
        wait_idle(page)
        assert f"listing?listing={summary.xss_listing_id}&lang=zh" in page.url

        # hostile markup is on the page as text, and nothing of it runs or renders
        title = page.get_by_text("免考包过<script>alert(1)</script>人工智能训练师证书", exact=False)
        assert title.first.is_visible()
        assert page.locator("img[src='x']").count() == 0
        scripts = page.eval_on_selector_all("script", "els => els.map(e => e.textContent)")
        assert not any("alert(1)" in (s or "") for s in scripts)
        # the evidence, marked in its sentence (code blocks load a moment after the rest)
        page.get_by_text("证书由【<script>alert(1)</script>认证中心】颁发").first.wait_for(
            timeout=30_000
        )
        assert page.locator("img[src='x']").count() == 0

        # record a decision: anonymous, and the page says so
        page.get_by_text("匿名决定模式").wait_for(timeout=30_000)
        name = page.get_by_label("审核人姓名")
        name.fill("浏览器测试员")
        name.press("Tab")
        wait_idle(page)
        form = page.locator("[data-testid='stForm']").first  # the first flag's own form
        form.get_by_text("确认属实", exact=True).click()
        form.get_by_label("理由").fill("浏览器里记录的决定")
        form.get_by_role("button", name="记录决定").click()
        page.get_by_text("已记录：确认属实（anonymous: 浏览器测试员）").wait_for(timeout=30_000)

        # reload: the decision is still there (stored, not just in the session)
        page.reload()
        page.get_by_text("审核记录", exact=True).wait_for(timeout=30_000)
        wait_idle(page)
        trail = page.locator("[data-testid='stTable']").last
        trail.get_by_text("anonymous: 浏览器测试员").wait_for(timeout=30_000)
        assert trail.get_by_text("浏览器里记录的决定").count() == 1
        assert trail.get_by_text("确认属实").count() == 1
        page.set_viewport_size({"width": 1400, "height": 4200})
        wait_idle(page)
        page.screenshot(path=str(OUTPUT / "dashboard-listing.png"))
        browser.close()

    assert dialogs == [], f"a dialog fired: {dialogs}"
    engine = create_engine(db_url)
    with engine.connect() as conn:
        rows = conn.execute(
            select(Review.reviewer, Review.decision, Review.note).where(
                Review.listing_id == summary.xss_listing_id
            )
        ).all()
    engine.dispose()
    assert [tuple(r) for r in rows] == [
        ("anonymous: 浏览器测试员", "confirmed", "浏览器里记录的决定")
    ]


def test_reload_and_navigation_keep_the_language(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, _summary = seeded
    with serving(url, cwd=tmp_path) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{base}/?lang=en")
        page.get_by_text("Awaiting review").first.wait_for(timeout=30_000)
        page.reload()
        page.get_by_text("Awaiting review").first.wait_for(timeout=30_000)
        wait_idle(page)
        assert "lang=en" in page.url
        page.get_by_role("link", name="Review queue").first.click()
        page.wait_for_url("**/queue?*lang=en*", timeout=30_000)
        page.get_by_text("Clear filters").wait_for(timeout=30_000)
        page.get_by_text("中文").first.click()  # the sidebar switch
        page.wait_for_url("**lang=zh*", timeout=30_000)
        page.get_by_text("清除筛选").wait_for(timeout=30_000)
        page.reload()
        page.get_by_text("清除筛选").wait_for(timeout=30_000)
        wait_idle(page)
        assert "lang=zh" in page.url
        browser.close()


def test_an_exported_listing_opens_at_its_id(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, _summary = seeded
    engine = create_engine(url)
    out = io.StringIO()
    export(engine, out, fmt="jsonl", flagged_only=True, progress=False)
    record = json.loads(out.getvalue().splitlines()[0])
    engine.dispose()
    listing_id = record["listing_id"]  # the export's id is the one the dashboard opens
    assert listing_id.isdigit(), record["listing_id"]
    with serving(url, cwd=tmp_path) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{base}/listing?listing={listing_id}")
        page.get_by_text(f"广告编号 {listing_id}").wait_for(timeout=30_000)
        wait_idle(page)
        assert f"listing={listing_id}" in page.url
        # the archived copy first, the live site marked external and sent no referrer
        assert page.get_by_role("link", name="存档副本（推荐先看）").count() == 1
        live = page.locator("a[target='_blank'][referrerpolicy='no-referrer']")
        live.first.wait_for(timeout=30_000)
        assert live.first.get_attribute("rel") == "noopener noreferrer nofollow"
        assert live.first.get_attribute("href") == record["url"]
        assert "↗" in live.first.inner_text()
        # the queue's search box takes the id too
        page.goto(f"{base}/queue")
        box = page.get_by_role("textbox", name="搜索：广告编号或标题/培训商文字")
        box.fill(str(listing_id))
        box.press("Enter")
        page.wait_for_url(f"**/listing?listing={listing_id}*", timeout=30_000)
        page.get_by_text(f"广告编号 {listing_id}").wait_for(timeout=30_000)
        browser.close()


def test_a_page_csv_written_on_click_downloads_the_rows_shown(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, _summary = seeded
    with serving(url, cwd=tmp_path) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000},
                                accept_downloads=True)
        page.goto(f"{base}/queue?review=any")
        page.get_by_text("共 ").first.wait_for(timeout=30_000)
        wait_idle(page)
        with page.expect_download(timeout=30_000) as started:
            page.get_by_role("button", name="下载 CSV").first.click()
        data = Path(started.value.path()).read_bytes().decode("utf-8")
        browser.close()
    assert data.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(data[1:])))
    assert len(rows) == 50 and all(r["listing_id"].isdigit() for r in rows)
    risks = [int(float(r["risk_score"])) for r in rows]
    assert risks == sorted(risks, reverse=True), "the page's rows, riskiest first"
