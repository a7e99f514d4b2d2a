"""Word lists under data/lexicon/: every row sourced; a malformed file fails naming file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.extract.lexicon import LEXICON_DIR, LexiconError, read_rows


@pytest.mark.parametrize("path", sorted(LEXICON_DIR.glob("*.csv")), ids=lambda p: p.name)
def test_bundled_lexicon_files_read(path: Path) -> None:
    header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[-1] == "source"
    assert read_rows(path, header)


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
