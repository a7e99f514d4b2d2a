#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(body8))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)

def uscc(prefix2, area6, body8):
    s17 = prefix2 + area6 + body8 + org_check(body8)
    r = 31 - sum(ALPHA.index(c) * W18[i] for i, c in enumerate(s17)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

USCC = {
    "U01": uscc("91", "510104", "67452318"),   # 成都蓉智职业技能培训学校有限公司
    "U02": uscc("52", "320302", "39871625"),   # 徐州市鼓楼区汇英职业培训学校 (民办非企业)
    "U03": uscc("91", "510107", "55120934"),   # 成都优途信息咨询有限公司
    "U05": uscc("91", "510106", "73318862"),   # 成都星火数智教育科技有限公司
    "U07": uscc("91", "110108", "86620417"),   # 国职人才评价中心(北京)有限公司
    "U09": uscc("91", "320311", "42097731"),   # 徐州淮海智能教育咨询有限公司
}

# ---------------------------------------------------------------- sites
SITES = {
 "rongzhi": dict(name="蓉智职业技能培训学校", style="training-company", color="#1b5fa8",
   menu=["首页", "培训项目", "鉴定考试", "补贴政策", "联系我们"],
   footer="成都蓉智职业技能培训学校有限公司 &nbsp;|&nbsp; 地址：成都市锦江区东大街下东大街段 99 号 6 楼 &nbsp;|&nbsp; www.rongzhiedu.cn &nbsp;|&nbsp; 蜀ICP备2023018846号-1",
   sidebar="<h4>热门项目</h4><ul><li>人工智能训练师（五级/四级/三级）</li><li>数据标注员专项</li><li>企业内训定制</li></ul>"),
 "xzhy": dict(name="徐州汇英教育", style="training-company", color="#8a1c1c",
   menu=["学校首页", "招生简章", "师资力量", "学员风采", "在线报名"],
   footer="徐州市鼓楼区汇英职业培训学校 版权所有 &nbsp; 校址：徐州市鼓楼区中山北路 218 号汇英大厦 3 楼 &nbsp; 招生电话：0516-83761234 &nbsp; 苏ICP备2022041177号",
   sidebar="<h4>办学许可</h4><p>民办学校办学许可证：教民 132030270000xx 号（年检合格）</p><h4>报名须知</h4><p>携带身份证原件、学历证明、社保缴费记录</p>"),
 "kcw": dict(name="学途课堂", style="course-marketplace", color="#ff6a00",
   menu=["全部课程", "职业技能", "IT互联网", "考证培训", "机构入驻"],
   footer="学途课堂 xuetuketang.com &nbsp; 客服热线：400-6060-818（9:00-21:00） &nbsp; 客服邮箱：kefu@xuetuketang.com &nbsp; 京ICP备2021034567号 &nbsp; 平台仅提供信息展示服务，课程由入驻机构提供",
   sidebar="<h4>平台保障</h4><ul><li>7天无理由退款（未学习）</li><li>机构资质已审核</li></ul><h4>热门搜索</h4><p>人工智能训练师 / 数据标注 / Python / 健康管理师</p>"),
 "bbs": dict(name="城事论坛", style="forum", color="#2e7d32",
   menu=["首页", "成都版", "徐州版", "职场进修", "投诉维权", "二手闲置"],
   footer="城事论坛 chengshibbs.cn &nbsp; 站务QQ群：713245896 &nbsp; 举报电话：028-61985300 &nbsp; 蜀ICP备19023456号 &nbsp; 网友言论仅代表其个人观点",
   sidebar="<h4>版规</h4><p>禁止发布广告，违者删帖封号。培训机构请联系站务开通认证商家。</p><h4>今日热帖</h4><ul><li>徐州二手房还能买吗</li><li>成都周末带娃去哪</li></ul>"),
 "fenlei": dict(name="易分类网", style="classifieds", color="#f0a500",
   menu=["成都", "徐州", "招聘", "教育培训", "二手", "免费发布信息"],
   footer="易分类网 www.yifenlei.cn &nbsp; 客服：400-825-1818 &nbsp; 举报邮箱：jubao@yifenlei.cn &nbsp; 沪ICP备18047722号 &nbsp; 谨防诈骗：凡是先交钱的都要多留个心眼",
   sidebar="<h4>免费发布信息</h4><form><p>手机号：<input placeholder=\"例：13800138000\"></p><p>验证码：<input></p></form><h4>安全提示</h4><p>本站不收取任何中介费。</p>"),
 "wenda": dict(name="知答网", style="qa", color="#0066cc",
   menu=["首页", "问题", "话题", "职业教育", "我要提问"],
   footer="知答网 zhidawang.cn &nbsp; 意见反馈：service@zhidawang.cn &nbsp; 京ICP备20011893号-2 &nbsp; 回答内容仅供参考",
   sidebar="<h4>相关话题</h4><ul><li>#职业技能等级证书</li><li>#人工智能</li><li>#考证</li></ul><h4>答主榜</h4><p>本周：学习委员、川妹子小鱼、老徐说证</p>"),
 "wx": dict(name="微文摘", style="wechat-repost", color="#07c160",
   menu=["推荐", "教育", "职场", "本地", "科技"],
   footer="微文摘 wenzhai123.cn 收录公众号文章，版权归原作者 &nbsp; 侵权删除请联系：tougao@wenzhai123.cn &nbsp; 读者交流QQ群：825114736 &nbsp; 粤ICP备17088215号",
   sidebar="<h4>阅读提示</h4><p>本文转载自微信公众号，内容未经本站核实。</p><h4>热文</h4><ul><li>2026年个税专项附加扣除怎么填</li></ul>"),
 "video": dict(name="快映短视频", style="short-video", color="#111111",
   menu=["推荐", "关注", "同城", "知识", "直播"],
   footer="快映短视频 kuaiying.tv &nbsp; 违法和不良信息举报：400-140-2108 &nbsp; 未成年人保护热线 &nbsp; 京ICP备16061225号 &nbsp; 网络文化经营许可证",
   sidebar="<h4>相关推荐</h4><ul><li>AI绘画一分钟出图</li><li>大学生兼职避坑</li><li>考证党必看</li></ul>"),
 "shop": dict(name="优品小店", style="shop", color="#e4393c",
   menu=["首页", "全部宝贝", "教育培训", "办公用品", "店铺动态"],
   footer="优品小店 youpinxiaodian.com 商家入驻平台 &nbsp; 平台客服：400-9211-660 &nbsp; 支付由支付宝提供，支付宝客服 95188 &nbsp; 浙ICP备15033207号",
   sidebar="<h4>店铺保障</h4><ul><li>消费者保障</li><li>虚拟商品不支持7天无理由</li></ul>"),
 "rsj": dict(name="蓉西区人力资源和社会保障局", style="gov-notice", color="#b71c1c",
   menu=["首页", "政务公开", "通知公告", "就业创业", "职业能力", "办事服务"],
   footer="主办：蓉西区人力资源和社会保障局 &nbsp; 地址：蓉西区政务中心 B 区 4 楼 &nbsp; 咨询电话：12333 &nbsp; 网站标识码：5101990031 &nbsp; 蜀ICP备05011223号",
   sidebar="<h4>便民查询</h4><ul><li>证书查询：zscx.osta.org.cn</li><li>评价机构名单：pjjg.osta.org.cn</li><li>社保查询</li></ul>"),
 "news": dict(name="天府生活网", style="news", color="#003f7f",
   menu=["首页", "本地", "民生", "教育", "消费维权"],
   footer="天府生活网 tianfushenghuo.cn &nbsp; 新闻热线：028-86012580 &nbsp; 爆料邮箱：baoliao@tianfushenghuo.cn &nbsp; 蜀ICP备14007761号",
   sidebar="<h4>消费提示</h4><p>遇到培训纠纷可拨打 12315 投诉。</p>"),
}

PAGES = []  # dicts

def page(path, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(x) for x in ids], note=note))

U = USCC
# ================================================================= rongzhi (U01 own site)
page("/rongzhi/index.html", "蓉智职业技能培训学校 - 首页", """
<p class="lead">专注成都地区职业技能培训 12 年，人社部门备案的职业技能培训机构。</p>
<ul><li><a href="ai-xunlianshi.html">2026年第四期 人工智能训练师（四级/三级）培训招生</a></li></ul>
<p>学校开设人工智能训练师、健康管理师、电工等培训项目，承接企业新型学徒制培训。</p>
""", ids=[("domain", "rongzhiedu.cn", "www.rongzhiedu.cn"), ("other", "蜀ICP备2023018846号", "蜀ICP备2023018846号")],
     note="training-company homepage (U01 own site), non-offer index")
page("/rongzhi/ai-xunlianshi.html", "人工智能训练师四级/三级培训招生（2026年第四期）", f"""
<h2>人工智能训练师（职业编码 4-04-05-05）培训班招生简章</h2>
<p>根据《人工智能训练师国家职业技能标准（2021年版）》，本期开设四级（中级工）、三级（高级工）两个等级，理论+实操，线下小班，周末上课。</p>
<h3>报名条件</h3><p>四级：取得五级证书后从事本职业 4 年以上，或累计从事本职业 6 年以上，或相关专业技工院校毕业生；三级：取得四级证书后从事本职业 5 年以上等。具体以评价机构审核为准，<b>不符合条件的我们会如实告知，不收费</b>。</p>
<h3>费用</h3><p>四级培训费 1980 元，三级 2580 元（含教材，不含认定费，认定费按评价机构公示标准另行缴纳）。符合条件的参保职工取证后可申领技能提升补贴（四级 1500 元、三级 2000 元，以人社部门审核为准）。</p>
<h3>证书</h3><p>考核合格由经人社部门备案的评价机构颁发职业技能等级证书，可在“技能人才评价证书全国联网查询” zscx.osta.org.cn 查询。政策问题可咨询 12333。</p>
<p>考试地点：成都市武侯区天府职业技能鉴定考点（考点前台 028-87659000，仅解答考场路线）。</p>
<div class="contact"><p>报名咨询：何老师 138-8071-2345 &nbsp; 座机：028-85231476</p><p>微信同号，添加请注明“训练师”</p><p>统一社会信用代码：{U['U01']}</p></div>
""", True, "U01", "蓉智职业技能培训学校",
  [("phone", "+8613880712345", "138-8071-2345"), ("phone", "02885231476", "028-85231476"),
   ("uscc", U["U01"], U["U01"]), ("domain", "rongzhiedu.cn", "www.rongzhiedu.cn"),
   ("other", "蜀ICP备2023018846号", "蜀ICP备2023018846号")],
  "U01 own-site enrolment page, honest")

# ================================================================= xzhy (U02 own site)
page("/xzhy/index.html", "徐州汇英教育 - 首页", """
<p>徐州市鼓楼区汇英职业培训学校是经徐州市鼓楼区人社局审批的民办职业培训学校。</p>
<ul><li><a href="rgzn-xls.html">人工智能训练师（五级）招生简章</a></li><li><a href="buzhu-ban.html">企业职工技能提升补贴班（人工智能训练师）</a></li></ul>
""", ids=[("phone", "051683761234", "0516-83761234"), ("other", "苏ICP备2022041177号", "苏ICP备2022041177号")],
     note="training-company homepage (U02 own site), non-offer index")
page("/xzhy/rgzn-xls.html", "人工智能训练师（五级/数据标注员）招生简章", f"""
<h2>人工智能训练师五级（数据标注员工种）招生简章</h2>
<p>培训对象：从事或准备从事数据标注、AI训练数据处理工作的人员。五级申报需累计从事本职业或相关职业满 1 年，或经本职业学徒期满。</p>
<p>课时：理论 24 课时 + 实操 36 课时，共 60 课时，晚班/周末班可选。</p>
<p>学费：1280 元。结业后参加经备案评价机构组织的等级认定，理论、技能两项均 60 分及以上为合格。</p>
<p>证书可在 jndj.osta.org.cn 及 zscx.osta.org.cn 查询。认定考点：徐州市泉山区某职业技能考点（考点值班电话 0516-83880000）。</p>
<p>招生热线：0516-8376 1234 &nbsp; 手机：151 5012 3456（周老师）</p>
<p>主办：徐州市鼓楼区汇英职业培训学校 统一社会信用代码 {U['U02']}</p>
""", True, "U02", "徐州汇英教育",
  [("phone", "051683761234", "0516-8376 1234"), ("phone", "051683761234", "0516-83761234"),
   ("phone", "+8615150123456", "151 5012 3456"), ("uscc", U["U02"], U["U02"]),
   ("other", "苏ICP备2022041177号", "苏ICP备2022041177号")],
  "U02 own-site enrolment page, honest, level 5")
page("/xzhy/buzhu-ban.html", "企业职工技能提升补贴班：人工智能训练师", """
<h2>2026年下半年 企业职工技能提升补贴班</h2>
<p>面向徐州市参保满 1 年的企业职工，取证后按规定申领失业保险技能提升补贴（五级 1000 元、四级 1500 元、三级 2000 元），补贴直接发放到本人社保卡，本校不代领、不截留。</p>
<p>在线报名表：https://jinshuju.net/f/Hy26Xz （金数据表单，提交后 1 个工作日内回访）</p>
<p>咨询：周老师 15150123456（微信同号），或加微信 hy_ai2026</p>
""", True, "U02", "汇英职业培训学校",
  [("phone", "+8615150123456", "15150123456"), ("wechat", "hy_ai2026", "hy_ai2026"),
   ("phone", "051683761234", "0516-83761234"), ("other", "苏ICP备2022041177号", "苏ICP备2022041177号")],
  "U02 subsidy class, honest")

# ================================================================= kcw marketplace
page("/kcw/index.html", "学途课堂 - 人工智能训练师课程", """
<p>共找到 5 门“人工智能训练师”相关课程</p>
<ul><li><a href="course-1101.html">【成都线下】人工智能训练师四级三级 周末班</a></li>
<li><a href="course-1108.html">星火AI学院｜人工智能训练师（数据标注）线上训练营</a></li>
<li><a href="course-1115.html">人工智能训练师高级技师 直通车</a></li>
<li><a href="course-1121.html">数据标注实操 + 人工智能训练师五级备考</a></li>
<li><a href="course-1130.html">人工智能训练师理论知识精讲（录播）</a></li></ul>
""", note="marketplace search listing, non-offer index")
page("/kcw/course-1101.html", "【成都线下】人工智能训练师四级三级 周末班 - 学途课堂", """
<div class="shopinfo">机构：智训学堂（成都） &nbsp; 已认证 &nbsp; 好评率 97%</div>
<p class="price">￥1980 起</p>
<p>课程介绍：人工智能训练师四级、三级培训，成都锦江区线下授课，理论 + 实操双师辅导。报名条件以国家职业技能标准为准，老师先审资料再收费。</p>
<p>证书：备案评价机构颁发职业技能等级证书，全国联网可查（zscx.osta.org.cn）。</p>
<p>线下咨询（机构提供）：028 8523 1476 / 何老师 微信 RongZhi_Edu</p>
<p>考试批次：2026年第3批（批次号 13620260915），考点统一安排。</p>
""", True, "U01", "智训学堂（成都）",
  [("phone", "02885231476", "028 8523 1476"), ("wechat", "rongzhi_edu", "RongZhi_Edu")],
  "U01 on marketplace under another brand")
page("/kcw/course-1108.html", "星火AI学院｜人工智能训练师（数据标注）线上训练营", f"""
<div class="shopinfo">机构：星火AI学院 &nbsp; 入驻 3 年 &nbsp; 学员 1.2 万</div>
<p class="price">￥899</p>
<p>8 周线上训练营：数据采集与清洗、图像/文本/语音标注、标注质检、智能系统运维入门。直播 + 作业批改。</p>
<p>本课程为技能培训，<b>不包含证书</b>；学员可自行报名当地备案评价机构的人工智能训练师等级认定，我们提供备考资料。</p>
<p>官网 www.xinghuoai.cn &nbsp; 合作邮箱 kf@xinghuoai.cn</p>
<p>运营主体：成都星火数智教育科技有限公司（{U['U05']}）</p>
""", True, "U05", "星火AI学院",
  [("domain", "xinghuoai.cn", "www.xinghuoai.cn"), ("email", "kf@xinghuoai.cn", "kf@xinghuoai.cn"),
   ("uscc", U["U05"], U["U05"])],
  "U05 online training camp, honest")
page("/kcw/course-1115.html", "人工智能训练师高级技师 直通车 - 学途课堂", f"""
<div class="shopinfo">机构：国职人才评价中心 &nbsp; 企业认证</div>
<p class="price"><del>￥9800</del> ￥3680 三证联报</p>
<p>零基础、不限学历、不限经验，可直接报考人工智能训练师二级（技师）/一级（高级技师）！五级+三级+一级三证同报再减 800。</p>
<p>国家职业资格证书，人社部颁发，工信部备案，全国通用，入库可查：www.gzrcpj.cn/chaxun</p>
<p>机构代码：{U['U07']}</p>
<p>样证编号：S000051081234265300123（仅供参考）</p>
""", True, "U07", "国职人才评价中心",
  [("domain", "gzrcpj.cn", "www.gzrcpj.cn"), ("uscc", U["U07"], U["U07"])],
  "U07 scam: level 1/2 for beginners, bundle, fake query site")
page("/kcw/course-1121.html", "数据标注实操 + 人工智能训练师五级备考 - 学途课堂", """
<div class="shopinfo">机构：天府数标工作室 &nbsp; 个人工作室认证</div>
<p class="price">￥680</p>
<p>我们是成都本地的数据标注团队，带你真实项目练手（拉框、语义分割、文本分类），并按五级认定要素细目表讲理论。已有一年以上标注工作经历的同学可以报五级认定，没有的先学技能，不要硬报。</p>
<p>成都考点：天府职业技能鉴定考点（前台 028-87659000），本期对应认定批次号 13620260915。</p>
<p>课后答疑群请加：tfsb_2026（备注学途）</p>
""", True, "U08", "天府数标工作室",
  [("wechat", "tfsb_2026", "tfsb_2026")], "U08 honest studio on marketplace")
page("/kcw/course-1130.html", "人工智能训练师理论知识精讲（录播）", """
<div class="shopinfo">机构：明理在线课堂 &nbsp; 个人讲师</div>
<p class="price">￥129</p>
<p>录播 40 讲，覆盖基本要求、业务分析、智能训练、智能系统设计、培训与指导五大模块（三级）。只讲理论，不代报名、不卖证。</p>
<p>1+X 证书历史信息查询可去 vslc.ncb.edu.cn；职业技能等级证书请去 zscx.osta.org.cn。</p>
<p>讲师邮箱：mingli_ai@126.com</p>
""", True, "I01", "明理在线课堂",
  [("email", "mingli_ai@126.com", "mingli_ai@126.com")], "independent recorded course, honest")

# ================================================================= bbs forum
page("/bbs/index.html", "城事论坛 - 职场进修版", """
<table class="threads"><tr><th>主题</th><th>作者</th></tr>
<tr><td><a href="thread-5521.html">[徐州] 汇英人工智能训练师五级，补贴班还有名额</a></td><td>汇英周老师</td></tr>
<tr><td><a href="thread-5530.html">徐州 人工智能训练师 包过 三级直接拿</a></td><td>彭城证书小王</td></tr>
<tr><td><a href="thread-5537.html">考个AI训练师证挂出去，一年躺赚两万</a></td><td>证书管家</td></tr>
<tr><td><a href="thread-5544.html">【淮海智能】人工智能训练师周末班 鼓楼/泉山均可</a></td><td>淮海智能教育</td></tr>
<tr><td><a href="thread-5550.html">个人带数据标注/训练师备考，徐州云龙区</a></td><td>老徐说证</td></tr>
<tr><td><a href="thread-5560.html">[投诉] 交了3800说包过，现在人找不到了</a></td><td>被坑的小李</td></tr></table>
""", note="forum board index, non-offer")
page("/bbs/thread-5521.html", "[徐州] 汇英人工智能训练师五级，补贴班还有名额 - 城事论坛", """
<div class="post"><div class="author">汇英周老师 &nbsp; 认证商家</div>
<p>11月补贴班还有 8 个名额，参保满一年的可以申请技能提升补贴，学费先交、补贴到你自己社保卡。五级需要一年相关工作经历，没有的别来，来了也报不上。</p>
<p>电话/微信：151-5012-3456，学校地址中山北路汇英大厦。</p></div>
<div class="reply"><b>2楼 徐州小鱼：</b>我做了两年电商客服，能算相关吗？我微信 xiaoyu_xz1992 有空加我说下</div>
<div class="reply"><b>3楼 汇英周老师：</b>客服不算，标注、质检类的可以，私信你了。</div>
""", True, "U02", "汇英周老师",
  [("phone", "+8615150123456", "151-5012-3456")], "U02 forum post, honest; reader's wechat in reply")
page("/bbs/thread-5530.html", "徐州 人工智能训练师 包过 三级直接拿 - 城事论坛", """
<div class="post"><div class="author">彭城证书小王</div>
<p>人工智能训练师三级（高级工）不用考，不用培训，资料齐了 20 天出证，包过！人社部颁发，官网可查，可申请补贴！名额有限。</p>
<p>扣扣 3012456789 或者 加 V: pc-zs2026</p></div>
<div class="reply"><b>2楼 路人甲：</b>不用考就出证？这不就是山寨证书吗</div>
<div class="reply"><b>3楼 彭城证书小王：</b>正规的，不放心可以先交一半</div>
""", True, "U04", "彭城证书小王",
  [("qq", "3012456789", "3012456789"), ("wechat", "pc-zs2026", "pc-zs2026")],
  "U04 scam post: 包过, 人社部颁发, no training")
page("/bbs/thread-5537.html", "考个AI训练师证挂出去，一年躺赚两万 - 城事论坛", """
<div class="post"><div class="author">证书管家</div>
<p>现在企业申报高新、投标都需要人工智能人才，人工智能训练师证书挂靠一年 1.5 万-2 万，我们全程包办：报名+考试+挂靠一条龙，考不过全额退。</p>
<p>QQ：1908 765 432 &nbsp; 微信 gk_zs668</p></div>
<div class="reply"><b>2楼 徐州小鱼：</b>真的假的，加你了 xiaoyu_xz1992</div>
<div class="reply"><b>3楼 老会计：</b>AI训练师又不是建造师，谁要挂这个？小心。</div>
""", True, "U06", "证书管家",
  [("qq", "1908765432", "1908 765 432"), ("wechat", "gk_zs668", "gk_zs668")],
  "U06 挂靠 lure; reader's wechat repeated")
page("/bbs/thread-5544.html", "【淮海智能】人工智能训练师周末班 鼓楼/泉山均可 - 城事论坛", """
<div class="post"><div class="author">淮海智能教育 &nbsp; 认证商家</div>
<p>人工智能训练师五级、四级周末班，泉山校区小班 15 人。报名前免费评估申报条件。</p>
<p>地址：徐州市泉山区湖北路 66 号 &nbsp; 电话 0516-87652109</p>
<p>报名表：jinshuju.net/f/HhZn88</p></div>
<div class="reply"><b>2楼 铜山阿伟：</b>四级多少钱？</div><div class="reply"><b>3楼 淮海智能教育：</b>四级 2200，含教材，不含认定费。</div>
""", True, "U09", "淮海智能教育",
  [("phone", "051687652109", "0516-87652109")], "U09 forum post, honest")
page("/bbs/thread-5550.html", "个人带数据标注/训练师备考，徐州云龙区 - 城事论坛", """
<div class="post"><div class="author">老徐说证</div>
<p>本人在标注公司做了 4 年项目经理，业余一对一带五级/四级理论和实操，300 元/次，不卖证不包过，考不考得上看自己。</p>
<p>联系：xu.laoshi@qq.com</p></div>
""", True, "I02", "老徐说证",
  [("email", "xu.laoshi@qq.com", "xu.laoshi@qq.com")], "independent tutor, honest")
page("/bbs/thread-5560.html", "[投诉] 交了3800说包过，现在人找不到了 - 城事论坛", """
<div class="post"><div class="author">被坑的小李</div>
<p>上个月在网上看到“人工智能训练师一级 不用考试 人社部颁发”的广告，对方电话 170 9988 7766，微信 guopei_kz，交了 3800 到个人账户，说 15 天出证，现在电话关机微信拉黑。给的“查询网站”也打不开了。</p>
<p>已经打了 12315 投诉，也去派出所报了案。大家看到这个号码千万别信。</p></div>
<div class="reply"><b>2楼 版主：</b>真正的证书请在 zscx.osta.org.cn 查询，有疑问可打 12333。</div>
""", note="complaint thread quoting a scammer's phone and wechat, non-offer")

# ================================================================= fenlei classifieds
page("/fenlei/index.html", "易分类网 - 教育培训 - 职业技能", """
<ul class="list"><li><a href="cd-2201.html">成都 人工智能训练师培训 锦江区 正规学校</a> <span>成都</span></li>
<li><a href="xz-2207.html">徐州 AI训练师证 快速拿证 可补贴</a> <span>徐州</span></li>
<li><a href="cd-2215.html">星火AI 数据标注就业班 成都线下</a> <span>成都</span></li>
<li><a href="xz-2219.html">高薪兼职 证书挂靠 人工智能类</a> <span>徐州</span></li>
<li><a href="cd-2230.html">成华区 人工智能训练师 私教小班</a> <span>成都</span></li></ul>
""", note="classifieds category list, non-offer")
page("/fenlei/cd-2201.html", "成都 人工智能训练师培训 锦江区 正规学校 - 易分类网", """
<table class="info"><tr><td>区域</td><td>锦江区 东大街</td></tr><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>联系人</td><td>何老师</td></tr>
<tr><td>电话</td><td>１３８８０７１２３４５</td></tr></table>
<p>成都蓉智学校，人工智能训练师四级三级开班，人社备案评价机构认定，证书联网可查。先审核报考条件，符合再报名。官网见 rongzhiedu.cn</p>
""", True, "U01", "成都蓉智学校",
  [("phone", "+8613880712345", "１３８８０７１２３４５"), ("domain", "rongzhiedu.cn", "rongzhiedu.cn")],
  "U01 classified, full-width phone")
page("/fenlei/xz-2207.html", "徐州 AI训练师证 快速拿证 可补贴 - 易分类网", """
<table class="info"><tr><td>区域</td><td>徐州 云龙区</td></tr><tr><td>联系人</td><td>王经理</td></tr>
<tr><td>电话</td><td>187 5212 3456</td></tr><tr><td>QQ</td><td>3012-456-789</td></tr></table>
<p>人工智能训练师五级到一级都可以办，免培训，包通过，国家认可，官方认证，可以领补贴 3000+。学历不限，年龄不限，无门槛。</p>
""", True, "U04", "彭城职业技能服务",
  [("phone", "+8618752123456", "187 5212 3456"), ("qq", "3012456789", "3012-456-789")],
  "U04 scam classified: 免培训 包通过")
page("/fenlei/cd-2215.html", "星火AI 数据标注就业班 成都线下 - 易分类网", """
<table class="info"><tr><td>区域</td><td>武侯区 科华北路</td></tr><tr><td>联系人</td><td>星火数智 招生部</td></tr>
<tr><td>电话</td><td>400-028-6677</td></tr></table>
<p>数据标注 + 人工智能训练师五级备考，线下 6 周。课程详情请搜“星火AI学院”或访问 xinghuoai.cn ，不承诺包就业、不承诺包过。</p>
""", True, "U05", "星火数智",
  [("phone", "4000286677", "400-028-6677"), ("domain", "xinghuoai.cn", "xinghuoai.cn")],
  "U05 classified, honest")
page("/fenlei/xz-2219.html", "高薪兼职 证书挂靠 人工智能类 - 易分类网", """
<table class="info"><tr><td>区域</td><td>徐州 全市</td></tr><tr><td>联系人</td><td>陈先生</td></tr>
<tr><td>电话</td><td>133 8221 1234</td></tr></table>
<p>收人工智能训练师、碳排放管理师等证书挂靠，年薪 1-3 万。没有证的我们可以协助考证，包过。加微信：GK_ZS668</p>
""", True, "U06", "证书挂靠服务",
  [("phone", "+8613382211234", "133 8221 1234"), ("wechat", "gk_zs668", "GK_ZS668")],
  "U06 挂靠 classified")
page("/fenlei/cd-2230.html", "成华区 人工智能训练师 私教小班 - 易分类网", """
<table class="info"><tr><td>区域</td><td>成华区 建设路</td></tr><tr><td>联系人</td><td>杨老师</td></tr>
<tr><td>电话</td><td>186-8102-9937</td></tr></table>
<p>3-5 人小班，帮你准备人工智能训练师四级理论和实操，周末上课，每期 1500。认定由备案机构组织，我们不发证。</p>
""", True, "I03", "杨老师私教小班",
  [("phone", "+8618681029937", "186-8102-9937")], "independent small class, honest")

# ================================================================= wenda Q&A
page("/wenda/index.html", "知答网 - 人工智能训练师 话题", """
<ul><li><a href="q-3300.html">人工智能训练师证书是人社部颁发的吗？怎么查真假？</a></li>
<li><a href="q-3305.html">成都哪里可以考人工智能训练师？</a></li>
<li><a href="q-3312.html">零基础想转行做数据标注，有靠谱的课吗？</a></li>
<li><a href="q-3318.html">人工智能训练师一级好考吗？没有工作经验能报吗？</a></li>
<li><a href="q-3321.html">数据标注员和人工智能训练师是什么关系？</a></li>
<li><a href="q-3327.html">徐州有没有人工智能训练师的培训？</a></li></ul>
""", note="Q&A topic index, non-offer")
page("/wenda/q-3300.html", "人工智能训练师证书是人社部颁发的吗？怎么查真假？ - 知答网", """
<div class="q">问：朋友说他花钱办的人工智能训练师证是“人社部颁发”的，这个说法对吗？</div>
<div class="a"><b>学习委员 的回答：</b><p>不对。2019年以后人工智能训练师属于职业技能等级证书，由在人社部门备案的评价机构（用人单位或社会培训评价组织）颁发，人社部门不直接发证。证书上有二维码和查询网址，可以在 zscx.osta.org.cn 按姓名、证件号、证书编号查。查不到的、只能在机构自己网站查的，要当心。拿不准可以打 12333 问当地人社。</p></div>
<div class="a"><b>川妹子小鱼 的回答：</b><p>补充一句：宣传“包过”“不用考”的基本都有问题。</p></div>
""", note="Q&A guide answer, non-offer")
page("/wenda/q-3305.html", "成都哪里可以考人工智能训练师？ - 知答网", """
<div class="q">问：在成都上班，想考人工智能训练师四级，哪里可以报名？</div>
<div class="a"><b>蓉智何老师 的回答：</b><p>可以了解下我们蓉智教育，锦江区东大街，四级三级都有班，报之前会先帮你核对申报条件。电话 138 8071 2345，官网 rongzhiedu.cn 有简章。</p></div>
<div class="a"><b>路过的程序员 的回答：</b><p>我去年在别家考的，考点在武侯区那边。有问题可以 QQ 865432109 问我。</p></div>
""", True, "U01", "蓉智教育",
  [("phone", "+8613880712345", "138 8071 2345"), ("domain", "rongzhiedu.cn", "rongzhiedu.cn")],
  "U01 answer-ad on Q&A; another reader's QQ")
page("/wenda/q-3312.html", "零基础想转行做数据标注，有靠谱的课吗？ - 知答网", """
<div class="q">问：30岁，零基础，想转行做数据标注，有靠谱的课程推荐吗？</div>
<div class="a"><b>星火小助手 的回答：</b><p>推荐星火AI学院 8 周训练营，直播+作业，学完可以去考人工智能训练师五级（需要满足一年工作经历）。官网 XinghuoAI.cn，课程顾问电话 4000286677，也可以发邮件到 KF@xinghuoai.cn 索取试听。</p></div>
<div class="a"><b>老徐说证 的回答：</b><p>先找份标注的活干着，比先买课强。</p></div>
""", True, "U05", "星火AI学院",
  [("domain", "xinghuoai.cn", "XinghuoAI.cn"), ("phone", "4000286677", "4000286677"),
   ("email", "kf@xinghuoai.cn", "KF@xinghuoai.cn")], "U05 answer-ad")
page("/wenda/q-3318.html", "人工智能训练师一级好考吗？没有工作经验能报吗？ - 知答网", """
<div class="q">问：人工智能训练师一级（高级技师）好考吗？我没有相关工作经验能报吗？</div>
<div class="a"><b>国职评价-刘老师 的回答：</b><p>可以的，我们是国职人才评价中心，工信部职业技能鉴定中心合作单位，零基础也能报一级，证书直接对应正高级职称，入库可查（查询：gzrcpj.cn），咨询热线 010-64321789。</p></div>
<div class="a"><b>路过的程序员 的回答：</b><p>一级要二级证书后再干 4 年，零基础报一级的都是坑。不信可以加我 QQ 865432109 看我被骗的聊天记录。</p></div>
""", True, "U07", "国职人才评价中心",
  [("domain", "gzrcpj.cn", "gzrcpj.cn"), ("phone", "01064321789", "010-64321789")],
  "U07 scam answer-ad; reader's QQ repeated")
page("/wenda/q-3321.html", "数据标注员和人工智能训练师是什么关系？ - 知答网", """
<div class="q">问：数据标注员和人工智能训练师是什么关系？</div>
<div class="a"><b>天府数标 的回答：</b><p>数据标注员是人工智能训练师（4-04-05-05）下面的一个工种，另一个是人工智能算法测试员。我们工作室在成都带实操班，想系统学的可以加 V 信 tfsb_2026，或者邮件 tfsb2026@163.com。</p></div>
""", True, "U08", "天府数标",
  [("wechat", "tfsb_2026", "tfsb_2026"), ("email", "tfsb2026@163.com", "tfsb2026@163.com")],
  "U08 answer-ad, honest")
page("/wenda/q-3327.html", "徐州有没有人工智能训练师的培训？ - 知答网", """
<div class="q">问：徐州有没有人工智能训练师的培训？</div>
<div class="a"><b>铜山职教中心退休老师 的回答：</b><p>我在铜山开了个小培训点，五级四级都讲，学费按课时收，一课时 40 元。电话 0516-85021773，白天打。</p></div>
""", True, "I06", "铜山小培训点",
  [("phone", "051685021773", "0516-85021773")], "independent answer-ad, honest")

# ================================================================= wx reposts
page("/wx/index.html", "微文摘 - 教育频道", """
<ul><li><a href="a-20261103.html">徐州职工注意！人工智能训练师补贴班开始报名</a> 来源：汇英教育</li>
<li><a href="a-20261105.html">人社部颁发！人工智能训练师证书最后一批，错过再等一年</a> 来源：中科智培</li>
<li><a href="a-20261108.html">一本证书，一年多挣两万？这个新职业火了</a> 来源：职场证书圈</li>
<li><a href="a-20261112.html">淮海智能：人工智能训练师冬季班招生</a> 来源：淮海智能教育</li>
<li><a href="a-20261115.html">我在家做数据标注的第一年（文末有课）</a> 来源：阿杰的数据日记</li></ul>
""", note="repost aggregator index, non-offer")
page("/wx/a-20261103.html", "徐州职工注意！人工智能训练师补贴班开始报名", """
<p class="src">原创 汇英教育 徐州汇英职业培训 2026-11-03</p>
<p>参保满一年的企业职工，考取人工智能训练师职业技能等级证书后可申领技能提升补贴。本期五级班 11 月 20 日开课。</p>
<p>▍报名方式：长按识别二维码，或添加招生老师微信 HY_AI2026；电话 0516—83761234。</p>
<p>▍温馨提示：补贴政策以人社部门最新文件为准，可拨打 12333 咨询。</p>
""", True, "U02", "汇英教育",
  [("wechat", "hy_ai2026", "HY_AI2026"), ("phone", "051683761234", "0516—83761234")],
  "U02 WeChat repost")
page("/wx/a-20261105.html", "人社部颁发！人工智能训练师证书最后一批，错过再等一年", """
<p class="src">中科智培 2026-11-05</p>
<p>重磅！人工智能训练师国家职业资格证书，人社部颁发，全国通用，终身有效，入库可查！</p>
<p>✅ 零基础 ✅ 不限学历 ✅ 免考试 ✅ 包过 ✅ 三级/二级/一级均可</p>
<p>原价 9999，限时 3980 三证同报！名额仅剩 12 个！</p>
<p>报名请加老师 vx：zkzp888（长按复制），付款请认准对公账户：成都优途信息咨询有限公司</p>
<p>样证编号：S000051081234265300123</p>
""", True, "U03", "中科智培",
  [("wechat", "zkzp888", "zkzp888"), ("other", "成都优途信息咨询有限公司", "成都优途信息咨询有限公司")],
  "U03 scam article: 人社部颁发, 包过, 三证")
page("/wx/a-20261108.html", "一本证书，一年多挣两万？这个新职业火了", """
<p class="src">职场证书圈 2026-11-08</p>
<p>人工智能是国家战略，企业资质评审急需人工智能训练师持证人员，证书挂靠行情一年 1.5 万起，证越高越值钱。</p>
<p>我们提供考证+挂靠一条龙，包过包挂。咨询 Q：1908765432，或致电 13382211234。</p>
""", True, "U06", "职场证书圈",
  [("qq", "1908765432", "1908765432"), ("phone", "+8613382211234", "13382211234")],
  "U06 挂靠 article")
page("/wx/a-20261112.html", "淮海智能：人工智能训练师冬季班招生", f"""
<p class="src">原创 淮海智能教育 2026-11-12</p>
<p>冬季班开设五级、四级，泉山校区 + 线上直播。报名前免费评估条件，不符合的不收费。</p>
<p>报名：填写 jinshuju.net/f/HhDj26 或电话 139-5221-2345，微信 huaihai-ai</p>
<p>考点：徐州某职业技能考点（值班电话 0516-83880000）</p>
<p>徐州淮海智能教育咨询有限公司 {U['U09']}</p>
""", True, "U09", "淮海智能教育",
  [("phone", "+8613952212345", "139-5221-2345"), ("wechat", "huaihai-ai", "huaihai-ai"),
   ("uscc", U["U09"], U["U09"])], "U09 WeChat repost, honest")
page("/wx/a-20261115.html", "我在家做数据标注的第一年（文末有课）", """
<p class="src">阿杰的数据日记 2026-11-15</p>
<p>去年辞职后在家接标注单，一年下来月均四五千。后来考了人工智能训练师五级，证书在 zscx.osta.org.cn 能查到。</p>
<p>文末：我录了一套标注入门课 199 元，想要的加微信 ajie_biaozhu，不卖证，只讲怎么干活。</p>
""", True, "I04", "阿杰的数据日记",
  [("wechat", "ajie_biaozhu", "ajie_biaozhu")], "independent blogger's course, honest")

# ================================================================= video
page("/video/index.html", "快映短视频 - 搜索：人工智能训练师", """
<ul class="grid"><li><a href="v-7001.html">人社部颁发的AI证，90%小白都能拿</a> ❤ 2.1w</li>
<li><a href="v-7004.html">徐州的朋友看过来，三级证 20 天出</a> ❤ 856</li>
<li><a href="v-7009.html">一级高级技师证 零基础直通</a> ❤ 1.3w</li>
<li><a href="v-7012.html">数据标注日常｜拉框拉到手软</a> ❤ 4320</li>
<li><a href="v-7015.html">AI训练师到底要不要考？说点实话</a> ❤ 9.8k</li></ul>
""", note="short-video search page, non-offer")
page("/video/v-7001.html", "人社部颁发的AI证，90%小白都能拿 - 快映", """
<div class="player">[视频] 00:47</div>
<p class="desc">@小艾考证 人工智能训练师证书人社部颁发💯 90%小白都能学会 原价9999限时99元体验课！交费包过，拿到证书便可升职加薪👉主页加 V：ZKZP888</p>
<p class="comments">热评：<br>用户7732：真的99？<br>小艾考证（作者）：99 是体验课，证书另外报哦，详询 400-6688-521</p>
""", True, "U03", "小艾考证",
  [("wechat", "zkzp888", "ZKZP888"), ("phone", "4006688521", "400-6688-521")],
  "U03 scam short video")
page("/video/v-7004.html", "徐州的朋友看过来，三级证 20 天出 - 快映", """
<div class="player">[视频] 00:32</div>
<p class="desc">@彭城小王说证 徐州本地 人工智能训练师三级 不用考 20天出证 官网可查 补贴能领3000 私信或打 18752123456</p>
<p class="comments">热评：<br>徐州老铁：上次那个说不用考的跑路了<br>彭城小王说证（作者）：我们实体店 放心</p>
""", True, "U04", "彭城小王说证",
  [("phone", "+8618752123456", "18752123456")], "U04 scam short video")
page("/video/v-7009.html", "一级高级技师证 零基础直通 - 快映", """
<div class="player">[视频] 01:05</div>
<p class="desc">@国职人才评价中心 人工智能训练师一级（高级技师）零基础直通，工信部职业技能鉴定中心主办，证书可直接评正高级职称！查询网址 gzrcpj.cn 客服微信 gzrc_kf</p>
""", True, "U07", "国职人才评价中心",
  [("domain", "gzrcpj.cn", "gzrcpj.cn"), ("wechat", "gzrc_kf", "gzrc_kf")],
  "U07 scam short video")
page("/video/v-7012.html", "数据标注日常｜拉框拉到手软 - 快映", """
<div class="player">[视频] 02:13</div>
<p class="desc">@天府数标 成都数据标注工作室日常，带新人实操，想考人工智能训练师五级的也可以来听理论课（要有一年经历哈）。工作室手机 199 0801 2345，V 同号 tfsb_2026</p>
<p class="comments">热评：<br>成都打工人：考点是不是在武侯那个？<br>天府数标（作者）：对，天府考点，前台 028-87659000 只管考场路线哈</p>
""", True, "U08", "天府数标",
  [("phone", "+8619908012345", "199 0801 2345"), ("wechat", "tfsb_2026", "tfsb_2026")],
  "U08 short video, honest")
page("/video/v-7015.html", "AI训练师到底要不要考？说点实话 - 快映", """
<div class="player">[视频] 03:40</div>
<p class="desc">@蜀中码农老周 这证能不能提升你，看你干不干这行。我的线上答疑课 49 元一次，主页挂了链接，或者发邮件 laozhou_ai@foxmail.com 预约</p>
""", True, "I05", "蜀中码农老周",
  [("email", "laozhou_ai@foxmail.com", "laozhou_ai@foxmail.com")], "independent paid Q&A session")

# ================================================================= shop
page("/shop/index.html", "优品小店 - 全部宝贝", """
<ul class="goods"><li><a href="item-8801.html">人工智能训练师证书报名 三级 二级 一级</a> ￥3980</li>
<li><a href="item-8805.html">星火AI学院 数据标注训练营 兑换码</a> ￥899</li>
<li><a href="item-8810.html">人工智能训练师 高级技师 报名费</a> ￥3680</li>
<li><a href="item-8814.html">淮海智能 人工智能训练师五级 定金</a> ￥200</li>
<li><a href="item-8820.html">A4 复印纸 70g 500张/包</a> ￥22.8</li></ul>
""", note="shop listing, non-offer")
page("/shop/item-8801.html", "人工智能训练师证书报名 三级 二级 一级 - 优品小店", """
<p class="price">￥3980 &nbsp; 月销 63</p>
<p>宝贝详情：人工智能训练师 国家职业资格证书 三证联报，人社部颁发，免考包过，拿证周期 15-30 天。</p>
<p>拍下后联系客服 177 1234 5678 提交资料。收款方：成都优途信息咨询有限公司</p>
<p>订单号示例：20261106883012345（请截图发客服）</p>
""", True, "U03", "小艾考证",
  [("phone", "+8617712345678", "177 1234 5678"), ("other", "成都优途信息咨询有限公司", "成都优途信息咨询有限公司")],
  "U03 shop item, scam")
page("/shop/item-8805.html", "星火AI学院 数据标注训练营 兑换码 - 优品小店", f"""
<p class="price">￥899 &nbsp; 月销 210</p>
<p>购买后 24 小时内发送兑换码到订单邮箱，登录 www.XinghuoAI.cn 使用。本课程为技能培训，不含证书。</p>
<p>发票由成都星火数智教育科技有限公司开具，税号 {U['U05']}</p>
""", True, "U05", "星火AI学院",
  [("domain", "xinghuoai.cn", "www.XinghuoAI.cn"), ("uscc", U["U05"], U["U05"])], "U05 shop item")
page("/shop/item-8810.html", "人工智能训练师 高级技师 报名费 - 优品小店", f"""
<p class="price">￥3680</p>
<p>国职人才评价中心官方店。人工智能训练师一级，不限学历，免实操，国家级证书。</p>
<p>开票主体：国职人才评价中心(北京)有限公司 {U['U07']}；售后微信 GZRC_KF</p>
<p>样证编号：S000051081234265300123</p>
""", True, "U07", "国职人才评价中心官方店",
  [("uscc", U["U07"], U["U07"]), ("wechat", "gzrc_kf", "GZRC_KF")], "U07 shop item, scam")
page("/shop/item-8814.html", "淮海智能 人工智能训练师五级 定金 - 优品小店", """
<p class="price">￥200（定金，可抵学费）</p>
<p>徐州泉山校区五级周末班定金，报名条件不符可全额退。详询 0516 8765 2109 或 13952212345。</p>
""", True, "U09", "淮海智能",
  [("phone", "051687652109", "0516 8765 2109"), ("phone", "+8613952212345", "13952212345")], "U09 shop item")
page("/shop/item-8820.html", "A4 复印纸 70g 500张/包 - 优品小店", """
<p class="price">￥22.8</p><p>办公用复印纸，满 99 包邮。</p>
""", note="unrelated shop item, non-offer")

# ================================================================= rsj notices
page("/rsj/index.html", "蓉西区人力资源和社会保障局 - 通知公告", """
<ul><li><a href="notice-buzhu.html">关于做好2026年失业保险技能提升补贴申领工作的通知</a> 2026-10-20</li>
<li><a href="warning-shanzhai.html">关于警惕“山寨证书”培训广告的提醒</a> 2026-11-02</li></ul>
""", note="gov-style notice index, non-offer")
page("/rsj/notice-buzhu.html", "关于做好2026年失业保险技能提升补贴申领工作的通知", """
<p>各有关单位：参保职工取得职业技能等级证书的，可按规定申领技能提升补贴，五级、四级、三级分别不超过 1000 元、1500 元、2000 元。证书须可在技能人才评价证书全国联网查询系统（zscx.osta.org.cn）或 jndj.osta.org.cn 查询。</p>
<p>政策咨询：12333。</p>
""", note="official notice, non-offer")
page("/rsj/warning-shanzhai.html", "关于警惕“山寨证书”培训广告的提醒", """
<p>近期有群众反映，有人以“人社部颁发”“免考包过”“三证同报”等名义销售人工智能训练师等证书。职业技能等级证书由备案评价机构颁发，人社部门不直接发证。</p>
<p>群众举报的可疑联系方式包括：17099887766、微信号 guopei_kz。请勿向个人账户转账。</p>
<p>如遇培训消费纠纷可拨打 12315，政策咨询请拨打 12333。</p>
""", note="official warning quoting a scammer's contacts, non-offer")

# ================================================================= news
page("/news/index.html", "天府生活网 - 消费维权", """
<ul><li><a href="2026-11-18-zhengshu.html">花3800买“人工智能训练师一级”，市民发现查无此证</a></li></ul>
""", note="news index, non-offer")
page("/news/2026-11-18-zhengshu.html", "花3800买“人工智能训练师一级”，市民发现查无此证", """
<p>本网讯（记者 林静）市民李先生向本网反映，他在网上看到“人工智能训练师一级 零基础 不用考”的广告，通过电话 170-9988-7766 联系后，向对方个人账户转账 3800 元。收到的证书在 zscx.osta.org.cn 查不到，对方提供的“查询网站”随后也无法打开。</p>
<p>记者就此咨询了当地人社部门。工作人员表示，人工智能训练师属于职业技能等级认定，一级需取得二级证书后从事本职业 4 年以上，不存在“零基础直接考一级”。市民可拨打 12333 咨询，遇到消费纠纷可拨打 12315。</p>
""", note="news complaint article quoting scammer phone, non-offer")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline, quoted by sellers, notices and Q&A"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site, cited by many honest sellers"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "legacy 1+X official query site"),
 ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official list of evaluation organisations, in gov sidebar"),
 ("phone", "4006060818", ["400-6060-818"], "marketplace footer customer-service number"),
 ("email", "kefu@xuetuketang.com", ["kefu@xuetuketang.com"], "marketplace footer e-mail"),
 ("domain", "xuetuketang.com", ["xuetuketang.com"], "marketplace's own domain in footer"),
 ("other", "京ICP备2021034567号", ["京ICP备2021034567号"], "marketplace ICP in footer"),
 ("qq_group", "713245896", ["713245896"], "forum staff QQ group in footer"),
 ("phone", "02861985300", ["028-61985300"], "forum report number in footer"),
 ("phone", "4008251818", ["400-825-1818"], "classifieds footer customer service"),
 ("email", "jubao@yifenlei.cn", ["jubao@yifenlei.cn"], "classifieds report e-mail in footer"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder in the classifieds post form"),
 ("email", "service@zhidawang.cn", ["service@zhidawang.cn"], "Q&A footer feedback e-mail"),
 ("email", "tougao@wenzhai123.cn", ["tougao@wenzhai123.cn"], "repost aggregator footer e-mail"),
 ("qq_group", "825114736", ["825114736"], "repost aggregator readers' QQ group in footer"),
 ("phone", "4001402108", ["400-140-2108"], "short-video platform report line in footer"),
 ("phone", "4009211660", ["400-9211-660"], "shop platform customer service in footer"),
 ("phone", "95188", ["95188"], "payment platform (支付宝) hotline in shop footer"),
 ("other", "浙ICP备15033207号", ["浙ICP备15033207号"], "shop platform ICP"),
 ("phone", "+8617099887766", ["17099887766", "170 9988 7766", "170-9988-7766"], "scammer phone quoted in complaint, warning and news"),
 ("wechat", "guopei_kz", ["guopei_kz"], "scammer WeChat quoted in complaint and warning"),
 ("phone", "+8613620260915", ["13620260915"], "exam batch number that looks like a mobile"),
 ("other", "S000051081234265300123", ["S000051081234265300123"], "sample certificate number copied by different scam sellers"),
 ("wechat", "xiaoyu_xz1992", ["xiaoyu_xz1992"], "a reader's own WeChat in comments under two sellers' threads"),
 ("qq", "865432109", ["865432109"], "a reader's own QQ in answers under two sellers' questions"),
 ("phone", "02887659000", ["028-87659000"], "exam venue front desk (third party), quoted by several 成都 sellers"),
 ("phone", "051683880000", ["0516-83880000"], "exam venue duty phone (third party), quoted by several 徐州 sellers"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
 ("phone", "02886012580", ["028-86012580"], "news site hotline in footer"),
]

# ---------------------------------------------------------------- render
CSS = {
 "training-company": "body{font-family:sans-serif;margin:0}header{background:%s;color:#fff;padding:14px 30px}nav a{color:#fff;margin-right:18px}.wrap{display:flex;padding:20px 30px}main{flex:3}aside{flex:1;border-left:1px solid #ddd;padding-left:16px}footer{background:#333;color:#ccc;padding:12px 30px;font-size:13px}",
 "course-marketplace": "body{font-family:sans-serif;background:#f5f5f5;margin:0}header{background:%s;color:#fff;padding:10px}nav a{color:#fff;margin:0 10px}.wrap{display:flex;max-width:1100px;margin:auto;background:#fff}main{flex:3;padding:16px}aside{flex:1;background:#fafafa;padding:12px}.price{color:#f40;font-size:22px}footer{text-align:center;font-size:12px;color:#888;padding:20px}",
 "forum": "body{font:14px/1.6 SimSun,serif;background:#eef3ee}header{background:%s;color:#fff;padding:6px}nav a{color:#ff0;margin-right:10px}.wrap{display:flex}main{flex:4}.post,.reply{border:1px solid #9c9;background:#fff;margin:6px;padding:8px}aside{flex:1;font-size:12px}footer{font-size:12px;text-align:center}",
 "classifieds": "body{font-family:sans-serif;margin:0}header{background:%s;padding:8px}nav a{margin-right:12px;color:#333}.wrap{display:flex}main{flex:3;padding:10px}table.info td{border-bottom:1px dashed #ccc;padding:4px 12px}aside{flex:1;background:#fff8e1;padding:10px}footer{background:#eee;font-size:12px;padding:10px}",
 "qa": "body{font-family:sans-serif;background:#f6f6f6;margin:0}header{background:%s;color:#fff;padding:10px}nav a{color:#fff;margin-right:14px}.wrap{display:flex;max-width:1000px;margin:auto}main{flex:3;background:#fff;padding:16px}.q{font-weight:bold;font-size:18px}.a{border-top:1px solid #eee;padding:8px 0}aside{flex:1;padding:10px}footer{text-align:center;color:#999;font-size:12px}",
 "wechat-repost": "body{font-family:-apple-system,sans-serif;max-width:680px;margin:auto}header{border-bottom:3px solid %s;padding:8px}nav a{margin-right:10px;color:#576b95}.src{color:#888;font-size:13px}aside{background:#f7f7f7;padding:8px;font-size:13px}footer{font-size:12px;color:#aaa;padding:16px 0}",
 "short-video": "body{background:#161823;color:#eee;font-family:sans-serif;margin:0}header{background:%s;padding:8px}nav a{color:#fe2c55;margin-right:14px}.wrap{display:flex}main{flex:3;padding:12px}.player{background:#000;height:200px;display:flex;align-items:center;justify-content:center}aside{flex:1;padding:12px}footer{font-size:11px;color:#777;padding:10px}a{color:#fff}",
 "shop": "body{font-family:sans-serif;margin:0}header{background:%s;color:#fff;padding:10px}nav a{color:#fff;margin-right:14px}.wrap{display:flex}main{flex:3;padding:16px}.price{color:#e4393c;font-size:24px}aside{flex:1;border:1px solid #eee;padding:10px}footer{background:#f2f2f2;font-size:12px;padding:12px}",
 "gov-notice": "body{font-family:SimSun,serif;margin:0;background:#fff}header{background:%s;color:#fff;padding:18px;font-size:22px}nav{background:#e8e8e8;padding:6px}nav a{margin-right:16px}.wrap{display:flex;width:960px;margin:auto}main{flex:3;padding:16px;line-height:2}aside{flex:1;background:#f9f2f2;padding:10px}footer{text-align:center;font-size:12px;border-top:2px solid #b71c1c;padding:10px}",
 "news": "body{font-family:serif;margin:0}header{background:%s;color:#fff;padding:12px}nav a{color:#fff;margin-right:14px}.wrap{display:flex;width:980px;margin:auto}main{flex:3;padding:16px;line-height:1.9}aside{flex:1;padding:10px;background:#f4f7fb}footer{text-align:center;font-size:12px;color:#666;padding:14px}",
}

def esc(s):
    return html.escape(s, quote=False)

def render(p):
    sk = p["path"].split("/")[1]
    s = SITES[sk]
    siblings = [q for q in PAGES if q["path"].split("/")[1] == sk and q is not p and not q["path"].endswith("index.html")]
    me = p["path"].split("/")[-1]
    menu = " ".join(f'<a href="index.html">{m}</a>' for m in s["menu"])
    crumbs = f'<a href="../index.html">导航</a> &gt; <a href="index.html">{s["name"]}</a>'
    if me != "index.html":
        crumbs += f' &gt; <span>{esc(p["title"].split(" - ")[0])}</span>'
    rel = "".join(f'<li><a href="{q["path"].split("/")[-1]}">{esc(q["title"].split(" - ")[0])}</a></li>' for q in siblings[:4])
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(p["title"])}</title>
<style>{CSS[s["style"]] % s["color"]}</style></head>
<body><header><div class="logo">{s["name"]}</div><nav>{menu}</nav></header>
<div class="crumbs">{crumbs}</div>
<div class="wrap"><main><h1>{esc(p["title"].split(" - ")[0])}</h1>
{p["body"]}
<div class="related"><h4>相关推荐</h4><ul>{rel}</ul></div></main>
<aside>{s["sidebar"]}</aside></div>
<footer>{s["footer"]}</footer></body></html>
"""

def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    texts = {}
    for p in PAGES:
        f = SITE + p["path"]
        os.makedirs(os.path.dirname(f), exist_ok=True)
        t = render(p)
        with open(f, "w", encoding="utf-8") as fh:
            fh.write(t)
        texts[p["path"]] = t
    hub = "".join(f'<li><a href="{k}/index.html">{v["name"]}</a>（{v["style"]}）</li>' for k, v in SITES.items())
    hubt = f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head><body><h1>网址导航</h1><ul>{hub}</ul></body></html>\n'
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as fh:
        fh.write(hubt)
    texts["/index.html"] = hubt
    with open(os.path.join(SITE, "robots.txt"), "w") as fh:
        fh.write("User-agent: *\nAllow: /\n")

    # sanity: written forms present; decoys do not collide with seller forms
    seller_forms = set()
    for p in PAGES:
        for k, v, w in p["identifiers"]:
            assert w in texts[p["path"]] or w in html.unescape(texts[p["path"]]), (p["path"], w)
            seller_forms.add(w)
    for k, v, ws, why in DECOYS:
        for w in ws:
            for sf in seller_forms:
                assert w not in sf and sf not in w, (w, sf)

    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")]
    for p in PAGES:
        pages.append({k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")})
    ops = {}
    for p in PAGES:
        op = p["operator"]
        if op and op.startswith("U"):
            o = ops.setdefault(op, {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for k, v, ws, why in DECOYS:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in ws))
        assert pg, v
        decoys.append(dict(kind=k, value=v, written=ws, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    print(f"pages={len(pages)} offers={sum(p['is_offer'] for p in pages)} decoys={len(decoys)}")

if __name__ == "__main__":
    main()
