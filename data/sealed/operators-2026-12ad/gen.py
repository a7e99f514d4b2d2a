#!/usr/bin/env python3
"""Writes site/ and truth.json for the sealed web operators-2026-12ad. Python stdlib only."""
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(body8):
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body8]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(head8, org8):
    """head8 = authority+kind+division, org8 = first 8 chars of the organisation code."""
    s17 = head8 + org8 + _org_check(org8)
    total = sum(ALPHA.index(ch) * w for ch, w in zip(s17, W32100))
    r = 31 - total % 31
    return s17 + ALPHA[0 if r == 31 else r]


# ---- seller codes (invented) ----
C_U01 = uscc("91330106", "MA2H7K3C")   # 杭州智训未来教育科技有限公司
C_U02 = uscc("91440106", "MA5D2Q7W")   # 广州鼎盛人才服务有限公司
C_U03 = uscc("52370102", "MJ582104")   # 济南市历下区北辰职业培训学校
C_U04 = uscc("91320583", "MA27YB4T")   # 昆山数标工坊信息科技有限公司
C_U05 = uscc("12330200", "46205718")   # 江屿职业技术学院
C_U07 = uscc("91110108", "MA01RT6U")   # 国培数智(北京)科技有限公司
C_U09 = uscc("91420111", "MA4KPL2E")   # 武汉智链未来科技有限公司
C_I02 = uscc("52320113", "MJ771330")   # 南京市栖霞区数智技能评价中心
C_MALL = uscc("91310115", "MA1K4R8N")  # 上海优学集市网络科技有限公司 (platform, decoy)
C_BUILDER = uscc("91330108", "MA28WT0P")  # 杭州易站通网络科技有限公司 (site builder, decoy)
C_ANBEI = uscc("92350203", "MA8W1T4G")  # 厦门思明安贝职业培训工作室 (other occupation)

PAGES = []


def page(path, html, is_offer=False, operator=None, provider=None, ids=(), note=""):
    PAGES.append({"path": path, "html": html, "is_offer": is_offer, "operator": operator,
                  "provider": provider, "identifiers": [list(t) for t in ids], "note": note})


def T(s, **kw):
    for k, v in kw.items():
        s = s.replace("{{" + k + "}}", str(v))
    return s


def doc(title, body, css="", lang="zh-CN"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
            "<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n%s\n</body>\n</html>\n"
            % (lang, title, css, body))


# =====================================================================
# Site templates
# =====================================================================
MALL_CSS = ("body{font-family:sans-serif;margin:0;background:#f4f4f4}.top{background:#e4393c;color:#fff;padding:8px 16px}"
            ".top a{color:#fff}.wrap{max-width:980px;margin:12px auto;background:#fff;padding:16px}"
            ".price{color:#e4393c;font-size:26px}.shop{border:1px solid #eee;padding:8px;float:right;width:220px}"
            "table.sku td{border:1px solid #ddd;padding:4px 10px}.foot{font-size:12px;color:#888;text-align:center;padding:20px}")


def mall_footer():
    return ("<div class=\"foot\">优学集市 youxuejishi.com · 平台客服热线 400-860-7215 · 客服邮箱 service@youxuejishi.com<br>"
            "上海优学集市网络科技有限公司 统一社会信用代码 " + C_MALL + " · 消费维权请拨 12315<br>"
            "平台类目编号 18003160527(职业技能&gt;人工智能) · 本平台仅提供信息发布服务,课程由入驻商家提供</div>")


def mall_item(title, shop, body):
    h = ("<div class=\"top\"><a href=\"/mall/index.html\">优学集市</a> &gt; 职业技能 &gt; 人工智能 &nbsp;|&nbsp; <a href=\"/index.html\">考证导航</a></div>"
         "<div class=\"wrap\"><div class=\"shop\"><b>" + shop + "</b><br>店铺评分 4.8 · 已入驻 2 年<br><a href=\"/mall/index.html\">进店逛逛</a></div>"
         + body + "</div>" + mall_footer())
    return doc(title + " - 优学集市", h, MALL_CSS)


FENLEI_CSS = ("body{font:14px/1.6 SimSun,serif;margin:10px}h1{font-size:18px;color:#03c}.meta{color:#999}"
              ".box{border:1px dashed #aaa;padding:10px;margin:8px 0}.ft{margin-top:30px;border-top:1px solid #ccc;font-size:12px;color:#666}")


def fenlei_post(title, body, city="广州", date="2026-11-02"):
    h = ("<p><a href=\"/fenlei/index.html\">同城快帖</a> » " + city + " » 教育培训 » 职业技能</p><h1>" + title + "</h1>"
         "<p class=\"meta\">发布时间:" + date + " &nbsp; 浏览 %d 次 &nbsp; 信息编号 TK%s</p>" % (len(title) * 37, date.replace("-", ""))
         + "<div class=\"box\">" + body + "</div>"
         "<div class=\"ft\">同城快帖 tckuaitie.com 提醒您:交易前请核实对方资质,谨防先付款诈骗。本站举报电话 020-2983 6610<br>"
         "<a href=\"/index.html\">返回导航</a></div>")
    return doc(title + " - 同城快帖", h, FENLEI_CSS)


BBS_CSS = ("body{font-family:Verdana,sans-serif;font-size:13px;background:#e8eef4;margin:0}.hd{background:#2b5b84;color:#fff;padding:10px}"
           ".hd a{color:#cfe}.post{background:#fff;margin:8px;border:1px solid #b8c8d8;display:flex}.au{width:140px;background:#f0f4f8;padding:8px;border-right:1px solid #ccd}"
           ".ct{padding:8px;flex:1}.fl{color:#999;font-size:11px}.bf{text-align:center;color:#678;font-size:12px;padding:14px}")


def bbs_thread(title, posts, board="职业资格与技能考证"):
    out = ["<div class=\"hd\"><a href=\"/bbs/index.html\">职考论坛</a> › " + board + " › <b>" + title + "</b></div>"]
    for i, (au, info, when, text) in enumerate(posts):
        out.append("<div class=\"post\"><div class=\"au\"><b>" + au + "</b><br><small>" + info + "</small></div>"
                   "<div class=\"ct\"><div class=\"fl\">" + ("楼主" if i == 0 else "%d#" % (i + 1)) + " · 发表于 " + when + "</div>"
                   + text + "</div></div>")
    out.append("<div class=\"bf\">职考论坛 zhikaobbs.net · 论坛官方交流群 215306887(仅限站务,非商家) · 广告请走站务审核<br>"
               "<a href=\"/bbs/index.html\">返回版块</a> | <a href=\"/index.html\">考证导航</a></div>")
    return doc(title + " - 职考论坛", "".join(out), BBS_CSS)


WENDA_CSS = ("body{font-family:'PingFang SC',sans-serif;max-width:760px;margin:20px auto;color:#222}.q{font-size:20px;font-weight:bold}"
             ".ans{border-top:1px solid #eee;padding:14px 0}.who{color:#175199;font-weight:bold}.vote{color:#8590a6;font-size:12px}"
             ".ft{color:#aaa;font-size:12px;margin-top:40px}")


def wenda(question, detail, answers):
    out = ["<p><a href=\"/wenda/index.html\">知问</a> / 职业教育</p><div class=\"q\">" + question + "</div><p>" + detail + "</p>"
           "<p class=\"vote\">%d 个回答 · 关注者 %d</p>" % (len(answers), 40 + 17 * len(question))]
    for who, tag, text, votes in answers:
        out.append("<div class=\"ans\"><span class=\"who\">" + who + "</span> <small>" + tag + "</small>" + text
                   + "<p class=\"vote\">赞同 " + str(votes) + " · 评论</p></div>")
    out.append("<div class=\"ft\">知问 zhiwen-wang.com · 违法和不良信息举报邮箱 report@zhiwen-wang.com · <a href=\"/index.html\">考证导航</a></div>")
    return doc(question + " - 知问", "".join(out), WENDA_CSS)


WEIBO_CSS = ("body{background:#f2f2f5;font-family:sans-serif}.card{max-width:600px;margin:16px auto;background:#fff;border-radius:6px;padding:14px}"
             ".nick{font-weight:bold;color:#eb7350}.from{color:#999;font-size:12px}.txt{white-space:pre-line;margin:10px 0}.bar{color:#999;font-size:12px;border-top:1px solid #f0f0f0;padding-top:6px}")


def weibo(nick, when, text, stats="转发 3 · 评论 12 · 赞 27", extra=""):
    h = ("<div class=\"card\"><a href=\"/weibo/topic/ai-trainer.html\">#人工智能训练师#</a><div class=\"nick\">" + nick + "</div>"
         "<div class=\"from\">" + when + " 来自 微言 Android</div><div class=\"txt\">" + text + "</div>" + extra +
         "<div class=\"bar\">" + stats + "</div></div><p style=\"text-align:center;font-size:12px\"><a href=\"/index.html\">考证导航</a></p>")
    return doc(nick + "的微言", h, WEIBO_CSS)


NOTES_CSS = ("body{font-family:sans-serif;background:#fff;max-width:520px;margin:auto}.cover{background:#ffe4e1;padding:40px 20px;font-size:22px;font-weight:bold;text-align:center}"
             ".au{display:flex;gap:8px;align-items:center;padding:10px}.av{width:32px;height:32px;border-radius:50%;background:#fcc}"
             ".body{padding:0 14px;line-height:1.8;white-space:pre-line}.tags{color:#13386c;padding:10px 14px}.cm{background:#fafafa;padding:10px 14px;font-size:13px}")


def note_page(title, author, cover, body, tags, comments=()):
    cm = "".join("<p><b>" + a + "</b>:" + t + "</p>" for a, t in comments)
    h = ("<div class=\"au\"><span class=\"av\"></span><b>" + author + "</b> <small>· 关注</small></div><div class=\"cover\">" + cover + "</div>"
         "<h2 style=\"padding:0 14px\">" + title + "</h2><div class=\"body\">" + body + "</div><div class=\"tags\">" + tags + "</div>"
         "<div class=\"cm\">共 %d 条评论" % len(comments) + cm + "</div><p style=\"padding:14px\"><a href=\"/index.html\">小记本 · 考证导航</a></p>")
    return doc(title + " - 小记本", h, NOTES_CSS)


VIDEO_CSS = ("body{background:#161823;color:#eee;font-family:sans-serif;margin:0}.player{background:#000;height:300px;display:flex;align-items:center;justify-content:center;color:#555}"
             ".info{padding:12px 16px}.au{color:#fe2c55;font-weight:bold}.desc{white-space:pre-line}.sub{background:#222;padding:10px;margin:10px 16px;font-size:13px;color:#bbb}"
             ".ft{font-size:11px;color:#666;padding:16px}a{color:#8ab}")


def video(author, desc, subtitles, stats, bio=""):
    h = ("<div class=\"player\">▶ 视频加载中</div><div class=\"info\"><span class=\"au\">@" + author + "</span>"
         + ("<p><small>主页简介:" + bio + "</small></p>" if bio else "") + "<div class=\"desc\">" + desc + "</div><p><small>" + stats + "</small></p></div>"
         "<div class=\"sub\"><b>字幕</b><br>" + subtitles + "</div>"
         "<div class=\"ft\">抖火短视频 · 平台违规举报 jubao@douhuo-video.com · 未成年人保护 · <a href=\"/index.html\">考证导航</a></div>")
    return doc(author + "的作品 - 抖火", h, VIDEO_CSS)


MP_CSS = ("body{font-family:-apple-system,'PingFang SC',sans-serif;max-width:640px;margin:auto;padding:20px;color:#333;line-height:1.9}"
          "h1{font-size:22px}.meta{color:#576b95;font-size:14px}.qr{border:1px solid #eee;padding:10px;text-align:center}"
          ".read{color:#999;font-size:13px}blockquote{border-left:3px solid #07c160;margin:0;padding-left:10px;color:#555}")


def mp(title, account, date, body, reads="阅读 1.2万 · 在看 86"):
    h = ("<h1>" + title + "</h1><p class=\"meta\">" + account + " &nbsp; <span style=\"color:#999\">" + date + "</span></p>" + body +
         "<p class=\"read\">" + reads + "</p><p class=\"read\">微信扫一扫关注该公众号 · <a href=\"/index.html\">考证导航</a></p>")
    return doc(title, h, MP_CSS)


JOBS_CSS = ("body{font-family:sans-serif;background:#f6f7fb;margin:0}.nav{background:#00a6a7;color:#fff;padding:10px 20px}.nav a{color:#fff}"
            ".job{max-width:820px;margin:16px auto;background:#fff;padding:20px}.sal{color:#fe574a;font-size:22px}.tag{display:inline-block;background:#eef;padding:2px 8px;margin:2px;font-size:12px}"
            "dl dt{font-weight:bold;margin-top:10px}.ft{text-align:center;font-size:12px;color:#999;padding:16px}")


def job(title, salary, company, tags, body):
    h = ("<div class=\"nav\"><a href=\"/jobs/index.html\">好职网</a> · 职位详情</div><div class=\"job\"><h1>" + title + "</h1><div class=\"sal\">"
         + salary + "</div><p>" + "".join("<span class=\"tag\">" + t + "</span>" for t in tags) + "</p><p><b>" + company + "</b></p>" + body +
         "</div><div class=\"ft\">好职网提醒:招聘过程中以培训、考证等名义收费均属违规,遇到请举报。 <a href=\"/index.html\">考证导航</a></div>")
    return doc(title + " - 好职网", h, JOBS_CSS)


QUN_CSS = ("body{font-family:sans-serif;background:#eaedf1;margin:0}.hd{background:#12b7f5;color:#fff;padding:12px}.notice{background:#fffbe6;border:1px solid #f5dc8a;margin:10px;padding:10px;white-space:pre-line}"
           ".msg{margin:6px 10px}.msg b{color:#2a6}.bubble{display:inline-block;background:#fff;border-radius:6px;padding:6px 10px;white-space:pre-line}")

NEWS_CSS = ("body{font-family:'Songti SC',serif;max-width:760px;margin:auto;padding:20px;line-height:1.9}.bar{background:#b00;color:#fff;padding:6px 12px}"
            ".bar a{color:#fff}h1{font-size:26px}.src{color:#777;font-size:13px}.ed{color:#777;font-size:13px;text-align:right}")


def news(title, src, body):
    h = ("<div class=\"bar\"><a href=\"/news/index.html\">临湖晚报·民生</a> | <a href=\"/index.html\">考证导航</a></div><h1>" + title + "</h1>"
         "<p class=\"src\">" + src + "</p>" + body)
    return doc(title + " - 临湖晚报", h, NEWS_CSS)


# =====================================================================
# U01  启航AI学堂 / 杭州智训未来教育科技有限公司 / 星图职培
# =====================================================================
page("/mall/item/10231.html", mall_item("人工智能训练师四级(中级工)培训+认定 直播课60课时", "启航AI学堂旗舰店", """
<h1>【启航AI学堂】人工智能训练师 四级/中级工 培训+认定 直播课 60 课时 周末班</h1>
<p class="price">¥3,980 <small style="font-size:14px;color:#999">可分3期 · 月销 126</small></p>
<table class="sku"><tr><td>五级/初级工</td><td>¥2,680</td></tr><tr><td>四级/中级工</td><td>¥3,980</td></tr><tr><td>三级/高级工(需四级证+年限)</td><td>¥4,880</td></tr></table>
<h3>课程说明</h3>
<ul><li>对应《人工智能训练师国家职业技能标准(2021年版)》,数据采集和处理、数据标注、智能系统运维三大模块</li>
<li>理论+实操,模拟题库 1200 题</li><li>认定由备案评价机构组织,考试不通过可免费重学一次</li></ul>
<p>报名前请确认申报条件,不符合条件的我们会直接告知,不收费。</p>
<p>咨询 139-5820-4471(微信同号) &nbsp; V信:qihang_ai2024</p>
""".strip()), True, "U01", "启航AI学堂",
     [("phone", "+8613958204471", "139-5820-4471"), ("wechat", "qihang_ai2024", "qihang_ai2024")],
     "marketplace item; platform footer is shared by every item on the mall")

page("/sites/qihangai/index.html", doc("启航AI学堂 - 人工智能训练师培训", T("""
<header style="background:#0b2545;color:#fff;padding:30px"><h1>启航AI学堂</h1><p>人工智能训练师 · 数据标注 · 大模型应用 职业技能培训</p>
<nav><a style="color:#8ed" href="/sites/qihangai/blog/ai-trainer-guide.html">报考指南</a> · <a style="color:#8ed" href="/index.html">考证导航</a></nav></header>
<main style="padding:20px;max-width:900px;margin:auto">
<section><h2>开设课程</h2>
<div style="display:flex;gap:12px">
<div style="border:1px solid #ccd;padding:12px;flex:1"><h3>五级 初级工</h3><p>60 课时 · 2680 元</p></div>
<div style="border:1px solid #ccd;padding:12px;flex:1"><h3>四级 中级工</h3><p>50 课时 · 3980 元</p></div>
<div style="border:1px solid #ccd;padding:12px;flex:1"><h3>三级 高级工</h3><p>40 课时 · 4880 元</p></div></div>
<p>学费含教材、题库与一次认定报名服务;认定费按评价机构公示标准另收。</p></section>
<section><h2>联系我们</h2><p>杭州市西湖区文三路 置业大厦 6 楼 · VX:qihang_ai2024 · 邮箱 zxwl_edu[at]163.com</p></section>
</main>
<footer style="background:#eee;font-size:12px;padding:14px;text-align:center">© 2026 杭州智训未来教育科技有限公司 · 统一社会信用代码:{{c}} · www.qihangai-edu.cn<br>
技术支持:易站通建站 0571-8617 3320</footer>""", c=C_U01), "body{margin:0;font-family:sans-serif}"), True, "U01", "启航AI学堂",
     [("uscc", C_U01, C_U01), ("domain", "qihangai-edu.cn", "www.qihangai-edu.cn"),
      ("email", "zxwl_edu@163.com", "zxwl_edu[at]163.com"), ("wechat", "qihang_ai2024", "qihang_ai2024")],
     "seller company site; footer carries a site-builder credit also found on other sellers' sites")

page("/sites/qihangai/blog/ai-trainer-guide.html", doc("人工智能训练师四级怎么报?2026最全指南 - 启航AI学堂", """
<article style="max-width:720px;margin:auto;font-family:serif;line-height:2">
<p><a href="/sites/qihangai/index.html">启航AI学堂</a> › 博客</p>
<h1>人工智能训练师四级怎么报?2026 最全指南</h1><p><i>星图职培 教研组 · 2026-10-18</i></p>
<p>人工智能训练师(职业编码 4-04-05-05)是 2020 年公布的新职业,下设数据标注员和人工智能算法测试员两个工种。现在的证书是职业技能等级证书,由备案的评价机构颁发,不是过去的国家职业资格证书,这一点很多机构说不清楚。</p>
<h2>一、四级要什么条件</h2>
<p>按标准模板,四级一般要求取得五级证书后从事本职业 4 年,或累计工作 6 年,或技工院校相关专业毕业。没有工作经历的同学建议从五级开始,五级也要求 1 年相关工作经历或学徒期满。</p>
<h2>二、考什么</h2>
<p>理论知识考试 + 操作技能考核,各 100 分,60 分合格。四级的操作部分包括数据采集和处理、数据标注、智能系统运维。</p>
<h2>三、证书怎么查</h2>
<p>拿证后到技能人才评价证书全国联网查询平台 jndj.osta.org.cn 或省里的平台核验。考点和评价机构资质可以打电话问省职业技能鉴定指导中心,咨询电话 0571-8702 5519。</p>
<h2>四、我们的班</h2>
<p>周末直播 + 线下实操两天,四级学费 3980 元。报名、答疑:QQ:2850137764,资料索取邮箱 zxwl_edu@163.com。更多信息见 qihangai-edu.cn 。</p>
</article>""", "body{background:#fdfcf7}"), True, "U01", "星图职培",
     [("qq", "2850137764", "2850137764"), ("email", "zxwl_edu@163.com", "zxwl_edu@163.com"),
      ("domain", "qihangai-edu.cn", "qihangai-edu.cn")],
     "long blog post on the seller's own site, signed by a second brand; quotes an assessment centre's number")

page("/bbs/thread-5512.html", bbs_thread("杭州有靠谱的AI训练师培训吗?想考四级", [
    ("西溪小鹿", "新手上路 · 帖子 3", "2026-10-29 21:14", "<p>做了一年多数据标注,公司说有证可以涨点工资。杭州有没有靠谱的AI训练师四级培训?别是那种交钱包过的。</p>"),
    ("拾柒", "中级会员 · 帖子 212", "2026-10-29 22:01", "<p>先去 pjjg 那个评价机构名单里查查有没有人工智能训练师,再看培训机构,别信包过。</p>"),
    ("星图职培", "认证商家 · 帖子 48", "2026-10-30 09:37", "<p>您好,我们星图职培在滨江和西湖区都有班,四级学费 3980,周末上课,认定由备案机构组织,不承诺包过。工作满年限的可以直接报四级。</p><p>加企鹅 2850137764 详聊,发你课表。</p>"),
    ("西溪小鹿", "新手上路 · 帖子 4", "2026-10-30 12:20", "<p>谢谢,我先对一下年限。</p>"),
]), True, "U01", "星图职培",
     [("qq", "2850137764", "2850137764")],
     "forum thread opened by a learner; the seller replies in post 3; forum footer QQ group belongs to the forum")

# =====================================================================
# U02  鼎职教育 / AI证书通 / 鼎盛人才服务
# =====================================================================
page("/fenlei/post/88310.html", fenlei_post("AI训练师证三级 包过", "三级2980 不看学历 电话15106617328"),
     True, "U02", "鼎职教育",
     [("phone", "+8615106617328", "15106617328")],
     "one-line classified ad: level, price, number")

page("/weibo/status/4871223.html", weibo("AI证书通", "11月3日 10:26", """🔥人工智能训练师 五级/四级/三级 三证合报 ¥5,980!
人社部颁发 全国联网可查 zscx.osta.org.cn 不用到场 交费包过
✅ 零基础可学 拿到证书便可升职加薪
☎ +86-151-0661-7328  V:dingzhi668
学员晒单:订单号 13820250917 已出证 🎉""", "转发 41 · 评论 9 · 赞 88"), True, "U02", "AI证书通",
     [("phone", "+8615106617328", "+86-151-0661-7328"), ("wechat", "dingzhi668", "dingzhi668")],
     "microblog status; quotes the official query site and an order number shaped like a phone")

page("/video/v/7319920.html", video("鼎职教育", """零基础拿人工智能训练师证 90%小白都能学会
原价9999 限时1999 名额有限
👉 加v dingzhi668 领资料 进粉丝群 QQ群:638201457
证书样本编号 S000044010002253000127 官网可查""", "大家好,今天说说AI训练师证。这个证现在特别火,国家认可,拿了能补贴能加薪……不用基础,我们一对一带你过。", "点赞 2.3万 · 评论 416 · 分享 1088"),
     True, "U02", "鼎职教育",
     [("wechat", "dingzhi668", "dingzhi668"), ("qq_group", "638201457", "638201457")],
     "short-video page text; the certificate sample number also appears on an unrelated seller's page")

page("/qun/g638201457.html", doc("鼎盛人才服务 · AI训练师考证2群", """
<div class="hd"><a style="color:#fff" href="/qun/index.html">群空间</a> › 鼎盛人才服务 · AI训练师考证2群(群号 638201457) · 成员 1873</div>
<div class="notice">【群公告】
1. 五级、四级、三级三个级别一起考,三千九百八,一次搞定,人社部颁发
2. 报名找群主 188 5730 1946,资料发邮箱 dzjy_kefu@qq.com
3. 开票单位:广州鼎盛人才服务有限公司(统一社会信用代码 """ + C_U02 + """)
4. 禁止私拉群员,发现踢出</div>
<div class="msg"><b>群主-鼎盛小王</b> <div class="bubble">今晚八点直播讲题,报了名的同学准时来</div></div>
<div class="msg"><b>阿杰</b> <div class="bubble">我没工作经验也能考三级吗?</div></div>
<div class="msg"><b>群主-鼎盛小王</b> <div class="bubble">可以的,我们这边有渠道,不用担心
私聊我</div></div>
<p style="margin:10px;font-size:12px"><a href="/index.html">考证导航</a></p>""", QUN_CSS), True, "U02", "鼎盛人才服务",
     [("qq_group", "638201457", "638201457"), ("phone", "+8618857301946", "188 5730 1946"),
      ("email", "dzjy_kefu@qq.com", "dzjy_kefu@qq.com"), ("uscc", C_U02, C_U02)],
     "chat-group board with the group's notice")

# =====================================================================
# U03  北辰职业培训学校 / 优能智学
# =====================================================================
page("/wenda/q/20931.html", wenda("济南哪里可以考人工智能训练师?", "在济南上班,做客服质检,想考个AI训练师,不知道去哪报。", [
    ("北辰职培王老师", "职业培训从业者", "<p>济南这边可以了解下我们学校(北辰职业培训学校,历下区),每月开班,五级、四级都有。学费 2 千多,可以分期。报之前先对照申报条件:五级要 1 年相关工作经历,客服质检做数据标注的一般算相关。</p><p>电话 １７７２５０９３３１８</p>", 34),
    ("路过的HR", "", "<p>建议先上技能人才评价工作网看备案机构,再选培训班。</p>", 12),
]), True, "U03", "北辰职业培训学校",
     [("phone", "+8617725093318", "１７７２５０９３３１８")],
     "Q&A answer by a seller among a neutral answer; phone in full-width digits")

page("/notes/n/6a1f30.html", note_page("四级AI训练师上岸啦🎉 分享下报班经历", "优能智学", "AI训练师四级<br>一次过!", """三个月前还在纠结要不要报,现在证拿到了!
📚 我报的是优能智学的四级周末班,学费2680,可以分6期
🕒 理论+实操,每周两次直播
📝 考试:理论和实操都是60分过
想报名的姐妹 vx BC_peixun 备注"小记本"有优惠""", "#人工智能训练师 #考证 #AI训练师四级", [("momo", "求链接"), ("优能智学", "已私信~")]),
     True, "U03", "优能智学",
     [("wechat", "bc_peixun", "BC_peixun")],
     "notes-app post written as a learner's story by the seller's online brand")

page("/sites/bcpeixun/index.html", doc("济南市历下区北辰职业培训学校", T("""
<table width="100%" cellpadding="8" style="border-collapse:collapse;font-family:SimHei,sans-serif">
<tr><td colspan="2" style="background:#7a1f1f;color:#fff;font-size:24px">北辰职业培训学校 <small>· 旗下线上品牌:优能智学</small></td></tr>
<tr><td width="200" valign="top" style="background:#f7eee8"><a href="/landing/bc-signup.html">在线报名</a><br><a href="/index.html">考证导航</a></td>
<td><h2>人工智能训练师 培训项目</h2>
<dl><dt>培训等级</dt><dd>五级(初级工)、四级(中级工)</dd>
<dt>学时</dt><dd>五级 60 学时,四级 50 学时</dd>
<dt>收费</dt><dd>五级 2380 元,四级 2680 元(含教材),可分 6 期;认定费另行公示</dd>
<dt>补贴</dt><dd>符合条件的参保职工取证后可申领技能提升补贴,具体以人社部门审核为准,可咨询 12333</dd></dl>
<h3>联系方式</h3>
<p>电话:177 2509 3318 / 0531-86927740<br>微信:bc_peixun<br>邮箱:beichen.px@foxmail.com<br>网址:www.bcpeixun.com.cn</p>
<p style="font-size:12px;color:#777">民办学校办学许可证 教民137010270000412号 · 统一社会信用代码 {{c}}</p></td></tr></table>""", c=C_U03), ""),
     True, "U03", "北辰职业培训学校",
     [("phone", "+8617725093318", "177 2509 3318"), ("phone", "+8653186927740", "0531-86927740"),
      ("wechat", "bc_peixun", "bc_peixun"), ("email", "beichen.px@foxmail.com", "beichen.px@foxmail.com"),
      ("domain", "bcpeixun.com.cn", "www.bcpeixun.com.cn"), ("uscc", C_U03, C_U03)],
     "private training school site (USCC of a 民办非企业单位); table layout with a definition list")

page("/landing/bc-signup.html", doc("北辰职培 · 人工智能训练师 报名表", """
<form style="max-width:420px;margin:30px auto;font-family:sans-serif;border:1px solid #ddd;padding:20px">
<h2>人工智能训练师 报名登记</h2><p>北辰职培 · 2026 年 12 月班</p>
<label>姓名 <input name="n"></label><br><br>
<label>手机号 <input name="p"></label> <small>如:138 0000 0000</small><br><br>
<label>报考等级 <select name="l"><option>五级</option><option>四级</option></select></label><br><br>
<label>相关工作年限 <input name="y"></label><br><br>
<button type="button">提交</button>
<p style="font-size:13px">报名咨询 0531-8692 7740 · 资料邮箱 beichen.px # foxmail.com</p>
<p style="font-size:12px"><a href="/sites/bcpeixun/index.html">学校首页</a> · <a href="/index.html">考证导航</a></p></form>""", ""),
     True, "U03", "北辰职业培训学校",
     [("phone", "+8653186927740", "0531-8692 7740"), ("email", "beichen.px@foxmail.com", "beichen.px # foxmail.com")],
     "sign-up form; the phone field shows a template placeholder number")

# =====================================================================
# U04  数标工坊 / 标注侠 / 昆山数标工坊信息科技有限公司
# =====================================================================
page("/jobs/post/551023.html", job("AI数据标注员(居家可做)", "6-9K·13薪", "数标工坊", ["昆山", "经验不限", "学历不限", "居家办公"], """
<dl><dt>岗位职责</dt><dd>图像、文本、语音数据标注与质检;配合算法团队完成训练数据整理。</dd>
<dt>任职要求</dt><dd>会用电脑,细心。岗前须持有人工智能训练师(数据标注员)证书,没有证书的由公司统一安排培训考证,培训费 1980 元,考过入职后报销一半。证书可在人社部网站 www.mohrss.gov.cn 相关平台查询。</dd>
<dt>联系方式</dt><dd>HR 199 0512 8863 · QQ 3318804521 · 简历投递 hr@shubiaogf.cn</dd></dl>"""),
     True, "U04", "数标工坊",
     [("phone", "+8619905128863", "199 0512 8863"), ("qq", "3318804521", "3318804521"), ("email", "hr@shubiaogf.cn", "hr@shubiaogf.cn")],
     "job-board post that sells a training course before hiring")

page("/jobs/post/551177.html", job("标注侠 招募兼职标注师 月入8000+", "5-8K", "标注侠", ["全国", "兼职", "日结"], """
<p style="white-space:pre-line">不限地区,手机电脑都能做!
入门先报 AI训练师五级 培训,1280 元,包推荐单子,做满三个月回本。
联系 137 7104 2259 / VX biaozhuxia01 / 扣扣:3318804521</p>"""),
     True, "U04", "标注侠",
     [("phone", "+8613771042259", "137 7104 2259"), ("wechat", "biaozhuxia01", "biaozhuxia01"), ("qq", "3318804521", "3318804521")],
     "job-board post (second brand) selling level-5 training as an entry fee")

page("/fenlei/post/90412.html", fenlei_post("标注侠 数据标注兼职+考证 日结", "<p>在家做数据标注,先考AI训练师证,费用1280,考完派单。</p><p>137-7104-2259 微信同号</p>", "苏州", "2026-11-05"),
     True, "U04", "标注侠",
     [("phone", "+8613771042259", "137-7104-2259")],
     "short classified ad")

page("/sites/shubiaogf/index.html", doc("昆山数标工坊信息科技有限公司", T("""
<div style="font-family:sans-serif;max-width:860px;margin:auto">
<h1 style="color:#1d6f42">数标工坊 <small>SHUBIAO WORKSHOP</small></h1>
<p>专注 AI 训练数据服务与人工智能训练师人才培养。</p>
<h2>人才培养计划</h2>
<ol><li>人工智能训练师(数据标注员)五级培训 1280 元</li><li>四级进阶班 1980 元,需满足申报年限</li><li>结业后择优进入数标工坊标注项目组</li></ol>
<p>认定考试安排以省职业技能鉴定指导中心(0571-8702 5519)公布为准。</p>
<p><img src="data:," alt="数标工坊企业微信二维码" width="120" height="120"></p>
<p><a href="tel:+8619905128863">☎ 一键拨打招生热线</a> · 邮箱 hr(at)shubiaogf.cn · shubiaogf.cn</p>
<p style="font-size:12px;color:#888">昆山数标工坊信息科技有限公司 统一社会信用代码 {{c}} · <a href="/index.html">考证导航</a></p></div>""", c=C_U04), ""),
     True, "U04", "昆山数标工坊信息科技有限公司",
     [("phone", "+8619905128863", "+8619905128863"), ("email", "hr@shubiaogf.cn", "hr(at)shubiaogf.cn"),
      ("domain", "shubiaogf.cn", "shubiaogf.cn"), ("uscc", C_U04, C_U04)],
     "company site; its phone appears only inside a tel: link; quotes the same assessment centre number as U01")

# =====================================================================
# U05  江屿职业技术学院继续教育学院 / 江屿职院社会培训   (honest institution selling courses)
# =====================================================================
page("/sites/jyvtc/pxzx/ai-trainer-2026.html", doc("江屿职业技术学院 2026年人工智能训练师职业技能等级认定培训招生简章", T("""
<div style="max-width:900px;margin:auto;font-family:'Microsoft YaHei',sans-serif;line-height:1.8">
<p style="background:#004b87;color:#fff;padding:10px">江屿职业技术学院 · 继续教育学院 | <a style="color:#fff" href="/index.html">考证导航</a></p>
<h1>2026 年人工智能训练师职业技能等级认定培训招生简章</h1>
<p>我校为省人力资源和社会保障厅备案的职业技能等级认定机构,备案信息可在 pjjg.osta.org.cn 查询。现面向社会开展人工智能训练师(4-04-05-05)培训与认定。</p>
<h2>一、等级、学时与费用</h2>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>等级</th><th>参考学时</th><th>培训费</th><th>认定费</th></tr>
<tr><td>五级/初级工</td><td>60</td><td>1800 元</td><td>按物价部门核定标准收取</td></tr>
<tr><td>四级/中级工</td><td>50</td><td>2200 元</td><td>同上</td></tr>
<tr><td>三级/高级工</td><td>40</td><td>2600 元</td><td>同上</td></tr></table>
<h2>二、申报条件</h2>
<p>按《人工智能训练师国家职业技能标准(2021年版)》执行。五级须累计从事本职业或相关职业工作 1 年(含)以上,或本职业学徒期满;四级、三级须持下一级证书并满足规定年限。<b>不符合条件者不予报名,不设"包过"。</b></p>
<h2>三、证书</h2>
<p>考核合格者由我校颁发职业技能等级证书,可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。证书不是国家职业资格证书。</p>
<h2>四、补贴</h2>
<p>参加失业保险满 1 年的职工取证后可按规定申领技能提升补贴(五级不超过 1000 元、四级不超过 1500 元、三级不超过 2000 元),以人社部门审核为准,政策咨询 12333。认定考场安排以省职业技能鉴定指导中心(0571-8702 5519)通知为准。</p>
<h2>五、报名咨询</h2>
<p>继续教育学院社会培训中心 &nbsp; 电话 0574-8765 2210 &nbsp; 邮箱 pxzx@jyvtc.edu.cn &nbsp; 网址 pxzx.jyvtc.edu.cn</p>
<p style="font-size:12px;color:#666">江屿职业技术学院 统一社会信用代码 {{c}}</p></div>""", c=C_U05), ""),
     True, "U05", "江屿职业技术学院继续教育学院",
     [("phone", "+8657487652210", "0574-8765 2210"), ("email", "pxzx@jyvtc.edu.cn", "pxzx@jyvtc.edu.cn"),
      ("domain", "jyvtc.edu.cn", "pxzx.jyvtc.edu.cn"), ("uscc", C_U05, C_U05)],
     "honest college enrolment notice (filed evaluation institution that also trains); USCC of a 事业单位")

page("/mp/s/jyvtc-ai-2026.html", mp("人工智能训练师培训开始报名啦!", "江屿职院社会培训", "2026-11-06", """
<p>各位学员:</p><p>2026 年第四期人工智能训练师(五级、四级)培训即日起报名,12 月 13 日开班,周末授课。</p>
<blockquote>温馨提示:报名前请对照申报条件;证书可在全国联网平台查询;本中心不承诺"包过",也从未委托任何中介代招。</blockquote>
<p>五级 1800 元、四级 2200 元,均含教材与模拟实训;认定费按核定标准另收。</p>
<p>咨询电话:0574-87652210(工作日 8:30-17:00)<br>线上报名:pxzx.jyvtc.edu.cn</p>
<div class="qr">[二维码] 长按识别报名 · <a href="/landing/jyvtc-form.html">点击进入报名表</a></div>
<p><a href="/sites/jyvtc/pxzx/ai-trainer-2026.html">阅读原文:招生简章</a></p>"""), True, "U05", "江屿职院社会培训",
     [("phone", "+8657487652210", "0574-87652210"), ("domain", "jyvtc.edu.cn", "pxzx.jyvtc.edu.cn")],
     "WeChat-article style notice from the college's training account")

page("/landing/jyvtc-form.html", doc("江屿职院 人工智能训练师培训 报名表", """
<div style="max-width:480px;margin:24px auto;font-family:sans-serif">
<h2>江屿职院社会培训 · 人工智能训练师 报名表</h2>
<p>填写后工作人员 3 个工作日内联系您。不收取任何"定金"。</p>
<p>姓名:<input> 身份证后四位:<input size="4"></p><p>工作单位:<input></p>
<p>报考:<label><input type="radio" name="l">五级</label> <label><input type="radio" name="l">四级</label></p>
<p><button type="button">提交报名</button></p>
<p>对报名有疑问请发邮件:<a href="mailto:pxzx@jyvtc.edu.cn">pxzx@jyvtc.edu.cn</a></p>
<p><a href="/index.html">考证导航</a></p></div>""", ""), True, "U05", "江屿职院社会培训",
     [("email", "pxzx@jyvtc.edu.cn", "pxzx@jyvtc.edu.cn")],
     "sign-up form of the honest institution; tied to the notice only by its e-mail")

# =====================================================================
# U06  职达人才 / 慧聘AI
# =====================================================================
page("/weibo/status/4879015.html", weibo("职达人才", "11月12日 19:02", "AI训练师证 四级 速成班 三千九百八\n➕v:zhida_hr88 私信秒回"),
     True, "U06", "职达人才",
     [("wechat", "zhida_hr88", "zhida_hr88")],
     "two-line microblog status")

page("/video/v/7324418.html", video("慧聘AI", """AI训练师二级技师 零基础也能报!
不看学历 不看经验 45天拿证 全国通用
评论区扣"1"发你报名方式""", "很多人不知道,二级技师证现在零基础就能拿,我们有内部名额,考完直接对应中级职称……", "点赞 8812 · 评论 302",
                                  bio="合作 薇 zhida_hr88 | ☎ 186 2043 7715"),
     True, "U06", "慧聘AI",
     [("wechat", "zhida_hr88", "zhida_hr88"), ("phone", "+8618620437715", "186 2043 7715")],
     "short-video page; contacts are in the account bio line")

page("/notes/n/9c2d11.html", note_page("AI训练师技师/高级技师 报名通道开启", "慧聘AI官方", "技师 高级技师<br>报名通道开启", """✔ 二级技师 ¥6,800
✔ 一级高级技师 ¥9,800(可分期)
✔ 三个月出证 包过
报名热线 18620437715
学员交流群 784512093""", "#AI训练师 #高级技师 #职称"),
     True, "U06", "慧聘AI",
     [("phone", "+8618620437715", "18620437715"), ("qq_group", "784512093", "784512093")],
     "notes-app price list selling levels 2 and 1 with a pass promise")

# =====================================================================
# U07  中才认证服务中心 / 国培数智   (state-sounding company)
# =====================================================================
page("/landing/guopei-mini.html", doc("中才认证服务中心 - 人工智能训练师", """
<div style="max-width:375px;margin:auto;font-family:sans-serif;background:#fdf6e3;padding:14px;border:8px solid #333;border-radius:24px">
<p style="text-align:center;color:#b8860b;font-weight:bold">中才认证服务中心 · 小程序</p>
<h2 style="color:#c00">人工智能训练师 国家级证书</h2>
<ul><li>人社部颁发 全国通用 终身有效</li><li>初级 / 中级 / 高级 一站办理</li><li>可挂靠企业 年入 3 万+</li></ul>
<p>证书样本:S000044010002253000127</p>
<p>证书查询:cx.guopeishuzhi.com</p>
<p style="background:#333;color:#fff;padding:8px">客服微信 guopei_kf<br>电话 150-1149-7302</p>
<p><a href="/index.html">返回</a></p></div>""", "body{background:#ccc}"), True, "U07", "中才认证服务中心",
     [("wechat", "guopei_kf", "guopei_kf"), ("phone", "+8615011497302", "150-1149-7302"),
      ("domain", "guopeishuzhi.com", "cx.guopeishuzhi.com")],
     "mini-program landing page; points to the seller's own query site; same certificate sample number as U02's video")

page("/mp/s/guopei-zhengce.html", mp("重磅!2026年起人工智能训练师须持证上岗?", "国培数智", "2026-11-01", """
<p>近日,多地人社部门密集发布新职业相关通知(详见 www.mohrss.gov.cn)。业内人士预计,今后从事 AI 数据、模型训练等岗位的人员将逐步要求持证上岗。</p>
<p>国培数智联合中才认证服务中心推出人工智能训练师"初中高三级联报",人社部颁发,证书直接对应职称,三级联报仅需 7,980 元。</p>
<blockquote>名额紧张,12 月 31 日前报名享受政策红利。</blockquote>
<p>主办单位:国培数智(北京)科技有限公司<br>统一社会信用代码:""" + C_U07 + """<br>微信:guopei_kf<br>电话:010-5683 2190</p>"""),
     True, "U07", "国培数智",
     [("wechat", "guopei_kf", "guopei_kf"), ("uscc", C_U07, C_U07), ("phone", "+861056832190", "010-5683 2190")],
     "WeChat-article style fake policy piece selling three levels at once; quotes the ministry's site")

page("/wenda/q/21877.html", wenda("人工智能训练师三级没学历能考吗?", "只有高中学历,也没做过相关工作。", [
    ("国培数智-李老师", "教育咨询", "<p>可以的,三级高级工我们这边不限学历、不限经验,一次拿证,证书人社部颁发。需要的话联系:电话 010-56832190,邮箱 service@guopeishuzhi.com。</p>", 3),
    ("数据打工人", "算法测试员", "<p>楼上说法不对,三级要四级证和年限。没经验先从五级看起吧。</p>", 57),
]), True, "U07", "国培数智",
     [("phone", "+861056832190", "010-56832190"), ("email", "service@guopeishuzhi.com", "service@guopeishuzhi.com")],
     "Q&A answer by the seller, contradicted by another user")

# =====================================================================
# U08  学途教育 / 小林AI职业规划
# =====================================================================
page("/mall/item/10588.html", mall_item("AI训练师 三级/高级工 网课+考试", "学途教育考证店", """
<h1>学途教育 | 人工智能训练师 三级(高级工) 网课+考试服务</h1>
<p class="price">¥2,580</p>
<p>适合已持四级证书的学员。课程 40 课时,含智能训练、智能系统设计、培训与指导三个模块。</p>
<p>下单前请联系客服确认报考资格。 客服QQ 1093348726</p>
"""), True, "U08", "学途教育",
     [("qq", "1093348726", "1093348726")],
     "marketplace item with only a QQ number")

page("/bbs/thread-5530.html", bbs_thread("【经验】带了两百多个学员考AI训练师,说点实在的", [
    ("小林AI职业规划", "认证商家 · 帖子 96", "2026-11-08 14:05", """<p>做考证咨询三年,说几句实在话:</p>
<p>1. 证是职业技能等级证书,评价机构发的,不是什么国家职业资格证,谁跟你说人社部颁发的都是忽悠。<br>
2. 没有工作经历的先考五级,别被"直接考三级"骗。<br>
3. 价格:五级一千多到两千多都正常,三证合报的别碰。</p>
<p>我们学途教育五级 1680、四级 2280、三级 2580,有需要的 QQ:1093348726 / 微信 xt-edu_lin。</p>"""),
    ("kk2020", "注册会员", "2026-11-08 15:40", "<p>说得挺实在,收藏了</p>"),
]), True, "U08", "小林AI职业规划",
     [("qq", "1093348726", "1093348726"), ("wechat", "xt-edu_lin", "xt-edu_lin")],
     "forum thread opened by the seller, long and fairly honest")

page("/landing/xuetu-baoming.html", doc("学途教育 报名登记", """
<div style="font-family:sans-serif;max-width:560px;margin:auto;background:linear-gradient(#e0f7fa,#fff);padding:20px">
<h1>学途教育 · AI训练师 报名登记</h1>
<p>五级 1680 / 四级 2280 / 三级 2580 元</p>
<p>称呼 <input> 电话 <input> 等级 <input></p>
<p><button type="button">立即报名</button></p>
<p>老师微信 xt-edu_lin &nbsp; 电话 133 1628 4075 &nbsp; 邮箱 xuetu_lin@126.com</p>
<p><a href="/index.html">考证导航</a></p></div>""", ""), True, "U08", "学途教育",
     [("wechat", "xt-edu_lin", "xt-edu_lin"), ("phone", "+8613316284075", "133 1628 4075"), ("email", "xuetu_lin@126.com", "xuetu_lin@126.com")],
     "sign-up landing page")

# =====================================================================
# U09  智链未来 / 云启职培 / 武汉智链未来科技有限公司   (writes a lot)
# =====================================================================
page("/sites/zhilianwl/index.html", doc("智链未来 AI职业教育", T("""
<div style="font-family:sans-serif">
<div style="background:#3a0ca3;color:#fff;padding:24px"><h1>智链未来</h1><p>武汉 · AI 职业教育 · 人工智能训练师</p>
<a style="color:#fde" href="/sites/zhilianwl/blog/2026-shenbao.html">训练师手记</a> | <a style="color:#fde" href="/index.html">考证导航</a></div>
<div style="padding:20px;max-width:880px;margin:auto">
<h2>课程</h2><p>人工智能训练师五级入门班 980 元 · 四级实战班 2,380 元 · 三级研修班 3,280 元。每期 30 人,线下在光谷上课。</p>
<h2>联系我们</h2>
<address>武汉市东湖新技术开发区光谷大道 77 号 · 电话 159 2760 3381 · 邮箱 yunqipx@sina.com · 网站 www.zhilianwl.net</address>
</div>
<div style="font-size:12px;color:#777;text-align:center;padding:10px;border-top:1px solid #ddd">武汉智链未来科技有限公司 · 统一社会信用代码 {{c}} · 技术支持:易站通建站 0571-8617 3320</div></div>""", c=C_U09), ""),
     True, "U09", "智链未来",
     [("phone", "+8615927603381", "159 2760 3381"), ("email", "yunqipx@sina.com", "yunqipx@sina.com"),
      ("domain", "zhilianwl.net", "www.zhilianwl.net"), ("uscc", C_U09, C_U09)],
     "company site with the same site-builder credit as U01")

page("/sites/zhilianwl/blog/2026-shenbao.html", doc("四级和三级怎么衔接?一个训练师的自白 - 智链未来", """
<div style="max-width:700px;margin:auto;font:16px/2 Georgia,serif">
<p><a href="/sites/zhilianwl/index.html">智链未来</a> › 训练师手记</p>
<h1>四级和三级怎么衔接?一个训练师的自白</h1><p><i>云启职培 主讲 陈老师</i></p>
<p>我 2021 年开始做数据标注,那时候"人工智能训练师"这个名字刚出来不久,大家都不知道证有什么用。后来标准出来了,五个等级,五级到一级,从初级工一路到高级技师。很多学员一上来就问:老师,我能不能直接考三级?我的回答一直是:看你的证和年限。</p>
<p>四级考的是数据采集和处理、数据标注、智能系统运维;三级多了业务分析、智能训练、智能系统设计,还有培训与指导。说白了,四级是"会做",三级是"会带人做"。没在项目里带过人的,三级的实操会很吃力。</p>
<p>很多人问补贴。失业保险技能提升补贴要参保满一年,五级、四级、三级分别最多 1000、1500、2000 元,二级、一级国家层面没有这项补贴。谁跟你说"补贴后几乎免费"的,先问问他你交没交够社保。</p>
<p>证书真假怎么查?去 zscx.osta.org.cn 输入姓名、证件号和证书编号就能查到。任何让你去别的网站查证的,都要小心。</p>
<p>我们云启职培的四级实战班一期 30 人,光谷线下上课,2,380 元;三级研修班 3,280 元,只收持四级证且满年限的学员。想聊聊自己适合哪一级,可以加我微信:yunqi_px。</p>
<p>本文首发 zhilianwl.net,转载请注明。</p></div>""", "body{background:#faf8f2}"), True, "U09", "云启职培",
     [("wechat", "yunqi_px", "yunqi_px"), ("domain", "zhilianwl.net", "zhilianwl.net")],
     "long first-person blog post under a second brand on the company site")

page("/mall/item/10742.html", mall_item("人工智能训练师五级 入门班 980元", "云启职培", """
<h1>云启职培 | 人工智能训练师 五级 入门班</h1>
<p class="price">980元 <small style="font-size:14px;color:#999">已售 58</small></p>
<p>九百八十元,含 60 课时录播 + 4 次直播答疑。适合做过一年以上标注、客服质检、内容审核的朋友。</p>
<p>微信:yunqi_px · 售前QQ 2967014538</p>
"""), True, "U09", "云启职培",
     [("wechat", "yunqi_px", "yunqi_px"), ("qq", "2967014538", "2967014538")],
     "marketplace item")

# =====================================================================
# Independent sellers
# =====================================================================
page("/fenlei/post/91055.html", fenlei_post("人工智能训练师五级代报名", "训练师证 五级 代报名 980 电话 一三八 六二九一 七零五四", "南京", "2026-11-09"),
     True, "I01", "张先生",
     [("phone", "+8613862917054", "一三八 六二九一 七零五四")],
     "one-line classified ad; the phone is written in Chinese numerals")

page("/sites/qxszpj/index.html", doc("南京市栖霞区数智技能评价中心", T("""
<div style="font-family:serif;max-width:820px;margin:auto">
<h1>数智技能评价中心</h1><p>社会培训评价组织 · 职业技能等级认定 · 培训</p>
<p><a href="/index.html">考证导航</a></p>
<h2>认定与培训项目</h2>
<table border="1" cellpadding="5" style="border-collapse:collapse"><tr><th>职业(工种)</th><th>等级</th><th>培训费(元)</th></tr>
<tr><td rowspan="2">人工智能训练师(数据标注员)</td><td>五级</td><td>1,500</td></tr><tr><td>四级</td><td>1,900</td></tr>
<tr><td>人工智能训练师(人工智能算法测试员)</td><td>四级</td><td>2,100</td></tr></table>
<p>认定费另按核定标准收取。培训自愿,不参加培训也可直接报名认定。证书可在 zscx.osta.org.cn 查询;政策问题请拨 12333。</p>
<p>地址:南京市栖霞区仙林大道 12 号 · 电话 025-8571 3046 · 邮箱 qxszpj@126.com · 网站 www.qxszpj.org.cn</p>
<p style="font-size:12px">统一社会信用代码 {{c}} · 技术支持:易站通建站 0571-8617 3320</p></div>""", c=C_I02), ""),
     True, "I02", "栖霞数智技能评价中心",
     [("phone", "+862585713046", "025-8571 3046"), ("email", "qxszpj@126.com", "qxszpj@126.com"),
      ("domain", "qxszpj.org.cn", "www.qxszpj.org.cn"), ("uscc", C_I02, C_I02)],
     "honest evaluation organisation that also sells training; same site-builder credit as U01 and U09")

page("/weibo/status/4880337.html", weibo("May老师说考证", "11月14日 08:51", "训练师证 四级 ¥1,680 包教材 v: aitrainer_may"),
     True, "I03", "May老师说考证",
     [("wechat", "aitrainer_may", "aitrainer_may")],
     "one-line microblog status")

page("/mp/s/laozhou-ai-trainer.html", mp("考了三年证,说说人工智能训练师这张证到底值不值", "老周聊考证", "2026-10-25", """
<p>先说结论:对做数据标注、AI 产品运营、模型评测的人来说,这张证有用,但没有广告里说的那么神。</p>
<h3>一、它是什么证</h3>
<p>人工智能训练师是 2020 年人社部等三部门公布的新职业,编码 4-04-05-05。现在拿到的是职业技能等级证书,由在人社部门备案的评价机构颁发。说"人社部颁发"的,要么不懂,要么故意。</p>
<h3>二、怎么选级别</h3>
<p>五级要一年相关工作经历或学徒期满;四级、三级要下一级证加年限。"零基础直接考技师"这种话,听了就走。</p>
<h3>三、钱怎么花</h3>
<p>培训费是市场价,几百到几千都有;认定费各地有核定标准,一般几百元。补贴只对参保满一年的人有效,五级到三级最多 1000 到 2000 元。</p>
<h3>四、我自己的班</h3>
<p>我带三级冲刺班,只收持四级证满年限的同学,学费 3,200,可分 4 期,不过不退但可以免费重修一次。</p>
<p>QQ:4126639087 &nbsp; 邮箱:laozhou.kz @ outlook.com</p>""", reads="阅读 3862 · 在看 41"),
     True, "I04", "老周聊考证",
     [("qq", "4126639087", "4126639087"), ("email", "laozhou.kz@outlook.com", "laozhou.kz @ outlook.com")],
     "long WeChat-article style essay by a one-person seller")

page("/wenda/q/22014.html", wenda("想转行做AI训练师,需要先考证吗?", "文科生,30岁,想转行。", [
    ("数据猿课堂", "职业培训", "<p>不一定先考证,但有证简历好看。我们数据猿课堂有五级到四级的连读班,一共 3680,含两次认定报名服务。有问题加我:+86 176-0213-5598。</p>", 8),
    ("青柠", "产品经理", "<p>转行更看项目经历,证是加分项。</p>", 21),
]), True, "I05", "数据猿课堂",
     [("phone", "+8617602135598", "+86 176-0213-5598")],
     "Q&A answer by a seller")

page("/mall/item/10907.html", mall_item("人工智能训练师 初级 中级 高级 全套", "智能之光培训", """
<h1>人工智能训练师 初级/中级/高级 全套资料+报名</h1>
<p class="price">¥1,280 起</p>
<p>全套视频+题库,代报名,出证快。</p>
<p>联系:(+86)13572208164 &nbsp; 学员QQ群:905531276</p>
"""), True, "I06", "智能之光培训",
     [("phone", "+8613572208164", "(+86)13572208164"), ("qq_group", "905531276", "905531276")],
     "marketplace item of a one-item shop")

# =====================================================================
# Non-offer pages
# =====================================================================
page("/mall/item/10655.html", mall_item("育婴师 健康管理师 双证班", "安贝职培", """
<h1>育婴师(五级) + 健康管理师 双证培训班</h1>
<p class="price">¥2,200</p>
<p>宝妈首选,线上学习,线下实操一天。本课程与人工智能无关。</p>
<p>咨询 135 1207 6633 · 厦门思明安贝职业培训工作室 """ + C_ANBEI + """</p>
"""), False, None, "安贝职培",
     [("phone", "+8613512076633", "135 1207 6633"), ("uscc", C_ANBEI, C_ANBEI)],
     "another occupation's course on the same marketplace; not an offer for the AI trainer")

page("/bbs/thread-5547.html", bbs_thread("【曝光】交了2980说包过,拿到的证官网查不到", [
    ("被坑的阿强", "注册会员 · 帖子 2", "2026-11-10 23:40", """<p>九月在短视频上看到的广告,说人工智能训练师三级包过、人社部颁发。付款后给了一个网站查证,现在再查什么都没有,客服拉黑了。</p>
<p>对方最后用的号码是 170 2213 6649,付款截图订单号 13820250917。已经打了 12315 和 12345,大家别上当。</p>"""),
    ("拾柒", "中级会员 · 帖子 213", "2026-11-11 08:12", "<p>正规证书只在 zscx.osta.org.cn 这类官方平台查,其他网站都不算。建议报警。</p>"),
    ("版主-老陈", "版主", "2026-11-11 09:00", "<p>已置顶。请勿在本帖发广告。</p>"),
], board="投诉与曝光"), False, None, None, [],
     "complaint thread; quotes a scammer's number and an order number, plus public hotlines")

page("/news/2026/1108-fake-cert-warning.html", news("警惕!\"人工智能训练师包过\"骗局又有新套路", "临湖晚报 2026-11-08 记者 何晴", """
<p>近期,多名市民反映在网上报名"人工智能训练师"考证班后,对方以"人社部颁发""三证合报"等说辞收取数千元费用,最终提供的证书在官方平台无法查询。</p>
<p>市民刘女士告诉记者,对方自称"国家认证中心",先后使用 170 2213 6649 等号码联系她,并发来一张编号为 S000044010002253000127 的"证书样本"。</p>
<p>市人社局提醒,职业技能等级证书由备案的评价机构颁发,真伪可登录技能人才评价证书全国联网查询(zscx.osta.org.cn)核验,也可拨打 12333 咨询。遇到诈骗请及时报警,消费纠纷可拨打 12315,对政府部门工作有意见建议可拨打 12345。</p>
<p class="ed">责任编辑:许文</p>"""), False, None, None, [],
     "news warning; quotes a scam number and a sample certificate number")

page("/news/2026/1020-subsidy-policy.html", news("我市技能提升补贴申领流程优化 人工智能训练师等新职业纳入", "临湖晚报 2026-10-20 记者 孔一帆", """
<p>记者从市人社局获悉,自 11 月起,职工取得职业技能等级证书后申领技能提升补贴可全程网办。</p>
<p>补贴标准为:五级(初级工)不超过 1000 元,四级(中级工)不超过 1500 元,三级(高级工)不超过 2000 元,申领人须参加失业保险累计满 1 年。人工智能训练师等新职业按同一标准执行。</p>
<p>政策详情可查阅人社部网站 www.mohrss.gov.cn 或拨打 12333。</p>
<p class="ed">责任编辑:许文</p>"""), False, None, None, [], "policy news")

page("/gov/explainer-ai-trainer.html", doc("临湖市人力资源和社会保障局 - 人工智能训练师职业技能等级认定政策问答", """
<div style="font-family:SimSun,serif;max-width:900px;margin:auto;border-top:6px solid #c00">
<p style="color:#c00;font-size:22px">临湖市人力资源和社会保障局</p><p><a href="/index.html">考证导航</a> &gt; 政策解读</p>
<h1 style="text-align:center;font-size:20px">人工智能训练师职业技能等级认定政策问答</h1>
<p><b>问:人工智能训练师证书由谁颁发?</b><br>答:由经人社部门备案的用人单位或社会培训评价组织颁发,政府部门不直接颁发证书。</p>
<p><b>问:怎样查询证书真伪?</b><br>答:登录技能人才评价证书全国联网查询 zscx.osta.org.cn,或登录人社部网站 www.mohrss.gov.cn 进入技能人才评价工作网。</p>
<p><b>问:有没有"包过""不考试拿证"?</b><br>答:没有。认定须参加理论知识考试和操作技能考核。</p>
<p><b>问:考点安排向谁咨询?</b><br>答:可咨询省职业技能鉴定指导中心,电话 0571-8702 5519;政策咨询请拨打 12333。</p>
<p style="font-size:12px;text-align:center;color:#666">临湖市人力资源和社会保障局 主办</p></div>""", ""), False, None, None, [],
     "official explainer by an invented city bureau")

page("/wenda/q/20877.html", wenda("人工智能训练师证书有用吗?", "看到很多广告,想知道这个证实际有没有用。", [
    ("AI产品老兵", "大模型数据负责人", "<p>我们招标注和评测岗位,有证算加分,不是必须。更看重实际做过的项目和标注质量。</p>", 231),
    ("匿名用户", "", "<p>有用,但别信\"人社部颁发\"\"包过\"那种。证书查询只认官方平台。</p>", 88),
    ("柚子", "在读研究生", "<p>考过四级,理论不难,实操要花时间练。</p>", 40),
]), False, None, None, [], "neutral Q&A; no seller")

page("/jobs/post/550980.html", job("AI训练师(大模型数据方向)", "12-18K", "深瞳数据科技(杭州)有限公司", ["杭州", "1-3年", "本科"], """
<dl><dt>岗位职责</dt><dd>负责大模型指令数据与偏好数据的构建、质检和评测;制定标注规范并培训标注团队。</dd>
<dt>任职要求</dt><dd>一年以上数据标注或评测经验;持有人工智能训练师四级及以上证书者优先(非必须)。公司不收取任何费用。</dd>
<dt>投递</dt><dd>简历请发 hr@shentongdata.cn,邮件标题注明"AI训练师+姓名"。</dd></dl>"""),
     False, None, "深瞳数据科技(杭州)有限公司",
     [("email", "hr@shentongdata.cn", "hr@shentongdata.cn")],
     "real job ad; certificate is a plus, no fee; not an offer")

page("/notes/n/3e77b0.html", note_page("自己报AI训练师五级的全过程(没报培训班)", "椰子不吃糖", "自学考五级<br>全过程", """1. 先在技能人才评价工作网查本省备案了人工智能训练师的评价机构
2. 直接打机构电话问认定时间,认定费三百多
3. 教材和题库自己买,刷了两周
4. 理论 78,实操 71,一次过
没有中介,没有包过。需要的姐妹自己去官方平台查,不要私信我要联系方式~""", "#人工智能训练师 #自学考证",
                                      [("小鹿", "太实用了"), ("阿九", "认定费真的就几百")]),
     False, None, None, [], "learner's notes post; no seller")

page("/landing/template-demo.html", doc("易站通 · 教育培训模板演示", """
<div style="font-family:sans-serif;max-width:760px;margin:auto;border:2px dashed #999;padding:20px">
<p style="background:#ffd;padding:6px">这是易站通建站的模板演示页,内容均为示例。</p>
<h1>[您的机构名称] 职业技能培训</h1>
<p>在这里介绍您的课程,例如:人工智能训练师、育婴师、电工……</p>
<p>联系电话:138 0000 0000 &nbsp; 邮箱:yourname@example.com &nbsp; 微信:your_wechat</p>
<p style="font-size:12px">技术支持:易站通建站 0571-8617 3320 · 杭州易站通网络科技有限公司 """ + C_BUILDER + """</p>
<p><a href="/index.html">考证导航</a></p></div>""", ""), False, None, None, [],
     "site-builder template demo with placeholders")

# ---- list / index pages ----
def listing(path, title, intro, items, css="body{font-family:sans-serif;max-width:820px;margin:auto;padding:16px}", foot=""):
    lis = "".join("<li><a href=\"%s\">%s</a></li>" % (p, t) for p, t in items)
    page(path, doc(title, "<h1>" + title + "</h1><p>" + intro + "</p><ul>" + lis + "</ul>" + foot +
                   "<p><a href=\"/index.html\">考证导航</a></p>", css), False, None, None, [], "list page")


listing("/mall/index.html", "优学集市 · 职业技能频道", "热门课程", [
    ("/mall/item/10231.html", "【启航AI学堂】人工智能训练师 四级/中级工 直播课"),
    ("/mall/item/10588.html", "学途教育 | 人工智能训练师 三级 网课+考试服务"),
    ("/mall/item/10742.html", "云启职培 | 人工智能训练师 五级 入门班"),
    ("/mall/item/10907.html", "人工智能训练师 初级/中级/高级 全套资料"),
    ("/mall/item/10655.html", "育婴师 + 健康管理师 双证培训班")], MALL_CSS, mall_footer())
listing("/fenlei/index.html", "同城快帖 · 教育培训", "最新帖子", [
    ("/fenlei/post/88310.html", "AI训练师证三级 包过"), ("/fenlei/post/90412.html", "标注侠 数据标注兼职+考证 日结"),
    ("/fenlei/post/91055.html", "人工智能训练师五级代报名")], FENLEI_CSS,
    "<div class=\"ft\">本站举报电话 020-2983 6610</div>")
listing("/bbs/index.html", "职考论坛 · 职业资格与技能考证", "主题列表", [
    ("/bbs/thread-5512.html", "杭州有靠谱的AI训练师培训吗?想考四级"),
    ("/bbs/thread-5530.html", "【经验】带了两百多个学员考AI训练师,说点实在的"),
    ("/bbs/thread-5547.html", "【曝光】交了2980说包过,拿到的证官网查不到")], BBS_CSS,
    "<div class=\"bf\">论坛官方交流群 215306887(仅限站务,非商家)</div>")
listing("/wenda/index.html", "知问 · 职业教育话题", "相关问题", [
    ("/wenda/q/20877.html", "人工智能训练师证书有用吗?"), ("/wenda/q/20931.html", "济南哪里可以考人工智能训练师?"),
    ("/wenda/q/21877.html", "人工智能训练师三级没学历能考吗?"), ("/wenda/q/22014.html", "想转行做AI训练师,需要先考证吗?")], WENDA_CSS)
listing("/jobs/index.html", "好职网 · AI相关职位", "最新职位", [
    ("/jobs/post/550980.html", "AI训练师(大模型数据方向) 12-18K"), ("/jobs/post/551023.html", "AI数据标注员(居家可做) 6-9K"),
    ("/jobs/post/551177.html", "标注侠 招募兼职标注师 月入8000+")], JOBS_CSS)
listing("/news/index.html", "临湖晚报 · 民生", "", [
    ("/news/2026/1108-fake-cert-warning.html", "警惕!\"人工智能训练师包过\"骗局又有新套路"),
    ("/news/2026/1020-subsidy-policy.html", "我市技能提升补贴申领流程优化"),
    ("/gov/explainer-ai-trainer.html", "转载:市人社局 人工智能训练师职业技能等级认定政策问答")], NEWS_CSS)
listing("/weibo/topic/ai-trainer.html", "#人工智能训练师# 话题", "阅读 320万 · 讨论 1.1万。实时微言:", [
    ("/weibo/status/4871223.html", "AI证书通:人工智能训练师 五级/四级/三级……"),
    ("/weibo/status/4879015.html", "职达人才:AI训练师证 四级 速成班……"),
    ("/weibo/status/4880337.html", "May老师说考证:训练师证 四级……"),
    ("/video/v/7319920.html", "视频 · 鼎职教育:零基础拿人工智能训练师证"),
    ("/video/v/7324418.html", "视频 · 慧聘AI:AI训练师二级技师")], WEIBO_CSS,
    "<p>@临湖晚报 转发提醒:近期有人冒用\"国家认证中心\"名义用 170 2213 6649 等号码招揽考证,请勿轻信。</p>")
listing("/qun/index.html", "群空间 · 考证交流", "公开群", [
    ("/qun/g638201457.html", "鼎盛人才服务 · AI训练师考证2群")], QUN_CSS)

INDEX_GROUPS = [
    ("新闻与政策", ["/news/index.html", "/news/2026/1108-fake-cert-warning.html", "/news/2026/1020-subsidy-policy.html", "/gov/explainer-ai-trainer.html"]),
    ("集市 / 分类 / 论坛 / 问答", ["/mall/index.html", "/fenlei/index.html", "/bbs/index.html", "/wenda/index.html", "/jobs/index.html", "/qun/index.html"]),
    ("微言 · 小记本 · 短视频", ["/weibo/topic/ai-trainer.html", "/notes/n/6a1f30.html", "/notes/n/9c2d11.html", "/notes/n/3e77b0.html", "/video/v/7319920.html", "/video/v/7324418.html"]),
    ("公众号文章", ["/mp/s/jyvtc-ai-2026.html", "/mp/s/guopei-zhengce.html", "/mp/s/laozhou-ai-trainer.html"]),
    ("机构网站", ["/sites/qihangai/index.html", "/sites/bcpeixun/index.html", "/sites/shubiaogf/index.html", "/sites/jyvtc/pxzx/ai-trainer-2026.html",
              "/sites/zhilianwl/index.html", "/sites/qxszpj/index.html"]),
    ("报名页", ["/landing/bc-signup.html", "/landing/jyvtc-form.html", "/landing/guopei-mini.html", "/landing/xuetu-baoming.html", "/landing/template-demo.html"]),
]


def _title(html):
    m = re.search(r"<title>(.*?)</title>", html, re.S)
    return m.group(1) if m else ""


# =====================================================================
# Decoys
# =====================================================================
DECOYS = [
    ("public_hotline", "12333", "人社 service hotline quoted by news, the bureau and honest sellers"),
    ("public_hotline", "12345", "government hotline quoted in the complaint thread and the warning"),
    ("public_hotline", "12315", "consumer hotline; also in the marketplace footer"),
    ("official_site", "zscx.osta.org.cn", "official certificate query site quoted by sellers, news and the bureau"),
    ("official_site", "jndj.osta.org.cn", "official query site quoted in one seller blog"),
    ("official_site", "pjjg.osta.org.cn", "official list of evaluation institutions quoted by the honest college"),
    ("official_site", "www.mohrss.gov.cn", "ministry site quoted by news, the bureau and two sellers"),
    ("platform_service", "400-860-7215", "marketplace hotline in every marketplace footer"),
    ("platform_uscc", C_MALL, "marketplace operator's code in every marketplace footer"),
    ("platform_service", "service@youxuejishi.com", "marketplace service e-mail in every footer"),
    ("order_number", "18003160527", "marketplace category number shaped like a mobile number, in every marketplace footer"),
    ("platform_service", "020-2983 6610", "classifieds site's report line on every classified page"),
    ("platform_service", "215306887", "forum's own QQ group in every forum footer"),
    ("platform_service", "report@zhiwen-wang.com", "Q&A site's report e-mail on every Q&A page"),
    ("platform_service", "jubao@douhuo-video.com", "short-video platform's report e-mail on every video page"),
    ("quoted_scam_number", "170 2213 6649", "scammer's number quoted by the victim, the news and a repost"),
    ("order_number", "13820250917", "order number shaped like a mobile number, in the complaint and a seller's status"),
    ("certificate_number", "S000044010002253000127", "sample certificate number shown by two unrelated sellers and the news"),
    ("site_builder", "0571-8617 3320", "site builder's credit line on three unrelated sellers' sites and its demo"),
    ("site_builder_uscc", C_BUILDER, "site builder's code on its template demo"),
    ("assessment_centre", "0571-8702 5519", "provincial assessment centre's number quoted by three unrelated sellers and the bureau"),
    ("template_placeholder", "138 0000 0000", "template placeholder phone on a sign-up form and the builder's demo"),
    ("template_placeholder", "yourname@example.com", "template placeholder e-mail on the builder's demo"),
]


def _norm_digits(s):
    import unicodedata
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"(?<=\d)[\s\-]+(?=\d)", "", s)


def visible_text(html):
    """Text the check and the truth both use: visible text + alt/title + tel:/mailto: targets."""
    import html as H
    extra = re.findall(r'(?:alt|title)="([^"]*)"', html) + re.findall(r'href="(?:tel|mailto):([^"]*)"', html)
    t = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    t = re.sub(r"<[^>]+>", " ", t)
    return H.unescape(t + " " + " ".join(extra))


def relativize(src, html):
    base = os.path.dirname(src)

    def rep(m):
        target = m.group(1)
        return 'href="' + os.path.relpath(target, base).replace(os.sep, "/") + '"'
    return re.sub(r'href="(/[^"]*)"', rep, html)


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_path = {p["path"]: p for p in PAGES}
    # the front page: a link directory ("考证导航")
    parts = ["<h1>考证导航</h1><p>人工智能训练师 / 职业技能考证 相关站点收录(非官方)。</p>"]
    linked = set(["/index.html"])
    for g, paths in INDEX_GROUPS:
        parts.append("<h2>" + g + "</h2><ul>")
        for p in paths:
            parts.append("<li><a href=\"%s\">%s</a></li>" % (p, _title(by_path[p]["html"])))
            linked.add(p)
        parts.append("</ul>")
    parts.append("<p style=\"font-size:12px;color:#888\">收录不代表推荐。证书真伪请以官方查询平台为准。</p>")
    page("/index.html", doc("考证导航", "".join(parts), "body{font-family:sans-serif;max-width:900px;margin:auto;padding:20px}"),
         False, None, None, [], "link directory (front page)")
    for p in PAGES:
        out = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            f.write(relativize(p["path"], p["html"]))
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    texts = {p["path"]: _norm_digits(visible_text(p["html"])).lower() for p in PAGES}
    decoys = []
    for kind, value, note in DECOYS:
        key = _norm_digits(value).lower()
        paths = sorted(pp for pp, t in texts.items() if re.search(r"(?<![0-9a-z])" + re.escape(key) + r"(?![0-9a-z])", t))
        decoys.append({"kind": kind, "value": value, "paths": paths, "note": note})

    ops = {
        "U01": (["启航AI学堂", "杭州智训未来教育科技有限公司", "星图职培"], "mall item and company site share the WeChat id; the site and its blog share domain and e-mail; the blog and the forum reply share the QQ number"),
        "U02": (["鼎职教育", "AI证书通", "鼎盛人才服务"], "classified and microblog share a mobile; microblog and video share the WeChat id; video and group board share the QQ group"),
        "U03": (["北辰职业培训学校", "优能智学"], "Q&A answer and school site share the mobile (full-width on the answer); notes post and site share the WeChat id (case differs); site and form share landline and e-mail"),
        "U04": (["数标工坊", "标注侠", "昆山数标工坊信息科技有限公司"], "the two job posts share the QQ number; second job post and classified share a mobile; first job post and company site share the HR mobile (tel: link) and e-mail"),
        "U05": (["江屿职业技术学院继续教育学院", "江屿职院社会培训"], "notice and article share landline and domain; notice and form share the e-mail"),
        "U06": (["职达人才", "慧聘AI"], "microblog and video bio share the WeChat id; video bio and notes share the mobile"),
        "U07": (["中才认证服务中心", "国培数智"], "landing page and article share the WeChat id; article and Q&A answer share the Beijing landline"),
        "U08": (["学途教育", "小林AI职业规划"], "mall item and forum thread share the QQ number; forum thread and sign-up page share the WeChat id"),
        "U09": (["智链未来", "云启职培"], "company site and blog share the domain; blog and mall item share the WeChat id"),
    }
    for p in PAGES:
        if p["operator"] and p["operator"].startswith("I"):
            ops[p["operator"]] = ([p["provider"]], "single offer page; shares no seller identifier with any other page")
    truth = {
        "description": "Sealed labeled web operators-2026-12ad: invented Chinese pages selling 人工智能训练师 certificate courses, grouped by the business behind them, with decoy identifiers that must not tie sellers.",
        "pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")}
                  for p in sorted(PAGES, key=lambda x: x["path"])],
        "operators": [[k, {"brands": v[0], "ties": v[1]}] for k, v in ops.items()],
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("wrote %d pages, %d decoys" % (len(PAGES), len(decoys)))


if __name__ == "__main__":
    main()
