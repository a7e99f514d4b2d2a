#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.

Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [pow(3, i, 31) for i in range(17)]


def org_check(org8):
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in org8]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, WEIGHTS))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]


U01_USCC = uscc("52610402", "MJY73K2A")   # 民办非企业, 咸阳秦都
U05_USCC = uscc("91110108", "MA01Q7FB")   # 企业, 北京海淀
U07_USCC = uscc("52450802", "MJX91406")   # 民办非企业, 贵港港北
U09_USCC = uscc("91610131", "MA6U2R8D")   # 企业, 西安高新

# ---------------------------------------------------------------- identifiers
# key -> (kind, normalized value)
ID = {
    # U01 秦创
    "m1": ("phone", "+8618691047352"),
    "l1": ("phone", "02933256718"),
    "w1": ("wechat", "qinchuang_edu"),
    "u1": ("uscc", U01_USCC),
    "d1": ("domain", "qcpx-xy.cn"),
    # U02 智途
    "m2": ("phone", "+8617776523108"),
    "w2": ("wechat", "zt-ai2025"),
    "q2": ("qq", "2851736409"),
    "f2": ("phone", "4008762315"),
    # U03 华职云课
    "e3": ("email", "huazhiyun@163.com"),
    "m3": ("phone", "+8615319874420"),
    "g3": ("qq_group", "738215064"),
    "d3": ("domain", "hzyk.net"),
    # U04 渭数
    "m4": ("phone", "+8613488092651"),
    "w4": ("wechat", "wcbz0910"),
    "o4": ("other", "咸阳渭数信息科技有限公司"),
    # U05 中科智培
    "f5": ("phone", "4000185627"),
    "d5": ("domain", "zkzp-cx.com"),
    "u5": ("uscc", U05_USCC),
    "q5": ("qq", "3368012957"),
    # U06 李老师
    "m6": ("phone", "+8619977536024"),
    "w6": ("wechat", "lls_gg789"),
    # U07 港城
    "l7": ("phone", "07754236871"),
    "e7": ("email", "gcpx@gczypx.cn"),
    "d7": ("domain", "gczypx.cn"),
    "u7": ("uscc", U07_USCC),
    # U08 考证助手
    "w8": ("wechat", "aixunlian_kz"),
    "m8": ("phone", "+8613659480217"),
    # U09 西部数智
    "m9": ("phone", "+8618092415536"),
    "e9": ("email", "xbszrc@126.com"),
    "u9": ("uscc", U09_USCC),
    "o9": ("other", "西安西部数智人才服务有限公司"),
    # independents
    "i1": ("phone", "+8615191087734"),
    "i2": ("wechat", "nanshu_ai88"),
    "i3": ("qq", "1946702853"),
    "i4": ("phone", "07753382915"),
    "i5": ("domain", "xbxai.cn"),
    "i6": ("email", "fengyi_px@163.com"),
}

# ---------------------------------------------------------------- sites
SITES = {
    "qinchuang": dict(name="咸阳市秦创职业技能培训学校", dom="www.qcpx-xy.cn", style="training-company",
                      menu=["首页", "学校简介", "培训项目", "招生简章", "学校动态", "联系我们"],
                      foot="地址：咸阳市秦都区人民西路中段 | 官网 www.qcpx-xy.cn"),
    "gczypx": dict(name="贵港市港城职业培训学校", dom="www.gczypx.cn", style="training-company",
                   menu=["首页", "学校概况", "职业技能培训", "补贴政策", "在线报名"],
                   foot="地址：贵港市港北区金港大道 | 版权所有 港城职培"),
    "kecheng": dict(name="学途课堂·职业技能课程市场", dom="www.xuetuketang.com", style="course-marketplace",
                    menu=["首页", "职业资格", "技能等级", "IT/AI", "企业内训", "讲师入驻"],
                    foot="平台客服热线 400-660-2187（9:00-21:00） | 学途课堂 xuetuketang.com | 京ICP备19052231号"),
    "bbs": dict(name="职场考证论坛", dom="bbs.zckz.net", style="forum",
                menu=["论坛首页", "考证交流", "技能等级", "避坑曝光", "地区版块"],
                foot="站务联系：service@zckzbbs.com | 职场考证论坛 bbs.zckz.net"),
    "fenlei": dict(name="百城分类信息网", dom="www.baicheng-fl.com", style="classifieds",
                   menu=["首页", "招聘", "教育培训", "二手", "房产", "本地服务"],
                   foot="百城分类信息网 baicheng-fl.com | 陕ICP备2021008763号-2 | 举报：jubao@baicheng-fl.com"),
    "wenda": dict(name="问问知道", dom="www.wenwenzd.com", style="qa",
                  menu=["首页", "教育", "职场", "考证", "我要提问"],
                  foot="问问知道 客服电话 010-56203377 | wenwenzd.com"),
    "mp": dict(name="微文摘·公众号文章转载", dom="www.weiwenzhai.cn", style="wechat-repost",
               menu=["首页", "教育", "职场", "本地", "科技"],
               foot="本站内容转载自微信公众号，如有侵权请联系 copyright@weiwenzhai.cn"),
    "video": dict(name="快看视频", dom="www.kuaikan-v.com", style="short-video",
                  menu=["推荐", "关注", "同城", "知识", "直播"],
                  foot="快看视频 kuaikan-v.com | 网络文化经营许可证 京网文〔2023〕1187-045号"),
    "news": dict(name="渭水新闻网", dom="www.weishuinews.cn", style="news",
                 menu=["首页", "时政", "民生", "教育", "推广"],
                 foot="渭水新闻网 新闻热线 029-33089110 | 违法和不良信息举报 weishuinews.cn"),
    "rsj": dict(name="贵港市港北区人力资源和社会保障局", dom="rsj.gbq-gov.cn", style="government-notice",
                menu=["首页", "通知公告", "就业创业", "职业能力建设", "社会保障", "政务公开"],
                foot="主办：港北区人力资源和社会保障局 | 人社服务热线 12333"),
    "shop": dict(name="优选商城", dom="www.youxuan-mall.com", style="shop",
                 menu=["首页", "教育培训", "图书", "数码", "生活"],
                 foot="优选商城 商家交流QQ群 562019843 | 支付由支付宝提供 | youxuan-mall.com"),
}

PAGES = []   # dicts with path, site, title, body, truth info


def P(path, site, title, body, offer=False, op=None, provider=None, ids=(), note="", crumbs=None, side=None):
    PAGES.append(dict(path=path, site=site, title=title, body=body, offer=offer, op=op,
                      provider=provider, ids=list(ids), note=note, crumbs=crumbs, side=side))


# ================================================================ pages
# ---------------- qinchuang (U01 own site)
P("/qinchuang/course-ai.html", "qinchuang", "人工智能训练师（五级/四级/三级）职业技能培训",
  """<h1>人工智能训练师职业技能等级培训</h1>
<p>职业编码：4-04-05-05，工种：数据标注员、人工智能算法测试员。本校为咸阳市人社局公布的职业技能培训定点机构，开设五级（初级工）、四级（中级工）、三级（高级工）培训班。</p>
<h2>报名条件</h2>
<ul><li>五级：累计从事本职业或相关职业工作满1年（含），或本职业学徒期满；</li>
<li>四级：取得五级证书后从事本职业工作满4年，或累计工作满6年，或技工院校相关专业毕业；</li>
<li>三级：取得四级证书后工作满5年等（详见国家职业技能标准2021年版）。</li></ul>
<h2>课时与费用</h2>
<p>五级60课时，四级50课时，三级40课时，理论+实操（数据采集、清洗、标注、模型测试）。培训费按物价备案标准收取，认定费另计，以评价机构收费公示为准。</p>
<p>符合条件的参保职工取证后可申请失业保险技能提升补贴（五级最高1000元、四级1500元、三级2000元），具体以当地人社部门审核为准，政策咨询可拨打12333。</p>
<p>证书为职业技能等级证书，由备案的评价机构颁发，可登录 jndj.osta.org.cn 查询。本校不承诺“包过”。</p>
<div class="contact"><p>招生办：029-33256718　|　手机/微信：186 9104 7352</p>
<p>办学单位：咸阳市秦创职业技能培训学校　统一社会信用代码：""" + U01_USCC + """</p>
<p>学校官网：www.qcpx-xy.cn</p></div>""",
  offer=True, op="U01", provider="咸阳市秦创职业技能培训学校",
  ids=[("l1", "029-33256718"), ("m1", "186 9104 7352"), ("u1", U01_USCC), ("d1", "www.qcpx-xy.cn")],
  note="training school's own course page, honest (correct eligibility, subsidy caps, no 包过)")

P("/qinchuang/class-2026-spring.html", "qinchuang", "2026年春季人工智能训练师（数据标注方向）招生简章",
  """<h1>2026年春季班招生简章</h1>
<p>开班时间：2026年3月下旬（周末班/晚班），地点：秦都区人民西路校区三楼机房。</p>
<p>招生对象：从事电商客服、数据录入、标注外包等相关工作满1年的在职人员；应届中职生可报名四级（需学校出具证明）。</p>
<p>考点：咸阳职业技术学院实训楼（考点前台 029-33212660，仅负责考场事务，不接受报名咨询）。</p>
<p>报名咨询：(029)3325 6718，或添加招生老师微信 QinChuang_Edu（备注：AI训练师）。</p>
<p>温馨提示：报名缴费请认准学校对公账户，不通过个人账户收费。</p>""",
  offer=True, op="U01", provider="秦创职业技能培训学校",
  ids=[("l1", "(029)3325 6718"), ("w1", "QinChuang_Edu")],
  note="same school, spring enrolment notice")

P("/qinchuang/news-2025-graduation.html", "qinchuang", "我校2025年第四期职业技能培训班顺利结业",
  """<h1>我校2025年第四期职业技能培训班顺利结业</h1>
<p>12月中旬，我校第四期电工、育婴员、人工智能训练师培训班顺利结业。学员参加了由备案评价机构组织的理论知识考试和操作技能考核。</p>
<p>提醒广大学员：证书查询请通过技能人才评价证书全国联网查询 zscx.osta.org.cn，谨防假冒查询网站。如遇以培训为名收费不退等情况，可拨打12315投诉。</p>""",
  note="school news, non-offer")

# ---------------- gczypx (U07 own site)
P("/gczypx/zhaosheng-ai.html", "gczypx", "人工智能训练师职业技能等级认定培训招生",
  """<h1>人工智能训练师（4-04-05-05）培训招生</h1>
<p>贵港市港城职业培训学校面向港北、港南、覃塘及桂平、平南学员开设人工智能训练师五级、四级培训。课程由本校专职教师与合作企业数据标注项目经理共同授课。</p>
<p>培训内容：数据采集与处理、数据标注（图像/文本/语音）、智能系统运维基础。理论考试与操作技能考核均为百分制，60分合格。</p>
<p>补贴说明：参加失业保险满1年的企业职工，取证后可按规定申请技能提升补贴；就业困难人员可参加补贴性培训。政策以人社部门公布为准，咨询电话12333。</p>
<p>证书查询：zscx.osta.org.cn（技能人才评价证书全国联网查询）。证书样本编号示例：S000045071260253000123（仅示例，非真实证书）。</p>
<div class="contact"><p>联系电话：0775-4236871　电子邮箱：gcpx@gczypx.cn</p>
<p>统一社会信用代码：""" + U07_USCC + """　网址：www.gczypx.cn</p></div>""",
  offer=True, op="U07", provider="贵港市港城职业培训学校",
  ids=[("l7", "0775-4236871"), ("e7", "gcpx@gczypx.cn"), ("u7", U07_USCC), ("d7", "www.gczypx.cn")],
  note="Guigang training school's own page, honest")

P("/gczypx/biaozhu-ban.html", "gczypx", "数据标注员（人工智能训练师五级）周末班",
  """<h1>数据标注员周末班开课通知</h1>
<p>本期面向在职人员，周六周日全天授课，共60课时，结业后统一参加五级认定。需提供1年以上相关工作证明。</p>
<p>港城职校本期面向在职人员。报名请携带身份证复印件到校登记，或电话 0775 4236871 预约。更多信息见 gczypx.cn 。</p>""",
  offer=True, op="U07", provider="港城职校",
  ids=[("l7", "0775 4236871"), ("d7", "gczypx.cn")],
  note="same school, weekend class")

# ---------------- kecheng (course marketplace)
P("/kecheng/course-3102.html", "kecheng", "【三证合一】人工智能训练师+数据标注员+AIGC应用师 零基础速成",
  """<h1>【三证合一】人工智能训练师+数据标注员+AIGC应用师</h1>
<p class="meta">课程ID：13310260415　｜　机构：华职云课　｜　已报名 3,862 人　｜　好评率 98%</p>
<p>零基础可学！不限学历、不限专业，最快30天拿证。一次报名三证同出，单报一证1680元，三证合报仅需3280元。</p>
<p>证书国家认可，全国通用，可用于求职、升职加薪、积分落户。</p>
<p>机构咨询邮箱：huazhiyun@163.com　课程官网：www.hzyk.net</p>
<h3>学员评价</h3><p>用户a***9：老师回复很快，资料挺多。</p>""",
  offer=True, op="U03", provider="华职云课",
  ids=[("e3", "huazhiyun@163.com"), ("d3", "www.hzyk.net")],
  note="marketplace listing: three-certificate bundle, price per certificate, 零基础 (dishonest)")

P("/kecheng/course-3377.html", "kecheng", "国家人工智能训练师（二级/技师）证书班 人社部颁发 官网可查",
  """<h1>人工智能训练师二级（技师）证书班</h1>
<p class="meta">课程ID：20260108377　｜　机构：中科智培(北京)教育科技</p>
<p>人社部颁发，国家职业资格证书，全国联网可查！无需工作经验，零基础直接报考技师，考试不过全额退费。</p>
<p>证书查询官网：www.zkzp-cx.com（输入身份证号即可查询）。</p>
<p>报名热线：400-018-5627</p>
<p>主办单位统一社会信用代码：""" + U05_USCC + """</p>""",
  offer=True, op="U05", provider="中科智培(北京)教育科技",
  ids=[("f5", "400-018-5627"), ("d5", "www.zkzp-cx.com"), ("u5", U05_USCC)],
  note="marketplace listing: level 2 to beginners, 人社部颁发, fake query site (dishonest)")

P("/kecheng/course-3419.html", "kecheng", "人工智能训练师四级（中级工）线上+线下实训课",
  """<h1>人工智能训练师四级（中级工）实训课</h1>
<p class="meta">课程ID：20251203419　｜　机构：西部数智人才</p>
<p>线上理论30%+线下实操70%，线下实训点设在西安、咸阳。报考需满足国家职业技能标准规定的条件，报名时审核工作证明。</p>
<p>证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询。考点：咸阳职业技术学院实训楼，考点前台029-33212660。</p>
<p>课程顾问：180 9241 5536</p>
<p>机构主体：西安西部数智人才服务有限公司（统一社会信用代码 """ + U09_USCC + """）</p>""",
  offer=True, op="U09", provider="西部数智人才",
  ids=[("m9", "180 9241 5536"), ("u9", U09_USCC), ("o9", "西安西部数智人才服务有限公司")],
  note="marketplace listing, honest-ish level 4 course")

# ---------------- bbs (forum)
P("/bbs/thread-88213.html", "bbs", "分享一下我考人工智能训练师的资料（附群）",
  """<div class="post"><div class="author">hzyk小助手 <span>楼主</span></div>
<p>最近很多人问AI训练师证怎么考，整理了一份题库和报考流程，需要的进群领取：738215064。</p>
<p>我们华职这边有三证合一班，零基础也能过，有兴趣发邮件 huazhiyun#163.com 领试听课。</p></div>
<div class="post"><div class="author">咸阳打工人</div><p>求带，我微信 xiaowang_0917，资料发我一份谢谢</p></div>
<div class="post"><div class="author">老鸟</div><p>楼上小心，三证合一这种一般都是培训证书，查不到的。</p></div>""",
  offer=True, op="U03", provider="华职",
  ids=[("g3", "738215064"), ("e3", "huazhiyun#163.com")],
  note="forum thread: seller posing as sharer, QQ group + obfuscated email")

P("/bbs/thread-88305.html", "bbs", "【咸阳】渭城区数据标注培训+推荐上岗，有意向的看看",
  """<div class="post"><div class="author">渭城数据标注培训 <span>楼主</span></div>
<p>我们是渭城区的数据标注基地，承接自动驾驶、语音类标注项目。现开设数据标注员（人工智能训练师五级）培训，结业后可留基地实习，表现好转正。</p>
<p>说明：考证要满足1年相关工作经历，不满足的可以先来实习积累。培训费分期，不包过。</p>
<p>联系：13488092651（同微信 wcbz0910）</p></div>
<div class="post"><div class="author">路人甲</div><p>去看过，场地是真的，人挺多。我电话15991273384，有群拉我一下</p></div>""",
  offer=True, op="U04", provider="渭城数据标注培训",
  ids=[("m4", "13488092651"), ("w4", "wcbz0910")],
  note="forum post by Xianyang labeling base, honest")

P("/bbs/thread-88417.html", "bbs", "贵港考AI训练师证，包过，可挂靠",
  """<div class="post"><div class="author">贵港考证中心李 <span>楼主</span></div>
<p>人工智能训练师高级技师、技师、高级工三级同报，不看学历不看经验，包过！拿证后可挂靠企业，年入两三万不是梦。</p>
<p>名额有限，加V：LLS_gg789</p></div>
<div class="post"><div class="author">咸阳打工人</div><p>真的假的，我微信 xiaowang_0917 细说</p></div>
<div class="post"><div class="author">版主</div><p>提醒：AI训练师证书没有挂靠价值，包过宣传违反广告法，请谨慎。</p></div>""",
  offer=True, op="U06", provider="贵港考证中心李",
  ids=[("w6", "LLS_gg789")],
  note="forum post, dishonest: three levels at once, 包过, 挂靠")

P("/bbs/thread-88520.html", "bbs", "西部数智咸阳教学点 AI训练师四级开班",
  """<div class="post"><div class="author">西部数智-咸阳教学点 <span>楼主</span></div>
<p>咸阳教学点4月开班，四级（中级工），需审核工作年限。实操课在咸阳职业技术学院实训楼，考点前台029-33212660只管考务，报名请找我们。</p>
<p>报名资料发邮箱 xbszrc@126.com，或电话18092415536。</p></div>
<div class="post"><div class="author">路人甲</div><p>价格多少？我电话15991273384</p></div>""",
  offer=True, op="U09", provider="西部数智-咸阳教学点",
  ids=[("e9", "xbszrc@126.com"), ("m9", "18092415536")],
  note="forum post by U09 teaching site")

P("/bbs/thread-88611.html", "bbs", "桂平这边有没有一起报AI训练师五级的？",
  """<div class="post"><div class="author">桂平启航培训 <span>楼主</span></div>
<p>我们是桂平本地的小培训点，五级人工智能训练师凑够15人开班，晚上上课，费用透明，可开发票。</p>
<p>座机：0775-3382915（白天有人）</p></div>""",
  offer=True, op="I04", provider="桂平启航培训",
  ids=[("i4", "0775-3382915")],
  note="independent small training point in Guiping")

P("/bbs/thread-88702.html", "bbs", "【避坑】交了2980说包过AI训练师，现在人联系不上了",
  """<div class="post"><div class="author">受害者小刘 <span>楼主</span></div>
<p>去年在短视频上刷到说人社部颁发、包过的AI训练师证，加了对方微信 kz_laoshi666，交了2980，说是三级。现在电话171 3928 6054打不通，微信也把我拉黑了。</p>
<p>已经打12315投诉了，大家别再上当。</p></div>
<div class="post"><div class="author">版主</div><p>证书请到 zscx.osta.org.cn 查询，查不到的都是假的。</p></div>""",
  note="complaint thread, non-offer, quotes scammer's contacts")

# ---------------- fenlei (classifieds)
P("/fenlei/xy-ai-peixun.html", "fenlei", "咸阳 人工智能训练师培训 可申请补贴 秦创培训",
  """<div class="ad"><h1>咸阳 人工智能训练师培训（五级/四级）</h1>
<table><tr><td>类别</td><td>教育培训 > 职业技能</td></tr><tr><td>区域</td><td>咸阳-秦都</td></tr>
<tr><td>联系人</td><td>刘老师</td></tr><tr><td>电话</td><td>18691047352</td></tr><tr><td>微信</td><td>qinchuang_edu</td></tr></table>
<p>秦创培训常年开班，正规备案培训学校，五级需满1年相关工作经历。参保职工取证后可按规定申领技能提升补贴。证书查询 jndj.osta.org.cn 。</p></div>""",
  offer=True, op="U01", provider="秦创培训",
  ids=[("m1", "18691047352"), ("w1", "qinchuang_edu")],
  note="classified ad by U01")

P("/fenlei/gg-ai-kaozheng.html", "fenlei", "贵港 AI训练师考证 人社部颁发 包过 智途职业培训",
  """<div class="ad"><h1>贵港AI人工智能训练师考证，人社部颁发，包过！</h1>
<table><tr><td>区域</td><td>贵港-港北</td></tr><tr><td>联系QQ</td><td>2851736409</td></tr><tr><td>服务热线</td><td>4008762315</td></tr></table>
<p>智途职业培训：国家职业资格证书，二级技师零基础可报，不过退费，最快15天出证。</p></div>""",
  offer=True, op="U02", provider="智途职业培训",
  ids=[("q2", "2851736409"), ("f2", "4008762315")],
  note="classified ad by U02, dishonest")

P("/fenlei/xy-biaozhu-zhaosheng.html", "fenlei", "渭数标注基地 招数据标注学员 包食宿",
  """<div class="ad"><h1>渭城 数据标注学员招募（人工智能训练师五级培训）</h1>
<table><tr><td>区域</td><td>咸阳-渭城</td></tr><tr><td>电话</td><td>134 8809 2651</td></tr>
<tr><td>备用电话</td><td>138-0000-0000（示例，请替换）</td></tr></table>
<p>渭数标注基地：培训+实习，学费可分期。缴费请转对公账户，户名：咸阳渭数信息科技有限公司。证书可在 jndj.osta.org.cn 查询。</p></div>""",
  offer=True, op="U04", provider="渭数标注基地",
  ids=[("m4", "134 8809 2651"), ("o4", "咸阳渭数信息科技有限公司")],
  note="classified ad by U04 (template placeholder left in)")

P("/fenlei/gg-lilaoshi.html", "fenlei", "贵港考证 李老师 AI训练师 电工 焊工 一站式",
  """<div class="ad"><h1>李老师(贵港考证) 各类证书一站式办理</h1>
<table><tr><td>电话</td><td>199-7753-6024</td></tr><tr><td>微信</td><td>lls_gg789</td></tr></table>
<p>人工智能训练师、电工、焊工、育婴员，不用考试也能拿证，可挂靠，报名表填这里：jinshuju.net/f/Gg7kQ2</p></div>""",
  offer=True, op="U06", provider="李老师(贵港考证)",
  ids=[("m6", "199-7753-6024"), ("w6", "lls_gg789")],
  note="classified ad by U06 agent, dishonest, uses a form tool")

P("/fenlei/gg-gangcheng.html", "fenlei", "港城职培 人工智能训练师五级 周末班",
  """<div class="ad"><h1>港城职培：人工智能训练师五级周末班</h1>
<table><tr><td>区域</td><td>贵港-港北</td></tr><tr><td>邮箱</td><td>gcpx(at)gczypx.cn</td></tr></table>
<p>备案培训学校，60课时，需1年相关工作证明。咨询请发邮件注明姓名和电话。</p></div>""",
  offer=True, op="U07", provider="港城职培",
  ids=[("e7", "gcpx(at)gczypx.cn")],
  note="classified ad by U07, obfuscated email")

P("/fenlei/xy-zhang-ai.html", "fenlei", "前大厂标注组长 一对一带数据标注 代报名五级",
  """<div class="ad"><h1>一对一带数据标注实操，协助报名人工智能训练师五级</h1>
<table><tr><td>联系人</td><td>张工</td></tr><tr><td>电话</td><td>151 9108 7734</td></tr>
<tr><td>QQ</td><td>（请填写QQ号）</td></tr><tr><td>备用电话</td><td>138-0000-0000（示例，请替换）</td></tr></table>
<p>本人做过三年标注组长，教你标注工具和质检，真实项目练手。报名考试需自己满足条件，我不收证书费。</p></div>""",
  offer=True, op="I01", provider="张工",
  ids=[("i1", "151 9108 7734")],
  note="independent individual tutor")

# ---------------- wenda (Q&A)
P("/wenda/q-guigang-ai-cert.html", "wenda", "贵港哪里可以考人工智能训练师证？",
  """<div class="q"><h1>贵港哪里可以考人工智能训练师证？</h1><p>提问者：匿名用户</p></div>
<div class="a"><div class="who">桂智人才 王老师</div>
<p>我们桂智人才可以报，人社部颁发，三级二级一起报，包过，不用去考场。电话17776523108，QQ 2851736409。</p></div>
<div class="a"><div class="who">热心网友</div><p>人社部不直接颁发这种证，找备案的评价机构，证书在 zscx.osta.org.cn 能查。</p></div>""",
  offer=True, op="U02", provider="桂智人才",
  ids=[("m2", "17776523108"), ("q2", "2851736409")],
  note="Q&A answer by U02 under another brand")

P("/wenda/q-biaozhuyuan.html", "wenda", "数据标注员和人工智能训练师是一个证吗？",
  """<div class="q"><h1>数据标注员和人工智能训练师是一个证吗？</h1></div>
<div class="a"><div class="who">渭数科技HR</div>
<p>数据标注员是人工智能训练师（4-04-05-05）下面的一个工种，证书上写的是人工智能训练师（数据标注员）。我们咸阳渭城这边有培训+实习，有需要加微信 WCBZ0910 。</p></div>""",
  offer=True, op="U04", provider="渭数科技",
  ids=[("w4", "WCBZ0910")],
  note="Q&A answer by U04")

P("/wenda/q-ai-guakao.html", "wenda", "AI训练师证书能挂靠吗？一年多少钱？",
  """<div class="q"><h1>AI训练师证书能挂靠吗？一年多少钱？</h1></div>
<div class="a"><div class="who">港南考证李老师</div>
<p>能挂，技师一年两万起。没证的可以找我办，包过，19977536024。</p></div>
<div class="a"><div class="who">网友</div><p>别信，这个证没有挂靠市场。有问题打12333问人社。</p></div>""",
  offer=True, op="U06", provider="港南考证李老师",
  ids=[("m6", "19977536024")],
  note="Q&A answer by U06, 挂靠 lure")

P("/wenda/q-mianshi-nazheng.html", "wenda", "有没有不用考试就能拿的人工智能训练师证？",
  """<div class="q"><h1>有没有不用考试就能拿的人工智能训练师证？</h1></div>
<div class="a"><div class="who">证书通道小陈</div>
<p>有内部通道，免考直接出证，1980一个，三级起步，联系13659480217。</p></div>""",
  offer=True, op="U08", provider="证书通道小陈",
  ids=[("m8", "13659480217")],
  note="Q&A answer by U08, 免考拿证")

P("/wenda/q-online-ai.html", "wenda", "在家能学人工智能训练师吗？有线上课吗？",
  """<div class="q"><h1>在家能学人工智能训练师吗？</h1></div>
<div class="a"><div class="who">南宁数训</div>
<p>我们有线上直播课，理论在线学，实操需到南宁或贵港考点参加。课程1200元，不含认定费，不承诺通过。微信 nanshu_ai88</p></div>""",
  offer=True, op="I02", provider="南宁数训",
  ids=[("i2", "nanshu_ai88")],
  note="independent online course answer")

P("/wenda/q-how-verify.html", "wenda", "怎么查人工智能训练师证书真假？",
  """<div class="q"><h1>怎么查人工智能训练师证书真假？</h1></div>
<div class="a"><div class="who">人社小百科</div>
<p>职业技能等级证书编号一般为22位，如S000045071260253000123这种格式。可在技能人才评价证书全国联网查询 zscx.osta.org.cn 输入姓名、证件号、证书编号查询，也可以拨打12333咨询。</p>
<p>要是遇到虚假宣传，可以拨打12315投诉。</p></div>""",
  note="guide, non-offer")

# ---------------- mp (WeChat reposts)
P("/mp/qinchuang-butie.html", "mp", "咸阳人注意！考AI训练师证最高可领2000元补贴",
  """<div class="wx-head"><h1>咸阳人注意！考AI训练师证最高可领2000元补贴</h1><p>原创 秦创教育　咸阳</p></div>
<p>失业保险技能提升补贴：五级1000元、四级1500元、三级2000元，需参保满1年。二级、一级没有这项国家补贴，看到“技师也能补”的要小心。</p>
<p>秦创教育3月开班，咨询 186-9104-7352，详情见 qcpx-xy.cn</p>
<p class="src">本文转载自微信公众号“秦创教育”，阅读 2.1万</p>""",
  offer=True, op="U01", provider="秦创教育",
  ids=[("m1", "186-9104-7352"), ("d1", "qcpx-xy.cn")],
  note="WeChat repost by U01")

P("/mp/hzyk-sanzheng.html", "mp", "一次拿三证！AI时代最值钱的证书来了",
  """<div class="wx-head"><h1>一次拿三证！AI时代最值钱的证书来了</h1><p>华职云课堂</p></div>
<p>人工智能训练师+数据标注员+AIGC应用师，三证合一，零基础30天拿证，拿到证书便可升职加薪！</p>
<p>报名填表：jinshuju.net/f/Hz9aP1　学员群：738215064　老师电话：153 1987 4420　官网 hzyk.net</p>""",
  offer=True, op="U03", provider="华职云课堂",
  ids=[("g3", "738215064"), ("m3", "153 1987 4420"), ("d3", "hzyk.net")],
  note="WeChat repost by U03")

P("/mp/zkzp-guojia.html", "mp", "国家级人工智能训练师证书，官网可查，全国通用",
  """<div class="wx-head"><h1>国家级人工智能训练师证书，官网可查</h1><p>中科智培</p></div>
<p>中科智培联合工信部相关单位，颁发国家级人工智能训练师证书，证书官网 zkzp-cx.com 可查，人社部认证的新职业！</p>
<p>咨询QQ：3368012957</p>""",
  offer=True, op="U05", provider="中科智培",
  ids=[("d5", "zkzp-cx.com"), ("q5", "3368012957")],
  note="WeChat repost by U05, 国家级 and 工信部 claims")

P("/mp/kzzs-mianshi.html", "mp", "不会AI也能拿证？这个通道只开放到月底",
  """<div class="wx-head"><h1>不会AI也能拿证？</h1><p>职证通</p></div>
<p>人工智能训练师三级，免培训免考试，资料齐全15天出证，入库可查。费用1980，支付宝转账即可，支付宝客服95188可查交易。</p>
<p>加微信 aixunlian_kz 或电话 136 5948 0217</p>""",
  offer=True, op="U08", provider="职证通",
  ids=[("w8", "aixunlian_kz"), ("m8", "136 5948 0217")],
  note="WeChat repost by U08")

P("/mp/fengyi-ai-ban.html", "mp", "丰邑培训：人工智能训练师五级公益补贴班报名",
  """<div class="wx-head"><h1>人工智能训练师五级补贴班报名</h1><p>咸阳丰邑职业技能培训中心</p></div>
<p>面向参保满一年的在职职工与登记失业人员，补贴性培训，按规定申领补贴。报名材料发送至 fengyi_px@163.com 。</p>
<p>政策咨询可拨打12333。</p>""",
  offer=True, op="I06", provider="咸阳丰邑职业技能培训中心",
  ids=[("i6", "fengyi_px@163.com")],
  note="independent training centre repost")

# ---------------- video (short video pages)
P("/video/v-zhitu-01.html", "video", "AI训练师证，人社部颁发，包过！",
  """<div class="video"><div class="player">[视频 00:42]</div>
<h1>AI训练师证，人社部颁发，包过！#考证 #人工智能</h1><p>@智途AI学院 · 贵港</p>
<p>简介：三级二级同报，零基础，评论区扣1，私信或加 V：ZT-AI2025 ，电话 177 7652 3108</p></div>
<div class="comments"><p>用户8831：真的包过吗</p><p>智途AI学院：真的，不过退费</p></div>""",
  offer=True, op="U02", provider="智途AI学院",
  ids=[("w2", "ZT-AI2025"), ("m2", "177 7652 3108")],
  note="short video by U02")

P("/video/v-hzyk-02.html", "video", "三证合一 零基础也能拿",
  """<div class="video"><div class="player">[视频 01:05]</div>
<h1>三证合一，零基础也能拿，90%小白都能学会</h1><p>@华职教育</p>
<p>简介：主页有课程，咨询15319874420</p></div>""",
  offer=True, op="U03", provider="华职教育",
  ids=[("m3", "15319874420")],
  note="short video by U03")

P("/video/v-zkzp-03.html", "video", "国培智训：国家级AI训练师证书",
  """<div class="video"><div class="player">[视频 00:58]</div>
<h1>国家级人工智能训练师证书，全国联网可查</h1><p>@国培智训</p>
<p>简介：技师直报，不限学历。热线 400 018 5627，QQ 3368012957</p></div>""",
  offer=True, op="U05", provider="国培智训",
  ids=[("f5", "400 018 5627"), ("q5", "3368012957")],
  note="short video by U05 under another brand")

P("/video/v-kzzs-04.html", "video", "不用考试拿AI训练师证",
  """<div class="video"><div class="player">[视频 00:31]</div>
<h1>不用考试拿AI训练师证，限时名额</h1><p>@AI训练师考证助手</p>
<p>简介：V：AiXunLian_KZ　电：壹叁陆伍玖肆捌零贰壹柒</p></div>""",
  offer=True, op="U08", provider="AI训练师考证助手",
  ids=[("w8", "AiXunLian_KZ"), ("m8", "壹叁陆伍玖肆捌零贰壹柒")],
  note="short video by U08, phone in Chinese capital numerals")

P("/video/v-xiaobai-05.html", "video", "小白学AI：原价9999限时99",
  """<div class="video"><div class="player">[视频 00:49]</div>
<h1>原价9999限时99！AI训练师入门课，90%小白都能学会</h1><p>@小白学AI</p>
<p>简介：课程主页 xbxai.cn ，报名表 jinshuju.net/f/Xb55Lz ，学完送结业证书</p></div>""",
  offer=True, op="I05", provider="小白学AI",
  ids=[("i5", "xbxai.cn")],
  note="independent short-video course seller")

# ---------------- news
P("/news/ad-zkzp.html", "news", "【推广】中科智培AI人才中心：抢抓人工智能训练师新职业机遇",
  """<p class="tag">推广</p><h1>中科智培AI人才中心：抢抓人工智能训练师新职业机遇</h1>
<p>中科智培AI人才中心是国家级人工智能人才培养基地，颁发的人工智能训练师证书人社部认证、全国通用。咨询热线4000185627。</p>
<p>机构统一社会信用代码 """ + U05_USCC + """</p>""",
  offer=True, op="U05", provider="中科智培AI人才中心",
  ids=[("f5", "4000185627"), ("u5", U05_USCC)],
  note="advertorial on news site by U05")

P("/news/warn-shanzhai.html", "news", "警惕！“包过”“人社部颁发”的AI训练师证可能是山寨证书",
  """<h1>警惕！“包过”“人社部颁发”的AI训练师证可能是山寨证书</h1>
<p>记者近日接到多名市民反映，有人通过短视频、微信以“免培训、包通过、国家认可”为噱头兜售人工智能训练师证书，收款后失联。市民提供的骗子电话为17139286054，微信号kz_laoshi666。</p>
<p>人社部门提醒：职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询；遇到虚假宣传可拨打12315投诉，政策咨询拨打12333。</p>""",
  note="news warning, non-offer, quotes scammer numbers")

# ---------------- rsj (人社局 notice site)
P("/rsj/notice-butie.html", "rsj", "关于2026年失业保险技能提升补贴申领的通知",
  """<h1>关于2026年失业保险技能提升补贴申领的通知</h1>
<p>各有关单位：参加失业保险累计缴费满1年的企业职工，取得职业技能等级证书的，可按规定申领技能提升补贴，五级、四级、三级分别不超过1000元、1500元、2000元。</p>
<p>证书信息通过 jndj.osta.org.cn 和 zscx.osta.org.cn 核验。咨询电话：12333。</p>""",
  note="official notice, non-offer")

P("/rsj/notice-shanzhai.html", "rsj", "关于开展技术技能类“山寨证书”专项治理的公告",
  """<h1>关于开展技术技能类“山寨证书”专项治理的公告</h1>
<p>依据人社部函〔2022〕25号，对使用“国家”“全国”“职业资格”等字样、宣传“包过”“不培训直接发证”的行为开展治理。群众可通过12315、12333反映线索。</p>""",
  note="official notice, non-offer")

# ---------------- shop
P("/shop/item-zhitu-ai.html", "shop", "人工智能训练师考证全程班 三级/二级 包过 智途教育旗舰店",
  """<div class="item"><h1>人工智能训练师考证全程班 三级+二级 人社部颁发 包过</h1>
<p class="price">￥3980　<s>￥6980</s></p><p>店铺：智途教育旗舰店</p>
<p>国家职业资格证书，不过全额退。售前咨询 400-876-2315，客服微信 zt-ai2025。</p>
<p>证书样本：S000045071260253000123</p>
<h3>评价</h3><p>买家t***2：订单号13826049571288，还没出证，客服说在排队。</p></div>""",
  offer=True, op="U02", provider="智途教育旗舰店",
  ids=[("f2", "400-876-2315"), ("w2", "zt-ai2025")],
  note="shop item by U02")

P("/shop/item-xbsz-ai.html", "shop", "人工智能训练师四级 线下实训 西部数智官方店",
  """<div class="item"><h1>人工智能训练师四级（中级工）线下实训课</h1>
<p class="price">￥2680</p><p>店铺：西部数智官方店</p>
<p>需满足报考条件，下单后顾问审核资料，不符合全额退款。开票主体：西安西部数智人才服务有限公司。</p>
<p>资料提交：XBSZRC@126.com</p></div>""",
  offer=True, op="U09", provider="西部数智官方店",
  ids=[("e9", "XBSZRC@126.com"), ("o9", "西安西部数智人才服务有限公司")],
  note="shop item by U09")

P("/shop/item-aigc-cert.html", "shop", "生成式人工智能系统应用员/AIGC证书 598 四小时结业",
  """<div class="item"><h1>AIGC应用证书（生成式人工智能系统应用员）四小时结业</h1>
<p class="price">￥598</p><p>店铺：智汇AIGC研究院</p>
<p>与人工智能训练师证书同等效力，可代替AI训练师证使用。联系QQ：1946702853</p>
<h3>评价</h3><p>买家m***7：订单号13826049571288同款，发货快。</p></div>""",
  offer=True, op="I03", provider="智汇AIGC研究院",
  ids=[("i3", "1946702853")],
  note="independent AIGC certificate seller confusing 4-04-05-13 with 4-04-05-05")

P("/shop/item-mousepad.html", "shop", "超大号电竞鼠标垫 加厚锁边",
  """<div class="item"><h1>超大号电竞鼠标垫 900x400mm 加厚锁边</h1><p class="price">￥19.9</p>
<p>店铺：极速外设</p></div>""",
  note="unrelated product, non-offer")

# ---------------------------------------------------------------- operators
OPERATORS = {
    "U01": ["咸阳市秦创职业技能培训学校", "秦创职业技能培训学校", "秦创培训", "秦创教育"],
    "U02": ["智途教育旗舰店", "智途AI学院", "桂智人才", "智途职业培训"],
    "U03": ["华职云课", "华职云课堂", "华职", "华职教育"],
    "U04": ["渭数标注基地", "渭城数据标注培训", "渭数科技"],
    "U05": ["中科智培(北京)教育科技", "中科智培", "中科智培AI人才中心", "国培智训"],
    "U06": ["李老师(贵港考证)", "港南考证李老师", "贵港考证中心李"],
    "U07": ["贵港市港城职业培训学校", "港城职校", "港城职培"],
    "U08": ["AI训练师考证助手", "职证通", "证书通道小陈"],
    "U09": ["西部数智人才", "西部数智-咸阳教学点", "西部数智官方店"],
}

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "national 人社 service hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("phone", "4006602187", ["400-660-2187"], "course marketplace's own customer-service footer"),
    ("email", "service@zckzbbs.com", ["service@zckzbbs.com"], "forum's own footer e-mail"),
    ("other", "陕ICP备2021008763号-2", ["陕ICP备2021008763号-2"], "classifieds platform's ICP number in footer"),
    ("domain", "kuaikan-v.com", ["kuaikan-v.com"], "short-video platform's own domain in footer"),
    ("qq_group", "562019843", ["562019843"], "shop platform's merchant QQ group in footer"),
    ("phone", "01056203377", ["010-56203377"], "Q&A platform's customer-service number in footer"),
    ("phone", "+8617139286054", ["171 3928 6054", "17139286054"], "scammer number quoted in complaint and news warning"),
    ("wechat", "kz_laoshi666", ["kz_laoshi666"], "scammer WeChat quoted in complaint and news warning"),
    ("other", "S000045071260253000123", ["S000045071260253000123"], "certificate number used as sample/example"),
    ("phone", "+8613826049571", ["13826049571288"], "buyers' order number that begins like a mobile number"),
    ("phone", "+8613310260415", ["13310260415"], "marketplace course ID shaped like a mobile number"),
    ("phone", "+8613800000000", ["138-0000-0000"], "template placeholder left in classified ads"),
    ("wechat", "xiaowang_0917", ["xiaowang_0917"], "a reader's own WeChat in forum comments"),
    ("phone", "+8615991273384", ["15991273384"], "a reader's own phone in forum comments"),
    ("phone", "02933212660", ["029-33212660"], "exam venue front desk (third party) mentioned by several sellers"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by several sellers"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) customer-service number"),
    ("other", "京ICP备19052231号", ["京ICP备19052231号"], "course marketplace's ICP number in footer"),
]

# ================================================================ rendering
CSS = {
    "training-company": "body{font-family:SimSun;background:#f4f8ff}header{background:#0b4ea2;color:#fff}",
    "course-marketplace": "body{font-family:Microsoft YaHei;background:#fafafa}.meta{color:#999}",
    "forum": "body{font-size:13px}.post{border:1px solid #cde;margin:6px}.author{background:#e8f0f8}",
    "classifieds": "body{background:#fff}.ad table td{border:1px solid #eee;padding:3px}",
    "qa": "body{background:#f7f7f7}.a{background:#fff;margin:8px;padding:8px}",
    "wechat-repost": "body{max-width:680px;margin:auto}.wx-head p{color:#576b95}",
    "short-video": "body{background:#161823;color:#eee}.player{height:200px;background:#000}",
    "news": "body{font-family:SimSun}.tag{color:#c00}",
    "government-notice": "body{background:#fff}header{background:#b00;color:#fff}",
    "shop": "body{background:#f5f5f5}.price{color:#f40;font-size:20px}",
}


def site_pages(site):
    return [p for p in PAGES if p["site"] == site]


def frame(site, title, crumbs, main, sidebar, related):
    s = SITES[site]
    menu = "".join('<a href="/%s/index.html">%s</a> ' % (site, m) for m in s["menu"])
    crumb = ' &gt; '.join(['<a href="/index.html">导航</a>', '<a href="/%s/index.html">%s</a>' % (site, s["name"])] + crumbs)
    side = "".join('<li><a href="%s">%s</a></li>' % (h, t) for h, t in sidebar)
    rel = "".join('<li><a href="%s">%s</a></li>' % (h, t) for h, t in related)
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title>
<style>%s</style></head>
<body class="%s">
<header><div class="logo">%s</div><nav>%s</nav></header>
<div class="crumbs">%s</div>
<div class="wrap"><main>
%s
</main>
<aside><h3>热门</h3><ul>%s</ul></aside></div>
<section class="related"><h3>相关推荐</h3><ul>%s</ul></section>
<footer>%s</footer>
</body></html>
""" % (title, s["name"], CSS[s["style"]], s["style"], s["name"], menu, crumb, main, side, rel, s["foot"])


def render():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    out = {}
    for site in SITES:
        sp = site_pages(site)
        side = [(p["path"], p["title"]) for p in sp[:4]]
        idx_main = "<h1>%s</h1><ul>%s</ul>" % (SITES[site]["name"], "".join(
            '<li><a href="%s">%s</a></li>' % (p["path"], p["title"]) for p in sp))
        out["/%s/index.html" % site] = frame(site, "首页", [], idx_main, side, [])
        for i, p in enumerate(sp):
            rel = [(q["path"], q["title"]) for q in sp if q is not p][:3]
            out[p["path"]] = frame(site, p["title"], ["<span>%s</span>" % p["title"]], p["body"], side, rel)
    hub = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网址导航</title></head><body><h1>网址导航</h1><ul>%s</ul></body></html>\n" % "".join(
        '<li><a href="/%s/index.html">%s</a> （%s）</li>' % (s, SITES[s]["name"], SITES[s]["dom"]) for s in SITES)
    out["/index.html"] = hub
    for path, html in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    return out


def main():
    out = render()
    pages = []
    for path in sorted(out):
        p = next((q for q in PAGES if q["path"] == path), None)
        if p is None:
            pages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                              note="hub" if path == "/index.html" else "site index page"))
            continue
        pages.append(dict(path=path, is_offer=p["offer"], operator=p["op"], provider=p["provider"],
                          identifiers=[[ID[k][0], ID[k][1], w] for k, w in p["ids"]], note=p["note"]))
    ops = {}
    for u, brands in OPERATORS.items():
        seen = []
        for p in PAGES:
            if p["op"] == u:
                for k, _ in p["ids"]:
                    if list(ID[k]) not in seen:
                        seen.append(list(ID[k]))
        ops[u] = {"brands": brands, "identifiers": seen}
    seller_written = [w for p in PAGES for _, w in p["ids"]]
    decoys = []
    for kind, value, written, why in DECOYS:
        for w in written:
            for sw in seller_written:
                assert w not in sw, (w, sw)
        hit = sorted(path for path, html in out.items() if any(w in html for w in written))
        assert hit, value
        decoys.append(dict(kind=kind, value=value, written=written, pages=hit, why=why))
    truth = dict(pages=pages, operators=ops, decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(pages), "offers", sum(p["is_offer"] for p in pages), "decoys", len(decoys))


if __name__ == "__main__":
    main()
