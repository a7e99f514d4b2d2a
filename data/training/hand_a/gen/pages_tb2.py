"""淘享网 list/store/Q&A/rule/login pages (non-offers)."""
from common import add, e, page, tb_shell
from pages_tb import O1, O1_VARIANTS, O2, O3, O4, O5, NOTE, PMP


def search():
    items = [
        (O1_VARIANTS[0], "浦江职培 人工智能训练师 四级/三级 职业技能等级认定培训班", "¥1980.00", "¥3680", "312人付款", "天猫 · 上海", "不承诺通过 · 审核不过全退"),
        (O2 + "?spm=a230r.1.14.8.2b1f&ns=1", "【免考拿证】人工智能训练师 技师/高级技师 国家职业资格证书", "¥128.00", "", "57人付款", "广东 深圳", "免考 · 45天拿证"),
        (O3 + "?spm=a230r.1.14.11&presale=1", "【3.8预售】禾川教育 人工智能训练师 四级/三级 嘉兴班", "定金¥100", "", "预售 86人", "天猫 · 嘉兴", "定金+尾款"),
        (O4 + "?spm=a230r.1.14.15&id=681234500987", "云栖数字人才 人工智能训练师 数据标注员 五级/四级", "¥1280.00", "", "64人付款", "浙江 杭州", "企业内部认定"),
        (O5 + "?spm=a230r.1.14.20&sessionid=aa81c3", "苏城智培 人工智能训练师三级 上海积分 苏州落户", "¥4980.00", "¥6980", "23人付款", "江苏 苏州", "积分+60"),
        ("/tb/item/670000000001.html?spm=a230r.1.14.23", "AI训练师证书 三级 包过班（已下架）", "¥1680.00", "", "0人付款", "上海", ""),
        (O1_VARIANTS[1], "浦江职培 AI训练师 三级 高级工（同款）", "¥2680.00", "", "312人付款", "天猫 · 上海", "券后¥2480"),
    ]
    lis = "\n".join(
        f'<div class="item J_MouserOnverReq" data-category="auctions"><div class="pic"><a href="{e(u)}" target="_blank"><img src="/static/img/s{i}.jpg" alt=""></a></div>'
        f'<div class="ctx-box"><div class="price g_price g_price-highlight"><strong>{p}</strong>{f" <del>{d}</del>" if d else ""}</div><div class="deal-cnt">{n}</div>'
        f'<div class="row title"><a href="{e(u)}" class="J_ClickStat" trace="msrp_auction">{t}</a></div><div class="row"><span class="location">{loc}</span> <span class="promise">{pr}</span></div></div></div>'
        for i, (u, t, p, d, n, loc, pr) in enumerate(items))
    body = f"""<div class="m-tab"><a href="?q=人工智能训练师&amp;tab=all" class="on">所有宝贝</a> <a href="?q=人工智能训练师&amp;tab=mall">天猫</a> <a href="?q=人工智能训练师&amp;tab=old">二手</a></div>
<div class="m-feedback">搜索“人工智能训练师”，为您找到相关宝贝 1,204 件 · 排序：<a href="?sort=default">综合</a> <a href="?sort=sale-desc">销量</a> <a href="?sort=price-asc">价格</a></div>
<div class="m-itemlist"><div class="items">{lis}</div></div>
<div class="m-page"><a href="javascript:;">上一页</a> <span class="cur">1</span> <a href="javascript:;">2</a> <a href="javascript:;">3</a> … <a href="javascript:;">下一页</a></div>
<div class="m-related">您是不是要找：<a href="?q=AI训练师">AI训练师</a> <a href="?q=数据标注员">数据标注员</a> <a href="?q=人工智能训练师三级">人工智能训练师三级</a></div>
<div class="m-ad"><p class="ad-title">掌柜热卖</p><a href="{PMP}?spm=a230r.1.ad.1&amp;ali_trackid=2:mm_77_1:9">PMP 项目管理培训 35学时 ¥3980</a></div>"""
    html = tb_shell("人工智能训练师_淘享搜索", body, body_class="srp")
    add("/tb/search/rengongzhineng-xunlianshi.html", html,
        page("offer_list", "search-results", "search results listing 7 items with prices and promises (免考, 积分+60), one delisted (404); items linked under spm/sessionid variants",
             ["search_page", "list_page", "tracking_params", "struck_price", "reported_claim"]))


def home():
    body = f"""<div class="tb-home"><div class="cat-nav"><h3>职业教育</h3><ul>
<li><a href="/tb/search/rengongzhineng-xunlianshi.html?q=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD%E8%AE%AD%E7%BB%83%E5%B8%88&amp;spm=a21bo.home.cat.1">人工智能训练师</a></li>
<li><a href="javascript:;">PMP/软考</a></li><li><a href="javascript:;">数据分析</a></li><li><a href="javascript:;">健康管理师</a></li></ul></div>
<div class="floor"><h2>职业技能 · 好课推荐</h2><ul class="goods">
<li><a href="{O1_VARIANTS[2]}">浦江职培 人工智能训练师 四级/三级</a><p class="pr">¥1980起 <s>¥3680</s></p><p class="promise">天猫直营 · 审核不过全退</p></li>
<li><a href="{O3}?spm=a21bo.home.floor.2">禾川教育 AI训练师 预售 定金¥100</a><p class="pr">预售价 ¥1980起</p></li>
<li><a href="{O4}?spm=a21bo.home.floor.3&amp;src=home">云栖数字人才 数据标注员 五级</a><p class="pr">¥1280</p></li>
<li><a href="{PMP}?spm=a21bo.home.floor.4">浦江职培 PMP 备考 35学时</a><p class="pr">¥3980</p></li></ul></div>
<div class="floor"><h2>逛逛 · 大家都在看</h2><ul><li><a href="{NOTE}?spm=a21bo.home.gg.1">转行AI训练师第30天｜考证踩坑+真实花费</a> ❤1.2w</li></ul></div>
<div class="notice"><h3>淘享公告</h3><ul><li><a href="/tb/rule/zhiye-zhengshu-guifan.html">关于规范职业技能培训及证书类商品信息发布的公告</a></li><li><a href="javascript:;">2026年春季大促招商规则</a></li></ul></div>
<div class="shops"><h3>推荐店铺</h3><a href="/tb/shop/pujiang/index.html?spm=a21bo.home.shop.1">浦江职培旗舰店</a></div></div>"""
    html = tb_shell("淘享网 - 职业教育频道", body, body_class="home")
    add("/tb/index.html", html, page("offer_list", "marketplace-home", "marketplace channel home with product snippets and prices",
                                     ["list_page", "tracking_params", "struck_price"]))


def shop():
    body = f"""<div class="shop-banner"><h1>浦江职培旗舰店</h1><p>上海浦江职业培训学校有限公司 · 天猫官方旗舰店 · 店铺评分 4.9</p>
<nav><a href="/tb/shop/pujiang/index.html">首页</a> <a href="/tb/shop/pujiang/index.html#all">所有宝贝</a> <a href="/tb/shop/pujiang/about.html">店铺资质/联系我们</a></nav></div>
<div class="shop-items" id="all"><h2>所有宝贝</h2><ul>
<li><a href="{O1_VARIANTS[3]}">人工智能训练师 四级/三级 职业技能等级认定培训班</a> <span class="c-price">¥1980.00</span> <del>¥3680.00</del> <span>月销312</span></li>
<li><a href="{O1_VARIANTS[4]}">【团报】人工智能训练师 三级 企业团报（同款链接）</a> <span class="c-price">¥2680.00</span></li>
<li><a href="{PMP}?spm=a1z10.3-b.w4011.2">PMP 项目管理 备考班 35学时 ¥3980</a> <span class="c-price">¥3980.00</span></li>
<li><a href="javascript:;">CDA 数据分析师 Level I 网课</a> <span class="c-price">¥1580.00</span> <span>售罄</span></li></ul></div>
<div class="shop-notice"><p>店铺公告：本店为培训服务，职业技能等级认定由备案评价机构独立组织实施，任何人员承诺“包过”均非本店行为，请警惕。</p></div>"""
    html = tb_shell("浦江职培旗舰店-天猫", body, body_class="shop")
    add("/tb/shop/pujiang/index.html", html,
        page("offer_list", "store-page", "store page listing AI-trainer items (under share/utm variants) and other courses; shop notice warns about 包过",
             ["list_page", "tracking_params", "other_occupation_price", "struck_price", "negated_claim"]))


def about():
    body = """<div class="shop-about"><h1>浦江职培旗舰店 · 店铺资质</h1>
<table class="qual"><tr><th>企业名称</th><td>上海浦江职业培训学校有限公司</td></tr>
<tr><th>统一社会信用代码</th><td>91310115MA1HB42T6L</td></tr><tr><th>办学许可证</th><td>沪人社民办培训（浦东）第 0317 号</td></tr>
<tr><th>地址</th><td>上海市浦东新区张江路 1288 号 3 层</td></tr><tr><th>联系电话</th><td>021-5089-3172（工作日 9:00-18:00）</td></tr>
<tr><th>客服微信</th><td>pjzp-service</td></tr><tr><th>邮箱</th><td><a href="mailto:kefu@pujiang-edu.demo">kefu@pujiang-edu.demo</a></td></tr></table>
<p>本公司为职业技能培训机构，不颁发职业技能等级证书。认定考试由人社部门备案的评价机构组织。</p>
<p><a href="/tb/shop/pujiang/index.html">返回店铺首页</a></p></div>"""
    html = tb_shell("店铺资质 - 浦江职培旗舰店", body, body_class="shop-about")
    add("/tb/shop/pujiang/about.html", html, page("other", "store-about", "store licence/contact page; school says it does not issue certificates",
                                                   ["negated_claim"]))


def pmp():
    body = f"""<div class="tm-shop-hd"><a href="/tb/shop/pujiang/index.html">浦江职培旗舰店</a></div>
<div id="detail"><div class="tb-property"><h1>浦江职培 PMP项目管理 备考班 35学时 含模拟题 上海</h1>
<div class="tm-price-panel"><del>¥4980.00</del> <span class="tm-price">¥3980.00</span></div>
<p>含 PMI 要求的 35 个 PDU 学时证明；考试报名费（PMI 会员/非会员）另付。</p></div></div>
<div id="description"><p>课程覆盖 PMBOK 第七版与敏捷实践，直播 + 录播，讲师均为 PMP 持证 10 年以上。</p>
<p>不提供“包过”承诺，考试由 PMI 与中国国际人才交流基金会组织。</p></div>
<div class="tb-side"><h4>本店热卖</h4><ul><li><a href="{O1_VARIANTS[5]}">人工智能训练师 四级/三级 ¥1980起</a></li><li><a href="{O1_VARIANTS[6]}">人工智能训练师 三级 券后¥2480</a></li></ul></div>"""
    html = tb_shell("浦江职培 PMP 项目管理备考班-天猫", body)
    add(PMP, html, page("other", "unrelated-course", "PMP course in the same store; sidebar lists the AI-trainer item with prices",
                        ["other_occupation_price", "tracking_params", "struck_price"]))


def wenda():
    qs = [("能包过吗？在职没时间学", "不包过的，客服说要自己考，不过老师会押重点。", "买过·四级"),
          ("三级可以直接报吗？我没有四级", "不行，客服说三级要先有四级证书满年限，材料审核不过退款。", "买过·三级"),
          ("证书是人社部发的吗？", "不是人社部直接发的，是评价机构发的，官网能查。", "买过"),
          ("有补贴吗", "听说交了社保可以申请技能提升补贴，要自己去申请，店家不包。", "买过·四级")]
    blocks = "\n".join(f'<div class="wd-item"><p class="q"><b>问：</b>{q}</p><p class="a"><b>答：</b>{a} <span class="who">（{w}）</span></p></div>' for q, a, w in qs)
    body = f"""<div class="wenda"><h1>问大家 · <a href="{O1}">浦江职培 人工智能训练师 四级/三级</a></h1>{blocks}
<p class="more"><a href="javascript:;">查看全部 38 个问题</a></p></div>"""
    html = tb_shell("问大家 - 浦江职培 人工智能训练师", body, body_class="wenda")
    add("/tb/wenda/672031458812.html", html, page("qa_forum", "product-qa", "buyers' Q&A: 能包过吗？ answered 不包过; 人社部 denied as issuer; no offer",
                                                   ["question_claim", "negated_claim", "reported_claim"]))


def rule():
    body = """<div class="rule"><h1>关于规范职业技能培训及证书类商品信息发布的公告</h1><p class="meta">淘享规则中心 · 2025-11-20</p>
<p>为保障消费者权益，根据《广告法》《互联网广告管理办法》及平台《商品信息发布规范》，现就职业技能培训、职业技能等级认定相关商品的信息发布要求公告如下：</p>
<ol><li>不得使用“包过”“保过”“不过退费”“百分百通过”等明示或暗示保证性承诺；</li>
<li>不得宣称“免考”“直接拿证”“代考”“本人无需到场”；</li>
<li>不得宣称证书由人力资源和社会保障部“颁发”，不得将职业技能等级证书称为“国家职业资格证书”；</li>
<li>不得以“积分落户”“人才公寓”“补贴返现”作为主要卖点；</li>
<li>证书查询渠道须为人社部门或评价机构官方网站，不得引导至第三方“查询网站”。</li></ol>
<p>违规商品将被下架并按《淘享市场管理与违规处理规范》扣分。举报电话 0571-8101-2345。</p>
<p>附：曾被处理的违规文案示例——“免考拿证，45天出证”“人社部颁发，全国联网可查 www.osta-zscx.cn”。</p></div>"""
    html = tb_shell("关于规范职业技能培训及证书类商品信息发布的公告 - 淘享规则", body, body_class="rule")
    add("/tb/rule/zhiye-zhengshu-guifan.html", html, page("article", "platform-rule", "platform rule notice listing banned claims (包过, 免考, 人社部颁发, fake query site); sells nothing",
                                                           ["warning", "negated_claim", "reported_claim", "unofficial_query_site"]))


def login():
    body = """<div class="login-box"><h2>密码登录</h2><form action="javascript:;" method="post"><input name="loginId" placeholder="手机号/会员名/邮箱"><input name="password" type="password" placeholder="请输入登录密码">
<button type="button">登录</button></form><p><a href="javascript:;">忘记密码</a> · <a href="#reg">免费注册</a></p>
<div id="reg"><p>注册即同意《淘享平台服务协议》《隐私权政策》</p></div></div>"""
    html = tb_shell("淘享网 - 登录", body, body_class="login")
    add("/tb/login.html", html, page("other", "login", "platform login page", []))


def build():
    search()
    home()
    shop()
    about()
    pmp()
    wenda()
    rule()
    login()
