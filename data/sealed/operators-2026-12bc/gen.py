#!/usr/bin/env python3
"""Generate labeled test web 12bc: site/ and truth.json (deterministic, stdlib only)."""
import json, os, posixpath, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(code8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W32100))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in s)


CN = dict(zip("0123456789", "零一二三四五六七八九"))


def cn(s, sep=""):
    return "".join(CN.get(c, sep if c == " " else c) for c in s)


# ---------------------------------------------------------------- USCCs
U01_USCC = uscc("91330106", "MA2H3K7L")
U03_USCC = uscc("91310115", "MA1K4R2D")
U04_USCC = uscc("91330110", "MA2J8N5C")
U06_USCC = uscc("91440106", "MA59QW3T")
U08_USCC = uscc("91420106", "MA4K7B2E")
I01_USCC = uscc("52510104", "MJ0Y4T3H")
I06_USCC = uscc("91110108", "MA01RC6P")
FENLEI_USCC = uscc("91110105", "MA00B8LQ")
JOB_USCC = uscc("91330108", "MA2CF6UA")

# ---------------------------------------------------------------- frames
PAGES = []   # dicts: path, site, title, html(body), meta


def rel(frm, to):
    return posixpath.relpath(to, posixpath.dirname(frm) or "/")


CSS = "<style>body{font-family:'Microsoft YaHei',sans-serif;margin:0;color:#333}a{color:#1a5fb4;text-decoration:none}.w{width:1000px;margin:0 auto}.side{float:right;width:250px}.main{float:left;width:720px}.foot{clear:both;border-top:1px solid #ddd;margin-top:20px;padding:12px;font-size:12px;color:#888}</style>"


def head(title, kw=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{title}</title>\n<meta name=\"keywords\" content=\"{kw}\">\n{CSS}\n</head>\n<body>\n")


def links_html(path, items, sep=" | "):
    return sep.join(f'<a href="{rel(path, p)}">{t}</a>' for p, t in items)


def portal_frame(path, title, crumbs, body, side):
    nav = [("/index.html", "首页"), ("/portal/list-ai.html", "考证资讯"), ("/schools/index.html", "培训机构库"),
           ("/bbs/index.html", "人才圈论坛"), ("/wenda/index.html", "问答"), ("/news/index.html", "新闻")]
    cr = " &gt; ".join([f'<a href="{rel(path, "/index.html")}">首页</a>'] +
                        [f'<a href="{rel(path, p)}">{t}</a>' if p else t for p, t in crumbs])
    sd = "".join(f'<li><a href="{rel(path, p)}">{t}</a></li>' for p, t in side)
    return (head(f"{title}_职教在线", "人工智能训练师,职业技能等级证书,考证,培训") +
            '<div class="topbar w">职教在线 · 职业技能培训与考证服务平台　<a href="#">登录</a> | <a href="#">注册</a> | <a href="#">机构入驻</a></div>\n'
            f'<div class="header w"><a href="{rel(path, "/index.html")}"><b>职教在线</b> zhijiao365.com</a>'
            '<form class="search"><input name="q" placeholder="搜索课程、机构、证书"><button>搜索</button></form></div>\n'
            f'<div class="nav w">{links_html(path, nav)}</div>\n'
            f'<div class="crumb w">当前位置：{cr}</div>\n'
            f'<div class="w"><div class="main">\n{body}\n</div>\n'
            f'<div class="side"><h3>热门推荐</h3><ul>{sd}</ul>'
            '<div class="ad">机构入驻热线：400-615-9900</div></div>\n'
            '<div class="foot">关于我们 | 联系我们 | 广告服务 | 免责声明 | 网站地图<br>'
            '客服热线：400-615-9900　客服邮箱：kefu@zhijiao365.com<br>'
            '声明：本站机构信息及课程信息由机构自行发布，请学员自行核实资质，谨慎缴费。<br>'
            'Copyright © 2015-2026 zhijiao365.com 版权所有　京ICP备17043215号-2</div></div>\n</body>\n</html>\n')


def bbs_frame(path, title, posts, related):
    nav = [("/bbs/index.html", "论坛首页"), ("/index.html", "职教在线"), ("/wenda/index.html", "问答")]
    ps = []
    for i, (user, badge, t, txt) in enumerate(posts):
        fl = "楼主" if i == 0 else f"{i + 1}楼"
        ps.append(f'<div class="post"><div class="user"><b>{user}</b><br><span class="lv">{badge}</span></div>'
                  f'<div class="cont"><div class="meta">{fl}　发表于 {t}　<a href="#">只看该作者</a></div>'
                  f'<div class="txt">{txt}</div><div class="ops"><a href="#">回复</a> <a href="#">举报</a></div></div></div>\n')
    rl = "".join(f'<li><a href="{rel(path, p)}">{t}</a></li>' for p, t in related)
    return (head(f"{title} - 人工智能训练师 - 人才圈论坛", "人才圈,论坛,考证") +
            f'<div class="hd w"><b>人才圈论坛</b> bbs.rencaiquan.com　{links_html(path, nav)}　<a href="#">登录</a> <a href="#">立即注册</a></div>\n'
            f'<div class="crumb w"><a href="{rel(path, "/bbs/index.html")}">人才圈</a> › 职业资格考证 › 人工智能训练师 › {title}</div>\n'
            f'<div class="w"><div class="main"><h1>{title}</h1>\n{"".join(ps)}'
            '<div class="reply">您需要登录后才可以回帖 <a href="#">登录</a> | <a href="#">立即注册</a></div></div>\n'
            f'<div class="side"><h3>相关帖子</h3><ul>{rl}</ul><p>版规：禁止发布广告、代考、包过等信息，违者删帖封号。</p></div>\n'
            '<div class="foot">人才圈论坛 bbs.rencaiquan.com　客服电话：400-606-7788　违规举报：jubao@rencaiquan.com<br>'
            '本帖内容为网友发表，不代表本站观点。Powered by Discuz! X3.4　浙ICP备16022871号</div></div>\n</body>\n</html>\n')


def wenda_frame(path, question, qdesc, answers, related):
    ans = []
    for user, sub, t, txt, cmts in answers:
        cm = "".join(f'<li><b>{u}</b>：{c}</li>' for u, c in cmts)
        ans.append(f'<div class="answer"><div class="au"><b>{user}</b> <span>{sub}</span></div>'
                   f'<div class="at">{txt}</div><div class="am">回答于 {t}　<a href="#">赞同</a> <a href="#">评论</a></div>'
                   + (f'<ul class="cmts">{cm}</ul>' if cm else "") + '</div>\n')
    rl = "".join(f'<li><a href="{rel(path, p)}">{t}</a></li>' for p, t in related)
    return (head(f"{question} - 知多多问答", "人工智能训练师,问答") +
            f'<div class="hd w"><a href="{rel(path, "/wenda/index.html")}"><b>知多多</b>问答</a> wenda.zhiduoduo.cn　'
            f'<a href="{rel(path, "/index.html")}">职教在线</a>　<input placeholder="搜索你感兴趣的问题"> <a href="#">提问</a></div>\n'
            f'<div class="crumb w"><a href="{rel(path, "/wenda/index.html")}">问答首页</a> › 教育/考证 › 人工智能训练师</div>\n'
            f'<div class="w"><div class="main"><h1>{question}</h1><p class="qd">{qdesc}</p>'
            f'<div class="n">{len(answers)} 个回答</div>\n{"".join(ans)}</div>\n'
            f'<div class="side"><h3>相关问题</h3><ul>{rl}</ul></div>\n'
            '<div class="foot">知多多问答 wenda.zhiduoduo.cn　<a href="#">社区规范</a> <a href="#">侵权投诉</a>　'
            '官方用户交流QQ群：563210987<br>回答内容仅代表答主个人观点，涉及付费培训请谨慎甄别。　浙ICP备19031146号-1</div></div>\n</body>\n</html>\n')


def notes_frame(path, title, author, meta, text, tags, comments, related):
    cm = "".join(f'<div class="c"><b>{u}</b> {c}</div>' for u, c in comments)
    rl = "".join(f'<li><a href="{rel(path, p)}">{t}</a></li>' for p, t in related)
    tg = " ".join(f"#{t}" for t in tags)
    return (head(f"{title} - 薯条笔记", "薯条笔记," + ",".join(tags)) +
            f'<div class="hd w"><a href="{rel(path, "/notes/index.html")}"><b>薯条笔记</b></a> shutiao.net　发现 | 发布 | 通知　'
            '<a href="#">打开App，看更多精彩笔记</a></div>\n'
            f'<div class="w"><div class="main"><div class="author"><b>{author}</b> <a href="#">+ 关注</a></div>'
            f'<h1>{title}</h1><div class="note">{text}</div><div class="tags">{tg}</div>'
            f'<div class="meta">{meta}</div><div class="comments"><h4>共 {len(comments)} 条评论</h4>{cm}</div></div>\n'
            f'<div class="side"><h3>相关笔记</h3><ul>{rl}</ul></div>\n'
            '<div class="foot">薯条笔记 shutiao.net　沪ICP备20011735号　违法和不良信息举报：feedback@shutiao.net<br>'
            '笔记内容由用户发布，平台不对其真实性负责。</div></div>\n</body>\n</html>\n')


def fenlei_frame(path, title, fields, desc, related):
    fs = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields)
    rl = "".join(f'<li><a href="{rel(path, p)}">{t}</a></li>' for p, t in related)
    return (head(f"{title} - 城市通分类信息网", "分类信息,培训,招聘") +
            f'<div class="hd w"><a href="{rel(path, "/fenlei/index.html")}"><b>城市通</b>分类信息</a> chengshitong.cn　[切换城市]　'
            '<a href="#">免费发布信息</a> <a href="#">我的城市通</a></div>\n'
            f'<div class="crumb w"><a href="{rel(path, "/fenlei/index.html")}">城市通</a> &gt; 教育培训 &gt; 职业技能培训 &gt; {title[:12]}</div>\n'
            f'<div class="w"><div class="main"><h1>{title}</h1><table class="info">{fs}</table>'
            f'<div class="desc"><h3>详细描述</h3>{desc}</div>'
            '<div class="tip">温馨提示：凡要求提前汇款、缴纳押金、代办证书的均有诈骗风险。如遇诈骗请拨打110或12315投诉举报。</div></div>\n'
            f'<div class="side"><h3>相关信息</h3><ul>{rl}</ul></div>\n'
            f'<div class="foot">城市通分类信息网 chengshitong.cn　客服热线：400-820-3355<br>北京城市通信息技术有限公司　统一社会信用代码：{FENLEI_USCC}　京ICP证150334号</div></div>\n</body>\n</html>\n')


def news_frame(path, title, src, date, body, related, channel="教育"):
    rl = "".join(f'<li><a href="{rel(path, p)}">{t}</a></li>' for p, t in related)
    return (head(f"{title}_{channel}_江南都市网", "新闻," + channel) +
            f'<div class="hd w"><a href="{rel(path, "/news/index.html")}"><b>江南都市网</b></a> jndsnews.com　'
            '首页 | 时政 | 社会 | 教育 | 财经 | 科技 | 房产　<a href="#">客户端下载</a></div>\n'
            f'<div class="crumb w"><a href="{rel(path, "/news/index.html")}">江南都市网</a> &gt; {channel} &gt; 正文</div>\n'
            f'<div class="w"><div class="main"><h1>{title}</h1><div class="info">{date}　来源：{src}</div>'
            f'<div class="article">{body}</div><div class="share">分享到：微信 微博 QQ空间</div></div>\n'
            f'<div class="side"><h3>相关新闻</h3><ul>{rl}</ul><h3>24小时热榜</h3></div>\n'
            '<div class="foot">江南都市网 jndsnews.com　新闻热线：0571-85100110　违法和不良信息举报电话：0571-85100110<br>'
            '互联网新闻信息服务许可证编号：33120170011　未经授权禁止转载</div></div>\n</body>\n</html>\n')


def school_frame(path, brand, body, footer, credit="", color="#0b4f9c"):
    return (head(f"{brand} - 官网", brand + ",人工智能训练师,职业技能培训") +
            f'<div class="top" style="background:{color};color:#fff"><div class="w"><b style="font-size:22px">{brand}</b>'
            '<span class="nav">　<a href="#" style="color:#fff">首页</a> <a href="#kc" style="color:#fff">课程介绍</a> '
            '<a href="#bm" style="color:#fff">报名流程</a> <a href="#gy" style="color:#fff">关于我们</a> <a href="#lx" style="color:#fff">联系我们</a></span></div></div>\n'
            f'<div class="banner w"></div>\n<div class="w">{body}</div>\n'
            f'<div class="foot w">{footer}'
            + (f"<br>{credit}" if credit else "") +
            f'<br>友情链接：<a href="{rel(path, "/schools/index.html")}">职教在线机构库</a></div>\n</body>\n</html>\n')


# ---------------------------------------------------------------- helpers for truth
def page(path, site, html, is_offer, operator, provider, ids, note):
    PAGES.append(dict(path=path, site=site, html=html, is_offer=is_offer, operator=operator,
                      provider=provider, identifiers=[list(x) for x in ids], note=note))


def F(tmpl, ids):
    return tmpl.format(*[w for _, _, w in ids])


SIDE_P = [("/portal/list-ai.html", "人工智能训练师考证资讯"), ("/schools/index.html", "培训机构库"),
          ("/news/policy-explain.html", "人工智能训练师证书到底是什么证？")]

# ================================================================= OPERATOR PAGES
# ---------------- U01 智训 ----------------
p = "/schools/zhixun/index.html"
ids = [("phone", "+8613958012746", "139-5801-2746"), ("phone", "+8613958012746", "tel:13958012746"),
       ("wechat", "zx_ai2023", "zx_ai2023"), ("domain", "zhixunai.cn", "www.zhixunai.cn"),
       ("email", "zhixunedu@163.com", "zhixunedu@163.com"), ("uscc", U01_USCC, U01_USCC)]
body = F("""<div id="kc"><h2>人工智能训练师（数据标注员）职业技能等级培训</h2>
<p>人工智能训练师（职业编码4-04-05-05）是2020年人社部发布的新职业。本校开设四级（中级工）、三级（高级工）培训班，线上直播+线下实操，理论与实操考核合格后颁发职业技能等级证书，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。</p>
<ul><li>四级：培训50课时，学费2680元</li><li>三级：培训40课时，学费3580元</li><li>符合条件的参保人员可申领技能提升补贴</li></ul></div>
<div id="bm"><h2>报名流程</h2><p>1.咨询老师确认报考条件 → 2.提交身份证、学历证明、工作年限证明 → 3.缴费开课 → 4.统一安排考试</p>
<p>报名咨询：<a href="{1}">{0}</a>（张老师，微信同号）</p></div>
<div id="gy"><h2>关于我们</h2><p>杭州智训职业技能培训学校有限公司成立于2019年，专注数字技能人才培养，累计培训学员3000余人。</p></div>
<div id="lx"><h2>联系我们</h2><p>电话：{0}　微信：{2}<br>邮箱：{4}<br>地址：杭州市西湖区文三路398号东信大厦7楼</p></div>""", ids)
foot = F("© 2026 杭州智训职业技能培训学校有限公司 版权所有　{3}<br>统一社会信用代码：{5}　浙ICP备2021008845号", ids)
page(p, "schools/zhixun", school_frame(p, "智训未来教育", body, foot, "技术支持：云站宝 yunzhanbao.cn"), True, "U01",
     "智训未来教育", ids, "U01 training school's own site, course and contact")

p = "/bbs/t-30211.html"
ids = [("wechat", "zx_ai2023", "ZX_AI2023"), ("qq", "2385610447", "2385610447")]
posts = [("打工人小陈", "注册会员", "2026-03-02 21:14", "在杭州做电商客服，想考个人工智能训练师证，听说有补贴？有没有考过的说说去哪报名靠谱，网上一搜全是机构，有点懵。"),
         ("张老师-AI考证", "中级会员", "2026-03-02 22:40",
          F("楼主你好，我们这边杭州本地有四级、三级的班，周末上课，线上也可以学。补贴要看你社保交满没有，满一年的可以申请。具体条件可以加我V：{0}，或者QQ：{1}，把你学历和工作年限发我帮你看看能报几级。", ids)),
         ("lucky_mm", "新手上路", "2026-03-03 08:05", "同问，楼上的靠谱吗？求个靠谱的，我v：lucky_mm1990 有消息告诉我下"),
         ("打工人小陈", "注册会员", "2026-03-03 09:31", "谢谢，我先去查查。")]
page(p, "bbs", bbs_frame(p, "杭州哪里可以考人工智能训练师证？", posts,
                         [("/bbs/index.html", "返回版块"), ("/bbs/t-30377.html", "人工智能训练师三级考试经验分享")]),
     True, "U01", "张老师-AI考证", ids, "U01 forum reply that sells, with WeChat and QQ; a commenter leaves own WeChat")

p = "/wenda/q-882145.html"
ids = [("qq", "2385610447", "2385 6104 47"), ("phone", "+8613958012746", "一三九 五八零一 二七四六")]
answers = [("学数据的阿杰", "数据标注从业3年", "2026-01-19", "四级一般要求相关工作满一定年限或者技工院校相关专业毕业，五级需要一年相关工作经验。具体看官方标准，别信零基础直接考三级那种。", []),
           ("张老师-AI考证", "职业培训讲师", "2026-01-21",
            F("我们机构每月都有开班，四级50课时左右，考试分理论和实操，两门都60分及格。报名材料、工作证明我们会指导准备。需要详细资料的可以扣扣 {0}，或者来电 {1}（防屏蔽写法，见谅）。", ids),
            [("小鱼", "有资料的发我邮箱 xiaoyu_2019@qq.com 谢谢"), ("答主", "已私信")])]
page(p, "wenda", wenda_frame(p, "人工智能训练师四级报考条件是什么？没有相关工作经验能报吗？", "本人专科，做行政三年，想转行做AI数据标注。",
                             answers, [("/wenda/index.html", "更多人工智能训练师问题"), ("/wenda/q-882377.html", "人工智能训练师证书有用吗")]),
     True, "U01", "张老师-AI考证", ids, "U01 Q&A answer that sells; QQ spaced, phone in Chinese numerals; commenter email decoy")

p = "/fenlei/px-5071933.html"
ids = [("phone", "+8613958012746", fw("13958012746")), ("domain", "zhixunai.cn", "zhixunai点cn"),
       ("uscc", U01_USCC, U01_USCC)]
fields = [("类别", "职业技能培训"), ("区域", "杭州 - 西湖区 - 文三路"), ("联系人", "张老师"),
          ("联系电话", F("{0}", ids)), ("发布者", "西湖数智学堂")]
desc = F("""<p>【西湖数智学堂·人工智能训练师 四级/三级 招生】人社新职业，证书全国联网可查，持证可申领技能补贴。</p>
<p>班型：周末班、晚班、线上直播班；老师全程指导报名材料。</p>
<p>本校为正规注册企业，统一社会信用代码{2}，官网 {1}（点换成.）。</p>
<p>电话号码请直接拨打，平台私信不常看。</p>""", ids)
page(p, "fenlei", fenlei_frame(p, "杭州人工智能训练师培训 四级三级周末班 可申领补贴", fields, desc,
                               [("/fenlei/index.html", "返回列表"), ("/fenlei/px-5080412.html", "上海人工智能训练师报名")]),
     True, "U01", "西湖数智学堂", ids, "U01 classifieds post; full-width phone, dodged domain, USCC")

# ---------------- U02 鸿途 ----------------
p = "/schools/hongtu/index.html"
ids = [("phone", "+8618667093521", "186 6709 3521"), ("wechat", "xiaolu_ht", "xiaolu_ht"),
       ("email", "hongtu_px@126.com", "hongtu_px@126.com"), ("domain", "htzhipei.com", "www.htzhipei.com"),
       ("qq_group", "819263047", "819263047"),
       ("other", "宁波鸿途企业管理咨询有限公司", "宁波鸿途企业管理咨询有限公司")]
body = F("""<div id="kc"><h2>AI人工智能训练师 职业技能等级证书 火热报名中</h2>
<p>人工智能时代最缺的是会"教"AI的人！人工智能训练师是人社部发布的新职业，持证可享受技能补贴、居住证积分、人才引进等政策。</p>
<table border="1"><tr><th>等级</th><th>课时</th><th>费用</th></tr><tr><td>五级/初级</td><td>60</td><td>1980</td></tr>
<tr><td>四级/中级</td><td>50</td><td>2980</td></tr><tr><td>三级/高级</td><td>40</td><td>3980</td></tr></table>
<p>★ 零基础可学　★ 通过率高　★ 一次缴费终身复训</p></div>
<div id="bm"><h2>在线报名</h2><form><input placeholder="姓名"><input placeholder="手机号"><button>提交报名</button></form>
<p class="small">本页表单由 快表单(kuaibiaodan.com) 提供技术支持</p></div>
<div id="lx"><h2>联系我们</h2><p>报名热线：{0}（鹿老师）<br>微信：{1}<br>邮箱：{2}<br>学员交流群：{4}<br>
对公账户户名：{5}　开户行：中国工商银行宁波鄞州支行</p></div>""", ids)
foot = F("鸿途职业培训 {3}　地址：宁波市鄞州区天童南路588号宁波商会国贸中心B座", ids)
page(p, "schools/hongtu", school_frame(p, "鸿途职业培训", body, foot, "", "#c0392b"), True, "U02",
     "鸿途职业培训", ids, "U02 school site; account name, QQ group")

p = "/notes/n-64f1a2c9.html"
ids = [("wechat", "xiaolu_ht", "xiaolu＿ht"), ("phone", "+8618667093521", "壹捌陆 陆柒零玖 叁伍贰壹")]
text = F("""<p>姐妹们我终于拿到人工智能训练师四级证了🎉 分享一下经验！</p>
<p>1⃣ 先确认自己能报几级，我是做电商运营的，有工作年限证明</p><p>2⃣ 理论主要是基础知识和数据标注，实操就是在平台上标数据</p>
<p>3⃣ 证书可以在官方联网查询，不是野鸡证</p>
<p>我报的鸿途的班，鹿老师超负责，想了解的姐妹可以找她，v：{0}（下划线是英文的）</p>
<p>不方便加v的打这个 {1}，别说是我推荐的哈哈</p>""", ids)
page(p, "notes", notes_frame(p, "AI训练师四级证到手！普通人转行经验分享", "AI考证小鹿姐", "编辑于 2026-02-14 浙江　❤ 1283　⭐ 964　💬 87", text,
                             ["人工智能训练师", "考证", "副业", "转行"],
                             [("momo", "求老师v"), ("小鹿姐", "看笔记里"), ("薯友8812", "是不是广告啊")],
                             [("/notes/index.html", "更多考证笔记")]),
     True, "U02", "AI考证小鹿姐", ids, "U02 note that sells; full-width underscore, phone in capital numerals")

p = "/portal/c-20260311.html"
ids = [("domain", "htzhipei.com", "HTZhiPei.com"), ("qq_group", "819263047", "8192-63047"),
       ("email", "hongtu_px@126.com", "hongtu_px#126.com")]
body = F("""<h1>甬上智学：人工智能训练师（四级/三级）春季班招生</h1>
<div class="info">发布机构：甬上智学　课程编号：13520260301　浏览：2317</div>
<p>课程简介：本课程依据《人工智能训练师国家职业技能标准（2021年版）》设计，覆盖数据采集和处理、数据标注、智能系统运维等模块。</p>
<p>授课方式：线上直播＋录播回放，配套实操平台账号。</p><p>课程价格：<b>￥2980</b>（四级）　<b>￥3980</b>（三级）</p>
<p>机构官网：{0}　咨询群：{1}　资料索取邮箱：{2}（#换成@）</p>
<p><a href="#">立即咨询</a> <a href="#">收藏课程</a></p>""", ids)
page(p, "portal", portal_frame(p, "甬上智学 人工智能训练师春季班", [("/portal/list-ai.html", "考证资讯"), (None, "课程详情")], body, SIDE_P),
     True, "U02", "甬上智学", ids, "U02 course listing on portal; mixed-case domain, dashed QQ group, # email")

p = "/bbs/t-30402.html"
ids = [("email", "hongtu_px@126.com", "hongtu_px AT 126 dot com"), ("phone", "+8618667093521", "+86 186-6709-3521")]
posts = [("Ningbo_Li", "注册会员", "2026-04-08 12:20", "宁波有人工智能训练师的培训吗？公司要求数据组的人都去考一个。"),
         ("AI考证小鹿姐", "注册会员", "2026-04-08 13:02",
          F("宁波本地有的，我们这边四月底开新班，企业团报有优惠，可以开发票。方案发你邮箱也行：{0}，电话 {1}。", ids)),
         ("lucky_mm", "新手上路", "2026-04-08 15:47", "蹲一个，我v：lucky_mm1990"),
         ("Ningbo_Li", "注册会员", "2026-04-09 09:10", "好的，我先让HR联系一下。")]
page(p, "bbs", bbs_frame(p, "宁波企业团报人工智能训练师培训求推荐", posts,
                         [("/bbs/index.html", "返回版块"), ("/bbs/t-30211.html", "杭州哪里可以考人工智能训练师证？")]),
     True, "U02", "AI考证小鹿姐", ids, "U02 forum reply; spelled-out email, +86 phone")

# ---------------- U03 深蓝 ----------------
p = "/schools/shenlan/index.html"
ids = [("phone", "+8615021867430", "150 2186 7430"), ("qq", "3176024558", "3176024558"),
       ("uscc", U03_USCC, U03_USCC), ("domain", "shenlanai.net", "shenlanai.net"),
       ("email", "service@shenlanai.net", "service@shenlanai.net")]
body = F("""<div id="kc"><h2>深蓝AI学院 · 人工智能训练师认证课程</h2>
<p>上海重点紧缺职业培训项目。课程三成理论、七成实操，配备真实标注项目。</p>
<p>适合人群：数据标注、AI产品运营、客服质检等岗位在职人员。</p>
<p>报考说明：五级需累计从事本职业或相关职业工作1年以上；四级、三级按国家职业技能标准逐级申报，不接受跨级。</p>
<p>证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn；如对机构资质有疑问，可拨打12333咨询。</p></div>
<div id="lx"><h2>联系我们</h2><p>课程顾问：{0}　QQ：{1}<br>邮箱：{4}<br>地址：上海市浦东新区张江路665号3楼</p></div>""", ids)
foot = F("深蓝智能科技（上海）有限公司　统一社会信用代码：{2}　© {3}　沪ICP备2022019356号", ids)
page(p, "schools/shenlan", school_frame(p, "深蓝AI学院", body, foot, "网站建设：起飞网络", "#0a2a4a"), True, "U03",
     "深蓝AI学院", ids, "U03 school site, relatively careful wording")

p = "/wenda/q-882377.html"
ids = [("qq", "3176024558", "Q:3176O24558"), ("wechat", "sl_ai_li", "sl_ai_li")]
answers = [("深蓝-李老师", "AI培训讲师", "2026-02-03",
            F("""有用，但别神化。它是职业技能等级证书，不是国家职业资格证书，能不能涨薪看你公司。上海这边是紧缺职业目录里的，可以申请补贴。我们机构三级考点在浦东，考前有两次模考。有问题可以问我，{0}（中间是字母O，防爬虫），微信 {1}。""", ids),
            [("路人甲", "考点电话多少？"), ("深蓝-李老师", "浦东考点 021-50278813，报名后统一安排")]),
           ("HR小王", "互联网公司HR", "2026-02-05", "我们招标注员不看这个证，看实际项目经验。", [])]
page(p, "wenda", wenda_frame(p, "人工智能训练师证书有用吗？考了能涨工资吗？", "在上海做数据标注，主管让考证。",
                             answers, [("/wenda/index.html", "更多问题"), ("/wenda/q-882145.html", "人工智能训练师四级报考条件是什么？")]),
     True, "U03", "深蓝-李老师", ids, "U03 Q&A answer; QQ with letter O dodge")

p = "/fenlei/px-5080412.html"
ids = [("phone", "+8615021867430", "15O-2186-743O"), ("wechat", "sl_ai_li", "SL_AI_LI"),
       ("uscc", U03_USCC, U03_USCC[:8] + " " + U03_USCC[8:])]
fields = [("类别", "职业技能培训"), ("区域", "上海 - 浦东 - 张江"), ("联系人", "李老师"),
          ("电话", F("{0}", ids)), ("微信", F("{1}", ids))]
desc = F("""<p>深蓝智能 人工智能训练师 五级/四级/三级 培训报名，上海户籍及持居住证人员可申请补贴。</p>
<p>考点：浦东考点（021-50278813），每月一期。</p><p>深蓝智能科技（上海）有限公司 信用代码 {2}</p>""", ids)
page(p, "fenlei", fenlei_frame(p, "上海人工智能训练师报名 五级四级三级 浦东考点", fields, desc,
                               [("/fenlei/index.html", "返回列表"), ("/fenlei/px-5071933.html", "杭州人工智能训练师培训")]),
     True, "U03", "深蓝智能", ids, "U03 classifieds; phone with letter O, spaced USCC, quotes assessment station")

p = "/portal/c-20260402.html"
ids = [("domain", "shenlanai.net", "shenlanai[.]net"), ("email", "service@shenlanai.net", "service(at)shenlanai.net"),
       ("phone", "+8615021867430", "tel:+86-150-2186-7430")]
body = F("""<h1>深蓝智能：人工智能训练师三级（高级工）认证班</h1>
<div class="info">发布机构：深蓝智能　浏览：981</div>
<p>本班面向已取得四级证书的学员，内容涵盖业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>费用：3680元（含教材、实操平台、模考），符合条件者可申领最高2000元技能提升补贴。</p>
<p>详情访问 {0}，或发邮件至 {1}。<a href="{2}">一键拨号</a></p>""", ids)
page(p, "portal", portal_frame(p, "深蓝智能 人工智能训练师三级认证班", [("/portal/list-ai.html", "考证资讯"), (None, "课程详情")], body, SIDE_P),
     True, "U03", "深蓝智能", ids, "U03 portal course page; bracketed domain, (at) email, tel link")

# ---------------- U04 启元 ----------------
p = "/schools/qiyuan/index.html"
ids = [("phone", "+8613326118905", "13326118905"), ("wechat", "qiyuan0571", "qiyuan0571"),
       ("email", "qiyuanedu@qq.com", "qiyuanedu@qq.com"), ("domain", "qiyuanpx.cn", "qiyuanpx.cn"),
       ("uscc", U04_USCC, U04_USCC)]
body = F("""<div id="kc"><h2>启元数字技能培训中心——人工智能训练师</h2>
<p>数字经济新职业，杭州市紧缺职业（工种）目录收录。本中心与省内多家备案评价机构合作，组织培训与认定考试。</p>
<p>考点：余杭区数字技能考点，考点咨询电话0571-86972210。</p>
<p>补贴政策请以浙江省人力资源和社会保障厅（rlsbt.zj.gov.cn）发布为准，也可拨打0571-12333咨询。</p></div>
<div id="lx"><h2>联系我们</h2><p>电话/微信：{0}（微信号 {1}）<br>邮箱：{2}</p></div>""", ids)
foot = F("启元数字技能培训中心　{3}　统一社会信用代码：{4}<br>联系电话：138-0000-0000　地址：XX省XX市XX区XX路XX号", ids)
page(p, "schools/qiyuan", school_frame(p, "启元数字技能培训中心", body, foot, "技术支持：云站宝 yunzhanbao.cn", "#16a085"),
     True, "U04", "启元数字技能培训中心", ids, "U04 school site built from template (placeholder footer left)")

p = "/notes/n-7a03b5e1.html"
ids = [("wechat", "qiyuan0571", "qiyuan 0571"), ("phone", "+8613326118905", "133 2611 8905")]
text = F("""<p>杭州的宝子看过来👀 人工智能训练师五月班还有5个名额！</p><p>✅ 周末上课不耽误上班　✅ 老师带实操　✅ 考点就在余杭（0571-86972210 可以自己打电话问考点）</p>
<p>私我或者加 {0}（连起来）📞 {1}</p>""", ids)
page(p, "notes", notes_frame(p, "杭州人工智能训练师五月班最后5个名额", "杭州考证小助手", "编辑于 2026-04-20 浙江　❤ 56　⭐ 31　💬 9", text,
                             ["人工智能训练师", "杭州考证", "技能补贴"], [("薯友2290", "多少钱"), ("杭州考证小助手", "已私信")],
                             [("/notes/index.html", "更多笔记")]),
     True, "U04", "杭州考证小助手", ids, "U04 note; spaced WeChat, quotes assessment station")

p = "/portal/c-20260415.html"
ids = [("email", "qiyuanedu@qq.com", "QiYuanEdu@QQ.com"), ("uscc", U04_USCC, U04_USCC.lower()),
       ("domain", "qiyuanpx.cn", "www.qiyuanpx.cn")]
body = F("""<h1>数技通教育：人工智能训练师四级（中级工）培训</h1><div class="info">发布机构：数技通教育　浏览：655</div>
<p>四级培训50课时，学费2580元，考前集训2天。考试地点：余杭区数字技能考点。</p>
<p>机构信息：统一社会信用代码 {1}　官网 {2}　邮箱 {0}</p>""", ids)
page(p, "portal", portal_frame(p, "数技通教育 人工智能训练师四级培训", [("/portal/list-ai.html", "考证资讯"), (None, "课程详情")], body, SIDE_P),
     True, "U04", "数技通教育", ids, "U04 portal listing; mixed-case email, lowercase USCC")

# ---------------- U05 王姐 (agent) ----------------
p = "/bbs/t-30455.html"
ids = [("phone", "+8617316295084", "173 1629 5084"), ("wechat", "wj_kaozheng", "wj_kaozheng")]
posts = [("考证小白", "新手上路", "2026-04-15 20:01", "人工智能训练师二级技师，我大专没经验能直接考吗？有人说交钱就能拿，真的假的"),
         ("王姐考证", "中级会员", "2026-04-15 20:33",
          F("可以走我们的渠道，二级三级都能安排，学历经验我们这边帮你弄，考试有老师带，不过不退费。价格私聊，电话 {0} 微信 {1}", ids)),
         ("老司机007", "高级会员", "2026-04-15 21:10", "二级要三级证加四年，楼上这种“帮你弄”的别信，出了事证书也查不到。"),
         ("lucky_mm", "新手上路", "2026-04-16 07:44", "那到底找谁啊，我v：lucky_mm1990 有正规渠道的说一声")]
page(p, "bbs", bbs_frame(p, "人工智能训练师二级没经验能直接考吗？", posts,
                         [("/bbs/index.html", "返回版块"), ("/bbs/complaint-31020.html", "【避雷】交了5800拿不到证")]),
     True, "U05", "王姐考证", ids, "U05 forum reply offering level 2 to beginner")

p = "/wenda/q-883019.html"
ids = [("wechat", "wj_kaozheng", "wj一kaozheng"), ("qq", "1550837216", "1550837216")]
answers = [("考证王姐", "资深考证顾问", "2026-03-11",
            F("三级证可以办，全程不用你操心，材料我们准备，考试线上，一个月左右出证，官网可查。有意向加微 {0}（一换成下划线）或扣 {1}。", ids), []),
           ("理性路人", "", "2026-03-12", "不用操心、材料帮准备的基本都是违规操作，建议去正规评价机构报名。", [])]
page(p, "wenda", wenda_frame(p, "人工智能训练师三级证怎么办理？多久出证？", "急用，单位评职用。", answers,
                             [("/wenda/index.html", "更多问题"), ("/wenda/help-ad.html", "如何识别广告回答")]),
     True, "U05", "考证王姐", ids, "U05 Q&A answer; WeChat with filter-dodge separator")

p = "/fenlei/px-5099207.html"
ids = [("phone", "+8617316295084", "17316295084"), ("qq", "1550837216", "QQ：155-0837-216"),
       ("other", "王丽娟", "王丽娟")]
fields = [("类别", "职业技能培训"), ("区域", "杭州 - 拱墅区"), ("联系人", "王女士"), ("电话", F("{0}", ids))]
desc = F("""<p>立信职业技能服务部：人工智能训练师、健康管理师、心理咨询师等证书报考咨询。</p>
<p>流程简单，无需脱产，包教材。{1}</p><p>转账请备注姓名，收款人：{2}</p>""", ids)
page(p, "fenlei", fenlei_frame(p, "人工智能训练师等证书报考咨询 流程简单无需脱产", fields, desc,
                               [("/fenlei/index.html", "返回列表"), ("/fenlei/help-safety.html", "防骗指南")]),
     True, "U05", "立信职业技能服务部", ids, "U05 classifieds; payee name")

# ---------------- U06 优职 ----------------
p = "/schools/youzhi/index.html"
ids = [("phone", "+8619927405613", "199-2740-5613"), ("wechat", "yz_chen66", "yz_chen66"),
       ("uscc", U06_USCC, U06_USCC), ("domain", "youzhijy.com", "www.youzhijy.com"),
       ("email", "chen@youzhijy.com", "chen@youzhijy.com")]
body = F("""<div id="kc"><h2>优职教育 · 人工智能训练师培训</h2>
<p>广东省技能提升补贴项目：五级1000元、四级1500元、三级2000元（以人社部门最终审核为准，广州地区紧缺工种可上浮）。</p>
<p>报考条件请参照国家职业技能标准，我们的顾问会先帮您做资格预审。咨询政策也可拨打12333。</p></div>
<div id="bm"><h2>预约试听</h2><form><input placeholder="姓名"><input placeholder="电话"></form><p>本页表单由 快表单(kuaibiaodan.com) 提供技术支持</p></div>
<div id="lx"><h2>联系我们</h2><p>陈老师：{0}　微信：{1}<br>邮箱：{4}　示例邮箱：example@domain.com</p></div>""", ids)
foot = F("广州优职人力资源服务有限公司　统一社会信用代码：{2}　{3}　粤ICP备2023041876号", ids)
page(p, "schools/youzhi", school_frame(p, "优职教育", body, foot, "", "#e67e22"), True, "U06", "优职教育", ids,
     "U06 school site; form-tool credit and placeholder email")

p = "/wenda/q-883250.html"
ids = [("wechat", "yz_chen66", "YZ_Chen66"), ("email", "chen@youzhijy.com", "chen＠youzhijy.com")]
answers = [("陈老师聊职场", "职业规划师", "2026-02-26",
            F("""广州补贴是先垫付后申领，拿证后在粤省事或者人社网上申请，审核一般1–2个月。注意要参保满一年。我们的学员在杭州考的也有，余杭考点（0571-86972210）和广州都能安排。需要补贴申领指南可以加 {0}，或者发邮件 {1} 索取。""", ids), []),
           ("广州打工人", "", "2026-02-27", "我领过四级的，1500到账了，确实要等挺久。", [])]
page(p, "wenda", wenda_frame(p, "广州考人工智能训练师补贴怎么领？", "四级，社保交了两年。", answers,
                             [("/wenda/index.html", "更多问题"), ("/wenda/q-882377.html", "证书有用吗")]),
     True, "U06", "陈老师聊职场", ids, "U06 Q&A answer; full-width at-sign, quotes assessment station")

p = "/portal/c-20260322.html"
ids = [("phone", "+8619927405613", "19927405613"), ("uscc", U06_USCC, U06_USCC), ("domain", "youzhijy.com", "YouZhiJY.com")]
body = F("""<h1>广州优职人力资源：人工智能训练师五级/四级 补贴班</h1><div class="info">发布机构：广州优职人力资源　浏览：1402</div>
<p>五级60课时、四级50课时，参保满一年可申领技能提升补贴。补贴政策以当地人社部门公布为准。</p>
<p>咨询电话：{0}　机构代码：{1}　官网：{2}</p>""", ids)
page(p, "portal", portal_frame(p, "广州优职 人工智能训练师补贴班", [("/portal/list-ai.html", "考证资讯"), (None, "课程详情")], body, SIDE_P),
     True, "U06", "广州优职人力资源", ids, "U06 portal listing")

# ---------------- U07 青橙 ----------------
p = "/bbs/t-30588.html"
ids = [("qq_group", "736518204", "736518204"), ("wechat", "qc_orange01", "qc_orange01"),
       ("email", "qingcheng_ai@163.com", "qingcheng_ai@163.com")]
posts = [("青橙AI训练营", "注册会员", "2026-05-06 10:00",
          F("""【转群公告】<br>青橙AI训练营 第12期 人工智能训练师（四级）开营通知<br>1. 开营时间：5月18日 19:30 线上直播<br>2. 本期学员请务必进QQ群：{0}，群文件有课表和实操账号<br>3. 未缴费同学请联系班主任橙子老师 微信 {1}<br>4. 发票、合同请发邮件至 {2}<br>——青橙数字人才 教务处""", ids)),
         ("路过的标注员", "注册会员", "2026-05-06 11:25", "这种群公告也能发论坛？版主删了吧。"),
         ("版主-阿木", "管理员", "2026-05-06 12:00", "已提醒，再发广告封号。")]
page(p, "bbs", bbs_frame(p, "【转】青橙AI训练营第12期开营通知", posts,
                         [("/bbs/index.html", "返回版块"), ("/bbs/t-30377.html", "三级考试经验分享")]),
     True, "U07", "青橙AI训练营", ids, "U07 group notice reposted on forum")

p = "/notes/n-8c55d0f2.html"
ids = [("wechat", "qc_orange01", "qc＿orange０１"), ("phone", "+8615867231094", "158 6723 1094")]
text = F("""<p>🍊 橙子老师带你0基础拿下人工智能训练师！</p><p>不懂编程也能学，学完就能接标注兼职，月入过万不是梦（仅代表部分学员）</p>
<p>原价2999，限时1299🔥</p><p>🔍 {0}　☎ {1}</p>""", ids)
page(p, "notes", notes_frame(p, "0基础拿下人工智能训练师，宝妈也能做的副业", "橙子老师", "编辑于 2026-05-02 江苏　❤ 402　⭐ 233　💬 41", text,
                             ["人工智能训练师", "副业", "宝妈"], [("小葵", "真的月入过万吗"), ("薯友3011", "又是割韭菜")],
                             [("/notes/index.html", "更多笔记")]),
     True, "U07", "橙子老师", ids, "U07 note; full-width digits/underscore in WeChat")

p = "/portal/c-20260509.html"
ids = [("qq_group", "736518204", "736 518 204"), ("phone", "+8615867231094", "15867231094"),
       ("email", "qingcheng_ai@163.com", "QINGCHENG_AI@163.COM")]
body = F("""<h1>青橙数字人才：人工智能训练师四级线上训练营</h1><div class="info">发布机构：青橙数字人才　课程编号：13520260301-B　浏览：530</div>
<p>8周直播课＋实操项目，结营后统一报名认定考试。学费1299元（限时）。</p>
<p>学员QQ群 {0}　课程顾问 {1}　邮箱 {2}</p>""", ids)
page(p, "portal", portal_frame(p, "青橙数字人才 人工智能训练师训练营", [("/portal/list-ai.html", "考证资讯"), (None, "课程详情")], body, SIDE_P),
     True, "U07", "青橙数字人才", ids, "U07 portal listing; uppercase email")

# ---------------- U08 华职 ----------------
p = "/schools/huazhi/index.html"
ids = [("phone", "+8613797461258", "137 9746 1258"), ("wechat", "hz13797461258", "hz13797461258"),
       ("uscc", U08_USCC, U08_USCC), ("domain", "huazhipx.com", "huazhipx.com"),
       ("email", "huazhi_px@sina.com", "huazhi_px@sina.com")]
body = F("""<div id="kc"><h2>华职技能培训 · 人工智能训练师（人社部颁发）</h2>
<p>国家认可，全国通用，入库可查！一次报名可同时取得四级、三级两本证书，适合评优、积分、求职加分。</p>
<p>学费：单证2800元，双证套餐4800元。</p></div>
<div id="lx"><h2>联系我们</h2><p>招生办：{0}　微信：{1}<br>邮箱：{4}<br>地址：武汉市武昌区中北路108号</p></div>""", ids)
foot = F("武汉华职教育科技有限公司 版权所有　统一社会信用代码：{2}　{3}<br>电话：138-0000-0000（模板示例）", ids)
page(p, "schools/huazhi", school_frame(p, "华职技能培训", body, foot, "技术支持：云站宝 yunzhanbao.cn", "#8e44ad"),
     True, "U08", "华职技能培训", ids, "U08 school site with misleading '人社部颁发' and two-level bundle")

p = "/fenlei/px-5102338.html"
ids = [("phone", "+8613797461258", "137-9746-1258"), ("wechat", "hz13797461258", "HZ13797461258")]
fields = [("类别", "职业技能培训"), ("区域", "武汉 - 武昌"), ("联系人", "刘老师"), ("电话", F("{0}", ids))]
desc = F("<p>华职人才服务：人工智能训练师 四级+三级 双证套餐 4800，入库可查。</p><p>微信：{1}（电话同号）</p>", ids)
page(p, "fenlei", fenlei_frame(p, "武汉人工智能训练师双证套餐 四级加三级", fields, desc,
                               [("/fenlei/index.html", "返回列表"), ("/fenlei/px-5099207.html", "证书报考咨询")]),
     True, "U08", "华职人才服务", ids, "U08 classifieds")

p = "/news/biz-0611.html"
ids = [("uscc", U08_USCC, U08_USCC), ("domain", "huazhipx.com", "www.HuaZhiPX.com"),
       ("email", "huazhi_px@sina.com", "huazhi_px(at)sina.com")]
body = F("""<p>【企业资讯】近年来，人工智能产业快速发展，数据标注等岗位人才缺口持续扩大。武汉华职教育科技有限公司（统一社会信用代码{0}）负责人表示，公司已累计培训人工智能训练师学员2000余名。</p>
<p>据介绍，该公司开设四级、三级课程，学员可在线报名，详询官网 {1} 或来信 {2}。</p>
<p class="ad">（本文为企业供稿，不代表本网观点）</p>""", ids)
page(p, "news", news_frame(p, "数字经济催生新职业 华职教育助力人工智能人才培养", "企业供稿", "2026-06-11 10:22", body,
                           [("/news/index.html", "更多新闻"), ("/news/warning-0318.html", "警惕山寨证书")], "企业资讯"),
     True, "U08", "武汉华职教育科技有限公司", ids, "U08 sponsored article on news site")

# ---------------- U09 码上 ----------------
p = "/wenda/q-883511.html"
ids = [("wechat", "mashang_ai", "mashang_ai"), ("qq", "2904371865", "二九零四三七一八六五")]
answers = [("码上AI", "AI数据标注培训", "2026-03-28",
            F("数据标注员属于人工智能训练师的工种之一，证书写的是人工智能训练师（数据标注员）。我们做标注接单+考证一体，学完可以内推项目。想了解的v {0}，扣 {1}。", ids),
            [("小鱼", "有资料的发我邮箱 xiaoyu_2019@qq.com 谢谢")])]
page(p, "wenda", wenda_frame(p, "数据标注员和人工智能训练师是一个证吗？", "", answers,
                             [("/wenda/index.html", "更多问题"), ("/wenda/q-882145.html", "四级报考条件")]),
     True, "U09", "码上AI", ids, "U09 Q&A answer; QQ in Chinese numerals; commenter email decoy")

p = "/notes/n-9e12f7a4.html"
ids = [("wechat", "mashang_ai", "Mashang_AI"), ("email", "mashangai@foxmail.com", "mashangai@foxmail.com")]
text = F("""<p>学姐亲测：在家做AI数据标注，一个月多赚3k＋</p><p>考了人工智能训练师证之后接单更容易，我们工作室带新人，考证+接单一条龙。</p>
<p>🐟 {0}　📮 {1}</p>""", ids)
page(p, "notes", notes_frame(p, "在家做AI数据标注，月入3k+（附考证路线）", "码上学姐", "编辑于 2026-04-02 湖南　❤ 2210　⭐ 1876　💬 190", text,
                             ["数据标注", "人工智能训练师", "兼职"], [("阿亮", "收费吗"), ("码上学姐", "考证收费，接单免费")],
                             [("/notes/index.html", "更多笔记")]),
     True, "U09", "码上学姐", ids, "U09 note")

p = "/fenlei/px-5110064.html"
ids = [("email", "mashangai@foxmail.com", "mashangai艾特foxmail.com"), ("phone", "+8618573140962", "185 7314 0962"),
       ("qq", "2904371865", "2904371865")]
fields = [("类别", "职业技能培训"), ("区域", "长沙 - 岳麓区"), ("联系人", "码上数标工作室"), ("电话", F("{1}", ids))]
desc = F("<p>码上数标工作室招学员：人工智能训练师（数据标注员）培训，结业推荐标注项目。</p><p>QQ {2}　邮箱 {0}</p>", ids)
page(p, "fenlei", fenlei_frame(p, "长沙AI数据标注培训 人工智能训练师考证", fields, desc,
                               [("/fenlei/index.html", "返回列表"), ("/fenlei/job-0422.html", "招聘数据标注员")]),
     True, "U09", "码上数标工作室", ids, "U09 classifieds; email with 艾特")

# ---------------- independents ----------------
p = "/schools/jincheng/index.html"
ids = [("phone", "+8618980723415", "189 8072 3415"), ("uscc", I01_USCC, I01_USCC)]
body = F("""<div id="kc"><h2>成都锦程职业培训学校 人工智能训练师</h2><p>民办职业培训学校，开设人工智能训练师五级、四级培训，考核由备案评价机构组织。</p></div>
<div id="lx"><h2>联系我们</h2><p>招生电话：{0}　邮箱：example@domain.com</p></div>""", ids)
foot = F("成都锦程职业培训学校　统一社会信用代码：{1}　地址：成都市锦江区东大街99号", ids)
page(p, "schools/jincheng", school_frame(p, "成都锦程职业培训学校", body, foot, "技术支持：云站宝 yunzhanbao.cn", "#2c3e50"),
     True, "I01", "成都锦程职业培训学校", ids, "I01 school site (52-prefix USCC)")

p = "/schools/boya/index.html"
ids = [("phone", "+8615251839607", "+86 15251839607"), ("domain", "boyaai.cn", "boyaai.cn"), ("email", "zhaosheng@boyaai.cn", "zhaosheng@boyaai.cn")]
body = F("""<div id="kc"><h2>博雅智能培训 人工智能训练师认证</h2><p>南京校区。证书可登录 zscx.osta.org.cn 查询。</p>
<form><input placeholder="手机号"></form><p>本页表单由 快表单(kuaibiaodan.com) 提供技术支持</p></div>
<div id="lx"><h2>联系我们</h2><p>{0}　{2}</p></div>""", ids)
page(p, "schools/boya", school_frame(p, "博雅智能培训", body, F("南京博雅智能培训 {1}　苏ICP备2024033121号", ids), "", "#27ae60"),
     True, "I02", "博雅智能培训", ids, "I02 school site")

p = "/bbs/t-30690.html"
ids = [("wechat", "zhou_ai_kz", "zhou_ai_kz"), ("phone", "+8613605718842", "136０５７１８８４２")]
posts = [("老周聊考证", "高级会员", "2026-05-20 09:12",
          F("自己在做人工智能训练师培训，五级四级都有班，不搞包过那一套，考不过免费重学一次。感兴趣的加我 {0}，电话 {1}。", ids)),
         ("lucky_mm", "新手上路", "2026-05-20 10:30", "周老师我v：lucky_mm1990 加你了")]
page(p, "bbs", bbs_frame(p, "做人工智能训练师培训的老周，答疑+招生", posts, [("/bbs/index.html", "返回版块")]),
     True, "I03", "老周聊考证", ids, "I03 forum self-promotion; mixed half/full-width phone")

p = "/notes/n-a1b2c3d4.html"
ids = [("wechat", "may_aikz", "may_aikz"), ("qq", "894512076", "Q 894512076")]
text = F("<p>人工智能训练师三级冲刺班开团啦～ 之前的姐妹都过了🥳</p><p>vx {0}　{1}</p>", ids)
page(p, "notes", notes_frame(p, "人工智能训练师三级冲刺班开团", "AI考证阿May", "编辑于 2026-05-11 广东　❤ 88　⭐ 45　💬 12", text,
                             ["人工智能训练师", "三级"], [("薯友7782", "求链接")], [("/notes/index.html", "更多笔记")]),
     True, "I04", "AI考证阿May", ids, "I04 note")

p = "/fenlei/px-5113370.html"
ids = [("phone", "+8615638920417", "156 3892 0417")]
fields = [("类别", "职业技能培训"), ("区域", "郑州 - 金水区"), ("联系人", "赵老师"), ("电话", F("{0}", ids))]
desc = "<p>郑州数标培训：人工智能训练师五级、四级小班授课，可开发票。</p>"
page(p, "fenlei", fenlei_frame(p, "郑州人工智能训练师五级四级小班", fields, desc, [("/fenlei/index.html", "返回列表")]),
     True, "I05", "郑州数标培训", ids, "I05 classifieds")

p = "/portal/c-20260520.html"
ids = [("phone", "+8613910587264", "139 1058 7264"), ("domain", "zhilanedu.com", "zhilanedu.com"), ("uscc", I06_USCC, I06_USCC)]
body = F("""<h1>北京智澜教育：人工智能训练师五级至三级培训</h1><div class="info">发布机构：北京智澜教育　浏览：322</div>
<p>海淀校区，周末班。咨询 {0}，官网 {1}，统一社会信用代码 {2}。</p>""", ids)
page(p, "portal", portal_frame(p, "北京智澜教育 人工智能训练师培训", [("/portal/list-ai.html", "考证资讯"), (None, "课程详情")], body, SIDE_P),
     True, "I06", "北京智澜教育", ids, "I06 portal listing")

# ================================================================= NON-OFFER PAGES
def nonoffer(path, site, html, note, ids=()):
    page(path, site, html, False, None, None, list(ids), note)


# news
p = "/news/warning-0318.html"
body = """<p>本报讯 近日，市民周女士向本报反映，她在网上看到“人工智能训练师证书包过、人社部颁发”的广告，按对方要求转账5800元后，对方再无音讯。周女士提供的对方联系方式为177 0571 6324。</p>
<p>记者了解到，人社部2022年起开展技术技能类“山寨证书”专项治理，“包过”“不培训直接发证”均属整治对象。人工智能训练师证书属于职业技能等级证书，由备案的评价机构颁发，可在技能人才评价工作网 osta.mohrss.gov.cn 等官方渠道查询。</p>
<p>市场监管部门提醒，遇到虚假宣传可拨打12315投诉，咨询职业技能政策可拨打12333。</p>"""
nonoffer(p, "news", news_frame(p, "“包过”“人社部颁发”？警惕人工智能训练师山寨证书", "江南都市网记者", "2026-03-18 08:30", body,
                               [("/news/index.html", "更多新闻"), ("/news/policy-explain.html", "证书政策解读")]),
         "news warning quoting a scammer's phone; hotlines")

p = "/news/policy-explain.html"
body = """<p>人工智能训练师（4-04-05-05）是2020年人社部等三部门发布的新职业，设五个等级。2019年技能人才评价制度改革后，该类证书为职业技能等级证书，由经人社部门备案的用人单位或社会培训评价组织颁发，政府部门不参与监制。</p>
<p>证书编号为22位，例如 S000033010002251000368（示例）。持证人可在 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询，浙江考生也可关注浙江省人力资源和社会保障厅网站 rlsbt.zj.gov.cn。</p>
<p>技能提升补贴：五级最高1000元、四级1500元、三级2000元，需参保满一年。咨询电话：全国12333，杭州0571-12333。</p>"""
nonoffer(p, "news", news_frame(p, "人工智能训练师证书到底是什么证？一文读懂", "江南都市网", "2026-01-08 15:00", body,
                               [("/news/index.html", "更多新闻"), ("/news/warning-0318.html", "警惕山寨证书")]),
         "policy explainer only")

p = "/news/stat-0125.html"
body = """<p>据新华社报道，2025年上海人工智能训练师职业技能等级认定1.63万人次，发证1.09万本。该职业已列入上海急需紧缺高技能人才职业目录。</p>
<p>业内人士提醒，考生报名前应在技能人才评价工作网核实评价机构备案情况。</p>"""
nonoffer(p, "news", news_frame(p, "去年上海人工智能训练师发证超万本", "新华社", "2026-01-25 11:05", body,
                               [("/news/index.html", "更多新闻"), ("/news/policy-explain.html", "政策解读")], "科技"),
         "news statistics")

p = "/news/index.html"
items = [("/news/warning-0318.html", "“包过”“人社部颁发”？警惕人工智能训练师山寨证书"), ("/news/policy-explain.html", "人工智能训练师证书到底是什么证？"),
         ("/news/stat-0125.html", "去年上海人工智能训练师发证超万本"), ("/news/biz-0611.html", "数字经济催生新职业 华职教育助力人工智能人才培养")]
body = "<ul class=\"list\">" + "".join(f'<li><a href="{rel(p, a)}">{t}</a></li>' for a, t in items) + "</ul>"
nonoffer(p, "news", news_frame(p, "教育频道", "江南都市网", "", body, [("/index.html", "职教在线")]), "news channel list")

# bbs
p = "/bbs/complaint-31020.html"
posts = [("被坑的阿琴", "注册会员", "2026-03-10 22:18", "【避雷】论坛里有人说人工智能训练师三级包过，交了5800，订单编号：15820240611，之后就拉黑了。对方号码17705716324，大家小心！已经打了12315。"),
         ("老司机007", "高级会员", "2026-03-10 23:02", "三级包过这种一听就不对，证书去zscx查不到的都是假的。"),
         ("被坑的阿琴", "注册会员", "2026-03-11 08:40", "补充截图：订单编号：15820240611，付款页面写的是某某教育。")]
nonoffer(p, "bbs", bbs_frame(p, "【避雷】交了5800拿不到人工智能训练师证", posts,
                             [("/bbs/index.html", "返回版块"), ("/bbs/t-30377.html", "考试经验分享")]),
         "complaint thread quoting scammer phone and order number")

p = "/bbs/t-30377.html"
posts = [("被坑的阿琴", "注册会员", "2026-05-30 20:00", "上次被骗之后（订单编号：15820240611 那次）老老实实在正规评价机构报了四级，刚拿到证，编号格式和 S000033010002251000368 这种一样，22位，官网能查到。理论考试60分及格，实操是标注任务，不难。"),
         ("打工人小陈", "注册会员", "2026-05-30 21:12", "恭喜！我也在准备。")]
nonoffer(p, "bbs", bbs_frame(p, "人工智能训练师四级考试经验分享（附避坑）", posts, [("/bbs/index.html", "返回版块")]),
         "learner experience post")

p = "/bbs/index.html"
items = [("/bbs/t-30211.html", "杭州哪里可以考人工智能训练师证？"), ("/bbs/t-30402.html", "宁波企业团报人工智能训练师培训求推荐"),
         ("/bbs/t-30455.html", "人工智能训练师二级没经验能直接考吗？"), ("/bbs/t-30588.html", "【转】青橙AI训练营第12期开营通知"),
         ("/bbs/t-30690.html", "做人工智能训练师培训的老周，答疑+招生"), ("/bbs/complaint-31020.html", "【避雷】交了5800拿不到人工智能训练师证"),
         ("/bbs/t-30377.html", "人工智能训练师四级考试经验分享（附避坑）")]
html = bbs_frame(p, "版块：人工智能训练师", [("版主-阿木", "管理员", "2026-01-01 00:00",
                 "本版块讨论人工智能训练师考证、学习经验。<ul>" + "".join(f'<li><a href="{rel(p, a)}">{t}</a></li>' for a, t in items) + "</ul>")],
                 [("/index.html", "职教在线首页")])
nonoffer(p, "bbs", html, "forum board index")

# wenda
p = "/wenda/help-ad.html"
answers = [("知多多官方", "官方账号", "2025-12-01", "答案中出现“包过”“加微”“内部渠道”等内容的，可能为营销广告，请点击举报。遇到诈骗请拨打12315或报警。", [])]
nonoffer(p, "wenda", wenda_frame(p, "帮助中心：如何识别广告回答？", "", answers, [("/wenda/index.html", "问答首页")]), "Q&A site help page")

p = "/wenda/index.html"
items = [("/wenda/q-882145.html", "人工智能训练师四级报考条件是什么？"), ("/wenda/q-882377.html", "人工智能训练师证书有用吗？"),
         ("/wenda/q-883019.html", "人工智能训练师三级证怎么办理？"), ("/wenda/q-883250.html", "广州考人工智能训练师补贴怎么领？"),
         ("/wenda/q-883511.html", "数据标注员和人工智能训练师是一个证吗？"), ("/wenda/help-ad.html", "帮助中心：如何识别广告回答")]
answers = [("话题：人工智能训练师", "", "", "<ul>" + "".join(f'<li><a href="{rel(p, a)}">{t}</a></li>' for a, t in items) + "</ul>", [])]
nonoffer(p, "wenda", wenda_frame(p, "人工智能训练师 话题", "", answers, [("/index.html", "职教在线")]), "Q&A topic index")

# notes
p = "/notes/index.html"
items = [("/notes/n-64f1a2c9.html", "AI训练师四级证到手！"), ("/notes/n-7a03b5e1.html", "杭州五月班最后5个名额"),
         ("/notes/n-8c55d0f2.html", "0基础拿下人工智能训练师"), ("/notes/n-9e12f7a4.html", "在家做AI数据标注"),
         ("/notes/n-a1b2c3d4.html", "三级冲刺班开团")]
text = "<ul>" + "".join(f'<li><a href="{rel(p, a)}">{t}</a></li>' for a, t in items) + "</ul>"
nonoffer(p, "notes", notes_frame(p, "搜索：人工智能训练师", "发现", "", text, ["人工智能训练师"], [], [("/index.html", "职教在线")]), "notes search feed")

# fenlei
p = "/fenlei/job-0422.html"
jids = [("phone", "+8657188213456", "0571-88213456"), ("uscc", JOB_USCC, JOB_USCC)]
fields = [("职位", "数据标注员（实习/全职）"), ("薪资", "4500-7000元/月"), ("公司", "杭州标数科技有限公司"), ("电话", "0571-88213456")]
desc = F("<p>岗位职责：图像、文本数据标注与质检。有人工智能训练师证书者优先，无证书可入职后培训。</p><p>公司统一社会信用代码：{1}。本公司不收取任何培训费、押金。</p>", jids)
nonoffer(p, "fenlei", fenlei_frame(p, "招聘数据标注员 双休五险", fields, desc, [("/fenlei/index.html", "返回列表")]), "job ad (employer, not an offer)", jids)

p = "/fenlei/help-safety.html"
desc = "<p>1. 不要相信“包过”“免考拿证”。2. 证书真伪请到官方网站查询。3. 平台客服不会私下要求转账。</p>"
nonoffer(p, "fenlei", fenlei_frame(p, "防骗指南：职业培训类信息", [("栏目", "帮助中心")], desc, [("/fenlei/index.html", "返回列表")]), "classifieds help page")

p = "/fenlei/index.html"
items = [("/fenlei/px-5071933.html", "杭州人工智能训练师培训 四级三级周末班"), ("/fenlei/px-5080412.html", "上海人工智能训练师报名"),
         ("/fenlei/px-5099207.html", "人工智能训练师等证书报考咨询"), ("/fenlei/px-5102338.html", "武汉人工智能训练师双证套餐"),
         ("/fenlei/px-5110064.html", "长沙AI数据标注培训"), ("/fenlei/px-5113370.html", "郑州人工智能训练师五级四级小班"),
         ("/fenlei/job-0422.html", "招聘数据标注员"), ("/fenlei/help-safety.html", "防骗指南")]
desc = "<ul>" + "".join(f'<li><a href="{rel(p, a)}">{t}</a></li>' for a, t in items) + "</ul>"
nonoffer(p, "fenlei", fenlei_frame(p, "职业技能培训 信息列表", [("筛选", "全部地区")], desc, [("/index.html", "职教在线")]), "classifieds list")

# portal
p = "/portal/c-health-0312.html"
oids = [("phone", "+8613777825610", "137 7782 5610")]
body = F("<h1>健康管理师（三级）培训班招生</h1><div class=\"info\">发布机构：康源培训　浏览：870</div><p>卫生健康行业热门证书，线上学习。咨询 {0}</p>", oids)
nonoffer(p, "portal", portal_frame(p, "健康管理师培训", [("/portal/list-ai.html", "考证资讯"), (None, "课程详情")], body, SIDE_P),
         "another occupation's course (not AI trainer)", oids)

p = "/portal/list-ai.html"
items = [("/portal/c-20260311.html", "甬上智学 人工智能训练师春季班"), ("/portal/c-20260402.html", "深蓝智能 三级认证班"),
         ("/portal/c-20260415.html", "数技通教育 四级培训"), ("/portal/c-20260322.html", "广州优职 补贴班"),
         ("/portal/c-20260509.html", "青橙数字人才 训练营"), ("/portal/c-20260520.html", "北京智澜教育 培训"),
         ("/portal/c-health-0312.html", "健康管理师（三级）培训班"), ("/news/policy-explain.html", "政策解读")]
body = "<h1>人工智能训练师 课程与资讯</h1><p class=\"info\">热门课程编号：13520260301</p><ul>" + "".join(f'<li><a href="{rel(p, a)}">{t}</a></li>' for a, t in items) + "</ul>"
nonoffer(p, "portal", portal_frame(p, "人工智能训练师考证资讯", [(None, "考证资讯")], body, SIDE_P), "portal channel list")

p = "/schools/index.html"
items = [("/schools/zhixun/index.html", "智训未来教育（杭州）"), ("/schools/hongtu/index.html", "鸿途职业培训（宁波）"),
         ("/schools/shenlan/index.html", "深蓝AI学院（上海）"), ("/schools/qiyuan/index.html", "启元数字技能培训中心（杭州）"),
         ("/schools/youzhi/index.html", "优职教育（广州）"), ("/schools/huazhi/index.html", "华职技能培训（武汉）"),
         ("/schools/jincheng/index.html", "成都锦程职业培训学校"), ("/schools/boya/index.html", "博雅智能培训（南京）")]
body = "<h1>培训机构库</h1><p>以下机构信息由机构自行提交，本站未核验其评价机构备案情况。</p><ul>" + "".join(f'<li><a href="{rel(p, a)}">{t}</a></li>' for a, t in items) + "</ul>"
nonoffer(p, "portal", portal_frame(p, "培训机构库", [(None, "培训机构库")], body, SIDE_P), "portal school directory")

p = "/index.html"
items = [("/portal/list-ai.html", "考证资讯"), ("/schools/index.html", "培训机构库"), ("/bbs/index.html", "人才圈论坛"),
         ("/wenda/index.html", "知多多问答"), ("/notes/index.html", "薯条笔记"), ("/fenlei/index.html", "城市通分类信息"),
         ("/news/index.html", "江南都市网 教育")]
body = ("<h1>职教在线 · 人工智能训练师专题</h1><p>汇集课程、机构、问答与新闻。</p><ul>" +
        "".join(f'<li><a href="{rel(p, a)}">{t}</a></li>' for a, t in items) + "</ul>")
nonoffer(p, "portal", portal_frame(p, "首页", [], body, SIDE_P), "portal home / entry page")

# ================================================================= DECOYS
SEL = lambda site: [q["path"] for q in PAGES if q["site"] == site]
SCH = lambda *s: [f"/schools/{x}/index.html" for x in s]
DECOYS = [
    ("public_hotline", "12333", ["12333"], ["/news/warning-0318.html", "/news/policy-explain.html", "/schools/shenlan/index.html", "/schools/youzhi/index.html"], "national 人社 hotline"),
    ("public_hotline", "12315", ["12315"], SEL("fenlei") + ["/news/warning-0318.html", "/bbs/complaint-31020.html", "/wenda/help-ad.html"], "market-regulation complaint hotline"),
    ("public_hotline", "+8657112333", ["0571-12333"], ["/news/policy-explain.html", "/schools/qiyuan/index.html"], "Hangzhou 12333 with area code"),
    ("official_domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], ["/news/policy-explain.html", "/schools/zhixun/index.html", "/schools/shenlan/index.html", "/schools/boya/index.html"], "official certificate query"),
    ("official_domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], ["/news/warning-0318.html", "/news/policy-explain.html"], "技能人才评价工作网"),
    ("official_domain", "rlsbt.zj.gov.cn", ["rlsbt.zj.gov.cn"], ["/news/policy-explain.html", "/schools/qiyuan/index.html"], "Zhejiang 人社厅"),
    ("platform_phone", "4006067788", ["400-606-7788"], SEL("bbs"), "forum customer service in frame"),
    ("platform_email", "jubao@rencaiquan.com", ["jubao@rencaiquan.com"], SEL("bbs"), "forum report mailbox"),
    ("platform_domain", "bbs.rencaiquan.com", ["bbs.rencaiquan.com"], SEL("bbs"), "forum domain"),
    ("platform_qq_group", "563210987", ["563210987"], SEL("wenda"), "Q&A site's official user QQ group"),
    ("platform_email", "feedback@shutiao.net", ["feedback@shutiao.net"], SEL("notes"), "notes app report mailbox"),
    ("platform_phone", "4008203355", ["400-820-3355"], SEL("fenlei"), "classifieds customer service"),
    ("platform_uscc", FENLEI_USCC, [FENLEI_USCC], SEL("fenlei"), "classifieds operator's own USCC in frame"),
    ("platform_phone", "4006159900", ["400-615-9900"], SEL("portal"), "portal hotline in frame"),
    ("platform_email", "kefu@zhijiao365.com", ["kefu@zhijiao365.com"], SEL("portal"), "portal mailbox"),
    ("platform_licence", "京ICP备17043215号-2", ["京ICP备17043215号-2"], SEL("portal"), "portal ICP licence"),
    ("platform_phone", "+8657185100110", ["0571-85100110"], SEL("news"), "news site hotline"),
    ("site_builder", "yunzhanbao.cn", ["技术支持：云站宝 yunzhanbao.cn"], SCH("zhixun", "qiyuan", "huazhi", "jincheng"), "site-builder credit"),
    ("form_tool", "kuaibiaodan.com", ["快表单(kuaibiaodan.com)"], SCH("hongtu", "youzhi", "boya"), "form-tool credit"),
    ("placeholder", "+8613800000000", ["138-0000-0000"], SCH("qiyuan", "huazhi"), "template placeholder phone"),
    ("placeholder", "example@domain.com", ["example@domain.com"], SCH("youzhi", "jincheng"), "template placeholder email"),
    ("scammer_quoted", "+8617705716324", [], ["/news/warning-0318.html", "/bbs/complaint-31020.html"], "scammer phone quoted in news and complaint"),
    ("order_number", "15820240611", ["订单编号：15820240611"], ["/bbs/complaint-31020.html", "/bbs/t-30377.html"], "order number that looks like a mobile"),
    ("course_number", "13520260301", ["13520260301"], ["/portal/list-ai.html", "/portal/c-20260311.html", "/portal/c-20260509.html"], "course number that looks like a mobile"),
    ("certificate_number", "S000033010002251000368", ["S000033010002251000368"], ["/news/policy-explain.html", "/bbs/t-30377.html"], "example certificate number"),
    ("assessment_station", "+8657186972210", ["0571-86972210"], ["/schools/qiyuan/index.html", "/notes/n-7a03b5e1.html", "/wenda/q-883250.html"], "assessment station quoted by U04 and U06"),
    ("assessment_station", "+862150278813", ["021-50278813"], ["/wenda/q-882377.html", "/fenlei/px-5080412.html"], "Pudong assessment station quoted by U03 pages"),
    ("commenter_contact", "lucky_mm1990", ["lucky_mm1990"], ["/bbs/t-30211.html", "/bbs/t-30402.html", "/bbs/t-30455.html", "/bbs/t-30690.html"], "commenter's own WeChat on several sellers' threads"),
    ("commenter_contact", "xiaoyu_2019@qq.com", ["xiaoyu_2019@qq.com"], ["/wenda/q-882145.html", "/wenda/q-883511.html"], "commenter's email under two sellers' answers"),
]
# scammer number is written differently on its two pages
SCAM_W = {"/news/warning-0318.html": "177 0571 6324", "/bbs/complaint-31020.html": "17705716324"}

OPS = {
    "U01": ("智训未来教育 / 西湖数智学堂 / 张老师-AI考证", "phone +8613958012746, wechat zx_ai2023, qq 2385610447, domain zhixunai.cn, USCC"),
    "U02": ("鸿途职业培训 / AI考证小鹿姐 / 甬上智学", "phone +8618667093521, wechat xiaolu_ht, email hongtu_px@126.com, QQ group 819263047, domain"),
    "U03": ("深蓝AI学院 / 深蓝智能 / 深蓝-李老师", "phone +8615021867430, qq 3176024558, wechat sl_ai_li, USCC, domain/email"),
    "U04": ("启元数字技能培训中心 / 杭州考证小助手 / 数技通教育", "phone +8613326118905, wechat qiyuan0571, email, USCC, domain"),
    "U05": ("王姐考证 / 考证王姐 / 立信职业技能服务部", "phone +8617316295084, wechat wj_kaozheng, qq 1550837216"),
    "U06": ("优职教育 / 陈老师聊职场 / 广州优职人力资源", "phone +8619927405613, wechat yz_chen66, email, USCC, domain"),
    "U07": ("青橙AI训练营 / 橙子老师 / 青橙数字人才", "QQ group 736518204, wechat qc_orange01, email, phone +8615867231094"),
    "U08": ("华职技能培训 / 华职人才服务 / 武汉华职教育科技有限公司", "phone +8613797461258, wechat hz13797461258, USCC, domain, email"),
    "U09": ("码上AI / 码上学姐 / 码上数标工作室", "wechat mashang_ai, qq 2904371865, email mashangai@foxmail.com"),
}


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for q in PAGES:
        fp = os.path.join(SITE, q["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(q["html"])
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    operators = {}
    for op, (brands, ties) in OPS.items():
        bl = []
        for q in PAGES:
            if q["operator"] == op and q["provider"] not in bl:
                bl.append(q["provider"])
        operators[op] = {"brands": bl, "ties": ties}
    decoys = []
    for kind, val, written, paths, note in DECOYS:
        d = {"kind": kind, "value": val, "written": written, "paths": paths, "note": note}
        if kind == "scammer_quoted":
            d["written"] = sorted(set(SCAM_W.values()))
            d["written_by_path"] = SCAM_W
        decoys.append(d)
    truth = {"description": "12bc: ordinary search-facing web (portal, school sites, forum, Q&A, notes, classifieds, news) for AI-trainer certificate ads; 9 multi-page and 6 single-page operators",
             "pages": [{k: q[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")} for q in PAGES],
             "operators": operators, "decoys": decoys}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(PAGES)} pages")


if __name__ == "__main__":
    main()
