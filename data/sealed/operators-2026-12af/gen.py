#!/usr/bin/env python3
"""Writes site/ and truth.json for the sealed web operators-2026-12af (stdlib only)."""
import json, os, posixpath, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
PAGES = []          # dicts: path, html, is_offer, operator, provider, identifiers, note


def rel(frm, to):
    d = posixpath.dirname(frm)
    return posixpath.relpath(to, d or "/")


def linkify(path, html):
    return re.sub(r'@@(/[^@]+)@@', lambda m: rel(path, m.group(1)), html)


def add(path, title, html, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, title=title, html=linkify(path, html), is_offer=offer,
                      operator=op, provider=provider,
                      identifiers=[list(x) for x in ids], note=note))


def doc(title, css, body, lang="zh-CN"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            "<title>%s</title><style>%s</style></head>\n<body>\n%s\n</body></html>\n"
            % (lang, title, css, body))

# ------------------------------------------------------------------ platform shells
MALL_FOOT = """<footer class="pf">
<p>淘学集市 · 让学习更简单 | 平台客服热线 400-826-7719（7×24小时） | 网址 www.taoxuejishi.com</p>
<p>平台运营方：杭州淘学网络科技有限公司 统一社会信用代码 91330110399204768X | 浙ICP备2021033871号-2</p>
<p>温馨提示：请勿脱离平台交易，私下转账无法享受平台保障。</p>
</footer>"""
MALL_CSS = "body{font-family:sans-serif;background:#f4f4f4;margin:0}.top{background:#ff5000;color:#fff;padding:8px 20px}.top a{color:#fff}.wrap{background:#fff;margin:12px auto;max-width:960px;padding:16px}.price{color:#ff5000;font-size:26px}.pf{font-size:12px;color:#888;text-align:center;padding:20px}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:6px 10px}.rv{border-top:1px dashed #ccc;padding:6px 0;font-size:13px}"


def mall(title, body):
    return doc(title + " - 淘学集市", MALL_CSS,
               '<div class="top"><a href="@@/mall/index.html@@">淘学集市</a> › 职业技能 › 考证培训</div>\n'
               '<div class="wrap">' + body + '</div>\n' + MALL_FOOT)

FENLEI_CSS = "body{font:14px/1.7 SimSun,serif;margin:0 auto;max-width:880px}.hd{border-bottom:3px solid #2a6ebb;padding:6px}.hd b{color:#2a6ebb;font-size:20px}.info{background:#fffbe6;border:1px solid #f0d27a;padding:8px}.ft{color:#999;font-size:12px;border-top:1px solid #ccc;margin-top:30px;padding-top:8px}"
FENLEI_FOOT = """<div class="ft">同城信息港 版权所有 | 本站客服 400-017-5890 | 信息由网友自行发布，交易前请核实对方资质，谨防上当受骗。</div>"""


def fenlei(title, body):
    return doc(title + "_同城信息港", FENLEI_CSS,
               '<div class="hd"><b>同城信息港</b> <a href="@@/fenlei/index.html@@">教育培训</a> &gt; 职业技能培训</div>\n'
               + body + FENLEI_FOOT)

BBS_CSS = "body{font:13px Tahoma,sans-serif;background:#e8edf3;margin:0}.nav{background:#31506f;color:#fff;padding:6px 12px}.nav a{color:#cde}.post{display:flex;background:#fff;margin:8px;border:1px solid #c2d5e3}.au{width:150px;background:#e5edf2;padding:8px}.ct{padding:10px;flex:1;white-space:pre-line}.sig{border-top:1px dashed #ccc;color:#666;font-size:12px;margin-top:10px}.ft{text-align:center;color:#666;padding:12px}"
BBS_FOOT = '<div class="ft">职场人论坛 · 考证交流版 | 站务QQ群 61728390（仅处理账号与举报问题） | Powered by OpenBBS</div>'


def bbs(title, posts):
    out = ['<div class="nav"><a href="@@/bbs/index.html@@">职场人论坛</a> » 考证交流 » %s</div>' % title]
    for i, (who, meta, text, sig) in enumerate(posts, 1):
        out.append('<div class="post"><div class="au"><b>%s</b><br><small>%s</small></div>'
                   '<div class="ct"><small>%d楼</small>\n%s%s</div></div>'
                   % (who, meta, i, text, ('<div class="sig">%s</div>' % sig) if sig else ""))
    return doc(title + " - 职场人论坛", BBS_CSS, "\n".join(out) + "\n" + BBS_FOOT)

WENDA_CSS = "body{font-family:'PingFang SC',sans-serif;max-width:720px;margin:0 auto;color:#222}.q{font-size:22px;font-weight:bold;margin:16px 0}.a{border-top:1px solid #eee;padding:12px 0}.who{color:#175199;font-weight:bold}.meta{color:#999;font-size:12px}.ft{color:#aaa;font-size:12px;margin:30px 0}"


def wenda(title, qdetail, answers):
    out = ['<p><a href="@@/wenda/index.html@@">知答</a> · 职业教育</p>', '<div class="q">%s</div>' % title,
           '<div class="meta">%s</div>' % qdetail]
    for who, meta, text in answers:
        out.append('<div class="a"><div class="who">%s</div><div class="meta">%s</div>%s</div>' % (who, meta, text))
    out.append('<div class="ft">知答 — 有问题，就会有答案 · 回答内容仅代表答主个人观点</div>')
    return doc(title + " - 知答", WENDA_CSS, "\n".join(out))

WEIBO_CSS = "body{background:#f2f2f5;font-family:sans-serif}.card{background:#fff;max-width:600px;margin:14px auto;padding:14px;border-radius:6px}.n{font-weight:bold;color:#eb7350}.t{white-space:pre-line;line-height:1.8}.c{color:#808080;font-size:12px}.cm{font-size:13px;border-top:1px solid #eee;padding-top:6px}"


def weibo(title, name, meta, text, comments):
    cm = "".join('<div class="cm"><b>%s</b>：%s</div>' % c for c in comments)
    return doc(title, WEIBO_CSS,
               '<div class="card"><a href="@@/weibo/topic.html@@">微言</a> › 话题 #人工智能训练师#</div>'
               '<div class="card"><div class="n">%s</div><div class="c">%s</div><div class="t">%s</div>%s</div>'
               % (name, meta, text, cm))

NOTE_CSS = "body{font-family:sans-serif;max-width:480px;margin:0 auto;background:#fff}.img{background:#fde3e3;height:200px;display:flex;align-items:center;justify-content:center;color:#c33}.body{padding:12px;line-height:1.9;white-space:pre-line}.tag{color:#13386c}.ft{font-size:11px;color:#bbb;padding:12px}"


def note(title, author, imgalt, text, extra=""):
    return doc(title + " - 点点笔记", NOTE_CSS,
               '<p><a href="@@/note/index.html@@">点点笔记</a> · 发现</p>'
               '<div class="img"><img src="cover.jpg" alt="%s" width="300" height="180"></div>'
               '<h2>%s</h2><p><b>%s</b></p><div class="body">%s</div>%s'
               '<div class="ft">点点笔记 · 标记我的生活 | 笔记内容由作者发布</div>' % (imgalt, title, author, text, extra))

VIDEO_CSS = "body{background:#161823;color:#eee;font-family:sans-serif;max-width:640px;margin:0 auto}.player{background:#000;height:300px;display:flex;align-items:center;justify-content:center}.sub{background:#222;padding:8px;white-space:pre-line;font-size:13px}.cm{border-bottom:1px solid #333;padding:6px;font-size:13px}a{color:#fe2c55}.ft{font-size:11px;color:#666;padding:10px}"


def video(title, author, bio, caption, subs, comments):
    cm = "".join('<div class="cm"><b>%s</b> %s</div>' % c for c in comments)
    return doc(title + " - 抖乐", VIDEO_CSS,
               '<p><a href="@@/index.html@@">抖乐</a> 推荐</p><div class="player"><img src="poster.jpg" alt="视频封面：%s"></div>'
               '<h3>@%s</h3><p>%s</p><p>%s</p><div class="sub"><b>字幕</b>\n%s</div><h4>评论</h4>%s'
               '<div class="ft">抖乐 · 记录美好 | 发现违规内容请在App内举报</div>' % (title, author, bio, caption, subs, cm))

MP_CSS = "body{font-family:-apple-system,'PingFang SC',sans-serif;max-width:677px;margin:0 auto;padding:20px;color:#333}h1{font-size:22px}.meta{color:#576b95;font-size:15px}.ct p{line-height:1.9;font-size:16px}.ft{color:#b2b2b2;font-size:12px;margin-top:40px;border-top:1px solid #eee;padding-top:8px}blockquote{border-left:3px solid #dbdbdb;color:#888;padding-left:10px}"


def mp(title, acct, date, body):
    return doc(title, MP_CSS,
               '<h1>%s</h1><div class="meta"><span>原创</span> %s <em>%s</em></div><div class="ct">%s</div>'
               '<div class="ft">阅读原文 · 微信扫一扫关注该公众号 · 本文链接 mp.weixin.qq.com · '
               '<a href="@@/index.html@@">返回导航</a></div>' % (title, acct, date, body))

JOBS_CSS = "body{font-family:sans-serif;background:#f6f6f6;margin:0}.hd{background:#00a6a7;color:#fff;padding:10px 20px}.hd a{color:#fff}.box{background:#fff;max-width:860px;margin:14px auto;padding:18px}.sal{color:#fe574a;font-size:20px}.ft{text-align:center;color:#999;font-size:12px;padding:16px}dt{font-weight:bold;margin-top:8px}"
JOBS_FOOT = '<div class="ft">聘才网 | 求职防骗热线 400-920-3366 | 凡以培训、办证等名义向求职者收费的职位，均请立即举报</div>'


def jobs(title, body):
    return doc(title + " - 聘才网", JOBS_CSS,
               '<div class="hd"><a href="@@/jobs/index.html@@">聘才网</a> · 职位详情</div><div class="box">' + body + '</div>' + JOBS_FOOT)

QUN_CSS = "body{font-family:sans-serif;max-width:760px;margin:0 auto;background:#edf3f8}.gg{background:#fff;border-left:4px solid #12b7f5;padding:10px 14px;margin:10px 0;white-space:pre-line}.msg{background:#fff;margin:6px 0;padding:6px 10px;border-radius:4px;font-size:14px}.who{color:#1e88e5}.ft{color:#999;font-size:12px}"


def qun(title, notice, msgs):
    m = "".join('<div class="msg"><span class="who">%s</span> %s</div>' % x for x in msgs)
    return doc(title + " - 群聊精选", QUN_CSS,
               '<p><a href="@@/index.html@@">群聊精选</a> · 公开群公告存档</p><h2>%s</h2><div class="gg"><b>群公告</b>\n%s</div>%s'
               '<p class="ft">本页由群成员公开分享，内容不代表本站观点。</p>' % (title, notice, m))

BUILDER = '<p class="bd">技术支持：速建云 www.sujianyun.cn 服务热线 400-660-5817</p>'

# ================================================================== OPERATOR U01
# 杭州智训未来教育科技有限公司: 智训未来 / AI职通车 / 启明职业培训
add("/mall/item-1001.html", "智训未来 AI训练师",
    mall("人工智能训练师四级/三级证书考前培训", """
<h1>【智训未来】人工智能训练师 四级/三级 职业技能等级证书 考前培训 直播+实操 送题库</h1>
<p>店铺：<b>智训未来职业教育旗舰店</b> · 已售 1.2万+ · 好评率 98%</p>
<p class="price">¥3,980 <small><s>¥5,980</s></small></p>
<p>券后到手 ¥3,680 · 支持花呗分期 3期/6期</p>
<table><tr><th>报考等级</th><th>学费</th><th>课时</th></tr>
<tr><td>五级（初级工）</td><td>¥2,680</td><td>60课时</td></tr>
<tr><td>四级（中级工）</td><td>¥3,980</td><td>50课时</td></tr>
<tr><td>三级（高级工）</td><td>¥4,980</td><td>40课时</td></tr></table>
<p>职业编码 4-04-05-05。考核合格颁发职业技能等级证书，证书可在 zscx.osta.org.cn 查询。</p>
<p>咨询老师：138 5712 4406（周一至周日 9:00-21:00）</p>
<h3>买家评价</h3>
<div class="rv">t***8：订单号 13820251106 已收到教材，老师回复很快。</div>
<div class="rv">小**鱼：直播课有回放，实操部分讲得挺细。</div>
"""), True, "U01", "智训未来",
    [("phone", "+8613857124406", "138 5712 4406")],
    "Marketplace item; seller phone in the description; buyer review quotes an order number.")

add("/sites/zhixun/index.html", "杭州智训未来教育科技有限公司",
    doc("杭州智训未来教育科技有限公司 - 人工智能训练师培训", "body{font-family:sans-serif;margin:0}.bn{background:#0b3d91;color:#fff;padding:30px}.c{max-width:960px;margin:0 auto;padding:10px}.cards{display:flex;gap:12px}.card{border:1px solid #ccd;padding:12px;flex:1}footer{background:#222;color:#aaa;padding:16px;font-size:12px}.bd{color:#777}", """
<div class="bn"><h1>智训未来 · 让每个人都能训练AI</h1><p>杭州智训未来教育科技有限公司</p></div>
<div class="c">
<p><a href="@@/sites/zhixun/index.html@@">首页</a> | <a href="@@/sites/zhixun/blog/annotation-tools.html@@">技术博客</a></p>
<h2>人工智能训练师（4-04-05-05）培训班</h2>
<div class="cards">
<div class="card"><h3>五级 / 初级工</h3><p>适合从事数据标注满一年的学员</p><p>学费 2680元</p></div>
<div class="card"><h3>四级 / 中级工</h3><p>数据采集处理、数据标注、智能系统运维</p><p>学费 3980元</p></div>
<div class="card"><h3>三级 / 高级工</h3><p>业务分析、智能训练、智能系统设计</p><p>学费 4980元</p></div>
</div>
<p>培训结束后由备案评价机构组织理论与实操考核，成绩合格者取得职业技能等级证书，可登录 zscx.osta.org.cn 查询。我们不承诺包过。</p>
<h2>联系我们</h2>
<dl>
<dt>招生电话</dt><dd><a href="tel:+8613857124406">+86 138-5712-4406</a></dd>
<dt>前台座机</dt><dd>0571-8617 3952</dd>
<dt>邮箱</dt><dd><a href="mailto:zhaosheng@zhixunweilai.cn">zhaosheng@zhixunweilai.cn</a></dd>
<dt>官网</dt><dd>www.zhixunweilai.cn</dd>
<dt>地址</dt><dd>杭州市西湖区文三路 5xx 号 8 楼</dd>
</dl>
</div>
<footer>© 2025 杭州智训未来教育科技有限公司 统一社会信用代码：9133010657382914XJ 浙ICP备2024051127号
""" + BUILDER + "</footer>"), True, "U01", "智训未来",
    [("phone", "+8613857124406", "+86 138-5712-4406"), ("phone", "+8657186173952", "0571-8617 3952"),
     ("email", "zhaosheng@zhixunweilai.cn", "zhaosheng@zhixunweilai.cn"),
     ("domain", "zhixunweilai.cn", "www.zhixunweilai.cn"), ("uscc", "9133010657382914XJ", "9133010657382914XJ")],
    "Seller company site; footer carries the site builder's credit.")

add("/sites/zhixun/blog/annotation-tools.html", "数据标注常用工具盘点",
    doc("数据标注常用工具盘点 - 智训未来技术博客", "body{font-family:serif;max-width:760px;margin:0 auto;line-height:1.8}footer{color:#888;font-size:12px;border-top:1px solid #ddd}.bd{color:#999}", """
<p><a href="@@/sites/zhixun/index.html@@">智训未来</a> › 技术博客</p>
<h1>数据标注常用工具盘点（2025版）</h1>
<p>图像框选、语义分割、语音转写……不同任务适合不同的标注工具。本文对比几类开源工具的安装方式、导出格式与团队协作功能，供从业者参考。</p>
<ul><li>图像：矩形框、多边形与关键点标注</li><li>文本：实体、关系与情感标注</li><li>音频：分段与转写校对</li></ul>
<p>选型时优先考虑导出格式是否与训练框架兼容，以及质检流程是否方便抽查。</p>
<footer>杭州智训未来教育科技有限公司 · 电话 +86 138-5712-4406 · www.zhixunweilai.cn
""" + BUILDER + "</footer>"), False, None, None,
    [("phone", "+8613857124406", "+86 138-5712-4406"), ("domain", "zhixunweilai.cn", "www.zhixunweilai.cn")],
    "Seller's own blog article about annotation tools; no course or certificate offered. Footer repeats the company contacts.")

add("/mp/ai-zhitongche.html", "AI职通车",
    mp("2026年还在犹豫要不要考AI训练师？看完这篇就懂了", "AI职通车", "2025-12-02", """
<p>最近后台很多朋友问：人工智能训练师证到底值不值得考？今天一次说清楚。</p>
<p>人工智能训练师是人社部公布的新职业，分五个等级。我们和备案评价机构合作，<b>人社部备案、全国通用、官网可查</b>。</p>
<p>学费方面，四级全程班只要三千九百八，现在报名还送五级题库。零基础也能学，老师一对一带实操。</p>
<blockquote>往期学员：宝妈转行数据标注，拿证后月入过万！</blockquote>
<p>想了解课表的朋友，添加课程顾问 VX：zxwl-kefu01（备注"训练师"）。</p>
<p>企业团报、发票问题请发邮件 zhaosheng[at]zhixunweilai.cn</p>
"""), True, "U01", "AI职通车",
    [("wechat", "zxwl-kefu01", "VX：zxwl-kefu01"), ("email", "zhaosheng@zhixunweilai.cn", "zhaosheng[at]zhixunweilai.cn")],
    "WeChat-article style; obfuscated e-mail ties it to the company site.")

add("/weibo/status-qiming.html", "启明职业培训",
    weibo("启明职业培训的微言", "启明职业培训", "12月3日 10:21 来自 微言网页版",
          """#人工智能训练师# 12月周末班开课啦🎉
四级学费2千多，有社保的同学考完还能申请技能提升补贴，算下来很划算～
五级/四级/三级都能报，名额有限
加v zxwl-kefu01 备注"启明"，私信也行，QQ 3306718245""",
          [("小鹿不吃草", "三级要什么条件？"), ("启明职业培训", "私信你啦")]),
    True, "U01", "启明职业培训",
    [("wechat", "zxwl-kefu01", "加v zxwl-kefu01"), ("qq", "3306718245", "QQ 3306718245")],
    "Microblog status of a third brand; shares the WeChat id with the article.")

# ================================================================== OPERATOR U02
# 深圳鹏城数标科技有限公司: 数标学院 / 鹏城AI人才港
add("/fenlei/post-2201.html", "数标学院",
    fenlei("【深圳】人工智能训练师证培训报名 五级四级 周末班", """
<h2>【深圳】人工智能训练师证 培训报名 五级/四级 周末班 3980元</h2>
<p>发布时间：2025-11-28 · 区域：南山区 · 浏览 417 次</p>
<div class="info">类别：职业技能培训　机构：数标学院　价格：3980元（四级），五级2980元</div>
<pre>AI训练师（人工智能训练师）周末班招生中
· 线下南山科技园上课，线上同步直播
· 课程：数据采集、数据标注、智能系统运维
· 考试由第三方评价机构组织，理论+实操
· 可开发票，支持分期
联系人：陈老师 159-2048-6613  QQ:1849025576</pre>
"""), True, "U02", "数标学院",
    [("phone", "+8615920486613", "159-2048-6613"), ("qq", "1849025576", "QQ:1849025576")],
    "Classifieds post with pre-line text; the site's customer-service number is in the footer.")

add("/bbs/thread-5512.html", "数标学院",
    bbs("分享｜AI训练师四级备考经验 + 我们周末班的安排", [
        ("数标学院_陈老师", "机构认证 · 帖子 38", """各位好，整理了一下四级的备考重点：
1. 数据采集和处理：清洗、去重、格式转换
2. 数据标注：规范文档要读熟
3. 智能系统运维：日志与指标
我们数标学院12月还有一期周末班，四级 3980元，有意向的可以私聊。""",
         "扣扣 1849025576 | Q群735102948 | 备考资料群里免费领"),
        ("打工人小K", "注册会员", "请问实操考什么软件？", ""),
        ("数标学院_陈老师", "机构认证", "考点提供的标注平台，课上会带着练。进群细聊～", "扣扣 1849025576 | Q群735102948"),
    ]), True, "U02", "数标学院",
    [("qq", "1849025576", "扣扣 1849025576"), ("qq_group", "735102948", "Q群735102948")],
    "Forum thread opened by the seller; contacts in the signature. Forum's own admin QQ group in the footer.")

add("/qun/board-ai-kaozheng.html", "鹏城AI人才港",
    qun("鹏城AI人才港 · AI训练师考证交流群", """欢迎新朋友！本群为鹏城AI人才港学员交流群
群号：735 102 948（请勿发广告）
人工智能训练师五级 / 四级 / 三级 长期招生，四级学费 3980，老学员推荐立减300
报名找群主 微信 pc_ai_rcg""",
        [("群主", "本周六下午实操课改到 2 号教室"), ("阿杰", "收到"), ("Momo", "三级能直接报吗？"),
         ("群主", "三级需要四级证书加工作年限，具体私聊")]),
    True, "U02", "鹏城AI人才港",
    [("qq_group", "735102948", "735 102 948"), ("wechat", "pc_ai_rcg", "微信 pc_ai_rcg")],
    "Chat-group board with the group notice; spaced group number.")

add("/lp/pengcheng-signup.html", "鹏城AI人才港",
    doc("人工智能训练师报名登记 - 鹏城AI人才港", "body{font-family:sans-serif;max-width:520px;margin:0 auto;background:#f0f7ff}form{background:#fff;padding:16px}label{display:block;margin-top:10px}.tip{color:#999;font-size:12px}.bar{background:#1677ff;color:#fff;padding:12px;text-align:center}", """
<div class="bar">鹏城AI人才港 · 2026年1月班 报名登记</div>
<form>
<p>报考职业：人工智能训练师（AI训练师）</p>
<label>姓名 <input name="n"></label>
<label>联系电话（示例 138-0000-0000） <input name="p"></label>
<label>报考等级 <select><option>五级 2980元</option><option>四级 3980元</option><option>三级 4680元</option></select></label>
<label>学历 <select><option>初中</option><option>高中/中专</option><option>大专及以上</option></select></label>
<p class="tip">提交后老师会在24小时内联系您。考核由第三方评价机构组织，评价机构电话 020-3872 6615 可核实。</p>
<button type="button">提交报名</button>
</form>
<p>不想填表？直接加v：pc_ai_rcg　或拨打 １８６７６２３０４９１</p>
<p><a href="@@/index.html@@">返回</a></p>
"""), True, "U02", "鹏城AI人才港",
    [("wechat", "pc_ai_rcg", "加v：pc_ai_rcg"), ("phone", "+8618676230491", "１８６７６２３０４９１")],
    "Sign-up form; template placeholder phone left in a label; full-width digits for the seller's phone; quotes an assessment centre number.")

# ================================================================== OPERATOR U03
# 北京中科智培教育咨询有限公司: 京华数智研修院 / 中科智培
add("/mall/item-1017.html", "京华数智研修院",
    mall("AI训练师三级 高级工证书培训", """
<h1>【包教材】AI训练师 人工智能训练师三级（高级工）证书培训 北京可面授</h1>
<p>店铺：<a href="@@/mall/shop-jinghua.html@@">京华数智研修院</a></p>
<p class="price">3980元</p>
<p>定金 500元，开课前付清尾款</p>
<ul><li>报考条件：持四级证书并从事相关工作满5年，或大专以上相关专业+四级证书+2年</li>
<li>证书样例编号 S000011010800253000088（仅供参考）</li>
<li>上课地点：海淀区中关村附近</li></ul>
<p>客服电话 136 0128 7735</p>
"""), True, "U03", "京华数智研修院",
    [("phone", "+8613601287735", "136 0128 7735")],
    "Marketplace item; shows a sample certificate number.")

add("/mall/shop-jinghua.html", "京华数智研修院",
    mall("京华数智研修院 店铺首页", """
<h1>京华数智研修院</h1>
<p>主营：人工智能训练师、数据标注员培训 · 开店 3 年</p>
<table><tr><th>商品</th><th>价格</th></tr>
<tr><td><a href="@@/mall/item-1017.html@@">AI训练师三级（高级工）培训</a></td><td>3980元</td></tr>
<tr><td>人工智能训练师四级（中级工）培训</td><td>2980元</td></tr>
<tr><td>人工智能训练师五级（初级工）培训</td><td>1980元</td></tr></table>
<h3>店铺资质</h3>
<p>营业执照：北京中科智培教育咨询有限公司 统一社会信用代码：911101086041723564</p>
<p>联系电话：<a href="tel:13601287735">13601287735</a></p>
"""), True, "U03", "京华数智研修院",
    [("phone", "+8613601287735", "13601287735"), ("uscc", "911101086041723564", "911101086041723564")],
    "Marketplace shop page listing the seller's courses and its business licence.")

add("/sites/zkzp/index.html", "中科智培",
    doc("中科智培 - 人工智能训练师培训认证", "body{font-family:'Microsoft YaHei';margin:0;background:#fafafa}.nav{background:#c00;color:#fff;padding:10px 30px}.m{max-width:1000px;margin:0 auto;padding:10px}table{width:100%;border-collapse:collapse}td{border:1px solid #eee;padding:8px}footer{background:#333;color:#999;font-size:12px;padding:14px 30px}.bd{color:#888}", """
<div class="nav">中科智培 | 首页 | 课程 | 证书查询 | 联系</div>
<div class="m">
<h1>人工智能训练师 职业技能等级培训</h1>
<p>中科智培成立于2018年，专注数字技能培训。证书由备案评价机构颁发，学员可通过 jndj.osta.org.cn 查询。</p>
<table>
<tr><td>初级（五级）</td><td>1980元</td><td>适合入门</td></tr>
<tr><td>中级（四级）</td><td>2980元</td><td>数据标注与系统运维</td></tr>
<tr><td>高级（三级）</td><td>3980元</td><td>需四级证书及工作年限</td></tr>
</table>
<p>证书样例编号 S000011010800253000088</p>
<p>官网 zkzhipei.com.cn ｜ 邮箱 kf@zkzhipei.com.cn ｜ 电话 010-6259 8841</p>
</div>
<footer>北京中科智培教育咨询有限公司　统一社会信用代码 911101086041723564　京ICP备2023009715号""" + BUILDER + "</footer>"),
    True, "U03", "中科智培",
    [("uscc", "911101086041723564", "911101086041723564"), ("domain", "zkzhipei.com.cn", "zkzhipei.com.cn"),
     ("email", "kf@zkzhipei.com.cn", "kf@zkzhipei.com.cn"), ("phone", "+861062598841", "010-6259 8841")],
    "Company site of the firm behind the marketplace shop; same USCC, different brand.")

add("/wenda/q-3308.html", "中科智培",
    wenda("北京哪里可以考人工智能训练师？", "提问者：匿名用户 · 本人在做标注外包，想考个四级，本人QQ 1457203386 有资料的发我，谢谢",
          [("中科智培-王老师", "教育培训从业者 · 1天前",
            "<p>北京考人工智能训练师需要找备案了这个职业的评价机构报名，一般先培训再考核。四级要求有相关工作经历。</p>"
            "<p>我们机构每月都有班，可以看下我们官网 zkzhipei.com.cn ，或者加我微信 zkzp_laoshi 发你课表。</p>"),
           ("路过的标注员", "2天前", "<p>建议先去人社局网站查一下有哪些机构备案了，再比较价格。</p>")]),
    True, "U03", "中科智培",
    [("domain", "zkzhipei.com.cn", "zkzhipei.com.cn"), ("wechat", "zkzp_laoshi", "微信 zkzp_laoshi")],
    "Q&A answer by the seller; the asker leaves a personal QQ.")

# ================================================================== OPERATOR U04
# 成都蓉城技能通教育咨询有限公司: 天府AI训练营 / 蓉城技能通
add("/video/v-7731.html", "天府AI训练营",
    video("零基础7天拿AI训练师证？真相来了", "天府AI训练营", "主页简介：成都AI训练师考证｜薇：tfai_2025",
          "#AI训练师 #考证 #副业 评论区扣1领资料",
          """别再被高价课骗了
我们天府AI训练营
五级四级都有
学费一千多就能搞定
线上学 成都考
详细的看主页""",
          [("rabbit", "1"), ("天府AI训练营", "已私信"), ("老陈", "7天拿证是真的假的")]),
    True, "U04", "天府AI训练营",
    [("wechat", "tfai_2025", "薇：tfai_2025")],
    "Short-video page text: caption, subtitles and comments; WeChat id in the profile bio.")

add("/note/n-88213.html", "天府AI训练营",
    note("成都考AI训练师｜我的报名流程分享", "天府AI训练营",
         "图片：人工智能训练师四级证书样张",
         """姐妹们问得最多的来啦👇
1⃣ 先确认报考等级：没经验的先报五级
2⃣ 四级学费 1680 一次性，分期也可
3⃣ 报名材料：身份证、学历证明、工作证明
想报名的直接 V信 tfai_2025
或者打 173 8056 1274（工作日）
⚠️谨防冒充：170 8845 2301 不是我们的号码！
<span class="tag">#人工智能训练师 #成都考证 #数据标注</span>"""),
    True, "U04", "天府AI训练营",
    [("wechat", "tfai_2025", "V信 tfai_2025"), ("phone", "+8617380561274", "173 8056 1274")],
    "Notes-app post; warns about an impersonator number that also circulates in scam news.")

add("/jobs/post-ai-trainer-chengdu.html", "蓉城技能通",
    jobs("招聘 人工智能训练师（零基础可）", """
<h2>人工智能训练师（零基础可，带薪培训）</h2>
<p class="sal">6-9K · 成都·高新区 · 经验不限 · 学历不限</p>
<dl><dt>公司</dt><dd>蓉城技能通教育咨询有限公司</dd>
<dt>职位描述</dt><dd>负责图像、文本数据标注与质检。入职前须参加公司岗前培训并考取人工智能训练师四级证书，培训费 2980元（可分 3 期从工资扣除），取证后安排上岗。</dd>
<dt>联系方式</dt><dd>HR 刘女士 +86 17380561274　简历投递 rcjnt_hr@163.com</dd></dl>
"""), True, "U04", "蓉城技能通",
    [("phone", "+8617380561274", "+86 17380561274"), ("email", "rcjnt_hr@163.com", "rcjnt_hr@163.com")],
    "Job-board post that is really a paid course (training fee before employment).")

# ================================================================== OPERATOR U05
# 武汉: 楚才人工智能学院 / 江城职培 / 知行AI
add("/mall/item-1033.html", "楚才人工智能学院",
    mall("人工智能训练师五级四级考证班", """
<h1>楚才人工智能学院｜人工智能训练师 五级 四级 考证班 线上学习+武汉线下考点</h1>
<p class="price">￥2,880起</p>
<p>五级 ￥2,880 / 四级 ￥3,580 / 五级+四级联报 ￥5,980</p>
<p>评价机构：中数技评 020-3872 6615 可电话核实</p>
<p>报名咨询：13986170352</p>
<p>温馨提示：学费含培训与资料，考核费以评价机构公布为准。</p>
"""), True, "U05", "楚才人工智能学院",
    [("phone", "+8613986170352", "13986170352")],
    "Marketplace item; quotes the assessment centre's number.")

add("/fenlei/post-2290.html", "江城职培",
    fenlei("武汉 AI训练师证 四级 报名", """
<h2>武汉 江城职培 AI训练师证（四级/中级工）报名中 3580元</h2>
<p>发布时间：2025-12-01 · 区域：洪山区</p>
<div class="info">课程编号 15120260315 ｜ 上课方式：晚班+周末</div>
<p>人工智能训练师四级，理论+实操，老师带练标注平台。学费3580元，可分期。</p>
<p>电话/微信：139-8617-0352　微信：jczp8899</p>
"""), True, "U05", "江城职培",
    [("phone", "+8613986170352", "139-8617-0352"), ("wechat", "jczp8899", "微信：jczp8899")],
    "Classifieds post; a course code that looks like a mobile number.")

add("/bbs/thread-5540.html", "知行AI",
    bbs("零基础考AI训练师靠谱吗？", [
        ("迷茫的阿梓", "注册会员", "做了两年客服想转行，看到好多AI训练师证的广告，零基础考靠谱吗？本人QQ 1457203386 有经验的加我聊聊", ""),
        ("标注老兵", "资深会员", "五级要求相关工作满一年或学徒期满，零基础直接考的说法要小心。", ""),
        ("知行AI-小周", "机构会员", "我们知行AI有零基础班，先从五级学起，学费两千出头，武汉本地可以线下上课。需要的加薇信 jczp8899 或 QQ 2670135948", ""),
    ]), True, "U05", "知行AI",
    [("wechat", "jczp8899", "薇信 jczp8899"), ("qq", "2670135948", "QQ 2670135948")],
    "Forum thread opened by a would-be buyer (who leaves a QQ); the seller replies with an offer.")

add("/wenda/q-3341.html", "知行AI",
    wenda("人工智能训练师四级考试难吗？要学多久？", "提问者：sunny_hb",
          [("知行AI教务", "职业培训 · 3天前",
            "<p>四级考理论和实操，实操主要是数据标注和系统运维操作。零基础一般学 6-8 周。</p>"
            "<p>我们四级班 3580元，含题库。咨询企鹅 2670135948 / 邮箱 zhixingai @ 126.com</p>")]),
    True, "U05", "知行AI",
    [("qq", "2670135948", "企鹅 2670135948"), ("email", "zhixingai@126.com", "zhixingai @ 126.com")],
    "Q&A answer with a spaced e-mail.")

# ================================================================== OPERATOR U06
# 上海申城数智信息咨询有限公司: 申城数智 / 沪训通
add("/sites/shenzhi/index.html", "申城数智",
    doc("申城数智 | 上海人工智能训练师培训", "body{font-family:sans-serif;margin:0}header{background:linear-gradient(90deg,#004e92,#000428);color:#fff;padding:24px}main{max-width:960px;margin:0 auto}section{padding:10px 0}footer{font-size:12px;color:#777;background:#f1f1f1;padding:14px}.bd{color:#999}", """
<header><h1>申城数智</h1><p>上海市急需紧缺职业 · 人工智能训练师</p></header>
<main>
<section><h2>开设课程</h2>
<p>人工智能训练师 四级（中级工）：学费 4,200 元，符合条件的参保人员可申请技能提升补贴。</p>
<p>人工智能训练师 三级（高级工）：学费 5,600 元，需满足持证年限要求。</p>
<p>培训约 30% 理论、70% 实操；考核由备案评价机构实施，不合格可补考一次（补考费另计）。</p>
<p>证书样例编号 S000011010800253000088</p></section>
<section><h2>联系</h2><p>咨询热线 021-6135 2870 · 官网 www.shenzhi-edu.com</p></section>
</main>
<footer>上海申城数智信息咨询有限公司 统一社会信用代码 913101043206985160 沪ICP备2022031456号""" + BUILDER + "</footer>"),
    True, "U06", "申城数智",
    [("phone", "+862161352870", "021-6135 2870"), ("domain", "shenzhi-edu.com", "www.shenzhi-edu.com"),
     ("uscc", "913101043206985160", "913101043206985160")],
    "Company site; mostly honest wording; builder credit and a sample certificate number.")

add("/mp/hu-xuntong.html", "沪训通",
    mp("上海人工智能训练师补贴攻略（2026版）", "沪训通", "2025-11-20", """
<p>在上海，人工智能训练师属于急需紧缺职业，四级、三级证书可以申请技能提升补贴。</p>
<p>需要注意：补贴需要连续缴纳失业保险满一年，每人每年最多三次。</p>
<p>沪训通四级班学费 4200元，三级 5600元，报名即送实操环境账号。</p>
<p>咨询电话 021-61352870 / 189 1774 2608</p>
"""), True, "U06", "沪训通",
    [("phone", "+862161352870", "021-61352870"), ("phone", "+8618917742608", "189 1774 2608")],
    "WeChat-article style subsidy guide ending in an offer; landline ties it to the company site.")

add("/lp/huxuntong-mini.html", "沪训通",
    doc("沪训通报名", "body{font-family:sans-serif;max-width:420px;margin:0 auto;background:#f7f7f7}.hd{background:#07c160;color:#fff;padding:12px;text-align:center}.blk{background:#fff;margin:8px 0;padding:12px}.btn{background:#07c160;color:#fff;padding:10px;text-align:center}", """
<div class="hd">沪训通 · 小程序</div>
<div class="blk"><b>人工智能训练师（四级）</b><br>¥4200 · 可分 6 期，每期 700</div>
<div class="blk"><b>人工智能训练师（三级）</b><br>¥5600</div>
<div class="blk">收款方：上海沪训通信息咨询有限公司<br>客服：18917742608（微信同号）</div>
<div class="blk">联系我们（模板默认）：电话 138-0000-0000 邮箱 your@email.com</div>
<div class="btn">立即报名</div>
<p><a href="@@/index.html@@">返回</a></p>
"""), True, "U06", "沪训通",
    [("phone", "+8618917742608", "18917742608"), ("wechat", "18917742608", "18917742608"),
     ("other", "上海沪训通信息咨询有限公司", "收款方：上海沪训通信息咨询有限公司")],
    "Mini-program page; 微信同号 phone; payee name; leftover template placeholders.")

# ================================================================== OPERATOR U07
# 广州: 南粤训练师联盟 / 羊城AI职业学堂
add("/weibo/status-nanyue.html", "南粤训练师联盟",
    weibo("南粤训练师联盟的微言", "南粤训练师联盟", "11月29日 19:02",
          """广州AI训练师四级班 12月20日开班！
学费 3280 元，报名即送五级题库
国家认可证书，人社部门可查，包教包会
电话 +86 137 1948 5026
资料邮箱 ycai_xuetang at foxmail.com""",
          [("Yuki", "周末班有吗"), ("南粤训练师联盟", "有的，周六日全天")]),
    True, "U07", "南粤训练师联盟",
    [("phone", "+8613719485026", "+86 137 1948 5026"), ("email", "ycai_xuetang@foxmail.com", "ycai_xuetang at foxmail.com")],
    "Microblog status; e-mail written with 'at'.")

add("/note/n-90017.html", "羊城AI职业学堂",
    note("在广州考了AI训练师四级，说点真实感受", "羊城AI职业学堂",
         "图片：上课现场，白板上写着 人工智能训练师 四级",
         """不吹不黑，说说我们学堂这期学员的情况：
✔ 理论不难，实操要多练
✔ 考核机构是中数技评，电话 020-3872 6615 可以自己打过去问
✔ 学费 3280，支持分期
想要课表的发邮件 ycai_xuetang@foxmail.com
或者加 VX nanyue_ait
<span class="tag">#人工智能训练师 #广州考证</span>"""),
    True, "U07", "羊城AI职业学堂",
    [("email", "ycai_xuetang@foxmail.com", "ycai_xuetang@foxmail.com"), ("wechat", "nanyue_ait", "VX nanyue_ait")],
    "Notes-app post; quotes the same assessment centre number as several other sellers.")

add("/qun/board-nanyue.html", "南粤训练师联盟",
    qun("南粤训练师联盟 学员2群", """本群仅限已报名学员
AI训练师四级：3280元 三级：4680元
报名、改期请加班主任 微信号：nanyue_ait
备用 QQ群：902317465""",
        [("班主任", "明晚八点直播答疑"), ("Tony", "三级什么时候开？"), ("班主任", "一月中旬")]),
    True, "U07", "南粤训练师联盟",
    [("wechat", "nanyue_ait", "微信号：nanyue_ait"), ("qq_group", "902317465", "QQ群：902317465")],
    "Chat-group notice board.")

# ================================================================== OPERATOR U08
# 西安: 秦智教育 / 长安数据标注学院
add("/fenlei/post-2315.html", "秦智教育",
    fenlei("西安 人工智能训练师 培训", """
<h2>西安·秦智教育 人工智能训练师 初级/中级 培训招生</h2>
<p>发布时间：2025-11-18 · 区域：雁塔区</p>
<table border="1"><tr><td>初级（五级）</td><td>学费 1880</td></tr><tr><td>中级（四级）</td><td>学费 2680</td></tr></table>
<p>不限学历，包教会，考不过下期免费重学。</p>
<p>QQ 3157720864　手机 158 2930 7516</p>
"""), True, "U08", "秦智教育",
    [("qq", "3157720864", "QQ 3157720864"), ("phone", "+8615829307516", "158 2930 7516")],
    "Classifieds post with a small table.")

add("/video/v-7802.html", "长安数据标注学院",
    video("数据标注员一个月能赚多少？", "长安数据标注学院", "西安本地数据标注培训 · 官网 changanbiaozhu.cn",
          "学完就业推荐，想学的看简介",
          """很多人问数据标注能不能做副业
我们长安数据标注学院
AI训练师中级课 两千六百八
考证加就业推荐一条龙
报名电话 15829307516""",
          [("西安小王", "学历有要求吗"), ("长安数据标注学院", "初中以上就可以")]),
    True, "U08", "长安数据标注学院",
    [("phone", "+8615829307516", "15829307516"), ("domain", "changanbiaozhu.cn", "changanbiaozhu.cn")],
    "Short-video page; the phone ties it to the classifieds post under another brand.")

add("/lp/changan-apply.html", "长安数据标注学院",
    doc("长安数据标注学院 在线报名", "body{font-family:sans-serif;max-width:600px;margin:0 auto}h1{color:#8b0000}table{border-collapse:collapse;width:100%}td{border:1px solid #ccc;padding:6px}.ft{font-size:12px;color:#777}", """
<h1>长安数据标注学院 · 人工智能训练师中级班在线报名</h1>
<img src="banner.jpg" alt="长安数据标注学院 人工智能训练师 中级班 2680元">
<table><tr><td>姓名</td><td><input></td></tr><tr><td>手机</td><td><input></td></tr><tr><td>意向等级</td><td>五级 / 四级</td></tr></table>
<p>报名后请将身份证、学历照片发送至 3157720864@qq.com</p>
<p>官网 www.changanbiaozhu.cn</p>
<p class="ft">西安长安数据标注教育科技有限公司 统一社会信用代码 91610113552037186R</p>
<p><a href="@@/index.html@@">返回</a></p>
"""), True, "U08", "长安数据标注学院",
    [("domain", "changanbiaozhu.cn", "www.changanbiaozhu.cn"), ("email", "3157720864@qq.com", "3157720864@qq.com"),
     ("uscc", "91610113552037186R", "91610113552037186R")],
    "Sign-up form; a QQ-mail address whose local part is the QQ of the classifieds post.")

# ================================================================== OPERATOR U09
# 南京: 宁训AI / 金陵智培
add("/bbs/thread-5603.html", "宁训AI",
    bbs("【南京】宁训AI 人工智能训练师五级/四级 1月班招生", [
        ("宁训AI_招生办", "机构会员 · 帖子 12", """1月班开始报名啦
五级 1880 / 四级 2880，四级可分三期
上课地点：鼓楼区，线上有回放
考核：理论+实操，合格发职业技能等级证书
报名：V: ningxun-ai
资料：ningxun_ai[at]sina.com""", ""),
        ("coffee猫", "注册会员", "四级要工作证明吗？", ""),
        ("宁训AI_招生办", "机构会员", "需要的，单位盖章的工作年限证明，具体私信", ""),
    ]), True, "U09", "宁训AI",
    [("email", "ningxun_ai@sina.com", "ningxun_ai[at]sina.com"), ("wechat", "ningxun-ai", "V: ningxun-ai")],
    "Forum thread opened by the seller.")

add("/jobs/post-ningxun.html", "宁训AI",
    jobs("急招 AI数据标注员 50名", """
<h2>急招 AI数据标注员 50名（包培训 包证书）</h2>
<p class="sal">5-8K · 南京·鼓楼 · 不限经验</p>
<dl><dt>岗位说明</dt><dd>公司提供人工智能训练师（五级）岗前培训，培训费 1880元，可分期；考取证书后推荐到合作企业。</dd>
<dt>联系</dt><dd>加微 ningxun-ai ，或电话 152 0518 3967</dd></dl>
"""), True, "U09", "宁训AI",
    [("wechat", "ningxun-ai", "加微 ningxun-ai"), ("phone", "+8615205183967", "152 0518 3967")],
    "Job-board post selling a training course.")

add("/sites/jinling/index.html", "金陵智培",
    doc("金陵智培 - 南京职业技能培训", "body{font-family:serif;margin:0;background:#fffdf7}.h{border-bottom:2px solid #8a6d3b;padding:16px 40px}.b{padding:10px 40px}.f{font-size:12px;color:#8a6d3b;padding:10px 40px;border-top:1px solid #e5d9bd}.bd{color:#aaa}", """
<div class="h"><h1>金陵智培</h1><p>南京 · 数字技能培训</p></div>
<div class="b">
<h2>人工智能训练师课程</h2>
<p>五级（初级工）1880元；四级（中级工）2880元。课程按国家职业技能标准（2021年版）设置。</p>
<p>课程咨询：<a href="tel:15205183967">152-0518-3967</a>　办公室 025-8468 1190</p>
<p>网址 jlzhipei.com</p>
</div>
<div class="f">南京金陵智培教育科技有限公司 统一社会信用代码 91320106748153023F""" + BUILDER + "</div>"),
    True, "U09", "金陵智培",
    [("phone", "+8615205183967", "152-0518-3967"), ("phone", "+862584681190", "025-8468 1190"),
     ("domain", "jlzhipei.com", "jlzhipei.com"), ("uscc", "91320106748153023F", "91320106748153023F")],
    "Company site of the second brand; phone ties it to the job post.")

# ================================================================== INDEPENDENTS
add("/mall/item-1058.html", "星河证书小铺",
    mall("人工智能训练师三级 免考", """
<h1>星河证书小铺｜人工智能训练师 三级 高级 免考直接拿证 全国通用 人社部颁发</h1>
<p class="price">¥1,680</p>
<p>无需上课，提交资料 30 天出证，官网可查，不过全额退款。一级、二级也可办理。</p>
<p>下单后加薇 xinghe_zs 发资料</p>
<h3>买家评价</h3>
<div class="rv">z***a：订单号 13820251106 的同学也是我介绍的，很快。</div>
"""), True, "I01", "星河证书小铺",
    [("wechat", "xinghe_zs", "加薇 xinghe_zs")],
    "Independent marketplace seller selling 免考 certificates; a review repeats the same order-number-like string seen elsewhere.")

add("/fenlei/post-2344.html", "鹭岛数智培训",
    fenlei("厦门 AI训练师 培训", """
<h2>厦门鹭岛数智培训 人工智能训练师 五级/四级</h2>
<p>发布时间：2025-12-04 · 区域：思明区</p>
<div class="info">课程编号 15120260315 ｜ 学费：五级 2千左右，四级 2千多，具体看班型</div>
<p>评价机构：中数技评 020-3872 6615</p>
<p>电话 0592-5716338 · 手机 180 5921 6643</p>
"""), True, "I02", "鹭岛数智培训",
    [("phone", "+865925716338", "0592-5716338"), ("phone", "+8618059216643", "180 5921 6643")],
    "Independent classifieds seller; repeats a course code and the assessment centre number found on other sellers' pages.")

add("/wenda/q-3390.html", "老周聊证书",
    wenda("人工智能训练师和生成式人工智能系统应用员有什么区别？", "提问者：walker",
          [("老周聊证书", "职业咨询 · 5小时前",
            "<p>人工智能训练师是 4-04-05-05，生成式人工智能系统应用员是 4-04-05-13，是两个不同的职业。</p>"
            "<p>两个我这边都能报，双证一起报优惠 800，AI训练师四级单报 3200。需要的加 QQ：1093358721</p>")]),
    True, "I03", "老周聊证书",
    [("qq", "1093358721", "QQ：1093358721")],
    "Independent seller answering a Q&A question; sells a two-certificate bundle.")

add("/mp/xiaoyu-ai.html", "小雨AI课堂",
    mp("宝妈也能学的AI训练师，我是怎么在家拿证的", "小雨AI课堂", "2025-11-15", """
<p>三年前我还是全职宝妈，现在在家做数据标注。</p>
<p>很多姐妹问我的课程：人工智能训练师五级 1,299元，送标注实操账号，学完可以接单。</p>
<p>名额每期只有 30 个，想报名加我微信 xiaoyu_aike</p>
<p>合作请联系 xiaoyu.ai@qq.com</p>
"""), True, "I04", "小雨AI课堂",
    [("wechat", "xiaoyu_aike", "微信 xiaoyu_aike"), ("email", "xiaoyu.ai@qq.com", "xiaoyu.ai@qq.com")],
    "Independent WeChat-article seller with a story-style pitch.")

add("/lp/aigc-bundle.html", "未来AIGC认证中心",
    doc("AI三证合一 限时报名", "body{font-family:sans-serif;background:#1a0033;color:#fff;max-width:640px;margin:0 auto;text-align:center}.big{font-size:40px;color:#ffd700}.box{border:2px dashed #ffd700;margin:12px;padding:12px}small{color:#bbb}", """
<h1>🔥 人工智能训练师 一级·二级·三级 同报 🔥</h1>
<p class="big">原价 ¥6800 → 限时 ¥1980</p>
<div class="box">三证合一：人工智能训练师 + AIGC应用师 + 提示词工程师<br>零基础 · 不限学历 · 不限经验 · 包过</div>
<p>证书查询网址 www.aizs-cx.com（全国联网可查）</p>
<p>报名热线 176-1209-3385</p>
<div class="box">联系我们（模板默认）：电话 138-0000-0000 邮箱 your@email.com</div>
<small>未来AIGC认证中心 ｜ 消费维权请拨打 12315</small>
<p><a href="@@/index.html@@">返回</a></p>
"""), True, "I05", "未来AIGC认证中心",
    [("domain", "aizs-cx.com", "www.aizs-cx.com"), ("phone", "+8617612093385", "176-1209-3385")],
    "Independent landing page: three levels at once, 包过, its own 'query site', template placeholders left in.")

add("/sites/hefei-xinke/index.html", "合肥芯科职业技能培训学校",
    doc("合肥芯科职业技能培训学校", "body{font-family:sans-serif;margin:0 auto;max-width:900px}nav{background:#2e7d32;color:#fff;padding:10px}footer{font-size:12px;color:#666;border-top:1px solid #ccc;margin-top:20px}.bd{color:#aaa}", """
<nav>合肥芯科职业技能培训学校 ｜ 首页 ｜ 招生简章 ｜ 证书查询</nav>
<h1>2026年春季 人工智能训练师 招生简章</h1>
<p>本校为民办职业培训学校，开设人工智能训练师（四级/中级工）培训，培训 50 课时，学费 2,600 元。</p>
<p>考核由备案评价机构实施，证书可在 zscx.osta.org.cn 查询；本校不承诺考试通过。</p>
<p>报名电话：0551-6388 2174　网址：hfxinke.org.cn</p>
<footer>合肥芯科职业技能培训学校 统一社会信用代码 52340100086374299F""" + BUILDER + "</footer>"),
    True, "I06", "合肥芯科职业技能培训学校",
    [("phone", "+8655163882174", "0551-6388 2174"), ("domain", "hfxinke.org.cn", "hfxinke.org.cn"),
     ("uscc", "52340100086374299F", "52340100086374299F")],
    "Independent private training school (民办非企业, code 52…); honest wording; shares only the site builder's credit with other firms.")

# ================================================================== NON-OFFER PAGES
add("/news/warning-shanzhai.html", None,
    doc("警惕“AI训练师证”骗局：交钱就发证？", "body{font-family:serif;max-width:760px;margin:0 auto;line-height:1.9}.src{color:#888}", """
<p><a href="@@/news/index.html@@">城市晚报 · 民生</a></p>
<h1>警惕“AI训练师证”骗局：交钱就发证？</h1>
<p class="src">2025-12-05 来源：城市晚报 记者 何晴</p>
<p>近日，市民李女士反映，她在网上看到“人工智能训练师证 免考包过 人社部颁发”的广告，对方要求先付 4800 元“加急费”。付款后，对方以“系统升级”为由拖延，随后将其拉黑。李女士提供的对方号码为 170 8845 2301。</p>
<p>记者了解到，职业技能等级证书由备案的评价机构颁发，人社部不直接颁发。市民可登录 zscx.osta.org.cn 查询证书真伪，或拨打 12333 咨询；遇到消费纠纷可拨打 12315 投诉。</p>
"""), False, None, None, [],
    "News warning; quotes a scam number and public hotlines.")

add("/news/policy-subsidy.html", None,
    doc("技能提升补贴政策解读", "body{font-family:serif;max-width:760px;margin:0 auto;line-height:1.9}", """
<p><a href="@@/news/index.html@@">城市晚报 · 政策</a></p>
<h1>取得职业技能等级证书，可申领技能提升补贴</h1>
<p>2025-11-12</p>
<p>按照现行政策，参加失业保险一年以上的企业职工，取得初级（五级）、中级（四级）、高级（三级）职业技能等级证书的，可分别申领不超过 1000 元、1500 元、2000 元的技能提升补贴，每人每年最多享受三次。</p>
<p>具体申领流程可咨询当地人社部门或拨打 12333。</p>
"""), False, None, None, [], "Policy news on the skill-upgrade subsidy.")

add("/gov/explainer.html", None,
    doc("职业技能等级证书查询说明 - 江州市人力资源和社会保障局", "body{font-family:SimSun,serif;max-width:900px;margin:0 auto}.hd{background:#b71c1c;color:#fff;padding:14px}.ft{font-size:12px;color:#666;border-top:1px solid #ccc}", """
<div class="hd">江州市人力资源和社会保障局</div>
<p><a href="@@/index.html@@">首页</a> &gt; 政策解读</p>
<h2>关于职业技能等级证书查询与辨别的说明</h2>
<ol>
<li>职业技能等级证书由经人社部门备案的用人单位或社会培训评价组织颁发，政府部门不直接颁发。</li>
<li>证书可通过“技能人才评价证书全国联网查询”（zscx.osta.org.cn）或 jndj.osta.org.cn 查询。</li>
<li>人工智能训练师（4-04-05-05）分为五个等级，申报二级、一级须具备相应等级证书和工作年限。</li>
<li>对“免考”“包过”“人社部颁发”等宣传，请提高警惕。</li>
</ol>
<p>咨询电话：12333　政务服务便民热线：12345</p>
<div class="ft">主办：江州市人力资源和社会保障局（示例站点）</div>
"""), False, None, None, [], "Official explainer with the verification sites and hotlines.")

add("/bbs/complaint.html", None,
    bbs("【曝光】交了4800说包过，结果人找不到了", [
        ("气死了2025", "注册会员", """上个月在网上看到AI训练师证的广告，说免考包过，人社部颁发。
付了4800，对方说两周出证，现在电话打不通，号码是 170 8845 2301，大家小心！
已经打了 12315 和 12345，不知道有没有用。""", ""),
        ("路人甲", "注册会员", "这种一看就是骗子，正规证书要考核的。", ""),
        ("版主", "管理员", "已置顶提醒。正规证书请到 zscx.osta.org.cn 查询。", ""),
    ]), False, None, None, [], "Complaint thread quoting a scam number; no offer.")

add("/wenda/q-neutral.html", None,
    wenda("人工智能训练师证书有用吗？", "提问者：匿名用户",
          [("HR小林", "互联网公司招聘 · 2天前",
            "<p>我们招数据标注岗位主要看实际操作能力，证书是加分项但不是必须。想考的话先确认机构是否备案，价格多比较几家。</p>"),
           ("社保小助手", "1周前", "<p>取得证书后如果符合条件可以申请技能提升补贴，政策问题可以打 12333 问。</p>")]),
    False, None, None, [], "Neutral Q&A; no seller.")

add("/jobs/job-annotation.html", None,
    jobs("数据标注员", """
<h2>数据标注员（全职）</h2>
<p class="sal">4.5-6.5K · 苏州·工业园区 · 经验不限 · 高中及以上</p>
<dl><dt>公司</dt><dd>苏州云标数据科技有限公司（统一社会信用代码 91320594461780230D）</dd>
<dt>职责</dt><dd>按规范完成图像与文本标注，参与质检。公司提供免费岗前培训，不收取任何费用。</dd>
<dt>投递</dt><dd>hr@yunbiao-data.com ｜ 0512-6580 3317</dd></dl>
"""), False, None, None,
    [("email", "hr@yunbiao-data.com", "hr@yunbiao-data.com"), ("phone", "+8651265803317", "0512-6580 3317"),
     ("uscc", "91320594461780230D", "91320594461780230D")],
    "Real job ad, no fee and no course; an employer's own contacts.")

add("/fenlei/health-manager.html", None,
    fenlei("郑州 健康管理师 培训", """
<h2>郑州康源职业培训 健康管理师 三级 培训报名</h2>
<p>发布时间：2025-11-30 · 区域：金水区</p>
<p>健康管理师（三级）理论+技能培训，学费 2980 元，周末班。</p>
<p>咨询：155 3710 8426 ｜ 郑州康源职业培训有限公司 91410105285309676T</p>
"""), False, None, None,
    [("phone", "+8615537108426", "155 3710 8426"), ("uscc", "91410105285309676T", "91410105285309676T")],
    "Course for another occupation (健康管理师); not an AI-trainer offer.")

# ---- list / index pages
def listing(path, title, shell, items, intro=""):
    lis = "".join('<li><a href="@@%s@@">%s</a></li>' % it for it in items)
    body = intro + "<ul>" + lis + "</ul>"
    add(path, None, shell(title, body), False, None, None, [], "List page.")

listing("/mall/index.html", "职业技能频道", lambda t, b: mall(t, "<h1>职业技能 · 考证培训</h1>" + b), [
    ("/mall/item-1001.html", "【智训未来】人工智能训练师 四级/三级 ¥3,980"),
    ("/mall/item-1017.html", "【包教材】AI训练师三级 3980元"),
    ("/mall/shop-jinghua.html", "店铺：京华数智研修院"),
    ("/mall/item-1033.html", "人工智能训练师五级四级考证班 ￥2,880起"),
    ("/mall/item-1058.html", "人工智能训练师三级 ¥1,680")])
listing("/fenlei/index.html", "教育培训 信息列表", lambda t, b: fenlei(t, "<h2>职业技能培训 最新信息</h2>" + b), [
    ("/fenlei/post-2201.html", "【深圳】人工智能训练师证 培训报名"),
    ("/fenlei/post-2290.html", "武汉 AI训练师证 四级 报名"),
    ("/fenlei/post-2315.html", "西安 人工智能训练师 培训"),
    ("/fenlei/post-2344.html", "厦门 AI训练师 培训"),
    ("/fenlei/health-manager.html", "郑州 健康管理师 培训")])
add("/bbs/index.html", None, doc("考证交流 - 职场人论坛", BBS_CSS,
    '<div class="nav">职场人论坛 » 考证交流</div><table style="background:#fff;margin:8px">'
    '<tr><th>主题</th><th>作者</th></tr>'
    '<tr><td><a href="@@/bbs/complaint.html@@">【曝光】交了4800说包过，结果人找不到了</a> [置顶]</td><td>气死了2025</td></tr>'
    '<tr><td><a href="@@/bbs/thread-5512.html@@">分享｜AI训练师四级备考经验</a></td><td>数标学院_陈老师</td></tr>'
    '<tr><td><a href="@@/bbs/thread-5540.html@@">零基础考AI训练师靠谱吗？</a></td><td>迷茫的阿梓</td></tr>'
    '<tr><td><a href="@@/bbs/thread-5603.html@@">【南京】人工智能训练师1月班</a></td><td>宁训AI_招生办</td></tr>'
    '</table>' + BBS_FOOT), False, None, None, [], "Forum board list.")
listing("/wenda/index.html", "职业教育 问题列表", lambda t, b: wenda(t, "热门问题", [("", "", b)]), [
    ("/wenda/q-neutral.html", "人工智能训练师证书有用吗？"),
    ("/wenda/q-3308.html", "北京哪里可以考人工智能训练师？"),
    ("/wenda/q-3341.html", "人工智能训练师四级考试难吗？"),
    ("/wenda/q-3390.html", "人工智能训练师和生成式人工智能系统应用员有什么区别？")])
listing("/news/index.html", "城市晚报 民生频道", lambda t, b: doc(t, "body{font-family:serif;max-width:760px;margin:0 auto}", "<h1>城市晚报 · 民生</h1>" + b), [
    ("/news/warning-shanzhai.html", "警惕“AI训练师证”骗局：交钱就发证？"),
    ("/news/policy-subsidy.html", "取得职业技能等级证书，可申领技能提升补贴"),
    ("/gov/explainer.html", "转载：江州市人社局关于证书查询的说明")])
listing("/jobs/index.html", "最新职位", lambda t, b: jobs(t, "<h2>最新职位</h2>" + b), [
    ("/jobs/job-annotation.html", "数据标注员 4.5-6.5K 苏州"),
    ("/jobs/post-ai-trainer-chengdu.html", "人工智能训练师 6-9K 成都"),
    ("/jobs/post-ningxun.html", "急招 AI数据标注员 50名 南京")])
listing("/weibo/topic.html", "#人工智能训练师# 话题", lambda t, b: doc(t + " - 微言", WEIBO_CSS, '<div class="card"><h2>#人工智能训练师#</h2>阅读 1.3亿 · 讨论 4.2万' + b + "</div>"), [
    ("/weibo/status-qiming.html", "启明职业培训：12月周末班开课啦"),
    ("/weibo/status-nanyue.html", "南粤训练师联盟：广州AI训练师四级班 12月20日开班")])
listing("/note/index.html", "搜索：AI训练师", lambda t, b: doc(t + " - 点点笔记", NOTE_CSS, "<h2>搜索结果：AI训练师</h2>" + b), [
    ("/note/n-88213.html", "成都考AI训练师｜我的报名流程分享"),
    ("/note/n-90017.html", "在广州考了AI训练师四级，说点真实感受"),
    ("/video/v-7731.html", "[视频] 零基础7天拿AI训练师证？真相来了"),
    ("/video/v-7802.html", "[视频] 数据标注员一个月能赚多少？")])

add("/index.html", None, doc("学途导航 - 职业教育网址大全", "body{font-family:sans-serif;max-width:980px;margin:0 auto}.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:10px}.g{border:1px solid #ddd;padding:8px}h3{margin:4px 0;color:#1a73e8}", """
<h1>学途导航</h1><p>职业教育 · 考证 · 求职 常用网址</p>
<div class="grid">
<div class="g"><h3>综合平台</h3><a href="@@/mall/index.html@@">淘学集市</a><br><a href="@@/fenlei/index.html@@">同城信息港</a><br><a href="@@/jobs/index.html@@">聘才网</a></div>
<div class="g"><h3>社区问答</h3><a href="@@/bbs/index.html@@">职场人论坛</a><br><a href="@@/wenda/index.html@@">知答</a><br><a href="@@/weibo/topic.html@@">微言话题</a><br><a href="@@/note/index.html@@">点点笔记</a></div>
<div class="g"><h3>新闻政策</h3><a href="@@/news/index.html@@">城市晚报</a><br><a href="@@/gov/explainer.html@@">江州人社</a></div>
<div class="g"><h3>公众号精选</h3><a href="@@/mp/ai-zhitongche.html@@">AI职通车</a><br><a href="@@/mp/hu-xuntong.html@@">沪训通</a><br><a href="@@/mp/xiaoyu-ai.html@@">小雨AI课堂</a></div>
<div class="g"><h3>热门活动页</h3><a href="@@/lp/pengcheng-signup.html@@">鹏城AI人才港报名</a><br><a href="@@/lp/huxuntong-mini.html@@">沪训通小程序</a><br><a href="@@/lp/changan-apply.html@@">长安数据标注学院报名</a><br><a href="@@/lp/aigc-bundle.html@@">AI三证合一</a></div>
<div class="g"><h3>群公告</h3><a href="@@/qun/board-ai-kaozheng.html@@">AI训练师考证交流群</a><br><a href="@@/qun/board-nanyue.html@@">南粤训练师联盟2群</a></div>
<div class="g"><h3>机构官网</h3><a href="@@/sites/zhixun/index.html@@">智训未来</a><br><a href="@@/sites/zkzp/index.html@@">中科智培</a><br><a href="@@/sites/shenzhi/index.html@@">申城数智</a><br><a href="@@/sites/jinling/index.html@@">金陵智培</a><br><a href="@@/sites/hefei-xinke/index.html@@">合肥芯科职业技能培训学校</a></div>
</div>
"""), False, None, None, [], "Web directory hub page.")

# ================================================================== operators & decoys
OPERATORS = [
    ["U01", {"brands": ["智训未来", "AI职通车", "启明职业培训"],
             "ties": "item-1001 and company site share the mobile 13857124406; site and WeChat article share the e-mail zhaosheng@zhixunweilai.cn (obfuscated with [at]); article and microblog share WeChat zxwl-kefu01."}],
    ["U02", {"brands": ["数标学院", "鹏城AI人才港"],
             "ties": "classifieds and forum thread share QQ 1849025576; forum thread and group board share QQ group 735102948; group board and sign-up form share WeChat pc_ai_rcg."}],
    ["U03", {"brands": ["京华数智研修院", "中科智培"],
             "ties": "item-1017 and shop page share mobile 13601287735; shop page and company site share USCC 911101086041723564; company site and Q&A answer share the domain zkzhipei.com.cn."}],
    ["U04", {"brands": ["天府AI训练营", "蓉城技能通"],
             "ties": "video and note share WeChat tfai_2025; note and job post share mobile 17380561274."}],
    ["U05", {"brands": ["楚才人工智能学院", "江城职培", "知行AI"],
             "ties": "item-1033 and classifieds share mobile 13986170352; classifieds and forum reply share WeChat jczp8899; forum reply and Q&A answer share QQ 2670135948."}],
    ["U06", {"brands": ["申城数智", "沪训通"],
             "ties": "company site and WeChat article share landline 021-61352870; article and mini-program share mobile 18917742608."}],
    ["U07", {"brands": ["南粤训练师联盟", "羊城AI职业学堂"],
             "ties": "microblog and note share e-mail ycai_xuetang@foxmail.com; note and group board share WeChat nanyue_ait."}],
    ["U08", {"brands": ["秦智教育", "长安数据标注学院"],
             "ties": "classifieds and video share mobile 15829307516; video and sign-up form share domain changanbiaozhu.cn (the form's e-mail is the QQ-mail of the classifieds QQ)."}],
    ["U09", {"brands": ["宁训AI", "金陵智培"],
             "ties": "forum thread and job post share WeChat ningxun-ai; job post and company site share mobile 15205183967."}],
]

MALL_PAGES = ["/mall/index.html", "/mall/item-1001.html", "/mall/item-1017.html", "/mall/shop-jinghua.html",
              "/mall/item-1033.html", "/mall/item-1058.html"]
FENLEI_PAGES = ["/fenlei/index.html", "/fenlei/post-2201.html", "/fenlei/post-2290.html", "/fenlei/post-2315.html",
                "/fenlei/post-2344.html", "/fenlei/health-manager.html"]
BBS_PAGES = ["/bbs/index.html", "/bbs/thread-5512.html", "/bbs/thread-5540.html", "/bbs/thread-5603.html", "/bbs/complaint.html"]
JOBS_PAGES = ["/jobs/index.html", "/jobs/job-annotation.html", "/jobs/post-ai-trainer-chengdu.html", "/jobs/post-ningxun.html"]
BUILDER_PAGES = ["/sites/zhixun/index.html", "/sites/zhixun/blog/annotation-tools.html", "/sites/zkzp/index.html",
                 "/sites/shenzhi/index.html", "/sites/jinling/index.html", "/sites/hefei-xinke/index.html"]
MP_PAGES = ["/mp/ai-zhitongche.html", "/mp/hu-xuntong.html", "/mp/xiaoyu-ai.html"]

DECOYS = [
    {"kind": "public_hotline", "value": "12333", "paths": ["/news/warning-shanzhai.html", "/news/policy-subsidy.html", "/gov/explainer.html", "/wenda/q-neutral.html"], "note": "人社 service hotline."},
    {"kind": "public_hotline", "value": "12345", "paths": ["/gov/explainer.html", "/bbs/complaint.html"], "note": "Government service hotline."},
    {"kind": "public_hotline", "value": "12315", "paths": ["/news/warning-shanzhai.html", "/bbs/complaint.html", "/lp/aigc-bundle.html"], "note": "Consumer-complaint hotline, also printed on a seller's landing page."},
    {"kind": "official_verification_site", "value": "zscx.osta.org.cn", "paths": ["/mall/item-1001.html", "/sites/zhixun/index.html", "/sites/hefei-xinke/index.html", "/news/warning-shanzhai.html", "/gov/explainer.html", "/bbs/complaint.html"], "note": "Official certificate query site cited by unrelated sellers and by warnings."},
    {"kind": "official_verification_site", "value": "jndj.osta.org.cn", "paths": ["/sites/zkzp/index.html", "/gov/explainer.html"], "note": "Official query URL printed on certificates."},
    {"kind": "marketplace_service_number", "value": "400-826-7719", "paths": MALL_PAGES, "note": "淘学集市's own hotline in the platform footer of every item (U01, U03, U05, I01)."},
    {"kind": "marketplace_uscc", "value": "91330110399204768X", "paths": MALL_PAGES, "note": "The marketplace operator's USCC in the platform footer, not any seller's."},
    {"kind": "marketplace_domain", "value": "www.taoxuejishi.com", "paths": MALL_PAGES, "note": "Marketplace domain in the platform footer."},
    {"kind": "classifieds_service_number", "value": "400-017-5890", "paths": FENLEI_PAGES, "note": "Classifieds site's customer-service number in its footer (U02, U05, U08, I02 and a non-AI course)."},
    {"kind": "forum_admin_qq_group", "value": "61728390", "paths": BBS_PAGES, "note": "Forum's own admin QQ group in the footer of every thread."},
    {"kind": "jobboard_antifraud_hotline", "value": "400-920-3366", "paths": JOBS_PAGES, "note": "Job board's anti-fraud hotline in its footer (U04, U09 and a real employer)."},
    {"kind": "site_builder_credit", "value": "www.sujianyun.cn", "paths": BUILDER_PAGES, "note": "Site builder's credit on company sites of U01, U03, U06, U09 and I06."},
    {"kind": "site_builder_credit", "value": "400-660-5817", "paths": BUILDER_PAGES, "note": "Site builder's service hotline in the same credit line."},
    {"kind": "scam_number_quoted", "value": "170 8845 2301", "paths": ["/news/warning-shanzhai.html", "/bbs/complaint.html", "/note/n-88213.html"], "note": "Scammer's number quoted by news and a complaint; a seller (U04) quotes it as an impersonator, not its own."},
    {"kind": "assessment_centre_number", "value": "020-3872 6615", "paths": ["/lp/pengcheng-signup.html", "/mall/item-1033.html", "/note/n-90017.html", "/fenlei/post-2344.html"], "note": "Number of the assessment centre 中数技评 quoted by U02, U05, U07 and I02."},
    {"kind": "order_number_like_phone", "value": "13820251106", "paths": ["/mall/item-1001.html", "/mall/item-1058.html"], "note": "Order number in buyer reviews of two unrelated sellers; has a mobile-number shape."},
    {"kind": "course_code_like_phone", "value": "15120260315", "paths": ["/fenlei/post-2290.html", "/fenlei/post-2344.html"], "note": "Course code on two unrelated classifieds posts; has a mobile-number shape."},
    {"kind": "sample_certificate_number", "value": "S000011010800253000088", "paths": ["/mall/item-1017.html", "/sites/zkzp/index.html", "/sites/shenzhi/index.html"], "note": "The same sample certificate number shown by U03 and U06."},
    {"kind": "template_placeholder", "value": "138-0000-0000", "paths": ["/lp/pengcheng-signup.html", "/lp/huxuntong-mini.html", "/lp/aigc-bundle.html"], "note": "Placeholder phone left from a page template (U02, U06, I05)."},
    {"kind": "template_placeholder", "value": "your@email.com", "paths": ["/lp/huxuntong-mini.html", "/lp/aigc-bundle.html"], "note": "Placeholder e-mail left from a page template (U06, I05)."},
    {"kind": "buyer_contact", "value": "1457203386", "paths": ["/wenda/q-3308.html", "/bbs/thread-5540.html"], "note": "A would-be buyer's own QQ in questions on two threads where different sellers (U03, U05) answer."},
    {"kind": "platform_domain", "value": "mp.weixin.qq.com", "paths": MP_PAGES, "note": "Article platform's domain in the footer of every WeChat-style article (U01, U06, I04)."},
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for p in PAGES:
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(p["html"])
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    truth = {
        "description": ("Sealed web operators-2026-12af: %d pages of invented Chinese web pages around 人工智能训练师 "
                        "certificate courses; %d offer pages from 9 multi-brand operators (U01-U09) and 6 independent "
                        "sellers (I01-I06). Identifier values are normalized as: phone '+86' + digits without trunk 0; "
                        "e-mail lower case with @; wechat/qq/qq_group/domain/uscc as the bare id (domain without www); "
                        "'other' = payee name." % (len(PAGES), sum(p["is_offer"] for p in PAGES))),
        "pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")} for p in PAGES],
        "operators": OPERATORS,
        "decoys": DECOYS,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("wrote %d pages" % len(PAGES))


if __name__ == "__main__":
    main()
