#!/usr/bin/env python3
"""12bt: generate a labeled web of AI-trainer certificate sellers published through others.
Standard library only, deterministic."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
def uscc(base16):
    """base16 = first 16 chars; compute GB11714 org check (pos 17) and USCC check (pos 18)."""
    org = base16[8:16]
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    c = 11 - sum(val(a) * b for a, b in zip(org, w)) % 11
    c17 = "X" if c == 10 else ("0" if c == 11 else str(c))
    s17 = base16 + c17
    ws = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    r = 31 - sum(ALPHA.index(ch) * wt for ch, wt in zip(s17, ws)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

USCC_U03 = uscc("91330106MA2H4Q7K")
USCC_FR = uscc("91330100MA27WR3D")
USCC_ASSOC = uscc("51310000MJ498725")
USCC_U07 = uscc("91440106MA5CK83N")

PAGES = []
def add(path, site, title, body, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, site=site, title=title, body=body, op=op,
                      provider=provider, ids=[list(i) for i in ids], note=note))

def esc(s):
    return html.escape(s, quote=False)

# ---------------------------------------------------------------- site frames
SITES = {
 "news": dict(name="江城新闻网", index="/news/index.html",
   nav=["首页", "本地", "民生", "教育", "财经", "房产", "专题", "合作推广"],
   foot="江城新闻网 版权所有 | 新闻热线：0571-85061234 | 投稿邮箱：tougao@jcnews.com.cn | 浙ICP备15023817号-1 | 违法和不良信息举报电话：0571-85061234"),
 "assoc": dict(name="华东人工智能产业人才发展协会", index="/assoc/index.html",
   nav=["协会首页", "协会概况", "会员风采", "会员动态", "人才培养", "政策法规", "联系我们"],
   foot="华东人工智能产业人才发展协会 秘书处电话：021-62357180 统一社会信用代码：" + USCC_ASSOC + " 本站“会员动态”栏目内容由会员单位自行发布，不代表协会观点。"),
 "franchise": dict(name="智培联盟·职业技能培训连锁", index="/franchise/index.html",
   nav=["联盟首页", "品牌介绍", "报名点查询", "课程体系", "加盟合作", "新闻中心"],
   foot="杭州智培联盟教育科技有限公司 统一社会信用代码：" + USCC_FR + " 全国加盟热线：400-826-5180 各报名点/合作点为独立经营主体，收费以报名点公示为准"),
 "bbs": dict(name="职考论坛", index="/bbs/index.html",
   nav=["论坛首页", "考证交流", "职业技能", "避坑曝光", "招聘求职", "站务"],
   foot="职考论坛 Powered by Discuz! X3.4 | 论坛交流QQ群：312456789 | 站务邮箱：admin@zhikaobbs.com | 请勿在帖子中发布个人联系方式，谨防诈骗"),
 "fenlei": dict(name="百姓分类信息网·杭州", index="/fenlei/index.html",
   nav=["首页", "二手", "房产", "招聘", "教育培训", "本地服务", "发布信息"],
   foot="百姓分类信息网 客服热线：400-100-5678（9:00-21:00）| 本站信息由用户自行发布，交易前请核实对方资质"),
 "wenda": dict(name="知问问答", index="/wenda/index.html",
   nav=["首页", "职场", "教育", "考证", "科技", "我的提问"],
   foot="知问问答 举报邮箱：jubao@zhiwen.cn | 回答内容仅代表答主个人观点 | 京ICP证110745号"),
 "mp": dict(name="微读网 · 公众号好文精选", index="/mp/index.html",
   nav=["推荐", "教育", "职场", "科技", "本地"],
   foot="微读网转载文章均来源于微信公众号，版权归原作者所有 | 商务合作QQ：800012345"),
 "video": dict(name="快看短视频·网页版", index="/video/index.html",
   nav=["推荐", "关注", "同城", "知识", "直播"],
   foot="快看短视频 网络文化经营许可证：浙网文〔2023〕1234-056号 | 违法和不良信息举报：0571-89852000"),
 "school": dict(name="浙江信息职业技术学院 继续教育学院", index="/school/index.html",
   nav=["学院首页", "学院概况", "社会培训", "职业技能等级认定", "通知公告", "联系我们"],
   foot="浙江信息职业技术学院继续教育学院 地址：杭州市西湖区留和路318号 | 职业技能等级认定站（考点）咨询：0571-86739100 | 技术支持：速建站 sujianzhan.cn"),
 "shop": dict(name="优课集市", index="/shop/index.html",
   nav=["首页", "职业资格", "IT技能", "语言", "兴趣", "店铺入驻"],
   foot="优课集市 平台客服邮箱：kefu@youkejishi.com | 平台客服电话：400-660-2233 | 课程由入驻店铺提供"),
 "corp": dict(name="杭州企业黄页", index="/corp/index.html",
   nav=["黄页首页", "教育培训", "信息技术", "商务服务"],
   foot="杭州企业黄页 | 企业信息由企业自行维护 | 技术支持：速建站 sujianzhan.cn"),
}

def frame(site, title, body, path):
    s = SITES[site]
    nav = "".join('<li><a href="%s">%s</a></li>' % (s["index"], esc(n)) for n in s["nav"])
    related = [p for p in PAGES if p["site"] == site and p["path"] != path][:6]
    side = "".join('<li><a href="%s">%s</a></li>' % (p["path"], esc(p["title"])) for p in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)} - {esc(s['name'])}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body class="site-{site}">
<div class="topbar"><a href="/index.html">导航首页</a> | <a href="{s['index']}">{esc(s['name'])}</a> | 登录 | 注册</div>
<header><h1 class="logo"><a href="{s['index']}">{esc(s['name'])}</a></h1><ul class="nav">{nav}</ul>
<form class="search"><input type="text" placeholder="搜索"><button>搜索</button></form></header>
<div class="crumb">当前位置：<a href="{s['index']}">{esc(s['name'])}</a> &gt; {esc(title)}</div>
<div class="wrap"><main>
{body}
</main>
<aside><h3>相关内容</h3><ul>{side}</ul><h3>热门标签</h3><p>人工智能训练师 数据标注 职业技能等级证书 技能补贴 考证</p></aside></div>
<footer><p>{esc(s['foot'])}</p></footer>
</body></html>
"""

def comments(items):
    return '<div class="comments"><h3>评论（%d）</h3>' % len(items) + "".join(
        '<div class="cmt"><b>%s</b>：%s</div>' % (esc(u), esc(t)) for u, t in items) + "</div>"

def post(author, meta, text):
    return '<div class="post"><div class="author">%s</div><div class="meta">%s</div><div class="content">%s</div></div>' % (
        esc(author), esc(meta), text)

P = lambda *ps: "".join("<p>%s</p>" % esc(x) for x in ps)

# ---------------------------------------------------------------- news portal
add("/news/2025/rs-warning.html", "news", "市人社局提醒：警惕“包过”“人社部颁发”人工智能训练师证书骗局",
  "<h2>市人社局提醒：警惕“包过”“人社部颁发”人工智能训练师证书骗局</h2><div class='meta'>来源：江城新闻网 记者 周敏 2025-11-20</div>" + P(
  "近期，市人社局接到多起群众反映：有人在网上以“人社部颁发”“免考拿证”“包过”“可用于落户加分”为噱头，兜售人工智能训练师（4-04-05-05）证书，收费从三千元到一万余元不等。",
  "市职业技能鉴定指导中心工作人员介绍，人工智能训练师属于职业技能等级认定范围，证书由经人社部门备案的评价机构颁发，政府部门不参与监制，更不存在“人社部颁发”的人工智能训练师证书。证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 核验。",
  "市民王女士反映，她通过一个自称“人社证书办理中心”的微信号 hrss_zhengshu 缴费4800元，对方承诺“不用考试，一个月出证”，收款后即将她拉黑。对方留下的手机号17788893021目前已无法接通。",
  "人社部门提醒：报名前请核实机构是否在备案评价机构名单中；凡是承诺“包过”“免考”“三个等级一起拿”的，基本可以认定为虚假宣传。如遇相关问题，可拨打12333人社服务热线咨询，或拨打12315向市场监管部门投诉，也可通过12345市民热线反映。",
  "市职业技能鉴定指导中心咨询电话：0571-85167320（工作日）。"),
  note="news: 人社 warning quoting a scammer's wechat and phone; non-offer")

add("/news/2025/tuiguang-qizhi.html", "news", "AI时代新风口 启智未来教育助力江城青年转型人工智能训练师",
  "<h2>AI时代新风口 启智未来教育助力江城青年转型人工智能训练师</h2><div class='meta'>合作推广 2025-10-12 <span class='ad'>广告</span></div>" + P(
  "随着大模型应用全面铺开，数据标注、算法测试等岗位需求持续走高。人工智能训练师作为2020年人社部等三部门联合发布的新职业，正成为不少年轻人转型的首选。",
  "启智未来教育深耕职业技能培训多年，开设人工智能训练师五级、四级、三级课程，课程按国家职业技能标准（2021年版）设计，理论与实操结合，结业后推荐参加备案评价机构的等级认定，证书可在官网查询。",
  "符合条件的参保学员取证后可按规定申领失业保险技能提升补贴，具体政策可咨询12333。",
  "课程咨询：139 5711 2468（李老师） 微信：qzwl_2468",
  "地址：江城市滨江区江南大道588号恒鑫大厦9楼"),
  op="U01", provider="启智未来教育",
  ids=[("phone", "+8613957112468", "139 5711 2468"), ("wechat", "qzwl_2468", "qzwl_2468")],
  note="advertorial (合作推广) on a local news portal")

add("/news/2025/tuiguang-xingtu.html", "news", "零基础也能入行？星途教育开设人工智能训练师周末班",
  "<h2>零基础也能入行？星途教育开设人工智能训练师周末班</h2><div class='meta'>教育频道·推广 2025-09-03</div>" + P(
  "“以前做电商客服，现在做数据标注组长。”学员小陈说。星途教育今年开设人工智能训练师周末班，面向有一年以上相关工作经历的在职人员，五级课程60课时，四级课程50课时。",
  "据介绍，课程学费五级2680元、四级3280元，含教材与实操平台账号，认定费另计，由评价机构收取。证书信息可登录 jndj.osta.org.cn 查询。",
  "负责人表示，报考前学员可先向市职业技能鉴定指导中心（0571-85167320）咨询补贴政策。",
  "报名热线：150 8874 6320 官网：xtaixy.cn"),
  op="U04", provider="星途教育",
  ids=[("phone", "+8615088746320", "150 8874 6320"), ("domain", "xtaixy.cn", "xtaixy.cn")],
  note="advertorial in the education channel of a news portal")

add("/news/2025/tuiguang-zhiyuan.html", "news", "智源科技培训：“人社部颁发”人工智能训练师证书 可助力积分落户",
  "<h2>智源科技培训：人工智能训练师证书 可助力积分落户</h2><div class='meta'>企业资讯 2025-08-21 本文为企业供稿</div>" + P(
  "智源科技培训是一家专注人工智能人才培养的机构，本期人工智能训练师高级（三级）、技师（二级）班火热招生，不限学历、不限经验，零基础可报。",
  "机构称，证书由“人社部颁发”，全国通用、终身有效，可用于积分落户、职称评定，联网可查，查询网址 zscx.osta.org.cn 。",
  "报名咨询：020-3891 2457 官方网站：zhiyuan-ai.net",
  "（本文为企业供稿，内容由企业负责，本网不承担任何责任。）"),
  op="U07", provider="智源科技培训",
  ids=[("phone", "020-38912457", "020-3891 2457"), ("domain", "zhiyuan-ai.net", "zhiyuan-ai.net")],
  note="company-submitted advertorial (企业供稿) on a news portal; suspicious claims")

add("/news/2025/tuiguang-qiantang.html", "news", "钱塘数智职业培训学校人工智能训练师（四级）开班通知",
  "<h2>钱塘数智职业培训学校人工智能训练师（四级）开班通知</h2><div class='meta'>便民信息 2025-11-02</div>" + P(
  "经区人社局批准设立的钱塘数智职业培训学校，拟于12月开设人工智能训练师（四级/中级工）培训班一期，招收学员40名。",
  "报名条件：取得本职业五级证书后累计从事本职业工作4年及以上，或累计从事本职业工作6年及以上。培训费2900元/人，认定考试在合作考点进行，认定费按物价部门核定标准另行收取。",
  "报名地址：钱塘区下沙街道学源街118号；联系电话：0571-86012233、135 8820 1547（王老师）。",
  "有关补贴政策请咨询市职业技能鉴定指导中心 0571-85167320。"),
  op="I02", provider="钱塘数智职业培训学校",
  ids=[("phone", "0571-86012233", "0571-86012233"), ("phone", "+8613588201547", "135 8820 1547")],
  note="honest school's enrolment notice in the news portal's 便民信息 column")

# ---------------------------------------------------------------- association site
add("/assoc/dongtai/2025-0918.html", "assoc", "会员动态｜华数AI认证中心人工智能训练师认证服务说明",
  "<h2>会员动态｜华数AI认证中心人工智能训练师认证服务说明</h2><div class='meta'>发布单位：会员单位 发布时间：2025-09-18 浏览：3126</div>" + P(
  "华数AI认证中心为本协会会员单位，现面向全国开展人工智能训练师五级至一级认证服务。",
  "服务承诺：免考拿证，包过，不过全额退款；证书人社部颁发，官网可查 jndj.osta.org.cn ；三级、二级可一起办理，优惠价6800元。",
  "证书样本编号：S000033012345253000018（仅供参考）",
  "联系电话：186 6702 3519 网址：www.HSAIRZ.com",
  "邮箱：yourname@example.com"),
  op="U02", provider="华数AI认证中心",
  ids=[("phone", "+8618667023519", "186 6702 3519"), ("domain", "hsairz.com", "www.HSAIRZ.com")],
  note="member-news post on an association-looking site; 包过/免考 seller")

add("/assoc/dongtai/2025-1007.html", "assoc", "会员动态｜鼎信职业技能评价服务部承接人工智能训练师等级评价报名",
  "<h2>会员动态｜鼎信职业技能评价服务部承接人工智能训练师等级评价报名</h2><div class='meta'>发布单位：会员单位 发布时间：2025-10-07</div>" + P(
  "我部受多家评价机构委托，承接人工智能训练师四级、三级报名，可协助办理上海居住证积分、人才引进落户材料。",
  "三级证书积分60分，全程代办，无需到场，资料齐全45天出证。",
  "证书样本：S000033012345253000018",
  "咨询：173 2659 8801 QQ：1589024376"),
  op="U05", provider="鼎信职业技能评价服务部",
  ids=[("phone", "+8617326598801", "173 2659 8801"), ("qq", "1589024376", "1589024376")],
  note="association member-news post; 落户/代办 seller")

add("/assoc/dongtai/2025-1103.html", "assoc", "会员风采｜深蓝数据标注学院：培养高素质人工智能训练师",
  "<h2>会员风采｜深蓝数据标注学院：培养高素质人工智能训练师</h2><div class='meta'>会员风采 2025-11-03</div>" + P(
  "深蓝数据标注学院是协会理事单位，依托自有标注基地开展数据标注员、人工智能算法测试员两个工种培训。",
  "学院常年招收人工智能训练师学员，技师、高级技师均可报名，结业颁发证书，人社部颁发，全国联网可查。",
  "招生电话：(020)38912457 手机：138 2604 5719"),
  op="U07", provider="深蓝数据标注学院",
  ids=[("phone", "020-38912457", "(020)38912457"), ("phone", "+8613826045719", "138 2604 5719")],
  note="association 会员风采 profile doubling as an enrolment ad")

add("/assoc/dongtai/2025-1115.html", "assoc", "会员动态｜华东智能标注服务有限公司开展数据标注员岗前培训",
  "<h2>会员动态｜华东智能标注服务有限公司开展数据标注员岗前培训</h2><div class='meta'>2025-11-15</div>" + P(
  "为满足项目用人需求，华东智能标注服务有限公司（用人单位评价机构）面向社会招收人工智能训练师（数据标注员）五级培训学员，培训合格者参加本单位组织的职业技能等级认定。",
  "报名需具备一年以上数据处理相关工作经历。培训费1200元，认定费300元。",
  "联系人：刘女士 159 6710 3382 邮箱：ai_train@hdbiaozhu.com"),
  op="I03", provider="华东智能标注服务有限公司",
  ids=[("phone", "+8615967103382", "159 6710 3382"), ("email", "ai_train@hdbiaozhu.com", "ai_train@hdbiaozhu.com")],
  note="employer-evaluator training notice on the association site; honest")

# ---------------------------------------------------------------- franchise
def branch(title, head, paras, extra=""):
    return "<h2>%s</h2><div class='meta'>%s</div>" % (esc(title), esc(head)) + P(*paras) + extra + \
        "<div class='hq'>" + esc("总部统一客服：400-826-5180（投诉与加盟）") + "</div>"

add("/franchise/dian/binjiang.html", "franchise", "智培联盟·滨江报名点（启智职业技能培训中心）",
  branch("智培联盟·滨江报名点", "运营单位：启智职业技能培训中心 | 报名点编号 ZP-0571-012", [
  "本报名点承接智培联盟人工智能训练师五级、四级课程报名。",
  "开班时间：每月第二个周六；认定考试在浙江信息职业技术学院认定站进行（考点电话 0571-86739100）。",
  "报名电话：139-5711-2468（微信同号）",
  "地址：滨江区江南大道588号恒鑫大厦9楼"]),
  op="U01", provider="启智职业技能培训中心",
  ids=[("phone", "+8613957112468", "139-5711-2468"), ("wechat", "13957112468", "139-5711-2468（微信同号）")],
  note="franchise 报名点 page run by a local operator")

add("/franchise/dian/xihu.html", "franchise", "智培联盟·西湖合作点（博睿职培）",
  branch("智培联盟·西湖合作点", "运营单位：博睿职培 | 合作点编号 ZP-0571-027", [
  "博睿职培为智培联盟授权合作点，开设人工智能训练师五级（初级工）60课时课程，学费2380元，认定费另计。",
  "运营主体统一社会信用代码：" + USCC_U03,
  "咨询电话：0571-88213476（工作日9:00-17:30）"]),
  op="U03", provider="博睿职培",
  ids=[("phone", "0571-88213476", "0571-88213476"), ("uscc", USCC_U03.lower(), USCC_U03)],
  note="franchise 合作点 page")

add("/franchise/dian/gongshu.html", "franchise", "智培联盟·拱墅报名点（优学汇职业教育）",
  branch("智培联盟·拱墅报名点", "运营单位：优学汇职业教育 | 报名点编号 ZP-0571-033", [
  "人工智能训练师四级周末班招生中，限额30人，通过率高，补贴后几乎免费（需参保满一年）。",
  "考点：浙江信息职业技术学院认定站 0571-86739100",
  "在线报名：请填写报名表 jinshuju.net/f/Qx8aLm （表单由金数据提供）",
  "咨询：137 5719 0362 邮箱：2094471836@qq.com"]),
  op="U06", provider="优学汇职业教育",
  ids=[("phone", "+8613757190362", "137 5719 0362"), ("email", "2094471836@qq.com", "2094471836@qq.com")],
  note="franchise 报名点 page")

add("/franchise/dian/xiaoshan.html", "franchise", "智培联盟·萧山合作点（天枢教育）",
  branch("智培联盟·萧山合作点", "运营单位：天枢教育 | 合作点编号 ZP-0571-041", [
  "天枢教育人工智能训练师三级（高级工）班，适合已取得四级证书并从事相关工作的学员。",
  "课程详情见官网 tianshuai.com.cn ，证书查询请认准 zscx.osta.org.cn 。",
  "联系电话：189 5803 2174"]),
  op="U09", provider="天枢教育",
  ids=[("phone", "+8618958032174", "189 5803 2174"), ("domain", "tianshuai.com.cn", "tianshuai.com.cn")],
  note="franchise 合作点 page")

add("/franchise/dian/linping.html", "franchise", "智培联盟·临平报名点（临平知行教育）",
  branch("智培联盟·临平报名点", "运营单位：临平知行教育 | 报名点编号 ZP-0571-052", [
  "人工智能训练师五级培训，学费1980元，含教材及上机练习；认定在浙江信息职业技术学院认定站（0571-86739100）进行。",
  "报名需提供一年以上相关工作证明。",
  "报名电话：136 0581 3927 地址：临平区迎宾路356号"]),
  op="I04", provider="临平知行教育",
  ids=[("phone", "+8613605813927", "136 0581 3927")],
  note="franchise 报名点 page of an independent")

# ---------------------------------------------------------------- bbs
add("/bbs/thread-20517.html", "bbs", "【曝光】交了4800办人工智能训练师证，对方拉黑了",
  post("受骗的小刘", "楼主 发表于 2025-10-30 21:14",
   esc("在朋友圈看到人社证书办理，加了微信 hrss_zhengshu，说人社部颁发、不用考，交了4800。订单截图上写的付款单号 4200002415202510308812，之后就把我拉黑了，手机17788893021也打不通。已经打了12315和12345，大家避坑！")) +
  post("热心网友", "2楼", esc("这个号我也见过，在好几个群里发。打12315没用的话去派出所报案。")) +
  post("版主", "3楼", esc("已置顶。正规证书去 zscx.osta.org.cn 查，不要相信“免考”。")),
  note="forum complaint thread quoting a scammer's contacts; non-offer")

add("/bbs/thread-20388.html", "bbs", "求问：人工智能训练师四级在杭州哪里报？",
  post("小白想转行", "楼主 发表于 2025-10-11 09:02", esc("做了两年数据标注，想考四级，有没有靠谱的报名点？")) +
  post("路人甲", "2楼", esc("同问，求资料，QQ 1204558763，谢谢")) +
  post("江城智培-李老师", "3楼 机构认证", esc("我们每月开班，四级50课时，可以看看。V：QZWL_2468 ，也可以发邮件 qizhiweilai at 163 dot com 要课表。")) +
  post("小白想转行", "4楼", esc("谢谢，我加一下看看")),
  op="U01", provider="江城智培",
  ids=[("wechat", "qzwl_2468", "QZWL_2468"), ("email", "qizhiweilai@163.com", "qizhiweilai at 163 dot com")],
  note="learner's thread with a seller's reply (offer by reply)")

add("/bbs/thread-20455.html", "bbs", "人工智能训练师五级考试难吗？",
  post("迷茫的打工人", "楼主 发表于 2025-10-19", esc("零基础，想问问五级考什么，理论和实操各占多少？")) +
  post("过来人", "2楼", esc("理论加实操，各100分60分及格，认真学不难。")) +
  post("领航考证网", "3楼", esc("可以来我们这报班，五级包教包会，加微信 xingtu-ai 发你题库，官网 xtaixy。cn")),
  op="U04", provider="领航考证网",
  ids=[("wechat", "xingtu-ai", "xingtu-ai"), ("domain", "xtaixy.cn", "xtaixy。cn")],
  note="question thread with a seller's reply")

add("/bbs/thread-20602.html", "bbs", "有没有人考过人工智能训练师二级？",
  post("数据小王", "楼主", esc("公司要求技师证，请问二级需要什么条件？")) +
  post("智源人才服务", "2楼", esc("二级不看条件，我们这能办，一个月出证，电话一三八二六零四五七一九")) +
  post("数据小王", "3楼", esc("二级不是要三级证加四年吗？")) +
  post("老司机", "4楼", esc("楼上说得对，别信“不看条件”的。")),
  op="U07", provider="智源人才服务",
  ids=[("phone", "+8613826045719", "一三八二六零四五七一九")],
  note="question thread with a suspicious seller's reply")

add("/bbs/thread-20710.html", "bbs", "分享：我自己备考人工智能训练师三级的经验",
  post("张老师AI", "楼主 发表于 2025-11-08", esc("本人在标注公司带团队五年，去年考了三级。分享一下备考经验：业务分析、智能训练两章最重要……")) +
  post("求带", "2楼", esc("老师能辅导吗？")) +
  post("张老师AI", "3楼", esc("可以一对一辅导，1500元/8次课，只辅导不代办，不保证通过。微信 zhang_ai_teach")),
  op="I05", provider="张老师AI",
  ids=[("wechat", "zhang_ai_teach", "zhang_ai_teach")],
  note="individual tutor offering coaching in a reply; independent")

# ---------------------------------------------------------------- fenlei
def fl(title, info, paras, extra=""):
    return "<h2>%s</h2><table class='info'>%s</table>" % (esc(title), "".join(
        "<tr><th>%s</th><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in info)) + P(*paras) + extra + \
        "<p class='tip'>" + esc("温馨提示：涉及先付款、包过的信息请谨慎，遇到问题可拨打平台客服 400-100-5678") + "</p>"

add("/fenlei/jiaoyu/88231.html", "fenlei", "人工智能训练师证书 全国可报 快速下证",
  fl("人工智能训练师证书 全国可报 快速下证", [("类别", "职业技能培训"), ("区域", "全国"), ("发布者", "华数人才")], [
  "人工智能训练师五级至一级，人社部颁发，包过，不用到场。",
  "证书样本：S000033012345253000018",
  "电话：一八六六七零二三五一九 QQ：2837461950"]),
  op="U02", provider="华数人才",
  ids=[("phone", "+8618667023519", "一八六六七零二三五一九"), ("qq", "2837461950", "2837461950")],
  note="classified ad; 包过 seller")

add("/fenlei/jiaoyu/88457.html", "fenlei", "鼎信人才 人工智能训练师 积分落户 加急办理",
  fl("鼎信人才 人工智能训练师 积分落户 加急办理", [("类别", "职业技能培训"), ("区域", "上海/杭州"), ("发布者", "鼎信人才")], [
  "三级证书可用于居住证积分，四级三级打包价更优惠，全程代办。",
  "联系电话：17326598801（微信同号）"]),
  op="U05", provider="鼎信人才",
  ids=[("phone", "+8617326598801", "17326598801"), ("wechat", "17326598801", "17326598801（微信同号）")],
  note="classified ad; 落户 seller")

add("/fenlei/jiaoyu/88602.html", "fenlei", "匠心职培 数据标注/人工智能训练师 小班教学",
  fl("匠心职培 数据标注/人工智能训练师 小班教学", [("类别", "职业技能培训"), ("区域", "南京"), ("发布者", "匠心职培")], [
  "五级、四级小班课，周末上课，学费2500-3200元，认定费另交评价机构。",
  "加微信 jx_peixun88 进学习群，QQ群：618204937",
  "电话：138-0000-0000",
  "邮箱：yourname@example.com"]),
  op="U08", provider="匠心职培",
  ids=[("wechat", "jx_peixun88", "jx_peixun88"), ("qq_group", "618204937", "618204937")],
  note="classified ad with leftover template contacts")

add("/fenlei/jiaoyu/88719.html", "fenlei", "余杭新起点培训 人工智能训练师五级 本月开班",
  fl("余杭新起点培训 人工智能训练师五级 本月开班", [("类别", "职业技能培训"), ("区域", "杭州余杭"), ("发布者", "余杭新起点培训")], [
  "本期对应鉴定批次号 13320251115，报名截止11月25日。学费1880元。",
  "电话：0571-89267705 QQ：845120993",
  "电话：138-0000-0000"]),
  op="I06", provider="余杭新起点培训",
  ids=[("phone", "0571-89267705", "0571-89267705"), ("qq", "845120993", "845120993")],
  note="classified ad of an independent school")

add("/fenlei/zhaopin/77310.html", "fenlei", "招聘 数据标注员 5名 有人工智能训练师证优先",
  fl("招聘 数据标注员 5名", [("类别", "招聘"), ("薪资", "5000-7000元/月"), ("公司", "杭州数据之光科技有限公司")], [
  "岗位职责：图像、文本数据标注与质检。有人工智能训练师（数据标注员）证书者优先，公司可报销认定费。",
  "简历投递：hr@shujuzhiguang.com"]),
  ids=[("email", "hr@shujuzhiguang.com", "hr@shujuzhiguang.com")],
  note="job ad; non-offer")

# ---------------------------------------------------------------- wenda
def qa(q, asker, answers):
    return "<h2>%s</h2><div class='asker'>%s</div>" % (esc(q), esc(asker)) + "".join(
        "<div class='answer'><div class='ans-author'>%s</div>%s</div>" % (esc(a), P(*t)) for a, t in answers)

add("/wenda/q/510233.html", "wenda", "人工智能训练师证书到底有没有用？网上说的人社部颁发是真的吗？",
  qa("人工智能训练师证书到底有没有用？网上说的人社部颁发是真的吗？", "提问者：匿名用户 2025-10-02", [
   ("答主：老HR", ["是职业技能等级证书，由备案的评价机构颁发，人社部不直接发证。", "有疑问可以打12333问，遇到骗子打12345或者报警。"]),
   ("答主：数据标注组长", ["对标注岗位有点用，但别花大价钱。"])]),
  note="learner's question with non-seller answers; non-offer")

add("/wenda/q/510871.html", "wenda", "在哪里可以报考人工智能训练师？",
  qa("在哪里可以报考人工智能训练师？", "提问者：阿杰 2025-10-15", [
   ("答主：数标学院", ["我们常年报名，五级到三级都有，扣扣 2837 461 950，学习群 Q群735218846"]),
   ("答主：路人甲", ["同求，求资料，QQ 1204558763"])]) + comments([("阿杰", "谢谢，已加群")]),
  op="U02", provider="数标学院",
  ids=[("qq", "2837461950", "2837 461 950"), ("qq_group", "735218846", "735218846")],
  note="Q&A answer by a seller")

add("/wenda/q/511096.html", "wenda", "人工智能训练师能用来落户吗？",
  qa("人工智能训练师能用来落户吗？", "提问者：沪漂小李 2025-10-21", [
   ("答主：北辰教育咨询", ["可以的，三级积分60分。我们可代办，微信 1732 659 8801，企鹅：1589024376"]),
   ("答主：政策控", ["积分要求工种对口，别信代办。"])]),
  op="U05", provider="北辰教育咨询",
  ids=[("wechat", "17326598801", "1732 659 8801"), ("qq", "1589024376", "1589024376")],
  note="Q&A answer by a 落户 seller")

add("/wenda/q/511342.html", "wenda", "南京有靠谱的人工智能训练师培训吗？",
  qa("南京有靠谱的人工智能训练师培训吗？", "提问者：金陵小张 2025-11-01", [
   ("答主：金陵AI训练营", ["我们在新街口有教室，周末小班，可以先试听。微信 JX_PEIXUN88，或邮件 jiangxin_px@sina.com"])]),
  op="U08", provider="金陵AI训练营",
  ids=[("wechat", "jx_peixun88", "JX_PEIXUN88"), ("email", "jiangxin_px@sina.com", "jiangxin_px@sina.com")],
  note="Q&A answer by a seller")

# ---------------------------------------------------------------- mp reposts
def mp(title, acct, date, paras):
    return "<h2>%s</h2><div class='meta'>原创 %s %s｜转载自微信公众号</div>" % (esc(title), esc(acct), esc(date)) + P(*paras) + \
        "<p class='read'>阅读 1.2万 在看 86</p>"

add("/mp/a/20251105-policy.html", "mp", "一文读懂：职业技能等级证书怎么查真伪？",
  mp("一文读懂：职业技能等级证书怎么查真伪？", "职场政策通", "2025-11-05", [
  "2019年以来，水平评价类技能人员职业资格陆续退出国家职业资格目录，改由备案的评价机构开展职业技能等级认定。",
  "证书编号为22位：首位字母Y或S，随后21位数字。证书可通过 jndj.osta.org.cn 或 zscx.osta.org.cn 查询。",
  "对宣称“人社部颁发”“包过”的机构要提高警惕，有疑问请拨打12333。"]),
  note="policy explainer repost; non-offer")

add("/mp/a/20251012-qizhi.html", "mp", "江城这家机构的人工智能训练师课，学员评价怎么样？",
  mp("江城这家机构的人工智能训练师课，学员评价怎么样？", "启智未来教育", "2025-10-12", [
  "本期学员结课分享……",
  "课表索取请发邮件至 qizhiweilai@163.com ，或加QQ 3310298457。"]),
  op="U01", provider="启智未来教育",
  ids=[("email", "qizhiweilai@163.com", "qizhiweilai@163.com"), ("qq", "3310298457", "3310298457")],
  note="WeChat article repost by the seller's account")

add("/mp/a/20250915-xingtu.html", "mp", "星途AI学苑｜人工智能训练师四级备考全攻略",
  mp("人工智能训练师四级备考全攻略", "星途AI学苑", "2025-09-15", [
  "四级章节：基本要求、数据采集和处理、数据标注、智能系统运维……",
  "想报名的同学可以填写报名表：jinshuju.net/f/Rt2bWc",
  "课程顾问：+86 150-8874-6320，微信 Xingtu-AI"]),
  op="U04", provider="星途AI学苑",
  ids=[("phone", "+8615088746320", "+86 150-8874-6320"), ("wechat", "xingtu-ai", "Xingtu-AI")],
  note="WeChat article repost")

add("/mp/a/20251020-youxue.html", "mp", "杭城考证帮｜11月人工智能训练师报名开启",
  mp("11月人工智能训练师报名开启", "杭城考证帮", "2025-10-20", [
  "五级、四级均可报名，考点设在浙江信息职业技术学院认定站。",
  "报名咨询：＋86 137 5719 0362 或QQ 2094471836"]),
  op="U06", provider="杭城考证帮",
  ids=[("phone", "+8613757190362", "＋86 137 5719 0362"), ("qq", "2094471836", "2094471836")],
  note="WeChat article repost")

add("/mp/a/20251101-tianshu.html", "mp", "天枢AI学院：人工智能训练师三级课程上新",
  mp("人工智能训练师三级课程上新", "天枢AI学院", "2025-11-01", [
  "三级课程40课时，含业务分析、智能训练、智能系统设计、培训与指导四个模块。",
  "学费转账请认准对公账户户名：杭州天枢信息咨询有限公司",
  "更多信息：www.tianshuai.com.cn"]),
  op="U09", provider="天枢AI学院",
  ids=[("other", "杭州天枢信息咨询有限公司", "杭州天枢信息咨询有限公司"), ("domain", "tianshuai.com.cn", "www.tianshuai.com.cn")],
  note="WeChat article repost")

# ---------------------------------------------------------------- video
def vid(author, caption, desc, cmts):
    return "<div class='player'>[视频] %s</div><div class='vauthor'>@%s</div>" % (esc(caption), esc(author)) + P(*desc) + comments(cmts)

add("/video/v/7301188.html", "video", "三个月从客服到AI训练师，我做对了什么",
  vid("华数AI认证中心", "三个月从客服到AI训练师", ["证书一次拿齐，本期鉴定批次号 13320251115 即将截止。", "官网 hsairz点com 学习交流Q群：735-218-846"],
      [("用户8823", "真的包过吗"), ("华数AI认证中心", "私信")]),
  op="U02", provider="华数AI认证中心",
  ids=[("domain", "hsairz.com", "hsairz点com"), ("qq_group", "735218846", "735-218-846")],
  note="short-video page")

add("/video/v/7302456.html", "video", "人工智能训练师五级实操演示",
  vid("星途AI学苑", "五级实操演示：图像标注", ["想系统学习的同学来电 150.8874.6320"], [("小鱼", "讲得清楚")]),
  op="U04", provider="星途AI学苑",
  ids=[("phone", "+8615088746320", "150.8874.6320")],
  note="short-video page")

add("/video/v/7303019.html", "video", "数据标注员一天的工作",
  vid("深蓝数据标注学院", "数据标注员的一天", ["技师证零基础直接考，官网 zhiyuan-ai dot net ，咨询 13826045719"], [("网友A", "零基础考技师？")]),
  op="U07", provider="深蓝数据标注学院",
  ids=[("domain", "zhiyuan-ai.net", "zhiyuan-ai dot net"), ("phone", "+8613826045719", "13826045719")],
  note="short-video page")

# ---------------------------------------------------------------- school
add("/school/tzgg/2025-ai-trainer.html", "school", "关于开展2025年第四期人工智能训练师职业技能等级认定培训的通知",
  "<h2>关于开展2025年第四期人工智能训练师职业技能等级认定培训的通知</h2><div class='meta'>发布：继续教育学院 2025-10-08</div>" + P(
  "我院为浙江省人社厅备案的职业技能等级认定机构，现开展人工智能训练师五级、四级、三级培训与认定。",
  "培训费：五级1600元、四级2000元、三级2600元；认定费按物价核定标准收取。符合条件者可申领技能提升补贴，政策咨询12333。",
  "证书可在 jndj.osta.org.cn 查询。",
  "报名咨询：0571-86739188（培训科） 邮箱：jxjy@zjxxzy.edu.cn"),
  op="I01", provider="浙江信息职业技术学院继续教育学院",
  ids=[("phone", "0571-86739188", "0571-86739188"), ("email", "jxjy@zjxxzy.edu.cn", "jxjy@zjxxzy.edu.cn")],
  note="vocational college's own training notice; honest")

# ---------------------------------------------------------------- shop
def shop(title, store, price, paras, reviews):
    return "<h2>%s</h2><div class='store'>店铺：%s</div><div class='price'>%s</div>" % (esc(title), esc(store), esc(price)) + P(*paras) + \
        "<h3>购买须知</h3>" + P("课程由入驻店铺提供，售后请联系店铺；平台客服邮箱 kefu@youkejishi.com") + comments(reviews)

add("/shop/item/30018.html", "shop", "Python数据分析入门 30讲",
  shop("Python数据分析入门 30讲", "码上学", "¥199", ["零基础Python课程，不含任何证书。"], [("学员1", "讲得不错")]),
  note="unrelated course on the marketplace; non-offer")

add("/shop/item/30245.html", "shop", "人工智能训练师五级 网课+题库",
  shop("人工智能训练师五级 网课+题库", "睿途考证", "¥1280", [
  "含60课时网课及题库，认定需另行报名。", "对公转账收款人：陈建伟", "售后邮箱：borui_edu＠126.com"],
  [("买家j***8", "题库还行")]),
  op="U03", provider="睿途考证",
  ids=[("other", "陈建伟", "陈建伟"), ("email", "borui_edu@126.com", "borui_edu＠126.com")],
  note="marketplace listing")

add("/shop/item/30377.html", "shop", "人工智能训练师四级 直播班 送补贴申领指导",
  shop("人工智能训练师四级 直播班", "优学汇", "¥2680", ["直播+录播，含实操平台账号。", "报名后请发身份证照片到 2094471836＠qq.com"],
  [("买家lily", "已报名，有问题加我微信 lily_0609 一起学")]),
  op="U06", provider="优学汇",
  ids=[("email", "2094471836@qq.com", "2094471836＠qq.com")],
  note="marketplace listing")

add("/shop/item/30490.html", "shop", "人工智能训练师 五级四级 周末班（南京）",
  shop("人工智能训练师 五级四级 周末班（南京）", "匠心教育", "¥2500起", ["南京线下小班。", "学习群 群号 618 204 937", "资料索取 jiangxin_px at sina.com"],
  [("买家k***", "老师负责")]),
  op="U08", provider="匠心教育",
  ids=[("qq_group", "618204937", "618 204 937"), ("email", "jiangxin_px@sina.com", "jiangxin_px at sina.com")],
  note="marketplace listing")

add("/shop/item/30533.html", "shop", "人工智能训练师三级 精品课",
  shop("人工智能训练师三级 精品课", "枢纽考证", "¥3580", ["三级精品课，适合持四级证书学员。", "对公户名：杭州天枢信息咨询有限公司", "电话 18958032174"],
  [("买家lily", "同学们可以加我 lily_0609 交流")]),
  op="U09", provider="枢纽考证",
  ids=[("other", "杭州天枢信息咨询有限公司", "杭州天枢信息咨询有限公司"), ("phone", "+8618958032174", "18958032174")],
  note="marketplace listing")

# ---------------------------------------------------------------- corp
add("/corp/borui.html", "corp", "杭州博睿教育科技有限公司",
  "<h2>杭州博睿教育科技有限公司</h2><table class='info'>" + "".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in [
   ("统一社会信用代码", USCC_U03), ("主营", "职业技能培训（不含学历教育）"), ("电话", "(0571)8821 3476"), ("邮箱", "borui_edu@126.com")]) +
  "</table>" + P("公司开设人工智能训练师五级、四级培训课程，欢迎来电咨询报名。"),
  op="U03", provider="杭州博睿教育科技有限公司",
  ids=[("uscc", USCC_U03.lower(), USCC_U03), ("phone", "0571-88213476", "(0571)8821 3476"), ("email", "borui_edu@126.com", "borui_edu@126.com")],
  note="company yellow-pages page")

# ---------------------------------------------------------------- indexes
INDEX_INTRO = {
 "news": "本地新闻、教育资讯、合作推广", "assoc": "协会动态与会员风采", "franchise": "全国报名点/合作点查询",
 "bbs": "考证交流与避坑曝光", "fenlei": "教育培训与招聘分类信息", "wenda": "考证相关问答", "mp": "公众号好文转载",
 "video": "知识类短视频", "school": "学院通知公告", "shop": "职业技能课程集市", "corp": "本地企业名录"}
for site, s in SITES.items():
    pages = [p for p in PAGES if p["site"] == site]
    body = "<h2>%s</h2><p>%s</p><ul class='list'>" % (esc(s["name"]), esc(INDEX_INTRO[site])) + "".join(
        '<li><a href="%s">%s</a></li>' % (p["path"], esc(p["title"])) for p in pages) + "</ul>"
    add(s["index"], site, s["name"] + " 首页", body, note="site index/list page; non-offer")

def write():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    for p in PAGES:
        out = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            f.write(frame(p["site"], p["title"], p["body"], p["path"]))
    root = "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>网址导航</title></head><body><h1>网址导航</h1><ul>" + "".join(
        '<li><a href="%s">%s</a></li>' % (s["index"], esc(s["name"])) for s in SITES.values()) + "</ul><p>" + esc("本导航收录站点均为第三方网站") + "</p></body></html>\n"
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(root)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

DECOYS = [
 ("phone", "12333", "人社服务热线, quoted by anyone", ["12333"]),
 ("phone", "12315", "市场监管投诉热线", ["12315"]),
 ("phone", "12345", "市民热线", ["12345"]),
 ("domain", "jndj.osta.org.cn", "official certificate query site quoted by sellers and explainers", ["jndj.osta.org.cn"]),
 ("domain", "zscx.osta.org.cn", "official national query site", ["zscx.osta.org.cn"]),
 ("phone", "0571-85061234", "news portal's own hotline in its footer", ["0571-85061234"]),
 ("email", "tougao@jcnews.com.cn", "news portal's submission e-mail in its footer", ["tougao@jcnews.com.cn"]),
 ("other", "浙icp备15023817号-1", "news portal's ICP licence", ["浙ICP备15023817号-1"]),
 ("phone", "021-62357180", "association secretariat phone in footer", ["021-62357180"]),
 ("uscc", USCC_ASSOC.lower(), "association's own 51-code in footer", [USCC_ASSOC]),
 ("phone", "400-826-5180", "franchise HQ hotline on every branch page", ["400-826-5180"]),
 ("uscc", USCC_FR.lower(), "franchise HQ company code in footer", [USCC_FR]),
 ("qq_group", "312456789", "forum's own QQ group in frame", ["312456789"]),
 ("email", "admin@zhikaobbs.com", "forum's site e-mail", ["admin@zhikaobbs.com"]),
 ("phone", "400-100-5678", "classifieds platform customer service", ["400-100-5678"]),
 ("email", "jubao@zhiwen.cn", "Q&A platform report e-mail", ["jubao@zhiwen.cn"]),
 ("qq", "800012345", "repost aggregator's business QQ", ["800012345"]),
 ("other", "浙网文〔2023〕1234-056号", "video platform licence", ["浙网文〔2023〕1234-056号"]),
 ("phone", "0571-89852000", "video platform report line", ["0571-89852000"]),
 ("email", "kefu@youkejishi.com", "marketplace customer service e-mail", ["kefu@youkejishi.com"]),
 ("phone", "400-660-2233", "marketplace customer service phone", ["400-660-2233"]),
 ("domain", "sujianzhan.cn", "site-builder credit", ["sujianzhan.cn"]),
 ("domain", "jinshuju.net", "form-tool used by unrelated sellers", ["jinshuju.net"]),
 ("email", "yourname@example.com", "template placeholder left in ads", ["yourname@example.com"]),
 ("phone", "+8613800000000", "template placeholder phone", ["138-0000-0000"]),
 ("phone", "+8617788893021", "scammer's phone quoted in warning and complaint", ["17788893021"]),
 ("wechat", "hrss_zhengshu", "scammer's WeChat quoted in warning and complaint", ["hrss_zhengshu"]),
 ("phone", "0571-86739100", "assessment venue (考点) phone quoted by unrelated sellers", ["0571-86739100"]),
 ("phone", "0571-85167320", "public 鉴定指导中心 number quoted by sellers and news", ["0571-85167320"]),
 ("other", "13320251115", "assessment batch number that looks like a mobile", ["13320251115"]),
 ("other", "S000033012345253000018", "sample certificate number copied by different sellers", ["S000033012345253000018"]),
 ("qq", "1204558763", "a reader's own QQ in comments", ["1204558763"]),
 ("wechat", "lily_0609", "a buyer's own WeChat in reviews", ["lily_0609"]),
]

def found(w, text):
    return re.search(r"(?<![0-9A-Za-z])" + re.escape(w) + r"(?![0-9A-Za-z])", text) is not None

def main():
    write()
    texts = {}
    for dp, _, fs in os.walk(SITE):
        for fn in fs:
            if fn.endswith(".html"):
                full = os.path.join(dp, fn)
                texts["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = html.unescape(open(full, encoding="utf-8").read())
    pages = []
    for p in PAGES:
        pages.append(dict(path=p["path"], is_offer=p["op"] is not None, operator=p["op"], provider=p["provider"],
                          identifiers=p["ids"], note=p["note"]))
    pages.append(dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="root portal linking every site index; non-offer"))
    pages.sort(key=lambda x: x["path"])
    decoys = []
    for kind, val, note, written in DECOYS:
        paths = sorted(pth for pth, t in texts.items() if any(found(w, t) for w in written))
        decoys.append(dict(kind=kind, value=val, note=note, written=written, paths=paths))
    ops = {}
    for p in PAGES:
        if p["op"] and p["op"].startswith("U"):
            ops.setdefault(p["op"], []).append(p)
    operators = []
    for u in sorted(ops):
        brands = []
        for p in ops[u]:
            if p["provider"] not in brands:
                brands.append(p["provider"])
        vals = {}
        for p in ops[u]:
            for k, v, w in p["ids"]:
                vals.setdefault((k, v), set()).add(p["path"])
        ties = "; ".join("%s %s on %d pages" % (k, v, len(s)) for (k, v), s in sorted(vals.items()) if len(s) > 1)
        operators.append([u, dict(brands=brands, ties=ties)])
    truth = dict(description="12bt: sellers publishing through others (news advertorials, association member posts, franchise branch pages, replies under others' posts) tied only by variously written contacts",
                 pages=pages, operators=operators, decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
