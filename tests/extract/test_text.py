"""Main-content text: boilerplate out, sentences, table rows, struck-out marks, alt texts."""

from __future__ import annotations

import pytest

from crawler.extract.text import (
    STRIKE_CLOSE,
    STRIKE_OPEN,
    page_text,
    parse_html,
    split_sentences,
)

PAGE = """<!DOCTYPE html><html><head><title>人工智能训练师报名</title>
<meta property="og:title" content="AI训练师三级班"><link rel="canonical" href="/c.html">
<style>.x{color:red}</style><script>var fee = "9999元";</script>
<script type="application/ld+json">{"@type": "Course", "name": "AI训练师",}</script></head>
<body>
<header><a href="/">首页</a> 智学教育</header>
<div id="nav"><a href="/c">课程</a><a href="/n">新闻</a></div>
<article><h1>人工智能训练师三级班</h1>
<p>课程共40课时。考试合格后颁发证书！现在报名<br>立享优惠</p>
<p>价格：<del>¥6800</del> <span class="price">¥2980</span>；<s>原价5800</s></p>
<p><span style="text-decoration: line-through">4800元</span> 3980元</p>
<table><tr><th>等级</th><th>学费</th></tr><tr><td>三级</td><td>3980元</td></tr></table>
<p><img src="c.jpg" alt="证书样本"></p>
<p><a href="/signup">立即报名</a></p>
</article>
<aside><p>热门课程：Python班 1980元</p></aside>
<div class="footer">友情链接：某某网</div>
<footer>© 2026 智学教育 版权所有 京ICP备12345678号</footer>
</body></html>"""


@pytest.fixture(scope="module")
def page():
    return page_text(parse_html(PAGE))


def test_scripts_styles_nav_header_footer_aside_leave_the_main_text(page):
    text = " ".join(page.sentences)
    for word in ("9999", "color:red", "首页", "新闻", "Python班", "友情链接", "ICP"):
        assert word not in text
    assert any("ICP" in line for line in page.boilerplate)
    assert page.side == ["热门课程：Python班 1980元"]


def test_sentences_split_on_punctuation_and_line_breaks(page):
    assert "课程共40课时。" in page.sentences
    assert "考试合格后颁发证书！" in page.sentences
    assert "现在报名" in page.sentences and "立享优惠" in page.sentences


def test_struck_text_is_kept_and_marked(page):
    marked = next(s for s in page.marked if "2980" in s)
    assert f"{STRIKE_OPEN}¥6800{STRIKE_CLOSE}" in marked
    assert f"{STRIKE_OPEN}原价5800{STRIKE_CLOSE}" in " ".join(page.marked)
    assert f"{STRIKE_OPEN}4800元{STRIKE_CLOSE} 3980元" in page.marked
    assert "价格：¥6800 ¥2980；" in page.sentences


def test_table_rows_are_sentences_and_tables(page):
    assert "三级 | 3980元" in page.sentences
    assert page.tables[0].header == ["等级", "学费"]
    assert page.tables[0].rows == [["三级", "3980元"]]
    assert {page.marked[i] for i in page.table_rows} == {"等级 | 学费", "三级 | 3980元"}


def test_metadata_links_and_alts(page):
    assert page.title == "人工智能训练师报名"
    assert page.meta["og:title"] == "AI训练师三级班"
    assert page.h1 == "人工智能训练师三级班"
    assert page.canonical == "/c.html"
    assert page.jsonld == [{"@type": "Course", "name": "AI训练师"}]
    assert page.alts == ["证书样本"]
    assert ("/signup", "立即报名") in page.links
    assert "立即报名" in page.link_lines


def test_layout_table_is_read_as_text():
    long = "人工智能训练师培训。" * 30
    tree = parse_html(f"<table><tr><td><p>{long}</p><p>学费2980元。</p></td></tr></table>")
    page = page_text(tree)
    assert "学费2980元。" in page.sentences
    assert page.tables == []


def test_split_sentences():
    assert split_sentences("第一句。第二句！第三句？第四句；第五句\n第六句") == [
        "第一句。", "第二句！", "第三句？", "第四句；", "第五句", "第六句"]
    assert split_sentences("  。 \n ") == []


def test_bad_input():
    with pytest.raises(TypeError, match="decoded HTML"):
        parse_html(b"<html></html>")  # type: ignore[arg-type]
    assert page_text(parse_html("")).sentences == []
    assert page_text(parse_html('<?xml version="1.0" encoding="utf-8"?><p>你好</p>')).sentences == ["你好"]


def test_unclosed_boilerplate_div_does_not_swallow_the_page():
    html = ("<body><div class='topbar'>便民网 · 杭州站 <a href='/'>首页</a>"
            "<div class='crumb'>当前位置：职业技能培训"
            "<div class='main'><h1>人工智能训练师三级认定 南京班</h1>"
            "<p>学费：¥3,980（含认定考核费）</p><p>报名电话：025-8470 3321</p>"
            "<div class='footer'><p>客服热线 400-618-2299 浙ICP备18022331号-2</p></div></body>")
    page = page_text(parse_html(html))
    assert "学费：¥3,980（含认定考核费）" in page.sentences
    assert not any("ICP" in s for s in page.sentences)


def test_a_posts_contact_line_naming_its_sites_filing_stays_in_the_post():
    """A seller's contact line may name its own site's filing ("官网：…（网站备案：冀ICP备…）");
    it is still the post's line, not the page's footer, which names the filing alone."""
    html = ("<body><main><h1>人工智能训练师四级认定 报名通知</h1>"
            "<p>报名电话：031185326710 官网：www.hbjnpj.cn（网站备案：冀ICP备2023018846号-1）</p>"
            "</main><div>百姓分类信息网 晋ICP备19004217号-2</div></body>")
    page = page_text(parse_html(html))
    assert any("031185326710" in s for s in page.sentences)
    assert any("晋ICP备19004217号" in line for line in page.boilerplate)


def test_a_platforms_licence_lines_are_its_footer_whatever_the_class():
    """A video or shop platform's footer names its licences and duties beside (or instead
    of) its filing: 网络文化经营许可证 京网文〔2023〕…, 增值电信业务经营许可证, 未成年人保护 /
    未成年人专线; under an unmarked class (div class="vf") those lines are still its footer,
    and so is the service number on them."""
    html = ("<body><h1>宝鸡数据标注员培训实拍</h1><p class='desc'>@秦智数标 想了解课程加微 QinZhi-AI</p>"
            "<div class='vf'><p>快视 www.kuaishiv.com · 用户服务热线 4001-800-626 · 未成年人专线同号</p>"
            "<p>网络文化经营许可证 京网文〔2023〕1024-031号</p>"
            "<p>抖一下 · 增值电信业务经营许可证 浙B2-20170418 · 客服 400-600-7788</p></div></body>")
    page = page_text(parse_html(html))
    assert [s for s in page.sentences if "400" in s or "网文" in s] == []
    assert any("4001-800-626" in line for line in page.boilerplate)
    assert any("QinZhi-AI" in s for s in page.sentences)


def test_a_header_by_its_class_is_boilerplate_but_a_shops_header_is_not():
    """Many Chinese platforms name the page header class="hd" (the hd/bd/ft convention): its
    service number is the site's. A shop's header on a marketplace (shop-hd) is the page's
    own content."""
    html = ("<body><div class='hd'>快映 kuaiying.com ｜ 发现 ｜ 客服 400-117-5858</div>"
            "<div class='shop-hd'>明德考培 店铺电话 0531-8692 3317</div>"
            "<div class='main'>"
            "<p>人工智能训练师四级 2980元</p></div></body>")
    page = page_text(parse_html(html))
    assert any("400-117-5858" in line for line in page.boilerplate)
    assert not any("400-117-5858" in s for s in page.sentences)
    assert any("0531-8692 3317" in s for s in page.sentences)
    assert "人工智能训练师四级 2980元" in page.sentences


def test_lists_of_article_titles_are_link_lines_not_content():
    html = ("<body><ul><li><a href='/n/1'>关于人工智能训练师认定考试报名的通知</a> 2026-11-08</li>"
            "<li><a href='/n/2'>我校人工智能训练师培训班顺利结业</a> 2026-07-03</li></ul>"
            "<table><tr><th>标题</th><th>回复/查看</th></tr>"
            "<tr><td><a href='/t/1'>人工智能训练师证“包过”是真的吗？</a></td><td>89 / 3,214</td></tr>"
            "<tr><td><a href='/t/2'>代办人工智能训练师四级五级</a></td><td>1 / 208</td></tr>"
            "<tr><td><a href='/t/3'>考了四级，说说我的经历</a></td><td>46 / 1,870</td></tr></table>"
            "<p>本站提供职业培训信息。</p></body>")
    page = page_text(parse_html(html))
    assert page.sentences == ["本站提供职业培训信息。"]
    assert len(page.link_lines) == 6
    assert page.tables == []
    assert ("/t/2", "代办人工智能训练师四级五级") in page.links


def test_classes_struck_through_by_the_page_stylesheet():
    html = ("<html><head><style>.yj, .price .was {color:#999;text-decoration: line-through}"
            ".now{color:red}</style></head><body>"
            "<p>价格：<span class='yj'>¥6800</span> <span class='now'>¥2980</span></p>"
            "<table><tr><td>三级</td><td><i class='was'>5800元</i> 3980元</td></tr></table></body></html>")
    page = page_text(parse_html(html))
    assert f"价格：{STRIKE_OPEN}¥6800{STRIKE_CLOSE} ¥2980" in page.marked
    assert page.tables[0].rows == [["三级", f"{STRIKE_OPEN}5800元{STRIKE_CLOSE} 3980元"]]
