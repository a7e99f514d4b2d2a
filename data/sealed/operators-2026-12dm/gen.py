#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")

# ---------- USCC (GB 32100-2015) ----------
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(code8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for ch, w in zip(code8, ws):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - (s % 11)
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPH.index(ch) * w for ch, w in zip(body, W))
    r = 31 - (s % 31)
    if r == 31:
        r = 0
    return body + ALPH[r]

U01_USCC = uscc("52350102", "MA2Y7K3D")
U02_USCC = uscc("91360100", "MA35R8Q2")
U04_USCC = uscc("91360702", "MA39GK6T")
U07_USCC = uscc("52361102", "MA7N4P1C")
DECOY_USCC = uscc("12100000", "40001843")  # an attached public institution, quoted by news and by a seller

# ---------- sites ----------
SITES = {
 "minxing": dict(name="福州市闽兴职业培训学校", style="company",
   menu=["首页", "招生简章", "课程设置", "师资力量", "学员风采", "联系我们"],
   side="<h4>报名咨询</h4><p>咨询电话:0591-87623418</p><p>地址:福州市鼓楼区杨桥中路 218 号 3 楼</p><p>办学许可证:教民135010270001234号</p>",
   foot="福州市闽兴职业培训学校 版权所有 | 统一社会信用代码:%s | 闽ICP备19004726号-1 | www.mxpx.net.cn" % U01_USCC),
 "ganzhi": dict(name="赣智教育", style="company",
   menu=["首页", "证书项目", "报考条件", "证书查询", "合作加盟", "关于我们"],
   side="<h4>全国统一服务热线</h4><p class='big'>400-811-2736</p><p>工作时间 8:30-21:00(节假日不休)</p>",
   foot="南昌赣智教育科技有限公司 | 统一社会信用代码 %s | 地址:南昌市红谷滩区丰和中大道 1099 号 | 赣ICP备2021006635号" % U02_USCC),
 "xuebao": dict(name="学宝课堂", style="market",
   menu=["首页", "职业技能", "IT互联网", "考证考编", "企业培训", "机构入驻"],
   side="<h4>平台保障</h4><p>7天无理由退款 · 担保交易</p><p>平台客服:400-860-5151</p>",
   foot="学宝课堂 xuebao.com.cn | 客服热线 400-860-5151 | 客服邮箱 kefu@xuebao.com.cn | 课程内容由入驻机构提供,平台不对证书效力作承诺 | 浙ICP备16033712号"),
 "haixi": dict(name="海西论坛", style="forum",
   menu=["首页", "福州生活", "厦门生活", "职场招聘", "教育考证", "投诉曝光"],
   side="<h4>版务公告</h4><p>禁止发布广告,违者封号。</p><p>论坛官方QQ群:286514379</p>",
   foot="海西论坛 bbs.haixi-luntan.com | 违法和不良信息举报:jubao@haixi-luntan.com | 官方QQ群 286514379 | 闽ICP备12004417号"),
 "bamin": dict(name="八闽分类信息网", style="classified",
   menu=["首页", "招聘", "房产", "二手", "教育培训", "本地服务"],
   side="<h4>安全提示</h4><p>凡是要求先交钱的都要谨慎!</p><p>网站客服:0595-22981100</p>",
   foot="八闽分类信息网 © 2014-2026 | 客服电话 0595-22981100 | 闽ICP备17028841号-1 | 信息由用户自行发布,本站不承担由此引起的法律责任"),
 "wenda": dict(name="问知", style="qa",
   menu=["首页", "发现", "话题:职业资格", "话题:人工智能", "写回答"],
   side="<h4>相关话题</h4><p>#人工智能训练师 #数据标注 #考证</p><p>商务合作:bd@wenzhi.cn</p>",
   foot="问知 wenzhi.cn | 商务合作 bd@wenzhi.cn | 侵权投诉 tousu@wenzhi.cn | 京ICP备15047219号"),
 "wxwenku": dict(name="微文库·公众号文章精选", style="wechat",
   menu=["首页", "教育", "职场", "科技", "本地"],
   side="<h4>说明</h4><p>本站文章来自微信公众号,仅供阅读,如有侵权请联系删除。</p>",
   foot="微文库 wxwenku.cn | 投稿与删稿:tougao@wxwenku.cn | 粤ICP备18082233号"),
 "kuaiying": dict(name="快映短视频(网页版)", style="video",
   menu=["推荐", "关注", "同城", "知识", "直播"],
   side="<h4>相关推荐</h4><p>下载快映APP,看更多精彩视频</p>",
   foot="快映 kuaiying.tv | 未成年人/违法举报电话 400-140-2108 | 网络文化经营许可证 京网文〔2020〕1234-056号"),
 "gmnews": dict(name="赣闽都市网", style="news",
   menu=["首页", "时政", "民生", "教育", "财经", "曝光台"],
   side="<h4>新闻热线</h4><p>0791-86849999</p><p>爆料邮箱:baoliao@gmdsw.cn</p>",
   foot="赣闽都市网 | 新闻热线 0791-86849999 | 爆料 baoliao@gmdsw.cn | 互联网新闻信息服务许可证 36120190003"),
 "rsj": dict(name="某市人力资源和社会保障局", style="gov",
   menu=["首页", "政务公开", "政策文件", "办事服务", "互动交流"],
   side="<h4>便民服务</h4><p>人社服务热线:12333</p><p>技能证书查询:zscx.osta.org.cn</p>",
   foot="主办:某市人力资源和社会保障局 | 服务热线 12333 | 网站标识码 3607000012"),
 "jxkj": dict(name="江西科技工贸职业学院继续教育学院", style="college",
   menu=["学院首页", "学院概况", "社会培训", "技能认定", "通知公告"],
   side="<h4>办公地址</h4><p>南昌市经开区双港东大街 168 号 行政楼 2 楼</p>",
   foot="江西科技工贸职业学院继续教育学院 | 学院办公室 0791-83817000 | www.jxkjgm.edu.cn"),
}
SITE_ORDER = list(SITES)

PAGES = []  # dicts

def page(site, fn, title, body, is_offer=False, operator=None, provider=None, ids=(), note="", crumb=None, date=None, author=None):
    PAGES.append(dict(site=site, fn=fn, title=title, body=body, is_offer=is_offer, operator=operator,
                      provider=provider, ids=[list(x) for x in ids], note=note, crumb=crumb, date=date, author=author))

def P(*paras):
    return "\n".join("<p>%s</p>" % p for p in paras)

def comments(items):
    s = "<div class='comments'><h3>评论 (%d)</h3><ul>" % len(items)
    for who, t in items:
        s += "<li><b>%s</b>:%s</li>" % (who, t)
    return s + "</ul></div>"

# ===================== minxing (U01 own site) =====================
page("minxing", "zsjz-ai5.html", "2026年人工智能训练师(五级/初级工)招生简章",
 P("福州市闽兴职业培训学校是经福州市鼓楼区人社局审批的民办职业培训学校。现面向社会招收2026年第二期人工智能训练师(职业编码 4-04-05-05)五级/初级工培训学员。",
   "<b>报名条件</b>:累计从事本职业或相关职业工作满1年(含),或本职业学徒期满。学历要求初中及以上。不符合条件的学员请先咨询,我们不会为您虚构工作经历。",
   "<b>课程安排</b>:标准课时60课时,周末班,理论约30%、实操约70%(数据采集与处理、数据标注、标注质检)。",
   "<b>费用</b>:培训费 1280 元;认定费按评价机构公示标准另行缴纳。符合条件的参保职工取证后可按规定申领失业保险技能提升补贴(五级最高1000元),补贴由人社部门审核,本校不承诺到账金额。",
   "<b>证书</b>:考核合格者由经人社部门备案的评价机构颁发职业技能等级证书,可在 zscx.osta.org.cn 查询。",
   "报名咨询:0591-87623418(办公室,工作日) 招生老师微信:mxpx_zs",
   "官网:www.mxpx.net.cn  本校统一社会信用代码:%s" % U01_USCC),
 True, "U01", "福州市闽兴职业培训学校",
 [("phone", "059187623418", "0591-87623418"), ("wechat", "mxpx_zs", "mxpx_zs"),
  ("domain", "mxpx.net.cn", "www.mxpx.net.cn"), ("uscc", U01_USCC, U01_USCC)],
 "training school's own level-5 enrolment notice, honest", ["首页", "招生简章"], "2026-03-02")

page("minxing", "kc-ai4.html", "人工智能训练师四级(中级工)提升班",
 P("本班面向已取得人工智能训练师五级证书并从事相关工作满4年的学员,或技工院校相关专业毕业生。课程50课时,重点为智能系统运维与数据标注质检。",
   "开班时间:2026年4月18日 地点:鼓楼校区 3 楼机房。名额 30 人,额满即止。",
   "学费 1680 元(含教材、上机)。考前模拟两次,不承诺通过率。",
   "报名请致电 (0591)87623418 或手机 13950217386(林老师)。",
   "友情提示:任何宣称“不用考试直接拿证”的都是骗局,请拨打12333向人社部门核实。"),
 True, "U01", "闽兴教育",
 [("phone", "059187623418", "(0591)87623418"), ("phone", "+8613950217386", "13950217386")],
 "same school, level-4 class", ["首页", "课程设置"], "2026-03-10")

# ===================== ganzhi (U02 own site) =====================
page("ganzhi", "ai-sanji.html", "人工智能训练师三级(高级工)证书 零基础包过 人社部颁发",
 P("【国家职业资格证书】人工智能训练师三级,人社部颁发,全国通用、官网可查、终身有效!",
   "✔ 零基础 ✔ 不限学历 ✔ 不限经验 ✔ 免培训直接报考 ✔ 考不过全额退费,包过!",
   "五级、四级、三级可一次性同报,三证同拿仅需 5980 元,本月报名再减 1000。",
   "证书样本:编号 S000036001023253000118,扫码即可查询。",
   "拿证可申请政府补贴最高 3120 元,相当于免费拿证!还可挂靠企业,每年躺赚2-3万。",
   "全国统一服务热线:400-811-2736 QQ咨询:2871346650",
   "合作单位统一社会信用代码:%s" % DECOY_USCC),
 True, "U02", "赣智教育",
 [("phone", "4008112736", "400-811-2736"), ("qq", "2871346650", "2871346650"), ("uscc", U02_USCC, U02_USCC)],
 "dishonest: 包过, 人社部颁发, three levels at once, 挂靠 lure, borrowed USCC of an official body", ["首页", "证书项目"], "2026-02-20")

page("ganzhi", "ai-yiji.html", "人工智能训练师高级技师(一级)报名通道开启",
 P("高级技师=正高级职称!一级证书直接对应职称,落户、积分、评优全用得上。",
   "本期由“国家工信部职业技能鉴定中心”主办,内部渠道,名额有限,学历经验均不限。",
   "报名费 12800 元,含考务、证书、内部资料。",
   "考试地点:南昌考点(前台电话 0791-88306512,仅提供场地咨询)。",
   "咨询热线 4008112736,急事请拨 18679143520(陈主任)。"),
 True, "U02", "南昌赣智教育科技有限公司",
 [("phone", "4008112736", "4008112736"), ("phone", "+8618679143520", "18679143520")],
 "dishonest: level 1 to beginners, 工信部 attribution, 职称 overclaim", ["首页", "证书项目"], "2026-03-05")

# ===================== xuebao marketplace =====================
XB_NOTE = "<p class='cs'>购课遇到问题?联系平台客服 400-860-5151 或 kefu@xuebao.com.cn</p>"
page("xuebao", "course-31877.html", "【榕城AI训练营】人工智能训练师五级 周末实操班",
 P("机构:榕城AI训练营(闽兴教育旗下)  课程编号:XB-AI-31877  评分 4.8  已报 326 人",
   "课程大纲:数据采集、清洗、标注规范、质检抽检、标注工具实操;60 课时;线下福州鼓楼。",
   "价格:¥1280(可分 3 期)。报名须满足申报条件,工作经历需单位证明。",
   "报名后请填写信息登记表:jinshuju.net/f/Rc8Tq2 (机构会在 2 个工作日内联系)",
   "机构电话:139-5021-7386  机构官网 mxpx.net.cn") + XB_NOTE,
 True, "U01", "榕城AI训练营",
 [("phone", "+8613950217386", "139-5021-7386"), ("domain", "mxpx.net.cn", "mxpx.net.cn")],
 "U01 course listing on marketplace under a third brand", ["首页", "职业技能", "人工智能训练师"], "2026-03-12")

page("xuebao", "course-32410.html", "人工智能训练师四级+数据标注实战 就业推荐班【鹭岛智学】",
 P("机构:鹭岛智学(厦门)  课程编号:XB-AI-32410  已报 1,108 人",
   "适合:想转行数据标注、想拿中级证书的小伙伴。零基础可学,导师一对一。",
   "包含:四级考前辅导 50 课时 + 标注项目实战 + 推荐合作企业面试(不承诺录用)。",
   "价格 ¥2980,限时立减 500。",
   "学习群 QQ群:713826451(购课后凭订单号 XB20260314003321 入群)",
   "老师电话:158 5920 7614") + XB_NOTE,
 True, "U03", "鹭岛智学",
 [("qq_group", "713826451", "713826451"), ("phone", "+8615859207614", "158 5920 7614")],
 "U03 course listing; 零基础 for level 4", ["首页", "职业技能", "人工智能训练师"], "2026-03-14")

page("xuebao", "course-29955.html", "智标学院|人工智能训练师(数据标注员)全程网课",
 P("机构:智标学院  课程编号:XB-AI-29955",
   "全程线上,随到随学,140 节录播 + 每周直播答疑。",
   "包含五级理论题库 2000 题、实操模拟系统 6 个月账号。",
   "价格 ¥899。证书考试需另行报名,由评价机构组织。",
   "学员服务热线 400 606 8371,官网 zhibiao-edu.cn") + XB_NOTE,
 True, "U05", "智标学院",
 [("phone", "4006068371", "400 606 8371"), ("domain", "zhibiao-edu.cn", "zhibiao-edu.cn")],
 "U05 online course", ["首页", "职业技能", "人工智能训练师"], "2026-01-08")

page("xuebao", "course-30721.html", "上饶信江职培 人工智能训练师五级 线下班(可申请技能补贴)",
 P("机构:上饶信江职业培训学校  课程编号:XB-AI-30721",
   "课时 60,信州区校区上课,理论+实操。考核由备案评价机构组织,合格证书可在 zscx.osta.org.cn 查询。",
   "参保满 1 年的职工取证后可申领技能提升补贴(五级最高 1000 元),以人社部门审核为准。",
   "学费 ¥1180。联系电话 0793-8226517",
   "办学单位统一社会信用代码 %s" % U07_USCC) + XB_NOTE,
 True, "U07", "上饶信江职业培训学校",
 [("phone", "07938226517", "0793-8226517"), ("uscc", U07_USCC, U07_USCC)],
 "U07 honest course listing", ["首页", "职业技能", "人工智能训练师"], "2026-02-26")

page("xuebao", "course-33108.html", "宁德蕉城数智培训 AI训练师入门(五级)",
 P("机构:蕉城数智培训  课程编号:XB-AI-33108",
   "小班 15 人,蕉城区万达写字楼授课,适合在职人员。",
   "学费 ¥1080,教材另计。报名需提供工作证明。",
   "咨询:13859367025(郑老师)"),
 True, "I01", "蕉城数智培训",
 [("phone", "+8613859367025", "13859367025")],
 "independent small provider on marketplace", ["首页", "职业技能", "人工智能训练师"], "2026-03-18")

# ===================== haixi forum =====================
def thread(posts):
    s = "<div class='thread'>"
    for i, (who, lvl, t) in enumerate(posts):
        s += "<div class='post'><div class='u'>%s<br><small>%s</small></div><div class='c'><span class='floor'>%d楼</span>%s</div></div>" % (who, lvl, i + 1, t)
    return s + "</div>"

page("haixi", "thread-889213.html", "【曝光】交了4800说包过人工智能训练师三级,结果人联系不上了",
 thread([
  ("厦门打工人阿杰", "中级会员", "去年底在短视频上刷到一个“人社部直属考评中心”,说三级证零基础包过,交了4800。对方电话 176 2389 0417,微信 rsb_zhengshu,给了一个查询网站,查到的“证书”后来发现是假网站。现在电话打不通,微信把我拉黑了。"),
  ("鹭岛老司机", "高级会员", "正规查询只认 zscx.osta.org.cn,其他网址一律不要信。可以打12315投诉,也可以去人社局问12333。"),
  ("lin_xiaoyu88", "注册会员", "我也被坑过类似的,兄弟加我微信 lin_xiaoyu88 一起维权"),
  ("版主-阿福", "版主", "已置顶。提醒大家:人工智能训练师三级需要四级证书和工作年限,零基础包过三级的都是骗子。")]),
 False, None, None, [], "forum complaint thread quoting a scam phone and WeChat", ["首页", "投诉曝光"], "2026-01-15")

page("haixi", "thread-902144.html", "福州有没有靠谱的人工智能训练师培训?求推荐",
 thread([
  ("小鱼不吃鱼", "注册会员", "想考个人工智能训练师,福州有推荐的吗?别给我推包过的。"),
  ("智训学堂_王老师", "新手上路", "可以了解下我们智训学堂,五级四级三级都能报,通过率很高,扣扣 2871346650,vx gz_ai666,报名送题库。"),
  ("lin_xiaoyu88", "注册会员", "楼上是南昌的吧,怎么跑福州来了。有靠谱的加我 lin_xiaoyu88 私聊"),
  ("榕城小陈", "中级会员", "我在鼓楼那边一个培训学校报的五级,老老实实上课,没说包过,挺正规。")]),
 True, "U02", "智训学堂",
 [("qq", "2871346650", "2871346650"), ("wechat", "gz_ai666", "gz_ai666")],
 "U02 seller replying in a help thread (offer in a reply)", ["首页", "教育考证"], "2026-02-03")

page("haixi", "thread-905530.html", "赣州考人工智能训练师一级二级,不限学历,挂靠有收益",
 thread([
  ("赣南AI人才中心", "新手上路", "赣南AI人才中心长期招生:人工智能训练师一级/二级/三级,零基础不限学历,一次报考两级享8折。证书可挂靠企业,年收益1-3万。联系 138 7978 1245(微信同号)"),
  ("路人甲", "注册会员", "一级要二级证加四年,零基础怎么考?"),
  ("赣南AI人才中心", "新手上路", "有内部渠道,具体私聊。")]),
 True, "U04", "赣南AI人才中心",
 [("phone", "+8613879781245", "138 7978 1245")],
 "U04 dishonest forum ad: levels 1/2 for beginners, 挂靠", ["首页", "职场招聘"], "2026-02-11")

page("haixi", "thread-907781.html", "【副业】在家做数据标注+拿AI训练师证,一部手机就行",
 thread([
  ("小智AI副业课", "新手上路", "90%小白都能学会!原价9999,限时99元体验课,学完包过人工智能训练师证,还能接标注单,月入过万。V:xz_ai_fuye QQ 3561820947"),
  ("懒得起名", "注册会员", "99块能拿证?骗子吧"),
  ("小智AI副业课", "新手上路", "99是体验课,正式班另算,想了解的私信。")]),
 True, "U06", "小智AI副业课",
 [("wechat", "xz_ai_fuye", "xz_ai_fuye"), ("qq", "3561820947", "3561820947")],
 "U06 side-hustle scam ad", ["首页", "职场招聘"], "2026-02-25")

page("haixi", "thread-911002.html", "个人帮报 人工智能训练师五级 福州考点",
 thread([
  ("老周说考证", "中级会员", "本人在福州做考证咨询几年了,五级可以帮报,需要满足工作一年的条件。只收报名服务费300,培训和考试费按机构标准交,不包过。有需要加微信 zhou_ai_2025。"),
  ("lin_xiaoyu88", "注册会员", "已加,求带 lin_xiaoyu88"),
  ("海西网友7781", "注册会员", "感觉还算实在")]),
 True, "I02", "老周说考证",
 [("wechat", "zhou_ai_2025", "zhou_ai_2025")],
 "independent individual agent", ["首页", "教育考证"], "2026-03-08")

# ===================== bamin classifieds =====================
def cls(fields, text):
    s = "<table class='info'>" + "".join("<tr><th>%s</th><td>%s</td></tr>" % kv for kv in fields) + "</table>"
    return s + "<div class='desc'>%s</div>" % text

page("bamin", "jy-71203345.html", "福州鼓楼 人工智能训练师五级培训 周末班 可开发票",
 cls([("类别", "教育培训 > 职业技能"), ("区域", "福州 鼓楼"), ("联系人", "林老师"), ("发布", "2026-03-03")],
  P("闽兴教育人工智能训练师五级周末班招生,正规办学,不搞包过那一套。",
    "上课地点杨桥中路,近地铁。学费 1280。",
    "咨询电话 0591 8762 3418,微信:Mxpx_ZS")),
 True, "U01", "闽兴教育",
 [("phone", "059187623418", "0591 8762 3418"), ("wechat", "mxpx_zs", "Mxpx_ZS")],
 "U01 classified post", ["首页", "教育培训"], "2026-03-03")

page("bamin", "jy-71288012.html", "厦门 AI训练师考证+数据标注就业 一条龙",
 cls([("类别", "教育培训 > IT培训"), ("区域", "厦门 思明"), ("联系人", "小鹭老师"), ("发布", "2026-03-06")],
  P("厦门智数人才,人工智能训练师四级/五级考证辅导,学完推荐数据标注岗位。",
    "本期报名批次号 15020250618,报名截止 6 月 10 日。",
    "电话 15859207614 微信 ldzx2024")),
 True, "U03", "厦门智数人才",
 [("phone", "+8615859207614", "15859207614"), ("wechat", "ldzx2024", "ldzx2024")],
 "U03 classified under second brand", ["首页", "教育培训"], "2026-03-06")

page("bamin", "jy-71301190.html", "赣州 人工智能训练师 一级 二级 三级 证书办理 可挂靠",
 cls([("类别", "教育培训 > 职业资格"), ("区域", "赣州 章贡"), ("联系人", "刘经理"), ("发布", "2026-03-09")],
  P("赣州章贡技能服务部,专业办理人工智能训练师各等级证书,不限学历,快速拿证,官网可查。",
    "手机 138-7978-1245 座机 0797-8213657",
    "挂靠企业年收益可观,详情电话咨询。")),
 True, "U04", "赣州章贡技能服务部",
 [("phone", "+8613879781245", "138-7978-1245"), ("phone", "07978213657", "0797-8213657")],
 "U04 classified, 证书办理", ["首页", "教育培训"], "2026-03-09")

page("bamin", "jy-71322457.html", "泉州 1+X 人工智能训练师证书 双证 报名中",
 cls([("类别", "教育培训 > 职业技能"), ("区域", "泉州 丰泽"), ("联系人", "黄老师"), ("发布", "2026-03-11")],
  P("泉职云教育:1+X人工智能数据标注证书 + 人工智能训练师四级,双证同拿,学生党优先。",
    "联系电话:188 5951 2047",
    "(发布模板)联系电话:13800138000 联系人:XXX")),
 True, "U08", "泉职云教育",
 [("phone", "+8618859512047", "188 5951 2047")],
 "U08 1+X after handover, leftover template placeholder", ["首页", "教育培训"], "2026-03-11")

page("bamin", "jy-71330088.html", "九江 数据标注员招聘+人工智能训练师三证 包分配",
 cls([("类别", "招聘 > 兼职"), ("区域", "九江 浔阳"), ("联系人", "数标小姐姐"), ("发布", "2026-03-13")],
  P("九江浔阳数据标注基地长期招标注员,先培训后上岗,培训期间可考人工智能训练师、数据标注员、计算机操作员三证,包分配。",
    "培训费 3600,上岗后返还一半。本期报名批次号 15020250618。",
    "电话 199-7924-1568 座机 0792-8579314")),
 True, "U09", "九江浔阳数据标注基地",
 [("phone", "+8619979241568", "199-7924-1568"), ("phone", "07928579314", "0792-8579314")],
 "U09 job-plus-certificate bundle", ["首页", "招聘"], "2026-03-13")

page("bamin", "jy-71342206.html", "南平 武夷智培 人工智能训练师五级 小班",
 cls([("类别", "教育培训 > 职业技能"), ("区域", "南平 建阳"), ("联系人", "吴老师"), ("发布", "2026-03-15")],
  P("武夷智培开设人工智能训练师五级培训班,晚班,适合在职。",
    "学费 980 元,需满足一年工作经历。",
    "报名电话:0599-5308826")),
 True, "I03", "武夷智培",
 [("phone", "05995308826", "0599-5308826")],
 "independent small provider", ["首页", "教育培训"], "2026-03-15")

# ===================== wenda Q&A =====================
def qa(q, answers):
    s = "<div class='question'><h2>%s</h2></div>" % q
    for who, bio, t, votes in answers:
        s += "<div class='answer'><div class='author'>%s <small>%s</small></div><div class='rich'>%s</div><div class='meta'>赞同 %d</div></div>" % (who, bio, t, votes)
    return s

page("wenda", "q-5512093.html", "人工智能训练师证书有用吗?在哪里考?",
 qa("人工智能训练师证书有用吗?在哪里考?", [
  ("小鹭老师", "厦门 AI 培训从业者", P("有用,尤其是做数据标注转岗的。证书是职业技能等级证书,由备案评价机构发。我们鹭岛智学在厦门有班,零基础也可以学。想了解可以加我 LDZX2024,或发邮件 ldzx2024@163.com。"), 86),
  ("匿名用户", "", P("要先看自己符不符合申报条件,五级要一年相关工作经历。证书去 zscx.osta.org.cn 查。"), 214)]),
 True, "U03", "鹭岛智学",
 [("wechat", "ldzx2024", "LDZX2024"), ("email", "ldzx2024@163.com", "ldzx2024@163.com")],
 "U03 answer on Q&A", ["首页", "话题:职业资格"], "2026-02-14")

page("wenda", "q-5530877.html", "有没有靠谱的人工智能训练师网课推荐?",
 qa("有没有靠谱的人工智能训练师网课推荐?", [
  ("智标学院官方", "机构号", P("智标学院网课覆盖五级、四级理论与实操模拟,官网 zhibiao-edu.cn,课程顾问邮箱 service@zhibiao-edu.cn。报名表:jinshuju.net/f/Zb71aK"), 12),
  ("读书的猫", "", P("网课随便买哪个都行,关键是考试得在评价机构那边报。我QQ 905517320,有资料可以分享。"), 33)]),
 True, "U05", "智标学院",
 [("domain", "zhibiao-edu.cn", "zhibiao-edu.cn"), ("email", "service@zhibiao-edu.cn", "service@zhibiao-edu.cn")],
 "U05 institutional answer", ["首页", "话题:人工智能"], "2026-01-22")

page("wenda", "q-5541260.html", "做数据标注能顺便考人工智能训练师吗?",
 qa("做数据标注能顺便考人工智能训练师吗?", [
  ("数标小姐姐", "九江标注基地", P("可以呀,我们基地边工作边培训,工作满一年就能报五级。招人中,微信 xy_shubiao,电话 19979241568。"), 40),
  ("老韭菜", "", P("注意那种先收培训费再上岗的,很多是套路。"), 97)]),
 True, "U09", "浔阳数标",
 [("wechat", "xy_shubiao", "xy_shubiao"), ("phone", "+8619979241568", "19979241568")],
 "U09 answer recruiting", ["首页", "话题:人工智能"], "2026-03-01")

page("wenda", "q-5550318.html", "吉安哪里可以考人工智能训练师?",
 qa("吉安哪里可以考人工智能训练师?", [
  ("庐陵技能培训", "吉安", P("我们庐陵技能培训今年开了人工智能训练师五级班,吉州区上课,学费 1100,报名需工作证明。QQ:1468302957"), 8),
  ("读书的猫", "", P("可以先打12333问下本地有没有备案的评价机构。需要资料加我QQ 905517320。"), 21)]),
 True, "I04", "庐陵技能培训",
 [("qq", "1468302957", "1468302957")],
 "independent provider answering", ["首页", "话题:职业资格"], "2026-03-16")

# ===================== wxwenku (WeChat reposts) =====================
def wx(account, orig, body):
    return "<div class='wx-meta'>原创 %s <span>%s</span></div><div class='rich_media_content'>%s</div><p class='src'>本文转载自微信公众号“%s”,版权归原作者所有。</p>" % (account, orig, body, account)

page("wxwenku", "a-20260221-01.html", "重磅!人工智能训练师证书报名通道开启,人社部颁发,错过再等一年",
 wx("智训学堂", "2026-02-21", P("人社部认证的新职业!人工智能训练师证书全国通用,官网可查。",
   "零基础可报三级,一次考过,考不过退费。",
   "报名咨询:电话/微信 186-7914-3520 微信号:GZ_AI666",
   "▲长按识别二维码添加老师")),
 True, "U02", "智训学堂",
 [("phone", "+8618679143520", "186-7914-3520"), ("wechat", "gz_ai666", "GZ_AI666")],
 "U02 WeChat article repost", ["首页", "教育"], "2026-02-21")

page("wxwenku", "a-20260302-04.html", "赣南AI人才中心:国家人工智能训练师考评中心(赣州站)2026年招生",
 wx("赣南AI人才中心", "2026-03-02", P("国家人工智能训练师考评中心(赣州站)面向全市招生,一级至五级均可报考。",
   "本中心统一社会信用代码:%s" % U04_USCC,
   "咨询电话:0797 8213657 微信:gnai_kaoping",
   "(示例)联系电话:13800138000")),
 True, "U04", "国家人工智能训练师考评中心(赣州站)",
 [("phone", "07978213657", "0797 8213657"), ("wechat", "gnai_kaoping", "gnai_kaoping"), ("uscc", U04_USCC, U04_USCC)],
 "U04 state-sounding name with a 91 company code", ["首页", "职场"], "2026-03-02")

page("wxwenku", "a-20260305-02.html", "宝妈在家也能做!AI副业训练营第18期开营",
 wx("智学副业营", "2026-03-05", P("原价9999,限时99!学数据标注、拿人工智能训练师证、接单赚钱一步到位。",
   "加助教Q:3561 820 947 或拨打 177 5063 1829 领取资料。",
   "学员喜报:本期98%学员一次拿证!")),
 True, "U06", "智学副业营",
 [("qq", "3561820947", "3561 820 947"), ("phone", "+8617750631829", "177 5063 1829")],
 "U06 WeChat repost, 喜报 and price anchor", ["首页", "职场"], "2026-03-05")

page("wxwenku", "a-20260310-03.html", "上饶信江职培:人工智能训练师五级线下班3月开课",
 wx("信江职培", "2026-03-10", P("信江职培人工智能训练师五级线下班 3 月 28 日开课,60 课时。",
   "考核地点:南昌考点,前台 0791-88306512 可咨询交通。",
   "报名:136 0793 6284(周老师),办公室 07938226517")),
 True, "U07", "信江职培",
 [("phone", "+8613607936284", "136 0793 6284"), ("phone", "07938226517", "07938226517")],
 "U07 WeChat repost", ["首页", "教育"], "2026-03-10")

page("wxwenku", "a-20260312-05.html", "泉职云|在校生也能拿的AI证书,1+X+职业技能等级双证",
 wx("泉职云", "2026-03-12", P("1+X人工智能数据标注职业技能等级证书继续报名中,搭配人工智能训练师四级,双证更有竞争力。",
   "报名热线:18859512047 微信:qzy_edu",
   "报名信息填写:jinshuju.net/f/Qz22mP")),
 True, "U08", "泉职云",
 [("phone", "+8618859512047", "18859512047"), ("wechat", "qzy_edu", "qzy_edu")],
 "U08 WeChat repost selling 1+X after 2025", ["首页", "教育"], "2026-03-12")

# ===================== kuaiying short video =====================
def vid(author, fans, desc, extra=""):
    return ("<div class='player'>[视频] 00:58</div><div class='vauthor'>@%s · 粉丝 %s</div><div class='vdesc'>%s</div>%s"
            % (author, fans, desc, extra))

page("kuaiying", "v-7321009.html", "人工智能训练师是什么?厦门哪里考?",
 vid("鹭岛智学小鹭老师", "2.3万", P("#人工智能训练师 #数据标注 厦门线下班+网课,零基础可学。", "评论区置顶:v❤ ldzx2024 | 学习群 713 826 451"),
     comments([("厦门小美", "怎么报名"), ("鹭岛智学小鹭老师", "看置顶~")])),
 True, "U03", "鹭岛智学",
 [("wechat", "ldzx2024", "ldzx2024"), ("qq_group", "713826451", "713 826 451")],
 "U03 short-video page", ["推荐", "知识"], "2026-03-04")

page("kuaiying", "v-7325518.html", "网课党看过来:AI训练师网课怎么选",
 vid("智标学院", "8.1万", P("全程网课+模拟系统,客服 400-606-8371,微信 zhibiao_kf。"),
     comments([("打工人A", "能包过吗"), ("智标学院", "不承诺包过哦,考试由评价机构组织")])),
 True, "U05", "智标学院",
 [("phone", "4006068371", "400-606-8371"), ("wechat", "zhibiao_kf", "zhibiao_kf")],
 "U05 short-video page", ["推荐", "知识"], "2026-02-08")

page("kuaiying", "v-7330042.html", "一部手机在家做AI标注,月入过万不是梦",
 vid("小智AI副业", "15.6万", P("原价9999 限时99!包过人工智能训练师证!扫码付款即可开课(收款方:泉州市丰泽区小智信息咨询服务部,支付问题请联系支付宝客服95188)。",
   "报名电话 17750631829", "证书样本编号 S000036001023253000118"),
     comments([("hhh", "割韭菜"), ("路过", "99能拿证我倒立")])),
 True, "U06", "标注宝",
 [("phone", "+8617750631829", "17750631829"), ("other", "泉州市丰泽区小智信息咨询服务部", "泉州市丰泽区小智信息咨询服务部")],
 "U06 short-video scam with payee name", ["推荐", "同城"], "2026-03-07")

page("kuaiying", "v-7334871.html", "九江数据标注基地实拍 边上班边考证",
 vid("数标小姐姐", "3,412", P("九江浔阳数标基地实拍,招标注员,包吃住,可考三证!私信或加 XY_shubiao"),
     comments([("九江网友", "三证是哪三个?"), ("数标小姐姐", "私信说~")])),
 True, "U09", "浔阳数标",
 [("wechat", "xy_shubiao", "XY_shubiao")],
 "U09 short-video page", ["推荐", "同城"], "2026-03-14")

page("kuaiying", "v-7338120.html", "阿May讲AI:人工智能训练师五级备考私教课",
 vid("阿May讲AI", "5,690", P("一对一带你过五级理论,599 元 8 节课,不包过,认真学才能过。微信 amay_ai。付款走支付宝担保,有问题找支付宝客服95188。")),
 True, "I05", "阿May讲AI",
 [("wechat", "amay_ai", "amay_ai")],
 "independent tutor on short video", ["推荐", "知识"], "2026-03-17")

# ===================== gmnews =====================
page("gmnews", "2026-01/warning-ai-cert.html", "“零基础包过人工智能训练师三级”?警惕山寨证书新套路",
 P("本报讯 近日,市民张先生向本报反映,他在网上看到“人社部直属考评中心”的广告,称人工智能训练师三级证书零基础包过,交费 4800 元后对方失联。张先生提供的对方电话为 17623890417,微信号 rsb_zhengshu。",
   "记者了解到,人工智能训练师(4-04-05-05)证书属于职业技能等级证书,由经人社部门备案的评价机构颁发,并非“人社部颁发”。三级需先取得四级证书并满足工作年限。",
   "某市人社局提醒,证书真伪可登录 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询,如遇虚假宣传可拨打 12315 投诉,政策咨询可拨打 12333。",
   "另据了解,部分广告冒用事业单位名义并附上其统一社会信用代码 %s,该单位已声明从未授权任何机构招生。" % DECOY_USCC),
 False, None, None, [], "news warning quoting scam phone/wechat and an official USCC", ["首页", "曝光台"], "2026-01-20")

page("gmnews", "2026-03/advertorial-xinjiang.html", "【教育资讯】信江职培:让技能提升补贴惠及更多职工",
 P("(广告)上饶信江职业培训学校开设人工智能训练师五级培训班,符合条件的参保职工取证后可按规定申领技能提升补贴。",
   "校长周女士介绍,学校坚持真培训、真考核,不做任何通过承诺。",
   "报名热线 13607936284,邮箱 xjzp_px@126.com,证书可在 zscx.osta.org.cn 查询。"),
 True, "U07", "上饶信江职业培训学校",
 [("phone", "+8613607936284", "13607936284"), ("email", "xjzp_px@126.com", "xjzp_px@126.com")],
 "U07 paid advertorial on news site", ["首页", "教育"], "2026-03-15")

page("gmnews", "2026-03/advertorial-quanzhiyun.html", "【推广】泉职云:AI时代的双证之路",
 P("(推广)泉州泉职云教育推出1+X人工智能数据标注证书与人工智能训练师四级双证课程,宣称“在校生毕业即持双证”。",
   "课程顾问微信 QZY_EDU,合作邮箱 qzy_edu@foxmail.com。"),
 True, "U08", "泉州泉职云教育",
 [("wechat", "qzy_edu", "QZY_EDU"), ("email", "qzy_edu@foxmail.com", "qzy_edu@foxmail.com")],
 "U08 advertorial on news site", ["首页", "教育"], "2026-03-18")

# ===================== rsj =====================
page("rsj", "tzgg-2026-017.html", "关于防范“山寨证书”及虚假职业技能培训宣传的提示",
 P("近期,我局接到群众反映,有机构以“人社部颁发”“包过”“零基础直接拿高级证”等宣传招揽人工智能训练师等新职业培训。",
   "现提示如下:一、职业技能等级证书由经备案的评价机构颁发,人社部门不直接颁发;二、证书信息可在技能人才评价证书全国联网查询(zscx.osta.org.cn)或 jndj.osta.org.cn 查询;三、技能提升补贴仅适用于五级至三级,且须符合参保条件。",
   "如有疑问请拨打人社服务热线 12333,遇到虚假宣传可拨打 12315 向市场监管部门投诉。"),
 False, None, None, [], "人社局-style official warning notice", ["首页", "政务公开", "通知公告"], "2026-02-28")

# ===================== jxkj college =====================
page("jxkj", "pxtz-ai5.html", "关于举办2026年人工智能训练师(五级)社会培训班的通知",
 P("我院作为职业技能等级认定备案机构,面向社会开办人工智能训练师五级培训班。",
   "培训 60 学时,培训费 900 元,认定费按物价部门核定标准收取。合格者颁发职业技能等级证书,可在 jndj.osta.org.cn 查询。",
   "报名联系:继续教育学院培训部 0791-83817265,邮箱 pxb_jxjy@163.com"),
 True, "I06", "江西科技工贸职业学院继续教育学院",
 [("phone", "07918381726 5".replace(" ", ""), "0791-83817265"), ("email", "pxb_jxjy@163.com", "pxb_jxjy@163.com")],
 "independent college's own training notice, honest", ["学院首页", "社会培训"], "2026-03-01")

page("jxkj", "hzjg-gnai.html", "校企合作:赣南AI人才中心人工智能训练师合作班招生",
 P("(合作机构发布)赣南AI人才中心与我院合作开办人工智能训练师合作班,一级至五级均可报,学历不限。",
   "考试地点:南昌考点(前台 0791-88306512)。",
   "合作机构统一社会信用代码 %s,招生微信 GNAI_kaoping。" % U04_USCC,
   "本页面由合作机构提供,学院不对其招生承诺负责。"),
 True, "U04", "赣南AI人才中心",
 [("uscc", U04_USCC, U04_USCC), ("wechat", "gnai_kaoping", "GNAI_kaoping")],
 "U04 partner page hosted on a college site", ["学院首页", "社会培训"], "2026-03-06")

# ---------- decoys ----------
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline"),
 ("phone", "12315", ["12315"], "市场监管 complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4008605151", ["400-860-5151"], "marketplace customer-service number in frame on every xuebao page"),
 ("email", "kefu@xuebao.com.cn", ["kefu@xuebao.com.cn"], "marketplace customer-service e-mail"),
 ("qq_group", "286514379", ["286514379"], "forum's official QQ group in sidebar/footer"),
 ("other", "闽ICP备17028841号-1", ["闽ICP备17028841号-1"], "classifieds platform ICP number"),
 ("phone", "05952298 1100".replace(" ", ""), ["0595-22981100"], "classifieds platform customer service"),
 ("email", "tougao@wxwenku.cn", ["tougao@wxwenku.cn"], "repost platform's own contact"),
 ("email", "bd@wenzhi.cn", ["bd@wenzhi.cn"], "Q&A platform business e-mail"),
 ("phone", "4001402108", ["400-140-2108"], "short-video platform report hotline"),
 ("phone", "07918684 9999".replace(" ", ""), ["0791-86849999"], "news site hotline"),
 ("phone", "07918381 7000".replace(" ", ""), ["0791-83817000"], "college office number in frame, on both I06 and U04 pages"),
 ("domain", "jxkjgm.edu.cn", ["www.jxkjgm.edu.cn"], "college domain in frame"),
 ("phone", "+8617623890417", ["176 2389 0417", "17623890417"], "scammer's phone quoted in complaint and news"),
 ("wechat", "rsb_zhengshu", ["rsb_zhengshu"], "scammer's WeChat quoted in complaint and news"),
 ("other", "S000036001023253000118", ["S000036001023253000118"], "sample certificate number copied by two unrelated sellers"),
 ("phone", "+8615020250618", ["15020250618"], "报名批次号 that looks like a mobile, on two sellers' pages"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder left in posts of two sellers"),
 ("wechat", "lin_xiaoyu88", ["lin_xiaoyu88"], "a reader's own WeChat in forum comments"),
 ("qq", "905517320", ["905517320"], "a reader's own QQ in Q&A answers"),
 ("phone", "07918830 6512".replace(" ", ""), ["0791-88306512"], "exam venue front desk quoted by several sellers"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by several sellers"),
 ("phone", "95188", ["95188"], "Alipay customer-service hotline (payment platform)"),
 ("uscc", DECOY_USCC, [DECOY_USCC], "official body's USCC quoted by news and misused by a seller"),
]

# ---------- rendering ----------
CSS = {
 "company": "body{font-family:sans-serif;margin:0}header{background:#0a4d8c;color:#fff;padding:12px}nav a{color:#fff;margin-right:14px}.wrap{display:flex}main{flex:3;padding:16px}aside{flex:1;background:#f3f6fa;padding:12px}footer{background:#333;color:#ccc;padding:10px;font-size:12px}",
 "market": "body{font-family:sans-serif;background:#f5f5f5}header{background:#ff6a00;color:#fff;padding:10px}nav a{margin:0 8px;color:#fff}.wrap{display:flex}main{flex:4;background:#fff;padding:16px}aside{flex:1;padding:12px}footer{font-size:12px;color:#888;padding:12px}.cs{color:#999}",
 "forum": "body{font:13px/1.6 simsun,serif}header{background:#e8eef7;padding:6px}.post{display:flex;border:1px solid #cdd}.u{width:140px;background:#f0f4fa;padding:6px}.c{padding:6px}.floor{float:right;color:#999}footer{font-size:12px;text-align:center}",
 "classified": "body{font-family:sans-serif}header{background:#00a046;color:#fff;padding:8px}table.info th{text-align:left;color:#666;padding-right:12px}footer{font-size:12px;color:#777;border-top:1px solid #ddd}",
 "qa": "body{font-family:sans-serif;background:#f6f6f6}header{background:#fff;border-bottom:1px solid #eee;padding:8px}.answer{background:#fff;margin:10px 0;padding:12px}.meta{color:#8590a6}footer{font-size:12px;color:#8590a6}",
 "wechat": "body{max-width:680px;margin:auto;font-family:sans-serif}.wx-meta{color:#576b95}.src{color:#999;font-size:12px}footer{font-size:12px;color:#aaa}",
 "video": "body{background:#161823;color:#fff;font-family:sans-serif}a{color:#fe2c55}.player{background:#000;height:240px;text-align:center;line-height:240px}footer{font-size:12px;color:#888}",
 "news": "body{font-family:serif}header{border-bottom:3px solid #c00;padding:8px}.wrap{display:flex}main{flex:3}aside{flex:1;font-size:13px}footer{font-size:12px;color:#666;border-top:1px solid #ccc}",
 "gov": "body{font-family:sans-serif}header{background:#b30000;color:#fff;padding:14px}nav a{color:#fff;margin-right:12px}.wrap{display:flex}main{flex:3;padding:16px}aside{flex:1;background:#fbf3f3}footer{background:#eee;font-size:12px;padding:10px}",
 "college": "body{font-family:sans-serif}header{background:#1b5e20;color:#fff;padding:12px}nav a{color:#fff;margin-right:12px}.wrap{display:flex}main{flex:3;padding:16px}aside{flex:1}footer{background:#1b5e20;color:#cfc;font-size:12px;padding:10px}",
}

def rel(site, fn):
    depth = fn.count("/")
    return "../" * (depth + 1)

def frame(site, fn, title, body, crumb, related, date=None):
    s = SITES[site]
    up = rel(site, fn)
    idx = up + site + "/index.html"
    menu = " ".join("<a href='%s'>%s</a>" % (idx, m) for m in s["menu"])
    bc = ""
    if crumb:
        bc = "<div class='breadcrumb'>当前位置:" + " &gt; ".join(
            ("<a href='%s'>%s</a>" % (idx, c)) if i == 0 else c for i, c in enumerate(crumb)) + " &gt; 正文</div>"
    rl = "<div class='related'><h4>相关内容</h4><ul>" + "".join(
        "<li><a href='%s%s/%s'>%s</a></li>" % (up, site, f, html.escape(t)) for f, t in related) + "</ul></div>"
    d = "<div class='date'>发布时间:%s</div>" % date if date else ""
    return ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>%s - %s</title><style>%s</style></head><body class='%s'>"
            "<header><div class='logo'>%s</div><nav>%s</nav></header>%s<div class='wrap'><main><h1>%s</h1>%s%s%s</main><aside>%s</aside></div>"
            "<footer><a href='%s'>返回全站导航</a> | %s</footer></body></html>"
            % (html.escape(title), s["name"], CSS[s["style"]], s["style"], s["name"], menu, bc, html.escape(title), d, body, rl,
               s["side"], up + "index.html", s["foot"]))

def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    written = {}
    by_site = {k: [p for p in PAGES if p["site"] == k] for k in SITE_ORDER}
    for site, plist in by_site.items():
        for p in plist:
            related = [(q["fn"], q["title"]) for q in plist if q is not p][:4]
            path = "/%s/%s" % (site, p["fn"])
            written[path] = frame(site, p["fn"], p["title"], p["body"], p["crumb"], related, p["date"])
        # site index
        items = "".join("<li><a href='%s'>%s</a> <span>%s</span></li>" % (q["fn"], html.escape(q["title"]), q["date"] or "") for q in plist)
        body = "<p>%s · 最新内容</p><ul class='list'>%s</ul>" % (SITES[site]["name"], items)
        written["/%s/index.html" % site] = frame(site, "index.html", SITES[site]["name"] + " 首页", body, None, [])
    hub = "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>网址导航</title></head><body><h1>人工智能训练师 相关网站导航</h1><ul>%s</ul></body></html>" % "".join(
        "<li><a href='%s/index.html'>%s</a></li>" % (k, SITES[k]["name"]) for k in SITE_ORDER)
    written["/index.html"] = hub
    for path, text in written.items():
        full = OUT + path
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    # truth
    pages = []
    for path in sorted(written):
        p = next((q for q in PAGES if "/%s/%s" % (q["site"], q["fn"]) == path), None)
        if p is None:
            pages.append(dict(path="/site" + path, is_offer=False, operator=None, provider=None, identifiers=[],
                              note="hub page" if path == "/index.html" else "site index page"))
        else:
            pages.append(dict(path="/site" + path, is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                              identifiers=p["ids"], note=p["note"]))
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
    for kind, val, wr, why in DECOYS:
        hits = sorted("/site" + path for path, t in written.items() if any(w in t for w in wr))
        decoys.append(dict(kind=kind, value=val, written=wr, pages=hits, why=why))
    # sanity: no seller written form leaks to a page of another seller; decoys don't overlap seller ids
    owner_of = {}
    for p in PAGES:
        for k, v, w in p["ids"]:
            owner_of.setdefault((k, v), set()).add(p["operator"])
            for path, t in written.items():
                q = next((x for x in PAGES if "/%s/%s" % (x["site"], x["fn"]) == path), None)
                if w in t and q is not None and q["operator"] != p["operator"]:
                    raise SystemExit("leak: %s of %s on %s" % (w, p["operator"], path))
    for (k, v), os_ in owner_of.items():
        assert len(os_) == 1, (k, v, os_)
        for dk, dv, dw, _ in DECOYS:
            assert dv != v, v
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
