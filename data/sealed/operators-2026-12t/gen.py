#!/usr/bin/env python3
"""Generate the sealed labeled web operators-2026-12t (stdlib only).

Writes site/ (HTML pages + robots.txt) and truth.json next to this file.
All names, numbers, companies and domains are invented, except the official
verification sites and the public hotlines 12333 / 12345, which are decoys.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(base16):
    """Complete a 16-char USCC prefix: org-code check (GB 11714) then GB 32100 check."""
    org = base16[8:16]
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(org, ws))
    c = 11 - s % 11
    c17 = "X" if c == 10 else ("0" if c == 11 else str(c))
    b = base16 + c17
    s = sum(ALPH.index(ch) * w for ch, w in zip(b, W18))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return b + ALPH[r]


def spaced(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


# ---- synthetic USCCs -----------------------------------------------------
U_ZYSZ = uscc("91410105MA9GQ7T8")    # U02 company
U_HUACE = uscc("91500112MA61R4XH")   # U05 company
U_LANXIN = uscc("91440106MA5CW2N3")  # I04 company
U_YUCAI = uscc("52410100MJ1H0627")   # evaluation centre quoted by resellers (decoy)
U_KAIYUAN = uscc("91330108MA2KD5E8") # genuine employer (non-offer)
U_JCHENG = uscc("91420106MA4F9K1C")  # U08 company (unique to its landing page)

CERT_SAMPLE = "S000041000001255000318"

# ---- site chromes --------------------------------------------------------
CSS = "body{font-family:sans-serif;max-width:880px;margin:auto;color:#222}" \
      "header,footer{background:#f4f4f4;padding:6px 10px;font-size:13px}" \
      "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px}"


def doc(title, body, head="", foot="", extra_css=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{title}</title><style>{CSS}{extra_css}</style></head>\n<body>\n"
            f"<header>{head}</header>\n<main>\n{body}\n</main>\n<footer>{foot}</footer>\n"
            "</body></html>\n")


def shop(title, body):
    head = ('<a href="/shop/index.html">优课集市</a> › 职业技能 › 考证培训 '
            '<span style="float:right">登录 | 购物车(0)</span>')
    foot = ('优课集市 youkejishi.com · 平台客服热线 400-880-6173（9:00-21:00）· 客服邮箱 kefu@youkejishi.com<br>'
            '温馨提示：请勿脱离平台私下交易，平台不对站外转账承担担保责任。© 2019-2026 youkejishi.com')
    return doc(title + " - 优课集市", body, head, foot)


def fenlei(title, body):
    head = '<a href="/fenlei/index.html">同城帮</a> &gt; 教育培训 &gt; 职业技能培训'
    foot = ('【同城帮安全中心】要求先交押金、保证金、私下扫码转账的信息均有风险，'
            '遇到可疑信息请拨打平台安全热线 4001-551-202 举报。<br>www.tongchengbang.cn 同城帮 版权所有')
    return doc(title + "_同城帮", body, head, foot)


def wenda(title, body):
    head = '<a href="/wenda/index.html">问知</a> — 有问题，就会有答案'
    foot = '问知 wenzhi.net ｜ 社区规范 ｜ 违规内容举报：jubao@wenzhi.net'
    return doc(title + " - 问知", body, head, foot)


def bbs(title, body):
    head = '<a href="/bbs/index.html">中原职教论坛</a> » 考证交流区'
    foot = ('中原职教论坛 ( 版务QQ：46620173 ) 广告合作请联系版务，勿在帖内私聊交易<br>'
            'Powered by Discuz! X3.5 © 2001-2026')
    return doc(title + " - 中原职教论坛", body, head, foot)


def weibo(title, body):
    head = '微言 · 首页 · 发现 · 消息'
    foot = '微言 weiyan.cn 　违法和不良信息举报电话：4000-960-960'
    return doc(title + " - 微言", body, head, foot)


def notes(title, body):
    head = '薯记 · 发现 · 发布 · 通知'
    foot = '薯记 shuji-app.com　沪ICP备26011875号-2　内容由用户发布，不代表平台观点'
    return doc(title + " - 薯记", body, head, foot)


def qun(title, body):
    head = '群精华 · 把群聊变成可以搜索的网页'
    foot = '本页由 群精华 qunjinghua.cn 根据群成员授权自动归档，消息内容由群成员发布'
    return doc(title + " | 群精华", body, head, foot)


def zhaopin(title, body):
    head = '才聘网 · 找工作 · 企业招聘 · 求职指南'
    foot = ('【求职防骗】招聘过程中要求缴纳培训费、考证费、押金的，请提高警惕！'
            '才聘网客服 400-6622-915　caipinwang.com')
    return doc(title + " - 才聘网", body, head, foot)


def mp(title, body):
    head = '微信小程序 · 分享页'
    foot = '本页面由「课栈」小程序生成　课栈服务邮箱 service@kezhan.net　kezhan.net'
    return doc(title, body, head, foot)


def form(title, body):
    head = '表单大师'
    foot = ('本表单由用户自行创建，表单大师 biaodanmaster.com 不对表单内容负责。'
            '举报：biaodanmaster.com/report')
    return doc(title + " - 表单大师", body, head, foot)


def news(title, body):
    head = '<a href="/news/index.html">大河晨讯</a> · 教育 · 就业 · 民生'
    foot = '大河晨讯 新闻热线 0371-6579 6110　本网原创稿件转载请注明出处'
    return doc(title + "_大河晨讯", body, head, foot)


BUILDER = ('<p style="font-size:12px;color:#888">技术支持：云站通 www.yunzhantong.net '
           '建站咨询 400-023-8866</p>')

# ---- pages ---------------------------------------------------------------
P = []


def add(path, html, is_offer, op, provider, ids, note):
    P.append({"path": path, "html": html, "is_offer": is_offer, "operator": op,
              "provider": provider, "identifiers": [list(t) for t in ids], "note": note})


# ========================= U01 ===========================================
add("/shop/item-20418.html", shop("人工智能训练师四级五级 考证辅导 数据标注 全程班", """
<h1>【智启未来教育】人工智能训练师 四级/五级 考证辅导全程班 数据标注 零基础可学</h1>
<div class="price">券后价 <b>1680</b> <s>2980</s> 已售 312</div>
<p>店铺：<a href="#">智启未来教育旗舰店</a>　店铺评分 4.8　发货地 河南 郑州</p>
<ul><li>套餐一：五级（初级工）理论+实操 1680</li>
<li>套餐二：四级（中级工）1980</li>
<li>套餐三：四级+五级 联报 3280（限时）</li></ul>
<img src="/img/cert-sample.png" alt="证书样本 证书编号S000041000001255000318 全国联网可查">
<p>拍下后请联系客服QQ：2850173364 发送订单截图，老师拉您进学习群。</p>
<p>售前电话 139-3710-2846（工作日）</p>
<h3>买家评价</h3>
<p>“课讲得还行，就是实操要自己多练。”——t***9</p>
<p>查询网址 jndj.osta.org.cn，证书下来后可自行查询。</p>
"""), True, "U01", "智启未来教育", [
    ("qq", "2850173364", "2850173364"),
    ("phone", "+8613937102846", "139-3710-2846"),
], "marketplace shop; QQ shared with the 启航AI学院 landing page; sample certificate number copied by other sellers")

add("/qihang/index.html", doc("启航AI学院 | 人工智能训练师培训", """
<div style="background:#0b3d91;color:#fff;padding:30px">
<h1>AI训练师，2026年最值得考的新职业证书</h1>
<p>启航AI学院 · 线上直播 + 录播回放 · 每月开班</p></div>
<table><tr><th>班型</th><th>课时</th><th>学费</th></tr>
<tr><td>五级 数据标注方向</td><td>60课时</td><td>1680</td></tr>
<tr><td>四级 智能系统运维</td><td>50课时</td><td>1980</td></tr>
<tr><td>三级 业务分析（需四级证+5年）</td><td>40课时</td><td>2880</td></tr></table>
<p>报名咨询：<br>QQ咨询 285 017 3364<br>微信：qihang_ai2026（备注“训练师”）</p>
<p>官网 www.qihang-ai.cn　郑州市金水区</p>
"""), True, "U01", "启航AI学院", [
    ("qq", "2850173364", "285 017 3364"),
    ("wechat", "qihang_ai2026", "qihang_ai2026"),
    ("domain", "qihang-ai.cn", "www.qihang-ai.cn"),
], "own landing page; ties by QQ to the marketplace shop and by WeChat to the Q&A reply")

add("/wenda/q-88231.html", wenda("人工智能训练师证书有用吗？零基础能考吗？", """
<h1>人工智能训练师证书有用吗？零基础能考吗？</h1>
<p class="q">题主：本人文科，在电商做客服两年，想转数据标注，不知道这个证值不值得考。</p>
<div class="ans"><b>启航AI学院 李老师</b>（认证：教育从业者）
<p>谢邀。你做客服两年，其实已经满足五级“相关职业累计工作1年”的条件了，可以直接报五级，
四级需要五级证书后再干4年，所以别信那种零基础直接考三级的。</p>
<p>我们这边每月都有线上班，五级1680含考务费，通过率不敢打包票，但是实操题都有带练。
需要资料可以加v：qihang_ai2026，也可以发邮件 zhiqi_edu(at)163.com 我把报名表发你。</p>
<p>赞同 86 · 评论 12</p></div>
<div class="ans"><b>路过的标注员</b><p>证书是等级证，不是职业资格证，找工作加分有限，主要看能不能干活。</p></div>
"""), True, "U01", "启航AI学院", [
    ("wechat", "qihang_ai2026", "qihang_ai2026"),
    ("email", "zhiqi_edu@163.com", "zhiqi_edu(at)163.com"),
], "seller answer inside a Q&A thread; obfuscated e-mail ties to the note")

add("/notes/n-5f3a2.html", notes("考了AI训练师五级之后…", """
<h1>宝子们 考了AI训练师五级之后我后悔没早点考😭</h1>
<p>@智启教育小助手</p>
<p>之前一直在纠结要不要报，结果跟着智启的老师一个月就拿证了～
数据标注真的不难，主要是工具要用熟。</p>
<p>📌 想报名的姐妹：邮箱 zhiqi_edu@163.com（发“资料”自动回复课表）</p>
<p>📌 价格：五级一六八零，四级一九八零，两个一起报更划算</p>
<p>#人工智能训练师 #考证 #数据标注 #副业</p>
<p>❤️ 1.2万　⭐ 3044　💬 218</p>
"""), True, "U01", "智启教育", [
    ("email", "zhiqi_edu@163.com", "zhiqi_edu@163.com"),
], "notes-app post by the seller's account; prices written in Chinese numerals, no currency mark")

# ========================= U02 ===========================================
add("/fenlei/zz-31076.html", fenlei("郑州 人工智能训练师 考证培训 周末班", """
<h1>郑州 人工智能训练师 考证培训 周末班 可申请补贴</h1>
<p>区域：郑州-金水　　发布：3天前　　浏览 1204</p>
<table><tr><td>类别</td><td>职业技能培训</td></tr>
<tr><td>费用</td><td>1500-2600</td></tr>
<tr><td>联系人</td><td>王老师</td></tr>
<tr><td>联系电话</td><td>0371-6598 2213</td></tr></table>
<p>中原数智培训常年开设AI训练师（数据标注员方向）五级、四级，
周末班，面授+上机。参保满一年的学员考证后可按规定申领技能提升补贴。</p>
<p>考试由备案的评价机构组织，证书可在 jndj.osta.org.cn 查询。</p>
"""), True, "U02", "中原数智培训", [
    ("phone", "+8637165982213", "0371-6598 2213"),
], "classifieds post; landline with area code and space; platform safety hotline in footer")

add("/zysz/about.html", doc("郑州中原数智职业培训学校有限公司 - 关于我们", """
<h1>郑州中原数智职业培训学校有限公司</h1>
<nav>首页 | 关于我们 | 课程 | 联系</nav>
<p>本校主要开展人工智能训练师、电子商务师等职业技能培训。人工智能训练师五级、四级常年招生，小班面授，欢迎来电咨询或到校试听。</p>
<h2>联系我们</h2>
<p>电话：(0371)65982213<br>地址：郑州市金水区经三路北段数智大厦4楼</p>
<p>统一社会信用代码：%s</p>
<p>合作认定机构：豫才职业技能等级认定中心（统一社会信用代码 %s，咨询电话 0371-6323 8890）</p>
<p>如对证书真伪有疑问，可致电省职业技能鉴定指导中心 0371-65870012 核实，或拨打12333。</p>
%s""" % (U_ZYSZ, U_YUCAI, BUILDER)), True, "U02", "郑州中原数智职业培训学校有限公司", [
    ("phone", "+8637165982213", "(0371)65982213"),
    ("uscc", U_ZYSZ, U_ZYSZ),
], "company site without prices in a table but offering courses; ties by landline to classifieds and by USCC to forum reply; quotes eval-centre USCC and phone, provincial and national hotlines; site-builder credit")

add("/bbs/thread-44120.html", bbs("中原数智这家培训靠谱吗？", """
<h1>[求助] 郑州中原数智这家培训靠谱吗？交了钱会不会跑路</h1>
<div class="post"><b>楼主 小鹿乱撞</b><p>看到同城帮上有发广告的，说能考AI训练师四级，1980，有人报过吗？
之前被一个号码骗过（QQ 3094471825，说包过收了800就拉黑），现在很怕。</p></div>
<div class="post"><b>2楼 zz打工人</b><p>我12345投诉过那个骗子，工单号13301262205，到现在也没下文。</p></div>
<div class="post"><b>3楼 数智培训-小赵</b><p>您好，我是中原数智的老师。我们是正规注册企业，
统一社会信用代码 %s，可以在国家企业信用信息公示系统查到。
欢迎来学校实地看，面授周末班，四级1980不含住宿。</p></div>
<div class="post"><b>4楼 小鹿乱撞</b><p>好的谢谢，周末去看看</p></div>
""" % spaced(U_ZYSZ, 6)), True, "U02", "数智培训", [
    ("uscc", U_ZYSZ, spaced(U_ZYSZ, 6)),
], "forum thread, seller replies in 3rd floor with spaced USCC; thread also quotes a scam QQ and a 12345 ticket number")

# ========================= U03 ===========================================
add("/yuntu/blog/post-17.html", doc("2026年AI训练师报考时间汇总 - 云图职教博客", """
<h1>2026年人工智能训练师报考时间汇总（持续更新）</h1>
<p>云图职教 · 教务组 · 2026-03-02</p>
<p>很多同学问每个月什么时候能考，我们把今年的认定计划整理如下：</p>
<table><tr><th>月份</th><th>级别</th><th>报名截止</th></tr>
<tr><td>4月</td><td>五级/四级</td><td>3月25日</td></tr>
<tr><td>6月</td><td>五级/四级/三级</td><td>5月20日</td></tr></table>
<p>云图职教全年开设四五级辅导班，报名费+培训费共 2280 元，报名请在官网 yuntuzhijiao.com 在线下单。</p>
<p>本文首发于 https://www.yuntuzhijiao.com/blog/post-17 ，转载请注明。</p>
"""), True, "U03", "云图职教", [
    ("domain", "yuntuzhijiao.com", "yuntuzhijiao.com"),
], "seller's own blog; the domain is the tie to the marketplace shop")

add("/shop/item-20877.html", shop("图灵树 AI训练师 五级四级 直播课", """
<h1>图灵树教育｜AI训练师 五级 四级 直播课 送题库 赠实操软件</h1>
<div class="price">¥ 2280.00　月销 95</div>
<p>店铺：图灵树教育　　正品保障 · 7天无理由（开课前）</p>
<p>课程详情：官方课程合作平台 www.yuntuzhijiao.com，购买后激活账号即可听课。</p>
<p>售后电话：400-672-1385</p>
<p>商品编号：20877　课程代码 AIT-5-2026</p>
"""), True, "U03", "图灵树教育", [
    ("domain", "yuntuzhijiao.com", "www.yuntuzhijiao.com"),
    ("phone", "+864006721385", "400-672-1385"),
], "marketplace listing under a third brand; 400 number and domain")

add("/mp/share-yt1093.html", mp("云图智学｜AI训练师冲刺营", """
<h2>云图智学 · AI训练师考证冲刺营</h2>
<p>¥1980 起　已有 2.3k 人报名</p>
<p>开课：每月10日　形式：小程序直播</p>
<p>客服热线 4006 721 385</p>
<p>学员交流QQ群：638520971（报名后审核进群）</p>
<button>立即报名</button>
"""), True, "U03", "云图智学", [
    ("phone", "+864006721385", "4006 721 385"),
    ("qq_group", "638520971", "638520971"),
], "mini-program share page; 400 number written in other grouping; QQ group ties to the chat archive")

add("/qun/msg-2026-03.html", qun("AI训练师考证交流（3群）3月精华", """
<h1>AI训练师考证交流（3群）· 2026年3月精华</h1>
<div class="msg"><b>云图智学-王助教</b> 03-08 20:14<br>【通知】四月批次报名下周截止，还没交资料的同学抓紧，
没进班级群的请加 QQ群 6385-20971，验证写手机号后四位。</div>
<div class="msg"><b>阿June</b> 03-08 20:20<br>收到，四级要交几张照片？</div>
<div class="msg"><b>云图智学-王助教</b> 03-08 20:22<br>两寸蓝底电子版一张。新同学报名四五级联报 3580，本周内有效。</div>
<div class="msg"><b>大熊</b> 03-09 09:01<br>有人知道证书在哪查吗</div>
<div class="msg"><b>阿June</b> 03-09 09:05<br>zscx.osta.org.cn 输姓名证件号就能查</div>
"""), True, "U03", "云图智学", [
    ("qq_group", "638520971", "6385-20971"),
], "chat-group archive; seller's assistant posts an offer with a dashed QQ group number")

# ========================= U04 ===========================================
add("/fenlei/bj-77610.html", fenlei("北京 数据标注 AI训练师证 速成", """
<h1>北京 数据标注员 AI训练师证 速成 线上考试</h1>
<p>区域：北京-海淀　　发布：今天</p>
<p>北辰数标 专业做标注培训三年 ⭐ 五级 一千二 四级 一千八 ⭐ 学完推荐标注兼职</p>
<p>VX: beichen_biaozhu<br>（电话不常接，请加V）</p>
<img src="/img/bc-qr.png" alt="微信二维码 beichen_biaozhu 扫码咨询">
"""), True, "U04", "北辰数标", [
    ("wechat", "beichen_biaozhu", "beichen_biaozhu"),
], "classifieds, prices in Chinese words, contact only by WeChat")

add("/weibo/u-3390122/status-51.html", weibo("北辰AI工坊的微言", """
<div class="card"><b>北辰AI工坊</b> <span>3月14日 来自 iPhone</span>
<p>【AI训练师考证 3月班最后5个名额】零基础可学，学完带你接标注单，一个月回本✅
证书联网可查，官方公众号 rsbjndj2020 可以核实政策。
想报的宝 私信或者V信 beichen_biaozhu
我们的抖音号：bc_aigongfang 每晚8点直播答疑</p>
<p>转发 23　评论 41　赞 160</p></div>
"""), True, "U04", "北辰AI工坊", [
    ("wechat", "beichen_biaozhu", "beichen_biaozhu"),
    ("other", "douyin:bc_aigongfang", "bc_aigongfang"),
], "microblog post; WeChat ties to classifieds, Douyin account ties to the note")

add("/notes/n-7c19e.html", notes("数据标注小白入行记录", """
<h1>数据标注小白入行记录｜从0到拿证</h1>
<p>@北辰数标</p>
<p>今天分享一下我们班学员的作业～ 标注规范、质检流程都在直播里讲过。</p>
<p>想了解训练师课程的 抖音搜 bc_aigongfang 看直播回放，评论区扣“1”发你课表</p>
<p>#AI训练师 #数据标注 #北漂</p>
"""), True, "U04", "北辰数标", [
    ("other", "douyin:bc_aigongfang", "bc_aigongfang"),
], "note never says the occupation's full name; only a Douyin ID as contact")

# ========================= U05 ===========================================
add("/shop/item-21005.html", shop("华策教育 人工智能训练师 三级 四级", """
<h1>华策教育官方店 人工智能训练师（三级/四级）培训+认定 一站式</h1>
<div class="price">¥ 2680 起</div>
<table><tr><th>规格</th><th>价格</th></tr><tr><td>四级</td><td>2680</td></tr>
<tr><td>三级（需满足申报条件）</td><td>3680</td></tr></table>
<p>咨询热线 186 2377 4410（华策教育 周老师）</p>
<p>拍前请先核对申报条件，不符合条件的不要拍。</p>
"""), True, "U05", "华策教育", [
    ("phone", "+8618623774410", "186 2377 4410"),
], "marketplace listing; mobile written in 3-4-4 groups")

add("/wenda/q-90417.html", wenda("重庆哪里可以考人工智能训练师？", """
<h1>重庆哪里可以考人工智能训练师？</h1>
<p class="q">题主：在重庆，想考四级，网上一搜全是广告，怎么分辨？</p>
<div class="ans"><b>热心网友</b><p>先去 pjjg.osta.org.cn 看看评价机构名单，
另外注意有个骗子号 171-0293-5566 到处加人说包过，已经上新闻了。</p></div>
<div class="ans"><b>策学堂小周</b>（重庆）
<p>我们策学堂在渝北，四级面授+线上，费用两千六百八十，考点就在本市。
电话/微信 18623774410，或者发邮件到 cexuetang#126.com（#换成@）咨询。</p></div>
"""), True, "U05", "策学堂", [
    ("phone", "+8618623774410", "18623774410"),
    ("wechat", "18623774410", "电话/微信 18623774410"),
    ("email", "cexuetang@126.com", "cexuetang#126.com"),
], "Q&A thread; seller reply with phone that is also WeChat and a #-obfuscated e-mail; another user quotes a scam number from the news")

add("/zhaopin/job-55821.html", zhaopin("AI训练师（储备）6000-9000", """
<h1>AI训练师（储备）　6000-9000元/月</h1>
<p>华策职业技能培训中心（重庆华策职业技能培训有限公司）· 重庆-渝北 · 经验不限 · 学历不限</p>
<h3>职位描述</h3>
<p>1. 公司与多家AI数据公司合作，入职前需参加岗前培训并取得人工智能训练师四级证书；</p>
<p>2. 培训费用2680元，可分期，取证后推荐上岗；</p>
<p>3. 简历投递：cexuetang@126.com，邮件标题注明“训练师+姓名”。</p>
<p>公司信息：统一社会信用代码 %s</p>
""" % U_HUACE), True, "U05", "华策职业技能培训中心", [
    ("email", "cexuetang@126.com", "cexuetang@126.com"),
    ("uscc", U_HUACE, U_HUACE),
], "recruitment-site post that is really a paid course (pay-to-train job); e-mail ties to Q&A, USCC ties to company site")

add("/huace/index.html", doc("华策职业技能培训中心", """
<h1>华策职业技能培训中心</h1>
<p>人工智能训练师 · 数据标注员 · 直播电商</p>
<h2>收费标准</h2>
<table><tr><th>项目</th><th>培训费</th><th>认定费</th></tr>
<tr><td>人工智能训练师 五级</td><td>1500</td><td>另计</td></tr>
<tr><td>人工智能训练师 四级</td><td>2200</td><td>480</td></tr></table>
<p>报名热线：<a href="tel:023-67718820">023-6771 8820</a></p>
<p>政策咨询可拨打12333。</p>
<hr><p style="font-size:12px">重庆华策职业技能培训有限公司　统一社会信用代码：%s　渝ICP备2025017733号</p>
""" % U_HUACE), True, "U05", "华策职业技能培训中心", [
    ("phone", "+862367718820", "023-6771 8820"),
    ("uscc", U_HUACE, U_HUACE),
], "company site, USCC in footer ties to the recruitment post; its own landline is not shared")

# ========================= U06 ===========================================
add("/fenlei/sh-90215.html", fenlei("上海 AI训练师 三级 包过班", """
<h1>上海 AI训练师 三级 高级工 不限学历 包过班</h1>
<p>区域：上海-浦东　　发布：1周前</p>
<p>明德启智，三级证书积分可落户加分60分！不限学历，不限经验，考不过全额退。</p>
<p>学费 4980，报名从速。</p>
<p>扣扣1794428630（明德启智 陈老师）</p>
"""), True, "U06", "明德启智", [
    ("qq", "1794428630", "1794428630"),
], "classifieds ad with scam-like promises; QQ written after 扣扣")

add("/weibo/u-8812004/status-12.html", weibo("启智明德教育科技的微言", """
<div class="card"><b>启智明德教育科技</b> <span>2月27日</span>
<p>#人工智能训练师# 上海积分新政解读来了！高级工（三级）可加60分，
我们整理了申报指南，官网 www.mdqz-edu.cn 免费领取。
课程咨询 Q：1794 428 630</p></div>
"""), True, "U06", "启智明德教育科技", [
    ("qq", "1794428630", "1794 428 630"),
    ("domain", "mdqz-edu.cn", "www.mdqz-edu.cn"),
], "microblog; QQ with spaces ties to classifieds, domain ties to landing page")

add("/mdqz/index.html", doc("明德启智 · AI训练师三级直通车", """
<h1>AI训练师三级 直通车</h1>
<p>明德启智 www.mdqz-edu.cn</p>
<ul><li>✔ 三级一次过，不过退费</li><li>✔ 上海积分 +60</li><li>✔ 线上考试 居家可考</li></ul>
<p>特惠价 4980 / 三四五级一起 7980</p>
<img src="/img/md-cert.png" alt="证书样本 S000041000001255000318">
<form><input placeholder="姓名"><input placeholder="手机号"><button>免费咨询</button></form>
<p>在线客服 9:00-22:00</p>
%s""" % BUILDER), True, "U06", "明德启智", [
    ("domain", "mdqz-edu.cn", "www.mdqz-edu.cn"),
], "landing page with only a lead form and a domain; copies the same certificate sample as other sellers; site-builder credit")

# ========================= U07 ===========================================
add("/shop/item-21340.html", shop("星火AI职训 数据标注员 五级", """
<h1>星火AI职训　数据标注员（人工智能训练师五级）线上班</h1>
<div class="price">¥ 1280　库存 充足</div>
<p>购买后加入售后群 903 417 265（备注订单号后6位）</p>
<p>课程有效期365天，支持花呗分期。</p>
"""), True, "U07", "星火AI职训", [
    ("qq_group", "903417265", "903 417 265"),
], "marketplace listing with an after-sales QQ group")

add("/qun/board-jsai.html", qun("数据标注接单&考证 交流群 精华", """
<h1>数据标注接单&amp;考证 交流群 · 精华消息</h1>
<div class="msg"><b>星火数据标注学院-群主</b> 04-01<br>本群为星火数据标注学院招生群（群号903417265），
五级1280，四级1880，四五联报2980。<br>报名找杨老师 177-2105-6638</div>
<div class="msg"><b>群友A</b> 04-01<br>有人考过吗，难不难</div>
<div class="msg"><b>群友B</b> 04-02<br>五级不难，实操就是标注和清洗</div>
"""), True, "U07", "星火数据标注学院", [
    ("qq_group", "903417265", "903417265"),
    ("phone", "+8617721056638", "177-2105-6638"),
], "chat-group board; group owner's offer; QQ group and phone")

add("/form/signup-xh.html", form("星火AI职训 4月批次报名表", """
<h1>星火AI职训｜人工智能训练师 4月批次 报名登记</h1>
<p>填写后老师会在24小时内联系您。费用：五级1280 / 四级1880（含认定费）</p>
<p>认定机构：豫才职业技能等级认定中心（咨询 0371-63238890）</p>
<p>如有疑问请致电 <a href="tel:+8617721056638">177 2105 6638</a></p>
<form>姓名 <input> 身份证号 <input> 手机 <input> 报考级别 <select><option>五级</option><option>四级</option></select>
<button>提交</button></form>
"""), True, "U07", "星火AI职训", [
    ("phone", "+8617721056638", "177 2105 6638"),
    ("phone", "+8617721056638", "tel:+8617721056638"),
], "sign-up form; tel: link; quotes the evaluation centre's phone like other resellers")

# ========================= U08 ===========================================
add("/notes/n-a8d04.html", notes("35岁转行AI训练师", """
<h1>35岁宝妈转行AI训练师，真的可以！</h1>
<p>@锦程优才</p>
<p>带过的学员里年纪最大的48岁，照样拿证✨ 人社备案机构发证，官方公众号 rsbjndj2020 可查政策</p>
<p>课程+认定 一共3280，可以分3期</p>
<p>想了解的姐妹戳我👉 158 3012 9967（微信同号）</p>
"""), True, "U08", "锦程优才", [
    ("phone", "+8615830129967", "158 3012 9967"),
    ("wechat", "15830129967", "微信同号"),
], "notes post; phone doubling as WeChat ('微信同号')")

add("/weibo/u-2207731/status-88.html", weibo("优才AI训练营的微言", """
<div class="card"><b>优才AI训练营</b> <span>4月2日 来自 微言网页版</span>
<p>🔥AI训练师四级 优才训练营第12期 开始招生啦🔥 学费2980
报名请转账至对公账户后截图发客服：<br>
户名 武汉锦程优才职业培训有限公司<br>
账号 6222 0218 0411 7735 026<br>
客服vx：15830129967</p></div>
"""), True, "U08", "优才AI训练营", [
    ("wechat", "15830129967", "15830129967"),
    ("other", "bank:6222021804117735026", "6222 0218 0411 7735 026"),
], "microblog; WeChat ID equal to the phone of the note; bank account ties to landing page")

add("/jincheng/index.html", doc("锦程职培 - 人工智能训练师", """
<h1>锦程职培 · 人工智能训练师（四级）</h1>
<p>武汉锦程优才职业培训有限公司　信用代码 %s</p>
<h2>报名流程</h2>
<ol><li>添加客服QQ <b>3357081926</b> 提交资料</li>
<li>缴费：对公账户 6222021804117735026（开户行：某银行武汉光谷支行）</li>
<li>开课学习 → 参加认定 → 领证</li></ol>
<p>学费 2980（含教材）</p>
%s""" % (U_JCHENG, BUILDER)), True, "U08", "锦程职培", [
    ("other", "bank:6222021804117735026", "6222021804117735026"),
    ("qq", "3357081926", "3357081926"),
    ("uscc", U_JCHENG, U_JCHENG),
], "own site; bank account ties to microblog, QQ ties to mini-program; site-builder credit")

add("/mp/share-jc552.html", mp("锦程职培｜AI训练师四级", """
<h2>锦程职培 · AI训练师四级 全程班</h2>
<p>2980　|　分期 3×993</p>
<p>有问题找客服QQ：3357 0819 26</p>
<button>分享给好友</button>
"""), True, "U08", "锦程职培", [
    ("qq", "3357081926", "3357 0819 26"),
], "mini-program share; QQ oddly grouped")

# ========================= U09 ===========================================
add("/bbs/thread-45007.html", bbs("[招生] AI训练师四五级 小班", """
<h1>[招生] 知行AI训练师工作室 四五级小班 每班限15人</h1>
<div class="post"><b>楼主 知行AI训练师工作室</b>
<p>版主好，按版规发招生帖。五级 1380 / 四级 1880，线上小班，带实操练习环境。</p>
<p>联系邮箱：zhixing_ai@foxmail.com</p></div>
<div class="post"><b>2楼 路人甲</b><p>提醒大家，之前有个QQ 3094471825 冒充培训机构收钱，别上当。
我打12345反映过，工单号 13301262205，有同样遭遇的可以一起。</p></div>
<div class="post"><b>3楼 知行AI训练师工作室</b><p>谢谢提醒，我们只走对公或平台担保。</p></div>
"""), True, "U09", "知行AI训练师工作室", [
    ("email", "zhixing_ai@foxmail.com", "zhixing_ai@foxmail.com"),
], "forum post by seller; the same scam QQ and ticket number are quoted as in U02's thread")

add("/zhixing/blog-3.html", doc("知行智训 · 备考笔记 3：实操题怎么练", """
<h1>备考笔记 3：实操题怎么练</h1>
<p>知行智训　2026-02-11</p>
<p>实操部分主要考数据采集和处理、数据标注、智能系统运维……（正文略）</p>
<div style="border:1px solid #c00;padding:8px">
<p>【小班招生】四级 1880 元，五级 1380 元。</p>
<p>电话：１３６５２７４０１８３</p>
<p>邮箱：zhixing_ai [at] foxmail [dot] com</p>
<p>认定机构：豫才职业技能等级认定中心，机构信用代码 %s</p></div>
""" % U_YUCAI), True, "U09", "知行智训", [
    ("email", "zhixing_ai@foxmail.com", "zhixing_ai [at] foxmail [dot] com"),
    ("phone", "+8613652740183", "１３６５２７４０１８３"),
], "own blog; full-width digits phone; spelled-out e-mail; quotes eval-centre USCC")

add("/form/zx-baoming.html", form("知行智训报名", """
<h1>知行智训 报名信息收集</h1>
<table><tr><td>课程</td><td>人工智能训练师 四级 / 五级</td></tr>
<tr><td>费用</td><td>1880 / 1380</td></tr>
<tr><td>咨询</td><td>136-5274-0183</td></tr>
<tr><td>认定机构电话</td><td>0371-63238890</td></tr></table>
<form>姓名 <input> 电话 <input> <button>提交</button></form>
"""), True, "U09", "知行智训", [
    ("phone", "+8613652740183", "136-5274-0183"),
], "sign-up form in a table; phone ties to blog")

# ========================= independents ===================================
add("/shop/item-21577.html", shop("博雅职教 AI训练师五级 录播课", """
<h1>博雅职教　人工智能训练师五级 录播课+题库</h1>
<div class="price">¥ 699</div>
<p>本课程为录播课，不含认定报名，认定请自行联系当地评价机构（名单见 pjjg.osta.org.cn）。</p>
<p>店铺客服QQ：1463302597</p>
<img src="/img/by-sample.png" alt="课程封面 博雅职教">
"""), True, "I01", "博雅职教", [
    ("qq", "1463302597", "1463302597"),
], "independent marketplace seller; shares only the platform footer with others")

add("/fenlei/gz-12093.html", fenlei("广州 人工智能训练师 报名", """
<h1>广州天河 人工智能训练师 四级 报名 补贴申领指导</h1>
<p>区域：广州-天河　　发布：5天前</p>
<p>粤信培训，四级学费2300，参保满1年可申领技能提升补贴（以人社部门审核为准）。</p>
<p>咨询电话<br>020-<br>8752 6104<br>（周一至周六）</p>
"""), True, "I02", "粤信培训", [
    ("phone", "+862087526104", "8752 6104"),
], "independent classifieds ad; number split over lines")

add("/wenda/q-93002.html", wenda("AI训练师证书真的能拿补贴吗", """
<h1>AI训练师证书真的能拿补贴吗？</h1>
<p class="q">题主：看到说考完补贴几乎免费，是真的吗？</p>
<div class="ans"><b>清醒一点</b><p>只有五到三级、交了一年失业保险的才有，别听“几乎免费”。
还有那个 17102935566 千万别加，我同事被骗了。</p></div>
<div class="ans"><b>蓝鲸教育 陈老师</b><p>楼上说得对。我们蓝鲸教育做补贴型培训，五级1000左右，
条件不够的不建议报。需要的话V我：lanjing_chen88</p></div>
"""), True, "I03", "蓝鲸教育", [
    ("wechat", "lanjing_chen88", "lanjing_chen88"),
], "independent seller replying in a Q&A thread; same scam number quoted as in U05's thread")

add("/lanxin/index.html", doc("蓝芯职业培训 - 广州", """
<h1>蓝芯职业培训</h1>
<p>广州市天河区 · 人工智能训练师 / 数据标注 面授班</p>
<table><tr><th>级别</th><th>学费</th><th>课时</th></tr>
<tr><td>五级</td><td>1200</td><td>60</td></tr><tr><td>四级</td><td>1800</td><td>50</td></tr></table>
<p>证书样本（编号 S000041000001255000318 仅为示例）</p>
<p>联系：lanxin_px@163.com　营业执照：%s</p>
<p>咨询政策可拨打12333。</p>
%s""" % (U_LANXIN, BUILDER)), True, "I04", "蓝芯职业培训", [
    ("email", "lanxin_px@163.com", "lanxin_px@163.com"),
    ("uscc", U_LANXIN, U_LANXIN),
], "independent own site; same site-builder and certificate sample as U06/U02/U08 sites")

add("/zhaopin/job-60017.html", zhaopin("数据标注员 包培训 4500-7000", """
<h1>数据标注员（可在家办公）4500-7000</h1>
<p>聚才人力资源服务 · 远程 · 学历不限</p>
<p>需先报名公司培训（AI训练师五级，990元），考完安排远程标注任务，多劳多得。</p>
<p>联系HR：聚才人力 张经理 <br>手机 155-1839-7042</p>
"""), True, "I05", "聚才人力", [
    ("phone", "+8615518397042", "155-1839-7042"),
], "independent pay-to-work recruitment scam offer")

add("/weibo/u-5501873/status-7.html", weibo("AI证书小课堂的微言", """
<div class="card"><b>AI证书小课堂</b> <span>1月30日</span>
<p>训练师四级 寒假集训 只要一九九九 先到先得
合作邮箱 aixiaoketang2026@qq.com</p></div>
"""), True, "I06", "AI证书小课堂", [
    ("email", "aixiaoketang2026@qq.com", "aixiaoketang2026@qq.com"),
], "independent microblog offer; price in Chinese numerals; occupation abbreviated")

# ========================= non-offer pages =================================
add("/news/warn-0318.html", news("警惕“包过”AI训练师证书骗局", """
<h1>警惕“包过”AI训练师证书骗局 市民被骗800元</h1>
<p>2026-03-18　记者 周某</p>
<p>近日，市民李女士反映，她通过社交平台添加了一个自称培训机构的号码 171-0293-5566，
对方承诺“交费包过”，收取800元后将其拉黑。另有市民反映 QQ 3094471825 也以同样手法行骗。</p>
<p>人社部门提醒，职业技能等级证书由备案的评价机构颁发，可登录 jndj.osta.org.cn 或 zscx.osta.org.cn 查询；
遇到可疑情况请拨打12333咨询或12345投诉。</p>
"""), False, None, None, [], "news warning quoting scam numbers and public hotlines")

add("/news/case-0412.html", news("AI证书诈骗案宣判", """
<h1>冒充培训机构卖“AI训练师证” 两人被判刑</h1>
<p>2026-04-12</p>
<p>法院查明，被告人使用手机号17102935566等多个账号，冒称“国家级人工智能认证中心”，
以“不用考试、直接发证”为名收取费用。受害人王某此前曾拨打12345热线反映（工单号13301262205）。</p>
<p>法官提示：人工智能训练师证书属于职业技能等级证书，不是国家职业资格证书。</p>
"""), False, None, None, [], "court news; scam number and ticket number quoted")

add("/gov/ai-trainer-faq.html", doc("人工智能训练师职业技能等级认定常见问题 - 省人力资源和社会保障厅", """
<h1>人工智能训练师职业技能等级认定常见问题解答</h1>
<p>发布机构：省人力资源和社会保障厅职业能力建设处　2026-01-15</p>
<p><b>问：人工智能训练师证书是谁发的？</b><br>答：由经人社部门备案的评价机构颁发，证书编号为22位，
可在 jndj.osta.org.cn 查询。人社部门不直接颁发。</p>
<p><b>问：哪些人可以申报五级？</b><br>答：累计从事本职业或相关职业工作1年（含）以上，或本职业学徒期满。</p>
<p><b>问：如何咨询？</b><br>答：可拨打12333，或致电省职业技能鉴定指导中心 0371-65870012。
也可关注官方公众号 rsbjndj2020 查看认定计划。</p>
"""), False, None, None, [], "official explainer with public hotlines, official site and official account")

add("/wenda/q-80012.html", wenda("人工智能训练师证书怎么查真假", """
<h1>人工智能训练师证书怎么查真假？</h1>
<p class="q">题主：朋友发了个证书照片，说花了三千块，我想帮他查一下。</p>
<div class="ans"><b>人力资源从业者</b><p>登录 zscx.osta.org.cn，输入姓名、证件号和证书编号。
编号应该是一个字母加21位数字，比如广告里常见的样本 S000041000001255000318 只是示例，不是真证。</p>
<p>查不到的话可以打12333问，被骗了打12345或报警。最近新闻里那个 171 0293 5566 就是骗子。</p></div>
"""), False, None, None, [], "neutral Q&A, no seller; quotes the certificate sample, hotlines and scam number")

add("/zhaopin/job-58830.html", zhaopin("数据标注工程师 8000-12000", """
<h1>数据标注工程师　8000-12000元/月·13薪</h1>
<p>杭州开源标注科技有限公司 · 杭州-西湖 · 1-3年 · 大专</p>
<h3>职位描述</h3><p>负责自动驾驶点云标注质检、标注规范编写。持人工智能训练师证书者优先，公司不收取任何费用。</p>
<p>HR邮箱：hr@kaiyuanbiaozhu.com　电话 0571-8690 3321</p>
<p>统一社会信用代码 %s</p>
""" % U_KAIYUAN), False, None, "杭州开源标注科技有限公司", [
    ("email", "hr@kaiyuanbiaozhu.com", "hr@kaiyuanbiaozhu.com"),
    ("phone", "+8657186903321", "0571-8690 3321"),
    ("uscc", U_KAIYUAN, U_KAIYUAN),
], "genuine job ad (no fee); not an offer")

add("/notes/n-jkgl-31.html", notes("健康管理师备考攻略", """
<h1>健康管理师三级备考攻略（附报名渠道）</h1>
<p>@康途考证</p>
<p>今年健康管理师报名开始啦，三级学费2680，报名加v：kangtu_kz</p>
<p>#健康管理师 #考证</p>
"""), False, None, "康途考证", [
    ("wechat", "kangtu_kz", "kangtu_kz"),
], "offer for another occupation (健康管理师), not an AI-trainer offer")

add("/fenlei/cq-chache-02.html", fenlei("叉车证 电工证 培训", """
<h1>重庆 叉车证 电工证 焊工证 快速取证</h1>
<p>区域：重庆-九龙坡</p>
<p>渝安职培，叉车证800，电工证1500，包教包会。电话 <a href="tel:13983520716">139 8352 0716</a></p>
"""), False, None, "渝安职培", [
    ("phone", "+8613983520716", "139 8352 0716"),
], "classifieds offer for other occupations, not AI trainer")

add("/kaiyuan/index.html", doc("杭州开源标注科技有限公司", """
<h1>杭州开源标注科技有限公司</h1>
<p>专注自动驾驶、大模型数据标注与质检服务。</p>
<p>商务合作：bd@kaiyuanbiaozhu.com　招聘请访问 <a href="/zhaopin/job-58830.html">才聘网招聘页</a></p>
<p>我们不提供任何考证培训，谨防冒用本公司名义收费。</p>
%s""" % BUILDER), False, None, "杭州开源标注科技有限公司", [
    ("email", "bd@kaiyuanbiaozhu.com", "bd@kaiyuanbiaozhu.com"),
    ("domain", "kaiyuanbiaozhu.com", "kaiyuanbiaozhu.com"),
], "company homepage without any offer; uses the same site builder as several sellers")

add("/news/aigc-vs-trainer.html", news("生成式人工智能系统应用员与人工智能训练师有何不同", """
<h1>生成式人工智能系统应用员 ≠ 人工智能训练师</h1>
<p>2026-05-06</p>
<p>4-04-05-13 生成式人工智能系统应用员与 4-04-05-05 人工智能训练师是两个不同职业。
一些广告把“AIGC证书”说成训练师证书，读者报名前应核对证书类型，可登录 osta.org.cn 查询。</p>
"""), False, None, None, [], "news explainer on another occupation")

# ---- list pages ------------------------------------------------------------
def links(paths):
    return "<ul>" + "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in paths) + "</ul>"


add("/shop/index.html", shop("职业技能 考证培训", "<h1>考证培训 · 热销</h1>" + links([
    ("/shop/item-20418.html", "智启未来教育 AI训练师 四级五级 1680起"),
    ("/shop/item-20877.html", "图灵树教育 AI训练师直播课 2280"),
    ("/shop/item-21005.html", "华策教育官方店 三级/四级 2680起"),
    ("/shop/item-21340.html", "星火AI职训 数据标注员五级 1280"),
    ("/shop/item-21577.html", "博雅职教 五级录播课 699"),
])), False, None, None, [], "marketplace category list")

add("/fenlei/index.html", fenlei("职业技能培训 信息列表", "<h1>职业技能培训</h1>" + links([
    ("/fenlei/zz-31076.html", "郑州 人工智能训练师 考证培训 周末班"),
    ("/fenlei/bj-77610.html", "北京 数据标注 AI训练师证 速成"),
    ("/fenlei/sh-90215.html", "上海 AI训练师 三级 包过班"),
    ("/fenlei/gz-12093.html", "广州 人工智能训练师 报名"),
    ("/fenlei/cq-chache-02.html", "重庆 叉车证 电工证 快速取证"),
])), False, None, None, [], "classifieds list")

add("/wenda/index.html", wenda("话题：人工智能训练师", "<h1>话题：人工智能训练师</h1>" + links([
    ("/wenda/q-88231.html", "人工智能训练师证书有用吗？零基础能考吗？"),
    ("/wenda/q-90417.html", "重庆哪里可以考人工智能训练师？"),
    ("/wenda/q-93002.html", "AI训练师证书真的能拿补贴吗"),
    ("/wenda/q-80012.html", "人工智能训练师证书怎么查真假？"),
])), False, None, None, [], "Q&A topic list")

add("/bbs/index.html", bbs("考证交流区", "<h1>考证交流区</h1>" + links([
    ("/bbs/thread-44120.html", "[求助] 郑州中原数智这家培训靠谱吗？"),
    ("/bbs/thread-45007.html", "[招生] 知行AI训练师工作室 四五级小班"),
])), False, None, None, [], "forum board list")

add("/news/index.html", news("教育频道", "<h1>教育频道</h1>" + links([
    ("/news/warn-0318.html", "警惕“包过”AI训练师证书骗局"),
    ("/news/case-0412.html", "冒充培训机构卖“AI训练师证” 两人被判刑"),
    ("/news/aigc-vs-trainer.html", "生成式人工智能系统应用员 ≠ 人工智能训练师"),
    ("/gov/ai-trainer-faq.html", "转载：人工智能训练师认定常见问题（省人社厅）"),
])), False, None, None, [], "news channel list")

add("/index.html", doc("AI训练师考证信息导航", "<h1>AI训练师考证信息导航</h1>"
    "<h2>平台</h2>" + links([
        ("/shop/index.html", "优课集市 · 考证培训"), ("/fenlei/index.html", "同城帮 · 职业技能培训"),
        ("/wenda/index.html", "问知 · 人工智能训练师话题"), ("/bbs/index.html", "中原职教论坛"),
        ("/news/index.html", "大河晨讯 · 教育频道")]) +
    "<h2>近期收录</h2>" + links([
        ("/qihang/index.html", "启航AI学院"), ("/notes/n-5f3a2.html", "薯记：考了AI训练师五级之后…"),
        ("/zysz/about.html", "中原数智职业培训学校"), ("/yuntu/blog/post-17.html", "云图职教博客"),
        ("/mp/share-yt1093.html", "小程序：云图智学冲刺营"), ("/qun/msg-2026-03.html", "群精华：考证交流3群"),
        ("/weibo/u-3390122/status-51.html", "微言：北辰AI工坊"), ("/notes/n-7c19e.html", "薯记：数据标注小白入行记录"),
        ("/zhaopin/job-55821.html", "才聘网：AI训练师（储备）"), ("/huace/index.html", "华策职业技能培训中心"),
        ("/weibo/u-8812004/status-12.html", "微言：启智明德教育科技"), ("/mdqz/index.html", "明德启智"),
        ("/qun/board-jsai.html", "群精华：数据标注接单&amp;考证"), ("/form/signup-xh.html", "表单：星火AI职训报名"),
        ("/notes/n-a8d04.html", "薯记：35岁转行AI训练师"), ("/weibo/u-2207731/status-88.html", "微言：优才AI训练营"),
        ("/jincheng/index.html", "锦程职培"), ("/mp/share-jc552.html", "小程序：锦程职培"),
        ("/zhixing/blog-3.html", "知行智训博客"), ("/form/zx-baoming.html", "表单：知行智训报名"),
        ("/lanxin/index.html", "蓝芯职业培训"), ("/zhaopin/job-60017.html", "才聘网：数据标注员 包培训"),
        ("/weibo/u-5501873/status-7.html", "微言：AI证书小课堂"), ("/zhaopin/job-58830.html", "才聘网：数据标注工程师"),
        ("/notes/n-jkgl-31.html", "薯记：健康管理师备考攻略"), ("/kaiyuan/index.html", "杭州开源标注科技"),
    ])), False, None, None, [], "portal index")

# ---- decoys (values; paths are filled by scanning and asserted in check.py) --
DECOYS = [
    ("public_hotline", "12333"),
    ("public_hotline", "12345"),
    ("provincial_hotline", "+8637165870012"),
    ("official_site", "jndj.osta.org.cn"),
    ("official_site", "zscx.osta.org.cn"),
    ("official_site", "pjjg.osta.org.cn"),
    ("official_account", "rsbjndj2020"),
    ("platform_phone", "+864008806173"),
    ("platform_email", "kefu@youkejishi.com"),
    ("platform_domain", "youkejishi.com"),
    ("platform_phone", "+864001551202"),
    ("platform_domain", "tongchengbang.cn"),
    ("platform_domain", "wenzhi.net"),
    ("platform_email", "jubao@wenzhi.net"),
    ("platform_qq", "46620173"),
    ("platform_phone", "+864000960960"),
    ("platform_domain", "weiyan.cn"),
    ("platform_domain", "shuji-app.com"),
    ("platform_domain", "qunjinghua.cn"),
    ("platform_phone", "+864006622915"),
    ("platform_domain", "caipinwang.com"),
    ("platform_email", "service@kezhan.net"),
    ("platform_domain", "biaodanmaster.com"),
    ("media_hotline", "+8637165796110"),
    ("scam_number_quoted", "+8617102935566"),
    ("scam_qq_quoted", "3094471825"),
    ("ticket_number", "13301262205"),
    ("certificate_sample_number", CERT_SAMPLE),
    ("site_builder_domain", "yunzhantong.net"),
    ("site_builder_phone", "+864000238866"),
    ("evaluation_centre_phone", "+8637163238890"),
    ("evaluation_centre_uscc", U_YUCAI),
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    for p in P:
        for kind, norm, written in p["identifiers"]:
            assert written in p["html"], (p["path"], written)
        f = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(f), exist_ok=True)
        with open(f, "w", encoding="utf-8") as fh:
            fh.write(p["html"])
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as fh:
        fh.write("User-agent: *\nAllow: /\n")

    import sys
    sys.path.insert(0, HERE)
    import check  # the same scanner decides which pages carry each decoy
    texts = {p["path"]: p["html"] for p in P}
    decoys = []
    for kind, value in DECOYS:
        paths = sorted(q for q, t in texts.items() if check.contains(t, value))
        assert paths, value
        decoys.append({"kind": kind, "value": value, "paths": paths})

    ops = {}
    for p in P:
        if p["operator"] and p["operator"].startswith("U"):
            ops.setdefault(p["operator"], []).append(p)
    operators = []
    for oid in sorted(ops):
        pages = ops[oid]
        brands = []
        for p in pages:
            if p["provider"] not in brands:
                brands.append(p["provider"])
        chain = [pages[0]["path"]]
        for a, b in zip(pages, pages[1:]):
            sa = {(k, n) for k, n, _ in a["identifiers"]}
            shared = [(k, n) for k, n, _ in b["identifiers"] if (k, n) in sa]
            assert shared, (a["path"], b["path"])
            chain.append("-%s- %s" % (shared[0][0], b["path"]))
        operators.append([oid, {"brands": brands, "ties": " ".join(chain)}])

    truth = {
        "description": ("operators-2026-12t: sealed labeled web of Chinese 人工智能训练师 course ads "
                        "across marketplaces, classifieds, Q&A, forum, microblog, notes, chat-group "
                        "archives, recruitment, mini-program shares, forms, seller sites and news; "
                        "9 operators (chains of shared seller identifiers), independents, and decoys. "
                        "'identifiers' lists only the page owner's/seller's own identifiers; "
                        "platform, public, quoted and template identifiers are listed under 'decoys'."),
        "pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")}
                  for p in P],
        "operators": operators,
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    print("pages", len(P), "offers", sum(p["is_offer"] for p in P))


if __name__ == "__main__":
    main()
