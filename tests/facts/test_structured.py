"""facts.structured: JSON-LD, microdata, Open Graph and embedded app state; the one walker."""

from __future__ import annotations

import json
from typing import Any

from facts.structured import (
    app_state_objects,
    json_ld_objects,
    load_json_ld,
    microdata_items,
    opengraph,
    walk,
    walk_entries,
)


def deep(depth: int, leaf: Any) -> Any:
    node = leaf
    for i in range(depth):
        node = {"k": node, "i": i} if i % 2 else [node]
    return node


# --- walker ------------------------------------------------------------------------------


def test_walk_yields_every_dict_pre_order_in_document_order() -> None:
    data = [{"a": 1, "b": {"c": 2, "d": [{"e": 3}, {"f": 4}]}, "g": {"h": 5}}, {"i": 6}]
    assert [sorted(d) for d in walk(data)] == [
        ["a", "b", "g"], ["c", "d"], ["e"], ["f"], ["h"], ["i"]
    ]
    assert list(walk("text")) == [] and list(walk(None)) == []


def test_walk_merges_microdata_properties() -> None:
    item = {"type": "http://schema.org/Offer", "properties": {"price": "2980", "seller": {
        "type": "Organization", "properties": {"name": "智学"}}}}
    views = list(walk([item], microdata=True))
    assert views[0]["price"] == "2980" and "properties" not in views[0]
    assert views[1] == {"type": "Organization", "name": "智学"}
    assert len(views) == 2
    assert len(list(walk([item]))) == 4  # without: the properties dicts are dicts of their own


def test_walk_entries_keeps_document_order_and_can_prune() -> None:
    data = {"recognizedBy": {"name": "A"}, "hasCredential": {"recognizedBy": "B"}, "issuedBy": "C"}
    keys = [k for k, _ in walk_entries(data)]
    assert keys == ["recognizedBy", "name", "hasCredential", "recognizedBy", "issuedBy"]
    pruned = [k for k, _ in walk_entries(data, descend=lambda k, _v: k != "recognizedBy")]
    assert pruned == ["recognizedBy", "hasCredential", "recognizedBy", "issuedBy"]


def test_walking_100000_levels_does_not_recurse() -> None:
    data = deep(100_000, {"datePublished": "2026-01-02"})
    assert sum(1 for _ in walk(data)) == 50_001
    found = [v for k, v in walk_entries(data) if k == "datePublished"]
    assert found == ["2026-01-02"]


# --- JSON-LD -----------------------------------------------------------------------------


def test_load_json_ld_is_lenient() -> None:
    assert load_json_ld('{"@type": "Course"}') == [{"@type": "Course"}]
    assert load_json_ld('[{"a": 1}, {"b": 2}]') == [{"a": 1}, {"b": 2}]
    assert load_json_ld('//<![CDATA[\n{"a": 1}\n//]]>') == [{"a": 1}]
    assert load_json_ld('{"a": [1, 2,], }') == [{"a": [1, 2]}]
    assert load_json_ld('{"name": "line\nbreak"}') == [{"name": "line\nbreak"}]
    assert load_json_ld("{not json") == []
    assert load_json_ld("   ") == []


def test_deeply_nested_json_ld_is_skipped_not_raised() -> None:
    assert load_json_ld("[" * 100_000 + "]" * 100_000) == []


def test_json_ld_objects_of_a_page() -> None:
    html = """<html><head>
      <script type="application/ld+json">{"@type": "Course", "name": "AI训练师"}</script>
      <script type="APPLICATION/LD+JSON ">[{"@type": "Offer", "price": "2980"}]</script>
      <script type="application/ld+json">{broken</script>
      <script>var x = {"@type": "Ignored"};</script>
    </head><body></body></html>"""
    assert json_ld_objects(html) == [
        {"@type": "Course", "name": "AI训练师"}, {"@type": "Offer", "price": "2980"}
    ]
    assert json_ld_objects("") == []


# --- microdata and Open Graph ------------------------------------------------------------


def test_microdata_items_via_extruct() -> None:
    html = """<html><body><div itemscope itemtype="http://schema.org/Offer">
      <span itemprop="price">2980</span><meta itemprop="priceCurrency" content="CNY">
    </div></body></html>"""
    items = microdata_items(html, "http://a.cn/")
    assert items[0]["type"] == "http://schema.org/Offer"
    assert items[0]["properties"] == {"price": "2980", "priceCurrency": "CNY"}
    assert microdata_items("<p>none</p>", "http://a.cn/") == []


def test_opengraph() -> None:
    html = """<html prefix="og: http://ogp.me/ns#"><head>
      <meta property="og:title" content="人工智能训练师培训">
      <meta property="og:type" content="website">
    </head></html>"""
    assert opengraph(html) == {"og:title": "人工智能训练师培训", "og:type": "website"}
    assert opengraph("") == {}


# --- embedded application state ----------------------------------------------------------


def test_next_data() -> None:
    state = {"props": {"pageProps": {"course": {"name": "AI训练师三级", "price": 2980}}}}
    html = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    assert app_state_objects(html) == [("__NEXT_DATA__", state)]
    prices = [d["price"] for d in walk(app_state_objects(html)[0][1]) if "price" in d]
    assert prices == [2980]


def test_nuxt_json_literal_and_function_forms() -> None:
    literal = '<script>window.__NUXT__ = {"data": [{"fee": "3580元"}], "state": {}};</script>'
    assert app_state_objects(literal) == [("__NUXT__", {"data": [{"fee": "3580元"}], "state": {}})]
    function = (
        "<script>window.__NUXT__=(function(a,b){return {data:[{fee:a}]}}"
        '("3580元",null));</script>'
    )
    assert app_state_objects(function) == []  # not JSON: skipped, never evaluated


def test_initial_state_and_other_globals() -> None:
    html = """<script type="text/javascript">
      window.__INITIAL_STATE__ = {"course": {"title": "人工智能训练师", "levels": [3, 4]}};
      window.__APOLLO_STATE__={"Course:1": {"price": 1999}}
      window["__PRELOADED_STATE__"] = [1, 2];
      window.__CONFIG__ == {"not": "an assignment"};
      window.__FLAG__ = true;
    </script>"""
    assert app_state_objects(html) == [
        ("__INITIAL_STATE__", {"course": {"title": "人工智能训练师", "levels": [3, 4]}}),
        ("__APOLLO_STATE__", {"Course:1": {"price": 1999}}),
        ("__PRELOADED_STATE__", [1, 2]),
    ]


def test_malformed_state_is_skipped() -> None:
    html = """<script>window.__INITIAL_STATE__ = {"course": {"title": "x",};</script>
    <script id="__NEXT_DATA__" type="application/json">{oops</script>
    <script type="application/ld+json">window.__X__ = {"a": 1}</script>
    <script>window.__OK__ = {"a": 1}</script>"""
    assert app_state_objects(html) == [("__OK__", {"a": 1})]


def test_deeply_nested_state_is_skipped_not_raised() -> None:
    nested = "[" * 100_000 + "]" * 100_000
    html = (f'<script id="__NEXT_DATA__" type="application/json">{nested}</script>'
            f"<script>window.__NUXT__ = {nested};</script>")
    assert app_state_objects(html) == []


def test_the_extractors_structured_readers_survive_deep_nesting() -> None:
    from crawler.extract.fees import fees_in_structured
    from crawler.extract.issuers import issuers_in_structured
    from crawler.extract.links import published_date
    from crawler.extract.provider import provider_from_jsonld

    data = [deep(100_000, {"@type": "Offer", "price": "2980", "priceCurrency": "CNY",
                           "datePublished": "2026-01-02", "recognizedBy": {"name": "某认定中心"},
                           "seller": {"name": "智学教育"}})]
    assert [f.amount_min for f in fees_in_structured(data)] == [2980.0]
    assert [m.name for m in issuers_in_structured(data, "jsonld")] == ["某认定中心"]
    assert published_date(jsonld=data) == "2026-01-02"
    assert provider_from_jsonld(data) == "智学教育"
