#!/usr/bin/env python3
"""Writes site/ and truth.json for the sealed web operators-2026-12y (stdlib only)."""
import json, os, posixpath, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(body):
    s = sum(int(c) * w for c, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(prefix, body):
    x = prefix + body + _org_check(body)
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(x, WTS)) % 31
    return x + ALPHA[0 if r == 31 else r]


U_QIHENG = uscc("91440106", "73528164")
U_XINGTU = uscc("91440300", "68312957")
U_ZJZP = uscc("91330106", "59720483")
U_RONGXUN = uscc("91510107", "80461235")
U_HSZR = uscc("91110108", "57930126")
U_SHENPEI = uscc("91310115", "64208571")
U_QINZHI = uscc("91610131", "48259617")
U_LINGXI = uscc("91440604", "26083194")
U_MARKET = uscc("91330108", "70415328")   # the marketplace platform itself (decoy)

PAGES = []   # dicts for truth
HTML = {}    # path -> html


def rel(frm, to):
    return posixpath.relpath(to, posixpath.dirname(frm) or ".")


def add(path, title, body, *, style, is_offer=False, op=None, provider=None,
        ids=(), note="", head_css=""):
    css = STYLES[style]
    html = (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title}</title>\n<style>{css}{head_css}</style>\n</head>\n<body>\n"
        f"{body}\n</body>\n</html>\n"
    )
    HTML[path] = html
    PAGES.append({"path": "/" + path, "is_offer": is_offer, "operator": op,
                  "provider": provider, "identifiers": [list(i) for i in ids],
                  "note": note})


STYLES = {
    "portal": "body{font-family:sans-serif;margin:0 auto;max-width:960px}nav a{margin-right:1em}.grid{display:flex;flex-wrap:wrap}.grid div{width:30%;margin:1%}",
    "market": "body{font-family:'PingFang SC',sans-serif;background:#f5f5f5}.hd{background:#ff5000;color:#fff;padding:8px}.price{color:#ff5000;font-size:24px}.ft{font-size:12px;color:#888;border-top:1px solid #ddd;margin-top:30px}",
    "forum": "body{font-family:SimSun,serif;font-size:13px}table.post{width:100%;border:1px solid #c2d5e3;margin-bottom:6px}td.au{width:160px;background:#e5edf2;vertical-align:top}.sig{color:#999;border-top:1px dashed #ccc}",
    "classi": "body{font-family:sans-serif;font-size:14px}.tip{background:#fff8d6;border:1px solid #f0c36d;padding:4px}dl dt{font-weight:bold;float:left;width:6em}dl dd{margin-left:7em}",
    "qa": "body{font-family:sans-serif;max-width:700px;margin:auto}.q{font-size:20px;font-weight:bold}.ans{border-bottom:1px solid #eee;padding:12px 0}.meta{color:#8590a6;font-size:12px}",
    "weibo": "body{background:#eaeef2;font-family:sans-serif}.card{background:#fff;border-radius:6px;margin:10px auto;max-width:600px;padding:14px}.txt{white-space:pre-line}",
    "notes": "body{font-family:sans-serif;max-width:480px;margin:auto;background:#fffaf5}.tags a{color:#13386c}.txt{white-space:pre-line;line-height:1.7}",
    "video": "body{background:#111;color:#eee;font-family:sans-serif;max-width:420px;margin:auto}.cap{white-space:pre-line}.cm{font-size:13px;color:#bbb}",
    "wechat": "body{font-family:-apple-system,sans-serif;max-width:640px;margin:auto;color:#333}h1{font-size:22px}.acct{color:#576b95}p{line-height:1.75}",
    "lp": "body{margin:0;font-family:sans-serif}.hero{background:linear-gradient(#1a4dd8,#0a2a8a);color:#fff;padding:40px;text-align:center}.box{display:inline-block;width:28%;margin:1%;vertical-align:top;border:1px solid #ddd;padding:8px}",
    "mini": "body{max-width:375px;margin:auto;font-family:sans-serif;font-size:14px}.bar{background:#07c160;color:#fff;padding:6px}.btn{display:block;background:#07c160;color:#fff;text-align:center;padding:10px;margin:8px 0}",
    "form": "body{font-family:sans-serif;max-width:560px;margin:auto}label{display:block;margin-top:8px}input,select{width:100%}",
    "group": "body{font-family:sans-serif;background:#ededed;max-width:520px;margin:auto}.msg{background:#fff;margin:6px;padding:6px;border-radius:4px}.who{color:#576b95;font-size:12px}",
    "corp": "body{font-family:'Microsoft YaHei',sans-serif;margin:0}header{background:#123;color:#fff;padding:10px 30px}main{padding:10px 30px}footer{background:#eee;font-size:12px;padding:10px 30px;color:#555}",
    "job": "body{font-family:sans-serif;max-width:800px;margin:auto}.salary{color:#fe574a;font-size:20px}ul.req li{margin:2px 0}.co{border:1px solid #eee;padding:8px}",
    "news": "body{font-family:serif;max-width:760px;margin:auto}.src{color:#777;font-size:12px}p{text-indent:2em;line-height:1.8}",
    "gov": "body{font-family:SimSun,serif;max-width:900px;margin:auto}.hd{background:#b40000;color:#fff;padding:10px}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}",
}

# ---------------------------------------------------------------- shared chrome (decoys live here)
MARKET_FT = (f"<div class=\"ft\">学技淘 xuejitao.com · 知识技能服务交易平台 | 平台客服热线 400-821-7765（9:00-21:00）"
             f"<br>浙江学技淘网络科技有限公司 统一社会信用代码 {U_MARKET} | 平台仅提供信息展示与担保交易，"
             "课程内容由入驻店铺负责</div>")
FORUM_FT = ("<div class=\"sig\">江湖考证论坛 © 2013-2026 · 站务QQ群 611203447（只处理版务，不接广告） · "
            "<a href=\"index.html\">返回版块</a></div>")
CLASSI_FT = ("<div class=\"tip\">百事通分类信息网 安全提示：凡是要求先交“报名费”“保证金”的信息请谨慎，"
             "发现虚假信息请联系网站客服 400-690-1180 举报。</div>")
QA_FT = "<p class=\"meta\">知问 zhiwen · 违法和不良信息举报电话：010-8256 3310 · 回答仅代表答主个人观点</p>"
WB_FT = "<p style=\"font-size:12px;color:#999\">微言 · 不良信息举报邮箱 jubao@weiyan.cn</p>"
VIDEO_FT = "<p class=\"cm\">快映短视频 · 官方客服 4001-866-520 · 视频内容由创作者上传</p>"
BUILDER = "<span>技术支持：云帆建站 yunfanjz.com 服务热线 400-833-1927</span>"
ASSESS = "南粤数智职业技能等级认定中心（咨询 020-3862 7105）"
CERT_SAMPLE = "S000044010012253000317"
COURSE_NO = "13920250417"


def back(path, to="index.html", text="返回首页"):
    return f"<a href=\"{rel(path, to)}\">{text}</a>"


# ================================================================= OFFER PAGES
# ---------------- U01 广州启衡教育咨询有限公司 (启衡职培 / 智训学堂)
p = "sites/qiheng/index.html"
add(p, "启衡职培 | 人工智能训练师职业技能等级认定培训", f"""
<header><h1>启衡职培</h1><span>广州启衡教育咨询有限公司 · www.qhzhipei.cn</span></header>
<main>
<img src="banner.jpg" alt="启衡职培 人工智能训练师 四级/三级 培训班 火热招生">
<h2>人工智能训练师（4-04-05-05）培训课程</h2>
<table border="1" cellpadding="4">
<tr><th>等级</th><th>课时</th><th>学费</th><th>备注</th></tr>
<tr><td>五级/初级工</td><td>60课时</td><td>¥2,380</td><td>需满足1年相关工作经历</td></tr>
<tr><td>四级/中级工</td><td>50课时</td><td>¥3,980</td><td>可申领技能提升补贴（以人社部门审核为准）</td></tr>
<tr><td>三级/高级工</td><td>40课时</td><td>¥4,680</td><td>理论+实操，统一参加认定</td></tr>
</table>
<p>认定考试由{ASSESS}组织，证书可在 zscx.osta.org.cn 查询。我们不承诺包过，按标准备考。</p>
<p>咨询电话：<a href="tel:13826114075">138-2611-4075</a>（林老师）</p>
<p><a href="blog-sanji.html">三级报考经验分享 &raquo;</a></p>
</main>
<footer>广州启衡教育咨询有限公司 统一社会信用代码：{U_QIHENG}<br>地址：广州市天河区棠下华景路17号3楼 | {BUILDER}<br>{back(p)}</footer>
""", style="corp", is_offer=True, op="U01", provider="启衡职培",
    ids=[("uscc", U_QIHENG, U_QIHENG), ("domain", "qhzhipei.cn", "www.qhzhipei.cn"),
         ("phone", "+8613826114075", "138-2611-4075")],
    note="company site home; honest-ish price table; assessment centre number quoted (decoy)")

p = "sites/qiheng/blog-sanji.html"
add(p, "三级人工智能训练师怎么报？学员真实经验 - 启衡职培博客", f"""
<header><h1>启衡职培 · 学习日志</h1></header>
<main>
<article>
<h2>三级人工智能训练师怎么报？一位标注组长的备考经历</h2>
<p class="date">2026-03-02 · 分类：学员故事</p>
<p>小周在一家数据标注公司干了五年，去年拿了四级，今年在我们这报了三级。她说最难的是“智能训练”和“培训与指导”两章，
实操要自己设计标注规范……</p>
<p>广东的同学注意：技能提升补贴政策以 hrss.gd.gov.cn 公布的为准，我们只能帮你准备材料，不能保证一定批。</p>
<p>想了解三级班开班时间，可以加课程顾问微信：qiheng_ai2026，或者访问官网 www.qhzhipei.cn 留言。</p>
</article>
<p><a href="index.html">&laquo; 返回启衡职培首页</a></p>
</main>
<footer>© 启衡职培 qhzhipei.cn</footer>
""", style="corp", is_offer=True, op="U01", provider="启衡职培",
    ids=[("domain", "qhzhipei.cn", "www.qhzhipei.cn"), ("wechat", "qiheng_ai2026", "qiheng_ai2026")],
    note="company blog post that sells the level-3 class")

p = "market/item-3021.html"
add(p, "【智训学堂】AI训练师证 四级 中级 包报名 网课+实操-学技淘", f"""
<div class="hd">学技淘 · 智训学堂的小店</div>
<h1>【智训学堂】AI训练师证 四级中级 网课+实操 统一认定</h1>
<div class="price">¥ 3980.00 <s>¥5800</s></div>
<p>月销 126 | 支持分期：3期免息，每期 1326.67 元</p>
<h3>宝贝详情</h3>
<ul>
<li>人工智能训练师（数据标注员方向）四级/中级工</li>
<li>零基础也能学，录播课+每周两次直播答疑</li>
<li>拍下后请联系客服，V信 qiheng_ai2026，或者QQ 2875301146 发订单截图领资料</li>
</ul>
<p>温馨提示：报名须满足申报条件，不符合条件的全额退款。</p>
{MARKET_FT}
<p>{back(p, "market/index.html", "返回店铺列表")}</p>
""", style="market", is_offer=True, op="U01", provider="智训学堂",
    ids=[("wechat", "qiheng_ai2026", "qiheng_ai2026"), ("qq", "2875301146", "2875301146")],
    note="marketplace item; platform footer on every item (decoy)")

p = "forum/thread-1187.html"
add(p, "求助：宝妈想转行做数据标注，AI训练师证有必要考吗 - 江湖考证论坛", f"""
<h2>求助：宝妈想转行做数据标注，AI训练师证有必要考吗</h2>
<table class="post"><tr><td class="au">楼主 小鹿乱撞0917<br>注册会员</td>
<td>孩子上幼儿园了想找个在家能做的活，看到好多说数据标注，要不要先考个证？预算不多。</td></tr></table>
<table class="post"><tr><td class="au">2# 路过的猫<br>中级会员</td>
<td>先去接单试试，证不是必须的，很多平台只看你的准确率。</td></tr></table>
<table class="post"><tr><td class="au">3# 智训学堂-陈老师<br>认证机构</td>
<td>楼主可以了解下我们智训学堂的五级班，学费两千出头，学完推荐兼职标注项目。有问题加我扣扣：2875301146，
或者发邮件 qiheng_edu[at]163.com 要课程表。</td></tr></table>
<table class="post"><tr><td class="au">4# 小鹿乱撞0917</td><td>谢谢，先看看。</td></tr></table>
{FORUM_FT}
""", style="forum", is_offer=True, op="U01", provider="智训学堂",
    ids=[("qq", "2875301146", "2875301146"), ("email", "qiheng_edu@163.com", "qiheng_edu[at]163.com")],
    note="forum thread opened by a user; seller replies with an offer")

# ---------------- U02 深圳星图数智科技有限公司 (星图AI职训 / 数标学院)
p = "weibo/status-xingtu.html"
add(p, "星图AI职训的微言", f"""
<div class="card"><b>星图AI职训</b> <span class="meta">3月18日 20:41 来自 微言网页版</span>
<div class="txt">#人工智能训练师# 深圳4月班开始报名啦🔥
四级（中级）理论+实操 ¥3,680，两人同行各减300
五级初级 2千多就能拿下，适合刚入行的标注员
咨询☎ 159 1773 2068（微信同号）
学员交流Q群783205114 进群领真题</div>
<p>转发 12 · 评论 8 · 赞 40</p></div>
{WB_FT}
<p>{back(p, "weibo/index.html", "返回微言时间线")}</p>
""", style="weibo", is_offer=True, op="U02", provider="星图AI职训",
    ids=[("phone", "+8615917732068", "159 1773 2068"), ("wechat", "15917732068", "159 1773 2068"),
         ("qq_group", "783205114", "783205114")],
    note="microblog status; 微信同号 means the wechat id is the phone number")

p = "notes/xingtu-biji.html"
add(p, "考AI训练师证我踩过的坑（附资料）- 拾光笔记", f"""
<h2>考AI训练师证我踩过的坑（附资料）📒</h2>
<p class="meta">数标学院-小满 · 深圳</p>
<div class="txt">姐妹们我是去年转行的，现在在数标学院带班🙋‍♀️
✅ 训练师证分五个等级，新手一般从五级/四级开始
✅ 三级要先有四级证+工作年限，谁跟你说零基础直接三级的快跑
✅ 我们班四级 3680，能分期
想要备考资料的来我们群 783205114 自取
或者私我：sbxy_laoshi（备注“笔记”）</div>
<p class="tags"><a href="#">#AI训练师</a> <a href="#">#数据标注</a> <a href="#">#转行</a></p>
<p>{back(p)}</p>
""", style="notes", is_offer=True, op="U02", provider="数标学院",
    ids=[("qq_group", "783205114", "783205114"), ("wechat", "sbxy_laoshi", "sbxy_laoshi")],
    note="notes-app post by a seller's teacher")

p = "video/v-sbxy.html"
add(p, "数标学院的作品 - 快映", f"""
<video poster="cover.jpg"></video>
<div class="cap">@数标学院
在家标注也能月入过万？先把训练师证拿了再说👇
四级网课 1个月出证 名额有限
薇 sbxy_laoshi
资料发邮箱 xt_peixun＠qq.com
#人工智能训练师 #副业</div>
<p class="cm">评论 236</p>
<p class="cm">用户8812：真的一个月能出证吗<br>数标学院（作者）：看认定批次哈，私信详聊</p>
{VIDEO_FT}
<p>{back(p)}</p>
""", style="video", is_offer=True, op="U02", provider="数标学院",
    ids=[("wechat", "sbxy_laoshi", "sbxy_laoshi"), ("email", "xt_peixun@qq.com", "xt_peixun＠qq.com")],
    note="short-video caption; overclaims income and speed; full-width @ in e-mail")

p = "wechat/mp-xingtu.html"
add(p, "2026年人工智能训练师报考全攻略（深圳）", f"""
<h1>2026年人工智能训练师报考全攻略（深圳）</h1>
<p class="acct">星图AI职训 · 2026-02-26</p>
<p>人工智能训练师是2020年人社部等部门发布的新职业，国家职业技能标准由阿里巴巴牵头起草。证书属于职业技能等级证书，由备案的评价机构颁发。</p>
<p>报名流程：提交材料 → 资格审核 → 培训 → 理论与实操考核 → 发证。</p>
<p>学费：五级 2,480 元；四级 3,680 元；三级 4,980 元（补贴政策以当地人社为准，不清楚可拨 12345 政务热线问）。</p>
<p>报名咨询：+86 159-1773-2068，资料邮箱 xt_peixun @ qq.com</p>
<p style="font-size:12px;color:#999">深圳星图数智科技有限公司 {U_XINGTU}</p>
<p>阅读 3021 · <a href="{rel(p, "index.html")}">阅读原文</a></p>
""", style="wechat", is_offer=True, op="U02", provider="星图AI职训",
    ids=[("phone", "+8615917732068", "+86 159-1773-2068"), ("email", "xt_peixun@qq.com", "xt_peixun @ qq.com"),
         ("uscc", U_XINGTU, U_XINGTU)],
    note="WeChat-article style guide with prices")

# ---------------- U03 杭州之江智培教育科技有限公司 (之江智培 / 启航数标 / 浙里考证)
p = "classifieds/c-88213.html"
add(p, "杭州 人工智能训练师考证 三级四级 浙里考证 - 百事通分类信息", f"""
<h1>杭州 人工智能训练师考证 三级四级 随到随学</h1>
<dl>
<dt>类别</dt><dd>职业培训 &gt; 技能证书</dd>
<dt>区域</dt><dd>杭州-西湖区</dd>
<dt>价格</dt><dd>三千九百八起</dd>
<dt>联系人</dt><dd>浙里考证 周老师</dd>
<dt>电话</dt><dd>186 6712 0359</dd>
<dt>微信</dt><dd>加v：zjzp_kaozheng</dd>
</dl>
<p>课程编号 {COURSE_NO}（全国统一培训课程目录），AI训练师四级/三级，工作满年限的可以直接报三级。周末班，晚班都有。</p>
{CLASSI_FT}
<p>{back(p, "classifieds/index.html", "返回列表")}</p>
""", style="classi", is_offer=True, op="U03", provider="浙里考证",
    ids=[("phone", "+8618667120359", "186 6712 0359"), ("wechat", "zjzp_kaozheng", "zjzp_kaozheng")],
    note="classifieds ad; an 11-digit course number that looks like a phone (decoy)")

p = "classifieds/c-88347.html"
add(p, "数据标注员/AI训练师 培训+推荐就业 启航数标 - 百事通分类信息", f"""
<h1>启航数标｜数据标注员·人工智能训练师 培训+推荐就业</h1>
<dl>
<dt>区域</dt><dd>杭州-余杭区</dd>
<dt>费用</dt><dd>学费 2 千多，可分期</dd>
<dt>联系</dt><dd>VX zjzp_kaozheng ／ QQ：3391026587</dd>
</dl>
<p>训练师证五级，学完推荐到合作标注基地上岗，不满意可以退部分学费。</p>
{CLASSI_FT}
<p>{back(p, "classifieds/index.html", "返回列表")}</p>
""", style="classi", is_offer=True, op="U03", provider="启航数标",
    ids=[("wechat", "zjzp_kaozheng", "zjzp_kaozheng"), ("qq", "3391026587", "3391026587")],
    note="classifieds ad under a second brand")

p = "qa/answer-5521.html"
add(p, "杭州哪里可以考人工智能训练师？- 知问", f"""
<div class="q">杭州哪里可以考人工智能训练师？靠谱吗？</div>
<div class="ans"><b>之江智培 课程顾问</b><span class="meta"> · 发布于 2026-01-09</span>
<p>利益相关，我们就是做这个培训的。先说结论：证书是职业技能等级证书，能在官方联网平台查到的才算数。</p>
<p>我们之江智培四级班 3980，三级班 4680，报名前先帮你核对工作年限。官网 zjzhipei.com 上有开班时间，
或者加Q 3391026587 咨询。</p></div>
<div class="ans"><b>匿名用户</b><p>建议先去人社官网查一下机构有没有备案。</p></div>
{QA_FT}
<p>{back(p, "qa/index.html", "更多问题")}</p>
""", style="qa", is_offer=True, op="U03", provider="之江智培",
    ids=[("qq", "3391026587", "3391026587"), ("domain", "zjzhipei.com", "zjzhipei.com")],
    note="Q&A answer by the seller (declares interest)")

p = "lp/zjzp.html"
add(p, "之江智培 - AI训练师证 一站式考证", f"""
<div class="hero"><h1>之江智培 · AI训练师证一站式服务</h1><p>四级 ¥3,980 | 三级 ¥4,680 | 分期0首付</p></div>
<div class="box"><h3>官方认定</h3><p>证书联网可查：zscx.osta.org.cn</p></div>
<div class="box"><h3>名师直播</h3><p>阿里系数据标注老师授课</p></div>
<div class="box"><h3>联系我们</h3><p>招生邮箱：<a href="mailto:zhaosheng@zjzhipei.com">zhaosheng(at)zjzhipei.com</a></p>
<p>客服电话：138-0000-0000</p></div>
<p style="font-size:12px">杭州之江智培教育科技有限公司 | 统一社会信用代码 {U_ZJZP} | zjzhipei.com | {BUILDER}</p>
<p>{back(p)}</p>
""", style="lp", is_offer=True, op="U03", provider="之江智培",
    ids=[("domain", "zjzhipei.com", "zjzhipei.com"), ("email", "zhaosheng@zjzhipei.com", "zhaosheng(at)zjzhipei.com"),
         ("uscc", U_ZJZP, U_ZJZP)],
    note="landing page built from a template; the template's placeholder phone was left in (decoy)")

# ---------------- U04 成都蓉训人力资源服务有限公司 (蓉城技能站 / 天府AI训练营)
p = "jobs/job-ai-trainee.html"
add(p, "招聘：AI训练师（学徒）6000-9000元 - 蓉城技能站", f"""
<h1>AI训练师（学徒岗） <span class="salary">6000-9000元/月</span></h1>
<p>成都·高新区 | 经验不限 | 学历不限 | 发布者：蓉城技能站 HR</p>
<ul class="req">
<li>无需经验，公司统一安排“岗前培训”并考取人工智能训练师五级证书</li>
<li>培训费 2680 元，可从工资里分 6 个月扣</li>
<li>考证通过后安排标注项目，多劳多得</li>
</ul>
<div class="co">联系：座机 028-85416630 / 手机 135 5184 0726（刘经理）</div>
<p>{back(p, "jobs/index.html", "返回职位列表")}</p>
""", style="job", is_offer=True, op="U04", provider="蓉城技能站",
    ids=[("phone", "+862885416630", "028-85416630"), ("phone", "+8613551840726", "135 5184 0726")],
    note="job post that is really a paid course (training fee deducted from wages)")

p = "jobs/job-biaozhu-home.html"
add(p, "居家数据标注员 日结 - 天府AI训练营", f"""
<h1>居家数据标注员 <span class="salary">日结 150-300</span></h1>
<p>成都/远程 | 发布者：天府AI训练营</p>
<ul class="req">
<li>需持人工智能训练师证（没有证的可以先参加我们训练营，¥1,980 包教材包考务）</li>
<li>认定考试统一送到{ASSESS}</li>
</ul>
<div class="co">投递请加微信 tianfu_ai_xly，或电话13551840726</div>
<p>{back(p, "jobs/index.html", "返回职位列表")}</p>
""", style="job", is_offer=True, op="U04", provider="天府AI训练营",
    ids=[("phone", "+8613551840726", "13551840726"), ("wechat", "tianfu_ai_xly", "tianfu_ai_xly")],
    note="job post selling a bootcamp; assessment centre quoted (decoy)")

p = "forms/signup-tianfu.html"
add(p, "天府AI训练营 报名登记", f"""
<h1>天府AI训练营 · 人工智能训练师（五级/四级）报名登记</h1>
<form>
<label>姓名<input name="n"></label>
<label>手机号<input name="m" placeholder="请输入11位手机号"></label>
<label>报考等级<select><option>五级（初级工）¥1,980</option><option>四级（中级工）¥2,980</option></select></label>
<label>工作年限<input name="y"></label>
<button>提交</button>
</form>
<p>提交后课程顾问会添加您的微信（我们的微信 tianfu_ai_xly），资料也可发到 <a href="mailto:tfai_train@126.com">tfai_train@126.com</a>。</p>
<p>学费扫码支付，收款服务由易收通提供。政策问题请咨询 12333。</p>
<p>{back(p)}</p>
""", style="form", is_offer=True, op="U04", provider="天府AI训练营",
    ids=[("wechat", "tianfu_ai_xly", "tianfu_ai_xly"), ("email", "tfai_train@126.com", "tfai_train@126.com")],
    note="sign-up form; payment aggregator name (decoy)")

p = "groups/board-tianfu.html"
add(p, "蓉城技能站学员群 - 群公告", f"""
<h2>📌 蓉城技能站·AI训练师3群 群公告</h2>
<div class="msg"><span class="who">群主 蓉城技能站-刘</span><br>
本周六四级实操模拟，没交尾款的同学抓紧。学费二千九百八，已交定金500的补2480。<br>
对公转账 收款户名：成都蓉训人力资源服务有限公司<br>
发票抬头问题发邮件 tfai_train AT 126.com</div>
<div class="msg"><span class="who">学员 阿杰</span><br>收到，请问可以分两次吗</div>
<div class="msg"><span class="who">群主 蓉城技能站-刘</span><br>可以，备注姓名+手机号</div>
<p>{back(p)}</p>
""", style="group", is_offer=True, op="U04", provider="蓉城技能站",
    ids=[("email", "tfai_train@126.com", "tfai_train AT 126.com"),
         ("other", "成都蓉训人力资源服务有限公司", "成都蓉训人力资源服务有限公司")],
    note="chat-group announcement board; payee account name")

# ---------------- U05 北京华数智认科技有限公司 (国培华数认证中心 / 京师智训)
p = "sites/hszr/index.html"
add(p, "国培华数认证中心 - 人工智能训练师证书 全国通用", f"""
<header><h1>国培华数认证中心</h1><nav><a href="news-2026.html">新闻动态</a></nav></header>
<main>
<h2>人工智能训练师 国家职业资格证书 全国通用 终身有效</h2>
<p>标准由阿里巴巴等单位参与起草，证书人社部颁发、入库可查（zscx.osta.org.cn）。</p>
<p>零基础可报三级、二级，学历不限，报名即送“高级技师”直通名额。</p>
<figure><img src="cert.png" alt="证书样本"><figcaption>证书样本 编号 {CERT_SAMPLE}</figcaption></figure>
<p>价格：三级 6800 元，二级+三级双证联报 9800 元，包过不过退费。</p>
<p>全国招生热线：010-6258 3917 ｜ 官网 hszr-cert.cn</p>
</main>
<footer>北京华数智认科技有限公司 统一社会信用代码 {U_HSZR} | 京ICP备2023018844号 | {BUILDER}<br>{back(p)}</footer>
""", style="corp", is_offer=True, op="U05", provider="国培华数认证中心",
    ids=[("domain", "hszr-cert.cn", "hszr-cert.cn"), ("phone", "+861062583917", "010-6258 3917"),
         ("uscc", U_HSZR, U_HSZR)],
    note="state-sounding brand of a 91 company; misdescribes the certificate; sells level 2 to beginners; copied sample certificate number (decoy)")

p = "sites/hszr/news-2026.html"
add(p, "京师智训：2026年第二期人工智能训练师培训开班通知", f"""
<header><h1>新闻动态</h1></header>
<main>
<h2>京师智训：2026年第二期人工智能训练师培训开班通知</h2>
<p>京师智训（国培华数认证中心培训部）第二期人工智能训练师三级班将于4月12日开班，线上授课，统一组织认定。</p>
<p>费用：¥6,800/人，可分 12 期。</p>
<p>报名联系：王老师 177-1056-3482，详情见 hszr-cert.cn</p>
<p><a href="index.html">返回首页</a></p>
</main>
<footer>© 国培华数认证中心</footer>
""", style="corp", is_offer=True, op="U05", provider="京师智训",
    ids=[("domain", "hszr-cert.cn", "hszr-cert.cn"), ("phone", "+8617710563482", "177-1056-3482")],
    note="company blog/news post under a second brand")

p = "wechat/mp-jingshi.html"
add(p, "人工智能训练师证书，现在考还来得及吗？", f"""
<h1>人工智能训练师证书，现在考还来得及吗？</h1>
<p class="acct">京师智训 · 2026-03-11</p>
<p>很多朋友问：AI时代，有没有一张证书能帮我们抓住机会？人工智能训练师就是答案。</p>
<p>持证可以评职称、落户加分、挂靠年入数万（名额有限）。</p>
<p>三级/二级双证 9800，本月报名立减 1000。</p>
<p>报名请联系王老师：１７７１０５６３４８２（电话），微信 hszr_kefu01</p>
<p>阅读 1.2万 · <a href="{rel(p, "index.html")}">阅读原文</a></p>
""", style="wechat", is_offer=True, op="U05", provider="京师智训",
    ids=[("phone", "+8617710563482", "１７７１０５６３４８２"), ("wechat", "hszr_kefu01", "hszr_kefu01")],
    note="WeChat article; full-width phone digits; 挂靠 income promise")

# ---------------- U06 上海申培优学教育科技有限公司 (申培优学 / 沪上数智职培)
p = "market/item-4410.html"
add(p, "申培优学旗舰店 人工智能训练师 三级高级 上海可补贴-学技淘", f"""
<div class="hd">学技淘 · 申培优学旗舰店</div>
<h1>人工智能训练师 三级/高级工 上海班 理论30%+实操70%</h1>
<div class="price">4680元</div>
<p>符合条件可申请技能提升补贴，证书 zscx.osta.org.cn 可查。</p>
<table border="1"><tr><td>班型</td><td>周末班 / 晚班</td></tr><tr><td>地点</td><td>浦东新区张江</td></tr></table>
<p>售前咨询：薇信 shenpei_youxue（下单前请先确认报考条件），QQ1530884962</p>
{MARKET_FT}
<p>{back(p, "market/index.html", "返回店铺列表")}</p>
""", style="market", is_offer=True, op="U06", provider="申培优学",
    ids=[("wechat", "shenpei_youxue", "shenpei_youxue"), ("qq", "1530884962", "1530884962")],
    note="marketplace item")

p = "market/item-4477.html"
add(p, "沪上数智职培 AI训练师四级 数据标注方向 分期-学技淘", f"""
<div class="hd">学技淘 · 沪上数智职培</div>
<h1>沪上数智职培｜AI训练师四级（数据标注员）</h1>
<div class="price">¥3,280 起</div>
<p>支持花呗分期 | 已售 58</p>
<p>客服：企鹅号 1530884962 ｜ 电话 133 0185 6274</p>
{MARKET_FT}
<p>{back(p, "market/index.html", "返回店铺列表")}</p>
""", style="market", is_offer=True, op="U06", provider="沪上数智职培",
    ids=[("qq", "1530884962", "1530884962"), ("phone", "+8613301856274", "133 0185 6274")],
    note="marketplace item from a second shop of the same seller")

p = "mini/shenpei.html"
add(p, "沪上数智职培 小程序", f"""
<div class="bar">沪上数智职培 ▸ 课程详情</div>
<h3>人工智能训练师 四级 / 三级</h3>
<p>四级 3280 元 ｜ 三级 4680 元</p>
<p>认定前统一到{ASSESS}参加考核。</p>
<a class="btn" href="tel:+8613301856274">一键拨号 +86-133-0185-6274</a>
<p style="font-size:12px">主体：上海申培优学教育科技有限公司（{U_SHENPEI}） 支付服务由易收通提供</p>
<p>{back(p)}</p>
""", style="mini", is_offer=True, op="U06", provider="沪上数智职培",
    ids=[("phone", "+8613301856274", "+86-133-0185-6274"), ("uscc", U_SHENPEI, U_SHENPEI)],
    note="mini-program page; assessment centre and payment aggregator (decoys)")

# ---------------- U07 武汉楚才启智教育咨询有限公司 (楚才考证 / 江城AI证书通)
p = "forum/thread-2046.html"
add(p, "【武汉】楚才考证 人工智能训练师四级三级招生（长期有效）- 江湖考证论坛", f"""
<h2>【武汉】楚才考证 人工智能训练师四级三级招生（长期有效）</h2>
<table class="post"><tr><td class="au">楼主 楚才考证<br>机构认证</td>
<td><pre>报考等级：四级 / 三级
学费：四级3580元，三级4280元
上课方式：线上+线下（光谷）
报名电话：189-7124-5503
资料群：QQ群：942116073
政策咨询可拨12333核实</pre></td></tr></table>
<table class="post"><tr><td class="au">2# 汉口老王</td><td>三级需要什么条件？</td></tr></table>
<table class="post"><tr><td class="au">3# 楚才考证</td><td>四级证满5年，或者大专+四级证+2年，具体进群问。</td></tr></table>
{FORUM_FT}
""", style="forum", is_offer=True, op="U07", provider="楚才考证",
    ids=[("phone", "+8618971245503", "189-7124-5503"), ("qq_group", "942116073", "942116073")],
    note="forum thread opened by the seller; pre-line text")

p = "forum/thread-2101.html"
add(p, "人工智能训练师证书到底有没有用？- 江湖考证论坛", f"""
<h2>人工智能训练师证书到底有没有用？</h2>
<table class="post"><tr><td class="au">楼主 机器学习小白</td><td>看到到处都在卖，到底是不是割韭菜？</td></tr></table>
<table class="post"><tr><td class="au">2# 标注组长</td><td>做标注的话，有证优先一点，但不会让你工资翻倍。</td></tr></table>
<table class="post"><tr><td class="au">3# 江城AI证书通</td><td>有用的～课程编号 {COURSE_NO} 全国统一目录，学完可以查。武汉的朋友可以进群 942116073，
或者 vx chucai_ks 私聊，四级三千五左右。</td></tr></table>
{FORUM_FT}
""", style="forum", is_offer=True, op="U07", provider="江城AI证书通",
    ids=[("qq_group", "942116073", "942116073"), ("wechat", "chucai_ks", "chucai_ks")],
    note="seller reply in a neutral thread; course number looks like a phone (decoy)")

p = "classifieds/c-90112.html"
add(p, "武汉 AI训练师证 培训 江城AI证书通 - 百事通分类信息", f"""
<h1>武汉 AI训练师证培训 四级/三级 江城AI证书通</h1>
<dl>
<dt>区域</dt><dd>武汉-洪山区</dd>
<dt>价格</dt><dd>3580元/人</dd>
<dt>微信</dt><dd>微信号chucai_ks</dd>
<dt>邮箱</dt><dd>chucaiks@sina.com</dd>
</dl>
<p>小班教学，考前集训两周。</p>
{CLASSI_FT}
<p>{back(p, "classifieds/index.html", "返回列表")}</p>
""", style="classi", is_offer=True, op="U07", provider="江城AI证书通",
    ids=[("wechat", "chucai_ks", "chucai_ks"), ("email", "chucaiks@sina.com", "chucaiks@sina.com")],
    note="classifieds ad")

# ---------------- U08 郑州豫智职业技能培训学校有限公司 (豫见AI / 中原职鉴服务)
p = "video/v-yujian.html"
add(p, "豫见AI的作品 - 快映", f"""
<video poster="c2.jpg"></video>
<div class="cap">@豫见AI
原价9999 限时 1999 拿下AI训练师四级！
90%小白都能学会 📈
➕V yujian_ai_8 领试听课
官网 yujianai.top</div>
<p class="cm">评论 88</p>
<p class="cm">用户0099：是真的证吗<br>豫见AI（作者）：联网可查的哈</p>
{VIDEO_FT}
<p>{back(p)}</p>
""", style="video", is_offer=True, op="U08", provider="豫见AI",
    ids=[("wechat", "yujian_ai_8", "yujian_ai_8"), ("domain", "yujianai.top", "yujianai.top")],
    note="short-video caption with fake-discount wording")

p = "weibo/status-yujian.html"
add(p, "豫见AI的微言", f"""
<div class="card"><b>豫见AI</b> <span class="meta">昨天 11:02</span>
<div class="txt">郑州线下班也开啦～人工智能训练师五级/四级
五级 1680，四级 1999
v: yujian_ai_8
电话 150 3691 8827（工作日）</div></div>
{WB_FT}
<p>{back(p, "weibo/index.html", "返回微言时间线")}</p>
""", style="weibo", is_offer=True, op="U08", provider="豫见AI",
    ids=[("wechat", "yujian_ai_8", "yujian_ai_8"), ("phone", "+8615036918827", "150 3691 8827")],
    note="microblog status")

p = "qa/answer-6730.html"
add(p, "郑州考人工智能训练师要多少钱？- 知问", f"""
<div class="q">郑州考人工智能训练师要多少钱？</div>
<div class="ans"><b>中原职鉴服务</b><span class="meta"> · 2026-02-14</span>
<p>五级一千六八，四级一千九九，含教材和考务费，证书官网可查（zscx.osta.org.cn）。</p>
<p>需要报名表可以发邮件 yzpx_hr (at) yeah.net，或者打 150-3691-8827。</p></div>
{QA_FT}
<p>{back(p, "qa/index.html", "更多问题")}</p>
""", style="qa", is_offer=True, op="U08", provider="中原职鉴服务",
    ids=[("phone", "+8615036918827", "150-3691-8827"), ("email", "yzpx_hr@yeah.net", "yzpx_hr (at) yeah.net")],
    note="Q&A answer by the seller under a second brand")

# ---------------- U09 西安秦智数据科技有限公司 (长安数据标注学院 / 西部训练师联盟 / 秦智教育)
p = "notes/qinzhi-biji.html"
add(p, "西安考AI训练师｜长安数据标注学院上课体验 - 拾光笔记", f"""
<h2>西安考AI训练师｜上课体验真实分享</h2>
<p class="meta">长安数据标注学院 · 西安</p>
<div class="txt">我们学院这期四级班还剩8个位置🙌
学费 3,380（可分3期）
有1年标注经验的可以报五级或者四级，具体帮你看
咨询📞 186 9157 0234
QQ: 2209418375</div>
<p class="tags"><a href="#">#西安</a> <a href="#">#AI训练师证</a></p>
<p>{back(p)}</p>
""", style="notes", is_offer=True, op="U09", provider="长安数据标注学院",
    ids=[("phone", "+8618691570234", "186 9157 0234"), ("qq", "2209418375", "2209418375")],
    note="notes-app post")

p = "groups/board-xibu.html"
add(p, "西部训练师联盟 交流群公告", f"""
<h2>📌 西部训练师联盟 交流群</h2>
<div class="msg"><span class="who">管理员 联盟小秘书</span><br>
新人进群请改备注“城市+等级”。报班请私聊管理员 QQ 2209418375 或加微信 qinzhi_edu。<br>
训练师证三级班 4280，四级 3380。<br>
群内交易纠纷与本群无关，权益受损可拨打 12315。</div>
<div class="msg"><span class="who">群友 咸阳小李</span><br>四级什么时候考？</div>
<div class="msg"><span class="who">管理员 联盟小秘书</span><br>5月中旬，私聊发你时间表</div>
<p>{back(p)}</p>
""", style="group", is_offer=True, op="U09", provider="西部训练师联盟",
    ids=[("qq", "2209418375", "2209418375"), ("wechat", "qinzhi_edu", "qinzhi_edu")],
    note="chat-group board run by the seller")

p = "lp/qinzhi.html"
add(p, "秦智教育 - 人工智能训练师证 西安报名中心", f"""
<div class="hero"><h1>秦智教育 · 人工智能训练师证</h1><p>三证联报（五级+四级+三级）仅需 ¥6,999 · 一次报名三级同拿</p></div>
<div class="box"><h3>证书样本</h3><img src="s.png" alt="证书样本"><p>编号 {CERT_SAMPLE}</p></div>
<div class="box"><h3>咨询</h3><p>微信:qinzhi_edu</p><p>座机 029-88321746</p><p>邮箱 service@yourdomain.com</p><p>电话 138-0000-0000</p></div>
<div class="box"><h3>支付</h3><p>支持扫码付款（易收通）</p></div>
<p style="font-size:12px">西安秦智数据科技有限公司 统一社会信用代码：{U_QINZHI} | {BUILDER}</p>
<p>{back(p)}</p>
""", style="lp", is_offer=True, op="U09", provider="秦智教育",
    ids=[("wechat", "qinzhi_edu", "qinzhi_edu"), ("phone", "+862988321746", "029-88321746"),
         ("uscc", U_QINZHI, U_QINZHI)],
    note="landing page; three-level bundle contradicts the ladder; template placeholders left in (decoys)")

# ---------------- independents
p = "market/item-5102.html"
add(p, "慧标AI工作室 数据标注+AI训练师五级 陪跑-学技淘", f"""
<div class="hd">学技淘 · 慧标AI工作室</div>
<h1>慧标AI工作室｜AI训练师五级 陪跑营（含实操项目）</h1>
<div class="price">¥1,580</div>
<p>一对一陪跑，考前模拟三次。下单后请加工作室微信 huibiao_studio</p>
{MARKET_FT}
<p>{back(p, "market/index.html", "返回店铺列表")}</p>
""", style="market", is_offer=True, op="I01", provider="慧标AI工作室",
    ids=[("wechat", "huibiao_studio", "huibiao_studio")],
    note="independent seller on the marketplace")

p = "classifieds/c-91508.html"
add(p, "个人 带考AI训练师证 - 百事通分类信息", f"""
<h1>个人带考 人工智能训练师 五级四级</h1>
<dl>
<dt>联系人</dt><dd>王老师（个人）</dd>
<dt>电话</dt><dd>１７３－２０８９－６６１４</dd>
<dt>价格</dt><dd>面议，比机构便宜一半</dd>
</dl>
<p>课程编号 {COURSE_NO}，跟机构一样的课，我自己带，电话微信同号。</p>
{CLASSI_FT}
<p>{back(p, "classifieds/index.html", "返回列表")}</p>
""", style="classi", is_offer=True, op="I02", provider="王老师",
    ids=[("phone", "+8617320896614", "１７３－２０８９－６６１４"), ("wechat", "17320896614", "１７３－２０８９－６６１４")],
    note="independent individual; full-width digits and dashes; 微信同号")

p = "forum/thread-2233.html"
add(p, "研数教育 AI训练师 线上班 第7期 - 江湖考证论坛", f"""
<h2>研数教育 AI训练师（算法测试员方向）线上班 第7期</h2>
<table class="post"><tr><td class="au">楼主 研数教育<br>注册会员</td>
<td><ul><li>等级：四级 / 三级</li><li>学费：四级 ¥3,200；三级 ¥4,400</li>
<li>报名：邮件 yanshu_edu@outlook.com，QQ 1849302657</li></ul></td></tr></table>
{FORUM_FT}
""", style="forum", is_offer=True, op="I03", provider="研数教育",
    ids=[("email", "yanshu_edu@outlook.com", "yanshu_edu@outlook.com"), ("qq", "1849302657", "1849302657")],
    note="independent seller opens a forum thread")

p = "sites/lingxi/index.html"
add(p, "灵犀职业技能培训中心 - 佛山", f"""
<header><h1>灵犀职业技能培训中心</h1></header>
<main>
<h2>人工智能训练师（五级/四级/三级）培训</h2>
<dl><dt>五级</dt><dd>1,880元</dd><dt>四级</dt><dd>2,980元</dd><dt>三级</dt><dd>3,980元</dd></dl>
<p>广东补贴政策请查阅 hrss.gd.gov.cn；认定由{ASSESS}实施。</p>
<p>联系电话：<a href="tel:075786224815">0757-8622 4815</a> ｜ 网址 lingxipx.com</p>
</main>
<footer>佛山市灵犀职业技能培训中心有限公司 {U_LINGXI} | {BUILDER}<br>{back(p)}</footer>
""", style="corp", is_offer=True, op="I04", provider="灵犀职业技能培训中心",
    ids=[("phone", "+8675786224815", "0757-8622 4815"), ("domain", "lingxipx.com", "lingxipx.com"),
         ("uscc", U_LINGXI, U_LINGXI)],
    note="independent company site; shares only decoys with other sellers")

p = "qa/answer-7012.html"
add(p, "AI训练师和生成式人工智能系统应用员有什么区别？- 知问", f"""
<div class="q">AI训练师和生成式人工智能系统应用员有什么区别？</div>
<div class="ans"><b>智码学堂 老周</b><span class="meta"> · 2026-03-01</span>
<p>两个不同职业：人工智能训练师是4-04-05-05，生成式人工智能系统应用员是4-04-05-13。</p>
<p>我们智码学堂现在只开训练师四级，2,980，想报的加 zhima_xt 或电话 199 3806 2217。政策问题可以打12333。</p></div>
{QA_FT}
<p>{back(p, "qa/index.html", "更多问题")}</p>
""", style="qa", is_offer=True, op="I05", provider="智码学堂",
    ids=[("wechat", "zhima_xt", "zhima_xt"), ("phone", "+8619938062217", "199 3806 2217")],
    note="independent seller answers a Q&A")

p = "wechat/mp-zhixing.html"
add(p, "知行数智｜人工智能训练师三级班招生简章", f"""
<h1>知行数智｜人工智能训练师三级班招生简章</h1>
<p class="acct">知行数智 · 2026-01-20</p>
<p>面向已持四级证书、从事标注/质检满5年的学员。学费¥4,200，含两次模拟考。</p>
<p>结业后参加认定，证书样例见下（编号 {CERT_SAMPLE} 仅为样例）。</p>
<p>报名：+86 138 7302 5591 ｜ 邮箱 zxsz_kf@163.com</p>
<p><a href="{rel(p, "index.html")}">阅读原文</a></p>
""", style="wechat", is_offer=True, op="I06", provider="知行数智",
    ids=[("phone", "+8613873025591", "+86 138 7302 5591"), ("email", "zxsz_kf@163.com", "zxsz_kf@163.com")],
    note="independent WeChat-article ad; reuses the widely copied sample certificate number (decoy)")

# ================================================================= NON-OFFER PAGES
p = "news/warning-fake-cert.html"
add(p, "警惕！“包过拿证”背后的骗局", """
<h1>警惕！“包过拿证”背后的骗局</h1>
<p class="src">本报记者 · 2026-02-08</p>
<p>近期多地市民反映，接到自称“人社部认证中心”的电话，称可“免考拿人工智能训练师证”，收费后便失联。一名受害者提供的来电号码为 170 2635 8819。</p>
<p>警方提示：职业技能等级证书由备案的评价机构颁发，可在 zscx.osta.org.cn 查询；遇到诈骗请拨打 96110 或 110，消费纠纷可拨 12315 投诉。</p>
<p><a href="index.html">新闻列表</a></p>
""", style="news", note="news warning; quotes a scammer's number and public hotlines (decoys)")

p = "news/policy-new-occupation.html"
add(p, "人工智能训练师纳入新职业 国家职业技能标准发布", """
<h1>人工智能训练师纳入新职业 国家职业技能标准发布</h1>
<p class="src">综合报道</p>
<p>2020年2月，人社部、市场监管总局、国家统计局联合发布16个新职业，人工智能训练师（4-04-05-05）名列其中。2021年《人工智能训练师国家职业技能标准》颁布，由阿里巴巴牵头起草。</p>
<p>标准设五个等级，包括数据标注员、人工智能算法测试员两个工种。相关政策咨询可拨打12333。</p>
<p><a href="index.html">新闻列表</a></p>
""", style="news", note="policy news")

p = "gov/explainer-query.html"
add(p, "如何查询职业技能等级证书？", f"""
<div class="hd">某市人力资源和社会保障局 · 政策解读</div>
<h2>如何查询职业技能等级证书？</h2>
<table><tr><th>事项</th><th>渠道</th></tr>
<tr><td>全国联网查询</td><td>zscx.osta.org.cn（姓名+证件号+证书编号）</td></tr>
<tr><td>评价机构名单</td><td>pjjg.osta.org.cn</td></tr>
<tr><td>广东补贴政策</td><td>hrss.gd.gov.cn</td></tr>
<tr><td>电话咨询</td><td>12333 / 12345</td></tr></table>
<p>提示：人社部门不直接颁发职业技能等级证书，证书由备案的评价机构颁发。</p>
<p>{back(p, "news/index.html", "返回")}</p>
""", style="gov", note="official explainer; lists public hotlines and query sites (decoys)")

p = "qa/answer-4409.html"
add(p, "人工智能训练师五级需要什么条件？- 知问", f"""
<div class="q">人工智能训练师五级需要什么条件？</div>
<div class="ans"><b>人力资源从业者</b>
<p>按2021版标准，五级需累计从事本职业或相关职业工作满1年，或本职业或相关职业学徒期满。文化程度要求初中毕业。</p>
<p>想考的话先查评价机构是否备案，别信“零基础三级”。</p></div>
{QA_FT}
<p>{back(p, "qa/index.html", "更多问题")}</p>
""", style="qa", note="neutral Q&A answer")

p = "jobs/real-annotator-job.html"
add(p, "数据标注质检员 - 蓝鲸数据", f"""
<h1>数据标注质检员 <span class="salary">7000-10000元/月</span></h1>
<p>杭州·滨江 | 1-3年 | 大专</p>
<ul class="req"><li>负责图像/文本标注质检</li><li>有人工智能训练师证书者优先（非必须）</li><li>公司不收取任何费用</li></ul>
<div class="co">蓝鲸数据科技 招聘邮箱 hr@lanjingdata.com</div>
<p>{back(p, "jobs/index.html", "返回职位列表")}</p>
""", style="job", ids=[("email", "hr@lanjingdata.com", "hr@lanjingdata.com")],
    note="real job ad; no course sold")

p = "forum/complaint-thread.html"
add(p, "【曝光】交了5800说包过，现在人找不到了 - 江湖考证论坛", f"""
<h2>【曝光】交了5800说包过，现在人找不到了</h2>
<table class="post"><tr><td class="au">楼主 被坑的阿伟</td>
<td>去年在短视频上看到“AI训练师证包过”，对方电话 170 2635 8819，交了5800，说三个月出证，现在拉黑了。已经打了12315和12345。</td></tr></table>
<table class="post"><tr><td class="au">2# 热心网友</td><td>赶紧报警，96110 反诈专线。</td></tr></table>
{FORUM_FT}
""", style="forum", note="complaint thread; scammer's number and hotlines (decoys)")

p = "other/yuyingshi.html"
add(p, "育婴师（五级/四级）培训 - 暖阳家政学校", f"""
<header><h1>暖阳家政学校</h1></header>
<main><h2>育婴师 五级/四级 培训班</h2><p>学费 1980 元，含实操。报名电话 139 2550 8736</p></main>
<footer>{back(p)}</footer>
""", style="corp", ids=[("phone", "+8613925508736", "139 2550 8736")],
    note="another occupation's course (育婴师), not an AI-trainer offer")

p = "classifieds/c-87001.html"
add(p, "健康管理师 培训 - 百事通分类信息", f"""
<h1>健康管理师培训 周末班</h1>
<dl><dt>价格</dt><dd>2680元</dd><dt>电话</dt><dd>158-2204-7719</dd></dl>
{CLASSI_FT}
<p>{back(p, "classifieds/index.html", "返回列表")}</p>
""", style="classi", ids=[("phone", "+8615822047719", "158-2204-7719")],
    note="another occupation's course (健康管理师)")

p = "lp/template-demo.html"
add(p, "云帆建站 · 教育培训落地页模板 演示", f"""
<div class="hero"><h1>您的机构名称</h1><p>在这里填写课程卖点</p></div>
<div class="box"><h3>联系我们</h3><p>电话 138-0000-0000</p><p>邮箱 service@yourdomain.com</p><p>微信：请填写</p></div>
<p>{BUILDER}</p>
<p>{back(p)}</p>
""", style="lp", note="site-builder template demo with placeholders (decoys)")

# ---------------- list pages
def listing(path, title, style, items, extra=""):
    lis = "\n".join(f"<li><a href=\"{rel(path, t)}\">{txt}</a></li>" for t, txt in items)
    add(path, title, f"<h1>{title}</h1>\n<ul>\n{lis}\n</ul>\n{extra}\n<p>{back(path)}</p>", style=style,
        note="list page")


listing("market/index.html", "学技淘 · 职业技能课程", "market", [
    ("market/item-3021.html", "【智训学堂】AI训练师证 四级中级"),
    ("market/item-4410.html", "申培优学旗舰店 人工智能训练师 三级"),
    ("market/item-4477.html", "沪上数智职培 AI训练师四级"),
    ("market/item-5102.html", "慧标AI工作室 五级陪跑营")], MARKET_FT)
listing("forum/index.html", "江湖考证论坛 · 职业技能版", "forum", [
    ("forum/thread-1187.html", "求助：宝妈想转行做数据标注"),
    ("forum/thread-2046.html", "【武汉】楚才考证 招生"),
    ("forum/thread-2101.html", "人工智能训练师证书到底有没有用？"),
    ("forum/thread-2233.html", "研数教育 线上班 第7期"),
    ("forum/complaint-thread.html", "【曝光】交了5800说包过")], FORUM_FT)
listing("classifieds/index.html", "百事通分类信息 · 教育培训", "classi", [
    ("classifieds/c-88213.html", "杭州 人工智能训练师考证"),
    ("classifieds/c-88347.html", "数据标注员/AI训练师 培训+推荐就业"),
    ("classifieds/c-90112.html", "武汉 AI训练师证 培训"),
    ("classifieds/c-91508.html", "个人带考 人工智能训练师"),
    ("classifieds/c-87001.html", "健康管理师培训")], CLASSI_FT)
listing("qa/index.html", "知问 · 职业资格话题", "qa", [
    ("qa/answer-4409.html", "人工智能训练师五级需要什么条件？"),
    ("qa/answer-5521.html", "杭州哪里可以考人工智能训练师？"),
    ("qa/answer-6730.html", "郑州考人工智能训练师要多少钱？"),
    ("qa/answer-7012.html", "AI训练师和生成式人工智能系统应用员有什么区别？")], QA_FT)
listing("weibo/index.html", "微言 · 话题 #人工智能训练师#", "weibo", [
    ("weibo/status-xingtu.html", "星图AI职训：深圳4月班开始报名"),
    ("weibo/status-yujian.html", "豫见AI：郑州线下班也开啦")], WB_FT)
listing("jobs/index.html", "职位搜索：AI训练师", "job", [
    ("jobs/job-ai-trainee.html", "AI训练师（学徒岗）"),
    ("jobs/job-biaozhu-home.html", "居家数据标注员"),
    ("jobs/real-annotator-job.html", "数据标注质检员 - 蓝鲸数据")])
listing("news/index.html", "资讯", "news", [
    ("news/warning-fake-cert.html", "警惕！“包过拿证”背后的骗局"),
    ("news/policy-new-occupation.html", "人工智能训练师纳入新职业"),
    ("gov/explainer-query.html", "如何查询职业技能等级证书？")])

# ---------------- home
idx_links = [
    ("market/index.html", "学技淘课程市场"), ("forum/index.html", "江湖考证论坛"),
    ("classifieds/index.html", "分类信息"), ("qa/index.html", "知问问答"),
    ("weibo/index.html", "微言话题"), ("jobs/index.html", "招聘"), ("news/index.html", "资讯"),
    ("notes/xingtu-biji.html", "笔记：考AI训练师证我踩过的坑"),
    ("notes/qinzhi-biji.html", "笔记：西安考AI训练师"),
    ("video/v-sbxy.html", "短视频：数标学院"), ("video/v-yujian.html", "短视频：豫见AI"),
    ("wechat/mp-xingtu.html", "公众号：2026年报考全攻略"),
    ("wechat/mp-jingshi.html", "公众号：现在考还来得及吗"),
    ("wechat/mp-zhixing.html", "公众号：知行数智三级班"),
    ("lp/zjzp.html", "之江智培"), ("lp/qinzhi.html", "秦智教育"),
    ("mini/shenpei.html", "小程序：沪上数智职培"),
    ("forms/signup-tianfu.html", "天府AI训练营报名"),
    ("groups/board-tianfu.html", "群公告：蓉城技能站"),
    ("groups/board-xibu.html", "群公告：西部训练师联盟"),
    ("sites/qiheng/index.html", "启衡职培"), ("sites/hszr/index.html", "国培华数认证中心"),
    ("sites/lingxi/index.html", "灵犀职业技能培训中心"),
    ("other/yuyingshi.html", "暖阳家政学校"), ("lp/template-demo.html", "建站模板演示"),
]
cards = "\n".join(f"<div><a href=\"{t}\">{x}</a></div>" for t, x in idx_links)
add("index.html", "AI训练师考证导航", f"""
<h1>AI训练师考证导航 · 网址大全</h1>
<p>收录与人工智能训练师相关的课程、资讯与讨论，信息来自网络，请自行甄别。</p>
<div class="grid">
{cards}
</div>
""", style="portal", note="home / link directory")

# ================================================================= DECOYS
def pages_with(s):
    return sorted("/" + k for k, v in HTML.items() if s in v)


DECOYS = [
    ("public_hotline", "12333", "人社 hotline quoted by sellers, news and the explainer"),
    ("public_hotline", "12345", "government service hotline"),
    ("public_hotline", "12315", "consumer complaint hotline"),
    ("public_hotline", "96110", "anti-fraud hotline"),
    ("official_site", "zscx.osta.org.cn", "official certificate query site quoted by many sellers"),
    ("official_site", "hrss.gd.gov.cn", "provincial 人社 site quoted by sellers"),
    ("warning_number", "170 2635 8819", "scammer's number quoted in news and a complaint"),
    ("template_placeholder", "138-0000-0000", "site-builder template placeholder phone left on landing pages"),
    ("template_placeholder", "service@yourdomain.com", "template placeholder e-mail"),
    ("payment_platform", "易收通", "payment aggregator named by several sellers"),
    ("brand_mention", "阿里巴巴", "drafter of the standard named in ads and news"),
    ("platform_footer", "400-821-7765", "marketplace service hotline on every item"),
    ("platform_footer", U_MARKET, "marketplace operator's USCC on every item"),
    ("platform_footer", "xuejitao.com", "marketplace domain on every item"),
    ("platform_footer", "611203447", "forum's own staff QQ group on every thread"),
    ("platform_footer", "400-690-1180", "classifieds site's service number"),
    ("platform_footer", "010-8256 3310", "Q&A platform's reporting number"),
    ("platform_footer", "jubao@weiyan.cn", "microblog platform's reporting e-mail"),
    ("platform_footer", "4001-866-520", "short-video platform's service number"),
    ("site_builder", "yunfanjz.com", "site-builder credit on company sites and landing pages"),
    ("site_builder", "400-833-1927", "site-builder's hotline in the same credit"),
    ("assessment_centre", "020-3862 7105", "assessment centre's number quoted by several sellers"),
    ("course_number", COURSE_NO, "11-digit course number that looks like a mobile number"),
    ("certificate_number", CERT_SAMPLE, "sample certificate number copied by several sellers"),
]
decoys = [{"kind": k, "value": v, "paths": pages_with(v), "note": n} for k, v, n in DECOYS]

OPERATORS = [
    ["U01", {"brands": ["启衡职培", "智训学堂"], "ties": "site home–blog by domain qhzhipei.cn; blog–market item by wechat qiheng_ai2026; item–forum reply by QQ 2875301146; USCC, phone and e-mail each on one page only"}],
    ["U02", {"brands": ["星图AI职训", "数标学院"], "ties": "microblog–notes by QQ group 783205114; notes–video by wechat sbxy_laoshi; video–WeChat article by e-mail xt_peixun@qq.com; article–microblog by phone 15917732068"}],
    ["U03", {"brands": ["浙里考证", "启航数标", "之江智培"], "ties": "two classifieds by wechat zjzp_kaozheng; classifieds–Q&A by QQ 3391026587; Q&A–landing page by domain zjzhipei.com"}],
    ["U04", {"brands": ["蓉城技能站", "天府AI训练营"], "ties": "two job posts by mobile 13551840726; job post–sign-up form by wechat tianfu_ai_xly; form–group board by e-mail tfai_train@126.com"}],
    ["U05", {"brands": ["国培华数认证中心", "京师智训"], "ties": "site home–news post by domain hszr-cert.cn; news post–WeChat article by mobile 17710563482 (full-width there)"}],
    ["U06", {"brands": ["申培优学", "沪上数智职培"], "ties": "two marketplace shops by QQ 1530884962; second shop–mini-program by phone 13301856274"}],
    ["U07", {"brands": ["楚才考证", "江城AI证书通"], "ties": "own thread–reply by QQ group 942116073; reply–classifieds by wechat chucai_ks"}],
    ["U08", {"brands": ["豫见AI", "中原职鉴服务"], "ties": "video–microblog by wechat yujian_ai_8; microblog–Q&A by phone 15036918827"}],
    ["U09", {"brands": ["长安数据标注学院", "西部训练师联盟", "秦智教育"], "ties": "notes–group board by QQ 2209418375; group board–landing page by wechat qinzhi_edu"}],
    ["I01", {"brands": ["慧标AI工作室"], "ties": "single page"}],
    ["I02", {"brands": ["王老师"], "ties": "single page"}],
    ["I03", {"brands": ["研数教育"], "ties": "single page"}],
    ["I04", {"brands": ["灵犀职业技能培训中心"], "ties": "single page"}],
    ["I05", {"brands": ["智码学堂"], "ties": "single page"}],
    ["I06", {"brands": ["知行数智"], "ties": "single page"}],
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for path, html in HTML.items():
        f = os.path.join(SITE, path)
        os.makedirs(os.path.dirname(f), exist_ok=True)
        with open(f, "w", encoding="utf-8") as fh:
            fh.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as fh:
        fh.write("User-agent: *\nAllow: /\n")
    truth = {
        "description": "operators-2026-12y: a sealed web of AI-trainer (人工智能训练师) certificate-course "
                       "sellers across marketplaces, forums, classifieds, Q&A, microblogs, notes, short video, "
                       "WeChat articles, landing/mini-program/sign-up pages, chat-group boards, job boards and "
                       "company sites; 9 multi-brand operators, 6 independents, shared platform/public decoys.",
        "pages": sorted(PAGES, key=lambda x: x["path"]),
        "operators": OPERATORS,
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    print(f"wrote {len(HTML)} pages, {sum(p['is_offer'] for p in PAGES)} offers, {len(decoys)} decoys")


if __name__ == "__main__":
    main()
