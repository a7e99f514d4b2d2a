from lib import page

# ---------------- WordPress training blog: index (non-offer hub) ----------------
page("/blog/index.html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<meta name="generator" content="WordPress 6.6.2">
<title>启明职培 &#8211; 杭州启明职业培训学校官方博客</title>
<link rel="alternate" type="application/rss+xml" title="启明职培 &raquo; Feed" href="/blog/feed.xml">
</head>
<body class="home blog wp-embed-responsive">
<header id="masthead" class="site-header"><p class="site-title"><a href="/blog/index.html" rel="home">启明职培</a></p>
<p class="site-description">杭州启明职业培训学校</p>
<nav class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/index.html">站点导航</a></li></ul></nav></header>
<main id="main" class="site-main">
<article id="post-412" class="post-412 post type-post status-publish format-standard category-zhaosheng">
<header class="entry-header"><h2 class="entry-title"><a href="/blog/2026/10/zhaosheng-jianzhang.html" rel="bookmark">2026年第四期人工智能训练师（四级、三级）招生简章</a></h2>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-10-19T09:12:00+08:00">2026年10月19日</time></span></div></header>
<div class="entry-summary"><p>第四期培训将于11月开班，详情请阅读全文 &hellip; <a class="more-link" href="/blog/2026/10/zhaosheng-jianzhang.html">继续阅读</a></p></div>
</article>
<article id="post-398" class="post-398 post type-post status-publish format-standard category-news">
<header class="entry-header"><h2 class="entry-title"><a href="/blog/index.html">我校学员参加市职工职业技能大赛获佳绩</a></h2></header>
<div class="entry-summary"><p>9月，我校三名学员在市级比赛中获奖&hellip;</p></div>
</article>
</main>
<footer class="site-footer">自豪地采用WordPress</footer>
</body></html>""", note="blog home listing post titles; no fee, no enrolment terms")

# ---------------- H1: WordPress 招生简章 post (honest offer) ----------------
page("/blog/2026/10/zhaosheng-jianzhang.html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>2026年第四期人工智能训练师（四级、三级）招生简章 &#8211; 启明职培</title>
<link rel="canonical" href="/blog/2026/10/zhaosheng-jianzhang.html">
</head>
<body class="post-template-default single single-post postid-412">
<header class="site-header"><a href="/blog/index.html">启明职培</a></header>
<main id="main"><article id="post-412" class="post-412 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">2026年第四期人工智能训练师（四级、三级）招生简章</h1>
<div class="entry-meta">发布于 <time datetime="2026-10-19T09:12:00+08:00">2026年10月19日</time> 作者 <span class="author vcard">教务处</span></div></header>
<div class="entry-content">
<p>杭州启明职业培训学校第四期人工智能训练师培训将于2026年11月15日开班。培训结束后，由杭州数智职业技能评价有限公司组织职业技能等级认定。</p>
<h2 class="wp-block-heading">一、培训等级与费用</h2>
<ul class="wp-block-list">
<li>四级/中级工：2280元/人（其中培训费1900元，认定费380元）</li>
<li>三级/高级工：3280元/人（其中培训费2820元，认定费460元）</li>
</ul>
<h2 class="wp-block-heading">二、申报条件</h2>
<p><strong>四级：</strong>取得五级证书后累计从事本职业或相关职业工作4年（含）以上；或累计从事本职业或相关职业工作6年（含）以上；或技工学校相关专业毕业（含尚未取得毕业证书的在校应届毕业生）。</p>
<p><strong>三级：</strong>取得四级证书后累计从事本职业或相关职业工作5年（含）以上；或大专及以上相关专业毕业，取得四级证书后累计从事本职业工作2年（含）以上。</p>
<h2 class="wp-block-heading">三、考核与证书</h2>
<p>认定包括理论知识考试和操作技能考核，均实行百分制，成绩皆达60分（含）以上者为合格。本校不承诺包过，认定结果以评价机构公布为准。</p>
<p>合格者由评价机构颁发职业技能等级证书，可登录技能人才评价证书全国联网查询（zscx.osta.org.cn）核验。</p>
<p>符合条件的参保职工取证后，可按当地规定申请技能提升补贴，具体以人社部门审核为准。</p>
<h2 class="wp-block-heading">四、报名方式</h2>
<p>携带身份证、学历证明、工作年限证明到校报名。地址：杭州市拱墅区某路100号，电话0571-0000-5566。</p>
</div></article></main>
<footer><a href="/blog/index.html">&laquo; 返回博客首页</a></footer>
</body></html>""", is_offer=True, provider="杭州启明职业培训学校", issuers=["杭州数智职业技能评价有限公司"],
     levels=[3, 4], fee_min=2280.0, fee_max=3280.0, flags=[],
     note="honest: recognized in-scope evaluator, standard eligibility, official query site; fee = per-level "
          "totals (the 培训费/认定费 components inside them are not separate fees); 本校不承诺包过 is a "
          "negation; the conditional subsidy sentence (参保职工, 以审核为准, levels 3-4) is not bait")

# ---------------- H2: Guangzhou, price only in an HTML table (honest offer) ----------------
page("/gd/yuecai/fees.html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>人工智能训练师（五级、四级）培训项目 - 广州穗智职业培训中心</title>
<style>table.fee td,table.fee th{border:1px solid #ccc;padding:4px 12px}</style></head>
<body>
<div class="crumbs"><a href="/index.html">首页</a> › 培训项目 › 人工智能训练师</div>
<h1>人工智能训练师（五级、四级）培训项目</h1>
<p>本中心开展人工智能训练师数据标注方向培训，认定工作由广东粤才职业技能等级认定中心负责。费用标准见下表。</p>
<table class="fee">
<thead><tr><th>等级</th><th>参考学时</th><th>培训及认定费用（元/人）</th></tr></thead>
<tbody>
<tr><td>五级/初级工</td><td>60</td><td>1680</td></tr>
<tr><td>四级/中级工</td><td>50</td><td>2380</td></tr>
</tbody></table>
<h2>申报条件</h2>
<p>五级：累计从事本职业或相关职业工作1年（含）以上；或本职业或相关职业学徒期满。</p>
<p>四级：取得五级证书后累计从事本职业或相关职业工作4年（含）以上；或累计从事本职业或相关职业工作6年（含）以上。</p>
<h2>证书查询</h2>
<p>技能人才评价工作网 osta.mohrss.gov.cn；广东省职业技能鉴定指导中心 www.gdosta.org.cn。</p>
<p>联系电话：020-0000-3344</p>
</body></html>""", is_offer=True, provider="广州穗智职业培训中心", issuers=["广东粤才职业技能等级认定中心"],
     levels=[4, 5], fee_min=1680.0, fee_max=2380.0, flags=[],
     note="honest; prices appear only in a table's cells (no 元 next to the numbers); the 学时 column "
          "(60, 50) is not a fee")

# ---------------- H3: 公众号 图文 article (honest offer, alias issuer, 大写 amount) ----------------
page("/mp/s/Xk3fQ9aT.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="招生｜人工智能训练师三级（高级工）周末班，12月开课">
<title>招生｜人工智能训练师三级（高级工）周末班，12月开课</title></head>
<body id="activity-detail" class="zh_CN">
<div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">招生｜人工智能训练师三级（高级工）周末班，12月开课</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">海淀智训学堂</a></span> <em id="publish_time">2026-11-18 20:30</em></div>
<div class="rich_media_content" id="js_content">
<section style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/aBcD/640?wx_fmt=jpeg" data-ratio="0.56" data-w="1080" alt=""></section>
<p><span style="color:#1e6bb8"><strong>▍项目简介</strong></span></p>
<p>人工智能训练师是人社部等部门发布的新职业。本期三级周末班共8个周末，结业后参加中关村人才评价中心组织的职业技能等级认定。</p>
<section style="text-align:center"><img class="rich_pages" data-src="https://mmbiz.qpic.cn/mmbiz_png/eFgH/640?wx_fmt=png" data-type="png" alt=""></section>
<p><span style="color:#1e6bb8"><strong>▍谁可以报</strong></span></p>
<p>取得四级证书后累计从事本职业工作5年（含）以上；或大专及以上学历，取得四级证书后从事本职业2年（含）以上。</p>
<p><span style="color:#1e6bb8"><strong>▍费用</strong></span></p>
<p>培训费用：叁仟捌佰元整（含认定费），开具发票。</p>
<p><span style="color:#1e6bb8"><strong>▍证书</strong></span></p>
<p>认定合格颁发职业技能等级证书，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。</p>
<section style="text-align:center"><img class="rich_pages" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/iJkL/640?wx_fmt=jpeg" alt="扫码报名"></section>
<p style="text-align:center;color:#888">长按识别二维码 咨询报名</p>
</div>
<div class="rich_media_tool"><a href="/index.html">阅读原文</a> 阅读 2341</div>
</div></body></html>""", is_offer=True, provider="海淀智训学堂", issuers=["中关村人才评价中心"], levels=[3],
     fee_min=3800.0, fee_max=3800.0, flags=[],
     note="honest; issuer given by its registry alias; fee written in financial capitals 叁仟捌佰元; "
          "images are remote data-src (WeChat style)")

# ---------------- H4: English page (honest offer, RMB3980) ----------------
page("/en/ai-trainer-level-3.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>AI Trainer (Level 3) Certification Programme | Yuntu Academy</title></head>
<body>
<nav><a href="/index.html">Home</a> · Programmes · AI Trainer</nav>
<h1>AI Trainer (Level 3) Certification Programme</h1>
<p>Prepare for the national vocational skill level certificate for <i>人工智能训练师</i> (occupation code 4-04-05-05), Level 3 (Senior Worker).</p>
<h2>Who issues the certificate?</h2>
<p>Assessment is conducted by 深圳云图智能科技有限公司 (Shenzhen Yuntu Intelligent Technology Co., Ltd.), an employer-based evaluation institution filed with the human-resources authorities for this occupation. Certificates can be verified at the national query service zscx.osta.org.cn.</p>
<h2>Eligibility</h2>
<ul><li>Level 4 certificate plus 5 years of work in the occupation; or</li>
<li>college diploma in a related major, Level 4 certificate and 2 years of work after it.</li></ul>
<h2>Format and fee</h2>
<p>Theory exam and practical skills assessment, each scored out of 100; 60 passes. Fee: RMB3980 per person, training and assessment included.</p>
<p>Contact: academy@example.cn</p>
</body></html>""", is_offer=True, provider="Yuntu Academy", issuers=["深圳云图智能科技有限公司"], levels=[3],
     fee_min=3980.0, fee_max=3980.0, flags=[],
     note="honest English page; fee written RMB3980; Level 3 = 三级")

# ---------------- H5: Beijing, fee as a range (honest offer) ----------------
page("/bj/zgc/jianzhang-2026.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>北京博研职业技能培训学校人工智能训练师招生简章</title></head>
<body>
<div class="logo"><a href="/index.html">北京博研职业技能培训学校</a></div>
<div class="article">
<h1>人工智能训练师（五级、四级、三级）招生简章</h1>
<p class="info">发布日期：2026-09-01</p>
<p>一、认定机构：北京中关村人才发展评价中心（经人社部门备案的社会培训评价组织）。</p>
<p>二、招生等级：五级/初级工、四级/中级工、三级/高级工，按本人条件对应报考一个等级。</p>
<p>三、申报条件：按《人工智能训练师国家职业技能标准（2021年版）》执行，报名时提交工作年限证明及相应等级证书。</p>
<p>四、费用：1980–3980元/人（按申报等级，含培训与认定）。</p>
<p>五、证书查询：技能人才评价工作网（osta.mohrss.gov.cn）。</p>
</div></body></html>""", is_offer=True, provider="北京博研职业技能培训学校", issuers=["北京中关村人才发展评价中心"],
     levels=[3, 4, 5], fee_min=1980.0, fee_max=3980.0, flags=[],
     note="honest; three levels are offered but each candidate takes one level matching their record "
          "(no beginner wording), so no eligibility shortcut; fee written as an en-dash range")

# ---------------- H6: 定金/尾款 (honest offer) ----------------
page("/zj/shuzhi/dingjin.html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>人工智能训练师四级 预报名（定金通道）- 杭州云帆数字技能培训</title></head>
<body>
<p><a href="/index.html">首页</a> &gt; 预报名</p>
<h1>人工智能训练师四级（中级工）预报名</h1>
<p>本期四级认定由杭州数智职业技能评价有限公司组织，考试时间另行通知。</p>
<div class="pay">
<p>第一步：支付定金 <b>500元</b> 锁定名额（资格审核不通过全额退还）</p>
<p>第二步：开课前补交尾款 <b>2480元</b></p>
<p>合计费用：培训+认定</p>
</div>
<p>申报条件：取得五级证书后从事本职业4年以上，或从事本职业6年以上，或技工学校相关专业毕业。</p>
<p>证书查询：zscx.osta.org.cn</p>
<p>杭州云帆数字技能培训有限公司</p>
</body></html>""", is_offer=True, provider="杭州云帆数字技能培训有限公司",
     issuers=["杭州数智职业技能评价有限公司"], levels=[4], fee_min=2980.0, fee_max=2980.0, flags=[],
     note="honest; fee split into 定金 500 + 尾款 2480: labeled as the total the buyer pays (2980), "
          "which the page never writes as one number; refund of the deposit on failed eligibility "
          "review is not a pass guarantee")
