#!/usr/bin/env python3
"""Deterministic generator for test web 12bh (standard library only).
Writes site/ and truth.json next to this file."""
import json, os, shutil, posixpath

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(prefix16):
    """prefix16 = 2 (kind) + 6 (division) + 8 (org code body); adds both checks."""
    body = prefix16[8:16]
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    s = sum(val(c) * w for c, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    c17 = "X" if c == 10 else ("0" if c == 11 else str(c))
    first17 = prefix16 + c17
    s = sum(ALPH.index(ch) * w for ch, w in zip(first17, W18))
    r = 31 - s % 31
    r = 0 if r == 31 else r
    return first17 + ALPH[r]


C_U01 = uscc("91310115MA1HW27C")
C_U04 = uscc("91510107MA6CQ8R3")
C_U07 = uscc("91110108MA01XK7N")
C_U09 = uscc("91440300MA5G2P8L")
C_I06 = uscc("91330110MA2H9D4U")
C_SHOP = uscc("91330106MA27WQ5E")
C_FL = uscc("91110105MA00B3FJ")

PAGES = []


def page(path, style, title, main, offer=False, op=None, provider=None, ids=(), note="", side=""):
    PAGES.append(dict(path=path, style=style, title=title, main=main, offer=offer, op=op,
                      provider=provider, ids=[list(x) for x in ids], note=note, side=side))


def comments(cs, head="评论"):
    if not cs:
        return ""
    li = "\n".join('<li class="cmt"><span class="u">%s</span>：<span class="t">%s</span></li>' % c for c in cs)
    return '<section class="comments"><h3>%s（%d）</h3><ul>%s</ul></section>' % (head, len(cs), li)


# ---------------------------------------------------------------- style helpers
def video(author, fans, profile, caption, tags, pinned, cs, likes="1.2万"):
    return ('<div class="player"><div class="poster">[视频 00:%02d]</div></div>'
            '<div class="author"><b>@%s</b> <span>粉丝 %s</span> <button>+关注</button>'
            '<p class="bio">简介：%s</p></div>'
            '<div class="caption">%s <span class="tags">%s</span></div>'
            '<div class="bar">♥ %s · 评论 %d · 收藏 · 分享</div>'
            '<div class="pinned"><span class="badge">作者置顶</span> %s</div>%s') % (
        len(caption) % 60, author, fans, profile, caption,
        " ".join("#" + t for t in tags), likes, len(cs) + 37, pinned, comments(cs))


def live(room, host, viewers, desc, lines, pinned, cart, cs):
    tr = "".join("<p><b>%s</b>：%s</p>" % (host, l) for l in lines)
    ca = "".join('<li><span class="no">%d号链接</span> %s</li>' % (i + 1, c) for i, c in enumerate(cart))
    return ('<div class="room"><h2>%s</h2><p class="host">主播：%s · %s人看过 · 回放</p>'
            '<p class="desc">%s</p></div><div class="pinned"><span class="badge">置顶</span> %s</div>'
            '<div class="transcript"><h3>直播字幕回放（节选）</h3>%s</div>'
            '<div class="cart"><h3>小黄车</h3><ul>%s</ul></div>%s') % (
        room, host, viewers, desc, pinned, tr, ca, comments(cs, "弹幕/评论"))


def note(author, profile, title, paras, tags, cs, likes="865"):
    body = "".join("<p>%s</p>" % p for p in paras)
    return ('<div class="n-author"><b>%s</b> <button>关注</button><p class="bio">%s</p></div>'
            '<article class="note"><h2>%s</h2>%s<p class="tags">%s</p>'
            '<p class="stat">♡ %s · 收藏 %d · 编辑于 2026-11-%02d</p></article>%s') % (
        author, profile, title, body, " ".join("#" + t for t in tags), likes,
        len(title) * 7, len(paras) + 10, comments(cs, "共 %d 条评论" % (len(cs) + 12)))


def bbs(title, posts):
    out = ['<h2 class="thread">%s</h2>' % title]
    for i, (u, lv, t, html) in enumerate(posts):
        out.append('<div class="post"><div class="pu"><b>%s</b><br>%s</div><div class="pc">%s'
                   '<p class="pt">%d楼 · %s</p></div></div>' % (u, lv, html, i + 1, t))
    return "".join(out)


def wen(q, qd, answers):
    out = ['<h2 class="q">%s</h2><p class="qd">%s</p>' % (q, qd)]
    for u, badge, html, up in answers:
        out.append('<div class="ans"><p class="au"><b>%s</b> <span>%s</span></p>%s'
                   '<p class="up">%d 人觉得有用</p></div>' % (u, badge, html, up))
    return "".join(out)


def shop(shopname, title, price, skus, paras, lic, reviews):
    sk = "".join("<li>%s</li>" % s for s in skus)
    body = "".join("<p>%s</p>" % p for p in paras)
    return ('<div class="item"><h2>%s</h2><p class="price">¥<b>%s</b> <s>¥3980</s> 已售 %d</p>'
            '<ul class="sku">%s</ul><button>立即报名</button> <button>咨询客服</button></div>'
            '<div class="shopcard">店铺：<b>%s</b> · 描述 4.8 · 服务 4.9</div>'
            '<div class="detail"><h3>课程详情</h3>%s</div><div class="lic"><h3>商家资质</h3>%s</div>%s') % (
        title, price, len(title) * 13, sk, shopname, body, lic, comments(reviews, "学员评价"))


def fenlei(title, price, area, who, paras, contact):
    body = "".join("<p>%s</p>" % p for p in paras)
    return ('<h2>%s</h2><table class="meta"><tr><td>价格</td><td>%s</td></tr><tr><td>区域</td><td>%s</td></tr>'
            '<tr><td>发布者</td><td>%s</td></tr><tr><td>更新</td><td>2026-11-28</td></tr></table>'
            '<div class="desc">%s</div><div class="contact"><h3>联系方式</h3>%s</div>'
            '<p class="safe">同城帮提醒：凡是要求先付定金、包过、免考的，均可能涉嫌诈骗。</p>') % (
        title, price, area, who, body, contact)


def doc(title, group, paras, form):
    body = "".join("<p>%s</p>" % p for p in paras)
    return ('<div class="docmeta">在线文档 · %s · 最后编辑 2026-11-30</div><h2>%s</h2>%s'
            '<div class="form"><h3>报名信息收集</h3>%s</div>') % (group, title, body, form)


def news(title, src, date, paras):
    body = "".join("<p>%s</p>" % p for p in paras)
    return '<article><h2>%s</h2><p class="src">来源：%s · %s</p>%s</article>' % (title, src, date, body)


def corp(company, paras):
    return '<div class="banner"><h2>%s</h2></div>%s' % (company, "".join("<p>%s</p>" % p for p in paras))


# ---------------------------------------------------------------- common decoys
SAMPLE_CERT = "S000031000123265000012"
STATION = "021-64370918"
COMMENTER_WX = "lin_xiaoxiao0312"
BUYER_QQ = "2290417766"
SCAM_PHONE_A = "159-0023-1147"
SCAM_PHONE_B = "15900231147"
c_lin = ("小林不想卷", "求资料！！我v " + COMMENTER_WX + " 有没有姐妹一起拼团")

# ================================================================ VIDEO (抖趣)
page("/video/v101.html", "video", "零基础也能拿的AI证？人工智能训练师三级报名中 - 抖趣",
     video("启航AI职培", "3.4万", "AI训练师/数据标注 考证规划｜合作看置顶",
           "姐妹们别再刷剧了！人工智能训练师（4-04-05-05）今年最火的新职业证书，三级高级工直接报，"
           "线上学习+线下考核，证书联网可查 ✅ 名额不多，想了解的看置顶或 ➕V：zxwl_ai2026",
           ["人工智能训练师", "考证", "副业", "宝妈"],
           "报名/咨询：电话 138 1724 5069（同V），备注“抖趣”优先通过",
           [c_lin, ("momo", "三级不是要先有四级吗"), ("启航AI职培", "回复 momo：可以走学历条件，私信看你情况"),
            ("大飞", "多少钱啊")]),
     True, "U01", "启航AI职培",
     [("wechat", "zxwl_ai2026", "zxwl_ai2026"), ("phone", "+8613817245069", "138 1724 5069")],
     "short video caption + pinned comment selling level-3 enrolment")

page("/video/v301.html", "video", "数据标注员到底能不能月入过万？- 抖趣",
     video("码上训练营", "8921", "前大厂标注组长｜带你入行AI训练师｜合作📧 huibiao_edu#126.com（#换@）",
           "做了三年数据标注，说点大实话：想进AI公司先把人工智能训练师四级拿了，企业认这个。"
           "我们营每月一期，线上直播课，补贴政策符合的可以申请。主页有联系方式～",
           ["数据标注", "人工智能训练师", "AI副业"],
           "V同号 189 6907 1235，白天上课晚上统一回",
           [("路人乙", "企业真认吗"), ("码上训练营", "回复 路人乙：至少简历上好看"), ("Jing", "已私")]),
     True, "U03", "码上训练营",
     [("email", "huibiao_edu@126.com", "huibiao_edu#126.com"), ("phone", "+8618969071235", "189 6907 1235")],
     "short video; profile blurb with obfuscated e-mail; pinned phone")

page("/video/v501.html", "video", "AI训练师证书有什么用？三分钟讲清楚 - 抖趣",
     video("蓝鲸AI", "12.6万", "蓝鲸数智学院官方号｜每晚8点直播",
           "三分钟讲清人工智能训练师证书：五级到一级怎么选、考什么、能不能落户加分。"
           "评论区置顶是报名通道，别被二手贩子骗了！",
           ["人工智能训练师", "职业技能等级证书", "上海落户"],
           "报名助理薇❤：L a n j i n g _ a i 6 6 ｜对公收款：上海鲸学教育咨询有限公司，其他账户都是假的",
           [("橙子", "一级也能报吗"), ("蓝鲸AI", "回复 橙子：一级要二级满四年哦，先从四级三级开始"),
            ("会飞的鱼", "上次直播间买了，挺好")]),
     True, "U05", "蓝鲸AI",
     [("wechat", "lanjing_ai66", "L a n j i n g _ a i 6 6"),
      ("other", "上海鲸学教育咨询有限公司", "上海鲸学教育咨询有限公司")],
     "short video; pinned comment with spaced-out WeChat id and payee company")

page("/video/v701.html", "video", "AI训练师一级高级技师，不限学历不限经验？- 抖趣",
     video("未来智工", "5.1万", "职业技能提升｜官网 weilaizhigong点cn",
           "🔥人工智能训练师 二级技师/一级高级技师 招生！不限学历 不限经验，人社部颁发，全国通用，"
           "可评职称可落户，交费后60天拿证。官网搜：weilaizhigong点cn",
           ["人工智能训练师", "技师证", "评职称"],
           "名额有限 官网 www点weilaizhigong点cn 在线报名，别私信，私信不回",
           [("老王", "一级不限经验？这合法吗"), ("小林不想卷", "求资料！！我v " + COMMENTER_WX + " 有没有姐妹一起拼团")]),
     True, "U07", "未来智工",
     [("domain", "weilaizhigong.cn", "weilaizhigong点cn")],
     "short video; domain written with 点; sells levels 2 and 1 to beginners")

page("/video/v_i01.html", "video", "我是怎么考下人工智能训练师四级的 - 抖趣",
     video("阿凯聊AI", "2.2万", "AI产品经理｜分享学习路线｜课程咨询 V：akai-talk",
           "不少人问我四级怎么备考。理论看标准里的细目表，实操练标注工具。我整理了一套录播课+题库，"
           "49.9元，需要的加我V：akai-talk，不包过，只卖资料。",
           ["人工智能训练师", "备考"],
           "资料课 V：akai-talk（中划线），别加错号",
           [("蓝莓", "已加"), ("Kk", "诚实的博主")]),
     True, "I01", "阿凯聊AI",
     [("wechat", "akai-talk", "akai-talk")],
     "independent creator selling study course via WeChat")

# ================================================================ LIVE (星播)
page("/live/r201.html", "live", "【回放】数标侠：AI训练师考证答疑专场 - 星播直播",
     live("AI训练师考证答疑专场｜今晚报名立减300", "数标侠", "2.8万",
          "人工智能训练师五级/四级/三级 一站式报考，线下考点在上海徐汇。",
          ["家人们，人工智能训练师，这个证现在是真的香，三级直接申请补贴！",
           "考点就是我们合作的考核站，电话公开的，" + STATION + "，你们自己打过去问。",
           "报名的家人直接打电话，一五零 二六六八 三四一二，我们老师一对一。",
           "进群的扣扣群我放置顶了，群里发资料。"],
          "扣扣群 73620 5918 上车，进群发“AI”领资料",
          ["人工智能训练师四级 全程班 ¥1680", "三级冲刺班 含考务 ¥2680"],
          [c_lin, ("Lily", "徐汇哪里考"), ("数标侠", "助理已私信")]),
     True, "U02", "数标侠",
     [("phone", "+8615026683412", "一五零 二六六八 三四一二"), ("qq_group", "736205918", "73620 5918")],
     "live replay; phone in Chinese numerals; QQ group split by space")

page("/live/r501.html", "live", "【回放】蓝鲸数智学院 双11考证专场 - 星播直播",
     live("双11考证专场｜人工智能训练师三级立省800", "蓝鲸数智学院", "6.1万",
          "蓝鲸数智学院官方直播间，课程售后请联系助理。",
          ["这是我们学员拿到的证书，证书编号 " + SAMPLE_CERT + "，大家可以去查。",
           "三级学完可以去申请技能提升补贴，补贴是政府发的，我们不承诺金额。",
           "想进粉丝群的，群号 905513762，群里每天答疑。",
           "加助理微信 LanJing_AI66，报名截图发给她。"],
          "粉丝群：905513762（满了请找助理）",
          ["AI训练师三级 直播+实操 ¥1999", "四级基础班 ¥1299"],
          [("Tina", "证书是谁发的"), ("阿泽", "订单号13920261106 怎么还没人联系我"), ("蓝鲸数智学院", "备案的评价机构发证，官网可查"), ("阿泽", "上车了")]),
     True, "U05", "蓝鲸数智学院",
     [("qq_group", "905513762", "905513762"), ("wechat", "lanjing_ai66", "LanJing_AI66")],
     "live replay; sample certificate number shown; fan QQ group; WeChat mixed case")

page("/live/r801.html", "live", "【回放】极客标注营：标注员接单+考证 - 星播直播",
     live("边接单边考证｜数据标注员训练营", "极客标注营", "9876",
          "带你做真实标注项目，顺便考人工智能训练师四级。",
          ["我们有项目，学完直接接单，证书我们帮你报。",
           "加V：geeklabel_2025，备注直播。",
           "QQ也行，1845023379，这个是我本人。"],
          "报名 Q：1845023379 ｜ V：geeklabel_2025",
          ["标注训练营+四级报考 ¥999"],
          [("Zoe", "接单真的有钱吗"), ("极客标注营", "看手速哈")]),
     True, "U08", "极客标注营",
     [("wechat", "geeklabel_2025", "geeklabel_2025"), ("qq", "1845023379", "1845023379")],
     "live replay; WeChat and QQ in pinned and transcript")

page("/live/r_i02.html", "live", "【回放】小鹿AI课堂 公开课 - 星播直播",
     live("人工智能训练师五级公开课", "小鹿AI课堂", "3120",
          "杭州本地小班，五级/四级培训，考核在指定考核站。",
          ["五级要求一年相关工作经验或者学徒期满，不满足的先别报。",
           "报名电话 139-0571-8826，工作日接听。"],
          "报名热线 139-0571-8826",
          ["五级周末班 ¥880"],
          [("qiqi", "良心主播，讲了报考条件"), ("小林不想卷", "求资料！！我v " + COMMENTER_WX + " 有没有姐妹一起拼团")]),
     True, "I02", "小鹿AI课堂",
     [("phone", "+8613905718826", "139-0571-8826")],
     "independent live seller, phone with dashes")

# ================================================================ NOTES (小绿书)
page("/notes/n101.html", "notes", "人工智能训练师考证经验｜小白也能上岸 - 小绿书",
     note("小智老师AI训练师", "🎓AI训练师考证规划｜带过800+学员｜vx：ZXWL_AI2026",
          "人工智能训练师考证经验｜小白也能上岸🌟",
          ["很多宝子问我AI训练师怎么考，今天一次说清楚👇",
           "1️⃣ 五级四级三级都能报，看你学历和工作年限；2️⃣ 线上学+线下考；3️⃣ 证书可在 zscx.osta.org.cn 查。",
           "需要报考规划的，主页vx或者直接打 一三八一七二四五零六九（备注小绿书）"],
          ["人工智能训练师", "考证", "干货"],
          [("阿花", "求规划"), ("小智老师AI训练师", "回复 阿花：已私"), ("momo", "收藏了")]),
     True, "U01", "小智老师AI训练师",
     [("wechat", "zxwl_ai2026", "ZXWL_AI2026"), ("phone", "+8613817245069", "一三八一七二四五零六九")],
     "notes post; profile blurb with WeChat; phone in Chinese numerals")

page("/notes/n301.html", "notes", "转行AI训练师｜慧标学堂学员日记 - 小绿书",
     note("慧标学堂", "数据标注·AI训练师培训｜每周开班｜官网见评论",
          "转行AI训练师第30天✨",
          ["从行政转行到数据标注，报了慧标学堂的四级班，讲得比较细。",
           "有同样想转行的可以私我，或者加 h u i b i a o _ x t 领试听课，课程表在官网 HUIBIAOXT点com。"],
          ["转行", "数据标注", "人工智能训练师"],
          [c_lin, ("慧标学堂", "回复 小林不想卷：已私信～"), ("Cici", "多少钱")]),
     True, "U03", "慧标学堂",
     [("wechat", "huibiao_xt", "h u i b i a o _ x t"), ("domain", "huibiaoxt.com", "HUIBIAOXT点com")],
     "notes post written as student diary by the seller account; spaced WeChat id")

page("/notes/n501.html", "notes", "AI训练师三级证书到手！附报考流程 - 小绿书",
     note("蓝鲸数智学院", "蓝鲸数智学院｜人工智能训练师培训｜每晚星播直播",
          "三级证书到手啦📜附报考流程",
          ["恭喜我们三月班的同学全部拿证～流程：报名→资格审核→线上课→线下考核→证书查询。",
           "考点是徐汇那个考核站（" + STATION + "），考前一周会通知。",
           "报名找助理：177-2135-8840（微信同号 LanJing_ai66）"],
          ["人工智能训练师", "喜报", "拿证"],
          [("小雨", "求助理微信"), ("蓝鲸数智学院", "回复 小雨：看正文哦")]),
     True, "U05", "蓝鲸数智学院",
     [("phone", "+8617721358840", "177-2135-8840"), ("wechat", "lanjing_ai66", "LanJing_ai66")],
     "notes 喜报 post; phone with dashes; WeChat variant case")

page("/notes/n601.html", "notes", "在职宝妈考AI训练师｜附资料 - 小绿书",
     note("AI小职", "宝妈｜在家考证｜资料看主页｜🛰 zhida0571",
          "在职宝妈也能考的AI训练师📚",
          ["带娃间隙学完了四级课程，分享给大家。",
           "想要资料包的评论“1”，我一个个发，或者V: zhida 0571（中间没空格）"],
          ["宝妈", "人工智能训练师"],
          [("aa", "1"), ("bb", "1"), ("AI小职", "已发，没收到加V")]),
     True, "U06", "AI小职",
     [("wechat", "zhida0571", "zhida 0571")],
     "notes; WeChat with inserted space in body and plain in profile")

page("/notes/n801.html", "notes", "数据标注副业真实收入 - 小绿书",
     note("GeekLabel", "极客标注营主理人｜薇: GeekLabel_2025",
          "数据标注副业第一个月收入💰",
          ["不吹不黑，第一个月到手1800。想长期做建议考个人工智能训练师四级，营里可以一起报。",
           "有兴趣的找我，薇: GeekLabel_2025"],
          ["副业", "数据标注"],
          [("Eve", "怎么入门"), ("GeekLabel", "看简介")]),
     True, "U08", "GeekLabel",
     [("wechat", "geeklabel_2025", "GeekLabel_2025")],
     "notes; WeChat with 薇 filter-dodge, mixed case")

page("/notes/n_i03.html", "notes", "AI训练师刷题资料分享 - 小绿书",
     note("鱼干学长", "计算机研二｜AI训练师三级｜带刷题",
          "AI训练师三级刷题资料🐟",
          ["自己考过三级，整理了理论题库和实操录屏，一对一带刷题，199包答疑到考试。",
           "扣扣：3019456210（学长本人）"],
          ["人工智能训练师", "题库"],
          [("Ray", "学长靠谱吗"), ("鱼干学长", "不靠谱不收钱")]),
     True, "I03", "鱼干学长",
     [("qq", "3019456210", "3019456210")],
     "independent notes seller with QQ")

page("/notes/n_exp.html", "notes", "我考人工智能训练师四级的真实经历（无广） - 小绿书",
     note("不吃香菜", "普通打工人｜记录生活",
          "AI训练师四级真实经历（无广）",
          ["先说结论：证是真的，但不是“人社部颁发”，是备案的评价机构发的，在 zscx.osta.org.cn 能查到。",
           "不要信三个等级一起考、零基础考一级的，报考条件是阶梯式的。",
           "有问题可以打人社服务热线问，别加那些主动私信你的。"],
          ["人工智能训练师", "避坑"],
          [("小林不想卷", "求资料！！我v " + COMMENTER_WX + " 有没有姐妹一起拼团"), ("不吃香菜", "我没资料哈")]),
     False, None, None, [], "learner's experience post (non-offer)")

# ================================================================ BBS (职友吧)
page("/bbs/t201.html", "bbs", "人工智能训练师哪里考？求靠谱机构 - 职友吧",
     bbs("人工智能训练师哪里考？求靠谱机构",
         [("打工人小陈", "Lv3", "2026-11-20 21:13", "<p>在上海，想考四级，网上广告太多不知道信哪个。</p>"),
          ("AI证书通", "Lv1", "2026-11-20 21:40",
           "<p>可以了解下我们，合作考点在徐汇，五级到三级都有班。加Q 2851934476 或者进群736205918，群里有往期学员。</p>"),
          ("路过", "Lv6", "2026-11-20 22:02", "<p>楼上广告。先去官网查评价机构名单。</p>")]),
     True, "U02", "AI证书通",
     [("qq", "2851934476", "2851934476"), ("qq_group", "736205918", "736205918")],
     "forum reply that sells; QQ and QQ group")

page("/bbs/t401.html", "bbs", "【成都】人工智能训练师四级/三级 周末班招生 - 职友吧",
     bbs("【成都】人工智能训练师四级/三级 周末班招生",
         [("恒宇教育", "Lv2", "2026-11-18 10:05",
           "<p>恒宇教育人工智能训练师周末班开始报名，小班教学，含考前辅导。</p>"
           "<p>咨询：Q:1294487706 ；邮箱 hengyu_px AT qq DOT com</p>"),
          ("成都小北", "Lv4", "2026-11-18 12:30", "<p>价格多少？</p>"),
          ("恒宇教育", "Lv2", "2026-11-18 12:41", "<p>四级1580，三级2280，可申请补贴，详见私信。</p>")]),
     True, "U04", "恒宇教育",
     [("qq", "1294487706", "Q:1294487706"), ("email", "hengyu_px@qq.com", "hengyu_px AT qq DOT com")],
     "forum thread; e-mail spelled out with AT/DOT")

page("/bbs/t701.html", "bbs", "AI训练师二级技师直接报，有人报过智工考证帮吗 - 职友吧",
     bbs("AI训练师二级技师直接报，有人报过智工考证帮吗",
         [("智工考证帮", "Lv1", "2026-11-22 09:00",
           "<p>人工智能训练师二级/一级 限时招生，不限学历，全程托管，官网 www.weilaizhigong.cn ，"
           "客服邮箱 kefu@weilaizhigong.cn ，电话 186 1034 7725。</p>"),
          ("质疑帝", "Lv7", "2026-11-22 09:31", "<p>二级要三级满四年，你们不限经验怎么报？</p>"),
          ("智工考证帮", "Lv1", "2026-11-22 09:45", "<p>有特殊通道，具体电话聊。</p>")]),
     True, "U07", "智工考证帮",
     [("domain", "weilaizhigong.cn", "www.weilaizhigong.cn"), ("email", "kefu@weilaizhigong.cn", "kefu@weilaizhigong.cn"),
      ("phone", "+8618610347725", "186 1034 7725")],
     "forum post by seller; domain, e-mail and phone")

page("/bbs/t_i04.html", "bbs", "深圳有没有人工智能训练师线下班 - 职友吧",
     bbs("深圳有没有人工智能训练师线下班",
         [("南山码农", "Lv5", "2026-11-10 19:20", "<p>想线下上课，不要网课。</p>"),
          ("深圳华信职训", "Lv2", "2026-11-10 20:02",
           "<p>华信职训在科技园有线下班，四级三级都有，电话 0755-26718890 ，邮箱 hx_zx@sina.com 。</p>"),
          ("南山码农", "Lv5", "2026-11-11 08:10", "<p>谢谢，周末去看看。</p>")]),
     True, "I04", "深圳华信职训",
     [("phone", "+8675526718890", "0755-26718890"), ("email", "hx_zx@sina.com", "hx_zx@sina.com")],
     "independent forum reply with landline and e-mail")

page("/bbs/t_complaint.html", "bbs", "【曝光】交了3980说包过，现在人联系不上了 - 职友吧",
     bbs("【曝光】交了3980说包过，现在人联系不上了",
         [("受害者阿杰", "Lv2", "2026-11-25 23:10",
           "<p>在短视频上看到“AI训练师一级 包过 人社部颁发”，加了微信付款3980，对方电话 " + SCAM_PHONE_B +
           "，现在拉黑了。已经打了12315投诉。</p>"),
          ("热心网友", "Lv8", "2026-11-25 23:30", "<p>一级要二级满四年，零基础包过一级就是骗局。也可以打12345反映。</p>"),
          ("受害者阿杰", "Lv2", "2026-11-26 08:02", "<p>新闻里说的好像就是同一个号。</p>")]),
     False, None, None, [], "complaint thread quoting a scammer's phone (non-offer)")

# ================================================================ WEN (问知道)
page("/wen/q301.html", "wen", "人工智能训练师四级培训哪家好？ - 问知道",
     wen("人工智能训练师四级培训哪家好？", "杭州，在职，想周末学。",
         [("慧标学堂", "机构认证",
           "<p>可以看看我们慧标学堂（huibiaoxt.com），杭州有周末班，证书可在zscx.osta.org.cn查询。"
           "电话 18969071235 。</p>", 12),
          ("匿名用户", "", "<p>先去官方评价机构名单里看有没有备案。</p>", 40)]),
     True, "U03", "慧标学堂",
     [("domain", "huibiaoxt.com", "huibiaoxt.com"), ("phone", "+8618969071235", "18969071235")],
     "Q&A answer that sells")

page("/wen/q601.html", "wen", "AI训练师证书报名需要什么条件？ - 问知道",
     wen("AI训练师证书报名需要什么条件？", "本人大专，没做过相关工作。",
         [("职达教育", "教育机构",
           "<p>大专可以直接报四级，我们职达教育帮你审核材料，包通过率。有需要可以联系 136 6571 2290 。</p>", 3),
          ("认真答题的人", "", "<p>条件按标准来，别信包过。</p>", 55)]),
     True, "U06", "职达教育",
     [("phone", "+8613665712290", "136 6571 2290")],
     "Q&A answer that sells with phone")

page("/wen/q901.html", "wen", "人工智能训练师证书可以直接办吗？ - 问知道",
     wen("人工智能训练师证书可以直接办吗？", "没时间上课，有没有直接办的。",
         [("技能证书办理", "",
           "<p>可以的，职业技能认证服务中心可办理，免考试，官网 jnrzfw.com ，电话 173-1662-8953 。</p>", 2),
          ("路人", "", "<p>免考试直接发证属于山寨证书治理对象。</p>", 31)]),
     True, "U09", "技能证书办理",
     [("domain", "jnrzfw.com", "jnrzfw.com"), ("phone", "+8617316628953", "173-1662-8953")],
     "Q&A answer selling certificate without exam")

page("/wen/q_explain.html", "wen", "人工智能训练师证书在哪里查真假？ - 问知道",
     wen("人工智能训练师证书在哪里查真假？", "朋友给我看了个证，想查一下。",
         [("职业指导师王老师", "认证答主",
           "<p>人工智能训练师（4-04-05-05）属于职业技能等级证书，由备案的评价机构颁发。"
           "查询入口：技能人才评价证书全国联网查询 zscx.osta.org.cn；评价机构信息看 osta.mohrss.gov.cn。"
           "拿不准可以打12333咨询。</p>", 208)]),
     False, None, None, [], "Q&A that only explains verification (non-offer)")

# ================================================================ SHOP (学淘网)
LIC_PLAT = "（平台信息）学淘网 营业执照统一社会信用代码 %s" % C_SHOP
page("/shop/item101.html", "shop", "人工智能训练师三级 全程班 - 智训未来教育旗舰店 - 学淘网",
     shop("智训未来教育旗舰店", "【官方】人工智能训练师三级/四级 全程班 直播+实操+考务", "2680",
          ["四级 全程班", "三级 全程班", "三级+四级 双证套餐"],
          ["课程由智训未来教育科技(上海)有限公司提供，官网 zhixunweilai.cn。",
           "证书样例：编号 " + SAMPLE_CERT + "（样证，仅供展示），可在 zscx.osta.org.cn 查询。",
           "客服热线：+86-138-1724-5069（9:00-21:00）"],
          "企业名称：智训未来教育科技(上海)有限公司<br>统一社会信用代码：" + C_U01,
          [("m***8", "老师很负责"), ("订单用户", "已报三级，等考试")]),
     True, "U01", "智训未来教育",
     [("phone", "+8613817245069", "+86-138-1724-5069"), ("uscc", C_U01, C_U01), ("domain", "zhixunweilai.cn", "zhixunweilai.cn")],
     "marketplace item; seller USCC, domain, +86 phone")

page("/shop/item301.html", "shop", "AI训练师四级 周末班 - 慧标学堂官方店 - 学淘网",
     shop("慧标学堂官方店", "人工智能训练师四级 周末班 杭州线下", "1580",
          ["四级周末班", "四级周末班+题库"],
          ["慧标学堂官网：www.HuiBiaoXT.com", "课程咨询邮箱：HuiBiao_Edu@126.com"],
          "企业名称：慧标(杭州)信息技术有限公司",
          [("买家秀", "已考过 有问题Q我 " + BUYER_QQ), ("w***1", "还行")]),
     True, "U03", "慧标(杭州)信息技术有限公司",
     [("domain", "huibiaoxt.com", "www.HuiBiaoXT.com"), ("email", "huibiao_edu@126.com", "HuiBiao_Edu@126.com")],
     "marketplace item; mixed-case domain and e-mail")

page("/shop/item501.html", "shop", "人工智能训练师三级 直播班 - 鲸学职培 - 学淘网",
     shop("鲸学职培", "人工智能训练师三级 直播班（含线下考核安排）", "1999",
          ["三级直播班", "四级基础班"],
          ["线下考核安排在合作考核站，考站电话 " + STATION + "。",
           "售后电话 177 2135 8840"],
          "收款主体：上海鲸学教育咨询有限公司",
          [("买家秀", "已考过 有问题Q我 " + BUYER_QQ), ("阿泽", "直播间下单的，订单号13920261106，助理回复慢")]),
     True, "U05", "鲸学职培",
     [("phone", "+8617721358840", "177 2135 8840"), ("other", "上海鲸学教育咨询有限公司", "上海鲸学教育咨询有限公司")],
     "marketplace item; payee company name and phone")

page("/shop/item701.html", "shop", "人工智能训练师二级技师 - 未来智工 - 学淘网",
     shop("未来智工(北京)科技有限公司", "人工智能训练师 二级技师 托管班 不限学历", "6800",
          ["二级托管", "一级托管"],
          ["全程托管，60天出证，可评职称。", "咨询电话：幺八六 幺零三四 七七二五"],
          "企业名称：未来智工(北京)科技有限公司<br>统一社会信用代码：" + C_U07,
          [("z***2", "等证中")]),
     True, "U07", "未来智工(北京)科技有限公司",
     [("uscc", C_U07, C_U07), ("phone", "+8618610347725", "幺八六 幺零三四 七七二五")],
     "marketplace item; USCC and phone written with 幺")

page("/shop/item_i06.html", "shop", "AI训练师五级 入门课 - 优课职教专营店 - 学淘网",
     shop("优课职教专营店", "人工智能训练师五级 入门录播课", "399",
          ["五级录播课"],
          ["适合有一年相关工作经验者报考。", "售后微信：ykzj_kefu；电话 180 5871 4430"],
          "企业名称：杭州优课职业技能培训有限公司<br>统一社会信用代码：" + C_I06,
          [("y***3", "讲得清楚")]),
     True, "I06", "优课职教专营店",
     [("wechat", "ykzj_kefu", "ykzj_kefu"), ("phone", "+8618058714430", "180 5871 4430"), ("uscc", C_I06, C_I06)],
     "independent marketplace seller")

page("/shop/item_health.html", "shop", "健康管理师 三级 精讲班 - 学淘网",
     shop("康途职教", "健康管理师三级 精讲班（非AI类）", "2380",
          ["精讲班"],
          ["健康管理师（4-14-02-02）课程，与人工智能训练师无关。"],
          "企业名称：康途职教（店铺资质已审核）",
          [("k***5", "还不错")]),
     False, None, None, [], "another occupation's course (non-offer)")

page("/shop/help.html", "shop", "帮助中心：职业培训类商品须知 - 学淘网",
     '<h2>职业培训类商品须知</h2><p>学淘网禁止商家发布“包过”“免考拿证”“人社部颁发”等宣传。'
     '消费者权益受损可联系平台客服或拨打12315。</p><p>证书真伪请以官方查询平台为准。</p>',
     False, None, None, [], "marketplace help page (non-offer)")

# ================================================================ FENLEI (同城帮)
page("/fenlei/p201.html", "fenlei", "人工智能训练师考证培训 鹏程职业技能培训学校 - 同城帮",
     fenlei("人工智能训练师考证 五级/四级/三级 鹏程职业技能培训学校", "1680元起", "上海-徐汇", "鹏程职业技能培训学校",
            ["正规培训学校，考核在徐汇考核站（" + STATION + "）。", "周末班、晚班可选。"],
            "电话：150-2668-3412<br>微信：pengcheng_px88"),
     True, "U02", "鹏程职业技能培训学校",
     [("phone", "+8615026683412", "150-2668-3412"), ("wechat", "pengcheng_px88", "pengcheng_px88")],
     "classifieds post; phone and WeChat")

page("/fenlei/p401.html", "fenlei", "AI训练师考证中心 成都 - 同城帮",
     fenlei("AI训练师考证中心 四级三级 成都武侯", "面议", "成都-武侯", "AI训练师考证中心",
            ["四级三级培训报考，可申请补贴。", "往期学员：已考过 有问题Q我 " + BUYER_QQ],
            "手机：１３５４０２８６６３７<br>QQ：1294487706"),
     True, "U04", "AI训练师考证中心",
     [("phone", "+8613540286637", "１３５４０２８６６３７"), ("qq", "1294487706", "1294487706")],
     "classifieds; full-width digits phone; QQ")

page("/fenlei/p801.html", "fenlei", "数据标注兼职+AI训练师考证 - 同城帮",
     fenlei("极客数据标注工作室 招学员 标注兼职+考证", "999元", "杭州-余杭", "极客数据标注工作室",
            ["学完可接单，附带人工智能训练师四级报考。"],
            "QQ：一八四五零二三三七九<br>电话：158 2190 4476"),
     True, "U08", "极客数据标注工作室",
     [("qq", "1845023379", "一八四五零二三三七九"), ("phone", "+8615821904476", "158 2190 4476")],
     "classifieds; QQ in Chinese numerals")

page("/fenlei/p_i05.html", "fenlei", "各类证书代办 AI训练师 包过 - 同城帮",
     fenlei("人工智能训练师 各级证书代办 包过 快速出证", "电议", "北京-朝阳", "诚信考证代办",
            ["一级二级三级都可以办，不用考试，人社部可查。"],
            "电话：199➖0637➖5512（加号备注证书）"),
     True, "I05", "诚信考证代办",
     [("phone", "+8619906375512", "199➖0637➖5512")],
     "independent classifieds; phone with emoji separators; 包过")

page("/fenlei/p_job.html", "fenlei", "招聘：数据标注员（有人工智能训练师证优先） - 同城帮",
     fenlei("招聘 数据标注员 5名 有人工智能训练师证书优先", "5000-7000元/月", "上海-闵行", "某智能科技公司人事部",
            ["岗位职责：图像/文本标注，质检。", "要求：大专及以上，有人工智能训练师四级证书优先。"],
            "简历投递请通过同城帮站内投递"),
     False, None, None, [], "job ad (non-offer)")

# ================================================================ CORP
page("/corp/zhixun/index.html", "corp", "智训未来教育科技(上海)有限公司 - 官网",
     corp("智训未来教育科技(上海)有限公司",
          ["我们专注人工智能训练师、数据标注员职业技能培训，线上线下结合。",
           "官网：www.zhixunweilai.cn ｜ 咨询热线：<a href=\"tel:13817245069\">138-1724-5069</a>",
           "统一社会信用代码：" + C_U01]),
     True, "U01", "智训未来教育",
     [("domain", "zhixunweilai.cn", "www.zhixunweilai.cn"), ("phone", "+8613817245069", "tel:13817245069"),
      ("uscc", C_U01, C_U01)],
     "company site home; tel link; USCC")

page("/corp/hengyu/index.html", "corp", "成都恒宇职业培训学校 - 首页",
     corp("成都恒宇职业培训学校",
          ["恒宇职业培训：人工智能训练师、电子商务师等职业技能培训。",
           "地址：成都市武侯区 ｜ 电话：028-8765 1234 ｜ 官网 hengyupx.com",
           "举办者统一社会信用代码：" + C_U04,
           '<a href="course.html">课程介绍：人工智能训练师</a>']),
     True, "U04", "恒宇职业培训",
     [("phone", "+862887651234", "028-8765 1234"), ("domain", "hengyupx.com", "hengyupx.com"), ("uscc", C_U04, C_U04)],
     "company site home; landline; USCC")

page("/corp/hengyu/course.html", "corp", "人工智能训练师课程 - 成都恒宇职业培训学校",
     corp("人工智能训练师（四级/三级）课程",
          ["课时：四级50课时，三级40课时，理论+实操。",
           "报名电话：<a href=\"tel:+862887651234\">(028) 87651234</a> ／ 13540286637",
           "邮箱：hengyu_px@qq.com",
           "联系我们：400-000-0000 ｜ admin@example.com"]),
     True, "U04", "恒宇职业培训",
     [("phone", "+862887651234", "tel:+862887651234"), ("phone", "+8613540286637", "13540286637"),
      ("email", "hengyu_px@qq.com", "hengyu_px@qq.com")],
     "company course page; template placeholders left in footer block")

page("/corp/jnrz/index.html", "corp", "职业技能认证服务中心 - 证书办理",
     corp("职业技能认证服务中心",
          ["人工智能训练师、健康管理师等各类证书办理，全国通用，联网可查。",
           "官网：JNRZFW.COM ｜ 认证咨询QQ群：618830275",
           "统一社会信用代码：" + C_U09,
           "联系我们：400-000-0000 ｜ admin@example.com"]),
     True, "U09", "职业技能认证服务中心",
     [("domain", "jnrzfw.com", "JNRZFW.COM"), ("qq_group", "618830275", "618830275"), ("uscc", C_U09, C_U09)],
     "company-style page with state-sounding name and 91 USCC; template placeholders")

# ================================================================ DOC (group notices)
page("/doc/g201.html", "doc", "群公告｜鹏程AI训练师考证2群",
     doc("鹏程AI训练师考证2群 群公告", "QQ群 736-205-918",
         ["1. 本群由鹏程职业技能培训学校建立，仅用于人工智能训练师报名答疑，禁止发广告。",
          "2. 报名请私聊群主 QQ 2851934476 或加微信 PengCheng_PX88。",
          "3. 12月考核批次截止报名 12月15日。"],
         "姓名 / 手机 / 报考等级 / 学历"),
     True, "U02", "鹏程职业技能培训学校",
     [("qq_group", "736205918", "736-205-918"), ("qq", "2851934476", "2851934476"), ("wechat", "pengcheng_px88", "PengCheng_PX88")],
     "group notice shared as online doc")

page("/doc/g601.html", "doc", "群公告｜职达人才服务 AI训练师报名群",
     doc("职达人才服务 AI训练师报名群 公告", "微信群",
         ["本周六晚8点线上说明会。", "报名联系：微信 ZHIDA0571 ／ QQ 3360812294 ／ 电话 13665712290"],
         "姓名 / 手机 / 学历"),
     True, "U06", "职达人才服务",
     [("wechat", "zhida0571", "ZHIDA0571"), ("qq", "3360812294", "3360812294"), ("phone", "+8613665712290", "13665712290")],
     "WeChat group notice")

page("/doc/g901.html", "doc", "群公告｜启智职培 证书办理群",
     doc("启智职培 证书办理群 公告", "QQ群 618 830 275",
         ["各类技能证书快速办理，AI训练师二级一级均可。", "负责人微信 jnzs_bl ，电话 17316628953"],
         "姓名 / 身份证号 / 办理证书"),
     True, "U09", "启智职培",
     [("qq_group", "618830275", "618 830 275"), ("wechat", "jnzs_bl", "jnzs_bl"), ("phone", "+8617316628953", "17316628953")],
     "group notice for certificate-without-exam seller")

# ================================================================ NEWS
page("/news/warn1.html", "news", "警惕！“AI训练师证书包过”骗局又出新花样",
     news("警惕！“AI训练师证书包过”骗局又出新花样", "民生观察网", "2026-11-27",
          ["近期多名市民反映，在短视频平台看到“零基础拿一级”“人社部颁发”的广告后付款，随后被拉黑。",
           "一名受害人提供的对方电话为 " + SCAM_PHONE_A + "。警方提醒，职业技能等级证书由备案的评价机构颁发，"
           "可在 zscx.osta.org.cn 查询。",
           "如遇虚假宣传，可拨打12315投诉，或拨打12333咨询人社政策。"]),
     False, None, None, [], "news warning quoting a scammer's phone (non-offer)")

page("/news/policy.html", "news", "一文读懂：人工智能训练师职业技能等级认定",
     news("一文读懂：人工智能训练师职业技能等级认定", "民生观察网", "2026-10-12",
          ["人工智能训练师（4-04-05-05）为2020年发布的新职业，设五级至一级。",
           "证书属于职业技能等级证书，由在人社部门备案的评价机构颁发，并非国家职业资格证书。",
           "查询：zscx.osta.org.cn；政策信息：osta.mohrss.gov.cn。咨询电话12333，也可拨打12345。"]),
     False, None, None, [], "policy explainer (non-offer)")

# ================================================================ FRAMES
SECTIONS = {
    "video": ("抖趣 · 短视频", "/video/index.html"),
    "live": ("星播直播", "/live/index.html"),
    "notes": ("小绿书", "/notes/index.html"),
    "bbs": ("职友吧", "/bbs/index.html"),
    "wen": ("问知道", "/wen/index.html"),
    "shop": ("学淘网", "/shop/index.html"),
    "fenlei": ("同城帮", "/fenlei/index.html"),
    "news": ("民生观察网", "/news/index.html"),
    "doc": ("群文档分享", "/index.html"),
    "corp": ("企业官网", "/index.html"),
}
FOOT = {
    "video": "抖趣 © 2026 ｜ 客服热线 400-820-6633 ｜ 违法和不良信息举报邮箱 jubao@douqu.cn",
    "live": "星播直播 ｜ 用户服务热线 400-617-8899 ｜ 未成年人保护",
    "notes": "小绿书 ｜ 举报邮箱 report@xiaolvshu.cn ｜ 官方创作者QQ群 617204953",
    "bbs": "职友吧 zhiyouba.net ｜ 版务QQ群 581220374 ｜ 发帖须遵守社区规范",
    "wen": "问知道 ｜ 意见反馈 kefu@wenzhidao.com",
    "shop": "学淘网 ｜ 平台客服 400-990-1212 ｜ service@xuetao.cn ｜ " + LIC_PLAT,
    "fenlei": "同城帮 ｜ 客服 400-100-5858 ｜ 营业执照 " + C_FL,
    "news": "民生观察网 ｜ 新闻热线 0571-85105678 ｜ 违法和不良信息举报",
    "doc": "本表单由 金数表 jinshubiao.cn 生成 ｜ 群文档分享",
    "corp": "技术支持：云站宝 www.yunzhanbao.cn ｜ 版权所有",
}


def rel(src, dst):
    return posixpath.relpath(dst, posixpath.dirname(src))


# index pages
def add_index(path, style, title, intro, links):
    li = "".join('<li><a href="%s">%s</a></li>' % (rel(path, p["path"]), p["title"]) for p in links)
    PAGES.append(dict(path=path, style=style, title=title, main="<h2>%s</h2><p>%s</p><ul class=\"list\">%s</ul>" % (title, intro, li),
                      offer=False, op=None, provider=None, ids=[], note="section list page", side=""))


for st, intro in [("video", "学习频道 · 热门视频"), ("live", "直播回放 · 教育频道"), ("notes", "发现 · 职场成长"),
                  ("bbs", "职业资格/技能证书版"), ("wen", "职业教育分类"), ("shop", "职业培训类目"),
                  ("fenlei", "教育培训/招聘"), ("news", "民生 · 教育")]:
    members = [p for p in PAGES if p["style"] == st]
    add_index(SECTIONS[st][1], st, SECTIONS[st][0] + " - " + intro, intro, members)

sec_pages = [p for p in PAGES if p["path"].endswith("/index.html") and p["path"] != "/index.html"]
others = [p for p in PAGES if p["style"] in ("doc", "corp") and p["path"] != "/corp/hengyu/course.html"]
li = "".join('<li><a href="%s">%s</a></li>' % (p["path"][1:], p["title"]) for p in sec_pages)
li2 = "".join('<li><a href="%s">%s</a></li>' % (p["path"][1:], p["title"]) for p in others)
PAGES.append(dict(path="/index.html", style="portal", title="职教导航 - 职业技能证书信息聚合",
                  main="<h2>频道</h2><ul>%s</ul><h2>群公告与企业站点收录</h2><ul>%s</ul>" % (li, li2),
                  offer=False, op=None, provider=None, ids=[], note="portal index", side=""))


def render(p):
    st = p["style"]
    home = rel(p["path"], "/index.html")
    if st == "portal":
        head, foot, crumbs = "职教导航", "职教导航 © 2026 ｜ 收录信息来自公开网页", '<a href="index.html">首页</a>'
    else:
        name, idx = SECTIONS[st]
        head, foot = name, FOOT[st]
        crumbs = '<a href="%s">职教导航</a> &gt; <a href="%s">%s</a> &gt; 正文' % (home, rel(p["path"], idx), name)
    sib = [q for q in PAGES if q["style"] == st and q is not p and not q["path"].endswith("index.html")][:5]
    side = "".join('<li><a href="%s">%s</a></li>' % (rel(p["path"], q["path"]), q["title"]) for q in sib)
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head>\n<body class="%s">'
            '<header><h1>%s</h1><nav>%s</nav></header>\n<main>%s</main>\n'
            '<aside><h3>相关推荐</h3><ul>%s</ul></aside>\n<footer>%s</footer></body></html>\n') % (
        p["title"], st, head, crumbs, p["main"], side, foot)


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    html = {}
    for p in PAGES:
        fp = os.path.join(SITE, p["path"][1:])
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        html[p["path"]] = render(p)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html[p["path"]])
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    DEC = [
        ("public_hotline", "12333", ["12333"], "人社 service hotline"),
        ("public_hotline", "12315", ["12315"], "market-regulation complaint hotline"),
        ("public_hotline", "12345", ["12345"], "government service hotline"),
        ("official_domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site, quoted by news and sellers"),
        ("official_domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official OSTA portal"),
        ("platform_phone", "4008206633", ["400-820-6633"], "抖趣 customer service in frame"),
        ("platform_email", "jubao@douqu.cn", ["jubao@douqu.cn"], "抖趣 report mailbox in frame"),
        ("platform_phone", "4006178899", ["400-617-8899"], "星播 service hotline in frame"),
        ("platform_email", "report@xiaolvshu.cn", ["report@xiaolvshu.cn"], "小绿书 report mailbox in frame"),
        ("platform_qq_group", "617204953", ["617204953"], "小绿书 creator QQ group in frame"),
        ("platform_qq_group", "581220374", ["581220374"], "职友吧 moderators' QQ group in frame"),
        ("platform_domain", "zhiyouba.net", ["zhiyouba.net"], "forum's own domain in frame"),
        ("platform_email", "kefu@wenzhidao.com", ["kefu@wenzhidao.com"], "问知道 feedback mailbox"),
        ("platform_phone", "4009901212", ["400-990-1212"], "学淘网 customer service in frame"),
        ("platform_email", "service@xuetao.cn", ["service@xuetao.cn"], "学淘网 e-mail in frame"),
        ("platform_uscc", C_SHOP, [C_SHOP], "学淘网's own licence in frame of every shop page"),
        ("platform_phone", "4001005858", ["400-100-5858"], "同城帮 customer service in frame"),
        ("platform_uscc", C_FL, [C_FL], "同城帮's own licence in frame"),
        ("news_hotline", "+8657185105678", ["0571-85105678"], "news site's own hotline"),
        ("form_tool", "jinshubiao.cn", ["jinshubiao.cn"], "form-tool credit on shared group docs"),
        ("site_builder", "yunzhanbao.cn", ["www.yunzhanbao.cn"], "site-builder credit on company sites"),
        ("placeholder", "4000000000", ["400-000-0000"], "template placeholder phone left on company sites"),
        ("placeholder", "admin@example.com", ["admin@example.com"], "template placeholder e-mail"),
        ("scammer_phone", "+8615900231147", [SCAM_PHONE_A, SCAM_PHONE_B], "phone of an unrelated scammer quoted in news and a complaint"),
        ("certificate_number", SAMPLE_CERT, [SAMPLE_CERT], "sample certificate number shown by sellers of different operators"),
        ("venue_phone", "+862164370918", [STATION], "assessment station number quoted by U02 and U05 sellers"),
        ("commenter_wechat", COMMENTER_WX, [COMMENTER_WX], "a commenter's own WeChat on several sellers' pages"),
        ("order_number", "13920261106", ["13920261106"], "a buyer's order number that looks like a mobile, on a live page and a shop page"),
        ("buyer_qq", BUYER_QQ, [BUYER_QQ], "a buyer's own QQ in reviews on several sellers' pages"),
    ]
    decoys = []
    for kind, val, written, nt in DEC:
        paths = sorted(p["path"] for p in PAGES if any(w in html[p["path"]] for w in written))
        decoys.append(dict(kind=kind, value=val, written=written, paths=paths, note=nt))

    ops = {}
    for p in PAGES:
        if p["op"]:
            ops.setdefault(p["op"], {"brands": [], "ties": ""})
            if p["provider"] not in ops[p["op"]]["brands"]:
                ops[p["op"]]["brands"].append(p["provider"])
    for o, d in ops.items():
        kinds = sorted({"%s:%s" % (i[0], i[1]) for p in PAGES if p["op"] == o for i in p["ids"]})
        d["ties"] = "shared identifiers: " + ", ".join(kinds)
    truth = dict(description="12bh: short-video, livestream and notes-app sellers of AI-trainer certificates, "
                             "tied across forums, Q&A, marketplace, classifieds, group docs and company sites",
                 pages=[dict(path=p["path"], is_offer=p["offer"], operator=p["op"], provider=p["provider"],
                             identifiers=p["ids"], note=p["note"]) for p in sorted(PAGES, key=lambda x: x["path"])],
                 operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(PAGES), "offers", sum(p["offer"] for p in PAGES), "decoys", len(decoys))


if __name__ == "__main__":
    main()
