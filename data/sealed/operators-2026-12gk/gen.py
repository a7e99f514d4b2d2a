#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
sellers, plus truth.json.  Standard library only, deterministic."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(body8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))
def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    r = 31 - sum(ALPH.index(ch) * W18[i] for i, ch in enumerate(s17)) % 31
    return s17 + ALPH[0 if r == 31 else r]

USCC_U01 = uscc("52411702", "MA9F3K2L")   # 民办非企业单位, 驿城区
USCC_U02 = uscc("91340504", "MA2UB7N1")   # 企业, 雨山区
USCC_U05 = uscc("92340503", "MA2T8Q4D")   # 个体工商户, 花山区
USCC_U06 = uscc("91330106", "MA2H0C7E")   # 企业, 杭州西湖区
USCC_U07 = uscc("91440300", "MA5G1R8W")   # 企业 with a state-sounding name
USCC_I05 = uscc("12340500", "48510367")   # 事业单位 (college)

# ---------------------------------------------------------------- sites
SITES = {
 "tzzhipei": dict(name="天中智培职业技能培训学校", style="training-company", dom="www.tzzhipei.com",
     menu=["首页", "培训项目", "补贴政策", "师资团队", "联系我们"],
     footer='驻马店市天中智培职业技能培训学校 | 地址:驻马店市驿城区解放大道与文明路交叉口向东200米 | 电话:0396-2831765 手机:138 3967 1425 | www.tzzhipei.com<br>统一社会信用代码:' + USCC_U01),
 "wjszedu": dict(name="皖江数智教育", style="training-company", dom="www.wjszedu.cn",
     menu=["网站首页", "关于我们", "课程中心", "学员风采", "在线报名"],
     footer='马鞍山皖江数智教育科技有限公司 版权所有 | 雨山区湖东南路 金鹰国际商务中心12楼 | 座机 0555-2376418 · 手机 189 5557 1236 · QQ:2853716490 · 邮箱 wjsz_edu@163.com | www.wjszedu.cn | 信用代码 ' + USCC_U02),
 "kezhan": dict(name="课栈网", style="course-marketplace", dom="www.kezhan100.com",
     menu=["首页", "职业技能", "IT互联网", "考证", "语言", "讲师入驻"],
     footer='课栈网 www.kezhan100.com | 客服热线 400-820-6615(9:00-21:00) | 京ICP备18047325号-1 | 平台仅提供信息服务,课程由入驻机构提供'),
 "youpin": dict(name="优品集市", style="shop", dom="www.youpinjishi.com",
     menu=["首页", "教育培训", "图书", "虚拟服务", "我的订单"],
     footer='优品集市 客服电话 0571-88157720 | 客服邮箱 service@youpinjishi.com | 浙ICP备15032871号-2 | 支付由支付宝担保交易,支付宝客服 95188'),
 "baixing": dict(name="百姓通分类信息", style="classifieds", dom="zmd.baixingtong.com",
     menu=["驻马店", "马鞍山", "招聘", "二手", "教育培训", "发布信息"],
     footer='百姓通 | 客服QQ:800061258 | 豫ICP备17026518号 | 提示:凡涉及先交费、包过、内部指标的信息请谨慎,遇诈骗请报警'),
 "tzbbs": dict(name="天中社区", style="forum", dom="bbs.tianzhongbbs.com",
     menu=["首页", "驻马店杂谈", "求职招聘", "学习考证", "投诉曝光"],
     footer='天中社区 | 站务邮箱 admin@tianzhongbbs.com | 版友交流QQ群:215839067 | 豫ICP备16009273号-3'),
 "zhiwen": dict(name="知问网", style="qa", dom="www.zhiwen365.com",
     menu=["首页", "教育", "职场", "财经", "我要提问"],
     footer='知问网 www.zhiwen365.com | 举报邮箱 jubao@zhiwen365.com | 京ICP备20011458号'),
 "wxzz": dict(name="微文摘", style="wechat-repost", dom="www.weiwenzhai.cn",
     menu=["热门", "职场", "教育", "本地", "关于"],
     footer='微文摘 weiwenzhai.cn 转载自微信公众号,版权归原作者,如有侵权联系删除 | 沪ICP备19023817号'),
 "kuaiying": dict(name="快映", style="short-video", dom="www.kuaiying.tv",
     menu=["推荐", "关注", "同城", "知识", "直播"],
     footer='快映 | 违法和不良信息举报电话:400-140-2108 | 未成年人保护 | 京ICP备21033620号'),
 "wjnews": dict(name="皖江晚报网", style="news", dom="www.wjwb.com.cn",
     menu=["首页", "马鞍山", "教育", "民生", "曝光台"],
     footer='皖江晚报网 新闻热线:0555-2312110 | 皖ICP备09011872号 | 互联网新闻信息服务许可证 34120180003'),
 "zmdrsj": dict(name="驻马店市人力资源和社会保障局", style="gov-notice", dom="rsj.zhumadian.gov.cn",
     menu=["首页", "政务公开", "通知公告", "职业能力建设", "办事服务"],
     footer='主办:驻马店市人力资源和社会保障局 | 办公室电话:0396-2686012 | 政务服务热线 12333 | 豫ICP备05018730号'),
}

# ---------------------------------------------------------------- pages
PAGES = []
def page(path, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(x) for x in ids], note=note))

FORM = '<form class="signup"><input name="name" placeholder="您的姓名"><input name="tel" placeholder="手机号,如13800138000"><button>立即报名</button></form>'
VENUE = '<p>考点:驻马店技师学院实训楼(前台 0396-2910558)</p>'
OSTA = '<p>证书可在技能人才评价证书全国联网查询(zscx.osta.org.cn)查询。</p>'

# ----- U01 天中智培 (驻马店, honest)
p1 = [("phone", "03962831765", "0396-2831765"), ("phone", "+8613839671425", "138 3967 1425"),
      ("domain", "tzzhipei.com", "www.tzzhipei.com"), ("uscc", USCC_U01, USCC_U01)]
page("/tzzhipei/index.html", "驻马店天中智培职业技能培训学校-人工智能训练师培训报名",
 '<div class="banner">人工智能训练师(4-04-05-05)五级/四级 周末班 火热报名中</div>'
 '<p>我校是经驿城区人社局审批的民办职业培训学校,开设人工智能训练师(数据标注员方向)、电子商务师、育婴员等培训项目。</p>'
 '<ul><li>五级/初级工:60课时,适合从事数据标注满1年的学员</li><li>四级/中级工:50课时</li></ul>'
 '<p>符合条件的参保职工,取证后可申请失业保险技能提升补贴(五级最高1000元、四级最高1500元),详情可咨询12333。</p>'
 + OSTA + '<p class="tel">报名热线:0396-2831765</p>', True, "U01", "驻马店市天中智培职业技能培训学校", p1,
 "training school home page inviting enrolment")
page("/tzzhipei/peixun/ai-xunlianshi.html", "人工智能训练师(数据标注员)培训班招生简章",
 '<h1>2025年冬季 人工智能训练师 培训班招生简章</h1>'
 '<h3>一、报考条件</h3><p>五级:累计从事本职业或相关职业工作满1年;或本职业学徒期满。四级:取得五级证书后累计从事本职业工作4年等。</p>'
 '<h3>二、课程安排</h3><p>理论+实操(数据采集与处理、数据标注、智能系统运维),每周六日上课,共8周。</p>'
 '<h3>三、费用</h3><p>五级培训费1280元,四级1580元(鉴定费按备案评价机构标准另收)。</p>'
 '<h3>四、证书</h3><p>考试合格由备案的评价机构颁发职业技能等级证书。证书样本编号:S000041000001245300128(仅示意)。</p>'
 + OSTA + VENUE + '<p>咨询:138-3967-1425(微信同号)</p>' + FORM, True, "U01", "天中智培",
 p1 + [("phone", "+8613839671425", "138-3967-1425")], "enrolment brochure, honest")
page("/kezhan/course/20871.html", "人工智能训练师五级(初级)考证班-驻马店面授-天中AI学堂",
 '<div class="course-card"><h1>人工智能训练师五级(初级)考证班 | 驻马店面授</h1><p class="price">¥1280 <s>¥1680</s></p>'
 '<p>机构:天中AI学堂(驻马店)</p><p>课程编号:15820240617</p>'
 '<p>课程介绍:数据标注工具实操、标注规范、质检流程;结业后可报名参加职业技能等级认定。</p>'
 '<p>机构联系:电话 13839671425,工作日9:00-17:30</p>' + VENUE + '</div>',
 True, "U01", "天中AI学堂", [("phone", "+8613839671425", "13839671425")], "marketplace course listing")
page("/baixing/zmd/jiaoyu/39561842.html", "驻马店 人工智能训练师 数据标注 周末班 可申请补贴",
 '<div class="ad"><h1>驻马店 人工智能训练师 数据标注 周末班 可申请补贴</h1><table><tr><td>区域</td><td>驿城区</td></tr>'
 '<tr><td>类别</td><td>职业技能培训</td></tr><tr><td>联系人</td><td>张老师</td></tr><tr><td>电话</td><td>(0396)2831765</td></tr></table>'
 '<p>天中智培常年开班,人工智能训练师五级四级,小班教学,老学员带新学员优惠200。V: TZZP_AI</p></div>',
 True, "U01", "天中智培", [("phone", "03962831765", "(0396)2831765"), ("wechat", "tzzp_ai", "TZZP_AI")],
 "classified ad")

# ----- U02 皖江数智 (马鞍山, honest)
p2 = [("phone", "05552376418", "0555-2376418"), ("phone", "+8618955571236", "189 5557 1236"),
      ("qq", "2853716490", "2853716490"), ("email", "wjsz_edu@163.com", "wjsz_edu@163.com"),
      ("domain", "wjszedu.cn", "www.wjszedu.cn"), ("uscc", USCC_U02, USCC_U02)]
page("/wjszedu/index.html", "皖江数智教育-马鞍山人工智能训练师培训",
 '<div class="hero">AI时代,从人工智能训练师开始</div><div class="cols"><div>人工智能训练师四级/三级</div><div>Python数据分析</div><div>电商直播</div></div>'
 '<p>马鞍山本地培训机构,与备案评价机构合作组织等级认定。报名表:https://jinshuju.net/f/Wq3xLp</p>',
 True, "U02", "皖江数智教育", p2, "training company home page")
page("/wjszedu/kecheng/ai-trainer-l4.html", "人工智能训练师四级(中级工)精品班",
 '<h2>人工智能训练师四级(中级工)精品班</h2><p>适合:已取得五级证书并从事相关工作满4年,或技工院校相关专业毕业生。</p>'
 '<p>课时:50课时 线下+线上直播。学费 1880 元,参保满一年可申领技能提升补贴最高1500元。</p>'
 '<p>我们不承诺包过,考试由评价机构独立组织。</p>' + FORM,
 True, "U02", "马鞍山皖江数智教育科技有限公司", p2, "course page, honest")
page("/wxzz/a/20251119/mas-ai-trainer.html", "马鞍山人社补贴来了!人工智能训练师四级班12月开课",
 '<p class="src">来源:公众号「马鞍山皖江职培」 2025-11-19</p>'
 '<p>很多朋友在后台问人工智能训练师怎么考。本期四级班12月6日开课,名额30人。</p><p>报名电话:18955571236(周老师)</p>'
 '<p>资料索取请发邮件 wjsz_edu#163.com(#换成@)。在线报名:jinshuju.net/f/Wq3xLp</p>',
 True, "U02", "马鞍山皖江职培", [("phone", "+8618955571236", "18955571236"), ("email", "wjsz_edu@163.com", "wjsz_edu#163.com")],
 "WeChat article repost")
page("/zhiwen/q/7730215.html", "马鞍山哪里可以考人工智能训练师?要什么条件?",
 '<div class="q">马鞍山哪里可以考人工智能训练师?我做了一年多数据标注,想考个证。</div>'
 '<div class="a"><b>皖江数智-刘老师</b>(机构认证):您好,有一年工作经历可以报五级,我们雨山区这边每月都有班,可以加我们老师扣扣 2853 716 490 或打座机 0555 2376418 咨询。</div>'
 '<div class="a"><b>网友73a1</b>:证书去zscx.osta.org.cn能查到才算数,别信什么包过。</div>',
 True, "U02", "皖江数智", [("qq", "2853716490", "2853 716 490"), ("phone", "05552376418", "0555 2376418")],
 "Q&A page whose answer invites enrolment")

# ----- U03 dishonest national 包过 seller
page("/youpin/item/6683120457.html", "【包过】人工智能训练师证书 三级二级 人社部颁发 全国通用 入库可查",
 '<div class="item"><h1>【包过】人工智能训练师证书 三级/二级 人社部颁发 全国通用 入库可查</h1><p class="price">¥3980</p>'
 '<p>店铺:智鉴教育考证旗舰店 | 已售 1.2万+</p><ul><li>零基础 不限学历 不限经验</li><li>免培训 包通过 不过全额退款</li>'
 '<li>三级二级一起报再减800</li><li>国家职业资格证书 可挂靠 年入2万+</li></ul>'
 '<p>咨询热线:400-876-3312 加V:aixls888 备注"训练师"</p><p>订单号示例:2025112318462201</p></div>',
 True, "U03", "智鉴教育考证旗舰店", [("phone", "4008763312", "400-876-3312"), ("wechat", "aixls888", "aixls888")],
 "shop item, scam wording (包过, 人社部颁发, 挂靠)")
page("/tzbbs/thread-884213-1-1.html", "求问人工智能训练师证好考吗",
 '<div class="post"><b>楼主 驿城小白</b>:想考个人工智能训练师,驻马店哪里靠谱?</div>'
 '<div class="post"><b>2楼 考证达人888</b>:人工智能训练师证 包过 不用考试 直接出证 官网可查 v❤ AIXLS888 电话177 5239 8810</div>'
 '<div class="post"><b>3楼 天中老刘</b>:楼上是广告,别信。正规的是备案评价机构考试,可拨12333问。</div>',
 True, "U03", None, [("wechat", "aixls888", "AIXLS888"), ("phone", "+8617752398810", "177 5239 8810")],
 "forum thread whose spam reply sells a certificate")
page("/kuaiying/video/7421983305.html", "人工智能训练师证 零基础15天拿证",
 '<div class="player">[视频] 人工智能训练师证 零基础15天拿证 #考证 #副业</div><p>@AI训练师考证服务站 · 2.3万赞</p>'
 '<p>简介:90%小白都能学会,交费包过,拿到证书便可升职加薪!私信或致电 17752398810 / 4008763312</p>',
 True, "U03", "AI训练师考证服务站", [("phone", "+8617752398810", "17752398810"), ("phone", "4008763312", "4008763312")],
 "short video, scam wording")

# ----- U04 驻马店 agent 王老师 (dishonest)
page("/baixing/zmd/jiaoyu/39602277.html", "人工智能训练师 二级 三级 不考试 直接拿证 驻马店",
 '<div class="ad"><h1>人工智能训练师 二级 三级 不考试 直接拿证 驻马店</h1><table><tr><td>联系人</td><td>王老师</td></tr>'
 '<tr><td>电话</td><td>156 0396 8872</td></tr></table><p>不限学历不限经验,三个等级一起办更便宜,可抵个税可评职称。'
 '微信 wanglaoshi_zmd。考点驻马店技师学院(前台2910558可查)。</p></div>',
 True, "U04", "王老师", [("phone", "+8615603968872", "156 0396 8872"), ("wechat", "wanglaoshi_zmd", "wanglaoshi_zmd")],
 "classified ad, scam wording")
page("/tzbbs/thread-885077-1-1.html", "【考证】人工智能训练师 速成 名额有限",
 '<div class="post"><b>楼主 wls2024</b>:人工智能训练师 速成 命题组内部信息 保过!驻马店本地办理,电话一五六零三九六八八七二(王老师)</div>'
 '<div class="post"><b>2楼 周小米</b>:多少钱?我的微信 zhou_xm1990 私聊</div>',
 True, "U04", "王老师", [("phone", "+8615603968872", "一五六零三九六八八七二")], "forum post, scam wording")
page("/zhiwen/q/7741880.html", "人工智能训练师二级没工作经验能报吗?",
 '<div class="q">人工智能训练师二级(技师)没工作经验能报吗?</div>'
 '<div class="a"><b>热心网友</b>:能,我这边有渠道,二级直接报,不用五级四级,加vx wanglaoshi_zmd 详谈。</div>'
 '<div class="a"><b>知问网友</b>:二级要三级证书加多年工作经历,不符合条件的别花冤枉钱,可以打12333核实。</div>',
 True, "U04", None, [("wechat", "wanglaoshi_zmd", "wanglaoshi_zmd")], "Q&A answer selling a level-2 shortcut")
page("/kuaiying/video/7433012894.html", "驻马店的朋友看过来 AI训练师证",
 '<div class="player">[视频] 驻马店的朋友看过来 人工智能训练师证 年底最后一批</div><p>@驻马店王老师考证 · 861赞</p>'
 '<p>评论区置顶:咨询 156-0396-8872,vx:WangLaoShi_ZMD</p>',
 True, "U04", "驻马店王老师考证", [("phone", "+8615603968872", "156-0396-8872"), ("wechat", "wanglaoshi_zmd", "WangLaoShi_ZMD")],
 "short video")

# ----- U05 马鞍山 江东人才 (honest-ish)
page("/kezhan/course/21033.html", "人工智能训练师(数据标注员)五级 马鞍山班",
 '<div class="course-card"><h1>人工智能训练师(数据标注员)五级 马鞍山班</h1><p class="price">¥980</p><p>机构:江东职培</p>'
 '<p>课程编号:15820240617-2</p><p>学员交流QQ群:738291046,报名电话13605552947。报名表 jinshuju.net/f/Jd8mK2</p></div>',
 True, "U05", "江东职培", [("qq_group", "738291046", "738291046"), ("phone", "+8613605552947", "13605552947")],
 "marketplace listing")
page("/wjnews/jiaoyu/2025-11/28/c_118244.html", "数字经济新职业走俏 马鞍山市民热衷考人工智能训练师",
 '<p class="meta">2025-11-28 来源:皖江晚报网 (推广)</p><p>记者走访发现,人工智能训练师成为马鞍山不少年轻人的新选择。'
 '江东人才服务负责人介绍,机构每月开设五级、四级班,课程按国家职业技能标准设置,参保职工可申领技能提升补贴。</p>'
 '<p>咨询热线 136 0555 2947。马鞍山市花山区江东人才信息咨询服务部(统一社会信用代码 ' + USCC_U05 + ')</p>',
 True, "U05", "江东人才服务", [("phone", "+8613605552947", "136 0555 2947"), ("uscc", USCC_U05, USCC_U05)],
 "advertorial on a news site")
page("/wxzz/a/20251202/jdrc-kaike.html", "江东人才|人工智能训练师12月班开课通知",
 '<p class="src">来源:公众号「江东人才」</p><p>12月班周六开课,地点花山区雨田路。已报名学员请加班主任微信号 jdrc0555 并进交流群 738 291 046。</p>',
 True, "U05", "江东人才", [("wechat", "jdrc0555", "jdrc0555"), ("qq_group", "738291046", "738 291 046")],
 "WeChat article repost")

# ----- U06 智训云课堂 (杭州 online, misleading authority claims)
page("/kezhan/course/19762.html", "人工智能训练师三级 全程直播+题库 智训云课堂",
 '<div class="course-card"><h1>人工智能训练师三级 全程直播+题库</h1><p class="price">¥2680</p><p>机构:智训云课堂</p>'
 '<p>人社部颁发 全国通用 证书入库可查。官网 zhixunyun.cn 客服邮箱 kefu@zhixunyun.cn</p></div>',
 True, "U06", "智训云课堂", [("domain", "zhixunyun.cn", "zhixunyun.cn"), ("email", "kefu@zhixunyun.cn", "kefu@zhixunyun.cn")],
 "marketplace listing, 人社部颁发 misattribution")
page("/youpin/item/6690347712.html", "智训云 人工智能训练师 四级三级网课 送题库",
 '<div class="item"><h1>智训云 人工智能训练师 四级/三级 网课 送题库</h1><p class="price">¥1999</p><p>店铺:智训云课堂官方店</p>'
 '<p>人社部认证的新职业,证书人社部颁发。官网:www.zhixunyun.cn 客服微信 zxy-kf01</p><p>运营主体统一社会信用代码:' + USCC_U06 + '</p>'
 '<p>证书样本编号:S000041000001245300128</p></div>',
 True, "U06", "智训云课堂官方店", [("domain", "zhixunyun.cn", "www.zhixunyun.cn"), ("wechat", "zxy-kf01", "zxy-kf01"), ("uscc", USCC_U06, USCC_U06)],
 "shop item, misleading authority claims")
page("/wxzz/a/20251105/zhixunyun.html", "2026人工智能训练师报考指南(附报名入口)",
 '<p class="src">来源:公众号「智训云AI学院」</p><p>人社新认证职业!人工智能训练师含金量高,还可按规定申领技能补贴。'
 '报名请联系 199 5716 3320,或发送简历至 Kefu@ZhiXunYun.cn</p>',
 True, "U06", "智训云AI学院", [("phone", "+8619957163320", "199 5716 3320"), ("email", "kefu@zhixunyun.cn", "Kefu@ZhiXunYun.cn")],
 "WeChat article repost (SEO guide + enrolment)")
page("/kuaiying/video/7440156621.html", "AI训练师到底是干嘛的?3分钟讲清楚",
 '<div class="player">[视频] AI训练师到底是干嘛的?</div><p>@智训云课堂 · 5.1万赞</p><p>想报班的家人们 vx: zxy-kf01 或 19957163320</p>',
 True, "U06", "智训云课堂", [("wechat", "zxy-kf01", "zxy-kf01"), ("phone", "+8619957163320", "19957163320")],
 "short video with enrolment call")

# ----- U07 fake state-sounding issuer
page("/youpin/item/6701288930.html", "国家人工智能人才评价中心 人工智能训练师证书 官方指定",
 '<div class="item"><h1>国家人工智能人才评价中心 人工智能训练师证书(官方指定)</h1><p class="price">¥2200/本</p>'
 '<p>店铺:国家人工智能人才评价中心授权店</p><p>国家级证书,工信部已备案,查询网址 www.zgrcpj.org.cn</p>'
 '<p>收款方:深圳市鼎益信息咨询有限公司 统一社会信用代码 ' + USCC_U07 + '</p></div>',
 True, "U07", "国家人工智能人才评价中心授权店",
 [("domain", "zgrcpj.org.cn", "www.zgrcpj.org.cn"), ("other", "深圳市鼎益信息咨询有限公司", "深圳市鼎益信息咨询有限公司"), ("uscc", USCC_U07, USCC_U07)],
 "shop item, fake issuer and fake query site")
page("/baixing/mas/jiaoyu/40018736.html", "全国AI人才评价中心 人工智能训练师 马鞍山代报名",
 '<div class="ad"><h1>全国AI人才评价中心 人工智能训练师 马鞍山代报名</h1><table><tr><td>电话</td><td>132 6335 9017</td></tr></table>'
 '<p>证书可在zgrcpj.org.cn查询,一证一码。QQ 3417760952</p></div>',
 True, "U07", "全国AI人才评价中心", [("phone", "+8613263359017", "132 6335 9017"), ("domain", "zgrcpj.org.cn", "zgrcpj.org.cn"), ("qq", "3417760952", "3417760952")],
 "classified ad, fake issuer")
page("/tzbbs/thread-886930-1-1.html", "人工智能训练师证书 国家人才评价中心直报",
 '<div class="post"><b>楼主 评价中心李老师</b>:国家人才评价中心直报,无需培训,两周出证,13263359017,扣扣3417760952</div>'
 '<div class="post"><b>2楼 周小米</b>:真的假的?加你了,我微信zhou_xm1990</div>',
 True, "U07", "国家人才评价中心", [("phone", "+8613263359017", "13263359017"), ("qq", "3417760952", "3417760952")],
 "forum post, fake issuer")

# ----- U08 马鞍山博望 智联技能培训
page("/baixing/mas/jiaoyu/40022519.html", "博望 人工智能训练师五级 晚班 智联技能培训",
 '<div class="ad"><h1>博望 人工智能训练师五级 晚班</h1><table><tr><td>联系人</td><td>智联技能培训 孙老师</td></tr>'
 '<tr><td>电话</td><td>180 5556 9031</td></tr><tr><td>座机</td><td>0555-6721358</td></tr></table><p>晚班7点到9点,适合上班族。</p></div>',
 True, "U08", "智联技能培训", [("phone", "+8618055569031", "180 5556 9031"), ("phone", "05556721358", "0555-6721358")],
 "classified ad")
page("/zhiwen/q/7750463.html", "上班族能考人工智能训练师吗?博望有培训吗",
 '<div class="q">上班族能考人工智能训练师吗?博望区有培训吗?</div>'
 '<div class="a"><b>智联培训孙老师</b>:有的,我们博望有晚班,有需要可以联系18055569031,微信zl_peixun</div>',
 True, "U08", "智联培训", [("phone", "+8618055569031", "18055569031"), ("wechat", "zl_peixun", "zl_peixun")],
 "Q&A answer inviting enrolment")
page("/kuaiying/video/7447290013.html", "博望晚班开课啦 人工智能训练师",
 '<div class="player">[视频] 博望晚班开课啦</div><p>@博望智联技能 · 312赞</p><p>报名:座机6721358 / vx ZL_peixun</p>',
 True, "U08", "博望智联技能", [("phone", "05556721358", "6721358"), ("wechat", "zl_peixun", "ZL_peixun")],
 "short video")

# ----- U09 学证通 online agent
page("/kezhan/course/21410.html", "人工智能训练师 报名代办 学证通",
 '<div class="course-card"><h1>人工智能训练师 报名代办+网课</h1><p class="price">¥1580</p><p>机构:学证通</p>'
 '<p>全程代办报名审核,课程编号15820240617-3。QQ:1927736450 微信:xzt2025vip</p></div>',
 True, "U09", "学证通", [("qq", "1927736450", "1927736450"), ("wechat", "xzt2025vip", "xzt2025vip")],
 "marketplace listing")
page("/youpin/item/6712045518.html", "学证通 人工智能训练师四级 代报名 网课题库",
 '<div class="item"><h1>学证通 人工智能训练师四级 代报名+网课题库</h1><p class="price">¥1580</p>'
 '<p>旺旺/微信 xzt2025vip,资料发送邮箱 xuezhengtong@126.com</p></div>',
 True, "U09", "学证通", [("wechat", "xzt2025vip", "xzt2025vip"), ("email", "xuezhengtong@126.com", "xuezhengtong@126.com")],
 "shop item")
page("/wxzz/a/20251210/xuezhengtong.html", "人工智能训练师证书怎么考?一文讲透",
 '<p class="src">来源:公众号「考证小助手」</p><p>想报名的同学可联系企鹅 1927736450,或来信 XueZhengTong@126.com</p>',
 True, "U09", "考证小助手", [("qq", "1927736450", "1927736450"), ("email", "xuezhengtong@126.com", "XueZhengTong@126.com")],
 "WeChat article repost")

# ----- independents
page("/kezhan/course/21577.html", "数据标注实战课 对接人工智能训练师五级",
 '<div class="course-card"><h1>数据标注实战课(对接人工智能训练师五级)</h1><p class="price">¥399</p><p>讲师:刘工(前某大厂标注团队负责人)</p>'
 '<p>课程编号:15820240617-4。答疑微信 liugong_biaozhu</p></div>',
 True, "I01", "刘工", [("wechat", "liugong_biaozhu", "liugong_biaozhu")], "independent lecturer's course")
page("/youpin/item/6719933401.html", "人工智能训练师三级 题库+网课 考前冲刺",
 '<div class="item"><h1>人工智能训练师三级 题库+网课 考前冲刺</h1><p class="price">¥168</p><p>店铺:芜湖书香考试书店</p>'
 '<p>门店电话 0553-3867215</p></div>',
 True, "I02", "芜湖书香考试书店", [("phone", "05533867215", "0553-3867215")], "shop: exam-prep course")
page("/baixing/zmd/jiaoyu/39688410.html", "汝南 人工智能训练师培训 宏远职培",
 '<div class="ad"><h1>汝南 人工智能训练师培训</h1><table><tr><td>联系人</td><td>宏远职业培训学校</td></tr>'
 '<tr><td>电话</td><td>151 3826 9904</td></tr></table><p>考点驻马店技师学院,前台电话0396-2910558。</p></div>',
 True, "I03", "汝南县宏远职业培训学校", [("phone", "+8615138269904", "151 3826 9904")], "classified ad, independent")
page("/tzbbs/thread-887402-1-1.html", "大学生暑假 数据标注+人工智能训练师培训 招人",
 '<div class="post"><b>楼主 陈学长</b>:黄淮学院附近,带大学生学数据标注,结课可报人工智能训练师五级,联系微信 chenxz_huanghuai</div>',
 True, "I04", "陈学长", [("wechat", "chenxz_huanghuai", "chenxz_huanghuai")], "forum post, independent")
page("/wxzz/a/20251115/jnzy-jxjy.html", "江南职院继续教育处 人工智能训练师社会培训招生",
 '<p class="src">来源:公众号「马鞍山江南职业技术学院继续教育」</p><p>面向社会招收人工智能训练师五级/四级学员,学校为备案评价机构合作考点。'
 '咨询电话 0555-8897162。单位信用代码 ' + USCC_I05 + '。报名表 jinshuju.net/f/JN2025ai</p>',
 True, "I05", "马鞍山江南职业技术学院继续教育处", [("phone", "05558897162", "0555-8897162"), ("uscc", USCC_I05, USCC_I05)],
 "college continuing-education enrolment notice")
page("/kuaiying/video/7451120087.html", "原价9999限时99 AI训练师速成",
 '<div class="player">[视频] 原价9999限时99 AI训练师速成 联合国UNDP联合认证</div><p>@小鹿老师AI副业 · 9.8万赞</p><p>私信或加 xiaolu_aigc 领课</p>',
 True, "I06", "小鹿老师AI副业", [("wechat", "xiaolu_aigc", "xiaolu_aigc")], "short video, scam wording")

# ----- non-offers
page("/baixing/zmd/jiaoyu/39571120.html", "驻马店 叉车证 电工证 焊工证 培训",
 '<div class="ad"><h1>驻马店 叉车证 电工证 焊工证 培训</h1><p>特种作业操作证,应急管理局考试。联系人:刘师傅 电话 137 8396 0427</p></div>',
 note="unrelated classified ad (forklift/electrician licence)")
page("/tzbbs/thread-883650-1-1.html", "【曝光】交了3980办人工智能训练师证,现在联系不上了",
 '<div class="post"><b>楼主 受骗的小王</b>:上个月在网上看到包过的人工智能训练师证,对方电话177 2831 9046,交了3980就拉黑了。'
 '已经打12315投诉,也打了12333,人社说证书要去zscx.osta.org.cn查。</div>'
 '<div class="post"><b>2楼 周小米</b>:我也差点被骗,有同样经历的加我 zhou_xm1990 一起维权</div>',
 note="complaint thread quoting a scammer's number")
page("/zhiwen/q/7720056.html", "人工智能训练师证书怎么辨别真假?",
 '<div class="q">人工智能训练师证书怎么辨别真假?</div><div class="a"><b>答主 职业规划师</b>:看三点:1. 颁证的是备案评价机构,不是"人社部颁发";'
 '2. 能在 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查;3. 宣传"包过""不考试"的一律不信。前阵子本地有人被 17728319046 骗了。拿不准就打12333。</div>',
 note="guide answer, no seller")
page("/wxzz/a/20251020/ai-policy.html", "人工智能训练师是国家职业资格证书吗?",
 '<p class="src">来源:公众号「职场观察」</p><p>不是。改革后它属于职业技能等级证书,由备案的评价机构颁发,可在zscx.osta.org.cn查询。</p>'
 '<div class="cmt">网友留言:有资料的加我QQ 564120978</div>',
 note="explainer article, no seller")
page("/kuaiying/video/7460001234.html", "驻马店胡辣汤探店",
 '<div class="player">[视频] 驻马店胡辣汤探店 第12期</div><p>@吃在天中 · 1.1万赞</p><p>店铺地址:驿城区练江大道</p>',
 note="unrelated short video")
page("/wjnews/minsheng/2025-12/03/c_118390.html", "警惕!\"包过\"人工智能训练师证书骗局",
 '<p class="meta">2025-12-03 来源:皖江晚报网</p><p>近日,市民王女士花3980元购买所谓"人社部颁发、包过"的人工智能训练师证书后被拉黑。'
 '涉事号码为177-2831-9046。市场监管部门提醒,遇虚假宣传可拨打12315,政策咨询可拨打12333,证书真伪请到zscx.osta.org.cn查询。</p>'
 '<p>读者来电 QQ 564120978 提供线索。</p>',
 note="news warning quoting a scam number")
page("/wjnews/jiaoyu/2025-10/15/c_117902.html", "我市将人工智能训练师纳入技能提升补贴目录",
 '<p class="meta">2025-10-15 来源:皖江晚报网</p><p>市人社局表示,符合条件的参保职工取得人工智能训练师五级至三级证书,可按规定申领技能提升补贴。咨询12333。</p>',
 note="policy news")
page("/zmdrsj/tzgg/202511/t20251105_1201.html", "关于公布2025年职业技能等级认定计划的通知",
 '<p>各县区人社局、各有关单位:现将2025年第四季度职业技能等级认定计划公布如下,涉及人工智能训练师(4-04-05-05)五级、四级。</p>'
 '<p>证书查询:jndj.osta.org.cn。认定考点:驻马店技师学院(0396-2910558)。咨询电话12333。</p>',
 note="official notice")
page("/zmdrsj/tzgg/202512/t20251201_1230.html", "关于警惕\"山寨证书\"的提醒",
 '<p>近期有不法分子以"人社部颁发""包过""不考试直接拿证"为名兜售人工智能训练师证书。职业技能等级证书由备案评价机构颁发,'
 '请登录 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询。举报电话12333。</p>',
 note="official warning")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "osta.org.cn", ["zscx.osta.org.cn", "jndj.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4008206615", ["400-820-6615"], "课栈网 platform customer service in every footer"),
 ("domain", "kezhan100.com", ["www.kezhan100.com"], "课栈网 platform domain"),
 ("other", "京ICP备18047325号-1", ["京ICP备18047325号-1"], "课栈网 ICP"),
 ("phone", "057188157720", ["0571-88157720"], "优品集市 platform customer service"),
 ("email", "service@youpinjishi.com", ["service@youpinjishi.com"], "优品集市 platform e-mail"),
 ("phone", "95188", ["95188"], "Alipay (payment platform) hotline"),
 ("qq", "800061258", ["800061258"], "百姓通 platform service QQ"),
 ("other", "豫ICP备17026518号", ["豫ICP备17026518号"], "百姓通 ICP"),
 ("qq_group", "215839067", ["215839067"], "天中社区 forum QQ group"),
 ("email", "admin@tianzhongbbs.com", ["admin@tianzhongbbs.com"], "forum admin e-mail"),
 ("email", "jubao@zhiwen365.com", ["jubao@zhiwen365.com"], "知问网 report e-mail"),
 ("domain", "weiwenzhai.cn", ["weiwenzhai.cn"], "微文摘 repost platform domain"),
 ("phone", "4001402108", ["400-140-2108"], "快映 platform report hotline"),
 ("phone", "05552312110", ["0555-2312110"], "news site hotline"),
 ("phone", "03962686012", ["0396-2686012"], "人社局 office phone"),
 ("phone", "+8617728319046", ["177 2831 9046", "17728319046", "177-2831-9046"], "scammer number quoted in complaint/news/warning"),
 ("phone", "+8615820240617", ["15820240617"], "course number on 课栈网 listings that looks like a mobile"),
 ("other", "S000041000001245300128", ["S000041000001245300128"], "sample certificate number"),
 ("other", "2025112318462201", ["2025112318462201"], "order number example"),
 ("phone", "+8613800138000", ["13800138000"], "form placeholder"),
 ("wechat", "zhou_xm1990", ["zhou_xm1990"], "a reader's own WeChat in forum comments"),
 ("qq", "564120978", ["564120978"], "a reader's own QQ in comments"),
 ("phone", "03962910558", ["0396-2910558", "2910558"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool (third party)"),
 ("phone", "+8613783960427", ["137 8396 0427"], "unrelated forklift-licence ad"),
]

# ---------------------------------------------------------------- render
def site_of(path): return path.strip("/").split("/")[0]
def crumbs(s, title):
    return '<a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; %s' % (s, SITES[s]["name"], html.escape(title))

def frame(s, title, inner, related, is_index=False):
    S = SITES[s]; st = S["style"]
    menu = "".join('<a href="/%s/index.html">%s</a>' % (s, m) for m in S["menu"])
    rel = "".join('<li><a href="%s">%s</a></li>' % (p["path"], html.escape(p["title"])) for p in related)
    side = {"training-company": "<h4>热门课程</h4>", "course-marketplace": "<h4>猜你喜欢</h4>", "shop": "<h4>看了又看</h4>",
            "classifieds": "<h4>相关信息</h4>", "forum": "<h4>热帖</h4>", "qa": "<h4>相关问题</h4>", "wechat-repost": "<h4>相关阅读</h4>",
            "short-video": "<h4>相关推荐</h4>", "news": "<h4>相关新闻</h4>", "gov-notice": "<h4>通知公告</h4>"}[st]
    bc = "" if is_index else '<div class="crumbs">当前位置:' + crumbs(s, title) + "</div>"
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title></head>'
            '<body class="%s"><header><div class="logo">%s</div><nav>%s</nav></header>%s'
            '<main>%s</main><aside>%s<ul>%s</ul></aside><footer>%s</footer></body></html>\n'
            % (html.escape(title), S["name"], st, S["name"], menu, bc, inner, side, rel, S["footer"]))

def main():
    if os.path.exists(SITE): shutil.rmtree(SITE)
    by_site = {}
    for p in PAGES: by_site.setdefault(site_of(p["path"]), []).append(p)
    out = {}
    for s, plist in by_site.items():
        for p in plist:
            if p["path"] == "/%s/index.html" % s: continue
            others = [q for q in plist if q is not p][:8]
            out[p["path"]] = frame(s, p["title"], "<article>%s%s</article>" % ("" if "<h1" in p["body"] else "<h1>%s</h1>" % html.escape(p["title"]), p["body"]), others)
    # site index pages
    truth_pages = []
    for s in SITES:
        plist = by_site.get(s, [])
        own = [p for p in plist if p["path"] == "/%s/index.html" % s]
        links = "".join('<li><a href="%s">%s</a></li>' % (p["path"], html.escape(p["title"])) for p in plist if p["path"] != "/%s/index.html" % s)
        if own:
            p = own[0]
            out[p["path"]] = frame(s, p["title"], p["body"] + "<ul class='list'>" + links + "</ul>", [], True)
        else:
            path = "/%s/index.html" % s
            out[path] = frame(s, SITES[s]["name"], "<h2>%s</h2><ul class='list'>%s</ul>" % (SITES[s]["name"], links), [], True)
            PAGES.append(dict(path=path, title=SITES[s]["name"], body="", is_offer=False, operator=None, provider=None,
                              identifiers=[], note="site index page (%s)" % SITES[s]["style"]))
    hub = "".join('<li><a href="/%s/index.html">%s</a> (%s)</li>' % (s, SITES[s]["name"], SITES[s]["style"]) for s in SITES)
    out["/index.html"] = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head>'
                          '<body><h1>网址导航</h1><ul>%s</ul></body></html>\n' % hub)
    PAGES.append(dict(path="/index.html", title="网址导航", body="", is_offer=False, operator=None, provider=None,
                      identifiers=[], note="hub"))
    for path, text in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f: f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w") as f: f.write("User-agent: *\nAllow: /\n")
    # truth
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] and p["provider"] not in d["brands"]: d["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in d["identifiers"]: d["identifiers"].append([k, v])
    decoys = []
    for k, v, written, why in DECOYS:
        pages = sorted(path for path, text in out.items() if any(w in text for w in written))
        decoys.append(dict(kind=k, value=v, written=written, pages=pages, why=why))
    tp = [dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
               identifiers=p["identifiers"], note=p["note"]) for p in sorted(PAGES, key=lambda x: x["path"])]
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(dict(pages=tp, operators=dict(sorted(ops.items())), decoys=decoys), f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
