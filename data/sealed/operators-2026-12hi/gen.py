#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) course pages.

Standard library only, deterministic.  `python3 gen.py` writes site/ and truth.json.
"""
import json
import os
import re
import shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for ch, wt in zip(body8, w):
        v = int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10
        s += v * wt
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(reg2, area6, org8):
    p17 = reg2 + area6 + org8 + org_check(org8)
    s = sum(ALPH.index(c) * w for c, w in zip(p17, WTS))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return p17 + ALPH[r]


C_U01 = uscc("91", "522601", "MA6HQ7K2")   # 凯里黔智未来教育咨询有限公司
C_U02 = uscc("91", "520115", "MA6DUJ83")   # 贵阳数标信息科技有限公司
C_U03 = uscc("91", "522601", "MA6J0R5T")   # 黔东南苗岭人才服务有限公司
C_U07 = uscc("52", "522601", "MJY0156N")   # 凯里市明德职业培训学校 (民办非企业)
C_SHOP = uscc("91", "520100", "MA6E4L9W")  # shop platform operator
C_COLL = uscc("12", "522600", "42950318")  # the college (事业单位)

# ---------------------------------------------------------------- sites
SITES = {
    "qianzhi": dict(name="黔智未来职业培训", kind="training-company"),
    "kezhan": dict(name="课栈网", kind="course-marketplace"),
    "bbs": dict(name="凯里生活论坛", kind="forum"),
    "fenlei": dict(name="黔东南便民分类信息网", kind="classifieds"),
    "wenda": dict(name="知多少问答", kind="q-and-a"),
    "wxart": dict(name="公众号文摘", kind="wechat-reposts"),
    "dsp": dict(name="快看短视频(网页版)", kind="short-video"),
    "news": dict(name="黔东南在线", kind="news"),
    "rsj": dict(name="某州人力资源和社会保障局", kind="government-notices"),
    "shop": dict(name="苗选商城", kind="shop"),
    "college": dict(name="黔东南职业技术学院继续教育学院", kind="college"),
}

PAGES = []


def page(site, name, title, body, offer=False, op=None, provider=None, ids=(), note="",
         comments=""):
    PAGES.append(dict(site=site, path="/%s/%s" % (site, name), title=title, body=body,
                      is_offer=offer, operator=op, provider=provider,
                      identifiers=[list(x) for x in ids], note=note, comments=comments))


# ================================================================ U01 黔智未来 / 凯里智训
page("qianzhi", "index.html", "黔智未来职业培训-凯里人工智能训练师培训报名中心", """
<div class="banner"><h1>2026年人工智能训练师(4-04-05-05)春季班火热报名中</h1>
<p>零基础可学 · 小班面授+线上刷题 · 考试不过免费重读</p></div>
<h2>为什么选择黔智未来</h2>
<ul><li>凯里本地机构,开元大道校区面授,周末班/晚班可选</li>
<li>五级、四级、三级均可报,<b>零基础也能直接考三级</b>,名额有限</li>
<li>证书全国联网可查,可用于企业评优、积分</li>
<li>本期学员通过率98%,考试不过下期免费重读</li></ul>
<h2>课程价格</h2>
<table class="price"><tr><th>等级</th><th>学时</th><th>学费</th></tr>
<tr><td>五级/初级工</td><td>60</td><td>1680元</td></tr>
<tr><td>四级/中级工</td><td>50</td><td>2280元</td></tr>
<tr><td>三级/高级工</td><td>40</td><td>3280元</td></tr></table>
<h2>在线预约</h2>
<form class="yy"><label>姓名 <input name="n"></label>
<label>手机 <input name="m" placeholder="请输入手机号,如13800138000"></label>
<label>邮箱 <input name="e" placeholder="yourname@qq.com"></label>
<button>提交预约</button></form>
<p class="tel">咨询热线:139-8556-1234(陈老师,同微信)  微信号:qzwl_ai2026</p>
""", True, "U01", "黔智未来职业培训",
    [("phone", "+8613985561234", "139-8556-1234"), ("wechat", "qzwl_ai2026", "qzwl_ai2026"),
     ("uscc", C_U01, C_U01), ("domain", "qzwljy.com", "www.qzwljy.com")],
    "U01's own site, home page selling levels 5-3; 包过-style promises and 零基础直接考三级")

page("qianzhi", "kecheng-ai.html", "人工智能训练师(数据标注员)课程详情-黔智未来", """
<h1>人工智能训练师 · 数据标注员方向 课程详情</h1>
<p class="meta">开课时间:每月15日 | 上课地点:凯里市开元大道黔智未来培训中心3楼 | 课时:五级60课时</p>
<h2>课程内容</h2>
<ol><li>数据采集和处理:图片、语音、文本数据清洗</li><li>数据标注:拉框、语义分割、文本分类实操</li>
<li>智能系统运维基础</li><li>理论+实操模拟考试,考前押题</li></ol>
<h2>报考条件</h2>
<p>本机构代报名,<b>学历不限、经验不限</b>,工作年限证明由机构协助开具。</p>
<h2>拿证时间</h2><p>报名后约45天考试,考后30个工作日出证,证书可在官网查询。</p>
<div class="contact">报名联系:陈老师 13985561234 / 微信 QZWL_AI2026<br>官网:www.qzwljy.com</div>
""", True, "U01", "黔智未来",
    [("phone", "+8613985561234", "13985561234"), ("wechat", "qzwl_ai2026", "QZWL_AI2026"),
     ("domain", "qzwljy.com", "www.qzwljy.com"), ("uscc", C_U01, C_U01)],
    "U01 course detail; offers to write the work-experience proof")

page("fenlei", "post-10231.html", "凯里人工智能训练师培训 包教包会 补贴可申领", """
<h1>凯里人工智能训练师培训 包教包会 补贴可申领</h1>
<table class="info"><tr><td>类别</td><td>教育培训 &gt; 职业技能</td></tr>
<tr><td>区域</td><td>凯里市 · 开元大道</td></tr><tr><td>联系人</td><td>陈老师</td></tr>
<tr><td>电话</td><td>139 8556 1234</td></tr><tr><td>发布</td><td>2026-03-02</td></tr></table>
<div class="desc"><p>凯里智训教育常年招生:人工智能训练师五级、四级、三级,面授+网课。</p>
<p>不限学历,宝妈、待业、在职都可报,学完推荐数据标注兼职,在家也能接单。</p>
<p>有社保满一年的可以申请技能提升补贴,具体以当地政策为准。</p>
<p>联系我时请说是在便民分类信息网上看到的,谢谢!</p></div>
""", True, "U01", "凯里智训教育",
    [("phone", "+8613985561234", "139 8556 1234")],
    "U01 classified ad under another brand")

page("bbs", "thread-88412.html", "【分享】凯里哪里可以考人工智能训练师?我在这家报的", """
<div class="post first"><div class="author">楼主:智训陈老师 <span>认证机构</span></div>
<div class="content"><p>很多朋友私信问凯里哪里可以考人工智能训练师,统一回复一下。</p>
<p>我们这边一个月一期,五级四级三级都有,零基础直接考三级的也有通道,考不过免费重读。</p>
<p>想了解的加我 vx:Qzwl_ai2026 ,备注论坛,发资料给你。</p></div></div>
""", True, "U01", "智训陈老师",
    [("wechat", "qzwl_ai2026", "Qzwl_ai2026")],
    "U01 forum promo thread, tie by WeChat only",
    comments="""
<div class="post"><div class="author">2楼 凯里小雨</div><div class="content">三级零基础能考吗?感觉不太对吧</div></div>
<div class="post"><div class="author">3楼 莉莉要上岸</div><div class="content">我也想报,楼主加不上,我微信 lili_kl1990 麻烦拉我一下</div></div>
<div class="post"><div class="author">4楼 老街口</div><div class="content">三级要先有四级证书再干几年吧,楼主别乱说。</div></div>
""")

# ================================================================ U02 数标科技 / AI标注学院
page("kezhan", "course-20512.html", "人工智能训练师五级(数据标注员)就业班-数标AI标注学院", """
<h1>人工智能训练师五级(数据标注员)就业班</h1>
<div class="seller">机构:数标AI标注学院 <span class="badge">课栈认证机构</span></div>
<div class="price">¥1980 <del>¥2680</del> <span>已报名 1,263 人</span></div>
<h3>课程介绍</h3>
<p>面向数据标注岗位,60课时,含图像、点云、文本标注实操,课程结束后由合作评价机构组织五级认定。</p>
<p>温馨提示:按国家职业技能标准,报考五级需在本职业或相关职业累计工作满1年,或经本职业学徒期满。</p>
<h3>咨询方式</h3>
<p>学习顾问QQ:2874561093 ;全国服务热线 400-882-6517</p>
""", True, "U02", "数标AI标注学院",
    [("qq", "2874561093", "2874561093"), ("phone", "4008826517", "400-882-6517")],
    "U02 marketplace course; honest about level-5 eligibility")

page("wxart", "a-2026031702.html", "数据标注员缺口百万?贵阳这家公司把人工智能训练师课开到了县城", """
<h1>数据标注员缺口百万?贵阳这家公司把人工智能训练师课开到了县城</h1>
<p class="src">来源公众号:贵州职教观察 · 2026-03-17</p>
<p>在贵阳经开区,<b>贵阳数标信息科技有限公司</b>的标注车间里,几十名学员正在给自动驾驶图片拉框……</p>
<p>公司负责人介绍,他们同时承接标注外包和人工智能训练师(数据标注员)培训,今年在凯里、都匀开设了教学点。</p>
<p>“我们不承诺包过,认定是评价机构做的,我们只负责把人教会。”</p>
<p>(文末信息)报名热线:400 882 6517;合作邮箱:ai_biaozhu@shubiaoedu.cn;官网:www.shubiaoedu.cn</p>
<p>企业信息:贵阳数标信息科技有限公司,统一社会信用代码 %s</p>
<p>证书查询请认准技能人才评价证书全国联网查询:zscx.osta.org.cn</p>
""" % C_U02, True, "U02", "贵阳数标信息科技有限公司",
    [("phone", "4008826517", "400 882 6517"), ("email", "ai_biaozhu@shubiaoedu.cn", "ai_biaozhu@shubiaoedu.cn"),
     ("domain", "shubiaoedu.cn", "www.shubiaoedu.cn"), ("uscc", C_U02, C_U02)],
    "U02 advertorial reposted from a WeChat account")

page("dsp", "v-7390215.html", "零基础学数据标注,在家接单|数标AI学院", """
<h1 class="vt">零基础学数据标注,在家接单 #人工智能训练师 #数据标注</h1>
<div class="author">@数标AI学院 · 粉丝 3.2万</div>
<div class="player">[视频 00:58]</div>
<div class="desc"><p>人工智能训练师到底是干嘛的?一条视频讲清楚。想系统学的主页有课程,
扣扣 2874 561 093 ,备注“视频”。</p></div>
<div class="stats">❤ 1.1万 · 评论 326 · 分享 98</div>
""", True, "U02", "数标AI学院",
    [("qq", "2874561093", "2874 561 093")],
    "U02 short video, tie by QQ written with spaces")

page("shop", "item-601125.html", "【数标教育旗舰店】人工智能训练师数据标注员网课+实训账号", """
<h1>【数标教育旗舰店】人工智能训练师数据标注员网课+实训账号</h1>
<div class="p">¥899.00 <span>月销 312</span></div>
<div class="sku">规格:五级理论+实操网课 / 标注平台实训账号90天</div>
<div class="detail"><p>本商品为线上课程,不含认定考试费,认定需本人向评价机构报名。</p>
<p>售后邮箱 ai_biaozhu#shubiaoedu.cn(#换成@)</p>
<p>经营者:贵阳数标信息科技有限公司 %s</p></div>
""" % C_U02, True, "U02", "数标教育旗舰店",
    [("email", "ai_biaozhu@shubiaoedu.cn", "ai_biaozhu#shubiaoedu.cn"), ("uscc", C_U02, C_U02)],
    "U02 shop item; obfuscated e-mail and licence info")

# ================================================================ U03 苗岭人才
page("fenlei", "post-10288.html", "人工智能训练师四级/三级认定培训 可申领技能提升补贴", """
<h1>人工智能训练师四级/三级认定培训 可申领技能提升补贴</h1>
<table class="info"><tr><td>类别</td><td>教育培训 &gt; 职业技能</td></tr>
<tr><td>区域</td><td>凯里市 · 北京东路</td></tr><tr><td>联系人</td><td>张老师</td></tr>
<tr><td>电话</td><td>0855-8226371</td></tr><tr><td>发布</td><td>2026-03-05</td></tr></table>
<div class="desc"><p>苗岭人才服务承办人工智能训练师培训,考点设在凯里学院(考点前台 0855-8068800)。</p>
<p>参加州里公布的认定计划批次 13520260418,有失业保险参保满一年的,五级最高补贴1000元、四级1500元、三级2000元。</p>
<p>报考四级需持五级证书并满足工作年限,请带好证明材料。政策咨询也可打12333。</p>
<p>微信:mlrc0855</p></div>
""", True, "U03", "苗岭人才服务",
    [("phone", "08558226371", "0855-8226371"), ("wechat", "mlrc0855", "mlrc0855")],
    "U03 classified ad; honest about subsidy and eligibility")

page("wenda", "q-551902.html", "黔东南考人工智能训练师去哪里报名比较靠谱?", """
<div class="q"><h1>黔东南考人工智能训练师去哪里报名比较靠谱?</h1>
<p>在凯里上班,想考个人工智能训练师四级,网上好多机构,不知道哪家靠谱,求推荐。</p></div>
<div class="a best"><div class="who">苗岭职教张老师 <span>教育从业者</span></div>
<p>先说怎么判断:证书是评价机构发的,拿到后在技能人才评价证书全国联网查询能查到才算数。</p>
<p>报四级要五级证书+工作年限,说零基础直接三级的别信。</p>
<p>机构有没有资质,可以打州人社局 0855-8223960 核实。</p>
<p>我们苗岭这边每月有班,需要可以加我微信 Mlrc0855 了解。</p></div>
""", True, "U03", "苗岭职教张老师",
    [("wechat", "mlrc0855", "Mlrc0855")],
    "U03 Q&A answer with a soft ad",
    comments="""
<div class="cmt">莉莉要上岸:谢谢老师,我已经加了,我的微信 lili_kl1990</div>
<div class="cmt">匿名用户:这是广告吧</div>
""")

page("news", "ad-20260320.html", "技能提升正当时 苗岭人才服务助力黔东南数字人才培养", """
<h1>技能提升正当时 苗岭人才服务助力黔东南数字人才培养</h1>
<p class="by">2026-03-20 来源:企业供稿 【推广】</p>
<p>近日,黔东南苗岭人才服务有限公司人工智能训练师(三级)培训班在凯里开班,40余名学员参加。</p>
<p>据介绍,培训按照《人工智能训练师国家职业技能标准(2021年版)》组织,设业务分析、智能训练、智能系统设计等模块。</p>
<p>学员取得的职业技能等级证书编号格式如 S000052260008265000137,可在 jndj.osta.org.cn 查询。</p>
<p>报名咨询:(0855)8226371。企业统一社会信用代码:%s。</p>
""" % C_U03, True, "U03", "黔东南苗岭人才服务有限公司",
    [("phone", "08558226371", "(0855)8226371"), ("uscc", C_U03, C_U03)],
    "U03 sponsored news article (软文)")

# ================================================================ U04 智学派 (scam)
page("kezhan", "course-20877.html", "人工智能训练师三级+二级+一级 三证联报 国家级证书", """
<h1>人工智能训练师 三级+二级+一级 三证联报【国家级证书】</h1>
<div class="seller">机构:智学派职业教育</div>
<div class="price">¥99 <del>¥9999</del> <span>限时特惠</span></div>
<h3>课程介绍</h3>
<p>人社部颁发,国家职业资格证书,全国通用终身有效!不限学历、不限年龄、无门槛,三个等级一次报名同时拿证。</p>
<p>90%的小白都能学会,包过,不过全额退款。可挂靠企业,一年躺赚2万+。</p>
<p>报名后添加班主任:177 8501 9623 ;学费转账户名 王德成</p>
""", True, "U04", "智学派职业教育",
    [("phone", "+8617785019623", "177 8501 9623"), ("other", "王德成", "王德成")],
    "U04 scam listing: three levels at once, 人社部颁发, 国家职业资格, 包过, 挂靠")

page("wenda", "q-552377.html", "人工智能训练师证书有什么用?值得考吗?", """
<div class="q"><h1>人工智能训练师证书有什么用?值得考吗?</h1>
<p>看到广告说是国家级证书,能落户能加薪,真的吗?</p></div>
<div class="a"><div class="who">智学派-刘老师</div>
<p>当然值得!人社部认证的新职业,国家级证书,入库可查,落户、积分、评职称都能用。</p>
<p>现在报名原价9999限时99,三级二级一级一起拿,免培训直接考。</p>
<p>咨询 17785019623,微信 zxp_laoshi</p></div>
""", True, "U04", "智学派",
    [("phone", "+8617785019623", "17785019623"), ("wechat", "zxp_laoshi", "zxp_laoshi")],
    "U04 Q&A answer; scam claims",
    comments="""<div class="cmt">路人甲:一级要二级证书加四年,免培训直接考一级?跟 170 8012 5563 那个是一伙的吧</div>""")

page("dsp", "v-7391876.html", "AI训练师证书 国家认可 月入过万 #副业", """
<h1 class="vt">AI训练师证书 国家认可 月入过万 #副业 #人工智能训练师</h1>
<div class="author">@智学派官方</div>
<div class="player">[视频 00:32]</div>
<div class="desc"><p>官方认证!人社部颁发!拿证就能接单月入过万,限时99元,私信或加 V:ZXP_laoshi</p>
<p>付款请认准对公户名:王德成(个人收款更优惠),支持支付宝。</p></div>
<div class="stats">❤ 8,214 · 评论 1,022</div>
""", True, "U04", "智学派官方",
    [("wechat", "zxp_laoshi", "ZXP_laoshi"), ("other", "王德成", "王德成")],
    "U04 short video: 官方认证, 月入过万, payee name")

# ================================================================ U05 启航教育
page("bbs", "thread-88530.html", "启航教育人工智能训练师培训,补贴后几乎免费!", """
<div class="post first"><div class="author">楼主:启航教育小何</div>
<div class="content"><p>启航教育(凯里、都匀都有教学点)人工智能训练师开班啦!</p>
<p>五级到三级都有,有社保的补贴后几乎免费,拿证后还可以挂靠公司拿钱。</p>
<p>电话/微信同号 186 0855 3372,学员交流群 583920174</p></div></div>
""", True, "U05", "启航教育",
    [("phone", "+8618608553372", "186 0855 3372"), ("qq_group", "583920174", "583920174")],
    "U05 forum ad; subsidy overstatement and 挂靠",
    comments="""
<div class="post"><div class="author">2楼 大树</div><div class="content">挂靠能拿多少?有人做过吗</div></div>
<div class="post"><div class="author">3楼 想转行的阿峰</div><div class="content">已私信,我电话 158 8503 2214,方便的话打给我</div></div>
""")

page("fenlei", "post-10305.html", "都匀/凯里 人工智能训练师 周末班 补贴申领一条龙", """
<h1>都匀/凯里 人工智能训练师 周末班 补贴申领一条龙</h1>
<table class="info"><tr><td>类别</td><td>教育培训 &gt; 职业技能</td></tr>
<tr><td>区域</td><td>凯里市 · 营盘路</td></tr><tr><td>联系人</td><td>何老师</td></tr>
<tr><td>电话</td><td>18608553372</td></tr><tr><td>发布</td><td>2026-03-08</td></tr></table>
<div class="desc"><p>周末上课不耽误上班,五级四级三级,协助办理技能提升补贴,手续我们全包。</p></div>
""", True, "U05", "启航",
    [("phone", "+8618608553372", "18608553372")],
    "U05 classified ad")

page("wxart", "a-2026030901.html", "人工智能训练师报名啦!启航教育2026年第一期招生简章", """
<h1>人工智能训练师报名啦!启航教育2026年第一期招生简章</h1>
<p class="src">来源公众号:启航职业教育 · 2026-03-09</p>
<h2>一、招生对象</h2><p>有意从事数据标注、AI产品运营的社会人员及在校生。</p>
<h2>二、费用</h2><p>五级1500元、四级2000元、三级2600元。符合条件可申领技能提升补贴,补贴后几乎免费。</p>
<h2>三、报名方式</h2><p>填写报名表:https://jinshuju.net/f/qh2026ai ,或加入学员QQ群(群号:583-920-174)。</p>
<p>联系电话:１８６０８５５３３７２</p>
""", True, "U05", "启航职业教育",
    [("qq_group", "583920174", "583-920-174"), ("phone", "+8618608553372", "１８６０８５５３３７２")],
    "U05 WeChat enrolment brochure; QQ group with dashes, phone in full-width digits")

# ================================================================ U06 云端AI学堂
page("kezhan", "course-21004.html", "AI训练师全能班(提示词+数据标注+大模型评测)-云端AI学堂", """
<h1>AI训练师全能班(提示词+数据标注+大模型评测)</h1>
<div class="seller">机构:云端AI学堂 <span class="badge">课栈认证机构</span></div>
<div class="price">¥2980 <span>已报名 4,877 人</span></div>
<h3>课程介绍</h3><p>50节录播+直播答疑,学完推荐就业,包就业不满意退款。官方认证人工智能训练师证书。</p>
<p>课程官网 yunduanai.com ,客服热线 400-617-1828</p>
""", True, "U06", "云端AI学堂",
    [("domain", "yunduanai.com", "yunduanai.com"), ("phone", "4006171828", "400-617-1828")],
    "U06 marketplace course; 包就业, 官方认证")

page("wenda", "q-553120.html", "在家能学人工智能训练师吗?有没有网课推荐", """
<div class="q"><h1>在家能学人工智能训练师吗?有没有网课推荐</h1>
<p>宝妈一个,想在家学点技能。</p></div>
<div class="a"><div class="who">云端AI学堂助教</div>
<p>可以的,我们有网课,零基础可学,课程链接 https://m.yunduanai.com/ai-trainer ,有问题加微信 ydai_edu</p></div>
""", True, "U06", "云端AI学堂",
    [("domain", "yunduanai.com", "m.yunduanai.com"), ("wechat", "ydai_edu", "ydai_edu")],
    "U06 Q&A answer with course link")

page("dsp", "v-7392450.html", "宝妈在家做AI训练师,一个月多赚三千", """
<h1 class="vt">宝妈在家做AI训练师,一个月多赚三千 #AI训练师 #宝妈副业</h1>
<div class="author">@云端AI学堂-小雅</div>
<div class="player">[视频 01:12]</div>
<div class="desc"><p>拿到证书便可升职加薪,课程+证书一站式,评论区扣1或者加薇 YDAI_EDU 领试听课</p></div>
<div class="stats">❤ 2.6万 · 评论 3,310</div>
""", True, "U06", "云端AI学堂-小雅",
    [("wechat", "ydai_edu", "YDAI_EDU")],
    "U06 short video")

page("shop", "item-601388.html", "云端AI学堂 人工智能训练师证书课程 官方认证 包就业", """
<h1>云端AI学堂 人工智能训练师证书课程 官方认证 包就业</h1>
<div class="p">¥2980.00 <span>月销 1,024</span></div>
<div class="detail"><p>课程+考证+就业推荐,拍下后联系客服开通。订单请留手机号,示例 13800138000。</p>
<p>售后:kefu@yunduanai.com ,电话 4006171828</p></div>
""", True, "U06", "云端AI学堂",
    [("email", "kefu@yunduanai.com", "kefu@yunduanai.com"), ("phone", "4006171828", "4006171828")],
    "U06 shop item")

# ================================================================ U07 明德职业培训学校 (honest)
page("fenlei", "post-10317.html", "凯里市明德职业培训学校 人工智能训练师(五级)招生", """
<h1>凯里市明德职业培训学校 人工智能训练师(五级)招生</h1>
<table class="info"><tr><td>类别</td><td>教育培训 &gt; 学校招生</td></tr>
<tr><td>区域</td><td>凯里市 · 韶山南路</td></tr><tr><td>联系人</td><td>教务处</td></tr>
<tr><td>电话</td><td>0855-3812546</td></tr><tr><td>发布</td><td>2026-03-10</td></tr></table>
<div class="desc"><p>本校为人社部门审批的民办职业培训学校,开设人工智能训练师(数据标注员)五级培训,60学时。</p>
<p>报考条件:本职业或相关职业累计工作1年及以上,或学徒期满。本期纳入认定计划批次 13520260418。</p>
<p>本校不承诺包过。培训资质可致电州人社局职业能力建设科 0855-8223960 核实,政策咨询 12333。</p></div>
""", True, "U07", "凯里市明德职业培训学校",
    [("phone", "08553812546", "0855-3812546")],
    "U07 honest classified ad")

page("wxart", "a-2026031201.html", "明德职校:人工智能训练师(五级)第三期培训班开始报名", """
<h1>明德职校:人工智能训练师(五级)第三期培训班开始报名</h1>
<p class="src">来源公众号:凯里明德职校 · 2026-03-12</p>
<p>培训内容依据《人工智能训练师国家职业技能标准(2021年版)》,理论与实操结合,结业后参加评价机构组织的认定。</p>
<p>认定考点:凯里学院(考点前台 0855-8068800,仅负责考场事务)。</p>
<p>证书可在 zscx.osta.org.cn 查询;凡声称“人社部颁发”“包过”的均非本校宣传。</p>
<p>报名电话:0855 3812546  邮箱:mdpx_kl@126.com</p>
""", True, "U07", "凯里明德职校",
    [("phone", "08553812546", "0855 3812546"), ("email", "mdpx_kl@126.com", "mdpx_kl@126.com")],
    "U07 WeChat brochure; honest")

page("college", "jxjy-ai.html", "关于举办人工智能训练师(五级)社会培训班的通知", """
<h1>关于举办人工智能训练师(五级)社会培训班的通知</h1>
<p>我院与凯里市明德职业培训学校(统一社会信用代码:%s)联合举办人工智能训练师(五级)社会培训班,面向社会招收学员。</p>
<p>一、培训时间:2026年4月至5月,周末授课。二、费用:培训费1200元,认定费按评价机构标准另收。</p>
<p>三、报名:联合培训单位教务处 08553812546,邮箱 MDPX_KL@126.com。考场咨询:凯里学院考点前台 0855-8068800。</p>
<p>四、证书:评价机构颁发职业技能等级证书,证书编号如 S000052260008265000137,可登录 jndj.osta.org.cn 查询。</p>
""" % C_U07, True, "U07", "凯里市明德职业培训学校",
    [("phone", "08553812546", "08553812546"), ("email", "mdpx_kl@126.com", "MDPX_KL@126.com"), ("uscc", C_U07, C_U07)],
    "U07 joint enrolment notice on a college site")

# ================================================================ U08 华训认证中心 (scam)
page("bbs", "thread-88601.html", "国家人工智能训练师证书 免考试 直接拿证 官网可查", """
<div class="post first"><div class="author">楼主:华训老师</div>
<div class="content"><p>人社部颁发国家职业资格证书,免培训,资料齐全15天出证,官网可查,全国通用。</p>
<p>高级技师一级也能办,价格美丽,需要的打 153 2987 6410</p></div></div>
""", True, "U08", "华训老师",
    [("phone", "+8615329876410", "153 2987 6410")],
    "U08 forum ad: 免培训直接发证",
    comments="""
<div class="post"><div class="author">2楼 想转行的阿峰</div><div class="content">真的假的?我电话 158 8503 2214</div></div>
<div class="post"><div class="author">3楼 版主</div><div class="content">疑似办假证广告,已警告,请网友谨慎。</div></div>
""")

page("fenlei", "post-10342.html", "人工智能训练师证 快速拿证 国家认可", """
<h1>人工智能训练师证 快速拿证 国家认可</h1>
<table class="info"><tr><td>类别</td><td>商务服务 &gt; 代办</td></tr>
<tr><td>区域</td><td>黔东南</td></tr><tr><td>联系人</td><td>华训认证中心</td></tr>
<tr><td>电话</td><td>15329876410</td></tr><tr><td>发布</td><td>2026-03-11</td></tr></table>
<div class="desc"><p>华训认证中心,不用上课不用考试,交费即发证,人社部颁发,官网可查。QQ 3198275640</p></div>
""", True, "U08", "华训认证中心",
    [("phone", "+8615329876410", "15329876410"), ("qq", "3198275640", "3198275640")],
    "U08 classified ad")

page("dsp", "v-7393011.html", "人工智能训练师证书查询教程", """
<h1 class="vt">人工智能训练师证书怎么查?三秒教会你 #证书查询</h1>
<div class="author">@华训人才服务</div>
<div class="player">[视频 00:41]</div>
<div class="desc"><p>我们出的证书都在“华训证书查询中心” htrzcx.com 可查,真实有效!办理加Q:3198275640</p></div>
<div class="stats">❤ 940 · 评论 87</div>
""", True, "U08", "华训人才服务",
    [("qq", "3198275640", "3198275640"), ("domain", "htrzcx.com", "htrzcx.com")],
    "U08 short video promoting a fake query site")

page("shop", "item-601502.html", "人工智能训练师证书办理 人社部颁发 可查", """
<h1>人工智能训练师证书办理 人社部颁发 可查</h1>
<div class="p">¥1680.00 <span>月销 56</span></div>
<div class="detail"><p>华训认证:三级/二级/一级均可办理,免培训。证书查询网址 www.htrzcx.com</p>
<p>拍前联系 153-2987-6410,支付后订单号发客服。</p></div>
""", True, "U08", "华训认证",
    [("domain", "htrzcx.com", "www.htrzcx.com"), ("phone", "+8615329876410", "153-2987-6410")],
    "U08 shop item")

# ================================================================ U09 数智工坊
page("kezhan", "course-21177.html", "生成式AI/人工智能训练师实战营-数智工坊", """
<h1>生成式AI·人工智能训练师实战营(含大模型数据标注)</h1>
<div class="seller">机构:杭州数智工坊</div>
<div class="price">¥1280 <span>已报名 682 人</span></div>
<h3>课程介绍</h3><p>结合4-04-05-05人工智能训练师标准与大模型数据工程实践,共40课时。本课程为培训课程,认定需另报。</p>
<p>课程答疑微信:szgf_hz</p>
""", True, "U09", "杭州数智工坊",
    [("wechat", "szgf_hz", "szgf_hz")],
    "U09 marketplace course")

page("wxart", "a-2026031505.html", "人工智能训练师和生成式人工智能系统应用员,有什么区别?", """
<h1>人工智能训练师和生成式人工智能系统应用员,有什么区别?</h1>
<p class="src">来源公众号:数智工坊 · 2026-03-15</p>
<p>人工智能训练师代码4-04-05-05,生成式人工智能系统应用员是4-04-05-13,是两个不同职业……</p>
<p>两门课我们都有开设,报名表 https://jinshuju.net/f/szgf26 ,或加微信 szgf_hz,邮箱 szgf2026@163.com</p>
""", True, "U09", "数智工坊",
    [("wechat", "szgf_hz", "szgf_hz"), ("email", "szgf2026@163.com", "szgf2026@163.com")],
    "U09 WeChat article with enrolment call")

page("shop", "item-601777.html", "数智工坊 AI训练师+AIGC应用 双证课程", """
<h1>数智工坊 AI训练师+AIGC应用 双证课程</h1>
<div class="p">¥1580.00 <span>月销 203</span></div>
<div class="detail"><p>双证套餐:人工智能训练师培训+AIGC应用培训结业证书。</p>
<p>联系邮箱 SZGF2026@163.com ,电话 135 8821 7706</p></div>
""", True, "U09", "数智工坊",
    [("email", "szgf2026@163.com", "SZGF2026@163.com"), ("phone", "+8613588217706", "135 8821 7706")],
    "U09 shop item")

# ================================================================ independents
page("kezhan", "course-21260.html", "人工智能训练师四级理论题库+实操讲解-小鹿AI课堂", """
<h1>人工智能训练师四级理论题库+实操讲解</h1>
<div class="seller">机构:小鹿AI课堂</div>
<div class="price">¥368</div>
<p>覆盖基本要求、数据采集和处理、数据标注、智能系统运维四个模块。报名留电话(格式如13800138000),或直接联系 159 8550 7741。</p>
""", True, "I01", "小鹿AI课堂",
    [("phone", "+8615985507741", "159 8550 7741")], "independent: question-bank course")

page("bbs", "thread-88655.html", "本人做数据标注三年,可以带人考人工智能训练师", """
<div class="post first"><div class="author">楼主:老杨在凯里</div>
<div class="content"><p>自己在标注公司干了三年,考了四级,可以带几个人一起学,收点资料费,不包过。</p>
<p>微信 yang_ai_kl</p></div></div>
""", True, "I02", "老杨在凯里",
    [("wechat", "yang_ai_kl", "yang_ai_kl")], "independent: individual tutor on forum")

page("fenlei", "post-10366.html", "锦程教育 人工智能训练师 夜校班", """
<h1>锦程教育 人工智能训练师 夜校班</h1>
<table class="info"><tr><td>类别</td><td>教育培训 &gt; 职业技能</td></tr>
<tr><td>区域</td><td>凯里市 · 大十字</td></tr><tr><td>联系人</td><td>吴老师</td></tr>
<tr><td>电话</td><td>0855-8537102</td></tr><tr><td>发布</td><td>2026-03-14</td></tr></table>
<div class="desc"><p>夜校班,每周二四晚上课,五级四级,费用详询。</p></div>
""", True, "I03", "凯里锦程教育",
    [("phone", "08558537102", "0855-8537102")], "independent classified ad")

page("wxart", "a-2026030302.html", "贵州智汇:2026年人工智能训练师三级培训报名通知", """
<h1>贵州智汇:2026年人工智能训练师三级培训报名通知</h1>
<p class="src">来源公众号:贵州智汇职业技能 · 2026-03-03</p>
<p>报名条件:持四级证书并满足工作年限要求。可申请技能提升补贴(三级最高2000元)。</p>
<p>报名邮箱:zhihui_px@qq.com,报名表 https://jinshuju.net/f/zh2026</p>
""", True, "I04", "贵州智汇职业技能",
    [("email", "zhihui_px@qq.com", "zhihui_px@qq.com")], "independent WeChat notice")

page("dsp", "v-7394102.html", "考完人工智能训练师四级,说点真心话", """
<h1 class="vt">考完人工智能训练师四级,说点真心话 #人工智能训练师</h1>
<div class="author">@AI训练师小周</div>
<div class="player">[视频 02:05]</div>
<div class="desc"><p>实操比理论难,别信包过。想一起备考的可以报我的带学小班,199元,加 zhou_aixl</p></div>
<div class="stats">❤ 5,601 · 评论 412</div>
""", True, "I05", "AI训练师小周",
    [("wechat", "zhou_aixl", "zhou_aixl")], "independent short-video tutor")

page("shop", "item-601903.html", "码上学 人工智能训练师五级备考资料+模拟系统", """
<h1>码上学 人工智能训练师五级备考资料+模拟系统</h1>
<div class="p">¥59.90 <span>月销 1,530</span></div>
<div class="detail"><p>电子版资料+在线模拟,不含考试。下单时请在备注中填写收件邮箱(例如 yourname@qq.com)。</p>
<p>店铺客服QQ 1547720386</p></div>
""", True, "I06", "码上学官方店",
    [("qq", "1547720386", "1547720386")], "independent shop item")

# ================================================================ non-offers
page("bbs", "thread-88702.html", "【曝光】交了3980报人工智能训练师,对方拉黑了", """
<div class="post first"><div class="author">楼主:被坑的小王</div>
<div class="content"><p>上个月在短视频上看到“人社部颁发、包过”的广告,加了对方,交了3980,说一周出证。</p>
<p>现在电话 170 8012 5563 打不通,微信也把我拉黑了。已经打了12315投诉,大家引以为戒!</p></div></div>
""", note="complaint thread; quotes a scammer's number",
    comments="""
<div class="post"><div class="author">2楼 凯里小雨</div><div class="content">这个号码我也接到过,说是什么认证中心</div></div>
<div class="post"><div class="author">3楼 版主</div><div class="content">已置顶。证书请到 zscx.osta.org.cn 查询。</div></div>
""")

page("wenda", "q-554010.html", "人工智能训练师证书怎么查真假?", """
<div class="q"><h1>人工智能训练师证书怎么查真假?</h1></div>
<div class="a best"><div class="who">热心网友</div>
<p>职业技能等级证书由备案的评价机构颁发,不是人社部直接颁发。证书编号22位,一个大写字母加21位数字,例如 S000052260008265000137 这种格式。</p>
<p>查询只认 zscx.osta.org.cn 和证书上印的 jndj.osta.org.cn,其它“查询中心”都要小心。拿不准打12333问。</p></div>
""", note="guide answer on how to verify a certificate")

page("news", "warn-20260312.html", "警惕!“人工智能训练师”证书诈骗盯上求职者", """
<h1>警惕!“人工智能训练师”证书诈骗盯上求职者</h1>
<p class="by">2026-03-12 黔东南在线记者</p>
<p>近期,我州多名市民反映,有人冒用“人社部”名义推销人工智能训练师证书,声称“免培训、包通过、国家认可”。</p>
<p>市民王女士向记者提供了对方联系电话170-8012-5563,该号码目前已停机。</p>
<p>人社部门提醒:职业技能等级证书由备案评价机构颁发,可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询;遇到侵权可拨打12315,政策咨询拨打12333。</p>
""", note="news warning quoting a scam number and hotlines")

page("news", "policy-20260305.html", "我州2026年技能提升补贴政策解读", """
<h1>我州2026年技能提升补贴政策解读</h1>
<p class="by">2026-03-05 黔东南在线</p>
<p>失业保险参保满一年的职工,取得职业技能等级证书后可申领技能提升补贴,五级、四级、三级分别最高1000元、1500元、2000元。</p>
<p>二级、一级没有此项国家补贴。具体可咨询州人社局职业能力建设科 0855-8223960 或拨打12333。</p>
""", note="policy news")

page("rsj", "notice-0301.html", "关于公布2026年第一批职业技能等级认定计划的通知", """
<h1>关于公布2026年第一批职业技能等级认定计划的通知</h1>
<p class="doc">发布机构:州人力资源和社会保障局 发布日期:2026-03-01</p>
<p>各有关单位:现将2026年第一批职业技能等级认定计划予以公布(认定计划批次 13520260418),涉及人工智能训练师等职业(工种)。</p>
<p>已备案培训单位:凯里市明德职业培训学校、黔东南苗岭人才服务有限公司等(排名不分先后)。</p>
<p>咨询电话:0855-8223960;12333。</p>
""", note="official notice of the exam batch")

page("rsj", "notice-0315.html", "关于谨防“山寨证书”诈骗的提醒", """
<h1>关于谨防“山寨证书”诈骗的提醒</h1>
<p class="doc">发布机构:州人力资源和社会保障局 发布日期:2026-03-15</p>
<p>近期有不法分子以“人社部颁发”“免培训直接发证”等名义推销证书,群众举报的号码包括17080125563。</p>
<p>职业技能等级证书请通过 zscx.osta.org.cn 查询。举报电话:0855-8223960,12333。</p>
""", note="official warning quoting a scam number")

page("college", "zs-huli.html", "2026年护理专业成人高考招生简章", """
<h1>2026年护理专业成人高考招生简章</h1>
<p>我院继续教育学院2026年成人高考护理专业(专科)招生,学制2.5年,函授。</p>
<p>咨询:继续教育学院招生办,工作日8:30-17:30。</p>
""", note="unrelated enrolment on the college site")

# ---------------------------------------------------------------- site frames
FOOTERS = {
    "qianzhi": '<p>凯里黔智未来教育咨询有限公司 统一社会信用代码:%s</p><p>地址:凯里市开元大道 · 电话:139-8556-1234 · www.qzwljy.com</p>' % C_U01,
    "kezhan": '<p>课栈网 · 在线职业教育平台 | 客服热线 400-680-3321 | 客服邮箱 service@kezhan.com.cn</p><p>© 2026 www.kezhan.com.cn 版权所有</p>',
    "bbs": '<p>凯里生活论坛 · 本站言论仅代表发帖人观点</p><p><a href="#">黔ICP备17004521号-1</a> · 版务联系 admin@kailibbs.net</p>',
    "fenlei": '<p>黔东南便民分类信息网 · 本地交流QQ群:68213347 · 官方公众号:qdnfenlei</p><p>信息由用户发布,交易前请核实,谨防诈骗。</p>',
    "wenda": '<p>知多少问答 · 回答仅代表答主个人观点 · 举报邮箱 jubao@zhiduoshao.net</p>',
    "wxart": '<p>公众号文摘 · 文章转载自微信公众号,版权归原作者 · 投稿/删稿:tougao@wxwenzhai.cn</p>',
    "dsp": '<p>快看短视频 · 官方客服QQ 800066123 · 网上有害信息举报</p>',
    "news": '<p>黔东南在线 · 新闻热线 0855-8263110 · 广告服务 · 联系我们</p>',
    "rsj": '<p>主办:州人力资源和社会保障局 · 政策咨询 12333 · 地址:凯里市</p>',
    "shop": '<p>苗选商城 www.miaoxuan.cn · 运营主体:贵州苗选电子商务有限公司 统一社会信用代码 %s · 支付宝客服 95188 · 消费者投诉 12315</p>' % C_SHOP,
    "college": '<p>黔东南职业技术学院继续教育学院 · 统一社会信用代码 %s · 地址:凯里市</p>' % C_COLL,
}

MENUS = {
    "qianzhi": ["首页", "课程中心", "师资力量", "学员风采", "联系我们"],
    "kezhan": ["首页", "职业技能", "IT互联网", "考证", "机构入驻"],
    "bbs": ["论坛首页", "凯里杂谈", "求职招聘", "教育培训", "曝光台"],
    "fenlei": ["首页", "招聘", "房产", "二手", "教育培训", "商务服务"],
    "wenda": ["首页", "教育", "职场", "热门问题", "我要提问"],
    "wxart": ["首页", "职场", "教育", "科技", "地方"],
    "dsp": ["推荐", "关注", "热门", "知识", "同城"],
    "news": ["首页", "本地", "民生", "教育", "法治"],
    "rsj": ["首页", "政务公开", "通知公告", "办事服务", "互动交流"],
    "shop": ["首页", "分类", "教育培训", "购物车", "我的"],
    "college": ["学院首页", "学院概况", "社会培训", "成人教育", "通知公告"],
}

STYLE = {
    "qianzhi": "body{font-family:sans-serif;background:#f4f8ff}.hd{background:#1d4ed8;color:#fff}",
    "kezhan": "body{font-family:Arial;background:#fafafa}.hd{background:#ff6a00;color:#fff}",
    "bbs": "body{font-size:14px}.hd{background:#2b6b2b;color:#fff}.post{border:1px solid #ccc}",
    "fenlei": "body{font:13px SimSun}.hd{background:#e00;color:#fff}table.info td{border:1px solid #ddd}",
    "wenda": "body{font-family:sans-serif}.hd{background:#0a84ff;color:#fff}",
    "wxart": "body{max-width:680px;margin:auto}.hd{background:#07c160;color:#fff}",
    "dsp": "body{background:#111;color:#eee}.hd{background:#000}",
    "news": "body{font-family:serif}.hd{background:#b00;color:#fff}",
    "rsj": "body{font-family:SimSun}.hd{background:#c00;color:#ff0}",
    "shop": "body{background:#f5f5f5}.hd{background:#ff4400;color:#fff}",
    "college": "body{font-family:sans-serif}.hd{background:#003a8c;color:#fff}",
}

SECTION_NAME = {
    "qianzhi": "课程中心", "kezhan": "考证", "bbs": "教育培训", "fenlei": "教育培训",
    "wenda": "教育", "wxart": "职场", "dsp": "知识", "news": "本地", "rsj": "通知公告",
    "shop": "教育培训", "college": "社会培训",
}

SIDEBARS = {
    "qianzhi": "<h4>热门课程</h4><p>人工智能训练师 · 数据标注员</p>",
    "kezhan": "<h4>考证热榜</h4><p>人工智能训练师 / 数据分析 / 电子商务师</p>",
    "bbs": "<h4>版规</h4><p>禁止发布办证广告,违者删帖封号。</p>",
    "fenlei": "<h4>防骗提示</h4><p>凡要求先交钱后办证的,请谨慎。</p>",
    "wenda": "<h4>相关问题</h4><p>数据标注员累不累?</p>",
    "wxart": "<h4>热门文章</h4><p>新职业速览</p>",
    "dsp": "<h4>相关推荐</h4><p>#人工智能训练师 话题 2.1亿次播放</p>",
    "news": "<h4>热点</h4><p>我州春季招聘会开幕</p>",
    "rsj": "<h4>便民服务</h4><p>社保查询 · 职业技能等级证书查询</p>",
    "shop": "<h4>店铺推荐</h4><p>教育培训类目热卖</p>",
    "college": "<h4>快速通道</h4><p>成绩查询 · 缴费平台</p>",
}


def esc_title(t):
    return t.replace("&", "&amp;").replace("<", "&lt;")


def render(p, site_pages):
    s = p["site"]
    sname = SITES[s]["name"]
    menu = " | ".join('<a href="/%s/index.html">%s</a>' % (s, m) for m in MENUS[s])
    is_index = p["path"].endswith("/index.html")
    if is_index:
        crumbs = '<a href="/index.html">导航</a> &gt; %s' % sname
    else:
        crumbs = '<a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; %s &gt; 正文' % (
            s, sname, SECTION_NAME[s])
    others = [q for q in site_pages if q is not p and not q["path"].endswith("/index.html")]
    idx = site_pages.index(p)
    rel = others[idx % max(1, len(others)):] + others[:idx % max(1, len(others))]
    related = "".join('<li><a href="%s">%s</a></li>' % (q["path"], esc_title(q["title"])) for q in rel[:3])
    comments = ('<div class="comments"><h4>评论/回复</h4>%s</div>' % p["comments"]) if p["comments"] else ""
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title>
<style>%s</style></head>
<body><div class="hd"><span class="logo">%s</span> <nav>%s</nav></div>
<div class="crumbs">%s</div>
<div class="wrap"><div class="main">%s%s</div>
<aside class="side">%s</aside></div>
<div class="related"><h4>相关推荐</h4><ul>%s</ul></div>
<footer>%s</footer>
</body></html>
""" % (esc_title(p["title"]), sname, STYLE[s], sname, menu, crumbs, p["body"], comments,
       SIDEBARS[s], related, FOOTERS[s])


def build_indexes():
    for s, info in SITES.items():
        if any(p["path"] == "/%s/index.html" % s for p in PAGES):
            continue
        items = [p for p in PAGES if p["site"] == s]
        li = "".join('<li><a href="%s">%s</a></li>' % (p["path"], esc_title(p["title"])) for p in items)
        body = "<h1>%s</h1><ul class=\"list\">%s</ul>" % (info["name"], li)
        PAGES.insert(0, dict(site=s, path="/%s/index.html" % s, title=info["name"] + " 首页",
                             body=body, is_offer=False, operator=None, provider=None,
                             identifiers=[], note="site index (%s)" % info["kind"], comments=""))
    # the company site's index is itself an offer: add links to its other pages
    for p in PAGES:
        if p["path"] == "/qianzhi/index.html":
            items = [q for q in PAGES if q["site"] == "qianzhi" and q is not p]
            p["body"] += "<h2>课程列表</h2><ul>%s</ul>" % "".join(
                '<li><a href="%s">%s</a></li>' % (q["path"], esc_title(q["title"])) for q in items)


DECOYS = [
    ("phone", "12333", ["12333"], "人社 public service hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("phone", "4006803321", ["400-680-3321"], "course marketplace's own customer-service line in its footer"),
    ("email", "service@kezhan.com.cn", ["service@kezhan.com.cn"], "marketplace footer e-mail"),
    ("domain", "kezhan.com.cn", ["www.kezhan.com.cn"], "marketplace's own domain in footer"),
    ("qq_group", "68213347", ["68213347"], "classifieds site's local QQ group in its footer"),
    ("wechat", "qdnfenlei", ["qdnfenlei"], "classifieds site's official account in its footer"),
    ("other", "黔ICP备17004521号-1", ["黔ICP备17004521号-1"], "forum's ICP licence in footer"),
    ("email", "admin@kailibbs.net", ["admin@kailibbs.net"], "forum admin e-mail in footer"),
    ("email", "tougao@wxwenzhai.cn", ["tougao@wxwenzhai.cn"], "repost site's submission e-mail in footer"),
    ("qq", "800066123", ["800066123"], "short-video platform's customer-service QQ in footer"),
    ("phone", "08558263110", ["0855-8263110"], "news site's hotline in footer"),
    ("uscc", C_SHOP, [C_SHOP], "shop platform operator's licence code in footer"),
    ("domain", "miaoxuan.cn", ["www.miaoxuan.cn"], "shop platform's own domain in footer"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) customer service"),
    ("uscc", C_COLL, [C_COLL], "college's own code in its footer"),
    ("phone", "+8617080125563", ["170 8012 5563", "170-8012-5563", "17080125563"], "scammer's number quoted in complaints, news and a warning"),
    ("phone", "+8613520260418", ["13520260418"], "an exam batch number that looks like a mobile"),
    ("other", "S000052260008265000137", ["S000052260008265000137"], "sample certificate number"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder in forms"),
    ("email", "yourname@qq.com", ["yourname@qq.com"], "template placeholder e-mail"),
    ("wechat", "lili_kl1990", ["lili_kl1990"], "a reader's own WeChat in comments"),
    ("phone", "+8615885032214", ["158 8503 2214"], "a reader's own phone in comments"),
    ("phone", "08558068800", ["0855-8068800"], "exam venue front desk (third party)"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
    ("phone", "08558223960", ["0855-8223960"], "人社局 department line quoted for verification"),
]


def main():
    build_indexes()
    order = list(SITES)
    PAGES.sort(key=lambda p: (order.index(p["site"]), not p["path"].endswith("/index.html"), p["path"]))
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    html = {}
    for s in SITES:
        sp = [p for p in PAGES if p["site"] == s]
        for p in sp:
            html[p["path"]] = render(p, sp)
    hub_items = "".join('<li><a href="/%s/index.html">%s</a> <small>%s</small></li>' % (s, i["name"], i["kind"])
                        for s, i in SITES.items())
    html["/index.html"] = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网址导航</title></head>"
                           "<body><h1>网址导航 · 黔东南一周搜索</h1><ul>%s</ul></body></html>\n" % hub_items)
    for path, text in html.items():
        fp = os.path.join(OUT, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    tpages = [dict(path="/index.html", is_offer=False, operator=None, provider=None,
                   identifiers=[], note="hub linking every site's index")]
    for p in PAGES:
        tpages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"],
                           provider=p["provider"], identifiers=p["identifiers"], note=p["note"]))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _w in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for k, v, written, why in DECOYS:
        pages = sorted(path for path, t in html.items() if any(w in t for w in written))
        decoys.append(dict(kind=k, value=v, written=written, pages=pages, why=why))
    truth = dict(pages=tpages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(html), "offers", sum(p["is_offer"] for p in tpages), "decoys", len(decoys))


if __name__ == "__main__":
    main()
