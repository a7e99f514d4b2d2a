"""The extraction key: which code and data read a page (stored as ``pages.extract_key``).

A page whose body is unchanged is read again only when this key differs from the one its
last capture was read with. The key is a digest of the extraction code itself (the
``crawler.extract`` and ``facts`` packages, the extraction pipeline and selections) and of
the data files it reads (lexicons, the page-type model), plus the versions of the libraries
that read text (OpenCC, lxml, extruct, cn2an): any change to them re-reads every page once,
with no version number to forget to bump. A configured source's selections (its CSS/XPath
picks on the page) join the key too, so a changed selector re-reads its pages.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import metadata
from pathlib import Path

from store.config import DATA_DIR

_CRAWLER = Path(__file__).resolve().parents[1]
_ROOT = _CRAWLER.parent
CODE = (_CRAWLER / "extract", _ROOT / "facts", _CRAWLER / "extraction.py",
        _CRAWLER / "selected.py", _CRAWLER / "pages.py")
DATA = (DATA_DIR / "lexicon", DATA_DIR / "models")
LIBRARIES = ("opencc", "opencc-python-reimplemented", "lxml", "extruct", "cn2an", "charset-normalizer")


def _files(paths: tuple[Path, ...], suffixes: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found += [p for p in path.rglob("*") if p.is_file() and p.suffix in suffixes
                      and "__pycache__" not in p.parts]
    return sorted(found)


def _library_versions() -> list[str]:
    versions = []
    for name in LIBRARIES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    return versions


@cache
def extraction_version() -> str:
    """A short digest of everything that decides what extraction reads on a page."""
    digest = hashlib.sha256()
    for path in _files(CODE, (".py",)) + _files(DATA, (".csv", ".json", ".txt", ".toml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update("\n".join(_library_versions()).encode())
    return digest.hexdigest()[:24]


def extract_key(selected: dict[str, list[str]]) -> str:
    """The key a page is read with: the extraction version, and its selections if any."""
    if not selected:
        return extraction_version()
    picks = json.dumps(selected, ensure_ascii=False, sort_keys=True)
    return f"{extraction_version()}:{hashlib.sha256(picks.encode()).hexdigest()[:24]}"
