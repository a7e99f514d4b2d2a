"""天津河西启航职业培训学校: a WordPress-style school site (/tjpx/)."""
from common import add, rec, fee

SCH = "天津河西启航职业培训学校"


def wp(title, body, *, slug="", head_extra="", sidebar=True):
    side = f"""<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" method="get" action="/tjpx/index.html"><input type="search" name="s" placeholder="搜索…"><button>搜索</button></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul>
<li><a href="/tjpx/course/ai-trainer.html?utm_source=sidebar">人工智能训练师（四级/三级）培训班</a></li>
<li><a href="/tjpx/news/butie-2025.html">2025年天津职业技能提升补贴怎么领？</a></li>
<li><a href="/tjpx/course/sanzheng-taocan.html">心理咨询・健康管理・AI训练师 三证套餐</a></li>
<li><a href="/tjpx/job/biaozhu.html">【招聘】数据标注员10名</a></li></ul></section>
<section class="widget"><h2 class="widget-title">联系我们</h2><p>河西区友谊路与围堤道交口 金皇大厦1108室<br>电话：022-2835 9716<br>微信：qihang_tj</p></section>
</aside>""" if sidebar else ""
    return f"""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; {SCH}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//s.w.org' />
{head_extra}
<link rel='stylesheet' id='wp-block-library-css' href='/tjpx/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='/tjpx/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<script src="/tjpx/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post {slug} ast-right-sidebar">
<div class="cky-consent-container" id="cookie-bar" style="position:fixed;bottom:0;width:100%;background:#222;color:#eee;padding:8px;font-size:13px">
本站使用Cookie改善浏览体验，继续浏览即表示同意。<button onclick="this.parentNode.style.display='none'">知道了</button></div>
<div id="page" class="hfeed site">
<header id="masthead" class="site-header"><div class="ast-container">
<p class="site-title"><a href="/tjpx/index.html" rel="home">{SCH}</a></p>
<p class="site-description">天津市河西区人社局备案・职业技能培训</p>
<nav id="site-navigation"><ul id="primary-menu" class="main-navigation">
<li><a href="/tjpx/index.html">首页</a></li><li><a href="/tjpx/course/ai-trainer.html">人工智能训练师</a></li>
<li><a href="/tjpx/course/sanzheng-taocan.html">套餐课程</a></li><li><a href="/tjpx/news/butie-2025.html">补贴政策</a></li>
<li><a href="/tjpx/job/biaozhu.html">招聘</a></li><li><a href="/index.html">导航</a></li></ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area"><main id="main" class="site-main">
{body}
</main></div>
{side}
</div></div>
<footer class="site-footer"><div class="ast-small-footer">版权所有 &copy; 2025 {SCH} &nbsp;|&nbsp; 津ICP备2021003817号-2 &nbsp;|&nbsp; 由 WordPress 强力驱动</div></footer>
</div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"1"}};</script>
<script src="/tjpx/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body></html>
"""


def build():
    # ---------------------------------------------------------------- home (blog index)
    body = """
<article class="post"><h2 class="entry-title"><a href="/tjpx/course/ai-trainer.html?utm_source=home&amp;utm_campaign=2025q4">人工智能训练师（四级/三级）培训班 12月开课</a></h2>
<div class="entry-summary"><p>四级2280元、三级2980元，支持12期分期；认定由天津滨城数字技能评价有限公司实施……<a class="more-link" href="/tjpx/course/ai-trainer.html">阅读更多</a></p></div></article>
<article class="post"><h2 class="entry-title"><a href="/tjpx/course/ai-trainer-baoding.html">人工智能训练师三级（保定考点）</a></h2>
<div class="entry-summary"><p>与保定评价机构合作，三级高级工，周末集中授课……<a class="more-link" href="/tjpx/course/ai-trainer-baoding.html">阅读更多</a></p></div></article>
<article class="post"><h2 class="entry-title"><a href="/tjpx/course/sanzheng-taocan.html">心理咨询・健康管理・AI训练师 三证套餐</a></h2>
<div class="entry-summary"><p>一次报名，三证同修，心理咨询师3280元、健康管理师2680元、人工智能训练师二级4980元……</p></div></article>
<article class="post"><h2 class="entry-title"><a href="/tjpx/course/bohai-qiye.html">渤海标注企业定向班：免费培训，入职即考证</a></h2>
<div class="entry-summary"><p>面向新入职员工的企业内训与自主评价……</p></div></article>
<article class="post"><h2 class="entry-title"><a href="/tjpx/news/butie-2025.html">2025年天津职业技能提升补贴怎么领？</a></h2>
<div class="entry-summary"><p>五级1000元、四级1500元、三级2000元，条件一文说清……</p></div></article>
<nav class="pagination">1 <a href="/tjpx/index.html?paged=2">2</a> <a href="/tjpx/index.html?paged=2">下一页 &raquo;</a></nav>
"""
    add("/tjpx/index.html", wp("首页", body, slug="home blog"), page_type="offer_list",
        note="WordPress blog index with excerpts quoting prices of several courses",
        phenomena=["list_page", "tracking_params", "other_occupation_price"])

    # ---------------------------------------------------------------- honest offer with instalment/group
    body = """
<article class="post type-post"><header class="entry-header"><h1 class="entry-title">人工智能训练师（四级/三级）培训班 12月开课</h1>
<div class="entry-meta">发布于 2025年11月3日 ・ 作者 启航教务 ・ 分类 <a href="/tjpx/index.html">课程招生</a></div></header>
<div class="entry-content">
<p>人工智能训练师是2020年新职业，主要从事数据标注、数据处理、智能系统运维与算法测试辅助等工作。我校与经备案的评价机构合作，开设四级、三级培训班。</p>
<figure class="wp-block-table"><table><thead><tr><th>等级</th><th>学时</th><th>学费</th><th>评价机构</th></tr></thead><tbody>
<tr><td>四级／中级工</td><td>50</td><td>2280元</td><td>天津滨城数字技能评价有限公司</td></tr>
<tr><td>三级／高级工</td><td>40</td><td>2980元</td><td>天津滨城数字技能评价有限公司</td></tr></tbody></table>
<figcaption>学费含培训费与认定费（认定费按评价机构公布标准代收）</figcaption></figure>
<h3>付款方式</h3>
<ul><li>一次性付清：按上表价格；</li>
<li>分期付款：三级可分12期，每期268元（通过合作分期平台，需审核）；</li>
<li>团报优惠：同一单位3人及以上报四级，每人2080元。</li></ul>
<h3>报名条件</h3>
<p>四级：取得五级证书后从事相关工作满4年，或从事本职业工作满6年，或技工学校相关专业毕业；三级：取得四级证书后从事相关工作满5年等（详见评价机构通知）。报名时我们会帮您核对条件，不符合条件的不收费。</p>
<h3>考核</h3>
<p>天津滨城数字技能评价有限公司组织理论知识考试和操作技能考核，两项均60分以上合格。我们提供考前模拟，但不做“包过”承诺。</p>
<h3>补贴</h3>
<p>取证后可申请技能提升补贴（四级1500元，三级2000元）。<br>前提是本人参加失业保险满1年，且每人每年最多享受3次。</p>
<p>电话：022-2835 9716 ・ 微信 qihang_tj ・ <a href="/bcpj/tzgg/2025-0612.html">查看评价机构认定通知</a></p>
</div></article>
<div id="comments" class="comments-area"><h3>2 条评论</h3>
<ol class="comment-list"><li>天津小刘：分期总共是多少钱？<br><small>启航教务 回复：268×12=3216元，比一次性付多一些手续费。</small></li>
<li>匿名：去年在这儿考的四级，挺正规的，实操要认真练。</li></ol></div>
"""
    add("/tjpx/course/ai-trainer.html", wp("人工智能训练师（四级/三级）培训班 12月开课", body, slug="postid-812"),
        page_type="offer",
        note="honest WordPress course post: 评价机构 column, one-off 2280/2980, 12期×268=3216 instalment, group 2080; subsidy condition on next line",
        phenomena=["honest_offer", "role_issuer", "instalment", "group_price", "level_table", "level_names",
                   "cross_sentence_condition", "subsidy_amount", "negated_claim", "tracking_params", "long_issuer_span"],
        offer={"issuers": [rec("天津滨城数字技能评价有限公司", "HC04")], "levels": [4, 3], "fee": fee(2080, 3216),
               "flags": [], "optional": ["EXCESSIVE_FEE", "BENEFIT_BAIT"]})

    # ---------------------------------------------------------------- expired agency, price in fen
    body = """
<article class="post"><header class="entry-header"><h1 class="entry-title">人工智能训练师三级（保定考点）</h1>
<div class="entry-meta">发布于 2025年10月20日 ・ 分类 课程招生</div></header>
<div class="entry-content">
<p>为方便京津冀学员就近考证，我校与保定雄安智训职业技能评价有限公司合作开设人工智能训练师三级（高级工）周末班，考核在保定考点进行。</p>
<div class="wp-block-group product-box" data-sku="rgzn-l3-bd" data-price="168000" data-currency="CNY">
<p>课程：人工智能训练师 三级／高级工</p>
<p>学费：<span class="js-price" data-price="168000"></span>（含认定费、资料费）</p>
<p>开班：每月第一个周六 ・ 名额30人</p>
<button class="btn-buy" data-price="168000">立即报名</button></div>
<noscript><p>请开启JavaScript查看价格，或电话咨询 022-2835 9716。</p></noscript>
<p>证书由保定雄安智训职业技能评价有限公司颁发，可在全国联网系统查询。</p>
<p>报名条件：取得四级证书后累计从事本职业工作5年以上，或取得四级证书并具有大专以上相关专业学历且取证后工作满2年。</p>
</div></article>
<script>document.querySelectorAll('.js-price').forEach(function(e){var f=parseInt(e.getAttribute('data-price'),10);e.textContent='¥'+(f/100).toFixed(0)});</script>
"""
    add("/tjpx/course/ai-trainer-baoding.html", wp("人工智能训练师三级（保定考点）", body, slug="postid-790"),
        page_type="offer",
        note="price only as data-price in 分 (168000 = 1680); partner agency 保定雄安智训 expired 2024-06-30",
        phenomena=["price_in_fen", "scam_offer", "noscript", "level_names"],
        offer={"issuers": [rec("保定雄安智训职业技能评价有限公司", "HC09", status_alt=["unrecognized"])], "levels": [3],
               "fee": fee(1680), "flags": ["ISSUER_LAPSED"], "optional": []})

    # ---------------------------------------------------------------- free employer training
    body = """
<article class="post"><header class="entry-header"><h1 class="entry-title">渤海标注企业定向班：免费培训，入职即考证</h1>
<div class="entry-meta">发布于 2025年9月8日 ・ 分类 企业合作</div></header>
<div class="entry-content">
<p>天津渤海标注科技有限公司是经备案开展人工智能训练师职业技能等级自主评价的企业，本期委托我校为其新入职员工开设定向培训班。</p>
<ul><li>对象：已与天津渤海标注科技有限公司签订劳动合同的新员工（数据标注员岗位）；</li>
<li>等级：人工智能训练师 五级／初级工（满1年者可报四级／中级工）；</li>
<li>费用：<strong>培训费、认定费全免</strong>，由企业承担；</li>
<li>考核：天津渤海标注科技有限公司按企业自主评价办法组织考核，合格者由该公司颁发职业技能等级证书。</li></ul>
<p>岗位试用期月薪4500元，转正后5000―7000元，五险一金。本班不对社会人员开放。</p>
<p>咨询：渤海标注人力资源部 022-5983 2217，或到我校前台登记。</p>
</div></article>
"""
    add("/tjpx/course/bohai-qiye.html", wp("渤海标注企业定向班：免费培训，入职即考证", body, slug="postid-744"),
        page_type="offer",
        note="free employer self-evaluation class (fee 0, null also accepted); salary figures are not fees",
        phenomena=["honest_offer", "salary", "level_names", "long_issuer_span"],
        offer={"issuers": [rec("天津渤海标注科技有限公司", "HC16")], "levels": [5, 4], "fee": fee(0),
               "fee_alt": [None], "flags": [], "optional": []})

    # ---------------------------------------------------------------- multi-course bundle
    body = """
<article class="post"><header class="entry-header"><h1 class="entry-title">心理咨询・健康管理・AI训练师 三证套餐</h1>
<div class="entry-meta">发布于 2025年8月15日 ・ 分类 套餐课程</div></header>
<div class="entry-content">
<p>想多一门手艺、多一条路？三门热门课程可单报，也可同时报名，一次学习、分别考证。</p>
<h3>① 心理咨询师（三级）</h3><p>学费3280元，72课时录播＋直播答疑；考核由心理咨询行业评价机构组织。</p>
<h3>② 健康管理师（三级）</h3><p>学费2680元，含教材；报考需医学相关学历或工作经历。</p>
<h3>③ 人工智能训练师（二级／技师）</h3>
<p>学费4980元。<strong>不限学历、不限工作经验，零基础可直接报二级技师</strong>，我校老师全程指导准备材料。</p>
<p>认定由天津滨城数字技能评价有限公司组织理论知识考试、操作技能考核及综合评审，合格颁发二级职业技能等级证书。</p>
<h3>报名</h3><p>电话 022-2835 9716，微信 qihang_tj。</p>
</div></article>
"""
    add("/tjpx/course/sanzheng-taocan.html", wp("心理咨询・健康管理・AI训练师 三证套餐", body, slug="postid-731"),
        page_type="offer",
        note="multi-course page: only the AI-trainer part (二级 4980) is the offer; 心理咨询师 3280/健康管理师 2680 are other courses; 零基础直接报二级 with a recognized in-scope issuer (medium only)",
        phenomena=["multi_course", "other_occupation_price", "level_names", "long_issuer_span"],
        offer={"issuers": [rec("天津滨城数字技能评价有限公司", "HC04")], "levels": [2], "fee": fee(4980),
               "flags": ["ELIGIBILITY_SHORTCUT"], "optional": ["EXCESSIVE_FEE"]})

    # ---------------------------------------------------------------- subsidy article
    body = """
<article class="post"><header class="entry-header"><h1 class="entry-title">2025年天津职业技能提升补贴怎么领？</h1>
<div class="entry-meta">发布于 2025年7月2日 ・ 分类 补贴政策</div></header>
<div class="entry-content">
<p>很多学员问考了证能不能领补贴。根据人社部、财政部关于失业保险支持参保职工提升职业技能的政策，符合条件的参保职工取得职业技能等级证书后，可以申领技能提升补贴。</p>
<table><tr><th>证书等级</th><th>补贴标准</th></tr><tr><td>五级／初级工</td><td>1000元</td></tr>
<tr><td>四级／中级工</td><td>1500元</td></tr><tr><td>三级／高级工</td><td>2000元</td></tr></table>
<p>申领条件：累计参加失业保险1年以上；同一职业同一等级只能申领一次；每人每年最多3次。二级、一级没有这项补贴。</p>
<p>办理渠道：天津市人社局网上办事大厅或“津心办”APP。学校不代领、不垫付，任何声称“拿证领补贴等于免费学”的说法都要打个问号。</p>
<p>评价机构是否备案，可在 <a href="https://pjjg.osta.org.cn/">pjjg.osta.org.cn</a> 查询。</p>
</div></article>
"""
    add("/tjpx/news/butie-2025.html", wp("2025年天津职业技能提升补贴怎么领？", body, slug="postid-702"),
        page_type="article", note="subsidy explainer with amounts; sells nothing; warns against 免费学 claims",
        phenomena=["subsidy_amount", "warning", "negated_claim", "level_names"])

    # ---------------------------------------------------------------- job
    body = """
<article class="post"><header class="entry-header"><h1 class="entry-title">【招聘】数据标注员10名（河西区，可无经验）</h1>
<div class="entry-meta">发布于 2025年10月28日 ・ 分类 招聘信息</div></header>
<div class="entry-content">
<p>合作企业：天津渤海标注科技有限公司（河西区分部）</p>
<ul><li>岗位：数据标注员（图像、文本、语音）</li><li>人数：10名</li>
<li>薪资：试用期4500元/月，转正5000―7000元/月，绩效另计</li>
<li>要求：高中及以上学历，会基本电脑操作，打字速度40字/分钟以上</li>
<li>福利：五险一金、带薪年假、入职后参加公司内部培训</li></ul>
<p>投递简历：hr@bhbz-tj.com.cn 或到我校前台登记，由企业统一面试。本岗位不收取任何费用。</p>
</div></article>
"""
    add("/tjpx/job/biaozhu.html", wp("【招聘】数据标注员10名", body, slug="postid-801"), page_type="job",
        note="job posting for data annotators; salaries are not fees; no certificate offer", phenomena=["salary"])
