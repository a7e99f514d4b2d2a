#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师) certificate sellers. Stdlib only, deterministic."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(s8):
    v = [int(c) if c.isdigit() else ord(c) - 55 for c in s8]
    c = 11 - sum(a * b for a, b in zip(v, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(head8, org8):
    s = head8 + org8 + org_check(org8)
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(s, W)) % 31
    return s + ALPH[0 if r == 31 else r]


def cn(d):
    return "".join("零一二三四五六七八九"[int(c)] if c.isdigit() else c for c in d)


def fw(d):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in d)


assert uscc("91440300", "19220382") == "914403001922038216"
C02 = uscc("91330106", "MA2CK7Q3")
C06 = uscc("91440106", "MA5D3R8K")
C08 = uscc("91110108", "MA01PX4G")

SITES = {
    "mall": dict(name="课优选商城", menu=["首页", "职业技能", "IT互联网", "考证专区", "直播好课", "我的订单"],
                 footer="课优选商城 客服热线 400-820-6655 ｜ 客服邮箱 kefu@keyouxuan.com ｜ 消费者维权热线 12315 ｜ 沪ICP备19023456号-1 ｜ 上海课优选网络科技有限公司"),
    "live": dict(name="知播直播", menu=["推荐", "直播", "回放", "知识", "考证", "开播"],
                 footer="知播直播 客服电话 400-655-3300 ｜ 未成年人保护与违法不良信息举报 ｜ 浙ICP备20031877号-2"),
    "tuan": dict(name="邻里团", menu=["今日团购", "学习课程", "生鲜", "团长中心", "我的拼团"],
                 footer="邻里团 官方客服QQ群 536870912 ｜ 团长招募 ｜ 粤ICP备18065432号"),
    "xianyu": dict(name="闲转二手", menu=["首页", "图书教材", "数码", "课程资料", "发布闲置"],
                   footer="闲转二手 客服电话 0571-28119900 ｜ 交易请走平台担保，谨防私下转账 ｜ 浙ICP备17054321号-3"),
    "bbs": dict(name="职场人论坛", menu=["首页", "考证交流", "求职招聘", "避坑曝光", "站务"],
                footer="职场人论坛 管理员邮箱 admin@zhichangren.net ｜ 京ICP备16013579号 ｜ 帖子内容仅代表作者观点"),
    "fenlei": dict(name="百城分类信息网", menu=["首页", "教育培训", "招聘", "二手", "本地服务", "免费发布"],
                   footer="百城分类信息网 客服热线 400-611-0208 ｜ 冀ICP备15098765号-1 ｜ 信息由用户发布，请核实后交易"),
    "wenda": dict(name="问问知道", menu=["首页", "问题", "教育", "职场", "我要提问"],
                  footer="问问知道 举报邮箱 jubao@wenwenzd.com ｜ 苏ICP备19087654号"),
    "wx": dict(name="公众号文摘", menu=["首页", "教育", "职场", "科技", "投稿"],
               footer="公众号文摘 转载自微信公众平台 ｜ 投稿邮箱 tougao@gzhwz.cn ｜ 鄂ICP备21003456号-1"),
    "news": dict(name="科教新闻网", menu=["首页", "要闻", "教育", "科技", "就业", "专题"],
                 footer="科教新闻网 新闻热线 010-65362288 ｜ 京ICP备14023398号 ｜ 互联网新闻信息服务许可证"),
    "gov": dict(name="某市人力资源和社会保障局", menu=["首页", "政务公开", "通知公告", "办事服务", "互动交流"],
                footer="主办：某市人力资源和社会保障局 ｜ 咨询电话 12333 ｜ 政务服务便民热线 12345 ｜ 浙ICP备05012345号 ｜ 网站标识码3301000012"),
}

PAGES = []


def P(path, title, body, offer=False, op=None, prov=None, ids=(), note=""):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                      provider=prov, ids=[list(x) for x in ids], note=note))


def reviews(*items):
    return "<div class='reviews'><h3>买家评价</h3>" + "".join(
        "<div class='rv'><b>%s</b>：%s</div>" % (u, t) for u, t in items) + "</div>"


def qa(*items):
    return "<div class='qa'><h3>问大家</h3>" + "".join(
        "<div class='q'>问：%s<br>答：%s</div>" % (q, a) for q, a in items) + "</div>"


def comments(*items):
    return "<div class='comments'><h3>评论</h3>" + "".join(
        "<p><b>%s</b>：%s</p>" % (u, t) for u, t in items) + "</div>"


MALL_EVENT = "<p class='event'>平台618年中好课节 活动编号：13520260618 ｜ 满300减30</p>"

# ---------------- U01 智训未来 (scammy, 包过, 三级一起拿) ----------------
P("/mall/item-1001.html", "人工智能训练师证书 三级/二级/一级 包过 人社部颁发 零基础",
  MALL_EVENT + """<h1>【智训未来】人工智能训练师 一级二级三级 三证同拿 零基础包过</h1>
<p class='price'>¥3980 <del>¥9999</del> 已售 2316</p>
<p>人社部颁发，国家职业资格证书，全国联网可查！不限学历不限经验，15天快速拿证，不过全额退款。</p>
<p>报名咨询：137-6128-4590（微信同号）　加VX: zxwl2024 领取报考资料</p>""" +
  reviews(("z***8", "客服回复挺快的，说下个月就出证"), ("学***人", "还没考，先看看"),
          ("匿名买家", "说好的一个月拿证，两个月了还在等")) +
  qa(("有个170 9533 1842打电话说是你们客服，让我再交押金，是你们吗？", "（店家）亲，我们不会电话收费，请认准店铺客服"),
     ("二级没有工作经验能报吗？", "（店家）可以的亲，我们这边都能安排")),
  True, "U01", "智训未来", [("phone", "+8613761284590", "137-6128-4590"), ("wechat", "zxwl2024", "zxwl2024")],
  "mall item: three AI-trainer levels bundled, 包过, 人社部颁发 claims")
P("/mall/shop-zxwl.html", "智训未来官方旗舰店 - 店铺首页",
  """<h1>智训未来官方旗舰店</h1><p>店铺评分 4.6 ｜ 粉丝 1.2万 ｜ 主营：职业技能证书、人工智能训练师、健康管理师</p>
<p>官网：www.zxweilai.cn　电话咨询：<a href='tel:13761284590'>点击拨打</a></p>
<ul><li><a href='/mall/item-1001.html'>人工智能训练师 三证同拿 ¥3980</a></li><li>健康管理师 包过班 ¥2680</li><li>心理咨询师 速成班 ¥1980</li></ul>
<p>店铺公告：国家政策补贴名额有限，先到先得！</p>""",
  True, "U01", "智训未来官方旗舰店", [("domain", "zxweilai.cn", "www.zxweilai.cn"), ("phone", "+8613761284590", "tel:13761284590")],
  "mall shop home of U01 listing AI-trainer bundle")
P("/live/r-2201.html", "直播回放｜AI证书小陈老师：人工智能训练师怎么拿？",
  """<h1>直播回放：人工智能训练师证书怎么快速拿？</h1><p>主播：AI证书小陈老师 ｜ 时长 1:42:10 ｜ 观看 3.4万</p>
<div class='transcript'><p>[00:12:30] 家人们，这个证是人社部颁发的，国家认可，以后AI岗位必备。</p>
<p>[00:35:02] 不用培训，不用去考场，资料交上来我们帮你搞定，包过。</p>
<p>[01:20:44] 想报名的扣个1，然后加我V信 zxwl2024，备注直播间。</p>
<p>[01:21:10] 电话也可以，一三七六一二八四五九零，我再说一遍。</p></div>""" +
  comments(("用户4471", "三级多少钱"), ("清风", "二级能直接考吗"), ("主播助理", "三级原价6980，直播间只要3980")),
  True, "U01", "AI证书小陈老师", [("wechat", "zxwl2024", "V信 zxwl2024"), ("phone", "+8613761284590", "一三七六一二八四五九零")],
  "live replay: U01 persona selling no-training 包过 certificate")
P("/tuan/p-301.html", "【拼团】人工智能训练师证书 3人成团立减1000",
  """<h1>【智训未来·拼团】人工智能训练师证书 3人成团 每人立减1000</h1><p>团长：智训未来-阿杰 ｜ 已拼 86 件 ｜ 截止 6月30日</p>
<p>成团价 ¥2980/人，三级二级可同时报，赠送题库+押题。拿证后可申领政府补贴，等于白拿。</p>
<p>拼团后加薇：zxwl2024 拉群；报名入口见 zxweilai.cn</p>""" +
  comments(("团员小美", "已拼，等成团"), ("路人甲", "补贴真的能领吗？")),
  True, "U01", "智训未来·拼团", [("wechat", "zxwl2024", "薇：zxwl2024"), ("domain", "zxweilai.cn", "zxweilai.cn")],
  "group-buy post of U01, subsidy 等于白拿 promise")

# ---------------- U02 华职联培 (mostly honest training school) ----------------
P("/wx/a-501.html", "2026年人工智能训练师（四级/三级）培训报名通知",
  """<h1>2026年人工智能训练师（四级/三级）培训报名通知</h1><p>来源公众号：华职联培教育 ｜ 2026-03-02</p>
<p>我校为经备案的职业培训机构，开设人工智能训练师四级、三级培训，理论+实操，每期40-50课时。</p>
<p>申报条件按国家职业技能标准执行：四级需五级证书后工作满4年等；不符合条件的不予报名。</p>
<p>证书由经备案的评价机构颁发，可在技能人才评价证书全国联网查询平台核验；政策疑问可拨打12333。</p>
<p>报名电话：0571-8693 2417　邮箱：hzlp_edu@163.com</p>""",
  True, "U02", "华职联培教育", [("phone", "0571-86932417", "0571-8693 2417"), ("email", "hzlp_edu@163.com", "hzlp_edu@163.com")],
  "WeChat repost: honest level 4/3 training notice of U02")
P("/mall/item-1002.html", "人工智能训练师四级培训课程（线下+线上）",
  MALL_EVENT + f"""<h1>华职人工智能学院｜人工智能训练师四级（中级工）培训课程</h1>
<p class='price'>¥1680 已售 214</p><p>课程50课时，含数据采集与处理、数据标注、智能系统运维。培训费不含认定费，认定费按评价机构标准收取。</p>
<p>证书查询：zscx.osta.org.cn　符合条件者可申领技能提升补贴，以当地人社部门规定为准。</p>
<p>开课单位：杭州华职联培职业技能培训学校有限公司 统一社会信用代码 {C02}　咨询（0571）86932417</p>""" +
  reviews(("k***a", "老师讲得细，实操多"), ("阿飞", "提醒大家补贴要交满一年社保")) +
  qa(("零基础可以报四级吗？", "（店家）需要满足申报条件，建议先报五级")),
  True, "U02", "华职人工智能学院", [("uscc", C02, C02), ("phone", "0571-86932417", "（0571）86932417")],
  "mall item: honest level-4 course by U02")
P("/fenlei/f-701.html", "杭州 人工智能训练师 周末班招生",
  """<h1>杭州华职职业培训学校 人工智能训练师周末班招生</h1><p>区域：杭州-西湖 ｜ 发布时间：2026-04-11</p>
<p>五级/四级周末班，小班教学，3月、6月、9月开班。认定批次号 15120260321 已开放报名。</p>
<p>考点：滨江职业技能实训基地（考点电话 0571-87751200）</p>
<p>联系电话：0571 86932417　邮箱：hzlp_edu#163.com（#换成@）</p>""",
  True, "U02", "杭州华职职业培训学校", [("phone", "0571-86932417", "0571 86932417"), ("email", "hzlp_edu@163.com", "hzlp_edu#163.com")],
  "classified ad of U02 for weekend classes")
P("/news/n-901.html", "AI训练师人才缺口大 职业技能培训迎来新机遇",
  f"""<h1>AI训练师人才缺口大 职业技能培训迎来新机遇</h1><p>推广 ｜ 2026-02-18</p>
<p>随着大模型应用落地，人工智能训练师需求旺盛。华职联培教育负责人介绍，学校开设五级至三级课程，严格按标准审核申报条件。</p>
<p>企业信息：杭州华职联培职业技能培训学校有限公司（统一社会信用代码：{C02}），咨询邮箱 hzlp_edu@163.com。</p>""",
  True, "U02", "华职联培教育", [("uscc", C02, C02), ("email", "hzlp_edu@163.com", "hzlp_edu@163.com")],
  "news-site advertorial for U02")

# ---------------- U03 鼎程 (certificate service, 不培训直接发证, 挂靠) ----------------
P("/xianyu/x-601.html", "人工智能训练师证 代办 挂靠 闲置名额转让",
  """<h1>人工智能训练师三级证书 代办 名额转让</h1><p>¥1500 ｜ 想要 37 ｜ 发货地 河南郑州</p>
<p>不用培训直接出证，官网可查，可挂靠公司每年拿补贴1-2万。资料齐全3个工作日出结果。</p>
<p>平台聊不方便，扣扣 2849 173 065，或电话 +86 159 0042 7316</p>""",
  True, "U03", "鼎程证书服务", [("qq", "2849173065", "扣扣 2849 173 065"), ("phone", "+8615900427316", "+86 159 0042 7316")],
  "second-hand listing selling certificate 代办 with 挂靠 promise")
P("/bbs/t-401.html", "【分享】人工智能训练师证书拿证经验（附交流群）",
  """<h1>【分享】人工智能训练师证书拿证经验（附交流群）</h1><p>楼主：鼎程老师 ｜ 考证交流版</p>
<p>很多人问AI训练师证怎么考，其实不需要去考场，材料交齐，鼎程这边统一安排，一级二级都能办。</p>
<p>交流群 Q群 735201846，有问题私聊QQ:2849173065</p>""" +
  comments(("备考人", "一级都能办？不是要技师证加四年吗"), ("学习ing", "我微信 ai_xuexi_2025 有一起备考的吗"),
           ("鼎程老师", "私聊细说")),
  True, "U03", "鼎程老师", [("qq_group", "735201846", "Q群 735201846"), ("qq", "2849173065", "QQ:2849173065")],
  "forum post by U03 offering level 1/2 without exams")
P("/fenlei/f-702.html", "代办各类职业技能证书 人工智能训练师 包过",
  """<h1>鼎程教育咨询：代办人工智能训练师等职业技能证书</h1><p>区域：郑州-金水 ｜ 发布时间：2026-05-03</p>
<p>全国通用，入库可查，包过，一次不过免费重考。企业资质挂靠、补贴申领一条龙。</p>
<p>联系：159-0042-7316 张老师　客户群：735201846</p>""",
  True, "U03", "鼎程教育咨询", [("phone", "+8615900427316", "159-0042-7316"), ("qq_group", "735201846", "735201846")],
  "classified ad of U03, 包过 and 挂靠")
P("/wenda/q-801.html", "人工智能训练师证书在哪里考？多少钱？",
  """<h1>人工智能训练师证书在哪里考？多少钱？</h1><p>提问者：匿名用户 ｜ 3个回答</p>
<div class='answer'><b>鼎程证书顾问</b>：可以直接办理，三级1500，二级2800，不用考试，联系企鹅 ２８４９１７３０６５。</div>
<div class='answer'><b>热心网友</b>：去当地人社局官网查评价机构，别信代办。</div>""",
  True, "U03", "鼎程证书顾问", [("qq", "2849173065", "２８４９１７３０６５")],
  "Q&A page whose answer is a U03 certificate-service ad")

# ---------------- U04 启明AI学堂 ----------------
P("/live/r-2202.html", "直播回放｜启明AI学堂：数据标注入门到拿证",
  """<h1>直播回放：数据标注入门到拿证（人工智能训练师五级）</h1><p>主播：启明AI学堂-周老师 ｜ 时长 58:20</p>
<div class='transcript'><p>[00:05:00] 今天讲数据标注的基础，五级需要相关工作满一年或者学徒期满。</p>
<p>[00:40:12] 课程编号 18800312025，拍下后加VX qmxt_ai 拉学习群。</p>
<p>[00:52:30] 电话咨询 177 0215 3368。</p></div>""" +
  comments(("Lily", "讲得挺实在"), ("用户9021", "价格多少")),
  True, "U04", "启明AI学堂", [("wechat", "qmxt_ai", "VX qmxt_ai"), ("phone", "+8617702153368", "177 0215 3368")],
  "live replay of U04 level-5 course")
P("/mall/item-1003.html", "启明AI学堂 人工智能训练师五级 数据标注实战课",
  MALL_EVENT + """<h1>启明AI学堂｜人工智能训练师（五级）数据标注实战课 60课时</h1>
<p class='price'>¥899 已售 1032</p><p>课程编号：18800312025 ｜ 含标注工具实操、模拟题。课程结束可协助报名认定考试（需满足申报条件）。</p>
<p>大额团报电话 17702153368；对公或私下转账请核对收款户名：刘建军</p>""" +
  reviews(("t***9", "内容不错"), ("晴天", "转账给个人有点不放心，还是平台下单了")),
  True, "U04", "启明AI学堂", [("phone", "+8617702153368", "17702153368"), ("other", "payee:刘建军", "刘建军")],
  "mall item of U04 level-5 course; personal payee name")
P("/tuan/p-302.html", "【团购】启明AI学堂 数据标注课 两人团",
  """<h1>【团购】启明AI学堂 数据标注课 两人团 ¥699</h1><p>团长：启明-小周 ｜ 已拼 41 件</p>
<p>两人成团，送人工智能训练师五级模拟题库。成团后V:qmxt_ai 发课程链接，付款户名刘建军。</p>""",
  True, "U04", "启明AI学堂", [("wechat", "qmxt_ai", "V:qmxt_ai"), ("other", "payee:刘建军", "刘建军")],
  "group-buy post of U04")
P("/xianyu/x-602.html", "人工智能训练师 考前内部题库 电子版",
  """<h1>人工智能训练师五级/四级 考前内部题库 电子版 秒发</h1><p>¥39 ｜ 想要 112 ｜ 发货地 上海</p>
<p>内部题库命中率90%，启明学堂学员专用资料。拍下后微信：QMXT_AI 发网盘链接。退款找刘建军。</p>""",
  True, "U04", "启明学堂资料", [("wechat", "qmxt_ai", "QMXT_AI"), ("other", "payee:刘建军", "刘建军")],
  "second-hand listing of U04 'internal question bank'")

# ---------------- U05 优才证书网 ----------------
P("/wx/a-502.html", "AI训练师证书，人社部认证新职业，错过再等一年！",
  """<h1>AI训练师证书，人社部认证新职业，错过再等一年！</h1><p>来源公众号：优才证书网 ｜ 2026-01-09</p>
<p>国家级证书，人社部认证，全国通用，终身有效，可直接对应职称证书！零基础、不限专业、无门槛。</p>
<p>官网报名：youcaizs.com　全国统一热线：400-087-1526</p>""",
  True, "U05", "优才证书网", [("domain", "youcaizs.com", "youcaizs.com"), ("phone", "4000871526", "400-087-1526")],
  "WeChat article of U05 with 人社部认证 and 职称 overclaims")
P("/fenlei/f-703.html", "人工智能训练师 报名 全国招生",
  """<h1>优才教育：人工智能训练师全国招生</h1><p>区域：全国 ｜ 发布时间：2026-03-22</p>
<p>一年两考，考点：滨江职业技能实训基地（0571-87751200），异地可远程考。</p>
<p>热线 4000871526　资料发送至 service@youcaizs.com</p>""",
  True, "U05", "优才教育", [("phone", "4000871526", "4000871526"), ("email", "service@youcaizs.com", "service@youcaizs.com")],
  "classified ad of U05")
P("/bbs/t-402.html", "求助：有人考过优才的AI训练师吗？（内附官方回复）",
  """<h1>优才证书网官方：关于人工智能训练师报考的说明</h1><p>楼主：优才证书网客服 ｜ 考证交流版</p>
<p>近期咨询较多统一回复：我们证书可在官网 www.youcaizs.com 查询，真实有效。</p>
<p>商务合作 service(at)youcaizs.com</p>""" +
  comments(("老张", "官网查询？不应该是人社那边查吗"), ("路过", "mark")),
  True, "U05", "优才证书网", [("domain", "youcaizs.com", "www.youcaizs.com"), ("email", "service@youcaizs.com", "service(at)youcaizs.com")],
  "forum post by U05 pointing to its own query site")

# ---------------- U06 蓝鲸数据 (honest, level 5) ----------------
P("/mall/item-1004.html", "蓝鲸数据标注培训 人工智能训练师五级 线下实训",
  MALL_EVENT + f"""<h1>蓝鲸数据标注培训｜人工智能训练师五级 线下实训班</h1>
<p class='price'>¥1200 已售 388</p><p>60课时，理论30%+实操70%。认定由经备案的评价机构组织，考试不合格可补考一次，不承诺通过。</p>
<p>广州蓝鲸数据科技有限公司 统一社会信用代码 {C06}　电话 020-3882 7615</p>""" +
  reviews(("w***n", "实训环境真实"), ("小米粒", "有问题打过12315？没有，服务挺好")),
  True, "U06", "蓝鲸数据标注培训", [("uscc", C06, C06), ("phone", "020-38827615", "020-3882 7615")],
  "mall item: honest level-5 course, no pass promise")
P("/live/r-2203.html", "直播回放｜蓝鲸数据：数据标注员一天在做什么",
  """<h1>直播回放：数据标注员一天在做什么</h1><p>主播：蓝鲸数据-王工 ｜ 时长 45:03</p>
<div class='transcript'><p>[00:20:00] 我们的五级班每月开一期，不承诺包过。</p>
<p>[00:41:00] 报名电话 020 38827615。</p></div>""",
  True, "U06", "蓝鲸数据", [("phone", "020-38827615", "020 38827615")],
  "live replay of U06")
P("/wx/a-503.html", "人工智能训练师五级认定须知",
  f"""<h1>人工智能训练师五级认定须知</h1><p>来源公众号：蓝鲸数据标注学院 ｜ 2026-05-20</p>
<p>证书编号为1位字母加21位数字（规则示例 Y000123XXXXXX195000001），可登录 zscx.osta.org.cn 查询。报名表请发送至 lanjing_px@126.com（请勿发送至模板示例邮箱 yourname@example.com）。</p>
<p>主体：广州蓝鲸数据科技有限公司（{C06}）</p>""",
  True, "U06", "蓝鲸数据标注学院", [("email", "lanjing_px@126.com", "lanjing_px@126.com"), ("uscc", C06, C06)],
  "WeChat article of U06 with correct query site")

# ---------------- U07 小鹿老师 ----------------
P("/live/r-2204.html", "直播回放｜小鹿老师：宝妈在家做AI训练师月入过万",
  """<h1>直播回放：宝妈在家做AI训练师，月入过万不是梦</h1><p>主播：小鹿老师AI考证 ｜ 时长 2:10:44</p>
<div class='transcript'><p>[00:30:00] 90%小白都能学会，原价9999限时99，拿证包分配兼职。</p>
<p>[01:55:00] 加我VX：xiaolu_ai88 领课。</p></div>""" +
  comments(("宝妈小圆", "真的能接单吗"), ("学习ing", "我微信 ai_xuexi_2025 组队")),
  True, "U07", "小鹿老师AI考证", [("wechat", "xiaolu_ai88", "VX：xiaolu_ai88")],
  "live replay: 99 yuan bait, job promise")
P("/tuan/p-303.html", "【团购】小鹿老师AI训练师速成营 99元",
  """<h1>【团购】小鹿老师AI训练师速成营 ¥99</h1><p>团长：小鹿老师 ｜ 已拼 503 件</p>
<p>7天速成，结营送证书报名名额。拼团后加小鹿的微：xiaolu_ai88，或致电 181 2936 4470。</p>""",
  True, "U07", "小鹿老师", [("wechat", "xiaolu_ai88", "xiaolu_ai88"), ("phone", "+8618129364470", "181 2936 4470")],
  "group-buy of U07 速成营")
P("/xianyu/x-603.html", "转让 小鹿老师AI训练师速成营 名额",
  """<h1>转让 小鹿AI训练师进阶营名额 含考证服务</h1><p>¥1980 ｜ 发货地 湖南长沙</p>
<p>进阶营包含三级证书报考服务，名额有限，直接联系 181-2936-4470。</p>""",
  True, "U07", "小鹿AI训练师进阶营", [("phone", "+8618129364470", "181-2936-4470")],
  "second-hand listing reselling U07 upsell camp with certificate service")

# ---------------- U08 卓越人才测评 (state-sounding name, company code 91) ----------------
P("/wx/a-504.html", "中国人工智能人才测评中心：人工智能训练师认证报名",
  f"""<h1>中国人工智能人才测评中心 人工智能训练师认证报名开启</h1><p>来源公众号：卓越人才测评 ｜ 2026-04-02</p>
<p>本中心证书国家认可、官方认证，证书编号入库可查，可用于积分落户。</p>
<p>运营主体：北京卓越人才测评技术有限公司 {C08}　地址：漕河泾某大厦12层（大厦前台 021-64318800）</p>
<p>报名专线 131 2098 7753</p>""",
  True, "U08", "中国人工智能人才测评中心", [("uscc", C08, C08), ("phone", "+8613120987753", "131 2098 7753")],
  "WeChat article: company with state-sounding 中国…中心 name")
P("/wenda/q-802.html", "人工智能训练师证书哪家机构靠谱？",
  """<h1>人工智能训练师证书哪家机构靠谱？</h1><p>提问者：小白求助 ｜ 2个回答</p>
<div class='answer'><b>zy_rc测评</b>：推荐卓越人才测评，官方认证，可落户加分，咨询 13120987753。</div>
<div class='answer'><b>匿名</b>：去pjjg.osta.org.cn 查备案机构。</div>""",
  True, "U08", "卓越人才测评", [("phone", "+8613120987753", "13120987753")],
  "Q&A answer advertising U08")
P("/mall/shop-zyrc.html", "卓越人才测评旗舰店 - 店铺首页",
  f"""<h1>卓越人才测评旗舰店</h1><p>店铺评分 4.2 ｜ 主营：职业技能认证</p>
<p>营业执照主体：北京卓越人才测评技术有限公司，统一社会信用代码 {C08}</p>
<ul><li>人工智能训练师认证（三级）¥2600</li><li>AIGC应用证书 ¥598</li></ul>
<p>发票与合作：zyrc_ceping AT 126.com</p>""",
  True, "U08", "卓越人才测评旗舰店", [("uscc", C08, C08), ("email", "zyrc_ceping@126.com", "zyrc_ceping AT 126.com")],
  "mall shop home of U08")

# ---------------- U09 学慧教育 ----------------
P("/tuan/p-304.html", "【社区团购】学慧教育 AI训练师四级备考班",
  """<h1>【社区团购】学慧教育 人工智能训练师四级备考班 ¥1280</h1><p>团长：学慧-陈老师 ｜ 已拼 22 件</p>
<p>入群领资料，群号：618204937；电话 199 5610 3827。</p>""",
  True, "U09", "学慧教育", [("qq_group", "618204937", "618204937"), ("phone", "+8619956103827", "199 5610 3827")],
  "group-buy of U09")
P("/mall/item-1005.html", "学慧教育 人工智能训练师四级 直播+录播",
  MALL_EVENT + """<h1>学慧教育｜人工智能训练师四级 直播+录播 备考班</h1>
<p class='price'>¥1380 已售 97</p><p>面授点：漕河泾某大厦8层（到访请先联系大厦前台 021-64318800 登记）</p>
<p>课程顾问 199 5610 3827</p>""" + reviews(("a***1", "老师负责")),
  True, "U09", "学慧教育", [("phone", "+8619956103827", "199 5610 3827")],
  "mall item of U09")
P("/fenlei/f-704.html", "上海 人工智能训练师四级 培训",
  """<h1>学慧职业培训：人工智能训练师四级培训</h1><p>区域：上海-徐汇 ｜ 发布时间：2026-05-15</p>
<p>认定批次号 15120260321 同步报名。交流群 QQ群 618 204 937</p><p>邮箱：yourname@example.com</p>""",
  True, "U09", "学慧职业培训", [("qq_group", "618204937", "QQ群 618 204 937")],
  "classified ad of U09")

# ---------------- independents ----------------
P("/mall/item-1006.html", "数智未来课堂 人工智能训练师五级 入门课",
  MALL_EVENT + """<h1>数智未来课堂｜人工智能训练师（五级）入门课</h1><p class='price'>¥980 已售 156</p>
<p>按国家职业技能标准（2021年版）设计，课程不含认定费，不承诺拿证。助教微信 szwl_kt</p>""" +
  reviews(("m***e", "适合入门")),
  True, "I01", "数智未来课堂", [("wechat", "szwl_kt", "szwl_kt")], "mall item of an honest independent seller")
P("/live/r-2205.html", "直播回放｜AI老王：一个证书多份收入",
  """<h1>直播回放：一个AI证书，多份收入</h1><p>主播：AI老王讲证书 ｜ 时长 1:05:00</p>
<div class='transcript'><p>[00:10:00] 工信部认证的人工智能证书，交费包过，拿到证书便可升职加薪。</p>
<p>[00:50:00] 报名打 135 8821 6740。</p></div>""",
  True, "I02", "AI老王讲证书", [("phone", "+8613588216740", "135 8821 6740")], "live replay of an independent scammer")
P("/xianyu/x-604.html", "二手 人工智能训练师教材 全套 可代报名",
  """<h1>二手 人工智能训练师教材 全套 九成新 可代报名三级</h1><p>¥120 ｜ 发货地 江苏南京</p>
<p>原课程编号 18800312025（启明的课，已学完），教材转让。另可代报名三级考试，QQ 3320581746。</p>""",
  True, "I03", "二手书铺小周", [("qq", "3320581746", "QQ 3320581746")], "second-hand textbook listing with sign-up service")
P("/bbs/t-403.html", "南京启航职业培训学校 人工智能训练师招生简章",
  """<h1>南京启航职业培训学校 人工智能训练师招生简章</h1><p>楼主：启航培训 ｜ 考证交流版</p>
<p>五级、四级开班，认定批次号 15120260321。咨询 025-84519736；对培训收费有异议可拨打政务热线12345。</p>""" + comments(("小王", "周末有班吗")),
  True, "I04", "南京启航职业培训学校", [("phone", "025-84519736", "025-84519736")], "forum post of an independent school")
P("/wx/a-505.html", "继续教育学院 人工智能训练师社会培训报名",
  """<h1>继续教育学院 人工智能训练师社会培训报名</h1><p>来源公众号：某职业技术学院继续教育学院</p>
<p>面向社会开展五级、四级培训。证书可在 zscx.osta.org.cn 查询；政策咨询12333。考点：滨江职业技能实训基地（0571-87751200）。</p>
<p>报名邮箱 jxjy@hzzyxy.edu.cn</p>""",
  True, "I05", "某职业技术学院继续教育学院", [("email", "jxjy@hzzyxy.edu.cn", "jxjy@hzzyxy.edu.cn")], "college continuing-education sign-up")
P("/news/n-902.html", "智联数科：让AI训练师走进千家万户",
  """<h1>智联数科：让AI训练师走进千家万户</h1><p>推广 ｜ 2026-03-30</p>
<p>智联数科推出人工智能训练师三级、二级、一级一站式认证，不限学历，官网 zlsk-ai.com 报名。</p>""",
  True, "I06", "智联数科", [("domain", "zlsk-ai.com", "zlsk-ai.com")], "news advertorial of an independent seller")

# ---------------- non-offers ----------------
P("/news/n-903.html", "警惕！冒充培训机构客服诈骗，已有多人被骗",
  """<h1>警惕！冒充培训机构客服诈骗，已有多人被骗</h1><p>记者 李明 ｜ 2026-05-28</p>
<p>多名市民反映接到自称培训机构客服的电话，号码为17095331842，要求缴纳“证书押金”。警方提示：如遇问题请拨打12315或12333核实。</p>
<p>证书编号示例：Y000123XXXXXX195000001，应在官方平台查询。</p>""",
  note="news report of a scam call, quotes scam number")
P("/gov/t-1001.html", "关于警惕技术技能类“山寨证书”的提示",
  """<h1>关于警惕技术技能类“山寨证书”的提示</h1><p>发布日期：2026-04-15</p>
<p>职业技能等级证书由经备案的评价机构颁发，可登录 zscx.osta.org.cn 查询。评价机构名单见 pjjg.osta.org.cn。对“包过”“不培训直接发证”等宣传请提高警惕。</p>
<p>本市认定批次号 15120260321 已公示。证书编号示例：Y000123XXXXXX195000001。咨询电话12333。</p>""",
  note="official warning notice")
P("/bbs/t-404.html", "【避坑】交了3980的AI训练师证书，至今没拿到",
  """<h1>【避坑】交了3980的AI训练师证书，至今没拿到</h1><p>楼主：被坑的打工人 ｜ 避坑曝光版</p>
<p>某店说人社部颁发一个月拿证，现在客服不回，还有个170-9533-1842打电话让我交押金。已打12315投诉，12345也打了。</p>""" +
  comments(("学习ing", "同坑，我微信 ai_xuexi_2025 拉个维权群"), ("版主", "请勿发布具体商家，注意隐私")),
  note="complaint post")
P("/wenda/q-803.html", "人工智能训练师五级报考需要什么条件？",
  """<h1>人工智能训练师五级报考需要什么条件？</h1><p>提问者：ai_beikao ｜ 1个回答</p>
<div class='answer'><b>热心网友</b>：累计从事本职业或相关职业工作满1年，或本职业学徒期满。</div>""" +
  comments(("学习ing", "我微信 ai_xuexi_2025 一起备考")),
  note="learner's question")
P("/wx/a-506.html", "技能提升补贴怎么领？一文读懂",
  """<h1>技能提升补贴怎么领？一文读懂</h1><p>来源公众号：就业政策通</p>
<p>参保满一年的职工取得五级、四级、三级证书，可分别申领最高1000、1500、2000元。二级、一级无此项全国补贴。</p>""",
  note="policy explainer on skill-upgrade subsidy")
P("/mall/item-1007.html", "Python数据分析实战 零基础入门",
  MALL_EVENT + """<h1>Python数据分析实战 零基础入门</h1><p class='price'>¥199</p><p>Pandas、可视化、项目实战，不含任何证书。</p>""",
  note="unrelated course item")
P("/fenlei/f-705.html", "招聘 数据标注员 若干名",
  """<h1>招聘：数据标注员 若干名</h1><p>区域：郑州-高新 ｜ 薪资 4000-6000</p><p>有人工智能训练师证书优先，工作地点高新区。</p>""",
  note="job ad for data annotators")

DECOYS = [
    ("phone", "4008206655", ["400-820-6655"], "mall platform customer service in footer"),
    ("email", "kefu@keyouxuan.com", ["kefu@keyouxuan.com"], "mall platform e-mail in footer"),
    ("other", "沪ICP备19023456号-1", ["沪ICP备19023456号-1"], "mall platform ICP licence"),
    ("phone", "12315", ["12315"], "public consumer hotline"),
    ("phone", "4006553300", ["400-655-3300"], "live platform customer service"),
    ("other", "浙ICP备20031877号-2", ["浙ICP备20031877号-2"], "live platform ICP"),
    ("qq_group", "536870912", ["536870912"], "group-buy platform official QQ group"),
    ("other", "粤ICP备18065432号", ["粤ICP备18065432号"], "group-buy platform ICP"),
    ("phone", "0571-28119900", ["0571-28119900"], "second-hand platform customer service"),
    ("other", "浙ICP备17054321号-3", ["浙ICP备17054321号-3"], "second-hand platform ICP"),
    ("email", "admin@zhichangren.net", ["admin@zhichangren.net"], "forum admin e-mail"),
    ("other", "京ICP备16013579号", ["京ICP备16013579号"], "forum ICP"),
    ("phone", "4006110208", ["400-611-0208"], "classifieds platform customer service"),
    ("other", "冀ICP备15098765号-1", ["冀ICP备15098765号-1"], "classifieds ICP"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder phone in classifieds post form"),
    ("email", "jubao@wenwenzd.com", ["jubao@wenwenzd.com"], "Q&A platform report e-mail"),
    ("other", "苏ICP备19087654号", ["苏ICP备19087654号"], "Q&A platform ICP"),
    ("email", "tougao@gzhwz.cn", ["tougao@gzhwz.cn"], "WeChat repost site submission e-mail"),
    ("other", "鄂ICP备21003456号-1", ["鄂ICP备21003456号-1"], "WeChat repost site ICP"),
    ("phone", "010-65362288", ["010-65362288"], "news site hotline"),
    ("other", "京ICP备14023398号", ["京ICP备14023398号"], "news site ICP"),
    ("phone", "12333", ["12333"], "人社 public hotline"),
    ("phone", "12345", ["12345"], "government service hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official list of evaluation institutions"),
    ("phone", "+8617095331842", ["17095331842", "170-9533-1842", "170 9533 1842"], "scam caller number quoted in news, complaint and a buyer question"),
    ("other", "13520260618", ["13520260618"], "platform campaign number shaped like a mobile"),
    ("other", "15120260321", ["15120260321"], "assessment batch number shaped like a mobile"),
    ("other", "18800312025", ["18800312025"], "course number shaped like a mobile, quoted by a reseller"),
    ("other", "Y000123XXXXXX195000001", ["Y000123XXXXXX195000001"], "sample certificate number from the rules"),
    ("phone", "0571-87751200", ["0571-87751200"], "exam venue (third party) phone"),
    ("phone", "021-64318800", ["021-64318800"], "office building front desk phone"),
    ("wechat", "ai_xuexi_2025", ["ai_xuexi_2025"], "a reader's own WeChat in comments"),
    ("email", "yourname@example.com", ["yourname@example.com"], "template placeholder e-mail"),
]

FENLEI_SIDE = "<p class='post-tip'>免费发布信息：填写手机号（如13800138000）即可发布</p>"


def found(w, text):
    return re.search(r"(?<![0-9A-Za-z_.])" + re.escape(w) + r"(?![0-9A-Za-z_])", text) is not None


def site_of(path):
    return path.split("/")[1] if path.count("/") > 1 else None


def frame(site, path, title, body, siblings):
    s = SITES[site]
    menu = " | ".join("<a href='/%s/index.html'>%s</a>" % (site, m) for m in s["menu"])
    rel = "".join("<li><a href='%s'>%s</a></li>" % (p["path"], html.escape(p["title"][:24]))
                  for p in siblings if p["path"] != path)[:4000]
    side = "<aside class='sidebar'><h3>相关推荐</h3><ul>%s</ul>%s</aside>" % (
        rel, FENLEI_SIDE if site == "fenlei" else "")
    crumbs = "<nav class='crumbs'><a href='/index.html'>导航</a> &gt; <a href='/%s/index.html'>%s</a> &gt; %s</nav>" % (
        site, s["name"], html.escape(title[:30]))
    return ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>%s - %s</title></head>\n"
            "<body class='site-%s'><header><div class='logo'>%s</div><nav class='menu'>%s</nav></header>\n%s\n"
            "<main>%s</main>\n%s\n<footer>%s</footer></body></html>\n") % (
        html.escape(title), s["name"], site, s["name"], menu, crumbs, body, side, s["footer"])


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    by_site = {}
    for p in PAGES:
        by_site.setdefault(site_of(p["path"]), []).append(p)
    idx_pages = []
    for site in SITES:
        lst = by_site.get(site, [])
        body = "<h1>%s</h1><ul>%s</ul>" % (SITES[site]["name"], "".join(
            "<li><a href='%s'>%s</a></li>" % (p["path"], html.escape(p["title"])) for p in lst))
        idx_pages.append(dict(path="/%s/index.html" % site, title=SITES[site]["name"] + " 首页", body=body,
                              is_offer=False, operator=None, provider=None, ids=[],
                              note="site index page of " + SITES[site]["name"]))
    out = {}
    for p in PAGES + idx_pages:
        site = site_of(p["path"])
        out[p["path"]] = frame(site, p["path"], p["title"], p["body"], by_site.get(site, []))
    nav = ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>网址导航</title></head><body>"
           "<h1>网址导航</h1><ul>%s</ul><footer>网址导航页 仅供链接</footer></body></html>\n") % "".join(
        "<li><a href='/%s/index.html'>%s</a></li>" % (s, SITES[s]["name"]) for s in SITES)
    out["/index.html"] = nav
    allp = PAGES + idx_pages + [dict(path="/index.html", is_offer=False, operator=None, provider=None, ids=[],
                                     note="navigation page linking every site index")]
    for path, text in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    pages = [dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                  identifiers=p["ids"], note=p["note"]) for p in sorted(allp, key=lambda x: x["path"])]
    ops = {}
    for p in pages:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _ in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, text in out.items() if any(found(w, text) for w in written))
        owners = {next(p["operator"] for p in pages if p["path"] == x) for x in pg}
        assert len(pg) >= 2 and len(owners) >= 2, (value, pg)
        decoys.append(dict(kind=kind, value=value, written=written, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
