#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05)
certificate-seller pages plus truth.json.  Standard library only, deterministic."""
import html
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, ws))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix2, div6, body8):
    s17 = prefix2 + div6 + body8 + org_check(body8)
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(s17, WEIGHTS)) % 31
    return s17 + ALPHA[0 if r == 31 else r]


for known in ("914403001922038216", "91330100716105852F", "9144030071526726XG"):
    assert uscc(known[:2], known[2:8], known[8:16]) == known, known

USCC_U01 = uscc("52", "140802", "MA0KQ7L3")   # 民办非企业 运城盐湖区
USCC_U03 = uscc("91", "110108", "MA01XK5T")   # 企业 北京海淀
USCC_U05 = uscc("52", "130502", "MA0FD2R6")   # 民办非企业 邢台信都区
USCC_U08 = uscc("91", "130100", "MA0CH8N4")   # 企业 石家庄
USCC_EVAL = uscc("52", "140000", "MA0H3P9W")  # third-party evaluation centre (decoy)
USCC_I01 = uscc("12", "140800", "40552871")   # 事业单位 college
for u in (USCC_U01, USCC_U03, USCC_U05, USCC_U08, USCC_EVAL, USCC_I01):
    assert len(u) == 18

# ---------------------------------------------------------------- sites
SITES = {
    "qihang": dict(
        name="运城启航职业技能培训学校", style="training-company site",
        menu=[("首页", "index.html"), ("AI课程", "course-ai5.html"), ("学校公告", "notice-fake.html")],
        side="<h4>报名须知</h4><p>本校为运城市盐湖区人社局批准的民办职业培训学校，课程以线下小班为主，报名请带身份证原件。</p>",
        foot="运城启航职业技能培训学校 版权所有 · 地址：运城市盐湖区河东东街槐东路口东200米 · 晋ICP备2021007713号-1",
    ),
    "kecheng": dict(
        name="学途课堂", style="course marketplace",
        menu=[("首页", "index.html"), ("职业技能", "index.html#skill"), ("IT互联网", "index.html#it"), ("我的学习", "index.html#me")],
        side="<h4>学途保障</h4><p>7天无理由退款 · 机构资质审核 · 课程评价真实可查</p><p>入驻机构请联系商务合作。</p>",
        foot="学途课堂 · 客服热线 400-820-6655 · 客服邮箱 kefu@xuetuketang.com · 官方公众号 xtkt_official · 京ICP备17051632号",
    ),
    "fenlei": dict(
        name="百姓分类信息网", style="classifieds",
        menu=[("首页", "index.html"), ("运城", "index.html#yc"), ("邢台", "index.html#xt"), ("教育培训", "index.html#edu"), ("免费发布", "index.html#post")],
        side="<h4>发布小贴士</h4><p>联系电话请填写真实手机号，格式如：13800138000；微信号填写示例：xxxxxx。</p><p>交易前请核实对方身份，谨防先付款后发证类骗局。</p>",
        foot="百姓分类信息网 本站信息均由网友发布 · 晋ICP备19004217号-2 · 举报邮箱 jubao@baixingfenlei.net",
    ),
    "bbs": dict(
        name="考证之家论坛", style="forum",
        menu=[("论坛首页", "index.html"), ("职业技能区", "index.html#zj"), ("避坑曝光", "index.html#bk"), ("站务", "index.html#zw")],
        side="<h4>版规</h4><p>禁止发布包过、代考、卖证信息，发现删帖封号。广告请走推广位。</p><h4>本站交流群</h4><p>考证之家交流QQ群：168052731</p>",
        foot="考证之家论坛 kaozhengzhijia · 站务QQ群 168052731 · 违规内容举报：bbs_admin@kzzj.org",
    ),
    "wenda": dict(
        name="知点问答", style="Q&A",
        menu=[("首页", "index.html"), ("教育", "index.html#edu"), ("职场", "index.html#job"), ("提问", "index.html#ask")],
        side="<h4>相关话题</h4><p>#人工智能训练师 #数据标注 #技能补贴 #考证避坑</p>",
        foot="知点问答 · 用户协议 · 隐私政策 · 侵权投诉：tousu@zhidianwenda.com",
    ),
    "mp": dict(
        name="微文汇", style="WeChat-article reposts",
        menu=[("首页", "index.html"), ("教育", "index.html#edu"), ("职场", "index.html#job"), ("本地", "index.html#local")],
        side="<h4>说明</h4><p>本站文章转载自微信公众号，版权归原作者所有，如有侵权请联系删除。</p>",
        foot="微文汇 公众号文章聚合 · 投稿/删稿QQ：1801235567 · 粤ICP备20066421号",
    ),
    "video": dict(
        name="快看短视频", style="short-video pages",
        menu=[("推荐", "index.html"), ("同城", "index.html#tc"), ("知识", "index.html#zs"), ("登录", "index.html#login")],
        side="<h4>相关推荐</h4><p>打开App看更多精彩视频</p>",
        foot="快看短视频网页版 · 未成年人举报 · 违法和不良信息举报邮箱 jubao@kuaikanvideo.com",
    ),
    "shop": dict(
        name="学点商城", style="shop",
        menu=[("首页", "index.html"), ("考证服务", "index.html#kz"), ("课程卡", "index.html#kc"), ("购物车", "index.html#cart")],
        side="<h4>交易保障</h4><p>支付由第三方担保，付款方式支持支付宝/微信支付。支付问题可咨询支付宝客服 95188。</p>",
        foot="学点商城 www.jiaoyumall.cn · 平台不对商家资质作担保 · 支付宝客服 95188",
    ),
    "news": dict(
        name="河东晚报网", style="news",
        menu=[("首页", "index.html"), ("本地", "index.html#local"), ("民生", "index.html#ms"), ("教育", "index.html#edu"), ("推广", "index.html#ad")],
        side="<h4>新闻热线</h4><p>欢迎提供新闻线索，新闻热线 0359-2021110。</p>",
        foot="河东晚报网 · 新闻热线 0359-2021110 · 晋ICP备15002871号 · 互联网新闻信息服务许可证14120170003",
    ),
    "rsj": dict(
        name="邢台市人社服务公告栏", style="人社局-style notice site",
        menu=[("首页", "index.html"), ("通知公告", "index.html#tz"), ("政策解读", "index.html#zc"), ("办事指南", "index.html#bs")],
        side="<h4>便民服务</h4><p>人社服务热线：12333</p><p>证书查询：技能人才评价证书全国联网查询</p>",
        foot="邢台市人社服务公告栏 · 主办：市人社服务中心 · 地址：邢台市信都区守敬北路 · 服务热线 12333",
    ),
    "college": dict(
        name="河东职业技术学院继续教育学院", style="college",
        menu=[("学院首页", "index.html"), ("社会培训", "index.html#px"), ("技能认定", "index.html#rd"), ("联系我们", "index.html#lx")],
        side="<h4>快速通道</h4><p>学历继续教育 · 社会培训 · 职业技能等级认定</p>",
        foot="河东职业技术学院继续教育学院 · 地址：运城市空港北区学苑路 · 晋ICP备05003216号",
    ),
}

PAGES = []


def page(site, fname, title, body, is_offer=False, operator=None, provider=None,
         ids=(), note="", crumbs=None, section=None):
    PAGES.append(dict(site=site, fname=fname, title=title, body=body, is_offer=is_offer,
                      operator=operator, provider=provider, ids=[list(i) for i in ids],
                      note=note, crumbs=crumbs or [], section=section))


def P(*paras):
    return "\n".join("<p>%s</p>" % p for p in paras)


def comments(items):
    out = ['<div class="comments"><h4>评论（%d）</h4>' % len(items)]
    for who, when, text in items:
        out.append('<div class="cmt"><span class="u">%s</span> <span class="t">%s</span><p>%s</p></div>' % (who, when, text))
    out.append("</div>")
    return "\n".join(out)


# ================================================================ qihang (U01 own site)
page("qihang", "course-ai5.html", "人工智能训练师（五级/初级工）培训班 2026年春季招生",
     P("【课程名称】人工智能训练师（职业编码4-04-05-05）五级/初级工 技能提升培训",
       "【培训内容】数据采集与处理、数据标注、智能系统基础运维，理论约占30%，实操约占70%，参考课时60学时。",
       "【报名条件】累计从事本职业或相关职业工作满1年，或本职业学徒期满。学历要求初中及以上。不符合条件的学员我们不收费、不代报。",
       "【认定方式】培训结束后由已备案的第三方评价机构组织理论考试和技能考核，成绩均达60分合格。评价机构：山西省智能产业职业技能评价中心（统一社会信用代码 %s）。" % USCC_EVAL,
       "【证书】合格者取得职业技能等级证书，由评价机构颁发，可登录 zscx.osta.org.cn 查询。本证书不是职业资格证书，请勿轻信“人社部颁发”的说法。",
       "【费用】培训费1280元（含教材），认定费按评价机构公示标准另收。缴纳失业保险满1年的学员，取证后可按规定申领技能提升补贴（五级最高1000元），政策咨询可拨打12333。",
       "【报名咨询】招生办 0359-2086617，王老师 139 3591 2468（工作日8:30-17:30）",
       "开班时间：2026年3月14日（周六班）、3月16日（脱产班），每班限30人。"),
     True, "U01", "运城启航职业技能培训学校",
     [("landline", "03592086617", "0359-2086617"), ("phone", "+8613935912468", "139 3591 2468"),
      ("uscc", USCC_U01, USCC_U01)],
     "U01 own site: level-5 course, honest wording", [("首页", "index.html"), ("AI课程", "")])
PAGES[-1]["body"] += P("办学许可证号：人社民1408023000118号　统一社会信用代码：%s" % USCC_U01)

page("qihang", "course-ai4.html", "人工智能训练师四级（中级工）晋级班",
     P("面向已取得人工智能训练师五级证书、并从事数据标注/算法测试相关工作满4年的在职人员。",
       "课程：数据标注规范与质检、数据采集和处理、智能系统运维，50学时，周末上课。",
       "考点：河东职业技术学院实训楼（考点前台电话 0359-2090112，仅受理考场咨询，不受理报名）。",
       "学费1580元，符合条件的参保职工取证后可申领技能提升补贴（四级最高1500元），以人社部门审核为准。",
       "报名：0359-2086617　微信：qihangpx0359（备注“四级”）",
       "温馨提示：本校从不承诺“包过”，也不办理“免考拿证”。"),
     True, "U01", "启航职校",
     [("landline", "03592086617", "0359-2086617"), ("wechat", "qihangpx0359", "qihangpx0359")],
     "U01 own site: level-4 course", [("首页", "index.html"), ("AI课程", "")])

page("qihang", "notice-fake.html", "关于有人冒用我校名义招生的严正声明",
     P("近期有学员反映，有人冒用“启航职校”名义在网上发布人工智能训练师“三级二级一起考、包过拿证”的信息，并使用电话 178 3592 6619 收取报名费。",
       "特此声明：该号码与我校无任何关系。我校招生电话仅以本网站公布为准，所有费用须到校开具票据。",
       "如已受骗，请及时向公安机关报案，或拨打12315向市场监管部门投诉。",
       "运城启航职业技能培训学校　2026年2月20日"),
     False, None, None, [], "non-offer: school's warning quoting a fake number", [("首页", "index.html"), ("学校公告", "")])

# ================================================================ kecheng (marketplace)
page("kecheng", "course-1021.html", "【运城线下】人工智能训练师五级 考前培训+实操（可申领补贴）",
     P("机构：启航教育（运城）　已认证　开课地点：运城市盐湖区",
       "课程编号：KC-2026-1021　课时：60　价格：¥1280",
       "课程介绍：按《人工智能训练师国家职业技能标准（2021年版）》五级要求授课，含数据标注实操项目。报名需满足1年相关工作经历。",
       "机构官网：www.qihangpx.cn　咨询电话：13935912468",
       "学员评价：★★★★☆ 老师讲得挺细，实操电脑够用。"),
     True, "U01", "启航教育",
     [("phone", "+8613935912468", "13935912468"), ("domain", "qihangpx.cn", "www.qihangpx.cn")],
     "marketplace listing of U01 under a short brand", [("首页", "index.html"), ("职业技能", "index.html#skill"), ("人工智能训练师", "")])

page("kecheng", "course-2087.html", "人工智能训练师三级+二级 双证速通班（零基础可报·官网可查）",
     P("机构：国培人工智能认证中心　开课方式：线上录播",
       "零基础、不限学历、不限经验，三级二级一起报，一次考试两本证！证书人社部颁发，国家职业资格证书，全国通用，官网可查。",
       "原价 ¥6980，限时 ¥2980（两证），报名即送AIGC证书一本。",
       "课程顾问：400 618 7329　邮箱：zkzp_service@163.com",
       "※ 本课程通过率98%，不过全额退款。"),
     True, "U03", "国培人工智能认证中心",
     [("phone", "4006187329", "400 618 7329"), ("email", "zkzp_service@163.com", "zkzp_service@163.com")],
     "marketplace listing of U03: ladder-skipping bundle, 人社部颁发 claim", [("首页", "index.html"), ("职业技能", "index.html#skill"), ("人工智能训练师", "")])

page("kecheng", "course-3310.html", "邢台 人工智能训练师（数据标注员）五级 周末班",
     P("机构：邢台市信都区未来星职业培训学校　已认证",
       "课程内容：数据标注工具使用、图像/文本/语音标注实操、质检流程。60学时，线下授课。",
       "报名条件：从事相关工作满1年，或学徒期满；初中及以上学历。",
       "认定：由备案评价机构组织考核，证书可在 zscx.osta.org.cn 查询。",
       "学费：¥1180　报名电话：0319-2261858　邮箱：wlx_px@163.com"),
     True, "U05", "邢台市信都区未来星职业培训学校",
     [("landline", "03192261858", "0319-2261858"), ("email", "wlx_px@163.com", "wlx_px@163.com")],
     "marketplace listing of U05, honest", [("首页", "index.html"), ("职业技能", "index.html#skill"), ("人工智能训练师", "")])

page("kecheng", "course-4452.html", "人工智能训练师三级 职称贯通班（工信部认证 含助理工程师评审）",
     P("机构：晋才人工智能学院（太原）",
       "人工智能三级考试由国家工信部职业技能鉴定中心主办，职业技能等级证书直接对应职称证书：三级+2年=人工智能助理工程师。",
       "线上直播+录播，三级学费 ¥3680，报名可享分期。考核评价机构：山西省智能产业职业技能评价中心（%s）。" % USCC_EVAL,
       "课程顾问 186 3491 7055，学员交流QQ群 735216408。"),
     True, "U07", "晋才人工智能学院",
     [("phone", "+8618634917055", "186 3491 7055"), ("qq_group", "735216408", "735216408")],
     "marketplace listing of U07: 工信部 and 职称 overclaims", [("首页", "index.html"), ("职业技能", "index.html#skill"), ("人工智能训练师", "")])

page("kecheng", "course-5106.html", "AI训练师入门：数据标注实战与五级备考（录播课）",
     P("讲师：周老师（前某自动驾驶公司标注组组长）",
       "本课是个人录播课，只讲技能，不代报名、不卖证书。想报考五级的同学请自行联系当地备案评价机构。",
       "价格：¥199　共24节。答疑邮箱：zhoulaoshi_ai@qq.com"),
     True, "I04", "周老师",
     [("email", "zhoulaoshi_ai@qq.com", "zhoulaoshi_ai@qq.com")],
     "independent recorded course", [("首页", "index.html"), ("IT互联网", "index.html#it"), ("数据标注", "")])

# ================================================================ fenlei (classifieds)
page("fenlei", "yc-post-88213.html", "运城 人工智能训练师报名 参保职工可领补贴 启航职校",
     P("发布人：启航职校招生办　区域：运城-盐湖　类别：教育培训/职业技能",
       "人工智能训练师五级、四级开班，正规培训学校，线下授课，考试由备案评价机构组织。本期考核批次号：15903592603。",
       "缴纳失业保险满一年的可申请技能提升补贴，具体以人社局审核为准。",
       "电话：139-3591-2468 / (0359)2086617　加微信 QiHangPX0359 了解课表"),
     True, "U01", "启航职校",
     [("phone", "+8613935912468", "139-3591-2468"), ("landline", "03592086617", "(0359)2086617"),
      ("wechat", "qihangpx0359", "QiHangPX0359")],
     "classified ad of U01", [("首页", "index.html"), ("运城", "index.html#yc"), ("教育培训", "")])

page("fenlei", "xt-post-90155.html", "邢台 人工智能训练师 三级二级包过 人社部颁发 全国通用",
     P("发布人：智算教育　区域：邢台-信都　类别：教育培训",
       "零基础可报！不限学历不限年龄，三个月拿证，包过！证书人社部颁发，国家职业资格证书，jndj.osta.org.cn 可查。",
       "三级+二级一起报优惠，拿证后可挂靠公司，一年躺赚两三万。",
       "证书编号样例：S000014081001254000125（真实可查，非P图）",
       "联系：158 3196 7702（同微信）QQ：2853107746"),
     True, "U02", "智算教育",
     [("phone", "+8615831967702", "158 3196 7702"), ("qq", "2853107746", "2853107746")],
     "classified ad of U02: 包过, 人社部颁发, 挂靠", [("首页", "index.html"), ("邢台", "index.html#xt"), ("教育培训", "")])

page("fenlei", "yc-post-88730.html", "运城人工智能训练师考证代报名 李老师",
     P("发布人：运城AI考证李老师　区域：运城-盐湖",
       "人工智能训练师各级别代报名，资料我们帮你整理，考试有辅导，省心省力。",
       "五级1980，四级2680，学历工作经历可协助“完善”。",
       "电话：17735906152　微信：ylaoshi_0359"),
     True, "U04", "运城AI考证李老师",
     [("phone", "+8617735906152", "17735906152"), ("wechat", "ylaoshi_0359", "ylaoshi_0359")],
     "classified ad of U04: agent, offers to 'fix' work history", [("首页", "index.html"), ("运城", "index.html#yc"), ("教育培训", "")])

page("fenlei", "xt-post-90622.html", "河北 人工智能训练师 职业技能等级认定 报名通知（评价机构直招）",
     P("发布人：华北技能人才测评中心　区域：邢台",
       "本中心开展人工智能训练师四级、三级认定，考前集训3天，通过率高。",
       "报名电话：031185326710　官网：www.hbjnpj.cn（网站备案：冀ICP备2023018846号-1）",
       "证书可登录 www.osta.org.cn 查询。"),
     True, "U08", "华北技能人才测评中心",
     [("landline", "031185326710", "031185326710"), ("domain", "hbjnpj.cn", "www.hbjnpj.cn"),
      ("other", "冀ICP备2023018846号", "冀ICP备2023018846号")],
     "classified ad of U08", [("首页", "index.html"), ("邢台", "index.html#xt"), ("教育培训", "")])

page("fenlei", "yc-post-89004.html", "招聘数据标注员 在家可做 日结 需持人工智能训练师证（可内部考）",
     P("发布人：云标数据　区域：运城",
       "招聘兼职数据标注员，在家手机电脑都可做，日结200-500。岗位要求持有人工智能训练师证书，没有证的可以先参加公司内部培训考证，费用3980，可分期，考完安排上岗。",
       "HR：199 0359 6641　微信 bz_hr2026"),
     True, "U09", "云标数据",
     [("phone", "+8619903596641", "199 0359 6641"), ("wechat", "bz_hr2026", "bz_hr2026")],
     "classified job ad of U09: job-plus-training-fee lure", [("首页", "index.html"), ("运城", "index.html#yc"), ("招聘", "")])

# ================================================================ bbs (forum)
page("bbs", "thread-52101.html", "【冀南AI人才】人工智能训练师三级/二级报名中，零基础也能考",
     P("楼主：冀南AI人才培训中心",
       "新职业人工智能训练师，人社部认证的新职业！三级二级联报，零基础不限学历，考试有押题，通过率百分百。",
       "报名咨询电话15831967702，微信 zsai_laoshi。"),
     True, "U02", "冀南AI人才培训中心",
     [("phone", "+8615831967702", "15831967702"), ("wechat", "zsai_laoshi", "zsai_laoshi")],
     "forum ad of U02 under another brand", [("论坛首页", "index.html"), ("职业技能区", "index.html#zj"), ("帖子", "")])
PAGES[-1]["body"] += comments([
    ("路人甲", "2026-02-11", "零基础考二级？标准里不是要三级证加四年吗"),
    ("lzy0319", "2026-02-12", "楼主发个备案机构名称看看？"),
])

page("bbs", "thread-52377.html", "运城本地，人工智能训练师可以找我，资料帮整理",
     P("楼主：河东职业技能服务（李老师）",
       "需要考人工智能训练师的朋友可以联系我，五级四级都能报，工作证明不够的我们想办法。",
       "电话 177 3590 6152，QQ 1374620985，私信也行。"),
     True, "U04", "河东职业技能服务",
     [("phone", "+8617735906152", "177 3590 6152"), ("qq", "1374620985", "1374620985")],
     "forum ad of U04", [("论坛首页", "index.html"), ("职业技能区", "index.html#zj"), ("帖子", "")])
PAGES[-1]["body"] += comments([
    ("小许在运城", "2026-02-14", "想问下多少钱，我电话 152 3596 0087 回个电话"),
])

page("bbs", "thread-52590.html", "AI训练师证 不用考试 直接出证 7天到手",
     P("楼主：职证宝",
       "人工智能训练师证书直接办理，不用考试不用上课，7天出证，人社部官网可查，不可查全额退。",
       "五级680，四级880，三级1280，三证一起办2380。",
       "联系 Q 3396021458（备注AI）"),
     True, "U06", "职证宝",
     [("qq", "3396021458", "3396021458")],
     "forum ad of U06: certificate without exam", [("论坛首页", "index.html"), ("职业技能区", "index.html#zj"), ("帖子", "")])
PAGES[-1]["body"] += comments([
    ("版主", "2026-02-18", "卖证帖，已警告。大家别信，查询网址只认 zscx.osta.org.cn。"),
])

page("bbs", "thread-52664.html", "【兼职】在家做数据标注，先考证后上岗，包分配",
     P("楼主：智标科技",
       "公司长期招数据标注兼职，考取人工智能训练师证后包分配任务，月入过万不是梦。",
       "报名电话 19903596641，简历发 bzhr2026@126.com"),
     True, "U09", "智标科技",
     [("phone", "+8619903596641", "19903596641"), ("email", "bzhr2026@126.com", "bzhr2026@126.com")],
     "forum ad of U09 under another brand", [("论坛首页", "index.html"), ("职业技能区", "index.html#zj"), ("帖子", "")])

page("bbs", "thread-52702.html", "邢台可以代报人工智能训练师五级，本人在培训机构上班",
     P("楼主：xt_zhanghui",
       "我在邢台一家机构做教务，可以帮忙报五级，按流程培训考试，不承诺过。学费以机构收据为准。",
       "有需要的加我微信 zhanghui_xt88 详聊。"),
     True, "I02", "xt_zhanghui",
     [("wechat", "zhanghui_xt88", "zhanghui_xt88")],
     "independent forum post", [("论坛首页", "index.html"), ("职业技能区", "index.html#zj"), ("帖子", "")])

page("bbs", "thread-51988.html", "【曝光】交了2380说包过，拿到的证书网上查不到",
     P("楼主：被坑的运城人",
       "去年在网上看到人工智能训练师“三证一起办”，对方电话 171 8836 2045，说人社部官网可查。交钱后给了个网址，查得到，结果后来发现是假网站，到 zscx.osta.org.cn 根本查不到。",
       "还有个号码17835926619，冒充启航职校，也是一伙的吧？",
       "已经打12315投诉，也报警了。大家查证书只认官方网站。"),
     False, None, None, [], "non-offer: complaint quoting scam numbers", [("论坛首页", "index.html"), ("避坑曝光", "index.html#bk"), ("帖子", "")])
PAGES[-1]["body"] += comments([
    ("考证老鸟", "2026-01-30", "官方查询只有osta的网站，其他的一律不信。"),
])

# ================================================================ wenda (Q&A)
page("wenda", "q-70311.html", "人工智能训练师证书有用吗？哪里可以考？",
     P("<b>提问：</b>在邢台上班，想考人工智能训练师，有用吗？"),
     True, "U02", "邢台智算人才（张老师）",
     [("phone", "+8615831967702", "158-3196-7702")],
     "Q&A answer by U02 agent", [("首页", "index.html"), ("教育", "index.html#edu"), ("问题", "")])
PAGES[-1]["body"] += ('<div class="answer"><b>张老师（邢台智算人才）回答：</b>' +
                      P("非常有用！国家职业资格证书，人社部颁发，可以评职称、落户加分、领补贴。我们这边三级二级可以一起考，零基础一个月拿证，包过。",
                        "有意向打我电话 158-3196-7702") + "</div>")
PAGES[-1]["body"] += comments([("wanghua", "2026-02-02", "我也想了解，加我微信 wanghua_1990 发资料")])

page("wenda", "q-70498.html", "运城哪里能报人工智能训练师？有没有靠谱的？",
     P("<b>提问：</b>运城的，想考个人工智能训练师五级，求推荐。"),
     True, "U04", "Ylaoshi",
     [("wechat", "ylaoshi_0359", "Ylaoshi_0359"), ("qq", "1374620985", "1374620985")],
     "Q&A answer by U04", [("首页", "index.html"), ("教育", "index.html#edu"), ("问题", "")])
PAGES[-1]["body"] += ('<div class="answer"><b>Ylaoshi 回答：</b>' +
                      P("运城这边我一直在做，报名资料帮你弄好，直接去考就行。微信 Ylaoshi_0359，或者QQ1374620985。") + "</div>")

page("wenda", "q-70622.html", "人工智能训练师三级能评职称吗？",
     P("<b>提问：</b>听说考了AI训练师三级可以评助理工程师？"),
     True, "U07", "晋才教育",
     [("phone", "+8618634917055", "18634917055"), ("domain", "jincai-ai.com", "jincai-ai.com")],
     "Q&A answer by U07", [("首页", "index.html"), ("职场", "index.html#job"), ("问题", "")])
PAGES[-1]["body"] += ('<div class="answer"><b>晋才教育 官方回答：</b>' +
                      P("可以的，职业技能等级证书直接对应职称证书，三级满两年即可认定人工智能助理工程师。我们是工信部认证的培训单位，详情见 jincai-ai.com 或致电18634917055。") + "</div>")
PAGES[-1]["body"] += comments([("wanghua", "2026-02-05", "有资料吗？加我 wanghua_1990")])

page("wenda", "q-70705.html", "数据标注兼职要先交钱考证，靠谱吗？",
     P("<b>提问：</b>看到招聘说要持人工智能训练师证才能接单，公司可以内部考，要交3980。"),
     True, "U09", "云标数据标注基地",
     [("wechat", "bz_hr2026", "BZ_HR2026"), ("email", "bzhr2026@126.com", "bzhr2026@126.com")],
     "Q&A answer by U09 defending its lure", [("首页", "index.html"), ("职场", "index.html#job"), ("问题", "")])
PAGES[-1]["body"] += ('<div class="answer"><b>云标数据标注基地 回答：</b>' +
                      P("我们是正规公司，证书是入职门槛，考证费用后期接单可以返还。想了解加 BZ_HR2026，简历投 bzhr2026@126.com。") + "</div>")
PAGES[-1]["body"] += ('<div class="answer"><b>热心网友 回答：</b>' +
                      P("先交钱再上岗的基本都是套路，AI训练师五级要求1年相关工作经历，公司“内部考”不是认定。") + "</div>")

page("wenda", "q-69870.html", "怎么查人工智能训练师证书真假？",
     P("<b>提问：</b>朋友花钱办了个人工智能训练师证，怎么查是不是真的？"),
     False, None, None, [], "non-offer: honest guide answer", [("首页", "index.html"), ("教育", "index.html#edu"), ("问题", "")])
PAGES[-1]["body"] += ('<div class="answer"><b>职业规划师Lynn 回答：</b>' +
                      P("1. 职业技能等级证书由备案的评价机构颁发，不是人社部颁发。",
                        "2. 到“技能人才评价证书全国联网查询” zscx.osta.org.cn 输入姓名、证件号、证书编号查询；机构是否备案可在 pjjg.osta.org.cn 查。",
                        "3. 证书编号是1位大写字母+21位数字，以Y或S开头。",
                        "4. 有疑问打12333问人社，遇到卖证的可打12315投诉。") + "</div>")

# ================================================================ mp (WeChat reposts)
page("mp", "a-20260215-1.html", "重磅！人工智能训练师报名通道开启，人社部证书全国联网可查",
     P("原公众号：中科智培　2026-02-15",
       "人社部认证的新职业，未来十年最缺的人才！中科智培(北京)教育科技有限公司联合国培人工智能认证中心，开展人工智能训练师三级、二级、一级培训认证。",
       "零基础可学，不限专业，报名即可安排考试，通过率98%。",
       "证书可在 www.zgjnzscx.com 查询（全国职业技能证书查询平台）。证书样本编号：S000014081001254000125",
       "报名热线：400-618-7329（全国统一）"),
     True, "U03", "中科智培",
     [("phone", "4006187329", "400-618-7329"), ("domain", "zgjnzscx.com", "www.zgjnzscx.com")],
     "WeChat repost of U03 with fake query site", [("首页", "index.html"), ("教育", "index.html#edu"), ("文章", "")])

page("mp", "a-20260220-3.html", "邢台未来星｜人工智能训练师（五级）第3期开班啦",
     P("原公众号：未来星职校　2026-02-20",
       "我校人工智能训练师五级培训第3期将于3月开班，线下授课，60学时，结业后参加备案评价机构组织的认定考核。",
       "补贴政策：参保满1年的职工取得证书后可申领技能提升补贴，政策以12333答复为准。",
       "报名表：https://www.wjx.cn/vm/wlx2026.aspx",
       "咨询：0319 2261858 / 135 0319 8824（刘老师）"),
     True, "U05", "未来星职校",
     [("landline", "03192261858", "0319 2261858"), ("phone", "+8613503198824", "135 0319 8824")],
     "WeChat repost of U05", [("首页", "index.html"), ("本地", "index.html#local"), ("文章", "")])

page("mp", "a-20260222-2.html", "山西晋才｜AI训练师三级直播班招生，助你评职称",
     P("原公众号：晋才教育　2026-02-22",
       "人工智能三级考试由国家工信部职业技能鉴定中心主办，证书可对应职称！",
       "在线报名：https://www.wjx.cn/vm/jincai3.aspx　官网 jincai-ai.com",
       "加入学员群：735216408"),
     True, "U07", "山西晋才",
     [("domain", "jincai-ai.com", "jincai-ai.com"), ("qq_group", "735216408", "735216408")],
     "WeChat repost of U07", [("首页", "index.html"), ("职场", "index.html#job"), ("文章", "")])

page("mp", "a-20260225-1.html", "太原｜人工智能训练师四级 企业员工定向培训",
     P("原公众号：并州数智培训　2026-02-25",
       "面向企业在岗员工开展人工智能训练师四级培训，按标准设课，考核由备案评价机构实施。个人报名需提供工作年限证明。",
       "报名表：https://www.wjx.cn/vm/bzsz04.aspx　咨询：0351-7235906"),
     True, "I05", "并州数智培训",
     [("landline", "03517235906", "0351-7235906")],
     "independent WeChat repost", [("首页", "index.html"), ("职场", "index.html#job"), ("文章", "")])

# ================================================================ video (short video)
page("video", "v-7319028.html", "邢台智算人才：AI训练师二级，零基础30天拿证",
     P("@邢台智算人才 · 1.2万赞",
       "视频文案：90%小白都能学会！原价9999限时99元体验课，人工智能训练师二级一级都能考，证书编号样例 S000014081001254000125。",
       "主页简介：合作加V ZSAI_laoshi"),
     True, "U02", "邢台智算人才",
     [("wechat", "zsai_laoshi", "ZSAI_laoshi")],
     "short-video page of U02", [("推荐", "index.html"), ("知识", "index.html#zs"), ("视频", "")])
PAGES[-1]["body"] += comments([
    ("小许在运城", "2天前", "真的假的，我电话 152 3596 0087"),
    ("阿明", "3天前", "二级要先有三级吧？"),
])

page("video", "v-7320155.html", "中科智培：国家认可的人工智能训练师证书怎么查？",
     P("@中科智培官方 · 8456赞",
       "视频文案：人社部颁发，全国联网可查，查询网站 ZGJNZSCX.COM，三级二级套餐立减2000。",
       "私信或加微信 zkzp8899"),
     True, "U03", "中科智培官方",
     [("domain", "zgjnzscx.com", "ZGJNZSCX.COM"), ("wechat", "zkzp8899", "zkzp8899")],
     "short-video page of U03", [("推荐", "index.html"), ("知识", "index.html#zs"), ("视频", "")])

page("video", "v-7321887.html", "AI证书速办，不用考试也能拿证？",
     P("@AI证书速办 · 5320赞",
       "视频文案：人工智能训练师证书，五级到三级都能办，不用考试，7天出证，人社部官网可查。",
       "联系客服：AIZS_KF01　转账请备注姓名，收款人：刘建军"),
     True, "U06", "AI证书速办",
     [("wechat", "aizs_kf01", "AIZS_KF01"), ("other", "刘建军", "刘建军")],
     "short-video page of U06", [("推荐", "index.html"), ("同城", "index.html#tc"), ("视频", "")])
PAGES[-1]["body"] += comments([
    ("小许在运城", "1天前", "多少钱？我电话 152 3596 0087"),
    ("网友8812", "1天前", "不用考试的证是假的吧，支付宝95188能追回吗"),
])

page("video", "v-7322403.html", "华北测评：人工智能训练师认定现场实拍",
     P("@华北测评 · 2190赞",
       "视频文案：我们是评价机构直招，四级三级认定，考前集训3天，报名电话0311-85326710。",
       "主页：河北华技人才 冀ICP备2023018846号-1"),
     True, "U08", "华北测评",
     [("landline", "031185326710", "0311-85326710"), ("other", "冀ICP备2023018846号", "冀ICP备2023018846号")],
     "short-video page of U08", [("推荐", "index.html"), ("知识", "index.html#zs"), ("视频", "")])

page("video", "v-7323016.html", "数据标注员日常｜顺便说下怎么考五级",
     P("@标注员阿凯 · 960赞",
       "视频文案：做标注两年了，去年考了五级。我自己开了个备考小课，99元，讲实操题，不包过，加VX kai_biaozhu 领资料。"),
     True, "I06", "标注员阿凯",
     [("wechat", "kai_biaozhu", "kai_biaozhu")],
     "independent short-video page", [("推荐", "index.html"), ("知识", "index.html#zs"), ("视频", "")])

# ================================================================ shop
page("shop", "item-60231.html", "人工智能训练师 三级+二级 报考套餐（国培认证中心）",
     P("店铺：中科智培旗舰店　销量：326",
       "¥2980 两证套餐，零基础可报，国家职业资格证书，人社部颁发。",
       "售前咨询：4006187329　客服微信：zkzp8899",
       "主体信息：中科智培(北京)教育科技有限公司　统一社会信用代码 %s" % USCC_U03),
     True, "U03", "中科智培旗舰店",
     [("phone", "4006187329", "4006187329"), ("wechat", "zkzp8899", "zkzp8899"), ("uscc", USCC_U03, USCC_U03)],
     "shop item of U03", [("首页", "index.html"), ("考证服务", "index.html#kz"), ("商品详情", "")])

page("shop", "item-60418.html", "人工智能训练师证书 五级/四级/三级 代办 不用考",
     P("店铺：证通达考证服务　销量：1.1万",
       "五级680 四级880 三级1280，资料齐全7天出证，官网可查。下单后联系客服QQ：3396021458。",
       "对公不方便的可转个人账户，收款户名：刘建军。",
       "证书样本编号 S000014081001254000125"),
     True, "U06", "证通达考证服务",
     [("qq", "3396021458", "3396021458"), ("other", "刘建军", "刘建军")],
     "shop item of U06", [("首页", "index.html"), ("考证服务", "index.html#kz"), ("商品详情", "")])

page("shop", "item-60419.html", "AI训练师 三证一起办 加急",
     P("店铺：证通达考证服务",
       "三证一起办2380，加急3天。咨询QQ 3396021458 或微信 aizs_kf01。"),
     True, "U06", "证通达考证服务",
     [("qq", "3396021458", "3396021458"), ("wechat", "aizs_kf01", "aizs_kf01")],
     "second shop item of U06", [("首页", "index.html"), ("考证服务", "index.html#kz"), ("商品详情", "")])

page("shop", "item-60577.html", "人工智能训练师五级 理论+实操 题库练习卡（电子版）",
     P("店铺：考点通题库小铺　销量：88",
       "仅为练习题库，不含报名、不含证书。题目依据2021版国家职业技能标准整理。",
       "售后邮箱：kdt_tiku@163.com"),
     True, "I03", "考点通题库小铺",
     [("email", "kdt_tiku@163.com", "kdt_tiku@163.com")],
     "independent shop item (exam-prep)", [("首页", "index.html"), ("课程卡", "index.html#kc"), ("商品详情", "")])

# ================================================================ news
page("news", "2026-02-26-warn.html", "警惕！人工智能训练师“三证一起办”骗局又来了",
     P("本报讯（记者 王晓）近日，市民张女士向本报反映，她在网上报名人工智能训练师“三证一起办”，付款2380元后收到的证书在官方平台查不到。",
       "张女士提供的对方联系电话为17188362045。记者拨打该号码，已无法接通。",
       "市人社局工作人员介绍，职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询；专业技术类职业资格可在 www.cpta.com.cn 核验。“零基础考二级”“不用考试”“人社部颁发”都不符合规定。",
       "如遇此类情况，可拨打12333咨询，或拨打12315投诉。"),
     False, None, None, [], "non-offer: news warning quoting scam number", [("首页", "index.html"), ("民生", "index.html#ms"), ("正文", "")])

page("news", "ad-0301.html", "【推广】未来星职校：让技能成为饭碗",
     P("推广信息　2026-03-01",
       "邢台市信都区未来星职业培训学校成立于2017年，开设人工智能训练师、电工、育婴员等培训项目。人工智能训练师五级班常年招生。",
       "统一社会信用代码：%s" % USCC_U05,
       "咨询电话：13503198824　0319-2261858"),
     True, "U05", "邢台市信都区未来星职业培训学校",
     [("uscc", USCC_U05, USCC_U05), ("phone", "+8613503198824", "13503198824"),
      ("landline", "03192261858", "0319-2261858")],
     "advertorial of U05 on news site", [("首页", "index.html"), ("推广", "index.html#ad"), ("正文", "")])

page("news", "ad-0305.html", "【推广】华北技能人才测评中心：人工智能训练师认定报名",
     P("推广信息　2026-03-05",
       "河北华技人才服务有限公司（华北技能人才测评中心）开展人工智能训练师等级认定业务，详见 www.hbjnpj.cn。",
       "统一社会信用代码：%s" % USCC_U08,
       "证书查询：www.osta.org.cn"),
     True, "U08", "河北华技人才服务有限公司",
     [("domain", "hbjnpj.cn", "www.hbjnpj.cn"), ("uscc", USCC_U08, USCC_U08)],
     "advertorial of U08 on news site", [("首页", "index.html"), ("推广", "index.html#ad"), ("正文", "")])

# ================================================================ rsj
page("rsj", "notice-2026-08.html", "关于防范技术技能类“山寨证书”的温馨提示",
     P("近期，网络上出现以“人工智能训练师”等新职业为名义的虚假招生广告，宣称“包过”“免考拿证”“人社部颁发”等。现提示如下：",
       "一、职业技能等级证书由经人社部门备案的评价机构颁发，人社部门不直接颁发。",
       "二、证书可通过技能人才评价证书全国联网查询（zscx.osta.org.cn）查询，评价机构名单见 pjjg.osta.org.cn；专业技术人员职业资格证书可在 www.cpta.com.cn 核验。",
       "三、人工智能训练师（4-04-05-05）五级申报需累计从事本职业或相关职业工作满1年，或本职业学徒期满。",
       "咨询电话：12333"),
     False, None, None, [], "non-offer: official-style warning", [("首页", "index.html"), ("通知公告", "index.html#tz"), ("正文", "")])

page("rsj", "notice-2026-11.html", "2026年第一季度职业技能等级认定考核批次公告",
     P("根据各评价机构申报，现将第一季度考核批次公告如下：",
       "人工智能训练师（五级、四级）考核批次号：15903592603，考核地点：河东职业技术学院实训楼。",
       "人工智能训练师（五级）考核批次号：15903192607，考核地点：邢台市信都区某考点。",
       "技能提升补贴申领：五级最高1000元、四级最高1500元、三级最高2000元，需参保满1年。详询12333。"),
     False, None, None, [], "non-offer: batch list and subsidy notice", [("首页", "index.html"), ("通知公告", "index.html#tz"), ("正文", "")])

# ================================================================ college
page("college", "px-ai5-2026.html", "关于举办2026年人工智能训练师（五级）社会培训班的通知",
     P("我院面向社会开展人工智能训练师（五级）培训，培训60学时，考核由山西省智能产业职业技能评价中心（%s）在我院考点组织。" % USCC_EVAL,
       "本期考核批次号：15903592603。考点前台：0359-2090112。",
       "报名条件：累计从事相关工作满1年或学徒期满。培训费960元。证书可在 zscx.osta.org.cn 查询。",
       "报名咨询：继续教育学院培训科 0359-2563310，邮箱 jxjy@hdvtc.edu.cn"),
     True, "I01", "河东职业技术学院继续教育学院",
     [("landline", "03592563310", "0359-2563310"), ("email", "jxjy@hdvtc.edu.cn", "jxjy@hdvtc.edu.cn"),
      ("uscc", USCC_I01, USCC_I01)],
     "independent college course notice", [("学院首页", "index.html"), ("社会培训", "index.html#px"), ("正文", "")])
PAGES[-1]["body"] += P("单位统一社会信用代码：%s" % USCC_I01)

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "national 人社 service hotline, quoted by notices and sellers"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("domain", "osta.org.cn", ["zscx.osta.org.cn", "jndj.osta.org.cn", "www.osta.org.cn", "pjjg.osta.org.cn"],
     "official certificate query / registry sites quoted by many pages"),
    ("domain", "cpta.com.cn", ["www.cpta.com.cn"], "official 人事考试中心 verification site"),
    ("phone", "4008206655", ["400-820-6655"], "marketplace 学途课堂 footer customer-service line"),
    ("email", "kefu@xuetuketang.com", ["kefu@xuetuketang.com"], "marketplace footer e-mail"),
    ("wechat", "xtkt_official", ["xtkt_official"], "marketplace official account in footer"),
    ("qq_group", "168052731", ["168052731"], "forum's own QQ group in sidebar and footer"),
    ("other", "晋ICP备19004217号", ["晋ICP备19004217号"], "classifieds platform ICP in footer"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder in classifieds posting tips"),
    ("domain", "jiaoyumall.cn", ["www.jiaoyumall.cn"], "shop platform's own domain in footer"),
    ("phone", "95188", ["95188"], "payment platform (支付宝) customer service"),
    ("qq", "1801235567", ["1801235567"], "repost site's own contribution QQ in footer"),
    ("email", "jubao@kuaikanvideo.com", ["jubao@kuaikanvideo.com"], "video platform's report e-mail in footer"),
    ("landline", "03592021110", ["0359-2021110"], "news site's own news hotline"),
    ("phone", "+8617188362045", ["171 8836 2045", "17188362045"], "scam number quoted in news and a complaint"),
    ("phone", "+8617835926619", ["178 3592 6619", "17835926619"], "impostor number quoted in a warning and a complaint"),
    ("phone", "+8615903592603", ["15903592603"], "assessment batch number that looks like a mobile"),
    ("other", "S000014081001254000125", ["S000014081001254000125"], "sample certificate number copied between scam pages"),
    ("phone", "+8615235960087", ["152 3596 0087"], "a reader's own phone posted in comments under different sellers"),
    ("wechat", "wanghua_1990", ["wanghua_1990"], "a reader's own WeChat in comments under different sellers"),
    ("landline", "03592090112", ["0359-2090112"], "exam venue front desk (third party)"),
    ("domain", "wjx.cn", ["www.wjx.cn"], "form tool (问卷星) used for sign-up forms by different sellers"),
    ("uscc", USCC_EVAL, [USCC_EVAL], "third-party evaluation centre named by several sellers"),
]

BOUNDARY = r"(?<![0-9A-Za-z_]){}(?![0-9A-Za-z_])"


def written_re(w):
    return re.compile(BOUNDARY.format(re.escape(w)))


# ---------------------------------------------------------------- rendering
CSS = ("body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:0;color:#222}"
       "header{background:#2b5d9b;color:#fff;padding:8px 16px}header a{color:#fff;margin-right:14px}"
       ".crumb{font-size:12px;color:#666;padding:6px 16px}.wrap{display:flex}"
       "main{flex:3;padding:0 16px}aside{flex:1;padding:0 16px;border-left:1px solid #eee;font-size:13px}"
       "footer{font-size:12px;color:#888;border-top:1px solid #ddd;padding:10px 16px;margin-top:20px}"
       ".cmt{border-top:1px dashed #ddd;padding:4px 0}.u{font-weight:bold}.t{color:#999;font-size:12px}")


def href_from(frm_site, to_site, to_file):
    return to_file if frm_site == to_site else "../%s/%s" % (to_site, to_file)


def render(site, fname, title, body, crumbs, related):
    cfg = SITES[site]
    menu = " ".join('<a href="%s">%s</a>' % (h, n) for n, h in cfg["menu"])
    cr = []
    for n, h in crumbs:
        cr.append('<a href="%s">%s</a>' % (h, n) if h else html.escape(title if n in ("", "正文", "帖子", "问题", "文章", "视频", "商品详情") else n))
    crumb = ' &gt; '.join(['<a href="../index.html">全网导航</a>'] + cr)
    rel = "".join('<li><a href="%s">%s</a></li>' % (f, html.escape(t)) for f, t in related)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            "<title>%s - %s</title><style>%s</style></head><body>\n"
            "<header><strong>%s</strong> %s</header>\n<div class=\"crumb\">%s</div>\n"
            "<div class=\"wrap\"><main><h1>%s</h1>\n%s\n</main>\n"
            "<aside>%s<h4>相关内容</h4><ul>%s</ul></aside></div>\n"
            "<footer>%s</footer>\n</body></html>\n") % (
        html.escape(title), cfg["name"], CSS, cfg["name"], menu, crumb, html.escape(title), body,
        cfg["side"], rel, cfg["foot"])


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {}
    for p in PAGES:
        by_site.setdefault(p["site"], []).append(p)
    files = {}
    # site pages
    for site, plist in by_site.items():
        for i, p in enumerate(plist):
            others = [q for q in plist if q is not p]
            rel = [(q["fname"], q["title"]) for q in (others[i % max(1, len(others)):] + others)[:4]]
            rel.append(("index.html", "返回" + SITES[site]["name"] + "首页"))
            files["/%s/%s" % (site, p["fname"])] = render(site, p["fname"], p["title"], p["body"], p["crumbs"], rel)
        # site index
        items = "".join('<li><a href="%s">%s</a> <span class="t">%s</span></li>' % (q["fname"], html.escape(q["title"]), "")
                        for q in plist)
        extra = {
            "bbs": "<p>热门帖子：<span>运城二手电动车转让</span> · <span>邢台驾校哪家好</span> · <span>教资面试经验</span></p>",
            "news": "<p>今日要闻：<span>盐湖区新建两所小学秋季投用</span> · <span>运城机场新增航线</span></p>",
            "fenlei": "<p>其他分类：房屋出租 · 二手车 · 家政服务 · 招聘求职</p>",
        }.get(site, "")
        body = "<ul class=\"list\">%s</ul>%s" % (items, extra)
        files["/%s/index.html" % site] = render(site, "index.html", SITES[site]["name"], body, [(SITES[site]["name"], "")], [])
    # hub
    hub = "".join('<li><a href="%s/index.html">%s</a>（%s）</li>' % (s, SITES[s]["name"], SITES[s]["style"]) for s in SITES)
    files["/index.html"] = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>全网导航</title></head>"
                            "<body><h1>全网导航：运城·邢台 人工智能训练师 搜索一周</h1><ul>%s</ul></body></html>\n" % hub)
    for path, text in sorted(files.items()):
        full = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # ---------------- truth
    def norm_kind(k):
        return "phone" if k == "landline" else k

    tpages = []
    operators = {}
    independents = {}
    for p in PAGES:
        path = "/%s/%s" % (p["site"], p["fname"])
        ids = [[norm_kind(k), v, w] for k, v, w in p["ids"]]
        for k, v, w in ids:
            assert w in files[path], (path, w)
        tpages.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"],
                           provider=p["provider"], identifiers=ids, note=p["note"]))
        if p["operator"]:
            tgt = operators if p["operator"].startswith("U") else independents
            o = tgt.setdefault(p["operator"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in ids:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    for path in sorted(files):
        if path.endswith("/index.html"):
            tpages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                               note="hub page" if path == "/index.html" else "site index page"))
    decoys = []
    for k, v, ws, why in DECOYS:
        pages = sorted(path for path, text in files.items() if any(written_re(w).search(text) for w in ws))
        assert pages, v
        decoys.append(dict(kind=norm_kind(k), value=v, written=ws, pages=pages, why=why))
    truth = dict(pages=sorted(tpages, key=lambda x: x["path"]), operators=dict(sorted(operators.items())),
                 independents=dict(sorted(independents.items())), decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
