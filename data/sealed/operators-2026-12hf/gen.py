#!/usr/bin/env python3
"""Deterministic generator of a small labeled web of AI-trainer (4-04-05-05) certificate sellers.
Standard library only. `python3 gen.py` writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(body8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, org8):
    s17 = prefix8 + org8 + org_check(org8)
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(s17, W18)) % 31
    return s17 + ALPHA[0 if r == 31 else r]


USCC_U01 = uscc("52451002", "MA5K3Q7R")
USCC_U02 = uscc("91451400", "MA5N8W2D")
USCC_U05 = uscc("91450103", "MA5P2L6H")
USCC_U06 = uscc("91450100", "MA5R7T3K")
USCC_SHOP = uscc("91450100", "MA5L9E4B")
USCC_COLLEGE = uscc("12451400", "49850326")

# ---------------------------------------------------------------- sites and frames
SITES = {
    "zhiqi":   dict(name="百色智启职业培训学校", style="training-company site",
                    nav=["首页", "培训项目", "师资力量", "学员风采", "联系我们"],
                    foot=f"百色智启职业培训学校 版权所有 | 地址:百色市右江区城东大道某号2楼 | 办学许可证号 451002-民-0037 | 统一社会信用代码 {USCC_U01} | www.bszqpx.cn | 咨询电话 138-7761-2345"),
    "kecheng": dict(name="学途课堂 · 职业技能课程平台", style="course marketplace",
                    nav=["首页", "IT互联网", "职业考证", "AI人工智能", "我的课程"],
                    foot="学途课堂(xuetuketang.cn) 平台客服热线 400-820-6688 | 客服邮箱 kefu@xuetuketang.cn | 桂ICP备20011873号-2 | 平台仅提供信息展示,课程由入驻机构提供"),
    "luntan":  dict(name="右江论坛 · 百色人自己的社区", style="forum",
                    nav=["首页", "百色杂谈", "求职招聘", "教育培训", "二手交易"],
                    foot="右江论坛 yjbbs.cn | 站务邮箱 admin@yjbbs.cn | 论坛官方QQ群 512839604 | 桂ICP备15007702号"),
    "fenlei":  dict(name="崇左同城分类信息网", style="classifieds",
                    nav=["首页", "招聘", "教育培训", "二手", "房产", "便民服务"],
                    foot="崇左同城 czfenlei.com | 客服电话 0771-2566880 | 客服QQ 2850461173 | 桂ICP备18004321号-1 | 本站信息由用户发布,请谨慎交易"),
    "wenda":   dict(name="知问网 · 有问必答", style="Q&A",
                    nav=["首页", "职场", "教育", "考证", "我要提问"],
                    foot="知问网 zhiwen-qa.com | 举报邮箱 jubao@zhiwen-qa.com | 京ICP备17052236号"),
    "gzh":     dict(name="桂西号外 · 公众号文章聚合", style="WeChat-article reposts",
                    nav=["首页", "本地", "教育", "职场", "商家"],
                    foot="桂西号外 guixihw.cn 聚合公开的公众号文章,版权归原作者 | 投稿邮箱 tougao@guixihw.cn | 桂ICP备21003390号"),
    "shipin":  dict(name="快影短视频 · 网页版", style="short-video pages",
                    nav=["推荐", "关注", "同城", "知识", "直播"],
                    foot="快影短视频 www.kuaiying-v.cn | 违法和不良信息举报电话 400-140-2108 | 京ICP备19038451号"),
    "xinwen":  dict(name="左右江新闻网", style="news",
                    nav=["首页", "时政", "民生", "教育", "财经", "专题"],
                    foot="左右江新闻网 zyjnews.cn | 新闻热线 0776-2168110 | 桂ICP备16002287号 | 互联网新闻信息服务许可证 45120170003"),
    "rsj":     dict(name="某市人力资源和社会保障局(模拟公告站)", style="人社局-style notice site",
                    nav=["首页", "政务公开", "通知公告", "就业创业", "职业能力建设"],
                    foot="主办单位:某市人力资源和社会保障局 | 咨询电话 12333 | 网站标识码 4514000011"),
    "shop":    dict(name="喵铺 · 网店", style="shop",
                    nav=["首页", "分类", "店铺街", "购物车", "我的订单"],
                    foot=f"喵铺商城 miaopu-shop.cn | 平台客服 4001-858-858 | 营业执照 {USCC_SHOP} | 支付服务由第三方支付机构提供"),
    "xueyuan": dict(name="左江职业技术学院 · 继续教育学院", style="college",
                    nav=["学院首页", "学院概况", "培训项目", "通知公告", "联系我们"],
                    foot=f"左江职业技术学院继续教育学院 | 统一社会信用代码 {USCC_COLLEGE} | 办公室 0771-7961100 | jxjy@zjzy.edu.cn"),
}

PAGES = []  # dicts: site, file, title, body, is_offer, operator, provider, ids, note, side


def page(site, file, title, body, is_offer=False, operator=None, provider=None, ids=(), note="", side=""):
    PAGES.append(dict(site=site, file=file, title=title, body=body, is_offer=is_offer,
                      operator=operator, provider=provider, ids=[list(x) for x in ids], note=note, side=side))


def frame(site, file, title, body, side, links):
    s = SITES[site]
    nav = " | ".join(f'<a href="/{site}/index.html">{n}</a>' for n in s["nav"])
    crumb = f'<a href="/index.html">导航</a> &gt; <a href="/{site}/index.html">{html.escape(s["name"])}</a>'
    if file != "index.html":
        crumb += f" &gt; {html.escape(title)}"
    rel = "".join(f'<li><a href="/{site}/{f}">{html.escape(t)}</a></li>' for f, t in links if f != file)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)} - {html.escape(s["name"])}</title></head>
<body class="site-{site}">
<header><div class="logo">{html.escape(s["name"])}</div><nav>{nav}</nav></header>
<div class="crumb">{crumb}</div>
<main><h1>{html.escape(title)}</h1>
{body}
</main>
<aside class="sidebar">{side}<h3>相关推荐</h3><ul>{rel}</ul></aside>
<footer>{s["foot"]}</footer>
</body></html>
"""

# ---------------------------------------------------------------- operator pages
P = lambda k, v, w: (k, v, w)

# U01 百色智启 (dishonest: 包过, 人社部颁发, 三级零基础)
page("zhiqi", "peixun-ai.html", "人工智能训练师(数据标注员)五级/三级 培训招生",
     """<p>人社部颁发 · 国家职业资格证书 · 全国通用终身有效!零基础、不限学历、不限经验,三级直考,<b>包过</b>,不过全额退款。</p>
<p>学费:五级 1980 元,三级 3680 元,两级同报立减 800。证书官网可查:jndj.osta.org.cn。</p>
<p>考点:右江区职业技能考点(考点前台 0776-2869500,仅负责考场安排)。</p>
<p>报名咨询:138-7761-2345(周校长) 微信 zqai-bs2026 网站 www.bszqpx.cn</p>
<p>办学主体:百色智启职业培训学校,统一社会信用代码 """ + USCC_U01 + "</p>",
     True, "U01", "百色智启职业培训学校",
     [P("phone", "+8613877612345", "138-7761-2345"), P("wechat", "zqai-bs2026", "zqai-bs2026"),
      P("domain", "bszqpx.cn", "www.bszqpx.cn"), P("uscc", USCC_U01, USCC_U01)],
     "U01 own-site course page; 包过, 人社部颁发, 国家职业资格 misdescription")
page("fenlei", "post-20931.html", "【百色】AI训练师证 包过 零基础 三级直接考 补贴可申领",
     """<p>发布者:智启AI考证(机构) 浏览 1287 次</p>
<p>人工智能训练师火爆报名中!国家认可,官方认证,免培训直接拿证也可以(加急另议)。证书 zscx.osta.org.cn 可查。</p>
<p>联系人:周老师 电话 13877612345 微信:ZQAI-BS2026(加好友备注“考证”)</p>
<p>考试地点 右江区职业技能考点,前台电话 0776-2869500。</p>
<p class="form">在线留言:手机号(例:13800138000)</p>""",
     True, "U01", "智启AI考证",
     [P("phone", "+8613877612345", "13877612345"), P("wechat", "zqai-bs2026", "ZQAI-BS2026")],
     "U01 classified ad")
page("shipin", "v-7712045.html", "小智老师:零基础3个月拿人工智能训练师三级!",
     """<div class="video">[视频] 时长 00:58 · 点赞 3.2万</div>
<p>@小智老师·AI训练师:90%小白都能学会,原价9999限时99体验课,三级证人社部颁发,挂靠一年多赚3万!</p>
<p>主页简介:vx zqai-bs2026 | 企鹅 2837461950</p>
<div class="comments"><p>网友A:真的假的?</p><p>网友B:打12333问问就知道了</p></div>""",
     True, "U01", "小智老师·AI训练师",
     [P("wechat", "zqai-bs2026", "zqai-bs2026"), P("qq", "2837461950", "2837461950")],
     "U01 short-video page; 挂靠 lure, 原价9999限时99")
page("wenda", "q-50213.html", "百色哪里可以考人工智能训练师证?",
     """<div class="q">提问:在百色上班,想考个人工智能训练师,哪里能报?</div>
<div class="a"><b>智启教育(认证机构)回答:</b>我们学校常年开班,五级三级都能报,包过。详情看官网 bszqpx.cn,或加QQ 2837 461 950 咨询。</div>
<div class="a"><b>热心网友回答:</b>先去 pjjg.osta.org.cn 查机构有没有备案,证书在 zscx.osta.org.cn 能查到才算数。</div>""",
     True, "U01", "智启教育",
     [P("domain", "bszqpx.cn", "bszqpx.cn"), P("qq", "2837461950", "2837 461 950")],
     "U01 Q&A answer by the seller")

# U02 崇左数标 (mostly honest; data-labeling practical; subsidy framed loosely)
page("kecheng", "course-3318.html", "人工智能训练师(数据标注员)四级 实操班 · 数标学堂",
     """<p>机构:数标学堂(崇左数标信息技术有限公司) 已售 412</p>
<p>课时 50 课时,理论+实操,结业后由备案评价机构组织认定,成绩合格颁发职业技能等级证书,可在 zscx.osta.org.cn 查询。符合条件的参保职工可按规定申领技能提升补贴。</p>
<p>价格 ¥1680。咨询 400-678-1234 · 营业执照 """ + USCC_U02 + """</p>
<p>报名表:wj.qq.com/s2/9921875/ 付款可用支付宝,客服 95188 仅处理支付问题。</p>""",
     True, "U02", "数标学堂",
     [P("phone", "4006781234", "400-678-1234"), P("uscc", USCC_U02, USCC_U02)],
     "U02 marketplace course")
page("fenlei", "post-21877.html", "崇左AI数据标注实训基地 招人工智能训练师学员",
     """<p>发布者:崇左AI标注实训基地</p>
<p>基地位于城南数字产业园,五级、四级开班,实操为主。培训后参加评价机构认定,不承诺通过。</p>
<p>电话:(0771)7821456 / 400 678 1234</p>
<p class="form">在线留言:手机号(例:13800138000)</p>""",
     True, "U02", "崇左AI标注实训基地",
     [P("phone", "07717821456", "(0771)7821456"), P("phone", "4006781234", "400 678 1234")],
     "U02 classified ad")
page("gzh", "a-8812.html", "数标学堂 | 2026年第二期人工智能训练师培训开班通知",
     """<p>来源:公众号“崇左数标” 原文发布于 2026-03-02</p>
<p>本期四级班 30 人,周末授课。失业保险技能提升补贴:四级最高 1500 元,须参保满一年,以人社部门审核为准,可拨打 12333 咨询。</p>
<p>报名邮箱 shubiao_px@163.com,电话 0771-7821456。</p>""",
     True, "U02", "崇左数标",
     [P("email", "shubiao_px@163.com", "shubiao_px@163.com"), P("phone", "07717821456", "0771-7821456")],
     "U02 WeChat-article repost")
page("shop", "item-60231.html", "【数标学堂】人工智能训练师五级网课+实操题库",
     """<p>店铺:数标学堂官方店 月销 86</p>
<p>五级 60 课时网课+题库,赠实操数据集。证书需参加认定,本店不代办证书。</p>
<p>售后邮箱 SHUBIAO_PX@163.COM 电话 400-6781-234</p>
<p>付款后请填写报名信息:wj.qq.com/s2/9921875/</p>""",
     True, "U02", "数标学堂官方店",
     [P("email", "shubiao_px@163.com", "SHUBIAO_PX@163.COM"), P("phone", "4006781234", "400-6781-234")],
     "U02 shop item")

# U03 国培智能 (dishonest: 工信部, fake query site)
SAMPLE_CERT = "S000045100326245000127"
page("kecheng", "course-4410.html", "工信部认证 人工智能训练师三级 零基础直考",
     """<p>机构:国培人工智能教育中心</p>
<p>工信部认证+人社双证,零基础直考三级,不限学历不限专业,无门槛,保过!证书样本:证书编号 """ + SAMPLE_CERT + """</p>
<p>价格 ¥4980(三证合报 ¥6800)。咨询热线 159 7708 3126</p>""",
     True, "U03", "国培人工智能教育中心",
     [P("phone", "+8615977083126", "159 7708 3126")],
     "U03 marketplace course; 工信部认证, 保过")
page("fenlei", "post-22305.html", "AI训练师考证服务部 三级二级一级均可办理",
     """<p>发布者:AI训练师考证服务部</p>
<p>高级技师一级也能报,无需工作年限,包过包拿证,国家职业资格证书官网可查(查询网址 cx-zhiyezs.com)。</p>
<p>电话 15977083126 微信 guopei_ai88</p>""",
     True, "U03", "AI训练师考证服务部",
     [P("phone", "+8615977083126", "15977083126"), P("wechat", "guopei_ai88", "guopei_ai88"),
      P("domain", "cx-zhiyezs.com", "cx-zhiyezs.com")],
     "U03 classified; levels 1-2 to beginners, fake query site")
page("gzh", "a-9034.html", "重磅!人工智能训练师证书最后一批,人社部证书退出,哪家证书来接盘?",
     """<p>来源:公众号“国职认证服务” </p>
<p>人社部证书退出,哪家证书来接盘?国职认证全国联网可查,查询官网:www.cx-zhiyezs.com。本月截止!</p>
<p>加微信 GuoPei_AI88 领取报名表。证书样本编号 """ + SAMPLE_CERT + "</p>",
     True, "U03", "国职认证",
     [P("wechat", "guopei_ai88", "GuoPei_AI88"), P("domain", "cx-zhiyezs.com", "www.cx-zhiyezs.com")],
     "U03 WeChat repost; slogan from the 山寨证书 notice, fake query site")
page("shipin", "v-7790311.html", "考了这个证,工资直接翻倍?",
     """<div class="video">[视频] 时长 01:12 · 点赞 8911</div>
<p>@国培AI考证:人工智能训练师证书 cx-zhiyezs.com 可查,零基础直接考,拿证即可升职加薪。粉丝群 736281945</p>""",
     True, "U03", "国培AI考证",
     [P("domain", "cx-zhiyezs.com", "cx-zhiyezs.com"), P("qq_group", "736281945", "736281945")],
     "U03 short-video page")

# U04 黄老师 (individual reseller)
page("luntan", "thread-883412.html", "[教育培训] 人工智能训练师五级四级代报名,百色本地可面谈",
     """<p>楼主:百色考证小黄 发表于 2026-03-08</p>
<p>本人做考证代报名多年,人工智能训练师五级、四级代报,材料我来弄,考试当天去右江区职业技能考点(前台 0776-2869500)就行。</p>
<p>电话 182 7661 4702,QQ 1065832947</p>
<div class="reply"><p>2楼 lihua:怎么收费?我微信 lihua_bs88 加我说</p><p>3楼 路人:代报名的小心点,先查备案。</p></div>""",
     True, "U04", "百色考证小黄",
     [P("phone", "+8618276614702", "182 7661 4702"), P("qq", "1065832947", "1065832947")],
     "U04 forum thread; reader contact in reply")
page("fenlei", "post-22711.html", "黄老师考证 AI训练师 电工 焊工 叉车 各类证书",
     """<p>发布者:黄老师考证(个人)</p>
<p>各类技能证书代报名,人工智能训练师热门,考前辅导,通过率高。</p>
<p>手机 18276614702 微信 hls-kaozheng</p>""",
     True, "U04", "黄老师考证",
     [P("phone", "+8618276614702", "18276614702"), P("wechat", "hls-kaozheng", "hls-kaozheng")],
     "U04 classified ad")
page("shipin", "v-7801566.html", "百色考证的看过来",
     """<div class="video">[视频] 时长 00:31 · 点赞 402</div>
<p>@黄老师考证:人工智能训练师报名啦,名额有限。V:HLS-KAOZHENG</p>""",
     True, "U04", "黄老师考证",
     [P("wechat", "hls-kaozheng", "HLS-KAOZHENG")],
     "U04 short-video page")

# U05 南宁启航 (honest)
page("kecheng", "course-5127.html", "人工智能训练师五级(初级工)标准课程 · 启航职培",
     """<p>机构:启航职培(南宁启航职业技能培训有限公司)</p>
<p>依据《人工智能训练师国家职业技能标准(2021年版)》,五级 60 课时。申报五级需累计从事本职业或相关职业工作满1年或经本职业学徒期满。证书为职业技能等级证书(非职业资格证书),由备案评价机构颁发。</p>
<p>¥1280。电话 0771-5532678 统一社会信用代码 """ + USCC_U05 + """</p>
<p>第13720250918批次认定名额已满,下一批见人社部门通知。</p>""",
     True, "U05", "启航职培",
     [P("phone", "07715532678", "0771-5532678"), P("uscc", USCC_U05, USCC_U05)],
     "U05 honest marketplace course; batch number looks like a mobile")
page("wenda", "q-50877.html", "人工智能训练师证书是国家职业资格证书吗?",
     """<div class="q">提问:培训机构说是国家职业资格证书,是真的吗?</div>
<div class="a"><b>启航教育南宁分部 回答:</b>不是。人工智能训练师属于职业技能等级认定,证书是职业技能等级证书,由备案的评价机构颁发,可在 zscx.osta.org.cn 查询。我们开设五级、四级培训,详见 qihangpx.com 或邮件 qihangpx@126.com。</div>
<div class="a"><b>网友 小李:</b>谢谢,我微信 lihua_bs88,有资料发我一份。</div>""",
     True, "U05", "启航教育南宁分部",
     [P("domain", "qihangpx.com", "qihangpx.com"), P("email", "qihangpx@126.com", "qihangpx@126.com")],
     "U05 Q&A answer that also advertises its course")
page("shop", "item-60877.html", "启航职培 人工智能训练师四级 培训报名(线下)",
     """<p>店铺:启航职培南宁 月销 23</p>
<p>四级 50 课时线下班。不承诺通过,认定费另计。符合条件者可申请技能提升补贴,以人社部门审核为准。</p>
<p>开票主体 南宁启航职业技能培训有限公司(""" + USCC_U05 + """)联系邮箱 QiHangPX@126.com</p>""",
     True, "U05", "启航职培南宁",
     [P("uscc", USCC_U05, USCC_U05), P("email", "qihangpx@126.com", "QiHangPX@126.com")],
     "U05 shop item")

# U06 桂智未来 (dishonest: 三证班, 挂靠, state-sounding name with 91 code)
page("kecheng", "course-6093.html", "广西人工智能人才发展中心 AI训练师三证班",
     """<p>机构:广西人工智能人才发展中心</p>
<p>三证合一:人工智能训练师+生成式人工智能系统应用员+AIGC证书,一次报名三级全拿。证书可挂靠,年入2万以上。</p>
<p>统一社会信用代码 """ + USCC_U06 + """ 报名热线 135 0776 5890</p>
<p>样本证书编号 """ + SAMPLE_CERT + "</p>",
     True, "U06", "广西人工智能人才发展中心",
     [P("uscc", USCC_U06, USCC_U06), P("phone", "+8613507765890", "135 0776 5890")],
     "U06 marketplace; 三证 bundle, 挂靠 lure, state-sounding name")
page("fenlei", "post-23019.html", "AI训练师三证班 崇左可报 挂靠有收益",
     """<p>发布者:桂智未来</p>
<p>人工智能训练师三证班,包过,证书人社部颁发。支付宝付款(支付宝客服 95188)。</p>
<p>电话 13507765890 微信 gzwl-2025</p>""",
     True, "U06", "桂智未来",
     [P("phone", "+8613507765890", "13507765890"), P("wechat", "gzwl-2025", "gzwl-2025")],
     "U06 classified ad")
page("gzh", "a-9178.html", "AI训练师三证班开抢!名额仅剩20个",
     """<p>来源:公众号“AI训练师三证班”</p>
<p>付款方式:对公转账 收款户名:南宁桂智未来科技有限公司。添加客服微信 GZWL-2025 领取优惠。</p>""",
     True, "U06", "AI训练师三证班",
     [P("wechat", "gzwl-2025", "GZWL-2025"), P("other", "南宁桂智未来科技有限公司", "南宁桂智未来科技有限公司")],
     "U06 WeChat repost; payee name")
page("xinwen", "2026/0312-ad.html", "【推广】AI浪潮下,人工智能训练师成热门新职业",
     """<p class="ad">本文为推广信息</p>
<p>广西人工智能人才发展中心负责人介绍,学员零基础也能考取高级证书,证书全国通用。咨询 +86 135-0776-5890,收款户名:南宁桂智未来科技有限公司。</p>""",
     True, "U06", "广西人工智能人才发展中心",
     [P("phone", "+8613507765890", "+86 135-0776-5890"), P("other", "南宁桂智未来科技有限公司", "南宁桂智未来科技有限公司")],
     "U06 advertorial on a news site")

# U07 凭祥 (border-town outfit)
page("luntan", "thread-884020.html", "凭祥这边有没有人工智能训练师培训?有的来",
     """<p>楼主:凭祥职教服务站 发表于 2026-03-10</p>
<p>凭祥、龙州、宁明的朋友,我们站点开人工智能训练师五级班,周末上课,可以先试听。QQ:3392017746</p>
<div class="reply"><p>2楼:价格多少?</p><p>3楼 楼主:私聊</p></div>""",
     True, "U07", "凭祥职教服务站",
     [P("qq", "3392017746", "3392017746")], "U07 forum thread")
page("gzh", "a-9260.html", "边城AI学苑 | 在家门口学人工智能",
     """<p>来源:公众号“边城AI学苑”</p>
<p>人工智能训练师五级、四级常年招生,学完包推荐工作(协议就业)。咨询 139-7810-9923,Q群外的咨询请加 QQ 3392017746。</p>""",
     True, "U07", "边城AI学苑",
     [P("phone", "+8613978109923", "139-7810-9923"), P("qq", "3392017746", "3392017746")],
     "U07 WeChat repost; 协议就业")
page("shop", "item-61402.html", "友谊关职业技能服务部 AI训练师五级报名定金",
     """<p>店铺:友谊关职业技能服务部 月销 12</p>
<p>拍下为报名定金 200 元,余款到店付。电话 13978109923 邮箱 bianchengai@163.com</p>""",
     True, "U07", "友谊关职业技能服务部",
     [P("phone", "+8613978109923", "13978109923"), P("email", "bianchengai@163.com", "bianchengai@163.com")],
     "U07 shop item")

# U08 智标云课 (online)
page("kecheng", "course-7022.html", "智标云课:人工智能训练师(数据标注)全程网课",
     """<p>机构:智标云课 学员 2.1万</p>
<p>全程录播+直播答疑,随到随学,证书快速下证。售前 400-811-9527,学员群 681523094。报名问卷 wj.qq.com/s2/9921875/</p>""",
     True, "U08", "智标云课",
     [P("phone", "4008119527", "400-811-9527"), P("qq_group", "681523094", "681523094")],
     "U08 marketplace course")
page("wenda", "q-51140.html", "人工智能训练师网课哪家好?",
     """<div class="q">提问:在崇左没有线下班,网课能考吗?</div>
<div class="a"><b>云课AI训练师 回答:</b>可以,我们全程网课,加学员群 681523094 或微信 zhibiaoyun01 了解。</div>""",
     True, "U08", "云课AI训练师",
     [P("qq_group", "681523094", "681523094"), P("wechat", "zhibiaoyun01", "zhibiaoyun01")],
     "U08 Q&A answer")
page("shipin", "v-7823409.html", "数据标注到底在做什么?",
     """<div class="video">[视频] 时长 02:40 · 点赞 1.1万</div>
<p>@智标云课:演示一下图像框选标注,想系统学、考人工智能训练师证的,私信或 wx:ZhiBiaoYun01</p>""",
     True, "U08", "智标云课",
     [P("wechat", "zhibiaoyun01", "ZhiBiaoYun01")], "U08 short-video page")

# U09 左职院联合办学 / 数智人力 (honest)
page("xueyuan", "peixun-rgzn.html", "2026年人工智能训练师职业技能等级认定培训招生简章",
     """<p>主办:左江职业技术学院继续教育学院;承办:广西数智人力资源服务有限公司(联合办学)</p>
<p>等级:五级、四级。申报条件按国家职业技能标准执行。培训费五级 1100 元,认定费另计。证书可在 jndj.osta.org.cn 查询。</p>
<p>报名咨询(承办方):0771-7936018 网站 www.gxszrl.com</p>""",
     True, "U09", "左职院继续教育学院(联合办学)",
     [P("phone", "07717936018", "0771-7936018"), P("domain", "gxszrl.com", "www.gxszrl.com")],
     "U09 college page; partner is the seller, college footer is a decoy")
page("fenlei", "post-23366.html", "数智人力 人工智能训练师五级四级培训 左职院联合办学",
     """<p>发布者:数智人力</p>
<p>与左江职业技术学院联合办学,按标准授课,认定批次号 13720250918。</p>
<p>电话 07717936018 微信 szrl_px</p>""",
     True, "U09", "数智人力",
     [P("phone", "07717936018", "07717936018"), P("wechat", "szrl_px", "szrl_px")],
     "U09 classified ad")
page("shipin", "v-7840021.html", "在崇左考人工智能训练师要什么条件?",
     """<div class="video">[视频] 时长 01:30 · 点赞 2306</div>
<p>@数智人力:五级要求相关工作满1年或学徒期满,别信“零基础直考三级”。报名加微信 SZRL_PX。</p>""",
     True, "U09", "数智人力",
     [P("wechat", "szrl_px", "SZRL_PX")], "U09 short-video page")

# ---------------------------------------------------------------- independents
page("kecheng", "course-7390.html", "优学AI实训 人工智能训练师五级冲刺班",
     """<p>机构:优学AI实训</p><p>五级冲刺 20 课时 ¥880,含模拟题。电话 133 6776 0541</p>""",
     True, "I01", "优学AI实训", [P("phone", "+8613367760541", "133 6776 0541")], "independent marketplace course")
page("luntan", "thread-884551.html", "出人工智能训练师四级全套资料+代报名",
     """<p>楼主:aixls 发表于 2026-03-12</p><p>四级资料全套,另可代报名,需要的加 V aixls_2026</p>""",
     True, "I02", "aixls", [P("wechat", "aixls_2026", "aixls_2026")], "independent forum offer")
page("fenlei", "post-23590.html", "德保县 人工智能训练师培训点招生",
     """<p>发布者:德保县某培训点</p><p>本地开班,五级,包过。证书样本编号 """ + SAMPLE_CERT + """。电话 177-7651-2980</p>
<p class="form">在线留言:手机号(例:13800138000)</p>""",
     True, "I03", "德保县某培训点", [P("phone", "+8617776512980", "177-7651-2980")], "independent classified")
page("gzh", "a-9311.html", "田阳智能职校 | 人工智能训练师春季班",
     """<p>来源:公众号“田阳智能职校”</p><p>春季班招生,五级四级,报名电话 0776-3219870,报名问卷 wj.qq.com/s2/9921875/</p>""",
     True, "I04", "田阳智能职校", [P("phone", "07763219870", "0776-3219870")], "independent WeChat repost")
page("shop", "item-61788.html", "码上学AI 人工智能训练师题库 永久更新",
     """<p>店铺:码上学AI 月销 310</p><p>题库+押题,考前三天押中原题。客服QQ 1579038264。填写收货信息:yourname@example.com 改为您的邮箱</p>""",
     True, "I05", "码上学AI", [P("qq", "1579038264", "1579038264")], "independent shop item; 押题")
page("wenda", "q-51466.html", "靖西能报人工智能训练师吗?",
     """<div class="q">提问:靖西有没有报名点?</div>
<div class="a"><b>靖西AI考证 回答:</b>有,我们这边可以报,电话 19877615238。</div>""",
     True, "I06", "靖西AI考证", [P("phone", "+8619877615238", "19877615238")], "independent Q&A answer")

# ---------------------------------------------------------------- non-offers
page("luntan", "thread-882977.html", "[曝光] 交了3680报人工智能训练师,拿到的证书查不到!",
     """<p>楼主:受害者小陈 发表于 2026-02-27</p>
<p>去年在网上报了个人工智能训练师三级,说人社部颁发包过,结果证书在 zscx.osta.org.cn 查不到。对方电话 170 8233 9916,现在打不通了。已打 12315 投诉。</p>
<p>订单号 2026021713805 大家引以为戒。</p>
<div class="reply"><p>2楼:我也被坑过,加我微信 lihua_bs88 一起维权</p><p>3楼:可以打 12333 问问</p></div>""",
     note="forum complaint quoting a scammer's phone")
page("luntan", "thread-881200.html", "田东芒果干哪家好吃?", "<p>楼主:吃货 发表于 2026-02-01</p><p>求推荐,送人用。</p>",
     note="unrelated forum thread")
page("wenda", "q-49002.html", "怎么查人工智能训练师证书真假?",
     """<div class="q">提问:怎么辨别证书真假?</div>
<div class="a"><b>最佳答案:</b>职业技能等级证书到 zscx.osta.org.cn 输入姓名、证件号、证书编号查询,也可看证书上的 jndj.osta.org.cn。机构备案看 pjjg.osta.org.cn。拿不准打 12333。遇到虚假宣传可打 12315 投诉。</div>""",
     note="verification guide")
page("xinwen", "2026/0305-pianju.html", "警惕!“包过拿证”人工智能训练师培训骗局又现",
     """<p>本报讯 近日,市民陈先生反映,其通过网络报名“人工智能训练师三级包过班”,交费 3680 元后证书无法查询,对方电话 17082339916 已停机。</p>
<p>人社部门提醒:职业技能等级证书由备案评价机构颁发,可在 zscx.osta.org.cn 查询;“人社部颁发”“包过”等均为虚假宣传。如有疑问请拨打 12333,消费投诉可拨打 12315。</p>""",
     note="news warning quoting scam phone")
page("rsj", "tzgg/20260301.html", "关于防范技术技能类“山寨证书”的提醒",
     """<p>根据人社部函〔2022〕25号,职业技能等级证书由经人社部门备案的评价机构颁发,证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。任何宣称“人社部颁发”“包过”“不培训直接发证”的均属违规。</p>
<p>政策咨询:12333;投诉举报:12315;本局职业能力建设科 0776-2822361。</p>""",
     note="official-style notice")
page("rsj", "tzgg/20260315.html", "2026年第一季度职业技能等级认定批次公示",
     """<p>认定批次号 13720250918:人工智能训练师(五级、四级),评价机构名单以 pjjg.osta.org.cn 公布为准。</p>
<p>咨询电话 0776-2822361,12333。</p>""",
     note="official batch notice; batch number looks like a mobile")

# ---------------------------------------------------------------- decoys (written forms; pages computed)
DECOYS = [
    ("phone", "12333", ["12333"], "national 人社 hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official list of evaluation institutions"),
    ("phone", "4008206688", ["400-820-6688"], "course marketplace's customer-service line in every footer"),
    ("email", "kefu@xuetuketang.cn", ["kefu@xuetuketang.cn"], "marketplace footer e-mail"),
    ("domain", "xuetuketang.cn", ["xuetuketang.cn"], "marketplace's own domain"),
    ("qq_group", "512839604", ["512839604"], "forum's official QQ group in footer"),
    ("email", "admin@yjbbs.cn", ["admin@yjbbs.cn"], "forum's admin e-mail in footer"),
    ("phone", "07712566880", ["0771-2566880"], "classifieds site's customer service"),
    ("qq", "2850461173", ["2850461173"], "classifieds site's customer-service QQ"),
    ("other", "桂ICP备18004321号-1", ["桂ICP备18004321号-1"], "classifieds site's ICP number"),
    ("phone", "4001858858", ["4001-858-858"], "shop platform customer service"),
    ("uscc", USCC_SHOP, [USCC_SHOP], "shop platform's business licence in footer"),
    ("uscc", USCC_COLLEGE, [USCC_COLLEGE], "college (事业单位) code in footer, not the partner seller"),
    ("phone", "07717961100", ["0771-7961100"], "college office in footer"),
    ("phone", "4001402108", ["400-140-2108"], "video platform's report hotline"),
    ("domain", "kuaiying-v.cn", ["kuaiying-v.cn"], "video platform domain"),
    ("phone", "+8617082339916", ["170 8233 9916", "17082339916"], "scammer phone quoted in complaint and news"),
    ("phone", "+8613720250918", ["13720250918"], "certificate-batch number that looks like a mobile"),
    ("other", SAMPLE_CERT, [SAMPLE_CERT], "sample certificate number copied by several sellers"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder in the classifieds form"),
    ("email", "yourname@example.com", ["yourname@example.com"], "template placeholder"),
    ("wechat", "lihua_bs88", ["lihua_bs88"], "a reader's own WeChat in comments"),
    ("phone", "07762869500", ["0776-2869500"], "exam venue front desk (third party)"),
    ("domain", "wj.qq.com", ["wj.qq.com"], "form tool (third party)"),
    ("phone", "95188", ["95188"], "payment platform hotline (third party)"),
    ("phone", "07762822361", ["0776-2822361"], "local 人社 office number quoted in notices"),
]


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    # site index pages
    for sk, s in SITES.items():
        mine = [p for p in PAGES if p["site"] == sk]
        lis = "".join(f'<li><a href="/{sk}/{p["file"]}">{html.escape(p["title"])}</a></li>' for p in mine)
        PAGES.append(dict(site=sk, file="index.html", title=s["name"], body=f"<ul class='list'>{lis}</ul>",
                          is_offer=False, operator=None, provider=None, ids=[], note=f"site index ({s['style']})", side=""))
    out = []
    for p in PAGES:
        links = [(q["file"], q["title"]) for q in PAGES if q["site"] == p["site"] and q["file"] != "index.html"]
        text = frame(p["site"], p["file"], p["title"], p["body"], p["side"], links)
        path = f"/{p['site']}/{p['file']}"
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
        p["path"], p["text"] = path, text
    hub = "".join(f'<li><a href="/{sk}/index.html">{html.escape(s["name"])}</a>({s["style"]})</li>' for sk, s in SITES.items())
    hub_html = f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>一周搜索:百色、崇左 人工智能训练师</title></head><body><h1>导航</h1><ul>{hub}</ul></body></html>\n'
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub_html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    texts = {p["path"]: p["text"] for p in PAGES}
    texts["/index.html"] = hub_html
    # sanity: an operator's written identifier must not appear on other sellers' pages
    owner = {p["path"]: p["operator"] for p in PAGES}
    for p in PAGES:
        for k, v, w in p["ids"]:
            for path, t in texts.items():
                if w in t and owner.get(path) not in (None, p["operator"]):
                    raise SystemExit(f"collision: {w} of {p['operator']} on {path}")
    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")]
    for p in PAGES:
        pages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                          identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for k, v, ws, why in DECOYS:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in ws))
        decoys.append(dict(kind=k, value=v, written=ws, pages=pg, why=why))
    truth = dict(pages=sorted(pages, key=lambda x: x["path"]), operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"pages={len(pages)} offers={sum(p['is_offer'] for p in pages)} decoys={len(decoys)}")


if __name__ == "__main__":
    main()
