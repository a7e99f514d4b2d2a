#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (4-04-05-05) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(body8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix2, div6, body8):
    s17 = prefix2 + div6 + body8 + org_check(body8)
    s = sum(ALPHA.index(ch) * W18[i] for i, ch in enumerate(s17))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return s17 + ALPHA[r]

U01_USCC = uscc("52", "370303", "MJ5826A3")
U02_USCC = uscc("91", "330402", "MA2JD7K4")
U05_USCC = uscc("91", "330411", "MA2CF1Q8")
U07_USCC = uscc("91", "370305", "MA3R6W1T")
U09_USCC = uscc("92", "330402", "MA7H2NL5")
SHOP_USCC = uscc("91", "330110", "MA27YK3U")

# ---------------------------------------------------------------- sites
SITES = {
 "zbjn": dict(name="淄博鲁智职业培训学校", menu=["首页", "学校简介", "培训项目", "鉴定报名", "联系我们"],
   side="<h4>报名须知</h4><p>五级申报需累计从事本职业或相关职业工作满1年,或本职业学徒期满。</p><p>证书查询:技能人才评价证书全国联网查询</p>",
   foot="淄博市张店区鲁智职业培训学校 | 地址:张店区华光路 | 电话:0533-2186475 | www.luzhipx.cn"),
 "jxpx": dict(name="禾智教育 · 嘉兴", menu=["首页", "课程中心", "招生简章", "师资", "关于禾智"],
   side="<h4>热门课程</h4><ul><li>人工智能训练师(四级)</li><li>数据标注实操</li><li>Python办公自动化</li></ul>",
   foot="嘉兴禾智教育科技有限公司 版权所有 | 咨询:0573-8263 1190 | hezhi_edu@163.com | 浙公网安备"),
 "keshi": dict(name="课时网 - 职业技能课程平台", menu=["首页", "IT互联网", "职业考证", "人工智能", "企业培训", "我的课程"],
   side="<h4>平台保障</h4><p>7天无理由退款 · 机构资质审核</p><h4>猜你喜欢</h4><p>数据标注员入门 / Prompt工程 / 办公AI</p>",
   foot="课时网 keshiwang.cn | 客服热线 400-017-6600 | 投诉邮箱 kefu@keshiwang.cn | 浙ICP备19043217号-1"),
 "luntan": dict(name="考证吧论坛", menu=["首页", "淄博版", "嘉兴版", "职业技能", "曝光台", "搜索"],
   side="<h4>版规</h4><p>禁止发布违规广告,举报请私信版主。</p><p>本站交流QQ群:602117385</p>",
   foot="考证吧论坛 kaozhengba.net | 联系站长 admin@kaozhengba.net | 鲁ICP备16021388号-2"),
 "fenlei": dict(name="百姓帮分类信息网", menu=["首页", "淄博", "嘉兴", "教育培训", "招聘", "二手"],
   side="<h4>安全提示</h4><p>凡要求先付押金、代办证书的信息请提高警惕。</p>",
   foot="百姓帮 www.fenleibang.com | 客服电话 0573-82110058 | 浙ICP备17050236号"),
 "wenda": dict(name="知考问答", menu=["首页", "职业资格", "技能等级", "学历", "我要提问"],
   side="<h4>相关问题</h4><p>数据标注员证书有用吗?</p><p>人工智能训练师几级能拿补贴?</p>",
   foot="知考问答 zhikaowenda.com | 举报邮箱 jubao@zhikaowenda.com | 京ICP备20011873号"),
 "weixin": dict(name="微文摘 · 公众号文章聚合", menu=["首页", "教育", "职场", "科技", "本地"],
   side="<h4>说明</h4><p>本站文章转载自微信公众号,版权归原作者所有。</p>",
   foot="微文摘 wxwzk.com | 投稿与删稿:tougao@wxwzk.com"),
 "shipin": dict(name="快映 网页版", menu=["推荐", "关注", "同城", "知识", "直播"],
   side="<h4>相关视频</h4><p>数据标注一天能挣多少 / AI训练师是骗局吗</p>",
   foot="快映 网页版 | 官方客服QQ 800076621 | 未成年人举报 | 网信算备"),
 "news": dict(name="齐鲁淄博在线", menu=["首页", "本地", "民生", "教育", "财经", "专题"],
   side="<h4>本地热点</h4><p>张店区新增公益岗 / 淄博职业技能提升行动</p>",
   foot="齐鲁淄博在线 | 新闻热线 0533-3182000 | 违法和不良信息举报"),
 "rsj": dict(name="淄博市人力资源和社会保障局", menu=["首页", "政务公开", "通知公告", "职业能力", "办事服务"],
   side="<h4>便民服务</h4><p>人社服务热线 12333</p><p>技能人才评价工作网 osta.mohrss.gov.cn</p>",
   foot="主办:淄博市人力资源和社会保障局 | 咨询电话:12333"),
 "shop": dict(name="优选商城", menu=["首页", "店铺", "教育培训", "虚拟服务", "购物车"],
   side="<h4>商城服务</h4><p>担保交易 · 支付由支付宝提供,客服95188</p>",
   foot="优选商城 | 营业执照 统一社会信用代码 " + SHOP_USCC + " | 平台客服 400-655-0321"),
}

PAGES = []

def P(path, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(x) for x in ids], note=note))

# ---------------------------------------------------------------- U01 鲁智 (Zibo, honest)
P("/zbjn/ai-wuji.html", "人工智能训练师(五级)培训班招生 - 淄博鲁智职业培训学校", f"""
<h1>人工智能训练师(五级/初级工)培训班 第20250618期 招生</h1>
<p>职业编码 4-04-05-05,工种:数据标注员。依据《人工智能训练师国家职业技能标准(2021年版)》,培训60课时,理论+实操。</p>
<p>申报条件:累计从事本职业或相关职业工作满1年(含),或本职业学徒期满。不符合条件的不予报名。</p>
<p>培训费:1280元(含教材);认定费按物价部门标准另收。参加失业保险满1年的学员取证后可按规定申领技能提升补贴(五级最高1000元),具体以人社部门审核为准,可拨打12333咨询。</p>
<p>证书由备案评价机构颁发,可登录 zscx.osta.org.cn 查询。考点:淄博职业学院实训楼,考点前台 0533-2310925(仅考试当天咨询)。</p>
<div class="contact"><p>报名咨询:王老师 139 5332 7408(微信同号) 座机 0533-2186475</p>
<p>微信:luzhi_px2019</p><p>统一社会信用代码:{U01_USCC}</p><p>官网 www.luzhipx.cn</p></div>
""", True, "U01", "淄博鲁智职业培训学校",
  [("phone", "+8613953327408", "139 5332 7408"), ("phone", "05332186475", "0533-2186475"),
   ("wechat", "luzhi_px2019", "luzhi_px2019"), ("uscc", U01_USCC, U01_USCC), ("domain", "luzhipx.cn", "www.luzhipx.cn")],
  "training school's own level-5 enrolment page")
P("/zbjn/ai-sanji.html", "人工智能训练师三级(高级工)晋级班 - 鲁智职培", """
<h1>人工智能训练师 三级(高级工)晋级班</h1>
<p>面向已取得四级证书并从事相关工作的学员。课程:业务分析、智能训练、智能系统设计、培训与指导。40课时,周末班。</p>
<p>报名需提供四级证书及工作年限证明,资格审核不通过全额退费。</p>
<p>证书样本编号格式:S000037030001255000128(仅示意),真伪请到 zscx.osta.org.cn 查询。</p>
<p>咨询电话:(0533)2186475 / 139-5332-7408 王老师</p><p>鲁智职培 www.luzhipx.cn</p>
""", True, "U01", "鲁智职培",
  [("phone", "05332186475", "(0533)2186475"), ("phone", "+8613953327408", "139-5332-7408"), ("domain", "luzhipx.cn", "www.luzhipx.cn")],
  "training school's own level-3 class page")
P("/keshi/c-1021.html", "【淄博线下】人工智能训练师五级 数据标注实操班 - 课时网", """
<h1>【淄博线下】人工智能训练师五级 数据标注实操班</h1>
<p class="org">开课机构:鲁智职培(已通过平台资质审核)</p>
<p>¥1280 | 60课时 | 张店区上课 | 已报名 37 人</p>
<p>课程介绍:数据采集与清洗、图像/文本/语音标注、质检流程。结业后统一组织参加职业技能等级认定,考试不合格可免费重修一次。</p>
<p>机构联系方式:139-5332-7408(平台外交易请谨慎)</p>
""", True, "U01", "鲁智职培", [("phone", "+8613953327408", "139-5332-7408")], "course marketplace listing of U01")
P("/fenlei/zb-3301.html", "张店 人工智能训练师 五级四级 培训报名 - 百姓帮淄博", """
<h1>张店 人工智能训练师 五级、四级 培训报名 补贴可申领</h1>
<p>类别:教育培训 &gt; 职业技能 | 区域:淄博-张店 | 发布者:王老师(个人认证)</p>
<p>人社备案机构组织认定,正规证书全国联网可查。周末班/晚班,学习数据标注。</p>
<p>条件:从事相关工作满一年。缴纳失业保险一年以上可申请补贴。</p>
<p>电话 13953327408 微信 LuZhi_px2019 (备注:百姓帮)</p>
""", True, "U01", "王老师", [("phone", "+8613953327408", "13953327408"), ("wechat", "luzhi_px2019", "LuZhi_px2019")],
  "classified ad by U01's contact person")

# ---------------------------------------------------------------- U02 禾智 (Jiaxing, honest)
P("/jxpx/course-ai.html", "人工智能训练师(四级)课程 - 禾智教育", f"""
<h1>人工智能训练师(四级/中级工)课程</h1>
<p>课程依据国家职业技能标准开发,50课时,含数据采集和处理、数据标注、智能系统运维。</p>
<p>收费:2380元/人(培训费),认定费另计。我们不承诺"包过",考核由备案评价机构独立组织。</p>
<p>认定考点:嘉兴职业技术学院继续教育学院(考点电话 0573-83582266)。</p>
<p>报名表:https://jinshuju.net/f/Hz7Qa2</p>
<p>联系:0573-8263 1190 / 181 5736 2209(陈老师) 邮箱 hezhi_edu@163.com 官网 www.hezhiedu.com</p>
<p>嘉兴禾智教育科技有限公司 统一社会信用代码 {U02_USCC}</p>
""", True, "U02", "禾智教育",
  [("phone", "057382631190", "0573-8263 1190"), ("phone", "+8618157362209", "181 5736 2209"),
   ("email", "hezhi_edu@163.com", "hezhi_edu@163.com"), ("domain", "hezhiedu.com", "www.hezhiedu.com"), ("uscc", U02_USCC, U02_USCC)],
  "company's own course page")
P("/jxpx/jianzhang.html", "2025年下半年人工智能训练师招生简章 - 禾智教育", """
<h1>2025年下半年 人工智能训练师(五级、四级)招生简章</h1>
<p>一、职业简介:人工智能训练师(4-04-05-05)为2020年人社部等部门发布的新职业,含数据标注员、人工智能算法测试员两个工种。</p>
<p>二、报考条件:五级需相关工作满1年;四级需取得五级证书后从事本职业4年,或相关工作满6年等。</p>
<p>三、补贴政策:符合条件的参保职工可申领技能提升补贴,详询12333。</p>
<p>四、报名方式:电话 0573-82631190;QQ 2853301746;邮件 HeZhi_Edu@163.com</p>
""", True, "U02", "嘉兴禾智教育科技有限公司",
  [("phone", "057382631190", "0573-82631190"), ("qq", "2853301746", "2853301746"), ("email", "hezhi_edu@163.com", "HeZhi_Edu@163.com")],
  "enrolment brochure on own site")
P("/keshi/c-1088.html", "嘉兴 人工智能训练师四级 周末直播+线下实操 - 课时网", """
<h1>嘉兴 人工智能训练师四级 周末直播+线下实操</h1>
<p class="org">开课机构:嘉兴禾智AI学院</p>
<p>¥2380 | 50课时 | 南湖区 | 评分 4.8</p>
<p>适合已有五级证书或从事数据标注工作的同学。课程含智能系统运维实训。</p>
<p>机构咨询:181-5736-2209 QQ:2853301746</p>
""", True, "U02", "嘉兴禾智AI学院", [("phone", "+8618157362209", "181-5736-2209"), ("qq", "2853301746", "2853301746")],
  "course marketplace listing of U02")
P("/weixin/a-2041.html", "嘉兴人注意!人工智能训练师秋季班开始报名了 - 微文摘", """
<h1>嘉兴人注意!人工智能训练师秋季班开始报名了</h1>
<p class="src">来源:公众号「禾智AI学院」 原文链接 mp.weixin.qq.com/s/hzAI0912</p>
<p>AI时代,数据标注、模型测试岗位需求大增。本期四级班9月开课,名额30人。</p>
<p>👉 报名咨询座机:0573-82631190</p><p>👉 简历/报名材料发送至:hezhi_edu@163.com</p>
<p>(阅读 2316 · 在看 41)</p>
""", True, "U02", "禾智AI学院", [("phone", "057382631190", "0573-82631190"), ("email", "hezhi_edu@163.com", "hezhi_edu@163.com")],
  "WeChat article repost from U02's account")

# ---------------------------------------------------------------- U03 国培智能 (national, dishonest)
P("/shipin/v-7731.html", "零基础拿人工智能训练师证,国家认可! - 快映", """
<h1>零基础拿人工智能训练师证,国家认可!#AI训练师 #考证</h1>
<p class="author">@国培AI认证中心 · 2.1万粉丝</p>
<p>视频文案:人社部颁发!国家职业资格证书!不限学历不限经验,零基础直接考三级二级,三证一起拿更划算。90%小白都能学会,原价9999限时99体验课。</p>
<p>置顶评论(作者):想了解的私信或者加v:gp-ai888,手机 177 0641 2285</p>
""", True, "U03", "国培AI认证中心", [("wechat", "gp-ai888", "gp-ai888"), ("phone", "+8617706412285", "177 0641 2285")],
  "short-video ad, misleading (人社部颁发, level 2 for beginners)")
P("/weixin/a-2055.html", "2025人工智能训练师报考最新政策!入库可查 - 微文摘", """
<h1>2025人工智能训练师报考最新政策!证书入库可查</h1>
<p class="src">来源:公众号「国培智能教育」</p>
<p>人社部认证的新职业!持证可落户加分、可挂靠、可抵扣个税。包过班通过率100%,不过退费。</p>
<p>证书官网可查:www.cnzgcx.org.cn</p>
<p>全国统一咨询热线 400-861-2730,添加老师微信 GP-AI888 领取报考资料</p>
""", True, "U03", "国培智能教育", [("phone", "4008612730", "400-861-2730"), ("wechat", "gp-ai888", "GP-AI888"), ("domain", "cnzgcx.org.cn", "www.cnzgcx.org.cn")],
  "WeChat repost, scam wording (包过, 挂靠, fake query site)")
P("/wenda/q-5512.html", "人工智能训练师证怎么考?多久能拿证? - 知考问答", """
<h1>人工智能训练师证怎么考?多久能拿证?</h1>
<p class="q">提问者:匿名用户 · 淄博</p>
<div class="answer"><p><b>华夏智训-李老师</b>(认证答主)回答:</p>
<p>您好,人工智能训练师是人社部颁发的国家职业资格证书,我们是官方指定报名点,免培训,最快一个月出证,全国官网可查(cnzgcx.org.cn)。</p>
<p>详细可以加QQ:331 772 0546 或拨打 4008 612 730 咨询。</p></div>
<div class="answer"><p>网友 小麦:建议去 zscx.osta.org.cn 查机构是否备案,别信包过。</p></div>
""", True, "U03", "华夏智训", [("qq", "3317720546", "331 772 0546"), ("phone", "4008612730", "4008 612 730"), ("domain", "cnzgcx.org.cn", "cnzgcx.org.cn")],
  "Q&A answer that is an ad for U03 under another brand")
P("/shop/item-6620.html", "人工智能训练师考证报名 三级 包过 - 优选商城", """
<h1>人工智能训练师 三级/二级 报名 资料费 包过 送AIGC证书</h1>
<p class="shop">店铺:国培智能官方店</p>
<p>¥3980 | 月销 120+ | 三证套餐 ¥6800</p>
<p>商品详情:国家职业资格,人社部颁发,工信部备案。拍下后联系客服 400 861 2730 或 QQ 3317720546 登记资料。</p>
<p>对公收款:北京国培智联教育科技有限公司</p>
<p>买家晒单:订单号15936021847 已收到资料,客服很耐心。</p>
""", True, "U03", "国培智能官方店", [("phone", "4008612730", "400 861 2730"), ("qq", "3317720546", "3317720546"), ("other", "北京国培智联教育科技有限公司", "北京国培智联教育科技有限公司")],
  "shop item, price per certificate, 包过")

# ---------------------------------------------------------------- U04 小周老师 (Zibo agent, dishonest)
P("/luntan/t-88213.html", "[淄博版] 人工智能训练师证 有需要的来 - 考证吧论坛", """
<h1>[淄博版] 人工智能训练师证 有需要的来</h1>
<div class="post"><p class="u">楼主:淄博证书小周</p>
<p>本地办理人工智能训练师四级三级,不用去考场,线上考试有人协助,包拿证。单位评职称、找工作都用得上。</p>
<p>电话 158 5336 7291 微信 zbxiaozhou_ai</p></div>
<div class="post"><p class="u">2楼 lily_zb0533:</p><p>多少钱?我也想报,想拼团的加我 lily_zb0533</p></div>
<div class="post"><p class="u">3楼 路人甲:</p><p>"不用去考场"这种就别信了吧</p></div>
""", True, "U04", "淄博证书小周", [("phone", "+8615853367291", "158 5336 7291"), ("wechat", "zbxiaozhou_ai", "zbxiaozhou_ai")],
  "forum post, 包拿证 / no exam")
P("/fenlei/zb-3356.html", "人工智能训练师 周老师考证 速成拿证 - 百姓帮淄博", """
<h1>人工智能训练师 数据标注员 证书 速成</h1>
<p>类别:教育培训 | 区域:淄博-淄川 | 发布者:周老师考证</p>
<p>证书速成,零基础可报,15天出结果。另有电工、焊工、育婴员。</p>
<p>联系电话:158-5336-7291</p>
<p class="tpl">联系电话:13800138000(示例,请替换)</p>
""", True, "U04", "周老师考证", [("phone", "+8615853367291", "158-5336-7291")],
  "classified with template placeholder left in")
P("/shipin/v-7790.html", "淄博的姐妹看过来 AI训练师证这样拿 - 快映", """
<h1>淄博的姐妹看过来 AI训练师证这样拿 #淄博 #宝妈副业</h1>
<p class="author">@小周老师(淄博)</p>
<p>视频文案:宝妈在家也能考,证书拿到就能接数据标注单,一个月多挣三四千。</p>
<p>主页简介:V:Zbxiaozhou_AI | 电话 一五八五三三六七二九一</p>
""", True, "U04", "小周老师", [("wechat", "zbxiaozhou_ai", "Zbxiaozhou_AI"), ("phone", "+8615853367291", "一五八五三三六七二九一")],
  "short video, phone written in Chinese numerals")

# ---------------------------------------------------------------- U05 启程 (Jiaxing, fairly honest)
P("/fenlei/jx-5120.html", "秀洲 人工智能训练师五级培训 可申请补贴 - 百姓帮嘉兴", f"""
<h1>秀洲 人工智能训练师五级培训 可申请补贴</h1>
<p>类别:教育培训 | 区域:嘉兴-秀洲 | 发布者:嘉兴启程职业技能培训有限公司</p>
<p>晚班,60课时,学费1180元。认定由备案评价机构组织,考点为嘉兴职业技术学院(0573-83582266)。</p>
<p>电话:13757360812 座机:0573-82086617</p>
""", True, "U05", "嘉兴启程职业技能培训有限公司", [("phone", "+8613757360812", "13757360812"), ("phone", "057382086617", "0573-82086617")],
  "classified of U05")
P("/keshi/c-1130.html", "嘉兴秀洲 人工智能训练师五级 晚班 - 课时网", """
<h1>嘉兴秀洲 人工智能训练师五级 晚班</h1>
<p class="org">开课机构:启程职培</p>
<p>¥1180 | 60课时 | 秀洲区 | 已报名 22 人</p>
<p>学员交流群:736218405(报名后拉入)</p><p>机构座机:0573-8208 6617</p>
""", True, "U05", "启程职培", [("phone", "057382086617", "0573-8208 6617"), ("qq_group", "736218405", "736218405")],
  "course marketplace listing of U05")
P("/wenda/q-5520.html", "嘉兴哪里可以考人工智能训练师? - 知考问答", """
<h1>嘉兴哪里可以考人工智能训练师?</h1>
<p class="q">提问者:jx打工人 · 嘉兴</p>
<div class="answer"><p><b>秀洲启程培训</b>回答:</p><p>我们这边每月开五级班,晚上上课,考点在嘉兴本地。QQ群 736 218 405 可以进群问往期学员。</p></div>
<div class="answer"><p>网友 阿峰:我也在找,有消息麻烦告诉我 15065381270</p></div>
""", True, "U05", "秀洲启程培训", [("qq_group", "736218405", "736 218 405")],
  "Q&A answer by U05 staff")
P("/luntan/t-88240.html", "[嘉兴版] 启程五级班9月开课 - 考证吧论坛", f"""
<h1>[嘉兴版] 人工智能训练师五级班9月开课(秀洲)</h1>
<div class="post"><p class="u">楼主:启程职培官方</p>
<p>正规培训机构,统一社会信用代码 {U05_USCC},可开发票。报名电话 137 5736 0812。</p></div>
<div class="post"><p class="u">2楼 阿峰:</p><p>能周末上吗?我电话15065381270</p></div>
""", True, "U05", "启程职培", [("phone", "+8613757360812", "137 5736 0812"), ("uscc", U05_USCC, U05_USCC)],
  "forum post by U05")

# ---------------------------------------------------------------- U06 智证通 (certificate mill)
P("/shop/item-6633.html", "人工智能训练师证书 不培训 3天出证 - 优选商城", """
<h1>人工智能训练师证书 直接出证 可挂靠 落户加分</h1>
<p class="shop">店铺:智证通证书服务</p>
<p>¥1580/本 | 两本9折 | 五级至一级均可办</p>
<p>无需培训、无需考试,3天出证,人社部颁发,官网可查。挂靠一年收入2万+。</p>
<p>付款后加客服QQ 1647093358 或微信 zzt_kefu01 提交资料。收款户名:杭州智证通信息咨询有限公司</p>
<p>买家晒单:订单号15936021847 证书已收到</p>
""", True, "U06", "智证通证书服务", [("qq", "1647093358", "1647093358"), ("wechat", "zzt_kefu01", "zzt_kefu01"), ("other", "杭州智证通信息咨询有限公司", "杭州智证通信息咨询有限公司")],
  "certificate mill shop item")
P("/weixin/a-2070.html", "人社部证书退出,哪家证书来接盘?AI训练师正当时 - 微文摘", """
<h1>人社部证书退出,哪家证书来接盘?AI训练师正当时</h1>
<p class="src">来源:公众号「证书快讯」</p>
<p>现在办理人工智能训练师,不用培训直接发证,入库可查。名额有限。</p>
<p>咨询微信:ZZT_kefu01 手机:199 0573 8846</p>
""", True, "U06", "证书快讯", [("wechat", "zzt_kefu01", "ZZT_kefu01"), ("phone", "+8619905738846", "199 0573 8846")],
  "WeChat repost of U06, 山寨证书 slogan")
P("/shipin/v-7802.html", "没学历也能拿的高含金量证书 - 快映", """
<h1>没学历也能拿的高含金量证书 #人工智能训练师</h1>
<p class="author">@智证通-小敏</p>
<p>视频文案:不限年龄、不限专业、无门槛,人工智能训练师一级高级技师也能办!</p>
<p>评论区:办证找我 19905738846(微信同号)</p>
""", True, "U06", "智证通-小敏", [("phone", "+8619905738846", "19905738846")],
  "short video of U06")

# ---------------------------------------------------------------- U07 鲁中人才 (Zibo, misleading)
P("/news/n-20250617.html", "AI浪潮下的新职业:鲁中人才培训中心助力淄博人才转型 - 齐鲁淄博在线", f"""
<h1>AI浪潮下的新职业:鲁中人才培训中心助力淄博人才转型</h1>
<p class="meta">2025-06-17 来源:企业供稿 【推广】</p>
<p>作为国家级培训基地,鲁中人才培训中心开设人工智能训练师课程,工信部认证,持证可对应职称。</p>
<p>证书样本 S000037030001255000128 ,考点设于淄博职业学院(前台0533-2310925)。</p>
<p>报名地址:临淄区桓公路;报名电话:0533-3117820。</p>
<p>淄博鲁中人才培训服务有限公司(统一社会信用代码:{U07_USCC})</p>
""", True, "U07", "鲁中人才培训中心", [("phone", "05333117820", "0533-3117820"), ("uscc", U07_USCC, U07_USCC)],
  "advertorial (软文) on news site, 国家级/工信部认证 wording")
P("/luntan/t-88260.html", "[淄博版] 鲁中人才AI训练师三级班还有名额 - 考证吧论坛", """
<h1>[淄博版] 鲁中人才AI训练师三级班还有名额</h1>
<div class="post"><p class="u">楼主:鲁中人才小刘</p><p>三级班本月开课,国家级证书,对应中级职称。电话:135 8339 5506 微信:luzhong_rc</p></div>
<div class="post"><p class="u">2楼 lily_zb0533:</p><p>三级没有四级能报吗?加我 lily_zb0533 聊</p></div>
""", True, "U07", "鲁中人才", [("phone", "+8613583395506", "135 8339 5506"), ("wechat", "luzhong_rc", "luzhong_rc")],
  "forum post of U07")
P("/fenlei/zb-3390.html", "临淄 人工智能训练师 三级四级 - 百姓帮淄博", """
<h1>临淄 人工智能训练师 三级/四级 培训</h1>
<p>发布者:临淄鲁中职培 | 区域:淄博-临淄</p>
<p>工信部认证,国家认可。小班授课。</p>
<p>手机:135-8339-5506 座机:0533-3117820</p>
""", True, "U07", "临淄鲁中职培", [("phone", "+8613583395506", "135-8339-5506"), ("phone", "05333117820", "0533-3117820")],
  "classified of U07")

# ---------------------------------------------------------------- U08 智训未来 (online bundle)
P("/keshi/c-1152.html", "AIGC+人工智能训练师 双证班 线上 - 课时网", """
<h1>AIGC应用师 + 人工智能训练师 双证班(全程线上)</h1>
<p class="org">开课机构:智训未来</p>
<p>¥2980 | 50节录播 | 双证套餐 | 已报名 1.2万</p>
<p>零基础可学,拿到证书便可升职加薪。官网 www.aizhixun.net 客服 400-091-7365</p>
""", True, "U08", "智训未来", [("phone", "4000917365", "400-091-7365"), ("domain", "aizhixun.net", "www.aizhixun.net")],
  "bundle course listing")
P("/weixin/a-2088.html", "这个证书,今年最值得考 - 微文摘", """
<h1>这个证书,今年最值得考</h1>
<p class="src">来源:公众号「智训未来AI学苑」</p>
<p>交费包过,4小时课程,598元拿AIGC证书,加购人工智能训练师证仅需2380。</p>
<p>报名请联系 service@aizhixun.net 或微信 zhixunweilai2024</p>
<p>报名表:jinshuju.net/f/zx2024</p>
""", True, "U08", "智训未来AI学苑", [("email", "service@aizhixun.net", "service@aizhixun.net"), ("wechat", "zhixunweilai2024", "zhixunweilai2024")],
  "WeChat repost of U08, 交费包过")
P("/shop/item-6651.html", "AI训练师证书课程 原价9999限时99 - 优选商城", """
<h1>AI训练师证书课程 原价9999 限时99 体验</h1>
<p class="shop">店铺:智训未来教育旗舰店</p>
<p>¥99体验课,升级双证班 ¥2980。</p>
<p>下单后添加老师微信 Zhixunweilai2024 ,售后热线 4000917365</p>
""", True, "U08", "智训未来教育旗舰店", [("wechat", "zhixunweilai2024", "Zhixunweilai2024"), ("phone", "4000917365", "4000917365")],
  "shop item of U08")

# ---------------------------------------------------------------- U09 慧学 (Jiaxing 个体户)
P("/fenlei/jx-5177.html", "南湖 AI训练师 数据标注 培训+推荐兼职 - 百姓帮嘉兴", """
<h1>南湖 AI训练师 数据标注 培训+推荐兼职</h1>
<p>发布者:慧学教育 | 区域:嘉兴-南湖</p>
<p>学完推荐数据标注兼职,协议就业。考证辅导。</p>
<p>电话 151 6732 9043 微信 huixue_jx</p>
""", True, "U09", "慧学教育", [("phone", "+8615167329043", "151 6732 9043"), ("wechat", "huixue_jx", "huixue_jx")],
  "classified, 协议就业 wording")
P("/shipin/v-7815.html", "在家做数据标注月入5000?先考个证 - 快映", """
<h1>在家做数据标注月入5000?先考个证 #嘉兴</h1>
<p class="author">@嘉兴慧学</p>
<p>视频文案:速成班7天学完,考证+推荐接单。</p>
<p>简介:vx huixue_jx / 扣扣 943502118</p>
""", True, "U09", "嘉兴慧学", [("wechat", "huixue_jx", "huixue_jx"), ("qq", "943502118", "943502118")],
  "short video of U09")
P("/keshi/c-1169.html", "数据标注员(人工智能训练师五级)速成 - 课时网", f"""
<h1>数据标注员(人工智能训练师五级)速成 + 接单推荐</h1>
<p class="org">开课机构:嘉兴市南湖区慧学教育咨询服务部</p>
<p>¥880 | 7天 | 已报名 64 人</p>
<p>机构信息:统一社会信用代码 {U09_USCC};QQ 943502118;电话 15167329043</p>
<p>报名表 jinshuju.net/f/hx77</p>
""", True, "U09", "嘉兴市南湖区慧学教育咨询服务部", [("uscc", U09_USCC, U09_USCC), ("qq", "943502118", "943502118"), ("phone", "+8615167329043", "15167329043")],
  "course listing of U09 (个体户)")

# ---------------------------------------------------------------- independents
P("/keshi/c-1177.html", "淄川 人工智能训练师四级 提升班 - 课时网", """
<h1>淄川 人工智能训练师四级 提升班</h1>
<p class="org">开课机构:淄川博学培训</p>
<p>¥1980 | 50课时 | 需持五级证书</p><p>咨询:188 5331 0672</p>
""", True, "I01", "淄川博学培训", [("phone", "+8618853310672", "188 5331 0672")], "independent course listing")
P("/luntan/t-88301.html", "[嘉兴版] 个人带班 AI训练师五级辅导 - 考证吧论坛", """
<h1>[嘉兴版] 个人带班 AI训练师五级辅导,小班6人</h1>
<div class="post"><p class="u">楼主:李老师jx</p><p>本人在标注公司做质检三年,周末带班辅导理论和实操,认定需自己到备案机构报名。微信 jxli_laoshi</p></div>
""", True, "I02", "李老师jx", [("wechat", "jxli_laoshi", "jxli_laoshi")], "independent tutor post")
P("/fenlei/zb-3412.html", "周村 人工智能训练师培训 - 百姓帮淄博", """
<h1>周村 人工智能训练师五级培训</h1>
<p>发布者:周村明远培训学校 | 区域:淄博-周村</p>
<p>正规办学,晚班。电话 0533-6412078</p>
<p class="tpl">联系电话:13800138000</p>
""", True, "I03", "周村明远培训学校", [("phone", "05336412078", "0533-6412078")], "independent classified, placeholder left")
P("/wenda/q-5561.html", "人工智能训练师培训费一般多少? - 知考问答", """
<h1>人工智能训练师培训费一般多少?</h1>
<p class="q">提问者:南湖小陈</p>
<div class="answer"><p><b>南湖数智学堂</b>回答:</p><p>五级一般一千出头,四级两千左右。我们学堂五级1080,报名表填这个 jinshuju.net/f/nh01 ,或电话 173 5730 2641。</p></div>
""", True, "I04", "南湖数智学堂", [("phone", "+8617357302641", "173 5730 2641")], "independent Q&A answer ad")
P("/weixin/a-2093.html", "海宁技工学校2025年人工智能训练师社会培训招生 - 微文摘", """
<h1>海宁技工学校2025年人工智能训练师社会培训招生</h1>
<p class="src">来源:公众号「海宁技工学校」</p>
<p>面向社会招收人工智能训练师五级、四级培训学员,按标准课时授课,符合条件可申领补贴(咨询12333)。</p>
<p>报名电话:0573-87021655 邮箱 hnjgzs@126.com</p>
""", True, "I05", "海宁技工学校", [("phone", "057387021655", "0573-87021655"), ("email", "hnjgzs@126.com", "hnjgzs@126.com")], "independent college enrolment repost")
P("/shop/item-6677.html", "人工智能训练师 全套题库+报名 - 优选商城", """
<h1>人工智能训练师 全套题库+代报名 内部信息</h1>
<p class="shop">店铺:AI考证小铺</p>
<p>¥299 命题组内部题库,考前押题,百分百通过率。</p>
<p>拍下联系QQ 2105583917</p>
""", True, "I06", "AI考证小铺", [("qq", "2105583917", "2105583917")], "independent shop, 内部信息/命题组")

# ---------------------------------------------------------------- non-offers
P("/news/n-20250702.html", "警惕!“包过拿证”的人工智能训练师证书骗局 - 齐鲁淄博在线", """
<h1>警惕!“包过拿证”的人工智能训练师证书骗局</h1>
<p class="meta">2025-07-02 记者 孙明</p>
<p>近日,张店市民刘女士通过短视频联系到一名“老师”,对方称人工智能训练师证书“人社部颁发、不用考试”,收取3600元后失联。骗子电话 171 6620 3349,微信号 zhengshu_kuaiban。</p>
<p>市人社局提醒:职业技能等级证书由备案评价机构颁发,可在 zscx.osta.org.cn 查询;遇到虚假宣传可拨打12315投诉,政策咨询拨打12333。</p>
""", note="news warning quoting a scammer's number")
P("/rsj/tz-2025-031.html", "关于开展2025年度人工智能训练师等新职业技能等级认定的通知 - 淄博市人社局", """
<h1>关于开展2025年度人工智能训练师等新职业职业技能等级认定工作的通知</h1>
<p>各区县人力资源和社会保障局,各有关单位:</p>
<p>根据职业技能等级认定有关规定,经备案的评价机构可按国家职业技能标准开展人工智能训练师(4-04-05-05)等职业的等级认定。证书信息可在技能人才评价工作网 osta.mohrss.gov.cn 及 zscx.osta.org.cn 查询。</p>
<p>请勿轻信“包过”“免考”等宣传。咨询电话:12333;虚假宣传投诉:12315。</p>
""", note="official-style notice")
P("/luntan/t-88277.html", "[曝光台] 交了3600块,证书到现在没影 - 考证吧论坛", """
<h1>[曝光台] 交了3600块,人工智能训练师证书到现在没影</h1>
<div class="post"><p class="u">楼主:张店刘姐</p><p>对方说不用考试直接拿证,电话171 6620 3349,微信 zhengshu_kuaiban,现在拉黑了。已经打了12315。</p></div>
<div class="post"><p class="u">2楼 版主:</p><p>已加精,大家去 zscx.osta.org.cn 查证书。</p></div>
""", note="complaint thread quoting the scammer")
P("/wenda/q-5530.html", "人工智能训练师证书怎么辨别真假? - 知考问答", """
<h1>人工智能训练师证书怎么辨别真假?</h1>
<div class="answer"><p><b>热心网友</b>回答:</p><p>职业技能等级证书编号是22位,一个大写字母加21位数字,例如 S000037030001255000128 这种格式。可以在 zscx.osta.org.cn 查询,或者打12333问。像 171 6620 3349 这种号码网上已经被曝光过。</p></div>
""", note="guide answer, no seller")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4000176600", ["400-017-6600"], "course marketplace customer-service footer"),
 ("email", "kefu@keshiwang.cn", ["kefu@keshiwang.cn"], "course marketplace footer e-mail"),
 ("other", "浙ICP备19043217号-1", ["浙ICP备19043217号-1"], "course marketplace ICP"),
 ("qq_group", "602117385", ["602117385"], "forum's own QQ group in sidebar"),
 ("email", "admin@kaozhengba.net", ["admin@kaozhengba.net"], "forum footer e-mail"),
 ("other", "鲁ICP备16021388号-2", ["鲁ICP备16021388号-2"], "forum ICP"),
 ("domain", "fenleibang.com", ["www.fenleibang.com"], "classifieds platform domain in footer"),
 ("phone", "057382110058", ["0573-82110058"], "classifieds platform customer service"),
 ("uscc", SHOP_USCC, [SHOP_USCC], "shop platform's own business licence"),
 ("phone", "4006550321", ["400-655-0321"], "shop platform customer service"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
 ("email", "tougao@wxwzk.com", ["tougao@wxwzk.com"], "repost site's own e-mail"),
 ("domain", "mp.weixin.qq.com", ["mp.weixin.qq.com"], "WeChat platform link"),
 ("qq", "800076621", ["800076621"], "short-video platform customer-service QQ"),
 ("phone", "05333182000", ["0533-3182000"], "news site hotline"),
 ("phone", "+8617166203349", ["171 6620 3349"], "scammer's number quoted in warnings/complaints"),
 ("wechat", "zhengshu_kuaiban", ["zhengshu_kuaiban"], "scammer's WeChat quoted in warnings/complaints"),
 ("phone", "+8615936021847", ["15936021847"], "an order number in copied buyer reviews, looks like a mobile"),
 ("other", "S000037030001255000128", ["S000037030001255000128"], "sample certificate number"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder"),
 ("wechat", "lily_zb0533", ["lily_zb0533"], "a reader's own WeChat in comments"),
 ("phone", "+8615065381270", ["15065381270"], "a reader's own phone in comments"),
 ("phone", "05332310925", ["0533-2310925"], "exam venue front desk (Zibo)"),
 ("phone", "057383582266", ["0573-83582266"], "exam venue front desk (Jiaxing)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool"),
 ("email", "jubao@zhikaowenda.com", ["jubao@zhikaowenda.com"], "Q&A site's report e-mail"),
]

# ---------------------------------------------------------------- render
CSS = {
 "zbjn": "body{font-family:SimSun;background:#f4f8ff}header{background:#1c4e9c;color:#fff}",
 "jxpx": "body{font-family:'PingFang SC';background:#fff}header{background:#0a8f6a;color:#fff}",
 "keshi": "body{background:#f6f6f6}header{background:#ff6a00;color:#fff}.org{color:#999}",
 "luntan": "body{background:#e8eef4}.post{border:1px solid #ccd;margin:6px;padding:6px}",
 "fenlei": "body{background:#fff}header{background:#3b9e3b;color:#fff}.tpl{color:#ccc}",
 "wenda": "body{background:#fafafa}.answer{border-top:1px solid #eee}",
 "weixin": "body{max-width:680px;margin:auto}.src{color:#576b95}",
 "shipin": "body{background:#111;color:#eee}.author{color:#fe2c55}",
 "news": "body{font-family:SimSun}header{background:#b40000;color:#fff}.meta{color:#888}",
 "rsj": "body{background:#fdfdfd}header{background:#c00;color:#fff}",
 "shop": "body{background:#f2f2f2}header{background:#e4393c;color:#fff}.shop{color:#e4393c}",
}

def site_of(path):
    return path.strip("/").split("/")[0]

def frame(site, path, title, body, crumbs, related):
    s = SITES[site]
    menu = " | ".join(f'<a href="/{site}/index.html">{m}</a>' if i == 0 else f'<span>{m}</span>' for i, m in enumerate(s["menu"]))
    rel = "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<style>{CSS[site]}</style></head>
<body>
<header><div class="logo">{s['name']}</div><nav>{menu}</nav></header>
<div class="crumbs"><a href="/index.html">导航</a> &gt; <a href="/{site}/index.html">{s['name']}</a> &gt; {crumbs}</div>
<main>{body}</main>
<aside>{s['side']}<h4>相关链接</h4><ul>{rel}</ul></aside>
<footer>{s['foot']}</footer>
</body></html>
"""

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    bysite = {}
    for p in PAGES:
        bysite.setdefault(site_of(p["path"]), []).append(p)
    # site index pages
    for site in SITES:
        lst = bysite.get(site, [])
        items = "".join(f'<li><a href="{p["path"]}">{p["title"].split(" - ")[0]}</a></li>' for p in lst)
        PAGES.append(dict(path=f"/{site}/index.html", title=SITES[site]["name"] + " 首页",
                          body=f"<h1>{SITES[site]['name']}</h1><ul>{items}</ul>", is_offer=False, operator=None,
                          provider=None, identifiers=[], note="site index page"))
    files = {}
    for p in PAGES:
        site = site_of(p["path"])
        sibs = [q for q in PAGES if site_of(q["path"]) == site and q["path"] != p["path"]]
        related = [(q["path"], q["title"].split(" - ")[0]) for q in sibs[:4]]
        crumbs = "首页" if p["path"].endswith("index.html") else p["title"].split(" - ")[0][:20]
        files[p["path"]] = frame(site, p["path"], p["title"], p["body"], crumbs, related)
    hub = "".join(f'<li><a href="/{s}/index.html">{SITES[s]["name"]}</a></li>' for s in SITES)
    files["/index.html"] = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>一周搜索存档:淄博 嘉兴 人工智能训练师</title></head>
<body><h1>一周搜索存档:淄博、嘉兴 人工智能训练师 考证</h1><ul>{hub}</ul></body></html>
"""
    PAGES.append(dict(path="/index.html", title="hub", body="", is_offer=False, operator=None, provider=None,
                      identifiers=[], note="hub linking every site's index"))
    for path, html in files.items():
        fp = os.path.join(OUT, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    # truth
    ops = {}
    for p in PAGES:
        for k, v, w in p["identifiers"]:
            assert w in files[p["path"]], (p["path"], w)
        op = p["operator"]
        if op and op.startswith("U"):
            o = ops.setdefault(op, {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    # sanity: seller written forms do not leak onto other sellers' offer pages; operators connected
    offers = [p for p in PAGES if p["is_offer"]]
    for p in offers:
        for k, v, w in p["identifiers"]:
            for q in offers:
                if q["operator"] != p["operator"]:
                    assert w not in files[q["path"]], (w, p["path"], q["path"])
    for op in ops:
        pg = [p for p in offers if p["operator"] == op]
        seen = {pg[0]["path"]}; frontier = [pg[0]]
        while frontier:
            a = frontier.pop()
            va = {(k, v) for k, v, _ in a["identifiers"]}
            for b in pg:
                if b["path"] not in seen and va & {(k, v) for k, v, _ in b["identifiers"]}:
                    seen.add(b["path"]); frontier.append(b)
        assert len(seen) == len(pg), op
    sellerw = [w for p in offers for _, _, w in p["identifiers"]]
    decoys = []
    for kind, value, written, why in DECOYS:
        for w in written:
            assert not any(w in s for s in sellerw), w
        pages = sorted(path for path, html in files.items() if any(w in html for w in written))
        assert pages, value
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))
    truth = dict(pages=[dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                             identifiers=p["identifiers"], note=p["note"]) for p in PAGES],
                 operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"pages={len(files)} offers={len(offers)} decoys={len(decoys)}")

if __name__ == "__main__":
    main()
