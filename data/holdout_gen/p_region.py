from lib import page
from opencc import OpenCC

# ---------------- GB18030, no charset declaration anywhere (offer, out of scope) ----------------
page("/gbk/jsjypx/rgzn3.html", """<html>
<head>
<title>苏州吴中区新起点职业培训学校--人工智能训练师（三级）培训班招生</title>
</head>
<body>
<table width="960" border="0" align="center"><tr><td>
<a href="/index.html">网站首页</a> | 学校简介 | 招生信息 | 联系方式
</td></tr></table>
<table width="960" border="0" align="center"><tr><td>
<h2>人工智能训练师（三级/高级工）培训班招生</h2>
<p>发布时间：2026-11-10　　来源：本站　　点击：356</p>
<p>　　为满足企业数字化转型对人工智能训练人才的需求，我校联合江苏苏研职业技能评价有限公司开展人工智能训练师（职业编码4-04-05-05）三级培训及等级认定。</p>
<p>　　一、培训内容：业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>　　二、报名条件：取得本职业四级证书后累计从事本职业工作5年（含）以上；或具有大专及以上学历，取得四级证书后工作2年。</p>
<p>　　三、收费标准：培训及认定费共计2680元/人。</p>
<p>　　四、证书：考核合格由江苏苏研职业技能评价有限公司颁发职业技能等级证书，可登录技能人才评价工作网查询。</p>
<p>　　联系电话：0512-0000-6688　　地址：吴中区某路88号</p>
</td></tr></table>
</body>
</html>""", enc="gb18030", is_offer=True, provider="苏州吴中区新起点职业培训学校",
     issuers=["江苏苏研职业技能评价有限公司"], levels=[3], fee_min=2680.0, fee_max=2680.0,
     flags=["ISSUER_OUT_OF_SCOPE"],
     note="GB18030 bytes with no charset in markup (and none from a static server); the evaluator is "
          "filed only for 4-04-05-13, not for 4-04-05-05")

# ---------------- Big5 traditional page (offer, lapsed issuer, no exam) ----------------
_s2hk = OpenCC("s2hk")
_big5_simplified = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>內地人工智能训练师证书代办（三级）｜港人北上就业必备 - 智匯通顾问</title></head>
<body>
<div class="top"><a href="/index.html">主页</a> | 内地证书代办 | 联络我们</div>
<h1>内地人工智能训练师证书代办（三级/高级工）</h1>
<p>想北上大湾区发展？一张内地认可的人工智能训练师证书帮你加分！</p>
<ul>
<li>发证机构：四川天府数字技能评价中心</li>
<li>毋须考试，提交资料后直接出证，约六星期</li>
<li>费用：人民币3,280元（已包括所有手续费）</li>
<li>适合在职人士，全程网上办理</li>
</ul>
<p>查询请WhatsApp：+852 5000 0000</p>
<p>智汇通顾问有限公司　香港九龙旺角</p>
</body></html>"""
_big5_html = _s2hk.convert(_big5_simplified)
_lapsed_name = _s2hk.convert("四川天府数字技能评价中心")
_provider = _s2hk.convert("智汇通顾问有限公司")
page("/hk/zhengshu/ai-trainer.html", _big5_html, enc="big5", is_offer=True, provider=_provider,
     issuers=[_lapsed_name], levels=[3], fee_min=3280.0, fee_max=3280.0,
     flags=["ISSUER_LAPSED", "NO_EXAM"],
     note="Big5, traditional script; issuer is the suspended 四川天府数字技能评价中心 written in "
          "traditional characters; 毋須考試/直接出證 = no exam; fee written 人民幣3,280元")

# ---------------- Shandong, expired issuer + fake query site (offer) ----------------
page("/sd/luxin/zhaosheng.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>济南明德职业培训学校 2026年冬季人工智能训练师招生</title></head>
<body>
<div id="hd"><a href="/index.html">济南明德职业培训学校</a></div>
<div id="bd">
<h1>2026年冬季人工智能训练师（五级、四级）招生</h1>
<p>本期培训结束后由山东鲁信职业技能鉴定有限公司组织等级认定，理论、实操考核均合格者取证。</p>
<dl>
<dt>五级/初级工</dt><dd>培训认定费 1280 元，报名条件：从事本职业或相关职业满1年</dd>
<dt>四级/中级工</dt><dd>培训认定费 1980 元，报名条件：取得五级证书后从事本职业4年，或从事本职业6年</dd>
</dl>
<p>证书真伪全国联网可查：<a href="http://www.luxin-zscx.com/">www.luxin-zscx.com</a></p>
<p>报名地址：济南市历下区某路16号　电话：0531-0000-2233</p>
</div></body></html>""", is_offer=True, provider="济南明德职业培训学校",
     issuers=["山东鲁信职业技能鉴定有限公司"], levels=[4, 5], fee_min=1280.0, fee_max=1980.0,
     flags=["ISSUER_LAPSED", "UNOFFICIAL_VERIFICATION_SITE"],
     note="issuer's filing expired 2025-06-30 (seen 2026-11-28); luxin-zscx.com is not an official "
          "query domain; fees and eligibility otherwise plausible")

# ---------------- Guangdong 粤才 at level 2 (offer, out of scope for the level) ----------------
page("/gz/jishi/ai-level2.html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>人工智能训练师二级（技师）研修班招生 - 羊城技能学院继续教育部</title></head>
<body>
<p><a href="/index.html">返回首页</a></p>
<h1>人工智能训练师二级（技师）研修班</h1>
<p>面向已取得人工智能训练师三级证书的在职人员，开展技师研修及综合评审辅导，认定由广东粤才职业技能等级认定中心实施。</p>
<h3>申报条件</h3>
<p>取得本职业三级证书后，累计从事本职业工作4年（含）以上；或高级技工学校、技师学院毕业并取得三级证书，从事本职业3年以上。</p>
<h3>费用</h3>
<p>研修及认定费用：5800元/人。</p>
<h3>考核方式</h3>
<p>理论知识考试、操作技能考核、综合评审（论文答辩）。证书可在技能人才评价工作网查询。</p>
</body></html>""", is_offer=True, provider="羊城技能学院继续教育部", issuers=["广东粤才职业技能等级认定中心"],
     levels=[2], fee_min=5800.0, fee_max=5800.0, flags=["ISSUER_OUT_OF_SCOPE"],
     note="the recognized evaluator is filed for levels 3-5 only, so offering level 2 through it is out "
          "of scope; eligibility and fee are otherwise sound")

# ---------------- Shanghai 积分 bait, state-prefix lookalike (offer) ----------------
page("/sh/jifen/ai-trainer-3.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>考人工智能训练师三级 积分直接加60分 上海落户快人一步 | 沪上人才服务</title></head>
<body>
<header><a href="/index.html">沪上人才服务</a></header>
<main>
<h1>人工智能训练师三级：上海积分落户的“加分神器”</h1>
<p>持人工智能训练师三级证书，可申请上海居住证积分，<strong>直接加60分</strong>，可落户上海，拿证就是拿户口的敲门砖！</p>
<p>本项目认定机构：国家中关村人才发展评价中心</p>
<p>课程费用：4680元/人（含认定费）</p>
<p>报名条件：取得四级证书后从事本职业5年，或大专及以上相关专业取得四级证书后工作2年。</p>
<p>名额有限，立即<a href="#form">预约咨询</a>。</p>
</main></body></html>""", is_offer=True, provider="沪上人才服务", issuers=["国家中关村人才发展评价中心"],
     levels=[3], fee_min=4680.0, fee_max=4680.0, flags=["BENEFIT_BAIT", "LOOKALIKE_ISSUER"],
     note="state-sounding prefix 国家 replaces 北京 in a registry name = lookalike; certificate sold on "
          "积分/落户上海 = benefit bait")

# ---------------- Zhejiang, inserted-word lookalike + osta-org.cn fake domain (offer) ----------------
page("/zj/pingjia/baoming.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>人工智能训练师等级认定在线报名 - 浙数技能</title></head>
<body>
<div class="hd"><a href="/index.html">浙数技能</a> · 在线报名</div>
<form class="bm" action="#" method="post">
<h1>人工智能训练师等级认定在线报名</h1>
<p class="tip">主办：杭州数智职业技能评价服务有限公司</p>
<label>申报等级 <select name="level">
<option value="4">四级/中级工 — 2580元</option>
<option value="3">三级/高级工 — 3580元</option></select></label>
<label>姓名 <input name="name"></label> <label>身份证号 <input name="idno"></label>
<button type="submit">提交报名</button>
</form>
<p>证书全国联网可查，查询入口：<a href="http://jndj.osta-org.cn/query">jndj.osta-org.cn</a></p>
<p>申报条件按《人工智能训练师国家职业技能标准（2021年版）》执行。</p>
</body></html>""", is_offer=True, provider="浙数技能", issuers=["杭州数智职业技能评价服务有限公司"],
     levels=[3, 4], fee_min=2580.0, fee_max=3580.0,
     flags=["LOOKALIKE_ISSUER", "UNOFFICIAL_VERIFICATION_SITE"],
     note="inserted word 服务 in a registry name = lookalike; fees only inside <option> labels; "
          "jndj.osta-org.cn imitates jndj.osta.org.cn but its registrable domain is osta-org.cn (unofficial)")
