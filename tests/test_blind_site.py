"""Integrity of the blind web (data/blind_site) against its truth file (data/blind_truth.jsonl).

The blind web measures how certwatch generalizes to pages nobody tuned on. These checks do not
run certwatch; they make sure the pages and their labels agree, so a score against them means
something.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import lxml.html
import pytest

DATA = Path(__file__).resolve().parent.parent / "data"
SITE = DATA / "blind_site"
TRUTH = DATA / "blind_truth.jsonl"
BASE = "http://blind.test"

FLAG_CODES = {
    "UNRECOGNIZED_ISSUER", "LOOKALIKE_ISSUER", "ISSUER_OUT_OF_SCOPE", "ISSUER_LAPSED",
    "GOVERNMENT_ISSUER_CLAIM", "UNOFFICIAL_VERIFICATION_SITE", "NO_EXAM", "GUARANTEED_PASS",
    "ELIGIBILITY_SHORTCUT", "BENEFIT_BAIT", "EXCESSIVE_FEE", "MISSING_ISSUER",
}
TRUTH_KEYS = {"path", "crawlable", "is_offer", "title", "provider", "issuers", "levels",
              "fee_min", "fee_max", "flags", "note"}
GBK_PAGE = "/old/pxzx/aixls.html"
JSON_LD_PRICE_PAGE = "/shop/course-3.html"
CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def load_truth() -> dict[str, dict]:
    records: dict[str, dict] = {}
    for lineno, line in enumerate(TRUTH.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        assert set(rec) == TRUTH_KEYS, f"blind_truth.jsonl:{lineno}: keys {sorted(rec)}"
        assert rec["path"] not in records, f"blind_truth.jsonl:{lineno}: duplicate {rec['path']}"
        records[rec["path"]] = rec
    return records


def decode_page(raw: bytes) -> str:
    """Decode as a browser would: UTF-8, else the declared charset, else GB18030."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        declared = CHARSET_RE.search(raw[:2048])
        return raw.decode(declared.group(1).decode() if declared else "gb18030")


def read_page(path: str) -> str:
    return decode_page((SITE / path.lstrip("/")).read_bytes())


def page_text(path: str) -> str:
    return lxml.html.fromstring(read_page(path)).text_content()


def visible_text(path: str) -> str:
    doc = lxml.html.fromstring(read_page(path))
    for script in doc.xpath("//script|//style"):
        script.drop_tree()
    return doc.text_content()


def internal_links(path: str) -> set[str]:
    doc = lxml.html.fromstring(read_page(path))
    found = set()
    for href in doc.xpath("//a/@href"):
        parts = urlsplit(urldefrag(urljoin(BASE + path, href.strip())).url)
        if f"{parts.scheme}://{parts.netloc}" == BASE:
            found.add(parts.path)
    return found


def load_ceilings() -> dict[int | None, float]:
    with (DATA / "fee_ceilings.csv").open(encoding="utf-8") as handle:
        return {None if row["level"] == "none" else int(row["level"]): float(row["ceiling_cny"])
                for row in csv.DictReader(handle)}


TRUTH_RECORDS = load_truth()
OFFERS = {p: r for p, r in TRUTH_RECORDS.items() if r["is_offer"]}


def test_every_html_page_has_one_truth_line_and_vice_versa():
    pages = sorted("/" + p.relative_to(SITE).as_posix() for p in SITE.rglob("*.html"))
    assert len(pages) >= 30
    assert sorted(TRUTH_RECORDS) == pages


@pytest.mark.parametrize("path", sorted(p for p, r in TRUTH_RECORDS.items() if r["issuers"]))
def test_issuer_names_appear_verbatim_in_the_decoded_page(path):
    text = page_text(path)
    for name in TRUTH_RECORDS[path]["issuers"]:
        assert name in text, f"{path}: issuer {name!r} not in the page text"


def test_gbk_page_is_not_utf8_and_declares_no_charset():
    raw = (SITE / GBK_PAGE.lstrip("/")).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert CHARSET_RE.search(raw) is None
    assert "人工智能训练师" in raw.decode("gbk")  # strict: really GBK
    assert decode_page(raw) == raw.decode("gbk")


def test_all_other_pages_are_utf8_with_a_declared_charset():
    for path in TRUTH_RECORDS:
        if path != GBK_PAGE:
            raw = (SITE / path.lstrip("/")).read_bytes()
            raw.decode("utf-8")
            assert CHARSET_RE.search(raw[:2048]), path


def test_crawlable_pages_are_exactly_those_reachable_from_index_under_robots():
    robots = RobotFileParser()
    robots.parse((SITE / "robots.txt").read_text(encoding="ascii").splitlines())
    seen, queue = {"/index.html"}, ["/index.html"]
    while queue:
        for link in internal_links(queue.pop()):
            if not link.endswith(".html") or link in seen:
                continue
            assert (SITE / link.lstrip("/")).is_file(), f"broken link to {link}"
            if robots.can_fetch("certwatch", BASE + link):
                seen.add(link)
                queue.append(link)
    crawlable = {p for p, r in TRUTH_RECORDS.items() if r["crawlable"]}
    assert seen == crawlable, (sorted(crawlable - seen), sorted(seen - crawlable))
    for path, rec in TRUTH_RECORDS.items():
        assert robots.can_fetch("certwatch", BASE + path) is rec["crawlable"], path
    assert [p for p, r in TRUTH_RECORDS.items() if not r["crawlable"]] == [
        "/private/daili-jiage.html"
    ]


def test_non_offers_carry_no_flags_issuers_levels_fees_or_provider():
    for path, rec in TRUTH_RECORDS.items():
        if not rec["is_offer"]:
            assert rec["flags"] == [] and rec["issuers"] == [] and rec["levels"] == [], path
            assert rec["fee_min"] is None and rec["fee_max"] is None, path
            assert rec["provider"] is None, path


def test_missing_issuer_exactly_when_an_offer_names_no_issuer():
    for path, rec in OFFERS.items():
        assert ("MISSING_ISSUER" in rec["flags"]) is (not rec["issuers"]), path


def test_offer_labels_are_well_formed():
    for path, rec in OFFERS.items():
        assert set(rec["flags"]) <= FLAG_CODES, path
        assert rec["levels"] and set(rec["levels"]) <= {1, 2, 3, 4, 5}, path
        assert rec["provider"], path
        assert (rec["fee_min"] is None) is (rec["fee_max"] is None), path
        if rec["fee_min"] is not None:
            assert 0 < rec["fee_min"] <= rec["fee_max"], path


def test_labeled_fees_are_written_on_the_page():
    for path, rec in OFFERS.items():
        if rec["fee_min"] is None:
            continue
        digits = read_page(path).replace(",", "")
        for fee in (rec["fee_min"], rec["fee_max"]):
            assert str(int(fee)) in digits, f"{path}: fee {fee} not on the page"


def test_json_ld_page_states_its_price_only_in_json_ld():
    fee = str(int(OFFERS[JSON_LD_PRICE_PAGE]["fee_max"]))
    assert fee not in visible_text(JSON_LD_PRICE_PAGE).replace(",", "")
    doc = lxml.html.fromstring(read_page(JSON_LD_PRICE_PAGE))
    blocks = [json.loads(s) for s in doc.xpath('//script[@type="application/ld+json"]/text()')]
    assert any(float(b["offers"]["price"]) == float(fee) for b in blocks)


def test_excessive_fee_label_agrees_with_the_fee_ceilings():
    ceilings = load_ceilings()
    for path, rec in OFFERS.items():
        if rec["fee_max"] is None:
            assert "EXCESSIVE_FEE" not in rec["flags"], path
            continue
        ceiling = ceilings[min(rec["levels"]) if rec["levels"] else None]
        assert ("EXCESSIVE_FEE" in rec["flags"]) is (rec["fee_max"] > ceiling), path


def test_mix_of_offers_and_every_flag_on_at_least_two_crawlable_offers():
    crawlable_offers = [r for r in OFFERS.values() if r["crawlable"]]
    non_offers = [r for r in TRUTH_RECORDS.values() if not r["is_offer"]]
    honest = [r for r in crawlable_offers if not r["flags"]]
    assert len(crawlable_offers) >= 16 and len(non_offers) >= 10
    assert len(honest) >= 5
    counts = Counter(code for r in crawlable_offers for code in r["flags"])
    assert {code for code in FLAG_CODES if counts[code] < 2} == set(), counts
