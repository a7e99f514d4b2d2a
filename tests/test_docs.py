"""The repository stands alone: every section of docs/domain.md that is cited exists, and
nothing outside tests/ cites documents that live outside the repository."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SKIP_DIRS = {".git", ".venv", "venv", "node_modules", "__pycache__", ".pytest_cache",
             ".ruff_cache", ".mypy_cache", "tests"}
TEXT_SUFFIXES = {".py", ".md", ".csv", ".toml", ".txt", ".cfg", ".ini", ".yaml", ".yml",
                 ".json", ".jsonl", ".html", ".sh", ""}

HEADING = re.compile(r"^#{2,3}\s+(\d+(?:\.\d+)?)[.\s]", re.MULTILINE)
SECTION = re.compile(r"§\s*(\d+(?:\.\d+)?)")
OUTSIDE = re.compile(r"\.\./shared|(?<![\w/])(?:DOMAIN|CONTRACT|DESIGN)\.md")


def domain_sections() -> set[str]:
    return set(HEADING.findall((DOCS / "domain.md").read_text(encoding="utf-8")))


def tracked_files() -> list[Path]:
    """The repository's own files (git-ignored output such as bench/out/ is not ours)."""
    try:
        listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                                check=True).stdout.decode().split("\0")
    except (OSError, subprocess.CalledProcessError):
        return list(ROOT.rglob("*"))  # not a git checkout: every file counts
    return [ROOT / name for name in listed if name]


def text_files(*, include_tests: bool) -> list[Path]:
    files = []
    for path in tracked_files():
        rel = path.relative_to(ROOT)
        skip = SKIP_DIRS if not include_tests else SKIP_DIRS - {"tests"}
        if any(part in skip or part.endswith(".egg-info") for part in rel.parts[:-1]):
            continue
        if path.is_file() and path.suffix in TEXT_SUFFIXES and path.stat().st_size < 2_000_000:
            files.append(path)
    return files


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def test_docs_exist() -> None:
    for name in ("domain.md", "contract.md", "design.md"):
        assert (DOCS / name).is_file(), f"docs/{name} is missing"


def test_domain_keeps_the_research_section_numbers() -> None:
    expected = {"1", "1.1", "1.2", "1.3", "1.4", "2", "2.1", "2.2", "2.3", "2.4",
                "3", "3.1", "3.2", "3.3", "3.4", "3.5", "4", "5", "5.1", "5.2", "6", "7"}
    assert expected <= domain_sections()


def test_every_cited_domain_section_exists() -> None:
    """In a file that cites docs/domain.md, every § number refers to a section of it."""
    sections = domain_sections()
    missing = []
    for path in text_files(include_tests=True):
        if path.parent == DOCS:
            continue
        text = read(path)
        if "docs/domain.md" not in text:
            continue
        for number, line in ((m.group(1), text.count("\n", 0, m.start()) + 1)
                             for m in SECTION.finditer(text)):
            if number not in sections:
                missing.append(f"{path.relative_to(ROOT)}:{line}: §{number}")
    assert not missing, "cited sections not in docs/domain.md:\n" + "\n".join(missing)


def test_domain_citations_are_found() -> None:
    """The check above has something to check: the rules cite docs/domain.md."""
    citing = [p for p in text_files(include_tests=False) if "docs/domain.md §" in read(p)]
    assert any(p.is_relative_to(ROOT / "certwatch" / "screening" / "rules") for p in citing)


def test_no_citation_outside_the_repository() -> None:
    """Outside tests/, nothing points at ../shared or at a bare DOMAIN.md/CONTRACT.md."""
    bad = []
    for path in text_files(include_tests=False):
        for number, line in enumerate(read(path).splitlines(), 1):
            if OUTSIDE.search(line):
                bad.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not bad, "cite docs/domain.md, docs/contract.md or docs/design.md instead:\n" + \
        "\n".join(bad)
