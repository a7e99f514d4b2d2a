#!/usr/bin/env python3
"""Generate a small labeled web of 人工智能训练师 certificate sellers.
Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10

def make_uscc(head, region, org8):
    s = sum(_orgval(c) * w for c, w in zip(org8, W_ORG))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = head + region + org8 + oc
    assert len(body) == 17 and all(ch in ALPHA for ch in body), body
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(body, W18)) % 31
    return body + ALPHA[0 if r == 31 else r]

USCC = {
    "U01": make_uscc("52", "130203", "MJ1C4K7N"),   # 民办非企业: 唐山智训职业技能培训学校
    "U02": make_uscc("91", "441302", "MA4W8P2D"),   # 惠州鹏程技能培训有限公司
    "U03": make_uscc("91", "110108", "MA01R7H3"),   # 中科国培(北京)教育科技有限公司
    "U04": make_uscc("91", "110105", "MA02B6T8"),   # "华夏职业技能人才测评中心" but a 91 company
    "U05": make_uscc("91", "130209", "MA0G5L1Q"),   # 唐山冀智科技有限公司
    "U08": make_uscc("52", "130202", "MJ0Y3E68"),   # 唐山冀北职业技能培训学校
}

# ---------------------------------------------------------------- sites
SITES = {
 "tsxz": dict(name="唐山智训职业技能培训学校", style="training-company site",
   menu=["首页", "学校概况", "培训项目", "新闻动态", "联系我们"],
   footer="唐山智训职业技能培训学校 版权所有 | 地址：唐山市路北区建设北路华岩大厦6层 | 电话：0315-2856731 | tszhixun.com | 冀ICP备20011873号-1"),
 "hzjn": dict(name="惠州鹏程技能培训有限公司", style="training-company site",
   menu=["网站首页", "关于鹏程", "课程中心", "补贴政策", "在线报名"],
   footer="惠州鹏程技能培训有限公司 © hzpengcheng.cn | 惠州市惠城区江北文昌一路9号华贸大厦B座1108 | 咨询：0752-2361588 | 粤ICP备21034517号"),
 "ke": dict(name="学课网", style="course marketplace",
   menu=["首页", "职业技能", "IT互联网", "考证专区", "企业培训", "我的课程"],
   footer="学课网 xueke360.cn | 客服热线 400-820-6612（9:00-21:00）| 客服邮箱 service@xueke360.cn | 京ICP备17045213号-1 | 平台仅提供信息展示，课程由入驻机构提供"),
 "shop": dict(name="优选好物商城", style="online shop",
   menu=["首页", "分类", "教育培训", "数码", "家居", "购物车"],
   footer="优选好物商城 www.youxuan-shop.cn | 平台客服在线时间 9:00-22:00 | 支付问题请联系支付宝客服 95188 | 沪ICP备18026614号"),
 "bbs": dict(name="考证人论坛", style="forum",
   menu=["论坛首页", "职业技能区", "IT认证区", "避坑曝光", "灌水区"],
   footer="考证人论坛 bbs.kaozhengren.net | 版友交流QQ群：615204738 | 站务联系 admin@kaozhengren.net | 发帖内容仅代表作者观点"),
 "fenlei": dict(name="百业分类网", style="classifieds",
   menu=["唐山站", "惠州站", "招聘", "二手", "教育培训", "免费发布"],
   footer="百业分类网 © 2016-2025 | 冀ICP备19028735号-2 | 警惕：先交费再上课需谨慎，请核实对方资质"),
 "wenda": dict(name="问问看", style="Q&A",
   menu=["首页", "问题广场", "教育", "职场", "我要提问"],
   footer="问问看 wenwenkan.com | 违法和不良信息举报：jubao@wenwenkan.com | 回答仅供参考"),
 "mp": dict(name="微文摘", style="WeChat-article reposts",
   menu=["推荐", "教育", "职场", "科技", "本地"],
   footer="微文摘 wxzhuanzai.com 转载自微信公众平台，版权归原作者 | 投稿/删稿 tougao@wxzhuanzai.com"),
 "dou": dict(name="抖点短视频 网页版", style="short-video pages",
   menu=["推荐", "关注", "同城", "知识", "直播"],
   footer="抖点 网页版 | 违法和不良信息举报电话：010-58291126 | 网络文化经营许可证 京网文〔2021〕0937-220号"),
 "news": dict(name="今日唐山网", style="local news",
   menu=["首页", "本地", "民生", "教育", "财经", "专题"],
   footer="今日唐山网 | 新闻热线：0315-2701234 | 违法和不良信息举报 | 冀ICP备13009512号"),
 "rsj": dict(name="唐山市人力资源和社会保障局", style="人社局-style notice site",
   menu=["首页", "政务公开", "通知公告", "政策解读", "办事服务", "互动交流"],
   footer="主办：唐山市人力资源和社会保障局 | 人社服务热线：12333 | 地址：唐山市路北区光明北里 | 技能人才证书查询：zscx.osta.org.cn"),
}

# per-site frame (own markup style)
def frame(sk, title, crumbs, body, related):
    s = SITES[sk]
    menu = "".join('<a href="index.html">%s</a>' % m for m in s["menu"])
    crumb = ' &gt; '.join(['<a href="../index.html">导航</a>', '<a href="index.html">%s</a>' % s["name"]] + crumbs)
    rel = "".join('<li><a href="%s">%s</a></li>' % (h, t) for h, t in related)
    if sk in ("bbs",):
        layout = ('<table class="bm"><tr><td class="plc">{body}</td></tr></table>'
                  '<div class="bm_side"><h3>同版块热帖</h3><ul>{rel}</ul></div>')
    elif sk in ("dou",):
        layout = ('<div class="video-wrap"><div class="player">[视频播放器]</div>{body}</div>'
                  '<div class="rec-list"><h4>相关推荐</h4><ul>{rel}</ul></div>')
    elif sk in ("ke", "shop"):
        layout = ('<div class="detail">{body}</div>'
                  '<div class="side-box"><h4>看了又看</h4><ul>{rel}</ul></div>')
    elif sk in ("mp",):
        layout = ('<div class="rich_media">{body}</div>'
                  '<div class="more"><h4>往期推荐</h4><ul>{rel}</ul></div>')
    else:
        layout = ('<div class="content">{body}</div>'
                  '<div class="sidebar"><h4>相关链接</h4><ul>{rel}</ul></div>')
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            '<title>{t} - {n}</title></head>\n<body class="{sk}">\n'
            '<div class="header"><span class="logo">{n}</span></div>\n<div class="nav">{menu}</div>\n'
            '<div class="crumbs">{crumb}</div>\n{lay}\n<div class="footer">{foot}</div>\n</body></html>\n'
            ).format(t=title, n=s["name"], sk=sk, menu=menu, crumb=crumb,
                     lay=layout.format(body=body, rel=rel), foot=s["footer"])

P = []  # pages
def page(path, title, body, op=None, provider=None, ids=(), note="", offer=True):
    P.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                  provider=provider, identifiers=[list(x) for x in ids], note=note))

def ph(m):
    return "+86" + m

# ================================================================ U01 唐山智训 (honest)
page("/tsxz/ai-course.html", "人工智能训练师（四级/三级）职业技能等级认定培训招生简章", f"""
<h1>人工智能训练师（四级/三级）培训招生简章</h1>
<p>职业编码：4-04-05-05，工种：数据标注员 / 人工智能算法测试员。依据《人工智能训练师国家职业技能标准(2021年版)》组织培训，考核由经人社部门备案的评价机构实施，我校负责培训与报名组织。</p>
<h2>报考条件</h2><p>四级：取得五级证书后从事本职业4年，或累计从事本职业6年，或相关专业技工院校毕业生。三级：取得四级证书后从事本职业5年等。<b>不符合条件的我们不收。</b></p>
<h2>费用</h2><p>四级培训费1680元，三级1980元（含教材、实操平台账号），认定费按评价机构收费标准另行缴纳。参保满一年的学员取证后可自行申领失业保险技能提升补贴（四级最高1500元、三级最高2000元），以人社部门审核为准。</p>
<h2>考核地点</h2><p>唐山工业职业技术学院考点（考点前台 0315-3023500，仅受理考场事务，不受理报名）。</p>
<p>证书样式：证书编号如 S000013000016255000128（样例），可在 jndj.osta.org.cn 或 zscx.osta.org.cn 查询。</p>
<h2>报名咨询</h2><p>招生办：0315-2856731　王老师：138-3155-6072<br>官网：tszhixun.com<br>办学许可及统一社会信用代码：{USCC['U01']}</p>
<p>政策咨询可拨打人社服务热线12333。</p>""",
     "U01", "唐山智训职业技能培训学校",
     [("phone", "03152856731", "0315-2856731"), ("phone", ph("13831556072"), "138-3155-6072"),
      ("domain", "tszhixun.com", "tszhixun.com"), ("uscc", USCC["U01"], USCC["U01"])],
     "training school's own enrolment page, honest, eligibility stated")

page("/ke/course-1101.html", "【智训教育】人工智能训练师四级直播+实操班 60课时", """
<h1>【智训教育】人工智能训练师四级 直播+实操班</h1>
<div class="price">¥1680 <s>¥2280</s> 已有 312 人报名</div>
<ul><li>课时：60课时（理论30%+实操70%）</li><li>适合：从事数据标注、客服质检等相关工作满一定年限的学员</li><li>服务：报名审核、模拟题库、线下实操（唐山）</li></ul>
<div class="seller"><h3>机构信息</h3><p>智训教育（唐山）｜ 认证机构 ｜ 好评率 98%</p>
<p>课程顾问王老师 138 3155 6072（微信同号），微信号 zhixun_ts，添加请备注"学课网"。</p></div>
<div class="enrol">报名表示例：邮箱请填写如 name@example.com</div>""",
     "U01", "智训教育",
     [("phone", ph("13831556072"), "138 3155 6072"), ("wechat", "zhixun_ts", "zhixun_ts")],
     "marketplace listing of U01 under its short brand")

page("/fenlei/ts-2231.html", "唐山 人工智能训练师 数据标注员 考证培训 周末班", """
<h1>唐山 人工智能训练师/数据标注员 考证培训 周末班</h1>
<table class="info"><tr><td>区域</td><td>唐山-路北区</td></tr><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>联系人</td><td>王老师</td></tr></table>
<p>冀东AI训练营，周末小班，五级/四级均可报名，报名需审核工作年限。学完可参加评价机构组织的认定。</p>
<p>加V信：ZhiXun_TS（电话请在V信获取）</p>
<div class="form">我要咨询：手机号 <input placeholder="如13800138000"></div>""",
     "U01", "冀东AI训练营", [("wechat", "zhixun_ts", "ZhiXun_TS")],
     "classified ad of U01 under another brand, only WeChat shown")

page("/mp/ts-article.html", "唐山人注意！人工智能训练师报名季来了，这些条件先看清", """
<h1>唐山人注意！人工智能训练师报名季来了，这些条件先看清</h1>
<p class="meta">原创 唐山智训 唐山智训职教 2025-10-12</p>
<p>人工智能训练师是2020年人社部等部门发布的新职业，证书属于职业技能等级证书，由备案的评价机构颁发，不是"国家职业资格证书"，也不是"人社部颁发"。报考五级需从事相关工作满一年。</p>
<p>本期四级班11月开课，名额30人。报名电话 0315 2856731，更多课程见 www.tszhixun.com 。</p>
<p>证书查询请认准 zscx.osta.org.cn。</p>""",
     "U01", "唐山智训", [("phone", "03152856731", "0315 2856731"), ("domain", "tszhixun.com", "www.tszhixun.com")],
     "WeChat repost by U01's own account, honest guide plus enrolment")

# ================================================================ U02 惠州鹏程 (honest)
page("/hzjn/ai-trainer.html", "人工智能训练师五级/四级培训（可申领技能提升补贴）", f"""
<h1>人工智能训练师（五级/四级）培训</h1>
<p>我司为惠州市职业技能培训机构，开设人工智能训练师（4-04-05-05）培训，考核由备案评价机构在惠州城市职业学院考点实施（考点电话 0752-2529800，仅咨询考场）。</p>
<h3>收费</h3><p>五级1280元，四级1580元。参保满1年可按规定申领技能提升补贴（五级≤1000元、四级≤1500元）。我们不承诺通过率。</p>
<h3>证书</h3><p>样证编号 S000013000016255000128，可在 jndj.osta.org.cn 查询。</p>
<h3>联系我们</h3><p>电话：0752-2361588 / 13690833415　邮箱：pengcheng_hz@163.com　网址：hzpengcheng.cn</p>
<p>统一社会信用代码：{USCC['U02']}</p>""",
     "U02", "惠州鹏程技能培训有限公司",
     [("phone", "07522361588", "0752-2361588"), ("phone", ph("13690833415"), "13690833415"),
      ("email", "pengcheng_hz@163.com", "pengcheng_hz@163.com"), ("domain", "hzpengcheng.cn", "hzpengcheng.cn"),
      ("uscc", USCC["U02"], USCC["U02"])],
     "company's own course page, honest, subsidy correctly bounded")

page("/shop/item-2041.html", "鹏程职训 人工智能训练师五级 报名定金 惠州线下班", """
<h1>鹏程职训 人工智能训练师五级 报名定金（惠州线下班）</h1>
<div class="price">定金 ¥200 　月销 46</div>
<p>店铺：鹏程职训旗舰店</p>
<p>拍下后请联系客服确认报名资格（需从事相关工作满1年）。客服手机 136-9083-3415，QQ 2851736640。</p>
<p>订单号示例：202510230018836</p>""",
     "U02", "鹏程职训旗舰店",
     [("phone", ph("13690833415"), "136-9083-3415"), ("qq", "2851736640", "2851736640")],
     "shop listing (deposit) of U02")

page("/dou/v-7781.html", "鹏程AI学堂：数据标注员到底做什么？", """
<h1>数据标注员到底做什么？人工智能训练师五级了解一下</h1>
<p class="author">@鹏程AI学堂 · 惠州</p>
<p class="desc">#人工智能训练师 #惠州考证 想系统学的宝子私信，或者加Q：2851736640，资料发邮箱 pengcheng_hz#163.com（#换成@）</p>
<div class="comments"><p>网友A：有补贴吗？</p><p>作者回复：参保满一年可以申请，具体以人社审核为准。</p></div>""",
     "U02", "鹏程AI学堂",
     [("qq", "2851736640", "2851736640"), ("email", "pengcheng_hz@163.com", "pengcheng_hz#163.com")],
     "short-video page of U02")

page("/wenda/q-5512.html", "惠州哪里可以考人工智能训练师？", """
<h1>惠州哪里可以考人工智能训练师？</h1><p class="q">在仲恺上班，做了两年标注，想考个四级。</p>
<div class="answer"><b>鹏程老师</b>（认证机构）：<p>您做了两年标注可以先报五级或核对四级条件。我们在江北有四级班，12月开课，电话0752 2361588，报名前会先审核资料。</p></div>
<div class="answer"><b>路人甲</b>：<p>建议先去 zscx.osta.org.cn 查一下机构发的证能不能查到。</p></div>""",
     "U02", "鹏程老师", [("phone", "07522361588", "0752 2361588")],
     "Q&A answer soliciting enrolment for U02")

# ================================================================ U03 国培考评 (scam)
page("/ke/course-1107.html", "人工智能训练师三级 国家职业资格证书 包过班 人社部颁发", f"""
<h1>人工智能训练师三级（高级工）包过班</h1>
<div class="price">¥3980 <s>¥9999</s> 限时特惠</div>
<ul><li>零基础、不限学历、不限经验，免培训直接考</li><li>人社部颁发国家职业资格证书，全国通用，官网可查：www.gpzx-ai.cn</li><li>三级、二级、一级可同时报，一次拿三证</li><li>不过全额退款，百分百通过</li></ul>
<div class="seller"><p>国培人工智能考评中心　全国统一咨询 400-617-7235</p><p>主办单位统一社会信用代码 {USCC['U03']}</p></div>
<p>报名登记：jinshuju.net/f/gpkp25</p>
<div class="enrol">报名表示例：邮箱请填写如 name@example.com</div>""",
     "U03", "国培人工智能考评中心",
     [("phone", "4006177235", "400-617-7235"), ("domain", "gpzx-ai.cn", "www.gpzx-ai.cn"), ("uscc", USCC["U03"], USCC["U03"])],
     "scam: 包过, 人社部颁发, three levels at once, fake query site")

page("/bbs/thread-30215.html", "【干货】人工智能训练师证书怎么拿？过来人告诉你", """
<h1>【干货】人工智能训练师证书怎么拿？过来人告诉你</h1>
<div class="post"><div class="author">楼主：证书小能手</div><p>找了国培的老师，7天拿证，还是国家认可的高级证书，可以挂靠公司每年拿补贴。需要的直接加微信 gpkp2025 或打 4006 177 235，说是论坛来的有优惠。</p></div>
<div class="post"><div class="author">2楼 唐山小李</div><p>真的假的？我也想考，我微信 lily_0315ts 有经验的带带</p></div>
<div class="post"><div class="author">3楼 老司机</div><p>7天拿高级证？先去 zscx.osta.org.cn 查查再说吧</p></div>""",
     "U03", "国培", [("wechat", "gpkp2025", "gpkp2025"), ("phone", "4006177235", "4006 177 235")],
     "spam forum post advertising U03; 2楼 is a reader's own WeChat")

page("/fenlei/hz-5871.html", "惠州 人工智能训练师证 快速拿证 全国通用 可挂靠", """
<h1>惠州 人工智能训练师证 快速拿证 全国通用 可挂靠</h1>
<table class="info"><tr><td>区域</td><td>惠州-惠城区</td></tr><tr><td>联系人</td><td>林老师（中科国培）</td></tr></table>
<p>不用上课，资料齐全15天出证，国家职业资格，入库可查。挂靠年入2万+。报名加微信 GPKP2025 或扣扣 3308817265。</p>
<div class="form">我要咨询：手机号 <input placeholder="如13800138000"></div>""",
     "U03", "中科国培", [("wechat", "gpkp2025", "GPKP2025"), ("qq", "3308817265", "3308817265")],
     "classified scam ad of U03: 免培训, 挂靠")

page("/dou/v-8812.html", "原价9999 限时99！AI训练师证书速成", """
<h1>原价9999 限时99！AI训练师证书 90%小白都能拿</h1>
<p class="author">@AI证书老师小林</p>
<p class="desc">零基础可学，交费包过，拿证升职加薪。课程咨询QQ：3308817265；尾款请转对公 收款方：中科国培(北京)教育科技有限公司</p>
<div class="comments"><p>网友：99是定金吧？后面还要交多少？</p></div>""",
     "U03", "AI证书老师小林",
     [("qq", "3308817265", "3308817265"), ("other", "中科国培(北京)教育科技有限公司", "中科国培(北京)教育科技有限公司")],
     "short-video scam ad of U03 with payee name")

# ================================================================ U04 华夏测评 (scam)
page("/mp/hx-article.html", "人工智能训练师三证合一，国家职业资格，最后一期！", f"""
<h1>人工智能训练师三证合一，国家职业资格，最后一期！</h1>
<p class="meta">华夏职业技能人才测评中心 2025-11-02 转载</p>
<p>本中心颁发的人工智能训练师证书为国家职业资格证书，人社部认证的新职业，同时赠送"AI工程师"证和"数据分析师"证，三证同报仅需4800元。</p>
<p>职业技能等级证书直接对应职称证书，落户积分加分。</p>
<p>咨询：177 3352 0918（微信 hxjn0918）</p>
<p>机构代码：{USCC['U04']}</p>""",
     "U04", "华夏职业技能人才测评中心",
     [("phone", ph("17733520918"), "177 3352 0918"), ("wechat", "hxjn0918", "hxjn0918"), ("uscc", USCC["U04"], USCC["U04"])],
     "WeChat repost scam ad of U04: 国家职业资格 misdescribed, bundle, 91 code with 中心 name")

page("/wenda/q-5620.html", "人工智能训练师证书哪里报名靠谱？", """
<h1>人工智能训练师证书哪里报名靠谱？</h1><p class="q">想考个证加薪，网上太多了，不知道哪家靠谱。</p>
<div class="answer"><b>职场小白兔</b>：<p>我在华夏技能报的，三证一起拿，很快，加他们老师 HXJN0918 就行。</p></div>
<div class="answer"><b>阿峰</b>：<p>楼上广告吧。我电话 15130571186，有同样被坑的联系我一起投诉。</p></div>""",
     "U04", "华夏技能", [("wechat", "hxjn0918", "HXJN0918")],
     "Q&A planted answer for U04; second answer is a reader's own phone")

page("/shop/item-2077.html", "人工智能训练师 高级 证书办理 全国可查", """
<h1>人工智能训练师 高级/技师 证书办理 全国可查</h1>
<div class="price">¥2680/本 　二本同报立减600</div>
<p>店铺：华夏测评证书服务店</p>
<p>无需考试，提供身份证照片即可，30个工作日出证。联系电话 17733520918，资料发送 hxjnpc@qq.com</p>""",
     "U04", "华夏测评证书服务店",
     [("phone", ph("17733520918"), "17733520918"), ("email", "hxjnpc@qq.com", "hxjnpc@qq.com")],
     "shop listing selling certificates per copy, no exam")

# ================================================================ U05 冀智数据 (honest employer)
page("/fenlei/ts-2287.html", "曹妃甸 数据标注员招聘+人工智能训练师五级培训", """
<h1>曹妃甸 数据标注员招聘（含人工智能训练师五级培训）</h1>
<table class="info"><tr><td>区域</td><td>唐山-曹妃甸区</td></tr><tr><td>联系人</td><td>赵经理</td></tr></table>
<p>曹妃甸数据标注基地招标注员，入职满一年公司统一组织报考人工智能训练师五级，培训费公司承担一半（个人承担680元）。本期认定批次号 13020251206，考试地点另行通知。</p>
<p>电话 159-3156-6208；员工群 QQ群：738291045</p>
<div class="form">我要咨询：手机号 <input placeholder="如13800138000"></div>""",
     "U05", "曹妃甸数据标注基地",
     [("phone", ph("15931566208"), "159-3156-6208"), ("qq_group", "738291045", "738291045")],
     "employer's classified: job + level-5 training, honest")

page("/bbs/thread-30388.html", "曹妃甸冀智数据 人工智能训练师五级 内部班开放少量社会名额", """
<h1>冀智数据 人工智能训练师五级 开放少量社会名额</h1>
<div class="post"><div class="author">楼主：冀智数据HR</div><p>我们是做数据标注的企业，内部五级培训班开放10个社会名额，需有一年以上标注或相关工作经历，费用1360元。进群了解：Q群 738 291 045，简历请发 jizhi_data@126.com。</p></div>
<div class="post"><div class="author">2楼 游客</div><p>支持一下，这种企业办的比那些包过的靠谱。</p></div>""",
     "U05", "冀智数据",
     [("qq_group", "738291045", "738 291 045"), ("email", "jizhi_data@126.com", "jizhi_data@126.com")],
     "forum post by U05 HR")

page("/news/ad-jizhi.html", "唐山冀智科技：在曹妃甸培养“人工智能训练师”", f"""
<h1>唐山冀智科技：在曹妃甸培养"人工智能训练师"</h1><p class="src">来源：企业供稿 2025-09-18</p>
<p>在曹妃甸区的一栋写字楼里，上百名数据标注员正在为自动驾驶模型标注图像。唐山冀智科技有限公司负责人介绍，公司每年组织员工参加人工智能训练师职业技能等级认定，今年起面向社会招收学员。</p>
<p>报名咨询：15931566208（赵经理）。企业统一社会信用代码 {USCC['U05']}。</p>""",
     "U05", "唐山冀智科技有限公司",
     [("phone", ph("15931566208"), "15931566208"), ("uscc", USCC["U05"], USCC["U05"])],
     "advertorial (企业供稿) on a news site inviting enrolment")

# ================================================================ U06 启睿/大亚湾智能学院 (dishonest)
page("/ke/course-1115.html", "零基础直通 人工智能训练师二级（技师）周末班", """
<h1>零基础直通 人工智能训练师二级（技师）</h1>
<div class="price">¥5800 分期0首付</div>
<ul><li>不限学历、不限年龄、无门槛，零基础也能报二级技师</li><li>补贴后几乎免费！</li><li>考点：惠州城市职业学院考点（0752-2529800）</li></ul>
<div class="seller"><p>大亚湾智能学院 招生热线 180 2346 9571</p><p>学费请转：收款户名 惠州启睿教育咨询有限公司</p></div>
<div class="enrol">报名表示例：邮箱请填写如 name@example.com</div>""",
     "U06", "大亚湾智能学院",
     [("phone", ph("18023469571"), "180 2346 9571"), ("other", "惠州启睿教育咨询有限公司", "惠州启睿教育咨询有限公司")],
     "misleading: level 2 to beginners, subsidy for level 2")

page("/wenda/q-5688.html", "没有工作经验能考人工智能训练师技师吗？", """
<h1>没有工作经验能考人工智能训练师技师吗？</h1><p class="q">应届生，想直接考二级。</p>
<div class="answer"><b>启睿教育-李老师</b>：<p>可以的，我们有绿色通道，材料我们帮您准备。联系18023469571或加微信dyw_ai88。</p></div>
<div class="answer"><b>考证人</b>：<p>二级要三级证加多年工作年限，所谓绿色通道就是造假材料。</p></div>""",
     "U06", "启睿教育",
     [("phone", ph("18023469571"), "18023469571"), ("wechat", "dyw_ai88", "dyw_ai88")],
     "Q&A answer by U06 offering a 'green channel'")

page("/dou/v-9023.html", "大亚湾AI考证：技师证一次拿下", """
<h1>技师证一次拿下！人工智能训练师二级</h1>
<p class="author">@大亚湾AI考证</p>
<p class="desc">不限专业不限年龄，跟着学就能过。私信或V：DYW_AI88</p>
<div class="comments"><p>lily_0315ts：唐山能报吗？</p><p>作者：全国都可以</p></div>""",
     "U06", "大亚湾AI考证", [("wechat", "dyw_ai88", "DYW_AI88")],
     "short-video ad of U06; commenter is a reader")

# ================================================================ U07 考证通 (scam, no training)
page("/mp/zw-article.html", "AI时代最值钱的证！人工智能训练师，挂靠年入3万", """
<h1>AI时代最值钱的证！人工智能训练师，挂靠年入3万</h1>
<p class="meta">智能未来学院 2025-08-30</p>
<p>工信部职业技能鉴定中心主办，免培训直接发证，国家认可、官方认证。证书可挂靠企业，每年轻松躺赚3万。</p>
<p>在线报名：jinshuju.net/f/aizw88 ；官网 aixlskz.com ；邮箱 kaozheng@aixlskz.com</p>""",
     "U07", "智能未来学院",
     [("domain", "aixlskz.com", "aixlskz.com"), ("email", "kaozheng@aixlskz.com", "kaozheng@aixlskz.com")],
     "scam: 工信部 branding, 免培训直接发证, 挂靠 income")

page("/bbs/thread-30402.html", "人工智能训练师 不用考试 直接出证 需要的私", """
<h1>人工智能训练师 不用考试 直接出证 需要的私</h1>
<div class="post"><div class="author">楼主：AI训练师考证通</div><p>初级到高级都有，包过，全国联网可查。v：aixls_kz 企鹅：1927364058</p></div>
<div class="post"><div class="author">2楼 版主</div><p>已举报。这类帖子大家别信，遇到可拨打12315投诉。</p></div>""",
     "U07", "AI训练师考证通",
     [("wechat", "aixls_kz", "aixls_kz"), ("qq", "1927364058", "1927364058")],
     "forum spam by U07")

page("/shop/item-2093.html", "人工智能训练师证书 代报名 全程无忧", """
<h1>人工智能训练师证书 代报名 全程无忧</h1>
<div class="price">¥1999 　月销 120+</div>
<p>店铺：考证通证书服务</p>
<p>无需到场、无需培训，证书官网 www.aixlskz.com 可查。售后QQ 1927364058。</p>""",
     "U07", "考证通证书服务",
     [("qq", "1927364058", "1927364058"), ("domain", "aixlskz.com", "www.aixlskz.com")],
     "shop listing of U07")

# ================================================================ U08 冀北人才 (honest agency)
page("/fenlei/ts-2302.html", "冀北人才评价服务 人工智能训练师四级报名 唐山", """
<h1>人工智能训练师四级报名（唐山）</h1>
<table class="info"><tr><td>区域</td><td>唐山-路南区</td></tr><tr><td>联系人</td><td>孙老师</td></tr></table>
<p>冀北人才评价服务中心受理人工智能训练师四级培训报名，资格审核后参加认定。考点：唐山工业职业技术学院（前台0315-3023500）。</p>
<p>电话：0315-5267788　手机：135 0325 0317</p>
<div class="form">我要咨询：手机号 <input placeholder="如13800138000"></div>""",
     "U08", "冀北人才评价服务中心",
     [("phone", "03155267788", "0315-5267788"), ("phone", ph("13503250317"), "135 0325 0317")],
     "classified ad of U08")

page("/wenda/q-5701.html", "唐山人工智能训练师四级认定什么时候考？", """
<h1>唐山人工智能训练师四级认定什么时候考？</h1><p class="q">听说12月有一批。</p>
<div class="answer"><b>冀北人才孙老师</b>：<p>12月这批（认定批次号 13020251206）报名已截止，下一批预计明年3月。想报班的可以提前联系 13503250317 审核条件。</p></div>""",
     "U08", "冀北人才",
     [("phone", ph("13503250317"), "13503250317")],
     "Q&A answer by U08 quoting a batch number and enrolling")

page("/ke/course-1123.html", "唐山冀北职业技能培训学校 人工智能训练师四级 面授班", f"""
<h1>人工智能训练师四级 面授班（唐山）</h1>
<div class="price">¥1580</div>
<ul><li>50课时面授+实操</li><li>需满足四级申报条件，报名时审核</li></ul>
<div class="seller"><p>唐山冀北职业技能培训学校　电话 (0315)5267788</p><p>统一社会信用代码 {USCC['U08']}</p></div>
<div class="enrol">报名表示例：邮箱请填写如 name@example.com</div>""",
     "U08", "唐山冀北职业技能培训学校",
     [("phone", "03155267788", "(0315)5267788"), ("uscc", USCC["U08"], USCC["U08"])],
     "marketplace listing of U08 under its school name")

# ================================================================ U09 惠州数智 (misleading subsidy)
page("/fenlei/hz-5903.html", "惠州 人工智能训练师三级 补贴后几乎免费", """
<h1>惠州 人工智能训练师三级 补贴后几乎免费</h1>
<table class="info"><tr><td>区域</td><td>惠州-仲恺</td></tr><tr><td>联系人</td><td>周老师</td></tr></table>
<p>惠州数智人才发展，三级学费2980元，拿证后可领3120元补贴，等于白学！考点惠州城市职业学院（0752-2529800）。</p>
<p>电话/微信：137 5029 1864　微信号：shuzhi_hz</p>
<div class="form">我要咨询：手机号 <input placeholder="如13800138000"></div>""",
     "U09", "惠州数智人才发展",
     [("phone", ph("13750291864"), "137 5029 1864"), ("wechat", "shuzhi_hz", "shuzhi_hz")],
     "misleading subsidy claim (Guangzhou/Shenzhen figure applied to everyone)")

page("/bbs/thread-30477.html", "惠州的朋友，人工智能训练师有补贴的班了解一下", """
<h1>惠州的朋友，人工智能训练师有补贴的班了解一下</h1>
<div class="post"><div class="author">楼主：粤东数智培训</div><p>三级班本月开课，交社保满一年的都能领补贴。加微信shuzhi_hz或者QQ 963512847。</p></div>
<div class="post"><div class="author">2楼 lily_0315ts</div><p>唐山的能远程上课吗</p></div>""",
     "U09", "粤东数智培训",
     [("wechat", "shuzhi_hz", "shuzhi_hz"), ("qq", "963512847", "963512847")],
     "forum ad of U09; 2楼 is a reader")

page("/dou/v-9140.html", "数智AI考证：补贴政策三分钟讲清楚", """
<h1>补贴政策三分钟讲清楚｜人工智能训练师</h1>
<p class="author">@数智AI考证</p>
<p class="desc">想报三级班的扣我 963512847 ，名额不多。</p>
<div class="comments"><p>网友：我电话15130571186，上次报的班一直没开课，谁知道怎么退费？</p></div>""",
     "U09", "数智AI考证", [("qq", "963512847", "963512847")],
     "short video of U09; commenter leaves own phone")

page("/mp/sz-article.html", "惠州人工智能训练师报名指南（含补贴）", """
<h1>惠州人工智能训练师报名指南（含补贴）</h1>
<p class="meta">数智学堂 2025-10-20</p>
<p>人工智能训练师五级、四级、三级均可申领技能提升补贴，三级最高3120元。本期报名请致电 １３７５０２９１８６４ ，或扫码填写 jinshuju.net/f/szxt01 。</p>""",
     "U09", "数智学堂", [("phone", ph("13750291864"), "１３７５０２９１８６４")],
     "WeChat repost of U09, phone in full-width digits")

# ================================================================ independents
page("/shop/item-2105.html", "码上标注 人工智能训练师五级 线上网课+题库", """
<h1>码上标注 人工智能训练师五级 线上网课+题库</h1>
<div class="price">¥399</div><p>店铺：码上标注工作室</p>
<p>仅提供网课和模拟题，不代报名、不包过。店主电话 186 0315 2247，微信 mashang_bz。</p>""",
     "I01", "码上标注工作室",
     [("phone", ph("18603152247"), "186 0315 2247"), ("wechat", "mashang_bz", "mashang_bz")],
     "independent honest online course shop")

page("/ke/course-1130.html", "知行AI学苑 人工智能训练师 理论精讲 30课时", """
<h1>知行AI学苑 人工智能训练师（五级/四级）理论精讲</h1>
<div class="price">¥299</div>
<p>本课为备考辅导课，不含考试报名。答疑QQ 2207618394，发票邮箱 zhixing_ai@foxmail.com。学员登记 jinshuju.net/f/zxai30</p>
<div class="enrol">报名表示例：邮箱请填写如 name@example.com</div>""",
     "I02", "知行AI学苑",
     [("qq", "2207618394", "2207618394"), ("email", "zhixing_ai@foxmail.com", "zhixing_ai@foxmail.com")],
     "independent online course")

page("/fenlei/hz-5920.html", "惠阳 陈老师 人工智能训练师一对一辅导", """
<h1>惠阳 陈老师 人工智能训练师一对一辅导</h1>
<table class="info"><tr><td>区域</td><td>惠州-惠阳区</td></tr><tr><td>联系人</td><td>陈老师</td></tr></table>
<p>本人从事标注质检五年，可辅导五级/四级实操，按次收费150元。电话 159 8925 3361。</p>
<div class="form">我要咨询：手机号 <input placeholder="如13800138000"></div>""",
     "I03", "陈老师", [("phone", ph("15989253361"), "159 8925 3361")],
     "independent private tutor classified")

page("/bbs/thread-30511.html", "路南启航培训 人工智能训练师五级 晚班招生", """
<h1>路南启航培训 人工智能训练师五级 晚班招生</h1>
<div class="post"><div class="author">楼主：启航培训</div><p>唐山路南区，晚班授课，五级1180元，符合条件再收费。电话0315-2019863。</p></div>""",
     "I04", "路南启航培训", [("phone", "03152019863", "0315-2019863")],
     "independent forum post")

page("/dou/v-9166.html", "小鹿AI课堂：90%小白都能学会的AI训练师", """
<h1>90%小白都能学会！AI训练师证书拿到手软</h1>
<p class="author">@小鹿AI课堂</p>
<p class="desc">原价9999限时99，交费包过，拿到证书便可升职加薪。V：xiaolu_aike</p>""",
     "I05", "小鹿AI课堂", [("wechat", "xiaolu_aike", "xiaolu_aike")],
     "independent scam short video")

page("/wenda/q-5733.html", "惠州有正规的人工智能训练师培训学校吗？", """
<h1>惠州有正规的人工智能训练师培训学校吗？</h1><p class="q">要能查证书的。</p>
<div class="answer"><b>粤才培训招生办</b>：<p>广东粤才职业培训学校（惠州）开设五级、四级，证书可在 zscx.osta.org.cn 查询，招生电话 0752-7783016。</p></div>""",
     "I06", "广东粤才职业培训学校", [("phone", "07527783016", "0752-7783016")],
     "independent school answering in Q&A")

# ================================================================ non-offers
page("/rsj/notice-subsidy.html", "关于做好2025年失业保险技能提升补贴申领工作的通知", """
<h1>关于做好2025年失业保险技能提升补贴申领工作的通知</h1>
<p>参保职工取得初级（五级）、中级（四级）、高级（三级）职业技能等级证书的，分别按不超过1000元、1500元、2000元申领补贴。二级、一级不在本补贴范围。</p>
<p>证书须可在 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询。咨询电话：12333。</p>""",
     offer=False, note="official notice on subsidy")
page("/rsj/notice-shanzhai.html", "关于警惕技术技能类“山寨证书”的提示", """
<h1>关于警惕技术技能类"山寨证书"的提示</h1>
<p>近期有机构以"人社部颁发""包过""免培训直接发证"等名义招揽人工智能训练师培训。职业技能等级证书由备案评价机构颁发，可在 jndj.osta.org.cn、zscx.osta.org.cn 查询。如遇虚假宣传请拨打12315投诉，政策咨询请拨打12333。</p>""",
     offer=False, note="official warning")
page("/news/scam-report.html", "女子花4800元考“人工智能训练师”，证书查不到", """
<h1>女子花4800元考"人工智能训练师"，证书查不到</h1><p class="src">记者 刘洋 2025-11-15</p>
<p>市民张女士通过网络广告报名，对方称"三证同报""国家职业资格"，交费后收到的证书在 zscx.osta.org.cn 查不到。对方联系电话171-5260-3948已停机。市场监管部门提醒，可拨打12315投诉，人社政策咨询12333。</p>""",
     offer=False, note="news report quoting a scammer's number")
page("/bbs/thread-30530.html", "【曝光】被骗了！人工智能训练师证交了钱不发证", """
<h1>【曝光】被骗了！人工智能训练师证交了钱不发证</h1>
<div class="post"><div class="author">楼主：维权的小王</div><p>骗子电话17152603948，微信已拉黑我。大家别信什么包过。已打12315。</p></div>""",
     offer=False, note="complaint quoting a scammer's number")
page("/wenda/q-5750.html", "怎么查人工智能训练师证书真假？", """
<h1>怎么查人工智能训练师证书真假？</h1>
<div class="answer"><b>热心网友</b>：<p>登录 zscx.osta.org.cn 输入姓名、证件号和证书编号；也可看证书上的 jndj.osta.org.cn 二维码。遇到骗子（比如新闻里那个171-5260-3948）直接打12315。</p></div>""",
     offer=False, note="guide, no seller")
page("/dou/v-9200.html", "唐山棋子烧饼做法", """
<h1>唐山棋子烧饼，外酥里嫩</h1><p class="author">@唐山吃货</p><p class="desc">#唐山美食 #家常做法</p>""",
     offer=False, note="unrelated video")
page("/shop/item-2110.html", "机械键盘 青轴 87键", """
<h1>机械键盘 青轴 87键</h1><div class="price">¥159</div><p>店铺：极客外设</p>""",
     offer=False, note="unrelated shop item")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4008206612", ["400-820-6612"], "学课网 platform customer-service line in footer"),
 ("email", "service@xueke360.cn", ["service@xueke360.cn"], "学课网 platform e-mail in footer"),
 ("other", "京ICP备17045213号-1", ["京ICP备17045213号-1"], "学课网 platform ICP number in footer"),
 ("domain", "youxuan-shop.cn", ["www.youxuan-shop.cn"], "shop platform's own domain in footer"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) hotline in shop footer"),
 ("qq_group", "615204738", ["615204738"], "forum's own QQ group in footer"),
 ("other", "冀ICP备19028735号-2", ["冀ICP备19028735号-2"], "classifieds platform ICP in footer"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder in classifieds contact form"),
 ("email", "name@example.com", ["name@example.com"], "template placeholder in marketplace enrol form"),
 ("email", "tougao@wxzhuanzai.com", ["tougao@wxzhuanzai.com"], "repost site's own submissions e-mail"),
 ("phone", "01058291126", ["010-58291126"], "video platform's report hotline in footer"),
 ("phone", "03152701234", ["0315-2701234"], "news site's newsroom hotline in footer"),
 ("phone", "+8617152603948", ["171-5260-3948", "17152603948"], "scammer number quoted in news, complaint and guide"),
 ("phone", "+8613020251206", ["13020251206"], "phone-shaped assessment batch number (认定批次号)"),
 ("other", "S000013000016255000128", ["S000013000016255000128"], "sample certificate number shown by sellers"),
 ("wechat", "lily_0315ts", ["lily_0315ts"], "a reader's own WeChat in comments"),
 ("phone", "+8615130571186", ["15130571186"], "a reader's own phone in comments"),
 ("phone", "03153023500", ["0315-3023500"], "third party: Tangshan exam venue front desk"),
 ("phone", "07522529800", ["0752-2529800"], "third party: Huizhou exam venue"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third party: online form tool"),
]

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {}
    for p in P:
        by_site.setdefault(p["path"].split("/")[1], []).append(p)
    html = {}
    for sk, pages in by_site.items():
        for p in pages:
            rel = [(q["path"].split("/")[2], q["title"]) for q in pages if q is not p][:8]
            html[p["path"]] = frame(sk, p["title"], ["<span>%s</span>" % p["title"]], p["body"], rel)
    # site index pages
    for sk in SITES:
        pages = by_site.get(sk, [])
        lst = "".join('<li><a href="%s">%s</a></li>' % (p["path"].split("/")[2], p["title"]) for p in pages)
        body = "<h1>%s</h1><p>%s</p><ul class=\"list\">%s</ul>" % (SITES[sk]["name"], SITES[sk]["style"], lst)
        html["/%s/index.html" % sk] = frame(sk, "首页", [], body, [])
    hub = ['<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head><body>',
           "<h1>网址导航</h1><ul>"]
    for sk, s in SITES.items():
        hub.append('<li><a href="%s/index.html">%s</a>（%s）</li>' % (sk, s["name"], s["style"]))
    hub.append("</ul></body></html>\n")
    html["/index.html"] = "\n".join(hub)
    for path, h in html.items():
        fn = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        with open(fn, "w", encoding="utf-8") as f:
            f.write(h)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    # truth
    pages = []
    for path in sorted(html):
        p = next((q for q in P if q["path"] == path), None)
        if p is None:
            pages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                              note="hub" if path == "/index.html" else "site index page"))
        else:
            pages.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"],
                              provider=p["provider"], identifiers=p["identifiers"], note=p["note"]))
    ops = {}
    for p in P:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        dp = sorted(path for path, h in html.items() if any(w in h for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=dp, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(html), "offers", sum(p["is_offer"] for p in pages))

if __name__ == "__main__":
    main()
