"""The sources file: which sites to crawl and how (TOML; format in crawler/SOURCES.md)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facts import urls

SPIDER_KINDS = ("generic", "sitemap", "configured")
SELECTOR_FIELDS = ("listing_links", "title", "fee", "issuer")
SOURCE_FIELDS = {
    "name", "start_urls", "allowed_domains", "follow", "skip", "max_pages", "max_seconds",
    "selectors",
    "spider", "contact", "note", "monitors",
}  # fmt: skip
CRAWL_FIELDS = {"user_agent", "max_pages", "allow_private_hosts"}


class SourcesFileError(ValueError):
    """A sources file that cannot be used; the message names the file, source and field."""


@dataclass(frozen=True)
class Source:
    """One site (or a group of start pages) to crawl."""

    name: str
    start_urls: tuple[str, ...]
    allowed_domains: tuple[str, ...] = ()
    follow: tuple[str, ...] = ()  # regexes; when given, only matching links are followed
    skip: tuple[str, ...] = ()  # regexes; matching links are never followed
    max_pages: int | None = None
    max_seconds: int | None = None  # wall-clock budget (else CERTWATCH_SOURCE_MAX_SECONDS)
    selectors: dict[str, str] = field(default_factory=dict)  # CSS, or XPath when it starts "/"
    spider: str = "generic"
    contact: str = ""  # who runs the site / how to reach them, for reviewers

    def domains(self) -> tuple[str, ...]:
        """Start URLs' hosts plus the allowed domains, without duplicates, in the ASCII
        (punycode) form requests carry: ``例子.中国`` is ``xn--fsqu00a.xn--fiqs8s`` on the wire."""
        hosts = [urls.hostname(u) for u in self.start_urls]
        return tuple(dict.fromkeys(
            urls.to_punycode(h) for h in (*hosts, *self.allowed_domains) if h))


@dataclass(frozen=True)
class SourcesConfig:
    sources: tuple[Source, ...]
    user_agent: str | None = None
    max_pages: int | None = None
    allow_private_hosts: bool = False


def is_http_url(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    return urls.is_http_url(value)


def load_sources(path: str | Path) -> SourcesConfig:
    """Read and check a sources file; raises ``SourcesFileError`` naming what is wrong."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise SourcesFileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SourcesFileError(f"{path}: is a directory, expected a sources file (TOML)") from None
    except OSError as exc:
        raise SourcesFileError(f"{path}: cannot be read: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourcesFileError(f"{path}: not valid TOML: {exc}") from None
    return parse_sources(data, str(path))


def parse_sources(data: dict[str, Any], file_name: str = "sources.toml") -> SourcesConfig:
    """Check the parsed TOML of a sources file (see ``load_sources``)."""
    unknown = set(data) - {"source", "crawl", "nightly"}  # [nightly]: certwatch.nightly.config
    if unknown:
        raise SourcesFileError(
            f"{file_name}: unknown table {sorted(unknown)[0]!r} "
            "(expected [[source]], [crawl] or [nightly])"
        )
    crawl = data.get("crawl", {})
    if not isinstance(crawl, dict):
        raise SourcesFileError(f"{file_name}: [crawl] must be a table")
    _check_known(crawl, CRAWL_FIELDS, f"{file_name}: [crawl]")
    user_agent = crawl.get("user_agent")
    if user_agent is not None and (not isinstance(user_agent, str) or not user_agent.strip()):
        raise SourcesFileError(
            f'{file_name}: [crawl] field "user_agent" must be a non-empty string'
        )
    max_pages = _positive_int(crawl.get("max_pages"), f'{file_name}: [crawl] field "max_pages"')
    allow_private = crawl.get("allow_private_hosts", False)
    if not isinstance(allow_private, bool):
        raise SourcesFileError(
            f'{file_name}: [crawl] field "allow_private_hosts" must be true or false'
        )

    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list) or not raw_sources:
        raise SourcesFileError(f"{file_name}: no [[source]] entries")
    sources = [_parse_source(raw, i, file_name) for i, raw in enumerate(raw_sources, 1)]
    names = [s.name for s in sources]
    for i, name in enumerate(names, 1):
        if names.index(name) != i - 1:
            raise SourcesFileError(f'{file_name}: source "{name}" (#{i}): name used twice')
    return SourcesConfig(tuple(sources), user_agent, max_pages, allow_private)


def _parse_source(raw: Any, index: int, file_name: str) -> Source:
    name = raw.get("name") if isinstance(raw, dict) else None
    where = f'{file_name}: source "{name}" (#{index})' if name else f"{file_name}: source #{index}"
    if not isinstance(raw, dict):
        raise SourcesFileError(f"{where}: must be a table")
    _check_known(raw, SOURCE_FIELDS, where)
    if not isinstance(name, str) or not name.strip():
        raise SourcesFileError(f'{where}: field "name" must be a non-empty string')

    def fail(field_name: str, what: str) -> SourcesFileError:
        return SourcesFileError(f'{where}: field "{field_name}" {what}')

    start_urls = raw.get("start_urls")
    if not isinstance(start_urls, list) or not start_urls or not all(map(is_http_url, start_urls)):
        raise fail("start_urls", "must be a list of http(s) URLs")
    domains = raw.get("allowed_domains", [])
    if not isinstance(domains, list) or not all(isinstance(d, str) and d for d in domains):
        raise fail("allowed_domains", "must be a list of host names")
    patterns = {}
    for key in ("follow", "skip"):
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
            raise fail(key, "must be a list of regular expressions")
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise fail(key, f"has an invalid regular expression {pattern!r}: {exc}") from None
        patterns[key] = tuple(value)
    selectors = raw.get("selectors", {})
    if not isinstance(selectors, dict):
        raise fail("selectors", "must be a table")
    for key, value in selectors.items():
        if key not in SELECTOR_FIELDS:
            raise fail(
                f"selectors.{key}", f"is unknown (expected one of {', '.join(SELECTOR_FIELDS)})"
            )
        if not isinstance(value, str) or not value.strip():
            raise fail(f"selectors.{key}", "must be a CSS or XPath selector string")
    spider = raw.get("spider", "configured" if selectors else "generic")
    if spider not in SPIDER_KINDS:
        raise fail("spider", f"must be one of {', '.join(SPIDER_KINDS)} (got {spider!r})")
    contact = raw.get("contact", raw.get("note", ""))
    if not isinstance(contact, str):
        raise fail("contact", "must be a string")
    return Source(
        name=name.strip(),
        start_urls=tuple(start_urls),
        allowed_domains=tuple(d.lower() for d in domains),
        follow=patterns["follow"],
        skip=patterns["skip"],
        max_pages=_positive_int(raw.get("max_pages"), f'{where}: field "max_pages"'),
        max_seconds=_positive_int(raw.get("max_seconds"), f'{where}: field "max_seconds"'),
        selectors=dict(selectors),
        spider=spider,
        contact=contact,
    )


def _check_known(table: dict[str, Any], known: set[str], where: str) -> None:
    for key in table:
        if key not in known:
            raise SourcesFileError(
                f'{where}: unknown field "{key}" (expected one of {", ".join(sorted(known))})'
            )


def _positive_int(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise SourcesFileError(f"{where} must be a positive whole number")
    return value
