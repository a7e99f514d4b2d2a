#!/usr/bin/env python3
"""Writes site/ and truth.json for the sealed labeled web operators-2026-12u.

Stdlib only. Every name, number, company and domain here is invented.
"""
import json
import sys
sys.dont_write_bytecode = True
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC helpers
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_check(org8):
    s = 0
    for ch, w in zip(org8, W11714):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - (s % 11)
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(kind2, div6, org8):
    body = kind2 + div6 + org8 + _org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W32100))
    r = 31 - (s % 31)
    if r == 31:
        r = 0
    return body + ALPHA[r]


# seller USCCs
C_XINRUI = uscc("91", "330106", "MA2H7K3Q")   # U02
C_NANHU = uscc("91", "330402", "MA7C2R8N")    # U05
C_HUAXIN = uscc("91", "110108", "MA01X4T6")   # U09
C_JINGKE = uscc("91", "310104", "MA1G9W2D")   # U08 (only one page)
C_ZHIXING = uscc("92", "420111", "MA4F6B1L")  # U07 (only one page, 个体户)
# platform USCCs (decoys)
C_YOUKE = uscc("91", "310115", "MA1H3N5P")
C_PINCAI = uscc("91", "440305", "MA5D8U7E")

PAGES = []


def page(path, html, is_offer, operator, provider, ids, note):
    PAGES.append({"path": path, "html": html, "is_offer": is_offer,
                  "operator": operator, "provider": provider,
                  "identifiers": [list(t) for t in ids], "note": note})


def doc(title, body, css="", lang="zh-CN", head_extra=""):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
            "<title>%s</title>\n%s<style>%s</style>\n</head>\n<body>\n%s\n</body>\n</html>\n"
            % (lang, title, head_extra, css, body))


# ---------------------------------------------------------------- platform frames
YOUKE_CSS = ("body{font-family:'PingFang SC',sans-serif;margin:0;background:#f4f4f4}"
             ".top{background:#ff5000;color:#fff;padding:8px 20px}.wrap{width:980px;margin:10px auto;background:#fff;padding:16px}"
             ".price{color:#ff5000;font-size:26px}.sku span{border:1px solid #ccc;padding:3px 8px;margin-right:6px}"
             ".foot{font-size:12px;color:#999;text-align:center;padding:20px}")


def youke(title, body):
    return doc(title + " - 优课集市", (
        "<div class=\"top\"><a href=\"/shop/index.html\" style=\"color:#fff\">优课集市</a> · 职业技能 › 人工智能 "
        "<span style=\"float:right\">youkejishi.com | 客服热线 400-820-7166</span></div>\n"
        "<div class=\"wrap\">\n" + body + "\n</div>\n"
        "<div class=\"foot\">优课集市 youkejishi.com 为第三方交易平台，课程内容由入驻商家提供并负责。<br>"
        "平台客服：400-820-7166（9:00-21:00） 投诉邮箱：kefu@youkejishi.com<br>"
        "上海优课集市网络科技有限公司 营业执照 统一社会信用代码 " + C_YOUKE + " 沪ICP备2023018861号-2</div>"),
        YOUKE_CSS)


YIFENLEI_CSS = ("body{font:14px/1.7 SimSun,serif;margin:0}.hd{background:#2a8f3d;color:#fff;padding:6px 12px}"
                ".post{margin:12px;border:1px solid #cfe3cf;padding:10px}.meta{color:#888;font-size:12px}"
                "table.info td{border-bottom:1px dashed #ddd;padding:3px 10px}.ft{font-size:12px;color:#777;border-top:1px solid #ccc;margin-top:20px;padding:8px}")


def yifenlei(title, body, city="杭州"):
    return doc(title + "_" + city + "易分类网", (
        "<div class=\"hd\"><a href=\"/fenlei/index.html\" style=\"color:#fff\">易分类网</a> &gt; " + city + " &gt; 教育培训 &gt; 职业技能培训</div>\n"
        "<div class=\"post\">\n" + body + "\n</div>\n"
        "<div class=\"ft\">温馨提示：本站信息由网友自行发布，交易前请核实对方资质，凡要求先付款者请提高警惕。<br>"
        "易分类网 www.yifenlei.net 客服电话 0571-2888 6600 浙ICP备18054321号</div>"),
        YIFENLEI_CSS)


ASK_CSS = ("body{font-family:sans-serif;background:#fafafa;margin:0}.q{background:#fff;margin:10px auto;width:760px;padding:16px}"
           ".a{background:#fff;margin:6px auto;width:760px;padding:14px;border-left:3px solid #3b8}.who{color:#3b8;font-weight:bold}"
           ".small{font-size:12px;color:#999}")


def zhiliao(title, body):
    return doc(title + " - 知了问答", (
        "<div class=\"small\" style=\"padding:6px 20px\"><a href=\"/ask/index.html\">知了问答</a> · 教育 · 职业资格</div>\n"
        + body +
        "\n<p class=\"small\" style=\"text-align:center\">知了问答 zhiliaowenda.com ｜ 违法和不良信息举报：jubao@zhiliaowenda.com ｜ "
        "回答内容仅代表答主个人观点</p>"), ASK_CSS)


BBS_CSS = ("body{font:12px/1.6 Tahoma,'Microsoft YaHei';background:#e8eef5}.tb{width:960px;margin:0 auto;background:#fff}"
           ".pi{display:flex;border-bottom:4px solid #c2d5e3}.pls{width:160px;background:#e5edf2;padding:10px}.pct{padding:10px;flex:1}"
           ".floor{color:#999;float:right}h1{font-size:16px;padding:10px}")


def bbs(title, posts):
    rows = []
    for i, (user, info, text) in enumerate(posts, 1):
        label = "楼主" if i == 1 else "%d#" % i
        rows.append("<div class=\"pi\"><div class=\"pls\"><b>%s</b><br>%s</div><div class=\"pct\">"
                    "<span class=\"floor\">%s</span>%s</div></div>" % (user, info, label, text))
    return doc(title + " - AI考证交流 - 职考联盟论坛", (
        "<div class=\"tb\"><div style=\"padding:6px\"><a href=\"/bbs/index.html\">职考联盟论坛</a> › 职业技能 › AI考证交流</div>"
        "<h1>" + title + "</h1>\n" + "\n".join(rows) +
        "\n<div style=\"text-align:center;color:#999;padding:10px\">Powered by Discuz! X3.5 © 2001-2026 Discuz! Team.</div></div>"),
        BBS_CSS)


WEIYAN_CSS = ("body{font-family:-apple-system,'PingFang SC';background:#f2f2f2;margin:0}.card{background:#fff;width:600px;margin:12px auto;padding:14px;border-radius:6px}"
              ".nick{font-weight:bold;color:#eb7350}.t{color:#999;font-size:12px}.act{color:#808080;font-size:13px;border-top:1px solid #eee;margin-top:8px;padding-top:6px}"
              ".cmt{background:#f9f9f9;padding:6px;margin-top:6px;font-size:13px}")


def weiyan(title, body):
    return doc(title + " - 微言", (
        "<div style=\"background:#fff;padding:8px 20px;border-bottom:1px solid #ddd\"><b style=\"color:#eb7350\">微言</b> weiyan.net "
        "<a href=\"/index.html\">首页</a></div>\n" + body +
        "\n<p class=\"t\" style=\"text-align:center\">微言 weiyan.net · 违法和不良信息举报热线 400-052-0520</p>"),
        WEIYAN_CSS)


NOTES_CSS = ("body{font-family:'PingFang SC';margin:0;background:#fff}.bar{padding:10px;border-bottom:1px solid #eee}"
             ".n{padding:14px;white-space:pre-line;font-size:15px;line-height:1.8}.tag{color:#13386c}.open{position:fixed;bottom:0;left:0;right:0;"
             "background:#ff2442;color:#fff;text-align:center;padding:12px}")


def notes(title, author, body):
    return doc(title + " - 拾光笔记", (
        "<div class=\"bar\">拾光笔记 · <b>" + author + "</b> <a href=\"/index.html\">更多笔记</a></div>\n"
        "<h2 style=\"padding:0 14px\">" + title + "</h2>\n<div class=\"n\">" + body + "</div>\n"
        "<div class=\"open\">打开拾光笔记App，查看更多精彩 shiguangbiji.com</div>"), NOTES_CSS)


QUN_CSS = ("body{background:#ededed;font-family:sans-serif;margin:0}.m{display:flex;margin:10px}.av{width:36px;height:36px;background:#9bc;border-radius:4px;margin-right:8px}"
           ".b{background:#fff;padding:8px 10px;border-radius:4px;max-width:520px;white-space:pre-line}.nm{font-size:12px;color:#888}"
           ".sys{text-align:center;color:#999;font-size:12px}")


def qun(title, msgs):
    out = []
    for who, txt in msgs:
        if who is None:
            out.append("<p class=\"sys\">%s</p>" % txt)
        else:
            out.append("<div class=\"m\"><div class=\"av\"></div><div><div class=\"nm\">%s</div><div class=\"b\">%s</div></div></div>" % (who, txt))
    return doc(title, ("<div style=\"background:#2e2e2e;color:#fff;padding:10px\">" + title +
                       " <small>（群聊记录导出 · 群聊精选）</small></div>\n" + "\n".join(out) +
                       "\n<p class=\"sys\"><a href=\"/index.html\">返回群聊精选</a></p>"), QUN_CSS)


PINCAI_CSS = ("body{font-family:'Microsoft YaHei';margin:0;background:#f6f7fb}.job{width:900px;margin:14px auto;background:#fff;padding:20px}"
              ".sal{color:#fe574a;font-size:22px}.tags span{background:#f0f4fa;color:#5e6a80;padding:2px 8px;margin-right:5px}"
              ".co{background:#fff;width:900px;margin:0 auto;padding:20px}.tip{background:#fff8e6;border:1px solid #ffd27a;padding:8px;font-size:12px}")


def pincai(title, body):
    return doc(title + "招聘 - 聘才网", (
        "<div style=\"background:#00bebd;color:#fff;padding:10px 20px\"><a href=\"/zhaopin/index.html\" style=\"color:#fff\">聘才网</a> pincai.cn</div>\n"
        + body +
        "\n<div class=\"job\"><div class=\"tip\">【聘才网安全提示】招聘过程中凡以培训费、考证费、押金、服装费等名义收取费用的，均属违规行为，"
        "请立即举报！求职防骗热线 400-700-5566。</div>"
        "<p style=\"font-size:12px;color:#aaa\">深圳聘才网络有限公司 " + C_PINCAI + "</p></div>"), PINCAI_CSS)


FORM_CSS = ("body{background:#eef3fb;font-family:sans-serif;margin:0}.f{width:640px;margin:20px auto;background:#fff;padding:24px;border-top:6px solid #4a7bf7}"
            "label{display:block;margin-top:12px;font-weight:bold}input,select,textarea{width:100%;padding:6px;margin-top:4px}"
            ".pw{text-align:center;color:#aaa;font-size:12px}")


def biaodan(title, body):
    return doc(title, ("<div class=\"f\">\n" + body + "\n</div>\n"
                       "<p class=\"pw\">本表单由 表单云 biaodanyun.com 提供技术支持 · 表单内容由发布者负责，与表单云无关 · "
                       "<a href=\"/index.html\">举报</a></p>"), FORM_CSS)


MP_CSS = ("body{font-family:-apple-system,'PingFang SC';background:#fff;margin:0;max-width:420px}.mp{padding:16px}"
          ".mini{border:1px solid #eee;border-radius:8px;padding:10px;margin:10px 16px}.gray{color:#888;font-size:12px}")


def sujian_credit():
    return ("<p style=\"font-size:12px;color:#aaa;text-align:center\">网站建设：速建云 sujianyun.cn ｜ 建站热线 400-6080-315 ｜ "
            "<a href=\"/index.html\">登录后台</a></p>")


# ================================================================ OFFER PAGES
# ---------------- U01: 启智未来教育 / 启元职培 / 星图AI学院
page("/shop/item-30718.html", youke("人工智能训练师四级三级 报名培训 线上网课", """
<div style="display:flex">
<div style="width:380px"><img src="/img/item30718_main.jpg" alt="人工智能训练师 证书样本 人社部门备案评价机构颁发 可查" width="360"><br>
<img src="/img/item30718_qr.png" alt="添加老师微信号 qizhi_ai2026 扫码领取资料包" width="180"></div>
<div style="flex:1;padding-left:20px">
<h1 style="font-size:20px">【启智未来教育】人工智能训练师 四级/三级 考证培训 数据标注 零基础可学 线上直播+录播</h1>
<p class="price">¥1980.00 <s style="font-size:14px;color:#999">¥3600</s></p>
<p class="sku">规格：<span>四级（中级工）1980</span><span>三级（高级工）2680</span><span>四+三 连报 3980</span></p>
<p>月销 300+ ｜ 店铺：启智未来教育旗舰店 ｜ 发货：虚拟商品 拍下后联系客服开通</p>
<p>拍前必看：报名需本人身份证、学历证明、相关工作年限证明；考前安排模拟题。详情图里有老师微信，直接扫码更快。</p>
</div></div>
<h3>商品详情</h3>
<p>✔ 课程：理论60课时+实操（数据采集、数据标注、智能系统运维）<br>✔ 考试：按机构认定计划统一安排，成绩合格后颁发职业技能等级证书<br>
✔ 可申请技能提升补贴（以当地政策为准）</p>
<table border="1" cellpadding="5" style="border-collapse:collapse"><tr><th>班型</th><th>课时</th><th>费用</th></tr>
<tr><td>四级</td><td>50</td><td>1980</td></tr><tr><td>三级</td><td>40</td><td>2680</td></tr></table>
"""), True, "U01", "启智未来教育",
    [("wechat", "qizhi_ai2026", "qizhi_ai2026")],
    "marketplace listing; seller contact only in an image alt text; platform footer decoys")

page("/sites/qiyuan/index.html", doc("启元职培 | 人工智能训练师认证培训 深圳", """
<header style="background:linear-gradient(90deg,#0b1d51,#3a5bd9);color:#fff;padding:40px 60px">
<h1>启元职培 · AI训练师 深圳站</h1><p>新职业 新赛道 —— 四级 / 三级 人工智能训练师 周末班 · 晚班 · 线上班</p>
<a href="#bm" style="background:#ffb400;color:#000;padding:10px 24px;border-radius:20px">立即预约试听</a></header>
<section style="padding:30px 60px"><h2>为什么选择启元</h2>
<ul><li>小班教学，实操环境真机演练（标注平台、模型测试）</li><li>结业考试按认定机构计划组织，证书全国联网可查：zscx.osta.org.cn</li>
<li>深圳户籍/社保满一年学员可协助申领技能提升补贴</li></ul>
<h2>2026年冬季班 费用</h2><p>四级：2180 元（含教材、模拟题库）<br>三级：2880 元 　　报两个级别立减 300</p></section>
<section id="bm" style="background:#f3f5fb;padding:30px 60px"><h2>联系我们</h2>
<p>咨询电话：0755-2663 8810<br>VX：qizhi_ai2026（备注“训练师”）<br>地址：深圳市南山区科技园北区朗山二路 启元大厦 6 楼</p></section>
<footer style="text-align:center;color:#888;font-size:12px;padding:16px">© 2026 启元职培 粤ICP备2024071553号 <a href="/index.html">网站导航</a></footer>
""", "body{margin:0;font-family:'Microsoft YaHei'}"), True, "U01", "启元职培",
    [("wechat", "qizhi_ai2026", "qizhi_ai2026"), ("phone", "+8675526638810", "0755-2663 8810")],
    "seller landing page; official query domain quoted as decoy")

page("/weibo/u-xingtu-ai-5521.html", weiyan("星图AI学院的微言", """
<div class="card"><span class="nick">星图AI学院</span> <span class="t">11-28 20:14 来自 iPhone 15</span>
<p>【12月认定班最后8个名额】#人工智能训练师# #AI训练师考证# 四级/三级都能报，晚上+周末上课，不耽误上班👏<br>
四级 2180｜三级 2880，两级连报再减300<br>
⚠️报名需要：身份证正反面、毕业证、工作证明（相关工作满年限）<br>
咨询☎（0755）26638810 或者 Q：2874461903 留言秒回～</p>
<img src="/img/xt5521.jpg" alt="学员上课照片" width="200">
<div class="act">转发 12 ｜ 评论 9 ｜ 赞 41</div>
<div class="cmt">用户Kyo_77：能开发票吗<br><b>星图AI学院</b>：可以的亲，私信或Q上联系～</div></div>
"""), True, "U01", "星图AI学院",
    [("phone", "+8675526638810", "（0755）26638810"), ("qq", "2874461903", "2874461903")],
    "microblog post; landline in parentheses form; reply under own post")

page("/ask/q-20417.html", zhiliao("人工智能训练师三级在深圳哪里考？要什么条件？", """
<div class="q"><h2>人工智能训练师三级在深圳哪里考？要什么条件？</h2><p class="small">提问者：匿名用户 · 2026-11-19 · 浏览 1.2万</p>
<p>本人做数据标注快三年了，四级证去年拿的，想考三级，深圳哪里可以报名，需要准备什么？</p></div>
<div class="a"><span class="who">机构认证答主 · 星图AI学院-陈老师</span>
<p>你好，按标准要求，三级一般要四级证书后再累计工作满一定年限（具体以认定机构审核为准），你的情况可以先把社保记录、四级证书、在职证明准备好。</p>
<p>我们星图这边深圳南山有线下班，12月还有一期认定，三级 2880，含实操辅导。有需要可以加扣扣 2874 461 903 或者打我电话 189-2664-1175 了解。</p>
<p class="small">14人觉得有用 · 2026-11-20</p></div>
<div class="a"><span class="who">路人甲</span><p>建议先去 zscx.osta.org.cn 看看报名机构是不是备案的，别乱交钱。</p></div>
"""), True, "U01", "星图AI学院",
    [("qq", "2874461903", "2874 461 903"), ("phone", "+8618926641175", "189-2664-1175")],
    "seller answers inside a Q&A thread; qq split with spaces, called 扣扣")

# ---------------- U02: 信锐教育 / 锐学在线 / 信锐AI
page("/sites/xinrui/index.html", doc("杭州信锐教育科技有限公司 - 人工智能训练师 职业技能等级培训", """
<div style="background:#123;color:#fff;padding:10px 40px">www.xinrui-edu.cn ｜ 招生邮箱：zhaosheng@xinrui-edu.cn ｜ 电话：0571-8691 3350</div>
<div style="padding:30px 40px"><h1>信锐教育 · 人工智能训练师（数据标注员/算法测试员）</h1>
<p>依据《人工智能训练师国家职业技能标准（2021年版）》开设五级、四级、三级培训课程。课程结束后参加备案评价机构组织的认定考试，理论+实操，各 60 分合格。</p>
<table border="1" cellspacing="0" cellpadding="6"><tr><th>等级</th><th>培训费</th><th>认定费</th><th>开班</th></tr>
<tr><td>五级</td><td>1280</td><td>按机构公示</td><td>每月</td></tr>
<tr><td>四级</td><td>1880</td><td>按机构公示</td><td>每月</td></tr>
<tr><td>三级</td><td>2580</td><td>按机构公示</td><td>双月</td></tr></table>
<p>补贴政策咨询：浙江省人社厅热线 0571-85109660（符合条件的参保职工可申领技能提升补贴）</p>
<h3>报名方式</h3><p>将姓名+意向等级发送至 zhaosheng@xinrui-edu.cn，或工作日来电。</p></div>
<div style="background:#eee;padding:14px 40px;font-size:12px">杭州信锐教育科技有限公司 统一社会信用代码：""" + C_XINRUI + """<br>
地址：杭州市西湖区文二西路 96 号 3 幢 402 浙ICP备2025033117号-1 <a href="/index.html">网站导航</a></div>
""" + sujian_credit(), "body{margin:0;font-family:'Microsoft YaHei'}"), True, "U02", "信锐教育",
    [("email", "zhaosheng@xinrui-edu.cn", "zhaosheng@xinrui-edu.cn"), ("uscc", C_XINRUI, C_XINRUI),
     ("domain", "xinrui-edu.cn", "www.xinrui-edu.cn"), ("phone", "+8657186913350", "0571-8691 3350")],
    "company site with USCC footer; quotes a provincial hotline (decoy); site-builder credit")

page("/fenlei/post-775120.html", yifenlei("人工智能训练师考证 杭州 周末班 锐学在线", """
<h2>人工智能训练师考证 杭州周末班 四级三级 锐学在线</h2>
<p class="meta">发布时间：2026-11-30 ｜ 浏览 386 次 ｜ 信息编号 775120</p>
<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>西湖区 文三路</td></tr>
<tr><td>价格</td><td>1880起</td></tr><tr><td>联系人</td><td>钱老师</td></tr><tr><td>电话</td><td>133 5712 0846</td></tr></table>
<p>锐学在线开班啦~人工智能训练师四级/三级，杭州本地线下授课+线上回放。上课地点：文三路 478 号华星时代广场。<br>
需要资料的可以发邮件：zhaosheng#xinrui-edu.cn（#改成@），我们统一回复课表和报名表。<br>
四级1880 三级2580 五级1280，老学员推荐再减100</p>
"""), True, "U02", "锐学在线",
    [("email", "zhaosheng@xinrui-edu.cn", "zhaosheng#xinrui-edu.cn"), ("phone", "+8613357120846", "133 5712 0846")],
    "classified ad; obfuscated e-mail; shared business-park address (decoy)")

page("/zhaopin/job-552031.html", pincai("人工智能训练师（储备，可零基础）", """
<div class="job"><h1>人工智能训练师（储备，可零基础）</h1><p class="sal">6-9K</p>
<p class="tags"><span>杭州·西湖区</span><span>经验不限</span><span>学历不限</span></p>
<h3>职位描述</h3><p>1. 负责AI模型数据的标注、清洗与质检；<br>2. 入职前统一参加岗前培训并考取人工智能训练师四级证书（培训费 1880，可分期，考取后上岗）；<br>
3. 公司提供实训机会。<br>了解课程及公司：xinrui-edu.cn</p></div>
<div class="co"><h3>公司信息</h3><p>杭州信锐教育科技有限公司 ｜ 教育培训 ｜ 20-99人<br>统一社会信用代码 """ + C_XINRUI + """<br>
注册地址：杭州市西湖区文二西路96号</p><p>HR：信锐AI 招聘组</p></div>
"""), True, "U02", "信锐AI",
    [("uscc", C_XINRUI, C_XINRUI), ("domain", "xinrui-edu.cn", "xinrui-edu.cn")],
    "recruitment post that is really a paid training offer (fee before hiring); platform anti-fraud footer decoy")

page("/sites/ruixue-blog/post-12.html", doc("零基础转行AI训练师，我是怎么拿到四级证的 - 锐学笔记", """
<article style="max-width:720px;margin:30px auto;font:16px/1.9 Georgia,'Songti SC'">
<p style="color:#999">锐学笔记 · 第12篇 · 2026年11月</p>
<h1>零基础转行AI训练师，我是怎么拿到四级证的</h1>
<p>很多同学问我，做数据标注到底要不要考证。我的答案是：要进大厂外包项目，有证确实加分。</p>
<p>我们锐学在线这期还剩少量名额：四级 1880、三级 2580，线上直播，考前两周集训。报名入口👉
<a href="https://www.xinrui-edu.cn/baoming">https://www.xinrui-edu.cn/baoming</a></p>
<p>提醒：任何说“不用考试直接拿证”的都不要信。</p>
<p><a href="/index.html">← 返回首页</a></p></article>
""", "body{background:#fbfaf6}"), True, "U02", "锐学在线",
    [("domain", "xinrui-edu.cn", "https://www.xinrui-edu.cn/baoming")],
    "seller blog post; only tie is a link to the company domain")

# ---------------- U03: 博途职业技能培训学校 / 博途AI / 途学帮
page("/fenlei/post-771893.html", yifenlei("郑州人工智能训练师培训 博途职业技能培训学校", """
<h2>郑州 人工智能训练师 五级/四级 正规学校 可开票</h2>
<p class="meta">发布时间：2026-11-22 ｜ 浏览 941 次 ｜ 信息编号 771893</p>
<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>金水区</td></tr><tr><td>价格</td><td>面议</td></tr>
<tr><td>联系人</td><td>张校长</td></tr><tr><td>联系电话</td><td>158 2173 6604（微信同号）</td></tr></table>
<p>博途职业技能培训学校常年开设：人工智能训练师、数据标注、电工、育婴员等。<br>
AI训练师五级 980，四级 1580 （团报5人以上再优惠）<br>上课地点金水区花园路，也可以线上。</p>
""", "郑州"), True, "U03", "博途职业技能培训学校",
    [("phone", "+8615821736604", "158 2173 6604"), ("wechat", "15821736604", "158 2173 6604（微信同号）")],
    "classified ad; mobile with 微信同号 gives phone and wechat ties")

page("/bbs/thread-9031-1-1.html", bbs("郑州有没有靠谱的AI训练师培训？求推荐", [
    ("kiki酱", "新手上路<br>帖子 3", "想考个人工智能训练师四级，郑州本地的，有没有人上过课的说说？怕被坑。"),
    ("老王不是隔壁", "中级会员<br>帖子 212", "先查机构是不是备案的，去技能人才评价网站看，别信包过。"),
    ("kiki酱", "新手上路<br>帖子 3", "好的谢谢，那价格一般多少？"),
    ("路过的标注员", "初级会员<br>帖子 17", "我当时四级一千五左右，含考试。"),
    ("博途AI-张老师", "认证商家<br>帖子 58", "楼主好，我们博途AI在金水区，四级1580含教材模拟题，小班。电话/微信：15821736604<br>"
     "也可以进我们的学员交流群 QQ群 736218054，里面有往期学员可以问问真实情况。"),
    ("kiki酱", "新手上路<br>帖子 3", "收到，我先加群看看"),
]), True, "U03", "博途AI",
    [("phone", "+8615821736604", "15821736604"), ("wechat", "15821736604", "电话/微信：15821736604"),
     ("qq_group", "736218054", "736218054")],
    "forum thread; the seller replies in floor 5; other floors are users")

page("/qun/board-ai-kaozheng.html", qun("AI考证互助③群", [
    (None, "2026年11月25日 19:02"),
    ("群主·途学帮小助手", "欢迎新朋友！本群为途学帮AI训练师学员群\n（QQ群：736 218 054，请备注真实姓名）"),
    ("Lily", "请问四级什么时候考"),
    ("群主·途学帮小助手", "12月第二周，报名截止12月1日\n四级 1580 ／ 五级 980\n报名热线 4006152288 工作日 9-18点"),
    ("阿杰", "去年考的，理论题库刷三遍基本没问题"),
    ("Lily", "好的谢谢"),
    (None, "群主 撤回了一条消息"),
]), True, "U03", "途学帮",
    [("qq_group", "736218054", "736 218 054"), ("phone", "+864006152288", "4006152288")],
    "chat-group message export; 400 number written without separators")

page("/form/bt-baoming.html", biaodan("途学帮·人工智能训练师报名登记表（2026年12月批次）", """
<h2>途学帮 · 人工智能训练师 报名登记表</h2>
<p>请如实填写，提交后老师会在1个工作日内联系您。费用：五级980 / 四级1580（含认定考务费）。<br>
咨询热线：<a href="tel:4006152288">400-615-2288</a></p>
<label>姓名</label><input type="text">
<label>身份证号</label><input type="text">
<label>报考等级</label><select><option>五级</option><option>四级</option></select>
<label>从事相关工作年限</label><input type="text">
<label>备注</label><textarea></textarea>
<p><button>提交</button></p>
"""), True, "U03", "途学帮",
    [("phone", "+864006152288", "400-615-2288"), ("phone", "+864006152288", "tel:4006152288")],
    "sign-up form on a form service; tel: link; form-service credit decoy")

# ---------------- U04: 数标优才 / 云标注学院 / 优才数智
page("/notes/n-6f2a91.html", notes("宝妈在家做AI标注，顺手考了个证📜", "数标优才·小雨", """去年开始在家接数据标注的单子，今年考了AI训练师的证（四级）
说下真实感受👇
1️⃣ 考试有理论和实操，实操就是标注+质检
2️⃣ 费用我们这边四级 1680 三级 2480
3️⃣ 考完可以接更高单价的项目

想一起学的姐妹
私我或者 V：yc-biaozhu01
<span class="tag">#数据标注 #AI训练师 #宝妈副业 #考证</span>"""), True, "U04", "数标优才",
    [("wechat", "yc-biaozhu01", "yc-biaozhu01")],
    "notes-app post; never writes the occupation's full name; price without currency")

page("/weibo/u-yunbiaozhu-0093.html", weiyan("云标注学院的微言", """
<div class="card"><span class="nick">云标注学院</span> <span class="t">12-01 09:30 来自 微言网页版</span>
<p>12月开班通知📢 AI训练师（数据标注方向）四级/三级 直播班<br>
四级1680 三级2480 老学员介绍 -200<br>
课程回放放在抖音粉丝群，抖音号：ycsz_2025<br>
报名加v yc-biaozhu01 发“报名”即可</p>
<div class="act">转发 3 ｜ 评论 5 ｜ 赞 18</div></div>
"""), True, "U04", "云标注学院",
    [("wechat", "yc-biaozhu01", "yc-biaozhu01"), ("other", "douyin:ycsz_2025", "ycsz_2025")],
    "microblog post; 加v wechat and a Douyin account id (other)")

page("/mp/share-yc-ai.html", doc("优才数智AI训练营", """
<div class="mp"><p class="gray">小程序 · 优才数智AI训练营 分享给你</p>
<div class="mini"><b>优才数智 · AI训练师考证季</b><p>四级 1680 ｜ 三级 2480<br>拼团 2 人各减 100</p>
<p class="gray">微信扫码或长按识别打开小程序</p></div>
<p>👉 课程直播在抖音，搜「ycsz_2025」<br>客服电话：177 0658
3392（同微信）</p>
<p class="gray"><a href="/index.html">更多分享</a></p></div>
""", MP_CSS), True, "U04", "优才数智",
    [("other", "douyin:ycsz_2025", "ycsz_2025"), ("phone", "+8617706583392", "177 0658\n3392"),
     ("wechat", "17706583392", "177 0658\n3392（同微信）")],
    "mini-program share card; phone split over two lines")

page("/sites/youcai/index.html", doc("优才数智 - AI训练师认证课程", """
<div style="max-width:900px;margin:0 auto;font-family:'Microsoft YaHei'">
<h1 style="color:#5b2be0">优才数智</h1><p>数据标注员 · 人工智能算法测试员 —— 两个工种，五级到三级</p>
<div style="display:grid;grid-template-columns:1fr 1fr 1fr;gap:10px">
<div style="border:1px solid #ddd;padding:10px"><h3>五级</h3><p>1080</p></div>
<div style="border:1px solid #ddd;padding:10px"><h3>四级</h3><p>1680</p></div>
<div style="border:1px solid #ddd;padding:10px"><h3>三级</h3><p>2480</p></div></div>
<h3>证书样本</h3><img src="/img/cert_sample_a.jpg" alt="证书样本 证书编号 S000033010020264000123" width="300">
<p>证书可在 jndj.osta.org.cn 查询。</p>
<p>电话：<a href="tel:+8617706583392">177-0658-3392</a> （微信同号）</p>
<p><a href="/index.html">首页</a></p></div>
"""), True, "U04", "优才数智",
    [("phone", "+8617706583392", "tel:+8617706583392"), ("phone", "+8617706583392", "177-0658-3392"),
     ("wechat", "17706583392", "177-0658-3392")],
    "seller site; stock certificate sample number shared with an unrelated seller (decoy)")

# ---------------- U05: 南湖数智研究院 / 湖畔职培
page("/sites/nanhu/index.html", doc("南湖数智研究院 | 人工智能训练师 培训认定", """
<nav style="background:#0a6e5c;padding:10px 30px"><a href="/sites/nanhu/index.html" style="color:#fff">首页</a> ·
<a href="/sites/nanhu/about.html" style="color:#fff">关于我们</a></nav>
<main style="padding:20px 30px"><h1>人工智能训练师 2026 冬季招生</h1>
<p>面向嘉兴及周边企业员工，开设四级、三级班，培训合格后参加认定。</p>
<p>四级 ¥1780 ｜ 三级 ¥2580 ｜ 企业团报另议</p>
<p>报名邮箱：nhsz_px@126.com</p></main>
<footer style="font-size:12px;color:#666;padding:10px 30px;border-top:1px solid #ccc">南湖数智研究院（嘉兴）有限公司 ｜ 统一社会信用代码：""" + C_NANHU + """ ｜ <a href="/index.html">网站导航</a></footer>
""", "body{margin:0;font-family:sans-serif}"), True, "U05", "南湖数智研究院",
    [("uscc", C_NANHU, C_NANHU), ("email", "nhsz_px@126.com", "nhsz_px@126.com")],
    "company site; USCC in footer; free-mail address")

page("/sites/nanhu/about.html", doc("关于我们 - 南湖数智研究院", """
<nav style="background:#0a6e5c;padding:10px 30px"><a href="/sites/nanhu/index.html" style="color:#fff">首页</a></nav>
<main style="padding:20px 30px"><h1>关于我们</h1>
<p>南湖数智研究院（嘉兴）有限公司成立于2023年，专注数字化人才培养与企业内训，办公地址：嘉兴市南湖区广益路 1319 号中创电气商贸园 11 幢。</p>
<p>商务合作：nhsz_px@126.com</p>
<p>统一社会信用代码：""" + C_NANHU + """</p></main>
""", "body{margin:0;font-family:sans-serif}"), False, None, None,
    [("uscc", C_NANHU, C_NANHU), ("email", "nhsz_px@126.com", "nhsz_px@126.com")],
    "seller's about page without any offer (U05's company); not a listing")

page("/shop/item-31266.html", youke("湖畔职培 人工智能训练师 四级 企业员工班", """
<h1 style="font-size:20px">湖畔职培｜人工智能训练师四级 企业员工提升班 可开专票 嘉兴/线上</h1>
<p class="price">¥1780.00</p>
<p class="sku">规格：<span>四级</span><span>三级 +800</span></p>
<p>认定计划编号：JDJH-2026-1206（以评价机构公示为准）</p>
<h3>企业资质</h3>
<p>经营主体：南湖数智研究院（嘉兴）有限公司<br>统一社会信用代码 """ + C_NANHU + """<br>咨询电话：１３９５７３６２０８１</p>
<img src="/img/item31266_detail.jpg" alt="课程大纲 数据采集 数据标注 智能系统运维" width="600">
"""), True, "U05", "湖畔职培",
    [("uscc", C_NANHU, C_NANHU), ("phone", "+8613957362081", "１３９５７３６２０８１")],
    "marketplace listing under a second brand; full-width digits; exam batch number decoy")

page("/ask/q-20533.html", zhiliao("企业想给员工报人工智能训练师，有没有团报的？", """
<div class="q"><h2>企业想给员工报人工智能训练师，有没有团报的？</h2><p class="small">提问者：嘉兴某制造企业HR · 2026-11-26</p>
<p>公司想给做质检的十几个员工报四级，最好能上门培训，求推荐。</p></div>
<div class="a"><span class="who">湖畔职培</span><p>您好，我们做企业团报比较多，嘉兴本地可以上门，十人以上单价可以谈，四级一人1780以内。
方便的话直接电话联系：139-5736-2081（周老师），可以先发课程大纲给您看。</p></div>
<div class="a"><span class="who">热心网友</span><p>技能提升补贴可以问当地人社，电话12333。</p></div>
"""), True, "U05", "湖畔职培",
    [("phone", "+8613957362081", "139-5736-2081")],
    "seller answer in Q&A; 12333 quoted by another user")

# ---------------- U06: 灵犀智训 / 犀牛考证
page("/bbs/thread-9107-1-1.html", bbs("【分享】AI训练师三级实操题型整理（附资料）", [
    ("灵犀智训", "认证商家<br>帖子 33", "整理了一下三级实操的常见题型：业务分析、智能训练、智能系统设计、培训与指导。<br>"
     "完整资料和模拟题看下图，需要报班的也可以联系，三级 3280 四级 2280，含两次补考辅导。<br>"
     "<img src=\"/img/lx_contact.png\" alt=\"联系QQ 3302198457 灵犀智训\" width=\"240\">"),
    ("咸鱼翻身", "初级会员<br>帖子 8", "感谢分享，收藏了"),
    ("momo", "中级会员<br>帖子 66", "资料不错，不过报班前还是核实一下机构备案"),
]), True, "U06", "灵犀智训",
    [("qq", "3302198457", "3302198457")],
    "forum post by seller; QQ only inside image alt text")

page("/ask/q-20611.html", zhiliao("人工智能训练师三级报名一般多少钱？", """
<div class="q"><h2>人工智能训练师三级报名一般多少钱？</h2><p class="small">提问者：匿名 · 2026-11-27</p></div>
<div class="a"><span class="who">犀牛考证</span><p>三级我们是3280，含培训+实操辅导+补考辅导，四级2280。网上几百块包过的基本都是坑。<br>
联系方式：Q 3302198457 ／ 邮箱 lingxi_kz AT 163 DOT com</p>
<p class="small">官方证书查询：zscx.osta.org.cn</p></div>
<div class="a"><span class="who">小林</span><p>我三级报的两千多，差不多这个价。</p></div>
"""), True, "U06", "犀牛考证",
    [("qq", "3302198457", "3302198457"), ("email", "lingxi_kz@163.com", "lingxi_kz AT 163 DOT com")],
    "seller answer; QQ and spelled-out e-mail")

page("/weibo/u-xiniukz-7710.html", weiyan("犀牛考证的微言", """
<div class="card"><span class="nick">犀牛考证</span> <span class="t">11-30 22:41 来自 HUAWEI Mate 70</span>
<p>#人工智能训练师# 12月三级/四级冲刺班开放报名🦏<br>三级3280 四级2280<br>
报名表发邮箱 lingxi_kz@163.com ，收到后24小时内回复～</p>
<div class="act">转发 1 ｜ 评论 0 ｜ 赞 7</div></div>
"""), True, "U06", "犀牛考证",
    [("email", "lingxi_kz@163.com", "lingxi_kz@163.com")],
    "microblog post; e-mail only")

# ---------------- U07: 知行人工智能培训中心 / 知行学堂 / 行知考培
page("/sites/zhixing/index.html", doc("知行人工智能培训中心 - 武汉", """
<div style="background:#fff;border-bottom:3px solid #c00;padding:10px 30px"><b style="font-size:22px;color:#c00">知行人工智能培训中心</b>
<span style="float:right">www.zhixing-ai.com</span></div>
<div style="padding:20px 30px"><h2>人工智能训练师 四级 / 三级 招生简章</h2>
<p>【培训对象】从事数据标注、AI产品运营、算法测试相关工作的人员<br>【学费】四级1650元 三级2450元<br>
【上课地点】武汉市洪山区珞喻路 1037 号<br>【电话】027-8755 1206 ／ 400-000-0000</p>
<p>更多课程见 www.zhixing-ai.com/kecheng</p></div>
<p style="padding:0 30px;font-size:12px;color:#888">武汉市洪山区知行职业技能培训中心（个体工商户） 统一社会信用代码 """ + C_ZHIXING + """ <a href="/index.html">网站导航</a></p>
""" + sujian_credit(), "body{margin:0;font-family:'Microsoft YaHei'}"), True, "U07", "知行人工智能培训中心",
    [("domain", "zhixing-ai.com", "www.zhixing-ai.com"), ("domain", "zhixing-ai.com", "www.zhixing-ai.com/kecheng"),
     ("phone", "+862787551206", "027-8755 1206"), ("uscc", C_ZHIXING, C_ZHIXING)],
    "seller site built on a site builder; template placeholder phone left in (decoy)")

page("/fenlei/post-776402.html", yifenlei("武汉 AI训练师培训 知行学堂 小班", """
<h2>武汉 AI训练师考证 知行学堂 晚班/周末班</h2>
<p class="meta">发布时间：2026-11-24 ｜ 浏览 215 次 ｜ 信息编号 776402</p>
<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>洪山区</td></tr><tr><td>价格</td><td>1650</td></tr>
<tr><td>联系人</td><td>刘老师</td></tr><tr><td>QQ群</td><td>群号：581907326</td></tr></table>
<p>知行学堂AI训练师四级 1650，三级 2450。课程介绍和往期通过率见官网 zhixing-ai.com ，报名请先加群。</p>
""", "武汉"), True, "U07", "知行学堂",
    [("domain", "zhixing-ai.com", "zhixing-ai.com"), ("qq_group", "581907326", "581907326")],
    "classified ad; QQ group in info table")

page("/qun/board-zx-xuexi.html", qun("行知考培·AI训练师备考2群", [
    (None, "2026年11月29日 21:15"),
    ("行知考培-刘老师", "📌群公告：本群群号581 907 326，\n新同学请改群名片：姓名+等级"),
    ("小胖", "老师四级还能报吗"),
    ("行知考培-刘老师", "可以的，四级1650三级2450\n报名直接加我微信 zx_kaopei 发身份证照片"),
    ("Eric", "考完多久出证"),
    ("行知考培-刘老师", "一般成绩公布后一个月左右，证书可以上官方网站查"),
]), True, "U07", "行知考培",
    [("qq_group", "581907326", "581 907 326"), ("wechat", "zx_kaopei", "zx_kaopei")],
    "chat-group export; seller is the group owner")

# ---------------- U08: 鲸鱼云课 / 鲸课职教
page("/zhaopin/job-553870.html", pincai("AI数据训练专员（带薪培训）", """
<div class="job"><h1>AI数据训练专员（带薪培训）</h1><p class="sal">5-8K·13薪</p>
<p class="tags"><span>上海·徐汇区</span><span>应届生可</span><span>大专</span></p>
<h3>职位描述</h3><p>岗位要求：熟练使用电脑，细心耐心。<br>入职流程：面试通过后参加公司“AI训练师岗前认证班”，学费3980（可申请补贴/分期），
取得人工智能训练师四级证书后安排项目上岗。<br>面试预约：021-6488 3721 转 806（人事部）</p></div>
<div class="co"><h3>公司信息</h3><p>鲸鱼云课（上海）教育科技有限公司 ｜ 在线教育 ｜ 100-499人</p></div>
"""), True, "U08", "鲸鱼云课",
    [("phone", "+862164883721", "021-6488 3721 转 806")],
    "recruitment ad that sells a paid pre-job course; landline with extension")

page("/sites/jingke/index.html", doc("鲸课职教 | 上海AI训练师培训", """
<div style="background:#e9f6ff;padding:40px;text-align:center"><h1 style="color:#0077cc">🐋 鲸课职教</h1>
<p>人工智能训练师 四级认证班 · 上海徐汇 · 线上同步</p><p style="font-size:28px;color:#f60">3980 <small>含培训+认定</small></p></div>
<div style="padding:20px 40px"><p>✔ 结业推荐合作企业标注项目<br>✔ 上海户籍/居住证积分相关政策咨询（以官方为准）</p>
<p>电话 021-64883721 ｜ 微信：jingke_vip</p>
<p style="font-size:12px;color:#999">政务服务咨询可拨打 12345 ｜ 鲸鱼云课（上海）教育科技有限公司 """ + C_JINGKE + """ ｜ <a href="/index.html">网站导航</a></p></div>
""", "body{margin:0;font-family:sans-serif}"), True, "U08", "鲸课职教",
    [("phone", "+862164883721", "021-64883721"), ("wechat", "jingke_vip", "jingke_vip"), ("uscc", C_JINGKE, C_JINGKE)],
    "seller landing page; quotes 12345 (decoy)")

page("/mp/share-jingke.html", doc("鲸课职教 · AI训练营", """
<div class="mp"><p class="gray">鲸课职教 分享了一个小程序</p>
<div class="mini"><b>AI训练四级 冬季班 3980</b><p>限时赠送：标注实操项目包</p></div>
<p>有问题加微 jingke_vip （备注：训练营）</p>
<p class="gray"><a href="/index.html">更多</a></p></div>
""", MP_CSS), True, "U08", "鲸课职教",
    [("wechat", "jingke_vip", "jingke_vip")],
    "mini-program share; never writes the occupation's full name")

# ---------------- U09: 华信远程教育 / 远程考证网 / 华信职培
page("/shop/item-31502.html", youke("华信远程教育 人工智能训练师 全程网课", """
<h1 style="font-size:20px">华信远程教育｜人工智能训练师 五级/四级/三级 全程网课 不限地区</h1>
<p class="price">¥1580.00 起</p>
<p class="sku">规格：<span>五级 1580</span><span>四级 1980</span><span>三级 2780</span></p>
<p style="color:#999;font-size:12px">商品编号：13720261108</p>
<img src="/img/item31502_a.jpg" alt="咨询热线 400 066 9188 华信远程教育 全国招生" width="600">
<p>注：报考条件以认定机构审核为准，证书可在官方网站查询。</p>
"""), True, "U09", "华信远程教育",
    [("phone", "+864000669188", "400 066 9188")],
    "marketplace listing; 400 number in image alt; item number that looks like a mobile (decoy)")

page("/sites/ycks/index.html", doc("远程考证网 - 人工智能训练师在线报名", """
<table width="100%" style="background:#003366;color:#fff"><tr><td style="padding:10px"><b>远程考证网</b></td>
<td align="right" style="padding:10px">全国服务热线：400-066-9188</td></tr></table>
<div style="padding:20px"><h2>人工智能训练师（4-04-05-05）在线报名</h2>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><td>五级</td><td>1580</td></tr><tr><td>四级</td><td>1980</td></tr><tr><td>三级</td><td>2780</td></tr></table>
<p>证书查询：zscx.osta.org.cn　　补贴咨询：12333</p></div>
<div style="font-size:12px;color:#999;padding:10px;border-top:1px solid #ccc">主办：北京华信远程教育科技有限公司 统一社会信用代码 """ + C_HUAXIN + """ <a href="/index.html">网站导航</a></div>
""", "body{margin:0;font-family:SimSun}"), True, "U09", "远程考证网",
    [("phone", "+864000669188", "400-066-9188"), ("uscc", C_HUAXIN, C_HUAXIN)],
    "seller portal; quotes 12333 and the official query site (decoys)")

page("/mp/article-hx-0412.html", doc("华信职培｜2026年12月人工智能训练师报名通道开启", """
<div class="mp"><h2>2026年12月人工智能训练师报名通道开启</h2><p class="gray">华信职培 2026-11-28 北京</p>
<p>各位学员：12月批次四级、三级网课报名已开启。四级 1980，三级 2780，报名后开通学习账号。</p>
<p>报名资料请发送至：hxzp@hxyc-edu.com</p>
<p class="gray">账号主体：北京华信远程教育科技有限公司<br>统一社会信用代码：""" + C_HUAXIN + """</p>
<p class="gray"><a href="/index.html">阅读原文</a></p></div>
""", MP_CSS), True, "U09", "华信职培",
    [("uscc", C_HUAXIN, C_HUAXIN), ("email", "hxzp@hxyc-edu.com", "hxzp@hxyc-edu.com")],
    "official-account article; account owner USCC ties it to the portal")

# ---------------- independents
page("/shop/item-31877.html", youke("小蜜蜂考证 AI训练师 四级 速报", """
<h1 style="font-size:20px">小蜜蜂考证｜AI训练师四级 报名 网课+题库</h1>
<p class="price">¥1399.00</p>
<p class="sku">规格：<span>四级</span><span>题库单买 199</span></p>
<p style="background:#fff3e0;padding:6px">🔔 用户 158****6604 刚刚下单 ｜ 用户 139****0217 已报名</p>
<p>拍下后加微信 xmf_kz888 发报名资料（身份证、学历、工作证明）。</p>
"""), True, "I01", "小蜜蜂考证",
    [("wechat", "xmf_kz888", "xmf_kz888")],
    "independent marketplace seller; masked buyer numbers (one masks a U03 number: decoy)")

page("/fenlei/post-778015.html", yifenlei("人工智能训练师培训 星河职业培训 杭州", """
<h2>星河职业培训 人工智能训练师五级四级 杭州西湖区</h2>
<p class="meta">发布时间：2026-12-01 ｜ 浏览 97 次 ｜ 信息编号 778015</p>
<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>价格</td><td>1200-1800</td></tr>
<tr><td>联系人</td><td>孙女士</td></tr><tr><td>电话</td><td>136-0571-8823</td></tr></table>
<p>上课地点：文三路 478 号华星时代广场 B 座。五级1200，四级1800。补贴政策可咨询 0571-85109660。</p>
"""), True, "I02", "星河职业培训",
    [("phone", "+8613605718823", "136-0571-8823")],
    "independent; same business park address and provincial hotline as a U02 page (decoys)")

page("/sites/zhishu/index.html", doc("智数职业培训学校", """
<div style="max-width:960px;margin:0 auto;font-family:'Microsoft YaHei'">
<h1>智数职业培训学校</h1><p>成都 · 人工智能训练师 五级 / 四级</p>
<p>五级 1100 元 ｜ 四级 1700 元</p>
<img src="/img/cert_sample_b.jpg" alt="证书样本 证书编号 S000033010020264000123" width="300">
<p>联系电话：028-6531 0742 ｜ 邮箱：zhishu_px@sina.com</p>
<p style="color:#bbb">客服电话：400-000-0000 ｜ 邮箱：service@yourdomain.com</p>
<p><a href="/index.html">首页</a></p></div>
""" + sujian_credit()), True, "I03", "智数职业培训学校",
    [("phone", "+862865310742", "028-6531 0742"), ("email", "zhishu_px@sina.com", "zhishu_px@sina.com")],
    "independent; same site builder, template placeholders and stock certificate sample as other sellers (decoys)")

page("/ask/q-20702.html", zhiliao("人工智能训练师四级可以线上考吗？", """
<div class="q"><h2>人工智能训练师四级可以线上考吗？</h2><p class="small">提问者：匿名 · 2026-11-29</p></div>
<div class="a"><span class="who">乐学AI</span><p>培训可以线上，认定考试一般按评价机构安排，近期的认定计划编号 JDJH-2026-1206。
我们乐学AI四级网课1499，有意向QQ：1548820377</p></div>
"""), True, "I04", "乐学AI",
    [("qq", "1548820377", "1548820377")],
    "independent Q&A answer; quotes the same exam batch number as a U05 page (decoy)")

page("/weibo/u-anxinkz-3021.html", weiyan("安心考证工作室的微言", """
<div class="card"><span class="nick">安心考证工作室</span> <span class="t">12-02 12:03</span>
<p>有人私信问AI训练师证靠不靠谱：正规的职业技能等级证书都能在 zscx.osta.org.cn 查，不确定就打 12333 问。<br>
我们工作室帮报四级，1500，全程指导资料审核。weixin：anxin_kz</p>
<div class="act">转发 0 ｜ 评论 2 ｜ 赞 6</div></div>
"""), True, "I05", "安心考证工作室",
    [("wechat", "anxin_kz", "anxin_kz")],
    "independent microblog seller; quotes 12333 and the official query site (decoys)")

page("/form/lh-signup.html", biaodan("领航教育 AI训练师报名表", """
<h2>领航教育 · 人工智能训练师五级/四级 报名</h2>
<p>五级 999 ／ 四级 1599，提交后请保持电话畅通。<br>联系人：何老师 186 7502 2419<br>邮箱：linghang_edu@qq.com</p>
<label>姓名</label><input type="text"><label>手机号</label><input type="text">
<label>报考等级</label><select><option>五级</option><option>四级</option></select>
<p><button>提交</button></p>
"""), True, "I06", "领航教育",
    [("phone", "+8618675022419", "186 7502 2419"), ("email", "linghang_edu@qq.com", "linghang_edu@qq.com")],
    "independent sign-up form on the same form service as a U03 page (decoy credit)")

page("/notes/n-8c31d0.html", notes("考AI证的一点经验｜顺便带几个搭子", "阿蓝姐姐", """我自己去年考的四级，今年准备三级
整理了一份避坑清单：
✅ 机构要能在官方网站查到
✅ 不要信包过
✅ 理论+实操都要练

有想一起的可以找我，我这边带报名+资料，四级1500左右
v: alan_jiejie
#AI证书 #职场充电"""), True, "I07", "阿蓝姐姐",
    [("wechat", "alan_jiejie", "alan_jiejie")],
    "independent individual reseller on a notes app; no full occupation name")

# ================================================================ NON-OFFER PAGES
page("/fenlei/post-771990.html", yifenlei("郑州育婴员 保育员培训 博途职业技能培训学校", """
<h2>育婴员 / 保育员 培训考证 博途职业技能培训学校</h2>
<p class="meta">发布时间：2026-11-22 ｜ 浏览 512 次 ｜ 信息编号 771990</p>
<table class="info"><tr><td>价格</td><td>1280</td></tr><tr><td>咨询</td><td>400-615-2288</td></tr></table>
<p>育婴员四级、保育员四级，每月开班，含实操。</p>
""", "郑州"), False, None, None,
    [("phone", "+864006152288", "400-615-2288")],
    "other occupation (育婴员) sold by U03's school: not an AI-trainer offer")

page("/fenlei/post-779301.html", yifenlei("叉车证 电工证 焊工证 快速报名", """
<h2>叉车证 电工证 焊工证 报名 可查可复审</h2>
<p class="meta">发布时间：2026-11-18 ｜ 信息编号 779301</p>
<table class="info"><tr><td>价格</td><td>面议</td></tr><tr><td>电话</td><td>152-6781-0394</td></tr></table>
<p>特种作业操作证，应急管理部门考试。</p>
"""), False, None, None,
    [("phone", "+8615267810394", "152-6781-0394")],
    "other occupations (special operations) on the same classifieds site")

page("/zhaopin/job-556120.html", pincai("数据标注员", """
<div class="job"><h1>数据标注员</h1><p class="sal">4.5-6K</p>
<p class="tags"><span>合肥·高新区</span><span>1年以内</span><span>学历不限</span></p>
<h3>职位描述</h3><p>负责语音、图像数据标注；公司提供岗前带薪培训，不收取任何费用。有人工智能训练师证书者优先。<br>
简历投递：hr@lingbiao-data.com　联系电话：0551-6277 9035</p></div>
<div class="co"><h3>公司信息</h3><p>合肥灵标数据科技有限公司 ｜ 人工智能 ｜ 500-999人</p></div>
"""), False, None, None,
    [("email", "hr@lingbiao-data.com", "hr@lingbiao-data.com"), ("phone", "+8655162779035", "0551-6277 9035")],
    "genuine job ad (no fee): employer contacts, not a seller")

page("/news/scam-warning-2026.html", doc("警惕！“AI训练师证”骗局又出新花样 - 江城晚报", """
<article style="max-width:760px;margin:20px auto;font:17px/1.9 'Songti SC',serif">
<p style="color:#999">江城晚报 · 教育 · 2026-11-20</p>
<h1>警惕！“AI训练师证”骗局又出新花样</h1>
<p>近日，市民李女士反映，她在网上看到“人工智能训练师证，免考包过，人社部颁发”的广告，添加对方QQ 992031457 后，
对方称交 3800 元即可“内部录入”，并发来一个查询网址 zgjnzs-cx.com。李女士付款后再联系，对方手机 170 9532 6614 已停机。</p>
<p>记者了解到，人工智能训练师属于职业技能等级认定范围，证书由备案的评价机构颁发，可在技能人才评价证书全国联网查询平台 zscx.osta.org.cn 核验。
市人社局提醒，遇到可疑情况可拨打 12333 咨询，或拨打 12345 投诉。</p>
<p><a href="/news/index.html">返回新闻列表</a></p></article>
"""), False, None, None, [],
    "news warning quoting scam QQ, phone and fake query domain (decoys)")

page("/news/subsidy-2026.html", doc("技能提升补贴怎么领？一文看懂 - 江城晚报", """
<article style="max-width:760px;margin:20px auto;font:17px/1.9 'Songti SC',serif">
<p style="color:#999">江城晚报 · 民生 · 2026-11-12</p>
<h1>技能提升补贴怎么领？一文看懂</h1>
<p>参加失业保险累计满一年的职工，取得职业技能等级证书后，可按五级、四级、三级分别申领最高1000元、1500元、2000元补贴。</p>
<p>以浙江为例，可咨询省人社厅热线 0571-85109660，也可拨打 12333。</p>
<p><a href="/news/index.html">返回新闻列表</a></p></article>
"""), False, None, None, [],
    "policy news; provincial hotline and 12333 (decoys)")

page("/news/new-occupation.html", doc("新职业观察：人工智能训练师 - 江城晚报", """
<article style="max-width:760px;margin:20px auto;font:17px/1.9 'Songti SC',serif">
<p style="color:#999">江城晚报 · 科技 · 2026-10-30</p>
<h1>新职业观察：人工智能训练师</h1>
<p>人工智能训练师（职业编码4-04-05-05）是2020年发布的新职业，下设数据标注员和人工智能算法测试员两个工种，分五个等级。</p>
<p>业内人士提醒，等级证书由备案评价机构颁发，并非“人社部颁发”，报考前应核实机构资质。</p>
<p><a href="/news/index.html">返回新闻列表</a></p></article>
"""), False, None, None, [], "neutral news about the occupation")

page("/gov/verify-guide.html", doc("职业技能等级证书查询指南", """
<div style="background:#b40000;color:#fff;padding:14px 30px"><b>某省职业技能鉴定指导中心</b> · 政策解读</div>
<div style="padding:20px 30px;font-family:SimSun">
<h2>职业技能等级证书查询指南</h2>
<p>一、职业技能等级证书由经人力资源社会保障部门备案的评价机构颁发，证书编号为22位，例如规则示例 Y000123XXXXXX195000001。</p>
<p>二、查询途径：技能人才评价证书全国联网查询 zscx.osta.org.cn；证书二维码指向 jndj.osta.org.cn。</p>
<p>三、请勿通过 zgjnzs-cx.com 等非官方网站查询。</p>
<p>四、2026年第四季度认定计划编号 JDJH-2026-1206，由各评价机构组织实施。</p>
<p>五、咨询电话 12333，投诉举报 12345。</p>
<p><a href="/index.html">返回首页</a></p></div>
"""), False, None, None, [],
    "official explainer: verification sites, hotlines, exam batch (decoys)")

page("/ask/q-20100.html", zhiliao("人工智能训练师证书怎么查真假？", """
<div class="q"><h2>人工智能训练师证书怎么查真假？</h2><p class="small">提问者：匿名 · 2026-11-10</p></div>
<div class="a"><span class="who">普通用户</span><p>去 zscx.osta.org.cn 输入姓名、证件号和证书编号，查不到就有问题。拿不准就打 12333。</p></div>
<div class="a"><span class="who">吃过亏的人</span><p>我之前在平台买课被骗，投诉工单号 GD20261130-0587 还在处理中……</p></div>
"""), False, None, None, [], "neutral Q&A; no seller; hotline and ticket number (decoys)")

page("/bbs/thread-9200-1-1.html", bbs("【曝光】自称人社部内部的AI训练师证贩子，大家别上当", [
    ("被坑的小周", "新手上路<br>帖子 1", "对方QQ 992031457，电话17095326614，说交钱不用考试直接出证，给了个查询网站能查到，后来发现是假网站。"),
    ("老王不是隔壁", "中级会员<br>帖子 212", "记者都报过了，这种一律是骗子。正规的只认官方查询平台。"),
    ("被坑的小周", "新手上路<br>帖子 1", "已经报警，平台工单号 GD20261130-0587。"),
]), False, None, None, [], "forum warning thread quoting scam QQ and phone (decoys)")

# ---------------- list / index pages
LISTS = {
    "/shop/index.html": ("优课集市 · 人工智能考证 分类", youke, ["/shop/item-30718.html", "/shop/item-31266.html", "/shop/item-31502.html", "/shop/item-31877.html"]),
    "/fenlei/index.html": ("易分类网 教育培训", yifenlei, ["/fenlei/post-775120.html", "/fenlei/post-771893.html", "/fenlei/post-776402.html", "/fenlei/post-778015.html", "/fenlei/post-771990.html", "/fenlei/post-779301.html"]),
    "/ask/index.html": ("知了问答 · 职业资格", zhiliao, ["/ask/q-20417.html", "/ask/q-20533.html", "/ask/q-20611.html", "/ask/q-20702.html", "/ask/q-20100.html"]),
    "/zhaopin/index.html": ("聘才网 · AI相关职位", pincai, ["/zhaopin/job-552031.html", "/zhaopin/job-553870.html", "/zhaopin/job-556120.html"]),
    "/news/index.html": ("江城晚报 · 新闻列表", None, ["/news/scam-warning-2026.html", "/news/subsidy-2026.html", "/news/new-occupation.html"]),
}


def title_of(path):
    for p in PAGES:
        if p["path"] == path:
            h = p["html"]
            return h[h.index("<title>") + 7:h.index("</title>")]
    raise KeyError(path)


for lp, (ltitle, frame, items) in LISTS.items():
    lis = "\n".join("<li><a href=\"%s\">%s</a></li>" % (it, title_of(it)) for it in items)
    body = "<h1 style=\"font-size:18px\">%s</h1>\n<ul>\n%s\n</ul>\n<p><a href=\"/index.html\">首页</a></p>" % (ltitle, lis)
    html = frame(ltitle, body) if frame else doc(ltitle, body, "body{font-family:serif;padding:20px}")
    page(lp, html, False, None, None, [], "list page")

page("/bbs/index.html", doc("AI考证交流 - 职考联盟论坛", """
<h1>AI考证交流</h1><table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>主题</th><th>作者</th><th>回复</th></tr>
<tr><td><a href="/bbs/thread-9031-1-1.html">郑州有没有靠谱的AI训练师培训？求推荐</a></td><td>kiki酱</td><td>5</td></tr>
<tr><td><a href="/bbs/thread-9107-1-1.html">【分享】AI训练师三级实操题型整理（附资料）</a></td><td>灵犀智训</td><td>2</td></tr>
<tr><td><a href="/bbs/thread-9200-1-1.html">【曝光】自称人社部内部的AI训练师证贩子，大家别上当</a></td><td>被坑的小周</td><td>2</td></tr>
</table><p><a href="/index.html">首页</a></p>
<p style="color:#999">Powered by Discuz! X3.5</p>
""", "body{font:12px Tahoma;padding:20px}"), False, None, None, [], "forum list page")

INDEX_LINKS = [
    ("平台与社区", ["/shop/index.html", "/fenlei/index.html", "/ask/index.html", "/bbs/index.html", "/zhaopin/index.html", "/news/index.html"]),
    ("微言热门", ["/weibo/u-xingtu-ai-5521.html", "/weibo/u-yunbiaozhu-0093.html", "/weibo/u-xiniukz-7710.html", "/weibo/u-anxinkz-3021.html"]),
    ("拾光笔记", ["/notes/n-6f2a91.html", "/notes/n-8c31d0.html"]),
    ("群聊精选", ["/qun/board-ai-kaozheng.html", "/qun/board-zx-xuexi.html"]),
    ("小程序与公众号", ["/mp/share-yc-ai.html", "/mp/share-jingke.html", "/mp/article-hx-0412.html"]),
    ("报名表单", ["/form/bt-baoming.html", "/form/lh-signup.html"]),
    ("机构网站", ["/sites/qiyuan/index.html", "/sites/xinrui/index.html", "/sites/ruixue-blog/post-12.html", "/sites/youcai/index.html",
              "/sites/nanhu/index.html", "/sites/zhixing/index.html", "/sites/jingke/index.html", "/sites/ycks/index.html", "/sites/zhishu/index.html"]),
    ("政策解读", ["/gov/verify-guide.html"]),
]
blocks = []
for name, items in INDEX_LINKS:
    blocks.append("<h2>%s</h2><ul>%s</ul>" % (name, "".join("<li><a href=\"%s\">%s</a></li>" % (i, title_of(i)) for i in items)))
page("/index.html", doc("网址导航 · 职业技能考证", "<h1>网址导航 · 职业技能考证</h1>\n" + "\n".join(blocks),
                        "body{font-family:sans-serif;padding:20px}h2{font-size:16px;border-bottom:1px solid #ccc}"),
     False, None, None, [], "portal / start page")

# ================================================================ operators & decoys
OPERATORS = [
    ("U01", ["启智未来教育", "启元职培", "星图AI学院"],
     "/shop/item-30718.html -wechat- /sites/qiyuan/index.html -phone- /weibo/u-xingtu-ai-5521.html -qq- /ask/q-20417.html"),
    ("U02", ["信锐教育", "锐学在线", "信锐AI"],
     "/fenlei/post-775120.html -email- /sites/xinrui/index.html -uscc- /zhaopin/job-552031.html -domain- /sites/ruixue-blog/post-12.html"
     " (/sites/xinrui/index.html also shows the domain)"),
    ("U03", ["博途职业技能培训学校", "博途AI", "途学帮"],
     "/fenlei/post-771893.html -phone+wechat- /bbs/thread-9031-1-1.html -qq_group- /qun/board-ai-kaozheng.html -phone- /form/bt-baoming.html"),
    ("U04", ["数标优才", "云标注学院", "优才数智"],
     "/notes/n-6f2a91.html -wechat- /weibo/u-yunbiaozhu-0093.html -other- /mp/share-yc-ai.html -phone+wechat- /sites/youcai/index.html"),
    ("U05", ["南湖数智研究院", "湖畔职培"],
     "/sites/nanhu/index.html -uscc- /shop/item-31266.html -phone- /ask/q-20533.html"),
    ("U06", ["灵犀智训", "犀牛考证"],
     "/bbs/thread-9107-1-1.html -qq- /ask/q-20611.html -email- /weibo/u-xiniukz-7710.html"),
    ("U07", ["知行人工智能培训中心", "知行学堂", "行知考培"],
     "/sites/zhixing/index.html -domain- /fenlei/post-776402.html -qq_group- /qun/board-zx-xuexi.html"),
    ("U08", ["鲸鱼云课", "鲸课职教"],
     "/zhaopin/job-553870.html -phone- /sites/jingke/index.html -wechat- /mp/share-jingke.html"),
    ("U09", ["华信远程教育", "远程考证网", "华信职培"],
     "/shop/item-31502.html -phone- /sites/ycks/index.html -uscc- /mp/article-hx-0412.html"),
]

# decoys: kind, value; paths are filled by scanning (same routine as check.py) and
# then compared with the expected lists below, so a mistake in either shows up.
DECOYS = [
    ("public_hotline", "12333", ["/sites/ycks/index.html", "/ask/q-20533.html", "/weibo/u-anxinkz-3021.html", "/news/scam-warning-2026.html",
                                 "/news/subsidy-2026.html", "/gov/verify-guide.html", "/ask/q-20100.html"]),
    ("public_hotline", "12345", ["/sites/jingke/index.html", "/news/scam-warning-2026.html", "/gov/verify-guide.html"]),
    ("provincial_hotline", "+8657185109660", ["/sites/xinrui/index.html", "/fenlei/post-778015.html", "/news/subsidy-2026.html"]),
    ("official_site", "zscx.osta.org.cn", ["/sites/qiyuan/index.html", "/ask/q-20417.html", "/ask/q-20611.html", "/sites/ycks/index.html",
                                          "/weibo/u-anxinkz-3021.html", "/news/scam-warning-2026.html", "/gov/verify-guide.html", "/ask/q-20100.html"]),
    ("official_site", "jndj.osta.org.cn", ["/sites/youcai/index.html", "/gov/verify-guide.html"]),
    ("platform_phone", "+864008207166", None),
    ("platform_email", "kefu@youkejishi.com", None),
    ("platform_domain", "youkejishi.com", None),
    ("platform_uscc", C_YOUKE, None),
    ("platform_phone", "+8657128886600", None),
    ("platform_domain", "yifenlei.net", None),
    ("platform_icp", "浙ICP备18054321号", None),
    ("platform_domain", "zhiliaowenda.com", None),
    ("platform_email", "jubao@zhiliaowenda.com", None),
    ("platform_domain", "weiyan.net", None),
    ("platform_phone", "+864000520520", None),
    ("platform_domain", "shiguangbiji.com", None),
    ("platform_domain", "pincai.cn", None),
    ("platform_phone", "+864007005566", None),
    ("platform_uscc", C_PINCAI, None),
    ("form_service_domain", "biaodanyun.com", None),
    ("forum_software_credit", "Powered by Discuz!", None),
    ("site_builder_domain", "sujianyun.cn", ["/sites/xinrui/index.html", "/sites/zhixing/index.html", "/sites/zhishu/index.html"]),
    ("site_builder_phone", "+864006080315", ["/sites/xinrui/index.html", "/sites/zhixing/index.html", "/sites/zhishu/index.html"]),
    ("template_placeholder_phone", "+864000000000", ["/sites/zhixing/index.html", "/sites/zhishu/index.html"]),
    ("template_placeholder_email", "service@yourdomain.com", ["/sites/zhishu/index.html"]),
    ("shared_address", "华星时代广场", ["/fenlei/post-775120.html", "/fenlei/post-778015.html"]),
    ("certificate_sample_number", "S000033010020264000123", ["/sites/youcai/index.html", "/sites/zhishu/index.html"]),
    ("certificate_number_example", "Y000123XXXXXX195000001", ["/gov/verify-guide.html"]),
    ("exam_batch_number", "JDJH-2026-1206", ["/shop/item-31266.html", "/ask/q-20702.html", "/gov/verify-guide.html"]),
    ("item_number", "13720261108", ["/shop/item-31502.html"]),
    ("ticket_number", "GD20261130-0587", ["/ask/q-20100.html", "/bbs/thread-9200-1-1.html"]),
    ("masked_number", "158****6604", ["/shop/item-31877.html"]),
    ("masked_number", "139****0217", ["/shop/item-31877.html"]),
    ("scam_quoted_qq", "992031457", ["/news/scam-warning-2026.html", "/bbs/thread-9200-1-1.html"]),
    ("scam_quoted_phone", "+8617095326614", ["/news/scam-warning-2026.html", "/bbs/thread-9200-1-1.html"]),
    ("fake_query_domain", "zgjnzs-cx.com", ["/news/scam-warning-2026.html", "/gov/verify-guide.html"]),
]


def main():
    import check  # shared scanning routine
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    for p in PAGES:
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(p["html"])
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    texts = {p["path"]: p["html"] for p in PAGES}
    decoys = []
    for kind, value, expected in DECOYS:
        found = sorted(pp for pp, t in texts.items() if check.decoy_in(value, t))
        if expected is not None and sorted(expected) != found:
            raise SystemExit("decoy %s %s: expected %s found %s" % (kind, value, sorted(expected), found))
        if not found:
            raise SystemExit("decoy %s %s found nowhere" % (kind, value))
        decoys.append({"kind": kind, "value": value, "paths": found})
    truth = {
        "description": ("Sealed labeled web operators-2026-12u: Chinese ads for 人工智能训练师 (4-04-05-05) certificate courses "
                        "across marketplaces, classifieds, Q&A, forum, microblog, notes app, chat-group exports, recruitment, "
                        "mini-program shares, sign-up forms and sellers' own sites. 9 operators (U01-U09) with 3-4 offers and 2-3 "
                        "brands each, chained by shared seller identifiers; 7 independent offers (I01-I07); non-offer pages; "
                        "decoys listed under 'decoys' are never seller identifiers. Identifiers on a page are the seller's (or, on "
                        "non-offer pages, the employer's/seller's) own contacts; written_form is a verbatim substring of the HTML."),
        "pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")} for p in PAGES],
        "operators": [[oid, {"brands": b, "ties": t}] for oid, b, t in OPERATORS],
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("wrote %d pages, %d decoys" % (len(PAGES), len(decoys)))


if __name__ == "__main__":
    main()
