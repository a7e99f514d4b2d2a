#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * k for c, k in zip(code8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]

U01_USCC = uscc("91140213", "MA0KB7Q3")
U03_USCC = uscc("91110108", "MA01XK5N")
U04_USCC = uscc("52140202", "MJ1029XT")
U05_USCC = uscc("91440802", "MA4W8C1E")

# ---------------------------------------------------------------- sites
SITES = {
 "dtzhixun": dict(name="大同智训职业培训学校", style="company",
   menu=["首页", "课程中心", "报名流程", "补贴政策", "联系我们"],
   footer=("大同智训职业培训学校 版权所有 | 地址：大同市平城区御河西路168号 | 电话：0352-5187726 | "
           "手机/微信：139 3521 0874 (dtzx_ai2026) | www.dtzhixun.com | 统一社会信用代码：" + U01_USCC)),
 "kehai": dict(name="课海网 · 职业技能课程", style="market",
   menu=["首页", "职业技能", "IT/AI", "考证", "商家入驻", "我的订单"],
   footer="课海网 客服热线 400-660-3215（9:00-21:00） | 客服邮箱 kf@kehaiwang.com | www.kehaiwang.com | 京ICP备18062211号"),
 "bbs": dict(name="大同生活网论坛", style="forum",
   menu=["论坛首页", "大同热议", "求职招聘", "教育培训", "二手市场", "站务"],
   footer="大同生活网论坛 站务交流QQ群：563201447 | 晋ICP备16002817号 | 违规信息请点举报"),
 "fenlei": dict(name="湛江百姓分类信息网", style="classifieds",
   menu=["首页", "招聘", "房产", "二手", "教育培训", "本地服务", "免费发布"],
   footer="湛江百姓分类信息网 客服：0759-2680100 | 粤ICP备17045128号-1 | 本站信息由网友发布，请谨慎交易，不要提前转账"),
 "wenda": dict(name="问答站", style="qa",
   menu=["首页", "教育", "职场", "考证", "我要提问"],
   footer="问答站 © 2026 | 举报邮箱：jubao@wendazhan.com | 回答内容仅代表网友个人观点"),
 "wx": dict(name="微文摘 · 公众号文章转载", style="wechat",
   menu=["首页", "教育", "职场", "本地", "辟谣"],
   footer="微文摘 www.wxwenzhai.com 转载文章版权归原公众号所有，如有侵权请联系删除"),
 "video": dict(name="快看短视频 网页版", style="video",
   menu=["推荐", "关注", "同城", "知识", "直播"],
   footer="快看短视频 网页版 | 用户协议 | 隐私政策 | 商务合作/客服邮箱：help@kkvideo.cn"),
 "news": dict(name="大同新闻网", style="news",
   menu=["首页", "本地", "民生", "教育", "财经", "专题"],
   footer="大同新闻网 新闻热线：0352-2109110 | 违法和不良信息举报 | 版权所有 未经授权禁止转载"),
 "rsj": dict(name="湛江市人力资源和社会保障局（信息公开）", style="gov",
   menu=["首页", "政务公开", "通知公告", "就业创业", "职业能力建设", "办事服务"],
   footer="主办：湛江市人力资源和社会保障局 | 人社服务热线：12333 | 网站标识码示例 | 粤ICP备05012345号"),
 "shop": dict(name="优品教育商城", style="shop",
   menu=["首页", "全部分类", "考证资料", "在线课程", "购物车"],
   footer="优品教育商城 客服电话 0571-86021735 | 支付由微信支付/支付宝提供，微信支付客服 95017 | 7天无理由仅限实物商品"),
 "blog": dict(name="简叶博客", style="blog",
   menu=["首页", "归档", "标签", "关于"],
   footer="简叶博客 · 个人写作平台 | 晋ICP备19004426号 | 博文观点仅代表作者"),
}

CSS = {
 "company": "body{font-family:sans-serif;margin:0}header{background:#0b4aa2;color:#fff;padding:10px}nav a{color:#fff;margin:0 8px}.wrap{display:flex}.main{flex:3;padding:12px}aside{flex:1;background:#f2f5fa;padding:10px}footer{background:#222;color:#ccc;padding:10px;font-size:12px}",
 "market": "body{font:14px Arial;margin:0}.top{background:#ff6a00;color:#fff;padding:6px}.nav a{margin:0 6px}.grid{display:grid;grid-template-columns:3fr 1fr}.price{color:#f40;font-size:22px}footer{border-top:1px solid #ddd;font-size:12px;color:#888}",
 "forum": "body{font:13px SimSun;background:#e8eef5}table.post{width:100%;border:1px solid #bcd}td.author{width:160px;background:#f5f8fb;vertical-align:top}.floor{color:#999}",
 "classifieds": "body{font:14px sans-serif}.hd{border-bottom:3px solid #2a8d3b}.info dt{float:left;width:80px;color:#666}.tip{background:#fff8e1;border:1px solid #fc6;padding:6px}",
 "qa": "body{font:15px sans-serif;max-width:900px;margin:auto}.q h1{font-size:20px}.ans{border-top:1px solid #eee;padding:10px 0}.best{border-left:3px solid #4caf50;padding-left:8px}",
 "wechat": "body{font:16px -apple-system;max-width:680px;margin:auto;color:#333}.meta{color:#576b95}.rich p{line-height:1.8}.src{color:#999;font-size:12px}",
 "video": "body{background:#161823;color:#eee;font:14px sans-serif}.player{background:#000;height:360px;text-align:center}.desc{padding:8px}.cmt{border-bottom:1px solid #333;padding:4px}",
 "news": "body{font:16px 'Microsoft YaHei'}.article h1{font-size:26px}.info{color:#888}.editor{text-align:right;color:#666}",
 "gov": "body{font:14px SimSun;background:#f5f5f5}.banner{background:#c00;color:#fff;padding:14px}.zw td{border:1px solid #ccc;padding:4px}.content{background:#fff;padding:20px}",
 "shop": "body{font:12px Arial}.sku{display:flex}.pic{width:300px;height:300px;background:#eee}.pr{color:#e4393c;font-size:24px}.tabs span{margin-right:12px}",
 "blog": "body{font:15px Georgia,serif;max-width:760px;margin:auto}.post-meta{color:#999}.comments li{margin:6px 0}",
}

PAGES = []
def page(path, title, body, is_offer=False, operator=None, provider=None, ids=(), note="", crumbs=None, related=()):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=is_offer, operator=operator,
                      provider=provider, ids=[list(x) for x in ids], note=note, crumbs=crumbs, related=list(related)))

def cm(items):
    return "<div class=\"comments\"><h3>网友评论</h3><ul>" + "".join(
        "<li class=\"cmt\"><b>%s</b>：%s</li>" % (a, b) for a, b in items) + "</ul></div>"

# ================================================================ U01 大同智训
U01P = ("phone", "+8613935210874"); U01W = ("wechat", "dtzx_ai2026"); U01L = ("phone", "03525187726")
U01D = ("domain", "dtzhixun.com"); U01U = ("uscc", U01_USCC)
FOOT01 = [U01L + ("0352-5187726",), U01P + ("139 3521 0874",), U01W + ("dtzx_ai2026",), U01D + ("www.dtzhixun.com",), U01U + (U01_USCC,)]
page("/dtzhixun/index.html", "大同智训职业培训学校-人工智能训练师|数据标注员培训考证",
 """<h1>人工智能训练师（4-04-05-05）五级/四级/三级 报名进行中</h1>
<p>大同智训职业培训学校是经平城区人社部门审批的民办职业培训学校，常年开设人工智能训练师（数据标注员、人工智能算法测试员）培训班。
2026年第二期周末班 6月开课，理论+实操，五级参考课时60，四级50，三级40。</p>
<p><b>热门推荐：</b>三级（高级工）零基础也能报，<b>考不过免费重学</b>，证书全国通用、人社部颁发、终身有效！</p>
<p>符合条件的参保职工取证后可申请技能提升补贴：五级1000元、四级1500元、三级2000元，<b>补贴后几乎免费</b>。</p>
<p>咨询报名：0352-5187726　手机同微信 139 3521 0874</p>
<p>证书可在 zscx.osta.org.cn 查询。</p>""",
 True, "U01", "大同智训职业培训学校", FOOT01, "U01 own training-school homepage; mixes real subsidy facts with 人社部颁发/零基础三级 claims",
 related=["/dtzhixun/course-l3.html"])
page("/dtzhixun/course-l3.html", "人工智能训练师三级(高级工)周末班 - 大同智训",
 """<h1>人工智能训练师 三级（高级工）周末班</h1>
<table><tr><td>学费</td><td>3980元（含教材、模拟题库、认定费）</td></tr>
<tr><td>课时</td><td>40课时，线下 + 线上直播回放</td></tr>
<tr><td>报考条件</td><td>不限学历、不限经验，有无四级证均可报（老师协助准备材料）</td></tr>
<tr><td>考核</td><td>理论考试 + 操作技能考核，各100分，60分合格</td></tr></table>
<p>五级+四级+三级三级连报立减1200元！名额有限，<b>包教包会，包拿证</b>。</p>
<p>课程顾问王老师：13935210874（微信同号），或加微信 dtzx_ai2026 备注“三级”。</p>
<p>证书查询：jndj.osta.org.cn / zscx.osta.org.cn</p>""",
 True, "U01", "大同智训职业培训学校",
 FOOT01 + [U01P + ("13935210874",)], "U01 course page: level-3 with no prerequisites, 三级连报, 包拿证",
 crumbs=[("首页", "/dtzhixun/index.html"), ("课程中心", "/dtzhixun/index.html")], related=["/dtzhixun/index.html"])
page("/kehai/item-2041.html", "【大同线下】人工智能训练师四级/三级考证班 云冈AI人才学院 - 课海网",
 """<h1>【大同线下】人工智能训练师四级/三级考证班</h1>
<p class="price">¥ 2680 起</p><p>商家：<b>云冈AI人才学院</b>　已售 312　好评率 96%</p>
<p>课程编号：KH2041-0352</p>
<h3>课程介绍</h3><p>新职业人工智能训练师，国家职业技能标准（2021年版），阿里巴巴牵头起草。我校与多家评价机构合作，考点就在大同本地，
四级、三级均可报考，零基础友好，平均通过率98%。学完推荐数据标注岗位实习。</p>
<h3>商家联系方式</h3><p>电话：139-3521-0874　座机：(0352)5187726（周一至周六）</p>""",
 True, "U01", "云冈AI人才学院", [U01P + ("139-3521-0874",), U01L + ("(0352)5187726",)],
 "U01 under brand 云冈AI人才学院 on the marketplace", crumbs=[("首页", "/kehai/index.html"), ("考证", "/kehai/index.html")])
page("/fenlei/ai-0352-1.html", "人工智能训练师证 大同可报 周末班 智训教育 - 湛江百姓分类信息网",
 """<h1>人工智能训练师证 大同/朔州/忻州可报 线上也可</h1>
<dl class="info"><dt>类别</dt><dd>教育培训-职业技能</dd><dt>区域</dt><dd>外地（大同）</dd><dt>联系人</dt><dd>智训教育 王老师</dd></dl>
<p>人工智能训练师五级四级三级，外地学员可线上学习、统一安排考试，证书人社可查。
加V：DTZX_AI2026（请注明来自百姓网）</p>""",
 True, "U01", "智训教育", [U01W + ("DTZX_AI2026",)], "U01 classified, tied only by WeChat (upper-cased)",
 crumbs=[("首页", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html")])

# ================================================================ U02 湛江启航 (scam)
U02P = ("phone", "+8618807591326"); U02Q = ("qq", "2874019365"); U02W = ("wechat", "qh_zj888")
page("/fenlei/ai-0759-2.html", "湛江人工智能训练师证 包过 人社部颁发 三级二级一级均可办 - 湛江百姓分类信息网",
 """<h1>湛江考人工智能训练师证，不用考试也能拿？来启航！</h1>
<dl class="info"><dt>类别</dt><dd>教育培训-职业资格</dd><dt>区域</dt><dd>赤坎区</dd><dt>联系人</dt><dd>湛江启航职业技能服务中心 李主任</dd></dl>
<p>国家职业资格证书 人工智能训练师，<b>人社部颁发，全国联网可查</b>，可挂靠，每年挂靠收入2-3万！</p>
<p>一级（高级技师）、二级（技师）零基础可直接报，不限学历不限年龄不限专业，<b>交费包过，免培训</b>，最快15天出证。</p>
<p>证书样本编号：S000044011926305000127（样本仅供参考）</p>
<p>考试地点：湛江市技师学院考点（前台 0759-3356120）</p>
<p>电话：188 0759 1326　V：qh_zj888</p>""",
 True, "U02", "湛江启航职业技能服务中心", [U02P + ("188 0759 1326",), U02W + ("qh_zj888",)],
 "U02 dishonest classified: 包过, 人社部颁发, 国家职业资格证书, 挂靠, level 1/2 to beginners",
 crumbs=[("首页", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html")])
page("/bbs/thread-89017.html", "【教育培训】人工智能训练师证书火热报名中，湛江大同均可 - 大同生活网论坛",
 """<table class="post"><tr><td class="author">启航教育小李<br>注册会员</td><td>
<p class="floor">楼主 发表于 2026-5-12</p>
<p>人工智能训练师是人社部认证的新职业！持证可申请补贴、积分落户、评职称。<br>
现在报名送AIGC证书，双证合一，<b>原价6800现价2980</b>。</p>
<p>想了解的加扣扣 QQ：2874019365 或直接打电话 18807591326（启航教育）</p></td></tr></table>""" +
 cm([("lily_zj0759", "我也想报，楼主加我微信 lily_zj0759"), ("老城根", "人社部颁发？现在都是评价机构发证吧，小心点。")]),
 True, "U02", "启航教育", [U02Q + ("2874019365",), U02P + ("18807591326",)],
 "U02 forum post: 人社部认证的新职业, 双证 bundle", crumbs=[("论坛首页", "/bbs/index.html"), ("教育培训", "/bbs/index.html")])
page("/wenda/q-1001.html", "湛江哪里可以考人工智能训练师证？要多少钱？ - 问答站",
 """<div class="q"><h1>湛江哪里可以考人工智能训练师证？要多少钱？</h1><p>本人在湛江做电商客服，想转数据标注，听说要有证。</p></div>
<div class="ans best"><p><b>南粤AI认证中心</b>（采纳答案）：</p>
<p>您好，我们是南粤AI认证中心，人工智能训练师一二三级都能办，全程不用到场，<b>百分百通过率</b>，证书全国通用，
本期批次号07592026031，报满即截止。价格私聊。扣扣 2874 019 365，电话 １８８ ０７５９ １３２６</p></div>
<div class="ans"><p><b>热心网友</b>：不用到场就发证的基本都是坑，去湛江人社局官网看看备案的评价机构，有疑问打12333。</p></div>""",
 True, "U02", "南粤AI认证中心", [U02Q + ("2874 019 365",), U02P + ("１８８ ０７５９ １３２６",)],
 "U02 Q&A answer: QQ with spaces, full-width phone, 百分百通过率", crumbs=[("首页", "/wenda/index.html"), ("考证", "/wenda/index.html")])
page("/video/v-7712.html", "人工智能训练师证书怎么拿？三天搞定！#考证 #人工智能 - 快看短视频",
 """<div class="player">[视频] 人工智能训练师证书三天搞定</div>
<div class="desc"><p>@启航考证说：90%小白都能拿到的证！人工智能训练师，国家认可，官方认证，免培训包通过 🔥
评论区扣1 或者 威信 QH_ZJ888 领取报考资料</p></div>""" +
 cm([("lily_zj0759", "1 已加，我微信 lily_zj0759 通过一下"), ("小鱼干", "三天拿证？骗子吧"), ("湛江阿强", "1")]),
 True, "U02", "启航考证说", [U02W + ("QH_ZJ888",)], "U02 short video: 免培训包通过, 威信 + upper-case WeChat",
 crumbs=[("推荐", "/video/index.html")])

# ================================================================ U03 中科智培 (online, 工信部 claims)
U03T = ("phone", "4008186627"); U03E = ("email", "zkzp_kf@163.com"); U03D = ("domain", "zkzhipei.cn"); U03U = ("uscc", U03_USCC)
page("/kehai/item-3310.html", "人工智能训练师（高级）工信部+人社双证 全程线上 中科智培 - 课海网",
 """<h1>人工智能训练师（高级）工信部+人社双证 全程线上</h1>
<p class="price">¥ 4980</p><p>商家：<b>中科智培</b>　已售 1.2万+</p>
<p>课程编号：15820461137</p>
<h3>课程介绍</h3><p>人工智能三级考试由国家工信部职业技能鉴定中心主办，学完即可获得双证：人工智能训练师职业技能等级证书 +
工信部人工智能应用工程师证书，官网可查、入库可查。职业技能等级证书直接对应职称证书。</p>
<p>报名热线：400-818-6627　官网：www.zkzhipei.cn</p>""",
 True, "U03", "中科智培", [U03T + ("400-818-6627",), U03D + ("www.zkzhipei.cn",)],
 "U03 marketplace listing: 工信部 authority claim, 直接对应职称; 11-digit course number looks like a mobile",
 crumbs=[("首页", "/kehai/index.html"), ("IT/AI", "/kehai/index.html")])
page("/wx/a-01.html", "重磅！2026年人工智能训练师报考通道开启，错过再等一年",
 """<p class="meta">原创 中科智培AI职业教育　2026-04-02 转载自公众号</p><div class="rich">
<p>人工智能训练师是人社部、工信部联合颁布标准的新职业。2026年起持证人员可享受国家级人才认定、个税抵扣、落户加分。</p>
<p>报考等级：五级至一级，<b>不限学历、不限专业，无门槛</b>。一次报名三个等级更优惠。</p>
<p>主办：中科智培(北京)教育科技有限公司（统一社会信用代码 """ + U03_USCC + """）</p>
<p>咨询热线：4008 186 627　邮箱：zkzp_kf@163.com</p></div><p class="src">本文转载自公众号，原文链接已失效</p>""",
 True, "U03", "中科智培(北京)教育科技有限公司", [U03T + ("4008 186 627",), U03E + ("zkzp_kf@163.com",), U03U + (U03_USCC,)],
 "U03 WeChat repost: 无门槛, three levels, 国家级", crumbs=[("首页", "/wx/index.html"), ("职场", "/wx/index.html")])
page("/shop/item-501.html", "人工智能训练师考证报名 高级工/技师 官方认证 AI训练师考证中心 - 优品教育商城",
 """<div class="sku"><div class="pic">证书样图</div><div><h1>人工智能训练师考证报名 高级工/技师 官方认证</h1>
<p class="pr">¥1980.00 <s>¥9999</s></p><p>店铺：AI训练师考证中心　月销 86</p>
<p>规格：三级（高级工） / 二级（技师） / 三级+二级套餐</p></div></div>
<div class="tabs"><span>商品详情</span><span>累计评价</span></div>
<p>拍下后请联系售后邮箱 ZKZP_KF@163.COM 提交身份证正反面、一寸照，官网 zkzhipei.cn 可查进度。</p>""",
 True, "U03", "AI训练师考证中心", [U03E + ("ZKZP_KF@163.COM",), U03D + ("zkzhipei.cn",)],
 "U03 shop item: price per certificate, 三级+二级套餐", crumbs=[("首页", "/shop/index.html"), ("考证资料", "/shop/index.html")])
page("/blog/p-4.html", "我是怎么半个月拿到人工智能训练师证的（经验分享）",
 """<p class="post-meta">作者：AI小陈　2026-03-18　标签：考证 人工智能</p>
<p>去年裸辞以后想转行做AI，朋友推荐了一家叫中科智培的机构，说是工信部背景。全程线上，半个月就出证了，真的很省心。</p>
<p>他们家老师说人工智能训练师证书是国家职业资格证书，以后评职称、落户都用得上。</p>
<p>想报名的可以直接打他们的热线 400 818 6627，报我名字（小陈）有优惠。公司全称查得到，统一社会信用代码 """ + U03_USCC + """。</p>""",
 True, "U03", "中科智培", [U03T + ("400 818 6627",), U03U + (U03_USCC,)],
 "U03 advertorial disguised as a blog experience post", crumbs=[("首页", "/blog/index.html"), ("归档", "/blog/index.html")])

# ================================================================ U04 鑫源 (honest-ish Datong school)
U04L = ("phone", "03522046718"); U04P = ("phone", "+8615034921587"); U04U = ("uscc", U04_USCC)
page("/bbs/thread-88121.html", "平城区鑫源培训学校 人工智能训练师五级/四级 补贴性培训招生 - 大同生活网论坛",
 """<table class="post"><tr><td class="author">鑫源培训郭老师<br>认证商家</td><td>
<p class="floor">楼主 发表于 2026-4-20</p>
<p>我校人工智能训练师（数据标注员方向）五级、四级班招生。五级需从事本职业或相关职业累计1年以上或经本职业学徒培训，四级需取得五级证书后4年等条件，
我们会帮大家核对，不符合的不收费。</p>
<p>参保满1年的职工取证后可按规定申请技能提升补贴（五级1000元、四级1500元），以人社部门审核为准，详细政策可拨打12333咨询。</p>
<p>证书由备案评价机构颁发，可在 osta.mohrss.gov.cn 技能人才评价工作网查询。</p>
<p>报名：150 3492 1587（郭老师）　学校电话 0352-2046718</p></td></tr></table>""" +
 cm([("大同打工人", "这家我去年考过五级，确实要审核工作年限的。")]),
 True, "U04", "鑫源培训", [U04P + ("150 3492 1587",), U04L + ("0352-2046718",)],
 "U04 honest forum post: correct eligibility and subsidy anchors", crumbs=[("论坛首页", "/bbs/index.html"), ("教育培训", "/bbs/index.html")])
page("/fenlei/ai-0352-3.html", "大同市平城区鑫源职业培训学校 人工智能训练师招生 - 湛江百姓分类信息网",
 """<h1>人工智能训练师（五级/四级）周末班 大同平城区</h1>
<dl class="info"><dt>类别</dt><dd>教育培训-职业技能</dd><dt>区域</dt><dd>外地（大同）</dd><dt>联系人</dt><dd>郭老师</dd></dl>
<p>大同市平城区鑫源职业培训学校，办学许可证齐全，统一社会信用代码：""" + U04_USCC + """。
学费以物价备案为准，认定费另计。按国家职业技能标准（2021年版）授课，理论+实操。</p>
<p>咨询电话：（0352）2046718</p>""",
 True, "U04", "大同市平城区鑫源职业培训学校", [U04L + ("（0352）2046718",), U04U + (U04_USCC,)],
 "U04 classified with full-width parentheses landline and USCC (52 = 民办非企业)", crumbs=[("首页", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html")])
page("/wx/a-02.html", "鑫源职业培训学校：2026年人工智能训练师补贴性培训报名通知",
 """<p class="meta">鑫源职业培训学校　2026-05-06</p><div class="rich">
<p>根据大同市职业技能提升行动安排，我校开设人工智能训练师五级、四级培训班，每班30人。</p>
<p>报名条件：初中及以上学历，五级需相关工作满1年；四级需持五级证书并满足工作年限。</p>
<p>在线报名表：https://jinshuju.net/f/Xy7aQ2（金数据）</p>
<p>联系人：郭老师 15034921587。办学单位统一社会信用代码：""" + U04_USCC + """</p></div><p class="src">来源：鑫源职业培训学校公众号 转载</p>""",
 True, "U04", "鑫源职业培训学校", [U04P + ("15034921587",), U04U + (U04_USCC,)],
 "U04 WeChat notice using a form tool (jinshuju)", crumbs=[("首页", "/wx/index.html"), ("本地", "/wx/index.html")])

# ================================================================ U05 湛江智标 (data-annotation company)
U05P = ("phone", "+8613692457703"); U05E = ("email", "zbxt@zhibiaoxt.com"); U05D = ("domain", "zhibiaoxt.com"); U05U = ("uscc", U05_USCC)
page("/kehai/item-3578.html", "数据标注员/人工智能训练师五级 实操训练营（湛江） 智标学堂 - 课海网",
 """<h1>数据标注员 / 人工智能训练师五级 实操训练营</h1>
<p class="price">¥ 1280</p><p>商家：<b>智标学堂</b>　已售 209</p>
<h3>课程介绍</h3><p>由湛江本地数据标注公司开设，60课时，图像框选、语音转写、文本分类实操。结课后可报名五级认定（需满足工作年限或学徒培训条件），
优秀学员可留用标注岗位。不承诺包过。</p>
<p>联系：136 9245 7703　详情见 zhibiaoxt.com</p>""",
 True, "U05", "智标学堂", [U05P + ("136 9245 7703",), U05D + ("zhibiaoxt.com",)],
 "U05 honest marketplace listing", crumbs=[("首页", "/kehai/index.html"), ("IT/AI", "/kehai/index.html")])
page("/wenda/q-1002.html", "做数据标注需要人工智能训练师证吗？ - 问答站",
 """<div class="q"><h1>做数据标注需要人工智能训练师证吗？</h1></div>
<div class="ans best"><p><b>湛江智标数据科技</b>：</p><p>不是必须，但有五级证书在部分企业有加分。人工智能训练师有数据标注员和人工智能算法测试员两个工种。
我们公司在湛江有标注训练营，结课可以推荐参加五级认定。简历可发 zbxt@zhibiaoxt.com，或电话 13692457703。</p></div>
<div class="ans"><p><b>匿名用户</b>：标注岗门槛不高，证书不是关键，先练手速。</p></div>""",
 True, "U05", "湛江智标数据科技", [U05P + ("13692457703",), U05E + ("zbxt@zhibiaoxt.com",)],
 "U05 Q&A answer inviting enrolment", crumbs=[("首页", "/wenda/index.html"), ("职场", "/wenda/index.html")])
page("/video/v-7730.html", "一天标注3000张图是什么体验 #数据标注 #人工智能训练师 - 快看短视频",
 """<div class="player">[视频] 湛江标注基地日常</div>
<div class="desc"><p>@智标学堂：带你看看数据标注员的一天。想学的可以报我们的五级训练营，官网 www.zhibiaoxt.com ，
简历投 ZBXT@zhibiaoxt.com</p></div>""" + cm([("椰风", "湛江哪个区的？"), ("智标学堂", "霞山区，官网有地址")]),
 True, "U05", "智标学堂", [U05D + ("www.zhibiaoxt.com",), U05E + ("ZBXT@zhibiaoxt.com",)],
 "U05 short video", crumbs=[("推荐", "/video/index.html")])
page("/shop/item-505.html", "人工智能训练师五级 数据标注实操课 湛江线下 - 优品教育商城",
 """<div class="sku"><div class="pic">课程封面</div><div><h1>人工智能训练师五级 数据标注实操课（湛江线下）</h1>
<p class="pr">¥1280.00</p><p>店铺：湛江智标数据科技有限公司</p></div></div>
<p>营业执照信息：湛江智标数据科技有限公司，统一社会信用代码 """ + U05_USCC + """。课程咨询 136-9245-7703。</p>""",
 True, "U05", "湛江智标数据科技有限公司", [U05U + (U05_USCC,), U05P + ("136-9245-7703",)],
 "U05 shop item with USCC", crumbs=[("首页", "/shop/index.html"), ("在线课程", "/shop/index.html")])

# ================================================================ U06 华智 (scam, level 1/2, 挂靠)
U06W = ("wechat", "hz_pingjia01"); U06P = ("phone", "+8617535906622"); U06O = ("other", "北京华智国培科技有限公司")
page("/video/v-7745.html", "人工智能训练师一级高级技师 挂靠年入3万 #副业 - 快看短视频",
 """<div class="player">[视频] 一证在手 躺赚3万</div>
<div class="desc"><p>@华智人才评价中心：人工智能训练师一级（高级技师）零基础可报！国家紧缺人才，证书可挂靠企业，每年躺赚3万。
原价9999限时999，加微 HZ_pingjia01 或电话 175 3590 6622。支付遇到问题可联系微信支付客服95017。</p></div>""" +
 cm([("lily_zj0759", "真的假的，加我 lily_zj0759"), ("路人甲", "高级技师要二级证加4年，零基础怎么报？")]),
 True, "U06", "华智人才评价中心", [U06W + ("HZ_pingjia01",), U06P + ("175 3590 6622",)],
 "U06 short video: level 1 to beginners, 挂靠 income", crumbs=[("推荐", "/video/index.html")])
page("/shop/item-502.html", "人工智能训练师 二级技师 一级高级技师 直接出证 国培人工智能研究院 - 优品教育商城",
 """<div class="sku"><div class="pic">证书样图</div><div><h1>人工智能训练师 二级技师/一级高级技师 直接出证</h1>
<p class="pr">¥3600.00/本</p><p>店铺：国培人工智能研究院</p></div></div>
<p>不培训直接发证，全国联网可查，样本编号 S000044011926305000127。对公转账收款方：北京华智国培科技有限公司。</p>
<p>客服手机 17535906622</p>""",
 True, "U06", "国培人工智能研究院", [U06P + ("17535906622",), U06O + ("北京华智国培科技有限公司",)],
 "U06 shop: 不培训直接发证, price per certificate, payee name", crumbs=[("首页", "/shop/index.html"), ("考证资料", "/shop/index.html")])
page("/blog/p-1.html", "2026人工智能训练师报名入口（官方）",
 """<p class="post-meta">作者：人工智能训练师报名处　2026-02-27</p>
<p>人工智能训练师报名入口已开通！一级、二级、三级均可报名，无需工作年限，证书人社部颁发。</p>
<p>报名咨询微信：hz_pingjia01。缴费请转至收款账户：北京华智国培科技有限公司（请勿转给个人）。</p>""" +
 cm([("游客", "这不是官方的吧？官方是评价机构。")]),
 True, "U06", "人工智能训练师报名处", [U06W + ("hz_pingjia01",), U06O + ("北京华智国培科技有限公司",)],
 "U06 blog post posing as official entry", crumbs=[("首页", "/blog/index.html")])

# ================================================================ U07 云冈数据标注 (QQ based)
U07Q = ("qq", "3160528874"); U07G = ("qq_group", "817346025"); U07P = ("phone", "+8615635218890")
page("/bbs/thread-88305.html", "招数据标注员 在家可做 送人工智能训练师证 - 大同生活网论坛",
 """<table class="post"><tr><td class="author">云冈数据标注基地<br>新手上路</td><td>
<p class="floor">楼主 发表于 2026-5-2</p>
<p>大同本地数据标注项目，在家电脑可做，日结。先参加岗前培训（收培训费680元，含人工智能训练师五级报名），培训完包分配任务。</p>
<p>感兴趣的加群：817346025，或打 156 3521 8890</p></td></tr></table>""" +
 cm([("三晋小白", "先交钱再派单？求资料 QQ1063357281"), ("大同老王", "这种先收培训费的多半是套路")]),
 True, "U07", "云冈数据标注基地", [U07G + ("817346025",), U07P + ("156 3521 8890",)],
 "U07 forum: job lure + training fee + certificate", crumbs=[("论坛首页", "/bbs/index.html"), ("求职招聘", "/bbs/index.html")])
page("/fenlei/ai-0352-4.html", "兼职数据标注 送证 大同云标科技 - 湛江百姓分类信息网",
 """<h1>兼职数据标注员 全国可做 送人工智能训练师证</h1>
<dl class="info"><dt>类别</dt><dd>招聘-兼职</dd><dt>区域</dt><dd>全国</dd><dt>联系人</dt><dd>大同云标科技 张经理</dd></dl>
<p>岗前培训后上岗，培训合格送人工智能训练师证书（国家认可）。联系 15635218890，QQ 3160528874</p>""",
 True, "U07", "大同云标科技", [U07P + ("15635218890",), U07Q + ("3160528874",)],
 "U07 classified", crumbs=[("首页", "/fenlei/index.html"), ("招聘", "/fenlei/index.html")])
page("/wenda/q-1003.html", "在家做数据标注兼职靠谱吗？ - 问答站",
 """<div class="q"><h1>在家做数据标注兼职靠谱吗？要先交培训费</h1></div>
<div class="ans"><p><b>云标小助手</b>：靠谱的，我们云标基地正规公司，培训费包含证书费用，学完就有单。加Q 3160528874 或进群 817 346 025</p></div>
<div class="ans best"><p><b>过来人</b>：要先交钱的兼职慎重。</p></div>""" +
 cm([("求带", "求资料 QQ1063357281")]),
 True, "U07", "云标", [U07Q + ("3160528874",), U07G + ("817 346 025",)],
 "U07 Q&A answer", crumbs=[("首页", "/wenda/index.html"), ("职场", "/wenda/index.html")])

# ================================================================ U08 湛江职教通 (1+X, agency)
U08P = ("phone", "+8613827140956"); U08W = ("wechat", "zjzjt_0759"); U08L = ("phone", "07593371265")
page("/fenlei/ai-0759-5.html", "人工智能训练师+1+X证书 双证报名 粤西职教报名中心 - 湛江百姓分类信息网",
 """<h1>人工智能训练师 + 1+X 人工智能数据处理证书 双证报名</h1>
<dl class="info"><dt>类别</dt><dd>教育培训-学历/证书</dd><dt>区域</dt><dd>霞山区</dd><dt>联系人</dt><dd>粤西职教报名中心</dd></dl>
<p>在校生、社会人员均可报。考点：湛江市技师学院考点（前台 0759-3356120），报名请找我们代办，勿直接打考点电话。</p>
<p>手机 138 2714 0956　微信 zjzjt_0759</p>""",
 True, "U08", "粤西职教报名中心", [U08P + ("138 2714 0956",), U08W + ("zjzjt_0759",)],
 "U08 classified selling a 1+X certificate after the 2025 transfer (suspect)", crumbs=[("首页", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html")])
page("/wx/a-03.html", "湛江职教通｜2026年人工智能训练师认定报名指南",
 """<p class="meta">湛江职教通　2026-05-20</p><div class="rich">
<p>人工智能训练师属于职业技能等级证书，由备案评价机构颁发，可在技能人才评价工作网查询。</p>
<p>本期批次号07592026031，考点湛江市技师学院考点。报名材料：身份证、学历证明、工作年限证明。代办服务费另收。</p>
<p>咨询：ZJZJT_0759（微信）　办公室 0759-3371265</p></div><p class="src">来源：湛江职教通 公众号</p>""",
 True, "U08", "湛江职教通", [U08W + ("ZJZJT_0759",), U08L + ("0759-3371265",)],
 "U08 WeChat guide with agency fee; batch number is not a phone", crumbs=[("首页", "/wx/index.html"), ("本地", "/wx/index.html")])
page("/news/n-03.html", "新职业带动新就业 湛江职教通助力青年考取人工智能训练师证 - 大同新闻网",
 """<div class="article"><h1>新职业带动新就业 湛江职教通助力青年考取人工智能训练师证</h1>
<p class="info">2026-05-22　来源：合作稿件</p>
<p>近年来，人工智能训练师成为热门新职业。据新华社报道，2025年上海人工智能训练师认定1.63万人次、发证1.09万本。
湛江职教通负责人表示，今年已为数百名学员提供报名服务。</p>
<p>报名咨询：0759 3371265、13827140956。</p><p class="editor">（责任编辑：刘敏）</p></div>""",
 True, "U08", "湛江职教通", [U08L + ("0759 3371265",), U08P + ("13827140956",)],
 "U08 paid advertorial on a news site", crumbs=[("首页", "/news/index.html"), ("教育", "/news/index.html")])

# ================================================================ U09 青柠 (online AIGC bundle)
U09W = ("wechat", "qingning_ai"); U09E = ("email", "service@qnaixs.com"); U09D = ("domain", "qnaixs.com"); U09P = ("phone", "+8619903527781")
page("/kehai/item-4420.html", "AI训练师+AIGC双证 零基础50节课 青柠AI学社 - 课海网",
 """<h1>AI训练师 + AIGC应用 双证课程 零基础50节</h1>
<p class="price">¥ 2980 <s>¥ 9999</s></p><p>商家：<b>青柠AI学社</b>　已售 3421</p>
<h3>课程介绍</h3><p>零基础可学，拿到证书便可升职加薪。结课赠送生成式人工智能证书（人社部颁发）。</p>
<p>售后：service@qnaixs.com　官网 qnaixs.com</p>""",
 True, "U09", "青柠AI学社", [U09E + ("service@qnaixs.com",), U09D + ("qnaixs.com",)],
 "U09 marketplace: AIGC bundle, 人社部颁发 misattribution", crumbs=[("首页", "/kehai/index.html"), ("IT/AI", "/kehai/index.html")])
page("/video/v-7781.html", "原价9999 限时99 AI训练师入门 #AI #副业 - 快看短视频",
 """<div class="player">[视频] 小白也能学会的AI训练师</div>
<div class="desc"><p>@柠檬智学：90%小白都能学会！原价9999限时99体验课，结课可报人工智能训练师+AIGC证书。
私信或加 qingning_ai ，电话 199 0352 7781</p></div>""" + cm([("阿May", "99之后还要交多少？")]),
 True, "U09", "柠檬智学", [U09W + ("qingning_ai",), U09P + ("199 0352 7781",)],
 "U09 short video: 原价9999限时99", crumbs=[("推荐", "/video/index.html")])
page("/shop/item-503.html", "青柠AI学社 人工智能训练师+AIGC 双证课 - 优品教育商城",
 """<div class="sku"><div class="pic">课程海报</div><div><h1>人工智能训练师+AIGC 双证课</h1>
<p class="pr">¥598.00</p><p>店铺：青柠AI学社</p></div></div>
<p>4小时速成，交费包过。拍下后加班主任微信 Qingning_AI，电话 19903527781，学习平台 www.qnaixs.com</p>""",
 True, "U09", "青柠AI学社", [U09W + ("Qingning_AI",), U09P + ("19903527781",), U09D + ("www.qnaixs.com",)],
 "U09 shop: 4小时速成, 交费包过", crumbs=[("首页", "/shop/index.html"), ("在线课程", "/shop/index.html")])

# ================================================================ Independents
page("/wx/a-04.html", "晋北职业技术学院继续教育学院2026年人工智能训练师社会培训招生简章",
 """<p class="meta">晋北职业技术学院继续教育学院　2026-03-30</p><div class="rich">
<p>我院面向社会开展人工智能训练师（五级、四级）培训，按《人工智能训练师国家职业技能标准（2021年版）》组织教学。
报名者需满足标准规定的申报条件，我院不承诺通过。认定由备案评价机构组织，证书可在 zscx.osta.org.cn 查询。</p>
<p>网上报名：https://jinshuju.net/f/Jb2026ai　咨询电话：0352-6093512　邮箱：jxjy@jbzy.edu.cn</p>
<p>政策咨询可拨打12333。</p></div><p class="src">来源：晋北职业技术学院继续教育学院 公众号</p>""",
 True, "I01", "晋北职业技术学院继续教育学院", [("phone", "03526093512", "0352-6093512"), ("email", "jxjy@jbzy.edu.cn", "jxjy@jbzy.edu.cn")],
 "I01 honest college enrolment repost", crumbs=[("首页", "/wx/index.html"), ("教育", "/wx/index.html")])
page("/fenlei/ai-0759-6.html", "人工智能训练师 一对一辅导 湛江 陈老师 - 湛江百姓分类信息网",
 """<h1>人工智能训练师 理论+实操 一对一辅导（湛江）</h1>
<dl class="info"><dt>类别</dt><dd>家教/辅导</dd><dt>区域</dt><dd>麻章区</dd><dt>联系人</dt><dd>陈老师</dd></dl>
<p>本人持人工智能训练师三级证书，辅导数据标注、模型测试实操，200元/次。只辅导，不代报名，不卖证。电话 134 2268 1937</p>""",
 True, "I02", "陈老师", [("phone", "+8613422681937", "134 2268 1937")], "I02 individual tutor", crumbs=[("首页", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html")])
page("/kehai/item-4102.html", "人工智能训练师四级 理论题库精讲 数标课堂 - 课海网",
 """<h1>人工智能训练师四级 理论题库精讲（录播）</h1>
<p class="price">¥ 199</p><p>商家：<b>数标课堂</b>　已售 867</p>
<h3>课程介绍</h3><p>覆盖四级认定要素：基本要求、数据采集和处理、数据标注、智能系统运维。只讲课，不含报名与证书。答疑微信 sbkt2026</p>""",
 True, "I03", "数标课堂", [("wechat", "sbkt2026", "sbkt2026")], "I03 exam-prep course, honest", crumbs=[("首页", "/kehai/index.html"), ("考证", "/kehai/index.html")])
page("/shop/item-504.html", "人工智能训练师三级 认定真题模拟卷 电子版 - 优品教育商城",
 """<div class="sku"><div class="pic">资料封面</div><div><h1>人工智能训练师三级 模拟卷 + 报考辅导</h1>
<p class="pr">¥39.90</p><p>店铺：AI考证资料铺</p></div></div>
<p>下单后填写收货信息（手机号格式如 13800138000，邮箱如 123456@qq.com）。资料发送及报考答疑 QQ：1598823407</p>""",
 True, "I04", "AI考证资料铺", [("qq", "1598823407", "1598823407")], "I04 study-material seller with exam coaching", crumbs=[("首页", "/shop/index.html"), ("考证资料", "/shop/index.html")])
page("/bbs/thread-89240.html", "湛江海湾人力资源 企业员工人工智能训练师内训（可开票） - 大同生活网论坛",
 """<table class="post"><tr><td class="author">海湾人力<br>认证商家</td><td>
<p class="floor">楼主 发表于 2026-5-28</p>
<p>面向企业客户承接人工智能训练师五级、四级员工内训，按标准授课，认定环节由企业自主评价或备案机构组织。外地企业也可合作。
联系湛江海湾人力资源服务有限公司 0759-2218845</p></td></tr></table>""",
 True, "I05", "湛江海湾人力资源服务有限公司", [("phone", "07592218845", "0759-2218845")], "I05 B2B training offer", crumbs=[("论坛首页", "/bbs/index.html"), ("教育培训", "/bbs/index.html")])
page("/video/v-7790.html", "人工智能训练师五级备考 三个月上岸 #学习 - 快看短视频",
 """<div class="player">[视频] 我的五级备考笔记</div>
<div class="desc"><p>@晓雯讲AI：整理了五级理论和实操要点，想跟我的直播课一起学的加 xiaowen_ai ，课程 99 元，不包过哦。</p></div>""",
 True, "I06", "晓雯讲AI", [("wechat", "xiaowen_ai", "xiaowen_ai")], "I06 creator's paid live class", crumbs=[("推荐", "/video/index.html")])

# ================================================================ Non-offers
page("/bbs/thread-89502.html", "【曝光】交了2980的人工智能训练师“包过班”，现在人联系不上了 - 大同生活网论坛",
 """<table class="post"><tr><td class="author">被坑的小张<br>中级会员</td><td>
<p class="floor">楼主 发表于 2026-6-2</p>
<p>在课海网买的，课程编号15820461137（后来才发现根本不是那家卖的，是对方发链接让我另外转账）。对方自称人社部授权，电话 176 1209 3385，
微信 pjzx_kaozheng，交钱以后就拉黑了。已经打了12315投诉，大家千万别信“包过”。</p></td></tr></table>""" +
 cm([("版主", "已加精，提醒大家：证书请到 zscx.osta.org.cn 查询。"), ("路过", "骗子号码 17612093385 我也接到过")]),
 note="complaint post quoting a scammer's phone/WeChat and a course number", crumbs=[("论坛首页", "/bbs/index.html"), ("大同热议", "/bbs/index.html")])
page("/wenda/q-1004.html", "人工智能训练师证书怎么查真伪？ - 问答站",
 """<div class="q"><h1>人工智能训练师证书怎么查真伪？</h1></div>
<div class="ans best"><p><b>人社小百科</b>：职业技能等级证书由备案的评价机构颁发，编号一般是1位大写字母加21位数字。
可登录技能人才评价证书全国联网查询 zscx.osta.org.cn，证书上也会印 jndj.osta.org.cn。查不到或有疑问拨打12333。
别信“人社部颁发”“包过”，遇到虚假宣传可以打12315。</p></div>""",
 note="guide answer: how to verify a certificate", crumbs=[("首页", "/wenda/index.html"), ("考证", "/wenda/index.html")])
page("/wx/a-05.html", "警惕！这些“山寨证书”别再上当了",
 """<p class="meta">某地人社发布　2026-04-15　转载</p><div class="rich">
<p>人社部等部门开展技术技能类“山寨证书”专项治理，严禁“包过”“不培训直接发证”。人工智能训练师证书属于职业技能等级证书，由备案评价机构颁发，
政府部门不参与监制，“人社部颁发”的说法不实。</p>
<p>近期有市民反映，自称“评价中心”的人员以 176 1209 3385、微信 pjzx_kaozheng 招揽报名后失联。请通过 osta.mohrss.gov.cn 核实机构，咨询请拨12333。</p></div>""",
 note="official-style warning repost quoting scam contacts", crumbs=[("首页", "/wx/index.html"), ("辟谣", "/wx/index.html")])
page("/news/n-02.html", "警惕“人工智能训练师包过班”骗局 市民被骗2980元 - 大同新闻网",
 """<div class="article"><h1>警惕“人工智能训练师包过班”骗局 市民被骗2980元</h1>
<p class="info">2026-06-05　记者 赵婧</p>
<p>近日，市民张先生反映，其通过网络报名人工智能训练师“包过班”，向对方转账2980元后被拉黑。对方使用的手机号为17612093385。
市场监管部门提醒，培训广告不得作出通过考试、取得证书的保证性承诺，消费者可拨打12315投诉；证书真伪可登录 zscx.osta.org.cn 查询，
政策咨询请拨打12333。</p><p class="editor">（责任编辑：刘敏）</p></div>""",
 note="news warning quoting the scam number", crumbs=[("首页", "/news/index.html"), ("民生", "/news/index.html")])
page("/rsj/notice-01.html", "关于开展2026年人工智能训练师等职业技能等级认定工作的通知",
 """<div class="content"><h1>关于开展2026年人工智能训练师等职业技能等级认定工作的通知</h1>
<table class="zw"><tr><td>发布机构</td><td>市职业技能鉴定指导中心</td><td>发布日期</td><td>2026-04-08</td></tr></table>
<p>各有关单位：经备案的评价机构将于2026年6月组织人工智能训练师（4-04-05-05）五级至三级认定。考点：湛江市技师学院考点，考点前台 0759-3356120（仅受理考务咨询，不受理报名）。</p>
<p>证书查询：zscx.osta.org.cn；评价机构名单见 osta.mohrss.gov.cn。本单位从未委托任何中介代办报名，咨询电话12333。</p></div>""",
 note="人社-style notice: exam venue front desk, official sites", crumbs=[("首页", "/rsj/index.html"), ("通知公告", "/rsj/index.html")])
page("/rsj/notice-02.html", "职业技能提升补贴申领指南（2026年版）",
 """<div class="content"><h1>职业技能提升补贴申领指南（2026年版）</h1>
<p>参保职工取得职业技能等级证书的，可按规定申领技能提升补贴：五级1000元、四级1500元、三级2000元；二级、一级不在此项补贴范围。</p>
<p>2026年第3批次审核批次号07592026031，请于7月31日前提交。咨询电话：12333。</p></div>""",
 note="subsidy guide; batch number shaped like a landline", crumbs=[("首页", "/rsj/index.html"), ("就业创业", "/rsj/index.html")])
page("/blog/p-2.html", "大同两日游：云冈石窟、华严寺和一碗刀削面",
 """<p class="post-meta">作者：简叶　2026-05-01</p><p>五一去了大同，云冈石窟人很多，建议早上八点前入园。古城墙夜景很美……</p>""" +
 cm([("旅行的猫", "收藏了！")]), note="unrelated travel post", crumbs=[("首页", "/blog/index.html")])

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "hotline", "人社 public service hotline"),
 ("phone", "12315", ["12315"], "hotline", "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official_site", "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official_site", "技能人才评价工作网"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official_site", "query URL printed on certificates"),
 ("phone", "4006603215", ["400-660-3215"], "platform_footer", "课海网 customer-service line in every footer"),
 ("email", "kf@kehaiwang.com", ["kf@kehaiwang.com"], "platform_footer", "课海网 customer-service e-mail"),
 ("domain", "kehaiwang.com", ["www.kehaiwang.com"], "platform_footer", "marketplace's own domain"),
 ("qq_group", "563201447", ["563201447"], "platform_footer", "forum's own 站务 QQ group"),
 ("phone", "07592680100", ["0759-2680100"], "platform_footer", "classifieds site's customer service"),
 ("other", "粤ICP备17045128号-1", ["粤ICP备17045128号-1"], "platform_footer", "classifieds site's ICP number"),
 ("email", "jubao@wendazhan.com", ["jubao@wendazhan.com"], "platform_footer", "Q&A site's report e-mail"),
 ("domain", "wxwenzhai.com", ["www.wxwenzhai.com"], "platform_footer", "WeChat-repost site's domain"),
 ("email", "help@kkvideo.cn", ["help@kkvideo.cn"], "platform_footer", "video platform's service e-mail"),
 ("phone", "057186021735", ["0571-86021735"], "platform_footer", "shop platform's customer service"),
 ("phone", "03522109110", ["0352-2109110"], "platform_footer", "news site's news hotline"),
 ("other", "晋ICP备19004426号", ["晋ICP备19004426号"], "platform_footer", "blog platform's ICP number"),
 ("other", "晋ICP备16002817号", ["晋ICP备16002817号"], "platform_footer", "forum's ICP number"),
 ("phone", "+8617612093385", ["176 1209 3385", "17612093385"], "warning_quote", "scammer's phone quoted in complaint, warning and news"),
 ("wechat", "pjzx_kaozheng", ["pjzx_kaozheng"], "warning_quote", "scammer's WeChat quoted in complaint and warning"),
 ("phone", "+8615820461137", ["15820461137"], "number_not_contact", "marketplace course number shaped like a mobile"),
 ("other", "S000044011926305000127", ["S000044011926305000127"], "number_not_contact", "sample certificate number copied by two sellers"),
 ("phone", "07592026031", ["07592026031"], "number_not_contact", "subsidy/exam batch number shaped like a landline"),
 ("phone", "+8613800138000", ["13800138000"], "placeholder", "template placeholder phone"),
 ("email", "123456@qq.com", ["123456@qq.com"], "placeholder", "template placeholder e-mail"),
 ("wechat", "lily_zj0759", ["lily_zj0759"], "reader_comment", "a reader's own WeChat left in comments under two sellers"),
 ("qq", "1063357281", ["1063357281"], "reader_comment", "a reader's QQ in comments"),
 ("phone", "07593356120", ["0759-3356120"], "third_party", "exam venue front desk"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third_party", "form tool used by several sellers"),
 ("phone", "95017", ["95017"], "third_party", "WeChat Pay customer service"),
]

# ---------------------------------------------------------------- index pages and frame
SITE_ORDER = ["dtzhixun", "kehai", "bbs", "fenlei", "wenda", "wx", "video", "news", "rsj", "shop", "blog"]
def site_of(p): return p.split("/")[1]

INDEX_INTRO = {
 "kehai": "职业技能、IT/AI、考证课程，一站式学习平台。以下为“人工智能训练师”相关课程：",
 "bbs": "教育培训版块 · 帖子列表（发广告请到商家专区，违规删除）",
 "fenlei": "湛江教育培训/招聘信息，免费发布！发布时请填写真实电话，格式如 13800138000，邮箱如 123456@qq.com。",
 "wenda": "考证相关热门问题",
 "wx": "精选公众号文章转载",
 "video": "搜索结果：人工智能训练师",
 "news": "本地新闻 · 教育 · 民生",
 "rsj": "通知公告",
 "shop": "搜索“人工智能训练师”的商品",
 "blog": "最新博文",
}
for s in SITE_ORDER:
    if s == "dtzhixun":
        continue
    items = [p for p in PAGES if site_of(p["path"]) == s]
    lis = "".join('<li><a href="%s">%s</a></li>' % (p["path"], p["title"].split(" - ")[0]) for p in items)
    page("/%s/index.html" % s, SITES[s]["name"], "<h1>%s</h1><p>%s</p><ul class=\"list\">%s</ul>" % (SITES[s]["name"], INDEX_INTRO[s], lis),
         note="site index page of %s" % s)

def render(p):
    s = site_of(p["path"]); S = SITES[s]; st = S["style"]
    idx = "/%s/index.html" % s
    menu = "".join('<a href="%s">%s</a>' % (idx, m) for m in S["menu"])
    crumbs = p["crumbs"] or [("首页", idx)]
    bc = " &gt; ".join('<a href="%s">%s</a>' % (u, t) for t, u in crumbs) + " &gt; <span>%s</span>" % p["title"].split(" - ")[0][:24]
    siblings = [q for q in PAGES if site_of(q["path"]) == s and q["path"] != p["path"] and not q["path"].endswith("index.html")][:6]
    side = "".join('<li><a href="%s">%s</a></li>' % (q["path"], q["title"].split(" - ")[0][:22]) for q in siblings)
    rel = "".join('<li><a href="%s">%s</a></li>' % (u, u) for u in p["related"])
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s</title><style>%s</style></head>\n<body class=\"%s\">"
            "<header><div class=\"logo\"><a href=\"%s\">%s</a></div><nav class=\"nav\">%s</nav></header>\n"
            "<div class=\"breadcrumb\"><a href=\"/index.html\">导航</a> &gt; %s</div>\n"
            "<div class=\"wrap grid\"><div class=\"main\">%s</div>\n<aside><h4>%s</h4><ul>%s</ul>%s</aside></div>\n"
            "<footer>%s</footer></body></html>\n") % (
        p["title"], CSS[st], st, idx, S["name"], menu, bc, p["body"],
        {"company": "热门课程", "market": "看了又看", "forum": "相关帖子", "classifieds": "相关信息", "qa": "相关问题",
         "wechat": "相关阅读", "video": "猜你喜欢", "news": "相关新闻", "gov": "相关公告", "shop": "店铺推荐", "blog": "近期文章"}[st],
        side, ('<h4>相关链接</h4><ul>%s</ul>' % rel) if rel else "", S["footer"])

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "site")
    if os.path.exists(out):
        shutil.rmtree(out)
    html = {}
    for p in PAGES:
        html[p["path"]] = render(p)
    hub = "".join('<li><a href="/%s/index.html">%s</a></li>' % (s, SITES[s]["name"]) for s in SITE_ORDER)
    html["/index.html"] = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网址导航</title></head><body>"
                           "<h1>网址导航 · 人工智能训练师一周搜索（大同/湛江）</h1><ul>%s</ul></body></html>\n" % hub)
    for path, text in html.items():
        fp = os.path.join(out, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(out, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub page linking every site's index")]
    for p in sorted(PAGES, key=lambda x: x["path"]):
        pages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                          identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _w in p["ids"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, cat, why in DECOYS:
        pg = sorted(path for path, t in html.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pg, category=cat, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(here, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
