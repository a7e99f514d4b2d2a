#!/usr/bin/env python3
"""Generate a labeled static web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------- USCC (GB 32100) ----------------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(code8):
    s = 0
    for ch, w in zip(code8, W_ORG):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - (s % 11)
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix2, area6, org8):
    s17 = prefix2 + area6 + org8 + org_check(org8)
    total = sum(ALPHA.index(ch) * w for ch, w in zip(s17, W_USCC))
    r = 31 - (total % 31)
    r = 0 if r == 31 else r
    return s17 + ALPHA[r]

U01_USCC = uscc("52", "630202", "MA7K3N2P")   # 民办非企业单位, 乐都区
U03_USCC = uscc("91", "110108", "MA01HX7R")   # 企业, 北京海淀
U06_USCC = uscc("52", "630104", "MA75Q8L3")   # 民办非企业, 西宁城西
U08_USCC = uscc("52", "632801", "MA7D9T4W")   # 民办非企业, 格尔木

# ---------------- sites ----------------
SITES = {
 "hdzhipei": dict(name="海东智培职业技能培训学校", style="training", section="培训项目",
    menu=["首页", "学校简介", "培训项目", "报名咨询", "联系我们"],
    side="<h4>办学许可</h4><p>海东市人力资源和社会保障局批准设立的民办职业技能培训学校。</p>",
    footer="海东智培职业技能培训学校 版权所有 | 地址：海东市乐都区碾伯镇古城大街 | 青ICP备2021003318号-1"),
 "ketang": dict(name="学课课堂 · 职业技能课程平台", style="marketplace", section="职业技能",
    menu=["首页", "IT互联网", "职业技能", "考证专区", "机构入驻", "我的课程"],
    side="<h4>平台保障</h4><p>7天无理由退款（已学习超过30%除外）。机构资质由入驻机构自行上传，平台不对证书效力作担保。</p>",
    footer="学课课堂 xueke-ketang.com | 平台客服 400-602-1788 | 投诉邮箱 kefu@xueke-ketang.com | 青ICP备2023000417号-1"),
 "bbs": dict(name="格尔木在线论坛", style="forum", section="教育培训版",
    menu=["论坛首页", "格尔木杂谈", "教育培训", "求职招聘", "二手市场", "版规"],
    side="<h4>版规提示</h4><p>发广告请到广告专区，私下交易注意防骗。遇到诈骗请拨打96110反诈专线。</p>",
    footer="格尔木在线论坛 gemubbs.net | 站务邮箱 admin@gemubbs.net | 青ICP备2019001752号"),
 "fenlei": dict(name="海东分类信息网", style="classifieds", section="教育培训",
    menu=["首页", "招聘", "房产", "二手", "教育培训", "本地服务", "免费发布"],
    side="<h4>安全提示</h4><p>凡是要求先交押金、保证金的均需谨慎。本站不对信息真实性负责。</p>",
    footer="海东分类信息网 www.hdfenlei.com | 客服电话 0972-8120336 | 本地信息交流QQ群 562318870 | 青ICP备2020002241号"),
 "wenda": dict(name="知多少问答", style="qa", section="职业考证",
    menu=["首页", "问题", "话题", "职业考证", "我要提问"],
    side="<h4>相关话题</h4><p>#人工智能训练师 #数据标注 #技能证书查询 #补贴申领</p>",
    footer="知多少问答 zhiduoshao-wenda.com | 举报邮箱 jubao@zhiduoshao-wenda.com | 沪ICP备2017051903号"),
 "wx": dict(name="青海微资讯（公众号文章转载）", style="wechat", section="教育",
    menu=["首页", "本地", "教育", "职场", "生活"],
    side="<h4>说明</h4><p>本站文章转载自微信公众号，版权归原作者所有，如有侵权请联系删除。</p>",
    footer="青海微资讯 qhwzx.cn | 投稿/删稿 tougao@qhwzx.cn | 青ICP备2022000869号-2"),
 "video": dict(name="快看短视频（网页版）", style="shortvideo", section="知识",
    menu=["推荐", "关注", "同城", "知识", "直播"],
    side="<h4>温馨提示</h4><p>视频内容由用户上传，涉及交易请核实对方资质。</p>",
    footer="快看短视频 kuaikan-video.com | 违法和不良信息举报 4006135200 | 京ICP备18024665号"),
 "news": dict(name="河湟新闻网", style="news", section="教育",
    menu=["首页", "时政", "社会", "教育", "民生", "合作推广"],
    side="<h4>热点</h4><p>海东职业技能提升行动 | 格尔木春风行动招聘会</p>",
    footer="河湟新闻网 hehuangnews.com | 新闻热线 0972-8622110 | 邮箱 news@hehuangnews.com | 青ICP备2016000533号"),
 "rsj": dict(name="海东市人力资源和社会保障局（通知公告）", style="gov", section="通知公告",
    menu=["首页", "政务公开", "通知公告", "办事服务", "互动交流"],
    side="<h4>便民服务</h4><p>人社服务热线：12333</p><p>职业技能等级证书查询：zscx.osta.org.cn</p>",
    footer="主办：海东市人力资源和社会保障局 | 政府网站标识码 6302000017 | 青ICP备05000312号"),
 "shop": dict(name="淘优选 · 教育服务类目", style="shop", section="考证服务",
    menu=["首页", "图书教材", "考证服务", "在线课程", "我的订单"],
    side="<h4>交易保障</h4><p>请通过平台下单付款，私下转账不受保障。支付问题可咨询支付宝客服95188。</p>",
    footer="淘优选 taoyouxuan.com | 消费者热线 4008200517 | 浙ICP备15010428号"),
 "blog": dict(name="青海职场人的博客", style="blog", section="随笔",
    menu=["首页", "职场随笔", "考证笔记", "关于"],
    side="<h4>关于博主</h4><p>在西宁做了八年人力资源，写写考证和求职那些事。</p>",
    footer="© 青海职场人的博客 | 托管于 blogspace.cn | 博客平台备案 京ICP备11008921号"),
}

PAGES = []  # dicts

def P(site, file, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(site=site, file=file, title=title, body=body, is_offer=offer,
                      operator=op, provider=provider,
                      identifiers=[list(x) for x in ids], note=note))

# ---------------- operator identifiers (normalized) ----------------
U01 = dict(m="+8613897210463", l="09728661205", wx="hdzp_ai", dom="hdzhipei.cn", uscc=U01_USCC)
U02 = dict(m="+8618997035521", wx="kl_shuzhi88", qq="3312870456")
U03 = dict(t="4008817263", em="zhaosheng@zkzx-edu.com", dom="zkzx-edu.com", uscc=U03_USCC)
U04 = dict(wx="qzzp8866", m="+8615609718832")
U05 = dict(qq="2855104397", wx="aizs_tong", pay="西宁市城西区博睿信息咨询服务部")
U06 = dict(l="09716317742", em="qhrc_px@163.com", uscc=U06_USCC, m="+8613519784406")
U07 = dict(m="+8617797125566", wx="zlwl_kefu01", qg="738291564", dom="zlwljy.com")
U08 = dict(l="09798412276", em="cdmpx@126.com", dom="cdmjn.cn", uscc=U08_USCC)
U09 = dict(m="+8613309783140", wx="shubiao_xq", qq="1597324860")

# ================= hdzhipei (U01 own site) =================
P("hdzhipei", "ai-xunlianshi.html", "人工智能训练师（四级/三级）职业技能等级认定培训班招生简章",
 f"""<p>根据《人工智能训练师国家职业技能标准（2021年版）》（职业编码4-04-05-05），我校开设人工智能训练师四级（中级工）、三级（高级工）培训班，培训合格后参加经备案的第三方评价机构组织的职业技能等级认定。</p>
<h3>报考条件</h3><ul><li>四级：取得五级证书后从事本职业4年，或累计从事本职业6年，或技工院校相关专业毕业生；</li><li>三级：取得四级证书后从事本职业5年，或大专及以上相关专业毕业并取得四级证书后工作2年。</li></ul>
<h3>课时与费用</h3><p>四级50课时，培训费1280元；三级40课时，培训费1580元；认定费按评价机构标准另行收取。符合条件的参保职工可申领失业保险技能提升补贴（四级最高1500元，三级最高2000元）。</p>
<p>证书由备案评价机构颁发，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。</p>
<p>考点：海东市职业技术学校实训楼（考点前台 0972-8612345，仅受理考场事务）。</p>
<h3>报名咨询</h3><p>咨询电话：0972-8661205（办公室） 138 9721 0463（王老师）<br>微信：hdzp_ai<br>学校官网：www.hdzhipei.cn<br>统一社会信用代码：{U01['uscc']}</p>""",
 True, "U01", "海东智培职业技能培训学校",
 [("phone", U01["m"], "138 9721 0463"), ("phone", U01["l"], "0972-8661205"), ("wechat", U01["wx"], "hdzp_ai"),
  ("domain", U01["dom"], "www.hdzhipei.cn"), ("uscc", U01["uscc"], U01["uscc"])],
 "own-site enrolment brochure, honest")
P("hdzhipei", "shuju-biaozhu.html", "数据标注员（人工智能训练师工种）五级周末班",
 """<p>数据标注员是人工智能训练师职业下的工种之一。本班面向已有一年以上相关工作经历的在职人员，周末授课，共60课时，含图像、文本、语音标注实操。</p>
<p>五级申报需累计从事本职业或相关职业满1年，或经本职业学徒培训期满。无相关经历的学员可先参加技能培训，不承诺发证。</p>
<p>学费：980元（含教材）。报名请加班主任微信 HDZP_AI 或电话 138-9721-0463。</p>""",
 True, "U01", "海东智培",
 [("wechat", U01["wx"], "HDZP_AI"), ("phone", U01["m"], "138-9721-0463")], "own-site course, honest")

# ================= ketang (marketplace) =================
P("ketang", "course-1021.html", "【智培课堂·海东】人工智能训练师四级 理论+实操 直播课",
 """<div class="price">¥1280 <s>¥1680</s> 已报名 213 人</div>
<p>机构：智培课堂·海东 &nbsp; 授课方式：直播+线下实操（乐都校区）</p>
<p>课程大纲：数据采集和处理、数据标注、智能系统运维、基本要求。学完可报名参加四级职业技能等级认定（需满足申报条件）。</p>
<p>机构联系方式：线下报名处 (0972)8661205 ；班主任微信 HDZP_AI</p>""",
 True, "U01", "智培课堂·海东",
 [("phone", U01["l"], "(0972)8661205"), ("wechat", U01["wx"], "HDZP_AI")], "marketplace course by U01 under another brand")
P("ketang", "course-1066.html", "昆仑AI职业培训｜人工智能训练师二级技师 零基础直通车",
 """<div class="price">¥4980 三证同报再减800</div>
<p>零基础、不限学历、不限经验，直接报考二级技师！人社部颁发，全国通用，终身有效，入库可查。</p>
<p>报二级送三级、四级，一次拿三本证。考试不过全额退费，包过！</p>
<p>课程顾问QQ：3312 870 456（备注“学课”）</p>""",
 True, "U02", "昆仑AI职业培训",
 [("qq", U02["qq"], "3312 870 456")], "marketplace listing, scam phrasing (level 2 to beginners, 人社部颁发, 包过)")
P("ketang", "course-1088.html", "中科智训 人工智能训练师国家职业资格证书 线上班",
 """<div class="price">¥3680</div>
<p>国家职业资格证书，人社部颁发，可查询可落户，证书入库官网可查（官方查询：cx.zkzx-edu.com）。</p>
<p>全程线上，无需到场，7天出证。报名热线：400-881-7263 &nbsp; 官网 www.zkzx-edu.com</p>""",
 True, "U03", "中科智训",
 [("phone", U03["t"], "400-881-7263"), ("domain", U03["dom"], "www.zkzx-edu.com")], "marketplace, scam: 国家职业资格, fake query site")
P("ketang", "course-1102.html", "西宁启航人才职业培训学校：人工智能训练师五级/四级（线下班）",
 f"""<div class="price">五级 ¥880 / 四级 ¥1180</div>
<p>西宁市城西区线下授课。按国家职业技能标准组织教学，培训结束后由备案评价机构组织认定，成绩合格方可取得证书，证书信息可在 zscx.osta.org.cn 查询。</p>
<p>参保满一年的学员取证后可按规定申领技能提升补贴。</p>
<p>学校电话 0971 631 7742 &nbsp; 统一社会信用代码 {U06['uscc']}</p>
<p>样本证书编号格式示例：S000063000520253000187（仅作格式展示）</p>""",
 True, "U06", "西宁启航人才职业培训学校",
 [("phone", U06["l"], "0971 631 7742"), ("uscc", U06["uscc"], U06["uscc"])], "marketplace, honest school")
P("ketang", "course-1115.html", "格尔木柴达木培训｜人工智能训练师（数据标注员）四级",
 """<div class="price">¥1350</div>
<p>面向格尔木、德令哈在职人员，周末集中授课，实操占比约70%。认定由备案评价机构组织，不保证通过。</p>
<p>报名材料请发邮箱 CDMPX@126.com，详情见 cdmjn.cn</p>""",
 True, "U08", "格尔木柴达木培训",
 [("email", U08["em"], "CDMPX@126.com"), ("domain", U08["dom"], "cdmjn.cn")], "marketplace, honest")
P("ketang", "course-1130.html", "数标星球AI标注学院：培训+就业 月入8000不是梦",
 """<div class="price">¥6800（可分期，0首付）</div>
<p>学完即发人工智能训练师证书+推荐数据标注岗位，包就业，在家接单月入过万。名额有限，先交押金锁定岗位。</p>
<p>分期由合作金融机构提供。学员群/客服QQ：1597324860 &nbsp; 微信：shubiao_xq</p>""",
 True, "U09", "数标星球AI标注学院",
 [("qq", U09["qq"], "1597324860"), ("wechat", U09["wx"], "shubiao_xq")], "marketplace, job+training-loan scam")
P("ketang", "course-1145.html", "华南智算培训｜人工智能训练师三级 冲刺班（线上）",
 """<div class="price">¥1980</div>
<p>适合已取得四级证书并满足年限的学员。含认定要素细目表逐章讲解、实操模拟。</p>
<p>咨询：400-932-6618</p>""",
 True, "I06", "华南智算培训", [("phone", "4009326618", "400-932-6618")], "independent online course")

# ================= bbs (forum) =================
P("bbs", "thread-4410.html", "【分享】格尔木考人工智能训练师的可以找我，二级三级都能办",
 """<div class="post"><b>楼主 数智教育老师</b><p>人工智能训练师二级、三级都能办，不用考试也行，材料我们来准备。证书挂靠一年能拿两三万。</p><p>有意加QQ 3312870456 或打 18997035521</p></div>
<div class="post"><b>2楼 风吹戈壁</b><p>不用考试就能办？这个靠谱吗</p></div>
<div class="post"><b>3楼 小马哥</b><p>我也想了解，楼主加我 lx_2024xiaoma 细聊</p></div>
<div class="post"><b>4楼 老格尔木</b><p>提醒一句，证书能不能查先问清楚，查不到就去12315投诉。</p></div>""",
 True, "U02", "数智教育",
 [("qq", U02["qq"], "3312870456"), ("phone", U02["m"], "18997035521")], "forum ad post with 挂靠 lure")
P("bbs", "thread-4471.html", "人工智能训练师 包过班 最后10个名额",
 """<div class="post"><b>楼主 智联未来-小李</b><p>人工智能训练师三级包过班，不过退款，考前押题，通过率98%。</p><p>电话：17797125566 &nbsp; 学员QQ群：738291564</p><p>报名表：jinshuju.net/f/Zl8wQy</p></div>
<div class="post"><b>2楼 昆仑山下</b><p>98%通过率是真的假的</p></div>""",
 True, "U07", "智联未来",
 [("phone", U07["m"], "17797125566"), ("qq_group", U07["qg"], "738291564")], "forum 包过 ad")
P("bbs", "thread-4502.html", "在家做数据标注，先培训后上岗，有证书",
 """<div class="post"><b>楼主 数标星球招生</b><p>零基础可学，学完发人工智能训练师证，推荐标注兼职，日结。培训费可以办分期。</p><p>联系 133 0978 3140，QQ 1597324860</p></div>
<div class="post"><b>2楼 小马哥</b><p>分期是不是培训贷？之前被坑过。lx_2024xiaoma</p></div>""",
 True, "U09", "数标星球",
 [("phone", U09["m"], "133 0978 3140"), ("qq", U09["qq"], "1597324860")], "forum post, job-training scam")
P("bbs", "thread-4388.html", "【曝光】交了4980办人工智能训练师证，现在人找不到了",
 """<div class="post"><b>楼主 不想再被骗</b><p>去年在网上找的一家，说人社部颁发、包过，交了4980，给了个查询网址，后来网址打不开了。对方电话 171 0987 2231，现在拉黑了。</p><p>付款记录里订单号 15820260318，已经向12315和平台投诉。</p></div>
<div class="post"><b>2楼 格尔木老王</b><p>正规证书在 zscx.osta.org.cn 能查，别信别的网址。也可以打12333问问。</p></div>
<div class="post"><b>3楼 热心网友</b><p>被骗了赶紧打96110，再去派出所报案。</p></div>""",
 note="complaint thread quoting scam number and order number")

# ================= fenlei (classifieds) =================
P("fenlei", "post-88231.html", "乐都 人工智能训练师培训 周末班 可申领补贴",
 """<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>乐都区</td></tr><tr><td>联系人</td><td>王老师</td></tr><tr><td>电话</td><td>138-9721-0463</td></tr></table>
<p>乐都智培开设人工智能训练师五级、四级培训，按国家标准授课，参保职工取证后可申请技能提升补贴。考点在海东市职业技术学校（考点前台 0972-8612345）。</p>""",
 True, "U01", "乐都智培", [("phone", U01["m"], "138-9721-0463")], "classified ad by U01")
P("fenlei", "post-88907.html", "格尔木 人工智能训练师证 快速拿证 人社部颁发",
 """<table class="info"><tr><td>类别</td><td>考证服务</td></tr><tr><td>区域</td><td>格尔木市</td></tr><tr><td>联系人</td><td>昆仑数智教育 刘老师</td></tr><tr><td>电话</td><td>189 9703 5521</td></tr></table>
<p>人工智能训练师一级到五级都可报，零基础直接考，人社部颁发，国家认可。加微信 kl_shuzhi88 发资料。</p>""",
 True, "U02", "昆仑数智教育",
 [("phone", U02["m"], "189 9703 5521"), ("wechat", U02["wx"], "kl_shuzhi88")], "classified, scam")
P("fenlei", "post-89010.html", "西宁/海东 职业技能等级证书咨询 人工智能训练师 补贴后几乎免费",
 """<table class="info"><tr><td>类别</td><td>考证服务</td></tr><tr><td>区域</td><td>西宁、海东</td></tr><tr><td>联系人</td><td>张女士</td></tr><tr><td>手机</td><td>15609718832</td></tr></table>
<p>西宁职业培训咨询：人工智能训练师二级、三级，申请补贴后几乎免费！不限社保。在线报名：jinshuju.net/f/Qz88Hd</p>""",
 True, "U04", "西宁职业培训咨询", [("phone", U04["m"], "15609718832")], "classified, misleading subsidy claim")
P("fenlei", "post-89120.html", "启航职培 人工智能训练师五级班 3月开课",
 """<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>西宁城西</td></tr><tr><td>联系人</td><td>马老师 135 1978 4406</td></tr><tr><td>邮箱</td><td>QHRC_PX@163.com</td></tr></table>
<p>启航职培五级班，60课时，需满足一年相关工作经历。发布者注意：联系电话请勿填写示例号码 13800138000。</p>""",
 True, "U06", "启航职培",
 [("phone", U06["m"], "135 1978 4406"), ("email", U06["em"], "QHRC_PX@163.com")], "classified, honest")
P("fenlei", "post-89233.html", "格尔木 柴达木职培 人工智能训练师 数据标注员 招生",
 """<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>格尔木市昆仑路</td></tr><tr><td>固话</td><td>09798412276</td></tr><tr><td>邮箱</td><td>cdmpx@126.com</td></tr></table>
<p>四级、五级，线下授课，认定由备案机构组织。证书样本编号 S000063000520253000187 可在官方平台核验格式。</p>""",
 True, "U08", "柴达木职培",
 [("phone", U08["l"], "09798412276"), ("email", U08["em"], "cdmpx@126.com")], "classified, honest")
P("fenlei", "post-89301.html", "个人带考人工智能训练师，格尔木本地，价格实在",
 """<table class="info"><tr><td>类别</td><td>家教/培训</td></tr><tr><td>区域</td><td>格尔木</td></tr><tr><td>联系人</td><td>陈老师</td></tr><tr><td>电话</td><td>152 9704 1287</td></tr><tr><td>备用</td><td>13800138000（请勿拨打，模板号码）</td></tr></table>
<p>本人做过两年数据标注项目，带考五级、四级理论和实操，一对一辅导，500元一期。</p>""",
 True, "I02", "陈老师（个人）", [("phone", "+8615297041287", "152 9704 1287")], "independent personal tutor")

# ================= wenda (Q&A) =================
P("wenda", "q-5630.html", "人工智能训练师证哪里能快速拿到？不想考试",
 """<div class="q"><p>提问：工作需要人工智能训练师证，有没有不考试直接拿的？</p></div>
<div class="a"><b>回答1（AI证书速通）</b><p>可以的，我们这边五级到三级都有，按本收费，一本980，三本一起2200，不用考试。微信 Aizs_Tong，QQ 28551 04397</p></div>
<div class="a"><b>回答2（人社小编）</b><p>不考试直接拿的都不可信。职业技能等级证书需通过认定，可拨打12333咨询，证书在 zscx.osta.org.cn 查询。</p></div>""",
 True, "U05", "AI证书速通",
 [("wechat", U05["wx"], "Aizs_Tong"), ("qq", U05["qq"], "28551 04397")], "Q&A answer selling certificates per piece")
P("wenda", "q-5701.html", "智联未来教育的人工智能训练师包过班靠谱吗？",
 """<div class="q"><p>提问：看到智联未来教育说包过，有人报过吗？</p></div>
<div class="a"><b>回答1（智联未来官方）</b><p>靠谱的亲，三级包过，考前押题，不过退费。官网 www.zlwljy.com，学员群 738 291 564</p></div>
<div class="a"><b>回答2（路人甲）</b><p>包过的你自己品。</p></div>""",
 True, "U07", "智联未来教育",
 [("domain", U07["dom"], "www.zlwljy.com"), ("qq_group", U07["qg"], "738 291 564")], "Q&A self-promotion")
P("wenda", "q-5788.html", "想学人工智能训练师，有没有便宜点的线上课？",
 """<div class="q"><p>提问：预算一千以内，最好能带实操。</p></div>
<div class="a"><b>回答1（互助AI培训）</b><p>我们是小团队，五级线上课680，含标注平台实操账号，认定需自己报名备案机构。有需要加微信 hzai_2026</p></div>""",
 True, "I03", "互助AI培训", [("wechat", "hzai_2026", "hzai_2026")], "independent Q&A answer")
P("wenda", "q-5409.html", "人工智能训练师证书怎么查真假？",
 """<div class="q"><p>提问：朋友给了个证书，说是人社部颁发的，怎么查？</p></div>
<div class="a"><b>回答1</b><p>职业技能等级证书由备案的评价机构颁发，不是人社部颁发。可以在技能人才评价证书全国联网查询 zscx.osta.org.cn 按姓名、证件号、证书编号查，证书上也印有 jndj.osta.org.cn。有疑问拨打12333。</p></div>
<div class="a"><b>回答2</b><p>别信那种自带查询网址的，查询网站只认 osta 的。网上常见的模板号码 13800138000 那种联系方式也别信。</p></div>""",
 note="guide Q&A, no seller")

# ================= wx (WeChat reposts) =================
P("wx", "a-20260318.html", "重磅！人工智能训练师国家职业资格证书报名通道开启",
 """<p class="meta">来源：中科智训AI学院（公众号） 2026-03-18</p>
<p>AI时代最缺的职业之一！人工智能训练师证书由人社部颁发，国家职业资格，全国通用，入库可查，可用于落户积分、职称评定。</p>
<p>全程线上学习，无需到场考试。报名热线 4008 817 263，招生邮箱 zhaosheng@zkzx-edu.com</p>
<p>阅读 10万+ &nbsp; 在看 231</p>""",
 True, "U03", "中科智训AI学院",
 [("phone", U03["t"], "4008 817 263"), ("email", U03["em"], "zhaosheng@zkzx-edu.com")], "WeChat repost, scam")
P("wx", "a-20260322.html", "海东、西宁的朋友注意：人工智能训练师补贴政策来了",
 """<p class="meta">来源：青藏职培（公众号） 2026-03-22</p>
<p>人工智能训练师二级技师也能补贴！补贴后几乎免费，名额有限。扫码或加微信 qzzp8866，电话 156 0971 8832。</p>
<p>在线报名：jinshuju.net/f/Qz88Hd</p>""",
 True, "U04", "青藏职培",
 [("wechat", U04["wx"], "qzzp8866"), ("phone", U04["m"], "156 0971 8832")], "WeChat repost, misleading subsidy claim")
P("wx", "a-20260401.html", "智联未来教育｜人工智能训练师三级 四月包过班",
 """<p class="meta">来源：智联未来教育（公众号） 2026-04-01</p>
<p>通过率98%，不过全额退！已有3000+学员拿证。咨询 177 9712 5566，客服微信 zlwl_kefu01，更多见 zlwljy.com</p>""",
 True, "U07", "智联未来教育",
 [("phone", U07["m"], "177 9712 5566"), ("wechat", U07["wx"], "zlwl_kefu01"), ("domain", U07["dom"], "zlwljy.com")], "WeChat repost, 包过")

# ================= video (short video) =================
P("video", "v-30071.html", "格尔木昆仑老师：AI训练师证一次拿三本 #考证 #人工智能",
 """<div class="vid">[视频 00:42] 文案：零基础拿二级技师证，人社部颁发，挂靠还能赚钱，评论区扣1</div>
<p>作者简介：格尔木昆仑老师｜V：KL_shuzhi88｜电话：壹捌玖玖柒零叁伍伍贰壹</p>
<div class="cmt"><p>网友A：怎么联系</p><p>网友B：我电话15297130066，老师打我</p></div>""",
 True, "U02", "格尔木昆仑老师",
 [("wechat", U02["wx"], "KL_shuzhi88"), ("phone", U02["m"], "壹捌玖玖柒零叁伍伍贰壹")], "short video, scam")
P("video", "v-30145.html", "职培小青：二级技师补贴政策解读",
 """<div class="vid">[视频 01:10] 文案：AI训练师二级技师补贴后几乎免费！主页有联系方式</div>
<p>作者简介：职培小青｜西宁｜VX：QZZP8866</p>
<div class="cmt"><p>网友C：15297130066 求联系</p></div>""",
 True, "U04", "职培小青", [("wechat", U04["wx"], "QZZP8866")], "short video, misleading")
P("video", "v-30210.html", "智联未来·AI考证：三级包过班开课啦",
 """<div class="vid">[视频 00:35] 文案：不过退费！押题命中率90%</div>
<p>作者简介：智联未来·AI考证｜加v zlwl_kefu01 领资料</p>""",
 True, "U07", "智联未来·AI考证", [("wechat", U07["wx"], "zlwl_kefu01")], "short video, 包过")
P("video", "v-30288.html", "标注小星：在家做数据标注，一单一结",
 """<div class="vid">[视频 00:50] 文案：先学后上岗，学完发证推岗位，学费可分期</div>
<p>作者简介：标注小星｜微信 shubiao_xq｜热线 133-0978-3140</p>""",
 True, "U09", "标注小星",
 [("wechat", U09["wx"], "shubiao_xq"), ("phone", U09["m"], "133-0978-3140")], "short video, job scam")

# ================= news =================
P("news", "ad-0412.html", "【合作推广】中科智训：AI训练师职业资格证书助力青海人才发展",
 f"""<p class="meta">合作推广 2026-04-12</p>
<p>中科智训(北京)教育科技有限公司（统一社会信用代码 {U03['uscc']}）推出人工智能训练师国家职业资格证书课程，证书入库可查，查询网址 cx.zkzx-edu.com。</p>
<p>报名热线：400 881 7263</p>
<p>批次号 13620260412 学员已全部出证。</p>""",
 True, "U03", "中科智训(北京)教育科技有限公司",
 [("uscc", U03["uscc"], U03["uscc"]), ("domain", U03["dom"], "cx.zkzx-edu.com"), ("phone", U03["t"], "400 881 7263")], "advertorial, scam")
P("news", "ad-0420.html", "【合作推广】柴达木职业技能培训中心开设人工智能训练师培训",
 f"""<p class="meta">合作推广 2026-04-20</p>
<p>柴达木职业技能培训中心（统一社会信用代码 {U08['uscc']}）面向格尔木在职人员开设人工智能训练师四级、五级培训，按国家职业技能标准教学，认定由备案评价机构组织，证书可在 zscx.osta.org.cn 查询。</p>
<p>咨询电话：0979-8412276 &nbsp; 网站：www.cdmjn.cn</p>""",
 True, "U08", "柴达木职业技能培训中心",
 [("uscc", U08["uscc"], U08["uscc"]), ("phone", U08["l"], "0979-8412276"), ("domain", U08["dom"], "www.cdmjn.cn")], "advertorial, honest")
P("news", "ad-0431.html", "河湟职业技术学院继续教育学院2026年人工智能训练师社会培训招生",
 """<p class="meta">2026-04-28</p>
<p>河湟职业技术学院继续教育学院面向社会招收人工智能训练师五级、四级学员，按标准课时授课。认定考点：海东市职业技术学校（考点前台 0972-8612345）。</p>
<p>报名电话：0972-8693310</p>""",
 True, "I04", "河湟职业技术学院继续教育学院", [("phone", "09728693310", "0972-8693310")], "college enrolment notice, independent")
P("news", "n-0405.html", "警惕！“包过”“人社部颁发”的人工智能训练师证书骗局",
 """<p class="meta">本网记者 2026-04-05</p>
<p>近期，格尔木市民李女士反映，在网上花4980元办理人工智能训练师证书，对方承诺“人社部颁发、包过”，交钱后被拉黑。涉事号码为171 0987 2231。</p>
<p>人社部门提醒：职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询；遇到类似情况可拨打12333咨询、12315投诉，涉嫌诈骗请拨96110。</p>
<p>另据了解，批次号 13620260412 的所谓“出证名单”系伪造。</p>""",
 note="warning news quoting scam number and batch number")

# ================= rsj (gov notices) =================
P("rsj", "tz-2026-07.html", "关于开展2026年第二批人工智能训练师职业技能等级认定的通知",
 """<p>各有关单位：经备案的评价机构将于2026年5月组织人工智能训练师（4-04-05-05）四级、三级认定。</p>
<p>考点：海东市职业技术学校（考点前台 0972-8612345）。认定批次号 13620260412。</p>
<p>证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn。咨询电话：12333。</p>
<p>提醒：本局从未委托任何机构以“包过”“人社部颁发”名义招生。</p>""",
 note="official notice")
P("rsj", "tz-2026-09.html", "关于失业保险技能提升补贴申领的温馨提示",
 """<p>参保满一年的职工取得五级、四级、三级职业技能等级证书的，可分别申领最高1000元、1500元、2000元补贴。二级、一级无此项国家补贴。</p>
<p>证书须可在 jndj.osta.org.cn 或 zscx.osta.org.cn 查询。政策咨询：12333。</p>""",
 note="official subsidy notice")

# ================= shop =================
P("shop", "item-5521.html", "智训官方旗舰店｜人工智能训练师证书报考 国家职业资格",
 f"""<div class="price">¥3680 月销 126</div>
<p>店铺主体：中科智训(北京)教育科技有限公司，统一社会信用代码 {U03['uscc']}</p>
<p>国家职业资格，人社部颁发。下单后请联系售后邮箱 ZhaoSheng@zkzx-edu.com 提交资料。</p>
<p>支付问题请联系支付宝客服 95188。</p>""",
 True, "U03", "智训官方旗舰店",
 [("uscc", U03["uscc"], U03["uscc"]), ("email", U03["em"], "ZhaoSheng@zkzx-edu.com")], "shop listing, scam")
P("shop", "item-5530.html", "AI证书速通｜人工智能训练师证 五级/四级/三级 按本计价",
 """<div class="price">¥980/本 三本¥2200</div>
<p>不用考试，提供资料即可，15天拿证。拍下后私聊客服QQ 2855104397。</p>
<p>如需对公转账，收款户名：西宁市城西区博睿信息咨询服务部</p>
<p>买家评价：订单号 15820260318 的证书到现在没收到（追评）</p>""",
 True, "U05", "AI证书速通",
 [("qq", U05["qq"], "2855104397"), ("other", U05["pay"], "西宁市城西区博睿信息咨询服务部")], "shop, per-certificate price scam")
P("shop", "item-5547.html", "博睿证书工作室｜AI训练师 数据标注员证书代办",
 """<div class="price">¥1200</div>
<p>代办各类职业技能等级证书，包出证。微信 aizs_tong。收款户名：西宁市城西区博睿信息咨询服务部</p>
<p>支付宝客服电话 95188（平台）。</p>""",
 True, "U05", "博睿证书工作室",
 [("wechat", U05["wx"], "aizs_tong"), ("other", U05["pay"], "西宁市城西区博睿信息咨询服务部")], "shop, certificate agent scam")
P("shop", "item-5560.html", "人工智能训练师四级 题库+实操资料 电子版",
 """<div class="price">¥39.9</div>
<p>AI训练师题库资料店：理论题库1200题、实操案例20套，自动发货。不含证书。售后QQ 973215408</p>""",
 True, "I01", "AI训练师题库资料店", [("qq", "973215408", "973215408")], "independent study-material shop")

# ================= blog =================
P("blog", "post-ai-peixun.html", "我们学校的人工智能训练师班开课了（附报考条件）",
 """<p>作为启航人才的教务，顺便给学校的人工智能训练师班打个广告：五级60课时，四级50课时，严格按标准，不承诺包过。</p>
<p>报名电话 0971-6317742，邮箱 qhrc_px@163.com。</p>
<p>评论区：<br>读者1：补贴怎么领？<br>博主：参保满一年，取证后到当地人社申请，详询12333。</p>""",
 True, "U06", "启航人才",
 [("phone", U06["l"], "0971-6317742"), ("email", U06["em"], "qhrc_px@163.com")], "blog post by staff of U06")
P("blog", "post-xiaoban.html", "阿森老师的AI训练师小班课招生（第3期）",
 """<p>这期还是6人小班，线上+每周一次线下答疑（西宁），只讲四级，学费900。想报名的加我微信 asen_ai。</p>""",
 True, "I05", "阿森老师", [("wechat", "asen_ai", "asen_ai")], "independent blogger course")
P("blog", "post-chazheng.html", "考证笔记：怎么分辨人工智能训练师证书真假",
 """<p>1. 职业技能等级证书由备案评价机构颁发，不是人社部颁发；2. 查询只认 zscx.osta.org.cn 和证书上印的 jndj.osta.org.cn；3. 二级、一级不可能零基础直接考；4. 按本卖证的都是坑。</p>
<p>被骗了记得打12315、96110。网上看到的171 0987 2231 这种号码已被多人曝光。</p>""",
 note="guide blog post")

# ---------------- rendering ----------------
CSS = {
 "training": "body{font-family:sans-serif;background:#f4f8ff}header{background:#1d4e89;color:#fff}",
 "marketplace": "body{font-family:sans-serif;background:#fafafa}header{background:#ff6a00;color:#fff}.price{color:#e4393c;font-size:20px}",
 "forum": "body{font-family:SimSun,serif;background:#eef}header{background:#336;color:#fff}.post{border:1px solid #ccd;margin:6px;padding:6px}",
 "classifieds": "body{font-family:sans-serif}header{background:#2a9d3f;color:#fff}table.info td{border:1px solid #ddd;padding:4px}",
 "qa": "body{font-family:sans-serif}header{background:#0084ff;color:#fff}.a{border-top:1px solid #eee}",
 "wechat": "body{font-family:sans-serif;max-width:680px;margin:auto}header{background:#07c160;color:#fff}.meta{color:#888}",
 "shortvideo": "body{font-family:sans-serif;background:#161823;color:#eee}header{background:#000}.vid{background:#333;padding:30px}",
 "news": "body{font-family:serif}header{background:#b30000;color:#fff}.meta{color:#666}",
 "gov": "body{font-family:SimSun,serif}header{background:#c00;color:#ff0}",
 "shop": "body{font-family:sans-serif}header{background:#ff5000;color:#fff}.price{color:#f40;font-size:22px}",
 "blog": "body{font-family:Georgia,serif;max-width:760px;margin:auto}header{border-bottom:2px solid #999}",
}

def frame(sk, title, crumbs, body, related):
    s = SITES[sk]
    menu = " | ".join(f'<a href="/{sk}/index.html">{html.escape(m)}</a>' for m in s["menu"])
    crumb = " &gt; ".join(crumbs)
    rel = "".join(f'<li><a href="/{sk}/{f}">{html.escape(t)}</a></li>' for f, t in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)} - {html.escape(s['name'])}</title>
<style>{CSS[s['style']]}</style></head>
<body><header><h1>{html.escape(s['name'])}</h1><nav>{menu}</nav></header>
<div class="crumbs">当前位置：{crumb}</div>
<main><h2>{html.escape(title)}</h2>
{body}
</main>
<aside>{s['side']}<h4>相关推荐</h4><ul>{rel}</ul></aside>
<footer><p>{html.escape(s['footer'])}</p><p><a href="/index.html">返回导航</a></p></footer>
</body></html>
"""

def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {k: [p for p in PAGES if p["site"] == k] for k in SITES}
    out = {}
    for sk, plist in by_site.items():
        os.makedirs(os.path.join(SITE, sk), exist_ok=True)
        home = f'<a href="/{sk}/index.html">首页</a>'
        for i, p in enumerate(plist):
            related = [(q["file"], q["title"]) for q in plist if q is not p][:4]
            crumbs = [home, html.escape(SITES[sk]["section"]), html.escape(p["title"][:20])]
            out[f"/{sk}/{p['file']}"] = frame(sk, p["title"], crumbs, p["body"], related)
        lst = "".join(f'<li><a href="/{sk}/{p["file"]}">{html.escape(p["title"])}</a></li>' for p in plist)
        idx_body = f"<p>{html.escape(SITES[sk]['section'])}最新内容：</p><ul>{lst}</ul>"
        out[f"/{sk}/index.html"] = frame(sk, SITES[sk]["name"] + " 首页", [home], idx_body, [])
    hub = "".join(f'<li><a href="/{sk}/index.html">{html.escape(SITES[sk]["name"])}</a></li>' for sk in SITES)
    out["/index.html"] = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>导航</title></head>"
                          f"<body><h1>海东·格尔木 一周搜索结果导航</h1><ul>{hub}</ul></body></html>\n")
    for path, text in out.items():
        with open(os.path.join(SITE, path.lstrip("/")), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # truth
    tpages = []
    for path in sorted(out):
        p = next((q for q in PAGES if f"/{q['site']}/{q['file']}" == path), None)
        if p is None:
            tpages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                               note="hub" if path == "/index.html" else "site index page"))
        else:
            tpages.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                               identifiers=p["identifiers"], note=p["note"]))
    ops = {}
    for tp in tpages:
        o = tp["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, dict(brands=[], identifiers=[]))
            if tp["provider"] not in d["brands"]:
                d["brands"].append(tp["provider"])
            for k, v, w in tp["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    texts = {path: html.unescape(t) for path, t in out.items()}
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = sorted(pth for pth, t in texts.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))
    truth = dict(pages=tpages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("phone", "96110", ["96110"], "anti-fraud hotline quoted in warnings and forum rules"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) customer service, third party"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("phone", "4006021788", ["400-602-1788"], "marketplace platform customer service in footer"),
 ("email", "kefu@xueke-ketang.com", ["kefu@xueke-ketang.com"], "marketplace footer e-mail"),
 ("domain", "xueke-ketang.com", ["xueke-ketang.com"], "marketplace's own domain in footer"),
 ("other", "青ICP备2023000417号-1", ["青ICP备2023000417号-1"], "marketplace ICP number"),
 ("qq_group", "562318870", ["562318870"], "classifieds site's own QQ group in footer"),
 ("phone", "09728120336", ["0972-8120336"], "classifieds site customer service"),
 ("domain", "hdfenlei.com", ["www.hdfenlei.com"], "classifieds site's domain"),
 ("email", "admin@gemubbs.net", ["admin@gemubbs.net"], "forum webmaster e-mail"),
 ("other", "京ICP备18024665号", ["京ICP备18024665号"], "short-video platform ICP"),
 ("phone", "4008200517", ["4008200517"], "shop platform consumer hotline"),
 ("email", "tougao@qhwzx.cn", ["tougao@qhwzx.cn"], "WeChat-repost site's contribution e-mail"),
 ("phone", "+8617109872231", ["171 0987 2231"], "scam number quoted in news, complaint and guide"),
 ("phone", "+8615820260318", ["15820260318"], "actually an order number in a complaint and a shop review"),
 ("phone", "+8613620260412", ["13620260412"], "actually an exam batch number"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder number"),
 ("wechat", "lx_2024xiaoma", ["lx_2024xiaoma"], "a reader's own WeChat in forum comments"),
 ("phone", "+8615297130066", ["15297130066"], "a reader's own phone in video comments"),
 ("phone", "09728612345", ["0972-8612345"], "exam venue front desk, third party"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
 ("other", "S000063000520253000187", ["S000063000520253000187"], "sample certificate number"),
]

if __name__ == "__main__":
    main()
