#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- USCC (GB 32100-2015) ----------
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(code8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(code8, W9))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix2, division6, org8):
    body = prefix2 + division6 + org8 + org_check(org8)
    s = sum(ALPH.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - s % 31
    return body + ALPH[0 if r == 31 else r]

USCC_U01 = uscc("91", "110108", "MA01C7K3")   # 北京智远职业技能培训有限公司
USCC_U08 = uscc("91", "110105", "MA04HQ2P")   # 北京盛华英才教育咨询有限公司
USCC_KDD = uscc("91", "110105", "MA02TN5R")   # 课多多 platform operator (decoy)
USCC_U09 = uscc("91", "120116", "MA07B1R4")   # 中工信人才 (a 91 company with a state-sounding name)

# ---------- site frames ----------
SITES = {
 "bjzhiyuan": dict(name="智远职培 · 北京智远职业技能培训有限公司", domain="www.bjzhiyuan-edu.cn", style="corp",
   menu=[("首页", "index.html"), ("人工智能训练师", "course-ai.html"), ("报名咨询", "contact.html")],
   side="<h4>热门课程</h4><ul><li>人工智能训练师（四级/三级）</li><li>数据标注员专项</li><li>Python基础</li></ul>",
   foot="北京智远职业技能培训有限公司 版权所有 地址：北京市海淀区中关村南大街甲18号B座5层 京ICP备20033417号-2"),
 "tjhuizhi": dict(name="天津市汇智职业培训学校", domain="www.tjhzpx.com", style="school",
   menu=[("学校首页", "index.html"), ("招生简章", "zhaosheng.html"), ("学校概况", "about.html")],
   side="<h4>办学许可</h4><p>民办学校办学许可证 教民112010470000123号</p>",
   foot="天津市汇智职业培训学校 © 2018-2026 地址：天津市南开区鞍山西道326号 津ICP备18004521号-1"),
 "kecheng": dict(name="课多多 · 职业技能课程平台", domain="www.kedouduo.com", style="market",
   menu=[("首页", "index.html"), ("IT/AI", "index.html#ai"), ("职业资格", "index.html#zg"), ("我的订单", "index.html")],
   side="<h4>平台保障</h4><p>7天无理由退款 · 平台担保交易</p><p>平台客服：400-660-1122（9:00-21:00）</p>",
   foot="课多多（北京课多多网络科技有限公司）统一社会信用代码 " + USCC_KDD + " | 客服邮箱 kf@kedouduo.com | 京ICP备2021012345号-1 | www.kedouduo.com"),
 "luntan": dict(name="京津职场论坛", domain="bbs.jjzhichang.com", style="forum",
   menu=[("论坛首页", "index.html"), ("考证交流", "index.html#kz"), ("避坑曝光", "index.html#bk")],
   side="<h4>版规</h4><p>禁止发布广告，违者封号。版务交流QQ群：61234578</p>",
   foot="京津职场论坛 bbs.jjzhichang.com 版务QQ群 61234578 · 联系管理员 admin@jjzhichang.com"),
 "fenlei": dict(name="京津分类信息网 · 教育培训", domain="www.jjfenlei.com", style="classified",
   menu=[("首页", "index.html"), ("教育培训", "index.html#edu"), ("免费发布", "index.html#fb")],
   side="<h4>免费发布信息</h4><form>手机号：<input placeholder='如：13800138000'> <button>获取验证码</button></form><p>客服热线：010-57918800</p>",
   foot="京津分类信息网 客服热线 010-57918800 投诉邮箱 service@jjfenlei.com 京ICP备16051290号"),
 "wenda": dict(name="知答 · 问答社区", domain="www.zhida.com", style="qa",
   menu=[("首页", "index.html"), ("职业教育", "index.html#zy"), ("提问", "index.html")],
   side="<h4>登录知答</h4><form>邮箱：<input placeholder='yourname@example.com'></form><p>举报邮箱 jubao@zhida.com</p>",
   foot="知答 zhida.com 举报邮箱 jubao@zhida.com 京ICP备17023344号"),
 "weixin": dict(name="微文摘 · 公众号文章转载", domain="www.wxzhai.com", style="repost",
   menu=[("首页", "index.html"), ("教育", "index.html#jy"), ("职场", "index.html#zc")],
   side="<h4>声明</h4><p>本站文章转载自微信公众号，版权归原作者，侵删请联系 tougao@wxzhai.com</p>",
   foot="微文摘 wxzhai.com 投稿/删稿 tougao@wxzhai.com 津ICP备19008812号-3"),
 "shipin": dict(name="快看短视频 · 网页版", domain="www.kuaikanv.com", style="video",
   menu=[("推荐", "index.html"), ("关注", "index.html"), ("学习", "index.html#xx")],
   side="<h4>相关搜索</h4><p>人工智能训练师 · 数据标注 · AI考证</p>",
   foot="快看短视频 用户服务热线 400-140-2108 违法和不良信息举报 jubao@kuaikanv.com 京ICP备20018866号"),
 "xinwen": dict(name="京津晚讯", domain="www.jjwanxun.com", style="news",
   menu=[("首页", "index.html"), ("民生", "index.html#ms"), ("教育", "index.html#jy")],
   side="<h4>新闻热线</h4><p>022-23201234（24小时）</p>",
   foot="京津晚讯 新闻热线 022-23201234 邮箱 xinwen@jjwanxun.com 津ICP备10003321号"),
 "rsj": dict(name="天津市西青区人力资源和社会保障局（信息公开）", domain="rsj.xiqing-demo.gov.cn", style="gov",
   menu=[("首页", "index.html"), ("通知公告", "index.html#tz"), ("政策解读", "index.html#zc")],
   side="<h4>便民服务</h4><p>人社服务热线：12333</p><p>证书查询：zscx.osta.org.cn</p>",
   foot="主办：天津市西青区人力资源和社会保障局 地址：天津市西青区杨柳青镇柳霞路 咨询电话：12333"),
 "biji": dict(name="小红记 · 生活笔记", domain="www.xiaohongji.com", style="notes",
   menu=[("发现", "index.html"), ("学习", "index.html#xx"), ("职场", "index.html#zc")],
   side="<h4>热门话题</h4><p>#考证 #副业 #AI训练师</p>",
   foot="小红记 xiaohongji.com 行吟信息 客服 help@xiaohongji.com 沪ICP备13030189号"),
}

CSS = {
 "corp": "body{font-family:sans-serif;margin:0}header{background:#0a3d7a;color:#fff;padding:12px}",
 "school": "body{font-family:serif;background:#f6f3ea}header{background:#8b0000;color:#fff;padding:10px}",
 "market": "body{font-family:sans-serif;background:#fafafa}header{background:#ff6a00;color:#fff}",
 "forum": "body{font-family:Tahoma,sans-serif;font-size:13px}header{background:#dde6f0}",
 "classified": "body{font-family:sans-serif}header{background:#2e8b57;color:#fff}",
 "qa": "body{font-family:sans-serif}header{background:#fff;border-bottom:2px solid #06f}",
 "repost": "body{font-family:sans-serif;max-width:760px;margin:auto}",
 "video": "body{background:#111;color:#eee;font-family:sans-serif}",
 "news": "body{font-family:SimSun,serif}header{border-bottom:3px double #c00}",
 "gov": "body{font-family:SimSun,serif}header{background:#c00;color:#fff}",
 "notes": "body{font-family:sans-serif;background:#fff5f5}",
}

PAGES = []   # dicts

def P(path, title, body, offer=False, op=None, provider=None, ids=(), note="", crumbs=None):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(i) for i in ids], note=note, crumbs=crumbs))

def comments(items):
    return "<div class='comments'><h4>评论（%d）</h4>%s</div>" % (
        len(items), "".join("<div class='c'><b>%s</b>：%s</div>" % it for it in items))

# =============== bjzhiyuan (U01 company site) ===============
P("/bjzhiyuan/index.html", "北京智远职业技能培训有限公司 - 首页",
  "<h1>智远职培</h1><p>智远职培成立于2016年，专注IT与数字技能类职业培训，累计培训学员1.2万人次。</p>"
  "<h3>新闻动态</h3><ul><li>2026-03-18 我校组织学员参加区级职业技能等级认定</li><li>2026-02-27 关于技能提升补贴政策的说明</li></ul>"
  "<p>了解人工智能训练师课程请进入 <a href='course-ai.html'>课程介绍</a>。</p>",
  note="company homepage, about and news list, no enrolment offer")
P("/bjzhiyuan/course-ai.html", "人工智能训练师（数据标注员）培训 - 智远职培",
  "<h1>人工智能训练师（4-04-05-05）职业技能等级培训</h1>"
  "<p>依据《人工智能训练师国家职业技能标准（2021年版）》，开设五级、四级、三级培训班。五级参考课时60学时，四级50学时，三级40学时。理论+实操，周末班/晚班。</p>"
  "<table border=1><tr><th>等级</th><th>培训费</th><th>认定费（由评价机构收取）</th></tr>"
  "<tr><td>五级/初级工</td><td>2800元</td><td>以评价机构公示为准</td></tr>"
  "<tr><td>四级/中级工</td><td>3600元</td><td>以评价机构公示为准</td></tr>"
  "<tr><td>三级/高级工</td><td>4800元</td><td>以评价机构公示为准</td></tr></table>"
  "<p>申报条件请对照标准：五级需累计从事本职业或相关职业工作1年（含）以上，或本职业学徒期满。我们不承诺通过，证书可在 zscx.osta.org.cn 查询。</p>"
  "<p>符合条件的参保职工可申请技能提升补贴，具体政策请咨询12333。</p>"
  "<p>咨询电话：010-6258 3317（工作日9:00-18:00）　官网 www.bjzhiyuan-edu.cn</p>"
  "<p>认定考点：天津市西青区职业技能公共实训中心（前台 022-2739 5008，仅受理考场事务）</p>",
  True, "U01", "智远职培",
  [("phone", "01062583317", "010-6258 3317"), ("domain", "bjzhiyuan-edu.cn", "www.bjzhiyuan-edu.cn"),
   ("other", "京ICP备20033417号", "京ICP备20033417号-2")],
  "company course and fee page, honest wording")
P("/bjzhiyuan/contact.html", "报名咨询 - 智远职培",
  "<h1>报名咨询</h1><p>报名人工智能训练师培训班请携带身份证、学历证明、工作年限证明。</p>"
  "<p>座机：(010) 62583317<br>手机/微信同号：138-1102-4567<br>微信号：zhiyuan_px<br>"
  "地址：北京市海淀区中关村南大街甲18号B座5层</p>"
  "<p>北京智远职业技能培训有限公司　统一社会信用代码：" + USCC_U01 + "</p>"
  "<p>消费者投诉可拨打12315。</p>",
  True, "U01", "北京智远职业技能培训有限公司",
  [("phone", "01062583317", "(010) 62583317"), ("phone", "+8613811024567", "138-1102-4567"),
   ("wechat", "zhiyuan_px", "zhiyuan_px"), ("uscc", USCC_U01, USCC_U01),
   ("other", "京ICP备20033417号", "京ICP备20033417号-2")],
  "company contact / enrolment page")

# =============== tjhuizhi (U02 school site) ===============
P("/tjhuizhi/index.html", "天津市汇智职业培训学校",
  "<h1>天津市汇智职业培训学校</h1><p>学校经天津市南开区人力资源和社会保障局批准设立，开设计算机、电子商务、人工智能训练师等项目。</p>"
  "<ul><li><a href='zhaosheng.html'>2026年春季人工智能训练师招生简章</a></li><li><a href='about.html'>学校概况</a></li></ul>",
  note="school homepage")
P("/tjhuizhi/about.html", "学校概况 - 汇智职业培训学校",
  "<h1>学校概况</h1><p>学校创办于2012年，现有专兼职教师36人，实训机房4间。2025年度共有412名学员参加职业技能等级认定。</p>"
  "<p>地址：天津市南开区鞍山西道326号。</p>",
  note="school about page, no offer")
P("/tjhuizhi/zhaosheng.html", "2026年春季人工智能训练师招生简章 - 汇智",
  "<h1>2026年春季人工智能训练师（四级/三级）招生简章</h1>"
  "<p>招生对象：具有初中及以上文化程度，符合国家职业技能标准申报条件的在职人员。四级需取得五级证书后累计从事本职业工作4年以上等。</p>"
  "<p>学费：四级3200元，三级4200元，分两期缴纳。付款遇到问题可联系支付宝客服95188。</p>"
  "<p>考点：天津市西青区职业技能公共实训中心（考场前台 022-2739 5008）。认定批次编号：13020260516。</p>"
  "<p>招生热线：022-85376620　158 2263 7410（杨老师）<br>QQ：1548862207　邮箱：hzpx_tj@163.com</p>"
  "<p>本校不承诺包过，证书信息可登录 zscx.osta.org.cn 查询；政策咨询12333。</p>",
  True, "U02", "天津市汇智职业培训学校",
  [("phone", "02285376620", "022-85376620"), ("phone", "+8615822637410", "158 2263 7410"),
   ("qq", "1548862207", "1548862207"), ("email", "hzpx_tj@163.com", "hzpx_tj@163.com")],
  "school enrolment brochure with fees")

# =============== kecheng marketplace ===============
def kitem(n, title, inst, body, op, ids, note, cm=()):
    P("/kecheng/item-%d.html" % n, title + " - 课多多",
      "<h1>%s</h1><div class='inst'>开课机构：%s</div>%s<p>课程编号：KDD-%d · 平台担保交易</p>%s" % (
          title, inst, body, n, comments(cm) if cm else ""),
      True, op, inst, ids, note)

kitem(1021, "人工智能训练师四级（中级工）周末班 · 北京海淀", "智远教育",
  "<p>¥3600 · 50学时 · 含实操机房。报名前请确认申报条件。</p><p>机构咨询：138 1102 4567（王老师）</p>",
  "U01", [("phone", "+8613811024567", "138 1102 4567")], "marketplace listing of U01 under brand 智远教育")
kitem(1088, "人工智能训练师全程班（五级-三级）线上+线下", "学程教育",
  "<p>¥4980 · 直播+录播 · 班主任督学。</p><p>全国统一咨询：400-886-2290</p><p>示例订单号：13520260418（下单后可在我的订单查看）</p>",
  "U04", [("phone", "4008862290", "400-886-2290")], "marketplace listing of U04")
kitem(1105, "天津AI训练师考证 零基础 三级直接考 速成", "启航职培",
  "<p>¥2680 · 不限学历不限经验，两周速成，一次拿证！</p><p>咨询：15222018876</p>",
  "U07", [("phone", "+8615222018876", "15222018876")], "marketplace listing of U07, misleading (零基础三级, 速成)")
kitem(1132, "人工智能训练师三级 实操强化班（北京朝阳）", "盛华英才",
  "<p>¥4500 · 40学时 · 小班授课。证书可在 jndj.osta.org.cn 查询。</p><p>机构电话 010-84562093</p>",
  "U08", [("phone", "01084562093", "010-84562093")], "marketplace listing of U08")
kitem(1170, "数据标注员（人工智能训练师五级）入门课", "北京博思数标",
  "<p>¥1980 · 60学时 · 适合已从事标注工作满1年的学员。</p><p>课程顾问：133 6662 0915</p><p>示例订单号：13520260418</p>",
  "I01", [("phone", "+8613366620915", "133 6662 0915")], "independent marketplace listing",
  cm=[("jndj用户", "证书能在 jndj.osta.org.cn 查吗？"), ("课多多客服", "您好，机构资质问题可致电平台客服400-660-1122")])
P("/kecheng/index.html", "课多多 - 人工智能训练师课程",
  "<h1 id='ai'>人工智能训练师 相关课程</h1><ul>" + "".join(
      "<li><a href='item-%d.html'>课程 %d</a></li>" % (n, n) for n in (1021, 1088, 1105, 1132, 1170)) + "</ul>",
  note="marketplace category index")

# =============== luntan forum ===============
def thread(n, title, author, body, op, prov, ids, note, cm=(), offer=True):
    P("/luntan/thread-%d.html" % n, title + " - 京津职场论坛",
      "<h1>%s</h1><div class='post'><div class='author'>楼主：%s　发表于 2026-04-%02d</div>%s</div>%s" % (
          title, author, n % 28 + 1, body, comments(cm) if cm else ""),
      offer, op, prov, ids, note)

thread(3301, "【人社部颁发】人工智能训练师证 包过 三个等级一起拿", "国培小助手",
  "<p>中科国培 人工智能训练师考证中心，国家职业资格证书，人社部颁发，全国通用入库可查！</p>"
  "<p>免培训、包通过，五级四级三级一起报更优惠，三证打包仅需6980。</p>"
  "<p>加V：gpai_kefu 备注AI　电话 176 1035 8824</p>",
  "U03", "中科国培", [("wechat", "gpai_kefu", "gpai_kefu"), ("phone", "+8617610358824", "176 1035 8824")],
  "scam forum ad: 人社部颁发, 包过, three levels at once",
  cm=[("路人甲", "求带，我v: xiaomi_2019lu"), ("老王", "这种包过的别信")])
thread(3315, "AI训练师证书 有需要的私聊 价格美丽", "小林老师",
  "<p>人工智能训练师各等级均可办理，不用考试，一个月出证，官网可查。</p><p>QQ：2874451093　交流群735219046</p>",
  "U05", "小林老师", [("qq", "2874451093", "2874451093"), ("qq_group", "735219046", "735219046")],
  "scam forum post: certificate without exam, QQ contact",
  cm=[("热心网友", "小心！上个月有人冒充发证机构，号码170 9987 1234，已报警"), ("求资料的", "我QQ 503318276 发我资料")])
thread(3342, "天津 AI训练师培训 零基础可学 学完推荐工作", "启航-刘老师",
  "<p>启航职培天津校区，零基础可学，不限学历，三级直接报，学完协议就业，月薪过万。</p>"
  "<p>电话/微信：152-2201-8876　微信 qihang_tj</p>",
  "U07", "启航职培", [("phone", "+8615222018876", "152-2201-8876"), ("wechat", "qihang_tj", "qihang_tj")],
  "misleading forum ad (零基础三级, 协议就业)",
  cm=[("路人乙", "同求，我v: xiaomi_2019lu")])
thread(3360, "【曝光】花了6980买的人工智能训练师证书查不到", "被坑的小张",
  "<p>去年在网上看到包过广告，对方说人社部颁发，交钱后给了个查询网站，结果在 zscx.osta.org.cn 根本查不到。</p>"
  "<p>对方电话 170 9987 1234 现在打不通了，微信 kaozheng_vip8 也把我拉黑了。已经打12315投诉。大家引以为戒！</p>",
  None, None, [], "complaint thread quoting a scammer's numbers (non-offer)", offer=False)
thread(3377, "自己做标注三年了 可以带几个人考五级", "陈工_tj",
  "<p>个人经验分享+带学，只带满足一年工作经历的，课程费800，认定费另交给评价机构。不包过。</p><p>微信 chen_ai_tj</p>",
  "I02", "陈工（个人）", [("wechat", "chen_ai_tj", "chen_ai_tj")], "independent individual tutor offer")
P("/luntan/index.html", "京津职场论坛 - 考证交流",
  "<h1 id='kz'>考证交流</h1><ul>" + "".join("<li><a href='thread-%d.html'>主题 %d</a></li>" % (n, n)
  for n in (3301, 3315, 3342, 3360, 3377)) + "</ul>", note="forum board index")

# =============== fenlei classifieds ===============
def post(n, title, body, op, prov, ids, note, cm=()):
    P("/fenlei/post-%d.html" % n, title + " - 京津分类信息网",
      "<h1>%s</h1><div class='meta'>信息编号 %d · 发布于 2026-04-1%d · 北京/天津</div>%s%s" % (
          title, n, n % 9, body, comments(cm) if cm else ""),
      True, op, prov, ids, note)

post(88201, "海淀 人工智能训练师四级三级培训 周末班", "<p>正规机构，按国家标准授课，报名需满足申报条件。</p>"
  "<p>联系人：王老师 13811024567（微信同号）　V: ZhiYuan_PX</p>",
  "U01", "智远", [("phone", "+8613811024567", "13811024567"), ("wechat", "zhiyuan_px", "ZhiYuan_PX")],
  "classified ad of U01")
post(88217, "人工智能训练师证书 国家认可 官方认证 包过", "<p>人工智能训练师考证中心，人社部认证的新职业，考不过全额退款。</p>"
  "<p>电话17610358824（同微）</p><p>证书样本：证书编号 S000011011352603000127</p>",
  "U03", "人工智能训练师考证中心", [("phone", "+8617610358824", "17610358824")], "scam classified of U03")
post(88230, "AI证书 各等级 快速办理", "<p>AI证书帮，无需考试，包过包拿证，补贴后几乎免费。</p><p>扣扣 2874 451 093</p>",
  "U05", "AI证书帮", [("qq", "2874451093", "2874 451 093")], "scam classified of U05")
post(88246, "天津西青 人工智能训练师培训 考点就近", "<p>津门职业培训（原启航职培），三级直通车，考点：天津市西青区职业技能公共实训中心（前台 022-2739 5008）。批次号13020260516。</p>"
  "<p>微信：Qihang_TJ</p>",
  "U07", "津门职业培训", [("wechat", "qihang_tj", "Qihang_TJ")], "classified of U07 under another brand")
post(88263, "数据标注/人工智能训练师五级 小班 昌平", "<p>京北数据标注工作室，自有标注项目，可提供实习证明，学费2200。</p>"
  "<p>电话：010-6973 5512</p>",
  "I03", "京北数据标注工作室", [("phone", "01069735512", "010-6973 5512")], "independent classified",
  cm=[("网友", "注意甄别，170 9987 1234 这个号是骗子")])
P("/fenlei/index.html", "京津分类信息网 - 教育培训 - 职业技能",
  "<h1 id='edu'>教育培训 › 职业技能</h1><ul>" + "".join("<li><a href='post-%d.html'>信息 %d</a></li>" % (n, n)
  for n in (88201, 88217, 88230, 88246, 88263)) + "</ul>", note="classifieds category index")

# =============== wenda Q&A ===============
def qa(n, q, who, ans, op, prov, ids, note, offer=True):
    P("/wenda/q-%d.html" % n, q + " - 知答",
      "<h1>%s</h1><div class='answer'><div class='who'>%s 的回答</div>%s</div>" % (q, who, ans),
      offer, op, prov, ids, note)

qa(55012, "天津哪里可以考人工智能训练师？", "汇智培训-杨老师",
  "<p>天津南开的汇智培训学校有四级、三级班，按标准申报条件审核，不包过。可以打 022 8537 6620 问问，或者发邮件 HZPX_TJ@163.com。</p>",
  "U02", "汇智培训", [("phone", "02285376620", "022 8537 6620"), ("email", "hzpx_tj@163.com", "HZPX_TJ@163.com")],
  "Q&A answer promoting U02")
qa(55047, "人工智能训练师证书有用吗？好考吗？", "国培教育顾问",
  "<p>非常有用！人社部颁发的国家职业资格证书，可以落户加分、升职加薪。我们国培教育包过，不用去考场，薇：gpai_kefu</p>",
  "U03", "国培教育", [("wechat", "gpai_kefu", "gpai_kefu")], "Q&A answer by U03, scam wording")
qa(55080, "人工智能训练师在哪报名？官网是哪个？", "AI训练师考试服务中心",
  "<p>报名官网 aitrainer-exam.com ，证书入库可在本站查询，全国通用。报名表发邮箱 bm@aitrainer-exam.com。</p>",
  "U06", "AI训练师考试服务中心", [("domain", "aitrainer-exam.com", "aitrainer-exam.com"),
  ("email", "bm@aitrainer-exam.com", "bm@aitrainer-exam.com")], "Q&A answer by U06 pointing to a fake query site")
qa(55103, "工信部的人工智能训练师证和人社部的哪个好？", "中工信人才中心",
  "<p>人工智能三级考试由国家工信部职业技能鉴定中心主办，我们中工信人才中心是授权报名点，证书直接对应职称。咨询 186 0022 7731，填表：jinshuju.net/f/aiT9xq</p>",
  "U09", "中工信人才中心", [("phone", "+8618600227731", "186 0022 7731")], "Q&A answer by U09 (工信部 branding, 职称 overclaim)")
qa(55121, "怎么辨别人工智能训练师证书真假？", "职业指导师-李",
  "<p>人工智能训练师是职业技能等级证书，由备案的评价机构颁发，不是人社部颁发。证书可在 zscx.osta.org.cn 或 jndj.osta.org.cn 查询。遇到包过、免考的广告要警惕，可拨打12333咨询或12315投诉。常见骗子微信 kaozheng_vip8。</p>",
  None, None, [], "honest Q&A answer about verification (non-offer)", offer=False)
qa(55140, "想转行做数据标注，有没有靠谱的课？", "新芽AI学堂",
  "<p>我们新芽AI学堂有数据标注实操课，课后可自愿参加五级认定，证书以 zscx.osta.org.cn 可查为准。课程资料可发邮件 xinya_ai@126.com 索取。</p>",
  "I04", "新芽AI学堂", [("email", "xinya_ai@126.com", "xinya_ai@126.com")], "independent Q&A answer offer")
P("/wenda/index.html", "知答 - 职业教育", "<h1 id='zy'>职业教育 热门问题</h1><ul>" + "".join(
  "<li><a href='q-%d.html'>问题 %d</a></li>" % (n, n) for n in (55012, 55047, 55080, 55103, 55121, 55140)) + "</ul>",
  note="Q&A topic index")

# =============== weixin reposts ===============
def art(n, title, acct, body, op, prov, ids, note):
    P("/weixin/a-%d.html" % n, title + " - 微文摘",
      "<h1>%s</h1><div class='src'>原文来自公众号：%s · 转载于 2026-04-%02d</div>%s" % (title, acct, n % 27 + 1, body),
      True, op, prov, ids, note)

art(7001, "汇智学校2026春季人工智能训练师开班啦", "汇智职业培训",
  "<p>本期四级班4月20日开课，三级班5月开课。报名咨询：15822637410（杨老师），邮箱 Hzpx_Tj@163.com。</p>",
  "U02", "汇智职业培训", [("phone", "+8615822637410", "15822637410"), ("email", "hzpx_tj@163.com", "Hzpx_Tj@163.com")],
  "WeChat repost of U02 enrolment")
art(7013, "学程AI学院：人工智能训练师就业前景与课程介绍", "学程AI学院",
  "<p>全国热线4008862290，官网：www.xuecheng-ai.com。课程共50学时，认定由第三方评价机构组织。</p>",
  "U04", "学程AI学院", [("phone", "4008862290", "4008862290"), ("domain", "xuecheng-ai.com", "www.xuecheng-ai.com")],
  "WeChat repost of U04")
art(7029, "重磅！人工智能训练师证书全国联网可查，最后30个名额", "AI训练师考试服务中心",
  "<p>原价9999，限时999！零基础可学，90%小白都能拿证。官方查询：www.aitrainer-exam.com/chaxun。</p>"
  "<p>报名表：jinshuju.net/f/aiT9xq　邮箱：BM@AITRAINER-EXAM.COM</p>",
  "U06", "AI训练师考试服务中心", [("domain", "aitrainer-exam.com", "www.aitrainer-exam.com"),
  ("email", "bm@aitrainer-exam.com", "BM@AITRAINER-EXAM.COM")], "WeChat repost of U06, scam wording and own fake query site")
art(7044, "盛华英才｜人工智能训练师三级实操强化班招生", "盛华英才教育",
  "<p>小班授课，40学时。电话（010）8456-2093，微信 shenghua_yc。</p>"
  "<p>主办单位：北京盛华英才教育咨询有限公司　统一社会信用代码 " + USCC_U08 + "</p>",
  "U08", "盛华英才教育", [("phone", "01084562093", "（010）8456-2093"), ("wechat", "shenghua_yc", "shenghua_yc"),
  ("uscc", USCC_U08, USCC_U08), ("other", "北京盛华英才教育咨询有限公司", "北京盛华英才教育咨询有限公司")],
  "WeChat repost of U08 with company name and USCC")
art(7058, "工信部人工智能证书报名通道开启（1+X）", "工信AI证书报名处",
  "<p>1+X人工智能训练师证书，工信部认证，国家级，可挂靠年入3万。咨询18600227731，VX：zgxrc01。报名表 jinshuju.net/f/aiT9xq。</p>"
  "<p>证书样本：证书编号 S000011011352603000127</p>"
  "<p>主体：中工信（天津）人才服务有限公司 " + USCC_U09 + "</p>",
  "U09", "工信AI证书报名处", [("phone", "+8618600227731", "18600227731"), ("wechat", "zgxrc01", "zgxrc01"),
  ("uscc", USCC_U09, USCC_U09)], "WeChat repost of U09: 1+X after 2025, 工信部 claim, 挂靠 lure")
P("/weixin/index.html", "微文摘 - 教育", "<h1 id='jy'>教育频道</h1><ul>" + "".join(
  "<li><a href='a-%d.html'>文章 %d</a></li>" % (n, n) for n in (7001, 7013, 7029, 7044, 7058)) + "</ul>",
  note="repost site index")

# =============== shipin short video ===============
def vid(n, author, caption, op, prov, ids, note, cm=()):
    P("/shipin/v-%d.html" % n, author + "的视频 - 快看短视频",
      "<div class='player'>[视频 01:%02d]</div><h1>@%s</h1><p class='caption'>%s</p><p>❤ %d · 评论 · 分享</p>%s" % (
          n % 60, author, caption, n * 3 % 9000, comments(cm) if cm else ""),
      True, op, prov, ids, note)

vid(9001, "国培AI证书", "人工智能训练师证书 人社部颁发 包过！三级一起拿 主页有v ➕ g p a i _ k e f u #AI训练师 #考证",
  "U03", "国培AI证书", [("wechat", "gpai_kefu", "g p a i _ k e f u")], "short-video caption of U03 (spaced wechat id)",
  cm=[("用户8812", "这个和 kaozheng_vip8 是一伙的吗"), ("国培AI证书", "私信")])
vid(9012, "小林老师聊考证", "AI证书不用考 私我 企鹅群：735 219 046 或 q 2874451093 #副业",
  "U05", "小林老师", [("qq_group", "735219046", "735 219 046"), ("qq", "2874451093", "2874451093")],
  "short-video caption of U05")
vid(9025, "启航职培天津", "零基础也能考三级人工智能训练师☎️15222018876 #天津考证",
  "U07", "启航职培", [("phone", "+8615222018876", "15222018876")], "short-video caption of U07",
  cm=[("学员小美", "想了解 我QQ 503318276")])
vid(9033, "中工信人才", "工信部职业技能鉴定中心 人工智能训练师 国家级证书 VX：ZGXRC01 #AI证书",
  "U09", "中工信人才", [("wechat", "zgxrc01", "ZGXRC01")], "short-video caption of U09")
vid(9047, "码上AI", "原价9999限时99 AI训练师速成 包过 q：3306718825 #AI",
  "I05", "码上AI", [("qq", "3306718825", "3306718825")], "independent short-video scam caption",
  cm=[("吃瓜", "kaozheng_vip8 也这么说的 结果是骗子")])
P("/shipin/index.html", "快看短视频 - 学习", "<h1 id='xx'>学习 · 推荐</h1><ul>" + "".join(
  "<li><a href='v-%d.html'>视频 %d</a></li>" % (n, n) for n in (9001, 9012, 9025, 9033, 9047)) + "</ul>",
  note="short-video site index")

# =============== xinwen news ===============
P("/xinwen/2026/0412-ai-cert-scam.html", "“包过”的人工智能训练师证书查不到？记者调查 - 京津晚讯",
  "<h1>“包过”的人工智能训练师证书查不到？记者调查</h1><div class='by'>本报记者 2026-04-12</div>"
  "<p>近期多名读者反映，花数千元购买的“人工智能训练师国家职业资格证书”无法在 zscx.osta.org.cn 查询。记者拨打读者提供的电话170-9987-1234，对方已停机；对方微信 kaozheng_vip8 也已注销。</p>"
  "<p>西青区人社局提醒：人工智能训练师属于职业技能等级证书，由备案评价机构颁发，并非人社部颁发。如有疑问可拨打12333，消费纠纷可拨打12315。</p>",
  note="news warning quoting scammer numbers (non-offer)")
P("/xinwen/2026/0420-sponsor.html", "【推广】学程教育：人工智能训练师成为热门新职业 - 京津晚讯",
  "<h1>学程教育：人工智能训练师成为热门新职业</h1><div class='by'>推广 2026-04-20</div>"
  "<p>学程教育开设人工智能训练师五级至三级课程，线上线下结合。咨询电话：400 886 2290。</p>",
  True, "U04", "学程教育", [("phone", "4008862290", "400 886 2290")], "sponsored advertorial of U04 on news site")
P("/xinwen/index.html", "京津晚讯 - 教育", "<h1 id='jy'>教育</h1><ul><li><a href='2026/0412-ai-cert-scam.html'>记者调查：包过证书</a></li>"
  "<li><a href='2026/0420-sponsor.html'>推广：学程教育</a></li></ul>", note="news index")

# =============== rsj notices ===============
P("/rsj/notice-2026-15.html", "关于警惕“山寨证书”的提醒",
  "<h1>关于警惕技术技能类“山寨证书”的提醒</h1><p>根据人社部函〔2022〕25号，近期有不法机构以“人社部颁发”“包过”“免培训”等名义招揽人工智能训练师报考。职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询。</p>"
  "<p>有疑问请拨打12333。</p><p>附：群众举报的可疑联系方式 170 9987 1234。</p>",
  note="official warning notice (non-offer)")
P("/rsj/notice-2026-21.html", "2026年第二批次职业技能等级认定考点安排",
  "<h1>2026年第二批次职业技能等级认定考点安排</h1><p>批次编号：13020260516。工种：人工智能训练师（四级、三级）。</p>"
  "<p>考点：天津市西青区职业技能公共实训中心，考场前台 022-2739 5008。</p><p>咨询12333。</p>",
  note="official exam-site notice (non-offer)")
P("/rsj/index.html", "西青区人社局 - 通知公告", "<h1 id='tz'>通知公告</h1><ul><li><a href='notice-2026-15.html'>山寨证书提醒</a></li>"
  "<li><a href='notice-2026-21.html'>考点安排</a></li></ul>", note="notice site index")

# =============== biji notes ===============
def note(n, author, title, body, op, prov, ids, nt, offer=True):
    P("/biji/n-%d.html" % n, title + " - 小红记",
      "<h1>%s</h1><div class='author'>@%s</div>%s" % (title, author, body), offer, op, prov, ids, nt)

note(301, "学程AI学院官方", "人工智能训练师怎么报考？一篇讲清楚", "<p>五级需要1年相关工作经历哦～课程详情看官网 xuecheng-ai.com，或私信小助手 400-886-2290</p>",
  "U04", "学程AI学院", [("domain", "xuecheng-ai.com", "xuecheng-ai.com"), ("phone", "4008862290", "400-886-2290")], "note by U04")
note(317, "AI考证姐", "AI训练师证书终于到手了！分享报名渠道", "<p>在 www.aitrainer-exam.com 报的，说是入库可查，全国通用，宝子们冲～</p>",
  "U06", "aitrainer-exam", [("domain", "aitrainer-exam.com", "www.aitrainer-exam.com")], "disguised testimonial note of U06")
note(329, "盛华英才-周老师", "三级实操班最后5个名额", "<p>对公收款账户名：北京盛华英才教育咨询有限公司，付款后联系微信 shenghua_yc。支付宝付款问题请联系95188。</p>",
  "U08", "盛华英才", [("other", "北京盛华英才教育咨询有限公司", "北京盛华英才教育咨询有限公司"),
  ("wechat", "shenghua_yc", "shenghua_yc")], "note of U08 with payee name")
note(340, "慧标科技", "招数据标注学员 可考人工智能训练师五级", "<p>慧标科技（天津）招标注实习生，带薪实训满一年可报五级，培训费1500。电话 185-2294-0317</p>",
  "I06", "慧标科技", [("phone", "+8618522940317", "185-2294-0317")], "independent note offer")
note(352, "打工人阿May", "我考人工智能训练师四级的真实经历", "<p>在单位组织下报的名，证书在 zscx.osta.org.cn 能查到。不要信包过的，有问题打12333。</p>",
  None, None, [], "personal experience note (non-offer)", offer=False)
P("/biji/index.html", "小红记 - 学习", "<h1 id='xx'>学习</h1><ul>" + "".join(
  "<li><a href='n-%d.html'>笔记 %d</a></li>" % (n, n) for n in (301, 317, 329, 340, 352)) + "</ul>", note="notes site index")

# ---------- decoys ----------
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline, quoted by honest sellers and notices"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("phone", "4006601122", ["400-660-1122"], "marketplace customer-service line in every kecheng frame"),
 ("email", "kf@kedouduo.com", ["kf@kedouduo.com"], "marketplace footer e-mail"),
 ("domain", "kedouduo.com", ["www.kedouduo.com"], "marketplace own domain in footer"),
 ("uscc", USCC_KDD, [USCC_KDD], "marketplace operator's USCC in footer"),
 ("other", "京ICP备2021012345号", ["京ICP备2021012345号-1"], "marketplace ICP number"),
 ("qq_group", "61234578", ["61234578"], "forum moderation QQ group in frame"),
 ("phone", "01057918800", ["010-57918800"], "classifieds customer-service line in frame"),
 ("email", "service@jjfenlei.com", ["service@jjfenlei.com"], "classifieds footer e-mail"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder in classifieds posting form"),
 ("email", "yourname@example.com", ["yourname@example.com"], "template placeholder in Q&A login box"),
 ("email", "tougao@wxzhai.com", ["tougao@wxzhai.com"], "repost site's own contact"),
 ("phone", "4001402108", ["400-140-2108"], "short-video platform service line"),
 ("phone", "02223201234", ["022-23201234"], "news site hotline"),
 ("phone", "+8617099871234", ["170 9987 1234", "170-9987-1234"], "scammer number quoted in complaints, news, notice and readers' warnings"),
 ("wechat", "kaozheng_vip8", ["kaozheng_vip8"], "scammer WeChat quoted in news, Q&A and comments"),
 ("wechat", "xiaomi_2019lu", ["xiaomi_2019lu"], "a reader's own WeChat in comments under two sellers' posts"),
 ("qq", "503318276", ["503318276"], "a reader's own QQ in comments"),
 ("phone", "02227395008", ["022-2739 5008"], "exam venue front desk (third party)"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) customer service"),
 ("domain", "jinshuju.net", ["jinshuju.net/f/aiT9xq"], "online form tool used by several sellers"),
 ("phone", "+8613020260516", ["13020260516"], "exam batch number that looks like a mobile"),
 ("phone", "+8613520260418", ["13520260418"], "sample order number that looks like a mobile"),
 ("other", "S000011011352603000127", ["S000011011352603000127"], "certificate number on a sample image copied by several sellers"),
]

def frame(site, page, all_site_pages):
    s = SITES[site]
    rel = page["path"][len(site) + 2:]
    depth = rel.count("/")
    up = "../" * depth
    menu = " | ".join("<a href='%s%s'>%s</a>" % (up, h, t) for t, h in s["menu"])
    crumbs = "<a href='%s../index.html'>导航</a> › <a href='%sindex.html'>%s</a> › %s" % (
        up, up, s["name"].split(" ")[0], page["title"].split(" - ")[0])
    related = "".join("<li><a href='%s%s'>%s</a></li>" % (up, q["path"][len(site) + 2:], q["title"].split(" - ")[0])
                      for q in all_site_pages if q is not page)[:4000]
    return ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
            "<header><div class='logo'>%s</div><nav>%s</nav></header><div class='crumbs'>%s</div>"
            "<main>%s</main><aside>%s<h4>相关链接</h4><ul>%s</ul></aside><footer>%s</footer></body></html>\n") % (
        page["title"], CSS[s["style"]], s["name"], menu, crumbs, page["body"], s["side"], related, s["foot"])

def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    bysite = {}
    for p in PAGES:
        bysite.setdefault(p["path"].split("/")[1], []).append(p)
    out = {}
    for site, plist in bysite.items():
        for p in plist:
            out[p["path"]] = frame(site, p, plist)
    hub = ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>导航</title></head><body>"
           "<h1>人工智能训练师 相关网站导航（北京·天津 一周搜索）</h1><ul>" +
           "".join("<li><a href='%s/index.html'>%s</a></li>" % (k, v["name"]) for k, v in SITES.items()) +
           "</ul></body></html>\n")
    out["/index.html"] = hub
    for path, html in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")]
    for p in PAGES:
        pages.append({k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")})
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, val, written, why in DECOYS:
        hits = sorted(path for path, html in out.items() if any(w in html for w in written))
        decoys.append(dict(kind=kind, value=val, written=written, pages=hits, why=why))
    truth = dict(pages=sorted(pages, key=lambda x: x["path"]), operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
