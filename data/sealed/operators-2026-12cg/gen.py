#!/usr/bin/env python3
"""Generate the 12cg labeled web of AI-trainer certificate sellers.

Standard library only, deterministic.  Writes site/ and truth.json next to this file.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def org_check(org8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c, 36) * w[i] for i, c in enumerate(org8))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(head8, org8):
    body = head8 + org8 + org_check(org8)
    W = [pow(3, i, 31) for i in range(17)]
    s = sum(ALPH.index(c) * W[i] for i, c in enumerate(body))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return body + ALPH[r]


USCC_U01 = uscc("91330106", "MA2H7K3Q")   # 智远 (杭州西湖区)
USCC_U02 = uscc("91320106", "MA1Y6R2C")   # 华信智训 (南京鼓楼区)
USCC_U09 = uscc("91110108", "MA01W8TX")   # 中鉴联合 (北京海淀区), a company with a state-sounding name
USCC_KE = uscc("91310115", "MA1K4D9N")    # the course marketplace's operator (decoy)
USCC_FL = uscc("91110105", "MA005B7P")    # the classifieds platform (decoy)

# ---------------------------------------------------------------- sites
SITES = {
    "zy": dict(style="training-company", name="智远职业技能培训学校", host="www.zhiyuanpx.com",
               menu=["首页", "培训项目", "报名指南", "师资团队", "关于我们"],
               side="<h4>热门项目</h4><ul><li>人工智能训练师四级</li><li>人工智能训练师三级</li><li>企业人力资源管理师</li></ul>",
               footer="智远职业技能培训学校 www.zhiyuanpx.com 版权所有 | 地址：杭州市西湖区文三路 | 电话：0571-86723315 | 邮箱：zhiyuanpx@163.com | 浙ICP备19028816号-1"),
    "hx": dict(style="training-company", name="华信智训", host="www.hxzx-edu.cn",
               menu=["首页", "课程中心", "在线报名", "学员风采", "联系我们"],
               side="<h4>联系我们</h4><p>全国咨询热线：400-668-7321</p><p>地址：南京市鼓楼区中山北路</p>",
               footer="南京华信智训教育科技有限公司 © 2026 | 全国咨询热线：400-668-7321 | 苏ICP备20047715号-2"),
    "ke": dict(style="course-marketplace", name="学途课堂", host="www.xuetuketang.com",
               menu=["首页", "职业技能", "IT互联网", "考证专区", "企业培训", "讲师入驻"],
               side="<h4>学途课堂保障</h4><ul><li>7天无理由退课</li><li>平台担保交易</li><li>正规发票</li></ul><form class='lead'>免费试听：<input placeholder='手机号，如：13800138000'></form>",
               footer="学途课堂 www.xuetuketang.com | 客服热线：4000-617-885 | 客服邮箱：kefu@xuetuketang.com | 消费者维权热线：12315 | 营业执照：" + USCC_KE + " | 沪ICP备2021034417号-1"),
    "bbs": dict(style="forum", name="职考论坛", host="bbs.zhikaoluntan.net",
                menu=["论坛首页", "职业技能", "考证交流", "资料下载", "投诉曝光", "站务"],
                side="<h4>版规</h4><p>禁止发布虚假广告，发现请举报。</p><p>站务QQ群：567102384</p>",
                footer="职考论坛 bbs.zhikaoluntan.net | 站务QQ群：567102384 | 联系管理员：admin@zhikaoluntan.net | 京ICP备18055207号"),
    "fenlei": dict(style="classifieds", name="百姓通分类信息", host="www.baixingtong.com",
                   menu=["首页", "招聘", "二手", "教育培训", "本地服务", "发布信息"],
                   side="<h4>安全提示</h4><p>交易前请核实对方资质，勿提前转账。举报邮箱：jubao@baixingtong.com</p>",
                   footer="百姓通 www.baixingtong.com | 客服：400-015-6658 | 举报邮箱：jubao@baixingtong.com | 营业执照：" + USCC_FL + " | 京ICP备15020318号-3"),
    "wenda": dict(style="qa", name="知问", host="www.zhiwen-qa.com",
                  menu=["首页", "教育", "职场", "考试", "我要提问"],
                  side="<h4>相关问题</h4><ul><li>人工智能训练师证书有用吗</li><li>数据标注员要考证吗</li></ul>",
                  footer="知问 www.zhiwen-qa.com | 客服QQ：800012345 | 粤ICP备17093321号"),
    "mp": dict(style="wechat-repost", name="微文库", host="www.weiwenku.net",
               menu=["首页", "教育", "职场", "科技", "热文榜"],
               side="<h4>热文榜</h4><ul><li>2026年最值得考的证书</li><li>AI时代哪些职业不会被取代</li></ul>",
               footer="微文库 www.weiwenku.net 文章来自微信公众号，版权归原作者所有，如有侵权请联系 tougao@weiwenku.net 删除 | 浙ICP备20013387号-1"),
    "sv": dict(style="short-video", name="快看视频", host="www.kuaikan-video.com",
               menu=["推荐", "知识", "职场", "直播", "我的"],
               side="<h4>推荐视频</h4><ul><li>零基础学AI</li><li>数据标注日结</li></ul>",
               footer="快看视频 www.kuaikan-video.com | 客服热线：400-991-2580 | 违法和不良信息举报：jubao@kuaikan-video.com | 川ICP备19010027号-5"),
    "news": dict(style="news", name="今日资讯网", host="www.jinrizixun.com.cn",
                 menu=["首页", "时政", "社会", "教育", "财经", "科技"],
                 side="<h4>24小时热点</h4><ul><li>多地启动技能提升补贴申领</li><li>新职业名录发布</li></ul>",
                 footer="今日资讯网 版权所有 | 新闻热线：0755-83516600 | 粤ICP备16002211号 | 互联网新闻信息服务许可证44120170003"),
    "blog": dict(style="self-media-column", name="职场知识专栏", host="zhuanlan.zhichangjia.com",
                 menu=["首页", "考证", "求职", "副业", "AI"],
                 side="<h4>专栏作者</h4><p>入驻作者 1.2万+，分享职场与考证经验。</p>",
                 footer="职场家知识专栏 zhuanlan.zhichangjia.com | 内容由作者发布，不代表平台观点 | 合作：bd@zhichangjia.com | 京ICP备19044628号"),
    "college": dict(style="college", name="广东科技职业学院继续教育学院", host="jxjy.gdkjxy.edu.cn",
                    menu=["学院首页", "通知公告", "职业技能培训", "学历继续教育", "联系我们"],
                    side="<h4>快速通道</h4><ul><li>技能人才评价证书查询</li><li>补贴申领指南</li></ul>",
                    footer="广东科技职业学院继续教育学院 | 学院总机：020-87730000 | 政务服务便民热线：12345 | 粤ICP备05008831号"),
    "gov": dict(style="gov-notice", name="某市人力资源和社会保障局", host="rsj.example-city.gov.cn",
                menu=["首页", "政务公开", "政策法规", "通知公告", "办事服务", "互动交流"],
                side="<h4>便民服务</h4><p>人社服务热线：12333</p><p>政务服务便民热线：12345</p>",
                footer="主办：某市人力资源和社会保障局 | 人社服务热线：12333 | 政务服务便民热线：12345 | 网站标识码3301000012"),
}

# ---------------------------------------------------------------- reusable paragraphs
P = dict(
    what="人工智能训练师（职业编码4-04-05-05）是2020年人社部、市场监管总局、国家统计局联合发布的新职业，下设数据标注员、人工智能算法测试员两个工种，主要从事数据库管理、算法参数设置、人机交互设计、性能测试跟踪等工作。",
    std="国家职业技能标准《人工智能训练师（2021年版）》由人社部、工信部联合颁布，共设五个等级：五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师，文化程度要求为初中毕业（或相当文化程度）。",
    elig="申报五级需累计从事本职业或相关职业工作满1年，或经本职业学徒期满；四级、三级需要取得下一级证书后再满足相应工作年限；二级、一级要求更高，零基础人员不可能直接报考技师、高级技师。",
    cert="需要说明的是：2019年技能人才评价制度改革后，人工智能训练师证书属于职业技能等级证书，由经人社部门备案的评价机构（用人单位或社会培训评价组织）颁发，并不是国家职业资格证书，人社部也不直接发证。",
    query="正规证书可以在技能人才评价证书全国联网查询平台 zscx.osta.org.cn 按姓名、身份证号和证书编号查询，证书上印有二维码。",
    subsidy="参保职工取得证书后可按规定申领失业保险技能提升补贴：五级最高1000元、四级最高1500元、三级最高2000元，需连续参保满1年，二级、一级没有国家层面的这项补贴。",
    exam="认定分理论知识考试和操作技能考核两部分，均实行百分制，成绩皆达60分及以上为合格。",
    c4="四级主要考：基本要求、数据采集和处理、数据标注、智能系统运维。",
    c3="三级主要考：基本要求、业务分析、智能训练、智能系统设计、培训与指导。",
    baoguo="零基础、不限学历、不限专业，报名即可安排考试，包过！不过全额退费。",
    rsb="人社部颁发，国家职业资格证书，全国通用，终身有效，官网可查，入库可查。",
    three="三级+二级+一级打包报名更优惠，一次拿三证，技师、高级技师证书直接申报。",
    guakao="证书可挂靠企业，每年躺赚2-3万，拿到证书便可升职加薪。",
    jifen="证书可用于积分落户、直接对应职称证书，一级对应正高级。",
    urgent="本期名额仅剩最后8个，报名截止本周日，先到先得！",
)


def paras(*keys):
    return "".join("<p>%s</p>" % P[k] for k in keys)


# ---------------------------------------------------------------- pages
PAGES = []


def page(path, site, title, body, is_offer=False, op=None, provider=None, ids=(), note=""):
    ids = [list(x) for x in ids]
    b = body.format(*[x[2] for x in ids]) if ids else body
    PAGES.append(dict(path=path, site=site, title=title, body=b, is_offer=is_offer,
                      operator=op, provider=provider, identifiers=ids, note=note))


# identifier helpers ----------------------------------------------------------
def ph(num, written):
    return ("phone", "+86" + num, written)


def I(kind, value, written):
    return (kind, value, written)


# ---- company site 1: U01 智远
ZY_FOOT = [I("phone", "0571-86723315", "0571-86723315"), I("email", "zhiyuanpx@163.com", "zhiyuanpx@163.com"),
           I("domain", "zhiyuanpx.com", "www.zhiyuanpx.com"), I("other", "浙ICP备19028816号", "浙ICP备19028816号-1")]
page("/zy/index.html", "zy", "智远职业技能培训学校 - 首页",
     "<h1>智远职业技能培训学校</h1><p>学校成立于2014年，是经杭州市西湖区人社局批准设立的民办职业技能培训机构，开设人工智能训练师、企业人力资源管理师、电子商务师等培训项目。</p>"
     "<h2>学校新闻</h2><ul><li>2026年春季人工智能训练师班开课</li><li>我校组织学员参加省技能大赛</li></ul>",
     note="training-school home page (site index)")
page("/zy/course-l4.html", "zy", "人工智能训练师（四级/中级工）培训班招生简章", (
    "<h1>人工智能训练师（四级/中级工）培训班招生简章</h1>" + paras("what", "std") +
    "<h2>报名条件</h2><p>取得本职业五级证书后累计从事本职业工作满4年，或累计从事本职业或相关职业工作满6年，或技工院校相关专业毕业。我们会在报名时审核工作证明，不符合条件的不收费。</p>"
    + paras("c4", "exam") +
    "<h2>培训安排</h2><p>总课时50课时，线上理论+周末线下实操（杭州西湖区文三路校区）。培训费2380元（含教材），认定费按物价部门标准另收。外地学员可入住附近如家酒店（前台0571-87021188），自理。</p>"
    + paras("subsidy") +
    "<p>证书查询及政策咨询也可拨打人社服务热线12333。</p>"
    "<h2>报名咨询</h2><p>招生办王老师：{0}，座机{1}，邮箱{2}。</p><p>学校统一社会信用代码：{3}</p>"),
    True, "U01", "智远职业技能培训学校",
    [ph("13957126630", "139-5712-6630"), ZY_FOOT[0], ZY_FOOT[1], I("uscc", USCC_U01, USCC_U01), ZY_FOOT[2], ZY_FOOT[3]],
    "training school's own page for a level-4 course, honest terms, price 2380")
page("/zy/course-l3.html", "zy", "人工智能训练师（三级/高级工）周末班", (
    "<h1>人工智能训练师（三级/高级工）周末班</h1><p>面向已取得四级证书、从事数据标注或算法测试工作的在职人员。</p>"
    + paras("c3", "exam", "query") +
    "<p>本期认定计划纳入省人社厅2026年第二批认定批次（批次号：13720260415），具体时间以评价机构通知为准。</p>"
    "<p>学费3280元，符合条件的参保职工取得证书后可申请最高2000元技能提升补贴。</p>"
    "<h2>报名方式</h2><p>点击拨打 <a href='{0}'>139 5712 6630</a>，或添加招生微信：{1}。</p>"),
    True, "U01", "智远职业技能培训学校",
    [ph("13957126630", "tel:13957126630"), I("wechat", "zhiyuan_ai88", "微信：zhiyuan_ai88"), ZY_FOOT[0], ZY_FOOT[1], ZY_FOOT[2], ZY_FOOT[3]],
    "training school's level-3 weekend class, honest, price 3280")

# ---- company site 2: U02 华信智训
HX_FOOT = [I("phone", "4006687321", "400-668-7321"), I("other", "苏ICP备20047715号", "苏ICP备20047715号-2")]
page("/hx/index.html", "hx", "华信智训 - 让技能更有价值",
     "<h1>华信智训</h1><p>华信智训专注数字技能人才培养，合作院校遍布江苏、安徽。</p><ul><li>学员风采</li><li>企业内训</li><li>政策解读</li></ul>",
     note="training-company home page (site index)")
page("/hx/course.html", "hx", "人工智能训练师证书培训（五级至三级）", (
    "<h1>人工智能训练师证书培训（五级至三级）</h1>" + paras("what", "cert") +
    "<p>华信智训与省内备案评价机构合作组织培训，五级1680元、四级2280元、三级2980元。</p><p>国家紧缺人才，拿证即可享受政府补贴，补贴后几乎免费！</p>"
    + paras("c4", "c3") +
    "<p>课程顾问：{1}。官网 {2}</p><p>南京华信智训教育科技有限公司（统一社会信用代码 {3}）</p>"),
    True, "U02", "华信智训",
    [HX_FOOT[0], ph("18651437729", "186 5143 7729"), I("domain", "hxzx-edu.cn", "www.hxzx-edu.cn"), I("uscc", USCC_U02, USCC_U02), HX_FOOT[1]],
    "training company's course page, levels 5-3 with prices, mild subsidy overclaim")
page("/hx/baoming.html", "hx", "2026年人工智能训练师考试报名入口", (
    "<h1>2026年人工智能训练师考试报名入口</h1><p>报名截止4月10日，本期认定批次号：13720260415。</p>"
    "<p>考点：南京市鼓楼区汉中路金鹰大厦19楼（大厦前台电话025-84715520，仅供问路）。</p>"
    "<form><p>姓名 <input></p><p>手机 <input placeholder='如：13800138000'></p><p>邮箱 <input placeholder='name@example.com'></p></form>"
    + paras("exam", "query") +
    "<p>报名问题请联系班主任 {0}（QQ：{1}），加入考生交流群：{2}。</p>"),
    True, "U02", "华信智训",
    [ph("18651437729", "+86 186-5143-7729"), I("qq", "2875513064", "2875513064"), I("qq_group", "738226451", "考证群：738226451"), HX_FOOT[0], HX_FOOT[1]],
    "exam sign-up page of the training company")

# ---- course marketplace
page("/ke/index.html", "ke", "学途课堂 - 职业技能考证专区",
     "<h1>职业技能考证专区</h1><ul><li>人工智能训练师</li><li>健康管理师</li><li>Python程序设计</li></ul><p>所有课程由入驻机构提供，学途课堂提供交易担保。</p>",
     note="course marketplace index")
page("/ke/c5001.html", "ke", "【2026新版】人工智能训练师三级 包过班 鼎程教育", (
    "<h1>【2026新版】人工智能训练师三级 包过班</h1><p>机构：鼎程教育 | 已报名 3216 人 | 好评率 98%</p>"
    + paras("baoguo", "rsb") +
    "<p>原价3999，限时1980元，可拨打12333核实（证书均可查）。</p>" + paras("urgent") +
    "<h2>机构联系方式</h2><p>报名热线：{0}，资料邮箱：{1}</p>"),
    True, "U03", "鼎程教育",
    [ph("15861902247", "158 6190 2247"), I("email", "dingchengedu@qq.com", "dingchengedu@qq.com")],
    "marketplace listing, pass guarantee, 人社部颁发 claim, price 1980")
page("/ke/c5002.html", "ke", "人工智能训练师四级考证课 启明星职业教育", (
    "<h1>人工智能训练师四级考证课</h1><p>机构：启明星职业教育 | 48课时 | 2680元</p>" + paras("c4", "exam") +
    "<p>证书可在技能人才评价工作网（osta.mohrss.gov.cn）查询。需提供相关工作年限证明。</p><p>课程顾问电话：{0}</p>"),
    True, "U04", "启明星职业教育",
    [ph("17751820346", "177 5182 0346")],
    "marketplace listing, level 4, fairly honest")
page("/ke/c5003.html", "ke", "AI训练师实战+考证双证班 博睿在线", (
    "<h1>AI训练师实战+考证双证班</h1><p>机构：博睿在线 | 直播+录播 | 双证：人工智能训练师三级 + 结业证书</p>"
    "<p>90%小白都能学会，原价9999限时1299！</p>" + paras("c3") +
    "<p>线下集训地点：杭州如家酒店会议室（酒店前台0571-87021188）。</p>"
    "<p>机构座机：{0}，官网：{1}</p>"),
    True, "U05", "博睿在线",
    [I("phone", "010-62817734", "010-6281 7734"), I("domain", "borui-edu.com", "www.borui-edu.com")],
    "marketplace listing, double-certificate bundle, price 1299")
page("/ke/c5004.html", "ke", "数据标注与人工智能训练师（五级）入门课 青禾学院", (
    "<h1>数据标注与人工智能训练师（五级）入门课</h1><p>机构：青禾学院 | 60课时 | 680元</p>"
    + paras("std", "elig", "cert") +
    "<p>本课程只提供培训，不承诺发证；认定由备案评价机构组织，需满足工作年限要求。</p><p>课程答疑：{0}；电话 {1}</p>"),
    True, "I01", "青禾学院",
    [I("email", "qinghe_ai@foxmail.com", "qinghe_ai@foxmail.com"), ph("13706218854", "13706218854")],
    "honest marketplace listing, training only")

# ---- forum
page("/bbs/index.html", "bbs", "职考论坛 - 考证交流",
     "<h1>考证交流版</h1><ul><li>[置顶] 关于虚假证书广告的举报方式</li><li>人工智能训练师四级备考经验</li></ul>",
     note="forum board index")
page("/bbs/t1001.html", "bbs", "分享：人工智能训练师四级备考经验+靠谱机构推荐", (
    "<h1>分享：人工智能训练师四级备考经验+靠谱机构推荐</h1><div class='post'><p>楼主：智远AI学院_小王</p>"
    "<p>去年在做数据标注，今年考了四级，说说经验。" + P["c4"] + "操作题重点是标注规范和质检。</p>"
    "<p>我们智远AI学院春季班还有名额，想了解的 {0}，电话 {1}。</p></div>"
    "<div class='reply'><p>2楼 小鹿：同求资料，加我 wx: lulu_2026study</p><p>3楼 路人甲：楼主是机构的吧</p></div>"),
    True, "U01", "智远AI学院",
    [I("wechat", "zhiyuan_ai88", "VX：zhiyuan_ai88"), ph("13957126630", "139 5712 6630（微信同号）")],
    "forum experience post ending with a school's contact")
page("/bbs/t1002.html", "bbs", "人工智能训练师证书 国家认可 包拿证 急招学员", (
    "<h1>人工智能训练师证书 国家认可 包拿证 急招学员</h1><div class='post'>" + paras("rsb", "three", "guakao") +
    "<p>学员喜报：订单号：18620251130 张同学 三级已拿证！</p>"
    "<p>咨询Q {0}，资料发邮箱 {1}</p></div><div class='reply'><p>2楼：这种一次拿三证的别信</p></div>"),
    True, "U03", "人工智能训练师考证交流",
    [I("qq", "3391045782", "3391045782"), I("email", "dingchengedu@qq.com", "dingchengedu#qq.com（#换成@）")],
    "forum spam post, three levels at once, 挂靠 income promise")
page("/bbs/t1003.html", "bbs", "人社部人工智能训练师证 最后一期 报名从速", (
    "<h1>人社部人工智能训练师证 最后一期 报名从速</h1><div class='post'><p>国培智能官方招生：</p>" + paras("baoguo", "rsb", "jifen", "urgent") +
    "<p>报名电话 {0}，企鹅：{1}</p></div>"),
    True, "U06", "国培智能",
    [ph("13382956601", "133-8295-6601"), I("qq", "1642230985", "企鹅：1642230985")],
    "forum ad using 人社部 wording and urgency")
page("/bbs/t1004.html", "bbs", "人工智能训练师到底值不值得考？从业三年说点实话", (
    "<h1>人工智能训练师到底值不值得考？从业三年说点实话</h1><div class='post'>" + paras("what", "elig") +
    "<p>证书对求职有一定帮助，但更重要的是项目经验。我们知行教育做企业数据标注项目，也带考证班，三级2880元。</p>"
    "<p>学习交流群{0}，或发邮件{1}</p></div>"),
    True, "U07", "知行教育",
    [I("qq_group", "815530274", "815530274"), I("email", "zhixingai@126.com", "zhixingai@126.com")],
    "long forum post, balanced view, ends with a company's group and e-mail")
page("/bbs/t1005.html", "bbs", "【投诉】交了3800报人工智能训练师，证书查不到，对方拉黑", (
    "<h1>【投诉】交了3800报人工智能训练师，证书查不到，对方拉黑</h1><div class='post'>"
    "<p>去年11月在网上看到广告，说人社部颁发、包过，电话是171 2638 9904，交了3800，给了个证书在全国联网查询平台查不到。</p>"
    "<p>已经打12315和12345投诉，大家注意这个号码。</p></div><div class='reply'><p>版主：已加精，请提供更多材料。</p></div>"),
    note="complaint thread quoting a scammer's phone")

# ---- classifieds
page("/fenlei/index.html", "fenlei", "百姓通 - 教育培训信息",
     "<h1>教育培训</h1><ul><li>人工智能训练师考证</li><li>会计培训</li><li>招聘：数据标注员</li></ul>",
     note="classifieds category index")
page("/fenlei/p3001.html", "fenlei", "招聘数据标注员 8人 6000-8000元", (
    "<h1>招聘数据标注员 8人 6000-8000元</h1><p>某科技公司（南京）招聘数据标注员，大专以上，有人工智能训练师证书优先，不收取任何费用。</p>"
    "<p>工作地点：南京市鼓楼区汉中路金鹰大厦，面试请到大厦前台（025-84715520）登记。</p>"),
    note="job ad mentioning the certificate as a plus")
page("/fenlei/p3002.html", "fenlei", "人工智能训练师考证 南京本地 正规报名", (
    "<h1>人工智能训练师考证 南京本地 正规报名</h1><p>华信教育咨询：五级、四级、三级均可报，线下培训+考试，补贴后几乎免费。</p>"
    "<p>联系人周老师 {0}，扣扣 {1}</p><form>留言：<input placeholder='手机号，如：13800138000'></form>"),
    True, "U02", "华信教育咨询",
    [ph("18651437729", "１８６５１４３７７２９"), I("qq", "2875513064", "扣扣 2875513064")],
    "classified ad of the same company under a variant name")
page("/fenlei/p3003.html", "fenlei", "AI训练师培训 周末班 金鹰大厦", (
    "<h1>AI训练师培训 周末班</h1><p>启明职培周末班，上课地点金鹰大厦（前台025-84715520）。四级2680，三级3180。</p>"
    "<p>电话：{0}，微信{1}</p>"),
    True, "U04", "启明职培",
    [ph("17751820346", "一七七五一八二零三四六"), I("wechat", "qmx_peixun", "qmx_peixun")],
    "classified ad, phone written in Chinese numerals")
page("/fenlei/p3004.html", "fenlei", "企业数据标注项目合作+人工智能训练师考证", (
    "<h1>企业数据标注项目合作+人工智能训练师考证</h1><p>知行人工智能研究院承接数据标注外包，同时开设考证班，学员可参与真实项目。</p>"
    "<p>联系：{0}，微信 {1}</p>"),
    True, "U07", "知行人工智能研究院",
    [ph("19951726308", "19951726308（同微）"), I("wechat", "zhixing_kefu01", "zhixing_kefu01")],
    "classified ad, brand variant")
page("/fenlei/p3005.html", "fenlei", "各类证书代办 人工智能训练师 不用考试", (
    "<h1>各类证书代办 人工智能训练师 不用考试</h1><p>优才证书服务中心：免培训、包通过、国家认可、官方认证。人工智能训练师三级一口价4800，二级6800，7个工作日出证。</p>"
    + paras("guakao") + "<p>手机 {0}，{1}</p>"),
    True, "U08", "优才证书服务中心",
    [ph("15026648193", "150 2664 8193"), I("wechat", "youcai_zs", "微信:youcai_zs")],
    "certificate service selling levels without exam")
page("/fenlei/p3006.html", "fenlei", "中鉴联合职业技能评价中心 人工智能训练师报名", (
    "<h1>中鉴联合职业技能评价中心 人工智能训练师报名</h1><p>国家级评价中心，证书全国联网，官网可查：{1}。</p>" + paras("three") +
    "<p>招生处 {0}</p>"),
    True, "U09", "中鉴联合职业技能评价中心",
    [ph("18210937745", "182 1093 7745"), I("domain", "zjlh-pj.com", "zjlh-pj.com")],
    "self-styled national centre with its own query site")
page("/fenlei/p3007.html", "fenlei", "人工智能训练师五级 一对一辅导", (
    "<h1>人工智能训练师五级 一对一辅导</h1><p>本人在互联网公司做数据标注组长，辅导理论和实操，每小时150元，不代报名不包过。</p>"
    "<p>刘老师 {0}</p>"),
    True, "I02", "刘老师",
    [ph("18977063512", "189-7706-3512")],
    "individual tutor, honest")

# ---- Q&A
page("/wenda/index.html", "wenda", "知问 - 考试频道",
     "<h1>考试频道</h1><ul><li>人工智能训练师证书怎么考？</li><li>人工智能训练师可以直接考三级吗？</li></ul>",
     note="Q&A channel index")
page("/wenda/q6001.html", "wenda", "人工智能训练师证书怎么考？在哪里报名？", (
    "<h1>人工智能训练师证书怎么考？在哪里报名？</h1><p>提问：本人文员，想转行AI，网上说证书人社部颁发，是真的吗？</p>"
    "<div class='answer'><p>最佳回答：" + P["cert"] + P["query"] + "也可以打12333问当地人社。</p></div>"
    "<div class='answer'><p>网友小鹿：我也在找，有资料的加我 wx: lulu_2026study</p></div>"),
    note="learner's question with honest answers")
page("/wenda/q6002.html", "wenda", "人工智能训练师可以直接考三级吗？", (
    "<h1>人工智能训练师可以直接考三级吗？</h1><p>提问：没有四级，能直接报三级吗？</p>"
    "<div class='answer'><p>鼎程老师的回答：可以的，我们这边零基础直接报三级，不限学历，包过，考不过免费重考。详细加薇 {0} 或电话 {1}</p></div>"),
    True, "U03", "鼎程教育",
    [I("wechat", "dingcheng-kz", "dingcheng-kz"), ph("15861902247", "15861902247")],
    "Q&A answer selling level 3 to a beginner")
page("/wenda/q6003.html", "wenda", "人工智能训练师证书有什么用？能落户吗？", (
    "<h1>人工智能训练师证书有什么用？能落户吗？</h1>"
    "<div class='answer'><p>国培智能招生老师：" + P["jifen"] + "现在报名送二级，vx：{0}，电话{1}。</p></div>"
    "<div class='answer'><p>网友：小心，我被171 2638 9904 这个号骗过，说法一模一样。</p></div>"),
    True, "U06", "国培智能",
    [I("wechat", "gp-zhineng", "gp-zhineng"), ph("13382956601", "133 8295 6601")],
    "Q&A answer with 落户/职称 promises")
page("/wenda/q6004.html", "wenda", "数据标注员需要考人工智能训练师证吗？", (
    "<h1>数据标注员需要考人工智能训练师证吗？</h1>"
    "<div class='answer'><p>老杨：不是必须。" + P["elig"] + "我开了个小班讲标注规范和四级实操，每期399元，想听的微信{0}。</p></div>"),
    True, "I03", "老杨",
    [I("wechat", "laoyang_ai", "laoyang_ai")],
    "Q&A answer by a small independent tutor")

# ---- WeChat reposts (long-form)
page("/mp/index.html", "mp", "微文库 - 教育频道",
     "<h1>教育频道</h1><ul><li>2026年人工智能训练师报考指南</li><li>AI训练师证书值多少钱</li></ul>",
     note="article repost site index")
page("/mp/a201.html", "mp", "2026年人工智能训练师报考指南（建议收藏）", (
    "<h1>2026年人工智能训练师报考指南（建议收藏）</h1><p>来源：公众号「AI训练师考证小助手」</p>"
    + paras("what", "std", "elig", "c4", "c3", "exam", "subsidy") +
    "<p>最后，需要报名或领取备考资料的小伙伴，可添加老师V信 {0}，或发邮件至 {1}。</p>"),
    True, "U01", "AI训练师考证小助手",
    [I("wechat", "zhiyuan_ai88", "zhiyuan_ai88"), I("email", "zhiyuanpx@163.com", "zhiyuanpx AT 163 DOT com")],
    "long-form guide ending with a seller's contact")
page("/mp/a202.html", "mp", "AI训练师证书到底值多少钱？一文讲透", (
    "<h1>AI训练师证书到底值多少钱？一文讲透</h1><p>来源：公众号「博睿AI学堂」</p>" + paras("cert", "subsidy") +
    "<p>1+X证书可在 vslc.ncb.edu.cn 查询，但2025年后不再新开。</p><p>博睿在线双证班，详情见官网 {0}，合作邮箱 {1}</p>"),
    True, "U05", "博睿AI学堂",
    [I("domain", "borui-edu.com", "borui-edu.com"), I("email", "service@borui-edu.com", "service@borui-edu.com")],
    "long-form value article ending with a course ad")
page("/mp/a203.html", "mp", "从数据标注员到人工智能训练师：我的转行之路", (
    "<h1>从数据标注员到人工智能训练师：我的转行之路</h1><p>来源：公众号「知行AI」</p><p>三年前我还在工厂上班……</p>" + paras("elig", "c3") +
    "<p>学员喜报：订单号：18620251130 张同学 三级已拿证！</p>"
    "<p>想转行的朋友可以联系我们：{0}，学习群 {1}</p>"
    "<div class='comment'><p>小鹿：求带！wx: lulu_2026study</p></div>"),
    True, "U07", "知行AI",
    [ph("19951726308", "+86-199-5172-6308"), I("qq_group", "815530274", "815-530-274")],
    "self-media story ending with a seller's contact")
page("/mp/a204.html", "mp", "人工智能训练师证书 快速拿证攻略", (
    "<h1>人工智能训练师证书 快速拿证攻略</h1><p>来源：公众号「优才证书」</p><p>很多人问不想考试能不能拿证？可以！" + P["rsb"] + "</p>"
    "<p>付款请转对公或收款户名：{1}。咨询v信 {0}。</p>"),
    True, "U08", "优才证书",
    [I("wechat", "youcai_zs", "v信 youcai_zs"), I("other", "王丽娟", "王丽娟")],
    "certificate-service article with payee name")
page("/mp/a205.html", "mp", "关于中鉴联合评价中心证书查询的说明", (
    "<h1>关于中鉴联合评价中心证书查询的说明</h1><p>来源：公众号「中鉴联合」</p><p>本中心颁发的人工智能训练师证书可登录 {1} 查询，全国通用。</p>"
    "<p>证书样本编号：S000044012345253001234</p><p>中鉴联合（北京）职业技能评价中心有限公司 统一社会信用代码：{0}</p>"),
    True, "U09", "中鉴联合（北京）职业技能评价中心",
    [I("uscc", USCC_U09, USCC_U09), I("domain", "zjlh-pj.com", "www.zjlh-pj.com")],
    "fake issuer's notice pointing to its own query domain")

# ---- short video
page("/sv/index.html", "sv", "快看视频 - 知识区",
     "<h1>知识区</h1><ul><li>AI训练师证书怎么考</li><li>零基础学数据标注</li></ul>",
     note="short-video channel index")
page("/sv/v4001.html", "sv", "AI证书姐姐小华：考人工智能训练师前必看", (
    "<h1>考人工智能训练师前必看</h1><p>作者：AI证书姐姐小华 | 12.3万播放</p><p>视频文案：人工智能训练师国家紧缺，四级三级都能报，补贴能拿到2000！</p>"
    "<p>简介：粉丝群 {0}，合作V：hx7729ai</p>"),
    True, "U02", "AI证书姐姐小华",
    [I("qq_group", "738226451", "738 226 451"), I("wechat", "hx7729ai", "hx7729ai")],
    "short-video page of the company's sales persona")
page("/sv/v4002.html", "sv", "3天拿证！人工智能训练师", (
    "<h1>3天拿证！人工智能训练师</h1><p>作者：鼎程AI考证 | 8.6万播放</p><p>视频文案：" + P["baoguo"] + "</p>"
    "<p>简介：V：{0}</p><div class='comment'><p>网友：我的Q 1047728391 一起备考</p></div>"),
    True, "U03", "鼎程AI考证",
    [I("wechat", "dingcheng-kz", "dingcheng-kz")],
    "short video promising a certificate in three days")
page("/sv/v4003.html", "sv", "人工智能训练师证书样本展示", (
    "<h1>人工智能训练师证书样本展示</h1><p>作者：启明职培 | 2.1万播放</p><p>证书样本编号：S000044012345253001234，可查询。</p>"
    "<p>简介：VX：{0}</p>"),
    True, "U04", "启明职培",
    [I("wechat", "qmx_peixun", "qmx_peixun")],
    "short video showing a copied sample certificate")
page("/sv/v4004.html", "sv", "数据标注员一天的工作", (
    "<h1>数据标注员一天的工作</h1><p>作者：小柒学AI | 4.4万播放</p><p>视频文案：做标注两年，去年考了四级。我整理了备考笔记，29.9元一份。</p>"
    "<p>简介：笔记找我 V：{0}，Q：{1}</p><div class='comment'><p>网友：我的Q 1047728391 一起备考</p></div>"),
    True, "I04", "小柒学AI",
    [I("wechat", "ai_xiaoqi77", "ai_xiaoqi77"), I("qq", "915773026", "915773026")],
    "short-video creator selling study notes")

# ---- news
page("/news/index.html", "news", "今日资讯网 - 教育",
     "<h1>教育</h1><ul><li>警惕“人社部颁发”证书骗局</li><li>人工智能训练师成热门</li></ul>",
     note="news site section index")
page("/news/n7001.html", "news", "交了3800元却拿到查不到的证书 警惕“人工智能训练师”考证骗局", (
    "<h1>交了3800元却拿到查不到的证书 警惕“人工智能训练师”考证骗局</h1><p>记者 林晓</p>"
    "<p>近日，市民李女士向本网反映，她通过电话171 2638 9904联系的机构声称“人社部颁发、包过”，交费后拿到的证书无法在官方平台查询。</p>"
    + paras("cert") +
    "<p>人社部门提示，技能人才评价证书可在技能人才评价工作网（osta.mohrss.gov.cn）查询，遇到问题可拨打12333咨询，或拨打12315、12345投诉。</p>"),
    note="news report on a scam, quotes scammer's phone and hotlines")
page("/news/n7002.html", "news", "AI人才缺口大 在线教育机构推出训练师课程", (
    "<h1>AI人才缺口大 在线教育机构推出训练师课程</h1><p>（推广）</p>" + paras("what") +
    "<p>博睿在线推出AI训练师实战课程，报名咨询{0}，邮箱{1}。</p>"),
    True, "U05", "博睿在线",
    [I("phone", "010-62817734", "(010)62817734"), I("email", "service@borui-edu.com", "service＠borui-edu.com")],
    "advertorial on the news site")
page("/news/n7003.html", "news", "中鉴联合评价中心：人工智能训练师认定全面开启", (
    "<h1>中鉴联合评价中心：人工智能训练师认定全面开启</h1><p>（企业资讯）</p><p>中鉴联合（北京）职业技能评价中心宣布开展人工智能训练师一至五级认定，“证书含金量高，全国通用”。</p>"
    "<p>统一社会信用代码：{0}；咨询电话：{1}</p>"),
    True, "U09", "中鉴联合（北京）职业技能评价中心",
    [I("uscc", USCC_U09, USCC_U09), I("phone", "010-57328816", "010-57328816")],
    "paid 'company news' for a fake issuer")

# ---- knowledge column / blog
page("/blog/index.html", "blog", "职场知识专栏 - 考证",
     "<h1>考证专栏</h1><ul><li>人工智能训练师政策全解读</li><li>别再被“人社部颁发”骗了</li></ul>",
     note="knowledge-column index")
page("/blog/b8001.html", "blog", "人工智能训练师政策全解读：证书是谁发的？怎么查？", (
    "<h1>人工智能训练师政策全解读：证书是谁发的？怎么查？</h1>"
    + paras("what", "std", "elig", "cert", "query", "subsidy") +
    "<p>机构是否备案可在技能人才评价工作网 osta.mohrss.gov.cn 查看；原1+X证书可在 vslc.ncb.edu.cn 查询。有疑问请拨打12333。</p><p>（本文不含任何广告）</p>"),
    note="honest policy explainer with no seller contact")
page("/blog/b8002.html", "blog", "人工智能训练师二级技师证 快速通道", (
    "<h1>人工智能训练师二级技师证 快速通道</h1><p>作者：国培智能教务</p>" + paras("three", "jifen") +
    "<p>证书样本编号：S000044012345253001234</p><p>报名V❤：{0}</p>"),
    True, "U06", "国培智能",
    [I("wechat", "gp-zhineng", "gp-zhineng")],
    "column post selling level 2 to beginners")
page("/blog/b8003.html", "blog", "人工智能训练师三级实操题型解析", (
    "<h1>人工智能训练师三级实操题型解析</h1><p>作者：知行教育</p>" + paras("c3", "exam") +
    "<p>更多真题解析见 {0}，报名咨询 {1}</p>"),
    True, "U07", "知行教育",
    [I("domain", "zhixing-ai.cn", "zhixing-ai.cn"), ph("19951726308", "199 5172 6308")],
    "study guide ending with a company's contact")
page("/blog/b8004.html", "blog", "没时间考试？人工智能训练师证书这样拿", (
    "<h1>没时间考试？人工智能训练师证书这样拿</h1><p>作者：优才老师</p><p>" + P["guakao"] + "三级4800包出证。</p>"
    "<p>电话：{0}，收款人{1}</p>"),
    True, "U08", "优才证书服务中心",
    [ph("15026648193", "壹伍零贰陆陆肆捌壹玖叁"), I("other", "王丽娟", "王丽娟")],
    "column post selling certificates without exams")
page("/blog/b8005.html", "blog", "我是怎么自学通过人工智能训练师四级的", (
    "<h1>我是怎么自学通过人工智能训练师四级的</h1><p>作者：林江</p>" + paras("c4", "exam") +
    "<p>我录了一套自学视频，99元，有需要的发邮件 {0}</p>"),
    True, "I05", "林江",
    [I("email", "lin.trainer@outlook.com", "lin.trainer@outlook.com")],
    "personal blog selling a self-study video course")

# ---- college
page("/college/index.html", "college", "广东科技职业学院继续教育学院",
     "<h1>继续教育学院</h1><ul><li>2026年人工智能训练师职业技能等级认定培训通知</li><li>学历继续教育招生</li></ul>",
     note="college continuing-education index")
page("/college/train2026.html", "college", "关于开展2026年人工智能训练师（四级、三级）培训与认定的通知", (
    "<h1>关于开展2026年人工智能训练师（四级、三级）培训与认定的通知</h1>" + paras("std", "elig", "exam", "query") +
    "<p>培训费四级1800元、三级2400元，认定费按省定标准收取。本期纳入认定批次号：13720260415。</p>"
    "<form><p>手机 <input placeholder='如：13800138000'></p><p>邮箱 <input placeholder='name@example.com'></p></form>"
    "<p>政策咨询可拨打12333。联系人：陈老师，电话{0}，邮箱{1}</p>"),
    True, "I06", "广东科技职业学院继续教育学院",
    [I("phone", "020-87731240", "020-87731240"), I("email", "jxjy@gdkjxy.edu.cn", "jxjy@gdkjxy.edu.cn")],
    "college's honest training and assessment notice")

# ---- government
page("/gov/index.html", "gov", "某市人力资源和社会保障局",
     "<h1>通知公告</h1><ul><li>关于警惕技术技能类“山寨证书”的提示</li></ul>",
     note="government-style site index")
page("/gov/notice-2026-03.html", "gov", "关于警惕技术技能类“山寨证书”的提示", (
    "<h1>关于警惕技术技能类“山寨证书”的提示</h1><p>近期有不法机构以“人社部颁发”“包过”“不培训直接发证”等名义销售人工智能训练师等证书。</p>"
    + paras("cert") +
    "<p>群众可登录技能人才评价工作网 osta.mohrss.gov.cn 或全国联网查询平台 zscx.osta.org.cn 核验。已有群众反映号码171 2638 9904冒用人社名义收费，请勿轻信。</p>"
    "<p>咨询请拨打12333，投诉举报请拨打12315。</p>"),
    note="official warning against fake certificates")

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public service hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline, in warnings and in the marketplace footer"),
    ("phone", "12345", ["12345"], "government service hotline, in complaints and gov/college footers"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
    ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "legacy 1+X query platform"),
    ("phone", "4000617885", ["4000-617-885"], "course marketplace's customer service"),
    ("email", "kefu@xuetuketang.com", ["kefu@xuetuketang.com"], "course marketplace's service e-mail"),
    ("domain", "xuetuketang.com", ["www.xuetuketang.com"], "course marketplace's own domain"),
    ("uscc", USCC_KE, [USCC_KE], "course marketplace operator's licence in footer"),
    ("other", "沪ICP备2021034417号", ["沪ICP备2021034417号-1"], "course marketplace's ICP licence"),
    ("qq_group", "567102384", ["567102384"], "forum's admin QQ group"),
    ("email", "admin@zhikaoluntan.net", ["admin@zhikaoluntan.net"], "forum admin e-mail"),
    ("phone", "4000156658", ["400-015-6658"], "classifieds platform customer service"),
    ("email", "jubao@baixingtong.com", ["jubao@baixingtong.com"], "classifieds report e-mail"),
    ("uscc", USCC_FL, [USCC_FL], "classifieds platform licence"),
    ("qq", "800012345", ["800012345"], "Q&A site's customer-service QQ"),
    ("email", "tougao@weiwenku.net", ["tougao@weiwenku.net"], "repost site's takedown e-mail"),
    ("domain", "weiwenku.net", ["www.weiwenku.net"], "repost site's domain"),
    ("phone", "4009912580", ["400-991-2580"], "short-video platform customer service"),
    ("phone", "0755-83516600", ["0755-83516600"], "news site's news hotline"),
    ("phone", "020-87730000", ["020-87730000"], "college switchboard, not the training office"),
    ("phone", "+8617126389904", ["171 2638 9904"], "scammer's number quoted in news, warning, complaint and a reader's reply"),
    ("phone", "+8613720260415", ["13720260415"], "provincial assessment batch number shaped like a mobile"),
    ("phone", "+8618620251130", ["18620251130"], "order number in a testimonial caption copied between sellers"),
    ("other", "S000044012345253001234", ["S000044012345253001234"], "sample certificate number copied by several sellers"),
    ("phone", "+8613800138000", ["13800138000"], "form placeholder"),
    ("email", "name@example.com", ["name@example.com"], "form placeholder"),
    ("phone", "025-84715520", ["025-84715520"], "front desk of the building where several sellers rent rooms"),
    ("phone", "0571-87021188", ["0571-87021188"], "hotel front desk recommended by two sellers"),
    ("wechat", "lulu_2026study", ["lulu_2026study"], "a reader's own WeChat in comments"),
    ("qq", "1047728391", ["1047728391"], "a reader's own QQ in comments"),
]

def occurs(w, text):
    """True when w occurs in text and, if it starts/ends with a digit, is not part of a longer number."""
    i = text.find(w)
    while i >= 0:
        before = text[i - 1] if i > 0 else ""
        after = text[i + len(w)] if i + len(w) < len(text) else ""
        ok = not (w[0].isdigit() and before.isdigit()) and not (w[-1].isdigit() and after.isdigit())
        if ok:
            return True
        i = text.find(w, i + 1)
    return False


# ---------------------------------------------------------------- render
CSS = "body{font-family:sans-serif;margin:0}nav a{margin-right:1em}.wrap{display:flex}main{flex:3;padding:1em}aside{flex:1;padding:1em;background:#f4f4f4}footer{font-size:12px;color:#666;padding:1em;border-top:1px solid #ccc}"


def render(p):
    s = SITES[p["site"]]
    same = [q for q in PAGES if q["site"] == p["site"] and q["path"] != p["path"]]
    idx = "/%s/index.html" % p["site"]
    menu = "".join("<a href='%s'>%s</a>" % (idx if i == 0 else "#", m) for i, m in enumerate(s["menu"]))
    crumbs = "<a href='/index.html'>导航</a> &gt; <a href='%s'>%s</a> &gt; %s" % (idx, s["name"], p["title"])
    related = "".join("<li><a href='%s'>%s</a></li>" % (q["path"], q["title"]) for q in same)
    return ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>%s - %s</title><style>%s</style></head>\n"
            "<body><header><div class='logo'>%s</div><nav>%s</nav></header>\n<div class='crumbs'>%s</div>\n"
            "<div class='wrap'><main>%s\n<section class='related'><h3>相关阅读</h3><ul>%s</ul></section></main>\n"
            "<aside>%s</aside></div>\n<footer>%s</footer></body></html>\n") % (
        p["title"], s["name"], CSS, s["name"], menu, crumbs, p["body"], related, s["side"], s["footer"])


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    html = {}
    for p in PAGES:
        html[p["path"]] = render(p)
    # root navigation page
    links = "".join("<li><a href='/%s/index.html'>%s（%s）</a></li>" % (k, v["name"], v["style"]) for k, v in SITES.items())
    html["/index.html"] = ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>网址导航</title></head>"
                           "<body><h1>网址导航</h1><ul>%s</ul></body></html>\n" % links)
    for path, text in html.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
                  note="navigation page linking every site's index")]
    ops = {}
    for p in PAGES:
        pages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                          identifiers=p["identifiers"], note=p["note"]))
        if p["operator"] and p["operator"].startswith("U"):
            o = ops.setdefault(p["operator"], dict(brands=[], identifiers=[]))
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, _w in p["identifiers"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        where = sorted(path for path, text in html.items() if any(occurs(w, text) for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=where, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
