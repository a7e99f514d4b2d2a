#!/usr/bin/env python3
"""Generate a labeled marketplace web of AI-trainer certificate sellers.
Standard library only, fully deterministic (no randomness)."""
import json, os, posixpath, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"

def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(code8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    w = [pow(3, i, 31) for i in range(17)]
    s = sum(ALPHA.index(ch) * w[i] for i, ch in enumerate(body))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]

USCC_TJS = uscc("91330106", "MA2H7K3P")   # platform operator (decoy)
USCC_DF = uscc("91310104", "MA1FL5R2")    # U02
USCC_AX = uscc("91440106", "MA5D8N4T")    # U04
USCC_HK = uscc("52310115", "MJ4927K6")    # U08 (民办非企业)
USCC_JOB = uscc("91320594", "MA27Q8B3")   # job ad employer

PAGES = []
def page(path, kind, title, main, side="", is_offer=False, operator=None, provider=None,
         ids=(), note="", crumbs=None):
    PAGES.append(dict(path=path, kind=kind, title=title, main=main, side=side,
                      is_offer=is_offer, operator=operator, provider=provider,
                      ids=[list(x) for x in ids], note=note, crumbs=crumbs or []))

def L(frm, to, text, cls=None):
    rel = posixpath.relpath(to, posixpath.dirname(frm))
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{rel}"{c}>{text}</a>'

# ------------------------------------------------------------------ wrappers
def w_taojishi(p):
    path = p["path"]
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{p['title']}-淘集市</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="keywords" content="淘集市,职业教育,考证,{p['title'][:12]}">
<link rel="stylesheet" href="//g.tjscdn.com/tjs/pc/2.3.1/item.css"></head>
<body class="tjs-item">
<div class="tjs-topbar"><span>亲，欢迎来淘集市！</span> <a href="#login">请登录</a> <a href="#reg">免费注册</a>
 <span class="r">{L(path, '/taojishi/index.html', '淘集市首页')} | 我的淘集市 | 购物车 | 收藏夹 | {L(path, '/taojishi/help-customer-service.html', '帮助中心')}</span></div>
<header class="tjs-header"><img src="//g.tjscdn.com/logo/tjs-logo.png" alt="淘集市 TAOJISHI.COM" width="180">
<form class="tjs-search" action="#search" method="get"><input name="q" value="人工智能训练师"><button>搜索</button></form></header>
<nav class="tjs-cate"><a href="#">首页</a><a href="#">天天特价</a><a href="#">职业教育</a><a href="#">学历提升</a><a href="#">IT技能</a><a href="#">考证专区</a></nav>
<div class="crumbs">{' &gt; '.join(p['crumbs']) or '职业教育 &gt; 职业技能考证'}</div>
<div class="tjs-wrap"><main class="tjs-main">
{p['main']}
</main>
<aside class="tjs-side">{p['side']}
<div class="tjs-guess"><h4>看了又看</h4><ul><li>Python零基础入门 ¥9.9</li><li>PMP备考全程班 ¥1980</li><li>Excel函数速成 ¥19.9</li></ul></div></aside></div>
<!-- tjs footer v2.3 -->
<footer class="tjs-footer"><p>淘集市客服热线：400-860-1188（9:00-21:00） | 客服邮箱：service@taojishi.com | 消费者权益保障 | 七天无理由退款</p>
<p>杭州淘集市网络科技有限公司 统一社会信用代码：{USCC_TJS} | 浙ICP备17032518号-2 | 增值电信业务经营许可证：浙B2-20170418</p>
<p>© 2017-2026 taojishi.com 版权所有</p></footer>
</body></html>"""

def w_jx(p):
    path = p["path"]
    return f"""<!DOCTYPE html>
<html lang="zh-cmn-Hans"><head><meta charset="UTF-8"><title>【京选】{p['title']}</title>
<meta name="description" content="京选商城为您提供{p['title']}，正品保障，极速发货。">
<link rel="stylesheet" href="https://static.jxmall.cn/pc/css/detail.min.css?v=20260112"></head>
<body>
<div id="jx-shortcut"><ul><li>北京</li><li>你好，请登录</li><li>{L(path, '/jx/index.html', '京选首页')}</li><li>我的订单</li><li>企业采购</li><li>客户服务</li></ul></div>
<div id="jx-header"><a class="logo" href="#"><img src="https://static.jxmall.cn/img/logo@2x.png" alt="京选商城"></a>
<div class="search"><input type="text" placeholder="人工智能训练师 证书"><button class="btn">搜索</button></div>
<div class="hotwords"><a href="#">软考</a><a href="#">教资</a><a href="#">AI证书</a><a href="#">初级会计</a></div></div>
<div id="jx-nav"><a href="#">全部商品分类</a> <a href="#">京选超市</a> <a href="#">教育培训</a> <a href="#">图书</a> <a href="#">秒杀</a></div>
<div class="jx-crumb">{' / '.join(p['crumbs']) or '教育培训 / 职业培训 / 技能认证'}</div>
<div class="jx-body"><div class="jx-detail">
{p['main']}
</div>
<div class="jx-aside">{p['side']}
<div class="jx-rank"><h3>店铺热销榜</h3><ol><li>考证资料包</li><li>模拟题库VIP</li></ol></div></div></div>
<div id="jx-service"><ul><li>品类齐全，轻松购物</li><li>多仓直发，极速配送</li><li>正品行货，精致服务</li><li>天天低价，畅选无忧</li></ul></div>
<div id="jx-footer"><p>京选商城全国客服 4007-002-580 | 商家入驻交流群 QQ群：516208937 | 廉正举报 | 隐私政策</p>
<p>京ICP证180233号 | 京公网安备11010502039921号 | Copyright © 2018-2026 京选 jxmall.cn 版权所有</p></div>
</body></html>"""

def w_xz(p):
    path = p["path"]
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{p['title']} - 闲转</title><link rel="stylesheet" href="https://cdn.xianzhuan.com/h5/idle/app.4f2c.css"></head>
<body><div id="app" class="xz-app">
<div class="xz-openapp"><img src="https://cdn.xianzhuan.com/h5/logo.png" alt="闲转"> 闲置转一转，钱包鼓一鼓 <a href="#open">打开APP</a></div>
<div class="xz-nav">{L(path, '/xianzhuan/index.html', '‹ 返回')} <span>宝贝详情</span></div>
{p['main']}
<div class="xz-safe"><b>闲转安全提示</b>：请在闲转内沟通和交易，不要脱离平台私下转账；“代考”“包过”“无需考试直接拿证”多为诈骗，遇到诈骗请拨打全国反诈专线 96110。</div>
<div class="xz-bottom"><span>♡ 收藏</span><span>💬 留言</span><a class="btn" href="#chat">我想要</a></div>
<footer class="xz-footer">© 闲转 · 闲置交易社区 · 举报中心</footer>
</div></body></html>"""

def w_tuan(p):
    path = p["path"]
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{p['title']}｜团团购</title><meta property="og:title" content="{p['title']}">
<meta property="og:image" content="https://img.tuantuangou.net/share/cover.jpg">
<style>body{{background:#f6f6f6;font:14px/1.6 -apple-system,"PingFang SC",sans-serif}}.card{{background:#fff;margin:8px;padding:12px;border-radius:8px}}.tag{{color:#fe5a2d}}</style></head>
<body class="tt-share">
<div class="tt-top"><img src="https://img.tuantuangou.net/logo-mini.png" alt="团团购小程序"> 团团购 · 好课拼着买 {L(path, '/tuan/index.html', '更多团购')}</div>
{p['main']}
<div class="card tt-rule"><h4>团购须知</h4><ol><li>拼团成功后由团长统一安排课程，未成团自动原路退款。</li><li>虚拟商品，开课后不支持退款。</li><li>本页面由团长发布，团团购仅提供技术服务。</li></ol></div>
<footer class="tt-footer">团团购官方客服 微信：tuantuangou_kf（工作日 10:00-19:00）<br>长按识别小程序码参团</footer>
</body></html>"""

def w_generic(p, brand, style):
    path = p["path"]
    navs = {
        "blog": f"<nav class='blog-nav'>{L(path, '/index.html', '首页')} · <a href='#'>考证笔记</a> · <a href='#'>AI学习</a> · <a href='#'>关于我</a></nav>",
        "news": f"<nav class='news-nav'><a href='#'>要闻</a> <a href='#'>教育</a> <a href='#'>就业</a> <a href='#'>维权</a> {L(path, '/index.html', '返回导航')}</nav>",
        "policy": f"<nav class='gov-nav'>{L(path, '/index.html', '首页')} | 政策解读 | 职业标准 | 证书查询</nav>",
        "bbs": f"<nav class='bbs-nav'>{L(path, '/index.html', '首页')} › 消费维权 › 教育培训 <span class='r'>发帖 | 登录</span></nav>",
        "jobs": f"<nav class='jobs-nav'>{L(path, '/index.html', '首页')} 职位 | 公司 | 校园 | 发布职位</nav>",
        "portal": "<nav class='portal-nav'><a href='#plat'>平台</a> <a href='#read'>阅读</a> <a href='#all'>全部页面</a></nav>",
    }
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{p['title']}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body class="{style}">
<header class="site-head"><div class="logo">{brand}</div>{navs[style]}</header>
<div class="layout"><article class="content">
{p['main']}
</article>
<aside class="sidebar">{p['side']}</aside></div>
<footer class="site-foot">{p.get('foot','')}</footer>
</body></html>"""

# ------------------------------------------------------------------ pages
T = "/taojishi/"; J = "/jx/"; X = "/xianzhuan/"; G = "/tuan/"

def tjs_item(path, shop, shop_link, title, price, sku, desc, side_contact, **kw):
    main = f"""<div class="tb-item" data-item-id="{path.split('-')[-1][:-5]}">
<div class="tb-gallery"><img src="//img.tjscdn.com/bao/{path[-10:-5]}_1.jpg" alt="{title}"></div>
<div class="tb-property"><h1 class="tb-title">{title}</h1>
<div class="tb-price">{price}</div>
<dl class="tb-sku"><dt>规格</dt><dd>{sku}</dd></dl>
<div class="tb-sold">月销 {len(title)*7} | 累计评价 {len(title)*3}</div>
<a class="tb-btn-buy" href="#buy">立即购买</a> <a class="tb-btn-cart" href="#cart">加入购物车</a></div></div>
<div class="tb-desc"><h3>宝贝详情</h3>
{desc}</div>"""
    side = f"""<div class="tjs-shopcard"><h4>{shop_link}</h4><p>描述 4.8 服务 4.8 物流 4.9</p>{side_contact}<a href="#ww">和我联系</a></div>"""
    page(path, "taojishi", title, main, side, **kw)

# ---------- U01 ----------
tjs_item(T + "item-20561.html", "智训未来教育", L(T + "item-20561.html", T + "shop-zxwl.html", "智训未来教育"),
 "人工智能训练师四级/三级 职业技能等级证书 考前培训 全国可报",
 '<span class="old"><del>￥3980</del></span> <em class="now">￥2680</em> <span class="tag">可申请技能提升补贴</span>',
 "五级 ￥1680 / 四级 ￥2680 / 三级 ￥3280",
 """<p>【课程】人工智能训练师（4-04-05-05）线上理论+实操，数据标注、智能系统运维全覆盖。</p>
<p>【报名须知】报名前请确认社保缴纳满一年，可咨询当地人社 12333 了解补贴政策。</p>
<table class="lvl"><tr><th>等级</th><th>课时</th><th>学费</th></tr><tr><td>五级/初级工</td><td>60</td><td>1680元</td></tr><tr><td>四级/中级工</td><td>50</td><td>2680元</td></tr><tr><td>三级/高级工</td><td>40</td><td>3280元</td></tr></table>
<p><img src="//img.tjscdn.com/bao/20561_qr.jpg" alt="扫码添加课程顾问"></p>
<p>课程顾问：158-2193-7460（同微信），微信：zxwl_edu2023</p>""",
 "<p>掌柜：智训未来教育</p>",
 is_offer=True, operator="U01", provider="智训未来教育",
 ids=[("phone", "+8615821937460", "158-2193-7460"), ("wechat", "zxwl_edu2023", "微信：zxwl_edu2023")],
 note="淘集市 item page, AI-trainer level 5-3 course with level price table",
 crumbs=["职业教育", "职业技能考证", "人工智能"])

p = T + "shop-zxwl.html"
page(p, "taojishi", "智训未来教育 淘集市店铺首页", f"""<div class="shop-banner"><img src="//img.tjscdn.com/shop/zxwl_banner.jpg" alt="智训未来教育 专注AI职业技能培训"></div>
<div class="shop-notice"><h3>店铺公告</h3><p>本店开设AI训练师（人工智能训练师）五级、四级、三级培训班，2026年第二期3月开班，名额有限。拍前请先联系客服确认报考条件。</p>
<p>微信咨询 V：ZXWL_edu2023 ｜ 企业采购请联系 QQ：2854193307</p></div>
<div class="shop-items"><h3>全部宝贝</h3><ul>
<li>{L(p, T + 'item-20561.html', '人工智能训练师四级/三级 考前培训')} ￥2680</li>
<li>人工智能训练师 题库VIP（理论+实操） ￥199</li><li>数据标注实操练习营 ￥599</li></ul></div>""",
 "<div class='shop-info'><p>开店时长：3年</p><p>所在地：上海</p></div>",
 is_offer=True, operator="U01", provider="智训未来教育",
 ids=[("wechat", "zxwl_edu2023", "V：ZXWL_edu2023"), ("qq", "2854193307", "QQ：2854193307")],
 note="淘集市 shop page listing the AI-trainer course", crumbs=["店铺", "智训未来教育"])

p = J + "item/771203.html"
page(p, "jx", "启明AI职培 人工智能训练师证书培训 中级/高级 线上直播课", f"""<div class="product-intro"><div class="preview"><img src="https://img.jxmall.cn/n1/771203.jpg" alt="启明AI职培 AI训练师 中级 高级 证书班"></div>
<div class="itemInfo"><div class="sku-name">启明AI职培 人工智能训练师证书培训 中级/高级 线上直播课</div>
<div class="summary-price">京选价 <span class="p-price">¥2,399.00</span> <span class="tag">PLUS会员再减100</span></div>
<div class="choose"><span>版本：</span><a>中级（四级）¥2399</a><a>高级（三级）¥2999</a><a>中级+高级联报 ¥4699</a></div></div></div>
<div class="detail-tab"><ul><li class="cur">商品介绍</li><li>规格与包装</li><li>售后保障</li><li>商品评价</li></ul></div>
<div class="detail-content"><p>直播+录播，数据采集处理、数据标注、智能系统运维，按人社认定要素细目表授课。</p>
<table class="Ptable"><tr><th>授课形式</th><td>线上直播</td></tr><tr><th>有效期</th><td>12个月</td></tr><tr><th>发货方式</th><td>付款后客服联系开通</td></tr></table>
<p>售前咨询：扣扣 285 419 3307，资料索取请发邮件 qmai_px(at)163.com</p></div>""",
 "<div class='jx-shop'><h3>启明AI职培专营店</h3><p>店铺星级 ★★★★</p></div>",
 is_offer=True, operator="U01", provider="启明AI职培",
 ids=[("qq", "2854193307", "扣扣 285 419 3307"), ("email", "qmai_px@163.com", "qmai_px(at)163.com")],
 note="京选 item page, intermediate/advanced course, bundle price")

p = X + "post-88231.html"
page(p, "xz", "出 AI训练师课程 带考证 四级", """<div class="xz-user"><img src="https://cdn.xianzhuan.com/avatar/u88231.jpg" alt="小智老师的头像"> <b>小智老师</b> <span>上海 · 信用极好</span></div>
<div class="xz-price">¥<b>1999</b> <del>¥3200</del></div>
<div class="xz-desc"><p>机构内部名额转出，人工智能训练师四级（中级工）证书班，包含录播课+题库+实操辅导，考完可查。</p>
<p>平台不让发联系方式，资料发你邮箱：qmai_px圈163点com（圈换成@，点换成.）</p>
<p><img src="https://cdn.xianzhuan.com/idle/88231_1.jpg" alt="课程截图"></p></div>
<div class="xz-comments"><h4>留言 3</h4>
<div class="c"><b>比价小柯</b>：这家我做过比价，价格中等。想看全网对比的加我 vx bijia_xiaoke</div>
<div class="c"><b>momo</b>：零基础能考吗？</div><div class="c"><b>小智老师</b>：回复 momo：要满一年相关工作哦</div></div>""",
 is_offer=True, operator="U01", provider="小智老师",
 ids=[("email", "qmai_px@163.com", "qmai_px圈163点com")],
 note="闲转 second-hand post reselling a level-4 course; email obfuscated with 圈/点")

# ---------- U02 ----------
p = J + "shop/dingfeng.html"
page(p, "jx", "鼎峰职业技能培训中心官方旗舰店", f"""<div class="shop-head"><img src="https://img.jxmall.cn/shop/dingfeng_logo.png" alt="鼎峰职业技能培训中心"><h1>鼎峰职业技能培训中心官方旗舰店</h1><span>关注 2.1万</span></div>
<div class="shop-decorate"><h2>人工智能训练师 · 新职业 · 2026春季班</h2>
<p>四级（中级）学费 贰仟捌佰元，三级（高级）学费 叁仟伍佰元；符合条件学员考后可申领技能提升补贴（四级最高1500元、三级最高2000元）。</p>
<p>近期鉴定批次号 13120250712 已满，下一批次请提前预约。</p></div>
<table class="shop-license"><caption>商家资质</caption><tr><td>企业名称</td><td>上海鼎峰职业技能培训有限公司</td></tr>
<tr><td>统一社会信用代码</td><td>统一社会信用代码：{USCC_DF}</td></tr><tr><td>招生电话</td><td>021-6428 7719</td></tr><tr><td>地址</td><td>上海市徐汇区漕溪北路××号</td></tr></table>
<ul class="shop-goods"><li>人工智能训练师（中级）全程班 ¥2800</li><li>人工智能训练师（高级）全程班 ¥3500</li></ul>""",
 "<div class='jx-shop'><p>品牌旗舰店</p><p>上海 徐汇</p></div>",
 is_offer=True, operator="U02", provider="鼎峰职业技能培训中心",
 ids=[("phone", "+862164287719", "021-6428 7719"), ("uscc", USCC_DF, USCC_DF)],
 note="京选 flagship shop page with licence table and Chinese-numeral prices")

p = G + "deal-3307.html"
page(p, "tuan", "数标学堂 AI训练师五级 3人团", f"""<div class="card"><img src="https://img.tuantuangou.net/deal/3307.jpg" alt="数标学堂 AI训练师 五级 拼团">
<h2>【3人团】人工智能训练师 五级（初级工）线上班</h2><p><span class="tag">拼团价 ¥1280</span> 单买价 <del>¥1680</del> · 已拼 86 件</p>
<p>团长：数标学堂-李老师 · 上海</p></div>
<div class="card tt-notice"><h4>团长公告</h4><p>各位团友好~本期五级实操考试安排在合作考点（考点咨询 021-5596 3088），上课时间晚上7:30-9:30。</p>
<p>成团后请加班主任微信号 dingfeng_px 进班级群，报名咨询座机（021）64287719。</p></div>
<form class="card tt-form" action="#submit" method="post"><h4>报名登记</h4>
<label>姓名 <input name="name" placeholder="请输入真实姓名"></label>
<label>手机 <input name="mobile" placeholder="例：13800138000"></label>
<label>是否有一年相关工作经历 <select name="exp"><option>是</option><option>否</option></select></label><button>提交并参团</button></form>""",
 is_offer=True, operator="U02", provider="数标学堂",
 ids=[("phone", "+862164287719", "（021）64287719"), ("wechat", "dingfeng_px", "微信号 dingfeng_px")],
 note="团团购 group-buy share page with group notice and sign-up form")

tjs_item(T + "item-20602.html", "数标学堂", "数标学堂职业教育",
 "AI Trainer 人工智能训练师 数据标注员方向 中级 证书课程 送题库",
 '<em class="now">¥2.8k</em> <span class="tag">限时送实操项目</span>',
 "中级（四级）｜高级（三级）+¥700",
 """<p>数据标注员、人工智能算法测试员两大工种，本课程主讲数据标注方向。</p>
<p><img src="//img.tjscdn.com/bao/20602_2.jpg" alt="数标学堂 学员实操课堂"></p>
<p>课程咨询 薇：dingfeng_px ｜ 官网 www.dfjn-edu.cn</p>""",
 "<p>掌柜：数标学堂职业教育</p>",
 is_offer=True, operator="U02", provider="数标学堂",
 ids=[("wechat", "dingfeng_px", "薇：dingfeng_px"), ("domain", "dfjn-edu.cn", "www.dfjn-edu.cn")],
 note="淘集市 item page, English occupation name, price in k")

# ---------- U03 ----------
p = X + "post-88407.html"
page(p, "xz", "码上AI证书工作室 人工智能训练师 可开票", """<div class="xz-user"><img src="https://cdn.xianzhuan.com/avatar/u88407.jpg" alt="码上AI证书工作室头像"> <b>码上AI证书工作室</b> <span>杭州 · 芝麻信用优秀</span></div>
<div class="xz-price">¥<b>1500</b> 起</div>
<div class="xz-desc"><p>人工智能训練師 五级/四级 报名辅导，线上学习，考试在杭州本地考点，证书可在人社部门网站查询。</p>
<p>电话 １３９ ５７１２ ０８４６ 直接打，别在闲转上问了回复慢</p></div>
<div class="xz-comments"><h4>留言 1</h4><div class="c"><b>阿飞</b>：四级要多久出证？</div></div>""",
 is_offer=True, operator="U03", provider="码上AI证书工作室",
 ids=[("phone", "+8613957120846", "１３９ ５７１２ ０８４６")],
 note="闲转 post, full-width digits, occupation in traditional characters")

tjs_item(T + "item-20733.html", "星图数据标注学院", L(T + "item-20733.html", T + "reviews-20733.html", "星图数据标注学院（查看评价）"),
 "星图数据标注学院 人工智能训练师 三级 高级工 考证班 小班教学",
 '<del>原价¥4599</del> <em class="now">¥3299</em> <span>4/5级 ¥1999起</span>',
 "三级 ¥3299｜四级 ¥2499｜五级 ¥1999",
 """<p>证书由备案评价机构颁发，全国联网可查：zscx.osta.org.cn</p>
<p>报名热线：+86 139-5712-0846（王老师）</p>
<p>学员群：735281964（付款后拉群）</p>""",
 "<p>掌柜：星图数据标注学院</p>",
 is_offer=True, operator="U03", provider="星图数据标注学院",
 ids=[("phone", "+8613957120846", "+86 139-5712-0846"), ("qq_group", "735281964", "学员群：735281964")],
 note="淘集市 item page with official query domain quoted")

p = T + "reviews-20733.html"
page(p, "taojishi", "星图数据标注学院 人工智能训练师 三级 宝贝评价", f"""<div class="rate-head"><h2>宝贝评价（128）</h2><p>{L(p, T + 'item-20733.html', '返回宝贝详情')}</p><span>好评率 97%</span></div>
<ul class="rate-list">
<li><b>t**9</b> ★★★★★ <p>老师讲得很细，数据标注实操部分很有用。订单号 15920240311 的课程已经开通了。</p>
<div class="reply">[掌柜回复] 感谢支持！后续三级实操安排请进群 735 281 964 查看，资料也同步在 xingtu-ai.com 学员中心。</div></li>
<li><b>小**鱼</b> ★★★ <p>客服回复有点慢。</p><div class="reply">[掌柜回复] 抱歉亲，高峰期咨询量大，课程问题可以直接在学员中心留言。</div></li>
<li><b>z**q</b> ★★★★★ <p>想办证书的朋友也可以找我，加vx：zhengshu_daiban 全国各类证书</p></li>
<li><b>r**7</b> ★ <p>说好的补贴没下来，已打12315投诉。</p><div class="reply">[掌柜回复] 亲，补贴需要本人社保满一年，已私信您说明。</div></li>
</ul>""",
 "<div class='tjs-shopcard'><h4>星图数据标注学院</h4></div>",
 is_offer=True, operator="U03", provider="星图数据标注学院",
 ids=[("qq_group", "735281964", "进群 735 281 964"), ("domain", "xingtu-ai.com", "xingtu-ai.com")],
 note="review page whose seller replies carry the offer contacts; also a spam commenter and an order number",
 crumbs=["宝贝评价"])

p = J + "shop/xingtu.html"
page(p, "jx", "星图教育京选自营合作店", """<div class="shop-head"><img src="https://img.jxmall.cn/shop/xingtu.png" alt="星图教育 LOGO"><h1>星图教育</h1></div>
<div class="shop-decorate"><h2>AI训练师 | 数据标注 | 算法测试</h2><p>“人工智能训练师”职业技能等级认定培训，五级-三级，支持企业团报（10人以上每人减300）。</p>
<p>学员中心：www.xingtu-ai.com  教务微信：xingtu_jiaowu</p></div>
<ul class="shop-goods"><li>五级 ¥1,999</li><li>四级 ¥2,499</li><li>三级 ¥3,299</li></ul>""",
 is_offer=True, operator="U03", provider="星图教育",
 ids=[("domain", "xingtu-ai.com", "www.xingtu-ai.com"), ("wechat", "xingtu_jiaowu", "xingtu_jiaowu")],
 note="京选 shop page, group discount")

# ---------- U04 ----------
p = G + "deal-3315.html"
page(p, "tuan", "安学职培 AI训练师 三级直通 5人团", """<div class="card"><img src="https://img.tuantuangou.net/deal/3315.jpg" alt="AI训练师三级 5人团 安学职培">
<h2>人工智能训炼师 三级 直通班（零基础可报）</h2><p><span class="tag">5人团 ￥3680</span> <del>￥5980</del> 剩余 2 个名额 · 23:59:12 后结束</p></div>
<div class="card tt-notice"><h4>团长安学职培说：</h4><p>不限学历不限专业，三级一次拿证，拿证后可以申请补贴两千块。有问题 vx：anxue_kf01</p></div>
<form class="card tt-form" action="#s" method="post"><label>手机号 <input name="m" placeholder="13800138000"></label><label>想报等级 <input name="lv"></label><button>立即参团</button>
<p class="credit">本表单由 表单大师 biaodan-ds.com 提供技术支持</p></form>""",
 is_offer=True, operator="U04", provider="安学职培",
 ids=[("wechat", "anxue_kf01", "vx：anxue_kf01")],
 note="团团购 deal, misspelled occupation, level 3 to beginners")

p = J + "item/771388.html"
page(p, "jx", "AI训练师考证服务部 人工智能训练师报名 代报名 资料审核", """<div class="product-intro"><div class="preview"><img src="https://img.jxmall.cn/n1/771388.jpg" alt="人工智能训练师 报名服务"></div>
<div class="itemInfo"><div class="sku-name">AI训练师考证服务部 人工智能训练师报名服务（四级/三级）</div>
<div class="summary-price"><span class="p-price">¥1800-3600</span></div>
<div class="choose"><a>四级 1800</a><a>三级 2600</a><a>三级+四级 3600</a></div></div></div>
<div class="detail-content"><p>负责报名资料审核、课程安排、考试提醒。</p>
<p>全国服务热线 400-615-8832，微信请 加v anxue_kf01（备注京选）</p></div>""",
 "<div class='jx-shop'><h3>AI训练师考证服务部</h3></div>",
 is_offer=True, operator="U04", provider="AI训练师考证服务部",
 ids=[("wechat", "anxue_kf01", "加v anxue_kf01"), ("phone", "4006158832", "400-615-8832")],
 note="京选 item page with price range and 400 number")

p = T + "shop-anxue.html"
page(p, "taojishi", "安学教育科技 企业店铺", f"""<div class="shop-banner"><img src="//img.tjscdn.com/shop/anxue.jpg" alt="安学教育科技 人工智能训练师 报名中"></div>
<div class="shop-notice"><h3>店铺公告</h3><p>人工智能训练师（四级、三级）2026年上半年招生，学费贰仟陆佰元起。报名热线：４００－６１５－８８３２</p></div>
<div class="shop-license"><p>企业资质：广州安学教育科技有限公司 {USCC_AX}</p></div>
<ul class="shop-goods"><li>AI训练师 四级 ¥1800</li><li>AI训练师 三级 ¥2600</li></ul>""",
 is_offer=True, operator="U04", provider="安学教育科技",
 ids=[("phone", "4006158832", "４００－６１５－８８３２"), ("uscc", USCC_AX, USCC_AX)],
 note="淘集市 enterprise shop with full-width 400 number", crumbs=["店铺", "安学教育科技"])

# ---------- U05 ----------
tjs_item(T + "item-20877.html", "职达人才", L(T + "item-20877.html", T + "reviews-20877.html", "职达人才（评价）"),
 "职达人才 人工智能训练师 初级 中级 技能等级证 线上学 周末班",
 '<em class="now">¥1,580</em> ~ <em>¥2,380</em>',
 "初级(五级) ¥1580 / 中级(四级) ¥2380",
 """<p>每周六日线上直播，附赠数据标注实操项目。</p>
<p>抖音号：zhida_ai_xunlian 每晚8点直播答疑</p>
<p>电话 186 2107 5539</p>""",
 "<p>掌柜：职达人才</p>",
 is_offer=True, operator="U05", provider="职达人才",
 ids=[("phone", "+8618621075539", "186 2107 5539"), ("other", "zhida_ai_xunlian", "抖音号：zhida_ai_xunlian")],
 note="淘集市 item page with video account")

p = X + "post-88519.html"
page(p, "xz", "AI训练师实训营 名额转让", """<div class="xz-user"><img src="https://cdn.xianzhuan.com/avatar/u88519.jpg" alt="职达AI实训营头像"> <b>职达AI实训营</b> <span>南京</span></div>
<div class="xz-price">¥<b>980</b></div>
<div class="xz-desc"><p>四级数据标注方向实训营，鉴定批次 13120250712 还有两个位置，一九八零转。</p>
<p>不想私聊的可以 抖音搜：zhida_ai_xunlian 看往期学员，或者 Q 1637205548</p></div>""",
 is_offer=True, operator="U05", provider="职达AI实训营",
 ids=[("other", "zhida_ai_xunlian", "抖音搜：zhida_ai_xunlian"), ("qq", "1637205548", "Q 1637205548")],
 note="闲转 post, occupation only implied by level and work type")

p = J + "item/771455.html"
page(p, "jx", "金羽教育 人工智能训练师 四级 全程班 含考务", """<div class="product-intro"><div class="itemInfo"><div class="sku-name">金羽教育 人工智能训练师 四级 全程班 含考务</div>
<div class="summary-price"><span class="p-price">¥2,380.00</span> <span>补贴后约 ¥880</span></div></div></div>
<div class="detail-content"><p>补贴政策请以当地人社为准，可拨打 12333 咨询。</p>
<table class="Ptable"><tr><th>客服QQ</th><td>QQ:1637205548</td></tr><tr><th>报名邮箱</th><td>jinyu_edu[at]126.com</td></tr></table></div>""",
 "<div class='jx-shop'><h3>金羽教育专营店</h3></div>",
 is_offer=True, operator="U05", provider="金羽教育",
 ids=[("qq", "1637205548", "QQ:1637205548"), ("email", "jinyu_edu@126.com", "jinyu_edu[at]126.com")],
 note="京选 item page, subsidy talk, contacts in a spec table")

p = G + "deal-3321.html"
page(p, "tuan", "金羽教育 AI训练师 2人团", """<div class="card"><img src="https://img.tuantuangou.net/deal/3321.jpg" alt="金羽教育 两人成团">
<h2>人工智能训练师（中级）2人团 立减四百</h2><p><span class="tag">¥1980/人</span></p></div>
<div class="card tt-notice"><h4>团长公告</h4><p>报名材料发邮箱 JINYU_EDU@126.COM，或者电话 一八六二一零七五五三九</p>
<p class="tpl">联系人：张老师 电话：138-0000-0000</p></div>""",
 is_offer=True, operator="U05", provider="金羽教育",
 ids=[("email", "jinyu_edu@126.com", "JINYU_EDU@126.COM"), ("phone", "+8618621075539", "一八六二一零七五五三九")],
 note="团团购 deal, Chinese-numeral phone, leftover template contact")

# ---------- U06 ----------
p = J + "shop/boyuan.html"
page(p, "jx", "博远教育 京选店", """<div class="shop-head"><img src="https://img.jxmall.cn/shop/boyuan.png" alt="博远教育"><h1>博远教育</h1></div>
<div class="shop-decorate"><h2>人工智能训练师 线下面授（杭州）</h2>
<p>面授地点：文三路数智大厦5楼，大厦前台 0571-8888 2016 可预约参观。</p>
<p>咨询电话：0571-8765 3210 ｜ 微信 boyuan_edu</p></div>
<table class="price"><tr><th>等级</th><th>面授</th><th>线上</th></tr><tr><td>四级</td><td>2,980</td><td>1,980</td></tr><tr><td>三级</td><td>3,680</td><td>2,680</td></tr></table>""",
 is_offer=True, operator="U06", provider="博远教育",
 ids=[("phone", "+8657187653210", "0571-8765 3210"), ("wechat", "boyuan_edu", "微信 boyuan_edu")],
 note="京选 shop page, face-to-face course with venue")

p = J + "reviews/771502.html"
page(p, "jx", "博远AI训练师考证 商品评价", f"""<div class="comment-head"><h2>商品评价</h2><p>好评度 95% · 全部评价(64)</p></div>
<div class="comment-list">
<div class="comment-item"><span class="user">j***o</span> ★★★★★ <p>面授老师专业，三级实操过了。</p><div class="reply">商家回复：谢谢认可～新一期三级班已开放报名，想报的朋友加 薇❤：boyuan_edu</div></div>
<div class="comment-item"><span class="user">匿名用户</span> ★★ <p>教室有点挤。</p></div>
<div class="comment-item"><span class="user">证***办</span> ★★★★★ <p>各类证书加急办理 vx zhengshu_daiban</p></div></div>""",
 "<div class='jx-shop'><h3>博远AI训练师考证</h3></div>",
 is_offer=True, operator="U06", provider="博远AI训练师考证",
 ids=[("wechat", "boyuan_edu", "薇❤：boyuan_edu")],
 note="京选 review page; the seller reply is the offer")

tjs_item(T + "item-20940.html", "远途职培", "远途职培",
 "远途职培 人工智能训练师 四级 杭州面授 周末班 小班",
 '<em class="now">¥2980</em>',
 "四级 面授 ¥2980",
 """<p>上课地点：文三路数智大厦（前台 0571-8888 2016）</p>
<p>电话咨询：<a href="tel:057187653210">0571-87653210</a></p>""",
 "<p>掌柜：远途职培</p>",
 is_offer=True, operator="U06", provider="远途职培",
 ids=[("phone", "+8657187653210", "0571-87653210")],
 note="淘集市 item page, tel: link")

# ---------- U07 ----------
p = X + "post-88650.html"
page(p, "xz", "蓝鲸数据 AI训练师 数据标注 课程", """<div class="xz-user"><img src="https://cdn.xianzhuan.com/avatar/u88650.jpg" alt="蓝鲸数据头像"> <b>蓝鲸数据</b> <span>成都</span></div>
<div class="xz-price">¥<b>1.2k</b></div>
<div class="xz-desc"><p>人工智能训练师五级，数据标注员方向，带实习推荐。</p><p>电联 177 😊 0218 😊 4693</p></div>""",
 is_offer=True, operator="U07", provider="蓝鲸数据",
 ids=[("phone", "+8617702184693", "177 😊 0218 😊 4693")],
 note="闲转 post, emoji between digits")

p = G + "deal-3340.html"
page(p, "tuan", "蓝鲸标注 AI训练师五级 10人团", """<div class="card"><img src="https://img.tuantuangou.net/deal/3340.jpg" alt="蓝鲸标注 10人团">
<h2>人工智能训练师（五级）十人团 每人仅需玖佰玖拾元</h2></div>
<div class="card tt-notice"><h4>团长公告</h4><p>成都本地班，报名电话17702184693，资料发 hai_tun_ai@qq.com</p></div>
<form class="card tt-form" action="#s" method="post"><label>手机 <input name="m" placeholder="13800138000"></label><button>参团</button>
<p class="credit">本表单由 表单大师 biaodan-ds.com 提供技术支持</p></form>""",
 is_offer=True, operator="U07", provider="蓝鲸标注",
 ids=[("phone", "+8617702184693", "17702184693"), ("email", "hai_tun_ai@qq.com", "hai_tun_ai@qq.com")],
 note="团团购 deal with form")

p = J + "item/771630.html"
page(p, "jx", "海豚AI学堂 人工智能训练师 初级 网课", """<div class="product-intro"><div class="itemInfo"><div class="sku-name">海豚AI学堂 人工智能训练师 初级（五级）网课 + 题库</div>
<div class="summary-price"><span class="p-price">¥899</span> <del>¥1299</del></div></div></div>
<div class="detail-content"><p><img src="https://img.jxmall.cn/d/771630.jpg" alt="海豚AI学堂 课程大纲"></p>
<p>发货：付款后邮件发送学习账号，售后邮箱 hai_tun_ai＠qq.com</p></div>""",
 "<div class='jx-shop'><h3>海豚AI学堂</h3></div>",
 is_offer=True, operator="U07", provider="海豚AI学堂",
 ids=[("email", "hai_tun_ai@qq.com", "hai_tun_ai＠qq.com")],
 note="京选 item page, full-width at sign")

# ---------- U08 ----------
tjs_item(T + "item-21008.html", "智培优选店", "智培优选店",
 "智培优选 人工智能训练师 三级/二级 技师 培训 报名",
 '<em class="now">¥3,980</em> / <em>技师 ¥6,800</em>',
 "三级 ¥3980｜二级(技师) ¥6800",
 f"""<p>合作办学单位：华科人工智能职业培训学校</p><p>资质：统一社会信用代码 {USCC_HK}</p>""",
 "<p>掌柜：智培优选店</p>",
 is_offer=True, operator="U08", provider="智培优选店",
 ids=[("uscc", USCC_HK, USCC_HK)],
 note="淘集市 item page, school's credit code")

p = J + "item/771712.html"
page(p, "jx", "华科人工智能职业培训学校 人工智能训练师 高级工", f"""<div class="product-intro"><div class="itemInfo"><div class="sku-name">华科人工智能职业培训学校 人工智能训练师 高级工（三级）</div>
<div class="summary-price"><span class="p-price">¥3980.00</span></div></div></div>
<div class="detail-content"><p>考核地点：市职业技能鉴定所（考务电话 021-5596 3088），证书官网可查 http://jndj.osta.org.cn</p>
<table class="Ptable"><tr><th>办学许可</th><td>民办学校办学许可证</td></tr><tr><th>统一社会信用代码</th><td>{USCC_HK}</td></tr><tr><th>官网</th><td>https://www.hkzp.org.cn</td></tr></table></div>""",
 "<div class='jx-shop'><h3>华科人工智能职业培训学校</h3></div>",
 is_offer=True, operator="U08", provider="华科人工智能职业培训学校",
 ids=[("uscc", USCC_HK, USCC_HK), ("domain", "hkzp.org.cn", "https://www.hkzp.org.cn")],
 note="京选 item page, licence in a table")

p = G + "deal-3352.html"
page(p, "tuan", "华科智培 AI训练师 三级 团购", """<div class="card"><img src="https://img.tuantuangou.net/deal/3352.jpg" alt="华科智培">
<h2>AI训练师三级 老学员带新 团购价3580</h2></div>
<div class="card tt-notice"><h4>群公告</h4><p>课程详情见官网 hkzp点org点cn；已报名同学进 QQ群621470385</p></div>
<form class="card tt-form" action="#s"><label>姓名 <input name="n"></label><button>报名</button><p class="credit">本表单由 表单大师 biaodan-ds.com 提供技术支持</p></form>""",
 is_offer=True, operator="U08", provider="华科智培",
 ids=[("domain", "hkzp.org.cn", "hkzp点org点cn"), ("qq_group", "621470385", "QQ群621470385")],
 note="团团购 group notice")

p = X + "post-88702.html"
page(p, "xz", "华科智培 AI训练师课程 转", """<div class="xz-user"><img src="https://cdn.xianzhuan.com/avatar/u88702.jpg" alt="华科智培"> <b>华科智培</b> <span>上海</span></div>
<div class="xz-price">¥<b>3200</b></div>
<div class="xz-desc"><p>高级工 人工智能训练师 名额，Q群 621-470-385 问</p></div>""",
 is_offer=True, operator="U08", provider="华科智培",
 ids=[("qq_group", "621470385", "Q群 621-470-385")],
 note="闲转 post, QQ group with dashes")

# ---------- U09 ----------
p = T + "shop-youke.html"
page(p, "taojishi", "优课职达 淘集市店铺", f"""<div class="shop-banner"><img src="//img.tjscdn.com/shop/youke.jpg" alt="优课职达"></div>
<div class="shop-notice"><h3>店铺公告</h3><p>AI训练师（人工智能训练师）五级 1k5、四级 2k3。客服：+86-135 1682 4097，微信 youke_zhida</p></div>
<ul class="shop-goods"><li>{L(p, T + 'reviews-21050.html', 'AI训练师证书直通车 四级 查看评价')}</li></ul>""",
 is_offer=True, operator="U09", provider="优课职达",
 ids=[("phone", "+8613516824097", "+86-135 1682 4097"), ("wechat", "youke_zhida", "youke_zhida")],
 note="淘集市 shop page", crumbs=["店铺", "优课职达"])

p = T + "reviews-21050.html"
page(p, "taojishi", "AI训练师证书直通车 四级 累计评价", """<div class="rate-head"><h2>累计评价 (42)</h2></div>
<ul class="rate-list">
<li><b>小鹿</b> ★★★★ <p>课程还行，有同样在学的朋友可以交流，QQ 1098235476</p></li>
<li><b>w**n</b> ★★★★★ <p>证书四级已经拿到</p><div class="reply">[掌柜回复] 恭喜！想继续报三级的加老师 YouKe_ZhiDa 优惠</div></li></ul>""",
 "<div class='tjs-shopcard'><h4>AI训练师证书直通车</h4></div>",
 is_offer=True, operator="U09", provider="AI训练师证书直通车",
 ids=[("wechat", "youke_zhida", "YouKe_ZhiDa")],
 note="review page with seller reply offering level 3", crumbs=["宝贝评价"])

p = J + "shop/youke.html"
page(p, "jx", "优课网校 官方店", """<div class="shop-head"><h1>优课网校</h1></div>
<div class="shop-decorate"><p>人工智能训练师 杭州考点面授辅导（文三路数智大厦，前台 0571-8888 2016）</p><p>报名：135 1682 4097</p></div>
<ul class="shop-goods"><li>四级 ¥2300</li><li>五级 ¥1500</li></ul>""",
 is_offer=True, operator="U09", provider="优课网校",
 ids=[("phone", "+8613516824097", "135 1682 4097")],
 note="京选 shop page")

# ---------- independents ----------
p = X + "post-88733.html"
page(p, "xz", "AI训练师四级 网课账号 转让", """<div class="xz-user"><b>阿杰</b> <span>武汉</span></div>
<div class="xz-price">¥<b>600</b></div>
<div class="xz-desc"><p>买了人工智能训练师四级网课没时间学，账号转让含报名服务。vx ajie_9527x</p></div>
<div class="xz-comments"><div class="c"><b>比价小柯</b>：全网最低了，别家都两千多。比价表找我 vx bijia_xiaoke</div></div>""",
 is_offer=True, operator="I01", provider="阿杰",
 ids=[("wechat", "ajie_9527x", "vx ajie_9527x")], note="闲转 resale of a course account")

tjs_item(T + "item-21102.html", "慧学职业培训", "慧学职业培训",
 "慧学 人工智能训练师 五级 入门班 杭州",
 '<em class="now">¥1,380</em>', "五级 ¥1380",
 """<p>补贴请咨询12333；上课地点文三路数智大厦，前台 0571-8888 2016</p><p>报名电话 <a href="tel:13067281935">13067281935</a></p>""",
 "<p>掌柜：慧学职业培训</p>",
 is_offer=True, operator="I02", provider="慧学职业培训",
 ids=[("phone", "+8613067281935", "13067281935")], note="淘集市 item page")

p = J + "item/771800.html"
page(p, "jx", "青橙教育 人工智能训练师 四级 考证", """<div class="product-intro"><div class="itemInfo"><div class="sku-name">青橙教育 人工智能训练师 四级 考证辅导</div><div class="summary-price"><span class="p-price">¥2,100</span></div></div></div>
<div class="detail-content"><p>鉴定批次 13120250712，考点电话 021-5596 3088，证书可登录 zscx.osta.org.cn 查询。</p><p>客服QQ 3306714829</p></div>""",
 "<div class='jx-shop'><h3>青橙教育</h3></div>",
 is_offer=True, operator="I03", provider="青橙教育",
 ids=[("qq", "3306714829", "客服QQ 3306714829")], note="京选 item page")

p = G + "deal-3366.html"
page(p, "tuan", "启航技能 AI训练师 团购", """<div class="card"><h2>启航技能 人工智能训练师 五级 3人团 ¥1180</h2></div>
<div class="card tt-notice"><p>团长电话 153 0921 6648</p></div>
<form class="card tt-form" action="#s"><label>手机 <input name="m" placeholder="13800138000"></label><button>参团</button><p class="credit">本表单由 表单大师 biaodan-ds.com 提供技术支持</p></form>""",
 is_offer=True, operator="I04", provider="启航技能",
 ids=[("phone", "+8615309216648", "153 0921 6648")], note="团团购 deal")

p = X + "post-88790.html"
page(p, "xz", "人工智能训练师 一对一辅导", """<div class="xz-user"><b>程老师</b> <span>西安</span></div>
<div class="xz-price">¥<b>800</b>/次</div>
<div class="xz-desc"><p>人工智能训练师三级实操一对一辅导，QQ 2210457396</p></div>""",
 is_offer=True, operator="I05", provider="程老师",
 ids=[("qq", "2210457396", "QQ 2210457396")], note="闲转 tutoring post")

p = J + "item/771866.html"
page(p, "jx", "北辰智训 人工智能训练师 四级 证书班", """<div class="product-intro"><div class="itemInfo"><div class="sku-name">北辰智训 人工智能训练师 四级 证书班</div><div class="summary-price"><span class="p-price">¥2,200</span></div></div></div>
<div class="detail-content"><p>报名请发邮件 beichen_zx#sina.com（#换成@）</p><p class="tpl">联系人：张老师 电话：138-0000-0000</p></div>""",
 "<div class='jx-shop'><h3>北辰智训</h3></div>",
 is_offer=True, operator="I06", provider="北辰智训",
 ids=[("email", "beichen_zx@sina.com", "beichen_zx#sina.com")], note="京选 item page, template leftover")

# ---------- non-offers ----------
p = T + "reviews-20877.html"
page(p, "taojishi", "职达人才 人工智能训练师 宝贝评价", f"""<div class="rate-head"><h2>宝贝评价</h2>{L(p, T + 'item-20877.html', '返回宝贝')}</div>
<ul class="rate-list"><li><b>小鹿</b> ★★★ <p>一般，有问题可以问我 QQ 1098235476</p></li>
<li><b>h**1</b> ★★★★★ <p>周末班很方便。</p></li>
<li><b>证**办</b> ★★★★★ <p>办证加vx：zhengshu_daiban</p></li>
<li><b>k**e</b> ★ <p>退款拖了半个月，准备打12315。</p></li></ul>""",
 note="pure review page without seller replies (non-offer)", crumbs=["宝贝评价"])

p = T + "item-20913.html"
tjs_item(p, "康养学苑", "康养学苑", "健康管理师 三级 考证培训 卫健委 全程班",
 '<em class="now">¥2680</em>', "三级 ¥2680",
 "<p>健康管理师（4-14-02-02）培训。咨询微信 jkgl_li2024</p>", "<p>掌柜：康养学苑</p>",
 ids=[("wechat", "jkgl_li2024", "jkgl_li2024")], note="another occupation's course (健康管理师)")

p = J + "item/880412.html"
page(p, "jx", "生成式人工智能系统应用员 培训 AIGC", """<div class="product-intro"><div class="itemInfo"><div class="sku-name">生成式人工智能系统应用员（4-04-05-13）培训课程</div><div class="summary-price"><span class="p-price">¥1,680</span></div></div></div>
<div class="detail-content"><p>注意：本课程不是人工智能训练师。咨询 182 0176 3354</p></div>""",
 "<div class='jx-shop'><h3>启智AIGC</h3></div>",
 ids=[("phone", "+8618201763354", "182 0176 3354")], note="a different occupation (4-04-05-13)")

p = X + "want-55102.html"
page(p, "xz", "求购 人工智能训练师 四级课程", """<div class="xz-user"><b>小鹿</b> <span>南京</span></div>
<div class="xz-desc"><p>求一个靠谱的AI训练师四级课，预算2000以内，有的联系 QQ 1098235476</p></div>""",
 note="闲转 wanted post by a buyer (non-offer)")

p = T + "help-customer-service.html"
page(p, "taojishi", "帮助中心 - 教育类商品交易规则", """<div class="help"><h2>教育培训类商品发布规范</h2>
<p>职业技能等级证书类课程不得承诺“包过”“保证拿证”，不得使用“人社部颁发”“国家级”等字样。</p>
<p>消费者可拨打淘集市客服热线或发送邮件反馈。</p></div>""",
 note="platform help page (non-offer)", crumbs=["帮助中心"])

def generic(path, style, brand, title, main, side="", foot="", ids=(), note=""):
    page(path, style, title, main, side, ids=ids, note=note)
    PAGES[-1]["brand"] = brand; PAGES[-1]["foot"] = foot

generic("/blog/ai-xunlianshi-bijia.html", "blog", "小柯比价笔记", "2026年人工智能训练师课程全网比价（淘集市/京选/闲转/团购）", f"""<h1>2026年人工智能训练师课程全网比价</h1><p class="meta">比价小柯 · 2026-02-18 · 阅读 1.2w</p>
<p>先说结论：四级课程大多在 1800-2800 元，三级 3000-4000 元。证书真伪请到 zscx.osta.org.cn 查询。</p>
<table><tr><th>店铺</th><th>平台</th><th>四级价格</th></tr>
<tr><td>{L('/blog/ai-xunlianshi-bijia.html', T + 'item-20561.html', '智训未来教育')}</td><td>淘集市</td><td>2680</td></tr>
<tr><td>{L('/blog/ai-xunlianshi-bijia.html', J + 'shop/dingfeng.html', '鼎峰')}</td><td>京选</td><td>2800</td></tr>
<tr><td>{L('/blog/ai-xunlianshi-bijia.html', G + 'deal-3340.html', '蓝鲸标注（五级）')}</td><td>团团购</td><td>990</td></tr>
<tr><td>{L('/blog/ai-xunlianshi-bijia.html', X + 'post-88733.html', '闲转个人转让')}</td><td>闲转</td><td>600</td></tr></table>
<p>商务合作 vx: bijia_xiaoke</p>
<div class="comments"><h3>评论</h3><p>路人甲：有没有三级的对比？</p></div>""",
 "<div class='widget'><h4>关于博主</h4><p>比价小柯，专注考证避坑</p></div>",
 "技术支持：速建站 sujianzhan.cn", note="blogger's price-comparison post (non-offer)")

generic("/news/shanzhai-zhengshu-2025.html", "news", "民生观察网", "警惕“包过拿证”：AI证书骗局调查", """<h1>警惕“包过拿证”：AI证书骗局调查</h1><p class="meta">2025-11-02 来源：民生观察网</p>
<p>记者调查发现，有人自称“国家人才网”客服，电话 199 8306 1275，向求职者推销“人社部颁发”的人工智能训练师证书。</p>
<p>警方提示：遇到诈骗可拨打 96110，消费纠纷可拨打 12315。</p>""", foot="技术支持：速建站 sujianzhan.cn", note="news on certificate scams (non-offer)")

generic("/policy/ai-trainer-guide.html", "policy", "职业技能政策解读", "人工智能训练师职业技能等级认定政策解读", """<h1>人工智能训练师（4-04-05-05）政策解读</h1>
<p>职业技能等级证书由备案的评价机构颁发，可登录 http://jndj.osta.org.cn 或 zscx.osta.org.cn 查询。</p>
<p>技能提升补贴：五级1000元、四级1500元、三级2000元，详询 12333。</p>""", foot="技术支持：速建站 sujianzhan.cn", note="policy explainer (non-offer)")

generic("/complaint/thread-3301.html", "bbs", "消费维权论坛", "【投诉】交了钱说是人社部证书，结果查不到", """<h1>【投诉】交了钱说是人社部证书，结果查不到</h1>
<div class="post"><b>楼主 维权的小王</b><p>对方电话 199 8306 1275，说是国家人才网的，已经打12315。</p></div>
<div class="post"><b>2楼</b><p>同遭遇，报警吧。</p></div>""", note="complaint thread (non-offer)")

generic("/complaint/thread-3318.html", "bbs", "消费维权论坛", "淘集市买的AI训练师课程退款难", """<h1>淘集市买的AI训练师课程退款难</h1>
<div class="post"><b>楼主 r**7</b><p>订单号 15920240311，说好的补贴没有，商家拖着不退款，已投诉 12315。</p></div>""", note="complaint thread (non-offer)")

generic("/jobs/shujubiaozhu-zhaopin.html", "jobs", "苏才招聘", "数据标注员（AI训练师方向）6-8K 苏州", f"""<h1>数据标注员（AI训练师方向） 6-8K·13薪</h1>
<p>苏州智衡数据科技有限公司 统一社会信用代码 {USCC_JOB}</p><p>要求：大专以上，有人工智能训练师证书优先。简历投递 hr@zhiheng-data.com</p>""",
 foot="技术支持：速建站 sujianzhan.cn",
 ids=[("uscc", USCC_JOB, USCC_JOB), ("email", "hr@zhiheng-data.com", "hr@zhiheng-data.com")],
 note="real job ad (non-offer)")

# list pages
def listing(path, kind, title, prefix, intro):
    items = [q for q in PAGES if q["path"].startswith(prefix) and q["path"] != path]
    lis = "\n".join(f"<li>{L(path, q['path'], q['title'])}</li>" for q in items)
    page(path, kind, title, f"<h2>{intro}</h2><ul class='result-list'>\n{lis}\n</ul>", note="list page (non-offer)")

listing(T + "index.html", "taojishi", "人工智能训练师 - 淘集市搜索", T, "“人工智能训练师”相关宝贝")
listing(J + "index.html", "jx", "人工智能训练师 - 京选搜索", J, "京选为您找到以下商品")
listing(X + "index.html", "xz", "闲转 - 人工智能训练师", X, "附近的闲置")
listing(G + "index.html", "tuan", "团团购 - 好课拼团", G, "正在拼团")
allp = [q for q in PAGES]
lis = "\n".join(f"<li>{L('/index.html', q['path'], q['title'])}</li>" for q in allp)
generic("/index.html", "portal", "职证导航", "职证导航 - 人工智能训练师课程各平台汇总", f"""<h1>人工智能训练师课程导航</h1>
<section id="plat"><a href="taojishi/index.html">淘集市</a> | <a href="jx/index.html">京选商城</a> | <a href="xianzhuan/index.html">闲转</a> | <a href="tuan/index.html">团团购</a></section>
<section id="all"><h2>全部页面</h2><ul>
{lis}
</ul></section>""", note="portal index (non-offer)")

# ------------------------------------------------------------------ decoys
def on(kind):
    return [q["path"] for q in PAGES if q["kind"] == kind]
DECOYS = [
 ("phone", "12333", [T+"item-20561.html", J+"item/771455.html", T+"item-21102.html", "/policy/ai-trainer-guide.html"], "人社 public hotline quoted by sellers and the policy page"),
 ("domain", "osta.org.cn", [T+"item-20733.html", J+"item/771712.html", J+"item/771800.html", "/policy/ai-trainer-guide.html", "/blog/ai-xunlianshi-bijia.html"], "official query site"),
 ("phone", "4008601188", on("taojishi"), "淘集市 platform customer-service footer"),
 ("email", "service@taojishi.com", on("taojishi"), "淘集市 platform mailbox in footer"),
 ("uscc", USCC_TJS, on("taojishi"), "淘集市 operating company's credit code in footer"),
 ("phone", "4007002580", on("jx"), "京选 platform customer-service footer"),
 ("qq_group", "516208937", on("jx"), "京选 merchant QQ group in footer"),
 ("phone", "96110", on("xz") + ["/news/shanzhai-zhengshu-2025.html"], "anti-fraud hotline in platform warning and news"),
 ("wechat", "tuantuangou_kf", on("tuan"), "团团购 official customer-service WeChat in footer"),
 ("phone", "12315", [T+"reviews-20733.html", T+"reviews-20877.html", "/complaint/thread-3301.html", "/complaint/thread-3318.html", "/news/shanzhai-zhengshu-2025.html"], "consumer complaint hotline"),
 ("phone", "+8613120250712", [J+"shop/dingfeng.html", X+"post-88519.html", J+"item/771800.html"], "assessment batch number that looks like a mobile"),
 ("phone", "+8615920240311", [T+"reviews-20733.html", "/complaint/thread-3318.html"], "order number that looks like a mobile"),
 ("phone", "+862155963088", [G+"deal-3307.html", J+"item/771712.html", J+"item/771800.html"], "assessment centre number quoted by several sellers"),
 ("domain", "biaodan-ds.com", [G+"deal-3315.html", G+"deal-3340.html", G+"deal-3352.html", G+"deal-3366.html"], "form tool credit"),
 ("domain", "sujianzhan.cn", ["/blog/ai-xunlianshi-bijia.html", "/news/shanzhai-zhengshu-2025.html", "/policy/ai-trainer-guide.html", "/jobs/shujubiaozhu-zhaopin.html"], "site builder credit"),
 ("phone", "+8613800138000", [G+"deal-3307.html", G+"deal-3315.html", G+"deal-3340.html", G+"deal-3366.html"], "form placeholder"),
 ("phone", "+8613800000000", [G+"deal-3321.html", J+"item/771866.html"], "template placeholder contact left in page"),
 ("wechat", "zhengshu_daiban", [T+"reviews-20733.html", J+"reviews/771502.html", T+"reviews-20877.html"], "spam commenter's own contact"),
 ("qq", "1098235476", [T+"reviews-21050.html", T+"reviews-20877.html", X+"want-55102.html"], "a buyer's own QQ in reviews and a wanted post"),
 ("wechat", "bijia_xiaoke", ["/blog/ai-xunlianshi-bijia.html", X+"post-88231.html", X+"post-88733.html"], "price-comparison blogger's own contact in comments"),
 ("phone", "+8657188882016", [J+"shop/boyuan.html", T+"item-20940.html", J+"shop/youke.html", T+"item-21102.html"], "training venue front desk quoted by several sellers"),
 ("phone", "+8619983061275", ["/news/shanzhai-zhengshu-2025.html", "/complaint/thread-3301.html"], "scammer number quoted in news and complaint"),
]

# ------------------------------------------------------------------ write
def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for q in PAGES:
        k = q["kind"]
        if k == "taojishi": html = w_taojishi(q)
        elif k == "jx": html = w_jx(q)
        elif k == "xz": html = w_xz(q)
        elif k == "tuan": html = w_tuan(q)
        else: html = w_generic(q, q.get("brand", ""), k)
        fp = os.path.join(SITE, q["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    ops = {}
    for q in PAGES:
        o = q["operator"]
        if o:
            d = ops.setdefault(o, {"brands": [], "ties": ""})
            if q["provider"] not in d["brands"]:
                d["brands"].append(q["provider"])
    for o, d in ops.items():
        ps = [q for q in PAGES if q["operator"] == o]
        if len(ps) == 1:
            d["ties"] = "independent seller, one offer page, shares nothing"
            continue
        ties = []
        vals = {}
        for q in ps:
            for k, v, _ in q["ids"]:
                vals.setdefault((k, v), []).append(q["path"])
        for (k, v), pl in sorted(vals.items()):
            if len(pl) > 1:
                ties.append(f"{k} {v}: " + " + ".join(pl))
        d["ties"] = "; ".join(ties)
    truth = {
        "description": "operators-2026-12as: a web of marketplaces (淘集市 and 京选 item/shop/review pages, 闲转 second-hand posts, 团团购 group-buy share pages, a blogger's price comparison) selling 人工智能训练师 certificate courses, labeled by the business behind each offer.",
        "pages": [{"path": q["path"], "is_offer": q["is_offer"], "operator": q["operator"],
                   "provider": q["provider"], "identifiers": q["ids"], "note": q["note"]} for q in PAGES],
        "operators": dict(sorted(ops.items())),
        "decoys": [{"kind": k, "value": v, "paths": ps, "note": n} for k, v, ps, n in DECOYS],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
