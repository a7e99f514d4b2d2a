#!/usr/bin/env python3
"""Write site/ and truth.json for the sealed web operators-2026-12z (stdlib only)."""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for ch, wt in zip(body8, w):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * wt
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(prefix8, body8):
    first17 = prefix8 + body8 + org_check(body8)
    s = sum(ALPH.index(ch) * wt for ch, wt in zip(first17, UW))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return first17 + ALPH[r]


# ---- credit codes (invented) ----
MALL_USCC = uscc("91330110", "MA27QK4D")   # marketplace operator (decoy)
U01_USCC = uscc("91330106", "MA2H7K3P")    # 杭州星澜信息咨询有限公司
U02_USCC = uscc("52310115", "MJ4L8826")    # 上海浦东新区致远职业技能培训学校 (民非)
U04_USCC = uscc("91440106", "MA5CW2R1")    # 广州启明星教育科技有限公司
U06_USCC = uscc("91410105", "MA9GT6NB")    # 郑州慧申教育咨询有限公司
U07_USCC = uscc("91320594", "MA1Y3EQ7")    # 苏州恒信智能科技有限公司
U08_USCC = uscc("91420106", "MA4K0DXU")    # 武汉智拓文化传播有限公司
I04_USCC = uscc("91510107", "MAC6PB58")    # 睿学职业技能培训(成都)有限公司

GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw="
CERT_NO = "S000033100524253000127"        # sample certificate number (decoy)

CSS = """body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:0;color:#222;line-height:1.6}
.wrap{max-width:980px;margin:0 auto;padding:12px}
header,footer{padding:10px 16px}
footer{font-size:12px;color:#666;border-top:1px solid #ddd;margin-top:24px}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}
.card{border:1px solid #e3e3e3;border-radius:8px;padding:12px;margin:10px 0}
.price{color:#e4393c;font-size:22px;font-weight:bold}
.pre{white-space:pre-line}
.tag{display:inline-block;background:#fff2e8;color:#d4380d;padding:0 6px;margin:2px;border-radius:3px;font-size:12px}
"""


def doc(title, body, cls="", extra_css=""):
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{title}</title>\n<style>{CSS}{extra_css}</style>\n</head>\n"
        f"<body class=\"{cls}\">\n{body}\n</body>\n</html>\n"
    )


PAGES = []


def add(path, title, body, *, offer=False, op=None, provider=None, ids=(), note="", cls="",
        extra_css=""):
    PAGES.append({
        "path": path, "title": title, "html": doc(title, body, cls, extra_css),
        "is_offer": offer, "operator": op, "provider": provider,
        "identifiers": [list(x) for x in ids], "note": note,
    })


# =====================================================================
# Marketplace: 优品集市
# =====================================================================
MALL_FOOT = f"""<footer class="platform">
<p>优品集市 — 放心购 · 7天无理由(虚拟课程类商品除外)</p>
<p>平台客服热线:400-820-6618(9:00-21:00) · 平台投诉邮箱:service@youpinjishi.com</p>
<p>平台经营者:杭州优品集市网络科技有限公司 统一社会信用代码:{MALL_USCC}</p>
<p>© 2019-2026 youpinjishi.com 版权所有 · 入驻商家资质以店铺公示为准</p>
</footer>"""


def mall_item(path, title, price_html, gallery_alt, skus, detail, shop_info, crumbs="职业技能"):
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in skus)
    return f"""<header class="mall-top"><a href="../index.html">首页导航</a> · <b>优品集市</b> <input placeholder="搜索宝贝"></header>
<div class="wrap">
<nav class="crumbs"><a href="index.html">优品集市</a> &gt; 教育培训 &gt; {crumbs}</nav>
<div class="item" style="display:flex;gap:20px">
 <div class="gallery"><img src="{GIF}" width="320" height="320" alt="{gallery_alt}"></div>
 <div class="buy">
  <h1 style="font-size:20px">{title}</h1>
  <div class="price">{price_html}</div>
  <table class="sku"><tr><th>规格</th><th>说明</th></tr>{rows}</table>
  <p><button>立即购买</button> <button>加入购物车</button> <button>联系客服</button></p>
 </div>
</div>
<aside class="card shop-card"><b>店铺信息</b><br>{shop_info}</aside>
<section class="detail card"><h2>宝贝详情</h2>{detail}</section>
</div>
{MALL_FOOT}"""


# --- U01 a: mall item (智训未来教育) ---
add("/mall/item-70215.html", "人工智能训练师四级/三级 考证培训 线上直播+实操 智训未来教育",
    mall_item("/mall/item-70215.html",
              "【智训未来教育】人工智能训练师 四级(中级工)/三级(高级工) 网课+实操+认定报名指导",
              "¥3,980.00 <s style='color:#999;font-size:14px'>¥5,600</s>",
              f"人工智能训练师职业技能等级证书样本 证书编号{CERT_NO}",
              [("四级(中级工)", "¥3,980 含网课、实操平台 60 天"), ("三级(高级工)", "¥4,680 需符合申报条件"),
               ("仅课程不含报名", "¥1,980")],
              f"""<p>课程对应《人工智能训练师国家职业技能标准(2021年版)》,职业编码 4-04-05-05,工种:数据标注员。</p>
<ul><li>理论:数据采集与处理、数据标注规范、智能系统运维</li>
<li>实操:图像框选、语义分割、文本意图标注,平台账号 60 天</li>
<li>考核由第三方评价机构组织,理论+实操均 60 分合格,<b>不承诺通过</b></li></ul>
<p>证书可在 zscx.osta.org.cn 技能人才评价证书全国联网查询(以实际颁证机构为准)。</p>
<p>购买后请联系店铺客服登记报名资料,或直接致电课程顾问 <a href="tel:13758420916">137-5842-0916</a>,售后 QQ:2958130476。</p>
<p style="color:#999">图中证书编号 {CERT_NO} 为样本展示,非本人证书。</p>""",
              "智训未来教育(企业店)· 开店 3 年 · 描述 4.8 服务 4.7<br>店铺认证主体:杭州星澜信息咨询有限公司"),
    offer=True, op="U01", provider="智训未来教育",
    ids=[("phone", "+8613758420916", "137-5842-0916"), ("qq", "2958130476", "2958130476")],
    note="Marketplace item; ties to the classifieds post by the mobile number.")

# --- U03 a: mall item (博思AI职教) ---
add("/mall/item-70388.html", "AI训练师证 五级 零基础 博思AI职教旗舰店",
    mall_item("/mall/item-70388.html",
              "博思AI职教|AI训练师(五级/初级工)零基础班 数据标注实操 送题库",
              "券后 <span>1680</span> 元/人",
              "博思AI职教课程海报 零基础入门",
              [("五级 零基础班", "1680元,课时 64 节"), ("五级+四级 连报", "3280元(四级需满足年限)"),
               ("分期", "支持 6 期免息,每期 280 元")],
              """<div class="pre">适合人群:想转行数据标注、AI 训练岗位的朋友
课程:人工智能训练师(数据标注员方向)五级,配套课件编号 13572468024(华章数字课件授权)
考核:线上理论 + 线下实操,考点由评价机构安排
证书查询:zscx.osta.org.cn
注意:五级申报需相关工作满 1 年或完成学徒培训,报名前顾问会先审核材料。</div>
<p>课程顾问电话 <b>159 6710 2384</b>,QQ 1493028675(备注“训练师”)。</p>""",
              "博思AI职教旗舰店 · 品牌授权 · 粉丝 1.2万"),
    offer=True, op="U03", provider="博思AI职教",
    ids=[("phone", "+8615967102384", "159 6710 2384"), ("qq", "1493028675", "1493028675")],
    note="Marketplace item; QQ ties it to the Q&A answer.")

# --- U05 a: mall item (新锐数智教育) ---
add("/mall/item-70442.html", "新锐数智教育 人工智能训练师三级 高级工 包含补贴申领指导",
    mall_item("/mall/item-70442.html",
              "新锐数智教育 人工智能训练师 三级/高级工 全程托管 补贴申领指导 商品编号:18306412957",
              "学费 ¥ 4,580 起 <span class='tag'>可分期</span>",
              "新锐数智 三级高级工 直播课截图",
              [("三级标准班", "4580 元(含教材、模拟考)"), ("三级 VIP 班", "6800 元 一对一带练"),
               ("分期", "12 期 × 399 元")],
              """<h3>为什么选我们</h3>
<ol><li>通过率高达 98%,不过免费重学(重学不退费)</li><li>持三级证可按规定申领技能提升补贴,最高 2000 元</li>
<li>结业后推荐标注兼职</li></ol>
<p>咨询热线:198 5731 6620(工作日 9-18 点)</p>""",
              "新锐数智教育专营店 · 开店 1 年 · 服务 4.5"),
    offer=True, op="U05", provider="新锐数智教育",
    ids=[("phone", "+8619857316620", "198 5731 6620")],
    note="Marketplace item; the 11-digit item number in the title is not a phone.")

# --- U08 a: mall item (金榜职业教育) ---
add("/mall/item-70517.html", "金榜职业教育 AI训练师 二级技师 一级高级技师 速成",
    mall_item("/mall/item-70517.html",
              "金榜职业教育 人工智能训练师 技师(二级)/高级技师(一级) 不限学历 45天拿证",
              "￥6980 <small>二级</small> / ￥8980 <small>一级</small>",
              "金榜 高级技师证书 人社部颁发",
              [("二级/技师", "6980,不限经验"), ("一级/高级技师", "8980,可挂靠年入数万"),
               ("三证连报", "三级+二级+一级 合报 13800")],
              """<p>人社部颁发国家职业资格证书,全国通用,官网可查!零基础也能报,<b>包过</b>,不过全额退款。</p>
<p>持证可落户积分、申领补贴、评职称。名额有限,报名请拨 189 0765 3142。</p>""",
              "金榜职业教育 · 个人店铺 · 开店 4 个月"),
    offer=True, op="U08", provider="金榜职业教育",
    ids=[("phone", "+8618907653142", "189 0765 3142")],
    note="Marketplace item with misleading claims (levels 1-2 to beginners, 包过, 人社部颁发).")

# --- I01: mall item (云启教育) ---
add("/mall/item-70603.html", "云启教育 人工智能训练师 四级 网课 带证",
    mall_item("/mall/item-70603.html",
              "云启教育|人工智能训练师四级 中级工 录播网课 + 模拟题 + 报名指引",
              "2680元",
              "云启教育 四级网课目录",
              [("四级网课", "2680 元 一年有效"), ("模拟题库单买", "199 元")],
              """<dl><dt>授课方式</dt><dd>录播 50 课时 + 每周一次直播答疑</dd>
<dt>报考提醒</dt><dd>四级需取得五级证书后累计从业 4 年,或连续从业 6 年等条件,以评价机构审核为准</dd>
<dt>联系</dt><dd>手机 153-2094-8617 ｜ QQ 965172043</dd></dl>""",
              "云启教育 · 开店 2 年 · 好评率 97%"),
    offer=True, op="I01", provider="云启教育",
    ids=[("phone", "+8615320948617", "153-2094-8617"), ("qq", "965172043", "965172043")],
    note="Independent marketplace seller.")

# --- non-offer: mall item of another occupation ---
add("/mall/item-70690.html", "健康管理师 三级 备考网课 康途教育",
    mall_item("/mall/item-70690.html",
              "康途教育|健康管理师(三级)备考网课 题库+直播",
              "¥1,280",
              "健康管理师 网课封面",
              [("三级网课", "1280 元"), ("题库", "98 元")],
              """<p>健康管理师(4-14-02-02)三级备考课程,含章节精讲与真题。与人工智能类课程无关。</p>
<p>客服电话 176 2290 5518。</p>""",
              "康途教育 · 开店 5 年", crumbs="医疗健康"),
    offer=False, ids=[("phone", "+8617622905518", "176 2290 5518")],
    note="Another occupation's course (健康管理师) on the same marketplace; not an AI-trainer offer.")

# mall index
add("/mall/index.html", "优品集市 · 教育培训 · 职业技能",
    f"""<header><a href="../index.html">首页导航</a> · <b>优品集市</b> 教育培训频道</header>
<div class="wrap"><h1>职业技能 · 热门课程</h1>
<div style="display:grid;grid-template-columns:repeat(3,1fr);gap:10px">
<div class="card"><a href="item-70215.html">人工智能训练师 四级/三级 网课+实操</a><br><span class="tag">企业店</span></div>
<div class="card"><a href="item-70388.html">AI训练师 五级 零基础班</a><br><span class="tag">旗舰店</span></div>
<div class="card"><a href="item-70442.html">人工智能训练师 三级 高级工 全程托管</a><br><span class="tag">专营店</span></div>
<div class="card"><a href="item-70517.html">AI训练师 技师/高级技师</a><br><span class="tag">个人店</span></div>
<div class="card"><a href="item-70603.html">人工智能训练师 四级 录播网课</a></div>
<div class="card"><a href="item-70690.html">健康管理师 三级 备考网课</a></div>
</div></div>{MALL_FOOT}""",
    note="Marketplace category list; titles only.")

# =====================================================================
# Classifieds: 同城快帖
# =====================================================================
FL_FOOT = """<footer>同城快帖 kuaitie · 本站客服 0755-2368 1190 · 信息由用户发布,交易前请核实 · 谨防先付款</footer>"""


def fenlei(title, meta_rows, body, side=""):
    rows = "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in meta_rows)
    return f"""<header style="background:#2b6de3;color:#fff"><a style="color:#fff" href="../index.html">导航</a> | 同城快帖 &gt; <a style="color:#fff" href="index.html">教育培训</a></header>
<div class="wrap"><h1 style="font-size:20px">{title}</h1>
<table class="meta">{rows}</table>
<div class="post-body card">{body}</div>{side}
</div>{FL_FOOT}"""


add("/fenlei/post-558102.html", "【星澜职培】人工智能训练师考证 周末班 杭州",
    fenlei("【星澜职培】人工智能训练师考证 五级/四级 周末班 杭州滨江可面授",
           [("类别", "职业培训"), ("区域", "杭州-滨江"), ("费用", "三千九百八(四级)"), ("发布", "2026-10-28"),
            ("联系人", "周老师"), ("电话", "+86 137 5842 0916")],
           """<p class="pre">星澜职培,专注新职业培训。
人工智能训练师(AI训练师)五级、四级都有班,周六日上课,线上线下都可以。
五级 二千八,四级 三千九百八,可以分两次付。
考试是评价机构组织的,理论+实操,要认真学,不是交钱就给证的那种。
加V信:xinglan_ai88 领取课表</p>"""),
    offer=True, op="U01", provider="星澜职培",
    ids=[("phone", "+8613758420916", "+86 137 5842 0916"), ("wechat", "xinglan_ai88", "xinglan_ai88")],
    note="Classifieds post; same mobile as the marketplace item, WeChat ties it to the note.")

add("/fenlei/post-558317.html", "领航职业技能服务中心 AI训练师 高级工 包拿证",
    fenlei("领航职业技能服务中心|人工智能训练师 高级工 报名中 全国可报",
           [("类别", "技能培训/考证"), ("区域", "广州-天河"), ("价格", "学费 2 千多"), ("联系", "刘主任 177 0641 8853 / 133-2609-7714")],
           """<p>人社部认证的新职业!AI训练师高级工(三级)证书,入库可查。</p>
<p>不限专业 不限学历 无门槛,学费 2 千多,报名即送题库,考试不过下期免费再考。</p>
<p>证书编号可在官网查询,查询网址报名后发给你。</p>"""),
    offer=True, op="U04", provider="领航职业技能服务中心",
    ids=[("phone", "+8617706418853", "177 0641 8853"), ("phone", "+8613326097714", "133-2609-7714")],
    note="Classifieds post with two mobiles; the second one ties it to the forum reply.")

add("/fenlei/post-558476.html", "优智职业培训 人工智能训练师 初级 中级 郑州",
    fenlei("优智职业培训 人工智能训练师 初级/中级 考证 郑州金水区",
           [("类别", "职业培训"), ("区域", "郑州-金水"), ("价格", "初级 1980元 / 中级 2980元"), ("发布", "2026-11-02")],
           """<p>优智职业培训招收人工智能训练师学员,初级(五级)、中级(四级)。</p>
<p>课程:数据采集、清洗、标注;智能系统运维基础。线上直播 + 线下实训室。</p>
<p>报名电话:151 3872 4409(微信同号)</p>
<p>温馨提示:证书查询以评价机构公布方式为准,报名前可先试听。</p>"""),
    offer=True, op="U06", provider="优智职业培训",
    ids=[("phone", "+8615138724409", "151 3872 4409"), ("wechat", "15138724409", "151 3872 4409")],
    note="Classifieds post; 微信同号 makes the WeChat id equal the mobile.")

add("/fenlei/post-558530.html", "明德职业技能培训 人工智能训练师 长沙",
    fenlei("明德职业技能培训 人工智能训练师(五级) 长沙 小班",
           [("类别", "职业培训"), ("区域", "长沙-岳麓"), ("价格", "RMB 2,200"), ("联系人", "陈女士")],
           """<p>AI训练师五级小班 15 人,需有 1 年相关工作经历或学徒经历,报名时核验。</p>
<p>咨询:181 7452 0396 ,微信 mingde_px</p>
<p>消费纠纷可拨打 12315 投诉。</p>"""),
    offer=True, op="I02", provider="明德职业技能培训",
    ids=[("phone", "+8618174520396", "181 7452 0396"), ("wechat", "mingde_px", "mingde_px")],
    note="Independent classifieds seller.")

add("/fenlei/index.html", "同城快帖 · 教育培训",
    f"""<header style="background:#2b6de3;color:#fff"><a style="color:#fff" href="../index.html">导航</a> | 同城快帖 · 教育培训</header>
<div class="wrap"><h1>教育培训 · 最新信息</h1><ul>
<li><a href="post-558102.html">【星澜职培】人工智能训练师考证 周末班</a> 杭州 · 10-28</li>
<li><a href="post-558317.html">领航职业技能服务中心 AI训练师 高级工</a> 广州 · 10-30</li>
<li><a href="post-558476.html">优智职业培训 人工智能训练师 初级 中级</a> 郑州 · 11-02</li>
<li><a href="post-558530.html">明德职业技能培训 人工智能训练师 五级</a> 长沙 · 11-05</li>
</ul></div>{FL_FOOT}""",
    note="Classifieds list page.")

# =====================================================================
# Forum: 职场充电论坛
# =====================================================================
BBS_FOOT = """<footer>职场充电论坛 · 站务QQ:805573210 · 广告合作请联系版主 · 帖子内容仅代表作者观点</footer>"""


def thread(title, posts):
    items = ""
    for i, (who, role, when, text) in enumerate(posts, 1):
        items += f"""<div class="card post"><div class="author"><b>{who}</b> <span class="tag">{role}</span> {when} · #{i}楼</div>
<div class="content">{text}</div></div>"""
    return f"""<header style="background:#333;color:#fff"><a style="color:#fc0" href="../index.html">导航</a> · 职场充电论坛 &gt; <a style="color:#fc0" href="index.html">考证交流</a></header>
<div class="wrap"><h1 style="font-size:20px">{title}</h1>{items}</div>{BBS_FOOT}"""


add("/bbs/thread-31207.html", "致远AI学堂:人工智能训练师四级 周末直播班开课",
    thread("【招生】致远AI学堂 人工智能训练师四级 周末直播班 12月开课",
           [("致远AI学堂-林老师", "楼主", "2026-11-03",
             """<p>各位坛友好,致远AI学堂 12 月开人工智能训练师四级(中级工)直播班。</p>
<p>学费 3980元,可分 3 期。课程 50 课时,含数据标注实操,考核由备案评价机构组织。</p>
<p>想了解的进我们学员交流扣扣群 683 205 917,或者加我微信 yuanhang_ds 发资料。</p>"""),
            ("小鱼干", "会员", "2026-11-03", "<p>四级要五级证满4年吧?我没有五级能直接报吗</p>"),
            ("致远AI学堂-林老师", "楼主", "2026-11-04",
             "<p>@小鱼干 要看你的从业年限,一般需要先有五级或连续从业 6 年,可以私信发材料帮你看。</p>")]),
    offer=True, op="U02", provider="致远AI学堂",
    ids=[("qq_group", "683205917", "683 205 917"), ("wechat", "yuanhang_ds", "yuanhang_ds")],
    note="Forum thread opened by the seller; the QQ group ties it to the company blog, the WeChat id to the WeChat article.")

add("/bbs/thread-31255.html", "求问:广州哪里能考AI训练师证?",
    thread("求问:广州哪里能考AI训练师证?想转行",
           [("木棉花开", "会员", "2026-11-06", "<p>在广州做客服三年,想考个人工智能训练师,有没有靠谱的机构推荐?</p>"),
            ("老吴", "会员", "2026-11-06", "<p>先去人社局官网看看当地备案的评价机构,别信包过的。</p>"),
            ("启明星培训-小何", "会员", "2026-11-07",
             """<p>我们启明星培训在天河有班,三级高级工 ¥2,680,下周开课,考前有模拟。</p>
<p>详细可以电话 １３３２６０９７７１４ 或加微信 qmx_peixun</p>"""),
            ("木棉花开", "会员", "2026-11-07", "<p>谢谢,我先对比一下。</p>")]),
    offer=True, op="U04", provider="启明星培训",
    ids=[("phone", "+8613326097714", "１３３２６０９７７１４"), ("wechat", "qmx_peixun", "qmx_peixun")],
    note="Seller replies in a user's thread; full-width digits; ties to classifieds (phone) and sign-up form (WeChat).")

add("/bbs/thread-31298.html", "恒信AI学院 人工智能训练师 三级 实训营",
    thread("恒信AI学院|人工智能训练师三级实训营 苏州园区 线下小班",
           [("恒信AI学院", "楼主", "2026-11-08",
             """<table><tr><th>班型</th><th>等级</th><th>学费</th></tr>
<tr><td>周末班</td><td>三级/高级工</td><td>4280 元</td></tr>
<tr><td>脱产班</td><td>三级/高级工</td><td>4980 元</td></tr></table>
<p>申报三级需满足四级证书+年限等条件,报名时审核。联系 QQ：2741069835 ,电话 136 6715 8290。</p>"""),
            ("阿珍", "会员", "2026-11-08", "<p>去年在园区上过他们的数据标注课,老师还行。</p>")]),
    offer=True, op="U07", provider="恒信AI学院",
    ids=[("qq", "2741069835", "2741069835"), ("phone", "+8613667158290", "136 6715 8290")],
    note="Forum thread opened by the seller; phone ties to the video page, QQ to the company site.")

add("/bbs/thread-31340.html", "曝光:交了6800说包过,证书查不到,客服拉黑",
    thread("曝光:交了6800说包过,证书查不到,客服拉黑了",
           [("维权中的阿强", "会员", "2026-11-10",
             """<p>九月份在网上看到“人工智能训练师 二级 免考 直接拿证”的广告,对方自称人社部直属,收了 6800。</p>
<p>给我的证书在他们自己的网站能查,在 zscx.osta.org.cn 查不到。对方电话 171 2290 6637,微信 zhengshu_kuaiban,现在都拉黑了。</p>
<p>已经打了 12345 和 12315,大家引以为戒。</p>"""),
            ("版主-小秋", "版主", "2026-11-10", "<p>已加精。正规证书请到技能人才评价证书全国联网查询核验,遇到诈骗请报警,劳动保障咨询可拨 12333。</p>"),
            ("路过的", "会员", "2026-11-11", "<p>同一个号码我也接到过推销电话,说是“金牌考证中心”。</p>")]),
    note="Complaint thread; the numbers quoted are a scammer's, not any seller's in this web.")

add("/bbs/thread-31362.html", "讨论:AI训练师证到底有没有用?",
    thread("讨论:人工智能训练师证到底有没有用?",
           [("数据民工", "会员", "2026-11-12", "<p>做标注两年了,公司不看证,看项目经验。但国企招聘有时写“持证优先”。</p>"),
            ("HR_Lily", "会员", "2026-11-12", "<p>证书是职业技能等级证书,不是职业资格证书,别被“国家职业资格”忽悠。</p>"),
            ("小白", "会员", "2026-11-13", "<p>补贴好像要交失业保险满一年才行?</p>")]),
    note="Neutral forum discussion; no seller.")

add("/bbs/index.html", "职场充电论坛 · 考证交流",
    f"""<header style="background:#333;color:#fff"><a style="color:#fc0" href="../index.html">导航</a> · 职场充电论坛</header>
<div class="wrap"><h1>考证交流</h1><table>
<tr><th>主题</th><th>作者</th><th>回复</th></tr>
<tr><td><a href="thread-31207.html">【招生】致远AI学堂 人工智能训练师四级</a></td><td>致远AI学堂-林老师</td><td>2</td></tr>
<tr><td><a href="thread-31255.html">求问:广州哪里能考AI训练师证?</a></td><td>木棉花开</td><td>3</td></tr>
<tr><td><a href="thread-31298.html">恒信AI学院 人工智能训练师三级实训营</a></td><td>恒信AI学院</td><td>1</td></tr>
<tr><td><a href="thread-31340.html">曝光:交了6800说包过</a></td><td>维权中的阿强</td><td>2</td></tr>
<tr><td><a href="thread-31362.html">讨论:AI训练师证到底有没有用?</a></td><td>数据民工</td><td>2</td></tr>
</table></div>{BBS_FOOT}""",
    note="Forum board index.")

# =====================================================================
# Q&A: 问问知道
# =====================================================================


def qa(q, detail, answers, related):
    ans = "".join(f"""<div class="card answer"><div><b>{who}</b> <small>{meta}</small></div><div>{text}</div></div>""" for who, meta, text in answers)
    rel = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in related)
    return f"""<header style="background:#00b38a;color:#fff"><a style="color:#fff" href="../index.html">导航</a> · 问问知道</header>
<div class="wrap"><h1 style="font-size:20px">{q}</h1><p style="color:#666">{detail}</p>{ans}
<h3>相关问题</h3><ul>{rel}</ul></div>
<footer>问问知道 · 回答仅代表答主个人观点</footer>"""


QA_REL = [("q-88120.html", "人工智能训练师证书怎么查真伪?"), ("q-88157.html", "零基础能考AI训练师吗?"),
          ("q-88203.html", "数据标注员和人工智能训练师是什么关系?")]

add("/wenda/q-88120.html", "人工智能训练师证书怎么查真伪?",
    qa("人工智能训练师证书怎么查真伪?", "朋友花钱办了一个,说国家认可,怎么查?",
       [("人力资源从业者", "已采纳 · 2026-10-21",
         """<p>现在人工智能训练师是<b>职业技能等级证书</b>,由备案的评价机构颁发,不是人社部直接发。</p>
<p>查询:技能人才评价证书全国联网查询 zscx.osta.org.cn,输入姓名、证件号、证书编号;也可拨 12333 咨询当地人社。</p>
<p>对方给的“查询网站”如果不是 osta.org.cn 或政府网站,就要小心。</p>"""),
        ("路人甲", "2026-10-22", "<p>证书编号应该是一个字母加 21 位数字,格式不对的基本可以判断有问题。</p>")],
       QA_REL[1:]),
    note="Neutral Q&A with honest answers only.")

add("/wenda/q-88157.html", "零基础能考AI训练师吗?",
    qa("零基础能考AI训练师吗?学费一般多少?", "宝妈一枚,想学点技能。",
       [("数智工坊-李老师", "教育培训 · 2026-10-25",
         """<p>可以从五级(初级工)学起,五级申报一般要求相关工作 1 年或学徒经历。</p>
<p>我们数智工坊五级班 1680 元,四级 3280 元,课程里有真实标注项目。</p>
<p>想要课表的可以加 v:bosi_zhijiao ,或者扣扣:1493028675(邮箱同号 1493028675@qq.com)。</p>"""),
        ("热心网友", "2026-10-26", "<p>先看清是不是备案机构发证,价格差别很大。</p>")],
       [QA_REL[0], QA_REL[2]]),
    offer=True, op="U03", provider="数智工坊",
    ids=[("wechat", "bosi_zhijiao", "bosi_zhijiao"), ("qq", "1493028675", "1493028675"),
         ("email", "1493028675@qq.com", "1493028675@qq.com")],
    note="Seller answer on a Q&A site; QQ ties to the marketplace item, WeChat to the short video.")

add("/wenda/q-88203.html", "数据标注员和人工智能训练师是什么关系?",
    qa("数据标注员和人工智能训练师是什么关系?", "",
       [("启智AI-王老师", "职业培训 · 2026-10-29",
         """<p>数据标注员是人工智能训练师的一个工种,另一个是人工智能算法测试员。</p>
<p>启智数据标注培训现在四级报名 2980,三级 3680,考前三轮模拟,想系统学可以加威信 qizhi-ai-666 。</p>"""),
        ("码农小张", "2026-10-30", "<p>补充:职业编码 4-04-05-05。</p>")],
       QA_REL[:2]),
    offer=True, op="U09", provider="启智数据标注培训",
    ids=[("wechat", "qizhi-ai-666", "qizhi-ai-666")],
    note="Seller answer on a Q&A site; WeChat ties it to the note.")

# =====================================================================
# Microblog: 微语
# =====================================================================


def status(name, handle, when, text, stats="转发 12 · 评论 8 · 赞 46"):
    return f"""<header style="background:#ff8200;color:#fff"><a style="color:#fff" href="../index.html">导航</a> · 微语 · <a style="color:#fff" href="topic-ai.html">#AI训练师#</a></header>
<div class="wrap"><article class="card status"><div><b>{name}</b> <small>{handle} · {when} · 来自 微语 Android</small></div>
<div class="text">{text}</div><div style="color:#888">{stats}</div></article></div>
<footer>微语 · 举报中心</footer>"""


add("/weibo/status-4920311.html", "锐学堂AI训练师的微语",
    status("锐学堂AI训练师", "@锐学堂AI训练师", "11月8日 20:15",
           f"""<p>#AI训练师# 三级高级工12月班开始报名啦!学费4580,分期每月399,学完还推荐标注兼职~
☎ 198-5731-6620 ｜ Q 3340581927 <img src="{GIF}" alt="学员证书展示 证书编号{CERT_NO}"></p>"""),
    offer=True, op="U05", provider="锐学堂",
    ids=[("phone", "+8619857316620", "198-5731-6620"), ("qq", "3340581927", "3340581927")],
    note="Microblog status; phone ties to the marketplace item, QQ to the group board post; carries the shared sample certificate image.")

add("/weibo/status-4920588.html", "金榜AI训练师考证中心的微语",
    status("金榜AI训练师考证中心", "@金榜AI训练师考证中心", "11月9日 09:02",
           """<p>【年底最后一批】AI训练师高级技师/技师 不限学历不限经验,国家承认,挂靠年入5万+!原价9999,限时 6980!
电话 +86-189-0765-3142 加v：jinbang_ai 备注“考证”</p>""", "转发 3 · 评论 0 · 赞 5"),
    offer=True, op="U08", provider="金榜AI训练师考证中心",
    ids=[("phone", "+8618907653142", "+86-189-0765-3142"), ("wechat", "jinbang_ai", "jinbang_ai")],
    note="Microblog status; phone ties to the marketplace item, WeChat to the WeChat article.")

add("/weibo/status-4920702.html", "AI考证小助手的微语",
    status("AI考证小助手", "@AI考证小助手", "11月10日 14:40",
           f"""<p>整理了人工智能训练师五级/四级的报考条件和课程,私我领资料📚 四级课程 2.98k,含实操平台。
VX: aikz_helper  邮箱 aikz_helper@foxmail.com <img src="{GIF}" alt="证书样本 {CERT_NO}"></p>"""),
    offer=True, op="I03", provider="AI考证小助手",
    ids=[("wechat", "aikz_helper", "aikz_helper"), ("email", "aikz_helper@foxmail.com", "aikz_helper@foxmail.com")],
    note="Independent microblog seller; reuses the sample certificate image.")

add("/weibo/topic-ai.html", "#AI训练师# 话题 · 微语",
    """<header style="background:#ff8200;color:#fff"><a style="color:#fff" href="../index.html">导航</a> · 微语话题</header>
<div class="wrap"><h1>#AI训练师#</h1><p>阅读 1.2 亿 · 讨论 3.4 万</p><ol>
<li><a href="status-4920311.html">@锐学堂AI训练师:三级高级工12月班开始报名</a></li>
<li><a href="status-4920588.html">@金榜AI训练师考证中心:年底最后一批</a></li>
<li><a href="status-4920702.html">@AI考证小助手:整理了报考条件</a></li>
</ol></div><footer>微语 · 举报中心</footer>""",
    note="Microblog topic list.")

# =====================================================================
# Notes app: 小橙书
# =====================================================================


def note_page(author, title, text, tags, likes):
    t = " ".join(f"<span class='tag'>#{x}</span>" for x in tags)
    return f"""<header style="background:#fff3e6"><a href="../index.html">导航</a> · <a href="search.html">小橙书</a></header>
<div class="wrap"><div class="card note"><img src="{GIF}" width="300" height="400" alt="{title} 封面">
<h1 style="font-size:19px">{title}</h1><div class="pre">{text}</div><p>{t}</p>
<p style="color:#999">@{author} · 赞 {likes} · 收藏</p></div></div>
<footer>小橙书 · 社区公约</footer>"""


add("/biji/note-6a81f0.html", "AI训练师四级 我是怎么一次过的",
    note_page("星澜职培-安安", "AI训练师四级 我是怎么一次过的✨",
              """姐妹们!人工智能训练师四级终于拿下了🎉
理论考的是数据采集、标注规范,实操是框选+分类
我报的是星澜职培的周末班,三千九百八,老师很负责
⚠️ 不是包过的哦,要自己刷题
想要课表的 vx xinglan_ai88
或者发邮件 zxwl_edu [at] 163.com 要资料""",
              ["AI训练师", "人工智能训练师", "考证"], "1,204"),
    offer=True, op="U01", provider="星澜职培",
    ids=[("wechat", "xinglan_ai88", "xinglan_ai88"), ("email", "zxwl_edu@163.com", "zxwl_edu [at] 163.com")],
    note="Notes-app post; WeChat ties to the classifieds post, e-mail to the sign-up form.")

add("/biji/note-6a8317.html", "慧申教育 AI训练营 报名攻略",
    note_page("慧申教育", "郑州AI训练营|人工智能训练师初级中级报名攻略",
              """📍郑州金水区 慧申教育
💰 初级 1980 / 中级 2980 可分期
📖 录播+直播+实训
📮 资料邮箱:huishen_edu(at)sina.com
💬 v: 15138724409""",
              ["AI训练营", "郑州考证"], "86"),
    offer=True, op="U06", provider="慧申教育",
    ids=[("wechat", "15138724409", "15138724409"), ("email", "huishen_edu@sina.com", "huishen_edu(at)sina.com")],
    note="Notes-app post; WeChat (a number) ties to the classifieds post, e-mail to the landing page.")

add("/biji/note-6a8402.html", "数据标注转行经验 附培训机构",
    note_page("启智AI", "文科生转行数据标注 人工智能训练师三级经验📝",
              """去年报了启智AI的三级课,三千六百八十
上课+模拟考三轮 每周两次直播
需要课程联系:173 1825 0467
威信 qizhi-ai-666""",
              ["数据标注", "转行"], "327"),
    offer=True, op="U09", provider="启智AI",
    ids=[("phone", "+8617318250467", "173 1825 0467"), ("wechat", "qizhi-ai-666", "qizhi-ai-666")],
    note="Notes-app post; WeChat ties to the Q&A answer, phone to the group board post.")

add("/biji/search.html", "小橙书 搜索:AI训练师",
    """<header style="background:#fff3e6"><a href="../index.html">导航</a> · 小橙书 搜索</header>
<div class="wrap"><p>搜索“AI训练师”相关笔记</p>
<div style="display:grid;grid-template-columns:repeat(3,1fr);gap:8px">
<div class="card"><a href="note-6a81f0.html">AI训练师四级 我是怎么一次过的</a></div>
<div class="card"><a href="note-6a8317.html">郑州AI训练营 报名攻略</a></div>
<div class="card"><a href="note-6a8402.html">文科生转行数据标注</a></div>
</div></div><footer>小橙书</footer>""",
    note="Notes-app search results.")

# =====================================================================
# Short video: 抖趣
# =====================================================================
VID_FOOT = """<footer>抖趣 · 违法和不良信息举报电话:400-140-2108</footer>"""


def video(account, caption, transcript, comments):
    cm = "".join(f"<li><b>{a}</b>:{b}</li>" for a, b in comments)
    return f"""<header style="background:#111;color:#fff"><a style="color:#0ff" href="../index.html">导航</a> · 抖趣</header>
<div class="wrap"><div class="player" style="background:#000;color:#fff;height:200px;padding:10px">▶ 视频</div>
<p><b>@{account}</b></p><p>{caption}</p>
<details open><summary>字幕</summary><div class="pre">{transcript}</div></details>
<h3>评论</h3><ul>{cm}</ul></div>{VID_FOOT}"""


add("/video/v-73310829.html", "数智工坊:90%小白都能学会的AI训练师",
    video("数智工坊", "90%小白都能学会的AI训练师!#人工智能训练师 #副业",
          """大家好我是数智工坊的李老师
今天说说人工智能训练师五级怎么考
学费一千六百八 零基础可学
详细课表私信或者加薇 bosi_zhijiao""",
          [("用户8812", "五级要工作经验吗"), ("数智工坊", "需要1年相关经验或学徒,私信帮你看")]),
    offer=True, op="U03", provider="数智工坊",
    ids=[("wechat", "bosi_zhijiao", "bosi_zhijiao")],
    note="Short-video page text; WeChat ties to the Q&A answer.")

add("/video/v-73311456.html", "小恒老师:AI训练师三级考试实操演示",
    video("小恒老师", "三级人工智能训练师实操怎么考?手把手演示 #AI训练师",
          """我是恒信AI学院的小恒老师
三级实操主要是业务分析和智能训练
我们苏州班学费四千出头
想报名打 136-6715-8290""",
          [("苏州打工人", "周末班还有位置吗"), ("小恒老师", "有的,电话联系")]),
    offer=True, op="U07", provider="小恒老师",
    ids=[("phone", "+8613667158290", "136-6715-8290")],
    note="Short-video page text; phone ties to the forum thread.")

# =====================================================================
# WeChat-article style
# =====================================================================


def mp(account, title, date, body):
    return f"""<div class="wrap" style="max-width:680px"><p><a href="../index.html">导航</a></p>
<h1 style="font-size:22px">{title}</h1>
<p style="color:#888">原创 <a href="#">{account}</a> {date}</p>
<div class="rich_media_content">{body}</div>
<p style="color:#aaa">阅读 2361 · 在看 18</p>
<p><small>微信扫一扫,关注该公众号</small></p></div>"""


add("/mp/s-yh2311.html", "远航数标学苑:数据标注员就业前景与考证",
    mp("远航数标学苑", "数据标注员就业前景怎么样?人工智能训练师考证全攻略", "2026-11-05",
       """<p>人工智能训练师(4-04-05-05)包含数据标注员、人工智能算法测试员两个工种。</p>
<section class="card"><p><b>远航数标学苑 · 2026 冬季班</b></p>
<p>五级:¥2,580 ｜ 四级:¥3,980 ｜ 三级:¥4,680</p>
<p>报名咨询请添加学籍老师微信:yuanhang_ds</p></section>
<p>温馨提示:证书由备案评价机构颁发,可在技能人才评价证书全国联网查询。</p>"""),
    offer=True, op="U02", provider="远航数标学苑",
    ids=[("wechat", "yuanhang_ds", "yuanhang_ds")],
    note="WeChat-article style page; the WeChat id ties it to the forum thread.")

add("/mp/s-zt0918.html", "智拓学苑:AI训练师高级技师报名通道开启",
    mp("智拓学苑", "重磅!AI训练师高级技师报名通道开启,人社部颁发,全国通用", "2026-11-09",
       f"""<p>国家职业资格证书,全国联网可查 zscx.osta.org.cn!不看学历,不看年限,包过!</p>
<img src="{GIF}" alt="高级技师证书样本 编号{CERT_NO}">
<table><tr><th>等级</th><th>费用</th></tr><tr><td>技师(二级)</td><td>6980元</td></tr><tr><td>高级技师(一级)</td><td>8980元</td></tr></table>
<p>缴费账户 户名:武汉智拓文化传播有限公司 开户行:某商业银行武汉分行 账号:6217 0010 2288 3146 573</p>
<p>统一社会信用代码:{U08_USCC}</p>
<p>报名微信:jinbang_ai(备注姓名+等级)</p>"""),
    offer=True, op="U08", provider="智拓学苑",
    ids=[("wechat", "jinbang_ai", "jinbang_ai"), ("other", "6217001022883146573", "6217 0010 2288 3146 573"),
         ("uscc", U08_USCC, U08_USCC)],
    note="WeChat-article style page with payment account and credit code; WeChat ties to the microblog, credit code to the job post.")

# =====================================================================
# Landing pages & sign-up forms (麦田表单 template)
# =====================================================================
FORM_FOOT = """<footer>本表单由 麦田表单 maitianbiaodan.com 提供技术支持 · 举报</footer>"""


def form(title, intro, fields, after, placeholder_phone="138 0000 0000", placeholder_mail="name@example.com"):
    f = "".join(f"<p><label>{x}<br><input></label></p>" for x in fields)
    return f"""<div class="wrap" style="max-width:560px"><p><a href="../index.html">导航</a></p>
<h1 style="font-size:21px">{title}</h1>{intro}
<form class="card"><p><label>姓名<br><input placeholder="请输入姓名"></label></p>
<p><label>手机号<br><input placeholder="如 {placeholder_phone}"></label></p>
<p><label>邮箱<br><input placeholder="{placeholder_mail}"></label></p>{f}
<p class="hint">示例:手机 {placeholder_phone} / 邮箱 {placeholder_mail}(请替换为您本人信息)</p>
<button type="button">提交报名</button></form>{after}</div>{FORM_FOOT}"""


add("/landing/zxwl-baoming.html", "智训未来AI学院 人工智能训练师 报名表",
    form("智训未来AI学院|人工智能训练师 2026 冬季班 在线报名",
         """<p>四级(中级工)¥3,980,五级(初级工)¥2,800,报名成功后顾问 24 小时内联系。</p>
<p>官网 www.zhixunweilai.cn · 证书查询 zscx.osta.org.cn</p>""",
         ["报考等级(五级/四级)", "工作年限"],
         f"""<div class="card"><p>资料也可发送至 <a href="mailto:zxwl_edu@163.com">zxwl_edu@163.com</a></p>
<p>主办:杭州星澜信息咨询有限公司(统一社会信用代码 {U01_USCC})</p></div>"""),
    offer=True, op="U01", provider="智训未来AI学院",
    ids=[("email", "zxwl_edu@163.com", "zxwl_edu@163.com"), ("domain", "zhixunweilai.cn", "www.zhixunweilai.cn"),
         ("uscc", U01_USCC, U01_USCC)],
    note="Sign-up form built on a form service; e-mail ties it to the note; template placeholders are not seller contacts.")

add("/landing/qmx-signup.html", "启明星培训 AI训练师三级 报名",
    form("启明星培训|人工智能训练师三级(高级工)报名登记",
         """<p>学费 2680 元,考前三次模拟。考核由备案评价机构组织,华职(浙江)技能评价中心协助考务。</p>""",
         ["身份证号", "现有证书等级"],
         f"""<div class="card"><p>客服微信号 qmx_peixun ｜ 邮箱 qmx_peixun@126.com</p>
<p>广州启明星教育科技有限公司 {U04_USCC}</p></div>"""),
    offer=True, op="U04", provider="启明星培训",
    ids=[("wechat", "qmx_peixun", "qmx_peixun"), ("email", "qmx_peixun@126.com", "qmx_peixun@126.com"),
         ("uscc", U04_USCC, U04_USCC)],
    note="Sign-up form; WeChat ties it to the forum reply.")

add("/landing/huishen-aixly.html", "慧申教育 AI训练营 人工智能训练师",
    form("慧申教育 AI训练营|人工智能训练师 初级/中级 限时优惠",
         """<div class="card"><p class="price">中级 2980 元 <s>3680</s></p><p>初级 1980 元 · 支持花呗分期</p>
<p>咨询热线 12333 为人社政策咨询电话,课程咨询请留言。</p></div>""",
         ["意向班型"],
         f"""<div class="card"><p>课程资料:<a href="mailto:huishen_edu@sina.com">huishen_edu@sina.com</a></p>
<p>郑州慧申教育咨询有限公司 统一社会信用代码:{U06_USCC}</p></div>"""),
    offer=True, op="U06", provider="慧申教育",
    ids=[("email", "huishen_edu@sina.com", "huishen_edu@sina.com"), ("uscc", U06_USCC, U06_USCC)],
    note="Landing page from the same form template as another seller's; e-mail ties it to the note.")

add("/landing/letu-ai.html", "乐途教育 人工智能训练师 低至99",
    form("乐途教育|AI训练师 原价9999 限时99 体验课",
         """<p>99 元体验 3 节课,正式班五级 2,380 元。拿到证书便可升职加薪!</p>
<p>招生老师:158 2746 9031 ｜ 微信 letu_edu520</p>""",
         ["所在城市"], ""),
    offer=True, op="I05", provider="乐途教育",
    ids=[("phone", "+8615827469031", "158 2746 9031"), ("wechat", "letu_edu520", "letu_edu520")],
    note="Independent landing page on the shared form template.")

# =====================================================================
# Chat-group board: 群广场
# =====================================================================
QUN_FOOT = """<footer>群广场 · 群信息由群主提交 · 投诉建议加管理员微信 qgc_kefu2025</footer>"""


def qun(name, kv, desc):
    dl = "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in kv)
    return f"""<header><a href="../index.html">导航</a> · <a href="index.html">群广场</a> &gt; 教育考证</header>
<div class="wrap"><h1 style="font-size:20px">{name}</h1><dl>{dl}</dl><div class="card pre">{desc}</div></div>{QUN_FOOT}"""


add("/qun/g-20931.html", "锐学堂 AI训练师三级 学习交流群",
    qun("锐学堂·人工智能训练师三级 学习交流群",
        [("群号", "702946183"), ("人数", "1486/2000"), ("群主 QQ", "3340581927"), ("标签", "考证 AI 补贴")],
        """入群送三级题库
三级班 4580 元,12 期分期
结业可申请补贴(需满足参保条件)"""),
    offer=True, op="U05", provider="锐学堂",
    ids=[("qq_group", "702946183", "702946183"), ("qq", "3340581927", "3340581927")],
    note="Group board entry; owner QQ ties to the microblog, group number to the job post.")

add("/qun/g-21077.html", "启智AI 数据标注 训练师考证群",
    qun("启智AI·数据标注/训练师考证群",
        [("群主手机", "17318250467"), ("群主QQ", "1682930457"), ("人数", "372")],
        """启智AI 四级 2980 / 三级 3680
每周直播答疑,考前模拟三轮
报名联系群主"""),
    offer=True, op="U09", provider="启智AI",
    ids=[("phone", "+8617318250467", "17318250467"), ("qq", "1682930457", "1682930457")],
    note="Group board entry; phone ties to the note.")

add("/qun/index.html", "群广场 · 教育考证",
    f"""<header><a href="../index.html">导航</a> · 群广场</header>
<div class="wrap"><h1>教育考证 · 热门群</h1><ul>
<li><a href="g-20931.html">锐学堂·人工智能训练师三级 学习交流群</a></li>
<li><a href="g-21077.html">启智AI·数据标注/训练师考证群</a></li></ul></div>{QUN_FOOT}""",
    note="Group board index.")

# =====================================================================
# Company sites (速建云 builder)
# =====================================================================
SJY = """<p class="builder">技术支持:速建云建站 www.sujianyun.cn 服务热线 400-996-5318</p>"""
HUAZHI = "华职(浙江)技能评价中心 考务咨询 0571-8697 2035"

add("/zhiyuan/index.html", "上海浦东新区致远职业技能培训学校 · 人工智能训练师",
    f"""<header style="background:#0b3d91;color:#fff"><b>致远智能职业培训学校</b> · <a style="color:#fff" href="../index.html">导航</a> · <a style="color:#fff" href="blog/ai-trainer-2026.html">学校动态</a></header>
<div class="wrap"><h1>人工智能训练师(4-04-05-05)培训项目</h1>
<div style="display:grid;grid-template-columns:1fr 1fr 1fr;gap:10px">
<div class="card"><h3>五级/初级工</h3><p class="price">¥2,580</p><p>60 课时</p></div>
<div class="card"><h3>四级/中级工</h3><p class="price">¥3,980</p><p>50 课时,可分期</p></div>
<div class="card"><h3>三级/高级工</h3><p class="price">¥4,680</p><p>40 课时</p></div></div>
<p>培训结束后由备案评价机构组织认定,不承诺通过。认定考点:{HUAZHI}。政策咨询:12333。</p>
<address class="card">招生热线 <a href="tel:+8618621347705">186 2134 7705</a> · 邮箱 <a href="mailto:zhaosheng@zhiyuan-ai.com.cn">zhaosheng@zhiyuan-ai.com.cn</a><br>
地址:上海市浦东新区张江路某号 · 官网 zhiyuan-ai.com.cn</address></div>
<footer>© 上海浦东新区致远职业技能培训学校 统一社会信用代码 {U02_USCC} · 沪ICP备2026xxxx号{SJY}</footer>""",
    offer=True, op="U02", provider="致远智能职业培训学校",
    ids=[("phone", "+8618621347705", "186 2134 7705"), ("email", "zhaosheng@zhiyuan-ai.com.cn", "zhaosheng@zhiyuan-ai.com.cn"),
         ("domain", "zhiyuan-ai.com.cn", "zhiyuan-ai.com.cn"), ("uscc", U02_USCC, U02_USCC)],
    note="Seller company site; phone ties it to its blog post. Assessment-centre number and site-builder credit are shared with other sellers.")

add("/zhiyuan/blog/ai-trainer-2026.html", "致远AI学堂 | 2026年人工智能训练师报考指南",
    f"""<header style="background:#0b3d91;color:#fff"><a style="color:#fff" href="../index.html">致远智能职业培训学校</a> · 学校动态</header>
<div class="wrap"><article><h1>2026年人工智能训练师报考指南(附致远AI学堂开班计划)</h1>
<p>人工智能训练师是 2020 年发布的新职业,证书为职业技能等级证书,由备案评价机构颁发。</p>
<h2>开班计划</h2><ul><li>12 月四级直播班:3980 元,分期 3 期</li><li>1 月五级周末班:2580 元</li></ul>
<p>咨询:18621347705(微信同号)· 学员 QQ群:683205917</p></article></div>
<footer>致远AI学堂 · {SJY}</footer>""",
    offer=True, op="U02", provider="致远AI学堂",
    ids=[("phone", "+8618621347705", "18621347705"), ("wechat", "18621347705", "18621347705"),
         ("qq_group", "683205917", "683205917")],
    note="Seller blog post; phone ties it to the company page, QQ group to the forum thread.")

add("/hengxin/index.html", "苏州恒信智能科技有限公司 · AI训练师实训",
    f"""<header style="background:#123;color:#fff"><b>恒信智能科技</b> · <a style="color:#9cf" href="../index.html">导航</a> · <a style="color:#9cf" href="news/kaoqian-tips.html">新闻动态</a></header>
<div class="wrap"><h1>恒信AI学院 · 人工智能训练师实训营</h1>
<table><tr><th>项目</th><th>等级</th><th>学费</th><th>周期</th></tr>
<tr><td>周末班</td><td>三级</td><td>4,280 元</td><td>8 周</td></tr>
<tr><td>脱产班</td><td>三级</td><td>4,980 元</td><td>4 周</td></tr>
<tr><td>企业内训</td><td>四级/三级</td><td>面议</td><td>—</td></tr></table>
<p>配套课件编号 13572468024(华章数字课件授权)。认定考点:{HUAZHI}。</p>
<dl class="card"><dt>客服QQ</dt><dd>2741069835</dd><dt>邮箱</dt><dd>hx_ai@hengxin-ai.cn</dd><dt>网址</dt><dd>https://www.hengxin-ai.cn</dd></dl></div>
<footer>苏州恒信智能科技有限公司 统一社会信用代码:{U07_USCC}{SJY}</footer>""",
    offer=True, op="U07", provider="恒信智能科技",
    ids=[("qq", "2741069835", "2741069835"), ("email", "hx_ai@hengxin-ai.cn", "hx_ai@hengxin-ai.cn"),
         ("domain", "hengxin-ai.cn", "https://www.hengxin-ai.cn"), ("uscc", U07_USCC, U07_USCC)],
    note="Seller company site; QQ ties it to the forum thread, e-mail and domain to its news post.")

add("/hengxin/news/kaoqian-tips.html", "恒信AI学院:三级考前冲刺班开课通知",
    f"""<header style="background:#123;color:#fff"><a style="color:#9cf" href="../index.html">恒信智能科技</a> · 新闻动态</header>
<div class="wrap"><article><h1>三级考前冲刺班开课通知</h1><p class="pre">恒信AI学院人工智能训练师三级考前冲刺班将于12月6日开课。
冲刺班费用 1,200 元(已报实训营学员免费)。
报名请发邮件至 hx_ai@hengxin-ai.cn ,或访问 hengxin-ai.cn 在线登记。</p></article></div>
<footer>恒信智能科技{SJY}</footer>""",
    offer=True, op="U07", provider="恒信AI学院",
    ids=[("email", "hx_ai@hengxin-ai.cn", "hx_ai@hengxin-ai.cn"), ("domain", "hengxin-ai.cn", "hengxin-ai.cn")],
    note="Seller news post on its company site.")

add("/ruixue/index.html", "睿学职业技能培训(成都)有限公司",
    f"""<header style="background:#5a2;color:#fff"><b>睿学职业技能培训</b> · <a style="color:#fff" href="../index.html">导航</a></header>
<div class="wrap"><h1>人工智能训练师 五级/四级 成都面授班</h1>
<div class="card"><p>五级 1,880 元 · 四级 2,880 元 · 可申领技能提升补贴(需参保满一年)</p>
<p>证书查询:zscx.osta.org.cn · 政策咨询 12333</p></div>
<p>咨询电话:<a href="tel:02885912746">028-8591 2746</a> · 邮箱 info@ruixue-px.cn · 网站 ruixue-px.cn</p></div>
<footer>睿学职业技能培训(成都)有限公司 {I04_USCC}{SJY}</footer>""",
    offer=True, op="I04", provider="睿学职业技能培训",
    ids=[("phone", "+862885912746", "028-8591 2746"), ("email", "info@ruixue-px.cn", "info@ruixue-px.cn"),
         ("domain", "ruixue-px.cn", "ruixue-px.cn"), ("uscc", I04_USCC, I04_USCC)],
    note="Independent one-page company site; shares only the site-builder credit with others.")

# =====================================================================
# Job board: 聚才网
# =====================================================================
JOB_FOOT = """<footer>聚才网 · 招聘热线 400-670-2219 · 举报邮箱 kefu@jucaiwang.com · 求职中收取费用的均属违规,请警惕</footer>"""


def job(title, company, rows, desc):
    r = "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in rows)
    return f"""<header style="background:#1890ff;color:#fff"><a style="color:#fff" href="../index.html">导航</a> · <a style="color:#fff" href="index.html">聚才网</a></header>
<div class="wrap"><h1 style="font-size:20px">{title}</h1><p><b>{company}</b></p><table>{r}</table>
<div class="card jd">{desc}</div></div>{JOB_FOOT}"""


add("/jobs/job-118820.html", "AI训练师学员 带薪实训 新锐职教",
    job("AI训练师(学员) 带薪实训 包推荐", "新锐职教",
        [("薪资", "6-9K"), ("地点", "杭州"), ("经验", "不限"), ("学历", "不限")],
        f"""<p>岗位说明:入职前需参加人工智能训练师三级培训(学费 4580 元,可分期),考取证书后推荐上岗。</p>
<p>学员群:702946183 · 报名官网 www.ruixuetang.net</p><p>{HUAZHI}</p>"""),
    offer=True, op="U05", provider="新锐职教",
    ids=[("qq_group", "702946183", "702946183"), ("domain", "ruixuetang.net", "www.ruixuetang.net")],
    note="Job post that sells a course; QQ group ties it to the group board post.")

add("/jobs/job-118907.html", "AI训练师 零基础 先培训后上岗 智拓学苑",
    job("人工智能训练师(可零基础,先培训后上岗)", "武汉智拓文化传播有限公司",
        [("薪资", "8-15K"), ("地点", "武汉"), ("经验", "不限")],
        f"""<p>公司提供技师证培训,培训费 6980 元,取证后安排挂靠或上岗。</p>
<p>统一社会信用代码:{U08_USCC}</p><p>职位咨询 QQ群 915237046</p>"""),
    offer=True, op="U08", provider="智拓学苑",
    ids=[("uscc", U08_USCC, U08_USCC), ("qq_group", "915237046", "915237046")],
    note="Job post that sells a course; credit code ties it to the WeChat article.")

add("/jobs/job-119012.html", "数据标注培训+就业 北辰数据科技",
    job("数据标注专员(需持人工智能训练师证,可代培训)", "北辰数据科技",
        [("薪资", "5-7K"), ("地点", "北京-大兴"), ("学历", "中专及以上")],
        f"""<p>无证者可参加公司合作培训:人工智能训练师四级 3280 元,考试 {HUAZHI}。</p>
<p>联系:135 2061 7348 ,简历投递 beichen_hr@163.com</p>"""),
    offer=True, op="I06", provider="北辰数据科技",
    ids=[("phone", "+8613520617348", "135 2061 7348"), ("email", "beichen_hr@163.com", "beichen_hr@163.com")],
    note="Independent job post that sells training.")

add("/jobs/job-119100.html", "数据标注员 招聘 澜图智能",
    job("数据标注员(长期)", "澜图智能科技有限公司",
        [("薪资", "5.5-7K · 13薪"), ("地点", "合肥-高新区"), ("学历", "大专"), ("福利", "五险一金")],
        """<p>负责图像/文本数据标注与质检。有人工智能训练师证书者优先,<b>公司不收取任何费用</b>。</p>
<p>简历请投递 hr@lantu-ai.com.cn,电话 0551-6598 3307。</p>"""),
    ids=[("email", "hr@lantu-ai.com.cn", "hr@lantu-ai.com.cn"), ("phone", "+8655165983307", "0551-6598 3307")],
    note="A genuine job ad (employer hiring, no course sold); not an offer.")

add("/jobs/index.html", "聚才网 · AI相关职位",
    f"""<header style="background:#1890ff;color:#fff"><a style="color:#fff" href="../index.html">导航</a> · 聚才网</header>
<div class="wrap"><h1>AI 训练 / 数据标注 职位</h1>
<div class="card"><a href="job-118820.html">AI训练师(学员) 带薪实训</a> · 杭州</div>
<div class="card"><a href="job-118907.html">人工智能训练师(可零基础)</a> · 武汉</div>
<div class="card"><a href="job-119012.html">数据标注专员</a> · 北京</div>
<div class="card"><a href="job-119100.html">数据标注员(长期)</a> · 合肥</div></div>{JOB_FOOT}""",
    note="Job board list page.")

# =====================================================================
# News and official pages
# =====================================================================
NEWS_FOOT = """<footer>东岸新闻网 · 新闻热线 0571-8509 9110 · 转载请注明出处</footer>"""

add("/news/warning-shanzhai.html", "警惕!“AI训练师证包过”骗局又出新花样",
    f"""<header><a href="../index.html">导航</a> · <a href="index.html">东岸新闻网</a> · 社会</header>
<div class="wrap"><article><h1>警惕!“AI训练师证包过”骗局又出新花样</h1><p style="color:#888">2026-11-11 记者 方晴</p>
<p>近期,多名市民反映遭遇“人工智能训练师证书免考包过”诈骗。对方以“人社部直属考证中心”名义,收取数千元后失联。</p>
<p>记者核实,涉事号码 171 2290 6637 和微信号 zhengshu_kuaiban 已被多人举报。</p>
<p>市人社局提醒:人工智能训练师证书属于职业技能等级证书,由备案评价机构颁发;可通过技能人才评价证书全国联网查询 zscx.osta.org.cn 核验,专业技术类资格可在 cpta.com.cn 查询。如有疑问拨打 12333,遇到消费纠纷可拨 12315 或 12345。</p></article></div>{NEWS_FOOT}""",
    note="News warning; quotes a scammer's phone and WeChat (decoys) and public hotlines.")

add("/news/policy-subsidy.html", "技能提升补贴政策延续 人工智能训练师在列",
    f"""<header><a href="../index.html">导航</a> · <a href="index.html">东岸新闻网</a> · 政策</header>
<div class="wrap"><article><h1>技能提升补贴政策延续,多地将人工智能训练师列入紧缺职业目录</h1>
<p style="color:#888">2026-10-30</p>
<p>参加失业保险满一年的职工取得职业技能等级证书,可按规定申领技能提升补贴,五级、四级、三级分别最高 1000、1500、2000 元,纳入紧缺目录的可上浮 30%。</p>
<p>相关政策咨询可拨打 12333。</p></article></div>{NEWS_FOOT}""",
    note="Policy news; no seller.")

add("/news/index.html", "东岸新闻网",
    f"""<header><a href="../index.html">导航</a> · 东岸新闻网</header>
<div class="wrap"><h1>要闻</h1><ul>
<li><a href="warning-shanzhai.html">警惕!“AI训练师证包过”骗局又出新花样</a></li>
<li><a href="policy-subsidy.html">技能提升补贴政策延续 人工智能训练师在列</a></li>
<li><a href="../gov/explain-ai-trainer.html">江澜市人社局:人工智能训练师证书问答</a></li></ul></div>{NEWS_FOOT}""",
    note="News list page.")

add("/gov/explain-ai-trainer.html", "江澜市人力资源和社会保障局 · 人工智能训练师证书政策问答",
    """<header style="background:#b00;color:#fff">江澜市人力资源和社会保障局 · <a style="color:#fff" href="../index.html">导航</a></header>
<div class="wrap"><h1>人工智能训练师职业技能等级证书政策问答</h1><dl>
<dt>问:人工智能训练师证书由谁颁发?</dt><dd>答:由经人社部门备案的用人单位或社会培训评价组织颁发,政府部门不直接发证。</dd>
<dt>问:如何查询证书真伪?</dt><dd>答:登录技能人才评价证书全国联网查询 zscx.osta.org.cn,或咨询 12333。</dd>
<dt>问:有“包过”“免考”的机构可信吗?</dt><dd>答:不可信。请勿向承诺包过、免考的机构缴费。</dd></dl></div>
<footer>江澜市人力资源和社会保障局 主办 · 咨询电话 12333</footer>""",
    note="Official explainer page (invented city bureau).")

# =====================================================================
# Portal index
# =====================================================================
INDEX = """<header style="background:#f5f5f5"><h1 style="margin:0">职业技能信息导航</h1><p>收录考证、培训、招聘相关站点 · 每日更新</p></header>
<div class="wrap" style="display:grid;grid-template-columns:1fr 1fr;gap:14px">
<section class="card"><h2>购物 · 分类</h2><ul>
<li><a href="mall/index.html">优品集市 · 职业技能频道</a></li>
<li><a href="fenlei/index.html">同城快帖 · 教育培训</a></li>
<li><a href="jobs/index.html">聚才网 · AI 职位</a></li></ul></section>
<section class="card"><h2>社区</h2><ul>
<li><a href="bbs/index.html">职场充电论坛</a></li>
<li><a href="wenda/q-88120.html">问问知道:证书怎么查真伪?</a></li>
<li><a href="weibo/topic-ai.html">微语 #AI训练师#</a></li>
<li><a href="biji/search.html">小橙书 · AI训练师笔记</a></li>
<li><a href="qun/index.html">群广场 · 教育考证</a></li></ul></section>
<section class="card"><h2>视频 · 公众号</h2><ul>
<li><a href="video/v-73310829.html">抖趣:90%小白都能学会的AI训练师</a></li>
<li><a href="video/v-73311456.html">抖趣:三级实操演示</a></li>
<li><a href="mp/s-yh2311.html">远航数标学苑:考证全攻略</a></li>
<li><a href="mp/s-zt0918.html">智拓学苑:高级技师报名通道</a></li></ul></section>
<section class="card"><h2>机构 · 报名</h2><ul>
<li><a href="zhiyuan/index.html">致远智能职业培训学校</a></li>
<li><a href="hengxin/index.html">恒信智能科技</a></li>
<li><a href="ruixue/index.html">睿学职业技能培训(成都)</a></li>
<li><a href="landing/zxwl-baoming.html">智训未来AI学院 报名表</a></li>
<li><a href="landing/qmx-signup.html">启明星培训 报名登记</a></li>
<li><a href="landing/huishen-aixly.html">慧申教育 AI训练营</a></li>
<li><a href="landing/letu-ai.html">乐途教育 体验课</a></li></ul></section>
<section class="card"><h2>新闻 · 政策</h2><ul>
<li><a href="news/index.html">东岸新闻网</a></li>
<li><a href="gov/explain-ai-trainer.html">江澜市人社局 政策问答</a></li></ul></section>
</div><footer>导航站 · 链接内容由各站点负责</footer>"""
add("/index.html", "职业技能信息导航", INDEX, note="Portal index linking every site.")

# =====================================================================
# truth
# =====================================================================
OPERATORS = [
    ["U01", {"brands": ["智训未来教育", "星澜职培", "智训未来AI学院"],
             "ties": "marketplace item -(mobile 137-5842-0916)- classifieds post -(WeChat xinglan_ai88)- note -(e-mail zxwl_edu@163.com)- sign-up form"}],
    ["U02", {"brands": ["致远智能职业培训学校", "致远AI学堂", "远航数标学苑"],
             "ties": "company page -(mobile 18621347705)- blog post -(QQ group 683205917)- forum thread -(WeChat yuanhang_ds)- WeChat article"}],
    ["U03", {"brands": ["博思AI职教", "数智工坊"],
             "ties": "marketplace item -(QQ 1493028675)- Q&A answer -(WeChat bosi_zhijiao)- short video"}],
    ["U04", {"brands": ["领航职业技能服务中心", "启明星培训"],
             "ties": "classifieds post -(second mobile 13326097714, full-width on the forum)- forum reply -(WeChat qmx_peixun)- sign-up form"}],
    ["U05", {"brands": ["新锐数智教育", "锐学堂", "新锐职教"],
             "ties": "marketplace item -(mobile 19857316620)- microblog -(QQ 3340581927)- group board -(QQ group 702946183)- job post"}],
    ["U06", {"brands": ["优智职业培训", "慧申教育"],
             "ties": "classifieds post -(WeChat = mobile 15138724409)- note -(e-mail huishen_edu@sina.com)- landing page"}],
    ["U07", {"brands": ["恒信AI学院", "小恒老师", "恒信智能科技"],
             "ties": "forum thread -(mobile 13667158290)- short video; forum thread -(QQ 2741069835)- company site -(e-mail, domain)- news post"}],
    ["U08", {"brands": ["金榜职业教育", "金榜AI训练师考证中心", "智拓学苑"],
             "ties": "marketplace item -(mobile 18907653142)- microblog -(WeChat jinbang_ai)- WeChat article -(credit code)- job post"}],
    ["U09", {"brands": ["启智数据标注培训", "启智AI"],
             "ties": "Q&A answer -(WeChat qizhi-ai-666)- note -(mobile 17318250467)- group board"}],
    ["I01", {"brands": ["云启教育"], "ties": "single page"}],
    ["I02", {"brands": ["明德职业技能培训"], "ties": "single page"}],
    ["I03", {"brands": ["AI考证小助手"], "ties": "single page"}],
    ["I04", {"brands": ["睿学职业技能培训"], "ties": "single page"}],
    ["I05", {"brands": ["乐途教育"], "ties": "single page"}],
    ["I06", {"brands": ["北辰数据科技"], "ties": "single page"}],
]

MALL_ITEMS = ["/mall/item-70215.html", "/mall/item-70388.html", "/mall/item-70442.html",
              "/mall/item-70517.html", "/mall/item-70603.html", "/mall/item-70690.html", "/mall/index.html"]
FL = ["/fenlei/post-558102.html", "/fenlei/post-558317.html", "/fenlei/post-558476.html",
      "/fenlei/post-558530.html", "/fenlei/index.html"]
BBS = ["/bbs/thread-31207.html", "/bbs/thread-31255.html", "/bbs/thread-31298.html",
       "/bbs/thread-31340.html", "/bbs/thread-31362.html", "/bbs/index.html"]
JOBS = ["/jobs/job-118820.html", "/jobs/job-118907.html", "/jobs/job-119012.html",
        "/jobs/job-119100.html", "/jobs/index.html"]
FORMS = ["/landing/zxwl-baoming.html", "/landing/qmx-signup.html", "/landing/huishen-aixly.html",
         "/landing/letu-ai.html"]
SJY_PAGES = ["/zhiyuan/index.html", "/zhiyuan/blog/ai-trainer-2026.html", "/hengxin/index.html",
             "/hengxin/news/kaoqian-tips.html", "/ruixue/index.html"]
HUAZHI_PAGES = ["/zhiyuan/index.html", "/hengxin/index.html", "/jobs/job-118820.html",
                "/jobs/job-119012.html"]

DECOYS = [
    {"kind": "phone", "value": "12333", "paths": ["/gov/explain-ai-trainer.html", "/news/warning-shanzhai.html",
     "/news/policy-subsidy.html", "/zhiyuan/index.html", "/landing/huishen-aixly.html", "/ruixue/index.html",
     "/bbs/thread-31340.html", "/wenda/q-88120.html"], "note": "national labour-and-social-security hotline"},
    {"kind": "phone", "value": "12345", "paths": ["/bbs/thread-31340.html", "/news/warning-shanzhai.html"],
     "note": "government service hotline"},
    {"kind": "phone", "value": "12315", "paths": ["/bbs/thread-31340.html", "/news/warning-shanzhai.html",
     "/fenlei/post-558530.html"], "note": "consumer complaint hotline"},
    {"kind": "domain", "value": "zscx.osta.org.cn", "paths": ["/mall/item-70215.html", "/mall/item-70388.html",
     "/landing/zxwl-baoming.html", "/mp/s-zt0918.html", "/ruixue/index.html", "/gov/explain-ai-trainer.html",
     "/news/warning-shanzhai.html", "/wenda/q-88120.html", "/bbs/thread-31340.html"],
     "note": "official certificate query site quoted by sellers of several operators"},
    {"kind": "domain", "value": "cpta.com.cn", "paths": ["/news/warning-shanzhai.html"],
     "note": "official personnel-exam site named in a warning"},
    {"kind": "phone", "value": "+864008206618", "paths": MALL_ITEMS, "note": "marketplace's own service line in the footer of every item"},
    {"kind": "uscc", "value": MALL_USCC, "paths": MALL_ITEMS, "note": "marketplace operator's credit code in the platform footer"},
    {"kind": "email", "value": "service@youpinjishi.com", "paths": MALL_ITEMS, "note": "marketplace complaint mailbox in the footer"},
    {"kind": "phone", "value": "+8675523681190", "paths": FL, "note": "classifieds site's own customer-service number"},
    {"kind": "qq", "value": "805573210", "paths": BBS, "note": "forum admin QQ in the forum footer"},
    {"kind": "phone", "value": "+8617122906637", "paths": ["/bbs/thread-31340.html", "/news/warning-shanzhai.html"],
     "note": "scammer number quoted in a complaint and a news warning"},
    {"kind": "wechat", "value": "zhengshu_kuaiban", "paths": ["/bbs/thread-31340.html", "/news/warning-shanzhai.html"],
     "note": "scammer WeChat quoted in a complaint and a news warning"},
    {"kind": "other", "value": "18306412957", "paths": ["/mall/item-70442.html"],
     "note": "11-digit marketplace item number that looks like a mobile"},
    {"kind": "other", "value": "13572468024", "paths": ["/mall/item-70388.html", "/hengxin/index.html"],
     "note": "courseware licence number that looks like a mobile, quoted by two operators"},
    {"kind": "other", "value": CERT_NO, "paths": ["/mall/item-70215.html", "/weibo/status-4920311.html",
     "/mp/s-zt0918.html", "/weibo/status-4920702.html"],
     "note": "number on a sample certificate image reused by sellers of four operators"},
    {"kind": "phone", "value": "+8657186972035", "paths": HUAZHI_PAGES,
     "note": "assessment centre's number quoted on several sellers' pages"},
    {"kind": "domain", "value": "sujianyun.cn", "paths": SJY_PAGES, "note": "site builder credit on company sites"},
    {"kind": "phone", "value": "+864009965318", "paths": SJY_PAGES, "note": "site builder's service line"},
    {"kind": "domain", "value": "maitianbiaodan.com", "paths": FORMS, "note": "form service credit"},
    {"kind": "phone", "value": "+8613800000000", "paths": FORMS, "note": "template placeholder phone"},
    {"kind": "email", "value": "name@example.com", "paths": FORMS, "note": "template placeholder e-mail"},
    {"kind": "phone", "value": "+864006702219", "paths": JOBS, "note": "job board's hotline"},
    {"kind": "email", "value": "kefu@jucaiwang.com", "paths": JOBS, "note": "job board's report mailbox"},
    {"kind": "phone", "value": "+864001402108", "paths": ["/video/v-73310829.html", "/video/v-73311456.html"],
     "note": "short-video platform's report line"},
    {"kind": "wechat", "value": "qgc_kefu2025", "paths": ["/qun/g-20931.html", "/qun/g-21077.html", "/qun/index.html"],
     "note": "group board admin WeChat"},
    {"kind": "phone", "value": "+8657185099110", "paths": ["/news/warning-shanzhai.html", "/news/policy-subsidy.html",
     "/news/index.html"], "note": "news site hotline"},
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    for p in PAGES:
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(p["html"])
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    truth = {
        "description": "Sealed web operators-2026-12z: Chinese pages selling 人工智能训练师 certificate courses "
                       "across a marketplace, classifieds, forum, Q&A, microblog, notes app, short video, "
                       "WeChat articles, sign-up forms, a chat-group board, company sites and a job board, "
                       "plus news, official and neutral pages. 9 multi-page operators, 6 independents, decoys.",
        "pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")}
                  for p in sorted(PAGES, key=lambda x: x["path"])],
        "operators": OPERATORS,
        "decoys": DECOYS,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(PAGES)} pages")


if __name__ == "__main__":
    main()
