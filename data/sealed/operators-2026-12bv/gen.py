#!/usr/bin/env python3
"""12bv: generate a labeled web of AI-trainer certificate sellers (standard library only, deterministic)."""
import html, json, os, re, shutil, struct, zlib

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")

# Markers inside page text:
#   ⟦kind|normalized|written⟧  an identifier of the page's seller
#   ⟪kind|value|written⟫       a decoy (must not tie anyone)
ID_RE = re.compile(r"⟦([a-z_]+)\|([^|⟧]+)\|([^⟧]+)⟧")
DC_RE = re.compile(r"⟪([a-z_]+)\|([^|⟫]+)\|([^⟫]+)⟫")

# ---------------------------------------------------------------- decoys (shared snippets)
D12333 = "⟪phone|12333|12333⟫"
D12315 = "⟪phone|12315|12315⟫"
D12345 = "⟪phone|12345|12345⟫"
JNDJ = "⟪domain|jndj.osta.org.cn|jndj.osta.org.cn⟫"
JNDJ_H = "⟪domain|jndj.osta.org.cn|http://jndj.osta.org.cn⟫"
ZSCX = "⟪domain|zscx.osta.org.cn|zscx.osta.org.cn⟫"
OCC = "⟪other|4-04-05-05|4-04-05-05⟫"
FORM = "⟪domain|mikebiaodan.com|本表单由 麦克表单 mikebiaodan.com 提供技术支持⟫"
TPL_PHONE = "⟪phone|+8613800000000|138 0000 0000⟫"
TPL_MAIL = "⟪email|yourname@example.com|yourname@example.com⟫"
CERT_SAMPLE = "⟪other|S000044010012335000128|S000044010012335000128⟫"
VENUE = "⟪phone|020-83360112|020-83360112⟫"
VENUE2 = "⟪phone|020-83360112|（020）8336 0112⟫"
EVAL_USCC = "⟪uscc|52440000mjl188207t|52440000MJL188207T⟫"
SCAM_PHONE = "⟪phone|+8617704518823|177 0451 8823⟫"
SCAM_PHONE2 = "⟪phone|+8617704518823|17704518823⟫"
SCAM_WX = "⟪wechat|rsb_kaozheng|rsb_kaozheng⟫"
LILY = "⟪wechat|lily_0921|lily_0921⟫"
BUYER = "⟪phone|+8618720436651|187 2043 6651⟫"
BATCH = "⟪other|gd2026-0315|GD2026-0315⟫"

# ---------------------------------------------------------------- site frames
SITES = {
    "h5": dict(name="易页H5 · 作品广场", nav=["热门作品", "模板中心", "教育培训", "招生报名", "我的作品"],
               foot="本页面由 易页H5 制作 ⟪domain|yiyeh5.com|www.yiyeh5.com⟫ · 内容由作者发布，与平台无关 · 举报热线 ⟪phone|4008263317|400-826-3317⟫",
               side=["免费制作同款H5", "教育行业模板 2000+", "一键生成报名表单"]),
    "mp": dict(name="学栈小程序 · 课程卡片", nav=["首页", "课程", "直播", "社群", "我的"],
               foot="学栈小程序由第三方服务商提供 · 客服邮箱 ⟪email|kefu@xuezhan-app.cn|kefu@xuezhan-app.cn⟫ · 服务商客服QQ ⟪qq|800061529|800061529⟫",
               side=["打开小程序查看完整课程", "分享给好友", "收藏本课"]),
    "wx": dict(name="微文转载 · 公众号文章精选", nav=["首页", "职场", "教育", "科技", "本地", "投稿"],
               foot="本站文章转载自微信公众号，版权归原作者所有，如有侵权请联系 ⟪email|jubao@weiwenzz.com|jubao@weiwenzz.com⟫ 删除 · ⟪other|沪icp备19024718号-2|沪ICP备19024718号-2⟫",
               side=["阅读原文", "热门：考证避坑指南", "热门：2026新职业一览", "热门：补贴怎么领"]),
    "zs": dict(name="职教招生网 · 招生简章", nav=["首页", "招生简章", "职业培训", "学历提升", "院校库", "招聘"],
               foot="职教招生网仅提供信息发布服务，报名前请核实机构资质 · 平台热线 ⟪phone|4006158802|400-615-8802⟫ · ⟪domain|zhijiaozs.cn|zhijiaozs.cn⟫",
               side=["简章发布须知", "如何核实培训机构资质", "热门专业：人工智能训练师"]),
    "qun": dict(name="群小秘 · 群公告存档", nav=["公告", "群文件", "打卡", "接龙"],
               foot="群公告由群主发布，群小秘仅提供存档 · 官方用户交流群 ⟪qq_group|638201754|638201754⟫",
               side=["复制公告", "转发到群", "设为置顶"]),
    "ke": dict(name="课多多 · 职业技能课程集市", nav=["首页", "IT技能", "职业考证", "语言", "兴趣", "店铺入驻"],
               foot="课多多平台客服 ⟪phone|4009906128|400-990-6128⟫ · 消费投诉 " + "⟪phone|12315|12315⟫" + " · 营业执照 ⟪uscc|91330110ma27wq5e97|91330110MA27WQ5E97⟫ · 增值电信业务经营许可证 ⟪other|浙b2-20190388|浙B2-20190388⟫",
               side=["平台担保交易", "7天无理由退课", "谨防站外私下交易"]),
    "bbs": dict(name="职考茶馆 · 考证交流论坛", nav=["首页", "职业技能", "考证经验", "避坑曝光", "二手资料", "站务"],
               foot="职考茶馆 版权所有 · 论坛交流群 ⟪qq_group|285113460|285113460⟫ · 站务邮箱 ⟪email|admin@zkchaguan.net|admin@zkchaguan.net⟫",
               side=["版规：禁止发布包过广告", "本版置顶：如何查证书", "热帖排行"]),
    "news": dict(name="之江民生网", nav=["首页", "民生", "就业", "教育", "曝光台", "政策解读"],
                 foot="之江民生网 新闻热线 ⟪phone|0571-85117700|0571-85117700⟫ · 违法和不良信息举报 ⟪email|jubao@zjmsw.cn|jubao@zjmsw.cn⟫",
                 side=["人社提醒", "本周热点", "读者来信"]),
}

PAGES = []


def page(path, site, title, body, operator=None, provider=None, note="", comments=None):
    PAGES.append(dict(path=path, site=site, title=title, body=body, operator=operator,
                      provider=provider, note=note, comments=comments or []))


# ================================================================ U01  广州 智训 (suspicious, 包过/人社部颁发)
page("/h5/v/zx8a1f.html", "h5", "人工智能训练师 火热报名中｜智训未来教育", f"""
<section class="h5-screen s1"><h1>人工智能训练师</h1><p>国家新职业 {OCC} · 2026年第二期 限额招生</p>
<img src="/img/banner.png" alt="智训未来教育 人工智能训练师 招生海报"></section>
<section class="h5-screen s2"><h2>为什么要考</h2><ul><li>人社部颁发 全国联网可查</li><li>零基础 不限学历 三级直接报</li><li>可申领技能提升补贴 考完几乎免费</li></ul></section>
<section class="h5-screen s3"><h2>考点信息</h2><p>理论+实操在广州市区统一考点进行，考点咨询：{VENUE}（仅受理考务，不受理报名）</p></section>
<section class="h5-screen s4"><h2>立即咨询</h2><img src="/img/qr.png" alt="长按识别二维码 咨询热线 ⟦phone|+8613926481735|139-2648-1735⟧"><p>名额有限，私信问价</p>
<form class="h5-form"><input placeholder="姓名"><input placeholder="手机号"><button>提交报名</button></form><p class="form-credit">{FORM}</p></section>
""", "U01", "智训未来教育", "H5 landing page, phone only in QR image alt text, no price")

page("/mp/course/ai-trainer-3ji-zx.html", "mp", "【包过班】人工智能训练师三级（高级工）· 未来智训AI学院", f"""
<div class="card"><img src="/img/cover.png" alt="课程封面"><h1>人工智能训练师 三级 冲刺包过班</h1>
<p class="price">￥<span>私信问价</span> <del>原价 ￥6980</del></p><p class="tags">零基础可学 · 包过 · 人社部颁发</p></div>
<div class="card-detail"><h2>课程介绍</h2><p>职业编码 {OCC}，30天线上刷题+2天线下实操，不过全额退。证书样本编号 {CERT_SAMPLE}，可在官网查询。</p>
<h2>讲师/机构</h2><p>未来智训AI学院 · 报名老师：林老师 ⟦phone|+8613926481735|+86 139 2648 1735⟧</p>
<p class="caption">加班主任微信备注“三级”：⟦wechat|zhixun_ai2025|ZhiXun_AI2025⟧</p></div>
""", "U01", "未来智训AI学院", "mini-program course card, 包过 and 人社部颁发, price hidden")

page("/qun/notice/ai-qun-0412.html", "qun", "群公告｜智训君 人工智能训练师3月班", f"""
<div class="notice"><h1>【群公告】3月班学员必读</h1><p>1. 本周六晚8点直播讲理论第三章，回放在群文件。</p>
<p>2. 报名资料（身份证正反面、一寸白底照）请私发班主任微信 ⟦wechat|zhixun_ai2025|zhixun_AI2025⟧，不要发群里。</p>
<p>3. 考试批次 {BATCH}，考场安排等通知。</p><p>4. 微信加不上的同学加扣扣：⟦qq|2836471952|2836 471 952⟧</p>
<p>5. 介绍同事报名返300，拿证包过，人社部颁发可查。</p><p class="sign">——智训君</p></div>
""", "U01", "智训君", "group notice to students: wechat id with changed case and spaced QQ")

page("/wx/a/20260318-ai-shangan.html", "wx", "广州姐妹裸辞转行AI训练师，3个月拿证月薪过万？", f"""
<h1>广州姐妹裸辞转行AI训练师，3个月拿证月薪过万？</h1><p class="meta">原创 粤智训职业培训 2026-03-18</p>
<p>小敏今年29岁，之前在商场做导购……（正文略长）她说最关键的是选对机构：“我报的这家人社部颁发，考完官网可以查。”</p>
<p>官方提醒：职业技能等级证书可登录 {JNDJ_H} 查询；政策咨询可拨打 {D12333}。</p>
<figure><img src="/img/qr2.png" alt="粤智训职业培训"><figcaption>扫码进学习群，或者加QQ⟦qq|2836471952|2836471952⟧领取资料包</figcaption></figure>
<p class="tail">阅读 1.2万 · 在看 86</p>
""", "U01", "粤智训职业培训", "WeChat-article repost (soft ad), QQ only in a figure caption", comments=[("阿珍", "真的可以补贴吗？"), ("作者", "可以的，私信")])

# ================================================================ U02  深圳 数标 (honest-ish, prices, uscc)
page("/zs/jz/shubiao-2026.html", "zs", "深圳数标职业技能培训中心 2026年人工智能训练师（四级/三级）招生简章", f"""
<h1>深圳数标职业技能培训中心 2026年人工智能训练师招生简章</h1>
<h2>一、培训对象</h2><p>四级：从事数据标注相关工作满6年，或技工院校相关专业毕业生；三级：取得四级证书后满5年等，具体以《人工智能训练师国家职业技能标准(2021年版)》为准。</p>
<h2>二、培训内容</h2><p>数据采集和处理、数据标注、智能系统运维（四级）；业务分析、智能训练、智能系统设计、培训与指导（三级）。</p>
<h2>三、收费标准</h2><table><tr><th>等级</th><th>培训费</th><th>认定费</th></tr><tr><td>四级</td><td>2380元</td><td>按物价核定标准另收</td></tr><tr><td>三级</td><td>3280元</td><td>按物价核定标准另收</td></tr></table>
<p>符合条件者可按规定申领技能提升补贴，以人社部门审核为准。证书查询：{JNDJ}。</p>
<h2>四、报名方式</h2><p>电话：⟦phone|0755-26631840|0755-2663 1840⟧（工作日 9:00-18:00）<br>官网：⟦domain|szshubiao.com|www.szshubiao.com⟧</p>
<p class="lic">举办单位：深圳数标科技培训有限公司 统一社会信用代码 ⟦uscc|91440300ma5g3k7t36|91440300MA5G3K7T36⟧</p>
""", "U02", "深圳数标职业技能培训中心", "招生简章 with published fees and eligibility")

page("/ke/shop/shubiao/ai-4ji.html", "ke", "人工智能训练师四级 系统班（含实操机房）- 数标学堂", f"""
<div class="goods"><h1>人工智能训练师四级 系统班（含实操机房）</h1><p class="price">￥2380.00 <span>已售 214</span></p>
<p>职业编码 {OCC} · 50课时 · 深圳南山线下实操</p></div>
<div class="shop-card"><h3>数标学堂</h3><p>店铺资质：营业执照 ⟦uscc|91440300ma5g3k7t36|91440300MA5G3K7T36⟧ 已认证</p>
<p>课程问题请发邮件 ⟦email|zhaosheng@szshubiao.com|zhaosheng(at)szshubiao.com⟧ ，请把(at)换成@</p></div>
<div class="detail"><p>认定由备案评价机构组织，证书可在 {JNDJ} 查询。不承诺通过。</p></div>
""", "U02", "数标学堂", "course marketplace shop page with price; shop licence USCC and spelled-out e-mail", comments=[("买家_7731", "老师讲得细，机房配置不错"), ("买家_0208", "补贴到账了，大概1500")])

page("/wx/a/20260302-shubiao-kaiban.html", "wx", "数标AI训练营第12期开班 | 附报名方式", f"""
<h1>数标AI训练营第12期开班 | 附报名方式</h1><p class="meta">数标AI训练营 2026-03-02</p>
<p>第12期四级班已于周一开班，38名学员来自电商、客服、物流等行业……</p>
<p>下期报名：请发送“姓名+电话+意向等级”至 ⟦email|zhaosheng@szshubiao.com|zhaosheng # szshubiao.com（#改@）⟧，或致电 ⟦phone|0755-26631840|(0755)26631840⟧。</p>
<p>费用以简章为准，不搞“包过”。</p>
""", "U02", "数标AI训练营", "WeChat-article repost of a class-opening notice")

page("/h5/v/pc-shubiao.html", "h5", "鹏城数据标注学院｜AI训练师公开课预约", f"""
<section class="h5-screen s1"><h1>免费公开课</h1><p>AI训练师到底做什么？3月23日 19:30 线上</p></section>
<section class="h5-screen s2"><img src="/img/poster.png" alt="鹏城数据标注学院 官网 szshubiao 点 com"><p>详情见官网</p></section>
<section class="h5-screen s3"><h2>咨询</h2><p>座机 ⟦phone|0755-26631840|86-755-26631840⟧</p></section>
""", "U02", "鹏城数据标注学院", "H5 for a free public class; domain spelled out in image alt")
# the alt text also writes the domain; identifier recorded with that written form
PAGES[-1]["body"] = PAGES[-1]["body"].replace("szshubiao 点 com", "⟦domain|szshubiao.com|szshubiao 点 com⟧")

# ================================================================ U03  免考拿证 (wechat / qq group / phone 微信同号)
page("/mp/course/mk-nazheng-03.html", "mp", "人工智能训练师 免考直出 · AI训练师考证中心", f"""
<div class="card"><img src="/img/cover3.png" alt="证书样图"><h1>人工智能训练师证 免考 15天出证</h1><p class="price">私信问价</p>
<p class="tags">不用上课 · 不用考试 · 全国通用 · 官网可查</p></div>
<div class="card-detail"><p>样证编号 {CERT_SAMPLE}，评价机构统一社会信用代码 {EVAL_USCC}（仅作展示）。</p>
<p>咨询：⟦phone|+8615013572468|150 1357 2468⟧（⟦wechat|15013572468|微信同号⟧）</p></div>
""", "U03", "AI训练师考证中心", "mini-program card, 免考 offer; phone written with 微信同号")
PAGES[-1]["body"] = PAGES[-1]["body"].replace("⟦wechat|15013572468|微信同号⟧", "微信同号")
PAGES[-1]["extra_ids"] = [("wechat", "15013572468", "150 1357 2468")]

page("/qun/notice/kz-8866-group.html", "qun", "群公告｜考证8866 学员通知", f"""
<div class="notice"><h1>【通知】本批学员资料截止周五</h1><p>没交资料的抓紧，交了的等出证，不用来考试。</p>
<p>本群为学员群，咨询报名请加 ⟦wechat|kaozheng8866|Kaozheng8866⟧ 或打 ⟦phone|+8615013572468|１５０１３５７２４６８⟧</p>
<p>二群已开：⟦qq_group|826394517|826394517⟧（一群满了）</p><p>严禁在群里发其他机构广告，发现踢。</p></div>
""", "U03", "考证8866", "group notice; full-width mobile and QQ group")

page("/bbs/thread-5520.html", "bbs", "【分享】人工智能训练师三级 不用考 有需要的来", f"""
<div class="post op"><p class="author">楼主：kz小助手</p><p>有需要AI训练师三级、二级的私聊，资料齐全，可查。v：⟦wechat|kaozheng8866|KAOZHENG8866⟧</p>
<p>学员群 ⟦qq_group|826394517|826 394 517⟧ 进群看往期出证截图</p></div>
""", "U03", "kz小助手", "forum thread by a seller, 不用考",
     comments=[("路过的小王", "这种能信吗？"), ("求证的猫", f"我也想了解，我微信 {LILY} 有人发下资料吗"), ("版主", "广告已警告")])

# ================================================================ U04  杭州 华数智联 (qq / email / domain / payee)
page("/ke/shop/hszl/ai-3ji-vip.html", "ke", "AI训练师三级 VIP协议班 - 华数智联教育", f"""
<div class="goods"><h1>AI训练师三级 VIP协议班</h1><p class="price">￥1.00 <span>定金，尾款私聊</span></p><p>一次报三级，考不过第二期免费重学</p></div>
<div class="shop-card"><h3>华数智联教育</h3><p>平台内沟通不便可加客服Q ⟦qq|3190457728|3190457728⟧</p>
<p>尾款对公/对私均可，对私收款户名：⟦other|payee:吴丽萍|吴丽萍⟧</p></div>
""", "U04", "华数智联教育", "marketplace listing with ¥1 deposit, pushes off-platform QQ and personal payee")

page("/zs/jz/aitrainer-hs.html", "zs", "华数AI训练师学院2026春季招生简章", f"""
<h1>华数AI训练师学院 2026 春季招生简章</h1><p>开设五级、四级、三级，“一次报名三级连报享8折”。</p>
<p>报名咨询：QQ：⟦qq|3190457728|319 045 7728⟧ &nbsp; 邮箱：⟦email|hszl_edu@126.com|hszl_edu@126.com⟧</p>
<p>学院网站：⟦domain|aitrainer-hs.cn|aitrainer-hs.cn⟧ &nbsp; 证书查询 {JNDJ}</p>
<p class="lic">杭州华数智联教育科技有限公司 ⟦uscc|91330106ma2h0c4r52|91330106MA2H0C4R52⟧</p>
""", "U04", "华数AI训练师学院", "招生简章 with three-level bundle discount")

page("/h5/v/hs-ai-lb.html", "h5", "AI训练师 三级连报｜华数智联", f"""
<section class="h5-screen s1"><h1>五级+四级+三级 连报</h1><p>半年拿三本 升职加薪</p></section>
<section class="h5-screen s2"><img src="/img/site.png" alt="官网 ⟦domain|aitrainer-hs.cn|aitrainer-hs。cn⟧"></section>
<section class="h5-screen s3"><h2>联系我们</h2><p>电话：{TPL_PHONE}</p><p class="form-credit">{FORM}</p></section>
""", "U04", "华数智联", "H5 with unreplaced template phone; real contact only as domain in image alt")

page("/wx/a/20260225-hs-tongzhi.html", "wx", "关于2026年第一批AI训练师学员缴费的通知", f"""
<h1>关于2026年第一批AI训练师学员缴费的通知</h1><p class="meta">智联职培 2026-02-25</p>
<p>各位学员：第一批缴费截止3月5日。转账请备注姓名+等级，收款人 ⟦other|payee:吴丽萍|吴丽萍⟧，转账后截图发 ⟦email|hszl_edu@126.com|hszl_edu AT 126 DOT com⟧。</p>
<p>请勿向任何自称“人社部工作人员”的人员转账。</p>
""", "U04", "智联职培", "payment notice repost; payee name and spelled-out e-mail")

# ================================================================ U05  王老师 (phone=wechat / wechat id)
page("/wx/a/20260310-wanglaoshi.html", "wx", "AI训练师到底值不值得考？一个带了800学员的老师说实话", f"""
<h1>AI训练师到底值不值得考？一个带了800学员的老师说实话</h1><p class="meta">王老师AI考证 2026-03-10</p>
<p>先说结论：想入行数据标注的，五级四级值得；指望靠证落户、挂靠的，别考。</p>
<p>考点大多在市区鉴定站，比如广州的考点电话 {VENUE2}，可以自己打去问排期。证书查询认准 {ZSCX}。</p>
<p>想跟我学的，⟦phone|+8618617042395|18617042395⟧（微信同号），备注“公众号”。</p>
""", "U05", "王老师AI考证", "WeChat-article repost, personal seller; phone 微信同号 in text")
PAGES[-1]["extra_ids"] = [("wechat", "18617042395", "18617042395")]

page("/mp/course/wang-4ji.html", "mp", "四级人工智能训练师 小班直播课 · AI训练师王老师", f"""
<div class="card"><img src="/img/cover5.png" alt="王老师"><h1>四级人工智能训练师 小班直播课</h1><p class="price">￥1680 <span>可分期</span></p></div>
<div class="card-detail"><p>12次直播+题库，每周二四晚。</p><p class="caption">报名加 wang老师 v：⟦wechat|aixls_wang|AIXLS_Wang⟧ 电话 ⟦phone|+8618617042395|186 1704 2395⟧</p></div>
""", "U05", "AI训练师王老师", "mini-program card with price; wechat id in upper case")

page("/ke/shop/zhibiao/ai-5ji.html", "ke", "人工智能训练师五级（初级工）入门课 - 智标教育", f"""
<div class="goods"><h1>人工智能训练师五级（初级工）入门课</h1><p class="price">￥899.00 <span>已售 57</span></p><p>60课时 · 数据标注基础</p></div>
<div class="shop-card"><h3>智标教育</h3><p>售后群请加主讲老师微信 ⟦wechat|aixls_wang|aixls_wang⟧</p></div>
""", "U05", "智标教育", "marketplace listing; only tie is the lecturer's wechat id")

# ================================================================ U06  上海 落户 (landline / mobile / email / qq group)
page("/zs/jz/sh-luohu-ai.html", "zs", "沪上积分通 人工智能训练师（三级）积分落户班招生简章", f"""
<h1>人工智能训练师（三级）积分落户班招生简章</h1><p>三级证书可加60分，助力居住证积分/落户！不限专业，无门槛，包过。</p>
<p>学费：面议（含报名、培训、认定全流程代办）。证书可在 {ZSCX} 查询。</p>
<p>咨询：⟦phone|021-64357720|021-6435 7720⟧ / 手机 ⟦phone|+8613761904528|137 6190 4528⟧</p>
<p class="lic">上海积智企业管理咨询有限公司 ⟦uscc|91310115ma1k4p2d6k|91310115MA1K4P2D6K⟧</p>
<p class="form-credit">在线报名 {FORM}</p>
""", "U06", "沪上积分通", "招生简章 with 落户 lure and 包过")

page("/qun/notice/jf-ai-0301.html", "qun", "群公告｜积分落户AI训练师 2群", f"""
<div class="notice"><h1>【群公告】</h1><p>本群为积分落户AI训练师意向群，每周三答疑。</p>
<p>新人先看群文件《积分计算表》。一对一请打 ⟦phone|+8613761904528|13761904528⟧（周老师）</p>
<p>满员后请加3群 ⟦qq_group|917204583|917204583⟧</p></div>
""", "U06", "积分落户AI训练师", "group notice; mobile and QQ group")

page("/h5/v/jf-60fen.html", "h5", "60分到手｜AI训练师三级 积分落户", f"""
<section class="h5-screen s1"><h1>三级 = 60 积分</h1><p>申城安家第一步</p></section>
<section class="h5-screen s2"><img src="/img/contact.png" alt="资料发邮箱 ⟦email|shlh_ai@qq.com|shlh_ai@qq.com⟧ 群：⟦qq_group|917204583|917 204 583⟧"></section>
<section class="h5-screen s3"><p>联系人：XXX 邮箱：{TPL_MAIL}</p></section>
""", "U06", "申城积分AI班", "H5 with contacts only in image alt; template placeholder e-mail left in")

page("/bbs/thread-5611.html", "bbs", "想靠AI训练师三级落户上海的看过来", f"""
<div class="post op"><p class="author">楼主：shlh周老师</p><p>很多人问三级能不能加分，能，60分。我们这边全程代办，材料发 ⟦email|shlh_ai@qq.com|shlh_ai#qq.com⟧（#换@）</p>
<p>座机 ⟦phone|021-64357720|86-21-64357720⟧</p></div>
""", "U06", "shlh周老师", "forum post by seller, 落户 lure",
     comments=[("沪漂小李", "三级不是要四级满5年吗？"), ("楼主", "我们有办法"), ("小白兔兔", f"已报名，付了定金，有事打我 {BUYER}")])

# ================================================================ U07  杭州 启明星 (honest, 民非 uscc, landline, domain)
page("/ke/shop/qmx/ai-4ji-butie.html", "ke", "人工智能训练师四级 补贴班（杭州线下）- 启明星职业培训学校", f"""
<div class="goods"><h1>人工智能训练师四级 补贴班（杭州线下）</h1><p class="price">￥2200.00</p><p>符合条件的参保职工取证后可申请技能提升补贴（四级最高1500元），以人社部门审核为准。</p></div>
<div class="shop-card"><h3>启明星职业培训学校</h3><p>办学许可/登记证书：⟦uscc|52330106mj8836a24l|52330106MJ8836A24L⟧</p><p>学校电话 ⟦phone|0571-87096632|0571-87096632⟧</p>
<p>证书查询 {JNDJ}</p></div>
""", "U07", "启明星职业培训学校", "honest marketplace listing, subsidy explained correctly")

page("/mp/course/qmx-5ji.html", "mp", "五级人工智能训练师（周末班）· 启明星职校", f"""
<div class="card"><h1>五级人工智能训练师（周末班）</h1><p class="price">￥1280</p><p>申报条件：相关工作满1年或完成本职业学徒学习。</p></div>
<div class="card-detail"><p>政策咨询可拨 {D12333}；报名咨询 ⟦phone|0571-87096632|0571 8709 6632⟧，⟦domain|qmxpx.org.cn|qmxpx.org.cn⟧</p></div>
""", "U07", "启明星职校", "mini-program card with correct eligibility")

page("/wx/a/20260228-qmx-butie.html", "wx", "技能提升补贴怎么领？启明星手把手教你", f"""
<h1>技能提升补贴怎么领？手把手教你</h1><p class="meta">杭州启明星培训 2026-02-28</p>
<p>……注意：补贴只针对五级至三级，需要连续参保满一年。二级、一级没有这类全国统一的补贴。</p>
<p>本文由杭州启明星培训整理，更多开班信息见 ⟦domain|qmxpx.org.cn|www.qmxpx.org.cn⟧。民办非企业单位登记证号 ⟦uscc|52330106mj8836a24l|52330106mj8836a24l⟧</p>
""", "U07", "杭州启明星培训", "WeChat-article explainer ending with the school's channel; lower-case USCC")

# ================================================================ U08  三级直考 (qq / qq-mail / wechat)
page("/h5/v/zk3-ai.html", "h5", "不用四级 直接考三级｜AI训练师直考通道", f"""
<section class="h5-screen s1"><h1>三级直考通道</h1><p>无需四级证书 无需工作年限 45天拿证</p></section>
<section class="h5-screen s2"><p>模板示例：联系电话 {TPL_PHONE} 邮箱 {TPL_MAIL}</p></section>
<section class="h5-screen s3"><img src="/img/q.png" alt="咨询 Q ⟦qq|1579362840|1579362840⟧"></section>
""", "U08", "AI训练师直考通道", "H5 with template placeholders; real QQ only in image alt")

page("/qun/notice/zk-3ji-0309.html", "qun", "群公告｜直考三级 9期", f"""
<div class="notice"><h1>【9期群公告】</h1><p>报名表发邮箱 ⟦email|1579362840@qq.com|1579362840@qq.com⟧，文件名写“姓名-三级”。</p>
<p>群主微信 ⟦wechat|zjks_2024|zjks_2024⟧，工作时间回复。</p><p>不用问要不要四级，不用。</p></div>
""", "U08", "直考三级", "group notice; QQ-mail whose local part is the QQ number")
PAGES[-1]["extra_ids"] = [("qq", "1579362840", "1579362840")]

page("/zs/jz/zhikao-zhongxin.html", "zs", "职考中心 AI训练师（三级/二级）招生简章", f"""
<h1>职考中心 2026 人工智能训练师 招生简章</h1><p>三级、二级均可直接报考，零基础，不限学历不限经验。</p><p>学费：请咨询。</p>
<p>咨询微信：⟦wechat|zjks_2024|ZJKS_2024⟧</p>
""", "U08", "职考中心", "招生简章 offering level 2 to beginners")

# ================================================================ U09  领技 (wechat / phone / domain)
page("/mp/course/lingji-aigc.html", "mp", "AI训练师+AIGC 双证班 · 领技教育", f"""
<div class="card"><h1>AI训练师 + AIGC 双证班</h1><p class="price">原价9999 限时 ￥99 体验</p><p>90%小白都能学会 · 双证 · 证书全国可查</p></div>
<div class="card-detail"><p>证书查询请认准 {ZSCX}</p><p class="caption">加助教 ⟦wechat|lingji-ai77|Lingji-AI77⟧ 领取课表</p><p class="form-credit">{FORM}</p></div>
""", "U09", "领技教育", "mini-program card with 原价9999限时99 bundle")

page("/ke/shop/lingji/shuangzheng.html", "ke", "双证班 AI训练师三级+AIGC应用 - 领技学院", f"""
<div class="goods"><h1>双证班 AI训练师三级 + AIGC应用</h1><p class="price">￥2980.00</p><p>评价机构统一社会信用代码 {EVAL_USCC}</p></div>
<div class="shop-card"><h3>领技学院</h3><p>课后服务加助教微信 ⟦wechat|lingji-ai77|lingji-ai77⟧</p><p>官网 ⟦domain|lingjiedu.top|LingjiEdu.top⟧ · 电话 ⟦phone|+8619945178260|199-4517-8260⟧</p></div>
""", "U09", "领技学院", "marketplace listing, domain with changed case")

page("/bbs/thread-5702.html", "bbs", "有人报过领技的双证班吗", f"""
<div class="post op"><p class="author">楼主：AI小透明</p><p>看到个双证班，想问问靠谱不？</p></div>
<div class="post"><p class="author">2楼：领技招生-小周</p><p>您好，我们是正规机构，详情看 ⟦domain|lingjiedu.top|lingjiedu 点 top⟧ 或打 ⟦phone|+8619945178260|一九九四五一七八二六零⟧</p></div>
""", "U09", "领技招生-小周", "forum thread where the seller answers in reply #2; phone in Chinese numerals",
     comments=[("吃瓜群众", f"加我 {LILY} 一起拼团？"), ("AI小透明", "谢谢")])

# ================================================================ independents
page("/h5/v/gz-xd-ai.html", "h5", "人工智能训练师培训｜广州向东教育", f"""
<section class="h5-screen s1"><h1>人工智能训练师（四级）</h1><p>线下小班 · 天河</p></section>
<section class="h5-screen s2"><p>考点：市区鉴定站（考务电话 {VENUE}）</p><p>报名电话 ⟦phone|+8613926481753|139 2648 1753⟧</p><p>模板默认：{TPL_PHONE}</p><p class="form-credit">{FORM}</p></section>
""", "I01", "广州向东教育", "independent H5; mobile differs from U01's by two transposed digits")

page("/mp/course/xm-ai-5ji.html", "mp", "人工智能训练师五级 录播课 · 小米粒课堂", f"""
<div class="card"><h1>人工智能训练师五级 录播课</h1><p class="price">￥299</p><p>只含课程，不含认定费，证书由评价机构颁发。</p></div>
<div class="card-detail"><p>答疑：⟦wechat|zhixun_ai2024|zhixun_ai2024⟧</p></div>
""", "I02", "小米粒课堂", "independent card; wechat id one digit away from U01's")

page("/zs/jz/dg-kaozheng.html", "zs", "AI训练师考证中心（东莞）招生简章", f"""
<h1>AI训练师考证中心（东莞）招生简章</h1><p>五级、四级常年招生，周末班。学费：五级1200元，四级1900元。</p><p>政策咨询 {D12333}</p>
<p>咨询：⟦phone|0769-22183305|0769-2218 3305⟧</p>
""", "I03", "AI训练师考证中心", "independent; same generic brand as a U03 page")

page("/ke/shop/yunjie/ai-tiku.html", "ke", "人工智能训练师三级 理论题库（2026版）- 云阶题库", f"""
<div class="goods"><h1>人工智能训练师三级 理论题库（2026版）</h1><p class="price">￥39.90</p><p>仅题库，不含报名。证书查询见 {JNDJ}</p></div>
<div class="shop-card"><h3>云阶题库</h3><p>售后邮箱 ⟦email|yunjie_tiku@163.com|yunjie_tiku@163.com⟧</p></div>
""", "I04", "云阶题库", "independent marketplace listing of a question bank")

page("/qun/notice/cd-ai-study.html", "qun", "群公告｜成都AI训练师学习打卡群", f"""
<div class="notice"><h1>【群公告】</h1><p>本群由蓉城数智培训建立，报名四级的同学每天打卡。</p><p>样证编号 {CERT_SAMPLE} 只是样图，大家的证书编号以发证为准。</p>
<p>课程顾问：⟦phone|+8618180624417|181-8062-4417⟧</p></div>
""", "I05", "蓉城数智培训", "independent group notice")

page("/wx/a/20260315-nj-ai.html", "wx", "南京｜人工智能训练师四级周末班开始报名", f"""
<h1>南京｜人工智能训练师四级周末班开始报名</h1><p class="meta">金陵职培 2026-03-15</p><p>费用2100元，含教材。</p>
<figure><img src="/img/njqr.png" alt="报名二维码"><figcaption>报名电话 ⟦phone|025-84471290|025-84471290⟧</figcaption></figure>
""", "I06", "金陵职培", "independent WeChat repost")

# ================================================================ non-offers
page("/news/rs-warning.html", "news", "人社部门提醒：警惕“人工智能训练师”山寨证书和包过骗局", f"""
<h1>人社部门提醒：警惕“人工智能训练师”山寨证书和包过骗局</h1><p class="meta">之江民生网 2026-03-12</p>
<p>近期有群众反映，有人冒充“人社部工作人员”，以“免考拿证”“人社部颁发”为名收费。职业技能等级证书由备案的评价机构颁发，人社部门不直接颁发。</p>
<p>市民陈女士向记者提供了对方号码 {SCAM_PHONE}、微信 {SCAM_WX}，目前已无法联系。</p>
<p>证书真伪请登录 {ZSCX} 或 {JNDJ_H} 查询，政策咨询拨打 {D12333}，也可拨打 {D12345} 反映。</p>
""", note="人社 warning quoting a scammer's number and wechat",
     comments=[("网友a", "我也是被这个号骗的，订单号 ⟪other|2025111809471326|2025111809471326⟫"), ("网友b", "查证书一定要上官网")])

page("/news/policy-ai-trainer.html", "news", "一文读懂：人工智能训练师职业技能等级认定", f"""
<h1>一文读懂：人工智能训练师职业技能等级认定</h1><p>人工智能训练师（{OCC}）是2020年发布的新职业，设五个等级……证书为职业技能等级证书，可在 {JNDJ} 查询。</p>
<p>咨询电话：{D12333}</p>
""", note="policy explainer")

page("/news/sh-report.html", "news", "去年本市1.63万人次参加人工智能训练师认定", f"""
<h1>去年1.63万人次参加人工智能训练师认定</h1><p>……多个考点反映报名“中介”冒用考点名义。某考点工作人员表示，考点电话 {VENUE} 只受理考务，不受理报名收费。</p>
<p>本批次认定批次号 {BATCH} 的成绩已公布。</p>
""", note="news report; assessment venue phone quoted by unrelated sellers")

page("/bbs/thread-5588.html", "bbs", "【避坑】交了4800说包过，现在人找不到了", f"""
<div class="post op"><p class="author">楼主：被坑的打工人</p><p>去年11月交了4800报AI训练师三级，对方说免考，订单号 ⟪other|2025111809471326|2025111809471326⟫。现在 {SCAM_PHONE2} 打不通，微信 {SCAM_WX} 把我删了。已打 {D12315} 和 {D12345}。</p></div>
""", note="complaint quoting the scammer's contacts and an order number",
     comments=[("同病相怜", f"我也被这个号坑了，报警吧，有需要联系我 {BUYER}"), ("版主", "已置顶")])

page("/bbs/thread-5490.html", "bbs", "小白求问：人工智能训练师五级需要什么条件？", f"""
<div class="post op"><p class="author">楼主：转行中的小刘</p><p>做了两年客服，想转数据标注，五级要什么条件？职业编码是 {OCC} 吗？</p></div>
""", note="learner's question; commenters leave their own contacts",
     comments=[("热心网友", "累计工作满1年或学徒期满就行"), ("也想转行", f"同问，拉个学习群吧，我微信 {LILY}")])

page("/zs/job/biaozhu-hr.html", "zs", "招聘｜数据标注员（可培养）", f"""
<h1>招聘：数据标注员 5名</h1><p>要求：大专以上，细心。有人工智能训练师证书优先，但不要求。</p><p>简历投递：⟦email|hr@bolan-data.cn|hr@bolan-data.cn⟧</p>
""", note="job ad, not a seller")

page("/ke/course/python-rumen.html", "ke", "Python零基础入门（30讲）- 码上学", f"""
<div class="goods"><h1>Python零基础入门（30讲）</h1><p class="price">￥59.00</p><p>不涉及任何证书。</p></div>
""", note="unrelated course on the marketplace")

page("/wx/a/20260301-butie-zhengce.html", "wx", "2026年技能提升补贴政策问答（转）", f"""
<h1>2026年技能提升补贴政策问答</h1><p class="meta">转自 某市人社 2026-03-01</p><p>问：考了人工智能训练师能领多少？答：五级最高1000元，四级1500元，三级2000元……详询 {D12333}。</p>
""", note="policy explainer repost")


# ---------------------------------------------------------------- render

def strip_markers(s):
    s = ID_RE.sub(lambda m: m.group(3), s)
    return DC_RE.sub(lambda m: m.group(3), s)


def site_pages(site):
    return [p for p in PAGES if p["site"] == site]


def render(p):
    f = SITES[p["site"]]
    nav = "".join(f'<a href="/{p["site"]}/index.html">{n}</a>' for n in f["nav"])
    related = [q for q in site_pages(p["site"]) if q is not p][:4]
    side = "".join(f"<li>{s}</li>" for s in f["side"])
    rel = "".join(f'<li><a href="{q["path"]}">{html.escape(q["title"])}</a></li>' for q in related)
    com = ""
    if p["comments"]:
        com = '<section class="comments"><h3>评论</h3>' + "".join(
            f'<div class="c"><b>{html.escape(u)}</b>：{t}</div>' for u, t in p["comments"]) + "</section>"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(p['title'])}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body class="site-{p['site']}"><header><a class="logo" href="/{p['site']}/index.html">{f['name']}</a><nav>{nav}</nav><a href="/index.html">返回导航</a></header>
<main><article>{p['body']}</article>{com}</main>
<aside><ul>{side}</ul><h4>相关推荐</h4><ul>{rel}</ul></aside>
<footer>{f['foot']}</footer></body></html>
"""


def index_pages():
    out = []
    for s, f in SITES.items():
        items = "".join(f'<li><a href="{q["path"]}">{html.escape(q["title"])}</a></li>' for q in site_pages(s))
        out.append(dict(path=f"/{s}/index.html", site=s, title=f["name"], operator=None, provider=None,
                        note="site index / list page", comments=[],
                        body=f"<h1>{f['name']}</h1><ul class='list'>{items}</ul>"))
    return out


def png():
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(b"\x00\xcc\xcc\xcc")) + chunk(b"IEND", b"")


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    allp = PAGES + index_pages()
    root_links = "".join(f'<li><a href="/{s}/index.html">{f["name"]}</a></li>' for s, f in SITES.items())
    files = {"/index.html": f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>职业考证网址导航</title></head>
<body><h1>职业考证网址导航</h1><ul>{root_links}</ul><footer>导航页 · 仅收录链接</footer></body></html>
"""}
    pages_truth, decoys = [], {}
    for p in allp:
        raw = render(p)
        ids = []
        for m in ID_RE.finditer(raw):
            t = [m.group(1), m.group(2), m.group(3)]
            if t not in ids:
                ids.append(t)
        for t in p.get("extra_ids", []):
            if list(t) not in ids:
                ids.append(list(t))
        for m in DC_RE.finditer(raw):
            d = decoys.setdefault((m.group(1), m.group(2)), {"written": [], "paths": []})
            if m.group(3) not in d["written"]:
                d["written"].append(m.group(3))
            if p["path"] not in d["paths"]:
                d["paths"].append(p["path"])
        files[p["path"]] = strip_markers(raw)
        pages_truth.append({"path": p["path"], "is_offer": p["operator"] is not None, "operator": p["operator"],
                            "provider": p["provider"], "identifiers": ids, "note": p["note"]})
    pages_truth.append({"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                        "identifiers": [], "note": "root index linking every site's index"})
    for path, text in files.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as fh:
            fh.write(text)
    os.makedirs(os.path.join(SITE, "img"), exist_ok=True)
    for name in sorted(set(re.findall(r'src="/img/([a-z0-9]+\.png)"', "".join(files.values())))):
        with open(os.path.join(SITE, "img", name), "wb") as fh:
            fh.write(png())
    with open(os.path.join(SITE, "robots.txt"), "w") as fh:
        fh.write("User-agent: *\nAllow: /\n")
    DNOTE = {
        "phone": "public hotline, platform service line, template placeholder, venue line, scammer or commenter number",
    }
    dec = []
    for (k, v), d in sorted(decoys.items()):
        dec.append({"kind": k, "value": v, "note": DECOY_NOTES.get(v, DNOTE.get(k, "shared non-seller identifier")),
                    "written": d["written"], "paths": sorted(d["paths"])})
    truth = {"description": "12bv: sellers' own channels (H5, mini-program cards, WeChat reposts, 招生简章, group notices, course marketplace) for AI-trainer certificates; 9 operators, 6 independents, platform/official/template/comment decoys",
             "pages": sorted(pages_truth, key=lambda x: x["path"]),
             "operators": [[k, v] for k, v in OPERATORS.items()],
             "decoys": dec}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1, sort_keys=False)


DECOY_NOTES = {
    "12333": "人社 public hotline quoted by sellers and news alike",
    "12315": "market-regulation complaint hotline; marketplace footer and a complaint",
    "12345": "government service hotline",
    "jndj.osta.org.cn": "official certificate query site quoted by unrelated sellers",
    "zscx.osta.org.cn": "official national certificate query site",
    "4-04-05-05": "occupation code, looks like a number but is public",
    "mikebiaodan.com": "form-tool credit embedded in many unrelated forms",
    "+8613800000000": "template placeholder phone left in H5 templates",
    "yourname@example.com": "template placeholder e-mail",
    "s000044010012335000128": "sample certificate number copied from one circulated sample image",
    "S000044010012335000128": "sample certificate number copied from one circulated sample image",
    "020-83360112": "assessment venue's exam-affairs line that unrelated sellers quote",
    "52440000mjl188207t": "an evaluation organisation's USCC quoted by unrelated sellers",
    "+8617704518823": "scammer's number quoted in a warning and a complaint",
    "rsb_kaozheng": "scammer's wechat quoted in a warning and a complaint",
    "lily_0921": "a reader's own wechat left in comments on several threads",
    "+8618720436651": "a buyer's own phone left in comments",
    "gd2026-0315": "assessment batch number",
    "yiyeh5.com": "H5 builder's own domain in every H5 footer",
    "4008263317": "H5 builder's report line in every H5 footer",
    "kefu@xuezhan-app.cn": "mini-program platform's service e-mail in its frame",
    "800061529": "mini-program service provider's QQ in its frame",
    "沪icp备19024718号-2": "repost site's ICP licence",
    "jubao@weiwenzz.com": "repost site's takedown e-mail",
    "4006158802": "招生网 platform hotline in frame",
    "zhijiaozs.cn": "招生网 platform domain in frame",
    "638201754": "group-tool vendor's own user group in frame",
    "4009906128": "marketplace customer-service line",
    "91330110ma27wq5e97": "marketplace operator's own business licence in footer",
    "浙b2-20190388": "marketplace telecom licence",
    "285113460": "forum's own QQ group in footer",
    "admin@zkchaguan.net": "forum admin e-mail",
    "0571-85117700": "news site hotline",
    "jubao@zjmsw.cn": "news site report e-mail",
    "2025111809471326": "order number in a complaint (not a contact)",
}

OPERATORS = {
    "U01": {"brands": ["智训未来教育", "未来智训AI学院", "智训君", "粤智训职业培训"],
            "ties": "mobile +8613926481735 (H5 alt, card); wechat zhixun_ai2025 (card, notice, case changed); QQ 2836471952 (notice, repost caption)"},
    "U02": {"brands": ["深圳数标职业技能培训中心", "数标学堂", "数标AI训练营", "鹏城数据标注学院"],
            "ties": "landline 0755-26631840, USCC 91440300MA5G3K7T36, e-mail zhaosheng@szshubiao.com, domain szshubiao.com"},
    "U03": {"brands": ["AI训练师考证中心", "考证8866", "kz小助手"],
            "ties": "mobile +8615013572468 (微信同号, full-width); wechat kaozheng8866; QQ group 826394517"},
    "U04": {"brands": ["华数智联教育", "华数AI训练师学院", "华数智联", "智联职培"],
            "ties": "QQ 3190457728; payee 吴丽萍; e-mail hszl_edu@126.com; domain aitrainer-hs.cn"},
    "U05": {"brands": ["王老师AI考证", "AI训练师王老师", "智标教育"],
            "ties": "mobile +8618617042395 (微信同号); wechat aixls_wang"},
    "U06": {"brands": ["沪上积分通", "积分落户AI训练师", "申城积分AI班", "shlh周老师"],
            "ties": "landline 021-64357720; mobile +8613761904528; QQ group 917204583; e-mail shlh_ai@qq.com"},
    "U07": {"brands": ["启明星职业培训学校", "启明星职校", "杭州启明星培训"],
            "ties": "USCC 52330106MJ8836A24L; landline 0571-87096632; domain qmxpx.org.cn"},
    "U08": {"brands": ["AI训练师直考通道", "直考三级", "职考中心"],
            "ties": "QQ 1579362840 = QQ-mail 1579362840@qq.com; wechat zjks_2024"},
    "U09": {"brands": ["领技教育", "领技学院", "领技招生-小周"],
            "ties": "wechat lingji-ai77 (card, shop; case changed); domain lingjiedu.top (changed case, spelled 点) and mobile +8619945178260 (dashed, Chinese numerals) tie shop and forum"},
}

if __name__ == "__main__":
    main()
