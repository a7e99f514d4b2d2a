"""Integrity of the bundled demo web (data/demo_site/) and its truth file (data/demo_truth.jsonl).

These tests guard the labeled corpus itself: every page has one truth line, encodings are what
the pages claim, robots.txt hides /members/, every crawlable page can be reached by links from
/index.html, and the labels follow the rules in data/README.demo.md.
"""

from __future__ import annotations

import csv
import json
import re
import threading
import urllib.error
import urllib.request
from collections import Counter, deque
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import lxml.html
import pytest

from store.vocabulary import FLAG_SEVERITIES

DATA = Path(__file__).resolve().parents[1] / "data"
SITE = DATA / "demo_site"
TRUTH = DATA / "demo_truth.jsonl"
BASE = "http://demo.invalid"

FLAG_CODES = set(FLAG_SEVERITIES)
FIELDS = {
    "path",
    "crawlable",
    "is_offer",
    "title",
    "provider",
    "issuers",
    "levels",
    "fee_min",
    "fee_max",
    "flags",
    "note",
}
CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def load_truth() -> list[dict]:
    rows = []
    for lineno, line in enumerate(TRUTH.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise AssertionError(f"demo_truth.jsonl:{lineno}: {exc}") from exc
    return rows


TRUTH_ROWS = load_truth()
BY_PATH = {row["path"]: row for row in TRUTH_ROWS}


def html_files() -> set[str]:
    return {"/" + p.relative_to(SITE).as_posix() for p in SITE.rglob("*.html")}


def declared_charset(raw: bytes) -> str | None:
    m = CHARSET.search(raw[:1024])
    return m.group(1).decode("ascii").lower() if m else None


def decode_page(raw: bytes) -> str:
    """Decode like a browser would: UTF-8 if valid, else the declared charset, else GBK."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        charset = declared_charset(raw) or "gbk"
        return raw.decode("gbk" if charset in {"gb2312", "gbk"} else charset)


def page_text(path: str) -> str:
    return decode_page((SITE / path.lstrip("/")).read_bytes())


def robots() -> RobotFileParser:
    parser = RobotFileParser()
    parser.parse((SITE / "robots.txt").read_text(encoding="utf-8").splitlines())
    return parser


def local_target(page: str, href: str) -> str | None:
    """The file path a link points to, if it stays on the demo host (query and fragment dropped)."""
    url = urlsplit(urljoin(BASE + page, href.strip()))
    if f"{url.scheme}://{url.netloc}" != BASE:
        return None
    path = url.path or "/"
    return path + "index.html" if path.endswith("/") else path


def links(path: str) -> list[str]:
    doc = lxml.html.document_fromstring(page_text(path))
    return [href for href in doc.xpath("//a/@href")]


def offers(crawlable_only: bool = True) -> list[dict]:
    return [
        r
        for r in TRUTH_ROWS
        if r["is_offer"] and not r.get("duplicate_of") and (r["crawlable"] or not crawlable_only)
    ]


# ------------------------------------------------------------------ truth file vs files


def test_every_html_file_has_exactly_one_truth_line_and_vice_versa() -> None:
    paths = [row["path"] for row in TRUTH_ROWS]
    dupes = [p for p, n in Counter(paths).items() if n > 1]
    assert not dupes, f"paths with more than one truth line: {dupes}"
    files = html_files()
    assert files - set(paths) == set(), f"pages without a truth line: {sorted(files - set(paths))}"
    assert set(paths) - files == set(), f"truth paths with no file: {sorted(set(paths) - files)}"


def test_site_is_large_enough_and_mixes_offers_and_non_offers() -> None:
    assert len(TRUTH_ROWS) >= 60
    n_offers = sum(r["is_offer"] for r in TRUTH_ROWS)
    assert 35 <= n_offers <= 45, n_offers
    honest = [r for r in offers() if not r["flags"]]
    assert len(honest) >= 6, "honest offers (no flags) are needed to measure precision"


@pytest.mark.parametrize("row", TRUTH_ROWS, ids=lambda r: r["path"])
def test_truth_line_shape(row: dict) -> None:
    assert set(row) >= FIELDS, f"{row['path']}: missing {FIELDS - set(row)}"
    assert set(row) <= FIELDS | {"duplicate_of"}, f"{row['path']}: unknown fields"
    assert isinstance(row["title"], str) and row["title"]
    assert all(level in {1, 2, 3, 4, 5} for level in row["levels"])
    assert row["levels"] == sorted(set(row["levels"]))
    assert set(row["flags"]) <= FLAG_CODES, f"{row['path']}: {set(row['flags']) - FLAG_CODES}"
    if row["fee_min"] is None:
        assert row["fee_max"] is None
    else:
        assert 0 < row["fee_min"] <= row["fee_max"]


def test_titles_match_the_pages() -> None:
    for row in TRUTH_ROWS:
        doc = lxml.html.document_fromstring(page_text(row["path"]))
        assert " ".join(doc.findtext(".//title").split()) == row["title"], row["path"]


# ------------------------------------------------------------------ encodings


def test_gbk_pages_are_gbk_bytes_with_the_planned_declarations() -> None:
    gbk = sorted((SITE / "gbk").glob("*.html"))
    assert len(gbk) >= 4
    declared = Counter()
    for f in gbk:
        raw = f.read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert "人工智能训练师" in raw.decode("gbk") or "培训" in raw.decode("gbk"), f.name
        declared[declared_charset(raw)] += 1
    assert declared["gbk"] >= 2 and declared["gb2312"] >= 1 and declared[None] >= 1, declared
    assert any(BY_PATH["/gbk/" + f.name]["is_offer"] for f in gbk)


def test_big5_page_decodes_as_big5() -> None:
    big5 = [
        p for p in html_files() if declared_charset((SITE / p.lstrip("/")).read_bytes()) == "big5"
    ]
    assert big5, "no Big5 page"
    for p in big5:
        raw = (SITE / p.lstrip("/")).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert "人工智能訓練師" in raw.decode("big5")
        assert BY_PATH[p]["is_offer"] and BY_PATH[p]["fee_max"]


def test_other_pages_are_utf8() -> None:
    for p in html_files():
        raw = (SITE / p.lstrip("/")).read_bytes()
        if declared_charset(raw) in {"gbk", "gb2312", "big5"} or p.startswith("/gbk/"):
            continue
        raw.decode("utf-8")


# ------------------------------------------------------------------ robots and reachability


def test_robots_disallows_members_only_and_names_a_sitemap() -> None:
    parser = robots()
    assert not parser.can_fetch("certwatch", BASE + "/members/vip-1.html")
    assert parser.can_fetch("certwatch", BASE + "/board/ad-1001.html")
    assert parser.site_maps(), "robots.txt has no Sitemap: line"
    for row in TRUTH_ROWS:
        allowed = parser.can_fetch("certwatch", BASE + row["path"])
        assert row["crawlable"] == allowed, row["path"]


def test_every_crawlable_page_is_reachable_from_index_without_entering_members() -> None:
    parser = robots()
    files = html_files()
    seen, queue, missing = {"/index.html"}, deque(["/index.html"]), set()
    while queue:
        page = queue.popleft()
        for href in links(page):
            target = local_target(page, href)
            if target is None or target in seen:
                continue
            if not parser.can_fetch("certwatch", BASE + target):
                continue
            if target.endswith(".html") and target not in files:
                missing.add(target)
                continue
            seen.add(target)
            if target in files:
                queue.append(target)
    crawlable = {r["path"] for r in TRUTH_ROWS if r["crawlable"]}
    assert crawlable - seen == set(), f"unreachable: {sorted(crawlable - seen)}"
    assert not any(p.startswith("/members/") for p in seen)
    assert missing, "the demo web should keep at least one broken (404) link"


def test_tracking_variants_and_binary_links_exist() -> None:
    hrefs = [href for p in html_files() if BY_PATH[p]["crawlable"] for href in links(p)]
    assert any("utm_source=" in h for h in hrefs)
    assert any("spm=" in h for h in hrefs)
    targets = {local_target("/", h) for h in hrefs}
    binaries = {t for t in targets if t and t.endswith((".pdf", ".jpg"))}
    assert binaries and all((SITE / t.lstrip("/")).exists() for t in binaries)


def test_duplicates_point_to_their_canonical_page_with_the_same_labels() -> None:
    dups = [r for r in TRUTH_ROWS if r.get("duplicate_of")]
    assert dups
    for row in dups:
        canon = BY_PATH[row["duplicate_of"]]
        assert not canon.get("duplicate_of")
        doc = lxml.html.document_fromstring(page_text(row["path"]))
        assert doc.xpath("//link[@rel='canonical']/@href") == [row["duplicate_of"]]
        for key in ("is_offer", "issuers", "levels", "fee_min", "fee_max", "flags"):
            assert row[key] == canon[key], (row["path"], key)


# ------------------------------------------------------------------ labels


def test_every_flag_code_is_on_at_least_four_crawlable_offers() -> None:
    counts = Counter(code for row in offers() for code in row["flags"])
    thin = {code: counts[code] for code in FLAG_CODES if counts[code] < 4}
    assert not thin, f"flag codes on fewer than 4 offers: {thin}"


def test_non_offers_carry_no_offer_labels() -> None:
    for row in TRUTH_ROWS:
        if not row["is_offer"]:
            assert row["flags"] == [] and row["issuers"] == [] and row["levels"] == [], row["path"]
            assert row["fee_min"] is None and row["fee_max"] is None and row["provider"] is None


def test_issuers_are_written_on_their_pages_and_missing_issuer_matches() -> None:
    for row in TRUTH_ROWS:
        text = page_text(row["path"])
        for name in row["issuers"]:
            assert name in text, f"{row['path']}: issuer {name!r} not on the page"
        if row["is_offer"]:
            assert (row["issuers"] == []) == ("MISSING_ISSUER" in row["flags"]), row["path"]


def test_excessive_fee_labels_follow_the_fee_ceilings() -> None:
    with (DATA / "fee_ceilings.csv").open(encoding="utf-8-sig") as fh:
        ceilings = {r["level"]: float(r["ceiling_cny"]) for r in csv.DictReader(fh)}
    for row in offers(crawlable_only=False):
        top = str(min(row["levels"])) if row["levels"] else "none"
        over = row["fee_max"] is not None and row["fee_max"] > ceilings[top]
        assert over == ("EXCESSIVE_FEE" in row["flags"]), (row["path"], row["fee_max"], top)


# ------------------------------------------------------------------ served over HTTP


@pytest.fixture(scope="module")
def demo_server():
    handler = partial(SimpleHTTPRequestHandler, directory=str(SITE))
    handler.log_message = lambda *a, **k: None  # type: ignore[method-assign]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, b""


def test_served_site_answers_variants_404s_and_raw_encodings(demo_server: str) -> None:
    status, canon = fetch(demo_server + "/board/ad-1001.html")
    assert status == 200
    status, variant = fetch(demo_server + "/board/ad-1001.html?utm_source=board&from=list")
    assert (status, variant) == (200, canon)
    assert fetch(demo_server + "/board/ad-1013.html")[0] == 404
    status, raw = fetch(demo_server + "/gbk/ai2.html")
    assert status == 200 and raw == (SITE / "gbk/ai2.html").read_bytes()
    status, robots_txt = fetch(demo_server + "/robots.txt")
    assert status == 200 and b"Disallow: /members/" in robots_txt
