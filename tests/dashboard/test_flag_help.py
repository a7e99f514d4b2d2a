"""Every flag code has help in Chinese and English, citing real docs/domain.md sections."""

from __future__ import annotations

import re
from pathlib import Path

from dashboard import flag_help
from store.vocabulary import FLAG_CODES

DOMAIN = Path(__file__).resolve().parents[2] / "docs" / "domain.md"


def _sections() -> set[str]:
    heads = re.findall(r"^#{2,3} (\d+(?:\.\d+)?)[. ]", DOMAIN.read_text(encoding="utf-8"), re.M)
    return {f"§{h.rstrip('.')}" for h in heads}


def test_every_code_has_help_in_both_languages_with_valid_sections() -> None:
    helps = flag_help.load()
    assert set(helps) == set(FLAG_CODES), "one row per code of the vocabulary, no other"
    sections = _sections()
    assert "§3.2" in sections and "§5.1" in sections
    for code, item in helps.items():
        assert item.sections, code
        assert set(item.sections) <= sections, (code, set(item.sections) - sections)
        for lang in ("zh", "en"):
            for text in (item.meaning[lang], item.domain[lang], item.check[lang]):
                assert text.strip(), (code, lang)
            cited = set(re.findall(r"§\d+(?:\.\d+)?", item.domain[lang]))
            assert "docs/domain.md" in item.domain[lang] and cited, (code, lang)
            assert cited <= sections, (code, lang, cited - sections)
        assert re.search(r"[\u4e00-\u9fff]", item.meaning["zh"]), code
        assert flag_help.help_text(code, "en").startswith("Meaning: ")
        assert flag_help.help_text(code, "zh").startswith("含义：")


def test_help_is_shown_beside_each_flag_and_in_the_queue_filter(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = seeded
    at = app(url, "views/listing.py", listing=str(summary.plain_listing_id))
    labels = [e.label for e in at.expander]
    assert any(label.startswith("说明：") for label in labels), labels
    assert any("含义：" in t.value and "docs/domain.md" in t.value for t in at.text)
    at = app(url, "views/queue.py", code="NO_EXAM")
    assert at.multiselect(key="q_codes").help
    helps = [c.proto.help for c in at.caption if c.proto.help]
    assert any("docs/domain.md §1.4" in h for h in helps), helps
