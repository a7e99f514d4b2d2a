#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师) certificate pages.
Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json."""
import json, os, posixpath, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(body8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(val(ch) * w for ch, w in zip(body8, ws)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, body8):
    s = prefix8 + body8 + org_check(body8)
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(s, W)) % 31
    return s + ALPHA[0 if r == 31 else r]

USCC_U01 = uscc("52130302", "MJ087124")   # 民办非企业 (training school), 秦皇岛海港区
USCC_U02 = uscc("91340303", "MA2N7QH3")   # company, 蚌埠
USCC_U04 = uscc("91110108", "MA01XKD5")   # company, 北京海淀
USCC_U06 = uscc("91130302", "MA0CQ1R6")   # company, 秦皇岛
USCC_U09 = uscc("52340304", "MJ2615H7")   # 民办非企业, 蚌埠禹会区

# ---------------------------------------------------------------- sites
SITES = [
  dict(key="yanchuan", name="秦皇岛燕川职业技能培训学校", kind="培训学校官网",
       menu=["学校首页", "培训项目", "补贴政策", "报名须知", "联系我们"],
       footer="秦皇岛燕川职业技能培训学校 版权所有 ｜ 地址：秦皇岛市海港区建设大街 ｜ 电话：0335-3061288 ｜ 冀ICP备19023576号-1 ｜ www.yanchuanpx.cn"),
  dict(key="huaishang", name="淮上智训教育", kind="培训公司官网",
       menu=["首页", "课程中心", "鉴定服务", "师资团队", "关于我们"],
       footer="蚌埠淮上智训教育科技有限公司 ｜ 蚌埠市蚌山区涂山路 ｜ 皖ICP备20011872号 ｜ huaishangzx.com"),
  dict(key="kecheng", name="课程帮 · 职业技能课", kind="课程平台",
       menu=["首页", "职业技能", "IT互联网", "考证专区", "机构入驻"],
       footer="课程帮 kechengbang.cn ｜ 客服热线 400-660-2233 ｜ 客服邮箱 kf@kechengbang.cn ｜ 沪ICP备18044120号"),
  dict(key="bbs", name="港城蚌埠两地人论坛", kind="论坛",
       menu=["论坛首页", "职场交流", "考证学习", "二手闲置", "版务"],
       footer="论坛交流QQ群：512837664 ｜ 违规内容举报请发站内信 ｜ 冀ICP备16031290号"),
  dict(key="fenlei", name="同城分类信息网", kind="分类信息",
       menu=["首页", "教育培训", "招聘", "房产", "二手"],
       footer="同城分类信息网 www.tongchengfl.com ｜ 京ICP备17008823号-2 ｜ 信息由用户发布，请谨慎交易"),
  dict(key="wenda", name="问一问 知识问答", kind="问答",
       menu=["首页", "教育", "职场", "法律", "提问"],
       footer="问一问 ｜ 用户协议 ｜ 举报邮箱 report@wenyiwen.net ｜ 粤ICP备19087654号"),
  dict(key="wx", name="微文摘 公众号文章转载", kind="微信文章转载站",
       menu=["首页", "教育", "职场", "科技", "本地"],
       footer="微文摘 www.wxwenzhai.com 文章来源于网络公众号，如有侵权请联系删除 ｜ 浙ICP备21003345号"),
  dict(key="video", name="快视频 · 网页版", kind="短视频",
       menu=["推荐", "知识", "职场", "直播", "搜索"],
       footer="快视频网页版 ｜ 违法和不良信息举报：jubao@kuaishipin.com ｜ 京ICP备20009911号"),
  dict(key="news", name="环渤海淮河城市新闻网", kind="新闻",
       menu=["首页", "秦皇岛", "蚌埠", "教育", "民生", "曝光台"],
       footer="环渤海淮河城市新闻网 ｜ 新闻热线：0335-3212110 ｜ 广告合作请勿轻信个人 ｜ 冀ICP备15002287号"),
  dict(key="rsj", name="某市人力资源和社会保障局（信息公开）", kind="人社局通知",
       menu=["首页", "通知公告", "政策文件", "办事指南", "互动交流"],
       footer="主办：市人力资源和社会保障局 ｜ 咨询电话：12333 ｜ 网站标识码示例"),
  dict(key="shop", name="优品商城", kind="网店",
       menu=["首页", "教育培训", "数码", "家居", "我的订单"],
       footer="优品商城 ｜ 平台客服 400-186-6888 ｜ 支付由支付宝提供 客服95188 ｜ 苏ICP备19076543号"),
]
SITE = {s["key"]: s for s in SITES}

SIDEBARS = {
  "yanchuan": "<h4>快速咨询</h4><p>姓名、手机号（如13800138000）提交后老师回电</p><h4>鉴定考点</h4><p>秦皇岛市职业技能鉴定考点前台：0335-3657700</p>",
  "huaishang": "<h4>在线报名</h4><p>请填写手机号，例如13800138000</p><h4>办公时间</h4><p>周一至周六 8:30-17:30</p>",
  "kecheng": "<h4>平台保障</h4><ul><li>7天无理由退款</li><li>机构已实名认证</li></ul><h4>快速报名</h4><p>手机号（示例：13800138000）</p><p>平台客服 400-660-2233</p>",
  "bbs": "<h4>版规</h4><p>禁止发布虚假广告，一经发现删帖封号。</p><h4>热帖</h4><ul><li>海港区哪里学车便宜</li><li>蚌埠灵活就业社保怎么交</li></ul>",
  "fenlei": "<h4>安全提示</h4><p>凡是先交钱再办证的都要当心，可拨打12315投诉。</p><h4>发布信息</h4><p>联系方式填写示例：13800138000</p>",
  "wenda": "<h4>相关问题</h4><ul><li>人工智能训练师证书有用吗</li><li>五级和三级有什么区别</li><li>证书去哪查真假</li></ul>",
  "wx": "<h4>热门文章</h4><ul><li>2026年技能补贴申领指南</li><li>新职业有哪些</li></ul><p>赞赏由财付通提供</p>",
  "video": "<h4>相关推荐</h4><ul><li>数据标注一天能赚多少</li><li>AI副业真相</li></ul>",
  "news": "<h4>曝光台</h4><p>市民遇到培训机构虚假宣传，可拨打12315或12333反映。</p>",
  "rsj": "<h4>便民服务</h4><ul><li>证书查询：zscx.osta.org.cn</li><li>技能人才评价工作网：osta.mohrss.gov.cn</li><li>咨询电话：12333</li></ul>",
  "shop": "<h4>最近成交</h4><p>订单编号：18620260315 已发货</p><h4>服务</h4><p>支付宝担保交易 95188</p>",
}

PAGES = []

def page(site, file, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(site=site, path="/%s/%s" % (site, file), title=title, body=body,
                      is_offer=offer, operator=op, provider=provider,
                      identifiers=[list(x) for x in ids], note=note))

def P(*paras):
    return "".join("<p>%s</p>" % p for p in paras)

CERT_SAMPLE = "S000013040100265000123"
SCAM = "171 0023 4561"

# ================================================================ U01 燕川 (Qinhuangdao, honest school)
page("yanchuan", "ai-xunlianshi.html", "人工智能训练师（五级/四级）培训招生简章",
  "<h1>人工智能训练师（4-04-05-05）职业技能等级培训招生简章</h1>" + P(
  "为落实技能人才培养工作，我校2026年春季开设人工智能训练师五级（初级工）、四级（中级工）培训班，工种为数据标注员。",
  "报名条件：五级需在本职业或相关职业累计工作满1年（或本职业学徒期满）；四级需取得五级证书后累计从事本职业工作满4年，或符合标准规定的其他条件。我校不接受跨级报名。",
  "培训安排：五级60课时、四级50课时，理论+上机实操，晚班和周末班可选。考核由备案的评价机构组织，理论和技能均60分合格。",
  "证书说明：考核合格者取得职业技能等级证书，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。本证书不是国家职业资格证书。",
  "补贴：符合条件的参保职工可申领技能提升补贴（五级最高1000元、四级最高1500元），具体以人社部门审核为准，可拨打12333咨询。",
  "报名咨询：0335-3061288（办公室）　138-3359-1472（招生 刘老师）",
  "考试地点：秦皇岛市职业技能鉴定考点（前台电话 0335-3657700）",
  "办学许可及登记：统一社会信用代码 %s ｜ 官网 www.yanchuanpx.cn ｜ 冀ICP备19023576号-1" % USCC_U01),
  offer=True, op="U01", provider="秦皇岛燕川职业技能培训学校",
  ids=[("phone", "03353061288", "0335-3061288"), ("phone", "+8613833591472", "138-3359-1472"),
       ("uscc", USCC_U01, USCC_U01), ("domain", "yanchuanpx.cn", "www.yanchuanpx.cn"),
       ("other", "冀ICP备19023576号-1", "冀ICP备19023576号-1")],
  note="training school's own enrolment page, honest")
page("yanchuan", "buzhu-ban.html", "参保职工技能提升补贴班（人工智能训练师）",
  "<h1>参保职工“技能提升补贴”专班开始报名</h1>" + P(
  "面向在秦皇岛连续参保满一年的职工，开设人工智能训练师五级/四级周末班。",
  "补贴按人社部门规定申领，学校协助准备材料，不承诺“包过”，考核不合格可免费复训一次。",
  "学费：五级1380元，四级1680元（含教材、上机费，不含认定费）。",
  "咨询电话：（0335）3061288　　加老师微信：yc_ai2026",
  "学校网站 www.yanchuanpx.cn 可下载报名表。"),
  offer=True, op="U01", provider="燕川职业技能培训学校",
  ids=[("phone", "03353061288", "（0335）3061288"), ("wechat", "yc_ai2026", "yc_ai2026"),
       ("domain", "yanchuanpx.cn", "www.yanchuanpx.cn")],
  note="subsidy class page on the school site")

# ---------------------------------------------------------------- fenlei pages
page("fenlei", "qhd/1021.html", "秦皇岛 人工智能训练师培训 燕川培训 周末班",
  "<h1>【海港区】人工智能训练师五级四级培训，参保可申请补贴</h1>" + P(
  "类别：教育培训 > 职业技能　区域：秦皇岛 海港区",
  "燕川培训常年开设人工智能训练师（数据标注员）课程，正规备案机构考核发证，证书全国联网可查。",
  "需满足申报条件，我们会先帮您核对工作年限，不符合的不收费。",
  "联系人：刘老师　电话：138 3359 1472　座机：0335 3061288",
  "考点：秦皇岛市职业技能鉴定考点，前台0335-3657700"),
  offer=True, op="U01", provider="燕川培训",
  ids=[("phone", "+8613833591472", "138 3359 1472"), ("phone", "03353061288", "0335 3061288")],
  note="classified ad by U01")
page("fenlei", "bb/3344.html", "蚌埠 人工智能训练师三级 零基础包过 人社部颁发",
  "<h1>蚌埠报名点｜人工智能训练师 三级高级工 零基础 包过 不过退费</h1>" + P(
  "类别：教育培训 > 考证　区域：蚌埠",
  "人社部颁发国家职业资格证书，全国通用终身有效，官网可查！",
  "不限学历不限经验，无需到场，免培训直接考，三级、二级都能报，两证同报优惠800。",
  "证书样本编号：%s，扫码可查。" % CERT_SAMPLE,
  "智培考证（蚌埠报名点）报名热线：17730215569　微信同号/加V：ZKZP668",
  "名额有限，本月截止！"),
  offer=True, op="U03", provider="智培考证（蚌埠报名点）",
  ids=[("phone", "+8617730215569", "17730215569"), ("wechat", "zkzp668", "ZKZP668")],
  note="dishonest classified: 包过, 人社部颁发, 零基础三级")
page("fenlei", "bb/3391.html", "蚌埠考证 王老师 人工智能训练师 快速拿证",
  "<h1>人工智能训练师证 快速拿证 免考 蚌埠本地王老师</h1>" + P(
  "本地老师办理多年，人工智能训练师五级到三级都可以，资料齐全一个月出证。",
  "免考试，只需提供身份证、照片，证书可挂靠公司年收入过万。",
  "电话：182 5521 0937（王老师）　微信：bbwls_ai",
  "考点在蚌埠市职业技能鉴定中心（前台0552-2880115）"),
  offer=True, op="U05", provider="王老师（蚌埠考证）",
  ids=[("phone", "+8618255210937", "182 5521 0937"), ("wechat", "bbwls_ai", "bbwls_ai")],
  note="dishonest agent: 免考, 挂靠")
page("fenlei", "qhd/1088.html", "秦皇岛 证书挂靠 人工智能训练师 证优选",
  "<h1>考人工智能训练师证，挂靠年入2万+，证优选一站式服务</h1>" + P(
  "证优选（秦皇岛）：人工智能训练师、碳排放管理师、健康管理师，报考+挂靠一条龙。",
  "持证挂靠企业，每年补贴1.5万-3万，躺赚！包过班不过全退。",
  "电话：133-9552-6071　QQ：3217650094"),
  offer=True, op="U08", provider="证优选（秦皇岛）",
  ids=[("phone", "+8613395526071", "133-9552-6071"), ("qq", "3217650094", "3217650094")],
  note="dishonest: 挂靠 lure")
page("fenlei", "bb/3402.html", "匠心培训 人工智能训练师 数据标注员 晚班",
  "<h1>禹会区匠心培训：人工智能训练师（数据标注员）五级晚班</h1>" + P(
  "面向有相关工作经历的学员，60课时，晚上7点到9点上课。",
  "学费1280元，可按规定申请技能提升补贴，补贴以人社部门审核为准。",
  "报名：135 0552 9816　微信 jx_peixun",
  "报名批次号：2026031501"),
  offer=True, op="U09", provider="匠心培训",
  ids=[("phone", "+8613505529816", "135 0552 9816"), ("wechat", "jx_peixun", "jx_peixun")],
  note="honest school classified")
page("fenlei", "qhd/1102.html", "北戴河 智联培训 人工智能训练师 五级",
  "<h1>北戴河智联培训｜人工智能训练师五级小班</h1>" + P(
  "每班不超过15人，上机练习数据采集、清洗与标注。",
  "学费1500元，需满足申报条件（相关工作满1年），报名前可免费咨询核对。",
  "地址：北戴河区海宁路　电话：0335-7816625　手机：139 3035 0762",
  "证书可在 zscx.osta.org.cn 查询。"),
  offer=True, op="I06", provider="北戴河智联培训",
  ids=[("phone", "03357816625", "0335-7816625"), ("phone", "+8613930350762", "139 3035 0762")],
  note="independent honest small school")

# ---------------------------------------------------------------- kecheng pages
page("kecheng", "course/3301.html", "人工智能训练师五级 线上理论+线下实操｜燕川AI学堂",
  "<h1>人工智能训练师（五级）考证班</h1><div class='price'>¥1380</div>" + P(
  "开课机构：燕川AI学堂（秦皇岛）　已报名 326 人",
  "课程包含60课时：职业道德、数据采集与处理、数据标注、智能系统基础。线下实操在秦皇岛海港区。",
  "本课程为培训课程，是否能取得证书以评价机构考核结果为准。",
  "机构官网：yanchuanpx.cn　班主任微信：YC_AI2026"),
  offer=True, op="U01", provider="燕川AI学堂",
  ids=[("wechat", "yc_ai2026", "YC_AI2026"), ("domain", "yanchuanpx.cn", "yanchuanpx.cn")],
  note="marketplace course by U01 under another brand")
page("kecheng", "course/5120.html", "【包过】人工智能训练师三级+二级 人社部颁发｜中科智培",
  "<h1>人工智能训练师 三级/二级 双证班 零基础包过</h1><div class='price'>¥3980 <s>¥6980</s></div>" + P(
  "开课机构：中科智培(北京)教育科技",
  "人社部颁发，国家职业资格证书，官方指定培训机构，内部题库，百分百通过率！",
  "零基础、不限学历、不限经验，二级技师直接报，拿证升职加薪。",
  "报名表：https://www.wjx.cn/vm/zkzp2026.aspx",
  "咨询：177-3021-5569　微信：zkzp668"),
  offer=True, op="U03", provider="中科智培(北京)教育科技",
  ids=[("phone", "+8617730215569", "177-3021-5569"), ("wechat", "zkzp668", "zkzp668")],
  note="dishonest: 包过, 人社部颁发, 二级零基础")
page("kecheng", "course/4410.html", "人工智能训练师四级 周末班｜启航职培",
  "<h1>人工智能训练师（四级/中级工）周末班</h1><div class='price'>¥1680</div>" + P(
  "开课机构：启航职培（秦皇岛海港区）",
  "要求：已取得五级证书并满足年限，或技工院校相关专业毕业生。",
  "50课时，含数据标注项目实操；考核在秦皇岛市职业技能鉴定考点（0335-3657700）。",
  "机构电话：(0335)5318620　邮箱：qihang_px@qq.com"),
  offer=True, op="U06", provider="启航职培",
  ids=[("phone", "03355318620", "(0335)5318620"), ("email", "qihang_px@qq.com", "qihang_px@qq.com")],
  note="honest course on marketplace")
page("kecheng", "course/5577.html", "AI训练师入门：数据标注实战（可考五级）｜智码学苑",
  "<h1>AI训练师入门：数据标注实战</h1><div class='price'>¥699</div>" + P(
  "开课机构：智码学苑",
  "30节录播课+作业批改，适合想了解人工智能训练师五级内容的学员。课程不含考试费，考试需自行报名。",
  "助教手机：186-3157-1204　微信：zmxy_ai"),
  offer=True, op="I01", provider="智码学苑",
  ids=[("phone", "+8618631571204", "186-3157-1204"), ("wechat", "zmxy_ai", "zmxy_ai")],
  note="independent online course")

# ---------------------------------------------------------------- video pages
page("video", "v/7319021.html", "人工智能训练师证书到底怎么考？私信领资料",
  "<h1>@AI训练师考证中心</h1><div class='desc'>人工智能训练师三级，零基础也能拿，人社部颁发全国可查！90%小白都能学会</div>" + P(
  "视频文案：现在不考，明年就涨价了！原价9999，限时99报名资格。",
  "主页简介：AI训练师考证中心｜v❤：zkzp668｜扣扣 2853317790",
  "报名链接 wjx.cn/vm/aikz.aspx"),
  offer=True, op="U03", provider="AI训练师考证中心",
  ids=[("wechat", "zkzp668", "zkzp668"), ("qq", "2853317790", "2853317790")],
  note="dishonest short-video ad")
page("video", "v/7320455.html", "AIGC+人工智能训练师双证 一次拿两个",
  "<h1>@星途AI课堂</h1><div class='desc'>AIGC证书+人工智能训练师双证，联合国开发计划署联合认证，拿证接单月入过万</div>" + P(
  "视频文案：原价9999，今天直播间限时99元锁定名额，后续补1980拿证。",
  "加课程顾问微信：aixl_laoshi88",
  "评论区：@小美：我微信 lily_0335 求资料"),
  offer=True, op="U07", provider="星途AI课堂",
  ids=[("wechat", "aixl_laoshi88", "aixl_laoshi88")],
  note="dishonest: fake UNDP, 原价9999限时99")
page("video", "v/7321008.html", "小星老师讲AI：训练师证怎么拿最快",
  "<h1>@小星老师讲AI</h1><div class='desc'>训练师证书最快15天下证，不用考试也能拿！</div>" + P(
  "置顶评论（作者）：要资料的加V AIXL_laoshi88 或打 199 6503 8824",
  "报名表单：https://www.wjx.cn/vm/xtai.aspx"),
  offer=True, op="U07", provider="小星老师讲AI",
  ids=[("wechat", "aixl_laoshi88", "AIXL_laoshi88"), ("phone", "+8619965038824", "199 6503 8824")],
  note="dishonest: 不用考试")
page("video", "v/7322190.html", "备考人工智能训练师四级 我的真实经历",
  "<h1>@AI考证阿杰</h1><div class='desc'>去年考的四级，分享复习方法，整理了题库和实操练习，需要的可以找我，99元一套带答疑。</div>" + P(
  "简介：AI考证阿杰｜wx：ajie_aikz",
  "资料问卷 wjx.cn/vm/ajie.aspx",
  "评论区：@海港小王：同求，我微信 lily_0335 的朋友推荐来的"),
  offer=True, op="I03", provider="AI考证阿杰",
  ids=[("wechat", "ajie_aikz", "ajie_aikz")],
  note="independent selling study materials")

# ---------------------------------------------------------------- wenda pages
page("wenda", "q/88213.html", "人工智能训练师证书在哪里报名？蚌埠的",
  "<h1>人工智能训练师证书在哪里报名？蚌埠的</h1><div class='q'>提问者：匿名用户　想考个证，不知道找哪家</div>"
  "<div class='ans'><b>智培考证顾问</b>（已采纳）" + P(
  "我们可以报，三级不限学历，人社部颁发，包过。", "扣：2853317790，电话 177 3021 5569，报名费可以分期。") + "</div>"
  "<div class='ans'><b>热心网友</b>" + P("建议先打12333问清楚，别信包过。") + "</div>",
  offer=True, op="U03", provider="智培考证顾问",
  ids=[("qq", "2853317790", "2853317790"), ("phone", "+8617730215569", "177 3021 5569")],
  note="Q&A answer used as ad by U03")
page("wenda", "q/88240.html", "人工智能训练师免考能拿证吗",
  "<h1>人工智能训练师免考能拿证吗？</h1><div class='q'>提问者：用户73821</div>"
  "<div class='ans'><b>王老师考证</b>" + P(
  "可以的，我这边蚌埠本地，资料齐全一个月出证，不用到场考试。", "wx：bbwls_ai，备注知道") + "</div>"
  "<div class='ans'><b>律师小张</b>" + P("职业技能等级证书必须经过考核，免考拿证属于违规，请谨慎。") + "</div>",
  offer=True, op="U05", provider="王老师考证",
  ids=[("wechat", "bbwls_ai", "bbwls_ai")],
  note="Q&A answer by U05")
page("wenda", "q/88301.html", "在校大专生能报人工智能训练师吗",
  "<h1>在校大专生能报人工智能训练师吗？</h1><div class='q'>提问者：蚌埠学院学生</div>"
  "<div class='ans'><b>蚌埠学长</b>" + P(
  "五级需要相关工作一年或学徒期满，在校生一般走学校统一组织。",
  "我在做代报名和资料整理，线上课399元，可以帮你核条件。微信 bbxz_2026") + "</div>",
  offer=True, op="I05", provider="蚌埠学长",
  ids=[("wechat", "bbxz_2026", "bbxz_2026")],
  note="independent answerer offering a paid course")
page("wenda", "q/88355.html", "人工智能训练师证书怎么查真假",
  "<h1>人工智能训练师证书怎么查真假？</h1><div class='ans'><b>最佳答案</b>" + P(
  "职业技能等级证书到技能人才评价证书全国联网查询 zscx.osta.org.cn 输入姓名、证件号、证书编号查询；也可以上技能人才评价工作网 osta.mohrss.gov.cn 查评价机构是否备案。",
  "证书编号是22位：一个大写字母加21位数字，例如网上流传的样本 %s。" % CERT_SAMPLE,
  "有疑问打12333，遇到虚假宣传打12315。") + "</div>",
  note="guide answer, non-offer")

# ---------------------------------------------------------------- bbs pages
page("bbs", "thread-40512.html", "【推荐】人工智能训练师国家职业资格证书三证合一 鼎思教育",
  "<h1>人工智能训练师国家职业资格证书 三证合一 限时报名</h1><div class='post'><b>楼主：dingsi小助手</b>" + P(
  "鼎思教育：人工智能训练师+数据标注员+生成式人工智能系统应用员三证合一，人社部颁发，全国通用。",
  "详情看官网 dingsiedu.com，或加微信 Dingsi_Edu 咨询。") + "</div>"
  "<div class='post'><b>2楼 海港区打工人</b>" + P("有人报过吗？我QQ 1094432876 想拉个群一起问问") + "</div>",
  offer=True, op="U04", provider="鼎思教育",
  ids=[("domain", "dingsiedu.com", "dingsiedu.com"), ("wechat", "dingsi_edu", "Dingsi_Edu")],
  note="dishonest forum post")
page("bbs", "thread-40588.html", "蚌埠本地办人工智能训练师证，不用考",
  "<h1>蚌埠本地办人工智能训练师证，不用考，可挂靠</h1><div class='post'><b>楼主：王老师考证</b>" + P(
  "五级四级三级都能办，资料提交一个月下证，联网可查。", "电话：１８２５５２１０９３７") + "</div>"
  "<div class='post'><b>3楼 路过</b>" + P("这种能信？QQ 1094432876 私聊我，我被坑过") + "</div>",
  offer=True, op="U05", provider="王老师考证",
  ids=[("phone", "+8618255210937", "１８２５５２１０９３７")],
  note="dishonest forum post, full-width phone")
page("bbs", "thread-40733.html", "考证挂靠群，人工智能训练师热门",
  "<h1>考证+挂靠交流，人工智能训练师现在最热门</h1><div class='post'><b>楼主：证优选小周</b>" + P(
  "拿证后可以挂靠企业，一年好几万，名额不多。",
  "进群了解：687203115（证优选学员群），私聊Q 3217650094") + "</div>",
  offer=True, op="U08", provider="证优选",
  ids=[("qq_group", "687203115", "687203115"), ("qq", "3217650094", "3217650094")],
  note="dishonest 挂靠 lure")
page("bbs", "thread-40801.html", "自己整理的人工智能训练师五级辅导，海港区可面授",
  "<h1>自己整理的人工智能训练师五级辅导，海港区可面授</h1><div class='post'><b>楼主：秦皇岛老李</b>" + P(
  "在公司做了三年数据标注，考过四级。周末可以在海港区带几个人过一遍实操，一人600，不包过。",
  "手机 151 7530 8826") + "</div>",
  offer=True, op="I04", provider="秦皇岛老李",
  ids=[("phone", "+8615175308826", "151 7530 8826")],
  note="independent individual tutor")
page("bbs", "thread-40840.html", "被人工智能训练师包过班骗了3800，大家小心",
  "<h1>被人工智能训练师包过班骗了3800，大家小心</h1><div class='post'><b>楼主：吃一堑</b>" + P(
  "对方电话 %s，说人社部颁发、三级包过，交钱后拉黑。" % SCAM,
  "已经打12315投诉，也打了12333，人社说证书要经过备案机构考核。",
  "转账时用的支付宝，客服95188说只能报警。") + "</div>",
  note="complaint thread, non-offer")

# ---------------------------------------------------------------- wx pages
page("wx", "a/20260311-hszx.html", "淮上智训｜人工智能训练师四级开班通知",
  "<h1>人工智能训练师四级开班通知</h1><div class='src'>来源公众号：淮上智训教育</div>" + P(
  "3月下旬开班，面向已取得五级证书并满足年限的学员。",
  "考核地点：蚌埠市职业技能鉴定中心（前台0552-2880115）。",
  "报名电话：159-5526-1838；简历与材料发送至 hszx_px#163.com（#换成@）。"),
  offer=True, op="U02", provider="淮上智训教育",
  ids=[("phone", "+8615955261838", "159-5526-1838"), ("email", "hszx_px@163.com", "hszx_px#163.com")],
  note="WeChat article repost by U02")
page("wx", "a/20260305-ds.html", "重磅！人工智能训练师国家职业资格证书开放报名",
  "<h1>重磅！人工智能训练师国家职业资格证书开放报名</h1><div class='src'>来源公众号：鼎思职教</div>" + P(
  "人社部颁发，全国通用，可评职称、可落户积分。",
  "零基础可学，三级/二级可直接报，包过。",
  "报名热线：4008-517-262　客服微信：dingsi_edu　官网：www.dingsiedu.com",
  "赞赏由财付通提供。"),
  offer=True, op="U04", provider="鼎思职教",
  ids=[("phone", "4008517262", "4008-517-262"), ("wechat", "dingsi_edu", "dingsi_edu"),
       ("domain", "dingsiedu.com", "www.dingsiedu.com")],
  note="dishonest WeChat article")
page("wx", "a/20260312-xt.html", "AI时代的铁饭碗：人工智能训练师双证班",
  "<h1>AI时代的铁饭碗：人工智能训练师双证班</h1><div class='src'>来源公众号：星途AI研习社</div>" + P(
  "90%小白都能学会，联合国开发计划署联合认证。",
  "原价9999限时99，转账请备注姓名，收款方：合肥星途信息咨询有限公司。",
  "咨询电话 19965038824，了解更多 xingtu-ai.cn"),
  offer=True, op="U07", provider="星途AI研习社",
  ids=[("phone", "+8619965038824", "19965038824"), ("other", "合肥星途信息咨询有限公司", "合肥星途信息咨询有限公司"),
       ("domain", "xingtu-ai.cn", "xingtu-ai.cn")],
  note="dishonest WeChat article")
page("wx", "a/20260320-zyx.html", "持证挂靠，每年多赚2万",
  "<h1>持证挂靠，每年多赚2万</h1><div class='src'>来源公众号：证优选职业资格</div>" + P(
  "人工智能训练师证书挂靠正当时，包过班不过全退。",
  "学员群：687203115　报名电话：13395526071"),
  offer=True, op="U08", provider="证优选职业资格",
  ids=[("qq_group", "687203115", "687203115"), ("phone", "+8613395526071", "13395526071")],
  note="dishonest 挂靠 article")
page("wx", "a/20260308-jx.html", "匠心职校春季人工智能训练师班招生",
  "<h1>匠心职校春季人工智能训练师班招生</h1><div class='src'>来源公众号：禹会区匠心职业技能培训学校</div>" + P(
  "五级（数据标注员）晚班，参保职工可按规定申领技能提升补贴。",
  "考核在蚌埠市职业技能鉴定中心（前台0552-2880115）。",
  "咨询：0552-3110458　微信 jx_peixun"),
  offer=True, op="U09", provider="禹会区匠心职业技能培训学校",
  ids=[("phone", "05523110458", "0552-3110458"), ("wechat", "jx_peixun", "jx_peixun")],
  note="honest school WeChat article")

# ---------------------------------------------------------------- news pages
page("news", "bb/2026-0318.html", "蚌埠淮上职业技能培训新开人工智能训练师课程",
  "<h1>蚌埠：新职业培训受青睐 人工智能训练师班开课</h1><div class='meta'>本网记者　2026-03-18</div>" + P(
  "记者从蚌埠淮上职业技能培训了解到，该机构开设的人工智能训练师五级、四级班报名人数较多。",
  "负责人表示，学员需满足申报条件，考核由备案评价机构组织。报名咨询：0552－2071366。",
  "企业信息：统一社会信用代码 %s。" % USCC_U02),
  offer=True, op="U02", provider="蚌埠淮上职业技能培训",
  ids=[("phone", "05522071366", "0552－2071366"), ("uscc", USCC_U02, USCC_U02)],
  note="advertorial in local news")
page("news", "qhd/2026-0309.html", "海港区启航职业培训学校开设人工智能训练师班",
  "<h1>海港区启航职业培训学校开设人工智能训练师班</h1><div class='meta'>通讯员　2026-03-09</div>" + P(
  "该校面向辖区参保职工开设人工智能训练师四级周末班，考核在秦皇岛市职业技能鉴定考点（0335-3657700）。",
  "报名电话：0335-5318620，企业统一社会信用代码：%s。" % USCC_U06),
  offer=True, op="U06", provider="海港区启航职业培训学校",
  ids=[("phone", "03355318620", "0335-5318620"), ("uscc", USCC_U06, USCC_U06)],
  note="advertorial")
page("news", "bb/2026-0322.html", "匠心职校：让数据标注成为就业新选择",
  "<h1>匠心职校：让数据标注成为就业新选择</h1><div class='meta'>本网讯　2026-03-22</div>" + P(
  "禹会区匠心职校人工智能训练师五级班现正招生，学员毕业后可到本地数据标注企业就业。",
  "咨询电话 0552 3110458，统一社会信用代码 %s，报名批次号 2026031501。" % USCC_U09),
  offer=True, op="U09", provider="匠心职校",
  ids=[("phone", "05523110458", "0552 3110458"), ("uscc", USCC_U09, USCC_U09)],
  note="advertorial")
page("news", "warn-2026.html", "警惕！“人工智能训练师包过”骗局又来了",
  "<h1>警惕！“人工智能训练师包过”骗局又来了</h1><div class='meta'>曝光台　2026-03-25</div>" + P(
  "近期多名市民反映，有人自称“人社部颁发”“零基础三级包过”，收取三四千元后失联，涉事号码为 %s（已停机）。" % SCAM,
  "记者提醒：职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询，咨询拨打12333，投诉拨打12315。",
  "订单编号类数字如 18620260315 常被骗子冒充为“证书查询号”，请勿轻信。"),
  note="warning news, non-offer")

# ---------------------------------------------------------------- shop pages
page("shop", "item/60218.html", "鼎思教育旗舰店 人工智能训练师三级 国家职业资格证书 报名",
  "<h1>【鼎思教育旗舰店】人工智能训练师三级报名 人社部颁发</h1><div class='price'>¥2980</div>" + P(
  "宝贝详情：国家职业资格证书，终身有效，三级包过，二级加购优惠。",
  "证书样本编号 %s" % CERT_SAMPLE,
  "店铺资质：北京鼎思远航教育咨询有限公司　统一社会信用代码 %s" % USCC_U04,
  "售前热线：400-851-7262"),
  offer=True, op="U04", provider="鼎思教育旗舰店",
  ids=[("uscc", USCC_U04, USCC_U04), ("phone", "4008517262", "400-851-7262"),
       ("other", "北京鼎思远航教育咨询有限公司", "北京鼎思远航教育咨询有限公司")],
  note="dishonest shop listing")
page("shop", "item/60877.html", "启航职培官方店 人工智能训练师四级周末班",
  "<h1>启航职培官方店｜人工智能训练师四级周末班</h1><div class='price'>¥1680</div>" + P(
  "需满足申报条件，下单后老师电话核对资格，不符合全额退款。",
  "联系：156 3355 1907　邮箱 qihang_px@qq.com"),
  offer=True, op="U06", provider="启航职培官方店",
  ids=[("phone", "+8615633551907", "156 3355 1907"), ("email", "qihang_px@qq.com", "qihang_px@qq.com")],
  note="honest shop listing")
page("shop", "item/61032.html", "星途AI考证店 AIGC+人工智能训练师双证",
  "<h1>星途AI考证店｜AIGC+人工智能训练师双证</h1><div class='price'>¥99 <s>¥9999</s></div>" + P(
  "拍下后联系客服补差价1980元拿双证，联合国机构认证。",
  "证书样本编号 %s" % CERT_SAMPLE,
  "发票开具单位：合肥星途信息咨询有限公司　官网 www.xingtu-ai.cn"),
  offer=True, op="U07", provider="星途AI考证店",
  ids=[("other", "合肥星途信息咨询有限公司", "合肥星途信息咨询有限公司"), ("domain", "xingtu-ai.cn", "www.xingtu-ai.cn")],
  note="dishonest shop listing")
page("shop", "item/61210.html", "人工智能训练师四级理论题库+实操练习 电子版",
  "<h1>AI训练师题库小铺｜四级理论题库+实操练习</h1><div class='price'>¥39.9</div>" + P(
  "按认定要素细目表整理，含数据采集和处理、数据标注、智能系统运维章节练习。仅学习资料，不含报名。",
  "售后QQ：1762093385　邮箱：ai_tiku@126.com"),
  offer=True, op="I02", provider="AI训练师题库小铺",
  ids=[("qq", "1762093385", "1762093385"), ("email", "ai_tiku@126.com", "ai_tiku@126.com")],
  note="independent materials shop")
page("shop", "item/59001.html", "兼容惠普打印机墨盒 黑色大容量",
  "<h1>兼容惠普打印机墨盒 黑色大容量</h1><div class='price'>¥45</div>" + P("办公家用，送安装视频。"),
  note="unrelated product")

# ---------------------------------------------------------------- huaishang pages
page("huaishang", "kecheng-ai.html", "人工智能训练师培训（五级/四级）",
  "<h1>人工智能训练师培训课程</h1>" + P(
  "蚌埠淮上智训教育科技有限公司开设人工智能训练师（4-04-05-05）五级、四级培训，工种：数据标注员、人工智能算法测试员。",
  "五级60课时，四级50课时；申报条件按国家职业技能标准（2021年版）执行。",
  "证书为职业技能等级证书，由备案评价机构颁发，可在 zscx.osta.org.cn 查询。",
  "咨询电话：0552-2071366　手机：15955261838　邮箱：hszx_px@163.com",
  "统一社会信用代码：%s　官网：huaishangzx.com" % USCC_U02),
  offer=True, op="U02", provider="淮上智训教育",
  ids=[("phone", "05522071366", "0552-2071366"), ("phone", "+8615955261838", "15955261838"),
       ("email", "hszx_px@163.com", "hszx_px@163.com"), ("uscc", USCC_U02, USCC_U02),
       ("domain", "huaishangzx.com", "huaishangzx.com")],
  note="company site course page")
page("huaishang", "jianding.html", "人工智能训练师认定考核报名",
  "<h1>人工智能训练师认定考核报名</h1>" + P(
  "本公司代理报名，考核由备案评价机构组织，考点：蚌埠市职业技能鉴定中心（前台0552-2880115）。",
  "认定费按评价机构标准收取，培训费另计。不承诺通过。本期统一报名批次号 2026031501。",
  "报名电话 0552-2071366，单位信用代码 %s" % USCC_U02),
  offer=True, op="U02", provider="淮上智训",
  ids=[("phone", "05522071366", "0552-2071366"), ("uscc", USCC_U02, USCC_U02)],
  note="exam registration page")

# ---------------------------------------------------------------- rsj pages
page("rsj", "notice-2026-03.html", "关于做好2026年人工智能训练师等职业技能等级认定工作的通知",
  "<h1>关于做好2026年人工智能训练师等职业技能等级认定工作的通知</h1>" + P(
  "各有关单位：职业技能等级证书由经人社部门备案的评价机构颁发，请考生通过技能人才评价工作网 osta.mohrss.gov.cn 查询机构备案情况，通过 zscx.osta.org.cn 查询证书。",
  "本市考点：秦皇岛市职业技能鉴定考点（0335-3657700）。",
  "咨询电话：12333。"),
  note="official notice, non-offer")
page("rsj", "warning.html", "关于警惕“山寨证书”和虚假培训广告的提醒",
  "<h1>关于警惕“山寨证书”和虚假培训广告的提醒</h1>" + P(
  "近期有不法分子以“人社部颁发”“包过”“免考”为名收取费用。人社部门不直接颁发职业技能等级证书。",
  "群众举报的号码包括 %s 等，请勿转账。" % SCAM,
  "如遇虚假宣传可拨打12315，政策咨询拨打12333。"),
  note="official warning, non-offer")

# ================================================================ decoys
DECOYS = [
  ("phone", "12333", ["12333"], "人社 public hotline"),
  ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
  ("phone", "95188", ["95188"], "payment platform (Alipay) hotline, third party"),
  ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
  ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
  ("phone", "4006602233", ["400-660-2233"], "course marketplace customer service (footer/sidebar)"),
  ("email", "kf@kechengbang.cn", ["kf@kechengbang.cn"], "course marketplace footer e-mail"),
  ("domain", "kechengbang.cn", ["kechengbang.cn"], "course marketplace own domain"),
  ("qq_group", "512837664", ["512837664"], "forum's own QQ group in footer"),
  ("other", "京ICP备17008823号-2", ["京ICP备17008823号-2"], "classifieds platform ICP"),
  ("domain", "tongchengfl.com", ["www.tongchengfl.com"], "classifieds platform domain"),
  ("domain", "wxwenzhai.com", ["www.wxwenzhai.com"], "repost site domain"),
  ("email", "jubao@kuaishipin.com", ["jubao@kuaishipin.com"], "video platform report e-mail"),
  ("phone", "4001866888", ["400-186-6888"], "shop platform customer service"),
  ("phone", "03353212110", ["0335-3212110"], "news site hotline"),
  ("phone", "+8617100234561", [SCAM], "scam number quoted in warnings and complaints"),
  ("phone", "+8613800138000", ["13800138000"], "template placeholder in enrolment widgets"),
  ("phone", "+8618620260315", ["18620260315"], "really an order number"),
  ("other", CERT_SAMPLE, [CERT_SAMPLE], "sample certificate number copied across ads"),
  ("qq", "2026031501", ["2026031501"], "enrolment batch number, looks like a QQ number"),
  ("phone", "03353657700", ["0335-3657700"], "exam venue front desk (third party)"),
  ("phone", "05522880115", ["0552-2880115"], "exam venue front desk (third party)"),
  ("domain", "wjx.cn", ["wjx.cn"], "form tool (问卷星) used by several sellers"),
  ("qq", "1094432876", ["1094432876"], "a reader's own QQ in forum replies"),
  ("wechat", "lily_0335", ["lily_0335"], "a reader's own WeChat in video comments"),
]

# ================================================================ render
CSS = {
 "yanchuan": "body{font-family:SimSun;background:#f4f4f4}.hd{background:#0b4a8b;color:#fff}",
 "huaishang": "body{font-family:'Microsoft YaHei';}.nav{background:#c00;color:#fff}",
 "kecheng": "body{background:#fafafa}.price{color:#f60;font-size:24px}",
 "bbs": "body{font-size:12px}.post{border:1px solid #ccc;margin:6px}",
 "fenlei": "body{font-size:14px}.hd{background:#ff552e}",
 "wenda": ".ans{border-top:1px dashed #ddd}",
 "wx": "body{max-width:680px;margin:auto}.src{color:#576b95}",
 "video": "body{background:#161823;color:#eee}.desc{font-size:16px}",
 "news": "body{font-family:SimSun}.meta{color:#888}",
 "rsj": "body{background:#fff}.hd{background:#b70000;color:#fff}",
 "shop": ".price{color:#e4393c;font-size:26px}",
}

def rel(frm, to):
    return posixpath.relpath(to, posixpath.dirname(frm))

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;")

def render(p):
    s = SITE[p["site"]]
    idx = "/%s/index.html" % p["site"]
    menu = " | ".join('<a href="%s">%s</a>' % (rel(p["path"], idx), m) for m in s["menu"])
    crumbs = '<a href="%s">全部站点</a> &gt; <a href="%s">%s</a> &gt; %s' % (
        rel(p["path"], "/index.html"), rel(p["path"], idx), s["name"], esc(p["title"]))
    sib = [q for q in PAGES if q["site"] == p["site"] and q["path"] != p["path"]
           and not q["path"].endswith("/index.html")][:4]
    related = "".join('<li><a href="%s">%s</a></li>' % (rel(p["path"], q["path"]), esc(q["title"])) for q in sib)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s - %s</title>"
            "<style>%s</style></head><body>\n<div class=\"hd\"><b>%s</b> <span>%s</span></div>\n"
            "<div class=\"menu\">%s</div>\n<div class=\"crumbs\">%s</div>\n"
            "<div class=\"main\">%s</div>\n<div class=\"side\">%s</div>\n"
            "<div class=\"related\"><h4>相关链接</h4><ul>%s</ul></div>\n"
            "<div class=\"ft\">%s</div>\n</body></html>\n") % (
        esc(p["title"]), s["name"], CSS[p["site"]], s["name"], s["kind"], menu, crumbs,
        p["body"], SIDEBARS[p["site"]], related, s["footer"])

OWNER_IDS = {
  "yanchuan": [("phone", "03353061288", "0335-3061288"), ("other", "冀ICP备19023576号-1", "冀ICP备19023576号-1"),
               ("domain", "yanchuanpx.cn", "www.yanchuanpx.cn")],
  "huaishang": [("other", "皖ICP备20011872号", "皖ICP备20011872号"), ("domain", "huaishangzx.com", "huaishangzx.com")],
}

def main():
    # the two company sites carry their owner's contacts in the footer of every page
    for p in PAGES:
        if p["is_offer"] and p["site"] in OWNER_IDS:
            for k, v, w in OWNER_IDS[p["site"]]:
                if not any(x[0] == k and x[1] == v for x in p["identifiers"]):
                    p["identifiers"].append([k, v, w])
    # index pages per site
    for s in SITES:
        items = [q for q in PAGES if q["site"] == s["key"]]
        body = "<h1>%s</h1><ul>%s</ul>" % (s["name"], "".join(
            '<li><a href="%s">%s</a></li>' % (rel("/%s/index.html" % s["key"], q["path"]), esc(q["title"]))
            for q in items))
        page(s["key"], "index.html", s["name"] + " 首页", body, note="site index page")
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for p in PAGES:
        fn = os.path.join(OUT, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        html = render(p)
        for kind, value, written in p["identifiers"]:
            assert written in html, (p["path"], written)
        with open(fn, "w", encoding="utf-8") as f:
            f.write(html)
    hub = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>一周搜索：秦皇岛 蚌埠 人工智能训练师</title></head>"
           "<body><h1>一周搜索记录：秦皇岛、蚌埠 “人工智能训练师 证书”</h1><ul>%s</ul></body></html>\n") % "".join(
        '<li><a href="%s/index.html">%s（%s）</a></li>' % (s["key"], s["name"], s["kind"]) for s in SITES)
    with open(os.path.join(OUT, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub)
    with open(os.path.join(OUT, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    texts = {}
    for dp, dn, fns in os.walk(OUT):
        for fn in fns:
            if fn.endswith(".html"):
                full = os.path.join(dp, fn)
                texts["/" + os.path.relpath(full, OUT).replace(os.sep, "/")] = open(full, encoding="utf-8").read()
    pages_out = [dict(path="/index.html", is_offer=False, operator=None, provider=None,
                      identifiers=[], note="hub")]
    for p in PAGES:
        pages_out.append({k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")})
    ops = {}
    for p in PAGES:
        if p["operator"] and p["operator"].startswith("U"):
            o = ops.setdefault(p["operator"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in written))
        assert pg, value
        decoys.append(dict(kind=kind, value=value, written=written, pages=pg, why=why))
    truth = dict(pages=sorted(pages_out, key=lambda x: x["path"]),
                 operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
