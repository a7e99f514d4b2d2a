#!/usr/bin/env python3
"""Generate the labeled 12ct web (杭州 mix) and truth.json. Stdlib only, deterministic."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(code8, ws))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(head8, org8):
    body = head8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]


FW = str.maketrans("0123456789@", "０１２３４５６７８９＠")


def fullw(s):
    return s.translate(FW)


CN = dict(zip("0123456789", "〇一二三四五六七八九"))
CNU = dict(zip("0123456789", "零壹贰叁肆伍陆柒捌玖"))

USCC_U01 = uscc("91330106", "MA2H3K7P")
USCC_U02 = uscc("52330105", "MJ083521")
USCC_U03 = uscc("91110108", "MA01XK3T")
USCC_U06 = uscc("91330201", "MA2GU4N8")
USCC_U08 = uscc("91330108", "MA27WQ5D")

U06_CN = "一五九 六八四二 〇七三五"
U09_CNU = "".join(CNU[d] for d in "19957208631")

# ---------------------------------------------------------------- site styles
SITES = {
    "zlqh": dict(name="智联启航教育", idx="/zlqh/index.html", css="corp-blue",
                 menu=["首页", "课程中心", "报考指南", "学员风采", "关于我们"],
                 footer="杭州智联启航教育科技有限公司 版权所有 | 统一社会信用代码:" + USCC_U01 +
                        " | 咨询热线:138-5711-2468 | 官网 www.zlqhedu.cn | 浙ICP备2021018846号-1 | 地址:杭州市西湖区文三路 398 号东信大厦 11 楼"),
    "xyedu": dict(name="星跃职业培训学校", idx="/xyedu/index.html", css="corp-green",
                  menu=["学校首页", "招生简章", "补贴政策", "证书查询", "联系我们"],
                  footer="杭州市拱墅区星跃职业培训学校(民办非企业单位) 统一社会信用代码 " + USCC_U02 +
                         " | 办学许可证 教民133010570001234号 | 电话 0571-86123457 | QQ:2845561937 | 浙ICP备2020041172号"),
    "ketang": dict(name="课堂宝", idx="/ketang/index.html", css="mkt",
                   menu=["首页", "职业技能", "IT互联网", "语言学习", "考证专区", "机构入驻"],
                   footer="课堂宝 在线职业教育平台 | 客服热线 400-655-8200(9:00-21:00) | 客服邮箱 kefu@ketangbao.com | "
                          "浙ICP备19023361号-2 | 平台仅提供信息展示服务,课程由入驻机构提供"),
    "hzinfo": dict(name="杭州生活网", idx="/hzinfo/index.html", css="portal",
                   menu=["首页", "本地新闻", "政策解读", "分类信息", "教育培训", "便民服务"],
                   footer="杭州生活网 | 客服电话 0571-85223399 | 违法和不良信息举报:jubao@hzlife.net | 浙ICP备11004587号 | "
                          "分类信息由网友发布,请自行核实,谨防上当"),
    "bbs": dict(name="西湖论坛", idx="/bbs/index.html", css="forum",
                menu=["论坛首页", "职场江湖", "考证交流", "吐槽维权", "二手市场"],
                footer="西湖论坛 xihubbs | 版主申请及站务请加官方交流群:618203547 | 举报电话 0571-85223399 转 8 | 浙ICP备13027765号"),
    "mp": dict(name="微转载", idx="/mp/index.html", css="wx",
               menu=["推荐", "教育", "职场", "本地", "原文搜索"],
               footer="微转载 - 公众号文章聚合阅读 | 侵权删除请联系客服微信 weizhuanzai_kf | 本站内容来自公众号,观点不代表本站"),
    "wenda": dict(name="知了问答", idx="/wenda/index.html", css="qa",
                  menu=["首页", "教育", "职场", "法律", "我要提问"],
                  footer="知了问答 | 举报邮箱 jubao@zhiliaowenda.com | 浙ICP备18055219号-3 | 回答内容仅代表答主个人观点"),
    "zhaopin": dict(name="杭才网", idx="/zhaopin/index.html", css="jobs",
                    menu=["首页", "找工作", "校园招聘", "企业招聘", "求职防骗"],
                    footer="杭才网 人力资源服务许可证 330100202100047 | 求职服务热线 400-880-6936 | service@hangcai.com.cn | "
                           "浙ICP备16031852号 | 招聘中以任何名义收费均属违规,请拨 12333 举报"),
    "rsj": dict(name="杭州市人力资源和社会保障局", idx="/rsj/index.html", css="gov",
                menu=["首页", "政务公开", "通知公告", "办事服务", "互动交流"],
                footer="主办:杭州市人力资源和社会保障局 | 咨询电话:12333 | 网站标识码 3301000012 | 浙ICP备05018367号 | 浙公网安备 33010302000123号"),
}

PAGES = []


def page(path, site, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=offer,
                      operator=op, provider=provider,
                      identifiers=[list(x) for x in ids], note=note))


def P(*paras):
    return "\n".join("<p>" + x + "</p>" for x in paras)


def contact(lines):
    return '<div class="contact"><h4>联系方式</h4>' + "".join("<p>" + l + "</p>" for l in lines) + "</div>"


def form(ph="13800138000"):
    return ('<form class="lead" action="#"><label>姓名</label><input name="n" placeholder="请输入姓名">'
            '<label>手机</label><input name="m" placeholder="例:' + ph + '"><button>免费领取报考资料</button></form>')


def comments(items):
    return '<div class="comments"><h4>评论</h4>' + "".join(
        '<div class="cmt"><b>' + u + "</b>:" + t + "</div>" for u, t in items) + "</div>"


def qa(question, asker, answers):
    h = '<div class="question"><h2>' + question[0] + "</h2><p>" + question[1] + '</p><span class="asker">提问者:' + asker + "</span></div>"
    for who, txt in answers:
        h += '<div class="answer"><div class="who">' + who + "</div>" + txt + "</div>"
    return h


# ================================================================ U01 智联启航 (company, "补贴后几乎免费")
page("/zlqh/index.html", "zlqh", "智联启航教育-杭州人工智能训练师培训_数据标注员培训",
     '<div class="banner">人工智能训练师 五级/四级 周末班 火热报名中</div>' +
     P("智联启航教育专注人工智能训练师(职业编码 4-04-05-05)职业技能培训,开设数据标注员、人工智能算法测试员两个工种的五级、四级课程。",
       "五级 60 课时,学费 2680 元;四级 50 课时,学费 3280 元。符合条件的参保学员取证后可申领技能提升补贴,补贴后几乎免费!",
       "课程结束后由第三方评价机构组织认定,证书可在 zscx.osta.org.cn 查询。") +
     contact(['咨询电话:<a href="tel:13857112468">138-5711-2468</a>', "官网:www.zlqhedu.cn"]),
     True, "U01", "智联启航教育",
     [("phone", "+8613857112468", "138-5711-2468"), ("phone", "+8613857112468", "tel:13857112468"),
      ("domain", "zlqhedu.cn", "www.zlqhedu.cn"), ("uscc", USCC_U01, USCC_U01)],
     "training company home page selling level 5/4 AI-trainer courses")

page("/zlqh/kecheng-l4.html", "zlqh", "人工智能训练师四级(中级工)周末班-智联启航",
     P("【课程】人工智能训练师四级(中级工),数据采集和处理、数据标注、智能系统运维三大模块,50 课时,理论+实操。",
       "【报名条件】取得五级证书后从事本职业 4 年,或累计从事本职业 6 年,或中职相关专业毕业。",
       "【费用】3280 元(含教材、模拟题库,不含认定费)。认定费按评价机构标准另行收取。",
       "【开班】2026 年 4 月 18 日,上课地点:杭州市西湖区文三路 398 号。") +
     contact(["课程顾问 徐老师:138 5711 2468(微信同号)", "邮箱:service@zlqhedu.cn"]) + form(),
     True, "U01", "智联启航",
     [("phone", "+8613857112468", "138 5711 2468"), ("wechat", "13857112468", "138 5711 2468(微信同号)"),
      ("email", "service@zlqhedu.cn", "service@zlqhedu.cn"), ("phone", "+8613857112468", "138-5711-2468"),
      ("domain", "zlqhedu.cn", "www.zlqhedu.cn"), ("uscc", USCC_U01, USCC_U01)],
     "company course page: level 4 weekend class with eligibility and fee")

page("/ketang/c15820250301.html", "ketang", "启航AI学堂|人工智能训练师五级 零基础入门到取证-课堂宝",
     '<div class="course-meta">课程编号:15820250301 | 机构:启航AI学堂 | 评分 4.7 | 已报名 1326 人</div>' +
     P("适合人群:想转行做数据标注、AI 训练的职场新人。五级课程 60 课时,直播+录播。",
       "价格:¥2680,限时立减 300。参保满一年可申请技能提升补贴 1000 元。",
       "课后加班主任 VX:qhai2024 领取学习资料,更多班型见官网 zlqhedu.cn。"),
     True, "U01", "启航AI学堂",
     [("wechat", "qhai2024", "VX:qhai2024"), ("domain", "zlqhedu.cn", "zlqhedu.cn")],
     "marketplace course listing (level 5) by U01 under another brand")

page("/bbs/thread-20431.html", "bbs", "【分享】零基础半年转行AI训练师,说说我的经历-考证交流-西湖论坛",
     '<div class="post"><div class="author">楼主:浙里AI训练营小助手</div>' +
     P("很多人私信问我怎么入行的,统一回复一下。去年在浙里AI训练营报了五级班,周末上课,两个月拿证,现在在一家标注公司做质检。",
       "我们营现在还有几个名额,五级 2680 元,参保的可以申请补贴。想了解的加微信:qhai2024,或者打电话 １３８５７１１２４６８ 找徐老师。") + "</div>" +
     comments([("路过的猫", "广告吧这是"), ("hz小鱼", "求带,我的微信 lucky_mm0908,想了解一下")]),
     True, "U01", "浙里AI训练营",
     [("wechat", "qhai2024", "微信:qhai2024"), ("phone", "+8613857112468", "１３８５７１１２４６８")],
     "forum 'experience' post that is an ad for U01's class")

# ================================================================ U02 星跃 (honest school)
page("/xyedu/index.html", "xyedu", "杭州市拱墅区星跃职业培训学校",
     P("本校为经拱墅区人力社保局审批的民办职业培训学校,开设人工智能训练师(数据标注员)五级、四级培训。",
       "我校不颁发证书。培训结束后由已备案的评价机构组织认定,合格者取得职业技能等级证书,可在技能人才评价证书全国联网查询(zscx.osta.org.cn)核验。",
       "失业保险技能提升补贴:五级最高 1000 元、四级最高 1500 元,以人社部门审核为准。政策咨询可拨 12333。") +
     contact(["招生办电话:0571-86123457", "QQ:2845561937", "地址:杭州市拱墅区莫干山路 1418 号"]),
     True, "U02", "杭州市拱墅区星跃职业培训学校",
     [("phone", "0571-86123457", "0571-86123457"), ("qq", "2845561937", "QQ:2845561937"), ("uscc", USCC_U02, USCC_U02)],
     "honest training school home page, levels 5/4, correct subsidy and query info")

page("/xyedu/zhaosheng-2026.html", "xyedu", "2026年人工智能训练师(数据标注员)四级招生简章-星跃职业培训学校",
     P("一、培训对象:具备初中及以上学历,取得五级证书后从事相关工作满 4 年,或累计从事本职业满 6 年的人员。",
       "二、培训安排:50 课时,理论 30%、实操 70%。学费 1980 元;认定费按评价机构公示标准收取。",
       "三、认定:本期认定批次编号 13320260415,考点设在浙江大厦 7 楼(前台电话 0571-87065588,仅限考试当天问路)。",
       "四、本校不承诺通过,不收取任何“包过费”。") +
     contact(["报名电话:(0571) 8612 3457", "电子邮箱:xingyue_px@126.com"]),
     True, "U02", "星跃职业培训学校",
     [("phone", "0571-86123457", "(0571) 8612 3457"), ("email", "xingyue_px@126.com", "xingyue_px@126.com"),
      ("phone", "0571-86123457", "0571-86123457"), ("qq", "2845561937", "QQ:2845561937"), ("uscc", USCC_U02, USCC_U02)],
     "honest enrolment notice for level 4 with batch number and venue")

page("/hzinfo/fenlei/px-3391.html", "hzinfo", "星跃职培 人工智能训练师五级 拱墅 周末班 - 杭州生活网分类信息",
     '<div class="cls-meta">类别:教育培训 > 职业技能 | 区域:拱墅 | 发布:2026-03-02 | 浏览 412 次</div>' +
     P("星跃职培五级(数据标注员)周末班 3 月 21 日开课,学费 1680 元,可申请技能提升补贴。",
       "联系:0571 86123457 朱老师;扣扣 2845561937。到校咨询请提前预约。"),
     True, "U02", "星跃职培",
     [("phone", "0571-86123457", "0571 86123457"), ("qq", "2845561937", "扣扣 2845561937")],
     "portal classified ad by the school")

# ================================================================ U03 中科国培 (scam: 人社部颁发, 包过, levels at once)
page("/bbs/thread-20458.html", "bbs", "人工智能训练师证书 人社部颁发 三级二级一起拿 包过!!-考证交流-西湖论坛",
     '<div class="post"><div class="author">楼主:国培AI认证中心</div>' +
     P("国家紧缺新职业人工智能训练师,人社部颁发,全国通用,官网可查!",
       "零基础、不限学历、不限经验,三级+二级一起拿只要 6980,包过,不过全额退款!",
       "持证可挂靠,年入 3 万不是梦。名额有限,速联系:177-0651-8823 微信同号。",
       "证书样本见图(证书编号 No.15720250318)。") + "</div>" +
     comments([("老杭漂", "二级技师零基础?这不可能吧"), ("国培AI认证中心", "私聊")]),
     True, "U03", "国培AI认证中心",
     [("phone", "+8617706518823", "177-0651-8823"), ("wechat", "17706518823", "177-0651-8823 微信同号")],
     "forum scam ad: 人社部颁发, 包过, level 3+2 to beginners, 挂靠 income")

page("/mp/s/gp-ai-2026.html", "mp", "重磅!2026年人工智能训练师证书报考通道开启(附报名方式)",
     '<div class="wx-meta">中科国培 2026-03-09 原文转载</div>' +
     P("人工智能训练师是人社部认证的新职业,证书由人社部颁发,入库可查,可用于积分落户、评职称。",
       "本中心为国家级人工智能人才培养基地,免培训直接报考,15 天出证,一级/二级/三级均可办理。",
       "报名咨询请加 V信:zkzx8823,或加入考生 Q群:736281904;电话 177 0651 8823。",
       "主办单位:中科国培(北京)信息技术有限公司,统一社会信用代码 " + USCC_U03 + "。",
       "证书样本编号:No.15720250318(仅供展示)。"),
     True, "U03", "中科国培",
     [("wechat", "zkzx8823", "V信:zkzx8823"), ("phone", "+8617706518823", "177 0651 8823"), ("qq_group", "736281904", "Q群:736281904"), ("uscc", USCC_U03, USCC_U03)],
     "WeChat repost of the scam operator's article, 免培训 15天出证")

page("/wenda/q-88240.html", "wenda", "人工智能训练师证书去哪里考?多少钱?-知了问答",
     qa(("人工智能训练师证书去哪里考?多少钱?", "在杭州,本科非计算机专业,想考个证找工作。"), "匿名用户",
        [("中科国培-王老师(认证机构)", P("可以直接在我们这边报,人社部颁发,三级 3980,二级 5980,包过。", "详细了解加薇 zkzx8823,备注知了。")),
         ("数据民工", P("先看清楚是不是备案的评价机构,别信包过。证书可以在 zscx.osta.org.cn 查。"))]),
     True, "U03", "中科国培",
     [("wechat", "zkzx8823", "加薇 zkzx8823")],
     "Q&A page whose top answer is the scam operator's ad")

page("/zhaopin/job-55127.html", "zhaopin", "AI训练师(居家兼职) 8000-15000元 - 中科国培人力 - 杭才网",
     '<div class="job-meta">薪资:8000-15000 | 地点:杭州 | 经验不限 | 学历不限</div>' +
     P("岗位职责:居家完成 AI 数据标注任务,多劳多得。",
       "任职要求:需持有人工智能训练师证书上岗。无证者可由公司统一安排考证,考证费 3980 元,包过,入职后报销一半。",
       "联系人:刘经理 17706518823。"),
     True, "U03", "中科国培人力",
     [("phone", "+8617706518823", "17706518823")],
     "fake job ad that sells the certificate before 'hiring'")

# ================================================================ U04 职达 (400 number, 不过退款)
page("/ketang/c15820250417.html", "ketang", "职达教育|人工智能训练师四级 考证冲刺班-课堂宝",
     '<div class="course-meta">课程编号:15820250417 | 机构:职达教育 | 评分 4.5 | 已报名 864 人</div>' +
     P("四级(中级工)冲刺班,30 天系统学习,押题密训,历年通过率 98%。",
       "价格:¥2980,一次不过免费重学。",
       "机构咨询热线:400-826-7519。"),
     True, "U04", "职达教育",
     [("phone", "4008267519", "400-826-7519")],
     "marketplace listing, 98% pass-rate claim")

page("/hzinfo/fenlei/px-3420.html", "hzinfo", "职达在线 AI训练师 四级/三级 考证 杭州 - 杭州生活网分类信息",
     '<div class="cls-meta">类别:教育培训 > 考证 | 区域:全杭州 | 发布:2026-03-05</div>' +
     P("职达在线人工智能训练师四级、三级培训,线上学习 + 杭州线下考点,考点位于浙江大厦(前台 0571-87065588)。",
       "全国咨询热线 4008 267 519;资料索取请发邮件 kefu@zhidaedu.com。"),
     True, "U04", "职达在线",
     [("phone", "4008267519", "4008 267 519"), ("email", "kefu@zhidaedu.com", "kefu@zhidaedu.com")],
     "portal classified ad for levels 4/3")

page("/mp/s/zhida-ai.html", "mp", "AI时代,这张证书让你不被淘汰|职达AI学院",
     '<div class="wx-meta">职达AI学院 2026-02-27 原文转载</div>' +
     P("人工智能训练师,人社部新职业。四级 2980 元,三级 3680 元,双证同报立减 800!",
       "报名请发送姓名和电话至 kefu(at)zhidaedu.com,或访问 zhidaedu.com 在线报名。"),
     True, "U04", "职达AI学院",
     [("email", "kefu@zhidaedu.com", "kefu(at)zhidaedu.com"), ("domain", "zhidaedu.com", "zhidaedu.com")],
     "WeChat repost with a two-certificate bundle discount")

# ================================================================ U05 代办 (免考 直接出证, payee name)
page("/bbs/thread-20477.html", "bbs", "各类证书办理 人工智能训练师 免考 直接出证 官网可查-二手市场-西湖论坛",
     '<div class="post"><div class="author">楼主:证书办理陈老师</div>' +
     P("人工智能训练师五级到一级均可办理,免考试免培训,直接出证,官网可查,加急 7 天。",
       "五级 1200,四级 1800,三级 2600,一级二级面议。有意者 v:ai_zs668。") + "</div>" +
     comments([("热心市民", "举报了,这种就是山寨证书"), ("证书办理陈老师", "真实可查,不信可以先看样本")]),
     True, "U05", "证书办理陈老师",
     [("wechat", "ai_zs668", "v:ai_zs668")],
     "forum post selling certificates without exam (代办)")

page("/hzinfo/fenlei/zs-3455.html", "hzinfo", "加急办理人工智能训练师证 全国可查 - 杭州生活网分类信息",
     '<div class="cls-meta">类别:商务服务 > 证件 | 发布:2026-03-07</div>' +
     P("加急证书服务:人工智能训练师、数据标注员、AIGC 证书,无需到场,快速拿证。",
       "联系:薇信 ai_zs668 / 扣扣1573946620。先付定金 500,出证后付尾款。"),
     True, "U05", "加急证书服务",
     [("wechat", "ai_zs668", "薇信 ai_zs668"), ("qq", "1573946620", "扣扣1573946620")],
     "portal classified ad, certificate agent")

page("/wenda/q-88263.html", "wenda", "没时间上课能不能直接拿人工智能训练师证?-知了问答",
     qa(("没时间上课能不能直接拿人工智能训练师证?", "单位评优要用,急。"), "zj_木子",
        [("陈老师", P("可以,我们专门办理,不用考试,7 个工作日出证。", "加 QQ 1573946620 详聊,定金转账收款人:陈丽娟。")),
         ("HR小王", P("正规认定必须参加理论和技能考核,免考直接拿证的都是假的。"))]),
     True, "U05", "陈老师",
     [("qq", "1573946620", "QQ 1573946620"), ("other", "payee:陈丽娟", "收款人:陈丽娟")],
     "Q&A answer by the agent, payee name given")

page("/zhaopin/job-55190.html", "zhaopin", "兼职数据标注员 日结 - 杭州智标信息 - 杭才网",
     '<div class="job-meta">薪资:200-400 元/天 | 地点:杭州余杭 | 经验不限</div>' +
     P("要求持人工智能训练师证书,没有证书可以帮办,费用 1200 元,三天出证。",
       "办证联系微信:AI_ZS668,付款账户名 陈丽娟。"),
     True, "U05", "杭州智标信息",
     [("wechat", "ai_zs668", "微信:AI_ZS668"), ("other", "payee:陈丽娟", "付款账户名 陈丽娟")],
     "job ad used to sell the agent's certificates")

# ================================================================ U06 甬智 (宁波, Chinese numerals)
page("/mp/s/yongzhi-ai.html", "mp", "宁波人工智能训练师培训,五级四级周末开班|甬智教育",
     '<div class="wx-meta">甬智教育 2026-03-01 原文转载</div>' +
     P("甬智教育宁波、杭州两地开班,人工智能训练师五级 2380 元、四级 2880 元,学完由备案评价机构认定。",
       "报名热线:" + U06_CN + "(为防平台屏蔽,号码用中文书写)。"),
     True, "U06", "甬智教育",
     [("phone", "+8615968420735", U06_CN)],
     "WeChat repost, phone written in Chinese numerals")

page("/ketang/c15820250522.html", "ketang", "宁波甬智人工智能培训|数据标注员五级-课堂宝",
     '<div class="course-meta">课程编号:15820250522 | 机构:宁波甬智人工智能培训 | 已报名 211 人</div>' +
     P("数据标注员五级,60 课时,线上学习,宁波/杭州考点。价格 ¥2380。",
       "课程答疑:159 6842 0735;QQ 3301968475。"),
     True, "U06", "宁波甬智人工智能培训",
     [("phone", "+8615968420735", "159 6842 0735"), ("qq", "3301968475", "QQ 3301968475")],
     "marketplace listing by U06")

page("/zhaopin/job-55203.html", "zhaopin", "AI训练师学员(带薪培训) - 智训通 - 杭才网",
     '<div class="job-meta">薪资:面议 | 地点:宁波/杭州 | 学历不限</div>' +
     P("招募人工智能训练师学员,先培训后推荐就业,培训费 2880 元可分期。",
       "企业:宁波甬智教育科技有限公司(统一社会信用代码 " + USCC_U06 + "),联系 QQ:3301968475。"),
     True, "U06", "智训通",
     [("qq", "3301968475", "QQ:3301968475"), ("uscc", USCC_U06, USCC_U06)],
     "training-loan style 'job' ad by U06")

# ================================================================ U07 fake query site
page("/mp/s/ai-zscx.html", "mp", "人工智能训练师证书全国统一查询入口公布!",
     '<div class="wx-meta">全国AI技能认证服务中心 2026-02-20 原文转载</div>' +
     P("全国人工智能职业技能认证服务中心证书一律在官方查询网站 www.ai-zscx.com 可查,其他网站查不到的均为假证。",
       "报考一级至五级人工智能训练师,咨询电话 181 6713 4290。",
       "证书样本:No.15720250318。"),
     True, "U07", "全国AI技能认证服务中心",
     [("domain", "ai-zscx.com", "www.ai-zscx.com"), ("phone", "+8618167134290", "181 6713 4290")],
     "WeChat repost promoting a fake national query site")

page("/hzinfo/fenlei/zs-3470.html", "hzinfo", "人工智能训练师报名处 杭州考点 - 杭州生活网分类信息",
     '<div class="cls-meta">类别:教育培训 > 考证 | 发布:2026-03-10</div>' +
     P("人工智能训练师报名处常年报名,国家认可,证书在 ai-zscx.com 可查。",
       "三级 3200 元,报名电话 18167134290,考点浙江大厦(前台 0571-87065588)。"),
     True, "U07", "人工智能训练师报名处",
     [("domain", "ai-zscx.com", "ai-zscx.com"), ("phone", "+8618167134290", "18167134290")],
     "portal classified ad pointing to the fake query site")

page("/wenda/q-88291.html", "wenda", "人工智能训练师证书怎么查真假?-知了问答",
     qa(("人工智能训练师证书怎么查真假?", "朋友给我办了一个,不知道是不是真的。"), "西溪小白",
        [("AI证书查询中心", P("登录 http://ai-zscx.com/chaxun 输入证书编号即可查询。代报考请发邮件 2876534120@qq.com。")),
         ("老考证人", P("官方渠道只有技能人才评价证书全国联网查询 zscx.osta.org.cn,其他自称“全国查询”的网站都要小心。"))]),
     True, "U07", "AI证书查询中心",
     [("domain", "ai-zscx.com", "http://ai-zscx.com/chaxun"), ("email", "2876534120@qq.com", "2876534120@qq.com")],
     "Q&A answer sending readers to the fake query site")

page("/bbs/thread-20502.html", "bbs", "报考人工智能训练师 国家认可 可查询-考证交流-西湖论坛",
     '<div class="post"><div class="author">楼主:认证中心王老师</div>' +
     P("人工智能训练师一到五级报名,国家认可,官网可查,不限学历。",
       "报名资料发送至 2876534120＠qq.com,或致电 +86-181-6713-4290。") + "</div>",
     True, "U07", "认证中心王老师",
     [("email", "2876534120@qq.com", "2876534120＠qq.com"), ("phone", "+8618167134290", "+86-181-6713-4290")],
     "forum ad by U07 with full-width @")

# ================================================================ U08 数研科技 (employer-run evaluation, honest)
page("/zhaopin/job-55218.html", "zhaopin", "数据标注员(含岗前培训及等级认定) 5000-7000 - 杭州数研科技 - 杭才网",
     '<div class="job-meta">薪资:5000-7000 | 地点:杭州滨江 | 学历:高中及以上</div>' +
     P("公司为用人单位自主评价备案单位。新员工入职满一年后可免费参加人工智能训练师(数据标注员)五级认定。",
       "同时面向社会开设五级培训班,学费 1800 元,自愿报名。咨询:0571-88276103。"),
     True, "U08", "杭州数研科技",
     [("phone", "0571-88276103", "0571-88276103")],
     "employer's job ad that also sells an open level-5 class")

page("/ketang/c15820250609.html", "ketang", "数研智能培训中心|数据标注员五级实操班-课堂宝",
     '<div class="course-meta">课程编号:15820250609 | 机构:数研智能培训中心 | 已报名 97 人</div>' +
     P("由一线标注团队授课,五级 60 课时,学费 ¥1800,不含认定费。满足“累计从事本职业 1 年”条件者方可参加认定。",
       "本期认定批次编号 13320260415,考点浙江大厦(前台 0571-87065588)。",
       "咨询:057188276103;邮箱 hzaix_px@163.com。统一社会信用代码 " + USCC_U08 + "。"),
     True, "U08", "数研智能培训中心",
     [("phone", "0571-88276103", "057188276103"), ("email", "hzaix_px@163.com", "hzaix_px@163.com"),
      ("uscc", USCC_U08, USCC_U08)],
     "marketplace listing by U08, correct eligibility")

page("/wenda/q-88305.html", "wenda", "数据标注员五级需要什么条件?-知了问答",
     qa(("数据标注员五级需要什么条件?", "做了半年标注了,可以考吗?"), "滨江打工人",
        [("数研培训-李老师", P("五级要求累计从事本职业或相关职业满 1 年,或本职业学徒期满。半年的话还要再等等。", "有问题可发邮件 hzaix_px 艾特 163.com。")),
         ("匿名用户", P("正解,别信那些不限经验的。"))]),
     True, "U08", "数研培训",
     [("email", "hzaix_px@163.com", "hzaix_px 艾特 163.com")],
     "Q&A answer by U08 staff, spelled-out e-mail")

# ================================================================ U09 速成 short-video style
page("/bbs/thread-20519.html", "bbs", "90%小白都能学会!AI训练师速成 原价9999限时99-考证交流-西湖论坛",
     '<div class="post"><div class="author">楼主:AI小林老师</div>' +
     P("抖音同款 AI 训练师速成课,原价 9999 限时 99!7 天学会,拿证后升职加薪。",
       "后续考证一站式服务,三证一起拿。私信或加微信 hz_aixl99。") + "</div>" +
     comments([("hz小鱼", "99 块是引流吧,后面要交多少?我微信 lucky_mm0908 发我")]),
     True, "U09", "AI小林老师",
     [("wechat", "hz_aixl99", "微信 hz_aixl99")],
     "forum copy of a short-video funnel ad")

page("/mp/s/aixl-99.html", "mp", "7天从小白到AI训练师,这个方法太香了|爱训练",
     '<div class="wx-meta">爱训练 2026-03-12 原文转载</div>' +
     P("零基础可学,交费包过,拿到证书便可升职加薪。",
       "体验课 99 元,证书班 4980 元三证一起拿。报名:199 5720 8631(微信同号)。"),
     True, "U09", "爱训练",
     [("phone", "+8619957208631", "199 5720 8631"), ("wechat", "19957208631", "199 5720 8631(微信同号)")],
     "WeChat repost, 交费包过 and three certificates")

page("/hzinfo/fenlei/px-3488.html", "hzinfo", "速成AI训练营 人工智能训练师 7天拿证 - 杭州生活网分类信息",
     '<div class="cls-meta">类别:教育培训 > IT | 发布:2026-03-14</div>' +
     P("速成AI训练营,7 天拿证,包教包会包过。",
       "电话:" + U09_CNU + ",V:hz_aixl99。"),
     True, "U09", "速成AI训练营",
     [("phone", "+8619957208631", U09_CNU), ("wechat", "hz_aixl99", "V:hz_aixl99")],
     "portal classified with phone in capital Chinese numerals")

# ================================================================ independents
page("/ketang/c15820250714.html", "ketang", "明理培训|人工智能训练师四级理论+实操-课堂宝",
     '<div class="course-meta">课程编号:15820250714 | 机构:杭州明理职业培训学校 | 已报名 305 人</div>' +
     P("四级课程 50 课时,学费 ¥2200。报名前请确认符合四级申报条件;本校不承诺通过。",
       "认定合格证书可在 zscx.osta.org.cn 查询。咨询电话 0571-85097316。"),
     True, "I01", "杭州明理职业培训学校",
     [("phone", "0571-85097316", "0571-85097316")], "honest independent course listing")

page("/bbs/thread-20533.html", "bbs", "个人带数据标注入门,实操为主,不卖证-考证交流-西湖论坛",
     '<div class="post"><div class="author">楼主:标注老张</div>' +
     P("做了五年标注质检,周末带 5 人小班,讲标注规范和工具,800 元 4 次课。", "想考证的可以学完自己报备案机构的认定,我不代办。联系微信 zhang_labeling。") + "</div>",
     True, "I02", "标注老张",
     [("wechat", "zhang_labeling", "微信 zhang_labeling")], "individual tutor's small class, no certificate promise")

page("/zhaopin/job-55240.html", "zhaopin", "AI训练师实习生(可参加公司组织的五级认定报名) - 杭州语衡数据 - 杭才网",
     '<div class="job-meta">薪资:3500-4500 | 地点:杭州西湖 | 应届生</div>' +
     P("实习满一年可报名公司组织的人工智能训练师五级认定,认定费 300 元自理。", "简历投递及咨询:135-8801-6274(HR 周女士)。"),
     True, "I03", "杭州语衡数据",
     [("phone", "+8613588016274", "135-8801-6274")], "internship ad offering a paid level-5 evaluation sign-up")

page("/mp/s/shzt-ai.html", "mp", "上海智途:人工智能训练师三级提升班招生",
     '<div class="wx-meta">上海智途职业技能 2026-03-03 原文转载</div>' +
     P("面向已持四级证书且满足年限的在职人员,三级 40 课时,学费 3600 元,可按规定申领补贴,最高 2000 元。", "咨询:021-64357820。"),
     True, "I04", "上海智途职业技能培训中心",
     [("phone", "021-64357820", "021-64357820")], "WeChat repost of an honest level-3 class in Shanghai")

page("/wenda/q-88322.html", "wenda", "人工智能训练师考试能找人代考吗?-知了问答",
     qa(("人工智能训练师考试能找人代考吗?", "理论怕考不过。"), "匿名用户",
        [("考试助手", P("线上理论可以远程协助,保过,不过不收费。Q:2398017746")),
         ("法律咨询师", P("代考涉嫌违法,请勿尝试。"))]),
     True, "I05", "考试助手",
     [("qq", "2398017746", "Q:2398017746")], "Q&A answer selling exam cheating")

page("/hzinfo/fenlei/px-3502.html", "hzinfo", "嘉兴 人工智能训练师五级 周末班 - 杭州生活网分类信息",
     '<div class="cls-meta">类别:教育培训 > 职业技能 | 区域:周边 | 发布:2026-03-15</div>' +
     P("嘉兴南湖区周末班,五级 2000 元,教材另计。", "电话 +86 153 0573 1189。"),
     True, "I06", "嘉兴周末班",
     [("phone", "+8615305731189", "+86 153 0573 1189")], "small classified ad near Hangzhou")

# ================================================================ non-offers
page("/rsj/tzgg/20260312-ai.html", "rsj", "关于警惕“人工智能训练师”等山寨证书虚假宣传的提醒",
     P("近期,有机构和个人通过网络发布“人社部颁发”“免考直接出证”“包过”等人工智能训练师证书广告。",
       "职业技能等级证书由经人力社保部门备案的评价机构颁发,政府部门不参与监制。证书可通过技能人才评价证书全国联网查询 zscx.osta.org.cn 或技能人才评价工作网 osta.mohrss.gov.cn 查询。",
       "有群众反映号码 170 5236 9841 以“认证中心”名义收取费用,请广大群众提高警惕。",
       "如发现违规行为,请拨打 12333 或 12345 反映;涉及消费纠纷可拨打 12315。"),
     note="official warning from the city HR bureau")

page("/hzinfo/news/2026-0318.html", "hzinfo", "花6980元买“人社部证书”,杭州小伙发现查无此证",
     P("记者 陈晨 3 月 18 日,市民小周向本网反映,他在论坛看到“人工智能训练师三级二级一起拿”的广告,转账 6980 元后收到的证书在官方网站查不到。",
       "小周提供的订单号为 13920260227,对方手机号 17052369841 已无法接通。",
       "市人力社保局提醒,证书请到 zscx.osta.org.cn 查询,也可拨打 12333 咨询;消费纠纷可拨打 12315。"),
     note="local news report on a scam victim, quotes scam number and order number")

page("/hzinfo/news/zhengce-ai.html", "hzinfo", "政策解读:人工智能训练师证书是什么证?能拿多少补贴?",
     P("人工智能训练师(4-04-05-05)是 2020 年发布的新职业,证书属于职业技能等级证书,由备案评价机构颁发。",
       "技能提升补贴:五级最高 1000 元、四级 1500 元、三级 2000 元,需参保满一年。二级、一级没有这项国家补贴。",
       "查询:zscx.osta.org.cn。政策咨询:12333;遇到虚假宣传可拨打 12345 市长热线。"),
     note="portal policy explainer")

page("/bbs/thread-20544.html", "bbs", "【曝光】交了钱证书查不到,大家别上当-吐槽维权-西湖论坛",
     '<div class="post"><div class="author">楼主:被坑的阿杰</div>' +
     P("去年在网上交了 6980 办人工智能训练师,订单号 13920260227,对方一直用 170-5236-9841 联系我,现在拉黑了。",
       "已经打了 12315 和 12333,大家报名前一定先去 zscx.osta.org.cn 核实机构。") + "</div>" +
     comments([("hz小鱼", "同被坑,加我微信 lucky_mm0908 一起维权")]),
     note="victim complaint with scam phone and order number")

page("/wenda/q-88190.html", "wenda", "想转行AI训练师,证书有用吗?-知了问答",
     qa(("想转行AI训练师,证书有用吗?", "30 岁,做过客服,听说标注岗要证书。谁能拉我进个交流群,微信 lucky_mm0908。"), "hz小鱼",
        [("资深标注", P("证书是加分项,不是必须。先看清机构是否备案,可以在 osta.mohrss.gov.cn 查评价机构。")),
         ("路人甲", P("别报那种包过的。"))]),
     note="learner's question, reader leaves own WeChat")

page("/zhaopin/job-55111.html", "zhaopin", "数据标注专员 6000-8000 - 杭州云图智能 - 杭才网",
     '<div class="job-meta">薪资:6000-8000 | 地点:杭州余杭 | 经验 1 年</div>' +
     P("负责图像、文本数据标注与质检。有人工智能训练师证书者优先,但不要求。", "本岗位不收取任何费用。请通过平台投递简历。"),
     note="genuine job ad, no training sold")

page("/ketang/c15820240811.html", "ketang", "Python 零基础入门 30 讲-课堂宝",
     '<div class="course-meta">课程编号:15820240811 | 机构:码上学 | 已报名 5120 人</div>' +
     P("Python 基础语法、数据结构与小项目。¥199。本课程不含任何证书。"),
     note="unrelated programming course")


# ---------------------------------------------------------------- indexes
def build_indexes():
    for key, s in SITES.items():
        if key in ("zlqh", "xyedu"):
            continue
        items = [p for p in PAGES if p["site"] == key]
        lis = "".join('<li><a href="' + p["path"] + '">' + p["title"] + "</a></li>" for p in items)
        extra = ""
        if key == "rsj":
            extra = P("【公示】2026 年第二季度职业技能等级认定计划(认定批次编号 13320260415 等)。", "咨询电话:12333")
        if key == "ketang":
            extra = P("热门课程编号:15820250301、15820250522。平台客服 400-655-8200。")
        page(s["idx"], key, s["name"] + " - 首页", '<ul class="list">' + lis + "</ul>" + extra,
             note="site index page of " + s["name"])
    # company sites: link their own pages from the home page
    for key in ("zlqh", "xyedu"):
        home = [p for p in PAGES if p["path"] == SITES[key]["idx"]][0]
        others = [p for p in PAGES if p["site"] == key and p is not home]
        home["body"] += '<ul class="list">' + "".join('<li><a href="' + p["path"] + '">' + p["title"] + "</a></li>" for p in others) + "</ul>"
    nav = "".join('<li><a href="' + s["idx"] + '">' + s["name"] + "</a></li>" for s in SITES.values())
    PAGES.append(dict(path="/index.html", site=None, title="杭州本地网址导航", body='<ul class="nav">' + nav + "</ul>",
                      is_offer=False, operator=None, provider=None, identifiers=[], note="navigation page linking every site's index"))


def render(p):
    if p["site"] is None:
        return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>' + p["title"] +
                '</title></head><body><h1>' + p["title"] + "</h1>" + p["body"] +
                '<footer>网址导航 仅供参考</footer></body></html>\n')
    s = SITES[p["site"]]
    same = [q for q in PAGES if q["site"] == p["site"] and q["path"] != p["path"]]
    menu = "".join('<a href="' + (s["idx"] if i == 0 else "#") + '">' + m + "</a>" for i, m in enumerate(s["menu"]))
    crumbs = '<a href="/index.html">导航</a> &gt; <a href="' + s["idx"] + '">' + s["name"] + "</a> &gt; " + p["title"][:18]
    side = '<aside class="sidebar"><h4>热门</h4><ul>' + "".join(
        '<li><a href="' + q["path"] + '">' + q["title"][:20] + "</a></li>" for q in same[:4]) + "</ul></aside>"
    rel = '<div class="related"><h4>相关推荐</h4><ul>' + "".join(
        '<li><a href="' + q["path"] + '">' + q["title"][:24] + "</a></li>" for q in same[-3:]) + "</ul></div>"
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>' + p["title"] +
            '</title><link rel="stylesheet" href="/static/' + s["css"] + '.css"></head>\n<body class="' + s["css"] +
            '"><header><div class="logo">' + s["name"] + '</div><nav class="menu">' + menu + "</nav></header>\n" +
            '<div class="crumbs">' + crumbs + "</div>\n<main><h1>" + p["title"] + "</h1>\n" + p["body"] +
            "\n" + rel + "</main>\n" + side + "\n<footer>" + s["footer"] + "</footer>\n</body></html>\n")


# ---------------------------------------------------------------- decoys
DECOYS = [
    ("[hotline]", "phone", "12333", ["12333"], "人社 public service hotline"),
    ("[hotline]", "phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("[hotline]", "phone", "12345", ["12345"], "city government service hotline"),
    ("[official]", "domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official national certificate query site"),
    ("[official]", "domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official skills-evaluation portal"),
    ("[platform]", "phone", "4006558200", ["400-655-8200"], "课堂宝 marketplace customer service in every footer"),
    ("[platform]", "email", "kefu@ketangbao.com", ["kefu@ketangbao.com"], "课堂宝 customer-service e-mail"),
    ("[platform]", "other", "浙ICP备19023361号-2", ["浙ICP备19023361号-2"], "课堂宝 ICP licence"),
    ("[platform]", "phone", "0571-85223399", ["0571-85223399"], "杭州生活网 service line, also the forum's report line"),
    ("[platform]", "email", "jubao@hzlife.net", ["jubao@hzlife.net"], "杭州生活网 report e-mail"),
    ("[platform]", "qq_group", "618203547", ["618203547"], "西湖论坛 official QQ group in footer"),
    ("[platform]", "other", "浙ICP备13027765号", ["浙ICP备13027765号"], "西湖论坛 ICP licence"),
    ("[platform]", "wechat", "weizhuanzai_kf", ["weizhuanzai_kf"], "微转载 repost site's own customer-service WeChat"),
    ("[platform]", "email", "jubao@zhiliaowenda.com", ["jubao@zhiliaowenda.com"], "知了问答 report e-mail"),
    ("[platform]", "phone", "4008806936", ["400-880-6936"], "杭才网 job-board hotline"),
    ("[platform]", "email", "service@hangcai.com.cn", ["service@hangcai.com.cn"], "杭才网 service e-mail"),
    ("[warning]", "phone", "+8617052369841", ["170 5236 9841", "17052369841", "170-5236-9841"],
     "scam number quoted in the official warning, news and a complaint; belongs to no seller here"),
    ("[number]", "other", "order:13920260227", ["13920260227"], "order number shaped like a mobile, quoted by the victim and the news"),
    ("[number]", "other", "batch:13320260415", ["13320260415"], "assessment batch number shaped like a mobile"),
    ("[number]", "other", "course:15820250301", ["15820250301"], "marketplace course number shaped like a mobile"),
    ("[number]", "other", "course:15820250522", ["15820250522"], "marketplace course number shaped like a mobile"),
    ("[number]", "other", "cert:15720250318", ["No.15720250318"], "stock certificate sample number reused by two scam pages"),
    ("[placeholder]", "phone", "+8613800138000", ["13800138000"], "template placeholder in lead forms"),
    ("[third-party]", "phone", "0571-87065588", ["0571-87065588"], "浙江大厦 front desk, an exam venue used by several sellers"),
    ("[reader]", "wechat", "lucky_mm0908", ["lucky_mm0908"], "a reader's own WeChat left in comments and a question"),
]


def has(html, w):
    if w[0].isdigit() or w[-1].isdigit():
        return re.search(r"(?<!\d)" + re.escape(w) + r"(?!\d)", html) is not None
    return w in html


def main():
    build_indexes()
    # a placeholder lead form on one more seller page (template leftover)
    for p in PAGES:
        if p["path"] == "/mp/s/zhida-ai.html":
            p["body"] += form()
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    htmls = {}
    for p in PAGES:
        h = render(p)
        htmls[p["path"]] = h
        fn = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        with open(fn, "w", encoding="utf-8", newline="\n") as f:
            f.write(h)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("User-agent: *\nAllow: /\n")
    pages_out = []
    for p in sorted(PAGES, key=lambda x: x["path"]):
        ids, seen = [], set()
        for k, v, w in p["identifiers"]:
            if (k, v, w) not in seen:
                seen.add((k, v, w)); ids.append([k, v, w])
        pages_out.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"],
                              provider=p["provider"], identifiers=ids, note=p["note"]))
    ops = {}
    for p in pages_out:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _ in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for cat, kind, value, written, why in DECOYS:
        pg = sorted(path for path, h in htmls.items() if any(has(h, w) for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pg, why=cat + " " + why))
    truth = dict(pages=pages_out, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
