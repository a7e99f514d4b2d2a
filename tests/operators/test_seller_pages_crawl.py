"""A crawl lists a seller's page on another site that never names the occupation once a
listed offer gives its contact (``certwatch.operators.seller_pages``), and joins it to that
seller; the seller's own home page (its site's frame repeats the contact on every page), a
complaint quoting the contact and a marketplace's home page with the desk its shops share
stay unlisted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from certwatch.static_server import StaticServer
from facts.urls import path_of
from store.db import make_engine, session_scope
from store.models import Listing, Page

HEAD = "<!doctype html><html><head><meta charset='utf-8'><title>{}</title></head><body>"
SCHOOL_FOOTER = ("<footer>© 2026 淮安智训职业技能培训学校 版权所有 · 招生热线 0517-83912245 · "
                 "苏ICP备2021034567号-1</footer>")
MALL_FOOTER = "<footer>学知课堂 · 客服热线 400-820-3721 · 沪ICP备16021937号-2</footer>"
PAGES = {
    "index.html": "<h1>导航</h1><a href='school/index.html'>智训学校</a> "
                  "<a href='video/v1.html'>短视频</a> "
                  "<a href='school/ai.html'>人工智能训练师课程</a> <a href='bbs/t1.html'>论坛</a> "
                  "<a href='mall/index.html'>学知课堂</a>",
    "school/index.html": "<h1>淮安智训职业技能培训学校</h1><nav><a href='ai.html'>人工智能训练师"
                         "培训</a></nav><p>2026年三级班、四级班火热报名中，周末上课，名额有限。</p>"
                         "<p>学费 3380 元，可申领技能提升补贴。</p>" + SCHOOL_FOOTER,
    "school/ai.html": "<h1>人工智能训练师四级培训班</h1><p>人工智能训练师四级周末班火热招生，"
                      "学费 2680 元，报名加微信 hazx_ai，咨询老师 139 5231 7760。</p>"
                      + SCHOOL_FOOTER,
    "video/v1.html": "<p>[视频 01:05]</p><h1>三证合一，零基础也能拿，90%小白都能学会</h1>"
                     "<p>@智训老师</p><p>简介：主页有课程，咨询 139 5231 7760</p><h3>相关推荐</h3>"
                     "<ul><li><a href='v2.html'>人工智能训练师考证经验</a></li><li><a href='v3.html'>"
                     "人工智能训练师四级实操</a></li><li><a href='v4.html'>人工智能训练师报名"
                     "</a></li></ul><footer>快影短视频 · 举报邮箱 jubao@kuaiying.tv</footer>",
    "bbs/t1.html": "<h1>曝光：交了3380元的三级班骗局，大家别上当</h1><p>楼主：这家说人工智能训练师"
                   "三级包过，收了学费就拉黑，微信 hazx_ai，大家避坑。</p>",
    "mall/index.html": "<h1>学知课堂</h1><p>热门课程：三级班、四级班火热报名中，立即购买享优惠。</p>"
                       "<a href='c1.html'>人工智能训练师三级</a> <a href='c2.html'>人工智能训练师"
                       "四级</a>" + MALL_FOOTER,
    "mall/c1.html": "<h1>人工智能训练师三级冲刺班</h1><p>机构：星火职培，学费 3580 元，立即购买，"
                    "咨询老师 139 5231 7761。</p>" + MALL_FOOTER,
    "mall/c2.html": "<h1>人工智能训练师四级实操班</h1><p>机构：远航教育，学费 2380 元，立即购买，"
                    "咨询老师 138 0517 2290。</p>" + MALL_FOOTER,
}


def test_a_sellers_caption_elsewhere_is_listed_by_the_contact_its_course_page_gives(
        tmp_path: Path) -> None:
    site = tmp_path / "site"
    for name, body in PAGES.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(HEAD.format(name) + body + "</body></html>", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'c.db'}"
    with StaticServer(site) as server:
        done = subprocess.run([sys.executable, "-m", "certwatch", "--db", db, "crawl",
                               "--allow-private-hosts", server.url + "index.html"],
                              capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    engine = make_engine(db)
    with session_scope(engine) as session:
        listed = {path_of(url): op for url, op in session.execute(
            select(Listing.url, Listing.operator_id))}
        reasons = session.scalars(select(Page.page_reasons).where(
            Page.final_url.endswith("/video/v1.html"))).one()
        home = session.scalars(select(Page.page_type).where(
            Page.final_url.endswith("/school/index.html"))).one()
    assert set(listed) == {"/video/v1.html", "/school/ai.html", "/mall/c1.html", "/mall/c2.html"}
    assert home == "other"
    assert listed["/video/v1.html"] is not None
    assert listed["/video/v1.html"] == listed["/school/ai.html"]
    assert listed["/mall/c1.html"] != listed["/mall/c2.html"] or listed["/mall/c1.html"] is None
    assert "listed seller's page" in reasons and "phone +8613952317760" in reasons
    assert "/school/ai.html" in reasons
