"""Write site/ and truth.json for the operators-2026-12ae web (stdlib only)."""
import json
import os
import shutil

from gen_base import doc, esc, occurs, page_text, relify, uscc

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---- invented codes -------------------------------------------------------
PLAT_USCC = uscc("91", "330108", "MA2H7K4L")   # 集市优选's own company (platform footer)
U01_USCC = uscc("91", "330106", "MA27QW3D")
U02_USCC = uscc("91", "440300", "MA5GDJ8T")
U03_USCC = uscc("91", "510104", "MA6CN5R2")
U04_USCC = uscc("91", "110108", "MA01HB6P")
U05_USCC = uscc("91", "420106", "MA4KTR9E")
U06_USCC = uscc("91", "310115", "MA1FX72C")
U07_USCC = uscc("91", "410105", "MA44LN0U")
U09_USCC = uscc("91", "320106", "MA1YP35W")
JOB_USCC = uscc("91", "320594", "MA1NDE6Q")  # the real employer in the job ad (not a seller)

PAGES = []


def page(path, html_text, is_offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append({"path": path, "html": html_text, "is_offer": is_offer, "operator": op,
                  "provider": provider, "identifiers": [list(x) for x in ids], "note": note})


# ---- platform chrome -------------------------------------------------------
def shop(path, title, shopname, inner, **kw):
    body = f'''<div id="app" class="jsyx">
<header class="top" style="background:#ff5000;color:#fff;padding:6px 12px">
  <a href="/shop/index.html" style="color:#fff;font-weight:bold">集市优选</a>
  <form class="search" style="display:inline"><input name="q" placeholder="搜索 课程 / 考证 / 技能"></form>
  <span class="login">你好，请登录 | 免费注册</span>
</header>
<nav class="crumb"><a href="/shop/index.html">首页</a> &gt; 教育培训 &gt; 职业技能 &gt; <span>{esc(shopname)}</span></nav>
<div class="shop-bar" data-shop="{esc(shopname)}"><img src="/img/shop-logo.png" alt="{esc(shopname)} 店铺logo" width="40"> <b>{esc(shopname)}</b> <span class="dsr">描述 4.8 服务 4.9 物流 4.7</span></div>
<main class="item-detail">
{inner}
</main>
<section class="rates"><h3>累计评价</h3><ul class="rate-list"></ul></section>
<footer class="platform" style="font-size:12px;color:#999;border-top:1px solid #eee;margin-top:30px;padding:10px">
  <!-- platform footer, same on every item -->
  <p>集市优选客服热线：400-670-2218（9:00-21:00） | 客服邮箱：kefu@jishiyouxuan.com</p>
  <p>杭州集优网络科技有限公司 统一社会信用代码：{PLAT_USCC} | 浙ICP备2023017755号-2</p>
  <p>平台提醒：请勿脱离平台私下交易，课程类商品以商家描述为准。</p>
</footer></div>'''
    page(path, doc(title + " - 集市优选", body), **kw)


def fenlei(path, title, city, inner, **kw):
    body = f'''<div class="tcbb-wrap">
<div class="hd"><a href="/fenlei/index.html" class="logo">同城帮帮</a> · <span class="city">{esc(city)}</span> · <a href="/fenlei/index.html">教育培训</a></div>
<div class="info-main" data-cate="jiaoyu">
<h1 class="info-title">{esc(title)}</h1>
{inner}
</div>
<div class="safe-tip" style="background:#fffbe6;padding:8px;border:1px solid #ffe58f">帮帮提醒：凡是要求先付“报名费”“保证金”的都要提高警惕。</div>
<div class="ft">同城帮帮 客服电话 400-115-6688 ｜ 用户协议 ｜ 隐私政策</div>
</div>'''
    page(path, doc(title + "_同城帮帮", body), **kw)


def bbs(path, title, posts, **kw):
    rows = []
    for i, (user, meta, text) in enumerate(posts, 1):
        rows.append(f'''<table class="plhin" id="pid{9000 + i}" cellspacing="0" cellpadding="0">
<tr><td class="pls" rowspan="2"><div class="authi"><a class="xw1">{esc(user)}</a></div><p class="meta">{esc(meta)}</p></td>
<td class="plc"><div class="pi"><strong>{i}#</strong><em>发表于 2026-0{(i % 3) + 3}-1{i} 2{i % 4}:0{i}</em></div>
<div class="t_f">{text}</div></td></tr>
<tr><td class="plc plm"><div class="sign">—— 本帖由会员发布，仅代表个人观点</div></td></tr>
</table>''')
    body = f'''<div id="wp" class="wp">
<div id="pt" class="bm"><a href="/bbs/index.html">职考吧论坛</a> &rsaquo; <a href="/bbs/index.html">技能证书版</a> &rsaquo; 帖子</div>
<h1 class="ts"><span id="thread_subject">{esc(title)}</span></h1>
<div id="postlist" class="pl bm">
{"".join(rows)}
</div>
<div id="ft" class="wp cl">职考吧论坛官方交流群：105520337 ｜ Powered by Discuz! X3.4 ｜ Archiver</div>
</div>'''
    page(path, doc(title + " - 职考吧论坛", body), **kw)


def ask(path, question, answers, **kw):
    items = []
    for who, tag, votes, text in answers:
        items.append(f'''<div class="AnswerItem" data-votes="{votes}">
  <div class="AuthorInfo"><span class="name">{esc(who)}</span> <span class="headline">{esc(tag)}</span></div>
  <div class="RichContent">{text}</div>
  <div class="ContentItem-actions">赞同 {votes} ▲ · 添加评论 · 分享</div>
</div>''')
    body = f'''<div class="QuestionPage">
<header class="AppHeader"><a href="/ask/index.html">问得网</a> <input placeholder="搜索问题"></header>
<div class="QuestionHeader"><h1 class="QuestionHeader-title">{esc(question)}</h1><div class="tags"><span>职业资格</span><span>人工智能</span></div></div>
<div class="Question-main"><div class="List">{"".join(items)}</div></div>
<footer class="Footer">问得网 · 违法和不良信息举报电话：010-82716601 · 京ICP证150233号</footer>
</div>'''
    page(path, doc(question + " - 问得网", body), **kw)


def weibo(path, nick, verified, text, comments, **kw):
    cm = "".join(f'<li class="cmt"><a class="nk">{esc(n)}</a>：{c}</li>' for n, c in comments)
    body = f'''<div class="WB_frame">
<div class="gn_header"><a href="/weibo/index.html">微言</a> <span>#AI训练师#</span></div>
<div class="WB_feed_detail" data-mid="{path.split('/')[-1].split('.')[0]}">
  <div class="WB_info"><a class="W_f14 W_fb">{esc(nick)}</a> <i class="icon-approve" title="{esc(verified)}"></i></div>
  <div class="WB_from">2026-04-0{len(nick) % 9 + 1} 来自 微言 Android</div>
  <div class="WB_text" style="white-space:pre-line">{text}</div>
  <div class="WB_handle">转发 12 | 评论 {len(comments)} | 赞 58</div>
  <ul class="list_ul">{cm}</ul>
</div>
<div class="footer">微言客服 400-096-0101 · 微言社区公约</div>
</div>'''
    page(path, doc(f"{nick}的微言", body), **kw)


def note(path, author, title, text, tags, comments, **kw):
    cm = "".join(f'<div class="comment-item"><span class="author">{esc(a)}</span><p>{c}</p></div>' for a, c in comments)
    body = f'''<div id="noteContainer" class="note-container">
<div class="media-container"><img src="/img/note-cover.jpg" alt="{esc(title)} 封面"></div>
<div class="interaction-container">
 <div class="author-wrapper"><a href="/notes/index.html" class="name">{esc(author)}</a><button>关注</button></div>
 <div id="detail-title" class="title">{esc(title)}</div>
 <div id="detail-desc" class="desc" style="white-space:pre-wrap">{text}</div>
 <div class="tags">{" ".join('<a class="tag">#' + esc(t) + '</a>' for t in tags)}</div>
 <div class="comments-el">{cm}</div>
</div>
<div class="bottom-bar">薯叶笔记 · 官方客服QQ 800062013 · 沪ICP备2021019324号</div>
</div>'''
    page(path, doc(title + " - 薯叶笔记", body), **kw)


def video(path, author, caption, subtitle_lines, comments, **kw):
    subs = "".join(f"<p>{s}</p>" for s in subtitle_lines)
    cm = "".join(f'<li><b>{esc(a)}</b> {c}</li>' for a, c in comments)
    body = f'''<div class="video-page" data-e2e="video-detail">
<div class="player"><video poster="/img/poster.jpg"></video><div class="asr-subtitles" aria-label="字幕">{subs}</div></div>
<div class="video-info"><span class="account">@{esc(author)}</span><h1 class="caption">{caption}</h1></div>
<ul class="comment-list">{cm}</ul>
<div class="nav-foot"><a href="/video/index.html">快映</a> · 网络不良信息举报邮箱 jubao@kuaiying.tv</div>
</div>'''
    page(path, doc(f"{author}的作品 - 快映", body), **kw)


def jobs(path, title, company, inner, **kw):
    body = f'''<div class="job-detail-box">
<div class="site-top"><a href="/jobs/index.html">职聘网</a> · 职位详情</div>
<div class="job-primary"><h1 class="name">{esc(title)}</h1><span class="company">{esc(company)}</span></div>
<div class="job-sec">{inner}</div>
<div class="job-footer">职聘网求职防骗热线 400-882-5130 · 任何以招聘为名收取费用的行为均可举报</div>
</div>'''
    page(path, doc(title + " - 职聘网", body), **kw)


def mp(path, account, title, inner, agency=False, **kw):
    ad = ('<p class="biz" style="color:#888;font-size:13px">本号商务合作 / 投稿：微信 mp_shangwu01（蓝芒传媒）</p>'
          if agency else "")
    body = f'''<div id="js_article" class="rich_media">
<h1 class="rich_media_title" id="activity-name">{esc(title)}</h1>
<div class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">{esc(account)}</a></span> <em id="publish_time">2026-04-12 08:30</em></div>
<div class="rich_media_content" id="js_content">
{inner}
</div>
{ad}
<div class="rich_media_tool">阅读 3012 · 在看 41</div>
<div class="qr_code_pc_inner"><img src="/img/mp-qr.png" alt="微信扫一扫关注该公众号"></div>
</div>'''
    page(path, doc(title, body), **kw)


def group_board(path, gname, msgs, **kw):
    lis = "".join(f'<li class="msg" data-uid="{u}"><span class="who">{esc(n)}</span><span class="t">{t}</span><div class="bubble">{m}</div></li>'
                  for u, n, t, m in msgs)
    body = f'''<div class="board">
<div class="board-head"><a href="/index.html">群聊记录广场</a> / <b>{esc(gname)}</b></div>
<p class="board-desc">以下为群公告与精选聊天记录（由群成员导出公开）</p>
<ol class="msg-list">{lis}</ol>
<p class="disclaimer">本广场仅展示用户公开分享的记录，不代表平台立场。</p>
</div>'''
    page(path, doc(gname + " - 群聊记录广场", body), **kw)


BUILDER = ('<div class="powered" style="text-align:center;font-size:12px;color:#aaa">'
           '网站建设：云建站 yunjianzhan.com 建站热线 400-996-3170</div>')

# ============================ U01 智途 ======================================
shop("/shop/item/80417.html", "【智途AI学苑】人工智能训练师四级/三级 职业技能等级证书 线上班", "智途AI学苑旗舰店", '''
<div class="gallery"><img src="/img/80417-main.jpg" alt="人工智能训练师 证书班 主图 官网可查"></div>
<div class="tb-property">
 <h1 class="tb-main-title">【智途AI学苑】人工智能训练师四级/三级 职业技能等级证书 线上班 零基础入门</h1>
 <div class="tb-price"><em class="tb-rmb">¥</em><strong class="tb-rmb-num">2,980.00</strong> - <strong>3,980.00</strong> <del>¥6,800</del></div>
 <dl class="tb-prop"><dt>规格</dt><dd><a data-sku="s4">四级（中级工）¥2,980</a> <a data-sku="s3">三级（高级工）¥3,980</a></dd></dl>
 <div class="tb-counter">月销 126 · 累计评价 58</div>
</div>
<div class="desc" style="white-space:pre-line">【课程内容】数据采集和处理、数据标注、智能系统运维，直播+录播共 50 课时
【证书说明】考核通过颁发人工智能训练师职业技能等级证书，全国联网可查
【下单须知】拍下后请联系店铺客服登记报名信息：158-6712-0394（同微信的是另一个号，见下）
店铺微信 VX：zhitu_ai88  备注“淘课”
订单编号示例：13520260318（拍下后在“我的订单”里查看，不是电话！）
</div>''', is_offer=True, op="U01", provider="智途AI学苑",
     ids=[("phone", "+8615867120394", "158-6712-0394"), ("wechat", "zhitu_ai88", "zhitu_ai88")],
     note="marketplace item; tied to the 启衡训练营 microblog by the WeChat id")

weibo("/weibo/status/4981230.html", "启衡训练营-小周老师", "教育博主", '''#AI训练师# 五月班还剩 9 个名额！！
人工智能训练师 五级 / 四级 都能报，学费两千多，可以分 3 期
零基础也能学，跟着练就行，证书是备案机构发的，不是“国家职业资格证”，别被别家忽悠
想进群的加 v 信：zhitu_ai88 ，或直接搜 Q群738219046
咨询人多回复慢，请见谅～''', [("兔子不吃萝卜", "五级要工作经验吗"), ("启衡训练营-小周老师", "五级要求累计工作满1年或者学徒期满，私信我帮你看"),
     ("路人甲", "人社局热线12333能查到你们吗？")],
      is_offer=True, op="U01", provider="启衡训练营",
      ids=[("wechat", "zhitu_ai88", "zhitu_ai88"), ("qq_group", "738219046", "Q群738219046")],
      note="microblog status; WeChat id shared with the shop item, QQ group shared with the 智途 company site")

page("/corp/zhitu/index.html", doc("智途职业教育 - 人工智能训练师培训", f'''<div class="site" style="font-family:sans-serif">
<div class="topbar" style="background:#0b3d91;color:#fff;padding:4px 20px">欢迎访问智途职业教育官网 www.zhitu-edu.cn ｜ 咨询：0571-86013527</div>
<nav class="mainnav"><ul style="list-style:none;display:flex;gap:20px">
 <li><a href="/corp/zhitu/index.html">首页</a></li><li><a href="/corp/zhitu/index.html#courses">课程</a></li>
 <li><a href="/corp/zhitu/blog/2026-03-ai-xunlianshi.html">资讯</a></li><li><a href="/corp/zhitu/index.html#contact">联系我们</a></li></ul></nav>
<div class="banner"><img src="/img/zhitu-banner.jpg" alt="智途职业教育 人工智能训练师 报名进行中"></div>
<section id="courses" class="cards" style="display:flex;gap:16px">
 <div class="card" data-level="5" style="border:1px solid #ddd;padding:12px"><h3>人工智能训练师（五级/初级工）</h3><p>60 课时 · 学费 1980元</p><p>适合：相关工作满1年</p></div>
 <div class="card" data-level="4" style="border:1px solid #ddd;padding:12px"><h3>人工智能训练师（四级/中级工）</h3><p>50 课时 · 学费 2980元</p></div>
 <div class="card" data-level="3" style="border:1px solid #ddd;padding:12px"><h3>人工智能训练师（三级/高级工）</h3><p>40 课时 · 学费 3980元 · 可申请技能提升补贴</p></div>
</section>
<p class="verify">证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn</p>
<section id="contact" class="contact"><h2>联系我们</h2>
<dl><dt>电话</dt><dd><a href="tel:057186013527">0571-86013527</a></dd>
<dt>邮箱</dt><dd>service[at]zhitu-edu.cn</dd>
<dt>学员交流群</dt><dd>QQ群：738 219 046</dd>
<dt>地址</dt><dd>杭州市西湖区文三路 259 号 7 楼</dd></dl></section>
<footer style="background:#222;color:#aaa;padding:10px">© 2026 杭州智途教育科技有限公司 统一社会信用代码 {U01_USCC} 浙ICP备2024088123号</footer>
{BUILDER}
</div>'''), is_offer=True, op="U01", provider="智途职业教育",
     ids=[("qq_group", "738219046", "QQ群：738 219 046"), ("email", "service@zhitu-edu.cn", "service[at]zhitu-edu.cn"),
          ("phone", "+8657186013527", "0571-86013527"), ("domain", "zhitu-edu.cn", "www.zhitu-edu.cn"), ("uscc", U01_USCC, U01_USCC)],
     note="company site; QQ group ties it to the microblog; e-mail, landline and USCC tie it to its blog")

page("/corp/zhitu/blog/2026-03-ai-xunlianshi.html", doc("2026年人工智能训练师报考须知 - 智途职业教育", f'''<div class="site">
<nav><a href="/corp/zhitu/index.html">智途职业教育</a> / 资讯中心</nav>
<article class="post" data-id="312">
<h1>2026年人工智能训练师报考须知（附三级班开课时间）</h1>
<p class="meta">发布：智途教务处 · 2026-03-18</p>
<p>人工智能训练师（职业编码 4-04-05-05）设五个等级。报考三级（高级工）一般需要取得四级证书后连续从事本职业工作满5年，或具备相关专业大专学历并取得四级证书后工作满2年。</p>
<p>本期三级班 4 月 20 日开课，学费三千九百八，含考前集训与模拟考。考点咨询可致电 华东数智技能评价中心（考点）021-61352290。</p>
<blockquote>温馨提示：本校不承诺“包过”，证书由备案的评价机构颁发。</blockquote>
<p>报名：0571 8601 3527 ／ 邮件 service@zhitu-edu.cn</p>
<div class="comments"><h3>评论（2）</h3><div class="c">阿杰：四级可以直接报三级吗？</div><div class="c">智途教务：需满足年限，欢迎电话咨询。</div></div>
</article>
<footer>杭州智途教育科技有限公司（{U01_USCC}）</footer>
</div>'''), is_offer=True, op="U01", provider="智途职业教育",
     ids=[("phone", "+8657186013527", "0571 8601 3527"), ("email", "service@zhitu-edu.cn", "service@zhitu-edu.cn"), ("uscc", U01_USCC, U01_USCC)],
     note="company blog post selling the level-3 class; quotes an assessment centre number (decoy)")

# ============================ U02 鹏城/深知/数标 ============================
fenlei("/fenlei/sz/7730156.html", "深圳 人工智能训练师证 考证培训 周末班 包拿证", "深圳", '''
<table class="info-table" border="0">
<tr><th>类别</th><td>职业技能培训</td></tr>
<tr><th>区域</th><td>南山 - 科技园</td></tr>
<tr><th>价格</th><td><span class="price">3680</span> 元/人</td></tr>
<tr><th>联系人</th><td>林老师</td></tr>
<tr><th>电话</th><td class="phone"><a href="tel:13723419085">137 2341 9085</a>（微信同号）</td></tr>
</table>
<div class="desc">鹏城数智技能 常年招生：AI训练师 四级、三级，周末面授 + 线上刷题，<b>不过免费重学</b>。可开发票。</div>''',
       is_offer=True, op="U02", provider="鹏城数智技能",
       ids=[("phone", "+8613723419085", "137 2341 9085"), ("wechat", "13723419085", "137 2341 9085")],
       note="classifieds ad; WeChat is the same number (微信同号)")

bbs("/bbs/thread-4471-1-1.html", "深圳哪里可以考人工智能训练师？求推荐靠谱机构", [
    ("小鱼干", "新手上路", "如题，想考个人工智能训练师四级，看网上说法很多，有没有在深圳考过的说一下流程和费用？"),
    ("深知AI课堂_林", "初级会员", '我们<b>深知AI课堂</b>就在科技园，四级 2680，三级 3680，两级连报 5980 还送刷题库。<br>电话 +86-137-2341-9085，QQ 2894610375 都可以找我。'),
    ("老王在深圳", "中级会员", "楼上是广告吧……建议先去 osta 官网查机构是不是备案了"),
    ("深知AI课堂_林", "初级会员", "是正规机构，考点在华东数智技能评价中心（考点）021-61352290 可以打电话核实"),
], is_offer=True, op="U02", provider="深知AI课堂",
    ids=[("phone", "+8613723419085", "+86-137-2341-9085"), ("qq", "2894610375", "2894610375")],
    note="forum thread; the seller replies with the same mobile as the classifieds ad and a QQ shared with the Q&A answer")

ask("/ask/q/302118.html", "人工智能训练师证书含金量高吗？自学能考吗？", [
    ("数标人才服务-Kiki", "职业培训从业者", 37, '''<p>谢邀。人工智能训练师是 2020 年人社部等发布的新职业，现在是<b>职业技能等级证书</b>。</p>
<p>自学可以，但实操部分（数据标注、模型测试）最好有人带。我们数标人才服务有四级/三级班，学费 2 千多，可分期。</p>
<p>想了解可以加扣扣 2894 610 375，或发邮件 shenzhi_ai # foxmail.com（#换成@）</p>'''),
    ("程序员阿K", "算法工程师", 112, "<p>个人觉得对找工作帮助有限，面试官更看项目经验。真想做标注可以直接投简历。</p>"),
], is_offer=True, op="U02", provider="数标人才服务",
    ids=[("qq", "2894610375", "2894 610 375"), ("email", "shenzhi_ai@foxmail.com", "shenzhi_ai # foxmail.com")],
    note="Q&A answer; QQ with spaces, e-mail with # for @")

page("/lp/szai/baoming.html", doc("深知AI课堂 · 人工智能训练师 在线报名", f'''<div class="lp" style="max-width:480px;margin:auto;background:#f5f7ff">
<img src="/img/szai-head.png" alt="深知AI课堂 AI训练师 报名">
<h1 style="font-size:20px">人工智能训练师（三级/高级工）秋季班 报名表</h1>
<ul class="points"><li>学费：¥3,680（可分 6 期，每期 ¥613）</li><li>上课：线上直播 + 深圳周末实训</li><li>证书：职业技能等级证书，全国联网可查</li></ul>
<form action="#" method="post" class="signup">
 <label>姓名 <input name="name"></label><label>手机 <input name="tel"></label>
 <label>报考等级 <select name="lv"><option>四级</option><option>三级</option></select></label>
 <button type="submit" style="background:#3355ff;color:#fff">立即报名</button>
</form>
<div class="help">报名问题请发邮件：<a href="mailto:shenzhi_ai@foxmail.com">shenzhi_ai@foxmail.com</a></div>
<div class="help">考试安排咨询考点：华东数智技能评价中心（考点）021-61352290；补贴政策请咨询当地人社 12333</div>
<p class="corp" style="font-size:11px;color:#999">主办：深圳市深知数标人力资源有限公司 统一社会信用代码：{U02_USCC}</p>
</div>'''), is_offer=True, op="U02", provider="深知AI课堂",
     ids=[("email", "shenzhi_ai@foxmail.com", "shenzhi_ai@foxmail.com"), ("uscc", U02_USCC, U02_USCC)],
     note="sign-up landing page; e-mail ties it to the Q&A answer")

# ============================ U03 蓉才 / 天府 ===============================
note("/notes/n/64ac91e.html", "天府AI训练营", "宝子们！我靠一张AI训练师证涨薪了😭", '''去年底报了天府AI训练营的人工智能训练师四级
上课 + 考试一共两个月，学费 2480💰
现在做数据标注组长，工资涨了一截（当然主要靠自己努力哈）
有想了解的姐妹可以戳 薇：rongcai-kf01
✅不限学历 ✅零基础 ✅拿证快''', ["AI训练师", "考证", "副业"],
     [("奶茶续命", "求链接"), ("天府AI训练营", "私你啦～"), ("momo", "四级不是要工作6年吗？")],
     is_offer=True, op="U03", provider="天府AI训练营",
     ids=[("wechat", "rongcai-kf01", "rongcai-kf01")],
     note="notes app post; WeChat id written after 薇")

video("/video/v/7329910458.html", "蓉才职培", "人工智能训练师 五级四级三级 一次报名全拿下 #AI训练师 #考证",
      ["大家好我是蓉才职培的王老师", "今天说一下人工智能训练师怎么报", "五级 四级 三级 我们可以一起报 三证连报只要六千八",
       "报名电话 １８９８０７１６６２４", "或者加 +v rongcai-kf01", "屏幕上那个 138-0000-0000 是模板号 别打"],
      [("用户7731", "三个一起报？能行吗"), ("蓉才职培", "可以的，详细私聊"), ("清醒的人", "三级要四级证+年限，一起报不合规")],
      is_offer=True, op="U03", provider="蓉才职培",
      ids=[("phone", "+8618980716624", "１８９８０７１６６２４"), ("wechat", "rongcai-kf01", "rongcai-kf01")],
      note="short-video subtitles; full-width phone digits; sells three levels at once")

mp("/mp/s/rc-20260412.html", "蓉才职培", "成都人工智能训练师报名通道开启｜补贴后几乎免费", f'''
<p>各位读者好，2026 年第二期 <strong>人工智能训练师</strong> 培训正在报名。</p>
<section style="border-left:4px solid #07c160;padding-left:8px"><p>四级：3280元　三级：4280元</p><p>参保满一年可申领技能提升补贴，<em>最高 2000 元</em></p></section>
<p>咨询热线：189 8071 6624（王老师）</p>
<p>对公转账户名：成都蓉才企业管理咨询有限公司（统一社会信用代码 {U03_USCC}）</p>
<p>相关阅读：<a href="/mp/s/rc-jiankang.html">健康管理师招生</a></p>
''', agency=True, is_offer=True, op="U03", provider="蓉才职培",
   ids=[("phone", "+8618980716624", "189 8071 6624"), ("other", "成都蓉才企业管理咨询有限公司", "成都蓉才企业管理咨询有限公司"),
        ("uscc", U03_USCC, U03_USCC)],
   note="WeChat-article style advertorial; carries the advertorial agency's contact (decoy)")

mp("/mp/s/rc-jiankang.html", "蓉才职培", "健康管理师三级 6月班招生", '''
<p>健康管理师（4-14-02-02）三级 6 月开班，学费 2980 元。</p>
<p>本课程与人工智能无关，AI训练师请看往期推送。</p>
<p>报名：189-8071-6624</p>
''', agency=True, is_offer=False, op=None, provider=None,
   ids=[("phone", "+8618980716624", "189-8071-6624")],
   note="another occupation's course from the U03 business; not an AI-trainer offer")

# ============================ U04 京训通 / 中科智培 / 北辰 ==================
page("/corp/jingxuntong/index.html", doc("京训通 | 中科智培(北京)人工智能训练师认证培训", f'''<div class="wrapper">
<header class="hd" style="display:flex;justify-content:space-between"><div class="logo"><img src="/img/jxt.png" alt="京训通 中科智培"> 京训通·中科智培</div>
<div class="hotline">全国服务热线 <a href="tel:01062158830">010-62158830</a></div></header>
<nav><a href="/corp/jingxuntong/index.html">首页</a> | <a href="/corp/jingxuntong/news/0311.html">新闻动态</a></nav>
<div class="hero" style="background:#c00;color:#fff;padding:20px"><h1>人工智能训练师 国家职业资格证书 高级/技师 速通班</h1><p>人社部颁发 · 全国通用 · 可挂靠 · 官网可查</p></div>
<table class="price" border="1" cellpadding="6">
<thead><tr><th>等级</th><th>学制</th><th>费用</th></tr></thead>
<tbody><tr><td>三级（高级）</td><td>30天</td><td>￥4,800</td></tr><tr><td>二级（技师）</td><td>45天</td><td>￥8,800</td></tr><tr><td>一级（高级技师）</td><td>60天</td><td>￥12,800</td></tr></tbody></table>
<p class="sample">证书编号示例：S000033010012253000128（样证，仅供参考）</p>
<p>查询：zscx.osta.org.cn</p>
<div class="contact-box"><p>招生邮箱：zhaosheng@jingxuntong.com</p><p>官网：https://www.jingxuntong.com</p></div>
<footer>中科智培（北京）教育科技有限公司 © 2026 · 统一社会信用代码：{U04_USCC}</footer>
{BUILDER}
</div>'''), is_offer=True, op="U04", provider="中科智培(北京)",
     ids=[("phone", "+861062158830", "010-62158830"), ("email", "zhaosheng@jingxuntong.com", "zhaosheng@jingxuntong.com"),
          ("domain", "jingxuntong.com", "www.jingxuntong.com"), ("uscc", U04_USCC, U04_USCC)],
     note="company site with misleading authority wording (国家职业资格, 人社部颁发, 技师 to beginners)")

page("/corp/jingxuntong/news/0311.html", doc("喜报：我校3月人工智能训练师考试通过率98% - 京训通", '''<div class="wrapper">
<nav><a href="/corp/jingxuntong/index.html">京训通首页</a> &gt; 新闻动态</nav>
<div class="article"><h1>喜报：我校 3 月人工智能训练师考试通过率 98%</h1>
<p>3 月份京训通组织的人工智能训练师三级考试中，学员通过率高达 98%！4 月班现已开放报名，名额有限。</p>
<p>学费：高级班 4800 元，老学员推荐立减 300。</p>
<p>报名请将姓名、身份证照片发送至 zhaosheng@jingxuntong.com ，或致电 010 6215 8830。</p>
<p><a href="https://www.jingxuntong.com/baoming">www.jingxuntong.com/baoming</a></p></div>
<div class="cmt-area"><h4>网友评论</h4><ul><li>游客：身份证照片直接发邮箱安全吗？</li></ul></div>
</div>'''), is_offer=True, op="U04", provider="京训通",
     ids=[("email", "zhaosheng@jingxuntong.com", "zhaosheng@jingxuntong.com"), ("phone", "+861062158830", "010 6215 8830"),
          ("domain", "jingxuntong.com", "www.jingxuntong.com")],
     note="company news post selling the next class")

jobs("/jobs/post/55102.html", "AI数据训练师（可兼职/带薪培训）", "中科智培（北京）教育科技有限公司", '''
<div class="job-tags"><span>5-8K</span><span>北京</span><span>经验不限</span><span>学历不限</span></div>
<h3>职位描述</h3>
<div class="text" style="white-space:pre-line">1. 入职前需参加人工智能训练师三级岗前培训并取得证书（培训费 3980 元，可从工资分期扣）
2. 持证后安排数据标注项目，按件计酬
3. 简历投递：zhaosheng @ jingxuntong.com
4. 直接电话：17710458236</div>''', is_offer=True, op="U04", provider="中科智培(北京)",
     ids=[("email", "zhaosheng@jingxuntong.com", "zhaosheng @ jingxuntong.com"), ("phone", "+8617710458236", "17710458236")],
     note="job-board post that is really a course sale (training fee before the job)")

fenlei("/fenlei/bj/8817402.html", "北辰AI职业学院 人工智能训练师二级技师 不限学历 速拿", "北京", '''
<ul class="attr" style="list-style:none;padding:0">
<li><span class="k">机构：</span>北辰AI职业学院</li>
<li><span class="k">课程：</span>AI训练师 技师（二级）</li>
<li><span class="k">收费：</span>八千八，可分12期</li>
<li><span class="k">手机：</span><span class="tel">177-1045-8236</span></li>
</ul>
<p class="desc">不限学历不限经验，45天拿技师证，评职称、落户积分都能用。</p>''',
       is_offer=True, op="U04", provider="北辰AI职业学院",
       ids=[("phone", "+8617710458236", "177-1045-8236")],
       note="classifieds; mobile ties it to the job-board post")

# ============================ U05 楚才 / 江城 ===============================
shop("/shop/item/80533.html", "江城标注学院 人工智能训练师五级 初级工 网课+考证", "江城标注学院", '''
<div class="gallery"><img src="/img/80533.jpg" alt="AI训练师五级 初级工 网课"></div>
<div class="tb-property">
 <h1 class="tb-main-title">江城标注学院 人工智能训练师五级 初级工 网课+考证服务</h1>
 <div class="tb-price">券后 <strong>1680</strong> 元 <span class="fq">支持花呗分期 3/6/12 期</span></div>
</div>
<div class="desc">
<ol><li>60 课时录播，数据标注实操</li><li>报考五级需相关工作满 1 年或学徒期满，客服协助审核</li><li>售后QQ：3407718251（工作日 9-18 点）</li></ol>
<p style="color:#c00">注意：拍前请先咨询，名额按考点批次分配。</p>
</div>''', is_offer=True, op="U05", provider="江城标注学院",
     ids=[("qq", "3407718251", "3407718251")],
     note="marketplace item; QQ ties it to the group board")

group_board("/group/board/ai-kaozheng.html", "武汉AI训练师考证交流群（二群）", [
    ("u81", "群主-楚才教育陈老师", "03-02 09:12", '【群公告】楚才智能教育 人工智能训练师四级 4 月班，学费 ¥2,380，报名私聊群主 QQ 3407718251，三群已满请加新群 915230478'),
    ("u210", "学员-小何", "03-02 09:40", "老师四级要什么条件"),
    ("u81", "群主-楚才教育陈老师", "03-02 09:45", "四级：取得五级后满4年 / 累计工作6年 / 技工院校相关专业毕业，符合其一即可"),
    ("u377", "路过", "03-02 10:03", "谁知道 12315 能投诉培训机构吗"),
], is_offer=True, op="U05", provider="楚才智能教育",
   ids=[("qq", "3407718251", "3407718251"), ("qq_group", "915230478", "915230478")],
   note="chat-group board; owner announcement with QQ and a new QQ group")

page("/lp/chucai/index.html", doc("楚才智能教育 - AI训练师 小程序报名页", f'''<div class="mp-page" data-appid="wx-chucai" style="background:#eef6ff">
<div class="nav-bar">楚才智能教育 · 小程序</div>
<div class="swiper"><img src="/img/chucai-1.jpg" alt="AI训练师 四级 三级 开班"></div>
<div class="course-cell"><span class="lv">四级</span><span class="p">¥2380</span></div>
<div class="course-cell"><span class="lv">三级</span><span class="p">¥3380</span></div>
<p class="cno">课程编号：15820260401</p>
<div class="kefu"><p>学员群：<b>915230478</b>（QQ）</p><p>座机：027-87651240</p></div>
<p class="tip">消费维权请拨打 12315</p>
<div class="foot" style="font-size:11px">武汉楚才智能教育咨询有限公司 {U05_USCC}</div>
</div>'''), is_offer=True, op="U05", provider="楚才智能教育",
     ids=[("qq_group", "915230478", "915230478"), ("phone", "+862787651240", "027-87651240"), ("uscc", U05_USCC, U05_USCC)],
     note="mini-program landing page; QQ group ties it to the group board; carries a phone-like course number (decoy)")

# ============================ U06 申学汇 / 海上智训 / 沪职通 ================
mp("/mp/s/sxh-0302.html", "申学汇", "上海积分落户｜人工智能训练师三级可加60分？看这篇就够", '''
<p>很多读者问：人工智能训练师证书能不能用于上海居住证积分？</p>
<p>按现行规定，技能等级证书需与工作岗位相符；三级（高级工）可计 60 分。</p>
<h3>申学汇 AI训练师 三级班</h3>
<table style="border-collapse:collapse" border="1"><tr><td>学费</td><td>¥4,580（含考试费）</td></tr><tr><td>开班</td><td>每月 15 日</td></tr></table>
<p>报名微信：shenxuehui_edu</p><p>电话：136 0176 2053</p>
<p style="font-size:12px;color:#999">补贴问题可致电 12333；如遇冒充本号诈骗请拨 96110。</p>
''', agency=True, is_offer=True, op="U06", provider="申学汇",
   ids=[("wechat", "shenxuehui_edu", "shenxuehui_edu"), ("phone", "+8613601762053", "136 0176 2053")],
   note="WeChat-article style; advertorial agency contact in the footer (decoy)")

weibo("/weibo/status/4990077.html", "海上智训官方", "教育机构", '''【开班】人工智能训练师 四级/三级 周末班 5 月开课
▶ 四级 3280 元，三级 4580 元
▶ 上海本地考点，证书联网可查
▶ 咨询 13601762053 ｜ 资料索取 haishang_zx@126.com
证书编号示例：S000033010012253000128 以实际为准''',
      [("Sammi", "有线上班吗"), ("海上智训官方", "有的，私信发你课表")],
      is_offer=True, op="U06", provider="海上智训",
      ids=[("phone", "+8613601762053", "13601762053"), ("email", "haishang_zx@126.com", "haishang_zx@126.com")],
      note="microblog status; phone ties it to 申学汇, e-mail to the Q&A answer")

ask("/ask/q/302560.html", "上海考人工智能训练师去哪里培训比较好？", [
    ("海上智训 教务", "培训机构老师", 9, '''<p>上海这边建议选本地考点的机构，考前实操练习方便。</p>
<p>我们沪职通（海上智训）有三级班，学费四千五左右，资料可以发邮件索取 haishang_zx(at)126.com ，官网 hujzt.cn</p>
<p>考点是华东数智技能评价中心（考点）021-61352290，可自行核实。</p>'''),
    ("浦东打工人", "数据标注", 44, "<p>我去年考的四级，机构差不多，关键是实操多练。别信包过。</p>"),
], is_offer=True, op="U06", provider="沪职通",
    ids=[("email", "haishang_zx@126.com", "haishang_zx(at)126.com"), ("domain", "hujzt.cn", "hujzt.cn")],
    note="Q&A answer; e-mail with (at); domain written bare")

page("/corp/hzt/index.html", doc("沪职通 - 上海职业技能培训服务平台", f'''<div id="root">
<div class="header" style="border-bottom:3px solid #1a73e8"><span class="brand">沪职通</span> <small>hujzt.cn</small></div>
<div class="grid" style="display:grid;grid-template-columns:1fr 1fr;gap:12px">
 <article class="course" data-course="ai-4"><h2>人工智能训练师 四级</h2><p class="fee">3,280 元</p><p>数据采集与处理 · 数据标注 · 智能系统运维</p></article>
 <article class="course" data-course="ai-3"><h2>人工智能训练师 三级</h2><p class="fee">4,580 元（可分 4 期）</p><p>业务分析 · 智能训练 · 智能系统设计 · 培训与指导</p></article>
 <article class="course" data-course="ai-gen"><h2>生成式人工智能系统应用员</h2><p class="fee">敬请期待</p></article>
</div>
<div class="contact">在线客服 工作日 9:00-18:00 · 官网 https://hujzt.cn</div>
<footer>上海沪职通人才服务有限公司 统一社会信用代码 {U06_USCC} 沪ICP备2025031177号</footer>
</div>'''), is_offer=True, op="U06", provider="沪职通",
     ids=[("domain", "hujzt.cn", "hujzt.cn"), ("uscc", U06_USCC, U06_USCC)],
     note="company site; tied to the Q&A answer only by the domain")

# ============================ U07 中原技评 / 豫能AI =========================
bbs("/bbs/thread-4520-1-1.html", "【郑州】人工智能训练师四级、三级考前班招生（中原技评）", [
    ("中原技评招生办", "认证商家", '''<div class="ad-post" style="white-space:pre-line">中原技评 人工智能训练师考前班
四级：2180元　三级：3180元（二者连报再减500）
上课地点：郑州金水区
报名电话：０３７１－６５９０２２１８
微信：yuneng_ai（豫能AI 同一团队）</div>'''),
    ("郑州小李", "新手上路", "三级是不是一定要先有四级？"),
    ("中原技评招生办", "认证商家", "一般要先有四级证书，特殊情况可以电话咨询"),
], is_offer=True, op="U07", provider="中原技评",
    ids=[("phone", "+8637165902218", "０３７１－６５９０２２１８"), ("wechat", "yuneng_ai", "yuneng_ai")],
    note="forum thread opened by the seller; full-width landline digits")

video("/video/v/7331188204.html", "豫能AI", "AI训练师到底是干嘛的？一分钟讲清楚 #人工智能训练师",
      ["AI训练师 就是教AI干活的人", "数据标注 算法测试 都属于这个职业", "想考证的 学费两千出头",
       "评论区扣1 或者 VX yuneng_ai", "也可以加Q 1570293846 发你资料"],
      [("用户0091", "1"), ("豫能AI", "已私信")],
      is_offer=True, op="U07", provider="豫能AI",
      ids=[("wechat", "yuneng_ai", "yuneng_ai"), ("qq", "1570293846", "1570293846")],
      note="short-video subtitles")

shop("/shop/item/80610.html", "豫能AI 人工智能训练师 四级 考证全程服务", "豫能AI职培店", f'''
<div class="gallery"><img src="/img/80610.jpg" alt="豫能AI 训练师证"></div>
<div class="tb-property"><h1 class="tb-main-title">豫能AI 人工智能训练师 四级 考证全程服务</h1>
<div class="tb-price">¥<strong>2180</strong></div></div>
<div class="desc"><p>咨询Q：1570293846</p><p>示意电话：138-0000-0000（模板号码，请勿拨打）</p>
<p>资质：郑州豫能信息技术有限公司 {U07_USCC}</p></div>''', is_offer=True, op="U07", provider="豫能AI",
     ids=[("qq", "1570293846", "1570293846"), ("uscc", U07_USCC, U07_USCC)],
     note="marketplace item; QQ ties it to the video; carries a template placeholder phone (decoy)")

# ============================ U08 粤技通 / 南粤 / 羊城 ======================
note("/notes/n/6501b3f.html", "羊城训练师之家", "广州考AI训练师 补贴能拿多少？亲测", '''广州三级补贴2400，再上浮30%最高3120（要交满社保一年！）
我们这期学费3680，补完其实没多少
想报的加v：ygt2088 ，备注小薯''', ["AI训练师", "广州", "技能补贴"],
     [("椰子", "真的能补贴吗"), ("羊城训练师之家", "参保满1年就可以申请")],
     is_offer=True, op="U08", provider="羊城训练师之家",
     ids=[("wechat", "ygt2088", "ygt2088")], note="notes app")

fenlei("/fenlei/gz/9021735.html", "南粤数智学堂 人工智能训练师三级 天河面授", "广州", '''
<div class="cards">
 <div class="card" style="border:1px solid #eee"><p>课程：人工智能训练师（高级工/三级）</p><p>学费：3680元，可分期</p></div>
 <div class="card" style="border:1px solid #eee"><p>联系方式：139-2604-5817</p><p>微信：ygt2088</p></div>
</div>''', is_offer=True, op="U08", provider="南粤数智学堂",
       ids=[("phone", "+8613926045817", "139-2604-5817"), ("wechat", "ygt2088", "ygt2088")],
       note="classifieds cards")

page("/lp/ygt/form.html", doc("粤技通 AI训练师报名登记", '''<div class="form-wrap" style="padding:16px">
<h1>粤技通 · 人工智能训练师 报名登记</h1>
<p>四级 2680 / 三级 3680（2026 年 5 月考期）</p>
<p class="cno">课程编号：15820260401</p>
<form><div class="row"><label>姓名</label><input></div><div class="row"><label>电话/邮箱</label><input placeholder="手机或邮箱"></div><p class="hint" style="color:#bbb">填写示例：yourname@example.com / 13800000000</p>
<div class="row"><label>等级</label><input type="radio" name="l">四级 <input type="radio" name="l">三级</div><button>提交</button></form>
<div class="contact-inline">咨询：<a href="tel:+8613926045817">+86 139 2604 5817</a> · 邮箱 <a href="mailto:kefu@yuejitong.net">kefu@yuejitong.net</a> · 官网 yuejitong.net</div>
<p>证书查询入口：zscx.osta.org.cn</p>
</div>'''), is_offer=True, op="U08", provider="粤技通",
     ids=[("phone", "+8613926045817", "+86 139 2604 5817"), ("email", "kefu@yuejitong.net", "kefu@yuejitong.net"),
          ("domain", "yuejitong.net", "yuejitong.net")],
     note="sign-up form; shares a course number with the U05 landing page (decoy)")

jobs("/jobs/post/55231.html", "人工智能训练师（储备）- 包培训包证", "粤技通人力", '''
<dl class="job-desc"><dt>薪资</dt><dd>6-9K</dd><dt>要求</dt><dd>无经验可，需先参加公司组织的人工智能训练师四级培训（学费 2680，入职后报销一半）</dd>
<dt>投递</dt><dd>kefu＠yuejitong.net</dd></dl>''', is_offer=True, op="U08", provider="粤技通",
     ids=[("email", "kefu@yuejitong.net", "kefu＠yuejitong.net")],
     note="job-board post selling the course; full-width @")

# ============================ U09 金陵智聘 / 宁训AI =========================
weibo("/weibo/status/5002114.html", "宁训AI", "", '''南京的朋友看过来👀 人工智能训练师 五级/四级 网课班
五级 1580 四级 2380 分期0利息
电话 152 9587 3016 ，不接推销
有问题可以拨 12345 核实我们的办学资质（真的）''',
      [("南京小胖", "请问周末班吗")], is_offer=True, op="U09", provider="宁训AI",
      ids=[("phone", "+8615295873016", "152 9587 3016")], note="microblog status")

ask("/ask/q/303007.html", "南京有没有靠谱的AI训练师培训？", [
    ("金陵智聘-周", "人力资源", 5, '''<p>推荐我们金陵智聘的训练师课程，四级 2380，手机15295873016，学员QQ群 682015937 可以先进群看看。</p>'''),
    ("匿名用户", "", 20, "<p>楼上广告。建议先查评价机构备案。</p>"),
], is_offer=True, op="U09", provider="金陵智聘",
    ids=[("phone", "+8615295873016", "15295873016"), ("qq_group", "682015937", "682015937")],
    note="Q&A answer")

page("/corp/ningxun/index.html", doc("南京宁训信息技术有限公司 | 宁训AI", f'''<div class="container">
<!-- header -->
<div class="row header"><div class="col"><h1>宁训AI · 金陵智聘</h1><p>人工智能训练师培训 | 数据标注外包</p></div></div>
<div class="row"><div class="col-8"><h2>课程</h2><ul><li>人工智能训练师 五级（初级工）：一千五百八十元</li><li>人工智能训练师 四级（中级工）：二千三百八十元</li></ul>
<p>政务服务便民热线 12345 可查询本公司登记信息。</p></div>
<div class="col-4 sidebar"><h3>加入我们</h3><p>群号：682015937</p><p>付款账户：南京宁训信息技术有限公司</p></div></div>
<footer>统一社会信用代码：{U09_USCC}</footer>
{BUILDER}
</div>'''), is_offer=True, op="U09", provider="宁训AI",
     ids=[("qq_group", "682015937", "682015937"), ("other", "南京宁训信息技术有限公司", "南京宁训信息技术有限公司"), ("uscc", U09_USCC, U09_USCC)],
     note="company site; QQ group ties it to the Q&A answer")

# ============================ independents ==================================
shop("/shop/item/80702.html", "码力学堂 AI训练师 初级 入门课 + 模拟题", "码力学堂", '''
<div class="tb-property"><h1 class="tb-main-title">码力学堂 人工智能训练师（初级）入门课 + 模拟题库</h1>
<div class="tb-price">¥ 399</div></div>
<div class="desc"><p>纯课程，不代报名、不含证书，想考证请自行向评价机构报名。</p>
<p>订单编号示例：13520260318</p>
<p>售后电话 186 5193 0472</p></div>''', is_offer=True, op="I01", provider="码力学堂",
     ids=[("phone", "+8618651930472", "186 5193 0472")], note="independent marketplace seller; honest course-only offer")

bbs("/bbs/thread-4533-1-1.html", "AI训练师三级有人一起报班吗？拼团便宜", [
    ("想上岸的猫", "新手上路", "有没有一起报三级的，人多能砍价"),
    ("标注匠", "中级会员", "我这边是做培训的，三级 3,980，三人成团每人 3,380。扣扣：925301864。考点是华东数智技能评价中心（考点）021-61352290"),
    ("想上岸的猫", "新手上路", "好的加你了"),
], is_offer=True, op="I02", provider="标注匠",
    ids=[("qq", "925301864", "925301864")], note="forum reply by an independent seller; quotes the shared assessment centre number (decoy)")

page("/lp/aixl/index.html", doc("未来智训 · 人工智能训练师官方认证（三级）", '''<div class="landing" style="text-align:center">
<h1 style="color:#e60012">未来智训 人工智能训练师 三级 限时 ¥1299</h1><p><del>原价 9999</del>　90%小白都能学会 · 交费包过</p>
<div class="trust"><img src="/img/badge.png" alt="国家认证 人社部颁发"><p>证书全国联网可查：zscx.osta.org.cn</p></div>
<div class="cta"><p>报名邮箱：info@weilaizhixun.cn</p><p>官网：weilaizhixun.cn</p></div>
<p class="tip">补贴咨询 12333</p>
</div>
<div class="powered" style="text-align:center;font-size:12px;color:#aaa">网站建设：云建站 yunjianzhan.com 建站热线 400-996-3170</div>'''),
     is_offer=True, op="I03", provider="未来智训",
     ids=[("email", "info@weilaizhixun.cn", "info@weilaizhixun.cn"), ("domain", "weilaizhixun.cn", "weilaizhixun.cn")],
     note="independent landing page with overclaims; site-builder credit (decoy)")

weibo("/weibo/status/5010388.html", "小鹿AI考证", "", '''人工智能训练师四级 2280 / 三级 3280
下单前先看样证：证书编号示例：S000033010012253000128
咨询 +86 182 0714 3359''', [("k", "是真的吗")], is_offer=True, op="I04", provider="小鹿AI考证",
      ids=[("phone", "+8618207143359", "+86 182 0714 3359")], note="independent microblog seller; quotes the sample certificate number (decoy)")

note("/notes/n/65c2e07.html", "数据标注师姐", "零基础拿AI训练师证的路线（附我报的班）", '''1⃣ 先确认五级条件：工作满一年
2⃣ 报班：我报的是师姐自己带的小班，学费一千八
3⃣ 考试：理论+实操，60分及格
带班请+ V biaozhu_sj''', ["AI训练师", "数据标注"], [("小米粥", "求带")],
     is_offer=True, op="I05", provider="数据标注师姐",
     ids=[("wechat", "biaozhu_sj", "biaozhu_sj")], note="independent notes-app seller")

fenlei("/fenlei/cd/7702941.html", "锦城教育 人工智能训练师四级 成都武侯", "成都", '''
<p class="desc">锦城教育：人工智能训练师四级培训，学费 2,580 元，含教材。</p>
<p>电话：028-85126379</p>''', is_offer=True, op="I06", provider="锦城教育",
       ids=[("phone", "+862885126379", "028-85126379")], note="independent classifieds seller in Chengdu (not U03)")

# ============================ non-offer content =============================
page("/news/2026/0318-zhengshu-pianju.html", doc("警惕！“交钱包过”的AI训练师证书骗局又来了 - 都市晨报", '''<div class="news">
<div class="masthead"><a href="/news/index.html">都市晨报</a> · 社会</div>
<h1>警惕！“交钱包过”的AI训练师证书骗局又来了</h1>
<p class="byline">记者 陈晓 · 2026-03-18</p>
<p>近日，市民刘女士向本报反映，她通过网络添加了一名自称“考证老师”的人，对方微信号为 zs_kaozheng666，声称交 6800 元即可拿到“人社部颁发”的人工智能训练师技师证。</p>
<p>付款后对方失联，其留下的电话 170 2593 8841 已停机。</p>
<p>警方提示：职业技能等级证书由备案的评价机构颁发，可通过技能人才评价证书全国联网查询 zscx.osta.org.cn 核验。如遇诈骗请拨打 96110，消费纠纷可拨打 12315，也可拨打 12345 反映。</p>
<div class="related"><a href="/news/2026/0402-butie-zhengce.html">相关：技能提升补贴怎么领？</a></div>
</div>'''), note="news warning; quotes a scammer's number and WeChat id and public hotlines")

page("/news/2026/0402-butie-zhengce.html", doc("技能提升补贴怎么领？人工智能训练师等新职业纳入 - 都市晨报", '''<div class="news">
<div class="masthead"><a href="/news/index.html">都市晨报</a> · 政策</div>
<h1>技能提升补贴怎么领？人工智能训练师等新职业纳入</h1>
<p>参加失业保险累计满一年的职工，取得职业技能等级证书后，可按五级 1000 元、四级 1500 元、三级 2000 元的标准申领补贴。</p>
<p>具体可咨询人社服务热线 12333。</p>
</div>'''), note="policy news")

page("/gov/explainer.html", doc("如何查询职业技能等级证书真伪", '''<div class="gov-article" style="font-family:SimSun">
<div class="gov-head">市人力资源和社会保障局 · 政策解读</div>
<h1>如何查询职业技能等级证书真伪</h1>
<ol><li>登录技能人才评价证书全国联网查询 zscx.osta.org.cn，输入姓名、证件号和证书编号。</li>
<li>证书编号为 22 位，首位为 Y 或 S。</li><li>人社部门不直接颁发职业技能等级证书。</li></ol>
<p>咨询电话：12333；防范电信诈骗：96110。</p>
</div>'''), note="official explainer")

ask("/ask/q/301900.html", "人工智能训练师是国家职业资格证书吗？", [
    ("劳动法小站", "人力资源从业者", 210, '''<p>不是。2019 年后水平评价类职业资格退出目录，人工智能训练师属于<b>职业技能等级证书</b>，由备案的评价机构颁发。</p>
<p>有人说“人社部颁发”“可挂靠”的，基本都是营销话术。我见过的骗子号码比如 170 2593 8841，大家注意。</p>'''),
], note="neutral Q&A; quotes the same scam number as the news")

jobs("/jobs/post/54980.html", "数据标注员（AI训练方向）", "苏州云帆数据科技有限公司", f'''
<dl><dt>薪资</dt><dd>5-7K · 五险一金</dd><dt>职责</dt><dd>图像/文本数据标注、质检；参与模型评测</dd>
<dt>要求</dt><dd>大专及以上，持人工智能训练师证书者优先（公司不收取任何费用）</dd>
<dt>HR邮箱</dt><dd>hr@yunfan-data.com</dd></dl>
<p>公司：苏州云帆数据科技有限公司（{JOB_USCC}）</p>''', note="real job ad by an employer; no course sold")

bbs("/bbs/thread-4502-1-1.html", "【避雷】报了所谓AI训练师技师班，交了钱就拉黑", [
    ("受害者小K", "新手上路", "对方自称中科系机构，电话 170 2593 8841，微信 zs_kaozheng666，交了 6800 就拉黑了。已经打了 12315 和 12345。"),
    ("版主", "管理员", "已置顶。大家报名前先查机构备案，不要相信“技师不限学历”。"),
    ("热心网友", "中级会员", "跟晨报报道的是同一伙人"),
], note="complaint thread; quotes the same scam number and WeChat id")

# ============================ list / index pages ============================
SECTIONS = [
    ("/shop/", "集市优选 · 职业技能课程", "/shop/index.html"),
    ("/fenlei/", "同城帮帮 · 教育培训信息", "/fenlei/index.html"),
    ("/bbs/", "职考吧论坛 · 技能证书版", "/bbs/index.html"),
    ("/ask/", "问得网 · 人工智能训练师 话题", "/ask/index.html"),
    ("/weibo/", "微言 · #AI训练师# 话题页", "/weibo/index.html"),
    ("/notes/", "薯叶笔记 · 搜索“AI训练师”", "/notes/index.html"),
    ("/video/", "快映 · 搜索“人工智能训练师”", "/video/index.html"),
    ("/jobs/", "职聘网 · 人工智能相关职位", "/jobs/index.html"),
    ("/news/", "都市晨报 · 专题", "/news/index.html"),
]


def title_of(h):
    return h.split("<title>", 1)[1].split("</title>", 1)[0]


def build_indexes():
    content = list(PAGES)
    for prefix, name, ipath in SECTIONS:
        items = [p for p in content if p["path"].startswith(prefix)]
        lis = "\n".join(f'<li class="item" data-idx="{i}"><a href="{p["path"]}">{title_of(p["html"])}</a></li>'
                        for i, p in enumerate(items, 1))
        extra = ""
        if prefix == "/shop/":
            extra = (f'<footer class="platform"><p>集市优选客服热线：400-670-2218 | 客服邮箱：kefu@jishiyouxuan.com</p>'
                     f'<p>杭州集优网络科技有限公司 统一社会信用代码：{PLAT_USCC} | 浙ICP备2023017755号-2</p></footer>')
        elif prefix == "/fenlei/":
            extra = '<div class="ft">同城帮帮 客服电话 400-115-6688</div>'
        elif prefix == "/bbs/":
            extra = '<div id="ft">职考吧论坛官方交流群：105520337 ｜ Powered by Discuz! X3.4</div>'
        elif prefix == "/ask/":
            extra = '<footer class="Footer">问得网 · 违法和不良信息举报电话：010-82716601</footer>'
        elif prefix == "/weibo/":
            extra = '<div class="footer">微言客服 400-096-0101</div>'
        elif prefix == "/notes/":
            extra = '<div class="bottom-bar">薯叶笔记 · 官方客服QQ 800062013</div>'
        elif prefix == "/video/":
            extra = '<div class="nav-foot">网络不良信息举报邮箱 jubao@kuaiying.tv</div>'
        elif prefix == "/jobs/":
            extra = '<div class="job-footer">职聘网求职防骗热线 400-882-5130</div>'
        body = (f'<div class="list-page"><p><a href="/index.html">← 返回导航</a></p><h1>{esc(name)}</h1>'
                f'<p class="count">共 {len(items)} 条结果</p><ul class="result-list">\n{lis}\n</ul>{extra}</div>')
        page(ipath, doc(name, body), note="list page")
    direct = [p for p in content if p["path"].startswith(("/mp/s/rc-2", "/mp/s/sxh", "/lp/", "/group/", "/gov/"))
              or p["path"].endswith("/corp/zhitu/index.html") or p["path"].endswith("jingxuntong/index.html")
              or p["path"].endswith("hzt/index.html") or p["path"].endswith("ningxun/index.html")]
    cards = "\n".join(f'<div class="card" style="border:1px solid #ddd;margin:6px;padding:8px"><a href="{p["path"]}">{title_of(p["html"])}</a></div>'
                      for p in direct)
    secs = "\n".join(f'<li><a href="{ip}">{esc(n)}</a></li>' for _, n, ip in SECTIONS)
    body = f'''<div class="portal">
<header><h1>考证导航 · 人工智能训练师信息汇总</h1><p>收录各平台公开信息，仅供参考，报名前请自行核实机构备案。</p></header>
<section class="sections"><h2>平台频道</h2><ul>{secs}</ul></section>
<section class="picks"><h2>公众号 / 官网 / 报名页 / 群聊</h2><div class="grid" style="display:flex;flex-wrap:wrap">{cards}</div></section>
<footer>考证导航 © 2026</footer>
</div>'''
    page("/index.html", doc("考证导航 · 人工智能训练师", body), note="portal/list page")


# ============================ decoys ========================================
DECOYS = [
    ("public_hotline", "12333", "人社服务热线, quoted by news, explainer and several sellers"),
    ("public_hotline", "12345", "政务服务便民热线, quoted by news, complaint and a seller"),
    ("public_hotline", "12315", "消费维权热线"),
    ("public_hotline", "96110", "反诈热线"),
    ("official_site", "zscx.osta.org.cn", "the national certificate query site, cited by several sellers and the explainer"),
    ("platform_phone", "4006702218", "集市优选's own service line in every shop page footer"),
    ("platform_email", "kefu@jishiyouxuan.com", "集市优选's service e-mail in every shop page footer"),
    ("platform_uscc", PLAT_USCC, "集市优选 operator's own USCC in every shop page footer (valid code)"),
    ("platform_icp", "浙ICP备2023017755号-2", "集市优选's ICP filing"),
    ("platform_phone", "4001156688", "同城帮帮 classifieds service line"),
    ("platform_qq_group", "105520337", "职考吧论坛's official QQ group in every forum footer"),
    ("platform_phone", "+861082716601", "问得网's illegal-content report line"),
    ("platform_phone", "4000960101", "微言 microblog service line"),
    ("platform_qq", "800062013", "薯叶笔记's official service QQ"),
    ("platform_email", "jubao@kuaiying.tv", "快映 short-video report e-mail"),
    ("platform_phone", "4008825130", "职聘网 job-board anti-fraud line"),
    ("warning_number", "+8617025938841", "scammer's phone quoted in news, neutral Q&A and complaint thread"),
    ("warning_wechat", "zs_kaozheng666", "scammer's WeChat quoted in news and complaint thread"),
    ("order_number", "13520260318", "order-number example shaped like a mobile on two sellers' shop items"),
    ("course_number", "15820260401", "course number shaped like a mobile on two operators' sign-up pages"),
    ("certificate_number", "S000033010012253000128", "sample certificate number quoted by three sellers"),
    ("site_builder", "yunjianzhan.com", "site-builder credit on several sellers' sites"),
    ("site_builder", "4009963170", "site-builder hotline on several sellers' sites"),
    ("assessment_centre", "+862161352290", "an assessment centre's number quoted by several sellers"),
    ("placeholder", "13800000000", "template placeholder phone"),
    ("placeholder", "yourname@example.com", "form placeholder e-mail"),
    ("advertorial_agency", "mp_shangwu01", "an advertorial agency's WeChat at the foot of two operators' articles"),
]


def needle_for(value):
    if value.startswith("+86"):
        v = value[3:]
        # landlines: put the trunk 0 back
        return v if v.startswith("1") and len(v) == 11 else "0" + v
    return value


def main():
    build_indexes()
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    texts = {}
    for p in PAGES:
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        h = relify(p["path"], p["html"])
        with open(fp, "w", encoding="utf-8") as f:
            f.write(h)
        texts[p["path"]] = page_text(h)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    decoys = []
    for kind, value, nt in DECOYS:
        paths = sorted(pth for pth, t in texts.items() if occurs(needle_for(value), t))
        decoys.append({"kind": kind, "value": value, "paths": paths, "note": nt})
    ops = {}
    for p in PAGES:
        if p["operator"]:
            ops.setdefault(p["operator"], []).append(p)
    operators = []
    for oid in sorted(ops):
        brands = sorted({p["provider"] for p in ops[oid]})
        ties = "; ".join(f'{p["path"]}: ' + ", ".join(f"{k}={v}" for k, v, _ in p["identifiers"]) for p in ops[oid])
        operators.append([oid, {"brands": brands, "ties": ties}])
    truth = {
        "description": "Sealed labeled web operators-2026-12ae: AI-trainer (人工智能训练师) course sellers on "
                       "marketplace, classifieds, forum, Q&A, microblog, notes, short-video, article, landing, "
                       "job-board, chat-group and company-site pages, grouped into operators by shared seller identifiers.",
        "pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")}
                  for p in sorted(PAGES, key=lambda x: x["path"])],
        "operators": operators,
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"pages={len(PAGES)} offers={sum(p['is_offer'] for p in PAGES)} operators={len(ops)} decoys={len(decoys)}")


if __name__ == "__main__":
    main()
