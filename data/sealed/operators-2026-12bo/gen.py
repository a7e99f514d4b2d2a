#!/usr/bin/env python3
"""12bo: a fictional web of AI-trainer (人工智能训练师) certificate sellers.

Standard library only, deterministic. Writes site/ and truth.json next to this file.
Emphasis: Q&A answers, Tieba-style threads and column posts that end with an invitation.
"""
import html
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC helper
_A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org(s):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    t = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(s, ws))
    c = 11 - t % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(p16):
    p = p16 + _org(p16[8:16])
    s = sum(_A.index(c) * w for c, w in zip(p, _W))
    r = 31 - s % 31
    return p + _A[0 if r == 31 else r]


USCC_U02 = uscc("91440300MA5GR7K2")
USCC_U08 = uscc("91330106MA2CJ8W4")
USCC_ZS = uscc("91110108MA01LX3N")   # platform 职说 (decoy)
USCC_I05 = uscc("1250000045048713")  # school (independent)


def spaced(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


E = html.escape

# ---------------------------------------------------------------- site frames
SITES = {
    "zhiwen": dict(name="知问网", sub="人工智能训练师 问答", color="#2b6cb0",
                   nav=["首页", "问题", "话题", "专家", "我的"],
                   footer="知问网 zhiwenwang.cn ｜ 客服热线 400-688-1230 ｜ 违法和不良信息举报:jubao@zhiwenwang.cn ｜ 京ICP证160388号"),
    "tieba": dict(name="贴海", sub="人工智能训练师吧", color="#3f51b5",
                  nav=["进吧", "看贴", "精品", "图片", "吧务"],
                  footer="©2026 贴海 ｜ 贴海客服QQ群:613552908 ｜ 增值电信业务经营许可证 京B2-20190876 ｜ 用户协议 ｜ 隐私政策"),
    "zhuanlan": dict(name="职说专栏", sub="职业技能 · 证书 · 成长", color="#0f766e",
                     nav=["推荐", "关注", "职业证书", "求职", "写文章"],
                     footer="北京职说科技有限公司 统一社会信用代码:" + USCC_ZS + " ｜ 商务合作 bd@zhishuo.net ｜ 京公网安备11010802031177号"),
    "biji": dict(name="记本", sub="生活与学习笔记", color="#e11d48",
                 nav=["发现", "学习", "职场", "消息", "我"],
                 footer="记本社区 ｜ 官方客服微信:jiben_kefu ｜ 沪ICP备2021031822号-3 ｜ 社区规范"),
    "mp": dict(name="微文摘", sub="公众号好文转载", color="#16a34a",
               nav=["热门", "教育", "职场", "科技", "投稿"],
               footer="微文摘 仅做信息转载,版权归原作者所有 ｜ 投稿与删稿:tougao@weiwenzhai.cn ｜ 粤ICP备19087734号"),
    "shipin": dict(name="快看短视频", sub="网页版", color="#111827",
                   nav=["推荐", "关注", "直播", "放映厅", "上传"],
                   footer="快看短视频 ｜ 未成年人保护 ｜ 违法和不良信息举报电话:010-5617 8899 ｜ 京网文〔2023〕1187-033号"),
    "fenlei": dict(name="同城易", sub="分类信息 · 教育培训", color="#ea580c",
                   nav=["首页", "招聘", "教育培训", "二手", "发布信息"],
                   footer="同城易 ｜ 客服电话 400-855-2266 ｜ 谨防诈骗:凡是要求提前交费的都要提高警惕"),
    "news": dict(name="南方职教资讯", sub="职业教育 · 技能评价 · 就业", color="#b91c1c",
                 nav=["要闻", "政策", "技能评价", "就业", "曝光台"],
                 footer="南方职教资讯 ｜ 新闻热线 020-8765 1100 ｜ 本站文字未经授权不得转载"),
    "qiye": dict(name="鹏城数智学院", sub="人工智能职业技能培训", color="#7c3aed",
                 nav=["首页", "课程中心", "师资团队", "学员风采", "联系我们"],
                 footer="技术支持:云建站 yunjianzhan.com ｜ 粤ICP备2022118406号"),
    "xy": dict(name="渝东职业技术学院", sub="继续教育学院", color="#1e3a8a",
               nav=["学院首页", "学院概况", "培训项目", "通知公告", "联系我们"],
               footer="渝东职业技术学院继续教育学院 版权所有 ｜ 技术支持:云建站 yunjianzhan.com ｜ 渝ICP备18004127号"),
}

PAGES = []  # filled below


def page(path, site, title, body, is_offer=False, operator=None, provider=None,
         ids=(), note=""):
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=is_offer,
                      operator=operator, provider=provider, ids=[list(i) for i in ids],
                      note=note))


def P(*paras):
    return "".join("<p>%s</p>\n" % p for p in paras)


def qa(question, asker, qtext, answers, views, tags):
    out = ['<div class="question"><h1>%s</h1>' % E(question),
           '<div class="tags">%s</div>' % " ".join('<span class="tag">%s</span>' % E(t) for t in tags),
           '<p class="qbody">%s</p>' % qtext,
           '<div class="qmeta">提问者:%s ｜ 浏览 %d 次</div></div>' % (E(asker), views),
           '<h2>%d 个回答</h2>' % len(answers)]
    for i, (user, badge, text, likes, comments) in enumerate(answers):
        out.append('<div class="answer" id="a%d"><div class="auser"><b>%s</b> <span class="badge">%s</span></div>'
                   % (i + 1, E(user), E(badge)))
        out.append('<div class="atext">%s</div>' % text)
        out.append('<div class="ameta">赞同 %d ｜ 评论 %d ｜ 举报</div>' % (likes, len(comments)))
        if comments:
            out.append('<ul class="comments">')
            for cu, ct in comments:
                out.append('<li><b>%s</b>:%s</li>' % (E(cu), ct))
            out.append('</ul>')
        out.append('</div>')
    return "\n".join(out)


def thread(title, floors, replies_note=""):
    out = ['<h1 class="thread-title">%s</h1>' % E(title),
           '<div class="thread-tools">只看楼主 ｜ 收藏 ｜ 回复 ｜ 共%d楼 %s</div>' % (len(floors), E(replies_note))]
    for i, (user, level, text, time) in enumerate(floors):
        out.append('<div class="floor"><div class="fuser">%s <span class="lv">Lv.%d</span></div>'
                   '<div class="ftext">%s</div><div class="fmeta">%d楼 %s 来自手机贴海</div></div>'
                   % (E(user), level, text, i + 1, E(time)))
    return "\n".join(out)


def column(title, author, intro, paras, comments, date, reads):
    out = ['<h1>%s</h1>' % E(title),
           '<div class="author">%s · %s · 阅读 %d</div>' % (E(author), E(intro), reads),
           '<div class="post-date">发布于 %s</div>' % date,
           '<div class="article">%s</div>' % P(*paras),
           '<div class="actions">赞同 ｜ 收藏 ｜ 分享 ｜ 举报</div>',
           '<h3>评论 %d</h3><ul class="comments">' % len(comments)]
    for cu, ct in comments:
        out.append('<li><b>%s</b>:%s</li>' % (E(cu), ct))
    out.append('</ul>')
    return "\n".join(out)


def note(title, author, paras, tags, comments, likes):
    out = ['<div class="note"><div class="nauthor">@%s</div><h1>%s</h1>' % (E(author), E(title)),
           P(*paras),
           '<div class="ntags">%s</div>' % " ".join("#" + E(t) for t in tags),
           '<div class="nstat">♥ %d ｜ ☆ 收藏 ｜ 分享</div></div>' % likes,
           '<h3>共 %d 条评论</h3><ul class="comments">' % len(comments)]
    for cu, ct in comments:
        out.append('<li><b>%s</b>:%s</li>' % (E(cu), ct))
    out.append('</ul>')
    return "\n".join(out)


def video(title, author, desc, comments, plays):
    out = ['<div class="player">[视频] %s ｜ 播放 %s</div>' % (E(title), plays),
           '<div class="vauthor">@%s <button>关注</button></div>' % E(author),
           '<div class="vdesc">%s</div>' % desc,
           '<h3>评论(%d)</h3><ul class="comments">' % len(comments)]
    for cu, ct in comments:
        out.append('<li><b>%s</b>:%s</li>' % (E(cu), ct))
    out.append('</ul>')
    return "\n".join(out)


def article(title, source, paras, date, tail=""):
    return ('<h1>%s</h1><div class="source">%s ｜ %s</div><div class="article">%s</div>%s'
            % (E(title), E(source), date, P(*paras), tail))


def listing(title, fields, desc, posted):
    rows = "".join("<tr><th>%s</th><td>%s</td></tr>" % (E(k), v) for k, v in fields)
    return ('<h1>%s</h1><div class="posted">发布时间:%s ｜ 信息编号见页脚</div>'
            '<table class="fields">%s</table><div class="desc">%s</div>'
            '<div class="safety">同城易提醒:请当面核实资质,不要提前转账。</div>'
            % (E(title), posted, rows, P(*desc)))


# ---------------------------------------------------------------- shared decoy snippets
HOT = "12333"
ZSCX = "zscx.osta.org.cn"

# =========================================================================
# ZHIWEN (Q&A)
# =========================================================================
page("/zhiwen/q-10418.html", "zhiwen", "人工智能训练师证好考吗?听说有包过的班",
     qa("人工智能训练师证好考吗?听说有包过的班", "匿名用户",
        "在工厂做质检,想转行做数据标注。网上看到很多说人工智能训练师三级包过的,是真的吗?大概要多少钱?",
        [("智训职业培训-吴老师", "职业培训顾问",
          P("这个证现在非常火,属于人社部颁发的新职业证书,全国通用,可以领补贴、评职称、落户加分。",
            "我们这边三级(高级工)一期20天,线上学习,理论+实操都有题库,通过率98%以上,不过全额退费。零基础也能报,学历不限。",
            "报名截止本月25号,名额有限。详细资料可以直接电话联系我,电话微信同号 158-1726-3094,备注“知问”优先通过。",
            "有任何售后问题也可以打12315,我们不怕查。"), 37,
          [("鹿鹿学姐", "我也在了解,有没有一起的,我微信 luluxue_95 交流下"),
           ("不吃香菜", "98%通过率?听着就不对劲")]),
         ("一只码农", "数据工程师",
          P("人工智能训练师是2020年人社部和市场监管总局一起发布的新职业,编码4-04-05-05。现在的证是职业技能等级证书,由备案的评价机构发,不是人社部直接发的。",
            "“包过”这种说法本身就违反广告法,建议先去技能人才评价证书全国联网查询上看看机构是不是备案的。"), 52, []),
         ]
        , 2381, ["人工智能训练师", "职业技能证书", "转行"]),
     True, "U01", "智训职业培训",
     [("phone", "+8615817263094", "158-1726-3094")],
     "Q&A answer by a seller claiming 人社部颁发 and 98% pass; phone 微信同号; reader's own WeChat and 12315 in text")

page("/zhiwen/q-10562.html", "zhiwen", "深圳哪里可以报人工智能训练师四级?要实操吗",
     qa("深圳哪里可以报人工智能训练师四级?要实操吗", "南山打工人",
        "本人大专,做了两年客服,公司在搞智能客服项目,想考个四级。深圳有正规的培训和考点吗?",
        [("深数训练营 官方", "机构认证",
          P("四级(中级工)考试分理论和操作技能两部分,操作技能主要是数据采集处理、数据标注和智能系统运维。",
            "我们在南山科技园有线下实训室,四级周末班8周,学费2680元,符合条件的学员考完可以按政策申请技能提升补贴(需要连续缴纳失业保险满一年)。",
            "认定考试由备案评价机构组织,我们不承诺包过。报名前可以先到深圳市职业技能鉴定指导中心(0755-8313 5520)核实评价机构信息。",
            "课程顾问座机:(0755)2658 3317,工作日9:00-18:00。"), 64,
          [("南山打工人", "请问周末班还有名额吗"), ("深数训练营 官方", "有的,下期11月开班")]),
         ("HR小周", "人力资源",
          P("补充一下,补贴标准五级1000、四级1500、三级2000是上限,具体看当地政策,可以打12333问一下。"), 21, []),
         ], 1104, ["深圳", "人工智能训练师", "技能补贴"]),
     True, "U02", "深数训练营",
     [("phone", "0755-26583317", "(0755)2658 3317")],
     "Q&A answer by a training camp with price and honest caveats; quotes the public 鉴定指导中心 number and 12333")

page("/zhiwen/q-10733.html", "zhiwen", "不想考试能不能直接拿人工智能训练师证?",
     qa("不想考试能不能直接拿人工智能训练师证?", "匿名用户",
        "工作太忙没时间学,公司评优需要一个三级证,有没有办法直接拿?",
        [("快证通", "热心网友",
          P("可以的,我们有内部渠道,免考直接出证,二级、三级都能办,官网可查,可以先看证再付尾款。",
            "一般15个工作日出证,加急7天。价格不公开,私聊。",
            "薇:kzt_2025vip ｜ QQ 1587420366(加的时候备注知问)"), 3,
          [("路人甲", "免考?这不就是假证吗"), ("快证通", "楼上不懂别乱说,入库可查的")]),
         ("老陈说证", "职业规划师",
          P("千万别信“免考直接出证”。2022年人社部专门整治过“山寨证书”,不培训不评价直接发证的都是违规的。"), 88, []),
         ], 3320, ["人工智能训练师", "证书"]),
     True, "U03", "快证通",
     [("wechat", "kzt_2025vip", "kzt_2025vip"), ("qq", "1587420366", "1587420366")],
     "Q&A answer offering 免考 certificates, WeChat and QQ")

page("/zhiwen/q-10890.html", "zhiwen", "广州人工智能训练师培训机构推荐?",
     qa("广州人工智能训练师培训机构推荐?", "天河小白",
        "刚毕业,想考五级或四级,广州有什么靠谱的培训学校?预算两三千。",
        [("穗智教育", "教育机构",
          P("同学你好,我们在天河有教学点,五级课程1580元、四级2280元,含教材和上机练习。",
            "考点是天河区职业技能评价考点,考试安排以考点通知为准,考点咨询电话 020-3862 1175,可以自己打电话问。",
            "课程详情可以看我们官网 suizhiedu.cn,也可以直接电话/微信:135 6071 8842(微信同号)。"), 19,
          [("天河小白", "请问周末可以上课吗"), ("穗智教育", "可以,周六日都有班")]),
         ("阿强", "数据标注员",
          P("我去年考的四级,实操题主要是标注和数据清洗,认真学一个月问题不大。"), 33, []),
         ], 906, ["广州", "人工智能训练师"]),
     True, "U05", "穗智教育",
     [("phone", "+8613560718842", "135 6071 8842"), ("domain", "suizhiedu.cn", "suizhiedu.cn")],
     "Q&A answer with prices; quotes the assessment venue's public number")

page("/zhiwen/q-11021.html", "zhiwen", "AIGC证书和人工智能训练师证有什么区别?哪个含金量高",
     qa("AIGC证书和人工智能训练师证有什么区别?哪个含金量高", "做设计的猫",
        "最近刷到很多AIGC证书的广告,说是人社部颁发的,跟人工智能训练师是一回事吗?",
        [("未来智工 AI课程顾问", "优质回答者",
          P("简单说:人工智能训练师是职业技能等级证书,AIGC证书一般是培训证书,两者可以一起考,我们这边是“双证班”。",
            "双证班一共40课时,线上学习,月考,零基础可学,拿证后升职加薪很明显。价格私聊有优惠。",
            "想领学习资料的可以进群 965302117,或者直接加 vx:lingxi-ai666 发你课表。"), 12,
          [("做设计的猫", "AIGC那个是哪个单位发的?"), ("未来智工 AI课程顾问", "人社部直属单位的,放心")]),
         ], 1577, ["AIGC", "人工智能训练师"]),
     True, "U06", "未来智工",
     [("qq_group", "965302117", "965302117"), ("wechat", "lingxi-ai666", "lingxi-ai666")],
     "Q&A answer selling an AIGC + AI-trainer double-certificate class")

page("/zhiwen/q-11187.html", "zhiwen", "数据标注员有必要考人工智能训练师吗?",
     qa("数据标注员有必要考人工智能训练师吗?", "郑州标注民工",
        "在郑州做标注一年了,组长说考个证能涨工资,有必要吗?去哪考?",
        [("知码数据培训", "培训机构",
          P("有必要,尤其是想转质检或者项目管理的。我们是郑州本地的,五级和四级都有班,周末上课,学员大部分是在职标注员。",
            "我们的学员证书样本可以参考:证书编号 S000044030012253000117 这种格式,都可以在官方平台查询。",
            "想了解的话,tel:+8615093476621,白天打电话,晚上发短信。"), 15,
          [("郑州标注民工", "多少钱?"), ("知码数据培训", "五级1200左右,电话里详细说")]),
         ], 688, ["数据标注", "郑州"]),
     True, "U07", "知码数据培训",
     [("phone", "+8615093476621", "+8615093476621")],
     "Q&A answer by a local training outfit; shows a circulated sample certificate number")

page("/zhiwen/q-11305.html", "zhiwen", "杭州人工智能训练师三级怎么报名?",
     qa("杭州人工智能训练师三级怎么报名?", "钱江新城打工仔",
        "本科计算机,工作三年,没有四级证,能直接报三级吗?",
        [("杭智认证", "机构认证",
          P("按标准,三级一般要先有四级证书加相应年限,或者大专以上相关专业加四级证和工作年限。不过我们有“直报通道”,本科可以直接报三级,材料我们帮你准备。",
            "包含培训、报名、考试全流程,一次通过率很高。",
            "官网 hzrenzheng.net 有往期学员名单。咨询电话 180 5812 6479。"), 9,
          [("钱江新城打工仔", "直报通道是什么意思?"), ("杭智认证", "私信说")]),
         ], 1249, ["杭州", "三级"]),
     True, "U08", "杭智认证",
     [("domain", "hzrenzheng.net", "hzrenzheng.net"), ("phone", "+8618058126479", "180 5812 6479")],
     "Q&A answer offering a '直报通道' that skips level prerequisites")

page("/zhiwen/q-11412.html", "zhiwen", "有没有人工智能训练师一对一辅导?",
     qa("有没有人工智能训练师一对一辅导?", "考证焦虑患者",
        "理论部分背不下来,想找个一对一辅导,价格合适就行。",
        [("周老师AI训练师辅导", "个人认证",
          P("我本职是高校实验员,考过三级,业余做一对一辅导,只辅导理论和实操,不代报名、不包过。",
            "按次收费,每次2小时200元。需要的话加我微信 zhoulaoshi_ai,先免费答疑一次看合不合适。"), 26, []),
         ("小鱼", "学生", P("理论部分把认定要素细目表过一遍,刷题就行。"), 11, []),
         ], 512, ["辅导", "人工智能训练师"]),
     True, "I01", "周老师AI训练师辅导",
     [("wechat", "zhoulaoshi_ai", "zhoulaoshi_ai")],
     "Independent tutor offering paid one-to-one coaching")

page("/zhiwen/q-11520.html", "zhiwen", "交了钱对方不发证还拉黑,怎么办?",
     qa("交了钱对方不发证还拉黑,怎么办?", "luluxue",
        "在网上找了个办人工智能训练师证的,交了3800说包过,现在微信把我拉黑了。对方微信是 zhengshu_kuaiban。我还能要回钱吗?我的微信 luluxue_95,有同样遭遇的可以加我一起维权。",
        [("法律小助手", "律师",
          P("先保留聊天记录和转账凭证,拨打12345市民热线或者当地市场监管投诉,涉及诈骗金额较大的直接报警。",
            "以后查证书一定去官方平台 zscx.osta.org.cn,其他网站都不要信。"), 76, []),
         ("过来人", "热心网友", P("同样被坑过,记得同时打12333问问人社。"), 18, []),
         ], 4410, ["维权", "证书诈骗"]),
     note="learner/victim question, non-offer; quotes a scammer WeChat id, the asker's own WeChat, public hotlines")

# =========================================================================
# TIEBA
# =========================================================================
page("/tieba/p-70211.html", "tieba", "【经验】三级人工智能训练师20天拿证,分享一下流程",
     thread("【经验】三级人工智能训练师20天拿证,分享一下流程", [
         ("启智AI证书服务中心", 9, P("先说结论:零基础也能拿,人社部颁发,全国联网可查。",
                               "流程就是报名-线上刷题-统一考试-等证,我们这期还有几个名额,需要的 V: ZX_PeiXun88 ,或者Q 2873 6410 59,不回就是在忙。"), "2025-10-21 09:12"),
         ("打工魂", 4, P("20天?我怎么听说要先有四级"), "2025-10-21 10:03"),
         ("启智AI证书服务中心", 9, P("有特殊通道,懂的都懂"), "2025-10-21 10:20"),
         ("冷冷的风", 6, P("上个月在这家下的单,订单号15203369871,到现在没消息,楼主给个说法"), "2025-10-22 21:47"),
         ("启智AI证书服务中心", 9, P("已私信"), "2025-10-22 22:05"),
     ], "回复数 41"),
     True, "U01", "启智AI证书服务中心",
     [("wechat", "zx_peixun88", "ZX_PeiXun88"), ("qq", "2873641059", "2873 6410 59")],
     "Tieba experience post ending in WeChat/QQ; a buyer posts an order number that looks like a mobile")

page("/tieba/p-70388.html", "tieba", "出人工智能训练师证,二级三级都有,不用考",
     thread("出人工智能训练师证,二级三级都有,不用考", [
         ("证通天下", 7, P("长期出各级人工智能训练师证,免考,可查,先验后付。企业申报项目、个人评优都可以。",
                        "+V: KZT_2025VIP  进Q群 832716405 看往期案例"), "2025-11-02 14:30"),
         ("鱼丸粗面", 3, P("吧务不管管吗,这种都是假的"), "2025-11-02 15:11"),
         ("暴走的兔子", 5, P("楼主小心点,吧里之前有人说一个176 2938 4417的号码骗钱,别是一伙的"), "2025-11-02 16:40"),
         ("证通天下", 7, P("我们是正规的,欢迎来群里看"), "2025-11-02 16:52"),
     ], "回复数 12"),
     True, "U03", "证通天下",
     [("wechat", "kzt_2025vip", "KZT_2025VIP"), ("qq_group", "832716405", "832716405")],
     "Tieba ad post selling 免考 certificates; a commenter quotes a scammer's number from another thread")

page("/tieba/p-70455.html", "tieba", "上海居住证积分,技能证书能加多少分?",
     thread("上海居住证积分,技能证书能加多少分?", [
         ("鹿鹿学姐", 5, P("想问问人工智能训练师三级能加多少积分,有没有懂的,我微信 luluxue_95"), "2025-09-08 20:11"),
         ("沪上人才服务", 8, P("三级对应积分表里一般是60分,但要求工种和你的工作对口,社保也要对得上。",
                          "我们专做积分和落户规划,人工智能训练师三级从报名到拿证全包,顺利的话两个月可以用于积分申请。",
                          "私信或加微信 HuShang_RenCai,资料也可以发邮箱 hsrc2019 AT 126.com"), "2025-09-08 21:30"),
         ("沪漂十年", 7, P("积分这块别找中介,自己看公告就够了"), "2025-09-09 08:02"),
     ], "回复数 23"),
     True, "U04", "沪上人才服务",
     [("wechat", "hushang_rencai", "HuShang_RenCai"), ("email", "hsrc2019@126.com", "hsrc2019 AT 126.com")],
     "Tieba thread: a reader asks and leaves her WeChat; a 积分/落户 agency answers with its contacts")

page("/tieba/p-70512.html", "tieba", "广州考人工智能训练师四级的进来交流",
     thread("广州考人工智能训练师四级的进来交流", [
         ("小黄鸭", 4, P("下个月考四级,有没有一起复习的?"), "2025-10-30 19:02"),
         ("粤才职业技能培训学校", 8, P("我们学校四级班周末开课,教学点在天河,学费透明,可以申请补贴,咨询补贴政策也可以打12333。",
                              "官网 www.SuiZhiEdu.cn ,QQ 804112573 在线答疑。"), "2025-10-30 20:15"),
         ("老广", 6, P("小心一个176-2938-4417的,说能保过,收了我两千就没下文了"), "2025-10-31 09:40"),
         ("小黄鸭", 4, P("谢谢提醒"), "2025-10-31 10:01"),
     ], "回复数 18"),
     True, "U05", "粤才职业技能培训学校",
     [("domain", "suizhiedu.cn", "www.SuiZhiEdu.cn"), ("qq", "804112573", "804112573")],
     "Tieba study thread: a school replies with site and QQ; a user warns of a scam number")

page("/tieba/p-70679.html", "tieba", "数据标注转训练师,带证带岗,有想法的来",
     thread("数据标注转训练师,带证带岗,有想法的来", [
         ("标注侠", 6, P("做了五年标注项目,现在带人考五级/四级,考完可以推荐到合作的标注基地上岗。",
                      "不是中介,自己带班。Q 3095518827,或者发简历到邮箱 biaozhuxia@163.com"), "2025-08-14 11:20"),
         ("鹿鹿学姐", 5, P("推荐的岗位工资多少?可以加我 luluxue_95 细聊"), "2025-08-14 12:05"),
         ("标注侠", 6, P("底薪+计件,四千到七千"), "2025-08-14 12:30"),
     ], "回复数 9"),
     True, "U07", "标注侠",
     [("qq", "3095518827", "3095518827"), ("email", "biaozhuxia@163.com", "biaozhuxia@163.com")],
     "Tieba recruiting-style offer bundling training and job referral; a reader leaves her WeChat")

page("/tieba/p-70733.html", "tieba", "浙江的,人工智能训练师三级可以直接报吗",
     thread("浙江的,人工智能训练师三级可以直接报吗", [
         ("西湖边的鱼", 3, P("没有四级,可以直接报三级吗?"), "2025-11-10 13:14"),
         ("之江职培", 7, P("正常不行,但我们有合作评价机构可以安排,本科以上都能走。价格看等级,三级包教材包报名。",
                       "v❤:HZRZ_KEFU01 ,付款认准收款方 杭州智汇人才服务有限公司,别转个人账户。"), "2025-11-10 14:02"),
         ("求资料的阿凯", 2, P("有没有三级的题库资料,我QQ 3167 2290 54,发我一份谢谢"), "2025-11-10 16:33"),
         ("深圳鉴定中心路过", 5, P("深圳这边可以打 0755-8313 5520 问鉴定中心,浙江的打当地人社"), "2025-11-10 17:45"),
     ], "回复数 15"),
     True, "U08", "之江职培",
     [("wechat", "hzrz_kefu01", "HZRZ_KEFU01"), ("other", "杭州智汇人才服务有限公司", "杭州智汇人才服务有限公司")],
     "Tieba thread: agency offers a shortcut with WeChat and payee name; a reader posts his QQ; public centre number quoted")

page("/tieba/p-70810.html", "tieba", "证书挂靠一年一万,人工智能训练师也可以",
     thread("证书挂靠一年一万,人工智能训练师也可以", [
         ("鑫程职业咨询", 6, P("考下人工智能训练师二级,可以挂靠企业,一年一万左右,躺赚。我们负责考证+对接企业。",
                          "电话 +86 177 8821 4053,白天都在。"), "2025-07-19 10:00"),
         ("理性吧友", 7, P("人工智能训练师哪有挂靠需求,别骗人了"), "2025-07-19 10:33"),
         ("鑫程职业咨询", 6, P("信不信由你"), "2025-07-19 11:02"),
     ], "回复数 6"),
     True, "U09", "鑫程职业咨询",
     [("phone", "+8617788214053", "+86 177 8821 4053")],
     "Tieba post promising 挂靠 income")

page("/tieba/p-70902.html", "tieba", "广州天河五级考完了,顺便说下我报的班",
     thread("广州天河五级考完了,顺便说下我报的班", [
         ("羊城启航培训-林老师", 5, P("我们这期五级学员昨天在天河区职业技能评价考点考完了,考点电话 020-38621175 大家可以自己核实考试安排。",
                               "下期五级班12月开,学费1380元,不承诺通过。报名找林老师 152 9550 4318。"), "2025-11-16 18:20"),
         ("广漂小陈", 3, P("请问学历有要求吗"), "2025-11-16 19:01"),
         ("羊城启航培训-林老师", 5, P("五级要求有一年相关工作经历或者学徒经历"), "2025-11-16 19:20"),
     ], "回复数 7"),
     True, "I02", "羊城启航培训",
     [("phone", "+8615295504318", "152 9550 4318")],
     "Independent small school's post after an exam; quotes the venue's public number")

page("/tieba/p-70988.html", "tieba", "【避雷】网上办人工智能训练师证被骗全过程",
     thread("【避雷】网上办人工智能训练师证被骗全过程", [
         ("冷冷的风", 6, P("在网上找人办人工智能训练师三级,对方微信 zhengshu_kuaiban,电话17629384417,收了我2800。",
                        "我的订单号15203369871,对方一直说在审核,后来直接拉黑。已经打了12315和12345,大家引以为戒。"), "2025-11-20 22:10"),
         ("暴走的兔子", 5, P("同一个号,我也被骗了"), "2025-11-20 22:41"),
         ("吧务-小贴", 9, P("已加精,提醒大家:证书查询只认官方平台,交钱前多核实"), "2025-11-21 08:00"),
     ], "回复数 55"),
     note="complaint thread, non-offer; scammer's WeChat and phone, the buyer's order number, public hotlines")

# =========================================================================
# ZHUANLAN (column posts)
# =========================================================================
page("/zhuanlan/p-5521.html", "zhuanlan", "我在深圳考人工智能训练师四级的全过程(附费用)",
     column("我在深圳考人工智能训练师四级的全过程(附费用)", "图灵树职业培训", "职业培训讲师",
            ["我是一名带班讲师,这篇写给想在深圳考四级的朋友。",
             "费用:培训费2680元,认定费按评价机构公示收取。拿证后查询请认准 jndj.osta.org.cn 和证书上的二维码。",
             "补贴:符合条件的可以申领技能提升补贴,具体以人社部门答复为准,12333可以问。",
             "我们的课程目前在报名,课程咨询可以发邮件到 peixun#szshuzhi.com.cn(#换成@),课表和校区地址详见官网 szshuzhi点com点cn。"],
            [("深漂阿明", "写得很实在,收藏了"), ("图灵树职业培训", "谢谢支持")], "2025-10-12", 8830),
     True, "U02", "图灵树职业培训",
     [("email", "peixun@szshuzhi.com.cn", "peixun#szshuzhi.com.cn"), ("domain", "szshuzhi.com.cn", "szshuzhi点com点cn")],
     "Column experience post by a trainer with fees; spelled-out e-mail and domain")

page("/zhuanlan/p-5608.html", "zhuanlan", "人工智能训练师证书到底有没有用?说点大实话",
     column("人工智能训练师证书到底有没有用?说点大实话", "云帆证书", "职业证书规划",
            ["这两年很多人问我,人工智能训练师证书有没有用。我的看法是:评优、申报项目、企业资质加分,有用;单靠证书找工作,作用有限。",
             "很多人时间不够,学不下来,我们可以提供“省心办理”服务,各等级都能安排,无需到场。",
             "想了解的加群 8327-16405,或者电话 18675230941(工作时间)。"],
            [("求资料的阿凯", "能发我一份资料吗,QQ 3167229054"), ("理智读者", "无需到场?那还叫考试吗")], "2025-09-28", 5120),
     True, "U03", "云帆证书",
     [("qq_group", "832716405", "8327-16405"), ("phone", "+8618675230941", "18675230941")],
     "Column post that ends selling '省心办理' without attendance; a reader leaves his QQ")

page("/zhuanlan/p-5710.html", "zhuanlan", "2026年上海居住证积分:技能证书加分全攻略",
     column("2026年上海居住证积分:技能证书加分全攻略", "申城积分通", "积分落户规划",
            ["技能证书加分大致是:五级15分、四级30分、三级60分、二级100分、一级140分,但要工种与岗位匹配。",
             "人工智能训练师是近两年热门选择,我们可以一站式规划,从报名到积分申请全程代办,三级最快两个月拿证落户加分。",
             "咨询电话 021-6098 2273,材料清单可以发邮件 hsrc2019@126.com 索取。"],
            [("沪漂小周", "二级真的能100分?"), ("申城积分通", "要满足社保基数等条件,欢迎来电")], "2025-08-02", 12004),
     True, "U04", "申城积分通",
     [("phone", "021-60982273", "021-6098 2273"), ("email", "hsrc2019@126.com", "hsrc2019@126.com")],
     "Column guide on residence-permit points ending with an agency's contacts")

page("/zhuanlan/p-5802.html", "zhuanlan", "普通人如何入行AI:从AIGC到人工智能训练师",
     column("普通人如何入行AI:从AIGC到人工智能训练师", "灵犀AI研习社", "AI学习社群",
            ["AI行业门槛没有想象中高,数据标注、提示词工程、模型评测,都有入门岗位。",
             "证书方面,人工智能训练师和AIGC证书都是人社部颁发,官网可查,查询入口 ZSCX.OSTA.ORG.CN。",
             "报名表填写由 填表宝 tianbiaobao.cn 提供,深圳学员线下确认可联系深圳市职业技能鉴定指导中心 0755-83135520 咨询考点。",
             "研习社课程咨询:lingxi_ai@foxmail.com,微信 LingXi-AI666。"],
            [("小白一枚", "零基础能学吗"), ("灵犀AI研习社", "可以,90%小白都学会了")], "2025-11-01", 20133),
     True, "U06", "灵犀AI研习社",
     [("email", "lingxi_ai@foxmail.com", "lingxi_ai@foxmail.com"), ("wechat", "lingxi-ai666", "LingXi-AI666")],
     "Column post mixing AIGC and AI-trainer claims; form-tool credit and public centre number quoted")

page("/zhuanlan/p-5899.html", "zhuanlan", "杭州人工智能训练师三级报考避坑指南",
     column("杭州人工智能训练师三级报考避坑指南", "钱塘AI训练师报考中心", "报考服务",
            ["报考三级最常见的坑:机构没备案、证书查不到、收费不透明。",
             "我们中心与多家评价机构合作,所有学员信息入库可查。企业信息公开透明,统一社会信用代码 " + USCC_U08 + "。",
             "报名和课程表请访问 hzrenzheng点net,或在文末留言。"],
            [("西湖边的鱼", "请问可以开发票吗"), ("钱塘AI训练师报考中心", "可以开")], "2025-10-25", 6021),
     True, "U08", "钱塘AI训练师报考中心",
     [("uscc", USCC_U08, USCC_U08), ("domain", "hzrenzheng.net", "hzrenzheng点net")],
     "Column 'avoid the pitfalls' post by an agency ending with its USCC and spelled domain")

page("/zhuanlan/p-5977.html", "zhuanlan", "成都数据智能实训中心:人工智能训练师四级招生说明",
     column("成都数据智能实训中心:人工智能训练师四级招生说明", "成都数据智能实训中心", "实训机构",
            ["本中心开设人工智能训练师四级(中级工)培训,50课时,理论30%、实操70%。",
             "培训费2200元,认定由备案评价机构组织,不承诺通过,不代办证书。",
             "报名咨询:028-8533 1296,邮箱 cdsz_px@163.com。"],
            [("蓉城小李", "四级需要什么条件"), ("成都数据智能实训中心", "请看标准中的申报条件,或来电咨询")], "2025-09-15", 1740),
     True, "I03", "成都数据智能实训中心",
     [("phone", "028-85331296", "028-8533 1296"), ("email", "cdsz_px@163.com", "cdsz_px@163.com")],
     "Independent honest training centre's enrolment note")

page("/zhuanlan/p-6034.html", "zhuanlan", "人工智能训练师五个等级怎么选?一文讲清申报条件",
     column("人工智能训练师五个等级怎么选?一文讲清申报条件", "职教观察员", "职业教育研究",
            ["人工智能训练师(4-04-05-05)分五级到一级,五级要求累计一年相关工作经历或者学徒期满。",
             "等级是一级一级往上走的:声称零基础直接考二级、一级,或者一次拿三个等级的,都和标准不符。",
             "深圳的读者可以向深圳市职业技能鉴定指导中心(0755-8313 5520)咨询评价机构,补贴政策打12333。",
             "本文不做任何机构推荐。"],
            [("考证党", "讲得清楚"), ("路人", "那些包过的真该查查")], "2025-11-05", 15302),
     note="policy explainer column, non-offer; quotes public numbers")

# =========================================================================
# BIJI (notes)
# =========================================================================
page("/biji/n-88213.html", "biji", "拿到人工智能训练师三级证啦✨",
     note("拿到人工智能训练师三级证啦✨", "金证咨询·小金",
          ["姐妹们!帮学员拿到的第N本三级证,全程不用自己考😭,官网可查 zscx.osta.org.cn。",
           "证书样本编号 S000044030012253000117 打码版见图。",
           "需要的宝子扣扣:一五八七四二零三六六,或者直接 186 7523 0941。"],
          ["人工智能训练师", "考证", "副业"],
          [("桃子汽水", "真的不用考吗"), ("金证咨询·小金", "私信你了")], 312),
     True, "U03", "金证咨询",
     [("qq", "1587420366", "一五八七四二零三六六"), ("phone", "+8618675230941", "186 7523 0941")],
     "Lifestyle note selling certificates without an exam; QQ in Chinese numerals; circulated sample number")

page("/biji/n-88377.html", "biji", "数据标注入门笔记|附考证路线",
     note("数据标注入门笔记|附考证路线", "数标学院",
          ["整理了数据标注入门要点:拉框、分割、文本分类、质检规则。",
           "考证路线:五级→四级→三级,一步步来。我们有小班带考。",
           "资料包发邮箱:biaozhuxia(at)163.com 备注“记本”,急事打 150 9347 6621。"],
          ["数据标注", "人工智能训练师", "学习笔记"],
          [("冲冲冲", "求资料"), ("数标学院", "已发")], 201),
     True, "U07", "数标学院",
     [("email", "biaozhuxia@163.com", "biaozhuxia(at)163.com"), ("phone", "+8615093476621", "150 9347 6621")],
     "Study note ending with e-mail and phone")

page("/biji/n-88490.html", "biji", "学姐带考人工智能训练师四级,上岸经验",
     note("学姐带考人工智能训练师四级,上岸经验", "小林学姐",
          ["去年自己考过四级,今年开始带几个学妹一起复习,主要是陪练实操。",
           "收费很低,只收资料费199,不包过哈。有需要扣 1125098347。"],
          ["考证", "人工智能训练师"],
          [("奶茶续命", "学姐好温柔")], 96),
     True, "I04", "小林学姐",
     [("qq", "1125098347", "1125098347")],
     "Independent student tutor note")

page("/biji/n-88561.html", "biji", "Python入门30天打卡记录",
     note("Python入门30天打卡记录", "每天进步一点点",
          ["第30天!从变量到爬虫,总算坚持下来。",
           "推荐的免费课程都在学校公开课平台上,没有花钱。"],
          ["Python", "自学", "打卡"],
          [("小透明", "厉害")], 540),
     note="unrelated course diary, non-offer")

# =========================================================================
# MP (WeChat article reposts)
# =========================================================================
page("/mp/a-3301.html", "mp", "重磅!人工智能训练师三级最后一期特惠报名",
     article("重磅!人工智能训练师三级最后一期特惠报名", "转载自公众号「智训学堂」", [
         "人社部颁发 ｜ 全国通用 ｜ 入库可查 ｜ 可领补贴",
         "原价6980,本期限时2980,包教包会,不过退费。",
         "报名方式:企鹅:287-364-1059,邮箱 2873641059@qq.com。",
         "(本文由微文摘转载,如有侵权请联系删除)"], "2025-11-03"),
     True, "U01", "智训学堂",
     [("qq", "2873641059", "287-364-1059"), ("email", "2873641059@qq.com", "2873641059@qq.com")],
     "WeChat article repost: a promo with 人社部颁发 and a discount")

page("/mp/a-3388.html", "mp", "落户上海新路径?人工智能训练师证书了解一下",
     article("落户上海新路径?人工智能训练师证书了解一下", "转载自公众号「优居落户咨询」", [
         "人工智能训练师三级可加60分,二级100分,帮你快速凑够积分。",
         "专业团队全程规划,不成功退款。咨询热线:021-60982273 / +86 173-2184-6605。",
         "联系我们 电话:138-0000-0000 邮箱:123456@qq.com"], "2025-09-20"),
     True, "U04", "优居落户咨询",
     [("phone", "021-60982273", "021-60982273"), ("phone", "+8617321846605", "+86 173-2184-6605")],
     "WeChat repost of a 落户 promo; template placeholder contacts left in the footer box")

page("/mp/a-3456.html", "mp", "杭州人工智能训练师报考通知(2025年第四期)",
     article("杭州人工智能训练师报考通知(2025年第四期)", "转载自公众号「杭智教育」", [
         "本期开放五级至三级报名,合作评价机构统一组织认定,证书可在 jndj.osta.org.cn 查询。",
         "报名费用请转入对公账户,收款户名:杭州智汇人才服务有限公司,统一社会信用代码 " + spaced(USCC_U08, 6) + "。",
         "其他渠道收款均非本机构。"], "2025-10-08"),
     True, "U08", "杭智教育",
     [("other", "杭州智汇人才服务有限公司", "杭州智汇人才服务有限公司"), ("uscc", USCC_U08, spaced(USCC_U08, 6))],
     "WeChat repost of an 'exam notice' with payee name and spaced USCC")

# =========================================================================
# SHIPIN (short video)
# =========================================================================
page("/shipin/v-771204.html", "shipin", "零基础20天拿人工智能训练师证",
     video("零基础20天拿人工智能训练师证", "新职技能",
           P("人社部颁发新职业证书!官网可查 zscx.osta.org.cn", "主页有v 一五八一七二六三零九四 ,或者直接加 zx_peixun88 #人工智能训练师 #考证"),
           [("吃瓜群众", "真的假的"), ("新职技能", "私信")], "12.4万"),
     True, "U01", "新职技能",
     [("phone", "+8615817263094", "一五八一七二六三零九四"), ("wechat", "zx_peixun88", "zx_peixun88")],
     "Short-video page; phone in Chinese numerals and WeChat in description")

page("/shipin/v-771388.html", "shipin", "人工智能训练师+AIGC双证,月入过万不是梦",
     video("人工智能训练师+AIGC双证,月入过万不是梦", "AI职途",
           P("原价9999,限时99体验课!拿证升职加薪。", "扣群 9653 02117 领资料,急事 199-1205-7738"),
           [("Kelly", "资料发我邮箱 kelly.w_0312@163.com 谢谢"), ("AI职途", "进群领")], "8.7万"),
     True, "U06", "AI职途",
     [("qq_group", "965302117", "9653 02117"), ("phone", "+8619912057738", "199-1205-7738")],
     "Short-video promo; a commenter leaves her own e-mail")

page("/shipin/v-771456.html", "shipin", "低价出人工智能训练师证,可挂靠",
     video("低价出人工智能训练师证,可挂靠", "蓝鲸证书服务",
           P("各级都有,价格美丽,可挂靠企业拿补贴。", "➕V lanjing_zs 或者 手机号一七七八八二一四零五三"),
           [("Kelly", "怎么收费?发 kelly.w_0312@163.com"), ("蓝鲸证书服务", "加v详聊")], "3.1万"),
     True, "U09", "蓝鲸证书服务",
     [("wechat", "lanjing_zs", "lanjing_zs"), ("phone", "+8617788214053", "一七七八八二一四零五三")],
     "Short-video promo with WeChat and Chinese-numeral phone; same commenter e-mail")

page("/shipin/v-771530.html", "shipin", "一帆AI课堂|人工智能训练师实操题演示",
     video("一帆AI课堂|人工智能训练师实操题演示", "一帆AI课堂",
           P("演示四级实操:数据清洗+标注质检。完整课程399元,含题库。", "购课加微信 yifan_aiclass"),
           [("Kelly", "讲得好,课件能发 kelly.w_0312@163.com 吗"), ("一帆AI课堂", "课件在课程里")], "1.9万"),
     True, "I06", "一帆AI课堂",
     [("wechat", "yifan_aiclass", "yifan_aiclass")],
     "Independent short-video course seller; the same commenter e-mail appears")

page("/shipin/v-771602.html", "shipin", "3分钟看懂大模型是怎么训练的",
     video("3分钟看懂大模型是怎么训练的", "科普小站",
           P("从预训练到人类反馈强化学习,一个视频讲明白。#科普 #人工智能"),
           [("学生党", "讲得好清楚")], "45.2万"),
     note="unrelated popular-science video, non-offer")

# =========================================================================
# FENLEI (classifieds)
# =========================================================================
page("/fenlei/x-20931.html", "fenlei", "南山AI实训基地 人工智能训练师五级/四级培训招生",
     listing("南山AI实训基地 人工智能训练师五级/四级培训招生", [
         ("类别", "教育培训 › 职业技能"), ("区域", "深圳 · 南山"), ("价格", "1580元起"),
         ("联系人", "陈老师"), ("联系电话", "+86-139-2384-7516")],
         ["线下小班,工作日晚班+周末班,上机实操。", "认定由备案评价机构组织,结业后按规定申请补贴。"], "2025-10-27"),
     True, "U02", "南山AI实训基地",
     [("phone", "+8613923847516", "+86-139-2384-7516")],
     "Classified listing with a price")

page("/fenlei/x-21044.html", "fenlei", "广数人才 人工智能训练师考证辅导",
     listing("广数人才 人工智能训练师考证辅导", [
         ("类别", "教育培训 › 考证"), ("区域", "广州 · 天河"), ("价格", "面议"),
         ("QQ", "804 112 573"), ("电话", "１３５６０７１８８４２")],
         ["五级、四级辅导,教学点靠近考点。", "来电前请说明在同城易看到的。"], "2025-11-06"),
     True, "U05", "广数人才",
     [("qq", "804112573", "804 112 573"), ("phone", "+8613560718842", "１３５６０７１８８４２")],
     "Classified listing; full-width phone and spaced QQ")

page("/fenlei/x-21187.html", "fenlei", "正途技能 各类职业技能证书快速办理",
     listing("正途技能 各类职业技能证书快速办理", [
         ("类别", "教育培训 › 其他"), ("区域", "全国"), ("价格", "电议"),
         ("微信", "LANJING_ZS"), ("QQ", "2410996673"), ("示例电话", "138-0000-0000")],
         ["人工智能训练师、数据标注员等各类证书,周期短,可加急。", "企业批量办理有优惠。"], "2025-07-30"),
     True, "U09", "正途技能",
     [("wechat", "lanjing_zs", "LANJING_ZS"), ("qq", "2410996673", "2410996673")],
     "Classified listing for fast certificates; template placeholder phone left in")

page("/fenlei/x-21250.html", "fenlei", "招聘 数据标注员 8名 五险一金",
     listing("招聘 数据标注员 8名 五险一金", [
         ("类别", "招聘 › IT/互联网"), ("区域", "郑州 · 高新区"), ("薪资", "4500-6500元/月"),
         ("联系人", "人事部 王女士"), ("联系电话", "0371-6799 2025")],
         ["岗位职责:图像与文本标注、质检。", "有人工智能训练师证书者优先,但不是必须;公司不收取任何费用。"], "2025-11-12"),
     note="job ad, non-offer; mentions the certificate as a plus")

# =========================================================================
# QIYE (company site of U02) and XY (school site)
# =========================================================================
page("/qiye/index.html", "qiye", "鹏城数智学院 - 人工智能训练师培训",
     '<div class="banner">人工智能训练师 五级/四级/三级 培训</div>'
     + P("鹏城数智学院隶属深圳市鹏城数智教育科技有限公司,专注人工智能职业技能培训。",
         "课程:五级1580元 ｜ 四级2680元 ｜ 三级3680元(含教材与实训),认定由备案评价机构组织,不承诺包过。",
         "统一社会信用代码:" + USCC_U02,
         "地址:深圳市南山区科技园 ｜ 座机:0755-26583317 ｜ 手机:139 2384 7516",
         "邮箱:peixun@szshuzhi.com.cn ｜ 官网:www.szshuzhi.com.cn",
         "在线报名表由 填表宝 tianbiaobao.cn 提供",
         "Tel: 138-0000-0000 ｜ Email: 123456@qq.com (分校信息待更新)"),
     True, "U02", "鹏城数智学院",
     [("uscc", USCC_U02, USCC_U02), ("phone", "0755-26583317", "0755-26583317"),
      ("phone", "+8613923847516", "139 2384 7516"), ("email", "peixun@szshuzhi.com.cn", "peixun@szshuzhi.com.cn"),
      ("domain", "szshuzhi.com.cn", "www.szshuzhi.com.cn")],
     "Company home page built with a site builder; form-tool credit and template placeholders")

page("/xy/jxjy-ai.html", "xy", "人工智能训练师(四级)社会培训招生简章",
     article("人工智能训练师(四级)社会培训招生简章", "继续教育学院 ｜ 通知公告", [
         "我院面向社会开展人工智能训练师(四级/中级工)培训,50学时,培训费1800元。",
         "认定工作由备案评价机构组织,证书可在技能人才评价证书全国联网查询(zscx.osta.org.cn)核验。",
         "报名咨询:023-6587 4410,邮箱 jxjy@ydzy.edu.cn。学院统一社会信用代码 " + USCC_I05 + "。",
         "网上报名由 填表宝 tianbiaobao.cn 提供技术支持。如报名表无法提交请发邮件,勿发至 123456@qq.com(模板示例地址)。"],
         "2025-10-20"),
     True, "I05", "渝东职业技术学院继续教育学院",
     [("phone", "023-65874410", "023-6587 4410"), ("email", "jxjy@ydzy.edu.cn", "jxjy@ydzy.edu.cn"),
      ("uscc", USCC_I05, USCC_I05)],
     "Independent college continuing-education enrolment notice")

# =========================================================================
# NEWS
# =========================================================================
page("/news/n-2025-1118.html", "news", "人社部门提醒:警惕“包过”“免考”人工智能训练师证书骗局",
     article("人社部门提醒:警惕“包过”“免考”人工智能训练师证书骗局", "南方职教资讯 记者 何晓 ｜ 曝光台", [
         "近期,多地人社部门接到群众反映,有人在网上以“人社部颁发”“免考包过”为名兜售人工智能训练师证书。",
         "人社部门提醒:职业技能等级证书由备案的评价机构颁发,可在 jndj.osta.org.cn 及技能人才评价证书全国联网查询平台核验;“包过”“免考”均属违规宣传。",
         "据群众反映,涉事人员使用的号码包括 176-2938-4417 等,收款后即拉黑。某“证书样本”编号 S000044030012253000117 在多个网店流传,并非真实学员证书。",
         "如遇相关问题,可拨打12333人社服务热线,或向12315、12345反映。"], "2025-11-18"),
     note="人社 warning news, non-offer; quotes scam number, a circulated sample certificate number, hotlines")

page("/news/n-2025-1102.html", "news", "技能提升补贴怎么领?人工智能训练师属于哪类证书",
     article("技能提升补贴怎么领?人工智能训练师属于哪类证书", "南方职教资讯 ｜ 政策解读", [
         "人工智能训练师证书属于职业技能等级证书,不是国家职业资格证书。",
         "补贴标准:五级、四级、三级最高分别为1000元、1500元、2000元,需连续参保满一年。",
         "证书查询:zscx.osta.org.cn。广州考生可咨询天河区职业技能评价考点 020-3862 1175,政策咨询拨打12333。"], "2025-11-02"),
     note="policy explainer, non-offer; quotes venue number and official query site")


# ---------------------------------------------------------------- index pages
SITE_ORDER = ["zhiwen", "tieba", "zhuanlan", "biji", "mp", "shipin", "fenlei", "news", "qiye", "xy"]


def site_pages(site):
    return [p for p in PAGES if p["site"] == site]


def build_indexes():
    for s in SITE_ORDER:
        if s == "qiye":
            continue  # company home page is itself an offer page
        items = site_pages(s)
        lis = "".join('<li><a href="%s">%s</a></li>' % (p["path"], E(p["title"])) for p in items)
        extra = ""
        if s == "zhiwen":
            extra = P("热门话题:人工智能训练师 · 数据标注 · 技能补贴 · 职业资格")
        elif s == "tieba":
            extra = P("本吧简介:人工智能训练师考证交流,禁止广告(吧务会删)。会员 18,233 ｜ 帖子 92,410")
        elif s == "xy":
            extra = P("学院简介:渝东职业技术学院继续教育学院承担社会培训与职业技能评价相关服务。")
        body = '<h1>%s · %s</h1>%s<ul class="list">%s</ul>' % (E(SITES[s]["name"]), E(SITES[s]["sub"]), extra, lis)
        PAGES.append(dict(path="/%s/index.html" % s, site=s, title=SITES[s]["name"] + " 首页", body=body,
                          is_offer=False, operator=None, provider=None, ids=[],
                          note="site index / list page, non-offer"))
    lis = "".join('<li><a href="/%s/index.html">%s</a> — %s</li>' % (s, E(SITES[s]["name"]), E(SITES[s]["sub"]))
                  for s in SITE_ORDER)
    PAGES.append(dict(path="/index.html", site=None, title="网址导航", body=
                      '<h1>网址导航</h1><p>常用站点:</p><ul class="list">%s</ul>' % lis,
                      is_offer=False, operator=None, provider=None, ids=[], note="root index, non-offer"))


def render(p):
    s = p["site"]
    if s is None:
        return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title></head>'
                '<body>%s<footer>网址导航 ｜ 仅供参考</footer></body></html>\n' % (E(p["title"]), p["body"]))
    cfg = SITES[s]
    nav = " ".join('<a href="/%s/index.html">%s</a>' % (s, E(n)) for n in cfg["nav"])
    others = [q for q in site_pages(s) if q["path"] != p["path"] and not q["path"].endswith("index.html")]
    k = sum(ord(c) for c in p["path"])
    rel = [others[(k + i) % len(others)] for i in range(min(4, len(others)))] if others else []
    seen, rel2 = set(), []
    for q in rel:
        if q["path"] not in seen:
            seen.add(q["path"])
            rel2.append(q)
    side = "".join('<li><a href="%s">%s</a></li>' % (q["path"], E(q["title"])) for q in rel2)
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title>'
            '<style>body{font-family:sans-serif;margin:0}header{background:%s;color:#fff;padding:8px}'
            'header a{color:#fff;margin-right:12px}main{display:flex}article{flex:3;padding:12px}'
            'aside{flex:1;padding:12px;background:#f5f5f5}footer{font-size:12px;color:#666;padding:12px;border-top:1px solid #ddd}</style>'
            '</head><body><header><a href="/index.html">导航</a> <b>%s</b> %s ｜ %s <input placeholder="搜索"></header>'
            '<main><article>%s</article><aside><h3>相关推荐</h3><ul>%s</ul><p><a href="/%s/index.html">返回%s</a></p></aside></main>'
            '<footer>%s</footer></body></html>\n'
            % (E(p["title"]), E(cfg["name"]), cfg["color"], E(cfg["name"]), E(cfg["sub"]), nav, p["body"], side,
               s, E(cfg["name"]), E(cfg["footer"])))


# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", "人社服务热线, quoted by sellers, news and victims", ["12333"]),
    ("phone", "12315", "市场监管投诉热线", ["12315"]),
    ("phone", "12345", "政务服务便民热线", ["12345"]),
    ("domain", "zscx.osta.org.cn", "official certificate query site quoted by many sellers", ["zscx.osta.org.cn", "ZSCX.OSTA.ORG.CN"]),
    ("domain", "jndj.osta.org.cn", "official query URL printed on certificates", ["jndj.osta.org.cn"]),
    ("phone", "4006881230", "知问网 platform customer-service line in the footer", ["400-688-1230"]),
    ("email", "jubao@zhiwenwang.cn", "知问网 platform abuse-report e-mail in the footer", ["jubao@zhiwenwang.cn"]),
    ("other", "京ICP证160388号", "知问网 platform licence in the footer", ["京ICP证160388号"]),
    ("qq_group", "613552908", "贴海 platform customer-service QQ group in the footer", ["613552908"]),
    ("other", "京B2-20190876", "贴海 platform telecom licence in the footer", ["京B2-20190876"]),
    ("uscc", USCC_ZS, "职说专栏 platform operator's USCC in the footer", [USCC_ZS]),
    ("email", "bd@zhishuo.net", "职说专栏 platform business e-mail in the footer", ["bd@zhishuo.net"]),
    ("wechat", "jiben_kefu", "记本 platform customer-service WeChat in the footer", ["jiben_kefu"]),
    ("email", "tougao@weiwenzhai.cn", "微文摘 repost site's e-mail in the footer", ["tougao@weiwenzhai.cn"]),
    ("phone", "010-56178899", "快看短视频 platform report line in the footer", ["010-5617 8899"]),
    ("phone", "4008552266", "同城易 classifieds customer-service line in the footer", ["400-855-2266"]),
    ("domain", "yunjianzhan.com", "site-builder credit on unrelated sites", ["yunjianzhan.com"]),
    ("domain", "tianbiaobao.cn", "form-tool credit used by unrelated sellers", ["tianbiaobao.cn"]),
    ("phone", "+8613800000000", "template placeholder phone left in templates", ["138-0000-0000"]),
    ("email", "123456@qq.com", "template placeholder e-mail", ["123456@qq.com"]),
    ("phone", "+8617629384417", "scammer's number quoted in warnings, complaints and comments", ["176-2938-4417", "176 2938 4417", "17629384417"]),
    ("wechat", "zhengshu_kuaiban", "scammer's WeChat quoted by victims", ["zhengshu_kuaiban"]),
    ("phone", "+8615203369871", "really a buyer's order number that looks like a mobile", ["15203369871"]),
    ("other", "S000044030012253000117", "certificate number of a circulated sample, shown by unrelated sellers", ["S000044030012253000117"]),
    ("phone", "020-38621175", "public assessment venue's number quoted by unrelated sellers", ["020-3862 1175", "020-38621175"]),
    ("phone", "0755-83135520", "public 鉴定指导中心 number quoted by unrelated sellers and readers", ["0755-8313 5520", "0755-83135520"]),
    ("wechat", "luluxue_95", "a reader's own WeChat left in comments on several sellers' pages", ["luluxue_95"]),
    ("qq", "3167229054", "a reader's own QQ left in comments", ["3167 2290 54", "3167229054"]),
    ("email", "kelly.w_0312@163.com", "a commenter's own e-mail under several videos", ["kelly.w_0312@163.com"]),
    ("phone", "020-87651100", "news site's own hotline in its footer", ["020-8765 1100"]),
]


def visible_text(h):
    from html.parser import HTMLParser

    class T(HTMLParser):
        def __init__(self):
            super().__init__()
            self.parts = []

        def handle_data(self, d):
            self.parts.append(d)
    t = T()
    t.feed(h)
    return "\n".join(t.parts)


def occurs(form, text):
    pat = re.escape(form)
    if form[0].isalnum():
        pat = r"(?<![0-9A-Za-z_.])" + pat
    if form[-1].isalnum():
        pat = pat + r"(?![0-9A-Za-z_])"
    return re.search(pat, text) is not None


def main():
    build_indexes()
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    texts = {}
    for p in PAGES:
        h = render(p)
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(h)
        texts[p["path"]] = visible_text(h)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    decoys = []
    for kind, value, why, written in DECOYS:
        paths = sorted(pa for pa, t in texts.items() if any(occurs(w, t) for w in written))
        decoys.append(dict(kind=kind, value=value, note=why, written=written, paths=paths))

    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            ops.setdefault(o, {"brands": [], "ties": set()})
            if p["provider"] not in ops[o]["brands"]:
                ops[o]["brands"].append(p["provider"])
    # ties: identifiers shared by >=2 pages of the operator
    for o in ops:
        cnt = {}
        for p in PAGES:
            if p["operator"] == o:
                for k, v, _ in {(i[0], i[1], "") for i in p["ids"]}:
                    cnt[(k, v)] = cnt.get((k, v), 0) + 1
        ops[o]["ties"] = ", ".join("%s %s" % kv for kv in sorted(cnt) if cnt[kv] > 1)
    order = sorted(PAGES, key=lambda p: p["path"])
    truth = {
        "description": "12bo: Q&A/Tieba/column-heavy web of AI-trainer certificate sellers, 9 operators tied by contacts written many ways, 6 independents, many non-tying decoys",
        "pages": [dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                       identifiers=p["ids"], note=p["note"]) for p in order],
        "operators": [[o, {"brands": ops[o]["brands"], "ties": ops[o]["ties"]}] for o in sorted(ops)],
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    n_off = sum(p["is_offer"] for p in PAGES)
    print("pages %d, offers %d, operators %d, decoys %d" % (len(PAGES), n_off, len(ops), len(decoys)))


if __name__ == "__main__":
    main()
