#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11 = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(code8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(code8, W11))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(head8, org8):
    """head8 = 登记管理部门+机构类别+行政区划, org8 = 组织机构代码本体; returns 18 chars."""
    s17 = head8 + org8 + org_check(org8)
    tot = sum(ALPH.index(c) * w for c, w in zip(s17, W18))
    r = 31 - tot % 31
    if r == 31:
        r = 0
    return s17 + ALPH[r]

USCC_U01 = uscc("91460200", "MA5TK3R8")   # 海南智训教育科技有限公司 (三亚)
USCC_U03 = uscc("91110108", "MA01XP7D")   # 北京中培智联科技有限公司
USCC_U06 = uscc("52540100", "MJY20138")   # 拉萨市日光城职业技能培训学校 (民办非企业)
USCC_U07 = uscc("91330106", "MA2H4Q6N")   # 杭州星火智训科技有限公司
USCC_SHOP = uscc("91460000", "MA5U1C2E")  # 岛购商城平台运营公司
USCC_I01 = uscc("12460200", "42900123")   # 三亚城市职业学院 (事业单位)
CERT_SAMPLE = "S" + "0000" + "46" + "000123" + "25" + "3" + "000318"

# ---------------------------------------------------------------- sites
SITES = {
 "zhixun": dict(name="海南智训教育", domain="www.zhixun-ai.cn",
    menu=["首页", "职业技能培训", "人工智能训练师", "补贴政策", "师资团队", "联系我们"],
    side="<h3>课程导航</h3><p>人工智能训练师五级 / 四级 / 三级<br>数据标注员实操班<br>企业内训定制</p>",
    footer="海南智训教育科技有限公司 版权所有 | 地址：三亚市吉阳区迎宾路某大厦12层 | 电话：0898-88661234 | 邮箱：zs@zhixun-ai.cn | 统一社会信用代码：" + USCC_U01),
 "kecheng": dict(name="课云栈 · 职业技能课程平台", domain="keyunzhan.com",
    menu=["首页", "IT互联网", "职业技能", "考证专区", "企业学习", "讲师入驻"],
    side="<h3>平台保障</h3><p>7天无理由退款（未观看课时）<br>平台客服：400-626-8080<br>service@keyunzhan.com</p>",
    footer="课云栈 keyunzhan.com © 2019-2026 | 客服热线 400-626-8080（9:00-21:00）| 投诉邮箱 service@keyunzhan.com | 琼ICP备19003261号 | 平台仅提供信息发布服务，课程由入驻机构提供"),
 "luntan": dict(name="鹿回头社区 · 三亚论坛", domain="luhuitou.net",
    menu=["首页", "三亚生活", "求职招聘", "教育培训", "曝光台", "拉萨同城版"],
    side="<h3>版规提示</h3><p>禁止发布违法广告，交易请走担保。<br>举报邮箱：admin@luhuitou.net</p>",
    footer="鹿回头社区 luhuitou.net | 联系站长：admin@luhuitou.net | 本站内容由网友发布，不代表本站观点"),
 "fenlei": dict(name="椰城分类信息网", domain="yc-fenlei.com",
    menu=["首页", "三亚", "拉萨", "教育培训", "招聘求职", "二手物品", "免费发布"],
    side="<h3>免费发布信息</h3><p>联系电话：<input placeholder=\"如：13800138000\"> 例：13800138000<br>发布后审核，客服电话 0898-66216688</p><h3>站长交流</h3><p>信息员QQ群：612045337</p>",
    footer="椰城分类信息网 yc-fenlei.com | 客服：0898-66216688 | 信息员QQ群 612045337 | 信息由用户自行发布，请谨慎交易，先验后付"),
 "wenda": dict(name="知途问答", domain="zhitu-wenda.com",
    menu=["首页", "教育", "职场", "考证", "本地", "我要提问"],
    side="<h3>订阅回答</h3><p>留下邮箱（如 example@qq.com），有新回答时通知你。</p>",
    footer="知途问答 zhitu-wenda.com | 站务QQ：1803355620 | 回答仅代表答主个人观点"),
 "gzh": dict(name="微文聚合 · 公众号文章转载", domain="weiwenju.cn",
    menu=["首页", "教育", "科技", "本地", "职场"],
    side="<h3>声明</h3><p>本站转载公众号文章仅供阅读，版权归原作者所有，如有侵权请联系删除。</p>",
    footer="微文聚合 weiwenju.cn | 琼ICP备2021004417号-1 | 转载文章中的联系方式与本站无关"),
 "shipin": dict(name="抖秀短视频（网页版）", domain="douxiu.tv",
    menu=["推荐", "关注", "同城：三亚", "同城：拉萨", "知识", "直播"],
    side="<h3>相关推荐</h3><p>更多精彩视频请下载抖秀APP</p>",
    footer="douxiu.tv © 抖秀 | 违法和不良信息举报 400-140-2108 | 网络文化经营许可证"),
 "news": dict(name="南国高原新闻网", domain="ngnews.com.cn",
    menu=["首页", "海南", "西藏", "民生", "教育", "曝光", "企业资讯"],
    side="<h3>新闻热线</h3><p>0898-66810110（24小时）</p>",
    footer="南国高原新闻网 ngnews.com.cn | 新闻热线 0898-66810110 | 企业资讯栏目为广告，不代表本网观点"),
 "college": dict(name="三亚城市职业学院 继续教育学院", domain="jxjy.sycvc.edu.cn",
    menu=["学院首页", "学院概况", "社会培训", "职业技能等级认定", "通知公告"],
    side="<h3>办事指南</h3><p>办公时间：周一至周五 8:00-12:00，15:00-18:00</p>",
    footer="三亚城市职业学院继续教育学院 | 地址：三亚市育秀路 | jxjy.sycvc.edu.cn"),
 "rsj": dict(name="三亚市人力资源和社会保障局", domain="rsj.sanya.gov.cn",
    menu=["首页", "政务公开", "就业创业", "职业能力建设", "社会保障", "互动交流"],
    side="<h3>便民服务</h3><p>人社服务热线 12333<br>证书查询：技能人才评价工作网</p>",
    footer="主办：三亚市人力资源和社会保障局 | 人社服务热线：12333 | 琼ICP备05001234号"),
 "shop": dict(name="岛购商城", domain="daogou.mall",
    menu=["首页", "海岛特产", "数码", "教育培训", "虚拟商品", "我的订单"],
    side="<h3>购物保障</h3><p>担保交易 · 支付问题请联系支付宝 95188</p>",
    footer="岛购商城 daogou.mall | 运营方统一社会信用代码 " + USCC_SHOP + " | 支付服务由支付宝提供（客服 95188）"),
}
SITE_ORDER = ["zhixun", "kecheng", "luntan", "fenlei", "wenda", "gzh", "shipin", "news", "college", "rsj", "shop"]

PAGES = []
def page(path, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(x) for x in ids], note=note))

def P(*paras):
    return "".join("<p>%s</p>\n" % x for x in paras)

# ================================================================ U01 海南智训 (honest-ish, Sanya)
page("/zhixun/ai-l5.html", "人工智能训练师（五级/初级工）培训班招生简章｜海南智训教育",
 P("海南智训教育2026年春季人工智能训练师（职业编码4-04-05-05）五级培训班现已开始报名，上课地点：三亚市吉阳区迎宾路。",
   "报名条件：按《人工智能训练师国家职业技能标准（2021年版）》，五级需在本职业或相关职业累计工作满1年（含），或本职业学徒期满。我们不接受\"零经验直接拿证\"的咨询。",
   "课时：理论+实操共60课时，周末班约6周。培训费1680元，符合条件的参保职工取证后可按规定申领技能提升补贴（五级最高1000元），补贴政策可拨打12333咨询。",
   "认定考试由备案的评价机构组织，考点：三亚市技师学院（考点前台 0898-88279500，仅受理考场事务）。证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。",
   "报名咨询：0898-88661234（工作日），招生老师手机 139 7651 2046（同微信）。"),
 True, "U01", "海南智训教育",
 [("phone", "+8613976512046", "139 7651 2046"), ("phone", "089888661234", "0898-88661234"),
  ("domain", "zhixun-ai.cn", "www.zhixun-ai.cn"), ("email", "zs@zhixun-ai.cn", "zs@zhixun-ai.cn"),
  ("uscc", USCC_U01, USCC_U01)],
 "training company's own site: level-5 course, honest eligibility and subsidy wording")
page("/zhixun/ai-l3.html", "人工智能训练师三级（高级工）晋级班｜海南智训教育",
 P("面向已持有人工智能训练师四级证书、在数据标注/智能客服岗位工作的学员，开设三级（高级工）晋级班，40课时。",
   "课程内容：业务分析、智能训练、智能系统设计、培训与指导，实操占比约70%。",
   "费用2480元。取证后可在 zscx.osta.org.cn 联网查询，查不到全额退费。",
   "咨询电话：(0898)8866 1234；微信：ZhiXun_Sanya（添加请备注\"三级\"）。"),
 True, "U01", "海南智训教育",
 [("phone", "089888661234", "(0898)8866 1234"), ("wechat", "zhixun_sanya", "ZhiXun_Sanya"),
  ("domain", "zhixun-ai.cn", "www.zhixun-ai.cn"), ("email", "zs@zhixun-ai.cn", "zs@zhixun-ai.cn"),
  ("uscc", USCC_U01, USCC_U01)],
 "own site: level-3 upgrade class for level-4 holders")

# ================================================================ kecheng (marketplace)
page("/kecheng/c1021.html", "【三亚线下+直播】人工智能训练师四级 中级工 全程班 - 智训AI学院",
 P("机构：智训AI学院（三亚） ｜ 评分 4.7 ｜ 已报名 312 人",
   "课程简介：按国家职业技能标准开设，四级50课时，含数据采集和处理、数据标注、智能系统运维三大模块。",
   "价格：¥1980（平台价），开课前可退。",
   "机构联系方式：139-7651-2046 周老师；微信 zhixun_sanya。",
   "温馨提示：报考四级需满足标准规定的年限或学历条件，报名前请先咨询。"),
 True, "U01", "智训AI学院",
 [("phone", "+8613976512046", "139-7651-2046"), ("wechat", "zhixun_sanya", "zhixun_sanya")],
 "marketplace listing of U01 under another brand")
page("/kecheng/c1088.html", "人工智能训练师（数据标注员）五级 线上+拉萨线下实训 - 雪域数智",
 P("机构：雪域数智职业技能培训（拉萨） ｜ 评分 4.8",
   "针对拉萨及周边在职人员，提供人工智能训练师五级（数据标注员工种）培训，线上理论+拉萨实训室操作。",
   "价格：¥1500。在职参保满一年可申请技能提升补贴。",
   "咨询：0891-6338120（教务处），手机 189 0891 0456，QQ 2850336719。"),
 True, "U02", "雪域数智",
 [("phone", "08916338120", "0891-6338120"), ("phone", "+8618908910456", "189 0891 0456"),
  ("qq", "2850336719", "2850336719")],
 "marketplace listing, Lhasa training school")
page("/kecheng/c1103.html", "日光城职培｜人工智能训练师四级 周末班（拉萨）",
 P("机构：日光城职业技能培训学校 ｜ 办学许可已公示",
   "课程：四级（中级工）50课时，拉萨城关区周末授课，含上机实训与模拟认定。",
   "费用：¥2200，分两期付款。",
   "联系电话 0891 682 5577；邮箱 RGCZJ@126.com。"),
 True, "U06", "日光城职培",
 [("phone", "08916825577", "0891 682 5577"), ("email", "rgczj@126.com", "RGCZJ@126.com")],
 "marketplace listing, Lhasa school")
page("/kecheng/c1130.html", "星火AI｜人工智能训练师全国统考辅导（五级/四级）录播+答疑",
 P("机构：星火AI（杭州星火智训科技有限公司） ｜ 学员遍布全国，三亚、拉萨均可报名",
   "录播课48节+直播答疑，含理论题库与实操案例。考试由当地备案评价机构组织，我们协助对接报名。",
   "价格：五级¥1280 / 四级¥1580。证书查询：zscx.osta.org.cn。",
   "客服：400-870-2291；企业微信 xhzx-kf；官网 xinghuo-zx.com。"),
 True, "U07", "星火AI",
 [("phone", "4008702291", "400-870-2291"), ("wechat", "xhzx-kf", "xhzx-kf"), ("domain", "xinghuo-zx.com", "xinghuo-zx.com")],
 "marketplace listing of national online course seller")
page("/kecheng/c1150.html", "藏地云课｜数据标注入门+人工智能训练师五级备考（藏汉双语讲解）",
 P("机构：藏地云课（拉萨） ｜ 新入驻",
   "面向拉萨本地青年的数据标注入门课，结课后推荐参加五级认定（需满足工作年限要求）。",
   "价格：¥699。",
   "报名加微信 ZangDi_YunKe，注明姓名+电话。"),
 True, "I02", "藏地云课",
 [("wechat", "zangdi_yunke", "ZangDi_YunKe")],
 "independent marketplace listing")

# ================================================================ luntan (forum)
page("/luntan/t-5499.html", "【曝光】交了3980说包过人社部证书，拿到的证书查不到！大家小心",
 P("楼主 三亚湾打工人：去年在短视频上看到\"人工智能训练师三级，零基础包过，人社部颁发\"，加了对方，对方电话 133 2758 4419，交了3980元。",
   "拿到的证书只能在他们自己的网站查，在技能人才评价证书全国联网查询 zscx.osta.org.cn 根本查不到。已经打12315投诉了。",
   "2楼 海棠湾小陈：我也差点被骗，之前加过类似的，现在求靠谱的机构，我微信chen_haitang88，有经验的带带我。",
   "3楼 版主：请勿在帖子中公开个人联系方式。正规证书请到 osta.org.cn 核实。"),
 False, None, None, [], "complaint thread quoting a scam number; a reader leaves his own WeChat")
page("/luntan/t-5520.html", "人工智能训练师证书 三级 高级工 人社部颁发 包过 全国通用",
 P("楼主 国培AI认证中心-李老师：国家新职业人工智能训练师，人社部颁发，全国联网可查！",
   "零基础，不限学历不限经验，五级四级三级可一起报，三证同考更优惠。免培训直接考，包过，不过全退。",
   "证书查询：cx.guopei-ai.com.cn（国家认证查询入口）。",
   "报名热线 4008-365-920 ，微信 gp-ai666",
   "2楼 海棠湾小陈：真的假的？我微信chen_haitang88，详细说说",
   "3楼 路人甲：人社部不颁发等级证书，大家别信。"),
 True, "U03", "国培AI认证中心",
 [("phone", "4008365920", "4008-365-920"), ("wechat", "gp-ai666", "gp-ai666"), ("domain", "guopei-ai.com.cn", "cx.guopei-ai.com.cn")],
 "spam forum post by a scam seller (包过, 人社部颁发, three levels at once, fake query site)")
page("/luntan/t-5561.html", "三亚本地｜人工智能训练师五级考证培训，鹿城职培小班授课",
 P("楼主 鹿城职培：我们是三亚本地的小机构，在吉阳区开了个人工智能训练师五级小班，每班不超过15人。",
   "需要在相关岗位工作满一年，没有工作经历的先别报。学费1380。",
   "考点一般安排在三亚市技师学院。",
   "有意的站内私信或者打186 8955 0732，QQ：1592738846。"),
 True, "U05", "鹿城职培",
 [("phone", "+8618689550732", "186 8955 0732"), ("qq", "1592738846", "1592738846")],
 "forum post by a small Sanya training outfit")
page("/luntan/t-5588.html", "持证挂靠年入3万+！人工智能训练师证书，考完可挂靠企业",
 P("楼主 证通天下：人工智能训练师高级证，拿证后可挂靠企业，年收入三万起，躺赚！",
   "国家职业资格证书，含金量高，考试包过，15天拿证。",
   "咨询QQ 2461 007 385 ，电话 177-8976-1203。",
   "2楼 海棠湾小陈：挂靠真的能拿钱？我微信chen_haitang88",
   "3楼 鹿回头老住户：AI训练师挂什么靠，别被割韭菜了。"),
 True, "U08", "证通天下",
 [("qq", "2461007385", "2461 007 385"), ("phone", "+8617789761203", "177-8976-1203")],
 "scam post promising 挂靠 income and calling it 国家职业资格证书")
page("/luntan/t-5602.html", "【招聘+培训】椰岛数标 数据标注员 可考人工智能训练师 包住",
 P("楼主 椰岛AI就业营：三亚崖州湾数据标注基地招数据标注员，先培训后上岗，在岗满一年可报人工智能训练师五级。",
   "培训期间收取培训费980元（上岗三个月后返还）。",
   "加微信 yedao_biaozhu 或进QQ群 815330927 了解。"),
 True, "U09", "椰岛AI就业营",
 [("wechat", "yedao_biaozhu", "yedao_biaozhu"), ("qq_group", "815330927", "815330927")],
 "train-then-hire offer with a fee refunded after 3 months")
page("/luntan/t-5630.html", "本人考评员，可内部安排人工智能训练师报名，名额有限",
 P("楼主 老周：本人在拉萨做考评员多年，有内部信息，人工智能训练师四级三级都能安排，名额有限。",
   "不用上课，资料我给你，考前给重点。需要的加V：laozhou_kpy",
   "2楼 网友：考评员自己招生？这不合规吧。"),
 True, "I05", "老周",
 [("wechat", "laozhou_kpy", "laozhou_kpy")],
 "independent dishonest post (内部信息, 考评员)")

# ================================================================ fenlei (classifieds)
page("/fenlei/sy-3301.html", "三亚 人工智能训练师培训 五级四级 可申请补贴 - 椰风AI训练营",
 P("【培训机构】椰风AI训练营（三亚吉阳）",
   "本期对接三亚2026年第一批职业技能等级认定（批次号13920260425），五级、四级均可报名，需满足申报条件。",
   "参保职工取证后可按规定申请技能提升补贴。",
   "联系人：周老师 13976512046 微信同号"),
 True, "U01", "椰风AI训练营",
 [("phone", "+8613976512046", "13976512046")],
 "classified ad by U01 under a third brand")
page("/fenlei/ls-0412.html", "拉萨 人工智能训练师 五级 数据标注 培训 高原AI实训中心",
 P("【培训机构】高原AI实训中心（拉萨市城关区）",
   "开设人工智能训练师五级（数据标注员）培训，线下实训室，配备标注平台账号。",
   "收费透明：1500元/人，含资料费。",
   "电话：18908910456 邮箱：xueyushuzhi@163.com"),
 True, "U02", "高原AI实训中心",
 [("phone", "+8618908910456", "18908910456"), ("email", "xueyushuzhi@163.com", "xueyushuzhi@163.com")],
 "classified ad, U02 under second brand")
page("/fenlei/ls-0455.html", "AI训练师证 速通 原价9999 限时99 拉萨可办",
 P("【个人发布】速通AI证",
   "人工智能训练师证书速通，原价9999限时99元体验课，90%小白都能学会，拿证升职加薪。",
   "支持支付宝担保交易（客服95188）。",
   "加微信：AJIE_AI2025 或电话 152-8901-2477"),
 True, "U04", "速通AI证",
 [("wechat", "ajie_ai2025", "AJIE_AI2025"), ("phone", "+8615289012477", "152-8901-2477")],
 "classified ad of short-video seller U04")
page("/fenlei/sy-3350.html", "三亚吉阳 人工智能训练师五级小班 鹿城职业培训",
 P("【培训机构】三亚鹿城职业培训",
   "五级小班授课，1380元，周末上课，考点三亚市技师学院（考点前台0898-88279500仅咨询考场）。",
   "联系：18689550732（微信 lucheng_zp）"),
 True, "U05", "三亚鹿城职业培训",
 [("phone", "+8618689550732", "18689550732"), ("wechat", "lucheng_zp", "lucheng_zp")],
 "classified ad of U05")
page("/fenlei/sy-3392.html", "人工智能训练师 高级证 挂靠 年入3万 鼎盛教育",
 P("【企业发布】鼎盛教育",
   "考人工智能训练师证，可挂靠企业拿补贴，一年三万起！包过，不过退款。",
   "证书样本编号：" + CERT_SAMPLE + "（全国可查）",
   "微信 dszs_8899 ｜ 电话 17789761203",
   "收款账户：海口鼎盛企业管理咨询有限公司"),
 True, "U08", "鼎盛教育",
 [("wechat", "dszs_8899", "dszs_8899"), ("phone", "+8617789761203", "17789761203"),
  ("other", "海口鼎盛企业管理咨询有限公司", "海口鼎盛企业管理咨询有限公司")],
 "classified ad of U08 with a stolen sample certificate number")
page("/fenlei/sy-3418.html", "崖州湾 数据标注员 招聘 先培训后上岗 可考AI训练师 椰岛数标",
 P("【招聘】椰岛数标（三亚崖州湾）",
   "招聘数据标注员20名，入职前需参加岗前培训（980元，转正后返还）。",
   "考点：三亚市技师学院，考点前台 0898-88279500。",
   "HR电话：135 1804 5623（微信 Yedao_Biaozhu），简历投递 hr@yedao-ai.cn"),
 True, "U09", "椰岛数标",
 [("phone", "+8613518045623", "135 1804 5623"), ("wechat", "yedao_biaozhu", "Yedao_Biaozhu"), ("email", "hr@yedao-ai.cn", "hr@yedao-ai.cn"),
  ("domain", "yedao-ai.cn", "yedao-ai.cn")],
 "job+training classified of U09")
page("/fenlei/ls-0480.html", "拉萨 人工智能训练师四级培训 报名中",
 P("【培训机构】拉萨启明职业技能培训",
   "人工智能训练师四级培训，对接本年度第一批认定（批次号13920260425为三亚批次，拉萨批次以区人社厅通知为准）。",
   "学费2000元，需满足四级申报条件。",
   "地址：拉萨市城关区北京中路，电话0891-6530288"),
 True, "I06", "拉萨启明职业技能培训",
 [("phone", "08916530288", "0891-6530288")],
 "independent Lhasa classified")

# ================================================================ wenda (Q&A)
page("/wenda/q-45.html", "人工智能训练师证书怎么查真假？人社部颁发的吗？",
 P("提问：在三亚看到很多人工智能训练师的培训广告，都说人社部颁发，怎么辨别？",
   "最佳回答（答主：职业规划师阿梅）：2020年后的人工智能训练师证书是职业技能等级证书，由备案的评价机构颁发，人社部不直接颁发。",
   "查询请到技能人才评价证书全国联网查询 zscx.osta.org.cn 或技能人才评价工作网 osta.mohrss.gov.cn；政策问题打12333。",
   "凡是说\"包过\"\"免培训\"\"三级一起拿\"的，都要警惕。"),
 False, None, None, [], "guide answer: how to verify certificates")
page("/wenda/q-58.html", "拉萨哪里可以考人工智能训练师？",
 P("提问：人在拉萨，想考人工智能训练师五级，有推荐的机构吗？",
   "回答（雪域数智 教务）：我们在拉萨城关区有实训室，五级需工作满一年，可以先电话了解：0891 6338120 ，或加QQ 2850336719。",
   "回答（网友）：也可以去人社局问问当地备案的评价机构。"),
 True, "U02", "雪域数智",
 [("phone", "08916338120", "0891 6338120"), ("qq", "2850336719", "2850336719")],
 "Q&A answer by U02 staff")
page("/wenda/q-71.html", "零基础能考人工智能训练师吗？一个月能拿证吗？",
 P("提问：完全零基础，一个月能拿到人工智能训练师证吗？",
   "回答（阿杰聊AI）：可以的！我们90%小白都能学会，原价9999限时99，跟着学稳稳拿证，私我 ajie_ai2025，或者进群 738291044。",
   "回答（网友）：五级要求一年相关工作经历，一个月拿证不靠谱。"),
 True, "U04", "阿杰聊AI",
 [("wechat", "ajie_ai2025", "ajie_ai2025"), ("qq_group", "738291044", "738291044")],
 "Q&A answer by U04")
page("/wenda/q-90.html", "在线学人工智能训练师哪家好？",
 P("提问：在三亚上班没时间，网上有靠谱的人工智能训练师课程吗？",
   "回答（星火智训课程顾问）：可以看看星火AI的录播课，五级四级都有，考试在当地认定机构参加。官网 www.xinghuo-zx.com ，邮箱 kefu@xinghuo-zx.com 。"),
 True, "U07", "星火智训",
 [("domain", "xinghuo-zx.com", "www.xinghuo-zx.com"), ("email", "kefu@xinghuo-zx.com", "kefu@xinghuo-zx.com")],
 "Q&A answer by U07 consultant")
page("/wenda/q-104.html", "三亚数据标注员工作怎么样？能考证吗？",
 P("提问：三亚有数据标注的工作吗？听说可以考人工智能训练师。",
   "回答（椰岛数标HR）：我们崖州湾基地在招，先培训后上岗，干满一年可以报五级。电话135-1804-5623，官网 www.yedao-ai.cn 。"),
 True, "U09", "椰岛数标",
 [("phone", "+8613518045623", "135-1804-5623"), ("domain", "yedao-ai.cn", "www.yedao-ai.cn")],
 "Q&A answer by U09 HR")

# ================================================================ gzh (WeChat reposts)
page("/gzh/a-2207.html", "转载｜拉萨首个人工智能训练师实训室开班啦！",
 P("来源：公众号\"雪域数智职培\"",
   "3月，雪域数智在拉萨城关区的数据标注实训室迎来首批学员。人工智能训练师五级课程60课时，由具有一线项目经验的讲师授课。",
   "报名请填写在线报名表：jinshuju.net/f/Xa8k2P（金数据表单）",
   "咨询电话：189-0891-0456 ；投稿与合作：xueyushuzhi@163.com"),
 True, "U02", "雪域数智职培",
 [("phone", "+8618908910456", "189-0891-0456"), ("email", "xueyushuzhi@163.com", "xueyushuzhi@163.com")],
 "WeChat article repost by U02")
page("/gzh/a-2231.html", "重磅！人社部新职业人工智能训练师证书开放报名，国家认证，终身有效",
 P("来源：公众号\"全国AI训练师考评网\"",
   "人工智能训练师是人社部认证的新职业，证书由人社部颁发，国家职业资格证书，全国通用终身有效！",
   "不限学历、不限专业、无门槛，五级/四级/三级同时报考，3证打包价6980。",
   "主办：北京中培智联科技有限公司（统一社会信用代码 " + USCC_U03 + "）",
   "报名热线：400 836 5920 ；QQ：3391852270"),
 True, "U03", "全国AI训练师考评网",
 [("phone", "4008365920", "400 836 5920"), ("qq", "3391852270", "3391852270"), ("uscc", USCC_U03, USCC_U03)],
 "WeChat repost by scam seller U03 (人社部颁发, 国家职业资格, three levels bundle)")
page("/gzh/a-2250.html", "拉萨日光城职业技能培训学校2026年人工智能训练师培训招生",
 P("来源：公众号\"日光城职培\"",
   "我校为拉萨市民办职业技能培训学校（统一社会信用代码 " + USCC_U06 + "），开设人工智能训练师五级、四级培训。",
   "证书由备案评价机构颁发，可在技能人才评价工作网 osta.mohrss.gov.cn 查询。",
   "报名表：jinshuju.net/f/Rg2026",
   "微信 rgc_peixun ，邮箱 rgczj@126.com"),
 True, "U06", "日光城职培",
 [("uscc", USCC_U06, USCC_U06), ("wechat", "rgc_peixun", "rgc_peixun"), ("email", "rgczj@126.com", "rgczj@126.com")],
 "WeChat repost by U06")
page("/gzh/a-2281.html", "格桑AI技能工作室｜拉萨小班教学，人工智能训练师五级",
 P("来源：公众号\"格桑AI\"",
   "我们是几位在拉萨做数据服务的从业者组成的小工作室，开设五级备考小班，每期8人。",
   "报名：jinshuju.net/f/gs88",
   "负责人：格桑 139 8900 5317"),
 True, "I04", "格桑AI技能工作室",
 [("phone", "+8613989005317", "139 8900 5317")],
 "independent WeChat repost")

# ================================================================ shipin (short video)
page("/shipin/v-7781.html", "@国培AI认证 人社部颁发！AI训练师三级证 零基础包过",
 P("视频文案：现在不考AI训练师证就晚了！人社部颁发，国家认可，全国联网可查，零基础包过，三级直接报！",
   "评论区置顶：咨询加V gp-ai666 ，官方查询 cx.guopei-ai.com.cn",
   "主页简介：国培AI认证中心 ｜ 商务合作 QQ 3391852270"),
 True, "U03", "国培AI认证",
 [("wechat", "gp-ai666", "gp-ai666"), ("domain", "guopei-ai.com.cn", "cx.guopei-ai.com.cn"), ("qq", "3391852270", "3391852270")],
 "short-video page of U03")
page("/shipin/v-7802.html", "@阿杰聊AI 90%小白都能学会的AI训练师课 原价9999限时99",
 P("视频文案：三亚的朋友看过来！AI训练师证拿到手，升职加薪不是梦，原价9999，今天限时99！",
   "主页简介：阿杰聊AI ｜ 粉丝群 738291044 ｜ vx：ajie_ai2025"),
 True, "U04", "阿杰聊AI",
 [("qq_group", "738291044", "738291044"), ("wechat", "ajie_ai2025", "ajie_ai2025")],
 "short-video page of U04")
page("/shipin/v-7815.html", "@阿杰聊AI 拉萨学员一个月拿证？真实反馈",
 P("视频文案：拉萨的学员小卓，跟着我们学了一个月就拿证了（喜报）！想要一样的效果，评论区扣1。",
   "评论区置顶：电话/微信 15289012477"),
 True, "U04", "阿杰聊AI",
 [("phone", "+8615289012477", "15289012477")],
 "short-video page of U04 (喜报 testimonial)")
page("/shipin/v-7840.html", "@鼎盛证书服务 AI训练师证挂靠 一年白拿三万",
 P("视频文案：证书放着也是放着，挂靠一年三万！人工智能训练师高级证包过，15天下证。",
   "证书样本（编号 " + CERT_SAMPLE + "）",
   "主页：鼎盛证书服务 ｜ Q：2461007385 ｜ V：DSZS_8899"),
 True, "U08", "鼎盛证书服务",
 [("qq", "2461007385", "2461007385"), ("wechat", "dszs_8899", "DSZS_8899")],
 "short-video page of U08")

# ================================================================ news
page("/news/warn-1102.html", "警惕！\"人社部颁发\"\"包过\"的人工智能训练师证书骗局",
 P("本网讯 近日，三亚市民王女士向本网反映，她通过短视频报名\"人工智能训练师三级\"，对方承诺\"包过、人社部颁发\"，收费3980元后拿到的证书无法在官方平台查询。",
   "记者拨打王女士提供的对方电话 133 2758 4419，已无法接通。",
   "三亚市人社局提醒：2020年后人工智能训练师证书属于职业技能等级证书，由备案评价机构颁发，可登录技能人才评价工作网 osta.mohrss.gov.cn 或 zscx.osta.org.cn 查询，政策咨询请拨打12333，消费纠纷可拨打12315投诉。"),
 False, None, None, [], "news warning quoting a scam number and official hotlines")
page("/news/ad-0915.html", "企业资讯｜拉萨日光城职业技能培训学校开设人工智能训练师课程",
 P("【企业资讯】拉萨日光城职业技能培训学校2026年开设人工智能训练师五级、四级培训班，课程按国家职业技能标准设置。",
   "符合条件的参保职工可申领技能提升补贴，具体政策请咨询12333。",
   "报名电话：0891-6825577；微信：RGC_PEIXUN"),
 True, "U06", "拉萨日光城职业技能培训学校",
 [("phone", "08916825577", "0891-6825577"), ("wechat", "rgc_peixun", "RGC_PEIXUN")],
 "advertorial on a news site by U06")

# ================================================================ college
page("/college/ai-train.html", "三亚城市职业学院关于开展人工智能训练师（五级、四级）社会培训的通知",
 P("根据学院年度社会培训计划，继续教育学院面向社会开展人工智能训练师（4-04-05-05）五级、四级培训。",
   "申报条件按国家职业技能标准执行。培训费五级1200元、四级1500元，认定费按规定另行收取。",
   "证书查询：zscx.osta.org.cn。",
   "联系电话：0898-88392015；邮箱：jxjy@sycvc.edu.cn；单位统一社会信用代码：" + USCC_I01),
 True, "I01", "三亚城市职业学院继续教育学院",
 [("phone", "089888392015", "0898-88392015"), ("email", "jxjy@sycvc.edu.cn", "jxjy@sycvc.edu.cn"),
  ("uscc", USCC_I01, USCC_I01)],
 "independent honest college course notice")

# ================================================================ rsj
page("/rsj/notice-2026-03.html", "关于开展2026年第一批职业技能等级认定工作的通知",
 P("各有关单位：根据工作安排，现开展三亚市2026年第一批职业技能等级认定工作（批次号13920260425），涉及人工智能训练师等职业（工种）。",
   "认定工作由经备案的评价机构组织实施，证书由评价机构颁发，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询，人社部门不直接颁发证书。",
   "请广大群众警惕\"包过\"\"免培训\"等虚假宣传。咨询电话：12333。技能人才评价工作网：osta.mohrss.gov.cn。"),
 False, None, None, [], "official-style notice")

# ================================================================ shop
page("/shop/item-590.html", "三亚特产 椰子糖 500g 礼盒装",
 P("海南三亚特产椰子糖，香浓软糯，500g礼盒。", "店铺：椰风特产店 ｜ 月销 2000+"),
 False, None, None, [], "unrelated product page")
page("/shop/item-662.html", "【人社部颁发】人工智能训练师证书 五级四级三级 报名 包过 官方可查",
 P("店铺：中培智联官方店",
   "商品：人工智能训练师证书报名服务，单证2980元，三证同报6980元。",
   "证书人社部颁发，全国联网可查（查询入口 cx.guopei-ai.com.cn）。",
   "下单后联系客服微信 GP-AI666 提交资料。",
   "证书样本编号：" + CERT_SAMPLE),
 True, "U03", "中培智联官方店",
 [("wechat", "gp-ai666", "GP-AI666"), ("domain", "guopei-ai.com.cn", "cx.guopei-ai.com.cn")],
 "shop item by U03, priced per certificate")
page("/shop/item-640.html", "三亚 人工智能训练师五级 线下小班 培训名额",
 P("店铺：鹿城职培小店",
   "商品：人工智能训练师五级线下小班名额（三亚吉阳），1380元。",
   "考点三亚市技师学院，考点前台 0898-88279500（仅考务）。",
   "下单后请加QQ 1592738846 或微信 LuCheng_ZP 确认上课时间。"),
 True, "U05", "鹿城职培小店",
 [("qq", "1592738846", "1592738846"), ("wechat", "lucheng_zp", "LuCheng_ZP")],
 "shop item by U05")
page("/shop/item-671.html", "星火AI 人工智能训练师四级 录播课 激活码",
 P("店铺：星火智训官方旗舰店",
   "商品：人工智能训练师四级录播课激活码，1580元，含题库。考试需在当地认定机构报名。",
   "开票主体：杭州星火智训科技有限公司（" + USCC_U07 + "）",
   "售后：400 870 2291"),
 True, "U07", "星火智训官方旗舰店",
 [("uscc", USCC_U07, USCC_U07), ("phone", "4008702291", "400 870 2291")],
 "shop item by U07")
page("/shop/item-688.html", "人工智能训练师 题库+视频课 电子版 自动发货",
 P("店铺：小鱼考证资料铺",
   "商品：人工智能训练师五级/四级理论题库+实操视频，电子版，39.9元。本商品为学习资料，不含报名与证书。",
   "售后QQ：1296004518"),
 True, "I03", "小鱼考证资料铺",
 [("qq", "1296004518", "1296004518")],
 "independent shop item: study material")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社服务热线 quoted by notices, news and several sellers"),
 ("phone", "12315", ["12315"], "市场监管投诉热线 quoted in complaint and news"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site cited by many pages"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4006268080", ["400-626-8080"], "course marketplace's own customer-service footer"),
 ("email", "service@keyunzhan.com", ["service@keyunzhan.com"], "course marketplace footer e-mail"),
 ("other", "琼ICP备19003261号", ["琼ICP备19003261号"], "marketplace ICP number in footer"),
 ("email", "admin@luhuitou.net", ["admin@luhuitou.net"], "forum's own contact e-mail"),
 ("phone", "089866216688", ["0898-66216688"], "classifieds site customer service"),
 ("qq_group", "612045337", ["612045337"], "classifieds site's QQ group for posters"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder in the classifieds post form"),
 ("qq", "1803355620", ["1803355620"], "Q&A site's own QQ"),
 ("email", "example@qq.com", ["example@qq.com"], "placeholder e-mail in Q&A subscription box"),
 ("other", "琼ICP备2021004417号-1", ["琼ICP备2021004417号-1"], "repost site's ICP in footer"),
 ("phone", "4001402108", ["400-140-2108"], "short-video platform's report hotline"),
 ("domain", "douxiu.tv", ["douxiu.tv"], "short-video platform's own domain"),
 ("phone", "+8613327584419", ["133 2758 4419"], "scam number quoted in complaint and news warning"),
 ("phone", "+8613920260425", ["13920260425"], "actually a 认定批次号 from the official notice, quoted by sellers"),
 ("other", CERT_SAMPLE, [CERT_SAMPLE], "sample certificate number copied by two unrelated scam sellers"),
 ("wechat", "chen_haitang88", ["chen_haitang88"], "a reader's own WeChat left in comments under different sellers' posts"),
 ("phone", "089888279500", ["0898-88279500"], "exam venue front desk (三亚市技师学院), third party"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by several sellers"),
 ("phone", "95188", ["95188"], "Alipay customer service, payment platform"),
 ("uscc", USCC_SHOP, [USCC_SHOP], "shop platform operator's USCC in footer"),
 ("phone", "089866810110", ["0898-66810110"], "news site's news hotline"),
]

# ---------------------------------------------------------------- rendering
def esc(s):
    return html.escape(s, quote=True)

def site_pages(site):
    return [p for p in PAGES if p["path"].split("/")[1] == site]

def frame(site, title, crumbs, main, related):
    s = SITES[site]
    menu = " | ".join('<a href="/%s/index.html">%s</a>' % (site, esc(m)) if i == 0 else '<span>%s</span>' % esc(m)
                      for i, m in enumerate(s["menu"]))
    crumb = " &gt; ".join(crumbs)
    rel = "".join('<li><a href="%s">%s</a></li>' % (p["path"], esc(p["title"])) for p in related)
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body class="site-%s">
<header><div class="logo">%s <small>%s</small></div><nav class="menu">%s</nav></header>
<div class="crumbs">当前位置：%s</div>
<div class="wrap"><main>
<h1>%s</h1>
%s
</main>
<aside class="sidebar">%s<h3>相关链接</h3><ul>%s</ul></aside></div>
<footer><p>%s</p><p><a href="/index.html">返回导航</a></p></footer>
</body></html>
""" % (esc(title), esc(s["name"]), site, esc(s["name"]), s["domain"], menu, crumb, esc(title), main, s["side"], rel, s["footer"])

def build():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    out = {}
    for site in SITE_ORDER:
        sp = site_pages(site)
        lst = "".join('<li><a href="%s">%s</a></li>\n' % (p["path"], esc(p["title"])) for p in sp)
        main = "<p>最新内容</p><ul class=\"list\">\n%s</ul>" % lst
        idx = frame(site, SITES[site]["name"] + " 首页", ['<a href="/index.html">导航</a>', esc(SITES[site]["name"])], main, [])
        out["/%s/index.html" % site] = idx
        for i, p in enumerate(sp):
            related = [q for q in sp if q is not p][:4]
            crumbs = ['<a href="/index.html">导航</a>', '<a href="/%s/index.html">%s</a>' % (site, esc(SITES[site]["name"])), "正文"]
            out[p["path"]] = frame(site, p["title"], crumbs, p["body"], related)
    hub = "".join('<li><a href="/%s/index.html">%s</a>（%s）</li>\n' % (s, esc(SITES[s]["name"]), SITES[s]["domain"]) for s in SITE_ORDER)
    out["/index.html"] = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航 · 三亚 / 拉萨 一周搜索</title></head>
<body><h1>网址导航</h1><ul>
%s</ul></body></html>
""" % hub
    for path, text in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    return out

def main():
    out = build()
    tp = []
    notes = {p["path"]: p for p in PAGES}
    for path in sorted(out):
        if path in notes:
            p = notes[path]
            tp.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                           identifiers=p["identifiers"], note=p["note"]))
        else:
            tp.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                           note="hub" if path == "/index.html" else "site index page"))
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
    for k, v, written, why in DECOYS:
        pages = sorted(path for path, text in out.items() if any(w in text for w in written))
        decoys.append(dict(kind=k, value=v, written=written, pages=pages, why=why))
    truth = dict(pages=tp, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
