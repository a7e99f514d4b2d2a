#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer certificate sellers (Henan / Zhengzhou week). Stdlib only, deterministic."""
import json, os, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]


def orgcheck(body8):
    s = 0
    for ch, w in zip(body8, W11714):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, org8):
    s17 = prefix8 + org8 + orgcheck(org8)
    total = sum(ALPHA.index(ch) * w for ch, w in zip(s17, W32100))
    r = 31 - total % 31
    if r == 31:
        r = 0
    return s17 + ALPHA[r]


USCC_U01 = uscc("52410105", "MJY71835")   # 民办非企业单位 (training school)
USCC_U02 = uscc("91410103", "MA9F3K2T")
USCC_U04 = uscc("91410100", "MA47RD8N")
USCC_U07 = uscc("91110108", "MA01GK2L")   # Beijing-registered "华夏" outfit
USCC_I06 = uscc("91410102", "MA9H6P1W")

# ---------------------------------------------------------------- sites
SITES = {
    "yucai": dict(name="豫才职业培训学校", kind="培训学校官网", menu=["首页", "课程设置", "技能认定", "补贴政策", "联系我们"],
                  footer="郑州市金水区豫才职业培训学校 版权所有 | 办学许可证号:教民141010570000172号 | 咨询电话:139 0371 2468 | 网址:www.yucaipx.cn | 豫ICP备19021573号-1"),
    "zhiqiao": dict(name="智桥教育", kind="培训公司官网", menu=["首页", "人工智能训练师", "数据标注实训", "报名咨询", "关于智桥"],
                    footer="河南智桥教育科技有限公司 © 2019-2026 | 地址:郑州市郑东新区商务外环路绿地中心北塔 | 电话:0371-86093217 | 邮箱:admin@zhiqiaoedu.com | 豫ICP备20006318号"),
    "ke": dict(name="学途课堂", kind="课程交易平台", menu=["首页", "IT互联网", "职业考证", "办公技能", "机构入驻"],
               footer="学途课堂 xuetuketang.com | 平台客服:4000-371-866(工作日9:00-18:00) | 客服邮箱:kefu@xuetuketang.com | 平台仅提供信息展示,课程由入驻机构提供 | 豫ICP备18030221号-2"),
    "bbs": dict(name="郑州生活论坛", kind="本地论坛", menu=["首页", "郑州杂谈", "求职招聘", "教育培训", "二手交易"],
                footer="郑州生活论坛 bbs.zzshenghuo.net | 论坛官方QQ群:318645207(已满可加二群) | 违规举报:版务区 | 豫ICP备17018265号-1 | 豫公网安备41010502003288号"),
    "fenlei": dict(name="豫分类信息网", kind="分类信息", menu=["首页", "招聘", "培训", "房产", "二手"],
                   footer="豫分类信息网 www.yufenlei.com | 客服电话:0371-63398800 | 发布信息请遵守法律法规,谨防诈骗,凡是先收费的均需谨慎 | 豫ICP备16007722号"),
    "wenda": dict(name="知了问答", kind="问答社区", menu=["首页", "教育", "职场", "数码", "我要提问"],
                  footer="知了问答 | 举报邮箱:jubao@zhiliaowenda.com | 回答内容仅代表网友个人观点 | 京ICP备15038866号-3"),
    "v": dict(name="快看短视频", kind="短视频", menu=["推荐", "关注", "同城·郑州", "知识", "直播"],
              footer="快看短视频 | 客服热线:400-618-9090 | 网络文化经营许可证 京网文〔2021〕3102-112号 | 京ICP备20018812号"),
    "news": dict(name="中原资讯网", kind="新闻门户", menu=["首页", "郑州", "教育", "财经", "民生"],
                 footer="中原资讯网 | 新闻热线:0371-65795566 | 互联网新闻信息服务许可证 41120180003 | 豫ICP备12004301号"),
    "mp": dict(name="微文聚合", kind="公众号文章转载站", menu=["首页", "职场", "教育", "科技", "生活"],
               footer="微文聚合 本站文章均转载自微信公众号,版权归原作者所有 | 商务合作:bd@weiwenju.cn | 粤ICP备19110356号"),
    "college": dict(name="郑州信息职业技术学院", kind="高校官网", menu=["学院首页", "学院概况", "继续教育", "职业技能等级认定", "招生就业"],
                    footer="郑州信息职业技术学院 地址:郑州市惠济区英才街 邮编:450044 | 学院办公室:0371-68390000 | 豫ICP备05012366号"),
    "gov": dict(name="郑州市人力资源和社会保障局", kind="政府通知", menu=["首页", "政务公开", "政策文件", "办事服务", "互动交流"],
                footer="主办:郑州市人力资源和社会保障局 | 网站标识码:4101000031 | 人社服务热线:12333 | 豫ICP备05005487号"),
}

PAGES = []


def page(path, site, title, body, owner=None, offer=False, provider=None, ids=(), note="", crumbs=None, date="2026-03-10"):
    PAGES.append(dict(path=path, site=site, title=title, body=body, owner=owner, offer=offer, provider=provider,
                      ids=[list(i) for i in ids], note=note, crumbs=crumbs or [title], date=date))


# ---------------------------------------------------------------- shared identifiers (normalized, written)
P_U01 = "+8613903712468"
P_U02 = "+8615838276104"
P_U04 = "+8617737105829"
P_U06 = "+8618637925310"
P_U08 = "+8613523735816"
P_U09 = "+8619913710442"
L_U05 = "0371-86093217"
T_U05 = "4008371520"
L_U03 = "0371-55667180"

# ================================================================ yucai (U01 own site)
page("/yucai/index.html", "yucai", "豫才职业培训学校-郑州人工智能训练师培训_技能等级认定",
     """<h1>豫才职业培训学校</h1>
<p>郑州市人社局批准设立的民办职业培训学校,开设人工智能训练师(4-04-05-05)五级/四级/三级培训班,
同时开设电工、育婴员、健康管理师等课程。</p>
<h2>2026年春季人工智能训练师班</h2>
<ul><li>五级(初级工):60课时,学费1680元</li><li>四级(中级工):50课时,学费2280元</li><li>三级(高级工):40课时+实训,学费2980元</li></ul>
<p>符合条件的参保职工取证后可按规定申领技能提升补贴(五级最高1000元、四级1500元、三级2000元),以人社部门审核为准。</p>
<p>报名电话:139 0371 2468(王老师)  微信:yucai_edu</p>
<p>统一社会信用代码:""" + USCC_U01 + """</p>""",
     owner="U01", offer=True, provider="豫才职业培训学校",
     ids=[["phone", P_U01, "139 0371 2468"], ["wechat", "yucai_edu", "yucai_edu"], ["uscc", USCC_U01, USCC_U01],
          ["domain", "yucaipx.cn", "www.yucaipx.cn"], ["other", "豫ICP备19021573号", "豫ICP备19021573号-1"]],
     note="training school home page advertising AI-trainer levels 5-3 with subsidy info (honest)", crumbs=["首页"])

page("/yucai/ai-trainer.html", "yucai", "人工智能训练师培训班招生简章(2026年春季)-豫才职业培训学校",
     """<h1>人工智能训练师培训班招生简章</h1>
<p>职业编码:4-04-05-05,工种:数据标注员、人工智能算法测试员。依据《人工智能训练师国家职业技能标准(2021年版)》组织教学。</p>
<h3>申报条件</h3><p>五级:累计从事本职业或相关职业工作满1年,或本职业学徒期满。四级、三级须按标准取得下一级证书并满足工作年限。</p>
<h3>考核方式</h3><p>理论知识考试与操作技能考核,均实行百分制,成绩皆达60分及以上者为合格。证书由备案的评价机构颁发,可在 zscx.osta.org.cn 查询。</p>
<h3>费用</h3><p>五级1680元,四级2280元,三级2980元(含教材、实训,不含认定费)。不承诺通过。</p>
<p>咨询:<a href="tel:13903712468">139 0371 2468</a>  地址:郑州市金水区红专路97号3楼</p>""",
     owner="U01", offer=True, provider="豫才职业培训学校",
     ids=[["phone", P_U01, "139 0371 2468"], ["phone", P_U01, "tel:13903712468"], ["domain", "yucaipx.cn", "www.yucaipx.cn"],
          ["other", "豫ICP备19021573号", "豫ICP备19021573号-1"]],
     note="enrolment brochure for AI-trainer course with correct eligibility and query site (honest)", crumbs=["首页", "课程设置", "人工智能训练师"])

# ================================================================ zhiqiao (U05 own site)
page("/zhiqiao/index.html", "zhiqiao", "智桥教育-人工智能训练师|数据标注实训|郑州",
     """<h1>智桥教育 · 让AI成为你的新职业</h1>
<p>智桥教育专注人工智能训练师、数据标注员岗位实训,与多家数据标注企业合作,提供项目实操。</p>
<p>人工智能训练师四级(中级工)周末班 3680元,含60小时上机实操;三级班 4580元。</p>
<p>全国咨询热线:4008-371-520  座机:0371-86093217</p>""",
     owner="U05", offer=True, provider="智桥教育",
     ids=[["phone", T_U05, "4008-371-520"], ["phone", L_U05, "0371-86093217"], ["email", "admin@zhiqiaoedu.com", "admin@zhiqiaoedu.com"],
          ["domain", "zhiqiaoedu.com", "admin@zhiqiaoedu.com"], ["other", "豫ICP备20006318号", "豫ICP备20006318号"]],
     note="training company home page with AI-trainer course prices", crumbs=["首页"])

page("/zhiqiao/baoming.html", "zhiqiao", "报名咨询-智桥教育",
     """<h1>报名咨询</h1>
<p>2026年第二期人工智能训练师(四级/三级)培训班火热报名中,开班时间4月11日。</p>
<p>上课地点:郑东新区商务外环路绿地中心北塔19层(到达后请在一楼前台登记,前台电话 0371-55001234,仅负责访客登记,不接受课程咨询)。</p>
<p>课程咨询:0371 8609 3217 / 400 837 1520;报名资料请发送至 admin@zhiqiaoedu.com。</p>
<p>证书查询:技能人才评价证书全国联网查询 zscx.osta.org.cn</p>""",
     owner="U05", offer=True, provider="智桥教育",
     ids=[["phone", L_U05, "0371 8609 3217"], ["phone", T_U05, "400 837 1520"], ["email", "admin@zhiqiaoedu.com", "admin@zhiqiaoedu.com"],
          ["phone", L_U05, "0371-86093217"], ["other", "豫ICP备20006318号", "豫ICP备20006318号"]],
     note="sign-up page for AI-trainer class with venue front-desk number", crumbs=["首页", "报名咨询"])

# ================================================================ ke (course marketplace)
page("/ke/index.html", "ke", "学途课堂-职业考证课程",
     """<h1>职业考证 · 热门课程</h1><p>精选人工智能训练师、健康管理师、电工等考证课程。平台不参与培训与认定,请核实机构资质。</p>""",
     note="course marketplace category index", crumbs=["首页", "职业考证"])

page("/ke/c1001.html", "ke", "人工智能训练师五级+四级 备考精讲班【中原AI训练师考证中心】",
     """<h1>人工智能训练师五级+四级 备考精讲班</h1>
<p class="org">开课机构:中原AI训练师考证中心</p>
<p class="price">¥1680 起</p>
<p>直播+录播,理论+实操。补贴政策请咨询当地人社部门或拨打12333。</p>
<p>认定安排:随河南省职业技能公共实训中心统一认定批次,2026年3月认定批次号 13720260301。</p>
<p>机构电话:139-0371-2468(微信同号)</p>""",
     owner="U01", offer=True, provider="中原AI训练师考证中心",
     ids=[["phone", P_U01, "139-0371-2468"], ["wechat", "13903712468", "139-0371-2468(微信同号)"]],
     note="marketplace listing of U01 under another brand", crumbs=["首页", "职业考证", "人工智能训练师"])

page("/ke/c1002.html", "ke", "零基础AI训练师|数据标注实战|鼎学人工智能学院",
     """<h1>零基础入门人工智能训练师(数据标注方向)</h1>
<p class="org">开课机构:鼎学人工智能学院</p><p class="price">¥2380</p>
<p>32节课,含图像、文本、语音标注实操。课程结束可参加四级认定(需满足申报条件),认定批次号 13720260301,考点:河南省职业技能公共实训中心(考点咨询 0371-69091234)。</p>
<p>课程顾问:0371-55667180  学员QQ群:735162049</p>""",
     owner="U03", offer=True, provider="鼎学人工智能学院",
     ids=[["phone", L_U03, "0371-55667180"], ["qq_group", "735162049", "735162049"]],
     note="marketplace course listing, honest, U03", crumbs=["首页", "职业考证", "人工智能训练师"])

page("/ke/c1003.html", "ke", "人工智能训练师四级周末班-智桥AI学院",
     """<h1>人工智能训练师四级周末班</h1><p class="org">开课机构:智桥AI学院</p><p class="price">¥3680</p>
<p>线下小班,郑东新区上课,60小时上机。全国热线 400-837-1520。</p>""",
     owner="U05", offer=True, provider="智桥AI学院",
     ids=[["phone", T_U05, "400-837-1520"]],
     note="marketplace listing of U05 under a sub-brand", crumbs=["首页", "职业考证", "人工智能训练师"])

page("/ke/c1004.html", "ke", "AI训练师三级考证冲刺-卓越职教",
     """<h1>人工智能训练师三级考证冲刺班</h1><p class="org">开课机构:新乡卓越职教</p><p class="price">¥2680</p>
<p>适合已取得四级证书的学员。证书可在技能人才评价工作网 osta.mohrss.gov.cn 查询。考点:河南省职业技能公共实训中心,前台 0371-69091234。</p>
<p>老师微信 zy_zhijiao(手机同号 135 2373 5816),学员交流群 602841937。</p>""",
     owner="U08", offer=True, provider="新乡卓越职教",
     ids=[["wechat", "zy_zhijiao", "zy_zhijiao"], ["phone", P_U08, "135 2373 5816"], ["qq_group", "602841937", "602841937"]],
     note="marketplace listing for level-3 prep, honest, U08", crumbs=["首页", "职业考证", "人工智能训练师"])

page("/ke/c1005.html", "ke", "生成式人工智能系统应用员+AI训练师双证班 速成",
     """<h1>AIGC应用员+人工智能训练师 双证班</h1><p class="org">开课机构:智算未来AIGC研习社</p><p class="price"><del>原价9999</del> 限时 ¥99 体验课</p>
<p>90%小白都能学会!两本证书一次拿,拿到证书便可升职加薪。</p>
<p>详询老张:199 1371 0442</p>""",
     owner="U09", offer=True, provider="智算未来AIGC研习社",
     ids=[["phone", P_U09, "199 1371 0442"]],
     note="marketplace listing mixing AIGC occupation with AI trainer, short-video style pitch", crumbs=["首页", "职业考证", "AIGC"])

page("/ke/c1006.html", "ke", "王老师带你过AI训练师理论(个人讲师)",
     """<h1>人工智能训练师五级理论题库精讲</h1><p class="org">讲师:王老师(个人)</p><p class="price">¥199</p>
<p>只讲理论题库,不含认定报名。课程详情页模板未改完:联系电话 13800138000。</p>
<p>真实联系方式:微信 wangls_ai</p>""",
     owner="I02", offer=True, provider="王老师AI训练师题库课",
     ids=[["wechat", "wangls_ai", "wangls_ai"]],
     note="individual lecturer's question-bank course; template phone left in", crumbs=["首页", "职业考证", "人工智能训练师"])

page("/ke/c1099.html", "ke", "Excel+PPT 办公效率提升30讲",
     """<h1>Excel+PPT 办公效率提升30讲</h1><p class="org">开课机构:学途课堂自营</p><p class="price">¥59</p><p>与考证无关的办公技能课程。</p>""",
     note="unrelated office-skills course", crumbs=["首页", "办公技能", "Excel"])

# ================================================================ bbs
page("/bbs/index.html", "bbs", "教育培训 - 郑州生活论坛",
     """<h1>教育培训版</h1><p>版规:广告帖请发分类信息区,违者删帖。</p>""", note="forum board index", crumbs=["首页", "教育培训"])

page("/bbs/t3012.html", "bbs", "【急招】人工智能训练师证书 免考包过 人社部颁发 国家职业资格 三级一次拿",
     """<div class="post"><b>楼主 hz资深老师</b><p>人工智能训练师 三级/二级/一级 一起报!不限学历不限经验,零基础免培训,交费包过,
人社部颁发国家职业资格证书,官网可查,可挂靠年入3万!名额有限。</p>
<p>联系:158 3827 6104(微信同号)  或加V信 hz_zs888</p></div>
<div class="reply"><b>2楼 小鱼儿</b><p>求资料,我的QQ 1027384956,谢谢楼主</p></div>
<div class="reply"><b>3楼 路过的</b><p>二级一级零基础就能考?标准里不是要逐级加年限吗</p></div>""",
     owner="U02", offer=True, provider="国培人社技能认证中心",
     ids=[["phone", P_U02, "158 3827 6104"], ["wechat", "15838276104", "158 3827 6104(微信同号)"], ["wechat", "hz_zs888", "hz_zs888"]],
     note="scam forum post: pass guaranteed, levels 3-1 at once, 人社部颁发", crumbs=["首页", "教育培训", "帖子"])

page("/bbs/t3015.html", "bbs", "数据标注在家兼职,先考AI训练师证再上岗,日结200+",
     """<div class="post"><b>楼主 星图HR</b><p>星图数据标注基地招居家标注员,无经验可,需先参加岗前培训考取人工智能训练师证(培训费1980元,考完安排派单),
月入5000-8000。</p><p>报名加V信:xtbz2024 电话 +86 177-3710-5829</p></div>
<div class="reply"><b>2楼 夜猫</b><p>先交钱后派单的都小心</p></div>""",
     owner="U04", offer=True, provider="星图数据标注基地",
     ids=[["wechat", "xtbz2024", "V信:xtbz2024"], ["phone", P_U04, "+86 177-3710-5829"]],
     note="job-bait post: pay for AI-trainer certificate before annotation work", crumbs=["首页", "求职招聘", "帖子"])

page("/bbs/t3018.html", "bbs", "洛阳/郑州 人工智能训练师五级四级报名,周末班",
     """<div class="post"><b>楼主 洛职通小李</b><p>洛职通职业培训,人工智能训练师五级四级周末班,学费1500-2200,包教材,不包过。郑州洛阳均可上课。</p>
<p>电话 <a href="tel:18637925310">186 3792 5310</a>  Q:1392057781</p></div>
<div class="reply"><b>2楼 热心网友</b><p>楼主靠谱吗?前阵子有个17603716650也发过考证帖,收了钱就拉黑,大家注意</p></div>""",
     owner="U06", offer=True, provider="洛职通职业培训",
     ids=[["phone", P_U06, "tel:18637925310"], ["phone", P_U06, "186 3792 5310"], ["qq", "1392057781", "Q:1392057781"]],
     note="Luoyang training seller post, a reply quotes a different scam number", crumbs=["首页", "教育培训", "帖子"])

page("/bbs/t3021.html", "bbs", "新乡卓越职教 AI训练师四级三级开班通知(郑州绿地中心教学点)",
     """<div class="post"><b>楼主 卓越职教张老师</b><p>四级班4月开课,郑州教学点在绿地中心北塔(一楼前台 0371-55001234 可指路)。四级学费2480元,三级2680元。</p>
<p>微信:zy_zhijiao  交流群:602841937</p></div>""",
     owner="U08", offer=True, provider="卓越职教",
     ids=[["wechat", "zy_zhijiao", "微信:zy_zhijiao"], ["qq_group", "602841937", "602841937"]],
     note="class-opening post by U08", crumbs=["首页", "教育培训", "帖子"])

page("/bbs/t3024.html", "bbs", "个人转让AI训练师课程名额+带考经验分享",
     """<div class="post"><b>楼主 阿杰</b><p>去年报了某机构四级,今年想带几个人一起考,收个辅导费300,教你准备实操。QQ 3301827465</p></div>
<div class="reply"><b>2楼 晨曦</b><p>一起备考的加我 vx: chenxi_0371</p></div>""",
     owner="I04", offer=True, provider="阿杰(个人)",
     ids=[["qq", "3301827465", "3301827465"]],
     note="individual offering paid exam coaching; reader posts own wechat", crumbs=["首页", "教育培训", "帖子"])

page("/bbs/t3030.html", "bbs", "【曝光】交了3800办AI训练师证,对方直接拉黑",
     """<div class="post"><b>楼主 受害者小陈</b><p>上个月在网上看到包过广告,对方号码17603716650,自称"国家人社技能中心",收了3800说两周出证,现在拉黑了。
已打12315和12333反映,大家别上当。</p></div>
<div class="reply"><b>2楼 版主</b><p>已置顶,证书请到 zscx.osta.org.cn 核实。</p></div>""",
     note="victim's complaint quoting the scammer's number", crumbs=["首页", "郑州杂谈", "帖子"])

# ================================================================ fenlei (classifieds)
page("/fenlei/index.html", "fenlei", "郑州培训信息 - 豫分类信息网", """<h1>郑州 · 职业培训</h1><p>共 1,238 条信息</p>""",
     note="classifieds category index", crumbs=["首页", "郑州", "培训"])

page("/fenlei/p2201.html", "fenlei", "郑州人工智能训练师培训 补贴 正规学校",
     """<h1>郑州人工智能训练师培训,正规学校,可申请补贴</h1><p>发布者:豫才教育</p>
<p>五级四级三级均可报,符合条件可申领技能提升补贴。</p><p>联系电话:１３９０３７１２４６８  VX:yucai_edu</p>""",
     owner="U01", offer=True, provider="豫才教育",
     ids=[["phone", P_U01, "１３９０３７１２４６８"], ["wechat", "yucai_edu", "VX:yucai_edu"]],
     note="classified ad by U01 with full-width phone", crumbs=["首页", "培训", "详情"])

page("/fenlei/p2202.html", "fenlei", "鼎学教育 数据标注/AI训练师 小班授课",
     """<h1>鼎学教育 数据标注、人工智能训练师小班</h1><p>四级2380元,课后可参加认定(需符合申报条件)。</p>
<p>电话:0371—5566 7180  邮箱:dingxue_edu at 163 dot com</p>""",
     owner="U03", offer=True, provider="鼎学教育",
     ids=[["phone", L_U03, "0371—5566 7180"], ["email", "dingxue_edu@163.com", "dingxue_edu at 163 dot com"]],
     note="classified ad by U03, spelled-out e-mail", crumbs=["首页", "培训", "详情"])

page("/fenlei/p2203.html", "fenlei", "启明AI就业服务 考证+推荐数据标注工作",
     """<h1>考AI训练师证 推荐上岗</h1><p>启明AI就业服务:考证费1980元,拿证推荐数据标注岗位,月薪6000+。</p>
<p>联系人:刘经理 177 3710 5829 QQ:12345678(示例,请勿添加)</p><p>企业信用代码 """ + USCC_U04 + """</p>""",
     owner="U04", offer=True, provider="启明AI就业服务",
     ids=[["phone", P_U04, "177 3710 5829"], ["uscc", USCC_U04, USCC_U04]],
     note="job-bait classified by U04 under another brand, template QQ left", crumbs=["首页", "培训", "详情"])

page("/fenlei/p2204.html", "fenlei", "洛阳 人工智能训练师 周末班 1500起",
     """<h1>洛职通 人工智能训练师周末班</h1><p>洛阳涧西区上课,五级1500元,四级2200元,不包过,认真教。</p>
<p>扣扣 1392057781,电话 186-3792-5310</p>""",
     owner="U06", offer=True, provider="洛职通",
     ids=[["qq", "1392057781", "扣扣 1392057781"], ["phone", P_U06, "186-3792-5310"]],
     note="classified by U06", crumbs=["首页", "培训", "详情"])

page("/fenlei/p2206.html", "fenlei", "AIGC证书+AI训练师证 双证 99元体验",
     """<h1>AI双证 零基础可学</h1><p>原价9999限时99!生成式人工智能系统应用员+人工智能训练师。</p>
<p>电话:13800138000(发布模板) 实际请加薇:aigc_laozhang</p>""",
     owner="U09", offer=True, provider="智算未来",
     ids=[["wechat", "aigc_laozhang", "薇:aigc_laozhang"]],
     note="U09 classified with template placeholder phone", crumbs=["首页", "培训", "详情"])

page("/fenlei/p2208.html", "fenlei", "个人辅导 AI训练师五级实操",
     """<h1>五级实操一对一辅导</h1><p>本人在标注公司做过两年,可辅导五级实操,400元/次。电话 150 3691 8274</p>""",
     owner="I03", offer=True, provider="个人辅导(周先生)",
     ids=[["phone", "+8615036918274", "150 3691 8274"]],
     note="independent individual tutor classified", crumbs=["首页", "培训", "详情"])

page("/fenlei/p2210.html", "fenlei", "招聘 写字楼前台 郑东新区",
     """<h1>招聘:写字楼前台接待</h1><p>绿地中心北塔物业招前台,月薪3500。面试请到一楼前台,电话 0371-55001234。</p>
<p>(HR备注:联系电话栏默认 13800138000 请忽略)</p>""",
     note="unrelated job ad for a front desk", crumbs=["首页", "招聘", "详情"])

# ================================================================ wenda (Q&A)
page("/wenda/index.html", "wenda", "人工智能训练师 - 知了问答", """<h1>话题:人工智能训练师</h1><p>关注 3,412 · 问题 268</p>""",
     note="Q&A topic index", crumbs=["首页", "教育", "人工智能训练师"])

page("/wenda/q501.html", "wenda", "人工智能训练师证书去哪里考比较快?",
     """<div class="q"><h1>人工智能训练师证书去哪里考比较快?</h1></div>
<div class="a"><b>最佳回答 华智职业顾问</b><p>我们这边可以免考直接出证,人社部颁发,全国通用,一周出证。需要可以加扣扣 2850173946 或薇 hz_zs888。</p></div>
<div class="a"><b>回答 网友A</b><p>免考出证的都是骗子,正规要理论+实操考核。</p></div>""",
     owner="U02", offer=True, provider="华智职业",
     ids=[["qq", "2850173946", "扣扣 2850173946"], ["wechat", "hz_zs888", "薇 hz_zs888"]],
     note="Q&A page whose top answer is a U02 scam ad", crumbs=["首页", "教育", "问题"])

page("/wenda/q502.html", "wenda", "洛阳有没有人工智能训练师培训?",
     """<div class="q"><h1>洛阳有没有人工智能训练师培训?</h1></div>
<div class="a"><b>回答 洛职通培训</b><p>有的,洛职通在涧西区开班,周末上课,电话18637925310,QQ 1392057781。</p></div>
<div class="a"><b>回答 小鱼儿</b><p>同问,有资料的发我QQ 1027384956</p></div>""",
     owner="U06", offer=True, provider="洛职通培训",
     ids=[["phone", P_U06, "18637925310"], ["qq", "1392057781", "1392057781"]],
     note="Q&A answered by U06 ad; a reader leaves own QQ", crumbs=["首页", "教育", "问题"])

page("/wenda/q503.html", "wenda", "新乡考人工智能训练师三级要什么条件?",
     """<div class="q"><h1>新乡考人工智能训练师三级要什么条件?</h1></div>
<div class="a"><b>回答 卓越职教老师</b><p>需要四级证书后满足工作年限等条件,具体看标准。我们有三级冲刺班,微信 zy_zhijiao,电话 135-2373-5816。</p></div>""",
     owner="U08", offer=True, provider="卓越职教",
     ids=[["wechat", "zy_zhijiao", "zy_zhijiao"], ["phone", P_U08, "135-2373-5816"]],
     note="Q&A answered by U08 with honest conditions and ad", crumbs=["首页", "教育", "问题"])

page("/wenda/q510.html", "wenda", "网上说交钱就能拿人工智能训练师证,是真的吗?",
     """<div class="q"><h1>网上说交钱就能拿人工智能训练师证,是真的吗?</h1><p>有人加我说三千八包过,号码17603716650,靠谱吗?</p></div>
<div class="a"><b>回答 人社窗口工作人员</b><p>不靠谱。职业技能等级证书由备案评价机构考核后颁发,可在 zscx.osta.org.cn 查询;1+X证书查 vslc.ncb.edu.cn。有疑问拨打12333。</p></div>""",
     note="learner's question about a pay-for-certificate offer", crumbs=["首页", "教育", "问题"])

# ================================================================ v (short video)
page("/v/index.html", "v", "同城·郑州 知识 - 快看短视频", """<h1>同城热门</h1><p>#人工智能训练师 #考证 #副业</p>""",
     note="short-video site local index", crumbs=["推荐", "同城·郑州"])

page("/v/v7781.html", "v", "人工智能训练师证书到底有什么用?#考证 #AI",
     """<div class="video"><p>作者:国培认证小助理 · 1.2万赞</p><p>视频文案:AI训练师证人社部颁发!不用考试,三级二级一级都能办,评论区扣1。</p>
<p>简介:主页有V,或者直接加薇 hz_zs888,收款户名:郑州华智信息咨询有限公司</p></div>
<div class="comments"><p>用户晨曦:想一起备考的加我 vx: chenxi_0371</p><p>用户路人甲:不用考试的证能要吗</p></div>""",
     owner="U02", offer=True, provider="国培认证",
     ids=[["wechat", "hz_zs888", "薇 hz_zs888"], ["other", "payee:郑州华智信息咨询有限公司", "收款户名:郑州华智信息咨询有限公司"]],
     note="scam short video: no exam, levels 3-1, payee named", crumbs=["推荐", "知识", "视频"])

page("/v/v7785.html", "v", "在家做数据标注月入过万?先拿证",
     """<div class="video"><p>作者:星图数据标注基地</p><p>文案:宝妈在家也能做,先考AI训练师证,考完派单。</p><p>私信或加 V信 xtbz2024</p></div>""",
     owner="U04", offer=True, provider="星图数据标注基地",
     ids=[["wechat", "xtbz2024", "V信 xtbz2024"]],
     note="job-bait short video by U04", crumbs=["推荐", "知识", "视频"])

page("/v/v7790.html", "v", "证书能不能查?教你在华夏技能认证网查询",
     """<div class="video"><p>作者:华夏技能认证</p><p>文案:我们的人工智能训练师证书全国联网,在 www.hxjnrz.com 输入身份证号就能查!国家认可,官方认证。</p>
<p>合作邮箱 hxjnrz@126.com</p></div>""",
     owner="U07", offer=True, provider="华夏技能认证",
     ids=[["domain", "hxjnrz.com", "www.hxjnrz.com"], ["email", "hxjnrz@126.com", "hxjnrz@126.com"]],
     note="fake query-site promotion (non-official domain)", crumbs=["推荐", "知识", "视频"])

page("/v/v7793.html", "v", "原价9999限时99 AI双证",
     """<div class="video"><p>作者:AIGC老张</p><p>文案:90%小白都能学会,拿证升职加薪!评论区留言"证书"。联系 19913710442 或 薇:aigc_laozhang</p></div>
<div class="comments"><p>用户晨曦:组队学习加 vx: chenxi_0371</p></div>""",
     owner="U09", offer=True, provider="AIGC老张",
     ids=[["phone", P_U09, "19913710442"], ["wechat", "aigc_laozhang", "薇:aigc_laozhang"]],
     note="U09 short video with hype slogans", crumbs=["推荐", "知识", "视频"])

page("/v/v7797.html", "v", "我是怎么考过人工智能训练师四级的(附备考课)",
     """<div class="video"><p>作者:小米同学学AI</p><p>分享四级实操经验,整理了备考课,29.9元,需要的打电话 18538120976 问。</p></div>""",
     owner="I05", offer=True, provider="小米同学学AI",
     ids=[["phone", "+8618538120976", "18538120976"]],
     note="independent creator selling a cheap prep course", crumbs=["推荐", "知识", "视频"])

# ================================================================ news
page("/news/index.html", "news", "教育频道 - 中原资讯网", """<h1>教育</h1><p>本地教育新闻与培训资讯</p>""",
     note="news portal channel index", crumbs=["首页", "教育"])

page("/news/n901.html", "news", "AI新职业走俏,郑州鼎学人工智能学院开设训练师培训(推广)",
     """<h1>AI新职业走俏,郑州鼎学开设训练师培训</h1><p class="tag">推广</p>
<p>人工智能训练师是2020年人社部等公布的新职业。鼎学人工智能学院负责人介绍,学院课程按国家职业技能标准设置,学员认定统一安排在河南省职业技能公共实训中心(0371-69091234),认定批次号 13720260301。</p>
<p>报名咨询 0371-55667180,学员群 735162049,邮箱 dingxue_edu#163.com(#换成@)</p>""",
     owner="U03", offer=True, provider="鼎学人工智能学院",
     ids=[["phone", L_U03, "0371-55667180"], ["qq_group", "735162049", "735162049"], ["email", "dingxue_edu@163.com", "dingxue_edu#163.com(#换成@)"]],
     note="advertorial for U03 on news portal", crumbs=["首页", "教育", "正文"])

page("/news/n902.html", "news", "华夏技能认证中心:人工智能训练师证书全国联网可查(推广)",
     """<h1>华夏技能认证中心:证书全国联网可查</h1><p class="tag">推广</p>
<p>华夏技能认证中心称,其颁发的人工智能训练师证书属国家职业资格证书,可在官方网站 hxjnrz.com 查询,可用于落户积分、职称评定。</p>
<p>企业统一社会信用代码:""" + USCC_U07 + """;联系邮箱:hxjnrz@126.com</p>""",
     owner="U07", offer=True, provider="华夏技能认证中心",
     ids=[["domain", "hxjnrz.com", "hxjnrz.com"], ["uscc", USCC_U07, USCC_U07], ["email", "hxjnrz@126.com", "hxjnrz@126.com"]],
     note="paid advertorial with false 国家职业资格 and fake query site", crumbs=["首页", "教育", "正文"])

page("/news/n903.html", "news", "郑州某科技公司联合高校招收人工智能训练师学员(合作招生)",
     """<h1>人工智能训练师合作招生</h1><p class="tag">合作</p>
<p>河南启航数智科技有限公司招收人工智能训练师五级学员,学费1200元,培训结束参加认定,不承诺通过。</p>
<p>统一社会信用代码 """ + USCC_I06 + """,咨询电话 137 8365 1209</p>""",
     owner="I06", offer=True, provider="河南启航数智科技有限公司",
     ids=[["uscc", USCC_I06, USCC_I06], ["phone", "+8613783651209", "137 8365 1209"]],
     note="independent company's co-enrolment notice", crumbs=["首页", "教育", "正文"])

page("/news/n910.html", "news", "警惕!\"交钱包过\"AI训练师证书骗局 市民被骗3800元",
     """<h1>警惕"交钱包过"AI训练师证书骗局</h1>
<p>近日,市民陈女士反映,她通过号码17603716650联系一"技能中心"办理人工智能训练师证书,交费3800元后被拉黑。</p>
<p>人社部门提醒,职业技能等级证书由备案评价机构颁发,可登录技能人才评价工作网 osta.mohrss.gov.cn 查询。遇到虚假宣传可拨打12315投诉,政策咨询拨打12333。</p>""",
     note="news warning about a certificate scam, quotes scam number", crumbs=["首页", "民生", "正文"])

# ================================================================ mp (WeChat reposts)
page("/mp/index.html", "mp", "职场 - 微文聚合", """<h1>职场</h1><p>每日精选公众号文章</p>""", note="WeChat-repost site index", crumbs=["首页", "职场"])

page("/mp/a501.html", "mp", "重磅!人工智能训练师证书限时办理,人社部颁发",
     """<p class="src">来源公众号:国培人社技能认证中心</p><h1>人工智能训练师证书限时办理</h1>
<p>不限学历、不限年龄、无门槛,一次拿三级二级一级!官方认证,百分百通过。</p>
<p>咨询电话:一五八三八二七六一零四,收款户名:郑州华智信息咨询有限公司,统一社会信用代码 """ + USCC_U02 + """</p>""",
     owner="U02", offer=True, provider="国培人社技能认证中心",
     ids=[["phone", P_U02, "一五八三八二七六一零四"], ["other", "payee:郑州华智信息咨询有限公司", "收款户名:郑州华智信息咨询有限公司"], ["uscc", USCC_U02, USCC_U02]],
     note="reposted scam article, phone in Chinese numerals, payee named", crumbs=["首页", "职场", "文章"])

page("/mp/a502.html", "mp", "智桥教育|AI训练师四级第二期开班啦",
     """<p class="src">来源公众号:智桥教育</p><h1>AI训练师四级第二期开班</h1><p>4月11日开班,学费3680元。报名邮箱 admin(at)zhiqiaoedu.com,热线 ４００８-３７１-５２０</p>""",
     owner="U05", offer=True, provider="智桥教育",
     ids=[["email", "admin@zhiqiaoedu.com", "admin(at)zhiqiaoedu.com"], ["phone", T_U05, "４００８-３７１-５２０"]],
     note="reposted class announcement by U05", crumbs=["首页", "职场", "文章"])

page("/mp/a503.html", "mp", "华夏技能认证:新职业证书查询入口",
     """<p class="src">来源公众号:华夏技能</p><h1>新职业证书查询入口</h1><p>证书查询网址:hxjnrz点com。可挂靠,可用于职称评定。办理联系邮箱 hxjnrz@126.com,QQ:12345678(模板号码,以邮箱为准)</p>""",
     owner="U07", offer=True, provider="华夏技能",
     ids=[["email", "hxjnrz@126.com", "hxjnrz@126.com"], ["domain", "hxjnrz.com", "hxjnrz点com"]],
     note="reposted fake-query-site article by U07", crumbs=["首页", "职场", "文章"])

page("/mp/a504.html", "mp", "卓越职教:人工智能训练师三级备考指南",
     """<p class="src">来源公众号:卓越职教</p><h1>三级备考指南</h1><p>三级须先取得四级证书并满足年限。1+X证书请在 vslc.ncb.edu.cn 查询,技能等级证书在 zscx.osta.org.cn 查询。</p>
<p>报名:微信号 zy_zhijiao,或致电 +86 135 2373 5816</p>""",
     owner="U08", offer=True, provider="卓越职教",
     ids=[["wechat", "zy_zhijiao", "zy_zhijiao"], ["phone", P_U08, "+86 135 2373 5816"]],
     note="honest guide repost with U08 sign-up contacts", crumbs=["首页", "职场", "文章"])

# ================================================================ college
page("/college/index.html", "college", "郑州信息职业技术学院", """<h1>郑州信息职业技术学院</h1><p>学院新闻 · 通知公告 · 招生就业</p>""",
     note="college home page", crumbs=["学院首页"])

page("/college/jxjy-ai.html", "college", "继续教育学院 人工智能训练师职业技能等级认定培训招生",
     """<h1>人工智能训练师(四级)社会人员培训招生</h1><p>我院为备案的职业技能等级认定机构,面向社会招收四级学员,培训费1800元,认定费按物价核定标准另收。</p>
<p>认定批次号 13720260301,考点:河南省职业技能公共实训中心(0371-69091234)。证书可在 zscx.osta.org.cn 查询;补贴政策咨询12333。</p>
<p>继续教育学院:0371-68392015,jxjy@zzxxzy.edu.cn</p>""",
     owner="I01", offer=True, provider="郑州信息职业技术学院继续教育学院",
     ids=[["phone", "0371-68392015", "0371-68392015"], ["email", "jxjy@zzxxzy.edu.cn", "jxjy@zzxxzy.edu.cn"]],
     note="college continuing-education enrolment (honest)", crumbs=["学院首页", "继续教育", "招生"])

page("/college/news-0307.html", "college", "我院人工智能专业学生在省职业技能大赛获奖",
     """<h1>我院学生在省职业技能大赛获奖</h1><p>在2026年河南省职业技能大赛人工智能训练师赛项中,我院学生获二等奖。</p>""",
     note="college news, no offer", crumbs=["学院首页", "学院新闻"])

# ================================================================ gov
page("/gov/index.html", "gov", "郑州市人力资源和社会保障局", """<h1>政务公开</h1><p>通知公告 · 政策解读</p>""", note="gov site index", crumbs=["首页"])

page("/gov/notice-2026-08.html", "gov", "关于防范技术技能类\"山寨证书\"的提醒",
     """<h1>关于防范技术技能类"山寨证书"的提醒</h1>
<p>近期有不法分子以"人社部颁发""免考包过""官网可查"为名兜售人工智能训练师等证书。职业技能等级证书由备案的评价机构颁发,
可在技能人才评价证书全国联网查询 zscx.osta.org.cn、技能人才评价工作网 osta.mohrss.gov.cn 查询。</p>
<p>如遇虚假宣传请拨打12315,政策咨询拨打12333。</p>""",
     note="official warning about fake certificates", crumbs=["首页", "通知公告"])

page("/gov/policy-subsidy.html", "gov", "技能提升补贴政策解读",
     """<h1>技能提升补贴政策解读</h1><p>参保满1年的职工取得职业技能等级证书的,可申领技能提升补贴,五级1000元、四级1500元、三级2000元。咨询电话12333。</p>""",
     note="policy explainer on skill-upgrade subsidy", crumbs=["首页", "政策解读"])

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "national 人社 service hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official skill-evaluation portal"),
    ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "official 1+X query platform"),
    ("phone", "4000371866", ["4000-371-866"], "course marketplace customer service in footer"),
    ("email", "kefu@xuetuketang.com", ["kefu@xuetuketang.com"], "marketplace service e-mail in footer"),
    ("domain", "xuetuketang.com", ["xuetuketang.com"], "marketplace's own domain in footer"),
    ("qq_group", "318645207", ["318645207"], "forum's official QQ group in footer"),
    ("other", "豫ICP备17018265号", ["豫ICP备17018265号-1"], "forum ICP licence in footer"),
    ("phone", "0371-63398800", ["0371-63398800"], "classifieds customer service in footer"),
    ("domain", "yufenlei.com", ["www.yufenlei.com"], "classifieds platform domain in footer"),
    ("email", "jubao@zhiliaowenda.com", ["jubao@zhiliaowenda.com"], "Q&A site report e-mail in footer"),
    ("phone", "4006189090", ["400-618-9090"], "short-video platform hotline in footer"),
    ("phone", "0371-65795566", ["0371-65795566"], "news portal news hotline in footer"),
    ("other", "41120180003", ["41120180003"], "news portal's news-service licence in footer"),
    ("email", "bd@weiwenju.cn", ["bd@weiwenju.cn"], "repost site's business e-mail in footer"),
    ("phone", "0371-68390000", ["0371-68390000"], "college switchboard in footer (not the seller's desk)"),
    ("phone", "+8617603716650", ["17603716650"], "scammer number quoted in complaint, news warning and Q&A (骗子电话)"),
    ("other", "13720260301", ["13720260301"], "assessment batch number shaped like a mobile, quoted by several providers"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder phone left in listings"),
    ("qq", "12345678", ["12345678"], "template placeholder QQ"),
    ("phone", "0371-69091234", ["0371-69091234"], "third-party assessment venue's number"),
    ("phone", "0371-55001234", ["0371-55001234"], "office building front desk"),
    ("qq", "1027384956", ["1027384956"], "a reader's own QQ in comments"),
    ("wechat", "chenxi_0371", ["chenxi_0371"], "a reader's own WeChat in comments"),
]

# ---------------------------------------------------------------- rendering
CSS = {
    "yucai": "body{font-family:SimSun;background:#f4f8ff}header{background:#1a4d9c;color:#fff}",
    "zhiqiao": "body{font-family:'Microsoft YaHei';background:#fff}header{background:#0b8457;color:#fff}",
    "ke": "body{font-family:'PingFang SC';background:#fafafa}.price{color:#e4393c;font-size:20px}",
    "bbs": "body{font-size:12px;background:#eef}.post,.reply{border:1px solid #99c;margin:4px;padding:6px}",
    "fenlei": "body{background:#fff}h1{color:#f60}",
    "wenda": "body{background:#f6f6f6}.a{background:#fff;margin:8px 0;padding:8px}",
    "v": "body{background:#111;color:#eee}.video{border-radius:8px;background:#222;padding:8px}",
    "news": "body{font-family:SimSun}.tag{color:#999;font-size:12px}",
    "mp": "body{max-width:680px;margin:auto}.src{color:#576b95}",
    "college": "body{background:#fff}header{background:#8b0000;color:#fff}",
    "gov": "body{background:#f2f2f2}header{background:#c00;color:#fff}h1{text-align:center}",
}


def esc(s):
    return html.escape(s, quote=True)


def render(p):
    s = SITES[p["site"]]
    siblings = [q for q in PAGES if q["site"] == p["site"]]
    idx = "/%s/index.html" % p["site"]
    menu = " | ".join('<a href="%s">%s</a>' % (idx, esc(m)) for m in s["menu"])
    crumbs = '<a href="/index.html">导航</a> &gt; <a href="%s">%s</a>' % (idx, esc(s["name"]))
    crumbs += "".join(" &gt; " + esc(c) for c in p["crumbs"][1:] if True) if len(p["crumbs"]) > 1 else ""
    if p["path"].endswith("/index.html"):
        lst = "".join('<li><a href="%s">%s</a></li>' % (q["path"], esc(q["title"])) for q in siblings if q is not p)
        main_extra = "<h2>最新</h2><ul>%s</ul>" % lst
    else:
        main_extra = ""
    related = "".join('<li><a href="%s">%s</a></li>' % (q["path"], esc(q["title"])) for q in siblings if q is not p)[:6000]
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<meta name="keywords" content="人工智能训练师,考证,{sitename}"><style>{css}</style></head>
<body>
<header><div class="logo">{sitename}</div><nav class="menu">{menu}</nav></header>
<div class="breadcrumb">{crumbs}</div>
<div class="wrap"><main>
{body}
{extra}
<p class="date">发布时间:{date}</p>
</main>
<aside class="sidebar"><h3>相关推荐</h3><ul>{related}</ul><h3>{kind}</h3></aside></div>
<footer>{footer}</footer>
</body></html>
""".format(title=esc(p["title"]), sitename=esc(s["name"]), css=CSS[p["site"]], menu=menu, crumbs=crumbs, body=p["body"],
           extra=main_extra, date=p["date"], related=related, kind=esc(s["kind"]), footer=esc(s["footer"]))


def render_nav():
    items = "".join('<li><a href="/%s/index.html">%s</a>(%s)</li>' % (k, esc(v["name"]), esc(v["kind"])) for k, v in SITES.items())
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航 - 一周搜索记录(河南·郑州)</title></head>
<body><h1>网址导航</h1><ul>%s</ul><footer>本地网址导航页</footer></body></html>
""" % items


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("User-agent: *\nAllow: /\n")
    texts = {"/index.html": render_nav()}
    for p in PAGES:
        texts[p["path"]] = render(p)
    for path, t in texts.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(t)
    owner_of = {p["path"]: p["owner"] for p in PAGES}
    pages_out = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
                      note="navigation page linking every site's index")]
    for p in PAGES:
        pages_out.append(dict(path=p["path"], is_offer=p["offer"], operator=p["owner"], provider=p["provider"],
                              identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in PAGES:
        o = p["owner"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, dict(brands=[], identifiers=[]))
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _ in p["ids"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pg, why=why))
    truth = dict(pages=pages_out, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
