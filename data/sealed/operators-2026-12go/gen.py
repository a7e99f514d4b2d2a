#!/usr/bin/env python3
"""Generate a small labeled web of Chinese pages about 人工智能训练师 (4-04-05-05)
certificate courses, as turned up by a week of searching from 天水 and 宝鸡.

Standard library only, deterministic.  `python3 gen.py` writes site/ and truth.json.
"""
import html
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
USCC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [pow(3, i, 31) for i in range(17)]


def _org_check(body8):
    """GB 11714 check character of the embedded 组织机构代码."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * k for c, k in zip(body8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, body8):
    s17 = prefix8 + body8 + _org_check(body8)
    assert all(ch in USCC_ALPHA for ch in s17), s17
    r = 31 - sum(USCC_ALPHA.index(c) * w for c, w in zip(s17, USCC_W)) % 31
    return s17 + USCC_ALPHA[0 if r == 31 else r]


U01_USCC = uscc("52620502", "MJ5A7C31")   # 民办非企业单位, 天水市秦州区
U02_USCC = uscc("91610303", "MA6X2B4Q")   # 企业, 宝鸡市金台区
U08_USCC = uscc("91610131", "MA6TK8N5")   # 企业 with a state-sounding name, 西安
U09_USCC = uscc("52620100", "MJ0H3D72")   # 民办非企业单位, 兰州
I05_USCC = uscc("52610302", "MJ4E1R68")   # 民办非企业单位, 宝鸡市渭滨区

# ---------------------------------------------------------------- sites
# Each site: name, frame style, platform footer (its own contacts), sidebar.
SITES = {}


def site(key, **kw):
    kw["key"] = key
    SITES[key] = kw


site("lyzx", name="天水陇原智训职业技能培训学校", style="company-green",
     menu=["首页", "学校简介", "培训项目", "报名指南", "政策补贴", "联系我们"],
     footer=("<p>天水陇原智训职业技能培训学校 版权所有 &nbsp; 地址:天水市秦州区民主西路118号商贸大厦4楼</p>"
             "<p>报名电话:0938-8216035 &nbsp; 招生老师:13919386021 &nbsp; 微信:lyzx_ts2024</p>"
             f"<p>统一社会信用代码:{U01_USCC} &nbsp; 办学许可证:教民162050270000123号</p>"
             "<p>官网:www.lyzxpx.cn &nbsp; 陇ICP备2021000417号-1</p>"),
     sidebar=("<h3>招生咨询</h3><p>工作日 8:30-17:30</p><p>周末班、晚班滚动开班</p>"
              "<h3>温馨提示</h3><p>本校不承诺“包过”,请以人社部门公布的认定结果为准。</p>"))

site("qinzhi", name="宝鸡秦智数标职业培训学校", style="company-blue",
     menu=["首页", "秦智AI学院", "课程体系", "报名", "学员风采", "关于我们"],
     footer=("<div class='foot'>宝鸡秦智数标职业培训学校(秦智AI学院) · 宝鸡市金台区宝光路66号智创园B座"
             "<br>电话 0917-3265188 | 手机 186 9170 6633 | 微信 qinzhi-ai | 邮箱 qinzhi_px@163.com"
             f"<br>统一社会信用代码 {U02_USCC} | www.qzsbai.com | 陕ICP备2022006613号-2</div>"),
     sidebar=("<div class='box'><b>近期开班</b><ul><li>3月21日 数据标注员(五级)周末班</li>"
              "<li>4月11日 四级 晚班</li></ul></div>"))

site("ketang", name="云课堂 · 职业技能频道", style="marketplace",
     menu=["首页", "IT·互联网", "职业考证", "人工智能", "语言学习", "我的课程"],
     footer=("<p>云课堂 www.yunketang.cn | 客服热线:400-820-6617(9:00-21:00)| 客服邮箱:kefu@yunketang.cn</p>"
             "<p>京ICP备15038842号-3 | 京公网安备11010802031188号 | 平台课程由入驻机构提供,云课堂不对证书效力作出承诺</p>"),
     sidebar=("<div class='side'><h4>热门分类</h4><p>数据标注 · Prompt工程 · Python · 职业考证</p>"
              "<h4>平台保障</h4><p>7天无理由退款 · 平台担保交易</p></div>"))

site("bbs", name="天水在线 · 陇上论坛", style="forum",
     menu=["论坛首页", "天水生活", "宝鸡同城", "求职招聘", "教育培训", "二手市场"],
     footer=("<p>天水在线 · 陇上论坛 &nbsp; 站务QQ群:213847561 &nbsp; 广告合作:0938-8316620</p>"
             "<p>陇ICP备09004132号 &nbsp; 帖子仅代表网友个人观点,与本站立场无关</p>"),
     sidebar=("<div class='side'><b>版规</b><p>严禁发布虚假办证广告,发现请举报。</p>"
              "<b>今日热帖</b><p>麦积山门票预约 / 秦州区二手房 / 宝鸡地铁规划</p></div>"))

site("fenlei", name="陇秦分类信息网", style="classifieds",
     menu=["首页", "天水", "宝鸡", "教育培训", "招聘", "房产", "二手"],
     footer=("<p>陇秦分类信息网 www.longqin58.com · 客服 400-611-5858 · 举报:jubao@longqin58.com</p>"
             "<p>陕ICP备17023358号-1 · 信息由用户发布,交易前请核实对方资质,谨防上当受骗</p>"),
     sidebar=("<div class='post-tip'><b>免费发布信息</b><p>联系电话:如 13800138000</p>"
              "<p>标题不超过30字,禁止发布办证、代考信息</p></div>"))

site("wenda", name="问问知道", style="qa",
     menu=["首页", "问题", "教育", "职场", "我要提问"],
     footer=("<p>问问知道 www.wenwenzd.com · 意见反馈:feedback@wenwenzd.com · 京ICP备19044706号</p>"
             "<p>回答内容由网友提供,仅供参考</p>"),
     sidebar="<div class='side'><b>相关话题</b><p>#职业技能等级证书 #人工智能 #考证</p></div>")

site("wx", name="微文摘 · 公众号文章聚合", style="wechat-repost",
     menu=["首页", "教育", "职场", "本地", "科技"],
     footer=("<p>微文摘 www.weiwenzhai.cn · 本站文章转载自微信公众平台,版权归原作者所有</p>"
             "<p>侵权删除请联系站长QQ:2410385567 · 投稿:tougao@weiwenzhai.cn</p>"),
     sidebar=("<div class='sub'><b>订阅每日精选</b><p>输入邮箱,如 name@example.com</p></div>"))

site("shipin", name="快视 · 短视频网页版", style="short-video",
     menu=["推荐", "同城", "教育", "知识", "直播"],
     footer=("<p>快视 www.kuaishiv.com · 用户服务热线 4001-800-626 · 未成年人专线同号</p>"
             "<p>网络文化经营许可证 京网文〔2023〕1024-031号</p>"),
     sidebar="<div class='side'><b>相关推荐</b></div>")

site("news", name="陇东南新闻网", style="news",
     menu=["首页", "本地", "教育", "民生", "财经", "专题"],
     footer=("<p>陇东南新闻网 版权所有 新闻热线:0938-8211110 投稿邮箱:ldnnews@163.com</p>"
             "<p>甘ICP备12001938号 互联网新闻信息服务许可证:62120170003</p>"),
     sidebar="<div class='side'><b>热点</b><p>春耕 · 就业 · 技能补贴 · 招聘会</p></div>")

site("rsj", name="天水市人力资源和社会保障局", style="gov",
     menu=["首页", "政务公开", "通知公告", "办事服务", "政策解读", "互动交流"],
     footer=("<p>主办:天水市人力资源和社会保障局 地址:天水市秦州区建设路 </p>"
             "<p>人社服务热线:12333 网站标识码:6205000011 陇ICP备05000765号</p>"),
     sidebar="<div class='side'><b>快速通道</b><p>社保查询 · 就业登记 · 技能人才评价</p></div>")

site("shop", name="优品商城", style="shop",
     menu=["首页", "教育培训", "图书", "数码", "店铺街"],
     footer=("<p>优品商城 www.youpinmall.cn · 平台客服 400-810-2233 · 虚拟商品一经发货不支持退款</p>"
             "<p>沪ICP备18021765号</p>"),
     sidebar=("<div class='side'><b>购物须知</b><p>付款后请在订单备注姓名,示例订单号 13520260301</p>"
              "<p>请勿脱离平台交易</p></div>"))

# ---------------------------------------------------------------- pages
PAGES = []


def page(site_key, slug, title, body, is_offer=False, operator=None, provider=None,
         ids=(), note="", crumbs=None, date="2026-03-12"):
    PAGES.append(dict(site=site_key, slug=slug, title=title, body=body, is_offer=is_offer,
                      operator=operator, provider=provider, ids=[list(x) for x in ids],
                      note=note, crumbs=crumbs or [], date=date))


VENUE = "天水市职业技能鉴定考点(秦州)前台电话 0938-8397012"

# ---------- U01 陇原智训 (天水, honest training school)
U01_IDS_FOOT = [
    ("phone", "09388216035", "0938-8216035"),
    ("phone", "+8613919386021", "13919386021"),
    ("wechat", "lyzx_ts2024", "lyzx_ts2024"),
    ("uscc", U01_USCC, U01_USCC),
    ("domain", "lyzxpx.cn", "www.lyzxpx.cn"),
    ("other", "陇ICP备2021000417号", "陇ICP备2021000417号"),
]
page("lyzx", "ai-wuji.html", "人工智能训练师(五级/初级工)培训班招生简章",
     f"""<p>人工智能训练师(职业编码4-04-05-05)是2020年人社部等三部门发布的新职业,含数据标注员、人工智能算法测试员两个工种。
本校开设五级(初级工)培训,参考学时60课时,理论+实操,结业后由备案的评价机构组织认定考核,理论、技能两科均60分及格。</p>
<h3>报名条件</h3><p>累计从事本职业或相关职业工作满1年(含),或本职业学徒期满。初中及以上文化程度。</p>
<h3>费用与补贴</h3><p>培训费1280元(含教材)。取得证书后,连续参保满1年的职工可按规定申请失业保险技能提升补贴(五级最高1000元),具体以人社部门审核为准。</p>
<h3>考核地点</h3><p>{VENUE}(考前一周短信通知)。</p>
<p>证书可登录“技能人才评价证书全国联网查询”zscx.osta.org.cn 查询。本校不承诺包过。</p>""",
     True, "U01", "天水陇原智训职业技能培训学校", U01_IDS_FOOT,
     "training school's own course page, level 5, honest", ["首页", "培训项目", "人工智能训练师五级"],
     "2026-03-02")
page("lyzx", "ai-siji.html", "人工智能训练师(四级/中级工)晚班 4月开课",
     """<p>面向已取得五级证书并从事数据标注、智能客服训练等工作的在职人员。四级参考学时50课时,内容:数据采集和处理、数据标注、智能系统运维。</p>
<p>申报条件(按国家职业技能标准):取得五级证书后累计从事本职业工作满4年,或累计工作满6年,或相关专业技工院校毕业等。报名时请带身份证、学历及工作证明。</p>
<p>学费1680元,分两期缴纳。技能提升补贴(四级最高1500元)政策可拨打12333咨询。</p>
<p>报名热线 0938-8216035,或到校咨询。</p>""",
     True, "U01", "陇原智训", U01_IDS_FOOT,
     "training school's own course page, level 4, honest", ["首页", "培训项目", "四级晚班"],
     "2026-03-04")

page("ketang", "course-10231.html", "陇原教育 · 人工智能训练师(数据标注员)五级线上+线下班",
     """<div class='price'>¥1280 已有356人报名</div>
<p>机构:陇原教育(天水)</p><p>线上理论+天水本地实操,五级参考学时60。报名需满足:累计从事相关工作满1年或学徒期满。合格者可按规定申领技能提升补贴。</p>
<p>机构客服:139 1938 6021(微信同号 LYZX_ts2024)</p>""",
     True, "U01", "陇原教育",
     [("phone", "+8613919386021", "139 1938 6021"), ("wechat", "lyzx_ts2024", "LYZX_ts2024")],
     "marketplace listing of the Tianshui school under another brand", ["首页", "职业考证"], "2026-03-05")
page("fenlei", "ts-88213.html", "天水 人工智能训练师五级/四级培训 人社补贴 周末班",
     f"""<p>类别:教育培训 区域:天水-秦州</p>
<p>陇原智训学校招生,五级周末班、四级晚班。本批次报名截止3月25日(批次号2026038017),考点:{VENUE}。</p>
<p>电话:(0938)8216035 手机:139-1938-6021 李老师</p>""",
     True, "U01", "陇原智训学校",
     [("phone", "09388216035", "(0938)8216035"), ("phone", "+8613919386021", "139-1938-6021")],
     "classified ad of the Tianshui school", ["首页", "天水", "教育培训"], "2026-03-07")

# ---------- U02 秦智数标 (宝鸡, honest)
U02_IDS_FOOT = [
    ("phone", "09173265188", "0917-3265188"),
    ("phone", "+8618691706633", "186 9170 6633"),
    ("wechat", "qinzhi-ai", "qinzhi-ai"),
    ("email", "qinzhi_px@163.com", "qinzhi_px@163.com"),
    ("uscc", U02_USCC, U02_USCC),
    ("domain", "qzsbai.com", "www.qzsbai.com"),
    ("other", "陕ICP备2022006613号", "陕ICP备2022006613号"),
]
page("qinzhi", "ai-xunlianshi.html", "数据标注员 · 人工智能训练师培训(五级/四级)",
     """<p>秦智AI学院依托宝鸡本地数据标注基地,开设人工智能训练师(数据标注员工种)五级、四级培训。课程约三成理论、七成上机实操,
使用真实标注平台练习图像框选、语音转写、文本分类。</p>
<table border='1'><tr><th>等级</th><th>学时</th><th>学费</th></tr><tr><td>五级</td><td>60</td><td>1180元</td></tr><tr><td>四级</td><td>50</td><td>1580元</td></tr></table>
<p>五级需从事相关工作满1年或学徒期满;基地学员实习期可计入。二级、一级需逐级晋升,本校不招“零基础直考技师”。</p>
<p>证书信息可在 zscx.osta.org.cn 查询。</p>""",
     True, "U02", "秦智AI学院", U02_IDS_FOOT, "own site course page, honest",
     ["首页", "课程体系", "人工智能训练师"], "2026-03-03")
page("qinzhi", "baoming.html", "2026年春季班报名须知",
     """<p>1. 在线填写报名表:jinshuju.net/f/Qz8kLm(由金数据提供表单服务);</p>
<p>2. 老师电话确认资格,备案评价机构名单可在 osta.mohrss.gov.cn 技能人才评价工作网查询;</p>
<p>3. 到校缴费开具发票(对公账户,收款单位:宝鸡秦智数标职业培训学校)。</p>
<p>咨询:0917-3265188(工作日)。</p>""",
     True, "U02", "宝鸡秦智数标职业培训学校", U02_IDS_FOOT, "own site enrolment notice",
     ["首页", "报名"], "2026-03-06")

page("wx", "a-20260311.html", "在宝鸡也能学AI!秦智AI学院数据标注员春季班开始报名",
     """<p class='src'>秦智AI学院 2026-03-11</p>
<p>春季班3月21日开课,五级60课时,七成时间上机实操。我们不承诺包过,但会把申报条件讲清楚。</p>
<p>咨询:186-9170-6633(同微信),邮箱 Qinzhi_px@163.com</p>""",
     True, "U02", "秦智AI学院",
     [("phone", "+8618691706633", "186-9170-6633"), ("email", "qinzhi_px@163.com", "Qinzhi_px@163.com")],
     "WeChat article repost from the school's account", ["首页", "本地"], "2026-03-11")
page("shipin", "v-7302.html", "宝鸡数据标注员培训实拍 一节实操课是这样上的",
     """<p class='desc'>@秦智数标 :带大家看看我们的标注实训室,想了解课程私信或加微 QinZhi-AI #宝鸡 #数据标注 #人工智能训练师</p>
<div class='comments'><p>用户渭水边:学费多少</p><p>作者回复:五级1180,详情看主页</p></div>""",
     True, "U02", "秦智数标", [("wechat", "qinzhi-ai", "QinZhi-AI")],
     "short-video page of the Baoji school", ["推荐", "同城"], "2026-03-12")

# ---------- U03 中科智培 / 智培网校 / 国培AI认证中心 (dishonest, nationwide)
page("ketang", "course-10418.html", "【人社部颁发】人工智能训练师三级 零基础直考 包过班",
     """<div class='price'>¥1980 <del>¥6980</del> 已有3821人报名</div>
<p>机构:中科智培教育(认证机构)</p>
<ul><li>国家职业资格证书,人社部颁发,全国通用,终身有效</li><li>零基础、不限学历、不限经验,可直接报考三级/二级</li>
<li>包过!不过全额退款;三证合一(人工智能训练师+数据分析师+AIGC应用师)</li><li>全国联网可查,证书编号样式:Y000123XXXXXX195000001</li></ul>
<p>报名热线:4006-819-277 课程顾问微信:zkzp_kefu01</p>""",
     True, "U03", "中科智培教育",
     [("phone", "4006819277", "4006-819-277"), ("wechat", "zkzp_kefu01", "zkzp_kefu01")],
     "marketplace listing; scam phrasing (人社部颁发, 国家职业资格证书, 包过, 零基础直考三级)",
     ["首页", "职业考证", "人工智能训练师"], "2026-03-08")
page("wx", "a-20260309.html", "紧急通知!人工智能训练师证书4月起收紧,最后一批低门槛报名",
     """<p class='src'>原创 智培网校 2026-03-09</p>
<p>据内部信息,人工智能训练师即将提高报考门槛,“人社部证书退出,哪家证书来接盘”?现在报名仍可零基础直接拿三级证书,免培训,拿到证书便可升职加薪!</p>
<p>官方认证、国家认可,三个月下证。名额有限,扫码或添加老师微信 ZKZP_kefu01,电话 177 1938 5502。</p>""",
     True, "U03", "智培网校",
     [("wechat", "zkzp_kefu01", "ZKZP_kefu01"), ("phone", "+8617719385502", "177 1938 5502")],
     "repost of a WeChat article; invented policy urgency, 免培训",
     ["首页", "教育"], "2026-03-09")
page("shipin", "v-7315.html", "90%小白都能学会!AI训练师证原价9999限时99体验",
     """<p class='desc'>@国培AI认证中心 :人工智能训练师,国家级证书,在家就能考!原价9999限时99体验课,三天速成。
咨询17719385502 / QQ 2876541093 #人工智能训练师 #考证 #副业</p>
<div class='stats'>点赞 1.2万 评论 864 转发 310</div>""",
     True, "U03", "国培AI认证中心",
     [("phone", "+8617719385502", "17719385502"), ("qq", "2876541093", "2876541093")],
     "short-video page; 原价9999限时99, 国家级, 速成",
     ["推荐", "教育"], "2026-03-10")
page("shop", "item-55120.html", "人工智能训练师证书报考 三级/二级 全国可查 包过 智培网校旗舰店",
     """<div class='price'>¥2980/证 &nbsp; 两证同报立减600</div>
<p>店铺:智培网校旗舰店 &nbsp; 客服热线 400-681-9277 &nbsp; 售后QQ 287 654 1093</p>
<p>付款方式:支付宝(支付宝客服95188)或对公转账,收款户名:杭州智培文化传播有限公司</p>
<p>不限学历不限专业,无门槛,报名即安排考试,证书人社部颁发,百分百通过率。</p>""",
     True, "U03", "智培网校旗舰店",
     [("phone", "4006819277", "400-681-9277"), ("qq", "2876541093", "287 654 1093"),
      ("other", "杭州智培文化传播有限公司", "杭州智培文化传播有限公司")],
     "shop item priced per certificate, bundle discount, 百分百通过率",
     ["首页", "教育培训", "职业考证"], "2026-03-11")

# ---------- U04 国职认证 (fake query site, 挂靠)
page("bbs", "thread-58210.html", "刚拿到人工智能训练师证,分享一下报考经历(宝鸡)",
     """<div class='post'><span class='author'>楼主:小林学姐</span>
<p>之前一直担心考不过,后来朋友推荐了国职认证,不用去考场,两个月就下证了,证书在国职认证查询网上能查到。
现在还可以挂靠,一年有一两万收入。需要的姐妹可以加Q 3318470562 问一下,报我名字有优惠。</p></div>
<div class='reply'><span class='author'>2楼 宝鸡老陈</span><p>不用考试就能拿证?这靠谱吗,官方查询不是 zscx.osta.org.cn 吗</p></div>
<div class='reply'><span class='author'>3楼 小林学姐</span><p>能查的能查的,放心</p></div>""",
     True, "U04", "国职认证", [("qq", "3318470562", "3318470562")],
     "forum soft ad posing as a candidate's experience; 挂靠 income, no exam",
     ["论坛首页", "宝鸡同城"], "2026-03-07")
page("fenlei", "bj-90377.html", "人工智能训练师证 挂靠年入2万 不用考试 全国联网可查",
     """<p>类别:教育培训 &gt; 职业资格 区域:宝鸡-渭滨</p>
<p>国职认证服务中心长期代办人工智能训练师、碳排放管理师等证书,免考试,躺赚挂靠费。证书可在国职认证查询网 www.gzrzcx.com 查询,官网可查。</p>
<p>联系人:刘经理 156-0938-1247 QQ:3318 470 562</p>""",
     True, "U04", "国职认证服务中心",
     [("phone", "+8615609381247", "156-0938-1247"), ("domain", "gzrzcx.com", "www.gzrzcx.com"),
      ("qq", "3318470562", "3318 470 562")],
     "classified ad; 挂靠, 免考试, query on a non-official domain",
     ["首页", "宝鸡", "教育培训"], "2026-03-08")
page("wenda", "q-330917.html", "人工智能训练师证书在哪个网站可以查?",
     """<div class='q'><b>问:</b>在网上报了个人工智能训练师,说是下证了,在哪里能查真假?</div>
<div class='a'><b>网友“政策小助手”回答:</b>职业技能等级证书到技能人才评价证书全国联网查询 zscx.osta.org.cn 输入姓名、证件号和证书编号查询。</div>
<div class='a'><b>网友“国职认证客服”回答:</b>我们的证书在国职认证查询网 gzrzcx.com 输入身份证号就能查,报名咨询15609381247,邮箱 gzrz_kf@126.com。</div>""",
     True, "U04", "国职认证",
     [("domain", "gzrzcx.com", "gzrzcx.com"), ("phone", "+8615609381247", "15609381247"),
      ("email", "gzrz_kf@126.com", "gzrz_kf@126.com")],
     "Q&A page whose second answer advertises a fake query site (counted as an offer)",
     ["首页", "教育"], "2026-03-09")

# ---------- U05 宝鸡李老师 (individual agent, dishonest)
page("bbs", "thread-58244.html", "宝鸡 人工智能训练师 二级技师 零基础可报 不用到场",
     """<div class='post'><span class='author'>楼主:李老师AI证书</span>
<p>二级技师、三级高级工均可报,零基础不限学历不限经验,不用到场,包过。可评职称、可积分落户。
微信转账即可,截图里显示收款方“财付通支付科技有限公司”的是正规通道。电话 158 9172 5306。</p></div>
<div class='reply'><span class='author'>2楼 天水游客</span><p>零基础直接考二级?标准里不是要三级证加好几年工作吗</p></div>""",
     True, "U05", "李老师AI证书", [("phone", "+8615891725306", "158 9172 5306")],
     "forum ad; level 2 to beginners, 包过, 不用到场",
     ["论坛首页", "宝鸡同城"], "2026-03-10")
page("fenlei", "bj-90412.html", "宝鸡 AI训练师证 三级 二级 速成 包过",
     """<p>类别:教育培训 区域:宝鸡-金台</p>
<p>宝鸡李老师工作室,专业代报人工智能训练师,三级二级可同报,速成下证,不过退费。</p>
<p>手机:15891725306 微信:baoji_li_ai</p>""",
     True, "U05", "宝鸡李老师工作室",
     [("phone", "+8615891725306", "15891725306"), ("wechat", "baoji_li_ai", "baoji_li_ai")],
     "classified ad; 速成, two levels at once", ["首页", "宝鸡", "教育培训"], "2026-03-11")
page("shipin", "v-7341.html", "宝鸡的朋友看过来 AI训练师证这样拿最快",
     """<p class='desc'>@李老师说考证 :三级二级一起报,不用考试,一个月下证,加微 Baoji_Li_AI 备注宝鸡 #宝鸡 #考证</p>
<div class='comments'><p>用户8821:真的假的?</p><p>用户陇上行:我也想了解一下 我QQ 1093847752 发我资料</p></div>""",
     True, "U05", "李老师说考证", [("wechat", "baoji_li_ai", "Baoji_Li_AI")],
     "short-video page; 不用考试, two levels", ["推荐", "同城"], "2026-03-12")

# ---------- U06 麦积启明 (天水麦积, honest small centre)
page("bbs", "thread-58197.html", "麦积 数据标注员(人工智能训练师五级)周末班开课了",
     """<div class='post'><span class='author'>楼主:启明电脑-周老师</span>
<p>麦积区启明电脑培训中心本月开周末班,学数据标注、文本和图片标注,合格后参加人工智能训练师五级认定。需要满一年相关工作经历,不符合条件的可以先学技能。
报名电话 0938-2731466,微信 qiming_mj。</p></div>
<div class='reply'><span class='author'>2楼 天水宝妈</span><p>周末班能带孩子吗?我微信 tsmama_2019 有一起报的姐妹加我</p></div>""",
     True, "U06", "启明电脑", [("phone", "09382731466", "0938-2731466"), ("wechat", "qiming_mj", "qiming_mj")],
     "forum post by the centre's staff; honest eligibility", ["论坛首页", "天水生活"], "2026-03-05")
page("fenlei", "ts-88260.html", "麦积区 人工智能训练师(数据标注员)培训 可申请技能补贴",
     f"""<p>类别:教育培训 区域:天水-麦积</p>
<p>麦积区启明电脑培训中心,小班教学,五级60课时,考核合格由评价机构颁发职业技能等级证书。参保满一年可申请技能提升补贴。</p>
<p>考核在{VENUE}。</p><p>联系:13830826715 / 0938 2731466 周老师</p>""",
     True, "U06", "麦积区启明电脑培训中心",
     [("phone", "+8613830826715", "13830826715"), ("phone", "09382731466", "0938 2731466")],
     "classified ad, honest", ["首页", "天水", "教育培训"], "2026-03-06")
page("news", "2026-03/ldn-0316.html", "麦积:“数据标注”进社区 待业青年学到新技能",
     """<p class='meta'>来源:陇东南新闻网 2026-03-16 记者 王某</p>
<p>日前,麦积区启明职业培训学校在社区开设人工智能训练师(数据标注员)公益体验课,20余名待业青年参加。学校负责人介绍,正式课程为五级60课时,
考核合格可取得职业技能等级证书。有意向的市民可咨询(0938)2731466、138-3082-6715。</p>""",
     True, "U06", "麦积区启明职业培训学校",
     [("phone", "09382731466", "(0938)2731466"), ("phone", "+8613830826715", "138-3082-6715")],
     "news-style advertorial with enrolment contacts", ["首页", "本地"], "2026-03-16")

# ---------- U07 知行AI课堂 (online, honest-ish)
page("ketang", "course-10502.html", "知行AI课堂:数据标注与人工智能训练师(五级)备考课",
     """<div class='price'>¥399 共42节 已有1206人学习</div>
<p>机构:知行AI课堂</p><p>课程覆盖五级理论知识与标注实操,配套题库。说明:本课程为培训课程,不含认定考试,考试需向当地备案的评价机构报名。</p>
<p>学员答疑QQ群:738205516 &nbsp; 发票及合作:zhixingai@163.com</p>""",
     True, "U07", "知行AI课堂",
     [("qq_group", "738205516", "738205516"), ("email", "zhixingai@163.com", "zhixingai@163.com")],
     "marketplace course; honest about not including exam", ["首页", "人工智能"], "2026-03-07")
page("wx", "a-20260313.html", "想转行做AI数据标注?这份学习路线请收好",
     """<p class='src'>知行AI课堂 2026-03-13</p>
<p>人工智能训练师有数据标注员和算法测试员两个工种。我们建议先学标注工具,再考五级证书。证书不是万能的,企业更看重实操。</p>
<p>领取免费资料:填写表单 jinshuju.net/f/ZxAi26 ,或加助教微信 zhixing_ai_kt,商务合作 ZhixingAI@163.com</p>""",
     True, "U07", "知行AI课堂",
     [("wechat", "zhixing_ai_kt", "zhixing_ai_kt"), ("email", "zhixingai@163.com", "ZhixingAI@163.com")],
     "WeChat article repost, guide with enrolment funnel", ["首页", "职场"], "2026-03-13")
page("shipin", "v-7358.html", "数据标注一天能做多少?带你看看真实工作",
     """<p class='desc'>@知行AI课堂 :真实标注工作流程演示。想系统学的加助教 zhixing_ai_kt ,答疑群 738 205 516 #数据标注 #AI训练师</p>
<div class='comments'><p>用户陇上行:收藏了 QQ 1093847752 求资料</p></div>""",
     True, "U07", "知行AI课堂",
     [("wechat", "zhixing_ai_kt", "zhixing_ai_kt"), ("qq_group", "738205516", "738 205 516")],
     "short-video page pointing to course", ["推荐", "知识"], "2026-03-14")

# ---------- U08 西北人才评价服务中心 (91 company with a state-sounding name)
page("wx", "a-20260305.html", "重磅!人社部备案 西北地区人工智能训练师证书最后一批报名",
     f"""<p class='src'>西北人才评价网 2026-03-05</p>
<p>西北人才评价服务中心系人社部备案的国家级评价机构(统一社会信用代码:{U08_USCC}),官方指定,证书国家认可,可挂靠可积分。
样证编号 Y000123XXXXXX195000001,全国联网可查。</p><p>咨询电话:029-88457213</p>""",
     True, "U08", "西北人才评价服务中心",
     [("uscc", U08_USCC, U08_USCC), ("phone", "02988457213", "029-88457213")],
     "WeChat repost; 91 company claiming 人社部备案 国家级, 官方指定", ["首页", "教育"], "2026-03-05")
page("news", "2026-03/ldn-0320.html", "西北人才评价服务中心:让技能人才“有证可考”",
     """<p class='meta'>来源:企业供稿 2026-03-20</p>
<p>国职人才(西北)评价中心日前在天水、宝鸡设立报名点,面向社会开展人工智能训练师等级认定,据介绍通过率达98%,
三级、二级均可报考。报名电话(029)88457213,手机132 7917 5548。</p>""",
     True, "U08", "国职人才(西北)评价中心",
     [("phone", "02988457213", "(029)88457213"), ("phone", "+8613279175548", "132 7917 5548")],
     "paid advertorial on a news site; 98% pass rate", ["首页", "教育"], "2026-03-20")
page("shop", "item-55187.html", "人工智能训练师 四级/三级 报名服务 西北人才评价网",
     """<div class='price'>¥3600/证</div>
<p>店铺:西北人才评价网 &nbsp; 下单后联系客服 13279175548(微信 xbrcpj)安排考试。</p>
<p>转账截图收款方显示“财付通支付科技有限公司”为正常。证书人社部备案,国家级,可评职称。</p>""",
     True, "U08", "西北人才评价网",
     [("phone", "+8613279175548", "13279175548"), ("wechat", "xbrcpj", "xbrcpj")],
     "shop item; price per certificate, 国家级", ["首页", "教育培训"], "2026-03-15")
page("wenda", "q-331044.html", "人工智能训练师三级没有相关工作经历可以报吗?",
     """<div class='q'><b>问:</b>本人会计,想考人工智能训练师三级,没有相关工作经历能报吗?</div>
<div class='a'><b>网友“西北人才评价老师”回答:</b>可以的,我们这边不限专业不限经验,三级直接报,加微信 XBRCPJ 或电话 132-7917-5548 详细说。</div>
<div class='a'><b>网友“职业规划师”回答:</b>按标准三级需要四级证书加工作年限,直接报三级的要小心。</div>""",
     True, "U08", "西北人才评价老师",
     [("wechat", "xbrcpj", "XBRCPJ"), ("phone", "+8613279175548", "132-7917-5548")],
     "Q&A answer soliciting level 3 without eligibility", ["首页", "职场"], "2026-03-17")

# ---------- U09 甘肃华智认定中心 (filed evaluation institution, honest)
page("ketang", "course-10577.html", "人工智能训练师五级/四级 理论+实操培训(含认定报名指导)",
     """<div class='price'>¥980 起 已有417人报名</div>
<p>机构:甘肃华智职业技能等级认定中心</p>
<p>本中心为人社部门备案的社会培训评价组织,可在 zscx.osta.org.cn 查询所发证书。严格按申报条件审核,五级需满1年相关工作。政策咨询可拨12333。</p>
<p>咨询:0931-8672409 邮箱 hzrd_gs@163.com</p>""",
     True, "U09", "甘肃华智职业技能等级认定中心",
     [("phone", "09318672409", "0931-8672409"), ("email", "hzrd_gs@163.com", "hzrd_gs@163.com")],
     "marketplace listing of a filed evaluation institution, honest", ["首页", "职业考证"], "2026-03-04")
page("fenlei", "ts-88301.html", "天水教学点 人工智能训练师认定报名(第2026038017批次)",
     f"""<p>类别:教育培训 区域:天水-秦州</p>
<p>华智职业培训(天水教学点)承接本批次报名,批次号2026038017,考核地点:{VENUE}。</p>
<p>报名:180 9382 7164 / 0931 8672409</p>""",
     True, "U09", "华智职业培训(天水教学点)",
     [("phone", "+8618093827164", "180 9382 7164"), ("phone", "09318672409", "0931 8672409")],
     "classified ad with an official batch number", ["首页", "天水", "教育培训"], "2026-03-08")
page("wenda", "q-331102.html", "天水哪里可以正规考人工智能训练师?",
     """<div class='q'><b>问:</b>天水哪里可以考人工智能训练师,要正规能查的。</div>
<div class='a'><b>网友“华智认定-马老师”回答:</b>我们是备案的评价机构,证书可在 jndj.osta.org.cn 查询,天水有教学点。简章发邮箱 HZRD_GS@163.com 索取,或电话18093827164。</div>
<div class='a'><b>网友“天水宝妈”回答:</b>同问,我微信 tsmama_2019,打听到了告诉我一声</div>""",
     True, "U09", "华智认定",
     [("email", "hzrd_gs@163.com", "HZRD_GS@163.com"), ("phone", "+8618093827164", "18093827164")],
     "Q&A answer by the institution's staff", ["首页", "教育"], "2026-03-18")

# ---------- Independents
page("ketang", "course-10633.html", "小鹿AI标注实训营(7天入门)",
     """<div class='price'>¥99 已有2390人学习</div><p>机构:小鹿AI标注实训营</p>
<p>7天掌握图像、文本标注,结营推荐兼职(不承诺收入)。另可协助报名人工智能训练师五级考核。班主任微信:xiaolu_bz2026</p>""",
     True, "I01", "小鹿AI标注实训营", [("wechat", "xiaolu_bz2026", "xiaolu_bz2026")],
     "independent marketplace course", ["首页", "人工智能"], "2026-03-09")
page("bbs", "thread-58263.html", "宝鸡 王老师 人工智能训练师一对一辅导(四级实操)",
     """<div class='post'><span class='author'>楼主:王老师-宝鸡</span>
<p>本人某标注基地项目主管,业余一对一辅导四级实操,按次收费200元/次,不代报不包过。电话137-7269-0318</p></div>""",
     True, "I02", "王老师-宝鸡", [("phone", "+8613772690318", "137-7269-0318")],
     "independent tutor ad on forum", ["论坛首页", "宝鸡同城"], "2026-03-12")
page("fenlei", "ts-88345.html", "秦州区博远职业培训学校 人工智能训练师五级招生",
     """<p>类别:教育培训 区域:天水-秦州</p><p>秦州区博远职业培训学校常年招生,人工智能训练师五级,学费1100元,符合条件可申请补贴。</p>
<p>电话:0938-6627819</p>""",
     True, "I03", "秦州区博远职业培训学校", [("phone", "09386627819", "0938-6627819")],
     "independent classified ad", ["首页", "天水", "教育培训"], "2026-03-13")
page("wx", "a-20260317.html", "陕西智数职业培训学校2026年人工智能训练师招生简章",
     """<p class='src'>陕西智数职业培训学校 2026-03-17</p><p>开设五级、四级班,西安、宝鸡两地开课,报名表:jinshuju.net/f/Sz0317 ,
咨询电话 029-86301577,简章索取 zsjypx@126.com</p>""",
     True, "I04", "陕西智数职业培训学校",
     [("phone", "02986301577", "029-86301577"), ("email", "zsjypx@126.com", "zsjypx@126.com")],
     "independent WeChat enrolment brochure repost", ["首页", "教育"], "2026-03-17")
page("news", "2026-03/ldn-0324.html", "新锐职业培训学校开设人工智能训练师课程",
     f"""<p class='meta'>来源:陇东南新闻网 2026-03-24</p><p>宝鸡渭滨区新锐职业培训学校(统一社会信用代码 {I05_USCC})近日开设人工智能训练师五级课程,
学员以返乡青年为主,报名电话0917-3819552。</p>""",
     True, "I05", "宝鸡渭滨区新锐职业培训学校",
     [("phone", "09173819552", "0917-3819552"), ("uscc", I05_USCC, I05_USCC)],
     "independent advertorial", ["首页", "本地"], "2026-03-24")
page("shop", "item-55203.html", "数据标注实操题库+人工智能训练师五级考前辅导 数标工坊",
     """<div class='price'>¥49</div><p>店铺:数标工坊 &nbsp; 售后QQ:904715283 微信:shubiao_gf</p>
<p>支付宝担保交易(支付宝客服95188)。本品为学习资料,不含证书。</p>""",
     True, "I06", "数标工坊",
     [("qq", "904715283", "904715283"), ("wechat", "shubiao_gf", "shubiao_gf")],
     "independent shop item", ["首页", "教育培训"], "2026-03-14")

# ---------- Non-offers
page("rsj", "tzgg-20260302.html", "关于做好2026年第一季度人工智能训练师等职业技能等级认定工作的通知",
     f"""<p>各县区人社局、各备案评价机构:</p>
<p>一、本季度人工智能训练师(4-04-05-05)五级、四级认定统一批次号为2026038017,考核地点:{VENUE}。</p>
<p>二、职业技能等级证书由备案的评价机构颁发,证书信息可在技能人才评价证书全国联网查询(zscx.osta.org.cn)查询,评价机构名单见技能人才评价工作网(osta.mohrss.gov.cn)。</p>
<p>三、符合条件的参保职工取得证书后可申领技能提升补贴:五级1000元、四级1500元、三级2000元。二级、一级无此项补贴。</p>
<p>四、凡宣称“包过”“免培训直接发证”“人社部颁发”的,均为虚假宣传,请拨打12333举报。</p>""",
     note="official-style notice (non-offer)", crumbs=["首页", "通知公告"], date="2026-03-02")
page("news", "2026-03/ldn-0310.html", "警惕!“人社部颁发”“包过”的AI证书多为山寨",
     """<p class='meta'>来源:陇东南新闻网 2026-03-10</p>
<p>近日,市民张女士反映,她通过自称“国家职业技能认证中心”的微信号gjzs_888报名人工智能训练师,交费3980元后对方失联,对方电话177-0938-6645已停机。</p>
<p>人社部门提醒:人工智能训练师证书属于职业技能等级证书,不是国家职业资格证书,由备案的评价机构颁发,可在 zscx.osta.org.cn 查询,
正规证书编号为22位,如规则示例Y000123XXXXXX195000001。遇到虚假宣传可拨打12315投诉,政策咨询拨打12333。</p>""",
     note="news warning quoting a scammer's contacts (non-offer)", crumbs=["首页", "民生"], date="2026-03-10")
page("bbs", "thread-58176.html", "【曝光】交了3980的人工智能训练师证查不到,大家别上当",
     """<div class='post'><span class='author'>楼主:秦州小刘</span>
<p>去年在网上找的“国家职业技能认证中心”,微信gjzs_888,电话17709386645,说是人社部颁发包过。交钱后发了个证,在官网查不到,现在人也联系不上。已经打12315投诉了。</p></div>
<div class='reply'><span class='author'>2楼 宝鸡老陈</span><p>正规的要在人社的查询网站能查到才行,楼主报警吧</p></div>""",
     note="complaint thread quoting the scammer's contacts (non-offer)", crumbs=["论坛首页", "天水生活"],
     date="2026-03-03")
page("wenda", "q-330880.html", "怎么查人工智能训练师证书是不是真的?",
     """<div class='q'><b>问:</b>朋友给我发了个证书照片,怎么辨别真假?</div>
<div class='a'><b>网友“人社小百科”回答(采纳):</b>
1. 职业技能等级证书登录 zscx.osta.org.cn 查询,证书上的二维码指向 jndj.osta.org.cn;<br>
2. 编号为1位大写字母+21位数字,规则示例 Y000123XXXXXX195000001;<br>
3. 以前的1+X证书在 vslc.ncb.edu.cn 查询;<br>
4. 有疑问拨打12333。网上有人冒充官网,比如让你填写手机号(示例:13800138000)就说能查的,多半是假的;有人用 177-0938-6645 这类电话推销“包过”,不要信。</div>""",
     note="guide answer on how to verify certificates (non-offer)", crumbs=["首页", "教育"], date="2026-03-06")
page("shipin", "v-7288.html", "麦积山石窟春游vlog|樱花开了",
     """<p class='desc'>@天水小鱼 :周末去了麦积山,樱花开了,人不多 #天水 #麦积山</p>
<div class='comments'><p>用户陇上行:太美了 求同行 QQ 1093847752</p></div>""",
     note="unrelated tourism video (non-offer)", crumbs=["推荐", "同城"], date="2026-03-15")

# ---------------------------------------------------------------- decoys
DECOYS = [
    # public hotlines and official verification sites
    ("phone", "12333", ["12333"], "public", "人社 public service hotline"),
    ("phone", "12315", ["12315"], "public", "market-regulation complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "public", "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "public", "official query URL printed on certificates"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "public", "技能人才评价工作网"),
    ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "public", "legacy 1+X query platform"),
    # platform footers
    ("phone", "4008206617", ["400-820-6617"], "platform", "云课堂 marketplace customer service, on every ketang page"),
    ("email", "kefu@yunketang.cn", ["kefu@yunketang.cn"], "platform", "云课堂 footer e-mail"),
    ("domain", "yunketang.cn", ["www.yunketang.cn"], "platform", "marketplace's own domain"),
    ("other", "京ICP备15038842号", ["京ICP备15038842号"], "platform", "marketplace ICP number"),
    ("qq_group", "213847561", ["213847561"], "platform", "forum 站务 QQ group in footer"),
    ("phone", "09388316620", ["0938-8316620"], "platform", "forum advertising line in footer"),
    ("phone", "4006115858", ["400-611-5858"], "platform", "classifieds customer service"),
    ("other", "陕ICP备17023358号", ["陕ICP备17023358号"], "platform", "classifieds ICP number"),
    ("email", "feedback@wenwenzd.com", ["feedback@wenwenzd.com"], "platform", "Q&A site feedback e-mail"),
    ("qq", "2410385567", ["2410385567"], "platform", "repost site webmaster QQ"),
    ("phone", "4001800626", ["4001-800-626"], "platform", "short-video platform hotline"),
    ("phone", "09388211110", ["0938-8211110"], "platform", "news site's news hotline"),
    ("phone", "4008102233", ["400-810-2233"], "platform", "shop platform customer service"),
    # numbers quoted in warnings and complaints
    ("phone", "+8617709386645", ["177-0938-6645", "17709386645"], "warning", "scammer's phone quoted in news, complaint and guide"),
    ("wechat", "gjzs_888", ["gjzs_888"], "warning", "scammer's WeChat quoted in news and complaint"),
    # order / batch / certificate numbers
    ("qq", "2026038017", ["2026038017"], "number", "official exam batch number, looks like a QQ number"),
    ("other", "Y000123XXXXXX195000001", ["Y000123XXXXXX195000001"], "number", "example certificate number from the rules"),
    ("phone", "+8613520260301", ["13520260301"], "number", "example order number in the shop sidebar, looks like a mobile"),
    # template placeholders
    ("phone", "+8613800138000", ["13800138000"], "placeholder", "template placeholder phone"),
    ("email", "name@example.com", ["name@example.com"], "placeholder", "subscribe-box placeholder e-mail"),
    # readers' own contacts in comments
    ("wechat", "tsmama_2019", ["tsmama_2019"], "reader", "a reader's own WeChat in comments"),
    ("qq", "1093847752", ["1093847752"], "reader", "a commenter's own QQ on several videos"),
    # third parties
    ("phone", "09388397012", ["0938-8397012"], "third_party", "exam venue's front desk"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "third_party", "form tool used by several sellers"),
    ("phone", "95188", ["95188"], "third_party", "Alipay customer service"),
    ("other", "财付通支付科技有限公司", ["财付通支付科技有限公司"], "third_party", "WeChat Pay's payee name on transfer screenshots"),
]

# ---------------------------------------------------------------- rendering
CSS = {
    "company-green": "body{font-family:sans-serif;margin:0}header{background:#2e7d32;color:#fff;padding:10px}nav a{color:#fff;margin-right:12px}.wrap{display:flex}.main{flex:3;padding:12px}aside{flex:1;background:#f1f8e9;padding:10px}footer{background:#1b5e20;color:#ddd;padding:10px;font-size:12px}",
    "company-blue": "body{font-family:sans-serif;margin:0}.top{background:#0d47a1;color:#fff;padding:8px}.top a{color:#bbdefb;margin:0 8px}.content{padding:14px}.box{border:1px solid #90caf9;padding:6px;margin:8px 0}.foot{background:#e3f2fd;padding:10px;font-size:12px}",
    "marketplace": "body{font-family:sans-serif;margin:0}.hd{background:#ff6f00;color:#fff;padding:8px}.hd a{color:#fff;margin:0 6px}.grid{display:flex}.course{flex:3;padding:10px}.price{color:#e65100;font-size:20px}.side{flex:1;background:#fff3e0;padding:8px}.ft{font-size:12px;color:#777;border-top:1px solid #ccc;padding:8px}",
    "forum": "body{font-family:SimSun,serif;background:#eef}table.fr{width:100%}.post,.reply{border:1px solid #99c;background:#fff;margin:6px;padding:6px}.author{font-weight:bold;color:#336}.side{background:#dde;padding:6px}.bf{font-size:12px;color:#555}",
    "classifieds": "body{font-family:sans-serif}.bar{background:#f60;color:#fff;padding:6px}.bar a{color:#fff;margin:0 6px}.info{border:1px solid #ddd;padding:10px}.post-tip{background:#fffbe6;padding:6px}.cf{font-size:12px;color:#888}",
    "qa": "body{font-family:sans-serif}.nav{background:#4caf50;padding:6px}.nav a{color:#fff;margin:0 8px}.q{font-size:18px;margin:10px 0}.a{border-top:1px dashed #ccc;padding:8px 0}.side{background:#f5f5f5;padding:6px}",
    "wechat-repost": "body{font-family:sans-serif;max-width:680px;margin:auto}.src{color:#576b95}.sub{background:#f7f7f7;padding:6px}.wf{font-size:12px;color:#999}",
    "short-video": "body{font-family:sans-serif;background:#111;color:#eee}a{color:#fe2c55}.player{background:#000;height:220px;text-align:center;line-height:220px}.desc{padding:6px}.comments{background:#222;padding:6px}",
    "news": "body{font-family:SimSun,serif}.masthead{border-bottom:3px solid #b71c1c;padding:6px}.masthead a{margin:0 8px;color:#b71c1c}.meta{color:#888}.side{border-left:1px solid #ccc;padding:6px}",
    "gov": "body{font-family:SimSun,serif;background:#f4f4f4}.banner{background:#c62828;color:#fff;padding:12px;font-size:22px}.gnav a{margin:0 10px}.article{background:#fff;padding:16px}.gf{background:#ddd;font-size:12px;padding:8px;text-align:center}",
    "shop": "body{font-family:sans-serif}.shd{background:#e91e63;color:#fff;padding:8px}.shd a{color:#fff;margin:0 6px}.price{color:#e91e63;font-size:22px}.side{background:#fce4ec;padding:8px}.sf{font-size:12px;color:#777}",
}


def url_of(p):
    return "/%s/%s" % (p["site"], p["slug"])


def rel(from_path, to_path):
    """Relative link from one site path to another (both start with '/')."""
    a = from_path.strip("/").split("/")[:-1]
    b = to_path.strip("/").split("/")
    return "/".join([".."] * len(a) + b) if a or b else "index.html"


def frame(s, p, path, related):
    st = s["style"]
    esc = html.escape
    home = rel(path, "/%s/index.html" % s["key"])
    hub = rel(path, "/index.html")
    menu = "".join("<a href='%s'>%s</a>" % (home, esc(m)) for m in s["menu"])
    crumbs = " &gt; ".join(["<a href='%s'>%s</a>" % (home, esc(c)) for c in (p["crumbs"] or ["首页"])]
                           + [esc(p["title"])]) if p.get("slug") != "index.html" else "首页"
    rels = "".join("<li><a href='%s'>%s</a></li>" % (rel(path, u), esc(t)) for u, t in related)
    head = ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width,initial-scale=1'>"
            "<title>%s - %s</title><style>%s</style></head><body>" % (esc(p["title"]), esc(s["name"]), CSS[st]))
    tail = "<p><a href='%s'>网址导航</a></p></body></html>" % hub
    body = p["body"]
    if st == "company-green":
        out = (f"<header><h1>{esc(s['name'])}</h1><nav>{menu}</nav></header><div class='crumb'>当前位置:{crumbs}</div>"
               f"<div class='wrap'><div class='main'><h2>{esc(p['title'])}</h2><p>发布时间:{p['date']}</p>{body}"
               f"<h3>相关课程</h3><ul>{rels}</ul></div><aside>{s['sidebar']}</aside></div><footer>{s['footer']}</footer>")
    elif st == "company-blue":
        out = (f"<div class='top'><b>{esc(s['name'])}</b> {menu}</div><div class='content'><div>位置:{crumbs}</div>"
               f"<h1>{esc(p['title'])}</h1>{body}{s['sidebar']}<div class='box'><b>推荐阅读</b><ul>{rels}</ul></div></div>{s['footer']}")
    elif st == "marketplace":
        out = (f"<div class='hd'><b>云课堂</b> {menu} <input placeholder='搜索课程'></div><div>{crumbs}</div><div class='grid'>"
               f"<div class='course'><h1>{esc(p['title'])}</h1><p>更新于 {p['date']}</p>{body}<h3>看了又看</h3><ul>{rels}</ul></div>"
               f"{s['sidebar']}</div><div class='ft'>{s['footer']}</div>")
    elif st == "forum":
        out = (f"<table class='fr'><tr><td colspan='2'><h2>{esc(s['name'])}</h2>{menu}</td></tr>"
               f"<tr><td colspan='2'>{crumbs}</td></tr><tr><td width='78%'><h1>{esc(p['title'])}</h1>"
               f"<p>发表于 {p['date']}</p>{body}<p><b>相关帖子</b></p><ul>{rels}</ul></td><td class='side' valign='top'>{s['sidebar']}</td></tr>"
               f"<tr><td colspan='2' class='bf'>{s['footer']}</td></tr></table>")
    elif st == "classifieds":
        out = (f"<div class='bar'><b>{esc(s['name'])}</b> {menu}</div><div>{crumbs}</div><div class='info'><h1>{esc(p['title'])}</h1>"
               f"<p>发布时间:{p['date']} 浏览:{len(p['title']) * 37}次</p>{body}"
               f"<p class='warn'>提示:凡要求先交费、代考包过的均有诈骗风险。</p></div>{s['sidebar']}<h3>相似信息</h3><ul>{rels}</ul><div class='cf'>{s['footer']}</div>")
    elif st == "qa":
        out = (f"<div class='nav'><b>问问知道</b>{menu}</div><div>{crumbs}</div><h1>{esc(p['title'])}</h1><p>{p['date']}</p>{body}"
               f"<h3>相关问题</h3><ul>{rels}</ul>{s['sidebar']}<div class='qf'>{s['footer']}</div>")
    elif st == "wechat-repost":
        out = (f"<div class='wn'><b>{esc(s['name'])}</b> {menu}</div><div>{crumbs}</div><h1>{esc(p['title'])}</h1>{body}"
               f"<p>阅读 {len(p['body']) * 3} · 在看 {len(p['title'])}</p><h3>猜你喜欢</h3><ul>{rels}</ul>{s['sidebar']}<div class='wf'>{s['footer']}</div>")
    elif st == "short-video":
        out = (f"<div class='sv'><b>快视</b> {menu}</div><div>{crumbs}</div><div class='player'>▶ 视频播放</div>"
               f"<h1>{esc(p['title'])}</h1><p>{p['date']}</p>{body}{s['sidebar']}<ul>{rels}</ul><div class='vf'>{s['footer']}</div>")
    elif st == "news":
        out = (f"<div class='masthead'><h2>{esc(s['name'])}</h2>{menu}</div><div>当前位置:{crumbs}</div><h1>{esc(p['title'])}</h1>{body}"
               f"<p>责任编辑:李娜</p><h3>相关新闻</h3><ul>{rels}</ul>{s['sidebar']}<div class='nf'>{s['footer']}</div>")
    elif st == "gov":
        out = (f"<div class='banner'>{esc(s['name'])}</div><div class='gnav'>{menu}</div><div>您当前的位置:{crumbs}</div>"
               f"<div class='article'><h1>{esc(p['title'])}</h1><p>发布日期:{p['date']} 来源:职业能力建设科</p>{body}"
               f"<h3>相关文件</h3><ul>{rels}</ul></div>{s['sidebar']}<div class='gf'>{s['footer']}</div>")
    elif st == "shop":
        out = (f"<div class='shd'><b>优品商城</b> {menu}</div><div>{crumbs}</div><h1>{esc(p['title'])}</h1>{body}"
               f"<p>月销 {len(p['title'])}</p>{s['sidebar']}<h3>店铺推荐</h3><ul>{rels}</ul><div class='sf'>{s['footer']}</div>")
    else:
        raise ValueError(st)
    return head + out + tail


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {k: [p for p in PAGES if p["site"] == k] for k in SITES}
    written = {}
    # content pages
    for k, plist in by_site.items():
        for i, p in enumerate(plist):
            path = url_of(p)
            others = [q for q in plist if q is not p]
            related = [(url_of(q), q["title"]) for q in (others[i % max(1, len(others)):] + others)[:3]]
            written[path] = frame(SITES[k], p, path, related)
    # site index pages
    index_pages = []
    for k, s in SITES.items():
        ip = dict(site=k, slug="index.html", title=s["name"] + " 首页", body="", crumbs=[], date="2026-03-20")
        items = "".join("<li><a href='%s'>%s</a> <small>%s</small></li>" %
                        (q["slug"], html.escape(q["title"]), q["date"]) for q in by_site[k])
        ip["body"] = "<h2>最新内容</h2><ul class='list'>%s</ul>" % items
        path = "/%s/index.html" % k
        written[path] = frame(s, ip, path, [])
        index_pages.append((path, s))
    # hub
    hub = ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>网址导航 · 天水宝鸡一周搜索</title></head><body>"
           "<h1>网址导航</h1><p>“人工智能训练师 证书 天水/宝鸡”一周搜索结果所涉站点</p><ul>%s</ul></body></html>" %
           "".join("<li><a href='%s'>%s</a> (%s)</li>" % (pth.lstrip("/"), html.escape(s["name"]), s["style"])
                   for pth, s in index_pages))
    written["/index.html"] = hub
    for path, text in written.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # truth
    pages_out = []
    for path in sorted(written):
        p = next((q for q in PAGES if url_of(q) == path), None)
        if p is None:
            note = "hub page" if path == "/index.html" else "site index page"
            pages_out.append(dict(path=path, is_offer=False, operator=None, provider=None,
                                  identifiers=[], note=note))
        else:
            pages_out.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"],
                                  provider=p["provider"], identifiers=p["ids"], note=p["note"]))
    operators = {}
    for p in PAGES:
        op = p["operator"]
        if not op or not op.startswith("U"):
            continue
        o = operators.setdefault(op, {"brands": [], "identifiers": []})
        if p["provider"] not in o["brands"]:
            o["brands"].append(p["provider"])
        for kind, value, _w in p["ids"]:
            if [kind, value] not in o["identifiers"]:
                o["identifiers"].append([kind, value])
    operators = dict(sorted(operators.items()))
    plain = {pth: html.unescape(t) for pth, t in written.items()}
    decoys = []
    for kind, value, wr, cat, why in DECOYS:
        pgs = sorted(pth for pth, t in plain.items() if any(w in t for w in wr))
        decoys.append(dict(kind=kind, value=value, written=wr, pages=pgs, category=cat, why=why))
    truth = dict(pages=pages_out, operators=operators, decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
