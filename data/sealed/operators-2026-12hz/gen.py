#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer certificate sellers (Baicheng week). Stdlib, deterministic."""
import json, os, re, shutil

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(body8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(s17, W_USCC)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

# ---------------- sites ----------------
SITES = {
 "jszx":    dict(name="智训教育·白城校区", style="training-company", menu=["首页","课程中心","师资力量","报名流程","联系我们"],
                 footer="智训教育 版权所有 | 地址：白城市洮北区长庆北街88号 | 吉ICP备2023001187号-1"),
 "xueyuan": dict(name="白城职业技术学院·继续教育学院", style="college", menu=["学院首页","培训项目","社会服务","通知公告"],
                 footer="白城职业技术学院继续教育学院 | 地址：白城市洮北区文化西路 | 吉ICP备05002123号"),
 "kecheng": dict(name="学技网·职业技能课程市场", style="course-marketplace", menu=["首页","IT互联网","职业技能","考证专区","讲师入驻"],
                 footer="学技网客服热线：400-820-7766 | 邮箱：kefu@xuejiwang.com | 沪ICP备19032211号"),
 "bbs":     dict(name="鹤城论坛", style="forum", menu=["论坛首页","白城杂谈","求职招聘","教育培训","消费维权"],
                 footer="鹤城论坛 站务邮箱：admin@hechengbbs.com | 版主QQ群：518827364 | 吉ICP备2012000451号"),
 "fenlei":  dict(name="白城同城分类信息", style="classifieds", menu=["首页","招聘","教育培训","二手","便民"],
                 footer="同城分类 客服电话：0436-3210000 | 举报邮箱：jubao@tcfenlei.net | 本站不对信息真实性负责"),
 "wenda":   dict(name="知问网", style="qa", menu=["首页","教育","职场","科技","问题广场"],
                 footer="知问网 zhiwen.net.cn | 京ICP备16054433号-3 | 违法和不良信息举报：jubao@zhiwen.net.cn"),
 "wx":      dict(name="公号文章转载库", style="wechat-repost", menu=["首页","教育","职场","本地"],
                 footer="本站内容转载自微信公众号，版权归原作者 | 联系删稿：shangao@gzhku.cn"),
 "video":   dict(name="快映短视频", style="short-video", menu=["推荐","同城","知识","直播"],
                 footer="快映 kuaiying.tv | 客服 95017-8 | 网络文化经营许可证 京网文〔2022〕1234-056号"),
 "news":    dict(name="白城新闻网", style="news", menu=["首页","本地","民生","教育","法治"],
                 footer="白城新闻网 新闻热线：0436-3225110 | 吉ICP备10001986号 | 互联网新闻信息服务许可证"),
 "rsj":     dict(name="白城市人力资源和社会保障局（示意）", style="gov-notice", menu=["首页","政务公开","通知公告","办事服务","政策解读"],
                 footer="白城市人力资源和社会保障局 | 咨询电话：12333 | 地址：白城市洮北区海明西路 | 吉ICP备05001357号"),
 "shop":    dict(name="淘技能·网店", style="shop", menu=["首页","全部宝贝","考证","店铺动态"],
                 footer="平台客服：95188（支付问题） | 平台规则 | 消费者权益保障：12315"),
}

PAGES = []   # dicts: path, site, title, crumbs, html, offer fields

def add(site, fname, title, body, is_offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path="/%s/%s" % (site, fname), site=site, title=title, body=body,
                      is_offer=is_offer, operator=op, provider=provider, ids=list(ids), note=note))

# ---------------- operators ----------------
def mob(v, *forms): return ("phone", "+86" + v, forms)
U = {
 "U01": dict(brands=["智训教育", "吉训AI学院", "白城智训教育咨询有限公司"],
            ids=dict(tel=("phone", "+8613943612587"), wx=("wechat", "zhixun_ai2025"),
                     uscc=("uscc", uscc("91220800", "MA17KQ8C")), dom=("domain", "zhixunedu.cn"))),
 "U02": dict(brands=["鹤城职业技能培训学校", "鹤城职培"],
            ids=dict(tel=("phone", "04363218866"), qq=("qq", "2865410937"), mail=("email", "hcpx2018@163.com"))),
 "U03": dict(brands=["国培人工智能认证中心", "中科智训", "国培考证"],
            ids=dict(t400=("phone", "4006185277"), wx=("wechat", "gprz888"),
                     payee=("other", "长春市宽城区明远信息咨询服务部"))),
 "U04": dict(brands=["启航AI学堂", "启航老师"],
            ids=dict(tel=("phone", "+8615567431209"), wx=("wechat", "qihang-ai"), grp=("qq_group", "735216094"))),
 "U05": dict(brands=["吉林省数标人才服务有限公司", "数标人才"],
            ids=dict(mail=("email", "hr@jlsbrc.com"), dom=("domain", "jlsbrc.com"), tel=("phone", "+8618843601977"))),
 "U06": dict(brands=["智领未来教育", "智领教育"],
            ids=dict(tel=("phone", "+8617704361855"), wx=("wechat", "zlwl_kefu"))),
 "U07": dict(brands=["白城职业技术学院继续教育学院", "白城职院培训中心"],
            ids=dict(tel=("phone", "04363362150"), mail=("email", "jxjy@bcvtc.edu.cn"))),
 "U08": dict(brands=["翼点AI", "长春翼点信息科技有限公司", "AI训练师速成营"],
            ids=dict(qq=("qq", "3390127846"), tel=("phone", "+8613086820413"),
                     uscc=("uscc", uscc("91220104", "MA84TN2W")))),
 "U09": dict(brands=["优学职培", "优学教育科技"],
            ids=dict(wx=("wechat", "yxzp_0436"), tel=("phone", "+8619943608821"),
                     uscc=("uscc", uscc("91220802", "MA0Y3H7R")))),
}
I = {
 "I01": ("洮南市云帆电脑培训部", [("phone", "+8613614368092", "136 1436 8092")]),
 "I02": ("大安标注工作室", [("wechat", "daan_biaozhu", "微信 daan_biaozhu")]),
 "I03": ("松原启智职业培训学校", [("phone", "04388526610", "0438-8526610")]),
 "I04": ("数智星球", [("qq", "1547729063", "QQ:1547729063")]),
 "I05": ("镇赉县新起点职业技能培训中心", [("phone", "+8615104363377", "15104363377")]),
 "I06": ("北辰AI研习社", [("email", "beichen_ai@126.com", "beichen_ai@126.com")]),
}

def idw(op, key, written):
    k, v = U[op]["ids"][key]
    return (k, v, written)

P = lambda *xs: "".join("<p>%s</p>" % x for x in xs)

# ---------- U01 智训教育 (fairly honest, own site) ----------
u = "U01"
add("jszx", "course-wuji.html", "人工智能训练师（五级/初级工）周末班招生简章",
    P("智训教育白城校区开设人工智能训练师五级（初级工）培训，参照《人工智能训练师国家职业技能标准(2021年版)》，课程60学时，含数据采集、数据标注实操。",
      "报考条件：累计从事本职业或相关职业工作满1年，或本职业学徒期满。符合条件的参保职工取证后可按规定申领技能提升补贴。",
      "证书为职业技能等级证书，由备案的评价机构颁发，可在技能人才评价证书全国联网查询平台查询。",
      "咨询电话：139-4361-2587（李老师） 微信同号",
      "官网：www.zhixunedu.cn"),
    True, u, "智训教育", [idw(u, "tel", "139-4361-2587"), idw(u, "dom", "www.zhixunedu.cn")], "training company's own course page, level 5")
add("jszx", "course-sanji.html", "人工智能训练师三级（高级工）提升班",
    P("面向已取得四级证书并满足年限要求的学员。课程40学时，章节：业务分析、智能训练、智能系统设计、培训与指导。",
      "报名请先提交四级证书复印件与工作年限证明，我们协助审核申报条件，不符合条件不收费。",
      "报名咨询：13943612587　微信：zhixun_ai2025",
      "白城智训教育咨询有限公司　统一社会信用代码：%s" % U[u]["ids"]["uscc"][1]),
    True, u, "白城智训教育咨询有限公司",
    [idw(u, "tel", "13943612587"), idw(u, "wx", "zhixun_ai2025"), idw(u, "uscc", U[u]["ids"]["uscc"][1])], "own site, level 3 course")
add("jszx", "contact.html", "联系我们 - 智训教育",
    P("校区地址：白城市洮北区长庆北街88号二楼。", "工作时间：周一至周六 8:30-17:30。",
      "招生热线：(+86)139 4361 2587　企业微信：ZHIXUN_AI2025",
      "报名五级、四级人工智能训练师请提前预约试听。"),
    True, u, "智训教育", [idw(u, "tel", "(+86)139 4361 2587"), idw(u, "wx", "ZHIXUN_AI2025")], "contact page inviting enrolment")
add("kecheng", "item-2031.html", "【吉训AI学院】人工智能训练师数据标注实战课（可考五级）",
    P("机构：吉训AI学院　课时：48节录播+8次直播答疑", "课程价格：￥1280（参保职工可申请补贴）",
      "学完可协助报名人工智能训练师五级认定，认定由备案评价机构组织。",
      "机构简介：吉训AI学院是白城智训教育旗下线上品牌，详见 zhixunedu.cn",
      "学员群内可加助教微信：zhixun_ai2025"),
    True, u, "吉训AI学院", [idw(u, "dom", "zhixunedu.cn"), idw(u, "wx", "zhixun_ai2025")], "marketplace listing under an online brand")

# ---------- U02 鹤城职培 (honest, local school) ----------
u = "U02"
add("fenlei", "post-88213.html", "鹤城职业技能培训学校 人工智能训练师五级四级 开班",
    P("本校经人社部门批准办学，开设人工智能训练师五级、四级培训，小班授课，晚班/周末班。",
      "申报条件按国家职业技能标准执行，报名时现场审核。",
      "电话：0436-3218866　QQ：2865410937"),
    True, u, "鹤城职业技能培训学校", [idw(u, "tel", "0436-3218866"), idw(u, "qq", "2865410937")], "classified ad")
add("wenda", "q-5521.html", "白城哪里可以考人工智能训练师？靠谱吗？",
    P("<b>提问：</b>在白城上班，想考个人工智能训练师，有没有线下班？",
      "<b>回答（认证机构·鹤城职培）：</b>您好，我们鹤城职培每季度开五级班，需要满一年相关工作经历，详情可发邮件 hcpx2018@163.com 或加Q 2865410937 咨询。",
      "<b>回答（网友）：</b>去人社局官网查一下备案机构再报。"),
    True, u, "鹤城职培", [idw(u, "mail", "hcpx2018@163.com"), idw(u, "qq", "2865410937")], "Q&A answer by school account inviting enrolment")
add("wx", "art-0412.html", "转载｜鹤城职业技能培训学校2026年春季人工智能训练师招生",
    P("原文来源：鹤城职培 公众号", "一、培训对象：从事数据标注、客服质检等相关工作满一年的人员。",
      "二、培训内容：数据采集和处理、数据标注、智能系统运维（四级）。",
      "三、报名方式：电话 0436 321 8866；邮箱 HCPX2018@163.COM"),
    True, u, "鹤城职业技能培训学校", [idw(u, "tel", "0436 321 8866"), idw(u, "mail", "HCPX2018@163.COM")], "WeChat article repost, enrolment notice")
add("shop", "item-61022.html", "【鹤城职培】人工智能训练师五级培训 定金券",
    P("宝贝详情：到店培训定金200元，可抵学费。开课地点：白城市洮北区。",
      "下单后请联系学校教务：(0436)3218866 确认班次。"),
    True, u, "鹤城职培", [idw(u, "tel", "(0436)3218866")], "shop deposit listing")

# ---------- U03 国培 (scam: 包过, 人社部颁发, 国家职业资格) ----------
u = "U03"; payee = U[u]["ids"]["payee"][1]
add("video", "v-7781203.html", "人工智能训练师证书 国家认可 包过 零基础三级直接拿证！",
    P("【视频文案】人工智能训练师三级证书，人社部颁发，国家职业资格证书，全国通用终身有效！零基础、不限学历、不限经验，免培训，交费包过！",
      "简介：国培人工智能认证中心 咨询热线 400-618-5277",
      "评论区置顶：私信不回就加 V：gprz888"),
    True, u, "国培人工智能认证中心", [idw(u, "t400", "400-618-5277"), idw(u, "wx", "gprz888")], "short-video scam ad")
add("shop", "item-70931.html", "人工智能训练师 高级技师 一级 证书 包过 官网可查",
    P("店铺：国培考证　月销 300+", "三证一起报更优惠！五级+三级+一级 套餐价 3980 元，不过全额退款。",
      "官网可查，入库可查，人社部颁发。拍下后请联系客服添加微信 GPRZ888 提交资料。",
      "对公转账户名：%s" % payee),
    True, u, "国培考证", [idw(u, "wx", "GPRZ888"), ("other", payee, payee)], "shop listing selling level 1 and bundles")
add("bbs", "thread-339017.html", "【推广】AI训练师证书 考证一条龙 挂靠年入两万",
    P("楼主：中科智训招生顾问", "AI时代，人工智能训练师证书是国家紧缺证书，持证挂靠一年两三万！国家级证书，人社部认证的新职业，速成班7天拿证。",
      "报名电话：4006-185-277（全国免费）",
      "<i>2楼 路人甲：挂靠AI证书？听着就不对劲。</i>"),
    True, u, "中科智训", [idw(u, "t400", "4006-185-277")], "forum promo post by scammer")
add("wx", "art-0518.html", "转载｜人社部证书退出，哪家证书来接盘？AI训练师最后红利期",
    P("作者：国培考证", "国家职业资格证书取消后，人工智能训练师是唯一官方认证的AI证书，限时报名，名额有限！",
      "学费统一汇入：%s（个体户）" % payee, "咨询：4006185277"),
    True, u, "国培考证", [("other", payee, payee), idw(u, "t400", "4006185277")], "WeChat repost, scam slogan")

# ---------- U04 启航 (short-video course seller, pushy) ----------
u = "U04"
add("video", "v-8802115.html", "90%小白都能学会！AI训练师月入过万不是梦",
    P("【视频文案】原价9999，限时99！零基础学AI数据标注，学完推荐接单。想考证的宝子也可以带你报五级～",
      "主页：启航AI学堂　粉丝群：735216094", "合作 155 6743 1209"),
    True, u, "启航AI学堂", [idw(u, "grp", "735216094"), idw(u, "tel", "155 6743 1209")], "short-video course ad")
add("kecheng", "item-2877.html", "启航AI学堂｜AI训练师入门到考证 99元体验课",
    P("讲师：启航老师　已售 1.2万", "体验课99元，正式课2980元含五级考证辅导（考试另报）。",
      "购买后加助教：VX qihang-ai 拉入学习群"),
    True, u, "启航AI学堂", [idw(u, "wx", "qihang-ai")], "marketplace listing")
add("shop", "item-71205.html", "AI训练师数据标注课程 带证书 全套资料",
    P("店铺：启航老师的小店", "包含：标注工具教程、五级理论题库、实操视频。下单备注手机号。",
      "售后：+86-155-6743-1209，QQ群735216094，助教v：qihang_ai（注意是中划线 qihang-ai）"),
    True, u, "启航老师", [idw(u, "tel", "+86-155-6743-1209"), idw(u, "grp", "735216094"), idw(u, "wx", "qihang-ai")], "shop course listing")
add("wenda", "q-6090.html", "零基础学AI训练师真的能月入过万吗？",
    P("<b>提问：</b>刷到很多视频说学AI训练师月入过万，真的假的？",
      "<b>回答（启航AI学堂）：</b>亲身经历，学完三个月接单稳定，想了解的可以加微信Qihang-AI领资料。",
      "<b>回答（网友）：</b>基本都是卖课的，别信。"),
    True, u, "启航AI学堂", [idw(u, "wx", "Qihang-AI")], "Q&A soft ad")

# ---------- U05 数标人才 (data labeling company, honest) ----------
u = "U05"
add("fenlei", "post-90155.html", "招聘数据标注员 可培训考人工智能训练师五级",
    P("吉林省数标人才服务有限公司招聘数据标注员若干，试用期内公司组织人工智能训练师（数据标注员）培训，满足条件后统一报名五级认定。",
      "培训费用：内部员工免费，社会学员1600元。", "简历投递：hr@jlsbrc.com　电话：188-4360-1977"),
    True, u, "吉林省数标人才服务有限公司", [idw(u, "mail", "hr@jlsbrc.com"), idw(u, "tel", "188-4360-1977")], "job+training classified")
add("news", "adv-2211.html", "【企业资讯】数标人才开设AI训练师社会培训班",
    P("（本文为企业供稿）吉林省数标人才服务有限公司近日面向社会开设人工智能训练师五级、四级培训班。",
      "该公司负责人介绍，报名需满足国家职业技能标准的申报条件，结业考核由备案评价机构组织。",
      "报名网址：https://www.jlsbrc.com/px　咨询：18843601977"),
    True, u, "数标人才", [idw(u, "dom", "www.jlsbrc.com"), idw(u, "tel", "18843601977")], "advertorial on news site")
add("wenda", "q-7123.html", "数据标注员和人工智能训练师是什么关系？",
    P("<b>提问：</b>数据标注员和人工智能训练师是一个证吗？",
      "<b>回答（数标人才HR）：</b>数据标注员是人工智能训练师的一个工种。我们公司有在职培训，欢迎投简历 HR@JLSBRC.COM 报名下一期。"),
    True, u, "数标人才", [idw(u, "mail", "HR@JLSBRC.COM")], "Q&A answer inviting enrolment")

# ---------- U06 智领未来 (misleading authority) ----------
u = "U06"
add("bbs", "thread-340112.html", "白城本地 AI训练师考证 人社部颁发 补贴后几乎免费",
    P("楼主：智领教育小周", "人社部颁发人工智能训练师证书，一级二级都能报，补贴后几乎免费！职业技能等级证书直接对应职称证书。",
      "电话微信同号：177 0436 1855"),
    True, u, "智领教育", [idw(u, "tel", "177 0436 1855")], "forum post with misleading claims")
add("shop", "item-72019.html", "人工智能训练师二级技师 报名 国家级证书",
    P("店铺：智领未来教育旗舰店", "国家级证书，技师证可评职称。不限学历，无门槛。",
      "拍前咨询：微信 zlwl_kefu（手机17704361855）"),
    True, u, "智领未来教育", [idw(u, "wx", "zlwl_kefu"), idw(u, "tel", "17704361855")], "shop listing level 2 no threshold")
add("wx", "art-0601.html", "转载｜2026年人工智能训练师报考指南（人社新认证职业）",
    P("来源：智领未来教育", "人工智能训练师是人社部认证的新职业，持证可领补贴。",
      "扫码或搜索微信号 ZLWL_KEFU 预约报名，名额有限。"),
    True, u, "智领未来教育", [idw(u, "wx", "ZLWL_KEFU")], "WeChat repost guide-style ad")

# ---------- U07 college ----------
u = "U07"
add("xueyuan", "px-ai.html", "2026年人工智能训练师（四级）社会培训招生通知",
    P("我院面向社会开展人工智能训练师四级培训，50学时，理论+实操。",
      "报名条件：取得五级证书后从事本职业满4年，或累计从事本职业满6年，或相关专业技工院校毕业生。",
      "联系电话：0436-3362150　邮箱：jxjy@bcvtc.edu.cn"),
    True, u, "白城职业技术学院继续教育学院", [idw(u, "tel", "0436-3362150"), idw(u, "mail", "jxjy@bcvtc.edu.cn")], "college enrolment notice")
add("xueyuan", "px-ai-wuji.html", "人工智能训练师（五级）企业职工培训项目",
    P("本项目面向合作企业职工，参保满一年者可申请失业保险技能提升补贴（五级最高1000元）。",
      "咨询：继续教育学院培训科 0436—3362150"),
    True, u, "白城职业技术学院继续教育学院", [idw(u, "tel", "0436—3362150")], "college level-5 project")
add("wx", "art-0702.html", "转载｜白城职院培训中心：AI训练师培训班开始报名",
    P("来源：白城职院培训中心公众号", "培训安排详见学院继续教育学院网站。报名邮箱 JXJY@BCVTC.EDU.CN。"),
    True, u, "白城职院培训中心", [idw(u, "mail", "JXJY@BCVTC.EDU.CN")], "WeChat repost of college notice")

# ---------- U08 翼点 (速成) ----------
u = "U08"; uc = U[u]["ids"]["uscc"][1]
add("kecheng", "item-3104.html", "AI训练师速成营｜7天拿证 四级三级同报",
    P("机构：AI训练师速成营", "7天速成，四级三级同时报名，一次拿两证，通过率98%。",
      "报名QQ：3390127846", "运营主体：长春翼点信息科技有限公司（%s）" % uc),
    True, u, "AI训练师速成营", [idw(u, "qq", "3390127846"), idw(u, "uscc", uc)], "marketplace 速成 listing")
add("video", "v-9013377.html", "翼点AI：带你三天搞定AI训练师理论题",
    P("【视频文案】内部题库，命题组老师押题，考前三天突击！", "扣扣：3390 127 846　电话 130-8682-0413"),
    True, u, "翼点AI", [idw(u, "qq", "3390 127 846"), idw(u, "tel", "130-8682-0413")], "short-video 押题 ad")
add("fenlei", "post-91277.html", "白城 AI训练师 考证 报名 翼点",
    P("长春翼点信息科技有限公司白城报名点，人工智能训练师各级报名，协议保过。",
      "联系：13086820413（微信同号）"),
    True, u, "长春翼点信息科技有限公司", [idw(u, "tel", "13086820413")], "classified 保过 ad")

# ---------- U09 优学 ----------
u = "U09"; uc = U[u]["ids"]["uscc"][1]
add("wx", "art-0815.html", "转载｜优学职培：人工智能训练师+生成式AI应用员 双证班",
    P("来源：优学职培", "双证班：人工智能训练师（4-04-05-05）+生成式人工智能系统应用员，一次学习两本证书，官方指定培训机构。",
      "加微信 yxzp_0436 领取报名表。"),
    True, u, "优学职培", [idw(u, "wx", "yxzp_0436")], "WeChat repost, double-cert bundle")
add("news", "adv-2305.html", "【教育资讯】优学教育科技：AI技能人才培训走进白城",
    P("（推广）优学教育科技有限公司（统一社会信用代码 %s）在白城设立报名点，开设AI训练师课程。" % uc,
      "负责人表示，学员结业后“保证拿证”。报名热线 199-4360-8821，微信：YXZP_0436"),
    True, u, "优学教育科技", [idw(u, "uscc", uc), idw(u, "tel", "199-4360-8821"), idw(u, "wx", "YXZP_0436")], "advertorial")
add("bbs", "thread-341566.html", "有人报过优学职培的AI训练师吗？",
    P("楼主（优学职培小助手）：我们这期还有名额，零基础也能考三级，包教包会。私聊 19943608821。",
      "<i>2楼 鹤城老王：零基础考三级？不符合申报条件吧。</i>"),
    True, u, "优学职培", [idw(u, "tel", "19943608821")], "forum self-promotion thread")

# ---------- Independents ----------
def ind(code): name, ids = I[code]; return name, [tuple(x) for x in ids]
n, ids = ind("I01"); add("kecheng", "item-3355.html", "洮南云帆 人工智能训练师五级辅导（线上）",
    P("机构：%s" % n, "五级理论+实操辅导，580元，需满足一年工作经历。", "咨询：136 1436 8092"), True, "I01", n, ids, "independent marketplace listing")
n, ids = ind("I02"); add("fenlei", "post-92001.html", "大安 数据标注工作室 招学徒 可考五级",
    P("%s招学徒，学徒期满可报人工智能训练师五级。" % n, "联系微信 daan_biaozhu"), True, "I02", n, ids, "independent classified")
n, ids = ind("I03"); add("wenda", "q-8010.html", "松原有AI训练师培训吗？",
    P("<b>提问：</b>松原有线下的AI训练师培训吗？", "<b>回答（%s）：</b>我校开设五级班，电话 0438-8526610。" % n), True, "I03", n, ids, "independent Q&A answer")
n, ids = ind("I04"); add("video", "v-9100456.html", "数智星球：AI训练师四级实操演示",
    P("【视频文案】四级实操：数据清洗+标注质检。想系统学习的报名我们的训练营。", "报名QQ:1547729063"), True, "I04", n, ids, "independent short video")
n, ids = ind("I05"); add("shop", "item-73300.html", "镇赉新起点 人工智能训练师五级 培训报名",
    P("店铺：%s" % n, "线下培训，按标准60学时授课。到店咨询或致电 15104363377。"), True, "I05", n, ids, "independent shop listing")
n, ids = ind("I06"); add("bbs", "thread-342008.html", "北辰AI研习社 人工智能训练师备考小班招新",
    P("楼主：北辰AI研习社", "面向已有一年以上标注经验的同学，备考五级/四级，小班6人。", "报名邮件：beichen_ai@126.com"), True, "I06", n, ids, "independent forum post")

# ---------------- non-offers ----------------
add("rsj", "notice-2026-03.html", "关于开展2026年人工智能训练师等职业技能等级认定工作的通知",
    P("各有关单位：根据国家职业技能标准，现将本年度职业技能等级认定有关事项通知如下。",
      "职业技能等级证书由经人社部门备案的评价机构颁发，可登录 zscx.osta.org.cn 或 jndj.osta.org.cn 查询。",
      "参保职工取得五级、四级、三级证书的，可按规定申领技能提升补贴，最高分别为1000元、1500元、2000元。",
      "认定考点：白城市职业技能实训基地，考点前台电话 0436-3287001。",
      "证书编号示例：S000022080001261000123（五级）。政策咨询请拨打 12333。"),
    note="人社局 notice (official)")
add("rsj", "warn-shanzhai.html", "警惕“山寨证书”：人工智能训练师证书不是人社部颁发",
    P("近期群众反映，有机构以“人社部颁发”“国家职业资格”“包过”为噱头销售人工智能训练师证书。",
      "提醒：人工智能训练师证书属于职业技能等级证书，人社部不直接颁发。群众举报的可疑电话 0431-81234567、17088889999 等请勿轻信。",
      "如遇虚假宣传请拨打 12315 或 12333 投诉。"),
    note="official warning quoting scam numbers")
add("news", "n-20260412.html", "市民花3980元买“AI训练师一级证书”，查询网站竟是假的",
    P("记者 张鹏", "市民王女士向本报反映，她通过网店以3980元购买“人工智能训练师一级证书”，对方提供的查询网址 www.rsbzscx.com 并非官方网站。",
      "王女士提供的订单号为 13920260412，对方收款后失联。对方曾使用手机 17088889999 联系。",
      "人社部门提醒，证书查询请认准 zscx.osta.org.cn，也可拨打 12333 咨询。"),
    note="news report about a scam")
add("news", "n-20260415.html", "白城春耕备耕有序推进",
    P("连日来，白城各地抓住有利时机开展春耕备耕工作。", "（本文与培训无关）"), note="unrelated news")
add("bbs", "thread-338801.html", "【维权】报了个AI训练师包过班，交钱后拉黑了",
    P("楼主：鹤城小李", "上个月刷视频报了个“包过”的人工智能训练师三级，交了2680，现在人找不到了。骗子电话 0431-81234567，大家避雷！",
      "<i>2楼 热心网友：我也想维权，有同样遭遇的加我微信 lixiaoyu_bc 一起找律师。</i>",
      "<i>3楼 版主：已转消费维权版，请拨打12315。</i>",
      "<i>4楼 路人：报名前填的是金数据表单 jinshuju.net 吧？</i>"),
    note="complaint thread, reader contacts and scam numbers")
add("wenda", "q-9001.html", "人工智能训练师证书怎么查真假？",
    P("<b>提问：</b>怎么查人工智能训练师证书？", "<b>回答：</b>登录 zscx.osta.org.cn，输入姓名、证件号和证书编号。证书编号一般为22位，如 S000022080001261000123。",
      "<b>回答：</b>有的广告写“请拨打138-0013-8000咨询”这种都是模板没改的，别信。"),
    note="guide answer, not an offer")

# ---------------- decoys ----------------
DECOYS = [
 ("phone", "12333", ["12333"], "public 人社 hotline", "public_hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline", "public_hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site", "official_site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL on certificates", "official_site"),
 ("phone", "4008207766", ["400-820-7766"], "course marketplace's own customer-service line in footer", "platform_footer"),
 ("email", "kefu@xuejiwang.com", ["kefu@xuejiwang.com"], "marketplace footer e-mail", "platform_footer"),
 ("email", "admin@hechengbbs.com", ["admin@hechengbbs.com"], "forum footer e-mail", "platform_footer"),
 ("qq_group", "518827364", ["518827364"], "forum moderators' QQ group in footer", "platform_footer"),
 ("phone", "04363210000", ["0436-3210000"], "classifieds site's customer-service line", "platform_footer"),
 ("other", "京ICP备16054433号-3", ["京ICP备16054433号-3"], "Q&A platform ICP number", "platform_footer"),
 ("domain", "kuaiying.tv", ["kuaiying.tv"], "short-video platform's own domain", "platform_footer"),
 ("email", "shangao@gzhku.cn", ["shangao@gzhku.cn"], "repost site's takedown e-mail", "platform_footer"),
 ("phone", "04363225110", ["0436-3225110"], "news site's news hotline", "platform_footer"),
 ("phone", "95188", ["95188"], "payment platform hotline in shop footer", "third_party"),
 ("phone", "043181234567", ["0431-81234567"], "scam number quoted in warning/complaint", "quoted_in_warning"),
 ("phone", "+8617088889999", ["17088889999"], "scam number quoted in warning/news", "quoted_in_warning"),
 ("domain", "rsbzscx.com", ["www.rsbzscx.com"], "fake query site named in news", "quoted_in_warning"),
 ("phone", "+8613920260412", ["13920260412"], "really an order number", "order_number"),
 ("other", "S000022080001261000123", ["S000022080001261000123"], "certificate number example", "certificate_number"),
 ("phone", "+8613800138000", ["138-0013-8000"], "template placeholder number", "placeholder"),
 ("wechat", "lixiaoyu_bc", ["lixiaoyu_bc"], "a reader's own WeChat in a comment", "reader_contact"),
 ("phone", "04363287001", ["0436-3287001"], "exam venue front desk", "third_party"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool", "third_party"),
]

# ---------------- render ----------------
def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def render(pg, site_pages):
    s = SITES[pg["site"]]
    menu = " | ".join('<a href="/%s/index.html">%s</a>' % (pg["site"], m) for m in s["menu"])
    related = "".join('<li><a href="%s">%s</a></li>' % (q["path"], esc(q["title"])) for q in site_pages if q is not pg)
    crumbs = '<a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; %s' % (pg["site"], esc(s["name"]), esc(pg["title"]))
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s - %s</title></head>"
            "<body class=\"%s\"><header><h1>%s</h1><nav>%s</nav></header><div class=\"crumbs\">%s</div>"
            "<main><h2>%s</h2>%s</main><aside><h3>相关推荐</h3><ul>%s</ul></aside>"
            "<footer>%s</footer></body></html>\n") % (esc(pg["title"]), esc(s["name"]), s["style"], esc(s["name"]), menu,
                                                   crumbs, esc(pg["title"]), pg["body"], related, esc(s["footer"]))

def main():
    if os.path.exists(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    for sk, s in SITES.items():
        sp = [p for p in PAGES if p["site"] == sk]
        lis = "".join('<li><a href="%s">%s</a></li>' % (p["path"], esc(p["title"])) for p in sp)
        PAGES.append(dict(path="/%s/index.html" % sk, site=sk, title=s["name"] + " 首页", body="<ul>%s</ul>" % lis,
                          is_offer=False, operator=None, provider=None, ids=[], note="site index (%s)" % s["style"]))
    texts = {}
    for sk in SITES:
        sp = [p for p in PAGES if p["site"] == sk]
        os.makedirs(os.path.join(OUT, sk), exist_ok=True)
        for p in sp:
            t = render(p, sp); texts[p["path"]] = t
            open(OUT + p["path"], "w", encoding="utf-8").write(t)
    hub = "".join('<li><a href="/%s/index.html">%s</a>（%s）</li>' % (k, esc(v["name"]), v["style"]) for k, v in SITES.items())
    t = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>白城一周搜索：人工智能训练师</title></head><body><h1>站点导航</h1><ul>%s</ul></body></html>\n" % hub
    open(OUT + "/index.html", "w", encoding="utf-8").write(t); texts["/index.html"] = t
    open(OUT + "/robots.txt", "w").write("User-agent: *\nAllow: /\n")
    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")]
    for p in PAGES:
        pages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                          identifiers=[list(x) for x in p["ids"]], note=p["note"]))
    ops = {}
    for k, o in U.items():
        used = sorted({(i[0], i[1]) for p in PAGES if p["operator"] == k for i in p["ids"]})
        ops[k] = dict(brands=o["brands"], identifiers=[list(x) for x in used])
    decoys = []
    for kind, val, wr, why, cat in DECOYS:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in wr))
        decoys.append(dict(kind=kind, value=val, written=wr, pages=pg, why=why, category=cat))
    json.dump(dict(pages=pages, operators=ops, decoys=decoys), open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
