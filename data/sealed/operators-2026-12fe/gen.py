#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------- USCC (GB 32100) ----------------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(body8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    s17 = prefix8 + org8 + org_check(org8)
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(s17, W18)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

U01_USCC = uscc("91440300", "MA5G7K2P")   # 深圳 company
U03_USCC = uscc("91110108", "MA01RT6N")   # company with a state-sounding name
U02_USCC = uscc("52410300", "MJ4418X7")   # 民办非企业 school, 洛阳
U08_USCC = uscc("92440300", "MA5HB3Q1")   # 个体工商户
I05_USCC = uscc("12410300", "41673052")   # 事业单位 college
KE_USCC = uscc("91440101", "MA59UC3D")    # marketplace platform

# ---------------- sites ----------------
SITES = {
 "fenlei": dict(name="深圳本地通·分类信息", style="classifieds", color="#f60",
   menu=["首页", "招聘", "二手", "教育培训", "本地服务", "发布信息"],
   footer='客服热线:0755-86001234 | 信息举报 | 粤ICP备18023456号-1 | 深圳本地通 www.szbdt.com.cn',
   side="<h4>热门分类</h4><ul><li>职业技能培训</li><li>学历提升</li><li>电脑培训</li><li>会计证</li></ul><p class='tip'>温馨提示:凡要求先汇款、先交押金的均有风险</p>"),
 "ke": dict(name="学课网·职业课程市场", style="marketplace", color="#2b7",
   menu=["全部课程", "IT互联网", "职业考证", "AI专区", "机构入驻", "我的订单"],
   footer=f'学课网客服 400-600-8890 | kefu@kezhan.net | 运营主体:广州学课网络科技有限公司 统一社会信用代码 {KE_USCC}',
   side="<h4>平台保障</h4><ul><li>7天无理由退款</li><li>机构资质审核</li><li>平台担保交易</li></ul>"),
 "bbs": dict(name="洛阳城市论坛", style="forum", color="#36c",
   menu=["首页", "洛阳生活", "求职招聘", "教育学习", "投诉曝光", "二手市场"],
   footer='洛阳城市论坛 www.lybbs.net | 版主QQ群:325117846 | 豫ICP备16003321号',
   side="<h4>本版规则</h4><p>广告帖请发到教育学习分区,违者删帖。</p><h4>热帖</h4><ul><li>洛阳哪里学电脑好</li><li>涧西区租房</li></ul>"),
 "blog": dict(name="码字人的小站(博客)", style="blog", color="#555",
   menu=["首页", "AI学习", "考证笔记", "生活", "关于我"],
   footer='本博客内容为个人观点 · 联系博主:blogger.notes@outlook.com · Powered by WordPress',
   side="<h4>分类</h4><ul><li>AI学习(12)</li><li>考证笔记(8)</li></ul><h4>标签</h4><p>人工智能训练师 数据标注 技能证书</p>"),
 "wenda": dict(name="知问问答", style="qa", color="#06a",
   menu=["首页", "提问", "教育", "职场", "科技", "排行榜"],
   footer='知问问答 版权所有 · 客服QQ:2355881470 · 违法和不良信息举报',
   side="<h4>相关问题</h4><ul><li>数据标注员有前途吗</li><li>技能证书能抵税吗</li></ul>"),
 "mp": dict(name="公号文章精选(转载)", style="wechat-repost", color="#07c160",
   menu=["首页", "职场", "教育", "科技", "投稿"],
   footer='本站文章转载自微信公众号,版权归原作者 · 商务合作微信:mpzz_kefu · 投稿 tougao@mpzhuanzai.com',
   side="<h4>阅读排行</h4><ol><li>2024年最值得考的技能证书</li><li>AI会取代哪些工作</li></ol>"),
 "news": dict(name="河洛视点新闻网", style="news", color="#c00",
   menu=["首页", "要闻", "民生", "教育", "财经", "曝光台"],
   footer='河洛视点新闻网 新闻热线:0379-63355110 · 豫ICP备15007789号 · 互联网新闻信息服务许可证41120170003',
   side="<h4>热点</h4><ul><li>洛阳地铁3号线进展</li><li>牡丹文化节</li></ul>"),
 "college": dict(name="洛阳信息工程职业学院", style="college", color="#14508c",
   menu=["学院首页", "学院概况", "招生就业", "继续教育", "职业技能等级认定", "信息公开"],
   footer='洛阳信息工程职业学院 地址:洛阳市洛龙区开元大道 · 招生办:0379-62210000 · 豫ICP备10012345号',
   side="<h4>快速通道</h4><ul><li>教务系统</li><li>图书馆</li><li>校园邮箱</li></ul>"),
 "rsj": dict(name="洛阳市人力资源和社会保障局(政务公开)", style="gov-notice", color="#b22",
   menu=["首页", "政务公开", "通知公告", "政策解读", "办事服务", "互动交流"],
   footer='主办:洛阳市人力资源和社会保障局 · 咨询电话:12333 · 地址:洛阳市洛龙区 · 网站标识码4103000012',
   side="<h4>办事指南</h4><ul><li>技能提升补贴申领</li><li>职业技能等级证书查询</li><li>失业登记</li></ul>"),
 "zhixun": dict(name="智训AI学院(深圳智训教育科技有限公司)", style="company", color="#6a1b9a",
   menu=["首页", "课程中心", "师资团队", "学员案例", "联系我们"],
   footer=f'深圳智训教育科技有限公司 · 统一社会信用代码:{U01_USCC} · 电话:0755-2316 8472 · www.zhixun-ai.cn',
   side="<h4>课程中心</h4><ul><li>人工智能训练师(四级)</li><li>人工智能训练师(三级)</li></ul>"),
}
ORDER = ["fenlei", "ke", "bbs", "blog", "wenda", "mp", "news", "college", "rsj", "zhixun"]

PAGES = []  # dicts: path, site, title, body, is_offer, operator, provider, ids, note, comments

def page(site, fname, title, body, op=None, provider=None, ids=(), note="", offer=None, comments=""):
    PAGES.append(dict(path=f"/{site}/{fname}", site=site, title=title, body=body,
                      is_offer=(op is not None) if offer is None else offer, operator=op,
                      provider=provider, ids=[list(x) for x in ids], note=note, comments=comments))

def cm(*items):
    return "<div class='comments'><h4>评论</h4>" + "".join(f"<div class='c'><b>{a}</b>:{t}</div>" for a, t in items) + "</div>"

# ================= U01 深圳智训 (honest-ish) =================
page("zhixun", "course-l4.html", "人工智能训练师(四级/中级工)周末班招生",
 f"""<p>课程对象:已从事数据标注、客服质检、内容审核等相关工作的在职人员。按《人工智能训练师国家职业技能标准(2021年版)》四级要求授课,参考课时50学时。</p>
<p>认定由已备案的第三方评价机构组织,考试分理论知识和操作技能两部分。证书为职业技能等级证书,可在 zscx.osta.org.cn 查询。</p>
<p>符合条件的参保人员可申请失业保险技能提升补贴(四级最高1500元),具体以当地人社部门为准,政策咨询可拨打12333。</p>
<p>学费:3280元(含教材、上机实训),报名请联系招生老师 陈老师 139-2658-1473,微信同号 zx-ai2024。</p>""",
 "U01", "智训AI学院", [["phone", "+8613926581473", "139-2658-1473"], ["wechat", "zx-ai2024", "zx-ai2024"],
 ["uscc", U01_USCC, U01_USCC], ["domain", "zhixun-ai.cn", "www.zhixun-ai.cn"], ["phone", "075523168472", "0755-2316 8472"]],
 "U01 own company site, level-4 course, honest wording")
page("zhixun", "course-l3.html", "人工智能训练师(三级/高级工)提升班",
 """<p>报名条件:取得本职业四级证书后从事相关工作满5年等(详见标准)。不满足条件的学员请先报四级。</p>
<p>课程内容:业务分析、智能训练、智能系统设计、培训与指导,理论30%、实操70%。</p>
<p>学费4680元,分两期缴纳。咨询电话 13926581473;资料索取请发邮件至 zhixun_ai@126.com。</p>""",
 "U01", "深圳智训教育科技有限公司", [["phone", "+8613926581473", "13926581473"], ["email", "zhixun_ai@126.com", "zhixun_ai@126.com"],
 ["phone", "075523168472", "0755-2316 8472"], ["domain", "zhixun-ai.cn", "www.zhixun-ai.cn"], ["uscc", U01_USCC, U01_USCC]],
 "U01 own site, level-3 course with correct ladder")
page("fenlei", "jiaoyu-88231.html", "【南山】人工智能训练师培训 数据标注 周末班 可申请补贴",
 """<table class='info'><tr><td>类别</td><td>教育培训 > 职业技能</td></tr><tr><td>区域</td><td>南山区 科技园</td></tr><tr><td>联系人</td><td>陈老师</td></tr><tr><td>电话</td><td>139 2658 1473</td></tr></table>
<p>鹏城智训(南山校区)开设人工智能训练师五级、四级课程,小班教学,上机实操。在职人员符合条件可申领技能提升补贴。加V:ZX-AI2024 领取课表。</p>""",
 "U01", "鹏城智训(南山校区)", [["phone", "+8613926581473", "139 2658 1473"], ["wechat", "zx-ai2024", "ZX-AI2024"]],
 "classified ad by U01 under a local brand")
page("ke", "course-40917.html", "人工智能训练师四级 系统班(直播+录播)",
 f"""<div class='price'>¥2980 <s>¥3580</s></div><p>授课机构:智训AI学院 · 已售 312 · 好评率 97%</p>
<p>课程大纲:数据采集和处理、数据标注、智能系统运维,共48课时。结课后推荐参加备案评价机构组织的等级认定。</p>
<p>机构官网 zhixun-ai点cn,课后答疑加老师微信 zx-ai2024(备注学课网)。</p>""",
 "U01", "智训AI学院", [["wechat", "zx-ai2024", "zx-ai2024"], ["domain", "zhixun-ai.cn", "zhixun-ai点cn"]],
 "marketplace listing by U01")

# ================= U02 洛阳启航 (honest, 洛阳) =================
page("fenlei", "jiaoyu-90417.html", "洛阳 人工智能训练师(数据标注员)五级培训 启航职业培训",
 """<table class='info'><tr><td>区域</td><td>洛阳 西工区</td></tr><tr><td>联系电话</td><td>0379-65128866</td></tr><tr><td>手机</td><td>158-3812-7490</td></tr></table>
<p>启航职业培训开设人工智能训练师(数据标注员工种)五级班,要求从事相关工作满1年或完成学徒培训,入学审核材料。每月一期,白天班/晚班可选。</p>""",
 "U02", "启航职业培训", [["phone", "037965128866", "0379-65128866"], ["phone", "+8615838127490", "158-3812-7490"]],
 "U02 classified, 洛阳")
page("bbs", "thread-551203.html", "[教育学习] 河洛AI训练营 人工智能训练师五级/四级 开班通知",
 """<div class='post'><div class='author'>楼主:河洛AI训练营_小周</div><p>各位洛阳的朋友好,我们河洛AI训练营本月开人工智能训练师五级和四级班,地点在王城大道附近。</p>
<p>认定考点在洛龙区某考点,考点前台电话 0379-6491 2200 可以问考试安排。</p>
<p>有意向的私信或者打 15838127490,QQ 1492736058。</p></div>""",
 "U02", "河洛AI训练营", [["phone", "+8615838127490", "15838127490"], ["qq", "1492736058", "1492736058"]],
 "U02 forum post, brand 河洛AI训练营",
 comments=cm(("洛阳打工人", "四级要什么条件?"), ("河洛AI训练营_小周", "五级证书满4年或相关工作6年,具体私聊")))
page("blog", "2024-06-ly-qihang.html", "洛阳考人工智能训练师,我最后选了这家(附报名方式)",
 f"""<p>去年底在厂里做质检数据标注满一年,想考个五级。对比了几家,最后报了洛阳启航职业培训学校,民非学校,统一社会信用代码 {U02_USCC} 可以在信用中国查到。</p>
<p>他们家电话 (0379)6512 8866,周末班两个月。认定是在考点考的,考点前台 0379-64912200 可以打过去核实。</p>
<p>证书出来可以在 zscx.osta.org.cn 查。以下是他们的招生信息,想报的直接联系他们。</p>""",
 "U02", "洛阳启航职业培训学校", [["phone", "037965128866", "(0379)6512 8866"], ["uscc", U02_USCC, U02_USCC]],
 "blog post promoting U02 (advertorial with contacts)",
 comments=cm(("路人甲", "求课表,我的微信 lyh_9527"), ("博主", "直接打他们电话吧")))
page("wenda", "q-30281.html", "洛阳哪里可以考人工智能训练师?",
 """<div class='q'>提问:洛阳哪里可以考人工智能训练师?五级要什么条件?</div>
<div class='a'><b>启航教育 招生顾问</b>(认证回答):五级需要相关工作满1年或者完成学徒培训。我们启航教育在西工区有班,手机/微信 158 3812 7490,Q 149 2736 058,可以先来试听。</div>""",
 "U02", "启航教育", [["phone", "+8615838127490", "158 3812 7490"], ["qq", "1492736058", "149 2736 058"]],
 "Q&A answer by U02 sales")

# ================= U03 dishonest 包过 =================
page("mp", "a-7730115.html", "重磅!人社部颁发人工智能训练师证书,零基础直接考二级",
 f"""<p class='src'>原文来自公众号「AI证书资讯」</p>
<p>国家人工智能训练师考评中心现开放报名!人社部颁发,国家职业资格证书,全国通用,入库可查。</p>
<p>零基础、不限学历、不限经验,可直接报考二级(技师)!五级+四级+三级 三证同考,打包价仅需6800元,一次性拿证,不过全额退款,包过!</p>
<p>证书查询官网:www.zgrgzn-cx.com(国家人工智能人才查询平台)。样证编号 S000041000012245000321。</p>
<p>报名咨询微信:aixunlian888 · 主体:北京中科智培教育科技有限公司({U03_USCC})</p>""",
 "U03", "国家人工智能训练师考评中心", [["wechat", "aixunlian888", "aixunlian888"], ["uscc", U03_USCC, U03_USCC],
 ["domain", "zgrgzn-cx.com", "www.zgrgzn-cx.com"]],
 "U03 scam repost: 人社部颁发, 包过, 三证同考, fake query domain")
page("fenlei", "jiaoyu-91533.html", "人工智能训练师证书 快速下证 包过 不用去考场",
 """<table class='info'><tr><td>区域</td><td>福田区</td></tr><tr><td>电话</td><td>177-8845-2013</td></tr></table>
<p>AI证书办理,人工智能训练师二级/三级,免培训,线上考试,官方认证,45天下证,挂靠年薪2万。V信:AIXUNLIAN888</p>""",
 "U03", "AI证书办理", [["phone", "+8617788452013", "177-8845-2013"], ["wechat", "aixunlian888", "AIXUNLIAN888"]],
 "U03 classified, 免培训 包过 挂靠")
page("wenda", "q-30412.html", "人工智能训练师证书真的有用吗?在哪报名?",
 """<div class='q'>提问:听说人工智能训练师证可以落户加分,哪里报名比较靠谱?</div>
<div class='a'><b>中科智培-刘老师</b>:我们是中科智培,人社部认证的新职业,证书国家承认,可在 zgrgzn-cx.com 查询,报名电话 17788452013。三个月拿证,名额有限。样证编号:S000041000012245000321</div>
<div class='a'><b>热心网友</b>:提醒一下,职业技能等级证书要在 zscx.osta.org.cn 查,别的查询网站要小心。</div>""",
 "U03", "中科智培", [["phone", "+8617788452013", "17788452013"], ["domain", "zgrgzn-cx.com", "zgrgzn-cx.com"]],
 "U03 answer on Q&A; another user warns")
page("ke", "course-52290.html", "【人社证书】人工智能训练师 一级/二级 快速通道",
 f"""<div class='price'>¥3980 <s>¥9999</s> 限时</div><p>授课机构:中科智培教育 · 已售 1.2万</p>
<p>国家级证书,零基础可报一级高级技师,包通过,拿证即可升职加薪,对应职称。</p>
<p>机构资质:北京中科智培教育科技有限公司 统一社会信用代码 {U03_USCC};助教微信 aixunlian888</p>""",
 "U03", "中科智培教育", [["uscc", U03_USCC, U03_USCC], ["wechat", "aixunlian888", "aixunlian888"]],
 "U03 marketplace listing selling levels 1/2 to beginners")

# ================= U04 中培智联 400 number =================
page("ke", "course-61008.html", "人工智能训练师(三级)考证精品班",
 """<div class='price'>¥4380</div><p>授课机构:中培智联 · 已售 865</p>
<p>含理论+实操题库,配套模拟考试。报名条件以国家标准为准,学员需提交工作年限证明。</p>
<p>全国服务热线 400-826-3390 · 官网 zpzl.com.cn</p>""",
 "U04", "中培智联", [["phone", "4008263390", "400-826-3390"], ["domain", "zpzl.com.cn", "zpzl.com.cn"]],
 "U04 marketplace listing")
page("mp", "a-7730448.html", "人工智能训练师火了!月薪过万的新职业怎么入行?",
 """<p class='src'>原文来自公众号「职业教育观察」</p>
<p>作为人社部等部门2020年发布的新职业,人工智能训练师(4-04-05-05)包括数据标注员和人工智能算法测试员两个工种……</p>
<p>中培智联职业教育推出五级至三级系统课程,证书可登录 osta.mohrss.gov.cn 技能人才评价工作网查询。</p>
<p>课程咨询:4008263390;商务合作:service@zpzl.com.cn</p>""",
 "U04", "中培智联职业教育", [["phone", "4008263390", "4008263390"], ["email", "service@zpzl.com.cn", "service@zpzl.com.cn"]],
 "U04 soft-ad article repost")
page("news", "2024-06/edu-10233.html", "AI浪潮下,新职业人才培养如何提速?",
 """<p class='meta'>来源:河洛视点 2024-06-12 | 推广</p>
<p>记者走访发现,人工智能训练师培训需求旺盛。中培智联相关负责人介绍,该机构与多家备案评价机构合作,学员可通过 osta.mohrss.gov.cn 查询证书。</p>
<p>据介绍,暑期班正在报名,咨询电话 400 826 3390,详情见 www.zpzl.com.cn。</p>""",
 "U04", "中培智联", [["phone", "4008263390", "400 826 3390"], ["domain", "zpzl.com.cn", "www.zpzl.com.cn"]],
 "U04 paid advertorial on a news site (推广)")

# ================= U05 QQ based =================
page("bbs", "thread-552017.html", "人工智能训练师资料+网课,东方慧学带你过",
 """<div class='post'><div class='author'>楼主:慧学AI_阿东</div><p>五级四级网课,题库实时更新,包含历年操作技能真题。入群领试听:群号 718204563,扣扣:2853317640。</p></div>""",
 "U05", "东方慧学", [["qq", "2853317640", "2853317640"], ["qq_group", "718204563", "718204563"]],
 "U05 forum post", comments=cm(("lyh", "加你了 我微信lyh_9527"), ("版主", "请勿发布广告,已移至教育学习区")))
page("blog", "2024-05-ai-course.html", "我在慧学AI上课的三个月(内含优惠码)",
 """<p>去年报了慧学AI的人工智能训练师四级网课,老师讲数据清洗和标注规范讲得挺细。用我的优惠码 HX2024 报名立减200。</p>
<p>报名找班主任 QQ:2853 317 640,或者发邮件 dongfang_ai@163.com 索取课表。</p>""",
 "U05", "慧学AI", [["qq", "2853317640", "2853 317 640"], ["email", "dongfang_ai@163.com", "dongfang_ai@163.com"]],
 "U05 affiliate blog post", comments=cm(("小王", "求课表 lyh_9527 谢谢")))
page("wenda", "q-30557.html", "人工智能训练师网课哪家好?",
 """<div class='q'>提问:想在网上学人工智能训练师,求推荐</div>
<div class='a'><b>东方慧学教务</b>:可以了解下我们东方慧学,五级四级都有,资料邮箱 dongfang_ai#163.com,学员交流群 718-204-563。</div>""",
 "U05", "东方慧学", [["email", "dongfang_ai@163.com", "dongfang_ai#163.com"], ["qq_group", "718204563", "718-204-563"]],
 "U05 Q&A answer, obfuscated email")

# ================= U06 AIGC / 生成式 mix-up =================
page("ke", "course-70332.html", "AIGC生成式人工智能应用+人工智能训练师 双证班",
 """<div class='price'>¥2980</div><p>授课机构:灵犀数智学苑 · 50节在线课</p>
<p>双证:生成式人工智能系统应用员 + 人工智能训练师,零基础可学,拿到证书便可升职加薪。</p>
<p>报名格式:姓名+手机号(例:13800138000)发送至微信 lingxi-aigc 或邮箱 lingxishuzhi@163.com</p>""",
 "U06", "灵犀数智学苑", [["wechat", "lingxi-aigc", "lingxi-aigc"], ["email", "lingxishuzhi@163.com", "lingxishuzhi@163.com"]],
 "U06 marketplace double-certificate bundle")
page("mp", "a-7731002.html", "人社部颁发AIGC证书来了!4小时课程即可拿证",
 """<p class='src'>原文来自公众号「灵犀AIGC」</p>
<p>生成式人工智能证书,课程总计4课时,线上考试90分钟,60分及格,每月一期。仅需598元!</p>
<p>报名表单:https://jinshuju.net/f/Lx8QwZ ,咨询电话 186 2073 5516,邮箱 lingxishuzhi@163.com</p>""",
 "U06", "灵犀AIGC", [["phone", "+8618620735516", "186 2073 5516"], ["email", "lingxishuzhi@163.com", "lingxishuzhi@163.com"]],
 "U06 repost, 人社部颁发 misattribution, 4 hours")
page("fenlei", "jiaoyu-92108.html", "AI证书 人工智能训练师 生成式AI应用员 罗湖 可线上",
 """<table class='info'><tr><td>区域</td><td>罗湖区</td></tr><tr><td>联系电话</td><td>18620735516</td></tr></table>
<p>灵犀数智,AI双证,零基础,线上学习线上考,微信:LINGXI-AIGC</p>""",
 "U06", "灵犀数智", [["phone", "+8618620735516", "18620735516"], ["wechat", "lingxi-aigc", "LINGXI-AIGC"]],
 "U06 classified")

# ================= U07 chain phone -> wechat -> domain =================
page("fenlei", "jiaoyu-92671.html", "未来星职训 人工智能训练师 宝安 晚班",
 """<table class='info'><tr><td>区域</td><td>宝安区 西乡</td></tr><tr><td>电话</td><td>137-6028-4915</td></tr></table>
<p>人工智能训练师五级晚班,适合电商客服、内容审核转行。补贴后几乎免费(需在深参保满一年)。</p>""",
 "U07", "未来星职训", [["phone", "+8613760284915", "137-6028-4915"]], "U07 classified (phone)")
page("mp", "a-7731290.html", "未来星AI研习社:深圳人工智能训练师晚班开课",
 """<p class='src'>原文来自公众号「未来星AI研习社」</p>
<p>本期课程:人工智能训练师五级,面向在职人员,课程60学时。</p>
<p>报名电话 13760284915(同微信),或添加助教微信 wlx_ai66。</p>""",
 "U07", "未来星AI研习社", [["phone", "+8613760284915", "13760284915"], ["wechat", "wlx_ai66", "wlx_ai66"]],
 "U07 repost (phone + wechat)")
page("blog", "2024-04-xingtu.html", "星途教育人工智能训练师课程体验",
 """<p>朋友推荐的星途教育,线下课在宝安。报名格式:姓名+电话(例13800138000)发给助教微信 WLX_AI66。</p>
<p>报名表在这里:https://jinshuju.net/f/Xt77pQ ,课程介绍见官网 xingtu-edu.cn。</p>""",
 "U07", "星途教育", [["wechat", "wlx_ai66", "WLX_AI66"], ["domain", "xingtu-edu.cn", "xingtu-edu.cn"]],
 "U07 blog post (wechat + domain)")
page("ke", "course-71120.html", "星途AI训练师研习班(五级)",
 """<div class='price'>¥1980</div><p>授课机构:星途AI训练师研习班</p>
<p>课程60学时,结业推荐参加等级认定。更多班次见 www.xingtu-edu.cn。</p>""",
 "U07", "星途AI训练师研习班", [["domain", "xingtu-edu.cn", "www.xingtu-edu.cn"]], "U07 marketplace (domain only)")

# ================= U08 payee name + 个体户 =================
page("fenlei", "jiaoyu-93015.html", "博睿教育 人工智能训练师考证 龙华 报名立减",
 """<table class='info'><tr><td>区域</td><td>龙华区</td></tr><tr><td>电话</td><td>135 3017 9268</td></tr></table>
<p>对公转账户名:深圳市龙华区博睿信息咨询服务部。人工智能训练师三级,90天拿证,通过率98%。</p>""",
 "U08", "博睿教育", [["phone", "+8613530179268", "135 3017 9268"], ["other", "深圳市龙华区博睿信息咨询服务部", "深圳市龙华区博睿信息咨询服务部"]],
 "U08 classified, 98% pass rate")
page("ke", "course-72018.html", "人工智能训练师三级 冲刺班 博睿职业技能",
 f"""<div class='price'>¥5800</div><p>授课机构:博睿职业技能</p><p>机构主体:深圳市龙华区博睿信息咨询服务部(统一社会信用代码 {U08_USCC})</p>
<p>支持支付宝分期,如遇支付问题可联系支付宝客服95188。</p>""",
 "U08", "博睿职业技能", [["other", "深圳市龙华区博睿信息咨询服务部", "深圳市龙华区博睿信息咨询服务部"], ["uscc", U08_USCC, U08_USCC]],
 "U08 marketplace listing")
page("mp", "a-7731655.html", "博睿AI:三级人工智能训练师学员喜报",
 f"""<p class='src'>原文来自公众号「博睿AI」</p>
<p>喜报!我校学员全部通过三级认定!(学员付款截图:订单号13520240618)</p>
<p>下一期报名:13530179268 · 主体 {U08_USCC}</p>""",
 "U08", "博睿AI", [["phone", "+8613530179268", "13530179268"], ["uscc", U08_USCC, U08_USCC]],
 "U08 喜报 testimonial repost")

# ================= U09 obfuscated, 洛阳 =================
page("bbs", "thread-553390.html", "洛阳智学AI 人工智能训练师 涧西 有班",
 """<div class='post'><div class='author'>楼主:zhixue_ly</div><p>洛阳智学,人工智能训练师五级,涧西区上课,考点前台0379-6491 2200可查考位。</p>
<p>电话:150-9336-4827</p></div>""",
 "U09", "智学AI", [["phone", "+8615093364827", "150-9336-4827"]], "U09 forum post")
page("wenda", "q-30790.html", "零基础能考人工智能训练师吗?",
 """<div class='q'>提问:我高中毕业,零基础能考吗?</div>
<div class='a'><b>洛阳智学老师</b>:五级需要相关工作一年,我们可以帮你对接实习单位。电话 壹伍零 玖叁叁陆 肆捌贰柒,薇 ly-aixl</div>""",
 "U09", "洛阳智学", [["phone", "+8615093364827", "壹伍零 玖叁叁陆 肆捌贰柒"], ["wechat", "ly-aixl", "ly-aixl"]],
 "U09 Q&A answer with phone in Chinese numerals")
page("mp", "a-7731988.html", "洛阳智学教育:人工智能训练师课程简章",
 """<p class='src'>原文来自公众号「洛阳智学教育」</p>
<p>课程:人工智能训练师五级/四级。上课地点:涧西区。咨询请加微信 Ly-AIxl。</p>""",
 "U09", "洛阳智学教育", [["wechat", "ly-aixl", "Ly-AIxl"]], "U09 repost (wechat only)")

# ================= Independents =================
page("fenlei", "jiaoyu-93402.html", "宝安数据标注培训 人工智能训练师五级 含实习推荐",
 """<table class='info'><tr><td>区域</td><td>宝安区 福永</td></tr><tr><td>电话</td><td>136 9184 2207</td></tr></table>
<p>宝安数据标注培训,五级课程,需相关工作满一年,可推荐标注公司实习。</p>""",
 "I01", "宝安数据标注培训", [["phone", "+8613691842207", "136 9184 2207"]], "independent classified")
page("fenlei", "jiaoyu-93877.html", "深圳速证通 各类技能证书 人工智能训练师 当天出证",
 """<table class='info'><tr><td>区域</td><td>福田区</td></tr><tr><td>微信</td><td>suzhengtong01</td></tr></table>
<p>人工智能训练师一级二级三级均可办,不用考试,不用培训,可查可验。样证编号S000041000012245000321。成功案例:订单号13520240618 已出证。</p>""",
 "I02", "深圳速证通", [["wechat", "suzhengtong01", "suzhengtong01"]], "independent scam classified (no training, certificate sale)")
page("ke", "course-73555.html", "数标学堂:数据标注员入门到五级认定",
 """<div class='price'>¥1280</div><p>授课机构:数标学堂</p><p>报名格式:姓名+手机(如13800138000)。报名表 https://jinshuju.net/f/Sb31Ka ;资料邮箱 shubiao@foxmail.com</p>""",
 "I03", "数标学堂", [["email", "shubiao@foxmail.com", "shubiao@foxmail.com"]], "independent marketplace listing")
page("bbs", "thread-554108.html", "转让:人工智能训练师四级网课名额+纸质资料",
 """<div class='post'><div class='author'>楼主:涧西小李</div><p>报了课没时间上,名额转让,可以帮你联系机构改名,另有纸质资料,便宜出。电话 132 5379 0642</p></div>""",
 "I04", "涧西小李(个人)", [["phone", "+8613253790642", "132 5379 0642"]], "independent individual reselling a course seat")
page("college", "jxjy/ai-trainer-2024.html", "关于开展2024年人工智能训练师职业技能等级认定(社会人员)报名的通知",
 f"""<p>我院为人社部门备案的职业技能等级认定机构,现面向社会人员开展人工智能训练师五级、四级认定及培训。</p>
<p>申报条件按国家职业技能标准执行,不符合条件者不予受理。认定考点:本院实训楼,考点前台 0379-64912200。</p>
<p>证书可在 zscx.osta.org.cn 查询;补贴政策咨询12333。</p>
<p>继续教育学院联系电话:0379-62219058;单位统一社会信用代码:{I05_USCC}</p>""",
 "I05", "洛阳信息工程职业学院继续教育学院", [["phone", "037962219058", "0379-62219058"], ["uscc", I05_USCC, I05_USCC]],
 "independent honest college enrolment notice")
page("fenlei", "jiaoyu-94021.html", "福田 AI训练师速成 7天拿证",
 """<table class='info'><tr><td>区域</td><td>福田区 车公庙</td></tr><tr><td>QQ</td><td>3305718822</td></tr></table>
<p>福田AI训练师速成班,7天速成,支持支付宝付款,有问题找支付宝客服95188。</p>""",
 "I06", "福田AI训练师速成", [["qq", "3305718822", "3305718822"]], "independent 速成 classified")

# ================= Non-offers =================
page("bbs", "thread-549876.html", "[投诉曝光] 交了6800考人工智能训练师证,现在人联系不上了",
 """<div class='post'><div class='author'>楼主:被坑的老张</div><p>去年在网上看到包过的广告,交了6800,说人社部颁发,结果证书查不到。骗子电话 176 2231 5508,大家千万别信!已经打了12315投诉。</p></div>""",
 note="complaint thread quoting a scam number", comments=cm(("网友A", "我也接到过17622315508的电话"), ("网友B", "证书一定要在官方网站查")))
page("blog", "2024-03-guide.html", "人工智能训练师报考指南(2024整理)",
 """<p>职业编码4-04-05-05,两个工种:数据标注员、人工智能算法测试员。五个等级,五级需相关工作满1年。</p>
<p>证书是职业技能等级证书,由备案的评价机构颁发,不是人社部颁发。查询:zscx.osta.org.cn 或 osta.mohrss.gov.cn。证书编号为1位字母+21位数字,形如 S000041000012245000321(示例)。</p>
<p>补贴政策打12333问当地人社。报名格式一般是姓名+电话(例13800138000)。</p>""",
 note="neutral guide, no seller")
page("news", "2024-05/society-09871.html", "警惕!“包过”的AI证书可能是山寨证书",
 """<p class='meta'>来源:河洛视点 2024-05-20</p><p>近日,市民张先生反映交费6800元报考“人工智能训练师”,对方承诺包过,事后失联。涉事号码 176 2231 5508 已被多人举报。</p>
<p>人社部门提醒,职业技能等级证书可在 osta.mohrss.gov.cn 查询,遇到虚假宣传可拨打12315投诉。</p>""",
 note="news warning quoting a scam number")
page("news", "2024-04/edu-08112.html", "我市发放失业保险技能提升补贴",
 """<p class='meta'>来源:河洛视点 2024-04-02</p><p>取得职业技能等级证书的参保职工,五级、四级、三级分别最高补贴1000、1500、2000元。详询12333。</p>""",
 note="subsidy news")
page("rsj", "tzgg/2024-0611.html", "关于2024年第二批职业技能等级认定工作安排的公告",
 """<p>各评价机构、考生:现将第二批认定安排公告如下。洛龙区考点前台:0379-6491 2200。证书查询:zscx.osta.org.cn。政策咨询:12333。</p>""",
 note="official notice with exam venue desk")
page("rsj", "tzgg/2024-0520.html", "关于警惕“山寨证书”虚假宣传的提示",
 """<p>近期有不法分子冒用人社部门名义,以“人社部颁发”“包过”等宣传销售人工智能训练师等证书。已接群众举报涉嫌诈骗号码176 2231 5508。</p>
<p>请通过 osta.mohrss.gov.cn 查询,发现违法广告请拨打12315。</p>""",
 note="official warning notice")
page("wenda", "q-29901.html", "C1驾照科目一多久能约考?",
 """<div class='q'>提问:C1驾照科目一多久能约考?</div><div class='a'><b>网友</b>:交管12123上约,一般一周内。</div>""",
 note="unrelated question")

# ---------------- decoys ----------------
DECOYS = [
 ("phone", "12333", ["12333"], "public 人社 hotline"),
 ("phone", "12315", ["12315"], "public market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate verification site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "075586001234", ["0755-86001234"], "classifieds platform customer-service number in footer"),
 ("other", "粤ICP备18023456号-1", ["粤ICP备18023456号-1"], "classifieds platform ICP number in footer"),
 ("domain", "szbdt.com.cn", ["www.szbdt.com.cn"], "classifieds platform domain in footer"),
 ("phone", "4006008890", ["400-600-8890"], "marketplace customer-service 400 number in footer"),
 ("email", "kefu@kezhan.net", ["kefu@kezhan.net"], "marketplace customer-service e-mail in footer"),
 ("uscc", KE_USCC, [KE_USCC], "marketplace operator's own USCC in footer"),
 ("qq_group", "325117846", ["325117846"], "forum moderators' QQ group in footer"),
 ("domain", "lybbs.net", ["www.lybbs.net"], "forum domain in footer"),
 ("other", "豫ICP备16003321号", ["豫ICP备16003321号"], "forum ICP number"),
 ("qq", "2355881470", ["2355881470"], "Q&A platform customer-service QQ in footer"),
 ("wechat", "mpzz_kefu", ["mpzz_kefu"], "repost site's business WeChat in footer"),
 ("email", "tougao@mpzhuanzai.com", ["tougao@mpzhuanzai.com"], "repost site's submission e-mail in footer"),
 ("phone", "+8617622315508", ["176 2231 5508", "17622315508"], "scam number quoted in complaint, news and official warning"),
 ("phone", "+8613520240618", ["13520240618"], "an order number in a reused payment screenshot, looks like a mobile"),
 ("other", "S000041000012245000321", ["S000041000012245000321"], "sample certificate number copied between pages"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder phone in enrolment formats"),
 ("wechat", "lyh_9527", ["lyh_9527"], "a reader's own WeChat in comments"),
 ("phone", "037964912200", ["0379-64912200", "0379-6491 2200"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
 ("phone", "95188", ["95188"], "Alipay customer-service number (payment platform)"),
 ("phone", "037963355110", ["0379-63355110"], "news site hotline in footer"),
 ("phone", "037962210000", ["0379-62210000"], "college admissions office in footer"),
]

# ---------------- rendering ----------------
CSS = "body{font-family:sans-serif;margin:0}header{padding:8px 16px;color:#fff}nav a{margin-right:12px;color:#fff}.wrap{display:flex}main{flex:3;padding:16px}aside{flex:1;padding:16px;background:#f5f5f5}footer{padding:10px 16px;background:#333;color:#ccc;font-size:12px}.crumb{font-size:12px;color:#888}"

def site_pages(s):
    return [p for p in PAGES if p["site"] == s]

def rel(frm, to):
    return os.path.relpath(to, os.path.dirname(frm)) if False else to  # absolute links

def frame(s, title, crumbs, main, related):
    S = SITES[s]
    nav = "".join(f"<a href='/{s}/index.html'>{html.escape(m)}</a>" for m in S["menu"])
    cr = " &gt; ".join(crumbs)
    rl = "".join(f"<li><a href='{p['path']}'>{html.escape(p['title'])}</a></li>" for p in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)} - {html.escape(S['name'])}</title>
<style>{CSS} header{{background:{S['color']}}}</style></head>
<body class="{S['style']}"><header><div class="logo">{html.escape(S['name'])}</div><nav>{nav}</nav></header>
<div class="crumb">{cr}</div>
<div class="wrap"><main><h1>{html.escape(title)}</h1>
{main}
<div class="related"><h4>相关推荐</h4><ul>{rl}</ul></div></main>
<aside>{S['side']}</aside></div>
<footer>{S['footer']} · <a href='/index.html'>网站导航</a></footer></body></html>
"""

def build():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    out = {}
    for s in ORDER:
        ps = site_pages(s)
        for i, p in enumerate(ps):
            related = [q for q in ps if q is not p][:4]
            if p not in related and i + 1 < len(ps):
                pass
            crumbs = [f"<a href='/{s}/index.html'>{SITES[s]['name']}</a>", html.escape(p["title"][:16])]
            main = f"<div class='content'>{p['body']}</div>{p['comments']}"
            out[p["path"]] = frame(s, p["title"], crumbs, main, related)
        lst = "".join(f"<li><a href='{p['path']}'>{html.escape(p['title'])}</a></li>" for p in ps)
        out[f"/{s}/index.html"] = frame(s, SITES[s]["name"], [f"<a href='/{s}/index.html'>首页</a>"],
                                         f"<ul class='list'>{lst}</ul>", [])
    hub = "".join(f"<li><a href='/{s}/index.html'>{SITES[s]['name']}</a>({SITES[s]['style']})</li>" for s in ORDER)
    out["/index.html"] = f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>导航</title></head><body><h1>网站导航</h1><ul>{hub}</ul></body></html>\n"
    for path, text in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    return out

def main():
    out = build()
    byp = {p["path"]: p for p in PAGES}
    pages = []
    for path in sorted(out):
        p = byp.get(path)
        if p:
            pages.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                              identifiers=p["ids"], note=p["note"]))
        else:
            pages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                              note="hub page" if path == "/index.html" else "site index page"))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for k, v, written, why in DECOYS:
        pg = sorted(path for path, t in out.items() if any(w in t for w in written))
        decoys.append(dict(kind=k, value=v, written=written, pages=pg, why=why))
    # sanity: a seller's written identifier must not appear on another seller's page
    for p in PAGES:
        for k, v, w in p["ids"]:
            for q in PAGES:
                if q["operator"] and q["operator"] != p["operator"] and w in out[q["path"]]:
                    raise SystemExit(f"leak {w} from {p['path']} to {q['path']}")
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
