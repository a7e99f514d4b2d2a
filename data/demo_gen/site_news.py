"""/news/: news reports, official warnings, a policy guide and a fabricated-policy noise page."""
from lib import add


def news(title: str, source: str, when: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_资讯频道</title>
<meta name="author" content="{source}">
<meta property="article:published_time" content="{when}">
<link rel="stylesheet" href="/news/css/news.css">
</head>
<body>
<div class="top"><a href="/news/index.html">资讯频道</a> | <a href="/index.html">职培导航</a></div>
<article class="article">
<h1>{title}</h1>
<div class="source">{when[:10]} &nbsp; 来源：{source}</div>
<div class="content">
{body}
</div>
<div class="editor">责任编辑：周敏</div>
</article>
<aside class="related"><h3>相关阅读</h3><ul>
<li><a href="/news/n1.html">人社部门提醒：警惕“山寨证书”</a></li>
<li><a href="/news/n2.html">人工智能训练师报考指南（2026版）</a></li>
<li><a href="/news/n9.html">职业技能等级证书查询常见问题</a></li>
</ul></aside>
</body>
</html>
"""


NEWS = [
    ("n1", "人社部门提醒：警惕“山寨证书”，认准官方查询渠道", "新华网（转载）", "2026-10-20T09:00:00+08:00"),
    ("n2", "人工智能训练师报考指南（2026版）：申报条件、考核方式与证书查询", "职业教育观察", "2026-09-01T08:00:00+08:00"),
    ("n3", "人社部叫停AI证书的发放？行业变革背后的真相与影响", "科技热点汇", "2026-11-02T22:15:00+08:00"),
    ("n4", "发布“包过”“人社部颁发”虚假广告 一培训机构被罚12万元", "市场监管动态", "2026-07-14T16:30:00+08:00"),
    ("n5", "上海去年1.63万人次参加人工智能训练师认定", "新华社", "2026-01-25T10:20:00+08:00"),
    ("n6", "花2980元就能拿AIGC证书？记者调查AI证书培训乱象", "经济观察报道", "2026-06-11T07:00:00+08:00"),
]
T = {slug: (t, s, w) for slug, t, s, w in NEWS}
items = "\n".join(f'<li><a href="/news/{slug}.html">{t}</a><span>{w[:10]}</span></li>' for slug, t, s, w in NEWS)
add("/news/index.html", f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>资讯频道 - 职业技能</title>
<link rel="stylesheet" href="/news/css/news.css"></head>
<body>
<div class="top"><a href="/index.html">职培导航</a></div>
<h1>资讯频道 · 职业技能</h1>
<ul class="newslist">
{items}
<li><a href="/news/n9.html">职业技能等级证书查询常见问题</a><span>2026-05-30</span></li>
</ul>
</body></html>
""", note="news list; one link (n9) is a 404 on purpose")

add("/news/n1.html", news(*T["n1"], """
<p>近期，一些机构和个人在网络上发布“人工智能训练师证书包过”“免考拿证”“人社部颁发”“持证可落户”等虚假信息，诱导群众缴费办证。人社部门提醒广大群众，谨防“山寨证书”骗局。</p>
<p>人社部门介绍，技能人员水平评价类职业资格退出国家职业资格目录后，职业技能等级证书由经人社部门备案的用人单位和社会培训评价组织颁发，人社部不直接颁发职业技能等级证书。凡声称“人社部颁发”“国家职业资格证书”的人工智能训练师证书，均与事实不符。</p>
<p>记者梳理发现，这类广告常见的话术包括：“零基础直升技师”“不过退费”“官网可查”，收费从数千元到上万元不等。有受害者反映，花费6800元购买的所谓“高级人工智能训练师证书”，在官方平台根本查不到。</p>
<p>人社部门提示，职业技能等级证书可登录人社部职业技能鉴定中心（<a href="http://jndj.osta.org.cn/">jndj.osta.org.cn</a>）全国联网查询，评价机构备案信息可在 <a href="http://pjjg.osta.org.cn/">pjjg.osta.org.cn</a> 或各省人社厅网站查询。对于打着“国家职业技能证书查询网”旗号、使用非政府域名的网站，请勿轻信。</p>
"""), note="official warning quoting scam phrases; 6800 is a victim's loss, not a fee: not an offer")

add("/news/n2.html", news(*T["n2"], """
<p><b>一、职业概况</b>人工智能训练师（职业编码4-04-05-05）下设数据标注员、人工智能算法测试员两个工种，设五个等级：五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师。</p>
<p><b>二、申报条件</b>五级需累计从事本职业或相关职业工作1年（含）以上或学徒期满；四级需取得五级证书后工作4年或累计工作6年；三级需取得四级证书后工作5年，或大专及以上相关专业毕业并取得四级证书后工作2年；二级需取得三级证书后工作4年；一级需取得二级证书后工作4年。</p>
<p><b>三、考核方式</b>理论知识考试和操作技能考核，二级、一级还须进行综合评审。各项均实行百分制，60分及以上为合格。</p>
<p><b>四、费用参考</b>认定考核费由各评价机构按备案标准收取，一般每人每次数百元至一千元左右；培训费由市场调节，各地差异较大。</p>
<p><b>五、补贴</b>符合条件的参保职工取得五级、四级、三级证书，可分别申领不超过1000元、1500元、2000元的技能提升补贴。</p>
<p><b>六、证书查询</b>证书由评价机构颁发，可在 <a href="http://jndj.osta.org.cn/">jndj.osta.org.cn</a> 查询。</p>
"""), note="policy guide: eligibility, fee ranges, subsidies; no seller: not an offer")

add("/news/n3.html", news(*T["n3"], """
<p>近日，网上流传“人社部叫停AI证书发放”的消息，引发众多考生关注。据悉，这一变革或将对整个人工智能培训行业带来深远影响。</p>
<p>业内人士分析，随着人工智能技术的飞速发展，证书体系也在不断变革。未来，人工智能训练师证书可能将迎来全新的评价方式，行业洗牌在所难免。</p>
<p>那么，已经取得证书的学员怎么办？专家表示，已取得的证书仍然有效，考生无需恐慌。总之，人工智能证书行业正站在变革的十字路口，机遇与挑战并存。</p>
<p>（本文内容来源于网络，仅供参考）</p>
"""), note="fabricated-policy noise page (no corroboration); no offer")

add("/news/n4.html", news(*T["n4"], """
<p>日前，某市市场监管局公布一起违法广告案件：当事人某教育科技有限公司在其网站及微信公众号发布人工智能训练师培训广告，含有“包过”“不过退费”“人社部颁发”“国家职业资格证书”等内容。</p>
<p>经查，当事人并非职业技能等级认定机构，其宣传的证书亦非人社部门颁发。该公司向学员收取学费1.98万元/人，共招收学员23人。</p>
<p>当事人的行为违反了《中华人民共和国广告法》有关规定，市场监管局依法责令其停止发布违法广告，并处罚款12万元。</p>
<p>市场监管部门提醒，教育培训广告不得对升学、通过考试、获得学位学历或者合格证书作出明示或者暗示的保证性承诺。</p>
"""), note="enforcement report quoting ad claims and the fee charged: not an offer")

add("/news/n5.html", news(*T["n5"], """
<p>记者从上海市人社局获悉，2025年上海共有1.63万人次参加人工智能训练师职业技能等级认定，1.09万人取得证书。该职业已列入上海市急需紧缺高技能人才职业（工种）目录。</p>
<p>上海产训融合技能发展中心负责人介绍，课程以实操为主，理论约占三成。参加培训的学员既有数据服务企业员工，也有转岗的客服人员。</p>
<p>据介绍，符合条件的人员取得证书后可按规定享受技能提升补贴，具体以各区人社部门审核为准。</p>
"""), note="news report with statistics; no offer")

add("/news/n6.html", news(*T["n6"], """
<p>“花2980元，学习50节线上课，便能获得一张认证的AIGC证书。”这是记者近日在某短视频平台看到的一则广告。另一则广告则称“花598元，上4小时课，能获得认证的AIGC证书”，并配以“零基础可学”“交费包过”“拿到证书便可升职加薪”等字样。</p>
<p>记者以学员身份咨询发现，部分机构所称的“证书”实为培训机构自行印制的结业证明，既不是职业技能等级证书，也无法在官方平台查询。</p>
<p>律师提醒，消费者报名前应核实证书颁发机构是否经人社部门备案，勿被“原价9999限时99”等营销话术诱导。</p>
"""), note="investigative report quoting AIGC ads and prices in quotation marks: not an offer")
