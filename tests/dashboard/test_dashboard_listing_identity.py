"""The listing page's identity is ``listings.id``: /listing?listing=<id> (the old ?id= too),
merged ids resolve; the queue's search box takes an id or text."""

from __future__ import annotations

from sqlalchemy import create_engine, insert

from dashboard import widgets
from store.models import ListingAlias

LISTING, QUEUE = "views/listing.py", "views/queue.py"


def _subheaders(at) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.value for s in at.subheader]


def test_listing_opens_at_its_id_and_shows_it(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = seeded
    lid = summary.plain_listing_id
    at = app(url, LISTING, listing=str(lid))
    assert f"广告编号 {lid}" in _subheaders(at)
    assert at.query_params["listing"] in (str(lid), [str(lid)])
    old = app(url, LISTING, id=str(lid))  # links made before issue #14
    assert f"广告编号 {lid}" in _subheaders(old)
    assert "id" not in old.query_params and old.query_params["listing"] in (str(lid), [str(lid)])
    # the live site only as a marked external link, the archive first
    markdown = [m.value for m in at.markdown]
    assert any(m.startswith("[存档副本") and "(#archive)" in m for m in markdown)
    live = [m for m in markdown if "<a " in m]
    assert live and all('rel="noopener noreferrer nofollow"' in m and 'target="_blank"' in m
                        and 'referrerpolicy="no-referrer"' in m for m in live)


def test_merged_id_resolves(fresh, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = fresh
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(insert(ListingAlias).values(alias_id=999_999, listing_id=summary.plain_listing_id,
                                                 reason="test"))
    engine.dispose()
    at = app(url, LISTING, listing="999999")
    assert f"广告编号 {summary.plain_listing_id}" in _subheaders(at)
    assert any("999999" in i.value for i in at.info), "the page says the id was merged"


def test_queue_search_takes_an_id_or_text(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = seeded
    at = app(url, QUEUE)
    at.text_input(key="q_search").input(str(summary.plain_listing_id)).run()
    assert f"广告编号 {summary.plain_listing_id}" in _subheaders(at)
    at = app(url, QUEUE, flagged="0")
    provider = summary.providers[0]
    at.text_input(key="q_search").input(provider).run()
    (table,) = at.dataframe
    assert len(table.value) >= 1 and set(table.value["培训商"]) == {provider}
    assert at.query_params["q"] in (provider, [provider])
    at = app(url, QUEUE, q="99999999")
    assert any("99999999" in w.value for w in at.warning)


def test_sample_registry_banner_until_a_real_version(fresh, app) -> None:  # type: ignore[no-untyped-def]
    from store.models import Agency, RegistryVersion
    from store.sample import SAMPLE_SOURCE_URL

    url, _summary = fresh
    assert not any("示例名录" in w.value for w in app(url).warning)
    engine = create_engine(url)
    for version, source in ((50, SAMPLE_SOURCE_URL), (51, "https://pjjg.osta.org.cn/1")):
        with engine.begin() as conn:
            conn.execute(insert(RegistryVersion).values(
                id=version, file_name=f"v{version}.csv", sha256="c" * 64, row_count=1))
            conn.execute(insert(Agency).values(
                version_id=version, agency_id="A1", name="某评价机构", aliases=[], kind="other",
                occupations=["*"], levels=[3], region="全国", status="active", source_url=source))
        widgets._registry_is_sample.clear()  # cached for a minute, like every query
        at = app(url, "views/runs.py")
        banner = any("示例名录" in w.value for w in at.warning)
        assert banner == (version == 50), version
    engine.dispose()


def test_no_table_or_markdown_makes_the_advertiser_url_a_link(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = seeded
    at = app(url, LISTING, listing=str(summary.plain_listing_id))
    codes = [c.value for c in at.code]
    assert any(c.startswith("http") for c in codes), "the address is shown, as code"
    for table in at.table:
        cells = [str(v) for column in table.value.columns for v in table.value[column]]
        assert not any("http" in c for c in cells), cells
