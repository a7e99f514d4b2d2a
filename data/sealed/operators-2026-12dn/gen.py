#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
sellers, as a reviewer in Shaanxi/Gansu would meet it, plus truth.json.

Standard library only; deterministic (no clock, no randomness).  `python3 gen.py` writes
site/ and truth.json next to this file.
"""
import html
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100-2015)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def uscc(prefix2, division6, org8):
    s = sum(_orgval(c) * w for c, w in zip(org8, W_ORG))
    c = 11 - s % 11
    orgchk = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = prefix2 + division6 + org8 + orgchk
    assert len(body) == 17 and all(ch in ALPHA for ch in body), body
    t = sum(ALPHA.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - t % 31
    r = 0 if r == 31 else r
    return body + ALPHA[r]


USCC_U01 = uscc("52", "610113", "MA6TK8R3")   # 民办非企业单位, 西安雁塔
USCC_U03 = uscc("52", "620502", "MA74QD2N")   # 民办非企业单位, 天水秦州
USCC_U04 = uscc("91", "610131", "MA6X9H7L")   # 企业, 西安高新
USCC_U05 = uscc("91", "610302", "MA6XB4JT")   # 企业 with a state-sounding name, 宝鸡渭滨
USCC_U09 = uscc("91", "610602", "MA703E8P")   # 企业, 延安宝塔
USCC_I05 = uscc("12", "610400", "43520789")   # 事业单位 (a college), 咸阳

# ---------------------------------------------------------------- sites and their frames
SITES = {
    "ruizhipx": dict(
        name="西安瑞智职业技能培训学校", kind="training-company site",
        menu=["首页", "学校简介", "培训项目", "政策解读", "报名咨询", "联系我们"],
        side="<h3>培训项目</h3><ul><li>人工智能训练师(五级/四级/三级)</li><li>电子商务师</li>"
             "<li>互联网营销师</li><li>养老护理员</li></ul><h3>办公时间</h3><p>周一至周六 9:00-17:30</p>",
        footer="西安瑞智职业技能培训学校 版权所有 | 地址：西安市雁塔区丈八东路 21 号创业大厦 6 层 | "
               "电话：029-88362517 | 邮箱：ruizhipx@126.com<br>统一社会信用代码：" + USCC_U01 +
               " | 陕ICP备2021008837号-1 | www.ruizhipx.cn",
        css="body{font-family:SimSun;background:#eef3f8}header{background:#0b4a8b;color:#fff}"),
    "xuetuketang": dict(
        name="学途课堂 · 职业技能课程平台", kind="course marketplace",
        menu=["首页", "IT/互联网", "职业考证", "人工智能", "语言学习", "我的课程", "入驻机构"],
        side="<h3>猜你喜欢</h3><ul><li>Python 数据分析入门</li><li>健康管理师备考</li>"
             "<li>Midjourney 商业绘图</li></ul><p class='ad'>机构入驻 0 元开店</p>",
        footer="学途课堂 xuetuketang.com | 客服热线 400-860-2233（9:00-21:00） | 客服邮箱 kefu@xuetuketang.com | "
               "陕ICP备19004521号-2 | 平台仅提供信息展示，课程由入驻机构提供",
        css="body{font-family:'Microsoft YaHei';background:#fafafa}header{background:#ff6a00}"),
    "baixing-sg": dict(
        name="陕甘百姓网", kind="classifieds",
        menu=["首页", "招聘", "二手", "房产", "教育培训", "本地服务", "免费发布"],
        side="<h3>教育培训热门</h3><ul><li>兰州 会计培训</li><li>西安 驾校报名</li><li>天水 电工证</li></ul>"
             "<p>发帖须知：禁止发布虚假证书、代考等信息。</p>",
        footer="陕甘百姓网 · 免费发布分类信息 | 客服电话：0931-8890123 | 站长交流QQ群：519283746 | "
               "甘ICP备18003327号 | 信息由网友发布，交易前请核实",
        css="body{font-size:13px}header{background:#c00}"),
    "longshang-bbs": dict(
        name="陇上人家论坛", kind="forum",
        menu=["论坛首页", "兰州生活", "天水茶馆", "就业培训", "投诉曝光", "站务公告"],
        side="<h3>版块信息</h3><p>今日：128 | 主题：35612</p><h3>热帖</h3><ul><li>兰州新区租房避坑</li>"
             "<li>武威考编经验</li></ul>",
        footer="Powered by Discuz! X3.4 | 陇上人家论坛 | 站务QQ：396021775 | 论坛交流群：614307728 | "
               "甘ICP备17001289号-1",
        css="body{background:#f2f2e6}table.post{border:1px solid #ccc}"),
    "zhidawang": dict(
        name="知答网", kind="Q&A",
        menu=["首页", "教育", "职场", "财经", "生活", "我要提问"],
        side="<h3>相关问题</h3><ul><li>数据标注员有前途吗</li><li>AI证书哪个含金量高</li></ul>",
        footer="知答网 zhidawang.cn | 意见反馈：feedback@zhidawang.cn | 京ICP备16052238号 | "
               "回答内容仅代表答主个人观点",
        css="body{font-family:sans-serif}.answer{border-top:1px solid #eee}"),
    "wxwenku": dict(
        name="微文库 · 公众号好文转载", kind="WeChat-article reposts",
        menu=["首页", "教育", "职场", "科技", "本地", "投稿"],
        side="<h3>热门文章</h3><ul><li>2026 年技能补贴怎么领</li><li>这些证书已经取消了</li></ul>",
        footer="微文库 wxwenku.com | 本站QQ群：826417395 | 投稿：tougao@wxwenku.com | "
               "文章来源于网络公众号，如有侵权请联系删除",
        css="body{max-width:680px;margin:auto}"),
    "doudian": dict(
        name="抖点短视频", kind="short-video pages",
        menu=["推荐", "关注", "同城", "知识", "直播"],
        side="<h3>相关推荐</h3><ul><li>#AI副业</li><li>#考证</li><li>#数据标注</li></ul>",
        footer="抖点短视频 | 违法和不良信息举报电话：400-140-2108 | 举报邮箱：jubao@doudian-video.com | "
               "网络不良信息举报 12377",
        css="body{background:#111;color:#eee}"),
    "qinlong-news": dict(
        name="秦陇在线", kind="news portal",
        menu=["首页", "时政", "社会", "教育", "财经", "文旅", "商讯"],
        side="<h3>24小时排行</h3><ol><li>兰州地铁3号线最新进展</li><li>西安高新区发布人才新政</li></ol>",
        footer="秦陇在线 版权所有 | 新闻热线：029-87632000 | 陕ICP备12003517号 | "
               "违法和不良信息举报电话：12377 | 本站商讯频道内容为广告，不代表本站观点",
        css="body{font-family:SimSun}h1{font-size:24px}"),
    "sxqczy": dict(
        name="陕西秦川职业技术学院 继续教育学院", kind="college",
        menu=["学院首页", "学院概况", "成人教育", "职业技能培训", "通知公告", "联系我们"],
        side="<h3>快速通道</h3><ul><li>成绩查询</li><li>缴费说明</li><li>证书领取</li></ul>",
        footer="陕西秦川职业技术学院 | 学院总机：029-33256000 | 地址：咸阳市秦都区世纪大道 66 号 | "
               "www.sxqczy.edu.cn | 陕ICP备05001166号",
        css="body{background:#fff}header{background:#8b0000}"),
    "adq-rsj": dict(
        name="定西市安定区人力资源和社会保障局", kind="人社局 notice site",
        menu=["首页", "机构职能", "政策文件", "通知公告", "就业创业", "职业能力建设", "政务公开"],
        side="<h3>便民服务</h3><ul><li>社保查询</li><li>技能补贴申领</li><li>职业技能等级证书查询</li></ul>",
        footer="主办：定西市安定区人力资源和社会保障局 | 地址：定西市安定区永定西路 18 号 | 联系电话：0932-8212345 | "
               "人社服务热线：12333 | 甘ICP备09001234号",
        css="body{font-family:SimSun}header{background:#b22222}"),
    "taokexiaopu": dict(
        name="淘课小铺", kind="shop",
        menu=["首页", "考证资料", "网课", "题库", "店铺公告"],
        side="<h3>购买须知</h3><p>虚拟商品一经发货不退不换。支付由第三方平台完成。</p>",
        footer="淘课小铺 taokexiaopu.com | 平台客服QQ：800109527 | 支付宝客服 95188 | 交易纠纷请联系平台介入",
        css="body{background:#fff7f0}"),
}

PAGES = []   # each: dict(site, file, title, body, is_offer, operator, provider, ids, note)


def P(site, file, title, body, is_offer=False, operator=None, provider=None, ids=(), note=""):
    PAGES.append(dict(site=site, file=file, title=title, body=body, is_offer=is_offer,
                      operator=operator, provider=provider, ids=[list(x) for x in ids], note=note))


# ---------------------------------------------------------------- identifiers of sellers
# U01 西安瑞智职业技能培训学校 (honest school, own site)
U01_TEL = "02988362517"
U01_MOB = "+8618192864403"
U01_MAIL = "ruizhipx@126.com"
U01_DOM = "ruizhipx.cn"
# U02 兰州 "华智" certificate seller (dishonest)
U02_MOB = "+8613919327768"
U02_WX = "hzrz_kefu01"
U02_QQ = "2851736604"
U02_DOM = "zgjnzs-cx.com"
U02_PAYEE = "兰州华智信息咨询有限公司"
# U03 天水启航职业技能培训学校 (honest, subsidised project training)
U03_TEL = "09388215634"
U03_MOB = "+8615399382046"
U03_MAIL = "qihangpx@163.com"
# U04 西安智数未来信息技术有限公司 (data-annotation base, "工信部认证" overclaim)
U04_400 = "4000296618"
U04_WX = "zsweilai2024"
U04_MOB = "+8617791053382"
U04_DOM = "zsweilai.com.cn"
# U05 宝鸡 "国智人才评价中心" (dishonest, state-sounding company)
U05_MOB = "+8618609173355"
U05_WX = "gzrc8899"
U05_QG = "738265190"
# U06 甘肃陇智教育科技有限公司 (honest-ish, college partner)
U06_TEL = "09318467720"
U06_MOB = "+8613893190562"
U06_WX = "longzhi_edu"
U06_MAIL = "service@longzhiedu.cn"
# U07 咸阳/榆林 "速通" 包拿证 seller (dishonest)
U07_MOB = "+8615029128846"
U07_WX = "sutong886"
U07_QQ = "3496021587"
# U08 酒泉 "星辰职培" (shop + video seller)
U08_MOB = "+8618939376615"
U08_WX = "xingchenzp"
U08_MAIL = "xczp2025@qq.com"
U08_PAYEE = "酒泉星辰文化传媒有限公司"
# U09 陕西秦才教育咨询有限公司 (挂靠 / 职称 / 落户 lures)
U09_MOB = "+8617391124480"
U09_TEL = "09112136675"
U09_WX = "qincai_kz"

# ================================================================ site A: ruizhipx (U01 own site)
P("ruizhipx", "index.html", "西安瑞智职业技能培训学校 - 人工智能训练师培训报名中",
  """<div class="banner"><h1>2026 年人工智能训练师（4-04-05-05）春季班火热报名中</h1>
<p>五级/四级/三级 · 理论+实操 · 周末班/晚班 · 符合条件可申领失业保险技能提升补贴</p></div>
<h2>学校简介</h2><p>西安瑞智职业技能培训学校是经雁塔区人社局审批设立的民办职业培训学校，开设数据标注、
人工智能训练师、电子商务师等项目。</p>
<h2>近期开班</h2><ul><li><a href="ai-course.html">人工智能训练师（数据标注员方向）四级/三级 4月班</a></li>
<li><a href="policy-2026.html">政策解读：2026年技能提升补贴申领指南</a></li></ul>
<p class="contact">报名热线：029-88362517　招生王老师：181-9286-4403</p>""",
  True, "U01", "西安瑞智职业技能培训学校",
  [("phone", U01_TEL, "029-88362517"), ("phone", U01_MOB, "181-9286-4403"),
   ("email", U01_MAIL, "ruizhipx@126.com"), ("uscc", USCC_U01, USCC_U01),
   ("domain", U01_DOM, "www.ruizhipx.cn")],
  "Training school's own home page inviting enrolment (honest).")

P("ruizhipx", "ai-course.html", "人工智能训练师四级/三级培训班招生简章",
  """<h1>人工智能训练师（数据标注员）四级/三级培训班招生简章</h1>
<p>依据《人工智能训练师国家职业技能标准（2021年版）》组织教学，四级参考课时 50 学时，三级 40 学时。
理论与实操比例约 3:7。</p>
<h2>报名条件</h2><p>四级：取得五级证书后从事本职业 4 年，或累计从事本职业 6 年，或技工院校相关专业毕业生；
三级：取得四级证书后从事本职业 5 年等。具体以评价机构审核为准，本校不承诺通过。</p>
<h2>费用与补贴</h2><p>培训费四级 1680 元、三级 2180 元，评价费按评价机构标准另收。参保满一年的职工取证后可按规定申领
技能提升补贴（四级最高 1500 元、三级最高 2000 元），政策咨询可拨打 12333。</p>
<h2>证书</h2><p>考核合格由备案评价机构颁发职业技能等级证书，可在 zscx.osta.org.cn 查询。证书编号为 22 位，
样例：S000061001012265000123（仅为格式示意）。</p>
<p>考核地点：西安市高新区锦业路 9 号智汇大厦 5 层（考点前台 029-85231166）</p>
<p>咨询：(029)8836 2517　王老师 18192864403</p>""",
  True, "U01", "西安瑞智职业技能培训学校",
  [("phone", U01_TEL, "(029)8836 2517"), ("phone", U01_MOB, "18192864403"),
   ("phone", U01_TEL, "029-88362517"), ("email", U01_MAIL, "ruizhipx@126.com"),
   ("uscc", USCC_U01, USCC_U01), ("domain", U01_DOM, "www.ruizhipx.cn")],
  "Honest enrolment brochure with correct eligibility and subsidy figures.")

P("ruizhipx", "policy-2026.html", "政策解读：2026年技能提升补贴申领指南",
  """<h1>政策解读：失业保险技能提升补贴怎么领</h1>
<p>参保职工累计缴纳失业保险费满 1 年，取得五级/四级/三级职业技能等级证书的，可分别申领最高 1000/1500/2000 元补贴。
二级、一级无全国统一的此项补贴。证书请到 zscx.osta.org.cn 核验，补贴政策以当地人社部门解释为准，咨询电话 12333。</p>""",
  False, None, None, [], "Policy guide on the school's own site (non-offer).")

# ================================================================ site B: xuetuketang marketplace
P("xuetuketang", "course-10217.html", "【瑞智职培】人工智能训练师四级精品班 线上+线下",
  """<div class="crumb-course"><h1>【瑞智职培】人工智能训练师四级精品班 线上+线下</h1>
<p class="price">¥1680　<del>¥2680</del>　已报名 326 人</p></div>
<div class="tabs"><b>课程介绍</b> | 目录 | 评价</div>
<p>机构：瑞智职培（西安）。课程覆盖数据采集和处理、数据标注、智能系统运维，配套实操平台。</p>
<p>线下考核地点：高新区锦业路智汇大厦（考点前台 029-85231166）。</p>
<p>课程顾问：王老师 181 9286 4403，工作时间可直接来电。</p>
<div class="review"><b>学员 西安小刘：</b>老师讲得很细，四级实操一次过。</div>""",
  True, "U01", "瑞智职培",
  [("phone", U01_MOB, "181 9286 4403")],
  "Marketplace course listing by U01 under a short brand.")

P("xuetuketang", "course-10388.html", "智数AI学院｜数据标注实战+人工智能训练师证书 推荐就业",
  """<h1>智数AI学院｜数据标注实战+人工智能训练师证书 推荐就业</h1>
<p class="price">¥3980　分期 0 息</p>
<p>学完即可在智数标注基地接单，边学边赚！证书"工信部认证"，全国通用（机构宣传语）。</p>
<p>实操考点与合作考场：锦业路智汇大厦 5 层（前台 029-85231166）。</p>
<p>报名咨询：400 029 6618　助教微信：zsweilai2024</p>""",
  True, "U04", "智数AI学院",
  [("phone", U04_400, "400 029 6618"), ("wechat", U04_WX, "zsweilai2024")],
  "U04 course with job-placement lure and 工信部认证 overclaim.")

P("xuetuketang", "course-10452.html", "陇智AI训练营·人工智能训练师（五级）零基础入门",
  """<h1>陇智AI训练营·人工智能训练师（五级）入门班</h1>
<p class="price">¥980</p>
<p>适合已有一年相关工作经历、希望取得五级证书的学员，报名前请准备工作证明。课程 60 学时。</p>
<p>开班地点：兰州市城关区 · 甘肃陇智教育。咨询座机 0931-8467720，微信 longzhi_edu。</p>
<p>报名表在线填写：https://jinshuju.net/f/Qk7mZp</p>""",
  True, "U06", "陇智AI训练营",
  [("phone", U06_TEL, "0931-8467720"), ("wechat", U06_WX, "longzhi_edu")],
  "U06 honest level-5 course; uses a form tool link (third-party decoy).")

P("xuetuketang", "course-10503.html", "星辰职培 AI训练师证书课 三级直通 线上学习",
  """<h1>星辰职培 AI训练师证书课｜三级直通</h1>
<p class="price">¥2580（含考试服务费）</p>
<p>不限学历不限经验，线上学完直接报三级，证书全国通用。</p>
<p>资料邮箱 xczp2025@qq.com；微信搜 xingchenzp 领试听。</p>""",
  True, "U08", "星辰职培",
  [("email", U08_MAIL, "xczp2025@qq.com"), ("wechat", U08_WX, "xingchenzp")],
  "U08 selling level 3 to beginners (ladder violation).")

P("xuetuketang", "course-10611.html", "老陈带你做数据标注：人工智能训练师五级备考课",
  """<h1>老陈带你做数据标注：人工智能训练师五级备考课</h1>
<p class="price">¥299</p>
<p>个人讲师，十年标注项目经验。本课为备考辅导，不代办证书，报考请到当地备案评价机构。</p>
<p>答疑加微信：chenlaoshi_ai（注明学途）</p>""",
  True, "I01", "老陈数据标注课",
  [("wechat", "chenlaoshi_ai", "chenlaoshi_ai")],
  "Independent individual tutor.")

# ================================================================ site C: baixing-sg classifieds
P("baixing-sg", "ad-48213.html", "兰州 人工智能训练师证 包过 人社部颁发 全国可查",
  """<h1>兰州 人工智能训练师证 包过 人社部颁发 全国可查</h1>
<table class="meta"><tr><td>类别</td><td>教育培训-职业资格</td></tr><tr><td>区域</td><td>兰州-七里河</td></tr></table>
<p>国家职业资格证书，人社部颁发，入库可查！免培训，不用到场考试，资料齐全 20 天出证。
二级三级一起报更优惠，零基础不限学历。</p>
<p>联系人：张老师　电话 139-1932-7768　V: hzrz_kefu01</p>""",
  True, "U02", "华智职业技能认证服务中心",
  [("phone", U02_MOB, "139-1932-7768"), ("wechat", U02_WX, "hzrz_kefu01")],
  "U02 classified ad with 包过/人社部颁发/免培训 claims.")

P("baixing-sg", "ad-48377.html", "宝鸡 国智人才评价中心 AI训练师 国家级证书 官方指定",
  """<h1>宝鸡 国智人才评价中心 人工智能训练师 国家级证书</h1>
<p>官方指定报名点，命题组老师考前押题，百分百通过。原价9999限时99元占位！</p>
<p>咨询电话：186 0917 3355（微信同号）</p>""",
  True, "U05", "国智人才评价中心",
  [("phone", U05_MOB, "186 0917 3355")],
  "U05 classified with 官方指定/命题组/百分百通过.")

P("baixing-sg", "ad-48540.html", "咸阳 人工智能训练师速成 15天拿证 不过全退",
  """<h1>咸阳 人工智能训练师速成 15天拿证 不过全退</h1>
<p>联系人：XXX　电话：13800138000（发布模板，请以下方为准）</p>
<p>速通教育包拿证，考不过全额退款。拿证后可挂靠企业，年入3万。</p>
<p>真实联系方式：15029128846　QQ 3496021587</p>""",
  True, "U07", "速通教育",
  [("phone", U07_MOB, "15029128846"), ("qq", U07_QQ, "3496021587")],
  "U07 ad with a left-over template placeholder number.")

P("baixing-sg", "ad-48602.html", "延安 人工智能训练师 挂靠 职称 落户加分 协议就业",
  """<h1>延安 人工智能训练师 考证+挂靠一条龙</h1>
<p>秦才考证：职业技能等级证书直接对应职称证书，三级可评助理工程师；可办落户加分，协议就业。</p>
<p>本地办公室：0911-2136675　手机 173 9112 4480</p>""",
  True, "U09", "秦才考证",
  [("phone", U09_TEL, "0911-2136675"), ("phone", U09_MOB, "173 9112 4480")],
  "U09 classified with 挂靠/职称/落户 lures.")

P("baixing-sg", "ad-48755.html", "定西 数据标注员培训 招学员 可享补贴",
  """<h1>定西 数据标注员（人工智能训练师五级）培训招学员</h1>
<p>安定区本地小班，白天晚上都有课。参保满一年的学员取证后可申请技能补贴（政策可咨询安定区人社局 0932-8212345）。</p>
<p>联系：马老师 135 0943 2871</p>""",
  True, "I02", "定西数据标注员培训",
  [("phone", "+8613509432871", "135 0943 2871")],
  "Independent local classified; quotes the 人社局 phone as third party.")

# ================================================================ site D: longshang-bbs forum
P("longshang-bbs", "thread-90211.html", "【招生】天水启航培训 人工智能训练师项目制培训 补贴班",
  """<table class="post"><tr><td class="author">启航培训_李老师<br>UID 55218</td><td>
<h1>【招生】启航培训 人工智能训练师五级项目制培训（政府补贴）</h1>
<p>天水市秦州区启航职业技能培训学校承接 2026 年人工智能训练师项目制培训，符合条件的学员免培训费。
报名咨询：0938 8215634，资料发邮箱 QIHANGPX@163.COM。</p></td></tr></table>
<div class="reply"><b>2楼 天水小赵：</b>请问不在天水户籍能报吗？</div>
<div class="reply"><b>3楼 启航培训_李老师：</b>以当期通知为准，可来电咨询。</div>""",
  True, "U03", "启航培训",
  [("phone", U03_TEL, "0938 8215634"), ("email", U03_MAIL, "QIHANGPX@163.COM")],
  "U03 post on the forum.")

P("longshang-bbs", "thread-90376.html", "国职在线 AI训练师考证群 押题资料免费领",
  """<table class="post"><tr><td class="author">国职在线小助手</td><td>
<h1>AI训练师考证交流群，押题资料免费领</h1>
<p>国职在线（国智人才评价中心授权）：命题组内部信息，加群 738265190 领资料，或加v gzrc8899 一对一。</p>
</td></tr></table>
<div class="reply"><b>2楼 兰州阿伟：</b>真的假的？我也想报，我电话 159 9315 2260 求联系</div>""",
  True, "U05", "国职在线",
  [("qq_group", U05_QG, "738265190"), ("wechat", U05_WX, "gzrc8899")],
  "U05 forum post; a reader leaves his own phone in a reply.")

P("longshang-bbs", "thread-90418.html", "榆林 AI训练师 包拿证 扣扣私聊",
  """<table class="post"><tr><td class="author">sutong_edu</td><td>
<h1>人工智能训练师包拿证，15 天出证</h1>
<p>博学职业技能（速通）包拿证，扣扣：3496021587，v: sutong886。</p></td></tr></table>
<div class="reply"><b>2楼 兰州阿伟：</b>多少钱？我电话 15993152260</div>
<div class="reply"><b>3楼 老陇：</b>包拿证的都别信，去 zscx.osta.org.cn 查。</div>""",
  True, "U07", "博学职业技能",
  [("qq", U07_QQ, "3496021587"), ("wechat", U07_WX, "sutong886")],
  "U07 forum post; the same reader's phone appears in a reply.")

P("longshang-bbs", "thread-90502.html", "【曝光】交了4800报AI训练师证，对方拉黑了",
  """<table class="post"><tr><td class="author">受骗的小陈</td><td>
<h1>【曝光】交了4800报人工智能训练师证，对方拉黑了</h1>
<p>对方自称"全国人工智能人才认证中心"，电话 177 2931 0086，QQ 2296617305，说人社部颁发、包过。
收钱后就拉黑了。已向 12315 投诉，也打了 12333。大家报名前一定去 zscx.osta.org.cn 查机构。</p>
</td></tr></table>
<div class="reply"><b>2楼 版主：</b>已加精，提醒大家核实评价机构备案。</div>""",
  False, None, None, [], "Complaint thread quoting a scammer's phone and QQ (non-offer).")

# ================================================================ site E: zhidawang Q&A
P("zhidawang", "q-3318201.html", "人工智能训练师证书哪里能快速拿到？",
  """<h1>人工智能训练师证书哪里能快速拿到？</h1>
<div class="answer"><b>答主：华智教育顾问</b><p>我们这边人社部颁发，国家职业资格证书，不用考试直接出证，
全国联网可查：zgjnzs-cx.com。加我Q 2851736604，或者v hzrz_kefu01。</p></div>
<div class="comment">网友：我的微信 lz_xiaowang88 求带</div>""",
  True, "U02", "华智教育",
  [("qq", U02_QQ, "2851736604"), ("wechat", U02_WX, "hzrz_kefu01"),
   ("domain", U02_DOM, "zgjnzs-cx.com")],
  "U02 answer pointing to a fake query domain.")

P("zhidawang", "q-3318544.html", "考了人工智能训练师三级能挂靠吗？",
  """<h1>考了人工智能训练师三级能挂靠吗？</h1>
<div class="answer"><b>答主：秦才老师</b><p>可以的，三级可评职称、可挂靠，我们包分配。详情 v：qincai_kz，电话 17391124480。</p></div>
<div class="comment">网友：我的微信 lz_xiaowang88 求带</div>""",
  True, "U09", "秦才教育",
  [("wechat", U09_WX, "qincai_kz"), ("phone", U09_MOB, "17391124480")],
  "U09 answer selling 挂靠; a reader's own WeChat in comments.")

P("zhidawang", "q-3318790.html", "数据标注员和人工智能训练师是一回事吗？",
  """<h1>数据标注员和人工智能训练师是一回事吗？</h1>
<div class="answer"><b>答主：智数未来HR</b><p>数据标注员是人工智能训练师的工种之一。我们智数未来标注基地长期招学员，
培训合格推荐上岗，官网 zsweilai.com.cn，招生专线 177-9105-3382。</p></div>""",
  True, "U04", "智数未来",
  [("domain", U04_DOM, "zsweilai.com.cn"), ("phone", U04_MOB, "177-9105-3382")],
  "U04 answer-advert.")

P("zhidawang", "q-3319012.html", "榆林哪里可以报人工智能训练师？",
  """<h1>榆林哪里可以报人工智能训练师？</h1>
<div class="answer"><b>答主：榆林众创职业培训学校</b><p>我校开设人工智能训练师五级、四级培训，评价由备案机构组织，
不承诺包过。学校电话 0912-3528816。</p></div>""",
  True, "I03", "榆林众创职业培训学校",
  [("phone", "09123528816", "0912-3528816")],
  "Independent honest school answering.")

P("zhidawang", "q-3319250.html", "怎么辨别人工智能训练师证书真假？",
  """<h1>怎么辨别人工智能训练师证书真假？</h1>
<div class="answer"><b>答主：人社窗口工作人员</b><p>人工智能训练师证书是职业技能等级证书，由备案评价机构颁发，
不是"人社部颁发"。可在 zscx.osta.org.cn 或 jndj.osta.org.cn 查询，机构可在 osta.mohrss.gov.cn 查备案。
有人用 QQ 2296617305 冒充认证中心，别上当，有疑问打 12333。</p></div>""",
  False, None, None, [], "Guide answer (non-offer) quoting official sites and a scammer QQ.")

# ================================================================ site F: wxwenku WeChat reposts
P("wxwenku", "a-7712.html", "转载｜启航培训：2026年人工智能训练师项目制培训报名通知",
  """<p class="src">原文来源：公众号"天水启航职业培训" 阅读 3421</p>
<h1>2026年人工智能训练师项目制培训报名通知</h1>
<p>天水市秦州区启航职业技能培训学校受人社部门委托开展五级培训，参保人员可享补贴，政策咨询 12333。</p>
<p>报名电话：153 9938 2046（李老师）　邮箱：qihangpx@163.com</p>
<p>在线报名：https://jinshuju.net/f/Tn2hWq</p>""",
  True, "U03", "天水启航职业培训",
  [("phone", U03_MOB, "153 9938 2046"), ("email", U03_MAIL, "qihangpx@163.com")],
  "WeChat repost of U03; form-tool link.")

P("wxwenku", "a-7735.html", "转载｜智数未来：AI时代，数据标注员月入过万不是梦",
  """<p class="src">原文来源：公众号"智数未来" 阅读 1.2万</p>
<h1>AI时代，数据标注员月入过万不是梦</h1>
<p>西安智数未来信息技术有限公司（统一社会信用代码 """ + USCC_U04 + """）标注基地招募学员，
学费 3980 元含人工智能训练师证书，"工信部认证"。</p>
<p>全国统一客服：400-029-6618。谨防假冒：近期有人用 177 2931 0086 冒充我司收费，请勿轻信。</p>""",
  True, "U04", "智数未来",
  [("phone", U04_400, "400-029-6618"), ("uscc", USCC_U04, USCC_U04)],
  "U04 repost; quotes an impersonator's number (decoy).")

P("wxwenku", "a-7761.html", "转载｜陇智教育：人工智能训练师五级班开课啦",
  """<p class="src">原文来源：公众号"甘肃陇智" 阅读 876</p>
<h1>人工智能训练师五级班开课啦</h1>
<p>本期与陕西秦川职业技术学院合作，课程 60 学时。报名需有一年以上相关工作经历。</p>
<p>咨询：138 9319 0562（同微信 longzhi_edu）。提醒：177 2931 0086 非我司号码，遇到纠纷可拨 12315。</p>""",
  True, "U06", "甘肃陇智",
  [("phone", U06_MOB, "138 9319 0562"), ("wechat", U06_WX, "longzhi_edu")],
  "U06 repost; quotes the same impersonator number (decoy).")

P("wxwenku", "a-7790.html", "转载｜陇东智训：庆阳人工智能训练师培训招生",
  """<p class="src">原文来源：公众号"陇东智训" 阅读 512</p>
<h1>庆阳人工智能训练师（五级/四级）培训招生</h1>
<p>西峰区开班，周末授课，评价由备案机构组织。咨询 182 9340 1176，简历投递 longdongzx@sina.com。</p>""",
  True, "I04", "陇东智训",
  [("phone", "+8618293401176", "182 9340 1176"), ("email", "longdongzx@sina.com", "longdongzx@sina.com")],
  "Independent WeChat-article repost.")

# ================================================================ site G: doudian short video
P("doudian", "v-7390021.html", "人工智能训练师证 免考出证 #考证 #AI",
  """<div class="video"><p>[视频 0:42] 字幕：人工智能训练师，国家证书，免考出证，全国联网可查！</p></div>
<p class="desc">@华智教育 主页v：HZRZ_kefu01　电话 幺三九 一九三二 七七六八</p>
<p class="likes">♥ 2.1w　评论 836</p>""",
  True, "U02", "华智教育",
  [("wechat", U02_WX, "HZRZ_kefu01"), ("phone", U02_MOB, "幺三九 一九三二 七七六八")],
  "U02 short video; phone written in Chinese numerals.")

P("doudian", "v-7390544.html", "90%小白都能学会 AI训练师考证 原价9999限时99",
  """<div class="video"><p>[视频 1:05] 字幕：90%小白都能学会！国家级证书，命题组押题，原价9999限时99！</p></div>
<p class="desc">@国职在线 vx: gzrc8899 备注"抖点"</p>""",
  True, "U05", "国职在线",
  [("wechat", U05_WX, "gzrc8899")],
  "U05 short video.")

P("doudian", "v-7390817.html", "星辰职培：零基础直接报三级 AI训练师",
  """<div class="video"><p>[视频 0:58] 字幕：零基础也能直接报三级，线上学完就拿证。</p></div>
<p class="desc">@星辰职培 VX：xingchenzp　☎ 189-3937-6615</p>""",
  True, "U08", "星辰职培",
  [("wechat", U08_WX, "xingchenzp"), ("phone", U08_MOB, "189-3937-6615")],
  "U08 short video.")

P("doudian", "v-7391102.html", "AI训练师速成 包拿证 挂靠年入3万",
  """<div class="video"><p>[视频 0:37] 字幕：速成班 15 天拿证，包拿证，拿证挂靠年入 3 万。</p></div>
<p class="desc">@速通考证 主页有v：sutong886　热线 150 2912 8846</p>""",
  True, "U07", "速通考证",
  [("wechat", U07_WX, "sutong886"), ("phone", U07_MOB, "150 2912 8846")],
  "U07 short video.")

# ================================================================ site H: qinlong-news
P("qinlong-news", "news-20260312.html", "警惕！人工智能训练师\"包过\"骗局又出新花样",
  """<h1>警惕！人工智能训练师"包过"骗局又出新花样</h1><p class="meta">来源：秦陇在线 记者 宋雨</p>
<p>近日，兰州市民陈女士反映，她通过网络联系了自称"全国人工智能人才认证中心"的人员（电话 17729310086），
交费 4800 元后被拉黑。记者提醒，人工智能训练师证书属于职业技能等级证书，由备案评价机构颁发，并非"人社部颁发"；
可通过 zscx.osta.org.cn 查询，遇到纠纷可拨打 12315 或 12333。</p>""",
  False, None, None, [], "News warning quoting a scammer number (non-offer).")

P("qinlong-news", "ad-20260318.html", "商讯｜西安瑞智教育：让技能人才搭上AI快车",
  """<h1>商讯｜西安瑞智教育：让技能人才搭上AI快车</h1><p class="meta">【商讯】</p>
<p>西安瑞智教育开设人工智能训练师四级、三级培训，严格按照国家职业技能标准组织教学。
咨询电话：029—88362517，详见 ruizhipx.cn。</p>""",
  True, "U01", "西安瑞智教育",
  [("phone", U01_TEL, "029—88362517"), ("domain", U01_DOM, "ruizhipx.cn")],
  "U01 advertorial.")

P("qinlong-news", "ad-20260325.html", "商讯｜秦才教育：一证在手，职称落户全搞定",
  """<h1>商讯｜秦才教育：一证在手，职称落户全搞定</h1><p class="meta">【商讯】</p>
<p>陕西秦才教育咨询有限公司（统一社会信用代码：""" + USCC_U09 + """）推出人工智能训练师考证服务，
证书直接对应职称，可挂靠，可落户加分。延安总部：0911—2136675，微信 QinCai_KZ。</p>""",
  True, "U09", "秦才教育",
  [("phone", U09_TEL, "0911—2136675"), ("wechat", U09_WX, "QinCai_KZ"), ("uscc", USCC_U09, USCC_U09)],
  "U09 advertorial.")

P("qinlong-news", "ad-20260402.html", "商讯｜数标学堂：西部数据标注人才培养基地揭牌",
  """<h1>商讯｜数标学堂：西部数据标注人才培养基地揭牌</h1><p class="meta">【商讯】</p>
<p>数标学堂（智数未来旗下）标注基地正式揭牌，即日起招收人工智能训练师学员，推荐就业。
近期有不法分子冒用我方名义，使用 177-2931-0086 收费，请认准官方渠道。
招生热线 177 9105 3382，微信 ZSWeiLai2024。</p>""",
  True, "U04", "数标学堂",
  [("phone", U04_MOB, "177 9105 3382"), ("wechat", U04_WX, "ZSWeiLai2024")],
  "U04 advertorial under a third brand; quotes impersonator number.")

# ================================================================ site I: sxqczy college
P("sxqczy", "notice-1207.html", "继续教育学院2026年人工智能训练师（四级）社会培训招生简章",
  """<h1>继续教育学院2026年人工智能训练师（四级）社会培训招生简章</h1>
<p>我院为人社部门备案的职业技能等级认定机构之一。本期四级 50 学时，考核合格颁发职业技能等级证书，
可在 zscx.osta.org.cn 查询。证书样例编号 S000061001012265000123（示意）。</p>
<p>学院统一社会信用代码：""" + USCC_I05 + """</p>
<p>报名咨询：029-33256190（继续教育学院培训科）　邮箱 sxqcjxjy@163.com　投诉 12315</p>""",
  True, "I05", "陕西秦川职业技术学院继续教育学院",
  [("phone", "02933256190", "029-33256190"), ("email", "sxqcjxjy@163.com", "sxqcjxjy@163.com"),
   ("uscc", USCC_I05, USCC_I05)],
  "College's own enrolment notice (independent).")

P("sxqczy", "notice-1215.html", "合作办学｜陇智教育人工智能训练师五级班（兰州教学点）",
  """<h1>合作办学｜人工智能训练师五级班（兰州教学点）</h1>
<p>本项目由我院与甘肃陇智教育科技有限公司合作开展，教学点设在兰州。证书样例编号 S000061001012265000123。</p>
<p>兰州教学点咨询：0931—8467720，邮箱 service@longzhiedu.cn。</p>""",
  True, "U06", "甘肃陇智教育科技有限公司",
  [("phone", U06_TEL, "0931—8467720"), ("email", U06_MAIL, "service@longzhiedu.cn")],
  "Partner-class page on the college site run by U06.")

# ================================================================ site J: adq-rsj (人社局)
P("adq-rsj", "tzgg-0418.html", "关于开展2026年人工智能训练师项目制培训的公告",
  """<h1>关于开展2026年人工智能训练师项目制培训的公告</h1><p class="meta">发布时间：2026-04-18 来源：职业能力建设科</p>
<p>为提升劳动者数字技能，我局确定天水市秦州区启航职业技能培训学校为本期人工智能训练师（五级）项目制培训承训机构，
符合条件的城乡劳动者可免费参训。</p>
<p>承训机构联系电话：0938-8215634（李老师 15399382046）。政策咨询：0932-8212345，或拨打 12333。</p>""",
  True, "U03", "天水市秦州区启航职业技能培训学校",
  [("phone", U03_TEL, "0938-8215634"), ("phone", U03_MOB, "15399382046")],
  "Official notice inviting enrolment with a designated provider (offer of U03).")

P("adq-rsj", "tzgg-0322.html", "关于警惕\"山寨证书\"虚假宣传的提示",
  """<h1>关于警惕"山寨证书"虚假宣传的提示</h1>
<p>根据人社部函〔2022〕25号，凡宣称"包过""免培训直接发证""人社部颁发"的均属违规宣传。职业技能等级证书可登录
zscx.osta.org.cn 或 jndj.osta.org.cn 查询，评价机构备案情况见 osta.mohrss.gov.cn。举报投诉：12333、12315。</p>""",
  False, None, None, [], "Official warning notice (non-offer).")

# ================================================================ site K: taokexiaopu shop
P("taokexiaopu", "item-5501.html", "人工智能训练师证书代报名 二级三级 入库可查",
  """<h1>人工智能训练师证书代报名（二级/三级）入库可查</h1><p class="price">¥3680</p>
<p>店主：华智教育。免培训，人社部颁发，查询网站 www.zgjnzs-cx.com。下单后联系 QQ：2851736604。</p>
<p>收款方：兰州华智信息咨询有限公司</p><p class="order">最近成交 订单编号：13820260315</p>""",
  True, "U02", "华智教育",
  [("qq", U02_QQ, "QQ：2851736604"), ("domain", U02_DOM, "www.zgjnzs-cx.com"),
   ("other", U02_PAYEE, U02_PAYEE)],
  "U02 shop item; an order number looks like a mobile.")

P("taokexiaopu", "item-5523.html", "国智人才 人工智能训练师 国家级证书 百分百通过",
  """<h1>国智人才 人工智能训练师 国家级证书</h1><p class="price">¥1999</p>
<p>宝鸡国智人才评价中心（统一社会信用代码 """ + USCC_U05 + """），百分百通过。
售后 18609173355，学员QQ群：738 265 190。</p><p class="order">最近成交 订单编号：13820260315</p>""",
  True, "U05", "国智人才评价中心",
  [("uscc", USCC_U05, USCC_U05), ("phone", U05_MOB, "18609173355"), ("qq_group", U05_QG, "738 265 190")],
  "U05 shop item; company code 91 with state-sounding name.")

P("taokexiaopu", "item-5547.html", "星辰职培 AI训练师三级网课+报名服务",
  """<h1>星辰职培 AI训练师三级网课+报名服务</h1><p class="price">¥2580</p>
<p>下单备注示例：张三 13800138000（请填写本人信息）。</p>
<p>资料发送：XCZP2025@QQ.COM　客服电话 18939376615　收款方：酒泉星辰文化传媒有限公司</p>""",
  True, "U08", "星辰职培",
  [("email", U08_MAIL, "XCZP2025@QQ.COM"), ("phone", U08_MOB, "18939376615"),
   ("other", U08_PAYEE, U08_PAYEE)],
  "U08 shop item; template placeholder phone.")

P("taokexiaopu", "item-5590.html", "人工智能训练师四级题库+实操素材（电子版）",
  """<h1>人工智能训练师四级题库+实操素材（电子版）</h1><p class="price">¥39.9</p>
<p>小林AI资料店。仅为学习资料，另附报名指导（可代为联系当地评价机构报名）。</p>
<p>下单备注示例：张三 13800138000。问题咨询微信 xl_aiziliao。</p>""",
  True, "I06", "小林AI资料店",
  [("wechat", "xl_aiziliao", "xl_aiziliao")],
  "Independent materials seller offering registration help.")

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public service hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("phone", "12377", ["12377"], "national online harmful-information reporting hotline in platform footers"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query site"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
    ("phone", "4008602233", ["400-860-2233"], "marketplace customer-service footer"),
    ("email", "kefu@xuetuketang.com", ["kefu@xuetuketang.com"], "marketplace footer e-mail"),
    ("domain", "xuetuketang.com", ["xuetuketang.com"], "marketplace's own domain"),
    ("other", "陕ICP备19004521号-2", ["陕ICP备19004521号-2"], "marketplace ICP number"),
    ("phone", "09318890123", ["0931-8890123"], "classifieds footer customer service"),
    ("qq_group", "519283746", ["519283746"], "classifieds webmaster QQ group in footer"),
    ("qq", "396021775", ["396021775"], "forum staff QQ in footer"),
    ("qq_group", "614307728", ["614307728"], "forum QQ group in footer"),
    ("email", "feedback@zhidawang.cn", ["feedback@zhidawang.cn"], "Q&A platform footer e-mail"),
    ("qq_group", "826417395", ["826417395"], "repost site QQ group in footer"),
    ("email", "tougao@wxwenku.com", ["tougao@wxwenku.com"], "repost site footer e-mail"),
    ("phone", "4001402108", ["400-140-2108"], "short-video platform report line"),
    ("email", "jubao@doudian-video.com", ["jubao@doudian-video.com"], "short-video platform report e-mail"),
    ("phone", "02987632000", ["029-87632000"], "news portal hotline"),
    ("phone", "02933256000", ["029-33256000"], "college switchboard in footer"),
    ("domain", "sxqczy.edu.cn", ["sxqczy.edu.cn"], "college's own domain in footer"),
    ("phone", "09328212345", ["0932-8212345"], "人社局 office phone (footer and quoted as policy contact)"),
    ("qq", "800109527", ["800109527"], "shop platform customer-service QQ"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
    ("phone", "+8617729310086", ["177 2931 0086", "17729310086", "177-2931-0086"],
     "scammer/impersonator number quoted in news, complaints and sellers' warnings"),
    ("qq", "2296617305", ["2296617305"], "scammer QQ quoted in a complaint and a guide"),
    ("phone", "+8613820260315", ["13820260315"], "shop order number that looks like a mobile"),
    ("other", "S000061001012265000123", ["S000061001012265000123"], "sample certificate number"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder number"),
    ("phone", "+8615993152260", ["159 9315 2260", "15993152260"], "a reader's own phone in forum replies"),
    ("wechat", "lz_xiaowang88", ["lz_xiaowang88"], "a reader's own WeChat in Q&A comments"),
    ("phone", "02985231166", ["029-85231166"], "exam venue front desk (third party)"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "online form tool (third party)"),
]


# ---------------------------------------------------------------- rendering
def esc(s):
    return html.escape(s, quote=True)


def render(site_key, title, body, crumbs, related):
    s = SITES[site_key]
    menu = " | ".join('<a href="index.html">%s</a>' % esc(m) if i == 0 else "<span>%s</span>" % esc(m)
                      for i, m in enumerate(s["menu"]))
    crumb = " &gt; ".join(crumbs)
    rel = "".join('<li><a href="%s">%s</a></li>' % (esc(f), esc(t)) for f, t in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)} - {esc(s['name'])}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>{s['css']}</style></head>
<body class="{esc(s['kind'].replace(' ', '-'))}">
<header><div class="logo">{esc(s['name'])}</div><nav>{menu}</nav></header>
<div class="crumbs">当前位置：{crumb}</div>
<main>{body}</main>
<aside>{s['side']}<h3>相关链接</h3><ul>{rel}</ul></aside>
<footer>{s['footer']}</footer>
</body></html>
"""


def build():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    texts = {}
    order = list(SITES)
    by_site = {k: [p for p in PAGES if p["site"] == k] for k in order}
    for k in order:
        os.makedirs(os.path.join(SITE, k))
        pages = by_site[k]
        links = [(p["file"], p["title"]) for p in pages if p["file"] != "index.html"]
        idx = [p for p in pages if p["file"] == "index.html"]
        listing = "<h2>最新内容</h2><ul>" + "".join(
            '<li><a href="%s">%s</a></li>' % (esc(f), esc(t)) for f, t in links) + "</ul>"
        if not idx:
            P(k, "index.html", SITES[k]["name"] + " 首页",
              "<h1>%s</h1><p>%s</p>" % (esc(SITES[k]["name"]), esc("欢迎访问")) + listing,
              False, None, None, [], "Site index page (%s)." % SITES[k]["kind"])
            pages = by_site[k] = [p for p in PAGES if p["site"] == k]
        else:
            idx[0]["body"] += listing
        for p in pages:
            crumbs = ['<a href="../index.html">导航</a>', '<a href="index.html">%s</a>' % esc(SITES[k]["name"])]
            if p["file"] != "index.html":
                crumbs.append(esc(p["title"]))
            related = [(f, t) for f, t in links if f != p["file"]][:4]
            if p["file"] != "index.html":
                related = [("index.html", "返回首页")] + related
            text = render(k, p["title"], p["body"], crumbs, related)
            path = "/%s/%s" % (k, p["file"])
            texts[path] = text
            with open(os.path.join(SITE, k, p["file"]), "w", encoding="utf-8") as f:
                f.write(text)
    hub = "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>站点导航</title></head><body>" \
          "<h1>站点导航</h1><ul>" + "".join(
              '<li><a href="%s/index.html">%s</a>（%s）</li>' % (k, esc(SITES[k]["name"]), esc(SITES[k]["kind"]))
              for k in order) + "</ul></body></html>\n"
    texts["/index.html"] = hub
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    return texts


def main():
    texts = build()
    plain = {k: html.unescape(v) for k, v in texts.items()}
    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
                  note="Hub linking every site's index page.")]
    for p in PAGES:
        pages.append(dict(path="/%s/%s" % (p["site"], p["file"]), is_offer=p["is_offer"],
                          operator=p["operator"], provider=p["provider"], identifiers=p["ids"],
                          note=p["note"]))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for kind, val, _ in p["ids"]:
                if [kind, val] not in d["identifiers"]:
                    d["identifiers"].append([kind, val])
    decoys = []
    for kind, val, written, why in DECOYS:
        hits = sorted(path for path, t in plain.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=val, written=written, pages=hits, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
