"""URL and host facts: the one place a URL or a host name is parsed.

- ``canonical_url``: the one URL that stands for a page (listing identity; w3lib).
- ``hostname`` / ``host_of`` / ``port_of``: the host (and port) of a URL.
- ``registrable_domain`` / ``same_site``: the registrable part of a host (tldextract with
  its *bundled* public-suffix list; it never fetches one).
- ``host_matches`` / ``normalize_host_pattern``: a host against ``host`` / ``*.suffix``
  patterns, label by label.
- ``to_punycode``: IDN host names in their ASCII (punycode) form.
- ``join`` / ``http_url``: absolute http(s) URLs from hrefs.

Pure functions; no network.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

import tldextract
from w3lib.url import canonicalize_url, safe_url_string

# Query parameters that say where a visitor came from, not which page it is. Ads are shared
# through WeChat, Baidu, Taobao (spm) and newsletters; each adds its own.
TRACKING_PARAMS = frozenset(
    {
        "from", "spm", "source", "share", "fbclid", "gclid", "msclkid", "yclid", "bd_vid",
        "track", "ref", "ref_src", "scene", "isappinstalled", "wxfrom", "share_token",
        "sharer", "shareid", "mc_cid", "mc_eid", "_hsenc", "_hsmi",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "share_")
DEFAULT_PORTS = {"http": 80, "https": 443}



def suffix_extractor() -> tldextract.TLDExtract:
    """tldextract over the public-suffix list shipped inside it: no URL to fetch a list
    from and no disk cache, so it never touches the network or the file system."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


_EXTRACT = suffix_extractor()


# --- hosts -------------------------------------------------------------------------------


def hostname(url: str) -> str:
    """The host of an absolute ``url``, lower case ("" when it has none)."""
    return (urlsplit(url).hostname or "").lower()


def port_of(url: str) -> int:
    """The port of ``url``: the explicit one, else the scheme's default (443 https, 80 else).

    Raises ValueError when the URL states a port that is not a number in range.
    """
    parts = urlsplit(url)
    return parts.port or (443 if parts.scheme == "https" else 80)


def to_punycode(host: str) -> str:
    """``host`` in ASCII: IDN labels as punycode (``例子.中国`` -> ``xn--fsqu00a.xn--fiqs8s``).

    A host the IDNA codec refuses is returned unchanged.
    """
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def wire_form(url: str) -> str:
    """``url`` as a request carries it: IDN host in punycode, other characters escaped."""
    return str(safe_url_string(url))


def host_of(url: str) -> str | None:
    """The host of ``url`` (scheme optional), lower case, punycode, no port or trailing dot."""
    url = url.strip()
    if not url:
        return None
    if "//" not in url.split("?", 1)[0].split("#", 1)[0]:
        url = "//" + url
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return to_punycode(host.rstrip(".").lower())


def is_ip(host: str) -> bool:
    """True for an IPv4 or IPv6 address (brackets allowed)."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


@lru_cache(maxsize=4096)
def registrable_domain(host: str) -> str:
    """The registrable part of a host name (``m.example.com.cn`` -> ``example.com.cn``).

    Public suffixes come from tldextract's bundled list (``a.sh.cn`` is its own site).
    IP addresses and hosts of two labels or fewer are returned whole (lower case); a host
    under a suffix the list does not know keeps its last two labels.
    """
    lowered = host.lower().rstrip(".")
    labels = lowered.split(".")
    if re.fullmatch(r"[\d.]+", host) or len(labels) <= 2:
        return host.lower()
    found = _EXTRACT(lowered)
    if found.suffix and found.domain:
        return f"{found.domain}.{found.suffix}"
    return ".".join(labels[-2:])


def same_site(url_a: str, url_b: str) -> bool:
    """True when both URLs have a host and the same registrable domain."""
    host_a, host_b = hostname(url_a), hostname(url_b)
    return bool(host_a) and registrable_domain(host_a) == registrable_domain(host_b)


def _is_label(label: str) -> bool:
    return bool(label) and len(label) <= 63 and all(c.isalnum() or c == "-" for c in label)


def normalize_host_pattern(raw: str) -> str:
    """A ``host`` or ``*.suffix`` pattern in canonical form; ValueError when it is neither."""
    pattern = raw.strip().lower().rstrip(".")
    body = pattern[2:] if pattern.startswith("*.") else pattern
    labels = body.split(".")
    if len(labels) < 2 or not all(_is_label(lab) for lab in labels):
        raise ValueError(f"{raw!r} is not a host name or *.host pattern")
    return pattern


def host_matches(host: str, pattern: str) -> bool:
    """True when ``host`` (lower case, no port, no trailing dot) is covered by ``pattern``.

    An exact pattern admits itself and ``www.`` before it; ``*.suffix`` admits the suffix
    and any host ending in ``.suffix`` (label by label: ``osta.org.cn.xyz.com`` is not under
    ``*.osta.org.cn``).
    """
    if pattern.startswith("*."):
        base = pattern[2:]
        return host == base or host.endswith("." + base)
    return host in (pattern, "www." + pattern)


def in_domains(url: str, domains: list[str]) -> bool:
    """Whether ``url``'s host is one of ``domains`` or under one (ports ignored)."""
    host = hostname(url)
    return any(host == d or host.endswith("." + d) for d in domains)


# --- URLs --------------------------------------------------------------------------------


def is_http_url(value: str) -> bool:
    """An absolute http(s) URL with a host."""
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def path_of(url: str) -> str:
    """The path of ``url`` ("" when it has none)."""
    return urlsplit(url).path


def request_target(url: str) -> str:
    """What an HTTP/1.1 request line names: path and query ("/" when the path is empty)."""
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def authority(url: str) -> str:
    """The host and port as written in ``url`` (what the ``Host`` header carries)."""
    return urlsplit(url).netloc


def decoded_path(url: str) -> str:
    """The path of ``url`` with its percent-escapes decoded (``/%E8%AF%BE`` -> ``/课``)."""
    return unquote(urlsplit(url).path)


def scheme_of(url: str) -> str:
    """The scheme of ``url``, lower case ("" when it has none)."""
    return urlsplit(url).scheme.lower()


def pop_query_param(url: str, name: str) -> tuple[str, str | None]:
    """``url`` without the query parameter ``name``, and that parameter's value (None when
    absent); the other parameters keep their order."""
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    value = next((v for k, v in pairs if k == name), None)
    rest = urlencode([(k, v) for k, v in pairs if k != name])
    return urlunsplit(parts._replace(query=rest)), value


def join(base: str, href: str) -> str:
    """``href`` resolved against ``base``."""
    return urljoin(base, href)


def http_url(url: str) -> str | None:
    """``url`` as an absolute http(s) URL (scheme and host lower case, path at least "/",
    fragment dropped); None when it is not http(s) or has no host."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    netloc = parts.netloc.lower()
    return f"{parts.scheme.lower()}://{netloc}{parts.path or '/'}" + (
        f"?{parts.query}" if parts.query else ""
    )


def is_tracking_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str, rel_canonical: str | None = None) -> str:
    """The one URL that stands for the page at ``url``.

    Lower-cases scheme and host, drops default ports, fragments and tracking parameters
    (utm_*, from, spm, ...), sorts the remaining parameters and normalizes percent-escapes.
    A ``rel=canonical`` URL on the same site wins over ``url``; one on another site is
    ignored (a page cannot claim to be someone else's listing).
    """
    if (
        rel_canonical
        and rel_canonical.startswith(("http://", "https://"))
        and same_site(url, rel_canonical)
    ):
        url = rel_canonical
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_param(k)
    ]  # fmt: skip
    rebuilt = urlunsplit((scheme, netloc, parts.path or "/", urlencode(sorted(query)), ""))
    return str(canonicalize_url(rebuilt, keep_fragments=False))


def query_params(url: str) -> dict[str, str]:
    """The query parameters of ``url`` (the first value of each name)."""
    out: dict[str, str] = {}
    for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        out.setdefault(key, value)
    return out


def without_params(url: str, names: set[str] | frozenset[str]) -> str:
    """``url`` without the query parameters ``names`` (order of the others kept)."""
    parts = urlsplit(url)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in names]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept), parts.fragment))
