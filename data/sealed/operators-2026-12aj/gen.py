#!/usr/bin/env python3
"""Generate the operators-2026-12aj test web (social-media flavoured).

python3 gen.py  ->  site/  and  truth.json   (deterministic, stdlib only)
"""
import json
import os
import shutil
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- helpers
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for ch, wt in zip(code8, w):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * wt
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(head8, org8):
    body = head8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W32100))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return body + ALPHA[r]


def fw(s):
    """full-width digits/letters"""
    out = []
    for ch in s:
        if "0" <= ch <= "9" or "A" <= ch <= "Z" or "a" <= ch <= "z":
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


CN = "零一二三四五六七八九"
CNB = "零壹贰叁肆伍陆柒捌玖"


def cn(s, big=False):
    t = CNB if big else CN
    return "".join(t[int(c)] if c.isdigit() else c for c in s)


USCC_U01 = uscc("91330108", "MA2KD7R1")
USCC_U02 = uscc("91440300", "MA5H2C8T")
USCC_U03 = uscc("52330106", "MJ8812Q4")
USCC_U06 = uscc("91310104", "MA1FL5K2")
USCC_U08 = uscc("91330106", "MA2H3B6N")
USCC_I04 = uscc("52500108", "MJP07735")
USCC_JOB = uscc("91320594", "MA27WX2D")


def h(x):
    return zlib.crc32(str(x).encode("utf-8"))


def spaced(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- decoys
DECOYS = {
    "h12333": ("phone", "12333", "人社部门公共服务热线，政策页、新闻和多家卖家页面都会引用"),
    "h12315": ("phone", "12315", "市场监管投诉热线，投诉帖、新闻和警示转发里引用"),
    "h96110": ("phone", "96110", "反诈预警专线，新闻和警示里引用"),
    "osta": ("domain", "osta.org.cn", "官方证书查询站点（jndj./zscx./pjjg.），卖家和新闻都会写"),
    "mohrss": ("domain", "mohrss.gov.cn", "人社部/技能人才评价工作网官方域名"),
    "notes_cs": ("phone", "4008206617", "栗子笔记平台客服电话，每个笔记页页脚都有"),
    "notes_mail": ("email", "jubao@lizinote.com", "栗子笔记平台举报邮箱，笔记页页脚"),
    "notes_dom": ("domain", "lizinote.com", "笔记平台自身域名（页脚版权、链接）"),
    "video_tel": ("phone", "+861053962210", "抖趣短视频平台违法和不良信息举报电话，每个视频页页脚"),
    "video_mail": ("email", "report@douqu.tv", "抖趣平台举报邮箱，每个视频页页脚"),
    "weibo_grp": ("qq_group", "615208473", "微言平台官方用户反馈QQ群，每条微博页页脚"),
    "mp_dom": ("domain", "qq.com", "公众号文章所在平台 mp.weixin.qq.com"),
    "venue": ("phone", "+8657186971020", "滨江数智产业园考点的电话，多个卖家抄来写在考点说明里"),
    "centre": ("phone", "+862083195566", "某市职业技能鉴定指导中心咨询电话，卖家和政策帖都引用"),
    "course_no": ("phone", "+8613520260512", "网课平台的课程编号（像手机号），两家代理都转抄"),
    "builder_tel": ("phone", "4000118826", "建站公司（云帆建站）技术支持电话，出现在不同卖家的官网页脚"),
    "builder_dom": ("domain", "yunfanjz.com", "建站公司域名（技术支持链接）"),
    "form_dom": ("domain", "maibiaodan.com", "表单工具（麦表单）署名与链接"),
    "placeholder": ("phone", "+8613800138000", "报名表单输入框的占位示例号码（模板自带）"),
    "spam_qq": ("qq", "3391204481", "评论区刷屏的兼职广告号，出现在不同卖家的帖子下面"),
    "buyer_wx": ("wechat", "xiaoyu_0923", "评论区一个想报名的网友留的自己的微信"),
    "live_cs": ("phone", "4006700365", "直播平台客服电话，每个直播预告页页脚"),
}
DEC_USE = {k: {} for k in DECOYS}  # key -> {path: [written...]}


PAGES = []


class P:
    def __init__(self, path, is_offer, operator, provider, note):
        self.path = path
        self.is_offer = is_offer
        self.operator = operator
        self.provider = provider
        self.note = note
        self.ids = []
        self.html = ""
        PAGES.append(self)

    def i(self, kind, value, written):
        self.ids.append([kind, value, written])
        return written

    def d(self, key, written):
        DEC_USE[key].setdefault(self.path, [])
        if written not in DEC_USE[key][self.path]:
            DEC_USE[key][self.path].append(written)
        return written

    def rel(self, target):
        return os.path.relpath(target, os.path.dirname(self.path) or "/").replace(os.sep, "/")


def head(p, title, css, extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>/* {css} */ body{{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:0}} header,footer{{padding:8px 16px;background:#f6f6f6}} table{{border-collapse:collapse}} td,th{{border:1px solid #ddd;padding:4px 8px}}</style>
{extra}</head>
"""


def comments_html(cs, cls="comment"):
    out = []
    for c in cs:
        name, text = c[0], c[1]
        when = c[2] if len(c) > 2 else "2026-05-1" + str(len(out) % 9)
        reply = c[3] if len(c) > 3 else None
        r = ""
        if reply:
            r = f'\n      <div class="{cls}-reply"><b>{reply[0]}</b> <span class="tag-author">作者</span>：{reply[1]}</div>'
        out.append(f"""    <li class="{cls}">
      <img class="avatar" src="/img/avatar-{len(out) % 7}.png" alt="{name}的头像">
      <span class="nick">{name}</span><time>{when}</time>
      <p>{text}</p>{r}
    </li>""")
    return "\n".join(out)


# ---------------------------------------------------------------- platform templates
def notes_page(p, title, author, bio, body, tags, comments, img_alts, likes="1.2万", date="2026-05-09"):
    imgs = "\n".join(f'    <img src="/img/note-{h((a)) % 97}.jpg" alt="{a}">' for a in img_alts)
    tg = " ".join(f'<a class="tag" href="#">#{t}</a>' for t in tags)
    p.html = head(p, f"{title} - 栗子笔记", "notes.css") + f"""<body class="note-detail">
<header class="topbar">
  <a class="logo" href="{p.rel('/notes/index.html')}">栗子笔记</a>
  <form class="search" action="#"><input name="q" placeholder="搜索 人工智能训练师"><button>搜索</button></form>
  <nav><a href="{p.rel('/notes/index.html')}">发现</a> <a href="#">发布</a> <a href="#">通知</a> <a href="{p.rel('/index.html')}">首页</a></nav>
</header>
<main class="note-container">
  <section class="media-slider">
{imgs}
  </section>
  <section class="note-content">
    <div class="author-wrapper">
      <img class="avatar" src="/img/u.png" alt="{author}">
      <a class="username" href="#">{author}</a>
      <button class="follow">关注</button>
      <p class="user-desc">{bio}</p>
    </div>
    <h1 id="detail-title">{title}</h1>
    <div id="detail-desc" class="desc">
{body}
    </div>
    <div class="tags">{tg}</div>
    <div class="bottom-container"><span class="date">{date} 编辑于 浙江</span></div>
    <div class="interactions"><span class="like">♥ {likes}</span> <span class="collect">★ 收藏</span> <span class="chat">💬 {len(comments)}</span></div>
  </section>
  <!-- comments start -->
  <section class="comments-container">
    <h3>共 {len(comments)} 条评论</h3>
    <ul class="comment-list">
{comments_html(comments)}
    </ul>
  </section>
  <!-- comments end -->
</main>
<footer class="site-footer">
  <p>栗子笔记 · 记录美好生活 | 沪ICP备2021030517号-1 | <a href="https://www.{p.d('notes_dom', 'lizinote.com')}/about">关于我们</a></p>
  <p>平台客服：{p.d('notes_cs', '400-820-6617')}（9:00-21:00） | 违法不良信息举报邮箱：{p.d('notes_mail', 'jubao@lizinote.com')}</p>
  <p class="risk">平台提醒：警惕"包过""免考拿证"等虚假宣传，交易请走平台担保。</p>
</footer>
</body>
</html>
"""


def video_page(p, account, caption, cover_alt, comments, plays="32.6万", date="2026-04-22", music="原声 - " ):
    p.html = head(p, f"{account}的作品 - 抖趣", "video.css") + f"""<body class="video-detail">
<div id="root">
<header class="dq-header">
  <a class="dq-logo" href="{p.rel('/video/index.html')}"><img src="/img/dq-logo.svg" alt="抖趣"></a>
  <nav class="dq-nav"><a href="{p.rel('/video/index.html')}">推荐</a><a href="#">关注</a><a href="#">直播</a><a href="#">商城</a><a href="{p.rel('/index.html')}">站点首页</a></nav>
</header>
<main class="dq-main">
  <div class="player">
    <img class="poster" src="/img/cover-{h((account)) % 50}.jpg" alt="{cover_alt}">
    <video preload="none" poster="/img/cover.jpg"></video>
    <div class="play-count">▶ {plays}</div>
  </div>
  <aside class="video-info">
    <div class="account"><img src="/img/av.png" alt="{account}头像"> <a href="#">@{account}</a> <button>关注</button></div>
    <div class="caption" data-e2e="video-desc">
{caption}
    </div>
    <div class="music">♪ {music}{account}</div>
    <time>发布时间：{date}</time>
  </aside>
  <section class="comment-panel" data-e2e="comment-list">
    <h4>全部评论（{len(comments)}）</h4>
    <ul>
{comments_html(comments, "cmt")}
    </ul>
    <form class="cmt-input"><input placeholder="留下你的精彩评论吧"><button type="button">发送</button></form>
  </section>
</main>
<footer class="dq-footer">
  <p>© 2026 抖趣 | 京ICP备2022011870号 | 违法和不良信息举报电话：{p.d('video_tel', '010-5396 2210')} | 举报邮箱：{p.d('video_mail', 'report@douqu.tv')}</p>
  <p>网上有害信息举报专区 · 未成年人保护 · 用户协议</p>
</footer>
</div>
</body>
</html>
"""


def weibo_page(p, account, verified, text, comments, repost=None, date="5月12日 20:31", via="来自 iPhone客户端", counts=(12, 40, 233)):
    rp = ""
    if repost:
        rp = f"""
      <div class="WB_feed_expand">
        <div class="WB_info"><a href="#">@{repost[0]}</a></div>
        <div class="WB_text">{repost[1]}</div>
        <div class="WB_from">{repost[2] if len(repost) > 2 else ''}</div>
      </div>"""
    p.html = head(p, f"{account}的微言 - 微言", "weibo.css") + f"""<body class="B_index">
<div class="WB_global_nav">
  <a class="logo" href="{p.rel('/weibo/index.html')}">微言</a>
  <input class="W_input" placeholder="大家都在搜：AI训练师证书">
  <a href="{p.rel('/weibo/index.html')}">首页</a> <a href="#">视频</a> <a href="#">发现</a> <a href="{p.rel('/index.html')}">站点首页</a>
</div>
<div class="WB_frame">
  <div class="WB_main_l">
    <div class="profile_card"><img src="/img/wb-av.png" alt="{account}"><b>{account}</b>{' <i class="icon_approve" title="微言认证">V</i> ' + verified if verified else ''}</div>
  </div>
  <div class="WB_main_c">
    <div class="WB_cardwrap WB_feed_type" mid="48{h((p.path)) % 10**14:014d}">
      <div class="WB_detail">
        <div class="WB_info"><a class="W_f14" href="#">{account}</a></div>
        <div class="WB_from">{date} {via}</div>
        <div class="WB_text W_f14" node-type="feed_list_content">
{text}
        </div>{rp}
      </div>
      <div class="WB_handle"><ul><li>转发 {counts[0]}</li><li>评论 {counts[1]}</li><li>赞 {counts[2]}</li></ul></div>
      <div class="WB_feed_repeat">
        <ul class="list_ul">
{comments_html(comments, "list_li")}
        </ul>
      </div>
    </div>
  </div>
  <div class="WB_main_r">
    <div class="hot">微言热搜：#新职业# #技能提升补贴# #山寨证书#</div>
  </div>
</div>
<div class="WB_footer">
  <p>微言客服 · 微言用户反馈QQ群：{p.d('weibo_grp', '615208473')}（仅受理账号问题，不代卖家售后）</p>
  <p>Copyright © 2012-2026 微言 | 京网文〔2024〕0612-031号</p>
</div>
</body>
</html>
"""


def mp_page(p, account, title, author, date, body, reads="阅读 2891", qr_alt=None, ip="浙江"):
    qr = f'<p class="qr"><img src="/img/qr-{h((title)) % 90}.png" alt="{qr_alt}"></p>' if qr_alt else ""
    p.html = head(p, title, "mp.css", '<meta property="og:site_name" content="微信公众平台">\n') + f"""<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media">
  <div class="rich_media_inner">
    <h1 class="rich_media_title" id="activity-name">{title}</h1>
    <div id="meta_content" class="rich_media_meta_list">
      <span class="rich_media_meta rich_media_meta_text">{author}</span>
      <span class="rich_media_meta rich_media_meta_nickname"><a id="js_name" href="#">{account}</a></span>
      <em id="publish_time" class="rich_media_meta">{date}</em>
      <span id="js_ip_wording">{ip}</span>
    </div>
    <div class="rich_media_content" id="js_content">
{body}
{qr}
    </div>
    <div class="rich_media_tool"><a id="js_view_source" href="#">阅读原文</a> <span>{reads}</span> <span>在看</span></div>
  </div>
  <div class="rich_media_area_extra">
    <p>微信扫一扫关注该公众号 · 本文来自 https://mp.weixin.{p.d('mp_dom', 'qq.com')}/s/ 的存档副本</p>
    <p><a href="{p.rel('/mp/index.html')}">返回文章列表</a> | <a href="{p.rel('/index.html')}">站点首页</a></p>
  </div>
</div>
</body>
</html>
"""


def group_page(p, group, exported_by, lines, members=287):
    txt = "\n".join(lines)
    p.html = head(p, f"群聊记录导出 - {group}", "chat.css") + f"""<body class="chat-export">
<header><a href="{p.rel('/groups/index.html')}">← 群公告存档</a> | <a href="{p.rel('/index.html')}">站点首页</a></header>
<main>
<h1>{group}（{members}人）</h1>
<p class="meta">导出自 {exported_by} 的聊天记录 · 仅保留文字消息 · 图片以[图片]表示</p>
<!-- exported by chat-backup tool v3.2, plain text -->
<pre class="chatlog">
{txt}
</pre>
</main>
<footer><p>本存档仅供研究，已隐去部分群成员昵称。</p></footer>
</body>
</html>
"""


def live_page(p, channel, intro, rows, notice, comments=()):
    trs = "\n".join(f"      <tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    p.html = head(p, f"{channel} 直播预告 - 抖趣直播", "live.css") + f"""<body class="live-schedule">
<header class="live-top"><a href="{p.rel('/live/index.html')}">抖趣直播 · 预告</a> <a href="{p.rel('/index.html')}">站点首页</a></header>
<main>
  <section class="anchor-card">
    <img src="/img/live-{h((channel)) % 20}.jpg" alt="{channel} 直播间封面">
    <h1>{channel}</h1>
    <p>{intro}</p>
    <button>预约直播</button>
  </section>
  <section class="schedule">
    <h2>本周直播排期</h2>
    <table class="tbl">
      <thead><tr><th>时间</th><th>主题</th><th>福利</th></tr></thead>
      <tbody>
{trs}
      </tbody>
    </table>
  </section>
  <section class="notice">
{notice}
  </section>
  <section class="barrage"><h3>预约评论</h3><ul>
{comments_html(comments, "bar")}
  </ul></section>
</main>
<footer class="live-foot"><p>抖趣直播 · 直播平台客服 {p.d('live_cs', '400-670-0365')} · 理性消费，谨防私下转账</p></footer>
</body>
</html>
"""


def site_page(p, brand, nav, body, footer, css="corp.css"):
    navh = " ".join(f'<a href="{h}">{t}</a>' for t, h in nav)
    p.html = head(p, brand, css) + f"""<body>
<div class="top-bar">欢迎访问{brand}官网！ <a href="{p.rel('/index.html')}">站点首页</a></div>
<header class="header"><div class="logo"><img src="/img/logo-{h((brand)) % 30}.png" alt="{brand} logo"></div>
<nav class="main-nav">{navh}</nav></header>
<div class="wrap">
{body}
</div>
<footer class="footer">
{footer}
</footer>
</body>
</html>
"""


def plain_page(p, title, body, css="news.css"):
    p.html = head(p, title, css) + f"""<body>
<header class="masthead"><a href="{p.rel('/index.html')}">站点首页</a> | <span>{title}</span></header>
<main class="article">
{body}
</main>
<footer class="foot"><p>© 2026 · 转载请注明出处</p></footer>
</body>
</html>
"""


# ================================================================ U01 智训未来教育 / 星途职培
p = P("/notes/n-1001.html", True, "U01", "智训未来教育", "笔记帖：三级拿证经验分享+评论区回复给微信")
notes_page(p, "上岸了！人工智能训练师三级证书到手🎉分享一下流程", "智训未来·小鹿老师",
  "智训未来教育 课程顾问｜AI训练师/数据标注 考证规划｜主页有联系方式",
  """<p>姐妹们！！三级（高级工）证书终于拿到了✌️ 可以在官网查询，入库可查 ${jndj}</p>
<p>很多人问我零基础能不能考，我们这边<b>不限学历</b>，有相关工作经历就能报，没经历的老师帮你"规划"😏</p>
<p>三级原价 <del>6800</del> 现在 3980，含培训+考务，五级/四级更便宜，补贴政策能退一部分～</p>
<p>想了解的评论区扣"1"，我一个个回</p>""".replace("${jndj}", p.d("osta", "jndj.osta.org.cn")),
  ["人工智能训练师", "AI训练师", "考证", "副业"],
  [("桃桃不吃香菜", "1", "05-09", ("智训未来·小鹿老师", "私信不回的话 ＋薇 " + p.i("wechat", "zxwl_ai2024", "zxwl_ai2024") + " 备注笔记")),
   ("阿杰Jay", "零基础真的能考三级？不是要四级证吗", "05-10", ("智训未来·小鹿老师", "可以走我们的绿色通道，详细加薇聊")),
   ("小雨🌧", "我也想报，我v是 " + p.d("buyer_wx", "xiaoyu_0923") + " 求拉", "05-10"),
   ("日结兼职", "数据标注兼职日结200+，同行加Q " + p.d("spam_qq", "3391204481"), "05-11")],
  ["人工智能训练师三级证书照片 打码", "聊天截图：报名流程"])

p = P("/mp/a-2001.html", True, "U01", "智训未来教育", "公众号招生简章，价格表+报名热线+邮箱")
mp_page(p, "智训未来教育", "2026年第二期｜人工智能训练师（四级/三级）招生简章", "教务处", "2026-04-18", f"""
<section><p>人工智能训练师（职业编码4-04-05-05）是人社部2020年发布的新职业，包含数据标注员、人工智能算法测试员两个工种。</p>
<h2>一、收费标准</h2>
<table border="1" class="price">
<tr><th>等级</th><th>培训+认定费</th><th>可申领补贴</th></tr>
<tr><td>五级/初级工</td><td>1980元</td><td>最高1000元</td></tr>
<tr><td>四级/中级工</td><td>2680元</td><td>最高1500元</td></tr>
<tr><td>三级/高级工</td><td>叁仟玖佰捌拾元</td><td>最高2000元</td></tr>
</table>
<p>*补贴需本人缴纳失业保险满一年，详询当地{p.d('h12333', '12333')}。</p>
<h2>二、报名方式</h2>
<p>报名热线：{p.i('phone', '+8613912345678', '139-1234-5678')}（同微信）</p>
<p>微信号：{p.i('wechat', 'zxwl_ai2024', 'ZXWL_AI2024')}</p>
<p>邮箱：{p.i('email', 'zhixun_edu@163.com', 'zhixun_edu(at)163.com')}</p>
<p>主办：杭州智训未来教育科技有限公司（统一社会信用代码 {p.i('uscc', USCC_U01, USCC_U01)}）</p>
<p>证书查询：{p.d('osta', 'jndj.osta.org.cn')}</p>
</section>""", qr_alt="长按识别二维码添加课程顾问")

p = P("/video/v-3001.html", True, "U01", "星途职培", "短视频文案：四级五级速拿，全角手机号，QQ")
video_page(p, "星途职培",
  f"""<p>AI训练师四级五级 一个月拿证 不用到现场😱 #人工智能训练师 #考证 #数据标注</p>
<p>报名📞 {p.i('phone', '+8613912345678', fw('139 1234 5678'))}  Q：{p.i('qq', '2843301956', '2843301956')}</p>
<p>两级一起报立减800，早鸟价 2.3k 起</p>""",
  "封面文字：人工智能训练师 四级+五级 双证速拿 星途职培",
  [("追光的人", "能开发票吗", "04-23", ("星途职培", "可以的 私信")),
   ("momo", "去年交了钱等了半年证还没下来，你们靠谱吗", "04-24"),
   ("数据民工", "真有用吗这个证", "04-25", ("星途职培", "入职加分 积分落户都能用"))])

p = P("/groups/g-4001.html", True, "U01", "星途职培", "群公告导出：QQ用汉字写，网站域名")
group_page(p, "星途职培·AI训练师备考3群", "群成员 阿May", [
  "2026-05-02 09:12  群主-星途职培",
  "【群公告】",
  "本群为人工智能训练师（四级/三级）备考群，5月批次报名今晚截止。",
  "报名费：四级两千六，三级三千九，两级连报优惠八百。",
  "报名咨询扣扣：" + p.i("qq", "2843301956", cn("2843301956")) + "（群里发数字会被屏蔽，自己转一下）",
  "报名入口：" + p.i("domain", "xingtu-zp.com", "www.xingtu-zp.com") + "/signup",
  "2026-05-02 09:15  阿May",
  "收到",
  "2026-05-02 09:40  新同学-老王",
  "不用考试真的能出证吗",
  "2026-05-02 09:41  群主-星途职培",
  "有线上考试，很简单，资料会发，放心",
  "2026-05-02 10:03  某同学",
  "[图片]",
])

# ================================================================ U02 羽卓教育科技 / 羽卓AI学院 / 数标人才港
p = P("/weibo/s-1101.html", True, "U02", "羽卓AI学院", "微博状态：报名链接+深圳座机")
weibo_page(p, "羽卓AI学院", "深圳羽卓教育科技有限公司",
  f"""#人工智能训练师# 五级、四级 6月批次开始报名啦！线上学习+线下认定，深圳本地可申请技能提升补贴～
学费：五级¥1680，四级¥2380（原价<del>¥3200</del>）。报名👉 <a href="https://{p.i('domain', 'yzai.com.cn', 'yzai.com.cn')}/baoming">yzai.com.cn/baoming</a>
咨询电话 <a href="tel:075526613390">{p.i('phone', '+8675526613390', '0755-2661 3390')}</a> 考点咨询可致电鉴定指导中心 {p.d('centre', '020-8319 5566')}""",
  [("深漂小刘", "周末班有吗", "5月12日 21:02", ("羽卓AI学院", "有的，周六全天")),
   ("路人甲", "这证是人社部发的吗？", "5月12日 22:10")])

p = P("/sites/yuzhuo/index.html", True, "U02", "深圳羽卓教育科技有限公司", "企业官网落地页：座机、400、信用代码、建站商")
site_page(p, "羽卓教育", [("首页", "#"), ("课程中心", "#kc"), ("师资团队", "#"), ("证书查询", "#"), ("联系我们", "#lx")],
  f"""<div class="banner"><img src="/img/yz-banner.jpg" alt="AI Trainer 人工智能训练师 国家新职业 羽卓教育"></div>
<section id="kc" class="course">
<h2>AI Trainer 人工智能训练师 认证培训</h2>
<p>课程编号：{p.d('course_no', '13520260512')}（合作网课平台统一编号）</p>
<ul><li>五级（初级）：1680元</li><li>四级（中级）：2380元</li><li>三级（高级）：3580元，限有四级证书学员</li></ul>
<p>证书可在 {p.d('osta', 'zscx.osta.org.cn')} 查询。</p>
</section>
<aside class="sidebar"><h3>在线咨询</h3><p>全国服务热线</p><p class="big">{p.i('phone', '4006868325', '400-686-8325')}</p></aside>
<section id="lx"><h2>联系我们</h2>
<table class="contact"><tr><td>电话</td><td>{p.i('phone', '+8675526613390', '(0755)26613390')}</td></tr>
<tr><td>网址</td><td>{p.i('domain', 'yzai.com.cn', 'www.yzai.com.cn')}</td></tr>
<tr><td>地址</td><td>深圳市南山区粤海街道科技园某大厦12楼</td></tr></table></section>""",
  f"""<p>深圳羽卓教育科技有限公司 版权所有 | 统一社会信用代码：{p.i('uscc', USCC_U02, USCC_U02)} | 粤ICP备2023088415号</p>
<p>技术支持：<a href="https://www.{p.d('builder_dom', 'yunfanjz.com')}">云帆建站</a> {p.d('builder_tel', '400-011-8826')}</p>""")

p = P("/live/schedule-1102.html", True, "U02", "数标人才港", "直播预告：直播间报名立减，400号码写法不同")
live_page(p, "数标人才港", "专注AI数据标注人才培养 | 人工智能训练员考证", [
  ("周二 20:00", "数据标注员入门：五级证怎么考", "直播间下单立减300"),
  ("周四 20:00", "四级人工智能训练员 真题讲解", "前50名送题库"),
  ("周六 14:00", "老学员分享：拿证后涨薪", "抽3人免单")],
  f"""<h3>报名须知</h3><p>直播间小黄车下单或致电 {p.i('phone', '4006868325', '400 686 8325')}，客服会拉你进学习群。五级一千六百八、四级两千三百八十，两级连报2.9w？不是，是2900！</p>""",
  [("小陈", "周四的能回放吗"), ("ann", "三级有吗")])

# ================================================================ U03 北辰职业技能培训学校 / 北辰智库 / 码上标注
p = P("/mp/a-2101.html", True, "U03", "杭州市北辰职业技能培训学校", "公众号文章：学校招生，座机、微信、信用代码（民非）")
mp_page(p, "北辰智库", "新职业｜人工智能训练师培训班开班通知（第7期）", "北辰智库", "2026-03-30", f"""
<p>各位学员：</p>
<p>由杭州市北辰职业技能培训学校举办的"人工智能训练师"（数据标注员方向）第7期培训班将于4月中旬开班。</p>
<p><strong>培训费用：</strong>四级 2,450 元；三级 3,300 元（含教材、上机实训、认定考务）。符合条件者可申领补贴，政策解释以{p.d('h12333', '12333')}及 {p.d('mohrss', 'osta.mohrss.gov.cn')} 为准。</p>
<p><strong>报名电话：</strong>{p.i('phone', '+8657188235107', '0571-8823 5107')}</p>
<p><strong>微信：</strong>{p.i('wechat', 'bc_zhiku', 'bc_zhiku')}</p>
<p>办学许可及登记：统一社会信用代码 {p.i('uscc', USCC_U03, USCC_U03)}</p>
<p>（本文图片来源于网络，如有侵权请联系删除）</p>""", qr_alt="北辰智库公众号二维码")

p = P("/notes/n-1102.html", True, "U03", "码上标注", "笔记：数据标注副业+考证，微信大小写不同，邮箱用圈和点")
notes_page(p, "宝妈在家做数据标注｜顺便考了个AI训练师四级", "码上标注Lab",
  "数据标注接单/带新人｜人工只能训练师考证咨询",
  f"""<p>在家带娃也能做的副业👇 数据标注，拉框、打标签，一单几毛到几块。</p>
<p>想接稳定的单最好有个<b>人工只能训练师</b>（对，就是那个四级证）证书，平台优先派单。</p>
<p>我们这报四级 两千四百五，含实训。需要的👉 vx：{p.i('wechat', 'bc_zhiku', 'Bc_ZhiKu')}</p>
<p>资料索取发邮箱 {p.i('email', 'mashang_bz@qq.com', 'mashang_bz圈qq点com')}</p>""",
  ["数据标注", "宝妈副业", "AI训练师"],
  [("一只橙子", "真的能接到单吗", "05-03", ("码上标注Lab", "有证的话派单多")),
   ("奶茶续命", "四级需要什么条件", "05-04"),
   ("日结兼职", "标注兼职加Q " + p.d("spam_qq", "3391204481") + " 不收费", "05-05")],
  ["数据标注软件界面截图", "人工智能训练师四级证书样本"])

p = P("/video/v-3102.html", True, "U03", "码上标注", "短视频：邮箱[at]写法，手机号夹emoji")
video_page(p, "码上标注",
  f"""<p>一分钟看懂人工智能训练师是干嘛的🤖 四级证报名中 #AI训练师 #新职业</p>
<p>联系：{p.i('phone', '+8618667012245', '186✨6701✨2245')}</p>
<p>资料包：{p.i('email', 'mashang_bz@qq.com', 'mashang_bz[at]qq.com')}</p>""",
  "封面：AI训练师是干嘛的？ 码上标注",
  [("KK", "求资料", "04-11", ("码上标注", "发邮箱了")), ("大鹏", "真的有用吗")], plays="8.1万")

p = P("/groups/g-4102.html", True, "U03", "北辰智库", "群公告：考点说明引用考点电话；手机号空格写法")
group_page(p, "北辰智库·AI训练师7期学员群", "学员 小周", [
  "2026-04-12 19:30  北辰-班主任",
  "@所有人 认定考试安排：",
  "时间：4月26日 8:30 理论，13:30 实操",
  "考点：滨江数智产业园B座3楼（考点电话 " + p.d("venue", "0571-8697 1020") + "，请勿频繁打扰考点）",
  "未交清尾款的同学请联系班主任 " + p.i("phone", "+8618667012245", "186 6701 2245"),
  "尾款：四级一千，三级一千五",
  "2026-04-12 19:33  学员 小周",
  "收到",
])

# ================================================================ U04 启明星教育 / 明启AI认证中心
p = P("/weibo/s-1201.html", True, "U04", "启明星教育", "微博转发自己的广告并加评论；QQ+微信")
weibo_page(p, "启明星教育", "",
  f"""//转发理由：还剩最后12个名额！！AI训练师五级/四级 零基础包教会，想报的加Q{p.i('qq', '1550738826', '1550738826')} 或威信 {p.i('wechat', 'qmx_edu_kf', 'qmx_edu_kf')}""",
  [("考证小白", "包过吗", "5月3日", ("启明星教育", "不过免费重考"))],
  repost=("启明星教育", "【人工智能训练师】国家新职业，五级980，四级1880，三级2880，三证连报仅需4500！人社部认证的新职业，证书全国通用。", "5月1日 来自 微言 网页版"))

p = P("/sites/mingqi/index.html", True, "U04", "明启AI认证中心", "落地页+报名表单：QQ带空格，邮箱，域名，表单占位号码")
site_page(p, "明启AI认证中心", [("首页", "#"), ("AI训练师", "#ai"), ("在线报名", "#form"), ("关于", "#")],
  f"""<section id="ai"><h1>人工智能训练师职业技能等级认定</h1>
<p>五级 ￥980 · 四级 ￥1880 · 三级 ￥2880 · 三证连报 ￥4500</p>
<p>适合人群：在校大学生、宝妈、转行人员</p></section>
<section id="form"><h2>在线报名</h2>
<form action="https://{p.d('form_dom', 'maibiaodan.com')}/f/mq2026" method="post">
<label>姓名 <input name="name"></label>
<label>手机 <input name="tel" placeholder="{p.d('placeholder', '13800138000')}"></label>
<label>报考等级 <select name="lv"><option>五级</option><option>四级</option><option>三级</option></select></label>
<button>提交</button></form>
<p class="small">本表单由 麦表单 提供技术支持</p></section>
<aside><p>客服QQ：{p.i('qq', '1550738826', '1550 738 826')}</p><p>邮箱：{p.i('email', 'service@mingqi-ai.cn', 'service@mingqi-ai.cn')}</p></aside>""",
  f"""<p>© 2026 {p.i('domain', 'mingqi-ai.cn', 'mingqi-ai.cn')} 明启AI认证中心</p>""")

p = P("/notes/n-1202.html", True, "U04", "明启AI认证中心", "笔记：主页链接写成'点cn'")
notes_page(p, "大学生考证推荐｜AI训练师三证连报真的香", "明启学姐",
  "明启AI认证中心 学姐一枚｜帮你规划考证",
  f"""<p>大二的时候一口气报了五级四级三级，三个证一起拿，四千五！</p>
<p>简历上写着人工智能训练师（高级），面试官都会问😎</p>
<p>官网 {p.i('domain', 'mingqi-ai.cn', 'mingqi-ai点cn')} 可以在线报</p>""",
  ["大学生考证", "AI训练师", "简历加分"],
  [("学弟一枚", "三级不是要四级证+工作经验吗", "05-06"),
   ("明启学姐", "我们有特殊通道哈", "05-06")],
  ["三本证书摆拍"])

# ================================================================ U05 华智人才服务 / 智标工坊
p = P("/video/v-3201.html", True, "U05", "华智人才服务", "短视频：加v写法")
video_page(p, "华智人才",
  f"""<p>2026年还在考没用的证？人工智能训练师了解一下👀 企业急需数据标注人才 #人工智能训练师 #职业技能等级证书</p>
<p>五级四级 费用 1.5k-2.5k ，加v {p.i('wechat', 'hz_rencai88', 'hz_rencai88')} 领报考指南</p>""",
  "封面：企业急需 人工智能训练师 华智人才",
  [("Lily", "加了", "04-02"), ("不想上班", "能积分落户吗", "04-03", ("华智人才", "上海四级30分"))])

p = P("/mp/a-2201.html", True, "U05", "智标工坊", "公众号文章：二维码alt里的大写微信号+手机号+课程编号")
mp_page(p, "智标工坊", "人工智能训练师｜零基础怎么考？一篇讲清楚", "智标工坊编辑部", "2026-04-05", f"""
<p>人工智能训练师共有五个等级，分别是五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师。</p>
<p>我们推荐零基础学员从五级开始。本课程在合作网课平台上的课程编号为 {p.d('course_no', '135-2026-0512')}，学员可自行搜索试听。</p>
<p>学费：五级 <b>一千五</b>；四级 <b>两千五</b>。</p>
<p>咨询电话：{p.i('phone', '+8615057162238', '150 5716 2238')}</p>""",
  qr_alt="扫码添加课程顾问微信 HZ_RENCAI88")
p.ids.append(["wechat", "hz_rencai88", "HZ_RENCAI88"])

p = P("/groups/g-4201.html", True, "U05", "智标工坊", "群公告：手机号用大写汉字数字；考点电话")
group_page(p, "智标工坊 学员交流①群", "群成员 Echo", [
  "2026-05-08 12:00  智标工坊-助教",
  "各位同学中午好，五级/四级六月认定报名开始了",
  "费用：五级一千五，四级两千五，补贴到账后多退少补（以实际到账为准）",
  "考点：滨江数智产业园B座（考点电话 " + p.d("venue", "057186971020") + "）",
  "有问题打助教电话：" + p.i("phone", "+8615057162238", cn("15057162238", True)),
  "2026-05-08 12:05  Echo",
  "[图片]",
  "2026-05-08 12:06  Echo",
  "请问补贴是多少",
])

# ================================================================ U06 鼎新职业培训 / 鼎新教育 / AI数据人
p = P("/notes/n-1301.html", True, "U06", "AI数据人", "笔记：简介里写邮箱；评论区有刷单广告")
notes_page(p, "从客服转行AI训练师的第90天", "AI数据人",
  "前客服｜现数据标注组长｜考证咨询📮 " + p.i("email", "aishujuren@126.com", "aishujuren@126.com"),
  """<p>三个月前我还是电商客服，现在在做大模型数据标注🙌</p>
<p>入行最推荐先考一个 人工智能训练师 四级，我当时跟的班 2680，现在好像涨到 2980 了</p>
<p>报班的可以看我简介，或者来直播间问</p>""",
  ["转行", "AI训练师", "大模型"],
  [("打工人", "求带！", "05-07", ("AI数据人", "看简介邮箱")),
   ("日结兼职", "同行勿扰，标注兼职加 Q " + p.d("spam_qq", "3391204481"), "05-08")],
  ["工位照片", "标注平台截图"])

p = P("/video/v-3301.html", True, "U06", "AI数据人", "短视频：全角@邮箱，小店ID")
video_page(p, "AI数据人-阿鼎",
  f"""<p>数据标注到底累不累？真实一天vlog｜想考人工智能训练师的看评论区置顶</p>
<p>小店ID：{p.i('other', '88231457', '88231457')}（课程在小店里）</p>""",
  "封面：转行AI训练师 真实一天",
  [("AI数据人-阿鼎", "【置顶】四级课程 2980 含认定，咨询邮箱 " + p.i("email", "aishujuren@126.com", "aishujuren＠126.com"), "04-30"),
   ("某网友", "vlog很真实", "05-01")])

p = P("/live/schedule-1302.html", True, "U06", "鼎新教育", "直播预告：小店ID、上海座机")
live_page(p, "鼎新教育AI训练师直播间", "鼎新教育官方直播间｜人工智能训练师培训", [
  ("5/13 19:30", "四级AI训练师 开班说明会", "直播间专享价 ¥2680（日常 ¥2980）"),
  ("5/15 19:30", "三级实操讲解", "赠送实训账号"),
  ("5/18 10:00", "证书查询演示 " + p.d("osta", "zscx.osta.org.cn"), "—")],
  f"""<p>直播间下单请认准小店ID {p.i('other', '88231457', '88231457')}，线下报名可致电 {p.i('phone', '+862164802317', '021-6480 2317')}。</p>""",
  [("喵", "已预约"), ("上海阿姨", "老年人可以考吗")])

p = P("/sites/dingxin/index.html", True, "U06", "上海鼎新职业技能培训有限公司", "企业官网：座机无分隔、信用代码、域名、建站商和表单工具")
site_page(p, "鼎新职业培训", [("首页", "#"), ("培训项目", "#px"), ("报名", "#bm"), ("联系", "#lx")],
  f"""<section id="px"><h2>培训项目</h2>
<table class="tbl"><tr><th>项目</th><th>等级</th><th>费用</th></tr>
<tr><td>人工智能训练师</td><td>四级</td><td>2980元</td></tr>
<tr><td>人工智能训练师</td><td>三级</td><td>3680元</td></tr>
<tr><td>育婴员</td><td>四级</td><td>2200元</td></tr></table></section>
<section id="bm"><p>在线报名：<a href="https://{p.d('form_dom', 'maibiaodan.com')}/f/dx88">点此填写报名表（麦表单）</a></p></section>
<section id="lx"><p>联系电话：{p.i('phone', '+862164802317', '02164802317')}</p>
<p>官网：{p.i('domain', 'dxpx.net.cn', 'http://www.dxpx.net.cn')}</p></section>""",
  f"""<p>上海鼎新职业技能培训有限公司 统一社会信用代码 {p.i('uscc', USCC_U06, USCC_U06)}</p>
<p>网站建设：云帆建站 {p.d('builder_tel', '4000118826')}</p>""")

# ================================================================ U07 优才数智 / 优才教育咨询
p = P("/weibo/s-1401.html", True, "U07", "优才数智", "微博：薇写法+引用鉴定中心电话")
weibo_page(p, "优才数智", "优才数智官方账号",
  f"""【#AI训练师# 6月认定 火热报名中】五级 1280 / 四级 2180 / 三级 2980 ，报名截止5月31日。
想报名的加薇：{p.i('wechat', 'ycsz_2025', 'ycsz_2025')}。认定机构资质可致电 {p.d('centre', '020－83195566')} 核实。""",
  [("小广", "广州能考吗", "5月9日", ("优才数智", "可以"))])

p = P("/groups/g-4301.html", True, "U07", "优才教育咨询", "群公告：微信、自家QQ群号")
group_page(p, "优才·人工智能训练师报名咨询群", "群成员 小叶", [
  "2026-05-10 08:00  优才-Kiki",
  "【群公告】本群只做报名咨询，闲聊请移步学习群（QQ群：" + p.i("qq_group", "817263540", "817263540") + "）",
  "报名请加老师微信 " + p.i("wechat", "ycsz_2025", "ycsz_2025") + "，发姓名+身份证+学历照片",
  "价格：五级1280 四级2180 三级2980（三级需要提供四级证书或者我们帮你走流程）",
  "2026-05-10 08:21  小叶",
  "走流程是什么意思",
  "2026-05-10 08:22  优才-Kiki",
  "私聊",
])

p = P("/notes/n-1402.html", True, "U07", "优才教育咨询", "笔记：进群号码带空格，评论区网友留微信")
notes_page(p, "AI训练师备考资料免费分享（进群领）", "优才Kiki老师",
  "优才教育咨询｜人工智能训练师/数据标注",
  f"""<p>整理了人工智能训练师四级的理论题库+实操题，免费送！</p>
<p>进Q群 {p.i('qq_group', '817263540', '817 263 540')} 找管理员领取～ 顺便可以咨询报名（四级 两千一百八）</p>""",
  ["AI训练师", "题库", "备考"],
  [("小雨🌧", "求资料，我v " + p.d("buyer_wx", "xiaoyu_0923"), "05-11"),
   ("Kevin", "进了", "05-11")],
  ["题库截图"])

# ================================================================ U08 远航职教 / 远航AI训练营 / 领航数标
p = P("/mp/a-2301.html", True, "U08", "杭州远航职业技能培训有限公司", "公众号文章：手机号、信用代码、价格区间")
mp_page(p, "远航职教", "人工智能训练师（三级）周末班招生｜可申领技能提升补贴", "远航职教", "2026-03-12", f"""
<p>课程时长：40课时（理论30%+实操70%）</p>
<p>费用：3k~4k（视班型而定），失业保险缴纳满一年的学员可申领最高2000元补贴。</p>
<p>报名热线：{p.i('phone', '+8613758124469', '137-5812-4469')}</p>
<p>主办单位：杭州远航职业技能培训有限公司</p>
<p>统一社会信用代码：{p.i('uscc', USCC_U08, USCC_U08)}</p>""", qr_alt="远航职教公众号二维码")

p = P("/video/v-3401.html", True, "U08", "远航AI训练营", "短视频：tel链接+86写法，收款户名")
video_page(p, "远航AI训练营",
  f"""<p>AI Trainer 高级工 周末班 📚 3580元 包教材 #人工智能训练师 #杭州</p>
<p>📞 <a href="tel:+8613758124469">{p.i('phone', '+8613758124469', '+86 137 5812 4469')}</a></p>
<p>对公收款户名：{p.i('other', '杭州远航职业技能培训有限公司', '杭州远航职业技能培训有限公司')}</p>""",
  "封面：高级工 周末班 远航AI训练营",
  [("小文", "在哪里上课"), ("日结兼职", "标注日结 加Q" + p.d("spam_qq", "3391204481"))])

p = P("/notes/n-1502.html", True, "U08", "领航数标", "笔记：营业执照图片alt里写信用代码（带空格）")
notes_page(p, "杭州本地 AI训练师三级 周末班还有名额", "领航数标",
  "杭州｜数据标注团队｜考证",
  """<p>我们是杭州本地的标注团队，和培训学校合作开了三级（高级工）周末班，三千五左右。</p>
<p>资质见图二，放心报。私信我发地址。</p>""",
  ["杭州", "人工智能训练师", "周末班"],
  [("杭漂", "滨江的吗", "04-20", ("领航数标", "西湖区"))],
  ["周末班教室照片", "营业执照 统一社会信用代码 " + p.i("uscc", USCC_U08, spaced(USCC_U08, 6))])

# ================================================================ U09 慧育人才 / 慧育AI / 标注星球
p = P("/weibo/s-1501.html", True, "U09", "慧育AI", "微博：小写邮箱")
weibo_page(p, "慧育AI", "",
  f"""AI训练师证书还能考吗？能！5月仍有五级、四级批次 ~ 五级¥1,480 四级¥2,280 ～ 简章发你邮箱，留言或发邮件至 {p.i('email', 'huiyu_ai@foxmail.com', 'huiyu_ai@foxmail.com')}""",
  [("济南小张", "济南能考吗", "5月2日", ("慧育AI", "可以")), ("网友", "已发邮件")])

p = P("/mp/a-2401.html", True, "U09", "慧育人才", "公众号：邮箱大小写不同+济南座机")
mp_page(p, "慧育人才", "济南｜人工智能训练师认定 5月批次报名通知", "慧育人才", "2026-04-28", f"""
<p>五级：1480元；四级：2280元。一次通过率高，详见简章。</p>
<p>联系邮箱：{p.i('email', 'huiyu_ai@foxmail.com', 'HuiYu_AI@foxmail.com')}</p>
<p>联系电话：{p.i('phone', '+8653186902251', '0531-8690 2251')}</p>
<p>相关政策咨询：{p.d('h12333', '12333')}</p>""", ip="山东")

p = P("/live/schedule-1503.html", True, "U09", "标注星球", "直播预告：座机括号写法+微信")
live_page(p, "标注星球", "数据标注｜AI训练师考证直播", [
  ("5/20 20:00", "数据标注员（人工智能训练师工种）五级怎么报", "直播间立减¥200"),
  ("5/22 20:00", "四级实操演示", "送标注练习数据")],
  f"""<p>线下咨询：{p.i('phone', '+8653186902251', '(0531)86902251')}</p><p>加微信备注"直播"：{p.i('wechat', 'bzxq_2026', 'bzxq_2026')}</p>""",
  [("小麦", "已约")])

p = P("/groups/g-4501.html", True, "U09", "标注星球", "群公告：全角微信号")
group_page(p, "标注星球 AI训练师5月班", "群成员 阿良", [
  "2026-05-21 21:00  星球-小助手",
  "@所有人 今晚直播没抢到优惠的同学，加小助手微信 " + p.i("wechat", "bzxq_2026", fw("bzxq") + "＿" + fw("2026")) + " 补差价",
  "五级 一四八零，四级 二二八零",
  "2026-05-21 21:02  阿良",
  "好的",
])

# ================================================================ independents
p = P("/notes/n-1601.html", True, "I01", "林老师AI考证工作室", "个人笔记：独立卖家")
notes_page(p, "做了三年AI训练师培训，说几句实话", "林老师聊考证",
  "独立讲师｜不割韭菜",
  f"""<p>1. 五级要求一年相关工作经历或者学徒期满，谁说零基础随便考的都不靠谱。</p>
<p>2. 我的小班课：五级 ¥1,200，四级 ¥1,900，只收符合条件的学员。</p>
<p>3. 报名加我：{p.i('wechat', 'lin_ai_teacher', 'lin_ai_teacher')}</p>""",
  ["人工智能训练师", "考证避坑"],
  [("小雨🌧", "实在人", "05-12"), ("橙子", "四级要几年经验？", "05-12", ("林老师聊考证", "看标准，五级证后4年或者6年工作经历"))],
  ["林老师课堂照片"])

p = P("/video/v-3601.html", True, "I02", "阿凯说AI", "短视频：独立卖家，手机号短横线")
video_page(p, "阿凯说AI",
  f"""<p>人工智能训练员（AI训练师）四级网课 999 元 不含认定费 ❗ 认定费另交机构 #AI #职业技能</p>
<p>报名：{p.i('phone', '+8617702115520', '177-0211-5520')}</p>""",
  "封面：四级网课 999",
  [("阿凯说AI", "已经有很多同学报名", "05-02"), ("路人", "便宜")], plays="2.3万")

p = P("/weibo/s-1601.html", True, "I03", "数训社", "微博：独立卖家，QQ")
weibo_page(p, "数训社", "",
  f"""承接人工智能训练师（数据标注员/算法测试员）四级、三级培训报名，价格私聊，企业团报有优惠。QQ {p.i('qq', '3087654129', '3087654129')}""",
  [("hr_wang", "团报10人什么价", "5月6日")])

p = P("/mp/a-2601.html", True, "I04", "重庆市渝才职业培训学校", "公众号：正规学校招生，重庆座机，信用代码，官方查询站")
mp_page(p, "渝才职业培训", "关于开展2026年人工智能训练师（四级）职业技能等级认定培训的通知", "教务科", "2026-04-01", f"""
<p>根据人工智能训练师国家职业技能标准（2021年版），我校开展四级培训及认定。申报条件：取得五级证书后累计从事本职业工作4年（含）以上等。</p>
<table border="1"><tr><td>培训费</td><td>1800元</td></tr><tr><td>认定费</td><td>按物价标准另收</td></tr></table>
<p>证书信息可在技能人才评价证书全国联网查询（{p.d('osta', 'zscx.osta.org.cn')}）查询。政策咨询{p.d('h12333', '12333')}。</p>
<p>报名电话：{p.i('phone', '+862368821345', '023-68821345')}</p>
<p>单位：重庆市渝才职业培训学校（{p.i('uscc', USCC_I04, USCC_I04)}）</p>""", ip="重庆")

p = P("/groups/g-4601.html", True, "I05", "智码学堂", "群公告：独立卖家，微信+邮箱；考点电话")
group_page(p, "智码学堂·训练师速通群", "群成员 老K", [
  "2026-05-15 10:00  智码学堂",
  "【公告】人工智能训练师五级 速通班 ￥1980，理论+实操一周搞定",
  "考点：滨江数智产业园B座，考点电话 " + p.d("venue", "0571 86971020"),
  "报名加vx：" + p.i("wechat", "zhima_xt01", "zhima_xt01") + " 或发邮件 " + p.i("email", "zhimaxuetang@sina.com", "zhimaxuetang@sina.com"),
  "2026-05-15 10:03  老K",
  "一周？",
])

p = P("/sites/dianjing/form.html", True, "I06", "点睛教育", "报名表单页：独立卖家，手机号+域名，建站商和占位号")
site_page(p, "点睛教育", [("首页", "#"), ("报名表", "#f")],
  f"""<section id="f"><h1>人工智能训练师五级/四级 报名登记表</h1>
<p>五级 <del>¥2,600</del> ¥1,560 · 四级 <del>¥3,400</del> ¥2,040（限时六折）</p>
<form action="https://{p.d('form_dom', 'maibiaodan.com')}/f/dj01"><label>手机号<input placeholder="如 {p.d('placeholder', '138 0013 8000')}"></label><button>提交</button></form>
<p>咨询：{p.i('phone', '+8613306418872', '13306418872')}</p></section>""",
  f"""<p>© {p.i('domain', 'djedu.top', 'djedu.top')} 点睛教育 | 技术支持：{p.d('builder_dom', 'yunfanjz.com')}</p>""")

# ================================================================ non-offers
p = P("/notes/n-1901.html", False, None, None, "投诉帖：交钱后拿不到证，评论区有12315/96110和网友微信")
notes_page(p, "避雷！！交了4800报AI训练师三级，半年了证都没有", "不想再被骗了",
  "普通打工人",
  """<p>去年在某短视频看到广告，说三级零基础也能考，交了4800（三证连报），对方说有"特殊通道"。</p>
<p>现在半年了，证书查不到，客服电话 158****3321 也打不通了。</p>
<p>大家报名前一定去官网查机构是否备案！</p>""",
  ["避雷", "考证骗局", "人工智能训练师"],
  [("热心网友", "打" + p.d("h12315", "12315") + "投诉，再报警，反诈" + p.d("h96110", "96110"), "05-01"),
   ("小雨🌧", "天呐我差点也报了，一起维权吗 我v " + p.d("buyer_wx", "xiaoyu_0923"), "05-02"),
   ("路过", "三级本来就要四级证+年限，零基础考三级就是骗", "05-03")],
  ["聊天记录截图 已打码", "转账记录截图"])

p = P("/weibo/s-1901.html", False, None, None, "官方媒体账号转发警示：山寨证书")
weibo_page(p, "某市反诈中心", "某市公安局反诈骗中心",
  f"""【警惕！"AI训练师"考证骗局】"零基础包过""人社部颁发""三证连报"都是常见话术！证书查询请认准 {p.d('osta', 'zscx.osta.org.cn')}，遇到诈骗请拨打{p.d('h96110', '96110')}或{p.d('h12315', '12315')}。""",
  [("网友A", "转发了"), ("网友B", "我同事就被骗了")],
  repost=("某日报", "人社部持续开展技术技能类“山寨证书”专项治理……", "5月10日 来自 微言 网页版"))

p = P("/mp/a-2901.html", False, None, None, "人社公众号政策解读：技能提升补贴，引用12333、鉴定中心电话")
mp_page(p, "某市人社", "政策解读｜职业技能等级证书与技能提升补贴，一文读懂", "某市人社", "2026-02-20", f"""
<p>1. 职业技能等级证书由经人社部门备案的评价机构颁发，证书可在 {p.d('osta', 'jndj.osta.org.cn')} 查询。</p>
<p>2. 技能提升补贴：五级1000元、四级1500元、三级2000元，需缴纳失业保险满一年。</p>
<p>3. 二级、一级无全国统一的此类补贴。</p>
<p>咨询：{p.d('h12333', '12333')}；市职业技能鉴定指导中心 {p.d('centre', '020-83195566')}。更多信息见 {p.d('mohrss', 'www.mohrss.gov.cn')}。</p>""", ip="广东")

p = P("/news/shanzhai-2026.html", False, None, None, "新闻：山寨证书治理，引用热线和官方网站")
plain_page(p, "记者调查：社交平台上的“AI训练师速成班”", f"""
<h1>记者调查：社交平台上的“AI训练师速成班”</h1>
<p class="byline">本报记者 2026-05-14</p>
<p>近期，多个社交平台出现"人工智能训练师三级零基础包过"的广告。记者联系其中一家，对方称三证连报4500元，"不用考试也能出证"。</p>
<p>人社部门提醒，人工智能训练师属于职业技能等级证书，应由备案的评价机构颁发，可登录 {p.d('osta', 'zscx.osta.org.cn')} 或 {p.d('mohrss', 'osta.mohrss.gov.cn')} 查询。</p>
<p>消费者如遇虚假宣传，可拨打{p.d('h12315', '12315')}投诉；涉嫌诈骗请拨打{p.d('h96110', '96110')}或110。政策咨询可拨打{p.d('h12333', '12333')}。</p>""")

p = P("/jobs/data-annotator.html", False, None, None, "真实招聘：数据标注员（人工智能训练师证书优先）")
plain_page(p, "招聘｜数据标注员（苏州）- 某智能科技有限公司", f"""
<h1>数据标注员（苏州工业园区）</h1>
<table class="job"><tr><th>薪资</th><td>6-9K·13薪</td></tr><tr><th>学历</th><td>大专</td></tr><tr><th>经验</th><td>不限</td></tr></table>
<h2>岗位职责</h2><ul><li>图像、文本数据标注与质检</li><li>配合算法团队完成数据迭代</li></ul>
<h2>任职要求</h2><ul><li>细心，有责任心</li><li>持有人工智能训练师（四级及以上）职业技能等级证书者优先</li></ul>
<p>公司：苏州某智能科技有限公司（统一社会信用代码 {USCC_JOB}）</p>
<p>简历投递：hr@suzhou-aidata.com.cn ，HR电话 0512-6258 7731</p>
<p class="warn">本公司招聘不收取任何费用，不推销培训课程。</p>""", css="jobs.css")

p = P("/video/v-3901.html", False, None, None, "其他职业课程：健康管理师短视频（非AI训练师）")
video_page(p, "康养学苑",
  """<p>健康管理师三级 新一期报名 2680元 #健康管理师 #考证</p>
<p>咨询 ☎ 191 3320 8854</p>""",
  "封面：健康管理师 新一期",
  [("护士小美", "护士能报吗"), ("康养学苑", "可以")])

p = P("/help/lizinote-rules.html", False, None, None, "平台帮助页：栗子笔记关于职业证书类内容的管理规则")
plain_page(p, "栗子笔记帮助中心｜职业技能证书类内容发布规范", f"""
<nav class="crumbs">帮助中心 › 社区规范 › 教育培训</nav>
<h1>职业技能证书类内容发布规范</h1>
<ol><li>禁止发布"包过""免考拿证""人社部颁发"等虚假或误导性宣传。</li>
<li>禁止在笔记或评论中留联系方式引流私下交易。</li>
<li>用户可通过平台客服 {p.d('notes_cs', '4008206617')} 或举报邮箱 {p.d('notes_mail', 'jubao@lizinote.com')} 反馈违规内容。</li></ol>
<p>官方网站：www.{p.d('notes_dom', 'lizinote.com')}</p>
<p><a href="{p.rel('/notes/index.html')}">返回笔记</a></p>""", css="help.css")

p = P("/groups/g-4901.html", False, None, None, "企业内部培训群公告：员工参加认定考试的通知（非售卖）")
group_page(p, "某科技公司·标注部通知群", "员工 小何", [
  "2026-04-20 09:00  标注部-主管",
  "公司组织员工参加人工智能训练师四级认定，费用公司承担，不需要个人交钱。",
  "考点：滨江数智产业园B座3楼，考点电话 " + p.d("venue", "0571-86971020") + "（有事先找我，别直接打考点）",
  "证书出来后可以自己在 " + p.d("osta", "zscx.osta.org.cn") + " 查。",
  "2026-04-20 09:05  员工 小何",
  "收到",
])

# ---------------------------------------------------------------- list pages
LISTS = [
    ("/notes/index.html", "栗子笔记 · 发现", "/notes/"),
    ("/video/index.html", "抖趣 · 推荐", "/video/"),
    ("/weibo/index.html", "微言 · 热门", "/weibo/"),
    ("/mp/index.html", "公众号文章存档", "/mp/"),
    ("/groups/index.html", "群公告存档", "/groups/"),
    ("/live/index.html", "抖趣直播 · 预告", "/live/"),
]


def title_of(pg):
    import re
    m = re.search(r"<title>(.*?)</title>", pg.html)
    return m.group(1) if m else pg.path


content_pages = list(PAGES)
for path, title, prefix in LISTS:
    p = P(path, False, None, None, "列表页：" + title)
    items = [c for c in content_pages if c.path.startswith(prefix)]
    lis = "\n".join(f'  <li class="feed-item"><a href="{p.rel(c.path)}">{title_of(c)}</a></li>' for c in items)
    extra = ""
    if prefix == "/notes/":
        extra = f'<p class="foot">客服 {p.d("notes_cs", "400-820-6617")} · <a href="{p.rel("/help/lizinote-rules.html")}">社区规范</a></p>'
    if prefix == "/live/":
        extra = f'<p class="foot">直播平台客服 {p.d("live_cs", "4006700365")}</p>'
    p.html = head(p, title, "list.css") + f"""<body>
<header><a href="{p.rel('/index.html')}">站点首页</a> › {title}</header>
<main><h1>{title}</h1>
<ul class="feed">
{lis}
</ul>
{extra}
</main>
<footer><p>共 {len(items)} 条</p></footer>
</body>
</html>
"""

p = P("/index.html", False, None, None, "站点首页：各栏目入口")
others = [c for c in content_pages if not any(c.path.startswith(x[2]) for x in LISTS)]
p.html = head(p, "AI训练师考证信息观察 · 社交平台存档", "home.css") + f"""<body>
<header><h1>AI训练师考证信息观察</h1><p>社交平台上关于人工智能训练师（4-04-05-05）考证的帖子、视频、群公告存档</p></header>
<nav class="cols">
{chr(10).join(f'  <a href="{p.rel(x[0])}">{x[1]}</a>' for x in LISTS)}
</nav>
<section><h2>其他页面</h2><ul>
{chr(10).join(f'  <li><a href="{p.rel(c.path)}">{title_of(c)}</a></li>' for c in others)}
</ul></section>
<footer><p>本站为存档，不提供任何报名服务。</p></footer>
</body>
</html>
"""

# ---------------------------------------------------------------- write
OPS = {
    "U01": "U01 pages: 笔记↔公众号 靠微信号(小写/大写)；公众号↔短视频 靠手机号(半角短横线/全角)；短视频↔群公告 靠QQ(阿拉伯数字/汉字数字)",
    "U02": "微博↔官网 靠深圳座机和域名；官网↔直播预告 只靠400号码(短横线/空格)",
    "U03": "公众号↔笔记 靠微信号(大小写)；笔记↔短视频 只靠邮箱(圈/点 vs [at])；短视频↔群 只靠手机号(emoji/空格)",
    "U04": "微博↔落地页 靠QQ(连写/空格)；落地页↔笔记 只靠域名(mingqi-ai.cn vs mingqi-ai点cn)",
    "U05": "短视频↔公众号 只靠微信号(小写/二维码alt大写)；公众号↔群 只靠手机号(空格/大写汉字)",
    "U06": "笔记↔短视频 靠邮箱(半角@/全角＠)；短视频↔直播 靠小店ID；直播↔官网 靠上海座机(短横线/连写)",
    "U07": "微博↔群 靠微信号；群↔笔记 靠自家QQ群号(连写/空格)",
    "U08": "公众号↔短视频 靠手机号(短横线/+86 tel)；公众号↔笔记 只靠信用代码(连写/图片alt分段)",
    "U09": "微博↔公众号 靠邮箱(大小写)；公众号↔直播 靠济南座机(短横线/括号)；直播↔群 靠微信号(半角/全角)",
}


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for pg in PAGES:
        fp = os.path.join(SITE, pg.path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(pg.html)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    ops = {}
    for pg in PAGES:
        if pg.operator and pg.operator.startswith("U"):
            ops.setdefault(pg.operator, {"brands": [], "ties": OPS[pg.operator]})
            if pg.provider not in ops[pg.operator]["brands"]:
                ops[pg.operator]["brands"].append(pg.provider)
    decoys = []
    for key, (kind, value, note) in DECOYS.items():
        use = DEC_USE[key]
        decoys.append({"kind": kind, "value": value, "paths": sorted(use),
                       "as_written": {k: v for k, v in sorted(use.items())}, "note": note})
    offers = [pg for pg in PAGES if pg.is_offer]
    counts = {
        "pages": len(PAGES),
        "offers": len(offers),
        "operators": len(ops),
        "operator_offer_pages": sum(1 for pg in offers if pg.operator.startswith("U")),
        "independents": len({pg.operator for pg in offers if pg.operator.startswith("I")}),
        "non_offers": len(PAGES) - len(offers),
        "decoys": len(decoys),
    }
    truth = {
        "description": "operators-2026-12aj: social-media web (notes app posts with comments, short-video caption pages, "
                       "microblog statuses/reposts, WeChat public-account articles, exported chat-group notices, livestream "
                       "schedules, a few corporate/form pages) advertising 人工智能训练师 certificate courses. "
                       "Pages of the same U-operator must be linked; nothing else.",
        "counts": counts,
        "pages": [{"path": pg.path, "is_offer": pg.is_offer, "operator": pg.operator, "provider": pg.provider,
                   "identifiers": pg.ids, "note": pg.note} for pg in sorted(PAGES, key=lambda x: x.path)],
        "operators": dict(sorted(ops.items())),
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(json.dumps(counts, ensure_ascii=False))


if __name__ == "__main__":
    main()
