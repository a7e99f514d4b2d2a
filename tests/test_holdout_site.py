"""Consistency of the held-out web (data/holdout_site) with its truth file (data/holdout_truth.jsonl).

The held-out web measures how extraction and screening generalize; these tests only check that the
pages and their labels agree with each other, so that a measurement against them means something.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import lxml.html
import pytest

DATA = Path(__file__).resolve().parent.parent / "data"
SITE = DATA / "holdout_site"
TRUTH = DATA / "holdout_truth.jsonl"
BASE = "http://holdout.test"

FLAG_CODES = {
    "UNRECOGNIZED_ISSUER", "LOOKALIKE_ISSUER", "ISSUER_OUT_OF_SCOPE", "ISSUER_LAPSED",
    "GOVERNMENT_ISSUER_CLAIM", "UNOFFICIAL_VERIFICATION_SITE", "NO_EXAM", "GUARANTEED_PASS",
    "ELIGIBILITY_SHORTCUT", "BENEFIT_BAIT", "EXCESSIVE_FEE", "MISSING_ISSUER",
}
# Pages deliberately not in UTF-8: path -> (encoding, whether the markup declares a charset).
LEGACY_ENCODED = {
    "/hk/zhengshu/ai-trainer.html": ("big5", True),
    "/gbk/jsjypx/rgzn3.html": ("gb18030", False),
}
CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def load_truth() -> dict[str, dict]:
    records: dict[str, dict] = {}
    for lineno, line in enumerate(TRUTH.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        assert rec["path"] not in records, f"holdout_truth.jsonl:{lineno}: duplicate {rec['path']}"
        records[rec["path"]] = rec
    return records


def site_pages() -> list[str]:
    return sorted("/" + p.relative_to(SITE).as_posix() for p in SITE.rglob("*.html"))


def decode_page(raw: bytes) -> str:
    """Decode as a browser would here: UTF-8, else the declared charset, else GB18030."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        declared = CHARSET_RE.search(raw[:2048])
        return raw.decode(declared.group(1).decode() if declared else "gb18030")


def page_text(path: str) -> str:
    return lxml.html.fromstring(decode_page((SITE / path.lstrip("/")).read_bytes())).text_content()


def internal_links(path: str) -> set[str]:
    """Site paths linked from a page (same host, fragment and query dropped)."""
    doc = lxml.html.fromstring(decode_page((SITE / path.lstrip("/")).read_bytes()))
    found = set()
    for href in doc.xpath("//a/@href"):
        url = urldefrag(urljoin(BASE + path, href.strip())).url
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" == BASE:
            found.add(parts.path)
    return found


TRUTH_RECORDS = load_truth()


def test_every_page_has_exactly_one_truth_line_and_vice_versa():
    pages = site_pages()
    assert len(pages) >= 30
    assert sorted(TRUTH_RECORDS) == pages


@pytest.mark.parametrize("path", sorted(p for p, r in TRUTH_RECORDS.items() if r["issuers"]))
def test_issuer_names_appear_verbatim_in_the_decoded_page(path):
    text = page_text(path)
    for name in TRUTH_RECORDS[path]["issuers"]:
        assert name in text, f"{path}: issuer {name!r} not in the page text"


@pytest.mark.parametrize("path", sorted(LEGACY_ENCODED))
def test_legacy_encoded_pages_are_not_utf8(path):
    encoding, declared = LEGACY_ENCODED[path]
    raw = (SITE / path.lstrip("/")).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    raw.decode(encoding)  # strict: the page really is in its legacy encoding
    assert bool(CHARSET_RE.search(raw)) is declared
    assert decode_page(raw) == raw.decode(encoding)
    assert "人工智能" in decode_page(raw)


def test_crawlable_pages_are_reachable_from_index_and_others_are_not():
    seen, queue = {"/index.html"}, ["/index.html"]
    while queue:
        for link in internal_links(queue.pop()):
            if link.endswith(".html") and link not in seen:
                assert (SITE / link.lstrip("/")).is_file(), f"broken link to {link}"
                seen.add(link)
                queue.append(link)
    crawlable = {p for p, r in TRUTH_RECORDS.items() if r["crawlable"]}
    assert crawlable <= seen, f"unreachable: {sorted(crawlable - seen)}"
    assert not (seen - crawlable), f"linked but labeled not crawlable: {sorted(seen - crawlable)}"


def test_robots_txt_disallows_exactly_the_non_crawlable_pages():
    robots = RobotFileParser()
    robots.parse((SITE / "robots.txt").read_text(encoding="ascii").splitlines())
    for path, rec in TRUTH_RECORDS.items():
        assert robots.can_fetch("certwatch", BASE + path) is rec["crawlable"], path
    assert any(not r["crawlable"] for r in TRUTH_RECORDS.values())


def test_non_offers_carry_no_flags_issuers_levels_or_fees():
    for path, rec in TRUTH_RECORDS.items():
        if not rec["is_offer"]:
            assert rec["flags"] == [] and rec["issuers"] == [] and rec["levels"] == [], path
            assert rec["fee_min"] is None and rec["fee_max"] is None, path


def test_offer_labels_are_well_formed():
    for path, rec in TRUTH_RECORDS.items():
        assert set(rec["flags"]) <= FLAG_CODES, path
        assert all(level in (1, 2, 3, 4, 5) for level in rec["levels"]), path
        if rec["fee_min"] is not None:
            assert 0 < rec["fee_min"] <= rec["fee_max"], path
        if rec["is_offer"]:
            assert ("MISSING_ISSUER" in rec["flags"]) is (not rec["issuers"]), path


def test_mix_of_offers_and_every_flag_code_on_at_least_two_offers():
    offers = [r for r in TRUTH_RECORDS.values() if r["is_offer"]]
    honest = [r for r in offers if not r["flags"]]
    assert len(offers) >= 20 and len(TRUTH_RECORDS) - len(offers) >= 10
    assert len(honest) >= 5
    counts = Counter(code for r in offers for code in r["flags"])
    assert {code for code in FLAG_CODES if counts[code] < 2} == set(), counts
