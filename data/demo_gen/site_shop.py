"""/shop/: a course shop (课程商城) with JSON-LD and microdata product pages."""
import json

from lib import add

SHOP = "智学优选"


def shop(title: str, body: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="stylesheet" href="/shop/assets/shop.css">
</head>
<body>
<header class="shop-head">
<a class="brand" href="/shop/index.html">{SHOP}·课程商城</a>
<nav><a href="/shop/index.html">全部课程</a><a href="/shop/index.html#it">职业技能</a><a href="/shop/index.html#ai">人工智能</a><a href="/index.html">职培导航</a></nav>
<span class="cart">购物车(0)</span>
</header>
<main class="shop-main">
{body}
</main>
<footer class="shop-foot">
<p>{SHOP}课程商城由智学优选教育科技（杭州）有限公司运营 · 入驻机构课程由入驻机构负责 · 客服 400-870-5566</p>
<p>浙ICP备2022018876号 · 增值电信业务经营许可证 浙B2-20220451</p>
</footer>
</body>
</html>
"""


def ld(obj: dict) -> str:
    return '<script type="application/ld+json">\n' + json.dumps(obj, ensure_ascii=False, indent=2) + "\n</script>"


def product(pid: str, title: str, crumbs: str, buybox: str, detail: str, head: str = "") -> str:
    body = f"""<div class="crumbs"><a href="/shop/index.html">首页</a> &gt; {crumbs}</div>
<section class="product" id="p{pid}">
<div class="gallery"><img src="/shop/img/p{pid}.jpg" alt="课程封面"></div>
{buybox}
</section>
<section class="detail">
<h2>课程详情</h2>
{detail}
</section>
<section class="service"><h3>服务说明</h3><p>虚拟课程商品，开通后不支持7天无理由退货，详见各商品说明。商品编号：{pid}</p></section>"""
    return shop(title, body, head)


# ------------------------------------------------------------ index
CARDS = [
    ("1001", "人工智能训练师（四级/中级工）系统班"),
    ("1002", "人工智能训练师 高级技师+技师 双证直通车"),
    ("1003", "人工智能训练师五级（初级工）证书班"),
    ("1004", "人工智能训练师三级/二级 认定中心直营班"),
    ("1005", "人工智能训练师 国家职业资格证书 三级/四级"),
    ("1006", "AI Trainer Certification Level 3 · 人工智能训练师三级（双语）"),
    ("1007", "人工智能训练师 四级/五级 在线学习直接发证"),
    ("1008", "人工智能训练师（三级）国家职业资格证书班"),
    ("1009", "人工智能训练师 一级/高级技师 研修班"),
]
cards = "\n".join(
    f'<li class="card"><a href="/shop/p/{pid}.html"><img src="/shop/img/p{pid}.jpg" alt=""><p>{name}</p><span class="go">立即查看</span></a></li>'
    for pid, name in CARDS
)
add("/shop/index.html", shop(f"{SHOP}课程商城 - 人工智能课程", f"""
<div class="banner">双十二预热 · 职业技能课程专场</div>
<h2 id="ai">人工智能 · 职业技能</h2>
<ul class="cards">
{cards}
</ul>
<h2 id="it">更多</h2>
<ul class="cards"><li class="card"><a href="/other/python.html"><p>Python全栈开发就业班（合作机构）</p></a></li></ul>
"""), note="shop category page: product names and links only, no prices or issuers")

# ------------------------------------------------------------ 1001 honest, JSON-LD Course
add("/shop/p/1001.html", product(
    "1001", f"人工智能训练师（四级/中级工）系统班 - {SHOP}课程商城", "职业技能 &gt; 人工智能",
    """<div class="buybox">
<h1>人工智能训练师（四级/中级工）系统班</h1>
<p class="sub">入驻机构：杭州启明职业技能培训学校 · 50标准学时 · 含认定考核费</p>
<div class="price-row">原价<del>¥6,800</del> 现价<span class="price">¥2,980</span> <em>已售 1,286</em></div>
<p>实付：<b>¥2,980.00</b> &nbsp; 好评率 98%</p>
<button>立即报名</button>
</div>""",
    """<p><b>发证单位：</b>杭州数智职业技能评价有限公司（经浙江省人社部门备案的社会培训评价组织），考核合格颁发人工智能训练师四级/中级工职业技能等级证书。</p>
<p><b>报考条件：</b>取得五级证书后累计从事本职业或相关职业工作4年（含）以上；或累计从事本职业或相关职业工作6年（含）以上；或技工学校相关专业毕业。报名时需上传证明材料，审核不通过全额退款。</p>
<p><b>证书查询：</b><a href="https://www.osta.org.cn/">www.osta.org.cn</a> / <a href="http://jndj.osta.org.cn/">jndj.osta.org.cn</a></p>
<p>注：认定考试须本人参加，本课程不承诺通过率。</p>""",
    head=ld({
        "@context": "https://schema.org", "@type": "Course",
        "name": "人工智能训练师（四级/中级工）系统班",
        "description": "人工智能训练师四级培训与认定，50标准学时",
        "provider": {"@type": "Organization", "name": "杭州启明职业技能培训学校"},
        "offers": {"@type": "Offer", "price": "2980.00", "priceCurrency": "CNY",
                   "availability": "https://schema.org/InStock"},
    })), is_offer=True, provider="杭州启明职业技能培训学校", issuers=["杭州数智职业技能评价有限公司"],
    levels=[4], fee=(2980, 2980),
    note="honest; struck 原价 6800 excluded; JSON-LD provider is the training school, the issuer is named in text; 审核不通过全额退款 is an eligibility-review refund, not a pass guarantee")

# ------------------------------------------------------------ 1002 microdata, lookalike, 1.98万
add("/shop/p/1002.html", product(
    "1002", f"人工智能训练师 高级技师+技师 双证直通车 - {SHOP}课程商城", "职业技能 &gt; 人工智能",
    """<div class="buybox" itemscope itemtype="https://schema.org/Product">
<h1 itemprop="name">人工智能训练师 高级技师+技师 双证直通车</h1>
<meta itemprop="brand" content="中国粤才职业技能等级认定中心">
<p class="sub" itemprop="description">一级（高级技师）+二级（技师）双证，零基础可报，无需工作年限证明</p>
<div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
<p class="price-row">套餐价 <span class="price">1.98万</span></p>
<meta itemprop="price" content="19800">
<meta itemprop="priceCurrency" content="CNY">
<p>支持分期：¥1,650 × 12期</p>
</div>
<button>立即抢购</button>
</div>""",
    """<p>✅ 零基础可报，无需工作年限，无需学历</p>
<p>✅ 一次报名，高级技师+技师两本证书同时下发</p>
<p>✅ 发证机构：中国粤才职业技能等级认定中心</p>
<p>✅ 可用于人才引进、职称评审参考</p>
<p>入驻机构：粤职通教育</p>"""), is_offer=True, provider="粤职通教育",
    issuers=["中国粤才职业技能等级认定中心"], levels=[1, 2], fee=(19800, 19800),
    flags="LOOK SHORT FEE",
    note="microdata Product; lookalike of 广东粤才职业技能等级认定中心 (state-sounding prefix); levels 1+2 to 零基础; 1.98万 above level-1 ceiling; 分期 instalment not a fee")

# ------------------------------------------------------------ 1003 missing issuer, 包过, 限时特惠
add("/shop/p/1003.html", product(
    "1003", f"人工智能训练师五级（初级工）证书班 限时特惠 - {SHOP}课程商城", "职业技能 &gt; 人工智能",
    """<div class="buybox">
<h1>人工智能训练师五级（初级工）证书班</h1>
<p class="sub">零基础可学 · 4周拿证 · 交费包过</p>
<p class="price-row"><span class="tag">限时特惠 1280元</span> 原价<del>3980元</del></p>
<p class="countdown">距活动结束 02天 11:26:09</p>
<button>立即抢购</button>
</div>""",
    """<p>课程内容：数据采集、数据清洗、数据标注、智能系统基础运维，共60课时录播+直播答疑。</p>
<p>服务承诺：<b>交费包过</b>，专属班主任全程督学。</p>
<p>拿到证书便可升职加薪，90%的小白都能学会！</p>""",
    head=ld({
        "@context": "https://schema.org", "@type": "Course",
        "name": "人工智能训练师五级（初级工）证书班",
        "provider": {"@type": "Organization", "name": "优学职教"},
        "offers": {"@type": "Offer", "price": "1280", "priceCurrency": "CNY"},
    })), is_offer=True, provider="优学职教", issuers=[], levels=[5], fee=(1280, 1280),
    flags="PASS MISSING",
    note="JSON-LD provider is the seller, no issuer anywhere; 交费包过; 零基础 for level 5 only is not the shortcut code; struck 原价 3980 excluded")

# ------------------------------------------------------------ 1004 JSON-LD provider = issuer, level 2 out of scope
YC = "广东粤才职业技能等级认定中心"
add("/shop/p/1004.html", product(
    "1004", f"人工智能训练师三级/二级 认定中心直营班 - {SHOP}课程商城", "职业技能 &gt; 人工智能",
    """<div class="buybox">
<h1>人工智能训练师三级/二级 认定中心直营班</h1>
<p class="sub">认定中心直营 · 线下实训 · 广州</p>
<ul class="sku"><li>三级/高级工 <b>¥3,680</b></li><li>二级/技师 <b>¥5,800</b></li></ul>
<button>选择等级</button>
</div>""",
    """<p>本课程由认定中心直营，培训结束后参加本中心组织的职业技能等级认定。</p>
<p><b>三级报考条件：</b>取得四级证书后累计从事本职业或相关职业工作5年（含）以上，或大专及以上相关专业毕业并取得四级证书后工作2年（含）以上。</p>
<p><b>二级报考条件：</b>取得三级/高级工证书后累计从事本职业或相关职业工作4年（含）以上。二级另需通过综合评审。</p>""",
    head=ld({
        "@context": "https://schema.org", "@type": "Course",
        "name": "人工智能训练师三级/二级 认定中心直营班",
        "provider": {"@type": "Organization", "name": YC, "address": "广州市天河区"},
        "hasCourseInstance": [{"@type": "CourseInstance", "courseMode": "onsite", "location": "广州"}],
        "offers": [
            {"@type": "Offer", "name": "三级/高级工", "price": 3680, "priceCurrency": "CNY"},
            {"@type": "Offer", "name": "二级/技师", "price": 5800, "priceCurrency": "CNY"},
        ],
    })), is_offer=True, provider=YC, issuers=[YC], levels=[2, 3], fee=(3680, 5800),
    flags="OOS",
    note="issuer appears only as the JSON-LD provider (sells its own assessment); it is filed for levels 3-5, so level 2 is out of scope; eligibility text is correct")

# ------------------------------------------------------------ 1005 JSON-LD author = OSTA, fake query site
OSTA = "人力资源和社会保障部职业技能鉴定中心"
add("/shop/p/1005.html", product(
    "1005", f"人工智能训练师 国家职业资格证书 三级/四级 - {SHOP}课程商城", "职业技能 &gt; 人工智能",
    """<div class="buybox">
<h1>人工智能训练师 国家职业资格证书（三级/四级）</h1>
<p class="sub">国家职业资格证书 · 全国通用 · 终身有效</p>
<ul class="sku"><li>四级 ¥2,280</li><li>三级 ¥2,880</li></ul>
<button>立即报名</button>
</div>""",
    """<p>证书为国家职业资格证书，全国通用，可作为求职、任职、开业的凭证。</p>
<p>证书查询：国家职业技能证书查询网 <a href="http://www.zyjnzscx.com/">www.zyjnzscx.com</a></p>
<p>入驻机构：鼎学教育</p>""",
    head=ld({
        "@context": "https://schema.org", "@type": "Course",
        "name": "人工智能训练师 国家职业资格证书（三级/四级）",
        "author": {"@type": "Organization", "name": OSTA},
        "provider": {"@type": "Organization", "name": "鼎学教育"},
        "offers": {"@type": "AggregateOffer", "lowPrice": "2280", "highPrice": "2880", "priceCurrency": "CNY"},
    })), is_offer=True, provider="鼎学教育", issuers=[OSTA], levels=[3, 4], fee=(2280, 2880),
    flags="GOV SITE",
    note="JSON-LD author presents the ministry's centre as issuer; calls it 国家职业资格证书; fake query site on .com")

# ------------------------------------------------------------ 1006 bilingual honest
ZGC = "北京中关村人才发展评价中心"
add("/shop/p/1006.html", product(
    "1006", f"AI Trainer Certification Level 3 · 人工智能训练师三级 - {SHOP}课程商城", "职业技能 &gt; 人工智能",
    """<div class="buybox" lang="en">
<h1>AI Trainer certification, Level 3 (人工智能训练师三级/高级工)</h1>
<p class="sub">Bilingual weekend class in Beijing · 40 standard hours</p>
<p class="price-row">Price: <span class="price">¥3,280</span> (training + assessment fee)</p>
<button>Enroll now</button>
</div>""",
    f"""<div lang="en">
<p><b>Certified by</b> {ZGC} (Zhongguancun Talent Development Evaluation Center), a filed evaluation organization for occupation 4-04-05-05.</p>
<p><b>Eligibility:</b> a Level 4 certificate plus 5 years of work in this or a related occupation, or a college diploma in a related major plus a Level 4 certificate and 2 years of work.</p>
<p><b>Exam:</b> theory test and practical skills test, 100 points each, 60 to pass. We do not guarantee passing.</p>
<p><b>Verify:</b> certificates can be checked at <a href="http://jndj.osta.org.cn/">jndj.osta.org.cn</a>.</p>
</div>
<p>中文说明：本课程为人工智能训练师三级双语周末班，评价机构为{ZGC}，考核须本人参加。</p>
<p>入驻机构：京华国际职业教育</p>"""), is_offer=True, provider="京华国际职业教育", issuers=[ZGC],
    levels=[3], fee=(3280, 3280),
    note="honest, mostly English; recognized evaluator; 'We do not guarantee passing' is a negation")

# ------------------------------------------------------------ 1007 no exam, unrecognized
add("/shop/p/1007.html", product(
    "1007", f"人工智能训练师 四级/五级 在线学习直接发证 - {SHOP}课程商城", "职业技能 &gt; 人工智能",
    """<div class="buybox">
<h1>人工智能训练师 四级/五级 在线学习直接发证</h1>
<p class="sub">无需考试 · 学满40课时直接发证 · 7天出证</p>
<ul class="sku"><li>五级 ¥680</li><li>四级 ¥980</li></ul>
<button>立即购买</button>
</div>""",
    """<p>本课程为全程线上学习，<b>无需考试</b>，学满40课时后由全球AI技能认证委员会直接发证。</p>
<p>证书含防伪二维码，扫码可验真伪。</p>
<p>入驻机构：云课堂职业教育</p>"""), is_offer=True, provider="云课堂职业教育",
    issuers=["全球AI技能认证委员会"], levels=[4, 5], fee=(680, 980), flags="UNREC NOEXAM",
    note="无需考试/直接发证; unrecognized issuer")

# ------------------------------------------------------------ 1008 inserted-word lookalike + 国家职业资格证书
add("/shop/p/1008.html", product(
    "1008", f"人工智能训练师（三级）国家职业资格证书班 - {SHOP}课程商城", "职业技能 &gt; 人工智能",
    """<div class="buybox">
<h1>人工智能训练师（三级/高级工）国家职业资格证书班</h1>
<p class="price-row">￥3,580 <small>/人</small></p>
<button>立即报名</button>
</div>""",
    """<p>由广东粤才人工智能职业技能等级认定中心颁发国家职业资格证书，全国通用。</p>
<p>报考条件：取得四级证书后从事本职业5年以上，或大专以上学历取得四级证书后从事本职业2年以上。</p>
<p>考核方式：理论+实操，须本人到考点参加考核。</p>
<p>入驻机构：粤职通教育</p>"""), is_offer=True, provider="粤职通教育",
    issuers=["广东粤才人工智能职业技能等级认定中心"], levels=[3], fee=(3580, 3580), flags="LOOK GOV",
    note="inserted-word lookalike of 广东粤才职业技能等级认定中心; 国家职业资格证书 wording; fullwidth ￥")

# ------------------------------------------------------------ 1009 table cell issuer, level 1 out of scope
SZ = "杭州数智职业技能评价有限公司"
add("/shop/p/1009.html", product(
    "1009", f"人工智能训练师 一级/高级技师 研修班 - {SHOP}课程商城", "职业技能 &gt; 人工智能",
    """<div class="buybox">
<h1>人工智能训练师 一级/高级技师 研修班</h1>
<p class="sub">面向持二级/技师证书的资深从业者 · 30标准学时 · 含论文指导与综合评审</p>
<p class="price-row">¥7,800</p>
<button>提交资格审核</button>
</div>""",
    f"""<table class="spec" border="1">
<tr><th>等级</th><td>一级/高级技师</td></tr>
<tr><th>认定机构</th><td>{SZ}</td></tr>
<tr><th>报名条件</th><td>取得本职业二级/技师职业技能等级证书后，累计从事本职业或相关职业工作4年（含）以上</td></tr>
<tr><th>认定方式</th><td>理论知识考试、操作技能考核、综合评审</td></tr>
<tr><th>费用</th><td>¥7,800（含培训、认定及评审费）</td></tr>
</table>
<p>入驻机构：杭州启明职业技能培训学校</p>"""), is_offer=True, provider="杭州启明职业技能培训学校",
    issuers=[SZ], levels=[1], fee=(7800, 7800), flags="OOS",
    note="issuer in a table cell; recognized evaluator filed for levels 2-5 only, so level 1 is out of scope; eligibility correct; 7800 under ceiling 8000")
