#!/usr/bin/env python3
"""Web 12bg: Zhengzhou (郑州) as a regulator searching the city meets it.
Deterministic, standard library only. Writes site/ and truth.json."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(body):
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    s = sum(val(c) * w for c, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(p16):
    p = p16 + _org_check(p16[8:16])
    s = sum(ALPHA.index(c) * w for c, w in zip(p, WTS))
    r = 31 - s % 31
    return p + ALPHA[0 if r == 31 else r]


# ---------------------------------------------------------------- identifiers
U01_USCC = uscc("52410105MJ1A7K3C")
U04_USCC = uscc("91410100MA9GQ2L8")
U07_USCC = uscc("91410105MA47D8N2")
U08_USCC = uscc("91410103MA3X6P5R")
I06_USCC = uscc("91410100MA45T9W1")
FORUM_USCC = uscc("91410105MA9K1E6H")
SHOP_USCC = uscc("91410196MA9F3B7T")

PAGES = []
DECOYS = {}


def decoy(key, kind, value, written, note):
    DECOYS[key] = {"kind": kind, "value": value, "written": [written], "paths": [], "note": note}
    return written


def use(key, path):
    d = DECOYS[key]
    if path not in d["paths"]:
        d["paths"].append(path)
    return d["written"][0]


# decoys ----------------------------------------------------------------------
decoy("d12333", "phone", "12333", "12333", "人社 national service hotline")
decoy("d12315", "phone", "12315", "12315", "market-regulation complaint hotline")
decoy("d12345", "phone", "12345", "12345", "郑州 12345 市民热线 (city hotline)")
decoy("dzscx", "domain", "zscx.osta.org.cn", "zscx.osta.org.cn", "official national certificate query site, quoted by sellers and news")
decoy("djndj", "domain", "jndj.osta.org.cn", "jndj.osta.org.cn", "official query URL printed on certificates")
decoy("dhrss", "domain", "hrss.henan.gov.cn", "hrss.henan.gov.cn", "河南省人社厅 site (provincial official)")
decoy("dforumtel", "phone", "+8637165958800", "0371-6595 8800", "forum platform 郑州圈 customer service, in every forum page frame")
decoy("dforummail", "email", "service@zzquan.com", "service@zzquan.com", "forum platform e-mail in frame")
decoy("dforumuscc", "uscc", FORUM_USCC, FORUM_USCC, "forum operator company's licence in footer")
decoy("dbxb400", "phone", "+864000668520", "400-066-8520", "classifieds platform 郑州百姓帮 hotline in frame")
decoy("dbxbqun", "qq_group", "618832907", "618832907", "classifieds platform's own 站务 QQ group in frame")
decoy("dshopmail", "email", "kf@kejimall.cn", "kf@kejimall.cn", "marketplace 课集商城 customer-service e-mail in frame")
decoy("dshopuscc", "uscc", SHOP_USCC, SHOP_USCC, "marketplace operator licence in frame")
decoy("dshopdomain", "domain", "kejimall.cn", "www.kejimall.cn", "marketplace own domain in frame")
decoy("dbuilder", "domain", "yunzhanbao.cn", "yunzhanbao.cn", "site-builder credit 云站宝 on school sites of different sellers")
decoy("dwjx", "domain", "wjx.cn", "wjx.cn", "问卷星 form-tool links used by several sellers")
decoy("dtpltel", "phone", "+8613800000000", "138-0000-0000", "template placeholder phone left in school-site templates")
decoy("dtplmail", "email", "yourname@example.com", "yourname@example.com", "template placeholder e-mail")
decoy("dscam", "phone", "+8615537192046", "155 3719 2046", "scammer's phone quoted in news warning and in a complaint thread")
decoy("dorder", "other", "18720260315", "18720260315", "order number that looks like a mobile (buyer review and complaint)")
decoy("dcourse", "other", "13105260088", "13105260088", "platform course/班次 number that looks like a mobile")
decoy("dvenue", "phone", "+8637163956211", "0371-63956211", "assessment station (考点) number quoted by sellers of different operators")
decoy("dbuyerwx", "wechat", "mengmeng_zz0521", "mengmeng_zz0521", "a commenter's own WeChat posted on several sellers' threads")
decoy("dbuyerqq", "qq", "925418836", "925418836", "a commenter's own QQ on two Q&A threads")
decoy("dnewstel", "phone", "+8637165196110", "0371-6519 6110", "news site 新闻热线 in frame")
decoy("dvideomail", "email", "help@doupai.cn", "help@doupai.cn", "short-video platform help e-mail in frame")
decoy("dvslc", "domain", "vslc.ncb.edu.cn", "vslc.ncb.edu.cn", "legacy 1+X query platform quoted in policy text and help page")


def add(path, site, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append({"path": path, "site": site, "title": title, "body": body,
                  "is_offer": offer, "operator": op, "provider": provider,
                  "identifiers": [list(x) for x in ids], "note": note})


def rel(frm, to):
    """relative href from page path frm to page path to (both start with /)."""
    a = frm.strip("/").split("/")[:-1]
    b = to.strip("/").split("/")
    i = 0
    while i < len(a) and i < len(b) - 1 and a[i] == b[i]:
        i += 1
    return "/".join([".."] * (len(a) - i) + b[i:])


def link(frm, to, text):
    return f'<a href="{rel(frm, to)}">{text}</a>'


# ======================================================================= pages
# ---------------------------------------------------------------- forum (郑州圈)
P = "/forum/thread-2287141.html"
U01_F_WX = "ZYZX_AI2026"
U01_F_TEL = "136 7371 2086"
add(P, "forum", "郑州有靠谱的人工智能训练师培训吗？金水区这边 - 职场交流 - 郑州圈", f"""
<div class="post"><div class="author">楼主：<b>花园路搬砖人</b> <span>Lv3 · 发表于 2026-11-02 21:14</span></div>
<div class="content"><p>在郑东新区做电商客服，公司说明年可能要做数据标注的活，想考个人工智能训练师，看网上好多广告，有没有本地能线下上课的？别推荐那种交钱就发证的。</p></div></div>
<div class="post"><div class="author">2楼：<b>中原智训小陈</b> <span>Lv5 · 认证：教育机构 · 2026-11-02 22:03</span></div>
<div class="content"><p>可以了解下我们中原智训，金水区花园路农科路口往南200米，线下周末班，五级/四级都有，理论+实操（数据采集、数据标注、智能系统运维），考前一周集中模拟。</p>
<p>按标准五级要从事本职业或相关职业满1年，客服、数据录入这类相关岗位一般可以，具体看你的工作证明，不符合条件的我们不收，也不搞什么包过。</p>
<p>认定由备案的评价机构组织，证书能在{use('dzscx', P)}查。有社保满一年的可以申请技能提升补贴，五级最高1000元。</p>
<p>想要课表的加微信 {U01_F_WX}，或者打 {U01_F_TEL}（陈老师，白天上课可能接不到，微信留言就行）。</p></div></div>
<div class="post"><div class="author">3楼：<b>小透明2019</b> <span>2026-11-03 08:41</span></div>
<div class="content"><p>插楼求带，我也想考，加我微信 {use('dbuyerwx', P)} 一起报有优惠吗</p></div></div>
<div class="post"><div class="author">4楼：<b>花园路搬砖人</b> <span>2026-11-03 09:12</span></div>
<div class="content"><p>@中原智训小陈 五级多少钱？周末班一共几次课？</p></div></div>
<div class="post"><div class="author">5楼：<b>中原智训小陈</b> <span>2026-11-03 09:40</span></div>
<div class="content"><p>五级培训费1980，含教材和机房实操，认定费按考点标准另交，一共8个周末。</p></div></div>
""", True, "U01", "中原智训",
    [("wechat", "zyzx_ai2026", U01_F_WX), ("phone", "+8613673712086", U01_F_TEL)],
    "forum reply selling a weekend AI-trainer class (U01 brand 中原智训)")

P = "/forum/thread-2290533.html"
U03_F_TEL = "幺八六三八二零七七四五"
U03_F_MAIL = "hnzjt88 at 163 dot com"
add(P, "forum", "人工智能训练师证现在还能考吗？听说要取消了 - 职场交流 - 郑州圈", f"""
<div class="post"><div class="author">楼主：<b>二七广场打工人</b> <span>Lv2 · 2026-10-19 13:25</span></div>
<div class="content"><p>朋友圈有人说人工智能训练师证明年就不发了，现在不考以后就没了，真的假的？</p></div></div>
<div class="post"><div class="author">2楼：<b>豫信老师-专注考证</b> <span>Lv1 · 2026-10-19 13:40</span></div>
<div class="content"><p>是真的，名额有限，人社部颁发，全国通用，入库可查。我们豫信人才服务这期还有最后几个名额，零基础也能报，三级二级都可以直接报，不用看工作年限，考不过全额退。</p>
<p>电话不方便发，发了会被删，号码：{U03_F_TEL}，资料发邮箱 {U03_F_MAIL}</p></div></div>
<div class="post"><div class="author">3楼：<b>老郑州</b> <span>Lv7 · 2026-10-19 14:02</span></div>
<div class="content"><p>楼上这种一看就是卖证的。等级证书是评价机构发的，人社部不直接颁发。零基础直接报二级？标准里二级要三级证书再干好几年。楼主别信。</p></div></div>
<div class="post"><div class="author">4楼：<b>豫信老师-专注考证</b> <span>2026-10-19 14:10</span></div>
<div class="content"><p>我们有内部渠道，不懂别乱说。</p></div></div>
<div class="post"><div class="author">5楼：<b>版主-职场交流</b> <span>2026-10-19 15:30</span></div>
<div class="content"><p>提醒：本版禁止发布带联系方式的广告，遇到“包过”“内部渠道”请谨慎，可拨打{use('d12333', P)}咨询。</p></div></div>
""", True, "U03", "豫信人才服务",
    [("phone", "+8618638207745", U03_F_TEL), ("email", "hnzjt88@163.com", U03_F_MAIL)],
    "forum reply pushing 包过 / 人社部颁发 / level 2 to beginners (U03)")

P = "/forum/thread-2301876.html"
U06_F_QQ = "一三九二零四七七八五"
add(P, "forum", "航海路附近周末能学的AI课推荐 - 教育培训 - 郑州圈", f"""
<div class="post"><div class="author">楼主：<b>航海路小饼干</b> <span>Lv3 · 2026-11-10 19:02</span></div>
<div class="content"><p>管城区航海路附近有没有周末的人工智能训练师课，想考四级，有五级证了。</p></div></div>
<div class="post"><div class="author">2楼：<b>豫智AI考证</b> <span>Lv2 · 2026-11-10 19:30</span></div>
<div class="content"><p>我们豫智AI考证在航海东路紫荆山路口，四级小班12人，周六全天，6周结课。五级证满4年就能报四级，带上证书复印件和工作证明来。</p>
<p>学费2680，社保满一年可以申请1500补贴。扣扣：{U06_F_QQ}（加的时候备注郑州圈）</p></div></div>
<div class="post"><div class="author">3楼：<b>小透明2019</b> <span>2026-11-11 07:58</span></div>
<div class="content"><p>想组团，微信 {use('dbuyerwx', P)}</p></div></div>
<div class="post"><div class="author">4楼：<b>航海路小饼干</b> <span>2026-11-11 12:20</span></div>
<div class="content"><p>谢谢，周末去看看环境。</p></div></div>
""", True, "U06", "豫智AI考证", [("qq", "1392047785", U06_F_QQ)],
    "forum reply for a level-4 weekend class, QQ in Chinese numerals (U06)")

P = "/forum/thread-2305512.html"
U08_F_WX = "YunFan_HR"
add(P, "forum", "【经验】公司让我们考人工智能训练师，企业团报怎么弄 - 职场交流 - 郑州圈", f"""
<div class="post"><div class="author">楼主：<b>高新区HR</b> <span>Lv4 · 2026-11-15 10:11</span></div>
<div class="content"><p>公司AI标注团队三十多个人，领导想统一考个等级证，有没有做企业团报的？最好能上门培训。</p></div></div>
<div class="post"><div class="author">2楼：<b>云帆考证-刘经理</b> <span>Lv3 · 2026-11-15 10:45</span></div>
<div class="content"><p>我们云帆考证做企业内训，可以到公司上课，数据标注员方向，五级、四级按员工实际年限分班。企业团报能走企业职工培训补贴的流程，我们协助准备材料。</p>
<p>微信：{U08_F_WX}（备注公司名），发我人数和大概工龄，给你出方案。</p></div></div>
<div class="post"><div class="author">3楼：<b>高新区HR</b> <span>2026-11-15 11:02</span></div>
<div class="content"><p>已加，谢谢</p></div></div>
<div class="post"><div class="author">4楼：<b>路过的数据民工</b> <span>2026-11-16 22:19</span></div>
<div class="content"><p>我们公司去年也团报过，记得确认一下评价机构是不是备案了这个职业，在{use('dzscx', P)}能查到证书才算数。</p></div></div>
""", True, "U08", "云帆考证", [("wechat", "yunfan_hr", U08_F_WX)],
    "forum reply offering corporate group training (U08)")

P = "/forum/thread-2308094.html"
I01_WX = "wangls_ai88"
add(P, "forum", "有没有一对一带人工智能训练师实操的老师 - 教育培训 - 郑州圈", f"""
<div class="post"><div class="author">楼主：<b>金水小王</b> <span>Lv2 · 2026-11-20 20:40</span></div>
<div class="content"><p>理论自己看书还行，实操那部分（标注工具、数据清洗）没人教，想找个老师一对一带一下。</p></div></div>
<div class="post"><div class="author">2楼：<b>王老师_标注</b> <span>Lv4 · 2026-11-20 21:05</span></div>
<div class="content"><p>我在郑州一家标注公司做项目经理六年，业余带实操，一对一线上或郑大附近线下，按课时收费200/小时，一般8~10小时够用。只带实操，不负责报名不卖证。</p>
<p>wx：{I01_WX}</p></div></div>
<div class="post"><div class="author">3楼：<b>金水小王</b> <span>2026-11-21 09:00</span></div>
<div class="content"><p>好的王老师，已加</p></div></div>
""", True, "I01", "王老师（个人）", [("wechat", "wangls_ai88", I01_WX)],
    "independent tutor's reply selling one-to-one practical coaching")

P = "/forum/thread-2296620.html"
add(P, "forum", "【避坑】交了4800说包过人工智能训练师三级，现在人联系不上了 - 维权曝光 - 郑州圈", f"""
<div class="post"><div class="author">楼主：<b>被坑的小刘</b> <span>Lv2 · 2026-10-28 23:10</span></div>
<div class="content"><p>八月份在网上看到一个“人工智能训练师三级 零基础 包过 人社部颁发”的广告，对方说不用上课，交4800元两个月拿证。转账之后就说“等考试通知”，十月份再打他电话 {use('dscam', P)} 就是空号了。</p>
<p>我去金水区人社局问，说等级证书是备案的评价机构发的，没有什么不用考直接发证的。已经打了{use('d12315', P)}投诉，也报警了。</p>
<p>我在店铺里的付款记录订单号{use('dorder', P)}，平台说卖家已经注销。</p></div></div>
<div class="post"><div class="author">2楼：<b>老郑州</b> <span>Lv7 · 2026-10-29 08:03</span></div>
<div class="content"><p>“零基础包过三级”本身就不可能，三级要四级证加年限。以后看到包过的直接拉黑。</p></div></div>
<div class="post"><div class="author">3楼：<b>版主-维权曝光</b> <span>2026-10-29 09:30</span></div>
<div class="content"><p>已置顶。证书真伪请到官方网站查询，市民也可拨打{use('d12345', P)}反映。</p></div></div>
""", note="complaint thread quoting a scammer's phone and an order number (non-offer)")

P = "/forum/thread-2312230.html"
add(P, "forum", "【考后分享】人工智能训练师四级实操考了啥（郑州考点） - 职场交流 - 郑州圈", f"""
<div class="post"><div class="author">楼主：<b>数据标注小能手</b> <span>Lv5 · 2026-11-25 18:30</span></div>
<div class="content"><p>上周六在郑州考完四级，说一下流程：上午理论机考90分钟，下午实操，内容是数据清洗、标注规范、简单的模型效果测试。</p>
<p>我是五级拿证满四年报的，机构只负责培训，认定是评价机构组织的，考点电话是培训老师给的 {use('dvenue', P)}，可以自己打过去问考试安排。</p>
<p>补贴的事：社保满一年，拿到证后在“河南社保”APP申请，四级1500。不明白的可以打{use('d12333', P)}。</p>
<p>提醒大家：宣传“包过”“不用考”的全是坑。</p></div></div>
<div class="post"><div class="author">2楼：<b>航海路小饼干</b> <span>2026-11-25 19:10</span></div>
<div class="content"><p>干货，收藏了</p></div></div>
""", note="learner's experience post; quotes the assessment station number (non-offer)")

# ---------------------------------------------------------------- classifieds
P = "/classifieds/px/38820417.html"
U01_C_TEL = "１３６７３７１２０８６"
add(P, "classifieds", "豫才AI学院 人工智能训练师五级/四级 周末班招生 - 郑州百姓帮", f"""
<table class="info"><tr><th>类别</th><td>职业培训 &gt; IT/人工智能</td></tr>
<tr><th>区域</th><td>金水区 - 花园路</td></tr><tr><th>联系人</th><td>陈老师</td></tr>
<tr><th>电话</th><td>{U01_C_TEL}</td></tr><tr><th>发布</th><td>2026-11-06 个人认证商家</td></tr></table>
<div class="desc"><h3>豫才AI学院（花园路校区）</h3>
<p>人工智能训练师（职业编码4-04-05-05）五级、四级周末班，小班授课，机房实操。</p>
<ul><li>五级：从事相关工作满1年</li><li>四级：五级证满4年，或相关工作满6年</li>
<li>培训费：五级1980元，四级2580元（认定费另计）</li><li>社保满一年可申请技能提升补贴</li></ul>
<p>考点为郑州市认定考点（{use('dvenue', P)}），证书由备案评价机构颁发。</p></div>
""", True, "U01", "豫才AI学院", [("phone", "+8613673712086", U01_C_TEL)],
    "classifieds post with full-width phone digits (U01 brand 豫才AI学院)")

P = "/classifieds/px/38791250.html"
U03_C_TEL = "0371—86089157"
U03_C_WX = "HNzjt88"
add(P, "classifieds", "河南职鉴通 人工智能训练师 三级/二级 快速拿证 - 郑州百姓帮", f"""
<table class="info"><tr><th>类别</th><td>职业培训 &gt; 考证</td></tr>
<tr><th>区域</th><td>二七区 - 大学路</td></tr><tr><th>联系人</th><td>张主任</td></tr>
<tr><th>电话</th><td>{U03_C_TEL}</td></tr><tr><th>发布</th><td>2026-10-12</td></tr></table>
<div class="desc"><h3>河南职鉴通——国家职业资格证书快速通道</h3>
<p>人工智能训练师 三级/二级/一级 均可办理，不限学历不限专业，无需工作经验。</p>
<p>人社部颁发，国家职业资格证书，全国通用，终身有效，官网可查。2个月下证，报三级送五级，三证套餐更优惠。</p>
<p>可挂靠，年收益过万。微信 {U03_C_WX}（同名公众号）。班次编号{use('dcourse', P)}，报名时报编号享内部价。</p></div>
""", True, "U03", "河南职鉴通",
    [("phone", "+8637186089157", U03_C_TEL), ("wechat", "hnzjt88", U03_C_WX)],
    "classifieds scam ad: 人社部颁发, 国家职业资格, three levels, 挂靠 (U03)")

P = "/classifieds/px/38833901.html"
U06_C_QQ = "Q:1392047785"
U06_C_TEL = "177-1986-3204"
add(P, "classifieds", "航海路培训中心 AI训练师 数据标注员 周末/晚班 - 郑州百姓帮", f"""
<table class="info"><tr><th>类别</th><td>职业培训 &gt; IT/人工智能</td></tr>
<tr><th>区域</th><td>管城区 - 航海东路</td></tr><tr><th>联系人</th><td>赵老师</td></tr>
<tr><th>电话</th><td>{U06_C_TEL}</td></tr><tr><th>发布</th><td>2026-11-08</td></tr></table>
<div class="desc"><h3>航海路培训中心</h3><p>人工智能训练师（数据标注员工种）五级、四级，晚班周二周四，周末班周六。</p>
<p>学费：五级1880 / 四级2680。提供标注平台账号练习。名额满12人开班。</p><p>{U06_C_QQ}（不常在线请电话）</p></div>
""", True, "U06", "航海路培训中心",
    [("qq", "1392047785", U06_C_QQ), ("phone", "+8617719863204", U06_C_TEL)],
    "classifieds course post (U06 brand 航海路培训中心)")

P = "/classifieds/px/38840066.html"
U08_C_TEL = "0371 6623 1478"
add(P, "classifieds", "河南云帆人力资源有限公司 企业员工人工智能训练师等级认定培训 - 郑州百姓帮", f"""
<table class="info"><tr><th>类别</th><td>职业培训 &gt; 企业内训</td></tr>
<tr><th>区域</th><td>二七区 - 航海中路</td></tr><tr><th>联系人</th><td>刘经理</td></tr>
<tr><th>电话</th><td>{U08_C_TEL}</td></tr><tr><th>发布</th><td>2026-11-12 企业认证</td></tr></table>
<div class="desc"><h3>河南云帆人力资源有限公司</h3>
<p>面向企业的人工智能训练师（数据标注员、人工智能算法测试员）培训，可上门，可开票。</p>
<p>流程：摸底工龄 → 分级培训 → 协助报名认定 → 证书可在{use('dzscx', P)}查询 → 协助申请补贴。</p>
<p>统一社会信用代码：{U08_USCC}</p></div>
""", True, "U08", "河南云帆人力资源有限公司",
    [("phone", "+8637166231478", U08_C_TEL), ("uscc", U08_USCC, U08_USCC)],
    "classifieds company post with licence number (U08)")

P = "/classifieds/px/38851173.html"
U09_C_TEL = "156 3892 7710"
add(P, "classifieds", "郑东AI实训基地 人工智能训练师 零基础入门+考证 - 郑州百姓帮", f"""
<table class="info"><tr><th>类别</th><td>职业培训 &gt; IT/人工智能</td></tr>
<tr><th>区域</th><td>郑东新区 - 龙子湖</td></tr><tr><th>联系人</th><td>孙老师</td></tr>
<tr><th>电话</th><td>{U09_C_TEL}</td></tr><tr><th>发布</th><td>2026-11-18</td></tr></table>
<div class="desc"><h3>郑东AI实训基地（龙子湖高校园区）</h3>
<p>大学生、转行人员都可以学：AI数据标注实训 + 人工智能训练师考证辅导，推荐实习。</p>
<p>在校生先学技能，满足条件再报认定；已有相关工作经历的可直接走五级。原价3980，本月报名2980。</p>
<p>在线报名：{use('dwjx', P)}/vm/qhai2026.aspx</p></div>
""", True, "U09", "郑东AI实训基地", [("phone", "+8615638927710", U09_C_TEL)],
    "classifieds post for training + internship (U09 brand 郑东AI实训基地)")

P = "/classifieds/px/38860302.html"
I03_TEL = "0371-6382 1950"
add(P, "classifieds", "郑州博学教育 人工智能训练师五级 晚班 中原区 - 郑州百姓帮", f"""
<table class="info"><tr><th>类别</th><td>职业培训 &gt; IT/人工智能</td></tr>
<tr><th>区域</th><td>中原区 - 建设路</td></tr><tr><th>联系人</th><td>前台</td></tr>
<tr><th>电话</th><td>{I03_TEL}</td></tr><tr><th>发布</th><td>2026-11-22</td></tr></table>
<div class="desc"><h3>郑州博学教育</h3><p>人工智能训练师五级晚班（周一、三、五 19:00-21:00），共60学时，学费1680。</p>
<p>需从事相关工作满1年或完成学徒期，报名带身份证及工作证明。</p></div>
""", True, "I03", "郑州博学教育", [("phone", "+8637163821950", I03_TEL)],
    "independent school's classifieds post")

P = "/classifieds/zp/5120988.html"
add(P, "classifieds", "招聘 数据标注员 若干 郑东新区 5-8K - 郑州百姓帮", f"""
<table class="info"><tr><th>类别</th><td>招聘 &gt; 数据标注</td></tr>
<tr><th>区域</th><td>郑东新区 - 龙湖</td></tr><tr><th>公司</th><td>某智能科技公司（已认证）</td></tr>
<tr><th>薪资</th><td>5000-8000元/月</td></tr></table>
<div class="desc"><p>岗位职责：图像/文本数据标注、质检。要求：大专及以上，细心，能接受培训。持人工智能训练师证书优先，入职后公司统一组织培训认定，不收取任何费用。</p>
<p>请通过平台简历投递，谨防以招聘名义收取培训费，遇到可拨打{use('d12333', P)}。</p></div>
""", note="job ad for data annotators; no sale (non-offer)")

# ---------------------------------------------------------------- school1 (U01)
P = "/school1/index.html"
U01_S_TEL = "136-7371-2086"
U01_S_TELLINK = "tel:13673712086"
U01_S_WX = "zyzx_ai2026"
U01_S_DOM = "www.qizhipx.cn"
add(P, "school1", "郑州启智职业技能培训学校 - 人工智能训练师培训", f"""
<section class="hero"><h2>人工智能训练师（4-04-05-05）等级认定培训</h2>
<p>本校为经金水区人力资源和社会保障局审批的民办职业培训学校，开设人工智能训练师五级、四级培训。</p></section>
<section><h3>课程设置</h3><ul><li>五级（初级工）：60学时，理论+实操</li><li>四级（中级工）：50学时，数据采集和处理、数据标注、智能系统运维</li></ul>
<h3>报名条件</h3><p>五级：从事本职业或相关职业累计满1年，或本职业学徒期满；四级：五级证书后满4年，或累计工作满6年等。</p>
<h3>认定考点</h3><p>郑州市职业技能等级认定考点（金水）咨询：{use('dvenue', P)}；证书查询：{use('djndj', P)}</p></section>
<section><h3>联系我们</h3><p>地址：郑州市金水区花园路农科路口南200米 启智大厦5楼</p>
<p>电话：<a href="{U01_S_TELLINK}">{U01_S_TEL}</a>　微信：{U01_S_WX}</p>
<p>官网：{U01_S_DOM}</p><p>办学主体：郑州启智职业技能培训学校（民办非企业单位）统一社会信用代码 {U01_USCC}</p></section>
""", True, "U01", "郑州启智职业技能培训学校",
    [("phone", "+8613673712086", U01_S_TEL), ("phone", "+8613673712086", U01_S_TELLINK),
     ("wechat", "zyzx_ai2026", U01_S_WX), ("domain", "qizhipx.cn", U01_S_DOM),
     ("uscc", U01_USCC, U01_USCC)],
    "training school's own site, AI-trainer course page (U01)")

P = "/school1/yuying.html"
add(P, "school1", "郑州启智职业技能培训学校 - 育婴员培训", f"""
<section><h2>育婴员（4-10-01-02）五级/四级培训</h2>
<p>面向家政从业人员，理论+实操共56学时，结业后参加等级认定。每月开班。</p>
<p>报名请咨询前台：{U01_S_TEL}</p></section>
""", note="same school's page for another occupation (育婴员); not an AI-trainer offer; shows U01's phone",
    ids=[("phone", "+8613673712086", U01_S_TEL)])

# ---------------------------------------------------------------- qa (问知)
P = "/qa/question/60412.html"
U01_Q_DOM = "qizhipx点cn"
U01_Q_WX = "zyzx下划线ai2026"
add(P, "qa", "郑州考人工智能训练师去哪里培训比较好？ - 问知", f"""
<div class="q"><h2>郑州考人工智能训练师去哪里培训比较好？</h2><p>坐标金水区，本科非计算机专业，做了两年数据录入，想考五级或四级。</p><span>12 个回答 · 3,408 次浏览</span></div>
<div class="a"><div class="who"><b>中原智训-陈老师</b> 职业培训从业者</div>
<p>你做了两年数据录入，属于相关职业，满足五级“满1年”的条件；四级需要五级证书后满4年或累计满6年，你暂时还不够，别听有的机构说可以直接报四级。</p>
<p>我们在花园路有线下周末班，官网 {U01_Q_DOM} 可以看课表，加v：{U01_Q_WX}。</p><span>赞同 41 · 2026-11-04</span>
<div class="c">评论：<b>考证小白</b>：陈老师我加你了，我的Q {use('dbuyerqq', P)}，麻烦发下资料</div></div>
<div class="a"><div class="who"><b>匿名用户</b></div><p>先去{use('dzscx', P)}了解证书样式，再选机构。</p><span>赞同 9</span></div>
""", True, "U01", "中原智训",
    [("domain", "qizhipx.cn", U01_Q_DOM), ("wechat", "zyzx_ai2026", U01_Q_WX)],
    "Q&A answer that sells, spelled-out domain and wechat (U01)")

P = "/qa/question/60877.html"
U02_Q_QQ = "扣扣 2851 736 690"
U02_Q_GRP = "群738215094"
add(P, "qa", "人工智能训练师五级好考吗？需要学多久？ - 问知", f"""
<div class="q"><h2>人工智能训练师五级好考吗？需要学多久？</h2><p>在惠济区，做标注两年了。</p><span>7 个回答</span></div>
<div class="a"><div class="who"><b>智标数据学苑</b> 机构号</div>
<p>五级难度不大，标准参考学时60，理论看教材，实操主要是标注规范和工具使用。我们智标数据学苑有线上录播+每周直播答疑，4周左右可以准备好，699元含题库。</p>
<p>{U02_Q_QQ}，资料在{U02_Q_GRP}共享。</p><span>赞同 18 · 2026-11-09</span>
<div class="c">评论：<b>小透明2019</b>：能便宜点吗，我微信{use('dbuyerwx', P)}</div></div>
""", True, "U02", "智标数据学苑",
    [("qq", "2851736690", U02_Q_QQ), ("qq_group", "738215094", U02_Q_GRP)],
    "Q&A answer selling an online course (U02)")

P = "/qa/question/61233.html"
U05_Q_TEL = "182 3716 5093"
add(P, "qa", "宝妈在家能考人工智能训练师吗？郑州有补贴吗 - 问知", f"""
<div class="q"><h2>宝妈在家能考人工智能训练师吗？郑州有补贴吗</h2><p>之前做过一年电商客服，现在在家带娃。</p><span>5 个回答</span></div>
<div class="a"><div class="who"><b>绿城职培·鹿老师</b></div>
<p>做过一年电商客服可以按相关职业算，五级能报。补贴要看失业保险是否连续缴满一年，断缴了就申请不了，这个要先确认。</p>
<p>我们绿城职培有线上班，考试要到郑州考点现场，考点电话 {use('dvenue', P)}。咨询 {U05_Q_TEL}。</p><span>赞同 22 · 2026-11-13</span>
<div class="c">评论：<b>考证小白</b>：我Q {use('dbuyerqq', P)}，拉我进群</div></div>
""", True, "U05", "绿城职培", [("phone", "+8618237165093", U05_Q_TEL)],
    "Q&A answer selling (U05 brand 绿城职培)")

P = "/qa/question/61590.html"
U07_Q_MAIL = "service(at)dingxuetang.cn"
add(P, "qa", "人工智能训练师证书和职称有关系吗？ - 问知", f"""
<div class="q"><h2>人工智能训练师证书和职称有关系吗？</h2><span>4 个回答</span></div>
<div class="a"><div class="who"><b>中鼎教育</b> 机构号</div>
<p>职业技能等级证书直接对应职称证书，三级对应助理工程师，二级对应工程师。我们中鼎教育三级、二级同步报名，一次拿两个等级，课程打包价6800。</p>
<p>课程大纲发邮箱：{U07_Q_MAIL}</p><span>赞同 3</span>
<div class="c">评论：<b>老郑州</b>：贯通是有条件的，不是直接对应。二级也不能和三级一起报。</div></div>
""", True, "U07", "中鼎教育", [("email", "service@dingxuetang.cn", U07_Q_MAIL)],
    "Q&A answer with 职称 overclaim and two levels at once (U07)")

P = "/qa/question/61944.html"
U09_Q_TEL = "+86-156-3892-7710"
U09_Q_MAIL = "qihangedu@126.com"
add(P, "qa", "大学生能考人工智能训练师吗？郑州龙子湖 - 问知", f"""
<div class="q"><h2>大学生能考人工智能训练师吗？郑州龙子湖</h2><span>6 个回答</span></div>
<div class="a"><div class="who"><b>启航教育 孙老师</b></div>
<p>在校生一般不满足五级的工作年限，可以先学技能、做实习积累经历。我们启航教育和几家标注公司合作实习，实训结束满足条件再报认定。</p>
<p>电话 {U09_Q_TEL}，简历发 {U09_Q_MAIL}</p><span>赞同 14</span></div>
""", True, "U09", "启航教育",
    [("phone", "+8615638927710", U09_Q_TEL), ("email", "qihangedu@126.com", U09_Q_MAIL)],
    "Q&A answer selling training + internship (U09 brand 启航教育)")

P = "/qa/question/62101.html"
I05_QQ = "QQ：3307215568"
add(P, "qa", "人工智能训练师四级考什么内容？ - 问知", f"""
<div class="q"><h2>人工智能训练师四级考什么内容？</h2><span>3 个回答</span></div>
<div class="a"><div class="who"><b>睿思教育</b> 郑州二七区</div>
<p>四级理论和实操，实操章节是数据采集和处理、数据标注、智能系统运维。我们睿思教育四级冲刺班3周，含模拟机考，2280元。</p><p>{I05_QQ}</p><span>赞同 6</span></div>
""", True, "I05", "睿思教育", [("qq", "3307215568", I05_QQ)],
    "independent school's Q&A answer")

P = "/qa/help.html"
add(P, "qa", "问知社区规范：职业证书类广告与问答 - 问知帮助中心", f"""
<h2>职业证书类内容发布规范</h2>
<p>1. 禁止发布“包过”“保过”“内部渠道”“免考拿证”等内容；</p>
<p>2. 职业技能等级证书请引导用户在官方平台查询（如{use('dzscx', P)}，1+X证书历史查询{use('dvslc', P)}）；</p>
<p>3. 发现违规请举报，或拨打{use('d12315', P)}。</p>
""", note="platform help page (non-offer)")

# ---------------------------------------------------------------- notes (小绿书)
P = "/notes/item/6542a1.html"
U02_N_GRP = "七三八二一五零九四"
U02_N_TEL = "150-9331-8472"
add(P, "notes", "标注侠｜在家做数据标注+考人工智能训练师，我是这样上岸的 - 小绿书", f"""
<div class="note"><h2>在家做数据标注+考人工智能训练师，我是这样上岸的✨</h2>
<p>去年在家接标注单，今年考了五级证📜 很多姐妹问怎么学，统一说下👇</p>
<p>1️⃣ 先确认自己有满1年的相关工作经历<br>2️⃣ 理论刷题+实操练标注工具<br>3️⃣ 报名找正规机构，别信包过</p>
<p>我们标注侠带学员线上学，资料群：{U02_N_GRP}（加群备注小绿书）📞{U02_N_TEL}</p>
<p class="tags">#人工智能训练师 #郑州考证 #数据标注 #宝妈副业</p></div>
<div class="cm"><b>小鹿不迷路</b>：求资料！<br><b>考证小白</b>：能开发票吗</div>
""", True, "U02", "标注侠",
    [("qq_group", "738215094", U02_N_GRP), ("phone", "+8615093318472", U02_N_TEL)],
    "note that sells, QQ group in Chinese numerals (U02 brand 标注侠)")

P = "/notes/item/65b0c7.html"
U04_N_DOM = "SZWLAI.com"
U04_N_WX = "szwl_0371"
add(P, "notes", "未来训练师｜郑州AI训练营开营啦 周末上课不耽误上班 - 小绿书", f"""
<div class="note"><h2>郑州AI训练营开营啦🎉周末上课不耽误上班</h2>
<p>未来训练师第6期📍郑东新区CBD，人工智能训练师五级/四级，真实项目数据练手💻</p>
<p>报名表单在官网，搜 {U04_N_DOM} 👉或v：{U04_N_WX}</p>
<p class="tags">#人工智能训练师 #郑东新区 #职业技能</p></div>
<div class="cm"><b>CBD打工人</b>：四级要什么条件？<br><b>未来训练师</b>：五级证满4年或累计工作6年哦</div>
""", True, "U04", "未来训练师",
    [("domain", "szwlai.com", U04_N_DOM), ("wechat", "szwl_0371", U04_N_WX)],
    "note selling a training camp (U04 brand 未来训练师)")

P = "/notes/item/65c3d9.html"
U05_N_WX = "ｌｕｌａｏｓｈｉ＿ｚｚ"
add(P, "notes", "小鹿老师｜人工智能训练师五级备考清单（附课表）- 小绿书", f"""
<div class="note"><h2>人工智能训练师五级备考清单📝（附课表）</h2>
<p>✅理论：职业道德、基础知识、数据采集与处理<br>✅实操：标注工具、质检流程<br>✅考前：模拟两次</p>
<p>小鹿老师的直播课每周三晚8点，想进班的看这里👉 ｖ：{U05_N_WX}</p>
<p>开班编号{use('dcourse', P)}（报名时备注）</p>
<p class="tags">#人工智能训练师 #郑州 #考证</p></div>
<div class="cm"><b>二七宝妈</b>：已私信</div>
""", True, "U05", "小鹿老师AI考证", [("wechat", "lulaoshi_zz", U05_N_WX)],
    "note selling live classes, wechat in full-width letters (U05)")

P = "/notes/item/65d7e2.html"
U09_N_WX = "QH_edu_zz"
U09_N_MAIL = "qihangedu艾特126点com"
add(P, "notes", "码上考证｜龙子湖大学生的第一个职业技能证书 - 小绿书", f"""
<div class="note"><h2>龙子湖大学生的第一个职业技能证书🎓</h2>
<p>码上考证：先实训后考证，实习经历也能积累✔️ 寒假集训班火热报名中🔥</p>
<p>vx：{U09_N_WX}　投递简历 {U09_N_MAIL}</p>
<p class="tags">#大学生考证 #人工智能训练师 #郑州</p></div>
""", True, "U09", "码上考证",
    [("wechat", "qh_edu_zz", U09_N_WX), ("email", "qihangedu@126.com", U09_N_MAIL)],
    "note selling winter camp (U09 brand 码上考证)")

# ---------------------------------------------------------------- video (抖拍)
P = "/video/v/7301128842.html"
U03_V_TEL = "186 3820 7745"
U03_V_WX = "HNZJT88"
add(P, "video", "职鉴通：人工智能训练师证明年停发？现在报还来得及 - 抖拍", f"""
<div class="vid"><div class="player">[视频 00:48]</div>
<p class="cap">人工智能训练师证明年停发⚠️现在报还来得及！三级二级一起拿，不用上课，两个月下证，人社部颁发全国通用 #人工智能训练师 #考证 #郑州</p>
<div class="author">@职鉴通老师 · 粉丝2.1万</div>
<p class="bio">主页简介：办证咨询 {U03_V_TEL}　v✚ {U03_V_WX}</p></div>
<div class="cm"><b>用户8812</b>：真的假的？<br><b>老郑州</b>：停发是谣言，别信</div>
""", True, "U03", "职鉴通",
    [("phone", "+8618638207745", U03_V_TEL), ("wechat", "hnzjt88", U03_V_WX)],
    "short video: invented 停发 news, no-training certificate sale (U03 brand 职鉴通)")

P = "/video/v/7302554017.html"
U05_V_WX = "lulaoshi_zz"
U05_V_TEL = "一八二三七一六五零九三"
add(P, "video", "小鹿老师AI考证：五级实操怎么练 - 抖拍", f"""
<div class="vid"><div class="player">[视频 02:15]</div>
<p class="cap">五级实操别慌，标注规范记住这三条就够了 #人工智能训练师 #郑州考证 #小鹿老师</p>
<div class="author">@小鹿老师AI考证 · 粉丝8,630</div>
<p class="bio">主页：郑州绿城职培讲师｜绿泡泡：{U05_V_WX}｜电话{U05_V_TEL}</p></div>
<div class="cm"><b>二七宝妈</b>：老师线下课在哪？<br><b>小鹿老师AI考证</b>：金水路，私信发地址</div>
""", True, "U05", "小鹿老师AI考证",
    [("wechat", "lulaoshi_zz", U05_V_WX), ("phone", "+8618237165093", U05_V_TEL)],
    "short video by a teacher selling classes, phone in Chinese numerals (U05)")

P = "/video/v/7304410395.html"
U09_V_WX = "qh_edu_zz"
add(P, "video", "码上考证：大学生寒假做什么？来学AI数据标注 - 抖拍", f"""
<div class="vid"><div class="player">[视频 00:35]</div>
<p class="cap">寒假别躺平👉AI数据标注实训+人工智能训练师考证辅导，龙子湖线下班 #大学生 #寒假</p>
<div class="author">@码上考证 · 粉丝3,305</div>
<p class="bio">主页：V: {U09_V_WX}</p></div>
""", True, "U09", "码上考证", [("wechat", "qh_edu_zz", U09_V_WX)],
    "short video selling winter camp (U09)")

P = "/video/v/7305108876.html"
I04_WX = "dapeng_kz"
add(P, "video", "大鹏聊考证：人工智能训练师到底值不值得考 - 抖拍", f"""
<div class="vid"><div class="player">[视频 03:02]</div>
<p class="cap">值不值得考？看你是不是干这行。干标注的考了能涨点钱，不干这行的别花冤枉钱。想系统学的评论区扣1，我的课99元 #人工智能训练师</p>
<div class="author">@大鹏聊考证 · 粉丝5.6万</div>
<p class="bio">主页：课程咨询 weixin: {I04_WX}</p></div>
""", True, "I04", "大鹏聊考证", [("wechat", "dapeng_kz", I04_WX)],
    "independent short-video seller of a 99-yuan course")

# ---------------------------------------------------------------- shop (课集商城)
P = "/shop/item/100238471.html"
U02_S_QQ = "客服QQ：2851736690"
U02_S_TEL = "+86 150 9331 8472"
add(P, "shop", "【标注侠】人工智能训练师五级 线上录播+直播答疑+题库 - 课集商城", f"""
<div class="item"><h2>【标注侠】人工智能训练师五级 线上录播+直播答疑+题库</h2>
<p class="price">¥699 <s>¥1299</s> · 已售 1,204</p>
<p>课程：36节录播 + 每周直播 + 2000题题库。说明：本课程为培训服务，认定需自行报名参加评价机构组织的考试。</p>
<div class="shopinfo">店铺：标注侠官方店　{U02_S_QQ}　售后电话 {U02_S_TEL}</div></div>
<div class="reviews"><b>买家 j***8</b>：题库有用。订单号{use('dorder', P)}，发票已收到。<br><b>买家 z***a</b>：直播老师讲得清楚。</div>
""", True, "U02", "标注侠",
    [("qq", "2851736690", U02_S_QQ), ("phone", "+8615093318472", U02_S_TEL)],
    "marketplace item (U02)")

P = "/shop/item/100245690.html"
U04_S_MAIL = "kf＠szwlai.com"
add(P, "shop", "【数智未来AI训练营】人工智能训练师五级/四级 郑州线下周末班 - 课集商城", f"""
<div class="item"><h2>【数智未来AI训练营】人工智能训练师五级/四级 郑州线下周末班</h2>
<p class="price">¥2380 起 · 已售 86</p><p>郑东新区CBD线下，真实项目数据练手。</p>
<div class="shopinfo">店铺：数智未来AI训练营　资质：郑州数智未来科技有限公司 {U04_USCC}　邮箱 {U04_S_MAIL}</div></div>
<div class="reviews"><b>买家 c***1</b>：环境不错。</div>
""", True, "U04", "数智未来AI训练营",
    [("uscc", U04_USCC, U04_USCC), ("email", "kf@szwlai.com", U04_S_MAIL)],
    "marketplace item showing the seller's licence (U04)")

P = "/shop/item/100251003.html"
U05_S_LINK = "tel:+8618237165093"
add(P, "shop", "【绿城职培】人工智能训练师五级 线上直播班 - 课集商城", f"""
<div class="item"><h2>【绿城职培】人工智能训练师五级 线上直播班</h2>
<p class="price">¥980 · 已售 377</p><p>每周三晚直播，鹿老师主讲，含考前模拟。</p>
<div class="shopinfo">店铺：绿城职培　<a href="{U05_S_LINK}">一键拨打</a>（微信同号）</div></div>
<div class="reviews"><b>买家 b***m</b>：鹿老师很耐心。<br><b>买家 x***2</b>：课程编号{use('dcourse', P)}，和小绿书上的一样</div>
""", True, "U05", "绿城职培", [("phone", "+8618237165093", U05_S_LINK)],
    "marketplace item with tel: link (U05)")

P = "/shop/item/100263377.html"
U07_S_DOM = "www.DingXueTang.cn"
U07_S_TEL = "135 2687 4419"
add(P, "shop", "【鼎学堂】人工智能训练师三级+二级 双证通关班 - 课集商城", f"""
<div class="item"><h2>【鼎学堂】人工智能训练师三级+二级 双证通关班</h2>
<p class="price">¥6800 · 已售 52</p><p>双证同报，职称直通，一次性拿下。名师押题。</p>
<div class="shopinfo">店铺：鼎学堂　官网 {U07_S_DOM}　咨询 {U07_S_TEL}</div></div>
""", True, "U07", "鼎学堂",
    [("domain", "dingxuetang.cn", U07_S_DOM), ("phone", "+8613526874419", U07_S_TEL)],
    "marketplace item: two levels bundle, 押题 (U07 brand 鼎学堂)")

P = "/shop/item/100270812.html"
I02_TEL = "132 1337 8904"
add(P, "shop", "【智途考证】人工智能训练师五级 电子教材+模拟题 - 课集商城", f"""
<div class="item"><h2>【智途考证】人工智能训练师五级 电子教材+模拟题</h2>
<p class="price">¥59 · 已售 3,112</p><p>PDF教材+500道模拟题，另有一对一报名指导服务（¥399）。</p>
<div class="shopinfo">店铺：智途考证　电话 {I02_TEL}</div></div>
""", True, "I02", "智途考证", [("phone", "+8613213378904", I02_TEL)],
    "independent marketplace seller (materials + sign-up guidance)")

# ---------------------------------------------------------------- group notices
P = "/group/g/563390418.html"
U03_G_WX = "h n z j t 8 8"
U03_G_MAIL = "hnzjt88#163.com"
add(P, "group", "群公告｜河南考证交流群（豫信人才服务）", f"""
<div class="gh">QQ群：563390418 · 成员 1,836 · 群主：豫信-张主任</div>
<div class="notice"><h3>【群公告】人工智能训练师 最后一批</h3>
<p>豫信人才服务本月最后一批：人工智能训练师三级/二级，不用考试不用上课，人社部颁发，官网可查，报二级送三级。</p>
<p>私聊群主或加v：{U03_G_WX}（去空格），资料发邮箱 {U03_G_MAIL}（#换成@）。</p>
<p>群内禁止发广告，发现踢出。</p></div>
""", True, "U03", "豫信人才服务",
    [("wechat", "hnzjt88", U03_G_WX), ("email", "hnzjt88@163.com", U03_G_MAIL),
     ("qq_group", "563390418", "563390418")],
    "QQ group notice selling certificates without exam (U03)")

P = "/group/g/712946035.html"
U06_G_TEL = "177 1986 3204"
U06_G_MAIL = "1392047785@qq.com"
add(P, "group", "群公告｜郑州AI训练师备考群（豫智）", f"""
<div class="gh">QQ群：712946035 · 成员 412 · 群主：豫智-赵老师</div>
<div class="notice"><h3>【群公告】12月四级周末班开课</h3>
<p>豫智AI考证12月四级班12月6日开课，地点航海东路校区，报名请带五级证书复印件和工作证明。</p>
<p>电话 {U06_G_TEL}；报名表发 {U06_G_MAIL}</p></div>
""", True, "U06", "豫智AI考证",
    [("phone", "+8617719863204", U06_G_TEL), ("email", "1392047785@qq.com", U06_G_MAIL),
     ("qq_group", "712946035", "712946035")],
    "QQ group notice for a class (U06)")

P = "/group/g/wx-yf2026.html"
U08_G_WX = "V信 yunfan_HR"
U08_G_TEL = "(0371)66231478"
add(P, "group", "群公告｜云帆考证·企业HR交流群", f"""
<div class="gh">微信群 · 成员 268 · 群主：云帆考证-刘经理</div>
<div class="notice"><h3>【群公告】2026年12月企业批次人工智能训练师培训</h3>
<p>云帆考证12月企业批次：数据标注员五级/四级，按员工工龄分班，可上门。报名截止12月15日。</p>
<p>对接：{U08_G_WX}　座机 {U08_G_TEL}</p></div>
""", True, "U08", "云帆考证",
    [("wechat", "yunfan_hr", U08_G_WX), ("phone", "+8637166231478", U08_G_TEL)],
    "WeChat group notice (U08)")

# ---------------------------------------------------------------- news (中原晚报网)
P = "/news/2026/1103/warning.html"
add(P, "news", "“零基础包过三级”？郑州多人买“人工智能训练师证”被骗 - 中原晚报网", f"""
<p class="meta">2026-11-03 08:30 · 中原晚报网 · 记者 李静</p>
<p>近日，家住金水区的刘女士向本报反映，她在网上看到“人工智能训练师三级，零基础包过，人社部颁发”的广告，向对方转账4800元后，对方以“等待考试通知”为由拖延，后电话 {use('dscam', P)} 已成空号。</p>
<p>记者从郑州市人社部门了解到，人工智能训练师属于职业技能等级认定范围，证书由经人社部门备案的评价机构颁发，“人社部颁发”“不用考试直接发证”等说法均不属实。三级申报需要四级证书和相应工作年限，“零基础直接报三级”与标准不符。</p>
<p>市场监管部门提醒，培训广告不得含有“包过”“保过”等保证性承诺，市民遇到此类广告可拨打{use('d12315', P)}投诉，证书相关政策可咨询{use('d12333', P)}或登录{use('dhrss', P)}查询。</p>
""", note="local news warning; quotes the scammer's phone (non-offer)")

P = "/news/2026/1030/policy.html"
add(P, "news", "人工智能训练师证书怎么考、怎么查？一文看懂 - 中原晚报网", f"""
<p class="meta">2026-10-30 10:00 · 中原晚报网 · 政策解读</p>
<p>人工智能训练师（4-04-05-05）是2020年发布的新职业，设五级到一级五个等级，包含数据标注员、人工智能算法测试员两个工种。</p>
<p>2019年以来，水平评价类技能人员职业资格陆续退出目录，改为职业技能等级认定。人工智能训练师证书属于职业技能等级证书，由备案的用人单位或社会培训评价组织颁发，而非“国家职业资格证书”。</p>
<p>证书可通过{use('dzscx', P)}或证书上的{use('djndj', P)}查询；原1+X证书可在{use('dvslc', P)}查询。河南省相关通知可在{use('dhrss', P)}查看，咨询电话{use('d12333', P)}。</p>
<p>失业保险技能提升补贴：五级1000元、四级1500元、三级2000元，需参保满一年。</p>
""", note="policy explainer (non-offer)")

P = "/news/2026/1121/ad-dingxuetang.html"
U07_N_TEL = "135-2687-4419"
U07_N_DOM = "www.dingxuetang.cn"
add(P, "news", "【推广】中鼎教育：AI时代，技能证书助力职业发展 - 中原晚报网", f"""
<p class="meta">2026-11-21 · 中原晚报网 · 推广</p>
<p>随着人工智能产业发展，人工智能训练师成为郑州企业招聘热门。中鼎教育深耕职业培训多年，开设人工智能训练师三级、二级课程，师资来自一线企业。</p>
<p>中鼎教育（郑州市金水区经三路）统一社会信用代码 {U07_USCC}。报名咨询：{U07_N_TEL}，官网 {U07_N_DOM}，课程合作 service@dingxuetang.cn</p>
""", True, "U07", "中鼎教育",
    [("uscc", U07_USCC, U07_USCC), ("phone", "+8613526874419", U07_N_TEL),
     ("domain", "dingxuetang.cn", U07_N_DOM), ("email", "service@dingxuetang.cn", "service@dingxuetang.cn")],
    "advertorial on a news site (U07)")

# ---------------------------------------------------------------- school2 (U04)
P = "/school2/index.html"
U04_W_TEL = "0371-5538 0612"
U04_W_MAIL = "kf@szwlai.com"
U04_W_DOM = "www.szwlai.com"
add(P, "school2", "郑州数智未来科技有限公司 - AI训练营", f"""
<section class="hero"><h2>数智未来AI训练营 · 人工智能训练师培训</h2><p>立足郑东新区，面向企业与个人提供AI数据服务人才培训。</p></section>
<section><h3>课程</h3><ul><li>人工智能训练师五级（60学时）¥2380</li><li>人工智能训练师四级（50学时）¥2880</li></ul>
<p>政策参考：{use('dhrss', P)}　证书查询：{use('djndj', P)}</p>
<p><a href="https://{use('dwjx', P)}/vm/szwl06.aspx">在线报名表</a></p></section>
<section><h3>联系</h3><p>郑州数智未来科技有限公司　统一社会信用代码：{U04_USCC}</p>
<p>电话 {U04_W_TEL}　邮箱 {U04_W_MAIL}　网址 {U04_W_DOM}</p></section>
""", True, "U04", "郑州数智未来科技有限公司",
    [("uscc", U04_USCC, U04_USCC), ("phone", "+8637155380612", U04_W_TEL),
     ("email", "kf@szwlai.com", U04_W_MAIL), ("domain", "szwlai.com", U04_W_DOM)],
    "company site of the training camp (U04)")

# ---------------------------------------------------------------- school3 (I06)
P = "/school3/index.html"
I06_TEL = "0371-6091 2273"
I06_DOM = "hlai-edu.cn"
add(P, "school3", "河南慧联信息技术有限公司 - 人工智能训练师培训", f"""
<section class="hero"><h2>人工智能训练师 五级/四级 企业定制培训</h2><p>慧联AI学院，高新区。</p></section>
<section><p>课程：数据标注、数据清洗、智能系统运维。企业10人起开班。</p>
<p>河南慧联信息技术有限公司　信用代码 {I06_USCC}　电话 {I06_TEL}　网址 {I06_DOM}</p></section>
""", True, "I06", "慧联AI学院",
    [("uscc", I06_USCC, I06_USCC), ("phone", "+8637160912273", I06_TEL), ("domain", "hlai-edu.cn", I06_DOM)],
    "independent company single-page site")

# ====================================================================== frames
CSS = "body{font-family:sans-serif;margin:0;color:#222}header,footer{padding:8px 16px}main{display:flex}" \
      ".main{flex:3;padding:12px}.side{flex:1;padding:12px;background:#f6f6f6}.post,.a,.note,.vid,.item{border-bottom:1px solid #ddd;padding:8px}"

SITES = {
    "forum": dict(name="郑州圈 · 商都社区", index="/forum/index.html", color="#1b5e9b"),
    "classifieds": dict(name="郑州百姓帮 · 分类信息", index="/classifieds/index.html", color="#d4380d"),
    "qa": dict(name="问知 · 有问题就有答案", index="/qa/index.html", color="#0a7b5c"),
    "notes": dict(name="小绿书", index="/notes/index.html", color="#2e9e44"),
    "video": dict(name="抖拍", index="/video/index.html", color="#111"),
    "shop": dict(name="课集商城", index="/shop/index.html", color="#e86c00"),
    "group": dict(name="群分享 · 群公告", index="/group/index.html", color="#3e6ad6"),
    "news": dict(name="中原晚报网", index="/news/index.html", color="#a40000"),
    "school1": dict(name="郑州启智职业技能培训学校", index="/school1/index.html", color="#004d99"),
    "school2": dict(name="郑州数智未来科技有限公司", index="/school2/index.html", color="#5b2c83"),
    "school3": dict(name="河南慧联信息技术有限公司", index="/school3/index.html", color="#116466"),
}


def pages_of(site):
    return [p for p in PAGES if p["site"] == site and p["path"] != SITES[site]["index"]]


def frame(p):
    s, path = p["site"], p["path"]
    S = SITES[s]
    home = link(path, "/index.html", "郑州本地导航")
    sidx = link(path, S["index"], S["name"])
    others = [q for q in pages_of(s) if q["path"] != path][:5]
    related = "".join(f"<li>{link(path, q['path'], q['title'].split(' - ')[0])}</li>" for q in others)
    bc = f'<div class="bc">{home} &gt; {sidx} &gt; <span>{p["title"].split(" - ")[0]}</span></div>'
    if s == "forum":
        head = f'<nav>{sidx} | 职场交流 | 教育培训 | 维权曝光 | 二手闲置 | 租房</nav>'
        side = f'<h4>本版热帖</h4><ul>{related}</ul><p>发帖须知：禁止发布联系方式广告</p>'
        foot = (f'<p>郑州圈 客服电话：{use("dforumtel", path)}　客服邮箱：{use("dforummail", path)}</p>'
                f'<p>运营主体：郑州圈网络科技有限公司 统一社会信用代码 {use("dforumuscc", path)}　豫ICP备19024471号-1</p>')
        extra = '<div class="reply">回复本帖：<textarea></textarea> <button>发表</button></div>'
    elif s == "classifieds":
        head = f'<nav>{sidx} | 招聘 | 二手 | 房产 | 职业培训 | 本地服务</nav>'
        side = f'<h4>相关信息</h4><ul>{related}</ul><div class="tip">安全提示：凡要求先交钱再发证的，请提高警惕。</div>'
        foot = (f'<p>郑州百姓帮 服务热线 {use("dbxb400", path)}　站务交流QQ群 {use("dbxbqun", path)}</p>'
                '<p>信息由用户发布，本站不对真实性负责。</p>')
        extra = '<div class="report">举报此信息 | 收藏 | 分享</div>'
    elif s == "qa":
        head = f'<nav>{sidx} | 首页 | 话题：职业考证 | 等你来答 | {link(path, "/qa/help.html", "帮助中心")}</nav>'
        side = f'<h4>相关问题</h4><ul>{related}</ul>'
        foot = '<p>问知 © 2026 · 内容仅代表答主个人观点 · 举报中心</p>'
        extra = '<div class="write">写回答</div>'
    elif s == "notes":
        head = f'<nav>{sidx} | 发现 | 职场 | 考证 | 打开App</nav>'
        side = f'<h4>相关笔记</h4><ul>{related}</ul>'
        foot = '<p>小绿书 · 在App内查看更多评论 · 用户协议 · 隐私政策</p>'
        extra = '<div class="act">❤ 赞 · ⭐ 收藏 · 💬 评论</div>'
    elif s == "video":
        head = f'<nav>{sidx} | 推荐 | 关注 | 同城·郑州 | 登录</nav>'
        side = f'<h4>相关推荐</h4><ul>{related}</ul>'
        foot = f'<p>抖拍 · 帮助与反馈 {use("dvideomail", path)} · 营业执照 · 未成年人保护</p>'
        extra = '<div class="act">点赞 · 评论 · 分享 · 举报</div>'
    elif s == "shop":
        head = f'<nav>{sidx} | 全部课程 | 职业考证 | IT技能 | 我的订单 | 购物车</nav>'
        side = f'<h4>看了又看</h4><ul>{related}</ul><p>平台保障：7天无理由（未开课）</p>'
        foot = (f'<p>课集商城 {use("dshopdomain", path)}　平台客服邮箱 {use("dshopmail", path)}</p>'
                f'<p>运营方营业执照：{use("dshopuscc", path)}　平台提示：不得宣传“包过”</p>')
        extra = '<div class="buy">立即购买 | 加入购物车 | 联系客服</div>'
    elif s == "group":
        head = f'<nav>{sidx} | 群分享页 | 打开客户端加入</nav>'
        side = f'<h4>其他群</h4><ul>{related}</ul>'
        foot = '<p>群分享 · 群内容由群主发布 · 举报</p>'
        extra = '<div class="join">申请加群</div>'
    elif s == "news":
        head = f'<nav>{sidx} | 郑州 | 民生 | 教育 | 财经 | 推广</nav>'
        side = f'<h4>相关阅读</h4><ul>{related}</ul>'
        foot = f'<p>中原晚报网 新闻热线：{use("dnewstel", path)}　违法和不良信息举报</p>'
        extra = '<div class="share">分享到：微信 | 微博</div>'
    else:  # school sites
        head = f'<nav>{sidx} | 首页 | 课程 | 师资 | 联系我们</nav>'
        sub = "".join(f"<li>{link(path, q['path'], q['title'].split(' - ')[-1])}</li>" for q in pages_of(s))
        side = f'<h4>课程导航</h4><ul><li>{sidx}</li>{sub}</ul>'
        tpl = ""
        if s in ("school1", "school3"):
            tpl = f'<p class="tpl">联系电话：{use("dtpltel", path)}　邮箱：{use("dtplmail", path)}</p>'
        foot = f'{tpl}<p>技术支持：云站宝 {use("dbuilder", path)}</p>'
        extra = ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{p['title']}</title>
<style>{CSS} header{{background:{S['color']};color:#fff}} header a{{color:#fff}}</style></head>
<body><header><h1>{S['name']}</h1>{head}</header>
{bc}
<main><div class="main">{p['body']}{extra}</div><aside class="side">{side}</aside></main>
<footer>{foot}</footer></body></html>
"""


def site_index(site, title, intro):
    path = SITES[site]["index"]
    items = "".join(f"<li>{link(path, q['path'], q['title'].split(' - ')[0])}</li>" for q in pages_of(site))
    body = f"<h2>{title}</h2><p>{intro}</p><ul class='list'>{items}</ul>"
    add(path, site, f"{title} - {SITES[site]['name']}", body, note=f"{site} list page (non-offer)")


site_index("forum", "郑州圈 · 职场交流 / 教育培训 / 维权曝光", "搜索“人工智能训练师”共找到以下帖子：")
site_index("classifieds", "郑州 职业培训 · 招聘 列表", "郑州百姓帮 搜索结果：人工智能训练师")
site_index("qa", "话题：人工智能训练师", "问知 · 郑州相关问题")
site_index("notes", "搜索：人工智能训练师 郑州", "小绿书 相关笔记")
site_index("video", "搜索：人工智能训练师", "抖拍 同城·郑州 相关视频")
site_index("shop", "搜索：人工智能训练师", "课集商城 相关课程")
site_index("group", "群分享 · 郑州考证相关", "以下为公开分享的群公告")
site_index("news", "中原晚报网 · 教育民生", "相关报道")

# fix decoy paths for index pages that use frame decoys (frame renders later) ----------
ROOT = "/index.html"
root_links = "".join(
    f"<li>{link(ROOT, v['index'], v['name'])}</li>" for k, v in SITES.items())
PAGES.append({"path": ROOT, "site": None, "title": "郑州本地导航 · 搜城", "body": "",
              "is_offer": False, "operator": None, "provider": None, "identifiers": [],
              "note": "root portal listing the city's sites (non-offer)"})


def render_root():
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>郑州本地导航 · 搜城</title></head>
<body><header><h1>郑州本地导航 · 搜城</h1><p>搜索：人工智能训练师 郑州</p></header>
<main><h2>本地社区、分类信息、问答、笔记、视频、商城、群分享、新闻与培训学校</h2>
<ul>{root_links}</ul>
<p>便民电话：人社服务 {use('d12333', ROOT)} · 市民热线 {use('d12345', ROOT)} · 消费投诉 {use('d12315', ROOT)}</p></main>
<footer><p>搜城 · 郑州本地生活导航</p></footer></body></html>
"""


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    outs = {}
    for p in PAGES:
        outs[p["path"]] = render_root() if p["path"] == ROOT else frame(p)
    for path, html in outs.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    ops = {
        "U01": {"brands": ["中原智训", "豫才AI学院", "郑州启智职业技能培训学校"],
                "ties": "mobile 13673712086 (spaced, full-width, dashed, tel:), wechat zyzx_ai2026 (mixed case, spelled 下划线), domain qizhipx.cn (spelled 点)"},
        "U02": {"brands": ["智标数据学苑", "标注侠"],
                "ties": "QQ 2851736690, QQ group 738215094 (Chinese numerals), mobile 15093318472"},
        "U03": {"brands": ["豫信人才服务", "河南职鉴通", "职鉴通"],
                "ties": "landline 0371-86089157, wechat hnzjt88 (case, spaced), e-mail hnzjt88@163.com (at/dot, #), mobile 18638207745 (幺 numerals)"},
        "U04": {"brands": ["郑州数智未来科技有限公司", "数智未来AI训练营", "未来训练师"],
                "ties": "USCC, domain szwlai.com (upper case), e-mail kf@szwlai.com (full-width @)"},
        "U05": {"brands": ["绿城职培", "小鹿老师AI考证"],
                "ties": "mobile 18237165093 (Chinese numerals, spaced, tel:+86), wechat lulaoshi_zz (full-width)"},
        "U06": {"brands": ["航海路培训中心", "豫智AI考证"],
                "ties": "QQ 1392047785 (Chinese numerals), mobile 17719863204"},
        "U07": {"brands": ["中鼎教育", "鼎学堂"],
                "ties": "domain dingxuetang.cn (mixed case), e-mail service@dingxuetang.cn ((at)), mobile 13526874419, USCC"},
        "U08": {"brands": ["河南云帆人力资源有限公司", "云帆考证"],
                "ties": "landline 0371-66231478 (spaced, bracketed), wechat yunfan_hr (mixed case)"},
        "U09": {"brands": ["郑东AI实训基地", "启航教育", "码上考证"],
                "ties": "mobile 15638927710 (+86 dashed), e-mail qihangedu@126.com (艾特/点), wechat qh_edu_zz (case)"},
    }
    for k in ["I01", "I02", "I03", "I04", "I05", "I06"]:
        pass
    truth = {
        "description": "12bg: 郑州 (a provincial capital) as a regulator searching the city meets it — forum, classifieds, Q&A, notes, short video, marketplace, group notices, local news, training-school sites",
        "pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")} for p in PAGES],
        "operators": ops,
        "decoys": list(DECOYS.values()),
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
