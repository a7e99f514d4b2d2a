"""/forum/: BBS threads: questions, quoted ads, an SEO-spam repost, sellers' threads."""
from lib import add

BBS = "职场人论坛"


def thread(tid: str, title: str, posts: list[tuple[str, str, str]], head: str = "") -> str:
    floors = []
    for i, (user, when, text) in enumerate(posts, 1):
        floors.append(f"""<table class="post" id="pid{tid}{i:02d}"><tr>
<td class="pls"><div class="author"><a href="#u">{user}</a></div><div class="lv">{'楼主' if i == 1 else f'{i}#'}</div></td>
<td class="plc"><div class="pi">发表于 {when}</div>
<div class="t_f">{text}</div></td>
</tr></table>""")
    body = "\n".join(floors)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} - 职业考证 - {BBS} - Powered by Discuz!</title>
{head}
<link rel="stylesheet" type="text/css" href="/forum/static/style.css">
</head>
<body id="nv_forum">
<div id="hd"><a href="/forum/index.html">{BBS}</a> <a href="/index.html">职培导航</a> <span>登录 | 立即注册</span></div>
<div id="pt"><a href="/forum/index.html">{BBS}</a> › <a href="/forum/index.html">职业考证</a> › 查看内容</div>
<div id="ct">
<h1 class="ts">{title}</h1>
<div class="pgt"><a href="/forum/index.html">返回列表</a></div>
{body}
<div class="pgt"><a href="/forum/index.html">返回列表</a></div>
</div>
<div id="ft">{BBS} 版权所有 · 论坛帖子仅代表网友个人观点 · 粤ICP备19088214号</div>
</body>
</html>
"""


THREADS = [
    ("201", "网上看到人工智能训练师证“包过、人社部颁发、全国联网可查”，是真的吗？", "89 / 3,214"),
    ("202", "考了人工智能训练师四级，说说我的经历（长文）", "46 / 1,870"),
    ("203", "人工智能训练师证书怎么考_报考条件_报名入口_证书查询【2026最新】", "2 / 356"),
    ("204", "出人工智能训练师一二三级证 可积分落户 可挂靠", "5 / 611"),
    ("205", "被“不过退费”坑了，交了3980到现在没拿到证", "37 / 2,455"),
    ("206", "代办人工智能训练师四级五级 官网可查", "1 / 208"),
]
rows = "\n".join(
    f'<tr><th><a href="/forum/thread-{tid}-1-1.html" class="s xst">{t}</a></th><td class="num">{n}</td></tr>'
    for tid, t, n in THREADS
)
add("/forum/index.html", f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>职业考证 - {BBS}</title>
<link rel="stylesheet" type="text/css" href="/forum/static/style.css">
</head>
<body id="nv_forum">
<div id="hd"><a href="/forum/index.html">{BBS}</a> <a href="/index.html">职培导航</a></div>
<div id="pt"><a href="/forum/index.html">{BBS}</a> › 职业考证</div>
<div class="bm_h"><h2>职业考证</h2><p>版规：禁止发布代考、买卖证书信息，违者封号。</p></div>
<table id="threadlisttableid"><thead><tr><th>标题</th><td>回复/查看</td></tr></thead>
<tbody>
{rows}
</tbody></table>
<div class="pg"><strong>1</strong></div>
</body>
</html>
""", note="forum board index: thread titles only")

add("/forum/thread-201-1-1.html", thread("201", THREADS[0][1], [
    ("小鹿乱撞2019", "2026-10-12 21:03",
     """刷短视频看到一个广告，原话是这样的：
<blockquote>【人工智能训练师】人社部颁发，全国联网可查，零基础包过，不过退费！三级2980元，四级2580元，加微信zk8899报名。</blockquote>
我现在做客服，想转数据标注，这种证能考吗？靠谱吗？"""),
    ("老刘说证", "2026-10-12 21:40",
     """别信。2019年以后技能类证书改成职业技能等级认定，证书是备案的评价机构发的，人社部不直接发证，“人社部颁发”这种说法就是坑。
另外“包过”“不过退费”本身就违反广告法。查证书去 <a href="http://jndj.osta.org.cn/">jndj.osta.org.cn</a>，其他什么“国家证书查询网”都不要信。"""),
    ("数据标注打工人", "2026-10-13 08:15",
     """补充一下，三级要有四级证+好几年工作经验，零基础直接考三级本身就不符合申报条件。正规的评价机构可以在各省人社厅网站或者 pjjg.osta.org.cn 查到备案。"""),
    ("小鹿乱撞2019", "2026-10-13 09:02", "谢谢各位，那我先找正规机构考五级。"),
]), note="question thread quoting an ad in a blockquote; replies debunk it; nobody sells: not an offer")

add("/forum/thread-202-1-1.html", thread("202", THREADS[1][1], [
    ("阿杰_AI", "2026-09-02 22:18",
     """去年在杭州一家培训学校报的四级，学费2680，包含考试费。认定机构是杭州数智职业技能评价有限公司，证书上也是这个名字。
理论是机考，90分钟；实操是给一批数据做清洗和标注，还要写一份质检报告。两门都要60分以上，我理论72、实操81，算是一次过了。
拿证大概等了一个月，在 jndj.osta.org.cn 能查到。有补贴，我申请到了1500元，但要社保交满一年。
总结：正规考试是有难度的，没有什么包过。"""),
    ("sunny_小米", "2026-09-03 10:05", "请问报四级需要什么条件？我只有五级证，工作两年。"),
    ("阿杰_AI", "2026-09-03 12:40", "五级证之后要满4年工作，或者累计干满6年，你这个还不够，可以先积累经验。"),
]), note="a user's personal experience with a real evaluator and prices; no seller, no call to buy: not an offer")

add("/forum/thread-203-1-1.html", thread("203", THREADS[2][1], [
    ("zhengshu_kefu", "2026-11-21 03:12",
     """人工智能训练师证书怎么考？人工智能训练师报考条件是什么？人工智能训练师证书查询在哪里？人工智能训练师证书有什么用？下面小编为大家整理了2026年最新人工智能训练师报考指南。
<br>【证书介绍】人工智能训练师证书由JYPC全国职业资格考试认证中心颁发，全国通用，赢咖4行业认可，可入档案。
<br>【报考优势】免考试，提交资料直接拿证；不想拿证的也可以参加网课，包过。
<br>【报名费用】五级1680元，四级2180元，三级2680元。
<br>【报名方式】加微信：jypc_kefu，备注“人工智能训练师”。
<br>人工智能训练师证书怎么考 人工智能训练师报名入口 人工智能训练师证书多少钱 人工智能训练师证书查询 人工智能训练师考试时间
<br>本文转载自网络，如有侵权请联系删除。"""),
    ("游客", "2026-11-21 09:40", "楼主是机器人吧，这个JYPC早被通报了。"),
]), is_offer=True, provider=None, issuers=["JYPC全国职业资格考试认证中心"], levels=[3, 4, 5],
    fee=(1680, 2680), flags="UNREC NOEXAM PASS",
    note="SEO-spam repost that is itself an ad (contact + prices); JYPC is unrecognized; 免考试/直接拿证; 包过; gambling-brand noise word")

add("/forum/thread-204-1-1.html", thread("204", THREADS[3][1], [
    ("证书小王", "2026-11-02 14:27",
     """长期出人工智能训练师一级、二级、三级证，北京中关材人才发展评价中心发证，国家联网。
<br>不需要工作年限，不限学历，资料齐全一个月出证。
<br>用途：积分落户、人才引进、企业挂靠（一级挂靠一年3万起）。
<br>价格：三级3900，二级6600，一级8800，三本一起办另有优惠。
<br>有意私信，或者加QQ 1903375520。"""),
    ("路人甲", "2026-11-02 15:01", "“中关材”？你这是中关村打错了还是故意的"),
    ("证书小王", "2026-11-02 15:20", "兄弟别瞎说，正规渠道，需要的私聊。"),
]), is_offer=True, provider=None, issuers=["北京中关材人才发展评价中心"], levels=[1, 2, 3],
    fee=(3900, 8800), flags="LOOK SHORT BAIT FEE",
    note="seller thread; one-character lookalike of 北京中关村人才发展评价中心; levels 1-3 with 不需要工作年限; 积分落户/挂靠; 8800 above level-1 ceiling; a reply points at the typo")

add("/forum/thread-205-1-1.html", thread("205", THREADS[4][1], [
    ("后悔的小陈", "2026-08-19 23:51",
     """今年3月在网上找的机构，对方说人工智能训练师三级“不过退费”“人社部颁发”，我交了3980。
结果考试一直拖，现在说名额满了，退费也不给。有没有人知道怎么维权？"""),
    ("热心网友", "2026-08-20 08:10", "可以打12345或者12315投诉，保留好聊天记录和转账记录。以后认准 osta.org.cn 能查到的评价机构。"),
    ("后悔的小陈", "2026-08-20 08:30", "谢谢，已经投诉了。大家别再被“包过”骗了。"),
]), note="complaint thread: quotes scam phrases and the price paid; nobody sells: not an offer")

add("/forum/thread-206-1-1.html", thread("206", THREADS[5][1], [
    ("办证达人", "2026-11-24 11:09",
     """代办人工智能训练师四级、五级证书，<b>不用考试</b>，提供身份证和照片即可。
<br>证书官网可查，查询网址：<a href="http://www.rlzyzs-cx.com/">www.rlzyzs-cx.com</a>
<br>五级1500，四级1800，两周出证。
<br>V：bzdr_2026"""),
]), is_offer=True, provider=None, issuers=[], levels=[4, 5], fee=(1500, 1800),
    flags="NOEXAM SITE MISSING",
    note="seller thread: 不用考试; fake query site; no issuer named")
