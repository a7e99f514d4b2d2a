"""Operators (issue #16) in a real browser (Debian chromium, Playwright): a listing's page
links to its operator; the operator page draws its network with the bundled Vega (a chart
canvas or svg), and nothing is fetched from anywhere but the dashboard on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from test_dashboard_browser import (  # the helpers of the review-flow browser test
    CHROMIUM,
    CHROMIUM_ARGS,
    OUTPUT,
    serving,
    sync_playwright,
    wait_idle,
)

pytestmark = [pytest.mark.browser]

LOCAL_SCHEMES = {"data", "blob", "about"}


def test_listing_links_to_its_operator_whose_network_is_drawn_offline(  # type: ignore[no-untyped-def]
    op_seeded, tmp_path: Path
) -> None:
    url, _summary, _ops = op_seeded
    requested: list[str] = []
    with serving(url, cwd=tmp_path) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1400})
        page.on("request", lambda request: requested.append(request.url))

        page.goto(f"{base}/listing?listing=251")
        page.get_by_text("广告编号 251").first.wait_for(timeout=30_000)
        wait_idle(page)
        link = page.get_by_role("link", name="运营主体 2（5 条广告）")
        link.wait_for(timeout=30_000)
        link.click()
        page.wait_for_url("**/operator?operator=2*", timeout=30_000)
        page.get_by_text("运营主体 2", exact=True).first.wait_for(timeout=30_000)
        wait_idle(page)
        assert "lang=zh" in page.url
        chart = page.locator("[data-testid='stVegaLiteChart'] canvas, "
                             "[data-testid='stVegaLiteChart'] svg")
        chart.first.wait_for(timeout=30_000)
        assert chart.count() >= 1
        box = chart.first.bounding_box()
        assert box is not None and box["width"] > 200 and box["height"] > 200
        # the identifiers' evidence is in the page (a data grid's cells) as text, never markup
        page.get_by_text("QQ群 123456789").first.wait_for(state="attached", timeout=30_000)
        assert page.locator("[data-testid='stMain'] b").count() == 0

        # the big operator: the network is capped at 200 nodes, and the page says so
        page.goto(f"{base}/operator?operator=1")
        page.get_by_text("只画出其中 200 个", exact=False).wait_for(timeout=30_000)
        wait_idle(page)
        chart.first.wait_for(timeout=30_000)
        OUTPUT.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(OUTPUT / "dashboard-operator.png"), full_page=False)
        browser.close()

    assert requested, "the requests were recorded"
    outside = [
        r for r in requested
        if urlsplit(r).scheme not in LOCAL_SCHEMES and urlsplit(r).hostname != "127.0.0.1"
    ]
    assert outside == [], outside
