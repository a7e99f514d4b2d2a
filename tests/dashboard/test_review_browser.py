"""Per-flag review in a real browser (Debian chromium, Playwright): deciding one of a
listing's three flags keeps it in the queue; deciding all three takes it out."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from sqlalchemy import create_engine, func, select
from test_dashboard_browser import (  # the helpers of the review-flow browser test
    CHROMIUM,
    CHROMIUM_ARGS,
    OUTPUT,
    Page,
    serving,
    sync_playwright,
    wait_idle,
)

from store.models import Flag, Listing, Review

pytestmark = [pytest.mark.browser]


def three_flag_listing(db_url: str) -> tuple[int, str]:
    """An open listing with exactly three active flags, and its provider."""
    engine = create_engine(db_url)
    with engine.connect() as conn:
        three = (select(Flag.listing_id).where(Flag.active.is_(True))
                 .group_by(Flag.listing_id)
                 .having(func.count(func.distinct(Flag.fingerprint)) == 3))
        row = conn.execute(
            select(Listing.id, Listing.provider)
            .where(Listing.id.in_(three), Listing.review_status == "open",
                   Listing.provider.is_not(None))
            .order_by(Listing.id).limit(1)
        ).first()
    engine.dispose()
    assert row is not None, "the seed has a listing with three flags"
    return int(row[0]), str(row[1])


def queue_count(page: Page, base: str, provider: str) -> int:
    """The open queue's count for ``provider`` ("共 N 条广告")."""
    page.goto(f"{base}/queue?provider={quote(provider)}")
    wait_idle(page)
    line = page.get_by_text("条广告", exact=False).first
    line.wait_for(timeout=30_000)
    text = line.inner_text()
    return int(text.split("共", 1)[1].split("条", 1)[0].strip().replace(",", ""))


def decide(page: Page, base: str, listing_id: int, form: int, choice: str, reason: str) -> None:
    """Open the listing, decide its ``form``-th flag, wait for the confirmation."""
    page.goto(f"{base}/listing?listing={listing_id}")
    page.get_by_text("审核记录", exact=True).wait_for(timeout=30_000)
    wait_idle(page)
    name = page.get_by_label("审核人姓名")
    if name.input_value() != "浏览器审核员":
        name.fill("浏览器审核员")
        name.press("Tab")
        wait_idle(page)
    flag_form = page.locator("[data-testid='stForm']").nth(form)
    flag_form.get_by_text(choice, exact=True).click()
    flag_form.get_by_label("理由").fill(reason)
    flag_form.get_by_role("button", name="记录决定").click()
    try:
        page.get_by_text("已记录：", exact=False).first.wait_for(timeout=30_000)
    except PlaywrightTimeout:
        alerts = page.locator("[data-testid='stAlert']").all_inner_texts()
        raise AssertionError(f"flag {form}: {choice} not recorded; the page said {alerts}") from None
    wait_idle(page)


def test_one_flag_decided_keeps_the_listing_queued_all_three_take_it_out(
    fresh, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db_url, _summary = fresh
    listing_id, provider = three_flag_listing(db_url)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with serving(db_url, cwd=tmp_path, anonymous=True) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1400})
        before = queue_count(page, base, provider)
        assert before >= 1

        decide(page, base, listing_id, 0, "排除", "证据不足以支持")
        assert queue_count(page, base, provider) == before, "two flags still await a decision"

        decide(page, base, listing_id, 0, "待进一步核查", "需要再看原页面")  # first flag again
        decide(page, base, listing_id, 1, "确认属实", "页面写明包过")
        assert queue_count(page, base, provider) == before, "check further keeps a flag open"

        decide(page, base, listing_id, 0, "确认属实", "核查完毕")
        decide(page, base, listing_id, 2, "排除", "非本机构")
        page.screenshot(path=str(OUTPUT / "dashboard-per-flag-review.png"), full_page=True)
        assert queue_count(page, base, provider) == before - 1, "every flag decided: it leaves"
        browser.close()

    engine = create_engine(db_url)
    with engine.connect() as conn:
        decisions = conn.execute(
            select(Review.decision).where(Review.listing_id == listing_id).order_by(Review.id)
        ).scalars().all()
        status = conn.execute(
            select(Listing.review_status).where(Listing.id == listing_id)).scalar_one()
    engine.dispose()
    assert decisions == ["dismissed", "needs_evidence", "confirmed", "confirmed", "dismissed"]
    assert status == "decided"
