#!/usr/bin/env python3
"""Generate the sealed operators web 'operators-2026-12k' (site/ + truth.json). stdlib only."""
import json, os, re, shutil

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(code8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(s17):
    t = sum(ALPH.index(c) * WTS[i] for i, c in enumerate(s17))
    r = 31 - t % 31
    return ALPH[0 if r == 31 else r]


def uscc(p2, div6, org8):
    s17 = p2 + div6 + org8 + org_check(org8)
    return s17 + uscc_check(s17)


USCC_HENGDA = uscc("52", "330106", "MJA29173")
USCC_QIMING = uscc("91", "440106", "MA5D7Q2N")
USCC_BOXUE = uscc("91", "440101", "MA9W3L6K")
USCC_XINZHI = uscc("91", "440106", "MA59RTC3")
USCC_ZZRC = uscc("91", "110108", "MA01K7PG")
USCC_ZHIBO = uscc("52", "410100", "MJ1604HB")
USCC_MALL = uscc("91", "330106", "MA2GL8UB")
USCC_YUEZHI = uscc("52", "440000", "MJL2183R")

SAMPLE_CERT = "S000044010012253000187"

CSS = """
body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#222;font-size:14px;line-height:1.7}
a{color:#1a5fb4;text-decoration:none} .wrap{max-width:1000px;margin:0 auto;padding:10px 16px}
.topbar{background:#e02e24;color:#fff;padding:6px 16px} .topbar a{color:#fff;font-weight:bold}
.foot{background:#f4f4f4;color:#777;font-size:12px;padding:14px 16px;margin-top:24px}
.price{color:#e02e24;font-size:22px;font-weight:bold} .tag{background:#ffefe0;color:#d46b08;padding:0 6px;margin-right:4px;border-radius:3px}
.floor{border-top:1px solid #eee;padding:8px 0} .floor .u{color:#888;font-size:12px}
.float{position:fixed;right:10px;bottom:80px;width:150px;background:#fff;border:1px solid #ddd;box-shadow:0 2px 8px rgba(0,0,0,.15);padding:8px;font-size:12px}
.hero{background:linear-gradient(90deg,#0b3d91,#1e88e5);color:#fff;padding:36px 16px}
table.t{border-collapse:collapse} table.t td,table.t th{border:1px solid #ddd;padding:4px 10px}
.ad{border:1px dashed #ccc;padding:8px;background:#fffbe6} .muted{color:#999;font-size:12px}
"""


def doc(title, body, head=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
            f"<title>{title}</title>\n<style>{CSS}</style>{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n")


PAGES = {}


def add(path, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    assert path not in PAGES, path
    PAGES[path] = dict(html=doc(title, body), is_offer=offer, operator=op, provider=provider,
                       identifiers=[list(x) for x in ids], note=note, title=title)


# ================================================================ platform chrome
def mall(title, inner):
    return (f'<div class="topbar"><a href="/mall/index.html">拼课多</a> · 职教好课 一起拼更便宜　<a href="/index.html">网址导航</a>'
            '<span style="float:right">登录 ｜ 注册 ｜ 我的订单 ｜ 商家入驻</span></div>'
            '<div class="wrap"><form><input placeholder="搜索课程 / 证书 / 店铺" size="40"> <button type="button">搜索</button></form>'
            f'{inner}</div>'
            '<div class="foot"><p>平台担保交易：付款先进入 拼课多（杭州）网络科技有限公司 担保账户，开课/确认收货后再结算给商家；'
            '任何要求您加微信私下转账的行为都不受平台保护。</p>'
            '<p>拼课多客服热线 400-826-7399（9:00-21:00）｜ 客服邮箱 kefu@pinkeduo.com ｜ '
            f'拼课多（杭州）网络科技有限公司 统一社会信用代码：{USCC_MALL} ｜ 浙ICP备2021036652号-2 ｜ © 2019-2025 www.pinkeduo.com</p></div>')


def group(inner):
    return ('<div class="wrap"><div><b><a href="/tieba/index.html">知群</a></b> › 小组 › '
            '<a href="/tieba/index.html">人工智能训练师考证交流组</a>（组员 18,406）　<a href="/index.html" class="muted">返回导航</a></div>'
            f'{inner}</div><div class="foot">知群 © 2025 zhiqun.net ｜ 违规内容举报：jubao@zhiqun.net ｜ 客服电话 400-115-6272 ｜ '
            '组内发言仅代表个人观点，交易请走正规渠道</div>')


def qa(inner):
    return ('<div class="wrap"><div style="font-size:18px"><a href="/zhidao/index.html"><b>问一问</b></a> <span class="muted">有问题，问一问</span>'
            '　<a href="/index.html" class="muted">导航</a></div>'
            f'{inner}</div><div class="foot">© 2025 wenyiwen.cn 问一问 ｜ 侵权投诉 / 违规举报：help@wenyiwen.cn ｜ '
            '回答仅代表网友观点，涉及付款请谨慎核实</div>')


def vid(inner):
    return ('<div class="wrap"><div><a href="/bili/index.html"><b style="color:#fb7299">嘀哩嘀哩</b></a> 首页 番剧 直播 知识区 '
            '<a href="/index.html" class="muted">导航</a></div>'
            f'{inner}</div><div class="foot">违法和不良信息举报电话 400-117-0023 ｜ 举报邮箱 jubao@dilidili.tv ｜ 沪ICP备2020017734号-1 ｜ '
            '未成年人举报专区 ｜ © dilidili.tv</div>')


def jobs(inner):
    return ('<div class="wrap"><div style="background:#00a6a7;color:#fff;padding:6px"><a style="color:#fff" href="/jobs/index.html"><b>职来网</b></a>'
            ' 找工作 上职来　<a style="color:#fff" href="/index.html">导航</a></div>'
            f'{inner}<p class="ad"><b>职来网求职防骗提示：</b>招聘方以培训费、体检费、押金、服装费、贷款等名义向求职者收费，均属违规，'
            '请立即拨打职来网客服 400-669-3120 举报。</p></div>'
            '<div class="foot">© 2016-2025 zhilaiwang.com 职来网 ｜ 人力资源服务许可证 ｜ 客服 400-669-3120</div>')


def tuan(inner):
    return ('<div class="wrap"><div style="color:#ff6600;font-size:18px"><a href="/tuan/index.html"><b>惠邻团</b></a> '
            '<span class="muted">吃喝玩乐学 · 身边好店</span>　<a href="/index.html" class="muted">导航</a></div>'
            f'{inner}<p class="muted">惠邻团保障：随时退 · 过期自动退 ｜ 团购款由惠邻团代收，核销后结算给商家</p></div>'
            '<div class="foot">惠邻团客服 400-660-5218 ｜ huilintuan.com ｜ 商家资质信息由商家提供，平台已做形式审核</div>')


def yp(inner):
    return ('<div class="wrap"><div><a href="/yp/index.html"><b>商通黄页</b></a> 企业名录 · 产品供求 · 免费发布　'
            '<a href="/index.html" class="muted">导航</a></div>'
            f'{inner}</div><div class="foot">商通黄页 ｜ 广告合作 0371-55016688 ｜ 信息由企业自行发布，交易前请核实对方资质 ｜ '
            'www.shangtong-yp.com</div>')


def news(inner):
    return ('<div class="wrap"><div style="border-bottom:3px solid #c00"><a href="/news/index.html"><b style="color:#c00;font-size:20px">东方晨讯</b></a>'
            ' 要闻 ｜ 社会 ｜ 教育 ｜ 职场 ｜ 辟谣　<a href="/index.html" class="muted">导航</a></div>'
            f'{inner}</div><div class="foot">新闻热线 021-62471100 ｜ 违法和不良信息举报 jubao@dfchenxun.com ｜ 沪ICP备2015020981号 ｜ '
            '东方晨讯 dfchenxun.com 版权所有</div>')


BUILDER = ('<p class="muted">网站建设：云站宝 ｜ 建站热线 400-690-1188 ｜ www.yunzhanbao.cn</p>')
WIDGET_VENDOR = ('<div class="muted" style="font-size:11px">在线客服系统由 商桥云 提供 '
                 '<script src="https://kefu.shangqiaoyun.com/js/widget.js" async></script></div>')
PHONE_FORM = ('<form class="ad"><b>免费领取报考指南</b><br>姓名 <input placeholder="请输入姓名"> '
              '手机 <input type="tel" placeholder="请输入手机号，如 13800138000"> <button type="button">立即领取</button></form>')
ANTI_SCAM_COPY = ('<p class="ad"><b>防骗声明：</b>近期有不法分子冒充“人社局考试中心”工作人员，用手机号 170 9582 3641、'
                  '微信号 rsks-2024 以“证书加急”“补考名额”为由收取费用，与本机构无关。政策咨询请拨打人社服务热线 12333。</p>')
EVAL_ORG = (f'评价机构：粤智职业技能评价中心（统一社会信用代码 {USCC_YUEZHI}，已在省人社厅备案）')
CERT_SAMPLE = (f'<p><img src="/static/cert-sample.jpg" alt="证书样本 编号{SAMPLE_CERT}" width="300"><br>'
               f'<span class="muted">证书样本（编号 {SAMPLE_CERT}，仅供展示），可登录 zscx.osta.org.cn 查询</span></p>')

# ================================================================ U01 优途 (wechat -> phone -> qq)
add("/mall/shop-ytedu.html", "优途职教旗舰店 - 拼课多", mall("优途职教旗舰店", """
<h2>优途职教旗舰店 <span class="tag">品牌店</span><span class="tag">退款保障</span></h2>
<p>店铺评分 4.8 ｜ 已拼 2.3万件 ｜ 粉丝 1.1万　<button>关注店铺</button></p>
<h3>本店热拼</h3>
<ul>
<li><a href="/mall/item-30418.html">【人社新职业】人工智能训练师 五级/四级/三级 报考培训 直播课+题库+实操</a> <span class="price">¥1280起</span> 2人拼</li>
<li>数据标注实操训练营 30天 <span class="price">¥399</span>（非考证课程）</li>
<li>AI绘画 Midjourney 零基础入门 <span class="price">¥99</span></li>
</ul>
<p>店铺公告：考证课程开班前请先联系客服确认考期与报考条件。<br>
店铺客服 V：yt-zhijiao88（备注“拼课多”，工作日 9:00-22:00 秒回）</p>
"""), True, "U01", "优途职教旗舰店", [("wechat", "yt-zhijiao88", "yt-zhijiao88")],
    "mall shop page; shop wechat in notice")

add("/mall/item-30418.html", "人工智能训练师 考证培训 四级三级 - 优途职教旗舰店 - 拼课多", mall("", """
<p class="muted"><a href="/mall/index.html">拼课多</a> › 职业考证 › <a href="/mall/shop-ytedu.html">优途职教旗舰店</a></p>
<h2>【人社新职业】人工智能训练师 五级/四级/三级 报考培训 直播课+题库+实操指导</h2>
<p><span class="price">拼单价 ¥1680</span> 单买 ¥1980 ｜ 已拼 612件 ｜ 2人成团</p>
<p>规格：<label><input type="radio" name="s">五级 ¥1280</label> <label><input type="radio" name="s" checked>四级 ¥1680</label> <label><input type="radio" name="s">三级 ¥2380</label></p>
<h3>商品详情</h3>
<p><img src="/mall/img/30418-1.jpg" alt="详情图：扫码或加微信 yt-zhijiao88 领取报考资料包"></p>
<p>✅ 课程：理论直播 16 次 + 实操录播 + 2000 题库<br>✅ 报考：协助提交报名材料，统一安排认定考试<br>
✅ 证书：职业技能等级证书，全国联网可查</p>
""" + CERT_SAMPLE + """
<p>报名老师：王老师 137-1846-0293（微信同号），下单后 24 小时内联系您建档。</p>
<h3>拼单评价（326）</h3>
<div class="floor"><span class="u">j***8 ｜ 四级 ｜ 订单号 4102 5061 1318 8440</span><br>老师很耐心，题库有用，等考试中。</div>
<div class="floor"><span class="u">小***鱼 ｜ 五级</span><br>直播回放能看，就是实操讲得有点快。</div>
"""), True, "U01", "优途职教旗舰店",
    [("wechat", "yt-zhijiao88", "yt-zhijiao88"), ("phone", "+8613718460293", "137-1846-0293")],
    "mall item page; wechat in image alt, phone 微信同号 in detail; sample cert no and order no are not seller ids")

add("/youtu-ai/index.html", "优途AI学院 - 人工智能训练师考证培训", """
<div class="hero"><h1>优途AI学院</h1><p>人社新职业「人工智能训练师」四级 / 三级 考证 + 就业推荐 ｜ 线上直播 · 随到随学</p></div>
<div class="wrap">
<h2>课程价格</h2>
<table class="t"><tr><th>等级</th><th>学费（含认定费）</th><th>课时</th></tr>
<tr><td>五级</td><td>¥1280</td><td>60</td></tr><tr><td>四级</td><td>¥1680</td><td>50</td></tr><tr><td>三级</td><td>¥2380</td><td>40</td></tr></table>
<p>老学员转介绍立减 200 元；可开具培训费发票。</p>
""" + PHONE_FORM + ANTI_SCAM_COPY + """
<h2>联系我们</h2>
<p>招生热线：+86 137 1846 0293（王老师）<br>商务合作邮箱：youtu_ai#163.com（发送时请把 # 换成 @）<br>
地址：北京市海淀区学院路甲 5 号 768 创意园 B 座</p>
<p class="muted">© 2023-2025 youtu-ai.cn 优途AI学院 ｜ 京ICP备2023019427号-1</p>
</div>
<div class="float"><b>在线咨询</b><br><a href="tencent://message/?uin=2869047715&amp;Site=youtu-ai.cn&amp;Menu=yes">QQ 在线咨询</a><br>
<a href="tel:+8613718460293">电话咨询</a><br><a href="/youtu-ai/index.html#form">预约试听</a>
""" + WIDGET_VENDOR + "</div>", True, "U01", "优途AI学院",
    [("phone", "+8613718460293", "+86 137 1846 0293"), ("email", "youtu_ai@163.com", "youtu_ai#163.com"),
     ("qq", "2869047715", "tencent://message/?uin=2869047715"), ("domain", "youtu-ai.cn", "youtu-ai.cn")],
    "seller landing page with floating widget; copies scam-warning numbers; placeholder phone; widget vendor")

add("/tieba/t-7781.html", "零基础想考人工智能训练师，求推荐靠谱的机构 - 知群", group("""
<h2>零基础想考人工智能训练师，求推荐靠谱的机构</h2>
<div class="floor"><span class="u">楼主 · 一只咸鱼在上岸 · 2025-06-03</span><br>今年被优化了，听说 AI 训练师是新职业，五级要求工作一年，我做过两年客服算不算相关？有没有靠谱的培训机构推荐，别太贵。</div>
<div class="floor"><span class="u">2楼 · 数据民工老赵</span><br>客服做过质检/标注相关可以写，具体看评价机构审核。先去 osta 官网查一下你们省有哪些备案机构。</div>
<div class="floor"><span class="u">3楼 · 楼主</span><br>@数据民工老赵 谢谢，我去查查</div>
<div class="floor"><span class="u">4楼 · momo</span><br>别信包过的，组里前面有人被坑了。</div>
<div class="floor"><span class="u">5楼 · 启途职培_阿杰</span><br>楼主可以了解下我们启途职业培训，四级 1680 含教材和认定费，线上直播课，考不过下期免费重学。
有问题可以加扣扣 2869 047 715 备注知群，我发你报考条件对照表。</div>
<div class="floor"><span class="u">6楼 · momo</span><br>楼上广告吧……</div>
<div class="floor"><span class="u">7楼 · 启途职培_阿杰</span><br>@momo 正规机构，可以先试听再报名的哈</div>
"""), True, "U01", "启途职业培训", [("qq", "2869047715", "2869 047 715")],
    "seller reply on group board; QQ spaced")

# ================================================================ U02 恒达/鑫航 (landline -> wechat)
HENGDA_FOOT = (f'<div class="foot">杭州市西湖区恒达职业技能培训学校 ｜ 办学许可证 教民1330106700123号 ｜ 统一社会信用代码 {USCC_HENGDA}<br>'
               '地址：杭州市西湖区文三路 259 号昌地火炬大厦 2 号楼 6 层 ｜ 电话：0571-86937215 ｜ 邮箱：zs@hengdaedu.com.cn ｜ '
               '© hengdaedu.com.cn 浙ICP备19031156号</div>')
add("/hengda-edu/index.html", "恒达职业技能培训学校 - 首页", f"""
<div class="wrap"><h1>恒达职业技能培训学校</h1>
<p>首页 ｜ 学校概况 ｜ <a href="/hengda-edu/course-ai.html">招生简章</a> ｜ 师资力量 ｜ 联系我们</p>
<p>恒达职业技能培训学校成立于 2012 年，是经杭州市西湖区人力资源和社会保障局批准设立的民办职业培训学校，
主要开展电工、育婴员、保育师、人工智能训练师等职业(工种)的技能培训。</p>
<h3>学校新闻</h3><ul><li>2025-05-28 我校组织教师参加数据标注师资研修</li><li>2025-04-10 第十五期电工培训班顺利结业</li>
<li>2025-03-18 学校开展消防安全演练</li></ul></div>""" + HENGDA_FOOT,
    False, None, None, [], "seller homepage without an offer (carries the school's ids but sells nothing here)")

add("/hengda-edu/course-ai.html", "2025年人工智能训练师（四级/三级）培训招生简章 - 恒达职业技能培训学校", """
<div class="wrap"><p><a href="/hengda-edu/index.html">首页</a> › 招生简章</p>
<h1>2025年人工智能训练师（四级/三级）培训招生简章</h1>
<p>一、培训对象：从事数据标注、智能客服训练、AI 产品运营等相关工作满一年的人员。</p>
<p>二、培训方式：周末面授（文三路校区）+ 线上实操平台，四级 50 课时，三级 40 课时。</p>
<p>三、收费标准：四级 2200 元/人，三级 2800 元/人（含教材、资料、认定费）。符合条件的参保人员取证后可按规定申领技能提升补贴，
具体以杭州市人社部门规定为准，可拨打 0571-12333 咨询。</p>
<p>四、报名方式：携身份证、学历证明复印件到校报名，或电话预约：0571-86937215（招生办），
资料也可发送至 zs@hengdaedu.com.cn。</p>
</div>""" + HENGDA_FOOT, True, "U02", "恒达职业技能培训学校",
    [("phone", "+8657186937215", "0571-86937215"), ("email", "zs@hengdaedu.com.cn", "zs@hengdaedu.com.cn"),
     ("uscc", USCC_HENGDA, USCC_HENGDA), ("domain", "hengdaedu.com.cn", "hengdaedu.com.cn")],
    "school's enrolment page; 0571-12333 is the provincial public hotline")

add("/zhidao/q-1023.html", "杭州哪里可以考人工智能训练师？大概多少钱？ - 问一问", qa("""
<h2>杭州哪里可以考人工智能训练师？大概多少钱？</h2><p class="muted">提问者：匿名用户 ｜ 2025-05-19 ｜ 浏览 2,317</p>
<h3>4 个回答</h3>
<div class="floor"><span class="u">热心网友</span><br>可以先在技能人才评价工作网查杭州有哪些备案了人工智能训练师的评价机构，再去问培训。不懂的打 12333 问最准。</div>
<div class="floor"><span class="u">小鹿学姐 ｜ 采纳率 81%</span><br>我去年在鑫航报的四级，学费 2100，周末上课，实操有老师带，考完两个月拿的证。
想了解的话找徐老师，V信 XHXU_0571 ，或者打他们校区座机 (0571)8693 7215 ，说是问一问上看到的有优惠。</div>
<div class="floor"><span class="u">阿木</span><br>价格两千左右正常，超过四千的慎重。</div>
<div class="floor"><span class="u">匿名用户</span><br>我也想知道三级什么条件</div>
"""), True, "U02", "鑫航教育",
    [("wechat", "xhxu_0571", "XHXU_0571"), ("phone", "+8657186937215", "(0571)8693 7215")],
    "Q&A answer that sells; same landline as the school, different brand")

add("/tuan/deal-915.html", "鑫航教育(西湖校区) 人工智能训练师四级考证班 - 惠邻团", tuan("""
<h2>鑫航教育(西湖校区)</h2><p>⭐ 4.7 ｜ 人均 ¥1999 ｜ 西湖区文三路 ｜ 职业技能培训</p>
<h3>【团购】人工智能训练师四级 考证班（周末班）</h3>
<p><span class="price">¥1999</span> <s>门市价 ¥2600</s> ｜ 已售 83</p>
<p>包含：50 课时面授+实操 ｜ 教材 1 套 ｜ 模拟考试 2 次<br>购买须知：购买后请提前 3 天预约开班，需提供一年以上相关工作证明；团购券有效期 90 天。</p>
<p>商家电话：158 6812 3074　｜　加V信：xhxu_0571 领取课表</p>
<h3>网友评价</h3><div class="floor"><span class="u">Lily_0823</span><br>环境不错，老师讲得细。</div>
"""), True, "U02", "鑫航教育(西湖校区)",
    [("wechat", "xhxu_0571", "xhxu_0571"), ("phone", "+8615868123074", "158 6812 3074")],
    "group-buy deal; shares wechat with the Q&A answer")

# ================================================================ U03 小周/启明 (qq group -> phone)
add("/bili/video-BV1Rk4y1a7Qm.html", "【人工智能训练师】三级实操全流程｜数据标注+模型测试 考证经验分享 - 嘀哩嘀哩", vid("""
<h2>【人工智能训练师】三级实操全流程｜数据标注+模型测试 考证经验分享</h2>
<p class="muted">UP主：小周AI训练营 ｜ 3.6万播放 · 218弹幕 ｜ 2025-05-30 ｜ 知识 › 职业职场</p>
<div style="background:#000;color:#fff;height:200px;text-align:center;line-height:200px">▶ 视频播放器</div>
<h3>简介</h3>
<p>三级实操考什么？本期完整走一遍：数据清洗→标注规范→测试用例→模型评估报告。<br>
📌 想系统学习/报名的进 qq群 815 204 637（1群满了会在群公告放2群）<br>
📌 三级 2680，四级 1880，含认定费，支持花呗分期<br>
BGM：Lofi Study ｜ 封面素材来自网络，侵删</p>
<h3>评论 426</h3>
<div class="floor"><span class="u">1F · 摸鱼的阿澈</span><br>求课件！！<br>　└ <b>UP主</b>：课件在群文件里，群号简介有</div>
<div class="floor"><span class="u">2F · 不吃香菜</span><br>三级要求什么学历啊<br>　└ <b>UP主</b>：大专+四级证+2年或者四级证满5年，具体私信，或者 vx：zhou_ai_trainer</div>
<div class="floor"><span class="u">3F · 路过的李同学</span><br>提醒一下大家，有个微信 rsks-2024 冒充考试中心收加急费，我差点转账，别信！</div>
<div class="floor"><span class="u">4F · 星河</span><br>讲得很清楚，一键三连了</div>
"""), True, "U03", "小周AI训练营",
    [("qq_group", "815204637", "815 204 637"), ("wechat", "zhou_ai_trainer", "zhou_ai_trainer")],
    "video page: QQ group in description, UP wechat in comment reply; commenter quotes scam wechat")

add("/qiming-lp/index.html", "启明AI职训 - 人工智能训练师考证 四级 三级 二级", """
<div class="hero" style="background:#5b2bd6"><h1>启明AI职训</h1><p>新职业 · 高薪风口 ｜ 人工智能训练师 报考 + 实操 + 就业推荐</p>
<p style="font-size:20px">三级联报 立减 600 ｜ 花呗 12 期免息</p></div>
<div class="wrap">
<table class="t"><tr><th>等级</th><th>学费</th></tr><tr><td>四级</td><td>¥1880</td></tr><tr><td>三级</td><td>¥2680</td></tr><tr><td>二级（技师）</td><td>¥3980</td></tr></table>
""" + CERT_SAMPLE + PHONE_FORM + """
<p>学员交流：<a href="https://jq.qq.com/?_wv=1027&amp;k=5qMz8Hb2">点击加入QQ群</a>（群号：815204637）</p>
<p class="muted">广州启明星途教育科技有限公司 ｜ qiming-ai.com ｜ 粤ICP备2024076315号</p>
""" + BUILDER + """</div>
<div class="float"><b>📞 电话咨询</b><br><a href="tel:18069347512">180 6934 7512</a><br>微信同号，7×24 小时<br><a href="#">在线留言</a></div>
""", True, "U03", "启明AI职训",
    [("qq_group", "815204637", "815204637"), ("phone", "+8618069347512", "180 6934 7512"),
     ("domain", "qiming-ai.com", "qiming-ai.com")],
    "single-page landing, floating phone widget; builder credit; placeholder; sample cert no")

add("/news/adv-0611.html", "抢占AI风口：让“人工智能训练师”成为就业新赛道 - 东方晨讯", news(f"""
<p class="muted">东方晨讯 › 职场 ｜ 2025-06-11 ｜ <span class="tag">广告</span></p>
<h1>抢占AI风口：让“人工智能训练师”成为就业新赛道</h1>
<p>随着大模型应用加速落地，数据标注、模型测试等岗位需求持续增长。人工智能训练师作为人社部门发布的新职业，
正在成为不少转行人群的新选择。</p>
<p>广州启明星途教育科技有限公司负责人介绍，该公司联合多家企业开设“训练师”实训营，学员可在真实项目中完成标注与测试，
结课后统一组织参加职业技能等级认定。据介绍，四级课程 1880 元起，三级 2680 元，报满两级另有优惠。</p>
<p>咨询热线：180-6934-7512　　企业信息：广州启明星途教育科技有限公司（统一社会信用代码：{USCC_QIMING}）</p>
<p class="muted">（本文为商业推广信息，不代表本网观点）</p>
"""), True, "U03", "广州启明星途教育科技有限公司",
    [("phone", "+8618069347512", "180-6934-7512"), ("uscc", USCC_QIMING, USCC_QIMING)],
    "advertorial on news site")

# ================================================================ U04 博学/华夏智聘 (uscc -> email)
add("/mall/shop-boxue.html", "博学职培旗舰店 - 拼课多", mall("", f"""
<h2>博学职培旗舰店 <span class="tag">企业店</span></h2>
<p>店铺评分 4.6 ｜ 已拼 8,240件</p>
<ul><li>人工智能训练师（数据标注员）四级 考证培训 + 推荐就业 <span class="price">¥2580</span> 拼单 ¥2380</li>
<li>人工智能训练师 三级 考证培训（需四级证） <span class="price">¥3280</span></li></ul>
<p>报名流程：拍下 → 平台客服转店铺老师 → 上传身份证、学历、工作证明 → 开课。{EVAL_ORG}</p>
<h3>店铺资质</h3>
<p>营业执照：广州博学智联教育科技有限公司<br>统一社会信用代码：{USCC_BOXUE}<br>经营范围：教育咨询服务（不含涉许可审批的教育培训活动）；人力资源服务……</p>
"""), True, "U04", "博学职培旗舰店",
    [("uscc", USCC_BOXUE, USCC_BOXUE)], "mall shop; licence company shown in 店铺资质; cites a third-party evaluation org")

add("/huaxia-zp/index.html", "华夏智聘 · AI数据标注人才计划", f"""
<div class="hero" style="background:#0a7d5b"><h1>华夏智聘 · AI数据标注人才计划</h1><p>先培训 · 后上岗 ｜ 合作企业 60+ ｜ 月薪 6K-12K</p></div>
<div class="wrap">
<h2>计划说明</h2>
<p>面向应届生、宝妈、转行人员招募 AI 数据标注员。入选学员需参加 45 天岗前培训并考取人工智能训练师（四级）证书，
培训费 3680 元，可分 6 期；结业后推荐至合作企业面试。</p>
<h2>报名</h2><p>简历请投：hr@huaxiazhipin.cn（邮件标题：姓名+城市+意向岗位）<br>招聘咨询：020-38914607</p>
<p class="muted">运营主体：广州博学智联教育科技有限公司 ｜ 统一社会信用代码：{USCC_BOXUE} ｜ huaxiazhipin.cn ｜ 粤ICP备2023110428号</p>
</div>""", True, "U04", "华夏智聘",
    [("uscc", USCC_BOXUE, USCC_BOXUE), ("email", "hr@huaxiazhipin.cn", "hr@huaxiazhipin.cn"),
     ("phone", "+862038914607", "020-38914607"), ("domain", "huaxiazhipin.cn", "huaxiazhipin.cn")],
    "seller's own recruiting-flavoured site; fee for 'pre-job training'")

add("/jobs/job-5512.html", "AI数据标注员（无经验可） 8-12K - 华夏智聘(广州) - 职来网", jobs("""
<h2>AI数据标注员（无经验可，带薪培训） <span class="price">8000-12000元/月</span></h2>
<p>广州·天河区 ｜ 经验不限 ｜ 学历不限 ｜ 招 30 人 ｜ 发布于 3 天前</p>
<p><b>公司：</b>华夏智聘(广州)人力资源</p>
<h3>职位描述</h3>
<p>1. 负责图片、文本、语音数据的标注与质检；<br>2. 入职前需参加公司统一安排的岗前培训并考取人工智能训练师四级证书
（培训费 2980 元，可分期，转正后报销 50%）；<br>3. 双休，五险，弹性打卡。</p>
<p>简历投递：hr＠huaxiazhipin.cn　联系人：陈主管 199 2764 0518</p>
"""), True, "U04", "华夏智聘(广州)人力资源",
    [("email", "hr@huaxiazhipin.cn", "hr＠huaxiazhipin.cn"), ("phone", "+8619927640518", "199 2764 0518")],
    "job post that is really paid training; full-width @")

# ================================================================ U05 新知 (wechat -> phone)
add("/xinzhi-px/index.html", "新知职业培训学校 - 人工智能训练师 考证培训", f"""
<div class="wrap"><h1>新知职业培训学校</h1><p>广州 · 天河 ｜ 职业技能培训 ｜ 人工智能训练师 · 健康管理师 · 电工</p>
<h2>人工智能训练师 考证班</h2>
<ul><li>五级：¥1280（60课时）</li><li>四级：¥1580（50课时，线下周末班）</li><li>三级：¥2480（40课时，需四级证满5年或大专+四级证满2年）</li></ul>
<p>{EVAL_ORG}</p>""" + CERT_SAMPLE + f"""
<p>报名热线：136 0251 7948 ｜ 微信：xinzhi_peixun ｜ 地址：广州市天河区天河北路 613 号 4 楼</p>
""" + ANTI_SCAM_COPY + f"""
<p class="muted">广州新知职业培训学校有限公司 统一社会信用代码 {USCC_XINZHI} ｜ www.xinzhipx.com</p></div>""",
    True, "U05", "新知职业培训学校",
    [("phone", "+8613602517948", "136 0251 7948"), ("wechat", "xinzhi_peixun", "xinzhi_peixun"),
     ("uscc", USCC_XINZHI, USCC_XINZHI), ("domain", "xinzhipx.com", "xinzhipx.com")],
    "seller site; copies scam warning; cites third-party evaluation org")

add("/tieba/t-7815.html", "【拼团】广州 人工智能训练师四级 线下班 差3人成团 1580/人 - 知群", group("""
<h2>【拼团】广州 人工智能训练师四级 线下班 差3人成团 1580/人</h2>
<div class="floor"><span class="u">楼主 · 智汇新知_小新 · 2025-06-08</span><br>
天河北路线下周末班，7月第一期，还差3个人成团，成团价 1580/人（原价1880），含教材和认定报名。<br>
有意向的 v：xinzhi_peixun 或者直接 call 178 2036 4915，名额满了就下一期了。</div>
<div class="floor"><span class="u">2楼 · Kiki</span><br>需要工作证明吗？</div>
<div class="floor"><span class="u">3楼 · 智汇新知_小新</span><br>@Kiki 需要的，相关工作满一年，可以开在职证明</div>
<div class="floor"><span class="u">4楼 · 组管理员</span><br>提醒：本组禁止私下转账，交易纠纷组里不负责。</div>
"""), True, "U05", "智汇新知",
    [("wechat", "xinzhi_peixun", "xinzhi_peixun"), ("phone", "+8617820364915", "178 2036 4915")],
    "group-board post that sells (拼团)")

add("/tuan/deal-881.html", "新知教育(天河店) 人工智能训练师四级考证班 - 惠邻团", tuan(f"""
<h2>新知教育(天河店)</h2><p>⭐ 4.5 ｜ 天河区天河北路 ｜ 职业技能培训</p>
<h3>【团购】人工智能训练师四级 考证班</h3>
<p><span class="price">¥1580</span> <s>门市价 ¥1880</s> ｜ 已售 41</p>
<p>含 50 课时、教材、模拟考试。{EVAL_ORG}</p>
<p>商家电话：１７８２０３６４９１５</p>
"""), True, "U05", "新知教育(天河店)",
    [("phone", "+8617820364915", "１７８２０３６４９１５")], "group-buy deal; full-width digits")

# ================================================================ U06 中智促进会 (email -> wechat)
ZZRC_FOOT = ('<div class="foot">主办：中智人才技能发展促进会 ｜ 地址：北京市海淀区中关村南大街 12 号 ｜ 电话：010-62981437 ｜ '
             '邮箱：pxb@zzrc-assoc.org.cn ｜ © zzrc-assoc.org.cn 京ICP备2022008153号</div>')
add("/assoc/index.html", "中智人才技能发展促进会 - 官方网站", """
<div class="hero" style="background:#a4161a"><h1>中智人才技能发展促进会</h1><p>服务技能人才 · 促进产业发展</p></div>
<div class="wrap"><p>首页 ｜ 协会概况 ｜ 通知公告 ｜ 培训认证 ｜ 证书查询 ｜ 会员服务</p>
<h3>通知公告</h3><ul>
<li><a href="/assoc/baoming.html">关于开展2025年第三期人工智能训练师职业技能培训认证工作的通知</a> 2025-06-02</li>
<li>关于召开第二届理事会第四次会议的通知 2025-04-21</li>
<li>热烈祝贺我会“数字技能人才发展论坛”圆满举办 2025-03-30</li></ul>
<h3>政策法规</h3><ul><li>人力资源社会保障部办公厅关于……（转载）</li><li>国家职业技能标准《人工智能训练师》（2021年版）</li></ul>
</div>""" + ZZRC_FOOT, False, None, None, [], "association-looking portal home; news list only")

add("/assoc/baoming.html", "关于开展2025年第三期人工智能训练师职业技能培训认证工作的通知", f"""
<div class="wrap"><p><a href="/assoc/index.html">首页</a> › 通知公告</p>
<h2 style="text-align:center">关于开展2025年第三期人工智能训练师职业技能培训认证工作的通知</h2>
<p>各会员单位、培训机构：</p>
<p>为加快数字技能人才队伍建设，我会定于2025年7月开展第三期人工智能训练师职业技能培训认证工作，现将有关事项通知如下：</p>
<p>一、等级及费用：四级 2600 元/人；三级 3400 元/人；二级（技师）4800 元/人（含培训、考核、证书费用）。</p>
<p>二、报名方式：填写报名表（附件1）连同身份证、学历扫描件发送至 pxb@zzrc-assoc.org.cn，联系电话 010-62981437。</p>
<p>三、证书：考核合格者颁发相应等级证书，可在本会官网查询。</p>
<p style="text-align:right">中智人才技能发展促进会<br>2025年6月2日</p>
<p class="muted">运营单位：北京中智人才科技发展有限公司　统一社会信用代码：{USCC_ZZRC}</p>
</div>""" + ZZRC_FOOT, True, "U06", "中智人才技能发展促进会",
    [("email", "pxb@zzrc-assoc.org.cn", "pxb@zzrc-assoc.org.cn"), ("phone", "+861062981437", "010-62981437"),
     ("uscc", USCC_ZZRC, USCC_ZZRC), ("domain", "zzrc-assoc.org.cn", "zzrc-assoc.org.cn")],
    "association-style notice that sells levels incl. 技师; company USCC behind it")

add("/mall/item-30877.html", "人工智能训练师 二级 技师 证书培训 - 技能E站 - 拼课多", mall("", """
<p class="muted"><a href="/mall/index.html">拼课多</a> › 职业考证 › 技能E站</p>
<h2>人工智能训练师 四级/三级/二级(技师) 培训认证 中智人才促进会颁证 在线考试</h2>
<p><span class="price">¥2600起</span> ｜ 已拼 97件</p>
<p>规格：四级 ¥2600 ｜ 三级 ¥3400 ｜ 二级技师 ¥4580（限时）</p>
<h3>商品详情</h3>
<p>本课程证书由中智人才技能发展促进会颁发。拍下后请将报名表及身份证照片发送至 pxb(at)zzrc-assoc.org.cn ，
或添加店铺客服微信：jineng_ez 协助填写。</p>
<h3>评价（12）</h3><div class="floor"><span class="u">t***n</span><br>客服回复快。</div>
"""), True, "U06", "技能E站",
    [("email", "pxb@zzrc-assoc.org.cn", "pxb(at)zzrc-assoc.org.cn"), ("wechat", "jineng_ez", "jineng_ez")],
    "mall item; association email written with (at)")

add("/bili/video-BV1Xq4y1P7sn.html", "人工智能训练师证书到底有没有用？三分钟讲清楚 - 嘀哩嘀哩", vid("""
<h2>人工智能训练师证书到底有没有用？三分钟讲清楚</h2>
<p class="muted">UP主：AI证书通 ｜ 8,912播放 · 31弹幕 ｜ 2025-06-05</p>
<div style="background:#000;color:#fff;height:200px;text-align:center;line-height:200px">▶ 视频播放器</div>
<h3>简介</h3>
<p>证书能干嘛、怎么报、多少钱，一个视频讲明白。<br>四级 2600 / 三级 3400 / 技师 4580，报名找客服，资料包免费领 → 微信：JiNeng_EZ（同名店铺在拼课多）</p>
<h3>评论 57</h3>
<div class="floor"><span class="u">1F · 南风</span><br>技师零基础也能考吗？<br>　└ <b>UP主</b>：可以走绿色通道，私信</div>
<div class="floor"><span class="u">2F · 嗷呜</span><br>绿色通道？？不是要逐级吗</div>
"""), True, "U06", "AI证书通",
    [("wechat", "jineng_ez", "JiNeng_EZ")], "video page; wechat mixed case in description")

# ================================================================ U07 鼎信/瑞思 (400 -> mobile)
add("/dingxin-ai/index.html", "鼎信AI教育 - 人工智能训练师 深圳考证", """
<div class="hero" style="background:#003a8c"><h1>鼎信AI教育</h1><p>深圳 · 人工智能训练师 四级/三级 ｜ 补贴申领指导 ｜ 小班面授</p></div>
<div class="wrap"><h2>开班信息</h2>
<p>四级周末班 ¥2380 ｜ 三级晚班 ¥2980（深户/深圳参保人员取证后可按规定申请技能提升补贴）</p>
""" + PHONE_FORM + """
<p>全国统一咨询：400-863-2071 ｜ 官网 www.dingxinai.cn</p>
<p class="muted">深圳市鼎信智联教育咨询有限公司 ｜ 粤ICP备2022139207号</p></div>
<div class="float"><b>鼎信在线客服</b><br><a href="tencent://message/?uin=3350817264&amp;Site=dingxinai&amp;Menu=yes">
<img src="/static/qq-online.gif" alt="QQ:3350817264 点击交谈"></a><br>☎ 400 863 2071
""" + WIDGET_VENDOR + "</div>", True, "U07", "鼎信AI教育",
    [("phone", "+864008632071", "400-863-2071"), ("qq", "3350817264", "tencent://message/?uin=3350817264"),
     ("domain", "dingxinai.cn", "www.dingxinai.cn")],
    "landing page with floating QQ widget (alt text) and 400 number")

add("/yp/firm-20318.html", "深圳市鼎信智联教育咨询有限公司 - 商通黄页", yp("""
<h2>深圳市鼎信智联教育咨询有限公司</h2>
<table class="t"><tr><td>主营</td><td>人工智能训练师培训报名、职业技能提升培训、企业内训</td></tr>
<tr><td>产品</td><td>人工智能训练师四级考证班 2380元/人；三级 2980元/人</td></tr>
<tr><td>电话</td><td>4008632071</td></tr><tr><td>手机</td><td>13316827405（林老师）</td></tr>
<tr><td>网址</td><td>http://www.dingxinai.cn</td></tr><tr><td>地址</td><td>深圳市南山区科技园南区高新南九道 10 号</td></tr></table>
<p class="muted">会员等级：普通会员 ｜ 信息更新：2025-05-22</p>
"""), True, "U07", "深圳市鼎信智联教育咨询有限公司",
    [("phone", "+864008632071", "4008632071"), ("phone", "+8613316827405", "13316827405"),
     ("domain", "dingxinai.cn", "www.dingxinai.cn")], "yellow-pages entry")

add("/zhidao/q-1047.html", "深圳考人工智能训练师三级要多少钱？能补贴吗？ - 问一问", qa("""
<h2>深圳考人工智能训练师三级要多少钱？能补贴吗？</h2><p class="muted">提问者：a***7 ｜ 2025-06-01</p>
<h3>2 个回答</h3>
<div class="floor"><span class="u">瑞思教育林老师 ｜ 职业培训顾问</span><br>
三级需要四级证书满5年，或者大专以上+四级证满2年。我们这边三级晚班 2980，参保满一年的取证后可以按规定申请补贴，
具体金额以深圳人社公布为准。需要评估报考条件可以打 133 1682 7405 找我（林老师），微信同号。</div>
<div class="floor"><span class="u">深漂小王</span><br>补贴要在广东省人社厅的系统里申请，可以先打 12333 问。</div>
"""), True, "U07", "瑞思职业教育",
    [("phone", "+8613316827405", "133 1682 7405")], "Q&A answer by a consultant under another brand")

# ================================================================ U08 凯达/凯程 (qq -> payee account)
add("/mall/shop-kaida.html", "凯达教育专营店 - 拼课多", mall("", """
<h2>凯达教育专营店 <span class="tag">专营店</span></h2><p>店铺评分 4.5 ｜ 已拼 3,015件</p>
<ul><li>人工智能训练师 四级 考证 网课+认定 武汉可线下 <span class="price">¥1880</span></li>
<li>人工智能训练师 五级 入门班 <span class="price">¥1180</span></li></ul>
<p>客服QQ：1046379582（拍前请咨询考期）</p>
<p class="muted">课程编号 KC-AI-0425 ｜ 开班日期以客服通知为准</p>
"""), True, "U08", "凯达教育专营店", [("qq", "1046379582", "1046379582")], "mall shop; QQ in shop notice")

add("/jobs/job-5530.html", "数据标注员/AI训练师 武汉 6-9K 包培训 - 凯达人才服务 - 职来网", jobs("""
<h2>数据标注员 / AI训练师（包培训） <span class="price">6000-9000元/月</span></h2>
<p>武汉·洪山区 ｜ 经验不限 ｜ 中专及以上 ｜ 招 20 人</p><p><b>公司：</b>凯达人才服务</p>
<h3>职位描述</h3>
<p>岗前统一培训 15 天，培训结束颁发人工智能训练师证书后安排上岗。岗前培训费 1980 元，报名后请转账至：<br>
户名：武汉凯程教育咨询有限公司　开户行：招商银行武汉光谷支行　账号：1279 0451 8810 602<br>
投递简历请加QQ：1046379582 ，或发邮件 kaicheng_hr@126.com</p>
"""), True, "U08", "凯达人才服务",
    [("qq", "1046379582", "1046379582"), ("other", "bank:127904518810602", "1279 0451 8810 602"),
     ("email", "kaicheng_hr@126.com", "kaicheng_hr@126.com")],
    "job post with training fee paid to a company account")

add("/yp/firm-20455.html", "武汉凯程职业技能培训学校 - 商通黄页", yp("""
<h2>武汉凯程职业技能培训学校</h2>
<table class="t"><tr><td>主营</td><td>人工智能训练师、育婴员、电工培训</td></tr>
<tr><td>产品</td><td>人工智能训练师四级 1880元；五级 1180元（网课+线下实操）</td></tr>
<tr><td>电话</td><td>027-87316042</td></tr>
<tr><td>付款</td><td>对公转账：武汉凯程教育咨询有限公司 招商银行 127904518810602</td></tr>
<tr><td>地址</td><td>武汉市洪山区珞喻路 1037 号</td></tr></table>
"""), True, "U08", "武汉凯程职业技能培训学校",
    [("phone", "+862787316042", "027-87316042"), ("other", "bank:127904518810602", "127904518810602")],
    "yellow-pages entry; same payee account as the job post")

# ================================================================ U09 海纳 (wechat -> domain)
add("/bili/video-BV1mT421c7Ee.html", "北京考人工智能训练师｜周末班真实上课vlog - 嘀哩嘀哩", vid("""
<h2>北京考人工智能训练师｜周末班真实上课vlog</h2>
<p class="muted">UP主：海纳职教 ｜ 1.2万播放 ｜ 2025-06-09</p>
<div style="background:#000;color:#fff;height:200px;text-align:center;line-height:200px">▶ 视频播放器</div>
<h3>简介</h3>
<p>带大家看看我们朝阳校区的周末班～四级 1780 含认定，7月班火热报名中。<br>报名热线 010-58427319 ｜ 微信 hainazj01</p>
<h3>评论 88</h3>
<div class="floor"><span class="u">1F · 阿梨</span><br>线上可以吗<br>　└ <b>UP主</b>：有线上班，加微信问</div>
<div class="floor"><span class="u">2F · 今天也要早睡</span><br>惠邻团上有团购，便宜两百</div>
"""), True, "U09", "海纳职教",
    [("phone", "+861058427319", "010-58427319"), ("wechat", "hainazj01", "hainazj01")], "video page")

add("/tuan/deal-902.html", "海纳AI训练营(朝阳大悦城店) - 惠邻团", tuan("""
<h2>海纳AI训练营(朝阳大悦城店)</h2><p>⭐ 4.8 ｜ 朝阳区朝阳北路 101 号 ｜ 职业技能培训</p>
<h3>【团购】人工智能训练师四级 周末班</h3>
<p><span class="price">¥1780</span> <s>门市价 ¥1980</s> ｜ 已售 156</p>
<p>商家电话：153 0117 4826 ｜ 微信：HaiNaZJ01 ｜ 官网：hainaedu.cn</p>
"""), True, "U09", "海纳AI训练营(朝阳大悦城店)",
    [("wechat", "hainazj01", "HaiNaZJ01"), ("phone", "+8615301174826", "153 0117 4826"), ("domain", "hainaedu.cn", "hainaedu.cn")],
    "group-buy deal")

add("/news/adv-0702.html", "数字经济催生新职业 京华数智助力人才转型 - 东方晨讯", news("""
<p class="muted">东方晨讯 › 教育 ｜ 2025-07-02 ｜ <span class="tag">推广</span></p>
<h1>数字经济催生新职业 京华数智助力人才转型</h1>
<p>“以前做电商客服，现在给大模型做数据标注和测试。”在京华数智人才研究院的实训教室里，学员小刘告诉记者。</p>
<p>据研究院介绍，其人工智能训练师课程采用“线上理论+线下实操”模式，四级课程 1780 元，学员结课后参加职业技能等级认定。
有意报名者可登录 <a href="http://www.hainaedu.cn/baoming">www.hainaedu.cn/baoming</a> 填写信息，或加入学员QQ群 590318274。</p>
<p class="muted">（推广）</p>
"""), True, "U09", "京华数智人才研究院",
    [("domain", "hainaedu.cn", "hainaedu.cn"), ("qq_group", "590318274", "590318274")], "advertorial linking the seller domain")

# ================================================================ independents
add("/rongke/index.html", "融科教育 - 人工智能训练师 五级四级 考证", """
<div class="hero" style="background:#d4380d"><h1>融科教育</h1><p>零基础入门 AI 训练师 ｜ 五级 / 四级 ｜ 佛山线下 + 线上</p></div>
<div class="wrap"><p>五级 ¥980 ｜ 四级 ¥1580 ｜ 报名即送 Python 入门课</p>
""" + PHONE_FORM + ANTI_SCAM_COPY + """
<p>咨询电话：189-2847-5061 ｜ 微信：rongke_edu ｜ 地址：佛山市禅城区季华五路 22 号</p>
<p class="muted">© rongkeedu.cn 融科教育</p>
""" + BUILDER + "</div>", True, None, "融科教育",
    [("phone", "+8618928475061", "189-2847-5061"), ("wechat", "rongke_edu", "rongke_edu"), ("domain", "rongkeedu.cn", "rongkeedu.cn")],
    "independent seller landing; shares only builder, placeholder and copied scam numbers with others")

add("/zhiyuan-lp/index.html", "致远职训 - AI训练师考证 限时优惠", """
<div class="hero" style="background:#13a8a8"><h1>致远职训</h1><p>人工智能训练师四级 限时 ¥1680 ｜ 名额有限</p></div>
<div class="wrap"><p>直播课 + 实操平台账号 + 认定报名一站式服务，线上学习，就近参加认定。</p>
""" + PHONE_FORM + """<p class="muted">致远职训 zhiyuanzx.com</p>""" + BUILDER + """</div>
<div class="float"><b>限时咨询</b><br>☎ 400-017-5836<br><a href="tencent://message/?uin=2415093786&amp;Site=zhiyuanzx&amp;Menu=yes">QQ在线</a>
""" + WIDGET_VENDOR + "</div>", True, None, "致远职训",
    [("phone", "+864000175836", "400-017-5836"), ("qq", "2415093786", "tencent://message/?uin=2415093786"),
     ("domain", "zhiyuanzx.com", "zhiyuanzx.com")], "independent single-page landing with floating widget")

add("/mall/item-31205.html", "人工智能训练师五级 一周速成 - 学无忧教育店 - 拼课多", mall("", """
<p class="muted"><a href="/mall/index.html">拼课多</a> › 职业考证 › 学无忧教育店</p>
<h2>人工智能训练师五级 线上速成班 题库+模拟 一周学完</h2>
<p><span class="price">¥980</span> ｜ 已拼 1,204件</p>
<p>商品详情：录播课 30 讲 + 题库 1500 题，学完协助报名认定。</p>
""" + CERT_SAMPLE + """
<p>购买后加客服微信 xuewuyou_kf 发送学习账号。</p>
"""), True, None, "学无忧教育店", [("wechat", "xuewuyou_kf", "xuewuyou_kf")], "independent mall item")

add("/tieba/t-7830.html", "三级实操部分有人考过吗？心里没底 - 知群", group("""
<h2>三级实操部分有人考过吗？心里没底</h2>
<div class="floor"><span class="u">楼主 · 青柠 · 2025-06-10</span><br>下个月考三级，准考证号 2025440301003927 都打出来了，实操那部分完全没底，有没有考过的说说？</div>
<div class="floor"><span class="u">2楼 · 标注小能手</span><br>楼主快把准考证号打码！实操主要是标注规范和测试报告，多练就行。</div>
<div class="floor"><span class="u">3楼 · 蓝鲸职教-阿May</span><br>我们蓝鲸有三级实操冲刺班，3 天直播 1280 元，带真题环境练习，有需要进 QQ群：612847390</div>
<div class="floor"><span class="u">4楼 · 青柠</span><br>谢谢大家，已删</div>
"""), True, None, "蓝鲸职教", [("qq_group", "612847390", "612847390")],
    "independent seller reply; admission-ticket number is not an id")

add("/zhidao/q-1066.html", "成都人工智能训练师四级哪里可以报名？ - 问一问", qa("""
<h2>成都人工智能训练师四级哪里可以报名？</h2><p class="muted">提问者：蓉***哥 ｜ 2025-05-27</p>
<div class="floor"><span class="u">锦程职培 ｜ 机构认证</span><br>成都锦程职业培训学校可以报，四级 1680 元，每月开班，武侯区校区。
电话 028-85471926，也可以把身份证和学历照片发邮箱 jincheng_px@163.com 预审。</div>
<div class="floor"><span class="u">路人甲</span><br>建议多比较几家，问清楚是哪个评价机构出证。</div>
"""), True, None, "成都锦程职业培训学校",
    [("phone", "+862885471926", "028-85471926"), ("email", "jincheng_px@163.com", "jincheng_px@163.com")],
    "independent Q&A answer; free-mail domain shared with unrelated sellers")

add("/jobs/job-5547.html", "AI训练师（实习） 南京 4-6K - 南京启航数据科技 - 职来网", jobs("""
<h2>AI训练师（实习，可转正） <span class="price">4000-6000元/月</span></h2>
<p>南京·江宁区 ｜ 应届生 ｜ 大专及以上</p><p><b>公司：</b>南京启航数据科技有限公司</p>
<p>岗位要求：需自费参加公司合作机构的人工智能训练师岗前培训（2680 元，含四级认定），培训合格后签订实习协议。</p>
<p>简历投递：zhaopin@qhdata-nj.com ｜ 电话：025-52893107</p>
"""), True, None, "南京启航数据科技",
    [("email", "zhaopin@qhdata-nj.com", "zhaopin@qhdata-nj.com"), ("phone", "+862552893107", "025-52893107")],
    "independent job post that is paid training")

add("/yp/firm-20519.html", "郑州智博职业培训学校 - 商通黄页", yp(f"""
<h2>郑州智博职业培训学校</h2>
<table class="t"><tr><td>主营</td><td>人工智能训练师、电子商务师、保育师培训</td></tr>
<tr><td>产品</td><td>人工智能训练师（四级）培训 1480元/人，每月 15 日开班，电话报名</td></tr>
<tr><td>电话</td><td>0371-63928547</td></tr><tr><td>统一社会信用代码</td><td>{USCC_ZHIBO}</td></tr>
<tr><td>地址</td><td>郑州市金水区花园路 86 号</td></tr></table>
"""), True, None, "郑州智博职业培训学校",
    [("phone", "+8637163928547", "0371-63928547"), ("uscc", USCC_ZHIBO, USCC_ZHIBO)],
    "independent yellow-pages entry; its number shares the 0371 area code with the directory's own line")

add("/tuan/deal-930.html", "青禾职业技能(万达店) 人工智能训练师五级 - 惠邻团", tuan(f"""
<h2>青禾职业技能(万达店)</h2><p>⭐ 4.6 ｜ 广州番禺万达广场 B1 ｜ 职业技能培训</p>
<h3>【团购】人工智能训练师五级 入门班</h3>
<p><span class="price">¥899</span> <s>门市价 ¥1280</s> ｜ 已售 29</p>
<p>{EVAL_ORG}</p><p>商家电话：138 3849 2716</p>
"""), True, None, "青禾职业技能(万达店)", [("phone", "+8613838492716", "138 3849 2716")],
    "independent group-buy deal; cites the same evaluation org as other sellers")

# ================================================================ non-offers
add("/mall/item-jkgl.html", "健康管理师三级 考证培训 - 康途教育店 - 拼课多", mall("", """
<p class="muted"><a href="/mall/index.html">拼课多</a> › 职业考证 › 康途教育店</p>
<h2>健康管理师 三级 考证培训 网课+题库</h2><p><span class="price">¥1280</span> ｜ 已拼 2,306件</p>
<p>适合医护、药店、养老从业人员。购买后加微信 kangtu_jk 开通课程。</p>
"""), False, None, None, [], "a different occupation (健康管理师) - not an AI-trainer offer")

add("/tieba/t-7802.html", "【避坑】交了3800说包过，证书查不到还被拉黑了 - 知群", group("""
<h2>【避坑】交了3800说包过，证书查不到还被拉黑了</h2>
<div class="floor"><span class="u">楼主 · 后知后觉 · 2025-05-21</span><br>
3月份有个自称“人社局考试中心”的人加我，微信号 rsks-2024，说可以不考试直接拿人工智能训练师三级，3800 包过。
交钱后给了个查询网站 zscx-osta.com.cn，能查到，后来在正规的 zscx.osta.org.cn 一查根本没有。再打他电话 170-9582-3641 已经是空号。</div>
<div class="floor"><span class="u">2楼 · 组管理员</span><br>加精。大家记住：证书查询认准 osta.org.cn，政策问题打 12333；被骗了报警或者打反诈专线 96110。</div>
<div class="floor"><span class="u">3楼 · 小满</span><br>还可以打 12345 投诉，我之前投诉过一个培训机构退了一半。</div>
<div class="floor"><span class="u">4楼 · 后知后觉</span><br>已经报警了，希望大家别再上当。</div>
"""), False, None, None, [], "warning thread; scam wechat/phone and fake query domain, public hotlines")

add("/zhidao/q-0998.html", "人工智能训练师证书怎么查真伪？ - 问一问", qa("""
<h2>人工智能训练师证书怎么查真伪？</h2><p class="muted">提问者：匿名 ｜ 2025-05-12</p>
<div class="floor"><span class="u">职业规划师Amy ｜ 采纳答案</span><br>
职业技能等级证书由备案的评价机构颁发，可以在“技能人才评价证书全国联网查询”（zscx.osta.org.cn）输入姓名、证件号和证书编号查询，
证书上也有 jndj.osta.org.cn 的查询地址。查不到的话先问发证机构，再拨打 12333 咨询。
机构是否备案可以在 osta.mohrss.gov.cn 的评价机构目录里查。</div>
<div class="floor"><span class="u">网友</span><br>有些机构给的是自己做的查询网站，那种不算。</div>
"""), False, None, None, [], "neutral Q&A, official sites only")

add("/news/warn-0520.html", "警惕！冒充“人社局考试中心”催缴加急费 多人被骗 - 东方晨讯", news("""
<p class="muted">东方晨讯 › 社会 ｜ 2025-05-20</p>
<h1>警惕！冒充“人社局考试中心”催缴加急费 多人被骗</h1>
<p>近日，多名市民反映接到自称“人社局考试中心”的电话，称其报考的人工智能训练师证书需缴纳“加急费”“入库费”。
据警方通报，涉案人员使用手机号 17095823641 及微信号 rsks-2024 联系受害人，并提供仿冒查询网站 zscx-osta.com.cn。</p>
<p>人社部门提醒，职业技能等级证书可通过技能人才评价工作网（osta.org.cn）等官方渠道查询，人社部门不会通过个人微信收取任何费用。
如有疑问请拨打 12333；如遇诈骗请拨打 110 或全国反诈专线 96110。</p>
"""), False, None, None, [], "news warning quoting scam ids")

add("/news/notice-0415.html", "技能提升补贴怎么领？一文读懂 - 东方晨讯", news("""
<p class="muted">东方晨讯 › 教育 ｜ 2025-04-15</p>
<h1>技能提升补贴怎么领？一文读懂</h1>
<p>参加失业保险累计缴费满 1 年的企业职工，取得职业技能等级证书后，可按规定申领技能提升补贴，
标准一般为初级（五级）1000 元、中级（四级）1500 元、高级（三级）2000 元。</p>
<p>申领渠道以各地人社部门公布为准，可登录人社部官网 www.mohrss.gov.cn 或当地政务服务平台办理。
咨询电话：12333（人社服务热线）、12345（政务服务便民热线）；浙江省参保人员也可拨打 0571-12333。</p>
"""), False, None, None, [], "policy explainer with public hotlines")

add("/news/index.html", "东方晨讯 - 首页", news("""
<h2>要闻</h2><ul>
<li><a href="/news/warn-0520.html">警惕！冒充“人社局考试中心”催缴加急费 多人被骗</a></li>
<li><a href="/news/notice-0415.html">技能提升补贴怎么领？一文读懂</a></li>
<li><a href="/news/adv-0611.html">抢占AI风口：让“人工智能训练师”成为就业新赛道</a> <span class="tag">广告</span></li>
<li><a href="/news/adv-0702.html">数字经济催生新职业 京华数智助力人才转型</a> <span class="tag">推广</span></li>
</ul>"""), False, None, None, [], "news index")

add("/mall/index.html", "拼课多 - 职教好课 一起拼", mall("", """
<h2>职业考证 · 热拼</h2><ul>
<li><a href="/mall/item-30418.html">人工智能训练师 五级/四级/三级 报考培训</a> ¥1680 — <a href="/mall/shop-ytedu.html">优途职教旗舰店</a></li>
<li><a href="/mall/item-30877.html">人工智能训练师 四级/三级/二级 培训认证</a> ¥2600起 — 技能E站</li>
<li><a href="/mall/item-31205.html">人工智能训练师五级 线上速成班</a> ¥980 — 学无忧教育店</li>
<li><a href="/mall/item-jkgl.html">健康管理师 三级 考证培训</a> ¥1280 — 康途教育店</li></ul>
<h2>推荐店铺</h2><ul><li><a href="/mall/shop-ytedu.html">优途职教旗舰店</a></li><li><a href="/mall/shop-boxue.html">博学职培旗舰店</a></li>
<li><a href="/mall/shop-kaida.html">凯达教育专营店</a></li></ul>"""), False, None, None, [], "mall home")

add("/tieba/index.html", "人工智能训练师考证交流组 - 知群", group("""
<p>小组简介：交流人工智能训练师报考、备考、就业。禁止广告，禁止私下交易。</p><ul>
<li><a href="/tieba/t-7802.html">【避坑】交了3800说包过，证书查不到还被拉黑了</a> [精]</li>
<li><a href="/tieba/t-7781.html">零基础想考人工智能训练师，求推荐靠谱的机构</a></li>
<li><a href="/tieba/t-7815.html">【拼团】广州 人工智能训练师四级 线下班 差3人成团 1580/人</a></li>
<li><a href="/tieba/t-7830.html">三级实操部分有人考过吗？心里没底</a></li></ul>"""), False, None, None, [], "group board index")

add("/zhidao/index.html", "问一问 - 职业考证", qa("""
<h3>职业考证 分类</h3><ul>
<li><a href="/zhidao/q-0998.html">人工智能训练师证书怎么查真伪？</a></li>
<li><a href="/zhidao/q-1023.html">杭州哪里可以考人工智能训练师？大概多少钱？</a></li>
<li><a href="/zhidao/q-1047.html">深圳考人工智能训练师三级要多少钱？能补贴吗？</a></li>
<li><a href="/zhidao/q-1066.html">成都人工智能训练师四级哪里可以报名？</a></li></ul>"""), False, None, None, [], "Q&A index")

add("/bili/index.html", "知识区 · 职业职场 - 嘀哩嘀哩", vid("""
<h3>职业职场 热门</h3><ul>
<li><a href="/bili/video-BV1Rk4y1a7Qm.html">【人工智能训练师】三级实操全流程｜数据标注+模型测试</a> 小周AI训练营</li>
<li><a href="/bili/video-BV1Xq4y1P7sn.html">人工智能训练师证书到底有没有用？三分钟讲清楚</a> AI证书通</li>
<li><a href="/bili/video-BV1mT421c7Ee.html">北京考人工智能训练师｜周末班真实上课vlog</a> 海纳职教</li></ul>"""), False, None, None, [], "video list")

add("/jobs/index.html", "职来网 - 人工智能 相关职位", jobs("""
<h3>“人工智能”相关职位</h3><ul>
<li><a href="/jobs/job-5512.html">AI数据标注员（无经验可，带薪培训）</a> 广州 8-12K</li>
<li><a href="/jobs/job-5530.html">数据标注员 / AI训练师（包培训）</a> 武汉 6-9K</li>
<li><a href="/jobs/job-5547.html">AI训练师（实习，可转正）</a> 南京 4-6K</li></ul>"""), False, None, None, [], "job list")

add("/tuan/index.html", "惠邻团 - 学习培训", tuan("""
<h3>学习培训 · 附近好店</h3><ul>
<li><a href="/tuan/deal-881.html">新知教育(天河店)</a> AI训练师四级 ¥1580</li>
<li><a href="/tuan/deal-902.html">海纳AI训练营(朝阳大悦城店)</a> 四级周末班 ¥1780</li>
<li><a href="/tuan/deal-915.html">鑫航教育(西湖校区)</a> 四级考证班 ¥1999</li>
<li><a href="/tuan/deal-930.html">青禾职业技能(万达店)</a> 五级入门班 ¥899</li></ul>"""), False, None, None, [], "group-buy list")

add("/yp/index.html", "商通黄页 - 教育培训 企业名录", yp("""
<h3>教育培训 › 职业技能培训</h3><ul>
<li><a href="/yp/firm-20318.html">深圳市鼎信智联教育咨询有限公司</a></li>
<li><a href="/yp/firm-20455.html">武汉凯程职业技能培训学校</a></li>
<li><a href="/yp/firm-20519.html">郑州智博职业培训学校</a></li></ul>"""), False, None, None, [], "directory list")

add("/index.html", "职教导航 - 常用站点", """
<div class="wrap"><h1>职教导航</h1>
<h3>平台</h3><ul>
<li><a href="/mall/index.html">拼课多（课程商城）</a></li><li><a href="/tieba/index.html">知群 · 人工智能训练师考证交流组</a></li>
<li><a href="/zhidao/index.html">问一问</a></li><li><a href="/bili/index.html">嘀哩嘀哩 · 知识区</a></li>
<li><a href="/jobs/index.html">职来网</a></li><li><a href="/tuan/index.html">惠邻团</a></li>
<li><a href="/yp/index.html">商通黄页</a></li><li><a href="/news/index.html">东方晨讯</a></li>
<li><a href="/assoc/index.html">中智人才技能发展促进会</a></li></ul>
<h3>培训机构</h3><ul>
<li><a href="/youtu-ai/index.html">优途AI学院</a></li><li><a href="/hengda-edu/index.html">恒达职业技能培训学校</a></li>
<li><a href="/qiming-lp/index.html">启明AI职训</a></li><li><a href="/huaxia-zp/index.html">华夏智聘</a></li>
<li><a href="/xinzhi-px/index.html">新知职业培训学校</a></li><li><a href="/dingxin-ai/index.html">鼎信AI教育</a></li>
<li><a href="/rongke/index.html">融科教育</a></li><li><a href="/zhiyuan-lp/index.html">致远职训</a></li></ul>
<h3>官方渠道</h3><ul><li>技能人才评价工作网 osta.org.cn</li><li>人社服务热线 12333</li></ul></div>
""", False, None, None, [], "portal home")

# ================================================================ decoys: value -> how it is written
DECOYS = [
    # (kind, value, regexes searched in page source, description)
    ("phone", "12333", [r"(?<![0-9-])12333(?![0-9])"], "national HR hotline"),
    ("phone", "+8657112333", [r"0571-12333"], "Zhejiang HR hotline"),
    ("phone", "12345", [r"(?<![0-9])12345(?![0-9])"], "government service hotline"),
    ("phone", "96110", [r"(?<![0-9])96110(?![0-9])"], "anti-fraud hotline"),
    ("phone", "+8617095823641", [r"170 9582 3641", r"170-9582-3641", r"17095823641"], "scam number quoted in warnings and copied into sellers' notes"),
    ("wechat", "rsks-2024", [r"rsks-2024"], "scam wechat quoted in warnings"),
    ("domain", "zscx-osta.com.cn", [r"zscx-osta\.com\.cn"], "fake query site named in warnings"),
    ("domain", "osta.org.cn", [r"osta\.org\.cn"], "official query site"),
    ("domain", "mohrss.gov.cn", [r"mohrss\.gov\.cn"], "ministry site"),
    ("phone", "+8613800138000", [r"13800138000"], "form placeholder"),
    ("phone", "+864008267399", [r"400-826-7399"], "mall customer service"),
    ("email", "kefu@pinkeduo.com", [r"kefu@pinkeduo\.com"], "mall customer-service mail"),
    ("domain", "pinkeduo.com", [r"pinkeduo\.com"], "mall domain"),
    ("uscc", USCC_MALL, [USCC_MALL], "mall operator licence"),
    ("other", "拼课多（杭州）网络科技有限公司", [r"拼课多（杭州）网络科技有限公司"], "mall escrow payee"),
    ("phone", "+864001156272", [r"400-115-6272"], "group board customer service"),
    ("email", "jubao@zhiqun.net", [r"jubao@zhiqun\.net"], "group board report mail"),
    ("domain", "zhiqun.net", [r"zhiqun\.net"], "group board domain"),
    ("email", "help@wenyiwen.cn", [r"help@wenyiwen\.cn"], "Q&A site report mail"),
    ("domain", "wenyiwen.cn", [r"wenyiwen\.cn"], "Q&A site domain"),
    ("phone", "+864001170023", [r"400-117-0023"], "video site report line"),
    ("email", "jubao@dilidili.tv", [r"jubao@dilidili\.tv"], "video site report mail"),
    ("domain", "dilidili.tv", [r"dilidili\.tv"], "video site domain"),
    ("phone", "+864006693120", [r"400-669-3120"], "job site customer service"),
    ("domain", "zhilaiwang.com", [r"zhilaiwang\.com"], "job site domain"),
    ("phone", "+864006605218", [r"400-660-5218"], "group-buy customer service"),
    ("domain", "huilintuan.com", [r"huilintuan\.com"], "group-buy domain"),
    ("phone", "+8637155016688", [r"0371-55016688"], "directory advertising line"),
    ("domain", "shangtong-yp.com", [r"shangtong-yp\.com"], "directory domain"),
    ("phone", "+862162471100", [r"021-62471100"], "news hotline"),
    ("email", "jubao@dfchenxun.com", [r"jubao@dfchenxun\.com"], "news report mail"),
    ("domain", "dfchenxun.com", [r"dfchenxun\.com"], "news domain"),
    ("phone", "+864006901188", [r"400-690-1188"], "web builder credit"),
    ("domain", "yunzhanbao.cn", [r"yunzhanbao\.cn"], "web builder credit"),
    ("domain", "shangqiaoyun.com", [r"shangqiaoyun\.com"], "chat widget vendor"),
    ("domain", "163.com", [r"163\.com"], "free mail provider"),
    ("domain", "126.com", [r"126\.com"], "free mail provider"),
    ("uscc", USCC_YUEZHI, [USCC_YUEZHI], "third-party evaluation org cited by unrelated sellers"),
    ("other", SAMPLE_CERT, [SAMPLE_CERT], "sample certificate number on a copied template image"),
    ("other", "4102506113188440", [r"4102 5061 1318 8440"], "order number in a review"),
    ("other", "2025440301003927", [r"2025440301003927"], "admission-ticket number"),
    ("other", "KC-AI-0425", [r"KC-AI-0425"], "course number"),
    ("phone", "110", [r"拨打 110"], "police"),
]

OPERATORS = [
    ("U01", ["优途职教旗舰店", "优途AI学院", "启途职业培训"],
     "shop page -wechat- item page -phone- own site -qq- group-board reply"),
    ("U02", ["恒达职业技能培训学校", "鑫航教育", "鑫航教育(西湖校区)"],
     "school enrolment page -landline- Q&A answer -wechat- group-buy deal"),
    ("U03", ["小周AI训练营", "启明AI职训", "广州启明星途教育科技有限公司"],
     "video description -qq group- landing page -mobile- news advertorial"),
    ("U04", ["博学职培旗舰店", "华夏智聘", "华夏智聘(广州)人力资源"],
     "mall shop licence -uscc- recruiting site -email- job post"),
    ("U05", ["新知职业培训学校", "智汇新知", "新知教育(天河店)"],
     "school site -wechat- group-board 拼团 post -mobile- group-buy deal"),
    ("U06", ["中智人才技能发展促进会", "技能E站", "AI证书通"],
     "association notice -email- mall item -wechat- video description"),
    ("U07", ["鼎信AI教育", "深圳市鼎信智联教育咨询有限公司", "瑞思职业教育"],
     "landing page -400 number/domain- yellow-pages entry -mobile- Q&A answer"),
    ("U08", ["凯达教育专营店", "凯达人才服务", "武汉凯程职业技能培训学校"],
     "mall shop -qq- job post -payee bank account- yellow-pages entry"),
    ("U09", ["海纳职教", "海纳AI训练营(朝阳大悦城店)", "京华数智人才研究院"],
     "video description -wechat- group-buy deal -domain- news advertorial"),
]


def decoy_paths(pages_html):
    res = []
    for kind, value, pats, desc in DECOYS:
        paths = sorted(p for p, h in pages_html.items() if any(re.search(x, h) for x in pats))
        res.append({"kind": kind, "value": value, "paths": paths})
    return res


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for path, pg in PAGES.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(pg["html"])
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    pages = [{"path": p, "is_offer": g["is_offer"], "operator": g["operator"], "provider": g["provider"],
              "identifiers": g["identifiers"], "note": g["note"]} for p, g in sorted(PAGES.items())]
    truth = {
        "description": "Sealed labeled web 'operators-2026-12k': Chinese pages selling 人工智能训练师 certificate courses "
                       "on marketplaces, forums, Q&A, video, jobs, group-buy, directory, news and sellers' own sites, "
                       "labelled by the operator (business) behind each offer.",
        "pages": pages,
        "operators": [[o, {"brands": b, "ties": t}] for o, b, t in OPERATORS],
        "decoys": decoy_paths({p: g["html"] for p, g in PAGES.items()}),
    }
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    n_off = sum(1 for g in PAGES.values() if g["is_offer"])
    print(f"pages={len(PAGES)} offers={n_off} operators={len(OPERATORS)} decoys={len(truth['decoys'])}")


if __name__ == "__main__":
    main()
