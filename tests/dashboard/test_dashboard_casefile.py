"""The listing page's "Case file" button builds the same ZIP as ``certwatch casefile``."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from dashboard import casefile

LISTING = "views/listing.py"
CHROMIUM = "/usr/bin/chromium"


@pytest.mark.browser
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing")
def test_case_file_button_offers_the_zip(fresh, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = fresh
    listing_id = summary.xss_listing_id
    at = app(url, LISTING, id=str(listing_id))
    assert not at.get("download_button"), "built only on request"
    next(b for b in at.button if b.label == "生成案件材料").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    buttons = at.get("download_button")
    assert len(buttons) == 1 and buttons[0].proto.label == "下载案件材料"
    data, report = casefile.build(url, listing_id)  # what the button serves
    assert data is not None, report
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["listing_id"] == str(listing_id)
    assert {f["path"] for f in manifest["files"]} >= {"listing.json", "evidence.warc.gz",
                                                       "decisions.json", "summary.html"}


def test_case_file_failure_is_one_line(tmp_path: Path) -> None:
    data, report = casefile.build(f"sqlite:///{tmp_path / 'certwatch.db'}", 4711)
    assert data is None and report == "certwatch: listing 4711: no such listing"
