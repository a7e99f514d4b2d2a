#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json next to this file."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------- USCC (GB 32100 + GB 11714) ----------------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def _orgcheck(body8):
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    s = sum(val(c) * w for c, w in zip(body8, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))
def uscc(prefix8, body8):
    s17 = prefix8 + body8 + _orgcheck(body8)
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(s17, W18)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

USCC1 = uscc("52420111", "MJ381927")   # 武汉智训职业培训学校 (民办非企业)
USCC2 = uscc("91430104", "MA4Q7T2B")   # 长沙湘江数智教育科技有限公司
USCC3 = uscc("91110105", "MA01XK3R")   # 中科国培(北京)教育科技有限公司
USCC7 = uscc("91110108", "MA02B7H5")   # 北京智途职教科技有限公司
USCC_KDD = uscc("91330106", "MA2HP6L4")  # 课多多 platform (decoy)

def mob(d): return "+86" + d

# ---------------- sites and frames ----------------
SITES = {
 "whzx": dict(name="武汉智训职业培训学校", dom="www.whzxpx.com", city="武汉"),
 "xjsz": dict(name="湘江数智教育", dom="www.xjszedu.com", city="长沙"),
 "kecheng": dict(name="课多多 · 职业技能课程平台", dom="www.keduoduo.com", city="全国"),
 "fenlei": dict(name="好赶集分类信息网", dom="www.haoganji.cn", city="武汉/长沙"),
 "tieba": dict(name="湘鄂论坛 · 考证吧", dom="bbs.xiangebbs.com", city="湖南湖北"),
 "wx": dict(name="微资讯精选(公众号文章转载)", dom="www.wzjx-daily.com", city=""),
 "rsj": dict(name="某市人力资源和社会保障局", dom="rsj.example-city.gov.cn", city="武汉"),
 "wenda": dict(name="知道啦问答", dom="www.zhidaola.com", city=""),
 "douyin": dict(name="快看短视频", dom="www.kkvideo.cn", city=""),
 "shop": dict(name="好物铺商城", dom="www.haowupu.com", city=""),
}

FOOT = {
 "whzx": "<p>武汉智训职业培训学校 · 地址:武汉市洪山区光谷大道77号金融港B座3楼 · 招生办:027-8765 1102 · 邮箱:zhixun_edu@163.com</p><p>统一社会信用代码:" + USCC1 + " · 鄂ICP备20011873号-1 · www.whzxpx.com</p>",
 "xjsz": "<p>长沙湘江数智教育科技有限公司 版权所有 · 全国咨询热线:400-867-5213 · 湘ICP备2021004417号-1</p><p>地址:长沙市岳麓区麓谷大道627号 · 统一社会信用代码 " + USCC2 + "</p>",
 "kecheng": "<p>课多多(www.keduoduo.com)仅提供信息发布与交易服务,课程内容由入驻机构负责。</p><p>平台客服:400-616-8820(9:00-21:00) · 投诉邮箱:kf@keduoduo.com · 杭州课多多网络科技有限公司 统一社会信用代码:" + USCC_KDD + " · 浙ICP备19022635号-3</p>",
 "fenlei": "<p>好赶集分类信息网 www.haoganji.cn · 信息由网友发布,请谨慎交易,凡是先收费的都要提高警惕!</p><p>鄂ICP备16038872号-2 · 违法和不良信息举报:jubao@haoganji.cn</p>",
 "tieba": "<p>湘鄂论坛 bbs.xiangebbs.com · 吧友交流QQ群:681203395 · 发帖请遵守版规,禁止发布广告</p><p>湘ICP备18005521号</p>",
 "wx": "<p>本站内容转载自微信公众号,版权归原作者所有,如有侵权请联系删除。本站微信:wzjx_2018</p><p>微资讯精选 www.wzjx-daily.com · 粤ICP备17093310号</p>",
 "rsj": "<p>主办:某市人力资源和社会保障局 · 政务服务热线:12333 · 网站标识码 4201000023</p><p>rsj.example-city.gov.cn · 鄂ICP备05003319号</p>",
 "wenda": "<p>知道啦问答 www.zhidaola.com · 回答内容仅代表网友观点 · 举报邮箱:jubao@zhidaola.com</p><p>京ICP备15046218号-7</p>",
 "douyin": "<p>快看短视频 网页版 · 侵权投诉/用户反馈:feedback@kkvideo.cn · 未成年人守护热线 400-140-2108</p><p>沪ICP备20017735号</p>",
 "shop": "<p>好物铺商城 www.haowupu.com · 平台客服QQ:800061278 · 消费者权益保护:请通过平台担保交易付款</p><p>苏ICP备19064422号-1</p>",
}

MENUS = {
 "whzx": ["首页", "人工智能训练师", "数据标注员", "补贴政策", "学员风采", "联系我们"],
 "xjsz": ["首页", "课程中心", "职业技能认定", "企业内训", "关于湘江"],
 "kecheng": ["首页", "IT互联网", "职业考证", "人工智能", "学历提升", "我的课程"],
 "fenlei": ["首页", "招聘", "二手", "教育培训", "生活服务", "免费发布"],
 "tieba": ["进吧", "看贴", "精品", "图片", "吧务"],
 "wx": ["首页", "教育", "职场", "科技", "本地"],
 "rsj": ["首页", "政务公开", "通知公告", "办事服务", "政策解读", "互动交流"],
 "wenda": ["首页", "职业考证", "教育", "科技", "我要提问"],
 "douyin": ["推荐", "关注", "知识", "职场", "直播"],
 "shop": ["首页", "教育培训", "数码", "图书", "店铺街"],
}

STYLE = {
 "whzx": "body{font-family:SimSun;background:#f3f7fb}header{background:#0b4aa2;color:#fff}",
 "xjsz": "body{font-family:'Microsoft YaHei';background:#fff}nav{background:#c4161c}",
 "kecheng": "body{font-family:PingFang SC;background:#f5f5f5}.course{background:#fff}",
 "fenlei": "body{font-size:12px}.post{border:1px solid #ddd}",
 "tieba": "body{background:#eef}.floor{border-bottom:1px dashed #999}",
 "wx": "body{max-width:680px;margin:auto}.rich_media_title{font-size:22px}",
 "rsj": "body{font-family:SimSun}.gov-head{background:#b50000;color:#fff}",
 "wenda": ".answer{border-top:1px solid #eee}",
 "douyin": "body{background:#161823;color:#eee}",
 "shop": ".sku{color:#f40}",
}

PAGES = []   # dicts

def P(path, site, title, body, offer=False, op=None, provider=None, ids=(), note="", crumbs=None, side=""):
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=offer,
                      operator=op, provider=provider, identifiers=[list(x) for x in ids],
                      note=note, crumbs=crumbs, side=side))

# ---------------- identifiers ----------------
M1, T1, WX1, E1 = "13971234586", "02787651102", "whzx_ai", "zhixun_edu@163.com"
ICP1 = "鄂ICP备20011873号-1"
T400, QQ2, WX2, ICP2 = "4008675213", "2850471936", "xjsz-laoshi", "湘ICP备2021004417号-1"
M3, WX3, QQ3, PAYEE3 = "18627459031", "gzrc2026", "3217748805", "武汉鼎拓企业管理咨询有限公司"
M4, E4, T4 = "15927306618", "ctzx_px@126.com", "02759237710"
D5, WX5, M5 = "zgznrc-cx.com", "ai_rcg88", "17773125590"
QG6, WX6, T6 = "836120457", "xcbz_data", "073184552019"
E7, D7, WX7, M7 = "service@zhitu-ai.cn", "zhitu-ai.cn", "zhitu_kefu01", "13548761209"
M8, WX8 = "18871023365", "jczp_188"
T9, E9 = "073188963021", "lgai_school@qq.com"

WHZX_FOOT_IDS = [("phone", T1, "027-8765 1102"), ("email", E1, "zhixun_edu@163.com"),
                 ("uscc", USCC1, USCC1), ("other", ICP1, ICP1), ("domain", "whzxpx.com", "www.whzxpx.com")]
XJSZ_FOOT_IDS = [("phone", T400, "400-867-5213"), ("other", ICP2, ICP2), ("uscc", USCC2, USCC2)]

CERT_SAMPLE = "S000042000001265000123"

# ---------------- pages: training school U01 (Wuhan) ----------------
P("/whzx/rgznxls-5ji.html", "whzx", "人工智能训练师(五级/初级工)周末班招生简章",
  f"""<h1>2026年人工智能训练师(五级/初级工)周末班招生简章</h1>
<p>职业编码 4-04-05-05,工种:数据标注员。本校为经备案的职业技能等级认定点合作培训单位,培训60课时(理论30%+实操70%),考核合格由备案评价机构颁发职业技能等级证书,可在技能人才评价证书全国联网查询平台 zscx.osta.org.cn 查询。</p>
<p><b>报考条件:</b>累计从事本职业或相关职业工作满1年,或本职业学徒期满。不符合条件的同学请勿报名,我们不代办。</p>
<p><b>费用:</b>培训费1680元,认定费按物价部门标准另收。符合条件的参保职工取证后可申领失业保险技能提升补贴(五级最高1000元),具体以人社部门审核为准,政策咨询可拨打12333。</p>
<p>本期认定批次号:13720260418,考点:光谷职业技术学院实训楼(考点不受理报名)。</p>
<p>报名电话/微信同号:139 7123 4586 (李老师) · 样证编号示例 {CERT_SAMPLE}(仅展示格式,非真实证书)</p>""",
  True, "U01", "武汉智训职业培训学校",
  [("phone", mob(M1), "139 7123 4586")] + WHZX_FOOT_IDS,
  "training school's own course page, honest level-5 offer",
  side="<h4>热门课程</h4><ul><li><a href='/whzx/rgznxls-4ji.html'>四级/中级工</a></li></ul>")
P("/whzx/rgznxls-4ji.html", "whzx", "人工智能训练师(四级/中级工)脱产班",
  """<h1>人工智能训练师四级(中级工)脱产班 · 5月开班</h1>
<p>面向已取得五级证书并从事相关工作满4年、或技工院校相关专业毕业生。课程含数据采集和处理、数据标注、智能系统运维三大模块,共50课时。</p>
<p>认定考试在光谷职业技术学院进行,考点前台 027-8765 4321 仅提供考场路线咨询,报名请联系我校。</p>
<p>咨询:13971234586 · 加微信 whzx_ai 领取《认定要素细目表》学习资料。</p>""",
  True, "U01", "武汉智训职业培训学校",
  [("phone", mob(M1), "13971234586"), ("wechat", WX1, "whzx_ai")] + WHZX_FOOT_IDS,
  "training school's own course page, level 4, honest eligibility")

# ---------------- U02 training company (Changsha) ----------------
P("/xjsz/kc-ai-sanji.html", "xjsz", "人工智能训练师三级(高级工)认证培训",
  f"""<h1>人工智能训练师三级(高级工)——人社部颁发,全国通用</h1>
<p>湘江数智携手多家评价机构开展人工智能训练师职业技能等级认定。证书人社部颁发,官网可查,全国通用!</p>
<p>补贴后几乎免费:参保满一年的学员取证后可申领技能提升补贴,三级最高2000元(湖南紧缺工种上浮30%)。</p>
<p>课程:业务分析、智能训练、智能系统设计、培训与指导。线上直播+长沙线下实操。</p>
<p>样证展示:证书编号 {CERT_SAMPLE}</p>
<p>全国热线:400-867-5213 · 官网 www.xjszedu.com</p>""",
  True, "U02", "湘江数智教育",
  [("domain", "xjszedu.com", "www.xjszedu.com")] + XJSZ_FOOT_IDS,
  "company course page, misleading '人社部颁发' wording")
P("/xjsz/kc-ai-siji.html", "xjsz", "人工智能训练师四级 数据标注方向",
  """<h1>四级/中级工 · 数据标注方向 · 长沙岳麓校区</h1>
<p>零基础也能学!三个月从数据标注员到中级工。签约学员推荐合作企业实习。</p>
<p>课程顾问QQ:2850471936(备注"训练师")· 热线 400-867-5213</p>""",
  True, "U02", "湘江数智教育",
  [("qq", QQ2, "2850471936")] + XJSZ_FOOT_IDS,
  "company course page, level 4, '零基础' pitch")
P("/wx/article-0412.html", "wx", "长沙人注意!2026年人工智能训练师补贴政策来了",
  """<h1 class="rich_media_title">长沙人注意!2026年人工智能训练师补贴政策来了(附报名方式)</h1>
<p class="meta">原创 湘江数智教育 长沙职场圈 2026-03-12</p>
<p>人工智能训练师是人社部、市场监管总局、国家统计局联合发布的新职业,职业编码4-04-05-05。持证可按规定申领技能补贴,五级1000元、四级1500元、三级2000元。</p>
<p>哪些人可以报?在职人员、应届毕业生、转行人员……名额有限,先到先得!</p>
<p>报名咨询:4008-675-213 或添加老师微信 xjsz-laoshi</p>
<p>阅读 3024 · 在看 41</p>""",
  True, "U02", "湘江数智教育",
  [("phone", T400, "4008-675-213"), ("wechat", WX2, "xjsz-laoshi")],
  "WeChat advertorial repost by U02")
P("/wenda/q-1187.html", "wenda", "长沙哪里可以考人工智能训练师?",
  """<h1>长沙哪里可以考人工智能训练师证书?大概多少钱?</h1>
<div class="question">提问者:匿名用户 · 2026-02-20 · 浏览 1288</div>
<div class="answer"><p><b>湘江数智-周老师</b>(认证:教育机构):</p>
<p>您好,我们湘江数智常年开班,五级到三级都可以报,线上学习+长沙线下考试,补贴后几乎免费。具体可以加我薇:xjsz-laoshi 发您招生简章。</p></div>
<div class="answer"><p><b>路人甲</b>:建议先去人社局官网查一下评价机构,别被忽悠了。</p></div>""",
  True, "U02", "湘江数智-周老师",
  [("wechat", WX2, "xjsz-laoshi")],
  "Q&A answer by U02 salesperson")

# ---------------- U03 dishonest national seller ----------------
P("/douyin/v-7321.html", "douyin", "零基础直接考人工智能训练师一级",
  """<h1>零基础直接拿人工智能训练师一级!人社部颁发国家职业资格证书</h1>
<div class="video-desc"><p>@国职人才评价中心 · 2.3万赞</p>
<p>不限学历 不限经验 免培训 包过!一级二级三级三证一起报更优惠,官网可查,挂靠年入3万+!</p>
<p>私信或者加vx: gzrc2026 电话 +86 186 2745 9031</p></div>
<div class="comments"><p>用户a:真的包过吗?</p><p>国职人才评价中心:百分百通过,不过全退</p></div>""",
  True, "U03", "国职人才评价中心",
  [("wechat", WX3, "gzrc2026"), ("phone", mob(M3), "+86 186 2745 9031")],
  "short video ad: level 1 to beginners, 包过, 挂靠, 国家职业资格 misdescription")
P("/shop/item-5521.html", "shop", "人工智能训练师证书报名 一级/二级/三级 全国可查",
  f"""<h1>【国职证书服务旗舰店】人工智能训练师 一级二级三级 报名考试 全国通用</h1>
<p class="sku">¥3980 <del>¥9800</del> · 已售 612</p>
<p>下单即安排考试,无需到场,45天出证,国家级证书,入库可查。三证同报立减1500!</p>
<p>店铺主体:中科国培(北京)教育科技有限公司 营业执照:{USCC3}</p>
<p>售后咨询 扣扣:3217748805 / 手机 18627459031 · 支付宝担保交易,付款问题请拨支付宝客服95188</p>""",
  True, "U03", "国职证书服务旗舰店",
  [("qq", QQ3, "3217748805"), ("phone", mob(M3), "18627459031"), ("uscc", USCC3, USCC3)],
  "shop listing: per-certificate price, multi-level bundle, '国家级'")
P("/fenlei/cs-post-8812.html", "fenlei", "长沙 人工智能训练师证 快速拿证",
  f"""<h1>人工智能训练师证 高级技师 快速拿证 不用考试</h1>
<div class="post"><p>类别:教育培训 > 职业技能 · 区域:长沙 雨花区 · 发布:2026-03-02</p>
<p>国职认证服务中心长期代办人工智能训练师一级/二级证,无需学历,零基础可报,15天出证,人社部联网可查。</p>
<p>联系人:张经理 186 2745 9031</p>
<p>对公转账户名:{PAYEE3}</p></div>""",
  True, "U03", "国职认证服务中心",
  [("phone", mob(M3), "186 2745 9031"), ("other", PAYEE3, PAYEE3)],
  "classified: certificate without exam, payee name")
P("/tieba/p-550213.html", "tieba", "有没有想考人工智能训练师的,包过",
  """<h1>【分享】有没有想考人工智能训练师的?包过,不过退费</h1>
<div class="floor"><p>1楼 国职小助手:</p><p>人工智能训练师一级二级都可以报,不看学历,国家承认。想了解的加V:GZRC2026,或者扣扣3217748805</p></div>
<div class="floor"><p>2楼 江城小白:这种能信吗?</p></div>
<div class="floor"><p>3楼 lily学姐:同问,我也想考,楼主加我vx lily_study88 详细说说</p></div>""",
  True, "U03", "国职小助手",
  [("wechat", WX3, "GZRC2026"), ("qq", QQ3, "3217748805")],
  "forum ad thread by U03; reader's own wechat in a reply")

# ---------------- U04 Wuhan honest training centre ----------------
P("/kecheng/course-1045.html", "kecheng", "人工智能训练师(四级)系统班-楚天AI职训",
  """<h1>人工智能训练师(四级/中级工)系统班 · 武汉面授</h1>
<p class="org">开课机构:楚天AI职训 · 评分 4.8 · 学员 1,206</p>
<p>课程依据《人工智能训练师国家职业技能标准(2021年版)》设计,共50课时。认定由备案评价机构组织,我们不承诺通过。</p>
<p>本期认定批次号:13720260418(与光谷考点同批)。</p>
<p>机构联系方式:15927306618 · 资料索取:ctzx_px@126.com</p>""",
  True, "U04", "楚天AI职训",
  [("phone", mob(M4), "15927306618"), ("email", E4, "ctzx_px@126.com")],
  "marketplace course listing, honest level-4 class")
P("/wx/article-0420.html", "wx", "郑重声明:谨防冒用我中心名义收费",
  """<h1 class="rich_media_title">人工智能训练师春季班开课啦 | 附郑重声明</h1>
<p class="meta">楚天智能职业技能培训中心 2026-03-20</p>
<p>春季班(五级、四级)3月28日开课,地点:武汉市江岸区解放大道1138号。认定考试在光谷职业技术学院,考点前台电话027-87654321(仅问路)。</p>
<p><b>郑重声明:</b>近期有人冒用我中心名义,使用电话 171 2036 8845 收取"包过费",与本中心无关。我中心唯一报名渠道:027-5923 7710,邮箱 CTZX_PX@126.com。</p>""",
  True, "U04", "楚天智能职业技能培训中心",
  [("email", E4, "CTZX_PX@126.com"), ("phone", T4, "027-5923 7710")],
  "WeChat repost by U04; quotes an impostor's number (decoy) and the venue desk")
P("/fenlei/wh-post-3378.html", "fenlei", "江岸区 人工智能训练师 数据标注员培训",
  """<h1>江岸 人工智能训练师/数据标注员 小班培训 可申请补贴</h1>
<div class="post"><p>类别:教育培训 > 职业技能 · 区域:武汉 江岸区</p>
<p>楚天智能职训中心,五级/四级小班,参保满一年可申领技能提升补贴。</p>
<p>电话:(027)59237710</p></div>""",
  True, "U04", "楚天智能职训中心",
  [("phone", T4, "(027)59237710")],
  "classified by U04, landline only")
P("/wenda/q-1202.html", "wenda", "武汉人工智能训练师培训哪家靠谱",
  """<h1>武汉人工智能训练师培训哪家比较靠谱?</h1>
<div class="question">提问者:光谷打工人 · 2026-03-05</div>
<div class="answer"><p><b>楚天AI职训王老师</b>:</p><p>可以看看是否有备案评价机构合作、是否讲清楚报考条件。我们这边四级班下月开,电话159-2730-6618。</p></div>
<div class="answer"><p><b>热心网友</b>:证书能不能查,去zscx.osta.org.cn输入姓名证件号证书编号一查就知道。</p></div>""",
  True, "U04", "楚天AI职训",
  [("phone", mob(M4), "159-2730-6618")],
  "Q&A answer by U04")

# ---------------- U05 Changsha dishonest, fake query site ----------------
P("/douyin/v-7388.html", "douyin", "三证合一 人工智能训练师",
  """<h1>人工智能训练师+数据标注员+AIGC应用师 三证合一!</h1>
<div class="video-desc"><p>@湖南AI人才港 · 8721赞</p>
<p>90%小白都能学会,原价9999限时1999!证书官网可查:zgznrc-cx.com(国家人工智能人才库)。</p>
<p>评论区扣"1"或加微信 ai_rcg88,支付宝担保交易,支付问题联系95188</p></div>""",
  True, "U05", "湖南AI人才港",
  [("domain", D5, "zgznrc-cx.com"), ("wechat", WX5, "ai_rcg88")],
  "short video: 三证 bundle, fake query domain")
P("/wx/article-0433.html", "wx", "人工智能训练师证书查询入口",
  """<h1 class="rich_media_title">人工智能训练师证书怎么查?官方查询入口在这里</h1>
<p class="meta">AI人才港 湖南 2026-03-25</p>
<p>很多学员问证书在哪查,本证书已录入国家人工智能人才数据库,登录 www.zgznrc-cx.com 输入证书编号即可查询,可用于积分落户、职称评定!</p>
<p>报名热线:177-7312-5590(长沙)</p>""",
  True, "U05", "AI人才港",
  [("domain", D5, "www.zgznrc-cx.com"), ("phone", mob(M5), "177-7312-5590")],
  "WeChat repost: fake query site, 职称 overclaim")
P("/tieba/p-550388.html", "tieba", "长沙考人工智能训练师证的看过来",
  """<h1>长沙考人工智能训练师证的看过来,官网可查</h1>
<div class="floor"><p>1楼 人才港-小陈:</p><p>湖南AI人才港本月还有名额,三证一起拿,证书可以落户加分,电话17773125590</p></div>
<div class="floor"><p>2楼 岳麓山下:落户加分?长沙落户本来就很宽吧</p></div>""",
  True, "U05", "湖南AI人才港",
  [("phone", mob(M5), "17773125590")],
  "forum ad by U05")

# ---------------- U06 Changsha data-annotation school ----------------
P("/kecheng/course-1066.html", "kecheng", "数据标注员实战课(人工智能训练师五级)",
  """<h1>数据标注员实战课 · 对应人工智能训练师五级</h1>
<p class="org">开课机构:星城智标数据标注培训 · 评分 4.6</p>
<p>图像、语音、文本标注实操,结课推荐长沙标注基地兼职。报名表:jinshuju.net/f/Xc8bZq</p>
<p>学员QQ群:836120457 · 班主任微信:xcbz_data</p>""",
  True, "U06", "星城智标数据标注培训",
  [("qq_group", QG6, "836120457"), ("wechat", WX6, "xcbz_data")],
  "marketplace listing by U06, form tool link")
P("/fenlei/cs-post-8870.html", "fenlei", "长沙 数据标注员 人工智能训练师培训 包推荐兼职",
  """<h1>开福区 数据标注/人工智能训练师五级 培训+兼职推荐</h1>
<div class="post"><p>类别:教育培训 · 区域:长沙 开福区</p>
<p>星城智标,手把手教数据标注,考证可申请补贴。</p>
<p>微信:XCBZ_Data 座机:0731-8455 2019</p></div>""",
  True, "U06", "星城智标",
  [("wechat", WX6, "XCBZ_Data"), ("phone", T6, "0731-8455 2019")],
  "classified by U06")
P("/shop/item-5580.html", "shop", "数据标注员入门课+人工智能训练师五级报名",
  """<h1>【星城智标】数据标注员入门课 + 人工智能训练师(五级)报名指导</h1>
<p class="sku">¥1280 · 已售 87</p>
<p>线下上课地点长沙开福区,课程咨询座机073184552019。认定费用按评价机构标准另付。</p>""",
  True, "U06", "星城智标",
  [("phone", T6, "073184552019")],
  "shop listing by U06")

# ---------------- U07 online national, misleading authority wording ----------------
P("/kecheng/course-1090.html", "kecheng", "人工智能训练师三级 在线认证班-智途AI学院",
  f"""<h1>人工智能训练师三级(高级工)在线认证班</h1>
<p class="org">开课机构:智途AI学院 · 评分 4.3</p>
<p>人社部认证的新职业!工信部认证体系同步学习,职业技能等级证书直接对应职称证书。</p>
<p>机构官网 zhitu-ai.cn · 商务合作 service@zhitu-ai.cn · 主体:北京智途职教科技有限公司({USCC7})</p>""",
  True, "U07", "智途AI学院",
  [("domain", D7, "zhitu-ai.cn"), ("email", E7, "service@zhitu-ai.cn"), ("uscc", USCC7, USCC7)],
  "marketplace listing by U07: '人社部认证的新职业', 职称 overclaim")
P("/douyin/v-7402.html", "douyin", "AI训练师月入过万",
  """<h1>AI训练师月入过万?三个月零基础转行</h1>
<div class="video-desc"><p>@智途职教 · 1.1万赞</p>
<p>人工智能训练师,人社部认证新职业,学完考三级证,拿到证书便可升职加薪!课程详情看主页 zhitu-ai.cn</p>
<p>领资料加 V:zhitu_kefu01</p></div>""",
  True, "U07", "智途职教",
  [("wechat", WX7, "zhitu_kefu01"), ("domain", D7, "zhitu-ai.cn")],
  "short video by U07")
P("/wenda/q-1230.html", "wenda", "人工智能训练师三级可以线上考吗",
  """<h1>人工智能训练师三级可以全程线上考吗?</h1>
<div class="question">提问者:宝妈想转行 · 2026-03-09</div>
<div class="answer"><p><b>智途AI学院-课程顾问</b>:</p><p>可以的,我们全程线上学习,工信部认证体系,加微信zhitu_kefu01或致电13548761209了解。</p></div>""",
  True, "U07", "智途AI学院",
  [("wechat", WX7, "zhitu_kefu01"), ("phone", mob(M7), "13548761209")],
  "Q&A answer by U07")
P("/wx/article-0451.html", "wx", "2026人工智能训练师报考指南",
  f"""<h1 class="rich_media_title">人社新认证职业!2026年人工智能训练师报考指南</h1>
<p class="meta">智途职教 2026-03-28</p>
<p>报考条件、考试科目、证书用途一文讲清。三级证书可对应助理工程师……</p>
<p>咨询电话:135 4876 1209 · 北京智途职教科技有限公司 统一社会信用代码:{USCC7}</p>""",
  True, "U07", "智途职教",
  [("phone", mob(M7), "135 4876 1209"), ("uscc", USCC7, USCC7)],
  "WeChat repost by U07, SEO-guide style")

# ---------------- U08 Wuhan 挂靠 lure ----------------
P("/fenlei/wh-post-3402.html", "fenlei", "武汉 人工智能训练师证 挂靠 年入三万",
  """<h1>考人工智能训练师证,挂靠企业年入3万,躺赚!</h1>
<div class="post"><p>类别:教育培训 · 区域:武汉 硚口区</p>
<p>江城职培网:包过班,不过全额退款。考点就在光谷,前台 027-8765 4321 可问路。</p>
<p>报名热线:１８８７１０２３３６５</p></div>""",
  True, "U08", "江城职培网",
  [("phone", mob(M8), "１８８７１０２３３６５")],
  "classified: 挂靠 income lure, 包过, full-width digits")
P("/tieba/p-550451.html", "tieba", "人工智能训练师证书挂靠靠谱吗",
  """<h1>人工智能训练师证书拿了可以挂靠吗?</h1>
<div class="floor"><p>1楼 江城职培-阿杰:</p><p>可以的,我们帮学员对接企业挂靠,一年三万左右。微信 jczp_188,电话 188 7102 3365</p></div>
<div class="floor"><p>2楼 老考证人:AI训练师谁要挂靠?别信</p></div>
<div class="floor"><p>3楼 lily学姐:想了解,vx lily_study88</p></div>""",
  True, "U08", "江城职培",
  [("wechat", WX8, "jczp_188"), ("phone", mob(M8), "188 7102 3365")],
  "forum ad by U08, reader wechat in reply")
P("/shop/item-5602.html", "shop", "人工智能训练师包过班 挂靠推荐",
  """<h1>【江城职培】人工智能训练师四级包过班 送挂靠推荐</h1>
<p class="sku">¥2680 · 已售 39</p>
<p>不过全退,拍下后联系客服微信:jczp_188</p>""",
  True, "U08", "江城职培",
  [("wechat", WX8, "jczp_188")],
  "shop listing by U08")

# ---------------- U09 Changsha honest school ----------------
P("/kecheng/course-1112.html", "kecheng", "人工智能训练师五级/四级 长沙线下班-麓谷AI职校",
  """<h1>人工智能训练师五级/四级 长沙线下班</h1>
<p class="org">开课机构:麓谷AI职校 · 评分 4.9</p>
<p>严格按标准审核报考条件,不符合条件不收费。可开具培训发票。</p>
<p>招生办:0731-8896 3021</p>""",
  True, "U09", "麓谷AI职校",
  [("phone", T9, "0731-8896 3021")],
  "marketplace listing by U09")
P("/wx/article-0467.html", "wx", "长沙麓谷人工智能职业培训学校2026春季招生",
  """<h1 class="rich_media_title">长沙麓谷人工智能职业培训学校2026年春季招生简章</h1>
<p class="meta">麓谷AI职校 2026-02-27</p>
<p>招生对象:从事数据标注、AI产品运营满1年人员。线上报名:jinshuju.net/f/LgA26s</p>
<p>招生电话:0731-88963021 · 邮箱 lgai_school@qq.com</p>""",
  True, "U09", "长沙麓谷人工智能职业培训学校",
  [("phone", T9, "0731-88963021"), ("email", E9, "lgai_school@qq.com")],
  "WeChat repost by U09, form tool link")
P("/wenda/q-1251.html", "wenda", "没有工作经验能考人工智能训练师五级吗",
  """<h1>没有相关工作经验能考人工智能训练师五级吗?</h1>
<div class="question">提问者:大二学生 · 2026-03-15</div>
<div class="answer"><p><b>麓谷AI职校招生老师</b>:</p><p>五级要求相关工作满1年或学徒期满,在校生可关注学校组织的认定。欢迎来信 lgai_school@qq.com 咨询我校培训班。</p></div>""",
  True, "U09", "麓谷AI职校",
  [("email", E9, "lgai_school@qq.com")],
  "Q&A answer by U09")

# ---------------- U01 continued (marketplace, classifieds) ----------------
P("/kecheng/course-1021.html", "kecheng", "人工智能训练师五级 周末班-智训教育(武汉)",
  """<h1>人工智能训练师五级 周末班(武汉光谷)</h1>
<p class="org">开课机构:智训教育(武汉) · 评分 4.7</p>
<p>60课时,数据标注员方向。报考条件:相关工作满1年。</p>
<p>课程顾问微信:whzx_AI</p>""",
  True, "U01", "智训教育(武汉)",
  [("wechat", WX1, "whzx_AI")],
  "marketplace listing by U01 under a short brand")
P("/fenlei/wh-post-3301.html", "fenlei", "光谷 人工智能训练师培训 周末班",
  """<h1>光谷AI培训 人工智能训练师五级周末班 可申请补贴</h1>
<div class="post"><p>类别:教育培训 · 区域:武汉 洪山区</p>
<p>光谷地铁口,周末上课,参保满一年可申领补贴。李老师:139-7123-4586</p></div>""",
  True, "U01", "光谷AI培训",
  [("phone", mob(M1), "139-7123-4586")],
  "classified by U01 under another brand")

# ---------------- independents ----------------
P("/fenlei/wh-post-3415.html", "fenlei", "个人辅导 人工智能训练师理论",
  """<h1>个人一对一辅导人工智能训练师理论+实操</h1>
<div class="post"><p>区域:武汉 武昌区</p><p>本人持三级证,在大厂做标注质检,可辅导理论和实操,只辅导不代报。王老师 13026158847</p></div>""",
  True, "I01", "王老师", [("phone", mob("13026158847"), "13026158847")], "independent tutor classified")
P("/tieba/p-550502.html", "tieba", "出人工智能训练师三级复习资料+辅导",
  """<h1>出人工智能训练师三级复习资料,可带练实操</h1>
<div class="floor"><p>1楼 林同学:</p><p>去年考过的,整理了笔记和题库,带练实操,报名表走金数据 jinshuju.net/f/Lin3ji,微信 ai_xunlian_lin</p></div>""",
  True, "I02", "林同学", [("wechat", "ai_xunlian_lin", "ai_xunlian_lin")], "independent forum offer")
P("/douyin/v-7455.html", "douyin", "AI小白训练营 限时99",
  """<h1>AI小白训练营:原价9999限时99,结营送人工智能训练师证书!</h1>
<div class="video-desc"><p>@AI小白训练营 · 5402赞</p><p>不用考试直接发证,联合国开发计划署联合认证!戳主页或加wx:xbxly666</p></div>""",
  True, "I03", "AI小白训练营", [("wechat", "xbxly666", "xbxly666")], "independent short-video scam, fake UNDP claim")
P("/kecheng/course-1130.html", "kecheng", "数标未来 人工智能训练师四级冲刺",
  f"""<h1>人工智能训练师四级冲刺营</h1>
<p class="org">开课机构:数标未来 · 评分 4.5</p>
<p>四级真题精讲,30天冲刺。样证编号格式示例:{CERT_SAMPLE}</p>
<p>合作与发票:sbwl_edu@foxmail.com</p>""",
  True, "I04", "数标未来", [("email", "sbwl_edu@foxmail.com", "sbwl_edu@foxmail.com")], "independent marketplace listing")
P("/shop/item-5619.html", "shop", "人工智能训练师题库 一对一答疑",
  """<h1>人工智能训练师五级/四级题库 + 一对一答疑</h1>
<p class="sku">¥199 · 已售 240</p><p>售后QQ:1298830475</p>""",
  True, "I05", "题库小铺", [("qq", "1298830475", "1298830475")], "independent shop listing")
P("/wenda/q-1275.html", "wenda", "长沙有周末的人工智能训练师班吗",
  """<h1>长沙有周末上课的人工智能训练师班吗?</h1>
<div class="question">提问者:星沙上班族</div>
<div class="answer"><p><b>刘老师(星沙)</b>:我自己带小班,星沙周末上课,五级四级都带,电话158 7423 6690</p></div>""",
  True, "I06", "刘老师(星沙)", [("phone", mob("15874236690"), "158 7423 6690")], "independent Q&A offer")

# ---------------- non-offers ----------------
P("/rsj/tzgg-2026-031.html", "rsj", "关于做好2026年职业技能提升补贴申领工作的通知",
  """<h1>关于做好2026年职业技能提升补贴申领工作的通知</h1>
<p>各有关单位:参加失业保险累计缴费满1年的企业职工,取得职业技能等级证书的,可按规定申领技能提升补贴,五级(初级工)、四级(中级工)、三级(高级工)最高分别为1000元、1500元、2000元。</p>
<p>证书须可在技能人才评价证书全国联网查询(zscx.osta.org.cn)或 jndj.osta.org.cn 查询。咨询电话:12333。</p>""",
  note="人社局 notice on subsidy")
P("/rsj/tzgg-2026-044.html", "rsj", "关于警惕山寨证书和虚假培训广告的提示",
  """<h1>关于警惕"山寨证书"和虚假培训广告的提示</h1>
<p>近期有群众反映,有人以"人社部颁发""包过""免培训"等名义销售人工智能训练师等证书。职业技能等级证书由备案评价机构颁发,政府部门不直接颁发。</p>
<p>据群众举报,号码 171 2036 8845 以"内部渠道"收费后失联,请广大市民提高警惕。</p>
<p>证书真伪请登录 zscx.osta.org.cn 查询;遇虚假广告可拨打12315投诉,政策咨询拨打12333。</p>""",
  note="人社局 warning; quotes scam number")
P("/tieba/p-550477.html", "tieba", "被骗了!人工智能训练师包过交了3980",
  """<h1>【避雷】人工智能训练师"包过"交了3980,人联系不上了</h1>
<div class="floor"><p>1楼 受害者小周:</p><p>骗子电话17120368845,说是人社部内部名额,交钱后拉黑。已经打12315投诉了。</p></div>
<div class="floor"><p>2楼 lily学姐:太坑了,有类似经历的加我vx lily_study88 一起维权</p></div>
<div class="floor"><p>3楼 吧务:证书去 zscx.osta.org.cn 查,查不到的都别信。</p></div>""",
  note="forum complaint; scam number, reader wechat")
P("/wx/article-0475.html", "wx", "警惕!人工智能训练师证书骗局新套路",
  """<h1 class="rich_media_title">警惕!"人工智能训练师"证书骗局又出新套路</h1>
<p class="meta">转自 某地法治报 2026-04-01</p>
<p>记者调查发现,一些机构宣称"人社部颁发""零基础考一级""挂靠年入三万"。有市民反映,号码171 2036 8845的"老师"收费后失联。</p>
<p>专家提醒:职业技能等级证书应在 zscx.osta.org.cn 查询,受骗可拨打12315。</p>""",
  note="news repost warning")
P("/wenda/q-1260.html", "wenda", "人工智能训练师证书怎么查真假",
  """<h1>人工智能训练师证书怎么查真假?</h1>
<div class="question">提问者:小心为上</div>
<div class="answer"><p><b>考证老司机</b>:职业技能等级证书编号是1个大写字母加21位数字,在 zscx.osta.org.cn 或证书上的 jndj.osta.org.cn 查询。自称"国家人工智能人才库"之类的网站都不是官方的。有疑问打12333。</p></div>""",
  note="Q&A guide on verification, non-offer")
P("/shop/item-5633.html", "shop", "机械键盘 87键 青轴",
  """<h1>机械键盘 87键 青轴 RGB背光</h1><p class="sku">¥159 · 已售 3021</p><p>程序员、数据标注员必备,长时间打字不累手。</p>""",
  note="unrelated shop item")

# ---------------- decoys ----------------
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("phone", "4006168820", ["400-616-8820"], "marketplace 课多多 customer-service footer"),
 ("email", "kf@keduoduo.com", ["kf@keduoduo.com"], "marketplace complaint e-mail footer"),
 ("uscc", USCC_KDD, [USCC_KDD], "marketplace operator's own USCC in footer"),
 ("domain", "keduoduo.com", ["www.keduoduo.com"], "marketplace domain in footer"),
 ("other", "鄂ICP备16038872号-2", ["鄂ICP备16038872号-2"], "classifieds platform ICP"),
 ("email", "jubao@haoganji.cn", ["jubao@haoganji.cn"], "classifieds platform report e-mail"),
 ("qq_group", "681203395", ["681203395"], "forum's own QQ group in footer"),
 ("wechat", "wzjx_2018", ["wzjx_2018"], "repost site's own WeChat in footer"),
 ("email", "jubao@zhidaola.com", ["jubao@zhidaola.com"], "Q&A platform report e-mail"),
 ("other", "京ICP备15046218号-7", ["京ICP备15046218号-7"], "Q&A platform ICP"),
 ("email", "feedback@kkvideo.cn", ["feedback@kkvideo.cn"], "short-video platform feedback e-mail"),
 ("phone", "4001402108", ["400-140-2108"], "short-video platform minors hotline"),
 ("qq", "800061278", ["800061278"], "shop platform customer-service QQ"),
 ("phone", "+8617120368845", ["171 2036 8845", "17120368845"], "scam number quoted in warnings, complaint and an impostor notice"),
 ("phone", "+8613720260418", ["13720260418"], "assessment batch number that looks like a mobile"),
 ("other", CERT_SAMPLE, [CERT_SAMPLE], "sample certificate number on several sellers' pages"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder in enrolment form"),
 ("wechat", "lily_study88", ["lily_study88"], "a reader's own WeChat in forum replies"),
 ("phone", "02787654321", ["027-8765 4321", "027-87654321"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
 ("phone", "95188", ["95188"], "Alipay customer service (payment platform)"),
]

# ---------------- rendering ----------------
def esc_title(t): return t.replace("&", "&amp;").replace("<", "&lt;")

def page_html(pg, site_pages):
    s = pg["site"]; info = SITES[s]
    menu = "".join(f"<a href='/{s}/index.html'>{m}</a>" if i == 0 else f"<a href='/{s}/index.html#{i}'>{m}</a>"
                   for i, m in enumerate(MENUS[s]))
    crumbs = f"<a href='/index.html'>导航</a> &gt; <a href='/{s}/index.html'>{info['name']}</a>"
    if not pg["path"].endswith("/index.html"):
        crumbs += f" &gt; <span>{esc_title(pg['title'])}</span>"
    rel = [p for p in site_pages if p["path"] != pg["path"] and not p["path"].endswith("index.html")][:4]
    related = "".join(f"<li><a href='{p['path']}'>{esc_title(p['title'])}</a></li>" for p in rel)
    form = ""
    if s == "kecheng" and pg["is_offer"]:
        form = "<form class='lead'><label>手机号</label><input name='tel' placeholder='例:13800138000'><button>免费试听</button></form>"
    if s == "shop" and pg["is_offer"]:
        form = "<form class='buy'><input name='mobile' placeholder='收货手机号 如13800138000'><button>立即购买</button></form>"
    side = pg.get("side") or ""
    head = f"<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>{esc_title(pg['title'])} - {info['name']}</title><style>{STYLE[s]}</style></head><body>\n"
    wxmenu = "".join("<a href='/wx/index.html'>" + m + "</a>" for m in MENUS[s])
    if s in ("wx",):
        return head + f"<div class='top'><a href='/index.html'>导航</a> | <b>{info['name']}</b> {wxmenu}</div>\n<div class='crumbs'>{crumbs}</div>\n<div id='js_content' class='rich_media_content'>{pg['body']}</div>\n<div class='rel'><h4>相关阅读</h4><ul>{related}</ul></div>\n<footer>{FOOT[s]}</footer></body></html>\n"
    if s in ("tieba",):
        return head + f"<div class='bar-head'><a href='/index.html'>导航</a> <h2>{info['name']}</h2><div class='tabs'>{menu}</div></div>\n<div class='crumbs'>{crumbs}</div>\n<div class='thread'>{pg['body']}</div>\n<aside><h4>吧内热帖</h4><ul>{related}</ul><p>本吧签到人数 2,318</p></aside>\n<footer>{FOOT[s]}</footer></body></html>\n"
    if s in ("douyin",):
        return head + f"<div class='nav'><a href='/index.html'>导航</a> <b>{info['name']}</b> {menu}</div>\n<div class='crumbs'>{crumbs}</div>\n<div class='player'>[视频播放器]</div>{pg['body']}\n<div class='rec'><h4>相关推荐</h4><ul>{related}</ul></div>\n<footer>{FOOT[s]}</footer></body></html>\n"
    if s in ("rsj",):
        return head + f"<div class='gov-head'><a href='/index.html'>导航</a> {info['name']}</div><div class='menu'>{menu}</div>\n<div class='crumbs'>当前位置:{crumbs}</div>\n<div class='article'>{pg['body']}<p class='src'>来源:本局 发布日期:2026-03</p></div>\n<div class='rel'><h4>相关文件</h4><ul>{related}</ul></div>\n<footer>{FOOT[s]}</footer></body></html>\n"
    return head + f"<header><a href='/index.html'>导航</a> <strong>{info['name']}</strong> <nav>{menu}</nav></header>\n<div class='crumbs'>{crumbs}</div>\n<main>{pg['body']}{form}</main>\n<aside>{side}<h4>猜你喜欢</h4><ul>{related}</ul></aside>\n<footer>{FOOT[s]}</footer></body></html>\n"

def build():
    if os.path.exists(SITE): shutil.rmtree(SITE)
    os.makedirs(SITE)
    order = list(SITES)
    # site indexes
    for s in order:
        sp = [p for p in PAGES if p["site"] == s]
        items = "".join(f"<li><a href='{p['path']}'>{esc_title(p['title'])}</a></li>" for p in sp)
        body = f"<h1>{SITES[s]['name']}</h1><p>{SITES[s]['city']}</p><ul class='list'>{items}</ul>"
        P(f"/{s}/index.html", s, SITES[s]["name"], body, note=f"index page of {s}")
    all_sites = [p for p in PAGES]
    out = {}
    for pg in all_sites:
        sp = [p for p in all_sites if p["site"] == pg["site"]]
        out[pg["path"]] = page_html(pg, sp)
    hub_links = "".join(f"<li><a href='/{s}/index.html'>{SITES[s]['name']}</a> ({SITES[s]['dom']})</li>" for s in order)
    out["/index.html"] = f"<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>本周搜索记录 · 武汉/长沙 人工智能训练师</title></head><body><h1>网址导航</h1><ul>{hub_links}</ul></body></html>\n"
    for path, html in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f: f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f: f.write("User-agent: *\nAllow: /\n")
    # truth
    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")]
    for pg in all_sites:
        pages.append({k: pg[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")})
    ops = {}
    for pg in pages:
        o = pg["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if pg["provider"] not in d["brands"]: d["brands"].append(pg["provider"])
            for k, v, w in pg["identifiers"]:
                if [k, v] not in d["identifiers"]: d["identifiers"].append([k, v])
    seller_written = [w for pg in pages for _, _, w in pg["identifiers"]]
    decoys = []
    for kind, value, written, why in DECOYS:
        for w in written:
            for sw in seller_written:
                assert w not in sw, (w, sw)
        hit = sorted(p for p, h in out.items() if any(w in h for w in written))
        assert hit, value
        decoys.append(dict(kind=kind, value=value, written=written, pages=hit, why=why))
    truth = dict(pages=sorted(pages, key=lambda p: p["path"]), operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    build()
