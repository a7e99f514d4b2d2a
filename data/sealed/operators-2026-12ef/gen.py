#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json."""
import json, os, shutil, html

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(s8):
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(v(ch) * w for ch, w in zip(s8, W11714)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(head8, org8):
    s17 = head8 + org8 + org_check(org8)
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(s17, W18)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

USCC_U01 = uscc("91230102", "MA1CX7R2")   # 哈尔滨冰城智训教育科技有限公司 (道里区)
USCC_U04 = uscc("91210102", "MA0UK4P8")   # 辽宁数标科技有限公司 (沈阳和平区)
USCC_U05 = uscc("12230000", "41402617")   # 事业单位: 北辰职业技术学院
USCC_U07 = uscc("91110108", "MA01N8G6")   # 北京中科华智信息技术有限公司 (海淀)
USCC_I06 = uscc("52210100", "MJ0H3K91")   # 民办非企业单位: 辽宁智联职业培训学校
USCC_KZ = uscc("91110105", "MA00B2C4")    # 课栈网 platform company (朝阳)

# ---------------------------------------------------------------- sites
SITES = {
 "kezhan": dict(name="课栈网", host="www.kezhan.net.cn", kind="课程交易平台"),
 "shipin": dict(name="快抖", host="www.kuaidou.tv", kind="短视频网页版"),
 "fenlei": dict(name="东北分类信息网", host="www.dbfenlei.com", kind="分类信息"),
 "bbs": dict(name="黑土地职场论坛", host="bbs.heitudi-zc.com", kind="论坛"),
 "wenda": dict(name="问知", host="www.wenzhi.com.cn", kind="问答社区"),
 "wxwz": dict(name="微文库", host="www.wxwzk.com", kind="公众号文章转载站"),
 "blog": dict(name="老周的学习笔记", host="laozhou.blog", kind="个人博客"),
 "college": dict(name="哈尔滨北辰职业技术学院", host="www.hrbbcvc.edu.cn", kind="高职院校"),
 "bczx": dict(name="冰城智训", host="www.bczhixun.com", kind="培训公司官网"),
 "qiyuan": dict(name="启元教育", host="www.qiyuanpx.cn", kind="培训学校官网"),
 "rsj": dict(name="松江市人力资源和社会保障局", host="rsj.songjiang-hlj.gov.cn", kind="人社局通知公告"),
}

PAGES = []  # dicts

def P(site, name, title, body, offer=False, op=None, provider=None, ids=(), note="", crumbs=None):
    PAGES.append(dict(site=site, path="/%s/%s" % (site, name), title=title, body=body,
                      is_offer=offer, operator=op, provider=provider,
                      identifiers=[list(x) for x in ids], note=note, crumbs=crumbs or []))

# ---------------------------------------------------------------- footers (platform's own contacts)
BCZX_FOOT = ("<p>哈尔滨冰城智训教育科技有限公司 | 地址：哈尔滨市道里区安静街77号智谷大厦1206室</p>"
             "<p>咨询电话：0451-86627315 手机/微信同号：158 4612 0735 邮箱：zhaosheng@bczhixun.com</p>"
             "<p>统一社会信用代码：%s | 官网 www.bczhixun.com</p>" % USCC_U01)
BCZX_IDS = [("phone", "045186627315", "0451-86627315"),
            ("phone", "+8615846120735", "158 4612 0735"),
            ("email", "zhaosheng@bczhixun.com", "zhaosheng@bczhixun.com"),
            ("uscc", USCC_U01, USCC_U01),
            ("domain", "bczhixun.com", "www.bczhixun.com")]
QY_FOOT = ("<div class='ft'>沈阳市和平区启元职业培训学校（办学许可证 教民121010270001234号）<br>"
           "校址：沈阳市和平区南京南街128号3楼 电话：024-31287760 手机：186-2403-7716 QQ：1593847260<br>"
           "Copyright © www.qiyuanpx.cn 版权所有</div>")
QY_IDS = [("phone", "02431287760", "024-31287760"), ("phone", "+8618624037716", "186-2403-7716"),
          ("qq", "1593847260", "1593847260"), ("domain", "qiyuanpx.cn", "www.qiyuanpx.cn")]

FOOTERS = {
 "kezhan": ("<footer class='kz-foot'><ul><li>关于课栈</li><li>讲师入驻</li><li>用户协议</li></ul>"
            "<p>客服热线：400-820-6615（9:00-21:00） 客服邮箱：service@kezhan.net.cn</p>"
            "<p>北京课栈网络科技有限公司 统一社会信用代码 %s</p><p>京ICP备19028813号-2 © 2016-2025 kezhan.net.cn</p></footer>" % USCC_KZ),
 "shipin": "<footer class='kd'>© kuaidou.tv 快抖 | 网络文化经营许可证 | 未成年人守护 | 用户服务协议</footer>",
 "fenlei": ("<div id='footer'>安全提示：凡是先收费、要求转账到个人账户的信息请谨慎，遇到欺诈请拨打12315或报警。<br>"
            "东北分类信息网 dbfenlei.com 辽ICP备18007731号-1 本站信息由用户自行发布，本站不承担任何责任</div>"),
 "bbs": ("<div class='bbs-ft'>Powered by Discuz! X3.4 | 黑土地职场论坛 | 站务QQ群：571203998 | "
         "<a href='index.html'>Archiver</a> | 手机版 | 小黑屋</div>"),
 "wenda": "<footer>问知 wenzhi.com.cn · 社区规范 · 侵权投诉 · 客服QQ：800058822 · © 2025</footer>",
 "wxwz": ("<div class='foot'>本站内容转载自微信公众号，版权归原作者所有，如有侵权请联系删除。"
          "投稿与删稿：tougao@wxwzk.com · 微文库 wxwzk.com</div>"),
 "blog": "<footer>© 2019-2025 老周的学习笔记 · 合作联系：laozhou_notes@163.com · 本博客使用 Hexo 搭建</footer>",
 "college": ("<div class='cfoot'>版权所有：哈尔滨北辰职业技术学院 地址：哈尔滨市松北区学海街1888号 邮编：150028"
             "<br>建议使用1920×1080分辨率浏览</div>"),
 "bczx": "<footer class='corp'>" + BCZX_FOOT + "</footer>",
 "qiyuan": QY_FOOT,
 "rsj": ("<div class='gov-foot'>主办：松江市人力资源和社会保障局 地址：松江市中山路213号 "
         "政策咨询：12333 <br>网站标识码2301000047 黑公网安备23010202000211号</div>"),
}

# ================================================================= U01 冰城智训 (Harbin, honest-ish)
P("bczx", "kecheng-ai.html", "人工智能训练师（四级/三级）培训课程 - 冰城智训",
  "<h1>人工智能训练师 职业技能等级认定培训（四级/三级）</h1>"
  "<p>职业编码 4-04-05-05，工种：数据标注员、人工智能算法测试员。本课程按《人工智能训练师国家职业技能标准（2021年版）》"
  "开设，四级50课时、三级40课时，线下为主（道里区教学点），理论约30%、实操约70%。</p>"
  "<h2>报考条件</h2><p>四级：取得五级证书后累计从事本职业4年，或累计从事本职业6年等；三级需取得四级证书并满足年限。"
  "无工作经历的同学请先报五级，我们不承诺包过，需参加理论与实操考核。</p>"
  "<h2>认定与查询</h2><p>考核由备案评价机构组织，本期认定批次号 20251129045103，考点为松北区第二实训基地"
  "（考点前台 0451-8233 5100，仅咨询考场位置）。证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。</p>"
  "<h2>费用</h2><p>四级培训费 2380 元，三级 2980 元；符合条件者可按规定申领技能提升补贴。</p>"
  "<p class='cta'>报名咨询：0451-86627315 / 微信 bczx_ai2025（周老师）</p>",
  True, "U01", "冰城智训",
  BCZX_IDS + [("wechat", "bczx_ai2025", "bczx_ai2025")],
  "training company course page (Harbin)", ["首页", "课程中心", "人工智能训练师"])
P("bczx", "lianxi.html", "联系我们 - 冰城智训",
  "<h1>联系我们 / 在线报名</h1><p>人工智能训练师五级、四级班每月开班，欢迎来电或到校咨询。</p>"
  "<table><tr><td>报名热线</td><td>(0451)86627315</td></tr><tr><td>招生邮箱</td><td>zhaosheng@bczhixun.com</td></tr>"
  "<tr><td>乘车</td><td>地铁1号线博物馆站C口</td></tr></table>"
  "<form><p>姓名 <input name='n'> 邮箱 <input name='e' placeholder='example@qq.com'> 意向等级 <select><option>五级</option><option>四级</option></select></p></form>"
  "<p class='warn'>郑重声明：近期有人冒用我司名义以“包过、免考”收费，号码 131 0451 8899 与我司无关，请勿转账。</p>",
  True, "U01", "哈尔滨冰城智训教育科技有限公司",
  BCZX_IDS + [("phone", "045186627315", "(0451)86627315")],
  "company contact / enrolment page", ["首页", "联系我们"])
P("kezhan", "course-1.html", "【哈尔滨线下】人工智能训练师五级+四级 备考班 - 课栈网",
  "<h1>【哈尔滨线下】人工智能训练师五级/四级 认定备考班</h1><div class='shop'>机构：智训AI学院（哈尔滨） ★4.8 已售 312</div>"
  "<p class='price'>¥1680 起</p><ul><li>数据采集与处理、数据标注、智能系统运维 全模块</li><li>小班 20 人，周末授课</li>"
  "<li>需参加正式认定考核，成绩合格由评价机构发证</li></ul>"
  "<p>课程顾问：158-4612-0735 （微信：BCZX_AI2025）</p><p>课程编号：18045120250</p>",
  True, "U01", "智训AI学院（哈尔滨）",
  [("phone", "+8615846120735", "158-4612-0735"), ("wechat", "bczx_ai2025", "BCZX_AI2025")],
  "marketplace course listing", ["首页", "职业技能", "人工智能", "课程详情"])
P("shipin", "v-2.html", "人工智能训练师到底值不值得考？哈尔滨周老师讲清楚 - 快抖",
  "<div class='video'><h1>人工智能训练师到底值不值得考？</h1><p class='author'>@周老师聊AI训练师 · 哈尔滨 · 2.1万粉丝</p>"
  "<p class='desc'>五级零基础的先看报考条件！不是交钱就发证的哈～线下班在道里，想了解的 v❤：bczx_ai2025 #人工智能训练师 #哈尔滨考证</p>"
  "<p>❤ 3254 · 评论 186 · 分享 97</p></div>"
  "<div class='cmts'><p>哈啤小张：三级能直接考吗</p><p>作者回复：要四级证书加年限，别信直接考三级的</p></div>",
  True, "U01", "周老师聊AI训练师",
  [("wechat", "bczx_ai2025", "bczx_ai2025")],
  "short-video page of the company's teacher", ["首页", "@周老师聊AI训练师", "视频"])

# ================================================================= U02 启元教育 (Shenyang, subsidy-driven)
P("qiyuan", "ai-peixun.html", "人工智能训练师培训招生简章 - 启元教育",
  "<h2>2025年冬季人工智能训练师（数据标注员）招生简章</h2>"
  "<p>面向沈阳市失业及在职人员，开设五级、四级班。参保满一年可申领失业保险技能提升补贴（五级1000元、四级1500元），"
  "<b>补贴后几乎免费</b>！名额有限，先到先得。</p>"
  "<p>报名方式：线上填写报名表 https://www.wjx.cn/vm/tQ8xK2a.aspx ，或加招生老师微信 qiyuan024。</p>"
  "<p>上课地点：和平区南京南街128号3楼。</p>",
  True, "U02", "启元教育",
  QY_IDS + [("wechat", "qiyuan024", "qiyuan024")],
  "training school enrolment brochure", ["首页", "招生简章", "人工智能训练师"])
P("qiyuan", "butie.html", "技能提升补贴代办 + 人工智能训练师报名 - 启元教育",
  "<h2>补贴申领指导 & 报名缴费</h2><p>学员取得证书后，可登录辽事通或拨打12333咨询补贴申领，本校提供全程指导。</p>"
  "<p>报名费对公转账，户名：沈阳市和平区启元职业培训学校，开户行：盛京银行和平支行。</p>"
  "<form><p>姓名 <input> 手机号 <input placeholder='13800138000'> 邮箱 <input placeholder='example@qq.com'></p></form>"
  "<p>填写示例：手机号：13800138000（示例，请填写本人号码）</p>",
  True, "U02", "沈阳市和平区启元职业培训学校",
  QY_IDS + [("other", "沈阳市和平区启元职业培训学校", "户名：沈阳市和平区启元职业培训学校")],
  "subsidy + payment page", ["首页", "补贴申领"])
P("fenlei", "post-3.html", "沈阳人工智能训练师培训 可申请补贴 和平区正规学校 - 东北分类信息网",
  "<h1>沈阳人工智能训练师培训 可申请补贴 和平区正规学校</h1><table class='info'><tr><th>类别</th><td>教育培训/职业技能</td></tr>"
  "<tr><th>区域</th><td>沈阳-和平</td></tr><tr><th>联系人</th><td>孙老师</td></tr>"
  "<tr><th>电话</th><td>186 2403 7716</td></tr><tr><th>QQ</th><td>1593847260</td></tr></table>"
  "<p>启元培训常年招生，人工智能训练师五级/四级，补贴后几乎免费，周末班晚班均有。</p>",
  True, "U02", "启元培训",
  [("phone", "+8618624037716", "186 2403 7716"), ("qq", "1593847260", "1593847260")],
  "classified ad", ["首页", "沈阳", "教育培训", "职业技能"])
P("wxwz", "a-2.html", "沈阳这所学校开设人工智能训练师班，补贴后几乎免费！ - 微文库",
  "<h1>沈阳这所学校开设人工智能训练师班，补贴后几乎免费！</h1><p class='src'>来源公众号：沈阳职场圈 · 2025-11-12</p>"
  "<p>AI时代，人工智能训练师成了热门新职业……记者走访了和平区的启元教育，招生老师介绍，五级班60课时，"
  "参保职工取得证书后可申领补贴。</p><p>咨询电话：024-3128 7760，微信：QiYuan024</p>",
  True, "U02", "启元教育",
  [("phone", "02431287760", "024-3128 7760"), ("wechat", "qiyuan024", "QiYuan024")],
  "WeChat advertorial repost", ["首页", "职场", "文章"])

# ================================================================= U03 scam: 中智人才评价中心 / 智评教育 / 国培AI考证
P("shipin", "v-1.html", "零基础拿人工智能训练师三级证！人社部颁发 全国通用 - 快抖",
  "<div class='video'><h1>零基础拿人工智能训练师三级证！</h1><p class='author'>@国培AI考证 · 1.3万粉丝</p>"
  "<p class='desc'>不限学历不限经验🔥人社部颁发国家职业资格证书，包过！不过全额退💰 考证补贴最高3120！"
  "➕V：zp8899vip 备注“三级” #人工智能训练师 #考证</p><p>❤ 8841 · 评论 602</p></div>"
  "<div class='cmts'><p>用户8762：真的假的？求资料 QQ 1098834521</p><p>阿蒙：三级不是要四级证吗</p></div>",
  True, "U03", "国培AI考证",
  [("wechat", "zp8899vip", "zp8899vip")],
  "scam short-video ad (包过, 人社部颁发, 零基础三级)", ["首页", "@国培AI考证", "视频"])
P("fenlei", "post-1.html", "人工智能训练师证书 三级/二级 免考试 包过 入库可查 - 东北分类信息网",
  "<h1>人工智能训练师证书 三级/二级 包过 入库可查</h1><table class='info'><tr><th>类别</th><td>教育培训/职业资格</td></tr>"
  "<tr><th>区域</th><td>哈尔滨-南岗</td></tr><tr><th>联系人</th><td>中智人才评价中心 刘主任</td></tr>"
  "<tr><th>电话</th><td>176 4510 2389</td></tr><tr><th>微信</th><td>Zp8899VIP</td></tr></table>"
  "<p>中智人才评价中心直招，不用培训直接拿证，30天出证，zscx.osta.org.cn 官网可查！三证一起报更优惠。</p>"
  "<p>缴费方式：支付宝转账（支付宝客服 95188 可查交易），收款户名：哈尔滨市南岗区智评信息咨询服务部</p>",
  True, "U03", "中智人才评价中心",
  [("phone", "+8617645102389", "176 4510 2389"), ("wechat", "zp8899vip", "Zp8899VIP"),
   ("other", "哈尔滨市南岗区智评信息咨询服务部", "哈尔滨市南岗区智评信息咨询服务部")],
  "scam classified ad", ["首页", "哈尔滨", "教育培训"])
P("kezhan", "course-3.html", "人工智能训练师 高级工（三级）快速取证班 - 课栈网",
  "<h1>人工智能训练师 高级工（三级）快速取证班</h1><div class='shop'>机构：智评教育 ★4.9 已售 1.2万</div>"
  "<p class='price'><del>¥9999</del> ¥3980 三证联报再减1000</p>"
  "<ul><li>国家职业资格证书，人社部颁发，全国联网可查</li><li>零基础、不限学历，包过</li><li>可挂靠，年入2万+</li></ul>"
  "<p>证书样本编号：S000023011002253000127，登录 www.zgrcpj-cx.com 证书查询中心验证</p><p>报名热线：17645102389</p>",
  True, "U03", "智评教育",
  [("phone", "+8617645102389", "17645102389"), ("domain", "zgrcpj-cx.com", "www.zgrcpj-cx.com")],
  "scam marketplace listing with fake query site", ["首页", "职业技能", "人工智能", "课程详情"])
P("bbs", "t-2.html", "【经验】刚拿到人工智能训练师三级证，分享一下报考渠道 - 黑土地职场论坛",
  "<div class='post'><div class='u'>楼主：aixl_2025新人</div><p>一个月就下证了，网上能查：zgrcpj-cx.com ，"
  "老师很负责，需要的可以加扣扣 3498217765 说是论坛来的有优惠。</p></div>"
  "<div class='post'><div class='u'>2楼 冰城打工人</div><p>这网站不是osta的吧？</p></div>"
  "<div class='post'><div class='u'>3楼 小雨</div><p>同求渠道，我v：xiaoyu_0451</p></div>",
  True, "U03", None,
  [("qq", "3498217765", "3498217765"), ("domain", "zgrcpj-cx.com", "zgrcpj-cx.com")],
  "astroturf forum post promoting the scam", ["论坛", "职业资格考证", "帖子"])

# ================================================================= U04 辽宁数标科技 (job-ad training trap)
P("fenlei", "post-2.html", "招聘数据标注员 零基础 月薪6000-8000 包培训 - 东北分类信息网",
  "<h1>招聘数据标注员 零基础 月薪6000-8000</h1><table class='info'><tr><th>类别</th><td>招聘/IT</td></tr>"
  "<tr><th>公司</th><td>辽宁数标科技有限公司</td></tr><tr><th>电话</th><td>150-0402-8831</td></tr></table>"
  "<p>岗前需取得人工智能训练师证书，公司统一安排培训考证，培训费2800元可分期（先培训后上岗，上岗后返还）。</p>"
  "<p>简历投递：hr@lnshubiao.com 营业执照：%s</p>" % USCC_U04,
  True, "U04", "辽宁数标科技有限公司",
  [("phone", "+8615004028831", "150-0402-8831"), ("email", "hr@lnshubiao.com", "hr@lnshubiao.com"),
   ("uscc", USCC_U04, USCC_U04)],
  "job ad that sells training (招聘培训贷 pattern)", ["首页", "沈阳", "招聘"])
P("wenda", "q-3.html", "数据标注员需要考人工智能训练师证吗？ - 问知",
  "<div class='q'><h1>数据标注员需要考人工智能训练师证吗？</h1><p>在沈阳找标注工作，好几家都说要证。</p></div>"
  "<div class='a'><div class='who'>数标HR小王 · 辽宁数标科技</div><p>我们公司要求持证上岗，可以在公司内部培训考证，"
  "考完直接安排岗位。感兴趣可以加学员群 682 041 753，或电话 15004028831。</p></div>"
  "<div class='a'><div class='who'>匿名用户</div><p>正规标注公司一般不收培训费，先交钱的谨慎。</p></div>",
  True, "U04", "辽宁数标科技",
  [("qq_group", "682041753", "682 041 753"), ("phone", "+8615004028831", "15004028831")],
  "Q&A answer by the company's recruiter", ["问知", "职业教育", "问题"])
P("bbs", "t-4.html", "数标科技招标注员+考证，在家就能做 - 黑土地职场论坛",
  "<div class='post'><div class='u'>楼主：数标科技招聘</div><p>数标科技长期招兼职标注员，需先完成人工智能训练师五级培训（含证书），"
  "报名进群 682041753 ，简历发 hr#lnshubiao.com（#换成@）。</p></div>"
  "<div class='post'><div class='u'>2楼 路人甲</div><p>先交钱再上岗？</p></div>",
  True, "U04", "数标科技",
  [("qq_group", "682041753", "682041753"), ("email", "hr@lnshubiao.com", "hr#lnshubiao.com")],
  "forum recruiting post", ["论坛", "求职招聘", "帖子"])

# ================================================================= U05 北辰职院继续教育学院 (college, honest)
P("college", "peixun-ai.html", "继续教育学院关于开展人工智能训练师职业技能培训的通知",
  "<h2>继续教育学院关于开展人工智能训练师职业技能培训的通知</h2>"
  "<p>我院面向社会开展人工智能训练师（4-04-05-05）五级、四级培训，培训合格后参加职业技能等级认定，"
  "证书由备案评价机构颁发，可在技能人才评价证书全国联网查询平台查询。</p>"
  "<p>报名电话：0451-58971206（工作日）；邮箱：jxjy@hrbbcvc.edu.cn。补贴政策请咨询12333。</p>"
  "<p class='red'>提醒：我院从未委托个人代招，近期有人冒用我院名义收取“包过费”，来电号码 13104518899，请勿上当。</p>",
  True, "U05", "哈尔滨北辰职业技术学院继续教育学院",
  [("phone", "045158971206", "0451-58971206"), ("email", "jxjy@hrbbcvc.edu.cn", "jxjy@hrbbcvc.edu.cn")],
  "college continuing-education training notice", ["首页", "继续教育", "通知公告"])
P("college", "jianding.html", "2025年第四批次人工智能训练师职业技能等级认定报名公告",
  "<h2>2025年第四批次职业技能等级认定报名公告</h2><p>认定批次号：20251129045103；考点：松北区第二实训基地（前台 0451-82335100）。</p>"
  "<p>收费标准：五级 300 元/人次，四级 380 元/人次。收款单位：哈尔滨北辰职业技术学院，统一社会信用代码 %s。</p>"
  "<p>证书查询：zscx.osta.org.cn。咨询：继续教育学院 0451-58971206，www.hrbbcvc.edu.cn</p>" % USCC_U05,
  True, "U05", "哈尔滨北辰职业技术学院",
  [("phone", "045158971206", "0451-58971206"), ("uscc", USCC_U05, USCC_U05),
   ("domain", "hrbbcvc.edu.cn", "www.hrbbcvc.edu.cn")],
  "college evaluation enrolment notice", ["首页", "继续教育", "认定报名"])
P("kezhan", "course-2.html", "人工智能训练师（数据标注员）五级 线上+线下 - 课栈网",
  "<h1>人工智能训练师（数据标注员）五级 线上理论+线下实操</h1><div class='shop'>机构：北辰职院继续教育 ★4.7 已售 845</div>"
  "<p class='price'>¥980</p><p>60课时，按国家职业技能标准授课，需满足五级报考条件（相关工作1年或学徒期满）。</p>"
  "<p>咨询：0451-5897 1206</p><p>课程编号：13245100871</p>",
  True, "U05", "北辰职院继续教育",
  [("phone", "045158971206", "0451-5897 1206")],
  "marketplace listing of the college", ["首页", "职业技能", "人工智能", "课程详情"])
P("wxwz", "a-1.html", "北辰职院：人工智能训练师培训开班啦 - 微文库",
  "<h1>人工智能训练师培训开班啦</h1><p class='src'>来源公众号：北辰职院继续教育 · 2025-10-20</p>"
  "<p>10月18日，我院第三期人工智能训练师五级培训班开班，46名学员参加……</p>"
  "<p>下期报名：0451－58971206，邮箱 jxjy@hrbbcvc.edu.cn</p>",
  True, "U05", "北辰职院继续教育",
  [("phone", "045158971206", "0451－58971206"), ("email", "jxjy@hrbbcvc.edu.cn", "jxjy@hrbbcvc.edu.cn")],
  "WeChat article repost", ["首页", "教育", "文章"])

# ================================================================= U06 individual agent 李姐
P("shipin", "v-3.html", "东北考证李姐：人工智能训练师报名最后3天 - 快抖",
  "<div class='video'><h1>人工智能训练师报名最后3天！</h1><p class='author'>@东北考证李姐 · 沈阳 · 5630粉丝</p>"
  "<p class='desc'>不用去考场，线上随便考，保证拿证，有需要的姐妹私我 LiJie_KaoZheng</p><p>❤ 912 · 评论 77</p></div>"
  "<div class='cmts'><p>小雨：李姐加我 xiaoyu_0451</p><p>lucky：多少钱</p></div>",
  True, "U06", "东北考证李姐",
  [("wechat", "lijie_kaozheng", "LiJie_KaoZheng")],
  "agent short video (保证拿证)", ["首页", "@东北考证李姐", "视频"])
P("wenda", "q-1.html", "人工智能训练师证好考吗？在哪报名靠谱？ - 问知",
  "<div class='q'><h1>人工智能训练师证好考吗？在哪报名靠谱？</h1></div>"
  "<div class='a'><div class='who'>李老师 · 职业规划师</div><p>很好考，我们这边有内部题库，通过率99%。报名找我：微信 lijie_kaozheng，QQ 2069158843。</p></div>"
  "<div class='a'><div class='who'>用户5520</div><p>我也想考，资料发我QQ 1098834521 谢谢</p></div>"
  "<div class='a'><div class='who'>路过</div><p>说内部题库的都是违规宣传，可以打12315举报。</p></div>",
  True, "U06", "李老师",
  [("wechat", "lijie_kaozheng", "lijie_kaozheng"), ("qq", "2069158843", "2069158843")],
  "Q&A answer by agent", ["问知", "职业教育", "问题"])
P("bbs", "t-3.html", "人工智能训练师 沈阳/哈尔滨 代报名 名额不多 - 黑土地职场论坛",
  "<div class='post'><div class='u'>楼主：考证李姐</div><p>常年代报各类技能证，人工智能训练师四级三级都有名额，"
  "保证通过，扣扣2069158843，电话133 1451 7290</p></div>",
  True, "U06", "考证李姐",
  [("qq", "2069158843", "2069158843"), ("phone", "+8613314517290", "133 1451 7290")],
  "forum agent post", ["论坛", "职业资格考证", "帖子"])

# ================================================================= U07 中科华智 (state-sounding company, per-certificate pricing)
P("kezhan", "course-4.html", "人工智能训练师+生成式人工智能系统应用员 双证班 - 课栈网",
  "<h1>人工智能训练师+生成式AI系统应用员 双证班</h1><div class='shop'>机构：华智认证 ★4.6 已售 2031</div>"
  "<p class='price'>单证 ¥1980 / 双证 ¥2980</p><ul><li>国家级权威认证，官方指定</li><li>证书可在 cx.zkhzpj.org 查询</li>"
  "<li>职业技能等级证书直接对应职称证书</li></ul><p>全国服务热线：400-618-7723</p>",
  True, "U07", "华智认证",
  [("phone", "4006187723", "400-618-7723"), ("domain", "zkhzpj.org", "cx.zkhzpj.org")],
  "marketplace listing, per-certificate price", ["首页", "职业技能", "人工智能", "课程详情"])
P("wxwz", "a-3.html", "重磅！人工智能训练师证书全国统一报名通道开启 - 微文库",
  "<h1>重磅！人工智能训练师证书全国统一报名通道开启</h1><p class='src'>来源公众号：中科华智职业技能评价中心</p>"
  "<p>中科华智职业技能评价中心（统一社会信用代码 %s）面向全国招生，证书全国通用，证书样本编号 S000023011002253000127。</p>"
  "<p>报名热线 4006187723；对公账户：北京中科华智信息技术有限公司</p>" % USCC_U07,
  True, "U07", "中科华智职业技能评价中心",
  [("uscc", USCC_U07, USCC_U07), ("phone", "4006187723", "4006187723"),
   ("other", "北京中科华智信息技术有限公司", "北京中科华智信息技术有限公司")],
  "WeChat repost from the operator's account", ["首页", "教育", "文章"])
P("fenlei", "post-4.html", "沈阳 人工智能训练师报名点 华智考评 双证 - 东北分类信息网",
  "<h1>沈阳 人工智能训练师报名点 华智考评</h1><table class='info'><tr><th>类别</th><td>教育培训/职业资格</td></tr>"
  "<tr><th>区域</th><td>沈阳-皇姑</td></tr><tr><th>电话</th><td>400 618 7723</td></tr><tr><th>邮箱</th><td>zkhz_kf@163.com</td></tr></table>"
  "<p>华智考评沈阳报名点，单证1980，双证2980，支付宝付款（95188可查），七天出证。</p>",
  True, "U07", "华智考评（沈阳报名点）",
  [("phone", "4006187723", "400 618 7723"), ("email", "zkhz_kf@163.com", "zkhz_kf@163.com")],
  "classified ad of a local sign-up point", ["首页", "沈阳", "教育培训"])
P("blog", "p-3.html", "【合作】想转行AI？这个证书建议早点拿 - 老周的学习笔记",
  "<article><h1>【合作】想转行AI？这个证书建议早点拿</h1><p class='meta'>本文为合作推广</p>"
  "<p>最近被问得最多的就是人工智能训练师。这次合作方中科华智（统一社会信用代码 %s）给读者开了专属优惠，"
  "官网 www.zkhzpj.org ，邮箱 zkhz_kf@163.com。</p></article>" % USCC_U07,
  True, "U07", "中科华智",
  [("uscc", USCC_U07, USCC_U07), ("domain", "zkhzpj.org", "www.zkhzpj.org"), ("email", "zkhz_kf@163.com", "zkhz_kf@163.com")],
  "sponsored blog post", ["首页", "合作推广"])

# ================================================================= U08 沈阳智标数据
P("shipin", "v-4.html", "数据标注实操：拉框标注一天能赚多少 - 快抖",
  "<div class='video'><h1>数据标注实操：拉框标注一天能赚多少</h1><p class='author'>@沈阳智标数据工作室 · 8900粉丝</p>"
  "<p class='desc'>带人工智能训练师五级证书培训，学完接单，学员群号：915370248</p><p>❤ 1502 · 评论 88</p></div>",
  True, "U08", "沈阳智标数据工作室",
  [("qq_group", "915370248", "915370248")],
  "short-video offer", ["首页", "@沈阳智标数据工作室", "视频"])
P("wenda", "q-2.html", "沈阳哪里可以学数据标注并考人工智能训练师？ - 问知",
  "<div class='q'><h1>沈阳哪里可以学数据标注并考人工智能训练师？</h1></div>"
  "<div class='a'><div class='who'>智标小刘</div><p>我们智标数据有五级班，报名表在这：wjx.cn/vm/Q3mZp7h.aspx ，"
  "学员群 915 370 248，资料可发邮箱 zhibiao_sy@126.com。</p></div>",
  True, "U08", "智标数据",
  [("qq_group", "915370248", "915 370 248"), ("email", "zhibiao_sy@126.com", "zhibiao_sy@126.com")],
  "Q&A answer offer", ["问知", "职业教育", "问题"])
P("bbs", "t-5.html", "【招生】智标数据 人工智能训练师五级 周末班 - 黑土地职场论坛",
  "<div class='post'><div class='u'>楼主：智标数据</div><p>沈阳浑南，人工智能训练师五级周末班，1280元含认定费。"
  "电话 138-8920-4417，邮箱 zhibiao_sy@126.com</p></div>",
  True, "U08", "智标数据",
  [("phone", "+8613889204417", "138-8920-4417"), ("email", "zhibiao_sy@126.com", "zhibiao_sy@126.com")],
  "forum enrolment post", ["论坛", "培训招生", "帖子"])

# ================================================================= U09 龙江AI职训
P("blog", "p-1.html", "【推广】我是怎么在哈尔滨找到AI训练师课程的 - 老周的学习笔记",
  "<article><h1>【推广】我是怎么在哈尔滨找到AI训练师课程的</h1><p class='meta'>合作推广 · 龙江AI职训</p>"
  "<p>去年转行前对比了几家，最后选了龙江AI职训（www.ljaizx.cn），五级+四级套餐，客服微信 ljzx_kf01 报老周有折扣。</p></article>"
  "<div class='comments'><p>小雨：求带，我微信 xiaoyu_0451</p><p>博主：私信你了</p></div>",
  True, "U09", "龙江AI职训",
  [("domain", "ljaizx.cn", "www.ljaizx.cn"), ("wechat", "ljzx_kf01", "ljzx_kf01")],
  "sponsored blog post", ["首页", "合作推广"])
P("fenlei", "post-5.html", "哈尔滨 AI训练师 五级四级套餐 线上学 - 东北分类信息网",
  "<h1>哈尔滨 AI训练师 五级四级套餐</h1><table class='info'><tr><th>类别</th><td>教育培训/职业技能</td></tr>"
  "<tr><th>区域</th><td>哈尔滨-香坊</td></tr><tr><th>联系人</th><td>龙职教育 赵老师</td></tr>"
  "<tr><th>电话</th><td>183-4610-8852</td></tr><tr><th>微信</th><td>LJZX_KF01</td></tr></table><p>速成班，两个月拿证。</p>",
  True, "U09", "龙职教育",
  [("phone", "+8618346108852", "183-4610-8852"), ("wechat", "ljzx_kf01", "LJZX_KF01")],
  "classified ad", ["首页", "哈尔滨", "教育培训"])
P("kezhan", "course-5.html", "AI训练师五级+四级 联报套餐 - 课栈网",
  "<h1>AI训练师五级+四级 联报套餐</h1><div class='shop'>机构：龙江AI职训旗舰店 ★4.5 已售 566</div>"
  "<p class='price'>¥2680（两级联报立减600）</p><p>客服电话：13800138000</p>"
  "<p>真实客服：18346108852；付款后如需发票请联系，收款方：黑龙江龙职网络科技有限公司，支付宝担保交易（客服95188）。</p>",
  True, "U09", "龙江AI职训旗舰店",
  [("phone", "+8618346108852", "18346108852"),
   ("other", "黑龙江龙职网络科技有限公司", "黑龙江龙职网络科技有限公司")],
  "marketplace shop listing (template placeholder left in)", ["首页", "职业技能", "人工智能", "课程详情"])

# ================================================================= Independents
P("kezhan", "course-6.html", "数据标注实战 + 人工智能训练师五级备考（线上） - 课栈网",
  "<h1>数据标注实战 + 人工智能训练师五级备考</h1><div class='shop'>机构：标注学堂 ★4.8 已售 3410</div>"
  "<p class='price'>¥399</p><p>纯线上录播，本课程不含认定考试，证书须自行向备案评价机构报名，结果以 zscx.osta.org.cn 查询为准。</p>"
  "<p>答疑：bzxt_online@foxmail.com</p>",
  True, "I01", "标注学堂", [("email", "bzxt_online@foxmail.com", "bzxt_online@foxmail.com")],
  "honest online course", ["首页", "职业技能", "人工智能", "课程详情"])
P("fenlei", "post-6.html", "各类技能证书 人工智能训练师 三证套餐 不用考试 - 东北分类信息网",
  "<h1>各类技能证书 人工智能训练师 三证套餐</h1><table class='info'><tr><th>区域</th><td>沈阳-铁西</td></tr>"
  "<tr><th>联系人</th><td>鑫途职业技能服务</td></tr><tr><th>电话</th><td>130 0986 2215</td></tr></table>"
  "<p>不用考试直接拿证，人工智能训练师+碳排放管理师+健康管理师三证套餐，可挂靠年入3万。</p>",
  True, "I02", "鑫途职业技能服务", [("phone", "+8613009862215", "130 0986 2215")],
  "scam classified (no exam, bundle, 挂靠)", ["首页", "沈阳", "教育培训"])
P("wenda", "q-4.html", "哈尔滨考人工智能训练师五级需要什么条件？ - 问知",
  "<div class='q'><h1>哈尔滨考人工智能训练师五级需要什么条件？</h1></div>"
  "<div class='a'><div class='who'>王老师 · 培训讲师</div><p>五级要求相关工作满1年或学徒期满，补贴可打12333问。"
  "我们南岗有五级班，需要可以加 wanglaoshi_hrb88。</p></div>",
  True, "I03", "王老师", [("wechat", "wanglaoshi_hrb88", "wanglaoshi_hrb88")],
  "Q&A answer with small offer", ["问知", "职业教育", "问题"])
P("bbs", "t-6.html", "铁西AI训练师培训班12月开班 - 黑土地职场论坛",
  "<div class='post'><div class='u'>楼主：铁西小课堂</div><p>12月开五级班，晚班，电话152-4136-8807，交流群826304917。</p></div>",
  True, "I04", "铁西小课堂",
  [("phone", "+8615241368807", "152-4136-8807"), ("qq_group", "826304917", "826304917")],
  "forum enrolment post", ["论坛", "培训招生", "帖子"])
P("shipin", "v-5.html", "AI副业：原价9999限时99，送人工智能训练师证书 - 快抖",
  "<div class='video'><h1>原价9999限时99！90%小白都能学会</h1><p class='author'>@AI副业阿杰 · 12万粉丝</p>"
  "<p class='desc'>学完送人工智能训练师证书，拿到证书便可升职加薪，v：ajie_ai99</p><p>❤ 2.3万</p></div>",
  True, "I05", "AI副业阿杰", [("wechat", "ajie_ai99", "ajie_ai99")],
  "short-video knowledge-payment ad", ["首页", "@AI副业阿杰", "视频"])
P("wxwz", "a-4.html", "辽宁智联职业培训学校人工智能训练师招生 - 微文库",
  "<h1>人工智能训练师（五级）招生</h1><p class='src'>来源公众号：辽宁智联职业培训学校</p>"
  "<p>本校为民办职业培训学校（统一社会信用代码 %s），培训后参加备考认定，证书信息可在 osta.mohrss.gov.cn 查询。"
  "报名电话 024-88652730。</p>" % USCC_I06,
  True, "I06", "辽宁智联职业培训学校",
  [("uscc", USCC_I06, USCC_I06), ("phone", "02488652730", "024-88652730")],
  "WeChat repost of a training school", ["首页", "教育", "文章"])

# ================================================================= Non-offers
P("bbs", "t-1.html", "【曝光】交了4980说包过，现在人找不到了 - 黑土地职场论坛",
  "<div class='post'><div class='u'>楼主：被坑的老李</div><p>在网上找的“人工智能训练师三级包过”，交了4980，对方号码 131 0451 8899，"
  "说证书人社部颁发，结果查询网站根本不是官方的。已经打了12315，大家去 cpta.com.cn 看山寨证书声明。</p></div>"
  "<div class='post'><div class='u'>2楼 版主</div><p>已加精，大家报名前去官方平台查机构备案。</p></div>",
  crumbs=["论坛", "避坑曝光", "帖子"], note="complaint thread")
P("blog", "p-2.html", "如何辨别人工智能训练师证书真假？一篇讲清 - 老周的学习笔记",
  "<article><h1>如何辨别人工智能训练师证书真假？</h1><p>1. 职业技能等级证书由备案的评价机构颁发，不是“人社部颁发”。</p>"
  "<p>2. 证书编号22位，1位字母+21位数字，例如 S000023011002253000127 这种格式。</p>"
  "<p>3. 查询只认 zscx.osta.org.cn、osta.mohrss.gov.cn，职业资格看 cpta.com.cn；补贴问12333。</p></article>",
  crumbs=["首页", "考证"], note="guide")
P("college", "news-1.html", "我院学子在省职业技能大赛人工智能训练师赛项获奖",
  "<h2>我院学子在省职业技能大赛人工智能训练师赛项获奖</h2><p>11月5日，省职业技能大赛落幕，我院信息工程学院2名学生获二等奖……</p>",
  crumbs=["首页", "学院新闻"], note="college news")
P("rsj", "notice-1.html", "关于警惕“山寨证书”诈骗的提示",
  "<h2>关于警惕“山寨证书”诈骗的提示</h2><p>近期有不法分子以“人社部颁发”“包过”“免考”为名兜售人工智能训练师证书。"
  "群众举报的涉诈号码包括 131 0451 8899 等。</p><p>证书真伪请通过 zscx.osta.org.cn、osta.mohrss.gov.cn 查询，"
  "职业资格证书可通过 cpta.com.cn 查询。消费纠纷拨打12315，政策咨询拨打12333。</p>",
  crumbs=["首页", "通知公告"], note="official warning")
P("rsj", "notice-2.html", "2025年第四批次职业技能等级认定考务安排",
  "<h2>2025年第四批次职业技能等级认定考务安排</h2><p>批次号 20251129045103，考点：松北区第二实训基地（前台电话 0451-8233 5100）。"
  "考生请携带身份证提前30分钟到场。咨询12333。</p>",
  crumbs=["首页", "通知公告"], note="official exam schedule")

INDEX_INTRO = {
 "kezhan": "<h1>职业技能 · 人工智能训练师 热门课程</h1>",
 "shipin": "<h1>搜索：人工智能训练师</h1>",
 "fenlei": "<h1>教育培训 - 职业技能 信息列表</h1>",
 "bbs": "<h1>黑土地职场论坛 - 考证交流版</h1>",
 "wenda": "<h1>问知 · 人工智能训练师 相关问题</h1>",
 "wxwz": "<h1>微文库 · 教育职场</h1>",
 "blog": "<h1>老周的学习笔记</h1><p>一个转行AI数据标注的普通人。</p>",
 "college": "<h1>哈尔滨北辰职业技术学院</h1><p>厚德 笃学 精技 强能</p>",
 "bczx": "<h1>冰城智训 · 让技能看得见</h1><p>专注人工智能训练师、数据标注员职业技能培训。</p>",
 "qiyuan": "<h1>启元教育 沈阳市和平区启元职业培训学校</h1>",
 "rsj": "<h1>通知公告</h1>",
}

MENUS = {
 "kezhan": ["首页", "职业技能", "IT互联网", "考证", "企业培训", "我的课程"],
 "shipin": ["推荐", "关注", "直播", "知识", "放映厅"],
 "fenlei": ["首页", "招聘", "二手", "房产", "教育培训", "本地服务"],
 "bbs": ["论坛首页", "职业资格考证", "求职招聘", "培训招生", "避坑曝光"],
 "wenda": ["首页", "职业教育", "IT", "专栏", "提问"],
 "wxwz": ["首页", "教育", "职场", "科技", "生活"],
 "blog": ["首页", "归档", "考证", "关于"],
 "college": ["学院首页", "学院概况", "招生就业", "继续教育", "学院新闻"],
 "bczx": ["首页", "课程中心", "师资力量", "学员风采", "联系我们"],
 "qiyuan": ["学校首页", "招生简章", "补贴申领", "校园环境"],
 "rsj": ["首页", "政务公开", "通知公告", "办事服务", "互动交流"],
}
STYLE = {
 "kezhan": "body{font-family:sans-serif;background:#f5f6f7}.kz-top{background:#ff6a00;color:#fff}",
 "shipin": "body{background:#161823;color:#eee}.video{border-radius:8px}",
 "fenlei": "body{font:12px SimSun}table.info th{background:#eef}",
 "bbs": "body{font:12px Tahoma}.post{border:1px solid #cde}",
 "wenda": "body{font-family:PingFang SC}.a{border-top:1px solid #eee}",
 "wxwz": "body{max-width:680px;margin:auto}.src{color:#888}",
 "blog": "body{font-family:Georgia,serif;max-width:760px;margin:auto}",
 "college": "body{font:14px 宋体}.cnav{background:#003f88;color:#fff}",
 "bczx": "body{font-family:Microsoft YaHei}.corp{background:#222;color:#ccc}",
 "qiyuan": "body{font:13px 微软雅黑}.ft{background:#8b0000;color:#fff}",
 "rsj": "body{font:14px 宋体}.gov-foot{border-top:3px solid #c00}",
}

def frame(site, title, crumbs, body, here, pages_of_site):
    s = SITES[site]
    menu = " | ".join("<a href='index.html'>%s</a>" % m if i == 0 else "<span>%s</span>" % m
                      for i, m in enumerate(MENUS[site]))
    crumb = " &gt; ".join(["<a href='index.html'>%s</a>" % html.escape(crumbs[0])] + [html.escape(c) for c in crumbs[1:]]) if crumbs else ""
    others = [p for p in pages_of_site if p["path"] != here][:6]
    side = "".join("<li><a href='%s'>%s</a></li>" % (p["path"].split("/")[-1], html.escape(p["title"].split(" - ")[0]))
                   for p in others)
    label = {"kezhan": "猜你喜欢", "shipin": "相关推荐", "fenlei": "相关信息", "bbs": "相关帖子",
             "wenda": "相关问题", "wxwz": "相关文章", "blog": "最近文章", "college": "相关链接",
             "bczx": "热门课程", "qiyuan": "最新动态", "rsj": "相关公告"}[site]
    hub = "<a href='../index.html'>返回导航</a>"
    return ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>%s</title>"
            "<style>%s</style></head><body class='site-%s'>\n<header><div class='logo'>%s <small>%s</small></div>"
            "<nav>%s</nav></header>\n<div class='crumbs'>%s</div>\n<main>%s</main>\n"
            "<aside><h3>%s</h3><ul>%s</ul></aside>\n%s\n<p class='nav-hub'>%s</p>\n</body></html>\n") % (
        html.escape(title), STYLE[site], site, s["name"], s["host"], menu, crumb, body, label, side,
        FOOTERS[site], hub)

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    by_site = {k: [p for p in PAGES if p["site"] == k] for k in SITES}
    for k, plist in by_site.items():
        os.makedirs(os.path.join(OUT, k))
        idx_title = "%s - %s" % (SITES[k]["name"], SITES[k]["kind"])
        items = "".join("<li><a href='%s'>%s</a></li>" % (p["path"].split("/")[-1], html.escape(p["title"].split(" - ")[0]))
                        for p in plist)
        idx = dict(site=k, path="/%s/index.html" % k, title=idx_title,
                   body=INDEX_INTRO[k] + "<ul class='list'>%s</ul>" % items,
                   is_offer=False, operator=None, provider=None, identifiers=[],
                   note="site index", crumbs=[MENUS[k][0]])
        for p in [idx] + plist:
            with open(os.path.join(OUT, p["path"].lstrip("/")), "w", encoding="utf-8") as f:
                f.write(frame(k, p["title"], p["crumbs"], p["body"], p["path"], plist))
        PAGES.append(idx)
    hub_links = "".join("<li><a href='%s/index.html'>%s</a>（%s）</li>" % (k, SITES[k]["name"], SITES[k]["kind"]) for k in SITES)
    with open(os.path.join(OUT, "index.html"), "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>搜索记录：人工智能训练师（哈尔滨/沈阳）</title></head>"
                "<body><h1>一周搜索记录：人工智能训练师 哈尔滨 / 沈阳</h1><ul>%s</ul></body></html>\n" % hub_links)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    PAGES.append(dict(path="/index.html", is_offer=False, operator=None, provider=None,
                      identifiers=[], note="hub"))

    texts = {}
    for root, _, files in os.walk(OUT):
        for fn in files:
            if fn.endswith(".html"):
                full = os.path.join(root, fn)
                texts["/" + os.path.relpath(full, OUT).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

    decoy_specs = [
     ("phone", "12333", ["12333"], "人社 public policy hotline"),
     ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
     ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site, quoted by honest and scam sellers alike"),
     ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
     ("domain", "cpta.com.cn", ["cpta.com.cn"], "人事考试中心 official site quoted in warnings"),
     ("phone", "4008206615", ["400-820-6615"], "课栈网 platform customer-service footer"),
     ("email", "service@kezhan.net.cn", ["service@kezhan.net.cn"], "课栈网 platform e-mail footer"),
     ("other", "京ICP备19028813号-2", ["京ICP备19028813号-2"], "课栈网 ICP footer"),
     ("uscc", USCC_KZ, [USCC_KZ], "课栈网 operating company's licence in footer"),
     ("domain", "kuaidou.tv", ["kuaidou.tv"], "short-video platform domain in header/footer"),
     ("other", "辽ICP备18007731号-1", ["辽ICP备18007731号-1"], "classifieds site ICP footer"),
     ("qq_group", "571203998", ["571203998"], "forum's own 站务 QQ group in footer"),
     ("qq", "800058822", ["800058822"], "Q&A platform customer-service QQ in footer"),
     ("email", "tougao@wxwzk.com", ["tougao@wxwzk.com"], "repost site's submissions e-mail in footer"),
     ("email", "laozhou_notes@163.com", ["laozhou_notes@163.com"], "blogger's own contact in footer of sponsored posts of two sellers"),
     ("phone", "+8613104518899", ["131 0451 8899", "13104518899"], "scam number quoted in warning, complaint and sellers' disclaimers"),
     ("other", "20251129045103", ["20251129045103"], "evaluation batch number (contains 0451), shared by several pages"),
     ("other", "S000023011002253000127", ["S000023011002253000127"], "sample certificate number"),
     ("phone", "+8613800138000", ["13800138000"], "template placeholder number"),
     ("email", "example@qq.com", ["example@qq.com"], "form placeholder e-mail"),
     ("wechat", "xiaoyu_0451", ["xiaoyu_0451"], "a reader's own WeChat in comments on several sellers' pages"),
     ("qq", "1098834521", ["1098834521"], "a reader's own QQ in comments"),
     ("phone", "045182335100", ["0451-82335100", "0451-8233 5100"], "exam venue front desk (third party)"),
     ("domain", "wjx.cn", ["wjx.cn"], "form tool (问卷星) used by two sellers"),
     ("phone", "95188", ["95188"], "Alipay customer service (payment platform)"),
     ("phone", "+8618045120250", ["18045120250"], "marketplace course number that looks like a mobile"),
     ("phone", "+8613245100871", ["13245100871"], "marketplace course number that looks like a mobile"),
    ]
    decoys = []
    for kind, value, written, why in decoy_specs:
        pages = sorted(p for p, t in texts.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))

    operators = {}
    for p in PAGES:
        op = p.get("operator")
        if op and op.startswith("U"):
            o = operators.setdefault(op, {"brands": [], "identifiers": []})
            if p["provider"] and p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, _w in p["identifiers"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    out_pages = [dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"],
                      provider=p["provider"], identifiers=p["identifiers"], note=p["note"])
                 for p in sorted(PAGES, key=lambda x: x["path"])]
    truth = dict(pages=out_pages, operators=dict(sorted(operators.items())), decoys=decoys)
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
