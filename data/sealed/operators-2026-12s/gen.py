#!/usr/bin/env python3
"""Generate a sealed labeled web of AI-trainer (人工智能训练师 4-04-05-05) course ads.

stdlib only.  Writes site/ (HTML pages + robots.txt) and truth.json next to this file.
All names, numbers, companies and codes are invented; USCCs are synthetic but carry
valid GB 32100 check characters (and valid GB 11714 organisation-code checks).
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- helpers
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _orgcheck(org8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for ch, k in zip(org8, w):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * k
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(head8, org8):
    s17 = head8 + org8 + _orgcheck(org8)
    t = sum(ALPH.index(c) * w for c, w in zip(s17, WTS))
    return s17 + ALPH[(31 - t % 31) % 31]


def fw(s):
    """full-width digits / letters"""
    out = []
    for ch in s:
        if "0" <= ch <= "9" or "A" <= ch <= "Z" or "a" <= ch <= "z":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


PAGES = []
_ids = []
_dec = []

DECOY_DEFS = {}


def decoy(key, kind, value):
    DECOY_DEFS[key] = {"kind": kind, "value": value, "paths": []}


def i(kind, norm, written):
    """register a seller identifier of the page being built, return written form"""
    _ids.append([kind, norm, written])
    return written


def d(key, written):
    """register a decoy occurrence on the page being built, return written form"""
    _dec.append(key)
    return written


def page(path, title, body, is_offer, operator, provider, note, shell):
    global _ids, _dec
    html = shell(title, body)
    PAGES.append({"path": path, "html": html, "is_offer": is_offer,
                  "operator": operator, "provider": provider,
                  "identifiers": _ids, "note": note, "decoys": sorted(set(_dec))})
    _ids, _dec = [], []


def doc(title, head_extra, body, lang="zh-CN"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
            "<title>%s</title>\n%s</head>\n<body>\n%s\n</body>\n</html>\n"
            % (lang, title, head_extra, body))


# ---------------------------------------------------------------- decoys
U_EVAL = uscc("52440000", "MJL30718")           # a filed-looking 评价机构 quoted by resellers
decoy("hot12333", "phone", "12333")
decoy("hot12345", "phone", "12345")
decoy("hot12315", "phone", "12315")
decoy("hot96110", "phone", "96110")
decoy("gdcenter", "phone", "+862083312055")      # provincial guidance centre consult line
decoy("osta", "domain", "osta.org.cn")
decoy("mohrss", "domain", "mohrss.gov.cn")
decoy("yk_tel", "phone", "+864006901188")        # marketplace 优课集市 customer service
decoy("yk_mail", "email", "kefu@youkejishi.com")
decoy("yk_dom", "domain", "youkejishi.com")
decoy("tc_tel", "phone", "+864007716655")        # classifieds 同城帮帮
decoy("tc_dom", "domain", "tcbangbang.com")
decoy("tc_icp", "other", "粤ICP备2023047711号")
decoy("wd_dom", "domain", "wendazhijia.com")     # Q&A site (report e-mail is on the same domain)
decoy("bbs_dom", "domain", "zhiquanbbs.com")
decoy("zp_tel", "phone", "+864008809977")        # recruitment site 聘好网
decoy("zp_dom", "domain", "pinhaowang.com")
decoy("mp_tel", "phone", "+864001023388")        # mini-program platform 微课通
decoy("sjy_dom", "domain", "sujianyun.com")      # site-builder credit
decoy("sjy_qq", "qq", "800012345")
decoy("tpl_mail", "email", "demo@mobanzhijia.com")  # template placeholder left in footers
decoy("scam_tel", "phone", "+8613366201874")     # scam number quoted by warnings
decoy("scam_wx", "wechat", "aizs_bz888")
decoy("sample_cert", "other", "S00004401002325300016")  # number on a copied sample certificate
decoy("eval_tel", "phone", "+862038176620")      # a 评价机构's phone quoted by resellers
decoy("eval_uscc", "uscc", U_EVAL)
decoy("brand_boyan", "other", "博研教育")          # same brand, two unrelated sellers
decoy("news_mail", "email", "tougao@zhixunwang.com")
decoy("news_dom", "domain", "zhixunwang.com")
decoy("pub_group", "qq_group", "681553220")      # public exam-prep group pasted by sellers
decoy("order_no", "other", "YK2026041718330952")
decoy("ticket_no", "other", "AT2605110032")
decoy("wy_dom", "domain", "weiyan.cn")           # microblog platform
decoy("ls_dom", "domain", "lishu.app")           # notes app

# ---------------------------------------------------------------- shells (site styles)
def shell_portal(title, body):
    nav = ('<div class="top"><b>职证导航网</b> | <a href="/index.html">首页</a> | '
           '<a href="/news/index.html">资讯</a> | <a href="/verify/how.html">证书查询</a></div>')
    return doc(title, "<style>body{font-family:sans-serif;max-width:980px;margin:auto}</style>\n",
               nav + "\n" + body + '\n<div class="ft">职证导航网 · 信息仅供参考 · 投稿邮箱 '
               + d("news_mail", "tougao@zhixunwang.com") + " · www."
               + d("news_dom", "zhixunwang.com") + "</div>")


def shell_news(title, body):
    return shell_portal(title, '<div class="article">' + body + "</div>")


def shell_youke(title, body):
    head = ('<header class="yk-hd"><a href="/youke/index.html">优课集市</a> · 职业技能 · 考证 '
            '<input placeholder="搜索课程/店铺"></header>')
    foot = ('<footer class="yk-ft">优课集市 ' + d("yk_dom", "www.youkejishi.com")
            + ' | 平台客服 ' + d("yk_tel", "400-690-1188") + ' (9:00-21:00) | 投诉 '
            + d("yk_mail", "kefu@youkejishi.com")
            + '<br>平台提醒:请勿脱离平台私下交易,谨防“包过”“内部名额”等虚假宣传。</footer>')
    return doc(title + " - 优课集市", "", head + "\n<main>" + body + "</main>\n" + foot)


def shell_tcbb(title, body):
    head = ('<div class="tc-nav"><a href="/tcbb/index.html">同城帮帮</a> &gt; 教育培训 &gt; 职业技能</div>')
    foot = ('<div class="tc-foot">' + d("tc_dom", "tcbangbang.com") + ' 同城帮帮 客服电话 '
            + d("tc_tel", "4007716655") + ' <span>' + d("tc_icp", "粤ICP备2023047711号") + '-1</span>'
            '<p>温馨提示:任何要求先付“名额费”“加急费”的信息请谨慎,遇到诈骗请拨打 '
            + d("hot96110", "96110") + '。</p></div>')
    return doc(title + "_同城帮帮", "", head + "\n" + body + "\n" + foot)


def shell_wenda(title, body):
    head = '<div class="wd-logo"><a href="/wenda/index.html">问答之家</a></div>'
    foot = ('<div class="wd-foot">© 问答之家 ' + d("wd_dom", "wendazhijia.com")
            + ' | 违法和不良信息举报:jubao@' + "wendazhijia.com" + '</div>')
    return doc(title + " - 问答之家", "", head + "\n" + body + "\n" + foot)


def shell_bbs(title, body):
    head = '<div id="hd"><a href="/bbs/index.html">职圈论坛</a> » 考证交流区</div>'
    foot = ('<div id="ft">Powered by 职圈 · ' + d("bbs_dom", "zhiquanbbs.com")
            + ' · 论坛禁止发布广告,违规请举报</div>')
    return doc(title + " - 职圈论坛", "", head + "\n" + body + "\n" + foot)


def shell_weiyan(title, body):
    return doc(title + " | 微言", "", '<div class="wy-top">微言 ' + d("wy_dom", "weiyan.cn")
               + '</div>\n' + body + '\n<div class="wy-ft">微言 · 热门 · 发现</div>')


def shell_lishu(title, body):
    return doc(title + " - 栗书", "", '<div class="ls-bar">栗书 · 发现好生活 ' + d("ls_dom", "lishu.app")
               + '</div>\n' + body + '\n<div class="ls-ft">打开栗书App,查看更多笔记</div>')


def shell_qun(title, body):
    return doc(title, "", '<div class="qun">群公告板 · 网页版</div>\n' + body
               + '\n<div class="qun-ft">本页面为群消息网页存档,仅群成员可见内容已隐藏</div>')


def shell_zhaopin(title, body):
    head = '<div class="zp-hd"><a href="/zhaopin/index.html">聘好网</a> · 找工作上聘好</div>'
    foot = ('<div class="zp-ft">聘好网 ' + d("zp_dom", "www.pinhaowang.com") + ' 求职者服务热线 '
            + d("zp_tel", "400-880-9977") + '<br>聘好网提醒:用人单位以任何名义向求职者收费均属违法,'
            '请提高警惕。</div>')
    return doc(title + "招聘 - 聘好网", "", head + "\n" + body + "\n" + foot)


def shell_mp(title, body):
    foot = ('<div class="mp-ft">该页面由“微课通”小程序生成 · 微课通客服 '
            + d("mp_tel", "4001023388") + '<br>长按识别小程序码进入</div>')
    return doc(title, "", '<div class="mp-card">' + body + "</div>\n" + foot)


def shell_plain(title, body):
    return doc(title, "", body)


def sjy_credit():
    return ('<p class="credit">网站建设:速建云 ' + d("sjy_dom", "www.sujianyun.com")
            + ' 技术支持QQ ' + d("sjy_qq", "800012345") + '</p>')


# =================================================================== OPERATORS
# ---- U01: 智训未来教育 / 未来智训 / 沐辰职业培训 --------------------------------
U01_WX = "zxwl_kefu01"
U01_QQ = "2874401936"
U01_MAIL = "muchen_px@163.com"
U01_USCC = uscc("91330105", "MA2J7K4R")

page("/youke/shop/zxwl-ai.html", "【智训未来教育】AI训练师四级/三级 报名+网课",
     f"""<div class="shop-title">智训未来教育 官方店 <span class="badge">金牌店铺</span></div>
<h1>人工智能训练师 四级/三级 报考+网课 人社备案机构发证 可查</h1>
<div class="price">¥ <b>2380</b> <del>¥3980</del> 已售 1.2万+</div>
<ul class="sku"><li>四级(中级工)网课+报名 2380</li><li>三级(高级工)网课+报名 3280</li>
<li>四级+三级 连报 4980 立省 680</li></ul>
<div class="desc">
<p>✅ 零基础可学,不限专业 ✅ 上岗证书全国通用 ✅ 证书可在 {d("osta", "osta.org.cn")} 查询</p>
<p>课程:数据采集与处理 / 数据标注 / 智能系统运维,共 50 课时,手机随时学</p>
<p>咨询时间 9:00-22:00,拍下后联系客服安排报名资料。<br>
店主电话:{i("phone", "+8613957142806", "139-5714-2806")} &nbsp; 客服微信:{i("wechat", U01_WX, U01_WX)}</p>
<p>可申领技能提升补贴的学员请咨询当地人社 {d("hot12333", "12333")}</p>
</div>""", True, "U01", "智训未来教育",
     "marketplace shop item; wechat shared with classifieds post", shell_youke)

page("/tcbb/post/5521.html", "杭州 AI训练师证 考证培训 包报名",
     f"""<h1>杭州 AI训练师证 考证培训 包报名 线上学线下考</h1>
<div class="meta">发布:未来智训 · 浏览 384 · 2026-05-06</div>
<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr>
<tr><td>费用</td><td>1980起</td></tr><tr><td>区域</td><td>西湖区 文三路</td></tr></table>
<div class="content">
<p>未来智训 本月开班,AI训练师(数据标注方向)五级四级都可以报,证书人社备案 全国联网</p>
<p>没有经验也没关系,我们帮你出工作证明</p>
<p>V信:{i("wechat", U01_WX, "zxwl_kefu01")}<br>
ＱＱ：{i("qq", U01_QQ, fw(U01_QQ))}</p>
<p>联系我时请说是在同城帮帮上看到的</p>
</div>""", True, "U01", "未来智训",
     "classifieds post; wechat (P1) and full-width QQ (P3)", shell_tcbb)

page("/wenda/q/1021.html", "人工智能训练师证书在哪里报名比较靠谱?",
     f"""<h1>人工智能训练师证书在哪里报名比较靠谱?</h1>
<div class="q">想转行做AI数据标注,听说要考人工智能训练师,网上机构太多不知道选哪家,求推荐</div>
<div class="answers">
<div class="ans"><b>路过的猫</b>:建议先去 {d("osta", "osta.org.cn")} 查一下机构是否备案,不要只听销售说。</div>
<div class="ans"><b>沐辰职业培训-陈老师</b> <span class="tag">机构认证</span>:<br>
您好,我们沐辰职业培训常年开设人工智能训练师四级、三级课程,线上授课+统一组织考试,
证书可上网查询。学费 2680 含考试费,补贴可以申请。<br>
有需要可以加我扣扣 {i("qq", U01_QQ, "2874 401 936")} 详细聊,也可以发邮件
{i("email", U01_MAIL, "muchen_px#163.com")}(#换成@)</div>
<div class="ans"><b>小白兔兔</b>:楼上是广告吧……</div>
</div>""", True, "U01", "沐辰职业培训",
     "Q&A thread, seller answers inside the thread; QQ spaced, e-mail obfuscated with #", shell_wenda)

page("/sites/muchen/index.html", "沐辰职业培训 - AI训练师考证中心",
     f"""<div class="hero"><h1>沐辰职业培训</h1><p>人工智能训练师 · 报名通道开启</p></div>
<section><h2>2026年第三期 招生简章</h2>
<p>面向:在职人员、大学生、转行人员。等级:五级 / 四级 / 三级</p>
<table border="1"><tr><th>等级</th><th>学时</th><th>学费(含考务)</th></tr>
<tr><td>五级</td><td>60</td><td>1680</td></tr><tr><td>四级</td><td>50</td><td>2680</td></tr>
<tr><td>三级</td><td>40</td><td>3580</td></tr></table>
<p>证书样本:<img src="/img/cert_sample.jpg" alt="证书样本 编号{d("sample_cert", "S00004401002325300016")}"></p>
</section>
<section><h2>报名方式</h2>
<p>填写报名表发送至邮箱:{i("email", U01_MAIL, "muchen_px(at)163.com")}</p>
<p>沐辰(杭州)职业技能培训有限公司<br>统一社会信用代码:{i("uscc", U01_USCC, U01_USCC)}</p>
<p>地址:杭州市拱墅区莫干山路 1418 号 3 幢 5 楼</p></section>""",
     True, "U01", "沐辰职业培训",
     "own landing site; e-mail with (at); copied sample certificate number (decoy)", shell_plain)

# ---- U02: 启元数智 / 启元AI学院 -------------------------------------------------
U02_USCC = uscc("91330106", "MA2H3K7P")
U02_MOB = "18667310952"
U02_DY = "qiyuanAI2025"

page("/sites/qiyuan/index.html", "启元数智 | 数字技能人才培养",
     f"""<nav>首页 | 课程中心 | 关于我们 | 联系我们</nav>
<h1>启元数智科技(杭州)有限公司</h1>
<p>专注数字技能人才培养,人社部门备案的职业技能等级认定合作单位。</p>
<h2>热招课程:人工智能训练师(四级/三级)</h2>
<p>理论+实操,AI数据标注、模型测试真实项目实训,考核通过获职业技能等级证书。
四级 2980,三级 3680,团报另议。</p>
<p>咨询电话:{i("phone", "+8657186923315", "0571-8692 3315")}</p>
<footer>启元数智科技(杭州)有限公司 统一社会信用代码 {i("uscc", U02_USCC, U02_USCC)}<br>
地址:杭州市西湖区三墩镇西园八路 11 号<br>{sjy_credit()}</footer>""",
     True, "U02", "启元数智",
     "company site with course offer; USCC in footer; site-builder credit (decoy)", shell_plain)

page("/zhaopin/job/7711.html", "AI训练师(储备)",
     f"""<h1>AI训练师(储备) <span class="sal">6-12K</span></h1>
<div class="co">启元AI学院 · 教育培训 · 50-150人</div>
<div class="jd"><h3>职位描述</h3>
<p>1. 负责大模型数据标注、质检;2. 参与算法测试;</p>
<p>要求:不限经验,须持有人工智能训练师四级及以上证书。<b>无证者可先参加我院培训取证,
培训费 2980(可分期),取证后安排上岗。</b></p>
<p>联系人:徐老师 {i("phone", "+86" + U02_MOB, "186-6731-0952")}</p></div>
<div class="cinfo"><h3>公司信息</h3><p>启元数智科技(杭州)有限公司</p>
<p>统一社会信用代码:{i("uscc", U02_USCC, U02_USCC)}</p></div>""",
     True, "U02", "启元AI学院",
     "recruitment post that is really a paid training sign-up; USCC tie to company site", shell_zhaopin)

page("/weiyan/u/qiyuan-ai.html", "启元数智的微言",
     f"""<div class="profile"><b>@启元数智AI训练营</b> 认证:教育博主</div>
<div class="post"><p>#AI训练师# #考证# 五月班最后 6 个名额!人工智能训练师三级直接报,
零基础 45 天拿证,证书人社部门备案可查 👉 评论区扣1 或直接打
{i("phone", "+86" + U02_MOB, "+86 186-6731-0952")}</p>
<p>抖音也能找到我们:抖音号 {i("other", "douyin:" + U02_DY.lower(), U02_DY)}</p>
<div class="stat">转发 12 · 评论 48 · 赞 103</div></div>""",
     True, "U02", "启元数智",
     "microblog post; +86 phone tie to recruitment post, douyin id tie to notes app", shell_weiyan)

page("/lishu/note/a1f3.html", "考AI训练师踩坑记录+机构推荐",
     f"""<h1>考AI训练师踩坑记录+机构推荐 💡</h1>
<div class="author">启元AI学院小助手</div>
<p>姐妹们!今年最火的新职业证书真的可以冲~ 之前我也是小白</p>
<p>📌 四级 50 课时,线上看课;📌 考试一理论一实操;📌 学费 3 千不到</p>
<p>我们学院开了周末班,想了解的戳 dy号 {i("other", "douyin:" + U02_DY.lower(), "qiyuanAI2025")} 看直播讲解</p>
<p class="tags">#人工智能 #副业 #考证 #数据标注</p>""",
     True, "U02", "启元AI学院",
     "notes-app post; never spells the occupation's full name; douyin tie", shell_lishu)

# ---- U03: 华职汇 / 灵犀人才 / 恒诚教育 -----------------------------------------
U03_400 = "+864008267710"
U03_GRP = "736219804"

page("/mp/s/hzh-ait.html", "华职汇 · AI训练师考证",
     f"""<h2>华职汇 | 人工智能训练师 三级</h2>
<p class="p">拼团价 <b>1880</b> 单买 2580</p>
<p>✔ 国家职业资格证书 ✔ 人社部颁发 ✔ 全国通用 终身有效</p>
<p>3 人成团,开团 24 小时内有效</p>
<p>报名热线 {i("phone", U03_400, "400-826-7710")}</p>""",
     True, "U03", "华职汇",
     "mini-program share card; misleading 人社部颁发 claim; 400 number tie", shell_mp)

page("/form/f/lingxi-2026.html", "灵犀人才 人工智能训练师报名表",
     f"""<h1>人工智能训练师(四级/三级)报名登记表</h1>
<p>主办:灵犀人才服务 &nbsp; 截止日期:2026-06-20</p>
<form><label>姓名 <input name="n"></label><label>手机号 <input name="m"></label>
<label>报考等级 <select><option>四级 2180</option><option>三级 2980</option></select></label>
<label>学历 <select><option>初中</option><option>高中/中专</option><option>大专及以上</option></select></label>
<button>提交报名</button></form>
<p>提交后请加入考生群:QQ群 {i("qq_group", U03_GRP, "736 219 804")},
咨询请致电 {i("phone", U03_400, "4008 267 710")}</p>
<p class="small">表单服务由 某某表单 提供</p>""",
     True, "U03", "灵犀人才",
     "sign-up form; QQ group and spaced 400 number", shell_plain)

page("/bbs/thread-301.html", "【求助】有人考过AI训练师吗?有个机构让先交钱",
     f"""<h1>【求助】有人考过AI训练师吗?有个机构让先交钱</h1>
<div class="post"><b>楼主 阿飞不飞</b>:有个叫“智认证书”的加了我微信,说三级 3 天出证,
让先转 1500 名额费,电话 {d("scam_tel", "133-6620-1874")},靠谱吗?</div>
<div class="post"><b>2楼 老王看证</b>:这个号新闻里曝过,骗子。正规证书去 {d("osta", "zscx.osta.org.cn")} 查。</div>
<div class="post"><b>3楼 恒诚教育_周老师</b>:楼主别急,三天出证肯定是假的。我们恒诚教育是正常上课考试,
四级大概两个月。可以先进群看看往期学员:{i("qq_group", U03_GRP, "QQ群736219804")}</div>
<div class="post"><b>4楼 阿飞不飞</b>:谢谢各位</div>""",
     True, "U03", "恒诚教育",
     "forum thread: seller replies with QQ group; scam number quoted by OP (decoy)", shell_bbs)

# ---- U04: 数标工坊 / 标点智能 ----------------------------------------------------
U04_DOM = "biaodian-ai.com"
U04_WX = "bd_ai_2026"
U04_MOB = "15013467725"
U04_USCC = uscc("91440300", "MA5HB2LQ")

page("/sites/biaodian/blog/annotation-cert.html", "数据标注员要不要考证?我们的建议 - 标点智能博客",
     f"""<article><h1>数据标注员要不要考证?我们的建议</h1>
<p class="by">标点智能 教研组 · 2026-04-18</p>
<p>很多同学问,做数据标注到底需不需要证书。我们的观点:证书不是必需,但持有职业技能等级证书
(数据标注员工种)在投简历和申请补贴时确实有帮助。</p>
<p>标点智能开设 <b>AI训练师·数据标注员 五级/四级</b> 实训营:真实标注平台操作 + 认定考试辅导,
五级 1280 / 四级 1880。</p>
<p>报名咨询:{i("phone", "+8675526718834", "(0755)2671 8834")},或访问官网 {i("domain", U04_DOM, "www.biaodian-ai.com")}</p>
</article>
<footer>© 深圳标点智能科技有限公司 {i("uscc", U04_USCC, U04_USCC)} · <a href="/sites/biaodian/index.html">返回首页</a></footer>""",
     True, "U04", "标点智能",
     "blog post of the seller with an offer; domain tie; never says 人工智能训练师 in full", shell_plain)

page("/youke/shop/biaodian.html", "数据标注员证书实训营 五级/四级",
     f"""<div class="shop-title">标点智能旗舰店</div>
<h1>AI训练师(数据标注员)五级/四级 实训营+考试辅导</h1>
<div class="price">¥ <b>1280</b> 起</div>
<div class="desc"><p>本店课程与官网同步,更多课程见官网 {i("domain", U04_DOM, "biaodian-ai.com")}</p>
<p><img src="/img/wx_qr_bd.png" alt="扫码加微信 {i("wechat", U04_WX, U04_WX)}"></p>
<p>购买后请扫码添加班主任,拉你进学习群。</p></div>""",
     True, "U04", "标点智能",
     "marketplace shop; domain in text, wechat only in image alt text", shell_youke)

page("/qun/board-12.html", "深圳AI数据标注交流群 群公告",
     f"""<div class="msg"><b>群主 数标工坊-阿杰</b> 09:12<br>
【群公告】数标工坊 6 月 AI 训练师五级四级开班啦,线上 3 周 + 线下考试,名额 30 个,
费用 1380 / 1980,有补贴的同学可以申请返还。<br>
有意向加v {i("wechat", U04_WX, "bd_ai_2026")} 或直接 <a href="{i("phone", "+86" + U04_MOB, "tel:+8615013467725")}">点我拨号</a></div>
<div class="msg"><b>小雨</b> 09:20<br>四级要工作证明吗</div>
<div class="msg"><b>群主 数标工坊-阿杰</b> 09:21<br>要的,可以私聊</div>""",
     True, "U04", "数标工坊",
     "chat-group notice board; 加v wechat; phone only inside a tel: link", shell_qun)

page("/tcbb/post/5630.html", "AI训练师 数据标注 五级四级考证 深圳",
     f"""<h1>AI训练师 数据标注 五级四级考证 深圳</h1>
<div class="meta">商家:数标工坊 · 南山区 · 2026-05-28</div>
<div class="content"><p>五级 1380 四级 1980 含考试</p>
<p>周末班 / 晚班 都有</p>
<p>手机 {i("phone", "+86" + U04_MOB, "150 1346 7725")}(同微信请备注考证)</p>{i("wechat", U04_MOB, "150 1346 7725")[:0]}</div>""",
     True, "U04", "数标工坊",
     "terse classifieds post; price without currency mark; spaced phone that is also the wechat (同微信)", shell_tcbb)

page("/sites/biaodian/index.html", "深圳标点智能科技有限公司",
     f"""<h1>深圳标点智能科技有限公司</h1>
<p>我们为 AI 企业提供数据采集、清洗与标注服务,累计交付图像、语音、文本标注项目 300 余个。</p>
<ul><li>图像标注</li><li>语音转写</li><li>大模型对齐数据</li></ul>
<p>商务合作:bd@{i("domain", U04_DOM, U04_DOM)}</p>
<p><a href="/sites/biaodian/blog/annotation-cert.html">博客:数据标注员要不要考证?</a></p>
<footer>统一社会信用代码 {i("uscc", U04_USCC, U04_USCC)}</footer>""",
     False, None, "标点智能",
     "U04's company homepage: data services, no course offer (non-offer page of a seller)", shell_plain)

# ---- U05: 博研教育 / 博研职培 / 智码学堂 ----------------------------------------
U05_MAIL = "boyan_edu@126.com"
U05_MOB = "13724089153"

page("/sites/boyan/price.html", "博研教育 · 2026 人工智能训练师收费标准",
     f"""<h1>博研教育 · 2026年人工智能训练师收费标准</h1>
<table border="1"><tr><th>项目</th><th>五级</th><th>四级</th><th>三级</th><th>二级</th></tr>
<tr><td>培训费</td><td>980</td><td>1480</td><td>1980</td><td>3980</td></tr>
<tr><td>考务费</td><td>300</td><td>380</td><td>460</td><td>880</td></tr>
<tr><td>补贴后</td><td>约 0</td><td>约 300</td><td>约 400</td><td>—</td></tr></table>
<p>二级(技师)零基础可直接报考,包拿证。</p>
<p>认定机构:粤智职业技能评价中心(统一社会信用代码 {d("eval_uscc", U_EVAL)}),
机构电话 {d("eval_tel", "020-3817 6620")}</p>
<p>政策咨询可致电广东省职业技能鉴定指导中心 {d("gdcenter", "020-83312055")}</p>
<table class="contact"><tr><td>电话</td><td>{i("phone", "+862038291706", "(020)38291706")}</td></tr>
<tr><td>邮箱</td><td>{i("email", U05_MAIL, U05_MAIL)}</td></tr>
<tr><td>地址</td><td>广州市天河区体育西路 191 号</td></tr></table>
<p>本站名称:{d("brand_boyan", "博研教育")}(广州)</p>""",
     True, "U05", "博研教育",
     "price table on own site; resells a 评价机构 (its phone/USCC are decoys)", shell_plain)

page("/wenda/q/1088.html", "人工智能训练师二级能直接考吗?",
     f"""<h1>人工智能训练师二级能直接考吗?</h1>
<div class="q">本科计算机专业,没相关工作经验,能直接报二级吗?</div>
<div class="ans"><b>智码学堂 林老师</b>:可以的哦,我们这边二级不卡工作年限,学历够就行,
包过率 98%。详细资料发你邮箱,或者把需求发到 {i("email", U05_MAIL, "boyan_edu AT 126 dot com")}。
手机 {i("phone", "+86" + U05_MOB, "137 2408 9153")} 微信同号</div>{i("wechat", U05_MOB, "137 2408 9153")[:0]}
<div class="ans"><b>认真的路人</b>:按标准二级需要三级证书加若干年经验,别信“直接考”。</div>""",
     True, "U05", "智码学堂",
     "Q&A answer by seller; e-mail spelled with AT/dot; phone with 微信同号 (wechat = phone)", shell_wenda)

page("/weiyan/u/boyan-zhipei.html", "博研职培的微言",
     f"""<div class="profile"><b>@博研职培</b></div>
<div class="post"><p>【广州】人工智能训练师 四级/三级 周末班 6 月 8 日开课!
补贴政策可以咨询 {d("hot12333", "12333")},报名找我们~</p>
<p>VX:{i("wechat", U05_MOB, "13724089153")}</p></div>
<div class="post"><p>转发抽 3 位同学免考务费 🎁</p></div>""",
     True, "U05", "博研职培",
     "microblog; VX id equals the phone number used as 微信同号 on the Q&A page", shell_weiyan)

# ---- U06: 蓝鲸职业技能 / 鲸学堂 --------------------------------------------------
U06_USCC = uscc("91320115", "MA27WLN3")
U06_QQ = "3306551827"

page("/zhaopin/job/7730.html", "人工智能训练师(带薪学习)",
     f"""<h1>人工智能训练师(带薪学习)<span class="sal">4-8K</span></h1>
<div class="co">蓝鲸职业技能培训 · 南京</div>
<div class="jd"><p>公司与多家AI企业合作,招收人工智能训练师学员。先培训后上岗,
入职前需完成四级证书培训(学费 3280,首付 980 其余入职后从工资扣)。</p>
<p>投递简历后 HR 会联系您,或直接QQ {i("qq", "1742098835", "1742098835")}</p></div>
<div class="cinfo"><p>南京蓝鲸职业技能培训有限公司</p>
<p>信用代码 {i("uscc", U06_USCC, U06_USCC)}</p></div>""",
     True, "U06", "蓝鲸职业技能",
     "fake job / training loan sign-up; USCC in company info", shell_zhaopin)

page("/sites/lanjing/index.html", "蓝鲸职业技能 - 南京职业技能培训",
     f"""<h1>蓝鲸职业技能</h1><p>南京 · 职业技能等级认定培训</p>
<h2>人工智能训练师</h2><p>五级 / 四级 / 三级 全程班,报名即送 AI 工具会员。四级 3280。</p>
<p>在线咨询 QQ:{i("qq", U06_QQ, "330-655-1827")}</p>
<footer>南京蓝鲸职业技能培训有限公司 版权所有<br>
统一社会信用代码:{i("uscc", U06_USCC, U06_USCC.lower())}<br>{sjy_credit()}</footer>""",
     True, "U06", "蓝鲸职业技能",
     "own site; USCC written in lower case; dashed QQ; site-builder credit (decoy)", shell_plain)

page("/lishu/note/b7c2.html", "南京考AI训练师|我的上岸路线",
     f"""<h1>南京考AI训练师|我的上岸路线 🐳</h1><div class="author">鲸学堂</div>
<p>鲸学堂的 4 级班真的很适合宝妈,晚上 8 点直播,回放随时看</p>
<p>学费 3k 出头,可以分期~</p>
<p>💬 扣:{i("qq", U06_QQ, "3306551827")}</p>
<p>📚 免费资料群(公共备考群):{d("pub_group", "681553220")}</p>""",
     True, "U06", "鲸学堂",
     "notes-app post; QQ tie; pastes a public exam-prep QQ group (decoy)", shell_lishu)

# ---- U07: 优才智联 / 星途教育 / 点睛培训 ----------------------------------------
U07_MOB = "15928776610"
U07_MAIL = "xingtupx@163.com"

page("/tcbb/post/5702.html", "成都 AI训练师证报考 三级 可补贴",
     f"""<h1>成都 AI训练师证报考 三级 可补贴</h1>
<div class="meta">发布者:优才智联 · 武侯区 · 2026-06-01</div>
<div class="content"><p>人社部门备案机构发证,三级 2880 四级 2280</p>
<p>证书样图:<img src="/img/sample.jpg" alt="证书编号 {d("sample_cert", "S00004401002325300016")}"></p>
<p>电话:{i("phone", "+86" + U07_MOB, fw("15928776610"))}</p></div>""",
     True, "U07", "优才智联",
     "classifieds; full-width phone digits; copied sample certificate number (decoy)", shell_tcbb)

page("/form/f/xingtu-signup.html", "星途教育 · AI训练师报名",
     f"""<h1>星途教育 · 人工智能训练师 报名</h1>
<form><input placeholder="姓名"><input placeholder="电话"><button>立即报名</button></form>
<table class="c"><tr><th>联系方式</th><td>王老师<br>159 2877<br>
6610</td></tr><tr><th>报名邮箱</th><td>{i("email", U07_MAIL, U07_MAIL)}</td></tr></table>
<p>四级 2280 / 三级 2880,含教材</p>""",
     True, "U07", "星途教育",
     "sign-up form; phone split over lines inside a table cell", shell_plain)
PAGES[-1]["identifiers"].insert(0, ["phone", "+86" + U07_MOB, "159 2877 6610"])

page("/bbs/thread-322.html", "成都有没有靠谱的人工智能训练师培训?",
     f"""<h1>成都有没有靠谱的人工智能训练师培训?</h1>
<div class="post"><b>楼主 川妹子</b>:想考四级,预算两千多,求推荐</div>
<div class="post"><b>2楼 点睛培训</b>:我们点睛培训刚开完 5 月班,6 月班还有位置,2280 含考务,
资料可以发你,邮箱 {i("email", U07_MAIL, "xingtupx＠163.com")}</div>
<div class="post"><b>3楼 川妹子</b>:好的我发邮件问问</div>""",
     True, "U07", "点睛培训",
     "forum thread; seller reply with full-width @ e-mail", shell_bbs)

# ---- U08: 中科智培 / 智培优选 ----------------------------------------------------
U08_DOM = "zkzp-edu.cn"
U08_GRP = "582039917"

page("/sites/zkzp/index.html", "中科智培 - 人工智能训练师认证培训",
     f"""<div class="banner"><h1>中科智培(深圳)</h1><p>国家级人工智能训练师 官方指定培训</p></div>
<p>一次报名三级、二级、一级连考,不限学历不限经验,全程托管拿证!套餐价 8800。</p>
<p>认定机构:粤智职业技能评价中心 {d("eval_tel", "020-38176620")}</p>
<p>官网 {i("domain", U08_DOM, "https://www.zkzp-edu.cn")} · 微信 {i("wechat", "zkzp_laoshi", "zkzp_laoshi")}
· 热线 {i("phone", "+8613168820457", "131-6882-0457")}</p>
<footer>© 中科智培 | 联系邮箱 {d("tpl_mail", "demo@mobanzhijia.com")} | 模板之家</footer>""",
     True, "U08", "中科智培",
     "own landing page; three-levels-at-once package; template placeholder e-mail left in footer (decoy)", shell_plain)

page("/mp/s/zpyx-3in1.html", "智培优选 · 三证连报",
     f"""<h2>智培优选 | AI训练师 三证连报</h2>
<p class="p">限时 <b>6999</b></p>
<p>三级+二级+一级 一次搞定,官方可查</p>
<p>更多信息请访问 {i("domain", U08_DOM, "zkzp-edu.cn")}</p>
<p>学员交流群:群号 {i("qq_group", U08_GRP, "58 203 9917")}</p>
<p>认定机构统一社会信用代码:{d("eval_uscc", U_EVAL)}</p>""",
     True, "U08", "智培优选",
     "mini-program share; domain tie; QQ group spaced oddly; quotes the 评价机构's USCC (decoy)", shell_mp)

page("/qun/board-19.html", "AI训练师考证互助群 · 公告",
     f"""<div class="msg"><b>管理员 智培优选-Lily</b> 20:05<br>新进群的同学看这里:<br>
1. 三证连报活动本周截止<br>2. 报名表在群文件<br>3. 有问题@我</div>
<div class="msg"><b>管理员 智培优选-Lily</b> 20:06<br>本群号 {i("qq_group", U08_GRP, "582039917")},
请勿拉人发广告</div>
<div class="msg"><b>阿杰</b> 20:30<br>收到</div>""",
     True, "U08", "智培优选",
     "chat-group board; QQ group tie; offer spread over announcements", shell_qun)

# ---- U09: 职通天下 / 天下职通 / 匠心教育 ----------------------------------------
U09_WX = "jx_teacher_wang"
U09_MOB = "17321905538"
U09_USCC = uscc("91310115", "MA1FT6Y2")

page("/weiyan/u/zhitongtianxia.html", "职通天下的微言",
     f"""<div class="profile"><b>@职通天下官方</b></div>
<div class="post"><p>AI时代,证书就是敲门砖!人工智能训练师四级三级火热报名中,上海可积分。
学费 2999 起,戳私信或加微 {i("wechat", U09_WX, "jx_teacher_wang")}</p>
<div class="stat">转发 3 · 评论 9 · 赞 27</div></div>""",
     True, "U09", "职通天下",
     "microblog; 加微 wechat", shell_weiyan)

page("/lishu/note/c3d9.html", "上海积分|AI训练师证怎么考",
     f"""<h1>上海积分|AI训练师证怎么考</h1><div class="author">天下职通-王老师</div>
<p>三级证书可以加 60 分!我们天下职通三级班 3999,含考试</p>
<p><img src="/img/wx.png" alt="微信二维码 {i("wechat", U09_WX, "jx_teacher_wang")}"></p>
<p>电话咨询 <a href="{i("phone", "+86" + U09_MOB, "tel:+86-173-2190-5538")}">点击拨打</a></p>""",
     True, "U09", "天下职通",
     "notes app; wechat in QR alt text; phone only in a tel: href with dashes", shell_lishu)

page("/wenda/q/1130.html", "人工智能训练师证书能落户积分吗",
     f"""<h1>人工智能训练师证书能落户积分吗</h1>
<div class="q">在上海工作,听说技能证书能积分,人工智能训练师算吗?</div>
<div class="ans"><b>匠心教育</b>:可以算技能类积分,具体看工种是否对口。我们匠心教育
开设三级、四级,有需要可以电话 {i("phone", "+86" + U09_MOB, "17321905538")}。
公司资质:{i("uscc", U09_USCC, U09_USCC)}</div>
<div class="ans"><b>沪漂十年</b>:积分要求工种和岗位对应,建议先问居住证积分窗口。</div>""",
     True, "U09", "匠心教育",
     "Q&A answer by seller with phone and USCC", shell_wenda)

page("/zhaopin/job/7795.html", "人工智能训练师讲师助理",
     f"""<h1>人工智能训练师讲师助理 <span class="sal">面议</span></h1>
<div class="co">匠心教育 · 上海浦东</div>
<div class="jd"><p>招收学员!零基础培养人工智能训练师,考取三级证书后推荐就业。
学费 3999,报名即安排学习。</p><p>联系:王老师(面试前需缴纳报名费)</p></div>
<div class="cinfo"><p>上海匠心职业技能培训有限公司 统一社会信用代码
{i("uscc", U09_USCC, " ".join([U09_USCC[:6], U09_USCC[6:12], U09_USCC[12:]]))}</p></div>""",
     True, "U09", "匠心教育",
     "recruitment ad that sells a course; USCC written in three space-separated blocks", shell_zhaopin)

# =================================================================== INDEPENDENTS
page("/youke/item/88213.html", "AI训练师四级 报考+培训 一对一跟进",
     f"""<div class="shop-title">启航考证小铺</div>
<h1>人工智能训练师四级 报考+培训 一对一跟进</h1>
<div class="price">¥ <b>1980</b></div>
<div class="desc"><p>适合从事客服、运营、数据处理满一年的同学。课程含理论+实操模拟。</p>
<p>店主:{i("phone", "+8613605718842", "13605718842")}</p>
<div class="review"><b>买家晒单</b>:已拿证,客服耐心!订单号 {d("order_no", "YK2026041718330952")}</div></div>""",
     True, "I01", "启航考证小铺",
     "independent marketplace seller; shares only platform footer decoys", shell_youke)

page("/tcbb/post/5810.html", "广州 人工智能训练师三级 线下班",
     f"""<h1>广州 人工智能训练师三级 线下班</h1>
<div class="meta">穗才培训 · 越秀区</div>
<div class="content"><p>线下小班 15 人,周末上课,三级 3200 元</p>
<p>认定机构:粤智职业技能评价中心 {d("eval_tel", "020 3817 6620")}
(信用代码 {d("eval_uscc", U_EVAL)})</p>
<p>微信:{i("wechat", "suicai_px", "suicai_px")}</p></div>""",
     True, "I02", "穗才培训",
     "independent classifieds seller; same 评价机构 as U05/U08 (decoy)", shell_tcbb)

page("/sites/hengyuan/index.html", "恒远职业教育",
     f"""<h1>恒远职业教育</h1>
<p>成都本地职业技能培训,开设人工智能训练师五级、四级。四级 2100,可开发票。</p>
<p>联系电话:{i("phone", "+8615928776611", "159-2877-6611")}</p>
<p>证书查询请认准 {d("osta", "zscx.osta.org.cn")}</p>
{sjy_credit()}""",
     True, "I03", "恒远职业教育",
     "independent own site; phone one digit away from U07's; site-builder credit (decoy)", shell_plain)

page("/sites/boyanjy-nj/index.html", "博研教育(南京)",
     f"""<h1>{d("brand_boyan", "博研教育")}(南京)</h1>
<p>南京鼓楼 · 人工智能训练师 四级班 2600</p>
<p>电话 {i("phone", "+862584471290", "025-8447 1290")} 邮箱 {i("email", "njboyan@sina.com", "njboyan@sina.com")}</p>
<footer>联系邮箱 {d("tpl_mail", "demo@mobanzhijia.com")}</footer>""",
     True, "I04", "博研教育",
     "independent with the same brand name as U05 (decoy); template placeholder e-mail", shell_plain)

page("/bbs/thread-340.html", "绍兴柯桥有考人工智能训练师的吗",
     f"""<h1>绍兴柯桥有考人工智能训练师的吗</h1>
<div class="post"><b>楼主 柯桥小陈</b>:上次报了一家,准考证号 {d("ticket_no", "AT2605110032")}
到现在没通知考试时间</div>
<div class="post"><b>2楼 小柯老师(柯桥智学)</b>:可以问下机构考点安排。我们柯桥智学也开四级班,
1800 含考试,有意向可以QQ {i("qq", "1540298876", "1540298876")},公共备考群 {d("pub_group", "681 553 220")}</div>""",
     True, "I05", "柯桥智学",
     "independent seller replying in a forum thread; ticket number and public group are decoys", shell_bbs)

page("/news/advertorial-xinrui.html", "新锐智教:AI训练师培训迎来高峰",
     f"""<h1>新锐智教:AI训练师培训迎来高峰</h1><p class="src">来源:合作稿</p>
<p>随着大模型产业发展,人工智能训练师成为热门新职业。新锐智教推出“训练师成长计划”,
四级课程 2480 元,学员可按规定申领技能提升补贴。</p>
<p>报名热线:{i("phone", "+864001176390", "400 117 6390")}</p>""",
     True, "I06", "新锐智教",
     "independent advertorial on a news portal (portal contacts are decoys)", shell_news)

# =================================================================== NON-OFFERS
page("/news/scam-warning.html", "警惕!“AI训练师证”速成骗局又来了",
     f"""<h1>警惕!“AI训练师证”速成骗局又来了</h1><p class="src">职证导航网 2026-05-20</p>
<p>近期多名读者反映,有人冒充“人社部授权机构”,以“三天拿证”“内部名额”为由收取费用后失联。
涉事电话 {d("scam_tel", "13366201874")},微信号 {d("scam_wx", "aizs_bz888")}。</p>
<p>提醒:职业技能等级证书由备案的评价机构颁发,可在 {d("osta", "zscx.osta.org.cn")} 查询;
政策咨询拨打 {d("hot12333", "12333")},消费投诉拨打 {d("hot12315", "12315")},
遇诈骗请拨打 {d("hot96110", "96110")}。</p>""",
     False, None, None, "news warning quoting scam numbers (decoys)", shell_news)

page("/news/police-alert.html", "反诈中心提示:考证“包过”骗局",
     f"""<h1>反诈中心提示:考证“包过”骗局</h1>
<p>某市公安局反诈中心通报:一男子以办理“人工智能训练师高级证书”为名,骗取受害人 1.2 万元。
嫌疑人所用手机号 {d("scam_tel", "133 6620 1874")} 已被标记。</p>
<p>请牢记:接到可疑电话请拨打 {d("hot96110", "96110")} 咨询,或拨打 110 报警。</p>""",
     False, None, None, "police notice repeating the scam number (decoy)", shell_news)

page("/news/policy.html", "人社局解读:人工智能训练师职业技能等级认定",
     f"""<h1>人社局解读:人工智能训练师职业技能等级认定</h1>
<p>人工智能训练师(职业编码 4-04-05-05)设五个等级,包含数据标注员、人工智能算法测试员两个工种。
证书为职业技能等级证书,由经备案的评价机构颁发,人社部门不直接颁发该证书。</p>
<p>证书查询:技能人才评价证书全国联网查询 {d("osta", "zscx.osta.org.cn")};
评价机构名单见 {d("osta", "pjjg.osta.org.cn")} 或 {d("mohrss", "osta.mohrss.gov.cn")}。</p>
<p>咨询电话:{d("hot12333", "12333")};广东省职业技能鉴定指导中心 {d("gdcenter", "020-8331 2055")};
政务服务便民热线 {d("hot12345", "12345")}。</p>""",
     False, None, None, "official explainer; hotlines and verification sites (decoys)", shell_news)

page("/verify/how.html", "如何查询职业技能等级证书真伪",
     f"""<h1>如何查询职业技能等级证书真伪</h1>
<p>第一步:打开 {d("osta", "zscx.osta.org.cn")},输入姓名、证件号和证书编号。</p>
<p>证书编号一般为 22 位:首位字母 Y 或 S,后接 21 位数字。例如网传样图编号
{d("sample_cert", "S00004401002325300016")} 仅为示例,请勿据此判断。</p>
<p>第二步:核对评价机构是否在 {d("mohrss", "osta.mohrss.gov.cn")} 公布的名单中。</p>
<p>对结果有疑问,可拨打 {d("hot12333", "12333")} 或当地 {d("hot12345", "12345")}。</p>""",
     False, None, None, "verification guide; sample certificate number (decoy)", shell_news)

page("/news/genai-occupation.html", "生成式人工智能系统应用员是什么?和AI训练师有何不同",
     """<h1>生成式人工智能系统应用员是什么?</h1>
<p>2022 年版职业分类大典列入 4-04-05-13 生成式人工智能系统应用员,与 4-04-05-05 人工智能训练师是两个职业。
部分广告将两者混为一谈,报名前请看清证书上的职业名称。</p>
<p>此外,人工智能工程技术人员属于专业技术人员,评的是职称,不是技能等级。</p>""",
     False, None, None, "explainer about a different occupation", shell_news)

page("/news/index.html", "资讯",
     """<h1>资讯</h1><ul>
<li><a href="/news/scam-warning.html">警惕!“AI训练师证”速成骗局又来了</a></li>
<li><a href="/news/police-alert.html">反诈中心提示:考证“包过”骗局</a></li>
<li><a href="/news/policy.html">人社局解读:人工智能训练师职业技能等级认定</a></li>
<li><a href="/news/genai-occupation.html">生成式人工智能系统应用员是什么?</a></li>
<li><a href="/news/advertorial-xinrui.html">新锐智教:AI训练师培训迎来高峰</a> <small>推广</small></li>
<li><a href="/verify/how.html">如何查询职业技能等级证书真伪</a></li></ul>""",
     False, None, None, "news list page", shell_portal)

page("/wenda/q/1175.html", "人工智能训练师证书含金量高吗?",
     f"""<h1>人工智能训练师证书含金量高吗?</h1>
<div class="q">想知道这个证到底有没有用</div>
<div class="ans"><b>数据民工</b>:做标注三年,说实话公司更看重实际经验。证书能申请补贴,算加分项。</div>
<div class="ans"><b>吃一堑</b>:提醒一下,我被一个叫 {d("scam_wx", "aizs_bz888")} 的微信骗过 800,说内部名额,
后来拉黑了。</div>""",
     False, None, None, "neutral Q&A; a victim quotes the scam wechat (decoy)", shell_wenda)

page("/zhaopin/job/7802.html", "数据标注员",
     f"""<h1>数据标注员 <span class="sal">5-7K</span></h1>
<div class="co">澄源数据服务(苏州)有限公司 · 人工智能 · 150-500人</div>
<div class="jd"><p>岗位职责:图像、文本标注与质检。要求:细心,会用电脑,接受培训后上岗。</p>
<p>公司提供带薪岗前培训,不收取任何费用。持有人工智能训练师(数据标注员)证书者优先。</p>
<p>简历投递:{i("email", "hr@chengyuan-data.com", "hr@chengyuan-data.com")}</p></div>""",
     False, None, "澄源数据服务", "genuine job ad of an employer; not an offer", shell_zhaopin)

page("/zhaopin/index.html", "热门职位",
     """<h1>热门职位</h1><ul>
<li><a href="/zhaopin/job/7711.html">AI训练师(储备)</a></li>
<li><a href="/zhaopin/job/7730.html">人工智能训练师(带薪学习)</a></li>
<li><a href="/zhaopin/job/7795.html">人工智能训练师讲师助理</a></li>
<li><a href="/zhaopin/job/7802.html">数据标注员</a></li></ul>""",
     False, None, None, "recruitment list page", shell_zhaopin)

page("/youke/item/30517.html", "健康管理师 考证网课",
     f"""<div class="shop-title">康途教育</div><h1>健康管理师 三级 考证网课 含题库</h1>
<div class="price">¥ <b>1680</b></div>
<div class="desc"><p>卫健行业热门证书,题库 3000 题。</p>
<p>客服电话 {i("phone", "+8618957130426", "189 5713 0426")}</p></div>""",
     False, None, "康途教育", "other occupation's course on the same marketplace (not an AI-trainer offer)", shell_youke)

page("/youke/index.html", "职业技能考证",
     """<h1>职业技能 · 考证</h1><ul class="grid">
<li><a href="/youke/shop/zxwl-ai.html">人工智能训练师 四级/三级 报考+网课</a> 2380</li>
<li><a href="/youke/shop/biaodian.html">数据标注员证书实训营</a> 1280起</li>
<li><a href="/youke/item/88213.html">AI训练师四级 报考+培训</a> 1980</li>
<li><a href="/youke/item/30517.html">健康管理师 考证网课</a> 1680</li></ul>""",
     False, None, None, "marketplace list page", shell_youke)

page("/tcbb/post/5877.html", "叉车证 电工证 焊工证 快速报名",
     f"""<h1>叉车证 电工证 焊工证 快速报名</h1>
<div class="meta">安达技能 · 白云区</div>
<div class="content"><p>叉车 850 电工 1200 焊工 1300,随到随学</p>
<p>电话 {i("phone", "+8613580462217", "13580462217")}</p></div>""",
     False, None, "安达技能", "other occupations on the same classifieds site (not an AI-trainer offer)", shell_tcbb)

page("/tcbb/index.html", "职业技能培训信息",
     """<h1>职业技能培训</h1><ul>
<li><a href="/tcbb/post/5521.html">杭州 AI训练师证 考证培训 包报名</a></li>
<li><a href="/tcbb/post/5630.html">AI训练师 数据标注 五级四级考证 深圳</a></li>
<li><a href="/tcbb/post/5702.html">成都 AI训练师证报考 三级 可补贴</a></li>
<li><a href="/tcbb/post/5810.html">广州 人工智能训练师三级 线下班</a></li>
<li><a href="/tcbb/post/5877.html">叉车证 电工证 焊工证 快速报名</a></li></ul>""",
     False, None, None, "classifieds list page", shell_tcbb)

page("/wenda/index.html", "热门问题",
     """<h1>考证话题 · 热门问题</h1><ul>
<li><a href="/wenda/q/1021.html">人工智能训练师证书在哪里报名比较靠谱?</a></li>
<li><a href="/wenda/q/1088.html">人工智能训练师二级能直接考吗?</a></li>
<li><a href="/wenda/q/1130.html">人工智能训练师证书能落户积分吗</a></li>
<li><a href="/wenda/q/1175.html">人工智能训练师证书含金量高吗?</a></li></ul>""",
     False, None, None, "Q&A list page", shell_wenda)

page("/bbs/index.html", "考证交流区",
     """<h1>考证交流区</h1><table>
<tr><td><a href="/bbs/thread-301.html">【求助】有人考过AI训练师吗?有个机构让先交钱</a></td><td>4 回复</td></tr>
<tr><td><a href="/bbs/thread-322.html">成都有没有靠谱的人工智能训练师培训?</a></td><td>3 回复</td></tr>
<tr><td><a href="/bbs/thread-340.html">绍兴柯桥有考人工智能训练师的吗</a></td><td>2 回复</td></tr></table>""",
     False, None, None, "forum board list", shell_bbs)

page("/index.html", "职证导航网 - 职业技能证书信息导航",
     """<h1>职业技能证书信息导航</h1>
<h2>频道</h2><ul>
<li><a href="/news/index.html">资讯</a></li><li><a href="/youke/index.html">优课集市 · 考证</a></li>
<li><a href="/tcbb/index.html">同城帮帮 · 培训信息</a></li><li><a href="/wenda/index.html">问答之家</a></li>
<li><a href="/bbs/index.html">职圈论坛</a></li><li><a href="/zhaopin/index.html">聘好网 · 职位</a></li></ul>
<h2>网友分享</h2><ul>
<li><a href="/weiyan/u/qiyuan-ai.html">微言 @启元数智AI训练营</a></li>
<li><a href="/weiyan/u/boyan-zhipei.html">微言 @博研职培</a></li>
<li><a href="/weiyan/u/zhitongtianxia.html">微言 @职通天下官方</a></li>
<li><a href="/lishu/note/a1f3.html">栗书:考AI训练师踩坑记录</a></li>
<li><a href="/lishu/note/b7c2.html">栗书:南京考AI训练师</a></li>
<li><a href="/lishu/note/c3d9.html">栗书:上海积分</a></li>
<li><a href="/qun/board-12.html">深圳AI数据标注交流群</a></li>
<li><a href="/qun/board-19.html">AI训练师考证互助群</a></li>
<li><a href="/mp/s/hzh-ait.html">小程序:华职汇</a></li>
<li><a href="/mp/s/zpyx-3in1.html">小程序:智培优选</a></li>
<li><a href="/form/f/lingxi-2026.html">报名表:灵犀人才</a></li>
<li><a href="/form/f/xingtu-signup.html">报名表:星途教育</a></li></ul>
<h2>机构网站</h2><ul>
<li><a href="/sites/muchen/index.html">沐辰职业培训</a></li><li><a href="/sites/qiyuan/index.html">启元数智</a></li>
<li><a href="/sites/biaodian/index.html">标点智能</a></li><li><a href="/sites/boyan/price.html">博研教育(广州)</a></li>
<li><a href="/sites/lanjing/index.html">蓝鲸职业技能</a></li><li><a href="/sites/zkzp/index.html">中科智培</a></li>
<li><a href="/sites/hengyuan/index.html">恒远职业教育</a></li><li><a href="/sites/boyanjy-nj/index.html">博研教育(南京)</a></li></ul>""" + d("brand_boyan", ""),
     False, None, None, "portal home page linking every section", shell_portal)

# =================================================================== operators truth
OPS = [
    ("U01", ["智训未来教育", "未来智训", "沐辰职业培训"],
     "/youke/shop/zxwl-ai.html -wechat- /tcbb/post/5521.html -qq- /wenda/q/1021.html -email- /sites/muchen/index.html"),
    ("U02", ["启元数智", "启元AI学院"],
     "/sites/qiyuan/index.html -uscc- /zhaopin/job/7711.html -phone- /weiyan/u/qiyuan-ai.html -other- /lishu/note/a1f3.html"),
    ("U03", ["华职汇", "灵犀人才", "恒诚教育"],
     "/mp/s/hzh-ait.html -phone- /form/f/lingxi-2026.html -qq_group- /bbs/thread-301.html"),
    ("U04", ["标点智能", "数标工坊"],
     "/sites/biaodian/blog/annotation-cert.html -domain- /youke/shop/biaodian.html -wechat- /qun/board-12.html -phone- /tcbb/post/5630.html"),
    ("U05", ["博研教育", "智码学堂", "博研职培"],
     "/sites/boyan/price.html -email- /wenda/q/1088.html -wechat- /weiyan/u/boyan-zhipei.html"),
    ("U06", ["蓝鲸职业技能", "鲸学堂"],
     "/zhaopin/job/7730.html -uscc- /sites/lanjing/index.html -qq- /lishu/note/b7c2.html"),
    ("U07", ["优才智联", "星途教育", "点睛培训"],
     "/tcbb/post/5702.html -phone- /form/f/xingtu-signup.html -email- /bbs/thread-322.html"),
    ("U08", ["中科智培", "智培优选"],
     "/sites/zkzp/index.html -domain- /mp/s/zpyx-3in1.html -qq_group- /qun/board-19.html"),
    ("U09", ["职通天下", "天下职通", "匠心教育"],
     "/weiyan/u/zhitongtianxia.html -wechat- /lishu/note/c3d9.html -phone- /wenda/q/1130.html -uscc- /zhaopin/job/7795.html"),
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    for p in PAGES:
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(p["html"])
        for k in p["decoys"]:
            DECOY_DEFS[k]["paths"].append(p["path"])
    truth = {
        "description": ("Sealed labeled web (operators-2026-12s): Chinese ads for 人工智能训练师 "
                        "(4-04-05-05) certificate courses across marketplaces, classifieds, Q&A, forum, "
                        "microblog, notes app, chat-group boards, recruitment, mini-program shares, "
                        "sign-up forms and sellers' own sites. 9 operators with 2-3 brands each, chained "
                        "by shared seller identifiers; independents share nothing; decoys list shared "
                        "non-seller identifiers. Page identifiers list only the page author's own "
                        "contacts (never decoys). All data invented."),
        "pages": [{"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"],
                   "provider": p["provider"], "identifiers": p["identifiers"], "note": p["note"]}
                  for p in PAGES],
        "operators": [[oid, {"brands": b, "ties": t}] for oid, b, t in OPS],
        "decoys": [{"kind": v["kind"], "value": v["value"], "paths": sorted(v["paths"])}
                   for v in DECOY_DEFS.values() if v["paths"]],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(PAGES), "offers", sum(p["is_offer"] for p in PAGES))


if __name__ == "__main__":
    main()
