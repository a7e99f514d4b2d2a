#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- identifiers ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(code8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(code8, ws))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]

U01_USCC = uscc("91210302", "MA0YK7Q2")   # 鞍山 铁东区
U02_USCC = uscc("52360403", "MJD41528")   # 九江 浔阳区, 民办非企业
U03_USCC = uscc("91110108", "MA01RT6H")   # 北京 海淀
U06_USCC = uscc("91440106", "MA59DK3L")   # 广州 天河, company with a national-sounding name
U07_USCC = uscc("91210303", "MA10B8LN")   # 鞍山 铁西区
SHOP_USCC = uscc("91330110", "MA27XJ4P")  # the shop platform's operator (footer)

# ---------- sites ----------
SITES = {
 "zhixun": dict(name="鞍山智训职业培训学校", style="training-company site",
   nav=["首页", "课程中心", "报名流程", "新闻资讯", "联系我们"],
   footer="鞍山智训职业培训学校 版权所有 | 地址：鞍山市铁东区胜利南路 | 电话：0412-7563218 手机：139-4221-5867 | 微信：zhixun_as2024 | "
          "统一社会信用代码：" + U01_USCC + " | www.zhixunai.cn | 辽ICP备2023005812号-1"),
 "xunzhi": dict(name="九江浔阳职业技能培训中心", style="training-company site",
   nav=["首页", "招生简章", "政策补贴", "学员风采", "联系我们"],
   footer="九江浔阳职业技能培训中心（民办非企业单位）| 地址：九江市浔阳区浔阳东路 | 电话 0792-8561234 | 邮箱 xunzhi_px@163.com | "
          "统一社会信用代码 " + U02_USCC),
 "kecheng": dict(name="课程宝", style="course marketplace",
   nav=["首页", "职业技能", "IT互联网", "考证", "机构入驻"],
   footer="课程宝 www.kechengbao.com | 平台客服 400-882-6651 | 客服邮箱 service@kechengbao.com | 沪ICP备16028834号 | 平台仅提供信息展示，课程由机构提供"),
 "fenlei": dict(name="城市分类信息网", style="classifieds",
   nav=["首页", "鞍山", "九江", "教育培训", "发布信息"],
   footer="城市分类信息网 | 客服热线 010-53688520 | 京ICP备15032210号-7 | 提醒：凡要求预付费用的均需谨慎"),
 "luntan": dict(name="百姓社区·职场考证版", style="forum",
   nav=["论坛首页", "鞍山生活", "九江生活", "职场考证", "站务"],
   footer="百姓社区 bxsq.net | 站务邮箱 admin@bxsq.net | 版务QQ群 301928475 | 帖子内容仅代表作者观点"),
 "wenda": dict(name="知问问答", style="Q&A site",
   nav=["首页", "教育", "职场", "法律", "提问"],
   footer="知问问答 zhiwen.wang | 举报邮箱 jubao@zhiwen.wang | 回答仅供参考"),
 "weixin": dict(name="公众号文章转载站", style="WeChat-article reposts",
   nav=["首页", "本地", "教育", "职场", "关于"],
   footer="本站文章转载自微信公众号，版权归原作者所有 | 赣ICP备19006633号-1 | 联系：wxzz_admin@126.com"),
 "shipin": dict(name="快视频", style="short-video pages",
   nav=["推荐", "同城", "知识", "直播", "搜索"],
   footer="快视频 | 举报邮箱 jubao@kuaishipin.cn | 未成年人保护热线 400-109-2233 | 网络文化经营许可证 京网文〔2024〕1133-088号"),
 "shop": dict(name="优品商城", style="shop",
   nav=["首页", "教育培训", "虚拟服务", "我的订单", "客服中心"],
   footer="优品商城 | 平台运营方统一社会信用代码 " + SHOP_USCC + " | 平台客服 0571-88157710 | 消费投诉可拨打12315 | 浙B2-20180422"),
 "news": dict(name="浔阳晚报网", style="news",
   nav=["首页", "本地", "教育", "民生", "专题"],
   footer="浔阳晚报网 | 新闻热线 0792-8121100 | 违法和不良信息举报 jubao@xywb.net"),
 "rsj": dict(name="某市人力资源和社会保障局（信息公开）", style="人社局-style notice site",
   nav=["首页", "通知公告", "政策文件", "办事服务", "互动交流"],
   footer="主办：某市人力资源和社会保障局 | 咨询电话：12333 | 技能证书查询：zscx.osta.org.cn"),
}

PAGES = []
def page(path, site, title, body, is_offer=False, operator=None, provider=None, ids=(), note="", crumbs=None):
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=is_offer,
                      operator=operator, provider=provider, identifiers=[list(x) for x in ids],
                      note=note, crumbs=crumbs or [title]))

def P(*paras):
    return "".join("<p>%s</p>" % p for p in paras)

def comments(*cs):
    return '<div class="comments"><h3>评论</h3>' + "".join(
        '<div class="cmt"><b>%s</b>：%s</div>' % c for c in cs) + "</div>"

# ---------- U01: 鞍山智训 (dishonest: 包过, 人社部颁发, 三级零基础) ----------
U01_FOOT = [("phone", "+8613942215867", "139-4221-5867"), ("phone", "04127563218", "0412-7563218"),
            ("wechat", "zhixun_as2024", "zhixun_as2024"), ("uscc", U01_USCC, U01_USCC),
            ("domain", "zhixunai.cn", "www.zhixunai.cn"), ("other", "辽ICP备2023005812号-1", "辽ICP备2023005812号-1")]
page("/zhixun/index.html", "zhixun", "鞍山智训职业培训学校-人工智能训练师报名中心",
     P("<strong>2026年人工智能训练师（4-04-05-05）鞍山考点火热报名中！</strong>",
       "五级/四级/三级同步开班，零基础可报，不限学历，<em>人社部颁发证书，全国联网可查</em>。",
       "本月报名三级立减800元，名额有限，报满即止。") +
     '<ul><li><a href="course-ai-trainer.html">人工智能训练师三级（高级工）周末班</a></li><li><a href="news-2026.html">2026年人工智能训练师报考政策解读</a></li></ul>',
     True, "U01", "鞍山智训职业培训学校", U01_FOOT, "training company home page, enrolment invitation", ["首页"])
page("/zhixun/course-ai-trainer.html", "zhixun", "人工智能训练师三级（高级工）周末班-鞍山智训",
     P("课程名称：人工智能训练师三级（高级工）周末班　学费：3980元（含教材、考务）",
       "特色：<strong>包过班</strong>，不过全额退款；零基础、无需工作年限，45天拿证。",
       "证书：人社部颁发职业技能等级证书，官网可查（zscx.osta.org.cn），可申请技能提升补贴。",
       "实操考点：鞍山技师学院鉴定站（前台 0412-5553210），考试当天请携带身份证。",
       "报名咨询：139 4221 5867（徐老师）　微信：ZhiXun_AS2024"),
     True, "U01", "鞍山智训", U01_FOOT + [("phone", "+8613942215867", "139 4221 5867"), ("wechat", "zhixun_as2024", "ZhiXun_AS2024")],
     "course detail page with 包过 and 人社部颁发 claims", ["首页", "课程中心", "人工智能训练师三级"])
page("/zhixun/news-2026.html", "zhixun", "2026年人工智能训练师报考政策解读",
     P("人工智能训练师是2020年人社部发布的新职业，职业编码4-04-05-05，设数据标注员、人工智能算法测试员两个工种。",
       "职业技能等级证书由备案的评价机构颁发，可在技能人才评价证书全国联网查询平台查询。",
       "更多课程请返回<a href=\"index.html\">首页</a>。"),
     False, None, None, [], "company news/guide page (non-offer; company footer only)", ["首页", "新闻资讯", "政策解读"])

# ---------- U02: 九江浔职 (honest) ----------
U02_FOOT = [("phone", "07928561234", "0792-8561234"), ("email", "xunzhi_px@163.com", "xunzhi_px@163.com"), ("uscc", U02_USCC, U02_USCC)]
page("/xunzhi/index.html", "xunzhi", "九江浔阳职业技能培训中心",
     P("本中心开设人工智能训练师（数据标注员）五级、四级培训，按国家职业技能标准（2021年版）组织教学。",
       "符合条件的参保职工取证后可按规定申领失业保险技能提升补贴，具体以人社部门审核为准。") +
     '<ul><li><a href="jianzhang-2026.html">2026年春季人工智能训练师招生简章</a></li><li><a href="news-subsidy.html">技能提升补贴申领问答</a></li></ul>',
     True, "U02", "九江浔阳职业技能培训中心", U02_FOOT, "honest training centre home page inviting enrolment", ["首页"])
page("/xunzhi/jianzhang-2026.html", "xunzhi", "2026年春季人工智能训练师（数据标注员）招生简章",
     P("一、报考条件：五级需累计从事本职业或相关职业工作满1年，或本职业学徒期满；四级需取得五级证书后工作满4年等，详见标准。",
       "二、培训安排：五级60课时，四级50课时，理论+实操，考核由备案评价机构组织，第2026031501批次。",
       "三、费用：五级培训费1200元，认定费按物价部门核定标准另行收取。本中心不作任何“包过”承诺。",
       "四、证书查询：zscx.osta.org.cn，证书编号格式如 Y000123XXXXXX195000001；政策咨询可拨打12333。",
       "五、报名：在线填写 https://www.wjx.cn/vm/xz2026.aspx 或联系陈老师 159 7920 6613。"),
     True, "U02", "九江浔阳职业技能培训中心", U02_FOOT + [("phone", "+8615979206613", "159 7920 6613")],
     "honest enrolment brochure", ["首页", "招生简章", "2026年春季"])
page("/xunzhi/news-subsidy.html", "xunzhi", "技能提升补贴申领问答",
     P("问：取得人工智能训练师五级证书能领多少补贴？答：按规定最高1000元，四级1500元，三级2000元，需参保满1年。",
       "问：二级、一级有补贴吗？答：国家层面的技能提升补贴不含二级、一级。"),
     False, None, None, [], "subsidy FAQ (non-offer; company footer only)", ["首页", "政策补贴", "问答"])

# ---------- kecheng marketplace ----------
page("/kecheng/course-1021.html", "kecheng", "【鞍山】人工智能训练师三级速通班-智训AI学院-课程宝",
     P("机构：智训AI学院（鞍山）　评分 4.6　已报名 312 人",
       "课程价格：<strong>¥3580</strong>　原价¥5800",
       "课程亮点：零基础入学，三级直接报考，考前密训，通过率高。",
       "机构咨询电话：13942215867"),
     True, "U01", "智训AI学院", [("phone", "+8613942215867", "13942215867")],
     "marketplace listing of U01 under another brand", ["首页", "考证", "人工智能训练师三级速通班"])
page("/kecheng/course-1088.html", "kecheng", "人工智能训练师国家职业资格证书（三级）全国招生-中科智培-课程宝",
     P("机构：中科智培（北京）教育科技有限公司",
       "¥4980　三级/二级可选，二级（技师）不限学历不限经验，<strong>交费包过</strong>。",
       "证书为国家职业资格证书，工信部职业技能鉴定中心联合认证，入库可查。",
       "全国统一报名热线：400-625-8817"),
     True, "U03", "中科智培（北京）教育科技有限公司", [("phone", "4006258817", "400-625-8817")],
     "dishonest national seller listing (国家职业资格, 包过, 二级 to beginners)", ["首页", "考证", "人工智能训练师三级"])
page("/kecheng/course-1102.html", "kecheng", "人工智能训练师五级（数据标注方向）九江面授班-庐峰教育-课程宝",
     P("机构：庐峰教育（九江）　课时：60课时　¥1280",
       "报名需满足五级申报条件（相关工作满1年）；取证后参保人员可申领补贴，政策以12333解答为准。",
       "机构座机：0792-8223457"),
     True, "U05", "庐峰教育", [("phone", "07928223457", "0792-8223457")],
     "honest marketplace listing", ["首页", "职业技能", "人工智能训练师五级"])
page("/kecheng/course-1131.html", "kecheng", "人工智能训练师四级 周末班（鞍山铁西）-鞍联职培-课程宝",
     P("机构：鞍联职培　¥1680（认定费另计）",
       "考试计划编号 15320260412，考后可登录 zscx.osta.org.cn 查询证书。",
       "联系人手机：13050401872；机构信用代码 " + U07_USCC),
     True, "U07", "鞍联职培", [("phone", "+8613050401872", "13050401872"), ("uscc", U07_USCC, U07_USCC)],
     "honest marketplace listing of U07", ["首页", "职业技能", "人工智能训练师四级"])
page("/kecheng/course-1150.html", "kecheng", "AI训练师（数据标注员）线上录播课-慧学在线-课程宝",
     P("机构：慧学在线　¥399　共42节录播",
       "本课程为技能学习课程，不含考试与证书，需取证请自行联系备案评价机构。",
       "留下手机号（如 13800138000）领取试听；合作邮箱 huixue_ai@sina.com"),
     True, "I02", "慧学在线", [("email", "huixue_ai@sina.com", "huixue_ai@sina.com")],
     "independent online course", ["首页", "IT互联网", "AI训练师线上录播课"])

# ---------- fenlei classifieds ----------
page("/fenlei/anshan/post-88213.html", "fenlei", "鞍山人工智能训练师证书培训 包过 拿证快 - 鞍山教育培训",
     P("发布者：鞍山智训教育（商家）　区域：铁东",
       "人工智能训练师三级高级工，零基础45天拿证，人社部颁发，可领补贴！",
       "V：ZhiXun_AS2024　电话 (0412)7563218"),
     True, "U01", "鞍山智训教育", [("wechat", "zhixun_as2024", "ZhiXun_AS2024"), ("phone", "04127563218", "(0412)7563218")],
     "classified ad of U01", ["首页", "鞍山", "教育培训"])
page("/fenlei/anshan/post-88450.html", "fenlei", "AI训练师证 技师/高级技师 不限学历 鞍山可代报 - 鞍山教育培训",
     P("发布者：鞍山AI证书李老师（个人）",
       "人工智能训练师二级技师、一级高级技师均可报，不限学历不限经验，三个等级一起报更优惠！",
       "186 4027 9533 李老师 微信同号"),
     True, "U04", "鞍山AI证书李老师", [("phone", "+8618640279533", "186 4027 9533")],
     "agent ad offering 技师 to beginners", ["首页", "鞍山", "教育培训"])
page("/fenlei/anshan/post-88602.html", "fenlei", "鞍联人力 人工智能训练师四级培训 周末班招生 - 鞍山教育培训",
     P("发布者：鞍山鞍联人力资源服务有限公司",
       "四级报考需满足工作年限要求，报名时审核材料。实操考点：鞍山技师学院鉴定站，前台0412-5553210。",
       "咨询：0412-2287650 / 130 5040 1872"),
     True, "U07", "鞍山鞍联人力资源服务有限公司", [("phone", "04122287650", "0412-2287650"), ("phone", "+8613050401872", "130 5040 1872")],
     "honest classified ad", ["首页", "鞍山", "教育培训"])
page("/fenlei/anshan/post-88777.html", "fenlei", "铁东区 二手钢琴转让 九成新 - 鞍山二手",
     P("发布者：个人　九成新立式钢琴，自提，价格面议。", "电话 155 0412 3876"),
     False, None, None, [], "unrelated classified", ["首页", "鞍山", "二手"])
page("/fenlei/jiujiang/post-90112.html", "fenlei", "九江 人工智能训练师 国家证书 报名点 - 九江教育培训",
     P("发布者：中科AI认证中心九江报名点",
       "国家职业资格证书，工信部认证，交费包过，不用到场考试。",
       "全国热线 4006258817　微信 zkzp8817"),
     True, "U03", "中科AI认证中心九江报名点", [("phone", "4006258817", "4006258817"), ("wechat", "zkzp8817", "zkzp8817")],
     "classified ad of U03", ["首页", "九江", "教育培训"])
page("/fenlei/jiujiang/post-90245.html", "fenlei", "人工智能训练师证书 可挂靠 年入两万 九江 - 九江教育培训",
     P("发布者：赣北职培王老师",
       "考下人工智能训练师三级，可挂靠企业，年收入1-2万，零基础包教包会。",
       "电话：135-1792-7740　微信：ganbei_wang"),
     True, "U09", "赣北职培", [("phone", "+8613517927740", "135-1792-7740"), ("wechat", "ganbei_wang", "ganbei_wang")],
     "agent ad with 挂靠 lure", ["首页", "九江", "教育培训"])
page("/fenlei/jiujiang/post-90301.html", "fenlei", "数据标注员五级培训 小班 九江濂溪 - 九江教育培训",
     P("发布者：张女士（个人）", "数据标注员技能小班，8人开班，学完可自行报名五级认定。费用660元。", "联系：189-7924-5016"),
     True, "I03", "张女士", [("phone", "+8618979245016", "189-7924-5016")],
     "independent small class", ["首页", "九江", "教育培训"])
page("/fenlei/jiujiang/post-90388.html", "fenlei", "人工智能训练师证书查询 补办 加急 - 九江教育培训",
     P("发布者：国职AI证书报名处",
       "证书全国通用，官网 http://gzrzcx.cn/cx 输入身份证号即可查询，加急7天出证。",
       "客服微信 gzrz_kf01"),
     True, "U06", "国职AI证书报名处", [("domain", "gzrzcx.cn", "gzrzcx.cn"), ("wechat", "gzrz_kf01", "gzrz_kf01")],
     "fake query-site seller ad", ["首页", "九江", "教育培训"])

# ---------- luntan forum ----------
page("/luntan/thread-44187.html", "luntan", "【鞍山】想考AI训练师的看过来，技师也能报",
     P("楼主：李老师AI培训",
       "二级技师不限经验，三个等级一起报打折，有需要的加我V: as_liteacher，或直接打18640279533。",
       "实操在鞍山技师学院鉴定站（0412-5553210）。") +
     comments(("xiaomei88", "求带，我V wxid_lmy1990"),
              ("老铁东", "楼上小心，17022198843这个号码之前骗过我，说是发证的")),
     True, "U04", "李老师AI培训", [("wechat", "as_liteacher", "as_liteacher"), ("phone", "+8618640279533", "18640279533")],
     "forum thread by U04", ["论坛首页", "鞍山生活", "帖子"])
page("/luntan/thread-44230.html", "luntan", "鞍联职培：人工智能训练师四级周末班4月开课（商家认证帖）",
     P("楼主：鞍联职培（认证商家）", "四级需要五级证书加工作年限，不符合条件的先报五级。", "电话0412 2287650，报名地址铁西区。"),
     True, "U07", "鞍联职培", [("phone", "04122287650", "0412 2287650")],
     "forum thread by U07", ["论坛首页", "职场考证", "帖子"])
page("/luntan/thread-44302.html", "luntan", "九江的朋友，AI训练师证可以挂靠，有群",
     P("楼主：赣北王老师", "证书拿下来能挂靠，群里有资料，进群618833207，或加微信 ganbei_wang。"),
     True, "U09", "赣北王老师", [("qq_group", "618833207", "618833207"), ("wechat", "ganbei_wang", "ganbei_wang")],
     "forum thread by U09", ["论坛首页", "九江生活", "帖子"])
page("/luntan/thread-44355.html", "luntan", "千山区 人工智能训练师五级 一对一辅导",
     P("楼主：千山小周", "本人持三级证，可一对一辅导五级理论和实操，300元/次。QQ 2471906358"),
     True, "I06", "千山小周", [("qq", "2471906358", "2471906358")],
     "independent individual tutor", ["论坛首页", "职场考证", "帖子"])
page("/luntan/thread-44401.html", "luntan", "曝光：交了4980说包过，结果证书查不到",
     P("楼主：九江受害者", "去年在网上报了个“国家职业资格”人工智能训练师，对方电话170-2219-8843，交了钱就拉黑。",
       "已经打12315和12333投诉，大家别信“包过”。") +
     comments(("路人", "证书一定要去zscx.osta.org.cn查")),
     False, None, None, [], "complaint thread quoting a scammer's number", ["论坛首页", "职场考证", "曝光"])

# ---------- wenda Q&A ----------
page("/wenda/q/30522.html", "wenda", "鞍山哪里可以考人工智能训练师？",
     P("<b>最佳回答（李老师AI培训）</b>：我这可以报，五到一级都有，V as_liteacher，资料群735201846。"),
     True, "U04", "李老师AI培训", [("wechat", "as_liteacher", "as_liteacher"), ("qq_group", "735201846", "735201846")],
     "Q&A answer advertising U04", ["首页", "教育", "问题"])
page("/wenda/q/30650.html", "wenda", "零基础能学人工智能训练师吗？",
     P("<b>回答（鹿鸣教育）</b>：可以的，90%小白都能学会，原价9999限时99，课程咨询Q 3165520987，资料发邮箱 LuMingEdu@126.com。",
       "付款可走支付宝担保，支付宝客服95188。"),
     True, "U08", "鹿鸣教育", [("qq", "3165520987", "3165520987"), ("email", "lumingedu@126.com", "LuMingEdu@126.com")],
     "Q&A answer advertising U08", ["首页", "职场", "问题"])
page("/wenda/q/30711.html", "wenda", "人工智能训练师证书挂靠一年多少钱？",
     P("<b>回答（赣北职培）</b>：一年一两万，先考证，13517927740，Q群：618833207。") +
     comments(("网友A", "别信，17022198843这种都是骗子"), ("网友B", "同求，加我 wxid_lmy1990")),
     True, "U09", "赣北职培", [("phone", "+8613517927740", "13517927740"), ("qq_group", "618833207", "618833207")],
     "Q&A answer by U09", ["首页", "职场", "问题"])
page("/wenda/q/30800.html", "wenda", "人工智能训练师证书怎么辨别真假？",
     P("<b>最佳回答</b>：职业技能等级证书由备案评价机构颁发，不是人社部颁发，可在 zscx.osta.org.cn 或 jndj.osta.org.cn 查询，有疑问打12333。",
       "证书编号是1个大写字母+21位数字，例如 S000021063256310000128 这样的格式。"),
     False, None, None, [], "guide answer, non-offer", ["首页", "教育", "问题"])

# ---------- weixin reposts ----------
page("/weixin/a/2026031201.html", "weixin", "九江生活圈｜浔职教育人工智能训练师春季班开始报名",
     P("来源：九江生活圈 公众号", "浔职教育今年继续开设数据标注员五级、四级培训，第2026031501批次认定安排在4月。",
       "报名咨询：15979206613（陈老师），资料发送至 XUNZHI_PX@163.COM。"),
     True, "U02", "浔职教育", [("phone", "+8615979206613", "15979206613"), ("email", "xunzhi_px@163.com", "XUNZHI_PX@163.COM")],
     "WeChat repost of U02 enrolment", ["首页", "本地", "文章"])
page("/weixin/a/2026031805.html", "weixin", "庐峰教育｜人工智能训练师五级面授班 第2026031501批次",
     P("来源：庐峰教育 公众号", "五级面授60课时，需满足申报条件。", "电话 0792 8223457　微信 lufeng0792　邮箱 lufeng_edu@qq.com",
       "在线报名：https://www.wjx.cn/vm/lf0792.aspx"),
     True, "U05", "庐峰教育", [("phone", "07928223457", "0792 8223457"), ("wechat", "lufeng0792", "lufeng0792"), ("email", "lufeng_edu@qq.com", "lufeng_edu@qq.com")],
     "WeChat repost of U05", ["首页", "教育", "文章"])
page("/weixin/a/2026032203.html", "weixin", "重磅！人工智能训练师证书国家认可，全国联网可查",
     P("来源：全国职业技能认证服务中心 公众号", "证书由国家人社部颁发，免培训直接考，官网可查。",
       "联系电话 17758931206　客服微信 GZRZ_KF01", "填写信息：手机号（示例 13800138000）"),
     True, "U06", "全国职业技能认证服务中心", [("phone", "+8617758931206", "17758931206"), ("wechat", "gzrz_kf01", "GZRZ_KF01")],
     "WeChat repost of U06 scam article", ["首页", "职场", "文章"])
page("/weixin/a/2026032610.html", "weixin", "九江信息职业技术学院继续教育部：人工智能训练师社会培训通知",
     P("来源：九江信息职院继续教育 公众号", "面向社会人员开设五级培训，考试计划编号 15320260412，证书可在 zscx.osta.org.cn 查询。",
       "报名表：https://www.wjx.cn/vm/jjxx26.aspx　咨询电话 0792-8358120"),
     True, "I04", "九江信息职业技术学院继续教育部", [("phone", "07928358120", "0792-8358120")],
     "independent college continuing-education notice", ["首页", "本地", "文章"])

# ---------- shipin short video ----------
page("/shipin/v/7312884015.html", "shipin", "国培智训的视频：人工智能训练师证书 国家认可 包过",
     P("@国培智训　“国家职业资格证书，工信部认证，零基础包过！”", "简介：➕V：ZKZP8817　QQ:2853117406") +
     comments(("用户9912", "真的吗？加我QQ 1065533288")),
     True, "U03", "国培智训", [("wechat", "zkzp8817", "ZKZP8817"), ("qq", "2853117406", "2853117406")],
     "short-video page of U03", ["推荐", "知识", "视频"])
page("/shipin/v/7313009921.html", "shipin", "鞍山AI证书李老师的视频：三个等级一起考",
     P("@鞍山AI证书李老师　“技师高级技师都能报，不限学历！”", "简介：粉丝群735 201 846　电话186-4027-9533"),
     True, "U04", "鞍山AI证书李老师", [("qq_group", "735201846", "735 201 846"), ("phone", "+8618640279533", "186-4027-9533")],
     "short-video page of U04", ["推荐", "同城", "视频"])
page("/shipin/v/7314550217.html", "shipin", "证书查询中心的视频：人工智能训练师证书7天出证",
     P("@国职证书查询　“官网gzrzcx.cn可查，人社部颁发！”", "简介：咨询 177 5893 1206"),
     True, "U06", "国职证书查询", [("domain", "gzrzcx.cn", "gzrzcx.cn"), ("phone", "+8617758931206", "177 5893 1206")],
     "short-video page of U06", ["推荐", "知识", "视频"])
page("/shipin/v/7315201184.html", "shipin", "小鹿AI训练营的视频：原价9999限时99",
     P("@小鹿AI训练营　“90%小白都能学会，学完拿证升职加薪！”", "简介：vx: xiaolu_ai99　官网 xiaoluai.com"),
     True, "U08", "小鹿AI训练营", [("wechat", "xiaolu_ai99", "xiaolu_ai99"), ("domain", "xiaoluai.com", "xiaoluai.com")],
     "short-video page of U08", ["推荐", "知识", "视频"])
page("/shipin/v/7316002253.html", "shipin", "AI训练师教练阿凯的视频：数据标注员日常",
     P("@AI训练师教练阿凯　“想系统学数据标注的可以找我，带实操项目。”", "简介：微信 aixls_coach") +
     comments(("用户3301", "带带我 QQ 1065533288")),
     True, "I05", "AI训练师教练阿凯", [("wechat", "aixls_coach", "aixls_coach")],
     "independent coach video", ["推荐", "知识", "视频"])

# ---------- shop ----------
page("/shop/item-56203.html", "shop", "中科智培官方店 人工智能训练师三级证书报名 包过",
     P("店铺：中科智培官方店　¥4980　月销 86", "宝贝详情：国家职业资格证书，入库可查，二级技师可加购。",
       "证书样本编号 S000021063256310000128（以实物为准）", "售后：QQ 2853 117 406　公司信用代码 " + U03_USCC),
     True, "U03", "中科智培官方店", [("qq", "2853117406", "2853 117 406"), ("uscc", U03_USCC, U03_USCC)],
     "shop item of U03", ["首页", "教育培训", "商品"])
page("/shop/item-56388.html", "shop", "人工智能训练师证书 全国通用 加急出证",
     P("店铺：全国职业技能认证服务中心　¥2680", "证书查询：www.gzrzcx.cn　客服微信：gzrz_kf01",
       "主体信用代码：" + U06_USCC, "付款方式：收款方 财付通支付科技有限公司 担保交易，支付宝客服95188", "证书样本编号：S000021063256310000128"),
     True, "U06", "全国职业技能认证服务中心", [("domain", "gzrzcx.cn", "www.gzrzcx.cn"), ("wechat", "gzrz_kf01", "gzrz_kf01"), ("uscc", U06_USCC, U06_USCC)],
     "shop item of U06", ["首页", "虚拟服务", "商品"])
page("/shop/item-56410.html", "shop", "小鹿AI训练营 人工智能训练师零基础课 限时99",
     P("店铺：鹿鸣教育　¥99（原价¥9999）", "拍下后加 Xiaolu_AI99 拉群，或 QQ：3165520987，资料邮箱 lumingedu@126.com",
       "收货信息示例：13800138000", "付款方式：收款方 财付通支付科技有限公司"),
     True, "U08", "鹿鸣教育", [("wechat", "xiaolu_ai99", "Xiaolu_AI99"), ("qq", "3165520987", "3165520987"), ("email", "lumingedu@126.com", "lumingedu@126.com")],
     "shop item of U08", ["首页", "教育培训", "商品"])
page("/shop/item-56555.html", "shop", "鞍山标注工坊 数据标注实操训练营（不含证书）",
     P("店铺：鞍山标注工坊　¥299", "说明：本课程为技能实训，不代办证书。联系电话 156 4120 8893"),
     True, "I01", "鞍山标注工坊", [("phone", "+8615641208893", "156 4120 8893")],
     "independent shop item", ["首页", "教育培训", "商品"])

# ---------- news ----------
page("/news/2026/0320-ad.html", "news", "【推广】庐峰教育：让九江人在家门口学人工智能",
     P("（广告）人工智能训练师是近年新职业，庐峰教育开设五级数据标注方向面授课程。",
       "咨询电话：(0792)8223457；邮箱：lufeng_edu@qq.com"),
     True, "U05", "庐峰教育", [("phone", "07928223457", "(0792)8223457"), ("email", "lufeng_edu@qq.com", "lufeng_edu@qq.com")],
     "advertorial in a news site", ["首页", "专题", "推广"])
page("/news/2026/0312-warning.html", "news", "警惕！“包过”的人工智能训练师证书骗局",
     P("记者调查发现，有不法分子以“国家职业资格证书”“人社部颁发”为名招揽学员。市民王女士拨打对方电话17022198843报名后被拉黑。",
       "人社部门提醒：职业技能等级证书可在 zscx.osta.org.cn 查询，遇到问题请拨打12333或12315。"),
     False, None, None, [], "news warning quoting scam number", ["首页", "民生", "正文"])

# ---------- rsj ----------
page("/rsj/notice-2026-07.html", "rsj", "关于开展2026年职业技能提升补贴申领工作的通知",
     P("参保职工取得职业技能等级证书的，五级最高1000元、四级1500元、三级2000元。",
       "证书真伪请登录 zscx.osta.org.cn 或 jndj.osta.org.cn 核验。咨询电话：12333。"),
     False, None, None, [], "official-style subsidy notice", ["首页", "通知公告", "正文"])
page("/rsj/notice-2026-09.html", "rsj", "关于警惕技术技能类“山寨证书”的提示",
     P("职业技能等级证书由备案评价机构颁发，政府部门不参与监制。凡宣称“人社部颁发”“包过”的均属虚假宣传。",
       "证书编号为1位大写字母加21位数字，示例 Y000123XXXXXX195000001。投诉请拨打12315。"),
     False, None, None, [], "official-style warning", ["首页", "通知公告", "正文"])

# ---------- site indexes and hub ----------
def site_pages(s):
    return [p for p in PAGES if p["site"] == s]

for s, info in SITES.items():
    if s in ("zhixun", "xunzhi"):
        continue
    links = "".join('<li><a href="%s">%s</a></li>' % (p["path"], html.escape(p["title"])) for p in site_pages(s))
    page("/%s/index.html" % s, s, info["name"] + " - 首页", "<h2>最新内容</h2><ul>%s</ul>" % links,
         False, None, None, [], "site index (%s)" % info["style"], ["首页"])
# company site indexes also need links to every page (done in body)

def frame(p):
    info = SITES[p["site"]]
    s = p["site"]
    nav = "".join('<a href="/%s/index.html">%s</a> ' % (s, n) for n in info["nav"])
    crumbs = ' &gt; '.join(['<a href="/%s/index.html">%s</a>' % (s, info["name"])] + [html.escape(c) for c in p["crumbs"]])
    rel = [q for q in site_pages(s) if q is not p and not q["path"].endswith("index.html")][:5]
    related = "".join('<li><a href="%s">%s</a></li>' % (q["path"], html.escape(q["title"])) for q in rel)
    side = '<aside class="sidebar"><h4>%s</h4><ul>%s</ul><p><a href="/index.html">返回导航</a></p></aside>' % (
        "相关推荐" if s not in ("rsj", "news") else "相关文章", related)
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>'
            '<meta name="generator" content="%s"></head><body class="%s">'
            '<header><div class="logo">%s</div><nav>%s</nav></header>'
            '<div class="breadcrumb">当前位置：%s</div><main><h1>%s</h1>%s</main>%s'
            '<footer>%s</footer></body></html>') % (
        html.escape(p["title"]), info["style"], s, info["name"], nav, crumbs, html.escape(p["title"]),
        p["body"], side, info["footer"])

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    texts = {}
    for p in PAGES:
        fn = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        t = frame(p)
        texts[p["path"]] = t
        with open(fn, "w", encoding="utf-8") as f:
            f.write(t)
    hub = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head><body>'
           '<h1>网址导航：鞍山·九江一周搜索</h1><ul>%s</ul></body></html>') % "".join(
        '<li><a href="/%s/index.html">%s</a>（%s）</li>' % (s, i["name"], i["style"]) for s, i in SITES.items())
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub)
    texts["/index.html"] = hub
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    # operators
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

    # decoys: pages computed by scanning
    DECOYS = [
        ("phone", "12333", ["12333"], "national 人社 hotline quoted by sellers, guides and notices"),
        ("phone", "12315", ["12315"], "market-regulation complaint hotline; also in the shop platform footer"),
        ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
        ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query site"),
        ("phone", "4008826651", ["400-882-6651"], "course marketplace's own customer-service number (footer)"),
        ("domain", "kechengbao.com", ["www.kechengbao.com"], "course marketplace's own domain (footer)"),
        ("email", "service@kechengbao.com", ["service@kechengbao.com"], "course marketplace's own e-mail (footer)"),
        ("phone", "01053688520", ["010-53688520"], "classifieds platform's customer-service line (footer)"),
        ("other", "京ICP备15032210号-7", ["京ICP备15032210号-7"], "classifieds platform ICP (footer)"),
        ("qq_group", "301928475", ["301928475"], "forum's own moderator QQ group (footer)"),
        ("email", "admin@bxsq.net", ["admin@bxsq.net"], "forum's own e-mail (footer)"),
        ("other", "赣ICP备19006633号-1", ["赣ICP备19006633号-1"], "repost site ICP (footer)"),
        ("email", "jubao@kuaishipin.cn", ["jubao@kuaishipin.cn"], "video platform report e-mail (footer)"),
        ("phone", "4001092233", ["400-109-2233"], "video platform hotline (footer)"),
        ("uscc", SHOP_USCC, [SHOP_USCC], "shop platform operator's credit code (footer)"),
        ("phone", "057188157710", ["0571-88157710"], "shop platform customer service (footer)"),
        ("phone", "+8617022198843", ["170-2219-8843", "17022198843"], "scammer's number quoted in complaints, news and readers' comments"),
        ("qq", "2026031501", ["2026031501"], "exam batch number (第…批次) shared by two providers, looks like a QQ number"),
        ("phone", "+8615320260412", ["15320260412"], "exam plan number (考试计划编号), looks like a mobile"),
        ("phone", "+8613800138000", ["13800138000"], "template placeholder in forms"),
        ("wechat", "wxid_lmy1990", ["wxid_lmy1990"], "a reader's own WeChat in comments"),
        ("qq", "1065533288", ["1065533288"], "a reader's own QQ in comments"),
        ("phone", "04125553210", ["0412-5553210"], "exam venue (鞍山技师学院鉴定站) front desk, a third party"),
        ("domain", "wjx.cn", ["wjx.cn"], "form tool (问卷星) used by several sellers"),
        ("other", "财付通支付科技有限公司", ["财付通支付科技有限公司"], "payment platform as payee"),
        ("phone", "95188", ["95188"], "payment platform (支付宝) hotline"),
        ("other", "S000021063256310000128", ["S000021063256310000128"], "sample certificate number in a guide"),
        ("other", "Y000123XXXXXX195000001", ["Y000123XXXXXX195000001"], "certificate-number template from the rules"),
    ]
    decoys = []
    for k, v, ws, why in DECOYS:
        pages = sorted(path for path, t in texts.items() if any(w in t for w in ws))
        decoys.append({"kind": k, "value": v, "written": ws, "pages": pages, "why": why})

    out = {"pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")}
                     for p in sorted(PAGES, key=lambda q: q["path"])],
           "operators": dict(sorted(ops.items())), "decoys": decoys}
    out["pages"].insert(0, {"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                            "identifiers": [], "note": "hub linking every site's index"})
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
