from lib import page

# ---------------- Tieba: discussion thread (non-offer) ----------------
page("/tieba/p/8890456.html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>考完人工智能训练师三级了，说说流程和坑_人工智能训练师吧_百度贴吧</title>
<style>.l_post{border-bottom:1px solid #e4e6eb;padding:10px}.d_name{color:#2d64b3}.tail-info{color:#999;font-size:12px}</style>
</head><body>
<div class="card_top"><a href="/index.html">首页</a> &gt; <a href="/tieba/p/8890456.html">人工智能训练师吧</a> <span>关注：3.2W 帖子：18,442</span></div>
<h3 class="core_title_txt">考完人工智能训练师三级了，说说流程和坑</h3>
<div class="l_post" data-field='{"author":{"user_name":"数据标注搬砖人"},"content":{"post_no":1}}'>
 <div class="d_name">数据标注搬砖人</div>
 <div class="d_post_content">坐标杭州，公司统一报的三级。理论考试90分钟机考，实操是在平台上做数据清洗和标注质检，两部分都60分及格。<br>
 证书是评价机构发的，不是人社部直接发的，出证后在技能人才评价证书全国联网查询能查到。<br>
 总结一下坑：<br>1. 网上说什么“包过”“免考”的别信，三级实操真的会卡人；<br>2. 报名要看机构是不是在评价机构公示名单里。</div>
 <div class="tail-info">1楼 2026-11-02 21:14 来自Android客户端</div>
</div>
<div class="l_post"><div class="d_name">小熊不吃糖0412</div>
 <div class="d_post_content">楼主大概花了多少？我们这边培训班报价差好多</div>
 <div class="tail-info">2楼 2026-11-02 21:30</div></div>
<div class="l_post"><div class="d_name">数据标注搬砖人</div>
 <div class="d_post_content">回复 小熊不吃糖0412 :公司出的，听HR说认定费几百块，培训另算。你自己报的话注意看合同。</div>
 <div class="tail-info">3楼 2026-11-02 21:41</div></div>
<div class="l_post"><div class="d_name">吃瓜路人甲</div>
 <div class="d_post_content">mark，明年考四级</div><div class="tail-info">4楼 2026-11-03 08:05</div></div>
<div class="related"><h4>相关帖子</h4><ul>
 <li><a href="/tieba/p/8890123.html">人工智能训练师证书现在还能报吗？求靠谱渠道</a></li>
 <li><a href="/zhihu/question/58213377.html">（外站）人工智能训练师证书有用吗？</a></li>
</ul></div>
<div class="footer">©2026 Baidu 贴吧协议</div>
</body></html>""", note="forum thread sharing exam experience; warns against 包过/免考; no seller, no offer")

# ---------------- Tieba: thread with a seller reply (offer) ----------------
page("/tieba/p/8890123.html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>人工智能训练师证书现在还能报吗？求靠谱渠道_人工智能训练师吧_百度贴吧</title></head>
<body>
<div class="card_top"><a href="/index.html">首页</a> &gt; 人工智能训练师吧</div>
<h3 class="core_title_txt">人工智能训练师证书现在还能报吗？求靠谱渠道</h3>
<div class="l_post"><div class="d_name">想转行的阿杰</div>
 <div class="d_post_content">做客服三年了，想转AI数据方向，听说有人工智能训练师证，求问哪里报靠谱，别太贵。</div>
 <div class="tail-info">1楼 2026-11-20 13:02</div></div>
<div class="l_post"><div class="d_name">AI证书报名小助手</div>
 <div class="d_post_content">私信你了~~ 人工智能训练师三级（高级工）现在还有名额，<b>包拿证</b>，无需到场考试，资料齐全45天左右出证。
 证书人社部统一颁发，全国联网可查。费用2980全包，不收任何其他费用。<br>
 V：aizs_2980（备注贴吧）</div>
 <div class="tail-info">2楼 2026-11-20 13:09</div></div>
<div class="l_post"><div class="d_name">老韭菜了</div>
 <div class="d_post_content">回复 AI证书报名小助手 :又是这种，包拿证不用考的全是骗子，楼主别信。正规的认定是评价机构组织考试，证书也不是人社部发的。</div>
 <div class="tail-info">3楼 2026-11-20 14:26</div></div>
<div class="l_post"><div class="d_name">想转行的阿杰</div>
 <div class="d_post_content">谢谢老哥提醒，我再看看</div><div class="tail-info">4楼 2026-11-20 15:01</div></div>
<p><a href="/tieba/p/8890456.html">返回 人工智能训练师吧</a></p>
</body></html>""", is_offer=True, provider="AI证书报名小助手", issuers=["人社部"], levels=[3],
     fee_min=2980.0, fee_max=2980.0,
     flags=["GOVERNMENT_ISSUER_CLAIM", "GUARANTEED_PASS", "NO_EXAM"],
     note="a seller's reply (2楼) makes the page an offer; 包拿证 = guarantee, 无需到场考试 = no exam, "
          "人社部统一颁发 = government issuer; 全国联网可查 names no site so no UNOFFICIAL flag; "
          "3楼 quotes the claims as a warning (raises nothing)")

# ---------------- Zhihu: explanatory answer (non-offer) ----------------
page("/zhihu/question/58213377.html", """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>人工智能训练师证书有用吗？ - 知乎</title></head>
<body>
<header class="AppHeader"><a href="/index.html">知乎</a></header>
<main>
<h1 class="QuestionHeader-title">人工智能训练师证书有用吗？</h1>
<div class="QuestionHeader-detail">看到很多广告说考了能落户、能拿补贴，还说人社部颁发，是真的吗？</div>
<div class="List-item"><div class="AuthorInfo"><span class="UserLink">林间一只鹿</span> <span>人力资源从业者</span></div>
<div class="RichContent-inner">
<p>谢邀。直接说结论：<strong>有用，但没有广告吹得那么神</strong>。</p>
<p>1. 人工智能训练师（4-04-05-05）是2020年人社部公布的新职业，现在考的是<em>职业技能等级证书</em>，由备案的评价机构颁发，不是“国家职业资格证书”，也不是人社部直接颁发。</p>
<p>2. 所谓“包过”“不用考试直接拿证”“零基础直接报技师”，都是违规宣传，2022年人社部专门搞过“山寨证书”专项治理。</p>
<p>3. 补贴：技能提升补贴五级、四级、三级分别最高1000、1500、2000元，要求参保满一年等条件，二级一级没有这个全国补贴。</p>
<p>4. 查询：只认技能人才评价工作网 osta.mohrss.gov.cn 和证书全国联网查询，别点广告里给的“官网”。</p>
<p>相关阅读：<a href="/zhihu/question/60117420/answer/2981.html">零基础转行AI训练师要多久？</a></p>
</div><div class="ContentItem-time">编辑于 2026-10-30 · IP 属地浙江</div></div>
</main></body></html>""", note="Q&A answer that explains and warns; quoted 包过/直接拿证 are warnings; no offer")

# ---------------- Zhihu: answer that sells a course at the end (offer) ----------------
page("/zhihu/question/60117420/answer/2981.html", """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>零基础转行AI训练师要多久？ - 知乎</title></head>
<body>
<header><a href="/index.html">知乎</a> · <a href="/zhihu/question/58213377.html">人工智能训练师证书有用吗？</a></header>
<h1 class="QuestionHeader-title">零基础转行AI训练师要多久？</h1>
<div class="List-item"><div class="AuthorInfo"><span class="UserLink">AI职场老K</span><span>前大厂数据运营 | 职业规划</span></div>
<div class="RichContent-inner">
<p>作为带过200+学员的过来人，分享一下我的看法（长文预警）。</p>
<h2>一、AI训练师到底干啥</h2>
<p>说白了就是教AI“做人”：数据采集、清洗、标注，给大模型的回答打分、写prompt、做评测。入门门槛确实不高，但做好不容易。</p>
<h2>二、证书怎么选</h2>
<p>人工智能训练师一共五个等级，从五级（初级工）到一级（高级技师）。很多人从五级慢慢考，其实完全没必要——等级越高含金量越高，企业和政策认的都是高级别。</p>
<h2>三、我的建议</h2>
<p>如果你时间紧，建议直接一步到位考二级（技师）。我们和北京中关村人才发展评价中心合作开班，<strong>零基础可报技师</strong>，不看学历不看工作年限，8周系统课+模拟题库。</p>
<p>更香的是政策：现在有技能补贴，<strong>补贴后0元拿二级证</strong>，相当于白送一个技师证。</p>
<p>课程费3.98k，名额有限，<a href="/zhihu/question/60117420/answer/2981.html#card">点我头像看主页链接</a>或评论区扣“技师”领资料。</p>
</div>
<div class="ContentItem-time">发布于 2026-11-12 · IP 属地北京</div>
<div class="ContentItem-actions"><button>赞同 1.2K</button> <button>327 条评论</button></div>
</div></body></html>""", is_offer=True, provider="AI职场老K", issuers=["北京中关村人才发展评价中心"],
     levels=[2], fee_min=3980.0, fee_max=3980.0, flags=["BENEFIT_BAIT", "ELIGIBILITY_SHORTCUT"],
     note="answer turns into a course sale; level 2 to 零基础/不看工作年限 = eligibility shortcut; "
          "补贴后0元拿二级证 = subsidy bait for a level with no national subsidy; fee written 3.98k; "
          "issuer is registry-recognized for level 2, so no issuer flag; 3980 < 6800 ceiling")

# ---------------- 58同城 classified (offer, no issuer) ----------------
page("/58/bj/jineng/x5521907.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>【图】人工智能训练师证 四级三级 报名 稳过 - 朝阳技能培训 - 北京58同城</title>
<meta name="keywords" content="人工智能训练师,考证,北京58同城"></head>
<body>
<div class="nav"><a href="/index.html">北京58同城</a> &gt; <a href="/index.html">教育培训</a> &gt; 技能培训</div>
<div class="detail-title"><h1>人工智能训练师证 四级三级 报名 稳过</h1>
<span class="detail-title__info">更新于 2026-11-25 &nbsp; 浏览 1204 次</span></div>
<div class="infocard">
 <ul>
  <li><span class="k">服务区域：</span><span class="v">朝阳 - 望京</span></li>
  <li><span class="k">类　　别：</span><span class="v">技能培训 / 资格考证</span></li>
  <li><span class="k">联 系 人：</span><span class="v">王老师</span></li>
  <li><span class="k">价　　格：</span><span class="v">四级1800元　三级2600元</span></li>
 </ul>
</div>
<div class="description">
<h3>服务介绍</h3>
<p>人工智能训练师证书报名中！！<br>
✔ 四级 / 三级 均可报，资料简单<br>
✔ 老师全程指导，稳过！<br>
✔ 拿证后可挂靠企业，每年另有1-2万挂证费，躺着回本<br>
✔ 周末班/线上班 自由选择</p>
<p>联系我时请说是在58同城上看到的，谢谢！</p>
</div>
<div class="safety">58同城提醒您：让你提前汇款，或者价格明显低于市价，均有骗子嫌疑，不要轻易相信。</div>
</body></html>""", is_offer=True, provider="王老师", issuers=[], levels=[3, 4],
     fee_min=1800.0, fee_max=2600.0, flags=["BENEFIT_BAIT", "GUARANTEED_PASS", "MISSING_ISSUER"],
     note="classified naming no issuer; 稳过 = guarantee; 挂靠/挂证费 = benefit bait; site's generic "
          "anti-fraud banner is not a claim")

# ---------------- 赶集-like classified (offer, no issuer, only MISSING_ISSUER) ----------------
page("/ganji/ai-zheng-2980.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>AI训练师证三级报名 含培训考试 - 成都赶集网</title></head>
<body>
<table class="top" width="100%"><tr><td><a href="/index.html">赶集网</a></td><td align="right">成都 [切换城市]</td></tr></table>
<div id="wrapper">
<h1 class="title-name">AI训练师证三级报名 含培训考试</h1>
<ul class="basic-info">
<li><i>价格：</i><b class="f22 fc-orange">2980</b>元</li>
<li><i>区域：</i>成都-武侯-桐梓林</li>
<li><i>联系人：</i>刘女士</li>
<li><i>发布：</i>2026-11-26</li>
</ul>
<div class="summary-cont">
人工智能训练师（三级/高级工）周末班开课啦<br>
◆ 课程：数据采集与处理、数据标注、智能训练、智能系统设计<br>
◆ 费用含培训+考试+证书，一次交清无隐形消费<br>
◆ 证书国家认可可查，全国通用<br>
◆ 报名条件：取得四级证书后连续从事相关工作5年，或大专以上相关专业并取得四级证书后工作2年<br>
地址：武侯区桐梓林北路某大厦12楼（地铁1号线桐梓林站）
</div>
</div>
</body></html>""", is_offer=True, provider="刘女士", issuers=[], levels=[3], fee_min=2980.0,
     fee_max=2980.0, flags=["MISSING_ISSUER"],
     note="names no issuer at all; 国家认可可查 names no body and no site, so no GOVERNMENT_ISSUER_CLAIM "
          "or UNOFFICIAL_VERIFICATION_SITE; eligibility is stated correctly")
