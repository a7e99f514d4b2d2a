#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
ads seen from Wuzhou, plus truth.json. Standard library only, deterministic."""
import json, os, shutil, html

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for c, wi in zip(code8, w):
        v = int(c) if c.isdigit() else ord(c) - 55
        s += v * wi
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return body + ALPHA[r]

USCC_U01 = uscc("52450400", "MJ7316A2")
USCC_U04 = uscc("52450403", "MJ6840B5")
USCC_U06 = uscc("91450103", "MA5QK7T3")
USCC_U09 = uscc("91450100", "MA5L3R8C")

# ---------------------------------------------------------------- sites
SITES = {
 "wzzhilian": dict(name="梧州市智联职业培训学校", style="training-company site",
   nav=["首页", "培训项目", "师资团队", "学员风采", "联系我们"],
   footer="梧州市智联职业培训学校 版权所有 · 地址：梧州市万秀区西江二路 · 办学许可证号 教民145040070000318号"),
 "kechengtong": dict(name="课程通 - 职业技能好课平台", style="course marketplace",
   nav=["首页", "职业技能", "IT互联网", "考证专区", "机构入驻"],
   footer="课程通 客服热线 400-618-5200（9:00-21:00） 客服邮箱 kefu@kechengtong.com 课程通仅提供信息展示服务，课程由入驻机构提供"),
 "wzbbs": dict(name="梧州在线论坛", style="local forum",
   nav=["论坛首页", "梧州杂谈", "求职招聘", "学习考证", "消费维权"],
   footer="梧州在线论坛 站务QQ群：512870036 · 违法和不良信息举报 · 本帖观点仅代表作者本人"),
 "fenlei": dict(name="梧州百姓分类信息网", style="classifieds",
   nav=["首页", "房产", "招聘", "教育培训", "二手", "本地服务"],
   footer="梧州百姓分类信息网 www.wzbaixing.com 桂ICP备18004521号-1 发布信息请遵守相关法律法规"),
 "wenda": dict(name="问答吧", style="Q&A site",
   nav=["首页", "教育", "职场", "数码", "我要提问"],
   footer="问答吧 · 回答内容由网友提供，仅供参考 · 联系我们 wendaba@wendaba.net"),
 "wxwz": dict(name="搜文网 · 公众号文章聚合", style="WeChat article reposts",
   nav=["首页", "教育", "职场", "本地", "科技"],
   footer="搜文网 本站文章转载自微信公众号 mp.weixin.qq.com，版权归原作者所有 · 桂ICP备2021007763号"),
 "dsp": dict(name="抖一下 网页版", style="short-video pages",
   nav=["推荐", "同城", "知识", "直播"],
   footer="抖一下 · 未成年人保护 · 违法和不良信息举报邮箱 jubao@douyixia.com"),
 "xjnews": dict(name="西江在线", style="news portal",
   nav=["首页", "梧州新闻", "教育", "民生", "财经", "专题"],
   footer="西江在线 新闻热线 0774-2022110 · 未经授权禁止转载"),
 "wzxy": dict(name="梧州信息职业学院", style="college",
   nav=["学院首页", "学院概况", "招生就业", "继续教育", "通知公告"],
   footer="梧州信息职业学院 继续教育学院 · 地址：梧州市长洲区富民三路"),
 "rsj": dict(name="某市人力资源和社会保障局", style="人社局 notice site",
   nav=["首页", "政务公开", "通知公告", "办事服务", "政策解读"],
   footer="主办：市人力资源和社会保障局 · 咨询电话 0774-2822096 · 人社服务热线 12333"),
 "shop": dict(name="淘好课 · 网店", style="shop",
   nav=["首页", "分类", "店铺", "购物车"],
   footer="淘好课 商城客服 0571-88157858 · 消费者权益保护 12315 · 付款请认准平台担保交易"),
}
ORDER = list(SITES)

PAGES = []

def P(site, name, title, body, offer=False, op=None, provider=None, ids=(), note="", side=""):
    PAGES.append(dict(site=site, path="/%s/%s" % (site, name), title=title, body=body,
        is_offer=offer, operator=op, provider=provider, identifiers=[list(x) for x in ids],
        note=note, side=side))

def ph(v):  # mobile
    return "+86" + v

# ---------------------------------------------------------------- U01 智联 (honest school)
P("wzzhilian", "ai-5ji.html", "人工智能训练师（五级/初级工）培训班招生简章 - 智联职培",
"""<h1>人工智能训练师（数据标注员）五级培训班 第12期招生</h1>
<p>职业编码 4-04-05-05，工种：数据标注员。依据《人工智能训练师国家职业技能标准（2021年版）》组织教学，理论+实操，共60课时，周末班。</p>
<p><b>报名条件：</b>累计从事本职业或相关职业工作满1年，或本职业学徒期满。初中及以上学历。报名时请带身份证、工作证明。</p>
<p><b>费用：</b>培训费1680元（含教材、实操平台账号），认定考试费按评价机构标准另收。符合条件的参保职工取证后可按规定申请技能提升补贴，具体以人社部门审核为准，我校不承诺补贴金额。</p>
<p>证书为职业技能等级证书，由备案的评价机构颁发，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。证书编号样式如 S000045123456253000128（仅示意）。</p>
<p>考试地点：梧州市技工学校考点（前台 0774-3829000，仅负责考场事务）。</p>
<p>咨询：黄老师 138 7741 2345 &nbsp; 学校办公室 0774-3863120<br>
办学单位：梧州市智联职业培训学校（统一社会信用代码 %s）<br>官网 www.wzzhilian.cn</p>""" % USCC_U01,
 True, "U01", "梧州市智联职业培训学校",
 [("phone", ph("13877412345"), "138 7741 2345"), ("phone", "07743863120", "0774-3863120"),
  ("uscc", USCC_U01, USCC_U01), ("domain", "wzzhilian.cn", "www.wzzhilian.cn")],
 "training school's own course page, level 5, honest")
P("wzzhilian", "ai-34ji.html", "人工智能训练师四级/三级提升班 - 智联职培",
"""<h1>人工智能训练师 四级（中级工）/三级（高级工）提升班</h1>
<p>适合已取得五级证书并从事数据标注、模型测试工作的在职人员。四级50课时，三级40课时，课程覆盖数据采集和处理、数据标注、智能系统运维、业务分析、智能训练等模块。</p>
<p>申报需满足国家职业技能标准规定的年限条件，报名前由老师按工作年限帮您核对，不符合条件的不收费。</p>
<p>学费：四级2280元，三级2680元，分两期缴纳。考务费另计。</p>
<p>报名方式：现场报名或加微信 wzzl_ai2024（备注“四级”），电话 138-7741-2345。</p>
<p>线上报名表：jinshuju.net/f/Wz7kQ2（金数据表单）</p>""",
 True, "U01", "智联职培",
 [("wechat", "wzzl_ai2024", "wzzl_ai2024"), ("phone", ph("13877412345"), "138-7741-2345")],
 "training school's own course page, levels 4/3")
P("fenlei", "jy-30871.html", "梧州 人工智能训练师培训 周末班 万秀区 - 教育培训",
"""<h1>【智联AI学堂】人工智能训练师培训 周末班 可考五级</h1>
<table class="kv"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>万秀区</td></tr><tr><td>联系人</td><td>黄老师</td></tr></table>
<p>数据标注、AI模型测试方向，正规备案评价机构认定，证书联网可查。小班教学，每期限30人。学费1680，参保的朋友取证后可以问问能不能申请补贴。</p>
<p>考点在梧州市技工学校，考点前台 0774-3829000。</p>
<p>联系我时请说是在百姓分类看到的。电话：138-7741-2345 微信同号 / 微信：WZZL_AI2024</p>""",
 True, "U01", "智联AI学堂",
 [("phone", ph("13877412345"), "138-7741-2345"), ("wechat", "wzzl_ai2024", "WZZL_AI2024")],
 "classified ad by U01 under a shorter brand")
P("wxwz", "a-20250412.html", "梧州这个新职业火了！人工智能训练师第12期开班啦",
"""<h1>梧州这个新职业火了！人工智能训练师第12期开班啦</h1>
<p class="src">来源公众号：梧州智联教育 · 转载</p>
<p>2020年人社部等三部门发布新职业，人工智能训练师（4-04-05-05）就在其中。做数据标注、AI测试，需求越来越大。</p>
<p>我们学校已经办了11期，学员多在本地数据标注基地和电商企业就业。本期五级班4月19日开课。</p>
<p>注意：报考五级需要相关工作满1年或学徒期满，不符合条件的同学请先别交钱，可以先来听公开课。</p>
<p>长按识别二维码加老师微信：WZZL_AI2024<br>学校电话：（0774）3863120</p>""",
 True, "U01", "梧州智联教育",
 [("wechat", "wzzl_ai2024", "WZZL_AI2024"), ("phone", "07743863120", "（0774）3863120")],
 "repost of U01's WeChat article")

# ---------------------------------------------------------------- U02 中科智训 (dishonest)
P("kechengtong", "course-88213.html", "人工智能训练师证 三级 包过班 人社部颁发 全国通用 - 课程通",
"""<h1>人工智能训练师（三级/高级工）考证直通班</h1>
<div class="price">¥3980 <del>¥6800</del> 限时特惠</div>
<ul><li>人社部颁发，国家职业资格证书，全国通用，终身有效</li><li>零基础可报，不限学历不限经验</li><li>不过全额退费，包过！</li><li>三级+四级+五级三证联报再减1000</li></ul>
<p>机构：中科智训（广西）人工智能认证中心 &nbsp; 课程编号：KC-2025-08213</p>
<p>报名咨询：4008 826 617 &nbsp; 客服QQ：2851937740</p>
<p class="tip">报名表：请输入手机号，如 13800138000</p>""",
 True, "U02", "中科智训（广西）人工智能认证中心",
 [("phone", "4008826617", "4008 826 617"), ("qq", "2851937740", "2851937740")],
 "marketplace listing, scam wording (包过, 人社部颁发, 三证联报)")
P("dsp", "v-7391025.html", "人工智能训练师证书，拿证就能涨工资！",
"""<h1>@智训AI认证 · 人工智能训练师证书，拿证就能涨工资！</h1>
<p class="desc">#人工智能训练师 #考证 #副业 零基础也能考二级技师！国家认可，官方认证，免培训直接考，一次通过。</p>
<p>字幕：别再问了，这个证现在不考以后就没了……评论区扣1，私信发你报名方式</p>
<div class="comments"><p>用户A：真的假的 二级要多少钱</p><p>作者回复：私信了宝子，或者加扣扣2851937740，微信 zkzx_kefu01</p></div>""",
 True, "U02", "智训AI认证",
 [("qq", "2851937740", "2851937740"), ("wechat", "zkzx_kefu01", "zkzx_kefu01")],
 "short video by U02, 零基础二级")
P("wenda", "q-552108.html", "人工智能训练师证书哪里可以考？梧州的",
"""<h1>人工智能训练师证书哪里可以考？梧州的</h1>
<p class="q">提问者：梧州小李 · 想考一个，听说能加工资</p>
<div class="ans"><p><b>最佳回答</b>（认证用户：国智训教育顾问）</p>
<p>你好，我们国智训教育常年招生，人社部颁发的，全国联网可查，初级中级高级都可以报，不用去考场，线上考试包通过。</p>
<p>详询 400 882 6617，报名当月出证。</p></div>""",
 True, "U02", "国智训教育",
 [("phone", "4008826617", "400 882 6617")],
 "Q&A answer advertising U02 under another brand")
P("shop", "item-61877.html", "【官方认证】人工智能训练师证报名 高级工 全国通用 可挂靠 - 淘好课",
"""<h1>【官方认证】人工智能训练师证报名 高级工 全国通用 可挂靠</h1>
<div class="price">￥2980.00 已售 1.2万+</div>
<p>店铺：智训AI认证中心旗舰店</p>
<p>宝贝详情：证书可挂靠企业，每年躺赚2万起；工信部认证，官网可查；报名即送题库，包过班。</p>
<p>拍下后请加客服微信 ZKZX_KEFU01 登记信息。对公收款：广州智训信息科技有限公司</p>
<p>付款遇到问题可联系支付宝客服 95188。</p>""",
 True, "U02", "智训AI认证中心旗舰店",
 [("wechat", "zkzx_kefu01", "ZKZX_KEFU01"), ("other", "广州智训信息科技有限公司", "广州智训信息科技有限公司")],
 "shop item, 挂靠 lure")

# ---------------------------------------------------------------- U03 鼎学 (dishonest, local)
P("wzbbs", "thread-118872.html", "【学习考证】有没有一起考人工智能训练师的？鼎学在招",
"""<h1>有没有一起考人工智能训练师的？鼎学在招</h1>
<div class="post"><p class="au">楼主：鼎学小助手</p>
<p>梧州本地机构，人工智能训练师二级技师直接报，不看学历不看工龄，45天拿证，可以评职称。名额有限。</p>
<p>报名电话 159 7740 5183，V：dingxue0774</p></div>
<div class="post"><p class="au">2楼 西江边的风</p><p>二级不是要三级证书再干好几年吗？？</p></div>
<div class="post"><p class="au">3楼 Lily</p><p>我也想考，楼主加我微信 lily_wz1990 发下资料</p></div>
<div class="post"><p class="au">4楼 鼎学小助手</p><p>已加，特殊通道不用那些条件的</p></div>""",
 True, "U03", "鼎学",
 [("phone", ph("15977405183"), "159 7740 5183"), ("wechat", "dingxue0774", "dingxue0774")],
 "forum thread by U03, level 2 to beginners")
P("fenlei", "jy-31902.html", "鼎学职业技能 人工智能训练师 技师 高级技师 速成 - 教育培训",
"""<h1>鼎学职业技能培训 人工智能训练师 四级/三级/二级 速成</h1>
<table class="kv"><tr><td>类别</td><td>职业资格</td></tr><tr><td>区域</td><td>长洲区</td></tr><tr><td>联系人</td><td>周主任</td></tr></table>
<p>一次报名三级连考，内部渠道，速成拿证，挂网可查。证书直接对应职称。</p>
<p>考试统一安排在梧州市技工学校，前台 0774-3829000 可问考场位置。</p>
<p>座机：0774-3856217 手机：15977405183</p>""",
 True, "U03", "鼎学职业技能培训",
 [("phone", "07743856217", "0774-3856217"), ("phone", ph("15977405183"), "15977405183")],
 "classified by U03")
P("wxwz", "a-20250306.html", "人社部证书退出，这个证书来接盘！人工智能训练师报名最后一批",
"""<h1>人社部证书退出，这个证书来接盘！人工智能训练师报名最后一批</h1>
<p class="src">来源公众号：梧州鼎学 · 转载</p>
<p>很多证书都取消了，但是人工智能训练师是新职业，国家急需！现在报名，不用考试，走过场直接发证。</p>
<p>一级高级技师、二级技师均可报，拿证后可以落户加分、评职称。</p>
<p>报名加微信：dingxue0774 &nbsp; 资料发邮箱：dingxue_edu@163.com</p>""",
 True, "U03", "梧州鼎学",
 [("wechat", "dingxue0774", "dingxue0774"), ("email", "dingxue_edu@163.com", "dingxue_edu@163.com")],
 "WeChat repost by U03, 接盘 slogan")
P("wenda", "q-553417.html", "人工智能训练师二级能直接考吗？没有工作经验",
"""<h1>人工智能训练师二级能直接考吗？没有工作经验</h1>
<p class="q">提问者：匿名用户</p>
<div class="ans"><p><b>网友回答</b>（鼎学周老师）</p>
<p>可以的，我们这边有绿色通道，二级技师直接报，不需要前面的证书。资料发我邮箱 dingxue_edu#163.com（#换成@），或者打 0774 3856217。</p></div>
<div class="ans"><p><b>网友回答</b>（路过的HR）</p><p>按标准，二级要三级证书加年限，别信绿色通道。</p></div>""",
 True, "U03", "鼎学",
 [("email", "dingxue_edu@163.com", "dingxue_edu#163.com"), ("phone", "07743856217", "0774 3856217")],
 "Q&A answer by U03, obfuscated e-mail")

# ---------------------------------------------------------------- U04 华技 (honest)
P("kechengtong", "course-90417.html", "人工智能训练师（数据标注员）五级 线下班 - 华技培训 - 课程通",
"""<h1>人工智能训练师（数据标注员）五级 线下班</h1>
<div class="price">¥1500</div>
<ul><li>60课时，理论与实操结合</li><li>报名须满足：相关工作满1年或学徒期满</li><li>认定由备案评价机构组织，考务费另计</li></ul>
<p>机构：梧州市华技职业技能培训中心 &nbsp; 课程编号：KC-2025-09417</p>
<p>咨询电话：0774-2829105，邮箱 huajipx@126.com。政策问题也可拨打12333咨询。</p>
<p class="tip">报名表：请输入手机号，如 13800138000</p>""",
 True, "U04", "梧州市华技职业技能培训中心",
 [("phone", "07742829105", "0774-2829105"), ("email", "huajipx@126.com", "huajipx@126.com")],
 "marketplace listing by honest U04")
P("wzxy", "jxjy-2025-07.html", "继续教育学院关于举办人工智能训练师职业技能培训班的通知",
"""<h1>关于举办人工智能训练师（四级、五级）职业技能培训班的通知</h1>
<p>为服务地方数字经济发展，继续教育学院与梧州市华技职业技能培训中心合作举办人工智能训练师培训班，面向社会招生。</p>
<p>一、培训内容：依据2021年版国家职业技能标准，五级60课时，四级50课时。<br>二、报名条件：按标准规定执行，报名时审核工作年限证明。<br>三、费用：五级1500元，四级1900元。<br>四、证书：考核合格者由备案评价机构颁发职业技能等级证书，可登录 zscx.osta.org.cn 查询，证书编号样式如 S000045123456253000128。</p>
<p>补贴政策请咨询市人社局 0774-2822096 或 12333。</p>
<p>联系人：华技培训中心 蒙老师 0774—2829105<br>合作机构统一社会信用代码：%s</p>""" % USCC_U04,
 True, "U04", "梧州市华技职业技能培训中心",
 [("phone", "07742829105", "0774—2829105"), ("uscc", USCC_U04, USCC_U04)],
 "college notice for course run with U04")
P("xjnews", "edu-20250620.html", "【教育】数据标注岗位缺人 本地培训机构开设人工智能训练师课程",
"""<h1>数据标注岗位缺人 本地培训机构开设人工智能训练师课程</h1>
<p class="meta">西江在线 2025-06-20 教育频道（推广）</p>
<p>记者走访发现，随着本地数据标注基地扩产，企业对持证数据标注员需求增加。梧州市华技职业技能培训中心负责人介绍，该中心开设人工智能训练师五级、四级课程，严格按照标准审核报名条件。</p>
<p>“我们不承诺包过，也不卖证。”负责人说。报名咨询 0774-2829105，或发送邮件至 HUAJIPX@126.COM。</p>""",
 True, "U04", "梧州市华技职业技能培训中心",
 [("phone", "07742829105", "0774-2829105"), ("email", "huajipx@126.com", "HUAJIPX@126.COM")],
 "sponsored news piece for U04")

# ---------------------------------------------------------------- U05 启航 AI副业 (dishonest short video)
P("dsp", "v-7402218.html", "90%小白都能学会！AI训练师月入过万",
"""<h1>@小启老师聊AI · 90%小白都能学会！AI训练师月入过万</h1>
<p class="desc">#AI副业 #人工智能训练师 原价9999限时99！学完送人工智能训练师证书，拿证便可升职加薪</p>
<p>字幕：宝子们，在家动动手指就能做数据标注，一单几十块，还送国家证书……</p>
<div class="comments"><p>用户B：证书是哪里发的</p><p>作者回复：联合国开发计划署UNDP联合认证，V我 Qh_Ai8899</p></div>""",
 True, "U05", "小启老师聊AI",
 [("wechat", "qh_ai8899", "Qh_Ai8899")],
 "short video by U05, 原价9999限时99")
P("dsp", "v-7410936.html", "人工智能训练师直播课回放 第3讲",
"""<h1>@启航AI副业营 · 人工智能训练师直播课回放 第3讲</h1>
<p class="desc">今晚8点继续直播！报名399元训练营，结营送三级证书，不用考试。</p>
<p>置顶评论：报名找助教 199 7741 3362（微信同号 qh_ai8899）</p>
<div class="comments"><p>用户C：付了钱老师不回了怎么办</p><p>用户D：去12315投诉</p></div>""",
 True, "U05", "启航AI副业营",
 [("phone", ph("19977413362"), "199 7741 3362"), ("wechat", "qh_ai8899", "qh_ai8899")],
 "short video replay page by U05")
P("shop", "item-62290.html", "AI人工智能训练师入门课+证书 副业兼职 数据标注 - 淘好课",
"""<h1>AI人工智能训练师入门课+证书 副业兼职 数据标注</h1>
<div class="price">￥99.00 <del>￥9999.00</del></div>
<p>店铺：启航AI副业营</p>
<p>拍下即可进群学习，学完送证书。课程售后联系助教19977413362。</p>
<p>收款方：南宁市青秀区启航信息咨询服务部（请核对）</p>
<p class="roll">最近成交：订单号 13920250774 王** 已付款</p>
<p>付款遇到问题可联系支付宝客服 95188。</p>""",
 True, "U05", "启航AI副业营",
 [("phone", ph("19977413362"), "19977413362"), ("other", "南宁市青秀区启航信息咨询服务部", "南宁市青秀区启航信息咨询服务部")],
 "shop item by U05")
P("wenda", "q-554901.html", "在家做AI训练师兼职靠谱吗？",
"""<h1>在家做AI训练师兼职靠谱吗？</h1>
<p class="q">提问者：宝妈一枚</p>
<div class="ans"><p><b>网友回答</b>（AI副业导师）</p>
<p>靠谱的，我带的学员很多月入过万，零基础可学，还送人工智能训练师证书。有兴趣加我 qh_ai8899 领取免费体验课。</p></div>
<div class="ans"><p><b>网友回答</b>（热心网友）</p><p>交钱之前先问清楚证书是谁发的，能不能在 zscx.osta.org.cn 查到。我的QQ 84750213 可以交流。</p></div>""",
 True, "U05", "AI副业导师",
 [("wechat", "qh_ai8899", "qh_ai8899")],
 "Q&A answer by U05")

# ---------------------------------------------------------------- U06 国职 (fake query site)
P("fenlei", "jy-32455.html", "国职认证 人工智能训练师证 官网可查 - 教育培训",
"""<h1>国职认证 人工智能训练师证 官网可查 全国通用</h1>
<table class="kv"><tr><td>类别</td><td>职业资格</td></tr><tr><td>区域</td><td>梧州全市</td></tr><tr><td>联系人</td><td>刘经理</td></tr></table>
<p>国家职业资格证书，国职人才评价网官网可查，五级到一级均可办理，3个月出证。</p>
<p>手机 151 0774 9031 &nbsp; 学员QQ群 738291064</p>
<p>报名表：jinshuju.net/f/Gz9pLx</p>""",
 True, "U06", "国职认证",
 [("phone", ph("15107749031"), "151 0774 9031"), ("qq_group", "738291064", "738291064")],
 "classified by U06")
P("wxwz", "a-20250519.html", "重磅！人工智能训练师证书查询入口开通",
"""<h1>重磅！人工智能训练师证书查询入口开通</h1>
<p class="src">来源公众号：国职人才评价服务 · 转载</p>
<p>即日起，国职人才评价网正式开通人工智能训练师证书查询，登录 www.guozhirc.com.cn 输入姓名、身份证号即可查询，国家人才库备案，终身有效。</p>
<p>报名请加学员群：738291064（群满请私信）</p>""",
 True, "U06", "国职人才评价服务",
 [("domain", "guozhirc.com.cn", "www.guozhirc.com.cn"), ("qq_group", "738291064", "738291064")],
 "WeChat repost by U06, fake query site")
P("kechengtong", "course-90883.html", "国家人才库备案 人工智能训练师证书 五级至一级 - 课程通",
"""<h1>国家人才库备案 人工智能训练师证书（五级至一级）</h1>
<div class="price">¥1280 起</div>
<ul><li>全国人才评价中心颁发，官网 GUOZHIRC.COM.CN 可查</li><li>无需到场考试，线上答题</li></ul>
<p>机构：国职认证（广西）服务中心有限公司 统一社会信用代码 %s &nbsp; 课程编号：KC-2025-09883</p>
<p>联系：15107749031 刘经理</p>""" % USCC_U06,
 True, "U06", "国职认证（广西）服务中心有限公司",
 [("domain", "guozhirc.com.cn", "GUOZHIRC.COM.CN"), ("uscc", USCC_U06, USCC_U06), ("phone", ph("15107749031"), "15107749031")],
 "marketplace listing by U06, 91 code behind state-sounding name")

# ---------------------------------------------------------------- U07 桂东职培 林老师 (honest individual-ish)
P("wzbbs", "thread-119304.html", "【学习考证】分享：人工智能训练师五级考试经验 + 我们在开班",
"""<h1>分享：人工智能训练师五级考试经验 + 我们在开班</h1>
<div class="post"><p class="au">楼主：桂东职培林老师</p>
<p>去年带了三期数据标注员五级，说几点：1. 五级要相关工作满一年或学徒期满；2. 理论和实操都要过60分；3. 证书能在全国联网查询平台查到才算数。</p>
<p>考点在梧州市技工学校，前台 0774-3829000 只管考场，报名别打他们电话。</p>
<p>我们桂东职培下月开新班，学费1600，有意向的电话 189-7740-6652 或微信 gdzp_lin。</p></div>
<div class="post"><p class="au">2楼 Lily</p><p>林老师加我微信 lily_wz1990</p></div>""",
 True, "U07", "桂东职培",
 [("phone", ph("18977406652"), "189-7740-6652"), ("wechat", "gdzp_lin", "gdzp_lin")],
 "forum post by U07, honest")
P("fenlei", "jy-32018.html", "人工智能训练师 数据标注员五级 培训 桂东职培 - 教育培训",
"""<h1>人工智能训练师（数据标注员）五级培训 小班 可开发票</h1>
<table class="kv"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>龙圩区</td></tr><tr><td>联系人</td><td>林老师</td></tr></table>
<p>按国家标准教学，报名审核工作年限，不承诺包过。学费1600元。</p>
<p>电话：189 7740 6652</p>""",
 True, "U07", "桂东职培",
 [("phone", ph("18977406652"), "189 7740 6652")],
 "classified by U07")
P("wenda", "q-555062.html", "梧州有正规的人工智能训练师培训吗？",
"""<h1>梧州有正规的人工智能训练师培训吗？</h1>
<p class="q">提问者：做电商的阿伟</p>
<div class="ans"><p><b>网友回答</b>（林老师 · 职业培训讲师）</p>
<p>有的。判断正规看三点：评价机构是否备案、证书能否在全国联网查询、有没有“包过”“不用考”这类话。我自己在桂东职培带五级班，想了解可以加微信 GDZP_LIN 或QQ 1548862093。</p></div>""",
 True, "U07", "桂东职培",
 [("wechat", "gdzp_lin", "GDZP_LIN"), ("qq", "1548862093", "1548862093")],
 "Q&A answer by U07")

# ---------------------------------------------------------------- U08 学证通 (dishonest online seller)
P("kechengtong", "course-91120.html", "人工智能训练师考证全程托管 学证通 - 课程通",
"""<h1>人工智能训练师考证全程托管（三级/二级）</h1>
<div class="price">¥4680</div>
<ul><li>官方指定报名点，命题组老师授课，内部信息押题</li><li>百分百通过率，不过免费重考</li></ul>
<p>机构：学证通教育科技 &nbsp; 课程编号：KC-2025-11120</p>
<p>客服邮箱 service@xuezhengtong.cn，QQ 3392017456</p>""",
 True, "U08", "学证通教育科技",
 [("email", "service@xuezhengtong.cn", "service@xuezhengtong.cn"), ("qq", "3392017456", "3392017456")],
 "marketplace listing by U08")
P("shop", "item-63015.html", "学证通 人工智能训练师 二级技师 报名 全程托管 - 淘好课",
"""<h1>学证通 人工智能训练师 二级技师 报名 全程托管</h1>
<div class="price">￥4680.00</div>
<p>店铺：学证通官方店</p>
<p>拍前请咨询：400-102-7738 / 企鹅 3392017456</p>
<p class="roll">最近成交：订单号 13920250774 李** 已付款</p>
<p>付款遇到问题可联系支付宝客服 95188。</p>""",
 True, "U08", "学证通官方店",
 [("phone", "4001027738", "400-102-7738"), ("qq", "3392017456", "3392017456")],
 "shop item by U08")
P("wxwz", "a-20250702.html", "2025年人工智能训练师报考全攻略（附报名入口）",
"""<h1>2025年人工智能训练师报考全攻略（附报名入口）</h1>
<p class="src">来源公众号：学证通 · 转载</p>
<p>人工智能训练师共五个等级……（正文略）报名入口：xuezhengtong.cn/ai，官方指定，名额紧张。</p>
<p>咨询热线 4001027738</p>""",
 True, "U08", "学证通",
 [("domain", "xuezhengtong.cn", "xuezhengtong.cn"), ("phone", "4001027738", "4001027738")],
 "WeChat repost by U08")
P("xjnews", "biz-20250715.html", "【财经·推广】学证通：让职业技能提升更简单",
"""<h1>学证通：让职业技能提升更简单</h1>
<p class="meta">西江在线 2025-07-15 财经频道（推广）</p>
<p>学证通教育科技成立以来，累计服务学员十万人次，本月推出人工智能训练师二级、三级“全程托管”服务，承诺“不过免费重考”。</p>
<p>官网：www.xuezhengtong.cn 合作邮箱：Service@XueZhengTong.cn</p>""",
 True, "U08", "学证通教育科技",
 [("domain", "xuezhengtong.cn", "www.xuezhengtong.cn"), ("email", "service@xuezhengtong.cn", "Service@XueZhengTong.cn")],
 "advertorial for U08")

# ---------------------------------------------------------------- U09 广西数标 (employer, honest)
P("wzxy", "jxjy-2025-09.html", "关于联合广西数标科技有限公司开展数据标注员等级认定培训的通知",
"""<h1>关于联合广西数标科技有限公司开展人工智能训练师（数据标注员）等级认定培训的通知</h1>
<p>学院与广西数标科技有限公司共建数据标注实训基地。企业作为用人单位开展职业技能等级认定，面向本院毕业生及社会人员招收订单班学员，学员入职满一年后可参加五级认定。</p>
<p>培训免费，实习期间企业发放补助。</p>
<p>企业联系电话：0771-5582306 &nbsp; 统一社会信用代码：%s</p>""" % USCC_U09,
 True, "U09", "广西数标科技有限公司",
 [("phone", "07715582306", "0771-5582306"), ("uscc", USCC_U09, USCC_U09)],
 "college notice: employer U09 enrolment")
P("xjnews", "job-20250810.html", "【民生】数据标注订单班开始报名 入职后可考人工智能训练师",
"""<h1>数据标注订单班开始报名 入职后可考人工智能训练师</h1>
<p class="meta">西江在线 2025-08-10 民生频道</p>
<p>广西数标科技梧州分部正在招收第三期数据标注订单班，学员培训合格后签约入职，工作满一年可参加企业组织的人工智能训练师五级认定。</p>
<p>报名电话：（0771）5582306，简历投递 HR@gxshubiao.com。</p>""",
 True, "U09", "广西数标科技",
 [("phone", "07715582306", "（0771）5582306"), ("email", "hr@gxshubiao.com", "HR@gxshubiao.com")],
 "news about U09 enrolment (invites enrolment)")
P("wxwz", "a-20250825.html", "数标招人啦｜数据标注订单班 包食宿 可考证",
"""<h1>数标招人啦｜数据标注订单班 包食宿 可考证</h1>
<p class="src">来源公众号：广西数标科技 · 转载</p>
<p>零门槛入职培训，结业后签约，入职满1年可参加人工智能训练师（数据标注员）五级认定，认定由公司作为用人单位组织。</p>
<p>投递简历：hr@gxshubiao.com<br>企业信用代码 %s</p>""" % USCC_U09,
 True, "U09", "广西数标科技",
 [("email", "hr@gxshubiao.com", "hr@gxshubiao.com"), ("uscc", USCC_U09, USCC_U09)],
 "WeChat repost by U09")

# ---------------------------------------------------------------- independents
P("kechengtong", "course-91506.html", "人工智能训练师 Python+数据标注 就业班 - 课程通",
"""<h1>人工智能训练师 Python+数据标注 就业班（可考四级）</h1>
<div class="price">¥2580</div>
<p>机构：梧州蓝鲸教育 &nbsp; 课程编号：KC-2025-11506</p>
<p>报考四级须符合标准规定的年限条件，报名时审核。</p>
<p>咨询：135 9774 3021</p>
<p class="tip">报名表：请输入手机号，如 13800138000</p>""",
 True, "I01", "梧州蓝鲸教育",
 [("phone", ph("13597743021"), "135 9774 3021")], "independent marketplace listing")
P("fenlei", "jy-33102.html", "个人辅导 人工智能训练师理论+实操 一对一 - 教育培训",
"""<h1>个人辅导 人工智能训练师理论+实操 一对一</h1>
<table class="kv"><tr><td>类别</td><td>家教辅导</td></tr><tr><td>区域</td><td>万秀区</td></tr><tr><td>联系人</td><td>张老师</td></tr></table>
<p>本人在数据标注公司做了四年质检，可辅导五级、四级的实操题，只做辅导不代报名。100元/小时。</p>
<p>电话 182-7743-5566，预约表 jinshuju.net/f/Zh3mAa</p>""",
 True, "I02", "张老师",
 [("phone", ph("18277435566"), "182-7743-5566")], "independent tutor classified")
P("wxwz", "a-20250611.html", "藤县启明培训学校人工智能训练师五级班招生",
"""<h1>藤县启明培训学校人工智能训练师五级班招生</h1>
<p class="src">来源公众号：藤县启明培训 · 转载</p>
<p>本校开设人工智能训练师（数据标注员）五级班，60课时，学费1380元，报名须符合标准条件。</p>
<p>报名电话：0774-7261133</p>""",
 True, "I03", "藤县启明培训学校",
 [("phone", "07747261133", "0774-7261133")], "independent WeChat repost")
P("dsp", "v-7425507.html", "AI小白姐：我是怎么考到人工智能训练师四级的",
"""<h1>@AI小白姐 · 我是怎么考到人工智能训练师四级的</h1>
<p class="desc">#人工智能训练师 分享备考经验，我整理的实操笔记和训练营开放报名，199元，不包过哦，证书要自己考</p>
<p>置顶评论：报名加V xiaobaijie_ai</p>""",
 True, "I04", "AI小白姐",
 [("wechat", "xiaobaijie_ai", "xiaobaijie_ai")], "independent short video")
P("shop", "item-64420.html", "人工智能训练师五级 理论题库+实操视频课 - 淘好课",
"""<h1>人工智能训练师五级 理论题库+实操视频课</h1>
<div class="price">￥168.00</div>
<p>店铺：梧州优学堂</p>
<p>本店只卖学习资料和网课，不代办证书。售后QQ：2206739158</p>
<p class="roll">最近成交：订单号 13920250774 陈** 已付款</p>""",
 True, "I05", "梧州优学堂",
 [("qq", "2206739158", "2206739158")], "independent shop item")
P("wzbbs", "thread-120077.html", "【学习考证】岑溪有没有想学数据标注的，我开个小班",
"""<h1>岑溪有没有想学数据标注的，我开个小班</h1>
<div class="post"><p class="au">楼主：岑溪陈工</p>
<p>在深圳做了几年标注和模型测试，回岑溪了。周末开个人工智能训练师五级备考小班，6人起，800元。邮箱 chen_aitrain@qq.com</p></div>
<div class="post"><p class="au">2楼 路人甲</p><p>顶一个</p></div>""",
 True, "I06", "岑溪陈工",
 [("email", "chen_aitrain@qq.com", "chen_aitrain@qq.com")], "independent forum post")

# ---------------------------------------------------------------- non-offers
P("wzbbs", "thread-117650.html", "【消费维权】被人工智能训练师“包过班”骗了3980，大家小心",
"""<h1>被人工智能训练师“包过班”骗了3980，大家小心</h1>
<div class="post"><p class="au">楼主：不想再被骗</p>
<p>去年在网上报了个“人社部颁发”的人工智能训练师三级，交了3980，说包过，结果发来一个查不到的证。打对方电话 171 7741 2208 已经停机。</p>
<p>大家报名前一定去 zscx.osta.org.cn 查机构和证书，有问题打12333或者12315投诉。</p></div>
<div class="post"><p class="au">2楼 Lily</p><p>同被骗，加我微信 lily_wz1990 一起维权</p></div>""",
 note="forum complaint thread, quotes a scam number")
P("wenda", "q-550033.html", "人工智能训练师证书是人社部颁发的吗？",
"""<h1>人工智能训练师证书是人社部颁发的吗？</h1>
<p class="q">提问者：匿名用户</p>
<div class="ans"><p><b>最佳回答</b>（职业规划师）</p>
<p>不是。2019年改革后，人工智能训练师是职业技能等级证书，由备案的评价机构颁发，人社部门不直接发证。证书可在 zscx.osta.org.cn 查询，机构备案情况可在 osta.mohrss.gov.cn 查看。</p>
<p>凡是“包过”“免考直接发证”“二级零基础直接报”的都要警惕，可拨打12333咨询。</p></div>""",
 note="Q&A explainer, warning")
P("wxwz", "a-20250401.html", "一文看懂：人工智能训练师五个等级怎么报？",
"""<h1>一文看懂：人工智能训练师五个等级怎么报？</h1>
<p class="src">来源公众号：职场百科 · 转载</p>
<p>人工智能训练师（4-04-05-05）分五级到一级，两个工种：数据标注员、人工智能算法测试员。五级要求相关工作满1年或学徒期满；四级及以上需要逐级取得证书并满足年限。</p>
<p>技能提升补贴：五级、四级、三级最高分别为1000、1500、2000元，须参保满一年。一级、二级没有全国统一的此类补贴。</p>
<p>查证：zscx.osta.org.cn。官方信息以 osta.mohrss.gov.cn 为准。</p>""",
 note="guide article, non-offer")
P("xjnews", "news-20250528.html", "警惕“山寨证书”！我市通报多起职业技能培训诈骗",
"""<h1>警惕“山寨证书”！我市通报多起职业技能培训诈骗</h1>
<p class="meta">西江在线 2025-05-28 梧州新闻</p>
<p>近期，有市民反映在网上报名“人工智能训练师包过班”后被骗。警方提示，涉案号码 17177412208 等已被标记，请市民勿与其联系。</p>
<p>市人社局提醒：职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询；咨询电话 0774-2822096，或拨打12333。消费纠纷可拨打12315。</p>""",
 note="news warning with a scam number")
P("rsj", "tzgg-2025-031.html", "关于警惕“山寨证书”和虚假职业技能培训广告的提醒",
"""<h1>关于警惕“山寨证书”和虚假职业技能培训广告的提醒</h1>
<p class="meta">发布日期：2025-04-02 来源：职业能力建设科</p>
<p>一、人工智能训练师等职业技能等级证书由经人社部门备案的评价机构颁发，政府部门不参与监制，“人社部颁发”的说法不符合规定。</p>
<p>二、凡宣称“包过”“免培训直接发证”“不限学历、零基础直接报考技师”的，请勿轻信。</p>
<p>三、证书真伪请登录技能人才评价证书全国联网查询 zscx.osta.org.cn 核验，评价机构目录见 osta.mohrss.gov.cn。</p>
<p>咨询电话：0774-2822096；人社服务热线：12333。</p>""",
 note="official-style warning notice")

# ---------------------------------------------------------------- decoys (written forms)
DECOYS = [
 ("phone", "12333", ["12333"], "national 人社 service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4006185200", ["400-618-5200"], "marketplace 课程通 footer customer service"),
 ("email", "kefu@kechengtong.com", ["kefu@kechengtong.com"], "marketplace footer e-mail"),
 ("qq_group", "512870036", ["512870036"], "forum's own QQ group in footer"),
 ("other", "桂ICP备18004521号-1", ["桂ICP备18004521号-1"], "classifieds site ICP in footer"),
 ("domain", "wzbaixing.com", ["www.wzbaixing.com"], "classifieds platform's own domain"),
 ("other", "桂ICP备2021007763号", ["桂ICP备2021007763号"], "repost site ICP in footer"),
 ("domain", "mp.weixin.qq.com", ["mp.weixin.qq.com"], "WeChat platform domain in repost footer"),
 ("email", "jubao@douyixia.com", ["jubao@douyixia.com"], "short-video platform report mailbox"),
 ("phone", "07742022110", ["0774-2022110"], "news portal hotline"),
 ("phone", "057188157858", ["0571-88157858"], "shop platform customer service"),
 ("phone", "07742822096", ["0774-2822096"], "人社局 consultation phone quoted by seller and notices"),
 ("phone", "+8617177412208", ["171 7741 2208", "17177412208"], "scam number quoted in complaint and news"),
 ("phone", "+8613920250774", ["13920250774"], "shop order number shaped like a mobile"),
 ("other", "S000045123456253000128", ["S000045123456253000128"], "sample certificate number"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder in sign-up form"),
 ("wechat", "lily_wz1990", ["lily_wz1990"], "forum reader's own WeChat in comments"),
 ("qq", "84750213", ["84750213"], "Q&A reader's own QQ"),
 ("phone", "07743829000", ["0774-3829000"], "exam venue front desk"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
]

# ---------------------------------------------------------------- rendering
CSS = {
 "wzzhilian": "body{font-family:sans-serif;margin:0}header{background:#0b5;color:#fff;padding:8px}nav a{color:#fff;margin:0 8px}.wrap{display:flex}main{flex:3;padding:12px}aside{flex:1;background:#f3f3f3;padding:12px}",
 "kechengtong": "body{font-family:Arial;background:#fafafa}.top{background:#f60;color:#fff}.price{color:#f40;font-size:22px}.grid{display:grid;grid-template-columns:3fr 1fr}",
 "wzbbs": "body{font:13px SimSun;background:#e8eef7}.post{border:1px solid #9ab;margin:6px;padding:6px;background:#fff}.au{color:#369}",
 "fenlei": "body{font-family:sans-serif}.kv td{border:1px solid #ccc;padding:3px}.hd{background:#c00;color:#fff}",
 "wenda": "body{font-family:sans-serif}.ans{border-top:1px solid #ddd;margin-top:8px}.q{color:#888}",
 "wxwz": "body{max-width:680px;margin:auto;font-family:sans-serif}.src{color:#576b95}",
 "dsp": "body{background:#161823;color:#eee;font-family:sans-serif}a{color:#fe2c55}.desc{font-size:15px}",
 "xjnews": "body{font-family:SimSun}.meta{color:#999}.mast{border-bottom:3px solid #b00}",
 "wzxy": "body{font-family:SimSun;background:#eef}.banner{background:#036;color:#fff;padding:10px}",
 "rsj": "body{font-family:SimSun}.gov{background:#a00;color:#fff;padding:10px}.meta{color:#666}",
 "shop": "body{font-family:sans-serif}.price{color:#ff5000;font-size:24px}.roll{color:#999;font-size:12px}",
}

def esc(s):
    return html.escape(s, quote=True)

def site_pages(site):
    return [p for p in PAGES if p["site"] == site]

def sidebar(site, page):
    others = [p for p in site_pages(site) if p is not page and not p["path"].endswith("/index.html")][:5]
    rel = "".join('<li><a href="%s">%s</a></li>' % (esc(os.path.basename(p["path"])), esc(p["title"][:28])) for p in others)
    extra = {
      "wzzhilian": "<h3>联系我们</h3><p>校址：万秀区西江二路<br>办公时间：周一至周六 8:30-17:30</p>",
      "kechengtong": "<h3>为你推荐</h3>",
      "wzbbs": "<h3>版块热帖</h3>",
      "fenlei": "<h3>同类信息</h3><p class=\"warn\">温馨提示：凡要求预付费用的请谨慎。</p>",
      "wenda": "<h3>相关问题</h3>",
      "wxwz": "<h3>相关阅读</h3>",
      "dsp": "<h3>相关推荐</h3>",
      "xjnews": "<h3>热点新闻</h3>",
      "wzxy": "<h3>快速通道</h3><p>教务系统 · 图书馆 · 校历</p>",
      "rsj": "<h3>便民服务</h3><p>社保查询 · 就业服务 · 职业培训补贴申领</p>",
      "shop": "<h3>看了又看</h3>",
    }[site]
    return '<aside class="side">%s<ul>%s</ul></aside>' % (extra, rel)

def render(page):
    s = SITES[page["site"]]
    nav = "".join('<a href="index.html">%s</a>' % esc(n) for n in s["nav"])
    crumb = '<div class="crumb"><a href="../index.html">网址导航</a> &gt; <a href="index.html">%s</a> &gt; %s</div>' % (esc(s["name"]), esc(page["title"][:20]))
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>
<body><header class="hdr"><div class="logo">%s</div><nav>%s</nav></header>
%s
<div class="wrap"><main>%s</main>%s</div>
<footer><p>%s</p></footer></body></html>
""" % (esc(page["title"]), CSS[page["site"]], esc(s["name"]), nav, crumb, page["body"], sidebar(page["site"], page), s["footer"])

def build_indexes():
    for site in ORDER:
        s = SITES[site]
        items = "".join('<li><a href="%s">%s</a></li>' % (esc(os.path.basename(p["path"])), esc(p["title"])) for p in site_pages(site))
        intro = {
          "wzzhilian": "<h1>梧州市智联职业培训学校</h1><p>经人社部门批准设立的民办职业培训学校，开设电工、电子商务、人工智能训练师等培训项目。</p>",
          "kechengtong": "<h1>考证专区 · 职业技能</h1><p>精选机构好课，先试听后报名。</p>",
          "wzbbs": "<h1>梧州在线论坛 · 学习考证 / 消费维权</h1>",
          "fenlei": "<h1>梧州 教育培训 信息列表</h1>",
          "wenda": "<h1>问答吧 · 教育 · 职场</h1>",
          "wxwz": "<h1>搜文网 · 最新转载</h1>",
          "dsp": "<h1>抖一下 · 知识区 热门视频</h1>",
          "xjnews": "<h1>西江在线</h1><p>梧州本地新闻门户</p>",
          "wzxy": "<h1>梧州信息职业学院 · 继续教育学院</h1>",
          "rsj": "<h1>通知公告</h1>",
          "shop": "<h1>淘好课 · 职业考证 类目</h1>",
        }[site]
        PAGES.append(dict(site=site, path="/%s/index.html" % site, title=s["name"] + " 首页",
            body=intro + "<ul class=\"list\">%s</ul>" % items, is_offer=False, operator=None,
            provider=None, identifiers=[], note="%s index page" % s["style"], side=""))

def main():
    build_indexes()
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    texts = {}
    for p in PAGES:
        fn = os.path.join(OUT, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        t = render(p)
        with open(fn, "w", encoding="utf-8") as f:
            f.write(t)
        texts[p["path"]] = t
    hub = "".join('<li><a href="%s/index.html">%s</a>（%s）</li>' % (k, esc(SITES[k]["name"]), esc(SITES[k]["style"])) for k in ORDER)
    with open(os.path.join(OUT, "index.html"), "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航 · 梧州一周搜索</title></head><body><h1>网址导航</h1><ul>%s</ul></body></html>\n' % hub)
    with open(os.path.join(OUT, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    # truth
    pages = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
              "identifiers": [], "note": "hub linking every site's index page"}]
    texts["/index.html"] = open(os.path.join(OUT, "index.html"), encoding="utf-8").read()
    ops = {}
    for p in sorted(PAGES, key=lambda x: x["path"]):
        pages.append({"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"],
            "provider": p["provider"], "identifiers": p["identifiers"], "note": p["note"]})
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _w in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pg, "why": why})
    truth = {"pages": pages, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
