#!/usr/bin/env python3
"""Generate a labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- GB 32100 unified social credit code ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def org_check(org8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(org8, ws))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)
def uscc(prefix8, org8):
    base = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(base, W))
    r = 31 - s % 31
    return base + ALPHA[0 if r == 31 else r]

U01_USCC = uscc("52445102", "07351862")
U03_USCC = uscc("91445100", "32451807")
U04_USCC = uscc("92445102", "58732019")
U05_USCC = uscc("91440300", "35901742")
U08_USCC = uscc("91440106", "06917352")
KC_USCC = uscc("91440101", "34829016")   # marketplace operator (decoy)

# ---------- sites ----------
SITES = {
 "zhixun": dict(name="潮州市智训职业技能培训学校", style="company", color="#1d5fa8",
   menu=["首页", "培训项目", "补贴政策", "师资力量", "联系我们"],
   side="<h4>招生咨询</h4><p>咨询热线：0768-2213456</p><p>手机：138 2689 1047（黄老师）</p><p>地址：潮州市湘桥区新洋路西段智训大楼3楼</p>",
   foot="潮州市智训职业技能培训学校 版权所有 | 电话：0768-2213456 | 邮箱：zhixun0768@163.com | 网址：www.zhixun-edu.cn | 办学许可证：教民144510270000123号"),
 "dingxue": dict(name="鼎学职业教育", style="company", color="#b3261e",
   menu=["首页", "热门证书", "证书查询", "学员风采", "在线报名"],
   side="<h4>在线客服</h4><p>客服微信：dxjy_kf01</p><p>全国招生热线：177 2298 3356</p><p>证书查询入口：cx-rszs.cn</p>",
   foot="鼎学职业教育 © 2019-2026 | 客服微信 dxjy_kf01 | 官网 www.dingxue-edu.com | 深圳市福田区深南大道"),
 "kecheng": dict(name="课程集市", style="marketplace", color="#ff6a00",
   menu=["首页", "职业技能", "IT互联网", "考证专区", "机构入驻"],
   side="<h4>平台保障</h4><p>7天无理由退课</p><p>平台客服热线：400-888-3721</p><p>投诉邮箱：kefu@kechengjishi.com</p>",
   foot="课程集市 kechengjishi.com | 客服热线 400-888-3721 | kefu@kechengjishi.com | 广州集市网络科技有限公司 统一社会信用代码 " + KC_USCC + " | 粤ICP备17045512号"),
 "bbs": dict(name="潮人社区", style="forum", color="#2e7d32",
   menu=["首页", "潮州杂谈", "求职招聘", "教育培训", "二手市场"],
   side="<h4>社区公告</h4><p>禁止发布虚假广告，违者封号。</p><p>官方QQ群：102938475</p>",
   foot="潮人社区 chaorenbbs.com | 版务邮箱 admin@chaorenbbs.com | 官方QQ群 102938475 | 粤ICP备15036621号"),
 "fenlei": dict(name="潮州分类信息网", style="classifieds", color="#00897b",
   menu=["首页", "招聘", "房产", "二手", "教育培训", "生活服务"],
   side="<h4>安全提示</h4><p>凡是要求先交押金、先付款的，请提高警惕！</p><p>网站客服：0768-2888111</p>",
   foot="潮州分类信息网 cz0768.net | 客服电话 0768-2888111 | 粤ICP备18023456号-1 | 信息由网友发布，本站不对其真实性负责"),
 "wenda": dict(name="知了问答", style="qa", color="#5e35b1",
   menu=["首页", "职场", "教育", "考证", "科技"],
   side="<h4>热门话题</h4><p>#考证# #AI# #技能补贴#</p><p>反馈：help@zhiliaowenda.com</p>",
   foot="知了问答 zhiliaowenda.com | 意见反馈 help@zhiliaowenda.com | 粤ICP备16077201号 | 回答仅代表网友观点"),
 "wx": dict(name="微文摘", style="wechat-repost", color="#07c160",
   menu=["首页", "教育", "职场", "本地", "科技"],
   side="<h4>关于本站</h4><p>本站文章转载自微信公众号，版权归原作者所有，如有侵权请联系删除：tougao@weiwenzhai.cn</p>",
   foot="微文摘 weiwenzhai.cn | tougao@weiwenzhai.cn | 粤ICP备20061234号"),
 "video": dict(name="潮视频", style="short-video", color="#111111",
   menu=["推荐", "同城", "学习", "职场", "直播"],
   side="<h4>潮视频</h4><p>下载App看更多</p><p>违法和不良信息举报电话：400-616-0725</p>",
   foot="潮视频 chaoshipin.cn | 违法和不良信息举报电话：400-616-0725 | 网络文化经营许可证 粤网文〔2023〕1187-065号"),
 "news": dict(name="潮州民生网", style="news", color="#c62828",
   menu=["首页", "本地", "民生", "教育", "曝光台"],
   side="<h4>新闻热线</h4><p>爆料电话：0768-2256110</p><p>邮箱：baoliao@czmsw.cn</p>",
   foot="潮州民生网 czmsw.cn | 新闻热线 0768-2256110 | baoliao@czmsw.cn | 粤ICP备12004417号"),
 "rsj": dict(name="潮州市人力资源和社会保障局（信息公开）", style="gov-notice", color="#8b0000",
   menu=["首页", "通知公告", "政策文件", "就业创业", "职业能力建设"],
   side="<h4>便民服务</h4><p>人社服务热线：12333</p><p>职业能力建设科：0768-2201234</p><p>证书查询：zscx.osta.org.cn</p>",
   foot="主办：潮州市人力资源和社会保障局 | 咨询电话：0768-2201234 | 人社服务热线 12333 | 本页面为信息公开转载"),
 "shop": dict(name="优选商城", style="shop", color="#e91e63",
   menu=["首页", "虚拟商品", "课程服务", "考证代办", "我的订单"],
   side="<h4>交易保障</h4><p>担保交易，确认收货后打款给商家</p><p>平台客服：4006-012-345</p><p>支付宝客服：95188</p>",
   foot="优选商城 youxuan-shop.com | 平台客服 4006-012-345 | 支付由支付宝提供，支付宝客服 95188 | 粤ICP备19050066号"),
}
SITE_ORDER = ["zhixun", "dingxue", "kecheng", "bbs", "fenlei", "wenda", "wx", "video", "news", "rsj", "shop"]

PAGES = []
def page(path, title, body, is_offer=False, op=None, provider=None, ids=(), note="", crumb=None):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=is_offer, operator=op,
                      provider=provider, identifiers=[list(x) for x in ids], note=note, crumb=crumb or title))

P = "+86"
# ===================== company site: zhixun (U01) =====================
page("/zhixun/course-ai.html", "人工智能训练师（五级/四级）职业技能等级认定培训班招生简章",
"""<h1>人工智能训练师（五级/四级）培训班 2026年春季班招生简章</h1>
<p>职业编码：4-04-05-05，工种：数据标注员。本校为潮州市民办职业技能培训机构（统一社会信用代码 """ + U01_USCC + """），
与备案的第三方评价机构合作组织职业技能等级认定。</p>
<h2>一、申报条件</h2><ul><li>五级：累计从事本职业或相关职业工作满1年（含），或本职业学徒期满；</li>
<li>四级：取得五级证书后累计从事本职业工作满4年，或技工院校相关专业毕业（含应届）。</li></ul>
<p>不符合条件的学员，我们会如实告知，不会“包装”工作经历。</p>
<h2>二、课程安排</h2><p>五级60课时、四级50课时，周末班+晚班。理论知识考试和操作技能考核均采用百分制，60分及以上为合格。</p>
<h2>三、费用与补贴</h2><p>五级培训费1280元，四级1680元（不含评价费，评价费按物价部门标准另行缴交）。参保满1年的职工取证后可按规定申领技能提升补贴（五级最高1000元、四级最高1500元），详询12333。</p>
<h2>四、考试与证书</h2><p>考点：潮州市高级技工学校（考点前台 0768-2299188），考试批次号 2026041888。证书由评价机构颁发，可在技能人才评价证书全国联网查询平台 zscx.osta.org.cn 查询。</p>
<h2>五、报名方式</h2><p>电话：0768-2213456 ／ 138 2689 1047（黄老师）<br>微信：zhixun_ai0768<br>邮箱：zhixun0768@163.com<br>官网：www.zhixun-edu.cn</p>""",
True, "U01", "潮州市智训职业技能培训学校",
[("phone", P+"13826891047", "138 2689 1047"), ("phone", "07682213456", "0768-2213456"),
 ("wechat", "zhixun_ai0768", "zhixun_ai0768"), ("email", "zhixun0768@163.com", "zhixun0768@163.com"),
 ("domain", "zhixun-edu.cn", "www.zhixun-edu.cn"), ("uscc", U01_USCC, U01_USCC)],
"U01 own site: honest level 5/4 enrolment page")

# ===================== company site: dingxue (U05) =====================
page("/dingxue/ai-xunlianshi.html", "人工智能训练师证书 三级/二级/一级 火热报名中",
"""<h1>【人社部颁发】人工智能训练师 国家职业资格证书</h1>
<p>颁证机构：国智人工智能职业技能评价中心（统一社会信用代码 """ + U05_USCC + """）</p>
<ul><li>零基础可报，不限学历、不限经验，可直接报考二级（技师）、一级（高级技师）</li>
<li>三级+二级+一级 三证同报立减2000元</li><li>免培训、线上考试、包过，不过全额退款</li>
<li>人社部证书退出，哪家证书来接盘？认准国智评价中心！</li>
<li>证书全国联网可查，查询入口：cx-rszs.cn（官方查询）</li></ul>
<p>证书样本编号：S000044051200253000128</p>
<p>费用：三级 3980元／二级 5980元／一级 7980元。报名后7个工作日出证。</p>
<p>报名热线：177 2298 3356（微信同号）  客服微信：dxjy_kf01</p>
<p>对公账户收款方：深圳市鼎学教育咨询有限公司</p>""",
True, "U05", "鼎学职业教育 / 国智人工智能职业技能评价中心",
[("phone", P+"17722983356", "177 2298 3356"), ("wechat", "dxjy_kf01", "dxjy_kf01"),
 ("domain", "dingxue-edu.com", "www.dingxue-edu.com"), ("domain", "cx-rszs.cn", "cx-rszs.cn"),
 ("uscc", U05_USCC, U05_USCC), ("other", "深圳市鼎学教育咨询有限公司", "深圳市鼎学教育咨询有限公司")],
"U05 own site: scam page (人社部颁发, 国家职业资格证书, 零基础考二级, 包过, fake query domain)")

# ===================== marketplace: kecheng =====================
KC_PROMO = "<p class='promo'>春季职业技能节 活动编号 15820260318，满300减30</p>"
page("/kecheng/c-1024.html", "人工智能训练师五级（数据标注员）周末班｜智训AI学院",
"""<h1>人工智能训练师五级（数据标注员）周末班</h1><p class='shop'>店铺：智训AI学院 ★4.8 ｜ 所在地：广东潮州</p>
<p>价格：¥1280 ｜ 已报名 312 人 ｜ 课时：60</p>
<h2>课程介绍</h2><p>面向从事数据标注、客服质检等相关工作满一年的学员，讲授数据采集和处理、数据标注、智能系统运维。线下实操+线上答疑。</p>
<p>认定考试由备案评价机构组织，证书可在 zscx.osta.org.cn 查询。参保职工可申领技能提升补贴。</p>
<h2>商家资质</h2><p>主体：潮州市智训职业技能培训学校　统一社会信用代码：""" + U01_USCC + """</p>
<p>课程顾问微信：ZhiXun_AI0768（备注“课程集市”）</p>""" + KC_PROMO,
True, "U01", "智训AI学院",
[("wechat", "zhixun_ai0768", "ZhiXun_AI0768"), ("uscc", U01_USCC, U01_USCC)],
"marketplace listing of U01 under brand 智训AI学院")

page("/kecheng/c-1031.html", "AI训练师考证全程班 五级四级一次搞定｜数智学堂",
"""<h1>AI训练师考证全程班（五级+四级）</h1><p class='shop'>店铺：数智学堂 ★4.6 ｜ 所在地：广东汕头</p>
<p>价格：<del>¥3999</del> ¥1999 ｜ 已报名 1024 人</p>
<h2>课程亮点</h2><ul><li>零基础可学，老师一对一辅导</li><li>内部题库，通过率98%</li><li>五级四级一起考，省时省心</li></ul>
<p>报名咨询请加班主任微信：sz_xiaolin88</p>""" + KC_PROMO,
True, "U02", "数智学堂", [("wechat", "sz_xiaolin88", "sz_xiaolin88")],
"marketplace listing of U02 (数智学堂): 内部题库, 98%, two levels at once")

page("/kecheng/c-1045.html", "【启航AI训练营】人工智能训练师二级技师 零基础速成",
"""<h1>启航AI训练营：人工智能训练师二级（技师）速成班</h1><p class='shop'>店铺：启航AI训练营 ★4.9 ｜ 广东启航智能科技有限公司</p>
<p>价格：¥4980 ｜ 15天拿证</p>
<ul><li>零基础直考技师，不限学历不限年龄</li><li>人社部颁发，全国通用，可落户加分</li><li>保过班：不过免费重读直到拿证</li></ul>
<p>全国服务热线：400-861-9275</p><p>营业执照：广东启航智能科技有限公司 """ + U03_USCC + """</p>""",
True, "U03", "启航AI训练营",
[("phone", "4008619275", "400-861-9275"), ("uscc", U03_USCC, U03_USCC)],
"marketplace listing of U03: scam wording (零基础直考技师, 人社部颁发, 保过)")

page("/kecheng/c-1052.html", "数据标注员（人工智能训练师五级）就业实训课｜韩江数据标注培训",
"""<h1>数据标注员就业实训课（对应人工智能训练师五级）</h1><p class='shop'>店铺：韩江数据标注培训 ★4.7 ｜ 潮州湘桥</p>
<p>价格：¥980 ｜ 课时：60</p>
<p>我们是潮州本地的数据标注基地，课程以真实标注项目为主。完成课程并满足一年工作经历的学员，可参加五级认定；考点为潮州市高级技工学校，考试批次号 2026041888。</p>
<p>学员群：618204937（进群备注姓名）　咨询微信：hanjiang_biaozhu</p>""" + KC_PROMO,
True, "U06", "韩江数据标注培训",
[("qq_group", "618204937", "618204937"), ("wechat", "hanjiang_biaozhu", "hanjiang_biaozhu")],
"marketplace listing of U06, honest")

page("/kecheng/c-1060.html", "人工智能训练师三级高级工 工信部鉴定中心主办｜AI训练师快考班",
"""<h1>AI训练师快考班（三级/高级工）</h1><p class='shop'>店铺：智汇未来教育 ★4.5 ｜ 广州天河</p>
<p>价格：¥3680</p><ul><li>人工智能三级考试由国家工信部职业技能鉴定中心主办</li><li>职业技能等级证书直接对应职称证书，三级=助理工程师</li><li>入库可查，官网可查</li></ul>
<p>报名表：jinshuju.net/f/Zw3mPa</p><p>咨询热线：400-621-8807　官网：www.zhwl-edu.com</p>
<p>智汇未来(广州)教育科技有限公司　统一社会信用代码：""" + U08_USCC + """</p>""",
True, "U08", "AI训练师快考班 / 智汇未来教育",
[("phone", "4006218807", "400-621-8807"), ("domain", "zhwl-edu.com", "www.zhwl-edu.com"), ("uscc", U08_USCC, U08_USCC)],
"marketplace listing of U08: 工信部主办 and 职称 overclaim")

page("/kecheng/c-1077.html", "人工智能训练师四级 线上直播课｜揭阳智谷培训",
"""<h1>人工智能训练师四级 线上直播课</h1><p class='shop'>店铺：揭阳智谷培训 ★4.3 ｜ 广东揭阳</p>
<p>价格：¥1580 ｜ 课时：50</p><p>适合已取得五级证书并从事相关工作的学员。课程覆盖数据采集和处理、数据标注、智能系统运维。考试需本人到考点参加实操考核。</p>
<p>咨询：137 1140 2256（陈老师）　微信：zhigu_jy</p>""",
True, "I01", "揭阳智谷培训",
[("phone", P+"13711402256", "137 1140 2256"), ("wechat", "zhigu_jy", "zhigu_jy")],
"independent marketplace listing")

# ===================== forum: bbs =====================
page("/bbs/t-2001.html", "[教育培训] 有没有人一起考人工智能训练师？我这边还有名额",
"""<h1>有没有人一起考人工智能训练师？我这边还有名额</h1>
<div class='post'><b>楼主 数智小林老师</b> 2026-03-11 21:04<p>潮州汕头都可以报，五级四级一起考，内部题库，基本都能过。想了解的加我Q：2853017746，电话 一五九 一四三二 六六八二（论坛不让发数字，大家懂的）。机构是数智学堂，正规的。</p></div>
<div class='post'><b>2楼 阿珊</b><p>我也想报，我微信 lily_cz1990，有资料发我一份谢谢</p></div>
<div class='post'><b>3楼 老潮州</b><p>“基本都能过”这种话听听就好，先去 zscx.osta.org.cn 查查以前学员的证。</p></div>""",
True, "U02", "数智学堂",
[("qq", "2853017746", "2853017746"), ("phone", P+"15914326682", "一五九 一四三二 六六八二")],
"forum post by U02 seller; phone in Chinese numerals; reader's wechat in reply")

page("/bbs/t-2002.html", "[求职招聘] 拿AI训练师证挂靠企业，一年躺赚两三万，了解一下",
"""<h1>拿AI训练师证挂靠企业，一年躺赚两三万</h1>
<div class='post'><b>楼主 优职通-阿杰</b> 2026-03-09 10:22<p>人工智能训练师+数据标注员+生成式AI应用员，三证一起办，免考试，证书挂靠企业每年补贴2-3万。优职通专业办证十年。</p>
<p>V：youzhitong666　企鹅：1987203365</p></div>
<div class='post'><b>2楼 路人甲</b><p>AI训练师证有人挂靠？没听说过，楼主别坑人</p></div>
<div class='post'><b>3楼 阿伟</b><p>求资料 QQ 1325468790</p></div>""",
True, "U07", "优职通",
[("wechat", "youzhitong666", "youzhitong666"), ("qq", "1987203365", "1987203365")],
"forum post by U07: 挂靠 lure, 免考试, three certificates")

page("/bbs/t-2003.html", "[教育培训] 枫溪这边有没有靠谱的电脑/AI培训？",
"""<h1>枫溪这边有没有靠谱的电脑/AI培训？</h1>
<div class='post'><b>楼主 陶瓷厂小陈</b><p>在厂里做了两年质检，想学点AI数据标注，有没有人推荐？</p></div>
<div class='post'><b>2楼 新途教育</b><p>你好，我们是枫溪新途电脑培训，开了人工智能训练师五级班，晚上上课，适合上班族。有一年以上工作经历就能报，证书可以在国家平台查。可以来店里看看，电话 (0768) 2519083。</p></div>
<div class='post'><b>3楼 阿珊</b><p>同求，加我 lily_cz1990 一起去</p></div>""",
True, "U09", "新途教育", [("phone", "07682519083", "(0768) 2519083")],
"forum reply by U09 seller (landline)")

page("/bbs/t-2004.html", "[二手市场] 转让AI训练师四级课程名额一个，原价转",
"""<h1>转让AI训练师四级课程名额一个</h1>
<div class='post'><b>楼主 小鱼儿</b><p>报了个人工智能训练师四级的班，工作调动去不了，名额转让，含教材，原价1500转1200。有意者打 188 1990 3472，非诚勿扰。</p></div>""",
True, "I02", None, [("phone", P+"18819903472", "188 1990 3472")],
"independent forum seller (resale of a course seat)")

page("/bbs/t-2005.html", "[曝光] 被“人社部颁发”的AI训练师证骗了3980，大家小心",
"""<h1>被“人社部颁发”的AI训练师证骗了3980，大家小心</h1>
<div class='post'><b>楼主 受害者阿明</b><p>去年在网上看到广告，说零基础直接考二级，人社部颁发，全国联网可查。交了3980以后给了个查询网站，能查到，但后来才知道那是他们自己的网站，在 zscx.osta.org.cn 根本查不到。</p>
<p>骗子电话：171 6623 0981，微信 rszs_kf，现在都拉黑我了。已经打12315投诉，也打了12333咨询。</p></div>
<div class='post'><b>2楼 版主</b><p>已置顶。大家报名前先查机构是否备案。</p></div>""",
False, None, None, [], "complaint thread: quoted scam phone and wechat (decoys)")

# ===================== classifieds: fenlei =====================
page("/fenlei/p-3301.html", "人工智能训练师五级/四级培训 潮州本地 可申领补贴",
"""<h1>人工智能训练师五级/四级培训 潮州本地 可申领补贴</h1>
<table><tr><td>类别</td><td>教育培训 &gt; 职业技能</td></tr><tr><td>区域</td><td>湘桥区</td></tr><tr><td>联系人</td><td>黄老师</td></tr>
<tr><td>电话</td><td>138-2689-1047</td></tr><tr><td>座机</td><td>(0768)2213456</td></tr></table>
<p>智训培训学校常年开班，人工智能训练师（数据标注员）五级、四级。考点：潮州市高级技工学校（前台 0768-2299188）。参保满一年可申领补贴，详询12333。</p>""",
True, "U01", "智训培训学校",
[("phone", P+"13826891047", "138-2689-1047"), ("phone", "07682213456", "(0768)2213456")],
"classified ad of U01")

page("/fenlei/p-3302.html", "AI人工智能训练师证书 二级技师 包过 15天拿证",
"""<h1>AI人工智能训练师证书 二级技师 包过 15天拿证</h1>
<table><tr><td>类别</td><td>教育培训 &gt; 考证</td></tr><tr><td>联系人</td><td>启航王老师</td></tr><tr><td>手机</td><td>18676543109</td></tr><tr><td>微信</td><td>qh-ai2025</td></tr></table>
<p>启航AI训练营，零基础直考技师，人社部颁发，可落户加分，保过！联系时请说在分类信息网看到的。</p>
<p>（模板：如需刊登广告请致电 13800138000）</p>""",
True, "U03", "启航AI训练营",
[("phone", P+"18676543109", "18676543109"), ("wechat", "qh-ai2025", "qh-ai2025")],
"classified ad of U03 with leftover placeholder number")

page("/fenlei/p-3303.html", "明德培训 人工智能训练师五级 小班授课 湘桥",
"""<h1>明德培训 人工智能训练师五级 小班授课</h1>
<table><tr><td>区域</td><td>湘桥区 太平路</td></tr><tr><td>联系人</td><td>明德培训 林先生</td></tr><tr><td>手机</td><td>135 0271 8834</td></tr><tr><td>座机</td><td>0768-6789012</td></tr></table>
<p>小班10人，周末上课，讲练结合。须有一年相关工作经历。不承诺包过，认真学的基本都能考过。证书可在 zscx.osta.org.cn 查询。</p>""",
True, "U04", "明德培训",
[("phone", P+"13502718834", "135 0271 8834"), ("phone", "07686789012", "0768-6789012")],
"classified ad of U04, honest")

page("/fenlei/p-3304.html", "招数据标注学员 包教包会 学完可考人工智能训练师五级",
"""<h1>招数据标注学员 学完可考人工智能训练师五级</h1>
<table><tr><td>联系人</td><td>韩江数据标注基地 张小姐</td></tr><tr><td>电话</td><td>130 6045 7721</td></tr><tr><td>微信</td><td>HanJiang_BiaoZhu</td></tr></table>
<p>基地有真实标注项目，学员可边学边做。满一年可参加五级认定，考点潮州市高级技工学校（前台 0768-2299188），批次号 2026041888。</p>""",
True, "U06", "韩江数据标注基地",
[("phone", P+"13060457721", "130 6045 7721"), ("wechat", "hanjiang_biaozhu", "HanJiang_BiaoZhu")],
"classified ad of U06")

page("/fenlei/p-3305.html", "新途电脑培训 人工智能训练师五级晚班 枫溪",
"""<h1>新途电脑培训 人工智能训练师五级晚班</h1>
<table><tr><td>区域</td><td>枫溪区</td></tr><tr><td>联系人</td><td>新途 郑老师</td></tr><tr><td>手机</td><td>139 2305 1186</td></tr><tr><td>电话</td><td>0768-2519083</td></tr></table>
<p>办公软件、平面设计、人工智能训练师五级。晚上7点半上课。考点潮州市高级技工学校（前台 0768-2299188）。补贴政策可咨询12333。</p>""",
True, "U09", "新途电脑培训",
[("phone", P+"13923051186", "139 2305 1186"), ("phone", "07682519083", "0768-2519083")],
"classified ad of U09")

page("/fenlei/p-3306.html", "潮安 人工智能训练师培训 报名从速",
"""<h1>潮安 人工智能训练师培训 报名从速</h1>
<table><tr><td>区域</td><td>潮安区 庵埠</td></tr><tr><td>联系人</td><td>蔡老师</td></tr><tr><td>手机</td><td>134-3598-7601</td></tr><tr><td>座机</td><td>0768-5812036</td></tr></table>
<p>五级四级都有，学费可分期。</p>""",
True, "I03", None,
[("phone", P+"13435987601", "134-3598-7601"), ("phone", "07685812036", "0768-5812036")],
"independent classified ad")

# ===================== Q&A: wenda =====================
page("/wenda/q-301.html", "人工智能训练师证书好考吗？在哪里报名？",
"""<h1>人工智能训练师证书好考吗？在哪里报名？</h1><p class='q'>提问者：潮州打工人 ｜ 2026-03-02</p>
<div class='ans'><b>数智学堂林老师</b>（认证：教育从业者）<p>不难的，我们这边五级四级一起报，有内部题库，98%都能过。加我企鹅 2853017746 或者微信 Sz_XiaoLin88 发你资料。</p></div>
<div class='ans'><b>网友 匿名</b><p>要看你有没有一年相关工作经历，五级也要的。</p></div>""",
True, "U02", "数智学堂",
[("qq", "2853017746", "2853017746"), ("wechat", "sz_xiaolin88", "Sz_XiaoLin88")],
"Q&A answer by U02 seller")

page("/wenda/q-302.html", "潮州有没有正规的人工智能训练师培训机构？",
"""<h1>潮州有没有正规的人工智能训练师培训机构？</h1><p class='q'>提问者：阿伟 ｜ 2026-02-27 ｜ 补充：有的话私信我 QQ 1325468790</p>
<div class='ans'><b>明德培训林sir</b><p>我们在湘桥太平路，小班教学，五级为主，不搞包过那一套。电话13502718834，资料可以发邮件 mingde_px#126.com（#换成@）索取。</p></div>""",
True, "U04", "明德培训",
[("phone", P+"13502718834", "13502718834"), ("email", "mingde_px@126.com", "mingde_px#126.com")],
"Q&A answer by U04; obfuscated e-mail; asker's QQ")

page("/wenda/q-303.html", "人工智能训练师三级能评助理工程师吗？",
"""<h1>人工智能训练师三级能评助理工程师吗？</h1><p class='q'>提问者：小何</p>
<div class='ans'><b>智汇未来-周老师</b><p>可以的，职业技能等级证书直接对应职称证书，三级就是助理工程师。我们的考试由工信部职业技能鉴定中心主办，详情看 www.zhwl-edu.com 或加 V：zhwl-ai。报名表：jinshuju.net/f/Zw3mPa</p></div>
<div class='ans'><b>网友 老HR</b><p>技能等级和职称贯通是有条件的，别听机构乱说。</p></div>""",
True, "U08", "智汇未来",
[("domain", "zhwl-edu.com", "www.zhwl-edu.com"), ("wechat", "zhwl-ai", "zhwl-ai")],
"Q&A answer by U08: 职称 overclaim")

page("/wenda/q-304.html", "想转行做AI数据标注，需要考证吗？",
"""<h1>想转行做AI数据标注，需要考证吗？</h1>
<div class='ans'><b>龙湖培训老师</b><p>考个人工智能训练师五级会加分。我们龙湖培训在潮州开班，五级学费1180，有意向发邮件 lhpx_cz@163.com 或致电 178-7550-1239。</p></div>""",
True, "I06", "龙湖培训",
[("email", "lhpx_cz@163.com", "lhpx_cz@163.com"), ("phone", P+"17875501239", "178-7550-1239")],
"independent Q&A answer")

page("/wenda/q-305.html", "怎么查人工智能训练师证书是不是真的？",
"""<h1>怎么查人工智能训练师证书是不是真的？</h1>
<div class='ans'><b>知了答主 @证书百事通</b><p>1. 人工智能训练师属于职业技能等级证书，由备案的评价机构颁发，不是“人社部颁发”，也不是国家职业资格证书。</p>
<p>2. 查询：技能人才评价证书全国联网查询 zscx.osta.org.cn，证书上也印有 jndj.osta.org.cn；专业技术类查 cpta.com.cn。</p>
<p>3. 证书编号是1位字母+21位数字，比如 S000044051200253000128 这种格式。</p>
<p>4. 有疑问打12333。曾经有人在群里发 171-6623-0981 这个号卖“免考证”，千万别信。</p></div>""",
False, None, None, [], "guide answer: official sites, 12333, example certificate number, quoted scam phone")

# ===================== WeChat reposts: wx =====================
page("/wx/a-101.html", "潮州人注意！人工智能训练师补贴政策来了，最高可领1500元",
"""<h1>潮州人注意！人工智能训练师补贴政策来了，最高可领1500元</h1><p class='meta'>原创 智训教育 ｜ 转载自公众号“智训教育” ｜ 2026-03-05</p>
<p>人工智能训练师（4-04-05-05）是2020年人社部等三部门发布的新职业。按照技能提升补贴政策，参保满一年的职工取得五级证书最高可领1000元、四级1500元。</p>
<p>智训教育3月班正在招生，名额有限。报名电话：13826891047，更多课程见官网 zhixun-edu.cn。</p><p>阅读 2.1万　在看 86</p>""",
True, "U01", "智训教育",
[("phone", P+"13826891047", "13826891047"), ("domain", "zhixun-edu.cn", "zhixun-edu.cn")],
"WeChat repost of U01's account article")

page("/wx/a-102.html", "重磅！AI训练师证书国家统一认证，人社部颁发，错过再等一年",
"""<h1>重磅！AI训练师证书国家统一认证，人社部颁发，错过再等一年</h1><p class='meta'>转载自公众号“国智职业评价” ｜ 2026-02-20</p>
<p>国智人工智能职业技能评价中心现面向全国招生，零基础可报二级技师，免培训，包过。证书全国联网可查，请认准唯一官方查询入口：cx-rszs.cn。</p>
<p>添加报名老师微信：dxjy_kf01</p><p>阅读 10万+</p>""",
True, "U05", "国智人工智能职业技能评价中心",
[("wechat", "dxjy_kf01", "dxjy_kf01"), ("domain", "cx-rszs.cn", "cx-rszs.cn")],
"WeChat repost of U05 scam article")

page("/wx/a-103.html", "拿个AI证，企业抢着要：优职通三证套餐限时优惠",
"""<h1>拿个AI证，企业抢着要：优职通三证套餐</h1><p class='meta'>转载自公众号“优职通考证” ｜ 2026-03-01</p>
<p>人工智能训练师+数据标注员+生成式人工智能系统应用员，三证套餐5800元，免考快速拿证，可挂靠企业年赚2万+。</p>
<p>咨询电话：150-1834-5908　资料邮箱：1987203365@qq.com</p>""",
True, "U07", "优职通考证",
[("phone", P+"15018345908", "150-1834-5908"), ("email", "1987203365@qq.com", "1987203365@qq.com")],
"WeChat repost of U07: 挂靠, three-certificate bundle")

page("/wx/a-104.html", "枫溪新途：白天上班晚上学，人工智能训练师五级晚班开课了",
"""<h1>白天上班晚上学，人工智能训练师五级晚班开课了</h1><p class='meta'>转载自公众号“新途教育枫溪” ｜ 2026-03-08</p>
<p>新途教育在枫溪开了十年电脑班。今年新增人工智能训练师五级晚班，学费980元，需要有一年相关工作经历。</p>
<p>报名：139-2305-1186（郑老师），微信 xintu_cz</p>""",
True, "U09", "新途教育",
[("phone", P+"13923051186", "139-2305-1186"), ("wechat", "xintu_cz", "xintu_cz")],
"WeChat repost of U09")

page("/wx/a-105.html", "市场监管提醒：警惕“包过”“人社部颁发”类AI证书广告",
"""<h1>市场监管提醒：警惕“包过”“人社部颁发”类AI证书广告</h1><p class='meta'>转载自公众号“潮州市场监管” ｜ 2026-03-10</p>
<p>近期有群众反映，有机构以“免考包过”“人社部颁发”“国家职业资格证书”为噱头销售人工智能训练师证书。根据《广告法》，教育培训广告不得对考试通过、取得证书作出保证性承诺。</p>
<p>群众反映的涉事号码包括 17166230981、微信号 rszs_kf 等。遇到此类情况请拨打12315投诉举报，政策咨询可拨打12333。</p>""",
False, None, None, [], "warning article: quoted scam phone/wechat, 12315, 12333")

# ===================== short video: video =====================
page("/video/v-7001.html", "零基础考AI训练师技师，15天拿证！@启航AI训练营",
"""<h1>零基础考AI训练师技师，15天拿证！</h1><p class='author'>@启航AI训练营 ｜ 获赞 3.2w ｜ 评论 418</p>
<p class='desc'>人社部颁发 全国通用 保过 #人工智能训练师 #考证</p>
<div class='cmt'><b>作者置顶</b><p>咨询加V：QH-AI2025 或电话 4008 619 275</p></div>
<div class='cmt'><b>用户9527</b><p>真的零基础能考技师？</p></div>""",
True, "U03", "启航AI训练营",
[("wechat", "qh-ai2025", "QH-AI2025"), ("phone", "4008619275", "4008 619 275")],
"short-video page of U03")

page("/video/v-7002.html", "人社部证书退出，哪家证书来接盘？三分钟讲清楚",
"""<h1>人社部证书退出，哪家证书来接盘？</h1><p class='author'>@鼎学证书小助手 ｜ 获赞 1.1w</p>
<p class='desc'>AI训练师 三级二级一级 同报立减 免培训包过 #考证 #副业</p>
<div class='cmt'><b>作者置顶</b><p>报名热线 177-2298-3356</p></div>""",
True, "U05", "鼎学证书小助手", [("phone", P+"17722983356", "177-2298-3356")],
"short-video page of U05")

page("/video/v-7003.html", "实拍潮州数据标注基地：一天标多少张图？",
"""<h1>实拍潮州数据标注基地：一天标多少张图？</h1><p class='author'>@韩江数据标注 ｜ 获赞 8622</p>
<p class='desc'>带你看看数据标注员的日常。想学的可以报我们的人工智能训练师五级课程，学员群 618204937。#数据标注 #潮州</p>
<div class='cmt'><b>作者回复</b><p>电话13060457721，周一到周六都在。五级考试可以申请补贴，咨询人社局 0768-2201234。</p></div>
<div class='cmt'><b>阿伟</b><p>求资料 QQ 1325468790</p></div>""",
True, "U06", "韩江数据标注",
[("qq_group", "618204937", "618204937"), ("phone", P+"13060457721", "13060457721")],
"short-video page of U06; reader's QQ in comments")

page("/video/v-7004.html", "AI训练师三级=助理工程师？一条视频讲明白",
"""<h1>AI训练师三级=助理工程师？</h1><p class='author'>@智汇未来AI学院 ｜ 获赞 2.4w</p>
<p class='desc'>工信部职业技能鉴定中心主办，三级证书直接对应职称。#人工智能训练师</p>
<div class='cmt'><b>作者置顶</b><p>V：ZHWL-AI　热线 4006 218 807</p></div>""",
True, "U08", "智汇未来AI学院",
[("wechat", "zhwl-ai", "ZHWL-AI"), ("phone", "4006218807", "4006 218 807")],
"short-video page of U08")

page("/video/v-7005.html", "90%小白都能学会的AI训练师课程，原价9999限时99",
"""<h1>90%小白都能学会的AI训练师课程</h1><p class='author'>@AI小白逆袭营 ｜ 获赞 5.6w</p>
<p class='desc'>原价9999限时99！学完送人工智能训练师证书，联合国开发计划署联合认证。</p>
<div class='cmt'><b>作者置顶</b><p>私信或加微：ai_nixi99</p></div>""",
True, "I04", "AI小白逆袭营", [("wechat", "ai_nixi99", "ai_nixi99")],
"independent short-video scam (原价9999限时99, fake UNDP)")

# ===================== news =====================
page("/news/n-advert.html", "【推广】明德培训：让湘桥上班族搭上AI快车",
"""<h1>明德培训：让湘桥上班族搭上AI快车</h1><p class='meta'>推广 ｜ 2026-03-06</p>
<p>潮州市湘桥区明德职业培训服务部（统一社会信用代码 """ + U04_USCC + """）开设人工智能训练师五级小班，学员多为电商客服和质检员。负责人林先生说：“我们不承诺包过，按标准上课。”</p>
<p>技能提升补贴政策可咨询市人社局 0768-2201234。</p>
<p>报名咨询：0768-6789012，邮箱 MingDe_PX@126.com</p>""",
True, "U04", "潮州市湘桥区明德职业培训服务部",
[("phone", "07686789012", "0768-6789012"), ("email", "mingde_px@126.com", "MingDe_PX@126.com"), ("uscc", U04_USCC, U04_USCC)],
"advertorial of U04 on news site")

page("/news/n-1.html", "男子花3980元买“人社部颁发”AI证书，查询网站竟是骗子自建",
"""<h1>男子花3980元买“人社部颁发”AI证书，查询网站竟是骗子自建</h1><p class='meta'>潮州民生网记者 ｜ 2026-03-03</p>
<p>市民陈先生向本网反映，他通过网络广告报名“人工智能训练师二级”，对方称“零基础、免培训、人社部颁发”。付款后对方提供的证书编号格式类似 S000044051200253000128，可在对方提供的网站查到，但在技能人才评价证书全国联网查询平台 zscx.osta.org.cn 上查无此证。</p>
<p>记者拨打对方电话 171 6623 0981，已是空号；对方微信 rszs_kf 也已注销。</p>
<p>市人社局提醒：人工智能训练师证书属于职业技能等级证书，由备案评价机构颁发；如有疑问可拨打12333，遇到虚假宣传可拨打12315。</p>""",
False, None, None, [], "news: scam case with quoted scam phone/wechat and cert number")

# ===================== rsj notices =====================
page("/rsj/notice-1.html", "关于开展技术技能类“山寨证书”专项治理的通告",
"""<h1>关于开展技术技能类“山寨证书”专项治理的通告</h1><p class='meta'>发布日期：2026-02-15</p>
<p>根据人社部函〔2022〕25号等文件精神，我局继续开展技术技能类“山寨证书”专项治理。重点整治：违规使用“中国”“国家”“职业资格”等字样；“包过”“不培训直接发证”等虚假宣传。</p>
<p>职业技能等级证书可登录 zscx.osta.org.cn 查询，证书印有 jndj.osta.org.cn。举报咨询：12333、12315。</p>
<p>本市人工智能训练师五级认定考点：潮州市高级技工学校（前台 0768-2299188）。</p>""",
False, None, None, [], "official-style notice")
page("/rsj/notice-2.html", "2026年技能提升补贴申领指南",
"""<h1>2026年技能提升补贴申领指南</h1>
<p>参加失业保险累计满1年的企业职工，取得职业技能等级证书的，可申领技能提升补贴：五级不超过1000元、四级不超过1500元、三级不超过2000元。二级、一级无此项补贴。</p>
<p>申领渠道：广东人社厅网上服务平台。咨询电话：0768-2201234，或拨打12333。</p>""",
False, None, None, [], "official-style subsidy guide")

# ===================== shop =====================
page("/shop/item-51.html", "人工智能训练师五级+四级 考证辅导 双证套餐",
"""<h1>人工智能训练师五级+四级 考证辅导 双证套餐</h1><p>店铺：潮汕数智人才培训 ｜ 月销 86</p><p>¥1999</p>
<p>拍下后联系客服 159-1432-6682 安排开课。内部题库，包过（不过退一半）。</p>
<p>报名表：jinshuju.net/f/Qx7bKd（邮箱栏请勿填 name@example.com 这种示例）</p>""",
True, "U02", "潮汕数智人才培训", [("phone", P+"15914326682", "159-1432-6682")],
"shop item of U02")

page("/shop/item-52.html", "AI训练师证书 三级 人社部颁发 7天出证",
"""<h1>AI训练师证书 三级 人社部颁发 7天出证</h1><p>店铺：鼎学证书旗舰店 ｜ 月销 233</p><p>¥3980</p>
<p>免考包过，全国联网可查。下单后加客服微信 DXJY_KF01 提交资料。</p>
<p>收款方：深圳市鼎学教育咨询有限公司</p>""",
True, "U05", "鼎学证书旗舰店",
[("wechat", "dxjy_kf01", "DXJY_KF01"), ("other", "深圳市鼎学教育咨询有限公司", "深圳市鼎学教育咨询有限公司")],
"shop item of U05")

page("/shop/item-53.html", "三证套餐 人工智能训练师+数据标注员+AIGC应用员 免考",
"""<h1>三证套餐 人工智能训练师+数据标注员+AIGC应用员</h1><p>店铺：潮汕优职培训 ｜ 月销 41</p><p>¥5800</p>
<p>免考试，可挂靠。咨询 15018345908，微信 YouZhiTong666。</p>
<p>（详情页模板：联系电话 13800138000）</p>""",
True, "U07", "潮汕优职培训",
[("phone", P+"15018345908", "15018345908"), ("wechat", "youzhitong666", "YouZhiTong666")],
"shop item of U07 with placeholder phone")

page("/shop/item-54.html", "人工智能训练师五级晚班 学费 枫溪新途",
"""<h1>人工智能训练师五级晚班 学费</h1><p>店铺：新途教育小店 ｜ 月销 12</p><p>¥980</p>
<p>拍下后加微信 XinTu_CZ 预约上课时间。需一年相关工作经历。</p>
<p>收款方：潮州市枫溪区新途电脑培训部</p>""",
True, "U09", "新途教育小店",
[("wechat", "xintu_cz", "XinTu_CZ"), ("other", "潮州市枫溪区新途电脑培训部", "潮州市枫溪区新途电脑培训部")],
"shop item of U09")

page("/shop/item-55.html", "人工智能训练师四级 网课+题库",
"""<h1>人工智能训练师四级 网课+题库</h1><p>店铺：汕头鸿图职业培训 ｜ 月销 19</p><p>¥699</p>
<p>网课随时看，题库每月更新。售后QQ：3167520084</p>""",
True, "I05", "汕头鸿图职业培训", [("qq", "3167520084", "3167520084")],
"independent shop item")

# ---------- index pages ----------
INTRO = {
 "zhixun": "<h1>潮州市智训职业技能培训学校</h1><p>本校成立于2012年，开设电工、育婴员、中式烹调师、人工智能训练师等培训项目，是人社部门认定的职业技能培训机构。</p>",
 "dingxue": "<h1>鼎学职业教育</h1><p>专注职业证书服务，热门证书：人工智能训练师、健康管理师、心理咨询师。</p>",
 "kecheng": "<h1>课程集市 · 考证专区</h1><p>精选职业技能课程，平台担保交易。</p>",
 "bbs": "<h1>潮人社区 · 教育培训版</h1><p>本版讨论考证、培训、升学。</p>",
 "fenlei": "<h1>潮州分类信息 · 教育培训</h1><p>最新发布的培训信息。</p>",
 "wenda": "<h1>知了问答 · 考证</h1><p>大家都在问：</p>",
 "wx": "<h1>微文摘 · 教育职场</h1><p>最新转载：</p>",
 "video": "<h1>潮视频 · 学习</h1><p>为你推荐：</p>",
 "news": "<h1>潮州民生网</h1><p>本地新闻、民生、曝光台。</p><p>另：潮州牛肉火锅节下月开幕（本网讯）。</p>",
 "rsj": "<h1>通知公告</h1><p>潮州市人力资源和社会保障局信息公开栏目。</p>",
 "shop": "<h1>优选商城 · 课程服务</h1><p>热销商品：</p>",
}

def esc(s): return html.escape(s, quote=False)

def render(site_key, title, crumb, body, siblings, self_path):
    s = SITES[site_key]
    menu = " ".join("<a href='/%s/index.html'>%s</a>" % (site_key, esc(m)) for m in s["menu"])
    crumbs = "<a href='/index.html'>导航</a> &gt; <a href='/%s/index.html'>%s</a>" % (site_key, esc(s["name"]))
    if self_path != "/%s/index.html" % site_key:
        crumbs += " &gt; " + esc(crumb)
    rel = "".join("<li><a href='%s'>%s</a></li>" % (p, esc(t)) for p, t in siblings if p != self_path)
    return ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>%s - %s</title>"
            "<style>body{font-family:sans-serif;margin:0}header{background:%s;color:#fff;padding:8px}"
            "header a{color:#fff;margin-right:12px}main{float:left;width:68%%;padding:12px}aside{float:right;width:26%%;padding:12px;background:#f5f5f5}"
            "footer{clear:both;border-top:1px solid #ccc;font-size:12px;padding:8px;color:#666}</style></head><body class='%s'>"
            "<header><strong>%s</strong> <nav>%s</nav></header><div class='crumbs'>%s</div>"
            "<main>%s</main><aside>%s<h4>相关推荐</h4><ul>%s</ul></aside>"
            "<footer>%s</footer></body></html>\n") % (
        esc(title), esc(s["name"]), s["color"], s["style"], esc(s["name"]), menu, crumbs, body, s["side"], rel, s["foot"])

# ---------- decoys ----------
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("domain", "cpta.com.cn", ["cpta.com.cn"], "人事考试中心 official site"),
 ("phone", "4008883721", ["400-888-3721"], "marketplace customer-service line in its frame"),
 ("email", "kefu@kechengjishi.com", ["kefu@kechengjishi.com"], "marketplace complaint e-mail in its frame"),
 ("domain", "kechengjishi.com", ["kechengjishi.com"], "marketplace's own domain in its footer"),
 ("uscc", KC_USCC, [KC_USCC], "marketplace operator's own credit code in its footer"),
 ("other", "粤ICP备17045512号", ["粤ICP备17045512号"], "marketplace ICP number"),
 ("qq_group", "102938475", ["102938475"], "forum's official QQ group in its frame"),
 ("email", "admin@chaorenbbs.com", ["admin@chaorenbbs.com"], "forum admin e-mail in its footer"),
 ("phone", "07682888111", ["0768-2888111"], "classifieds site customer service in its frame"),
 ("other", "粤ICP备18023456号-1", ["粤ICP备18023456号-1"], "classifieds site ICP number"),
 ("email", "help@zhiliaowenda.com", ["help@zhiliaowenda.com"], "Q&A site feedback e-mail"),
 ("other", "粤ICP备20061234号", ["粤ICP备20061234号"], "WeChat-repost site ICP number"),
 ("phone", "4006160725", ["400-616-0725"], "short-video platform report line"),
 ("phone", "4006012345", ["4006-012-345"], "shop platform customer service"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) hotline in the shop frame"),
 ("phone", "07682256110", ["0768-2256110"], "news site tip-off line"),
 ("phone", "+8617166230981", ["171 6623 0981", "17166230981", "171-6623-0981"], "scam number quoted in complaint, news, warning, guide"),
 ("wechat", "rszs_kf", ["rszs_kf"], "scam WeChat quoted in complaint, news, warning"),
 ("phone", "+8615820260318", ["15820260318"], "marketplace promotion id that looks like a mobile number"),
 ("qq", "2026041888", ["2026041888"], "exam batch number (looks like a QQ number) shared by sellers sending students to the same session"),
 ("other", "S000044051200253000128", ["S000044051200253000128"], "certificate number given as a sample/format"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder phone left in ads"),
 ("email", "name@example.com", ["name@example.com"], "template placeholder e-mail in a form hint"),
 ("qq", "1325468790", ["1325468790"], "a reader's own QQ in comments under different sellers"),
 ("wechat", "lily_cz1990", ["lily_cz1990"], "a reader's own WeChat in forum replies"),
 ("phone", "07682299188", ["0768-2299188"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "online form tool used by several sellers"),
 ("phone", "07682201234", ["0768-2201234"], "人社局 consultation line quoted by sellers"),
]

def main():
    if os.path.exists(SITE): shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {k: [] for k in SITE_ORDER}
    for p in PAGES: by_site[p["path"].split("/")[1]].append(p)
    all_pages = []
    for sk in SITE_ORDER:
        sib = [(p["path"], p["title"]) for p in by_site[sk]]
        idx_path = "/%s/index.html" % sk
        lst = "<ul class='list'>" + "".join("<li><a href='%s'>%s</a></li>" % (pp, esc(t)) for pp, t in sib) + "</ul>"
        all_pages.append(dict(path=idx_path, html=render(sk, SITES[sk]["name"], "首页", INTRO[sk] + lst, sib, idx_path),
            is_offer=False, operator=None, provider=None, identifiers=[], note="%s index page (%s)" % (sk, SITES[sk]["style"])))
        for p in by_site[sk]:
            all_pages.append(dict(path=p["path"], html=render(sk, p["title"], p["crumb"], p["body"], sib, p["path"]),
                is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"], identifiers=p["identifiers"], note=p["note"]))
    hub = "<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>网址导航 - 一周搜索记录（潮州）</title></head><body><h1>网址导航</h1><ul>" + \
        "".join("<li><a href='/%s/index.html'>%s</a>（%s）</li>" % (k, esc(SITES[k]["name"]), SITES[k]["style"]) for k in SITE_ORDER) + "</ul></body></html>\n"
    all_pages.insert(0, dict(path="/index.html", html=hub, is_offer=False, operator=None, provider=None, identifiers=[], note="hub"))
    for p in all_pages:
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f: f.write(p["html"])
    with open(os.path.join(SITE, "robots.txt"), "w") as f: f.write("User-agent: *\nAllow: /\n")
    ops = {}
    for p in all_pages:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"]:
                for b in p["provider"].split(" / "):
                    if b not in d["brands"]: d["brands"].append(b)
            for k, v, w in p["identifiers"]:
                if [k, v] not in d["identifiers"]: d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = [p["path"] for p in all_pages if any(w in p["html"] for w in written)]
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))
    truth = dict(pages=[{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")} for p in all_pages],
                 operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(all_pages), "offers", sum(p["is_offer"] for p in all_pages), "decoys", len(decoys))

if __name__ == "__main__":
    main()
