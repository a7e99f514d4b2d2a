#!/usr/bin/env python3
"""Generate a small labeled web of 人工智能训练师 certificate sellers (Guangdong week).
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(code8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPH.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - s % 31
    return body + ALPH[0 if r == 31 else r]


# ---------------------------------------------------------------- identifiers
U01_USCC = uscc("91440300", "MA5G7K2R")
U02_USCC = uscc("91440106", "MA59C3TN")
U04_USCC = uscc("91440101", "MA5CR8WJ")
U03_USCC = uscc("92440306", "MA5H1Q4L")
I06_USCC = uscc("12440000", "45568723")
KDD_USCC = uscc("91440300", "MA5DUW6P")   # marketplace's own (decoy)

# ---------------------------------------------------------------- sites
SITES = {
 "szzhixun": dict(name="深圳智训职业技能培训有限公司", style="training-company",
   menu=["首页", "课程中心", "技能认定", "补贴政策", "关于我们", "联系我们"],
   side="<h4>热门课程</h4><ul><li>人工智能训练师四级</li><li>人工智能训练师三级</li><li>数据标注员实操班</li></ul><h4>咨询热线</h4><p>0755-8612 3456（工作日 9:00-18:00）</p>",
   footer="<p>深圳智训职业技能培训有限公司 版权所有 ©2019-2026</p><p>地址：深圳市南山区科技园南区高新南七道 数字大厦 11 楼</p><p>咨询热线：0755-8612 3456　网址：www.szzhixun-edu.cn</p><p>粤ICP备2023041177号-1</p>"),
 "gzkechuang": dict(name="科创职教 · 广州科创教育科技有限公司", style="training-company",
   menu=["网站首页", "招生简章", "考试安排", "学员风采", "校区地址", "防骗公告"],
   side="<h4>报名咨询</h4><p>020-38765432</p><p>天河校区：广州市天河区体育西路 191 号中石化大厦 B 塔 17 楼</p><h4>证书查询</h4><p>技能人才评价证书全国联网查询 zscx.osta.org.cn</p>",
   footer="<p>Copyright © 广州科创教育科技有限公司 | 地址：广州市天河区体育西路191号 | 电话：020-38765432</p><p>粤ICP备2020117362号</p>"),
 "keduoduo": dict(name="课多多 · 职业技能课程平台", style="course-marketplace",
   menu=["首页", "IT互联网", "职业考证", "人工智能", "直播课", "机构入驻", "我的订单"],
   side="<h4>平台保障</h4><ul><li>7天无理由退款</li><li>机构资质审核</li><li>担保交易</li></ul><h4>平台客服</h4><p>400-660-1234</p>",
   footer="<p>课多多（深圳）网络科技有限公司 统一社会信用代码：" + KDD_USCC + "</p><p>客服电话：400-660-1234　客服邮箱：kefu@keduoduo.cn　机构入驻QQ群：531806274</p><p>粤ICP备2021088123号-1　www.keduoduo.cn</p>"),
 "lingnanbbs": dict(name="岭南职场论坛", style="forum",
   menu=["首页", "求职招聘", "考证交流", "技能补贴", "曝光台", "灌水区"],
   side="<h4>版规</h4><p>禁止发布违法广告，广告帖请发到【培训信息】子版。举报请联系版主。</p><h4>热帖</h4><ul><li>深圳入户积分最新版</li><li>失业金领取流程</li></ul>",
   footer="<p>岭南职场论坛 lingnanbbs.com　联系管理员：admin@lingnanbbs.com</p><p>粤ICP备2015066218号-2　Powered by Discuz! X3.4</p>"),
 "tc58fl": dict(name="同城分类信息网 · 深圳/广州/东莞", style="classifieds",
   menu=["首页", "招聘", "二手", "房产", "教育培训", "本地服务", "免费发布"],
   side="<h4>安全提示</h4><p>凡是要求预付定金、刷单、代办证书的，请提高警惕。</p><h4>客服</h4><p>400-690-5858</p>",
   footer="<p>同城分类信息网 tc58fl.com　客服热线：400-690-5858　用户交流群：328845901</p><p>粤ICP备2018093341号　违法和不良信息举报：jubao@tc58fl.com</p>"),
 "wendaba": dict(name="问答吧", style="qa",
   menu=["首页", "教育", "职场", "科技", "生活", "提问"],
   side="<h4>相关问题</h4><ul><li>人工智能训练师证书有用吗？</li><li>数据标注员好找工作吗？</li><li>技能补贴多久到账？</li></ul>",
   footer="<p>问答吧 wendaba.cn　投诉与反馈：feedback@wendaba.cn</p><p>京ICP备19027716号</p>"),
 "wxzhuan": dict(name="职教头条（公众号文章聚合）", style="wechat-repost",
   menu=["首页", "考证", "政策", "就业", "AI前沿", "投稿"],
   side="<h4>阅读原文</h4><p>本站内容转载自微信公众号，版权归原作者所有，如有侵权请联系删除。</p><h4>热门公众号</h4><ul><li>深圳考证圈</li><li>广州技能补贴</li></ul>",
   footer="<p>职教头条 wxzhuan.net　投稿/删稿：tougao@wxzhuan.net</p><p>粤ICP备2022012877号-3</p>"),
 "douvideo": dict(name="抖趣短视频（网页版）", style="short-video",
   menu=["推荐", "关注", "同城", "知识", "直播"],
   side="<h4>相关推荐</h4><ul><li>数据标注日结是真的吗</li><li>#人工智能训练师 #考证</li></ul>",
   footer="<p>抖趣短视频 douqu.tv　用户服务热线：400-150-6688　网络举报：report@douqu.tv</p><p>粤ICP备2017110039号-8</p>"),
 "gzrsj": dict(name="某区人力资源和社会保障局（信息公开）", style="government-notice",
   menu=["首页", "通知公告", "政策文件", "办事指南", "互动交流"],
   side="<h4>便民服务</h4><p>人社服务热线：12333</p><p>技能人才评价证书全国联网查询：zscx.osta.org.cn</p><p>广东省职业技能鉴定指导中心：www.gdosta.org.cn</p>",
   footer="<p>主办：某区人力资源和社会保障局　地址：广州市某区府前路 2 号</p><p>咨询电话：12333　粤ICP备05073311号</p>"),
 "nyxxzy": dict(name="广东南粤信息职业技术学院 · 继续教育学院", style="college",
   menu=["学院首页", "学院概况", "社会培训", "职业技能等级认定", "通知公告"],
   side="<h4>快速通道</h4><ul><li>认定报名系统</li><li>成绩查询</li><li>证书查询（全国联网）</li></ul>",
   footer="<p>广东南粤信息职业技术学院 继续教育学院　地址：广州市白云区钟落潭镇广从八路 18 号</p><p>粤ICP备13021188号</p>"),
 "aishop": dict(name="优选好课 · 网店", style="shop",
   menu=["店铺首页", "全部宝贝", "职业考证", "AI课程", "店铺动态"],
   side="<h4>店铺服务</h4><p>本平台为担保交易，请勿线下转账。</p><p>支付宝客服：95188</p>",
   footer="<p>优选好课 商城 youxuanke.com　商城客服QQ：800061255</p><p>浙ICP备16041020号</p>"),
}

PAGES = []


def P(site, fn, title, body, offer=False, op=None, provider=None, ids=(), note="", crumb=None):
    PAGES.append(dict(site=site, fn=fn, title=title, body=body, offer=offer, op=op,
                      provider=provider, ids=[list(i) for i in ids], note=note,
                      crumb=crumb or title))


# ---------------------------------------------------------------- common snippets
VERIFY = "证书可在“技能人才评价证书全国联网查询”平台 zscx.osta.org.cn 查询。"
SCAM_NO = "171 8234 5509"
CERT_SAMPLE = "S000044190001263000123"
PROMO = "13920260315"
FORM = "jinshuju.net"
VENUE = "020-87654001"
READER_WX = "xiaomei_0755"

# ================================================================ A szzhixun (U01)
U01_LAND = ("phone", "075586123456", "0755-8612 3456")
U01_ICP = ("other", "粤ICP备2023041177号", "粤ICP备2023041177号")
U01_DOM = ("domain", "szzhixun-edu.cn", "www.szzhixun-edu.cn")
P("szzhixun", "index.html", "深圳智训职业技能培训有限公司 - 首页",
  "<p>深圳智训成立于2019年，专注人工智能、数据标注、电商运营等新职业技能培训，已为南山、宝安多家企业开展员工内训。</p>"
  "<ul><li><a href='ai-trainer-l4.html'>人工智能训练师（四级/中级工）周末班</a></li><li><a href='ai-trainer-l3.html'>人工智能训练师（三级/高级工）晚班</a></li><li><a href='news-subsidy.html'>2026年深圳技能提升补贴申领说明</a></li></ul>",
  note="training company home page")
P("szzhixun", "ai-trainer-l4.html", "人工智能训练师（四级）周末班招生简章",
  "<h2>2026年第二期 人工智能训练师（4-04-05-05）四级/中级工</h2>"
  "<p>培训内容：数据采集和处理、数据标注、智能系统运维；理论+实操，参考课时50学时，周六日上课，地点南山科技园。</p>"
  "<p>报名条件：按《人工智能训练师国家职业技能标准（2021年版）》执行，需取得五级证书后从事本职业满4年，或累计从事本职业6年以上，或相关专业技工院校毕业。我们会先帮您核对申报条件，不符合的不收费。</p>"
  "<p>费用：培训费 2680 元（含教材、实操平台账号）；认定费按评价机构标准另行缴纳。符合条件的参保职工取证后可申领技能提升补贴（四级最高 1500 元），以人社部门审核为准。</p>"
  "<p>证书说明：合格者由备案的第三方评价机构颁发职业技能等级证书，" + VERIFY + "本机构不承诺“包过”。</p>"
  "<p>报名咨询：张老师 138-2345-6781（同微信）　座机：0755-8612 3456</p>"
  "<p>统一社会信用代码：" + U01_USCC + "</p>"
  "<p class='warn'>【防骗提醒】近期有人冒充我司工作人员，使用 " + SCAM_NO + " 拨打电话收取“加急出证费”，请勿相信。官方咨询电话仅以本网站公布为准，也可拨打 12333 咨询政策。</p>",
  offer=True, op="U01", provider="深圳智训职业技能培训有限公司",
  ids=[("phone", "+8613823456781", "138-2345-6781"), U01_LAND, ("uscc", U01_USCC, U01_USCC), U01_DOM, U01_ICP],
  note="U01 own site: level-4 enrolment, honest wording")
P("szzhixun", "ai-trainer-l3.html", "人工智能训练师（三级/高级工）晚班 | 深圳智训",
  "<h2>三级/高级工 晚班（周二、周四 19:30-21:30）</h2>"
  "<p>适合已取得四级证书、从事AI产品运营或数据标注管理的在职人员。课程覆盖业务分析、智能训练、智能系统设计、培训与指导。</p>"
  "<p>学费 3280 元，分两期付款。三级符合条件可申领技能提升补贴，深圳按紧缺职业目录上浮，具体以人社部门公布为准。</p>"
  "<p>报名方式：在线填写报名表（金数据表单 " + FORM + "/f/zx2026l3），或添加课程顾问微信：ZhiXun_AI2024，电话 13823456781。</p>"
  "<p>实操考核地点：以评价机构通知为准。</p>",
  offer=True, op="U01", provider="深圳智训",
  ids=[("wechat", "zhixun_ai2024", "ZhiXun_AI2024"), ("phone", "+8613823456781", "13823456781"), U01_LAND, U01_DOM, U01_ICP],
  note="U01 own site: level-3 evening class")
P("szzhixun", "news-subsidy.html", "2026年深圳技能提升补贴申领说明（转自人社部门）",
  "<p>失业保险技能提升补贴：取得五级、四级、三级职业资格证书或职业技能等级证书的参保职工，可分别申领最高1000元、1500元、2000元补贴；紧缺职业可上浮。二级、一级不在该补贴范围内。</p>"
  "<p>申领渠道：广东政务服务网或粤省事小程序。政策咨询请拨打 12333。</p>",
  note="company news page: subsidy explainer, non-offer")

# ================================================================ B gzkechuang (U02)
U02_LAND = ("phone", "02038765432", "020-38765432")
U02_ICP = ("other", "粤ICP备2020117362号", "粤ICP备2020117362号")
P("gzkechuang", "index.html", "科创职教 - 广州人工智能训练师考证培训",
  "<p>科创职教深耕广州职业技能培训十年，开设人工智能训练师、健康管理师、电子商务师等课程。</p>"
  "<ul><li><a href='zhaosheng-ai.html'>人工智能训练师招生简章</a></li><li><a href='kaoshi-2026.html'>2026年考试安排（6月批次）</a></li><li><a href='fangpian.html'>关于不法分子冒用我司名义的严正声明</a></li></ul>",
  note="training company home")
P("gzkechuang", "zhaosheng-ai.html", "【招生简章】人工智能训练师五级/四级/三级 人社部颁发",
  "<h2>人工智能训练师 招生简章（广州天河）</h2>"
  "<p>国家新职业，人社部颁发职业技能等级证书，全国通用，终身有效，可申领政府补贴、可用于入户积分。</p>"
  "<p>零基础可报五级，大专以上学历可直接报三级。五级 1980 元／四级 2680 元／三级 3580 元，两级同报立减 800 元。</p>"
  "<p>报名热线：020-38765432　手机：159-2034-7785（陈老师）　邮箱：kechuang_edu@163.com</p>"
  "<p>企业信息：广州科创教育科技有限公司　统一社会信用代码 " + U02_USCC + "</p>"
  "<p>考点：广州市天河区某职业培训中心（考点前台 " + VENUE + "，仅负责考场引导，不受理报名）</p>",
  offer=True, op="U02", provider="广州科创教育科技有限公司",
  ids=[U02_LAND, ("phone", "+8615920347785", "159-2034-7785"), ("email", "kechuang_edu@163.com", "kechuang_edu@163.com"), ("uscc", U02_USCC, U02_USCC), U02_ICP],
  note="U02 own site: misleading '人社部颁发', multi-level discount")
P("gzkechuang", "kaoshi-2026.html", "2026年6月批次 人工智能训练师考试安排",
  "<p>理论考试：6月20日上午；技能考核：6月21日全天。报名截止6月5日，逾期顺延至9月批次。</p>"
  "<p>本期报名享“保障班”：一次不过免费重读。学员群QQ：2875340012（备注姓名+级别），或致电 15920347785。</p>"
  "<p>考试当天请携带身份证原件。" + VERIFY + "</p>",
  offer=True, op="U02", provider="科创职教",
  ids=[("qq", "2875340012", "2875340012"), ("phone", "+8615920347785", "15920347785"), U02_LAND, U02_ICP],
  note="U02 own site: exam schedule inviting enrolment")
P("gzkechuang", "fangpian.html", "关于不法分子冒用我司名义的严正声明",
  "<p>近日有人冒用“科创职教”名义，以“内部名额、免考拿证”为由收取费用，其使用的号码为 " + SCAM_NO + "、微信号 kc_neibu888。上述号码与我司无关。</p>"
  "<p>如遇诈骗请拨打110报警，或向市场监管部门投诉（12315）。</p>",
  note="warning page quoting scam contacts; non-offer")

# ================================================================ C keduoduo marketplace
def kdd(fn, title, body, **kw):
    P("keduoduo", fn, title, body, **kw)

KDD_HEAD = "<p class='plat'>课多多平台提示：请通过平台下单，平台担保交易。活动编号 " + PROMO + "（本月考证季满减券）。</p>"
P("keduoduo", "index.html", "课多多 - 职业考证 · 人工智能",
  "<p>精选人工智能训练师、数据标注、AIGC应用课程。</p><ul>"
  "<li><a href='course-10231.html'>智训AI学院｜人工智能训练师四级精讲</a></li>"
  "<li><a href='course-10877.html'>AI训练师高级工三证联报 包拿证</a></li>"
  "<li><a href='course-11402.html'>粤智AI训练营｜数据标注员+人工智能训练师</a></li>"
  "<li><a href='course-11960.html'>AIGC+AI训练师双证 原价9999 限时99</a></li>"
  "<li><a href='course-12055.html'>数标学堂｜数据标注实战 40 课时</a></li>"
  "<li><a href='course-12330.html'>海珠小班｜AI数据标注入门（线下）</a></li></ul>",
  note="marketplace category page")
kdd("course-10231.html", "智训AI学院｜人工智能训练师四级精讲（深圳南山线下+直播）",
  KDD_HEAD + "<p>机构：智训AI学院　课程ID：10231　已售 326</p>"
  "<p>50 学时，覆盖四级全部认定要素；报名前由顾问核对申报条件。学费 ¥2680。</p>"
  "<p>机构电话：138 2345 6781（课程顾问张老师）</p>",
  offer=True, op="U01", provider="智训AI学院",
  ids=[("phone", "+8613823456781", "138 2345 6781")], note="U01 on marketplace under short brand")
kdd("course-10877.html", "AI训练师高级工三证联报 包拿证 全国可查",
  KDD_HEAD + "<p>机构：鹏程职业技能评价中心　课程ID：10877　已售 1.2万+</p>"
  "<p>五级+四级+三级三证联报，不限学历不限经验，包过！不过全额退款。人社部备案，官网可查（样证编号 " + CERT_SAMPLE + "）。</p>"
  "<p>三证特惠 ¥4980，单证 ¥1980。详询 186-7654-2390</p>",
  offer=True, op="U03", provider="鹏程职业技能评价中心",
  ids=[("phone", "+8618676542390", "186-7654-2390")], note="U03 dishonest: three levels at once, 包过")
kdd("course-11402.html", "粤智AI训练营｜数据标注员+人工智能训练师（四级）",
  KDD_HEAD + "<p>机构：粤智AI训练营　课程ID：11402</p>"
  "<p>周末班 8 周，含企业真实标注项目实训。¥2380，可开发票。机构官网 www.yuezhi-rc.com，全国服务热线 400-876-5321。</p>",
  offer=True, op="U04", provider="粤智AI训练营",
  ids=[("phone", "4008765321", "400-876-5321"), ("domain", "yuezhi-rc.com", "www.yuezhi-rc.com")], note="U04 on marketplace")
kdd("course-11960.html", "AIGC+AI训练师双证 原价9999 限时99 小白也能学",
  KDD_HEAD + "<p>机构：星火AI研习社　课程ID：11960</p>"
  "<p>90%小白都能学会！学完送人工智能训练师证书报考名额，人社部颁发，拿证即可升职加薪。</p>"
  "<p>下单后加助教微信 XingHuo_AI99 领资料，或电话 177 2245 8810。</p>",
  offer=True, op="U05", provider="星火AI研习社",
  ids=[("wechat", "xinghuo_ai99", "XingHuo_AI99"), ("phone", "+8617722458810", "177 2245 8810")], note="U05 low-price hook")
kdd("course-12055.html", "数标学堂｜数据标注实战 40 课时（可备考人工智能训练师五级）",
  KDD_HEAD + "<p>机构：数标学堂　课程ID：12055</p>"
  "<p>线上录播+助教批改，课程结束后可自愿报名人工智能训练师五级认定（需满足一年相关工作经历或学徒期满）。¥899。</p>"
  "<p>课程官网 shubiao-edu.cn；学习答疑微信：shubiao_xt。报名表使用金数据（" + FORM + "）。</p>",
  offer=True, op="U07", provider="数标学堂",
  ids=[("domain", "shubiao-edu.cn", "shubiao-edu.cn"), ("wechat", "shubiao_xt", "shubiao_xt")], note="U07 honest online course")
kdd("course-12330.html", "海珠小班｜AI数据标注入门（线下 4 晚）",
  KDD_HEAD + "<p>机构：海珠区个人工作室（数据标注入门班）　课程ID：12330</p>"
  "<p>适合想了解数据标注岗位的朋友，4 个晚上，¥399。本课程不含证书，如需考证可另行咨询评价机构。</p>"
  "<p>联系：135 6078 1234 刘老师</p>",
  offer=True, op="I01", provider="海珠区个人工作室",
  ids=[("phone", "+8613560781234", "135 6078 1234")], note="I01 independent small class")

# ================================================================ D lingnanbbs forum
def post(author, text, floor):
    return "<div class='post'><div class='author'>%s</div><div class='floor'>%s</div><div class='msg'>%s</div></div>" % (author, floor, text)

P("lingnanbbs", "index.html", "考证交流 - 岭南职场论坛",
  "<table class='threads'><tr><td><a href='thread-88123.html'>[培训信息] 广州天河AI训练师6月班还有名额</a></td></tr>"
  "<tr><td><a href='thread-88410.html'>人工智能训练师证 不用考 包拿 有需要的私</a></td></tr>"
  "<tr><td><a href='thread-88702.html'>[培训信息] 华南技能认证 内部渠道 三级直接出证</a></td></tr>"
  "<tr><td><a href='thread-89015.html'>[曝光台] 交了 4980 报三证，现在人找不到了</a></td></tr></table>",
  note="forum board index")
P("lingnanbbs", "thread-88123.html", "[培训信息] 广州天河AI训练师6月班还有名额",
  post("科创教育-陈老师", "天河体育西上课，6月班还有8个名额，五级四级三级都可以报，人社部颁发证书。有意向加扣扣 2875340012 或者打 159 2034 7785 咨询～", "楼主")
  + post("打工人阿强", "三级要什么条件？我中专毕业做了两年客服", "2楼")
  + post("小美", "我也想报，加我 vx: " + READER_WX + " 一起拼团", "3楼"),
  offer=True, op="U02", provider="科创教育-陈老师",
  ids=[("qq", "2875340012", "2875340012"), ("phone", "+8615920347785", "159 2034 7785")], note="U02 forum ad; reader's wechat in comment")
P("lingnanbbs", "thread-88410.html", "人工智能训练师证 不用考 包拿 有需要的私",
  post("证通李老师", "人工智能训练师四级三级，不用去考，资料齐全 15 天出证，全国联网可查。李老师 136 0987 6512（白云证通）", "楼主")
  + post("路人甲", "不用考还能查？骗子吧，12315 了解一下", "2楼")
  + post("小美", "真的假的，加我 vx: " + READER_WX + " 详聊", "3楼"),
  offer=True, op="U06", provider="白云证通",
  ids=[("phone", "+8613609876512", "136 0987 6512")], note="U06 dishonest forum post 不用考")
P("lingnanbbs", "thread-88702.html", "[培训信息] 华南技能认证 内部渠道 三级直接出证",
  post("华认教育客服", "华南技能认证服务中心，内部渠道，人工智能训练师三级直接出证，入库可查，可挂靠企业年赚2万+。联系 199-2648-1357，微信 hrzs_kefu", "楼主")
  + post("老哥稳", "挂靠AI训练师？第一次听说", "2楼"),
  offer=True, op="U08", provider="华南技能认证服务中心",
  ids=[("phone", "+8619926481357", "199-2648-1357"), ("wechat", "hrzs_kefu", "hrzs_kefu")], note="U08 dishonest: 直接出证, 挂靠")
P("lingnanbbs", "thread-89015.html", "[曝光台] 交了 4980 报三证，现在人找不到了",
  post("受害者小林", "去年在网上看到“AI训练师三证联报包过”，转了 4980，对方给的电话 " + SCAM_NO + "，现在已经打不通。证书说可以在 zscx.osta.org.cn 查，结果查无此人。大家小心！", "楼主")
  + post("版主", "已置顶。建议向 12315 投诉并报警，也可拨打 12333 核实政策。", "2楼"),
  note="complaint thread quoting a scam number; non-offer")

# ================================================================ E tc58fl classifieds
def ad(meta, text):
    return "<div class='admeta'>%s</div><div class='adtext'>%s</div>" % (meta, text)

P("tc58fl", "index.html", "深圳教育培训 - 职业技能培训 - 同城分类信息网",
  "<ul><li><a href='sz-baoan-7731.html'>宝安 人工智能训练师 三证 包过</a></li><li><a href='gz-baiyun-7802.html'>白云 AI训练师证 快速拿证</a></li>"
  "<li><a href='dg-nancheng-7820.html'>东莞南城 人工智能训练师 可挂靠</a></li><li><a href='sz-baoan-7855.html'>宝安学姐 帮报名人工智能训练师</a></li>"
  "<li><a href='sz-longgang-7901.html'>龙岗 成人学历+技能证书报名点</a></li></ul>",
  note="classifieds category list")
P("tc58fl", "sz-baoan-7731.html", "宝安 人工智能训练师 三证 包过 人社部颁发",
  ad("发布：2026-03-02　区域：宝安-西乡　类别：职业技能培训", "深鹏教育 人工智能训练师五级/四级/三级，零基础，包过，拿证快，国家认可。电话/微信同号 18676542390，或加 wx：pc_zhengshu88"),
  offer=True, op="U03", provider="深鹏教育",
  ids=[("phone", "+8618676542390", "18676542390"), ("wechat", "pc_zhengshu88", "pc_zhengshu88")], note="U03 classified ad")
P("tc58fl", "gz-baiyun-7802.html", "白云 AI训练师证 快速拿证 免培训",
  ad("发布：2026-03-05　区域：白云-京溪　类别：证书咨询", "李老师（证书咨询）：人工智能训练师免培训快速拿证，不限学历。13609876512，微信 zhengtong136"),
  offer=True, op="U06", provider="李老师（证书咨询）",
  ids=[("phone", "+8613609876512", "13609876512"), ("wechat", "zhengtong136", "zhengtong136")], note="U06 classified")
P("tc58fl", "dg-nancheng-7820.html", "东莞南城 人工智能训练师培训 考证后可挂靠",
  ad("发布：2026-03-06　区域：东莞-南城　类别：职业技能培训", "智汇职业培训学校 开设人工智能训练师四级班，取证后可推荐企业挂靠，每年收入可观。报名电话 0769-22334455，手机 135 3812 7764"),
  offer=True, op="U09", provider="智汇职业培训学校",
  ids=[("phone", "076922334455", "0769-22334455"), ("phone", "+8613538127764", "135 3812 7764")], note="U09 classified: 挂靠 lure")
P("tc58fl", "sz-baoan-7855.html", "宝安学姐 帮报名人工智能训练师 不收中介费",
  ad("发布：2026-03-08　区域：宝安-福永　类别：教育培训", "本人在评价机构做兼职，可帮忙报名人工智能训练师五级，报名费按机构价，不加价。需要满足一年相关工作经历。微信 ba_xuejie2（联系电话：13800000000 请勿拨打，加微信即可）"),
  offer=True, op="I02", provider="宝安学姐",
  ids=[("wechat", "ba_xuejie2", "ba_xuejie2")], note="I02 independent; template placeholder phone")
P("tc58fl", "sz-longgang-7901.html", "龙岗 成人学历+技能证书报名点 人工智能训练师",
  ad("发布：2026-03-09　区域：龙岗-布吉　类别：学历教育", "龙岗成人教育服务部：成人大专、本科，兼报人工智能训练师四级。面授地址布吉街道。电话 189-2536-4710，座机 0755-28906677"),
  offer=True, op="I03", provider="龙岗成人教育服务部",
  ids=[("phone", "+8618925364710", "189-2536-4710"), ("phone", "075528906677", "0755-28906677")], note="I03 independent")

# ================================================================ F wendaba Q&A
def qa(q, answers):
    return "<div class='question'><h2>%s</h2></div>" % q + "".join("<div class='answer'><b>%s</b><p>%s</p></div>" % a for a in answers)

P("wendaba", "index.html", "人工智能训练师 话题 - 问答吧",
  "<ul><li><a href='q-50112.html'>广州哪里可以考人工智能训练师？</a></li><li><a href='q-50377.html'>数据标注员零基础怎么入门？</a></li>"
  "<li><a href='q-50609.html'>人工智能训练师四级多少钱？</a></li><li><a href='q-51003.html'>怎么辨别人工智能训练师证书真假？</a></li></ul>",
  note="Q&A topic page")
P("wendaba", "q-50112.html", "广州哪里可以考人工智能训练师？ - 问答吧",
  qa("广州哪里可以考人工智能训练师？", [
    ("粤智人才 招生老师", "我们是广东粤智人才服务有限公司，广州、佛山都有教学点，四级周末班8周，结业后由备案评价机构组织认定。可以打 137-1126-5098 或全国热线 4008-765-321 了解。"),
    ("科创职教官方", "科创职教天河校区六月开班，详细简章可发邮件索取：kechuang_edu(at)163.com")]),
  offer=True, op="U04", provider="广东粤智人才服务有限公司",
  ids=[("phone", "+8613711265098", "137-1126-5098"), ("phone", "4008765321", "4008-765-321")],
  note="U04 answer (also contains a U02 answer; page labelled by first seller) -- see U02 Q&A page")
PAGES[-1]["note"] = "U04 answer on Q&A"
# separate page for U02's answer to keep one seller per page
PAGES[-1]["body"] = qa("广州哪里可以考人工智能训练师？", [
    ("粤智人才 招生老师", "我们是广东粤智人才服务有限公司，广州、佛山都有教学点，四级周末班8周，结业后由备案评价机构组织认定。可以打 137-1126-5098 或全国热线 4008-765-321 了解。"),
    ("热心网友", "先去 pjjg.osta.org.cn 看看哪些机构备案了这个职业。")])
P("wendaba", "q-50377.html", "数据标注员零基础怎么入门？ - 问答吧",
  qa("数据标注员零基础怎么入门？", [
    ("数标学堂-课程顾问", "可以先学数据标注实战课（我们有40课时录播），做满一年相关工作后再考人工智能训练师五级。课程介绍见 shubiao-edu.cn，或电话 150-1357-9246。"),
    ("小美", "求资料，私信我 vx " + READER_WX)]),
  offer=True, op="U07", provider="数标学堂",
  ids=[("domain", "shubiao-edu.cn", "shubiao-edu.cn"), ("phone", "+8615013579246", "150-1357-9246")], note="U07 answer; reader wechat")
P("wendaba", "q-50609.html", "人工智能训练师四级多少钱？ - 问答吧",
  qa("人工智能训练师四级多少钱？", [
    ("科创职教官方", "天河科创职教：四级 2680 元，五级四级同报优惠 800，可开票。简章发邮件索取 kechuang_edu(at)163.com，注明“AI训练师”。"),
    ("罗老师", "培训费各家差很多，我这边一对一辅导四级 1800，包教会，Q：952136784")]),
  offer=True, op="U02", provider="科创职教",
  ids=[("email", "kechuang_edu@163.com", "kechuang_edu(at)163.com")],
  note="U02 answer; also I04 answer -- split below")
# keep one seller per page: move 罗老师 to own page
PAGES[-1]["body"] = qa("人工智能训练师四级多少钱？", [
    ("科创职教官方", "天河科创职教：四级 2680 元，五级四级同报优惠 800，可开票。简章发邮件索取 kechuang_edu(at)163.com，注明“AI训练师”。"),
    ("热心网友", "补贴的话四级最高1500，要交满一年失业保险。")])
PAGES[-1]["note"] = "U02 answer on Q&A, obfuscated e-mail"
P("wendaba", "q-50788.html", "人工智能训练师有一对一辅导吗？ - 问答吧",
  qa("人工智能训练师有一对一辅导吗？", [
    ("罗老师", "有的，我是兼职讲师，一对一辅导四级理论和实操，1800 元，线上腾讯会议上课。认定要自己去评价机构报名。Q：952136784")]),
  offer=True, op="I04", provider="罗老师",
  ids=[("qq", "952136784", "952136784")], note="I04 independent tutor")
P("wendaba", "q-51003.html", "怎么辨别人工智能训练师证书真假？ - 问答吧",
  qa("怎么辨别人工智能训练师证书真假？", [
    ("人社小编", "人工智能训练师（4-04-05-05）证书是职业技能等级证书，由备案的评价机构颁发，不是“人社部颁发”。证书编号22位（如 " + CERT_SAMPLE + " 这样一个字母加21位数字），可到 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询。遇到“包过”“免考”可拨打 12333 咨询，或 12315 投诉。")]),
  note="guide answer; non-offer")

# ================================================================ G wxzhuan WeChat reposts
TPL = "<p class='tpl'>【转载说明】联系电话：13800000000（模板占位，原文未提供）</p>"
P("wxzhuan", "index.html", "职教头条 - 考证",
  "<ul><li><a href='a-20260311.html'>广州这家机构把AI训练师课搬进了企业</a></li><li><a href='a-20260312.html'>AIGC+人工智能训练师，99元开启副业</a></li>"
  "<li><a href='a-20260314.html'>三级人工智能训练师，内部渠道名额有限</a></li><li><a href='a-20260316.html'>东莞：AI训练师证书能挂靠？</a></li>"
  "<li><a href='a-20260318.html'>广东2026年技能提升补贴标准解读</a></li></ul>",
  note="article aggregator index")
P("wxzhuan", "a-20260311.html", "广州这家机构把AI训练师课搬进了企业 | 来源：广州技能补贴",
  "<p>记者走访了粤智人才的企业内训现场……学员多为电商公司的标注组长。机构负责人表示，报名前会核对申报条件，三级需要四级证书加工作年限，“不能乱报”。</p>"
  "<p>合作咨询：何经理 13711265098；邮箱 HR@yuezhi-rc.com</p>" + TPL,
  offer=True, op="U04", provider="粤智人才",
  ids=[("phone", "+8613711265098", "13711265098"), ("email", "hr@yuezhi-rc.com", "HR@yuezhi-rc.com")], note="U04 advertorial repost")
P("wxzhuan", "a-20260312.html", "AIGC+人工智能训练师，99元开启副业 | 来源：星火智学",
  "<p>原价9999，限时99！星火智学 AIGC 应用 + 人工智能训练师双证班，90%小白都能学会，证书人社部颁发，全国通用。</p>"
  "<p>长按识别加入学习群，Q群：687452301，助教 v：xinghuo_ai99</p>" + TPL,
  offer=True, op="U05", provider="星火智学",
  ids=[("qq_group", "687452301", "687452301"), ("wechat", "xinghuo_ai99", "xinghuo_ai99")], note="U05 WeChat article")
P("wxzhuan", "a-20260314.html", "三级人工智能训练师，内部渠道名额有限 | 来源：华认教育",
  "<p>华认教育（华南技能认证服务中心）本月开放人工智能训练师三级名额，免考直出，证书可在本中心官方查询平台 www.hn-jnrz.com 查询，与国家系统同步。</p>"
  "<p>咨询微信：HRZS_KEFU</p>" + TPL,
  offer=True, op="U08", provider="华认教育",
  ids=[("wechat", "hrzs_kefu", "HRZS_KEFU"), ("domain", "hn-jnrz.com", "www.hn-jnrz.com")], note="U08 fake query site")
P("wxzhuan", "a-20260316.html", "东莞：AI训练师证书能挂靠？这家学校这样说 | 来源：东莞智汇人才",
  "<p>东莞智汇人才旗下智汇职业培训学校称，取得人工智能训练师证书后“可推荐企业挂靠”。报名地址：东莞市南城街道。</p>"
  "<p>联系电话：(0769)22334455　QQ：1289076543</p>" + TPL,
  offer=True, op="U09", provider="东莞智汇人才",
  ids=[("phone", "076922334455", "(0769)22334455"), ("qq", "1289076543", "1289076543")], note="U09 article")
P("wxzhuan", "a-20260318.html", "广东2026年技能提升补贴标准解读 | 来源：广州技能补贴",
  "<p>五级最高1000元、四级1500元、三级2000元；紧缺职业可上浮30%。二级、一级没有此项补贴。警惕以“补贴后免费”“包过”为噱头的机构，例如曾有人使用 " + SCAM_NO + " 冒充培训机构收费。咨询 12333。</p>" + TPL,
  note="policy explainer; non-offer")

# ================================================================ H douvideo short videos
def vid(author, caption, extra=""):
    return "<div class='player'>[视频]</div><div class='vauthor'>@%s</div><div class='caption'>%s</div>%s<div class='comments'>评论 · 点赞</div>" % (author, caption, extra)

P("douvideo", "index.html", "#人工智能训练师 话题 - 抖趣短视频",
  "<ul><li><a href='v-7310021.html'>智训教育：四级实操课堂实拍</a></li><li><a href='v-7310188.html'>三证联报 考不过退款</a></li>"
  "<li><a href='v-7310456.html'>不用考也能拿证？</a></li><li><a href='v-7310601.html'>数据标注一天能做多少单</a></li><li><a href='v-7310777.html'>我是怎么考下五级的</a></li></ul>",
  note="video topic page")
P("douvideo", "v-7310021.html", "智训教育：四级实操课堂实拍 - 抖趣",
  vid("智训教育-南山", "周末班实拍📚 人工智能训练师四级，理论+实操，报名前先核对条件。课程顾问 V：zhixun_ai2024 #人工智能训练师 #深圳考证"),
  offer=True, op="U01", provider="智训教育",
  ids=[("wechat", "zhixun_ai2024", "zhixun_ai2024")], note="U01 video caption, ties by wechat only")
P("douvideo", "v-7310188.html", "三证联报 考不过退款 - 抖趣",
  vid("鹏程考证", "AI训练师三证联报🔥零基础包过 不过退款 ➕薇 pc_zhengshu88 #考证 #人社部"),
  offer=True, op="U03", provider="鹏程考证",
  ids=[("wechat", "pc_zhengshu88", "pc_zhengshu88")], note="U03 video")
P("douvideo", "v-7310456.html", "不用考也能拿证？ - 抖趣",
  vid("证通教育", "人工智能训练师 不用考 15天出证 国家联网可查 私信或加V zhengtong136"),
  offer=True, op="U06", provider="证通教育",
  ids=[("wechat", "zhengtong136", "zhengtong136")], note="U06 video")
P("douvideo", "v-7310601.html", "数据标注一天能做多少单 - 抖趣",
  vid("数标学堂", "带学员做标注实训，想系统学的看主页，电话 150 1357 9246 #数据标注 #人工智能训练师"),
  offer=True, op="U07", provider="数标学堂",
  ids=[("phone", "+8615013579246", "150 1357 9246")], note="U07 video")
P("douvideo", "v-7310777.html", "我是怎么考下五级的 - 抖趣",
  vid("AI训练师小周", "做标注一年后考了五级，分享备考经验，想一起学的可以进我的小班，v：zhou_aitrainer（收费 299，不卖证）"),
  offer=True, op="I05", provider="AI训练师小周",
  ids=[("wechat", "zhou_aitrainer", "zhou_aitrainer")], note="I05 independent")

# ================================================================ I gzrsj notices
P("gzrsj", "index.html", "通知公告 - 某区人力资源和社会保障局",
  "<ul><li><a href='tzgg-2026-031.html'>关于警惕“山寨证书”及虚假培训广告的提示</a></li><li><a href='tzgg-2026-036.html'>2026年职业技能提升补贴申领指引</a></li></ul>",
  note="gov notice index")
P("gzrsj", "tzgg-2026-031.html", "关于警惕“山寨证书”及虚假培训广告的提示",
  "<p>近期发现有机构以“人社部颁发”“包过”“免考直接发证”等宣传人工智能训练师等证书。职业技能等级证书由备案的评价机构颁发，人社部门不参与监制。</p>"
  "<p>群众反映的可疑号码包括 " + SCAM_NO + " 等。证书真伪请通过 zscx.osta.org.cn 查询，评价机构名单见 pjjg.osta.org.cn。</p>"
  "<p>咨询电话 12333，投诉举报 12315。</p>",
  note="official warning; non-offer")
P("gzrsj", "tzgg-2026-036.html", "2026年职业技能提升补贴申领指引",
  "<p>参保满一年的职工取得五、四、三级证书后12个月内可申请。证书须能在全国联网查询平台查到。咨询 12333。</p>",
  note="official subsidy notice; non-offer")

# ================================================================ J nyxxzy college
P("nyxxzy", "index.html", "继续教育学院 - 广东南粤信息职业技术学院",
  "<ul><li><a href='pxtz-ai-2026.html'>2026年人工智能训练师（四级）社会培训及认定报名通知</a></li><li><a href='xqhz-yuezhi.html'>校企合作：与粤智人才共建数据标注实训基地</a></li></ul>",
  note="college index")
P("nyxxzy", "pxtz-ai-2026.html", "2026年人工智能训练师（四级）社会培训及认定报名通知",
  "<p>我院为广东省备案的职业技能等级认定机构（以 pjjg.osta.org.cn 公示为准），现面向社会开展人工智能训练师四级培训及认定。</p>"
  "<p>申报条件按国家职业技能标准执行。培训费 1600 元，认定费 430 元。报名：020-87351200（继续教育学院办公室），邮箱 jxjy@nyxxzy.edu.cn。</p>"
  "<p>单位统一社会信用代码：" + I06_USCC + "。考点：本院实训楼（考点前台 " + VENUE + "）。政策咨询 12333。</p>",
  offer=True, op="I06", provider="广东南粤信息职业技术学院",
  ids=[("phone", "02087351200", "020-87351200"), ("email", "jxjy@nyxxzy.edu.cn", "jxjy@nyxxzy.edu.cn"), ("uscc", I06_USCC, I06_USCC)],
  note="I06 college's own training and evaluation notice (honest)")
P("nyxxzy", "xqhz-yuezhi.html", "校企合作：与粤智人才共建数据标注实训基地，联合招收AI训练师学员",
  "<p>我院与广东粤智人才服务有限公司（统一社会信用代码 " + U04_USCC + "）签约，共建数据标注实训基地，联合开设人工智能训练师四级周末班，面向社会招生。</p>"
  "<p>招生咨询由合作方负责：400-876-5321，HR@yuezhi-rc.com，www.yuezhi-rc.com。</p>",
  offer=True, op="U04", provider="广东粤智人才服务有限公司",
  ids=[("uscc", U04_USCC, U04_USCC), ("phone", "4008765321", "400-876-5321"), ("email", "hr@yuezhi-rc.com", "HR@yuezhi-rc.com"), ("domain", "yuezhi-rc.com", "www.yuezhi-rc.com")],
  note="U04 co-operation page on college site")

# ================================================================ K aishop
def item(price, sold, desc):
    return "<div class='price'>¥%s</div><div class='sold'>月销 %s</div><div class='desc'>%s</div>" % (price, sold, desc)

P("aishop", "index.html", "优选好课 - 职业考证",
  "<ul><li><a href='item-6601.html'>人工智能训练师三证 包过班</a></li><li><a href='item-6645.html'>AIGC+AI训练师 速成资料包</a></li>"
  "<li><a href='item-6702.html'>AI训练师三级 直接出证 可查</a></li><li><a href='item-6733.html'>AI训练师四级 挂靠推荐</a></li></ul>",
  note="shop category")
P("aishop", "item-6601.html", "人工智能训练师 五级+四级+三级 三证包过班",
  item("4980", "87", "三证联报，人社部颁发，全国可查，包过。拍下后联系客服QQ 3341207765 安排报名；大额请转对公账户，收款户名：深圳市鹏程信息咨询服务部。营业执照 " + U03_USCC + "。付款遇到问题可联系支付宝客服 95188。"),
  offer=True, op="U03", provider="鹏程职业技能评价中心",
  ids=[("qq", "3341207765", "3341207765"), ("other", "深圳市鹏程信息咨询服务部", "深圳市鹏程信息咨询服务部"), ("uscc", U03_USCC, U03_USCC), ("wechat", "pc_zhengshu88", "PC_zhengshu88")],
  note="U03 shop item with payee and 个体户 USCC")
PAGES[-1]["body"] = PAGES[-1]["body"].replace("安排报名；", "安排报名，或加微信 PC_zhengshu88；")
P("aishop", "item-6645.html", "AIGC+人工智能训练师 速成资料包 原价9999 限时99",
  item("99", "2300+", "星火AI研习社出品，拍下进 Q群：687452301 领课。咨询 17722458810。付款问题联系支付宝客服 95188。"),
  offer=True, op="U05", provider="星火AI研习社",
  ids=[("qq_group", "687452301", "687452301"), ("phone", "+8617722458810", "17722458810")], note="U05 shop item")
P("aishop", "item-6702.html", "AI训练师三级 直接出证 官方可查",
  item("3800", "41", "华认教育：免考直接出证，可在 hn-jnrz.com 查询。下单后请电话确认：19926481357。付款问题联系支付宝客服 95188。"),
  offer=True, op="U08", provider="华认教育",
  ids=[("domain", "hn-jnrz.com", "hn-jnrz.com"), ("phone", "+8619926481357", "19926481357")], note="U08 shop item")
P("aishop", "item-6733.html", "人工智能训练师四级 取证后推荐挂靠",
  item("2980", "19", "智汇职业培训学校（东莞），四级培训+推荐挂靠。客服QQ：1289076543，手机 13538127764。付款问题联系支付宝客服 95188。"),
  offer=True, op="U09", provider="智汇职业培训学校",
  ids=[("qq", "1289076543", "1289076543"), ("phone", "+8613538127764", "13538127764")], note="U09 shop item")

# site-owner identifiers shown in frame (company sites): seller's own
OWNER_IDS = {"szzhixun": [U01_LAND, U01_DOM, U01_ICP], "gzkechuang": [U02_LAND, U02_ICP]}

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official registry of evaluation institutions"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4006601234", ["400-660-1234"], "marketplace customer-service number in frame"),
 ("email", "kefu@keduoduo.cn", ["kefu@keduoduo.cn"], "marketplace footer e-mail"),
 ("qq_group", "531806274", ["531806274"], "marketplace institution QQ group in footer"),
 ("uscc", KDD_USCC, [KDD_USCC], "marketplace operator's own USCC in footer"),
 ("other", "粤ICP备2021088123号", ["粤ICP备2021088123号"], "marketplace ICP in footer"),
 ("domain", "keduoduo.cn", ["www.keduoduo.cn"], "marketplace own domain"),
 ("phone", "4006905858", ["400-690-5858"], "classifieds platform hotline"),
 ("qq_group", "328845901", ["328845901"], "classifieds user QQ group in footer"),
 ("email", "admin@lingnanbbs.com", ["admin@lingnanbbs.com"], "forum admin e-mail in footer"),
 ("phone", "4001506688", ["400-150-6688"], "video platform service hotline"),
 ("email", "tougao@wxzhuan.net", ["tougao@wxzhuan.net"], "repost site footer e-mail"),
 ("qq", "800061255", ["800061255"], "shop mall customer-service QQ in footer"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) hotline, third party"),
 ("phone", "+8617182345509", [SCAM_NO], "scam number quoted in warnings, complaints, news and honest sellers' anti-fraud notes"),
 ("wechat", "kc_neibu888", ["kc_neibu888"], "impostor wechat quoted in a warning"),
 ("phone", "+8613920260315", [PROMO], "marketplace promo/batch code that looks like a mobile"),
 ("other", CERT_SAMPLE, [CERT_SAMPLE], "sample certificate number, not a contact"),
 ("phone", "+8613800000000", ["13800000000"], "template placeholder phone"),
 ("wechat", READER_WX, [READER_WX], "a reader's own wechat in comments"),
 ("phone", "02087654001", [VENUE], "exam venue front desk, third party"),
 ("domain", "jinshuju.net", [FORM], "form tool, third party"),
 ("domain", "gdosta.org.cn", ["www.gdosta.org.cn"], "provincial 鉴定中心 site"),
]

# ---------------------------------------------------------------- render
CSS = {"training-company": "body{font-family:sans-serif;background:#f4f8fb}header{background:#0b5fa5;color:#fff}",
       "course-marketplace": "body{font-family:sans-serif}header{background:#ff6a00;color:#fff}.plat{color:#999}",
       "forum": "body{font-size:13px}.post{border:1px solid #ccc;margin:6px}.author{float:left;width:120px}",
       "classifieds": "body{font-family:SimSun}.admeta{color:#888}",
       "qa": "body{font-family:sans-serif}.answer{border-top:1px solid #eee}",
       "wechat-repost": "body{max-width:680px;margin:auto}.tpl{color:#bbb;font-size:11px}",
       "short-video": "body{background:#111;color:#eee}.player{height:320px;background:#000}",
       "government-notice": "body{font-family:SimSun}header{background:#b30000;color:#fff}",
       "college": "body{font-family:sans-serif}header{background:#004d40;color:#fff}",
       "shop": "body{font-family:sans-serif}.price{color:#f40;font-size:24px}"}


def render(p):
    s = SITES[p["site"]]
    pages_here = [q for q in PAGES if q["site"] == p["site"] and q["fn"] != "index.html"]
    menu = "".join("<a href='index.html'>%s</a> " % m for m in s["menu"])
    crumbs = "<a href='../index.html'>导航</a> &gt; <a href='index.html'>%s</a>" % html.escape(s["name"])
    if p["fn"] != "index.html":
        crumbs += " &gt; " + html.escape(p["crumb"])
    related = "".join("<li><a href='%s'>%s</a></li>" % (q["fn"], html.escape(q["title"])) for q in pages_here if q is not p)[:4000]
    return ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
            "<header><div class='logo'>%s</div><nav>%s</nav></header><div class='crumbs'>%s</div>"
            "<div class='wrap'><main><h1>%s</h1>%s</main><aside>%s<h4>相关链接</h4><ul>%s</ul></aside></div>"
            "<footer>%s</footer></body></html>\n") % (
        html.escape(p["title"]), CSS[s["style"]], html.escape(s["name"]), menu, crumbs,
        html.escape(p["title"]), p["body"], s["side"], related, s["footer"])


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    texts = {}
    for p in PAGES:
        d = os.path.join(OUT, p["site"])
        os.makedirs(d, exist_ok=True)
        t = render(p)
        path = "/%s/%s" % (p["site"], p["fn"])
        with open(os.path.join(d, p["fn"]), "w", encoding="utf-8") as f:
            f.write(t)
        texts[path] = t
        if p["offer"]:
            have = {(i[0], i[1]) for i in p["ids"]}
            for oi in OWNER_IDS.get(p["site"], []):
                if (oi[0], oi[1]) not in have:
                    p["ids"].append(list(oi))
        for i in p["ids"]:
            assert i[2] in t, (path, i)
    hub = ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>广东 · 人工智能训练师 一周搜索样本</title></head><body>"
           "<h1>站点导航</h1><ul>%s</ul></body></html>\n") % "".join(
        "<li><a href='%s/index.html'>%s</a>（%s）</li>" % (k, html.escape(v["name"]), v["style"]) for k, v in SITES.items())
    with open(os.path.join(OUT, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub)
    texts["/index.html"] = hub
    with open(os.path.join(OUT, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
              "identifiers": [], "note": "hub linking every site index"}]
    ops = {}
    for p in PAGES:
        path = "/%s/%s" % (p["site"], p["fn"])
        ids = p["ids"] if p["offer"] else []
        pages.append({"path": path, "is_offer": p["offer"], "operator": p["op"], "provider": p["provider"],
                      "identifiers": ids, "note": p["note"]})
        if p["op"] and p["op"].startswith("U"):
            o = ops.setdefault(p["op"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for i in ids:
                if [i[0], i[1]] not in o["identifiers"]:
                    o["identifiers"].append([i[0], i[1]])
    decoys = []
    for kind, value, written, why in DECOYS:
        on = sorted(pth for pth, t in texts.items() if any(w in t for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": on, "why": why})
    truth = {"pages": pages, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
