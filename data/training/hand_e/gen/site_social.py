"""Xiaohongshu-style notes /xhs/ and Douyin-style video pages /douyin/."""
from common import Page, a, esc, jdump, rec, unrec, fee, name_of
from site_top import XHS, DY

XHS_CSS = """<style>body{margin:0;font:15px/1.6 -apple-system,"PingFang SC",sans-serif;background:#fff}
.side-bar{position:fixed;left:0;top:0;width:200px;height:100%;border-right:1px solid #f0f0f0;padding:16px}
.note-container{margin-left:240px;max-width:640px;padding:20px}.author-wrapper{display:flex;align-items:center}
.username{font-weight:600;margin-left:8px}#detail-title{font-size:18px;font-weight:600;margin:14px 0 6px}
#detail-desc{white-space:pre-wrap}.tag{color:#13386c}.date{color:#999;font-size:13px}
.comment-item{border-top:1px solid #f5f5f5;padding:10px 0}.comment-item .name{color:#999;font-size:13px}
.comment-item .sub{margin-left:36px}.author-tag{background:#ff2442;color:#fff;font-size:11px;padding:0 4px;border-radius:3px}
.interact{color:#333;font-size:14px;margin:10px 0}</style>"""


def xhs_shell(title, inner, state):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)} - 小红书</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="og:type" content="article"><meta name="og:title" content="{esc(title)}">
<meta name="og:site_name" content="小红书">{XHS_CSS}</head>
<body><div id="app"><div class="side-bar">{a("/xhs/search_result/?keyword=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD%E8%AE%AD%E7%BB%83%E5%B8%88&amp;source=web_note_detail_r10", "发现")}<br>
{a("/index.html", "导航首页")}<br><a href="javascript:;">发布</a><br><a href="javascript:;">通知</a></div>
{inner}</div>
<script>window.__INITIAL_STATE__={jdump(state)}</script>
<script src="/xhs/fe-static/vendor-dynamic.7c1a.js" defer></script></body></html>
"""


def xhs_note(nid, title, user, desc, tags, date, ip, likes, comments):
    tg = " ".join(f'<a class="tag" href="/xhs/search_result/?keyword={esc(t)}&amp;type=54">#{t}</a>' for t in tags)
    cms = []
    for who, text, reply, is_author in comments:
        r = ""
        if reply:
            r = f'<div class="sub comment-item"><span class="name">{user} <span class="author-tag">作者</span></span><div class="content">{reply}</div></div>'
        cms.append(f'<div class="comment-item"><span class="name">{who}</span><div class="content">{text}</div>{r}</div>')
    inner = f"""<div class="note-container" id="noteContainer" data-note-id="{nid}">
<div class="author-wrapper"><img class="avatar" src="/xhs/fe-static/avatar-default.png" width="40" alt=""><span class="username">{user}</span>
<button class="follow">关注</button></div>
<div id="detail-title">{title}</div>
<div id="detail-desc" class="desc">{desc}
{tg}</div>
<div class="bottom-container"><span class="date">{date} {ip}</span></div>
<div class="interact">❤ {likes} &nbsp; ⭐ 收藏 &nbsp; 💬 {len(comments)}</div>
<div class="comments-container"><div class="total">共 {len(comments)} 条评论</div>{"".join(cms)}</div></div>"""
    state = {"global": {"appSettings": {"notificationInterval": 30}}, "user": {"loggedIn": False},
             "note": {"currentNoteId": nid, "noteDetailMap": {nid: {"comments": {"list": [], "cursor": "", "hasMore": True},
                      "note": {"noteId": nid, "type": "normal", "title": title, "user": {"nickname": user},
                               "interactInfo": {"likedCount": str(likes), "commentCount": str(len(comments))},
                               "tagList": [{"name": t, "type": "topic"} for t in tags], "ipLocation": ip}}}}}
    return xhs_shell(title, inner, state)


def note_a():
    desc = ("姐妹们‼️还在为没有证书发愁吗😭\n人工智能训练师 中级（四级）📜\n"
            "✅免考 ✅包过 ✅全国通用 ✅电子版可查\n只要 1️⃣6️⃣8️⃣0️⃣ 💰\n"
            "不用上课不用考试，资料齐全一个月下证🚀\n名额不多，需要的dd我／滴滴我 🉑私信")
    html = xhs_note("65f1c2a0000000001203b7e4", "AI训练师证书🔥中级 拿证超快", "考证小蜜蜂🐝", desc,
                    ["人工智能训练师", "AI训练师", "考证", "武汉考证"], "02-12", "湖北", 326, [
                        ("momo", "怎么报呀", "私信你啦宝", True),
                        ("奶茶不加糖", "能包过吗？", "包的宝，不用考👌", True),
                        ("Yuki", "这种能查到吗", "", False)])
    return Page(XHS["a"], html, page_type="offer", kind="xhs-note",
                note="XHS note: 免考/包过, price only as keycap emoji digits 1️⃣6️⃣8️⃣0️⃣ (=1680), dd/滴滴我/私信, "
                     "no issuer named; author confirms 包过 in comments",
                phenomena=["scam_offer", "question_claim", "level_names", "tracking_params", "open_graph"],
                offer={"issuers": [], "levels": [4], "fee_cny": fee(1680),
                       "flags": ["NO_EXAM", "GUARANTEED_PASS", "MISSING_ISSUER"], "optional_flags": [],
                       "suspicious": True})


def note_b():
    nid = "6601a9e3000000001a02f5c1"
    title = "株洲｜数据标注员五级/四级认证班开课啦"
    desc = ("📍株洲天元区\n湘创智能（株洲湘创智能科技有限公司）是备案的用人单位评价机构，这期开放少量社会学员名额～\n"
            "五级 899 / 四级 1299（含培训和认定费）\n要求：五级需相关工作满1年或学徒期满，四级需五级证+4年\n"
            "理论+实操都要考，不包过哦🙏\n感兴趣的私信我～")
    state = {"global": {"appSettings": {"notificationInterval": 30}}, "user": {"loggedIn": False},
             "note": {"currentNoteId": nid, "noteDetailMap": {nid: {"comments": {"list": [
                 {"content": "社会学员也能报？", "userInfo": {"nickname": "Lemon"},
                  "subComments": [{"content": "可以的，名额有限", "userInfo": {"nickname": "湘创小助手"}, "showTags": ["is_author"]}]}],
                 "cursor": "", "hasMore": False},
                 "note": {"noteId": nid, "type": "normal", "title": title, "desc": desc,
                          "user": {"nickname": "湘创小助手", "userId": "5e7c21a9000000000100a3f1"},
                          "interactInfo": {"likedCount": "88", "collectedCount": "41", "commentCount": "1"},
                          "tagList": [{"name": "数据标注", "type": "topic"}, {"name": "人工智能训练师", "type": "topic"},
                                      {"name": "株洲", "type": "location"}],
                          "time": 1708473600000, "ipLocation": "湖南"}}}}}
    html = xhs_shell(title, '<div class="note-container" id="noteContainer"><div class="loading">加载中…</div></div>', state)
    return Page(XHS["b"], html, page_type="offer", kind="xhs-note-spa",
                note="XHS note rendered client-side: the offer (HE09, 五级899/四级1299, 不包过) is only in "
                     "window.__INITIAL_STATE__",
                phenomena=["app_state", "honest_offer", "negated_claim", "tracking_params"],
                offer={"issuers": [rec(name_of("HE09"), "HE09", alt_names=["湘创智能"])], "levels": [5, 4],
                       "fee_cny": fee(899, 1299), "flags": [], "optional_flags": [], "suspicious": False})


def note_c():
    desc = ("备考两个月，终于拿到人工智能训练师三级（高级工）证书了🥹🥹\n证书是河南豫才人力资源服务有限公司发的，全国联网可查～\n"
            "分享一下我的备考方法：\n1️⃣理论先刷题库，错题本很重要\n2️⃣实操多练标注工具，速度要快\n3️⃣考前一周每天一套模拟")
    html = xhs_note("65e8b71d0000000012019d3a", "终于拿到人工智能训练师三级证书啦🎉", "豫见小满", desc,
                    ["人工智能训练师", "考证上岸", "郑州"], "02-06", "河南", 1032, [
                        ("求上岸", "求资料🙏", "已私～", True),
                        ("大白", "能包过吗？", "能的宝，就是我考的豫才那家，三级2880包过，私我拉你进群", True),
                        ("一颗桃", "已私", "", False)])
    return Page(XHS["c"], html, page_type="offer", kind="xhs-note",
                note="'晒证' note; the author's reply to 能包过吗 sells 三级 2880 包过 via HE16 (revoked)",
                phenomena=["reply_offer", "scam_offer", "question_claim", "level_names", "tracking_params"],
                offer={"issuers": [rec(name_of("HE16"), "HE16", alt_names=["豫才"])], "levels": [3],
                       "fee_cny": fee(2880), "flags": ["ISSUER_LAPSED", "GUARANTEED_PASS"], "optional_flags": [],
                       "suspicious": True})


def note_d():
    desc = ("🌟湖北楚天数字技能评价中心 认定发证\n人工智能训练师 三级（高级工）💰2680\n"
            "📌包拿证！不拿证全额退\n📌周末线上课，不耽误上班\n有需要的滴滴我～")
    html = xhs_note("6612f04b000000001b00c8e2", "武汉｜人工智能训练师三级 包拿证", "江城考证姐", desc,
                    ["武汉考证", "人工智能训练师", "高级工"], "02-19", "湖北", 57, [
                        ("风吹麦浪", "线上课有回放吗", "有的，随时看", True),
                        ("Coco", "多少钱来着", "", False)])
    return Page(XHS["d"], html, page_type="offer", kind="xhs-note",
                note="issuer HE02 (…评价中心) is not filed for 4-04-05-05, unlike its near-namesake HE01 (…有限公司); "
                     "包拿证/不拿证全额退; 2680",
                phenomena=["scam_offer", "role_issuer", "level_names", "tracking_params"],
                offer={"issuers": [rec(name_of("HE02"), "HE02")], "levels": [3], "fee_cny": fee(2680),
                       "flags": ["ISSUER_OUT_OF_SCOPE", "GUARANTEED_PASS"], "optional_flags": [], "suspicious": True})


def note_e():
    desc = ("坐标武汉，做数据标注第3年，去年底考了人工智能训练师三级，记录一下～\n"
            "💰费用：在培训学校报的班，一共交了2380（含认定费）\n🏢评价机构：武汉江城智能职业技能评价有限公司，证书上就是这个名字，全国联网能查到\n"
            "📝考试：理论90分钟选择判断，实操是在电脑上做标注和质检，60分过\n⏰时间：报名到拿证大概两个半月\n"
            "总结：不难但要认真练实操，补贴我还在申请中")
    html = xhs_note("65d47e90000000000b0161f7", "人工智能训练师三级备考经验｜花了2380", "数据标注打工人", desc,
                    ["人工智能训练师", "考证经验", "武汉"], "01-30", "湖北", 2214, [
                        ("小柚子", "能包过吗？", "没有包过这种东西哦，我们班也有没过的", True),
                        ("Sam", "哪家学校？", "评论区不方便说，自己去查人社厅的备案名单就行", True),
                        ("开心果", "补贴多久到账", "还没到，听说要审核一两个月", True)])
    return Page(XHS["e"], html, page_type="article", kind="xhs-note",
                note="first-person exam experience naming the issuer and what the author paid (2380); comments ask "
                     "能包过吗, author denies; not an offer",
                phenomena=["question_claim", "negated_claim", "tracking_params"])


def note_f():
    desc = ("⚠️避雷⚠️去年刷到一个广告，说人工智能训练师证“人社部颁发、免考、包过、可以落户”，我交了4680\n"
            "一个月后寄来一本证，发证单位写的是“国家人工智能人才评价中心”\n他们让我去 www.rgzn-zscx.com 查，确实能查到\n"
            "结果去技能人才评价证书全国联网查询一查：查无此证❌\n现在人已经拉黑我了😤 大家一定去官方平台查！")
    html = xhs_note("65c03b2e000000001302a4d9", "避雷⚠️我花4680买了个“免考”AI训练师证", "不想再被骗", desc,
                    ["避雷", "人工智能训练师", "山寨证书"], "01-18", "河南", 5630, [
                        ("路过", "那个网站是假的吧", "对，他们自己做的查询网站", True),
                        ("西瓜", "报警了吗", "报了，还在等", True)])
    html = html.replace("www.rgzn-zscx.com 查", 'www.rgzn-zscx.com 查（<a href="/cx/index.html?from=xhs">就是这个页面</a>）', 1)
    return Page(XHS["f"], html, page_type="article", kind="xhs-note",
                note="victim's warning note: quotes the scam ad (人社部颁发/免考/包过/落户, 4680) and its fake query site; "
                     "not an offer",
                phenomena=["warning", "reported_claim", "unofficial_query_site", "tracking_params"])


def search():
    cards = [
        (XHS["a"], "AI训练师证书🔥中级 拿证超快", "考证小蜜蜂🐝", "✅免考 ✅包过 只要1️⃣6️⃣8️⃣0️⃣", "pc_search"),
        (XHS["e"], "人工智能训练师三级备考经验｜花了2380", "数据标注打工人", "一共交了2380（含认定费）", "pc_search"),
        (XHS["c"], "终于拿到人工智能训练师三级证书啦🎉", "豫见小满", "备考两个月，终于拿证", "pc_search"),
        (XHS["b"], "株洲｜数据标注员五级/四级认证班开课啦", "湘创小助手", "五级899 / 四级1299", "pc_search"),
        (XHS["d"], "武汉｜人工智能训练师三级 包拿证", "江城考证姐", "💰2680 包拿证！", "pc_search"),
        (XHS["f"], "避雷⚠️我花4680买了个“免考”AI训练师证", "不想再被骗", "查无此证❌", "pc_search"),
    ]
    items = "".join(
        f'<section class="note-item"><a class="cover" href="{u}?xsec_token=ABk{i}Zq9mT2xRw&amp;xsec_source={s}">'
        f'<img src="/xhs/fe-static/cover-{i}.jpg" alt=""></a><div class="footer"><a class="title" href="{u}?xsec_token=ABk{i}Zq9mT2xRw&amp;xsec_source={s}">'
        f'<span>{t}</span></a><p class="snip">{sn}</p><div class="author"><span class="name">{n}</span></div></div></section>'
        for i, (u, t, n, sn, s) in enumerate(cards))
    inner = f"""<div class="note-container"><div class="search-tabs"><span class="active">全部</span> <span>最新</span> <span>最热</span></div>
<div class="feeds-container">{items}</div>
<p style="color:#999;font-size:13px">{a(XHS["search"] + "?keyword=%E6%95%B0%E6%8D%AE%E6%A0%87%E6%B3%A8%E5%91%98&amp;source=web_search_result_notes", "相关搜索：数据标注员")}</p></div>"""
    html = xhs_shell("人工智能训练师 - 搜索结果", inner, {"search": {"keyword": "人工智能训练师", "feeds": len(cards)}})
    return Page("/xhs/search_result/index.html", html, page_type="offer_list", kind="xhs-search",
                note="XHS search results (cards with snippets: emoji price, 899/1299, 2680 包拿证); linked as "
                     "/xhs/search_result/?keyword=…",
                phenomena=["search_page", "list_page", "tracking_params"])


# ------------------------------------------------------------------ douyin
def dy_page(vid, author, desc, tags, comments, *, product=None, transcript="", related=()):
    tg = " ".join(f'<a href="javascript:;" class="tag" data-kw="{esc(t)}">#{t}</a>' for t in tags)
    cms = "".join(
        f'<div class="cm"><b>{w}</b>：{t}' + (f'<div class="rp"><b>{author}</b> <i>作者</i>：{r}</div>' if r else "") + "</div>"
        for w, t, r in comments)
    prod = ""
    if product:
        prod = f'<div class="cart"><span class="cart-ico">🛒</span> {product}</div>'
    tr = f'<div class="transcript"><h4>视频文字</h4><p>{transcript}</p></div>' if transcript else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(desc[:40])} - 抖音</title>
<meta name="description" content="{esc(desc)}"><meta property="og:title" content="{esc(author)}的抖音视频">
<style>body{{margin:0;background:#161823;color:#fff;font:14px -apple-system,"PingFang SC"}}.v{{display:flex;max-width:1200px;margin:0 auto}}
.player{{width:720px;height:540px;background:#000}}.info{{flex:1;padding:16px}}.tag{{color:#face15}}
.cm{{border-bottom:1px solid #333;padding:8px 0}}.rp{{margin-left:20px;color:#aaa}}.cart{{background:#fff;color:#111;padding:8px;border-radius:6px;margin:10px 0}}
a{{color:#fff}}</style></head><body>
<div class="hd"><a href="/index.html">抖音</a> · <a href="javascript:;">搜索</a></div>
<div class="v"><div class="player" data-e2e="video-player"><video src="/douyin/media/{vid}.mp4" poster="/douyin/media/{vid}.jpg"></video></div>
<div class="info"><h3 data-e2e="video-author">@{author}</h3><h1 data-e2e="video-desc" style="font-size:16px">{desc} {tg}</h1>
{prod}{tr}<div class="comments" data-e2e="comment-list"><h4>全部评论</h4>{cms}</div>
<div class="related"><h4>相关推荐</h4>{"".join("<p>" + a(u, t) + "</p>" for u, t in related)}</div></div></div>
<script>self.__pace_f = self.__pace_f || []; self.__pace_f.push([1, "vid:{vid}"]);</script></body></html>
"""


def dy_x():
    html = dy_page("7338125590412377382", "职场提升王老师",
                   "人工智能训练师一级（高级技师）🔥零基础直接拿证，1.98w全包，国家人工智能职业技能鉴定中心颁发，拿证可申请人才公寓+落户👉滴滴我",
                   ["人工智能训练师", "高级技师", "落户"],
                   [("阿杰", "能包过吗？", "不用考，直接出证，肯定过"), ("Lily", "真的假的", ""),
                    ("小米粥", "多少钱", "1.98w，私信发你资料")],
                   transcript="家人们，人工智能训练师一级也就是高级技师，现在零基础也能拿，不用考试，资料交上来两个月出证，"
                              "一万九千八全包。拿了这个证可以申请人才公寓，还能落户。")
    html = html[:html.index('<div class="cm"><b>小米粥') + 31]  # the capture stops mid-comment
    return Page(DY["x"], html, page_type="offer", kind="douyin-video",
                note="Douyin video page, truncated HTML (ends mid-comment, no </html>): 一级 for 零基础, 直接拿证/不用考试, "
                     "1.98w = 19800, unrecognized issuer, 人才公寓+落户",
                phenomena=["scam_offer", "level_names", "question_claim", "role_issuer", "open_graph", "broken_page"],
                offer={"issuers": [unrec("国家人工智能职业技能鉴定中心")], "levels": [1], "fee_cny": fee(19800),
                       "flags": ["UNRECOGNIZED_ISSUER", "NO_EXAM", "ELIGIBILITY_SHORTCUT", "BENEFIT_BAIT", "EXCESSIVE_FEE"],
                       "optional_flags": [], "suspicious": True})


def dy_y():
    html = dy_page("7341907265031728419", "郑州小周老师",
                   "郑州人工智能训练师四级（中级工）春季班📢 认定机构：郑州郑东新区职业技能评价有限公司，理论+实操两门考试，小黄车可拼团",
                   ["人工智能训练师", "郑州考证", "数据标注"],
                   [("豆豆", "能包过吗？", "不包过哈，但是题库和实操会带着练到熟"),
                    ("Ray", "没有五级证能报四级吗", "需要五级证+4年，或者累计工作6年，具体可以私信我帮你看")],
                   product="人工智能训练师四级 春季班　拼团价 ¥1480（2人成团）　单独购买 ¥1880",
                   transcript="大家好，我是小周老师。我们这期四级班三月开课，认定机构是郑东评价，考试要考理论和实操，"
                              "不是交钱就发证的。费用单买一千八百八，两个人拼团每人一千四百八。",
                   related=[(DY["z"] + "?modeFrom=recommend", "人工智能训练师证书怎么辨真假")])
    return Page(DY["y"], html, page_type="offer", kind="douyin-video",
                note="honest Douyin offer: HE14 四级, 拼团1480 / 单买1880 (both asked); 能包过吗 answered 不包过",
                phenomena=["honest_offer", "group_price", "question_claim", "negated_claim", "role_issuer", "tracking_params"],
                offer={"issuers": [rec(name_of("HE14"), "HE14", alt_names=["郑东评价"])], "levels": [4],
                       "fee_cny": fee(1480, 1880), "flags": [], "optional_flags": [], "suspicious": False})


def dy_z():
    html = dy_page("7329861044187524362", "人社小课堂",
                   "警惕！“免考拿证”“包过”“交钱落户”都是骗局⚠️ 人工智能训练师证书怎么辨真假，一条视频讲清楚",
                   ["人工智能训练师", "山寨证书", "防骗"],
                   [("晴天", "能包过吗？", "没有包过，正规认定都要考理论和实操"),
                    ("大刘", "我买的证查不到怎么办", "保留证据，向当地人社部门和市场监管部门反映")],
                   transcript="最近不少人刷到“人社部颁发、免考、包过、一万九千八拿高级技师还能落户”的广告。记住三点："
                              "第一，职业技能等级证书由备案评价机构颁发，人社部不直接发证；第二，没有免考；"
                              "第三，查证书只认技能人才评价证书全国联网查询平台。",
                   related=[(DY["x"] + "?modeFrom=recommend&amp;enter_from=video_detail", "人工智能训练师一级 零基础拿证？"),
                            (DY["y"] + "?modeFrom=recommend", "郑州人工智能训练师四级春季班")])
    return Page(DY["z"], html, page_type="article", kind="douyin-video",
                note="warning video: quotes scam phrases (人社部颁发/免考/包过/19800/落户) to debunk them; no offer",
                phenomena=["warning", "reported_claim", "negated_claim", "question_claim", "open_graph"])


def pages():
    return [note_a(), note_b(), note_c(), note_d(), note_e(), note_f(), search(), dy_x(), dy_y(), dy_z()]
