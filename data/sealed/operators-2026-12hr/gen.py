#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json."""
import json, os, shutil, html

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(code8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(head8, org8):
    s17 = head8 + org8 + org_check(org8)
    r = 31 - sum(ALPHA.index(ch) * W18[i] for i, ch in enumerate(s17)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

assert uscc("91440300", "19220382") == "914403001922038216"

USCC_U01 = uscc("52510903", "MJ0Q7712")   # 民办非企业 (training school)
USCC_U03 = uscc("91510900", "MA6BQ3K8")
USCC_U06 = uscc("91110108", "MA01XR5T")   # company with state-sounding name

# ---------------------------------------------------------------- sites
SITES = {
 "ruizhi": dict(name="蜀锐职业技能培训学校", style="training-company site",
   menu=["首页", "学校简介", "培训项目", "学员风采", "联系我们"],
   footer="蜀锐职业技能培训学校 版权所有 · 地址:遂宁市船山区明月路 · 网站:www.shuruiedu.cn",
   side="<h4>热门项目</h4><ul><li>人工智能训练师</li><li>电子商务师</li><li>保育师</li></ul>"),
 "kecheng": dict(name="课程网 · 职业技能频道", style="course marketplace",
   menu=["首页", "职业技能", "IT互联网", "考证", "机构入驻"],
   footer="课程网 kechengwang.cn · 客服热线 4006-517-517 · 客服邮箱 kefu@kechengwang.cn · 平台不对机构承诺负责,请理性选课",
   side="<h4>平台保障</h4><p>7天无理由退款(机构另有约定除外)</p><p>投诉:kefu@kechengwang.cn</p>"),
 "fenlei": dict(name="遂宁分类信息网", style="classifieds",
   menu=["首页", "招聘", "培训", "二手", "家政", "发布信息"],
   footer="遂宁分类信息网 蜀ICP备16024173号-2 · 本站信息由用户发布,交易前请核实",
   side="<h4>免费发布</h4><form>联系电话<input placeholder='如:13800138000'></form><p>示例:13800138000(请填写真实手机号)</p>"),
 "luntan": dict(name="遂州论坛", style="local forum",
   menu=["首页", "遂宁杂谈", "教育培训", "维权投诉", "便民"],
   footer="遂州论坛 · 官方交流QQ群:713620458 · 版务投诉请发站内信",
   side="<h4>论坛公告</h4><p>严禁发布虚假广告,违者封号。加入官方群 QQ群:713620458</p>"),
 "wenda": dict(name="问答吧", style="Q&A site",
   menu=["首页", "教育", "职场", "提问"],
   footer="问答吧 · 客服QQ:800055321 · 回答仅代表网友个人观点",
   side="<h4>登录后回答</h4><p>手机号(如13800138000)</p><h4>相关问题</h4><ul><li>人工智能训练师好考吗</li><li>职业技能等级证书怎么查</li></ul>"),
 "wxwz": dict(name="微文摘 · 公众号文章聚合", style="WeChat-article reposts",
   menu=["首页", "教育", "职场", "科技"],
   footer="微文摘 转载内容版权归原公众号所有 · 侵权联系 tougao@wxwenzhai.com",
   side="<h4>扫码关注原公众号</h4><p>[二维码图片]</p><p>投稿/删稿:tougao@wxwenzhai.com</p>"),
 "shipin": dict(name="快看短视频 · 网页版", style="short-video pages",
   menu=["推荐", "关注", "知识", "职场"],
   footer="快看短视频 · 违法和不良信息举报电话 400-140-2108 · 网络文化经营许可证",
   side="<h4>相关视频</h4><ul><li>AI副业月入过万?</li><li>数据标注是做什么的</li></ul>"),
 "xinwen": dict(name="遂宁视窗新闻网", style="local news",
   menu=["首页", "本地", "民生", "教育", "曝光台"],
   footer="遂宁视窗 新闻热线 0825-2600321 · 违法和不良信息举报",
   side="<h4>热点</h4><ul><li>我市开展技能提升补贴申领</li><li>警惕“山寨证书”</li></ul>"),
 "rsj": dict(name="遂宁市人力资源和社会保障局(示例站)", style="人社局-style notice site",
   menu=["首页", "政务公开", "通知公告", "办事服务", "政策解读"],
   footer="主办:遂宁市人力资源和社会保障局 · 咨询电话 0825-2391866 · 人社服务热线 12333",
   side="<h4>便民查询</h4><ul><li>技能人才评价证书全国联网查询 zscx.osta.org.cn</li><li>评价机构查询 pjjg.osta.org.cn</li></ul>"),
 "shop": dict(name="淘课小铺 · 考证专营", style="online shop",
   menu=["首页", "全部宝贝", "考证资料", "店铺动态"],
   footer="淘课小铺平台 · 消费维权 12315 · 付款问题请联系支付宝客服 95188",
   side="<h4>店铺活动</h4><p>双11返场 活动批次号 13620251111</p>"),
}
SITE_ORDER = ["ruizhi", "kecheng", "fenlei", "luntan", "wenda", "wxwz", "shipin", "xinwen", "rsj", "shop"]

PAGES = []
def P(site, slug, title, body, offer=False, op=None, provider=None, ids=(), note="", comments=""):
    PAGES.append(dict(site=site, slug=slug, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, ids=[list(i) for i in ids], note=note, comments=comments))

# ---------------------------------------------------------------- operators' identifiers
U01_PH, U01_TEL, U01_WX, U01_DOM = "+8618180761234", "08252261234", "sr-ai-2024", "shuruiedu.cn"
U02_PH, U02_WX, U02_QQ, U02_EM = "+8613568921477", "zt_jiaowu66", "2851937460", "zhitu_edu@163.com"
U03_PH, U03_400 = "+8615983517702", "4000286615"
U04_TEL, U04_WX, U04_EM, U04_DOM = "02368792211", "hs-peixun", "hspx@hsedu.com.cn", "hsedu.com.cn"
U05_PH, U05_WX, U05_QQ = "+8617708253390", "lls_zhengshu", "3302145871"
U06_PH, U06_EM, U06_DOM = "+8619938406652", "admin@zkxzai.org.cn", "zkxzai.org.cn"
U07_PH, U07_QG, U07_WX = "+8613880592264", "618273940", "tfsz_edu"
U08_TEL, U08_PH, U08_EM = "08252875566", "+8618981542203", "qihangpx@126.com"
U09_WX, U09_DOM, U09_PH, U09_PAYEE = "lianxue_ai", "lianxue.net.cn", "+8615012873309", "王建华"

# ---------------------------------------------------------------- training-company site (U01)
P("ruizhi", "ai-trainer-4.html", "人工智能训练师(四级/中级工)培训招生简章",
 f"""<p>蜀锐职业技能培训学校(民办非企业单位,统一社会信用代码:{USCC_U01})面向遂宁本地开设人工智能训练师(职业编码4-04-05-05)四级培训,
 课程按《人工智能训练师国家职业技能标准(2021年版)》设置,共50课时,含数据采集和处理、数据标注、智能系统运维。</p>
 <p>报名条件:取得五级证书后从事本职业4年,或累计工作6年,或技工院校相关专业毕业。不满足条件的学员请勿报名。</p>
 <p>培训费:1680元。符合条件的参保职工取证后可按规定申领技能提升补贴(四级最高1500元),以人社部门审核为准。</p>
 <p>证书由备案评价机构颁发,可在 jndj.osta.org.cn 或 zscx.osta.org.cn 查询。考点:四川职业技术学院实训楼,考点前台 0825-2218800(仅答复考场事宜)。</p>
 <div class="contact">报名咨询:181-8076-1234(刘老师) 办公室:0825-2261234<br>官网:www.shuruiedu.cn</div>""",
 True, "U01", "蜀锐职业技能培训学校",
 [("uscc", USCC_U01, USCC_U01), ("phone", U01_PH, "181-8076-1234"), ("phone", U01_TEL, "0825-2261234"), ("domain", U01_DOM, "www.shuruiedu.cn")],
 "own site of a Suining training school: honest level-4 enrolment")
P("ruizhi", "ai-trainer-5.html", "人工智能训练师五级(初级工)周末班",
 f"""<p>周末班60课时,适合已从事数据标注等相关工作满1年的在职人员。学费1280元,可开具发票。</p>
 <p>每期限30人,理论+实操,考试由备案评价机构组织,通过率视个人学习情况而定,本校不做包过承诺。</p>
 <div class="contact">电话/微信同号 18180761234 · 也可添加教务微信:sr-ai-2024</div>""",
 True, "U01", "蜀锐教育",
 [("phone", U01_PH, "18180761234"), ("wechat", U01_WX, "sr-ai-2024")],
 "own site: level-5 weekend class")
P("ruizhi", "news-2025-graduates.html", "学员风采 | 第三期人工智能训练师学员顺利结业",
 """<p>11月,我校第三期人工智能训练师五级班28名学员参加认定考试。以下为样证示意(证书编号 S000051150000253000127 为示例,非真实证书)。</p>
 <p>证书真伪请以国家平台查询结果为准。</p>""",
 note="non-offer: school news with a sample certificate number")

# ---------------------------------------------------------------- marketplace
P("kecheng", "course-1021.html", "【蜀锐教育】人工智能训练师四级 线下班 遂宁",
 """<p>机构:蜀锐教育(遂宁) · 课程编号 KC1021 · 授课地点:船山区</p><p>课时50 · 价格 ¥1680 · 小班教学,按国家标准授课</p>
 <p>机构电话:(0825)2261234</p>""",
 True, "U01", "蜀锐教育", [("phone", U01_TEL, "(0825)2261234")], "marketplace listing of U01")
P("kecheng", "course-2207.html", "人工智能训练师三级/二级 双证速成 人社部颁发",
 """<p>智途教育 · 零基础可学 · 不限学历 · 不限经验,最快15天拿证!</p><p>人社部颁发,全国通用,入库可查。三级+二级两证同报 ¥6980,单报三级 ¥3980。</p>
 <p>交费包过,不过全额退。名额紧张,咨询招生老师 135 6892 1477</p>""",
 True, "U02", "智途教育", [("phone", U02_PH, "135 6892 1477")], "marketplace listing: dishonest bundle, 包过, 人社部颁发")
P("kecheng", "course-3310.html", "重庆华数职培 · 人工智能训练师(数据标注员)线上+线下",
 """<p>华数职培 · 课程编号 KC3310 · 线上直播40课时+重庆线下实操2天 · ¥2380</p>
 <p>机构邮箱 hspx@hsedu.com.cn,座机 023-68792211。川渝学员均可报名。</p>""",
 True, "U04", "华数职培", [("email", U04_EM, "hspx@hsedu.com.cn"), ("phone", U04_TEL, "023-68792211")], "marketplace listing of U04")
P("kecheng", "course-4402.html", "国智AI人才认证中心 人工智能训练师高级技师证书",
 """<p>国智AI人才认证中心(中科信智)颁发,国家级权威,一级/高级技师证书,无需工作年限。</p>
 <p>官方指定查询:cx.zkxzai.org.cn,证书永久有效。报名资料发送至 Admin@ZKXZAI.org.cn</p>""",
 True, "U06", "国智AI人才认证中心", [("email", U06_EM, "Admin@ZKXZAI.org.cn"), ("domain", U06_DOM, "cx.zkxzai.org.cn")],
 "marketplace listing: level 1 to beginners, fake query site")
P("kecheng", "course-5120.html", "启航培训 人工智能训练师五级 补贴班(遂宁)",
 """<p>启航职校 · 五级60课时 · 学费1200元。参保满1年的职工取证后可申请技能提升补贴(五级最高1000元)。</p>
 <p>补贴政策可拨打12333核实。认定考点:四川职业技术学院(前台0825-2218800)。</p><p>学校电话:0825 2875566</p>""",
 True, "U08", "启航培训", [("phone", U08_TEL, "0825 2875566")], "marketplace listing of U08: honest subsidy class")
P("kecheng", "course-6009.html", "AI训练师速成营 原价9999 限时99",
 """<p>链学AI出品 · 90%小白都能学会 · 学完推荐接单,日入300+</p><p>课程主页 www.lianxue.net.cn/camp ,学习顾问 150-1287-3309</p>""",
 True, "U09", "链学AI", [("domain", U09_DOM, "www.lianxue.net.cn"), ("phone", U09_PH, "150-1287-3309")], "marketplace listing of U09: online camp")
P("kecheng", "course-7015.html", "个人工作室 · 人工智能训练师理论辅导(一对一)",
 """<p>在读研究生,做过两年数据标注项目。只做理论和实操辅导,不代报名、不卖证。¥120/小时,线上。</p><p>联系:QQ 1047736925</p>""",
 True, "I03", "个人工作室", [("qq", "1047736925", "QQ 1047736925")], "independent tutor")

# ---------------------------------------------------------------- classifieds
P("fenlei", "px-880121.html", "遂宁 人工智能训练师培训 周末班 可补贴",
 """<p>蜀锐职培招生,遂宁本地面授,符合条件可申请补贴。</p><p>电话 181 8076 1234 微信 SR-AI-2024</p>""",
 True, "U01", "蜀锐职培", [("phone", U01_PH, "181 8076 1234"), ("wechat", U01_WX, "SR-AI-2024")], "classified ad of U01")
P("fenlei", "px-880466.html", "川中人才 人工智能训练师 报名 考证一条龙",
 """<p>遂宁市川中人才服务有限公司,人工智能训练师四级/三级代报名,资料齐全即可,协助审核。</p>
 <p>全国服务热线 400-028-6615 · 遂宁王老师 15983517702</p>""",
 True, "U03", "川中人才", [("phone", U03_400, "400-028-6615"), ("phone", U03_PH, "15983517702")], "classified ad of U03")
P("fenlei", "px-881032.html", "人工智能训练师证 不用考试 直接下证 三级二级都有",
 """<p>速证通 代办各类证书,人工智能训练师证不用考试,15天下证,可挂靠年入3万。</p><p>电话:177 0825 3390(李) Q:3302145871</p>""",
 True, "U05", "速证通", [("phone", U05_PH, "177 0825 3390"), ("qq", U05_QQ, "3302145871")], "classified ad of U05: no-exam certificate, 挂靠")
P("fenlei", "px-881577.html", "天府数智 AI训练师 零基础 包教包会 推荐就业",
 """<p>数智职教 人工智能训练师 零基础班,协议就业,毕业推荐数据标注岗位。</p><p>手机:13880592264 微信:TFSZ_EDU</p>""",
 True, "U07", "数智职教", [("phone", U07_PH, "13880592264"), ("wechat", U07_WX, "TFSZ_EDU")], "classified ad of U07")
P("fenlei", "px-882090.html", "船山区 陈老师 人工智能训练师 考前辅导",
 """<p>本人持人工智能训练师三级证书,可辅导五级/四级实操,每次2小时100元。</p><p>联系电话 139 0825 6617</p>""",
 True, "I02", "陈老师", [("phone", "+8613908256617", "139 0825 6617")], "independent private tutor")
P("fenlei", "jz-770311.html", "家政保洁 开荒保洁 擦玻璃",
 """<p>专业家政服务,船山区上门。价格面议。</p><p>(本信息与培训无关)</p>""", note="non-offer: unrelated housekeeping ad")

# ---------------------------------------------------------------- forum
P("luntan", "thread-30112.html", "[教育培训] 有人在遂宁考过人工智能训练师吗?分享下川中的报名经历",
 """<p>楼主:我在川中职教报的四级,他们说资料齐全协助审核,考试在四川职业技术学院(考点前台0825-2218800)。</p>
 <p>报名找的王老师,电话159-8351-7702,大家可以参考。</p>""",
 True, "U03", "川中职教", [("phone", U03_PH, "159-8351-7702")], "forum thread doubling as U03's ad",
 comments="<p>3楼 求资料 v:lily_sn0825</p><p>5楼 四级要工作年限的,注意别被忽悠。</p>")
P("luntan", "thread-30240.html", "出人工智能训练师证,各级都有,可查",
 """<p>速证通李老师,各级证书,可查可挂靠,不用到场。扣扣 3302145871,或加v lls_zhengshu</p>
 <p>样证编号 S000051150000253000127 自己去查。</p>""",
 True, "U05", "速证通", [("qq", U05_QQ, "扣扣 3302145871"), ("wechat", U05_WX, "lls_zhengshu")], "forum spam of U05")
P("luntan", "thread-30377.html", "天府数智AI训练师学员群,欢迎新同学",
 """<p>天府数智人工智能训练师学员交流群:618273940(进群备注姓名+班级),开班通知都在群里。班主任手机 138-8059-2264</p>""",
 True, "U07", "天府数智", [("qq_group", U07_QG, "618273940"), ("phone", U07_PH, "138-8059-2264")], "forum post of U07 with its student QQ group",
 comments="<p>2楼 我电话 13990817325 求拉群</p>")
P("luntan", "thread-30501.html", "自己报班学AI训练师,老乡可以一起",
 """<p>我是遂宁做数据标注的,自己开了个小班,周末在河东新区,四级备考,每人800元,不包过。</p><p>邮箱 snai_study@qq.com</p>""",
 True, "I06", None, [("email", "snai_study@qq.com", "snai_study@qq.com")], "independent: forum member's study group")
P("luntan", "thread-30588.html", "[维权投诉] 被骗了!交了4980说包过的AI训练师证",
 """<p>对方自称人社部授权,电话 17121908834,交钱后拉黑。已打12315投诉,大家小心。</p>
 <p>另外提醒:证书一定要在 zscx.osta.org.cn 查。</p>""",
 note="non-offer: complaint quoting a scam number")

# ---------------------------------------------------------------- Q&A
P("wenda", "q-55120.html", "人工智能训练师证书在哪里考?多少钱?",
 """<p>最佳回答(智途教育 招生顾问):我们这边三级二级都能报,零基础包过,人社部颁发。加微信 Zt_Jiaowu66 或 QQ:2851937460 了解。</p>""",
 True, "U02", "智途教育", [("wechat", U02_WX, "Zt_Jiaowu66"), ("qq", U02_QQ, "QQ:2851937460")], "Q&A answer by U02's sales rep",
 comments="<p>网友评论:我也想问,我电话 13990817325</p>")
P("wenda", "q-55188.html", "人工智能训练师高级技师好拿吗?",
 """<p>回答:中科信智这边可以直接报高级技师,不需要年限,证书国家级。详询 199 3840 6652</p>""",
 True, "U06", "中科信智", [("phone", U06_PH, "199 3840 6652")], "Q&A answer by U06")
P("wenda", "q-55230.html", "遂宁哪里有人工智能训练师五级培训能申请补贴的?",
 """<p>回答:船山区启航职校有五级补贴班,我去年在那里上的,电话 189-8154-2203,邮箱 QiHangPX@126.com。</p>""",
 True, "U08", "启航职校", [("phone", U08_PH, "189-8154-2203"), ("email", U08_EM, "QiHangPX@126.com")], "Q&A answer recommending U08")
P("wenda", "q-55301.html", "AI训练师线上课靠谱吗?链学的99元课",
 """<p>回答(链学AI官方):课程在 lianxue.net.cn 上课,加助教微信 lianxue_ai 领资料。</p>""",
 True, "U09", "链学AI", [("domain", U09_DOM, "lianxue.net.cn"), ("wechat", U09_WX, "lianxue_ai")], "Q&A answer by U09")
P("wenda", "q-55412.html", "职业技能等级证书怎么辨真假?",
 """<p>回答:人工智能训练师是职业技能等级证书,由备案的评价机构颁发,不是人社部颁发。到 zscx.osta.org.cn 输入姓名、证件号、证书编号查询。
 编号一般是22位,比如样证 S000051150000253000127 这种格式。拿不准可以打12333问。</p>""",
 note="non-offer: guide on verifying certificates")

# ---------------------------------------------------------------- WeChat reposts
P("wxwz", "a-9001.html", "重磅!人工智能训练师报名通道开启,人社部颁发证书",
 """<p>来源:智途AI证书中心 公众号</p><p>新职业风口!三级、二级同报享优惠,交费包过。报名表:https://jinshuju.net/f/zT8kQ2(付款问题请联系微信支付客服95017)</p>
 <p>咨询热线:13568921477 微信:zt_jiaowu66</p>""",
 True, "U02", "智途AI证书中心", [("phone", U02_PH, "13568921477"), ("wechat", U02_WX, "zt_jiaowu66")], "WeChat repost of U02")
P("wxwz", "a-9014.html", "渝AI训练营 | 数据标注员就业班第十二期招生",
 """<p>来源:华数职培 公众号</p><p>课程40课时+实操,学费2380元,支持微信支付(支付问题请联系微信支付客服95017)。</p><p>报名加微信 HS-PEIXUN,官网 hsedu.com.cn,座机(023)68792211</p>""",
 True, "U04", "渝AI训练营", [("wechat", U04_WX, "HS-PEIXUN"), ("domain", U04_DOM, "hsedu.com.cn"), ("phone", U04_TEL, "(023)68792211")], "WeChat repost of U04")
P("wxwz", "a-9033.html", "国字号AI证书来了!中科信智人工智能训练师认证",
 f"""<p>来源:中科信智研究院</p><p>北京中科信智人工智能研究院(统一社会信用代码 {USCC_U06})联合多部委专家推出,全国通用,可在官网 zkxzai.org.cn 查询。报名热线 19938406652</p>""",
 True, "U06", "中科信智", [("uscc", USCC_U06, USCC_U06), ("domain", U06_DOM, "zkxzai.org.cn"), ("phone", U06_PH, "19938406652")], "WeChat repost of U06: state-sounding 91 company")
P("wxwz", "a-9048.html", "启航职校:人工智能训练师五级补贴班开课啦",
 """<p>来源:遂宁启航职校</p><p>参保职工取证后可申领补贴,证书可在 zscx.osta.org.cn 查询。报名电话:0825-2875566,手机 18981542203</p>""",
 True, "U08", "启航职校", [("phone", U08_TEL, "0825-2875566"), ("phone", U08_PH, "18981542203")], "WeChat repost of U08")
P("wxwz", "a-9060.html", "一个宝妈的AI训练师转行记(文末有课)",
 """<p>来源:小鹿学AI</p><p>分享我的学习路线。我自己整理的AI训练师入门课,68元,加我微信 xiaolu_ai2025 购买。</p>""",
 True, "I05", "小鹿学AI", [("wechat", "xiaolu_ai2025", "xiaolu_ai2025")], "independent: blogger selling a small course")

# ---------------------------------------------------------------- short video
P("shipin", "v-7730011.html", "零基础拿人工智能训练师证,评论区扣1",
 """<p>@智途教育招生 · 简介:三级二级包过,人社部颁发。私信或加Q 2851937460</p>""",
 True, "U02", "智途教育", [("qq", U02_QQ, "2851937460")], "short-video page of U02")
P("shipin", "v-7730158.html", "证书不用考,躺着也能拿?",
 """<p>@速证通李老师 · 简介:各类证书代办,AI训练师15天下证。V:LLS_ZHENGSHU</p>""",
 True, "U05", "速证通李老师", [("wechat", U05_WX, "LLS_ZHENGSHU")], "short-video page of U05",
 comments="<p>网友:真的假的?v:lily_sn0825 发我看看</p>")
P("shipin", "v-7730274.html", "数据标注员一天能挣多少?",
 """<p>@天府数智 · 报名表 https://jinshuju.net/f/Tf82Lx ,或加微信 tfsz_edu</p>""",
 True, "U07", "天府数智", [("wechat", U07_WX, "tfsz_edu")], "short-video page of U07")
P("shipin", "v-7730390.html", "原价9999限时99!AI训练师速成营",
 """<p>@链学AI · 90%小白都能学会。主页链接 lianxue.net.cn ,客服V:Lianxue_AI。付款问题可联系支付宝95188。</p>""",
 True, "U09", "AI训练师速成营", [("domain", U09_DOM, "lianxue.net.cn"), ("wechat", U09_WX, "Lianxue_AI")], "short-video page of U09")
P("shipin", "v-7730455.html", "我在遂宁教数据标注,线下小班",
 """<p>@阿杰的标注课 · 线下小班,每期8人,学费600,不卖证。联系 152 8250 4416</p>""",
 True, "I04", "阿杰的标注课", [("phone", "+8615282504416", "152 8250 4416")], "independent short-video seller")

# ---------------------------------------------------------------- news
P("xinwen", "2025-11-warning.html", "花4980元买“包过”AI证书?警惕山寨证书骗局",
 """<p>本报讯 近日,市民张女士反映,对方自称“人社部授权”,承诺人工智能训练师证书包过,收费后失联,对方电话171 2190 8834。</p>
 <p>市人社局提醒:职业技能等级证书由备案评价机构颁发,可在 zscx.osta.org.cn 查询;可拨打12333咨询,消费纠纷可拨打12315。详见 cpta.com.cn 山寨证书声明。</p>""",
 note="non-offer: news warning quoting scam number and hotlines")
P("xinwen", "2025-12-subsidy.html", "我市技能提升补贴申领人数同比增长",
 """<p>市人社局(0825-2391866)介绍,全年共发放技能提升补贴……政策咨询拨打12333。</p>""",
 note="non-offer: subsidy news")
P("xinwen", "2025-12-advertorial.html", "【推广】川渝人工智能人才缺口大,华数职培助力转型",
 """<p>(广告)华数职培负责人介绍,学员结业后可在 zscx.osta.org.cn 查询证书。报名热线:023 6879 2211,hspx@hsedu.com.cn</p>""",
 True, "U04", "华数职培", [("phone", U04_TEL, "023 6879 2211"), ("email", U04_EM, "hspx@hsedu.com.cn")], "advertorial of U04 on the news site")

# ---------------------------------------------------------------- 人社局
P("rsj", "notice-2025-031.html", "关于警惕技术技能类“山寨证书”的提示",
 """<p>人工智能训练师(4-04-05-05)证书属职业技能等级证书,由经备案的评价机构颁发,人社部门不直接颁发。
 证书可在 zscx.osta.org.cn 或 jndj.osta.org.cn 查询。凡宣传“包过”“不考试直接发证”的,请拨打12333举报。山寨证书名单可参阅 cpta.com.cn 有关声明。</p>""",
 note="non-offer: official notice")

# ---------------------------------------------------------------- shop
P("shop", "item-40011.html", "川中人才 人工智能训练师四级报名服务 定金",
 f"""<p>店铺主体:遂宁市川中人才服务有限公司 统一社会信用代码 {USCC_U03}</p><p>拍下为报名定金500元,客服热线4000286615</p>""",
 True, "U03", "遂宁市川中人才服务有限公司", [("uscc", USCC_U03, USCC_U03), ("phone", U03_400, "4000286615")], "shop listing of U03")
P("shop", "item-40027.html", "华数 人工智能训练师 数据标注员 网课",
 """<p>华数职培官方店 · 网课+题库 ¥980 · 售后咨询 hspx@hsedu.com.cn</p>""",
 True, "U04", "华数职培官方店", [("email", U04_EM, "hspx@hsedu.com.cn")], "shop listing of U04")
P("shop", "item-40058.html", "链学AI训练师速成营 99元",
 f"""<p>课程在 lianxue.net.cn 观看。收款方:{U09_PAYEE}(个人)。</p>""",
 True, "U09", "链学AI", [("domain", U09_DOM, "lianxue.net.cn"), ("other", U09_PAYEE, U09_PAYEE)], "shop listing of U09 with payee name")
P("shop", "item-40090.html", "人工智能训练师四级题库 2025新版 纸质版",
 """<p>智学书屋 · 题库+模拟卷,包邮。店主电话 133 0825 9921</p>""",
 True, "I01", "智学书屋", [("phone", "+8613308259921", "133 0825 9921")], "independent shop selling exam prep")

# ---------------------------------------------------------------- render
def frame(site_key, title, crumbs, main, links):
    s = SITES[site_key]
    menu = " | ".join(f'<a href="/{site_key}/index.html">{m}</a>' for m in s["menu"])
    crumb = " &gt; ".join(crumbs)
    rel = "".join(f'<li><a href="{h}">{html.escape(t)}</a></li>' for h, t in links)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)} - {s['name']}</title></head>
<body class="{site_key}">
<header><div class="logo">{s['name']}</div><nav>{menu}</nav></header>
<div class="crumbs">当前位置:<a href="/index.html">导航</a> &gt; {crumb}</div>
<main><h1>{html.escape(title)}</h1>
{main}
</main>
<aside>{s['side']}<h4>相关链接</h4><ul>{rel}</ul></aside>
<footer>{s['footer']}</footer>
</body></html>
"""

def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    out = {}
    for sk in SITE_ORDER:
        sp = [p for p in PAGES if p["site"] == sk]
        links = [(f"/{sk}/{p['slug']}", p["title"]) for p in sp]
        for p in sp:
            body = p["body"] + (f'<section class="comments"><h3>评论</h3>{p["comments"]}</section>' if p["comments"] else "")
            rel = [l for l in links if l[0] != f"/{sk}/{p['slug']}"][:4] + [(f"/{sk}/index.html", "返回频道首页")]
            out[f"/{sk}/{p['slug']}"] = frame(sk, p["title"], [f'<a href="/{sk}/index.html">{SITES[sk]["name"]}</a>', html.escape(p["title"])], body, rel)
        idx = "<ul>" + "".join(f'<li><a href="{h}">{html.escape(t)}</a></li>' for h, t in links) + "</ul>"
        out[f"/{sk}/index.html"] = frame(sk, SITES[sk]["name"] + " 首页", ["首页"], idx, [("/index.html", "网址导航")])
    hub = "<ul>" + "".join(f'<li><a href="/{sk}/index.html">{SITES[sk]["name"]}</a> ({SITES[sk]["style"]})</li>' for sk in SITE_ORDER) + "</ul>"
    out["/index.html"] = f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>遂宁上网导航</title></head><body><h1>遂宁上网导航 · 本周常用</h1>{hub}</body></html>\n'
    for path, text in out.items():
        fp = OUT + path
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = []
    meta = {f"/{p['site']}/{p['slug']}": p for p in PAGES}
    for path in sorted(out):
        p = meta.get(path)
        if p:
            pages.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                              identifiers=p["ids"], note=p["note"]))
        else:
            pages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                              note="hub" if path == "/index.html" else "site index page"))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] and p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    DECOYS = [
     ("phone", "12333", ["12333"], "national 人社 service hotline"),
     ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
     ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
     ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
     ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official registry of evaluation institutions"),
     ("domain", "cpta.com.cn", ["cpta.com.cn"], "人事考试中心 山寨证书 notices"),
     ("phone", "4006517517", ["4006-517-517"], "marketplace customer-service footer"),
     ("email", "kefu@kechengwang.cn", ["kefu@kechengwang.cn"], "marketplace footer e-mail"),
     ("domain", "kechengwang.cn", ["kechengwang.cn"], "marketplace's own domain"),
     ("qq_group", "713620458", ["713620458"], "forum's official QQ group in sidebar/footer"),
     ("other", "蜀ICP备16024173号-2", ["蜀ICP备16024173号-2"], "classifieds platform ICP number"),
     ("phone", "+8613800138000", ["13800138000"], "template placeholder in post/login forms"),
     ("qq", "800055321", ["800055321"], "Q&A site's customer-service QQ"),
     ("email", "tougao@wxwenzhai.com", ["tougao@wxwenzhai.com"], "repost platform footer e-mail"),
     ("phone", "4001402108", ["400-140-2108"], "video platform report hotline"),
     ("phone", "08252600321", ["0825-2600321"], "news site's news hotline"),
     ("phone", "08252391866", ["0825-2391866"], "人社局 consultation line"),
     ("phone", "+8617121908834", ["171 2190 8834", "17121908834"], "scam number quoted in news and a complaint"),
     ("phone", "+8613620251111", ["13620251111"], "shop promotion batch number that looks like a mobile"),
     ("other", "S000051150000253000127", ["S000051150000253000127"], "widely copied sample certificate number"),
     ("wechat", "lily_sn0825", ["lily_sn0825"], "a reader's own WeChat in comments"),
     ("phone", "+8613990817325", ["13990817325"], "a reader's own phone in comments"),
     ("phone", "08252218800", ["0825-2218800"], "exam venue front desk (third party)"),
     ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
     ("phone", "95188", ["95188"], "Alipay customer service"),
     ("phone", "95017", ["95017"], "WeChat Pay customer service"),
    ]
    decoys = []
    for k, v, ws, why in DECOYS:
        pg = sorted(path for path, text in out.items() if any(w in text for w in ws))
        decoys.append(dict(kind=k, value=v, written=ws, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
