#!/usr/bin/env python3
"""Generate the operators-2026-12al test web (northern-city web: Jinan / Zhengzhou / Shijiazhuang).

Standard library only, deterministic (no randomness). Writes site/ and truth.json.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

PAGES = []   # dicts: path, html, truth
DECOYS = []

def page(path, html, is_offer=False, operator=None, provider=None, ids=(), note=""):
    PAGES.append({"path": path, "html": html, "truth": {
        "path": path, "is_offer": is_offer, "operator": operator, "provider": provider,
        "identifiers": [list(x) for x in ids], "note": note}})

def rel(frm, to):
    """relative link from page path `frm` to page path `to` (both absolute, '/'-rooted)."""
    a = frm.strip("/").split("/")[:-1]
    b = to.strip("/").split("/")
    i = 0
    while i < len(a) and i < len(b) - 1 and a[i] == b[i]:
        i += 1
    return "/".join([".."] * (len(a) - i) + b[i:])

# --------------------------------------------------------------------------------------
# section chrome
# --------------------------------------------------------------------------------------

def bbs_page(path, title, floors, kw="济南吧"):
    """Tieba-style thread. floors: list of (user, level, time, html)."""
    fl = []
    for n, (user, lv, t, body) in enumerate(floors, 1):
        fl.append(f'''  <div class="l_post j_l_post" data-floor="{n}">
    <div class="d_author"><img class="p_author_face" src="../img/avatar/{(n*37)%19+1}.jpg" alt="{user}的头像" width="80" height="80">
      <a class="p_author_name" href="#">{user}</a><span class="d_badge_lv">{lv}</span></div>
    <div class="d_post_content_main"><div class="d_post_content j_d_post_content">{body}</div>
      <div class="post-tail-wrap"><span class="tail-info">来自Android客户端</span><span class="tail-info">{n}楼</span><span class="tail-info">{t}</span>
      <a href="#" class="lzl_link_unfold">回复</a></div></div>
  </div>''')
    floors_html = "\n".join(fl)
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_{kw}_泉城贴吧</title>
<meta name="keywords" content="{kw},{title}">
<link rel="stylesheet" href="../css/tb.css">
<style>body{{font:12px/1.6 "Microsoft YaHei",Arial;background:#f5f6f7;margin:0}}.wrap{{width:980px;margin:0 auto;background:#fff}}.l_post{{border-bottom:1px solid #e4e6eb;padding:12px;display:flex}}.d_author{{width:130px;text-align:center}}.d_badge_lv{{background:#f7b500;color:#fff;padding:0 4px;margin-left:4px}}.aside{{float:right;width:230px}}.post-tail-wrap{{color:#999;text-align:right}}</style>
</head>
<body>
<!-- tb-header start -->
<div id="u_header"><a href="../index.html">首页</a> | <a href="index.html">贴吧</a> | <a href="#">图片</a> | <a href="#">视频</a> | <a href="#">登录</a> <a href="#">注册</a></div>
<div class="wrap">
<div class="card_head"><img src="../img/jinan_ba.png" alt="{kw}吧头像"><h1 class="card_title_fname">{kw}</h1><span class="card_menNum">关注:286,412</span><span class="card_infoNum">贴子:12,035,778</span></div>
<ul class="nav_list"><li><a href="index.html">看贴</a></li><li><a href="#">图片</a></li><li><a href="#">精品</a></li><li><a href="#">视频</a></li></ul>
<div class="aside">
  <div class="region_bright"><h4>吧务公告</h4><p>禁止发布违法广告，违者封禁。吧务交流QQ群：73849201（仅限吧友，不接广告）</p></div>
  <div class="region_bright"><h4>热议榜</h4><ol><li>经十路又堵了</li><li>明府城周末人挤人</li><li>济南哪里招数据标注</li></ol></div>
</div>
<div class="core_title_wrap"><h3 class="core_title_txt" title="{title}">{title}</h3><span class="pull-right">只看楼主 | 收藏 | 回复</span></div>
<div id="j_p_postlist">
{floors_html}
</div>
<div class="pb_footer"><form class="editor" action="#" method="post"><textarea name="content" placeholder="发表回复"></textarea><button type="submit">发 表</button></form></div>
</div>
<div id="footer">©2026 泉城贴吧 <a href="#">使用协议</a> <a href="#">隐私政策</a> 客服电话：0531-82336000 违法和不良信息举报：jubao@qctieba.com 鲁ICP备18031526号-2</div>
</body>
</html>
'''

NEWS_SIDEBAR = '''<aside class="side">
  <div class="ad-box"><span class="ad-tag">广告</span><a href="#"><img src="../img/ad/jinshui-jiaxiao.jpg" alt="金水顺达驾校 暑期学车特惠"></a><p>金水顺达驾校 C1/C2 暑期班 报名热线 0371-6871 2200</p></div>
  <div class="hot"><h3>热点排行</h3><ol><li><a href="index.html">郑州地铁12号线最新进展</a></li><li><a href="index.html">二七商圈夜经济升级</a></li><li><a href="index.html">中招录取分数线公布</a></li></ol></div>
  <div class="ad-box"><span class="ad-tag">广告</span><a href="#"><img src="../img/ad/house.jpg" alt="郑东新区 龙湖金茂悦 样板间开放"></a></div>
</aside>'''

def news_page(path, title, meta, body, channel="教育"):
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title} - 中原城市网</title>
<meta name="description" content="{title}">
<link rel="stylesheet" href="../css/zycity.css">
<style>body{{margin:0;font:15px/1.8 "PingFang SC","Microsoft YaHei"}}.top{{background:#b5121b;color:#fff}}.top a{{color:#fff;margin:0 8px}}.main{{width:1100px;margin:0 auto;display:flex}}.art{{flex:1;padding:20px}}.side{{width:300px}}.ad-tag{{font-size:12px;color:#999;border:1px solid #ccc}}.meta{{color:#888}}table{{border-collapse:collapse}}td,th{{border:1px solid #ddd;padding:4px 8px}}</style>
</head>
<body>
<div class="top"><a href="../index.html">中原城市网</a><a href="index.html">首页</a><a href="#">郑州</a><a href="#">河南</a><a href="index.html">{channel}</a><a href="#">房产</a><a href="#">汽车</a><a href="#">健康</a><a href="#">专题</a></div>
<div class="crumb">当前位置：<a href="index.html">首页</a> &gt; <a href="index.html">{channel}</a> &gt; 正文</div>
<div class="main">
<article class="art">
<h1>{title}</h1>
<div class="meta">{meta}</div>
{body}
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
</article>
{NEWS_SIDEBAR}
</div>
<footer class="foot"><p><a href="#">关于我们</a> | <a href="#">联系我们</a> | <a href="#">广告服务</a> | 广告热线：0371-65798888 | 新闻线索：xiansuo@zycity.com.cn</p><p>中原城市网 版权所有 未经授权禁止转载 豫ICP备12004378号-1 豫公网安备41010502002266号</p></footer>
</body>
</html>
'''

def mp_page(path, title, account, date, body, sn):
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} | 微阅读</title>
<link rel="stylesheet" href="../css/weyuedu.css">
<style>body{{max-width:680px;margin:0 auto;padding:16px;font:17px/1.75 -apple-system,"PingFang SC";color:#333}}.rich_media_meta{{color:#576b95;font-size:15px}}.src{{font-size:13px;color:#999;border-top:1px solid #eee;margin-top:30px}}img{{max-width:100%}}</style>
</head>
<body>
<header class="site"><a href="../index.html">微阅读</a> · <a href="index.html">公众号文章聚合</a> · <a href="index.html">教育</a> · <a href="index.html">职场</a></header>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title" id="activity-name">{title}</h1>
<div class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname">{account}</span> <em class="rich_media_meta">{date}</em></div>
<div class="rich_media_content" id="js_content">
{body}
</div>
<p><a href="https://mp.weixin.qq.com/s/{sn}" rel="nofollow">阅读原文</a> · 阅读 10万+ · 在看</p>
</div>
<div class="src">本文转载自微信公众号「{account}」，原文链接 mp.weixin.qq.com/s/{sn} ，版权归原作者所有。本站仅作信息聚合，如有侵权请联系 wxyd_admin@163.com 删除。<br><a href="index.html">返回列表</a></div>
</body>
</html>
'''

def ask_page(path, title, tags, qbody, answers):
    ans = []
    for user, votes, t, body in answers:
        ans.append(f'''<div class="answer"><div class="ans-user"><img src="../img/u.png" alt="{user}" width="32"> <b>{user}</b> <span class="t">{t}</span></div>
<div class="ans-body">{body}</div><div class="ans-act">赞同 {votes} · <a href="#">评论</a> · <a href="#">举报</a></div></div>''')
    ans_html = "\n".join(ans)
    tag_html = " ".join(f'<a class="tag" href="index.html">{t}</a>' for t in tags)
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title} - 知了问答</title>
<link rel="stylesheet" href="../css/zhiliao.css">
<style>body{{background:#f6f6f6;font:14px/1.7 "Microsoft YaHei"}}.box{{width:760px;margin:10px auto;background:#fff;padding:16px}}.answer{{border-top:1px solid #eee;padding:12px 0}}.tag{{background:#eef5ff;color:#175199;padding:2px 8px;margin-right:4px;border-radius:10px}}.t{{color:#999}}</style>
</head>
<body>
<nav class="topbar"><a href="../index.html">知了问答</a> <a href="index.html">首页</a> <a href="index.html">教育/职场</a> <a href="#">提问</a> <input type="search" placeholder="搜索你感兴趣的问题"></nav>
<div class="box">
<div class="tags">{tag_html}</div>
<h1 class="q-title">{title}</h1>
<div class="q-body">{qbody}</div>
<div class="q-meta">关注者 {len(answers)*17+5} · 被浏览 {len(answers)*1311+97}</div>
<h3>{len(answers)} 个回答</h3>
{ans_html}
<form class="answer-form" action="#" method="post"><textarea name="a" placeholder="写回答…"></textarea><button>提交回答</button></form>
</div>
<footer class="box">© 2026 知了问答 · <a href="#">用户协议</a> · <a href="#">社区规范</a> · 侵权/举报邮箱：jubao@zhiliaowenda.cn · 冀ICP备20011563号</footer>
</body>
</html>
'''

def fenlei_page(path, title, info_rows, desc, pub="2026-03-02", views=312):
    rows = "\n".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in info_rows)
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title} - 石家庄教育培训 - 石门百姓信息网</title>
<link rel="stylesheet" href="../css/smbx.css">
<style>body{{font:13px/1.7 SimSun,"Microsoft YaHei";margin:0}}.head{{background:#2a6fdb;color:#fff;padding:6px 20px}}.head a{{color:#fff}}.cont{{width:960px;margin:0 auto}}table.info th{{width:90px;text-align:right;color:#666;font-weight:normal}}.tip{{background:#fff8e1;border:1px dashed #f0b400;padding:8px;margin:10px 0}}</style>
</head>
<body>
<div class="head"><a href="../index.html">石门百姓信息网</a> 石家庄站 [<a href="#">切换城市</a>] | <a href="index.html">发布信息</a> | <a href="index.html">教育培训</a> | <a href="#">招聘</a> | <a href="#">二手</a> | <a href="#">房产</a> | <a href="help.html">帮助中心</a></div>
<div class="cont">
<div class="crumb"><a href="../index.html">石门百姓信息网</a> &gt; <a href="index.html">石家庄教育培训</a> &gt; <a href="index.html">职业技能培训</a></div>
<h1>{title}</h1>
<div class="pub">发布时间：{pub}　浏览：{views}次　<a href="#">举报</a></div>
<table class="info">
{rows}
</table>
<div class="desc">
{desc}
</div>
<div class="tip">温馨提示：本站只提供信息发布，请您仔细甄别，任何要求预付定金、汇款至个人账户的行为都可能是诈骗。<a href="help.html">更多防骗知识</a></div>
</div>
<div class="foot">石门百姓信息网 客服热线：400-016-8890（工作日9:00-18:00） 本地生活交流QQ群：512634870 冀ICP备15020871号</div>
</body>
</html>
'''

def h5_page(title, style, body, credit=""):
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{title}</title>
<style>*{{box-sizing:border-box}}body{{margin:0;max-width:750px;margin:0 auto;font-family:-apple-system,"PingFang SC","Microsoft YaHei"}}{style}</style>
</head>
<body>
{body}
{credit}
</body>
</html>
'''

EQXIU = '<div class="eqx-credit"><a href="https://www.eqxiu.com/?from=h5">易企秀</a> 提供技术支持 | 举报</div>'
JSJ_NOTE = '<p class="form-by">表单由 <a href="https://jinshuju.net">金数据</a> 提供</p>'

# --------------------------------------------------------------------------------------
# U01  泉城智训 / 齐鲁AI人才学院 / 鲁数标注实训基地  (Jinan)
# --------------------------------------------------------------------------------------
U01_USCC = "52370102MJD18253X4"
page("/h5/qczx/index.html", h5_page("泉城智训 | 人工智能训练师职业技能等级认定报名",
  ".hero{background:linear-gradient(#0a3d91,#1565c0);color:#fff;padding:30px 18px}.sec{padding:16px}.price td{border:1px solid #cfd8dc;padding:6px}.btn{display:block;background:#ff6d00;color:#fff;text-align:center;padding:12px;border-radius:24px;text-decoration:none}.ft{font-size:12px;color:#777;padding:14px;background:#eceff1}",
  f'''<section class="hero">
  <img src="img/logo-qczx.png" alt="泉城智训职业培训学校 LOGO" width="120">
  <h1>人工智能训练师（4-04-05-05）<br>职业技能等级认定 · 春季班</h1>
  <p>济南市人社局备案培训机构 · 理论+实操 · 小班授课</p>
</section>
<section class="sec">
  <h2>为什么考人工智能训练师？</h2>
  <p>2020年人社部等三部门联合发布的新职业，下设“数据标注员”“人工智能算法测试员”两个工种。大模型公司、数据基地、政务热线智能化项目都在招持证人员。</p>
  <img src="img/classroom.jpg" alt="泉城智训 历下区实训教室 上课实拍">
</section>
<section class="sec">
  <h2>课程与费用</h2>
  <table class="price">
    <tr><th>等级</th><th>课时</th><th>培训费</th><th>认定费</th></tr>
    <tr><td>五级/初级工</td><td>60</td><td>1680元</td><td>按物价标准</td></tr>
    <tr><td>四级/中级工</td><td>50</td><td>2380元</td><td>按物价标准</td></tr>
    <tr><td>三级/高级工</td><td>40</td><td>3280元</td><td>按物价标准</td></tr>
  </table>
  <p>符合条件的参保职工取证后可申领技能提升补贴（五级最高1000元、四级1500元、三级2000元），以人社部门审核为准。</p>
  <p>证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。</p>
</section>
<section class="sec">
  <h2>在线预约</h2>
  <form action="https://www.qczxedu.cn/api/signup" method="post">
    <input name="name" placeholder="姓名"> <input name="tel" placeholder="手机号">
    <select name="level"><option>五级</option><option>四级</option><option>三级</option></select>
    <button type="submit">提交报名</button>
  </form>
  <a class="btn" href="tel:15318861234">一键拨打 153 1886 1234</a>
</section>
<footer class="ft">
  <p>泉城智训职业培训学校（民办非企业）　统一社会信用代码：{U01_USCC}</p>
  <p>地址：济南市历下区解放路某大厦9楼　咨询座机：0531-88296617</p>
  <p>官网：www.qczxedu.cn</p>
</footer>''', EQXIU),
  True, "U01", "泉城智训职业培训学校",
  [("phone", "+8615318861234", "153 1886 1234"), ("phone", "+8653188296617", "0531-88296617"),
   ("uscc", U01_USCC, U01_USCC), ("domain", "qczxedu.cn", "www.qczxedu.cn")],
  "H5 landing page of a Jinan training school, per-level price table, form")

page("/bbs/t-8843102.html", bbs_page("/bbs/t-8843102.html", "济南有没有靠谱的人工智能训练师培训？想考个证", [
  ("泉水叮咚2018", "7", "2026-02-11 21:04", "在历城上班，单位说有人工智能训练师证可以评优，济南哪里能考？求推荐，别是骗子就行"),
  ("齐鲁AI人才学院", "3", "2026-02-11 21:30", "您好，我们齐鲁AI人才学院这边开四级和三级，周末班，理论+上机，一期四周。学费两千出头，有社保的拿证后还能申请补贴。具体可以电话：一五三 一八八六 一二三四（周老师），或者扣扣2914465083留言"),
  ("小鹿不迷路", "9", "2026-02-12 08:15", "同求，我也在找，楼上的是机构吧？有人去过吗。想一起报的加我 vx lulu_jn2019 拼团能便宜点"),
  ("泉水叮咚2018", "7", "2026-02-12 09:02", "回复 齐鲁AI人才学院 ：零基础能报三级吗"),
  ("齐鲁AI人才学院", "3", "2026-02-12 09:40", "三级需要四级证加工作年限，零基础建议先报四级/五级，按标准来的"),
]), True, "U01", "齐鲁AI人才学院",
  [("phone", "+8615318861234", "一五三 一八八六 一二三四"), ("qq", "2914465083", "扣扣2914465083")],
  "Tieba-style thread; the seller replies with a course offer in comments")

page("/mp/a-20260218-ldbz.html", mp_page("/mp/a-20260218-ldbz.html", "数据标注员也能持证上岗了！AI训练师周末班3月开课", "鲁数标注实训基地", "2026-02-18 19:30", '''
<p>各位小伙伴大家好～</p>
<p>很多同学问：做<strong>数据标注</strong>有没有证？有的！人工智能训练师（AI Trainer）下面就有“数据标注员”这个工种，分五个等级。</p>
<p><img src="../img/mp/ldbz-1.jpg" alt="鲁数标注实训基地 学员上机标注现场"></p>
<h3>开班信息</h3>
<ul><li>班型：周末班（周六日全天）</li><li>地点：济南高新区 齐鲁软件园附近</li><li>费用：<del>原价3980</del> 早鸟价2680元（含教材、上机环境）</li></ul>
<p>另外我们基地常年接标注项目，结业优秀学员可以留下做兼职（按件计费，多劳多得）。</p>
<p>报名咨询👇</p>
<p>QQ：2914 465 083（备注“训练师”）<br>vx：qczx_ai01</p>
<p><img src="../img/mp/qr-ldbz.png" alt="长按识别二维码 添加课程顾问"></p>
''', "Xq3kL0a9bcQ_ldbz"), True, "U01", "鲁数标注实训基地",
  [("qq", "2914465083", "2914 465 083"), ("wechat", "qczx_ai01", "vx：qczx_ai01")],
  "mirror of a WeChat article; strike-through early-bird price")

page("/ask/q-5521907.html", ask_page("/ask/q-5521907.html", "人工智能训练师四级在济南怎么报名？需要什么条件？", ["职业资格", "济南", "人工智能"],
  "<p>本人大专，做过一年客服质检，现在想转数据标注，听说要考人工智能训练师，四级怎么报？</p>", [
  ("考证老司机", 128, "2026-02-20", "<p>先说结论：四级（中级工）按标准要有五级证+年限，或者相关专业中职/技校毕业。你有一年相关工作可以先报五级。报名找人社备案的评价机构，证书在全国联网查询平台可查。别信“包过”“不用考试”。</p>"),
  ("泉城-周老师", 6, "2026-02-21", "<p>可以来我们这边咨询，济南本地面授，五级四级都有班，学费分期。薇 qczx_AI01 ，座机 (0531)8829-6617 工作日都有人。</p>"),
  ("路人甲乙丙", 2, "2026-02-22", "<p>楼上是广告，自己斟酌</p>"),
]), True, "U01", "泉城-周老师",
  [("wechat", "qczx_ai01", "薇 qczx_AI01"), ("phone", "+8653188296617", "(0531)8829-6617")],
  "Q&A page; the offer is one answer, the other answers are neutral")

# --------------------------------------------------------------------------------------
# U02  郑州智标数据科技 / 豫才职业技能培训中心 / 中原AI训练师考证中心 (Zhengzhou)
# --------------------------------------------------------------------------------------
U02_USCC = "91410105MA9KCT4R2B"
page("/news/2026/0304/edu-118203.html", news_page("/news/2026/0304/edu-118203.html",
  "AI浪潮下的新职业：郑州这家企业培养“人工智能训练师”超两千人",
  "2026-03-04 10:12　来源：中原城市网　编辑：李晓　【推广】",
  f'''<p>随着大模型应用在政务、金融、电商等领域加速落地，“人工智能训练师”这一新职业持续升温。记者近日走访位于金水区的郑州智标数据科技有限公司，看到几十名学员正在对着屏幕进行图像框选和语音转写。</p>
<p>“我们既做数据标注业务，也做人才培养。”公司负责人介绍，公司已累计培训学员两千余人，课程覆盖五级到三级，学员结业后可参加职业技能等级认定，符合条件的还可以申领技能提升补贴，具体政策可咨询12333或登录河南省人社厅网站 hrss.henan.gov.cn 查询。</p>
<p><img src="../../../img/news/118203.jpg" alt="郑州智标数据科技 学员实训现场"></p>
<p>据了解，该公司2026年春季班目前正在招生，学费一万二以内可选多个方向，学员可根据基础选择不同等级。</p>
<table><tr><th>企业名称</th><td>郑州智标数据科技有限公司</td></tr><tr><th>统一社会信用代码</th><td>{U02_USCC}</td></tr><tr><th>招生热线</th><td>400-086-5178</td></tr><tr><th>邮箱</th><td>zbsj_hr@163.com</td></tr></table>
<p class="disclaimer">（本文为商业推广信息，不代表本网观点）</p>'''),
  True, "U02", "郑州智标数据科技有限公司",
  [("uscc", U02_USCC, U02_USCC), ("phone", "4000865178", "400-086-5178"), ("email", "zbsj_hr@163.com", "zbsj_hr@163.com")],
  "advertorial on the Zhengzhou news portal, marked 推广")

page("/h5/yucai/index.html", h5_page("豫才职业技能培训中心 · AI训练师报名通道",
  ".bg{background:#fff3e0}.banner{background:#e65100;color:#fff;padding:24px}.card{margin:12px;padding:12px;background:#fff;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.1)}.kf{position:fixed;bottom:0;left:0;right:0;background:#e65100;color:#fff;text-align:center;padding:10px}",
  '''<div class="bg">
<div class="banner"><h1>AI训练师 人工智能训练师</h1><p>郑州本地考点 · 零基础入门 · 线上+线下</p><img src="img/banner-yc.jpg" alt="豫才职业技能培训中心 招生海报 AI训练师"></div>
<div class="card"><h2>报考等级</h2><p>五级（初级）：3.6k　四级（中级）：4.8k　三级（高级）：6.5k</p><p>两级连报立减800，团报3人以上再享9折</p></div>
<div class="card"><h2>考点信息</h2><p>理论及实操考试在河南省某职业技能鉴定站进行，考点咨询电话 0371-63962211（考试安排以考点通知为准）。</p></div>
<div class="card"><h2>我要报名</h2>
<form action="https://jinshuju.net/f/Yc8kQz" method="post"><label>姓名<input name="field_1"></label><label>电话<input name="field_2"></label><label>意向等级<select name="field_3"><option>五级</option><option>四级</option><option>三级</option></select></label><button>提交</button></form>
''' + JSJ_NOTE + '''</div>
<div class="card"><p>招生老师：185-3827-6490（微信同号）</p><p>全国统一热线：400 086 5178</p><p>资料邮箱：zbsj_hr(at)163.com</p></div>
</div>
<div class="kf"><a href="tel:18538276490" style="color:#fff">📞 立即咨询</a></div>'''),
  True, "U02", "豫才职业技能培训中心",
  [("phone", "+8618538276490", "185-3827-6490"), ("phone", "4000865178", "400 086 5178"), ("email", "zbsj_hr@163.com", "zbsj_hr(at)163.com")],
  "H5 landing page with prices in k, bundle discount and a jinshuju form")

page("/fenlei/p-33018724.html", fenlei_page("/fenlei/p-33018724.html", "中原AI训练师考证中心 石家庄/郑州均可报 人工智能训练师五级四级",
  [("类别", "职业技能培训"), ("区域", "石家庄-长安区"), ("联系人", "刘老师"), ("联系电话", "１８５３８２７６４９０"), ("微信", "zbsj6490")],
  '''<p>中原AI训练师考证中心石家庄报名点，网课学习+集中考试，人工智能训练师五级、四级常年报名。</p>
<p>学费：五级三千六，四级四千八，可开发票。</p>
<p>课程内容：数据采集与处理、数据标注、智能系统运维，配套题库。</p>
<p><img src="../img/fl/33018724.jpg" alt="人工智能训练师证书样本"></p>'''), True, "U02", "中原AI训练师考证中心",
  [("phone", "+8618538276490", "１８５３８２７６４９０"), ("wechat", "zbsj6490", "zbsj6490")],
  "classifieds post, full-width digits in the contact table")

# --------------------------------------------------------------------------------------
# U03  石家庄冀才职业培训学校 / 冀数AI训练营 / 河北智训教育 (Shijiazhuang)
# --------------------------------------------------------------------------------------
page("/fenlei/p-33021596.html", fenlei_page("/fenlei/p-33021596.html", "冀才职业培训学校 人工智能训练师（数据标注员）三月开班",
  [("类别", "职业技能培训"), ("区域", "石家庄-桥西区"), ("联系人", "赵校长"), ("固话", "0311—87025539"), ("手机", "132 3117 2285")],
  '''<p>石家庄冀才职业培训学校招收人工智能训练师学员：</p>
<ol><li>五级（初级工）：学费1280元，要求从事相关工作满一年</li><li>四级（中级工）：学费1980元</li><li>三级（高级工）：学费2880元</li></ol>
<p>本期认定批次号：15220260305（报名时请备注批次号），考试地点另行通知。</p>
<p>上课地点：桥西区自强路，近火车站。</p>'''), True, "U03", "石家庄冀才职业培训学校",
  [("phone", "+8631187025539", "0311—87025539"), ("phone", "+8613231172285", "132 3117 2285")],
  "classifieds post; a batch number shaped like a mobile number is in the text")

page("/h5/jcai/index.html", h5_page("冀数AI训练营 - 人工智能训练师 实战+考证",
  ".top{background:#00695c;color:#fff;padding:20px}.step{display:flex;gap:8px}.step div{flex:1;background:#e0f2f1;padding:8px}.foot{background:#004d40;color:#b2dfdb;font-size:12px;padding:12px}",
  '''<div class="top"><h1>冀数AI训练营</h1><p>人工智能训练师 · 数据标注员 · 算法测试员</p></div>
<img src="img/jcai-hero.jpg" alt="冀数AI训练营 学员结业合影">
<h2>三步拿证</h2>
<div class="step"><div>① 报名审核条件</div><div>② 线上+线下学习</div><div>③ 参加等级认定</div></div>
<p>证书由备案评价机构颁发，全国联网可查：jndj.osta.org.cn</p>
<h2>学费</h2><p>四级 ¥1980 / 三级 ¥2880 ，两级连报 ¥4500</p>
<div class="foot"><p>咨询电话：<a href="tel:031187025539">0311 8702 5539</a></p><p>邮箱：jicaiedu@126.com</p><p>jcaiedu.com © 冀数AI训练营</p></div>''', EQXIU),
  True, "U03", "冀数AI训练营",
  [("phone", "+8631187025539", "0311 8702 5539"), ("email", "jicaiedu@126.com", "jicaiedu@126.com"), ("domain", "jcaiedu.com", "jcaiedu.com")],
  "H5 landing page built with a site builder (credit in footer)")

page("/mp/a-20260225-hbzx.html", mp_page("/mp/a-20260225-hbzx.html", "石家庄人注意！这个新职业月薪8k+，考证窗口期就在今年", "河北智训教育", "2026-02-25 08:00", '''
<p>最近后台很多朋友私信问“AI训练师到底是干嘛的”，今天一次说清楚👇</p>
<p>人工智能训练师，简单说就是<strong>教AI干活的人</strong>：给数据打标签、测试模型、优化对话效果……</p>
<p><img src="../img/mp/hbzx-salary.png" alt="AI训练师 薪资 8k-15k 示意图"></p>
<p>我们河北智训今年开设<b>人工只能训练师</b>（嗯，小编手滑，是人工智能😂）专项班，四级三级都有，价格一千九起。</p>
<p>想了解的朋友：</p>
<p>📮 jicaiedu 圈 126.com（发邮件领取课程表）<br>💬 微信：jicai_zhao</p>
<p style="color:#999">*部分图片来源网络，侵删</p>
''', "Rm7aP2kx_hbzx01"), True, "U03", "河北智训教育",
  [("email", "jicaiedu@126.com", "jicaiedu 圈 126.com"), ("wechat", "jicai_zhao", "微信：jicai_zhao")],
  "WeChat article mirror; occupation name misspelled then corrected")

page("/bbs/t-8851236.html", bbs_page("/bbs/t-8851236.html", "【经验】数据标注干了半年，说说我考训练师证的经历", [
  ("冀数AI训练营", "5", "2026-03-01 14:22", "先说背景：本人石家庄的，去年在标注公司做图像框，后来报了个四级的班……<br>课程还行，考试分理论和实操，都是60分及格。有需要了解的可以加v jicai_zhao 拉你进学习群，Q群785316902也行，群里有题库。"),
  ("大明湖畔的胖子", "11", "2026-03-01 15:03", "软文吧这是"),
  ("冀数AI训练营", "5", "2026-03-01 15:10", "不是软文，就是分享经验，群里不收费"),
  ("阿泉泉", "4", "2026-03-01 18:47", "马克一下"),
]), True, "U03", "冀数AI训练营",
  [("wechat", "jicai_zhao", "加v jicai_zhao"), ("qq_group", "785316902", "Q群785316902")],
  "forum post disguised as a personal experience, ends with a study group")

# --------------------------------------------------------------------------------------
# U04  郑州云标智能 / 河南慧训教育 / 豫见AI职业学堂 (online, casual)
# --------------------------------------------------------------------------------------
page("/ask/q-5530418.html", ask_page("/ask/q-5530418.html", "宝妈在家能做AI训练师吗？考证难不难？", ["宝妈", "兼职", "AI"],
  "<p>孩子上幼儿园了，白天有时间，看到抖音上说AI训练师在家就能做，是真的吗？</p>", [
  ("豫见AI职业学堂", 9, "2026-02-26", "<p>可以的亲！我们豫见AI职业学堂专门做宝妈转型，<b>线上学习+线上考试</b>，五级证1680，学完推荐标注兼职。详情戳 https://dwz.cn/Yj8Aq2 或者加Q 3381920476，电话 150 9331 6728 (同微)</p>"),
  ("理性吃瓜", 57, "2026-02-27", "<p>提醒一下：正规的等级认定是有理论和实操考试的，要在备案机构考，承诺“推荐兼职”的要小心，先交钱后派单的多半是套路。</p>"),
]), True, "U04", "豫见AI职业学堂",
  [("qq", "3381920476", "Q 3381920476"), ("phone", "+8615093316728", "150 9331 6728")],
  "Q&A answer by a seller, short link to its page")

page("/fenlei/p-33025540.html", fenlei_page("/fenlei/p-33025540.html", "河南慧训教育 AI训练师 在家学 包教包会 宝妈/学生/上班族",
  [("类别", "职业技能培训"), ("区域", "石家庄-裕华区"), ("联系人", "慧训-小王"), ("电话", "150📞9331📞6728"), ("微信", "hxjy-0371")],
  '''<p>🔥人工智能训练师（AI训练员）线上课，手机就能学！</p>
<p>五级：一千六百八　四级：两千六百八　<s>原价3980</s></p>
<p>结业后推荐接单，日结！（具体以项目为准）</p>
<p><img src="../img/fl/33025540.jpg" alt="学员接单收益截图 订单号 1590 2316 8847"></p>'''), True, "U04", "河南慧训教育",
  [("phone", "+8615093316728", "150📞9331📞6728"), ("wechat", "hxjy-0371", "hxjy-0371")],
  "classifieds post, emoji between phone digits; image alt has an order number")

page("/bbs/t-8857719.html", bbs_page("/bbs/t-8857719.html", "有没有做数据标注兼职的？求带", [
  ("趵突泉的风", "6", "2026-03-05 22:10", "下班想赚点外快，听说数据标注可以在家做，有没有靠谱渠道？"),
  ("郑州云标智能", "2", "2026-03-05 22:31", "我们这边有标注项目，新手需要先过培训拿个训练师五级证（官方证书），培训费一千多，考下来直接派单。V❤ hxjy-0371"),
  ("趵突泉的风", "6", "2026-03-05 22:40", "还要先交钱啊……"),
  ("千佛山下", "13", "2026-03-06 07:12", "先交钱再派单的，十个有九个是坑，楼主慎重"),
]), True, "U04", "郑州云标智能",
  [("wechat", "hxjy-0371", "V❤ hxjy-0371")],
  "forum reply selling training as a gate to side jobs")

# --------------------------------------------------------------------------------------
# U05  济南鲁信教育咨询 / 山东鲁信职业技能评价中心 / 鲁信AI考证 (Jinan)
# --------------------------------------------------------------------------------------
U05_USCC = "91370105MA3P6WXU0C"
page("/h5/luxin/index.html", h5_page("鲁信AI考证 | 人工智能训练师 一级/二级/三级 全程托管",
  ".hd{background:#263238;color:#ffd54f;padding:22px}.box{padding:14px;border-bottom:8px solid #f5f5f5}.tb td,.tb th{border:1px solid #ddd;padding:5px}.gov{color:#c62828;font-weight:bold}.ft{font-size:12px;color:#888;padding:12px}",
  f'''<div class="hd"><h1>人工智能训练师 技师/高级技师</h1><p class="gov">国家职业资格证书 · 全国通用 · 可落户加分</p></div>
<div class="box"><img src="img/luxin-cert.jpg" alt="人工智能训练师 二级 证书样本 鲁信AI考证"></div>
<div class="box"><h2>报考须知</h2><p>零基础、不限学历均可报考二级/一级，全程托管，考前辅导，通过率98%。</p><p>证书查询：官网可查，有疑问可拨打人社服务热线12333咨询。</p></div>
<div class="box"><h2>费用一览</h2>
<table class="tb"><tr><th>级别</th><th>全包价</th></tr><tr><td>三级</td><td>6800</td></tr><tr><td>二级（技师）</td><td>1.28w</td></tr><tr><td>一级（高级技师）</td><td>1.68w</td></tr><tr><td>三证连报</td><td>2.6w</td></tr></table></div>
<div class="box"><h2>预约咨询</h2><form action="https://jinshuju.net/f/Lx52pQ" method="post"><input name="n" placeholder="称呼"><input name="m" placeholder="手机"><button>立即预约</button></form>{JSJ_NOTE}</div>
<div class="ft"><p>济南鲁信教育咨询有限公司　{U05_USCC}</p><p>客服邮箱：service@luxinpx.com　官网：https://www.luxinpx.com</p></div>'''),
  True, "U05", "鲁信AI考证",
  [("uscc", U05_USCC, U05_USCC), ("email", "service@luxinpx.com", "service@luxinpx.com"), ("domain", "luxinpx.com", "https://www.luxinpx.com")],
  "H5 page selling level 2/1 to beginners with a three-level bundle")

page("/news/2026/0309/edu-118477.html", news_page("/news/2026/0309/edu-118477.html",
  "山东鲁信职业技能评价中心：让新职业人才“有证可考”",
  "2026-03-09 15:40　来源：合作稿件",
  f'''<p>近年来，随着数字经济快速发展，人工智能训练师、数据标注员等新职业需求旺盛。山东鲁信职业技能评价中心立足济南、辐射中原，持续开展人工智能训练师等职业的培训与认定服务。</p>
<p>中心负责人表示，学员可根据自身情况报考相应等级，高级工以上等级还可享受多地人才政策。</p>
<h3>机构信息</h3>
<table><tr><td>运营主体</td><td>济南鲁信教育咨询有限公司</td></tr><tr><td>信用代码</td><td>{U05_USCC}</td></tr><tr><td>咨询电话</td><td>0531-66885120</td></tr><tr><td>地址</td><td>济南市槐荫区经十路某号</td></tr></table>
<p><img src="../../../img/news/118477.jpg" alt="山东鲁信职业技能评价中心 办公环境"></p>'''),
  True, "U05", "山东鲁信职业技能评价中心",
  [("uscc", U05_USCC, U05_USCC), ("phone", "+8653166885120", "0531-66885120")],
  "unmarked advertorial (合作稿件) on the news portal")

page("/mp/a-20260311-lxkz.html", mp_page("/mp/a-20260311-lxkz.html", "重磅！人工智能训练师技师证报名最后10天，错过再等一年", "鲁信考证服务号", "2026-03-11 20:18", '''
<p><strong>【紧急通知】</strong>本年度人工智能训练师（技师/高级技师）认定报名即将截止！</p>
<p>✅ 不限专业 ✅ 不限年龄 ✅ 无需工作经验</p>
<p>证书样本见下图（证书编号示例：S000041000001254300128），全国联网可查。</p>
<p><img src="../img/mp/lxkz-cert.jpg" alt="人工智能训练师 技师 证书样本"></p>
<p>报名费用：技师一万二千八，高级技师一万六千八。</p>
<p>报名热线：(0531) 6688-5120<br>手机：178 0625 4419（微信同号）</p>
''', "Lx0311zQ7_kz"), True, "U05", "鲁信考证服务号",
  [("phone", "+8653166885120", "(0531) 6688-5120"), ("phone", "+8617806254419", "178 0625 4419")],
  "WeChat mirror; deadline pressure, certificate number sample")

page("/ask/q-5534062.html", ask_page("/ask/q-5534062.html", "人工智能训练师二级可以直接考吗？没有三级证", ["技师", "人工智能训练师"],
  "<p>看到有机构说零基础可以直接报二级（技师），靠谱吗？</p>", [
  ("鲁信-张老师", 3, "2026-03-12", "<p>可以报的，我们有渠道，全程托管。具体情况加我详聊：+86 178-0625-4419，官网 luxinpx点com</p>"),
  ("持证上岗的老王", 88, "2026-03-12", "<p>不靠谱。按国家职业技能标准，二级技师需要三级证+多年工作经历，零基础直接报二级本身就说明有问题。去 zscx.osta.org.cn 查不到的证书都别信。</p>"),
  ("小鹿不迷路", 1, "2026-03-13", "<p>我也被推销过这个，有一起避坑的加我微信 lulu_jn2019</p>"),
]), True, "U05", "鲁信-张老师",
  [("phone", "+8617806254419", "+86 178-0625-4419"), ("domain", "luxinpx.com", "luxinpx点com")],
  "Q&A answer pushing level 2 to a beginner; other answers warn")

# --------------------------------------------------------------------------------------
# U06  燕赵数标学院 / 河北启智人工智能培训 / 启智未来教育科技
# --------------------------------------------------------------------------------------
page("/h5/qizhi/index.html", h5_page("河北启智人工智能培训 - AI训练师就业班",
  ".p1{background:#311b92;color:#fff;padding:26px;text-align:center}.li{padding:10px 16px}.hide{display:none}.call{background:#7c4dff;color:#fff;padding:10px;text-align:center}",
  '''<div class="p1"><h1>AI训练师就业班</h1><p>学技能 + 考证书 + 推就业</p></div>
<img src="img/qizhi-1.jpg" alt="河北启智人工智能培训 教室">
<div class="li"><h2>课程亮点</h2><p>人工智能训练师四级/三级双证班，费用￥3980-￥5980，支持花呗分期。</p><p>结业推荐石家庄、雄安本地数据公司岗位。</p></div>
<div class="call">咨询热线 199-3140-5562　QQ 1572839046</div>
<div class="hide tpl-contact">联系电话：13800138000 联系地址：XX省XX市XX路XX号</div>''', EQXIU),
  True, "U06", "河北启智人工智能培训",
  [("phone", "+8619931405562", "199-3140-5562"), ("qq", "1572839046", "QQ 1572839046")],
  "H5 landing page; an unedited template block keeps the builder's placeholder phone")

page("/fenlei/p-33029911.html", fenlei_page("/fenlei/p-33029911.html", "燕赵数标学院招生 人工智能训练师 数据标注 正规机构可查可投诉",
  [("类别", "电脑/IT培训"), ("区域", "石家庄-新华区"), ("联系人", "孙老师"), ("QQ", "扣1572839046"), ("微信", "yzsb_2024")],
  '''<p>燕赵数标学院，专注人工智能训练师培训五年。</p>
<p>学费：四级 三千九百八 / 三级 五千九百八；持续参保一年以上的学员可按政策申请技能提升补贴，补贴后实际花费不多。</p>
<p>正规机构，对服务不满意可拨打12315投诉。</p>'''), True, "U06", "燕赵数标学院",
  [("qq", "1572839046", "扣1572839046"), ("wechat", "yzsb_2024", "yzsb_2024")],
  "classifieds post, prices in Chinese numerals, subsidy talk")

page("/mp/a-20260302-qzwl.html", mp_page("/mp/a-20260302-qzwl.html", "AI时代，这张证书让她从收银员变成了数据主管", "启智未来教育科技", "2026-03-02 12:00", '''
<p>小李（化名）两年前还在超市做收银员，如今已经是一家数据公司的标注组长。</p>
<p>“当时就是想学点东西，报了人工智能训练师的课，从四级开始考。”</p>
<p>像小李这样的学员，启智未来已经帮助了上千名。现在报名春季班，四级课程四千以内。</p>
<p><img src="../img/mp/qzwl-qr.png" alt="微信二维码 yzsb_2024 扫码咨询课程"></p>
<p style="font-size:13px;color:#888">以上案例仅代表个人经历，不构成承诺。</p>
''', "Qz0302Wm_lz"), True, "U06", "启智未来教育科技",
  [("wechat", "yzsb_2024", "微信二维码 yzsb_2024")],
  "WeChat mirror, success story; the only contact is in a QR image's alt text")

# --------------------------------------------------------------------------------------
# U07  郑州博睿职业技能培训学校 / 博睿AI训练师直通车 / 中原博睿人力资源
# --------------------------------------------------------------------------------------
U07_USCC = "91410100MA46L3N252"
page("/news/2026/0312/edu-118602.html", news_page("/news/2026/0312/edu-118602.html",
  "郑州博睿职业技能培训学校春季招生 人工智能训练师课程受青睐",
  "2026-03-12 09:05　来源：中原城市网教育频道",
  '''<p>【推广】新学期伊始，位于二七区的郑州博睿职业技能培训学校迎来报名高峰，其中人工智能训练师课程尤其受在职人员欢迎。</p>
<p>据学校介绍，课程按国家职业技能标准设置，五级（初级工）60课时、四级（中级工）50课时，考试合格后由备案评价机构颁发职业技能等级证书，可在 jndj.osta.org.cn 查询。</p>
<p>理论和实操考核在河南省某职业技能鉴定站统一进行（考点电话：0371-6396 2211）。</p>
<table><caption>2026春季班收费</caption><tr><th>等级</th><th>学费</th></tr><tr><td>五级</td><td>1,500元</td></tr><tr><td>四级</td><td>2,200元</td></tr><tr><td>三级</td><td>2,900元～3,400元</td></tr></table>
<p>报名电话：0371-55993307、136 7399 6150</p>'''),
  True, "U07", "郑州博睿职业技能培训学校",
  [("phone", "+8637155993307", "0371-55993307"), ("phone", "+8613673996150", "136 7399 6150")],
  "advertorial with a fee table; cites the assessment centre's phone")

page("/fenlei/p-33031208.html", fenlei_page("/fenlei/p-33031208.html", "博睿AI训练师直通车 石家庄班 五级四级 周末上课",
  [("类别", "职业技能培训"), ("区域", "石家庄-长安区"), ("联系人", "博睿招生办"), ("手机", "13673996150"), ("QQ群", "QQ群:934021657")],
  '''<p>人工智能训练师石家庄周末班开课啦！（郑州总部直属）</p>
<p>五级1500、四级2200，学费交至对公账户（户名：郑州博睿人力资源服务有限公司），谨防个人收款诈骗，如遇可疑情况请拨打96110。</p>'''),
  True, "U07", "博睿AI训练师直通车",
  [("phone", "+8613673996150", "13673996150"), ("qq_group", "934021657", "QQ群:934021657"),
   ("other", "郑州博睿人力资源服务有限公司", "户名：郑州博睿人力资源服务有限公司")],
  "classifieds post with the payee account name")

page("/bbs/t-8860054.html", bbs_page("/bbs/t-8860054.html", "求问：人工智能训练师四级考试难吗？实操考什么", [
  ("历下小透明", "5", "2026-03-14 12:30", "下个月考四级，有没有考过的说说实操考什么，数据清洗还是标注？"),
  ("中原博睿人力资源", "8", "2026-03-14 13:02", "实操主要是数据采集处理、标注、智能系统运维几块。我们有免费的模拟题，进群领：群号 934 021 657 ；报课的可以 weixin: borui3307 ，四级两千二，郑州济南都能考。河南的政策可以看 hrss.henan.gov.cn"),
  ("历下小透明", "5", "2026-03-14 13:20", "谢谢，先看看题"),
]), True, "U07", "中原博睿人力资源",
  [("qq_group", "934021657", "群号 934 021 657"), ("wechat", "borui3307", "weixin: borui3307")],
  "forum answer with a free-question-bank group and a course offer")

page("/ask/q-5540177.html", ask_page("/ask/q-5540177.html", "郑州哪里可以培训人工智能训练师？最好周末班", ["郑州", "周末班"],
  "<p>在郑东上班，想找周末班，有推荐吗？</p>", [
  ("博睿课程顾问", 4, "2026-03-15", f"<p>推荐博睿，二七区，周末班滚动开，五级一千五。学费对公转账：郑州博睿人力资源服务有限公司（信用代码 {U07_USCC}），微信 borui3307</p>"),
  ("郑东打工人", 21, "2026-03-16", "<p>我在其他家学的，建议先去人社部门官网查一下机构是不是备案过的。</p>"),
]), True, "U07", "博睿课程顾问",
  [("wechat", "borui3307", "微信 borui3307"), ("other", "郑州博睿人力资源服务有限公司", "郑州博睿人力资源服务有限公司"),
   ("uscc", U07_USCC, U07_USCC)],
  "Q&A answer naming the payee company and its credit code")

# --------------------------------------------------------------------------------------
# U08  泉城星火教育 / 星火数据标注工作室 / 山东星火智联
# --------------------------------------------------------------------------------------
page("/bbs/t-8862390.html", bbs_page("/bbs/t-8862390.html", "济南本地AI训练师班，三月班还剩5个名额", [
  ("泉城星火教育", "4", "2026-03-08 10:00", "<img src='../img/bbs/xh-poster.jpg' alt='泉城星火教育 人工智能训练师 三月班 招生海报'><br>人工智能训练师（五级/四级）三月班开课在即，天桥区上课，两千以内搞定。<br>报名：155 6258 1946 或 q 2460917358"),
  ("顶贴机器人", "1", "2026-03-08 10:05", "顶"),
  ("经十路扛把子", "10", "2026-03-08 11:40", "天天发广告，吧务管管"),
]), True, "U08", "泉城星火教育",
  [("phone", "+8615562581946", "155 6258 1946"), ("qq", "2460917358", "q 2460917358")],
  "forum ad post with a poster image")

page("/mp/a-20260306-xhbz.html", mp_page("/mp/a-20260306-xhbz.html", "【招募】星火数据标注工作室 招学员 · 送考训练师证", "星火数据标注工作室", "2026-03-06 18:45", '''
<p>工作室承接语音、图像、文本标注项目，现招募学员：</p>
<ul><li>培训内容：标注规范、质检、平台操作</li><li>费用：¥1,680（含人工智能训练师五级报考辅导）</li><li>优秀学员可签约接项目</li></ul>
<p>联系方式：</p>
<p>QQ：２４６０９１７３５８<br>邮箱：xinghuo_jn#sina.com（#换成@）</p>
''', "Xh0306bZ_gz"), True, "U08", "星火数据标注工作室",
  [("qq", "2460917358", "２４６０９１７３５８"), ("email", "xinghuo_jn@sina.com", "xinghuo_jn#sina.com")],
  "WeChat mirror; full-width QQ number, obfuscated email")

page("/h5/xinghuo/index.html", h5_page("山东星火智联 · 人工智能训练师认证课程",
  ".a{background:#fbe9e7;padding:20px}.b{padding:14px}.c{background:#bf360c;color:#fff;padding:12px;font-size:13px}.hide{display:none}",
  '''<div class="a"><h1>山东星火智联</h1><h2>AI Trainer 人工智能训练师 认证课程</h2><p>四级 ¥2180 ／ 三级 ¥2980</p></div>
<div class="b"><h3>适合人群</h3><p>有一年以上客服、运营、数据处理相关经验的在职人员；相关专业在校生。</p>
<h3>报名表</h3><form action="https://jinshuju.net/f/XhZ9w1" method="post"><input name="n" placeholder="姓名"><input name="p" placeholder="电话"><button>提交</button></form>''' + JSJ_NOTE + '''</div>
<div class="c"><p>微信：xh_biaozhu</p><p>邮箱：xinghuo_jn@sina.com</p></div>
<div class="hide">电话：13800138000</div>'''),
  True, "U08", "山东星火智联",
  [("wechat", "xh_biaozhu", "微信：xh_biaozhu"), ("email", "xinghuo_jn@sina.com", "xinghuo_jn@sina.com")],
  "H5 landing with English name; hidden template placeholder phone")

# --------------------------------------------------------------------------------------
# U09  冀鲁豫AI职业教育联盟 / 华北人工智能训练师报名处 / 北方智训
# --------------------------------------------------------------------------------------
page("/news/2026/0315/edu-118733.html", news_page("/news/2026/0315/edu-118733.html",
  "冀鲁豫AI职业教育联盟成立 三地学员可就近报考人工智能训练师",
  "2026-03-15 16:22　来源：企业供稿　<span class=\"ad-tag\">广告</span>",
  '''<p>日前，冀鲁豫AI职业教育联盟在郑州宣布成立。联盟整合石家庄、济南、郑州三地培训资源，为人工智能训练师学员提供“就近报名、统一考核”服务。</p>
<p>联盟相关负责人称，已有多名学员通过认定，证书编号如 S000041000001254300128 均可联网查询。</p>
<p>报名热线：400-115-8826　联盟官网：www.bfzhixun.net</p>
<p><img src="../../../img/news/118733.jpg" alt="冀鲁豫AI职业教育联盟 成立仪式"></p>'''),
  True, "U09", "冀鲁豫AI职业教育联盟",
  [("phone", "4001158826", "400-115-8826"), ("domain", "bfzhixun.net", "www.bfzhixun.net")],
  "advertorial labelled 广告 and 企业供稿; quotes a sample certificate number")

page("/fenlei/p-33034472.html", fenlei_page("/fenlei/p-33034472.html", "华北人工智能训练师报名处（石家庄） 四级三级 可异地考",
  [("类别", "职业技能培训"), ("区域", "石家庄-高新区"), ("联系人", "报名处吴老师"), ("电话", "400 115 8826"), ("手机", "180 3287 1154")],
  '''<p>华北人工智能训练师报名处石家庄点：</p>
<p>四级：2.4k，三级：3.2k，二级咨询客服。</p>
<p>本期批次号15220260305，名额有限。</p>'''),
  True, "U09", "华北人工智能训练师报名处",
  [("phone", "4001158826", "400 115 8826"), ("phone", "+8618032871154", "180 3287 1154")],
  "classifieds post quoting the same batch number as another seller")

page("/ask/q-5543321.html", ask_page("/ask/q-5543321.html", "石家庄考AI训练师证书去哪里查真伪？", ["证书查询", "石家庄"],
  "<p>报了个班，说考完发证，怎么知道证书是不是真的？</p>", [
  ("北方智训客服", 2, "2026-03-17", "<p>我们北方智训的证书官网可查，osta官网查询，不放心可以先来试听。咨询180-3287-1154，微信 bfzx_kf2，抖音号：bfzx2025，报名链接 https://dwz.cn/Bf2Kq8 。正规机构，有问题可打12315。</p>"),
  ("技能鉴定站老员工", 66, "2026-03-18", "<p>查真伪就认准技能人才评价证书全国联网查询 zscx.osta.org.cn，输入姓名、证件号、证书编号。机构自己给的“查询网址”不一定可信。</p>"),
]), True, "U09", "北方智训",
  [("phone", "+8618032871154", "180-3287-1154"), ("wechat", "bfzx_kf2", "微信 bfzx_kf2"), ("other", "bfzx2025", "抖音号：bfzx2025")],
  "Q&A answer; short link and a video account name")

# --------------------------------------------------------------------------------------
# independents
# --------------------------------------------------------------------------------------
page("/bbs/t-8866001.html", bbs_page("/bbs/t-8866001.html", "出一个人工智能训练师四级报名名额，原价转", [
  ("zt_小田", "6", "2026-03-16 20:02", "单位统一报的四级，我这边时间冲突去不了，名额原价2200转，可以帮你改信息。有意向+vx ztx_0925"),
  ("大明湖畔的胖子", "11", "2026-03-16 20:30", "名额还能转？不是实名报名吗"),
  ("zt_小田", "6", "2026-03-16 20:41", "跟机构沟通过可以换人"),
]), True, "I01", "zt_小田",
  [("wechat", "ztx_0925", "vx ztx_0925")],
  "individual reselling an enrolment place")

page("/fenlei/p-33036650.html", fenlei_page("/fenlei/p-33036650.html", "退休教师辅导人工智能训练师理论考试 一对一",
  [("类别", "家教/辅导"), ("区域", "石家庄-裕华区"), ("联系人", "王老师"), ("电话", "13303118842")],
  '''<p>本人退休计算机教师，辅导人工智能训练师五级、四级理论知识，一对一，每课时一百二，可上门。</p>
<p>只辅导不代考，谨防诈骗，遇到可疑情况请报警96110。</p>'''),
  True, "I02", "王老师",
  [("phone", "+8613303118842", "13303118842")],
  "individual tutor offering exam preparation")

page("/h5/xincheng/index.html", h5_page("郑州新程职业培训学校 · 人工智能训练师招生简章",
  ".h{background:#1b5e20;color:#fff;padding:18px}.s{padding:12px}.s table td{border:1px solid #c8e6c9;padding:4px}",
  '''<div class="h"><h1>郑州新程职业培训学校</h1><p>2026年人工智能训练师招生简章</p></div>
<div class="s"><h2>报名条件</h2><p>五级：相关工作满1年或完成本职业学徒；四级：取得五级证书后工作满4年等（详见国家职业技能标准2021年版）。</p>
<h2>费用</h2><table><tr><td>五级</td><td>培训费1200元</td></tr><tr><td>四级</td><td>培训费1600元</td></tr></table>
<p>考核在河南省某职业技能鉴定站进行，考点电话0371-63962211。政策咨询：12333。</p>
<h2>联系我们</h2><p>招生办：0371-6091 2785</p><p>学校网站：xinchengpx.cn</p></div>''', EQXIU),
  True, "I03", "郑州新程职业培训学校",
  [("phone", "+8637160912785", "0371-6091 2785"), ("domain", "xinchengpx.cn", "xinchengpx.cn")],
  "sober enrolment brochure by a single school")

page("/mp/a-20260309-jnzp.html", mp_page("/mp/a-20260309-jnzp.html", "济南职培小站｜人工智能训练师课程表来了", "济南职培小站", "2026-03-09 09:30", '''
<p>应读者要求，整理了本站三月人工智能训练师（五级）周末课程：</p>
<table border="1"><tr><th>日期</th><th>内容</th></tr><tr><td>3.21</td><td>职业道德与基础知识</td></tr><tr><td>3.22</td><td>数据采集与处理</td></tr><tr><td>3.28</td><td>数据标注实操</td></tr><tr><td>3.29</td><td>模拟考核</td></tr></table>
<p>费用：一千三百八十元。</p>
<p>报名方式：邮件 jnzp_xz[at]163.com 或 微信号 jnzpxz</p>
''', "Jn0309Zp_xz"), True, "I04", "济南职培小站",
  [("email", "jnzp_xz@163.com", "jnzp_xz[at]163.com"), ("wechat", "jnzpxz", "微信号 jnzpxz")],
  "small WeChat account publishing its own course timetable")

page("/ask/q-5545808.html", ask_page("/ask/q-5545808.html", "AI训练师三级和四级哪个含金量高？", ["人工智能训练师", "等级"],
  "<p>准备考证，三级四级纠结</p>", [
  ("豫考通", 5, "2026-03-19", "<p>当然是三级（高级工），但要满足条件。我这边可以帮忙规划报考路线，代报名、提供题库，服务费三百。扣扣 1098334561</p>"),
  ("数据民工", 33, "2026-03-20", "<p>看你工作年限，条件不够别硬上。</p>"),
]), True, "I05", "豫考通",
  [("qq", "1098334561", "扣扣 1098334561")],
  "Q&A answer by an individual agent offering enrolment service")

I06_USCC = "52130102MJ7820H41L"
page("/news/2026/0318/edu-118890.html", news_page("/news/2026/0318/edu-118890.html",
  "长安区恒达职业培训学校开设人工智能训练师实训课程",
  "2026-03-18 11:00　来源：中原城市网　【推广】",
  f'''<p>石家庄长安区恒达职业培训学校近日开设人工智能训练师（数据标注员工种）实训课程，课程以实操为主，理论占比约三成。</p>
<p>学费：五级1380元，四级1880元。学校地址：长安区中山东路。</p>
<p>咨询：187 3119 2087（李老师）　学校统一社会信用代码：{I06_USCC}</p>'''),
  True, "I06", "长安区恒达职业培训学校",
  [("phone", "+8618731192087", "187 3119 2087"), ("uscc", I06_USCC, I06_USCC)],
  "advertorial of a single school")

# --------------------------------------------------------------------------------------
# non-offer content pages
# --------------------------------------------------------------------------------------
page("/bbs/t-8869470.html", bbs_page("/bbs/t-8869470.html", "【避雷】交了六千八说包过技师，现在人联系不上了", [
  ("被坑的打工人", "3", "2026-03-20 23:11", "去年底在网上看到说零基础直接考人工智能训练师二级，交了6800，说全程托管包过。现在证也没有，客服也拉黑了。已经打了12315和12333，派出所也报了案。大家别再上当！"),
  ("千佛山下", "13", "2026-03-20 23:30", "技师哪有零基础直接考的，按标准要三级证加年限。"),
  ("吧务-泉城", "14", "2026-03-21 08:00", "已加精，提醒大家：证书请到技能人才评价证书全国联网查询平台核验，遇到诈骗拨打96110。"),
]), False, None, None, [], "complaint thread; quotes hotlines only")

page("/news/2026/0310/edu-118520.html", news_page("/news/2026/0310/edu-118520.html",
  "人社部门提醒：警惕“包过”“免考”职业技能证书骗局",
  "2026-03-10 08:30　来源：中原城市网　记者 王静",
  '''<p>近期，不少市民反映在网上看到“零基础考技师”“不用考试直接拿证”等广告。郑州市人社部门提醒，职业技能等级证书由经人社部门备案的评价机构颁发，需要参加理论知识考试和操作技能考核。</p>
<p>人社部门从未授权任何中介机构“包过”。对于所谓“国家职业资格证书”“人社部颁发”的宣传，市民要提高警惕。</p>
<p>证书真伪可通过技能人才评价证书全国联网查询（zscx.osta.org.cn）核验，政策咨询可拨打12333，遇到诈骗请拨打反诈专线96110。</p>'''),
  False, None, None, [], "warning news article quoting hotlines and the official query site")

page("/news/2026/0301/edu-117950.html", news_page("/news/2026/0301/edu-117950.html",
  "政策解读｜职业技能提升补贴怎么领？一文看懂",
  "2026-03-01 09:00　来源：中原城市网",
  '''<p>失业保险技能提升补贴面向参加失业保险的企业职工，取得职业资格证书或职业技能等级证书后可申请。</p>
<table><tr><th>证书等级</th><th>补贴标准（最高）</th></tr><tr><td>五级/初级工</td><td>1000元</td></tr><tr><td>四级/中级工</td><td>1500元</td></tr><tr><td>三级/高级工</td><td>2000元</td></tr></table>
<p>二级、一级暂无此项全国性补贴。具体以当地人社部门公布为准，河南省内可登录 hrss.henan.gov.cn 或拨打12333咨询。</p>'''),
  False, None, None, [], "policy explainer on the skill-upgrade subsidy")

page("/mp/a-20260228-rsgg.html", mp_page("/mp/a-20260228-rsgg.html", "关于开展2026年第一批职业技能等级认定工作的通知", "某区人社服务", "2026-02-28 17:00", '''
<p>各有关单位：</p>
<p>根据工作安排，2026年第一批职业技能等级认定工作将于3月下旬开展，涉及电工、养老护理员、人工智能训练师等职业（工种）。请各备案评价机构按规定组织报名，不得委托中介代收费用。</p>
<p>证书信息可登录技能人才评价工作网 osta.org.cn 查询。咨询电话：12333。</p>
<p style="text-align:right">2026年2月28日</p>
''', "Rs0228Gg_tz"), False, None, None, [], "mirror of an official notice; no seller")

page("/fenlei/p-33038805.html", fenlei_page("/fenlei/p-33038805.html", "招聘数据标注员 10名 石家庄鹿泉 五险一金 无需证书",
  [("类别", "招聘-IT/互联网"), ("公司", "石家庄数衡信息技术有限公司"), ("区域", "鹿泉区"), ("薪资", "4500-6500元/月"), ("联系电话", "0311-8526 7730（人事部）")],
  '''<p>岗位职责：图像、文本数据标注及质检。</p>
<p>任职要求：中专及以上学历，会基本电脑操作，公司统一带薪培训，<b>不收取任何费用</b>，不要求人工智能训练师证书（有证优先）。</p>
<p>公司统一社会信用代码：91130104MA0DQ8K18K</p>'''),
  False, None, None, [], "real job ad for data annotators; charges nothing")

page("/fenlei/p-33040121.html", fenlei_page("/fenlei/p-33040121.html", "电工证/焊工证/高处作业证 石家庄考点报名",
  [("类别", "职业技能培训"), ("区域", "石家庄-新华区"), ("联系人", "钱老师"), ("电话", "139 3116 0274")],
  '''<p>特种作业操作证（应急管理部门发证）：低压电工、焊接与热切割、高处作业，随到随学。</p>
<p>费用：低压电工一千二，焊工一千五。</p>'''),
  False, None, None, [], "another occupation's course (special-operation certificates)")

page("/fenlei/help.html", f'''<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>帮助中心 - 防骗指南 - 石门百姓信息网</title><link rel="stylesheet" href="../css/smbx.css"></head>
<body>
<div class="head"><a href="../index.html">石门百姓信息网</a> | <a href="index.html">教育培训</a> | 帮助中心</div>
<div class="cont">
<h1>防骗指南：报名培训、考证前请看</h1>
<ol>
<li>“包过”“免考”“直接拿证”都是违规宣传，证书需经考核取得。</li>
<li>证书可到技能人才评价证书全国联网查询平台核验，勿信对方提供的“内部查询网址”。</li>
<li>学费请尽量对公转账并索要发票。</li>
<li>发现虚假信息请点击信息页的“举报”按钮，或拨打本站客服 400-016-8890。</li>
</ol>
<p>遇到诈骗请立即拨打110或反诈专线96110。</p>
<p><a href="index.html">返回教育培训列表</a></p>
</div>
<div class="foot">石门百姓信息网 客服热线：400-016-8890（工作日9:00-18:00） 本地生活交流QQ群：512634870 冀ICP备15020871号</div>
</body></html>
''', False, None, None, [], "the classifieds platform's own help/anti-fraud page")

page("/ask/q-5529003.html", ask_page("/ask/q-5529003.html", "人工智能训练师证书是国家职业资格证书吗？", ["证书", "政策"],
  "<p>机构说是国家职业资格证书，人社部颁发，是真的吗？</p>", [
  ("人社政策研究员", 241, "2026-02-24", "<p>不是。2019年改革后，人工智能训练师属于职业技能等级证书，由备案的评价机构颁发，不是人社部颁发，也不在国家职业资格目录里。查询请用 zscx.osta.org.cn。</p>"),
  ("路人甲乙丙", 12, "2026-02-25", "<p>说“人社部颁发”的基本可以拉黑了</p>"),
]), False, None, None, [], "neutral Q&A explaining the certificate type")

# --------------------------------------------------------------------------------------
# list / index pages
# --------------------------------------------------------------------------------------
def listing(section):
    return [p for p in PAGES if p["path"].startswith(section) and p["path"] != section + "index.html" and p["path"] != "/fenlei/help.html"]

def title_of(p):
    h = p["html"]
    i = h.find("<title>") + 7
    return h[i:h.find("</title>")].split(" - ")[0].split("_")[0].split(" | ")[0]

def list_page(path, site_name, intro, items, style):
    lis = "\n".join(f'<li><a href="{rel(path, p["path"])}">{title_of(p)}</a></li>' for p in items)
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{site_name}</title><style>{style}</style></head>
<body>
<header><a href="{rel(path, "/index.html")}">本地生活导航</a> &gt; {site_name}</header>
<p>{intro}</p>
<ul class="list">
{lis}
</ul>
<div class="pager"><span>1</span> <a href="#">2</a> <a href="#">3</a> <a href="#">下一页</a></div>
</body></html>
'''

bbs_items = listing("/bbs/")
page("/bbs/index.html", bbs_page("/bbs/index.html", "济南吧 首页帖子列表", [
  ("吧务-泉城", "14", "2026-01-01 00:00", "<b>【吧规】</b>禁止发布广告及联系方式。<ul>" + "".join(
      f'<li><a href="{rel("/bbs/index.html", p["path"])}">{title_of(p)}</a></li>' for p in bbs_items) + "</ul>")]),
  False, None, None, [], "forum thread list")

news_items = listing("/news/")
page("/news/index.html", news_page("/news/index.html", "教育频道", "中原城市网 · 教育",
  "<ul class=\"newslist\">" + "".join(f'<li><a href="{rel("/news/index.html", p["path"])}">{title_of(p)}</a></li>' for p in news_items) + "</ul>"),
  False, None, None, [], "news portal channel list")

h5_items = listing("/h5/")
page("/h5/index.html", list_page("/h5/index.html", "本地培训机构H5推荐", "以下为本地培训机构投放的活动页面（H5），信息由机构自行提供。", h5_items,
  "body{font:14px/1.8 sans-serif;margin:20px}"), False, None, None, [], "list of H5 landing pages")

mp_items = listing("/mp/")
page("/mp/index.html", list_page("/mp/index.html", "微阅读 · 公众号文章聚合", "精选本地公众号文章，每日更新。", mp_items,
  "body{max-width:680px;margin:0 auto;font:15px/1.8 sans-serif}"), False, None, None, [], "list of WeChat mirrors")

ask_items = listing("/ask/")
page("/ask/index.html", list_page("/ask/index.html", "知了问答 · 教育/职场", "热门问题", ask_items,
  "body{background:#f6f6f6;font:14px/1.8 sans-serif}"), False, None, None, [], "list of Q&A questions")

fl_items = listing("/fenlei/")
page("/fenlei/index.html", list_page("/fenlei/index.html", "石家庄教育培训信息 - 石门百姓信息网", "共找到相关信息，<a href=\"help.html\">防骗指南</a>", fl_items,
  "body{font:13px/1.8 SimSun,sans-serif}"), False, None, None, [], "classifieds category list")

page("/index.html", '''<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>济南·郑州·石家庄 本地生活导航</title>
<style>body{font:14px/1.8 "Microsoft YaHei";width:980px;margin:0 auto}.grid a{display:inline-block;width:30%;padding:10px}</style></head>
<body>
<h1>济郑石本地生活导航</h1>
<nav class="grid">
<a href="bbs/index.html">泉城贴吧 · 济南吧</a>
<a href="news/index.html">中原城市网 · 教育频道</a>
<a href="h5/index.html">本地培训机构活动页</a>
<a href="mp/index.html">微阅读 · 公众号文章</a>
<a href="ask/index.html">知了问答</a>
<a href="fenlei/index.html">石门百姓信息网 · 分类信息</a>
</nav>
<footer>本导航收录第三方网站，内容由各站负责。</footer>
</body></html>
''', False, None, None, [], "hub page")

# --------------------------------------------------------------------------------------
# decoys
# --------------------------------------------------------------------------------------
def decoy(kind, value, written, note):
    forms = written if isinstance(written, list) else [written]
    paths = [p["path"] for p in PAGES if any(w in p["html"] for w in forms)]
    DECOYS.append({"kind": kind, "value": value, "paths": paths, "written": forms, "note": note})

ALLBBS = [p["path"] for p in PAGES if p["path"].startswith("/bbs/")]
decoy("phone", "12333", "12333", "人社 public service hotline, quoted by sellers, news and complaints")
decoy("domain", "osta.org.cn", "osta.org.cn", "official certificate query site (zscx./jndj./www.) cited by sellers and neutral pages")
decoy("phone", "+8653182336000", "0531-82336000", "forum platform's customer-service number in every thread footer")
decoy("email", "jubao@qctieba.com", "jubao@qctieba.com", "forum platform's report mailbox in every footer")
decoy("qq_group", "73849201", "73849201", "forum moderators' QQ group in the sidebar of every thread")
decoy("phone", "+8637165798888", "0371-65798888", "news portal's advertising hotline in every footer")
decoy("email", "xiansuo@zycity.com.cn", "xiansuo@zycity.com.cn", "news portal's news-tip mailbox in every footer")
decoy("phone", "+8637168712200", "0371-6871 2200", "unrelated driving school's ad block repeated on every news page")
decoy("phone", "4000168890", "400-016-8890", "classifieds platform's customer-service hotline in every footer")
decoy("qq_group", "512634870", "512634870", "classifieds platform's local chat group in every footer")
decoy("domain", "eqxiu.com", "eqxiu.com", "H5 builder's credit on pages of different sellers")
decoy("domain", "jinshuju.net", "jinshuju.net", "form tool used by several sellers' forms")
decoy("phone", "+8613800138000", "13800138000", "template placeholder phone left in hidden blocks of two sellers' H5 pages")
decoy("email", "wxyd_admin@163.com", "wxyd_admin@163.com", "WeChat-mirror site's takedown mailbox on every mirrored article")
decoy("domain", "qq.com", "mp.weixin.qq.com", "original-article links to the WeChat platform on every mirror")
decoy("email", "jubao@zhiliaowenda.cn", "jubao@zhiliaowenda.cn", "Q&A site's report mailbox in every footer")
decoy("phone", "+8637163962211", ["0371-63962211", "0371-6396 2211"], "assessment centre's number quoted by several sellers (written with and without a space)")
decoy("phone", "+8615220260305", "15220260305", "assessment batch number that looks like a mobile, quoted by two sellers")
decoy("phone", "96110", "96110", "anti-fraud hotline in warnings, a complaint and sellers' own disclaimers")
decoy("phone", "12315", "12315", "market-regulation complaint hotline quoted by sellers and a complainant")
decoy("wechat", "lulu_jn2019", "lulu_jn2019", "a buyer/commenter's own WeChat posted under two different sellers' offers")
decoy("domain", "dwz.cn", "dwz.cn", "public URL shortener used by two sellers")
decoy("domain", "henan.gov.cn", "hrss.henan.gov.cn", "provincial 人社 site cited by sellers and a policy explainer")
decoy("other", "S000041000001254300128", "S000041000001254300128", "sample certificate number copied by two sellers")

# --------------------------------------------------------------------------------------
OPERATORS = {
  "U01": {"brands": ["泉城智训职业培训学校", "齐鲁AI人才学院", "鲁数标注实训基地"],
          "ties": "h5 and bbs share the mobile (digits vs Chinese numerals); bbs and mp share the QQ; mp and ask share the WeChat id (case differs); ask and h5 share the Jinan landline (different punctuation)"},
  "U02": {"brands": ["郑州智标数据科技有限公司", "豫才职业技能培训中心", "中原AI训练师考证中心"],
          "ties": "news and h5 share the 400 number and the email ((at) on h5); h5 and classifieds share the mobile (full-width digits on classifieds)"},
  "U03": {"brands": ["石家庄冀才职业培训学校", "冀数AI训练营", "河北智训教育"],
          "ties": "classifieds and h5 share the Shijiazhuang landline (em-dash vs spaces); h5 and mp share the email (圈 for @ on mp); mp and bbs share the WeChat id"},
  "U04": {"brands": ["豫见AI职业学堂", "河南慧训教育", "郑州云标智能"],
          "ties": "ask and classifieds share the mobile (emoji between digits on classifieds); classifieds and bbs share the WeChat id"},
  "U05": {"brands": ["鲁信AI考证", "山东鲁信职业技能评价中心", "鲁信考证服务号"],
          "ties": "h5 and news share the USCC; news and mp share the landline (written differently); mp and ask share the mobile (+86 form on ask); ask and h5 share the domain (点 for dot on ask)"},
  "U06": {"brands": ["河北启智人工智能培训", "燕赵数标学院", "启智未来教育科技"],
          "ties": "h5 and classifieds share the QQ number; classifieds and mp share the WeChat id (only in QR alt text on mp)"},
  "U07": {"brands": ["郑州博睿职业技能培训学校", "博睿AI训练师直通车", "中原博睿人力资源"],
          "ties": "news and classifieds share the mobile; classifieds and bbs share the QQ group (spaced on bbs); bbs and ask share the WeChat id; classifieds and ask share the payee account name"},
  "U08": {"brands": ["泉城星火教育", "星火数据标注工作室", "山东星火智联"],
          "ties": "bbs and mp share the QQ (full-width on mp); mp and h5 share the email (# for @ on mp)"},
  "U09": {"brands": ["冀鲁豫AI职业教育联盟", "华北人工智能训练师报名处", "北方智训"],
          "ties": "news and classifieds share the 400 number; classifieds and ask share the mobile"},
}

def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for p in PAGES:
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(p["html"])
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    pages = sorted((p["truth"] for p in PAGES), key=lambda t: t["path"])
    truth = {
        "description": "operators-2026-12al: a northern-city web (Jinan/Zhengzhou/Shijiazhuang) with a Tieba-style forum, "
                       "a local news portal with advertorials and ad blocks, training schools' H5 landing pages, WeChat article "
                       "mirrors, a Q&A site and a local classifieds board. 9 multi-page operators, 6 independents, 24 decoys.",
        "pages": pages,
        "operators": OPERATORS,
        "decoys": DECOYS,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
