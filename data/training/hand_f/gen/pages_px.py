"""An education-ads aggregator (/px/): list/search pages and course detail pages."""
import json
from common import page, doc, offer, other, rec, look, table, paras, stat, esc

CSS = """<link rel="stylesheet" href="/px/static/px2.min.css">
<style>
body{margin:0;background:#f5f5f5;font:14px/1.6 "Microsoft YaHei",Arial}
.hdr{background:#fff;border-bottom:2px solid #ff6a00}.hdr .in{width:1180px;margin:0 auto;display:flex;align-items:center;height:64px}
.hdr .lg{font-size:24px;color:#ff6a00;font-weight:bold;margin-right:30px}.hdr form input{width:380px;height:32px;border:2px solid #ff6a00}
.hdr form button{height:36px;background:#ff6a00;color:#fff;border:0;padding:0 18px}
.bd{width:1180px;margin:14px auto;display:flex;gap:14px}.mainc{flex:1;background:#fff;padding:18px}.sidec{width:260px}
.price{color:#ff3300;font-size:26px}.price b{font-size:30px}.price i{font-style:normal}
.orig{color:#999;text-decoration:line-through;margin-left:8px}
.tags span{display:inline-block;background:#fff3e8;color:#ff6a00;padding:0 6px;margin-right:6px;font-size:12px}
.tb{border-collapse:collapse;width:100%}.tb td,.tb th{border:1px solid #e5e5e5;padding:6px}
.crs{border-bottom:1px solid #eee;padding:12px 0}.crs h3{margin:0 0 4px;font-size:16px}
.sidebox{background:#fff;padding:12px;margin-bottom:12px}
.ftr{text-align:center;color:#999;font-size:12px;padding:20px;line-height:2}
.btn-bm{display:inline-block;background:#ff3300;color:#fff;padding:8px 30px;border-radius:3px}
</style>"""

SIDE = """<div class="sidebox"><h4>猜你喜欢</h4><ul>
<li><a href="/px/course/10231.html?src=px_side">西安·人工智能训练师四级/三级</a></li>
<li><a href="/px/course/10258.html?src=px_side&amp;shareid=wx_9a81">乌鲁木齐·技能证书培训套餐</a></li>
<li><a href="/px/course/10199.html">大连·数据标注员速成班（已下架）</a></li>
</ul></div>
<div class="sidebox">平台声明：本站为信息发布平台，课程信息由机构自行发布，请谨慎核实机构资质。</div>"""


def shell(title, main, head_extra="", side=True, tail=True):
    s = f'<div class="sidec">{SIDE}</div>' if side else ""
    body = f"""<div class="hdr"><div class="in"><a class="lg" href="/px/index.html">优培网·西部站</a>
<form action="/px/search.html" method="get"><input name="q" placeholder="搜索课程/机构/证书"><button>搜索</button></form>
<a href="/px/city/xian.html" style="margin-left:20px">切换城市</a> <a href="/index.html" style="margin-left:12px">返回导航</a></div></div>
<div class="bd"><div class="mainc">{main}</div>{s}</div>"""
    if tail:
        body += f"""
<div class="ftr">优培网 版权所有 © 2016-2025　增值电信业务经营许可证：陕B2-20160388　<a href="/px/index.html#about">关于我们</a> | <a href="/px/index.html#mianze">免责声明</a></div>
{stat("c3d9b1e27f6a40d58e2c9a1b4f7e0d12")}"""
    return doc(f"{title}-优培网", body, CSS + head_extra)


def build():
    # ----------------------------------------------------------- lists
    snippets = [
        ("/px/course/10231.html?src=px_home", "【西安】人工智能训练师四级/三级 周末班", "陕西长安数字技能评价有限公司考核发证", "¥1680起"),
        ("/px/course/10245.html?src=baidu&amp;bd_vid=11827364510293847", "【昆明】人工智能训练师二级至一级 零基础可报 包过班", "签约保障 不过退费", "¥3980起"),
        ("/px/course/10262.html?sessionid=8f2a77c1e0b94d3a", "【沈阳】人工智能训练师五级/四级/三级", "官方查询 正规证书", "¥980起"),
        ("/px/course/10270.html", "【沈阳】人工智能训练师中高级 名师直播", "盛京数智评价中心发证", "¥2280起"),
        ("/px/course/10281.html?utm_source=toutiao&amp;utm_medium=feed", "【全国】AI训练师三级 本人无需到场", "现在报名是2980", "¥2980"),
        ("/px/course/10288.html?shareid=dy_77310#pintuan", "【乌鲁木齐】数据标注员高级工 拼团价", "2人成团更优惠", "¥1680起"),
        ("/px/course/10258.html", "【乌鲁木齐】职业技能证书培训套餐（人工智能训练师/电工/育婴员）", "天山技能评价考核", "¥1200起"),
    ]
    li = "\n".join(f'<div class="crs"><h3><a href="{h}">{t}</a></h3><p>{s}</p><span class="price">{p}</span></div>' for h, t, s, p in snippets)
    page("/px/index.html", shell("职业技能培训 人工智能训练师 课程大全", f"<h2>热门课程：人工智能训练师</h2>{li}<p><a href=\"/px/search.html?q=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD%E8%AE%AD%E7%BB%83%E5%B8%88&amp;spm=a21x.home.hot.1\">查看全部 &gt;&gt;</a></p>"),
         other("offer_list", "aggregator home with course snippets quoting prices and promises (包过, 本人无需到场)",
               ["list_page", "aggregator", "tracking_params", "reported_claim"]))

    res = [s for s in snippets[:6]]
    li = "\n".join(f'<div class="crs"><h3><a href="{h.split("?")[0]}?q=rgznxls&amp;spm=a21x.search.{i}.0">{t}</a></h3><p>{s}</p><span class="price">{p}</span></div>'
                   for i, (h, t, s, p) in enumerate(res))
    page("/px/search.html", shell("“人工智能训练师”搜索结果", f"<p>为您找到相关课程 <b>6</b> 个（第1页）</p>{li}<div class=\"pager\"><span>1</span> <a href=\"/px/search.html?q=rgznxls&amp;page=2\">2</a></div>"),
         other("offer_list", "search results page; snippets include 包过/零基础/prices", ["search_page", "aggregator", "tracking_params"]))

    li = "\n".join(f'<div class="crs"><h3><a href="{h}">{t}</a></h3><span class="price">{p}</span></div>' for h, t, s, p in snippets[:3])
    html = shell("西安站 职业技能培训", f"<h2>西安 · 职业技能</h2>{li}", tail=False)
    html = html.split("</body>")[0][:-200]   # truncated transfer: page cut off mid-markup
    page("/px/city/xian.html", html,
         other("offer_list", "city category page, truncated HTML (no closing tags)", ["list_page", "broken_page"]))

    # ----------------------------------------------------------- 10231 honest, split price
    m = f"""<h1>人工智能训练师（四级/三级）周末实战班 · 西安启智职业培训学校</h1>
<div class="tags"><span>周末班</span><span>理论+实操</span><span>可开发票</span></div>
<p>四级/中级工：<span class="price">¥<b>1</b><i>680</i></span>　三级/高级工：<span class="price">¥<b>2</b><i>380</i></span></p>
<p><a class="btn-bm" href="javascript:void(0)" onclick="openBm(10231)">立即咨询</a></p>
<h3>课程介绍</h3>
{paras("人工智能训练师是人社部认证的新职业，也是近年来招聘需求增长最快的数字技能岗位之一。本课程依据国家职业技能标准设计，覆盖数据采集与处理、数据标注、智能系统运维（四级）以及业务分析、智能训练、智能系统设计（三级）。",
       "认定考核由陕西长安数字技能评价有限公司组织，考核合格者由该公司颁发职业技能等级证书，可在人社部职业技能等级证书查询系统查询。",
       "报名须符合国家职业技能标准规定的申报条件，报名时提交工作年限证明或相关证书。四级约50学时，三级约40学时。",
       "学校地址：西安市雁塔区小寨东路126号百隆广场12层。咨询电话：029-85267731（王老师）。")}
<h3 id="comment">学员评价（12）</h3>
<ul><li>“老师讲得很细，实操环境是真项目。”——张**</li><li>“考了一次没过，补考费另交150元，还算合理。”——李**</li></ul>"""
    page("/px/course/10231.html", shell("人工智能训练师四级/三级周末班", m),
         offer(issuers=[rec("HF04")], levels=[4, 3], fee=(1680, 2380),
               note="honest course; price digits split over tags; '人社部认证的新职业' is boilerplate (人社部 not issuer); 补考费 150 is an extra, not the course fee",
               phen=["honest_offer", "split_price", "boilerplate_body", "role_issuer", "level_names", "tracking_params"]))

    # ----------------------------------------------------------- 10245 lookalike, levels 2-1
    m = f"""<h1>【昆明】人工智能训练师 二级至一级（技师/高级技师）零基础 包过班</h1>
<div class="tags"><span>零基础</span><span>签约包过</span><span>不过退费</span><span>花呗分期</span></div>
<p>二级/技师：<span class="price">¥3980</span>　一级/高级技师：<span class="price">¥5980</span> <span class="orig">原价¥8800</span></p>
{paras("★ 不限学历、不限工作年限，零基础也可直接报考技师、高级技师！",
       "★ 由云南滇池数字技能鉴定评价有限公司统一组织考核、颁发证书，全国联网可查。",
       "★ 签约包过，一次不过免费重学，两次不过全额退费。",
       "★ 支持花呗6期免息，每月最低663元。",
       "咨询微信：km_aixls2025　电话：18787120456")}
<h3>常见问题</h3>
<p>问：我没有相关工作经验能报一级吗？<br>答：可以的，我们有专门的申报通道，材料由老师帮您整理。</p>"""
    page("/px/course/10245.html", shell("人工智能训练师二级至一级包过班", m),
         offer(issuers=[look("云南滇池数字技能鉴定评价有限公司", "HF10")], levels=[2, 1], fee=(3980, 5980),
               flags=["LOOKALIKE_ISSUER", "GUARANTEED_PASS", "ELIGIBILITY_SHORTCUT"], optional=["UNRECOGNIZED_ISSUER", "EXCESSIVE_FEE"],
               note="lookalike of 云南滇池数字技能评价有限公司 (inserted 鉴定); 二级至一级 to beginners; 原价8800 struck; 6期 instalment of the 3980 price",
               phen=["scam_offer", "level_range", "level_names", "struck_price", "instalment", "role_issuer", "tracking_params"]))

    # ----------------------------------------------------------- 10258 multi course
    rows = [("人工智能训练师（数据标注员）", "四级/中级工", "1980", "新疆天山职业技能评价有限公司"),
            ("电工", "四级/中级工", "1600", "新疆天山职业技能评价有限公司"),
            ("育婴员", "五级/初级工", "1200", "自治区妇幼保健协会（专项能力）"),
            ("健康管理师", "三级", "3600", "另行通知")]
    m = f"""<h1>乌鲁木齐职业技能证书培训套餐（2025秋季）</h1>
{table(["培训项目", "等级", "费用（元）", "考核/发证单位"], rows)}
{paras("以上费用含培训、教材及考核费，住宿自理。人工智能训练师班每期30人，须具备1年以上相关工作经历或持有五级证书，报名时审核。",
       "报名地点：乌鲁木齐市沙依巴克区友好北路689号；电话：0991-4851230。")}"""
    page("/px/course/10258.html", shell("乌鲁木齐职业技能证书培训套餐", m),
         offer(issuers=[rec("HF07")], levels=[4], fee=(1980, 1980),
               note="multi-course notice; only the AI-trainer row is the offer; other occupations' prices (1200/1600/3600) are not its fee",
               phen=["multi_course", "other_occupation_price", "honest_offer", "role_issuer", "sku_table"]))

    # ----------------------------------------------------------- 10262 SKU, price in fen, lapsed issuer
    skus = [("五级/初级工", 98000), ("四级/中级工", 138000), ("三级/高级工", 188000)]
    opts = "\n".join(f'<li class="sku" data-sku="rgzn-{i}" data-price="{f}">{n}</li>' for i, (n, f) in enumerate(skus))
    state = json.dumps({"skuList": [{"name": n, "price": f} for n, f in skus], "unit": "fen"}, ensure_ascii=False)
    m = f"""<h1>沈阳·人工智能训练师 五级/四级/三级 认定培训</h1>
<p>价格：<span class="price" id="cur-price">请选择等级</span></p>
<ul class="sku-list">
{opts}
</ul>
<script>var SKU_DATA = {state};
document.querySelectorAll('.sku').forEach(function(el){{el.onclick=function(){{document.getElementById('cur-price').innerText='¥'+(el.dataset.price/100).toFixed(2);}}}});</script>
{paras("考核机构：沈阳浑南职业技能评价中心（备案评价机构，证书联网可查）。",
       "开班时间：每月第一个周六；上课地点：沈阳市浑南区创新路199号。",
       "报名热线：024-31586620")}"""
    page("/px/course/10262.html", shell("沈阳人工智能训练师认定培训", m),
         offer(issuers=[rec("HF16")], levels=[5, 4, 3], fee=(980, 1880), flags=["ISSUER_LAPSED"],
               note="prices only in data-price (fen) and JS; issuer's recognition expired 2023-12-31",
               phen=["price_in_fen", "sku_table", "scam_offer", "level_names", "tracking_params"]))

    # ----------------------------------------------------------- 10270 out of scope (中心 vs 有限公司)
    m = f"""<h1>人工智能训练师中级/高级 名师直播班（沈阳）</h1>
<p class="price">四级 2280元 / 三级 2880元</p>
{paras("本课程与辽宁盛京数智职业技能评价中心合作，学员结业后由辽宁盛京数智职业技能评价中心组织考核，颁发人工智能训练师职业技能等级证书。",
       "直播+录播，随时回看；每周两次实操答疑。",
       "咨询：024-23190087　QQ群：735610288")}"""
    page("/px/course/10270.html", shell("人工智能训练师中高级直播班", m),
         offer(issuers=[rec("HF02")], levels=[4, 3], fee=(2280, 2880), flags=["ISSUER_OUT_OF_SCOPE"],
               note="issuer is the 中心 (not filed for 4-04-05-05), near-namesake of the in-scope 有限公司",
               phen=["scam_offer", "role_issuer", "long_issuer_span"]))

    # ----------------------------------------------------------- 10281 no issuer, 包过, 无需到场
    m = f"""<h1>AI训练师（人工智能训练师）三级证书 全程代办</h1>
<p>原价 <s>4980</s>　现在报名是2980，名额有限！</p>
{paras("全国统一报名，本人无需到场，资料齐全15个工作日出证。",
       "包过！不过全额退款！",
       "证书用途：求职加分、评优、投标资质。",
       "添加老师微信：aixls_zheng88，备注“三级”。")}"""
    page("/px/course/10281.html", shell("AI训练师三级证书全程代办", m),
         offer(issuers=[], levels=[3], fee=(2980, 2980), flags=["NO_EXAM", "GUARANTEED_PASS", "MISSING_ISSUER"],
               note="bare price in running text (现在报名是2980), struck 原价4980; no issuer named; 本人无需到场",
               phen=["scam_offer", "bare_price", "struck_price", "tracking_params"]))

    # ----------------------------------------------------------- 10288 group price, employer out of level scope
    m = f"""<h1>数据标注员（人工智能训练师）高级工 认定培训 · 拼团</h1>
<div id="pintuan"><p>单独购买：<span class="price">¥1980</span>　2人拼团：<span class="price">¥1680</span>/人</p></div>
{paras("由乌鲁木齐丝路数据标注科技有限公司提供实训岗位，结业后由乌鲁木齐丝路数据标注科技有限公司组织三级/高级工认定并颁发证书。",
       "报名要求：持有人工智能训练师四级证书，从事标注工作满5年。",
       "地址：乌鲁木齐经开区维泰南路1号；电话：0991-3762455。")}"""
    page("/px/course/10288.html", shell("数据标注员高级工拼团", m),
         offer(issuers=[rec("HF09")], levels=[3], fee=(1680, 1980), flags=["ISSUER_OUT_OF_SCOPE"],
               note="group and single price (both asked); employer filed for levels 4-5 only, sold for 三级",
               phen=["group_price", "scam_offer", "role_issuer", "level_names", "tracking_params"]))
