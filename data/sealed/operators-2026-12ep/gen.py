#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
sellers, plus truth.json. Standard library only, deterministic."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100 / GB 11714)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(code8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(head8, org8):
    body = head8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]

USCC_U01 = uscc("91430102", "MA4R7K2C")   # 湖南智训教育科技有限公司
USCC_U02 = uscc("52120103", "MJ065387")  # 天津市河西区启航职业培训学校
USCC_U04 = uscc("91430102", "MA4T1H8N")   # 华智国培(湖南)人才评价服务有限公司
USCC_U06 = uscc("52430104", "MJ172940")  # 长沙市岳麓区星城职业培训学校

# ---------------------------------------------------------------- sites and frames
SITES = {
    "hnzx": dict(name="湖南智训教育", kind="training-company", city="长沙"),
    "tjqh": dict(name="天津启航职业培训学校", kind="training-company", city="天津"),
    "fenlei": dict(name="城市分类信息网", kind="classifieds", city="长沙/天津"),
    "bbs": dict(name="津湘家园论坛", kind="forum", city="天津/长沙"),
    "kecheng": dict(name="学课网", kind="course-marketplace", city="全国"),
    "news": dict(name="潇湘津门新闻网", kind="news", city="长沙/天津"),
    "wx": dict(name="微文摘", kind="wechat-repost", city="全国"),
    "video": dict(name="快看短视频(网页版)", kind="short-video", city="全国"),
    "wenda": dict(name="问问知道", kind="qa", city="全国"),
    "rsj": dict(name="某市人力资源和社会保障局", kind="gov-notice", city="长沙"),
}

PAGES = []   # dicts: site, file, title, body, is_offer, operator, provider, ids, note, crumb

def page(site, file, title, body, is_offer=False, operator=None, provider=None, ids=(), note="", crumb=None):
    PAGES.append(dict(site=site, file=file, title=title, body=body, is_offer=is_offer,
                      operator=operator, provider=provider, ids=[list(x) for x in ids],
                      note=note, crumb=crumb or title))

def path_of(p):
    return "/%s/%s" % (p["site"], p["file"])

def related(site, cur):
    items = [p for p in PAGES if p["site"] == site and p["file"] != cur and p["file"] != "index.html"]
    return "".join('<li><a href="%s">%s</a></li>' % (p["file"], p["title"]) for p in items[:6])

def frame(p):
    s = p["site"]; t = p["title"]; b = p["body"]; cur = p["file"]
    rel = related(s, cur)
    crumb = p["crumb"]
    if s == "hnzx":
        return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{t}-湖南智训教育-长沙人工智能培训</title>
<meta name="keywords" content="长沙人工智能训练师,人工智能训练师报名,数据标注员培训"></head><body class="zx">
<div class="top">欢迎来到湖南智训教育官网！ 咨询热线：<b>138-7311-2345</b></div>
<div class="nav"><a href="index.html">网站首页</a> | <a href="ai-trainer.html">人工智能训练师</a> | <a href="baoming.html">报名流程</a> | <a href="../index.html">导航</a></div>
<div class="pos">当前位置：<a href="index.html">首页</a> &gt; {crumb}</div>
<div class="main"><div class="left"><h1>{t}</h1>{b}</div>
<div class="right"><h3>课程中心</h3><ul>{rel}</ul><h3>联系我们</h3><p>地址：长沙市芙蓉区五一大道 明城国际 1207室<br>官网：www.hnzhixun.cn</p></div></div>
<div class="foot">Copyright © 湖南智训教育科技有限公司 版权所有 湘ICP备2022013579号-1 统一社会信用代码：{USCC_U01}<br>电话：13873112345 邮箱：zhixun_edu@163.com</div></body></html>"""
    if s == "tjqh":
        return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{t} - 天津启航职业培训学校</title></head><body>
<header><div class="logo">天津市河西区启航职业培训学校</div><div class="tel">招生办：022-23456789</div></header>
<nav><ul><li><a href="index.html">学校首页</a></li><li><a href="ai-trainer.html">人工智能训练师</a></li><li><a href="biaozhu.html">数据标注员</a></li><li><a href="../index.html">网址导航</a></li></ul></nav>
<div class="bread"><a href="index.html">首页</a> / {crumb}</div>
<section class="content"><h2>{t}</h2>{b}</section>
<aside><h4>招生专业</h4><ul>{rel}</ul><p>办学许可证：教民1201037000123号</p></aside>
<footer>天津市河西区启航职业培训学校 ©2025 地址：天津市河西区友谊路 恒华大厦B座6层 | 电话：(022)2345 6789 | 邮箱：qihangpx@126.com | 津ICP备19004321号</footer></body></html>"""
    if s == "fenlei":
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}_城市分类信息网</title></head><body>
<table width="960" align="center" class="hd"><tr><td><a href="index.html"><b>城市分类信息网</b></a> 切换城市：[长沙] [天津]</td><td align="right"><a href="index.html">免费发布信息</a> | <a href="../index.html">导航</a></td></tr></table>
<table width="960" align="center"><tr><td class="crumb"><a href="index.html">城市分类信息网</a> &gt; 教育培训 &gt; 职业技能培训 &gt; {crumb}</td></tr></table>
<table width="960" align="center"><tr><td valign="top" width="700"><h1 class="tit">{t}</h1><div class="info">{b}</div>
<p class="safe">【安全提示】凡是要求先交定金、代办证书的信息请谨慎核实，如遇诈骗请拨打110或消费者投诉热线12315。</p></td>
<td valign="top" class="side"><b>相关信息</b><ul>{rel}</ul><b>热门类目</b><p>家政保洁 二手房 求职招聘 职业培训</p></td></tr></table>
<div class="ft">城市分类信息网 客服电话：400-880-1234 客服邮箱：kefu@cityfenlei.com 湘ICP备2015011234号 www.cityfenlei.com</div></body></html>"""
    if s == "bbs":
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t} - 教育考证 - 津湘家园论坛 - Powered by Discuz!</title></head><body>
<div id="hd"><a href="index.html">津湘家园论坛</a> <span>首页 | 版块 | 搜索 | <a href="../index.html">导航</a></span></div>
<div id="pt"><a href="index.html">论坛</a> › 生活服务 › 教育考证 › {crumb}</div>
<div id="ct"><div class="pl">{b}</div>
<div class="side"><h3>同版块热帖</h3><ul>{rel}</ul></div></div>
<div id="ft">津湘家园论坛 (bbs.jinxiangjy.com) 站务QQ群：512345678 违规举报：admin@jinxiangjy.com 津ICP备17008899号-2 GMT+8</div></body></html>"""
    if s == "kecheng":
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}-学课网</title></head><body>
<div class="site-top"><a href="index.html" class="logo">学课网 xuekewang.com</a> <input placeholder="搜索课程"> <a href="../index.html">导航</a></div>
<div class="breadcrumb"><a href="index.html">学课网</a> &gt; 职业技能 &gt; 人工智能 &gt; {crumb}</div>
<div class="course-wrap"><div class="course-main"><h1>{t}</h1>{b}</div>
<div class="course-side"><div class="box"><h4>看了又看</h4><ul>{rel}</ul></div><div class="box">平台担保交易 · 7天无理由退款（已开课除外）</div></div></div>
<div class="footer">学课网 xuekewang.com | 平台客服热线：0731-8899 5566 | 湘ICP备2021008765号-1 | 学课网不对机构发布的证书信息负责，请通过官方渠道核实</div></body></html>"""
    if s == "news":
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}_潇湘津门新闻网</title></head><body>
<div class="masthead"><a href="index.html">潇湘津门新闻网</a> 要闻 | 民生 | 教育 | 财经 | <a href="../index.html">导航</a></div>
<div class="loc">您的位置：<a href="index.html">首页</a> &gt; 教育 &gt; 正文</div>
<div class="article"><h1>{t}</h1>{b}</div>
<div class="rel"><h3>相关阅读</h3><ul>{rel}</ul></div>
<div class="foot">潇湘津门新闻网 新闻热线：0731-8222 1100 违法和不良信息举报邮箱：jubao@xxjmnews.cn 湘ICP备2009003322号</div></body></html>"""
    if s == "wx":
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t} - 微文摘</title></head><body>
<div class="wz-head"><a href="index.html">微文摘</a> · 每天精选好文 <a href="../index.html">导航</a></div>
<div class="wz-crumb"><a href="index.html">微文摘</a> » 职场教育 » {crumb}</div>
<div class="rich_media"><h2 class="rich_media_title">{t}</h2>{b}
<p class="tip">本文转载自微信公众号，版权归原作者所有，如有侵权请联系 tougao@weiwenzhai.net 删除。</p></div>
<div class="wz-side"><h4>猜你喜欢</h4><ul>{rel}</ul></div>
<div class="wz-foot">微文摘 weiwenzhai.net 投稿/删稿：tougao@weiwenzhai.net 京ICP备18054321号</div></body></html>"""
    if s == "video":
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t} - 快看短视频</title></head><body>
<div class="kk-top"><a href="index.html">快看</a> 推荐 关注 直播 <a href="../index.html">导航</a></div>
<div class="kk-crumb"><a href="index.html">快看</a> / 知识 / {crumb}</div>
<div class="kk-player"><div class="video-box">[视频播放器]</div>{b}</div>
<div class="kk-side"><h4>相关推荐</h4><ul>{rel}</ul></div>
<div class="kk-foot">快看短视频 违法和不良信息举报电话：010-8888 6666 未成年人保护：help@kuaikan-video.com 京ICP备20011234号</div></body></html>"""
    if s == "wenda":
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}_问问知道</title></head><body>
<div class="ww-top"><a href="index.html">问问知道</a> 我要提问 <a href="../index.html">导航</a></div>
<div class="ww-crumb"><a href="index.html">问问知道</a> &gt; 教育/科学 &gt; 职业资格 &gt; {crumb}</div>
<div class="ww-q">{b}</div>
<div class="ww-side"><h4>相关问题</h4><ul>{rel}</ul></div>
<div class="ww-foot">问问知道 客服邮箱：help@wenwenzd.com 粤ICP备16012345号 回答内容仅代表网友观点</div></body></html>"""
    if s == "rsj":
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}</title></head><body>
<div class="gov-head">某市人力资源和社会保障局 <span>政务服务热线 12333</span></div>
<div class="gov-nav"><a href="index.html">首页</a> 政务公开 办事服务 通知公告 <a href="../index.html">导航</a></div>
<div class="gov-pos">当前位置：<a href="index.html">首页</a> &gt; 通知公告 &gt; {crumb}</div>
<div class="gov-main"><h1>{t}</h1>{b}</div>
<div class="gov-side"><h4>通知公告</h4><ul>{rel}</ul><p>证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn</p></div>
<div class="gov-foot">主办：某市人力资源和社会保障局 咨询电话：12333 网站标识码 4301000012</div></body></html>"""
    raise ValueError(s)

# ---------------------------------------------------------------- content
FORM = '<form class="bm">姓名 <input placeholder="您的姓名"> 手机 <input placeholder="请输入手机号，如13800138000"> <button>免费领取资料</button></form>'
SAMPLE_CERT = '<p class="img-cap">（证书样本，编号 S000043000001253000123，仅供展示）</p>'

# ===== U01 湖南智训教育 (honest, 长沙)
page("hnzx", "ai-trainer.html", "人工智能训练师（五级/四级）职业技能等级认定培训班",
 f"""<p>人工智能训练师（职业编码4-04-05-05）是2020年人社部等部门联合发布的新职业，下设数据标注员、人工智能算法测试员两个工种。本中心开设五级（初级工）、四级（中级工）培训班，每期约30人，周末班+晚班。</p>
<p>培训内容：数据采集和处理、数据标注、智能系统运维，理论约30%，实操约70%。</p>
<p><b>报考条件</b>：五级需累计从事本职业或相关职业工作满1年，或经本职业学徒期满；四级需取得五级证书后从事本职业4年等，具体以评价机构审核为准。我们不承诺包过，也不代办证书。</p>
<p>证书由经人社部门备案的评价机构颁发，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。符合条件的参保职工可按规定申领技能提升补贴（五级最高1000元、四级最高1500元），详询12333。</p>
<p>咨询：刘老师 138-7311-2345（微信：zx_ai2024）</p>{SAMPLE_CERT}{FORM}""",
 True, "U01", "湖南智训教育", [("phone", "+8613873112345", "138-7311-2345"), ("wechat", "zx_ai2024", "zx_ai2024"),
  ("uscc", USCC_U01, USCC_U01), ("domain", "hnzhixun.cn", "www.hnzhixun.cn")],
 "training company's own course page (honest)")
page("hnzx", "baoming.html", "报名流程 | 2025年第四期人工智能训练师培训招生",
 """<ol><li>电话或微信咨询，确认报考等级与工作年限</li><li>提交身份证、学历、工作证明复印件</li><li>缴纳培训费（五级1980元，四级2680元，含教材，不含认定费）</li><li>参加培训与考核（理论+实操）</li></ol>
<p>开班时间：2025年11月22日，上课地点：长沙市芙蓉区五一大道明城国际12楼。</p>
<p>报名电话：13873112345　邮箱：zhixun_edu@163.com　对公账户：湖南智训教育科技有限公司</p>""",
 True, "U01", "湖南智训教育科技有限公司", [("phone", "+8613873112345", "13873112345"), ("email", "zhixun_edu@163.com", "zhixun_edu@163.com"),
  ("other", "湖南智训教育科技有限公司", "对公账户：湖南智训教育科技有限公司")],
 "training company's enrolment page")
page("fenlei", "cs-1001.html", "【长沙】人工智能训练师考证培训 数据标注员 周末班 可申请补贴",
 """<table class="attr"><tr><td>类别：</td><td>职业技能培训</td></tr><tr><td>区域：</td><td>长沙-芙蓉区-五一广场</td></tr><tr><td>联系人：</td><td>刘老师</td></tr><tr><td>电话：</td><td>138 7311 2345</td></tr></table>
<p>长沙人工智能训练师考证报名处，五级四级都有班，小班教学，实操为主。证书全国联网可查（zscx.osta.org.cn）。参保满一年的朋友考完可以去人社申请技能提升补贴。加微信 ZX_AI2024 发课表。</p>""",
 True, "U01", "长沙人工智能训练师考证报名处", [("phone", "+8613873112345", "138 7311 2345"), ("wechat", "zx_ai2024", "ZX_AI2024")],
 "classified ad, same phone/WeChat as the company site")
page("kecheng", "item-2101.html", "人工智能训练师四级（中级工）线上+线下混合班【长沙面授】",
 """<div class="price">¥2680 <s>¥3280</s> 已有 412 人报名</div><div class="shop">机构：星辰AI学堂（长沙）　评分 4.8</div>
<p>课程50课时，含数据采集处理、数据标注、智能系统运维三个模块。面授在长沙五一广场附近。需已取得五级证书并满足工作年限，报名前请先咨询。</p>
<p>机构官网 hnzhixun.cn ，课程顾问微信 zx_ai2024 。商品编号 2101。</p>""",
 True, "U01", "星辰AI学堂（长沙）", [("wechat", "zx_ai2024", "zx_ai2024"), ("domain", "hnzhixun.cn", "hnzhixun.cn")],
 "marketplace listing under another brand; tied by WeChat and domain")

# ===== U02 天津启航职业培训学校 (honest, 天津)
page("tjqh", "ai-trainer.html", "人工智能训练师职业技能等级认定培训（三级/四级）",
 f"""<p>我校为天津市人社部门批准设立的民办职业培训学校（统一社会信用代码 {USCC_U02}），开设人工智能训练师四级、三级培训。</p>
<p>三级（高级工）须取得四级证书后连续从事本职业5年，或具备相关专业大专以上学历、取得四级证书并工作满2年，不满足条件的学员不予报名。</p>
<p>证书印有二维码和查询网址 jndj.osta.org.cn，可扫码核验。</p>
<p>考核地点一般安排在天津市职业技能公共实训中心（前台 022-2765 0000，仅负责场地，不接受报名咨询）。</p>
<p>招生咨询：022-23456789 / 158 2233 4455（王老师）　邮箱 qihangpx@126.com</p>""",
 True, "U02", "天津市河西区启航职业培训学校", [("phone", "02223456789", "022-23456789"), ("phone", "+8615822334455", "158 2233 4455"),
  ("uscc", USCC_U02, USCC_U02), ("email", "qihangpx@126.com", "qihangpx@126.com")],
 "training school's own course page (honest)")
page("tjqh", "biaozhu.html", "数据标注员（人工智能训练师工种）五级培训班招生",
 """<p>数据标注员是人工智能训练师职业下的工种之一。本班面向已从事标注、审核类工作满一年的在职人员，周六日上课，共60课时。</p>
<p>学费：1800元。参保职工取证后可按规定申领失业保险技能提升补贴（五级最高1000元，以人社部门审核为准，政策咨询12333）。</p>
<p>报名电话：(022)2345 6789　学员答疑QQ：2876543210</p>""",
 True, "U02", "启航职业培训学校", [("phone", "02223456789", "(022)2345 6789"), ("qq", "2876543210", "2876543210")],
 "school's second course page")
page("bbs", "thread-3302.html", "[天津] 河西这边有人报过人工智能训练师培训吗？",
 """<div class="post"><div class="au">楼主：津南小飞侠</div><p>在一家标注公司干了一年多，想考个五级证，河西有靠谱的培训学校吗？</p></div>
<div class="post"><div class="au">2楼：启航小林老师</div><p>您好，我是启航职校的老师，我们五级周末班12月开课，需要提供一年的工作证明，不包过，但是会有系统实操训练。有问题可以打我电话15822334455，或者加QQ：2876543210 咨询。</p></div>
<div class="post"><div class="au">3楼：海河边的猫</div><p>去年在启航上过，老师挺负责的，证在网上能查到。</p></div>""",
 True, "U02", "启航职校", [("phone", "+8615822334455", "15822334455"), ("qq", "2876543210", "QQ：2876543210")],
 "forum reply by the school's teacher")
page("video", "v-5503.html", "在天津考人工智能训练师，先看看自己够不够条件",
 """<div class="author">@启航AI考证（天津启航培训）· 粉丝 3.2万</div>
<p class="desc">很多人问能不能零基础直接考三级，答案是不行！五级要一年工作经历，三级要有四级证加工作年限。想报五级四级的可以私信，或者电话158-2233-4455。#人工智能训练师 #天津考证</p>
<div class="cmts"><p>网友A：终于有人说实话了</p><p>网友B：在哪上课？</p><p>作者回复：河西区友谊路，主页有地址</p></div>""",
 True, "U02", "启航AI考证（天津启航培训）", [("phone", "+8615822334455", "158-2233-4455")],
 "short-video caption by the school's account")

# ===== U03 中科智培 (dishonest: 包过, 零基础直考技师)
page("kecheng", "item-2102.html", "【包过】人工智能训练师二级技师 零基础直考 不限学历 入库可查",
 f"""<div class="price">¥6800 <s>¥12800</s> 三个等级一起报立减2000</div><div class="shop">机构：中科智培AI认证中心　评分 4.9</div>
<p>国家职业资格证书，人社部颁发，全国通用！零基础、不限学历、不限经验，直接报考二级技师，不过全额退款。免培训，交资料即可安排考试，45天拿证。</p>
<p>报名咨询 vx：zkzp888　QQ 1598723460。考试批次号：13920250601，名额有限。</p>{SAMPLE_CERT}{FORM}""",
 True, "U03", "中科智培AI认证中心", [("wechat", "zkzp888", "zkzp888"), ("qq", "1598723460", "1598723460")],
 "marketplace listing with 包过/零基础直考二级 claims")
page("video", "v-5504.html", "还在打工？考个AI训练师证，月薪过万不是梦",
 """<div class="author">@智培老师说考证 · 粉丝 8.7万</div>
<p class="desc">人工智能训练师二级技师证，零基础也能拿，不用上课，包过！国家认可，官方认证，入库可查！名额只剩最后20个，评论区扣1，主页加V：Zkzp888，或直接打 177 2000 1234。#人工智能训练师 #考证 #副业</p>
<div class="cmts"><p>网友：真的假的，二级不是要好多年经验吗</p><p>作者回复：我们有特殊渠道，私聊</p></div>""",
 True, "U03", "智培老师说考证", [("wechat", "zkzp888", "Zkzp888"), ("phone", "+8617720001234", "177 2000 1234")],
 "short-video ad, same WeChat, adds a phone")
page("fenlei", "tj-1002.html", "【天津】人工智能训练师证书速成 30天下证 包过",
 """<table class="attr"><tr><td>区域：</td><td>天津-南开区</td></tr><tr><td>联系人：</td><td>张主任</td></tr><tr><td>电话：</td><td>177-2000-1234</td></tr></table>
<p>天津人工智能训练师速成班，一次考三级（五级+四级+三级一起拿），不限专业不限年龄，无门槛。国家职业资格，人社部颁发，官方指定考点，内部信息题库，协议包过。</p>""",
 True, "U03", "天津人工智能训练师速成班", [("phone", "+8617720001234", "177-2000-1234")],
 "classified ad; tied to the video by phone")
page("wenda", "q-7702.html", "人工智能训练师证书去哪里考？多少钱？",
 """<div class="q"><h1>人工智能训练师证书去哪里考？多少钱？</h1><p>提问者：匿名用户　在天津，想尽快拿证</p></div>
<div class="ans"><div class="au">智培张老师　回答于 2025-10-12</div><p>我们智培教育就能办，三个月内拿证，二级技师也可以直接报，全程不用到场，包过。证书人社部颁发可查。有需要联系 １７７２０００１２３４ 张老师（微信同号）。</p></div>
<div class="ans"><div class="au">热心网友</div><p>别信包过的，证书要在 zscx.osta.org.cn 查得到才行。</p></div>""",
 True, "U03", "智培教育", [("phone", "+8617720001234", "１７７２０００１２３４")],
 "Q&A answer by the seller (full-width digits)")

# ===== U04 华智国培 (dishonest: state-sounding name, fake query site, payee)
page("wx", "a-4401.html", "重磅！人工智能训练师国家职业资格证书2025年最后一批报名开启",
 f"""<div class="meta">华智国培 2025-10-28 原创</div>
<p>人工智能训练师是人社部认证的新职业！本证书为国家职业资格证书，由人社部颁发，全国通用、终身有效，可用于落户积分、评职称、申请补贴。</p>
<p>【证书查询】官网可查：www.hzgp-cx.com/cx</p>
<p>【报名方式】全国统一报名热线 400-612-3456，工作时间9:00-18:00。</p>
<p>温馨提示：名额有限，报满即止。本期考试批次号 HZ2025-11。</p>{SAMPLE_CERT}{FORM}""",
 True, "U04", "华智国培", [("phone", "4006123456", "400-612-3456"), ("domain", "hzgp-cx.com", "www.hzgp-cx.com")],
 "WeChat article repost, fake query domain")
page("news", "adv-8803.html", "华智国培人才评价中心：助力湖南数字经济人才培养",
 f"""<div class="src">来源：企业供稿　2025-11-03</div>
<p>华智国培人才评价中心（华智国培（湖南）人才评价服务有限公司，统一社会信用代码 {USCC_U04}）是一家专注人工智能领域人才评价的机构。中心负责人表示，今年已为3000余名学员颁发人工智能训练师证书，证书可在中心官网 hzgp-cx.com 查询。</p>
<p>据介绍，中心正在长沙、天津等地招收新学员，咨询电话4006123456。</p><p class="adv">（广告）</p>""",
 True, "U04", "华智国培人才评价中心", [("uscc", USCC_U04, USCC_U04), ("phone", "4006123456", "4006123456"), ("domain", "hzgp-cx.com", "hzgp-cx.com")],
 "paid advertorial on a news site")
page("fenlei", "cs-1003.html", "国培人工智能训练师证书办理 人社部颁发 入库可查",
 """<table class="attr"><tr><td>区域：</td><td>长沙-雨花区</td></tr><tr><td>联系人：</td><td>王老师</td></tr><tr><td>微信：</td><td>hzgp_kf01</td></tr></table>
<p>人工智能训练师一级二级三级均可办理，不考试也可以，资料齐全一周出结果。先交定金500，收款户名：长沙市芙蓉区华智信息咨询服务部。证书查询网站见微信。</p>""",
 True, "U04", "国培人工智能证书办理", [("wechat", "hzgp_kf01", "hzgp_kf01"), ("other", "长沙市芙蓉区华智信息咨询服务部", "长沙市芙蓉区华智信息咨询服务部")],
 "classified ad selling certificates without exam; payee name")
page("bbs", "thread-3303.html", "分享：我是怎么一周拿到人工智能训练师证的",
 """<div class="post"><div class="au">楼主：华智小王</div><p>之前一直觉得考证很难，后来朋友推荐了华智国培，交完资料一周就出证了，网上能查。需要的可以加 V: hzgp_kf01 ，或者打他们热线 400 612 3456 。</p></div>
<div class="post"><div class="au">2楼：路过的老李</div><p>一周出证？这不就是山寨证吗，楼主广告吧</p></div>""",
 True, "U04", "华智国培", [("wechat", "hzgp_kf01", "hzgp_kf01"), ("phone", "4006123456", "400 612 3456")],
 "forum astroturf post")

# ===== U05 津AI学院 (grey: 90%小白, 原价9999限时99)
page("kecheng", "item-2103.html", "AI训练师入门到考证 全套录播课 90%小白都能学会",
 """<div class="price">¥99 <s>原价¥9999</s> 限时</div><div class="shop">机构：津AI学院　评分 4.6</div>
<p>零基础可学！数据标注、Prompt工程、模型测试全覆盖，学完可报考人工智能训练师五级。购课后进学员群（群号738291045），资料发邮箱 jinai_xy@qq.com 获取。</p>""",
 True, "U05", "津AI学院", [("qq_group", "738291045", "738291045"), ("email", "jinai_xy@qq.com", "jinai_xy@qq.com")],
 "cheap course upsell listing")
page("wx", "a-4402.html", "天津人注意：AI训练师正在缺人，零基础怎么入行？",
 """<div class="meta">津门AI训练营 2025-09-15</div>
<p>……数据标注岗位在天津滨海新区需求旺盛。我们的训练营从零开始教，结课推荐报考五级证书，考证费用另算。</p>
<p>报名请填写下方表单（表单由金数据提供：jinshuju.net/f/Ab12Cd），或发邮件至 jinai_xy@qq.com，也可加课程顾问微信 jinai-xy。</p>""",
 True, "U05", "津门AI训练营", [("email", "jinai_xy@qq.com", "jinai_xy@qq.com"), ("wechat", "jinai-xy", "jinai-xy")],
 "WeChat repost; form tool decoy")
page("video", "v-5505.html", "原价9999的AI训练师课，今天99带走",
 """<div class="author">@津AI学院-李老师 · 粉丝 1.5万</div>
<p class="desc">90%小白都能学会！学完能接数据标注单，还能考人工智能训练师证。直播间下单，课程顾问微信：Jinai-xy，电话 135 0211 2233。#AI训练师 #副业</p>""",
 True, "U05", "津AI学院-李老师", [("wechat", "jinai-xy", "Jinai-xy"), ("phone", "+8613502112233", "135 0211 2233")],
 "short-video upsell")

# ===== U06 星城职业培训学校 (honest, 长沙)
page("fenlei", "cs-1004.html", "星城职校 人工智能训练师五级 参保职工可申请补贴",
 """<table class="attr"><tr><td>区域：</td><td>长沙-岳麓区-麓谷</td></tr><tr><td>联系人：</td><td>周老师</td></tr><tr><td>电话：</td><td>0731-84567890</td></tr></table>
<p>长沙星城职业培训学校，人社部门备案的培训机构合作考点。人工智能训练师五级，60课时，学费1680元。参保满一年可申请技能提升补贴最高1000元。微信 xcpx0731。</p>""",
 True, "U06", "星城职校", [("phone", "073184567890", "0731-84567890"), ("wechat", "xcpx0731", "xcpx0731")],
 "classified ad of an honest school")
page("bbs", "thread-3304.html", "[长沙] 麓谷这边人工智能训练师五级培训，12月开班",
 """<div class="post"><div class="au">楼主：星城职校周老师</div><p>长沙星城职业培训学校12月开人工智能训练师五级班，晚班，适合在麓谷做标注的朋友。需要一年工作证明，考试不包过。电话0731 8456 7890，微信XCPX0731。</p></div>
<div class="post"><div class="au">2楼：橘子洲头</div><p>学费多少？能补贴吗？</p></div><div class="post"><div class="au">3楼：星城职校周老师</div><p>1680，参保满一年的可以按规定申请补贴，具体看人社审核。</p></div>""",
 True, "U06", "星城职业培训学校", [("phone", "073184567890", "0731 8456 7890"), ("wechat", "xcpx0731", "XCPX0731")],
 "forum post by school teacher")
page("news", "adv-8804.html", "岳麓区一培训学校开设人工智能训练师补贴性培训班",
 f"""<div class="src">记者 陈晓　2025-11-10</div>
<p>记者从长沙市岳麓区星城职业培训学校（统一社会信用代码 {USCC_U06}）了解到，该校面向麓谷片区数据标注从业人员开设人工智能训练师五级培训班，学员取证后可按规定申领技能提升补贴。</p>
<p>该校负责人提醒，正规证书印有查询网址 jndj.osta.org.cn；凡宣称“零基础直考技师”“包过”的都不可信。报名咨询：（0731）84567890。</p>""",
 True, "U06", "长沙市岳麓区星城职业培训学校", [("uscc", USCC_U06, USCC_U06), ("phone", "073184567890", "（0731）84567890")],
 "local news piece with enrolment contact")

# ===== U07 智学未来 (dishonest AIGC 三证合一)
page("video", "v-5506.html", "一次报名拿三本AI证，升职加薪就靠它",
 """<div class="author">@AI学姐 · 粉丝 12万</div>
<p class="desc">人工智能训练师+AIGC应用师+生成式人工智能系统应用员，三证合一只要2980！交费包过，拿到证书便可升职加薪，50节网课随时学。私信或加v：aixl_666 #AIGC #考证</p>""",
 True, "U07", "AI学姐", [("wechat", "aixl_666", "aixl_666")],
 "short-video bundle ad")
page("wenda", "q-7703.html", "AIGC证书和人工智能训练师证书有什么区别？哪个有用？",
 """<div class="q"><h1>AIGC证书和人工智能训练师证书有什么区别？哪个有用？</h1><p>提问者：长沙小白</p></div>
<div class="ans"><div class="au">智学未来教育　认证机构</div><p>两个都有用！我们有三证合一套餐，人社部颁发，交费包过，不用考试，全程线上。详情加QQ 1923847561 或微信 aixl_666。</p></div>""",
 True, "U07", "智学未来教育", [("qq", "1923847561", "1923847561"), ("wechat", "aixl_666", "aixl_666")],
 "Q&A answer by seller")
page("wx", "a-4403.html", "2025年最值得考的三个AI证书，第三个最多人不知道",
 """<div class="meta">智学未来 2025-08-30</div>
<p>……人工智能训练师证书直接对应职称，三级就是助理工程师！现在报名三证合一套餐仅需2980元，赠送50节课。咨询Q：1923847561</p>""",
 True, "U07", "智学未来", [("qq", "1923847561", "Q：1923847561")],
 "WeChat article repost")

# ===== U08 滨海AI训练营 (grey, 天津)
page("fenlei", "tj-1005.html", "滨海新区 数据标注实训+人工智能训练师考证 包就业",
 """<table class="attr"><tr><td>区域：</td><td>天津-滨海新区-开发区</td></tr><tr><td>电话：</td><td>186 2255 6677</td></tr></table>
<p>滨海AI训练营，学数据标注，结业推荐考人工智能训练师五级，协议就业，月薪5000起。考试在天津市职业技能公共实训中心（前台022-27650000）。微信 bhai_2025。</p>""",
 True, "U08", "滨海AI训练营", [("phone", "+8618622556677", "186 2255 6677"), ("wechat", "bhai_2025", "bhai_2025")],
 "classified with 协议就业 claim")
page("kecheng", "item-2104.html", "数据标注实训营（天津滨海面授）+人工智能训练师五级考证辅导",
 """<div class="price">¥3980</div><div class="shop">机构：滨海智能数据标注实训基地　评分 4.5</div>
<p>4周面授+项目实训，推荐就业。报名咨询：18622556677，资料请发 BinhaiAI@126.com 。</p>""",
 True, "U08", "滨海智能数据标注实训基地", [("phone", "+8618622556677", "18622556677"), ("email", "binhaiai@126.com", "BinhaiAI@126.com")],
 "marketplace listing, other brand")
page("bbs", "thread-3305.html", "滨海的朋友，数据标注实训营还有名额",
 """<div class="post"><div class="au">楼主：bhai小助手</div><p>开发区数据标注实训营12月班还有8个名额，可辅导考人工智能训练师五级。简历发 binhaiai@126.com ，看到回复。</p></div>
<div class="post"><div class="au">2楼：塘沽老张</div><p>包就业是真的吗？</p></div>""",
 True, "U08", "bhai小助手", [("email", "binhaiai@126.com", "binhaiai@126.com")],
 "forum post; tied by e-mail")

# ===== U09 湘才教育 (dishonest: 人社部认证, 对应职称, 直考三级)
page("kecheng", "item-2105.html", "人工智能训练师三级（高级工）直考班 对应职称 落户加分",
 f"""<div class="price">¥4580</div><div class="shop">机构：湘才教育　评分 4.7</div>
<p>人社部认证的新职业！三级证书直接对应职称证书（助理工程师），可用于落户积分。大专以上学历可直考三级，无需四级证书。</p>
<p>官网：xiangcai-edu.com　咨询：199 1876 5432</p>{FORM}""",
 True, "U09", "湘才教育", [("domain", "xiangcai-edu.com", "xiangcai-edu.com"), ("phone", "+8619918765432", "199 1876 5432")],
 "marketplace listing with overclaims")
page("wx", "a-4404.html", "人工智能训练师三级证书，能带来哪些好处？一文说清",
 """<div class="meta">湘才职业教育 2025-10-05</div>
<p>……一、对应职称；二、落户积分；三、申领补贴最高3120元！现在报名三级直考班立减500。</p><p>咨询电话：19918765432（同微信） 或搜索微信号 xiangcai99</p>""",
 True, "U09", "湘才职业教育", [("phone", "+8619918765432", "19918765432"), ("wechat", "xiangcai99", "xiangcai99")],
 "WeChat repost")
page("wenda", "q-7704.html", "没有四级证书能直接考人工智能训练师三级吗？",
 """<div class="q"><h1>没有四级证书能直接考人工智能训练师三级吗？</h1><p>提问者：匿名用户</p></div>
<div class="ans"><div class="au">湘才老师</div><p>可以的，大专学历就能直考三级，我们每月都有考期。有需要加微信 Xiangcai99 。</p></div>
<div class="ans"><div class="au">网友甲</div><p>按标准三级需要四级证书加工作年限，别被忽悠。</p></div>""",
 True, "U09", "湘才老师", [("wechat", "xiangcai99", "Xiangcai99")],
 "Q&A answer by the seller")

# ===== Independents
page("fenlei", "tj-1006.html", "天津红桥 人工智能训练师五级 小班辅导 可试听",
 """<table class="attr"><tr><td>区域：</td><td>天津-红桥区</td></tr><tr><td>联系人：</td><td>赵女士</td></tr><tr><td>电话：</td><td>137-5200-8899</td></tr></table>
<p>红桥区小班辅导，帮助已在岗的标注员备考人工智能训练师五级理论与实操，每周两次，可先试听一次。</p>""",
 True, "I01", "红桥小班辅导（赵女士）", [("phone", "+8613752008899", "137-5200-8899")], "independent classified")
page("kecheng", "item-2106.html", "人工智能训练师五级理论冲刺题库课",
 """<div class="price">¥199</div><div class="shop">机构：码上AI课堂　评分 4.4</div>
<p>300道理论练习题+讲解，适合已报名五级认定的学员。考试批次号：13920250601 的学员可加入同批次答疑。老师微信 mashang_ai 。</p>""",
 True, "I02", "码上AI课堂", [("wechat", "mashang_ai", "mashang_ai")], "independent marketplace listing")
page("bbs", "thread-3306.html", "[长沙] 河西个人带人工智能训练师实操，一对一",
 """<div class="post"><div class="au">楼主：大模型打工人</div><p>本人算法测试岗三年，已有人工智能训练师三级证，周末可在河西一对一带实操（标注平台使用、测试用例设计），每次300元。QQ 2233445566。</p></div>""",
 True, "I03", "大模型打工人（个人）", [("qq", "2233445566", "2233445566")], "independent forum post")
page("wenda", "q-7705.html", "天津哪里可以正规培训人工智能训练师？",
 """<div class="q"><h1>天津哪里可以正规培训人工智能训练师？</h1><p>提问者：海河新人</p></div>
<div class="ans"><div class="au">津职院继续教育学院　官方账号</div><p>我院继续教育学院面向社会开设人工智能训练师四级培训，需满足报考条件，具体以评价机构审核为准。咨询电话 022-6058 1234（工作日）。</p></div>""",
 True, "I04", "津职院继续教育学院", [("phone", "02260581234", "022-6058 1234")], "college answer in Q&A")
page("video", "v-5507.html", "做了两年标注，我是怎么考下人工智能训练师四级的",
 """<div class="author">@小鹿AI考证 · 粉丝 6千</div>
<p class="desc">分享备考经验，顺便说一下我也开了个四级备考小班，线上，每周三晚上，想加入的 v: xiaolu_ai88 。不包过哈。#人工智能训练师</p>""",
 True, "I05", "小鹿AI考证", [("wechat", "xiaolu_ai88", "xiaolu_ai88")], "independent short-video")
page("wx", "a-4405.html", "麓山职业技能培训中心人工智能训练师五级班招生简章",
 """<div class="meta">麓山职培 2025-11-01</div>
<p>招生对象：从事数据标注等相关工作满一年的人员。学费1500元，含教材。认定费按评价机构标准另行缴纳。</p>
<p>报名：填写在线表单（jinshuju.net/f/Lu56Sh）或发送报名表至 lushanpx@sina.com 。</p>""",
 True, "I06", "麓山职业技能培训中心", [("email", "lushanpx@sina.com", "lushanpx@sina.com")], "independent WeChat repost")

# ===== Non-offers
page("news", "warn-8801.html", "警惕“包过”“人社部颁发”！天津一市民花6800元买到山寨AI证书",
 """<div class="src">记者 李楠　2025-10-20</div>
<p>天津市民小刘在短视频平台看到“人工智能训练师二级零基础直考、包过”的广告，转账6800元后拿到一本无法在 zscx.osta.org.cn 查询的证书，对方电话 176 0731 9988 随即关机。</p>
<p>人社部门提示，职业技能等级证书由备案的评价机构颁发，可通过技能人才评价证书全国联网查询核验，“人社部颁发”的说法不实。遇到此类情况可拨打12333咨询，或向12315投诉。</p>""",
 note="news warning quoting a scammer's number")
page("news", "subsidy-8802.html", "技能提升补贴怎么领？人社部门解答",
 """<div class="src">本网综合　2025-09-02</div><p>参加失业保险累计缴费满1年的职工，取得五级、四级、三级职业技能等级证书的，可分别申领最高1000元、1500元、2000元补贴。二级、一级没有此类全国性补贴。咨询电话12333。</p>""",
 note="news guide, no seller")
page("bbs", "thread-3301.html", "【曝光】交了3980的人工智能训练师“包过班”，现在人找不到了",
 """<div class="post"><div class="au">楼主：维权中的小陈</div><p>9月在网上找的“国家人工智能训练师认证中心”，说包过、一周出证。钱转过去后对方电话 17607319988 就不接了，订单号 202509181388731234。已经打了12315。</p></div>
<div class="post"><div class="au">2楼：同被骗</div><p>我也是这家，一起维权吧，我QQ 3345678901。</p></div>
<div class="post"><div class="au">3楼：热心市民</div><p>正规证书都能在 zscx.osta.org.cn 查，报名前先看看机构有没有备案。</p></div>""",
 note="complaint thread with scam number and readers' contacts")
page("wx", "guide-4400.html", "人工智能训练师证书怎么查真假？三步教会你",
 """<div class="meta">职场小百科 2025-07-12</div><p>第一步：登录技能人才评价证书全国联网查询 zscx.osta.org.cn；第二步：输入姓名、证件号和证书编号；第三步：核对评价机构名称。证书编号是22位，以Y或S开头，比如样本 S000043000001253000123。证书上也印有查询网址 jndj.osta.org.cn。</p>
<p>有疑问可拨打12333。</p>""",
 note="guide article")
page("rsj", "notice-6601.html", "关于开展技术技能类“山寨证书”专项治理的提示",
 """<p>根据人社部函〔2022〕25号要求，请广大群众警惕“包过”“不培训直接发证”“人社部颁发”等虚假宣传。职业技能等级证书由经备案的评价机构颁发，可在 zscx.osta.org.cn 查询。举报投诉请拨打12333或12315。</p>""",
 note="official notice")
page("rsj", "notice-6602.html", "2025年第四批人工智能训练师职业技能等级认定考核安排",
 """<p>本批次考核（批次号 13920250601）定于2025年12月6日在天津市职业技能公共实训中心举行，考点前台电话：022-2765 0000（仅受理考场事务）。考生可登录 zscx.osta.org.cn 查询证书。</p>""",
 note="official exam notice with venue desk and batch number")
page("wenda", "q-7701.html", "网上说的人社部颁发的AI证书是真的吗？",
 """<div class="q"><h1>网上说的人社部颁发的AI证书是真的吗？</h1><p>提问者：天津考证人</p></div>
<div class="ans"><div class="au">网友</div><p>现在的职业技能等级证书是评价机构发的，不是人社部发的。去 zscx.osta.org.cn 查，查不到就是假的。可以打12333问。</p></div>
<div class="ans"><div class="au">提问者追问</div><p>谢谢，我手机13800138000是网上填的那个样例号码吗？我看好多表单都写这个。</p></div>""",
 note="Q&A question, non-offer")

# ---- site index pages (non-offers)
INDEX_INTRO = {
    "hnzx": "湖南智训教育是一家位于长沙的职业技能培训机构，主要开设人工智能训练师、数据标注员培训。",
    "tjqh": "天津市河西区启航职业培训学校，民办职业培训学校，开设人工智能训练师、数据标注员等专业。",
    "fenlei": "长沙、天津本地分类信息：职业技能培训。",
    "bbs": "津湘家园论坛 › 教育考证版块",
    "kecheng": "学课网 · 人工智能职业技能课程",
    "news": "潇湘津门新闻网 · 教育频道",
    "wx": "微文摘 · 职场教育精选",
    "video": "快看 · 知识频道：考证",
    "wenda": "问问知道 · 职业资格",
    "rsj": "通知公告",
}
for s in SITES:
    page(s, "index.html", SITES[s]["name"] + " 首页", "", note="site index", crumb="首页")

def index_body(s):
    items = [p for p in PAGES if p["site"] == s and p["file"] != "index.html"]
    li = "".join('<li><a href="%s">%s</a></li>' % (p["file"], p["title"]) for p in items)
    return "<p>%s</p><ul class=\"list\">%s</ul>" % (INDEX_INTRO[s], li)

for p in PAGES:
    if p["file"] == "index.html":
        p["body"] = index_body(p["site"])

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("phone", "4008801234", ["400-880-1234"], "classifieds platform customer service in footer"),
    ("email", "kefu@cityfenlei.com", ["kefu@cityfenlei.com"], "classifieds platform footer e-mail"),
    ("domain", "cityfenlei.com", ["www.cityfenlei.com"], "classifieds platform domain in footer"),
    ("qq_group", "512345678", ["512345678"], "forum's own 站务 QQ group in footer"),
    ("email", "admin@jinxiangjy.com", ["admin@jinxiangjy.com"], "forum's report e-mail in footer"),
    ("other", "湘ICP备2021008765号-1", ["湘ICP备2021008765号-1"], "marketplace ICP number in footer"),
    ("domain", "xuekewang.com", ["xuekewang.com"], "marketplace's own domain"),
    ("phone", "073188995566", ["0731-8899 5566"], "marketplace customer-service line in footer"),
    ("email", "tougao@weiwenzhai.net", ["tougao@weiwenzhai.net"], "repost site's takedown e-mail"),
    ("phone", "01088886666", ["010-8888 6666"], "video platform report line in footer"),
    ("phone", "+8617607319988", ["176 0731 9988", "17607319988"], "scammer number quoted in news and complaint"),
    ("qq", "3345678901", ["3345678901"], "reader's own QQ in a complaint comment"),
    ("other", "202509181388731234", ["202509181388731234"], "order number in a complaint (contains a phone-like run)"),
    ("other", "13920250601", ["13920250601"], "exam batch number that looks like a mobile number"),
    ("other", "S000043000001253000123", ["S000043000001253000123"], "sample certificate number"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder number in forms"),
    ("phone", "02227650000", ["022-2765 0000", "022-27650000"], "exam venue front desk (third party)"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by different sellers"),
    ("email", "help@wenwenzd.com", ["help@wenwenzd.com"], "Q&A platform footer e-mail"),
]

# written forms that the company sites' own frames (header/footer) carry
FRAME_IDS = {
    "hnzx": [("phone", "+8613873112345", "138-7311-2345"), ("phone", "+8613873112345", "13873112345"),
             ("uscc", USCC_U01, USCC_U01), ("email", "zhixun_edu@163.com", "zhixun_edu@163.com"),
             ("domain", "hnzhixun.cn", "www.hnzhixun.cn"), ("other", "湘ICP备2022013579号-1", "湘ICP备2022013579号-1")],
    "tjqh": [("phone", "02223456789", "022-23456789"), ("phone", "02223456789", "(022)2345 6789"),
             ("email", "qihangpx@126.com", "qihangpx@126.com"), ("other", "津ICP备19004321号", "津ICP备19004321号"),
             ("other", "教民1201037000123号", "教民1201037000123号")],
}

def complete_ids(html):
    """Make each offer page's identifier list complete: any written form of its operator's
    identifiers that occurs on the page is listed (once per kind/value)."""
    forms = {}
    for p in PAGES:
        if p["operator"]:
            for k, v, w in p["ids"]:
                forms.setdefault(p["operator"], set()).add((k, v, w))
    for s, lst in FRAME_IDS.items():
        op = {"hnzx": "U01", "tjqh": "U02"}[s]
        forms.setdefault(op, set()).update(lst)
    for p in PAGES:
        if not p["operator"]:
            continue
        text = html[path_of(p)]
        have = {(k, v) for k, v, _ in p["ids"]}
        for k, v, w in sorted(forms[p["operator"]]):
            if (k, v) not in have and w in text:
                p["ids"].append([k, v, w]); have.add((k, v))

def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    html = {}
    for p in PAGES:
        d = os.path.join(SITE, p["site"]); os.makedirs(d, exist_ok=True)
        text = frame(p)
        html[path_of(p)] = text
    complete_ids(html)
    hub = ["<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网址导航</title></head><body><h1>网址导航</h1><ul>"]
    for s, info in SITES.items():
        hub.append('<li><a href="%s/index.html">%s</a>（%s，%s）</li>' % (s, info["name"], info["kind"], info["city"]))
    hub.append("</ul></body></html>")
    html["/index.html"] = "\n".join(hub)
    for pth, text in sorted(html.items()):
        with open(os.path.join(SITE, pth.lstrip("/")), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")]
    for p in PAGES:
        pages.append(dict(path=path_of(p), is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                          identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            e = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in e["brands"]:
                e["brands"].append(p["provider"])
            for k, v, _w in p["ids"]:
                if [k, v] not in e["identifiers"]:
                    e["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(pth for pth, t in html.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pg, why=why))
    truth = dict(pages=sorted(pages, key=lambda x: x["path"]), operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
