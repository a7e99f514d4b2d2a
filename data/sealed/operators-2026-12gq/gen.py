#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师) certificate sellers.
Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(body8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, W_ORG))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(s17, W18)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

USCC_U01 = uscc("52520402", "MJY38271")   # 民办非企业单位 (training school), 安顺西秀区
USCC_U05 = uscc("12450500", "49860137")   # 事业单位 (college), 北海
USCC_U04 = uscc("91110108", "MA01R7K2")   # company with a state-sounding name, 北京海淀
USCC_U07 = uscc("91520100", "MA6H2Q8D")   # 贵阳 company

# ---------------------------------------------------------------- sites
SITES = {
 "hzpx": dict(name="安顺华智职业技能培训学校", style="training-company site", cls="corp",
   menu=["首页", "学校概况", "培训项目", "补贴政策", "联系我们"],
   side="<h3>联系我们</h3><p>报名热线：0851-33221166</p><p>地址：安顺市西秀区黄果树大街88号华智大厦3楼</p>",
   foot="安顺华智职业技能培训学校 版权所有 | www.hzpx-as.cn | 统一社会信用代码：" + USCC_U01 + " | 电话 0851-33221166"),
 "xy": dict(name="北海海湾职业技术学校·继续教育部", style="college site", cls="edu",
   menu=["学校首页", "继续教育", "社会培训", "招生就业", "校务公开"],
   side="<h3>继续教育部</h3><p>办公电话：0779-2058861</p><p>邮箱：jxjy@bhwzy.edu.cn</p>",
   foot="北海海湾职业技术学校 地址：北海市银海区四川南路 | bhwzy.edu.cn | 桂ICP备17004512号 | 事业单位法人证书 统一社会信用代码 " + USCC_U05),
 "kecheng": dict(name="学途课堂", style="course marketplace", cls="mkt",
   menu=["全部课程", "职业技能", "IT互联网", "考证", "讲师入驻"],
   side="<h3>平台保障</h3><p>7天无理由退款</p><p>课程问题请联系平台客服</p>",
   foot="学途课堂 xuetuketang.com | 客服热线 400-870-2211 | 京ICP备19023317号-2 | 平台仅提供信息展示，课程由入驻机构提供"),
 "fenlei": dict(name="百姓通分类信息", style="classifieds", cls="cls",
   menu=["安顺", "北海", "招聘", "教育培训", "二手", "发布信息"],
   side="<h3>防骗提示</h3><p>凡是先收费的都要谨慎，不要向陌生账户转账。</p>",
   foot="百姓通 www.baixingtong.cn | 投诉举报邮箱 service@baixingtong.cn | 津ICP备15004871号"),
 "bbs": dict(name="黔中百事通论坛", style="forum", cls="bbs",
   menu=["论坛首页", "安顺生活", "求职招聘", "教育考证", "曝光台"],
   side="<h3>版规</h3><p>禁止发布广告，违者删帖封号。</p><p>热门：安顺考证交流</p>",
   foot="黔中百事通论坛 | 论坛官方QQ群：583102247 | 黔ICP备16003390号-1 | 站务邮箱 admin@qzbst.net"),
 "wenda": dict(name="问问知道", style="Q&A", cls="qa",
   menu=["首页", "提问", "教育/考试", "职场", "我的回答"],
   side="<h3>相关问题</h3><p>人工智能训练师好考吗？</p><p>数据标注员证书有用吗？</p>",
   foot="问问知道 | 意见反馈：help@wenwenzd.com | 京ICP备20011893号"),
 "wx": dict(name="微文集", style="WeChat-article reposts", cls="wx",
   menu=["首页", "教育", "职场", "本地", "投稿"],
   side="<h3>说明</h3><p>本站文章转载自微信公众号，版权归原作者。</p>",
   foot="微文集 weiwenji.net | 侵权删除请联系 tougao@weiwenji.net | 沪ICP备18040255号-3"),
 "video": dict(name="快看短视频", style="short-video pages", cls="vid",
   menu=["推荐", "同城", "学习", "直播", "创作者中心"],
   side="<h3>同城热门</h3><p>#北海 #安顺 #考证 #AI副业</p>",
   foot="快看短视频 kkvideo.cn | 违法和不良信息举报 4006-512-090 | 京ICP备21007733号"),
 "news": dict(name="北部湾新闻网", style="news", cls="news",
   menu=["首页", "北海", "广西", "民生", "教育", "财经"],
   side="<h3>热点</h3><p>北海银滩今夏游客量创新高</p><p>广西职业技能提升行动持续推进</p>",
   foot="北部湾新闻网 版权所有 | 新闻热线：0779-2020110 | 桂ICP备09001277号"),
 "rsj": dict(name="安顺市人力资源和社会保障局（信息公开）", style="人社局-style notice site", cls="gov",
   menu=["首页", "通知公告", "政策文件", "办事服务", "互动交流"],
   side="<h3>便民服务</h3><p>人社服务热线：12333</p><p>证书查询：技能人才评价工作网</p>",
   foot="主办：安顺市人力资源和社会保障局 | 咨询电话 12333 | 黔ICP备05001368号 | 政府网站标识码 5204000012"),
 "shop": dict(name="优选学习商城", style="shop", cls="shop",
   menu=["首页", "职业考证", "图书资料", "网课", "店铺入驻"],
   side="<h3>购物须知</h3><p>虚拟商品一经发货不支持退款。</p>",
   foot="优选学习商城 | 平台客服电话 020-38886600 | 粤ICP备19088123号 | 营业执照公示"),
}

PAGES = []  # dicts

def page(path, site, title, body, is_offer=False, operator=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=is_offer,
                      operator=operator, provider=provider, ids=[list(i) for i in ids], note=note))

# identifier helpers
def ph(v, w): return ("phone", v, w)
def wx(v, w): return ("wechat", v, w)
def qq(v, w): return ("qq", v, w)
def qg(v, w): return ("qq_group", v, w)
def em(v, w): return ("email", v, w)
def dm(v, w): return ("domain", v, w)
def uc(v): return ("uscc", v, v)
def ot(v, w): return ("other", v, w)

# ================================================================ U01 安顺华智 (honest)
U01_FOOT = [ph("085133221166", "0851-33221166"), dm("hzpx-as.cn", "www.hzpx-as.cn"), uc(USCC_U01)]
page("/hzpx/course-l5.html", "hzpx", "人工智能训练师（五级/初级工）周末班招生简章",
 """<p>依据《人工智能训练师国家职业技能标准（2021年版）》（职业编码4-04-05-05），本校开设五级（初级工）培训班，工种为数据标注员。</p>
<p>报考条件：累计从事本职业或相关职业工作满1年（含），或本职业学徒期满。<b>不满足条件的学员我们不收报名费。</b></p>
<p>课时：60标准学时，理论+实操。认定由经备案的第三方评价机构组织，合格者取得职业技能等级证书，可在技能人才评价证书全国联网查询平台查询。</p>
<p>费用：培训费1380元（含教材），认定费按评价机构公示标准另行缴纳。符合条件的参保职工可申领失业保险技能提升补贴（五级最高1000元），具体请咨询12333。</p>
<p>郑重声明：QQ 2945117730 并非本校账号，本校从不承诺包过。</p>
<p>上课地点：本校实训室；认定考点：安顺职业技术学院实训楼（考点前台 0851-33590018，仅负责考场事务）。</p>
<p>报名咨询：0851-33221166（办公室） / 138 8533 6702（黄老师，微信同号 hz_ai_as）</p>""",
 True, "U01", "安顺华智职业技能培训学校",
 U01_FOOT + [ph("+8613885336702", "138 8533 6702"), wx("hz_ai_as", "hz_ai_as")],
 "training-school enrolment page, level 5, honest")
page("/hzpx/course-l4.html", "hzpx", "人工智能训练师四级（中级工）晚班 · 第3期",
 """<p>面向已取得五级证书并从事数据标注工作的学员。课程50学时，内容：数据采集和处理、数据标注、智能系统运维。</p>
<p>本期对应认定批次号：13120251108（以评价机构通知为准）。</p>
<p>证书查询：zscx.osta.org.cn（输入姓名、证件号、证书编号）。本校不承诺通过，考试不合格可免费重修一次。</p>
<p>学费1680元。报名请联系黄老师：13885336702，或加微信 HZ_AI_AS 备注“四级”。固定电话 (0851)3322 1166。</p>""",
 True, "U01", "安顺华智职业技能培训学校",
 U01_FOOT + [ph("+8613885336702", "13885336702"), wx("hz_ai_as", "HZ_AI_AS"), ph("085133221166", "(0851)3322 1166")],
 "training-school enrolment page, level 4, honest")
page("/kecheng/course-1021.html", "kecheng", "【华智教育】人工智能训练师五级 线上+线下 数据标注实操课",
 """<p class="shop">机构：华智教育（安顺） ｜ 评分 4.8 ｜ 已报名 312人</p>
<p>课程大纲：标注工具使用、图像/文本/语音标注规范、质检流程、理论复习。线下实操在安顺西秀区校区。</p>
<p>价格：￥1280 <s>￥1580</s></p>
<p>温馨提示：报考需满足国家标准中的申报条件，机构会在报名时审核。咨询机构老师：138-8533-6702，微信：HZ_AI_AS</p>
<form><label>手机号</label><input placeholder="如：13800000000"><button>预约试听</button></form>""",
 True, "U01", "华智教育",
 [ph("+8613885336702", "138-8533-6702"), wx("hz_ai_as", "HZ_AI_AS")],
 "marketplace listing by U01 under a short brand")
page("/fenlei/as-30871.html", "fenlei", "安顺 人工智能训练师/数据标注员培训 周末班 可开发票",
 """<p class="meta">安顺 - 西秀区 ｜ 教育培训 ｜ 发布者：黄老师（个人认证）</p>
<p>正规学校周末班，数据标注员（人工智能训练师五级），学满60学时参加认定，证书全国联网可查。不包过，认真学一般都能过。</p>
<p>可开培训费发票，参保满一年的可以申请补贴。</p>
<p>联系电话 13885336702（黄老师）</p>""",
 True, "U01", "黄老师",
 [ph("+8613885336702", "13885336702")],
 "classified ad by U01's teacher")

# ================================================================ U02 北海智训 (mostly honest)
page("/wx/a-bhzx-01.html", "wx", "北海人注意！人工智能训练师报名通道开启，附补贴申领流程",
 """<p class="src">来源：北海智训教育 公众号</p>
<p>最近后台很多朋友问人工智能训练师怎么考。我们整理了一下：该职业属于2020年发布的新职业，证书是职业技能等级证书，由备案的评价机构颁发，可在 jndj.osta.org.cn 查询。</p>
<p>北海智训教育11月开设四级、五级班，线下地点北海市海城区北京路。报名表请填写：jinshuju.net/f/bhAi25（表单由第三方工具收集）。</p>
<p>咨询电话：0779-3086620　微信：bhzx_ai2025　邮箱：bhzx_ai@163.com</p>""",
 True, "U02", "北海智训教育",
 [ph("07793086620", "0779-3086620"), wx("bhzx_ai2025", "bhzx_ai2025"), em("bhzx_ai@163.com", "bhzx_ai@163.com")],
 "WeChat article repost, U02 enrolment")
page("/video/v-7713.html", "video", "在北海也能学AI？数据标注员了解一下",
 """<p class="author">@智训老师Amy · 北海 · 2.3万播放</p>
<p>视频文案：不是什么高大上的东西，就是给AI喂数据。我们线下小班教，五级60课时，考前有模拟。想了解的私信或者加V：BHZX_AI2025</p>
<p>置顶评论（作者）：电话也可以，177 7790 2315，工作时间回复。</p>""",
 True, "U02", "智训老师Amy",
 [wx("bhzx_ai2025", "BHZX_AI2025"), ph("+8617777902315", "177 7790 2315")],
 "short-video page by U02's teacher")
page("/kecheng/course-1088.html", "kecheng", "智训AI学堂｜人工智能训练师四级 全程直播+北海线下实操",
 """<p class="shop">机构：智训AI学堂 ｜ 评分 4.7 ｜ 已报名 96人</p>
<p>适合已从事数据标注工作一年以上、或已有五级证书的学员。直播32课时+线下18课时。</p>
<p>价格：￥1580</p>
<p>机构客服QQ：2870331456 ｜ 电话：17777902315</p>
<form><label>手机号</label><input placeholder="13800000000"><button>咨询</button></form>""",
 True, "U02", "智训AI学堂",
 [qq("2870331456", "2870331456"), ph("+8617777902315", "17777902315")],
 "marketplace listing by U02")
page("/fenlei/bh-51220.html", "fenlei", "北海 人工智能训练师培训 小班授课 补贴可申请",
 """<p class="meta">北海 - 海城区 ｜ 教育培训 ｜ 发布者：北海智训</p>
<p>人工智能训练师（数据标注员）五级、四级，小班10人，晚班周末班都有。按国家标准授课，证书为职业技能等级证书。</p>
<p>QQ:2870331456 ｜ 邮箱 bhzx_ai@163.com</p>
<p>提醒：有人用QQ2945117730冒充我们收费，认准以上联系方式。</p>
<form>留下邮箱，我们发课程表给你：<input placeholder="your@email.com"></form>""",
 True, "U02", "北海智训",
 [qq("2870331456", "2870331456"), em("bhzx_ai@163.com", "bhzx_ai@163.com")],
 "classified ad by U02")

# ================================================================ U03 包过 seller (dishonest)
page("/fenlei/as-30902.html", "fenlei", "人工智能训练师证 包过 免考 人社部颁发 三级二级可直接报",
 """<p class="meta">安顺 - 全市 ｜ 教育培训 ｜ 发布者：国培人工智能考证中心</p>
<p>国家职业资格证书！人社部颁发，全国通用，官网可查。零基础、不限学历、不限经验，三级、二级都可以直接报，一次拿三个等级更划算。</p>
<p>不用去考试，交费包过，最快15天出证，拿证就能升职加薪，还能挂靠每年收入上万。</p>
<p>证书可在中国人事考试网 cpta.com.cn 查询（以实际为准）。</p>
<p>报名热线：152-8531-6640　微信：zkzp_6640</p>
<form>资料发你邮箱：<input placeholder="your@email.com"></form>""",
 True, "U03", "国培人工智能考证中心",
 [ph("+8615285316640", "152-8531-6640"), wx("zkzp_6640", "zkzp_6640")],
 "classified ad, 包过/免考/人社部颁发 scam wording")
page("/bbs/t-2231.html", "bbs", "[考证交流] 人工智能训练师二级技师，有需要的来",
 """<div class="post"><p class="u">楼主：中科智培 ｜ 发表于 3 天前</p>
<p>人工智能训练师 二级/技师 名额，不限专业，无门槛，内部渠道，不用培训直接出证，包过。评职称、落户加分都能用。</p>
<p>需要的加薇：Zkzp_6640，或者扣扣 3391867025</p></div>
<div class="reply"><p class="u">2楼 安顺小陈</p><p>这种一看就是山寨的吧，技师要三级证加四年工作经验</p></div>
<div class="reply"><p class="u">3楼 路过的阿梅</p><p>我也想报，15186047732 有消息叫我</p></div>""",
 True, "U03", "中科智培",
 [wx("zkzp_6640", "Zkzp_6640"), qq("3391867025", "3391867025")],
 "forum post selling level 2 with no training")
page("/wenda/q-5512.html", "wenda", "人工智能训练师证书怎么考？需要什么条件？",
 """<div class="q"><p>提问者：匿名用户 ｜ 在北海上班，想考个人工智能训练师，没有相关经验能考吗？</p></div>
<div class="a"><p class="u">考证李老师 ｜ 回答于 2天前</p>
<p>可以的亲，我们这边不需要经验，不限学历，一次考三级，人社部颁发的国家证书，90%小白都能过，不过全额退款。原价9999现在限时1980。详细加扣扣3391867025咨询。</p></div>
<div class="a"><p class="u">热心网友</p><p>楼上是广告，别信。正规的要看申报条件。</p></div>""",
 True, "U03", "考证李老师",
 [qq("3391867025", "3391867025")],
 "Q&A answer that is an ad for U03")
page("/video/v-7720.html", "video", "人工智能训练师证书15天下证！不用考试",
 """<p class="author">@AI考证李老师 · 5.1万播放</p>
<p>视频文案：国家级证书，人社部颁发，不用考试包拿证！名额有限，主页有联系方式：152 8531 6640</p>
<div class="cm"><p>小雨：真的假的？加我 xiaoyu_0851 说说</p><p>用户8841：去年交了钱没下文的有吗</p></div>""",
 True, "U03", "AI考证李老师",
 [ph("+8615285316640", "152 8531 6640")],
 "short-video page, 包拿证 scam")

# ================================================================ U04 鼎証 / 国职鼎证 (dishonest shop)
page("/shop/item-401.html", "shop", "人工智能训练师证书 三级高级工 报名+资料+题库 人社部颁发 官网可查",
 """<p class="store">店铺：鼎証教育旗舰店 ｜ 月销 200+</p>
<p>价格：￥2980（报名+培训+证书一站式）。人社部颁发，全国联网可查（zscx.osta.org.cn），包过班不过退款。</p>
<p>证书样本编号：S000052081245235000012（示例，仅供参考）</p>
<p>主体：国职鼎证（北京）教育科技有限公司，统一社会信用代码 """ + USCC_U04 + """</p>
<p>售后QQ：1547762089。付款遇到问题可联系支付宝客服95188。</p>""",
 True, "U04", "鼎証教育旗舰店",
 [qq("1547762089", "1547762089"), uc(USCC_U04)],
 "shop listing with 人社部颁发/包过 claims")
page("/kecheng/course-1103.html", "kecheng", "国职鼎证｜人工智能训练师 三证合一 速成班（五级+四级+三级）",
 """<p class="shop">机构：国职鼎证 ｜ 评分 3.9 ｜ 已报名 1,204人</p>
<p>三个等级一起拿，只需7天速成，官方指定考点，命题组老师押题，通过率百分百。</p>
<p>价格：￥3680（三证打包价，单证￥1680）</p>
<p>资料领取：1547762089@qq.com ｜ 微信 dingzheng_edu</p>""",
 True, "U04", "国职鼎证",
 [em("1547762089@qq.com", "1547762089@qq.com"), wx("dingzheng_edu", "dingzheng_edu")],
 "marketplace listing, three-level bundle, 速成/官方指定")
page("/wx/a-dz-02.html", "wx", "2025年最后一批！人工智能训练师国家证书报名即将截止",
 """<p class="src">来源：鼎证教育 公众号</p>
<p>人工智能训练师是人社部认证的新职业，持证可享补贴、落户加分、评职称。本期最后20个名额，报名即送题库。</p>
<p>国家职业资格证书，人社部颁发，证书终身有效，人事考试网 cpta.com.cn 可验证。</p>
<p>报名添加微信：DingZheng_Edu　主办单位统一社会信用代码：""" + USCC_U04 + """</p>""",
 True, "U04", "鼎证教育",
 [wx("dingzheng_edu", "DingZheng_Edu"), uc(USCC_U04)],
 "WeChat repost, 国家职业资格证书 misdescription")

# ================================================================ U05 北海海湾职业技术学校 (honest college)
U05_FOOT = [dm("bhwzy.edu.cn", "bhwzy.edu.cn"), ot("桂ICP备17004512号", "桂ICP备17004512号"), uc(USCC_U05)]
page("/xy/px-ai.html", "xy", "关于举办人工智能训练师（数据标注员）五级社会培训班的通知",
 """<p>各有关单位、社会学员：</p>
<p>我校继续教育部拟于12月举办人工智能训练师五级（初级工）社会培训班，60学时，结业后参加经备案评价机构组织的职业技能等级认定。</p>
<p>申报条件按国家职业技能标准执行。参保人员可按规定申领技能提升补贴，政策咨询可拨打12333。</p>
<p>培训费：1200元/人。报名电话：0779-2058861，邮箱：jxjy@bhwzy.edu.cn。</p>
<form>在线报名：手机号 <input placeholder="13800000000"></form>""",
 True, "U05", "北海海湾职业技术学校继续教育部",
 U05_FOOT + [ph("07792058861", "0779-2058861"), em("jxjy@bhwzy.edu.cn", "jxjy@bhwzy.edu.cn")],
 "college training notice, level 5")
page("/xy/px-ai-l3.html", "xy", "人工智能训练师三级（高级工）培训班招生简章",
 """<p>招生对象：已取得本职业四级证书并满足工作年限要求者；或相关专业大专以上学历且取得四级证书后工作满2年者。</p>
<p>课程：业务分析、智能训练、智能系统设计、培训与指导，40学时。</p>
<p>认定合格者取得职业技能等级证书，可登录 zscx.osta.org.cn 查询。学校不作通过承诺。</p>
<p>联系：继续教育部 0779-2058861 / jxjy@bhwzy.edu.cn</p>""",
 True, "U05", "北海海湾职业技术学校",
 U05_FOOT + [ph("07792058861", "0779-2058861"), em("jxjy@bhwzy.edu.cn", "jxjy@bhwzy.edu.cn")],
 "college enrolment page, level 3")
page("/news/n-0312.html", "news", "北海一职校开设人工智能训练师培训 助力数字产业人才储备",
 """<p class="by">本网记者 林晓 ｜ 北部湾新闻网</p>
<p>记者从北海海湾职业技术学校获悉，该校继续教育部近期面向社会开设人工智能训练师培训班，首期计划招收40人。</p>
<p>学校负责人介绍，课程严格按照国家职业技能标准设置，学员须符合申报条件。有意者可登录学校官网 bhwzy.edu.cn 或致电 0779 2058861 咨询报名。</p>""",
 True, "U05", "北海海湾职业技术学校",
 [dm("bhwzy.edu.cn", "bhwzy.edu.cn"), ph("07792058861", "0779 2058861")],
 "news advertorial inviting enrolment at U05")
page("/wx/a-xy-03.html", "wx", "海湾职校社会培训｜人工智能训练师班开始报名啦",
 """<p class="src">来源：海湾职校继续教育 公众号</p>
<p>12月开班，五级60学时，周末授课。报名咨询：2058861（区号0779），或发邮件至 JXJY@bhwzy.edu.cn。</p>
<p>温馨提示：凡声称“包过”“免考”的均非我校行为。近期有人用170-8546-3321冒充我校招生，请勿转账；遇虚假宣传可拨打12315。</p>""",
 True, "U05", "海湾职校继续教育",
 [em("jxjy@bhwzy.edu.cn", "JXJY@bhwzy.edu.cn"), ph("07792058861", "2058861（区号0779）")],
 "WeChat repost of the college's enrolment post")

# ================================================================ U06 安顺 王老师 (dishonest agent)
page("/fenlei/as-31155.html", "fenlei", "安顺考证 人工智能训练师 拿证快 不用上课",
 """<p class="meta">安顺 - 西秀区 ｜ 教育培训 ｜ 发布者：王老师</p>
<p>人工智能训练师、数据标注员证书代报名，不用上课，考试有人带，包过。11月批次13120251108马上截止。</p>
<p>考点在安顺职业技术学院，考点前台0851-33590018只管考场，报名找我：189 8534 7721</p>
<p>定金500，转账户名：王建平</p>""",
 True, "U06", "王老师",
 [ph("+8618985347721", "189 8534 7721"), ot("王建平", "王建平")],
 "classified ad, 包过/不用上课")
page("/bbs/t-2260.html", "bbs", "安顺本地人工智能训练师考证，有懂的吗？（内有联系方式）",
 """<div class="post"><p class="u">楼主：拿证王老师</p>
<p>本地考点，不用上课，考试有人带，五级四级都能办，已帮200多人拿证。电话18985347721，微信 wls-ai-kz，定金转王建平。</p></div>
<div class="reply"><p class="u">2楼 阿梅</p><p>15186047732 加我微信发资料</p></div>
<div class="reply"><p class="u">3楼 版主</p><p>广告帖，已警告。</p></div>""",
 True, "U06", "拿证王老师",
 [ph("+8618985347721", "18985347721"), wx("wls-ai-kz", "wls-ai-kz"), ot("王建平", "王建平")],
 "forum ad post")
page("/video/v-7735.html", "video", "考证避坑？不如直接找我",
 """<p class="author">@王老师聊考证 · 安顺 · 8千播放</p>
<p>视频文案：人工智能训练师，零基础，不用学，交钱等证就行。评论区扣1，或加 WLS-AI-KZ。</p>
<div class="cm"><p>小雨：已加，xiaoyu_0851 通过一下</p></div>""",
 True, "U06", "王老师聊考证",
 [wx("wls-ai-kz", "WLS-AI-KZ")],
 "short-video page, 零基础 no training")

# ================================================================ U07 智联未来 (400 number + USCC)
page("/kecheng/course-1120.html", "kecheng", "智联未来｜人工智能训练师就业班 学完推荐数据标注岗位",
 """<p class="shop">机构：智联未来 ｜ 评分 4.2 ｜ 已报名 530人</p>
<p>培训+认定+就业推荐，协议就业，月薪6000起。含四级认定报名服务。</p>
<p>价格：￥4980（可分期）</p>
<p>机构全国服务热线 400-686-3172 ｜ 主体：智联未来（贵州）人才服务有限公司 """ + USCC_U07 + """</p>""",
 True, "U07", "智联未来",
 [ph("4006863172", "400-686-3172"), uc(USCC_U07)],
 "marketplace listing with 协议就业 promise")
page("/wx/a-zl-04.html", "wx", "AI时代最缺的人才！人工智能训练师学完即就业",
 """<p class="src">来源：智联未来人才 公众号</p>
<p>你刷到的每一个AI，背后都有成千上万个训练师。智联未来开设人工智能训练师就业班，安顺、贵阳、北海均有合作企业。</p>
<p>报名热线 4006863172，简历投递 zlwl_hr@126.com。</p>""",
 True, "U07", "智联未来人才",
 [ph("4006863172", "4006863172"), em("zlwl_hr@126.com", "zlwl_hr@126.com")],
 "WeChat repost, job-guarantee course")
page("/shop/item-415.html", "shop", "人工智能训练师四级 报名服务+网课 官方店",
 """<p class="store">店铺：智联未来官方店 ｜ 月销 35</p>
<p>价格：￥1880。含网课50学时、模拟题、认定报名指导。</p>
<p>企业资质：智联未来（贵州）人才服务有限公司，""" + USCC_U07 + """。发票联系 ZLWL_HR@126.com</p>
<p>支付问题请联系支付宝95188。</p>""",
 True, "U07", "智联未来官方店",
 [uc(USCC_U07), em("zlwl_hr@126.com", "ZLWL_HR@126.com")],
 "shop listing by U07")

page("/news/n-0330.html", "news", "【企业风采】智联未来：让更多年轻人成为“AI老师”",
 """<p class="by">推广 ｜ 北部湾新闻网 企业频道</p>
<p>智联未来（贵州）人才服务有限公司近年在北海、安顺等地开展人工智能训练师就业培训，学员结业后可推荐至合作数据标注企业。</p>
<p>即日起冬季班报名，全国服务热线：400 686 3172。</p>""",
 True, "U07", "智联未来（贵州）人才服务有限公司",
 [ph("4006863172", "400 686 3172")],
 "sponsored news article inviting enrolment (U07)")

# ================================================================ U08 桂南 鉴定服务站 (fake query site)
page("/fenlei/bh-51266.html", "fenlei", "北海 人工智能训练师 鉴定站直招 证书查询网可查",
 """<p class="meta">北海 - 银海区 ｜ 教育培训 ｜ 发布者：桂南职业技能鉴定服务站</p>
<p>本站为鉴定站直招，人工智能训练师五级至一级均可办理，证书在全国职业技能证书查询网 www.rszscx.cn 可查。</p>
<p>联系电话：139-7796-6081</p>""",
 True, "U08", "桂南职业技能鉴定服务站",
 [ph("+8613977966081", "139-7796-6081"), dm("rszscx.cn", "www.rszscx.cn")],
 "classified ad pointing to a fake query site")
page("/bbs/t-2288.html", "bbs", "北海/安顺都能办 人工智能训练师 一级二级也有",
 """<div class="post"><p class="u">楼主：桂南鉴定 陈老师</p>
<p>一级高级技师也能办，不看年限，资料我们整理。微信gn_jianding，电话13977966081。</p></div>
<div class="reply"><p class="u">2楼 老黔人</p><p>一级要二级证书加四年，你这个不看年限？</p></div>""",
 True, "U08", "桂南鉴定 陈老师",
 [wx("gn_jianding", "gn_jianding"), ph("+8613977966081", "13977966081")],
 "forum post offering level 1 without the ladder")
page("/shop/item-422.html", "shop", "人工智能训练师证书办理 五级~一级 可查可验",
 """<p class="store">店铺：桂南考证服务 ｜ 月销 12</p>
<p>价格：五级￥980 四级￥1680 三级￥2680 二级￥4800。按证收费，可查可验。</p>
<p>查询入口：rszscx.cn（证书样本：S000052081245235000012）</p>
<p>客服微信 GN_jianding。微信支付客服95017。</p>""",
 True, "U08", "桂南考证服务",
 [dm("rszscx.cn", "rszscx.cn"), wx("gn_jianding", "GN_jianding")],
 "shop listing, price per certificate, fake query domain")

# ================================================================ U09 启航AI学院 (online)
page("/video/v-7750.html", "video", "原价9999限时99！AI训练师入门课",
 """<p class="author">@启航AI学院 · 12万播放</p>
<p>视频文案：90%小白都能学会，学完可以考人工智能训练师证书，接单副业月入过万。进群领资料：QQ群736014582，或加微信 qihang-ai01。</p>
<p>报名表：jinshuju.net/f/qhAI99</p>""",
 True, "U09", "启航AI学院",
 [qg("736014582", "736014582"), wx("qihang-ai01", "qihang-ai01")],
 "short-video page, 原价9999限时99")
page("/kecheng/course-1135.html", "kecheng", "启航AI｜人工智能训练师（数据标注）零基础到拿证",
 """<p class="shop">机构：启航AI ｜ 评分 4.5 ｜ 已报名 2,870人</p>
<p>零基础可学，拿到证书便可升职加薪。99元体验课，正式课1999元。</p>
<p>学员交流群 736014582 ｜ 班主任电话 199 0785 3316</p>""",
 True, "U09", "启航AI",
 [qg("736014582", "736014582"), ph("+8619907853316", "199 0785 3316")],
 "marketplace listing by U09")
page("/wenda/q-5541.html", "wenda", "数据标注员证书有用吗？网上99元的课靠谱吗？",
 """<div class="q"><p>提问者：bh_lily ｜ 在北海，看到短视频说99元学AI训练师，靠谱吗？</p></div>
<div class="a"><p class="u">启航AI学院助教</p><p>我们就是做这个的，99元体验课不满意可退，正式课学完可以报名认定。班主任19907853316，微信Qihang-AI01。</p></div>
<div class="a"><p class="u">阿梅</p><p>同问，15186047732，有结果告诉我</p></div>""",
 True, "U09", "启航AI学院助教",
 [ph("+8619907853316", "19907853316"), wx("qihang-ai01", "Qihang-AI01")],
 "Q&A answer that is an ad for U09")

# ================================================================ independents
page("/kecheng/course-1150.html", "kecheng", "蓝海数据标注实训营｜人工智能训练师五级备考（北海）",
 """<p class="shop">机构：蓝海数据标注实训营 ｜ 评分 4.9 ｜ 已报名 58人</p>
<p>由北海本地标注基地老师授课，边做真实项目边备考，需满足申报条件。价格￥1100。</p>
<p>咨询：182 7790 1546（微信 lanhai_bz）</p>""",
 True, "I01", "蓝海数据标注实训营",
 [ph("+8618277901546", "182 7790 1546"), wx("lanhai_bz", "lanhai_bz")],
 "independent marketplace listing")
page("/shop/item-430.html", "shop", "人工智能训练师五级考试 复习资料+模拟题 电子版",
 """<p class="store">店铺：晨曦职培小店 ｜ 月销 80</p>
<p>价格：￥39.9。另有五级线上辅导班￥699，需要的联系店主QQ 2219054367。</p>
<p>付款问题：支付宝95188 / 微信支付95017。</p>""",
 True, "I02", "晨曦职培小店",
 [qq("2219054367", "2219054367")],
 "independent shop listing (materials + tutoring class)")
page("/fenlei/bh-51301.html", "fenlei", "北海银滩职业培训学校 人工智能训练师五级招生",
 """<p class="meta">北海 - 银海区 ｜ 教育培训 ｜ 发布者：北海银滩职业培训学校</p>
<p>经人社部门审批的民办培训学校，开设人工智能训练师五级班，结业参加认定，证书可在 jndj.osta.org.cn 查询。</p>
<p>在线报名 jinshuju.net/f/yt2025 ，电话 0779-2267315。</p>""",
 True, "I03", "北海银滩职业培训学校",
 [ph("07792267315", "0779-2267315")],
 "independent classified ad")
page("/video/v-7766.html", "video", "自学AI训练师第30天，带你一起备考",
 """<p class="author">@阿杰学AI · 3千播放</p>
<p>视频文案：我自己也在考五级，顺便开了个陪跑小班，199元一个月，带做题带实操。想一起的加我 ajie_ai_learn。</p>""",
 True, "I04", "阿杰学AI",
 [wx("ajie_ai_learn", "ajie_ai_learn")],
 "independent short-video offer")
page("/wx/a-jm-05.html", "wx", "黔明职培｜安顺人工智能训练师周末班招生",
 """<p class="src">来源：贵州黔明职业培训学校 公众号</p>
<p>我校人工智能训练师五级、四级周末班招生，学费1300元起。地址：安顺经开区。</p>
<p>电话：0851－33710256，邮箱：QMPX_AS@163.com</p>""",
 True, "I05", "贵州黔明职业培训学校",
 [ph("085133710256", "0851－33710256"), em("qmpx_as@163.com", "QMPX_AS@163.com")],
 "independent WeChat repost")
page("/bbs/t-2301.html", "bbs", "在职数据标注员，业余带人备考人工智能训练师五级",
 """<div class="post"><p class="u">楼主：小周老师</p>
<p>我自己当初就被170 8546 3321这种收钱包过的骗过，遇到可以打12315。本人安顺某标注基地在职，已持四级证。周末带3-5人备考五级实操，一次课150元，不卖证不包过。电话 158-8531-0427。</p></div>
<div class="reply"><p class="u">2楼 安顺小陈</p><p>这个实在，顶一下</p></div>""",
 True, "I06", "小周老师",
 [ph("+8615885310427", "158-8531-0427")],
 "independent forum offer")

# ================================================================ non-offers
page("/rsj/notice-2025-18.html", "rsj", "关于做好2025年度失业保险技能提升补贴申领工作的通知",
 """<p>各县区人社局：</p><p>参保职工取得职业技能等级证书的，可按规定申领技能提升补贴，五级、四级、三级分别最高1000元、1500元、2000元。人工智能训练师等新职业按规定执行。</p>
<p>本市11月人工智能训练师等级认定批次号为13120251108，认定点设在安顺职业技术学院（考点前台0851-33590018）。</p>
<p>政策咨询请拨打12333。</p>""",
 note="official notice on subsidies")
page("/rsj/warn-shanzhai.html", "rsj", "关于警惕“山寨证书”和虚假考证广告的提示",
 """<p>近期有不法分子以“人社部颁发”“包过”“免考”等名义销售人工智能训练师等证书。职业技能等级证书由经备案的评价机构颁发，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询；专业技术人员职业资格可在 cpta.com.cn 核验。</p>
<p>正规证书编号为22位，如 S000052081245235000012 仅为格式示意。</p>
<p>如遇虚假宣传可拨打12315投诉，政策咨询12333。</p>""",
 note="official warning")
page("/news/n-0318.html", "news", "北海一市民花3000元买“人工智能训练师证” 查询网站竟是假的",
 """<p class="by">本网记者 韦宁</p>
<p>市民刘女士在网上看到“包过、免考”的广告，向对方转账3000元。对方提供的查询网站无法在官方平台核实。刘女士提醒，对方使用的号码为170-8546-3321，QQ为2945117730。</p>
<p>记者登录 jndj.osta.org.cn 及 cpta.com.cn 均未查到该证书。律师提醒，遇到此类情况请拨打12315或报警，补贴政策可咨询12333。</p>""",
 note="news report quoting a scammer's number")
page("/bbs/t-2245.html", "bbs", "[曝光台] 交了2800的人工智能训练师考证费，人联系不上了",
 """<div class="post"><p class="u">楼主：维权的小刘</p>
<p>骗子电话17085463321，QQ 2945117730，说人社部颁发包过，收钱就拉黑。已经打12315投诉了，大家小心。</p></div>
<div class="reply"><p class="u">2楼 安顺小陈</p><p>顶，这种广告论坛里也有，版主多删删</p></div>""",
 note="complaint thread quoting scam contacts")
page("/wenda/q-5520.html", "wenda", "网上买的人工智能训练师证书怎么查真假？",
 """<div class="q"><p>提问者：匿名用户 ｜ 对方给了个查询网站，能查到我名字，是真的吗？</p></div>
<div class="a"><p class="u">职场老司机（优质回答）</p><p>只认官方平台：技能人才评价证书全国联网查询 zscx.osta.org.cn。其他网站能查到不代表真。拿不准可以打12333问。网上有人反映 170 8546 3321 这个号码是骗子。</p></div>""",
 note="Q&A guide answer, no offer")
page("/news/n-0402.html", "news", "北海银滩今夏游客量创新高 海滨酒店入住率超九成",
 """<p class="by">本网记者 黄珊</p><p>暑期以来，北海银滩景区累计接待游客同比增长，周边海滨酒店入住率超过九成。</p>""",
 note="unrelated news")

# site index pages
def site_index(key):
    items = [p for p in PAGES if p["site"] == key]
    lis = "\n".join('<li><a href="%s">%s</a></li>' % (p["path"], p["title"]) for p in items)
    intro = {"hzpx": "<p>本校经安顺市人社部门批准成立，开展数据标注、电子商务等职业技能培训。</p>",
             "xy": "<p>继续教育部承担学历继续教育与社会培训工作。</p>"}.get(key, "")
    ids = []
    if key == "hzpx": ids = U01_FOOT
    if key == "xy": ids = U05_FOOT
    page("/%s/index.html" % key, key, SITES[key]["name"] + " - 首页",
         intro + "<ul class=\"list\">\n" + lis + "\n</ul>", ids=ids,
         note="site index page (non-offer)" + ("; carries the operator's site footer" if ids else ""))

for k in SITES:
    site_index(k)

# ---------------------------------------------------------------- render
CSS = {"corp": "#0a5", "edu": "#236", "mkt": "#f60", "cls": "#393", "bbs": "#369", "qa": "#3a7",
       "wx": "#07c160", "vid": "#111", "news": "#b00", "gov": "#c00", "shop": "#e40"}

def render(p):
    s = SITES[p["site"]]
    menu = " ".join('<a href="/%s/index.html">%s</a>' % (p["site"], m) for m in s["menu"])
    crumbs = '<a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; %s' % (
        p["site"], s["name"], p["title"])
    sib = [q for q in PAGES if q["site"] == p["site"] and q["path"] != p["path"]
           and not q["path"].endswith("index.html")][:4]
    rel = "".join('<li><a href="%s">%s</a></li>' % (q["path"], q["title"]) for q in sib)
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title>
<style>body{font-family:sans-serif;margin:0}header{background:%s;color:#fff;padding:8px}header a{color:#fff;margin-right:12px}
.wrap{display:flex}main{flex:3;padding:12px}aside{flex:1;padding:12px;background:#f5f5f5}footer{font-size:12px;color:#666;padding:8px;border-top:1px solid #ccc}</style>
</head><body class="%s">
<header><strong>%s</strong><nav>%s</nav></header>
<div class="crumbs">%s</div>
<div class="wrap"><main><h1>%s</h1>
%s
<div class="related"><h3>相关推荐</h3><ul>%s</ul></div>
</main><aside>%s</aside></div>
<footer>%s</footer>
</body></html>
""" % (p["title"], s["name"], CSS[s["cls"]], s["cls"], s["name"], menu, crumbs, p["title"],
       p["body"], rel, s["side"], s["foot"])

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("domain", "cpta.com.cn", ["cpta.com.cn"], "人事考试中心 official site"),
 ("phone", "4008702211", ["400-870-2211"], "course marketplace's own customer-service number (footer)"),
 ("other", "京ICP备19023317号-2", ["京ICP备19023317号-2"], "course marketplace ICP (footer)"),
 ("domain", "xuetuketang.com", ["xuetuketang.com"], "course marketplace's own domain (footer)"),
 ("email", "service@baixingtong.cn", ["service@baixingtong.cn"], "classifieds platform complaint e-mail (footer)"),
 ("domain", "baixingtong.cn", ["www.baixingtong.cn"], "classifieds platform domain (footer)"),
 ("qq_group", "583102247", ["583102247"], "forum's official QQ group (footer)"),
 ("email", "help@wenwenzd.com", ["help@wenwenzd.com"], "Q&A site feedback e-mail (footer)"),
 ("email", "tougao@weiwenji.net", ["tougao@weiwenji.net"], "repost site's takedown e-mail (footer)"),
 ("domain", "kkvideo.cn", ["kkvideo.cn"], "short-video platform domain (footer)"),
 ("phone", "4006512090", ["4006-512-090"], "short-video platform report line (footer)"),
 ("phone", "07792020110", ["0779-2020110"], "news site hotline (footer)"),
 ("phone", "02038886600", ["020-38886600"], "shop platform customer-service number (footer)"),
 ("phone", "+8617085463321", ["170-8546-3321", "17085463321", "170 8546 3321"], "scammer's number quoted in news, complaint and Q&A"),
 ("qq", "2945117730", ["2945117730"], "scammer's QQ quoted in news and complaint"),
 ("other", "S000052081245235000012", ["S000052081245235000012"], "certificate number shown as a sample"),
 ("phone", "+8613120251108", ["13120251108"], "exam batch number that looks like a mobile"),
 ("phone", "+8613800000000", ["13800000000"], "form placeholder"),
 ("email", "your@email.com", ["your@email.com"], "form placeholder"),
 ("phone", "+8615186047732", ["15186047732"], "a reader's own number in comments"),
 ("wechat", "xiaoyu_0851", ["xiaoyu_0851"], "a viewer's own WeChat in comments"),
 ("phone", "085133590018", ["0851-33590018"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
 ("phone", "95017", ["95017"], "payment platform (WeChat Pay) hotline"),
]

def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    texts = {}
    for p in PAGES:
        fn = os.path.join(OUT, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        html = render(p)
        texts[p["path"]] = html
        with open(fn, "w", encoding="utf-8") as f:
            f.write(html)
    hub = "".join('<li><a href="/%s/index.html">%s</a>（%s）</li>\n' % (k, s["name"], s["style"])
                  for k, s in SITES.items())
    hub_html = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网址导航</title></head>"
                "<body><h1>网址导航 · 安顺/北海 考证信息一周搜索</h1><ul>\n%s</ul></body></html>\n" % hub)
    with open(os.path.join(OUT, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub_html)
    texts["/index.html"] = hub_html
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    for p in PAGES:
        for k, v, w in p["ids"]:
            assert w in texts[p["path"]], (p["path"], w)

    tpages = [dict(path="/index.html", is_offer=False, operator=None, provider=None,
                   identifiers=[], note="hub page linking every site")]
    ops = {}
    for p in PAGES:
        tpages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"],
                           provider=p["provider"], identifiers=p["ids"], note=p["note"]))
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pg, why=why))
    truth = dict(pages=tpages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
