#!/usr/bin/env python3
"""Writes site/ and truth.json for the operators-2026-12ab web (stdlib only).

Everything here is invented: firms, people, numbers, domains, codes.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC helpers
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def uscc(head2, region6, base8):
    s = sum(_orgval(c) * w for c, w in zip(base8, W_ORG))
    c = 11 - s % 11
    org_check = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = head2 + region6 + base8 + org_check
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(body, W18)) % 31
    return body + ALPHA[0 if r == 31 else r]


# seller codes
C_QIHENG = uscc("91", "440300", "MA5HQ7R2")   # 深圳市启衡职业培训有限公司 (U01)
C_HUASHU = uscc("91", "440106", "MA9W3K6D")   # 广州华数智联教育科技有限公司 (U02)
C_ZHITU = uscc("91", "320105", "MA27LX3N")    # 南京智途职业技能培训有限公司 (U03)
C_RONGCHENG = uscc("91", "510107", "MA6B8TQ1")  # 成都蓉城数智教育咨询有限公司 (U04)
C_JINGBEI = uscc("91", "110108", "MA01YH4C")  # 北京京北职业技能培训有限公司 (U05)
C_QUANCHENG = uscc("91", "370102", "MA3R9PL7")  # 济南泉城职业培训中心有限公司 (U07)
C_XINGHAN = uscc("91", "330106", "MA2KD5W8")  # 杭州星汉智能科技有限公司 (I04)
# decoy codes
C_MALL = uscc("91", "330110", "MA28FJ0N")     # 杭州优学集市网络科技有限公司 (platform)
C_PJZX = uscc("12", "440000", "45600217")     # 广东省某技能评价服务中心 (assessment body quoted by sellers)
C_JIANKANG = uscc("92", "420106", "MA4E7T2B")  # 武汉康途健康咨询服务部 (other occupation course)

pages = []      # truth entries
html_of = {}    # path -> html


def P(path, html, is_offer=False, op=None, provider=None, ids=(), note=""):
    assert path not in html_of, path
    html_of[path] = html
    pages.append({"path": path, "is_offer": is_offer, "operator": op,
                  "provider": provider, "identifiers": [list(x) for x in ids],
                  "note": note})


def doc(title, body, style="", head_extra=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{title}</title>{head_extra}<style>{style}</style></head>\n<body>\n"
            f"{body}\n</body></html>\n")


# ---------------------------------------------------------------- shared chrome
MALL_CSS = ("body{font-family:sans-serif;background:#f4f4f4;margin:0}.top{background:#e4393c;color:#fff;padding:8px}"
            ".box{background:#fff;margin:10px;padding:12px}.price{color:#e4393c;font-size:24px}"
            "footer{font-size:12px;color:#777;padding:12px;border-top:1px solid #ddd}")
MALL_TOP = ('<div class="top"><a href="index.html" style="color:#fff">优学集市</a> · 职业技能 &gt; 人工智能</div>')
MALL_FOOT = ("<footer>优学集市 youxueji.cn · 平台客服热线 400-176-0288 · 客服邮箱 kefu@youxueji.cn<br>"
             "消费者维权可拨打 12315 · 交易请走平台担保，勿私下转账<br>"
             f"运营主体：杭州优学集市网络科技有限公司 统一社会信用代码 {C_MALL} · 浙ICP备2021031177号</footer>")

FENLEI_CSS = ("body{font:14px/1.7 SimSun,serif;margin:0 auto;width:760px}h1{font-size:18px;color:#036}"
              ".meta{color:#888}.bar{background:#036;color:#fff;padding:4px}.ft{color:#999;font-size:12px}")
FENLEI_TOP = '<div class="bar"><a href="index.html" style="color:#fff">邻里分类网</a> &gt; 教育培训 &gt; 职业技能</div>'
FENLEI_FOOT = ('<p class="ft">邻里分类网 免费发布信息 · 网站客服QQ 3007215566 · '
               '本站信息由用户自行发布，请勿预付定金</p>')

BBS_CSS = ("body{font:13px Tahoma,sans-serif;background:#eef}table.post{width:100%;border:1px solid #99c;margin:6px 0;"
           "background:#fff}td.au{width:140px;background:#dde;vertical-align:top}.pw{font-size:11px;color:#669}")
BBS_HEAD = '<p><a href="index.html">职场交流论坛</a> » 考证交流区</p>'
BBS_FOOT = '<p class="pw">Powered by QingLuntan 3.2 © qingluntan.net · Archiver · 手机版</p>'

CORP_CREDIT = '<p style="font-size:12px;color:#aaa">网站建设：云帆建站 yunfanjianzhan.com 提供技术支持</p>'

VIDEO_CSS = ("body{background:#111;color:#eee;font-family:sans-serif;max-width:420px;margin:auto}"
             ".cap{padding:10px}.cm{border-top:1px solid #333;padding:6px;font-size:13px}a{color:#6cf}"
             ".ft{font-size:11px;color:#777}")
VIDEO_FOOT = ('<p class="ft">抖拍短视频 · 违法和不良信息举报电话 4006-900-811 · '
              '<a href="index.html">更多视频</a></p>')

NOTES_CSS = ("body{font-family:'PingFang SC',sans-serif;max-width:480px;margin:auto;background:#fffaf6}"
             "img{width:100%;background:#fde;min-height:80px;display:block;margin:6px 0}.tag{color:#c36}")
NOTES_FOOT = '<p style="font-size:11px;color:#999">来自 种草笔记App · zhongcaobiji.com</p>'

JOBS_CSS = ("body{font-family:sans-serif;margin:20px;max-width:720px}dl{display:grid;grid-template-columns:120px 1fr}"
            "dt{color:#666}.ft{font-size:12px;color:#888;border-top:1px solid #ccc}")
JOBS_FOOT = ('<p class="ft">好职聘 haozhipin.com.cn · 求职者举报热线 400-655-0917 · '
             '凡收取培训费、押金的职位均属违规，请立即举报</p>')

WEIBO_CSS = ("body{font-family:sans-serif;background:#f2f2f5;max-width:600px;margin:auto}.card{background:#fff;"
             "padding:12px;margin:8px 0;border-radius:6px}.nick{color:#eb7350;font-weight:bold}.t{color:#999;font-size:12px}")

MP_CSS = ("body{max-width:640px;margin:auto;font:16px/1.9 -apple-system,sans-serif;color:#333;padding:0 14px}"
          "h1{font-size:22px}.acc{color:#576b95}.read{color:#999;font-size:13px}blockquote{border-left:3px solid #07c160;"
          "padding-left:8px;color:#555}")

QUN_CSS = ("body{font-family:monospace;background:#f7f7f7;max-width:700px;margin:auto}"
           ".msg{background:#fff;margin:4px 0;padding:6px 10px;white-space:pre-line}.who{color:#1d8}")


# ================================================================= U01
# brands 智训通教育 / 鹏城AI学苑 / 启衡职业培训 (深圳)
P("/mall/item-30417.html", doc("【智训通教育】人工智能训练师四级 线上班 - 优学集市", f"""
{MALL_TOP}
<div class="box">
<h1>人工智能训练师（四级/中级工）线上精品班 含教材+题库+考前串讲</h1>
<p>店铺：<b>智训通教育旗舰店</b> · 广东 深圳 · 已售 1,206</p>
<p class="price">¥3,980 <s style="color:#999;font-size:14px">¥5,800</s></p>
<p>支持花呗分期 3/6/12 期，12期每期约 ¥331.7</p>
</div>
<div class="box">
<h2>课程详情</h2>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>级别</th><th>课时</th><th>学费</th></tr>
<tr><td>五级（初级工）</td><td>60</td><td>¥2,680</td></tr>
<tr><td>四级（中级工）</td><td>50</td><td>¥3,980</td></tr>
<tr><td>三级（高级工）</td><td>40</td><td>¥5,280</td></tr>
</table>
<p>名额有限，报名前请先咨询班主任确认报考条件。班主任电话 139-0271-4406，VX：zxt_ai88（备注"优学"）。</p>
<p style="color:#999">示例订单截图仅供参考，请以实际为准。</p>
</div>
{MALL_FOOT}
""", MALL_CSS), True, "U01", "智训通教育",
  [("phone", "+8613902714406", "139-0271-4406"), ("wechat", "zxt_ai88", "zxt_ai88")],
  "marketplace item; price table by level; platform footer decoys")

P("/bbs/thread-8821.html", doc("深圳AI训练师三级周末班开班啦 - 职场交流论坛", f"""
{BBS_HEAD}
<h2>[深圳] 人工智能训练师 三级 周末班 3月开班，名额还有8个</h2>
<table class="post"><tr><td class="au">鹏城AI学苑<br>注册会员<br>帖子 37</td><td>
<p>各位坛友好，鹏城AI学苑本期开人工智能训练师三级（高级工）周末班，南山线下+线上直播。</p>
<p>学费 4680元 一次付清，两人同行各减300。有四级证+满5年的同学可以直接报三级，不清楚条件的私聊帮你看。</p>
<p>咨询加微信 Zxt_AI88 或者扣扣 2851907364 ，白天都在。</p>
</td></tr></table>
<table class="post"><tr><td class="au">路过的猫<br>新手上路</td><td><p>4680有点贵啊，有补贴吗</p></td></tr></table>
<table class="post"><tr><td class="au">鹏城AI学苑</td><td><p>深圳有技能提升补贴，符合条件的拿证后自己去申请，我们可以教流程。</p></td></tr></table>
{BBS_FOOT}
""", BBS_CSS), True, "U01", "鹏城AI学苑",
  [("wechat", "zxt_ai88", "Zxt_AI88"), ("qq", "2851907364", "2851907364")],
  "forum thread opened by the seller; WeChat id written with different case than the shop item")

P("/corp/qiheng/index.html", doc("启衡职业培训 - 人工智能训练师 数据标注 培训认定", f"""
<header style="background:#0a3d62;color:#fff;padding:20px"><h1>启衡职业培训</h1><p>让技能成为你的底气</p></header>
<nav><a href="blog-3.html">学员动态</a> | <a href="../index.html">企业黄页</a></nav>
<section style="display:flex;gap:12px">
<div style="border:1px solid #ccc;padding:10px;width:30%"><h3>人工智能训练师 五级</h3><p>零基础入门 · 学费 2 千多，具体以当期简章为准</p></div>
<div style="border:1px solid #ccc;padding:10px;width:30%"><h3>人工智能训练师 四级</h3><p>数据采集和处理、数据标注、智能系统运维</p></div>
<div style="border:1px solid #ccc;padding:10px;width:30%"><h3>人工智能训练师 三级</h3><p>业务分析、智能训练、智能系统设计</p></div>
</section>
<p>证书样本（编号示例 S000044010032243000157）。证书信息可在 zscx.osta.org.cn 查询。</p>
<address>深圳市启衡职业培训有限公司<br>统一社会信用代码：{C_QIHENG}<br>
QQ：2851907364<br>招生邮箱：<a href="mailto:zhaosheng@qihengpx.cn">zhaosheng@qihengpx.cn</a><br>官网 www.qihengpx.cn</address>
{CORP_CREDIT}
""", "body{font-family:sans-serif;margin:0}address{font-style:normal;padding:10px;background:#eee}"),
  True, "U01", "启衡职业培训",
  [("qq", "2851907364", "2851907364"), ("uscc", C_QIHENG, C_QIHENG),
   ("email", "zhaosheng@qihengpx.cn", "zhaosheng@qihengpx.cn"), ("domain", "qihengpx.cn", "www.qihengpx.cn")],
  "company site, cards layout; certificate-number sample and official query site are decoys")

P("/corp/qiheng/blog-3.html", doc("三级班学员全部通过?聊聊我们怎么备考 - 启衡职业培训", f"""
<article style="max-width:680px;margin:auto;font-family:serif;line-height:1.8">
<h1>三级班备考复盘：理论+实操怎么准备</h1>
<p class="date">2026-02-18 · 启衡教务</p>
<p>上一期人工智能训练师三级班 26 人报名，实际参加认定 24 人。理论考试和操作技能考核分开进行，
我们不敢说“包过”，但会把《认定要素细目表》里的每一章都过一遍。</p>
<p>考点安排在省内的评价机构，考务咨询电话（考点公布）020-8319 6607，考试当天请带身份证。</p>
<p>下一期三级班学费：伍仟贰佰捌拾元，可分两次缴纳。报名联系 杨老师 177 2746 0915，或发邮件 zhaosheng [at] qihengpx.cn 。</p>
<p style="color:#777">深圳市启衡职业培训有限公司 · {C_QIHENG}</p>
<p><a href="index.html">返回首页</a></p>
</article>
{CORP_CREDIT}
"""), True, "U01", "启衡职业培训",
  [("phone", "+8617727460915", "177 2746 0915"), ("email", "zhaosheng@qihengpx.cn", "zhaosheng [at] qihengpx.cn"),
   ("uscc", C_QIHENG, C_QIHENG)],
  "company blog post; price in Chinese capital numerals; quotes an assessment-site number (decoy)")

# ================================================================= U02
# brands 华数智联 / 数标优才 (广州)
P("/fenlei/post-55102.html", doc("广州 人工智能训练师证 培训 华数智联 - 邻里分类网", f"""
{FENLEI_TOP}
<h1>AI训练师证 五级四级 周末班/线上班 广州天河</h1>
<p class="meta">发布：2026-03-02 · 浏览 388 · 区域：天河</p>
<pre style="font-family:inherit">
【机构】华数智联
【项目】人工智能训练师（数据标注员方向）
【费用】五级 2380元 / 四级 3380元
【上课】周六日 或 晚班
【联系】+86 186 2071 3359（李）
【学员群】QQ群：736120558
</pre>
{FENLEI_FOOT}
""", FENLEI_CSS), True, "U02", "华数智联",
  [("phone", "+8618620713359", "+86 186 2071 3359"), ("qq_group", "736120558", "736120558")],
  "classified ad in pre-formatted text")

P("/notes/n-7f3a.html", doc("数据标注也能考证？我报了AI训练师", f"""
<h2>宝子们 我报了AI训练师四级！！</h2>
<img src="img/n7f3a-1.png" alt="数标优才 人工智能训练师四级 招生海报 学费3380 可分期 加薇：shubiao_youcai 备注 笔记">
<img src="img/n7f3a-2.png" alt="学员报名成功截图 订单号13820571946 已支付">
<img src="img/n7f3a-3.png" alt="答疑群 群号 736-120-558 进群发暗号 训练师">
<p>图都在上面啦，自己看～ <span class="tag">#AI训练师 #考证 #副业</span></p>
{NOTES_FOOT}
""", NOTES_CSS), True, "U02", "数标优才",
  [("wechat", "shubiao_youcai", "shubiao_youcai"), ("qq_group", "736120558", "736-120-558")],
  "notes-app post; offer almost entirely in image alt text; reused 'order screenshot' number is a decoy")

P("/video/v-2291.html", doc("数标优才：普通人怎么入行AI训练师", f"""
<div class="cap">
<p><b>@数标优才官方</b></p>
<p>普通人入行AI的门槛其实没那么高👇 人工智能训练师四级，线上学50课时，考完拿职业技能等级证书。
学费三千三百八，今天私信送题库。</p>
<p>主页有V：shubiao_youcai ，资料发邮箱 sbyc2023 @ 163.com</p>
</div>
<div class="cm">用户8842：能补贴吗<br>数标优才官方：符合失业保险条件的可以申请，看个人情况哈</div>
{VIDEO_FOOT}
""", VIDEO_CSS), True, "U02", "数标优才",
  [("wechat", "shubiao_youcai", "shubiao_youcai"), ("email", "sbyc2023@163.com", "sbyc2023 @ 163.com")],
  "short-video page text with comment; platform report number is a decoy")

P("/lp/signup-hszl.html", doc("华数智联 · 在线报名", f"""
<div style="max-width:420px;margin:auto;font-family:sans-serif">
<h2>人工智能训练师 报名登记</h2>
<form>
<label>姓名 <input name="n" placeholder="请输入姓名"></label><br>
<label>手机 <input name="p" placeholder="138-0000-0000"></label><br>
<label>邮箱 <input name="e" placeholder="example@example.com"></label><br>
<label>级别 <select><option>五级 ¥2380</option><option>四级 ¥3380</option><option>三级（需四级证）¥4980</option></select></label><br>
<button type="button">提交报名</button>
</form>
<p>提交后 24 小时内老师联系您。也可将报名表发至 sbyc2023#163.com（#换成@）</p>
<p>认定由备案评价机构实施，证书可登录 jndj.osta.org.cn 查询。评价机构信用代码 {C_PJZX}</p>
<p style="font-size:12px">广州华数智联教育科技有限公司 {C_HUASHU}</p>
</div>
"""), True, "U02", "华数智联",
  [("email", "sbyc2023@163.com", "sbyc2023#163.com"), ("uscc", C_HUASHU, C_HUASHU)],
  "sign-up form; form placeholders and the evaluation body's code are decoys")

# ================================================================= U03
# brands 金陵智途 / 途达职培 (南京)
P("/mp/a-20260311.html", doc("人工智能训练师到底值不值得考？一篇说清楚", f"""
<h1>人工智能训练师到底值不值得考？一篇说清楚</h1>
<p class="acc">金陵智途 <span class="read">2026-03-11 江苏</span></p>
<p>人工智能训练师是2020年人社部等部门发布的新职业，职业编码4-04-05-05，下设数据标注员和人工智能算法测试员两个工种。</p>
<p>很多同学问“这个证是不是国家发的”。实话说：现在的职业技能等级证书由备案的评价机构颁发，不是人社部直接发。
证书信息可以在 zscx.osta.org.cn 查询；有疑问也可以打 12333 问当地人社。</p>
<blockquote>我们的班：五级/四级/三级都有，线上直播+南京鼓楼线下实操。学费 ¥2,980 起。</blockquote>
<p>报名咨询：周老师 159 5178 3042（微信同号）</p>
<p>南京智途职业技能培训有限公司<br>统一社会信用代码 {C_ZHITU}</p>
<p class="read">阅读 2.1万 · 在看 86</p>
<p><a href="index.html">公众号文章列表</a></p>
""", MP_CSS), True, "U03", "金陵智途",
  [("phone", "+8615951783042", "159 5178 3042"), ("wechat", "15951783042", "159 5178 3042"),
   ("uscc", C_ZHITU, C_ZHITU)],
  "WeChat-article style, honest wording; phone doubles as WeChat (微信同号)")

P("/wenda/q-3318.html", doc("零基础能考人工智能训练师吗？ - 问答", f"""
<div style="max-width:700px;margin:auto;font-family:sans-serif">
<h1>零基础能考人工智能训练师吗？</h1>
<p style="color:#888">3 个回答</p>
<div style="border-bottom:1px solid #ddd"><p><b>途达职培小助手</b>（职业培训）</p>
<p>可以先从五级（初级）开始，按标准要有一年相关工作经历或学徒经历。我们途达职培的五级班学费 1980 元，
包教材和模拟题，南京、苏州、无锡都能考。需要报名表的加 v信 15951783042 ，或者 QQ 1403385627。</p></div>
<div style="border-bottom:1px solid #ddd"><p><b>匿名用户</b></p><p>建议先去看看标准原文再决定。</p></div>
</div>
"""), True, "U03", "途达职培",
  [("wechat", "15951783042", "15951783042"), ("qq", "1403385627", "1403385627")],
  "Q&A answer by seller")

P("/weibo/s-4471.html", doc("途达职培的微博", f"""
<div class="card"><span class="nick">途达职培</span> <span class="t">3月20日 09:12 来自 iPhone</span>
<p>🔥人工智能训练师四级 4月班开始报名🔥 线上+实操 学费3.2k 分三期0息 ✅名额20人
详情私信或扣1403385627 官网tudazhipei.com ⚠️提醒：有人冒充我们加微信 ai_zhengshu_vip 收费，那不是我们！</p>
<p>转发 12 · 评论 5 · 赞 31</p></div>
""", WEIBO_CSS), True, "U03", "途达职培",
  [("qq", "1403385627", "1403385627"), ("domain", "tudazhipei.com", "tudazhipei.com")],
  "microblog status; quotes the scam WeChat id from the news warning (decoy)")

# ================================================================= U04
# brands 蓉城数智 / 天府AI职教 (成都)
P("/jobs/post-9907.html", doc("AI训练师（可无经验）- 好职聘", f"""
<h1>AI训练师 / 数据标注（可无经验，带薪培训）</h1>
<dl>
<dt>公司</dt><dd>天府AI职教</dd>
<dt>薪资</dt><dd>6-12K（转正后）</dd>
<dt>地点</dt><dd>成都·高新区</dd>
<dt>要求</dt><dd>不限专业，不限经验</dd>
<dt>说明</dt><dd>入职前需参加人工智能训练师四级岗前培训，培训费 2980 元（可分期，取证后推荐就业）。</dd>
<dt>联系</dt><dd><a href="tel:+8618081265573">+86-180-8126-5573</a> 简历投递 hr@tfaizj.cn</dd>
</dl>
{JOBS_FOOT}
""", JOBS_CSS), True, "U04", "天府AI职教",
  [("phone", "+8618081265573", "+86-180-8126-5573"), ("email", "hr@tfaizj.cn", "hr@tfaizj.cn")],
  "job-board post that sells a course (training fee before 'hiring')")

P("/weibo/s-4488.html", doc("天府AI职教的微博", f"""
<div class="card"><span class="nick">天府AI职教</span> <span class="t">3月22日 20:40</span>
<p>【成都】人工智能训练师三级四级同时开班！考完即可申请技能提升补贴，最高可补2000元，相当于白学～
简历/报名都发 hr # tfaizj.cn （#改@）</p>
<img src="img/tf-1.png" alt="学员报名成功截图 订单号13820571946"></div>
""", WEIBO_CSS), True, "U04", "天府AI职教",
  [("email", "hr@tfaizj.cn", "hr # tfaizj.cn")],
  "microblog status; subsidy bait; reused screenshot with order number (decoy)")

P("/fenlei/post-55377.html", doc("成都 人工智能训练师四级 包教包会 - 邻里分类网", f"""
{FENLEI_TOP}
<h1>成都 人工智能训练师 四级/三级 蓉城数智 小班</h1>
<p class="meta">发布：2026-03-15 · 区域：武侯</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><td>机构</td><td>蓉城数智</td></tr>
<tr><td>四级</td><td>3280元（含认定费）</td></tr>
<tr><td>三级</td><td>4580元</td></tr>
<tr><td>电话</td><td>180 8126 5573</td></tr>
<tr><td>微信</td><td>rcsz_kefu</td></tr>
<tr><td>考点咨询</td><td>020-8319 6607</td></tr>
</table>
{FENLEI_FOOT}
""", FENLEI_CSS), True, "U04", "蓉城数智",
  [("phone", "+8618081265573", "180 8126 5573"), ("wechat", "rcsz_kefu", "rcsz_kefu")],
  "classified ad as table; quotes a copied assessment-site number (decoy)")

P("/lp/rcsz.html", doc("蓉城数智 · AI训练师小程序", f"""
<div style="max-width:375px;margin:auto;font-family:sans-serif;background:#f0f7ff;padding:12px">
<h2>蓉城数智 AI训练师</h2>
<img src="img/rc-banner.png" alt="限时 人工智能训练师四级 叁仟贰佰捌拾 含认定费">
<ul><li>课程：50课时 线上</li><li>认定：理论+实操</li><li>证书样本编号 S000044010032243000157</li></ul>
<p>付款方式：对公转账 户名 成都蓉城数智教育咨询有限公司 账号 4402 2170 0910 0352 661</p>
<p>客服微信：rcsz_kefu · 投诉请拨 12345</p>
<p>电话 138-0000-0000（模板占位，实际以客服为准）</p>
<p style="font-size:11px">{C_RONGCHENG}</p>
</div>
"""), True, "U04", "蓉城数智",
  [("wechat", "rcsz_kefu", "rcsz_kefu"), ("other", "4402217009100352661", "4402 2170 0910 0352 661"),
   ("uscc", C_RONGCHENG, C_RONGCHENG)],
  "mini-program landing page; bank account name and number as payment identifier; template placeholder phone (decoy)")

# ================================================================= U05
# brands 北辰智培 / 辰星教育 / 京北职业技能 (北京)
P("/mall/item-30522.html", doc("【北辰智培】AI训练师 三级 直通班 - 优学集市", f"""
{MALL_TOP}
<div class="box">
<h1>人工智能训练师 高级工（三级）直通班 北京</h1>
<p>店铺：<b>北辰智培</b> · 北京 海淀</p>
<p class="price">7800元</p>
<p>课程代码 15000620318 · 含认定费 · 名额 30</p>
<p>店长电话：133 1162 8094 · QQ 3120774591</p>
<p style="color:#c00">声明：近期有人用 17095216638 冒充本店收取报名费，与本店无关！</p>
</div>
{MALL_FOOT}
""", MALL_CSS), True, "U05", "北辰智培",
  [("phone", "+8613311628094", "133 1162 8094"), ("qq", "3120774591", "3120774591")],
  "marketplace item; quotes the scam number from the news (decoy); platform course code looks like a phone (decoy)")

P("/mall/item-30688.html", doc("辰星教育 人工智能训练师四级 速成 - 优学集市", f"""
{MALL_TOP}
<div class="box">
<h1>辰星教育｜人工智能训练师四级 30天速成 不过免费重学</h1>
<p>店铺：<b>辰星教育</b></p>
<p class="price">¥4,200</p>
<p>课程代码 15000620318</p>
<p>售前咨询 Q:3120774591 · 资料索取 chenxing_edu@126.com</p>
</div>
{MALL_FOOT}
""", MALL_CSS), True, "U05", "辰星教育",
  [("qq", "3120774591", "3120774591"), ("email", "chenxing_edu@126.com", "chenxing_edu@126.com")],
  "second shop of the same seller on the same marketplace")

P("/qun/board-12.html", doc("京北职业技能 学员群公告", f"""
<h2>【群公告】京北职业技能·AI训练师交流群</h2>
<div class="msg"><span class="who">群主 京北职业技能-陈老师</span>
本群为人工智能训练师报考交流群
五级 2600 / 四级 3900 / 三级 5600
报名统一加我微信：jbzj-2026
发票、合同请发邮件 chenxing_edu＠126.com</div>
<div class="msg"><span class="who">小周</span>
老师四级要多久出证</div>
<div class="msg"><span class="who">群主 京北职业技能-陈老师</span>
考完一般两三个月，以评价机构公告为准</div>
""", QUN_CSS), True, "U05", "京北职业技能",
  [("wechat", "jbzj-2026", "jbzj-2026"), ("email", "chenxing_edu@126.com", "chenxing_edu＠126.com")],
  "chat-group notice board; e-mail written with a full-width at sign")

P("/corp/jingbei/index.html", doc("北京京北职业技能培训有限公司", f"""
<div style="font-family:sans-serif;max-width:900px;margin:auto">
<h1>京北职业技能</h1>
<table width="100%" border="0"><tr>
<td><img src="img/jb-logo.png" alt="京北职业技能 logo"></td>
<td>人工智能训练师 · 数据标注员 · 算法测试员<br>周末班 / 晚班 / 企业内训</td></tr></table>
<h3>联系我们</h3>
<ul><li>微信：jbzj-2026</li><li>网址：http://www.jbzyjn.com.cn</li><li>查询证书：zscx.osta.org.cn</li></ul>
<p>北京京北职业技能培训有限公司 统一社会信用代码：{C_JINGBEI}</p>
<p><a href="../index.html">企业黄页</a></p>
{CORP_CREDIT}
</div>
"""), True, "U05", "京北职业技能",
  [("wechat", "jbzj-2026", "jbzj-2026"), ("domain", "jbzyjn.com.cn", "www.jbzyjn.com.cn"),
   ("uscc", C_JINGBEI, C_JINGBEI)],
  "company site; site-builder credit (decoy)")

# ================================================================= U06
# brands 江城AI工坊 / 楚天智学 (武汉)
P("/bbs/thread-8840.html", doc("武汉有没有靠谱的AI训练师培训？ - 职场交流论坛", f"""
{BBS_HEAD}
<h2>武汉有没有靠谱的AI训练师培训？求推荐</h2>
<table class="post"><tr><td class="au">橘子汽水<br>新手上路</td><td>
<p>在做电商客服，想转数据标注，看到好多机构都说能考AI训练师证，怎么选？</p></td></tr></table>
<table class="post"><tr><td class="au">老韩<br>中级会员</td><td>
<p>先查机构是不是备案的评价机构，再看价格，别信包过。</p></td></tr></table>
<table class="post"><tr><td class="au">江城AI工坊<br>注册会员</td><td>
<p>楼主可以了解下我们江城AI工坊，光谷上课，五级1880，四级2880，三级需要四级证。
考点咨询（评价机构公布的电话）020-8319 6607。我电话 １３６ ２７１８ ０５４９ 同微信。</p></td></tr></table>
{BBS_FOOT}
""", BBS_CSS), True, "U06", "江城AI工坊",
  [("phone", "+8613627180549", "１３６ ２７１８ ０５４９"), ("wechat", "13627180549", "１３６ ２７１８ ０５４９")],
  "forum thread opened by a buyer; seller replies with a full-width-digit phone that is also WeChat")

P("/wenda/q-3402.html", doc("人工智能训练师证书有用吗？ - 问答", f"""
<div style="max-width:700px;margin:auto;font-family:sans-serif">
<h1>人工智能训练师证书有用吗？</h1>
<div><p><b>楚天智学 张老师</b></p>
<p>有用，国家人社部颁发，全国通用，可以评职称、落户加分。我们楚天智学四级只要2880，三级3880，
零基础也能报，不过退费。</p>
<p>电话 +8613627180549 学员交流QQ群 588204317</p></div>
</div>
"""), True, "U06", "楚天智学",
  [("phone", "+8613627180549", "+8613627180549"), ("qq_group", "588204317", "588204317")],
  "Q&A answer with false authority claims (人社部颁发, 不过退费)")

P("/weibo/s-4520.html", doc("楚天智学的微博", f"""
<div class="card"><span class="nick">楚天智学</span> <span class="t">3月25日</span>
<p>训练师证四月考期 最后10个名额！群：588204317 加v ctzx_ai 领资料。证书官网可查 jndj.osta.org.cn</p>
<img src="img/ct-1.png" alt="学员报名成功截图 订单号13820571946">
</div>
""", WEIBO_CSS), True, "U06", "楚天智学",
  [("qq_group", "588204317", "588204317"), ("wechat", "ctzx_ai", "ctzx_ai")],
  "short microblog status; reused order screenshot (decoy)")

# ================================================================= U07
# brands 泉城职培中心 / 齐鲁智训 (济南)
P("/mp/a-20260402.html", doc("济南人工智能训练师四月班招生简章", f"""
<h1>泉城职培中心｜人工智能训练师（四级）四月班招生简章</h1>
<p class="acc">泉城职培中心 <span class="read">2026-04-02 山东</span></p>
<h3>一、培训对象</h3><p>具有初中及以上学历，满足标准申报条件的在职人员。</p>
<h3>二、培训内容</h3><p>数据采集和处理、数据标注、智能系统运维，共50课时。</p>
<h3>三、费用</h3><p>培训费 2,600 元；认定费按评价机构标准另收。符合条件可申请技能提升补贴（以人社部门审核为准，咨询 12333）。</p>
<h3>四、报名</h3><p>电话：152-6401-9837　邮箱：qlzx@qlzhixun.cn　网站：qlzhixun.cn</p>
<p>证书查询：zscx.osta.org.cn</p>
<p><a href="index.html">公众号文章列表</a></p>
""", MP_CSS), True, "U07", "泉城职培中心",
  [("phone", "+8615264019837", "152-6401-9837"), ("email", "qlzx@qlzhixun.cn", "qlzx@qlzhixun.cn"),
   ("domain", "qlzhixun.cn", "qlzhixun.cn")],
  "WeChat article enrolment brochure, sober wording")

P("/lp/signup-qc.html", doc("泉城职培中心 报名表", f"""
<div style="max-width:480px;margin:auto;font-family:sans-serif">
<h2>报名表（人工智能训练师）</h2>
<table border="1" cellpadding="5" style="border-collapse:collapse;width:100%">
<tr><td>姓名</td><td><input></td></tr>
<tr><td>联系邮箱</td><td><input placeholder="example@example.com"></td></tr>
<tr><td>申报级别</td><td>五级 □ 四级 □</td></tr>
<tr><td>费用</td><td>五级 贰仟元整 / 四级 贰仟陆佰元整</td></tr>
</table>
<p>填好后拍照发到 qlzx(at)qlzhixun.cn</p>
<p>评价机构：某省技能评价服务中心（信用代码 {C_PJZX}）</p>
<p>主办：济南泉城职业培训中心有限公司 {C_QUANCHENG}</p>
</div>
"""), True, "U07", "泉城职培中心",
  [("email", "qlzx@qlzhixun.cn", "qlzx(at)qlzhixun.cn"), ("uscc", C_QUANCHENG, C_QUANCHENG)],
  "sign-up form as table; evaluation body's code and form placeholder are decoys")

P("/fenlei/post-55610.html", doc("济南 AI训练师证 齐鲁智训 - 邻里分类网", f"""
{FENLEI_TOP}
<h1>齐鲁智训：人工智能训练师五级/四级，历下区面授</h1>
<p class="meta">发布：2026-04-06</p>
<p>齐鲁智训（济南泉城职业培训中心有限公司旗下品牌，信用代码 {C_QUANCHENG}）常年招生。
五级两千，四级两千六。加微信 qlzx0531 发资料。</p>
{FENLEI_FOOT}
""", FENLEI_CSS), True, "U07", "齐鲁智训",
  [("uscc", C_QUANCHENG, C_QUANCHENG), ("wechat", "qlzx0531", "qlzx0531")],
  "short classified; tied to the article only through the company code")

# ================================================================= U08
# brands 海西数据学院 / 闽智优训 (福州/厦门)
P("/video/v-2305.html", doc("海西数据学院：AI训练师三级实操片段", f"""
<div class="cap">
<p><b>@海西数据学院</b></p>
<p>三级实操考什么？今天带大家看看智能训练模块📌 四级三级连报立减800，学费合计7千出头。
评论区扣“训练师”，或加V：hxsj_edu ☎ 17750226481</p>
<p>提醒：17095216638 这个号不是我们的，别上当。</p>
</div>
<div class="cm">海边的风：连报要满足条件吗<br>海西数据学院：三级要四级证加年限，先评估</div>
{VIDEO_FOOT}
""", VIDEO_CSS), True, "U08", "海西数据学院",
  [("wechat", "hxsj_edu", "hxsj_edu"), ("phone", "+8617750226481", "17750226481")],
  "short-video text; quotes the scam number (decoy)")

P("/notes/n-81c0.html", doc("厦门考AI训练师的姐妹看过来", f"""
<h2>厦门考AI训练师的姐妹看过来✨</h2>
<img src="img/81c0-1.png" alt="闽智优训 人工智能训练师 五级 ¥1,680 四级 ¥2,680 线上+厦门线下">
<img src="img/81c0-2.png" alt="咨询方式 微信 hxsj_edu QQ 986035172">
<img src="img/81c0-3.png" alt="证书样本 仅供展示">
<p class="tag">#厦门考证 #AI训练师</p>
{NOTES_FOOT}
""", NOTES_CSS), True, "U08", "闽智优训",
  [("wechat", "hxsj_edu", "hxsj_edu"), ("qq", "986035172", "986035172")],
  "notes-app post with the offer in image alt text")

P("/corp/haixi/blog-1.html", doc("海西数据学院 · 学院动态", f"""
<div style="max-width:760px;margin:auto;font-family:'Microsoft YaHei',sans-serif">
<p><a href="../index.html">企业黄页</a> / 学院动态</p>
<h1>人工智能训练师五级周末班第七期开课</h1>
<p>本期学员 32 人，来自物流、客服、电商等岗位。五级班学费 1680 元，四级 2680 元。</p>
<p>咨询 QQ 986035172 · 邮箱 pay@hxsjxy.cn · 官网 https://hxsjxy.cn</p>
<p>表单示例电话 138-0000-0000 请替换</p>
{CORP_CREDIT}
</div>
"""), True, "U08", "海西数据学院",
  [("qq", "986035172", "986035172"), ("email", "pay@hxsjxy.cn", "pay@hxsjxy.cn"),
   ("domain", "hxsjxy.cn", "hxsjxy.cn")],
  "company blog; leftover template phone (decoy)")

# ================================================================= U09
# brands 豫才智能 / 中原慧训 (郑州)
P("/mall/item-30791.html", doc("豫才智能 人工智能训练师五级 - 优学集市", f"""
{MALL_TOP}
<div class="box">
<h1>豫才智能｜AI训练师五级（初级）零基础班</h1>
<p>店铺：<b>豫才智能</b> · 河南 郑州</p>
<p class="price">1,980元</p>
<table><tr><td>课程代码</td><td>15000620318</td></tr>
<tr><td>联系电话</td><td>137 8351 9260</td></tr>
<tr><td>收款户名</td><td>郑州豫才智能科技有限公司 6217 0024 9010 3385 126</td></tr></table>
</div>
{MALL_FOOT}
""", MALL_CSS), True, "U09", "豫才智能",
  [("phone", "+8613783519260", "137 8351 9260"), ("other", "6217002490103385126", "6217 0024 9010 3385 126")],
  "marketplace item; private payment account (other)")

P("/jobs/post-9931.html", doc("数据标注训练师（郑州）- 好职聘", f"""
<h1>数据标注训练师 郑州 5-8K</h1>
<dl>
<dt>企业</dt><dd>中原慧训</dd>
<dt>福利</dt><dd>包培训、包考证（人工智能训练师四级），培训费2680先交后返</dd>
<dt>电话</dt><dd>137-8351-9260</dd>
<dt>微信</dt><dd>zyhx_2025</dd>
</dl>
{JOBS_FOOT}
""", JOBS_CSS), True, "U09", "中原慧训",
  [("phone", "+8613783519260", "137-8351-9260"), ("wechat", "zyhx_2025", "zyhx_2025")],
  "job post selling a course (fee first, refund promised)")

P("/qun/board-19.html", doc("中原慧训 AI训练师 报考群", f"""
<h2>群公告 · 中原慧训</h2>
<div class="msg"><span class="who">管理员</span>
人工智能训练师五级四级三级 全年开班
五级 1980 四级 2680 三级 3680（三级需符合条件）
联系 微信 zyhx_2025
大群 QQ群 705331846
考点电话 020-8319 6607（考前一周通知）</div>
""", QUN_CSS), True, "U09", "中原慧训",
  [("wechat", "zyhx_2025", "zyhx_2025"), ("qq_group", "705331846", "705331846")],
  "group board; quotes the copied assessment-site number (decoy)")

# ================================================================= independents
P("/bbs/thread-8873.html", doc("上海松江 AI训练师四级 晚班 - 职场交流论坛", f"""
{BBS_HEAD}
<h2>松江 人工智能训练师四级晚班 招生</h2>
<table class="post"><tr><td class="au">松江智能教育<br>注册会员</td><td>
<p>上海松江大学城附近，四级晚班 每周二四六，学费 ¥3,600。考点咨询 020-8319 6607。</p>
<p>报名电话 <a href="tel:18917305526">189-1730-5526</a></p></td></tr></table>
{BBS_FOOT}
""", BBS_CSS), True, "I01", "松江智能教育",
  [("phone", "+8618917305526", "189-1730-5526")], "independent; forum thread")

P("/weibo/s-4602.html", doc("AI训练师王老师的微博", f"""
<div class="card"><span class="nick">AI训练师王老师</span> <span class="t">4月1日</span>
<p>一对一辅导人工智能训练师三级，理论+实操，辅导费 ¥2,400，考不过下期免费再听。微信：wang_ai_teacher</p></div>
""", WEIBO_CSS), True, "I02", "AI训练师王老师",
  [("wechat", "wang_ai_teacher", "wang_ai_teacher")], "independent; very short microblog status")

P("/mall/item-30840.html", doc("云岭AI培训 人工智能训练师 - 优学集市", f"""
{MALL_TOP}
<div class="box">
<h1>云岭AI培训｜人工智能训练师四级 昆明面授</h1>
<p class="price">¥2,880</p>
<img src="img/yl.png" alt="学员报名成功截图 订单号13820571946">
<p>店铺客服 QQ：2270458813</p>
</div>
{MALL_FOOT}
""", MALL_CSS), True, "I03", "云岭AI培训",
  [("qq", "2270458813", "2270458813")], "independent; marketplace item")

P("/corp/xinghan/index.html", doc("星汉智能科技 - AI数据服务与人才培养", f"""
<div style="font-family:sans-serif;max-width:960px;margin:auto">
<h1>星汉智能</h1>
<p>数据标注服务 · 人工智能训练师（五级/四级）企业定向培养</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>班型</th><th>周期</th><th>费用</th></tr>
<tr><td>五级 定向班</td><td>4 周</td><td>¥2,200</td></tr>
<tr><td>四级 提升班</td><td>5 周</td><td>¥3,100</td></tr></table>
<p>证书样本编号：S000044010032243000157 · 查询：zscx.osta.org.cn · 政策咨询 12333</p>
<p>评价合作机构信用代码 {C_PJZX}</p>
<p>电话 137 5812 0634 · 邮箱 <a href="mailto:peixun@xinghanai.com">peixun@xinghanai.com</a> · www.xinghanai.com</p>
<p>杭州星汉智能科技有限公司 统一社会信用代码 {C_XINGHAN}</p>
<p><a href="../index.html">企业黄页</a></p>
{CORP_CREDIT}
</div>
"""), True, "I04", "星汉智能",
  [("phone", "+8613758120634", "137 5812 0634"), ("email", "peixun@xinghanai.com", "peixun@xinghanai.com"),
   ("domain", "xinghanai.com", "www.xinghanai.com"), ("uscc", C_XINGHAN, C_XINGHAN)],
  "independent; company site with many decoys")

P("/video/v-2340.html", doc("湘江数标：长沙AI训练师", f"""
<div class="cap"><p><b>@湘江数标</b></p>
<p>长沙的朋友 人工智能训练师五级 一千八百八 包教材 📞199 1847 2035</p>
<p>（示例号码 138-0000-0000 请勿拨打）</p></div>
{VIDEO_FOOT}
""", VIDEO_CSS), True, "I05", "湘江数标",
  [("phone", "+8619918472035", "199 1847 2035")], "independent; short-video text")

P("/wenda/q-3455.html", doc("天津哪里可以考AI训练师？ - 问答", f"""
<div style="max-width:700px;margin:auto;font-family:sans-serif">
<h1>天津哪里可以考AI训练师？</h1>
<div><p><b>津门职训</b></p><p>我们津门职训有人工智能训练师四级班，线下河西区，学费三千出头，
可以先试听。Q 1735092846</p></div>
</div>
"""), True, "I06", "津门职训",
  [("qq", "1735092846", "1735092846")], "independent; Q&A answer")

# ================================================================= non-offer pages
P("/news/warn-1.html", doc("警惕！“AI训练师证”骗局又来了", f"""
<div style="max-width:720px;margin:auto;font-family:serif;line-height:1.8">
<p><a href="index.html">新闻</a></p>
<h1>警惕！“AI训练师证”骗局又来了，有人被骗6800元</h1>
<p>本报讯 市民刘女士日前接到自称“人工智能训练师考证中心”的电话，对方用号码 17095216638 联系，
称“国家证书、免考直接拿证”，并让其添加微信 ai_zhengshu_vip 缴费。刘女士转账6800元后被拉黑。</p>
<p>人社部门提醒：职业技能等级证书由备案的评价机构颁发，可在 zscx.osta.org.cn 查询；如有疑问拨打 12333，
遇到消费纠纷可拨打 12315。</p>
</div>
"""), note="news warning quoting a scam phone and WeChat id")

P("/news/warn-2.html", doc("假证书网站被关停", f"""
<p><a href="index.html">新闻</a></p>
<h1>多个仿冒证书查询网站被关停</h1>
<p>近期，有关部门关停一批仿冒官方查询网站的“证书查询”页面。群众发现类似情况可拨打 12345 反映。</p>
"""), note="short news warning")

P("/news/policy.html", doc("X证书转隶人社 职业技能等级认定迎来新变化", f"""
<div style="max-width:720px;margin:auto;font-family:serif">
<p><a href="index.html">新闻</a></p>
<h1>X证书工作移交人社 职业技能等级认定迎来新变化</h1>
<p>根据人社厅函〔2025〕154号，原职业教育培训评价组织不得再新开展X证书工作，可申请成为职业技能等级认定机构。
职业技能等级证书信息可在 jndj.osta.org.cn 等平台查询。</p>
</div>
"""), note="policy news")

P("/gov/explainer.html", doc("职业技能等级证书常见问题解答", f"""
<div style="font-family:sans-serif;max-width:760px;margin:auto">
<h1>职业技能等级证书常见问题解答</h1>
<dl>
<dt>问：人工智能训练师证书由谁颁发？</dt>
<dd>答：由在人社部门备案的用人单位或社会培训评价组织颁发，政府部门不直接发证。</dd>
<dt>问：怎么查询证书真伪？</dt>
<dd>答：登录技能人才评价证书全国联网查询 zscx.osta.org.cn，输入姓名、证件号和证书编号。</dd>
<dt>问：有疑问找谁？</dt>
<dd>答：拨打 12333 人社服务热线。</dd>
</dl>
<p><a href="../index.html">首页</a></p>
</div>
"""), note="official-style explainer (definition list)")

P("/wenda/q-neutral.html", doc("人工智能训练师和人工智能工程技术人员有什么区别？ - 问答", f"""
<div style="max-width:700px;margin:auto;font-family:sans-serif">
<h1>人工智能训练师和人工智能工程技术人员有什么区别？</h1>
<p><b>数据民工</b>：前者是技能类职业（4-04-05-05），分五级到一级；后者是专业技术类，走职称。
报什么班之前先确认评价机构是否备案，别看广告吹。</p>
</div>
"""), note="neutral Q&A, no seller")

P("/jobs/biaozhu-hire.html", doc("数据标注员（全职）- 好职聘", f"""
<h1>数据标注员（全职，无需培训费）</h1>
<dl>
<dt>公司</dt><dd>苏州澄湖数据服务有限公司</dd>
<dt>薪资</dt><dd>5-7K，五险一金</dd>
<dt>要求</dt><dd>大专及以上，细心，有标注经验优先；入职后公司承担技能等级认定费用</dd>
<dt>投递</dt><dd>hr@chenghudata.com · 0512-6781 3390</dd>
</dl>
{JOBS_FOOT}
""", JOBS_CSS), ids=[("email", "hr@chenghudata.com", "hr@chenghudata.com"), ("phone", "+8651267813390", "0512-6781 3390")],
  note="genuine job ad, not selling a course")

P("/bbs/complaint.html", doc("【曝光】交了钱拿不到证 - 职场交流论坛", f"""
{BBS_HEAD}
<h2>【曝光】报了所谓AI训练师“免考班”，交了钱就失联</h2>
<table class="post"><tr><td class="au">受害者小吴</td><td>
<p>对方号码 17095216638，说交钱直接拿证，现在拉黑了。已经打了12315和12345。大家小心！</p></td></tr></table>
<table class="post"><tr><td class="au">老韩</td><td><p>免考直接拿证的都别信，证书去 zscx.osta.org.cn 查。</p></td></tr></table>
{BBS_FOOT}
""", BBS_CSS), note="complaint thread quoting the scam number")

P("/fenlei/jiankang.html", doc("武汉 健康管理师 培训 - 邻里分类网", f"""
{FENLEI_TOP}
<h1>健康管理师三级 培训 武昌</h1>
<p>康途健康咨询，健康管理师三级培训，学费2500，咨询 155 2706 8813。</p>
<p>经营者：武汉康途健康咨询服务部 {C_JIANKANG}</p>
{FENLEI_FOOT}
""", FENLEI_CSS), ids=[("phone", "+8615527068813", "155 2706 8813"), ("uscc", C_JIANKANG, C_JIANKANG)],
  note="course for another occupation (健康管理师), not an AI-trainer offer")

P("/notes/n-exam.html", doc("AI训练师四级考试经历分享", f"""
<h2>AI训练师四级考完啦 记录一下</h2>
<img src="img/exam.png" alt="考场外的走廊">
<p>理论90分钟，实操主要是数据标注和清洗。我是公司统一报名的，没有找培训机构。</p>
{NOTES_FOOT}
""", NOTES_CSS), note="exam diary, no seller")

P("/weibo/s-rs.html", doc("某市人社发布的微博", f"""
<div class="card"><span class="nick">某市人社发布</span> <span class="t">3月28日</span>
<p>【提醒】网传“交钱免考拿人工智能训练师证”均为骗局。近期有人使用微信 ai_zhengshu_vip 冒充考证机构收费，请勿相信！咨询请拨 12333。</p></div>
""", WEIBO_CSS), note="official account warning")

# list pages
def listpage(path, title, links, css="", extra=""):
    items = "\n".join(f'<li><a href="{h}">{t}</a></li>' for h, t in links)
    P(path, doc(title, f"<h1>{title}</h1>{extra}<ul>{items}</ul>", css), note="list/index page")


listpage("/mall/index.html", "优学集市 · 职业技能 · 人工智能", [
    ("item-30417.html", "人工智能训练师（四级）线上精品班 ¥3,980"),
    ("item-30522.html", "AI训练师三级直通班 7800元"),
    ("item-30688.html", "人工智能训练师四级 30天 ¥4,200"),
    ("item-30791.html", "AI训练师五级零基础班 1,980元"),
    ("item-30840.html", "人工智能训练师四级 昆明面授 ¥2,880"),
], MALL_CSS, MALL_TOP + MALL_FOOT)
listpage("/bbs/index.html", "职场交流论坛 · 考证交流区", [
    ("thread-8821.html", "[深圳] 人工智能训练师 三级 周末班"),
    ("thread-8840.html", "武汉有没有靠谱的AI训练师培训？"),
    ("thread-8873.html", "松江 人工智能训练师四级晚班"),
    ("complaint.html", "【曝光】交了钱拿不到证"),
], BBS_CSS, BBS_FOOT)
listpage("/fenlei/index.html", "邻里分类网 · 教育培训", [
    ("post-55102.html", "广州 AI训练师证 五级四级"),
    ("post-55377.html", "成都 人工智能训练师 四级/三级"),
    ("post-55610.html", "济南 AI训练师证"),
    ("jiankang.html", "武汉 健康管理师 培训"),
], FENLEI_CSS, FENLEI_FOOT)
listpage("/news/index.html", "新闻", [
    ("warn-1.html", "警惕！“AI训练师证”骗局又来了"),
    ("warn-2.html", "多个仿冒证书查询网站被关停"),
    ("policy.html", "X证书工作移交人社"),
])
listpage("/mp/index.html", "公众号文章", [
    ("a-20260311.html", "人工智能训练师到底值不值得考？"),
    ("a-20260402.html", "泉城职培中心 四月班招生简章"),
], MP_CSS)
listpage("/video/index.html", "抖拍 · 职业技能话题", [
    ("v-2291.html", "普通人怎么入行AI训练师"),
    ("v-2305.html", "AI训练师三级实操片段"),
    ("v-2340.html", "长沙AI训练师"),
], VIDEO_CSS, VIDEO_FOOT)
listpage("/corp/index.html", "企业黄页 · 职业培训", [
    ("qiheng/index.html", "启衡职业培训"),
    ("jingbei/index.html", "京北职业技能"),
    ("haixi/blog-1.html", "海西数据学院 · 学院动态"),
    ("xinghan/index.html", "星汉智能科技"),
])
listpage("/index.html", "职业技能信息导航", [
    ("mall/index.html", "优学集市"), ("bbs/index.html", "职场交流论坛"), ("fenlei/index.html", "邻里分类网"),
    ("news/index.html", "新闻"), ("mp/index.html", "公众号文章"), ("video/index.html", "短视频"),
    ("corp/index.html", "企业黄页"), ("gov/explainer.html", "证书常见问题"),
    ("wenda/q-3318.html", "问答：零基础能考吗"), ("wenda/q-3402.html", "问答：证书有用吗"),
    ("wenda/q-3455.html", "问答：天津哪里考"), ("wenda/q-neutral.html", "问答：两个职业的区别"),
    ("weibo/s-4471.html", "微博 途达职培"), ("weibo/s-4488.html", "微博 天府AI职教"),
    ("weibo/s-4520.html", "微博 楚天智学"), ("weibo/s-4602.html", "微博 王老师"), ("weibo/s-rs.html", "微博 人社发布"),
    ("notes/n-7f3a.html", "笔记 数据标注考证"), ("notes/n-81c0.html", "笔记 厦门考证"), ("notes/n-exam.html", "笔记 考试经历"),
    ("jobs/post-9907.html", "职位 AI训练师"), ("jobs/post-9931.html", "职位 数据标注训练师"),
    ("jobs/biaozhu-hire.html", "职位 数据标注员"),
    ("lp/signup-hszl.html", "报名 华数智联"), ("lp/rcsz.html", "小程序 蓉城数智"), ("lp/signup-qc.html", "报名 泉城职培"),
    ("qun/board-12.html", "群公告 京北"), ("qun/board-19.html", "群公告 中原慧训"),
])

# ================================================================= decoys
ALLMALL = [p for p in html_of if p.startswith("/mall/")]
ALLBBS = [p for p in html_of if p.startswith("/bbs/")]
ALLFENLEI = [p for p in html_of if p.startswith("/fenlei/")]
ALLVIDEO = [p for p in html_of if p.startswith("/video/")]
ALLJOBS = [p for p in html_of if p.startswith("/jobs/")]
ALLNOTES = [p for p in html_of if p.startswith("/notes/")]
CORPCRED = ["/corp/qiheng/index.html", "/corp/qiheng/blog-3.html", "/corp/jingbei/index.html",
            "/corp/haixi/blog-1.html", "/corp/xinghan/index.html"]


def D(kind, value, paths, note):
    decoys.append({"kind": kind, "value": value, "paths": sorted(paths), "note": note})


decoys = []
D("phone", "12333", ["/mp/a-20260311.html", "/mp/a-20260402.html", "/corp/xinghan/index.html",
                     "/news/warn-1.html", "/gov/explainer.html", "/weibo/s-rs.html"], "人社 public hotline")
D("phone", "12345", ["/lp/rcsz.html", "/news/warn-2.html", "/bbs/complaint.html"], "government service hotline")
D("phone", "12315", ALLMALL + ["/news/warn-1.html", "/bbs/complaint.html"], "consumer-complaint hotline in marketplace footer and news")
D("domain", "zscx.osta.org.cn", ["/corp/qiheng/index.html", "/mp/a-20260311.html", "/corp/jingbei/index.html",
                                 "/mp/a-20260402.html", "/corp/xinghan/index.html", "/news/warn-1.html",
                                 "/gov/explainer.html", "/bbs/complaint.html"], "official certificate query site")
D("domain", "jndj.osta.org.cn", ["/lp/signup-hszl.html", "/weibo/s-4520.html", "/news/policy.html"],
  "official query URL printed on certificates")
D("phone", "+864001760288", ALLMALL, "marketplace's own service hotline in every item footer")
D("uscc", C_MALL, ALLMALL, "marketplace operator's credit code in every footer")
D("email", "kefu@youxueji.cn", ALLMALL, "marketplace service e-mail")
D("domain", "youxueji.cn", ALLMALL, "marketplace domain in footer")
D("qq", "3007215566", ALLFENLEI, "classifieds site's own service QQ")
D("domain", "qingluntan.net", ALLBBS, "forum software credit")
D("domain", "yunfanjianzhan.com", CORPCRED, "site builder credit on several sellers' sites")
D("phone", "+8617095216638", ["/news/warn-1.html", "/bbs/complaint.html", "/mall/item-30522.html", "/video/v-2305.html"],
  "scam number quoted in news and complaint; two sellers warn against it")
D("wechat", "ai_zhengshu_vip", ["/news/warn-1.html", "/weibo/s-rs.html", "/weibo/s-4471.html"],
  "scam WeChat id quoted in warnings and by one seller")
D("other", "13820571946", ["/notes/n-7f3a.html", "/weibo/s-4488.html", "/weibo/s-4520.html", "/mall/item-30840.html"],
  "order number in a reused testimonial screenshot (alt text); looks like a mobile number")
D("other", "15000620318", ["/mall/item-30522.html", "/mall/item-30688.html", "/mall/item-30791.html"],
  "marketplace course-category code that looks like a mobile number")
D("other", "S000044010032243000157", ["/corp/qiheng/index.html", "/lp/rcsz.html", "/corp/xinghan/index.html"],
  "sample certificate number copied across sellers")
D("phone", "+862083196607", ["/corp/qiheng/blog-3.html", "/fenlei/post-55377.html", "/bbs/thread-8840.html",
                             "/qun/board-19.html", "/bbs/thread-8873.html"],
  "assessment-site number quoted by several unrelated sellers")
D("uscc", C_PJZX, ["/lp/signup-hszl.html", "/lp/signup-qc.html", "/corp/xinghan/index.html"],
  "evaluation body's credit code quoted by several sellers")
D("phone", "+8613800000000", ["/lp/rcsz.html", "/corp/haixi/blog-1.html", "/video/v-2340.html", "/lp/signup-hszl.html"],
  "template placeholder phone")
D("email", "example@example.com", ["/lp/signup-hszl.html", "/lp/signup-qc.html"], "form placeholder e-mail")
D("phone", "+864006900811", ALLVIDEO, "short-video platform's report hotline")
D("phone", "+864006550917", ALLJOBS, "job board's report hotline")
D("domain", "haozhipin.com.cn", ALLJOBS, "job board's domain")
D("domain", "zhongcaobiji.com", ALLNOTES, "notes app credit")

# ================================================================= operators
operators = [
    ["U01", {"brands": ["智训通教育", "鹏城AI学苑", "启衡职业培训"],
             "ties": "mall item ↔ forum thread by WeChat zxt_ai88 (case differs); forum ↔ company site by QQ 2851907364; "
                     "site ↔ blog by e-mail zhaosheng@qihengpx.cn and USCC"}],
    ["U02", {"brands": ["华数智联", "数标优才"],
             "ties": "classified ↔ note by QQ group 736120558; note ↔ video by WeChat shubiao_youcai; "
                     "video ↔ sign-up form by e-mail sbyc2023@163.com"}],
    ["U03", {"brands": ["金陵智途", "途达职培"],
             "ties": "article ↔ Q&A by WeChat 15951783042 (微信同号 phone); Q&A ↔ microblog by QQ 1403385627"}],
    ["U04", {"brands": ["天府AI职教", "蓉城数智"],
             "ties": "job post ↔ microblog by e-mail hr@tfaizj.cn; job post ↔ classified by phone 18081265573; "
                     "classified ↔ landing page by WeChat rcsz_kefu"}],
    ["U05", {"brands": ["北辰智培", "辰星教育", "京北职业技能"],
             "ties": "two mall shops by QQ 3120774591; shop ↔ group board by e-mail chenxing_edu@126.com; "
                     "group board ↔ company site by WeChat jbzj-2026"}],
    ["U06", {"brands": ["江城AI工坊", "楚天智学"],
             "ties": "forum reply ↔ Q&A by phone 13627180549 (full-width vs +86); Q&A ↔ microblog by QQ group 588204317"}],
    ["U07", {"brands": ["泉城职培中心", "齐鲁智训"],
             "ties": "article ↔ sign-up form by e-mail qlzx@qlzhixun.cn; form ↔ classified by USCC"}],
    ["U08", {"brands": ["海西数据学院", "闽智优训"],
             "ties": "video ↔ note by WeChat hxsj_edu; note ↔ blog by QQ 986035172"}],
    ["U09", {"brands": ["豫才智能", "中原慧训"],
             "ties": "mall item ↔ job post by phone 13783519260; job post ↔ group board by WeChat zyhx_2025"}],
    ["I01", {"brands": ["松江智能教育"], "ties": "single page"}],
    ["I02", {"brands": ["AI训练师王老师"], "ties": "single page"}],
    ["I03", {"brands": ["云岭AI培训"], "ties": "single page"}],
    ["I04", {"brands": ["星汉智能"], "ties": "single page"}],
    ["I05", {"brands": ["湘江数标"], "ties": "single page"}],
    ["I06", {"brands": ["津门职训"], "ties": "single page"}],
]

truth = {
    "description": "operators-2026-12ab: invented Chinese web of AI-trainer (人工智能训练师) course sellers across "
                   "marketplace, classifieds, forum, Q&A, microblog, notes, short video, WeChat articles, landing/sign-up "
                   "pages, chat-group boards, company sites and job boards, with non-offer pages and decoy identifiers.",
    "pages": sorted(pages, key=lambda p: p["path"]),
    "operators": operators,
    "decoys": decoys,
}

# ================================================================= write
if os.path.isdir(SITE):
    shutil.rmtree(SITE)
for path, html in html_of.items():
    full = os.path.join(SITE, path.lstrip("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(html)
with open(os.path.join(SITE, "robots.txt"), "w") as f:
    f.write("User-agent: *\nAllow: /\n")
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print(f"wrote {len(html_of)} pages, {sum(p['is_offer'] for p in pages)} offers, {len(decoys)} decoys")
