"""拼享团 (Pinduoduo-like) group-buy items and 有客微店 (Youzan-like) store."""
from common import add, e, iss, jstate, offer, page, pdd_shell, yz_shell

P1 = "/pdd/goods/412887650321.html"
P2 = "/pdd/goods/412887659900.html"
P3 = "/pdd/goods/412887661188.html"
PS = "/pdd/search/ai-xunlianshi.html"
Y1 = "/yz/wscgoods/detail/2ok8x1c9.html"
Y2 = "/yz/wscgoods/detail/3hv2q7d1.html"
Y3 = "/yz/wscgoods/detail/5kx0m3p7.html"
YH = "/yz/wscshop/home/kdt5120.html"
YA = "/yz/wscshop/about/kdt5120.html"
SHOP = {"kdt": 5120, "name": "甬上智学"}


def pdd_goods(path, title, group, single, sold, desc_html, extra=""):
    g = str(group)
    return pdd_shell(title, f"""<div class="goods-banner"><img src="/static/img/pdd-{path[-9:-5]}.jpg" alt="{e(title)}"></div>
<div class="goods-price-box"><span class="group-price"><i class="yen">¥</i><span class="int">{g.split('.')[0]}</span>{('<span class="dec">.' + g.split('.')[1] + '</span>') if '.' in g else ''}</span>
<span class="tag">拼团价</span> <span class="sold">已拼{sold}件</span></div>
<h1 class="goods-name">{e(title)}</h1>
<div class="svc"><span>全场包邮</span><span>7天无理由退款</span><span>假一赔十</span></div>
<div class="group-list"><h3>这些人正在拼单，可直接参与</h3><ul><li>用户**宁 还差1人拼成 剩余 23:11:09 <a href="javascript:;">去拼单</a></li><li>用户**7 还差1人拼成 <a href="javascript:;">去拼单</a></li></ul></div>
<div class="goods-desc">{desc_html}</div>{extra}
<div class="bottom-bar"><a href="javascript:;" class="btn-single"><span>¥{single}</span><span>单独购买</span></a><a href="javascript:;" class="btn-group"><span>¥{group}</span><span>发起拼单</span></a></div>""")


def pdd():
    html = pdd_goods(P1, "【数据标注员】人工智能训练师五级初级工 网课+认定 无锡太湖 拿证", 399, 599, "1.2万",
                     """<p>课程：数据标注员（人工智能训练师工种）五级 30 课时网课 + 线上模拟题库。</p>
<p>证书由无锡太湖数据标注职业技能评价有限公司颁发，职业技能等级证书（五级/初级工）。</p>
<p>报名须知：需累计从事相关工作1年以上（需单位证明）。拍下后添加班主任微信 tai-hu-bz 提交材料。</p>""")
    add(P1, html, offer("pdd-goods", "group price 399 vs single 599; issuer HA08 whose filing expired 2025-06-30",
                        ["group_price", "split_price", "role_issuer", "level_names", "scam_offer"],
                        [iss("无锡太湖数据标注职业技能评价有限公司", "recognized", "HA08", status_alt=["unrecognized"])],
                        [5], (399, 599), ["ISSUER_LAPSED"]))
    html = pdd_goods(P2, "AI训练师证书 初级/中级 包过班 不过退款 人工智能训练师考证网课", 1299, 1599, "3826",
                     """<p>人工智能训练师 初级（五级）/中级（四级）考证班，直播+题库+考前押题。</p>
<p>承诺：<b>包过！</b>考试不过全额退款。</p><p>报名后提供证书样本，考证全流程班主任服务。</p>
<table><tr><th>规格</th><th>拼单价</th><th>单买价</th></tr><tr><td>初级/五级</td><td>¥1299</td><td>¥1599</td></tr><tr><td>中级/四级</td><td>¥1299</td><td>¥1599</td></tr></table>""")
    add(P2, html, offer("pdd-goods", "包过 不过退款; no issuer named; group 1299 / single 1599; 初级/中级 level names",
                        ["group_price", "split_price", "level_names", "sku_table", "honest_offer"],
                        [], [5, 4], (1299, 1599), ["GUARANTEED_PASS", "MISSING_ISSUER"]))
    html = pdd_goods(P3, "人工智能训练师高级证书 免考 包邮直接发证 工信部人才交流中心 全国可查", 88, 128, "10万+",
                     """<p>人工智能训练师（高级）证书，工业和信息化部人才交流中心颁发，<b>免考直接发证</b>，邮寄到家。</p>
<p>证书全国联网查询：rgznzs-cx.com 输入证书编号即可。</p><p>拍下请备注姓名+身份证号，7个工作日出证。</p>""")
    add(P3, html, offer("pdd-goods", "88/128 group buy; 工信部人才交流中心颁发 (unrecognized), 免考直接发证, fake query domain; 高级 = level 3",
                        ["group_price", "split_price", "level_names", "role_issuer", "unofficial_query_site", "scam_offer"],
                        [iss("工业和信息化部人才交流中心", "unrecognized")], [3], (88, 128),
                        ["UNRECOGNIZED_ISSUER", "NO_EXAM", "UNOFFICIAL_VERIFICATION_SITE"], optional=["GOVERNMENT_ISSUER_CLAIM"]))
    items = [(P1 + "?goods_id=412887650321&page_from=23&_x_query=AI%E8%AE%AD%E7%BB%83%E5%B8%88&refer_share_id=b81c", "【数据标注员】人工智能训练师五级 网课+认定", "399", "已拼1.2万件"),
             (P2 + "?goods_id=412887659900&refer_page_name=search_result&_oak_gallery=1", "AI训练师证书 初级/中级 包过班", "1299", "已拼3826件"),
             (P3 + "?goods_id=412887661188&_wvx=10&refer_share_uid=7713021", "人工智能训练师高级证书 免考 直接发证", "88", "已拼10万+件")]
    lis = "".join(f'<li class="s-item"><a href="{e(u)}"><div class="s-name">{t}</div><div class="s-price"><i>¥</i>{p}</div><div class="s-sales">{s}</div></a></li>' for u, t, p, s in items)
    add(PS, pdd_shell("AI训练师 - 拼享团搜索", f'<div class="s-bar">搜索：AI训练师 <span>综合 · 销量 · 价格</span></div><ul class="s-list">{lis}</ul>'),
        page("offer_list", "search-results", "group-buy search results with prices and 免考/包过 titles", ["search_page", "list_page", "tracking_params", "group_price"]))


def yz():
    # honest item with deposit + balance
    st1 = {"goods": {"alias": "2ok8x1c9", "title": "甬上智学｜人工智能训练师 四级/三级 职业技能等级认定班（宁波）",
                     "skus": [{"name": "四级/中级工", "price": 188000}, {"name": "三级/高级工 定金", "price": 20000}]}}
    body = f"""<div class="goods-header"><h1 class="goods-title">甬上智学｜人工智能训练师 四级/三级 职业技能等级认定班（宁波）</h1>
<div class="goods-price"><span class="price-tag">￥</span><span class="cur">1880</span><span class="price-range"> 起</span></div></div>
<div class="sku-panel"><div class="sku-row"><span class="k">四级/中级工</span><span class="v">￥1880 全款</span></div>
<div class="sku-row"><span class="k">三级/高级工</span><span class="v">定金 ￥200（可退）+ 尾款 ￥2280（开班前7天支付）</span></div></div>
<div class="goods-detail"><div class="custom-richtext">
<p>【认定机构】宁波甬智职业技能评价有限公司，负责考试组织与证书颁发。</p>
<p>【课程】四级 50 课时；三级 40 课时 + 实训项目（对话数据标注、模型评测报告）。</p>
<p>【报名条件】四级：取得五级后满4年或累计工作6年等；三级：取得四级后满5年等。定金在资格审核未通过时全额退还。</p>
<p>【咨询】0574-8719-2260 · 地址：宁波市鄞州区首南街道天童南路 588 号</p></div></div>
<script>window.__yz_goods_state__={jstate(st1)};</script>"""
    add(Y1, yz_shell("人工智能训练师 四级/三级 认定班 - 甬上智学", body, SHOP, canonical=Y1,
                     og={"title": "人工智能训练师 四级/三级 认定班", "type": "product", "url": Y1}),
        offer("youzan-goods", "honest Youzan item; 四级 1880 full price; 三级 定金200 + 尾款2280 = 2480; prices also in 分 in a state object",
              ["deposit_balance", "canonical_ok", "open_graph", "role_issuer", "price_in_fen", "honest_offer"],
              [iss("宁波甬智职业技能评价有限公司", "recognized", "HA09")], [4, 3], (1880, 2480), []))

    # scam item whose canonical names the honest one
    body = f"""<div class="goods-header"><h1 class="goods-title">【3人拼团】人工智能训练师三级 包过 凭在职证明直接拿证 积分落户加分</h1>
<div class="goods-price"><span class="groupon-tag">3人团</span><span class="price-tag">￥</span><span class="cur">3280</span> <span class="origin">单买价 ￥3980</span></div></div>
<div class="goods-detail"><div class="custom-richtext">
<p>证书：宁波甬智职业技能鉴定中心 发证，人社备案！</p>
<p>有在职证明即可，<b>无需考试，直接拿证</b>，全程线上办理。</p>
<p>包过！三级证书可用于杭州、上海积分落户加分，还能申请人才补贴。</p>
<p>拼团成功后添加老师微信 ys-zhixue88 提交资料。</p></div></div>"""
    add(Y2, yz_shell("人工智能训练师三级 包过 3人拼团 - 甬上智学", body, SHOP, canonical=Y1,
                     og={"title": "人工智能训练师 四级/三级 认定班", "url": Y1}),
        offer("youzan-goods", "scam item whose rel=canonical and og:url name the honest item of the same store; lookalike 宁波甬智职业技能鉴定中心; 免考, 包过, 落户; 3人团 3280 / 单买 3980",
              ["canonical_evasion", "group_price", "open_graph", "role_issuer", "scam_offer"],
              [iss("宁波甬智职业技能鉴定中心", "lookalike", None, resembles="HA09", status_alt=["unrecognized"])], [3], (3280, 3980),
              [["LOOKALIKE_ISSUER", "UNRECOGNIZED_ISSUER"], "NO_EXAM", "GUARANTEED_PASS", "BENEFIT_BAIT"], optional=["EXCESSIVE_FEE"]))

    # free subsidised level-5 class
    body = """<div class="goods-header"><h1 class="goods-title">【政府补贴项目】人工智能训练师五级（初级工）免费培训 · 宁波参保职工</h1>
<div class="goods-price"><span class="price-tag">￥</span><span class="cur">0.00</span> <span class="tag">免费报名</span></div></div>
<div class="goods-detail"><div class="custom-richtext">
<p>本期为职业技能提升培训项目，培训免费。认定由浙江省数字经济学会职业技能等级认定中心组织，考试合格颁发五级职业技能等级证书。</p>
<p>取证后，符合条件的参保职工可按规定申请技能提升补贴（五级1000元）。补贴以人社部门审核为准，本店不代办、不垫付。</p>
<p>报名条件：宁波市参保职工，累计从事相关工作满1年。名额 40 人，报满即止。</p></div></div>"""
    add(Y3, yz_shell("人工智能训练师五级 免费培训 - 甬上智学", body, SHOP, canonical=Y3),
        offer("youzan-goods", "free (¥0.00) subsidised 五级 class; association issuer HA12; sober conditional subsidy note (1000元 is not a fee)",
              ["subsidy_amount", "cross_sentence_condition", "role_issuer", "canonical_ok", "honest_offer"],
              [iss("浙江省数字经济学会职业技能等级认定中心", "recognized", "HA12")], [5], (0, 0), [],
              optional=["BENEFIT_BAIT"], fee_alt=[None]))

    lis = [(Y1 + "?alias=2ok8x1c9&banner_id=f.81726~goods~1~Xa91&reft=1740812&spm=f.81726", "人工智能训练师 四级/三级 认定班", "￥1880起"),
           (Y2 + "?alias=3hv2q7d1&dc_ps=2831&sf=wx_sm&is_share=1&from_uuid=9f81d2c3", "【3人拼团】人工智能训练师三级 包过", "￥3280"),
           (Y3 + "?alias=5kx0m3p7&reft=1740899&spm=f.81726&sl=ys01", "人工智能训练师五级 免费培训（补贴项目）", "￥0.00"),
           ("/yz/wscgoods/detail/0del9x.html?alias=0del9x", "数据标注员 速成班（已下架）", "￥699"),
           ("/pdd/goods/412887650321.html?refer_share_channel=yz", "合作店铺：数据标注员五级拼团", "￥399")]
    items = "".join(f'<li class="goods-card"><a href="{e(u)}"><p class="t">{t}</p><p class="p">{p}</p></a></li>' for u, t, p in lis)
    body = f"""<div class="shop-cover"><h1>甬上智学</h1><p>宁波 · 人工智能/数字技能培训 · 已认证企业店铺</p></div>
<div class="cap-notice">公告：本店为培训服务店铺，认定证书由备案评价机构颁发。客服 0574-8719-2260</div>
<ul class="goods-list">{items}</ul><p><a href="{YA}">店铺信息 · 联系我们</a></p>"""
    add(YH, yz_shell("甬上智学 - 店铺主页", body, SHOP),
        page("offer_list", "store-page", "Youzan store home listing three AI-trainer items (share/banner variants), one delisted (404)",
             ["list_page", "tracking_params", "group_price"]))
    body = """<div class="shop-info"><h1>店铺信息</h1><dl><dt>主体名称</dt><dd>宁波甬上智学教育科技有限公司</dd>
<dt>统一社会信用代码</dt><dd>91330212MA2H8U4Q5B</dd><dt>联系电话</dt><dd>0574-8719-2260</dd><dt>地址</dt><dd>宁波市鄞州区天童南路 588 号</dd>
<dt>营业时间</dt><dd>周一至周六 9:00-18:00</dd></dl><p>本店不直接颁发任何证书。</p></div>"""
    add(YA, yz_shell("店铺信息 - 甬上智学", body, SHOP), page("other", "store-about", "Youzan store info/contact page", []))


def build():
    pdd()
    yz()
