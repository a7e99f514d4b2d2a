from lib import page

# ---------------- Taobao-like product page with SKU table (offer) ----------------
page("/item/detail-712093.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>人工智能训练师证书报名 初级中级高级技师 国家职业资格证书 可查-淘宝网</title>
<script>var g_config={itemId:"712093",shopId:"10448",sku:{"1580":"五级","2180":"四级"}};</script></head>
<body>
<div class="tb-header"><a href="/index.html">淘宝网</a> | 智联考证专营店</div>
<div class="tb-detail-hd"><h1 data-spm="1000983">人工智能训练师证书报名 初级中级高级技师 国家职业资格证书 可查</h1>
<p class="tb-subtitle">零基础可拍 全国统一报名 人社部备案 发证单位：中智联人工智能职业能力认证中心</p></div>
<dl class="tb-price"><dt>价格</dt><dd><em class="tb-rmb">¥</em><strong class="tb-rmb-num">1580.00-9800.00</strong></dd></dl>
<dl class="tb-prop"><dt>套餐类型</dt><dd><ul class="J_TSaleProp">
<li data-value="1627207:28320"><a href="#"><span>五级/初级工</span></a></li>
<li data-value="1627207:28321"><a href="#"><span>四级/中级工</span></a></li>
<li data-value="1627207:28322"><a href="#"><span>三级/高级工</span></a></li>
<li data-value="1627207:28323"><a href="#"><span>二级/技师</span></a></li>
<li data-value="1627207:28324"><a href="#"><span>一级/高级技师</span></a></li>
<li data-value="1627207:28325"><a href="#"><span>技师+高级技师双证套餐</span></a></li>
</ul></dd></dl>
<div id="description"><h3>宝贝详情</h3>
<table class="sku-table" border="1" cellspacing="0">
<tr><th>套餐</th><th>价格（元）</th><th>周期</th></tr>
<tr><td>五级/初级工</td><td>1580</td><td>30天</td></tr>
<tr><td>四级/中级工</td><td>2180</td><td>30天</td></tr>
<tr><td>三级/高级工</td><td>2880</td><td>45天</td></tr>
<tr><td>二级/技师</td><td>4680</td><td>60天</td></tr>
<tr><td>一级/高级技师</td><td>6980</td><td>60天</td></tr>
<tr><td>技师+高级技师双证套餐</td><td>9800</td><td>90天</td></tr>
</table>
<p>【零基础可报】不限学历、不限工作年限，五个等级任选，可多级同报。</p>
<p>【证书说明】颁发国家职业资格证书，人社部备案，全国联网可查，终身有效。</p>
<p>【售后】拍下后联系客服提交身份证、照片，客服一对一安排。</p>
</div>
<div class="tb-shop">掌柜：智联考证专营店　信誉：<img alt="钻" src="data:,">×3</div>
</body></html>""", is_offer=True, provider="智联考证专营店", issuers=["中智联人工智能职业能力认证中心"],
     levels=[1, 2, 3, 4, 5], fee_min=1580.0, fee_max=9800.0,
     flags=["ELIGIBILITY_SHORTCUT", "EXCESSIVE_FEE", "GOVERNMENT_ISSUER_CLAIM", "UNRECOGNIZED_ISSUER"],
     note="SKU table; fee_max is the 双证套餐 9800 (above the level-1 ceiling 8000); 零基础/不限工作年限 "
          "for 技师/高级技师 = eligibility shortcut; 国家职业资格证书 = government claim; 人社部备案 is not "
          "an issuer claim; issuer resembles no registry agency -> unrecognized")

# ---------------- Taobao-like textbook (non-offer) ----------------
page("/shop/book-7731.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>人工智能训练师（三级）职业技能等级认定培训教材 正版 中国劳动社会保障出版社-淘宝网</title></head>
<body><div class="tb-header"><a href="/index.html">淘宝网</a> | 书香图书专营店</div>
<h1>人工智能训练师（三级）职业技能等级认定培训教材 正版</h1>
<div class="price">价格 <del>¥68.00</del> 淘宝价 <strong>¥52.80</strong></div>
<ul class="attributes-list">
<li>书名：人工智能训练师（三级）</li><li>ISBN编号：9787516700000</li>
<li>出版社名称：中国劳动社会保障出版社</li><li>定价：68.00元</li></ul>
<p>本书依据《人工智能训练师国家职业技能标准（2021年版）》编写，可供三级认定备考使用。本店只售图书，不提供报名、培训及证书服务。</p>
</body></html>""", note="a textbook product (price 52.80) explicitly without enrolment or certificate "
     "service: not an offer of a certificate or course")

# ---------------- promo landing page with struck-out 原价 (offer, lookalike) ----------------
page("/act/ai-train-618.html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>双12特惠｜人工智能训练师四级（中级工）认证培训 - 穗星教育</title>
<style>.old{color:#999;text-decoration:line-through}.now{color:#e4393c;font-size:36px}</style></head>
<body>
<div class="banner"><a href="/index.html">穗星教育</a><h1>人工智能训练师 四级（中级工）</h1>
<p>认定机构：广东粤材职业技能等级认定中心</p></div>
<section class="price-box">
<p><span class="old">原价：¥5800</span></p>
<p>双12限时价 <span class="now">¥3280</span> <small>/人（含培训、认定）</small></p>
<p>活动截止：2026-12-12</p>
</section>
<section><h2>为什么选择我们</h2><ol>
<li>独家题库，历届学员<strong>通过率100%</strong></li>
<li>线上直播+线下实操，随到随学</li>
<li>证书电子版可在技能人才评价证书全国联网查询系统查询</li></ol></section>
<section><h2>报考条件</h2><p>取得五级证书后累计从事本职业4年以上；或累计从事本职业6年以上；或技工学校相关专业毕业。</p></section>
<footer>广州穗星教育科技有限公司 版权所有</footer>
</body></html>""", is_offer=True, provider="广州穗星教育科技有限公司",
     issuers=["广东粤材职业技能等级认定中心"], levels=[4], fee_min=3280.0, fee_max=3280.0,
     flags=["GUARANTEED_PASS", "LOOKALIKE_ISSUER"],
     note="struck-out 原价 5800 is not a fee (it would exceed the level-4 ceiling 4000); 粤材 vs 粤才 is a "
          "one-character lookalike; 通过率100% = guarantee")

# ---------------- VIP 保障班 (offer, recognized issuer, excessive fee) ----------------
page("/vip/baoguo-ban.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>人工智能训练师三级 VIP保障班 - 之江职教在线</title></head>
<body>
<nav><a href="/index.html">之江职教在线</a> / 课程 / 人工智能训练师</nav>
<article>
<h1>人工智能训练师（三级/高级工）培训</h1>
<p>认定由杭州数智职业技能评价有限公司组织实施，理论+实操双科考核。</p>
<div class="plans">
 <div class="plan"><h3>标准班</h3><p class="fee">2980 元/人</p><p>直播课40课时+实操平台</p></div>
 <div class="plan hot"><h3>VIP保障班</h3><p class="fee">6800 元/人</p>
  <p>一对一督学，专属题库，<strong>一次不过免费重学直到通过</strong>，重考认定费由我们承担</p></div>
</div>
<h2>申报条件</h2>
<p>取得四级证书后累计从事本职业5年；或取得四级证书并具有高级技工学校、技师学院毕业证书；或大专及以上相关专业毕业，取得四级证书后从事本职业2年。</p>
<p>证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn</p>
</article></body></html>""", is_offer=True, provider="之江职教在线", issuers=["杭州数智职业技能评价有限公司"],
     levels=[3], fee_min=2980.0, fee_max=6800.0, flags=["EXCESSIVE_FEE", "GUARANTEED_PASS"],
     note="recognized issuer in scope and official query site, but VIP 6800 > level-3 ceiling 5000 and "
          "一次不过免费重学直到通过 guarantees passing")

# ---------------- 工信部颁发 (offer, government claim + unofficial site) ----------------
page("/miit/rgzn-zhengshu.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>工信部人工智能训练师证书报名入口（2026年最新）</title>
<meta name="description" content="人工智能训练师证书工信部颁发，全国通用，报名咨询"></head>
<body>
<div class="header"><a href="/index.html">中工信人才网</a></div>
<div class="content">
<h1>工信部人工智能训练师证书报名入口（2026年最新）</h1>
<p>为落实国家人工智能人才培养战略，现开展2026年第四期人工智能训练师（中级）培训。</p>
<h2>证书介绍</h2>
<p>考核合格者获得人工智能训练师（四级/中级工）证书，证书由工信部颁发，纳入国家人才库，全国通用。</p>
<p>证书查询网址：<a href="http://www.miit-rczs.cn/cx" rel="nofollow">www.miit-rczs.cn</a>（输入身份证号即可查询）</p>
<h2>收费标准</h2>
<p>培训费+考试费+证书费合计：2980元/人</p>
<p>咨询电话：400-000-7788</p>
</div>
<div class="footer">中工信人才网 © 2026</div>
</body></html>""", is_offer=True, provider="中工信人才网", issuers=["工信部"], levels=[4],
     fee_min=2980.0, fee_max=2980.0, flags=["GOVERNMENT_ISSUER_CLAIM", "UNOFFICIAL_VERIFICATION_SITE"],
     note="证书由工信部颁发 = government issuer; query site miit-rczs.cn is not official")

# ---------------- international association (offer, unrecognized, no level, excessive) ----------------
page("/intl/capt.html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>国际注册人工智能训练师CAIT认证 - 亚太数字技能认证协会中国区</title></head>
<body>
<header><a href="/index.html">APDSA China</a> | <a href="/intl/capt.html">CAIT认证</a></header>
<h1>国际注册人工智能训练师（CAIT）认证</h1>
<p>CAIT认证由亚太数字技能认证协会（APDSA）颁发，中英文双语证书，全球通用，可办理海牙认证。</p>
<h3>认证费用</h3>
<p>5980元/人（含线上课程、考试费、证书费、国际档案费）</p>
<h3>认证流程</h3>
<p>在线报名 → 学习线上课程20课时 → 在线考试 → 颁发证书</p>
<p>证书编号可在协会官网查询。</p>
</body></html>""", is_offer=True, provider="亚太数字技能认证协会中国区", issuers=["亚太数字技能认证协会"],
     levels=[], fee_min=5980.0, fee_max=5980.0, flags=["EXCESSIVE_FEE", "UNRECOGNIZED_ISSUER"],
     note="an 'international' AI-trainer certificate from an unregistered association; no level stated "
          "so the 5000 ceiling applies; 协会官网 named without a URL so no verification-site flag")

# ---------------- 挂名考试 (offer, unrecognized, no exam) ----------------
page("/dl/guaming.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>人工智能训练师 四级 三级 省心办理 - 华夏智培</title></head>
<body bgcolor="#fffdf5">
<center><font size="5" color="#c00"><b>人工智能训练师证书 省心办理</b></font></center>
<hr>
<p><a href="/index.html">首页</a> | 证书办理 | 联系我们</p>
<p>★ 发证机构：华夏智能人才测评中心</p>
<p>★ 等级：四级（中级工）、三级（高级工）</p>
<p>★ 方式：挂名考试，本人不用到场，老师全程帮你搞定，在家等证即可</p>
<p>★ 费用：统一收费3600元，不分等级</p>
<p>★ 周期：提交资料后约两个月下证</p>
<p>上班族、宝妈首选，不耽误工作！</p>
<p>微信/电话：139-0000-1234（大连）</p>
</body></html>""", is_offer=True, provider="华夏智培", issuers=["华夏智能人才测评中心"], levels=[3, 4],
     fee_min=3600.0, fee_max=3600.0, flags=["NO_EXAM", "UNRECOGNIZED_ISSUER"],
     note="挂名考试/本人不用到场/老师全程帮你搞定 = someone else sits the exam (no exam for the buyer); "
          "issuer is not in the registry and resembles none")
