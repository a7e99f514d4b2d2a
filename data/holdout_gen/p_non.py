from lib import page

# ---------------- 头条-like news debunking a scam (non-offer) ----------------
page("/news/toutiao/7421983306.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>花2980元“包拿证”？记者暗访人工智能训练师证书乱象 - 今日头条</title></head>
<body>
<div class="article-header"><a href="/index.html">今日头条</a></div>
<div class="article-content">
<h1>花2980元“包拿证”？记者暗访人工智能训练师证书乱象</h1>
<div class="article-meta"><span>都市快报</span><span>2026-11-21 08:40</span></div>
<article>
<p>“人工智能训练师三级，2980元全包，无需到场考试，人社部统一颁发，全国联网可查。”近日，市民张先生在社交平台上看到这样一则广告，付款后却迟迟拿不到证书。</p>
<p>记者以报名者身份联系多家机构，对方均称“包过”“不过全额退款”，有的还发来一个查询网址 www.rgzn-zscx.com，称“输入身份证号就能查到”。</p>
<p>对此，人社部门工作人员表示，人工智能训练师职业技能等级证书由经备案的评价机构颁发，人社部不直接颁发此类证书，更不存在“免考拿证”；证书查询应通过技能人才评价证书全国联网查询（zscx.osta.org.cn），其他所谓“官网”均不可信。</p>
<p>律师提醒，广告中承诺“包过”违反《广告法》相关规定，消费者遇到此类情况可向市场监管部门投诉。</p>
</article>
<p class="source">责任编辑：陈某</p>
</div></body></html>""", note="news report quoting scam ad wording (包拿证, 无需到场考试, 人社部统一颁发, a fake "
     "query URL) to debunk it; quotations raise nothing")

# ---------------- government 人社局 notice (non-offer) ----------------
page("/gov/hrss/tzgg/2026/t20261105_4471.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="SiteName" content="杭州市人力资源和社会保障局"><meta name="ColumnName" content="通知公告">
<title>关于做好2026年第四季度职业技能等级认定工作的通知</title></head>
<body>
<div class="gov-header"><a href="/index.html">杭州市人力资源和社会保障局</a></div>
<div class="zw-title"><h1>关于做好2026年第四季度职业技能等级认定工作的通知</h1>
<p>发布时间：2026-11-05　　来源：职业能力建设处</p></div>
<div class="zw-content">
<p>各区、县（市）人力社保局，各职业技能等级认定机构：</p>
<p>为规范职业技能等级认定工作，现将有关事项通知如下：</p>
<p>一、各评价机构应严格按照备案的职业（工种）和等级开展认定，不得超范围认定，不得以“包过”“免考”等名义招揽考生。</p>
<p>二、认定收费应严格执行备案标准，五级、四级、三级认定费分别不超过300元、380元、460元（不含培训费）。</p>
<p>三、证书信息应于认定结束后30个工作日内上传至技能人才评价证书全国联网查询系统（zscx.osta.org.cn）。</p>
<p>四、对存在违规行为的评价机构，将依规暂停或取消其认定资格，并向社会公布。</p>
<p style="text-align:right">杭州市人力资源和社会保障局<br>2026年11月5日</p>
</div></body></html>""", note="government notice regulating assessments; fee caps are regulatory, not an offer")

# ---------------- 招聘 job ad (non-offer) ----------------
page("/jobs/zhaopin/cc-88213.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【AI训练师（大模型方向）招聘_8-12K】-深圳某科技有限公司-智联招聘</title></head>
<body>
<div class="nav"><a href="/index.html">智联招聘</a> &gt; 深圳 &gt; 人工智能</div>
<div class="summary-plane"><h1 class="summary-plane__title">AI训练师（大模型方向）</h1>
<span class="summary-plane__salary">8千-1.2万</span>
<ul class="summary-plane__info"><li>深圳-南山区</li><li>1-3年</li><li>大专</li><li>招5人</li></ul></div>
<div class="describtion"><h3>职位描述</h3>
<p>岗位职责：1. 负责大模型对话数据的标注、质检与评测；2. 编写和优化提示词；3. 配合算法团队完成数据需求。</p>
<p>任职要求：1. 大专及以上学历；2. 持有人工智能训练师三级（高级工）及以上职业技能等级证书者优先；3. 有数据标注项目经验。</p>
<p>福利：五险一金、年终奖、带薪年假；入职满一年可报销考证费用最高3000元。</p></div>
<div class="company">深圳某科技有限公司 · 互联网 · 500-999人</div>
</body></html>""", note="job ad asking for the certificate; salary and 考证报销 amounts are not fees")

# ---------------- 生成式人工智能系统应用员 (other occupation, non-offer) ----------------
page("/aigc/yingyongyuan.html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>生成式人工智能系统应用员（四级）培训报名 - 金陵数智学院</title></head>
<body>
<p><a href="/index.html">首页</a> / 课程中心</p>
<h1>生成式人工智能系统应用员（四级/中级工）培训</h1>
<p>职业编码：4-04-05-13。本项目认定机构为江苏苏研职业技能评价有限公司。</p>
<p>课程内容：大模型应用场景分析、提示词工程、AIGC内容生成与审核、智能体搭建。</p>
<p>培训及认定费用：2380元/人。</p>
<p>注：本项目为生成式人工智能系统应用员，不是人工智能训练师（4-04-05-05），请勿混淆。</p>
<p>证书查询：技能人才评价工作网 osta.mohrss.gov.cn</p>
</body></html>""", note="course for another occupation (4-04-05-13) that says it is not 人工智能训练师: "
     "not an AI-trainer listing")

# ---------------- SEO 报考指南 (non-offer) ----------------
page("/guide/baokao-zhinan-2026.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2026年人工智能训练师报考指南：等级、条件、费用、查询一文看懂</title>
<meta name="keywords" content="人工智能训练师报考条件,人工智能训练师费用,人工智能训练师证书查询"></head>
<body>
<div class="top"><a href="/index.html">职考百科</a></div>
<div class="post">
<h1>2026年人工智能训练师报考指南：等级、条件、费用、查询一文看懂</h1>
<p>人工智能训练师（4-04-05-05）分为五个等级：五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师。</p>
<h2>报考条件</h2>
<p>五级需从事相关工作1年或学徒期满；二级需取得三级证书后从事本职业4年；一级需取得二级证书后从事本职业4年。零基础无法直接报考技师。</p>
<h2>费用参考</h2>
<p>认定费一般在几百元，五级约265–355元，三级约395–535元；培训费由市场定价。超过数千元并承诺“包过”的，需谨慎。</p>
<h2>证书查询</h2>
<p>证书由备案的评价机构颁发，可通过技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。</p>
<p>声明：本站仅提供资讯，不提供报名服务。</p>
</div></body></html>""", note="general guide with reference fee ranges and explicit no-enrolment disclaimer; "
     "no seller")

# ---------------- 公众号 article on the job itself (non-offer) ----------------
page("/mp/s/Rq8LmW2c.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>一个数据标注员的一天：AI训练师到底在“训练”什么？</title></head>
<body id="activity-detail">
<h1 class="rich_media_title">一个数据标注员的一天：AI训练师到底在“训练”什么？</h1>
<div class="rich_media_meta_list"><a id="js_name">数智观察</a> <em id="publish_time">2026-11-08</em></div>
<div id="js_content" class="rich_media_content">
<p>早上九点，小周打开标注平台，今天的任务是给3000条客服对话打意图标签。</p>
<section><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/xYz/640?wx_fmt=jpeg" alt=""></section>
<p>“人工智能训练师这个职业有两个工种：数据标注员和人工智能算法测试员。”她说，自己去年考了四级证书，公司报销了费用。</p>
<p>下午是模型评测，给大模型的回答按准确性、安全性打分。一天下来，她完成了约1200条标注。</p>
<p>（本文为行业观察，不构成任何培训推荐。）</p>
</div>
<p><a href="/index.html">阅读原文</a></p>
</body></html>""", note="feature article about the work; no offer")

# ---------------- English explainer (non-offer) ----------------
page("/en/news/china-ai-trainer-occupation.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>What is China's "AI Trainer" occupation? A short explainer</title></head>
<body>
<nav><a href="/index.html">Home</a></nav>
<article>
<h1>What is China's "AI Trainer" occupation? A short explainer</h1>
<p class="byline">By staff writer · 14 November 2026</p>
<p>In 2020 China added 人工智能训练师 (AI trainer, code 4-04-05-05) to its list of new occupations. A national skill standard published in 2021 defines five levels, from Level 5 (junior) to Level 1 (senior technician).</p>
<p>Since the 2019 reform, such certificates are vocational skill level certificates issued by filed evaluation institutions, not by the ministry. Officials have warned against ads promising a "guaranteed pass" or "no exam" certificates, some priced above RMB 6,000.</p>
<p>Certificates can be checked on the national query service at zscx.osta.org.cn.</p>
</article></body></html>""", note="English news explainer; quoted scam wording and price are reporting, not an offer")

# ---------------- robots-disallowed admin page (non-offer, not crawlable) ----------------
page("/admin/orders.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="robots" content="noindex,nofollow">
<title>订单管理 - 后台</title></head>
<body>
<h1>订单管理</h1>
<table border="1"><tr><th>订单号</th><th>课程</th><th>金额</th><th>状态</th></tr>
<tr><td>20261121001</td><td>人工智能训练师三级（包过班）</td><td>6800</td><td>已付款</td></tr>
<tr><td>20261121002</td><td>人工智能训练师四级</td><td>2980</td><td>待付款</td></tr>
</table>
<p><a href="/index.html">返回前台</a></p>
</body></html>""", crawlable=False, note="behind robots.txt Disallow: /admin/ and not linked from any "
     "page; an internal order list, not an ad: a crawler that fetches it is wrong")
