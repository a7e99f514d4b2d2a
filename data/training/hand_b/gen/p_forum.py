"""贴吧-like threads (UTF-8) and 山城社区 Discuz! threads (GBK, <base href="/bbs/">)."""
from common import page, iss, offer, esc
from chrome import tb_page, tb_floor, dz_page, dz_post

TB = "/tieba/p/"

LINES = ["顶一下", "同问，蹲一个答案", "我也是四级，准备明年考三级", "三级实操好难，智能训练那块完全不会",
         "标注平台用的是哪个？", "理论题库刷了两遍，感觉还行", "成都这边考场在哪里啊", "楼主加油", "mark",
         "四级我考了两次才过，实操第一次没注意质检规则", "有没有一起组队学习的", "做了一年拉框，手都要废了",
         "感觉证书对涨工资帮助不大，主要还是看项目", "我们公司持证有200补贴", "大专相关专业能少等几年",
         "看一下国家职业技能标准就知道了", "别找中介，直接找评价机构报名", "请问理论考试是机考吗", "是机考，90分钟",
         "实操是在电脑上做标注题", "前排围观", "同蓉漂，一起加油", "我是会计转行的，现在做文本标注", "吧里大佬多"]
USERS = ["蓉城小透明", "锦江打工人", "高新区标注员", "郫都吃货", "天府三街", "温江小王", "川大路人", "成华区阿强", "数据标注小白", "考证老油条"]


def chatter(start, n, seed, date):
    import random
    r = random.Random(seed)
    out = []
    for k in range(n):
        out.append(tb_floor(r.choice(USERS), str(r.randint(3, 12)), start + k, f"{date} {10 + k % 12:02d}:{r.randint(0, 59):02d}", r.choice(LINES)))
    return out


def thread_head(title, replies, pages=1, tid=""):
    pg = " ".join(f'<a href="{TB}{tid}.html?pn={i}">{i}</a>' for i in range(1, pages + 1))
    return f"""<div class="l_post" style="display:block;padding:12px 16px"><h1 class="core_title_txt" style="font-size:18px;margin:0">{esc(title)}</h1>
<span style="color:#999">回复贴：{replies} &nbsp; <a href="{TB}{tid}.html?see_lz=1">只看楼主</a> &nbsp; <a href="javascript:;">收藏</a> &nbsp; 共{pages}页 {pg}</span></div>"""


def build_tieba():
    rows = [
        ("8812345671", "【曝光】AI训练师考证骗局合集，大家擦亮眼睛！！", "有网友反映，有机构广告声称“包过”“人社部颁发”，交了4880……", "守护钱包的吧务", 326, "?fr=frs"),
        ("8812398820", "四级考完了，问下三级怎么报？", "成都，去年底考的四级，现在想接着考三级……", "蓉漂数据人", 48, "?share=9105&fr=sharewise&see_lz=0"),
        ("8812455902", "绵阳有没有一起考人工智能训练师的", "科技城这边有没有组队的，求靠谱机构……", "涪江边的猫", 19, "?pn=1"),
        ("8812300001", "【招生】高级工+技师双证8800 包过 名额有限", "该贴已被删除", "ai证书张老师", 0, ""),
        ("8812455902", "绵阳有没有一起考人工智能训练师的（二楼有价格）", "原来2680，现在报名是2180……", "涪江边的猫", 19, "?pn=1&red_tag=2918263"),
    ]
    lis = "\n".join(f"""<li class="threadlist_li j_thread_list"><span class="threadlist_rep_num" title="回复">{r}</span>
<a class="j_th_tit" href="{TB}{tid}.html{q.replace('&', '&amp;')}" title="{esc(t)}">{esc(t)}</a>
<div class="threadlist_abs" style="color:#666">{esc(a)}</div><span class="tb_icon_author" style="color:#999">主题作者: {esc(u)}</span></li>""" for tid, t, a, u, r, q in rows)
    body = f"""<div style="width:980px;margin:0 auto;background:#fff;padding:8px 14px"><a href="javascript:;">看贴</a> | <a href="javascript:;">图片</a> | <b>精品</b> | <a href="javascript:;">视频</a> | <a href="javascript:;">游戏</a></div>
<ul id="thread_list" style="list-style:none;margin:0;padding:0">
{lis}
</ul>
<div style="width:980px;margin:8px auto;background:#fff;padding:8px 14px" class="pagination-default"><span class="pagination-current">1</span> <a href="/tieba/f/index.html?kw=人工智能训练师&amp;pn=50">2</a> <a href="/tieba/f/index.html?kw=人工智能训练师&amp;pn=100">下一页&gt;</a></div>"""
    page("/tieba/f/index.html", tb_page("人工智能训练师吧-百度贴吧", body), "offer_list",
         "forum thread list; snippets quote ad prices (8800 包过, 2180); links to one deleted thread (404)",
         ["list_page", "tracking_params", "reported_claim"])

    # ---------------------------------------------------------------- scam exposé thread (no offer)
    f = [
        tb_floor("守护钱包的吧务", "吧务 14", 1, "2025-06-03 21:14",
                 "置顶整理一下最近吧友私信里反映的套路，大家对照一下：<br><br>"
                 "1. 有网友反映，某机构广告声称“<b>包过</b>，不过全额退款”，交了4880元报“三级+二级双证班”，考试是在家用手机答题，半年了证书查不到。<br>"
                 "2. 有吧友收到短信，声称证书“<b>由人社部颁发</b>”“国家职业资格证书”，给的查询网址是 www.zgjnzs-cx.com，这个网站根本不是官方的。<br>"
                 "3. 还有广告声称“免考、直接拿证、本人无需到场”，一张高级技师证报价1.5万。<br><br>"
                 "敲黑板：人工智能训练师是<b>职业技能等级证书</b>，不包过，必须参加理论和实操考核；官方查询只有技能人才评价证书全国联网查询（osta.org.cn）和各省人社厅的网站。"),
        tb_floor("数据标注小白", "7", 2, "2025-06-03 21:40", "mark，差点就交钱了，他们说的也是“包过”"),
        tb_floor("蓉漂数据人", "9", 3, "2025-06-03 22:05", "我考四级的时候评价机构（成都锦城数字技能评价有限公司）工作人员亲口说的：我们不包过，理论实操各60分及格。说包过的都是中介在吹。"),
        tb_floor("逆风飞的鱼", "5", 4, "2025-06-04 08:31", "请问吧务，二级可以零基础报吗？有个机构说可以……", "来自iPhone客户端"),
        tb_floor("守护钱包的吧务", "吧务 14", 5, "2025-06-04 09:02", "回复 逆风飞的鱼：不可以。二级要三级证书再加4年工作经历（技工院校另有规定），说零基础能报二级的基本是骗子。"),
        tb_floor("重庆崽儿", "6", 6, "2025-06-05 19:47", "顶，重庆这边也有，说能“积分落户加分”，收费6800，结果是个协会发的培训证书。"),
    ]
    body = thread_head("【曝光】AI训练师考证骗局合集，大家擦亮眼睛！！", 326, 1, "8812345671") + "\n" + "\n".join(f)
    page(TB + "8812345671.html", tb_page("【曝光】AI训练师考证骗局合集，大家擦亮眼睛！！", body, canonical=TB + "8812345671.html"), "qa_forum",
         "exposé thread quoting scam ads (有网友反映…, 广告声称“包过”, fake query domain, 免考 1.5万); names a real issuer in a first-person story; no offer",
         ["reported_claim", "warning", "negated_claim", "unofficial_query_site", "canonical_ok"])

    # ---------------------------------------------------------------- thread where reply #9 is a lookalike-issuer scam ad
    f = [
        tb_floor("蓉漂数据人", "9", 1, "2025-07-08 20:11", "成都，去年底考的四级（中级工），现在想接着考三级。看标准说四级后要干满5年？还是有别的路子？"),
        tb_floor("高新区标注员", "8", 2, "2025-07-08 20:30", "大专相关专业的话，四级证书加2年工作就可以报三级，你看看自己符不符合。"),
        tb_floor("蓉漂数据人", "9", 3, "2025-07-08 20:36", "我是大专，但专业是会计……"),
        tb_floor("考证老油条", "10", 4, "2025-07-08 21:02", "那估计只能等年限了。别信那些说随便报的。"),
        tb_floor("数据标注小白", "7", 5, "2025-07-09 09:15", "同问，我也四级。"),
        tb_floor("涪江边的猫", "6", 6, "2025-07-09 12:40", "绵阳这边三级好像还没开。"),
        tb_floor("高新区标注员", "8", 7, "2025-07-09 13:03", "三级实操要做智能训练和系统设计的题，比四级难不少，准备两三个月吧。"),
        tb_floor("蓉漂数据人", "9", 8, "2025-07-09 13:20", "谢谢各位，我再等等。"),
    ] + chatter(9, 22, 8812398820, "2025-07-09") + [
        tb_floor("川蜀证书顾问小何", "3", 31, "2025-07-10 10:48",
                 "楼主不用等！我们这边有内部名额：<b>高级工+技师双证</b>一起办，<b>无需工作年限，学历不限</b>，"
                 "评价机构是<b>成都锦程数字技能评价有限公司</b>，正规备案，全国可查。<br>"
                 "双证打包价 <b>8800元</b>，签协议<b>包过</b>，不过退全款。<br>有意向私聊，V：hexz-zs888"),
        tb_floor("考证老油条", "10", 32, "2025-07-10 11:30", "31楼又来了，名字都跟锦城差一个字，举报了。"),
        tb_floor("蓉漂数据人", "9", 33, "2025-07-10 11:42", "哈哈不会上当的"),
    ] + chatter(34, 16, 8812398821, "2025-07-11")
    body = thread_head("四级考完了，问下三级怎么报？", 48, 2, "8812398820") + "\n" + "\n".join(f)
    page(TB + "8812398820.html", tb_page("四级考完了，问下三级怎么报？", body), "offer",
         "reply #31 of 49 is a scam ad: 成都锦程数字技能评价有限公司 (lookalike of B10 锦城), 高级工+技师 双证 8800, 包过, 无需工作年限; reply #32 warns",
         ["reply_offer", "scam_offer", "level_names", "warning"],
         offer=offer([iss("成都锦程数字技能评价有限公司", status="lookalike", resembles="B10")], [3, 2], (8800, 8800),
                     ["LOOKALIKE_ISSUER", "GUARANTEED_PASS", "ELIGIBILITY_SHORTCUT", "EXCESSIVE_FEE"], optional=["UNRECOGNIZED_ISSUER"]))

    # ---------------------------------------------------------------- Mianyang: recognized issuer sold for a level outside its filing
    f = [
        tb_floor("涪江边的猫", "6", 1, "2025-08-15 19:20", "科技城这边有没有组队考人工智能训练师的，想考个三级，求靠谱机构。"),
        tb_floor("绵州智训-刘老师", "4", 2, "2025-08-15 19:55",
                 "你好，我们绵州智训在科技城开了人工智能训练师（数据标注员）三级/高级工班，"
                 "考核和发证由<b>绵阳科技城职业技能评价中心</b>负责，证书可在全国联网查询。<br>"
                 "学费原来2680，<b>现在报名是2180</b>，含教材和考务费，9月20日开课，周末上课。<br>"
                 "报名电话：0816-2398817（刘老师）"),
        tb_floor("考证老油条", "10", 3, "2025-08-15 20:31", "科技城那个评价中心不是只备案了四级五级吗？三级谁给你考？"),
        tb_floor("涪江边的猫", "6", 4, "2025-08-15 21:10", "啊这，那我先去 pjjg.osta.org.cn 查查。"),
    ]
    body = thread_head("绵阳有没有一起考人工智能训练师的", 19, 1, "8812455902") + "\n" + "\n".join(f)
    page(TB + "8812455902.html", tb_page("绵阳有没有一起考人工智能训练师的", body), "offer",
         "reply #2 sells 三级 with B13 as issuer, but B13 is filed for levels 4-5 only (ISSUER_OUT_OF_SCOPE); 原来2680 is not the fee, 现在报名是2180",
         ["reply_offer", "scam_offer", "bare_price", "struck_price"],
         offer=offer([iss("绵阳科技城职业技能评价中心", "B13")], [3], (2180, 2180), ["ISSUER_OUT_OF_SCOPE"]))


def build_bbs():
    # ---------------------------------------------------------------- forum index (GBK)
    body = """<div class="bm"><div class="bm_h"><h2>生活·职场</h2></div><table class="fl_tb" width="100%">
<tr><td><h2><a href="forum-58-1.html">职场·考证</a></h2><p>考证交流、职业技能、求职招聘</p></td><td>主题: 8812, 帖数: 102933</td><td>最后发表: <a href="thread-302789-1-1.html">山城标注公司内部评价四级班…</a></td></tr>
<tr><td><h2><a href="javascript:;">二手市场</a></h2><p>闲置转让</p></td><td>主题: 52011, 帖数: 301883</td><td>最后发表: 今天 21:40</td></tr>
<tr><td><h2><a href="javascript:;">吃在重庆</a></h2><p>火锅、小面、江湖菜</p></td><td>主题: 40236, 帖数: 812771</td><td>最后发表: 今天 21:45</td></tr></table></div>
<div class="bm"><h3>今日热帖</h3><ul>
<li><a href="thread-302211-1-1.html">九龙坡：报了个AI训练师考证班被骗3980，大家引以为戒</a></li>
<li><a href="thread-302456-1-1.html">重庆哪里可以考人工智能训练师？</a></li></ul></div>
<div class="bm">友情链接：<a href="/news/">南粤都市网</a> | <a href="/gov/cq/rlsbj/tzgg/202507/t20250708_1452.html">重庆市人社局通知</a></div>"""
    page("/bbs/index.html", dz_page("山城社区", body, "首页"), "other",
         "Discuz forum index, GBK, <base href=\"/bbs/\"> with relative links", ["gbk"], encoding="gbk")

    rows = [
        ("thread-302211-1-1.html", "九龙坡：报了个AI训练师考证班被骗3980，大家引以为戒", "渝中老幺", "2025-7-2", 88),
        ("thread-302456-1-1.html", "重庆哪里可以考人工智能训练师？", "两江打工人", "2025-8-18", 35),
        ("thread-302456-2-1.html", "重庆哪里可以考人工智能训练师？ ...2", "两江打工人", "2025-8-18", 35),
        ("thread-302789-1-1.html", "【招生】山城标注公司内部评价四级班 定金500 名额30人", "山城标注HR", "2025-9-10", 12),
        ("thread-301977-1-1.html", "【转让】全新人工智能训练师三级教材，原价298现50", "沙坪坝学生", "2025-6-1", 3),
    ]
    trs = "\n".join(f'<tbody id="normalthread_{r[0][7:13]}"><tr><th class="new"><a href="{r[0]}" class="s xst">{r[1]}</a></th><td class="by"><cite>{r[2]}</cite><em>{r[3]}</em></td><td class="num">{r[4]}</td></tr></tbody>' for r in rows)
    body = f"""<div class="bm bml"><h1 class="xs2"><a href="forum-58-1.html">职场·考证</a></h1> 今日: 96 | 主题: 8812 | 排名: 4</div>
<div class="bm"><div class="th"><b>分类：</b><a href="forum-58-1.html?typeid=31">考证交流</a> <a href="forum-58-1.html?typeid=32">招生信息</a> <a href="forum-58-1.html?typeid=33">求职</a></div>
<p class="xi1">【版规】招生广告请发“招生信息”分类并注明收费标准，承诺“包过”的一律删帖。</p>
<table summary="forum_58" cellspacing="0" cellpadding="0" id="threadlisttableid" width="100%">
{trs}
</table></div>
<div class="pg"><strong>1</strong><a href="forum-58-2.html">2</a><a href="forum-58-2.html" class="nxt">下一页</a></div>"""
    page("/bbs/forum-58-1.html", dz_page("职场·考证", body, '<a href="forum-58-1.html">职场·考证</a>'), "offer_list",
         "Discuz thread list (GBK): titles quote 3980 and 定金500; links to a missing page 2 and a deleted thread (404s)",
         ["gbk", "list_page", "negated_claim"], encoding="gbk")

    # ---------------------------------------------------------------- scam victim thread (qa only)
    posts = [
        dz_post(3022110, "渝中老幺", "注册会员 · 积分 312", "楼主", "2025-7-2 20:18",
                "上个月在抖音刷到一个广告，声称“人工智能训练师高级证，<b>包过</b>，人社部颁发，全国联网可查”，"
                "交了3980元，对方说三天后在线考试，考完给了我一个查询网址 www.cq-jndj.net ，能查到我的名字。<br>"
                "后来单位人事说这个网址不是官方的，去全国联网查询根本没有，再联系对方已经拉黑了。<br>"
                "大家报名前一定先查评价机构备案！"),
        dz_post(3022111, "南岸区老王", "中级会员", "沙发", "2025-7-2 20:40",
                "同情楼主。重庆市人社局专门发过通知，说证书查询只认官方渠道，<a href=\"/gov/cq/rlsbj/tzgg/202507/t20250708_1452.html\">链接在这</a>。"),
        dz_post(3022112, "两江打工人", "新手上路", "板凳", "2025-7-2 21:03",
                "据说现在正规的评价机构都会在官网公布收费标准，几百到一两千，广告里几千上万还包过的多半有问题。"),
        dz_post(3022113, "渝中老幺", "注册会员 · 积分 312", "地板", "2025-7-2 21:30", "已经报警了，民警说这种案子不少。"),
    ]
    body = '<div id="postlist" class="pl bm"><h1 class="ts" style="padding:8px">九龙坡：报了个AI训练师考证班被骗3980，大家引以为戒</h1>' + "\n".join(posts) + "</div>"
    page("/bbs/thread-302211-1-1.html", dz_page("九龙坡：报了个AI训练师考证班被骗3980，大家引以为戒", body, '<a href="forum-58-1.html">职场·考证</a>'), "qa_forum",
         "victim's thread (GBK) quoting the ad that cheated them (包过, 人社部颁发, fake query domain); 3980 is a reported past payment",
         ["gbk", "reported_claim", "warning", "unofficial_query_site"], encoding="gbk")

    # ---------------------------------------------------------------- honest reply ad (page 1) and page 2 without it
    table = ('<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>等级</th><th>费用（培训+认定）</th><th>学时</th></tr>'
             '<tr><td>五级/初级工</td><td>980元</td><td>60</td></tr><tr><td>四级/中级工</td><td>1380元</td><td>50</td></tr>'
             '<tr><td>三级/高级工</td><td>1880元</td><td>40</td></tr></table>')
    posts = [
        dz_post(3024560, "两江打工人", "新手上路", "楼主", "2025-8-18 19:02", "在两江新区做数据标注一年多了，想考个证，重庆哪里可以考人工智能训练师？要多少钱？"),
        dz_post(3024561, "沙坪坝学生", "中级会员", "沙发", "2025-8-18 19:20", "去人社局官网查备案的评价机构，别找中介。"),
        dz_post(3024562, "渝北小李", "注册会员", "板凳", "2025-8-18 19:44", "我同事在两江那边考的，好像是评价中心直接报名。"),
        dz_post(3024563, "两江打工人", "新手上路", "地板", "2025-8-18 20:10", "谢谢，我去查查。"),
        dz_post(3024564, "巴渝数智培训部", "认证商家", "5#", "2025-8-19 10:26",
                "您好，我们是重庆巴渝数智职业技能评价有限公司的合作培训点（渝北区金开大道），开设人工智能训练师<b>五级至三级</b>培训，"
                "认定考试由重庆巴渝数智职业技能评价有限公司组织，理论+实操，合格后颁发职业技能等级证书。<br>" + table +
                "<br>取得证书后可申领技能提升补贴1000-2000元。<br>（须在重庆参加失业保险满1年，补贴以人社部门审核为准，不符合条件的不能申领。）"
                "<br>申报条件请按国家职业技能标准核对，报名前免费审核。咨询：023-67889021",
                sig="巴渝数智 · 人工智能训练师培训"),
    ]
    pg = '<div class="pg"><strong>1</strong><a href="thread-302456-2-1.html">2</a><a href="thread-302456-2-1.html" class="nxt">下一页</a></div>'
    body = '<div id="postlist" class="pl bm"><h1 class="ts" style="padding:8px">重庆哪里可以考人工智能训练师？</h1>' + pg + "\n".join(posts) + pg + "</div>"
    page("/bbs/thread-302456-1-1.html", dz_page("重庆哪里可以考人工智能训练师？", body, '<a href="forum-58-1.html">职场·考证</a>'), "offer",
         "GBK thread; floor 5 is an honest ad (B15, 五级至三级, 980/1380/1880); subsidy amount with its condition on the next line (BENEFIT_BAIT optional)",
         ["gbk", "reply_offer", "honest_offer", "level_table", "level_range", "cross_sentence_condition", "subsidy_amount", "long_issuer_span"],
         encoding="gbk",
         offer=offer([iss("重庆巴渝数智职业技能评价有限公司", "B15")], [5, 4, 3], (980, 1880), [], optional=["BENEFIT_BAIT"]))

    posts = [
        dz_post(3024571, "两江打工人", "新手上路", "11#", "2025-8-20 21:15", "更新一下：去渝北那个点问了，价格跟5楼说的一样，我先报四级。"),
        dz_post(3024572, "沙坪坝学生", "中级会员", "12#", "2025-8-20 21:30", "不错，考完来分享经验。"),
        dz_post(3024573, "九龙坡路人", "注册会员", "13#", "2025-8-21 08:12", "有没有人知道重庆两江新区智能产业职业技能评价中心那边多久考一次？"),
        dz_post(3024574, "两江打工人", "新手上路", "14#", "2025-9-28 22:40", "四级理论过了，实操72分，过了！证书在全国联网查询能查到。"),
    ]
    pg = '<div class="pg"><a href="thread-302456-1-1.html" class="prev">上一页</a><a href="thread-302456-1-1.html">1</a><strong>2</strong></div>'
    body = '<div id="postlist" class="pl bm"><h1 class="ts" style="padding:8px">重庆哪里可以考人工智能训练师？</h1>' + pg + "\n".join(posts) + pg + "</div>"
    page("/bbs/thread-302456-2-1.html", dz_page("重庆哪里可以考人工智能训练师？ - 第2页", body, '<a href="forum-58-1.html">职场·考证</a>'), "qa_forum",
         "page 2 of the same thread (GBK): no ad on this page, only a reference to 5楼 and a registry name in a question",
         ["gbk"], encoding="gbk")

    # ---------------------------------------------------------------- employer whose recognition expired, deposit + balance
    posts = [
        dz_post(3027890, "山城标注HR", "认证商家", "楼主", "2025-9-10 14:05",
                "【招生】重庆山城数据标注科技有限公司 企业内部职业技能等级认定 · 人工智能训练师（数据标注员）<b>四级/中级工</b><br>"
                "本公司为人社部门备案的用人单位评价机构，证书由重庆山城数据标注科技有限公司颁发，全国联网可查。<br>"
                "费用：<b>定金500元</b>锁定名额，开班前付<b>尾款1480元</b>（含培训、认定、证书）。<br>"
                "对象：从事数据标注相关工作满1年的在职人员，社会人员需先参加我司实训。<br>"
                "报名地址：九龙坡区科园一路3号，电话 023-68620417。"),
        dz_post(3027891, "九龙坡路人", "注册会员", "沙发", "2025-9-10 15:11", "企业自己评价的证书外面认不认？"),
        dz_post(3027892, "山城标注HR", "认证商家", "板凳", "2025-9-10 15:40", "全国联网可查的，和评价中心发的一样有效。"),
    ]
    body = '<div id="postlist" class="pl bm"><h1 class="ts" style="padding:8px">【招生】山城标注公司内部评价四级班 定金500 名额30人</h1>' + "\n".join(posts) + "</div>"
    page("/bbs/thread-302789-1-1.html", dz_page("【招生】山城标注公司内部评价四级班", body, '<a href="forum-58-1.html">职场·考证</a>'), "offer",
         "GBK recruiting post by employer B18 whose registry valid_to (2025-04-30) has passed (ISSUER_LAPSED); 定金500 + 尾款1480 = 1980",
         ["gbk", "deposit_balance", "scam_offer", "role_issuer"], encoding="gbk",
         offer=offer([iss("重庆山城数据标注科技有限公司", "B18")], [4], (1980, 1980), ["ISSUER_LAPSED"]))


def build():
    build_tieba()
    build_bbs()
