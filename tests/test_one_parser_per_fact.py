"""One parser per fact, held by the build: the libraries that read money, levels, script,
URLs and hosts, charsets, structured data and WARC records are imported only by the one
ground-floor module that owns that fact (docs/design.md "One parser per fact"). Everyone
else calls that module, so a fee shown in the dashboard is the fee that raised a flag.

Imports are found with ``ast`` in every module of ours, including imports inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("facts", "store", "crawler", "registry", "dashboard", "certwatch")

# library module (prefix) -> the modules of ours allowed to import it, and why
OWNERS: dict[str, tuple[set[str], str]] = {
    "urllib.parse": ({"facts.urls"}, "URLs and hosts"),
    "w3lib.url": ({"facts.urls"}, "URLs and hosts"),
    "tldextract": ({"facts.urls"}, "registrable domains"),
    "courlan": ({"facts.urls"}, "URLs and hosts"),
    "w3lib.encoding": ({"facts.charset"}, "charsets"),
    "charset_normalizer": ({"facts.charset"}, "charsets"),
    "chardet": ({"facts.charset"}, "charsets"),
    "codecs": ({"facts.charset"}, "charsets"),
    "cn2an": ({"facts.money", "facts.levels"}, "Chinese numerals in money and levels"),
    "opencc": ({"facts.script"}, "Traditional to Simplified script"),
    "extruct": ({"facts.structured"}, "structured data"),
    "warcio.archiveiterator": ({"facts.warc"}, "reading WARC records"),
    "warcio.recordloader": ({"facts.warc"}, "reading WARC records"),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at any depth of its code."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def owner_of(imported: str) -> str | None:
    for library in OWNERS:
        if imported == library or imported.startswith(library + "."):
            return library
    return None


def our_modules() -> list[Path]:
    return [p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))
            if "migrations" not in p.parts]


def test_each_fact_library_is_imported_only_by_its_parser() -> None:
    strays = []
    for path in our_modules():
        name = module_name(path)
        for imported in sorted(imported_modules(path)):
            library = owner_of(imported)
            if library is None:
                continue
            allowed, fact = OWNERS[library]
            if name not in allowed:
                strays.append(f"{name} imports {imported}: {fact} are read only by "
                              f"{', '.join(sorted(allowed))}")
    assert not strays, "\n".join(sorted(set(strays)))


def test_every_named_parser_exists() -> None:
    owners = {owner for allowed, _ in OWNERS.values() for owner in allowed}
    missing = [o for o in owners if not (ROOT / (o.replace(".", "/") + ".py")).is_file()]
    assert not missing, f"parsers named in OWNERS but absent: {missing}"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import cn2an\n", {"cn2an"}),
        ("def f():\n    from urllib.parse import urlsplit\n", {"urllib.parse"}),
        ("from urllib import parse\n", {"urllib", "urllib.parse"}),
    ],
)
def test_the_check_sees_imports_anywhere(tmp_path: Path, source: str, expected: set[str]) -> None:
    module = tmp_path / "m.py"
    module.write_text(source)
    assert expected <= imported_modules(module)
    assert any(owner_of(m) for m in imported_modules(module))


def test_screening_reads_stored_claims_and_never_extracts() -> None:
    """Claims are read once, at extraction, with their stance (``OfferFacts.claims``): nothing
    under certwatch/ imports crawler.extract, so screening cannot re-read a page."""
    strays = [
        f"{module_name(path)} imports {imported}"
        for path in sorted((ROOT / "certwatch").rglob("*.py"))
        for imported in sorted(imported_modules(path))
        if imported == "crawler.extract" or imported.startswith("crawler.extract.")
    ]
    assert not strays, "\n".join(strays)
