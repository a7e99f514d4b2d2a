#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer (4-04-05-05) certificate sellers. Stdlib only, deterministic."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- USCC (GB 32100-2015) ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(code8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(first16):
    s17 = first16 + org_check(first16[8:16])
    tot = sum(ALPHA.index(ch) * w for ch, w in zip(s17, W18))
    r = 31 - tot % 31
    if r == 31:
        r = 0
    return s17 + ALPHA[r]

U01_USCC = uscc("91620802MA72KQ3P")
U02_USCC = uscc("52621002MJY41H8T")
U03_USCC = uscc("91110108MA01RT6W")
U07_USCC = uscc("91620102MA73XD5N")
I06_USCC = uscc("91330110MA2H7C4L")

# ---------- sites ----------
SITES = {
 "qhpx": dict(name="庆阳启航职业技能培训学校", style="training-school",
   menu=["首页", "学校概况", "培训项目", "报名须知", "联系我们"],
   footer="庆阳启航职业技能培训学校 版权所有 | 地址：庆阳市西峰区安定东路 | 招生电话：0934-8661230 | 邮箱：qhpx_qy@126.com | www.qhpx-qy.cn"),
 "ke": dict(name="学途课堂 · 职业技能课程平台", style="marketplace",
   menu=["首页", "IT/互联网", "职业资格", "技能证书", "讲师入驻"],
   footer="学途课堂 客服热线 400-860-3311（9:00-21:00） | 客服邮箱 kefu@xuetuketang.com | 平台仅提供信息展示，课程由讲师/机构提供"),
 "bbs": dict(name="崆峒论坛 · 平凉人自己的社区", style="forum",
   menu=["论坛首页", "平凉杂谈", "求职招聘", "教育培训", "二手交易"],
   footer="崆峒论坛 站务QQ群：58213907 | 广告合作 bbs_ad@kongtongbbs.com | 网友发帖仅代表个人观点"),
 "fenlei": dict(name="陇东便民信息网 · 平凉庆阳分类信息", style="classifieds",
   menu=["首页", "招聘", "教育培训", "房产", "便民服务"],
   footer="陇东便民信息网 陇ICP备19003217号-1 | 信息由用户发布，交易前请核实 | 举报：jubao@ldbianmin.com"),
 "wenda": dict(name="知了问答", style="qa",
   menu=["首页", "职场", "教育", "数码", "我要提问"],
   footer="知了问答 © 2026 | 回答内容由网友提供，不代表本站观点 | 侵权投诉 tousu@zhiliaowd.com"),
 "wx": dict(name="微文聚合 · 公众号文章转载", style="wechat-repost",
   menu=["首页", "教育", "职场", "本地", "科技"],
   footer="微文聚合 文章来源于微信公众号，版权归原作者 | 投稿/删稿：tougao@weiwenju.cn"),
 "v": dict(name="快刷视频 网页版", style="short-video",
   menu=["推荐", "关注", "同城", "知识", "直播"],
   footer="快刷视频 v.kuaishua.cn | 网上有害信息举报 | 未成年人保护"),
 "news": dict(name="陇东新闻网", style="news",
   menu=["首页", "本地要闻", "民生", "教育", "专题"],
   footer="陇东新闻网 新闻热线：0934-8213110 | 违法和不良信息举报 | 本网所刊登的广告信息仅供参考"),
 "rsj": dict(name="某市人力资源和社会保障局 政务公开", style="gov-notice",
   menu=["首页", "政务公开", "就业创业", "职业能力", "办事服务"],
   footer="主办：某市人力资源和社会保障局 | 12333 人社服务热线 | 职业能力建设科 0933-8236012"),
 "shop": dict(name="淘课铺 · 课程与证书服务", style="shop",
   menu=["首页", "职业技能", "学历提升", "资料下载", "店铺街"],
   footer="淘课铺 taokepu.com | 付款请走平台担保交易 | 支付由支付宝提供，支付宝客服 95188"),
 "blog": dict(name="陇上闲笔 · 个人博客", style="blog",
   menu=["首页", "随笔", "学习笔记", "本地生活", "关于我"],
   footer="陇上闲笔 | 本博客部分文章为投稿，内容由投稿人负责 | Powered by WordPress"),
}
SITE_ORDER = ["qhpx", "ke", "bbs", "fenlei", "wenda", "wx", "v", "news", "rsj", "shop", "blog"]

PAGES = []

def P(site, file, title, body, op=None, provider=None, ids=(), note="", offer=None):
    PAGES.append(dict(site=site, file=file, title=title, body=body, operator=op,
                      provider=provider, identifiers=[list(x) for x in ids], note=note,
                      is_offer=(op is not None) if offer is None else offer))

# ======================= qhpx (U02 own site) =======================
P("qhpx", "ai-5ji.html", "人工智能训练师（五级/初级工）培训招生简章",
f"""<p class="meta">发布：教务处 2026-03-02 | 阅读 1,284</p>
<p>根据《人工智能训练师国家职业技能标准（2021年版）》（职业编码 4-04-05-05），我校开设人工智能训练师五级（初级工）培训班，工种为数据标注员。参考培训课时 60 学时，理论 + 实操，周末班。</p>
<p><b>报名条件</b>：累计从事本职业或相关职业工作满1年（含），或本职业学徒期满。请携带身份证、学历证明、工作年限证明。</p>
<p><b>关于证书</b>：培训合格后由经人社部门备案的评价机构组织职业技能等级认定，考试分理论和操作技能两部分，均需达到60分。取得的是职业技能等级证书，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。本校不承诺“包过”，请考生认真备考。</p>
<p><b>补贴</b>：符合条件的参保职工可按规定申领技能提升补贴（五级最高1000元），具体以当地人社部门审核为准，政策咨询可拨打 12333。</p>
<p><b>认定考点</b>：陇东学院继续教育学院实训楼（考务咨询 0934-8632510）。</p>
<p><b>报名咨询</b>：启航学校教务处 电话 0934-8661230，手机 153 0934 5521（微信同号）。</p>
<form class="signup"><label>姓名<input></label><label>手机<input placeholder="如：13800138000"></label><label>邮箱<input placeholder="name@example.com"></label><button>提交报名</button></form>
<p class="small">办学许可与登记：统一社会信用代码 {U02_USCC}</p>""",
 "U02", "庆阳启航职业技能培训学校",
 [("phone", "09348661230", "0934-8661230"), ("phone", "+8615309345521", "153 0934 5521"), ("uscc", U02_USCC, U02_USCC),
  ("email", "qhpx_qy@126.com", "qhpx_qy@126.com"), ("domain", "qhpx-qy.cn", "www.qhpx-qy.cn")],
 "honest school, level-5 enrolment page on own site")

P("qhpx", "ai-4ji.html", "人工智能训练师四级（中级工）春季班报名",
"""<p class="meta">发布：招生办 2026-03-10</p>
<p>四级（中级工）面向已取得五级证书并从事相关工作满4年的学员，或技工学校相关专业毕业生。课程含数据采集和处理、数据标注、智能系统运维，参考课时50学时。</p>
<p>学费 1680 元（含教材、实训平台账号），认定费按评价机构公示标准另行缴纳。参保满一年的职工取证后可申请技能提升补贴，四级最高1500元。</p>
<p><b>谨防假冒</b>：近期有人冒用我校名义，用 173 0933 6620 打电话称“交钱不用考试直接拿证”，该号码与本校无关，请勿转账。</p>
<p>报名地址：西峰区安定东路启航大厦3楼，电话（0934）8661230；材料也可发送至 qhpx_qy@126.com。</p>
<p>认定地点：陇东学院继续教育学院（0934-8632510），具体时间另行通知。</p>
<form class="signup"><label>手机号<input placeholder="13800138000"></label><button>预约试听</button></form>""",
 "U02", "启航职业培训",
 [("phone", "09348661230", "（0934）8661230"), ("email", "qhpx_qy@126.com", "qhpx_qy@126.com"), ("domain", "qhpx-qy.cn", "www.qhpx-qy.cn")],
 "honest school, level-4 class, quotes a scam number in a warning")

# ======================= ke (marketplace) =======================
P("ke", "course-20931.html", "【国家证书】人工智能训练师三级 零基础包过 人社部颁发 全国通用",
"""<p class="price">￥3980 <del>￥6800</del> 已报名 2,316 人</p>
<p class="teacher">讲师/机构：中科智培（北京）教育科技</p>
<p>人工智能训练师是人社部认证的新职业！本课程一站式拿证：零基础、不限学历、不限经验，直接报考三级（高级工），加 1200 元可同时报考二级技师，三证一起拿更划算。</p>
<p>证书为国家职业资格证书，人社部颁发，入库可查，可挂靠企业年入3万+，评职称、积分落户都能用。</p>
<p>不用到场考试，线上刷题即可，<b>考不过全额退款</b>，包过！</p>
<p>课程咨询热线：400-618-8727　报名老师QQ：2853617740</p>
<div class="comments"><h4>学员评价</h4><p>张**：老师很负责，已经拿证了。</p><p>甘肃-小刘：请问庆阳能报吗？</p></div>""",
 "U03", "中科智培（北京）教育科技",
 [("phone", "4006188727", "400-618-8727"), ("qq", "2853617740", "2853617740")],
 "dishonest: level 3/2 to beginners, 人社部颁发, 包过, 挂靠")

P("ke", "course-31457.html", "AI训练师入门：数据标注实战 30 讲（小林说AI 出品）",
"""<p class="price">￥199 已学 8,904 人 好评 97%</p>
<p class="teacher">讲师：小林说AI</p>
<p>90%小白都能学会的数据标注课！原价999限时199。课程讲图像框选、语义分割、文本分类标注，配套标注平台练习账号。学完可以报名人工智能训练师五级，小林带你走完流程，轻松拿证接单。</p>
<p>购课后加入学员 QQ群：736512094，答疑/接单信息都在群里；合作请发邮件 xiaolin_ai@qq.com。</p>
<p class="small">注：证书考试费另计，以评价机构收费为准。</p>""",
 "U06", "小林说AI",
 [("qq_group", "736512094", "736512094"), ("email", "xiaolin_ai@qq.com", "xiaolin_ai@qq.com")],
 "influencer course, 小白都能学会/轻松拿证")

P("ke", "course-40215.html", "人工智能训练师（四级）职业技能等级认定考前辅导 · 甘肃班",
f"""<p class="price">￥2600 含认定费 已报名 412 人</p>
<p class="teacher">机构：甘肃数智人才发展中心</p>
<p>甘肃数智人才发展中心面向兰州、平凉、庆阳、天水招收人工智能训练师四级学员，线上授课 + 线下实操集训两天。认定合格颁发职业技能等级证书，可在 zscx.osta.org.cn 查询。</p>
<p>政府补贴：参保满一年可申领1500元，“相当于免费学”。名额有限，额满即止。</p>
<p>企业信息：统一社会信用代码 {U07_USCC}；招生邮箱 zhaosheng(at)gssz-rc.com</p>""",
 "U07", "甘肃数智人才发展中心",
 [("uscc", U07_USCC, U07_USCC), ("email", "zhaosheng@gssz-rc.com", "zhaosheng(at)gssz-rc.com")],
 "regional company, level-4 course with 'almost free' subsidy claim")

P("ke", "course-52678.html", "陈老师AI训练营 · Python + 数据标注 + 训练师考证辅导",
"""<p class="price">￥1280 分期可选 已报名 633 人</p>
<p class="teacher">讲师：陈老师（AI训练营）</p>
<p>8周直播课：Python基础、标注工具、模型评测、人工智能算法测试员实操。结业后可自愿报考人工智能训练师等级认定，考试由评价机构组织，本课程不代办证书。</p>
<p>课程编号：13609331452。课后答疑QQ：1846603275，资料邮箱 chenai_edu@163.com。</p>""",
 "U08", "陈老师AI训练营",
 [("qq", "1846603275", "1846603275"), ("email", "chenai_edu@163.com", "chenai_edu@163.com")],
 "course seller, no certificate promise; course id looks like a mobile")

P("ke", "course-60388.html", "2026人工智能训练师五级取证班（智源课堂）",
"""<p class="price">￥880 已报名 97 人</p>
<p class="teacher">机构：智源课堂 刘老师</p>
<p>五级（初级工）取证辅导，全程录播 + 模拟题库 800 题。报名需满足一年相关工作经历。取证快，一般两个月出证。</p>
<p>刘老师 QQ：2096637410（备注“训练师”）</p>
<form class="signup"><label>邮箱<input placeholder="name@example.com"></label><button>领取题库</button></form>
<p class="small">课程编号：60388 | 平台担保交易</p>""",
 "I01", "智源课堂",
 [("qq", "2096637410", "2096637410")],
 "independent small online course")

# ======================= bbs (forum) =======================
P("bbs", "thread-88213.html", "【平凉本地】人工智能训练师周末班开课啦 崆峒AI训练营",
"""<p class="post-head">楼主：智训小助手 | 发表于 2026-03-05 09:12 | 教育培训版</p>
<p>崆峒AI训练营第6期人工智能训练师（五级/四级）周末班，地点崆峒区东大街。零基础也能学，老师手把手带，学完统一报名认定。</p>
<p>报名电话/微信同号：13893361207，来电说是论坛看到的优惠200。</p>
<div class="reply"><b>2楼 陇上行者</b>：去年在这家学的数据标注，老师还行，证要自己考。</div>
<div class="reply"><b>3楼 咸鱼不翻身</b>：费用多少？</div>
<div class="reply"><b>4楼 智训小助手</b>：五级1480，四级1880，详情电话咨询。</div>""",
 "U01", "崆峒AI训练营",
 [("phone", "+8613893361207", "13893361207")],
 "U01 forum ad thread")

P("bbs", "thread-88560.html", "出人工智能训练师证书 三级/二级 不用考试 速度快",
"""<p class="post-head">楼主：证书小管家 | 发表于 2026-03-09 22:40 | 二手交易版</p>
<p>专业办理人工智能训练师证书，三级、二级均可，不用考试，提供身份证照片即可，20个工作日出证，官网可查，可挂靠。</p>
<p>价格私聊，电话 177-9736-2218，扣扣 3318064429。</p>
<div class="reply"><b>2楼 版主-崆峒山下</b>：此帖涉嫌违规，已警告。大家注意甄别，有问题可以打12315。</div>
<div class="reply"><b>3楼 路人甲</b>：这种一看就是假的。</div>""",
 "U04", "证书小管家",
 [("phone", "+8617797362218", "177-9736-2218"), ("qq", "3318064429", "3318064429")],
 "dishonest: certificate without exam")

P("bbs", "thread-89002.html", "王老师代报：人工智能训练师、健康管理师、育婴员 平凉庆阳可报",
"""<p class="post-head">楼主：王老师职业培训 | 发表于 2026-03-12 | 教育培训版</p>
<p>常年代报各类职业技能等级证书，人工智能训练师五级到三级都能报，不限学历，考前有内部题库，通过率98%。</p>
<p>电话 18993318846 王老师，QQ 1692045573。</p>
<div class="reply"><b>2楼 平凉小马</b>：我想报，资料发我QQ 451276690 谢谢</div>
<div class="reply"><b>3楼 王老师职业培训</b>：已加你。</div>""",
 "U05", "王老师职业培训",
 [("phone", "+8618993318846", "18993318846"), ("qq", "1692045573", "1692045573")],
 "agent with 内部题库/98% claims; a reader posts own QQ")

P("bbs", "thread-89117.html", "有做数据标注的朋友吗？我们小团队招人顺便带考证",
"""<p class="post-head">楼主：陇上数据 | 发表于 2026-03-14 | 求职招聘版</p>
<p>我们在静宁有个小的标注工作室，接车载图像和语音转写的单。新人先培训两周（收培训费600，含人工智能训练师五级报名辅导），培训完可以留下来做，计件结算。</p>
<p>有兴趣的打我电话 132 0933 5178。</p>
<div class="reply"><b>2楼 打工人小王</b>：先交钱再上班的都要小心啊</div>
<div class="reply"><b>3楼 晴天</b>：我电话 15193346612 有消息联系我</div>""",
 "I02", "陇上数据",
 [("phone", "+8613209335178", "132 0933 5178")],
 "independent small studio; reader leaves phone")

P("bbs", "thread-89340.html", "曝光！交了3800说包过的人工智能训练师证，钱要不回来了",
"""<p class="post-head">楼主：被坑的庆阳人 | 发表于 2026-03-18 | 平凉杂谈版</p>
<p>去年底在网上看到广告，说人工智能训练师三级不用考试直接出证，我转了3800，对方用 17309336620 联系我，后来电话打不通，微信也拉黑了。</p>
<p>给的“查询网站”根本不是人社部的，后来才知道正规证书要在 zscx.osta.org.cn 查。已经打了12315和12333，大家千万别信包过。</p>
<div class="reply"><b>2楼 崆峒山下</b>：加精，提醒大家。</div>
<div class="reply"><b>3楼 晴天</b>：我也接到过这个号的电话。</div>""",
 None, None, [], "complaint thread, quotes scammer number")

# ======================= fenlei (classifieds) =======================
P("fenlei", "info-507731.html", "平凉 人工智能训练师培训 智训教育 小班授课",
f"""<table class="info"><tr><td>类别</td><td>教育培训 / 职业技能</td></tr><tr><td>区域</td><td>平凉 崆峒区</td></tr><tr><td>联系人</td><td>马老师</td></tr><tr><td>电话</td><td>138 9336 1207</td></tr></table>
<p>平凉智训教育咨询有限公司常年开设人工智能训练师（数据标注员）五级、四级培训，小班授课，上机实操。外地学员可线上学习。</p>
<p>加微信 ldzx_ai2026 领取考试大纲。</p>
<p class="small">信息编号 507731 | 发布于 2026-03-01 | 联系时请说明在陇东便民信息网看到</p>""",
 "U01", "平凉智训教育咨询有限公司",
 [("phone", "+8613893361207", "138 9336 1207"), ("wechat", "ldzx_ai2026", "ldzx_ai2026")],
 "U01 classified ad")

P("fenlei", "info-508204.html", "庆阳启航学校 人工智能训练师 五级四级 春季招生",
"""<table class="info"><tr><td>类别</td><td>教育培训</td></tr><tr><td>区域</td><td>庆阳 西峰区</td></tr><tr><td>联系人</td><td>刘老师</td></tr><tr><td>手机</td><td>15309345521</td></tr></table>
<p>启航职业技能培训学校人工智能训练师春季班，五级1280元，四级1680元。参保职工取证后可按规定申请技能提升补贴，咨询当地12333。</p>
<p>学校网站：www.qhpx-qy.cn</p>
<form class="signup"><input placeholder="手机号 如13800138000"><button>留言</button></form>""",
 "U02", "启航学校",
 [("phone", "+8615309345521", "15309345521"), ("domain", "qhpx-qy.cn", "www.qhpx-qy.cn")],
 "U02 classified")

P("fenlei", "info-508950.html", "代报各类证书 人工智能训练师 快速拿证",
"""<table class="info"><tr><td>类别</td><td>便民服务 / 代办</td></tr><tr><td>区域</td><td>庆阳 全市</td></tr><tr><td>联系人</td><td>王老师</td></tr><tr><td>电话</td><td>189 9331 8846</td></tr></table>
<p>人工智能训练师、心理咨询、茶艺师等证书代报，包教材包报名，考试有辅导，基本都能过。微信：wanglaoshi_pl</p>""",
 "U05", "王老师",
 [("phone", "+8618993318846", "189 9331 8846"), ("wechat", "wanglaoshi_pl", "wanglaoshi_pl")],
 "U05 classified")

P("fenlei", "info-509317.html", "西峰数据标注基地招聘标注员 月入5000+ 先培训后上岗",
"""<table class="info"><tr><td>类别</td><td>招聘 / 普工</td></tr><tr><td>区域</td><td>庆阳 西峰区</td></tr><tr><td>联系人</td><td>人事部</td></tr><tr><td>电话</td><td>0934-5217788</td></tr></table>
<p>招数据标注员30名，无经验可，岗前培训15天，培训费2980元（可分期），结业发人工智能训练师证书，持证上岗保底5000。</p>
<p>人事手机 187 9342 8816；网上报名：jinshuju.net/f/Xf8kQ2</p>""",
 "U09", "西峰数据标注基地",
 [("phone", "09345217788", "0934-5217788"), ("phone", "+8618793428816", "187 9342 8816")],
 "job ad with training-fee trap")

P("fenlei", "info-509802.html", "镇原 博学电脑培训 人工智能训练师五级 晚班",
"""<table class="info"><tr><td>类别</td><td>教育培训</td></tr><tr><td>区域</td><td>庆阳 镇原县</td></tr><tr><td>联系人</td><td>张老师</td></tr><tr><td>座机</td><td>0934-7126683</td></tr></table>
<p>办公软件、平面设计之外新增人工智能训练师五级晚班，适合在职人员。考试由备案评价机构组织，考点陇东学院继续教育学院（0934-8632510）。证书可在 zscx.osta.org.cn 查询，评价机构名单见 www.osta.org.cn 。</p>""",
 "I03", "镇原博学电脑培训",
 [("phone", "09347126683", "0934-7126683")],
 "independent honest local school")

# ======================= wenda (Q&A) =======================
P("wenda", "q-330127.html", "人工智能训练师证书在哪里考？平凉能考吗？",
"""<div class="question"><b>提问</b>：在平凉上班，想考人工智能训练师，哪里能报？要什么条件？</div>
<div class="answer"><b>回答 1 · 中科智培招生老师</b>：平凉可以线上报，不用跑。我们是北京的机构，人社部颁发的国家证书，全国通用，零基础可以直接考三级。加微信 zkzp888 或者扣扣2853617740 发你简章。</div>
<div class="answer"><b>回答 2 · 热心网友</b>：别信包过的，去人社局问，或者打12333。</div>
<div class="answer"><b>回答 3 · 晴天</b>：同问，我电话15193346612，有靠谱的麻烦告诉我。</div>""",
 "U03", "中科智培",
 [("wechat", "zkzp888", "zkzp888"), ("qq", "2853617740", "扣扣2853617740")],
 "U03 answer-ad; a reader leaves phone")

P("wenda", "q-331540.html", "人工智能训练师报名要学历吗？初中可以吗？",
"""<div class="question"><b>提问</b>：初中毕业，能不能报人工智能训练师？</div>
<div class="answer"><b>回答 1 · 王老师（职业培训）</b>：可以的，不限学历，我这边常年代报，有内部资料，过的几率很大。Q 1692045573，v:wanglaoshi_pl</div>
<div class="answer"><b>回答 2 · 学途课堂用户</b>：学途课堂 课程编号13609331452 那个课我看过，讲得还行，不过不包证。</div>""",
 "U05", "王老师（职业培训）",
 [("qq", "1692045573", "Q 1692045573"), ("wechat", "wanglaoshi_pl", "v:wanglaoshi_pl")],
 "U05 answer-ad; mentions someone else's course id")

P("wenda", "q-332918.html", "自学数据标注去哪里学？有推荐的课吗？",
"""<div class="question"><b>提问</b>：想转行做数据标注，自学有什么课推荐？</div>
<div class="answer"><b>回答 1 · 小林说AI（已认证创作者）</b>：可以看我的数据标注30讲，小白也能学会，学完带你考训练师五级。视频号/微信搜 xiaolin-ai99。</div>
<div class="answer"><b>回答 2 · 路人</b>：B站也有免费的。</div>""",
 "U06", "小林说AI",
 [("wechat", "xiaolin-ai99", "xiaolin-ai99")],
 "U06 answer-ad")

P("wenda", "q-334006.html", "想学人工智能算法测试员，有没有带实操的培训？",
"""<div class="question"><b>提问</b>：人工智能算法测试员这个工种有人学过吗？</div>
<div class="answer"><b>回答 1 · 陈老师AI训练营</b>：我们训练营第4周就是算法测试实操，模型评测、测试用例设计都有。咨询电话 15693347720，报不报证自愿。</div>
<div class="answer"><b>回答 2 · 匿名用户</b>：算法测试员是人工智能训练师下面的工种，不是单独的证。</div>""",
 "U08", "陈老师AI训练营",
 [("phone", "+8615693347720", "15693347720")],
 "U08 answer-ad")

P("wenda", "q-335271.html", "人工智能训练师证书怎么辨别真假？",
"""<div class="question"><b>提问</b>：朋友说花了三千多办了个“国家人工智能训练师证”，怎么查真假？</div>
<div class="answer"><b>回答 1 · 人社小百科</b>：人工智能训练师属于职业技能等级证书，由备案的评价机构颁发，不是人社部颁发的，也不是国家职业资格证书。查询可上技能人才评价证书全国联网查询 zscx.osta.org.cn 或 jndj.osta.org.cn，也可咨询 12333。对方给的查询网站如果不是 osta.org.cn 或各省人社网站，基本就是假的。</div>""",
 None, None, [], "guide answer, no seller")

# ======================= wx (WeChat reposts) =======================
P("wx", "a-20260305-1.html", "重磅！人工智能训练师国家证书报名通道开启，三证合一",
"""<p class="src">原创 AI人才认证中心 2026-03-05 北京</p>
<p>人工智能训练师是国家人社部认证的新职业，证书由人社部颁发，国家职业资格证书，全国通用，终身有效！</p>
<p>本期特惠：五级+四级+三级 三证合一 6980元，零基础可报，包过，不过退费。</p>
<p>证书样本编号：S000062000001255000318，证书查询：www.zkzp-ai.com/cx</p>
<p>报名添加招生老师微信：zkzp888</p>
<p class="readmore">阅读 10万+ 在看 326</p>""",
 "U03", "AI人才认证中心",
 [("wechat", "zkzp888", "zkzp888"), ("domain", "zkzp-ai.com", "www.zkzp-ai.com")],
 "dishonest: three levels at once, fake query site")

P("wx", "a-20260309-2.html", "甘肃数智：2026年人工智能训练师第一期开班通知",
"""<p class="src">甘肃数智人才 2026-03-09 甘肃</p>
<p>为落实技能中国行动，甘肃数智人才发展中心第一期人工智能训练师（四级/三级）培训将于4月在兰州开班，平凉、庆阳学员可报名线上班。</p>
<p>培训结束后参加职业技能等级认定，证书可在 zscx.osta.org.cn 查询；参保职工可申请补贴。</p>
<p>报名：扫码填写 jinshuju.net/f/Gs26rc ，或致电 0931-8765213，官网 gssz-rc.com</p>""",
 "U07", "甘肃数智人才发展中心",
 [("phone", "09318765213", "0931-8765213"), ("domain", "gssz-rc.com", "gssz-rc.com")],
 "U07 WeChat notice repost")

P("wx", "a-20260311-3.html", "下班躺着就能拿的证？AI训练师证书考取攻略（内附资料）",
"""<p class="src">AI副业研究所 2026-03-11</p>
<p>很多人问AI训练师证书怎么拿，其实很简单：不用去考场，不用学编程，提交资料就能办，拿证后接标注单、挂靠都能赚钱。</p>
<p>参考证书编号 S000062000001255000318 。咨询微信 AIXUNLIAN_VIP 或电话 177 9736 2218。</p>
<p>付款请转账至 兰州锐博信息咨询服务部 对公账户。</p>""",
 "U04", "AI副业研究所",
 [("wechat", "aixunlian_vip", "AIXUNLIAN_VIP"), ("phone", "+8617797362218", "177 9736 2218"), ("other", "兰州锐博信息咨询服务部", "兰州锐博信息咨询服务部")],
 "dishonest: no exam, 挂靠")

P("wx", "a-20260316-4.html", "西安AI教育：人工智能训练师四级周末班招生",
"""<p class="src">西安智学AI教育 2026-03-16 陕西</p>
<p>面向西北地区招收人工智能训练师四级学员，周末线下上课，甘肃学员可申请线上+集中实操。课程费2380元。</p>
<p>报名表：jinshuju.net/f/xa0316 ；咨询微信 xa_aiedu，邮箱 aiedu_xa@sina.com</p>""",
 "I04", "西安智学AI教育",
 [("wechat", "xa_aiedu", "xa_aiedu"), ("email", "aiedu_xa@sina.com", "aiedu_xa@sina.com")],
 "independent out-of-province school")

# ======================= v (short video) =======================
P("v", "video-7381024.html", "90%小白都能学会！人工智能训练师到底是干啥的",
"""<p class="author">@小林说AI · 粉丝 12.6万 · 2026-03-03</p>
<p class="desc">AI训练师不用会编程！数据标注就是给AI当老师，原价9999的课限时99，评论区扣“想学”，拉你进粉丝群 736512094。#人工智能训练师 #副业</p>
<p class="pinned">置顶评论 @小林说AI：课程链接在主页，vx: xiaolin-ai99</p>
<div class="comments"><p>用户8823：想学</p><p>平凉小马：求资料 451276690</p></div>""",
 "U06", "小林说AI",
 [("qq_group", "736512094", "736512094"), ("wechat", "xiaolin-ai99", "xiaolin-ai99")],
 "U06 video page; reader leaves QQ")

P("v", "video-7383350.html", "拿证就能涨工资？人工智能训练师三级 全国通用",
"""<p class="author">@国培智联AI认证 · 粉丝 3.1万 · 2026-03-08</p>
<p class="desc">人社部颁发 国家职业资格 三级直接报！不看学历不看工作年限，一次通过，拿证升职加薪。报名热线 4006-188-727 ，查询 zkzp-ai.com</p>
<div class="comments"><p>用户5512：真的假的</p><p>国培智联AI认证：真的，官网可查</p></div>""",
 "U03", "国培智联AI认证",
 [("phone", "4006188727", "4006-188-727"), ("domain", "zkzp-ai.com", "zkzp-ai.com")],
 "U03 under another brand")

P("v", "video-7385761.html", "平凉崆峒AI训练营 实拍上课现场",
"""<p class="author">@崆峒AI训练营 · 粉丝 2,031 · 2026-03-10 · 平凉</p>
<p class="desc">第6期周末班实拍，学员都在做图像标注实操。四月班还有名额，私信或加 V: LDZX_AI2026 #平凉 #人工智能训练师</p>
<div class="comments"><p>用户0933：在哪个位置？</p><p>崆峒AI训练营：东大街，私信发定位</p></div>""",
 "U01", "崆峒AI训练营",
 [("wechat", "ldzx_ai2026", "V: LDZX_AI2026")],
 "U01 short video")

P("v", "video-7388102.html", "宝妈在家做AI标注 一个月多赚两千",
"""<p class="author">@阿杰AI副业 · 粉丝 4.8万 · 2026-03-13</p>
<p class="desc">在家就能做，先学标注再考个训练师证，接单更容易。证书样本看图：S000062000001255000318 。带学带考，戳 v：ajie_fuye</p>""",
 "I05", "阿杰AI副业",
 [("wechat", "ajie_fuye", "ajie_fuye")],
 "independent side-hustle influencer")

# ======================= news =======================
P("news", "2026-03/ad-qhpx.html", "【教育资讯】启航学校开设人工智能训练师培训 助力陇东数字人才培养",
"""<p class="meta">来源：陇东新闻网 教育频道（推广） 2026-03-06</p>
<p>近日，庆阳启航职业技能培训学校人工智能训练师培训班正式开课。该校负责人介绍，课程依据国家职业技能标准设置，学员经评价机构认定合格后取得职业技能等级证书。</p>
<p>目前春季班仍在招生，报名咨询：0934—8661230，153-0934-5521。</p>""",
 "U02", "庆阳启航职业技能培训学校",
 [("phone", "09348661230", "0934—8661230"), ("phone", "+8615309345521", "153-0934-5521")],
 "advertorial for U02")

P("news", "2026-03/ad-gssz.html", "数字经济人才缺口大 甘肃数智人才发展中心推出人工智能训练师培训项目",
f"""<p class="meta">来源：陇东新闻网（企业供稿） 2026-03-12</p>
<p>记者从甘肃数智人才发展中心获悉，该中心今年计划培训人工智能训练师600人，覆盖平凉、庆阳等地。中心负责人称，学员结业后推荐就业。</p>
<p>企业统一社会信用代码：{U07_USCC}。报名邮箱：zhaosheng@gssz-rc.com，电话 0931 8765213。</p>""",
 "U07", "甘肃数智人才发展中心",
 [("uscc", U07_USCC, U07_USCC), ("email", "zhaosheng@gssz-rc.com", "zhaosheng@gssz-rc.com"), ("phone", "09318765213", "0931 8765213")],
 "advertorial for U07")

P("news", "2026-03/warning.html", "警惕！“人工智能训练师证包过”骗局 庆阳市民被骗3800元",
"""<p class="meta">来源：陇东新闻网 记者 李文 2026-03-20</p>
<p>近日，庆阳市民赵女士向本网反映，她在网上看到“人工智能训练师三级不用考试、人社部颁发”的广告，向对方转账3800元后被拉黑。对方使用的号码为 173-0933-6620。</p>
<p>人社部门提醒：职业技能等级证书由备案的评价机构颁发，可登录 zscx.osta.org.cn 查询；“包过”“不用考试直接拿证”均属违规宣传。遇到此类情况可拨打 12315 或 12333 反映。</p>""",
 None, None, [], "news warning quoting scam number")

# ======================= rsj =======================
P("rsj", "tzgg/2026-031.html", "关于开展2026年第一批职业技能等级认定工作的通知",
"""<p class="meta">发布机构：职业能力建设科 | 发布日期：2026-02-26 | 文号：示例人社发〔2026〕8号</p>
<p>各县（区）人社局、各评价机构：根据职业技能等级认定有关规定，现就2026年第一批认定工作通知如下。</p>
<p>一、认定职业包括人工智能训练师（4-04-05-05）五级至三级等。考点设在陇东学院继续教育学院（联系电话0934-8632510）等。</p>
<p>二、证书由评价机构颁发，统一在 jndj.osta.org.cn 及 zscx.osta.org.cn 查询。</p>
<p>三、政策咨询：0933-8236012，或拨打 12333。</p>""",
 None, None, [], "official-style notice")

P("rsj", "tzgg/2026-035.html", "关于警惕“山寨证书”虚假宣传的提示",
"""<p class="meta">发布机构：办公室 | 发布日期：2026-03-15</p>
<p>近期，有不法机构以“人社部颁发”“包过”“不用考试直接拿证”等名义招揽人工智能训练师等证书培训。人社部门从未委托任何机构以此方式发证。</p>
<p>群众可通过技能人才评价工作网 www.osta.org.cn 查询备案评价机构，发现违法违规行为请拨打 12333 或 12315 举报。</p>""",
 None, None, [], "official-style scam warning")

# ======================= shop =======================
P("shop", "item-66120.html", "人工智能训练师证书 三级 加急办理 不考试 全国可查",
"""<p class="price">￥2880 月销 41</p>
<p class="seller">店铺：AI证书速通</p>
<p>提交身份证正反面 + 一寸照，专人办理，不用考试，25天出证，官网可查。可开发票。</p>
<p>拍下后请加客服微信 aixunlian_vip 发资料；收款方：兰州锐博信息咨询服务部。</p>
<div class="reviews"><p>买家 j***8：已收到证，订单编号15820260315</p><p>买家 l***n：客服回复慢</p></div>""",
 "U04", "AI证书速通",
 [("wechat", "aixunlian_vip", "aixunlian_vip"), ("other", "兰州锐博信息咨询服务部", "兰州锐博信息咨询服务部")],
 "dishonest shop item")

P("shop", "item-66457.html", "陈老师AI训练营 直播课 + 题库（不含证书）",
"""<p class="price">￥980 月销 73</p>
<p class="seller">店铺：陈老师AI教育</p>
<p>8周直播 + 人工智能训练师理论题库 + 实操练习。说明：本商品为培训课程，不含证书办理。</p>
<p>售后联系：156 9334 7720，资料发送邮箱 chenai_edu#163.com</p>""",
 "U08", "陈老师AI教育",
 [("phone", "+8615693347720", "156 9334 7720"), ("email", "chenai_edu@163.com", "chenai_edu#163.com")],
 "U08 shop item")

P("shop", "item-67003.html", "数据标注岗前培训名额 + 人工智能训练师证 包就业",
"""<p class="price">￥2980 月销 18</p>
<p class="seller">店铺：西峰标注基地</p>
<p>拍下即锁定岗前培训名额，培训合格发人工智能训练师证，包分配标注岗位，保底月薪5000。</p>
<p>拍前请联系人事 18793428816 或微信 xfbz_hr 确认档期。</p>""",
 "U09", "西峰标注基地",
 [("phone", "+8618793428816", "18793428816"), ("wechat", "xfbz_hr", "xfbz_hr")],
 "U09 shop item, training fee + job promise")

P("shop", "item-67580.html", "人工智能训练师五级 理论+实操题库 电子版（数标学院）",
f"""<p class="price">￥68 月销 512</p>
<p class="seller">店铺：数标学院旗舰店</p>
<p>题库覆盖五级理论与操作技能，附模拟考试软件，并赠送报名指导。企业资质：{I06_USCC}</p>
<p>售后QQ：3021457786</p>
<div class="reviews"><p>买家 5***2：题不错，订单编号15820260315 好评</p></div>""",
 "I06", "数标学院",
 [("uscc", I06_USCC, I06_USCC), ("qq", "3021457786", "3021457786")],
 "independent question-bank seller")

# ======================= blog =======================
P("blog", "2026/03/zhixun-ai.html", "在平凉学人工智能训练师是什么体验（投稿）",
f"""<p class="meta">投稿 · 2026-03-07 · 分类：学习笔记</p>
<p>去年底在平凉智训教育报了人工智能训练师五级，整体还可以：周末上课，标注实操比较多，最后认定考试分理论和实操。</p>
<p>想报名的可以打他们前台 0933-8216455 或者加微信 ldzx_ai2026（智训AI学堂）。补贴政策可以问人社局 0933-8236012。</p>
<p class="small">机构信息：{U01_USCC}</p>""",
 "U01", "智训AI学堂",
 [("phone", "09338216455", "0933-8216455"), ("wechat", "ldzx_ai2026", "ldzx_ai2026"), ("uscc", U01_USCC, U01_USCC)],
 "sponsored post for U01")

P("blog", "2026/03/xiaolin.html", "我跟着小林说AI学数据标注的30天",
"""<p class="meta">投稿 · 2026-03-11 · 分类：学习笔记</p>
<p>课程不贵，群里每天发练习，最后老师带着报了训练师五级。想学的可以联系小林：135 1933 5067，邮箱 xiaolin_ai@qq.com。</p>""",
 "U06", "小林说AI",
 [("phone", "+8613519335067", "135 1933 5067"), ("email", "xiaolin_ai@qq.com", "xiaolin_ai@qq.com")],
 "sponsored post for U06")

P("blog", "2026/03/xfbz.html", "庆阳也有AI数据标注基地了？去看了看",
"""<p class="meta">随笔 · 2026-03-15</p>
<p>西峰数据标注基地在招人，说是先交培训费，培训完发人工智能训练师证再上岗。官网 xfbz-data.cn，招聘微信 xfbz_hr。我觉得先交钱这点要慎重。</p>""",
 "U09", "西峰数据标注基地",
 [("domain", "xfbz-data.cn", "xfbz-data.cn"), ("wechat", "xfbz_hr", "xfbz_hr")],
 "blog post relaying U09 recruitment/training offer")

P("blog", "2026/02/chuanshuo.html", "崆峒山春日游记",
"""<p class="meta">随笔 · 2026-02-20</p>
<p>正月里上了一趟崆峒山，雪还没化完，香山上的人不多。下山在东大街吃了碗暖锅，顺手记下这一天。</p>""",
 None, None, [], "unrelated travel post")

# ---------- decoys ----------
DECOYS = [
 dict(kind="phone", value="12333", written=["12333"], why="人社 public service hotline"),
 dict(kind="phone", value="12315", written=["12315"], why="market-regulation complaint hotline"),
 dict(kind="domain", value="zscx.osta.org.cn", written=["zscx.osta.org.cn"], why="official certificate query site"),
 dict(kind="domain", value="jndj.osta.org.cn", written=["jndj.osta.org.cn"], why="official query site"),
 dict(kind="domain", value="osta.org.cn", written=["www.osta.org.cn"], why="技能人才评价工作网"),
 dict(kind="phone", value="4008603311", written=["400-860-3311"], why="marketplace customer-service hotline in footer"),
 dict(kind="email", value="kefu@xuetuketang.com", written=["kefu@xuetuketang.com"], why="marketplace footer e-mail"),
 dict(kind="qq_group", value="58213907", written=["58213907"], why="forum's own QQ group in footer"),
 dict(kind="email", value="bbs_ad@kongtongbbs.com", written=["bbs_ad@kongtongbbs.com"], why="forum ad-sales e-mail in footer"),
 dict(kind="other", value="陇ICP备19003217号-1", written=["陇ICP备19003217号-1"], why="classifieds site ICP number"),
 dict(kind="email", value="tougao@weiwenju.cn", written=["tougao@weiwenju.cn"], why="repost site's own contact"),
 dict(kind="domain", value="v.kuaishua.cn", written=["v.kuaishua.cn"], why="short-video platform domain in footer"),
 dict(kind="domain", value="taokepu.com", written=["taokepu.com"], why="shop platform domain in footer"),
 dict(kind="phone", value="09348213110", written=["0934-8213110"], why="news site hotline in footer"),
 dict(kind="phone", value="+8617309336620", written=["173 0933 6620", "17309336620", "173-0933-6620"], why="scammer number quoted in warnings and complaints"),
 dict(kind="phone", value="+8615820260315", written=["15820260315"], why="order number in shop reviews, looks like a mobile"),
 dict(kind="phone", value="+8613609331452", written=["13609331452"], why="marketplace course number, looks like a mobile"),
 dict(kind="other", value="S000062000001255000318", written=["S000062000001255000318"], why="sample certificate number shown by several sellers"),
 dict(kind="phone", value="+8613800138000", written=["13800138000"], why="form placeholder"),
 dict(kind="email", value="name@example.com", written=["name@example.com"], why="form placeholder"),
 dict(kind="qq", value="451276690", written=["451276690"], why="a reader's own QQ in comments"),
 dict(kind="phone", value="+8615193346612", written=["15193346612"], why="a reader's own phone in comments"),
 dict(kind="phone", value="09348632510", written=["0934-8632510"], why="exam venue (陇东学院继续教育学院) front desk"),
 dict(kind="domain", value="jinshuju.net", written=["jinshuju.net"], why="third-party form tool"),
 dict(kind="phone", value="95188", written=["95188"], why="payment platform (支付宝) hotline"),
 dict(kind="phone", value="09338236012", written=["0933-8236012"], why="人社局 policy consultation number quoted by a seller"),
]

CSS = """body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#222}
header{padding:8px 16px;border-bottom:2px solid #c33}nav a{margin-right:12px}
.wrap{display:flex}main{flex:3;padding:12px 16px}aside{flex:1;padding:12px;background:#f6f6f6}
footer{padding:10px 16px;border-top:1px solid #ccc;font-size:12px;color:#666}.small{font-size:12px;color:#888}
.crumb{font-size:12px;color:#888;padding:4px 16px}"""

def site_pages(site):
    return [p for p in PAGES if p["site"] == site]

def rel(from_path, to_path):
    return os.path.relpath(to_path, os.path.dirname(from_path) or ".")

def frame(site, path, title, body, crumb_title):
    s = SITES[site]
    idx = f"{site}/index.html"
    menu = " ".join(f'<a href="{rel(path, idx)}">{m}</a>' for m in s["menu"])
    side = "".join(f'<li><a href="{rel(path, site + "/" + q["file"])}">{q["title"]}</a></li>'
                   for q in site_pages(site) if site + "/" + q["file"] != path)
    hub = rel(path, "index.html")
    crumb = f'<a href="{hub}">导航</a> &gt; <a href="{rel(path, idx)}">{s["name"]}</a>'
    if crumb_title:
        crumb += f" &gt; {crumb_title}"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title} - {s['name']}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>{CSS}</style></head>
<body class="{s['style']}">
<header><div class="logo">{s['name']}</div><nav>{menu}</nav></header>
<div class="crumb">当前位置：{crumb}</div>
<div class="wrap"><main><h1>{title}</h1>
{body}
</main>
<aside><h3>相关推荐</h3><ul>{side}</ul><p class="small"><a href="{hub}">返回导航</a></p></aside></div>
<footer>{s['footer']}</footer>
</body></html>
"""

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    out = {}
    for p in PAGES:
        path = p["site"] + "/" + p["file"]
        out[path] = frame(p["site"], path, p["title"], p["body"], p["title"])
    for site in SITE_ORDER:
        path = site + "/index.html"
        items = "".join(f'<li><a href="{q["file"]}">{q["title"]}</a></li>' for q in site_pages(site))
        out[path] = frame(site, path, SITES[site]["name"], f"<ul class=\"list\">{items}</ul>", None)
    links = "".join(f'<li><a href="{s}/index.html">{SITES[s]["name"]}</a>（{SITES[s]["style"]}）</li>' for s in SITE_ORDER)
    out["index.html"] = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航 · 平凉庆阳常用站点</title></head>
<body><h1>网址导航</h1><ul>{links}</ul></body></html>
"""
    for path, html in out.items():
        fp = os.path.join(SITE, path)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    meta = {p["site"] + "/" + p["file"]: p for p in PAGES}
    pages = []
    for path in sorted(out):
        p = meta.get(path)
        if p:
            pages.append(dict(path="/" + path, is_offer=p["is_offer"], operator=p["operator"],
                              provider=p["provider"], identifiers=p["identifiers"], note=p["note"]))
        else:
            pages.append(dict(path="/" + path, is_offer=False, operator=None, provider=None,
                              identifiers=[], note="hub" if path == "index.html" else "site index page"))
    operators = {}
    for p in PAGES:
        op = p["operator"]
        if op and op.startswith("U"):
            o = operators.setdefault(op, dict(brands=[], identifiers=[]))
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for d in DECOYS:
        pg = sorted("/" + path for path, html in out.items() if any(w in html for w in d["written"]))
        decoys.append(dict(kind=d["kind"], value=d["value"], written=d["written"], pages=pg, why=d["why"]))
    truth = dict(pages=pages, operators=dict(sorted(operators.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
