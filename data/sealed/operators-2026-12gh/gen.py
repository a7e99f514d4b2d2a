#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate pages.

Standard library only, deterministic. Writes site/ and truth.json.
All businesses, people, numbers and domains are fictional.
"""
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(c):
    return int(c) if c.isdigit() else ord(c) - 55


def uscc(prefix8, body8):
    """prefix8: authority+kind+division; body8: first 8 chars of the 组织机构代码."""
    assert len(prefix8) == 8 and len(body8) == 8
    s = sum(_org_val(c) * w for c, w in zip(body8, W_ORG))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    first17 = prefix8 + body8 + oc
    assert all(ch in ALPHA for ch in first17), first17
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(first17, W18)) % 31
    if r == 31:
        r = 0
    return first17 + ALPHA[r]


USCC_U01 = uscc("91321302", "MA20Q8L4")   # 宿迁智训教育科技有限公司 (enterprise)
USCC_U02 = uscc("52340802", "MJ8C3061")   # 安庆市皖江职业技能培训学校 (民办非企业)
USCC_U03 = uscc("91110108", "MA01RT9K")   # 北京国培智评教育咨询有限公司 (a company with a state-sounding brand)
USCC_U06 = uscc("91320115", "MA27H5N2")   # 南京数标信息科技有限公司
USCC_U08 = uscc("52321300", "MJ6D2P48")   # 宿迁市泽达职业技能培训中心 (民办非企业)
USCC_SHOP = uscc("91330106", "MA2CK7W1")  # the shop platform's own operator (footer)

# ---------------------------------------------------------------- sites
SITES = [
    ("zhixun", "宿迁智训教育", "培训机构官网"),
    ("kecheng", "课多多 职业技能课程平台", "课程市场"),
    ("bbs", "宿城茶馆 · 宿迁生活论坛", "地方论坛"),
    ("fenlei", "同城易帖 宿迁/安庆分类信息", "分类信息"),
    ("wenda", "问答吧", "问答社区"),
    ("mp", "微文摘 · 公众号文章精选", "公众号文章转载"),
    ("video", "快拍短视频", "短视频页面"),
    ("news", "皖江在线 · 安庆新闻", "地方新闻"),
    ("rsj", "宿迁市人力资源和社会保障局(示例站)", "人社局通知公告"),
    ("shop", "淘好课商城", "网店"),
    ("blog", "拾光博客", "个人博客平台"),
]
SITE_NAME = {k: n for k, n, _ in SITES}
SITE_STYLE = {k: s for k, _, s in SITES}

FOOTERS = {
    "zhixun": "<p>宿迁智训教育科技有限公司 版权所有 · 地址:宿迁市宿城区洪泽湖东路(示例)创业园3号楼</p>",
    "kecheng": "<p>课多多(www.keduoduo.cn)平台客服 400-108-0365 · 投诉邮箱 service@keduoduo.cn</p><p>平台仅提供信息展示,课程由入驻机构提供。</p>",
    "bbs": "<p>宿城茶馆 官方交流QQ群:512307849 · 版主招募中</p><p>本站帖子仅代表网友个人观点</p>",
    "fenlei": "<p>同城易帖 © 2019-2026 苏ICP备18031522号-2 · 发帖前请阅读《防骗指南》</p>",
    "wenda": "<p>问答吧 用户协议 · 侵权举报 kefu@wendaba.cn</p>",
    "mp": "<p>微文摘 转载文章版权归原公众号所有,如有侵权请联系 tougao@wxwenzhai.cn 删除</p>",
    "video": "<p>快拍 kuaipai.tv · 未成年人保护 · 网络举报</p>",
    "news": "<p>皖江在线 新闻热线:0556-5388110 · 互联网新闻信息服务许可(示例)</p>",
    "rsj": "<p>宿迁市人力资源和社会保障局(示例站) 咨询电话:0527-84368012 · 人社服务热线 12333</p>",
    "shop": "<p>淘好课商城 消费者服务热线 0571-88026600 · 营业执照 统一社会信用代码 %s</p>" % USCC_SHOP,
    "blog": "<p>拾光博客 皖ICP备2021004417号 · 博文内容由作者发布</p>",
}

PAGES = []


def add(path, title, body, crumbs=None, is_offer=False, operator=None, provider=None,
        ids=(), note="", side=""):
    PAGES.append(dict(path=path, title=title, body=body, crumbs=crumbs or [], is_offer=is_offer,
                      operator=operator, provider=provider, ids=[list(x) for x in ids],
                      note=note, side=side))


def site_of(path):
    return path.strip("/").split("/")[0]


# ---------------------------------------------------------------- rendering (each site its own frame)
def nav(site):
    menus = {
        "zhixun": ["首页", "课程设置", "补贴政策", "师资力量", "联系我们"],
        "kecheng": ["全部课程", "职业技能", "IT互联网", "考证专区", "机构入驻"],
        "bbs": ["论坛首页", "宿迁杂谈", "求职招聘", "教育培训", "曝光台"],
        "fenlei": ["首页", "招聘", "教育培训", "二手", "房产", "发布信息"],
        "wenda": ["首页", "教育", "职场", "法律", "我要提问"],
        "mp": ["精选", "职场", "教育", "科技", "本地"],
        "video": ["推荐", "关注", "同城", "知识", "直播"],
        "news": ["首页", "本地", "民生", "教育", "曝光", "专题"],
        "rsj": ["首页", "政务公开", "通知公告", "办事服务", "互动交流"],
        "shop": ["首页", "分类", "考证", "电子书", "购物车"],
        "blog": ["首页", "热门", "技术", "生活", "写博客"],
    }[site]
    return "".join('<a href="/%s/index.html">%s</a>' % (site, m) for m in menus)


def crumbs_html(site, crumbs):
    parts = ['<a href="/index.html">导航</a>', '<a href="/%s/index.html">%s</a>' % (site, SITE_NAME[site])]
    parts += ["<span>%s</span>" % c for c in crumbs]
    return " &gt; ".join(parts)


def related(site, path):
    sib = [p for p in PAGES if site_of(p["path"]) == site and p["path"] != path
           and not p["path"].endswith("/index.html")]
    items = "".join('<li><a href="%s">%s</a></li>' % (p["path"], p["title"]) for p in sib[:6])
    return "<ul>%s</ul>" % items


def render(p):
    site = site_of(p["path"])
    name = SITE_NAME[site]
    rel = related(site, p["path"])
    side = p["side"] or {
        "zhixun": "<h4>报名咨询</h4><p>工作日 8:30-17:30</p>",
        "kecheng": "<h4>平台保障</h4><p>7天无理由退款(以机构规则为准)</p>",
        "bbs": "<h4>今日热帖</h4><p>宿城区学区划分出炉</p>",
        "fenlei": "<h4>安全提示</h4><p>涉及预付款请谨慎,提前核实对方资质。</p>",
        "wenda": "<h4>热门问题</h4><p>社保断缴有什么影响?</p>",
        "mp": "<h4>热门文章</h4><p>2026年宿迁高考志愿填报指南</p>",
        "video": "<h4>相关推荐</h4><p>更多知识类视频</p>",
        "news": "<h4>热点</h4><p>安庆长江大桥夜间限行</p>",
        "rsj": "<h4>便民服务</h4><p>社保查询 · 职业技能等级证书查询</p>",
        "shop": "<h4>猜你喜欢</h4><p>办公软件速成课</p>",
        "blog": "<h4>博主推荐</h4><p>订阅本站RSS</p><div class=\"cf\"><p>发表评论</p><input placeholder=\"邮箱,如 example@example.com\"></div>",
    }[site]
    head = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            '<title>%s - %s</title></head>\n' % (p["title"], name))
    if site in ("bbs", "wenda", "fenlei"):
        layout = ('<body class="%s"><table width="100%%"><tr><td><b>%s</b></td><td class="nav">%s</td></tr></table>\n'
                  '<div class="crumb">当前位置:%s</div>\n<table width="100%%"><tr><td valign="top" class="main">'
                  '<h1>%s</h1>\n%s\n</td><td valign="top" width="220" class="side">%s<h4>相关信息</h4>%s</td></tr></table>\n'
                  '<div class="foot">%s</div></body></html>\n')
        return head + layout % (site, name, nav(site), crumbs_html(site, p["crumbs"]), p["title"], p["body"],
                                side, rel, FOOTERS[site])
    if site in ("video", "shop", "kecheng"):
        layout = ('<body><header class="top"><div class="logo">%s</div><nav>%s</nav>'
                  '<input placeholder="搜索"></header>\n<div class="bc">%s</div>\n<main><article><h1>%s</h1>\n%s\n</article>'
                  '<aside>%s</aside></main>\n<section class="rel"><h3>看了又看</h3>%s</section>\n<footer>%s</footer></body></html>\n')
        return head + layout % (name, nav(site), crumbs_html(site, p["crumbs"]), p["title"], p["body"],
                                side, rel, FOOTERS[site])
    layout = ('<body><div id="hd"><h2>%s</h2><div id="menu">%s</div></div>\n<div id="loc">%s</div>\n'
              '<div id="wrap"><div id="side">%s</div><div id="content"><h1>%s</h1>\n%s\n'
              '<div class="related"><h3>相关阅读</h3>%s</div></div></div>\n<div id="ft">%s</div></body></html>\n')
    return head + layout % (name, nav(site), crumbs_html(site, p["crumbs"]), side, p["title"], p["body"],
                            rel, FOOTERS[site])


# ================================================================= content
FENLEI_FORM = ('<form class="msg"><p>给发布者留言:</p><input name="tel" placeholder="请输入手机号,如 13800138000">'
               '<button>提交</button></form>')

# ---------------- U01 宿迁智训教育 (honest, Suqian)
add("/zhixun/course-ai5.html", "人工智能训练师(五级/初级工)职业技能等级认定培训班 2026年春季招生",
    """<p>人工智能训练师(职业编码 4-04-05-05)是2020年人社部等部门发布的新职业,下设数据标注员、人工智能算法测试员两个工种。本班依据《人工智能训练师国家职业技能标准(2021年版)》开展五级(初级工)培训,参考课时60学时,理论约30%%、实操约70%%。</p>
<h3>报名条件</h3><p>累计从事本职业或相关职业工作满1年(含),或本职业/相关职业学徒期满。不符合条件的学员我们不收,请勿找中介“包装”材料。</p>
<h3>费用与补贴</h3><p>培训费1680元/人,认定费由评价机构按规定收取。取证后,连续缴纳失业保险满1年的在职职工可按规定申请技能提升补贴(五级最高1000元),以人社部门审核为准。</p>
<h3>考核与证书</h3><p>理论+实操两部分,均达60分合格。由经人社部门备案的评价机构颁发职业技能等级证书,可在技能人才评价证书全国联网查询(zscx.osta.org.cn)核验。本期认定批次号 13200260315,考点、时间以评价机构通知为准。</p>
<p>政策咨询也可拨打人社服务热线 12333。</p>
<h3>报名方式</h3><p>电话:0527-81602378 / 158 0527 1936(微信同号)<br>微信:zhixun_sq<br>官网:www.sqzhixun.cn</p>
<p class="lic">宿迁智训教育科技有限公司 统一社会信用代码:%s</p>""" % USCC_U01,
    ["课程设置", "五级"], True, "U01", "宿迁智训教育科技有限公司",
    [("phone", "+8615805271936", "158 0527 1936"), ("phone", "052781602378", "0527-81602378"),
     ("wechat", "zhixun_sq", "zhixun_sq"), ("domain", "sqzhixun.cn", "www.sqzhixun.cn"),
     ("uscc", USCC_U01, USCC_U01)],
    "U01 own site: honest level-5 course with correct eligibility and subsidy")

add("/zhixun/course-ai4.html", "人工智能训练师四级(中级工)提升班|适合已持五级证书学员",
    """<p>面向已取得人工智能训练师五级证书并从事数据标注、智能客服训练等工作的学员。内容:数据采集和处理、数据标注、智能系统运维,参考50学时。</p>
<p>报名需满足四级申报条件(如取得五级证书后累计从事本职业4年等),报名时请携带证书及工作证明,我们会先帮您核对,条件不够的不建议报。</p>
<p>收费2280元(含教材),失业保险参保满一年可申请四级技能提升补贴,最高1500元。</p>
<p>实操考核在宿迁技师学院考点进行,考点前台 0527-84211093(仅咨询考场位置,报名请联系本校)。</p>
<p>报名热线 (0527)8160 2378 ,加微信 zhixun_sq 备注“四级”。更多课程见 www.sqzhixun.cn</p>""",
    ["课程设置", "四级"], True, "U01", "智训教育",
    [("phone", "052781602378", "(0527)8160 2378"), ("wechat", "zhixun_sq", "zhixun_sq"),
     ("domain", "sqzhixun.cn", "www.sqzhixun.cn")],
    "U01 own site: level-4 course, honest about the certificate ladder")

add("/kecheng/c/10231.html", "【宿迁线下】人工智能训练师五级 数据标注实操班 60课时",
    """<div class="price">¥1680 <s>¥1980</s> 已报名 126 人</div>
<p>机构:<b>智训教育</b>(宿迁) · 评分 4.8</p>
<p>课程介绍:标注工具使用、图像/文本/语音标注、质检流程、理论复习。结业后参加经备案评价机构组织的五级认定,证书可联网查询。</p>
<p>适合人群:从事或准备从事数据标注、AI客服训练相关工作满1年的学员。</p>
<p>机构联系方式:158-0527-1936(报名前可先电话确认开班时间)</p>
<p class="tip">温馨提示:请通过平台下单,平台客服不负责解答课程内容。</p>""",
    ["考证专区", "人工智能"], True, "U01", "智训教育",
    [("phone", "+8615805271936", "158-0527-1936")],
    "marketplace listing of U01 under its short brand")

add("/fenlei/post/88217.html", "宿迁人工智能训练师考证培训 五级四级 周末班 可申请补贴",
    """<p class="meta">发布:2026-03-18 · 区域:宿城区 · 类别:教育培训/职业技能</p>
<p>宿迁本地正规培训学校,人工智能训练师五级、四级周末班开课,小班授课,上机实操。符合条件的参保职工取证后可申请技能提升补贴,具体可咨询市人社局 0527-84368012。</p>
<p>联系人:王老师 15805271936 微信同号;微信号 Zhixun_SQ</p>
<p>不包过,不卖证,考不过免费重修一次。</p>""" + FENLEI_FORM,
    ["教育培训", "职业技能"], True, "U01", "宿迁AI训练师考证培训(王老师)",
    [("phone", "+8615805271936", "15805271936"), ("wechat", "zhixun_sq", "Zhixun_SQ")],
    "classified ad by U01, contact person only")

add("/zhixun/index.html", "宿迁智训教育 - 人工智能训练师 职业技能培训",
    """<p>宿迁智训教育专注数据标注、人工智能训练师等数字技能培训。</p>
<ul><li><a href="/zhixun/course-ai5.html">人工智能训练师五级培训班</a></li><li><a href="/zhixun/course-ai4.html">人工智能训练师四级提升班</a></li></ul>
<p>最新动态:2026年春季班报名中,详情见课程页面。</p>""", [], False, None, None, [], "company site index (non-offer)")

# ---------------- U02 安庆皖江职业技能培训学校 (honest, Anqing)
add("/kecheng/c/10247.html", "安庆|人工智能训练师(数据标注员)五级 线下+直播 可补贴",
    """<div class="price">¥1580 已报名 58 人</div>
<p>开课机构:<b>皖江培训</b> · 安庆市迎江区</p>
<p>线下实训每周六,工作日晚直播复习理论。本课程对应人工智能训练师(4-04-05-05)数据标注员工种五级。</p>
<p>咨询:0556-5512870 · QQ 2850417736</p>""",
    ["考证专区", "人工智能"], True, "U02", "皖江培训",
    [("phone", "05565512870", "0556-5512870"), ("qq", "2850417736", "2850417736")],
    "marketplace listing of U02")

add("/news/2026/0412-wanjiang.html", "【招生】安庆市皖江职业技能培训学校2026年人工智能训练师培训招生简章",
    """<p class="src">来源:企业供稿 2026-04-12</p>
<p>为落实技能提升行动,安庆市皖江职业技能培训学校面向社会招收人工智能训练师五级、四级学员。</p>
<p>一、报名条件:五级需累计从事相关工作满1年或学徒期满;四级按国家职业技能标准执行。二、培训方式:线下集中授课+上机实操。三、证书:由备案评价机构颁发职业技能等级证书,可登录技能人才评价工作网(osta.mohrss.gov.cn)或全国联网查询系统查询。四、补贴:符合条件者按安庆市政策申领,政策咨询 12333。</p>
<p>报名地址:安庆市迎江区(示例)职教大厦2楼;电话 0556 5512870、13956071482。</p>
<p>办学单位统一社会信用代码 %s</p>""" % USCC_U02,
    ["教育", "企业供稿"], True, "U02", "安庆市皖江职业技能培训学校",
    [("phone", "05565512870", "0556 5512870"), ("phone", "+8613956071482", "13956071482"),
     ("uscc", USCC_U02, USCC_U02)],
    "sponsored enrolment notice on a news site")

add("/wenda/q/3391.html", "安庆哪里可以考人工智能训练师?需要什么学历?",
    """<div class="q"><p>提问者:匿名用户 · 想转行做数据标注,安庆有没有靠谱的培训?大专以下能不能报?</p></div>
<div class="a"><p><b>皖江职培 刘老师</b>(机构认证)回答:</p><p>国家职业技能标准对文化程度的要求是初中毕业(或相当文化程度),不是大专。五级要求相关工作满一年或学徒期满。我们学校在迎江区,五级周末班,有问题可以电话 139-5607-1482 咨询。</p></div>
<div class="a"><p><b>路过的网友</b>回答:证书真假去人社部的查询网站查就行,别信包过的。</p></div>""",
    ["教育", "职业培训"], True, "U02", "皖江职培",
    [("phone", "+8613956071482", "139-5607-1482")],
    "Q&A answer that advertises U02")

# ---------------- U03 国培智评 (dishonest, Beijing, sells to Suqian/Anqing online)
add("/bbs/thread-520113-1-1.html", "【考证】人工智能训练师一级/二级/三级 零基础可报 人社部颁发 包过",
    """<div class="post"><p class="author">楼主:AI考证办-陈主任 · 2026-03-02</p>
<p>国家人工智能训练师认证中心宿迁报名点!人工智能训练师三级、二级(技师)、一级(高级技师)同时报名,不限学历不限经验,零基础直接报技师!人社部颁发,全国通用,官网可查:zscx-osta.cn</p>
<p>三证套餐6980,包过,不过全额退款。名额有限,咨询 177 1045 3386</p></div>
<div class="reply"><p>2楼 宿城小雨:三个等级一起考?靠谱吗?我也想了解,楼主加我微信 xiaoyu_sq0527</p></div>
<div class="reply"><p>3楼 老宿迁:人社部早就不发这种证了,自己去 zscx.osta.org.cn 查吧。</p></div>""",
    ["教育培训"], True, "U03", "国家人工智能训练师认证中心宿迁报名点",
    [("phone", "+8617710453386", "177 1045 3386"), ("domain", "zscx-osta.cn", "zscx-osta.cn")],
    "forum ad by U03: 包过, 人社部颁发, levels 1-3 for beginners, fake query domain")

add("/video/v/7329014.html", "拿证就能涨薪!人工智能训练师技师证零基础也能考",
    """<div class="player">[视频] 时长 00:58 · 点赞 2.1万 · 评论 864</div>
<p class="author">@中科国培AI考证</p>
<p>文案:人工智能训练师二级技师证,零基础、不用上班经验,45天拿证!人社部颁发,国家认可,可以抵扣个税、评职称。私信或者加 V:GPZP_2026 ,电话 17710453386</p>
<div class="comments"><p>网友A:多少钱?</p><p>作者回复:私信发你价格表,本月报三级送二级。</p></div>""",
    ["知识", "职场"], True, "U03", "中科国培AI考证",
    [("wechat", "gpzp_2026", "GPZP_2026"), ("phone", "+8617710453386", "17710453386")],
    "short-video page of U03")

add("/mp/a/s-8fK2mQ.html", "重磅!2026年人工智能训练师证书报考通道开启,错过再等一年",
    """<p class="meta">原文来自公众号「国培AI人才服务」 转载于 微文摘</p>
<p>人工智能训练师是人社部认证的新职业,证书由人社部颁发,国家职业资格证书,全国联网可查。持证可落户、可挂靠、可申请补贴!</p>
<p>报考等级:三级/二级/一级,不限学历,不限专业,无门槛。考试包过,通过率100%%。证书样本编号 S000032120001235000123 ,真实可查。</p>
<p>报名热线:400-018-6625 ;客服微信 gpzp_2026</p>
<p>主办:北京国培智评教育咨询有限公司(统一社会信用代码 %s)</p>""" % USCC_U03,
    ["职场", "考证"], True, "U03", "国培AI人才服务",
    [("phone", "4000186625", "400-018-6625"), ("wechat", "gpzp_2026", "gpzp_2026"),
     ("uscc", USCC_U03, USCC_U03)],
    "WeChat-article repost from U03 with several scam phrasings")

add("/shop/item/60218837.html", "人工智能训练师证书报名 三级/技师/高级技师 人社部颁发 国家认可",
    """<div class="price">¥2980.00 起 · 月销 37</div>
<p>店铺:<b>国培智评考证旗舰店</b></p>
<p>拍下后联系客服报名,需提供身份证照片、一寸照。零基础可报技师,包过。</p>
<p>付款说明:大额订单可对公转账,收款单位 北京国培智评教育咨询有限公司;售前电话 4000 186 625</p>""",
    ["考证", "职业资格"], True, "U03", "国培智评考证旗舰店",
    [("phone", "4000186625", "4000 186 625"), ("other", "北京国培智评教育咨询有限公司", "北京国培智评教育咨询有限公司")],
    "shop item of U03")

# ---------------- U04 李老师 (dishonest individual, 挂靠)
add("/bbs/thread-520377-1-1.html", "有想考人工智能训练师技师的吗?挂靠一年两万",
    """<div class="post"><p class="author">楼主:宿迁考证李老师 · 2026-03-09</p>
<p>人工智能训练师二级技师/一级高级技师,不用工作年限,不看学历,资料我们帮你准备。拿证后可挂靠公司,一年两万起,躺赚。</p>
<p>想了解的加微信 lzs19951102 或者扣扣 1729036645</p></div>
<div class="reply"><p>2楼 一只咸鱼:AI训练师证也能挂靠?第一次听说。</p></div>""",
    ["求职招聘"], True, "U04", "宿迁考证李老师",
    [("wechat", "lzs19951102", "lzs19951102"), ("qq", "1729036645", "1729036645")],
    "forum post by U04 promising 挂靠 income and 技师 without experience")

add("/fenlei/post/88402.html", "人工智能训练师证 技师高级技师 快速拿证 可挂靠",
    """<p class="meta">发布:2026-03-20 · 区域:沭阳县 · 类别:教育培训/考证</p>
<p>江苏AI证书服务,人工智能训练师各等级均可办理,零基础报技师,资料代办,拿证快。证书可挂靠,年收益2万+。</p>
<p>电话 182 5109 3377 ;微信 Lzs19951102</p>""" + FENLEI_FORM,
    ["教育培训", "考证"], True, "U04", "江苏AI证书服务",
    [("phone", "+8618251093377", "182 5109 3377"), ("wechat", "lzs19951102", "Lzs19951102")],
    "classified ad by U04")

add("/wenda/q/3405.html", "人工智能训练师技师证没有工作经验能考吗?",
    """<div class="q"><p>提问者:qq_77x · 刚毕业,没工作经验,想直接考二级,有没有人带?QQ 893340125</p></div>
<div class="a"><p><b>李老师AI考证</b>回答:可以的,我们这边有渠道,不用工作年限,报名资料帮你弄好,一次拿证。联系Q 1729036645</p></div>
<div class="a"><p><b>HR小周</b>回答:二级要三级证书加多年工作年限,别被忽悠。</p></div>""",
    ["教育", "职场"], True, "U04", "李老师AI考证",
    [("qq", "1729036645", "1729036645")],
    "Q&A answer by U04 (asker's own QQ is a decoy)")

# ---------------- U05 启航人工智能学院 (online, fairly honest, Hefei/Anqing)
add("/kecheng/c/10388.html", "人工智能训练师三级(高级工)直播课 含实操项目 启航AI学院",
    """<div class="price">¥2980 · 直播24次+录播 · 已报名 341 人</div>
<p>开课机构:<b>启航AI学院</b>(合肥/安庆)</p>
<p>课程依据国家职业技能标准三级内容:业务分析、智能训练、智能系统设计、培训与指导。报名认定前请自行核对三级申报条件(需四级证书及相应年限等)。</p>
<p>学院电话 0551-65398802 · 官网 www.qihangai.com</p>""",
    ["IT互联网", "人工智能"], True, "U05", "启航AI学院",
    [("phone", "055165398802", "0551-65398802"), ("domain", "qihangai.com", "www.qihangai.com")],
    "marketplace listing of U05")

add("/mp/a/s-Qh71nA.html", "人工智能训练师到底是什么?一文讲清等级、条件和补贴",
    """<p class="meta">原文来自公众号「启航教育安庆分校」 转载于 微文摘</p>
<p>人工智能训练师(4-04-05-05)共五个等级,从五级到一级逐级晋升,每级都有工作年限要求。证书是职业技能等级证书,不是国家职业资格证书。补贴只针对五级到三级,而且要参保满一年。</p>
<p>文末福利:安庆分校五级/四级班报名中,添加招生老师微信 qihang-ai 领取报考自测表,课程详情见 qihangai.com</p>""",
    ["教育", "本地"], True, "U05", "启航教育安庆分校",
    [("wechat", "qihang-ai", "qihang-ai"), ("domain", "qihangai.com", "qihangai.com")],
    "WeChat repost by U05: a mostly accurate guide ending in an enrolment call")

add("/blog/p/2026/ai-trainer-diary.html", "我在启航学了两个月人工智能训练师,说点真实感受",
    """<p class="meta">作者:启航AI学院-小周 · 2026-02-26</p>
<p>作为学院助教,整理一下学员常问的问题:证书能不能查?能,去人社部门的全国联网查询;1+X的证书以前在 vslc.ncb.edu.cn 查,但今年起不再新发了。</p>
<p>我们的五级班3月开班,有意向可以发邮件到 zhaosheng(at)qihangai.com 或加微信 qihang-ai 。</p>""",
    ["技术"], True, "U05", "启航AI学院",
    [("email", "zhaosheng@qihangai.com", "zhaosheng(at)qihangai.com"), ("wechat", "qihang-ai", "qihang-ai")],
    "blog advertorial by U05's assistant")

# ---------------- U06 数标科技 (training + 协议就业 lure)
add("/fenlei/post/88533.html", "招聘数据标注员 在家可做 月入8000 先培训后上岗 包证书",
    """<p class="meta">发布:2026-03-22 · 区域:宿城区/安庆(远程) · 类别:招聘/兼职</p>
<p>南京数标科技招AI数据标注员,无经验可做,公司统一培训并考人工智能训练师证书,培训费3980元,签协议就业,上岗后月入8000+。</p>
<p>报名表:wjx.cn/vm/shubiao2026 填写后HR联系你。<br>HR电话 133 0518 9024 微信 shubiao_hr</p>""" + FENLEI_FORM,
    ["招聘", "兼职"], True, "U06", "南京数标科技",
    [("phone", "+8613305189024", "133 0518 9024"), ("wechat", "shubiao_hr", "shubiao_hr")],
    "job ad that is really a paid training + certificate offer (U06)")

add("/kecheng/c/10412.html", "数标AI数据标注训练营|结业考人工智能训练师五级 推荐就业",
    """<div class="price">¥3980 · 已报名 902 人</div>
<p>开课机构:<b>数标学院</b> 南京数标信息科技有限公司(统一社会信用代码 %s)</p>
<p>21天训练营,结业推荐合作企业远程标注岗位。学员交流QQ群 736015248</p>""" % USCC_U06,
    ["职业技能", "人工智能"], True, "U06", "数标学院",
    [("uscc", USCC_U06, USCC_U06), ("qq_group", "736015248", "736015248")],
    "marketplace listing of U06")

add("/wenda/q/3418.html", "数标科技的数据标注培训靠谱吗?交了钱能上岗吗?",
    """<div class="q"><p>提问者:安庆小陈 · 在同城网站看到招聘,说先交3980培训费,还送人工智能训练师证。求懂的说说。我QQ 893340125</p></div>
<div class="a"><p><b>数标AI训练营-班主任</b>回答:我们是正规公司,签协议就业,学员群 736015248 里可以看到往期学员反馈,也可以加微信 ShuBiao_HR 了解。</p></div>
<div class="a"><p><b>网友</b>回答:招聘先收钱的一律小心。</p></div>""",
    ["职场", "求职"], True, "U06", "数标AI训练营",
    [("qq_group", "736015248", "736015248"), ("wechat", "shubiao_hr", "ShuBiao_HR")],
    "Q&A answer by U06 staff")

# ---------------- U07 证达通 (certificate agency, 免考出证)
add("/shop/item/60233410.html", "人工智能训练师证书 免考试 直接出证 入库可查",
    """<div class="price">¥1280.00 · 月销 112</div>
<p>店铺:<b>证达通考证</b></p>
<p>五级至三级均可办理,不用考试不用培训,15个工作日出证,入库可查,不满意可退。证书编号示例 S000032120001235000123</p>
<p>下单后联系店铺QQ 3301885627 ;付款遇到问题可咨询支付宝客服 95188。收款方:安庆市证达通企业管理咨询有限公司</p>""",
    ["考证", "证书服务"], True, "U07", "证达通考证",
    [("qq", "3301885627", "3301885627"), ("other", "安庆市证达通企业管理咨询有限公司", "安庆市证达通企业管理咨询有限公司")],
    "shop item of U07: 不培训直接发证")

add("/video/v/7331188.html", "证书还能这么办?人工智能训练师一周出证",
    """<div class="player">[视频] 时长 00:32 · 点赞 3806</div>
<p class="author">@皖苏证书服务中心</p>
<p>文案:人工智能训练师、健康管理师、心理咨询师都能办,不用考,官网可查 zhengdatong.net 。扣扣 3301885627</p>""",
    ["知识"], True, "U07", "皖苏证书服务中心",
    [("domain", "zhengdatong.net", "zhengdatong.net"), ("qq", "3301885627", "3301885627")],
    "short video of U07")

add("/mp/a/s-Zd3TvP.html", "人社部证书退出后,这几类证书接盘!人工智能训练师最火",
    """<p class="meta">原文来自公众号「证达通考证网」 转载于 微文摘</p>
<p>人社部证书退出,哪家证书来接盘?人工智能训练师证含金量高,国家认可,我们专业代办,无需考试,证书官网可查 zhengdatong.net</p>
<p>办理热线 151-5563-2718</p>""",
    ["职场"], True, "U07", "证达通考证网",
    [("domain", "zhengdatong.net", "zhengdatong.net"), ("phone", "+8615155632718", "151-5563-2718")],
    "WeChat repost of U07 using the banned 接盘 slogan")

add("/blog/p/2026/zhengdatong-faq.html", "人工智能训练师证书办理常见问题(证达通整理)",
    """<p class="meta">作者:zdt_admin · 2026-03-01</p>
<p>Q:不考试的证书是真的吗?A:我们合作机构出证,入库可查,在 www.zhengdatong.net 输入姓名身份证号即可查询。</p>
<p>Q:多久拿证?A:加急7天。电话 15155632718</p>""",
    ["生活"], True, "U07", "证达通",
    [("domain", "zhengdatong.net", "www.zhengdatong.net"), ("phone", "+8615155632718", "15155632718")],
    "blog FAQ of U07 with its own fake query site")

# ---------------- U08 宿迁泽达职业技能培训中心 (honest, Suqian)
add("/kecheng/c/10455.html", "宿迁|人工智能训练师四级(中级工)培训 泽达职校",
    """<div class="price">¥1980 · 已报名 77 人</div>
<p>开课机构:<b>宿迁泽达职校</b></p>
<p>与备案评价机构合作组织认定,本期认定批次号 13200260315。证书可在 zscx.osta.org.cn 查询,评价机构名单可查 pjjg.osta.org.cn。政策咨询 12333。</p>
<p>机构电话 0527-84392615 ;宿迁市泽达职业技能培训中心 统一社会信用代码 %s</p>""" % USCC_U08,
    ["考证专区", "人工智能"], True, "U08", "宿迁泽达职校",
    [("phone", "052784392615", "0527-84392615"), ("uscc", USCC_U08, USCC_U08)],
    "marketplace listing of U08 (shares the public batch number with U01: decoy)")

add("/fenlei/post/88610.html", "泽达培训 人工智能训练师五级/四级 宿迁技师学院考点 小班",
    """<p class="meta">发布:2026-03-25 · 区域:宿豫区 · 类别:教育培训</p>
<p>实操考核在宿迁技师学院考点,考点前台 0527-84211093 只负责考场事务,报名找我们。</p>
<p>联系:138 5240 3617 / 0527 8439 2615</p>""" + FENLEI_FORM,
    ["教育培训"], True, "U08", "泽达培训",
    [("phone", "+8613852403617", "138 5240 3617"), ("phone", "052784392615", "0527 8439 2615")],
    "classified ad of U08")

add("/bbs/thread-520498-1-1.html", "分享:宿迁考人工智能训练师五级的流程(培训学校老师)",
    """<div class="post"><p class="author">楼主:泽达老师 · 2026-03-27</p>
<p>经常有人问流程,说一下:先核对申报条件(五级要相关工作满1年)→培训→评价机构组织认定→证书联网可查。别信“包过”“免考”。我们学校四月开五级班,有需要可发邮件 zedapx@sina.com 或电话 13852403617。</p></div>
<div class="reply"><p>2楼 宿城小雨:老师好,我加你了,我微信 xiaoyu_sq0527</p></div>""",
    ["教育培训"], True, "U08", "宿迁泽达职业技能培训中心",
    [("email", "zedapx@sina.com", "zedapx@sina.com"), ("phone", "+8613852403617", "13852403617")],
    "forum post by U08 staff, with an enrolment invitation")

# ---------------- U09 小鹿老师 (online course, 原价9999限时99 upsell)
add("/video/v/7335620.html", "90%小白都能学会!AI训练师入门课原价9999限时99",
    """<div class="player">[视频] 时长 01:12 · 点赞 5.6万</div>
<p class="author">@小鹿老师AI训练营</p>
<p>文案:零基础可学,学完就能接单,考人工智能训练师证书拿到就能升职加薪!评论区扣“学”或者加微信 xiaolu_ai99 领资料</p>""",
    ["知识", "推荐"], True, "U09", "小鹿老师AI训练营",
    [("wechat", "xiaolu_ai99", "xiaolu_ai99")],
    "short-video ad of U09")

add("/shop/item/60240071.html", "小鹿AI训练营 人工智能训练师 入门99元 进阶证书班",
    """<div class="price">¥99.00 · 进阶证书班 ¥2980 · 月销 1.2万</div>
<p>店铺:<b>鹿鸣教育</b> 官网 luming-edu.com</p>
<p>购买后添加班主任微信 XiaoLu_AI99 入群;报名信息填写 wjx.cn/vm/luming99</p>""",
    ["考证", "在线课程"], True, "U09", "鹿鸣教育",
    [("wechat", "xiaolu_ai99", "XiaoLu_AI99"), ("domain", "luming-edu.com", "luming-edu.com")],
    "shop item of U09")

add("/kecheng/c/10502.html", "AI训练师零基础到持证 小鹿老师系统课",
    """<div class="price">¥2980 · 已报名 2310 人</div>
<p>开课机构:<b>小鹿老师</b> · 官网 www.luming-edu.com</p>
<p>课程承诺:拿证后推荐兼职,学不会免费重学。课程顾问 199 5561 0834</p>""",
    ["IT互联网", "人工智能"], True, "U09", "小鹿老师",
    [("domain", "luming-edu.com", "www.luming-edu.com"), ("phone", "+8619955610834", "199 5561 0834")],
    "marketplace listing of U09")

add("/mp/a/s-Lm55kR.html", "宝妈在家学AI,3个月考下人工智能训练师证",
    """<p class="meta">原文来自公众号「鹿鸣AI成长营」 转载于 微文摘</p>
<p>学员故事:安庆宝妈小林通过训练营学习数据标注,考下证书后在家接单。课程原价9999,现在限时99元体验。</p>
<p>报名咨询 19955610834(微信同号),支持支付宝付款,付款问题请拨打 95188。</p>""",
    ["教育"], True, "U09", "鹿鸣AI成长营",
    [("phone", "+8619955610834", "19955610834")],
    "WeChat repost testimonial + offer from U09")

# ---------------- independents
add("/fenlei/post/88701.html", "安庆 人工智能训练师五级 本人带班 可试听",
    """<p class="meta">发布:2026-03-28 · 区域:安庆大观区 · 类别:教育培训</p>
<p>在数据标注公司做了三年质检,周末带五级班,人少,可试听。只教技能、辅导考试,证书由评价机构发。张老师 136 8556 9120</p>""" + FENLEI_FORM,
    ["教育培训"], True, "I01", "安庆人工智能训练师培训(张老师)",
    [("phone", "+8613685569120", "136 8556 9120")], "independent tutor classified")

add("/shop/item/60251903.html", "人工智能训练师三级 理论+实操题库 2026版 送模拟考试",
    """<div class="price">¥39.90 · 月销 540</div>
<p>店铺:<b>AI训练师题库小铺</b></p>
<p>电子版题库,非证书,不代报名。售后微信 tiku_xiaopu</p>""",
    ["电子书", "考证"], True, "I02", "AI训练师题库小铺",
    [("wechat", "tiku_xiaopu", "tiku_xiaopu")], "independent exam-prep item")

add("/kecheng/c/10520.html", "人工智能训练师四级实操精讲(录播) 江淮AI工坊",
    """<div class="price">¥399 · 已报名 66 人</div>
<p>开课机构:<b>江淮AI工坊</b></p><p>录播30讲,答疑QQ 2961403357</p>""",
    ["人工智能"], True, "I03", "江淮AI工坊",
    [("qq", "2961403357", "2961403357")], "independent marketplace course")

add("/bbs/thread-520601-1-1.html", "沭阳本地 数据标注+人工智能训练师五级培训 欢迎咨询",
    """<div class="post"><p class="author">楼主:沭阳数智培训 · 2026-04-01</p>
<p>沭阳县数智职业培训,五级班四月开课,可申请补贴(以人社审核为准)。电话15952781046</p></div>""",
    ["教育培训"], True, "I04", "沭阳县数智职业培训",
    [("phone", "+8615952781046", "15952781046")], "independent forum post")

add("/blog/p/2026/coach-wu.html", "一对一辅导人工智能训练师三级综合评审/论文",
    """<p class="meta">作者:吴老师 · 2026-02-10</p>
<p>本人持一级证书,提供三级实操和评审材料辅导,不代考不保过。预约邮箱 ai_coach_wu@qq.com</p>""",
    ["技术"], True, "I05", "吴老师AI训练师辅导",
    [("email", "ai_coach_wu@qq.com", "ai_coach_wu@qq.com")], "independent blogger coaching offer")

add("/wenda/q/3432.html", "宜城信息职业技术学院有人工智能训练师培训吗?",
    """<div class="q"><p>提问者:大观区考生家长 · 孩子中职毕业,想考四级。</p></div>
<div class="a"><p><b>宜城信息职业技术学院继续教育部</b>(官方认证)回答:我院面向社会开设人工智能训练师五级、四级培训,中职相关专业毕业生可按标准申报四级。咨询 0556-5309126(工作日)。</p></div>""",
    ["教育"], True, "I06", "宜城信息职业技术学院继续教育部",
    [("phone", "05565309126", "0556-5309126")], "independent college answer")

# ---------------- non-offers
add("/news/2026/0320-warning.html", "警惕!“包过”“人社部颁发”的人工智能训练师证书多为山寨",
    """<p class="src">皖江在线记者 2026-03-20</p>
<p>近日,市民刘女士反映,她在网上看到“人工智能训练师技师证零基础包过”的广告,按对方要求转账4800元后被拉黑。对方所留骗子电话为 171 5620 3344 。</p>
<p>记者了解到,职业技能等级证书由备案的评价机构颁发,人社部门不直接颁发。市民遇到类似情况可拨打12315投诉,或拨打12333咨询。</p>""",
    ["曝光"], False, None, None, [], "news warning quoting a scam number")
add("/bbs/thread-519980-1-1.html", "【曝光】被骗4800报人工智能训练师技师证,大家小心",
    """<div class="post"><p class="author">楼主:宿豫老刘</p><p>对方号码17156203344,说零基础包过技师,钱转过去就拉黑了。已经打12315投诉。</p></div>
<div class="reply"><p>2楼:这种都是骗子,正规的证去全国联网查询能查到。</p></div>""",
    ["曝光台"], False, None, None, [], "forum complaint thread")
add("/rsj/tzgg/2026-03-05.html", "关于提醒广大群众谨防“山寨证书”的通知",
    """<p>各有关单位、广大群众:</p>
<p>近期发现部分机构以“人社部颁发”“包过”“免考直接发证”等名义招揽人工智能训练师等职业技能等级培训。根据人社部函〔2022〕25号,现提醒如下:一、职业技能等级证书由经备案的评价机构颁发,可在技能人才评价证书全国联网查询(zscx.osta.org.cn)核验;二、备案评价机构名单见 pjjg.osta.org.cn 及技能人才评价工作网 osta.mohrss.gov.cn;三、发现虚假宣传可拨打12315举报,政策咨询拨打12333。</p>
<p class="sign">宿迁市人力资源和社会保障局(示例) 2026年3月5日</p>""",
    ["通知公告"], False, None, None, [], "official-style notice")
add("/blog/p/2026/how-to-verify.html", "如何核验人工智能训练师证书的真假(附官方查询入口)",
    """<p class="meta">作者:数据民工 · 2026-01-18</p>
<p>1. 职业技能等级证书:zscx.osta.org.cn;2. 评价机构名单:pjjg.osta.org.cn;3. 旧的1+X证书:vslc.ncb.edu.cn;4. 技能人才评价工作网 osta.mohrss.gov.cn。遇到包过卖证的直接12315举报,政策问题打12333。</p>
<div class="comment-form"><input placeholder="你的邮箱,如 example@example.com"></div>""",
    ["技术"], False, None, None, [], "blog guide (non-offer)")

# ---------------- site index pages and hub
for key, name, style in SITES:
    if key == "zhixun":
        continue
    items = [p for p in PAGES if site_of(p["path"]) == key and not p["path"].endswith("/index.html")]
    lis = "".join('<li><a href="%s">%s</a></li>' % (p["path"], p["title"]) for p in items)
    add("/%s/index.html" % key, "%s 首页" % name,
        "<p>%s(%s)最新内容:</p><ul>%s</ul>" % (name, style, lis), [], False, None, None, [],
        "site index (non-offer)")
# make sure the zhixun index links every zhixun page (already written by hand)


def hub_body():
    lis = "".join('<li><a href="/%s/index.html">%s</a> <small>%s</small></li>' % (k, n, s) for k, n, s in SITES)
    return "<ul>%s</ul>" % lis


# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社服务热线, public hotline"),
    ("phone", "12315", ["12315"], "市场监管投诉热线, public hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official list of evaluation institutions"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "技能人才评价工作网, official"),
    ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "legacy 1+X query platform, official"),
    ("phone", "4001080365", ["400-108-0365"], "课多多 marketplace customer-service number in its footer"),
    ("email", "service@keduoduo.cn", ["service@keduoduo.cn"], "课多多 marketplace footer e-mail"),
    ("domain", "keduoduo.cn", ["www.keduoduo.cn"], "课多多 marketplace's own domain in footer"),
    ("qq_group", "512307849", ["512307849"], "forum's own QQ group in footer"),
    ("other", "苏ICP备18031522号-2", ["苏ICP备18031522号-2"], "classifieds platform ICP in footer"),
    ("email", "kefu@wendaba.cn", ["kefu@wendaba.cn"], "Q&A platform footer e-mail"),
    ("email", "tougao@wxwenzhai.cn", ["tougao@wxwenzhai.cn"], "repost site's footer e-mail"),
    ("domain", "kuaipai.tv", ["kuaipai.tv"], "short-video platform domain in footer"),
    ("phone", "05565388110", ["0556-5388110"], "news site's news hotline in footer"),
    ("phone", "057188026600", ["0571-88026600"], "shop platform's service hotline in footer"),
    ("uscc", USCC_SHOP, [USCC_SHOP], "shop platform operator's own USCC in footer"),
    ("other", "皖ICP备2021004417号", ["皖ICP备2021004417号"], "blog platform ICP in footer"),
    ("phone", "052784368012", ["0527-84368012"], "人社局 consultation number (government), quoted by a seller"),
    ("phone", "+8617156203344", ["171 5620 3344", "17156203344"], "scammer's number quoted in news warning and complaint"),
    ("phone", "+8613200260315", ["13200260315"], "exam batch number (批次号) that looks like a mobile, shared by two sellers"),
    ("other", "S000032120001235000123", ["S000032120001235000123"], "sample certificate number copied by two sellers"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder in the classifieds message form"),
    ("email", "example@example.com", ["example@example.com"], "template placeholder in the blog comment form"),
    ("wechat", "xiaoyu_sq0527", ["xiaoyu_sq0527"], "a reader's own WeChat in forum replies under two sellers"),
    ("qq", "893340125", ["893340125"], "an asker's own QQ on two Q&A pages of different sellers"),
    ("phone", "052784211093", ["0527-84211093"], "exam venue front desk (third party) quoted by two sellers"),
    ("domain", "wjx.cn", ["wjx.cn"], "form tool (问卷星) used by two sellers"),
    ("phone", "95188", ["95188"], "payment platform (支付宝) hotline quoted by two sellers"),
]


def main():
    # sanity: no decoy form inside any seller written form, no seller value shared across owners
    owners = {}
    for p in PAGES:
        for k, v, w in p["ids"]:
            for _, _, dws, _ in DECOYS:
                for dw in dws:
                    assert dw not in w and w not in dw, (dw, w)
            if p["operator"]:
                prev = owners.setdefault((k, v), p["operator"])
                assert prev == p["operator"], (k, v, prev, p["operator"])
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    html = {}
    for p in PAGES:
        html[p["path"]] = render(p)
    hub = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航 - 人工智能训练师相关站点</title></head>'
           '<body><h1>一周搜索结果导航(宿迁/安庆)</h1>%s<p>导航页</p></body></html>\n' % hub_body())
    html["/index.html"] = hub
    for path, text in html.items():
        fp = os.path.join(OUT, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(OUT, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages_out = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                  "identifiers": [], "note": "hub linking every site's index"}]
    ops = {}
    for p in PAGES:
        pages_out.append({"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"],
                          "provider": p["provider"], "identifiers": p["ids"], "note": p["note"]})
        op = p["operator"]
        if op and op.startswith("U"):
            o = ops.setdefault(op, {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, _ in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    pages_out.sort(key=lambda x: x["path"])
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, text in html.items() if any(w in text for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pg, "why": why})
    truth = {"pages": pages_out, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
