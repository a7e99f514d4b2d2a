# -*- coding: utf-8 -*-
"""Offer pages, part 3: schools, WeChat articles, forum, Q&A, landing pages."""
import json, random
from core import add, doc, esc
from offers1 import R, L, U


def school(title, body, name, home, enc="utf-8", lang="zh-CN"):
    b = ('<div class="hd"><b>%s</b> · <a href="%s">机构首页</a> · <a href="/school/index.html">培训机构黄页</a></div>\n%s'
         % (name, home, body))
    return doc("school", title, b, enc=enc, lang=lang)


def mp(title, acct, date, body, head=""):
    b = ('<h1 class="rich_media_title">%s</h1>\n<div class="meta">%s · %s · <a href="/mp/index.html">更多文章</a></div>\n'
         '<div class="rich_media_content">%s</div>' % (esc(title), acct, date, body))
    return doc("mp", title, b, head=head)


def bbs_thread(tid, title, posts, enc="utf-8", decl="charset"):
    out = ['<div class="pt"><a href="/bbs/forum-12-1.html">人工智能/认证考证</a> &gt; %s</div><h1>%s</h1>' % (esc(title), esc(title))]
    for i, (au, when, txt) in enumerate(posts, 1):
        out.append('<div class="post" id="pid%d"><div class="au">%s <em>%d#</em> 发表于 %s</div><div class="t_f">%s</div></div>'
                   % (tid * 100 + i, au, i, when, txt))
    return doc("bbs", title + " - 北方IT人论坛", "\n".join(out), enc=enc, decl=decl)


def wenda(q, detail, answers):
    out = ['<div class="q"><h1>%s</h1><p>%s</p></div>' % (esc(q), detail)]
    for au, txt in answers:
        out.append('<div class="ans"><div class="who">%s 的回答</div><div>%s</div></div>' % (au, txt))
    out.append('<p><a href="/wenda/index.html">返回问答首页</a></p>')
    return doc("wenda", q + " - 问答宝", "\n".join(out))


def build():
    # ------------------------------------------------------------ schools
    add("/school/qlzx/zhaosheng-2026.html", school("齐鲁智学培训学校2026年冬季人工智能训练师招生简章", """
<h1>2026年冬季人工智能训练师（五级/初级工至三级/高级工）招生简章</h1>
<p>人工智能训练师是人社部、市场监管总局、国家统计局2020年联合发布的新职业（职业编码4-04-05-05），本课程依据人社部、工信部联合颁布的《人工智能训练师国家职业技能标准（2021年版）》开设。</p>
<h2>一、评价机构</h2>
<p>职业技能等级认定由山东齐鲁数智职业技能评价有限公司组织实施并颁发证书，证书信息可在人社部门官方平台查询。</p>
<h2>二、收费标准</h2>
<table><tr><th>等级</th><th>培训学时</th><th>培训费（含认定考务费）</th></tr>
<tr><td>五级/初级工</td><td>60</td><td>1200元</td></tr>
<tr><td>四级/中级工</td><td>50</td><td>1600元</td></tr>
<tr><td>三级/高级工</td><td>40</td><td>2200元</td></tr></table>
<h2>三、补贴政策</h2>
<p>符合条件的参保职工取得证书后，可按规定申请技能提升补贴，具体以人社部门审核为准。</p>
<h2>四、报名方式</h2>
<p>地址：济南市历城区工业北路 55 号；电话 0531-8801 6120。</p>
""", "齐鲁智学培训学校", "/school/qlzx/index.html"), "offer", "school-brochure",
        "honest brochure; standard publishers named as publishers, not issuers; sober subsidy note (optional BENEFIT_BAIT)",
        offer=dict(issuers=[R("SD01")], levels=[5, 4, 3], fee=(1200, 2200), flags=[], optional=["BENEFIT_BAIT"],
                   suspicious=False))

    add("/school/cthb/kecheng-3ji.html", school("楚天慧博·人工智能训练师三级课程", """
<h1>人工智能训练师三级（高级工）课程</h1>
<p>课程面向已持四级证书、从事数据标注或算法测试工作的学员，重点讲授业务分析、智能训练、智能系统设计和培训指导。</p>
<p>学费：两千六百八十元整（含考务费、实操平台使用费）。</p>
<p>考核单位：武汉江城智能职业技能评价中心。</p>
<p>报名电话：027-8739 0021</p>
""", "楚天慧博职业培训学校", "/school/cthb/index.html"), "offer", "school-course",
        "honest; fee in Chinese numerals",
        offer=dict(issuers=[R("HB02")], levels=[3], fee=(2680, 2680), flags=[], suspicious=False))

    add("/school/cthb/jishi-ban.html", school("楚天慧博·人工智能训练师技师班", """
<h1>人工智能训练师二级（技师）研修班</h1>
<p>报名条件：取得三级证书后累计从事本职业工作4年（含）以上。</p>
<p>学费 3980 元，包含综合评审指导。</p>
<p>证书由武汉江城智能职业技能评价中心颁发。</p>
<p>报名电话：027-8739 0021</p>
""", "楚天慧博职业培训学校", "/school/cthb/index.html"), "offer", "school-course",
        "recognized issuer filed for levels 3-5 sold for 二级 (out of scope)",
        offer=dict(issuers=[R("HB02")], levels=[2], fee=(3980, 3980), flags=["ISSUER_OUT_OF_SCOPE"],
                   optional=["EXCESSIVE_FEE"], suspicious=True))

    add("/school/en/ai-trainer-certificate.html", school("AI Trainer Certificate (Levels 4-3) - Wuhan", """
<h1>AI Trainer (人工智能训练师) Skill Level Certificate — Intermediate &amp; Advanced</h1>
<p>For international staff and returnees working in data annotation in Wuhan.</p>
<ul>
<li>Levels: Level 4 (Intermediate) to Level 3 (Advanced)</li>
<li>Tuition: CNY 2,380 (Level 4) / CNY 2,980 (Level 3), assessment fee included</li>
<li>Certificate issued by: Hubei Chutian Digital Skills Evaluation Co., Ltd. (湖北楚天数字技能评价有限公司)</li>
<li>Assessment: written theory test and practical skills test; 60/100 to pass. Course taught in Chinese with English materials.</li>
</ul>
<p>Contact: admissions@cthb-edu.example · +86 27 8739 0021</p>
""", "Chutian Huibo Training School", "/school/cthb/index.html", lang="en"), "offer", "school-english",
        "English page; issuer in English and Chinese",
        offer=dict(issuers=[R("HB01", "Hubei Chutian Digital Skills Evaluation Co., Ltd.", alt=["湖北楚天数字技能评价有限公司"])],
                   levels=[4, 3], fee=(2380, 2980), flags=[], suspicious=False))

    add("/school/en/fast-track.html", school("Fast-Track AI Trainer Technician Certificate", """
<h1>Fast-Track: AI Trainer Technician (Level 2) Certificate</h1>
<p>No exam required — submit your passport copy and photo, receive your certificate in 20 days.</p>
<p>The certificate is issued by the Ministry of Human Resources and Social Security of China and is valid nationwide.</p>
<p>Open to beginners: no work experience or prior certificate needed.</p>
<p>Price: RMB 8,800 all inclusive.</p>
<p>WeChat: fasttrack_cert</p>
""", "Global Skills Bridge", "/school/index.html", lang="en"), "offer", "school-english",
        "English scam; ministry as issuer; no exam; level 2 for beginners",
        offer=dict(issuers=[R("CN01", "Ministry of Human Resources and Social Security")], levels=[2], fee=(8800, 8800),
                   flags=["GOVERNMENT_ISSUER_CLAIM", "NO_EXAM", "ELIGIBILITY_SHORTCUT", "EXCESSIVE_FEE"], suspicious=True))

    add("/school/hn/zhaosheng.html", school("郑州云途学院 数据标注人才培养计划", """
<h1>2026 数据标注人才培养计划（人工智能训练师 五级/四级）</h1>
<p>由郑州云途数据服务有限公司作为职业技能等级认定用人单位组织考核并颁发证书。</p>
<p>费用：1,080元/人（含教材、考务），企业在职员工免费。</p>
<p>条件：五级需从事相关工作满1年；四级需五级证书后满4年或累计工作满6年。</p>
<p>咨询：0371-5598 2260</p>
""", "郑州云途学院", "/school/index.html"), "offer", "school-brochure", "honest employer evaluation",
        offer=dict(issuers=[R("HN02")], levels=[5, 4], fee=(1080, 1080), flags=[], suspicious=False))

    # ------------------------------------------------------------ mp
    add("/mp/s/xK3pQ9.html", mp("从客服到AI训练师：她用一年完成了转行", "龙江职场号", "2026-11-09", """
<p>三年前，小林还在哈尔滨一家电商公司做客服。2025年公司上线智能客服系统后，她开始负责对话数据的标注和质检……</p>
<p>人工智能训练师的国家职业技能标准由阿里巴巴牵头起草，人社部职业技能鉴定中心指导，2021年发布。标准把职业分为五个等级。</p>
<p>小林说，真正让她拿到晋升的是实打实的项目经验，证书只是敲门砖。</p>
<hr>
<p><b>【课程推荐】</b>人工智能训练师四级/三级周末班（哈尔滨），早鸟价1,580元（原价<s>1,980元</s>），本期班由黑龙江龙江智训职业技能评价有限公司考核发证，名额30人。报名请加微信 ljzx-ai。</p>
"""), "offer", "wechat-softad", "soft ad in a story; 原价 struck; drafters/guides of the standard are not issuers",
        offer=dict(issuers=[R("HL01")], levels=[4, 3], fee=(1580, 1580), flags=[], suspicious=False))

    add("/mp/s/Lm7tR2.html", mp("济南落户新通道！一张证书搞定积分+补贴", "泉城生活圈", "2026-10-22", """
<p>还在为落户发愁？持人工智能训练师三级证书，可享受积分落户加分，还能申请人才公寓！</p>
<p>考完还能领技能补贴2000元，报名费2980元，相当于白拿证书！</p>
<p>证书由山东省人社厅颁发，含金量高，全省通用。</p>
<p>扫码添加老师微信，名额有限。</p>
"""), "offer", "wechat-softad", "hukou/subsidy/housing bait; provincial government named as issuer",
        offer=dict(issuers=[R("SD05", "山东省人社厅", alt=["山东省人力资源和社会保障厅"])], levels=[3], fee=(2980, 2980),
                   flags=["GOVERNMENT_ISSUER_CLAIM", "BENEFIT_BAIT"], suspicious=True))

    add("/mp/s/Qw5vN8.html", mp("三证连报：人工智能训练师三级、二级、一级一次拿齐", "AI职业发展研究院", "2026-11-15", """
<p>人工智能训练师三至一级连报通道开放！无需工作年限，专科以上学历即可。</p>
<p>证书由工业和信息化部人才交流中心颁发，入工信部人才库，官网 www.miit-rcjd.cn 可查。</p>
<p>三级连报 9,800元，分三次考核，赠送就业推荐。</p>
"""), "offer", "wechat-softad", "unrecognized ministry-branded body; fake query site; three levels at once",
        offer=dict(issuers=[U("工业和信息化部人才交流中心")], levels=[3, 2, 1], fee=(9800, 9800),
                   flags=["UNRECOGNIZED_ISSUER", "UNOFFICIAL_VERIFICATION_SITE", "ELIGIBILITY_SHORTCUT", "EXCESSIVE_FEE"],
                   optional=["GOVERNMENT_ISSUER_CLAIM"], suspicious=True))

    add("/mp/s/Ht4jC6.html", mp("官方渠道｜人工智能训练师中高级认定报名通知", "职业技能认定服务号", "2026-11-28", """
<p>各位学员：人工智能训练师四级、三级认定报名开始。</p>
<p>考核发证：人力资源和社会保障部职业技能鉴定服务中心。</p>
<p>证书查询：osta-cert-query.com</p>
<p>费用：2,980元（四级、三级同价）。</p>
<p>报名咨询：13998862140</p>
"""), "offer", "wechat-softad", "lookalike of the ministry centre (inserted 服务); fake query site",
        offer=dict(issuers=[L("人力资源和社会保障部职业技能鉴定服务中心", "CN02", gov=True)], levels=[4, 3], fee=(2980, 2980),
                   flags=["GOVERNMENT_ISSUER_CLAIM", "UNOFFICIAL_VERIFICATION_SITE"],
                   optional=["LOOKALIKE_ISSUER", "UNRECOGNIZED_ISSUER"], suspicious=True))

    # ------------------------------------------------------------ bbs
    add("/bbs/thread-3311-1-1.html", bbs_thread(3311, "郑州有没有靠谱的人工智能训练师报考渠道？", [
        ("zz_小马", "2026-11-03 20:11", "在郑州做数据标注两年了，想考个四级，求推荐正规渠道。"),
        ("老韩说IT", "2026-11-03 20:40", "先去人社厅官网看备案的评价机构名单，别信朋友圈。"),
        ("码农阿杰", "2026-11-03 21:02", "我同事去年交了5800说包过，结果证查不到，千万别信包过。"),
        ("zz_小马", "2026-11-03 21:15", "好的谢谢，包过的肯定不碰。"),
        ("柠檬不萌", "2026-11-04 09:30", "河南中智那边可以，理论加实操，要自己考。"),
        ("路过的", "2026-11-04 10:12", "补贴要交满一年失业保险才有，别被“补贴全返”忽悠。"),
        ("豫才报名处", "2026-11-04 11:45", "我们这边代报名，河南豫才职业技能鉴定有限公司发证，四级1500、三级2100，材料齐全当月考，有需要私信或加V：yucai_bm。"),
        ("码农阿杰", "2026-11-04 12:03", "楼上的自己去查下资质再说。"),
    ]), "offer", "forum-reply-ad", "the ad is reply #7; issuer revoked; warnings in other replies are not part of the ad",
        offer=dict(issuers=[R("HN03")], levels=[4, 3], fee=(1500, 2100), flags=["ISSUER_LAPSED"], suspicious=True))

    # the >1 MB sign-in thread
    rnd = random.Random(3350)
    chat = ["签到，今天刷了50道理论题。", "打卡，实操平台的图像标注练了两小时。", "签到+1，坚持就是胜利。",
            "今天复习数据清洗那一章，感觉有点难。", "打卡，老婆问我考这个干嘛，我说转行。",
            "签到，有没有一起在沈阳考的？", "今天练了文本分类标注，准确率还行。", "打卡。明天加班，先签了。",
            "签到，驾校科目二那边倒是有包过班，考证这边可别信。", "复习业务分析模块，做了思维导图。",
            "签到，听说哈尔滨12月有一场认定。", "打卡，语音转写练习 30 条。", "今天没学，先签到保持连续。",
            "签到，理论题库刷到第 600 题了。", "打卡，智能系统运维那章的题真多。"]
    names = ["签到达人%02d" % i for i in range(1, 60)] + ["冰城小李", "辽沈阿飞", "桂林米粉", "荆州老陈", "泉城一哥"]
    posts = [("楼主·坚持打卡", "2025-03-01 08:00",
              "发个帖子记录备考人工智能训练师四级的日子，大家每天来签到互相监督！")]
    for i in range(2, 4001):
        d = "2025-%02d-%02d %02d:%02d" % (3 + (i // 170) % 10, 1 + i % 28, 7 + i % 14, i % 60)
        txt = rnd.choice(chat) + " " + rnd.choice(chat) + "（第%d天）" % (i // 2 + 1)
        if i == 2103:
            posts.append(("jishi_代报", d, "需要人工智能训练师二级技师证书的私我，不看工作年限，全程代考，包过，不过全退，5800一口价，V：jishi_5800。"))
        elif i == 2106:
            posts.append(("冰城小李", d, "楼上那种代考的都是坑，举报了。"))
        else:
            posts.append((rnd.choice(names), d, txt + "<br>" + "加油" * rnd.randint(1, 3) + "！" * rnd.randint(1, 3)))
    add("/bbs/thread-3350-1-1.html", bbs_thread(3350, "【打卡楼】人工智能训练师备考每日签到", posts),
        "offer", "forum-thread-large", "page over 1 MB; the ad is floor 2103 in the middle of sign-in chatter; no issuer",
        offer=dict(issuers=[], levels=[2], fee=(5800, 5800),
                   flags=["NO_EXAM", "GUARANTEED_PASS", "ELIGIBILITY_SHORTCUT", "MISSING_ISSUER"],
                   optional=["EXCESSIVE_FEE"], suspicious=True))

    add("/bbs/thread-3372-1-1.html", bbs_thread(3372, "大连星海数据标注 四级认定开放社会报名（官方帖）", [
        ("星海标注-培训部", "2026-10-11 10:00",
         "我司为人工智能训练师职业技能等级认定备案用人单位，本期四级（中级工）认定面向社会开放20个名额。<br>"
         "考核单位：大连星海数据标注科技有限公司；考务费480元，不含培训；需满足标准规定的申报条件，报名时审核工作证明。<br>"
         "报名邮箱 px@xinghai-bz.example，电话 0411-8462 3390。"),
        ("海边的猫", "2026-10-11 12:20", "去年在星海考的五级，实操考试挺正规的，监控全程。"),
        ("辽沈阿飞", "2026-10-12 09:02", "问下外地的能报吗？"),
        ("星海标注-培训部", "2026-10-12 09:40", "可以，考试需本人到大连考点参加。"),
    ], enc="gbk", decl="http-equiv"), "offer", "forum-op-ad", "GBK (http-equiv); the offer is the opening post by the employer",
        enc="gbk",
        offer=dict(issuers=[R("LN02")], levels=[4], fee=(480, 480), flags=[], suspicious=False))

    # ------------------------------------------------------------ wenda
    add("/wenda/q/10482.html", wenda("沈阳考人工智能训练师三级，有没有能包过的？",
        "工作太忙没时间复习，想找个能包过的机构，价格好商量。", [
        ("职场老张", "正规的职业技能等级认定都是理论+实操，需要本人参加考核，宣传包过的要小心。"),
        ("盛京考证小刘", "我们机构有三级包过班，沈阳盛京职业技能鉴定有限公司出证，2,680一期，不过免费重修直到通过，私信我发资料。"),
        ("匿名用户", "楼上的机构我查了，好像被暂停了，慎重。"),
    ]), "offer", "qa-answer-ad", "second answer is the offer; issuer suspended; 包过 in the question is not the ad",
        offer=dict(issuers=[R("LN03")], levels=[3], fee=(2680, 2680), flags=["ISSUER_LAPSED", "GUARANTEED_PASS"],
                   suspicious=True))

    add("/wenda/q/10517.html", wenda("哈尔滨哪里可以考人工智能训练师四级？",
        "做了两年多语音标注，五级已经拿了，想考四级。", [
        ("龙江智训-客服", "可以报我们黑龙江龙江智训职业技能评价有限公司的四级认定，理论+实操两场考试，"
         "培训费和认定考务费合计1,860元。我们不包过，也不代考，请按标准核对申报条件后再报名。咨询 0451-8277 6603。"),
        ("冰城小李", "我在那考的五级，流程挺规范。"),
    ]), "offer", "qa-answer-ad", "honest answer-offer; 不包过 must not raise GUARANTEED_PASS",
        offer=dict(issuers=[R("HL01")], levels=[4], fee=(1860, 1860), flags=[], suspicious=False))

    add("/wenda/q/10533.html", wenda("南宁人工智能训练师五级和四级费用大概多少？",
        "想给刚入职的标注组同事报个班。", [
        ("桂林米粉", "看机构，一般一两千。"),
        ("八桂智联-招生", "我们广西八桂智联职业技能评价有限公司开设4级到5级认定培训：五级1,180元，四级1,480元，均含考务费，"
         "团体报名可上门培训。报名条件按国家标准审核。电话 0771-5318 6620。"),
    ]), "offer", "qa-answer-ad", "answer-offer; level range 4级到5级; per-level prices",
        offer=dict(issuers=[R("GX01")], levels=[5, 4], fee=(1180, 1480), flags=[], suspicious=False))

    # ------------------------------------------------------------ landing pages
    state = {"page": "landing", "course": {
        "title": "人工智能训练师一级（高级技师）直通车", "subtitle": "免考直接拿证 · 零基础可报高级技师",
        "price": "3980", "originalPrice": "9980", "levels": ["一级/高级技师"],
        "cert": {"issuer": "中科人工智能人才测评中心", "query": "证书编号可查"},
        "tags": ["免考", "直接拿证", "零基础"], "kefu": "wx: zkrc_ai01"}}
    add("/m/lp/ai-a1.html", doc("m", "人工智能训练师高级技师直通车", """
<div id="app"></div>
<script>window.__INITIAL_STATE__ = %s;</script>
<script src="/m/static/app.js" defer></script>
""" % json.dumps(state, ensure_ascii=False), chrome=False), "offer", "landing-js-state",
        "content only in window.__INITIAL_STATE__; originalPrice is not the fee",
        offer=dict(issuers=[U("中科人工智能人才测评中心")], levels=[1], fee=(3980, 3980),
                   flags=["UNRECOGNIZED_ISSUER", "NO_EXAM", "ELIGIBILITY_SHORTCUT"], optional=["EXCESSIVE_FEE"],
                   suspicious=True))

    add("/m/lp/ai-b2.html", doc("m", "冰城人工智能 免费学数据标注", """
<div id="root"></div>
<noscript>
<h1>免费学数据标注，考人工智能训练师证</h1>
<p>哈尔滨冰城人工智能技术有限公司为职业技能等级认定企业，组织人工智能训练师五级、四级培训，培训免费，考核合格由我司颁发职业技能等级证书。</p>
<p>报名电话：0451-5566 8012</p>
</noscript>
<script src="/m/static/lp.js"></script>
""", chrome=False), "offer", "landing-noscript", "content only in <noscript>; employer's filing expired 2025-06-30",
        offer=dict(issuers=[R("HL02")], levels=[5, 4], fee=(0, 0), fee_alt=[None], flags=["ISSUER_LAPSED"],
                   suspicious=True))

    add("/m/lp/ai-c3.html", doc("m", "拿证领补贴 广西人工智能训练师", """
<h1>拿证领补贴！广西人工智能训练师 五级/四级/三级</h1>
<p>考证报名费1980元，拿证后最高返补贴2000元，等于免费拿证还倒赚！广西户口优先办理人才认定，可申请人才公寓。</p>
<p>发证单位：广西八桂智连职业技能评价有限公司</p>
<p class="btn">立即报名 电话 17707718830</p>
""", enc="gbk", chrome=False), "offer", "landing-gbk", "GBK; lookalike of GX01 (连 for 联); subsidy/housing bait",
        enc="gbk",
        offer=dict(issuers=[L("广西八桂智连职业技能评价有限公司", "GX01")], levels=[5, 4, 3], fee=(1980, 1980),
                   flags=["LOOKALIKE_ISSUER", "BENEFIT_BAIT"], optional=["UNRECOGNIZED_ISSUER"], suspicious=True))

    add("/m/preview/ai-d4.html", doc("m", "预览：人工智能训练师代办", """
<h1>人工智能训练师证书代办（内部预览）</h1>
<p>免考代办，三级 2,580 元，证书由国家人工智能人才发展中心颁发。</p>
""", chrome=False), "offer", "robots-disallowed", "under a robots.txt Disallow rule; excluded from metrics",
        robots=True,
        offer=dict(issuers=[U("国家人工智能人才发展中心")], levels=[3], fee=(2580, 2580),
                   flags=["UNRECOGNIZED_ISSUER", "NO_EXAM"], suspicious=True))
