#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"

def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(body8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix, region, body8):
    s17 = prefix + region + body8 + org_check(body8)
    tot = sum(ALPH.index(ch) * (3 ** i % 31) for i, ch in enumerate(s17))
    r = 31 - tot % 31
    return s17 + ALPH[0 if r == 31 else r]

U01_USCC = uscc("52", "520201", "MA6DKQ4L")   # 民办非企业: 钟山区凉都智培职业培训学校
U03_USCC = uscc("52", "451202", "MA5N7R2C")   # 金城江区启航职业技能培训学校
U04_USCC = uscc("91", "110108", "MA01HW7T")   # company with a state-sounding name
U06_USCC = uscc("91", "520200", "MA6J3W8E")   # 贵州数标科技有限公司

# ---------------------------------------------------------------- sites
SITES = {
 "lpszp": dict(name="凉都智培职业培训学校", style="training-company site",
   menu=["首页", "培训项目", "师资力量", "报名须知", "联系我们"],
   side="<h4>联系我们</h4><p>地址：六盘水市钟山区人民中路凉都大厦5楼</p><p>咨询热线：187 8580 1234（李老师）</p><p>微信：lduzp2024</p>",
   foot="版权所有 © 六盘水市钟山区凉都智培职业培训学校 | www.lpszhipei.cn | 统一社会信用代码：" + U01_USCC),
 "kc": dict(name="学知课堂 · 职业技能课程平台", style="course marketplace",
   menu=["首页", "职业技能", "IT互联网", "考证专区", "讲师入驻"],
   side="<h4>平台保障</h4><p>7天无理由退款</p><p>热门课程ID 18600010023：Excel从入门到精通</p>",
   foot="学知课堂 平台客服：400-820-5566 | 邮箱：kefu@xuezhiketang.com | 京ICP备18033271号"),
 "bbs": dict(name="凉都论坛 · 六盘水第一生活社区", style="forum",
   menu=["首页", "凉都杂谈", "求职招聘", "教育培训", "二手交易"],
   side="<h4>版规</h4><p>禁止发布违法广告，举报请联系版主。</p><p>论坛站务QQ群：654321987</p>",
   foot="凉都论坛 站务邮箱 admin@liangdubbs.cn | 站务QQ群 654321987 | 黔ICP备15002218号-3"),
 "fenlei": dict(name="黔桂同城分类信息网", style="classifieds",
   menu=["首页", "六盘水", "河池", "教育培训", "招聘", "发布信息"],
   side="<h4>免费发布</h4><p>发布格式示例：课程名称＋地址＋联系电话 13800138000（请替换为您的号码）</p><p>谨防诈骗：先交钱的一律不要信</p>",
   foot="黔桂同城 客服电话 0778-2100800 | 桂ICP备19003321号-2 | 信息由用户发布，本站不承担责任"),
 "wenda": dict(name="知答网", style="Q&A",
   menu=["首页", "教育", "职场", "考证", "我要提问"],
   side="<h4>相关问题</h4><p>人工智能训练师证书怎么查？</p><p>数据标注员好找工作吗？</p>",
   foot="知答网 意见反馈 feedback@zhidawang.cn | 蜀ICP备20011876号-1"),
 "mp": dict(name="微文摘 · 公众号文章精选", style="WeChat-article reposts",
   menu=["首页", "教育", "职场", "本地", "热文"],
   side="<h4>说明</h4><p>本站文章转载自微信公众号，版权归原作者所有。</p><p>侵权联系：wxwenzhai.cn 投诉入口</p>",
   foot="微文摘 wxwenzhai.cn | 转载文章仅供阅读，侵删"),
 "video": dict(name="快看短视频 网页版", style="short-video pages",
   menu=["推荐", "同城", "知识", "职场", "直播"],
   side="<h4>同城推荐</h4><p>六盘水 · 河池 热门</p>",
   foot="快看短视频 违法和不良信息举报：jubao@kuaikan.tv | 举报电话 12377"),
 "news": dict(name="凉都热线新闻网", style="local news",
   menu=["首页", "本地", "民生", "教育", "法治"],
   side="<h4>爆料</h4><p>新闻热线：0858-8123456</p>",
   foot="凉都热线新闻网 新闻热线 0858-8123456 | 黔ICP备12004471号"),
 "rsj": dict(name="河池市金城江区人力资源和社会保障局（模拟公示站）", style="人社局-style notice site",
   menu=["首页", "通知公告", "政策文件", "就业创业", "职业能力"],
   side="<h4>便民服务</h4><p>人社服务热线：12333</p><p>证书查询：zscx.osta.org.cn</p>",
   foot="主办：金城江区人力资源和社会保障局 | 咨询电话 12333 | 桂ICP备05001234号"),
 "shop": dict(name="淘学铺 · 教育服务商城", style="shop",
   menu=["首页", "考证服务", "网课", "资料", "店铺入驻"],
   side="<h4>交易保障</h4><p>支持支付宝担保交易（支付宝客服 95188）</p>",
   foot="淘学铺 商城客服 kf@taoxuepu.com | 黔ICP备2021004567号-1"),
 "blog": dict(name="山城笔记 · 个人博客聚合", style="blog",
   menu=["首页", "技术", "考证", "生活", "关于"],
   side="<h4>标签</h4><p>人工智能 数据标注 考证 六盘水 河池</p>",
   foot="山城笔记 博客平台 联系：bk@shanchengbiji.com"),
}

PAGES = []  # dicts: path, title, body, is_offer, operator, provider, ids, note

def P(path, title, body, op=None, provider=None, ids=(), note="", offer=None):
    PAGES.append(dict(path=path, title=title, body=body,
                      is_offer=(op is not None) if offer is None else offer,
                      operator=op, provider=provider, ids=[list(x) for x in ids], note=note))

# ---------------------------------------------------------------- identifiers
PH = lambda v, w: ("phone", v, w)
WX = lambda v, w: ("wechat", v, w)
QQ = lambda v, w: ("qq", v, w)
QG = lambda v, w: ("qq_group", v, w)
EM = lambda v, w: ("email", v, w)
DM = lambda v, w: ("domain", v, w)
US = lambda v: ("uscc", v, v)
OT = lambda v, w: ("other", v, w)

VENUE_LPS = "六盘水职业技术学院实训楼（考点前台 0858-8221300）"
VENUE_HC = "河池职教中心考点（前台电话 0778-2296100）"

# ---------------- U01 凉都智培 (honest training school, Liupanshui)
P("/lpszp/index.html", "凉都智培职业培训学校 — 人工智能训练师（数据标注员）五级/四级培训招生",
  f"""<h1>人工智能训练师（4-04-05-05）职业技能等级培训 2025年秋季班招生</h1>
<p>本校为六盘水市钟山区人社部门批准的民办职业培训学校，开设人工智能训练师五级（初级工）、四级（中级工）培训。培训合格后参加经备案评价机构组织的职业技能等级认定，理论、实操两部分，各60分合格。</p>
<p>申报五级须累计从事本职业或相关职业工作满1年，或本职业学徒期满；四级须取得五级证书后从事本职业4年等，请带材料现场核验。</p>
<p>证书为职业技能等级证书，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。符合条件的参保职工可按规定申领技能提升补贴（五级最高1000元、四级最高1500元），具体以人社部门审核为准，咨询 12333。</p>
<p>认定考点：{VENUE_LPS}</p>
<p>报名咨询：李老师 187 8580 1234，微信 lduzp2024，邮箱 lpszhipei@163.com</p>
<p>证书样本（编号已打码示意）：S000052012400351000123</p>""",
  "U01", "凉都智培职业培训学校",
  [PH("+8618785801234", "187 8580 1234"), WX("lduzp2024", "lduzp2024"), EM("lpszhipei@163.com", "lpszhipei@163.com"),
   DM("lpszhipei.cn", "www.lpszhipei.cn"), US(U01_USCC)], "training school homepage with enrolment")
P("/lpszp/kecheng-ai.html", "培训项目 | 人工智能训练师（数据标注员）四级 周末班",
  f"""<h1>人工智能训练师四级（中级工）周末班</h1>
<p>课时：参考标准50学时，本班安排8个周末，理论30%、实操70%。内容：数据采集和处理、数据标注、智能系统运维。</p>
<p>费用：培训费1680元（含教材、上机），认定费按评价机构标准另行缴纳。不承诺通过，未通过可免费重修一次。</p>
<p>本期批次号：4006002025（请在报名表中填写）</p>
<p>考点：{VENUE_LPS}</p>
<p>报名电话：18785801234（李老师）/ 0858-8696012（学校前台）</p>""",
  "U01", "凉都智培",
  [PH("+8618785801234", "18785801234"), PH("08588696012", "0858-8696012"), DM("lpszhipei.cn", "www.lpszhipei.cn"), US(U01_USCC)],
  "course page on the school's own site")
# (the two pages below are placed after the site frames are defined)

# ---------------- U02 国培智能认证中心 (dishonest)
# ---------------- (all remaining pages defined below)
P("/kc/course-1032.html", "【凉都智培】人工智能训练师五级 数据标注实操课 - 学知课堂",
  """<h1>人工智能训练师五级·数据标注实操（线上+线下认定）</h1>
<p>机构：凉都智培（六盘水）｜ 课程ID：1032 ｜ 已报名 236 人 ｜ 评分 4.7</p>
<p>课程大纲：图像框选标注、文本分类、语音转写质检、标注规范与质检流程。线上学习40课时，线下集中实训2天。</p>
<p>价格：¥980。报名后由机构老师联系安排认定，认定费另付。证书为职业技能等级证书（非职业资格证书）。</p>
<p>讲师答疑：李老师 187-8580-1234（机构电话，平台外交易请谨慎）</p>""",
  "U01", "凉都智培（六盘水）",
  [PH("+8618785801234", "187-8580-1234")], "marketplace listing of U01")
P("/fenlei/lps-2231.html", "钟山区 人工智能训练师 数据标注员 培训 周末班 可申补贴 - 黔桂同城",
  f"""<h1>钟山区 人工智能训练师（数据标注员）培训 周末班</h1>
<p>发布者：钟山区智培教育 ｜ 区域：六盘水-钟山区 ｜ 浏览 1183 次</p>
<p>正规培训学校，开五级、四级班，在职人员满一年社保可以申请补贴，具体找人社核。零基础可以学，但报名要符合条件哈。</p>
<p>考点在{VENUE_LPS}</p>
<p>加V：LDUZP2024 备注“训练师”；电话 １８７８５８０１２３４</p>""",
  "U01", "钟山区智培教育",
  [WX("lduzp2024", "LDUZP2024"), PH("+8618785801234", "１８７８５８０１２３４")], "classified ad of U01")

# ---------------- U02 国培智能认证中心 (dishonest: 包过, 人社部颁发)
P("/mp/a-20250312.html", "重磅！人工智能训练师证书人社部颁发，零基础直报三级，包过！",
  """<h1>重磅！人工智能训练师证书人社部颁发，零基础直报三级</h1>
<p>原创 国培智能认证中心 2025-03-12 贵州</p>
<p>人社部认证的新职业！国家职业资格证书，全国通用，入库可查，终身有效。不限学历不限经验，零基础可直接报考三级/二级，免培训，包通过，不过全额退款！</p>
<p>五级+四级+三级 三证同报特惠 ¥3980，单证 ¥1680，名额有限。</p>
<p>报名请添加老师微信：gpzn_2837 或扣扣 2837461950，电话 173 8765 0921</p>
<p>阅读 10万+ ｜ 在看 326</p>""",
  "U02", "国培智能认证中心",
  [WX("gpzn_2837", "gpzn_2837"), QQ("2837461950", "2837461950"), PH("+8617387650921", "173 8765 0921")],
  "WeChat repost: dishonest ad (人社部颁发, 包过, 三证同报)")
P("/video/v-8812.html", "AI训练师老周：普通人也能拿的国家证书 #人工智能训练师 #考证",
  """<h1>普通人也能拿的国家证书，90%小白都能学会</h1>
<p>作者：AI训练师老周 ｜ 获赞 2.1万 ｜ 评论 873</p>
<p>视频文案：人工智能训练师，人社部颁发，国家认可，考完直接升职加薪！原价9999，限时99元领资料，后面报考找我，包过！</p>
<p>主页简介：合作V：gpzn_2837 ☎ 17387650921</p>
<p>热评：“真的假的？” “上周刚报了，老师说三级不用培训”</p>""",
  "U02", "AI训练师老周",
  [WX("gpzn_2837", "gpzn_2837"), PH("+8617387650921", "17387650921")], "short-video page of U02's sales persona")
P("/wenda/q-5531.html", "人工智能训练师证书哪里报考比较快？六盘水能考吗？",
  """<h1>人工智能训练师证书哪里报考比较快？六盘水能考吗？</h1>
<p>提问者：凉都小白 ｜ 2025-04-02</p>
<div class="answer"><p><b>王老师（认证答主）：</b>可以的，我们国培这边全国统考，线上考试，不用去考点，一个月出证，人社部颁发可查。可以直接报三级，不看工作年限。详细咨询Q：2837-461-950，或者搜公众号“国培智能认证中心”。</p></div>
<div class="answer"><p><b>网友 ppx：</b>提醒一句，三级是要四级证加年限的，别信直接报。</p></div>""",
  "U02", "国培（王老师）",
  [QQ("2837461950", "2837-461-950")], "Q&A answer advertising U02")
P("/shop/item-301.html", "人工智能训练师 三级 高级工 报名 代报 全国可查 - 淘学铺",
  """<h1>人工智能训练师三级（高级工）报名｜全国联网可查｜包过班</h1>
<p>店铺：国培认证直营店 ｜ 月销 58 ｜ 好评率 96%</p>
<p>¥1680/证，拍前咨询。不看学历不看年限，一次付款包过，考不过退款。证书人社部颁发，官网可查。</p>
<p>售后：店长电话 173-8765-0921（同微信）；支付宝担保交易（支付宝客服 95188）</p>
<p>买家晒单：订单号 13651020871 “已拿证，速度快”</p>""",
  "U02", "国培认证直营店",
  [PH("+8617387650921", "173-8765-0921")], "shop listing of U02 selling a level per certificate")

# ---------------- U03 金城江启航 (honest, Hechi)
P("/kc/course-2890.html", "【河池启航】人工智能训练师五级 数据标注员 线下班 - 学知课堂",
  f"""<h1>人工智能训练师五级（数据标注员方向）金城江线下班</h1>
<p>机构：金城江区启航职业技能培训学校 ｜ 课程ID：2890 ｜ 已报名 94 人</p>
<p>参考学时60，白天班20天。报名需提供一年相关工作证明或学徒证明。结业后由经备案的评价机构组织认定，考点：{VENUE_HC}。</p>
<p>价格：¥1200（含资料）。参保满一年可按规定申请技能提升补贴，以人社部门审核为准。</p>
<p>机构座机：0778-2281456</p>""",
  "U03", "金城江区启航职业技能培训学校",
  [PH("07782281456", "0778-2281456")],
  "marketplace listing of U03")
P("/fenlei/hc-7782.html", "河池 金城江 人工智能训练师培训 数据标注 招生 - 黔桂同城",
  f"""<h1>金城江 人工智能训练师/数据标注员 培训招生</h1>
<p>发布者：启航技能培训 ｜ 区域：河池-金城江区 ｜ 浏览 642 次</p>
<p>办学许可证齐全，统一社会信用代码 {U03_USCC}。五级、四级滚动开班，按国家职业技能标准教学，不包过，认真学的都能考。</p>
<p>联系：（0778）2281456 覃老师 159 7781 2345</p>
<p>考点：{VENUE_HC}</p>""",
  "U03", "启航技能培训",
  [PH("07782281456", "（0778）2281456"), PH("+8615977812345", "159 7781 2345"), US(U03_USCC)], "classified ad of U03")
P("/mp/a-20250415.html", "金城江区启航职业技能培训学校：人工智能训练师五级班开课啦",
  """<h1>人工智能训练师五级班开课啦</h1>
<p>原创 金城江启航培训 2025-04-15 广西</p>
<p>4月20日开班，共20天。本次课程由本校与经备案评价机构合作开展职业技能等级认定，证书可在 zscx.osta.org.cn 查询。</p>
<p>报名方式：覃老师 15977812345（微信同号），邮箱 hcqihang@126.com</p>
<p>温馨提示：凡是声称“免培训直接拿证”“包过”的都不可信。如有疑问请拨打 12333 核实。</p>""",
  "U03", "金城江启航培训",
  [PH("+8615977812345", "15977812345"), EM("hcqihang@126.com", "hcqihang@126.com")],
  "WeChat repost of U03's enrolment article")

# ---------------- U04 华智认证 (dishonest online, fake query site)
P("/kc/course-2217.html", "华智认证｜人工智能训练师二级技师 速成班 全国通用 - 学知课堂",
  """<h1>人工智能训练师 二级（技师）速成班</h1>
<p>机构：华智（北京）职业技能评价中心 ｜ 课程ID：2217 ｜ 已报名 1520 人</p>
<p>零基础可报技师，15天拿证，国家级证书，证书可在官方查询网站 www.huazhi-rz.com 查询，可挂靠年入3万+。</p>
<p>价格：¥4980（三级+二级双证联报 ¥6800）。</p>
<p>全国服务热线：400-867-6152</p>""",
  "U04", "华智（北京）职业技能评价中心",
  [PH("4008676152", "400-867-6152"), DM("huazhi-rz.com", "www.huazhi-rz.com")], "marketplace listing of U04 (零基础技师, fake query domain)")
P("/mp/a-20250520.html", "最新通知：2025年人工智能训练师证书报考即将收紧，抓紧最后窗口期",
  f"""<h1>最新通知：人工智能训练师报考即将收紧</h1>
<p>转载自 华智职业教育 2025-05-20</p>
<p>人社部证书退出后，哪家证书来接盘？华智职业技能评价中心（统一社会信用代码 {U04_USCC}）证书全国联网，入库可查！</p>
<p>官方查询：HUAZHI-RZ.COM；报名表：https://jinshuju.net/f/Xk2p9a</p>
<p>咨询热线 4008676152，客服微信 HZRZ400</p>""",
  "U04", "华智职业教育",
  [DM("huazhi-rz.com", "HUAZHI-RZ.COM"), PH("4008676152", "4008676152"), WX("hzrz400", "HZRZ400"), US(U04_USCC)],
  "WeChat repost of U04 scare-marketing ad")
P("/blog/post-17.html", "我是怎么拿到人工智能训练师技师证的（亲测）",
  """<h1>我是怎么拿到人工智能训练师技师证的（亲测）</h1>
<p>博主：阿杰在凉都 ｜ 2025-06-03 ｜ 分类：考证</p>
<p>去年完全零基础，朋友推荐了华智，交了钱半个月就出证了，网上能查（他们网站 huazhi-rz.com 上查的）。现在单位给我涨了工资。</p>
<p>想了解的可以直接打他们 400 867 6152 或者加微信 hzrz400，说是阿杰推荐的有优惠。</p>""",
  "U04", "华智",
  [DM("huazhi-rz.com", "huazhi-rz.com"), PH("4008676152", "400 867 6152"), WX("hzrz400", "hzrz400")], "advertorial blog post for U04")
P("/video/v-9010.html", "考证避坑？华智学员真实分享 #人工智能训练师",
  """<h1>华智学员真实分享：一个月拿两个证</h1>
<p>作者：华智职业教育官方号 ｜ 获赞 5630</p>
<p>视频文案：喜报！我校学员成功上岸，人工智能训练师三级、二级一次通过！官方指定，内部信息，命题组老师授课。</p>
<p>置顶评论：报名请走官网报名表 jinshuju.net/f/Xk2p9a ，咨询 V：hzrz400</p>""",
  "U04", "华智职业教育官方号",
  [WX("hzrz400", "V：hzrz400")], "short-video page of U04")

# ---------------- U05 速通 shop seller (dishonest, per-certificate price)
P("/shop/item-118.html", "人工智能训练师 五级 证书 代报名 资料包 速通 - 淘学铺",
  """<h1>人工智能训练师五级 代报名+题库资料包｜速通</h1>
<p>店铺：AI证书速通小铺 ｜ 月销 211</p>
<p>¥599/证，免培训，交费包过，拿到证书便可升职加薪。拍下后加售后群 738291045 发资料。</p>
<p>客服Q：1548830276 ｜ 担保交易（支付宝客服 95188）</p>""",
  "U05", "AI证书速通小铺",
  [QG("738291045", "738291045"), QQ("1548830276", "1548830276")], "shop listing of U05")
P("/shop/item-119.html", "人工智能训练师 四级+三级 双证联报 优惠 - 淘学铺",
  """<h1>人工智能训练师四级+三级 双证联报</h1>
<p>店铺：速通考证工作室 ｜ 月销 87</p>
<p>双证 ¥1980，三证 ¥2680。不限学历、不限专业、无门槛。</p>
<p>售后QQ群：７３８２９１０４５；急事电话 130 7856 2210</p>""",
  "U05", "速通考证工作室",
  [QG("738291045", "７３８２９１０４５"), PH("+8613078562210", "130 7856 2210")], "shop listing of U05, bundle price")
P("/bbs/t-40122.html", "[教育培训] 出人工智能训练师证书资料，可代报，有需要的来",
  """<h1>出人工智能训练师证书资料，可代报，有需要的来</h1>
<p>楼主：速通小王 ｜ 发表于 2025-05-08</p>
<p>五级四级三级都能报，交钱就行，不用上课，两个月拿证。有需要的私聊，或者电话13078562210，QQ群738-291-045。</p>
<p>2楼 凉都老李：这种能信吗？</p><p>3楼 速通小王：放心，几百个学员了</p>""",
  "U05", "速通小王",
  [PH("+8613078562210", "13078562210"), QG("738291045", "738-291-045")], "forum post by U05")

# ---------------- U06 贵州数标科技 (data annotation base with training)
P("/fenlei/lps-2290.html", "六盘水 数据标注员 招聘+培训 人工智能训练师五级 - 黔桂同城",
  f"""<h1>数据标注员 带薪培训 可考人工智能训练师五级</h1>
<p>发布者：贵州数标科技有限公司 ｜ 区域：六盘水-水城区</p>
<p>基地在六盘水高新区，招数据标注员20名，试用期培训1个月（工资2800起），满一年可报人工智能训练师五级认定，考点{VENUE_LPS}。</p>
<p>统一社会信用代码：{U06_USCC}</p>
<p>HR 电话：189 0858 1177 ｜ 简历投递 hr@gzshubiao.com</p>""",
  "U06", "贵州数标科技有限公司",
  [PH("+8618908581177", "189 0858 1177"), EM("hr@gzshubiao.com", "hr@gzshubiao.com"), US(U06_USCC)], "classified: annotation job + training")
P("/bbs/t-40155.html", "[求职招聘] 数标科技招数据标注员，包培训，能考人工智能训练师",
  """<h1>数标科技招数据标注员，包培训，能考人工智能训练师</h1>
<p>楼主：数标HR小杨 ｜ 发表于 2025-05-21</p>
<p>本地企业，不收培训费，培训合格上岗，后面公司统一组织考五级证。座机 0858-8235566，简历发 HR@GZSHUBIAO.COM。</p>
<p>2楼 水城阿亮：我微信 ppx_lps1990，想问一下夜班吗？</p>""",
  "U06", "数标科技",
  [PH("08588235566", "0858-8235566"), EM("hr@gzshubiao.com", "HR@GZSHUBIAO.COM")], "forum recruiting post by U06")
P("/video/v-9021.html", "在六盘水做AI数据标注是什么体验 #数据标注员",
  """<h1>在六盘水做AI数据标注是什么体验</h1>
<p>作者：贵州数标科技 ｜ 获赞 1204</p>
<p>视频文案：带大家看看我们的标注基地。零基础可学，入职带薪培训，一年后可以考人工智能训练师五级，证书可查。</p>
<p>简介：招聘咨询 0858—8235566 / 18908581177</p>""",
  "U06", "贵州数标科技",
  [PH("08588235566", "0858—8235566"), PH("+8618908581177", "18908581177")], "short-video page of U06")

# ---------------- U07 宜州 刘老师 (agent; chain: phone then wechat)
P("/wenda/q-5602.html", "河池哪里可以考人工智能训练师？宜州有吗？",
  f"""<h1>河池哪里可以考人工智能训练师？宜州有吗？</h1>
<p>提问者：宜州阿妹 ｜ 2025-04-18</p>
<div class="answer"><p><b>刘老师：</b>宜州这边我们有班，每月一期，在{VENUE_HC}考。四级以上要看年限，先拿五级。打我电话150-7803-3456咨询。</p></div>
<div class="answer"><p><b>网友：</b>可以先在 zscx.osta.org.cn 查一下机构发的证能不能查到。</p></div>""",
  "U07", "刘老师（宜州）",
  [PH("+8615078033456", "150-7803-3456")], "Q&A answer by U07 agent")
P("/fenlei/hc-7815.html", "宜州 人工智能训练师 考证 报名 刘老师 - 黔桂同城",
  """<h1>宜州区 人工智能训练师五级/四级 报名</h1>
<p>发布者：宜州职培刘老师 ｜ 区域：河池-宜州区</p>
<p>每月开班，周末上课，学费1380，报名送题库。认定费另算。</p>
<p>电话：15078033456 ｜ 微信：liuls_yz</p>""",
  "U07", "宜州职培刘老师",
  [PH("+8615078033456", "15078033456"), WX("liuls_yz", "liuls_yz")], "classified by U07")
P("/mp/a-20250611.html", "宜州职培：6月人工智能训练师周末班报名中",
  """<h1>6月人工智能训练师周末班报名中</h1>
<p>转载自 宜州职培 2025-06-11</p>
<p>本期剩余名额8个，学习内容包括数据标注、质检、智能系统运维基础。学员可按规定申请技能提升补贴。</p>
<p>扫码或搜索微信号 Liuls_YZ 报名。</p>""",
  "U07", "宜州职培",
  [WX("liuls_yz", "Liuls_YZ")], "WeChat repost by U07 (tied only by wechat)")

# ---------------- U08 智联未来 (misleading authority wording, online)
P("/kc/course-3340.html", "智联未来｜人工智能训练师三级 全程直播 人社新认证职业 - 学知课堂",
  """<h1>人工智能训练师三级（高级工）全程直播课</h1>
<p>机构：智联未来教育 ｜ 课程ID：3340 ｜ 已报名 3012 人</p>
<p>人社部认证的新职业！职业技能等级证书直接对应职称证书，可申领技能补贴，补贴后几乎免费。</p>
<p>价格：¥2980，官网 zlweilai.net 可报名；报名表 https://jinshuju.net/f/ZL88q1</p>
<p>客服邮箱：service@zlweilai.net</p>""",
  "U08", "智联未来教育",
  [DM("zlweilai.net", "zlweilai.net"), EM("service@zlweilai.net", "service@zlweilai.net")], "marketplace listing of U08")
P("/blog/post-22.html", "2025年人工智能训练师报考指南（附报名入口）",
  """<h1>2025年人工智能训练师报考指南（附报名入口）</h1>
<p>作者：智联未来编辑部 ｜ 2025-06-20</p>
<p>人工智能训练师是人社新认证职业，共五个等级……三级证书可直接对应助理工程师职称。</p>
<p>报名入口：www.zlweilai.net/baoming ；咨询微信：zlwl-kf01</p>""",
  "U08", "智联未来",
  [DM("zlweilai.net", "www.zlweilai.net"), WX("zlwl-kf01", "zlwl-kf01")], "SEO guide with enrolment link by U08")
P("/wenda/q-5710.html", "人工智能训练师证书有用吗？能评职称吗？",
  """<h1>人工智能训练师证书有用吗？能评职称吗？</h1>
<p>提问者：河池打工人 ｜ 2025-06-25</p>
<div class="answer"><p><b>智联未来-小林：</b>有用，直接对应职称，还能领补贴。我们直播课现在报名有优惠，加 ZLWL-KF01 领资料。</p></div>
<div class="answer"><p><b>网友：</b>职称贯通有条件的，别听机构乱说。</p></div>""",
  "U08", "智联未来-小林",
  [WX("zlwl-kf01", "ZLWL-KF01")], "Q&A answer by U08")
P("/video/v-9105.html", "三级人工智能训练师补贴3120元？手把手教你领 #技能补贴",
  """<h1>三级人工智能训练师补贴最高3120元？</h1>
<p>作者：智联未来AI学堂 ｜ 获赞 8800</p>
<p>视频文案：学完就能领补贴，相当于免费拿证！课程链接在主页，官网 ZLWEILAI.NET。</p>
<p>商务合作：service@zlweilai.net</p>""",
  "U08", "智联未来AI学堂",
  [DM("zlweilai.net", "ZLWEILAI.NET"), EM("service@zlweilai.net", "service@zlweilai.net")], "short-video page of U08")

# ---------------- U09 payee-name operator (挂靠 lure)
P("/shop/item-207.html", "人工智能训练师证 挂靠 年入2万 代报名 - 淘学铺",
  """<h1>人工智能训练师证 考完可挂靠 年入2万+</h1>
<p>店铺：慧学考证服务 ｜ 月销 19</p>
<p>¥2200，包报名包考试，证书下来帮你挂靠企业，每年稳定收益。对公转账收款户名：钟山区慧学信息咨询服务部。</p>
<p>联系：191-8520-3344 ｜ 支付宝担保（支付宝客服 95188）</p>""",
  "U09", "慧学考证服务",
  [OT("钟山区慧学信息咨询服务部", "钟山区慧学信息咨询服务部"), PH("+8619185203344", "191-8520-3344")], "shop listing of U09 (挂靠 lure)")
P("/fenlei/hc-7901.html", "人工智能训练师 证书挂靠 躺赚 河池可办 - 黔桂同城",
  """<h1>人工智能训练师证 办理+挂靠 躺赚</h1>
<p>发布者：慧学咨询 ｜ 区域：河池-金城江区</p>
<p>不用上课，证下来就可以挂靠，一年两三万。转账请认准户名“钟山区慧学信息咨询服务部”，其他账户都是假的。</p>""",
  "U09", "慧学咨询",
  [OT("钟山区慧学信息咨询服务部", "钟山区慧学信息咨询服务部")], "classified of U09, tied by payee name only")
P("/bbs/t-40210.html", "[二手交易] 转人工智能训练师报名名额，可挂靠",
  """<h1>转人工智能训练师报名名额，可挂靠</h1>
<p>楼主：慧学小张 ｜ 发表于 2025-06-02</p>
<p>有两个名额，原价转，证书下来可以挂靠拿钱。电话/微信 19185203344。</p>""",
  "U09", "慧学小张",
  [PH("+8619185203344", "19185203344")], "forum post of U09")

# ---------------- independents
P("/kc/course-4102.html", "Python数据标注工具实战 + 人工智能训练师备考 - 学知课堂",
  """<h1>Python数据标注工具实战（人工智能训练师四级备考）</h1>
<p>讲师：吴工（独立讲师）｜ 课程ID：4102 ｜ 已报名 58 人</p>
<p>录播24课时，讲Label Studio、数据清洗脚本。本课程不含认定报名，认定请自行联系备案评价机构。¥199</p>
<p>答疑电话 136 3858 1020</p>""",
  "I01", "吴工（独立讲师）", [PH("+8613638581020", "136 3858 1020")], "independent lecturer course")
P("/fenlei/lps-2315.html", "盘州 人工智能训练师五级 小班 - 黔桂同城",
  f"""<h1>盘州 人工智能训练师五级 小班 6人开班</h1>
<p>发布者：小何老师 ｜ 区域：六盘水-盘州市</p>
<p>小班教学，含上机实操，考点{VENUE_LPS}。学费1100。</p>
<p>微信：ai_xiaohe88</p>""",
  "I02", "小何老师", [WX("ai_xiaohe88", "ai_xiaohe88")], "independent classified")
P("/shop/item-420.html", "人工智能训练师 理论题库 2025版 电子版 - 淘学铺",
  """<h1>人工智能训练师五级/四级 理论题库+实操指导 2025版</h1>
<p>店铺：标注侠资料铺 ｜ 月销 340</p>
<p>¥39，含模拟卷与报名指导服务（帮你找本地培训机构报名）。QQ：3391028475</p>
<p>支付宝担保交易（支付宝客服 95188）</p>""",
  "I03", "标注侠资料铺", [QQ("3391028475", "3391028475")], "independent shop: prep material + enrolment help")
P("/blog/post-30.html", "招学员：跟我学数据标注，一起考人工智能训练师五级",
  """<h1>招学员：跟我学数据标注，一起考人工智能训练师五级</h1>
<p>博主：山城码农 ｜ 2025-07-01</p>
<p>我在河池做标注项目三年了，开个线上小班带大家系统学，学费600，带做真实项目满足工作年限要求。</p>
<p>报名发邮件 shanchengmanong@qq.com</p>""",
  "I04", "山城码农", [EM("shanchengmanong@qq.com", "shanchengmanong@qq.com")], "independent blogger course")
P("/video/v-9230.html", "河池本地人工智能训练师培训，线下小班 #河池",
  """<h1>河池本地人工智能训练师培训</h1>
<p>作者：阿韦老师 ｜ 获赞 312</p>
<p>视频文案：都安、大化的朋友也可以来金城江上课，五级班，学费1300，认定费另算。</p>
<p>简介：☎ 177 8546 0912</p>""",
  "I05", "阿韦老师", [PH("+8617785460912", "177 8546 0912")], "independent short-video ad")
P("/wenda/q-5788.html", "南丹有没有人工智能训练师的培训班？",
  """<h1>南丹有没有人工智能训练师的培训班？</h1>
<p>提问者：南丹小陈 ｜ 2025-07-05</p>
<div class="answer"><p><b>南丹职业培训中心-蒙老师：</b>我们中心7月底开五级班，名额30个，欢迎来咨询，电话 0778-7123456。</p></div>""",
  "I06", "南丹职业培训中心", [PH("07787123456", "0778-7123456")], "independent training centre answer")

# ---------------- non-offers
P("/news/2025-jingshi.html", "警惕！“包过”人工智能训练师证书骗局，六盘水已有多人受骗",
  """<h1>警惕！“包过”人工智能训练师证书骗局</h1>
<p>凉都热线新闻网 记者 2025-06-18</p>
<p>近日，钟山区市民张女士向本网反映，她通过一个自称“人社部直属认证中心”的机构报考人工智能训练师三级，交费3980元后对方失联，对方使用的骗子电话为 151 8084 3327。</p>
<p>人社部门提醒：职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询；遇到“包过”“免培训”请拨打 12333 咨询，消费纠纷可拨打 12315 投诉。</p>""",
  offer=False, note="news warning quoting a scam phone")
P("/news/2025-shanghai.html", "上海去年1.63万人次参加人工智能训练师认定",
  """<h1>上海去年1.63万人次参加人工智能训练师认定</h1>
<p>据新华社报道，2025年上海人工智能训练师职业技能等级认定1.63万人次，发证1.09万张。该职业列入上海急需紧缺高技能人才职业目录。</p>
<p>证书信息可通过 http://jndj.osta.org.cn 查询。</p>""",
  offer=False, note="news about assessment figures")
P("/rsj/tz-2025-031.html", "关于2025年职业技能提升补贴申领的通知",
  """<h1>关于2025年职业技能提升补贴申领的通知</h1>
<p>各有关单位、参保职工：</p>
<p>参保满1年的职工取得职业技能等级证书的，可申领技能提升补贴：五级最高1000元、四级最高1500元、三级最高2000元。二级、一级无此项补贴。证书须可在 zscx.osta.org.cn 或 jndj.osta.org.cn 查询。</p>
<p>本次受理批次号：4006002025。咨询电话：12333</p>""",
  offer=False, note="official-style subsidy notice")
P("/rsj/tz-2025-044.html", "关于警惕技术技能类“山寨证书”的提示",
  """<h1>关于警惕技术技能类“山寨证书”的提示</h1>
<p>近期有群众反映，有机构以“人社部颁发”“包过”“零基础直报技师”为名销售人工智能训练师证书。职业技能等级证书由经备案的评价机构颁发，人社部不直接颁发。</p>
<p>已核实的涉诈号码：15180843327。群众可拨打 12333 咨询，或拨打 12315 投诉。</p>""",
  offer=False, note="official-style warning")
P("/bbs/t-40188.html", "[凉都杂谈] 被“包过”的人工智能训练师坑了，大家别上当",
  """<h1>被“包过”的人工智能训练师坑了，大家别上当</h1>
<p>楼主：钟山吃瓜群众 ｜ 发表于 2025-06-20</p>
<p>交了3980说包过三级，现在打 151-8084-3327 一直关机。订单号 13651020871 的截图我都留着。已经打12315投诉了。</p>
<p>2楼 水城阿亮：一样被坑，我微信 ppx_lps1990，拉个维权群吧</p>
<p>3楼 路人：留个电话 15286903321，有进展告诉我</p>
<p>4楼 河池老蒙：我也被骗了，QQ 2233445566 拉我进群</p>""",
  offer=False, note="forum complaint with scam phone, order number and readers' contacts")
P("/wenda/q-5650.html", "人工智能训练师证书怎么辨别真假？",
  """<h1>人工智能训练师证书怎么辨别真假？</h1>
<p>提问者：凉都小白 ｜ 2025-05-10</p>
<div class="answer"><p><b>热心网友：</b>正规的职业技能等级证书编号是1个大写字母加21位数字，比如样式 S000052012400351000123，可在 zscx.osta.org.cn 查；别的网站查的都不算。有问题打12333。</p></div>
<div class="answer"><p><b>网友 ppx：</b>我被坑过，有人要交流加我 ppx_lps1990。电话也行 15286903321。河池的可以找老蒙 QQ 2233445566。</p></div>""",
  offer=False, note="Q&A guide on verifying certificates, with a reader's contacts")
P("/blog/post-09.html", "六盘水避暑三日游攻略",
  """<h1>六盘水避暑三日游攻略</h1>
<p>博主：山城码农 ｜ 2025-07-20</p>
<p>乌蒙大草原、明湖湿地、妥乐古银杏村，夏天平均气温19℃，非常适合避暑。</p>""",
  offer=False, note="unrelated travel blog post")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("phone", "95188", ["95188"], "Alipay customer service (payment platform)"),
 ("phone", "12377", ["12377"], "internet-report hotline in the video platform footer"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("phone", "4008205566", ["400-820-5566"], "course marketplace's own customer-service number (footer)"),
 ("email", "kefu@xuezhiketang.com", ["kefu@xuezhiketang.com"], "course marketplace footer e-mail"),
 ("other", "京ICP备18033271号", ["京ICP备18033271号"], "course marketplace ICP number"),
 ("email", "admin@liangdubbs.cn", ["admin@liangdubbs.cn"], "forum footer e-mail"),
 ("qq_group", "654321987", ["654321987"], "forum's own staff QQ group"),
 ("phone", "07782100800", ["0778-2100800"], "classifieds platform customer service"),
 ("other", "桂ICP备19003321号-2", ["桂ICP备19003321号-2"], "classifieds ICP number"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder in the classifieds posting guide"),
 ("other", "黔ICP备2021004567号-1", ["黔ICP备2021004567号-1"], "shop platform ICP number"),
 ("email", "kf@taoxuepu.com", ["kf@taoxuepu.com"], "shop platform customer-service e-mail"),
 ("domain", "wxwenzhai.cn", ["wxwenzhai.cn"], "WeChat-repost site's own domain"),
 ("email", "jubao@kuaikan.tv", ["jubao@kuaikan.tv"], "video platform report e-mail"),
 ("email", "feedback@zhidawang.cn", ["feedback@zhidawang.cn"], "Q&A site footer e-mail"),
 ("email", "bk@shanchengbiji.com", ["bk@shanchengbiji.com"], "blog platform footer e-mail"),
 ("phone", "08588123456", ["0858-8123456"], "news site hotline"),
 ("phone", "+8615180843327", ["151 8084 3327", "15180843327", "151-8084-3327"], "scam number quoted in news, a notice and a complaint"),
 ("phone", "+8613651020871", ["13651020871"], "order number that looks like a mobile"),
 ("phone", "+8618600010023", ["18600010023"], "course ID in the marketplace sidebar"),
 ("other", "S000052012400351000123", ["S000052012400351000123"], "sample certificate number"),
 ("phone", "4006002025", ["4006002025"], "batch number that looks like a 400 number"),
 ("wechat", "ppx_lps1990", ["ppx_lps1990"], "a reader's own WeChat in comments"),
 ("qq", "2233445566", ["2233445566"], "another reader's own QQ in comments"),
 ("phone", "+8615286903321", ["15286903321"], "a reader's own phone in comments"),
 ("phone", "08588221300", ["0858-8221300"], "exam venue front desk (third party) quoted by several sellers"),
 ("phone", "07782296100", ["0778-2296100"], "exam venue front desk in Hechi (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
]

# ---------------------------------------------------------------- render
CSS = "body{font-family:sans-serif;margin:0}header{background:#246;color:#fff;padding:8px}nav a{margin-right:10px;color:#fff}main{float:left;width:68%;padding:10px}aside{float:right;width:26%;padding:10px;background:#f4f4f4}footer{clear:both;border-top:1px solid #ccc;padding:8px;font-size:12px;color:#666}.crumb{font-size:12px;color:#888}"

def site_of(path):
    return path.strip("/").split("/")[0]

def frame(key, path, title, body, related):
    s = SITES[key]
    nav = " ".join(f'<a href="/{key}/index.html">{m}</a>' for m in s["menu"])
    rel = "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in related)
    crumb = f'<a href="/index.html">网址导航</a> &gt; <a href="/{key}/index.html">{s["name"]}</a>'
    if not path.endswith("/index.html"):
        crumb += f" &gt; {s['menu'][min(3, len(s['menu'])-1)]} &gt; 正文"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title><style>{CSS}</style></head>
<body><header><div class="logo">{s['name']}</div><nav>{nav}</nav></header>
<div class="crumb">{crumb}</div>
<main>{body}
<div class="related"><h4>相关阅读</h4><ul>{rel}</ul></div></main>
<aside>{s['side']}</aside>
<footer>{s['foot']}</footer>
</body></html>
"""

def build():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "site")
    if os.path.exists(out):
        shutil.rmtree(out)
    by_site = {}
    for p in PAGES:
        by_site.setdefault(site_of(p["path"]), []).append(p)
    # site index pages (lpszp/index.html is itself an offer page)
    for key, s in SITES.items():
        idx = "/%s/index.html" % key
        listing = "".join(f'<li><a href="{p["path"]}">{p["title"]}</a></li>' for p in by_site.get(key, []) if p["path"] != idx)
        existing = [p for p in PAGES if p["path"] == idx]
        if existing:
            existing[0]["body"] += f"<h3>更多</h3><ul>{listing}</ul>"
        else:
            PAGES.append(dict(path=idx, title=s["name"] + " - 首页", body=f"<h1>{s['name']}</h1><p>类型：{s['style']}</p><h3>最新</h3><ul>{listing}</ul>",
                              is_offer=False, operator=None, provider=None, ids=[], note="site index (%s)" % s["style"]))
    hub = "".join(f'<li><a href="/{k}/index.html">{s["name"]}</a>（{s["style"]}）</li>' for k, s in SITES.items())
    files = {"/index.html": f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航 - 六盘水 · 河池 一周搜索</title></head>
<body><h1>网址导航</h1><ul>{hub}</ul></body></html>
"""}
    PAGES.append(dict(path="/index.html", title="hub", body="", is_offer=False, operator=None, provider=None, ids=[], note="hub linking every site index"))
    for p in PAGES:
        if p["path"] == "/index.html":
            continue
        key = site_of(p["path"])
        sib = [(q["path"], q["title"]) for q in PAGES if site_of(q["path"]) == key and q["path"] != p["path"] and q["path"] != "/index.html"]
        sib = sorted(sib)[:5]
        files[p["path"]] = frame(key, p["path"], p["title"], p["body"], sib)
    for path, html in files.items():
        fp = os.path.join(out, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(out, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    # truth
    pages = []
    ops = {}
    for p in sorted(PAGES, key=lambda x: x["path"]):
        pages.append({"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"],
                      "provider": p["provider"], "identifiers": p["ids"], "note": p["note"]})
        if p["operator"] and p["operator"].startswith("U"):
            o = ops.setdefault(p["operator"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        hits = sorted(path for path, html in files.items() if any(w in html for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": hits, "why": why})
    truth = {"pages": pages, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(here, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    build()
