"""/board/: a classifieds board (便民网 · 分类信息), list pages and ad detail pages."""
from lib import add


def board(title: str, crumb: str, body: str, head: str = "", mobile: bool = False) -> str:
    if mobile:
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>{title}</title>
{head}
<link rel="stylesheet" href="/board/static/m.css">
</head>
<body class="m">
<header class="m-head"><a href="/board/index.html" class="back">&lt;</a> 便民网 <span class="city">杭州</span></header>
{body}
<footer class="m-foot"><a href="/board/index.html">首页</a> · <a href="/index.html">导航</a> · 电脑版</footer>
</body>
</html>
"""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="keywords" content="杭州职业培训,考证,技能培训,便民网">
{head}
<link rel="stylesheet" href="/board/static/board.css">
</head>
<body>
<div class="topbar"><div class="w">便民网 · 杭州站 [切换城市] &nbsp; <a href="/index.html">职培导航</a> | <a href="/board/index.html">分类信息首页</a> | 登录 | 注册 | <b>免费发布信息</b></div></div>
<div class="header w"><a href="/board/index.html" class="logo">便民网</a>
<form class="search" action="/board/search" method="get"><input name="kw" placeholder="搜索培训、考证信息"><button>搜 索</button></form></div>
<div class="crumb w">当前位置：<a href="/board/index.html">杭州便民网</a> &gt; <a href="/board/index.html">教育培训</a> &gt; {crumb}</div>
{body}
<div class="footer w">
<p>便民网郑重提醒：请勿轻信“先交定金”“内部渠道”等说法，交易前请核实对方资质。本站信息由网友发布，真实性请自行甄别。</p>
<p>客服热线 400-618-2299 &nbsp; 浙ICP备18022331号-2 &nbsp; 浙公网安备 33010602008812号</p>
</div>
</body>
</html>
"""


def ad(title: str, info: str, desc: str, aside: str = "", head: str = "") -> str:
    body = f"""<div class="w main">
<div class="detail">
<h1>{title}</h1>
<div class="meta">{info}</div>
<div class="desc">
{desc}
</div>
</div>
<div class="aside">
{aside or '<div class="box"><h3>安全提示</h3><p>任何要求提前汇款、以“内部名额”为由收费的，均可能是诈骗。</p></div>'}
<div class="box"><h3>相关信息</h3><ul><li><a href="/board/index.html">更多职业培训信息</a></li><li><a href="/board/list_2.html">第2页</a></li></ul></div>
</div>
</div>"""
    return board(title + " - 杭州便民网", "职业技能培训", body, head)


# ---------------------------------------------------------------- list pages
LISTS = {
    1: [
        ("ad-1001", "?utm_source=board&amp;from=list", "人工智能训练师四级/三级周末班 数智评价认定 滨江可面授", "滨江", "11-20", "个人"),
        ("ad-1002", "?utm_source=board&amp;from=list", "人工智能训练师证书 人社部颁发 全国通用 可查", "西湖", "11-19", "商家"),
        ("ad-1003", "?utm_source=board&amp;from=list", "人工智能训练师三级（高级工）快速办理", "上城", "11-18", "个人"),
        ("ad-1004", "?utm_source=board&amp;from=list", "上海居住证积分 人工智能训练师三级", "上海", "11-16", "商家"),
        ("ad-1005", "?utm_source=board&amp;from=list", "人工智能训练师四级考证培训 随到随学", "拱墅", "11-15", "个人"),
    ],
    2: [
        ("ad-1006", "?spm=a2h0c.board.list2.1", "深圳云图智能 人工智能训练师企业评价 报名", "深圳", "11-12", "企业"),
        ("ad-1007", "?spm=a2h0c.board.list2.2", "人工智能训练师五级四级 成都考点", "成都", "11-10", "商家"),
        ("ad-1008", "?spm=a2h0c.board.list2.3", "人工智能训练师三级认定 南京班", "南京", "11-09", "商家"),
        ("ad-1009", "?spm=a2h0c.board.list2.4", "人工智能训练师二级技师 报名咨询", "萧山", "11-06", "个人"),
        ("ad-1010", "?spm=a2h0c.board.list2.5", "数据标注员（人工智能训练师五级）培训+认定", "广州", "11-05", "商家"),
    ],
    3: [
        ("ad-1011", "", "人工智能训练师证 代办 加急", "余杭", "11-02", "个人"),
        ("ad-1012", "", "人工智能训练师一级二级 挂靠", "临平", "10-30", "个人"),
        ("ad-1013", "", "人工智能训练师 暑期班（已过期）", "西湖", "07-21", "商家"),
        ("ad-1014", "", "济南 人工智能训练师三级/四级/五级招生", "济南", "10-26", "商家"),
    ],
}


def list_page(n: int) -> str:
    rows = "\n".join(
        f'<li class="item"><a class="t" href="/board/{slug}.html{q}" target="_blank">{t}</a>'
        f'<span class="area">{area}</span><span class="who">{who}</span><span class="time">{d}</span></li>'
        for slug, q, t, area, d, who in LISTS[n]
    )
    pager = " ".join(
        f'<a href="/board/{"index" if i == 1 else f"list_{i}"}.html">{i}</a>' if i != n else f"<b>{i}</b>"
        for i in (1, 2, 3)
    )
    prev = "" if n == 1 else f'<a href="/board/{"index" if n == 2 else f"list_{n-1}"}.html">上一页</a>'
    nxt = "" if n == 3 else f'<a href="/board/list_{n+1}.html">下一页</a>'
    top_q = "?utm_source=board&amp;from=top" if n != 2 else "?spm=a2h0c.board.top.1&amp;from=top"
    body = f"""<div class="w main">
<div class="filter">类别：<b>职业技能培训</b> 电脑培训 会计培训 学历教育 &nbsp; 区域：全部 西湖 滨江 上城 拱墅 余杭</div>
<div class="top">【置顶】<a href="/board/ad-1002.html{top_q}">人工智能训练师证书 全国通用 可查 — 点击查看</a></div>
<ul class="list">
{rows}
</ul>
<div class="pager">{prev} {pager} {nxt} 共3页</div>
</div>"""
    title = "杭州职业技能培训信息 - 杭州便民网" if n == 1 else f"杭州职业技能培训信息 第{n}页 - 杭州便民网"
    return board(title, "职业技能培训", body)


for n in (1, 2, 3):
    add("/board/index.html" if n == 1 else f"/board/list_{n}.html", list_page(n),
        note=f"classifieds list page {n}: ad titles and links only (incl. tracking-param variants), no terms; offers are the detail pages")

# ---------------------------------------------------------------- ads
add("/board/ad-1001.html", ad(
    "人工智能训练师四级/三级周末班 数智评价认定 滨江可面授",
    "发布时间：2026-11-20 09:12 &nbsp; 浏览：312次 &nbsp; 区域：滨江 &nbsp; 联系人：陈老师 &nbsp; 电话：<b>138 0571 2266</b>",
    """<p>杭州启明职业技能培训学校（民办学校办学许可证：教民133010870001234号）开设人工智能训练师（职业编码4-04-05-05）四级、三级周末班，工种为数据标注员。</p>
<p><b>认定机构：</b>杭州数智职业技能评价有限公司（经浙江省人社部门备案的社会培训评价组织）。考核合格者由该评价机构颁发职业技能等级证书，证书信息可在全国联网查询：<a href="http://jndj.osta.org.cn/">jndj.osta.org.cn</a>。</p>
<p><b>费用：</b>四级 2680元/人；三级 3280元/人（均含培训费、教材费及认定考核费，无其他收费）。</p>
<p><b>申报条件：</b>四级——取得五级证书后累计从事本职业或相关职业工作4年以上，或累计从事本职业或相关职业工作6年以上，或技工院校相关专业毕业；三级——取得四级证书后累计从事本职业或相关职业工作5年以上等。具体以评价机构审核为准。</p>
<p><b>开班时间：</b>2026年12月6日（周六），认定考试预计2027年1月中旬。</p>
<p><b>关于补贴：</b>符合条件的参保职工取得证书后，可按规定向参保地申请技能提升补贴（四级1500元、三级2000元），以当地人社部门审核为准，本校不代办、不作承诺。</p>
<p class="tip">温馨提示：本校不承诺包过，认定考试须本人参加理论知识考试和操作技能考核。</p>"""),
    is_offer=True, provider="杭州启明职业技能培训学校", issuers=["杭州数智职业技能评价有限公司"],
    levels=[3, 4], fee=(2680, 3280),
    note="honest: recognized evaluator in scope, real eligibility, official query site; subsidy amounts conditional (not bait, not fees); 不承诺包过 is a negation; phone/date/licence numbers are not fees")

add("/board/ad-1002.html", ad(
    "人工智能训练师证书 人社部颁发 全国通用 包过 可查",
    "发布时间：2026-11-19 &nbsp; 浏览：2,041次 &nbsp; 区域：西湖 &nbsp; 商家：华职教育 &nbsp; 电话：139-0571-8866（微信同号）",
    """<p style="color:red;font-size:18px">【人工智能训练师】国家认可 ★ 人社部颁发 ★ 全国联网可查！</p>
<p>✔ 五级（初级）1980元<br>✔ 四级（中级）2580元<br>✔ 三级（高级）3280元</p>
<p>✔ <b>包过！</b>不过下期免费重考，直到拿证为止</p>
<p>✔ 证书查询：<a href="http://www.osta-cert.com/">www.osta-cert.com</a>（输入身份证号即可查询，终身有效）</p>
<p>报名咨询：王老师 139-0571-8866（微信同号）。2026年最后一期，12月15日截止报名，名额有限！</p>
<p>华职教育——专注职业资格考证十年</p>"""),
    is_offer=True, provider="华职教育", issuers=["人社部"], levels=[3, 4, 5], fee=(1980, 3280),
    flags="GOV PASS SITE",
    note="人社部颁发 (government issuer claim); 包过; unofficial query site osta-cert.com; three levels but no 零基础/经验 wording, so no shortcut")

CANON = '<link rel="canonical" href="/board/ad-1003.html">'
AD1003_TEXT = """<p>还在为考试发愁？人工智能训练师三级（高级工）证书<b>免考</b>，资料齐全<b>直接拿证</b>，由国家数智职业技能评价中心统一颁发。</p>
<p>办理周期：15个工作日<br>费用：2980元（含证书工本费）<br>所需资料：身份证正反面、一寸白底照片、学历证明</p>
<p>联系：QQ 2850093311 &nbsp; 电话 137 5811 0429</p>"""
add("/board/ad-1003.html", ad(
    "免考直接拿证！人工智能训练师三级（高级工）",
    "发布时间：2026-11-18 &nbsp; 浏览：876次 &nbsp; 区域：上城 &nbsp; 联系人：李先生（个人） &nbsp; <a href=\"/board/m/ad-1003.html\">手机版</a>",
    AD1003_TEXT, head=CANON),
    is_offer=True, provider=None, issuers=["国家数智职业技能评价中心"], levels=[3], fee=(2980, 2980),
    flags="LOOK NOEXAM",
    note="lookalike of 杭州数智职业技能评价有限公司 with a state-sounding prefix; 免考/直接拿证; self rel=canonical")

add("/board/m/ad-1003.html", board(
    "免考直接拿证！人工智能训练师三级（高级工） - 便民网手机版", "",
    f"""<article class="m-detail">
<h1>免考直接拿证！人工智能训练师三级（高级工）</h1>
<p class="m-meta">上城 · 个人 · 11-18</p>
{AD1003_TEXT}
<a class="m-call" href="tel:13758110429">拨打电话</a>
</article>""", head=CANON, mobile=True),
    is_offer=True, provider=None, issuers=["国家数智职业技能评价中心"], levels=[3], fee=(2980, 2980),
    flags="LOOK NOEXAM", duplicate_of="/board/ad-1003.html",
    note="mobile copy of /board/ad-1003.html; rel=canonical points there: the same listing")

add("/board/ad-1004.html", ad(
    "上海居住证积分 人工智能训练师三级 持证直接加60分",
    "发布时间：2026-11-16 &nbsp; 区域：上海 浦东 &nbsp; 商家：申城人才服务 &nbsp; 电话：021-5888 7613",
    """<p>落户上海的捷径！人工智能训练师（三级/高级工）证书可用于<b>上海居住证积分</b>，持证直接加60分，积分、落户两不误。</p>
<table class="kv"><tr><th>认证机构：</th><td>中国人工智能训练师认证中心</td></tr>
<tr><th>学费：</th><td>4800元（报名需先付定金500元，开课后补齐）</td></tr>
<tr><th>上课方式：</th><td>线上直播+线下集训2天</td></tr>
<tr><th>联系人：</th><td>赵老师 021-5888 7613</td></tr></table>
<p>申城人才服务：已帮助3000+学员办理居住证积分</p>"""),
    is_offer=True, provider="申城人才服务", issuers=["中国人工智能训练师认证中心"], levels=[3],
    fee=(4800, 4800), flags="UNREC BAIT",
    note="unrecognized issuer; sold on 居住证积分/落户; 定金500 is a deposit, not a fee; 4800 under the level-3 ceiling")

add("/board/ad-1005.html", ad(
    "人工智能训练师四级考证培训 一个月拿证 1680元",
    "发布时间：2026-11-15 &nbsp; 区域：拱墅 &nbsp; 联系人：刘老师 &nbsp; 电话：18667112390",
    """<p>【招生】人工智能训练师（中级/四级）考证班</p>
<ul><li>学费1680元，随到随学</li>
<li>线上课程+模拟题库，一个月左右拿证</li>
<li>适合想转行做数据标注、AI训练的朋友</li></ul>
<p>地址：杭州市拱墅区莫干山路1418号（近地铁站）&nbsp; 联系人：刘老师 18667112390</p>"""),
    is_offer=True, provider=None, issuers=[], levels=[4], fee=(1680, 1680), flags="MISSING",
    note="offers a certificate course but names no issuer; 一个月拿证 is speed, not 免考")

add("/board/ad-1006.html", ad(
    "深圳云图智能 人工智能训练师（三级/四级）企业评价 开放报名",
    "发布时间：2026-11-12 &nbsp; 区域：深圳 南山 &nbsp; 企业认证 &nbsp; 电话：0755-2660 1188",
    """<p>深圳云图智能科技有限公司为经广东省人社部门备案的职业技能等级认定用人单位。2026年第四季度人工智能训练师职业技能等级认定，面向本企业员工及合作标注基地从业人员开放报名。</p>
<p>等级：四级/中级工、三级/高级工<br>
费用（培训+认定）：四级 2,600元，三级 3,600元</p>
<p>申报要求：须提供从事数据标注或算法测试相关工作年限证明（劳动合同或社保缴费记录），不符合条件者不予受理。</p>
<p>认定方式：理论知识考试+操作技能考核，均实行百分制，成绩皆达60分及以上者为合格，由本公司颁发职业技能等级证书。</p>
<p>证书查询：人社部职业技能鉴定中心 <a href="http://jndj.osta.org.cn/">http://jndj.osta.org.cn</a> 及广东省职业技能鉴定指导中心网站（www.gdosta.org.cn）。</p>
<p>报名邮箱：hr-cert@yuntu-ai.example &nbsp; 电话：0755-2660 1188</p>"""),
    is_offer=True, provider="深圳云图智能科技有限公司", issuers=["深圳云图智能科技有限公司"],
    levels=[3, 4], fee=(2600, 3600),
    note="honest employer-based evaluation (registry employer, levels 3-5); 人社部职业技能鉴定中心 named only as query site")

add("/board/ad-1007.html", ad(
    "人工智能训练师五级四级 成都考点 不过全额退款",
    "发布时间：2026-11-10 &nbsp; 区域：成都 武侯 &nbsp; 商家：蓉城职考 &nbsp; 微信：tfks2026",
    """<p><b>人工智能训练师 五级 2200元 &nbsp; 四级 2800元</b></p>
<p>成都本地考点，报名后安排线上学习+考前冲刺，随报随学。</p>
<p>我们的承诺：一次不过免费重学，两次不过<b>全额退款</b>！</p>
<p>证书样本：</p>
<p><img src="/board/img/cert-sample.jpg" alt="四川天府数字技能评价中心证书样本" width="480"></p>
<p>电话：028-8554 2019 &nbsp; 微信：tfks2026</p>"""),
    is_offer=True, provider="蓉城职考", issuers=["四川天府数字技能评价中心"], levels=[4, 5],
    fee=(2200, 2800), flags="LAPSED PASS",
    note="issuer named only in the image alt text; it is suspended in the registry; 不过全额退款")

# malformed on purpose: unclosed div/p/td, stray closing tags, no </body></html>
add("/board/ad-1008.html", """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>江苏苏研职业技能评价 人工智能训练师三级认定 南京班 - 杭州便民网</title>
<link rel="stylesheet" href="/board/static/board.css">
</head>
<body>
<div class="topbar"><div class="w">便民网 · 杭州站 <a href="/index.html">职培导航</a> | <a href="/board/index.html">分类信息首页</a>
<div class="crumb w">当前位置：<a href="/board/index.html">杭州便民网</a> &gt; 职业技能培训
<div class="w main"><div class="detail">
<h1>江苏苏研职业技能评价 人工智能训练师三级认定 南京班</h1>
<div class="meta">发布时间：2026-11-09 区域：南京 鼓楼 商家：南京智领职业培训学校</span>
<div class="desc">
<p>江苏苏研职业技能评价有限公司主办，南京智领职业培训学校承办：人工智能训练师（三级/高级工）职业技能等级认定培训班
<p>学费：<b>¥3,980</b>（含认定考核费）
<table class="kv"><tr><td>培训时间<td>2026年12月—2027年1月，每周六日
<tr><td>报名条件<td>取得四级证书后累计从事本职业工作5年以上，或大专以上相关专业毕业并取得四级证书后工作2年以上
<tr><td>考核方式<td>理论知识考试+操作技能考核
</table>
<p>报名电话：025-8470 3321（周一至周五）
</div></div>
<div class="footer w"><p>客服热线 400-618-2299 浙ICP备18022331号-2</p>
""",
    is_offer=True, provider="南京智领职业培训学校", issuers=["江苏苏研职业技能评价有限公司"], levels=[3],
    fee=(3980, 3980), flags="OOS",
    note="MALFORMED HTML on purpose; evaluator is filed for 4-04-05-13 only, not 4-04-05-05 (out of scope); otherwise clean")

add("/board/ad-1009.html", ad(
    "零基础直升二级技师 人工智能训练师 包拿证 1.98万",
    "发布时间：2026-11-06 &nbsp; 区域：萧山 &nbsp; 联系人：孙主任 &nbsp; 电话：177 5713 0028",
    """<p>不看学历！不看工作年限！<b>零基础</b>直接报考人工智能训练师<b>二级/技师</b>！</p>
<p>由北京中关村人才发展评价中心颁发证书，官网可查。</p>
<p>全包价 <span class="price">1.98万元</span>（先付定金2000元，拿证后付尾款）——<b>包拿证</b>，拿不到证全额退款。</p>
<p>技师证可对应中级职称，升职加薪必备！</p>
<p>孙主任 177 5713 0028</p>"""),
    is_offer=True, provider=None, issuers=["北京中关村人才发展评价中心"], levels=[2],
    fee=(19800, 19800), flags="SHORT FEE PASS",
    note="recognized issuer name-dropped; level 2 to 零基础 (shortcut); 1.98万 above the level-2 ceiling 6800; 包拿证/拿不到证全额退款 = guaranteed pass; 定金2000 excluded")

add("/board/ad-1010.html", ad(
    "数据标注员（人工智能训练师五级）培训+认定 广州天河",
    "发布时间：2026-11-05 &nbsp; 区域：广州 天河 &nbsp; 商家：广州市卓越职业技能培训学校 &nbsp; 电话：020-3862 5510",
    """<p>广州市卓越职业技能培训学校招生</p>
<table class="kv">
<tr><th>职业</th><td>人工智能训练师（4-04-05-05），工种：数据标注员</td></tr>
<tr><th>等级</th><td>五级/初级工</td></tr>
<tr><th>评价机构</th><td>广东粤才职业技能等级认定中心</td></tr>
<tr><th>费用</th><td>学费+鉴定费合计 1,880元/人</td></tr>
<tr><th>报名条件</th><td>累计从事本职业或相关职业工作1年（含）以上，或本职业学徒期满</td></tr>
<tr><th>课时</th><td>60标准学时</td></tr>
<tr><th>开班</th><td>2026年12月13日</td></tr>
</table>
<p>证书可登录人社部职业技能鉴定中心全国联网查询系统查询。</p>"""),
    is_offer=True, provider="广州市卓越职业技能培训学校", issuers=["广东粤才职业技能等级认定中心"],
    levels=[5], fee=(1880, 1880),
    note="honest: recognized evaluator (levels 3-5) for level 5, real level-5 eligibility")

add("/board/ad-1011.html", ad(
    "人工智能训练师证 代考 本人无需到场 3天出证",
    "发布时间：2026-11-02 &nbsp; 区域：余杭 &nbsp; 个人 &nbsp; 联系V：daiban_ai88",
    """<p>专业代办 人工智能训练师三级、四级</p>
<p>全程<b>代考</b>，本人无需到场，3个工作日出证</p>
<p>价格：¥2,500/本（两本一起办更优惠）</p>
<p>证书可在 <a href="http://zscx-osta.cn/">zscx-osta.cn</a> 查询，假一赔十</p>
<p>联系V：daiban_ai88</p>"""),
    is_offer=True, provider=None, issuers=[], levels=[3, 4], fee=(2500, 2500),
    flags="NOEXAM SITE MISSING",
    note="代考; fake query domain zscx-osta.cn (not *.osta.org.cn); no issuer named")

add("/board/ad-1012.html", ad(
    "人工智能训练师一级二级 挂靠年入3-5万 无需工作经验",
    "发布时间：2026-10-30 &nbsp; 区域：临平 &nbsp; 联系人：周经理 &nbsp; 电话：158 6822 0917",
    """<p>国际人工智能技能认证协会 颁发 人工智能训练师 二级（技师）、一级（高级技师）证书</p>
<p>无需工作经验，无需学历，报名即可！</p>
<p>持证可挂靠企业，年收入3万-5万元不等，躺着赚钱。</p>
<p>收费：二级 5800元 &nbsp; 一级 7600元</p>
<p>周经理 158 6822 0917</p>"""),
    is_offer=True, provider=None, issuers=["国际人工智能技能认证协会"], levels=[1, 2],
    fee=(5800, 7600), flags="UNREC SHORT BAIT",
    note="unrecognized issuer; levels 1-2 with 无需工作经验; 挂靠 income bait; 7600 under level-1 ceiling 8000")

add("/board/ad-1014.html", ad(
    "济南 人工智能训练师三级/四级/五级 政府补贴 学费全额返还",
    "发布时间：2026-10-26 &nbsp; 区域：济南 历下 &nbsp; 商家：泉城技能培训 &nbsp; 电话：0531-8290 6617",
    """<p>2026年冬季人工智能训练师认定招生</p>
<p>鉴定机构：山东鲁信职业技能鉴定有限公司</p>
<p>五级 1680元 &nbsp; 四级 2180元 &nbsp; 三级 2680元</p>
<p><b>政府补贴！考完拿证，学费全额返还！</b>相当于免费学技能。</p>
<p>考点：济南市历下区经十路，泉城技能培训。电话：0531-8290 6617</p>"""),
    is_offer=True, provider="泉城技能培训", issuers=["山东鲁信职业技能鉴定有限公司"], levels=[3, 4, 5],
    fee=(1680, 2680), flags="OOS LAPSED BAIT",
    note="issuer expired 2025-06-30 (lapsed) and is filed for levels 4-5 only (level 3 out of scope); unconditional 政府补贴 学费全额返还")
