#!/usr/bin/env python3
"""Generate the sealed operators web 'operators-2026-12n': site/ and truth.json (stdlib only)."""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(prefix8, org8):
    """Build an 18-char USCC with valid GB 11714 and GB 32100 check characters."""
    def val(c):
        return int(c) if c.isdigit() else ord(c) - 55
    s = sum(val(c) * w for c, w in zip(org8, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = prefix8 + org8 + oc
    t = sum(ALPHA.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - t % 31
    return body + ALPHA[0 if r == 31 else r]


U_HUAYU = uscc("91330106", "MA2H7K3C")
U_BOYA = uscc("52440304", "MJL50931")
U_PDD = uscc("91310115", "MA1K4B8N")
U_ALLI = uscc("51330000", "MJ9A2203")
U_LVYUAN = uscc("92320102", "MA1XR5Q4")

PAGES = {}   # path -> (title, html)
TRUTH = []   # page entries


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def add(path, title, body, css="", offer=False, op=None, provider=None, ids=(), note=""):
    html = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{title}</title><style>{css}</style></head>\n<body>\n{body}\n</body></html>\n")
    PAGES[path] = html
    TRUTH.append({"path": path, "is_offer": offer, "operator": op, "provider": provider,
                  "identifiers": [list(x) for x in ids], "note": note})


# ---------------- shared decoy snippets ----------------
BUILDER = '<p class="credit">网站建设：易建站 www.yijianzhan.net · 建站热线 400-115-8899</p>'
SCAM_NOTE = ('<div class="fraud">【防骗提醒】近期有人冒用培训机构名义，用手机号 171-2233-9087 '
             '添加学员收取“加急出证费”，与本机构无关。证书真伪请到 osta.org.cn 查询，或拨打 12333 咨询。</div>')
FORM = ('<form class="sign"><input placeholder="请输入手机号，如 138 0013 8000"> '
        '<input placeholder="邮箱（选填）name@example.com"> <button>免费领取资料</button></form>')

# =============== platform: 拼拼乐 group-buy mall (/pdd/) ===============
PDD_CSS = ("body{margin:0;font-family:sans-serif;background:#f5f5f5}.top{background:#e02e24;color:#fff;padding:8px}"
           ".g{background:#fff;margin:8px;padding:10px}.price{color:#e02e24;font-size:22px}"
           ".pin{background:#e02e24;color:#fff;padding:6px 18px;border-radius:20px}.ft{font-size:12px;color:#999;padding:10px}")
PDD_FOOT = (f'<div class="ft">拼拼乐 官方客服热线 400-820-5566 · kefu@pinpinmall.com · 平台运营：上海拼拼乐信息技术有限公司 '
            f'统一社会信用代码 {U_PDD}<br>交易资金由平台担保，收款方：上海拼拼乐信息技术有限公司（担保交易）</div>')


def pdd(path, title, inner, **kw):
    body = (f'<div class="top">拼拼乐 | 百亿补贴 · 职业教育频道 <a href="/pdd/index.html" style="color:#fff">返回频道</a></div>'
            f'{inner}{PDD_FOOT}')
    add(path, title, body, PDD_CSS, **kw)


# =============== forum: 栗子社区 (/bbs/) ===============
BBS_CSS = ("body{font:14px Tahoma,sans-serif;background:#e8e3d6}.hd{background:#3b2f21;color:#f0d9a0;padding:6px}"
           ".post{background:#f8f4ea;border:1px solid #cbbf9e;margin:6px;padding:8px}.au{color:#8a5a00;font-weight:bold}"
           ".sig{border-top:1px dashed #bbb;color:#777;font-size:12px;margin-top:8px}.ft{color:#777;font-size:12px;padding:8px}")
BBS_FOOT = '<div class="ft">栗子社区 © 2014-2026 · 违规内容举报：report@lizibbs.com · 站务电话 021-5466 0101</div>'


def bbs(path, title, posts, **kw):
    inner = "".join(f'<div class="post"><span class="au">{a}</span> <small>{t}</small><div>{c}</div></div>'
                    for a, t, c in posts)
    body = (f'<div class="hd">栗子社区 › 职场与考证 › <a href="/bbs/index.html" style="color:#f0d9a0">考证交流版</a></div>'
            f'<h2>{title}</h2>{inner}{BBS_FOOT}')
    add(path, title, body, BBS_CSS, **kw)


# =============== classifieds: 同城汇 (/58/) ===============
C58_CSS = ("body{font-family:sans-serif;margin:0}.nav{background:#ff552e;color:#fff;padding:8px}.tag{border:1px solid #ff552e;"
           "color:#ff552e;padding:0 4px;font-size:12px}.box{padding:12px;max-width:760px}.tel{font-size:20px;color:#ff552e}"
           ".tip{background:#fff7e6;font-size:12px;padding:8px;color:#a66}")
C58_FOOT = ('<div class="tip">同城汇提醒：涉及收费的培训请核实资质，任何要求先交“押金/报名费”的均需谨慎。'
            '平台客服 400-600-5858（仅处理账号与举报，不提供商家联系方式）</div>')


def c58(path, title, kind, inner, **kw):
    body = (f'<div class="nav">同城汇 · 杭州 › 教育培训 › 职业技能培训 <a href="/58/index.html" style="color:#fff">列表</a></div>'
            f'<div class="box"><h1><span class="tag">{kind}</span> {title}</h1>{inner}</div>{C58_FOOT}')
    add(path, title, body, C58_CSS, **kw)


# =============== video: 视频号-like (/channels/) ===============
CH_CSS = ("body{background:#111;color:#eee;font-family:sans-serif}.v{width:360px;height:200px;background:#333;margin:10px;"
          "display:flex;align-items:center;justify-content:center}.desc{margin:10px}.cm{border-top:1px solid #333;padding:6px 10px;font-size:13px}")
CH_FOOT = '<p style="font-size:11px;color:#777;margin:10px">视频号小店交易由平台保障 · 腾讯客服 95017</p>'


def chan(path, title, acct, desc, comments, **kw):
    cm = "".join(f'<div class="cm"><b>{a}</b>：{t}</div>' for a, t in comments)
    body = (f'<div style="margin:10px"><a href="/channels/index.html" style="color:#6cf">‹ 视频号</a> · <b>{acct}</b></div>'
            f'<div class="v">▶ {title}</div><div class="desc">{desc}</div><h4 style="margin:10px">评论</h4>{cm}{CH_FOOT}')
    add(path, title, body, CH_CSS, **kw)


# =============== jobs: 工作吧 (/jobs/) ===============
JOB_CSS = ("body{font-family:'Microsoft YaHei',sans-serif;background:#f4f6f9}.card{background:#fff;margin:12px;padding:14px;border-radius:6px}"
           ".sal{color:#fe574a;font-size:20px}.hr{color:#555}.ft{font-size:12px;color:#888;margin:12px}")
JOB_FOOT = '<div class="ft">工作吧提示：招聘方以任何名义收取培训费、押金均属违规，可举报至 jubao@gongzuoba.com 或拨打 010-8888 6655</div>'


def job(path, title, inner, **kw):
    body = (f'<div class="card"><a href="/jobs/index.html">工作吧</a> › 职位详情<h2>{title}</h2>{inner}</div>{JOB_FOOT}')
    add(path, title, body, JOB_CSS, **kw)


# =============== course platform: 腾学课堂 (/ketang/) ===============
KT_CSS = ("body{font-family:sans-serif;margin:0}.bar{background:#1d6fe0;color:#fff;padding:10px}.c{display:flex}.main{flex:3;padding:14px}"
          ".side{flex:1;background:#f2f6fc;padding:14px;font-size:13px}.buy{background:#ff7a00;color:#fff;padding:6px 20px}")
KT_FOOT = ('<div style="font-size:12px;color:#888;padding:10px;border-top:1px solid #ddd">腾学课堂 · 课程由入驻机构提供，平台仅提供技术服务。'
           '平台客服QQ 800088123 · 客服电话 400-680-3210 · 支付由平台代收</div>')


def kt(path, title, inner, side, **kw):
    body = (f'<div class="bar">腾学课堂 <a href="/ketang/index.html" style="color:#fff">全部课程</a></div>'
            f'<div class="c"><div class="main"><h2>{title}</h2>{inner}</div><div class="side">{side}</div></div>{KT_FOOT}')
    add(path, title, body, KT_CSS, **kw)


# =============== alliance (/alliance/) ===============
AL_CSS = ("body{font-family:SimSun,serif;background:#fffdf5}.hd{background:#8b0000;color:#ffd;padding:12px;font-size:20px}"
          ".w{max-width:820px;margin:auto;padding:10px}.ft{background:#eee;font-size:12px;padding:8px;text-align:center}")
AL_FOOT = (f'<div class="ft">浙江省职业技能培训机构发展联盟秘书处 · 电话 0571-8796 2200 · 统一社会信用代码 {U_ALLI}<br>'
           '本联盟不组织考试、不颁发证书，成员单位信息由其自行提供</div>')


def al(path, title, inner, **kw):
    body = (f'<div class="hd">浙江省职业技能培训机构发展联盟</div><div class="w"><a href="/alliance/index.html">首页</a>'
            f'<h2>{title}</h2>{inner}</div>{AL_FOOT}')
    add(path, title, body, AL_CSS, **kw)


# =============== news feed: 今日快讯 (/news/) ===============
NEWS_CSS = ("body{font-family:sans-serif;max-width:680px;margin:auto}.src{color:#888;font-size:13px}.cmt{border-top:1px solid #eee;padding:8px 0}"
            ".cmt b{color:#406599}.like{color:#aaa;font-size:12px}")


def news(path, title, src, article, comments, **kw):
    cm = "".join(f'<div class="cmt"><b>{a}</b> <span class="like">{l}赞</span><div>{t}</div></div>' for a, l, t in comments)
    body = (f'<p><a href="/news/index.html">今日快讯</a> › 推荐</p><h1>{title}</h1><p class="src">{src}</p>{article}'
            f'<h3>评论 {len(comments)}</h3>{cm}<p class="src">今日快讯 · 用户评论仅代表其个人观点</p>')
    add(path, title, body, NEWS_CSS, **kw)


# ======================================================================
# U01 智途教育 / 智途AI学院
# ======================================================================
pdd("/pdd/goods-88213.html", "人工智能训练师四级考证班 拼单价",
    '<div class="g"><h2>【智途AI学院】人工智能训练师（数据标注员）四级/三级 网课+题库+报名指导</h2>'
    '<p class="price">拼单价 ¥1280 <s>¥2680</s></p><p>已拼 2.3万件 · 2人成团</p>'
    '<p>店铺：智途AI学院官方旗舰店 · 拍下后请加班主任 VX：zhitu_ai01 备注订单号，拉你进学员群</p>'
    '<p>售后/报考问题也可联系店铺客服QQ 2850113746（工作日9:00-18:00）</p>'
    '<p>订单号示例：250311138260017745（请勿泄露给陌生人）</p><span class="pin">发起拼单</span></div>',
    offer=True, op="U01", provider="智途AI学院",
    ids=[("wechat", "zhitu_ai01", "zhitu_ai01"), ("qq", "2850113746", "2850113746")],
    note="group-buy shop listing; WeChat in item text, shop QQ")

bbs("/bbs/thread-1002.html", "求问：人工智能训练师证到底去哪考？自学能过吗",
    [("阿鸿不想加班", "2026-03-02 21:14", "公司说有这个证能转岗，网上一堆机构价格从几百到几千，求靠谱的路子。"),
     ("路过的猫", "2026-03-02 21:40", "先去 osta.org.cn 看看你所在省哪些机构有备案，别信“包过”。"),
     ("智途-小林老师", "2026-03-03 09:05",
      "楼主可以了解下我们智途教育的四级班，线上学+线下考，费用1280含教材和模拟题，两个月一期。"
      '有问题直接Q我：<a href="tencent://message/?uin=2850113746&amp;Site=bbs&amp;Menu=yes">点击QQ交谈</a>，'
      "或者扣扣 285O113746（O是零）。"),
     ("阿鸿不想加班", "2026-03-03 10:22", "谢谢，我先自己查查备案。")],
    offer=True, op="U01", provider="智途教育",
    ids=[("qq", "2850113746", "tencent://message/?uin=2850113746")],
    note="forum Q&A, a seller reply; QQ via tencent:// link and O-for-0 spelling")

add("/zhitu/course.html", "智途教育 - 人工智能训练师培训",
    '<header style="background:#0b3d91;color:#fff;padding:20px"><h1>智途教育 ZHITU EDU</h1><p>让每个人都能拿到AI时代的入场券</p></header>'
    '<main style="padding:20px"><h2>人工智能训练师（四级/三级）精品班</h2><ul><li>四级：1280元/人</li><li>三级：1880元/人（需满足申报条件）</li>'
    '<li>企业团报另议</li></ul><p>报名咨询：139 1186 2047（微信同号）</p><p>班主任微信：zhitu_ai01</p>'
    f'{FORM}</main><footer style="background:#eee;padding:10px;font-size:12px">智途教育 · www.zhituedu.cn · 沪ICP备2023018831号{BUILDER}</footer>',
    "body{margin:0;font-family:sans-serif}.credit{color:#999}",
    offer=True, op="U01", provider="智途教育",
    ids=[("phone", "+8613911862047", "139 1186 2047"), ("wechat", "13911862047", "微信同号"),
         ("wechat", "zhitu_ai01", "zhitu_ai01"), ("domain", "zhituedu.cn", "www.zhituedu.cn")],
    note="seller's own site; phone with 微信同号, WeChat id, domain in footer")

# ======================================================================
# U02 华禹职培 / 禹学堂 / 新程人才
# ======================================================================
c58("/58/post-51873.html", "人工智能训练师 数据标注 考证培训 正规报名", "商家",
    '<p>华禹职培（杭州）长期招生：人工智能训练师五级/四级，零基础可学，周末班。</p><p>学费：五级 980，四级 1480，可开发票。</p>'
    '<p>联系人：王老师</p><p class="tel">186-2117-4409</p><p>地址：杭州市西湖区文三路 XX 号</p>',
    offer=True, op="U02", provider="华禹职培",
    ids=[("phone", "+8618621174409", "186-2117-4409")],
    note="classifieds 商家 post; phone with dashes")

kt("/ketang/course-13602251188.html", "禹学堂｜人工智能训练师四级认证全程班",
   '<p>机构：禹学堂（华禹职培线上品牌）</p><p>课程ID：13602251188 · 已报名 1,204 人</p>'
   '<p>¥1480 <span class="buy">立即报名</span></p><p>课程包含：数据采集与处理、数据标注、智能系统运维 共48课时。</p>',
   '<h4>机构信息</h4><p>禹学堂</p><p>咨询电话：+86 186 2117 4409</p><p>资料索取：yuxuetang#163.com（#换成@）</p>',
   offer=True, op="U02", provider="禹学堂",
   ids=[("phone", "+8618621174409", "+86 186 2117 4409"), ("email", "yuxuetang@163.com", "yuxuetang#163.com")],
   note="course platform institution page; +86 phone, obfuscated e-mail; course ID looks like a phone")

add("/huayu/index.html", "华禹职业培训 - 首页",
    '<div style="padding:20px;font-family:serif"><h1>华禹职培</h1><p>华禹职培成立于2016年，专注职业技能提升与企业内训。</p>'
    '<p><a href="/huayu/peixun.html">培训项目</a> · 关于我们 · 联系方式</p></div>'
    f'<footer style="font-size:12px;color:#888;padding:10px">{BUILDER}</footer>', ".credit{color:#aaa}",
    note="seller homepage without an offer or contacts; builder credit")

add("/huayu/peixun.html", "华禹职培 - 人工智能训练师",
    '<div style="padding:20px;font-family:serif"><h1>人工智能训练师 培训项目</h1><p>五级 980 元 / 四级 1480 元，含报名服务费。</p>'
    '<p>报名邮箱：yuxuetang@163.com （邮件请注明姓名+级别）</p>'
    f'<p>主办单位：杭州华禹职业技能培训有限公司 统一社会信用代码：{U_HUAYU}</p></div>',
    offer=True, op="U02", provider="华禹职培",
    ids=[("email", "yuxuetang@163.com", "yuxuetang@163.com"), ("uscc", U_HUAYU, U_HUAYU)],
    note="seller's own page; e-mail and USCC")

job("/jobs/job-7712.html", "AI数据标注员（可带证上岗）",
    '<p class="sal">6-9K·13薪</p><p>新程人才 · 杭州 · 经验不限 · 学历不限</p><p>岗位要求：需持有人工智能训练师证书，无证者可参加公司组织的岗前培训考证（培训费1480元，'
    '入职满3个月报销一半）。</p>'
    f'<p class="hr">招聘企业：杭州华禹职业技能培训有限公司（新程人才）<br>营业执照信息：统一社会信用代码 {U_HUAYU}</p>',
    offer=True, op="U02", provider="新程人才",
    ids=[("uscc", U_HUAYU, U_HUAYU)],
    note="job post that is paid training; USCC in licence info")

# ======================================================================
# U03 蓝鲸数智 / 鲸创培训
# ======================================================================
chan("/channels/v-90231.html", "3分钟看懂人工智能训练师证怎么考", "蓝鲸数智AI",
     '零基础也能学！人工智能训练师四级直通班 限时 ¥1680，想了解的朋友私信或加 177 2045 8831（微信同号）#人工智能训练师 #考证',
     [("小鱼", "四级要多久"), ("蓝鲸数智AI", "两个月左右，详细加上面微信聊")],
     offer=True, op="U03", provider="蓝鲸数智",
     ids=[("phone", "+8617720458831", "177 2045 8831"), ("wechat", "17720458831", "微信同号")],
     note="short-video page; phone with 微信同号 in description")

add("/baike/rgzn-xunlianshi.html", "人工智能训练师 - 百科",
    '<div style="display:flex;font-family:sans-serif"><div style="flex:3;padding:14px"><h1>人工智能训练师</h1>'
    '<p>人工智能训练师是2020年2月人社部等部门发布的新职业之一，职业编码4-04-05-05，下设数据标注员、人工智能算法测试员两个工种。</p>'
    '<h3>职业等级</h3><p>共设五个等级：五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师。</p>'
    '<h3>证书查询</h3><p>职业技能等级证书可在 osta.org.cn 技能人才评价证书全国联网查询。证书编号示例：S000033010001235000127。</p>'
    '<p>如有政策疑问可拨打人社服务热线12333。</p></div>'
    '<div style="flex:1;border:1px solid #ddd;padding:10px;font-size:13px"><small>广告</small><h4>鲸创培训·AI训练师考证</h4>'
    '<p>四级/三级 报名中 ¥1680起</p><p>热线 17720458831</p><p>学员交流QQ群：738216455</p></div></div>'
    '<p style="font-size:12px;color:#888"><a href="/baike/index.html">百科首页</a> · 本词条由网友共同编辑</p>',
    "body{margin:0}", offer=True, op="U03", provider="鲸创培训",
    ids=[("phone", "+8617720458831", "17720458831"), ("qq_group", "738216455", "738216455")],
    note="wiki page whose ad box sells; phone and QQ group in the ad box")

al("/alliance/member-jingchuang.html", "成员单位风采：鲸创培训",
   '<p>鲸创培训（蓝鲸数智旗下）是联盟理事单位，开设人工智能训练师、数据标注员等课程。</p>'
   '<p>2026年春季班招生：四级 1680 元，三级 2380 元。</p><p>咨询QQ群：738 216 455 · 官网 ljszedu.com</p>',
   offer=True, op="U03", provider="鲸创培训",
   ids=[("qq_group", "738216455", "738 216 455"), ("domain", "ljszedu.com", "ljszedu.com")],
   note="alliance member profile; spaced QQ group, domain")

# ======================================================================
# U04 启航AI训练营 / 启航教育
# ======================================================================
news("/news/a-20260311.html", "AI训练师成“香饽饽”？记者调查考证市场", "今日快讯 · 钱塘观察 2026-03-11",
     '<p>记者走访发现，不少机构宣称“零基础包过”，但相关证书需由经备案的评价机构颁发。市民可通过12333热线核实。</p>'
     '<p>有市民反映，曾有人用手机号 171-2233-9087 自称“人社局工作人员”收取“加急费”。</p>',
     [("数据民工", 32, "我同事花三千多拿了个不知道哪里的证，查不到。"),
      ("启航AI训练营-周老师", 5, "正规的都是可以查的，我们启航四级班1580，有需要的加v信：qh-ai-2024 了解下~"),
      ("吃瓜群众", 12, "评论区就开始打广告了")],
     offer=True, op="U04", provider="启航AI训练营",
     ids=[("wechat", "qh-ai-2024", "qh-ai-2024")],
     note="news article; a seller comment with v信 id; scam number quoted in article")

bbs("/bbs/thread-1003.html", "【招生】启航教育 人工智能训练师四级/三级 春季班",
    [("启航教育官方", "2026-02-20 10:00",
      "开课时间：3月15日；费用：四级1580 / 三级2280；上课方式：直播+录播。<br>报名加微信 QH-AI-2024，或发邮件 qihang_px@126.com"),
     ("我要上岸", "2026-02-20 12:31", "三级要什么条件？"),
     ("启航教育官方", "2026-02-20 13:02", "需要四级证满5年或者相关大专学历，具体可私聊")],
    offer=True, op="U04", provider="启航教育",
    ids=[("wechat", "qh-ai-2024", "QH-AI-2024"), ("email", "qihang_px@126.com", "qihang_px@126.com")],
    note="forum ad thread; upper-case WeChat id, e-mail")

add("/qihang/index.html", "启航教育 | 人工智能训练师认证培训",
    '<nav style="background:#222;color:#ff0;padding:10px">启航教育 · AI训练营</nav><section style="padding:20px">'
    '<h2>四级 ¥1580 · 三级 ¥2280</h2><p>报名热线：400-877-6120</p><p>合作邮箱：QIHANG_PX(at)126.com</p>'
    f'{FORM}</section>', "body{margin:0;font-family:sans-serif}",
    offer=True, op="U04", provider="启航教育",
    ids=[("phone", "+864008776120", "400-877-6120"), ("email", "qihang_px@126.com", "QIHANG_PX(at)126.com")],
    note="seller site; own 400 number and (at)-obfuscated e-mail")

# ======================================================================
# U05 中科智培 / 国培智联
# ======================================================================
add("/zkzp/index.html", "中科智培 - 人工智能训练师",
    '<div style="font-family:serif;padding:20px;border-top:6px solid #004d40"><h1>中科智培</h1><p>人工智能训练师 四级 1880 / 三级 2680 / 二级 4800</p>'
    '<p>北京总部：010-6258 7713</p><p>官网：https://www.zkzpedu.com</p>'
    f'{SCAM_NOTE}</div>', ".fraud{background:#fee;padding:8px;font-size:12px}",
    offer=True, op="U05", provider="中科智培",
    ids=[("phone", "+861062587713", "010-6258 7713"), ("domain", "zkzpedu.com", "https://www.zkzpedu.com")],
    note="seller site; landline, domain; anti-fraud note quoting scam number")

kt("/ketang/org-zkzp.html", "中科智培｜AI训练师三级进阶班",
   '<p>¥2680 <span class="buy">购买</span></p><p>适合已取得四级证书的学员，课时40。</p>',
   '<h4>机构：中科智培</h4><p>联系电话 (010) 62587713</p><p>机构QQ：3417702265</p>',
   offer=True, op="U05", provider="中科智培",
   ids=[("phone", "+861062587713", "(010) 62587713"), ("qq", "3417702265", "3417702265")],
   note="course platform institution page; landline in brackets, QQ")

pdd("/pdd/goods-90517.html", "国培智联 人工智能训练师证书 报名",
    '<div class="g"><h2>【国培智联】人工智能训练师 四级报名+培训 全国可报</h2><p class="price">¥1880</p>'
    '<p><img src="data:," alt="客服QQ：3417702265"> 客服QQ见图</p>'
    '<p>发票抬头：北京国培智联科技有限公司</p><span class="pin">单独购买</span></div>',
    offer=True, op="U05", provider="国培智联",
    ids=[("qq", "3417702265", "客服QQ：3417702265"), ("other", "北京国培智联科技有限公司", "北京国培智联科技有限公司")],
    note="group-buy listing; QQ only in image alt text; invoice company")

c58("/58/post-52290.html", "国培智联 AI训练师 周末班 对公转账可开票", "商家",
    '<p>人工智能训练师四级 1880，对公转账：户名 北京国培智联科技有限公司，开户行 招商银行北京中关村支行。</p>'
    '<p>在线咨询请点页面“发消息”。</p>',
    offer=True, op="U05", provider="国培智联",
    ids=[("other", "北京国培智联科技有限公司", "北京国培智联科技有限公司")],
    note="classifieds; only payee company name")

# ======================================================================
# U06 千帆学苑 / 帆远教育
# ======================================================================
job("/jobs/job-8031.html", "储备讲师/助教（人工智能方向）",
    '<p class="sal">5-8K</p><p>帆远教育 · 武汉 · 应届可投</p><p>入职前需参加人工智能训练师四级培训（费用1280元自理，考取证书后转正）。</p>'
    f'<p class="hr">联系人：刘女士 电话：{fw("15827730916")}</p>',
    offer=True, op="U06", provider="帆远教育",
    ids=[("phone", "+8615827730916", fw("15827730916"))],
    note="job post that requires paid training; full-width digits")

chan("/channels/v-90417.html", "数据标注员一天在做什么？", "千帆学苑",
     '千帆学苑人工智能训练师四级班 1280 元，武汉/线上均可。咨询 158 2773 0916 · 微信 fanyuan_edu',
     [("Lucy", "线上能考吗"), ("千帆学苑", "可以的，私信或加微信")],
     offer=True, op="U06", provider="千帆学苑",
     ids=[("phone", "+8615827730916", "158 2773 0916"), ("wechat", "fanyuan_edu", "fanyuan_edu")],
     note="short-video page; phone and WeChat")

add("/qianfan/index.html", "千帆学苑 · 帆远教育",
    '<div style="background:linear-gradient(#fff,#e0f7fa);padding:24px;font-family:sans-serif"><h1>千帆学苑</h1>'
    '<p>AI训练师四级 1280 元 / 三级 1980 元 · 小班教学</p>'
    '<div style="position:fixed;right:10px;bottom:10px;background:#07c160;color:#fff;padding:8px">加微信咨询：FanYuan_Edu</div>'
    f'{FORM}{BUILDER}</div>', ".credit{font-size:12px;color:#999}",
    offer=True, op="U06", provider="千帆学苑",
    ids=[("wechat", "fanyuan_edu", "FanYuan_Edu")],
    note="seller site; WeChat in floating widget; builder credit")

# ======================================================================
# U07 博雅职业培训学校 / 博雅云课
# ======================================================================
add("/boya/index.html", "深圳市南山区博雅职业培训学校",
    '<table width="100%" style="font-family:SimSun"><tr><td style="background:#556b2f;color:#fff;padding:10px">博雅职业培训学校</td></tr>'
    '<tr><td style="padding:10px">人工智能训练师 四级/三级 政府补贴性培训，符合条件学员可申领补贴。自费价：四级 1600 元。<br>'
    '咨询电话：0755-8321 6640<br>'
    f'办学许可：民办非企业单位 统一社会信用代码 {U_BOYA}</td></tr></table>{FORM}',
    "", offer=True, op="U07", provider="博雅职业培训学校",
    ids=[("phone", "+8675583216640", "0755-8321 6640"), ("uscc", U_BOYA, U_BOYA)],
    note="school's own site; landline, USCC")

kt("/ketang/org-boya.html", "博雅云课｜人工智能训练师四级（深圳可申补贴）",
   '<p>¥1600 <span class="buy">报名</span></p><p>线上理论+深圳线下实操。</p>',
   f'<h4>博雅云课</h4><p>办学主体统一社会信用代码：{U_BOYA}</p><p>班主任微信：boyayunke</p>',
   offer=True, op="U07", provider="博雅云课",
   ids=[("uscc", U_BOYA, U_BOYA), ("wechat", "boyayunke", "boyayunke")],
   note="course platform page; USCC and WeChat in sidebar")

bbs("/bbs/thread-1006.html", "深圳有补贴的AI训练师培训吗？",
    [("南山码农", "2026-01-08 20:10", "听说深圳考四级可以申请技能提升补贴，哪家靠谱？"),
     ("bycloud", "2026-01-09 08:33", "博雅云课这边可以，四级1600，符合条件能申补贴，加v boyayunke 发你资料"),
     ("南山码农", "2026-01-09 09:00", "补贴是要交满一年失业保险吧？"),
     ("路人甲", "2026-01-09 09:40", "对，具体问12333")],
    offer=True, op="U07", provider="博雅云课",
    ids=[("wechat", "boyayunke", "boyayunke")],
    note="forum reply that sells; 加v WeChat")

# ======================================================================
# U08 天宇人才 / 宇辰教育 / 天宇AI
# ======================================================================
c58("/58/post-53001.html", "转让名额！AI训练师四级班 个人转", "个人",
    '<p>本人报了天宇人才的AI训练师班，临时去外地，名额原价1680，1200转，可联系机构换名。</p>'
    '<p>电话 132 6611 8820（晚上打）</p>',
    offer=True, op="U08", provider="天宇人才",
    ids=[("phone", "+8613266118820", "132 6611 8820")],
    note="classifieds 个人 post that actually sells a course seat")

bbs("/bbs/thread-1007.html", "有没有一起考AI训练师的，组队",
    [("考证狂魔", "2026-04-01 19:20", "四级，杭州，有一起的吗"),
     ("宇辰教育小宇", "2026-04-01 22:15", "可以来宇辰教育一起上课，四级1680，三人同报每人减200。电话/微信：13266118820，QQ：1593302781"),
     ("考证狂魔", "2026-04-02 07:50", "我就想自学 -_-")],
    offer=True, op="U08", provider="宇辰教育",
    ids=[("phone", "+8613266118820", "13266118820"), ("wechat", "13266118820", "13266118820"),
         ("qq", "1593302781", "1593302781")],
    note="forum reply; phone/WeChat and QQ")

chan("/channels/v-90533.html", "AI训练师三级实操考什么？", "天宇AI",
     '天宇AI 三级冲刺班 2380 元，报名见主页。',
     [("阿K", "怎么联系"), ("天宇AI", "Q 1593 302 781 或官网 tianyuai.com.cn")],
     offer=True, op="U08", provider="天宇AI",
     ids=[("qq", "1593302781", "1593 302 781"), ("domain", "tianyuai.com.cn", "tianyuai.com.cn")],
     note="short-video page; seller's own reply gives spaced QQ and domain")

add("/tianyu/index.html", "天宇人才 · AI训练师",
    '<div style="font-family:sans-serif;padding:16px;background:#fafafa"><h1 style="color:#2b5">天宇人才</h1>'
    '<p>人工智能训练师：四级 1680 / 三级 2380</p><p>报名邮箱：hr[at]tianyuai[dot]com[dot]cn</p>'
    '<p>© 2026 www.tianyuai.com.cn</p>'
    f'{SCAM_NOTE}</div>', ".fraud{color:#a00;font-size:12px}",
    offer=True, op="U08", provider="天宇人才",
    ids=[("domain", "tianyuai.com.cn", "www.tianyuai.com.cn"), ("email", "hr@tianyuai.com.cn", "hr[at]tianyuai[dot]com[dot]cn")],
    note="seller site; domain in footer, obfuscated e-mail; copied anti-fraud note")

# ======================================================================
# U09 领航数据标注 / 星航教育
# ======================================================================
pdd("/pdd/goods-91102.html", "星航教育 数据标注员 人工智能训练师",
    '<div class="g"><h2>【星航教育】数据标注员/人工智能训练师五级 速成班</h2><p class="price">拼单价 ¥699</p>'
    '<p>拍下后添加老师微信 xh_ai_trainer 发送订单截图</p><span class="pin">去拼单</span></div>',
    offer=True, op="U09", provider="星航教育",
    ids=[("wechat", "xh_ai_trainer", "xh_ai_trainer")],
    note="group-buy listing; WeChat only")

job("/jobs/job-8190.html", "居家数据标注员（兼职日结）",
    '<p class="sal">150-300元/天</p><p>领航数据标注 · 全国远程</p><p>无经验者需先完成公司“人工智能训练师上岗认证”（699元，含证书），认证后派单。</p>'
    '<p class="hr">咨询：+86-130-5992-1478 / 微信 XH_AI_TRAINER</p>',
    offer=True, op="U09", provider="领航数据标注",
    ids=[("phone", "+8613059921478", "+86-130-5992-1478"), ("wechat", "xh_ai_trainer", "XH_AI_TRAINER")],
    note="part-time job post that is paid certification")

bbs("/bbs/thread-1004.html", "分享：做数据标注三个月的收入",
    [("领航阿杰", "2026-02-11 23:01",
      "三个月平均一天两百左右，主要是拉框和语音转写。新人建议先把人工智能训练师五级考了，接单单价高。"
      '<div class="sig">签名：领航数据标注 五级考证+派单 699 · 电话 130 5992 1478</div>'),
     ("夜猫子", "2026-02-12 00:12", "是你们派单吗？"),
     ("领航阿杰", "2026-02-12 08:40", "是的，看签名")],
    offer=True, op="U09", provider="领航数据标注",
    ids=[("phone", "+8613059921478", "130 5992 1478")],
    note="forum post selling through the signature")

# ======================================================================
# Independents
# ======================================================================
c58("/58/post-53122.html", "AI训练师四级 培训辅导 个人老师一对一", "个人",
    '<p>本人持三级证书，辅导四级理论+实操，800元/人，包教会（不包过）。</p><p>电话：15267093315</p>'
    '<p>（去年带的学员准考证号 2025330100145 已出成绩，可查看）</p>',
    offer=True, op="I01", provider="个人辅导",
    ids=[("phone", "+8615267093315", "15267093315")],
    note="independent individual tutor; admission-ticket number is not a contact")

kt("/ketang/org-shuzhi.html", "数智未来学院｜人工智能训练师五级入门",
   '<p>¥399 <span class="buy">报名</span></p><p>20课时，配套练习题库。</p>',
   '<h4>数智未来学院</h4><p>助教邮箱：szwl_edu@sina.com</p>',
   offer=True, op="I02", provider="数智未来学院",
   ids=[("email", "szwl_edu@sina.com", "szwl_edu@sina.com")],
   note="independent institution on the course platform")

pdd("/pdd/goods-92040.html", "人工智能训练师 题库+网课 三级",
    '<div class="g"><h2>【慧学优选】人工智能训练师三级 网课+历年题库</h2><p class="price">¥199</p>'
    '<p>店铺客服：请通过平台聊天联系，或致电 0571-8602 3317</p><span class="pin">发起拼单</span></div>',
    offer=True, op="I03", provider="慧学优选",
    ids=[("phone", "+8657186023317", "0571-8602 3317")],
    note="independent shop; landline")

bbs("/bbs/thread-1005.html", "AI训练师证书有用吗？真心求问",
    [("迷茫的小陈", "2026-03-20 14:00", "做客服的，想转数据标注，有必要考吗"),
     ("老K", "2026-03-20 15:12", "看公司，有些外包标注团队认。我这边有四级考前辅导，线上，690，需要的私信 QQ 3065521879"),
     ("迷茫的小陈", "2026-03-20 16:00", "好的谢谢")],
    offer=True, op="I04", provider="老K辅导",
    ids=[("qq", "3065521879", "3065521879")],
    note="independent seller in Q&A reply")

add("/lvyuan/index.html", "绿源职业技能 - 首页",
    '<div style="font-family:serif;padding:20px;color:#264"><h1>绿源职业技能</h1><p>育婴师、保育师、人工智能训练师等培训。</p>'
    f'<p><a href="/lvyuan/ai.html">人工智能训练师</a></p>{BUILDER}</div>', ".credit{font-size:12px}",
    note="seller homepage without offer; builder credit")

add("/lvyuan/ai.html", "绿源职业技能 - 人工智能训练师",
    '<div style="font-family:serif;padding:20px;color:#264"><h2>人工智能训练师（四级）</h2><p>学费 1380 元，南京线下班。</p>'
    '<p>咨询：025－8471 2096 · 邮箱 lvyuanpx@foxmail.com</p>'
    f'{FORM}{SCAM_NOTE}{BUILDER}</div>', ".credit{font-size:12px}.fraud{font-size:12px;color:#900}",
    offer=True, op="I05", provider="绿源职业技能",
    ids=[("phone", "+862584712096", "025－8471 2096"), ("email", "lvyuanpx@foxmail.com", "lvyuanpx@foxmail.com")],
    note="independent seller site; full-width dash landline; builder credit and anti-fraud note")

chan("/channels/v-90688.html", "AI训练师证，我是这样一次过的", "小麦学姐",
     '经验分享+我的学习资料包，需要的戳小店，资料包+冲刺课 ¥299。合作V：xiaomai_xuejie',
     [("木木", "已下单"), ("小麦学姐", "收到~")],
     offer=True, op="I06", provider="小麦学姐",
     ids=[("wechat", "xiaomai_xuejie", "xiaomai_xuejie")],
     note="independent creator selling a course pack")

job("/jobs/job-8302.html", "AI训练师（带薪培训）",
    '<p class="sal">4-6K</p><p>合肥星瀚信息 · 合肥</p><p>入职先参加四级培训，培训费 980 元从首月工资扣除。</p>'
    '<p class="hr">投递简历：xinghan_hr@163.com</p>',
    offer=True, op="I07", provider="合肥星瀚信息",
    ids=[("email", "xinghan_hr@163.com", "xinghan_hr@163.com")],
    note="independent job post charging a training fee")

# ======================================================================
# Non-offers
# ======================================================================
bbs("/bbs/thread-1001.html", "【曝光】又有人冒充人社局收“加急出证费”，大家注意",
    [("版主-青木", "2026-01-15 09:00",
      "有网友被号码 171-2233-9087 联系，说证书要“加急”才能入库，要交 800。还给了个查询网站 rszs-cx.com，是假的！"
      "证书只认 osta.org.cn 联网查询。有疑问打 12333 或 12345 投诉。"),
     ("不吃香菜", "2026-01-15 10:20", "我也接到过，QQ 2298760043 加我说能“内部查分”"),
     ("版主-青木", "2026-01-15 10:40", "已记录，大家转告")],
    note="warning thread; scam phone, fake query domain, scam QQ, public hotlines")

news("/news/a-20260402.html", "人社部门提醒：警惕“花钱买证”“加急入库”骗局", "今日快讯 · 政务播报 2026-04-02",
     '<p>近期，多地人社部门接到群众反映，有不法分子冒充工作人员，以“加急出证”“内部入库”为名收费。'
     '涉案号码包括 171-2233-9087 等。假冒查询网站 rszs-cx.com 已被关停。</p>'
     '<p>职业技能等级证书请登录 osta.org.cn 或 www.mohrss.gov.cn 查询；如遇诈骗请拨打110，政策咨询拨打 12333，投诉建议拨打 12345。</p>',
     [("老张", 40, "转发给家人了"), ("小李", 3, "骗子真多")],
     note="official warning news; scam number and fake site quoted; public hotlines")

news("/news/a-20260215.html", "新职业持续扩容 人工智能训练师需求旺盛", "今日快讯 · 科技频道 2026-02-15",
     '<p>人工智能训练师（4-04-05-05）于2020年纳入新职业，分五个等级。职业技能等级证书编号一般为22位，如 S000033010001235000127。</p>'
     '<p>符合条件的参保职工取得证书后，可按规定申领技能提升补贴，具体以当地人社部门为准（咨询电话12333）。</p>',
     [("阿飞", 8, "有用吗"), ("HR小姐姐", 21, "我们招标注员确实会优先")],
     note="neutral policy news; certificate number sample")

c58("/58/post-52011.html", "育婴师 保育员 培训 包推荐工作", "商家",
    '<p>育婴师五级培训 1200 元，结业推荐家政岗位。电话 13705718842</p>',
    note="ad for a different occupation (育婴师), not an AI-trainer offer")

kt("/ketang/course-py101.html", "零基础Python入门30讲",
   '<p>¥99 <span class="buy">购买</span></p><p>课程ID：13020250117 · Python语法、爬虫入门。</p>',
   '<h4>码上学</h4><p>机构客服请走平台消息</p>',
   note="unrelated programming course; phone-like course id")

add("/baike/shujubiaozhuyuan.html", "数据标注员 - 百科",
    '<div style="font-family:sans-serif;padding:14px"><h1>数据标注员</h1><p>数据标注员是人工智能训练师职业下的一个工种，'
    '主要从事图像、语音、文本等数据的标注与质检工作。</p><p>相关政策咨询：12333。</p>'
    '<div style="border:1px solid #ddd;padding:8px;font-size:12px"><small>广告</small> 育婴师、保育师考证 就上 家政通 www.jiazhengtong.cn</div>'
    '<p><a href="/baike/index.html">百科首页</a></p></div>',
    note="wiki page; ad box for a different trade")

al("/alliance/notice-2026-01.html", "关于规范成员单位招生宣传的通知",
   '<p>各成员单位：招生宣传中不得使用“包过”“国家认可”“免考”等表述，不得冒用联盟名义收费。</p>'
   '<p>如发现有人以联盟名义收费，请致电秘书处核实。证书查询请至 osta.org.cn。</p>',
   note="alliance notice")

# ---------------- list / index pages ----------------
def links(paths):
    out = []
    for p in paths:
        t = next(x for x in TRUTH if x["path"] == p)
        title = PAGES[p].split("<title>")[1].split("</title>")[0]
        out.append(f'<li><a href="{p}">{title}</a></li>')
        del t
    return "<ul>" + "".join(out) + "</ul>"


def under(prefix):
    return sorted(p for p in PAGES if p.startswith(prefix) and not p.endswith("index.html"))


pdd("/pdd/index.html", "拼拼乐 · 职业教育频道", '<div class="g"><h2>职业教育 · 考证好课</h2>' + links(under("/pdd/")) + "</div>",
    note="platform channel list")
bbs("/bbs/index.html", "考证交流版", [("系统", "置顶", "版规：禁止发广告，违者封号。" + links(under("/bbs/")))],
    note="forum board list")
add("/baike/index.html", "百科 - 职业词条", '<h1>职业词条</h1>' + links(under("/baike/")), "", note="wiki index")
add("/news/index.html", "今日快讯 - 推荐", '<h1>今日快讯</h1>' + links(under("/news/")), NEWS_CSS, note="news feed list")
add("/channels/index.html", "视频号 · 推荐", '<h2 style="margin:10px">推荐</h2>' + links(under("/channels/")) + CH_FOOT,
    CH_CSS, note="video feed list")
c58("/58/index.html", "职业技能培训 信息列表", "列表", links(under("/58/")), note="classifieds list")
al("/alliance/index.html", "成员单位与通知",
   '<p>成员单位：鲸创培训、华禹职培、博雅职业培训学校、绿源职业技能（浙江以外为观察单位）等。</p>' + links(under("/alliance/")),
   note="alliance home; member list without contacts")
job("/jobs/index.html", "职位列表", links(under("/jobs/")), note="job board list")
kt("/ketang/index.html", "全部课程", links(under("/ketang/")), "<p>热门机构</p>", note="course platform list")

SELLERS = ["/zhitu/course.html", "/huayu/index.html", "/qihang/index.html", "/zkzp/index.html",
           "/qianfan/index.html", "/boya/index.html", "/tianyu/index.html", "/lvyuan/index.html"]
add("/index.html", "考证导航 - 职业技能培训信息汇总",
    '<h1>考证导航</h1><h3>平台</h3><ul>'
    + "".join(f'<li><a href="/{s}/index.html">{n}</a></li>' for s, n in [
        ("pdd", "拼拼乐职业教育"), ("bbs", "栗子社区考证版"), ("baike", "百科"), ("news", "今日快讯"),
        ("channels", "视频号"), ("58", "同城汇"), ("alliance", "培训机构联盟"), ("jobs", "工作吧"), ("ketang", "腾学课堂")])
    + "</ul><h3>机构网站</h3>" + links(SELLERS) + "<p>政策咨询：12333</p>", "", note="root directory page")

# ---------------- decoys ----------------
DECOYS = [
    ("phone", "+8612333", ["12333"]),
    ("phone", "+8612345", ["12345"]),
    ("phone", "+86110", ["拨打110"]),
    ("domain", "osta.org.cn", ["osta.org.cn"]),
    ("domain", "mohrss.gov.cn", ["mohrss.gov.cn"]),
    ("phone", "+8617122339087", ["17122339087"]),
    ("qq", "2298760043", ["2298760043"]),
    ("domain", "rszs-cx.com", ["rszs-cx.com"]),
    ("phone", "+864008205566", ["4008205566"]),
    ("email", "kefu@pinpinmall.com", ["kefu@pinpinmall.com"]),
    ("uscc", U_PDD, [U_PDD]),
    ("other", "上海拼拼乐信息技术有限公司", ["上海拼拼乐信息技术有限公司"]),
    ("email", "report@lizibbs.com", ["report@lizibbs.com"]),
    ("phone", "+862154660101", ["02154660101"]),
    ("phone", "+864006005858", ["4006005858"]),
    ("phone", "+8695017", ["95017"]),
    ("email", "jubao@gongzuoba.com", ["jubao@gongzuoba.com"]),
    ("phone", "+861088886655", ["01088886655"]),
    ("qq", "800088123", ["800088123"]),
    ("phone", "+864006803210", ["4006803210"]),
    ("phone", "+8657187962200", ["057187962200"]),
    ("uscc", U_ALLI, [U_ALLI]),
    ("domain", "yijianzhan.net", ["yijianzhan.net"]),
    ("phone", "+864001158899", ["4001158899"]),
    ("phone", "+8613800138000", ["13800138000"]),
    ("email", "name@example.com", ["name@example.com"]),
    ("other", "250311138260017745", ["250311138260017745"]),
    ("other", "13602251188", ["13602251188"]),
    ("other", "13020250117", ["13020250117"]),
    ("other", "S000033010001235000127", ["S000033010001235000127"]),
    ("other", "2025330100145", ["2025330100145"]),
    ("domain", "jiazhengtong.cn", ["jiazhengtong.cn"]),
]


def squash(s):
    s = "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)
    for ch in " \u00a0\u3000-()（）":
        s = s.replace(ch, "")
    return s.lower()


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for path, html in PAGES.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    decoys = []
    for kind, value, forms in DECOYS:
        paths = sorted(p for p, h in PAGES.items() if any(squash(fm) in squash(h) for fm in forms))
        decoys.append({"kind": kind, "value": value, "paths": paths})
    ops = {}
    for t in TRUTH:
        if t["operator"] and t["operator"].startswith("U"):
            ops.setdefault(t["operator"], [])
            if t["provider"] not in ops[t["operator"]]:
                ops[t["operator"]].append(t["provider"])
    ties = {
        "U01": "shop WeChat id -> seller site; shop QQ -> forum reply (tencent:// link)",
        "U02": "phone: classifieds <-> course platform; e-mail: course platform <-> own site; USCC: own site <-> job post",
        "U03": "phone: video <-> wiki ad box; QQ group: wiki ad box <-> alliance profile",
        "U04": "WeChat: news comment <-> forum thread; e-mail: forum thread <-> own site",
        "U05": "landline: own site <-> course platform; QQ: course platform <-> shop (img alt); payee company: shop <-> classifieds",
        "U06": "phone: job post <-> video; WeChat: video <-> own site",
        "U07": "USCC: own site <-> course platform; WeChat: course platform <-> forum reply",
        "U08": "phone: classifieds <-> forum reply; QQ: forum reply <-> video; domain: video <-> own site",
        "U09": "WeChat: shop <-> job post; phone: job post <-> forum signature",
    }
    # independents' operator label is kept only for bookkeeping; truth uses null for them
    pages = []
    for t in sorted(TRUTH, key=lambda x: x["path"]):
        t = dict(t)
        if t["operator"] and t["operator"].startswith("I"):
            t["note"] = f"independent {t['operator']}: " + t["note"]
            t["operator"] = None
        pages.append(t)
    truth = {
        "description": "Sealed operators web operators-2026-12n: 9 operators behind 3-4 AI-trainer certificate offers each, "
                       "7 independent offers, non-offer pages, and decoy identifiers shared across sellers/platform pages.",
        "pages": pages,
        "operators": [[k, {"brands": ops[k], "ties": ties[k]}] for k in sorted(ops)],
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"pages={len(PAGES)} offers={sum(t['is_offer'] for t in TRUTH)} operators={len(ops)} decoys={len(decoys)}")


# raw groups for check.py (independents keep their I-label here)
GROUPS = {t["path"]: t["operator"] for t in TRUTH}

if __name__ == "__main__":
    main()
