#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")

# ---------- GB 32100 USCC ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def orgcheck(code8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(code8, ws))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(head8, org8):
    b = head8 + org8 + orgcheck(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(b, W))
    r = 31 - s % 31
    return b + ALPHA[0 if r == 31 else r]


U01_USCC = uscc("52130602", "MJ7315K2")   # 民办非企业 (training school), 保定竞秀区
U03_USCC = uscc("91110108", "MA01T6W8")   # 北京海淀 company with a state-sounding brand
U09_USCC = uscc("91430211", "MA4R8C52")   # 株洲天元区 company

# ---------- site frames ----------
SITES = {
 "bdzhixun": dict(name="保定智训职业技能培训学校", style="training-company",
    menu=["首页", "课程中心", "在线报名", "师资团队", "联系我们"],
    side="<h4>咨询热线</h4><p>0312-5936218</p><p>地址：保定市竞秀区朝阳北大街 966 号智训大厦 3 层</p>",
    foot="保定智训职业技能培训学校 版权所有 · bdzhixun.com · 办学许可证 教民 113060270000317 号"),
 "zzxinke": dict(name="新科数智职业技能培训", style="training-company",
    menu=["首页", "培训项目", "补贴政策", "报名通道", "关于新科"],
    side="<h4>新科数智</h4><p>株洲市天元区栗雨工业园 A3 栋</p><p>工作日 8:30-17:30</p>",
    foot="株洲新科数智职业技能培训有限公司 · zzxinke.cn · 湘ICP备2023004518号-1"),
 "kecheng": dict(name="课程集市 · 职业技能频道", style="course-marketplace",
    menu=["首页", "IT/互联网", "职业考证", "AI 专区", "机构入驻", "我的订单"],
    side="<h4>平台保障</h4><p>7 天无理由退款 · 平台担保交易</p><p>平台客服：400-601-8899</p>",
    foot="课程集市 kechengjishi.com · 客服热线 400-601-8899 · 邮箱 service@kechengjishi.com · 浙ICP备19033271号"),
 "forum": dict(name="冀湘家园论坛", style="forum",
    menu=["论坛首页", "保定生活", "株洲生活", "职场考证", "二手交易", "版规"],
    side="<h4>版务</h4><p>版主：保定老何、株洲阿杰</p><p>广告帖请先联系版主报备</p>",
    foot="冀湘家园论坛 jxjiayuan.net · 论坛交流QQ群：581204736 · 违规内容举报 jubao@jxjiayuan.net"),
 "fenlei": dict(name="百事通分类信息网", style="classifieds",
    menu=["首页", "招聘", "教育培训", "二手", "房产", "发布信息"],
    side="<h4>安全提示</h4><p>凡是要求先交定金、代办证书的，请谨慎核实。</p>",
    foot="百事通分类信息网 www.baishitong365.com · 冀ICP备18023567号-2 · 客服电话 0311-67708520"),
 "wenda": dict(name="知问问答", style="qa",
    menu=["首页", "教育", "职场", "考证", "提问"],
    side="<h4>相关问题</h4><p>人工智能训练师证书有用吗？</p><p>数据标注员怎么入行？</p>",
    foot="知问 zhiwen.com · 违法和不良信息举报：jubao@zhiwen.com · 京ICP备16051188号"),
 "wx": dict(name="微文摘 · 公众号文章转载", style="wechat-reposts",
    menu=["首页", "教育", "职场", "科技", "本地"],
    side="<h4>说明</h4><p>本站文章转载自微信公众号，版权归原作者所有。</p>",
    foot="微文摘 wxwenzhai.net · 投稿/删稿：tougao@wxwenzhai.net · 粤ICP备20047713号"),
 "video": dict(name="快看短视频 · 网页版", style="short-video",
    menu=["推荐", "同城", "知识", "直播", "创作者中心"],
    side="<h4>热门话题</h4><p>#AI训练师 #考证 #副业</p>",
    foot="快看短视频 kuaikan-video.com · 违法不良信息举报电话 010-53917788 · 未成年人专线 010-53917799"),
 "news": dict(name="株洲在线 · 新闻", style="news",
    menu=["首页", "本地", "民生", "教育", "合作推广"],
    side="<h4>新闻热线</h4><p>0731-22881234</p><p>爆料请拨打新闻热线</p>",
    foot="株洲在线 zzonline.com.cn · 新闻热线 0731-22881234 · 湘ICP备09002311号"),
 "rsj": dict(name="保定市人力资源和社会保障局（示意）", style="government-notices",
    menu=["首页", "通知公告", "政策文件", "职业能力", "办事指南"],
    side="<h4>便民服务</h4><p>人社服务热线 12333</p><p>证书查询：zscx.osta.org.cn</p>",
    foot="保定市人力资源和社会保障局 主办 · 人社服务热线 12333"),
 "shop": dict(name="淘集商城", style="shop",
    menu=["首页", "教育培训", "考试考证", "虚拟商品", "购物车"],
    side="<h4>淘集保障</h4><p>极速退款 · 假一赔三</p><p>平台客服 400-800-5757</p>",
    foot="淘集商城 taoji-mall.com · 平台客服 400-800-5757 · 消费维权请拨打 12315"),
}

PAGES = []


def P(site, fname, title, body, offer=False, op=None, provider=None, ids=(), note="", crumb=None):
    PAGES.append(dict(site=site, file=fname, title=title, body=body, is_offer=offer,
                      operator=op, provider=provider, ids=[list(x) for x in ids], note=note, crumb=crumb))


# ====================== U01 保定智训 (honest training school) ======================
P("bdzhixun", "course-ai-trainer.html", "人工智能训练师（四级/三级）职业技能等级认定培训班 - 保定智训",
"""<h1>人工智能训练师（4-04-05-05）四级/三级培训班 春季班招生</h1>
<p>本课程依据《人工智能训练师国家职业技能标准(2021年版)》开设，覆盖数据采集和处理、数据标注、智能系统运维等内容，理论与实操结合，四级参考学时 50 学时、三级 40 学时以上。</p>
<p>报名条件：四级需取得五级证书后从事本职业 4 年，或累计工作 6 年，或技工院校相关专业毕业；三级需持四级证书并满足年限要求。<b>不符合条件的学员我们不收</b>，请先咨询。</p>
<p>认定由经人社部门备案的评价机构组织，考试合格后颁发职业技能等级证书，可登录 zscx.osta.org.cn 查询。符合条件的参保职工可按规定申请技能提升补贴（四级最高 1500 元、三级最高 2000 元，以当地人社部门审核为准）。</p>
<p>认定考点：保定市职教中心实训楼，考点前台 0312-3058826（仅受理考场事务，不受理报名）。</p>
<p>报名咨询：0312-5936218（前台） / 138 3125 5706（刘老师，同微信）　微信号：zhixun_ai01</p>
<p class="small">学校统一社会信用代码：%s　官网 bdzhixun.com</p>""" % U01_USCC,
 True, "U01", "保定智训职业技能培训学校",
 [("phone", "03125936218", "0312-5936218"), ("phone", "+8613831255706", "138 3125 5706"),
  ("wechat", "zhixun_ai01", "zhixun_ai01"), ("uscc", U01_USCC, U01_USCC), ("domain", "bdzhixun.com", "bdzhixun.com")],
 "training school's own course page (honest, states eligibility)")

P("bdzhixun", "enroll.html", "在线报名 - 保定智训职业技能培训学校",
"""<h1>在线报名：人工智能训练师 2026 年第 3 批次</h1>
<p>本批次认定批次号：15200031026（由评价机构下发，报名表请如实填写）。</p>
<form><label>姓名 <input placeholder="请输入真实姓名"></label>
<label>手机号 <input placeholder="如：13800138000"></label>
<label>报考等级 <select><option>五级</option><option>四级</option><option>三级</option></select></label></form>
<p>提交后 1 个工作日内由招生老师联系。也可直接致电 13831255706 或添加微信 zhixun_ai01。</p>
<p>如对补贴政策有疑问，可拨打人社服务热线 12333 咨询。</p>
<p class="small">统一社会信用代码 %s</p>""" % U01_USCC,
 True, "U01", "保定智训职业技能培训学校",
 [("phone", "+8613831255706", "13831255706"), ("wechat", "zhixun_ai01", "zhixun_ai01"), ("uscc", U01_USCC, U01_USCC),
  ("domain", "bdzhixun.com", "bdzhixun.com")],
 "enrolment form on the school's own site")

P("kecheng", "course-1042.html", "【智训AI学院】人工智能训练师四级 理论+实操 直播课",
"""<h1>【智训AI学院】人工智能训练师四级 理论+实操 直播课</h1>
<p class="price">￥1680 <s>￥2280</s>　已售 312　课程编号 KC-1042</p>
<p>机构：智训AI学院（保定）　主讲：刘老师　课时：52 学时</p>
<p>课程大纲：基本要求 / 数据采集和处理 / 数据标注 / 智能系统运维。线下实操在保定竞秀区校区进行。</p>
<p>机构咨询：(0312)5936218，添加老师微信 ZhiXun_AI01 领取报考条件自测表。</p>""",
 True, "U01", "智训AI学院",
 [("phone", "03125936218", "(0312)5936218"), ("wechat", "zhixun_ai01", "ZhiXun_AI01")],
 "marketplace listing of U01 under brand 智训AI学院")

P("fenlei", "bd-edu-20260311.html", "保定 人工智能训练师培训 五级四级 正规机构 可申请补贴",
"""<h1>保定 人工智能训练师培训 五级四级 正规机构 可申请补贴</h1>
<p>发布者：保定智训（机构认证）　区域：竞秀区</p>
<p>本校开设人工智能训练师五级、四级培训，按国家职业技能标准授课，周末班/晚班。考试合格领取职业技能等级证书，证书可在全国联网平台查询。</p>
<p>电话：138-3125-5706 刘老师</p>
<p>请在下方填写手机号（例：13800138000），我们回电。</p>""",
 True, "U01", "保定智训",
 [("phone", "+8613831255706", "138-3125-5706")], "classified ad of U01")

# ====================== U02 湘智 (dishonest, Zhuzhou) ======================
P("fenlei", "zz-edu-20260312.html", "株洲 人工智能训练师三级 包过 人社部颁发 全国通用",
"""<h1>株洲 人工智能训练师三级 包过 人社部颁发 全国通用</h1>
<p>发布者：湘智教育　区域：株洲 芦淞区</p>
<p>零基础、不限学历、不限经验！报名直接考三级，一次报考三级+二级更优惠。人社部颁发，国家职业资格证书，可挂靠年入两万。</p>
<p>交费包过，不过全退！名额有限。</p>
<p>联系电话：177 7330 1286　微信：xz_ai888</p>""",
 True, "U02", "湘智教育",
 [("phone", "+8617773301286", "177 7330 1286"), ("wechat", "xz_ai888", "xz_ai888")],
 "dishonest classified (包过, 人社部颁发, 挂靠)")

P("video", "v-7712054.html", "考证小王：AI训练师证书一周拿证 #人工智能训练师",
"""<h1>考证小王</h1><p class="vid">[视频] 00:47　点赞 2.3万　评论 864</p>
<p>文案：90%的小白都能拿到！人工智能训练师三级，不用懂编程，原价 6980 现在只要 1980，一周出证，官网可查。想要的家人们看主页，V：xz_ai888，或者扣 2863310457。</p>
<p>置顶评论（作者）：私信太多回不过来，直接加V。</p>""",
 True, "U02", "考证小王",
 [("wechat", "xz_ai888", "xz_ai888"), ("qq", "2863310457", "2863310457")],
 "short video of U02 persona 考证小王")

P("wx", "art-20260309-a.html", "湘智AI考证｜2026年人工智能训练师报名通道已开启（转载）",
"""<h1>2026年人工智能训练师报名通道已开启！</h1>
<p class="src">原文来源：公众号「湘智AI考证」 2026-03-09</p>
<p>人工智能训练师是人社部认证的新职业，证书由人社部颁发，全国联网可查，终身有效。</p>
<p>报名即送题库，考前押题，保过班通过率 100%。</p>
<p><img alt="证书样本"> 样证编号：S000013043000265000218</p>
<p>咨询QQ：2863310457　电话 177-7330-1286</p>""",
 True, "U02", "湘智AI考证",
 [("qq", "2863310457", "2863310457"), ("phone", "+8617773301286", "177-7330-1286")],
 "WeChat repost of U02")

P("shop", "item-580213.html", "人工智能训练师报名 三级/二级 含证书 湘智AI考证店",
"""<h1>人工智能训练师报名 三级/二级 含证书 一站式代报</h1>
<p class="price">￥2680 起　月销 41</p><p>店铺：湘智AI考证店（株洲）</p>
<p>拍下后联系客服提供身份证照片，无需到场，包通过，证书直接邮寄。二级技师也可报，零基础。</p>
<p>拍前加客服微信：XZ_AI888</p>
<p>买家评价：「已拿证，订单号 4203217785906613 」——匿名买家</p>
<p>付款遇到问题请联系支付宝客服 95188。</p>""",
 True, "U02", "湘智AI考证店",
 [("wechat", "xz_ai888", "XZ_AI888")], "shop listing of U02")

# ====================== U03 中科智培 (state-sounding brand, fake query domain) ======================
P("kecheng", "course-2210.html", "国家人工智能人才培养工程 人工智能训练师（高级）认证课程",
"""<h1>国家人工智能人才培养工程 · 人工智能训练师（高级）认证课程</h1>
<p class="price">￥3980　已售 1203</p>
<p>主办：中科智培人工智能人才培养中心。证书由人社部颁发，纳入国家人才库，全国联网可查（查询网址 zkzp-cx.cn），可作为职称评定依据。</p>
<p>全国服务热线：400-869-5127</p>
<p class="small">运营主体：北京中科智培教育科技有限公司，统一社会信用代码 %s</p>""" % U03_USCC,
 True, "U03", "中科智培人工智能人才培养中心",
 [("phone", "4008695127", "400-869-5127"), ("domain", "zkzp-cx.cn", "zkzp-cx.cn"), ("uscc", U03_USCC, U03_USCC)],
 "marketplace listing of U03, state-sounding brand and fake query site")

P("wenda", "q-88231.html", "人工智能训练师证书在哪里考？哪家是官方的？",
"""<h1>人工智能训练师证书在哪里考？哪家是官方的？</h1>
<p class="q">提问者：石家庄小杨　2026-03-02</p>
<div class="ans"><p><b>回答（中科智培-周老师）：</b>我们是国家人工智能人才培养工程指定的培训单位，证书全国通用、官网可查。具体可以拨打 400 869 5127 或登录 zkzhipei.cn 了解。</p></div>
<div class="ans"><p><b>网友「保定大白」：</b>同问，我也想考，加我微信 qinqin_bd99 一起拼团吧。</p></div>
<div class="ans"><p><b>网友「理性考证」：</b>认准 zscx.osta.org.cn 能查到的才算，别信“指定”。</p></div>""",
 True, "U03", "中科智培",
 [("phone", "4008695127", "400 869 5127"), ("domain", "zkzhipei.cn", "zkzhipei.cn")],
 "Q&A answer advertising U03")

P("wx", "art-20260305-b.html", "人社部新职业｜人工智能训练师证书报考全解析（转载）",
"""<h1>人社部新职业｜人工智能训练师证书报考全解析</h1>
<p class="src">原文来源：公众号「国家AI人才培养」 2026-03-05</p>
<p>证书由人社部颁发，全国通用，入库可查（证书查询：www.zkzp-cx.cn）。高级证书可直接对应中级职称！</p>
<p>报名邮箱：zkzp_edu@163.com　官网 www.zkzhipei.cn</p>
<p><img alt="证书样本"> 样证编号：S000013043000265000218</p>""",
 True, "U03", "国家AI人才培养",
 [("email", "zkzp_edu@163.com", "zkzp_edu@163.com"), ("domain", "zkzhipei.cn", "zkzhipei.cn"), ("domain", "zkzp-cx.cn", "zkzp-cx.cn")],
 "WeChat repost of U03")

P("news", "tg-0314.html", "【合作推广】AI时代来了，人工智能训练师成为高薪新职业",
"""<h1>AI时代来了，人工智能训练师成为高薪新职业</h1>
<p class="tag">合作推广 · 本文为广告</p>
<p>记者了解到，中科智培人工智能人才培养中心推出的人工智能训练师培训项目，学员结业后获得人社部颁发证书，可在 zkzp-cx.cn 查询……</p>
<p>报名方式：发送简历至 zkzp_edu#163.com，或致电 4008-695-127。</p>""",
 True, "U03", "中科智培人工智能人才培养中心",
 [("email", "zkzp_edu@163.com", "zkzp_edu#163.com"), ("phone", "4008695127", "4008-695-127"), ("domain", "zkzp-cx.cn", "zkzp-cx.cn")],
 "advertorial on a news site for U03")

# ====================== U04 启航 (honest, Zhuzhou) ======================
P("forum", "thread-30118.html", "【株洲】启航职校 人工智能训练师五级/四级 周末班开课（已报备）",
"""<h1>【株洲】启航职校 人工智能训练师五级/四级 周末班开课（已报备）</h1>
<div class="post"><p><b>楼主 启航职校小周：</b>各位株洲的朋友，我们学校 4 月开人工智能训练师五级和四级周末班，五级需要相关工作满一年，报名时要交工作证明。参保满一年的可以申请技能提升补贴，具体以人社局审核为准，有疑问可打 12333 问。</p>
<p>电话 0731-28456173，手机 151 7337 8402</p></div>
<div class="post"><p><b>2 楼 麓山听雨：</b>去年在这家报过别的工种，还算正规。我的QQ 893027415 有资料的发我一份。</p></div>""",
 True, "U04", "启航职校",
 [("phone", "073128456173", "0731-28456173"), ("phone", "+8615173378402", "151 7337 8402")],
 "forum ad of U04 with reader comment")

P("fenlei", "zz-edu-20260315.html", "株洲启航培训 人工智能训练师/数据标注员培训",
"""<h1>株洲启航培训 人工智能训练师/数据标注员培训</h1>
<p>发布者：启航培训　区域：株洲 天元区</p>
<p>正规培训学校，按标准课时授课，不承诺包过。五级 60 学时，四级 50 学时。</p>
<p>手机：15173378402　QQ：1547820936</p>""",
 True, "U04", "启航培训",
 [("phone", "+8615173378402", "15173378402"), ("qq", "1547820936", "1547820936")],
 "classified ad of U04")

P("shop", "item-611407.html", "启航职培旗舰店 人工智能训练师五级培训 线下课 株洲",
"""<h1>人工智能训练师五级 线下培训课（株洲）</h1>
<p class="price">￥980　月销 17</p><p>店铺：启航职培旗舰店</p>
<p>本商品为培训费，认定费按评价机构标准另行收取。证书可在 jndj.osta.org.cn 查询。</p>
<p>到店咨询：0731 2845 6173　客服QQ 1547 820 936</p>""",
 True, "U04", "启航职培旗舰店",
 [("phone", "073128456173", "0731 2845 6173"), ("qq", "1547820936", "1547 820 936")],
 "shop listing of U04")

P("wenda", "q-88904.html", "株洲哪里可以考人工智能训练师？",
"""<h1>株洲哪里可以考人工智能训练师？</h1>
<p class="q">提问者：匿名用户　2026-03-10</p>
<div class="ans"><p><b>回答（启航职校王老师）：</b>株洲本地有几家培训学校开班，我们启航这边五级四级都有，先看自己是否满足申报条件，再来报名。电话 151-7337-8402。</p></div>
<div class="ans"><p><b>网友「不吃香菜」：</b>五级要工作满一年，别被说“零门槛”的骗了。</p></div>""",
 True, "U04", "启航职校",
 [("phone", "+8615173378402", "151-7337-8402")], "Q&A answer by U04")

# ====================== U05 优才 (零基础直考三级, Baoding) ======================
P("video", "v-7730981.html", "优才考证：零基础直接考三级人工智能训练师",
"""<h1>优才考证</h1><p class="vid">[视频] 01:12　点赞 8412　评论 301</p>
<p>文案：宝子们，人工智能训练师三级零基础直接考！不限学历，考完可以申请补贴，补贴后几乎免费！保定本地可以面授。薇：ycks_2026</p>""",
 True, "U05", "优才考证",
 [("wechat", "ycks_2026", "ycks_2026")], "short video of U05")

P("wenda", "q-87955.html", "保定人工智能训练师三级要什么条件？",
"""<h1>保定人工智能训练师三级要什么条件？</h1>
<p class="q">提问者：竞秀区小李　2026-02-27</p>
<div class="ans"><p><b>回答（优才教育）：</b>我们这边三级不需要四级证书，零基础也能报，本批次批次号 15200031026 还有名额。可以加微信 ycks_2026 或打 189 3127 0549。</p></div>
<div class="ans"><p><b>网友「较真哥」：</b>按标准三级要先有四级证书，楼上这种说法小心。</p></div>""",
 True, "U05", "优才教育",
 [("wechat", "ycks_2026", "ycks_2026"), ("phone", "+8618931270549", "189 3127 0549")],
 "Q&A answer advertising U05")

P("forum", "thread-30207.html", "保定 人工智能训练师 考证 有需要的私聊",
"""<h1>保定 人工智能训练师 考证 有需要的私聊</h1>
<div class="post"><p><b>楼主 优才教育-张：</b>三级四级都能报，零基础，考点在保定市职教中心（前台 0312-3058826 可以问考场位置），电话 18931270549。</p></div>
<div class="post"><p><b>2 楼 冀中路人：</b>提醒一下，有人用 171-6335-8021 这个号冒充机构收钱，大家注意。</p></div>""",
 True, "U05", "优才教育",
 [("phone", "+8618931270549", "18931270549")], "forum ad of U05 with a warning comment")

# ====================== U06 学证通 / 北辰教育 (online) ======================
P("kecheng", "course-3377.html", "北辰教育 人工智能训练师五级+四级 双证联报 录播课",
"""<h1>北辰教育 人工智能训练师五级+四级 双证联报 录播课</h1>
<p class="price">￥2380　已售 856</p>
<p>双证联报立减 600 元！两个等级一起考，效率翻倍。全程录播，考前 3 天冲刺。</p>
<p>机构热线 400-018-6632　学员交流群 736285104</p>""",
 True, "U06", "北辰教育",
 [("phone", "4000186632", "400-018-6632"), ("qq_group", "736285104", "736285104")],
 "marketplace listing of U06 (两级联报)")

P("wx", "art-20260310-c.html", "学证通｜人工智能训练师报考常见问题15问（转载）",
"""<h1>学证通｜人工智能训练师报考常见问题15问</h1>
<p class="src">原文来源：公众号「学证通考证」 2026-03-10</p>
<p>Q：证书哪里发？A：由备案的评价机构颁发，我们负责培训和报名组织。</p>
<p>Q：可以两个等级一起报吗？A：可以，我们有五级+四级双证班。</p>
<p>报名表：www.wjx.cn/vm/ai-trainer.aspx　学员QQ群：736 285 104　邮箱 kefu@xuezhengtong.com</p>""",
 True, "U06", "学证通",
 [("qq_group", "736285104", "736 285 104"), ("email", "kefu@xuezhengtong.com", "kefu@xuezhengtong.com")],
 "WeChat repost of U06")

P("shop", "item-603391.html", "学证通官方店 人工智能训练师 网课+报名服务",
"""<h1>人工智能训练师 网课+报名服务</h1>
<p class="price">￥1580　月销 96</p><p>店铺：学证通官方店</p>
<p>下单后客服联系开通课程，官网 xuezhengtong.com 登录学习。热线 4000186632。</p>
<p>付款遇到问题请联系支付宝客服 95188。</p>""",
 True, "U06", "学证通官方店",
 [("domain", "xuezhengtong.com", "xuezhengtong.com"), ("phone", "4000186632", "4000186632")],
 "shop listing of U06")

# ====================== U07 李老师 (individual agent, 免考出证) ======================
P("fenlei", "bd-edu-20260318.html", "代报人工智能训练师 不用考试 直接出证 保定可面交",
"""<h1>代报人工智能训练师 不用考试 直接出证</h1>
<p>发布者：李老师（个人）　区域：保定 莲池区</p>
<p>免培训免考试，提供身份证就行，三级 15 天出证，入库可查。可以先付一半。</p>
<p>电话 132 0312 8817（李老师）</p>""",
 True, "U07", "李老师",
 [("phone", "+8613203128817", "132 0312 8817")], "dishonest classified of U07")

P("wenda", "q-89012.html", "人工智能训练师证有没有快一点的拿证方式？",
"""<h1>人工智能训练师证有没有快一点的拿证方式？</h1>
<p class="q">提问者：急需证书　2026-03-12</p>
<div class="ans"><p><b>回答（AI训练师李老师）：</b>有，不用考，半个月出证，可查。V：li_aixunlian，QQ 3091527748。</p></div>
<div class="ans"><p><b>网友「保定大白」：</b>这么快？靠谱吗，我微信 qinqin_bd99，有人拿到了告诉我一声。</p></div>
<div class="ans"><p><b>网友「老鉴定员」：</b>“不用考”就是山寨证书的典型话术，人社部门明令禁止。之前 17163358021 也这么说，收完钱就跑了。</p></div>""",
 True, "U07", "AI训练师李老师",
 [("wechat", "li_aixunlian", "li_aixunlian"), ("qq", "3091527748", "3091527748")],
 "Q&A answer by U07")

P("video", "v-7745120.html", "证书代办李姐：AI训练师半个月拿证",
"""<h1>证书代办李姐</h1><p class="vid">[视频] 00:29　点赞 516　评论 77</p>
<p>文案：不想考试的看过来，人工智能训练师半个月拿证，扫码可查。样证编号 S000013043000265000218。V:Li_AiXunLian 扣扣：309 152 7748 电话13203128817</p>""",
 True, "U07", "证书代办李姐",
 [("wechat", "li_aixunlian", "Li_AiXunLian"), ("qq", "3091527748", "309 152 7748"), ("phone", "+8613203128817", "13203128817")],
 "short video of U07")

# ====================== U08 冀湘人才认证 (挂靠 lure) ======================
P("forum", "thread-30355.html", "人工智能训练师证书挂靠 年入3万 长期收证/办证",
"""<h1>人工智能训练师证书挂靠 年入3万 长期收证/办证</h1>
<div class="post"><p><b>楼主 冀湘人才：</b>冀湘人才认证服务中心常年办理人工智能训练师证书，拿证后可挂靠企业，年收入 2-3 万。详情 jxrcrz.com，电话 199 3012 5568。</p></div>
<div class="post"><p><b>2 楼 版主 保定老何：</b>此帖未报备，已标记广告。</p></div>""",
 True, "U08", "冀湘人才认证服务中心",
 [("domain", "jxrcrz.com", "jxrcrz.com"), ("phone", "+8619930125568", "199 3012 5568")],
 "挂靠 lure on the forum (U08)")

P("wx", "art-20260313-d.html", "拿证即可挂靠！人工智能训练师证书办理（转载）",
"""<h1>拿证即可挂靠！人工智能训练师证书办理</h1>
<p class="src">原文来源：公众号「冀湘人才服务」 2026-03-13</p>
<p>名额紧张，先交定金 800 元锁定名额。对公转账收款方：保定市睿途信息咨询有限公司。</p>
<p>客服电话 19930125568</p>""",
 True, "U08", "冀湘人才服务",
 [("other", "保定市睿途信息咨询有限公司", "保定市睿途信息咨询有限公司"), ("phone", "+8619930125568", "19930125568")],
 "WeChat repost of U08")

P("news", "tg-0316.html", "【合作推广】技能证书“挂靠”新机遇",
"""<h1>技能证书“挂靠”新机遇</h1>
<p class="tag">合作推广 · 本文为广告</p>
<p>睿途人才表示，人工智能训练师等新职业证书需求旺盛，持证可获企业挂靠补贴。官网 www.jxrcrz.com，收款单位：保定市睿途信息咨询有限公司。</p>""",
 True, "U08", "睿途人才",
 [("domain", "jxrcrz.com", "jxrcrz.com"), ("other", "保定市睿途信息咨询有限公司", "保定市睿途信息咨询有限公司")],
 "advertorial of U08 on the news site")

# ====================== U09 新科数智 (honest, own site) ======================
P("zzxinke", "ai-trainer.html", "人工智能训练师职业技能等级培训 - 新科数智",
"""<h1>人工智能训练师职业技能等级培训（五级/四级/三级）</h1>
<p>新科数智按照国家职业技能标准组织培训，认定由备案评价机构实施，证书可在 zscx.osta.org.cn 查询。</p>
<p>符合条件的企业职工可申请技能提升补贴：五级最高 1000 元、四级 1500 元、三级 2000 元。</p>
<p>咨询：13973312648（陈老师）　邮箱 xinke_px@126.com</p>
<p class="small">株洲新科数智职业技能培训有限公司　统一社会信用代码 %s</p>""" % U09_USCC,
 True, "U09", "新科数智",
 [("phone", "+8613973312648", "13973312648"), ("email", "xinke_px@126.com", "xinke_px@126.com"), ("uscc", U09_USCC, U09_USCC),
  ("domain", "zzxinke.cn", "zzxinke.cn")],
 "training company's own course page")

P("zzxinke", "signup.html", "报名通道 - 新科数智",
"""<h1>报名通道</h1>
<p>请填写报名表：www.wjx.cn/vm/xinke-ai.aspx（问卷星）</p>
<form><label>手机号 <input placeholder="如：13800138000"></label></form>
<p>报名咨询 139-7331-2648，官网 zzxinke.cn。</p>""",
 True, "U09", "新科数智",
 [("phone", "+8613973312648", "139-7331-2648"), ("domain", "zzxinke.cn", "zzxinke.cn")],
 "signup page of U09")

P("kecheng", "course-4051.html", "新科AI培训 人工智能训练师四级 株洲线下班",
"""<h1>新科AI培训 人工智能训练师四级 株洲线下班</h1>
<p class="price">￥1500　已售 88</p>
<p>50 学时，含数据标注实操。机构联系人陈老师 139 7331 2648，资料索取 xinke_px@126.com。</p>""",
 True, "U09", "新科AI培训",
 [("phone", "+8613973312648", "139 7331 2648"), ("email", "xinke_px@126.com", "xinke_px@126.com")],
 "marketplace listing of U09")

# ====================== Independents ======================
P("kecheng", "course-5120.html", "燕赵数智学堂 数据标注员入门（人工智能训练师五级方向）",
"""<h1>燕赵数智学堂 数据标注员入门（人工智能训练师五级方向）</h1>
<p class="price">￥699　已售 45</p>
<p>适合已从事标注工作的同学备考五级，证书查询请认准 jndj.osta.org.cn。助教微信 yzsz_ketang。</p>""",
 True, "I01", "燕赵数智学堂", [("wechat", "yzsz_ketang", "yzsz_ketang")], "independent marketplace listing")

P("forum", "thread-30412.html", "株洲 有没有想一起备考人工智能训练师四级的？我带个小班",
"""<h1>株洲 有没有想一起备考人工智能训练师四级的？我带个小班</h1>
<div class="post"><p><b>楼主 芦淞老杨：</b>本人在标注公司做了五年，带 5 人小班辅导四级实操，每人 600，考试自己到机构报名。电话 158 0733 5219。</p></div>
<div class="post"><p><b>2 楼 麓山听雨：</b>我的QQ 893027415 算我一个。</p></div>""",
 True, "I02", "芦淞老杨", [("phone", "+8615807335219", "158 0733 5219")], "independent tutor on the forum")

P("fenlei", "bd-edu-20260320.html", "卓远教育 人工智能训练师五级 小班 保定",
"""<h1>卓远教育 人工智能训练师五级 小班</h1>
<p>发布者：卓远教育　区域：保定 竞秀区</p>
<p>考点为保定市职教中心（考点前台 0312-3058826），本期批次号 15200031026。报名电话 0312-3310467。补贴问题请咨询 12333。</p>
<p>填写手机号（例：13800138000）获取课表。</p>""",
 True, "I03", "卓远教育", [("phone", "03123310467", "0312-3310467")], "independent classified")

P("video", "v-7751634.html", "AI小鹿老师：数据标注能不能当副业？顺便说下我的课",
"""<h1>AI小鹿老师</h1><p class="vid">[视频] 03:05　点赞 1.1万　评论 412</p>
<p>文案：数据标注是人工智能训练师的一个工种，别信一周拿证。我的五级备考课报名表在这：www.wjx.cn/vm/xiaolu.aspx，或者加我 xiaolu_aijob。</p>""",
 True, "I04", "AI小鹿老师", [("wechat", "xiaolu_aijob", "xiaolu_aijob")], "independent short-video seller")

P("shop", "item-622845.html", "智标数据标注培训店 人工智能训练师五级题库+实操课",
"""<h1>人工智能训练师五级 题库+实操课</h1>
<p class="price">￥299　月销 203</p><p>店铺：智标数据标注培训店</p>
<p>仅提供学习资料和课程，不代办证书。售前 QQ 2418093675。</p>
<p>买家评价：「资料很全，订单号 4203217785906613 的发票已收到」</p>
<p>付款遇到问题请联系支付宝客服 95188。</p>""",
 True, "I05", "智标数据标注培训店", [("qq", "2418093675", "2418093675")], "independent shop listing")

P("wenda", "q-89100.html", "长沙/株洲有正规的人工智能训练师培训吗？",
"""<h1>长沙/株洲有正规的人工智能训练师培训吗？</h1>
<p class="q">提问者：湘江边　2026-03-14</p>
<div class="ans"><p><b>回答（芯途教育）：</b>我们芯途教育在长沙、株洲都有教学点，四级三级都开班，全国热线 400-662-0917。</p></div>""",
 True, "I06", "芯途教育", [("phone", "4006620917", "400-662-0917")], "independent Q&A answer")

# ====================== Non-offers ======================
P("news", "n-20260302.html", "警惕！“人工智能训练师包过”骗局已有市民中招",
"""<h1>警惕！“人工智能训练师包过”骗局已有市民中招</h1>
<p>本报讯 近日，市民刘女士向本报反映，她通过短视频添加了一名自称“证书老师”的人，交了 3800 元后对方失联。对方使用的电话为 171-6335-8021。</p>
<p>市人社部门提醒：职业技能等级证书由备案的评价机构颁发，并非“人社部颁发”，可在 zscx.osta.org.cn 查询。遇到问题可拨打 12333 或 12315 投诉。</p>""",
 note="news warning quoting a scam number and hotlines")
P("news", "n-20260310.html", "株洲举办数字经济人才招聘会",
"""<h1>株洲举办数字经济人才招聘会</h1><p>3 月 9 日，株洲数字经济人才专场招聘会在天元区举行，60 余家企业提供岗位 1200 余个，数据标注、算法测试等岗位需求旺盛。</p>""",
 note="unrelated local news")
P("rsj", "notice-2026-07.html", "关于公布2026年第3批次职业技能等级认定计划的通知",
"""<h1>关于公布2026年第3批次职业技能等级认定计划的通知</h1>
<p>各有关单位：现将 2026 年第 3 批次（批次号 15200031026）职业技能等级认定计划予以公布，涉及人工智能训练师（4-04-05-05）五级至三级。</p>
<p>认定由经备案的评价机构组织实施，证书查询网址 zscx.osta.org.cn。咨询电话 12333。</p>""",
 note="official-style notice with batch number")
P("rsj", "notice-2026-09.html", "关于防范“山寨证书”的温馨提示",
"""<h1>关于防范“山寨证书”的温馨提示</h1>
<p>近期有机构以“人社部颁发”“包过”“免考试直接出证”为噱头招揽学员。依据人社部函〔2022〕25号，此类行为属于专项治理对象。</p>
<p>职业技能等级证书可在 jndj.osta.org.cn 和 zscx.osta.org.cn 查询，举报请拨打 12333，消费纠纷可拨打 12315。</p>""",
 note="official warning")
P("forum", "thread-29980.html", "【曝光】交了钱拿不到证，大家避雷",
"""<h1>【曝光】交了钱拿不到证，大家避雷</h1>
<div class="post"><p><b>楼主 被坑的小赵：</b>去年在网上报人工智能训练师，对方说包过，交了 2500 后就拉黑了，电话 17163358021，已经打 12315 投诉。</p></div>
<div class="post"><p><b>2 楼 株洲阿杰：</b>版主提醒：查证一律去 zscx.osta.org.cn。</p></div>""",
 note="complaint thread quoting a scam number")
P("wenda", "q-87600.html", "人工智能训练师证书怎么查真假？",
"""<h1>人工智能训练师证书怎么查真假？</h1>
<div class="ans"><p><b>回答（热心网友）：</b>拿到证书后用姓名、证件号、证书编号去 zscx.osta.org.cn 查，编号一般是 22 位，一个字母加 21 位数字。查不到的就有问题，可以拨打 12333。</p></div>""",
 note="Q&A guide on verification")

# ---------- rendering ----------
CSS = "body{font-family:sans-serif;margin:0}header,footer{background:#eee;padding:8px}nav a{margin-right:10px}.wrap{display:flex}main{flex:3;padding:10px}aside{flex:1;padding:10px;background:#fafafa}.small{font-size:12px;color:#666}"


def page_path(p):
    return "/%s/%s" % (p["site"], p["file"])


def render(site, title, crumb, body, siblings, self_file):
    s = SITES[site]
    menu = "".join('<a href="index.html">%s</a>' % m for m in s["menu"])
    rel = "".join('<li><a href="%s">%s</a></li>' % (q["file"], q["title"][:24]) for q in siblings if q["file"] != self_file)[:6000]
    return ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s</title><style>%s</style></head><body>"
            "<header><b>%s</b><nav>%s</nav></header>"
            "<div class=\"crumb\"><a href=\"../index.html\">导航</a> &gt; <a href=\"index.html\">%s</a> &gt; %s</div>"
            "<div class=\"wrap\"><main>%s</main><aside>%s<h4>相关推荐</h4><ul>%s</ul></aside></div>"
            "<footer>%s</footer></body></html>\n") % (title, CSS, s["name"], menu, s["name"], crumb, body, s["side"], rel, s["foot"])


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    files = {}
    for site in SITES:
        sp = [p for p in PAGES if p["site"] == site]
        os.makedirs(os.path.join(OUT, site), exist_ok=True)
        for p in sp:
            files[page_path(p)] = render(site, p["title"], p["title"][:20], p["body"], sp, p["file"])
        lst = "".join('<li><a href="%s">%s</a></li>' % (p["file"], p["title"]) for p in sp)
        files["/%s/index.html" % site] = render(site, SITES[site]["name"], "首页",
            "<h1>%s</h1><p>最新内容</p><ul>%s</ul>" % (SITES[site]["name"], lst), [], "index.html")
    hub = "".join('<li><a href="%s/index.html">%s</a></li>' % (k, v["name"]) for k, v in SITES.items())
    files["/index.html"] = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网址导航</title></head>"
                            "<body><h1>网址导航</h1><ul>%s</ul></body></html>\n" % hub)
    for path, html in files.items():
        with open(OUT + path, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    # truth
    tpages = []
    for path in sorted(files):
        p = next((q for q in PAGES if page_path(q) == path), None)
        if p is None:
            note = "hub page" if path == "/index.html" else "site index page"
            ids = []
            if path == "/bdzhixun/index.html":
                ids = [["phone", "03125936218", "0312-5936218"], ["domain", "bdzhixun.com", "bdzhixun.com"]]
                note += " (school's own site; carries its contacts but is not itself an offer)"
            if path == "/zzxinke/index.html":
                ids = [["domain", "zzxinke.cn", "zzxinke.cn"]]
                note += " (company's own site; not itself an offer)"
            tpages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=ids, note=note))
        else:
            tpages.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                               identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in PAGES:
        if p["operator"] and p["operator"].startswith("U"):
            o = ops.setdefault(p["operator"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, _ in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    D = [
     ("phone", "12333", ["12333"], "national 人社 service hotline"),
     ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
     ("phone", "95188", ["95188"], "Alipay customer service (payment platform)"),
     ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
     ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query site"),
     ("phone", "4006018899", ["400-601-8899"], "course marketplace's own customer-service line (footer)"),
     ("email", "service@kechengjishi.com", ["service@kechengjishi.com"], "course marketplace footer e-mail"),
     ("domain", "kechengjishi.com", ["kechengjishi.com"], "course marketplace's own domain"),
     ("qq_group", "581204736", ["581204736"], "forum's own QQ group in footer"),
     ("email", "jubao@jxjiayuan.net", ["jubao@jxjiayuan.net"], "forum report mailbox (footer)"),
     ("other", "冀ICP备18023567号-2", ["冀ICP备18023567号-2"], "classifieds platform ICP number"),
     ("phone", "031167708520", ["0311-67708520"], "classifieds platform customer service"),
     ("email", "tougao@wxwenzhai.net", ["tougao@wxwenzhai.net"], "repost site's submission mailbox"),
     ("phone", "01053917788", ["010-53917788"], "video platform's report line"),
     ("phone", "073122881234", ["0731-22881234"], "news site's news hotline (footer and sidebar)"),
     ("phone", "4008005757", ["400-800-5757"], "shop platform customer service"),
     ("phone", "+8617163358021", ["171-6335-8021", "17163358021"], "scam number quoted in news, complaint and a forum comment"),
     ("phone", "+8615200031026", ["15200031026"], "certification batch number that looks like a mobile"),
     ("phone", "+8613800138000", ["13800138000"], "template placeholder in forms"),
     ("other", "S000013043000265000218", ["S000013043000265000218"], "certificate number on a copied sample certificate image"),
     ("other", "4203217785906613", ["4203217785906613"], "order number quoted in buyers' reviews"),
     ("wechat", "qinqin_bd99", ["qinqin_bd99"], "a reader's own WeChat in Q&A comments"),
     ("qq", "893027415", ["893027415"], "a reader's own QQ in forum replies"),
     ("phone", "03123058826", ["0312-3058826"], "exam venue's front desk (third party)"),
     ("domain", "wjx.cn", ["www.wjx.cn"], "form tool (问卷星) used by several sellers"),
    ]
    decoys = []
    for k, v, wr, why in D:
        pages = sorted(p for p, h in files.items() if any(w in h for w in wr))
        decoys.append(dict(kind=k, value=v, written=wr, pages=pages, why=why))
    truth = dict(pages=tpages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
