#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------- USCC (GB 32100) ----------------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def org_check(body8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(val(ch) * w for ch, w in zip(body8, ws)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))
def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(s17, W)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

U01_USCC = uscc("52440604", "MJL10527")
U03_USCC = uscc("91110108", "MA01KP7R")
U05_USCC = uscc("52640100", "MJ093821")
U08_USCC = uscc("91640100", "MA76R3E2")
KESHI_USCC = uscc("91440101", "MA5C4T82")

# ---------------- sites ----------------
SITES = {
 "fsbbs": dict(name="佛山同城论坛", style="forum", tag="禅城·南海·顺德 生活交流",
   menu=["首页", "职场招聘", "教育培训", "二手闲置", "本地生活"],
   foot="佛山同城论坛 www.fstongcheng.net · 客服电话 0757-83990011 · 粤ICP备12045678号-2 · 版主申请请发站内信"),
 "ycinfo": dict(name="银川便民信息网", style="classified", tag="免费发布 · 兴庆 金凤 西夏",
   menu=["首页", "招聘求职", "教育培训", "房屋租售", "家政服务"],
   foot="银川便民信息网 ycfenlei.cn · 客服邮箱 service@ycfenlei.cn · 客服QQ 800051234 · 宁ICP备16002345号 · 信息由用户自行发布，请谨慎交易"),
 "douvid": dict(name="抖映短视频 网页版", style="video", tag="记录美好 · 发现有趣",
   menu=["推荐", "关注", "同城", "知识", "直播"],
   foot="抖映 douying-web.com · 违法和不良信息举报电话 400-140-2108 · 网络文化经营许可证 · 用户协议"),
 "hzpx": dict(name="佛山市禅城区华智职业培训学校", style="corp", tag="人社部门批准的民办职业培训机构",
   menu=["学校首页", "培训项目", "在线报名", "政策补贴", "联系我们"],
   foot="佛山市禅城区华智职业培训学校 版权所有 · 地址：禅城区季华五路某大厦6楼 · 电话 0757-82061155 · www.hzpx-fs.cn · 统一社会信用代码 " + U01_USCC),
 "gpai": dict(name="国培人工智能认证中心", style="corp2", tag="权威 · 专业 · 国家认可",
   menu=["首页", "证书介绍", "在线报名", "证书查询", "关于我们"],
   foot="国培人工智能认证中心 运营单位：北京国培智联科技有限公司 · 统一社会信用代码 " + U03_USCC + " · 邮箱 gprz_kefu@gprzcx.com · 京ICP备2023031245号"),
 "keshi": dict(name="课市网 课程超市", style="market", tag="找好课 上课市",
   menu=["首页", "职业技能", "IT互联网", "学历提升", "机构入驻"],
   foot="课市网 keshi365.com · 客服热线 400-820-6611 · 运营主体统一社会信用代码 " + KESHI_USCC + " · 平台仅提供信息展示，课程由入驻机构提供"),
 "wenda": dict(name="知问问答", style="qa", tag="有问题，就有答案",
   menu=["首页", "教育", "职场", "生活", "提问"],
   foot="知问问答 · 意见反馈 feedback@zhiwenwen.com · 回答仅代表答主个人观点"),
 "shop": dict(name="优品商城", style="shop", tag="正品保障 · 7天无理由",
   menu=["首页", "图书教育", "网课", "数码", "我的订单"],
   foot="优品商城 · 支付方式：支付宝（客服95188） 微信支付 · 商家交流QQ群：612345078 · 消费者投诉请走平台售后"),
 "wx": dict(name="微信好文转载站", style="wechat", tag="精选公众号文章 每日更新",
   menu=["首页", "教育", "职场", "科技", "本地"],
   foot="本站文章转载自公众号，版权归原作者所有 · 投稿/删稿 tougao@wxzhuanzai.com"),
 "rsj": dict(name="银川市人社服务信息网", style="gov", tag="就业 · 社保 · 技能人才评价",
   menu=["首页", "通知公告", "政策文件", "办事指南", "互动交流"],
   foot="主办：银川市人社服务信息网（示例） · 咨询电话 12333 · 网站标识码 6401000012 · 宁ICP备05001234号"),
 "news": dict(name="珠江晚讯网", style="news", tag="佛山本地新闻门户",
   menu=["首页", "本地", "民生", "教育", "财经"],
   foot="珠江晚讯网 · 新闻报料热线 0757-83138000 · 未经授权禁止转载"),
}
ORDER = ["fsbbs", "ycinfo", "douvid", "hzpx", "gpai", "keshi", "wenda", "shop", "wx", "rsj", "news"]

PAGES = []  # dicts: path, title, site, body(html), offer, op, provider, ids, note
def page(path, title, body, op=None, provider=None, ids=(), note="", offer=None):
    PAGES.append(dict(path=path, title=title, site=path.split("/")[1], body=body,
                      offer=(op is not None) if offer is None else offer,
                      op=op, provider=provider, ids=[list(x) for x in ids], note=note))

def P(*paras):
    return "\n".join("<p>%s</p>" % p for p in paras)

def comments(items):
    return "<div class=\"comments\"><h4>评论 (%d)</h4><ul>%s</ul></div>" % (
        len(items), "".join("<li><b>%s</b>：%s</li>" % (u, t) for u, t in items))

# ============ OFFER PAGES ============
# ---- U01 华智 (honest, 佛山) ----
page("/hzpx/course.html", "人工智能训练师（数据标注员）五级/四级培训招生简章",
 "<h1>人工智能训练师（数据标注员）五级、四级 职业技能等级培训招生简章</h1>" + P(
 "职业编码：4-04-05-05。依据《人工智能训练师国家职业技能标准（2021年版）》，本校开设五级（初级工）60课时、四级（中级工）50课时培训班，理论与实操结合，每期30人。",
 "申报条件：五级需累计从事本职业或相关职业工作满1年（含），或本职业学徒期满；四级需取得五级证书后累计工作满4年等，具体以认定机构审核为准。我校不承诺包过，考核分理论、技能两部分，各60分及格。",
 "证书性质：职业技能等级证书，由经人社部门备案的评价机构颁发，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。",
 "补贴：符合条件的参保职工可申领失业保险技能提升补贴（五级最高1000元、四级最高1500元），政策咨询请拨12333。",
 "考点：佛山市技师学院（考务前台 0757-82213300，仅负责考场事务，报名请联系本校）。",
 "报名咨询：0757-82061155（工作日）/ 139 2501 1234 陈老师　邮箱 hzpx_fs@163.com"),
 "U01", "佛山市禅城区华智职业培训学校",
 [("phone", "+8613925011234", "139 2501 1234"), ("phone", "075782061155", "0757-82061155"),
  ("email", "hzpx_fs@163.com", "hzpx_fs@163.com"), ("domain", "hzpx-fs.cn", "www.hzpx-fs.cn"),
  ("uscc", U01_USCC, U01_USCC)],
 "training school's own course/enrolment brochure, honest")
page("/hzpx/enroll.html", "在线报名 - 人工智能训练师培训",
 "<h1>在线报名</h1>" + P(
 "报名项目：人工智能训练师 五级 / 四级（周末班、晚班可选），学费以报名时公示为准，可开具发票。",
 "<form>姓名 <input> 手机号 <input placeholder=\"请输入手机号，如13800138000\"> 身份证号 <input> <button>提交</button></form>",
 "提交后老师会在1个工作日内回电。也可直接加微信 hzpx_ai 或拨打 13925011234（微信同号）。"),
 "U01", "华智职培",
 [("phone", "+8613925011234", "13925011234"), ("wechat", "hzpx_ai", "hzpx_ai"),
  ("phone", "075782061155", "0757-82061155"), ("domain", "hzpx-fs.cn", "www.hzpx-fs.cn"),
  ("uscc", U01_USCC, U01_USCC)],
 "enrolment form page on the school site")
page("/fsbbs/thread-1001.html", "【禅城】人工智能训练师周末班开课了，零基础也能学数据标注",
 "<div class=\"post\"><div class=\"author\">楼主：华智职培-陈老师</div>" + P(
 "各位坛友好，我们华智AI学院在季华路这边，人工智能训练师五级（数据标注方向）12月周末班还有名额。",
 "说明一下：五级要有一年相关工作经历或者学徒经历，我们会帮大家看材料，不符合的不建议报。考过了证书能在官网查。",
 "有兴趣的私信或者电话 139-2501-1234，微信 HZPX_AI（大写小写都行）。") + "</div>" +
 comments([("阿芳", "佛山本地的吗？我也想报，我微信 afang0757 求带"), ("路人甲", "补贴能拿多少？"),
           ("华智职培-陈老师", "参保满一年的五级最多1000，具体看社保那边审核")]),
 "U01", "华智AI学院",
 [("phone", "+8613925011234", "139-2501-1234"), ("wechat", "hzpx_ai", "HZPX_AI")],
 "forum post by the school's teacher")
page("/keshi/course-3101.html", "人工智能训练师四级（中级工）线下班 - 禅城华智教育",
 "<h1>人工智能训练师四级（中级工）线下班</h1><div class=\"price\">¥2680 / 人（补贴前）</div>" + P(
 "机构：禅城华智教育　上课地点：佛山禅城　课时：50课时",
 "课程内容：数据采集和处理、数据标注、智能系统运维、职业基本要求；结课后参加评价机构组织的理论+技能考核。",
 "机构电话：(0757)82061155　官网 hzpx-fs.cn"),
 "U01", "禅城华智教育",
 [("phone", "075782061155", "(0757)82061155"), ("domain", "hzpx-fs.cn", "hzpx-fs.cn")],
 "marketplace course listing")

# ---- U02 星火 (dishonest, 银川) ----
page("/ycinfo/post-2201.html", "人工智能训练师证 三级 包过 不限学历 银川可报",
 "<h1>人工智能训练师证 三级 包过 不限学历 银川可报</h1><dl><dt>类别</dt><dd>教育培训/职业技能</dd><dt>区域</dt><dd>金凤区</dd><dt>联系人</dt><dd>星火AI训练营 张老师</dd></dl>" + P(
 "国家认可，全国通用！人工智能训练师三级（高级工）零基础直接报，不限学历不限专业，不用考试也能拿证，交费包过！",
 "五级四级三级一起报更优惠，三证一起拿，报名即送题库。",
 "电话：189 9510 2233　V：xinghuo_ai666　名额有限，先到先得"),
 "U02", "星火AI训练营",
 [("phone", "+8618995102233", "189 9510 2233"), ("wechat", "xinghuo_ai666", "xinghuo_ai666")],
 "classified ad, guaranteed-pass / three levels at once")
page("/douvid/v-8801.html", "90%小白都能拿的证！人工智能训练师",
 "<div class=\"video\"><div class=\"cover\">[视频] 人工智能训练师证书到底值不值？</div><div class=\"desc\">@星火老师带你拿证：90%小白都能学会，原价9999限时999，拿到证书便可升职加薪！私我或加 Xinghuo_AI666 #人工智能训练师 #考证</div></div>" +
 comments([("小马", "真的包过吗"), ("星火老师带你拿证", "包的，不过全退"), ("银川打工人", "135 0951 2277 回我一下 想了解"), ("冷静", "不用考试的证你敢要？")]),
 "U02", "星火老师带你拿证",
 [("wechat", "xinghuo_ai666", "Xinghuo_AI666")],
 "short-video page, scam phrasings")
page("/wx/a-501.html", "重磅！人社部新职业人工智能训练师开放报名，错过再等一年",
 "<h1>重磅！人社部新职业人工智能训练师开放报名，错过再等一年</h1><div class=\"meta\">原创 宁夏星火职业技能 公众号</div>" + P(
 "人工智能训练师是人社部认证的新职业！本期开放五级至三级报名，不限年龄、不限专业、无门槛，一次报名三个等级一起拿。",
 "证书全国联网可查，国家职业资格证书，含金量高。",
 "报名表：https://jinshuju.net/f/Xk92Lm 填写后支付报名费，支付遇到问题可咨询微信支付客服95017。",
 "咨询热线 400-961-1520　QQ：3187745120"),
 "U02", "宁夏星火职业技能",
 [("phone", "4009611520", "400-961-1520"), ("qq", "3187745120", "3187745120")],
 "WeChat-article repost, misleading authority claims")
page("/shop/item-7001.html", "【星火教育】人工智能训练师三级考证全程班 报名+培训+考试一站式",
 "<h1>【星火教育】人工智能训练师三级考证全程班</h1><div class=\"price\">¥3980 <s>¥9999</s></div>" + P(
 "店铺：星火教育旗舰店　已售 312",
 "一站式服务：报名+培训+考试，包过，不过退款。适用：零基础、在职、宝妈。",
 "拍下后联系客服：18995102233 或 4009611520（工作时间 9:00-21:00）"),
 "U02", "星火教育旗舰店",
 [("phone", "+8618995102233", "18995102233"), ("phone", "4009611520", "4009611520")],
 "shop item, guaranteed pass")

# ---- U03 国培 (state-sounding company, fake query site) ----
page("/gpai/zhengshu.html", "人工智能训练师证书介绍 - 国培人工智能认证中心",
 "<h1>人工智能训练师证书（国家职业资格证书）</h1>" + P(
 "本证书由人社部颁发，入库可查，全国通用，是国家认可的职业资格证书，可作为评职称、落户、入职依据。",
 "证书样本编号：S000064000001255000123（仅供展示）。证书查询请登录官方查询网站 www.gprzcx.com 。",
 "一级、二级高级技师可直接报考，无需工作年限，不限学历。",
 "报名热线：177 1020 3344　邮箱 gprz_kefu@gprzcx.com"),
 "U03", "国培人工智能认证中心",
 [("domain", "gprzcx.com", "www.gprzcx.com"), ("phone", "+8617710203344", "177 1020 3344"),
  ("email", "gprz_kefu@gprzcx.com", "gprz_kefu@gprzcx.com"), ("uscc", U03_USCC, U03_USCC)],
 "state-sounding company site, claims 人社部颁发, own fake query site")
page("/gpai/baoming.html", "在线报名 - 国培认证中心",
 "<h1>在线报名</h1>" + P(
 "报考费用：五级1280元、四级1680元、三级2380元、二级4800元、一级6800元，多证同报立减。",
 "对公收款户名：北京国培智联科技有限公司；个人转账请备注姓名+等级。",
 "<form>姓名 <input> 邮箱 <input placeholder=\"example@qq.com\"> <button>提交</button></form>",
 "审核电话 17710203344"),
 "U03", "国培认证中心",
 [("phone", "+8617710203344", "17710203344"), ("other", "北京国培智联科技有限公司", "北京国培智联科技有限公司"),
  ("email", "gprz_kefu@gprzcx.com", "gprz_kefu@gprzcx.com"), ("uscc", U03_USCC, U03_USCC)],
 "enrolment/fee page, price per certificate")
page("/keshi/course-3102.html", "人工智能训练师证书 一至五级 全国统一报名 - 国培智联",
 "<h1>人工智能训练师证书 一至五级 全国统一报名</h1><div class=\"price\">¥1280 起</div>" + P(
 "机构：国培智联　形式：线上网课+线上考试",
 "人社部颁发，官网可查（gprzcx.com），考试不过免费重考。",
 "咨询：177-1020-3344"),
 "U03", "国培智联",
 [("domain", "gprzcx.com", "gprzcx.com"), ("phone", "+8617710203344", "177-1020-3344")],
 "marketplace listing")
page("/douvid/v-8802.html", "国家证书 人工智能训练师 一个月拿证",
 "<div class=\"video\"><div class=\"cover\">[视频] 一个月拿国家证</div><div class=\"desc\">@国培证书王老师：人工智能训练师国家职业资格证书，人社部颁发，一个月拿证！想报的评论区扣1，或直接打 177 1O2O 3344</div></div>" +
 comments([("用户9527", "1"), ("国培证书王老师", "已私")]),
 "U03", "国培证书王老师",
 [("phone", "+8617710203344", "177 1O2O 3344")],
 "short-video page, obfuscated phone (letter O for zero)")

# ---- U04 李老师 (individual agent, 佛山) ----
page("/fsbbs/thread-1002.html", "代报人工智能训练师二级技师 零基础可报 不用上课",
 "<div class=\"post\"><div class=\"author\">楼主：证书咨询李老师</div>" + P(
 "人工智能训练师二级（技师）、一级（高级技师）名额，零基础可报，不限学历不限经验，不用上课，资料我这边整理。",
 "考点在佛山市技师学院，前台 0757-82213300 可以问考场位置（报名还是找我）。",
 "电话 158 7579 0321　vx: lilaoshi_0757") + "</div>" +
 comments([("阿芳", "加你了 afang0757"), ("老司机", "技师零基础？楼主你认真的？"), ("证书咨询李老师", "有渠道的")]),
 "U04", "证书咨询李老师",
 [("phone", "+8615875790321", "158 7579 0321"), ("wechat", "lilaoshi_0757", "lilaoshi_0757")],
 "forum post by agent, level 2 to beginners")
page("/douvid/v-8803.html", "技师证零基础也能拿？",
 "<div class=\"video\"><div class=\"cover\">[视频] 佛山宝妈也拿到技师证了</div><div class=\"desc\">@李老师说证书：人工智能训练师技师证，宝妈学生都能报，内部渠道，速成。薇：lilaoshi_0757　Q 1403387265</div></div>" +
 comments([("阿芳", "老师我微信afang0757，通过一下"), ("理性", "技师要三级证加年限的")]),
 "U04", "李老师说证书",
 [("wechat", "lilaoshi_0757", "lilaoshi_0757"), ("qq", "1403387265", "1403387265")],
 "short-video page")
page("/wenda/q-601.html", "人工智能训练师二级怎么报？没有经验可以吗？",
 "<h1>人工智能训练师二级怎么报？没有经验可以吗？</h1><div class=\"answer\"><div class=\"who\">答主：佛山证书李老师</div>" + P(
 "可以的，我们这边有内部名额，不需要工作年限，材料统一处理，考试有辅导，基本都能过。",
 "详细可以加扣扣1403387265，或者电话15875790321。") + "</div>",
 "U04", "佛山证书李老师",
 [("qq", "1403387265", "1403387265"), ("phone", "+8615875790321", "15875790321")],
 "Q&A answer soliciting customers")

# ---- U05 塞上 (honest, 银川) ----
page("/ycinfo/post-2202.html", "银川 人工智能训练师五级/四级 培训 可申领技能提升补贴",
 "<h1>银川 人工智能训练师五级/四级 培训 可申领技能提升补贴</h1><dl><dt>类别</dt><dd>教育培训</dd><dt>区域</dt><dd>兴庆区</dd><dt>联系人</dt><dd>银川塞上职业技能培训学校</dd></dl>" + P(
 "按国家职业技能标准开班：五级60课时、四级50课时，晚班/周末班。须符合申报条件（五级需相关工作满1年或学徒期满），报名时审核。",
 "本期参加认定批次 13520251108，考点为银川市高级技工学校（考点咨询 0951-5069988）。",
 "参保满1年可申请技能提升补贴，政策以人社部门为准，可拨打12333核实。证书可在 zscx.osta.org.cn 查询。",
 "报名登记：https://www.wjx.cn/vm/tRq8a2.aspx　电话 0951-6012345　手机 151 0951 0876"),
 "U05", "银川塞上职业技能培训学校",
 [("phone", "09516012345", "0951-6012345"), ("phone", "+8615109510876", "151 0951 0876")],
 "classified ad, honest")
page("/wx/a-502.html", "塞上职培｜人工智能训练师冬季班招生",
 "<h1>塞上职培｜人工智能训练师冬季班招生</h1><div class=\"meta\">塞上职培 公众号</div>" + P(
 "人工智能训练师（职业编码4-04-05-05）是2020年人社部等部门发布的新职业，包括数据标注员、人工智能算法测试员两个工种。",
 "本校为民办职业培训学校（统一社会信用代码 " + U05_USCC + "），开设五级、四级培训，考核由备案评价机构组织，不存在“包过”。",
 "联系电话 (0951)6012345　邮箱 saishangpx@163.com"),
 "U05", "塞上职培",
 [("phone", "09516012345", "(0951)6012345"), ("email", "saishangpx@163.com", "saishangpx@163.com"),
  ("uscc", U05_USCC, U05_USCC)],
 "WeChat-article repost, honest")
page("/keshi/course-3103.html", "人工智能训练师五级（初级工）周末班 银川",
 "<h1>人工智能训练师五级（初级工）周末班</h1><div class=\"price\">¥1680 / 人</div>" + P(
 "机构：塞上职业技能　地点：银川兴庆区　课时：60",
 "结业后参加理论和技能考核，合格者取得职业技能等级证书，可通过 jndj.osta.org.cn 或扫证书二维码查询。",
 "机构邮箱：SaiShangPX@163.com"),
 "U05", "塞上职业技能",
 [("email", "saishangpx@163.com", "SaiShangPX@163.com")],
 "marketplace listing")
page("/wenda/q-602.html", "银川哪里可以考人工智能训练师？",
 "<h1>银川哪里可以考人工智能训练师？</h1><div class=\"answer\"><div class=\"who\">答主：塞上职校招生办</div>" + P(
 "我们学校有五级、四级培训班，考试由备案评价机构组织，先看自己是否满足申报条件。",
 "欢迎咨询15109510876（同微信）。") + "</div>",
 "U05", "塞上职校招生办",
 [("phone", "+8615109510876", "15109510876")],
 "Q&A answer by school admissions")

# ---- U06 职达 (online course shop) ----
page("/shop/item-7002.html", "AI训练师速成网课 人工智能训练师考证课程 原价9999限时99",
 "<h1>AI训练师速成网课 原价9999限时99</h1><div class=\"price\">¥99 <s>¥9999</s></div>" + P(
 "店铺：职达教育旗舰店　已售 2.1万",
 "90%小白都能学会，7天速成，附赠考证指导，拿证后升职加薪。",
 "最近成交 订单编号：15973326098",
 "下单后加学员群：735566201，或加助教微信 zhida_edu88 领资料"),
 "U06", "职达教育旗舰店",
 [("qq_group", "735566201", "735566201"), ("wechat", "zhida_edu88", "zhida_edu88")],
 "shop item, 速成 / 原价9999限时99")
page("/douvid/v-8804.html", "小白7天学会AI训练师",
 "<div class=\"video\"><div class=\"cover\">[视频] 7天从小白到AI训练师</div><div class=\"desc\">@职达AI课堂：原价9999限时99！领课加助教 Zhida_Edu88 #AI #副业</div></div>" +
 comments([("打工人", "99包拿证吗"), ("职达AI课堂", "课程+考证指导，证书另报")]),
 "U06", "职达AI课堂",
 [("wechat", "zhida_edu88", "Zhida_Edu88")],
 "short-video page")
page("/fsbbs/thread-1003.html", "佛山有没有一起学AI训练师的？网课99，拉群一起学",
 "<div class=\"post\"><div class=\"author\">楼主：职达教育小助手</div>" + P(
 "职达教育的AI训练师网课，99元学全套，学完可以报证。",
 "学员Q群735566201，有问题打 133 3607 1845。") + "</div>" +
 comments([("阿芳", "我加群了，afang0757"), ("大头", "广告吧")]),
 "U06", "职达教育",
 [("qq_group", "735566201", "735566201"), ("phone", "+8613336071845", "133 3607 1845")],
 "forum post")

# ---- U07 广佛职培网 ----
page("/fsbbs/thread-1004.html", "广佛职培网：人工智能训练师三级 官方指定报名点 协议就业",
 "<div class=\"post\"><div class=\"author\">楼主：广佛职培网</div>" + P(
 "官方指定报名点，人工智能训练师三级（高级工）+就业推荐，签协议就业，月薪8000+。",
 "三级补贴最高3120元（佛山上浮30%），学费补贴后几乎免费！",
 "详情 www.gfzpw.com　热线 400-075-7258") + "</div>",
 "U07", "广佛职培网",
 [("domain", "gfzpw.com", "www.gfzpw.com"), ("phone", "4000757258", "400-075-7258")],
 "forum post, 官方指定 / 协议就业")
page("/wx/a-503.html", "佛山人注意！人工智能训练师补贴最高3120元，附报名方式",
 "<h1>佛山人注意！人工智能训练师补贴最高3120元，附报名方式</h1><div class=\"meta\">广佛职培 公众号</div>" + P(
 "广东基础补贴：五级1000元、四级1500元、三级2400元，广州、深圳、佛山可上浮30%。",
 "报名方式：填写 https://jinshuju.net/f/GF2025 或加老师微信 gfzpw01，热线 4000-757-258。"),
 "U07", "广佛职培",
 [("wechat", "gfzpw01", "gfzpw01"), ("phone", "4000757258", "4000-757-258")],
 "WeChat-article repost")
page("/shop/item-7003.html", "广佛职培 人工智能训练师三级报名定金",
 "<h1>人工智能训练师三级 报名定金</h1><div class=\"price\">¥500</div>" + P(
 "店铺：广佛职培官方店　定金可抵学费",
 "拍下后加微信 GFZPW01 确认考期，官网 gfzpw.com"),
 "U07", "广佛职培官方店",
 [("wechat", "gfzpw01", "GFZPW01"), ("domain", "gfzpw.com", "gfzpw.com")],
 "shop deposit item")

# ---- U08 凤城数智 (honest, 银川) ----
page("/ycinfo/post-2203.html", "人工智能训练师（数据标注员）培训 凤城数智 金凤区",
 "<h1>人工智能训练师（数据标注员）培训</h1><dl><dt>类别</dt><dd>教育培训</dd><dt>区域</dt><dd>金凤区</dd><dt>联系人</dt><dd>凤城数智教育 刘老师</dd></dl>" + P(
 "五级、四级数据标注实操培训，结业参加评价机构认定，批次 13520251108。考点：银川市高级技工学校（考点咨询 0951-5069988）。",
 "不包过，不卖证。报名登记 https://www.wjx.cn/vm/Fc7d1Q.aspx",
 "电话 138 9508 8731　微信 fcsz_edu　如遇虚假宣传可向12315投诉"),
 "U08", "凤城数智教育",
 [("phone", "+8613895088731", "138 9508 8731"), ("wechat", "fcsz_edu", "fcsz_edu")],
 "classified ad, honest")
page("/douvid/v-8805.html", "数据标注员一天在做什么",
 "<div class=\"video\"><div class=\"cover\">[视频] 数据标注员的一天</div><div class=\"desc\">@凤城数智：带大家看看人工智能训练师（数据标注员）真实工作，银川线下班在招，咨询 FCSZ_edu</div></div>" +
 comments([("银川打工人", "135 0951 2277 回我一下"), ("凤城数智", "已私信")]),
 "U08", "凤城数智",
 [("wechat", "fcsz_edu", "FCSZ_edu")],
 "short-video page")
page("/keshi/course-3104.html", "人工智能训练师四级 数据标注实操班 - 宁夏凤城数智教育科技有限公司",
 "<h1>人工智能训练师四级 数据标注实操班</h1><div class=\"price\">¥2280 / 人</div>" + P(
 "机构：宁夏凤城数智教育科技有限公司（统一社会信用代码 " + U08_USCC + "）",
 "课时50，小班教学。联系：13895088731"),
 "U08", "宁夏凤城数智教育科技有限公司",
 [("uscc", U08_USCC, U08_USCC), ("phone", "+8613895088731", "13895088731")],
 "marketplace listing")

# ---- U09 中科智培 (online, dishonest) ----
page("/wx/a-504.html", "工信部认证！人工智能训练师证书直接对应职称，还能挂靠年入3万",
 "<h1>工信部认证！人工智能训练师证书直接对应职称</h1><div class=\"meta\">中科智培 公众号</div>" + P(
 "人工智能三级考试由国家工信部职业技能鉴定中心主办，职业技能等级证书直接对应职称证书，三级=助理工程师。",
 "持证可挂靠企业，年入3万不是梦。",
 "报名：https://jinshuju.net/f/ZK88ai　支付问题联系微信支付95017",
 "客服邮箱 zkzp_service@126.com　QQ 2451190836"),
 "U09", "中科智培",
 [("email", "zkzp_service@126.com", "zkzp_service@126.com"), ("qq", "2451190836", "2451190836")],
 "WeChat-article repost, 工信部 / 职称 / 挂靠 claims")
page("/wenda/q-603.html", "人工智能训练师证书能评职称吗？",
 "<h1>人工智能训练师证书能评职称吗？</h1><div class=\"answer\"><div class=\"who\">答主：中科智培教育</div>" + P(
 "能，直接对应，我们已经帮上千学员拿证。报名费转至成都智培文化传播有限公司对公账户即可。",
 "咨询QQ：2451190836") + "</div>",
 "U09", "中科智培教育",
 [("qq", "2451190836", "2451190836"), ("other", "成都智培文化传播有限公司", "成都智培文化传播有限公司")],
 "Q&A answer")
page("/keshi/course-3105.html", "人工智能训练师三级 线上班 - 中科智培（在线）",
 "<h1>人工智能训练师三级 线上班</h1><div class=\"price\">¥3680</div>" + P(
 "机构：中科智培（在线）　收款方：成都智培文化传播有限公司",
 "官网 zkzp-edu.cn　邮箱 ZKZP_SERVICE@126.COM"),
 "U09", "中科智培（在线）",
 [("other", "成都智培文化传播有限公司", "成都智培文化传播有限公司"), ("domain", "zkzp-edu.cn", "zkzp-edu.cn"),
  ("email", "zkzp_service@126.com", "ZKZP_SERVICE@126.COM")],
 "marketplace listing")

# ---- independents ----
page("/fsbbs/thread-1005.html", "技工学校继续教育部：人工智能训练师五级社会培训报名",
 "<div class=\"post\"><div class=\"author\">楼主：佛山某技工学校继续教育部</div>" + P(
 "面向社会人员开设人工智能训练师五级培训，须满足申报条件。证书可在 zscx.osta.org.cn 查询，补贴政策可咨询12333。",
 "考点为佛山市技师学院（前台 0757-82213300）。报名电话 0757-86223410。") + "</div>",
 "I01", "佛山某技工学校继续教育部",
 [("phone", "075786223410", "0757-86223410")], "forum post, honest independent")
page("/ycinfo/post-2204.html", "个人代报人工智能训练师 四级",
 "<h1>个人代报人工智能训练师 四级</h1><dl><dt>类别</dt><dd>教育培训</dd><dt>联系人</dt><dd>马女士</dd></dl>" + P(
 "帮忙代报四级，材料简单，费用面议。电话 199 0951 7742"),
 "I02", "个人代报 马女士",
 [("phone", "+8619909517742", "199 0951 7742")], "classified ad by individual")
page("/shop/item-7004.html", "人工智能训练师四级题库+报名指导",
 "<h1>人工智能训练师四级 题库 + 报名指导</h1><div class=\"price\">¥39.9</div>" + P(
 "店铺：学霸资料小铺　题库+代填报名表，内部资料，押题准。",
 "最近成交 订单编号：15973326098",
 "拍下后加微信 xuebaziliao_77"),
 "I03", "学霸资料小铺",
 [("wechat", "xuebaziliao_77", "xuebaziliao_77")], "shop item, exam question bank + enrolment")
page("/douvid/v-8806.html", "AI训练师证 一周出证",
 "<div class=\"video\"><div class=\"cover\">[视频] 一周出证</div><div class=\"desc\">@AI小鹿老师：人工智能训练师证一周出证，不用考试，扣2967710458</div></div>" +
 comments([("路过", "一周出证？"), ("AI小鹿老师", "看主页")]),
 "I04", "AI小鹿老师",
 [("qq", "2967710458", "2967710458")], "short-video page, 直接发证")
page("/keshi/course-3106.html", "数据标注员实战+人工智能训练师五级考证辅导 - 深蓝数据标注学院",
 "<h1>数据标注员实战 + 人工智能训练师五级考证辅导</h1><div class=\"price\">¥1199</div>" + P(
 "机构：深蓝数据标注学院　线上直播，官网 shenlan-bz.cn，邮箱 shenlan_ai@qq.com"),
 "I05", "深蓝数据标注学院",
 [("domain", "shenlan-bz.cn", "shenlan-bz.cn"), ("email", "shenlan_ai@qq.com", "shenlan_ai@qq.com")],
 "marketplace listing, independent")
page("/wenda/q-604.html", "宁夏考人工智能训练师要多少钱？",
 "<h1>宁夏考人工智能训练师要多少钱？</h1><div class=\"answer\"><div class=\"who\">答主：宁夏智航培训</div>" + P(
 "五级我们培训费1500左右，考点在银川市高级技工学校（考点咨询 0951-5069988）。报名找我们：177 9516 1230") + "</div>",
 "I06", "宁夏智航培训",
 [("phone", "+8617795161230", "177 9516 1230")], "Q&A answer, independent")

# ============ NON-OFFER PAGES ============
page("/fsbbs/thread-1006.html", "【曝光】花了4800报人工智能训练师技师，交钱后被拉黑",
 "<div class=\"post\"><div class=\"author\">楼主：被坑的小王</div>" + P(
 "上个月在网上看到“人工智能训练师技师 零基础包过”，对方电话 173 5519 0427，微信 ks_zhengshu，交了4800后直接拉黑。",
 "已经打12315投诉了，大家注意，不要再上当。") + "</div>" +
 comments([("热心坛友", "技师哪有零基础的，去 zscx.osta.org.cn 查机构"), ("阿芳", "吓死，我差点也报了")]),
 note="complaint thread quoting a scammer's phone and WeChat")
page("/rsj/notice-01.html", "关于开展2025年第四批职业技能等级认定（人工智能训练师）的通知",
 "<h1>关于开展2025年第四批职业技能等级认定的通知</h1>" + P(
 "各有关单位：现将人工智能训练师（4-04-05-05）五级、四级认定工作安排通知如下。认定批次 13520251108。",
 "证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn 或 jndj.osta.org.cn 。",
 "符合条件的参保人员可申领技能提升补贴，咨询电话12333。"),
 note="official-style notice, batch number, hotlines")
page("/rsj/notice-02.html", "提醒：谨防“山寨证书”和“包过”虚假宣传",
 "<h1>提醒：谨防“山寨证书”和“包过”虚假宣传</h1>" + P(
 "职业技能等级证书由备案的评价机构颁发，人社部门不直接颁发。凡宣称“人社部颁发”“包过”“不考试直接发证”的，均涉嫌虚假宣传。",
 "可在技能人才评价工作网 osta.mohrss.gov.cn 查询备案机构；发现违规可拨打12333或12315举报。"),
 note="official-style warning")
page("/news/n-01.html", "佛山多名市民报考“AI训练师”被骗，警方提醒",
 "<h1>佛山多名市民报考“AI训练师”被骗，警方提醒</h1>" + P(
 "近日，多名市民反映通过短视频广告报考“人工智能训练师技师证”，付款后对方失联。涉事手机号17355190427、微信号ks_zhengshu均已停用。",
 "市场监管部门提醒，遇到培训消费纠纷可拨打12315。"),
 note="news report quoting scammer contacts")
page("/news/n-02.html", "人工智能训练师证书怎么看真假？一文读懂证书编号",
 "<h1>人工智能训练师证书怎么看真假？</h1>" + P(
 "职业技能等级证书编号为22位：1位字母加21位数字，例如 S000064000001255000123 ，第16位为等级。",
 "证书可在 zscx.osta.org.cn 查询，官方不存在其他“查询网站”。"),
 note="explainer with a sample certificate number")
page("/wenda/q-605.html", "网上买的人工智能训练师证怎么查真假？",
 "<h1>网上买的人工智能训练师证怎么查真假？</h1><div class=\"answer\"><div class=\"who\">答主：热心网友</div>" + P(
 "去 zscx.osta.org.cn 输入姓名、证件号、证书编号查，编号格式类似 S000064000001255000123 。",
 "之前新闻里的骗子号码 17355190427 还有人在发广告，小心。") + "</div>",
 note="Q&A guide, non-offer")

# ---------------- decoys ----------------
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "075783990011", ["0757-83990011"], "forum platform's customer-service number in every footer"),
 ("other", "粤ICP备12045678号", ["粤ICP备12045678号-2"], "forum platform ICP number"),
 ("domain", "fstongcheng.net", ["www.fstongcheng.net"], "forum platform domain"),
 ("email", "service@ycfenlei.cn", ["service@ycfenlei.cn"], "classifieds platform e-mail in footer"),
 ("qq", "800051234", ["800051234"], "classifieds platform customer-service QQ"),
 ("phone", "4001402108", ["400-140-2108"], "video platform report hotline in footer"),
 ("phone", "4008206611", ["400-820-6611"], "marketplace platform hotline in footer"),
 ("uscc", KESHI_USCC, [KESHI_USCC], "marketplace operator's own USCC in footer"),
 ("domain", "keshi365.com", ["keshi365.com"], "marketplace platform domain"),
 ("qq_group", "612345078", ["612345078"], "shop platform merchants' QQ group in footer"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) customer service"),
 ("phone", "95017", ["95017"], "payment platform (WeChat Pay) customer service"),
 ("email", "tougao@wxzhuanzai.com", ["tougao@wxzhuanzai.com"], "repost site's submission e-mail"),
 ("phone", "+8617355190427", ["173 5519 0427", "17355190427"], "scammer's number quoted in complaint/news/warning"),
 ("wechat", "ks_zhengshu", ["ks_zhengshu"], "scammer's WeChat quoted in complaint and news"),
 ("other", "S000064000001255000123", ["S000064000001255000123"], "sample certificate number"),
 ("phone", "+8613520251108", ["13520251108"], "assessment batch number that looks like a mobile"),
 ("phone", "+8615973326098", ["15973326098"], "shop order number that looks like a mobile"),
 ("phone", "+8618602310045", ["18602310045"], "marketplace course number in sidebar, looks like a mobile"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder in forms"),
 ("email", "example@qq.com", ["example@qq.com"], "template placeholder e-mail"),
 ("wechat", "afang0757", ["afang0757"], "a reader's own WeChat left in comments on several sellers' pages"),
 ("phone", "+8613509512277", ["135 0951 2277"], "a reader's own phone left in comments"),
 ("phone", "075782213300", ["0757-82213300"], "exam venue front desk (third party)"),
 ("phone", "09515069988", ["0951-5069988"], "exam venue enquiry desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
 ("domain", "wjx.cn", ["www.wjx.cn"], "survey/form tool used by several sellers"),
 ("phone", "075783138000", ["0757-83138000"], "news site's tip-off hotline in footer"),
]

# ---------------- rendering ----------------
def site_pages(key):
    return [p for p in PAGES if p["site"] == key]

def frame(key, title, crumbs, main, path):
    s = SITES[key]
    st = s["style"]
    others = [p for p in site_pages(key) if p["path"] != path][:6]
    rel = "".join('<li><a href="%s">%s</a></li>' % (p["path"], html.escape(p["title"])) for p in others)
    menu = "".join('<a href="/%s/index.html">%s</a>' % (key, m) if i == 0 else '<a href="/%s/index.html#%d">%s</a>' % (key, i, m)
                   for i, m in enumerate(s["menu"]))
    crumb = " &gt; ".join(['<a href="/index.html">导航</a>', '<a href="/%s/index.html">%s</a>' % (key, s["name"])] + [html.escape(c) for c in crumbs])
    extra = ""
    if st == "market":
        extra = '<div class="hot"><h4>热门课程</h4><ol><li>课程号 18602310045 Python零基础入门</li><li>Excel办公速成</li></ol></div><form class="trial">预约试听 <input placeholder="手机号，如13800138000"><button>预约</button></form>'
    if st == "forum":
        extra = '<div class="rules">发帖须知：禁止发布违法广告，交易请走正规渠道。</div>'
    if st == "shop":
        extra = '<div class="guarantee">平台保障：假一赔三 · 极速退款</div>'
    if st == "video":
        extra = '<div class="hot">热榜：#考证 #AI副业 #宝妈</div>'
    if st == "gov":
        extra = '<div class="links">相关链接：人力资源和社会保障部 · 宁夏人社厅</div>'
    side = '<aside class="side">%s<h4>%s</h4><ul>%s</ul></aside>' % (extra, "相关推荐" if st != "forum" else "本版热帖", rel)
    head_cls = {"forum": "bbs-top", "classified": "fl-head", "video": "dy-nav", "corp": "corp-head", "corp2": "gp-banner",
                "market": "ks-top", "qa": "zw-head", "shop": "up-head", "wechat": "wx-head", "gov": "gov-head", "news": "news-head"}[st]
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title></head>\n<body class="%s">\n'
            '<header class="%s"><div class="logo">%s</div><div class="slogan">%s</div><nav>%s</nav></header>\n'
            '<div class="crumbs">%s</div>\n<main>%s</main>\n%s\n<footer>%s</footer>\n</body></html>\n') % (
        html.escape(title), s["name"], st, head_cls, s["name"], s["tag"], menu, crumb, main, side, s["foot"])

INDEX_INTRO = {
 "fsbbs": "教育培训版 · 今日新帖", "ycinfo": "教育培训分类 · 最新信息", "douvid": "搜索：人工智能训练师",
 "hzpx": "欢迎访问华智职业培训学校。我校开设电工、育婴员、人工智能训练师等职业技能培训。",
 "gpai": "国培人工智能认证中心 —— 人工智能人才认证服务平台", "keshi": "职业技能 > 人工智能训练师 相关课程",
 "wenda": "话题：人工智能训练师", "shop": "搜索结果：人工智能训练师", "wx": "今日精选", "rsj": "通知公告",
 "news": "本地 · 民生 · 教育"}

def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    # site indexes
    for key in ORDER:
        items = "".join('<li><a href="%s">%s</a></li>' % (p["path"], html.escape(p["title"])) for p in site_pages(key))
        body = "<h1>%s</h1><p>%s</p><ul class=\"list\">%s</ul>" % (SITES[key]["name"], INDEX_INTRO[key], items)
        PAGES.append(dict(path="/%s/index.html" % key, title=SITES[key]["name"] + " 首页", site=key, body=body,
                          offer=False, op=None, provider=None, ids=[], note="site index page", index=True))
    # corp sites: their own contacts appear in footers
    corp_ids = {"hzpx": [("phone", "075782061155", "0757-82061155"), ("domain", "hzpx-fs.cn", "www.hzpx-fs.cn"), ("uscc", U01_USCC, U01_USCC)],
                "gpai": [("email", "gprz_kefu@gprzcx.com", "gprz_kefu@gprzcx.com"), ("uscc", U03_USCC, U03_USCC),
                         ("other", "北京国培智联科技有限公司", "北京国培智联科技有限公司")]}
    for p in PAGES:
        if p["site"] in corp_ids:
            have = {(k, v, w) for k, v, w in p["ids"]}
            for t in corp_ids[p["site"]]:
                if t not in have:
                    p["ids"].append(list(t))
    for p in PAGES:
        crumbs = [] if p.get("index") else [p["title"][:18]]
        if not p.get("index"):
            # reachable via index; also link back
            p["body"] += '<div class="back"><a href="/%s/index.html">返回列表</a></div>' % p["site"]
        out = frame(p["site"], p["title"], crumbs, p["body"], p["path"])
        fn = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        with open(fn, "w", encoding="utf-8") as f:
            f.write(out)
        p["html"] = out
    hub = '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head><body><h1>网址导航</h1><ul>%s</ul></body></html>\n' % \
        "".join('<li><a href="/%s/index.html">%s</a></li>' % (k, SITES[k]["name"]) for k in ORDER)
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

def truth():
    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")]
    for p in PAGES:
        pages.append(dict(path=p["path"], is_offer=p["offer"], operator=p["op"] if p["offer"] else None,
                          provider=p["provider"], identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in PAGES:
        if p["offer"] and p["op"].startswith("U"):
            o = ops.setdefault(p["op"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for k, v, ws, why in DECOYS:
        pg = sorted(["/index.html"] if False else [p["path"] for p in PAGES if any(w in p["html"] for w in ws)])
        decoys.append(dict(kind=k, value=v, written=ws, pages=pg, why=why))
    return dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)

def sanity(t):
    # seller identifier values must not be shared across sellers or with decoys
    owner = {}
    for p in t["pages"]:
        if p["is_offer"]:
            for k, v, w in p["identifiers"]:
                assert owner.setdefault((k, v), p["operator"]) == p["operator"], (k, v)
    dv = {(d["kind"], d["value"]) for d in t["decoys"]}
    assert not (dv & set(owner)), dv & set(owner)
    for d in t["decoys"]:
        for w in d["written"]:
            for (k, v) in owner:
                assert w not in v and v not in w.replace(" ", "").replace("-", ""), (w, v)
    # each operator's pages connected through shared identifiers
    for op in t["operators"]:
        pp = [p for p in t["pages"] if p["operator"] == op]
        sets = [{(k, v) for k, v, w in p["identifiers"]} for p in pp]
        seen, stack = {0}, [0]
        while stack:
            i = stack.pop()
            for j in range(len(pp)):
                if j not in seen and sets[i] & sets[j]:
                    seen.add(j); stack.append(j)
        assert len(seen) == len(pp), op

if __name__ == "__main__":
    build()
    t = truth()
    sanity(t)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
    print("pages", len(t["pages"]), "offers", sum(p["is_offer"] for p in t["pages"]), "decoys", len(t["decoys"]))
