"""Structured data in a page: the one reader of JSON-LD, microdata, Open Graph and app state.

- ``load_json_ld(raw)`` / ``json_ld_objects(html)``: ``<script type="application/ld+json">``
  blocks, read leniently (CDATA wrappers, control characters, a trailing comma).
- ``microdata_items(tree, url)`` / ``opengraph(html)``: via extruct, best effort.
  ``read_json_ld`` / ``read_microdata`` also say why a block or the items were not read.
- ``app_state_objects(html)``: embedded application state that extruct does not read:
  ``<script id="__NEXT_DATA__" type="application/json">``, ``window.__NUXT__ = {...}``,
  ``window.__INITIAL_STATE__ = {...}`` and any ``window.__X__ = {JSON}``. A value that is
  not JSON (``window.__NUXT__=(function(a){...})(1)``) is skipped, never evaluated.
- ``walk(obj)`` / ``walk_entries(obj)``: every dict (or every key/value pair) of a parsed
  value in document order, iteratively: a block nested 100,000 deep does not recurse.

Pure functions; no network.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from lxml import etree, html as lxml_html

LD_JSON = "application/ld+json"


# --- walking -----------------------------------------------------------------------------


def _view(node: dict[str, Any], microdata: bool) -> dict[str, Any]:
    """``node``, or with ``microdata`` an extruct item's ``properties`` merged into it."""
    if microdata:
        props = node.get("properties")
        if isinstance(props, dict) and props:
            merged = {k: v for k, v in node.items() if k != "properties"}
            merged.update(props)
            return merged
    return node


def walk(obj: Any, *, microdata: bool = False) -> Iterator[dict[str, Any]]:
    """Every dict inside ``obj`` (lists and dicts), pre-order, in document order.

    With ``microdata``, an extruct microdata item (``{"type": ..., "properties": {...}}``)
    comes out as one dict with its properties merged in, and its properties are not
    visited again as a dict of their own. Iterative: depth costs no stack.
    """
    stack: list[Iterator[Any]] = [iter((obj,))]
    while stack:
        node = next(stack[-1], _END)
        if node is _END:
            stack.pop()
        elif isinstance(node, dict):
            view = _view(node, microdata)
            yield view
            stack.append(iter(view.values()))
        elif isinstance(node, list):
            stack.append(iter(node))


def walk_entries(
    obj: Any,
    *,
    microdata: bool = False,
    descend: Callable[[str, Any], bool] | None = None,
) -> Iterator[tuple[str, Any]]:
    """Every ``(key, value)`` of every dict inside ``obj``, in document order.

    A value's own entries come right after it, before its next sibling. ``descend(key,
    value)`` returning False keeps the walk out of that value. ``microdata`` as in ``walk``.
    Iterative: depth costs no stack.
    """
    stack: list[Iterator[tuple[str | None, Any]]] = [iter(((None, obj),))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        key, value = entry
        if key is not None:
            yield key, value
            if descend is not None and not descend(key, value):
                continue
        if isinstance(value, dict):
            stack.append(iter(_view(value, microdata).items()))
        elif isinstance(value, list):
            stack.append((None, item) for item in value)


_END = object()


# --- JSON-LD -----------------------------------------------------------------------------

_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def _loads(raw: str) -> Any:
    """``json.loads`` that gives up (ValueError) instead of recursing without end."""
    try:
        return json.loads(raw, strict=False)
    except RecursionError as exc:
        raise ValueError("nested too deep") from exc


def read_json_ld(raw: str) -> tuple[list[Any], str | None]:
    """The items of one JSON-LD block (a top-level list is spread), and why none were read
    when a non-empty block was unreadable ("nested too deep", "not valid JSON").

    Tolerates a CDATA wrapper, raw control characters in strings and trailing commas
    (the usual hand-written mistakes).
    """
    raw = _CDATA.sub("", raw.strip())
    if not raw:
        return [], None
    try:
        data = _loads(raw)
    except ValueError:
        try:
            data = _loads(_TRAILING_COMMA.sub(r"\1", raw))
        except ValueError as exc:
            return [], "nested too deep" if "nested too deep" in str(exc) else "not valid JSON"
    return (data if isinstance(data, list) else [data]), None


def load_json_ld(raw: str) -> list[Any]:
    """The items of one JSON-LD block; [] when unreadable (see ``read_json_ld``)."""
    return read_json_ld(raw)[0]


def _tree(html: str | etree._Element) -> etree._Element | None:
    if not isinstance(html, str):
        return html
    if not html.strip():
        return None
    try:
        return lxml_html.fromstring(html)
    except (ValueError, etree.ParserError):
        return None


def json_ld_objects(html: str | etree._Element) -> list[Any]:
    """The JSON-LD items of a page (HTML source or a parsed lxml tree), in page order."""
    root = _tree(html)
    if root is None:
        return []
    out: list[Any] = []
    for script in root.iter("script"):
        if (script.get("type") or "").lower().strip() == LD_JSON and script.text:
            out.extend(load_json_ld(script.text))
    return out


# --- microdata and Open Graph (extruct) --------------------------------------------------


MAX_ITEM_NESTING = 32  # extruct's cost grows with the cube of itemscope nesting
_NESTED_ITEM = etree.XPath(f"//*[@itemscope][count(ancestor::*[@itemscope]) >= {MAX_ITEM_NESTING}]")


def read_microdata(tree: str | etree._Element, url: str) -> tuple[list[Any], str | None]:
    """Microdata items via extruct, and why none were read when the markup defeated it.

    Items nested more than ``MAX_ITEM_NESTING`` deep are not read at all (extruct would
    take minutes over 200 levels); a broken ``itemscope`` loses the microdata, not the page.
    """
    root = _tree(tree)
    if root is None:
        return [], None
    if _NESTED_ITEM(root):
        return [], f"microdata items nested over {MAX_ITEM_NESTING} deep: skipped"
    try:
        from extruct.w3cmicrodata import MicrodataExtractor

        return list(MicrodataExtractor().extract_items(root, url)), None
    except Exception as exc:  # a broken itemscope must not lose the page
        return [], f"microdata unreadable ({type(exc).__name__}): skipped"


def microdata_items(tree: str | etree._Element, url: str) -> list[Any]:
    """Microdata items via extruct; [] when the markup defeats it (see ``read_microdata``)."""
    return read_microdata(tree, url)[0]


def opengraph(html: str | etree._Element) -> dict[str, str]:
    """Open Graph properties (``og:title`` ...) via extruct; the first value of each wins."""
    root = _tree(html)
    if root is None:
        return {}
    try:
        from extruct.opengraph import OpenGraphExtractor

        items = list(OpenGraphExtractor().extract_items(root))
    except Exception:  # best effort, like microdata
        return {}
    out: dict[str, str] = {}
    for item in items:
        for key, value in item.get("properties", []):
            if isinstance(key, str) and isinstance(value, str):
                out.setdefault(key, value)
    return out


# --- embedded application state ----------------------------------------------------------

# window.__NUXT__ = ..., window["__APOLLO_STATE__"]=..., self.__X__ = ...
_STATE_ASSIGN = re.compile(
    r"""(?:\bwindow|\bself|\bglobalThis)\s*(?:\.\s*(?P<dot>__\w+?__)|\[\s*["'](?P<idx>__\w+?__)["']\s*\])\s*=(?!=)\s*"""
)
_STATE_SCRIPT_IDS = ("__NEXT_DATA__", "__NUXT_DATA__")
_STATE_ID = re.compile(r"__\w+__")
_DECODER = json.JSONDecoder(strict=False)


def _json_prefix(text: str) -> Any:
    """The JSON value at the start of ``text`` (anything may follow); ValueError if none."""
    if text[:1] not in ("{", "["):
        raise ValueError("not a JSON object or array")
    try:
        value, _end = _DECODER.raw_decode(text)
    except RecursionError as exc:
        raise ValueError("nested too deep") from exc
    return value


def app_state_objects(html: str | etree._Element) -> list[tuple[str, Any]]:
    """``(name, value)`` of each embedded application state a page carries, in page order.

    ``name`` is the script id (``__NEXT_DATA__``) or the global assigned (``__NUXT__``,
    ``__INITIAL_STATE__`` ...). Only JSON literals are read; a function call, a variable or
    malformed JSON is skipped.
    """
    return read_app_state(html)[0]


def read_app_state(html: str | etree._Element) -> tuple[list[tuple[str, Any]], list[str]]:
    """``app_state_objects``, and a warning for each state skipped as nested too deep."""
    root = _tree(html)
    if root is None:
        return [], []
    out: list[tuple[str, Any]] = []
    problems: list[str] = []
    for script in root.iter("script"):
        text = script.text or ""
        if not text.strip():
            continue
        script_id = script.get("id") or ""
        kind = (script.get("type") or "").lower().strip()
        if script_id in _STATE_SCRIPT_IDS or (
            _STATE_ID.fullmatch(script_id) and kind == "application/json"
        ):
            try:
                out.append((script_id, _loads(text.strip())))
            except ValueError as exc:
                problems += [f"app state {script_id} {exc}: skipped"] if _deep(exc) else []
            continue
        if kind not in ("", "text/javascript", "application/javascript", "module"):
            continue
        for match in _STATE_ASSIGN.finditer(text):
            name = match.group("dot") or match.group("idx")
            try:
                value = _json_prefix(text[match.end():])
            except ValueError as exc:
                problems += [f"app state {name} {exc}: skipped"] if _deep(exc) else []
                continue
            out.append((name, value))
    return out, problems


def _deep(exc: ValueError) -> bool:
    return str(exc) == "nested too deep"


# --- app state as readable HTML ----------------------------------------------------------

_CJK = re.compile(r"[\u4e00-\u9fff]")
_PRICE_KEY = re.compile(r"price|amount|fee|tuition|cost|jiage|feiyong", re.I)
_ORIGINAL_PRICE_KEY = re.compile(r"orig|market|list_?price|listprice|old|was|before|strike|"
                                 r"line_?price|scribe", re.I)
_FEN_KEY = re.compile(r"fen\b|fen_|_fen|Fen|cent|_cents|InCents|InFen", re.I)
_NON_TEXT_KEY = re.compile(r"^(?:id|_?key|uuid|hash|sku_?id|url|href|src|img|image|icon|"
                           r"avatar|cover|class|style|type|__typename|slug|path|route)$", re.I)
MAX_STATE_LINES = 600


_UNIT_KEY = re.compile(r"unit|currency|denomination", re.I)
_FEN_UNIT = re.compile(r"^(?:fen|分|cents?|cny_?fen)$", re.I)


def _in_fen(node: dict[str, Any]) -> bool:
    """True when an object says its amounts are in 分 (``"price_unit": "fen"``)."""
    return any(isinstance(v, str) and _UNIT_KEY.search(k) and _FEN_UNIT.match(v.strip())
               for k, v in node.items())


def _leaves(obj: Any) -> Iterator[tuple[str, Any, bool]]:
    """``(nearest key, scalar, in 分)`` of every scalar inside ``obj``, in document order.

    An object that declares its unit as 分 (``"price_unit": "fen"``) puts its own amounts and
    those of everything inside it in 分.
    """
    stack: list[Iterator[tuple[str, Any, bool]]] = [iter((("", obj, False),))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        key, value, fen = entry
        if isinstance(value, dict):
            fen = fen or _in_fen(value)
            stack.append((k, v, fen) for k, v in value.items())
        elif isinstance(value, list):
            stack.append((key, item, fen) for item in value)
        else:
            yield key, value, fen


def _price_line(key: str, value: float, fen: bool = False) -> str:
    amount = value / 100 if fen or _FEN_KEY.search(key) else value
    text = f"{amount:g}"
    if _ORIGINAL_PRICE_KEY.search(key):
        return f"<p><del>原价：{text}元</del></p>"
    return f"<p>价格：{text}元</p>"


def app_state_html(objects: list[tuple[str, Any]]) -> str:
    """The readable content of embedded app states as simple HTML, for a page that is a shell.

    Text values (HTML fragments kept as HTML) become paragraphs in document order; numbers
    under price keys become ``价格：N元`` (``原价`` struck through for original/market prices;
    keys in 分 (``priceFen``, ``price_cents``) and objects that say ``"price_unit": "fen"``
    divided by 100). Ids, URLs and class names are
    left out. Pure: the caller decides when a page is a shell.
    """
    lines: list[str] = []
    seen: set[str] = set()
    for _name, value in objects:
        for key, leaf, fen in _leaves(value):
            if len(lines) >= MAX_STATE_LINES:
                return "\n".join(lines)
            if isinstance(leaf, bool) or leaf is None or _NON_TEXT_KEY.match(key or ""):
                continue
            if isinstance(leaf, (int, float)):
                if _PRICE_KEY.search(key) and 0 < leaf < 10_000_000:
                    lines.append(_price_line(key, float(leaf), fen))
                continue
            text = str(leaf).strip()
            if not text or text in seen or text.startswith(("http://", "https://", "/")):
                continue
            if _PRICE_KEY.search(key) and re.fullmatch(r"[¥￥]?\s*\d[\d,]*(?:\.\d+)?", text):
                number = float(re.sub(r"[^\d.]", "", text))
                lines.append(_price_line(key, number, fen))
                continue
            if not _CJK.search(text) and len(text.split()) < 3:
                continue  # codes, enum values, single English words
            seen.add(text)
            lines.append(text if text.startswith("<") else f"<p>{_escape(text)}</p>")
    return "\n".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
