"""Word lists under data/lexicon/: every row sourced; a malformed file fails naming file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.extract.lexicon import LEXICON_DIR, LexiconError, read_rows


@pytest.mark.parametrize("path", sorted(LEXICON_DIR.glob("*.csv")), ids=lambda p: p.name)
def test_bundled_lexicon_files_read(path: Path) -> None:
    header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[-1] == "source"
    optional = ("leads", "pattern") if path.name.startswith("claims") else ()
    assert read_rows(path, header, optional)


def test_claims_file_rows_are_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim pattern with a capturing group or a bad regex fails naming the file and row."""
    from crawler.extract import claim_lexicon

    for pattern, what in (("包(过)", "groups only"), ("包(?:过", "bad regular expression")):
        (tmp_path / "claims.csv").write_text(
            f"category,leads,pattern,source\nguaranteed_pass,,{pattern},docs/domain.md §3.3\n",
            encoding="utf-8")
        monkeypatch.setattr(claim_lexicon, "LEXICON_DIR", tmp_path)
        with pytest.raises(LexiconError) as caught:
            claim_lexicon.load_lexicon()
        assert f"{tmp_path / 'claims.csv'}: row 1: " in str(caught.value)
        assert what in str(caught.value)


def test_the_claim_lexicon_reads_every_category() -> None:
    from crawler.extract.claim_lexicon import CATEGORIES, LEXICON

    assert list(LEXICON) == list(CATEGORIES) and all(LEXICON.values())
    assert any("人社部" in p for p in LEXICON["government"])  # the <GOVERNMENT_LEADS> row


@pytest.mark.parametrize(
    ("body", "line", "what"),
    [
        ("word,kind,source\n学费,tuition\n", 2, "2 cells"),
        ("word,kind,source\n学费,tuition,docs/domain.md §3.4\n,exam,docs/domain.md §3.4\n", 3,
         "empty word"),
        ("word,kind,source\n学费,tuition,a blog\n", 2, "source must be"),
        ("word,kind\n学费,tuition\n", 1, "header must be"),
    ],
)
def test_malformed_file_fails_with_file_and_line(tmp_path: Path, body: str, line: int,
                                                 what: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        read_rows(path, ("word", "kind", "source"))
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: ") and what in message
    assert "\n" not in message
