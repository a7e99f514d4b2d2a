#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(body8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(s17, W18))
    r = 31 - s % 31
    return s17 + ALPHA[0 if r == 31 else r]

USCC_U02 = uscc("91131002", "MA0F7K2L")
USCC_U03 = uscc("91110108", "MA01QW7T")
USCC_U05 = uscc("91131003", "MA0D8R4N")
USCC_U09 = uscc("52130902", "MJ0L6T3E")

# ---------------------------------------------------------------- sites
SITES = {
 "jizhi": dict(name="冀智职业技能培训学校", style="training-company site", cls="corp",
    nav=["学校首页", "培训项目", "补贴政策", "师资团队", "联系我们"],
    side="<h4>报名咨询</h4><p>地址：沧州市运河区解放西路198号创业大厦6层</p><p>电话：0317-5201836</p><p>官网：www.jizhi-px.cn</p>",
    foot="冀智职业技能培训学校 版权所有 · 地址：沧州市运河区解放西路198号 · 办学许可证号：教民113090270001234号"),
 "kecheng": dict(name="学途课堂 · 职业技能课程平台", style="course marketplace", cls="mkt",
    nav=["首页", "IT互联网", "职业考证", "AI人工智能", "学历提升", "机构入驻"],
    side="<h4>平台保障</h4><ul><li>7天无理由退课</li><li>机构资质审核</li></ul><p class='batch'>本周开班批次号：15020260311</p>",
    foot="学途课堂 xuetuketang.com · 客服热线 400-820-3366 · 客服邮箱 kefu@xuetuketang.com · 京ICP备19047712号-2 · 平台仅提供信息展示，课程由入驻机构提供"),
 "bbs": dict(name="狮城论坛 · 沧州人自己的论坛", style="forum", cls="bbs",
    nav=["论坛首页", "沧州杂谈", "求职招聘", "教育培训", "二手市场", "站务"],
    side="<h4>版规</h4><p>禁止发布广告，违者删帖封号。发现违规请举报。</p>",
    foot="狮城论坛 bbs.shichengluntan.com · 站务QQ群 638215407 · 站务邮箱 admin@shichengluntan.com · 冀ICP备17021553号"),
 "fenlei": dict(name="廊坊便民信息网", style="classifieds", cls="cls",
    nav=["首页", "招聘求职", "房产", "教育培训", "生活服务", "免费发布"],
    side="<h4>安全提示</h4><p>凡是要求先交定金、保证金的，请提高警惕。</p>",
    foot="廊坊便民信息网 · 客服电话 0316-2215508 · 冀ICP备2021018834号-1 · 信息由网友发布，本站不对真实性负责"),
 "wenda": dict(name="问问吧 · 有问必答", style="Q&A", cls="qa",
    nav=["首页", "职场", "教育", "考证", "数码", "我要提问"],
    side="<h4>相关标签</h4><p>人工智能训练师 · 数据标注 · 技能证书 · 补贴</p>",
    foot="问问吧 www.wenwenba.cn · 回答内容仅代表网友个人观点 · 举报邮箱 jubao@wenwenba.cn"),
 "mp": dict(name="微读网 · 公众号文章精选", style="WeChat-article reposts", cls="wx",
    nav=["首页", "职场", "教育", "科技", "本地", "投稿"],
    side="<h4>热门阅读</h4><ol><li>2026年这些证书还值得考吗</li><li>沧州最新技能补贴</li></ol>",
    foot="微读网 转载文章版权归原公众号所有 · 侵权删除请联系 tougao@weiduwang.cn"),
 "video": dict(name="快看短视频 网页版", style="short-video pages", cls="vid",
    nav=["推荐", "关注", "同城", "知识", "直播"],
    side="<h4>同城热门</h4><p>沧州 · 廊坊 · 任丘 · 霸州</p>",
    foot="快看短视频 · 网络违法和不良信息举报 400-617-7800 · 未成年人专线 · 增值电信业务经营许可证"),
 "news": dict(name="冀中新闻网", style="news", cls="news",
    nav=["首页", "时政", "民生", "教育", "财经", "专题"],
    side="<h4>新闻热线</h4><p>欢迎提供新闻线索</p>",
    foot="冀中新闻网 版权所有 · 新闻热线 0317-2150110 · 违法和不良信息举报 jubao@jizhongnews.cn"),
 "rsj": dict(name="某市人力资源和社会保障局", style="人社局 notice site", cls="gov",
    nav=["首页", "政务公开", "政策文件", "办事服务", "互动交流"],
    side="<h4>便民服务</h4><p>人社服务热线 12333</p><p>证书查询：zscx.osta.org.cn</p>",
    foot="主办：某市人力资源和社会保障局 · 咨询电话 0316-2251233 · 政务服务热线 12333"),
 "shop": dict(name="淘学商城", style="shop", cls="shop",
    nav=["首页", "分类", "考证专区", "店铺街", "购物车"],
    side="<h4>购物保障</h4><p>支付宝担保交易，确认收货后放款。支付问题请拨打支付宝客服 95188。</p>",
    foot="淘学商城 taoxue-mall.com · 平台客服QQ 800056789 · 商家资质公示"),
 "blog": dict(name="老周的学习笔记", style="blog", cls="blog",
    nav=["首页", "AI学习", "考证记录", "生活", "关于"],
    side="<h4>关于博主</h4><p>廊坊人，前数据标注组长，现在带新人。</p>",
    foot="老周的学习笔记 · Powered by 点点博客 diandianblog.com"),
}
SITE_ORDER = ["jizhi", "kecheng", "bbs", "fenlei", "wenda", "mp", "video", "news", "rsj", "shop", "blog"]

PAGES = []  # dicts: path, site, title, section, body, is_offer, operator, provider, ids, note

def P(path, site, title, section, body, op=None, provider=None, ids=(), note="", offer=True):
    PAGES.append(dict(path=path, site=site, title=title, section=section, body=body,
                      is_offer=offer, operator=op, provider=provider,
                      ids=[list(i) for i in ids], note=note))

ZSCX = "zscx.osta.org.cn"
VENUE = "0317-2090123"  # exam venue front desk (third party)

# ---------------------------------------------------------------- U01 冀智
P("/jizhi/ai-trainer-5.html", "jizhi", "人工智能训练师（五级/初级工）周末班招生简章", "培训项目", f"""
<h1>人工智能训练师（五级/初级工）周末班招生简章</h1>
<p class="meta">发布：教务处　浏览：1268</p>
<p>人工智能训练师（职业编码4-04-05-05）是2020年人社部等部门发布的新职业，包括数据标注员、人工智能算法测试员两个工种。我校依据《人工智能训练师国家职业技能标准（2021年版）》开设五级（初级工）培训。</p>
<h3>报名条件</h3><p>累计从事本职业或相关职业工作满1年（含），或本职业学徒期满。初中及以上学历。</p>
<h3>课程安排</h3><p>理论+实操共60课时，周六日上课，约5周。实操内容：数据采集与清洗、图像/文本/语音标注、标注质检。</p>
<h3>费用</h3><p>培训费1280元（含教材）。符合条件的参保职工取证后可申请失业保险技能提升补贴（五级最高1000元），以当地人社部门审核为准。</p>
<p>考试由备案的评价机构组织，证书可在技能人才评价证书全国联网查询（{ZSCX}）查询。认定考点：沧州职业技术学院鉴定站，考点前台{VENUE}（仅负责考场事务）。</p>
<div class="contact"><p>报名电话：0317-5201836　手机：139 3171 2846（王老师）</p><p>微信：jizhi_px2026</p><p>学校官网 www.jizhi-px.cn</p></div>
""", "U01", "冀智职业技能培训学校",
  [("phone", "03175201836", "0317-5201836"), ("phone", "+8613931712846", "139 3171 2846"),
   ("wechat", "jizhi_px2026", "jizhi_px2026"), ("domain", "jizhi-px.cn", "www.jizhi-px.cn")],
  "training school's own course page, level 5, honest")
P("/jizhi/ai-trainer-3.html", "jizhi", "人工智能训练师三级（高级工）提升班", "培训项目", f"""
<h1>人工智能训练师三级（高级工）提升班</h1>
<p>面向已取得四级证书、从事数据标注/AI产品运营满5年的学员，或取得四级证书的大专以上相关专业人员（取证后工作满2年）。</p>
<p>课程40课时：业务分析、智能训练、智能系统设计、培训与指导。报名需提交四级证书及工作年限证明，<b>不符合条件不收费</b>。</p>
<p>培训费2680元。三级技能提升补贴最高2000元（需参保满1年），补贴由人社部门直接拨付个人。</p>
<p>咨询：(0317)5201836　王老师 13931712846</p>
<p>证书查询请认准 {ZSCX}，其他所谓“官网”均不可信。</p>
""", "U01", "冀智职业技能培训学校",
  [("phone", "03175201836", "(0317)5201836"), ("phone", "+8613931712846", "13931712846")],
  "training school's own course page, level 3, with eligibility check")

# ---------------------------------------------------------------- U02 智鼎
P("/kecheng/c1001.html", "kecheng", "【智鼎教育】人工智能训练师四级 线上+线下 考证班", "AI人工智能", f"""
<h1>【智鼎教育】人工智能训练师四级 线上+线下 考证班</h1>
<div class="price">¥1980 <del>¥2980</del>　已报名 326人　评分4.7</div>
<div class="org">开课机构：智鼎教育（廊坊智鼎教育科技有限公司）<br>统一社会信用代码：{USCC_U02}</div>
<h3>课程介绍</h3><p>四级（中级工）：基本要求、数据采集和处理、数据标注、智能系统运维。线上录播32课时+线下实操18课时（廊坊广阳区上课）。</p>
<p>报名后老师一对一审核报考条件。报名表通过金数据填写：jinshuju.net/f/Zd8kQx。</p>
<h3>机构联系方式</h3><p>课程顾问 刘老师 186 3168 5207</p>
""", "U02", "智鼎教育",
  [("uscc", USCC_U02, USCC_U02), ("phone", "+8618631685207", "186 3168 5207")],
  "marketplace course listing, level 4")
P("/fenlei/post-2201.html", "fenlei", "廊坊 人工智能训练师 考证培训 数据标注 补贴", "教育培训", """
<h1>廊坊 人工智能训练师 考证培训 数据标注 补贴</h1>
<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>广阳区 新华路</td></tr><tr><td>联系人</td><td>刘老师</td></tr><tr><td>电话</td><td>18631685207（微信同号）</td></tr><tr><td>QQ</td><td>扣扣 3307815264</td></tr></table>
<p>智鼎教育常年招生：人工智能训练师五级、四级，小班授课，边学边做真实标注项目。在职人员符合条件可以申请技能提升补贴，具体咨询。</p>
<p>报名请扫码填写金数据表单 jinshuju.net，或直接电话。</p>
""", "U02", "智鼎教育",
  [("phone", "+8618631685207", "18631685207"), ("qq", "3307815264", "3307815264")],
  "classified ad")
P("/shop/item-1.html", "shop", "智鼎AI职培旗舰店 人工智能训练师五级/四级 培训报名 定金", "考证专区", """
<h1>智鼎AI职培旗舰店｜人工智能训练师五级/四级 培训报名 定金</h1>
<div class="price">定金 ¥200　月销 41</div>
<p>拍下为培训定金，开班后补齐尾款。五级总价1280，四级总价1980。</p>
<p>店铺客服QQ3307815264，工作时间9:00-18:00；课程资料发送邮箱：ZhiDing_Edu@163.com</p>
<p>温馨提示：证书由备案评价机构颁发，考试需本人参加，不代考不包过。</p>
""", "U02", "智鼎AI职培旗舰店",
  [("qq", "3307815264", "QQ3307815264"), ("email", "zhiding_edu@163.com", "ZhiDing_Edu@163.com")],
  "shop listing selling a training deposit")
P("/wenda/q-505.html", "wenda", "在廊坊想学人工智能训练师，哪家机构靠谱？", "考证", f"""
<h1>在廊坊想学人工智能训练师，哪家机构靠谱？</h1>
<div class="q">提问者：匿名用户　刚毕业，想转行做数据标注，廊坊本地有培训吗？</div>
<div class="a"><b>智鼎教育刘老师</b>（机构认证）：<p>您好，我们在廊坊广阳区，五级、四级都有开班。报名前可以先看资质：廊坊智鼎教育科技有限公司，信用代码{USCC_U02}。资料可以发邮箱 zhiding_edu@163.com 索取，官网 www.zhiding-edu.com。</p></div>
<div class="a"><b>路人甲</b>：<p>不管哪家，认准能在{ZSCX}查到的证书。</p></div>
""", "U02", "智鼎教育",
  [("uscc", USCC_U02, USCC_U02), ("email", "zhiding_edu@163.com", "zhiding_edu@163.com"),
   ("domain", "zhiding-edu.com", "www.zhiding-edu.com")],
  "Q&A answer by the seller")

# ---------------------------------------------------------------- U03 国培数智 (scam)
P("/kecheng/c1002.html", "kecheng", "人工智能训练师 二级技师 国家职业资格证书 零基础 三个月拿证", "职业考证", """
<h1>人工智能训练师 二级技师 国家职业资格证书 零基础 三个月拿证</h1>
<div class="price">¥4980 <del>¥9800</del>　已报名 1.2万人</div>
<div class="org">开课机构：国培数智人才评价中心</div>
<p>人社部颁发！国家职业资格证书！全国通用，入库可查！零基础、不限学历、不限经验，一次报考五级到二级任选，三证同报立减2000！</p>
<p>包过！不过全额退款！免培训直接考，拿证后可挂靠，年入3万+！</p>
<p>证书官网查询：cx.gpsz-zs.cn</p>
<p>全国招生热线：400-698-1352</p>
""", "U03", "国培数智人才评价中心",
  [("domain", "gpsz-zs.cn", "cx.gpsz-zs.cn"), ("phone", "4006981352", "400-698-1352")],
  "scam: level 2 to beginners, 人社部颁发, 包过, 挂靠, fake query site")
P("/fenlei/post-2204.html", "fenlei", "急招！AI训练师证 人社部证书 考下来补贴3000 名额有限", "教育培训", """
<h1>急招！AI训练师证 人社部证书 考下来补贴3000 名额有限</h1>
<table class="info"><tr><td>类别</td><td>考证培训</td></tr><tr><td>区域</td><td>廊坊全市</td></tr><tr><td>联系人</td><td>中培国认 张主任</td></tr><tr><td>电话</td><td>4006981352</td></tr></table>
<p>人工智能训练师高级技师 最后一期报名，考完补贴3000元，等于免费拿证！人社部直属，官方认证，国家认可。加微信 gpsz_kefu01 发资料，今天报名送题库。</p>
<p>请输入手机号，如 13800138000，我们会回电。</p>
""", "U03", "中培国认",
  [("phone", "4006981352", "4006981352"), ("wechat", "gpsz_kefu01", "gpsz_kefu01")],
  "scam classified: level 1 subsidy lie")
P("/video/v-7002.html", "video", "零基础三个月拿高级技师证？AI训练师了解一下", "知识", """
<h1>零基础三个月拿高级技师证？AI训练师了解一下 #人工智能训练师 #考证</h1>
<div class="author">@国培数智AI训练师　粉丝 8.6万</div>
<div class="desc">视频文案：“别人还在卷学历，你已经拿到国家级高级技师证了！工信部+人社部双证，包过。”</div>
<p>主页简介：V:gpsz_kefu01 ｜ 粉丝群 715268394 进群领资料</p>
<div class="cmt"><b>评论</b><p>用户8823：真的假的，我初中学历能考吗？ 作者回复：能，不限学历私我</p></div>
""", "U03", "国培数智AI训练师",
  [("wechat", "gpsz_kefu01", "V:gpsz_kefu01"), ("qq_group", "715268394", "715268394")],
  "short video ad, scam wording")
P("/mp/a-306.html", "mp", "重磅！2026年人工智能训练师最后一批国家证书，错过再等一年", "教育", f"""
<h1>重磅！2026年人工智能训练师最后一批国家证书，错过再等一年</h1>
<p class="src">来源：中培国认职业技能评价中心 公众号</p>
<p>人社部证书退出，哪家证书来接盘？本中心联合多家部委直属单位颁发人工智能训练师证书，国家级，官方指定，内部信息提前透露考题。</p>
<p>报名费4980元，对公转账户名：北京中培国认信息咨询有限公司（统一社会信用代码{USCC_U03}）。</p>
<p>报名群 QQ群:715268394。付款遇到问题可联系支付宝客服95188。</p>
""", "U03", "中培国认职业技能评价中心",
  [("qq_group", "715268394", "715268394"), ("other", "北京中培国认信息咨询有限公司", "北京中培国认信息咨询有限公司"),
   ("uscc", USCC_U03, USCC_U03)],
  "WeChat repost, scam, 人社部证书退出 slogan")

# ---------------------------------------------------------------- U04 启航数智
P("/bbs/thread-103.html", "bbs", "[教育培训] 有没有想学数据标注的？带你入行+拿证", "教育培训", """
<h1>[教育培训] 有没有想学数据标注的？带你入行+拿证</h1>
<div class="post"><div class="u">楼主：启航小许　注册：2024-03</div><p>本人廊坊，做了三年数据标注项目，现在带学员。人工智能训练师四级，学完推荐接单，证书包过，不过退一半。有意的 15131628473，或 wx qihang_ai_lf。</p></div>
<div class="post"><div class="u">2楼：沧州老李</div><p>包过这种话一般都不靠谱，举报了。</p></div>
""", "U04", "启航数智",
  [("phone", "+8615131628473", "15131628473"), ("wechat", "qihang_ai_lf", "qihang_ai_lf")],
  "forum ad post with 包过")
P("/wenda/q-502.html", "wenda", "人工智能训练师四级好考吗？考下来能干嘛？", "考证", f"""
<h1>人工智能训练师四级好考吗？考下来能干嘛？</h1>
<div class="q">提问者：小雨点　在沧州，宝妈，想在家做数据标注。</div>
<div class="a"><b>启航数智-许老师</b>：<p>不难的，我们学员90%小白都能学会，学完推荐在家接单，一个月几千块。四级证书包过，有兴趣加 vx:qihang_ai_lf 发你课程表。</p></div>
<div class="a"><b>石榴姐</b>：<p>同问，我也想学，加我 shiliu_0316 一起报团。</p></div>
""", "U04", "启航数智",
  [("wechat", "qihang_ai_lf", "vx:qihang_ai_lf")],
  "Q&A answer ad")
P("/shop/item-2.html", "shop", "启航数智教育 人工智能训练师四级 数据标注全套课程+考证", "考证专区", """
<h1>启航数智教育｜人工智能训练师四级 数据标注全套课程+考证</h1>
<div class="price">¥1699　月销 88</div>
<p>原价9999限时1699！包含：数据标注实操60节、题库、模拟考。考证包过，推荐兼职接单。</p>
<p>售后电话：151 3162 8473　邮箱 qihangshuzhi@qq.com</p>
""", "U04", "启航数智教育",
  [("phone", "+8615131628473", "151 3162 8473"), ("email", "qihangshuzhi@qq.com", "qihangshuzhi@qq.com")],
  "shop listing, 原价9999 and 包过")
P("/blog/p-1.html", "blog", "朋友的AI训练师课程，顺手推荐一下", "考证记录", """
<h1>朋友的AI训练师课程，顺手推荐一下</h1>
<p class="meta">2026-03-12　分类：考证记录</p>
<p>老朋友小许在廊坊开了个“启航数智”，专门教数据标注和人工智能训练师四级。我去听过一节课，实操部分还行。</p>
<p>他们说包过我是不太信的，大家理性看待。想了解的可以发邮件 qihangshuzhi#qq.com（#换成@），或者加他 wx：qihang_ai_lf。</p>
<div class="cmt"><p>网友留言：求老周出个自学教程！</p></div>
""", "U04", "启航数智",
  [("email", "qihangshuzhi@qq.com", "qihangshuzhi#qq.com"), ("wechat", "qihang_ai_lf", "qihang_ai_lf")],
  "blog post promoting a friend's course")

# ---------------------------------------------------------------- U05 博睿职教 (honest)
P("/kecheng/c1003.html", "kecheng", "博睿职教 人工智能训练师五级（数据标注员）系统课", "AI人工智能", f"""
<h1>博睿职教 人工智能训练师五级（数据标注员）系统课</h1>
<div class="price">¥980　已报名 512人　评分4.9</div>
<div class="org">开课机构：博睿职教　营业执照信用代码 {USCC_U05}</div>
<p>课程严格按2021版国家职业技能标准编写，60课时。报考五级需相关工作满1年或学徒期满，不符合条件的我们会如实告知。</p>
<p>证书为职业技能等级证书（不是国家职业资格证书），由备案评价机构颁发，可在{ZSCX}查询。证书样本编号格式：S000013081110253000128。</p>
<p>政策咨询可拨打12333。机构电话 0316-2389015</p>
""", "U05", "博睿职教",
  [("uscc", USCC_U05, USCC_U05), ("phone", "03162389015", "0316-2389015")],
  "honest marketplace listing, level 5")
P("/wenda/q-501.html", "wenda", "人工智能训练师证书是国家承认的吗？有没有用？", "考证", f"""
<h1>人工智能训练师证书是国家承认的吗？有没有用？</h1>
<div class="q">提问者：廊坊小陈　看到好多广告说人社部颁发，是真的吗？</div>
<div class="a"><b>博睿老师</b>：<p>现在的人工智能训练师证书是职业技能等级证书，由在人社部门备案的评价机构颁发，不是人社部直接颁发。真证书都能在{ZSCX}查到。我们博睿职教在廊坊有五级、四级培训班，电话0316-2389015，微信 BoRui_ZhiJiao。</p></div>
<div class="a"><b>热心网友</b>：<p>说“人社部颁发”“包过”的都别信。</p></div>
""", "U05", "博睿职教",
  [("phone", "03162389015", "0316-2389015"), ("wechat", "borui_zhijiao", "BoRui_ZhiJiao")],
  "Q&A answer by an honest seller")
P("/shop/item-3.html", "shop", "博睿职业教育 人工智能训练师五级/四级 培训课程 可开发票", "考证专区", f"""
<h1>博睿职业教育｜人工智能训练师五级/四级 培训课程 可开发票</h1>
<div class="price">¥980 起　月销 19</div>
<p>开票主体信用代码：{USCC_U05}。上课地点：廊坊广阳区。</p>
<p>报名前请联系客服核对报考条件，微信号 borui_zhijiao。本店不承诺包过。</p>
<p>证书样本编号 S000013081110253000128 仅供参考格式。</p>
""", "U05", "博睿职业教育",
  [("uscc", USCC_U05, USCC_U05), ("wechat", "borui_zhijiao", "borui_zhijiao")],
  "shop listing, honest")

# ---------------------------------------------------------------- U06 华北人才 (scam)
P("/fenlei/post-2202.html", "fenlei", "人工智能训练师三级直接拿证 无需考试 可查 可补贴", "教育培训", """
<h1>人工智能训练师三级直接拿证 无需考试 可查 可补贴</h1>
<table class="info"><tr><td>类别</td><td>考证</td></tr><tr><td>联系人</td><td>华北人才评价网 孙经理</td></tr><tr><td>电话</td><td>176 0317 5526</td></tr><tr><td>QQ</td><td>QQ:1265398047</td></tr></table>
<p>不限年龄、不限专业、无门槛，三级高级工直接拿，免培训包通过，全国联网可查。一证在手，落户加分、评职称直接对应！</p>
<p>在线报名表：jinshuju.net/f/hb2026 ，请输入手机号，如 13800138000</p>
""", "U06", "华北人才评价网",
  [("phone", "+8617603175526", "176 0317 5526"), ("qq", "1265398047", "QQ:1265398047")],
  "scam classified: direct certificate, no exam")
P("/wenda/q-504.html", "wenda", "AI训练师三级能直接考吗？我没有四级", "考证", """
<h1>AI训练师三级能直接考吗？我没有四级</h1>
<div class="q">提问者：任丘打工人</div>
<div class="a"><b>京津冀人才发展服务中心</b>：<p>可以的，我们有内部渠道，不需要四级，不需要工作年限，直接三级，一个月出证。Q 1265398047，威信 hbrc8899。</p></div>
<div class="a"><b>懂行的</b>：<p>三级要四级证+年限，说能直接三级的都是骗子。</p></div>
""", "U06", "京津冀人才发展服务中心",
  [("qq", "1265398047", "1265398047"), ("wechat", "hbrc8899", "hbrc8899")],
  "Q&A answer, scam")
P("/video/v-7003.html", "video", "三级AI训练师证 一个月到手 落户加分", "同城", """
<h1>三级AI训练师证 一个月到手 落户加分 #廊坊 #沧州</h1>
<div class="author">@华北人才孙经理　粉丝 2.3万</div>
<div class="desc">“高级工证书，不考试，一个月下证，国家人才库可查！”</div>
<p>简介：合作请 vx: hbrc8899 ☎17603175526</p>
""", "U06", "华北人才孙经理",
  [("wechat", "hbrc8899", "vx: hbrc8899"), ("phone", "+8617603175526", "17603175526")],
  "short video, scam")

# ---------------------------------------------------------------- U07 小鹿学AI (9.9 funnel)
P("/kecheng/c1005.html", "kecheng", "小鹿学AI｜9.9元 AI训练师入门体验课（含考证规划）", "AI人工智能", """
<h1>小鹿学AI｜9.9元 AI训练师入门体验课（含考证规划）</h1>
<div class="price">¥9.9　已报名 3.4万人</div>
<div class="org">开课机构：小鹿学AI</div>
<p>3节直播课带你了解AI训练师，结课后班主任为你规划考证路线。正价课另行收费。</p>
<p>班主任电话：19931786630</p>
""", "U07", "小鹿学AI",
  [("phone", "+8619931786630", "19931786630")],
  "low-price funnel course")
P("/mp/a-303.html", "mp", "35岁宝妈转行AI训练师，月入过万的秘密", "职场", """
<h1>35岁宝妈转行AI训练师，月入过万的秘密</h1>
<p class="src">来源：小鹿学AI 公众号</p>
<p>“原来我也能做AI！”沧州的王姐去年还在超市当收银员，学了小鹿的课，现在在家做标注月入过万……</p>
<p>90%小白都能学会，原价9999，现在限时99元！添加小鹿老师微信 xiaolu_ai99，或致电 199 3178 6630 领取名额。</p>
<div class="cmt"><p>读者留言：我也想学，联系我 158 3160 2271</p></div>
""", "U07", "小鹿学AI",
  [("wechat", "xiaolu_ai99", "xiaolu_ai99"), ("phone", "+8619931786630", "199 3178 6630")],
  "WeChat repost advertorial, income hype")
P("/video/v-7001.html", "video", "学会这个，在家也能赚钱 #AI训练师", "推荐", """
<h1>学会这个，在家也能赚钱 #AI训练师 #宝妈副业</h1>
<div class="author">@小鹿学AI　粉丝 21万</div>
<div class="desc">“拿到证书便可升职加薪，零基础可学！”</div>
<p>评论区置顶：9.9体验课找小鹿老师V:xiaolu_ai99</p>
""", "U07", "小鹿学AI",
  [("wechat", "xiaolu_ai99", "xiaolu_ai99")],
  "short video ad")

# ---------------------------------------------------------------- U08 燕赵技能
P("/fenlei/post-2203.html", "fenlei", "燕赵职业技能培训中心 人工智能训练师（数据标注员）五级班", "教育培训", """
<h1>燕赵职业技能培训中心 人工智能训练师（数据标注员）五级班</h1>
<table class="info"><tr><td>区域</td><td>沧州 任丘</td></tr><tr><td>电话</td><td>0317-2061458 / 13785713920</td></tr></table>
<p>正规培训，按标准授课，晚班周末班，学费1180元。遇到虚假宣传可拨打12315投诉，我们欢迎监督。</p>
""", "U08", "燕赵职业技能培训中心",
  [("phone", "03172061458", "0317-2061458"), ("phone", "+8613785713920", "13785713920")],
  "classified ad, honest")
P("/mp/a-302.html", "mp", "任丘人注意！人工智能训练师培训开班了", "本地", """
<h1>任丘人注意！人工智能训练师培训开班了</h1>
<p class="src">来源：燕赵技能 公众号</p>
<p>燕赵职业技能培训中心第12期人工智能训练师五级班开始报名，学费1180元，参保职工取证后可按规定申请补贴。</p>
<p>报名热线 137-8571-3920，资料索取 yanzhaojn@126.com</p>
<div class="cmt"><p>读者留言：求联系 158 3160 2271</p></div>
""", "U08", "燕赵技能",
  [("phone", "+8613785713920", "137-8571-3920"), ("email", "yanzhaojn@126.com", "yanzhaojn@126.com")],
  "WeChat repost, enrolment notice")
P("/shop/item-5.html", "shop", "燕赵技能培训店 人工智能训练师五级 线上课程", "考证专区", """
<h1>燕赵技能培训店｜人工智能训练师五级 线上课程</h1>
<div class="price">¥680　月销 12</div>
<p>线上理论课，实操需到任丘教学点。课件邮箱：YanZhaoJN@126.com</p>
""", "U08", "燕赵技能培训店",
  [("email", "yanzhaojn@126.com", "YanZhaoJN@126.com")],
  "shop listing")

# ---------------------------------------------------------------- U09 渤海职培 (honest, warns of impersonation)
P("/fenlei/post-2206.html", "fenlei", "沧州渤海职业培训学校 人工智能训练师五级/四级招生", "教育培训", f"""
<h1>沧州渤海职业培训学校 人工智能训练师五级/四级招生</h1>
<table class="info"><tr><td>区域</td><td>沧州 新华区</td></tr><tr><td>电话</td><td>0317-3087726</td></tr></table>
<p>民办非企业单位，统一社会信用代码{USCC_U09}。五级、四级按条件报考，不包过。</p>
<p>郑重声明：近期有人冒用我校名义以17732196508招生，与本校无关，请勿转账！政策咨询12333。</p>
""", "U09", "沧州渤海职业培训学校",
  [("phone", "03173087726", "0317-3087726"), ("uscc", USCC_U09, USCC_U09)],
  "classified, honest, with impersonation warning")
P("/video/v-7004.html", "video", "沧州考AI训练师，先看这条", "同城", f"""
<h1>沧州考AI训练师，先看这条 #沧州 #技能补贴</h1>
<div class="author">@渤海职培　粉丝 6千</div>
<div class="desc">“五级要工作满1年，三级要四级证加年限，说零基础直接拿三级的都是骗人。”</div>
<p>简介：沧州渤海职业培训学校官方号 wx:bhzp_cz 电话03173087726。考点在沧州职业技术学院鉴定站（前台{VENUE}）。</p>
""", "U09", "渤海职培",
  [("wechat", "bhzp_cz", "wx:bhzp_cz"), ("phone", "03173087726", "03173087726")],
  "short video by honest school")
P("/news/n-3.html", "news", "新职业“人工智能训练师”走俏 沧州一职业学校开设专班", "教育", f"""
<h1>新职业“人工智能训练师”走俏 沧州一职业学校开设专班</h1>
<p class="meta">2026-04-02　来源：冀中新闻网　（推广）</p>
<p>记者从沧州渤海职业培训学校了解到，该校今年开设人工智能训练师五级、四级专班，已有80余名学员报名。证书样本编号S000013081110253000128显示，证书可在{ZSCX}查询。</p>
<p>该校提醒，人工智能训练师证书属于职业技能等级证书，由备案评价机构颁发。报名电话：0317—3087726，学校信用代码{USCC_U09}。如有疑问可拨打12333。</p>
""", "U09", "沧州渤海职业培训学校",
  [("phone", "03173087726", "0317—3087726"), ("uscc", USCC_U09, USCC_U09)],
  "news advertorial (推广)")

# ---------------------------------------------------------------- U01 more
P("/bbs/thread-101.html", "bbs", "[教育培训] 运河区人工智能训练师周末班，还有几个名额", "教育培训", """
<h1>[教育培训] 运河区人工智能训练师周末班，还有几个名额</h1>
<div class="post"><div class="u">楼主：冀智小王</div><p>冀智学校的五级周末班还有几个名额，5月开课，学费1280。电话139-3171-2846，薇：Jizhi_PX2026。</p></div>
<div class="post"><div class="u">2楼：石榴姐</div><p>我报了，想一起的加我 shiliu_0316</p></div>
""", "U01", "冀智学校",
  [("phone", "+8613931712846", "139-3171-2846"), ("wechat", "jizhi_px2026", "Jizhi_PX2026")],
  "forum post by school staff")
P("/mp/a-301.html", "mp", "冀智AI学院｜人工智能训练师第8期开班通知", "教育", f"""
<h1>冀智AI学院｜人工智能训练师第8期开班通知</h1>
<p class="src">来源：冀智AI学院 公众号</p>
<p>第8期人工智能训练师五级班将于5月10日开课，三级提升班同步招生。认定考点：沧州职业技术学院鉴定站，前台电话{VENUE}。</p>
<p>咨询电话：0317 520 1836　学员服务QQ：2851093374</p>
""", "U01", "冀智AI学院",
  [("phone", "03175201836", "0317 520 1836"), ("qq", "2851093374", "2851093374")],
  "WeChat repost under a second brand")

# ---------------------------------------------------------------- independents
P("/kecheng/c1004.html", "kecheng", "新程教育 人工智能训练师五级 直播课", "AI人工智能", """
<h1>新程教育 人工智能训练师五级 直播课</h1>
<div class="price">¥1180　已报名 87人</div>
<div class="org">开课机构：新程教育（廊坊安次区）</div>
<p>直播+回放，班主任督学。报名咨询 158-3261-2047</p>
""", "I01", "新程教育", [("phone", "+8615832612047", "158-3261-2047")], "independent marketplace listing")
P("/bbs/thread-104.html", "bbs", "[二手市场] 转让AI训练师课程名额，原价转", "二手市场", """
<h1>[二手市场] 转让AI训练师课程名额，原价转</h1>
<div class="post"><div class="u">楼主：考证姐</div><p>报了个人工智能训练师四级班，工作调动去不了了，名额原价转，可以帮你约机构直接报考。V：kaozhengjie_lf</p></div>
""", "I02", "考证姐", [("wechat", "kaozhengjie_lf", "kaozhengjie_lf")], "independent resale of a course seat")
P("/fenlei/post-2205.html", "fenlei", "霸州 智学堂 人工智能训练师 五级 晚班", "教育培训", """
<h1>霸州 智学堂 人工智能训练师 五级 晚班</h1>
<table class="info"><tr><td>区域</td><td>霸州</td></tr><tr><td>电话</td><td>0316—7830264</td></tr></table>
<p>小班教学，晚上7点到9点。请输入手机号，如 13800138000</p>
""", "I03", "智学堂", [("phone", "03167830264", "0316—7830264")], "independent classified")
P("/mp/a-304.html", "mp", "河间云帆培训：AI训练师+电商运营 双证班", "本地", """
<h1>河间云帆培训：AI训练师+电商运营 双证班</h1>
<p class="src">来源：河间云帆培训 公众号</p>
<p>双证同报更优惠！人工智能训练师五级+电子商务师，合报2380元。联系 136 3327 0815，邮箱 yunfanpx@163.com</p>
""", "I04", "河间云帆培训",
  [("phone", "+8613633270815", "136 3327 0815"), ("email", "yunfanpx@163.com", "yunfanpx@163.com")],
  "independent, 双证 bundle")
P("/shop/item-4.html", "shop", "2026人工智能训练师三级四级五级 题库 真题 包过资料", "考证专区", """
<h1>2026人工智能训练师三级四级五级 题库 真题 包过资料</h1>
<div class="price">¥39.9　月销 1030</div>
<p>命题组内部信息，押题率95%，包过！拍下后联系客服Q 2039417765发链接。</p>
""", "I05", "AI训练师题库店", [("qq", "2039417765", "2039417765")], "independent exam-dump seller, 命题组/包过")
P("/blog/p-2.html", "blog", "我的数据标注实战课上线了（附AI训练师考证建议）", "AI学习", f"""
<h1>我的数据标注实战课上线了（附AI训练师考证建议）</h1>
<p class="meta">2026-02-20</p>
<p>很多读者问怎么入行，我把这几年做标注组长的经验录成了课，299元，送五级考证辅导。课程页面 laozhou-ai.top，答疑微信 laozhou_ai。</p>
<p>考证建议：只认{ZSCX}能查到的证书。</p>
""", "I06", "老周", [("domain", "laozhou-ai.top", "laozhou-ai.top"), ("wechat", "laozhou_ai", "laozhou_ai")],
  "independent blogger selling own course")

# ---------------------------------------------------------------- non-offers
P("/bbs/thread-102.html", "bbs", "[沧州杂谈] 曝光！交了4980的AI训练师证，人跑了", "沧州杂谈", """
<h1>[沧州杂谈] 曝光！交了4980的AI训练师证，人跑了</h1>
<div class="post"><div class="u">楼主：维权的小刘</div><p>去年在网上看到说人社部颁发、包过，加了一个微信 gjzs_kaozheng，交了4980，现在拉黑了。对方还用过电话 177 3219 6508。大家擦亮眼睛，已经打12315投诉了。</p></div>
<div class="post"><div class="u">2楼：热心网友</div><p>证书去 zscx.osta.org.cn 查，查不到的都是假的。</p></div>
""", offer=False, note="forum complaint quoting a scammer's contacts")
P("/wenda/q-503.html", "wenda", "怎么查人工智能训练师证书是不是真的？", "考证", """
<h1>怎么查人工智能训练师证书是不是真的？</h1>
<div class="q">提问者：匿名</div>
<div class="a"><b>最佳答案</b>：<p>打开技能人才评价证书全国联网查询 zscx.osta.org.cn，输入姓名、证件号、证书编号。也可以上 osta.mohrss.gov.cn 看评价机构名单（pjjg.osta.org.cn）。有人让你加 gjzs_kaozheng 之类的微信“内部查询”的，别信。被骗了打12315。</p></div>
""", offer=False, note="Q&A guide on verification")
P("/mp/a-305.html", "mp", "警惕！“山寨证书”又换马甲了", "教育", """
<h1>警惕！“山寨证书”又换马甲了</h1>
<p class="src">来源：某市人社 公众号</p>
<p>近期有群众反映，有人通过微信号 gjzs_kaozheng 兜售所谓“人社部颁发”的人工智能训练师证书。人工智能训练师证书属于职业技能等级证书，由备案评价机构颁发，可登录 osta.mohrss.gov.cn 或 zscx.osta.org.cn 查询。咨询请拨12333。</p>
""", offer=False, note="warning article repost")
P("/news/n-1.html", "news", "我市通报多起“山寨证书”诈骗 涉及人工智能训练师", "民生", """
<h1>我市通报多起“山寨证书”诈骗 涉及人工智能训练师</h1>
<p class="meta">2026-03-28　来源：冀中新闻网</p>
<p>据市场监管部门介绍，部分骗子以“包过”“免培训”为诱饵，使用手机号177 3219 6508等联系受害人。市民如遇类似情况可拨打12315或12333反映。证书真伪可在zscx.osta.org.cn查询。</p>
""", offer=False, note="news warning quoting a scam number")
P("/rsj/notice-1.html", "rsj", "关于2026年失业保险技能提升补贴申领的通知", "政策文件", """
<h1>关于2026年失业保险技能提升补贴申领的通知</h1>
<p>取得职业技能等级证书的参保职工，累计缴纳失业保险费满1年的，可申领技能提升补贴：五级最高1000元、四级1500元、三级2000元。证书须能在 zscx.osta.org.cn 查询。</p>
<p>咨询电话：12333</p>
""", offer=False, note="official subsidy notice")
P("/rsj/notice-2.html", "rsj", "关于公布本市职业技能等级认定评价机构的公告", "政务公开", """
<h1>关于公布本市职业技能等级认定评价机构的公告</h1>
<p>经备案，以下机构可开展相关职业（工种）职业技能等级认定……完整名单请登录 pjjg.osta.org.cn 查看。对未备案机构的虚假宣传，可拨打12333或12315举报。</p>
""", offer=False, note="official notice on filed institutions")

# ---------------------------------------------------------------- decoys
DECOYS = [
 dict(kind="phone", value="12333", written=["12333"], cat="hotline", why="人社 public service hotline"),
 dict(kind="phone", value="12315", written=["12315"], cat="hotline", why="market-regulation complaint hotline"),
 dict(kind="domain", value="zscx.osta.org.cn", written=["zscx.osta.org.cn"], cat="official_site", why="official certificate query site"),
 dict(kind="domain", value="osta.mohrss.gov.cn", written=["osta.mohrss.gov.cn"], cat="official_site", why="official skill-evaluation site"),
 dict(kind="domain", value="pjjg.osta.org.cn", written=["pjjg.osta.org.cn"], cat="official_site", why="official list of evaluation institutions"),
 dict(kind="phone", value="4008203366", written=["400-820-3366"], cat="platform_footer", why="course marketplace customer service"),
 dict(kind="email", value="kefu@xuetuketang.com", written=["kefu@xuetuketang.com"], cat="platform_footer", why="course marketplace e-mail"),
 dict(kind="domain", value="xuetuketang.com", written=["xuetuketang.com"], cat="platform_footer", why="course marketplace domain"),
 dict(kind="qq_group", value="638215407", written=["638215407"], cat="platform_footer", why="forum's own QQ group"),
 dict(kind="email", value="admin@shichengluntan.com", written=["admin@shichengluntan.com"], cat="platform_footer", why="forum admin e-mail"),
 dict(kind="other", value="冀ICP备2021018834号-1", written=["冀ICP备2021018834号-1"], cat="platform_footer", why="classifieds site ICP number"),
 dict(kind="phone", value="03162215508", written=["0316-2215508"], cat="platform_footer", why="classifieds customer service"),
 dict(kind="domain", value="wenwenba.cn", written=["www.wenwenba.cn"], cat="platform_footer", why="Q&A platform domain"),
 dict(kind="email", value="tougao@weiduwang.cn", written=["tougao@weiduwang.cn"], cat="platform_footer", why="repost site e-mail"),
 dict(kind="phone", value="4006177800", written=["400-617-7800"], cat="platform_footer", why="video platform report line"),
 dict(kind="qq", value="800056789", written=["800056789"], cat="platform_footer", why="shop platform customer-service QQ"),
 dict(kind="domain", value="diandianblog.com", written=["diandianblog.com"], cat="platform_footer", why="blog host"),
 dict(kind="phone", value="03162251233", written=["0316-2251233"], cat="platform_footer", why="人社局 site consultation line"),
 dict(kind="phone", value="+8617732196508", written=["177 3219 6508", "17732196508"], cat="warning", why="scammer number quoted in complaint, news and an impersonation warning"),
 dict(kind="wechat", value="gjzs_kaozheng", written=["gjzs_kaozheng"], cat="warning", why="scammer WeChat quoted in warnings"),
 dict(kind="phone", value="+8615020260311", written=["15020260311"], cat="not_a_phone", why="marketplace batch number that looks like a mobile"),
 dict(kind="other", value="S000013081110253000128", written=["S000013081110253000128"], cat="not_a_phone", why="sample certificate number copied by several sellers"),
 dict(kind="phone", value="+8613800138000", written=["13800138000"], cat="placeholder", why="form template placeholder"),
 dict(kind="wechat", value="shiliu_0316", written=["shiliu_0316"], cat="reader", why="a reader's own WeChat in comments"),
 dict(kind="phone", value="+8615831602271", written=["158 3160 2271"], cat="reader", why="a reader's phone in comments"),
 dict(kind="phone", value="03172090123", written=[VENUE], cat="third_party", why="exam venue front desk"),
 dict(kind="domain", value="jinshuju.net", written=["jinshuju.net"], cat="third_party", why="form tool"),
 dict(kind="phone", value="95188", written=["95188"], cat="third_party", why="payment platform hotline"),
]

# ---------------------------------------------------------------- rendering
CSS = {
 "corp": "body{font-family:serif;background:#f4f6fb}header{background:#0b3d91;color:#fff}",
 "mkt": "body{font-family:sans-serif}header{background:#ff6a00;color:#fff}.price{color:#e4393c}",
 "bbs": "body{font-size:13px}header{background:#336}.post{border:1px solid #ccd}",
 "cls": "body{font-size:14px}header{background:#2a7}table.info td{border:1px solid #ddd}",
 "qa": "header{background:#1a9}.a{border-top:1px dashed #ccc}",
 "wx": "body{max-width:680px;margin:auto}header{background:#07c160;color:#fff}",
 "vid": "body{background:#111;color:#eee}header{background:#000}",
 "news": "body{font-family:SimSun,serif}header{background:#b00;color:#fff}",
 "gov": "body{font-family:SimSun,serif}header{background:#c00;color:#ff0}",
 "shop": "header{background:#f40;color:#fff}.price{font-size:20px;color:#f40}",
 "blog": "body{max-width:760px;margin:auto;font-family:Georgia,serif}",
}

def frame(site_key, title, crumbs, body, related):
    s = SITES[site_key]
    nav = "".join(f'<a href="/{site_key}/index.html">{n}</a> ' for n in s["nav"])
    crumb = " &gt; ".join(crumbs)
    rl = "".join(f'<li><a href="{h}">{html.escape(t)}</a></li>' for h, t in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)} - {s['name']}</title>
<style>{CSS[s['cls']]}</style></head>
<body class="{s['cls']}">
<header><div class="logo">{s['name']}</div><nav>{nav}<a href="/index.html">网址导航</a></nav></header>
<div class="crumbs">当前位置：{crumb}</div>
<div class="wrap"><main>{body}</main>
<aside>{s['side']}<h4>相关推荐</h4><ul>{rl}</ul></aside></div>
<footer>{s['foot']}</footer>
</body></html>
"""

def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {k: [p for p in PAGES if p["site"] == k] for k in SITE_ORDER}
    out = {}
    # site index pages
    for k in SITE_ORDER:
        s = SITES[k]
        items = "".join(f'<li><a href="{p["path"]}">{html.escape(p["title"])}</a></li>' for p in by_site[k])
        body = f"<h1>{s['name']}</h1><p>最新内容</p><ul class='list'>{items}</ul>"
        path = f"/{k}/index.html"
        out[path] = frame(k, s["name"], ['<a href="/index.html">导航</a>', s["name"]], body,
                          [(p["path"], p["title"]) for p in by_site[k][:3]])
        PAGES.append(dict(path=path, site=k, is_offer=False, operator=None, provider=None, ids=[],
                          note=f"index page of {s['style']}"))
    for k in SITE_ORDER:
        lst = by_site[k]
        for i, p in enumerate(lst):
            related = [(q["path"], q["title"]) for q in (lst[i + 1:] + lst[:i])[:4]]
            crumbs = [f'<a href="/{k}/index.html">{SITES[k]["name"]}</a>', p["section"], html.escape(p["title"])]
            out[p["path"]] = frame(k, p["title"], crumbs, p["body"], related)
    hub_items = "".join(f'<li><a href="/{k}/index.html">{SITES[k]["name"]}</a>（{SITES[k]["style"]}）</li>' for k in SITE_ORDER)
    out["/index.html"] = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>沧州廊坊 网址导航</title></head>
<body><h1>沧州·廊坊 常用网址导航</h1><ul>{hub_items}</ul></body></html>
"""
    PAGES.append(dict(path="/index.html", site=None, is_offer=False, operator=None, provider=None, ids=[], note="hub"))
    for path, text in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    # truth
    pages = []
    for p in sorted(PAGES, key=lambda x: x["path"]):
        pages.append({"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"],
                      "provider": p["provider"], "identifiers": p["ids"], "note": p["note"]})
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for kind, val, _w in p["ids"]:
                if [kind, val] not in d["identifiers"]:
                    d["identifiers"].append([kind, val])
    decoys = []
    for d in DECOYS:
        pg = sorted(path for path, text in out.items() if any(w in text for w in d["written"]))
        decoys.append({"kind": d["kind"], "value": d["value"], "written": d["written"], "pages": pg,
                       "category": d["cat"], "why": d["why"]})
    truth = {"pages": pages, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    build()
