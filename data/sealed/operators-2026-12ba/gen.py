#!/usr/bin/env python3
"""Web 12ba: commerce-heavy labeled test web for operator linking (AI-trainer certificate ads).
Deterministic, standard library only. Writes site/ and truth.json next to this file."""
import json, os, posixpath, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(prefix8, org8):
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    s = sum(val(c) * w for c, w in zip(org8, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    body = prefix8 + org8 + ("X" if c == 10 else "0" if c == 11 else str(c))
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(body, WEIGHTS)) % 31
    return body + ALPH[0 if r == 31 else r]


U01_USCC = uscc("91310115", "MA1K4R7B")
U04_USCC = uscc("91320505", "MA1Y2P8D")
U07_USCC = uscc("52110108", "50387261")
I04_USCC = uscc("91330106", "MA2CJ9H4")
MALL_USCC = uscc("91330110", "MA27XU3N")
B2B_USCC = uscc("91440300", "MA5G1TQ8")

PAGES = []


def page(path, style, title, body, crumbs=None, related=None, offer=False, op=None,
         provider=None, ids=None, note="", side=""):
    PAGES.append(dict(path=path, style=style, title=title, body=body, crumbs=crumbs or [],
                      related=related or [], is_offer=offer, operator=op, provider=provider,
                      identifiers=ids or [], note=note, side=side))


def rel(frm, to):
    to = to if to.startswith("/") else "/" + to
    return posixpath.relpath(to, posixpath.dirname(frm) or ".")


def links(frm, items):
    return "".join('<li><a href="%s">%s</a></li>' % (rel(frm, p), t) for p, t in items)


CSS = ("body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:0;color:#333}"
       "header,footer{padding:8px 16px}main{display:flex;gap:16px;padding:12px 16px}"
       ".content{flex:3}.side{flex:1;font-size:13px;background:#fafafa;padding:8px}"
       ".crumbs{font-size:12px;color:#999;padding:4px 16px}footer{font-size:12px;color:#888;border-top:1px solid #eee}"
       ".price{color:#f40;font-size:22px}.cmt{border-top:1px dashed #ddd;padding:6px 0;font-size:13px}")

# ---------------------------------------------------------------- site frames
FRAMES = {
    "mall": dict(
        brand="淘学集市", color="#ff5000",
        nav=[("index.html", "淘学集市首页"), ("mall/index.html", "职业考证"), ("mall/help.html", "帮助中心")],
        foot=("淘学集市客服热线 400-826-5170（9:00-21:00）｜投诉邮箱 kefu@taoxuejishi.com｜"
              "© 2019-2026 taoxuejishi.com 杭州淘学网络科技有限公司 营业执照 统一社会信用代码 " + MALL_USCC +
              "｜浙ICP备19042217号-3｜平台提示：请勿脱离平台私下交易，谨防“包过”“内部名额”等虚假宣传")),
    "xianyu": dict(
        brand="二货宝", color="#ffda44",
        nav=[("index.html", "首页"), ("xianyu/index.html", "闲置·技能服务")],
        foot=("二货宝 erhuobao.com ｜ 平台客服 400-690-8817 ｜ 安全提醒：聊天中让你加微信、先付定金、扫码转账的，"
              "都可能是骗子，交易请使用担保支付")),
    "tuan": dict(
        brand="拼学团", color="#e02e24",
        nav=[("index.html", "首页"), ("tuan/index.html", "拼课频道")],
        top="本期活动编号：13520240601 ｜ 拼团成功后 48 小时内未开课可申请全额退款",
        foot="拼学团 pinxuetuan.cn ｜ 客服电话 400-991-0256 ｜ 沪ICP备20011873号 ｜ 课程由入驻商家提供，平台不对证书发放作出承诺"),
    "mp": dict(
        brand="小程序", color="#07c160",
        nav=[("index.html", "返回首页")],
        foot="本小程序由 速建云 提供技术支持 sujianyun.com ｜ 报名表单由 填表通 tianbiaotong.com 提供"),
    "b2b": dict(
        brand="培训黄页网", color="#1a5fb4",
        nav=[("index.html", "首页"), ("b2b/index.html", "培训机构名录"), ("b2b/index.html", "职业技能")],
        foot=("培训黄页网 pxhuangye.com ｜ 商友交流QQ群：826104573 ｜ 本站客服：0755-23619480 ｜ 深圳黄页信息科技有限公司 "
              "统一社会信用代码 " + B2B_USCC + " ｜ 信息由企业自行发布，本站不担保其真实性")),
    "corp": dict(brand="", color="#234", nav=[], foot=""),
    "notes": dict(
        brand="小绿书", color="#2bb673",
        nav=[("index.html", "发现"), ("index.html", "关注")],
        foot="小绿书 lvshu.cn ｜ 违法和不良信息举报：help@lvshu.cn ｜ 笔记内容由用户发布，不代表平台观点"),
    "video": dict(
        brand="快频", color="#111",
        nav=[("index.html", "推荐"), ("index.html", "同城")],
        foot="快频 kuaipin.tv ｜ 举报邮箱 jubao@kuaipin.tv ｜ 网络文化经营许可证 京网文〔2023〕0917-031号"),
    "qun": dict(
        brand="群公告", color="#12b7f5",
        nav=[("index.html", "返回")],
        foot="群公告分享页 · 报名表单由 填表通 tianbiaotong.com 提供 · 仅群成员可见的内容已隐藏"),
    "fenlei": dict(
        brand="同城分类", color="#ff6600",
        nav=[("index.html", "首页"), ("fenlei/index.html", "教育培训"), ("fenlei/index.html", "招聘")],
        foot="同城分类 fenlei123.com ｜ 客服热线 400-115-0678 ｜ 提醒：凡是要求先交定金、押金的都可能是诈骗"),
    "ask": dict(
        brand="知问", color="#0084ff",
        nav=[("index.html", "首页"), ("ask/index.html", "问答"), ("ask/index.html", "职业考证话题")],
        foot="知问 zhiwen.com ｜ 回答仅代表答主个人观点 ｜ 举报：jubao@zhiwen.com"),
    "bbs": dict(
        brand="AI职通论坛", color="#4a6",
        nav=[("index.html", "门户"), ("bbs/index.html", "考证交流区")],
        foot="AI职通论坛 aizhitong-bbs.com ｜ 站务QQ群 550713286 ｜ 禁止发布广告，违者封号 ｜ Powered by Discuz! X3.5"),
    "news": dict(
        brand="新职资讯", color="#b00",
        nav=[("index.html", "首页"), ("news/policy.html", "政策"), ("news/warning.html", "曝光台")],
        foot="新职资讯网 xinzhizx.com ｜ 新闻热线 010-5873 2200 ｜ 本网原创稿件转载请注明出处"),
    "blog": dict(
        brand="老K的折腾笔记", color="#555",
        nav=[("index.html", "首页"), ("blog/ai-trainer-price.html", "考证")],
        foot="© 老K的折腾笔记 · 用 WordPress 搭建 · 本文无任何广告合作"),
    "portal": dict(brand="职考导航", color="#333", nav=[], foot="职考导航 · 收录职业考证相关站点与信息，仅供参考"),
}


def render(p):
    f = FRAMES[p["style"]]
    path = p["path"]
    nav = " | ".join('<a href="%s">%s</a>' % (rel(path, h), t) for h, t in f["nav"])
    crumbs = ""
    if p["crumbs"]:
        crumbs = '<div class="crumbs">' + " &gt; ".join(
            '<a href="%s">%s</a>' % (rel(path, h), t) for h, t in p["crumbs"]) + " &gt; " + p["title"][:24] + "</div>"
    rel_html = ""
    if p["related"]:
        rel_html = "<h4>相关推荐</h4><ul>" + links(path, p["related"]) + "</ul>"
    top = '<div style="font-size:12px;background:#fff4e5;padding:4px 16px">%s</div>' % f["top"] if f.get("top") else ""
    head = ('<header style="background:%s;color:#fff"><b>%s</b> %s</header>' % (f["color"], f["brand"], nav)
            if f["brand"] else "")
    foot = "<footer>%s</footer>" % f["foot"] if f["foot"] else ""
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            "<title>%s</title><style>%s</style></head><body>%s%s%s<main><div class=\"content\">%s</div>"
            "<aside class=\"side\">%s%s</aside></main>%s</body></html>\n") % (
        p["title"], CSS, head, top, crumbs, p["body"], p["side"], rel_html, foot)


def I(kind, norm, written):
    return [kind, norm, written]


# ======================================================================= PAGES
# ---------------------------------------------------------------- portal index
page("/index.html", "portal", "职考导航 - 人工智能训练师考证信息汇总", """
<h1>职考导航 · 人工智能训练师专题</h1>
<p>收录各平台关于 人工智能训练师（4-04-05-05）的课程、报名、经验与曝光信息。本站不卖课，信息真实性请自行核验：
证书查询以 技能人才评价证书全国联网查询 为准。</p>
<h3>购物与拼团</h3><ul>
<li><a href="mall/index.html">淘学集市 · 职业考证类目</a></li>
<li><a href="tuan/index.html">拼学团 · 拼课频道</a></li>
<li><a href="xianyu/index.html">二货宝 · 闲置技能服务</a></li>
<li><a href="b2b/index.html">培训黄页网 · 培训机构名录</a></li>
<li><a href="fenlei/index.html">同城分类 · 教育培训</a></li></ul>
<h3>小程序分享</h3><ul>
<li><a href="mp/yunqi-zhijiao.html">云启职教 小程序 · 报名页</a></li>
<li><a href="mp/youxuehui.html">优学汇AI训练师 小程序</a></li>
<li><a href="mp/qimingxing.html">启明星学堂 小程序</a></li></ul>
<h3>短视频 · 笔记</h3><ul>
<li><a href="video/v-7391046.html">快频：职达AI证书</a></li>
<li><a href="video/v-7402215.html">快频：青橙职教</a></li>
<li><a href="video/v-7415530.html">快频：启明星学堂</a></li>
<li><a href="video/v-7420918.html">快频：阿杰聊考证</a></li>
<li><a href="notes/n-64a1f2.html">小绿书：星图AI学院笔记</a></li>
<li><a href="notes/n-64b7c0.html">小绿书：青橙职教笔记</a></li>
<li><a href="notes/n-64c913.html">小绿书：鼎证通笔记</a></li></ul>
<h3>群公告</h3><ul>
<li><a href="qun/g-738215940.html">嘉禾职培 报名群公告</a></li>
<li><a href="qun/g-hd0606.html">华鼎教育 学员群公告</a></li></ul>
<h3>机构官网</h3><ul>
<li><a href="corp/zhixun/index.html">星图AI学院</a></li>
<li><a href="corp/beichen/index.html">北辰智训</a></li>
<li><a href="corp/jincheng/index.html">锦程AI学苑</a></li></ul>
<h3>社区 · 问答</h3><ul>
<li><a href="bbs/index.html">AI职通论坛 · 考证交流区</a></li>
<li><a href="ask/index.html">知问 · 人工智能训练师话题</a></li>
<li><a href="blog/ai-trainer-price.html">博客：2026 人工智能训练师培训价格横评</a></li></ul>
<h3>资讯 · 曝光</h3><ul>
<li><a href="news/policy.html">政策解读：人工智能训练师证书到底是什么证</a></li>
<li><a href="news/warning.html">曝光：“交钱包过”的人工智能训练师证，一场骗局</a></li>
<li><a href="news/fake-query.html">假查询网站又冒头 证书“官网可查”不可信</a></li></ul>
""", note="portal index linking every section")

# ---------------------------------------------------------------- mall
MALL_SIDE_TMPL = ("<h4>店铺信息</h4><p>{shop}</p><p>描述 {d} ｜ 服务 {s} ｜ 物流 —</p>"
                  "<p>开店时长：{y}</p><p><a href=\"../mall/help.html\">如何联系客服？</a></p>")

page("/mall/index.html", "mall", "人工智能训练师 - 淘学集市搜索", """
<form>搜索：<input value="人工智能训练师 证书"> <button>搜索</button></form>
<p>共找到 4 件宝贝（已按综合排序）　筛选：课程形式 / 地区 / 价格</p>
<ol>
<li><a href="item-58213.html">【智训教育】人工智能训练师四级/三级 职业技能等级证书 培训+报名</a> ￥1680 · 上海 · 已售 312</li>
<li><a href="item-60377.html">北辰智训 人工智能训练师（数据标注员）三级 线下周末班</a> ￥2980 · 北京 · 已售 86</li>
<li><a href="item-61920.html">青禾AI考证 人工智能训练师五级 零基础网课 送题库</a> ￥699 · 广州 · 已售 1.2万+</li>
<li><a href="shop-yunqi.html">云启职教官方店 — 进店逛逛</a> 苏州 · 店铺评分 4.8</li>
</ol>
<p>没找到想要的？试试 <a href="help.html">帮助中心</a></p>
""", crumbs=[("/index.html", "首页")], note="marketplace search results list")

page("/mall/help.html", "mall", "帮助中心 - 职业培训类商品购买须知", """
<h2>职业培训/考证类商品购买须知</h2>
<p>1. 职业技能等级证书由经人社部门备案的评价机构颁发，商家只能提供培训与报名服务，不能承诺“包过”。
凡页面出现“包过”“不考试直接拿证”“内部名额”的，请点击举报。</p>
<p>2. 证书真伪请在 技能人才评价证书全国联网查询 核验，不要相信卖家提供的其他“官网”。</p>
<p>3. 如遇虚假宣传，可联系平台客服，也可拨打 12315 消费者投诉热线；涉及补贴、证书政策问题可咨询 12333。</p>
<p>4. 申请售后请提供订单号（示例：订单号 15024061835 为 11 位数字，并非手机号，请勿拨打）。</p>
<p>5. 请勿添加商家微信私下转账，脱离平台交易无法获得保障。</p>
""", crumbs=[("/index.html", "首页"), ("/mall/index.html", "职业考证")],
     note="marketplace help page: platform hotlines, order-number example")

page("/mall/item-58213.html", "mall", "【智训教育】人工智能训练师四级/三级 职业技能等级证书 培训+报名", """
<h1>【智训教育】人工智能训练师四级/三级 职业技能等级证书 培训+报名 官方可查</h1>
<p class="price">￥1680 <s>￥2980</s></p>
<p>套餐：四级（中级工）1680 ／ 三级（高级工）2280 ／ 四级+三级连报 3580</p>
<p>服务：线上直播 50 课时 + 上海线下实操 2 天 + 统一报名 + 考前押题</p>
<h3>宝贝详情</h3>
<p>人工智能训练师是人社部、工信部联合发布标准的新职业（4-04-05-05），分数据标注员、人工智能算法测试员两个工种。
本店合作评价机构已备案，证书 入库可查，查询网址 zscx.osta.org.cn。</p>
<p>报名条件：四级需从事相关工作满 6 年或持五级证书满 4 年；大专在读可咨询。材料不会准备？拍下后联系客服一对一指导。</p>
<p>咨询请拍下后联系旺旺，或加老师微信 zhixun_ai88（备注“淘学”），电话 138 1726 4590</p>
<h3>累计评价 (212)</h3>
<div class="cmt">l***9：老师很负责，材料一次过审。</div>
<div class="cmt">小***呀：直播回放可以看，实操课在浦东，交通方便。</div>
<div class="cmt">t***k：四级已拿证，可以查到，补贴也申请下来了。</div>
""", crumbs=[("/index.html", "首页"), ("/mall/index.html", "职业考证")],
     related=[("/mall/item-60377.html", "北辰智训 三级周末班"), ("/mall/item-61920.html", "青禾AI考证 五级网课")],
     side=MALL_SIDE_TMPL.format(shop="智训教育官方旗舰店", d="4.9", s="4.8", y="4年"),
     offer=True, op="U01", provider="智训教育",
     ids=[I("wechat", "zhixun_ai88", "zhixun_ai88"), I("phone", "+8613817264590", "138 1726 4590")],
     note="marketplace item of U01 (brand 智训教育)")

page("/mall/item-60377.html", "mall", "北辰智训 人工智能训练师（数据标注员）三级 线下周末班", """
<h1>北辰智训｜人工智能训练师（数据标注员）三级 线下周末班 北京海淀</h1>
<p class="price">￥2980</p>
<p>开班：2027年1月9日 ｜ 周六日全天 ｜ 40 课时（理论 30% + 实操 70%）</p>
<h3>宝贝详情</h3>
<p>北辰人工智能职业技能培训学校为海淀区教委审批的民办培训学校，课程对照《人工智能训练师国家职业技能标准（2021年版）》三级要求设计。
考核由经备案的评价机构组织，证书可在 zscx.osta.org.cn 查询。不承诺通过，未通过可免费重修一次。</p>
<p>报考须持四级证书并满足年限要求，报名前请先与招生老师核对条件。</p>
<p>招生办：010-8237-6651（工作日 9:00-17:30）</p>
<h3>累计评价 (37)</h3>
<div class="cmt">m***1：老师讲得细，实操平台是真的标注任务。</div>
<div class="cmt">孙***：学校在中关村附近，上课方便。</div>
""", crumbs=[("/index.html", "首页"), ("/mall/index.html", "职业考证")],
     related=[("/mall/item-58213.html", "智训教育 四级/三级"), ("/mall/shop-yunqi.html", "云启职教官方店")],
     side=MALL_SIDE_TMPL.format(shop="北辰智训教育店", d="4.8", s="4.9", y="2年"),
     offer=True, op="U07", provider="北辰智训",
     ids=[I("phone", "+861082376651", "010-8237-6651")], note="marketplace item of U07")

page("/mall/item-61920.html", "mall", "青禾AI考证 人工智能训练师五级 零基础网课 送题库", """
<h1>青禾AI考证 人工智能训练师五级 零基础 手机就能学 送题库 不过免费重学</h1>
<p class="price">￥699 <s>￥9999</s> 限时</p>
<p>90%小白都能学会 ｜ 60 课时录播 ｜ 模拟题 800 道 ｜ 班主任督学</p>
<h3>宝贝详情</h3>
<p>拿到证书可申请技能提升补贴（五级最高 1000 元，需满足参保条件），相当于 白学！</p>
<p>报名说明：五级需相关工作满 1 年或完成学徒，不清楚自己是否符合？拍下前咨询客服。</p>
<p>售后：拍下后联系客服领取学习账号，或加助教 qinghe_kz，电话 133 0641 7728</p>
<h3>累计评价 (1.2万+)</h3>
<div class="cmt">阿***：题库挺全的。订单号15024061835 的发票什么时候开？</div>
<div class="cmt">j***o：课是录播，有点老，但是便宜。</div>
""", crumbs=[("/index.html", "首页"), ("/mall/index.html", "职业考证")],
     related=[("/mall/item-58213.html", "智训教育 四级/三级")],
     side=MALL_SIDE_TMPL.format(shop="青禾AI考证", d="4.7", s="4.6", y="1年"),
     offer=True, op="I01", provider="青禾AI考证",
     ids=[I("wechat", "qinghe_kz", "qinghe_kz"), I("phone", "+8613306417728", "133 0641 7728")],
     note="marketplace item of independent I01; buyer review quotes an order number")

page("/mall/shop-yunqi.html", "mall", "云启职教官方店 - 淘学集市", """
<h1>云启职教官方店</h1>
<p>店铺公告：2027 年第一期 人工智能训练师 四级/三级 报名中，苏州本地考点，名额有限。</p>
<ul>
<li>人工智能训练师 四级（数据标注员）线上+线下 ￥1880</li>
<li>人工智能训练师 三级 ￥2380（需持四级证书）</li>
<li>企业内训定制 面议</li>
</ul>
<h3>店铺资质</h3>
<p>经营主体：苏州云启人力资源服务有限公司<br>统一社会信用代码：%s<br>
联系电话：0512 6289 3371</p>
<p>所有课程均不承诺包过，考核由备案评价机构组织。</p>
""" % U04_USCC, crumbs=[("/index.html", "首页"), ("/mall/index.html", "职业考证")],
     related=[("/mall/item-60377.html", "北辰智训 三级周末班")],
     side=MALL_SIDE_TMPL.format(shop="云启职教官方店", d="4.8", s="4.8", y="3年"),
     offer=True, op="U04", provider="云启职教",
     ids=[I("uscc", U04_USCC, U04_USCC), I("phone", "+8651262893371", "0512 6289 3371")],
     note="marketplace shop page of U04 with licence block")

# ---------------------------------------------------------------- xianyu
page("/xianyu/index.html", "xianyu", "二货宝 - 搜索“人工智能训练师”", """
<form>搜索 <input value="人工智能训练师"></form>
<p>为你找到 4 个闲置</p>
<ul>
<li><a href="item-88410253.html">人工智能训练师 代报名 四级三级都可 材料帮你弄</a> ￥200 · 上海</li>
<li><a href="item-88517730.html">转让人工智能训练师课程 老周考证 带你拿证</a> ￥980 · 杭州</li>
<li><a href="item-88602241.html">小星AI考证 人工智能训练师 五级 网课+报名 一条龙</a> ￥599 · 南京</li>
<li><a href="item-88311906.html">出 人工智能训练师 教材 全套三本 九成新</a> ￥45 · 成都</li>
</ul>
""", crumbs=[("/index.html", "首页")], note="second-hand search list")

page("/xianyu/item-88311906.html", "xianyu", "出 人工智能训练师 教材 全套三本 九成新", """
<h1>出 人工智能训练师 教材 全套三本 九成新 ￥45</h1>
<p>去年考四级买的，考完了用不上了，书上有少量笔记。包邮，偏远地区除外。</p>
<p>只卖书，不代报名，不卖证，别问了。同城可自提（成都高新区）。</p>
<div class="cmt">买家 小***：能便宜点吗？ — 卖家：最低40。</div>
""", crumbs=[("/index.html", "首页"), ("/xianyu/index.html", "闲置")],
     related=[("/xianyu/item-88410253.html", "代报名")],
     note="second-hand textbook sale, not an offer of the certificate")

page("/xianyu/item-88410253.html", "xianyu", "人工智能训练师 代报名 四级三级都可 材料帮你弄", """
<h1>人工智能训练师 代报名 四级三级都可 材料帮你弄 ￥200</h1>
<p>自己在机构干了几年，帮人报过很多。工作年限证明不够的可以想办法，三级四级都能报，零基础也行，考试有辅导。</p>
<p>200 是定金，报上再付尾款。这里消息不常看，加我 v：a i _ x l z _ 6 6 6（去掉空格）</p>
<p>小林代报名，靠谱，有上百个学员反馈。</p>
<div class="cmt">买家 w***：真的能报三级吗？我刚毕业。 — 卖家：可以的，私聊。</div>
""", crumbs=[("/index.html", "首页"), ("/xianyu/index.html", "闲置")],
     related=[("/xianyu/item-88517730.html", "老周考证"), ("/xianyu/item-88311906.html", "教材")],
     offer=True, op="U03", provider="小林代报名",
     ids=[I("wechat", "ai_xlz_666", "a i _ x l z _ 6 6 6")], note="second-hand listing of U03, spaced wechat id")

page("/xianyu/item-88517730.html", "xianyu", "转让人工智能训练师课程 老周考证 带你拿证", """
<h1>转让人工智能训练师课程 老周考证 带你拿证 ￥980</h1>
<p>正经培训，不是卖证。四级 980，三级 1580，包含网课+一次考试报名+复习资料，杭州/上海都有考点。</p>
<p>补贴政策：有社保满一年的拿证后可以申请技能提升补贴，四级最高 1500。</p>
<p>平台不让留联系方式，V 搜 ZhouKZ177 ，说二货宝来的。</p>
""", crumbs=[("/index.html", "首页"), ("/xianyu/index.html", "闲置")],
     related=[("/xianyu/item-88602241.html", "小星AI考证")],
     offer=True, op="U05", provider="老周考证",
     ids=[I("wechat", "zhoukz177", "ZhouKZ177")], note="second-hand listing of U05, mixed-case wechat")

page("/xianyu/item-88602241.html", "xianyu", "小星AI考证 人工智能训练师 五级 网课+报名 一条龙", """
<h1>小星AI考证 人工智能训练师 五级 网课+报名 一条龙 ￥599</h1>
<p>抖音 dy 同名 qimingxing_ai，几万粉丝，不跑路。零基础可学，题库刷三遍稳过。</p>
<p>急的直接打：壹玖玖 5102 捌柒陆叁，或者 vx：qmx丶xuetang</p>
<p>不支持平台担保，先付款后发课程链接（虚拟商品不退）。</p>
""", crumbs=[("/index.html", "首页"), ("/xianyu/index.html", "闲置")],
     related=[("/xianyu/item-88410253.html", "代报名")],
     offer=True, op="U09", provider="小星AI考证",
     ids=[I("other", "douyin:qimingxing_ai", "qimingxing_ai"), I("phone", "+8619951028763", "壹玖玖 5102 捌柒陆叁"),
          I("wechat", "qmx_xuetang", "qmx丶xuetang")],
     note="second-hand listing of U09 with filter-dodging phone and wechat")

# ---------------------------------------------------------------- tuan
page("/tuan/index.html", "tuan", "拼学团 · 职业考证拼课", """
<h2>职业考证 · 拼课专区</h2>
<ul>
<li><a href="deal-30918.html">3人团 人工智能训练师四级 职达培训</a> 拼团价 ￥1280</li>
<li><a href="deal-31442.html">2人团 优学汇 人工智能训练师五级/四级 直播课</a> 拼团价 ￥899</li>
<li><a href="deal-31507.html">穗职教育 人工智能训练师 广州线下班</a> 拼团价 ￥1580</li>
<li><a href="deal-31622.html">健康管理师 三级 全程班 拼团</a> 拼团价 ￥1180</li>
</ul>
""", crumbs=[("/index.html", "首页")], note="group-buy channel list")

page("/tuan/deal-30918.html", "tuan", "3人团 人工智能训练师四级 职达培训", """
<h1>3人团｜人工智能训练师四级（中级工）职达培训 拼团价 ￥1280</h1>
<p>单买价 ￥1880 ｜ 已拼 1,034 件 ｜ 还差 1 人成团 <button>去参团</button></p>
<h3>课程亮点</h3>
<ul><li>国家新职业 人社部颁发 职业技能等级证书</li><li>零基础也能学，包教包会</li><li>证书全国联网可查</li></ul>
<p>成团后班主任会电话联系您，也可主动咨询：159 2187 3306</p>
<div class="cmt">拼友 陈**：拼团成功了，等班主任联系中。</div>
""", crumbs=[("/index.html", "首页"), ("/tuan/index.html", "拼课频道")],
     related=[("/tuan/deal-31442.html", "优学汇 2人团"), ("/tuan/deal-31507.html", "穗职教育")],
     offer=True, op="U02", provider="职达培训",
     ids=[I("phone", "+8615921873306", "159 2187 3306")], note="group-buy deal of U02")

page("/tuan/deal-31442.html", "tuan", "2人团 优学汇 人工智能训练师五级/四级 直播课", """
<h1>2人团｜优学汇 人工智能训练师 五级/四级 直播课 拼团价 ￥899</h1>
<p>单买价 ￥1399 ｜ 已拼 2,318 件</p>
<p>五级 60 课时 / 四级 50 课时，按国家标准课时安排，直播+回放，结课后统一安排报名。</p>
<p>本课程不含考试费，考核费用按评价机构标准另行缴纳。</p>
<p>售前咨询 QQ：1509834627　电话 131 2776 0382</p>
<div class="cmt">拼友 L***：直播老师讲得清楚。</div>
""", crumbs=[("/index.html", "首页"), ("/tuan/index.html", "拼课频道")],
     related=[("/tuan/deal-30918.html", "职达培训 3人团")],
     offer=True, op="U06", provider="优学汇",
     ids=[I("qq", "1509834627", "1509834627"), I("phone", "+8613127760382", "131 2776 0382")],
     note="group-buy deal of U06")

page("/tuan/deal-31507.html", "tuan", "穗职教育 人工智能训练师 广州线下班", """
<h1>穗职教育｜人工智能训练师 四级 广州天河线下班 拼团价 ￥1580</h1>
<p>2人成团 ｜ 已拼 96 件</p>
<p>广东基础补贴：五级 1000 元、四级 1500 元，符合条件的学员拿证后可自行申请。</p>
<p>上课地址：天河区体育西路（报名后发送具体地址）。咨询电话：020-3852 1170</p>
""", crumbs=[("/index.html", "首页"), ("/tuan/index.html", "拼课频道")],
     related=[("/tuan/deal-30918.html", "职达培训")],
     offer=True, op="I03", provider="穗职教育",
     ids=[I("phone", "+862038521170", "020-3852 1170")], note="group-buy deal of independent I03")

page("/tuan/deal-31622.html", "tuan", "健康管理师 三级 全程班 拼团", """
<h1>健康管理师 三级 全程班 ￥1180</h1>
<p>卫生健康行业热门职业，理论+技能全程直播。本课程与人工智能训练师无关，请勿拍错。</p>
<p>商家：安康职培 ｜ 咨询 0371-6598 2207</p>
""", crumbs=[("/index.html", "首页"), ("/tuan/index.html", "拼课频道")],
     note="another occupation's course (健康管理师), not an AI-trainer offer")

# ---------------------------------------------------------------- mini-programs
page("/mp/yunqi-zhijiao.html", "mp", "云启职教 - 人工智能训练师报名", """
<div style="background:#07c160;color:#fff;padding:6px">云启职教 ··· ⊙</div>
<h2>人工智能训练师 2027 第一期报名</h2>
<p>四级 ￥1880 ｜ 三级 ￥2380 ｜ 苏州园区考点</p>
<p>证书查询：jndj.osta.org.cn （扫码证书二维码也可验证）</p>
<form><p>姓名 <input></p><p>手机 <input></p><p>报考等级 <select><option>四级</option><option>三级</option></select></p>
<button>提交报名</button></form>
<p>客服电话 (0512)6289-3371 ｜ 招生老师 189 6213 7054（微信同号）</p>
<p style="font-size:11px;color:#aaa">联系邮箱：yourname@example.com</p>
""", offer=True, op="U04", provider="云启职教",
     ids=[I("phone", "+8651262893371", "(0512)6289-3371"), I("phone", "+8618962137054", "189 6213 7054")],
     note="mini-program page of U04; template e-mail left in")

page("/mp/youxuehui.html", "mp", "优学汇AI训练师", """
<div style="background:#07c160;color:#fff;padding:6px">优学汇AI训练师 ··· ⊙</div>
<h2>人工智能训练师 五级/四级 直播班</h2>
<p>限时 ￥899 起 ｜ 已有 8,000+ 学员</p>
<p>证书由备案评价机构颁发，全国联网 jndj.osta.org.cn 可查。</p>
<p><a href="tel:13127760382">一键拨号</a> ｜ 微信 qingcheng_zj ｜ 邮箱 youxuehui@126.com</p>
<p style="font-size:11px;color:#aaa">联系邮箱：yourname@example.com</p>
""", offer=True, op="U06", provider="优学汇AI训练师",
     ids=[I("phone", "+8613127760382", "tel:13127760382"), I("wechat", "qingcheng_zj", "qingcheng_zj"),
          I("email", "youxuehui@126.com", "youxuehui@126.com")], note="mini-program page of U06")

page("/mp/qimingxing.html", "mp", "启明星学堂", """
<div style="background:#07c160;color:#fff;padding:6px">启明星学堂 ··· ⊙</div>
<h2>AI训练师 五级 速成班 ￥599</h2>
<p>21 天拿证计划，不用跑考场，线上考试。</p>
<p><a href="tel:+8619951028763">电话咨询</a> ｜ 加微信 qmx_xuetang 领资料</p>
""", offer=True, op="U09", provider="启明星学堂",
     ids=[I("phone", "+8619951028763", "tel:+8619951028763"), I("wechat", "qmx_xuetang", "qmx_xuetang")],
     note="mini-program page of U09")

# ---------------------------------------------------------------- b2b directory
B2B_SIDE = "<h4>同类企业</h4><p>本站收录培训机构 2.3 万家</p>"
page("/b2b/index.html", "b2b", "培训机构名录 - 人工智能训练师 - 培训黄页网", """
<h2>“人工智能训练师” 相关企业 4 家</h2>
<table border="1" cellpadding="4">
<tr><th>企业名称</th><th>所在地</th><th>主营</th></tr>
<tr><td><a href="co-zhixun.html">上海智训教育科技有限公司</a></td><td>上海浦东</td><td>职业技能培训</td></tr>
<tr><td><a href="co-yunqi.html">苏州云启人力资源服务有限公司</a></td><td>苏州</td><td>人力资源、职业培训</td></tr>
<tr><td><a href="co-beichen.html">北京市海淀区北辰人工智能职业技能培训学校</a></td><td>北京海淀</td><td>民办职业培训</td></tr>
<tr><td><a href="co-shubiao.html">杭州数标职业技能培训有限公司</a></td><td>杭州</td><td>数据标注培训</td></tr>
</table>
""", crumbs=[("/index.html", "首页")], note="B2B directory list")

page("/b2b/co-zhixun.html", "b2b", "上海智训教育科技有限公司 - 培训黄页网", """
<h1>上海智训教育科技有限公司</h1>
<table border="1" cellpadding="4">
<tr><td>统一社会信用代码</td><td>%s</td></tr>
<tr><td>主营</td><td>人工智能训练师、数据标注员职业技能培训，考证报名服务</td></tr>
<tr><td>联系人</td><td>王老师</td></tr><tr><td>手机</td><td>138-1726-4590</td></tr>
<tr><td>官网</td><td>www.zhixunedu.cn</td></tr><tr><td>地址</td><td>上海市浦东新区张江路 3 号</td></tr>
</table>
<p>公司简介：常年开设人工智能训练师 五级至三级 培训班，合作评价机构已备案。</p>
""" % U01_USCC, crumbs=[("/index.html", "首页"), ("/b2b/index.html", "培训机构名录")],
     related=[("/b2b/co-yunqi.html", "苏州云启人力资源服务有限公司")], side=B2B_SIDE,
     offer=True, op="U01", provider="上海智训教育科技有限公司",
     ids=[I("uscc", U01_USCC, U01_USCC), I("phone", "+8613817264590", "138-1726-4590"),
          I("domain", "zhixunedu.cn", "www.zhixunedu.cn")], note="B2B directory entry of U01")

page("/b2b/co-yunqi.html", "b2b", "苏州云启人力资源服务有限公司 - 培训黄页网", """
<h1>苏州云启人力资源服务有限公司</h1>
<table border="1" cellpadding="4">
<tr><td>统一社会信用代码</td><td>%s</td></tr>
<tr><td>主营</td><td>人力资源外包；人工智能训练师（四级/三级）培训与报名；企业内训</td></tr>
<tr><td>电话</td><td>0512-62893371</td></tr><tr><td>邮箱</td><td>yunqi_hr@163.com</td></tr>
<tr><td>地址</td><td>苏州工业园区星湖街 218 号</td></tr>
</table>
<p>产品：人工智能训练师四级/三级 周末班，证书 jndj.osta.org.cn 可查询。</p>
""" % U04_USCC, crumbs=[("/index.html", "首页"), ("/b2b/index.html", "培训机构名录")],
     related=[("/b2b/co-zhixun.html", "上海智训教育科技有限公司")], side=B2B_SIDE,
     offer=True, op="U04", provider="苏州云启人力资源服务有限公司",
     ids=[I("uscc", U04_USCC, U04_USCC), I("phone", "+8651262893371", "0512-62893371"),
          I("email", "yunqi_hr@163.com", "yunqi_hr@163.com")], note="B2B directory entry of U04")

page("/b2b/co-beichen.html", "b2b", "北京市海淀区北辰人工智能职业技能培训学校 - 培训黄页网", """
<h1>北京市海淀区北辰人工智能职业技能培训学校</h1>
<table border="1" cellpadding="4">
<tr><td>统一社会信用代码</td><td>%s</td></tr><tr><td>类型</td><td>民办非企业单位</td></tr>
<tr><td>主营</td><td>人工智能训练师 四级、三级 培训</td></tr>
<tr><td>电话</td><td>010-82376651</td></tr><tr><td>网址</td><td>beichen-ai.org.cn</td></tr>
</table>
""" % U07_USCC, crumbs=[("/index.html", "首页"), ("/b2b/index.html", "培训机构名录")],
     related=[("/b2b/co-shubiao.html", "杭州数标")], side=B2B_SIDE,
     offer=True, op="U07", provider="北辰人工智能职业技能培训学校",
     ids=[I("uscc", U07_USCC, U07_USCC), I("phone", "+861082376651", "010-82376651"),
          I("domain", "beichen-ai.org.cn", "beichen-ai.org.cn")], note="B2B directory entry of U07 (52 code)")

page("/b2b/co-shubiao.html", "b2b", "杭州数标职业技能培训有限公司 - 培训黄页网", """
<h1>杭州数标职业技能培训有限公司</h1>
<table border="1" cellpadding="4">
<tr><td>统一社会信用代码</td><td>%s</td></tr>
<tr><td>主营</td><td>数据标注员、人工智能训练师（五级/四级）培训，包就业推荐</td></tr>
<tr><td>电话</td><td>0571-8672 4419</td></tr><tr><td>邮箱</td><td>hr@shubiaopx.com</td></tr>
</table>
<p>三证合一：人工智能训练师证 + 数据标注员证 + 结业证，一次报名全部拿下。</p>
""" % I04_USCC, crumbs=[("/index.html", "首页"), ("/b2b/index.html", "培训机构名录")],
     related=[("/b2b/co-beichen.html", "北辰")], side=B2B_SIDE,
     offer=True, op="I04", provider="杭州数标职业技能培训有限公司",
     ids=[I("uscc", I04_USCC, I04_USCC), I("phone", "+8657186724419", "0571-8672 4419"),
          I("email", "hr@shubiaopx.com", "hr@shubiaopx.com")], note="B2B directory entry of independent I04")

# ---------------------------------------------------------------- company sites
CORP_CREDIT = '<p style="font-size:11px;color:#999">技术支持：速建云 sujianyun.com</p>'
page("/corp/zhixun/index.html", "corp", "星图AI学院 - 人工智能训练师培训 | zhixunedu.cn", """
<header style="background:#123a6b;color:#fff;padding:10px"><b>星图AI学院</b> zhixunedu.cn
 | <a style="color:#fff" href="../../index.html">返回导航</a></header>
<h1>人工智能训练师 职业技能等级认定 培训</h1>
<p>星图AI学院专注人工智能训练师（4-04-05-05）五级、四级、三级培训。</p>
<h3>课程与费用</h3>
<ul><li>五级 ￥1280（60课时）</li><li>四级 ￥1680（50课时）</li><li>三级 ￥2280（40课时，需持四级证书）</li></ul>
<p>证书由备案评价机构颁发，可登录 zscx.osta.org.cn 查询。</p>
<h3>联系我们</h3>
<p>咨询热线：<a href="tel:+8613817264590">+86 138 1726 4590</a>　邮箱：service@zhixunedu.cn</p>
<p>统一社会信用代码：%s</p>
<div style="font-size:11px;color:#bbb">全国服务热线：400-000-0000　Copyright © 公司名称 版权所有</div>
""" % U01_USCC + CORP_CREDIT,
     offer=True, op="U01", provider="星图AI学院",
     ids=[I("domain", "zhixunedu.cn", "zhixunedu.cn"), I("phone", "+8613817264590", "tel:+8613817264590"),
          I("phone", "+8613817264590", "+86 138 1726 4590"), I("email", "service@zhixunedu.cn", "service@zhixunedu.cn"),
          I("uscc", U01_USCC, U01_USCC)], note="company site of U01 (brand 星图AI学院), template placeholder left")

page("/corp/beichen/index.html", "corp", "北辰智训 - 北京人工智能训练师培训", """
<header style="background:#5b1a1a;color:#fff;padding:10px"><b>北辰智训</b> www.beichen-ai.org.cn
 | <a style="color:#fff" href="../../index.html">返回导航</a></header>
<h1>北辰人工智能职业技能培训学校</h1>
<p>办学许可：海淀区教育委员会审批。民办非企业单位，统一社会信用代码 %s。</p>
<h3>2027 春季招生</h3>
<p>人工智能训练师（数据标注员）四级 ￥2380 / 三级 ￥2980。理论 30%%、实操 70%%；考核由备案评价机构组织，证书可登录 zscx.osta.org.cn 查询。我们不承诺通过。</p>
<p>招生电话：010 - 8237 6651　招生邮箱：zhaosheng@beichen-ai.org.cn</p>
<p>地址：北京市海淀区中关村南大街 12 号</p>
""" % U07_USCC + CORP_CREDIT,
     offer=True, op="U07", provider="北辰智训",
     ids=[I("domain", "beichen-ai.org.cn", "www.beichen-ai.org.cn"), I("uscc", U07_USCC, U07_USCC),
          I("phone", "+861082376651", "010 - 8237 6651"),
          I("email", "zhaosheng@beichen-ai.org.cn", "zhaosheng@beichen-ai.org.cn")],
     note="company site of U07")

page("/corp/jincheng/index.html", "corp", "锦程AI学苑 - 成都人工智能训练师", """
<header style="background:#0b6b5b;color:#fff;padding:10px"><b>锦程AI学苑</b> jinchengai.com
 | <a style="color:#fff" href="../../index.html">返回导航</a></header>
<h1>成都 人工智能训练师 四级/三级 培训报名</h1>
<p>成都锦程智能科技有限公司运营。四级 ￥1580，三级 ￥2180。拿证可申请成都技能补贴，具体以人社部门公布为准。</p>
<p>证书可在 zscx.osta.org.cn 查询。</p>
<p>报名热线：028-8531 6627　邮箱：zs@jinchengai.com</p>
<div style="font-size:11px;color:#bbb">全国服务热线：400-000-0000</div>
""" + CORP_CREDIT,
     offer=True, op="I05", provider="锦程AI学苑",
     ids=[I("domain", "jinchengai.com", "jinchengai.com"), I("phone", "+862885316627", "028-8531 6627"),
          I("email", "zs@jinchengai.com", "zs@jinchengai.com")], note="company site of independent I05")

# ---------------------------------------------------------------- notes
page("/notes/n-64a1f2.html", "notes", "上岸！人工智能训练师四级拿证全过程（附机构）", """
<h2>上岸！人工智能训练师四级拿证全过程（附机构）</h2>
<p>作者：星图AI学院-小星 ｜ 📍上海</p>
<p>姐妹们，四级真的不难！理论+实操两场，考点在 上海市第三职业技能鉴定站（考点电话 021-6478 3390，考前一天会通知）。</p>
<p>我们星图AI学院下期 1 月开班，五级/四级/三级都有，官网 zhixunedu点cn ，想了解的加 v：ZhiXun_AI88</p>
<p>#人工智能训练师 #考证 #AI新职业</p>
<div class="cmt">评论 🍓：多少钱呀？ — 作者：私信你啦</div>
""", offer=True, op="U01", provider="星图AI学院",
     ids=[I("domain", "zhixunedu.cn", "zhixunedu点cn"), I("wechat", "zhixun_ai88", "ZhiXun_AI88")],
     note="note by U01 staff, quotes assessment station phone")

page("/notes/n-64b7c0.html", "notes", "宝妈在家学AI训练师 三个月拿证", """
<h2>宝妈在家学AI训练师 三个月拿证 💰</h2>
<p>作者：青橙职教-橙子老师</p>
<p>带娃间隙学完了五级，现在在做数据标注兼职。我们青橙职教一直在招生，零基础可以先从五级开始（注意要有一年相关工作或学徒经历哦）。</p>
<p>资料领取：V❤ QingCheng_ZJ ，或者发邮件 youxuehui#126.com（#换成@）</p>
""", offer=True, op="U06", provider="青橙职教",
     ids=[I("wechat", "qingcheng_zj", "QingCheng_ZJ"), I("email", "youxuehui@126.com", "youxuehui#126.com")],
     note="note of U06 with obfuscated e-mail")

page("/notes/n-64c913.html", "notes", "人工智能训练师 三级 真的能直接报吗？", """
<h2>人工智能训练师 三级 真的能直接报吗？</h2>
<p>作者：鼎证通学姐</p>
<p>很多人问没有四级能不能直接考三级。正常是要四级+年限的，但是我们鼎证通有特殊渠道，大专学历可以直接报，具体进群问。</p>
<p>学员群：6139 58207（验证写“三级”）。老师微信 HD_edu_ZS</p>
""", offer=True, op="U08", provider="鼎证通",
     ids=[I("qq_group", "613958207", "6139 58207"), I("wechat", "hd_edu_zs", "HD_edu_ZS")],
     note="note of U08")

# ---------------------------------------------------------------- video
page("/video/v-7391046.html", "video", "AI训练师证书 国家认可 赶紧考", """
<div style="background:#000;color:#fff;height:160px;padding:10px">▶ 视频：00:58　@职达AI证书</div>
<p><b>@职达AI证书</b>：人工智能训练师 国家认可 人社部颁发！错过今年再等一年 #考证 #人工智能训练师</p>
<p>字幕：想报名的姐妹 评论区扣 1，电话 １５９２１８７３３０６，报名群 Q群：738-215-940</p>
<h4>评论 (326)</h4>
<div class="cmt">用户8826：1</div>
<div class="cmt">lucy：求带！我v：lucy_ai_2024 拉我进群</div>
<div class="cmt">作者回复：已私信</div>
""", offer=True, op="U02", provider="职达AI证书",
     ids=[I("phone", "+8615921873306", "１５９２１８７３３０６"), I("qq_group", "738215940", "738-215-940")],
     note="short video of U02, full-width phone; commenter leaves own wechat")

page("/video/v-7402215.html", "video", "零基础转行AI 数据标注", """
<div style="background:#000;color:#fff;height:160px;padding:10px">▶ 视频：02:13　@青橙职教</div>
<p><b>@青橙职教</b>：零基础转行数据标注，先考人工智能训练师五级！原价 9999 限时 99 体验课</p>
<p>简介：体验课报名 Q：壹伍零玖捌叁肆陆贰柒　微信 qingcheng_zj</p>
<div class="cmt">用户55：99 是真的吗？ — 作者：体验课 99，正课另算</div>
""", offer=True, op="U06", provider="青橙职教",
     ids=[I("qq", "1509834627", "壹伍零玖捌叁肆陆贰柒"), I("wechat", "qingcheng_zj", "qingcheng_zj")],
     note="short video of U06 with Chinese-numeral QQ")

page("/video/v-7415530.html", "video", "21天拿AI训练师证", """
<div style="background:#000;color:#fff;height:160px;padding:10px">▶ 视频：00:41　@启明星学堂</div>
<p><b>@启明星学堂</b>（抖音号：qimingxing_ai 同步更新）：21 天拿人工智能训练师证，考试在家就能考！</p>
<p>主页电话：199-5102-8763</p>
<div class="cmt">路人甲：在家考？确定是真证？</div>
""", offer=True, op="U09", provider="启明星学堂",
     ids=[I("other", "douyin:qimingxing_ai", "qimingxing_ai"), I("phone", "+8619951028763", "199-5102-8763")],
     note="short video of U09")

page("/video/v-7420918.html", "video", "一级高级技师也能直接考？", """
<div style="background:#000;color:#fff;height:160px;padding:10px">▶ 视频：01:05　@阿杰聊考证</div>
<p><b>@阿杰聊考证</b>：人工智能训练师 五级到一级 一次全部拿下，不限学历不限经验，三个证打包价更优惠！</p>
<p>主页置顶：扣扣 3321907458 ｜ V：ajie_kz</p>
<div class="cmt">用户901：一级也能直接考？ — 作者：能，私</div>
""", offer=True, op="I06", provider="阿杰聊考证",
     ids=[I("qq", "3321907458", "3321907458"), I("wechat", "ajie_kz", "ajie_kz")],
     note="short video of independent I06 selling levels 5-1 together")

# ---------------------------------------------------------------- qun notices
page("/qun/g-738215940.html", "qun", "群公告 · 嘉禾职培人工智能训练师报名群", """
<h2>【群公告】嘉禾职培 人工智能训练师 12 月报名通知</h2>
<p>群号 738215940 ｜ 发布者：嘉禾-李老师</p>
<p>1. 本期四级报名截止 12 月 25 日，考点：上海市第三职业技能鉴定站（021-6478 3390）。<br>
2. 报名材料：身份证、学历证明、工作年限证明。<br>
3. 费用统一转账，收款前会核对身份，认准李老师 QQ 2874519063、微信 jiahe-zp2024，其他人私聊都是骗子。<br>
4. 证书 zscx.osta.org.cn 可查。</p>
<p><a href="#">点击填写报名表</a></p>
""", offer=True, op="U02", provider="嘉禾职培",
     ids=[I("qq_group", "738215940", "738215940"), I("qq", "2874519063", "2874519063"),
          I("wechat", "jiahe-zp2024", "jiahe-zp2024")], note="group notice of U02, quotes assessment station")

page("/qun/g-hd0606.html", "qun", "群公告 · 华鼎教育学员群", """
<h2>【群公告】华鼎教育 人工智能训练师三级冲刺班</h2>
<p>1. 三级冲刺班 1 月开课，学费 3680（含报名），内部渠道保证名额。<br>
2. 不会写工作证明的统一找班主任微信 hd_edu_zs 代写模板。<br>
3. 财务电话 186 1637 0925（只收对公或班主任收款码）。</p>
<p><a href="#">点击填写报名表</a></p>
""", offer=True, op="U08", provider="华鼎教育",
     ids=[I("wechat", "hd_edu_zs", "hd_edu_zs"), I("phone", "+8618616370925", "186 1637 0925")],
     note="group notice of U08")

# ---------------------------------------------------------------- fenlei
page("/fenlei/index.html", "fenlei", "教育培训 - 同城分类", """
<h2>教育培训 / 职业技能</h2>
<ul>
<li><a href="p-2419330.html">嘉禾职培 人工智能训练师 报名</a> · 上海</li>
<li><a href="p-2420871.html">园区AI训练营 人工智能训练师 苏州</a> · 苏州</li>
<li><a href="p-2421456.html">周老师AI证 人工智能训练师培训</a> · 杭州</li>
<li><a href="p-2422018.html">鼎证通 人工智能训练师 三级 快速报名</a> · 上海</li>
</ul>
<h2>招聘</h2>
<ul><li><a href="job-773012.html">招聘 数据标注员 20 名 可无经验</a> · 上海</li></ul>
""", crumbs=[("/index.html", "首页")], note="classifieds list")

page("/fenlei/p-2419330.html", "fenlei", "嘉禾职培 人工智能训练师 报名", """
<h1>嘉禾职培 人工智能训练师 报名 四级/三级</h1>
<p>类别：职业技能培训 ｜ 区域：上海 闵行</p>
<p>人工智能训练师报名，四级三级都有，学完统一安排考试，不过可以补考。</p>
<p>联系人：李老师 159-2187-3306；扣扣2874 519 063；微信 JiaHe-ZP2024</p>
""", crumbs=[("/index.html", "首页"), ("/fenlei/index.html", "教育培训")],
     related=[("/fenlei/p-2421456.html", "周老师AI证")],
     offer=True, op="U02", provider="嘉禾职培",
     ids=[I("phone", "+8615921873306", "159-2187-3306"), I("qq", "2874519063", "2874 519 063"),
          I("wechat", "jiahe-zp2024", "JiaHe-ZP2024")], note="classifieds post of U02")

page("/fenlei/p-2420871.html", "fenlei", "园区AI训练营 人工智能训练师 苏州", """
<h1>园区AI训练营 人工智能训练师 四级 苏州园区 周末班</h1>
<p>类别：职业技能培训 ｜ 区域：苏州</p>
<p>企业员工、待业人员都可以报，材料我们帮忙审核。</p>
<p>电话 18962137054　邮箱 yunqi_hr＠163.com</p>
""", crumbs=[("/index.html", "首页"), ("/fenlei/index.html", "教育培训")],
     related=[("/fenlei/p-2419330.html", "嘉禾职培")],
     offer=True, op="U04", provider="园区AI训练营",
     ids=[I("phone", "+8618962137054", "18962137054"), I("email", "yunqi_hr@163.com", "yunqi_hr＠163.com")],
     note="classifieds post of U04 with full-width @")

page("/fenlei/p-2421456.html", "fenlei", "周老师AI证 人工智能训练师培训", """
<h1>周老师AI证 人工智能训练师 四级/三级 培训 杭州</h1>
<p>类别：职业技能培训 ｜ 区域：杭州 滨江</p>
<p>十年培训经验，四级 980、三级 1580，补贴申请全程指导。</p>
<p>电话：177 0213 5846（周老师） 微信：zhoukz177</p>
""", crumbs=[("/index.html", "首页"), ("/fenlei/index.html", "教育培训")],
     related=[("/fenlei/p-2422018.html", "鼎证通")],
     offer=True, op="U05", provider="周老师AI证",
     ids=[I("phone", "+8617702135846", "177 0213 5846"), I("wechat", "zhoukz177", "zhoukz177")],
     note="classifieds post of U05")

page("/fenlei/p-2422018.html", "fenlei", "鼎证通 人工智能训练师 三级 快速报名", """
<h1>鼎证通 人工智能训练师 三级 快速报名 包过班</h1>
<p>类别：职业技能培训 ｜ 区域：上海 徐汇</p>
<p>专科可直接报三级，45 天拿证，包过班不过全退。</p>
<p>咨询：186一六三七0925　学员QQ群 613958207</p>
""", crumbs=[("/index.html", "首页"), ("/fenlei/index.html", "教育培训")],
     related=[("/fenlei/p-2419330.html", "嘉禾职培")],
     offer=True, op="U08", provider="鼎证通",
     ids=[I("phone", "+8618616370925", "186一六三七0925"), I("qq_group", "613958207", "613958207")],
     note="classifieds post of U08")

page("/fenlei/job-773012.html", "fenlei", "招聘 数据标注员 20 名 可无经验", """
<h1>招聘 数据标注员 20 名 可无经验 6000-8000/月</h1>
<p>公司：上海某智能科技公司（AI 数据服务）｜ 地点：上海 松江</p>
<p>要求：中专以上，会电脑，细心。有人工智能训练师证书者优先，无证书也可，入职后公司内部培训。</p>
<p>不收任何费用。投递简历：hr@songdata-job.cn</p>
""", crumbs=[("/index.html", "首页"), ("/fenlei/index.html", "招聘")],
     note="job ad, not an offer")

# ---------------------------------------------------------------- ask
page("/ask/index.html", "ask", "人工智能训练师 - 知问话题", """
<h2>话题：人工智能训练师</h2>
<ul>
<li><a href="q-4091733.html">刚毕业没工作经验，能报人工智能训练师三级吗？</a> 12 个回答</li>
<li><a href="q-4102256.html">人工智能训练师证书在哪里报名靠谱？</a> 8 个回答</li>
<li><a href="q-4110874.html">人工智能训练师四级多少钱？</a> 5 个回答</li>
</ul>
""", crumbs=[("/index.html", "首页")], note="Q&A topic list")

page("/ask/q-4091733.html", "ask", "刚毕业没工作经验，能报人工智能训练师三级吗？", """
<h1>刚毕业没工作经验，能报人工智能训练师三级吗？</h1>
<div class="cmt"><b>答主 数据打工人</b>：按标准是四级证书加年限才能报三级，刚毕业基本只能先考五级，而且五级也要求一年相关工作或学徒。</div>
<div class="cmt"><b>答主 林老师AI证</b>：可以的，我们这边有办法，材料我来处理，三级四级都能安排。136~5527~8019，
V❤：ai_xlz_666</div>
<div class="cmt">评论 lucy：已加，求带 lucy_ai_2024</div>
""", crumbs=[("/index.html", "首页"), ("/ask/index.html", "问答")],
     related=[("/ask/q-4102256.html", "在哪里报名靠谱")],
     offer=True, op="U03", provider="林老师AI证",
     ids=[I("phone", "+8613655278019", "136~5527~8019"), I("wechat", "ai_xlz_666", "ai_xlz_666")],
     note="Q&A answer selling (U03) under a neutral answer")

page("/ask/q-4102256.html", "ask", "人工智能训练师证书在哪里报名靠谱？", """
<h1>人工智能训练师证书在哪里报名靠谱？</h1>
<div class="cmt"><b>答主 学证通</b>：推荐先到技能人才评价工作网查评价机构名单，再找培训。我们学证通做了几年，杭州上海都能报，
四级 980 起，有问题可以电话 +86-177-0213-5846 咨询。</div>
<div class="cmt"><b>答主 路过</b>：别信包过的。</div>
<div class="cmt">评论 lucy：学证通靠谱吗？我v：lucy_ai_2024 有经验的加我</div>
""", crumbs=[("/index.html", "首页"), ("/ask/index.html", "问答")],
     related=[("/ask/q-4110874.html", "四级多少钱")],
     offer=True, op="U05", provider="学证通",
     ids=[I("phone", "+8617702135846", "+86-177-0213-5846")], note="Q&A answer of U05")

page("/ask/q-4110874.html", "ask", "人工智能训练师四级多少钱？", """
<h1>人工智能训练师四级多少钱？</h1>
<div class="cmt"><b>答主 蓝山培训-张老师</b>：我们蓝山培训四级 1380，含培训和报名，考核费按评价机构标准。
一般社保满一年拿证后能申请 1500 补贴。详细可以加微信 lanshan_px 或致电 150 5773 1264。</div>
<div class="cmt"><b>答主 匿名用户</b>：各家 1000-3000 不等，不含考试费的要问清楚。</div>
""", crumbs=[("/index.html", "首页"), ("/ask/index.html", "问答")],
     offer=True, op="I02", provider="蓝山培训",
     ids=[I("wechat", "lanshan_px", "lanshan_px"), I("phone", "+8615057731264", "150 5773 1264")],
     note="Q&A answer of independent I02")

# ---------------------------------------------------------------- bbs
page("/bbs/index.html", "bbs", "考证交流区 - AI职通论坛", """
<h2>考证交流区</h2>
<table border="1" cellpadding="4">
<tr><th>主题</th><th>作者</th><th>回复</th></tr>
<tr><td><a href="thread-20931.html">[避雷] 交了 3800 的“包过班”，人联系不上了</a></td><td>受骗的小王</td><td>47</td></tr>
<tr><td><a href="thread-21007.html">[经验] 人工智能训练师四级 自己报名 全流程</a></td><td>标注狗</td><td>63</td></tr>
<tr><td><a href="thread-21118.html">求推荐 人工智能训练师 培训机构（上海）</a></td><td>新人报到</td><td>21</td></tr>
<tr><td><a href="thread-21240.html">三级到底需要什么条件？</a></td><td>迷茫中</td><td>15</td></tr>
</table>
""", crumbs=[("/index.html", "门户")], note="forum board list")

page("/bbs/thread-20931.html", "bbs", "[避雷] 交了 3800 的“包过班”，人联系不上了", """
<h1>[避雷] 交了 3800 的“包过班”，人联系不上了</h1>
<div class="cmt"><b>楼主 受骗的小王</b>：十月份在短视频上刷到的，说人工智能训练师三级包过、人社部颁发。对方电话 17758092316，微信 zhengshu_kuaiban，
交了 3800 后说名额要等，现在电话关机、微信拉黑。订单号 15024061835（在一个购物平台上付的定金），已经打 12315 投诉，也打了 12345。</div>
<div class="cmt"><b>2楼 路人</b>：这号我也见过，新闻里都曝光了。</div>
<div class="cmt"><b>3楼 lucy</b>：同被坑，建群维权吗？我v：lucy_ai_2024</div>
""", crumbs=[("/index.html", "门户"), ("/bbs/index.html", "考证交流区")],
     related=[("/news/warning.html", "曝光：交钱包过的人工智能训练师证")],
     note="complaint thread quoting a scammer phone and wechat, order number")

page("/bbs/thread-21007.html", "bbs", "[经验] 人工智能训练师四级 自己报名 全流程", """
<h1>[经验] 人工智能训练师四级 自己报名 全流程</h1>
<div class="cmt"><b>楼主 标注狗</b>：坐标上海，做数据标注 6 年，自己在评价机构报的四级。考点是 上海市第三职业技能鉴定站，
有问题可以打考点电话 021-6478 3390 问，别找中介。理论、实操各 100 分，60 及格。
拿证后申请了技能提升补贴，政策问题打 12333。费用：培训 1200 + 认定费，总共不到 2000。</div>
<div class="cmt"><b>2楼 新人</b>：感谢分享！</div>
""", crumbs=[("/index.html", "门户"), ("/bbs/index.html", "考证交流区")],
     related=[("/bbs/thread-21118.html", "求推荐 培训机构")],
     note="learner's experience post, quotes assessment station and 12333")

page("/bbs/thread-21118.html", "bbs", "求推荐 人工智能训练师 培训机构（上海）", """
<h1>求推荐 人工智能训练师 培训机构（上海）</h1>
<div class="cmt"><b>楼主 新人报到</b>：想考四级，上海有没有靠谱的？</div>
<div class="cmt"><b>2楼 XLZ职业培训</b>：我们这边可以安排，四级三级都能报，没经验的也有办法。
电话 壹叁陆伍伍贰柒捌零壹玖，V：AI_XLZ_666</div>
<div class="cmt"><b>3楼 lucy</b>：蹲一个，我v：lucy_ai_2024</div>
<div class="cmt"><b>4楼 版主</b>：楼上广告已警告。</div>
""", crumbs=[("/index.html", "门户"), ("/bbs/index.html", "考证交流区")],
     related=[("/bbs/thread-21240.html", "三级条件")],
     offer=True, op="U03", provider="XLZ职业培训",
     ids=[I("phone", "+8613655278019", "壹叁陆伍伍贰柒捌零壹玖"), I("wechat", "ai_xlz_666", "AI_XLZ_666")],
     note="forum reply selling (U03), capital-numeral phone")

page("/bbs/thread-21240.html", "bbs", "三级到底需要什么条件？", """
<h1>三级到底需要什么条件？</h1>
<div class="cmt"><b>楼主 迷茫中</b>：有人说大专就能直接报三级？</div>
<div class="cmt"><b>2楼 华鼎教育-招生</b>：正规是四级加年限，但我们华鼎教育三级冲刺班有内部渠道，专科可报，加微信 hd_edu_zs 详聊。</div>
<div class="cmt"><b>3楼 lucy</b>：真的假的？我v：lucy_ai_2024</div>
""", crumbs=[("/index.html", "门户"), ("/bbs/index.html", "考证交流区")],
     offer=True, op="U08", provider="华鼎教育",
     ids=[I("wechat", "hd_edu_zs", "hd_edu_zs")], note="forum reply selling (U08)")

# ---------------------------------------------------------------- news
page("/news/policy.html", "news", "政策解读：人工智能训练师证书到底是什么证", """
<h1>政策解读：人工智能训练师证书到底是什么证？</h1>
<p>人工智能训练师（4-04-05-05）是 2020 年人社厅发〔2020〕17号 公布的新职业，分数据标注员、人工智能算法测试员两个工种，
国家职业技能标准（2021年版）设五级至一级。</p>
<p>2019 年技能人才评价制度改革后，该职业实行职业技能等级认定，证书是 职业技能等级证书，由经人社部门备案的评价机构颁发，
并非“人社部颁发”，也不是国家职业资格证书。证书可在 zscx.osta.org.cn 或 jndj.osta.org.cn 查询。</p>
<p>技能提升补贴：五级、四级、三级最高 1000、1500、2000 元，需参保满一年。政策咨询可拨打 12333。</p>
""", crumbs=[("/index.html", "首页")], note="policy explainer, no seller")

page("/news/warning.html", "news", "曝光：“交钱包过”的人工智能训练师证，一场骗局", """
<h1>曝光：“交钱包过”的人工智能训练师证，一场骗局</h1>
<p>本网记者 近日，多名读者反映在短视频平台被“人工智能训练师三级包过、人社部颁发”的广告吸引，向对方转账 3000 余元后被拉黑。
涉事联系人使用手机号 177 5809 2316、微信号 zhengshu_kuaiban。</p>
<p>人社部门提醒：职业技能等级证书由备案评价机构颁发，任何机构不得承诺包过。可通过中国人事考试网 cpta.com.cn 山寨证书声明栏目核对，
遇到问题可拨打 12333 咨询，或拨打 12315、12345 投诉举报。</p>
""", crumbs=[("/index.html", "首页")], related=[("/bbs/thread-20931.html", "网友避雷帖")],
     note="news warning quoting scammer phone/wechat and hotlines")

page("/news/fake-query.html", "news", "假查询网站又冒头 证书“官网可查”不可信", """
<h1>假查询网站又冒头 证书“官网可查”不可信</h1>
<p>2022 年 10 月，14 个仿冒职业资格、职业技能等级证书查询的网站被关停。近期又有卖证方自建“查询网站”。</p>
<p>提醒：职业技能等级证书请到 zscx.osta.org.cn 查询；专业技术类职业资格请到 cpta.com.cn 核验。</p>
""", crumbs=[("/index.html", "首页")], note="news about fake query sites")

# ---------------------------------------------------------------- blog
page("/blog/ai-trainer-price.html", "blog", "2026 人工智能训练师培训价格横评：8 家机构实测", """
<h1>2026 人工智能训练师培训价格横评：8 家机构实测</h1>
<p>发布于 2026-11-20 ｜ 分类：考证 ｜ 老K</p>
<p>最近准备考四级，把能搜到的机构都问了一圈，整理成表（不含认定费，价格为我咨询时的报价）：</p>
<table border="1" cellpadding="4">
<tr><th>机构</th><th>渠道</th><th>四级</th><th>三级</th><th>我的评价</th></tr>
<tr><td>智训教育</td><td>淘学集市</td><td>1680</td><td>2280</td><td>正常，材料审核严格</td></tr>
<tr><td>北辰智训</td><td>官网</td><td>2380</td><td>2980</td><td>贵但正规，不承诺通过</td></tr>
<tr><td>职达培训</td><td>拼学团</td><td>1280</td><td>—</td><td>宣传说“人社部颁发”，扣分</td></tr>
<tr><td>优学汇</td><td>拼学团</td><td>899</td><td>—</td><td>直播课，便宜</td></tr>
<tr><td>穗职教育</td><td>拼学团</td><td>1580</td><td>—</td><td>广州线下</td></tr>
<tr><td>鼎证通</td><td>同城分类</td><td>—</td><td>3680</td><td>说专科直接报三级，不可信</td></tr>
<tr><td>阿杰聊考证</td><td>短视频</td><td colspan="2">五级到一级打包</td><td>明显违规，别碰</td></tr>
<tr><td>锦程AI学苑</td><td>官网</td><td>1580</td><td>2180</td><td>成都的可以看看</td></tr>
</table>
<p>结论：价格差不多在 900-2400 之间，低于这个或者承诺包过的都要小心。联系方式我就不放了，避免被说打广告。</p>
<h4>评论</h4><div class="cmt">路人：感谢整理！</div>
""", related=[("/bbs/thread-21007.html", "论坛：四级自己报名全流程")],
     note="blogger's price comparison naming brands, no contacts, not an offer")

# ======================================================================= DECOYS
DECOYS = [
    ("hotline", "12333", ["12333"], "人社 national service hotline"),
    ("hotline", "12315", ["12315"], "market-regulation complaint hotline"),
    ("hotline", "12345", ["12345"], "government service hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query domain cited by sellers and news"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("domain", "cpta.com.cn", ["cpta.com.cn"], "人事考试中心 domain in news"),
    ("phone", "4008265170", ["400-826-5170"], "marketplace 淘学集市 customer service in every mall page frame"),
    ("email", "kefu@taoxuejishi.com", ["kefu@taoxuejishi.com"], "marketplace complaint e-mail in frame"),
    ("domain", "taoxuejishi.com", ["taoxuejishi.com"], "marketplace domain in frame"),
    ("uscc", MALL_USCC, [MALL_USCC], "marketplace operator's own licence in frame"),
    ("phone", "4006908817", ["400-690-8817"], "second-hand platform customer service in frame"),
    ("domain", "erhuobao.com", ["erhuobao.com"], "second-hand platform domain"),
    ("phone", "4009910256", ["400-991-0256"], "group-buy platform customer service"),
    ("domain", "pinxuetuan.cn", ["pinxuetuan.cn"], "group-buy platform domain"),
    ("other", "13520240601", ["13520240601"], "group-buy activity number that looks like a mobile"),
    ("qq_group", "826104573", ["826104573"], "B2B directory's own QQ group in frame"),
    ("phone", "+8675523619480", ["0755-23619480"], "B2B directory's own customer service"),
    ("uscc", B2B_USCC, [B2B_USCC], "B2B directory operator's licence in frame"),
    ("domain", "sujianyun.com", ["sujianyun.com"], "site-builder credit on company sites and mini-programs"),
    ("domain", "tianbiaotong.com", ["tianbiaotong.com"], "form-tool credit"),
    ("phone", "4000000000", ["400-000-0000"], "template placeholder hotline left on company sites"),
    ("email", "yourname@example.com", ["yourname@example.com"], "template placeholder e-mail in mini-programs"),
    ("phone", "+8617758092316", ["177 5809 2316", "17758092316"], "scammer phone quoted in news and complaint"),
    ("wechat", "zhengshu_kuaiban", ["zhengshu_kuaiban"], "scammer wechat quoted in news and complaint"),
    ("other", "15024061835", ["15024061835"], "order number that looks like a mobile (help page, review, complaint)"),
    ("phone", "+862164783390", ["021-6478 3390"], "assessment station phone quoted by sellers U01, U02 and a learner"),
    ("wechat", "lucy_ai_2024", ["lucy_ai_2024"], "commenter's own wechat on several sellers' threads"),
    ("qq_group", "550713286", ["550713286"], "forum's own staff QQ group"),
    ("email", "jubao@kuaipin.tv", ["jubao@kuaipin.tv"], "video platform report e-mail"),
    ("email", "help@lvshu.cn", ["help@lvshu.cn"], "notes app report e-mail"),
    ("phone", "4001150678", ["400-115-0678"], "classifieds platform hotline"),
    ("domain", "zhiwen.com", ["zhiwen.com"], "Q&A platform domain"),
    ("domain", "aizhitong-bbs.com", ["aizhitong-bbs.com"], "forum domain"),
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    html = {}
    for p in PAGES:
        out = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        h = render(p)
        html[p["path"]] = h
        with open(out, "w", encoding="utf-8") as f:
            f.write(h)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    ops = {}
    for p in PAGES:
        if p["operator"]:
            o = ops.setdefault(p["operator"], {"brands": [], "pages": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            o["pages"].append(p["path"])
    for oid, o in ops.items():
        shared = {}
        for p in PAGES:
            if p["operator"] == oid:
                for k, v, _ in p["identifiers"]:
                    shared.setdefault((k, v), set()).add(p["path"])
        o["ties"] = "; ".join("%s %s on %d pages" % (k, v, len(s)) for (k, v), s in sorted(shared.items()) if len(s) > 1) \
            or "single page"
        del o["pages"]
    decoys = []
    for k, v, written, note in DECOYS:
        paths = sorted(path for path, h in html.items() if any(w in h for w in written))
        decoys.append({"kind": k, "value": v, "written": written, "paths": paths, "note": note})
    truth = {
        "description": "12ba: commerce-heavy web (marketplace, second-hand, group-buy, mini-programs, B2B directory, "
                       "blog price comparison) of AI-trainer certificate sellers, 9 multi-page operators, 6 independents",
        "pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")}
                  for p in PAGES],
        "operators": dict(sorted(ops.items())),
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(PAGES), "offers", sum(p["is_offer"] for p in PAGES), "decoys", len(decoys))


if __name__ == "__main__":
    main()
