#!/usr/bin/env python3
"""Generate a labeled static web of AI-trainer (4-04-05-05) certificate sellers. Stdlib only, deterministic."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(code8))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * W18[i] for i, ch in enumerate(body))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]

USCC_U01 = uscc("52451100", "MJ04377K")
USCC_U03 = uscc("91450100", "MA5K8Q2T")
USCC_U09 = uscc("12450700", "49857236")
USCC_YOUPIN = uscc("91330100", "MA2H7C6R")

# ---------------- sites ----------------
SITES = {
 "hzpx": dict(name="贺州智培职业技能培训学校", style="training-company site", menu=["首页", "培训项目", "师资力量", "报名须知", "联系我们"],
   footer="贺州智培职业技能培训学校 版权所有 | 地址：贺州市八步区建设中路 |  电话：0774-5236618 | 办学许可证号：教民145110270000312号"),
 "qzgy": dict(name="钦州工业职业学院继续教育学院", style="college site", menu=["学院首页", "学院概况", "社会培训", "职业技能等级认定", "通知公告"],
   footer="钦州工业职业学院继续教育学院 | 地址：钦州市钦南区 | 办公电话：0777-2366120 | 桂ICP备16002218号"),
 "xueke365": dict(name="学课365·职业课程平台", style="course marketplace", menu=["首页", "职业技能", "IT互联网", "考证培训", "机构入驻"],
   footer="学课365 xueke365.com | 客服热线 400-655-0310 | 客服邮箱 kefu@xueke365.com | 粤ICP备19088213号-1"),
 "hzjiayuan": dict(name="贺州家园论坛", style="local forum", menu=["论坛首页", "贺州杂谈", "求职招聘", "教育培训", "维权曝光"],
   footer="贺州家园论坛 hzjiayuan.net | 水友QQ群 472810366 | 版务邮箱 admin@hzjiayuan.net | 桂ICP备12003391号"),
 "gdtc58": dict(name="桂东同城分类信息网", style="classifieds", menu=["首页", "招聘", "二手", "教育培训", "本地服务"],
   footer="桂东同城 gdtc58.com | 客服电话 0774-5128800 | 桂ICP备18004721号-2 | 信息由用户自行发布，请注意甄别"),
 "wenyiwen": dict(name="问一问", style="Q&A site", menu=["首页", "教育", "职场", "数码", "热门问题"],
   footer="问一问 wenyiwen.cn | 官方客服QQ 2390118465 | 举报邮箱 jubao@wenyiwen.cn | 京ICP备17052231号"),
 "weiwenzhai": dict(name="微文摘·公众号文章", style="WeChat-article reposts", menu=["首页", "教育", "职场", "科技", "本地"],
   footer="微文摘 weiwenzhai.com 收录公众号文章，版权归原作者 | 联系：copyright@weiwenzhai.com"),
 "kuaishi": dict(name="快视短视频", style="short-video pages", menu=["推荐", "同城", "教育", "知识", "直播"],
   footer="快视 kuaishi.tv | 未成年人保护热线 400-833-1020 | 网络文化经营许可证 京网文〔2021〕1234-056号"),
 "qzzx": dict(name="钦州在线", style="local news", menu=["首页", "本地新闻", "教育", "民生", "专题"],
   footer="钦州在线 qzzx.net | 新闻热线 0777-2811110 | 违法和不良信息举报 jubao@qzzx.net"),
 "rsj": dict(name="贺州市人力资源和社会保障局", style="人社局 notice site", menu=["首页", "政务公开", "就业创业", "职业能力", "办事服务"],
   footer="主办：贺州市人力资源和社会保障局 | 地址：贺州市八步区 | 咨询电话：0774-5285012 | 人社服务热线 12333"),
 "youpin": dict(name="优品商城", style="online shop", menu=["首页", "教育培训", "数码办公", "店铺入驻", "帮助中心"],
   footer="优品商城 youpinmall.cn | 平台运营方统一社会信用代码 " + USCC_YOUPIN + " | 支付由支付宝提供，支付宝客服 95188 | 消费投诉请拨打 12315 | 浙ICP备20031177号"),
}
SECTION = {"hzpx": "培训项目", "qzgy": "社会培训", "xueke365": "考证培训", "hzjiayuan": "教育培训", "gdtc58": "教育培训",
           "wenyiwen": "教育", "weiwenzhai": "教育", "kuaishi": "知识", "qzzx": "教育", "rsj": "职业能力", "youpin": "教育培训"}

# pages: (site, slug, title, operator, provider, [(kind,value,written)], body_html)
P = []
def page(site, slug, title, op, provider, ids, body, section=None):
    P.append(dict(site=site, slug=slug, title=title, op=op, provider=provider, ids=ids, body=body, section=section))

def ph(m): return "+86" + m

FILL_TPL = "<p class='tip'>发布须知：联系电话请填写真实号码，格式如：13800138000，勿填写QQ号。</p>"
CERT_SAMPLE = "S000045001255264000123"

# ---------- U01 贺州智培 (honest-ish, 52 民非) ----------
page("hzpx", "ai-trainer-l4.html", "人工智能训练师（四级/中级工）培训班招生简章", "U01", "贺州智培职业技能培训学校",
 [["phone", "07745236618", "0774-5236618"], ["phone", ph("13977412086"), "139 7741 2086"], ["domain", "hzzhipei.cn", "www.hzzhipei.cn"], ["uscc", USCC_U01, USCC_U01]],
 f"""<p>人工智能训练师（职业编码4-04-05-05）是2020年人社厅发〔2020〕17号发布的新职业，下设数据标注员、人工智能算法测试员两个工种。</p>
<p>本期开设四级（中级工）班，参考课时50学时，理论+实操。报名条件以国家职业技能标准为准，请携带工作年限证明到校审核。</p>
<p>认定由备案评价机构组织，证书可在 zscx.osta.org.cn 查询。证书样式示例（编号已打码示意）：{CERT_SAMPLE}。</p>
<p>符合条件的参保职工可申请技能提升补贴，具体政策请拨打12333咨询。</p>
<div class='contact'>报名咨询：0774-5236618（办公室） / 139 7741 2086（黄老师）<br>学校官网：www.hzzhipei.cn<br>统一社会信用代码：{USCC_U01}</div>""")
page("hzpx", "ai-trainer-l3.html", "人工智能训练师三级（高级工）周末班", "U01", "贺州智培职业技能培训学校",
 [["phone", ph("13977412086"), "13977412086"], ["wechat", "zhipei_hz", "zhipei_hz"], ["uscc", USCC_U01, USCC_U01]],
 f"""<p>三级班面向已取得四级证书并满足年限要求的学员，周末授课，共40学时。课程章节：业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>费用：培训费1980元（不含认定费），认定费按评价机构公示标准收取。我校不承诺通过，考试不合格可免费补训一次。</p>
<div class='contact'>联系黄老师：13977412086（微信同号：zhipei_hz）<br>办学主体：贺州智培职业技能培训学校（统一社会信用代码 {USCC_U01}）</div>""")
page("xueke365", "course-1031.html", "【贺州面授】人工智能训练师四级 数据标注方向", "U01", "智培教育",
 [["phone", ph("13977412086"), "139-7741-2086"], ["domain", "hzzhipei.cn", "hzzhipei.cn"]],
 """<p class='price'>¥1680 <s>¥2200</s> · 已报名 86 人</p>
<p>机构：智培教育（贺州）｜授课地点：贺州市八步区｜课时：50学时</p>
<p>课程介绍：围绕数据采集和处理、数据标注、智能系统运维三个模块，配实训平台。需满足四级申报条件。</p>
<p>机构电话：139-7741-2086　更多课程见机构官网 hzzhipei.cn</p>""")
page("gdtc58", "post-55210.html", "贺州 人工智能训练师/数据标注员 培训报名（可申请补贴）", "U01", "贺州智培培训",
 [["wechat", "zhipei_hz", "Zhipei_HZ"], ["phone", "07745236618", "(0774)5236618"]],
 FILL_TPL + """<p>类别：教育培训 > 职业技能｜区域：贺州 八步｜发布：2026-11-03</p>
<p>贺州智培培训开设人工智能训练师五级、四级班，适合从事电商客服、数据录入等相关工作满一年的朋友。参保满一年可按规定申领技能提升补贴。</p>
<p>加微信 Zhipei_HZ 备注“训练师”，或致电 (0774)5236618。</p>""")

# ---------- U02 钦州启航 ----------
page("weiwenzhai", "a-20261104-qihang.html", "钦州人注意！人工智能训练师12月班开始报名了", "U02", "启航职教",
 [["wechat", "qh_ai_edu", "qh_ai_edu"], ["email", "qihang_edu@163.com", "qihang_edu@163.com"]],
 """<p class='meta'>来源公众号：启航职教钦州　原文链接：mp.weixin.qq.com</p>
<p>最近后台很多粉丝问人工智能训练师怎么考。小编整理了一下：五级需要相关工作满1年，四级、三级按年限逐级申报。</p>
<p>启航职教12月周末班开始报名，名额30人，满班即止。</p>
<p>报名方式：添加老师微信 qh_ai_edu，或发送 姓名+电话 至邮箱 qihang_edu@163.com。</p>
<p class='read'>阅读 2315　在看 18</p>""")
page("kuaishi", "v-7390211.html", "钦州启航老师：3分钟讲清人工智能训练师证", "U02", "启航老师",
 [["phone", ph("18377705532"), "183 7770 5532"], ["wechat", "qh_ai_edu", "QH_AI_EDU"]],
 """<p class='vid'>[视频] 时长 03:12　点赞 1.2万　评论 436</p>
<p>视频文案：人工智能训练师是人社部公布的新职业，不是什么“国家职业资格证”，考的是职业技能等级证书，别被忽悠了！想系统学的可以来我们启航，钦州本地面授。</p>
<p>主页简介：钦州启航人工智能培训｜课程咨询 183 7770 5532｜V：QH_AI_EDU</p>""")
page("qzzx", "edu-20261029-qihang.html", "AI新职业受热捧 钦州启航人工智能培训中心开设训练师课程", "U02", "钦州启航人工智能培训中心",
 [["phone", "07773689012", "0777-3689012"], ["phone", ph("18377705532"), "18377705532"]],
 """<p class='meta'>2026-10-29 来源：钦州在线 编辑：陈晓 【推广】</p>
<p>随着AI应用落地，数据标注、算法测试等岗位需求增加。记者了解到，钦州启航人工智能培训中心近期开设人工智能训练师五级、四级课程，每期约两个月。</p>
<p>据介绍，认定考试安排在市区考点（考点前台电话 0777-2825100），考生需提前审核申报条件。</p>
<p>报名地址：钦州市钦南区永福西大街；咨询电话 0777-3689012、18377705532。</p>""")
page("youpin", "item-88102.html", "启航职教 人工智能训练师五级全程班 线上+钦州线下实操", "U02", "启航职教旗舰店",
 [["email", "qihang_edu@163.com", "QiHang_Edu@163.com"], ["phone", ph("18377705532"), "183-7770-5532"]],
 """<p class='price'>券后价 ¥1280　月销 23</p>
<p>店铺：启航职教旗舰店　服务：7天无理由（未开课）</p>
<p>商品详情：五级（初级工）60学时，含实操平台账号。需满足申报条件，不承诺发证。</p>
<p>售后联系：183-7770-5532　发票申请：QiHang_Edu@163.com</p>""")

# ---------- U03 中科智联 (dishonest) ----------
page("xueke365", "course-1187.html", "人工智能训练师 国家级证书 三级二级一级 人社部颁发 包过", "U03", "中科智联教育",
 [["phone", "4008602217", "400-860-2217"], ["other", "南宁智联优学网络科技有限公司", "南宁智联优学网络科技有限公司"]],
 """<p class='price'>¥3980 <s>¥9999</s> · 已报名 1,204 人</p>
<p>机构：中科智联教育｜全程线上｜报名批次号：15026110801</p>
<p>国家职业资格证书，人社部颁发，全国通用，入库可查！零基础、不限学历、不限经验，三级二级一级可同时报考，交费包过，不过全额退款。</p>
<p>咨询热线：400-860-2217（转报名处）　对公收款户名：南宁智联优学网络科技有限公司</p>""")
page("gdtc58", "post-56033.html", "急招学员！人工智能训练师证 拿证快 可挂靠年入3万", "U03", "中科智联(广西)",
 [["wechat", "zkzl_kf01", "zkzl_kf01"], ["qq", "2853307714", "2853307714"]],
 FILL_TPL + """<p>类别：教育培训 > 考证｜区域：钦州｜发布：2026-11-05</p>
<p>中科智联(广西)常年代报人工智能训练师，免培训直接考，官方指定考点，内部信息，速成拿证。证书可挂靠企业，年收入3万+。</p>
<p>加V：zkzl_kf01　扣扣：2853307714</p>""")
page("wenyiwen", "q-4412087.html", "人工智能训练师证书哪里报名靠谱？贺州能考吗", "U03", "智联小助手",
 [["wechat", "zkzl_kf01", "ZKZL_kf01"], ["phone", "4008602217", "400 860 2217"]],
 """<p class='q'>提问者：贺州的小王　想考个人工智能训练师，贺州有报名点吗？价格多少？</p>
<div class='ans'><b>智联小助手</b>（认证：教育咨询）<p>可以的，我们全国都能报，线上考试，工信部认证+人社部颁发双证，包过！现在报三级送二级。详询微信 ZKZL_kf01 或 400 860 2217。</p></div>
<div class='cmt'>网友评论：有没有人一起报的？我电话13377490526，拉个群</div>""")
page("youpin", "item-90318.html", "人工智能训练师高级证书 国家认可 官方认证 可查 速出", "U03", "智联优学官方店",
 [["other", "南宁智联优学网络科技有限公司", "南宁智联优学网络科技有限公司"], ["uscc", USCC_U03, USCC_U03], ["qq", "2853307714", "QQ2853307714"]],
 f"""<p class='price'>¥2980　月销 57</p>
<p>店铺：智联优学官方店　营业执照：南宁智联优学网络科技有限公司 {USCC_U03}</p>
<p>免培训、包通过、国家认可、官方认证！拿到证书便可升职加薪。证书全国联网可查。</p>
<p>客服QQ2853307714（工作日9:00-18:00）</p>""")

# ---------- U04 桂东南AI数据标注学院 ----------
page("hzjiayuan", "thread-302918.html", "【招生】贺州本地 AI数据标注员/人工智能训练师 实训班 可推荐兼职", "U04", "桂东南AI数据标注学院",
 [["qq_group", "735520918", "735520918"], ["wechat", "gdn_biaozhu", "gdn_biaozhu"]],
 """<p class='author'>楼主：桂东南AI标注学院　发表于 2026-11-02</p>
<p>我们是桂东南AI数据标注学院，在贺州做标注外包三年了。现开人工智能训练师（数据标注员）五级实训班，学完可推荐接单兼职，但收入看个人能力，不保证。</p>
<p>学员交流群：735520918　老师微信：gdn_biaozhu</p>
<div class='cmt'>2楼 水友：求拉群 我v lily_hz88</div>
<div class='cmt'>3楼 老贺州：去年学过类似的，还行，证要自己考。</div>""")
page("weiwenzhai", "a-20261030-biaozhu.html", "在家也能做的AI工作？数据标注员到底是干什么的", "U04", "桂东南AI数据标注学院",
 [["wechat", "gdn_biaozhu", "gdn_biaozhu"], ["phone", ph("15677438120"), "156 7743 8120"]],
 """<p class='meta'>来源公众号：桂东南AI标注　原文链接：mp.weixin.qq.com</p>
<p>数据标注员是人工智能训练师职业下的一个工种。本文介绍日常工作：拉框、分类、转写……</p>
<p>文末福利：人工智能训练师五级实训班报名，在线报名表（金数据 jinshuju.net）或咨询 156 7743 8120，微信 gdn_biaozhu。</p>""")
page("kuaishi", "v-7388455.html", "贺州宝妈在家做AI标注 顺便考了个训练师证", "U04", "桂东南AI标注学院",
 [["phone", ph("15677438120"), "15677438120"], ["qq_group", "735520918", "735-520-918"]],
 """<p class='vid'>[视频] 时长 00:58　点赞 3402　评论 211</p>
<p>视频文案：实训班学了两个月，五级证自己考的，没有包过这种事哈。</p>
<p>主页简介：桂东南AI标注学院｜报名电话15677438120｜学员群735-520-918</p>""")

# ---------- U05 北部湾职培网 ----------
page("xueke365", "course-1102.html", "北部湾职培网 人工智能训练师四级 钦州考点", "U05", "北部湾职培网",
 [["phone", "07772856677", "0777-2856677"], ["domain", "bbwzp.com", "bbwzp.com"]],
 """<p class='price'>¥1880 · 已报名 142 人</p>
<p>机构：北部湾职培网｜钦州｜课时：50学时｜课程编号：13920260315</p>
<p>报名须满足四级申报条件；证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询。</p>
<p>机构电话：0777-2856677　官网：bbwzp.com</p>""")
page("gdtc58", "post-55871.html", "钦州 人工智能训练师考证培训 报名享补贴", "U05", "北部湾职培",
 [["phone", ph("17377761240"), "17377761240"], ["phone", "07772856677", "0777 2856677"]],
 FILL_TPL + """<p>类别：教育培训 > 职业技能｜区域：钦州 钦南｜发布：2026-11-01</p>
<p>北部湾职培常年开设人工智能训练师五级、四级班，小班教学。参保职工可申领技能提升补贴（五级最高1000元、四级最高1500元）。</p>
<p>联系：17377761240（李老师） 座机 0777 2856677</p>""")
page("qzzx", "edu-20261105-bbwzp.html", "数字经济人才缺口大 北部湾职培网助力钦州青年转型", "U05", "北部湾职培网",
 [["wechat", "bbw_zhipei", "bbw_zhipei"], ["phone", ph("17377761240"), "173 7776 1240"], ["domain", "bbwzp.com", "www.bbwzp.com"]],
 f"""<p class='meta'>2026-11-05 来源：钦州在线 【企业资讯】</p>
<p>北部湾职培网负责人介绍，今年已组织三期人工智能训练师培训，考试在市区考点进行（考点前台 0777-2825100）。</p>
<p>证书样本（编号 {CERT_SAMPLE}）展示于培训中心大厅。</p>
<p>报名咨询：173 7776 1240，微信 bbw_zhipei，网址 www.bbwzp.com。</p>""")

# ---------- U06 乐学AI速成 (dishonest) ----------
page("hzjiayuan", "thread-303107.html", "不用上课！人工智能训练师一二三级一起拿 30天下证", "U06", "乐学AI训练师速成班",
 [["wechat", "lexue_ai666", "LeXue_AI666"]],
 """<p class='author'>楼主：乐学AI小助理　发表于 2026-11-04</p>
<p>零基础、不限年龄、不限专业、无门槛！一级二级三级打包报，三证一起拿更优惠。90%小白都能学会，原价9999限时99元体验课。</p>
<p>VX：LeXue_AI666</p>
<div class='cmt'>2楼 游客：真的假的？一级不是要技师证+4年吗</div>
<div class='cmt'>3楼 水友：求拉群 我v lily_hz88</div>""")
page("wenyiwen", "q-4413360.html", "人工智能训练师零基础能直接考高级吗？", "U06", "乐学AI",
 [["qq", "1647720398", "1647720398"], ["wechat", "lexue_ai666", "lexue_ai666"]],
 """<p class='q'>提问者：钦州打工人　零基础，想直接考高级的人工智能训练师，可以吗？</p>
<div class='ans'><b>乐学AI</b><p>可以的亲，我们这边高级直接报，不用工作年限证明，包过。Q：1647720398，微信 lexue_ai666。</p></div>
<div class='ans'><b>热心网友</b><p>别信，按标准高级工要四级证加年限，包过都是广告法禁止的说法。</p></div>""")
page("kuaishi", "v-7391876.html", "AI训练师证书 躺着拿证 月入过万", "U06", "乐学AI训练师",
 [["phone", ph("19977459031"), "199 7745 9031"], ["wechat", "lexue_ai666", "lexue_ai666"]],
 """<p class='vid'>[视频] 时长 00:32　点赞 862　评论 97</p>
<p>视频文案：原价9999限时99！交费包过，拿到证书便可升职加薪。报名扫码填表（jinshuju.net）。</p>
<p>主页简介：乐学AI训练师｜☎ 199 7745 9031｜微信 lexue_ai666</p>""")
page("youpin", "item-90577.html", "人工智能训练师 一级二级三级 证书套餐 三证同报", "U06", "乐学AI旗舰店",
 [["phone", ph("19977459031"), "19977459031"], ["qq", "1647720398", "1647720398"]],
 """<p class='price'>三证套餐 ¥4580　单证 ¥1880　月销 12</p>
<p>店铺：乐学AI旗舰店　发货方式：电子证书+纸质证书邮寄</p>
<p>不限学历不限经验，一次报名三级同出，人社部证书退出，我们来接盘！</p>
<p>咨询：19977459031　售后QQ 1647720398</p>""")

# ---------- U07 广西华职教育 ----------
page("xueke365", "course-1215.html", "广西华职教育 人工智能训练师五级（初级工）线上课", "U07", "广西华职教育",
 [["domain", "gxhuazhi.com.cn", "www.gxhuazhi.com.cn"], ["email", "hzjy_gx@126.com", "hzjy_gx@126.com"]],
 """<p class='price'>¥880 · 已报名 310 人</p>
<p>机构：广西华职教育｜线上直播+录播｜课程编号：13920260315</p>
<p>60学时，配套练习系统。结课后按条件报名认定，证书以评价机构颁发为准。</p>
<p>机构官网 www.gxhuazhi.com.cn　咨询邮箱 hzjy_gx@126.com</p>""")
page("weiwenzhai", "a-20261101-huazhi.html", "2026年人工智能训练师报考条件、费用、补贴一文说清", "U07", "华职教育",
 [["email", "hzjy_gx@126.com", "HZJY_GX@126.com"], ["phone", ph("13607770418"), "136 0777 0418"]],
 """<p class='meta'>来源公众号：华职教育广西　原文链接：mp.weixin.qq.com</p>
<p>一、报考条件：五级需相关工作1年或学徒期满……二、补贴：五级最高1000元，四级1500元，三级2000元，二级一级没有这项国家补贴。</p>
<p>三、华职教育课程：贺州、钦州均有合作教学点。报名表：jinshuju.net 在线填写；或邮件 HZJY_GX@126.com，电话 136 0777 0418。</p>""")
page("hzjiayuan", "thread-303355.html", "有在华职教育学过AI训练师的吗？他们现在在贺州也招生", "U07", "广西华职教育",
 [["phone", ph("13607770418"), "13607770418"]],
 """<p class='author'>楼主：华职-莫老师　发表于 2026-11-06</p>
<p>自我介绍一下，我是华职教育贺州教学点的老师，本月有人工智能训练师五级班，周六日上课。有问题可以跟帖或打13607770418。</p>
<div class='cmt'>2楼 水友：学费多少？</div><div class='cmt'>3楼 楼主：线下班1280，线上880。</div>""")

# ---------- U08 智谷人工智能学苑 ----------
page("gdtc58", "post-56190.html", "贺州智谷人工智能学苑 训练师考证 报名批次即将截止", "U08", "智谷人工智能学苑",
 [["phone", "4000176623", "400-017-6623"], ["wechat", "zhigu_hezhou", "zhigu_hezhou"]],
 FILL_TPL + """<p>类别：教育培训 > 考证｜区域：贺州｜发布：2026-11-06</p>
<p>智谷人工智能学苑11月批次（报名批次号：15026110801）即将截止，官方指定考点，名额有限。</p>
<p>全国热线 400-017-6623　微信 zhigu_hezhou</p>""")
page("kuaishi", "v-7392004.html", "贺州智谷：人工智能训练师考试现场探访", "U08", "贺州智谷",
 [["wechat", "zhigu_hezhou", "ZhiGu_HeZhou"], ["qq", "3391045726", "3391045726"]],
 """<p class='vid'>[视频] 时长 01:45　点赞 517　评论 40</p>
<p>视频文案：带大家看看考场，理论+实操两部分。想报名的私信。</p>
<p>主页简介：贺州智谷人工智能学苑｜V：ZhiGu_HeZhou｜QQ 3391045726</p>""")
page("youpin", "item-91120.html", "智谷学苑 人工智能训练师四级 考前冲刺班", "U08", "智谷学苑教育专营店",
 [["phone", "4000176623", "4000176623"], ["qq", "3391045726", "3391045726"]],
 """<p class='price'>¥1580　月销 9</p>
<p>店铺：智谷学苑教育专营店　课程形式：直播+题库</p>
<p>冲刺班含模拟题，命题组老师押题（商家宣传语）。</p>
<p>客服电话 4000176623　QQ：3391045726</p>""")

# ---------- U09 钦州工业职业学院继续教育学院 (honest) ----------
page("qzgy", "ai-peixun-2026.html", "关于举办2026年第四期人工智能训练师（四级）社会培训班的通知", "U09", "钦州工业职业学院继续教育学院",
 [["phone", "07772366120", "0777-2366120"], ["email", "jxjy@qzgyzy.edu.cn", "jxjy@qzgyzy.edu.cn"]],
 """<p>各有关单位、社会学员：我院拟于2026年12月举办人工智能训练师（四级/中级工）培训班，学时50，理论与实操结合。</p>
<p>报名条件按《人工智能训练师国家职业技能标准(2021年版)》执行。培训费1500元/人，认定费另计。参保人员可按规定申请技能提升补贴，政策咨询12333。</p>
<p>考试地点：本院实训楼（考点前台 0777-2825100）。</p>
<p>联系电话：0777-2366120　邮箱：jxjy@qzgyzy.edu.cn</p>""")
page("qzgy", "ai-jianding-2026.html", "人工智能训练师五级、四级职业技能等级认定报名公告", "U09", "钦州工业职业学院",
 [["phone", "07772366120", "(0777)2366120"], ["domain", "qzgyzy.edu.cn", "www.qzgyzy.edu.cn"], ["uscc", USCC_U09, USCC_U09]],
 f"""<p>我院为备案的职业技能等级认定机构，现受理人工智能训练师五级、四级认定报名。证书信息可在技能人才评价工作网 osta.mohrss.gov.cn 及 zscx.osta.org.cn 查询。</p>
<p>单位统一社会信用代码：{USCC_U09}</p>
<p>报名网址：www.qzgyzy.edu.cn　咨询：(0777)2366120</p>""")
page("xueke365", "course-1240.html", "钦州工业职业学院继续教育学院 人工智能训练师四级面授班", "U09", "钦州工业职业学院继续教育学院",
 [["email", "jxjy@qzgyzy.edu.cn", "JXJY@qzgyzy.edu.cn"]],
 """<p class='price'>¥1500 · 已报名 64 人</p>
<p>机构：钦州工业职业学院继续教育学院｜钦州｜50学时</p>
<p>公办院校开班，按标准审核报名条件。</p>
<p>报名材料发送至 JXJY@qzgyzy.edu.cn</p>""")

# ---------- Independents ----------
page("xueke365", "course-1266.html", "AI数标实训营 人工智能训练师五级 零基础入门", "I01", "AI数标实训营",
 [["phone", ph("13197745260"), "131 9774 5260"]],
 """<p class='price'>¥699 · 已报名 48 人</p><p>机构：AI数标实训营｜线上｜60学时</p>
<p>入门课程，不含认定，需自行满足申报条件。</p><p>讲师电话：131 9774 5260</p>""")
page("hzjiayuan", "thread-303412.html", "本人带人工智能训练师辅导 一对一 贺州", "I02", "刘老师",
 [["wechat", "liulaoshi_ai", "liulaoshi_ai"]],
 """<p class='author'>楼主：刘老师AI　发表于 2026-11-07</p>
<p>在标注公司做过项目经理，可一对一辅导人工智能训练师四级实操，按小时收费，不代报不包过。</p><p>微信 liulaoshi_ai</p>""")
page("gdtc58", "post-56244.html", "钦南区 人工智能训练师培训 晚班", "I03", "钦南区智学工作室",
 [["phone", ph("15907771893"), "159 0777 1893"]],
 FILL_TPL + """<p>类别：教育培训 > 职业技能｜区域：钦州 钦南｜发布：2026-11-07</p>
<p>钦南区智学工作室开设人工智能训练师五级晚班，每晚7点-9点。</p><p>电话：159 0777 1893</p>""")
page("weiwenzhai", "a-20261106-xinghuo.html", "星火职业培训：人工智能训练师五级班招生", "I04", "星火职业培训",
 [["phone", "07743882105", "0774-3882105"]],
 """<p class='meta'>来源公众号：星火职培贺州　原文链接：mp.weixin.qq.com</p>
<p>星火职业培训（贺州平桂）本月开设人工智能训练师五级班，学费980元。</p><p>咨询电话：0774-3882105</p>""")
page("youpin", "item-91388.html", "人工智能训练师 题库+实操指导 电子资料 速成拿证", "I05", "数标小铺",
 [["qq", "1193384502", "1193384502"]],
 """<p class='price'>¥199　月销 231</p><p>店铺：数标小铺</p>
<p>官方题库，内部信息，速成拿证，拍下联系客服报名。</p><p>客服Q：1193384502</p>""")
page("wenyiwen", "q-4414021.html", "人工智能训练师四级好考吗？有人带吗", "I06", "小雅老师",
 [["email", "xiaoya_ai@qq.com", "xiaoya_ai@qq.com"]],
 """<p class='q'>提问者：平桂小陈　四级实操难不难？有没有老师带？</p>
<div class='ans'><b>小雅老师</b><p>实操主要是数据处理和标注，我这边有小班课，可以发邮件 xiaoya_ai@qq.com 了解。</p></div>
<div class='cmt'>网友评论：我也想报，电话13377490526</div>""")

# ---------- Non-offers ----------
page("qzzx", "news-20261102-pianju.html", "警惕！“人工智能训练师包过”骗局 钦州一市民被骗4800元", None, None, [],
 """<p class='meta'>2026-11-02 来源：钦州在线 记者：黄敏</p>
<p>市民林女士在网上看到“人工智能训练师三级二级一起拿、包过”的广告，通过电话 176 8745 2290 联系后转账4800元，对方随即失联。</p>
<p>市人社局提醒：职业技能等级证书由备案评价机构颁发，可登录 zscx.osta.org.cn 查询；“人社部颁发”“包过”均为虚假宣传。如遇问题可拨打12333咨询，或拨打12315投诉。</p>""", section="民生")
page("hzjiayuan", "thread-301877.html", "曝光：报了AI训练师速成班 交钱后拉黑", None, None, [],
 """<p class='author'>楼主：维权的阿强　发表于 2026-10-28</p>
<p>上个月在某平台看到广告，对方微信 aizhengshu_888，电话17687452290，说交3600包过一级，交完钱就拉黑了。已打12315投诉，大家别上当。</p>
<div class='cmt'>2楼 版主：已置顶，提醒大家查证书请认准官方网站。</div>""", section="维权曝光")
page("rsj", "tzgg-2026-31.html", "关于做好2026年失业保险技能提升补贴申领工作的通知", None, None, [],
 """<p>各有关单位：参保职工取得职业技能等级证书（五级、四级、三级）的，可按规定申领技能提升补贴，标准分别为最高1000元、1500元、2000元。</p>
<p>证书须可在技能人才评价工作网（osta.mohrss.gov.cn）查询。政策咨询请拨打12333。</p>""", section="政务公开")
page("rsj", "zscx-guide.html", "职业技能等级证书查询方法及“山寨证书”防范提示", None, None, [],
 """<p>一、职业技能等级证书可通过技能人才评价证书全国联网查询 zscx.osta.org.cn 查询；原1+X证书可通过 vslc.ncb.edu.cn 查询。</p>
<p>二、“人社部颁发”“包过”“免培训直接发证”均属违规宣传。发现可拨打12333反映。</p>""", section="办事服务")
page("youpin", "item-77215.html", "家用激光打印机 黑白 无线 小型办公", None, None, [],
 """<p class='price'>¥699　月销 1,800+</p><p>店铺：优品数码自营</p><p>商品详情：支持手机无线打印，一年质保。</p>""", section="数码办公")

# ---------------- decoys ----------------
DECOYS = [
 ("phone", "12333", ["12333"], "人社服务热线（公共）"),
 ("phone", "12315", ["12315"], "市场监管投诉热线（公共）"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "官方证书查询网站"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "技能人才评价工作网（官方）"),
 ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "1+X证书官方查询平台"),
 ("phone", "4006550310", ["400-655-0310"], "学课365 平台客服热线，所有页面页脚"),
 ("email", "kefu@xueke365.com", ["kefu@xueke365.com"], "学课365 平台客服邮箱"),
 ("domain", "xueke365.com", ["xueke365.com"], "课程平台自身域名"),
 ("qq_group", "472810366", ["472810366"], "论坛水友群，页脚"),
 ("other", "桂ICP备18004721号-2", ["桂ICP备18004721号-2"], "分类信息网 ICP 备案号"),
 ("phone", "07745128800", ["0774-5128800"], "分类信息网客服电话"),
 ("phone", "+8613800138000", ["13800138000"], "发帖须知中的号码格式占位符"),
 ("phone", "+8617687452290", ["176 8745 2290", "17687452290"], "新闻与投诉帖中引用的骗子电话"),
 ("wechat", "aizhengshu_888", ["aizhengshu_888"], "投诉帖中引用的骗子微信"),
 ("other", CERT_SAMPLE, [CERT_SAMPLE], "证书编号样例（不是联系方式）"),
 ("phone", "+8615026110801", ["15026110801"], "报名批次号，形似手机号"),
 ("phone", "+8613920260315", ["13920260315"], "课程编号，形似手机号"),
 ("wechat", "lily_hz88", ["lily_hz88"], "读者评论中留下的自己的微信"),
 ("phone", "+8613377490526", ["13377490526"], "读者评论中留下的自己的电话"),
 ("phone", "07772825100", ["0777-2825100"], "考点前台电话（第三方）"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "第三方表单工具"),
 ("phone", "95188", ["95188"], "支付平台客服热线"),
 ("domain", "mp.weixin.qq.com", ["mp.weixin.qq.com"], "公众号平台域名（原文链接）"),
 ("domain", "kuaishi.tv", ["kuaishi.tv"], "短视频平台自身域名"),
 ("phone", "07745285012", ["0774-5285012"], "人社局网站咨询电话"),
 ("qq", "2390118465", ["2390118465"], "问答平台官方客服QQ，页脚"),
 ("uscc", USCC_YOUPIN, [USCC_YOUPIN], "商城平台运营方的信用代码，页脚"),
 ("phone", "4008331020", ["400-833-1020"], "短视频平台未成年人保护热线"),
]

# ---------------- render ----------------
def frame(site, title, crumbs, main, related):
    s = SITES[site]
    menu = " ".join(f"<a href='/{site}/index.html'>{m}</a>" for m in s["menu"])
    crumb = " &gt; ".join(crumbs)
    rel = "".join(f"<li><a href='{u}'>{html.escape(t)}</a></li>" for u, t in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)} - {s['name']}</title></head>
<body class="{site}">
<header><div class="logo">{s['name']}</div><nav class="menu">{menu}</nav></header>
<div class="crumbs">当前位置：{crumb}</div>
<div class="wrap"><main><h1>{html.escape(title)}</h1>
{main}
</main>
<aside class="side"><h3>相关推荐</h3><ul>{rel}</ul><p><a href="/index.html">返回导航</a></p></aside></div>
<footer>{s['footer']}</footer>
</body></html>
"""

def build():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    texts = {}
    bysite = {}
    for p in P:
        bysite.setdefault(p["site"], []).append(p)
    for site, pages in bysite.items():
        os.makedirs(os.path.join(OUT, site), exist_ok=True)
        for p in pages:
            path = f"/{site}/{p['slug']}"
            sec = p["section"] or SECTION[site]
            crumbs = [f"<a href='/{site}/index.html'>首页</a>", f"<a href='/{site}/index.html'>{sec}</a>", html.escape(p["title"][:16])]
            related = [(f"/{site}/{q['slug']}", q["title"]) for q in pages if q is not p][:5]
            texts[path] = frame(site, p["title"], crumbs, p["body"], related)
    for site in SITES:
        pages = bysite.get(site, [])
        items = "".join(f"<li><a href='/{site}/{q['slug']}'>{html.escape(q['title'])}</a></li>" for q in pages)
        main = f"<ul class='list'>{items}</ul>"
        texts[f"/{site}/index.html"] = frame(site, SITES[site]["name"] + " 首页", [f"<a href='/{site}/index.html'>首页</a>"], main,
                                             [(f"/{site}/{q['slug']}", q["title"]) for q in pages[:3]])
    hub = "".join(f"<li><a href='/{s}/index.html'>{SITES[s]['name']}</a>（{SITES[s]['style']}）</li>" for s in SITES)
    texts["/index.html"] = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head>
<body><h1>一周搜索：贺州 / 钦州 人工智能训练师</h1><ul>{hub}</ul></body></html>
"""
    for path, t in texts.items():
        with open(os.path.join(OUT, path.lstrip("/")), "w", encoding="utf-8") as f:
            f.write(t)
    with open(os.path.join(OUT, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = []
    for path in sorted(texts):
        p = next((q for q in P if f"/{q['site']}/{q['slug']}" == path), None)
        if p is None:
            pages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                              note="hub" if path == "/index.html" else f"index page of {SITES[path.split('/')[1]]['name']}"))
            continue
        is_offer = p["op"] is not None
        pages.append(dict(path=path, is_offer=is_offer, operator=p["op"], provider=p["provider"], identifiers=p["ids"],
                          note=(f"{SITES[p['site']]['style']} offer: {p['title']}" if is_offer else f"non-offer ({SITES[p['site']]['style']}): {p['title']}")))
    operators = {}
    for p in P:
        if p["op"] and p["op"].startswith("U"):
            o = operators.setdefault(p["op"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for k, v, ws, why in DECOYS:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in ws))
        decoys.append(dict(kind=k, value=v, written=ws, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(operators.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    # sanity: a seller's written forms must not appear on pages of other sellers
    owner = {}
    for p in P:
        for k, v, w in p["ids"]:
            owner.setdefault(w, set()).add(p["op"])
    for w, ops in owner.items():
        assert len(ops) == 1, (w, ops)
        for p in P:
            path = f"/{p['site']}/{p['slug']}"
            if w in texts[path] and p["op"] not in ops and p["op"] is not None:
                raise SystemExit(f"leak: {w} on {path}")

if __name__ == "__main__":
    build()
