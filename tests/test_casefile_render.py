"""The case file's renderer on its own: bounded in time, and a page that cannot be rendered
gives a reason instead of an exception (the case file is written without a screenshot)."""

from __future__ import annotations

import io
import json
import time
import zipfile
from pathlib import Path

import pytest

from certwatch.casefile.evidence import ArchivedResponse, Evidence
from certwatch.casefile.gather import CaseData
from certwatch.casefile.render import CHROMIUM, RenderResult, render
from certwatch.services.casefile import assemble

HTML = [("Content-Type", "text/html; charset=utf-8")]


def test_no_browser_gives_a_reason() -> None:
    page = ArchivedResponse("http://example.test/", 200, HTML, b"<p>x</p>")
    result = render(page, lambda url: None, chromium="/nonexistent/chromium")
    assert result.png is None and "no browser" in result.error


@pytest.mark.browser
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing")
def test_a_page_that_never_finishes_is_cut_off() -> None:
    pytest.importorskip("playwright")
    page = ArchivedResponse("http://example.test/", 200, HTML,
                            b"<p>spin</p><script>for(;;){}</script>")
    started = time.monotonic()
    result = render(page, lambda url: None, timeout=5)
    assert time.monotonic() - started < 30
    assert result.png is None and result.error.startswith("not rendered")


@pytest.mark.browser
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing")
def test_only_archived_urls_are_served() -> None:
    pytest.importorskip("playwright")
    css = ArchivedResponse("http://example.test/a.css", 200, [("Content-Type", "text/css")],
                           b"body{background:#0000ff}")
    page = ArchivedResponse(
        "http://example.test/", 200, HTML,
        b'<link rel=stylesheet href="/a.css"><link rel=stylesheet href="/b.css">'
        b'<img src="http://elsewhere.test/x.png"><p>x</p>')
    result = render(page, {css.url: css}.get, timeout=20)
    assert result.png is not None, result.error
    assert result.served == [page.url, css.url]
    assert sorted(url for _, url in result.not_archived) == [
        "http://elsewhere.test/x.png", "http://example.test/b.css"]


def test_unrendered_case_file_says_so() -> None:
    case = CaseData(listing_id=7, record={"url": "http://example.test/"}, registry_version=None,
                    flags=[], matches=[], agencies=[], decisions=[], captures=[])
    made = assemble(case, Evidence(), RenderResult(None, 0.0, "no browser: x is missing"),
                    created_at="2026-12-05T00:00:00+00:00")
    assert "screenshot.png" not in made.files and not made.rendered
    with zipfile.ZipFile(io.BytesIO(made.data)) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        html = archive.read("summary.html").decode("utf-8")
    assert manifest["screenshot"] == {"rendered": False, "reason": "no browser: x is missing"}
    assert "could not be rendered" in html and "no browser: x is missing" in html


@pytest.mark.browser
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing")
def test_the_page_is_served_whatever_form_its_url_takes() -> None:
    pytest.importorskip("playwright")
    page = ArchivedResponse("http://example.test", 200, HTML, b"<p>x</p>")  # no path
    result = render(page, lambda url: None, timeout=20)
    assert result.png is not None, result.error
    assert result.served == ["http://example.test/"] and not result.not_archived
