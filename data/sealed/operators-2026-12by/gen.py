#!/usr/bin/env python3
"""12by generator: a Fujian web of AI-trainer certificate sellers. Standard library only, deterministic."""
import json, os, shutil, html

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
def uscc(prefix8, org8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    v = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    c = 11 - sum(v(ch) * w[i] for i, ch in enumerate(org8)) % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    s17 = prefix8 + org8 + oc
    ws = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    r = 31 - sum(ALPHA.index(ch) * ws[i] for i, ch in enumerate(s17)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

U02_USCC = uscc("91350203", "MA8T4K2X")
U07_USCC = uscc("91350503", "MA32RQ7L")
HQ_USCC = uscc("91350206", "MA2YB6H1")

SITES = {
    "bbs": ("鹭岛生活论坛", "厦门人自己的生活社区"),
    "wenda": ("海峡问答", "有问题,就问海峡"),
    "notes": ("小鹿笔记", "记录你的成长瞬间"),
    "fenlei": ("海西分类网", "福建本地免费发布信息"),
    "zhixun": ("智训未来职业教育·连锁校区", "全省加盟校区一览"),
    "mp": ("闽职圈·好文转载", "福建职教公众号文章精选"),
    "news": ("海峡职教网", "福建职业教育与技能资讯"),
}

def footer(site):
    if site == "bbs":
        return ('<p>鹭岛生活论坛 版权所有 | 客服电话:0592-5396210 | 客服邮箱:kefu@ludaobbs.cn</p>'
                '<p>闽ICP备15008832号-2 | 论坛不对网友发帖内容负责,交易请谨慎</p>')
    if site == "wenda":
        return ('<p>海峡问答 · 回答仅代表网友个人观点 | 不良信息举报电话:12321</p>'
                '<p>关于我们 | 用户协议 | 隐私政策</p>')
    if site == "notes":
        return '<p>小鹿笔记 | 商务合作与侵权投诉:help@xiaolubiji.com | 未成年人保护</p>'
    if site == "fenlei":
        return ('<p>安全提示:凡要求先交押金、代办证书包过的信息请提高警惕,消费维权请拨打12315</p>'
                '<p>海西分类网客服热线:400-611-5890 | hxfenlei.com 版权所有</p>')
    if site == "zhixun":
        return ('<p>智训未来(厦门)教育科技有限公司 全国加盟热线:400-838-2606</p>'
                f'<p>统一社会信用代码:{HQ_USCC} | 各校区独立经营,以校区公示信息为准</p>'
                '<p>技术支持:凡科建站 fkw.com</p>')
    if site == "mp":
        return ('<p>本站文章转载自微信公众号,版权归原作者所有,如有侵权请联系删除。投稿/删稿:tougao@minzhiquan.com</p>')
    if site == "news":
        return '<p>海峡职教网 | 主办:福建海峡职教传媒 | 新闻线索:请在“关于我们”页面留言</p>'
    return ""

NAV = {
    "bbs": ["首页", "厦门杂谈", "职场教育", "二手交易", "亲子", "美食"],
    "wenda": ["首页", "教育", "职场", "法律", "生活"],
    "notes": ["发现", "职场", "学习", "穿搭", "探店"],
    "fenlei": ["首页", "招聘", "培训", "二手", "房产", "本地服务"],
    "zhixun": ["首页", "课程体系", "校区分布", "加盟合作", "联系我们"],
    "mp": ["首页", "政策", "考证", "求职", "教育"],
    "news": ["首页", "政策", "技能", "就业", "通知公告"],
}

pages = []   # dicts

def P(path, site, title, body, offer=False, op=None, provider=None, ids=(), note="", comments=()):
    pages.append(dict(path=path, site=site, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(x) for x in ids], note=note,
                      comments=list(comments)))

def cm(user, text, t="2025-11"):
    return (user, text, t)

# ---------------------------------------------------------------- bbs
P("/bbs/thread-40211.html", "bbs", "【职场教育】人工智能训练师考证,厦门本地机构,五级四级都有", """
<div class="post"><div class="author">楼主:启明老师 | 注册:2023-05 | 帖子:86</div>
<p>鹭岛智训 2025年冬季班开始报名啦!人工智能训练师(职业编码4-04-05-05)五级/四级,线下湖里区上课,周末班不耽误上班。</p>
<p>课程:数据采集与处理、数据标注、智能系统运维,理论+实操,考前集训两天。</p>
<p>费用:五级 2680元,四级 3280元(含教材和认定费)。符合条件的学员拿证后可以申请技能提升补贴,具体以社保局为准,可打12333问。</p>
<p>证书可在 zscx.osta.org.cn 查询,不懂的可以先来试听。</p>
<p>电话/微信同号:139-0602-1847(启明老师)</p></div>""", True, "U01", "鹭岛智训",
  [("phone", "+8613906021847", "139-0602-1847")], "forum thread by a Xiamen trainer, prices, phone doubling as WeChat",
  [cm("阿杰_湖里", "周末班一般几点开始?"), cm("启明老师", "早上九点,中午管饭。"), cm("fish0592", "四级要什么条件?我做了两年标注")])

P("/bbs/thread-40377.html", "bbs", "想转行做AI数据标注,报了翰林的班,说说体验", """
<div class="post"><div class="author">楼主:夏天不吃冰 | 注册:2021-09 | 帖子:312</div>
<p>上个月在朋友推荐下报了翰林教育的人工智能训练师四级班,先说结论:课程还行,老师是做过标注项目的。</p>
<p>报名流程:先加助教,然后签协议,报名费对公转账,户名:厦门翰林智联信息咨询有限公司,开了发票。</p>
<p>考点是闽江技师学院,鉴定站电话0591-83761120,考前可以自己打过去核实有没有这个批次。</p>
<p>有想报的可以问我,我不是托,不收钱哈哈。</p></div>""", True, "U02", "翰林教育",
  [("other", "payee:厦门翰林智联信息咨询有限公司", "厦门翰林智联信息咨询有限公司")],
  "learner-styled post that is really a referral for one seller; names payee company",
  [cm("小米粥", "多少钱啊?"), cm("夏天不吃冰", "四级3600,团报便宜点"), cm("路人甲", "感觉像软广…")])

P("/bbs/thread-40502.html", "bbs", "分享一份人工智能训练师三级真题资料,需要的进群拿", """
<div class="post"><div class="author">楼主:数标小站 | 注册:2024-02 | 帖子:19</div>
<p>整理了人工智能训练师三级理论+实操的复习资料,免费分享。</p>
<p>资料群:736-284-519,进群备注“鹭岛”。群里也有老师带报名,三级零基础可报,不用工作年限,考不过免费重考。</p>
<p>证书全国通用,人社部颁发,可以落户加分。</p></div>""", True, "U03", "数标小站",
  [("qq_group", "736284519", "736-284-519")], "free-materials bait thread leading to a QQ group that sells level-3 with no prerequisites",
  [cm("Coco", "已加,求通过"), cm("老吴", "零基础报三级?这不对吧,三级要四级证加年限的"), cm("小雨", "资料我也要,我微信 xiaoyu_0592 麻烦发一份")])

P("/bbs/thread-40655.html", "bbs", "急招!人工智能训练师考证名额最后10个(可开票)", """
<div class="post"><div class="author">楼主:闽南职培陈老师 | 注册:2022-11 | 帖子:57</div>
<p>闽南职业技能培训中心:人工智能训练师五级、四级最后10个名额,12月统一认定。</p>
<p>考点在福州闽江技师学院(鉴定站 0591-83761120),我们统一安排车接送。</p>
<p>联系:Q:2851 736 094 (陈老师),留言必回。</p>
<p>证书编号可在 jndj.osta.org.cn 查询,不是野鸡证。</p></div>""", True, "U06", "闽南职业技能培训中心",
  [("qq", "2851736094", "2851 736 094")], "forum ad with QQ number, quotes the assessment venue",
  [cm("阿伟", "五级多少钱"), cm("闽南职培陈老师", "私聊")])

P("/bbs/thread-40718.html", "bbs", "泉州这边有没有一起考人工智能训练师的?机构推荐", """
<div class="post"><div class="author">楼主:刺桐之光教育 | 注册:2020-06 | 帖子:144</div>
<p>泉州丰泽区实体机构,人工智能训练师四级/三级培训,正规备案评价机构认定。</p>
<p>三级报考条件:取得四级证书后满5年,或大专以上相关专业+四级证+2年,请不要相信“零基础直接三级”。</p>
<p>学费:四级2980元,三级3980元,公司转账可开专票。</p>
<p>咨询电话:(0595)2268 3175,周一至周六9:00-18:00</p></div>""", True, "U07", "刺桐之光教育",
  [("phone", "0595-22683175", "(0595)2268 3175")], "honest-sounding Quanzhou institution, landline",
  [cm("小雨", "三级什么时候开班?方便的话加我 xiaoyu_0592"), cm("刺桐之光教育", "一月份,已私信")])

P("/bbs/thread-40809.html", "bbs", "个人工作室接数据标注实训+训练师五级考证辅导", """
<div class="post"><div class="author">楼主:标注老王 | 注册:2019-03 | 帖子:1023</div>
<p>本人在标注公司做了五年项目经理,现在自己带小班,五级考证辅导+真实项目实训,一期6人。</p>
<p>价格1500元,含模拟环境账号。报名需要有一年相关工作经历或者学徒经历,没有的先别报。</p>
<p>想了解的打我电话 137 9926 7015,晚上八点后不接。</p></div>""", True, "I01", "老王标注工作室",
  [("phone", "+8613799267015", "137 9926 7015")], "small independent tutor", [cm("阿斌", "支持老王,靠谱")])

P("/bbs/thread-40933.html", "bbs", "【曝光】交了4800说包过人工智能训练师三级,现在人找不到了", """
<div class="post"><div class="author">楼主:被坑的小林 | 注册:2022-01 | 帖子:23</div>
<p>去年在网上看到“人工智能训练师三级免考包过,人社部颁发,可落户”,对方手机177 5012 8843,微信fjzs_kaozheng。</p>
<p>转了4800元,订单号18825070619,说两个月出证,到现在拉黑了。</p>
<p>已经打了12345和12315,也报了警。大家考证一定去 zscx.osta.org.cn 或者问12333核实机构。</p></div>""",
  note="victim's complaint quoting a scammer's phone, WeChat and an order number",
  comments=[cm("厦门阿明", "抱抱,同样被骗过"), cm("版主", "已置顶,大家引以为戒")])

# ---------------------------------------------------------------- wenda
P("/wenda/q-58120.html", "wenda", "人工智能训练师四级在厦门哪里报名靠谱?", """
<div class="question"><h2>人工智能训练师四级在厦门哪里报名靠谱?</h2><p>做了一年多客服质检,想考个四级,厦门有没有正规点的?</p></div>
<div class="answer"><div class="who">翰林智联-李老师 · 职业培训从业者</div>
<p>可以了解下我们翰林智联,厦门思明区线下班,四级3600元含认定费。</p>
<p>正规机构都是对公收款的,我们收款单位是厦门翰林智联信息咨询有限公司(统一社会信用代码 """ + U02_USCC + """),可以去企业信用网查。</p>
<p>考点在闽江技师学院,鉴定站电话0591-83761120可以核实。</p></div>""", True, "U02", "翰林智联",
  [("other", "payee:厦门翰林智联信息咨询有限公司", "厦门翰林智联信息咨询有限公司"), ("uscc", U02_USCC.lower(), U02_USCC)],
  "Q&A answer by a seller naming payee and USCC")

P("/wenda/q-58244.html", "wenda", "福州有没有人工智能训练师的线下班?", """
<div class="question"><h2>福州有没有人工智能训练师的线下班?</h2><p>在鼓楼上班,想下班去上课。</p></div>
<div class="answer"><div class="who">榕城AI职教 · 机构认证</div>
<p>我们在五四路环球广场B座1206,地铁1号线直达,晚班19:00-21:00。</p>
<p>五级1980、四级2680,报名电话(0591)87583316。证书可在 zscx.osta.org.cn 查询。</p></div>
<div class="answer"><div class="who">匿名用户</div><p>不知道,建议直接问人社部门12333。</p></div>""", True, "U04", "榕城AI职教",
  [("other", "addr:福州市鼓楼区五四路158号环球广场b座1206", "五四路环球广场B座1206"), ("phone", "0591-87583316", "(0591)87583316")],
  "Q&A answer by a Fuzhou seller: address and landline")

P("/wenda/q-58301.html", "wenda", "人工智能训练师证书有用吗?网上报名靠谱吗?", """
<div class="question"><h2>人工智能训练师证书有用吗?网上报名靠谱吗?</h2></div>
<div class="answer"><div class="who">闽南AI培训网 · 教育行业</div>
<p>证书属于职业技能等级证书,由备案的评价机构颁发,不是人社部直接发的,这点要分清。</p>
<p>网上报名也可以,我们官网 www.mnaitrain.cn 有课程介绍和往期学员,全程线上学习、线下统一考试。</p>
<p>福建的政策可以看省人社厅网站 rst.fujian.gov.cn。</p></div>""", True, "U05", "闽南AI培训网",
  [("domain", "mnaitrain.cn", "www.mnaitrain.cn")], "Q&A answer promoting a seller's website")

P("/wenda/q-58367.html", "wenda", "零基础能直接考人工智能训练师三级吗?", """
<div class="question"><h2>零基础能直接考人工智能训练师三级吗?</h2><p>看到很多广告说可以。</p></div>
<div class="answer"><div class="who">福州AI职培小张</div>
<p>可以的,我们这边三级不限学历不限经验,包报名包考试,两个月拿证,一次不过免费重学。</p>
<p>需要的话加vx:Fz_AiPeiXun88 发你简章。</p></div>
<div class="answer"><div class="who">职教观察员</div><p>按标准,三级要先有四级证书再加工作年限,所谓零基础三级要当心。</p></div>""", True, "U08", "福州AI职培",
  [("wechat", "fz_aipeixun88", "Fz_AiPeiXun88")], "Q&A answer with WeChat id, suspicious level-3 promise")

P("/wenda/q-58412.html", "wenda", "漳州哪里可以考人工智能训练师?", """
<div class="question"><h2>漳州哪里可以考人工智能训练师?</h2></div>
<div class="answer"><div class="who">芗城技能提升站</div>
<p>漳州芗城区可以报,五级四级三级都可以,“三证连报”优惠,人社部颁发全国通用。</p>
<p>证书长这样(样本):证书编号S000035000012253000128,编号可查。</p>
<p>电话:+86 158 5921 3370</p></div>""", True, "U09", "芗城技能提升站",
  [("phone", "+8615859213370", "+86 158 5921 3370")], "Q&A answer selling a three-level bundle")

P("/wenda/q-58490.html", "wenda", "思明区有没有正规的人工智能训练师培训学校?", """
<div class="question"><h2>思明区有没有正规的人工智能训练师培训学校?</h2></div>
<div class="answer"><div class="who">鹭江职业培训学校 · 招生办</div>
<p>本校为民办职业培训学校,人工智能训练师五级1280元、四级1680元,不含认定费,认定费按物价标准另收。</p>
<p>认定在闽江技师学院考点进行(鉴定站0591-83761120)。招生办电话 0592-5571632。</p></div>""", True, "I02", "鹭江职业培训学校",
  [("phone", "0592-5571632", "0592-5571632")], "honest school with separate fees")

P("/wenda/q-58533.html", "wenda", "有人加了一个考证微信,说人社部颁发包过,要先交定金,可信吗?", """
<div class="question"><h2>有人加了一个考证微信,说人社部颁发包过,要先交定金,可信吗?</h2>
<p>对方号码177 5012 8843,说交1000定金锁名额。</p></div>
<div class="answer"><div class="who">热心网友</div><p>别交,包过的都是坑。可以打12333问问。</p></div>
<div class="answer"><div class="who">法律小白</div><p>证书要能在官网查到才算数,先查机构是否备案。</p></div>""",
  note="learner's question quoting a scammer number")

# ---------------------------------------------------------------- notes
P("/notes/n-7f3a21.html", "notes", "30岁宝妈转行AI训练师|我的备考经验", """
<div class="note"><div class="user">@启明AI学堂</div>
<p>从宝妈到AI训练师,我只用了两个月!五级+四级一起拿下 💪</p>
<p>课程在厦门湖里,也有线上直播,不会的私我 V:XMqiming2024</p>
<p>证书样本 S000035000012253000128 是学员去年的,可查可验。</p>
<p class="tags">#人工智能训练师 #宝妈转行 #厦门考证</p></div>""", True, "U01", "启明AI学堂",
  [("wechat", "xmqiming2024", "XMqiming2024")], "note by a seller account with WeChat id",
  [cm("甜甜圈", "求带!"), cm("阿May", "资料能发我吗 我扣1045823367"), cm("启明AI学堂", "已私")])

P("/notes/n-7f4b09.html", "notes", "AI训练师三级资料整理|附交流群", """
<div class="note"><div class="user">@数据标注研习社</div>
<p>整理了三级的知识点思维导图,平台不让放群号,看图:扣扣群 七三六二八四五一九</p>
<p>群里每周直播答疑,也可以代报名三级,不看工作年限。</p>
<p class="tags">#AI训练师 #考证 #三级</p></div>""", True, "U03", "数据标注研习社",
  [("qq_group", "736284519", "七三六二八四五一九")], "note with QQ group in Chinese numerals",
  [cm("豆豆", "进了"), cm("Kiki", "三级不看年限?真的假的")])

P("/notes/n-7f5c77.html", "notes", "福建AI训练师网课推荐|亲测", """
<div class="note"><div class="user">@阿楠学AI</div>
<p>报了闽南AI培训网的线上课,讲得挺细的,他们官网是 mnaitrain 点 cn(平台不让发链接)。</p>
<p>报名表填写后客服联系,邮箱那栏模板写的 xxx@xxx.com 别照抄哈哈。</p>
<p class="tags">#AI训练师 #网课</p></div>""", True, "U05", "闽南AI培训网",
  [("domain", "mnaitrain.cn", "mnaitrain 点 cn")], "soft-ad note naming the seller's domain spelled out")

P("/notes/n-7f6d13.html", "notes", "泉州厦门AI训练师考证|12月最后一批", """
<div class="note"><div class="user">@陈老师带你考证</div>
<p>闽职通教育12月最后一批认定,五级四级都可以报,有想法的扣:二八五一七三六〇九四</p>
<p>不建议零基础直接冲三级,条件不够的会被退回。</p>
<p class="tags">#人工智能训练师 #泉州 #厦门</p></div>""", True, "U06", "闽职通教育",
  [("qq", "2851736094", "二八五一七三六〇九四")], "note with QQ number in Chinese numerals",
  [cm("Lily", "我扣1045823367 求资料"), cm("陈老师带你考证", "已加")])

P("/notes/n-7f7e52.html", "notes", "AI训练师三级两个月拿证?我来说说", """
<div class="note"><div class="user">@福州AI考证小助手</div>
<p>三级包报名包考试,不限学历不限专业,人社部认证的新职业,以后升职加薪稳了!</p>
<p>名额有限 V❤ fz_aipeixun88 ,也可以直接填报名表:金数据 jinshuju.net 搜“AI训练师报名”。</p>
<p class="tags">#AI训练师 #福州考证</p></div>""", True, "U08", "福州AI考证小助手",
  [("wechat", "fz_aipeixun88", "fz_aipeixun88")], "suspicious note with lowercase WeChat id")

P("/notes/n-7f8f30.html", "notes", "帮报名|人工智能训练师五级线上报名通道", """
<div class="note"><div class="user">@Lynn学AI</div>
<p>自己去年考了五级,现在帮朋友代报名,手续费200,认定费按考点收。</p>
<p>私信或加 Lynn_AIstudy,备注“五级”。</p>
<p class="tags">#人工智能训练师</p></div>""", True, "I04", "Lynn学AI",
  [("wechat", "lynn_aistudy", "Lynn_AIstudy")], "independent enrolment helper",
  [cm("小鱼干", "我订单号18825070619怎么还没人联系我"), cm("Lynn学AI", "这不是我这边的订单哦")])

# ---------------------------------------------------------------- fenlei
P("/fenlei/px-2011834.html", "fenlei", "厦门人工智能训练师考证培训 五级四级 周末班", """
<div class="listing"><h2>厦门人工智能训练师考证培训 五级四级 周末班</h2>
<table><tr><td>类别</td><td>职业培训</td></tr><tr><td>区域</td><td>厦门-湖里</td></tr><tr><td>价格</td><td>面议</td></tr></table>
<p>厦门启明职业培训,专注AI数据标注与训练师考证,小班教学。</p>
<p>联系人:林老师 电话:１３９０６０２１８４７</p></div>""", True, "U01", "厦门启明职业培训",
  [("phone", "+8613906021847", "１３９０６０２１８４７")], "classified with full-width phone")

P("/fenlei/px-2012290.html", "fenlei", "翰林AI学院 人工智能训练师四级 团报优惠 可开票", """
<div class="listing"><h2>翰林AI学院 人工智能训练师四级 团报优惠 可开票</h2>
<table><tr><td>类别</td><td>职业培训</td></tr><tr><td>区域</td><td>厦门-思明</td></tr><tr><td>价格</td><td>3600元/人</td></tr></table>
<p>企业团报5人以上九折,对公户名:厦门翰林智联信息咨询有限公司。</p>
<p>在线报名(金数据 jinshuju.net 表单)或致电 181 5007 2396 王老师。</p>
<p>证书在 jndj.osta.org.cn 可查。</p></div>""", True, "U02", "翰林AI学院",
  [("other", "payee:厦门翰林智联信息咨询有限公司", "厦门翰林智联信息咨询有限公司"), ("phone", "+8618150072396", "181 5007 2396")],
  "classified naming payee company and mobile")

P("/fenlei/px-2012513.html", "fenlei", "福州鼓楼 人工智能训练师 晚班 周末班 五级/四级", """
<div class="listing"><h2>福州鼓楼 人工智能训练师 晚班 周末班 五级/四级</h2>
<table><tr><td>类别</td><td>职业培训</td></tr><tr><td>区域</td><td>福州-鼓楼</td></tr><tr><td>价格</td><td>1980元起</td></tr></table>
<p>数智榕城培训中心,地址:福州市鼓楼区五四路158号环球广场B座1206室,来校免费试听。</p>
<p>邮箱 rongcheng_ai@163.com</p></div>""", True, "U04", "数智榕城培训中心",
  [("other", "addr:福州市鼓楼区五四路158号环球广场b座1206", "福州市鼓楼区五四路158号环球广场B座1206室"), ("email", "rongcheng_ai@163.com", "rongcheng_ai@163.com")],
  "classified with full street address")

P("/fenlei/px-2012746.html", "fenlei", "人工智能训练师 五级四级 全省可报 12月认定", """
<div class="listing"><h2>人工智能训练师 五级四级 全省可报 12月认定</h2>
<table><tr><td>类别</td><td>职业培训</td></tr><tr><td>区域</td><td>泉州-全市</td></tr><tr><td>价格</td><td>电话咨询</td></tr></table>
<p>闽职通职业技能服务,线上学习+线下认定,资料齐全。</p>
<p>资料发送邮箱 2851736094@qq.com,请注明姓名+报考等级。</p></div>""", True, "U06", "闽职通职业技能服务",
  [("email", "2851736094@qq.com", "2851736094@qq.com"), ("qq", "2851736094", "2851736094@qq.com")], "classified giving a QQ mailbox")

P("/fenlei/px-2012871.html", "fenlei", "泉州丰泽 人工智能训练师四级三级 正规机构 可开专票", """
<div class="listing"><h2>泉州丰泽 人工智能训练师四级三级 正规机构 可开专票</h2>
<table><tr><td>类别</td><td>职业培训</td></tr><tr><td>区域</td><td>泉州-丰泽</td></tr><tr><td>价格</td><td>2980元起</td></tr></table>
<p>泉州刺桐职业培训有限公司(统一社会信用代码:""" + U07_USCC + """)</p>
<p>电话 0595-22683175</p></div>""", True, "U07", "泉州刺桐职业培训有限公司",
  [("phone", "0595-22683175", "0595-22683175"), ("uscc", U07_USCC.lower(), U07_USCC)], "classified with landline and USCC")

P("/fenlei/px-2013005.html", "fenlei", "漳州 人工智能训练师三证连报 五四三级一次搞定", """
<div class="listing"><h2>漳州 人工智能训练师三证连报 五四三级一次搞定</h2>
<table><tr><td>类别</td><td>职业培训</td></tr><tr><td>区域</td><td>漳州-芗城</td></tr><tr><td>价格</td><td>三证6800</td></tr></table>
<p>闽南技能鉴定服务部,三证连报更优惠,不限学历,免考实操。</p>
<p>电话:一五八五九二一三三七零(同微信)</p></div>""", True, "U09", "闽南技能鉴定服务部",
  [("phone", "+8615859213370", "一五八五九二一三三七零")], "classified with phone in Chinese numerals, three-level bundle")

P("/fenlei/px-2013188.html", "fenlei", "人工智能训练师证 免考直接拿证 人社部颁发 可落户", """
<div class="listing"><h2>人工智能训练师证 免考直接拿证 人社部颁发 可落户</h2>
<table><tr><td>类别</td><td>职业培训</td></tr><tr><td>区域</td><td>福州-全市</td></tr><tr><td>价格</td><td>面议</td></tr></table>
<p>一级到五级都可办,包过,15天出证,全国联网可查。样本编号S000035000012253000128。</p>
<p>报名表:金数据 jinshuju.net 链接私聊,电话 177-5096-3318</p></div>""", True, "I06", "人工智能证书办理",
  [("phone", "+8617750963318", "177-5096-3318")], "independent certificate mill")

P("/fenlei/zp-3300412.html", "fenlei", "招聘:数据标注员 若干 厦门软件园二期", """
<div class="listing"><h2>招聘:数据标注员 若干 厦门软件园二期</h2>
<table><tr><td>类别</td><td>招聘-互联网</td></tr><tr><td>薪资</td><td>4500-6500元/月</td></tr></table>
<p>要求:中专以上,细心。有人工智能训练师证书者优先,公司不收任何费用,不代办证书。</p>
<p>简历投递 hr@xmbiaozhu-tech.com</p></div>""", note="job ad for annotators (not a seller)")

P("/fenlei/px-2013410.html", "fenlei", "零基础会计实操+初级会计考证 晚班", """
<div class="listing"><h2>零基础会计实操+初级会计考证 晚班</h2>
<table><tr><td>类别</td><td>职业培训</td></tr><tr><td>区域</td><td>厦门-集美</td></tr><tr><td>价格</td><td>2200元</td></tr></table>
<p>集美会计培训,全账实操,电话 0592-6218804</p></div>""", note="unrelated accounting course")

# ---------------------------------------------------------------- zhixun (franchise branches)
BRANCH_HEAD = '<p class="brand">智训未来职业教育 · {0}</p>'
P("/zhixun/branch-fz-gulou.html", "zhixun", "智训未来·福州鼓楼校区", BRANCH_HEAD.format("福州鼓楼校区") + """
<p>校区地址:鼓楼区五四路158号环球广场B座12楼1206</p>
<p>校区电话:0591-8758 3316</p>
<p>开设课程:人工智能训练师五级/四级,Python入门,办公自动化。</p>""", True, "U04", "智训未来福州鼓楼校区",
  [("other", "addr:福州市鼓楼区五四路158号环球广场b座1206", "鼓楼区五四路158号环球广场B座12楼1206"), ("phone", "0591-87583316", "0591-8758 3316")],
  "franchise branch page, franchisee's address and landline")

P("/zhixun/branch-qz-fengze.html", "zhixun", "智训未来·泉州丰泽校区", BRANCH_HEAD.format("泉州丰泽校区") + """
<p>校区地址:丰泽区泉秀路中骏广场3楼</p>
<p>校区电话:0595 2268 3175</p>
<p>运营主体统一社会信用代码:""" + U07_USCC + """</p>
<p>开设课程:人工智能训练师四级/三级(需满足申报条件)。</p>""", True, "U07", "智训未来泉州丰泽校区",
  [("phone", "0595-22683175", "0595 2268 3175"), ("uscc", U07_USCC.lower(), U07_USCC)], "franchise branch page, landline and operator's USCC")

P("/zhixun/branch-zz-xiangcheng.html", "zhixun", "智训未来·漳州芗城校区", BRANCH_HEAD.format("漳州芗城校区") + """
<p>校区地址:芗城区胜利路万达广场写字楼A座</p>
<p>校区电话:158-5921-3370</p>
<p>开设课程:人工智能训练师五级/四级/三级,三证连报。</p>""", True, "U09", "智训未来漳州芗城校区",
  [("phone", "+8615859213370", "158-5921-3370")], "franchise branch page, mobile")

P("/zhixun/branch-pt-chengxiang.html", "zhixun", "智训未来·莆田城厢校区", BRANCH_HEAD.format("莆田城厢校区") + """
<p>校区地址:城厢区荔城中大道2018号</p>
<p>校区电话:0594-2695518 | 手机:138-0000-0000</p>
<p>微信咨询:pt_zhixun</p>
<p>开设课程:人工智能训练师五级。</p>""", True, "I03", "智训未来莆田城厢校区",
  [("phone", "0594-2695518", "0594-2695518"), ("wechat", "pt_zhixun", "pt_zhixun")], "franchise branch page with template placeholder mobile left in")

# ---------------------------------------------------------------- mp reposts
P("/mp/a-20251102-01.html", "mp", "厦门人注意!人工智能训练师补贴申领攻略来了", """
<div class="art"><div class="src">来源:公众号「星图AI学堂」</div>
<p>很多人不知道,考取人工智能训练师五级到三级后,参保满一年可以申领技能提升补贴。</p>
<p>星图AI学堂厦门校区常年开班。咨询微信:xmqiming2024,电话 +86 139 0602 1847。</p>
<p>证书可在 zscx.osta.org.cn 查询。</p></div>""", True, "U01", "星图AI学堂",
  [("wechat", "xmqiming2024", "xmqiming2024"), ("phone", "+8613906021847", "+86 139 0602 1847")], "repost with WeChat and +86 phone")

P("/mp/a-20251104-02.html", "mp", "企业员工AI技能提升计划|翰林智联团报方案", """
<div class="art"><div class="src">来源:公众号「翰林职教」</div>
<p>翰林职教面向企业推出人工智能训练师团报方案,认定考点为闽江技师学院。</p>
<p>商务联系:181-5007-2396;开票主体统一社会信用代码 """ + U02_USCC + """。</p></div>""", True, "U02", "翰林职教",
  [("phone", "+8618150072396", "181-5007-2396"), ("uscc", U02_USCC.lower(), U02_USCC)], "repost with mobile and USCC")

P("/mp/a-20251106-03.html", "mp", "人工智能训练师三级|最全备考资料免费领", """
<div class="art"><div class="src">来源:公众号「AI考证研究所」</div>
<p>三级资料包免费领!QQ群号 736284519(进群备注:训练师)。</p>
<p>群内老师可协助报名,名额有限,包过班火热报名中。</p></div>""", True, "U03", "AI考证研究所",
  [("qq_group", "736284519", "736284519")], "repost with QQ group")

P("/mp/a-20251108-04.html", "mp", "福州鼓楼|人工智能训练师晚班开课啦", """
<div class="art"><div class="src">来源:公众号「榕城职培」</div>
<p>榕城职培线下校区:五四路环球广场B座1206(福州鼓楼),工作日晚班、周末班均可选。</p>
<p>五级1980,四级2680,可在 zscx.osta.org.cn 查证。</p></div>""", True, "U04", "榕城职培",
  [("other", "addr:福州市鼓楼区五四路158号环球广场b座1206", "五四路环球广场B座1206")], "repost giving only the address")

P("/mp/a-20251110-05.html", "mp", "闽南AI培训网2026春季招生简章", """
<div class="art"><div class="src">来源:公众号「闽南AI培训」</div>
<p>官方网站:MNAITRAIN.CN</p>
<p>报名资料请发邮箱:kefu#mnaitrain.cn(#换成@)</p>
<p>福建技能补贴政策详见 rst.fujian.gov.cn。</p></div>""", True, "U05", "闽南AI培训",
  [("domain", "mnaitrain.cn", "MNAITRAIN.CN"), ("email", "kefu@mnaitrain.cn", "kefu#mnaitrain.cn")], "repost with upper-case domain and obfuscated e-mail")

P("/mp/a-20251112-06.html", "mp", "12月人工智能训练师认定最后一批|泉州厦门可报", """
<div class="art"><div class="src">来源:公众号「闽职通」</div>
<p>12月最后一批认定,QQ/邮箱同号 2851736094。</p>
<p>联系电话:138-0000-0000(模板未改,请以QQ为准)</p></div>""", True, "U06", "闽职通",
  [("qq", "2851736094", "2851736094")], "repost with QQ number and a template placeholder phone")

P("/mp/a-20251114-07.html", "mp", "不限学历!人工智能训练师三级两个月拿证", """
<div class="art"><div class="src">来源:公众号「福州考证帮」</div>
<p>人社部颁发,全国通用,三级可用于落户加分!</p>
<p>微信号:FZ_AIPEIXUN88 ,邮箱:xxx@xxx.com</p></div>""", True, "U08", "福州考证帮",
  [("wechat", "fz_aipeixun88", "FZ_AIPEIXUN88")], "suspicious repost with upper-case WeChat id")

P("/mp/a-20251116-08.html", "mp", "泉州某职校开设人工智能训练师社会培训班", """
<div class="art"><div class="src">来源:公众号「泉州技能学校」</div>
<p>泉州技能学校面向社会招收人工智能训练师五级学员,学费1200元,认定费另计,可打12333咨询补贴政策。</p>
<p>报名邮箱:zhaosheng@qzjnxx.cn,学校官网 qzjnxx.cn。</p></div>""", True, "I05", "泉州技能学校",
  [("email", "zhaosheng@qzjnxx.cn", "zhaosheng@qzjnxx.cn"), ("domain", "qzjnxx.cn", "qzjnxx.cn")], "honest school repost")

# ---------------------------------------------------------------- news
P("/news/2025-1120-warning.html", "news", "市人社局提醒:警惕“包过”“免考”职业技能证书骗局", """
<div class="art"><p>近期有群众反映,有人以“人工智能训练师三级免考包过、人社部颁发、可落户”为名收取费用。</p>
<p>涉案号码177 5012 8843、微信号fjzs_kaozheng已移交公安。人社部门提醒:职业技能等级证书由备案评价机构颁发,可在 zscx.osta.org.cn 查询;
如遇诈骗请拨打110,政策咨询拨打12333,投诉可拨打12345。详见 rst.fujian.gov.cn。</p></div>""",
  note="人社 warning quoting scammer contacts and hotlines")

P("/news/2025-1015-policy.html", "news", "政策解读:人工智能训练师五个等级怎么报?", """
<div class="art"><p>人工智能训练师(4-04-05-05)分五级至一级,五级要求累计从事本职业或相关职业工作1年以上或经本职业学徒培训毕业。</p>
<p>证书为职业技能等级证书,可在 jndj.osta.org.cn 查询,福建政策见 rst.fujian.gov.cn,咨询12333。</p></div>""",
  note="policy explainer")

P("/news/2025-0930-subsidy.html", "news", "我省技能提升补贴申领进入线上办理", """
<div class="art"><p>参保职工取得五级、四级、三级职业技能等级证书后,可按规定申领技能提升补贴,最高分别为1000元、1500元、2000元。</p>
<p>申领入口以省人社厅官网 rst.fujian.gov.cn 公布为准。</p></div>""", note="news on subsidies")

# ---------------------------------------------------------------- rendering
def render(p, related):
    sname, slogan = SITES[p["site"]]
    nav = "".join(f'<a href="/{p["site"]}/index.html">{n}</a> ' if i == 0 else f"<span>{n}</span> "
                  for i, n in enumerate(NAV[p["site"]]))
    rel = "".join(f'<li><a href="{r["path"]}">{html.escape(r["title"])}</a></li>' for r in related)
    com = ""
    if p["comments"]:
        com = '<div class="comments"><h3>评论 (%d)</h3>' % len(p["comments"]) + "".join(
            f'<div class="c"><b>{u}</b> <i>{t}</i><p>{x}</p></div>' for u, x, t in p["comments"]) + "</div>"
    side = '<div class="side"><h3>相关推荐</h3><ul>' + rel + "</ul>"
    if p["site"] == "wenda":
        side += '<p>海峡问答答主交流群:218604375</p>'
    if p["site"] == "notes":
        side += '<p>下载小鹿笔记App,发现更多</p>'
    side += "</div>"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(p['title'])} - {sname}</title></head>
<body><div class="top"><a href="/index.html">导航首页</a> | <b>{sname}</b> <small>{slogan}</small></div>
<div class="nav">{nav}</div>
<div class="crumb"><a href="/{p['site']}/index.html">{sname}</a> &gt; {html.escape(p['title'])}</div>
<div class="main"><h1>{html.escape(p['title'])}</h1>{p['body']}{com}</div>
{side}
<div class="footer">{footer(p['site'])}</div></body></html>
"""

def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    content = list(pages)
    # site index pages
    for s, (sname, slogan) in SITES.items():
        items = [p for p in content if p["site"] == s]
        lis = "".join(f'<li><a href="{p["path"]}">{html.escape(p["title"])}</a></li>' for p in items)
        pages.append(dict(path=f"/{s}/index.html", site=s, title=f"{sname} 首页", body=f"<ul class='list'>{lis}</ul>",
                          is_offer=False, operator=None, provider=None, identifiers=[],
                          note=f"index page of {sname}", comments=[]))
    out = {}
    for s in SITES:
        sp = [p for p in pages if p["site"] == s]
        for i, p in enumerate(sp):
            related = [q for q in sp if q is not p and not q["path"].endswith("index.html")][:4]
            out[p["path"]] = render(p, related)
    links = "".join(f'<li><a href="/{s}/index.html">{n}</a> — {sl}</li>' for s, (n, sl) in SITES.items())
    out["/index.html"] = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>福建生活网址导航</title></head>
<body><h1>福建生活网址导航</h1><ul>{links}</ul>
<p>本页面仅做网址收录,不对所收录网站内容负责。</p></body></html>
"""
    pages.append(dict(path="/index.html", site="root", title="福建生活网址导航", is_offer=False, operator=None,
                      provider=None, identifiers=[], note="root link directory", comments=[], body=""))
    for path, text in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    return out

DECOYS = [
    ("phone", "12333", "人社 national hotline quoted by sellers and news", ["12333"]),
    ("phone", "12315", "market-regulation complaint hotline in classifieds footer and complaint", ["12315"]),
    ("phone", "12345", "government service hotline in warning and complaint", ["12345"]),
    ("phone", "12321", "internet-abuse report line in Q&A footer", ["12321"]),
    ("domain", "zscx.osta.org.cn", "official certificate query site quoted by many", ["zscx.osta.org.cn"]),
    ("domain", "jndj.osta.org.cn", "official certificate query URL quoted by many", ["jndj.osta.org.cn"]),
    ("domain", "rst.fujian.gov.cn", "provincial 人社 site", ["rst.fujian.gov.cn"]),
    ("phone", "0592-5396210", "forum's own customer-service number in footer", ["0592-5396210"]),
    ("email", "kefu@ludaobbs.cn", "forum's own e-mail in footer", ["kefu@ludaobbs.cn"]),
    ("other", "闽icp备15008832号-2", "forum's ICP licence in footer", ["闽ICP备15008832号-2"]),
    ("phone", "4006115890", "classifieds platform hotline in footer", ["400-611-5890"]),
    ("domain", "hxfenlei.com", "classifieds platform's own domain in footer", ["hxfenlei.com"]),
    ("email", "help@xiaolubiji.com", "notes app's own e-mail in footer", ["help@xiaolubiji.com"]),
    ("qq_group", "218604375", "Q&A platform's answerer group in sidebar", ["218604375"]),
    ("phone", "4008382606", "franchisor HQ hotline on every branch page (branches run by different operators)", ["400-838-2606"]),
    ("uscc", HQ_USCC.lower(), "franchisor's USCC in footer of every branch page", [HQ_USCC]),
    ("domain", "fkw.com", "site-builder credit on franchise pages", ["fkw.com"]),
    ("domain", "jinshuju.net", "form-tool credit used by unrelated sellers", ["jinshuju.net"]),
    ("phone", "+8613800000000", "template placeholder mobile left in pages", ["138-0000-0000"]),
    ("email", "xxx@xxx.com", "template placeholder e-mail", ["xxx@xxx.com"]),
    ("phone", "+8617750128843", "scammer number quoted in warning, complaint and question", ["177 5012 8843"]),
    ("wechat", "fjzs_kaozheng", "scammer WeChat quoted in warning and complaint", ["fjzs_kaozheng"]),
    ("other", "s000035000012253000128", "certificate sample number copied by unrelated sellers", ["S000035000012253000128"]),
    ("phone", "0591-83761120", "assessment venue's number quoted by unrelated sellers", ["0591-83761120"]),
    ("qq", "1045823367", "a reader's own QQ in comments under different sellers' notes", ["1045823367"]),
    ("wechat", "xiaoyu_0592", "a reader's own WeChat in comments under different sellers' threads", ["xiaoyu_0592"]),
    ("email", "tougao@minzhiquan.com", "repost site's own e-mail in every article footer", ["tougao@minzhiquan.com"]),
    ("other", "order:18825070619", "order number that looks like a mobile, in complaint and a comment", ["18825070619"]),
]

def main():
    out = build()
    texts = {k: html.unescape(v) for k, v in out.items()}
    decoys = []
    for kind, value, note, written in DECOYS:
        paths = sorted(k for k, t in texts.items() if any(w in t for w in written))
        assert len(paths) >= 2, (value, paths)
        decoys.append(dict(kind=kind, value=value, note=note, written=written, paths=paths))
    # operator identifiers must not leak to other operators
    owner = {}
    for p in pages:
        for k, v, w in p["identifiers"]:
            owner.setdefault((k, v), set()).add(p["operator"])
    for key, ops in owner.items():
        assert len(ops) == 1, (key, ops)
    ops = {}
    for p in pages:
        if p["is_offer"] and p["operator"].startswith("U"):
            ops.setdefault(p["operator"], []).append(p)
    TIES = {
        "U01": "one mobile 13906021847 (dashed, full-width, +86) that is also the WeChat, and WeChat id xmqiming2024 in two cases",
        "U02": "one payee company 厦门翰林智联信息咨询有限公司, its USCC, and mobile 18150072396",
        "U03": "one QQ group 736284519 (dashed, Chinese numerals, plain)",
        "U04": "one street address 五四路158号环球广场B座1206 written four ways, and landline 0591-87583316",
        "U05": "one domain mnaitrain.cn (www, spelled-out 点, upper-case) and its e-mail",
        "U06": "one QQ 2851736094 (spaced, Chinese numerals, as QQ mailbox)",
        "U07": "one Quanzhou landline 0595-22683175 written three ways, and one USCC",
        "U08": "one WeChat id fz_aipeixun88 in three letter cases",
        "U09": "one mobile 15859213370 (+86 spaced, Chinese numerals, dashed)",
    }
    operators = [[u, {"brands": [p["provider"] for p in ops[u]], "ties": TIES[u]}] for u in sorted(ops)]
    tp = []
    for p in sorted(pages, key=lambda x: x["path"]):
        tp.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                       identifiers=p["identifiers"], note=p["note"]))
    truth = {"description": "12by: a Fujian web (city forum, Q&A, notes app, classifieds, franchise branches, WeChat reposts, news) of AI-trainer certificate sellers, 9 operators tied by payee, QQ group, address and contacts",
             "pages": tp, "operators": operators, "decoys": decoys}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")

if __name__ == "__main__":
    main()
