#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- GB 32100 unified social credit code ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(body8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, W_ORG))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)

def uscc(prefix8, body8):
    first17 = prefix8 + body8 + org_check(body8)
    s = sum(ALPHA.index(c) * w for c, w in zip(first17, W18))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return first17 + ALPHA[r]

USCC_U01 = uscc("91321002", "MA1XK3T2")   # 扬州智训 (enterprise, 扬州广陵)
USCC_U05 = uscc("52410200", "MJY60418")   # 汴京职业技能培训学校 (民办非企业, 开封)
USCC_U08 = uscc("91410205", "MA9G7LH4")   # 中原人工智能职业技能评价中心 (a company, code 91)
USCC_SHOP = uscc("91330110", "MA2CQ8N1")  # 优品集市 platform operator

# ---------- sites ----------
SITES = {
 "zhixun": dict(name="扬州智训职业培训学校", style="corporate", color="#1a4f8b",
   menu=["首页", "课程中心", "补贴政策", "师资力量", "联系我们"],
   side="<h4>快速通道</h4><p>报名咨询：0514-87361245</p><p>上班时间 周一至周六 8:30-17:30</p>",
   footer="扬州智训职业培训学校 版权所有 | 地址：扬州市广陵区文昌东路XX号智谷大厦5楼 | 电话：0514-87361245 | 网址：www.yzzhixun.cn | 苏ICP备2021034518号-1"),
 "bianjing": dict(name="开封市汴京职业技能培训学校", style="school", color="#8b1a1a",
   menu=["学校首页", "学校概况", "招生信息", "考务通知", "在线留言"],
   side="<h4>办学许可</h4><p>民办学校办学许可证 教民14102XXXXXXX号</p><p>咨询电话：0371-23918846</p>",
   footer="开封市汴京职业技能培训学校 | 地址：开封市龙亭区汴京路XX号 | 电话：0371-23918846 | 邮箱：bjpx_kf@126.com | www.kfbjpx.cn"),
 "kecheng": dict(name="学课网", style="marketplace", color="#ff6a00",
   menu=["首页", "职业技能", "IT互联网", "考证提升", "机构入驻", "我的课程"],
   side="<h4>平台保障</h4><p>7天无理由退款（未学习）</p><p>类目ID 13700515002 · 人工智能职业技能</p>",
   footer="学课网 xuekewang.cn 在线职业教育平台 | 客服热线：400-660-2388 | 客服邮箱：kefu@xuekewang.cn | 平台仅提供信息展示，课程由入驻机构提供"),
 "bbs": dict(name="广陵茶社论坛", style="forum", color="#336633",
   menu=["论坛首页", "扬州杂谈", "求职招聘", "教育培训", "消费维权", "搜索"],
   side="<h4>本版规则</h4><p>禁止发布虚假广告，举报请@版主</p><p>茶社官方QQ群：318402657</p>",
   footer="广陵茶社论坛 Powered by Discuz! X3.4 | 苏ICP备13027714号-2 | 茶社官方QQ群：318402657 | 联系站长"),
 "fenlei": dict(name="百姓分类365", style="classifieds", color="#e4393c",
   menu=["扬州", "开封", "招聘", "培训", "二手", "发布信息"],
   side="<h4>发布须知</h4><p>联系方式填写示例：13800138000（请替换为本人号码）</p><p>谨防先交钱后上岗的招聘骗局</p>",
   footer="百姓分类365 fenlei365.com | 客服电话：400-010-5858 | 本站信息由用户自行发布，交易前请核实对方资质"),
 "wenda": dict(name="问答圈", style="qa", color="#0084ff",
   menu=["首页", "问题", "话题", "专栏", "提问"],
   side="<h4>相关话题</h4><p>#人工智能训练师 #考证 #数据标注</p>",
   footer="问答圈 wendaquan.com | 违法和不良信息举报：jubao@wendaquan.com | 回答内容仅代表答主个人观点"),
 "mp": dict(name="微文摘", style="wechat-repost", color="#07c160",
   menu=["首页", "教育", "职场", "科技", "本地"],
   side="<h4>说明</h4><p>本站转载公众号文章，版权归原作者所有，如有侵权请联系删除</p>",
   footer="微文摘 weiwenzhai.cn | 京ICP备16042285号-3 | 文章来源于微信公众号"),
 "video": dict(name="快看短视频", style="short-video", color="#fe2c55",
   menu=["推荐", "关注", "同城", "直播", "下载APP"],
   side="<h4>相关推荐</h4><p>更多精彩，打开快看APP</p>",
   footer="kuaikansp.com 快看短视频网页版 | 网络文化经营许可证 | 用户协议 | 隐私政策"),
 "news": dict(name="维扬在线·新闻频道", style="news", color="#b30000",
   menu=["首页", "本地", "教育", "民生", "财经", "专题"],
   side="<h4>热点排行</h4><p>1. 扬州今夏高温天数创新高</p><p>2. 开封清明上河园夜游</p>",
   footer="维扬在线 版权所有 | 新闻热线：0514-87330110 | 违法和不良信息举报"),
 "rsj": dict(name="广陵区人力资源和社会保障局", style="gov-notice", color="#a0001e",
   menu=["首页", "政务公开", "通知公告", "政策文件", "办事服务", "互动交流"],
   side="<h4>便民服务</h4><p>人社服务热线：12333</p><p>证书查询：zscx.osta.org.cn</p>",
   footer="主办单位：广陵区人力资源和社会保障局 | 人社服务热线 12333 | 网站标识码 32100XXXXX"),
 "shop": dict(name="优品集市", style="shop", color="#ff5000",
   menu=["首页", "教育培训", "图书", "数码", "我的订单"],
   side="<h4>交易保障</h4><p>支付宝担保交易，支付问题请拨支付宝客服95188</p>",
   footer="优品集市 | 营业执照：" + USCC_SHOP + " | 消费维权热线 12315 | 平台客服在线"),
}
SITE_ORDER = ["zhixun", "bianjing", "kecheng", "bbs", "fenlei", "wenda", "mp", "video", "news", "rsj", "shop"]

PAGES = []  # dicts: site, file, title, body, is_offer, operator, provider, ids, note

def P(site, file, title, body, is_offer=False, operator=None, provider=None, ids=(), note=""):
    PAGES.append(dict(site=site, file=file, title=title, body=body, is_offer=is_offer,
                      operator=operator, provider=provider, ids=[list(x) for x in ids], note=note))

# ================= zhixun (U01 own site) =================
P("zhixun", "kecheng-ai.html", "人工智能训练师（四级/五级）周末班招生 - 扬州智训职业培训学校", f"""
<h1>人工智能训练师（数据标注员）四级/五级 周末班 第12期招生</h1>
<p>职业编码 4-04-05-05，依据《人工智能训练师国家职业技能标准（2021年版）》组织培训。五级参考课时60学时，四级50学时，理论+实操，实操占比约七成。</p>
<table border="1"><tr><th>级别</th><th>报考条件</th><th>培训费</th></tr>
<tr><td>五级/初级工</td><td>相关工作累计1年及以上，或本职业学徒期满</td><td>1680元</td></tr>
<tr><td>四级/中级工</td><td>取得五级证书后从事本职业4年，或技工院校相关专业毕业</td><td>2380元</td></tr></table>
<p>认定由备案评价机构组织，证书为职业技能等级证书，可在 zscx.osta.org.cn 全国联网查询。符合条件的参保职工可按规定申领技能提升补贴（五级最高1000元、四级最高1500元），以人社部门审核为准，政策可咨询12333。</p>
<p>报名热线：0514-87361245　手机：138 5271 4406（同微信）　微信号：zhixun_yz</p>
<p>学校官网 www.yzzhixun.cn　统一社会信用代码：{USCC_U01}</p>
<p class="small">证书编号为22位（1位字母+21位数字），以评价机构实际发放为准。</p>
""", True, "U01", "扬州智训职业培训学校",
 [("phone", "051487361245", "0514-87361245"), ("phone", "+8613852714406", "138 5271 4406"),
  ("wechat", "zhixun_yz", "zhixun_yz"), ("domain", "yzzhixun.cn", "www.yzzhixun.cn"),
  ("uscc", USCC_U01, USCC_U01), ("other", "苏ICP备2021034518号-1", "苏ICP备2021034518号-1")],
 "U01 own training-school site: course page, honest level 5/4 weekend class")

# ================= bianjing (U05 own site) =================
P("bianjing", "zhaosheng.html", "2026年人工智能训练师培训招生简章 - 汴京职校", f"""
<h1>开封市汴京职业技能培训学校 2026年人工智能训练师（五级、四级）招生简章</h1>
<p>我校为开封市人社局公布的职业技能培训定点机构。本期开设人工智能训练师（数据标注员方向）五级、四级培训班，面向在职职工、退役军人、高校毕业生。</p>
<ul><li>五级：从事相关工作满1年或学徒期满，60学时，学费1500元</li>
<li>四级：取得五级证书后从事本职业4年等，50学时，学费2200元</li></ul>
<p>结业后由备案的第三方评价机构组织认定，考核分理论知识与操作技能两部分，均60分合格。不承诺通过。证书可在 zscx.osta.org.cn 查询。政策咨询可拨打人社服务热线12333。</p>
<p>考点：开封市某职业技术学院实训楼，考点前台 0371-23886120（仅受理考场事务）。</p>
<p>招生办：0371-23918846　邮箱 bjpx_kf@126.com</p>
<p>统一社会信用代码 {USCC_U05}</p>
""", True, "U05", "开封市汴京职业技能培训学校",
 [("phone", "037123918846", "0371-23918846"), ("email", "bjpx_kf@126.com", "bjpx_kf@126.com"),
  ("uscc", USCC_U05, USCC_U05), ("domain", "kfbjpx.cn", "www.kfbjpx.cn")],
 "U05 own school site: enrolment brochure, honest")
P("bianjing", "kaowu-tongzhi.html", "关于2026年第二批次职业技能等级认定考场安排的通知", """
<h1>关于2026年第二批次职业技能等级认定考场安排的通知</h1>
<p>各位考生：本批次认定理论考试采用机考，操作技能考核在实训楼三楼机房进行。请携带身份证原件提前30分钟到场。</p>
<p>考点地址：开封市某职业技术学院实训楼；考点前台电话 0371-23886120（工作日8:00-17:30）。</p>
<p>准考证打印及成绩查询请关注本校通知，成绩合格者证书信息可登录技能人才评价证书全国联网查询平台查询。</p>
""", note="exam logistics notice on U05 site (non-offer), venue front desk")

# ================= kecheng marketplace =================
P("kecheng", "course-10217.html", "人工智能训练师五级(初级工)实战课 | 智训AI学院 - 学课网", """
<h1>人工智能训练师五级（初级工）数据标注实战课</h1>
<p class="meta">机构：智训AI学院（扬州） · 已报名 326 人 · 评分 4.8 · 课程编号 KC10217</p>
<p>课程大纲：数据采集与清洗、图像/文本/语音标注、质检流程、标注工具实操（共24讲）。线下认定可在扬州考点参加。</p>
<p>价格：¥1680（线上+线下实操），本课程不含认定费，认定按评价机构收费标准另付。</p>
<p>机构咨询：13852714406（王老师）</p>
""", True, "U01", "智训AI学院", [("phone", "+8613852714406", "13852714406")],
 "U01 on marketplace under a shorter brand, tied by mobile")
P("kecheng", "course-10388.html", "人工智能训练师三级+二级+一级 三证联报 国培数智 - 学课网", """
<h1>【官方认证】人工智能训练师 三级/二级/一级 三证联报 零基础可考</h1>
<p class="meta">机构：国培数智（北京）教育科技 · 已报名 2841 人 · 课程编号 KC10388</p>
<p>人社部颁发，国家职业资格证书，全国通用、官网可查、入库可查！不限学历、不限经验，零基础也能直接报二级技师。</p>
<p>三证联报原价 12800，现限时 6980，报二送一；考试不过全额退费，包过！</p>
<p>证书查询：cx.gpszedu.com　官网：www.gpszedu.com</p>
<p>全国统一咨询热线：400-812-7635</p>
""", True, "U03", "国培数智（北京）教育科技",
 [("phone", "4008127635", "400-812-7635"), ("domain", "gpszedu.com", "www.gpszedu.com"), ("domain", "gpszedu.com", "cx.gpszedu.com")],
 "U03 scam listing: three levels at once, 人社部颁发, fake query domain")
P("kecheng", "course-10452.html", "人工智能训练师四级 线上+线下 汴京培训 - 学课网", """
<h1>人工智能训练师（四级/中级工）理论+实操 开封面授班</h1>
<p class="meta">机构：汴京培训 · 已报名 98 人 · 课程编号 KC10452</p>
<p>适合已取得五级证书、从事数据标注工作满4年的学员。50学时，周末面授，机房实操。学费2200元。</p>
<p>课程咨询邮箱：bjpx_kf@126.com　电话：0371 23918846</p>
""", True, "U05", "汴京培训", [("email", "bjpx_kf@126.com", "bjpx_kf@126.com"), ("phone", "037123918846", "0371 23918846")],
 "U05 on marketplace, tied by e-mail and landline")
P("kecheng", "course-10503.html", "苏北数智 人工智能训练师五级就业班 - 学课网", """
<h1>人工智能训练师五级就业班（扬州线下实训基地）</h1>
<p class="meta">机构：苏北数智AI实训基地 · 已报名 411 人 · 课程编号 KC10503</p>
<p>8周完成理论与实操，结业推荐合作企业数据标注岗位（推荐不等于保证就业）。速成通道，短期拿证。</p>
<p>学费 2980 元，可分期。证书信息以 osta.mohrss.gov.cn 公布为准。</p>
<p>报名表：https://jsj.top/f/sbsz26　咨询 152 5270 3381　官网 www.subeishuzhi.com</p>
""", True, "U07", "苏北数智AI实训基地",
 [("phone", "+8615252703381", "152 5270 3381"), ("domain", "subeishuzhi.com", "www.subeishuzhi.com")],
 "U07 marketplace listing; form tool link is third party")
P("kecheng", "course-10611.html", "99元学AI训练师 扬帆AI训练营 - 学课网", """
<h1>原价9999 限时99！AI训练师速成营，90%小白都能学会</h1>
<p class="meta">机构：扬帆AI训练营 · 已报名 1.2万 人 · 课程编号 KC10611</p>
<p>7天学会数据标注接单，学完即可考人工智能训练师证书，拿到证书便可升职加薪。</p>
<p>学员交流Q群 861254907，官网 yangfanai.cn</p>
""", True, "U09", "扬帆AI训练营",
 [("qq_group", "861254907", "861254907"), ("domain", "yangfanai.cn", "yangfanai.cn")],
 "U09 low-price lure listing")
P("kecheng", "course-10702.html", "人工智能训练师五级 考前辅导 江都创客学院 - 学课网", """
<h1>人工智能训练师五级 考前辅导（江都）</h1>
<p class="meta">机构：江都创客学院 · 已报名 57 人 · 课程编号 KC10702</p>
<p>针对已报名认定的学员，讲解理论题型与标注实操要点。16学时，学费680元，不含认定费。</p>
<p>报名登记：https://jsj.top/f/jdck05　机构电话 0514-86551092</p>
""", True, "I04", "江都创客学院", [("phone", "051486551092", "0514-86551092")],
 "independent exam-prep course")

# ================= bbs forum =================
P("bbs", "thread-88213-1-1.html", "【开封】人工智能训练师包过班，人社部颁发，不过退费", """
<h1>【开封】人工智能训练师包过班，人社部颁发，不过退费</h1>
<div class="post"><b>楼主：数智小陈</b><p>汴梁数智人才开封站招生啦！零基础直接考三级高级工，不用上课，交费包过，证书人社部颁发，全国联网可查。考点就在开封本地。</p>
<p>名额有限，电话/微信 15637812209，QQ 2786614530</p></div>
<div class="post"><b>2楼：开封老李</b><p>零基础直接三级？靠谱吗</p></div>
<div class="post"><b>3楼：数智小陈</b><p>绝对靠谱，今年最后一批，私聊</p></div>
""", True, "U02", "汴梁数智人才",
 [("phone", "+8615637812209", "15637812209"), ("qq", "2786614530", "2786614530")],
 "U02 forum spam post: 包过, 人社部颁发, level 3 to beginners")
P("bbs", "thread-88340-1-1.html", "云标科技招聘数据标注员，先培训后上岗", """
<h1>云标科技招聘数据标注员 在家可做 月入6000+</h1>
<div class="post"><b>楼主：云标HR</b><p>广陵数据标注基地招数据标注员，无需经验，先参加人工智能训练师岗前培训（培训费3980，含证书），考完安排上岗。</p>
<p>HR手机 187 5270 9316，加群 735126984 了解</p></div>
<div class="post"><b>2楼：扬州小鱼</b><p>培训费要先交？我微信 xiaoyu_yz88 有人一起去看看吗</p></div>
<div class="post"><b>3楼：路过的老王</b><p>先交钱后上岗的都要小心</p></div>
""", True, "U04", "广陵数据标注基地",
 [("phone", "+8618752709316", "187 5270 9316"), ("qq_group", "735126984", "735126984")],
 "U04 job lure: pay training fee first; reader's own WeChat in reply")
P("bbs", "thread-88377-1-1.html", "苏北数智的AI训练师班有人上过吗", """
<h1>苏北数智的AI训练师班有人上过吗</h1>
<div class="post"><b>楼主：苏北数智-小周</b><p>我们苏北数智教育本月在扬州开五级班，有想了解的朋友可以电话15252703381，小班教学，实操为主。</p></div>
<div class="post"><b>2楼：扬州小鱼</b><p>学费多少？可以加我 xiaoyu_yz88 发个资料</p></div>
<div class="post"><b>3楼：苏北数智-小周</b><p>已私信</p></div>
""", True, "U07", "苏北数智教育", [("phone", "+8615252703381", "15252703381")],
 "U07 soft-sell forum thread")
P("bbs", "thread-88402-1-1.html", "开封数据标注考证互助小组招人（收资料费）", """
<h1>开封数据标注/AI训练师五级 考证互助小组</h1>
<div class="post"><b>楼主：河大老学长</b><p>本人在开封做标注项目三年，组织五级考前互助小组，每周六下午线下讲题+实操，8次课收资料费300元。只辅导，不代报名不包过。QQ 3320871456</p></div>
""", True, "I02", "河大老学长（个人）", [("qq", "3320871456", "3320871456")],
 "independent paid study group")
P("bbs", "thread-88455-1-1.html", "曝光：交了4800的AI训练师“包过班”，拿到的证书查不到", """
<h1>曝光：交了4800的AI训练师“包过班”，拿到的证书查不到</h1>
<div class="post"><b>楼主：维权的小张</b><p>去年加了一个叫“中技鉴定”的微信 zsjd_2022，对方电话17752903318，说人社部颁发、包过。交钱后发来的证书在官方平台查不到，现在人已经拉黑。已经打12315投诉了。</p>
<p>对方还有个QQ 2470093815，大家注意。</p></div>
<div class="post"><b>2楼：版主</b><p>已置顶。正规证书请在技能人才评价证书全国联网查询平台查询。</p></div>
""", note="complaint thread quoting a scammer's contacts (non-offer)")

# ================= fenlei classifieds =================
P("fenlei", "yz/px-5520831.html", "扬州 人工智能训练师培训 智训学校 周末班 - 百姓分类365", """
<h1>扬州人工智能训练师培训 五级四级 周末班 正规学校</h1>
<p>类别：职业技能培训 · 区域：广陵区 · 发布：扬州智训</p>
<p>扬州本地正规培训学校，人工智能训练师五级四级周末班，理论+上机实操，参保人员可申请技能提升补贴。</p>
<p>联系电话：(0514)87361245　微信：ZhiXun_YZ</p>
""", True, "U01", "扬州智训", [("phone", "051487361245", "(0514)87361245"), ("wechat", "zhixun_yz", "ZhiXun_YZ")],
 "U01 classified ad, tied by landline and WeChat")
P("fenlei", "kf/px-5521907.html", "开封 AI训练师证 包过 人社部颁发 - 百姓分类365", """
<h1>开封AI训练师证 零基础拿高级证 人社部颁发 包过</h1>
<p>类别：考证培训 · 区域：开封龙亭区 · 发布：开封AI考证中心</p>
<p>不用上课不用考试直接出证！人工智能训练师三级、二级都能办，全国通用，入库可查。考点：开封某职业技术学院（前台0371-23886120）。</p>
<p>联系人：陈老师 156-3781-2209　薇：BL_SZRC</p>
""", True, "U02", "开封AI考证中心", [("phone", "+8615637812209", "156-3781-2209"), ("wechat", "bl_szrc", "BL_SZRC")],
 "U02 classified ad, 不培训直接发证; venue number is third party")
P("fenlei", "yz/zp-5522016.html", "扬州 招聘数据标注员 在家办公 - 百姓分类365", """
<h1>招聘数据标注员 居家办公 日结 扬州云标数据</h1>
<p>类别：兼职招聘 · 区域：扬州 · 发布：扬州云标数据</p>
<p>岗位要求：会用电脑即可。入职前须参加人工智能训练师岗前培训并取得证书（培训费用入职后可报销一半）。</p>
<p>简历投递：yunbiao_hr@163.com　电话：18752709316</p>
""", True, "U04", "扬州云标数据", [("email", "yunbiao_hr@163.com", "yunbiao_hr@163.com"), ("phone", "+8618752709316", "18752709316")],
 "U04 job-lure classified")
P("fenlei", "kf/px-5522390.html", "中原人工智能职业技能评价中心 人工智能训练师 国家职业资格证书 - 百姓分类365", f"""
<h1>人工智能训练师国家职业资格证书 中原评价中心直招</h1>
<p>类别：考证培训 · 区域：开封/郑州 · 发布：中原人工智能职业技能评价中心</p>
<p>本中心为人工智能训练师评价机构，颁发国家职业资格证书，可在 zscx.osta.org.cn 查询，评职称、积分落户均可用。三级报名费3600元。机构信息见 osta.mohrss.gov.cn。</p>
<p>统一社会信用代码：{USCC_U08}　电话：137-8396-2150</p>
""", True, "U08", "中原人工智能职业技能评价中心",
 [("uscc", USCC_U08, USCC_U08), ("phone", "+8613783962150", "137-8396-2150")],
 "U08: company (91 code) with state-sounding name, calls it 国家职业资格证书")
P("fenlei", "yz/px-5522741.html", "扬州 AI训练师五级 一对一辅导 陈老师 - 百姓分类365", """
<h1>AI训练师五级 一对一考前辅导 扬州市区可上门</h1>
<p>类别：家教辅导 · 区域：邗江区 · 发布：陈老师（个人）</p>
<p>本人从事数据标注质检工作4年，已取得四级证书。辅导五级理论与实操，每次2小时200元。报名认定请自行到备案机构。</p>
<p>电话：131 9645 1207</p>
""", True, "I01", "陈老师（个人）", [("phone", "+8613196451207", "131 9645 1207")],
 "independent private tutor")

# ================= wenda Q&A =================
P("wenda", "question/5120071.html", "开封哪里可以考人工智能训练师？ - 问答圈", """
<h1>开封哪里可以考人工智能训练师？</h1>
<div class="answer"><b>汴梁数智-陈老师 的回答</b><p>我们就在开封，零基础可以直接报三级，包过，证书人社部颁发。有需要加我 QQ2786614530 或者打 156 3781 2209。</p></div>
<div class="answer"><b>路人甲 的回答</b><p>小心，这个跟zsjd_2022那个是不是一样的套路？零基础不可能直接三级。</p></div>
""", True, "U02", "汴梁数智", [("qq", "2786614530", "2786614530"), ("phone", "+8615637812209", "156 3781 2209")],
 "U02 answer-as-ad; another reader cites a scammer id")
P("wenda", "question/5120388.html", "做数据标注需要先考人工智能训练师证吗？ - 问答圈", """
<h1>做数据标注需要先考人工智能训练师证吗？</h1>
<div class="answer"><b>云标科技HR 的回答</b><p>我们公司要求持证上岗，可以先参加我们的岗前培训，包拿证包安排工作。有兴趣加入我们Q群735126984，或发简历到 YunBiao_HR@163.com</p></div>
<div class="answer"><b>鱼塘主 的回答</b><p>我也想了解，我QQ 903377461，有靠谱渠道麻烦告诉我</p></div>
""", True, "U04", "云标科技", [("qq_group", "735126984", "735126984"), ("email", "yunbiao_hr@163.com", "YunBiao_HR@163.com")],
 "U04 answer-as-ad; reader's own QQ in another answer")
P("wenda", "question/5120455.html", "人工智能训练师证书有用吗？能挂靠吗？ - 问答圈", """
<h1>人工智能训练师证书有用吗？能挂靠吗？</h1>
<div class="answer"><b>AI考证王老师 的回答</b><p>当然有用！证书可以挂靠企业，一年躺赚两三万。不用考试，资料齐全直接出证，7天拿证。详情电话19951426673，也可以加QQ 1594407268。</p></div>
""", True, "U06", "AI考证王老师", [("phone", "+8619951426673", "19951426673"), ("qq", "1594407268", "1594407268")],
 "U06 answer: 挂靠 income, no exam")
P("wenda", "question/5120520.html", "中原人工智能职业技能评价中心靠谱吗？ - 问答圈", """
<h1>中原人工智能职业技能评价中心靠谱吗？</h1>
<div class="answer"><b>中原智鉴 官方账号 的回答</b><p>我中心颁发的人工智能训练师证书属于国家职业资格证书，直接对应职称。报名咨询微信 zyzj_2025，电话 13783962150。</p></div>
""", True, "U08", "中原智鉴", [("wechat", "zyzj_2025", "zyzj_2025"), ("phone", "+8613783962150", "13783962150")],
 "U08 answer-as-ad")
P("wenda", "question/5120601.html", "怎么辨别人工智能训练师证书真假？ - 问答圈", """
<h1>怎么辨别人工智能训练师证书真假？</h1>
<div class="answer"><b>人社小百科 的回答</b><p>人工智能训练师（4-04-05-05）现在发的是职业技能等级证书，由备案的评价机构颁发，不是“人社部颁发”，也不是国家职业资格证书。</p>
<p>查询：技能人才评价证书全国联网查询 zscx.osta.org.cn；拿不准可以打12333问当地人社。</p>
<p>看到“包过”“零基础直接考二级”的都要警惕。之前有人被17752903318这个号骗过。网上那种“联系方式：13800138000”的模板广告也别信。</p></div>
""", note="guide answer (non-offer) with official and warning numbers")

# ================= mp WeChat reposts =================
P("mp", "a/20260312-ai.html", "扬州人社补贴来了！人工智能训练师周末班开课 | 微文摘", """
<h1>扬州人社补贴来了！人工智能训练师周末班开课</h1>
<p class="src">来源：公众号“扬州智训” 2026-03-12</p>
<p>参保满一年的职工，取得五级证书最高可申领1000元技能提升补贴，四级最高1500元。本期周末班3月28日开课。</p>
<p>添加课程顾问微信 zhixun_yz 或拨打 138-5271-4406，详情见 yzzhixun.cn</p>
""", True, "U01", "扬州智训", [("wechat", "zhixun_yz", "zhixun_yz"), ("phone", "+8613852714406", "138-5271-4406"), ("domain", "yzzhixun.cn", "yzzhixun.cn")],
 "U01 WeChat article repost")
P("mp", "a/20260318-gpsz.html", "国家急需！人工智能训练师证书最后一批报名 | 微文摘", """
<h1>国家急需！人工智能训练师证书最后一批报名</h1>
<p class="src">来源：公众号“人工智能职业技能认证中心”</p>
<p>人社部证书退出，哪家证书来接盘？人工智能训练师高级证书，人社部颁发，官网可查。三证联报6980，报二送一。</p>
<p>对公收款：北京云帆启智文化传播有限公司；支持支付宝，支付问题可咨询95188。</p>
<p>咨询热线 400 812 7635　微信 gpsz888　查询官网 www.gpszedu.com</p>
""", True, "U03", "人工智能职业技能认证中心",
 [("phone", "4008127635", "400 812 7635"), ("wechat", "gpsz888", "gpsz888"), ("domain", "gpszedu.com", "www.gpszedu.com"),
  ("other", "北京云帆启智文化传播有限公司", "北京云帆启智文化传播有限公司")],
 "U03 repost: 人社部证书退出 slogan, payee name")
P("mp", "a/20260321-wang.html", "一证在手，躺赚挂靠费！AI训练师证书7天下证 | 微文摘", """
<h1>一证在手，躺赚挂靠费！AI训练师证书7天下证</h1>
<p class="src">来源：公众号“智证通”</p>
<p>免培训、包通过、国家认可、官方认证。人工智能训练师证书可挂靠，年入2万+。</p>
<p>联系王老师：199 5142 6673（微信同号 wx_ailaoshi9）</p>
""", True, "U06", "智证通", [("phone", "+8619951426673", "199 5142 6673"), ("wechat", "wx_ailaoshi9", "wx_ailaoshi9")],
 "U06 repost: 挂靠 lure")
P("mp", "a/20260325-yangfan.html", "宝妈在家做AI数据标注，月入过万？ | 微文摘", """
<h1>宝妈在家做AI数据标注，月入过万？</h1>
<p class="src">来源：公众号“扬帆数据”</p>
<p>原价9999限时99，90%小白都能学会！学完推荐考人工智能训练师证。</p>
<p>扫码填报名表 https://jsj.top/f/yfai99 ，或加助教微信 yangfan_ai99，进学员群 861254907</p>
<p class="cmt">留言 鱼塘主：已报，我QQ 903377461 求组队</p>
""", True, "U09", "扬帆数据", [("wechat", "yangfan_ai99", "yangfan_ai99"), ("qq_group", "861254907", "861254907")],
 "U09 repost; reader's QQ in comments; form tool")
P("mp", "a/20260402-lankao.html", "兰考县人工智能训练师五级培训班招生 | 微文摘", """
<h1>兰考县人工智能训练师（五级）培训班招生公告</h1>
<p class="src">来源：公众号“兰考启航职业培训”</p>
<p>面向本县从事电商客服、数据录入等相关工作满1年的人员，60学时，学费1200元，认定费另计，不承诺通过。</p>
<p>报名：176-0378-6624　邮箱 lkqh_px@163.com</p>
""", True, "I06", "兰考启航职业培训",
 [("phone", "+8617603786624", "176-0378-6624"), ("email", "lkqh_px@163.com", "lkqh_px@163.com")],
 "independent county training school")

# ================= video =================
P("video", "v/7312085541.html", "开封AI训练师 零基础包过 - 快看短视频", """
<h1>@汴梁数智人才：开封的朋友看过来，AI训练师高级证零基础包过！</h1>
<p class="desc">视频文案：人社部颁发，三级二级都能办，不过退费 #人工智能训练师 #开封</p>
<p>主页简介：V❤：bl_szrc</p>
<p class="cmt">评论 1.2万 · 点赞 3.4万</p>
""", True, "U02", "汴梁数智人才", [("wechat", "bl_szrc", "bl_szrc")], "U02 short video")
P("video", "v/7312099018.html", "人工智能训练师证书 国家认证 - 快看短视频", """
<h1>@国培数智：人工智能训练师证书，国家认证，官网可查</h1>
<p class="desc">视频文案：一次报三证，零基础直接考技师！私信领取报名资料。</p>
<p>主页：微信 gpsz888　收款单位 北京云帆启智文化传播有限公司</p>
""", True, "U03", "国培数智",
 [("wechat", "gpsz888", "gpsz888"), ("other", "北京云帆启智文化传播有限公司", "北京云帆启智文化传播有限公司")],
 "U03 short video")
P("video", "v/7312133706.html", "不用考试 AI证7天下证 - 快看短视频", """
<h1>@AI考证王老师：不用考试，AI训练师证7天下证</h1>
<p class="desc">视频文案：资料齐全直接出证，可挂靠！评论区扣1</p>
<p>主页简介：咨询VX wx_ailaoshi9</p>
""", True, "U06", "AI考证王老师", [("wechat", "wx_ailaoshi9", "wx_ailaoshi9")], "U06 short video")
P("video", "v/7312150402.html", "99元学AI训练 - 快看短视频", """
<h1>@扬帆AI训练营：原价9999限时99，AI训练师速成</h1>
<p class="desc">视频文案：90%小白都能学会，学完接单 #AI副业</p>
<p>主页：yangfan_ai99 · 官网 yangfanai.cn</p>
<p class="cmt">评论 鱼塘主：我QQ 903377461，报了的来交流</p>
""", True, "U09", "扬帆AI训练营", [("wechat", "yangfan_ai99", "yangfan_ai99"), ("domain", "yangfanai.cn", "yangfanai.cn")],
 "U09 short video; reader's QQ in comments")
P("video", "v/7312177630.html", "老周聊AI：人工智能训练师五级怎么备考 - 快看短视频", """
<h1>@老周聊AI：五级怎么备考？我的付费课上线了</h1>
<p class="desc">视频文案：五级60学时标准是怎么来的，真实讲讲。系统课68元，主页有链接，不包过。</p>
<p>主页简介：合作微信 zhoulaoshi_ai</p>
""", True, "I05", "老周聊AI", [("wechat", "zhoulaoshi_ai", "zhoulaoshi_ai")], "independent creator selling a cheap prep course")

# ================= news =================
P("news", "jiaoyu/2026-04/1180233.html", "汴京职校：人工智能训练师培训助力开封数字经济（广告）", f"""
<h1>汴京职校：人工智能训练师培训助力开封数字经济</h1>
<p class="meta">2026-04-08 来源：维扬在线 编辑：刘某 【推广】</p>
<p>开封市汴京职业技能培训学校今年开设人工智能训练师五级、四级班，学员结业后参加第三方评价机构认定。学校负责人表示，培训不承诺通过，参保职工可按规定申领补贴，具体咨询12333。</p>
<p>报名电话：0371-2391 8846　学校网址 www.kfbjpx.cn　统一社会信用代码 {USCC_U05}</p>
""", True, "U05", "汴京职校", [("phone", "037123918846", "0371-2391 8846"), ("domain", "kfbjpx.cn", "www.kfbjpx.cn"), ("uscc", USCC_U05, USCC_U05)],
 "U05 advertorial on news portal")
P("news", "jiaoyu/2026-04/1180417.html", "苏北数智AI实训基地落户扬州（推广）", """
<h1>苏北数智AI实训基地落户扬州 首期人工智能训练师班开课</h1>
<p class="meta">2026-04-15 来源：维扬在线 【推广】</p>
<p>苏北数智教育在扬州建成AI数据标注实训基地，首期五级班招收学员60名，学费2980元。</p>
<p>咨询邮箱 kefu@subeishuzhi.com，官网 www.subeishuzhi.com；证书以 osta.mohrss.gov.cn 公布信息为准。</p>
""", True, "U07", "苏北数智教育", [("email", "kefu@subeishuzhi.com", "kefu@subeishuzhi.com"), ("domain", "subeishuzhi.com", "www.subeishuzhi.com")],
 "U07 advertorial")
P("news", "minsheng/2026-04/1180602.html", "警惕“包过”“人社部颁发”！多人花数千元买到查不到的AI证书", """
<h1>警惕“包过”“人社部颁发”！多人花数千元买到查不到的AI证书</h1>
<p class="meta">2026-04-20 记者 王某</p>
<p>近日，多名市民反映，通过网络购买所谓人工智能训练师“包过班”，交费后拿到的证书无法查询。记者拨打市民提供的电话177 5290 3318，已无人接听；对方QQ 2470093815 也已注销。</p>
<p>人社部门提醒，人工智能训练师证书为职业技能等级证书，由备案评价机构颁发，可登录 osta.mohrss.gov.cn 了解机构信息。遇到虚假宣传可拨打12315投诉，政策咨询拨打12333。</p>
""", note="news warning quoting scam contacts and hotlines (non-offer)")

# ================= rsj =================
P("rsj", "tzgg/2026/0310-001.html", "关于防范技术技能类“山寨证书”的提醒", """
<h1>关于防范技术技能类“山寨证书”的提醒</h1>
<p class="meta">发布日期：2026-03-10　来源：职业能力建设科</p>
<p>近期，部分机构以“人社部颁发”“包过”“零基础直接考技师”等名义招揽人工智能训练师等职业技能等级认定培训。现提醒如下：</p>
<ol><li>职业技能等级证书由经备案的评价机构颁发，政府部门不参与监制；</li>
<li>证书编号为22位，如 S000041000032253000117 为示例格式，可在 zscx.osta.org.cn 查询；</li>
<li>评价机构备案信息可通过 osta.mohrss.gov.cn 查询；</li>
<li>如有疑问请拨打人社服务热线12333。</li></ol>
""", note="人社局-style warning notice (non-offer)")
P("rsj", "tzgg/2026/0402-002.html", "关于2026年失业保险技能提升补贴申领的通知", """
<h1>关于2026年失业保险技能提升补贴申领的通知</h1>
<p class="meta">发布日期：2026-04-02</p>
<p>参保职工取得职业技能等级证书的，按初级（五级）不超过1000元、中级（四级）不超过1500元、高级（三级）不超过2000元的标准申领补贴。技师、高级技师不在本补贴范围。</p>
<p>申领渠道：江苏智慧人社APP。咨询电话12333。</p>
""", note="subsidy notice (non-offer)")

# ================= shop =================
P("shop", "item/661203871.html", "人工智能训练师证书报名 三证联报 - 优品集市", """
<h1>人工智能训练师 高级/技师/高级技师 三证联报 官网可查</h1>
<p class="price">¥6980.00 <s>¥12800</s> 月销 86</p>
<p>店铺：国培数智官方店 · 咨询 4008127635</p>
<p>拍下后联系客服登记信息，证书人社部颁发。收款方：北京云帆启智文化传播有限公司</p>
""", True, "U03", "国培数智官方店",
 [("phone", "4008127635", "4008127635"), ("other", "北京云帆启智文化传播有限公司", "北京云帆启智文化传播有限公司")],
 "U03 shop listing")
P("shop", "item/661208452.html", "AI训练师证书 免考直出 可挂靠 - 优品集市", """
<h1>AI训练师证书 免考直出 7天下证 可挂靠</h1>
<p class="price">¥3880.00 月销 23</p>
<p>店铺：智证通考证 · 拍前请加掌柜 WX_AILAOSHI9 或Q 1594407268 沟通</p>
""", True, "U06", "智证通考证", [("wechat", "wx_ailaoshi9", "WX_AILAOSHI9"), ("qq", "1594407268", "1594407268")],
 "U06 shop listing")
P("shop", "item/661210064.html", "人工智能训练师三级 国家职业资格证书 报名 - 优品集市", f"""
<h1>人工智能训练师三级 国家职业资格证书 评价中心直报</h1>
<p class="price">¥3600.00 月销 41</p>
<p>店铺：中原智鉴 · 主体：中原人工智能职业技能评价中心 {USCC_U08}</p>
<p>证书样本编号 S000041000032253000117，官网可查。加微信 zyzj_2025 预约。</p>
""", True, "U08", "中原智鉴", [("uscc", USCC_U08, USCC_U08), ("wechat", "zyzj_2025", "zyzj_2025")],
 "U08 shop listing; sample certificate number is not an identifier")
P("shop", "item/661215590.html", "人工智能训练师四级 教材+题库+网课 - 优品集市", """
<h1>人工智能训练师（四级）网课+配套题库 正版教材</h1>
<p class="price">¥168.00 月销 310</p>
<p>店铺：智学书屋 · 仅含学习资料与录播网课，不含报名及认定。掌柜微信 zxsw_books</p>
""", True, "I03", "智学书屋", [("wechat", "zxsw_books", "zxsw_books")], "independent course + question bank shop")

# ---------- render ----------
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def rel(from_path, to_path):
    return os.path.relpath(to_path, os.path.dirname(from_path) or ".")

def frame(site, path, title, body, crumbs, related):
    c = SITES[site]
    home = f"{site}/index.html"
    menu = " | ".join(f'<a href="{rel(path, home)}">{m}</a>' for m in c["menu"])
    crumb = " &gt; ".join([f'<a href="{rel(path, home)}">{c["name"]}</a>'] + [esc(x) for x in crumbs])
    rl = "".join(f'<li><a href="{rel(path, p)}">{esc(t)}</a></li>' for p, t in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}</title>
<style>body{{font-family:sans-serif;margin:0}}.top{{background:{c['color']};color:#fff;padding:8px}}.top a{{color:#fff}}
.main{{display:flex}}.content{{flex:3;padding:10px}}.side{{flex:1;padding:10px;background:#f5f5f5}}.foot{{border-top:1px solid #ccc;font-size:12px;padding:8px;color:#666}}</style></head>
<body class="style-{c['style']}"><div class="top"><b>{c['name']}</b> &nbsp; {menu} &nbsp; <a href="{rel(path, 'index.html')}">导航首页</a></div>
<div class="crumb">当前位置：{crumb}</div>
<div class="main"><div class="content">{body}</div>
<div class="side">{c['side']}<h4>相关链接</h4><ul>{rl}</ul></div></div>
<div class="foot">{c['footer']}</div></body></html>
"""

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {s: [p for p in PAGES if p["site"] == s] for s in SITE_ORDER}
    out = {}  # rel path -> html
    truth_pages = []
    for s in SITE_ORDER:
        plist = by_site[s]
        for p in plist:
            p["path"] = f"{s}/{p['file']}"
        idx = f"{s}/index.html"
        items = "".join(f'<li><a href="{rel(idx, p["path"])}">{esc(p["title"])}</a></li>' for p in plist)
        body = f"<h1>{SITES[s]['name']}</h1><p>最新内容</p><ul>{items}</ul>"
        out[idx] = frame(s, idx, SITES[s]["name"] + " - 首页", body, ["首页"], [(q["path"], q["title"]) for q in plist[:4]])
        ids = []
        if s == "zhixun":
            body += "<p>扬州智训职业培训学校成立于2016年，开展电工、育婴员、人工智能训练师等职业技能培训。</p>"
            out[idx] = frame(s, idx, SITES[s]["name"] + " - 首页", body, ["首页"], [(q["path"], q["title"]) for q in plist])
        truth_pages.append(dict(path="/" + idx, is_offer=False, operator=None, provider=None, identifiers=ids,
                                note=f"index page of {SITES[s]['name']} ({SITES[s]['style']})"))
        for i, p in enumerate(plist):
            related = [(q["path"], q["title"]) for q in plist if q is not p][:4]
            out[p["path"]] = frame(s, p["path"], p["title"], p["body"], [SITES[s]["menu"][min(2, len(SITES[s]['menu'])-1)], p["title"].split(" - ")[0][:24]], related)
            truth_pages.append(dict(path="/" + p["path"], is_offer=p["is_offer"], operator=p["operator"],
                                    provider=p["provider"], identifiers=p["ids"], note=p["note"]))
    hub = "<h1>网页导航</h1><ul>" + "".join(f'<li><a href="{s}/index.html">{SITES[s]["name"]}</a>（{SITES[s]["style"]}）</li>' for s in SITE_ORDER) + "</ul>"
    out["index.html"] = f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网页导航</title></head><body>{hub}</body></html>\n'
    truth_pages.insert(0, dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub"))
    for rp, html in out.items():
        fp = os.path.join(SITE, rp)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    # operators
    ops = {}
    for tp in truth_pages:
        o = tp["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if tp["provider"] not in d["brands"]:
                d["brands"].append(tp["provider"])
            for k, v, w in tp["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    ops = {k: ops[k] for k in sorted(ops)}

    # decoys: kind, value, written forms, why
    D = [
     ("phone", "12333", ["12333"], "national 人社 service hotline"),
     ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
     ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
     ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
     ("phone", "4006602388", ["400-660-2388"], "学课网 platform customer-service number in footer"),
     ("email", "kefu@xuekewang.cn", ["kefu@xuekewang.cn"], "学课网 platform e-mail in footer"),
     ("domain", "xuekewang.cn", ["xuekewang.cn"], "学课网 platform domain in footer"),
     ("phone", "+8613700515002", ["13700515002"], "学课网 category id that looks like a mobile, on every course page"),
     ("qq_group", "318402657", ["318402657"], "forum's own official QQ group in sidebar and footer"),
     ("other", "苏ICP备13027714号-2", ["苏ICP备13027714号-2"], "forum platform ICP number"),
     ("phone", "4000105858", ["400-010-5858"], "classifieds platform customer service"),
     ("domain", "fenlei365.com", ["fenlei365.com"], "classifieds platform domain"),
     ("phone", "+8613800138000", ["13800138000"], "template placeholder number"),
     ("email", "jubao@wendaquan.com", ["jubao@wendaquan.com"], "Q&A platform report e-mail"),
     ("other", "京ICP备16042285号-3", ["京ICP备16042285号-3"], "repost site ICP number"),
     ("domain", "kuaikansp.com", ["kuaikansp.com"], "short-video platform domain"),
     ("phone", "051487330110", ["0514-87330110"], "news portal news hotline"),
     ("uscc", USCC_SHOP, [USCC_SHOP], "shop platform operator's business licence in footer"),
     ("phone", "95188", ["95188"], "Alipay customer service (payment platform)"),
     ("phone", "+8617752903318", ["17752903318", "177 5290 3318"], "scammer number quoted in complaint, news and guide"),
     ("qq", "2470093815", ["2470093815"], "scammer QQ quoted in complaint and news"),
     ("wechat", "zsjd_2022", ["zsjd_2022"], "scammer WeChat quoted in complaint and by a reader"),
     ("wechat", "xiaoyu_yz88", ["xiaoyu_yz88"], "a forum reader's own WeChat in replies to two sellers"),
     ("qq", "903377461", ["903377461"], "a reader's own QQ in comments on three sellers' pages"),
     ("phone", "037123886120", ["0371-23886120"], "exam venue front desk (third party)"),
     ("domain", "jsj.top", ["jsj.top"], "online form tool (third party)"),
     ("other", "S000041000032253000117", ["S000041000032253000117"], "sample certificate number"),
    ]
    decoys = []
    for k, v, ws, why in D:
        pages = sorted("/" + rp for rp, html in out.items() if any(w in html for w in ws))
        decoys.append(dict(kind=k, value=v, written=ws, pages=pages, why=why))
    truth = dict(pages=truth_pages, operators=ops, decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
