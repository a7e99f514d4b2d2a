"""What the store must take whole: texts and facts of several MB, every kind of character;
and what it must refuse clearly: a database it cannot use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from store.db import StoreError, make_engine, session_scope
from store.models import CrawlRun, Listing, Observation, Page

# CJK (BMP, extension B and G), compatibility ideographs, emoji with ZWJ, skin tone and flags,
# combining marks, RTL, full-width forms, line/paragraph separators, a BOM, tabs.
RARE = ("人工智能训练师 𠀀𠮷𪚥𰻞 豈 👩‍👩‍👧‍👦 👍🏽 🇨🇳 e\u0301 \u05e9\u05dc\u05d5\u05dd ＡＩ训练 "
        "\u2028\u2029\ufeff\t「证书」《职业技能等级证书》①②③ ¥2,980")


def test_rare_characters_round_trip_exactly(engine: Engine) -> None:
    with session_scope(engine) as session:
        run = CrawlRun(kind="crawl", args={"note": RARE}, error=RARE)
        session.add(run)
        session.flush()
        page = Page(run_id=run.id, url=f"https://例子.中国/{RARE}", final_url="https://x/",
                    error=RARE, source=RARE[:100])
        session.add(page)
        session.flush()
        listing = Listing(listing_key="rare", canonical_url=RARE, url=RARE, title=RARE,
                          provider=RARE[:300], summary_zh=RARE, flag_codes=[RARE])
        session.add(listing)
        session.flush()
        session.add(Observation(listing_id=listing.id, page_id=page.id, facts_hash="h",
                                facts={RARE: RARE, "list": [RARE, {"k": RARE}]}))
    with session_scope(engine) as session:
        listing = session.scalars(select(Listing)).one()
        assert (listing.title, listing.summary_zh, listing.canonical_url) == (RARE, RARE, RARE)
        assert listing.flag_codes == [RARE]
        assert listing.provider == RARE[:300]
        assert listing.observations[0].facts == {RARE: RARE, "list": [RARE, {"k": RARE}]}
        page = session.scalars(select(Page)).one()
        assert (page.error, page.source, page.url) == (RARE, RARE[:100], f"https://例子.中国/{RARE}")
        assert session.scalars(select(CrawlRun)).one().args == {"note": RARE}


def test_texts_and_facts_of_several_megabytes_round_trip(engine: Engine) -> None:
    text = (RARE + "学费：2980元，含考试费。\n") * 40_000  # ~2.5 M characters, ~6 MB of UTF-8
    assert len(text.encode("utf-8")) > 5_000_000
    facts = {"title": "人工智能训练师", "text": text,
             "evidence": [f"第{i}条：{RARE}" for i in range(20_000)]}
    with session_scope(engine) as session:
        listing = Listing(listing_key="big", canonical_url="u", url="u", title="大", summary_en=text)
        session.add(listing)
        session.flush()
        session.add(Observation(listing_id=listing.id, facts_hash="h", facts=facts))
    with session_scope(engine) as session:
        listing = session.scalars(select(Listing)).one()
        assert listing.summary_en == text
        assert listing.observations[0].facts == facts


def _not_a_directory(tmp_path: Path) -> str:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    return f"sqlite:///{blocker / 'certwatch.db'}"


BAD_URLS = {
    "parent is a file": _not_a_directory,
    "no such driver": lambda _tmp: "nosuchdb://user@host/db",
    "not a URL": lambda _tmp: "certwatch.db",
    "nothing listening": lambda _tmp: "postgresql://postgres@127.0.0.1:1/certwatch",
    "not a database file": lambda tmp: _garbage_file(tmp),
}


def _garbage_file(tmp_path: Path) -> str:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not a SQLite database at all" * 100)
    return f"sqlite:///{path}"


@pytest.mark.parametrize("case", sorted(BAD_URLS))
def test_unusable_database_url_is_a_clear_store_error(case: str, tmp_path: Path) -> None:
    url = BAD_URLS[case](tmp_path)
    with pytest.raises(StoreError, match="cannot open the database"):
        make_engine(url)


def test_cli_reports_an_unusable_database_in_one_line(tmp_path: Path) -> None:
    """The user sees which database and why, with exit code 2 (an unusable database is bad
    input), not a traceback."""
    url = _not_a_directory(tmp_path)
    done = subprocess.run([sys.executable, "-m", "certwatch", "--db", url, "db", "upgrade"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    assert done.stderr.startswith("certwatch: cannot open the database "), done.stderr
    assert "a-file" in done.stderr
