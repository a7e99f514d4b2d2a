#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer (人工智能训练师) certificate sellers (12ck).

Standard library only, deterministic. Writes site/ and truth.json next to this file.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(org8):
    s = 0
    for ch, w in zip(org8, W_ORG):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(kind2, area, org8):
    body = kind2 + area + org8 + org_check(org8)
    s = sum(ALPH.index(ch) * w for ch, w in zip(body, W_USCC))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return body + ALPH[r]


# ---------------------------------------------------------------- written forms
FW = str.maketrans("0123456789", "０１２３４５６７８９")
CN = str.maketrans("0123456789", "〇一二三四五六七八九")


def m(n):
    return "+86" + n


def sp(n):
    return "%s %s %s" % (n[:3], n[3:7], n[7:])


def da(n):
    return "%s-%s-%s" % (n[:3], n[3:7], n[7:])


# ---------------------------------------------------------------- sites
SITES = [
    # key, prefix, name, style, footer decoy keys
    ("xhs", "/xhs/", "青柠笔记", "notes", ["xhs_tel", "xhs_icp", "xhs_mail"]),
    ("wb", "/wb/", "微言", "microblog", ["wb_tel", "wb_icp"]),
    ("bbs", "/bbs/", "职学论坛", "forum", ["bbs_qun", "bbs_icp", "bbs_mail"]),
    ("ask", "/ask/", "知了问答", "qa", ["ask_tel", "ask_icp"]),
    ("fl", "/fl/", "同城易分类", "classifieds", ["fl_tel", "fl_icp", "fl_uscc"]),
    ("mp", "/mp/", "职场号聚合", "wechat-repost", ["mp_mail", "mp_icp"]),
    ("v", "/v/", "抖抖短视频", "short-video", ["v_tel", "v_icp"]),
    ("edu", "/edu/", "课栈·职业课程集市", "marketplace", ["edu_tel", "edu_icp", "edu_mail"]),
    ("news", "/news/", "东南职教新闻网", "news", ["news_tel", "news_icp"]),
    ("gov", "/gov/", "江城市人力资源和社会保障局", "government", ["gov_12333", "gov_icp"]),
]
SITE_BY = {s[0]: s for s in SITES}

# ---------------------------------------------------------------- decoys
# key: (kind, value, snippet containing written form, written form, why)
DECOYS = {
    "xhs_tel": ("phone", "4006107788", "客服热线 400-610-7788", "400-610-7788", "青柠笔记 platform customer-service line in every page footer"),
    "xhs_icp": ("other", "沪ICP备19034512号-3", "沪ICP备19034512号-3", "沪ICP备19034512号-3", "青柠笔记 ICP licence in footer"),
    "xhs_mail": ("email", "jubao@qingning-note.com", "违规内容举报 jubao@qingning-note.com", "jubao@qingning-note.com", "青柠笔记 report mailbox in footer"),
    "wb_tel": ("phone", "4000960960", "微言客服 4000-960-960", "4000-960-960", "微言 platform hotline in footer"),
    "wb_icp": ("other", "京ICP证100780号", "京ICP证100780号", "京ICP证100780号", "微言 ICP licence in footer"),
    "bbs_qun": ("qq_group", "318825640", "论坛官方交流群 318825640", "318825640", "职学论坛 official QQ group in footer"),
    "bbs_icp": ("other", "苏ICP备12047731号", "苏ICP备12047731号", "苏ICP备12047731号", "职学论坛 ICP"),
    "bbs_mail": ("email", "admin@zhixuebbs.cn", "版主信箱 admin@zhixuebbs.cn", "admin@zhixuebbs.cn", "职学论坛 admin mailbox"),
    "ask_tel": ("phone", "010-58821100", "客服 010-58821100", "010-58821100", "知了问答 customer service"),
    "ask_icp": ("other", "京ICP备16021188号-1", "京ICP备16021188号-1", "京ICP备16021188号-1", "知了问答 ICP"),
    "fl_tel": ("phone", "4008207300", "信息审核 400 820 7300", "400 820 7300", "同城易分类 review hotline"),
    "fl_icp": ("other", "粤ICP备15063321号", "粤ICP备15063321号", "粤ICP备15063321号", "同城易分类 ICP"),
    "fl_uscc": ("uscc", None, "营业执照", None, "同城易分类 operator company licence in footer"),
    "mp_mail": ("email", "bd@zhichanghao.net", "转载/投诉 bd@zhichanghao.net", "bd@zhichanghao.net", "repost aggregator mailbox"),
    "mp_icp": ("other", "浙ICP备20018876号", "浙ICP备20018876号", "浙ICP备20018876号", "repost aggregator ICP"),
    "v_tel": ("phone", "4006650880", "未成年人保护热线 400-665-0880", "400-665-0880", "short-video platform hotline"),
    "v_icp": ("other", "京ICP备16016397号-7", "京ICP备16016397号-7", "京ICP备16016397号-7", "short-video platform ICP"),
    "edu_tel": ("phone", "4001866018", "课栈学员服务 4001-866-018", "4001-866-018", "marketplace customer service"),
    "edu_icp": ("other", "浙ICP备17045522号-2", "浙ICP备17045522号-2", "浙ICP备17045522号-2", "marketplace ICP"),
    "edu_mail": ("email", "service@kezhan.com", "service@kezhan.com", "service@kezhan.com", "marketplace service mailbox"),
    "news_tel": ("phone", "0571-88820000", "新闻热线 0571-88820000", "0571-88820000", "news site tip-off line"),
    "news_icp": ("other", "浙ICP备09008812号", "浙ICP备09008812号", "浙ICP备09008812号", "news site ICP"),
    "gov_12333": ("phone", "12333", "人社服务热线 12333", "12333", "national HR and social security hotline"),
    "gov_icp": ("other", "浙ICP备05004901号", "浙ICP备05004901号", "浙ICP备05004901号", "government site ICP"),
    # content decoys
    "h12333": ("phone", "12333", "可拨打12333人社服务热线核实", "12333", "public hotline quoted by sellers and readers"),
    "h12315": ("phone", "12315", "已经打了12315投诉", "12315", "market-regulation complaint hotline"),
    "zscx": ("domain", "zscx.osta.org.cn", "证书可在 zscx.osta.org.cn 查询", "zscx.osta.org.cn", "official certificate query site"),
    "jndj": ("domain", "jndj.osta.org.cn", "证书带二维码，可登录 jndj.osta.org.cn 查询", "jndj.osta.org.cn", "official query URL printed on certificates"),
    "scam_tel": ("phone", "+8617109365521", "谨防冒充我们的骗子电话 171 0936 5521", "171 0936 5521", "scam number quoted in warnings and complaints, owned by nobody listed"),
    "batch": ("other", "15320260328", "认定批次号 15320260328", "15320260328", "assessment batch number shaped like a mobile, copied from the same exam notice"),
    "order": ("other", "13820260411", "订单号13820260411", "13820260411", "order number shaped like a phone in readers' comments"),
    "certno": ("other", "S000033010000126400123", "样证编号 S000033010000126400123", "S000033010000126400123", "sample certificate number copied between sellers"),
    "placeholder": ("phone", "+8613800000000", "咨询电话：138-0000-0000", "138-0000-0000", "template placeholder left in copied ad text"),
    "ph_wx": ("wechat", "xxxxxx", "微信：xxxxxx", "微信：xxxxxx", "template placeholder WeChat id"),
    "venue": ("phone", "0571-86950212", "考点江城职业技术学院继续教育楼 前台 0571-86950212", "0571-86950212", "front desk of the exam venue, a third party"),
    "building": ("phone", "020-87651234", "天河智汇大厦物业前台 020-87651234", "020-87651234", "office building front desk"),
    "reader_wx": ("wechat", "xiaoyu_0923", "求资料，我v：xiaoyu_0923", "xiaoyu_0923", "a reader's own WeChat id posted in several comment sections"),
    "reader_qq": ("qq", "1025573318", "同问，扣我1025573318", "1025573318", "a reader's own QQ number in comments"),
    "reader_tel": ("phone", "+8615258830417", "被坑了，有同样遭遇的联系我15258830417", "15258830417", "a cheated reader's own number in complaints"),
}
FL_USCC = uscc("91", "440106", "MA5CQ8L7")
d = DECOYS["fl_uscc"]
DECOYS["fl_uscc"] = ("uscc", FL_USCC, "营业执照 " + FL_USCC, FL_USCC, d[4])

# ---------------------------------------------------------------- operators
OPS = {}


def op(key, **kw):
    OPS[key] = kw


op("U01", company="杭州智云职业技能培训有限公司",
   uscc=uscc("91", "330106", "MA2H7K3P"), phone="13957186420", wx="zhiyun_ai88",
   qq="2837461950", dom="zhiyunpx.cn")
op("U02", company="深圳启航人才服务有限公司",
   uscc=uscc("91", "440300", "MA5FQ21X"), phone="18676543901", wx="qh-zs2026",
   qun="781234566", mail="qihang_kf@163.com", payee="深圳启航人才服务有限公司")
op("U03", company="北京华职远程教育科技有限公司",
   uscc=uscc("91", "110108", "MA01RT6W"), phone="15011827365", tel2="01062618805",
   wx="huazhi_lily", mail="hz_lily@126.com", dom="huazhiedu.com.cn")
op("U04", company="成都数标科技有限公司",
   uscc=uscc("91", "510107", "MA6DGK1N"), phone="17780651239", wx="shubiao_teacher",
   qq="3368201475", qun="904417283")
op("U05", company="南京领航职业培训学校",
   uscc=uscc("52", "320102", "MJ5783K2"), phone="02584476603", m2="13851906624",
   mail="lhpx_nj@sina.com", dom="njlhpx.org.cn")
op("U06", company="武汉楚才企业管理咨询有限公司",
   uscc=uscc("91", "420106", "MA4K8WQ3"), phone="13207161188", wx="chucai_kefu01",
   qq="1593572468", payee="李红梅")
op("U07", company="中科智训(郑州)信息技术有限公司",
   uscc=uscc("91", "410105", "MA9GY2D4"), phone="4009925688", wx="zkzx_ai",
   mail="zhaosheng@zkzxai.cn", dom="zkzxai.cn")
op("U08", company="广州星途教育咨询有限公司",
   uscc=uscc("91", "440106", "MA9W3PL6"), phone="19927430581", wx="xingtu_amy",
   qun="652918037", qq="2419087763")
op("U09", company="西安秦工职业技能鉴定服务有限公司",
   uscc=uscc("91", "610113", "MAB0TJ59"), phone="13309288176", wx="qingong_px",
   mail="qg_ai@foxmail.com", payee="王建军")

# independents: each has own unique identifiers
IND = {
    "I01": dict(phone="13667129840"),
    "I02": dict(wx="aitrainer_zhou"),
    "I03": dict(phone="057287291166", mail="huzhou_jxjy@163.com"),
    "I04": dict(qq="871260349"),
    "I05": dict(phone="18502871155"),
    "I06": dict(dom="aixunlian.cn", mail="kefu@aixunlian.cn"),
}

# ---------------------------------------------------------------- offer pages
# Each: site, slug, owner, brand, title, level text, price text, tone, ids(list of
# (kind, value, snippet, written)), decoys(list of keys), comments (list of (who, text, idx_of_id or None)).
O = O_U = None
OFFERS = []


def offer(site, slug, owner, brand, title, tone, body, ids, decoys=(), comments=()):
    OFFERS.append(dict(site=site, slug=slug, owner=owner, brand=brand, title=title,
                       tone=tone, body=body, ids=list(ids), decoys=list(decoys),
                       comments=list(comments)))


def P(n, w):
    return ("phone", n if n[:3] in ("400", "800") else m(n), w)


def W(v, w):
    return ("wechat", v.lower(), w)


def Q(v, w):
    return ("qq", v, w)


def G(v, w):
    return ("qq_group", v, w)


def E(v, w):
    return ("email", v.lower(), w)


def D(v, w):
    return ("domain", v.lower(), w)


def C(v, w):
    return ("uscc", v, w)


def X(v, w):
    return ("other", v, w)


def L(area_num, w):
    a, n = area_num
    return ("phone", a + "-" + n, w)


u = OPS["U01"]
offer("xhs", "n1001", "U01", "智云AI学院", "宝子们！人工智能训练师四级我考下来了，分享报班经验", "honest",
      ["去年在公司做数据标注满一年，报了智云AI学院的四级班，线上直播+周末实操，一共50课时。",
       "费用2680，考完后按规定申请了失业保险技能提升补贴，到手1500，实际花了一千出头。",
       "证书是备案评价机构发的职业技能等级证书，不是什么国家职业资格证，别被忽悠。"],
      [P(u["phone"], "班主任电话 " + sp(u["phone"])), W(u["wx"], "V信 " + u["wx"])],
      ["jndj", "reader_wx"],
      [("路过的喵", "求机构联系方式", None), ("智云AI学院", "已私，也可以加我们老师薇：" + u["wx"], 1)])
offer("mp", "a2001", "U01", "智云职培", "【招生简章】2026年第二期人工智能训练师(五级/四级)职业技能等级认定培训", "honest",
      ["培训对象：从事或准备从事数据标注、智能客服训练等工作的人员；五级需累计从事本职业或相关职业1年(含)以上。",
       "课时：五级60课时、四级50课时，理论+实操，结业后参加备案评价机构组织的认定考试。",
       "收费：五级1980元，四级2380元(含培训、教材，认定费按物价部门标准另计)。"],
      [W(u["wx"], "报名咨询微信：ZhiYun_AI88"), Q(u["qq"], "QQ：2837461950"),
       D(u["dom"], "官网 www.zhiyunpx.cn"), C(u["uscc"], "统一社会信用代码：" + u["uscc"])],
      ["venue", "batch"])
offer("edu", "c3001", "U01", "云帆教育", "人工智能训练师三级(高级工)备考精讲班", "honest",
      ["适合已取得四级证书并满足年限要求的学员，课程覆盖业务分析、智能训练、智能系统设计、培训与指导。",
       "售价 ¥3280，共40课时，提供模拟题库。报名前请自查申报条件，不符合条件不予报名。"],
      [Q(u["qq"], "课程答疑扣扣 2837 461 950"), E(u["qq"] + "@qq.com", "资料发送邮箱 2837461950@qq.com")],
      ["zscx"])
offer("wb", "s4001", "U01", "智云AI学院", "#人工智能训练师# 五级周末班开课倒计时3天", "honest",
      ["五级周末班本周六开课，还有6个名额，线下实操在滨江校区。报名需提供工作证明。"],
      [P(u["phone"], "咨询 tel:" + u["phone"]), D(u["dom"], "zhiyunpx点cn")],
      ["venue"],
      [("小鹿在学AI", "五级要工作证明吗？我是应届生", None), ("智云AI学院", "需要一年相关工作经历或学徒期满，可以先看官网说明", None)])

u = OPS["U02"]
offer("xhs", "n1002", "U02", "启航证书通", "不用考试!!人工智能训练师高级技师证 15天下证 国家认可", "scam",
      ["零基础、不限学历、不限年龄，一级/二级/三级都能办，人社部颁发，全国通用，入库可查！",
       "三证同报立减2000，包过，不过全额退款。拿证可以挂靠，一年躺赚3万+。",
       "名额有限，今天截止。"],
      [W(u["wx"], "+V：qh-zs2026"), P(u["phone"], "同号 １８６ ７６５４ ３９０１")],
      ["placeholder", "certno", "scam_tel"],
      [("一颗柠檬", "真的假的，一级零基础也能拿？", None), ("启航证书通", "宝，已私信~", None),
       ("柚子不吃香菜", "同问，扣我1025573318", None)])
offer("fl", "f5001", "U02", "启航职业技能中心", "人工智能训练师证书代报名 不过退费 当月出证", "scam",
      ["全国各地均可报名，免培训，线上考试有老师协助，通过率100%。",
       "费用：五级1800，四级2600，三级3800，一级二级请电话咨询。付款后安排考试。",
       "对公收款户名：深圳启航人才服务有限公司，也可扫码。"],
      [P(u["phone"], "联系人 王老师 186-7654-3901"), X("payee:" + u["payee"], "收款户名：" + u["payee"]),
       G(u["qun"], "考生交流群 781234566")],
      ["building", "placeholder"])
offer("v", "v6001", "U02", "启航老师说证书", "这个证明年就不好考了！人工智能训练师最后一批", "scam",
      ["视频文案：AI时代最火的证，人社部证书退出了，这个证来接盘！评论区扣“1”领报考资料。",
       "主页简介：商务合作 qihang_kf#163.com（#换成@）"],
      [E(u["mail"], "qihang_kf#163.com（#换成@）"), G(u["qun"], "粉丝群：781 234 566")],
      ["scam_tel", "h12333"],
      [("AI小白", "1", None), ("启航老师说证书", "看主页加群，群里发资料", None), ("阿飞", "订单号13820260411还没发证，怎么回事？", None)])
offer("bbs", "t7001", "U02", "深圳启航人才", "[招生] 人工智能训练师四级三级 深圳线下班 可开发票", "mixed",
      ["本单位长期开展职业技能培训，可开发票，学员可申请技能提升补贴。一级二级也有渠道，详询。",
       "营业执照统一社会信用代码 " + u["uscc"] + "，欢迎核验。"],
      [C(u["uscc"], u["uscc"]), E(u["mail"], "qihang_kf@163.com"), P(u["phone"], "+86 186 7654 3901")],
      ["building"])

u = OPS["U03"]
offer("ask", "q8001", "U03", "华职远程教育", "人工智能训练师证书在哪里报名？有没有靠谱的机构？", "mixed",
      ["提问者：想转行做数据标注，听说有这个证比较好找工作，求推荐。",
       "最佳回答(华职远程教育 Lily老师)：建议先确认报考条件。我们是北京华职远程教育，可报五级、四级，线上学习+线下考点认定，学费1880起。有问题可以加我薇：huazhi_lily 或者邮箱 hz_lily@126.com。"],
      [W(u["wx"], "薇：huazhi_lily"), E(u["mail"], "hz_lily@126.com")],
      ["zscx", "reader_qq"])
offer("edu", "c3002", "U03", "华职教育", "人工智能训练师(数据标注员)四级 全程直播班", "honest",
      ["课程共50课时，含数据采集和处理、数据标注、智能系统运维三大模块。", "价格：¥2180，分期免息。"],
      [L(("010", "62618805"), "服务电话 (010)62618805"), D(u["dom"], "https://www.huazhiedu.com.cn/ai/"),
       P(u["phone"], "15011827365")],
      ["edu_tel"])
offer("mp", "a2002", "U03", "AI职场圈", "转行AI训练师，这张证到底有没有用？(文末福利)", "mixed",
      ["文章转载自公众号“AI职场圈”。人工智能训练师是2020年人社部发布的新职业，代码4-04-05-05……",
       "文末福利：添加助教领取《人工智能训练师四级题库》，助教电话 一五〇 一一八二 七三六五（微信同号）。"],
      [P(u["phone"], "一五〇 一一八二 七三六五"), W(u["phone"], "一五〇 一一八二 七三六五（微信同号）"),
       E(u["mail"], "hz_lily at 126 dot com")],
      ["jndj", "reader_wx"])
offer("xhs", "n1003", "U03", "Lily老师聊职业证书", "在职妈妈也能考！人工智能训练师四级一次过经验", "honest",
      ["晚上孩子睡了学1小时，8周学完四级课程，实操题多练就好，理论60分及格。",
       "有问题可以问我，不推销，主页有联系方式。"],
      [W(u["wx"], "VX huazhi_lily"), D(u["dom"], "huazhiedu.com.cn")],
      ["reader_qq"],
      [("奶糖", "机构叫什么？", None), ("Lily老师聊职业证书", "华职，北京的，可以先听试听课", None)])

u = OPS["U04"]
offer("bbs", "t7002", "U04", "数标学院", "【数据标注员】人工智能训练师五级+实习推荐，成都班", "honest",
      ["成都本地班，五级60课时，结业后推荐到合作标注基地实习，不承诺就业。",
       "学费1600，可开票；符合条件的同学可申请技能提升补贴。"],
      [Q(u["qq"], "扣扣：3368201475"), G(u["qun"], "成都标注交流群 904417283")],
      ["bbs_qun", "batch"])
offer("wb", "s4002", "U04", "数标科技", "数据标注岗位招聘+培训，包吃住，考人工智能训练师证", "mixed",
      ["招聘数据标注员20名，先培训后上岗，培训期间可考人工智能训练师五级。培训费从工资中扣除。"],
      [P(u["phone"], "HR 177 8065 1239"), W(u["wx"], "微信 shubiao_teacher")],
      ["h12333"])
offer("v", "v6002", "U04", "数标老师", "带你看看数据标注员一天在干嘛｜人工智能训练师", "honest",
      ["视频记录标注基地日常，文案：想学的评论区留言，或进群 904-417-283。"],
      [G(u["qun"], "904-417-283"), P(u["phone"], "１７７８０６５１２３９")],
      ["reader_wx"],
      [("星星", "求带，我微信 xiaoyu_0923", None), ("数标老师", "加群领资料", None)])
offer("fl", "f5002", "U04", "成都数标职业培训", "成都人工智能训练师培训 五级四级 周末班", "honest",
      ["地址：成都市武侯区，周末班/晚班。五级1600，四级2200。", "统一社会信用代码：" + u["uscc"]],
      [C(u["uscc"], u["uscc"]), Q(u["qq"], "QQ 3368201475"), W(u["wx"], "V信：shubiao_teacher")],
      ["fl_tel"])

u = OPS["U05"]
offer("edu", "c3003", "U05", "南京领航职业培训学校", "人工智能训练师五级/四级 职业技能等级认定培训(民办学校)", "honest",
      ["本校为南京市人社局审批的民办职业培训学校，开设人工智能训练师五级、四级培训。",
       "收费按备案标准执行：五级1500元/人，四级1900元/人。"],
      [L(("025", "84476603"), "025-84476603"), D(u["dom"], "www.njlhpx.org.cn"), C(u["uscc"], u["uscc"])],
      ["h12333", "zscx"])
offer("bbs", "t7003", "U05", "领航职校", "南京有人工智能训练师线下班吗？——领航职校招生老师答疑", "honest",
      ["有的，我们每月开班，报名时携带身份证、学历和工作证明。招生老师手机 138 5190 6624。"],
      [P(u["m2"], "138 5190 6624"), E(u["mail"], "lhpx_nj@sina.com")],
      ["venue"],
      [("南京小陈", "学费能用补贴吗", None), ("领航职校", "参保满一年可申请，详见人社局通知", None)])
offer("mp", "a2003", "U05", "领航职培", "南京领航职业培训学校2026年春季人工智能训练师招生", "honest",
      ["转载自领航职培公众号。报名电话：（025）84476603；手机：+86-138-5190-6624。"],
      [L(("025", "84476603"), "（025）84476603"), P(u["m2"], "+86-138-5190-6624")],
      ["mp_mail"])

u = OPS["U06"]
offer("fl", "f5003", "U06", "楚才教育", "武汉 人工智能训练师二级技师 一级高级技师 快速拿证 不限专业", "scam",
      ["不限专业不限经验，二级技师/一级高级技师直接报，考试有内部资料，保过。",
       "价格：二级6800，一级9800，两个一起报13800。可积分落户、抵扣个税。"],
      [P(u["phone"], "132-0716-1188"), W(u["wx"], "加微 chucai_kefu01")],
      ["placeholder", "ph_wx"])
offer("xhs", "n1004", "U06", "楚才老师", "姐妹们，这个证能落户还能抵个税，别再犹豫了", "scam",
      ["人工智能训练师，国家职业资格证书，官方认证，全国通用。交费包过，拿到证书就能升职加薪。",
       "转账请备注姓名，收款人：李红梅。"],
      [X("payee:" + u["payee"], "收款人：李红梅"), Q(u["qq"], "企鹅 1593572468")],
      ["certno", "reader_tel"],
      [("夏天", "交了钱一个月没动静", None), ("楚才老师", "在排考，耐心等通知", None),
       ("被坑了的小王", "被坑了，有同样遭遇的联系我15258830417", None)])
offer("wb", "s4003", "U06", "楚才证书服务", "#人工智能训练师# 最后10个名额，错过等一年", "scam",
      ["三证同报更优惠，全程托管，免培训，当月出证可查。私信或拨打 一三二 〇七一六 一一八八。"],
      [P(u["phone"], "一三二 〇七一六 一一八八"), Q(u["qq"], "Q：1593572468")],
      ["scam_tel", "order"],
      [("吃瓜群众", "订单号13820260411是你们家的吗", None)])

u = OPS["U07"]
offer("v", "v6003", "U07", "中科智训", "原价9999，限时99！人工智能训练师入门课", "scam",
      ["90%小白都能学会，学完可考工信部认证的人工智能训练师证书，官方指定教材。",
       "直播间下单后添加班主任 zkzx_ai 领取课件。"],
      [W(u["wx"], "zkzx_ai"), D(u["dom"], "zkzxai.cn")],
      ["reader_qq"],
      [("大明", "扣我1025573318", None), ("中科智训", "已私", None)])
offer("edu", "c3004", "U07", "中科智训AI学堂", "人工智能训练师三级高级工 零基础直达 含证书", "scam",
      ["零基础直接报三级，国家级证书，人社部颁发，包含认定费。套餐¥4980。",
       "招生邮箱：zhaosheng(at)zkzxai.cn，全国统一服务热线 400-992-5688。"],
      [P(u["phone"], "400-992-5688"), E(u["mail"], "zhaosheng(at)zkzxai.cn")],
      ["edu_mail"])
offer("mp", "a2004", "U07", "智训前沿", "重磅！人工智能训练师证书报名通道开启", "scam",
      ["据悉，人工智能训练师证书由国家工信部职业技能鉴定中心主办，含金量极高，可直接对应职称。",
       "报名热线：4009925688；官网：https://www.zkzxai.cn/baoming"],
      [P(u["phone"], "4009925688"), D(u["dom"], "https://www.zkzxai.cn/baoming"),
       C(u["uscc"], "主办单位信用代码 " + u["uscc"])],
      ["ph_wx"])

u = OPS["U08"]
offer("wb", "s4004", "U08", "星途教育Amy", "广州人工智能训练师补贴政策来了！四级最高补贴1500", "mixed",
      ["参保满1年的朋友可以申请技能提升补贴，四级最高1500，三级2000。我们代办补贴申请，学费先交后补。",
       "咨询Amy：199 2743 0581"],
      [P(u["phone"], "199 2743 0581"), W(u["wx"], "xingtu_amy")],
      ["building", "h12333"])
offer("ask", "q8002", "U08", "星途教育", "人工智能训练师四级补贴怎么申请？", "mixed",
      ["回答(星途教育)：补贴需要本人申请，条件是失业保险参保满1年。我们可以协助整理材料，加群 652918037 了解。"],
      [G(u["qun"], "652918037"), Q(u["qq"], "2419087763")],
      ["ask_tel", "reader_tel"],
      [("路人乙", "被坑了，有同样遭遇的联系我15258830417", None)])
offer("xhs", "n1005", "U08", "Amy聊考证", "广州考人工智能训练师避坑指南（机构老师自曝）", "mixed",
      ["1. 一级二级零基础能拿的都是坑；2. 证书要能在官方平台查；3. 价格离谱的别报。",
       "想报四级的可以找我，星途教育，群号：陆伍贰玖壹捌〇叁柒"],
      [G(u["qun"], "陆伍贰玖壹捌〇叁柒"), W(u["wx"], "薇 xingtu_amy")],
      ["zscx"],
      [("喵喵", "求群", None), ("Amy聊考证", "群满了，加我 Q 2419087763", 2)])
OFFERS[-1]["ids"].append(Q(u["qq"], "Q 2419087763"))

u = OPS["U09"]
offer("bbs", "t7004", "U09", "秦工鉴定", "西安人工智能训练师认定 报名中(五级到三级)", "mixed",
      ["本公司为评价机构合作报名点，负责材料初审和考前培训。五级1500，四级1900，三级2600。",
       "邮箱：qg_ai@foxmail.com"],
      [E(u["mail"], "qg_ai@foxmail.com"), P(u["phone"], "133 0928 8176")],
      ["batch", "bbs_mail"])
offer("fl", "f5004", "U09", "秦工职业技能", "西安 人工智能训练师 考证培训 随到随学", "mixed",
      ["随到随学，考试通过率高，学费转账给王建军(财务)。"],
      [X("payee:" + u["payee"], "王建军(财务)"), W(u["wx"], "威信 qingong_px")],
      ["fl_uscc"])
offer("v", "v6004", "U09", "秦工老师", "西安考AI训练师的看过来", "mixed",
      ["秦工老师带你看考场，咨询 VX：qingong_px 或 tel 133-0928-8176"],
      [W(u["wx"], "VX：qingong_px"), P(u["phone"], "133-0928-8176")],
      ["venue"],
      [("西安娃", "同问，扣我1025573318", None)])

# independents
offer("xhs", "n1006", "I01", "周末AI课堂", "自学备考人工智能训练师五级，整理了一份资料，有偿分享", "mixed",
      ["整理了五级理论题库和实操讲义，49元一份，需要的打 136 6712 9840。"],
      [P(IND["I01"]["phone"], "136 6712 9840")], ["reader_wx"],
      [("小鱼", "求资料，我v：xiaoyu_0923", None)])
offer("wb", "s4005", "I02", "AI训练师周老师", "一对一辅导人工智能训练师四级实操", "honest",
      ["做过三年标注质检，现一对一辅导四级实操，200元/小时，不卖证。"],
      [W(IND["I02"]["wx"], "wx：aitrainer_zhou")], ["h12315"],
      [("土豆", "已经打了12315投诉某机构，幸好看到你", None)])
offer("mp", "a2005", "I03", "湖州继续教育学院", "湖州市人工智能训练师职业技能等级认定考前培训通知", "honest",
      ["学院开设人工智能训练师五级、四级考前培训，培训费按文件收取。报名电话0572-87291166，邮箱 huzhou_jxjy@163.com。"],
      [L(("0572", "87291166"), "0572-87291166"), E(IND["I03"]["mail"], "huzhou_jxjy@163.com")],
      ["jndj", "scam_tel"])
offer("ask", "q8003", "I04", "小林AI考证", "人工智能训练师一级能直接考吗？", "scam",
      ["回答：正规不行，但我这有渠道，一级直接出证，可查，需要的加扣扣 871260349。"],
      [Q(IND["I04"]["qq"], "扣扣 871260349")], ["h12315", "order"])
offer("fl", "f5005", "I05", "蓉城职业技能咨询", "人工智能训练师 报名代理 成都", "mixed",
      ["代理报名人工智能训练师五级四级，报名费另算。电话：185 0287 1155。"],
      [P(IND["I05"]["phone"], "185 0287 1155")], ["ph_wx"])
offer("v", "v6005", "I06", "AI训练营", "AI训练师到底赚不赚钱？", "honest",
      ["我们的训练营在 aixunlian.cn，有免费试听，想考证的可以了解，邮箱 kefu@aixunlian.cn。"],
      [D(IND["I06"]["dom"], "aixunlian.cn"), E(IND["I06"]["mail"], "kefu@aixunlian.cn")], ["v_tel"])

# ---------------------------------------------------------------- non-offer pages
NONOFF = [
    ("news", "n20260312", "警惕！“人工智能训练师”包过证书骗局调查", "news article about a certificate scam",
     ["记者调查发现，一些机构以“零基础拿高级技师”“人社部颁发”为噱头收费，学员付款后被拉黑。",
      "多名受访者反映，对方曾用号码 171 0936 5521 联系他们。人社部门提醒：职业技能等级证书由备案评价机构颁发，可拨打12333人社服务热线核实，证书可在 zscx.osta.org.cn 查询。"],
     ["scam_tel", "h12333", "zscx"]),
    ("news", "n20260401", "上海去年人工智能训练师认定1.63万人次", "news item on assessment statistics",
     ["据报道，2025年上海人工智能训练师认定1.63万人次，发证1.09万张。考点江城职业技术学院继续教育楼 前台 0571-86950212 为本省考点之一。"],
     ["venue"]),
    ("gov", "g001", "关于谨防“山寨证书”的风险提示", "official warning",
     ["近期有不法分子冒用我局名义，以“包过”“免培训直接发证”等宣传招揽学员。职业技能等级证书由经备案的评价机构颁发，政府部门不参与监制。",
      "证书带二维码，可登录 jndj.osta.org.cn 查询。如接到冒充我局工作人员的电话（如 171 0936 5521），，请及时举报。"],
     ["jndj", "scam_tel"]),
    ("gov", "g002", "技能提升补贴政策解读", "policy explainer on the skill-upgrade subsidy",
     ["参加失业保险累计缴费满1年的职工，取得五级、四级、三级职业技能等级证书的，可分别申请不超过1000元、1500元、2000元的补贴。二级、一级无此项全国补贴。"],
     []),
    ("ask", "q8004", "人工智能训练师证书有用吗？报考要什么条件？", "learner's question without seller answers",
     ["提问：我是文员，想考这个证，需要什么条件？", "回答(网友)：五级需要相关工作一年或学徒期满，别信零基础直接高级的。同问，扣我1025573318"],
     ["reader_qq"]),
    ("bbs", "t7005", "【曝光】交了6800报人工智能训练师二级，现在联系不上", "complaint thread",
     ["楼主：去年在某分类网站看到广告，说二级技师保过，交钱后一直拖。订单号13820260411。已经打了12315投诉。",
      "回复：被坑了，有同样遭遇的联系我15258830417"],
     ["order", "h12315", "reader_tel"]),
    ("edu", "c3005", "Excel数据透视表从入门到精通", "unrelated course",
     ["办公技能课程，共12课时，售价¥99。与职业技能等级认定无关。"], []),
    ("fl", "f5006", "招聘：数据标注员 若干 天河", "job ad",
     ["岗位：数据标注员，月薪5000-7000，有人工智能训练师证书优先。面试地点：天河智汇大厦物业前台 020-87651234 登记。"],
     ["building"]),
]

TONE_EXTRA = {
    "scam": "温馨提示：名额紧张，付款后不退。",
    "honest": "报名前请核对申报条件，证书信息可在官方平台查询。",
    "mixed": "具体以评价机构通知为准。",
}


# ---------------------------------------------------------------- rendering
def frame(site_key, title, crumbs, main_html, related):
    s = SITE_BY[site_key] if site_key else None
    name = s[2] if s else "导航"
    style = s[3] if s else "nav"
    prefix = s[1] if s else "/"
    menus = {
        "notes": ["发现", "职场", "考证", "消息", "我"],
        "microblog": ["首页", "热门", "话题", "视频"],
        "forum": ["首页", "考证交流", "求职招聘", "曝光台", "版规"],
        "qa": ["首页", "职业教育", "考试", "提问"],
        "classifieds": ["首页", "教育培训", "招聘", "二手", "发布信息"],
        "wechat-repost": ["热文", "职场", "教育", "投稿"],
        "short-video": ["推荐", "关注", "直播", "商城"],
        "marketplace": ["全部课程", "职业技能", "办公软件", "讲师入驻"],
        "news": ["首页", "职教", "就业", "社会", "评论"],
        "government": ["首页", "政务公开", "办事服务", "政策解读", "互动交流"],
        "nav": ["首页"],
    }[style]
    menu = "".join('<a href="%s">%s</a> ' % (prefix if i == 0 else "#", t) for i, t in enumerate(menus))
    crumb = " &gt; ".join(crumbs)
    side = ""
    if s:
        side = '<aside class="sidebar"><h3>相关推荐</h3><ul>%s</ul></aside>' % "".join(
            '<li><a href="%s">%s</a></li>' % (h, t) for h, t in related)
    foot = ""
    if s:
        parts = [DECOYS[k][2] for k in s[4]]
        foot = "<footer><p>关于%s · 用户协议 · 隐私政策</p><p>%s</p><p>© 2026 %s</p></footer>" % (
            name, " | ".join(parts), name)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s - %s</title></head>\n"
            "<body class=\"%s\"><header><div class=\"logo\">%s</div><nav>%s</nav></header>\n"
            "<div class=\"crumbs\">%s</div>\n<main>%s</main>\n%s\n%s\n</body></html>\n") % (
        title, name, style, name, menu, crumb, main_html, side, foot)


def render_offer(o, related):
    s = SITE_BY[o["site"]]
    style = s[3]
    for i, k in enumerate(o["decoys"]):
        if k.startswith("reader_") or k in ("order", "h12315"):
            if not any(DECOYS[k][3] in c[1] for c in o["comments"]):
                o["comments"].append((["网友7f3a", "momo", "考证小透明", "阿杰"][len(o["comments"]) % 4], DECOYS[k][2], None))
    paras = "".join("<p>%s</p>" % t for t in o["body"])
    ids_html = "".join("<li>%s</li>" % w for (_, _, w) in o["ids"]
                       if not any(w in t for t in o["body"]) and not any(w in c[1] for c in o["comments"]))
    dec = "".join("<p class=\"note\">%s</p>" % DECOYS[k][2] for k in o["decoys"]
                  if not any(DECOYS[k][2] in c[1] for c in o["comments"]))
    contact = '<div class="contact"><h4>联系方式</h4><ul>%s</ul></div>' % ids_html if ids_html else ""
    head = {"notes": '<div class="author">@%s · 笔记</div>', "microblog": '<div class="author">%s 的微博</div>',
            "forum": '<div class="author">楼主：%s</div>', "qa": '<div class="author">回答者：%s</div>',
            "classifieds": '<div class="author">发布者：%s（个人/商家）</div>',
            "wechat-repost": '<div class="author">来源公众号：%s</div>',
            "short-video": '<div class="author">@%s · 视频</div><div class="player">[视频]</div>',
            "marketplace": '<div class="author">机构：%s</div>'}[style] % o["brand"]
    cm = ""
    if o["comments"]:
        cm = '<section class="comments"><h4>评论 %d</h4>%s</section>' % (
            len(o["comments"]), "".join('<div class="c"><b>%s</b>：%s</div>' % (w, t) for w, t, _ in o["comments"]))
    main = "<article><h1>%s</h1>%s%s<p>%s</p>%s%s</article>%s" % (
        o["title"], head, paras, TONE_EXTRA[o["tone"]], contact, dec, cm)
    crumbs = ['<a href="%s">%s</a>' % (s[1], s[2]), "人工智能训练师", o["title"][:12]]
    return frame(o["site"], o["title"], crumbs, main, related)


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    pages = []  # dicts for truth
    html_out = {}
    by_site = {k[0]: [] for k in SITES}
    for o in OFFERS:
        o["path"] = SITE_BY[o["site"]][1] + o["slug"] + ".html"
        by_site[o["site"]].append((o["path"], o["title"]))
    for n in NONOFF:
        by_site[n[0]].append((SITE_BY[n[0]][1] + n[1] + ".html", n[2]))

    decoy_pages = {k: [] for k in DECOYS}

    def related_for(site, path):
        lst = [x for x in by_site[site] if x[0] != path][:3]
        return lst + [(SITE_BY[site][1], "返回" + SITE_BY[site][2] + "首页")]

    for o in OFFERS:
        html = render_offer(o, related_for(o["site"], o["path"]))
        html_out[o["path"]] = html
        pages.append({"path": o["path"], "is_offer": True, "operator": o["owner"], "provider": o["brand"],
                      "identifiers": [[k, v, w] for k, v, w in o["ids"]],
                      "note": "%s %s offer (%s): %s" % (SITE_BY[o["site"]][3], o["owner"], o["tone"], o["title"])})
        for k in o["decoys"] + SITE_BY[o["site"]][4]:
            decoy_pages[k].append(o["path"])
    for site, slug, title, note, paras, decs in NONOFF:
        path = SITE_BY[site][1] + slug + ".html"
        main_html = "<article><h1>%s</h1>%s</article>" % (title, "".join("<p>%s</p>" % p for p in paras))
        for k in decs:
            if DECOYS[k][3] not in main_html:
                main_html += "<p>%s</p>" % DECOYS[k][2]
        crumbs = ['<a href="%s">%s</a>' % (SITE_BY[site][1], SITE_BY[site][2]), title[:12]]
        html_out[path] = frame(site, title, crumbs, main_html, related_for(site, path))
        pages.append({"path": path, "is_offer": False, "operator": None, "provider": None,
                      "identifiers": [], "note": note})
        for k in decs + SITE_BY[site][4]:
            decoy_pages[k].append(path)
    for s in SITES:
        path = s[1] + "index.html"
        lis = "".join('<li><a href="%s">%s</a></li>' % (h, t) for h, t in by_site[s[0]])
        main_html = "<h1>%s</h1><ul class=\"feed\">%s</ul>" % (s[2], lis)
        html_out[path] = frame(s[0], s[2] + " 首页", ['<a href="%s">%s</a>' % (s[1], s[2])], main_html,
                               [(h, t) for h, t in by_site[s[0]][:3]])
        pages.append({"path": path, "is_offer": False, "operator": None, "provider": None,
                      "identifiers": [], "note": "%s index page (%s)" % (s[2], s[3])})
        for k in s[4]:
            decoy_pages[k].append(path)
    lis = "".join('<li><a href="%sindex.html">%s</a> (%s)</li>' % (s[1], s[2], s[3]) for s in SITES)
    html_out["/index.html"] = frame(None, "站点导航", ["导航"], "<h1>站点导航</h1><ul>%s</ul>" % lis, [])
    pages.append({"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                  "identifiers": [], "note": "navigation page linking every site index"})

    for path, html in sorted(html_out.items()):
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("User-agent: *\nAllow: /\n")

    operators = {}
    for o in OFFERS:
        if not o["owner"].startswith("U"):
            continue
        e = operators.setdefault(o["owner"], {"brands": [], "identifiers": []})
        if o["brand"] not in e["brands"]:
            e["brands"].append(o["brand"])
        for k, v, _ in o["ids"]:
            if [k, v] not in e["identifiers"]:
                e["identifiers"].append([k, v])
    decoys = []
    for k in DECOYS:
        kind, value, snip, written, why = DECOYS[k]
        ps = sorted(set(decoy_pages[k]))
        if not ps:
            continue
        decoys.append({"kind": kind, "value": value, "written": [written], "pages": ps, "why": why})
    # merge decoys with identical (kind, value) (12333 from footer and content)
    merged = {}
    for dd in decoys:
        key = (dd["kind"], dd["value"])
        if key in merged:
            mm = merged[key]
            for w in dd["written"]:
                if w not in mm["written"]:
                    mm["written"].append(w)
            mm["pages"] = sorted(set(mm["pages"]) | set(dd["pages"]))
        else:
            merged[key] = dd
    truth = {"pages": sorted(pages, key=lambda p: p["path"]),
             "operators": dict(sorted(operators.items())),
             "decoys": list(merged.values())}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
