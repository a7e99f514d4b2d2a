#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(s8):
    tot = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(s8, W_ORG))
    c = 11 - tot % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    tot = sum(ALPHA.index(c) * w for c, w in zip(body, W_USCC))
    r = 31 - tot % 31
    return body + ALPHA[0 if r == 31 else r]

USCC_U01 = uscc("52530102", "MJ0K3A71")   # 民办非企业 (training school), Kunming
USCC_U02 = uscc("91450103", "MA5NX2K8")   # enterprise, Nanning
USCC_U04 = uscc("91530100", "MA6P1TQ4")   # enterprise, Kunming
USCC_U05 = uscc("91110108", "MA01Y7R3")   # enterprise, Beijing, state-sounding name
USCC_SHOP = uscc("91530103", "MA6K9W22")  # the shop platform operator (decoy)

# ---------------------------------------------------------------- sites
SITES = {
 "shop": dict(name="彩云优选商城", style="shop",
   menu=["首页", "职业技能", "考证专区", "IT培训", "我的订单", "购物车"],
   side="<h4>店铺推荐</h4><p>七天无理由（虚拟课程除外）</p><p>平台担保交易，请勿私下转账</p>",
   foot="彩云优选商城 平台客服热线 400-860-1357 | 投诉请拨 12315 | 运营方：云南彩选电子商务有限公司 统一社会信用代码 " + USCC_SHOP + " | 滇ICP备20007788号"),
 "hengzhi": dict(name="昆明恒智职业技能培训学校", style="corp",
   menu=["网站首页", "学校简介", "培训课程", "收费标准", "报名咨询"],
   side="<h4>办学许可</h4><p>民办学校办学许可证已公示于校内</p><h4>地址</h4><p>昆明市五华区学府路（近理工大）</p>",
   foot="© 2026 昆明恒智职业技能培训学校 版权所有"),
 "guiyun": dict(name="桂云数智·AI训练营", style="corp2",
   menu=["首页", "热门证书", "学费说明", "联系我们", "证书查询"],
   side="<h4>限时活动</h4><p>三证联报立减800</p><p>名额仅剩 <b>7</b> 个</p>",
   foot="南宁桂云数智科技有限公司 © 2024-2026"),
 "kechengmall": dict(name="学立方课程超市", style="market",
   menu=["首页", "职业资格", "技能等级", "AI课程", "讲师入驻", "帮助中心"],
   side="<h4>平台保障</h4><p>课程由入驻机构提供，证书由相应评价机构颁发，本平台不颁发任何证书。</p>",
   foot="学立方课程超市 客服邮箱 help@xuelifang.cn | 滇ICP备19004321号-2 | 入驻机构资质请以企业信用信息公示系统为准"),
 "bbs": dict(name="春城邕城论坛", style="forum",
   menu=["论坛首页", "职场交流", "考证互助", "本地生活", "站务"],
   side="<h4>版规</h4><p>禁止发布广告、禁止留联系方式引流，违者封号。</p><h4>今日热帖</h4><p>昆明地铁5号线最新进展</p>",
   foot="春城邕城论坛 站务邮箱 admin@ccyc-bbs.cn | 官方交流群 60918273 | 举报请发站内信"),
 "wenda": dict(name="知否问答", style="qa",
   menu=["首页", "教育", "职场", "法律", "提问"],
   side="<h4>相关话题</h4><p>#考证 #人工智能训练师 #技能补贴</p>",
   foot="知否问答 © 2026 | 回答内容仅代表答主个人观点 | 侵权举报：jubao@zhifou-wd.com"),
 "fenlei": dict(name="南昆分类信息网", style="classified",
   menu=["首页", "招聘", "教育培训", "二手", "房产", "发布信息"],
   side="<h4>安全提示</h4><p>凡要求先交费、代办证书的均需谨慎，请核实对方资质。</p>",
   foot="南昆分类信息网 www.nnkm-fenlei.com 客服电话 0771-2806600 | 信息由用户发布，本站不承担担保责任"),
 "wx": dict(name="公众号文章转载站", style="wx",
   menu=["首页", "热文", "教育", "本地", "投稿"],
   side="<h4>说明</h4><p>本站文章转载自微信公众号，版权归原作者所有。</p><p>投稿/删稿请加微信 wxzz_kefu</p>",
   foot="公众号文章转载站 · 删稿联系微信 wxzz_kefu · 仅供学习交流"),
 "shipin": dict(name="小视界短视频", style="video",
   menu=["推荐", "关注", "同城", "知识", "直播"],
   side="<h4>同城热门</h4><p>#昆明 #南宁 #考证</p>",
   foot="小视界短视频 官方客服QQ 800058123 | 未成年人保护热线 | 网络文化经营许可证"),
 "rsj": dict(name="某市人力资源和社会保障局（示例站）", style="gov",
   menu=["首页", "政务公开", "通知公告", "政策解读", "办事服务"],
   side="<h4>便民服务</h4><p>人社服务热线 12333</p><p>证书查询：zscx.osta.org.cn</p>",
   foot="主办：某市人力资源和社会保障局 | 服务热线 12333 | 本站为示例页面"),
 "college": dict(name="滇南信息职业学院", style="college",
   menu=["学院首页", "学院概况", "继续教育", "招生就业", "校企合作"],
   side="<h4>快速入口</h4><p>继续教育学院</p><p>招生就业处</p>",
   foot="滇南信息职业学院 学院总机 0871-64100000 | 地址：昆明市呈贡区（示例）"),
}

PAGES = []  # dicts: site, file, title, body, offer, op, provider, ids, note

def P(site, file, title, body, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(site=site, file=file, title=title, body=body, offer=op is not None,
                      op=op, provider=provider, ids=[list(x) for x in ids], note=note))

CERT_SAMPLE = "S000053000126254000123"

# ---------------------------------------------------------------- U01 恒智 (Kunming, honest)
P("hengzhi", "course.html", "人工智能训练师（数据标注员）五级/四级培训班",
 f"""<h1>人工智能训练师（4-04-05-05）培训班</h1>
<p>本校开设人工智能训练师五级（初级工）、四级（中级工）培训，工种为数据标注员。五级参考课时60学时，四级50学时，理论+实操，实操占比约七成。</p>
<p>报考条件请对照《人工智能训练师国家职业技能标准（2021年版）》：五级需累计从事本职业或相关职业工作满1年，或本职业学徒期满。我校不接受“零基础直接报三级”之类的咨询，请勿轻信。</p>
<p>考核由经人社部门备案的评价机构组织，证书为职业技能等级证书，可在 jndj.osta.org.cn 查询。证书样本（编号 {CERT_SAMPLE}，仅示意）。</p>
<p>咨询电话：0871-65123456　手机/微信同号：138 8712 0456　微信：hengzhi_px</p>
<p>学校网站：www.hengzhi-px.cn　统一社会信用代码：{USCC_U01}</p>""",
 "U01", "昆明恒智职业技能培训学校",
 [("phone", "+8613887120456", "138 8712 0456"), ("phone", "087165123456", "0871-65123456"),
  ("wechat", "hengzhi_px", "hengzhi_px"), ("domain", "hengzhi-px.cn", "www.hengzhi-px.cn"),
  ("uscc", USCC_U01, USCC_U01)], "training school course page")
P("hengzhi", "fee.html", "收费标准｜人工智能训练师",
 """<h1>2026年收费标准</h1>
<table border=1><tr><th>级别</th><th>培训费</th><th>认定费（代收）</th></tr>
<tr><td>五级</td><td>1280元</td><td>按评价机构标准</td></tr><tr><td>四级</td><td>1680元</td><td>按评价机构标准</td></tr></table>
<p>参加失业保险满1年的职工取证后可申请技能提升补贴（五级最高1000元、四级最高1500元），以当地人社部门审核为准，具体政策可拨打 12333 咨询。</p>
<p>报名电话 (0871)65123456，或手机 13887120456（周一至周六 9:00-18:00）。</p>""",
 "U01", "恒智职校",
 [("phone", "087165123456", "(0871)65123456"), ("phone", "+8613887120456", "13887120456")], "fee page")
P("hengzhi", "contact.html", "报名咨询",
 f"""<h1>报名咨询</h1><p>欢迎来校咨询人工智能训练师培训报名，每月开班。</p>
<ul><li>电话：0871-65123456</li><li>招生老师：周老师 138-8712-0456</li><li>微信：HengZhi_PX</li>
<li>单位名称：昆明恒智职业技能培训学校（统一社会信用代码 {USCC_U01}）</li><li>地址：昆明市五华区学府路</li></ul>""",
 "U01", "昆明恒智职业技能培训学校",
 [("phone", "087165123456", "0871-65123456"), ("phone", "+8613887120456", "138-8712-0456"),
  ("wechat", "hengzhi_px", "HengZhi_PX"), ("uscc", USCC_U01, USCC_U01)], "contact / enrolment page")
P("bbs", "thread-3307.html", "昆明有靠谱的人工智能训练师培训吗？",
 """<div class=post><b>楼主 滇池边的猫</b><p>想考个人工智能训练师四级，昆明有哪家靠谱？网上一堆包过的不敢信。</p></div>
<div class=post><b>2楼 恒智小周老师</b><p>我们学校在学府路，四级每月开班，要求按国家标准来，不包过。需要课表可以加v：hengzhi_px，备注论坛。</p></div>
<div class=post><b>3楼 备考小白</b><p>同问，有一起备考的加我qq 1234509876</p></div>
<div class=post><b>4楼 路人甲</b><p>楼上做广告的小心被版主删。</p></div>""",
 "U01", "恒智小周老师", [("wechat", "hengzhi_px", "hengzhi_px")], "forum thread with seller reply")

# ---------------------------------------------------------------- U02 桂云 (Nanning, dishonest)
P("guiyun", "course.html", "人工智能训练师三证联报｜人社部颁发 全国通用",
 """<h1>人工智能训练师 初级/中级/高级 三证联报</h1>
<p>人社部颁发，国家职业资格证书，全国联网可查，终身有效！零基础、不限学历、不限经验，可直接报考三级/二级。</p>
<p>交费包过，不过全额退款！考试通过率100%，拿证即可升职加薪、落户加分、挂靠年入3万+。</p>
<p>全国招生热线：400-678-1234　咨询微信：GY-AI888</p>
<p>官网：www.guiyun-ai.com　证书查询请点击顶部“证书查询”</p>""",
 "U02", "桂云数智·AI训练营",
 [("phone", "4006781234", "400-678-1234"), ("wechat", "gy-ai888", "GY-AI888"),
  ("domain", "guiyun-ai.com", "www.guiyun-ai.com")], "scam course page: 包过, 人社部颁发, three levels")
P("guiyun", "fee.html", "学费说明",
 """<h1>学费说明（2026年版）</h1><p>单报五级 1980元；四级 2980元；三级 3980元；<b>三证联报 6800元</b>（原价9999）。二级技师 8800元，免考试直接下证另议。</p>
<p>线下考点：南宁市青秀区某大厦考试中心（考点前台 0771-5698000，仅负责考场事务）。</p>
<p>报名热线 4006-781-234，班主任手机 189 7711 2345。</p>""",
 "U02", "桂云数智",
 [("phone", "4006781234", "4006-781-234"), ("phone", "+8618977112345", "189 7711 2345")], "fee page, price per certificate")
P("guiyun", "contact.html", "联系我们",
 f"""<h1>联系我们</h1><p>南宁桂云数智科技有限公司</p><p>统一社会信用代码：{USCC_U02}</p>
<p>客服热线：400-678-1234</p><p>班主任：18977112345（微信同号）</p><p>微信：gy-ai888　QQ：2876543210</p>
<p>地址：南宁市青秀区民族大道（预约到访）</p>""",
 "U02", "南宁桂云数智科技有限公司",
 [("phone", "4006781234", "400-678-1234"), ("phone", "+8618977112345", "18977112345"),
  ("wechat", "gy-ai888", "gy-ai888"), ("qq", "2876543210", "2876543210"), ("uscc", USCC_U02, USCC_U02)], "contact page")
P("fenlei", "nn-5521.html", "【南宁】人工智能训练师报名 广西数标学堂 包拿证",
 """<h1>人工智能训练师报名 包拿证</h1><p>发布者：广西数标学堂　区域：南宁-青秀</p>
<p>AI训练师证书火热报名中，国家认可，官方认证，免培训，一次通过，三级高级工直接考！名额有限。</p>
<p>联系电话：18977112345　QQ 2876543210（说明来自分类网）</p>""",
 "U02", "广西数标学堂",
 [("phone", "+8618977112345", "18977112345"), ("qq", "2876543210", "2876543210")], "classified ad, scam wording")

# ---------------------------------------------------------------- U03 星途 (shop, classifieds, video)
P("shop", "item-1.html", "【星途职教】人工智能训练师三级 高级工 考证 包过班 零基础",
 f"""<h1>人工智能训练师三级 高级工 零基础包过班</h1><p class=price>¥ 3580.00 <s>¥ 6980</s></p>
<p>店铺：星途职教旗舰店　已售 312 件</p>
<p>宝贝详情：不用上课，资料发你背就行，考试有内部题库，保过！证书编号样例：{CERT_SAMPLE}。</p>
<p>拍下后请联系客服微信：XingTu-ZJ，或QQ 3345678901 发资料。</p>
<p>618活动编号：13020260618</p>
<p>付款请走平台，支付问题可咨询支付宝客服 95188。</p>""",
 "U03", "星途职教旗舰店",
 [("wechat", "xingtu-zj", "XingTu-ZJ"), ("qq", "3345678901", "3345678901")], "shop item, scam")
P("fenlei", "km-2018.html", "昆明 人工智能训练师 考证 星途教育",
 """<h1>人工智能训练师考证（昆明可面授）</h1><p>发布者：星途教育　区域：昆明-官渡</p>
<p>零基础可学，90%小白都能学会，一个月拿证。高级工直接报名，不看工作年限。</p>
<p>电话 150-9661-2345　微信 xingtu-zj</p>""",
 "U03", "星途教育",
 [("phone", "+8615096612345", "150-9661-2345"), ("wechat", "xingtu-zj", "xingtu-zj")], "classified ad")
P("shipin", "v-7781.html", "星途老师：人工智能训练师到底值不值得考？",
 """<h1>人工智能训练师到底值不值得考？</h1><p>作者：@星途老师（昆明）　点赞 1.2w</p>
<p>视频文案：今年最火的新职业！原价9999，限时99元抢体验课，评论区扣“1”，或者直接打 150 9661 2345 找我报名。</p>
<div class=cmt><p>网友A：真的包过吗</p><p>网友B：求资料，我v：lucky_km2026</p></div>""",
 "U03", "星途老师", [("phone", "+8615096612345", "150 9661 2345")], "short video, scam lure")

# ---------------------------------------------------------------- U04 云标数据 (honest)
P("kechengmall", "c-1088.html", "人工智能训练师（数据标注员）四级 实训课程｜云南云标数据科技",
 f"""<h1>人工智能训练师（数据标注员）四级实训课</h1><p>机构：云南云标数据科技有限公司　课时：50学时（线上20+线下实操30）　价格：¥1880</p>
<p>课程在本公司标注基地实操，结业后由已备案的评价机构组织认定，不承诺通过。证书可在全国联网平台查询。</p>
<p>机构资质：统一社会信用代码 {USCC_U04}；联系电话 0871-68012345；官网 yunbiao-data.cn</p>""",
 "U04", "云南云标数据科技有限公司",
 [("uscc", USCC_U04, USCC_U04), ("phone", "087168012345", "0871-68012345"), ("domain", "yunbiao-data.cn", "yunbiao-data.cn")], "marketplace listing, honest")
P("wx", "a-20260412.html", "云标数据｜第三期人工智能训练师（数据标注员）实训班开始报名",
 """<h1>第三期人工智能训练师实训班开始报名</h1><p>原文：云标数据（公众号）　转载</p>
<p>本期为四级（中级工）培训，学员需满足国家职业技能标准的申报条件；符合条件的参保职工可申请技能提升补贴。</p>
<p>报名表：https://jinshuju.net/f/yb3qi（金数据表单）</p>
<p>咨询：0871 6801 2345　简历/材料请发 hr(at)yunbiao-data.cn</p>""",
 "U04", "云标数据",
 [("phone", "087168012345", "0871 6801 2345"), ("email", "hr@yunbiao-data.cn", "hr(at)yunbiao-data.cn")], "wechat repost, enrolment")
P("college", "news-peixun.html", "校企合作｜人工智能训练师（数据标注员）培训班招生",
 """<h1>校企合作：人工智能训练师培训班招生</h1><p>发布：继续教育学院　2026-04-20</p>
<p>我院与云标数据合作开设人工智能训练师（数据标注员）四级培训班，面向在校生与社会人员。鉴定批次号 4005302026。</p>
<p>合作企业报名邮箱：hr@yunbiao-data.cn；在线报名：jinshuju.net/f/yb3qi</p>""",
 "U04", "云标数据（校企合作）", [("email", "hr@yunbiao-data.cn", "hr@yunbiao-data.cn")], "college news with partner enrolment")

# ---------------------------------------------------------------- U05 中科智培 (dishonest, national-sounding)
P("wenda", "q-901.html", "人工智能训练师证书在哪里考？昆明能考吗？",
 """<h1>人工智能训练师证书在哪里考？昆明能考吗？</h1>
<div class=ans><b>答主：中科智培-李老师</b><p>可以考的。我们是国家级认证中心，人社部颁发，证书全国通用可查，二级技师也可以直接报，不看学历。详情加V：zkzp_kefu01</p></div>
<div class=ans><b>答主：备考小白</b><p>我也想知道，加qq 1234509876 一起交流</p></div>""",
 "U05", "中科智培", [("wechat", "zkzp_kefu01", "zkzp_kefu01")], "Q&A answer selling")
P("wx", "a-20260415.html", "重磅！人工智能训练师国家证书最后一批报名，错过再等一年",
 """<h1>重磅！人工智能训练师国家证书最后一批报名</h1><p>原文：国培AI训练师认证中心　转载</p>
<p>人社部证书退出，哪家证书来接盘？本中心颁发的证书国家认可，官方认证，免培训包通过，一次交费三证到手。</p>
<p>证书官网可查：cx.zkzp-edu.com</p><p>报名微信：ZKZP_KEFU01　报名电话：17308712345</p>""",
 "U05", "国培AI训练师认证中心",
 [("wechat", "zkzp_kefu01", "ZKZP_KEFU01"), ("phone", "+8617308712345", "17308712345"), ("domain", "zkzp-edu.com", "cx.zkzp-edu.com")], "wechat repost, scam")
P("shipin", "v-7790.html", "AI训练师证书 一个月拿证",
 """<h1>AI训练师证书 一个月拿证</h1><p>作者：@中科智培官方　点赞 3421</p>
<p>文案：零基础、不限专业、无门槛，拿到证书便可升职加薪！私信或致电 173 0871 2345。</p>
<div class=cmt><p>网友：我也要，v：lucky_km2026</p></div>""",
 "U05", "中科智培官方", [("phone", "+8617308712345", "173 0871 2345")], "short video, scam")
P("fenlei", "km-2033.html", "人工智能训练师 国家证书 代报名",
 f"""<h1>人工智能训练师 国家证书 代报名</h1><p>发布者：中科智培(北京)教育科技有限公司昆明办事处</p>
<p>证书国家职业资格，可查询：http://cx.zkzp-edu.com/query　企业信用代码 {USCC_U05}</p>
<p>联系：17308712345（李老师）</p><p>联系电话：13800138000（模板默认，请以上方为准）</p>""",
 "U05", "中科智培(北京)教育科技有限公司",
 [("domain", "zkzp-edu.com", "cx.zkzp-edu.com"), ("phone", "+8617308712345", "17308712345"), ("uscc", USCC_U05, USCC_U05)], "classified ad, fake query site")

# ---------------------------------------------------------------- U06 邕学 (Nanning, honest-ish)
P("bbs", "thread-3312.html", "【南宁】人工智能训练师五级培训周末班招生",
 """<div class=post><b>楼主 邕学教育-陈老师</b><p>南宁邕学教育人工智能训练师五级周末班招生，60课时，需满足一年相关工作经历。不包过，补贴按政策。电话 136 0771 3344。</p></div>
<div class=post><b>2楼 小蓝</b><p>比那些包过的实在。</p></div>""",
 "U06", "邕学教育", [("phone", "+8613607713344", "136 0771 3344")], "forum advert post")
P("wenda", "q-905.html", "南宁考人工智能训练师要多少钱？",
 """<h1>南宁考人工智能训练师要多少钱？</h1>
<div class=ans><b>答主：邕学教育</b><p>五级培训费一般一千多，认定费另算；参保职工取证后可申请补贴。考试在南宁某考点，考点前台 0771-5698000 只管考场不管报名。报名找我们 0771-5551234 / 13607713344。</p></div>""",
 "U06", "邕学教育",
 [("phone", "07715551234", "0771-5551234"), ("phone", "+8613607713344", "13607713344")], "Q&A answer with offer")
P("kechengmall", "c-1102.html", "南宁邕学教育｜人工智能训练师五级（初级工）周末班",
 """<h1>人工智能训练师五级（初级工）周末班</h1><p>机构：南宁邕学教育培训中心　价格：¥1380</p>
<p>按国家职业技能标准授课，报名需提供工作经历证明。</p><p>咨询：0771-5551234　邮箱：yongxue_edu@163.com</p>""",
 "U06", "南宁邕学教育培训中心",
 [("phone", "07715551234", "0771-5551234"), ("email", "yongxue_edu@163.com", "yongxue_edu@163.com")], "marketplace listing")

# ---------------------------------------------------------------- U07 智链 (online, dishonest)
P("shop", "item-2.html", "智链AI考证 人工智能训练师 资料+报名 包过",
 """<h1>人工智能训练师 考证资料+报名 包过</h1><p class=price>¥ 1299.00</p><p>店铺：智链AI考证</p>
<p>购买后加入学员QQ群 712345678，群内发题库，官方指定考点，命题组老师带你过。</p>
<p>618活动编号：13020260618</p><p>付款请走平台，支付问题可咨询支付宝客服 95188。</p>""",
 "U07", "智链AI考证", [("qq_group", "712345678", "712345678")], "shop item, scam")
P("shipin", "v-7802.html", "人工智能训练师 内部题库 命题组老师直播",
 """<h1>人工智能训练师 内部题库</h1><p>作者：@智链教育</p>
<p>文案：命题组老师今晚直播讲内部信息，进群 712 345 678，或加微信 zhilian_ai 领资料。</p>""",
 "U07", "智链教育",
 [("qq_group", "712345678", "712 345 678"), ("wechat", "zhilian_ai", "zhilian_ai")], "short video, scam")
P("kechengmall", "c-1130.html", "AI训练师速成班 30天拿证｜智链",
 """<h1>AI训练师速成班 30天拿证</h1><p>机构：智链人才服务　价格：¥999</p>
<p>速成、保过、协议就业。课程官网 zhilian-ai.net，客服微信 zhilian_ai。</p>
<p>联系电话：13800138000</p><p>报名资料发送至：xxx@xxx.com</p>""",
 "U07", "智链人才服务",
 [("wechat", "zhilian_ai", "zhilian_ai"), ("domain", "zhilian-ai.net", "zhilian-ai.net")], "marketplace listing with template leftovers")
P("wenda", "q-910.html", "网上买的人工智能训练师课程靠谱吗？",
 """<h1>网上买的人工智能训练师课程靠谱吗？</h1>
<div class=ans><b>答主：AI考证顾问</b><p>靠谱，推荐 www.zhilian-ai.net，包过，不过退款。</p></div>
<div class=ans><b>答主：人社小知识</b><p>职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询，包过的都别信，有问题打 12333。</p></div>""",
 "U07", "AI考证顾问（智链）", [("domain", "zhilian-ai.net", "www.zhilian-ai.net")], "Q&A answer, astroturf")

# ---------------------------------------------------------------- U08 博远 (Kunming agent)
P("wx", "a-20260420.html", "昆明博远教育：人工智能训练师四级周末班，补贴后几乎免费",
 """<h1>人工智能训练师四级周末班</h1><p>原文：博远教育昆明　转载</p>
<p>参保满一年可申领技能提升补贴，补贴后几乎免费！名额有限。</p>
<p>报名：186 8715 4321（微信 boyuan-km）</p><p>报名表：jinshuju.net/f/by0420</p>""",
 "U08", "博远教育",
 [("phone", "+8618687154321", "186 8715 4321"), ("wechat", "boyuan-km", "boyuan-km")], "wechat repost, enrolment")
P("fenlei", "km-2041.html", "昆明人工智能训练师培训 博远",
 """<h1>昆明人工智能训练师培训</h1><p>发布者：博远职业培训　区域：昆明-盘龙</p>
<p>四级/三级均可报，须符合申报条件。微信：Boyuan-KM　QQ：1562348790</p><p>在线报名：https://jinshuju.net/f/by0420</p>""",
 "U08", "博远职业培训",
 [("wechat", "boyuan-km", "Boyuan-KM"), ("qq", "1562348790", "1562348790")], "classified ad")
P("bbs", "thread-3320.html", "分享：人工智能训练师四级考试经验（附培训班信息）",
 """<div class=post><b>楼主 博远阿峰</b><p>上个月考的四级，理论+实操，实操是标注和质检。我们机构下期周末班还有位，QQ 1562348790，电话18687154321。</p></div>
<div class=post><b>2楼 备考小白</b><p>求资料 qq 1234509876</p></div>""",
 "U08", "博远阿峰",
 [("qq", "1562348790", "1562348790"), ("phone", "+8618687154321", "18687154321")], "forum 'experience' post with ad")

# ---------------------------------------------------------------- U09 锐思 (payee name)
P("shop", "item-3.html", "锐思考证 人工智能训练师四级 报名费",
 """<h1>人工智能训练师四级 报名费（私下转账优惠）</h1><p class=price>¥ 2200.00</p><p>店铺：锐思考证</p>
<p>对公转账优惠200，收款户名：昆明锐思企业管理咨询有限公司。</p>
<p>618活动编号：13020260618</p><p>付款请走平台，支付问题可咨询支付宝客服 95188。</p>""",
 "U09", "锐思考证",
 [("other", "昆明锐思企业管理咨询有限公司", "昆明锐思企业管理咨询有限公司")], "shop item asking off-platform payment")
P("wx", "a-20260425.html", "智训未来｜AI训练师证书报名通道开启",
 """<h1>AI训练师证书报名通道开启</h1><p>原文：智训未来　转载</p>
<p>不限学历、不限年龄，国家承认。报名费请转至对公账户，户名：昆明锐思企业管理咨询有限公司（支付宝转账问题可拨 95188）。</p>
<p>老师电话：135 7700 9876</p>""",
 "U09", "智训未来",
 [("other", "昆明锐思企业管理咨询有限公司", "昆明锐思企业管理咨询有限公司"), ("phone", "+8613577009876", "135 7700 9876")], "wechat repost, scam")
P("fenlei", "nn-5540.html", "南宁 AI训练师证书 锐思教育南宁分部",
 """<h1>AI训练师证书报名</h1><p>发布者：锐思教育南宁分部　区域：南宁-西乡塘</p>
<p>三级二级均可办理，快速出证。电话：13577009876</p>""",
 "U09", "锐思教育南宁分部", [("phone", "+8613577009876", "13577009876")], "classified ad, scam")

# ---------------------------------------------------------------- independents
P("shop", "item-4.html", "小鹿AI学堂 人工智能训练师五级备考课",
 """<h1>人工智能训练师五级备考课（录播）</h1><p class=price>¥ 299.00</p><p>店铺：小鹿AI学堂</p>
<p>仅提供备考课程，不代报名、不承诺拿证。课后答疑微信 xiaolu_ai77。</p>
<p>618活动编号：13020260618</p><p>付款请走平台，支付问题可咨询支付宝客服 95188。</p>""",
 "I01", "小鹿AI学堂", [("wechat", "xiaolu_ai77", "xiaolu_ai77")], "shop item, honest prep course")
P("college", "jxjy-ai.html", "继续教育学院：2026年人工智能训练师职业技能等级认定报名通知",
 """<h1>2026年人工智能训练师职业技能等级认定报名通知</h1><p>发布：继续教育学院</p>
<p>我院为备案评价机构，本批次认定五级、四级，鉴定批次号 4005302026。报名须符合申报条件。</p>
<p>网上报名：jinshuju.net/f/dnxy26　咨询：继续教育学院办公室 0871-67890123</p>""",
 "I02", "滇南信息职业学院继续教育学院", [("phone", "087167890123", "0871-67890123")], "college enrolment notice")
P("fenlei", "nn-5552.html", "个人 人工智能训练师 一对一辅导",
 """<h1>人工智能训练师 一对一辅导</h1><p>发布者：刘老师（个人）　区域：南宁-江南</p>
<p>带四级实操辅导，按课时收费，不包过。电话 152-7701-4567</p><p>联系电话：13800138000</p>""",
 "I03", "刘老师", [("phone", "+8615277014567", "152-7701-4567")], "individual tutor ad")
P("wenda", "q-915.html", "南宁哪里可以报人工智能训练师？",
 """<h1>南宁哪里可以报人工智能训练师？</h1>
<div class=ans><b>答主：南宁启航职业培训学校</b><p>我们学校有五级班，考点在青秀区（考点前台 0771-5698000）。报名电话 0771-3126789。</p></div>""",
 "I04", "南宁启航职业培训学校", [("phone", "07713126789", "0771-3126789")], "Q&A answer with offer")
P("shipin", "v-7815.html", "阿杰聊AI：我是怎么考下人工智能训练师的",
 """<h1>我是怎么考下人工智能训练师的</h1><p>作者：@阿杰聊AI</p>
<p>文案：自己考的四级，想要我整理的实操笔记和陪跑课的，加Q 2233445566，陪跑课199。</p>
<div class=cmt><p>网友：求笔记 v：lucky_km2026</p></div>""",
 "I05", "阿杰聊AI", [("qq", "2233445566", "2233445566")], "short video, paid coaching")
P("bbs", "thread-3325.html", "数标工坊：人工智能训练师数据标注实操小班",
 """<div class=post><b>楼主 数标工坊</b><p>昆明线下实操小班，四级方向，六人一班。报名邮件 shubiao_gf@qq.com。报名资料请发送至 xxx@xxx.com 的请忽略，那是之前模板。</p></div>""",
 "I06", "数标工坊", [("email", "shubiao_gf@qq.com", "shubiao_gf@qq.com")], "forum advert post")

# ---------------------------------------------------------------- non-offers
P("bbs", "thread-3330.html", "【曝光】交了6800的人工智能训练师三证联报，人联系不上了",
 """<div class=post><b>楼主 受骗的阿明</b><p>去年在网上交了6800报三证联报，说人社部颁发包过，现在电话 136 0871 9988 打不通了。已经打 12315 投诉，也问了 12333，说这种证查不到。</p></div>
<div class=post><b>2楼 版主</b><p>证书一律到 zscx.osta.org.cn 查询。骗子号码13608719988大家注意。</p></div>""",
 note="complaint thread quoting a scam number")
P("wenda", "q-920.html", "“包过”的人工智能训练师证书是骗局吗？",
 """<h1>“包过”的人工智能训练师证书是骗局吗？</h1>
<div class=ans><b>答主：老HR</b><p>广告法不允许承诺包过。人工智能训练师是职业技能等级证书，由备案的评价机构颁发，不是“人社部颁发”。查询用 zscx.osta.org.cn 或 jndj.osta.org.cn，政策咨询 12333，被骗投诉 12315。</p></div>""",
 note="Q&A warning")
P("wx", "a-20260410.html", "警方提醒：“山寨证书”骗局又出新花样",
 """<h1>警方提醒：“山寨证书”骗局又出新花样</h1><p>原文：某地公安　转载</p>
<p>近期有市民反映，自称“国家人工智能认证中心”的人员以“免培训、包通过”为由收取费用，涉案号码 136 0871 9988。</p>
<p>证书真伪请登录 zscx.osta.org.cn 查询；如遇虚假宣传可拨打 12315，政策咨询 12333。</p>""",
 note="police warning repost")
P("rsj", "notice-01.html", "关于开展2026年度人工智能训练师职业技能等级认定工作的通知",
 f"""<h1>关于开展2026年度人工智能训练师职业技能等级认定工作的通知</h1>
<p>职业技能等级认定由经备案的评价机构组织实施，证书由评价机构颁发，可在 jndj.osta.org.cn、zscx.osta.org.cn 查询。证书编号为22位，如 {CERT_SAMPLE}（示例）。</p>
<p>本年度第一批鉴定批次号 4005302026。咨询电话 12333。</p>""",
 note="official notice")
P("rsj", "notice-02.html", "关于防范“山寨证书”的风险提示",
 """<h1>关于防范“山寨证书”的风险提示</h1><p>凡宣称“人社部颁发”“包过”“免培训直接发证”的均属违规宣传。近期群众举报号码 13608719988，请勿与其交易。</p>
<p>举报投诉：12315；政策咨询：12333；证书查询：www.osta.org.cn</p>""",
 note="risk warning")
P("rsj", "notice-03.html", "2026年城乡居民医保集中缴费的通告",
 """<h1>2026年城乡居民医保集中缴费的通告</h1><p>本通告与职业培训无关：城乡居民医保缴费期为每年9月至12月，可通过税务APP缴费。咨询 12333。</p>""",
 note="unrelated notice")

# ---------------------------------------------------------------- decoys (written forms; pages computed by scanning)
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "osta.org.cn", ["zscx.osta.org.cn", "jndj.osta.org.cn", "www.osta.org.cn"], "official certificate query sites"),
 ("phone", "4008601357", ["400-860-1357"], "shop platform customer-service hotline in footer"),
 ("uscc", USCC_SHOP, [USCC_SHOP], "shop platform operator's credit code in footer"),
 ("other", "滇ICP备20007788号", ["滇ICP备20007788号"], "shop platform ICP in footer"),
 ("email", "help@xuelifang.cn", ["help@xuelifang.cn"], "marketplace footer e-mail"),
 ("other", "滇ICP备19004321号-2", ["滇ICP备19004321号-2"], "marketplace ICP in footer"),
 ("email", "admin@ccyc-bbs.cn", ["admin@ccyc-bbs.cn"], "forum footer e-mail"),
 ("qq_group", "60918273", ["60918273"], "forum's own QQ group in footer"),
 ("email", "jubao@zhifou-wd.com", ["jubao@zhifou-wd.com"], "Q&A platform report e-mail"),
 ("domain", "nnkm-fenlei.com", ["www.nnkm-fenlei.com"], "classifieds platform domain in footer"),
 ("phone", "07712806600", ["0771-2806600"], "classifieds platform customer service"),
 ("wechat", "wxzz_kefu", ["wxzz_kefu"], "repost site's own WeChat in sidebar/footer"),
 ("qq", "800058123", ["800058123"], "video platform customer-service QQ"),
 ("phone", "08716410000", ["0871-64100000"], "college switchboard in footer"),
 ("phone", "+8613608719988", ["136 0871 9988", "13608719988"], "scam number quoted in warnings/complaints"),
 ("phone", "+8613020260618", ["13020260618"], "shop promotion (activity) number that looks like a mobile"),
 ("phone", "4005302026", ["4005302026"], "assessment batch number that looks like a 400 number"),
 ("other", CERT_SAMPLE, [CERT_SAMPLE], "sample certificate number"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder phone"),
 ("email", "xxx@xxx.com", ["xxx@xxx.com"], "template placeholder e-mail"),
 ("qq", "1234509876", ["1234509876"], "a reader's own QQ in comments"),
 ("wechat", "lucky_km2026", ["lucky_km2026"], "a reader's own WeChat in comments"),
 ("phone", "07715698000", ["0771-5698000"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool (third party)"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
]

# ---------------------------------------------------------------- rendering
CSS = {
 "shop": "body{font-family:sans-serif;background:#f5f5f5}header{background:#ff5000;color:#fff;padding:8px}.price{color:#ff5000;font-size:22px}",
 "corp": "body{font-family:serif;background:#fff}header{background:#1b4f8a;color:#fff;padding:12px}",
 "corp2": "body{font-family:sans-serif;background:#fffbe6}header{background:#c00;color:#ff0;padding:12px}",
 "market": "body{font-family:sans-serif}header{background:#2d8cf0;color:#fff;padding:8px}",
 "forum": "body{font-size:13px}header{background:#e8f0d8;padding:6px}.post{border:1px solid #ccc;margin:6px;padding:6px}",
 "qa": "body{font-family:sans-serif}header{background:#0084ff;color:#fff}.ans{border-bottom:1px solid #eee;padding:8px}",
 "classified": "body{font-size:12px}header{background:#ff552e;color:#fff;padding:4px}",
 "wx": "body{max-width:680px;margin:auto;font-family:sans-serif}header{border-bottom:1px solid #07c160}",
 "video": "body{background:#111;color:#eee}header{background:#000;padding:6px}.cmt{color:#aaa}",
 "gov": "body{font-family:SimSun,serif}header{background:#b30000;color:#fff;padding:10px}",
 "college": "body{font-family:serif}header{background:#004d40;color:#fff;padding:10px}",
}

def render(site, page, pages_of_site):
    s = SITES[site]
    menu = " | ".join(f'<a href="/{site}/index.html">{m}</a>' for m in s["menu"])
    crumbs = f'<a href="/index.html">导航</a> &gt; <a href="/{site}/index.html">{s["name"]}</a>'
    if page is not None:
        crumbs += " &gt; " + html.escape(page["title"][:20])
    related = "".join(f'<li><a href="/{site}/{p["file"]}">{html.escape(p["title"])}</a></li>'
                      for p in pages_of_site if page is None or p["file"] != page["file"])
    title = page["title"] if page else s["name"] + " - 首页"
    body = page["body"] if page else f"<h1>{s['name']}</h1><p>欢迎访问{s['name']}。以下为近期内容：</p><ul>{related}</ul>"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>{CSS[s['style']]} aside{{float:right;width:220px;font-size:12px}} footer{{clear:both;border-top:1px solid #999;font-size:12px;margin-top:20px}}</style></head>
<body class="{s['style']}"><header><b>{s['name']}</b><nav>{menu}</nav></header>
<div class="crumbs">{crumbs}</div>
<aside>{s['side']}<h4>相关内容</h4><ul>{related}</ul></aside>
<main>{body}</main>
<footer>{s['foot']}</footer></body></html>
"""

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    out = {}
    for site in SITES:
        ps = [p for p in PAGES if p["site"] == site]
        os.makedirs(os.path.join(SITE, site), exist_ok=True)
        out[f"/{site}/index.html"] = render(site, None, ps)
        for p in ps:
            out[f"/{site}/{p['file']}"] = render(site, p, ps)
    hub = "".join(f'<li><a href="/{k}/index.html">{v["name"]}</a></li>' for k, v in SITES.items())
    out["/index.html"] = f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head><body><h1>网址导航（昆明·南宁）</h1><ul>{hub}</ul></body></html>\n'
    for path, text in out.items():
        with open(os.path.join(SITE, path.lstrip("/")), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    tpages = []
    for path in sorted(out):
        p = next((q for q in PAGES if f"/{q['site']}/{q['file']}" == path), None)
        if p is None:
            tpages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                               note="hub" if path == "/index.html" else "site index"))
        else:
            tpages.append(dict(path=path, is_offer=p["offer"], operator=p["op"], provider=p["provider"],
                               identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in PAGES:
        if p["op"] and p["op"].startswith("U"):
            o = ops.setdefault(p["op"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, _ in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = sorted(path for path, text in out.items() if any(w in text for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))
    truth = dict(pages=tpages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
