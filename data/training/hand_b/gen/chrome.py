"""Site chrome (headers, navigation, footers, scripts) of the platforms in hand_b's web."""
from common import esc

COOKIE = ('<div class="cookie-tip" id="cookieTip">本站使用Cookie以改善浏览体验，继续浏览即表示您同意'
          '<a href="javascript:;">《隐私政策》</a>。<button onclick="this.parentNode.style.display=\'none\'">知道了</button></div>')


def _head(title, charset="utf-8", extra="", canonical=None, desc=None, http_equiv=False):
    meta = (f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if http_equiv
            else f'<meta charset="{charset}">')
    can = f'\n<link rel="canonical" href="{canonical}">' if canonical else ""
    d = f'\n<meta name="description" content="{esc(desc)}">' if desc else ""
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n{meta}\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{esc(title)}</title>{d}{can}\n{extra}\n</head>\n')


# ------------------------------------------------------------------ 知行 (Zhihu-like Q&A)
ZX_CSS = """<style>
body{margin:0;background:#f6f6f6;font:15px/1.67 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#121212}
.AppHeader{background:#fff;box-shadow:0 1px 3px rgba(18,18,18,.1);height:52px;display:flex;align-items:center;padding:0 8%}
.AppHeader .logo{font-size:26px;font-weight:700;color:#0066ff;margin-right:28px;text-decoration:none}
.AppHeader nav a{margin-right:22px;color:#444;text-decoration:none}
.SearchBar input{width:320px;border:1px solid #ebebeb;border-radius:999px;background:#f6f6f6;padding:6px 14px}
.Main{display:flex;gap:10px;width:1000px;margin:10px auto}.Main-left{flex:1}.Main-right{width:296px}
.Card{background:#fff;border-radius:2px;box-shadow:0 1px 3px rgba(18,18,18,.1);padding:16px 20px;margin-bottom:10px}
.QuestionHeader h1{font-size:22px;margin:8px 0}.Tag{display:inline-block;background:#ebf5ff;color:#0084ff;border-radius:100px;padding:0 12px;margin-right:6px;font-size:14px}
.AuthorInfo{display:flex;align-items:center;gap:8px;font-size:14px}.AuthorInfo img{width:38px;height:38px;border-radius:2px}
.RichText p{margin:1.2em 0}.ContentItem-actions{color:#8590a6;font-size:14px}.VoteButton{color:#06f;background:rgba(0,102,255,.1);padding:0 12px;border:0;border-radius:3px}
.cookie-tip{position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:8px;text-align:center;font-size:13px}
footer{color:#8590a6;font-size:12px;text-align:center;padding:20px}
</style>"""


def zx_page(title, body, canonical=None, og=None, side="", desc=None, scripts=""):
    ogm = ""
    if og:
        ogm = "\n".join(f'<meta property="og:{k}" content="{esc(v)}">' for k, v in og.items())
    head = _head(title + " - 知行", extra=ZX_CSS + "\n" + ogm, canonical=canonical, desc=desc)
    return head + f"""<body>
<header class="AppHeader"><a class="logo" href="/wenda/">知行</a>
<nav><a href="/wenda/">首页</a><a href="/wenda/?tab=explore">发现</a><a href="/wenda/topic/19550517/hot.html">话题</a><a href="javascript:;">等你来答</a></nav>
<form class="SearchBar" action="/wenda/search" onsubmit="return false"><input name="q" placeholder="人工智能训练师证书有用吗"></form>
<a href="javascript:;" style="margin-left:auto">登录/注册</a></header>
<div class="Main"><div class="Main-left">
{body}
</div>
<aside class="Main-right">
<div class="Card"><h3 style="font-size:15px;margin:0 0 8px">相关问题</h3>
<ul style="padding-left:18px;font-size:14px">
<li><a href="/wenda/question/62004411.html">广州考人工智能训练师，培训机构说能包过，靠谱吗？</a> 23 个回答</li>
<li><a href="/wenda/question/62233017.html">人工智能训练师到底分几级？四级和三级差别大吗？</a> 41 个回答</li>
<li><a href="/wenda/question/61827345.html">2025年考人工智能训练师证书还值得吗？</a> 156 个回答</li>
<li><a href="/wenda/question/62110958.html">零基础能直接考人工智能训练师二级（技师）吗？</a> 17 个回答</li>
</ul></div>
{side}
<div class="Card" style="font-size:12px;color:#8590a6">刘看山 · 知行指南 · 知行协议 · 隐私政策<br>应用 · 工作 · 申请开通机构号<br>侵权举报 · 网上有害信息举报专区<br>粤ICP备2021088123号-1 · 粤公网安备 44010602009876 号<br>互联网药品信息服务资格证书 (粤)-非经营性-2023-0117<br>违法和不良信息举报：400-618-1010<br>© 2025 知行</div>
</aside></div>
{COOKIE}
<script>window.__ZX_CONF__={{"env":"prod","abTest":{{"qa_new_card":"b"}},"traceId":"7b1f0e2c9d"}};</script>
{scripts}
<script src="https://static.zhixing.example/heifetz/main.app.4f8e1c.js" defer></script>
</body></html>
"""


def zx_answer(author, bio, votes, date, paragraphs, comments=0, ad=False, aid="", permalink=None):
    ps = "\n".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paragraphs)
    mark = ' data-za-detail-view-path-module="AnswerItem"'
    return f"""<div class="Card AnswerItem" id="answer-{aid}"{mark}>
<div class="AuthorInfo"><img src="/static/avatar/{sum(map(ord, author)) % 97}.jpg" alt=""><div><b>{esc(author)}</b><div style="color:#8590a6;font-size:13px">{esc(bio)}</div></div></div>
<div style="color:#8590a6;font-size:14px;margin-top:6px">{votes} 人赞同了该回答</div>
<div class="RichText">{ps}</div>
<div style="color:#8590a6;font-size:14px">{f'<a href="{permalink}">' if permalink else ""}编辑于 {date}{"</a>" if permalink else ""}{' · IP 属地广东' if not ad else ' · IP 属地四川'}</div>
<div class="ContentItem-actions"><button class="VoteButton">▲ 赞同 {votes}</button> · {comments} 条评论 · 分享 · 收藏 · 喜欢</div>
</div>"""


# ------------------------------------------------------------------ 问问知道 (Baidu-Zhidao-like, GBK)
def zd_page(title, body):
    head = _head(title + "_问问知道", charset="gbk", http_equiv=True,
                 extra='<style>body{font:13px/1.6 arial,"宋体";margin:0;color:#333}.hd{background:#fff;border-bottom:1px solid #e3e3e3;padding:10px 12%}'
                       '.logo{color:#2d64b3;font-size:24px;font-weight:bold;text-decoration:none}.wrap{width:980px;margin:12px auto}'
                       '.qb{border:1px solid #e3e3e3;padding:14px 18px;margin-bottom:12px;background:#fff}.best{border:2px solid #38b03f}'
                       '.best-tag{background:#38b03f;color:#fff;padding:2px 8px}.ft{color:#999;text-align:center;padding:24px;font-size:12px}</style>')
    return head + f"""<body>
<div class="hd"><a class="logo" href="/zhidao/question/1740022218.html">问问知道</a>
<form style="display:inline" onsubmit="return false"><input name="word" size="50" value="人工智能训练师"><button>搜索答案</button> <button>我要提问</button></form>
<span style="float:right"><a href="javascript:;">登录</a> | <a href="javascript:;">注册</a></span></div>
<div class="wrap">
<div style="color:#999">问问知道 &gt; <a href="javascript:;">教育/科学</a> &gt; <a href="javascript:;">职业培训</a></div>
{body}
</div>
<div class="ft">&copy;2025 Wenwen &nbsp; <a href="javascript:;">使用问问前必读</a> | <a href="javascript:;">知道协议</a> | <a href="javascript:;">企业推广</a><br>川ICP证030173号 &nbsp; 川公网安备51010402001138号</div>
<script>var F={{"page":"question","log":"//nsclick.wenwen.example/v.gif"}};</script>
</body></html>
"""


# ------------------------------------------------------------------ 贴吧 (Tieba-like)
def tb_page(title, body, canonical=None):
    head = _head(title + "【人工智能训练师吧】_百度贴吧", canonical=canonical,
                 extra='<style>body{background:#e8eef7;margin:0;font:12px/1.5 "Microsoft YaHei",arial}'
                       '.top{background:#fff;height:40px;line-height:40px;padding:0 10%;border-bottom:1px solid #dcdcdc}'
                       '.card_head{background:#fff;width:980px;margin:10px auto;padding:14px}.card_title_fname{font-size:20px;font-weight:bold}'
                       '.l_post{background:#fff;width:980px;margin:0 auto;border-bottom:1px solid #e5e5e5;display:flex}'
                       '.d_author{width:130px;padding:16px;text-align:center;background:#fbfbfd}.d_post_content{flex:1;padding:16px;font-size:14px;line-height:24px}'
                       '.core_reply_tail{color:#999;text-align:right;font-size:12px}.j_th_tit{font-size:14px}.threadlist_li{background:#fff;width:980px;margin:0 auto;padding:10px 14px;border-bottom:1px dotted #e4e6eb}</style>')
    return head + f"""<body>
<div class="top"><a href="/index.html">网页</a> 资讯 <b>贴吧</b> 知道 视频 地图 | <a href="javascript:;">登录</a> | <a href="javascript:;">注册</a></div>
<div class="card_head"><span class="card_title_fname"><a href="/tieba/f/index.html?kw=人工智能训练师&amp;ie=utf-8">人工智能训练师吧</a></span>
 关注：18,442 &nbsp; 贴子：96,031 &nbsp; <a href="javascript:;" class="btn">+关注</a> <a href="javascript:;">签到</a>
<div style="color:#666">人工智能训练师职业交流，数据标注、算法测试、考证经验分享。</div></div>
{body}
<div style="width:980px;margin:16px auto;color:#999;text-align:center">&copy;2025 Baidu <a href="javascript:;">贴吧协议</a> | <a href="javascript:;">隐私政策</a> | <a href="javascript:;">吧主制度</a> | <a href="javascript:;">意见反馈</a> | 网络谣言警示</div>
<script>PageData={{"forum":{{"forum_name":"人工智能训练师","forum_id":28810355}},"user":{{"is_login":0}}}};</script>
</body></html>
"""


def tb_floor(user, level, floor, date, content, client="来自Android客户端"):
    return f"""<div class="l_post j_l_post" data-field='{{"author":{{"user_name":"{esc(user)}"}},"content":{{"post_no":{floor}}}}}'>
<div class="d_author"><img src="/static/tb/portrait/{floor % 13}.jpg" width="80" alt=""><br><a href="javascript:;">{esc(user)}</a><br><span class="d_badge_lv">{level}</span></div>
<div class="d_post_content_main"><div class="d_post_content j_d_post_content">{content}</div>
<div class="core_reply_tail">{client} {floor}楼 {date} <a href="javascript:;">回复</a></div></div></div>"""


# ------------------------------------------------------------------ 山城社区 (Discuz! X3.4, GBK, base href)
def dz_page(title, body, crumb, charset="gbk"):
    head = _head(title + " - 山城社区 - Powered by Discuz!", charset=charset, http_equiv=True,
                 extra='<base href="/bbs/">\n<meta name="generator" content="Discuz! X3.4">\n'
                       '<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?x7Q">\n'
                       '<style>body{font:12px/1.5 Tahoma,"SimSun";background:#f2f2f2;margin:0}#hd{background:#fff;padding:10px 8%}'
                       '#wp{width:960px;margin:0 auto}.pl{border:1px solid #c2d5e3;background:#fff;margin-bottom:8px}.pls{width:160px;background:#e5edf2;padding:10px;vertical-align:top}'
                       '.plc{padding:10px 16px;vertical-align:top}.t_f{font-size:14px;line-height:1.8}.pti{color:#999;border-bottom:1px dashed #ccc}'
                       '.pg a,.pg strong{border:1px solid #ccc;padding:2px 6px;margin-right:3px}</style>')
    return head + f"""<body id="nv_forum">
<div id="toptb"><a href="javascript:;" onclick="showWindow('guide')">导读</a> | <a href="javascript:;" onclick="showWindow('register')">立即注册</a> | <a href="javascript:;" onclick="showWindow('login')">登录</a></div>
<div id="hd"><h2><a href="index.html" title="山城社区">山城社区 · 重庆人自己的论坛</a></h2>
<ul id="nv"><li><a href="index.html">论坛</a></li><li><a href="forum-58-1.html">职场·考证</a></li><li><a href="javascript:;">二手</a></li><li><a href="javascript:;">房产</a></li><li><a href="/index.html">门户</a></li></ul></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><a href="index.html">山城社区</a> <em>&rsaquo;</em> {crumb}</div>
{body}
</div>
<div id="ft" class="wp cl" style="color:#666;text-align:center;padding:20px">Powered by <strong>Discuz!</strong> X3.4 &copy; 2001-2025 Tencent Cloud. | 渝ICP备14008812号-2 | <a href="javascript:;">Archiver</a> | <a href="javascript:;">手机版</a> | GMT+8, 2025-9-18 21:46</div>
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'x7Q', charset = '{charset}', discuz_uid = '0', cookiepre = 'Ks3d_2132_';</script>
</body></html>
"""


def dz_post(pid, user, meta, floor, date, content, sig=""):
    s = f'<div class="sign" style="color:#999;border-top:1px dashed #ddd;margin-top:12px">{sig}</div>' if sig else ""
    return f"""<div id="post_{pid}" class="pl"><table cellspacing="0" cellpadding="0" width="100%"><tr>
<td class="pls" rowspan="2"><div class="authi"><a href="javascript:;" c="1" data-uid="{pid % 9000 + 1000}" class="xw1">{user}</a></div><p style="color:#999">{meta}</p></td>
<td class="plc"><div class="pti"><em id="authorposton{pid}">发表于 {date}</em> <strong style="float:right"><a href="javascript:;" id="postnum{pid}">{floor}</a></strong></div>
<div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">{content}</td></tr></table></div>{s}</td></tr></table></div>"""


# ------------------------------------------------------------------ 南粤都市网 (news portal)
NEWS_NAV = ('<nav class="chn"><a href="/news/">首页</a><a href="/news/?chn=society">社会</a><a href="/news/?chn=edu">教育</a>'
            '<a href="/news/?chn=tech">科技</a><a href="/news/?chn=biz">财经·资讯</a><a href="/news/?chn=sichuan">川渝</a></nav>')


def news_page(title, body, channel, canonical=None, og=None, jsonld=None, side=""):
    ogm = "\n".join(f'<meta property="og:{k}" content="{esc(v)}">' for k, v in (og or {}).items())
    jl = f'<script type="application/ld+json">{jsonld}</script>' if jsonld else ""
    head = _head(title + f" _{channel}_南粤都市网", canonical=canonical,
                 extra=ogm + jl + '\n<style>body{margin:0;font:16px/1.8 "Microsoft YaHei";color:#222}.masthead{background:#b3000c;color:#fff;padding:10px 10%}'
                 '.masthead a{color:#fff;margin-right:16px;text-decoration:none}.chn{background:#9e0009;padding:6px 10%}.chn a{color:#ffe;margin-right:18px}'
                 '.wrap{width:1000px;margin:18px auto;display:flex;gap:24px}.article{flex:1}.article h1{font-size:28px;line-height:1.4}.info{color:#888;font-size:14px;border-bottom:1px solid #eee}'
                 '.side{width:300px;font-size:14px}.side h4{border-left:4px solid #b3000c;padding-left:8px}.editor{color:#888;text-align:right}'
                 '.foot{background:#f3f3f3;color:#777;font-size:12px;text-align:center;padding:18px}</style>')
    return head + f"""<body>
<div class="masthead"><a href="/news/" style="font-size:26px;font-weight:bold">南粤都市网</a> <a href="/index.html">生活门户</a><a href="javascript:;">客户端下载</a><a href="javascript:;">登录</a></div>
{NEWS_NAV}
<div class="wrap"><div class="article">
{body}
</div>
<aside class="side"><h4>热点排行</h4><ol>
<li><a href="/news/society/2025-06/12/content_4412876.html?from=rank">“交钱包过、人社部颁发”？记者暗访AI训练师考证班</a></li>
<li><a href="/news/tech/2025-09/03/content_4423310.html?from=rank">数据标注员月薪能过万？珠三角AI训练师招聘调查</a></li>
<li><a href="/news/edu/2025-08/20/content_4419033.html?from=rank">一文读懂：人工智能训练师证书谁来发？</a></li>
<li><a href="/news/sichuan/2025-11/02/content_4431207.html?from=rank">成都警方破获一起“速成证书”诈骗案</a></li></ol>
{side}
<div style="border:1px solid #eee;padding:8px;color:#999">广告<br><a href="javascript:;">大湾区楼盘团购 低至8.8折</a></div></aside></div>
<div class="foot">南粤都市网版权所有 未经书面授权禁止转载 | 互联网新闻信息服务许可证 44120170012 | 粤ICP备17052311号 | 违法和不良信息举报电话：020-87360110</div>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.stat.example/hm.js?8a2f";document.body.appendChild(hm);}})();</script>
</body></html>
"""


# ------------------------------------------------------------------ government portals
def gov_page(org, home, title, body, charset="utf-8", code="4401000029", icp="粤ICP备05080322号", nav=(), http_equiv=False):
    n = "".join(f'<a href="{h}">{t}</a>' for t, h in nav)
    head = _head(title + "-" + org, charset=charset, http_equiv=http_equiv,
                 extra=f'<meta name="SiteName" content="{org}">\n<meta name="SiteDomain" content="rsj.example.gov.cn">\n<meta name="SiteIDCode" content="{code}">\n'
                       f'<meta name="ColumnName" content="通知公告">\n<meta name="ArticleTitle" content="{esc(title)}">\n'
                       '<style>body{margin:0;font:16px/2 "SimSun","Microsoft YaHei";background:#eef3f8}.gtop{background:#0b5aa5;color:#fff;padding:16px 12%;font-size:26px}'
                       '.gnav{background:#0a4a88;padding:4px 12%}.gnav a{color:#fff;margin-right:20px;font-size:15px}.gbox{width:1000px;margin:16px auto;background:#fff;padding:24px 40px}'
                       '.gbox h1{text-align:center;font-size:24px;color:#0b5aa5}.gmeta{text-align:center;color:#666;font-size:14px;border-bottom:1px solid #ddd}.gfoot{text-align:center;color:#555;font-size:13px;padding:16px}</style>')
    return head + f"""<body>
<div class="gtop">{org}<span style="font-size:14px;margin-left:20px">{'' if charset != 'utf-8' else '无障碍浏览 | 长者模式'}</span></div>
<div class="gnav"><a href="{home}">首页</a>{n}</div>
<div class="gbox">
{body}
</div>
<div class="gfoot">主办单位：{org} &nbsp; 网站标识码：{code} &nbsp; {icp}<br>
<a href="javascript:;">网站地图</a> | <a href="javascript:;">联系我们</a> | <a href="javascript:;">隐私声明</a> &nbsp; <img src="/static/gov/jiucuo.png" alt="政府网站找错"></div>
</body></html>
"""


# ------------------------------------------------------------------ job boards
def zp_page(title, body, extra_head=""):
    head = _head(title + " - 职聘直达", extra=extra_head + '<style>body{margin:0;background:#f6f6f8;font:14px/1.6 "PingFang SC","Microsoft YaHei"}'
                 '.zp-hd{background:#202329;color:#fff;height:56px;display:flex;align-items:center;padding:0 8%}.zp-hd a{color:#fff;margin-right:24px;text-decoration:none}'
                 '.zp-logo{font-size:22px;font-weight:700;color:#00bebd!important}.job-banner{background:#34394a;color:#fff;padding:26px 8%}.job-banner h1{margin:0;font-size:28px}'
                 '.salary{color:#fe574a;font-size:26px;font-weight:600;margin-left:16px}.tag{display:inline-block;background:rgba(255,255,255,.1);padding:0 8px;margin-right:6px}'
                 '.job-box{width:1000px;margin:16px auto;background:#fff;padding:24px 30px}.job-sec-text{white-space:pre-line}.zp-ft{color:#999;text-align:center;padding:20px;font-size:12px}</style>')
    return head + f"""<body>
<div class="zp-hd"><a class="zp-logo" href="/zhipin/">职聘直达</a><a href="/zhipin/">首页</a><a href="/zhipin/search/rgznxls.html">职位</a><a href="javascript:;">公司</a><a href="javascript:;">APP</a><a href="javascript:;" style="margin-left:auto">我要招聘</a><a href="javascript:;">登录/注册</a></div>
{body}
<div class="zp-ft">职聘直达 | 人力资源服务许可证 440106202300112 | 粤ICP备2022113094号 | 举报电话：400-065-5799<br>求职提醒：招聘方以任何名义向求职者收取培训费、押金、证件费均属违法，请立即举报</div>
</body></html>
"""


def zl_page(title, body, extra_head=""):
    head = _head(title + "-智才招聘网", extra=extra_head + '<style>body{margin:0;font:14px/1.7 "Microsoft YaHei";background:#f5f7fa}.zl-top{background:#fff;border-bottom:2px solid #2b6df6;padding:12px 10%}'
                 '.zl-top b{color:#2b6df6;font-size:22px}.zl-main{width:1000px;margin:16px auto;background:#fff;padding:24px}.summary-plane__salary{color:#ff5b37;font-size:24px}'
                 '.describtion__detail-content{line-height:2}.zl-foot{text-align:center;color:#aaa;padding:20px;font-size:12px}</style>')
    return head + f"""<body>
<div class="zl-top"><b>智才招聘</b> &nbsp; <a href="/zhipin/search/rgznxls.html?src=zhicai">找工作</a> | <a href="javascript:;">校园招聘</a> | <a href="javascript:;">海外</a> | <a href="javascript:;">企业服务</a></div>
{body}
<div class="zl-foot">© 智才招聘 2025 | 渝ICP备2020005611号 | 人力资源服务许可证 500000160235 | 违法不良信息举报：400-885-9898</div>
</body></html>
"""


# ------------------------------------------------------------------ 择校网 (training-school directory)
JG_CSS = ('<style>body{margin:0;font:14px/1.7 "Microsoft YaHei";background:#f4f5f7;color:#333}.jg-top{background:#ff6a00;color:#fff;padding:10px 8%}'
          '.jg-top a{color:#fff;margin-right:18px}.jg-wrap{width:1100px;margin:16px auto;display:flex;gap:16px}.jg-main{flex:1;background:#fff;padding:20px 26px}'
          '.jg-side{width:280px;background:#fff;padding:14px}.price{color:#f40;font-size:28px;font-weight:bold}.price s,.old{color:#999;font-size:14px;font-weight:normal}'
          'table.sku{border-collapse:collapse;width:100%}table.sku td,table.sku th{border:1px solid #eee;padding:6px 10px}.jg-foot{background:#333;color:#aaa;text-align:center;padding:20px;font-size:12px}'
          '.btn-bm{background:#f40;color:#fff;padding:8px 26px;border-radius:4px;text-decoration:none}</style>')


def jg_page(title, body, canonical=None, extra="", side=""):
    head = _head(title + " - 择校网", extra=JG_CSS + extra, canonical=canonical)
    return head + f"""<body>
<div class="jg-top"><a href="/jigou/" style="font-size:22px;font-weight:bold">择校网</a> <a href="/jigou/">找机构</a><a href="/jigou/rank/rgznxls-shida.html">排行榜</a><a href="/jigou/?cat=zhengshu">职业证书</a><a href="/ke/python-shuju-fenxi.html">IT课程</a> <span style="float:right">广州 [切换城市] | <a href="javascript:;">登录</a></span></div>
<div class="jg-wrap"><div class="jg-main">
{body}
</div>
<aside class="jg-side">
<h4>同类机构推荐</h4><ul>
<li><a href="/jigou/school/2231.html?from=side">穗智数字技能培训学校</a></li>
<li><a href="/jigou/school/2247.html?from=side">重庆两江智训职业培训学校</a></li>
<li><a href="/jigou/school/2263.html?from=side">佛山智标职业技能培训中心</a></li></ul>
{side}
<p style="color:#999;font-size:12px">择校网仅为信息展示平台，课程及证书以机构和评价机构公布为准，报名前请核实评价机构备案信息（可在 <a href="https://pjjg.osta.org.cn/">pjjg.osta.org.cn</a> 查询）。</p></aside></div>
<div class="jg-foot">择校网 · 教育培训信息平台 | 粤ICP备19033321号 | 客服：400-822-6101 | <a href="/jigou/?p=about">关于我们</a></div>
<script>var _czc=_czc||[];_czc.push(["_setAccount","1279034411"]);</script>
</body></html>
"""
