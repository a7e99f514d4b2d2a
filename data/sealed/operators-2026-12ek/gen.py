#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- USCC (GB 32100 / GB 11714) ----------
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(body8):
    def v(c):
        return int(c) if c.isdigit() else ord(c) - ord('A') + 10
    c = 11 - sum(v(ch) * w for ch, w in zip(body8, W_ORG)) % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))

def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(s17, W_USCC)) % 31
    return s17 + ALPH[0 if r == 31 else r]

USCC_U01 = uscc("52440106", "MJL38206")   # 民办非企业 培训学校, 广州天河
USCC_U03 = uscc("91440604", "MA4UN7K2")   # 企业, 佛山禅城
USCC_U05 = uscc("91440300", "MA5G1T8E")   # 企业, 深圳
USCC_U06 = uscc("91440101", "MA59QH3C")   # 企业, 广州
USCC_U09 = uscc("91440606", "MA52R6WD")   # 企业, 佛山顺德

# ---------- sites ----------
SITES = {
 "gzzhipei": dict(name="广州智培职业培训学校", domain="www.gzzhipei.cn", color="#0a5fb4",
    menu=["首页", "课程中心", "补贴政策", "报名咨询", "关于我们"],
    footer="广州智培职业培训学校 版权所有 | 地址：广州市天河区棠下中山大道西 1 号华景商务楼 6 楼 | 电话：020-3862 1175 | 粤ICP备2023061234号-1"),
 "kecheng": dict(name="学吧课程网", domain="www.xuebakc.com", color="#e8590c",
    menu=["首页", "职业技能", "IT互联网", "考证中心", "名师", "APP下载"],
    footer="学吧课程网 xuebakc.com | 平台客服热线 400-655-1234（9:00-21:00）| 客服邮箱 kefu@xuebakc.com | 粤ICP备19023311号 | 平台仅提供信息展示，课程由入驻机构提供"),
 "bbs": dict(name="禅城生活论坛", domain="bbs.fsluntan.net", color="#2b8a3e",
    menu=["论坛首页", "招聘求职", "教育培训", "二手交易", "吐槽曝光", "版规"],
    footer="禅城生活论坛 bbs.fsluntan.net | 版务QQ群：638201457 | 举报邮箱 jubao@fsluntan.net | 粤ICP备17088215号"),
 "fenlei": dict(name="羊城分类信息网", domain="gz.fenleibao.com", color="#c92a2a",
    menu=["首页", "招聘", "房产", "教育培训", "本地服务", "发布信息"],
    footer="羊城分类信息网 gz.fenleibao.com | 客服电话：020-2233 0101 | 粤ICP备18047733号-2 | 信息由用户自行发布，请谨慎交易，勿提前汇款"),
 "wenda": dict(name="问问知道", domain="www.wenwenzd.com", color="#5f3dc4",
    menu=["首页", "问题广场", "职场", "教育", "我要提问"],
    footer="问问知道 wenwenzd.com | 违法和不良信息举报电话：12377 | 合作邮箱 bd@wenwenzd.com"),
 "wxrepost": dict(name="微文集", domain="www.wxwen8.com", color="#1c7ed6",
    menu=["首页", "教育", "职场", "本地", "热门公众号"],
    footer="微文集 wxwen8.com 收录公众号公开文章，版权归原作者所有 | 侵权联系：qinquan@wxwen8.com"),
 "video": dict(name="快刷视频", domain="www.kuaishua.tv", color="#212529",
    menu=["推荐", "同城", "知识", "直播", "创作者中心"],
    footer="快刷视频 kuaishua.tv | 未成年人保护及违法举报：400-902-3311 | 网络文化经营许可证 粤网文〔2024〕1188-066号"),
 "news": dict(name="珠江民生网", domain="www.zjmsw.com.cn", color="#a61e4d",
    menu=["首页", "广州", "佛山", "教育", "民生热线", "曝光台"],
    footer="珠江民生网 | 新闻热线：020-8711 6600 | 投稿邮箱 tougao@zjmsw.com.cn | 粤ICP备12051876号"),
 "college": dict(name="广州南岭职业技术学院", domain="www.gznlvc.edu.cn", color="#364fc7",
    menu=["学院首页", "学院概况", "招生就业", "继续教育", "新闻中心"],
    footer="广州南岭职业技术学院 | 地址：广州市白云区钟落潭镇南岭路 88 号 | 学院总机：020-6128 8000 | 粤ICP备05014417号"),
 "rsj": dict(name="佛山市禅城区人力资源和社会保障局", domain="rsj.chancheng-demo.gov.cn", color="#b00000",
    menu=["首页", "政务公开", "通知公告", "办事服务", "政策解读"],
    footer="主办：佛山市禅城区人力资源和社会保障局 | 人社服务热线：12333 | 网站标识码 4406040012 | 粤ICP备09171622号"),
 "shop": dict(name="淘课优选", domain="www.taokeyx.com", color="#f76707",
    menu=["首页", "考证专区", "职业技能", "热销榜", "购物车"],
    footer="淘课优选 taokeyx.com | 担保交易由支付宝提供，支付宝客服 95188 | 平台客服QQ：800183366 | 粤B2-20200417"),
}
ORDER = ["gzzhipei", "kecheng", "bbs", "fenlei", "wenda", "wxrepost", "video", "news", "college", "rsj", "shop"]

PAGES = []
def P(path, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(x) for x in ids], note=note))

# ---------- operator identifier values ----------
U01 = dict(mob="+8613926401875", wx="gzzp_ai2026", tel="02038621175", dom="gzzhipei.cn", icp="粤ICP备2023061234号")
U02 = dict(mob="+8617820596314", qq="2817364590", wx="zkzj8899", t400="4008097726", dom="gprcpj.com")
U03 = dict(tel="075782634410", mob="+8615817263390", wx="fsbiaozhu", mail="hr@fsshubiao.com")
U04 = dict(mob="+8613660871254", mail="yuejitong@163.com", qg="715203364")
U05 = dict(wx="hxai-cert", mob="+8618922734561", payee="深圳市华夏智联信息咨询有限公司")
U06 = dict(t400="4006613380", wx="yixue_kz", dom="yixuekz.com", qq="3360118752")
U07 = dict(tel="02061283307", mail="jxjy@gznlvc.edu.cn", mob="+8613539482716")
U08 = dict(wx="xiaoya_ai99", qq="1902773645", mob="+8619120476638")
U09 = dict(mob="+8613702918847", tel="075722396615", wx="sdszgj")

VENUE = "0757-8303 2219"        # exam venue front desk (third party)
PLAN = "15720260502"            # 认定计划编号 quoted from the official notice
SAMPLE_CERT = "S000044000001265000123"
SCAM = "177 2839 1046"

# =============== gzzhipei (U01 own site) ===============
P("/gzzhipei/course-l4.html", "人工智能训练师（四级/中级工）周末班 2026 年 5 月开班 - 广州智培职业培训学校",
f"""<h1>人工智能训练师（四级/中级工）周末班</h1>
<p>职业编码 4-04-05-05，工种：数据标注员。依据《人工智能训练师国家职业技能标准（2021年版）》，标准课时 50 学时，本班安排 8 个周末，理论 30% + 实操 70%。</p>
<p>报名条件：取得五级证书后从事本职业 4 年，或累计从事本职业 6 年，或相关专业技工院校毕业（含在读最后一年）。<b>请先对照条件，不符合的我们不收。</b></p>
<p>学费：2680 元（含教材、实操平台账号）；认定费按评价机构标准另行缴纳。符合条件的参保人员取证后可向社保部门申领技能提升补贴（四级最高 1500 元，以人社部门审核为准）。</p>
<p>证书为职业技能等级证书，由备案的评价机构颁发，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。</p>
<div class="contact">招生办：020-3862 1175 ／ 手机：139 2640 1875（梁老师）<br>统一社会信用代码：{USCC_U01}</div>""",
True, "U01", "广州智培职业培训学校",
[("phone", U01["tel"], "020-3862 1175"), ("phone", U01["mob"], "139 2640 1875"), ("uscc", USCC_U01, USCC_U01),
 ("domain", U01["dom"], "www.gzzhipei.cn"), ("other", U01["icp"], "粤ICP备2023061234号-1")],
"U01 own site: level-4 weekend course, honest eligibility and subsidy wording")

P("/gzzhipei/enroll.html", "在线报名 - 人工智能训练师五级/四级 - 广州智培",
"""<h1>人工智能训练师 在线报名</h1>
<p>请填写报名表（表单由金数据 jinshuju.net 提供），老师会在 1 个工作日内联系您核对申报条件。</p>
<form><label>姓名 <input placeholder="请输入真实姓名"></label><label>手机 <input placeholder="如：13800138000"></label>
<label>报考等级 <select><option>五级（需相关工作满 1 年）</option><option>四级</option></select></label></form>
<p>也可以直接加梁老师微信：gzzp_ai2026（备注“AI训练师”），或致电 13926401875。</p>
<p>五级学费 1980 元，四级 2680 元。本校不做“包过”承诺，考试由评价机构组织。</p>""",
True, "U01", "广州智培",
[("wechat", U01["wx"], "gzzp_ai2026"), ("phone", U01["mob"], "13926401875"), ("phone", U01["tel"], "020-3862 1175"),
 ("domain", U01["dom"], "www.gzzhipei.cn"), ("other", U01["icp"], "粤ICP备2023061234号-1")],
"U01 own site: enrolment form")

# =============== kecheng (marketplace) ===============
P("/kecheng/c-205.html", "【人社部颁发】人工智能训练师三级 高级工 零基础直考 - 学吧课程网",
"""<h1>人工智能训练师三级（高级工）考证班｜零基础｜不限学历</h1>
<p class="seller">入驻机构：中科智鉴教育 ｜ 已售 3,412 份 ｜ 好评率 98%</p>
<p>国家职业资格证书，人社部颁发，全国通用，入库可查！零基础、不限学历、不限经验，直接报考三级，一次报考送五级、四级，三证同拿。</p>
<p>包过班 3980 元，不过全额退款；证书可挂靠企业，每年躺赚 2 万+。</p>
<p>证书查询官网：www.gprcpj.com（全国人才评价证书查询中心）。</p>
<p>咨询热线：4008097726　机构QQ：2817364590</p>
<p class="tip">证书样本编号 S000044000001265000123</p>""",
True, "U02", "中科智鉴教育",
[("phone", U02["t400"], "4008097726"), ("qq", U02["qq"], "2817364590"), ("domain", U02["dom"], "www.gprcpj.com")],
"U02 on marketplace: three-level bundle, 人社部颁发, 包过, fake query site")

P("/kecheng/c-219.html", "AI数据标注员实战 + 人工智能训练师五级认定辅导（佛山线下）",
f"""<h1>AI数据标注实战班 + 人工智能训练师（五级）认定辅导</h1>
<p class="seller">入驻机构：禅城AI数据标注培训基地 ｜ 佛山·禅城</p>
<p>图像框选、语音转写、文本分类三大项目实操 60 学时，结业后参加五级认定（需相关工作满 1 年，本基地实习经历可计入）。</p>
<p>学费 1680 元，优秀学员推荐至合作标注公司，签订就业协议。</p>
<p>认定考点：佛山市禅城区某技工学校（考点前台 {VENUE}，仅负责考务，报名请勿致电考点），计划编号 {PLAN}。</p>
<p>基地电话：0757 8263 4410　邮箱：HR@fsshubiao.com</p>""",
True, "U03", "禅城AI数据标注培训基地",
[("phone", U03["tel"], "0757 8263 4410"), ("email", U03["mail"], "HR@fsshubiao.com")],
"U03 on marketplace: data-annotation course with 协议就业 promise")

P("/kecheng/c-231.html", "人工智能训练师 四级/三级 网课 + 题库 | 易学考证",
f"""<h1>人工智能训练师（四级/三级）网课 + 模拟题库</h1>
<p class="seller">入驻机构：易学考证 ｜ 广州易学教育科技有限公司</p>
<p>120 节录播 + 每周直播答疑，题库 2000 题，覆盖“数据采集和处理、数据标注、智能系统运维”。</p>
<p>网课 899 元 / 网课+认定报名服务 2599 元。报考条件以评价机构审核为准。</p>
<p>拿证后可申请补贴，补贴后几乎免费！</p>
<p>客服：400-661-3380　官网：yixuekz.com</p>
<p class="tip">证书样本编号 S000044000001265000123（样本仅供展示）</p>""",
True, "U06", "易学考证",
[("phone", U06["t400"], "400-661-3380"), ("domain", U06["dom"], "yixuekz.com")],
"U06 on marketplace: online course + 题库, 补贴后几乎免费 overclaim")

P("/kecheng/c-240.html", "顺德｜数智工匠 人工智能训练师四级 企业班/个人班",
f"""<h1>数智工匠·人工智能训练师四级（企业班/个人班）</h1>
<p class="seller">入驻机构：顺德数智工匠培训中心</p>
<p>面向制造业质检、数据岗员工，理论 + 产线视觉数据标注实操，50 学时。企业组团 10 人以上可上门开班。</p>
<p>学费 2380 元；符合条件者可申领技能提升补贴（四级最高 1500 元，佛山紧缺工种可上浮，以人社审核为准）。</p>
<p>认定计划编号 {PLAN}，考点前台 {VENUE}。</p>
<p>联系：何生 137 0291 8847</p>""",
True, "U09", "顺德数智工匠培训中心",
[("phone", U09["mob"], "137 0291 8847")],
"U09 on marketplace: company class, honest subsidy wording")

P("/kecheng/c-252.html", "人工智能训练师五级 周末速成班（广州海珠）",
"""<h1>人工智能训练师五级周末班（海珠）</h1>
<p class="seller">入驻机构：海珠启明职业培训</p>
<p>4 个周末，60 学时，小班 15 人。学费 1500 元。报名表请在金数据 jinshuju.net 填写。</p>
<p>报名咨询：周老师 186-2034-7719　微信同号</p>""",
True, "I02", "海珠启明职业培训",
[("phone", "+8618620347719", "186-2034-7719")],
"independent I02 on marketplace")

# =============== bbs (forum) ===============
P("/bbs/t-5521.html", "【招生】禅城数据标注员培训，学完推荐上岗，月薪 5K 起（附人工智能训练师认定）",
f"""<div class="post"><div class="author">楼主：数标学堂小助手 ｜ 注册 2025-11</div>
<p>佛山本地做 AI 数据标注的公司，长期缺人。我们数标学堂开数据标注员培训，学完推荐上岗，月薪 5K 起，还能参加人工智能训练师五级认定。</p>
<p>有兴趣的加微信 FSbiaozhu 或打 158 1726 3390，地址禅城季华五路。</p></div>
<div class="reply"><b>2楼 佛山阿May：</b>真的推荐上岗吗？有没有人去过？我微信 lily_fs88 求带</div>
<div class="reply"><b>3楼 路过的：</b>推荐上岗这种话听听就好，签协议之前看清楚条款。</div>""",
True, "U03", "数标学堂",
[("wechat", U03["wx"], "FSbiaozhu"), ("phone", U03["mob"], "158 1726 3390")],
"U03 forum post under another brand; a reader leaves own WeChat")

P("/bbs/t-5530.html", "【曝光】交了 3980 元买人工智能训练师“三证”，现在人联系不上了",
f"""<div class="post"><div class="author">楼主：禅城打工人</div>
<p>去年在网上看到“人社部颁发、三证同拿、包过”，交了 3980 元。对方说证书在“全国人才评价证书查询中心”能查到，结果那个网站根本不是官方的。</p>
<p>骗子电话 {SCAM}，大家别上当！已经打 12315 投诉了，也问了 12333，说职业技能等级证书要在 zscx.osta.org.cn 查。</p></div>
<div class="reply"><b>2楼 热心网友：</b>正规的职业技能等级证书是备案的评价机构发的，人社部不直接发证。</div>
<div class="reply"><b>3楼 版主：</b>已加精，更多曝光请加版务QQ群。</div>""",
False, None, None, [],
"complaint thread, non-offer; quotes scam number and hotlines")

P("/bbs/t-5540.html", "分享：我是怎么拿到人工智能训练师四级补贴的（内含机构联系方式）",
"""<div class="post"><div class="author">楼主：粤技通-阿彬</div>
<p>我们粤技通职业技能长期帮参保人员报人工智能训练师五级、四级，协助申领技能提升补贴。条件：参保满 1 年，等级条件要符合标准。</p>
<p>五级 1680 元、四级 2280 元，补贴到账后实际花费很少。资料群：715203364（入群备注报考等级）。</p>
<p>手机：136 6087 1254</p></div>
<div class="reply"><b>2楼 小白一枚：</b>三级能补多少？</div>
<div class="reply"><b>3楼 粤技通-阿彬：</b>三级最高 2000 元，广东紧缺工种可能上浮，以社保审核为准。</div>""",
True, "U04", "粤技通职业技能",
[("qq_group", U04["qg"], "715203364"), ("phone", U04["mob"], "136 6087 1254")],
"U04 forum post (seller posting as user)")

P("/bbs/t-5588.html", "小白也能学！AI 训练师证书 99 元体验课（转自快刷）",
"""<div class="post"><div class="author">楼主：小雅AI课堂</div>
<p>90% 小白都能学会！人工智能训练师课程原价 9999，限时 99 体验，拿证升职加薪。</p>
<p>VX：Xiaoya_AI99　扣扣：1902 773 645</p></div>
<div class="reply"><b>2楼 佛山阿May：</b>99 块包拿证？我微信 lily_fs88，有人试过吗</div>
<div class="reply"><b>3楼 老韭菜：</b>体验课 99，后面正式课 6800，懂的都懂。</div>""",
True, "U08", "小雅AI课堂",
[("wechat", U08["wx"], "Xiaoya_AI99"), ("qq", U08["qq"], "1902 773 645")],
"U08 forum post; same reader WeChat as t-5521")

P("/bbs/t-5602.html", "个人带考人工智能训练师五级，有工作经历的来",
"""<div class="post"><div class="author">楼主：南海老谭</div>
<p>本人在标注公司做了 4 年项目经理，业余带几个同乡考五级，讲题 + 实操练习，每人 800 元，不包过。</p>
<p>电话 135 3306 2847（晚上打）</p></div>""",
True, "I03", "南海老谭（个人）",
[("phone", "+8613533062847", "135 3306 2847")],
"independent I03 on forum")

# =============== fenlei (classifieds) ===============
P("/fenlei/ad-1021.html", "天河 人工智能训练师五级/四级培训 智培AI学院 周末班",
"""<h1>人工智能训练师五级/四级培训 周末班 天河棠下</h1>
<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>天河-棠下</td></tr>
<tr><td>联系人</td><td>梁老师</td></tr><tr><td>电话</td><td>139-2640-1875</td></tr></table>
<p>智培AI学院常年招生，小班教学，按国家职业技能标准授课，报考条件不符不收。补贴政策以人社为准。</p>""",
True, "U01", "智培AI学院",
[("phone", U01["mob"], "139-2640-1875")],
"U01 classified ad under a second brand")

P("/fenlei/ad-1034.html", "禅城 数据标注员 包培训 推荐就业 人工智能训练师",
f"""<h1>数据标注员培训 推荐就业 可考人工智能训练师</h1>
<table class="info"><tr><td>区域</td><td>佛山-禅城</td></tr><tr><td>联系人</td><td>邹小姐</td></tr>
<tr><td>电话</td><td>0757-82634410</td></tr><tr><td>手机</td><td>15817263390</td></tr></table>
<p>佛山数标科技有限公司直招学员，学完签就业协议，月薪 5000-8000。统一社会信用代码 {USCC_U03}。</p>
<p>五级认定计划编号 {PLAN}。</p>""",
True, "U03", "佛山数标科技",
[("phone", U03["tel"], "0757-82634410"), ("phone", U03["mob"], "15817263390"), ("uscc", USCC_U03, USCC_U03)],
"U03 classified ad under company name")

P("/fenlei/ad-1050.html", "一级高级技师 人工智能训练师 不限学历 不考试 拿证快",
"""<h1>人工智能训练师 一级/二级 不限学历 免考快速拿证</h1>
<table class="info"><tr><td>联系人</td><td>华夏AI认证 陈主任</td></tr><tr><td>电话</td><td>189 2273 4561</td></tr></table>
<p>国家级证书，官方认证，无门槛，不限年龄不限专业，免培训 15 天出证，可落户积分、评职称。一级 6800，二级 5800。</p>
<p>微信：HXAI-CERT</p>""",
True, "U05", "华夏AI认证",
[("phone", U05["mob"], "189 2273 4561"), ("wechat", U05["wx"], "HXAI-CERT")],
"U05 classified: level 1/2 for beginners, 免培训 — scam phrasing")

P("/fenlei/ad-1062.html", "南岭职院继续教育 人工智能训练师 四级 招生（白云钟落潭）",
"""<h1>高校继续教育·人工智能训练师四级招生</h1>
<table class="info"><tr><td>联系人</td><td>陈老师</td></tr><tr><td>手机</td><td>135-3948-2716</td></tr></table>
<p>南岭职院继续教育学院面授班，实训室上课，学费 2200 元。详情见学院官网招生简章。</p>""",
True, "U07", "南岭职院继续教育学院",
[("phone", U07["mob"], "135-3948-2716")],
"U07 classified ad by the college's teacher")

P("/fenlei/ad-1077.html", "顺德 数智工匠 AI训练师四级 报名中",
"""<h1>数智工匠 人工智能训练师四级 报名中（顺德大良）</h1>
<table class="info"><tr><td>联系人</td><td>何生</td></tr><tr><td>电话</td><td>0757-2239 6615</td></tr><tr><td>微信</td><td>sdszgj</td></tr></table>
<p>顺德本地机构，制造业视觉质检数据标注实操。不承诺包过。</p>""",
True, "U09", "数智工匠",
[("phone", U09["tel"], "0757-2239 6615"), ("wechat", U09["wx"], "sdszgj")],
"U09 classified ad")

P("/fenlei/ad-1089.html", "番禺 人工智能训练师五级 辅导 一对一",
"""<h1>番禺 人工智能训练师五级 一对一辅导</h1>
<table class="info"><tr><td>联系人</td><td>黄老师</td></tr><tr><td>QQ</td><td>447 120 9963</td></tr></table>
<p>市桥附近，可上门。理论 + 标注工具实操，1200 元 / 20 课时。</p>""",
True, "I01", "黄老师（个人辅导）",
[("qq", "4471209963", "447 120 9963")],
"independent I01 classified")

# =============== wenda (Q&A) ===============
P("/wenda/q-117.html", "人工智能训练师证书在哪里考？急用，最快多久能拿？",
"""<div class="q"><h1>人工智能训练师证书在哪里考？急用，最快多久能拿？</h1><p>提问者：匿名用户 ｜ 我的QQ 804417725 有资料的发我</p></div>
<div class="a"><b>最佳回答（AI证书速办）：</b><p>我们这里可以办，人社部颁发，包过，最快 20 天出证，三级直接报。加扣扣2817364590，或电话 17820596314。</p></div>
<div class="a"><b>回答2：</b><p>楼上这种别信。证书由备案的评价机构颁发，在 zscx.osta.org.cn 可查。</p></div>""",
True, "U02", "AI证书速办",
[("qq", U02["qq"], "扣扣2817364590"), ("phone", U02["mob"], "17820596314")],
"U02 answer posted as best answer; asker leaves own QQ")

P("/wenda/q-123.html", "广东人工智能训练师四级补贴能领多少？怎么申请？",
"""<div class="q"><h1>广东人工智能训练师四级补贴能领多少？怎么申请？</h1><p>提问者：佛山小周</p></div>
<div class="a"><b>回答（粤技通）：</b><p>四级最高 1500 元，要求参保满 1 年，取证 12 个月内在粤省事申请。我们粤技通可以协助报名，邮箱 yuejitong@163.com 发简历过来帮你评估条件。</p></div>
<div class="a"><b>回答2：</b><p>具体以当地社保为准，可以打 12333 问。</p></div>""",
True, "U04", "粤技通",
[("email", U04["mail"], "yuejitong@163.com")],
"U04 answer promoting itself")

P("/wenda/q-131.html", "人工智能训练师网课哪家好？易学考证靠谱吗",
"""<div class="q"><h1>人工智能训练师网课哪家好？易学考证靠谱吗</h1><p>提问者：广州打工仔 ｜ QQ:804417725</p></div>
<div class="a"><b>回答（考证帮帮官方号）：</b><p>推荐考证帮帮（易学旗下），题库全，通过率高，现在报名送五级资料。加微信 yixue_kz 领取试听，或者 Q 3360118752。</p></div>""",
True, "U06", "考证帮帮",
[("wechat", U06["wx"], "yixue_kz"), ("qq", U06["qq"], "3360118752")],
"U06 answer under a third brand; asker QQ reappears")

P("/wenda/q-140.html", "制造业工人考人工智能训练师有用吗？顺德有培训吗",
f"""<div class="q"><h1>制造业工人考人工智能训练师有用吗？顺德有培训吗</h1><p>提问者：容桂阿强</p></div>
<div class="a"><b>回答（数智工匠-何老师）：</b><p>有用，产线视觉质检很缺标注和测试的人。我们在顺德开四级班，电话 13702918847，微信 SDSZGJ。统一社会信用代码 {USCC_U09}。</p></div>""",
True, "U09", "数智工匠",
[("phone", U09["mob"], "13702918847"), ("wechat", U09["wx"], "SDSZGJ"), ("uscc", USCC_U09, USCC_U09)],
"U09 answer")

P("/wenda/q-150.html", "人工智能训练师证书怎么查真伪？",
f"""<div class="q"><h1>人工智能训练师证书怎么查真伪？</h1><p>提问者：匿名用户</p></div>
<div class="a"><b>最佳回答：</b><p>职业技能等级证书编号 22 位（1 个字母 + 21 位数字），例如样本 {SAMPLE_CERT}。到技能人才评价证书全国联网查询 zscx.osta.org.cn 或技能人才评价工作网 osta.mohrss.gov.cn 查询；广东的也可以看 hrss.gd.gov.cn。查不到就打 12333。</p></div>""",
False, None, None, [],
"guide answer, non-offer; official sites and sample certificate number")

# =============== wxrepost (WeChat reposts) ===============
P("/wxrepost/a-3.html", "重磅！人社部新职业人工智能训练师证书开放报名，三级直考，名额有限",
"""<div class="meta">来源公众号：国培人才评价中心 ｜ 2026-03-12</div>
<h1>重磅！人工智能训练师证书开放报名</h1>
<p>人社部认证的新职业，国家职业资格证书，全国通用，终身有效。本中心官方指定报名点，零基础三级直考，内部信息通过率 100%。</p>
<p>证书查询：www.gprcpj.com（官网可查）</p>
<p>报名热线：400-809-7726</p>
<p>长按识别二维码添加老师微信：ZKZJ8899</p>""",
True, "U02", "国培人才评价中心",
[("phone", U02["t400"], "400-809-7726"), ("domain", U02["dom"], "www.gprcpj.com"), ("wechat", U02["wx"], "ZKZJ8899")],
"U02 WeChat article repost: 官方指定, 内部信息")

P("/wxrepost/a-7.html", "佛山参保人注意：考人工智能训练师可领补贴，最高 2000 元",
"""<div class="meta">来源公众号：粤技通职业技能 ｜ 2026-03-20</div>
<h1>考人工智能训练师可领技能提升补贴</h1>
<p>失业保险参保满 1 年的职工，取得五级、四级、三级证书可分别申领最高 1000、1500、2000 元。二级、一级没有这项补贴。</p>
<p>粤技通开设五级、四级班，欢迎加入报考交流群 715 203 364；电话 13660871254；资料索取 YueJiTong@163.com。</p>""",
True, "U04", "粤技通职业技能",
[("qq_group", U04["qg"], "715 203 364"), ("phone", U04["mob"], "13660871254"), ("email", U04["mail"], "YueJiTong@163.com")],
"U04 article repost, honest subsidy description")

P("/wxrepost/a-9.html", "一文读懂：人工智能训练师和生成式人工智能系统应用员有什么不同",
"""<div class="meta">来源公众号：职场观察室 ｜ 2026-03-25</div>
<h1>人工智能训练师 vs 生成式人工智能系统应用员</h1>
<p>人工智能训练师编码 4-04-05-05，含数据标注员、人工智能算法测试员两个工种；生成式人工智能系统应用员是 4-04-05-13，是另一个职业。</p>
<p>人工智能训练师证书属于职业技能等级证书，不是国家职业资格证书，查询请认准 zscx.osta.org.cn。</p>""",
False, None, None, [],
"guide article, non-offer")

P("/wxrepost/a-11.html", "【转】广州南岭职业技术学院 2026 年人工智能训练师（四级）培训招生简章",
"""<div class="meta">来源公众号：南岭职院继续教育 ｜ 2026-04-02</div>
<h1>2026 年人工智能训练师（四级）培训招生简章</h1>
<p>培训 50 学时，地点：学院实训楼 B302。学费 2200 元，认定费另计。报考条件按国家职业技能标准执行。</p>
<p>咨询：继续教育学院 020-61283307（工作日）；邮箱 JXJY@gznlvc.edu.cn</p>""",
True, "U07", "南岭职院继续教育",
[("phone", U07["tel"], "020-61283307"), ("email", U07["mail"], "JXJY@gznlvc.edu.cn")],
"U07 repost of the college's enrolment brochure")

P("/wxrepost/a-15.html", "白云区｜AI 训练师五级夜校班开课啦",
"""<div class="meta">来源公众号：白云技能夜校 ｜ 2026-04-08</div>
<h1>AI 训练师五级夜校班</h1>
<p>每周二、四晚 19:30-21:30，8 周。学费 1380 元。</p>
<p>报名邮箱：baiyun_yexiao@126.com</p>""",
True, "I06", "白云技能夜校",
[("email", "baiyun_yexiao@126.com", "baiyun_yexiao@126.com")],
"independent I06 article repost")

# =============== video (short video) ===============
P("/video/v-88213.html", "羊城AI训练营：三分钟看懂人工智能训练师四级考什么",
"""<div class="video"><div class="player">[视频 03:12]</div><h1>三分钟看懂人工智能训练师四级考什么</h1>
<p class="author">@羊城AI训练营 ｜ 获赞 1.2万</p>
<p class="desc">四级考：基本要求、数据采集和处理、数据标注、智能系统运维。想报班主页见，或V: GZZP_AI2026</p></div>
<div class="comments"><p>网友A：主页那个学校是天河的吗</p><p>羊城AI训练营（作者）：是的，棠下</p></div>""",
True, "U01", "羊城AI训练营",
[("wechat", U01["wx"], "GZZP_AI2026")],
"U01 short-video page under a third brand")

P("/video/v-90117.html", "在家做数据标注月入过万？数标学堂带你入行",
"""<div class="video"><div class="player">[视频 00:58]</div><h1>在家做数据标注月入过万？</h1>
<p class="desc">@数标学堂 佛山线下班 + 人工智能训练师证书，学完推荐接单。合作请发邮件 hr@fsshubiao.com 或加 v：fsbiaozhu</p></div>
<div class="comments"><p>网友B：月入过万是真的吗</p></div>""",
True, "U03", "数标学堂",
[("email", U03["mail"], "hr@fsshubiao.com"), ("wechat", U03["wx"], "fsbiaozhu")],
"U03 short video, income lure")

P("/video/v-90345.html", "不考试也能拿人工智能训练师一级？华夏AI认证告诉你",
"""<div class="video"><div class="player">[视频 01:20]</div><h1>不考试也能拿一级？</h1>
<p class="desc">国家级证书，一级高级技师，不限学历，全程代办。私信或加 wx：hxai-cert</p></div>
<div class="comments"><p>网友C：一级不是要二级证书再干 4 年吗？</p><p>网友D：这种一看就是办假证的</p></div>""",
True, "U05", "华夏AI认证",
[("wechat", U05["wx"], "hxai-cert")],
"U05 short video, scam")

P("/video/v-90501.html", "原价9999限时99！小雅老师带你 7 天拿下 AI 训练师",
"""<div class="video"><div class="player">[视频 00:45]</div><h1>原价9999限时99！7 天拿下 AI 训练师</h1>
<p class="author">@AI小雅老师</p>
<p class="desc">90%小白都能学会！拿到证书便可升职加薪。课程咨询 191 2047 6638，vx：xiaoya_ai99</p></div>""",
True, "U08", "AI小雅老师",
[("phone", U08["mob"], "191 2047 6638"), ("wechat", U08["wx"], "xiaoya_ai99")],
"U08 short video, 原价9999限时99")

P("/video/v-90633.html", "广州人工智能训练师考证｜南沙标注实训基地探访",
"""<div class="video"><div class="player">[视频 02:40]</div><h1>南沙标注实训基地探访</h1>
<p class="author">@南沙智标实训</p>
<p class="desc">五级、四级都能报，实训基地在南沙黄阁。报名电话 020-3458 2291</p></div>""",
True, "I04", "南沙智标实训",
[("phone", "02034582291", "020-3458 2291")],
"independent I04 short video")

# =============== news ===============
P("/news/n-2026-0318.html", "“三证同拿、人社部颁发”？记者调查人工智能训练师考证乱象",
f"""<div class="meta">珠江民生网 记者 林晓 ｜ 2026-03-18</div>
<h1>“三证同拿、人社部颁发”？记者调查人工智能训练师考证乱象</h1>
<p>记者发现，一些广告宣称“零基础直考三级”“包过”，并提供所谓“官网可查”的查询网址。事实上，职业技能等级证书由经备案的评价机构颁发，人社部门不直接发证。</p>
<p>有市民反映，拨打 {SCAM} 交费后对方失联。另一名市民称，对方提供的“查询网站” zgrcpj-cx.com 并非官方网站。</p>
<p>人社部门提醒，证书可在 zscx.osta.org.cn 查询，遇到问题可拨打 12333；消费纠纷可拨打 12315 投诉。</p>""",
False, None, None, [],
"investigative news, non-offer; quotes scam number and fake query domain")

P("/news/n-2026-0412.html", "【教育资讯】AI 时代新技能：易学教育助力广州青年考取人工智能训练师",
f"""<div class="meta">珠江民生网 教育频道 ｜ 2026-04-12 ｜ 推广</div>
<h1>AI 时代新技能：易学教育助力广州青年考取人工智能训练师</h1>
<p>广州易学教育科技有限公司（统一社会信用代码 {USCC_U06}）推出人工智能训练师四级、三级网课，已有上万名学员报名。</p>
<p>报名请访问 www.yixuekz.com 或拨打 400 661 3380。</p>""",
True, "U06", "广州易学教育",
[("uscc", USCC_U06, USCC_U06), ("domain", U06["dom"], "www.yixuekz.com"), ("phone", U06["t400"], "400 661 3380")],
"U06 paid advertorial on news site (offer)")

# =============== college ===============
P("/college/jxjy-2026-ai.html", "继续教育学院 2026 年人工智能训练师（四级）培训招生简章",
"""<h1>2026 年人工智能训练师（四级）培训招生简章</h1>
<p>一、培训对象：符合《人工智能训练师国家职业技能标准（2021年版）》四级申报条件的社会人员及在校生（技工院校相关专业最后一年在读）。</p>
<p>二、培训安排：50 学时，理论与实操结合；学费 2200 元，认定费按评价机构收费标准另计。</p>
<p>三、证书：通过认定者获发职业技能等级证书，可在 zscx.osta.org.cn 查询。</p>
<p>四、联系方式：继续教育学院培训科 020-6128 3307，陈老师 13539482716，邮箱 jxjy@gznlvc.edu.cn。</p>""",
True, "U07", "广州南岭职业技术学院继续教育学院",
[("phone", U07["tel"], "020-6128 3307"), ("phone", U07["mob"], "13539482716"), ("email", U07["mail"], "jxjy@gznlvc.edu.cn")],
"U07 college continuing-education brochure")

P("/college/news-0410.html", "我院举行 2026 年春季田径运动会",
"""<h1>我院举行 2026 年春季田径运动会</h1>
<p>4 月 10 日，我院第十八届田径运动会在东区运动场开幕，来自 12 个二级学院的 800 余名运动员参赛。</p>""",
False, None, None, [], "unrelated college news, non-offer")

# =============== rsj (人社局) ===============
P("/rsj/notice-2026-031.html", "关于开展 2026 年第二批职业技能等级认定工作的通知",
f"""<h1>关于开展 2026 年第二批职业技能等级认定工作的通知</h1>
<p>各有关单位：根据工作安排，现将 2026 年第二批职业技能等级认定（含人工智能训练师五级、四级）有关事项通知如下：</p>
<p>一、认定计划编号：{PLAN}。</p>
<p>二、认定地点：禅城区某技工学校（考点前台电话 {VENUE}，仅受理考务咨询）。</p>
<p>三、证书查询：zscx.osta.org.cn；政策咨询：12333。</p>
<p>四、符合条件的参保人员可按规定申领技能提升补贴。</p>""",
False, None, None, [], "official notice, non-offer; plan number and exam venue")

P("/rsj/notice-2026-044.html", "关于警惕“山寨证书”和虚假查询网站的提示",
f"""<h1>关于警惕“山寨证书”和虚假查询网站的提示</h1>
<p>近期有不法分子以“人社部颁发”“包过”“三证同拿”为噱头招揽学员，并使用 zgrcpj-cx.com 等虚假网站冒充官方查询平台。</p>
<p>职业技能等级证书由经备案的评价机构颁发，请通过 zscx.osta.org.cn、osta.mohrss.gov.cn 查询。有群众反映号码 {SCAM} 涉嫌诈骗，请勿转账。</p>
<p>如有疑问请拨打 12333，消费维权请拨打 12315。</p>""",
False, None, None, [], "official warning, non-offer")

# =============== shop ===============
P("/shop/item-66.html", "人工智能训练师三级证书 报名 包过 人社部颁发 三证同拿",
f"""<h1>人工智能训练师三级证书报名【包过】</h1>
<p class="price">¥3980 <del>¥6980</del> ｜ 月销 216</p>
<p class="store">店铺：中科智鉴教育旗舰店</p>
<p>人社部颁发，国家职业资格证书，入库可查，不过退款。拍下后联系客服微信 zkzj8899 或电话 178 2059 6314 提交资料。</p>
<p>证书样本编号 {SAMPLE_CERT}</p>
<div class="reviews"><p>买家 t***9：已拍，等证。</p></div>""",
True, "U02", "中科智鉴教育旗舰店",
[("wechat", U02["wx"], "zkzj8899"), ("phone", U02["mob"], "178 2059 6314")],
"U02 shop listing, price per certificate, 包过")

P("/shop/item-71.html", "AI训练师 一级 高级技师 证书代办 加急",
f"""<h1>人工智能训练师一级（高级技师）代办 加急 15 天</h1>
<p class="price">¥6800</p>
<p class="store">店铺：华夏AI认证服务店</p>
<p>免考免培训，官方认证，全国通用。付款后请核对收款方：深圳市华夏智联信息咨询有限公司（统一社会信用代码 {USCC_U05}）。</p>
<p>售后请加 V 信：hxai一cert（一 改成 -），或电话 18922734561。</p>""",
True, "U05", "华夏AI认证服务店",
[("other", U05["payee"], U05["payee"]), ("uscc", USCC_U05, USCC_U05), ("phone", U05["mob"], "18922734561"), ("wechat", U05["wx"], "hxai一cert")],
"U05 shop listing, 免考 scam; payee name")

P("/shop/item-80.html", "易学考证 人工智能训练师四级网课 + 题库 年卡",
"""<h1>人工智能训练师四级网课 + 题库 年卡</h1>
<p class="price">¥899</p><p class="store">店铺：易学考证官方店</p>
<p>下单后添加助教微信 Yixue_KZ 激活课程，或拨打 4006613380。</p>""",
True, "U06", "易学考证官方店",
[("wechat", U06["wx"], "Yixue_KZ"), ("phone", U06["t400"], "4006613380")],
"U06 shop listing")

P("/shop/item-92.html", "小雅AI课堂 AI训练师入门课 99元",
"""<h1>AI训练师入门课（小雅AI课堂）</h1>
<p class="price">¥99 <del>¥9999</del></p><p class="store">店铺：小雅AI课堂</p>
<p>拍下后加 QQ 1902773645 进群，学完送证书报考名额。售后电话 19120476638。</p>""",
True, "U08", "小雅AI课堂",
[("qq", U08["qq"], "1902773645"), ("phone", U08["mob"], "19120476638")],
"U08 shop listing")

P("/shop/item-105.html", "人工智能训练师五级 标注工具实操课（录播）",
"""<h1>人工智能训练师五级 标注工具实操课（录播）</h1>
<p class="price">¥299</p><p class="store">店铺：标注匠人工作室</p>
<p>仅为实操课程，不含认定报名，不承诺拿证。作者邮箱 biaozhujiangren@qq.com</p>""",
True, "I05", "标注匠人工作室",
[("email", "biaozhujiangren@qq.com", "biaozhujiangren@qq.com")],
"independent I05 shop listing, honest")

# ---------- index pages ----------
SITE_DESC = {
 "gzzhipei": "培训机构官网", "kecheng": "课程平台", "bbs": "本地论坛", "fenlei": "分类信息",
 "wenda": "问答社区", "wxrepost": "公众号文章聚合", "video": "短视频平台", "news": "地方新闻",
 "college": "高职院校", "rsj": "区人社局", "shop": "网店平台"}

def site_pages(key):
    return [p for p in PAGES if p["path"].startswith("/" + key + "/")]

for key in ORDER:
    items = "".join(f'<li><a href="{p["path"].split("/")[-1]}">{html.escape(p["title"])}</a></li>' for p in site_pages(key))
    P(f"/{key}/index.html", f"{SITES[key]['name']} - 首页",
      f"<h1>{SITES[key]['name']}</h1><p>{SITE_DESC[key]}</p><ul class=\"list\">{items}</ul>",
      False, None, None, [], f"index page of {key}")

# ---------- render ----------
def render(p):
    key = p["path"].split("/")[1]
    s = SITES[key]
    menu = " | ".join(f'<a href="/{key}/index.html">{m}</a>' for m in s["menu"])
    crumbs = f'<a href="/index.html">导航</a> &gt; <a href="/{key}/index.html">{s["name"]}</a>'
    if not p["path"].endswith("index.html"):
        crumbs += f' &gt; {html.escape(p["title"][:20])}'
    others = [q for q in site_pages(key) if q is not p and not q["path"].endswith("index.html")][:4]
    side = "".join(f'<li><a href="{q["path"]}">{html.escape(q["title"][:24])}</a></li>' for q in others)
    extra = ""
    if key == "kecheng":
        extra = '<div class="consult"><p>免费咨询</p><input placeholder="手机号，如 13800138000"><input placeholder="邮箱，如 yourname@example.com"></div>'
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(p['title'])}</title>
<style>body{{font-family:sans-serif;margin:0}} header{{background:{s['color']};color:#fff;padding:8px}} header a{{color:#fff}} .wrap{{display:flex}} main{{flex:3;padding:12px}} aside{{flex:1;padding:12px;background:#f4f4f4}} footer{{font-size:12px;color:#666;padding:10px;border-top:1px solid #ddd}}</style>
</head><body>
<header><b>{s['name']}</b> <nav>{menu}</nav></header>
<div class="crumbs">{crumbs}</div>
<div class="wrap"><main>
{p['body']}
</main><aside><h3>相关推荐</h3><ul>{side}</ul>{extra}</aside></div>
<footer>{s['footer']} | © 2026 {s['domain']}</footer>
</body></html>
"""

# ---------- decoys ----------
DECOYS = [
 ("phone", "12333", ["12333"], "national 人社 service hotline, quoted on many pages and in the rsj footer"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline quoted in complaints and news"),
 ("phone", "12377", ["12377"], "internet illegal-content reporting hotline in the Q&A platform footer"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site, cited by honest sellers and warnings alike"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("domain", "hrss.gd.gov.cn", ["hrss.gd.gov.cn"], "Guangdong 人社厅 site quoted in a guide"),
 ("phone", "4006551234", ["400-655-1234"], "course marketplace's own customer-service line in its footer"),
 ("email", "kefu@xuebakc.com", ["kefu@xuebakc.com"], "course marketplace footer e-mail"),
 ("other", "粤ICP备19023311号", ["粤ICP备19023311号"], "course marketplace ICP number in footer"),
 ("domain", "xuebakc.com", ["xuebakc.com"], "course marketplace's own domain"),
 ("qq_group", "638201457", ["638201457"], "forum's moderator QQ group in footer"),
 ("email", "jubao@fsluntan.net", ["jubao@fsluntan.net"], "forum's report e-mail in footer"),
 ("phone", "02022330101", ["020-2233 0101"], "classifieds platform customer-service number in footer"),
 ("other", "粤ICP备18047733号", ["粤ICP备18047733号-2"], "classifieds platform ICP in footer"),
 ("email", "qinquan@wxwen8.com", ["qinquan@wxwen8.com"], "WeChat-repost aggregator's takedown e-mail"),
 ("phone", "4009023311", ["400-902-3311"], "short-video platform's report line in footer"),
 ("phone", "02087116600", ["020-8711 6600"], "news site hotline in footer"),
 ("phone", "02061288000", ["020-6128 8000"], "college switchboard in footer (not the continuing-education office line)"),
 ("phone", "95188", ["95188"], "Alipay customer service (payment platform) in shop footer"),
 ("qq", "800183366", ["800183366"], "shop platform's own customer-service QQ in footer"),
 ("phone", "075783032219", [VENUE], "exam venue front desk quoted by the official notice and by two sellers"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by two unrelated sellers"),
 ("phone", "+8615720260502", [PLAN], "an official 认定计划编号 that looks like a mobile number, quoted by two sellers and the notice"),
 ("other", SAMPLE_CERT, [SAMPLE_CERT], "sample certificate number copied by unrelated pages"),
 ("phone", "+8613800138000", ["13800138000"], "form placeholder number"),
 ("email", "yourname@example.com", ["yourname@example.com"], "form placeholder e-mail"),
 ("wechat", "lily_fs88", ["lily_fs88"], "a reader's own WeChat left in comments under two different sellers' threads"),
 ("qq", "804417725", ["804417725"], "a Q&A asker's own QQ on two questions answered by different sellers"),
 ("phone", "+8617728391046", [SCAM], "scam number quoted in a complaint, news and an official warning"),
 ("domain", "zgrcpj-cx.com", ["zgrcpj-cx.com"], "fake query domain named in news and official warning (no seller page in this web)"),
]

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    texts = {}
    for p in PAGES:
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        t = render(p)
        texts[p["path"]] = t
        with open(fp, "w", encoding="utf-8") as f:
            f.write(t)
    hub = "".join(f'<li><a href="/{k}/index.html">{SITES[k]["name"]}</a>（{SITE_DESC[k]}）</li>' for k in ORDER)
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head><body><h1>网址导航</h1><ul>{hub}</ul></body></html>\n')
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for k, v, ws, why in DECOYS:
        pages = sorted(path for path, t in texts.items() if any(w in t for w in ws))
        decoys.append({"kind": k, "value": v, "written": ws, "pages": pages, "why": why})
    truth = {"pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")} for p in PAGES],
             "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
