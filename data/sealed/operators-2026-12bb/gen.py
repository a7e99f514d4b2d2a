#!/usr/bin/env python3
"""Deterministic generator for test web 12bb (look-alikes of official bodies).
Writes site/ and truth.json next to this file. Standard library only."""
import json, os, posixpath, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(code8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(code8, W9))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(head8, org8):
    body = head8 + org8 + org_check(org8)
    s = sum(ALPH.index(c) * w for c, w in zip(body, W18))
    r = 31 - s % 31
    return body + ALPH[0 if r == 31 else r]


USCC_U01 = uscc("91440106", "MA5CK7R3")   # 粤才人力 / 广东省职业技能鉴定服务网 (company)
USCC_U03 = uscc("91330106", "MA2H4KQ8")   # 杭州前程汇才人力资源
USCC_U05 = uscc("91110108", "MA01T6W5")   # 国信智能人才评价中心 (a company with state-sounding name)
USCC_U08 = uscc("91440300", "MA5G2XN7")   # 中智云评(深圳)
USCC_I05 = uscc("91330302", "MA2J8L0D")   # 温州鑫创人力
USCC_SHOP = uscc("91310115", "MA1H9P2B")  # marketplace operator 优品课 (decoy)

PAGES = {}   # path -> dict
ORDER = []


def rel(frm, to):
    return posixpath.relpath(to, posixpath.dirname(frm) or ".")


def page(path, title, body, is_offer=False, op=None, provider=None, ids=(), note=""):
    assert path not in PAGES, path
    PAGES[path] = dict(path=path, title=title, body=body, is_offer=is_offer, operator=op,
                       provider=provider, identifiers=[list(i) for i in ids], note=note)
    ORDER.append(path)


def A(frm, to, text):
    return '<a href="%s">%s</a>' % (rel(frm, to), text)


# ---------------------------------------------------------------- frames
def html(title, css, inner):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n%s\n</body>\n</html>\n"
            % (title, css, inner))


def fr_portal(p, body):
    return html("职途导航 - 技能证书资讯汇总", "body{font-family:sans-serif;margin:0}header{background:#1d4f91;color:#fff;padding:10px}",
                "<header><h1>职途导航</h1><p>技能证书 · 继续教育 · 求职 资讯聚合（非官方）</p></header>\n"
                + body + "\n<footer><p>本站为信息聚合站，所列链接均来自网络公开页面，不代表本站观点。</p>"
                "<p>© 2026 职途导航 zhitudh</p></footer>")


def fr_gov(p, body, site):
    # site: dict(name, home, pages:[(path,label)], footer)
    nav = " | ".join(A(p, x, l) for x, l in site["nav"])
    return html(site["name"], "body{margin:0;font-family:SimSun,serif}.top{background:#b81c22;color:#fde9a8;padding:14px}"
                ".nav{background:#8c1014;padding:6px}.nav a{color:#fff;margin:0 8px}.side{float:right;width:220px;border:1px solid #ccc}",
                "<div class=\"top\"><span class=\"emblem\">★</span> <b style=\"font-size:26px\">%s</b><br><small>%s</small></div>\n"
                "<div class=\"nav\">%s</div>\n<div class=\"crumb\">当前位置：%s &gt; %s</div>\n"
                "<div class=\"side\"><h4>快速通道</h4><ul><li>证书查询</li><li>网上报名</li><li>补贴申领</li><li>考务公告</li></ul>"
                "<h4>友情链接</h4><ul>%s</ul></div>\n<div class=\"main\">%s</div>\n<div class=\"foot\" style=\"clear:both;border-top:3px solid #b81c22\">%s</div>"
                % (site["name"], site["sub"], nav, A(p, site["home"], "首页"), PAGES_TITLE.get(p, "正文"),
                   site.get("links", ""), body, site["footer"]))


PAGES_TITLE = {}


def fr_corp(p, body, site):
    nav = " · ".join(A(p, x, l) for x, l in site["nav"])
    return html(site["name"], "body{font-family:'Microsoft YaHei',sans-serif;margin:0}.hd{background:#fff;border-bottom:2px solid #0a7;padding:10px}"
                ".ft{background:#222;color:#aaa;padding:14px;font-size:12px}",
                "<div class=\"hd\"><b>%s</b> <span>%s</span><nav>%s</nav></div>\n<div class=\"banner\">%s</div>\n"
                "<div class=\"main\">%s</div>\n<aside><h4>服务热线</h4>%s</aside>\n<div class=\"ft\">%s</div>"
                % (site["name"], site["sub"], nav, site.get("banner", ""), body, site.get("aside", ""), site["footer"]))


PJZZ_FOOT = ("<p>中科智评职业技能等级认定中心 · 地址：北京市海淀区中关村南大街甲6号 · 咨询电话：010-6238 5517</p>"
             "<p>网址：www.zkzp-pj.org.cn · 本中心颁发证书可在 zscx.osta.org.cn 全国联网查询</p>"
             "<p>声明：合作站点仅承担宣传与培训组织，认定考核由本中心组织实施，任何站点无权承诺“包过”。</p>")


def fr_pjzz(p, body):
    return html("中科智评职业技能等级认定中心", "body{font-family:sans-serif}.hd{background:#004c8c;color:#fff;padding:12px}",
                "<div class=\"hd\"><b>中科智评职业技能等级认定中心</b> · 社会培训评价组织</div>\n<nav>%s | 机构简介 | 认定职业 | %s | 证书查询 | 联系我们</nav>\n"
                "<div class=\"crumb\">%s</div>\n<main>%s</main>\n<footer>%s</footer>"
                % (A(p, "pjzz/index.html", "首页"), A(p, "pjzz/index.html", "合作站点"),
                   A(p, "index.html", "返回职途导航"), body, PJZZ_FOOT))


JXJY_FOOT = ("<p>岭南理工学院继续教育学院（培训中心） 地址：广州市天河区五山路 办公室电话：020-8711 3265</p>"
             "<p>版权所有 © 岭南理工学院继续教育学院 粤ICP备1803xxxx号</p>")


def fr_jxjy(p, body):
    return html("岭南理工学院继续教育学院", "body{font-family:SimSun,serif}.hd{background:#3b2a78;color:#fff;padding:12px}",
                "<div class=\"hd\">岭南理工学院 · 继续教育学院 <small>School of Continuing Education</small></div>\n"
                "<nav>%s | 学院概况 | 学历教育 | %s | 合作办学 | 下载中心</nav>\n<div class=\"crumb\">%s &gt; 非学历培训</div>\n"
                "<main>%s</main>\n<footer>%s</footer>"
                % (A(p, "jxjy/index.html", "首页"), A(p, "jxjy/index.html", "非学历培训"),
                   A(p, "jxjy/index.html", "首页"), body, JXJY_FOOT))


NEWS_FOOT = ("<p>南方晨报网 · 新闻热线 020-8888 0606 · 违法和不良信息举报电话：020-8888 0660</p>"
             "<p>未经授权禁止转载 · 互联网新闻信息服务许可证 44120180000</p>")


def fr_news(p, body):
    return html("南方晨报网", "body{font-family:sans-serif}.hd{border-bottom:4px solid #c00}",
                "<div class=\"hd\"><b>南方晨报网</b> 要闻 | 社会 | %s | 教育 | 财经 | %s</div>\n<main>%s</main>\n"
                "<aside><h4>热门</h4><ol><li>%s</li><li>%s</li></ol></aside>\n<footer>%s</footer>"
                % (A(p, "news/index.html", "民生调查"), A(p, "index.html", "职途导航"), body,
                   A(p, "news/2026-04-shanzhai.html", "“山寨证书”换马甲再现"),
                   A(p, "news/zhengce-jiedu.html", "一图读懂职业技能等级认定"), NEWS_FOOT))


BBS_FOOT = "<p>职友社区 · 本站交流群 QQ群：204516837 · Powered by Discuz! X3.5 · 举报请发站内信给版主</p>"


def fr_bbs(p, body, title):
    return html(title + " - 职友社区", "body{font-family:sans-serif}.post{border:1px solid #ddd;margin:6px;padding:6px}.u{color:#369}",
                "<div class=\"hd\"><b>职友社区</b> 论坛 | 导读 | 搜索</div>\n<div class=\"crumb\">%s › %s › 考证交流</div>\n"
                "<h2>%s</h2>\n%s\n<div class=\"related\"><h4>相关帖子</h4>%s</div>\n<footer>%s</footer>"
                % (A(p, "index.html", "职途导航"), A(p, "bbs/index.html", "职友社区"), title, body,
                   A(p, "bbs/index.html", "返回版块"), BBS_FOOT))


def post(floor, user, t, text):
    return '<div class="post"><span class="u">%s</span> <small>%s楼 · 发表于 %s</small><div class="c">%s</div></div>' % (user, floor, t, text)


def fr_wenda(p, body, q):
    return html(q + " - 问必答", "body{font-family:sans-serif}.ans{border-top:1px solid #eee;padding:8px}",
                "<div class=\"hd\"><b>问必答</b> 首页 | %s | 提问</div>\n<h2>%s</h2>\n%s\n<aside><h4>相关问题</h4>%s</aside>\n"
                "<footer>问必答 · 回答仅代表答主个人观点 · 互动平台客服 wenbida_kf@163.com</footer>"
                % (A(p, "wenda/index.html", "职业考证"), q, body, A(p, "wenda/index.html", "更多考证问题")))


SHOP_FOOT = ("<p>优品课 youpinke.com · 平台客服热线 400-820-3366 · 客服邮箱 kefu@youpinke.com · 商家交流群 581320476</p>"
             "<p>上海优品课网络科技有限公司 统一社会信用代码 %s · %s · 平台不对第三方商家的证书承诺承担担保责任</p>")


def fr_shop(p, body, title):
    return html(title + " - 优品课", "body{font-family:sans-serif}.price{color:#e40;font-size:22px}",
                "<div class=\"hd\"><b>优品课</b> 职业培训好课 <input placeholder=\"搜索课程/证书\"> | %s | 购物车</div>\n"
                "<div class=\"crumb\">%s &gt; 职业技能 &gt; 人工智能</div>\n%s\n<footer>%s</footer>"
                % (A(p, "shop/help.html", "帮助中心"), A(p, "shop/index.html", "优品课首页"), body,
                   SHOP_FOOT % (USCC_SHOP, A(p, "shop/help.html", "商家入驻规则"))))


def fr_video(p, body, title):
    return html(title + " - 短拍", "body{background:#111;color:#eee;font-family:sans-serif}.cm{border-bottom:1px solid #333}",
                "<div class=\"hd\"><b>短拍</b> %s | 推荐 | 关注 | 直播</div>\n%s\n<footer>短拍 · 未成年人保护 · 举报邮箱 jubao@duanpai.tv · 网络文化经营许可证</footer>"
                % (A(p, "video/index.html", "首页"), body))


FENLEI_FOOT = "<p>同乡分类信息网 · 客服热线 400-606-1158 · 警惕先交费后服务、代办证书类信息</p>"


def fr_fenlei(p, body, title):
    return html(title + " - 同乡分类", "body{font-family:sans-serif}",
                "<div class=\"hd\"><b>同乡分类</b> %s &gt; 教育培训 &gt; 职业技能</div>\n<h2>%s</h2>\n%s\n"
                "<div>%s</div>\n<footer>%s</footer>" % (A(p, "fenlei/index.html", "首页"), title, body,
                                                       A(p, "fenlei/index.html", "查看更多同类信息"), FENLEI_FOOT))


def fr_qun(p, body, title):
    return html(title, "body{font-family:sans-serif;background:#f3f3f3}.notice{background:#fff;margin:10px;padding:12px}",
                "<div class=\"hd\">群公告 · 网页版 %s</div>\n<div class=\"notice\"><h3>%s</h3>%s</div>\n"
                "<footer>该公告由群主/管理员发布，已读 %s人</footer>" % (A(p, "index.html", "返回"), title, body, 217))


def fr_note(p, body, title):
    return html(title + " - 小记本", "body{font-family:sans-serif}.tags span{color:#e33}",
                "<div class=\"hd\"><b>小记本</b> 发现 | 发布 | %s</div>\n<h2>%s</h2>\n%s\n"
                "<footer>小记本 · 社区规范 · 商务合作请走官方蒲公英平台</footer>" % (A(p, "index.html", "职途导航"), title, body))


# ---------------------------------------------------------------- site builders
WRAP = {}


def put(path, title, frame, content, **kw):
    PAGES_TITLE[path] = title
    page(path, title, None, **kw)
    WRAP[path] = (frame, content)


SITE_GDZJ = dict(
    name="广东省职业技能鉴定服务网", sub="Guangdong Vocational Skill Appraisal Service · 技能人才评价 报名服务平台",
    home="sites/gdzj/index.html",
    nav=[("sites/gdzj/index.html", "网站首页"), ("sites/gdzj/index.html", "通知公告"),
         ("sites/gdzj/index.html", "网上报名"), ("sites/gdzj/index.html", "证书查询")],
    links="<li>人社部技能人才评价工作网</li><li>广东省职业技能鉴定指导中心 www.gdosta.org.cn</li>",
    footer=("<p>主办：广州粤才人力资源服务有限公司（广东省职业技能鉴定服务网） 统一社会信用代码：%s</p>"
            "<p>网址：www.gd-zyjd.com.cn 报名咨询：139-2648-1375 技术支持：凡科建站 www.fkw.com</p>" % USCC_U01))

SITE_GXZC = dict(
    name="国信智能人才评价中心", sub="全国AI技能人才服务平台 · 人工智能训练师考试报名入口",
    home="sites/gxzc/index.html",
    nav=[("sites/gxzc/index.html", "首页"), ("sites/gxzc/index.html", "报名须知"),
         ("sites/gxzc/index.html", "证书查询"), ("sites/gxzc/index.html", "合作招商")],
    links="<li>工信智才教育</li><li>人社部 技能人才评价</li>",
    footer=("<p>国信智能人才评价（北京）中心有限公司 版权所有 统一社会信用代码 %s</p>"
            "<p>官网 www.gxzc-ai.com 京ICP备2024xxxxx号 学员群 QQ群：738201546</p>" % USCC_U05))


def build():
    # ===================================================== index
    p = "index.html"
    sec = [("news/index.html", "南方晨报 · 民生调查频道"), ("bbs/index.html", "职友社区 · 考证交流版"),
           ("wenda/index.html", "问必答 · 职业考证"), ("shop/index.html", "优品课 · 职业技能课程"),
           ("video/index.html", "短拍 · 学习区"), ("fenlei/index.html", "同乡分类 · 教育培训"),
           ("pjzz/index.html", "中科智评职业技能等级认定中心"), ("jxjy/index.html", "岭南理工学院继续教育学院")]
    other = [("sites/gdzj/index.html", "广东省职业技能鉴定服务网"), ("sites/gxzc/index.html", "国信智能人才评价中心"),
             ("sites/hchr/index.html", "杭州前程汇才人力资源"), ("sites/zzyp/index.html", "中智云评职业技能评价"),
             ("sites/xcrl/index.html", "温州鑫创人力资源"),
             ("qun/notice-hz.html", "群公告：企业员工技能提升（杭州）"), ("qun/notice-gx.html", "群公告：AI训练师备考2群"),
             ("qun/notice-cd.html", "群公告：蓉才技能学堂学员群"),
             ("note/n-3391.html", "小记本：在职宝妈考AI训练师"), ("note/n-4410.html", "小记本：技能补贴怎么领"),
             ("note/n-5072.html", "小记本：成都人工智能训练师三级")]
    body = ("<section><h2>频道</h2><ul>%s</ul></section>\n<section><h2>网友提交的网站与页面</h2><ul>%s</ul></section>"
            "<section><h3>提示</h3><p>证书真伪请以技能人才评价工作网查询结果为准。</p></section>"
            % ("".join("<li>%s</li>" % A(p, x, l) for x, l in sec), "".join("<li>%s</li>" % A(p, x, l) for x, l in other)))
    put(p, "职途导航", fr_portal, body, note="hub index of the web")

    # ===================================================== U01 look-alike assessment centre
    p = "sites/gdzj/index.html"
    put(p, "首页", lambda p, b: fr_gov(p, b, SITE_GDZJ),
        "<h3>最新公告</h3><ul><li>关于2026年第二批人工智能训练师等级认定报名工作的通知（已转发至%s）</li><li>关于技能提升补贴申领材料的说明</li></ul>"
        "<h3>人工智能训练师（4-04-05-05）等级认定 常年报名</h3>"
        "<p>本网受理五级/四级/三级报名，统一组织培训、考核，证书全国联网可查（zscx.osta.org.cn），入库人社系统。"
        "零基础可报，最快30天拿证，一次报名三级同考享优惠。</p>"
        "<p>证书样本编号：S000044010020263123456（仅作展示）</p>"
        "<p>报名微信：YZJ-KeFu88（审核老师） 电话：139-2648-1375</p>"
        % A(p, "fenlei/index.html", "同乡分类"),
        is_offer=True, op="U01", provider="广东省职业技能鉴定服务网",
        ids=[("phone", "+8613926481375", "139-2648-1375"), ("wechat", "yzj-kefu88", "YZJ-KeFu88"),
             ("uscc", USCC_U01, USCC_U01), ("domain", "gd-zyjd.com.cn", "www.gd-zyjd.com.cn")],
        note="look-alike 'provincial skill appraisal' site run by a company (91 code); sells levels 5-3")
    p = "fenlei/post-90355.html"
    put(p, "p90355", lambda p, b: fr_fenlei(p, b, "转：关于2026年第二批人工智能训练师等级认定报名工作的通知"),
        "<p>发布者：华南职业技能评价服务中心（个人认证）</p><h3>关于2026年第二批人工智能训练师等级认定报名工作的通知</h3><p>原发布时间：2026-02-18 来源：本网 浏览：3216</p>"
        "<p>各有关单位、广大考生：根据《人工智能训练师国家职业技能标准（2021年版）》，现将第二批认定报名事项通知如下：</p>"
        "<ol><li>报名时间：即日起至3月31日，额满即止；</li><li>报考等级：五级、四级、三级（学历不限、经验不限）；</li>"
        "<li>费用：五级1680元，四级2280元，三级2980元，含培训、考务、证书费；可协助申领技能提升补贴；</li>"
        "<li>报名方式：拨打 <a href=\"tel:+8613926481375\">报名专线</a> 或添加审核老师微信。</li></ol>"
        "<p>广东省职业技能鉴定服务网 2026年2月18日</p><p>附：上级业务指导 www.gdosta.org.cn</p>"
        "<p>本机构统一社会信用代码：%s <a href=\"tel:+8613926481375\">一键拨号</a></p>" % USCC_U01,
        is_offer=True, op="U01", provider="华南职业技能评价服务中心",
        ids=[("phone", "+8613926481375", "tel:+8613926481375"), ("uscc", USCC_U01, USCC_U01)],
        note="classifieds repost of an official-looking enrolment notice (look-alike centre)")

    # ===================================================== U05 look-alike 'national' centre
    p = "sites/gxzc/index.html"
    put(p, "首页", lambda p, b: fr_gov(p, b, SITE_GXZC),
        "<h3>人工智能训练师 职业技能等级证书 报考入口</h3><p>国信智能人才评价中心是面向全国的人工智能技能人才评价服务平台，"
        "与工信体系单位长期合作，证书官网可查、全国通用。</p><p>开设：五级/四级/三级/二级（技师），在职人员、大学生均可报考。</p>"
        "<p>全国咨询：135 2081 7463　官网：www.gxzc-ai.com　学员答疑QQ群：738201546</p>"
        "<p>分站招商邮箱：yourname@example.com</p><p>%s</p>" % A(p, "bbs/index.html", "报名须知见职友社区置顶帖 »"),
        is_offer=True, op="U05", provider="国信智能人才评价中心",
        ids=[("phone", "+8613520817463", "135 2081 7463"), ("domain", "gxzc-ai.com", "www.gxzc-ai.com"),
             ("qq_group", "738201546", "738201546"), ("uscc", USCC_U05, USCC_U05)],
        note="company (91 code) named like a national centre; sells up to level 2 to anyone")
    p = "bbs/thread-5573.html"
    put(p, "报名须知", lambda p, b: fr_bbs(p, b, "【招生】2026年度人工智能训练师报名须知（全国AI技能人才服务平台）"),
        post(1, "工信智才教育", "2026-03-28", "<p>一、报名对象：不限专业、不限年龄，零基础可报。</p>"
        "<p>二、证书：颁发职业技能等级证书，证书印有查询网址 jndj.osta.org.cn 及本中心二维码，双平台可查。</p>"
        "<p>三、费用：四级2680元；三级3680元；技师6800元（含VIP保障班）。</p>"
        "<p>四、报名：在线填写报名表（表单由 jinshuju.net 提供），或致电 +86 135 2081 7463。</p>")
        + post(2, "路人甲", "2026-03-28", "技师不用三级证？"),
        is_offer=True, op="U05", provider="工信智才教育",
        ids=[("phone", "+8613520817463", "+86 135 2081 7463")],
        note="forum advertising post with enrolment rules of the look-alike national centre")

    # ===================================================== U03 HR outsourcing firm
    SITE_HCHR = dict(name="前程汇才人力资源", sub="人力资源外包 · 劳务派遣 · 职业技能提升",
                     nav=[("sites/hchr/index.html", "首页"), ("sites/hchr/index.html", "技能培训"),
                          ("sites/hchr/index.html", "人事代理"), ("sites/hchr/index.html", "联系我们")],
                     banner="<p>杭州人才服务外包中心 · 企业用工一站式服务</p>",
                     aside="<p>158 5821 6043</p>",
                     footer=("<p>杭州前程汇才人力资源有限公司 统一社会信用代码 %s 人力资源服务许可证 330106202300xx</p>"
                             "<p>www.hchr-zj.cn 地址：杭州市西湖区文三路 萧山分公司电话：138-0013-8000</p>" % USCC_U03))
    p = "sites/hchr/index.html"
    put(p, "首页", lambda p, b: fr_corp(p, b, SITE_HCHR),
        "<h3>业务范围</h3><ul><li>人事代理、社保代缴</li><li>劳务派遣与岗位外包</li><li>%s：受托组织在职员工参加人工智能训练师、数据标注等级认定</li></ul>"
        "<p>我们与多家备案评价机构合作，企业批量报名享团体价。</p>"
        "<h2 id=\"ai\">人工智能训练师（数据标注员）等级认定 企业/个人报名</h2><p>五级：1280元 四级：1880元 三级：2680元（可代办技能提升补贴，补贴后几乎免费）</p>"
        "<p>线上直播课+线下实操，考前题库密训，通过率98%%。</p><p>报名电话 <a href=\"tel:15858216043\">15858216043</a> 微信 hchr2026</p>"
        "<p>如需发票请联系 yourname@example.com</p>"
        % A(p, "sites/hchr/index.html", "职业技能提升"),
        is_offer=True, op="U03", provider="杭州前程汇才人力资源有限公司",
        ids=[("phone", "+8615858216043", "158 5821 6043"), ("phone", "+8615858216043", "tel:15858216043"),
             ("wechat", "hchr2026", "hchr2026"), ("uscc", USCC_U03, USCC_U03), ("domain", "hchr-zj.cn", "www.hchr-zj.cn")],
        note="HR/outsourcing firm site: services plus AI-trainer course with subsidy lure")

    # ===================================================== U08 company site
    SITE_ZZYP = dict(name="中智云评职业技能评价", sub="深港智训 · 鹏城AI学院",
                     nav=[("sites/zzyp/index.html", "首页"), ("sites/zzyp/index.html", "认定项目"), ("sites/zzyp/index.html", "关于我们")],
                     aside="<p>+86-189-3807-2641</p>",
                     footer=("<p>中智云评（深圳）职业技能评价服务有限公司 统一社会信用代码：%s</p>"
                             "<p>www.zzyp-sz.com 总部电话 138-0013-8000（请替换） 粤ICP备2025xxxx号</p>" % USCC_U08))
    p = "sites/zzyp/index.html"
    put(p, "首页", lambda p, b: fr_corp(p, b, SITE_ZZYP),
        "<h2>人工智能训练师 三级/二级 认定服务</h2><p>本公司为多家评价组织授权合作站点，提供报名、培训、考务一条龙服务。"
        "三级+二级双证联报 7980 元，赠深圳积分入户政策咨询。</p><p>证书样本：S000044010020263123456</p>"
        "<p>咨询：+86-189-3807-2641（同微信）</p>",
        is_offer=True, op="U08", provider="中智云评（深圳）职业技能评价服务有限公司",
        ids=[("phone", "+8618938072641", "+86-189-3807-2641"), ("uscc", USCC_U08, USCC_U08), ("domain", "zzyp-sz.com", "www.zzyp-sz.com")],
        note="evaluation-service company site claiming partner status; sells level 3+2 bundle")

    # ===================================================== I05 HR company single page
    SITE_XC = dict(name="温州鑫创人力资源", sub="灵活用工 · 技能培训",
                   nav=[("sites/xcrl/index.html", "首页")], aside="<p>133 0571 8826</p>",
                   footer="<p>温州鑫创人力资源有限公司 统一社会信用代码 %s 技术支持：凡科建站 www.fkw.com</p>" % USCC_I05)
    p = "sites/xcrl/index.html"
    put(p, "首页", lambda p, b: fr_corp(p, b, SITE_XC),
        "<h3>员工技能提升项目</h3><p>为合作企业员工组织人工智能训练师五级、四级培训与认定报名，按人社规定申领补贴。"
        "个人报名亦可，五级980元。</p><p>联系人：陈经理 133 0571 8826</p>",
        is_offer=True, op="I05", provider="温州鑫创人力资源有限公司",
        ids=[("phone", "+8613305718826", "133 0571 8826"), ("uscc", USCC_I05, USCC_I05)],
        note="small HR firm, independent seller")

    # ===================================================== pjzz evaluation org partner pages
    p = "pjzz/index.html"
    put(p, "合作站点", fr_pjzz,
        "<h2>授权合作站点公示</h2><p>以下站点为本中心人工智能训练师项目宣传培训合作单位，认定考核由本中心统一实施。</p>"
        "<table border=1><tr><th>编号</th><th>站点</th><th>地区</th></tr>"
        "<tr><td>0317</td><td>%s</td><td>北京</td></tr><tr><td>0422</td><td>%s</td><td>深圳</td></tr></table>"
        "<p>证书查询请登录 zscx.osta.org.cn。</p>"
        % (A(p, "pjzz/partner-0317.html", "京华智训（北京）教育科技有限公司"), A(p, "pjzz/partner-0422.html", "深港智训")),
        note="evaluation organisation's partner list (non-offer)")
    p = "pjzz/partner-0317.html"
    put(p, "合作站点0317", fr_pjzz,
        "<h2>合作站点：京华智训（北京）教育科技有限公司</h2><p>授权项目：人工智能训练师（四级、三级）培训组织</p>"
        "<p>站点报名：2026年每月滚动开班，线上学习40课时+线下实操。四级学费2380元。</p>"
        "<p>站点联系人：吴老师 186 1043 7529 QQ：2875531946</p>",
        is_offer=True, op="U02", provider="京华智训（北京）教育科技有限公司",
        ids=[("phone", "+8618610437529", "186 1043 7529"), ("qq", "2875531946", "QQ：2875531946")],
        note="partner detail page on an evaluation organisation's site")
    p = "pjzz/partner-0422.html"
    put(p, "合作站点0422", fr_pjzz,
        "<h2>合作站点：深港智训</h2><p>授权项目：人工智能训练师（五级至三级）</p><p>站点电话：189 3807 2641</p>"
        "<p>说明：站点收费标准以站点公示为准。</p>",
        is_offer=True, op="U08", provider="深港智训",
        ids=[("phone", "+8618938072641", "189 3807 2641")],
        note="partner detail page; ties to 中智云评 via phone")

    # ===================================================== jxjy continuing education
    p = "jxjy/index.html"
    put(p, "非学历培训", fr_jxjy,
        "<h2>非学历培训项目</h2><ul><li>%s 课程编号：15920260301</li><li>%s</li><li>%s</li></ul>"
        "<p>注：合作办学项目由合作单位负责招生咨询。</p>"
        % (A(p, "jxjy/zs-ai-2026.html", "人工智能训练师（四级/三级）研修班 2026年春季招生简章"),
           A(p, "jxjy/zs-tfzx.html", "（成都教学点）人工智能训练师三级培训招生"),
           A(p, "jxjy/zs-jkgl.html", "健康管理师（三级）培训班招生")),
        note="college continuing-education list page")
    p = "jxjy/zs-ai-2026.html"
    put(p, "招生简章", fr_jxjy,
        "<h2>人工智能训练师（四级/三级）研修班 2026年春季招生简章</h2><p>课程编号：15920260301</p>"
        "<p>合作办学单位：广州卓越智培教育科技有限公司（南方人工智能产业学院筹备组）</p>"
        "<p>学制：周末班8周；学费：四级3200元、三级4200元，结业颁发学院结业证书，并组织参加职业技能等级认定。</p>"
        "<p>报名咨询：张老师 177 2739 0158 邮箱 zhuoyuezp@126.com 网上报名（金数据 jinshuju.net 表单）</p>",
        is_offer=True, op="U04", provider="岭南理工继教·卓越智培人工智能训练师研修班",
        ids=[("phone", "+8617727390158", "177 2739 0158"), ("email", "zhuoyuezp@126.com", "zhuoyuezp@126.com")],
        note="continuing-education admission notice run by a partner company")
    p = "jxjy/zs-tfzx.html"
    put(p, "成都教学点", fr_jxjy,
        "<h2>（成都教学点）人工智能训练师三级培训招生</h2><p>承办：天府智训继续教育（成都蓉才人力资源有限公司）</p>"
        "<p>面向在职人员，大专及以上学历优先，三级学费3580元，可申领技能提升补贴。</p>"
        "<p>咨询电话：028-8671 5390 报名邮箱：rongcaipx@yeah.net</p>",
        is_offer=True, op="U09", provider="天府智训继续教育",
        ids=[("phone", "+862886715390", "028-8671 5390"), ("email", "rongcaipx@yeah.net", "rongcaipx@yeah.net")],
        note="continuing-education teaching-point page of an HR firm")
    p = "jxjy/zs-jkgl.html"
    put(p, "健康管理师", fr_jxjy,
        "<h2>健康管理师（三级）培训班招生</h2><p>面向医护、药店从业人员，培训120学时，组织参加等级认定。</p>"
        "<p>咨询请致电学院办公室。</p>", note="another occupation's course (non-offer for AI trainer)")

    # ===================================================== news
    p = "news/index.html"
    put(p, "民生调查", fr_news,
        "<h2>民生调查</h2><ul><li>%s</li><li>%s</li><li>%s</li></ul>"
        % (A(p, "news/2026-03-jianding.html", "起名“鉴定服务网”“评价中心”，这些考证网站并非官方"),
           A(p, "news/2026-04-shanzhai.html", "“山寨证书”换马甲再现：AI训练师成新卖点"),
           A(p, "news/zhengce-jiedu.html", "一图读懂：职业技能等级证书由谁发、去哪查")),
        note="news list")
    p = "news/2026-03-jianding.html"
    put(p, "起名鉴定服务网", fr_news,
        "<h2>起名“鉴定服务网”“评价中心”，这些考证网站并非官方</h2><p>本报记者 林晓 2026-03-12</p>"
        "<p>记者调查发现，网上多家自称“××省职业技能鉴定服务网”“国家××人才评价中心”的网站，页面使用红色抬头和五角星图案，"
        "实为商业公司开办。广东省职业技能鉴定指导中心的官方网址是 www.gdosta.org.cn，证书查询应通过 zscx.osta.org.cn。</p>"
        "<p>市民黄女士称，她按某网站上的“报名专线”170 9263 5518 转账3280元后被拉黑。人社部门提醒，可拨打12333咨询。</p>",
        note="news report on look-alike sites; quotes scammer phone")
    p = "news/2026-04-shanzhai.html"
    put(p, "山寨证书换马甲", fr_news,
        "<h2>“山寨证书”换马甲再现：AI训练师成新卖点</h2><p>2026-04-03</p>"
        "<p>“零基础三级同考”“30天拿证”……人工智能训练师成了培训广告的新卖点。人事考试中心网站 cpta.com.cn 设有山寨证书声明栏目。</p>"
        "<p>有读者反映，号码为 170 9263 5518 的“考务老师”以“内部名额”为由收费。遇到虚假宣传可拨打12315投诉。</p>",
        note="warning article; quotes scammer phone, 12315, cpta")
    p = "news/zhengce-jiedu.html"
    put(p, "政策解读", fr_news,
        "<h2>一图读懂：职业技能等级证书由谁发、去哪查</h2><p>人工智能训练师（4-04-05-05）属于职业技能等级认定范围，证书由备案的评价机构颁发，"
        "不是“人社部颁发”的国家职业资格证书。证书印有查询网址 jndj.osta.org.cn，也可在 zscx.osta.org.cn 查询；"
        "山寨证书声明见 cpta.com.cn。政策咨询请拨12333。</p>",
        note="policy-only explainer")

    # ===================================================== bbs
    p = "bbs/index.html"
    put(p, "考证交流", lambda p, b: fr_bbs(p, b, "考证交流"),
        "<ul><li>%s</li><li>%s</li><li>%s</li><li>%s</li><li>%s</li><li>%s</li></ul>"
        % (A(p, "bbs/thread-5502.html", "【避雷】交了3280报人工智能训练师，现在联系不上"),
           A(p, "bbs/thread-5519.html", "上海考AI训练师四级经验贴（自己报的评价机构）"),
           A(p, "bbs/thread-5521.html", "北京有没有靠谱的AI训练师培训？"),
           A(p, "bbs/thread-5538.html", "上海人工智能训练师三级在哪考"),
           A(p, "bbs/thread-5560.html", "数据标注员能不能直接考三级"),
           A(p, "bbs/thread-5573.html", "【招生】2026年度人工智能训练师报名须知")),
        note="forum board list")
    p = "bbs/thread-5502.html"
    put(p, "避雷", lambda p, b: fr_bbs(p, b, "【避雷】交了3280报人工智能训练师，现在联系不上"),
        post(1, "小鹿不吃香菜", "2026-03-20", "在一个叫“鉴定服务网”的网站上看到报名，打了 170 9263 5518，对方说三级包过，"
             "我转了3280，订单号 18820260509，之后就拉黑了。已经打了12315。")
        + post(2, "学员小周", "2026-03-20", "一样的套路，有同样情况的加我微信 zhou_xm1990 一起维权")
        + post(3, "版主", "2026-03-21", "证书查询只认 zscx.osta.org.cn，也可以打12333问。"),
        note="complaint thread; scammer phone, order number, commenter contact")
    p = "bbs/thread-5519.html"
    put(p, "经验贴", lambda p, b: fr_bbs(p, b, "上海考AI训练师四级经验贴（自己报的评价机构）"),
        post(1, "momo_ai", "2026-02-11", "自己在评价机构官网报的名，理论+实操，实操考数据清洗和标注。考点是浦东新区职业技能鉴定所，"
             "电话021-58631470，考前可以打电话问机房安排。补贴的事情打上海人社热线021-12333问的。")
        + post(2, "学员小周", "2026-02-12", "楼主有没有资料，可以发我吗 zhou_xm1990"),
        note="learner experience post")
    p = "bbs/thread-5521.html"
    put(p, "北京培训", lambda p, b: fr_bbs(p, b, "北京有没有靠谱的AI训练师培训？"),
        post(1, "阿木", "2026-03-02", "想考四级，有推荐的吗？")
        + post(2, "京华智训-吴老师", "2026-03-02", "我们是中科智评授权合作站点，四级每月开班，线上+线下实操，需要可以加 扣扣 2875-531-946 发你简章。")
        + post(3, "阿木", "2026-03-03", "谢谢，我先看看"),
        is_offer=True, op="U02", provider="京华智训",
        ids=[("qq", "2875531946", "2875-531-946")], note="forum reply that sells")
    p = "bbs/thread-5538.html"
    put(p, "上海三级", lambda p, b: fr_bbs(p, b, "上海人工智能训练师三级在哪考"),
        post(1, "ranran", "2026-03-15", "上海三级在哪考？要先有四级吗？")
        + post(2, "沪职评考务服务", "2026-03-15", "我们统一安排在浦东新区职业技能鉴定所考试（021-58631470），无四级也可以走“直报通道”，"
               "考务费+培训2980，有意私信或电话 137 6182 9450")
        + post(3, "ranran", "2026-03-16", "直报通道是什么？"),
        is_offer=True, op="U07", provider="沪职评考务服务",
        ids=[("phone", "+8613761829450", "137 6182 9450")], note="forum reply that sells exam arrangement")
    p = "bbs/thread-5560.html"
    put(p, "数据标注员", lambda p, b: fr_bbs(p, b, "数据标注员能不能直接考三级"),
        post(1, "标注打工人", "2026-04-01", "做了半年标注，想直接考三级")
        + post(2, "AI证书小王", "2026-04-01", "可以的，我们这边有名额，三级+四级一起办，Q 3301845726 详聊"),
        is_offer=True, op="I02", provider="AI证书小王",
        ids=[("qq", "3301845726", "Q 3301845726")], note="independent seller's forum reply")

    # ===================================================== wenda
    p = "wenda/index.html"
    put(p, "职业考证", lambda p, b: fr_wenda(p, b, "职业考证"),
        "<ul><li>%s</li><li>%s</li><li>%s</li><li>%s</li><li>%s</li></ul>"
        % (A(p, "wenda/q-1043.html", "广东人工智能训练师在哪里报名？"), A(p, "wenda/q-2210.html", "人工智能训练师技师证怎么考？"),
           A(p, "wenda/q-2287.html", "上海AI训练师考务老师靠谱吗"), A(p, "wenda/q-2301.html", "学生党能考人工智能训练师吗"),
           A(p, "wenda/q-2350.html", "公司想给员工统一报人工智能训练师，怎么操作？")),
        note="Q&A list")
    p = "wenda/q-1043.html"
    put(p, "q1043", lambda p, b: fr_wenda(p, b, "广东人工智能训练师在哪里报名？"),
        "<div class=\"ans\"><b>华南职业技能评价服务中心-李老师</b>（认证答主）<p>广东这边可以通过广东省职业技能鉴定服务网报名，"
        "网址 gd-zyjd点com点cn，五级到三级都能报，有疑问加审核老师 ｙｚｊ－ｋｅｆｕ８８。</p></div>"
        "<div class=\"ans\"><b>路过的HR</b><p>建议先在官方查评价机构名单。</p></div>",
        is_offer=True, op="U01", provider="华南职业技能评价服务中心",
        ids=[("wechat", "yzj-kefu88", "ｙｚｊ－ｋｅｆｕ８８"), ("domain", "gd-zyjd.com.cn", "gd-zyjd点com点cn")],
        note="Q&A answer that sells for the look-alike centre")
    p = "wenda/q-2210.html"
    put(p, "q2210", lambda p, b: fr_wenda(p, b, "人工智能训练师技师证怎么考？"),
        "<div class=\"ans\"><b>工信智才教育</b><p>技师（二级）我们可以直接报，不用先考三级，全国AI技能人才服务平台统一组织，"
        "进 QQ群 738 201 546 领报考指南。</p></div>",
        is_offer=True, op="U05", provider="工信智才教育",
        ids=[("qq_group", "738201546", "738 201 546")], note="Q&A answer selling level 2 directly")
    p = "wenda/q-2287.html"
    put(p, "q2287", lambda p, b: fr_wenda(p, b, "上海AI训练师考务老师靠谱吗"),
        "<div class=\"ans\"><b>申城技能考务中心</b><p>我们是正规考务服务，资料发邮箱 kaowu_sh#sina.com（#换成@），"
        "扣扣一五九三零二七七四六。</p></div><div class=\"ans\"><b>学员小周</b><p>小心点，有问题加我 zhou_xm1990</p></div>",
        is_offer=True, op="U07", provider="申城技能考务中心",
        ids=[("email", "kaowu_sh@sina.com", "kaowu_sh#sina.com"), ("qq", "1593027746", "一五九三零二七七四六")],
        note="Q&A answer selling exam services")
    p = "wenda/q-2350.html"
    put(p, "q2350", lambda p, b: fr_wenda(p, b, "公司想给员工统一报人工智能训练师，怎么操作？"),
        "<div class=\"ans\"><b>杭州人才服务外包中心</b><p>企业团报可以委托我们这种人力资源服务机构办理，"
        "员工五级/四级考完后代申补贴。流程和报价见官网 WWW.HCHR-ZJ.CN，或者微信搜 Hchr2026。</p></div>"
        "<div class=\"ans\"><b>HR老王</b><p>先确认评价机构在人社备案名单里。</p></div>",
        is_offer=True, op="U03", provider="杭州人才服务外包中心",
        ids=[("domain", "hchr-zj.cn", "WWW.HCHR-ZJ.CN"), ("wechat", "hchr2026", "Hchr2026")],
        note="Q&A answer by the HR firm's look-alike 'talent service centre' brand")
    p = "wenda/q-2301.html"
    put(p, "q2301", lambda p, b: fr_wenda(p, b, "学生党能考人工智能训练师吗"),
        "<div class=\"ans\"><b>林老师AI课堂</b><p>大二可以先考五级，我这有课程和报名渠道，学生价880元。"
        "邮箱 lp_aitrainer@outlook.com 或 vx lp-ai-trainer</p></div>",
        is_offer=True, op="I06", provider="林老师AI课堂",
        ids=[("email", "lp_aitrainer@outlook.com", "lp_aitrainer@outlook.com"), ("wechat", "lp-ai-trainer", "lp-ai-trainer")],
        note="independent seller Q&A answer")

    # ===================================================== shop
    p = "shop/index.html"
    put(p, "优品课", lambda p, b: fr_shop(p, b, "职业技能"),
        "<ul><li>%s</li><li>%s</li><li>%s</li><li>%s</li></ul>"
        % (A(p, "shop/item-2207.html", "粤才人力资源旗舰店｜人工智能训练师三级报名"), A(p, "shop/item-3018.html", "南方人工智能产业学院(筹)｜AI训练师研修"),
           A(p, "shop/item-3125.html", "上海智训考务｜AI训练师考务服务"), A(p, "shop/item-3390.html", "AI考证工作室｜五级速成")),
        note="marketplace category list")
    p = "shop/help.html"
    put(p, "帮助中心", lambda p, b: fr_shop(p, b, "帮助中心"),
        "<h2>帮助中心</h2><p>如何查询订单？在“我的订单”中查看。平台客服工作时间 9:00-21:00。</p>"
        "<p>商家入驻需提交营业执照，证书类课程不得承诺包过。</p>", note="marketplace help page")
    p = "shop/item-2207.html"
    put(p, "item2207", lambda p, b: fr_shop(p, b, "粤才人力资源旗舰店"),
        "<h2>【粤才人力资源旗舰店】人工智能训练师 三级 报名+培训+考务</h2><p class=\"price\">¥2980</p>"
        "<p>已售 312 | 店铺：粤才人力资源旗舰店</p><p>拍下后请联系店铺客服，或电话 一三九 二六四八 一三七五 预约审核。</p>"
        "<div class=\"review\">买家评价：老师回复快。</div>",
        is_offer=True, op="U01", provider="粤才人力资源旗舰店",
        ids=[("phone", "+8613926481375", "一三九 二六四八 一三七五")], note="marketplace item of U01")
    p = "shop/item-3018.html"
    put(p, "item3018", lambda p, b: fr_shop(p, b, "南方人工智能产业学院(筹)"),
        "<h2>南方人工智能产业学院(筹) 人工智能训练师四级研修课</h2><p class=\"price\">¥3200</p>"
        "<p>高校继续教育合作项目，结课组织认定。开票请邮件 zhuoyuezp(at)126.com，客服 vx ZYZP0158</p>",
        is_offer=True, op="U04", provider="南方人工智能产业学院(筹)",
        ids=[("email", "zhuoyuezp@126.com", "zhuoyuezp(at)126.com"), ("wechat", "zyzp0158", "ZYZP0158")],
        note="marketplace item of U04")
    p = "shop/item-3125.html"
    put(p, "item3125", lambda p, b: fr_shop(p, b, "上海智训考务"),
        "<h2>上海智训考务｜人工智能训练师三级考务服务（含培训）</h2><p class=\"price\">¥2980</p>"
        "<p>考点：浦东新区职业技能鉴定所（021-58631470）；补贴政策可咨询021-12333。</p>"
        "<p>店主QQ 1593027746 电话 1376182 9450</p>"
        "<div class=\"review\">买家晒单：订单号 18820260509 已收到资料。</div>",
        is_offer=True, op="U07", provider="上海智训考务",
        ids=[("qq", "1593027746", "QQ 1593027746"), ("phone", "+8613761829450", "1376182 9450")],
        note="marketplace item of U07")
    p = "shop/item-3390.html"
    put(p, "item3390", lambda p, b: fr_shop(p, b, "AI考证工作室"),
        "<h2>AI考证工作室｜人工智能训练师五级 速成班</h2><p class=\"price\">¥1280</p>"
        "<p>上海考点可选浦东新区职业技能鉴定所 021-58631470。咨询 150 2347 8816</p>",
        is_offer=True, op="I01", provider="AI考证工作室",
        ids=[("phone", "+8615023478816", "150 2347 8816")], note="independent marketplace seller")

    # ===================================================== video
    p = "video/index.html"
    put(p, "学习区", lambda p, b: fr_video(p, b, "学习区"),
        "<ul><li>%s</li><li>%s</li><li>%s</li><li>%s</li></ul>"
        % (A(p, "video/v-7730.html", "@汇才职培 企业员工考AI训练师"), A(p, "video/v-8102.html", "@智汇人社技能服务 补贴政策"),
           A(p, "video/v-8455.html", "@鹏城AI学院 三级二级双证"), A(p, "video/v-8620.html", "@阿杰聊AI 训练师到底值不值")),
        note="short-video list")
    p = "video/v-7730.html"
    put(p, "v7730", lambda p, b: fr_video(p, b, "汇才职培"),
        "<h2>@汇才职培</h2><p>视频文案：公司出钱让员工考AI训练师？补贴后几乎免费！主页置顶有方式 V❤: hchr二零二六</p>"
        "<div class=\"cm\">评论：怎么报名 → 作者回复：私信或看主页</div>",
        is_offer=True, op="U03", provider="汇才职培",
        ids=[("wechat", "hchr2026", "hchr二零二六")], note="short video selling")
    p = "video/v-8102.html"
    put(p, "v8102", lambda p, b: fr_video(p, b, "智汇人社技能服务"),
        "<h2>@智汇人社技能服务</h2><p>视频文案：人社技能补贴最后一批！AI训练师四级报名 ＋ 代申补贴，加 RSJN_FW01。"
        "收款户名：南京智汇技能服务有限公司</p><div class=\"cm\">学员小周：私聊 zhou_xm1990</div>",
        is_offer=True, op="U06", provider="智汇人社技能服务",
        ids=[("wechat", "rsjn_fw01", "RSJN_FW01"), ("other", "南京智汇技能服务有限公司", "南京智汇技能服务有限公司")],
        note="short video selling, payee name")
    p = "video/v-8455.html"
    put(p, "v8455", lambda p, b: fr_video(p, b, "鹏城AI学院"),
        "<h2>@鹏城AI学院</h2><p>视频文案：三级+二级双证，深圳积分入户必备！官网 zzyp-sz点com，电话 壹捌玖-3807-2641</p>",
        is_offer=True, op="U08", provider="鹏城AI学院",
        ids=[("domain", "zzyp-sz.com", "zzyp-sz点com"), ("phone", "+8618938072641", "壹捌玖-3807-2641")],
        note="short video selling")
    p = "video/v-8620.html"
    put(p, "v8620", lambda p, b: fr_video(p, b, "阿杰聊AI"),
        "<h2>@阿杰聊AI</h2><p>视频文案：训练师证到底值不值？想报的评论区扣1，我拉你进内部班，wx：ajie-ai-2026</p>",
        is_offer=True, op="I03", provider="阿杰聊AI",
        ids=[("wechat", "ajie-ai-2026", "ajie-ai-2026")], note="independent short-video seller")

    # ===================================================== fenlei
    p = "fenlei/index.html"
    put(p, "教育培训", lambda p, b: fr_fenlei(p, b, "教育培训·职业技能"),
        "<ul><li>%s</li><li>%s</li><li>%s</li><li>%s</li><li>%s</li></ul>"
        % (A(p, "fenlei/post-88213.html", "北京 国培智训 AI训练师报名"), A(p, "fenlei/post-90176.html", "南京 技能补贴申领 人工智能训练师"),
           A(p, "fenlei/post-90533.html", "杭州 人工智能训练师五级 周末班"), A(p, "fenlei/job-3321.html", "招聘：数据标注员（可提供实习）"),
           A(p, "fenlei/post-90355.html", "转：2026年第二批人工智能训练师等级认定报名通知")),
        note="classifieds list")
    p = "fenlei/post-88213.html"
    put(p, "p88213", lambda p, b: fr_fenlei(p, b, "北京 国培智训 AI训练师报名"),
        "<p>发布者：国培智训人力资源（企业认证）</p><p>人工智能训练师四级/三级，名额有限，联系 +86 186-1043-7529，"
        "简章发邮箱 zhxun_edu＠163.com</p>",
        is_offer=True, op="U02", provider="国培智训人力资源",
        ids=[("phone", "+8618610437529", "+86 186-1043-7529"), ("email", "zhxun_edu@163.com", "zhxun_edu＠163.com")],
        note="classifieds post")
    p = "fenlei/post-90176.html"
    put(p, "p90176", lambda p, b: fr_fenlei(p, b, "南京 技能补贴申领 人工智能训练师"),
        "<p>发布者：技能补贴申领服务站</p><p>在职交社保满一年即可申领，报AI训练师四级代办补贴，详询１９９５１２０６３８７ 微信 rsjn_fw01。"
        "政策可拨打12333核实。</p>",
        is_offer=True, op="U06", provider="技能补贴申领服务站",
        ids=[("phone", "+8619951206387", "１９９５１２０６３８７"), ("wechat", "rsjn_fw01", "rsjn_fw01")],
        note="classifieds post, subsidy service")
    p = "fenlei/post-90533.html"
    put(p, "p90533", lambda p, b: fr_fenlei(p, b, "杭州 人工智能训练师五级 周末班"),
        "<p>个人发布</p><p>人工智能训练师五级周末班，小班教学，1180元。电话 182 5739 1024</p>",
        is_offer=True, op="I04", provider="杭州AI周末班（个人）",
        ids=[("phone", "+8618257391024", "182 5739 1024")], note="independent classifieds seller")
    p = "fenlei/job-3321.html"
    put(p, "j3321", lambda p, b: fr_fenlei(p, b, "招聘：数据标注员（可提供实习）"),
        "<p>某数据服务公司招聘数据标注员20名，月薪4500-6500，入职后公司组织参加等级认定，不收取任何费用。简历投递 hr@biaozhu-data.cn</p>",
        note="job ad (non-offer)")

    # ===================================================== qun
    p = "qun/notice-hz.html"
    put(p, "群公告", lambda p, b: fr_qun(p, b, "企业员工技能提升（杭州）群公告"),
        "<p>各位HR好，本群由杭州人才服务外包中心维护。2026年AI训练师企业团报已开启，五级/四级可代申补贴。</p>"
        "<p>对接人微信 h c h r 2 0 2 6，电话 158-5821-6043（工作日）</p>",
        is_offer=True, op="U03", provider="杭州人才服务外包中心",
        ids=[("wechat", "hchr2026", "h c h r 2 0 2 6"), ("phone", "+8615858216043", "158-5821-6043")],
        note="group notice")
    p = "qun/notice-gx.html"
    put(p, "群公告", lambda p, b: fr_qun(p, b, "AI训练师备考2群 群公告"),
        "<p>本群为全国AI技能人才服务平台学员群，1群已满，请加群号：柒叁捌贰零壹伍肆陆。报名入口 GXZC-AI.COM，技师名额剩余12个。</p>",
        is_offer=True, op="U05", provider="全国AI技能人才服务平台",
        ids=[("qq_group", "738201546", "柒叁捌贰零壹伍肆陆"), ("domain", "gxzc-ai.com", "GXZC-AI.COM")],
        note="group notice")
    p = "qun/notice-cd.html"
    put(p, "群公告", lambda p, b: fr_qun(p, b, "蓉才技能学堂学员群 群公告"),
        "<p>4月三级班开课，未交费同学请联系班主任微信 rongcai_px，座机 (028)86715390。</p>",
        is_offer=True, op="U09", provider="蓉才技能学堂",
        ids=[("wechat", "rongcai_px", "rongcai_px"), ("phone", "+862886715390", "(028)86715390")],
        note="group notice")

    # ===================================================== note
    p = "note/n-3391.html"
    put(p, "笔记", lambda p, b: fr_note(p, b, "在职宝妈考AI训练师｜我的报名渠道"),
        "<p>在卓越智培报的研修班，学校合作项目，周末上课不耽误带娃～想了解的姐妹戳 vx：zyzp0158，电话 壹柒柒 贰柒叁玖 零壹伍捌</p>"
        "<div class=\"tags\"><span>#人工智能训练师</span> <span>#宝妈考证</span></div>",
        is_offer=True, op="U04", provider="卓越智培",
        ids=[("wechat", "zyzp0158", "zyzp0158"), ("phone", "+8617727390158", "壹柒柒 贰柒叁玖 零壹伍捌")],
        note="note that sells")
    p = "note/n-4410.html"
    put(p, "笔记", lambda p, b: fr_note(p, b, "技能补贴怎么领？一篇讲清"),
        "<p>交社保满一年就能领技能提升补贴，AI训练师四级最高1500！不会操作的可以找我们智汇人社技能服务代办：199 5120 6387，"
        "V：RSjn_fw01</p><div class=\"tags\"><span>#技能补贴</span></div>",
        is_offer=True, op="U06", provider="智汇人社技能服务",
        ids=[("phone", "+8619951206387", "199 5120 6387"), ("wechat", "rsjn_fw01", "RSjn_fw01")],
        note="note that sells subsidy service")
    p = "note/n-5072.html"
    put(p, "笔记", lambda p, b: fr_note(p, b, "成都人工智能训练师三级｜报班记录"),
        "<p>成都蓉才人力资源的三级班，老师很负责。咨询 Rongcai_PX，资料邮箱 rongcaipx AT yeah.net</p>",
        is_offer=True, op="U09", provider="成都蓉才人力资源有限公司",
        ids=[("wechat", "rongcai_px", "Rongcai_PX"), ("email", "rongcaipx@yeah.net", "rongcaipx AT yeah.net")],
        note="note that sells")


OPERATORS = {
    "U01": {"brands": ["广东省职业技能鉴定服务网", "华南职业技能评价服务中心", "粤才人力资源旗舰店"],
            "ties": "phone 13926481375 (dashes, tel:+86, Chinese numerals), wechat yzj-kefu88 (mixed case, full-width), domain gd-zyjd.com.cn, USCC"},
    "U02": {"brands": ["京华智训（北京）教育科技有限公司", "京华智训", "国培智训人力资源"],
            "ties": "QQ 2875531946 (partner page, forum), phone 18610437529 (partner page, classifieds), email zhxun_edu@163.com"},
    "U03": {"brands": ["杭州前程汇才人力资源有限公司", "汇才职培", "杭州人才服务外包中心"],
            "ties": "phone 15858216043, wechat hchr2026 (spaced, Chinese numerals), domain hchr-zj.cn, USCC"},
    "U04": {"brands": ["岭南理工继教·卓越智培人工智能训练师研修班", "南方人工智能产业学院(筹)", "卓越智培"],
            "ties": "phone 17727390158 (spaced, financial numerals), email zhuoyuezp@126.com ((at) form), wechat zyzp0158"},
    "U05": {"brands": ["国信智能人才评价中心", "全国AI技能人才服务平台", "工信智才教育"],
            "ties": "QQ group 738201546 (spaced, financial numerals), domain gxzc-ai.com (upper case), phone 13520817463, USCC"},
    "U06": {"brands": ["智汇人社技能服务", "技能补贴申领服务站"],
            "ties": "wechat rsjn_fw01 (mixed case), phone 19951206387 (full-width digits), payee 南京智汇技能服务有限公司"},
    "U07": {"brands": ["沪职评考务服务", "申城技能考务中心", "上海智训考务"],
            "ties": "phone 13761829450 (forum, shop), QQ 1593027746 (shop, Chinese numerals in Q&A), email kaowu_sh@sina.com"},
    "U08": {"brands": ["深港智训", "中智云评（深圳）职业技能评价服务有限公司", "鹏城AI学院"],
            "ties": "phone 18938072641 (+86 dashes, financial numerals prefix), domain zzyp-sz.com (点 form), USCC"},
    "U09": {"brands": ["天府智训继续教育", "蓉才技能学堂", "成都蓉才人力资源有限公司"],
            "ties": "landline 028-86715390, wechat rongcai_px (mixed case), email rongcaipx@yeah.net (AT form)"},
}

DECOYS = [
    ("public_hotline", "12333", ["12333"], "人社 national hotline quoted in news, forum and a seller post"),
    ("public_hotline", "12315", ["12315"], "market-regulation complaint hotline"),
    ("public_hotline", "+862112333", ["021-12333"], "上海 provincial 人社 hotline quoted by a learner and a seller"),
    ("official_domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("official_domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("official_domain", "gdosta.org.cn", ["www.gdosta.org.cn"], "Guangdong appraisal guidance centre, cited by news and by the look-alike"),
    ("official_domain", "cpta.com.cn", ["cpta.com.cn"], "人事考试中心 山寨证书 column"),
    ("platform_phone", "4008203366", ["400-820-3366"], "marketplace customer service in every shop page frame"),
    ("platform_email", "kefu@youpinke.com", ["kefu@youpinke.com"], "marketplace e-mail in frame"),
    ("platform_domain", "youpinke.com", ["youpinke.com"], "marketplace domain in frame"),
    ("platform_uscc", USCC_SHOP, [USCC_SHOP], "marketplace operator's USCC in every shop footer (valid check digit)"),
    ("platform_qq_group", "581320476", ["581320476"], "marketplace merchant QQ group in frame"),
    ("platform_phone", "+861062385517", ["010-6238 5517"], "evaluation organisation's own hotline in partner-page frame"),
    ("platform_domain", "zkzp-pj.org.cn", ["www.zkzp-pj.org.cn"], "evaluation organisation's own domain in frame"),
    ("platform_qq_group", "204516837", ["204516837"], "forum's own QQ group in frame"),
    ("platform_email", "jubao@duanpai.tv", ["jubao@duanpai.tv"], "video platform report mailbox"),
    ("platform_email", "wenbida_kf@163.com", ["wenbida_kf@163.com"], "Q&A platform service mailbox"),
    ("platform_phone", "4006061158", ["400-606-1158"], "classifieds platform hotline"),
    ("platform_phone", "+862087113265", ["020-8711 3265"], "college continuing-education office phone in frame"),
    ("platform_phone", "+862088880660", ["020-8888 0660"], "news site's report hotline in frame"),
    ("site_builder", "fkw.com", ["www.fkw.com"], "site-builder credit on two different operators' sites"),
    ("form_tool", "jinshuju.net", ["jinshuju.net"], "form-tool credit on two operators' pages"),
    ("placeholder", "+8613800138000", ["138-0013-8000"], "template placeholder phone left on two company sites"),
    ("placeholder", "yourname@example.com", ["yourname@example.com"], "template placeholder e-mail"),
    ("quoted_scammer", "+8617092635518", ["170 9263 5518"], "scammer phone quoted in news and complaint"),
    ("order_number", "18820260509", ["18820260509"], "order number that looks like a mobile"),
    ("course_number", "15920260301", ["15920260301"], "course number that looks like a mobile"),
    ("certificate_number", "S000044010020263123456", ["S000044010020263123456"], "sample certificate number on two sellers' sites"),
    ("venue_phone", "+862158631470", ["021-58631470"], "assessment station quoted by learner and two different sellers"),
    ("commenter_contact", "zhou_xm1990", ["zhou_xm1990"], "a commenter's own wechat on several threads"),
]


def main():
    build()
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    texts = {}
    for p in ORDER:
        frame, content = WRAP[p]
        t = frame(p, content)
        texts[p] = t
        fp = os.path.join(SITE, p)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(t)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    decoys = []
    for kind, value, written, note in DECOYS:
        longer = [w2 for _, _, ws, _ in DECOYS for w2 in ws if any(w in w2 and w != w2 for w in written)]

        def has(t):
            for w2 in longer:
                t = t.replace(w2, " ")
            return any(w in t for w in written)
        paths = ["/" + p for p in ORDER if has(texts[p])]
        decoys.append({"kind": kind, "value": value, "written": written, "paths": paths, "note": note})
    pages = []
    for p in ORDER:
        d = PAGES[p]
        pages.append({"path": "/" + p, "is_offer": d["is_offer"], "operator": d["operator"],
                      "provider": d["provider"], "identifiers": d["identifiers"], "note": d["note"]})
    truth = {"description": "12bb: look-alikes of official bodies (fake appraisal centres, evaluation-org partner pages, HR firms, college continuing-education) selling the AI-trainer certificate",
             "pages": pages, "operators": OPERATORS, "decoys": decoys}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
