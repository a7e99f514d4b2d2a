#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(code8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * W32100[i] for i, ch in enumerate(body))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]

# ---------------- seller identifiers (normalized) ----------------
U01_USCC = uscc("91320106", "MA1XK3P2")
U02_USCC = uscc("91320506", "MA20LQ7D")
U07_USCC = uscc("52320115", "MJ560482")
I04_USCC = uscc("92320113", "MA1Y8N4C")
EVAL_USCC = uscc("12320000", "46600172")   # third-party evaluation centre (decoy)

# ---------------- sites and frames ----------------
SITES = {
 "jlzy": dict(name="金陵智育 · 职业技能培训", style="company"),
 "gsszy": dict(name="姑苏数智学院", style="company2"),
 "kechengbang": dict(name="课程邦 - 职业技能好课平台", style="market"),
 "njforum": dict(name="石城社区 · 南京本地论坛", style="forum"),
 "wenda": dict(name="知问 - 有问题就问", style="qa"),
 "wxrepost": dict(name="微文摘 · 公众号好文转载", style="wechat"),
 "rsj": dict(name="吴中人社 · 苏州市吴中区人力资源和社会保障局", style="gov"),
 "fenlei": dict(name="宁苏分类信息网", style="classifieds"),
 "shipin": dict(name="快看短视频 网页版", style="video"),
 "jyblog": dict(name="老周的职场笔记", style="blog"),
 "college": dict(name="苏州信息职业学院 继续教育学院", style="college"),
}

FOOT = {
 "jlzy": '<div class="ft">南京金陵智育教育科技有限公司 ｜ 地址：南京市鼓楼区中山北路 219 号 7 楼 ｜ 咨询电话：025-8663 7120<br>统一社会信用代码：%s ｜ 苏ICP备2021034417号-1 ｜ www.jlzy-edu.cn</div>' % U01_USCC,
 "gsszy": '<footer>苏州姑苏数智教育科技有限公司 版权所有　招生热线 0512-6758 3392　地址：苏州市姑苏区人民路 3018 号<br>统一社会信用代码 %s　投诉咨询请拨打全国人社服务热线 12333</footer>' % U02_USCC,
 "kechengbang": '<div class="footer"><p>课程邦 kechengbang.com ｜ 平台客服热线 400-017-8899（9:00-21:00）｜ 客服邮箱 kefu@kechengbang.com</p><p>沪ICP备18034527号-2 ｜ 平台仅提供信息展示服务，课程由入驻机构提供</p></div>',
 "njforum": '<div id="foot">石城社区 ©2009-2026 ｜ 版主QQ：1507338821 ｜ 南京网友交流群 618203374 ｜ 苏ICP备15022817号 ｜ 违法信息举报：report@shicheng-bbs.cn</div>',
 "wenda": '<footer class="qa-foot">知问 ©2026 ｜ 联系我们：010-5793 2260 ｜ 京ICP备17044216号 ｜ 回答内容仅代表答主个人观点</footer>',
 "wxrepost": '<div class="wx-foot">微文摘仅做内容转载，版权归原作者 ｜ 商务合作微信：weiwenzhai_bd ｜ 侵删请联系 hezuo@weiwenzhai.cn ｜ 浙ICP备19051230号</div>',
 "rsj": '<div class="gov-foot">主办：苏州市吴中区人力资源和社会保障局 ｜ 地址：苏州市吴中区东吴北路 98 号 ｜ 咨询电话：0512-6525 1234 ｜ 人社服务热线 12333<br>网站标识码 3205060021 ｜ 苏ICP备05018827号</div>',
 "fenlei": '<div class="fl-foot">宁苏分类信息网 ｜ 客服 400-662-5858 ｜ 本站信息由用户自行发布，交易前请核实 ｜ 苏ICP备16008831号-3</div>',
 "shipin": '<div class="v-foot">快看短视频 ｜ 未成年人/侵权举报：jubao@kuaikanvideo.com ｜ 网络文化经营许可证 浙网文〔2023〕0517-021号</div>',
 "jyblog": '<footer>© 老周的职场笔记 · 个人博客，文中广告与本人无关 · Powered by WordPress</footer>',
 "college": '<div class="c-foot">苏州信息职业学院 继续教育学院 ｜ 地址：苏州市吴中区国际教育园致能大道 8 号 ｜ 苏ICP备07013254号</div>',
}

SIDEBAR = {
 "kechengbang": '<aside class="side"><h4>最近成交</h4><ul><li>订单 13952047718 刚刚报名成功</li><li>南京用户 购买了《数据标注实战》</li></ul><h4>平台保障</h4><p>7天无理由 · 资金担保交易</p></aside>',
 "fenlei": '<aside class="fl-side"><h4>发布信息须知</h4><p>联系方式格式示例：联系电话 13800138000（请替换为您自己的号码）</p><p>谨防先交钱后办证类诈骗！</p></aside>',
 "shipin": '<aside class="v-side"><h4>热门话题</h4><p>#人工智能训练师 #AI副业 #考证</p><p class="tip">评论区模板：复制微信号 wxid_xxxxxx 添加好友</p></aside>',
}

def menu(site):
    idx = "/%s/index.html" % site
    m = {
     "jlzy": ["首页", "职业技能培训", "人工智能训练师", "补贴政策", "联系我们"],
     "gsszy": ["学院首页", "招生简章", "师资力量", "学员风采"],
     "kechengbang": ["首页", "IT互联网", "职业考证", "AI课程", "我的订单"],
     "njforum": ["首页", "南京生活", "职场交流", "二手市场", "版规"],
     "wenda": ["首页", "热门问题", "职业教育", "我要提问"],
     "wxrepost": ["推荐", "职场", "教育", "科技"],
     "rsj": ["首页", "政务公开", "通知公告", "办事服务", "互动交流"],
     "fenlei": ["首页", "教育培训", "招聘求职", "本地服务"],
     "shipin": ["推荐", "关注", "知识", "直播"],
     "jyblog": ["首页", "职场", "考证", "生活", "关于我"],
     "college": ["学院首页", "招生信息", "培训项目", "继续教育", "联系方式"],
    }[site]
    return '<nav class="menu">' + " ".join('<a href="%s">%s</a>' % (idx, x) for x in m) + "</nav>"

PAGES = []   # dicts: path, title, body, is_offer, operator, provider, ids, note, crumbs, related

def page(path, title, body, note, operator=None, provider=None, ids=(), related=()):
    PAGES.append(dict(path=path, title=title, body=body, note=note, operator=operator,
                      provider=provider, ids=list(ids), related=list(related),
                      is_offer=operator is not None))

def render(p):
    site = p["path"].split("/")[1]
    s = SITES[site]
    crumbs = '<div class="crumb"><a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; %s</div>' % (site, s["name"], p["title"])
    rel = ""
    if p["related"]:
        rel = '<div class="related"><h4>相关推荐</h4><ul>' + "".join('<li><a href="%s">%s</a></li>' % (h, t) for h, t in p["related"]) + "</ul></div>"
    side = SIDEBAR.get(site, '<aside class="side"><h4>%s</h4><p>更多内容请见首页。</p></aside>' % s["name"])
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title>'
            '<meta name="viewport" content="width=device-width"></head>\n<body class="%s">\n'
            '<header><div class="logo">%s</div>%s</header>\n%s\n<main>\n<h1>%s</h1>\n%s\n%s\n</main>\n%s\n%s\n</body></html>\n'
            % (p["title"], s["name"], s["style"], s["name"], menu(site), crumbs, p["title"], p["body"], rel, side, FOOT[site]))

# ================= U01 金陵智育 / 智育职培 =================
page("/jlzy/index.html", "人工智能训练师（4-04-05-05）五级/四级/三级 培训报名中",
 """<div class="banner">2026 年第二期 人工智能训练师 职业技能等级认定培训 · 南京鼓楼教学点</div>
<p>人工智能训练师是 2020 年人社部等三部门发布的新职业，职业编码 4-04-05-05，包含数据标注员、人工智能算法测试员两个工种。本中心与省内备案的社会培训评价组织合作开展培训，考核合格由评价机构颁发职业技能等级证书，证书可在 zscx.osta.org.cn 查询。</p>
<ul class="course"><li><a href="/jlzy/course-l5l4.html">五级/四级 数据标注方向（周末班）</a></li><li><a href="/jlzy/course-l3.html">三级 业务分析与智能训练（晚班）</a></li></ul>
<p>报名热线：025-8663 7120　招生老师手机：139 1384 5271（同微信）</p>
<p>符合条件的参保职工取证后可按规定申领技能提升补贴，具体以人社部门审核为准，可拨打 12333 咨询。</p>""",
 "U01 company homepage, enrolment open", "U01", "金陵智育",
 [("phone", "02586637120", "025-8663 7120"), ("phone", "+8613913845271", "139 1384 5271"),
  ("uscc", U01_USCC, U01_USCC), ("domain", "jlzy-edu.cn", "www.jlzy-edu.cn"), ("other", "苏ICP备2021034417号", "苏ICP备2021034417号-1")])
page("/jlzy/course-l5l4.html", "五级/四级 人工智能训练师（数据标注员）周末班",
 """<p>适合：从事数据标注、内容审核、客服质检满 1 年的在职人员；应届中职学生可报四级（需学校证明）。</p>
<table class="price"><tr><th>等级</th><th>课时</th><th>培训费</th></tr><tr><td>五级</td><td>60 课时</td><td>1680 元</td></tr><tr><td>四级</td><td>50 课时</td><td>1980 元</td></tr></table>
<p>认定考试含理论知识和操作技能两部分，均 60 分合格。本期报名批次：15120260412，认定时间以评价机构通知为准。</p>
<p>我们不承诺包过，未通过可免费重听一次。报名咨询 13913845271，微信 jlzy-ai。</p>""",
 "U01 course page L5/L4", "U01", "金陵智育",
 [("phone", "+8613913845271", "13913845271"), ("wechat", "jlzy-ai", "jlzy-ai"), ("phone", "02586637120", "025-8663 7120"),
  ("uscc", U01_USCC, U01_USCC), ("domain", "jlzy-edu.cn", "www.jlzy-edu.cn"), ("other", "苏ICP备2021034417号", "苏ICP备2021034417号-1")],
 [("/jlzy/course-l3.html", "三级 晚班"), ("/jlzy/index.html", "返回首页")])
page("/jlzy/course-l3.html", "三级（高级工）人工智能训练师 晚班招生",
 """<p>报考三级需取得四级证书后连续从事本职业满 5 年，或取得四级证书并具有高级技工学校、技师学院毕业证书等，详见国家职业技能标准（2021 年版）。</p>
<p>培训内容：业务分析、智能训练、智能系统设计、培训与指导。合作评价机构：江苏苏创职业技能评价中心（统一社会信用代码 %s）。</p>
<p>证书带二维码及查询网址 jndj.osta.org.cn。考试地点：南京信息职业技术学院实训楼，考点前台 025-8584 6210。</p>
<p>课程顾问座机 (025)86637120，资料可发邮件至 zs@jlzy-edu.cn 索取。</p>""" % EVAL_USCC,
 "U01 course page L3", "U01", "金陵智育",
 [("phone", "02586637120", "(025)86637120"), ("email", "zs@jlzy-edu.cn", "zs@jlzy-edu.cn"), ("phone", "02586637120", "025-8663 7120"),
  ("uscc", U01_USCC, U01_USCC), ("domain", "jlzy-edu.cn", "www.jlzy-edu.cn"), ("other", "苏ICP备2021034417号", "苏ICP备2021034417号-1")],
 [("/jlzy/course-l5l4.html", "五级/四级 周末班")])

# ================= market: kechengbang =================
page("/kechengbang/course-1001.html", "【智育职培】人工智能训练师 五级四级 线上+线下 直播课",
 """<div class="seller">机构：智育职培（南京） · 入驻 3 年 · 好评率 97%</div>
<p>课程编号 KCB-1001 · 共 48 节 · 支持回放 · ¥1580</p>
<p>线下认定在南京鼓楼教学点组织，证书编号可在 zscx.osta.org.cn 官方查询。</p>
<p>平台内沟通不方便的同学可直接联系班主任：139-1384-5271，微信：JLZY-AI</p>
<div class="cmt">学员评价：老师讲得细，标注工具实操多。</div>""",
 "U01 marketplace listing under brand 智育职培", "U01", "智育职培",
 [("phone", "+8613913845271", "139-1384-5271"), ("wechat", "jlzy-ai", "JLZY-AI")],
 [("/kechengbang/course-1002.html", "人工智能训练师 快速拿证"), ("/kechengbang/course-1004.html", "AI 标注小班")])

# ================= U02 姑苏数智 =================
page("/gsszy/index.html", "姑苏数智学院 · 人工智能训练师 职业技能提升培训",
 """<p>学院位于苏州姑苏区，专注数字技能人才培养。2026 年开设人工智能训练师五级、四级、三级培训班，面向参保职工与院校学生。</p>
<p><a href="/gsszy/zhaosheng-2026.html">查看 2026 年招生简章 &gt;&gt;</a></p>
<p>在线咨询 QQ：3150427786　电话：0512-6758 3392</p>""",
 "U02 company homepage", "U02", "姑苏数智学院",
 [("phone", "051267583392", "0512-6758 3392"), ("qq", "3150427786", "3150427786"), ("uscc", U02_USCC, U02_USCC)])
page("/gsszy/zhaosheng-2026.html", "2026 年人工智能训练师招生简章（苏州）",
 """<h2>一、报名条件</h2><p>五级：累计从事本职业或相关职业工作满 1 年；四级、三级按国家职业技能标准执行，不接受无证直接报考高等级。</p>
<h2>二、费用与补贴</h2><p>五级 1500 元、四级 1800 元、三级 2600 元。参加失业保险满 1 年的职工取证后可申请技能提升补贴（五级最高 1000 元、四级 1500 元、三级 2000 元），可咨询吴中区人社局 0512-6525 1234。</p>
<h2>三、报名方式</h2><p>填写在线报名表（jinshuju.net/f/gsszy26），或致电 0512-67583392，手机/微信 152 6241 8830，微信号 gsszy2020。</p>""",
 "U02 enrolment brochure", "U02", "姑苏数智学院",
 [("phone", "051267583392", "0512-67583392"), ("phone", "+8615262418830", "152 6241 8830"), ("wechat", "gsszy2020", "gsszy2020"),
  ("phone", "051267583392", "0512-6758 3392"), ("uscc", U02_USCC, U02_USCC)],
 [("/gsszy/index.html", "学院首页")])

# ================= U03 国培智训 / 中科智训认证中心 (dishonest) =================
page("/kechengbang/course-1002.html", "人工智能训练师证书 零基础快速拿证 人社部颁发 国家认可",
 """<div class="seller">机构：国培智训 · 保证金已缴纳</div>
<p>¥3980 一次报三级、二级、一级 三证联报立减 1200！零基础、不限学历、不限经验，免培训直接考，包过！不过全额退款。</p>
<p>证书人社部颁发，全国通用，jndj.osta.org.cn 可查，可用于评职称、落户积分、挂靠年赚 2 万。</p>
<p>证书样本：Y000132000001253000168</p>
<p>售前咨询 400-811-6620 ｜ 加急办理请加 QQ 2837461950</p>""",
 "U03 dishonest marketplace listing (人社部颁发, 包过, three levels at once)", "U03", "国培智训",
 [("phone", "4008116620", "400-811-6620"), ("qq", "2837461950", "2837461950")],
 [("/kechengbang/course-1001.html", "智育职培 直播课")])

# ================= U09 AI训练营 / 智能引擎学堂 =================
page("/kechengbang/course-1003.html", "AI训练营｜人工智能训练师+AIGC 双证班 原价9999 限时99",
 """<div class="seller">店铺：<a href="/kechengbang/shop-2231.html">智能引擎学堂官方店</a></div>
<p>90% 小白都能学会！零基础可学，7 天带你入门大模型数据标注，结课颁发“人工智能训练师”+“AIGC 应用师”双证书，拿证即可升职加薪。</p>
<p>原价 9999 限时 99，前 100 名送提示词模板。课程官网 znyq.com.cn，售后 QQ：1893402755。</p>""",
 "U09 marketplace course (原价9999限时99, 双证)", "U09", "AI训练营",
 [("domain", "znyq.com.cn", "znyq.com.cn"), ("qq", "1893402755", "1893402755")],
 [("/kechengbang/shop-2231.html", "进店逛逛")])
page("/kechengbang/shop-2231.html", "智能引擎学堂官方店 - 店铺首页",
 """<div class="shop-head">智能引擎学堂官方店 · 粉丝 2.3 万 · 在售课程 12</div>
<ul><li><a href="/kechengbang/course-1003.html">人工智能训练师+AIGC 双证班 ¥99</a></li><li>AI 绘画变现训练营 ¥199</li><li>大模型提示词工程师 ¥299</li></ul>
<p>店铺公告：报名人工智能训练师证书班请加售后 QQ 1893402755，开票请邮件 service@znyq.com.cn。</p>""",
 "U09 marketplace shop page selling the course", "U09", "智能引擎学堂",
 [("qq", "1893402755", "QQ 1893402755"), ("email", "service@znyq.com.cn", "service@znyq.com.cn")])

# ================= I01 =================
page("/kechengbang/course-1004.html", "AI 数据标注 + 人工智能训练师五级备考 小班（南京）",
 """<div class="seller">机构：周老师 AI 标注小班 · 个人讲师</div>
<p>6 人小班，南大鼓楼校区附近上课，主攻五级理论和标注实操，报名认定需满足 1 年工作经历。¥880。</p>
<p>约课加我微信 zhoulaoshi_ai，说明工作年限。</p>""",
 "I01 independent tutor on marketplace", "I01", "周老师AI标注小班",
 [("wechat", "zhoulaoshi_ai", "zhoulaoshi_ai")])

# ================= U05 码上标注 =================
page("/kechengbang/course-1005.html", "数据标注员岗前培训 + 人工智能训练师证书 学完派单",
 """<div class="seller">机构：码上标注工作室（南京江宁）</div>
<p>学完即可接单，日结 200-500 元！培训费 1299 元，结业后推荐考人工智能训练师五级，考证费另计。</p>
<p>简历和工作证明请发 mashang_bz@163.com，我们 24 小时内回复。</p>""",
 "U05 marketplace: training fee before job dispatch", "U05", "码上标注工作室",
 [("email", "mashang_bz@163.com", "mashang_bz@163.com")])

# ================= U07 江宁职培 =================
page("/kechengbang/course-1006.html", "江宁职培｜人工智能训练师 补贴性培训（南京江宁户籍/参保优先）",
 """<div class="seller">机构：南京江宁智能制造职业培训学校（民办非企业单位）</div>
<p>统一社会信用代码：%s。本校为区人社局公布的补贴性职业技能培训机构，五级、四级可享受培训补贴，个人先行垫付后按规定申领。</p>
<p>报名表在线填写：jinshuju.net/f/jnzp2026；咨询邮箱 jnzpxx@126.com。</p>""" % U07_USCC,
 "U07 marketplace listing", "U07", "江宁职培",
 [("uscc", U07_USCC, U07_USCC), ("email", "jnzpxx@126.com", "jnzpxx@126.com")])

# ================= njforum =================
page("/njforum/thread-baoming.html", "[职场交流] 人工智能训练师代报名，三级包过，名额不多",
 """<div class="post"><span class="author">楼主：速通教育王老师</span><p>南京苏州都能报，三级二级一级都能做，不用上课，材料我们帮你准备，工作年限可以帮你开证明，包过！费用私聊。电话 186 5182 6734。</p></div>
<div class="reply"><span class="author">2楼 南京小白兔</span><p>真的假的，不用上课也能过？我微信 lily_njxq，有资料发我一份。</p></div>
<div class="reply"><span class="author">3楼 老江湖</span><p>楼主小心，177-1209-3345 也是这么说的，交了钱就拉黑，建议打 12315。</p></div>""",
 "U04 forum post (包过, 开证明)", "U04", "速通教育",
 [("phone", "+8618651826734", "186 5182 6734")],
 [("/njforum/thread-wangqian.html", "被骗经历分享"), ("/njforum/thread-jingyan.html", "五级备考经验")])
page("/njforum/thread-zhuanrang.html", "[二手市场] 出人工智能训练师高级证书名额，可挂靠",
 """<div class="post"><span class="author">楼主：国职通小助手</span><p>中科人才评价中心内部名额，一级高级技师，全国联网可查，拿证后可挂靠企业年入 3-5 万。不限学历，45 天出证。感兴趣加 V：gzt_vip666</p></div>
<div class="reply"><span class="author">2楼 路人甲</span><p>AI 训练师挂靠？第一次听说……</p></div>""",
 "U08 forum post (挂靠 lure, level 1 without conditions)", "U08", "中科人才评价中心",
 [("wechat", "gzt_vip666", "gzt_vip666")])
page("/njforum/thread-kaodian.html", "[职场交流] 苏州考点实操题分享 + 小范围一对一辅导",
 """<div class="post"><span class="author">楼主：小林同学</span><p>刚在南京信息职业技术学院考完四级，考点前台 025-8584 6210 可以问具体报到时间。实操主要是图像框选和文本分类质检。本人苏大研究生，可以周末一对一辅导实操，300 元/次，手机 199-5173-4260。</p></div>""",
 "I02 individual tutor in forum", "I02", "小林同学",
 [("phone", "+8619951734260", "199-5173-4260")])
page("/njforum/thread-jianzhi.html", "[招聘求职] 招在家数据标注员，需先考岗证，江宁可面试",
 """<div class="post"><span class="author">楼主：码上标注-陈姐</span><p>长期招聘数据标注员，可在家做。需先参加我们的岗前培训（含人工智能训练师五级考证辅导），培训后统一派单。考点为南京信息职业技术学院，考点前台 025-8584 6210。</p><p>加微信 msbz_2023 或打 177 5109 2836。</p></div>""",
 "U05 forum 'job' post requiring paid training", "U05", "码上标注",
 [("wechat", "msbz_2023", "msbz_2023"), ("phone", "+8617751092836", "177 5109 2836")])
page("/njforum/thread-wangqian.html", "[曝光] 交了 6800 报人工智能训练师，对方直接拉黑！",
 """<div class="post"><span class="author">楼主：被坑的小王</span><p>去年在朋友圈看到广告，说人社部颁发、包过、能挂靠。转账 6800 给对方，骗子电话 17712093345，现在已经打不通。已经打 12315 和 110 报案，大家引以为戒。</p></div>
<div class="reply"><span class="author">2楼 南京小白兔</span><p>太可怕了，我差点也报了。我微信 lily_njxq，想组团维权的加我。</p></div>""",
 "non-offer: complaint with scam number", None)
page("/njforum/thread-jingyan.html", "[职场交流] 人工智能训练师五级备考经验（附查询方法）",
 """<div class="post"><span class="author">楼主：数据民工</span><p>正规的证书是评价机构发的，不是人社部直接发。拿到后在 zscx.osta.org.cn 输入姓名、身份证和证书编号查询。有疑问可以打 12333。报名前先去 pjjg.osta.org.cn 查机构有没有备案人工智能训练师。</p></div>
<div class="reply"><span class="author">3楼 南京小白兔</span><p>谢谢分享！lily_njxq 求备考资料。</p></div>""",
 "non-offer: exam experience / how to verify", None)

# ================= wenda =================
page("/wenda/q-101.html", "苏州哪里可以考人工智能训练师？靠谱吗？",
 """<div class="q">提问者：匿名用户 · 苏州工业园区</div>
<div class="ans"><b>答主 苏州数智人才-顾老师：</b><p>我们在姑苏区，五级到三级都有班，按标准审核报考条件，不能跨级。参保满一年可申请补贴。需要简章可以加V：gsszy2020，或者 Q 3150427786。</p></div>
<div class="ans"><b>答主 路过的HR：</b><p>认准备案机构，证书能在 zscx.osta.org.cn 查到才算。</p></div>""",
 "U02 sales answer in Q&A", "U02", "苏州数智人才",
 [("wechat", "gsszy2020", "gsszy2020"), ("qq", "3150427786", "3150427786")])
page("/wenda/q-102.html", "人工智能训练师证书多少钱？有没有快一点拿证的？",
 """<div class="ans"><b>答主 中科智训-刘老师：</b><p>我们是中科智训认证中心，人社部颁发，工信部备案，全国联网可查，不用考试也能拿证，最快 20 天下证，包过！咨询热线 400 811 6620，微信 zkzx_laoshi。</p></div>
<div class="ans"><b>答主 考证避坑指南：</b><p>说不用考试就能拿证的都是山寨证书，别信。</p></div>""",
 "U03 sales answer (不用考试, 包过, 工信部备案)", "U03", "中科智训认证中心",
 [("phone", "4008116620", "400 811 6620"), ("wechat", "zkzx_laoshi", "zkzx_laoshi")])
page("/wenda/q-103.html", "昆山有人工智能训练师的培训班吗？",
 """<div class="ans"><b>答主 智标教育：</b><p>昆山开发区有班，晚上和周末上课，五级四级为主。报名电话 137-7632-4518，学员交流 QQ群：735120486。</p></div>
<div class="ans"><b>答主 南京小白兔：</b><p>同问，有消息加我 lily_njxq。</p></div>""",
 "U06 sales answer", "U06", "智标教育",
 [("phone", "+8613776324518", "137-7632-4518"), ("qq_group", "735120486", "735120486")])
page("/wenda/q-104.html", "园区上班族想考人工智能训练师，应该怎么准备？",
 """<div class="ans"><b>答主 启明培训-张老师：</b><p>建议先看 2021 版国家职业技能标准，五级侧重数据采集与标注。我们园区启明培训中心每月开一期五级班，学费 1380 元，报名可填 jinshuju.net/f/qmpx，也可咨询吴中区人社局 0512-6525 1234 了解补贴。中心电话 0512-62851907。</p></div>""",
 "I03 training centre answer", "I03", "苏州园区启明培训中心",
 [("phone", "051262851907", "0512-62851907")])
page("/wenda/q-105.html", "怎么辨别人工智能训练师证书真假？",
 """<div class="ans"><b>答主 人社小助手：</b><p>人工智能训练师属于职业技能等级证书，由备案的评价机构颁发，不是人社部颁发，也不是国家职业资格证书。查询：zscx.osta.org.cn；机构备案：pjjg.osta.org.cn。遇到“包过”“免考”宣传可拨打 12333 咨询或 12315 投诉。</p></div>""",
 "non-offer: verification guide", None)

# ================= wxrepost =================
page("/wxrepost/a-2201.html", "苏州数智人才｜2026 人工智能训练师开班通知",
 """<div class="src">来源公众号：苏州数智人才 · 转载</div>
<p>7 月 12 日开班，五级/四级周末班，地点姑苏区人民路。认定由备案评价机构组织，证书 zscx.osta.org.cn 可查。</p>
<p>长按添加顾老师：GSSZY2020，或致电 15262418830。</p>""",
 "U02 WeChat article repost", "U02", "苏州数智人才",
 [("wechat", "gsszy2020", "GSSZY2020"), ("phone", "+8615262418830", "15262418830")])
page("/wxrepost/a-2202.html", "江宁这所培训学校开设人工智能训练师补贴班",
 """<div class="src">来源公众号：江宁职培 · 转载</div>
<p>南京江宁智能制造职业培训学校（统一社会信用代码 %s）本期报名批次：15120260412。合作评价机构：江苏苏创职业技能评价中心（统一社会信用代码 %s）。</p>
<p>咨询电话：025-52187760（工作日）。</p>""" % (U07_USCC, EVAL_USCC),
 "U07 WeChat article repost", "U07", "南京江宁智能制造职业培训学校",
 [("uscc", U07_USCC, U07_USCC), ("phone", "02552187760", "025-52187760")])
page("/wxrepost/a-2203.html", "国职通：AI 时代，一本证书让你躺赚",
 """<div class="src">来源公众号：国职通职业发展 · 转载</div>
<p>人工智能训练师一级（高级技师），国家职业资格证书，人社部颁发！可挂靠，可落户，可评职称。零基础 45 天拿证。证书样本编号 Y000132000001253000168。</p>
<p>名额咨询：158 5063 9127（微信同号 gzt_vip666）。</p>""",
 "U08 WeChat repost (国家职业资格, 挂靠)", "U08", "国职通",
 [("phone", "+8615850639127", "158 5063 9127"), ("wechat", "gzt_vip666", "gzt_vip666")])
page("/wxrepost/a-2204.html", "人社部门提醒：警惕“山寨证书”，这些话术都是坑",
 """<div class="src">来源公众号：江苏人社 · 转载</div>
<p>“包过”“免培训直接发证”“人社部颁发”都是常见话术。职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询。近期有群众举报骗子电话 177-1209-3345，以代报名为由收费后失联。</p>
<p>如遇此类情况，请拨打 12333 或 12315。</p>""",
 "non-offer: official warning repost", None)
page("/wxrepost/a-2205.html", "证书速通｜人工智能训练师 最后 20 个名额",
 """<div class="src">来源公众号：证书速通 · 转载</div>
<p>不用上课不用考试，资料齐全直接出证，包过！三级二级一起报更优惠。</p>
<p>报名热线 18651826734，微信 sutong_zs88。</p>""",
 "U04 WeChat repost", "U04", "证书速通",
 [("phone", "+8618651826734", "18651826734"), ("wechat", "sutong_zs88", "sutong_zs88")])

# ================= rsj =================
page("/rsj/notice-butie.html", "关于做好 2026 年度技能提升补贴申领工作的通知",
 """<p>各参保单位、参保职工：根据有关政策，参加失业保险累计满 1 年的职工取得职业技能等级证书的，可按规定申领技能提升补贴（五级最高 1000 元、四级 1500 元、三级 2000 元）。二级、一级不在补贴范围内。</p>
<p>咨询电话：0512-6525 1234；全国人社服务热线 12333。</p>""",
 "non-offer: official subsidy notice", None)
page("/rsj/notice-shanzhai.html", "关于防范“山寨证书”和虚假培训广告的提示",
 """<p>近期有不法分子冒用人社部门名义，宣称“人社部颁发”“包过”“可挂靠”，诱导群众缴费。经群众反映，涉嫌号码包括 17712093345 等。请认准备案评价机构，证书可在 zscx.osta.org.cn 查询。</p>
<p>举报投诉：12333、12315。</p>""",
 "non-offer: official warning quoting scam number", None)

# ================= fenlei =================
page("/fenlei/post-8801.html", "人工智能训练师证 快速办理 包过 不用考试",
 """<div class="info">类别：教育培训 · 发布人：速通教育 · 南京</div>
<p>人工智能训练师各等级均可办理，资料齐全直接出证，全国可查。</p>
<p>联系电话：１８６５１８２６７３４　vx: Sutong_ZS88</p>""",
 "U04 classified ad", "U04", "速通教育",
 [("phone", "+8618651826734", "１８６５１８２６７３４"), ("wechat", "sutong_zs88", "Sutong_ZS88")])
page("/fenlei/post-8802.html", "昆山 人工智能训练师 五级四级 晚班 周末班",
 """<div class="info">类别：教育培训 · 发布人：智标教育 · 昆山</div>
<p>昆山开发区前进东路教学点，小班授课，真实标注项目实操。报考条件按国家标准审核。</p>
<p>电话 13776324518　微信 ks_zhibiao</p>""",
 "U06 classified ad", "U06", "智标教育",
 [("phone", "+8613776324518", "13776324518"), ("wechat", "ks_zhibiao", "ks_zhibiao")])
page("/fenlei/post-8803.html", "中科智训认证中心 人工智能训练师 一级二级 直接报 官方认证",
 """<div class="info">类别：教育培训 · 发布人：中科智训认证中心</div>
<p>国家级证书，官方认证，不限学历不限专业，无门槛，报名即包过。费用可走对公，对公户名：南京启赋信息咨询有限公司，也支持支付宝付款（支付宝客服 95188 可查交易）。</p>
<p>加微信 zkzx_laoshi（备注证书）。</p>""",
 "U03 classified ad", "U03", "中科智训认证中心",
 [("wechat", "zkzx_laoshi", "zkzx_laoshi"), ("other", "南京启赋信息咨询有限公司", "南京启赋信息咨询有限公司")])
page("/fenlei/post-8804.html", "栖霞区 人工智能训练师五级培训 招生",
 """<div class="info">类别：教育培训 · 发布人：天行职业技能培训中心 · 南京栖霞</div>
<p>南京栖霞天行职业技能培训中心（统一社会信用代码 %s）开设五级班，学费 1200 元，须满足 1 年相关工作经历。</p>
<p>联系：133-5771-2084</p>""" % I04_USCC,
 "I04 classified ad", "I04", "南京栖霞天行职业技能培训中心",
 [("uscc", I04_USCC, I04_USCC), ("phone", "+8613357712084", "133-5771-2084")])
page("/fenlei/post-8805.html", "招聘 数据标注员 在家可做 需岗前培训",
 """<div class="info">类别：招聘求职 · 发布人：码上标注工作室</div>
<p>岗前培训 1299 元，包含人工智能训练师考证辅导，培训合格后派单。</p>
<p>简历投递：mashang_bz#163.com（#换成@），微信 msbz_2023。</p>""",
 "U05 classified 'job' ad", "U05", "码上标注工作室",
 [("email", "mashang_bz@163.com", "mashang_bz#163.com"), ("wechat", "msbz_2023", "msbz_2023")])

# ================= shipin =================
page("/shipin/v-301.html", "@中科智训 人社部颁发的AI证书，不考也能拿？",
 """<div class="video">[视频] 时长 00:48 · 点赞 3.2w</div>
<p class="desc">人工智能训练师三证联报，包过！官方认证，全国联网可查 #人工智能训练师</p>
<p class="desc">主页简介：扣扣 2837 461 950 ｜ 对公：南京启赋信息咨询有限公司</p>""",
 "U03 short video", "U03", "中科智训",
 [("qq", "2837461950", "2837 461 950"), ("other", "南京启赋信息咨询有限公司", "南京启赋信息咨询有限公司")])
page("/shipin/v-302.html", "@国职通 一本证书躺赚年薪",
 """<div class="video">[视频] 时长 01:05 · 点赞 8812</div>
<p class="desc">人工智能训练师一级，挂靠年入 3 万+，零基础，联系 158-5063-9127，收款人：陈立辉（支付宝，支付宝客服 95188）。</p>""",
 "U08 short video", "U08", "国职通",
 [("phone", "+8615850639127", "158-5063-9127"), ("other", "陈立辉", "陈立辉")])
page("/shipin/v-303.html", "@智能引擎学堂 90%小白都能学会的AI副业",
 """<div class="video">[视频] 时长 00:32 · 点赞 1.5w</div>
<p class="desc">原价9999限时99，双证书！官网 www.znyq.com.cn，私信或加 znyq_xiaozhu 领资料。</p>""",
 "U09 short video", "U09", "智能引擎学堂",
 [("domain", "znyq.com.cn", "www.znyq.com.cn"), ("wechat", "znyq_xiaozhu", "znyq_xiaozhu")])
page("/shipin/v-304.html", "@阿杰聊AI 我考人工智能训练师四级的真实经历",
 """<div class="video">[视频] 时长 03:12 · 点赞 2104</div>
<p class="desc">考试分理论和实操，都是 60 分及格，不存在包过。想跟我学标注实操的，我开了个 3 周的线上小课 399，加 ajie_ai2025。</p>""",
 "I05 short video creator selling own small course", "I05", "阿杰聊AI",
 [("wechat", "ajie_ai2025", "ajie_ai2025")])
page("/shipin/v-305.html", "@智标教育 昆山晚班实拍",
 """<div class="video">[视频] 时长 00:58 · 点赞 655</div>
<p class="desc">昆山人工智能训练师五级四级晚班正在招生，学员群号735 120 486，微信 ks_zhibiao。</p>""",
 "U06 short video", "U06", "智标教育",
 [("qq_group", "735120486", "735 120 486"), ("wechat", "ks_zhibiao", "ks_zhibiao")])

# ================= jyblog =================
page("/jyblog/post-jiangning.html", "实地探访：江宁一家做人工智能训练师补贴培训的学校（推广）",
 """<p class="meta">2026-05-18 · 分类：考证 · 本文为合作推广</p>
<p>上周去江宁看了南京江宁智能制造职业培训学校，机房 60 个位，老师讲的是标准里的数据采集和处理。五级 1500 元，参保职工可以申请补贴。</p>
<p>学校招生办电话 (025)5218-7760，邮箱 jnzpxx@126.com，报名请直接联系学校。</p>""",
 "U07 advertorial on a personal blog", "U07", "南京江宁智能制造职业培训学校",
 [("phone", "02552187760", "(025)5218-7760"), ("email", "jnzpxx@126.com", "jnzpxx@126.com")])
page("/jyblog/post-aigc.html", "AI 副业到底能不能做？附一个我在上的课（有广告）",
 """<p class="meta">2026-06-02 · 分类：职场 · 含推广</p>
<p>智能引擎学堂的“人工智能训练师+AIGC”课程，99 元，内容偏入门。注意它发的是培训机构结业证书，不是职业技能等级证书。</p>
<p>报名：加班主任 znyq_xiaozhu，或发邮件 SERVICE@ZNYQ.COM.CN。</p>""",
 "U09 blog post with affiliate ad", "U09", "智能引擎学堂",
 [("wechat", "znyq_xiaozhu", "znyq_xiaozhu"), ("email", "service@znyq.com.cn", "SERVICE@ZNYQ.COM.CN")])
page("/jyblog/post-luohu.html", "南京积分落户：技能证书到底加几分？",
 """<p class="meta">2026-04-10 · 分类：生活</p>
<p>不同城市规定不同，技能证书加分要求工种与岗位对应，具体看当地人社部门公布的目录，电话咨询 12333 最靠谱。本文不涉及任何培训推广。</p>""",
 "non-offer: unrelated blog post", None)

# ================= college =================
page("/college/ai-trainer-2026.html", "2026 年人工智能训练师（四级/三级）社会培训招生通知",
 """<p>我院为社会人员开设人工智能训练师培训，四级 1600 元、三级 2200 元，认定考核由我院备案的评价机构组织，本期报名批次：15120260412。</p>
<p>报考条件严格按《人工智能训练师国家职业技能标准（2021 年版）》审核。证书查询：zscx.osta.org.cn。</p>
<p>联系：继续教育学院培训科 0512-6801 9255，邮箱 jxjy@szxxzy.edu.cn。</p>""",
 "I06 college enrolment notice", "I06", "苏州信息职业学院继续教育学院",
 [("phone", "051268019255", "0512-6801 9255"), ("email", "jxjy@szxxzy.edu.cn", "jxjy@szxxzy.edu.cn")])
page("/college/xueli.html", "2026 年成人高等教育招生简章",
 """<p>我院 2026 年成人高考招生专业：计算机应用技术、大数据技术、电子商务等，报名以江苏省教育考试院网上报名为准。</p>""",
 "non-offer: unrelated college page", None)

# ================= index pages =================
def site_index(site, title, intro):
    links = [p for p in PAGES if p["path"].startswith("/%s/" % site) and not p["path"].endswith("index.html")]
    body = "<p>%s</p><ul class=\"list\">" % intro + "".join('<li><a href="%s">%s</a></li>' % (p["path"], p["title"]) for p in links) + "</ul>"
    page("/%s/index.html" % site, title, body, "non-offer: site index")

site_index("kechengbang", "职业考证 · AI 课程", "精选职业技能课程，平台担保交易。")
site_index("njforum", "职场交流 / 二手市场 帖子列表", "南京人自己的论坛。")
site_index("wenda", "职业教育 热门问题", "有问题就问，答主观点仅供参考。")
site_index("wxrepost", "教育 · 职场 精选转载", "每日精选公众号文章。")
site_index("rsj", "通知公告", "吴中区人社局政务信息公开。")
site_index("fenlei", "教育培训 / 招聘求职 信息列表", "免费发布本地分类信息。")
site_index("shipin", "知识 · 职场 推荐视频", "网页版仅展示视频简介。")
site_index("jyblog", "最新文章", "一个南京打工人的职场和生活记录。")
site_index("college", "继续教育学院 招生信息", "面向社会开展职业技能培训与学历继续教育。")
# company indexes link their own pages already; also add links to gsszy brochure exists.

DECOYS = [
 ("phone", "12333", ["12333"], "national 人社 service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site quoted by everyone"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL quoted by a scam seller"),
 ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official list of evaluation organisations"),
 ("phone", "4000178899", ["400-017-8899"], "marketplace customer-service hotline in footer"),
 ("email", "kefu@kechengbang.com", ["kefu@kechengbang.com"], "marketplace footer e-mail"),
 ("domain", "kechengbang.com", ["kechengbang.com"], "marketplace's own domain in footer"),
 ("other", "沪ICP备18034527号", ["沪ICP备18034527号-2"], "marketplace ICP number"),
 ("qq", "1507338821", ["1507338821"], "forum moderator QQ in footer"),
 ("qq_group", "618203374", ["618203374"], "forum's own QQ group in footer"),
 ("email", "report@shicheng-bbs.cn", ["report@shicheng-bbs.cn"], "forum abuse e-mail in footer"),
 ("other", "苏ICP备15022817号", ["苏ICP备15022817号"], "forum ICP number"),
 ("phone", "01057932260", ["010-5793 2260"], "Q&A platform contact in footer"),
 ("wechat", "weiwenzhai_bd", ["weiwenzhai_bd"], "repost platform's business WeChat in footer"),
 ("email", "hezuo@weiwenzhai.cn", ["hezuo@weiwenzhai.cn"], "repost platform e-mail in footer"),
 ("phone", "4006625858", ["400-662-5858"], "classifieds customer service in footer"),
 ("email", "jubao@kuaikanvideo.com", ["jubao@kuaikanvideo.com"], "video platform report e-mail in footer"),
 ("phone", "+8617712093345", ["17712093345", "177-1209-3345"], "scam number quoted in complaints, warnings and a forum reply"),
 ("phone", "+8615120260412", ["15120260412"], "an exam batch number that looks like a mobile"),
 ("phone", "+8613952047718", ["13952047718"], "an order number in the marketplace 'recent orders' sidebar"),
 ("other", "Y000132000001253000168", ["Y000132000001253000168"], "certificate sample number copied between ads"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder in classifieds sidebar"),
 ("wechat", "wxid_xxxxxx", ["wxid_xxxxxx"], "template placeholder on video pages"),
 ("wechat", "lily_njxq", ["lily_njxq"], "a reader's own WeChat in comments"),
 ("phone", "02585846210", ["025-8584 6210"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
 ("phone", "95188", ["95188"], "payment platform hotline"),
 ("phone", "051265251234", ["0512-6525 1234"], "district 人社局 consultation number quoted by sellers"),
 ("uscc", EVAL_USCC, [EVAL_USCC], "third-party evaluation centre's credit code quoted by two sellers"),
]

def bounded(form):
    return re.compile(r"(?<![0-9A-Za-z_@.\-])" + re.escape(form) + r"(?![0-9A-Za-z_])", re.I)

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    html = {}
    for p in PAGES:
        html[p["path"]] = render(p)
    # hub
    sites = sorted(SITES)
    hub = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>导航</title></head><body>'
           '<h1>网址导航 · 南京/苏州 本周搜索记录</h1><ul>' +
           "".join('<li><a href="/%s/index.html">%s</a></li>' % (s, SITES[s]["name"]) for s in sites) + "</ul></body></html>\n")
    html["/index.html"] = hub
    for path, text in html.items():
        fp = os.path.join(OUT, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    # sanity: written forms present
    for p in PAGES:
        for k, v, w in p["ids"]:
            assert w in html[p["path"]], (p["path"], w)
    seller_vals = {(k, v) for p in PAGES for k, v, w in p["ids"]}
    decoys = []
    for k, v, forms, why in DECOYS:
        assert (k, v) not in seller_vals, v
        pages = sorted(path for path, t in html.items() if any(f in t for f in forms))
        pages_b = sorted(path for path, t in html.items() if any(bounded(f).search(t) for f in forms))
        assert pages == pages_b, (v, pages, pages_b)
        if len(pages) < 2: print('FEW', v, pages)
        decoys.append(dict(kind=k, value=v, written=forms, pages=pages, why=why))
    # ownership: an identifier value belongs to one seller only
    owner = {}
    for p in PAGES:
        for k, v, w in p["ids"]:
            assert owner.setdefault((k, v), p["operator"]) == p["operator"], (k, v)
    operators = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = operators.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    pages = [dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                  identifiers=[list(x) for x in p["ids"]], note=p["note"]) for p in PAGES]
    pages.append(dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub"))
    pages.sort(key=lambda x: x["path"])
    truth = dict(pages=pages, operators=dict(sorted(operators.items())), decoys=decoys)
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
