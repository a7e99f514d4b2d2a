"""The case file's summary page: hostile page text stays text, both languages, decisions in
the order given (oldest first), and the manifest lists every file with its digest."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

from certwatch.casefile.evidence import Evidence
from certwatch.casefile.gather import CaseData
from certwatch.casefile.render import RenderResult
from certwatch.casefile.summary import summary_html
from certwatch.services.casefile import assemble

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>'


def _case() -> CaseData:
    return CaseData(
        listing_id=38,
        record={"url": "http://ad.example/1", "title": HOSTILE, "issuers": [{"name": HOSTILE,
                "status": None}], "levels": [3], "fee_cny": {"min": 4800.0, "max": 4800.0},
                "claims": ["包过"], "risk_score": 60},
        registry_version=2,
        flags=[{"code": "NO_EXAM", "severity": "high", "evidence": f"免考{HOSTILE}",
                "detail": "", "fingerprint": "f" * 40, "active": True,
                "created_at": None, "superseded_at": None}],
        matches=[], agencies=[],
        decisions=[{"decided_at": "2026-12-01T09:00:00+00:00", "reviewer": "li", "decision":
                    "escalated", "note": HOSTILE, "flag": None},
                   {"decided_at": "2026-12-02T09:00:00+00:00", "reviewer": "wang", "decision":
                    "confirmed", "note": "", "flag": {"code": "NO_EXAM",
                                                      "fingerprint": "f" * 40}}],
        captures=[],
    )


def test_summary_escapes_page_text_and_speaks_both_languages() -> None:
    rendered = RenderResult(b"png", 1.2, not_archived=[("stylesheet", "http://ad.example/a.css"),
                                                      ("image", f"http://ad.example/{HOSTILE}")])
    html = summary_html(_case(), created_at="2026-12-05T00:00:00+00:00", records=[],
                        missing=[], rendered=rendered)
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "风险标记及证据" in html and "Flags and their evidence" in html
    assert "审核决定" in html and "Decisions (oldest first)" in html
    assert "http://ad.example/a.css" in html and "stylesheet" in html
    assert html.index(">li<") < html.index(">wang<")
    assert "default-src 'none'" in html  # the page loads nothing


def test_manifest_lists_every_file_with_its_digest() -> None:
    made = assemble(_case(), Evidence(data=b"warc"), RenderResult(b"\x89PNG", 1.0),
                    created_at="2026-12-05T00:00:00+00:00")
    with zipfile.ZipFile(io.BytesIO(made.data)) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        contents = {name: archive.read(name) for name in names}
    assert names[0] == "manifest.json" and manifest["listing_id"] == "38"
    assert manifest["registry_version"] == 2 and manifest["created_at"].startswith("2026-12-05")
    assert [f["path"] for f in manifest["files"]] == [
        "listing.json", "evidence.warc.gz", "screenshot.png", "decisions.json", "summary.html"]
    for entry in manifest["files"]:
        data = contents[entry["path"]]
        assert entry == {"path": entry["path"], "sha256": hashlib.sha256(data).hexdigest(),
                         "bytes": len(data)}
    assert [d["reviewer"] for d in json.loads(contents["decisions.json"])] == ["li", "wang"]
