"""/other/: unrelated courses and pages that mention the AI trainer without offering it."""
from lib import add

SIMPLE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}</title>
</head>
<body>
<div class="bar"><a href="/other/index.html">更多课程</a> · <a href="/index.html">职培导航</a></div>
{body}
</body>
</html>
"""


def page(title: str, body: str) -> str:
    return SIMPLE.format(title=title, body=body)


add("/other/index.html", page("更多职业培训课程 - 职培导航", """
<h1>更多职业培训课程</h1>
<ul>
<li><a href="/other/python.html">Python全栈开发就业班</a></li>
<li><a href="/other/yuyingshi.html">育婴师（四级）考证班</a></li>
<li><a href="/other/xiaofang.html">消防设施操作员考证</a></li>
<li><a href="/other/aigc-4-04-05-13.html">生成式人工智能系统应用员（4-04-05-13）培训</a></li>
<li><a href="/other/doors-news.html">企业新闻：人工智能训练师报考全攻略</a></li>
<li><a href="/other/data-labeling-job.html">招聘：数据标注员（持证优先）</a></li>
</ul>
"""), note="list of other course pages")

add("/other/python.html", page("Python全栈开发就业班 | 码上学IT教育", """
<header><b>码上学IT教育</b> 让编程更简单</header>
<h1>Python全栈开发就业班（第38期）</h1>
<p>学制：5个月全日制 &nbsp; 地点：杭州·滨江 &nbsp; 学费：<b>¥19,800</b>（可分期）</p>
<p>课程：Python基础、Web开发（Django/Flask）、数据分析、爬虫、机器学习入门、项目实战。</p>
<p>结业颁发码上学结业证书，推荐就业，平均就业薪资9,800元/月。</p>
<p>咨询：0571-8690 1122</p>
"""), note="Python course offer, not an AI-trainer certificate: not an offer here")

add("/other/yuyingshi.html", page("育婴师考证 包过 四级 1680 - 家和职业培训", """
<h1>育婴师（四级/中级）考证班 火热招生</h1>
<p>家和职业培训学校常年招收育婴师学员，零基础可学，<b>包过</b>！</p>
<p>学费：1680元 &nbsp; 课时：7天面授+线上复习</p>
<p>证书由中国家庭服务职业技能评价中心颁发，全国通用。</p>
<p>电话：0571-8777 3390 王老师</p>
"""), note="育婴师 course with 包过 and an issuer: shady but not an AI-trainer offer, so no flags here")

add("/other/xiaofang.html", page("消防设施操作员 考证挂靠 一年赚几万 - 安消培训", """
<h1>考消防设施操作员，一年挂靠赚几万！</h1>
<p>中级消防设施操作员报名中，挂靠出去一年可以收入三万至五万元。</p>
<p>报名费：3800元 &nbsp; 报名条件：高中以上学历，从事相关工作满2年。</p>
<p>顺带一提：人工智能训练师证目前挂靠价值不大，不建议跟风。</p>
<p>咨询：138 0572 6617</p>
"""), note="消防 certificate sold on 挂靠 income; mentions 人工智能训练师 only in passing: not an AI-trainer offer")

add("/other/aigc-4-04-05-13.html", page("生成式人工智能系统应用员（4-04-05-13）职业技能等级培训 - 苏研职培", """
<h1>生成式人工智能系统应用员（职业编码4-04-05-13）三级/四级培训</h1>
<p>本职业为2022年版《职业分类大典》新增职业，与人工智能训练师（4-04-05-05）是两个不同的职业。</p>
<p>认定机构：江苏苏研职业技能评价有限公司（已在江苏省人社厅备案，备案职业：生成式人工智能系统应用员）。</p>
<p>费用：四级2,680元/人，三级3,480元/人（含认定考核费）。</p>
<p>申报条件：按国家职业标准执行，须提供相关工作年限证明。</p>
<p>报名电话：025-5223 9081</p>
"""), note="course for 4-04-05-13, a different occupation (its evaluator is in scope for it): not an AI-trainer offer")

add("/other/doors-news.html", page("人工智能训练师报考全攻略_行业新闻_鑫远门业", """
<header><img src="/other/img/logo-doors.jpg" alt="鑫远门业"> 鑫远门业 · 专业生产防盗门、钢木门</header>
<nav>首页 | 产品中心 | 工程案例 | <b>新闻中心</b> | 联系我们</nav>
<h1>人工智能训练师报考全攻略</h1>
<p>人工智能训练师：是经人社部门备案认定的职业，近年来需求旺盛。</p>
<p>广东基础补贴：五级 1000 元、四级 1500 元、三级 2400 元，三级人工智能训练师最高可申领 3120 元（广州、深圳、佛山）。</p>
<p>报考需满足国家职业标准规定的工作年限，具体以各地人社部门为准。</p>
<hr>
<p>鑫远门业 热销产品：钢质防盗门 ¥1,280 起 &nbsp; 电话：0757-2238 5512</p>
"""), note="SEO-parasite guide on a door maker's site: subsidy figures and a door price, no certificate offer")

add("/other/data-labeling-job.html", page("【招聘】数据标注员 6-8K 持人工智能训练师证书优先 - 智聘网", """
<h1>数据标注员（图像/文本）</h1>
<p>薪资：6000-8000元/月 &nbsp; 地点：杭州·余杭 &nbsp; 经验：1年以上 &nbsp; 学历：大专</p>
<p>岗位要求：熟悉标注工具，责任心强；<b>持有人工智能训练师（四级及以上）职业技能等级证书者优先</b>。</p>
<p>公司：杭州星标数据服务有限公司 &nbsp; 联系：hr@xingbiao.example</p>
"""), note="job ad asking for the certificate; sells nothing: not an offer")
