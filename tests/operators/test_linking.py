"""The operator rules, pure: ties, infrastructure, groups and ids that stay stable."""

from __future__ import annotations

from certwatch.operators.linking import (
    SHARED_MIN_PROVIDERS,
    TEMPLATE_MIN_PROVIDERS,
    Mention,
    assign,
    groups,
    site_for_linking,
    ties,
)


def m(listing: int, value: str, *, kind: str = "phone", provider: str | None = None,
      place: str = "main", site: str = "a.example") -> Mention:
    return Mention(listing, kind, value, place, provider or f"brand{listing}", site)


def test_a_chain_of_different_identifiers_is_one_business() -> None:
    found = ties([m(1, "+8613800000001"), m(2, "+8613800000001"),
                  m(2, "wx-2", kind="wechat"), m(3, "wx-2", kind="wechat"), m(4, "+861390")])
    assert groups(found) == [[1, 2, 3]], "listing 4 shares nothing"


def test_many_providers_make_an_identifier_infrastructure_not_a_tie() -> None:
    below = [m(i, "+864001234567") for i in range(SHARED_MIN_PROVIDERS - 1)]
    at = [m(i, "+864001234567") for i in range(SHARED_MIN_PROVIDERS)]
    assert groups(ties(below)) == [list(range(SHARED_MIN_PROVIDERS - 1))]
    assert ties(at) == []
    # many listings of one provider are one business, however many there are
    assert groups(ties([m(i, "+864001234567", provider="同一品牌") for i in range(20)]))


def test_a_sites_own_footer_number_ties_nothing_but_the_same_number_across_sites_does() -> None:
    footer = [m(i, "+864008001234", place="side", site="mall.example") for i in range(3)]
    assert ties(footer) == []
    across = [m(1, "+864008001234", place="side", site="a.example"),
              m(2, "+864008001234", place="side", site="b.example")]
    assert groups(ties(across)) == [[1, 2]]


def test_on_a_loopback_host_each_top_folder_is_a_site() -> None:
    """A labeled web on 127.0.0.1 holds a marketplace and sellers' own sites on one host:
    a seller's number in its shop's sidebar and in its own site's top bar ties the two,
    while the marketplace's footer number on its shops stays the site's own."""
    def at(listing: int, url: str) -> Mention:
        return m(listing, "+8613957182046", place="side",
                 site=site_for_linking("127.0.0.1", url) or "")
    assert site_for_linking("jnbao.com.cn", "https://shop.jnbao.com.cn/a/b.html") == "jnbao.com.cn"
    shop_and_site = [at(1, "http://127.0.0.1:8000/mall/shop-zhitu.html"),
                     at(2, "http://127.0.0.1:8000/sites/zhitu/index.html")]
    assert groups(ties(shop_and_site)) == [[1, 2]]
    shops = [at(1, "http://127.0.0.1:8000/mall/shop-1/a.html"),
             at(2, "http://127.0.0.1:8000/mall/shop-2/b.html")]
    assert ties(shops) == []


def test_one_template_line_on_several_sellers_is_not_a_tie() -> None:
    """A site builder's credit in several sellers' footers, in the same words each time,
    ties nothing; the same number written anew on each brand's page does."""
    credit = "技术支持：云帆建站 www.yunfanjz.com 建站热线 400-990-8818"
    templated = [Mention(i, "phone", "+864009908818", "main", f"brand{i}", f"s{i}.cn", credit)
                 for i in range(TEMPLATE_MIN_PROVIDERS)]
    assert ties(templated) == []
    assert groups(ties(templated[:TEMPLATE_MIN_PROVIDERS - 1])) == [[0, 1]]
    own = ["报名热线 138 2013 8560（李老师）", "咨询请致电13820138560", "电话/微信：138-2013-8560"]
    written_anew = [Mention(i, "phone", "+8613820138560", "main", f"brand{i}", f"s{i}.cn", words)
                    for i, words in enumerate(own)]
    assert groups(ties(written_anew)) == [[0, 1, 2]]


def test_a_marketplace_top_bar_on_shops_under_its_own_name_is_not_a_tie() -> None:
    """Shops whose pages all carry the marketplace's name as provider, its top bar in the
    same words, and each shop's own phone: the bar's number ties nothing. One seller's own
    course pages, whose contacts are all the same, stay one business."""
    bar = "职业技能 · 学历提升 · 商家入驻 客服热线 400-826-5170(9:00-21:00)"
    shops = []
    for i in range(TEMPLATE_MIN_PROVIDERS):
        shops += [Mention(i, "phone", "+864008265170", "main", "学途网", "xuetu.cn", bar),
                  Mention(i, "phone", f"+86139000000{i:02d}", "main", "学途网", "xuetu.cn",
                          "咨询电话")]
    assert ties(shops) == []
    line = "咨询热线 400-826-5170 微信同号"
    own_pages = []
    for i in range(TEMPLATE_MIN_PROVIDERS):
        own_pages += [Mention(i, "phone", "+864008265170", "main", "智学教育", "zx.cn", line),
                      Mention(i, "wechat", "zx_kefu", "main", "智学教育", "zx.cn", "微信")]
    assert groups(ties(own_pages)) == [[0, 1, 2]]


def test_the_domain_a_page_is_served_from_ties_nothing() -> None:
    """Shops of one marketplace name its domain in their text; it is their host."""
    shops = [m(i, "tongchengxinxi.net", kind="domain", site="tongchengxinxi.net") for i in (1, 2)]
    assert ties(shops) == []


def test_a_site_two_ads_name_as_their_own_ties_them() -> None:
    assert groups(ties([m(1, "jlaitrain.cn", kind="domain"),
                        m(2, "jlaitrain.cn", kind="domain")])) == [[1, 2]]
    assert ties([m(1, "x.cn", kind="unknown"), m(2, "x.cn", kind="unknown")]) == []


def test_an_operator_keeps_its_id_when_it_gains_a_listing() -> None:
    result = assign([[1, 2, 3]], {1: 7, 2: 7})
    assert result.group_ids == [7] and not result.merged and not result.dissolved


def test_when_two_join_the_older_id_survives() -> None:
    result = assign([[1, 2, 3, 4]], {1: 9, 2: 9, 3: 4, 4: 4})
    assert result.group_ids == [4] and result.merged == {9: 4}


def test_when_one_splits_the_largest_part_keeps_the_id() -> None:
    result = assign([[1, 2], [3, 4, 5]], {i: 3 for i in range(1, 6)})
    assert result.group_ids == [None, 3] and result.split_from == {0: 3}


def test_an_operator_whose_listings_no_longer_share_anything_dissolves() -> None:
    result = assign([], {1: 5, 2: 5})
    assert result.dissolved == [5]


def test_one_filers_icp_number_on_two_of_its_sites_ties_them() -> None:
    """An ICP filing number names its site by its suffix: 苏ICP备…号-1 and -2 in two footers
    are two sites of one business, even when a labeled web serves both from one host; one
    site's own number in all its footers is still the site's own."""
    def footer(listing: int, suffix: str) -> Mention:
        return Mention(listing, "other", "icp:苏ICP备2024071156号", "side", f"brand{listing}",
                       "127.0.0.1/sites", f"版权所有 苏ICP备2024071156号-{suffix}")
    assert groups(ties([footer(1, "1"), footer(2, "2")])) == [[1, 2]]
    assert ties([footer(1, "1"), footer(2, "1")]) == []


def test_one_sellers_blog_footer_ties_its_posts_but_a_marketplace_footer_does_not() -> None:
    """Two posts of a course blog show the seller's mail only in the footer: one business.
    Two shops of a marketplace under its name show its footer, each with its own phone: two."""
    blog = [m(1, "kefu@lanshu-edu.cn", kind="email", place="side", provider="蓝书学堂"),
            m(2, "kefu@lanshu-edu.cn", kind="email", place="side", provider="蓝书学堂")]
    assert groups(ties(blog)) == [[1, 2]]
    shops = [m(1, "+864008261234", place="side", provider="拼课网"),
             m(2, "+864008261234", place="side", provider="拼课网"),
             m(1, "+8613900000011", provider="拼课网"), m(2, "+8613900000022", provider="拼课网")]
    assert ties(shops) == []
    unnamed = [m(1, "+864008261234", place="side", provider=""),
               m(2, "+864008261234", place="side", provider="")]
    assert ties(unnamed) == []


def test_a_directorys_footer_ties_no_companies_whose_own_cards_stand_in_its_sidebar() -> None:
    """A B2B directory's company pages, every one named after the directory's operator by
    its footer, show each company's own phone only in the sidebar card (企业档案): the
    directory's footer line is still no tie between the companies."""
    footer = [m(i, "+864009002618", place="side", provider="商企云信息技术有限公司")
              for i in (1, 2, 3)]
    cards = [m(i, f"+86203892114{i}", place="side", provider="商企云信息技术有限公司")
             for i in (1, 2, 3)]
    assert ties([*footer, *cards]) == []
    assert ties(footer) != []  # without their cards they would read as one seller's posts


def test_a_templates_example_mobile_ties_no_two_sellers() -> None:
    """Two sellers' landing pages built from one template still show its example number."""
    found = [m(1, "+8613800138000"), m(2, "+8613800138000"), m(3, "+8613912345679"),
             m(4, "+8613912345679")]
    assert groups(ties(found)) == [[3, 4]]


def test_a_chains_branch_pages_each_with_its_branchs_number_are_one_business() -> None:
    """A training chain's city pages carry the chain's name and footer (全国热线 400-…), each
    with its own branch's number (东莞校区电话 …): one business, unlike a marketplace's shops."""
    footer = [m(i, "+864008831726", place="side", provider="数字技能学院") for i in (1, 2, 3)]
    branches = [Mention(i, "phone", f"+8676922881{i:03d}", "main", "数字技能学院", "a.example",
                        f"{city}校区电话 0769-22881{i:03d}") for i, city in ((1, "东莞"), (2, "广州"))]
    assert groups(ties([*footer, *branches])) == [[1, 2, 3]]
    shops = [Mention(i, "phone", f"+8613900000{i:03d}", "main", "数字技能学院", "a.example",
                     f"店铺电话 13900000{i:03d}") for i in (1, 2)]
    assert ties([*footer, *shops]) == []  # (each shop's own number keeps the shops apart)


def test_a_company_sites_home_page_and_its_course_page_share_its_footer() -> None:
    """A company's home page names no seller and shows only its footer (热线, 邮箱, credit
    code); its course page is named and shows its own mobile above the same footer: one
    business. A marketplace's home page beside two named shops ties neither of them."""
    footer = [Mention(i, "email", "service@zhiyuan-ai.cn", "side", name, "a.example")
              for i, name in ((1, None), (2, "智远未来"))]
    own = Mention(2, "phone", "+8613911112222", "main", "智远未来", "a.example")
    assert groups(ties([*footer, own])) == [[1, 2]]
    market = [Mention(i, "phone", "+864008001234", "side", name, "a.example")
              for i, name in ((1, None), (2, "甲学堂"), (3, "乙学堂"))]
    shops = [Mention(i, "phone", f"+86139000000{i}", "main", name, "a.example")
             for i, name in ((2, "甲学堂"), (3, "乙学堂"))]
    assert ties([*market, *shops]) == []


def test_a_chains_desk_in_the_footers_of_branches_registered_apart_ties_none() -> None:
    """Two franchise branches, each its own 有限公司 with its own credit code on its pages,
    carry the group's hotline and mailbox in their footers (全国统一热线, 加盟分校独立运营):
    that is the chain's desk, not one business. One company's two sites sharing its own
    footer number, one of them giving its credit code, are still tied by it."""
    desk = [m(i, "+864006178520", place="side", site=f"branch{i}.example") for i in (1, 2)]
    branches = [*desk, m(1, "91140105MA0KRE7L75", kind="uscc"),
                m(2, "91410105MA46T83P3G", kind="uscc")]
    assert groups(ties(branches)) == []
    one_company = [*desk, m(1, "91140105MA0KRE7L75", kind="uscc")]
    assert groups(ties(one_company)) == [[1, 2]]
