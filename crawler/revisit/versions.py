"""The extraction key: which code and data read a page (stored as ``pages.extract_key``).

A page whose body is unchanged is read again only when this key differs from the one its
last capture was read with. The key is a digest of the extraction code itself (the
``crawler.extract`` and ``facts`` packages, the extraction pipeline and selections) and of
the data files it reads (lexicons, the page-type model), plus the versions of the libraries
that read text (OpenCC, lxml, extruct, cn2an): any change to them re-reads every page once,
with no version number to forget to bump. A configured source's selections (its CSS/XPath
picks on the page) join the key too, so a changed selector re-reads its pages.

The link key is the same for link following (``crawler.outlinks``): the spiders, focused
crawling and its words, and the source's link settings; a change re-reads every page's links.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import metadata
from pathlib import Path

from crawler.sources import Source
from store.config import DATA_DIR

_CRAWLER = Path(__file__).resolve().parents[1]
_ROOT = _CRAWLER.parent
CODE = (_CRAWLER / "extract", _ROOT / "facts", _CRAWLER / "extraction.py",
        _CRAWLER / "selected.py", _CRAWLER / "pages.py")
DATA = (DATA_DIR / "lexicon", DATA_DIR / "models")
LIBRARIES = ("opencc", "opencc-python-reimplemented", "lxml", "extruct", "cn2an", "charset-normalizer")
# what decides the links a page gives and its focus relevance (crawler.outlinks)
LINK_CODE = (_CRAWLER / "spiders", _CRAWLER / "focus.py", _CRAWLER / "focus_run.py",
             _CRAWLER / "outlinks.py", _ROOT / "facts" / "urls.py")
LINK_DATA = (DATA_DIR / "lexicon" / "focus_words.csv",)
LINK_LIBRARIES = ("scrapy", "lxml", "parsel", "w3lib")


def _files(paths: tuple[Path, ...], suffixes: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found += [p for p in path.rglob("*") if p.is_file() and p.suffix in suffixes
                      and "__pycache__" not in p.parts]
    return sorted(found)


def _library_versions(names: tuple[str, ...] = LIBRARIES) -> list[str]:
    versions = []
    for name in names:
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


@cache
def link_version() -> str:
    """A short digest of everything that decides a page's links and focus relevance: the
    spiders, focused crawling's rules and words, URL handling, Scrapy and lxml."""
    digest = hashlib.sha256()
    for path in _files(LINK_CODE, (".py",)) + _files(LINK_DATA, (".csv",)):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update("\n".join(_library_versions(LINK_LIBRARIES)).encode())
    return digest.hexdigest()[:24]


def link_key(source: Source) -> str:
    """The key a page's outlinks are recorded with: the link code and the source's link
    settings (spider, domains, follow and skip patterns, listing-links selector)."""
    settings = json.dumps([source.spider, source.domains(), source.follow, source.skip,
                           source.selectors.get("listing_links")], ensure_ascii=False)
    return f"{link_version()}:{hashlib.sha256(settings.encode()).hexdigest()[:24]}"
