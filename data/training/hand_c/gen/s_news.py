"""The start page and a regional vocational-education news portal (/news/)."""
from common import add, rec, fee

PORTAL = "京津冀鲁职教资讯网"


def portal(title, body, crumbs="首页"):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}_{PORTAL}</title>
<meta name="generator" content="DedeCMS V5.7 SP2">
<meta name="keywords" content="职业技能培训,职业技能等级认定,人工智能训练师,京津冀,山东">
<link href="/news/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css">
<style>body{{margin:0;font:14px/1.8 "Microsoft YaHei";background:#f2f2f2}} .hd{{background:#c1121f;color:#fff;padding:12px 0}}
.w{{width:1100px;margin:0 auto}} .nav a{{color:#fff;margin-right:22px}} .pos{{color:#888;font-size:12px;padding:8px 0}}
.box{{background:#fff;padding:20px 28px;margin-bottom:14px}} .ad{{border:1px solid #eee;background:#fffbe6;padding:8px;font-size:12px;color:#aa7700}}
.ft{{text-align:center;color:#999;font-size:12px;padding:20px}}</style></head>
<body><div class="hd"><div class="w"><b style="font-size:22px">{PORTAL}</b>
<span class="nav" style="margin-left:40px"><a href="/index.html">首页</a><a href="/news/zt/rgzn-peixun-paihang.html">专题</a>
<a href="/news/wenda/rgzn-baoguo.html">问答</a><a href="/news/search.html?q=人工智能训练师">搜索</a></span></div></div>
<div class="w"><div class="pos">当前位置：<a href="/index.html">{PORTAL}</a> &gt; {crumbs}</div>
{body}
<div class="ad">广告：<a href="/bjpx/index.html?utm_source=jjjlzx&amp;utm_medium=banner">博学优才・四证联报</a> ｜ <a href="/tjpx/index.html?ref=jjjlzx">天津启航职业培训</a></div>
</div>
<div class="ft">{PORTAL} 版权所有 ・ 本站资讯仅供参考，报考请以人社部门及评价机构公告为准 ・ 冀ICP备2020031658号</div>
</body></html>"""


def qa(title, question, answers, crumbs):
    items = "".join(f"""<div class="box" style="border-top:1px solid #eee"><p><b>{who}</b> <span style="color:#999;font-size:12px">{when}</span>
{' <span style="background:#e8f4ff;color:#1663d6;font-size:12px;padding:1px 5px">机构认证</span>' if tag else ''}</p>{text}
<p style="color:#999;font-size:12px">赞同 {likes} ・ 评论</p></div>""" for who, when, tag, text, likes in answers)
    return portal(title, f"""<div class="box"><h1 style="font-size:20px">{question}</h1>
<p style="color:#999;font-size:12px">{len(answers)} 个回答 ・ 浏览 {len(title) * 317}</p></div>{items}""", crumbs)


def build():
    # ---------------------------------------------------------------- start page
    idx = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>京津冀鲁技能培训导航</title>
<style>body{{margin:0;font:15px/1.9 "Microsoft YaHei";background:#fafafa}} .w{{width:960px;margin:0 auto}} h1{{color:#c1121f}}
.g{{display:grid;grid-template-columns:1fr 1fr;gap:14px}} .c{{background:#fff;border:1px solid #eee;padding:12px 16px}}</style></head>
<body><div class="w"><h1>京津冀鲁技能培训导航</h1>
<p>收录北京、天津、河北、山东地区的职业培训学校、社会培训评价组织和相关资讯。收录不代表推荐，报考前请到
<a href="https://pjjg.osta.org.cn/">社会培训评价组织目录</a>核实机构备案情况。</p>
<div class="g">
<div class="c"><b>北京</b><br><a href="/bjpx/index.html">博学优才教育</a> ・ <a href="/jxzs/ai.html">京训智盛</a> ・ <a href="/hdsz/tzgg/20251020.html">海淀数智人才评价中心</a></div>
<div class="c"><b>天津</b><br><a href="/bcpj/index.html">滨城数字技能评价</a> ・ <a href="/tjpx/index.html">河西启航职业培训学校</a> ・ <a href="/jnpj/index.html">津南职业技能评价中心</a></div>
<div class="c"><b>河北</b><br><a href="/hbjx/index.html">石家庄燕都职业培训学校</a> ・ <a href="/yzpj/index.html">燕赵职业技能评价</a></div>
<div class="c"><b>山东</b><br><a href="/jnpx/index.htm">济南明德职业培训学校</a> ・ <a href="/sdzx/index.html">“鲁信”鉴定评价</a> ・ <a href="/qdpx/index.html">青岛启智</a> ・ <a href="/zbpx/rgzn.htm">淄博众诚</a></div>
</div>
<h3>资讯</h3><ul>
<li><a href="/news/2025/1103-shanzhai.html">警惕“山寨”评价机构：名字只差一两个字</a></li>
<li><a href="/news/2025/0920-jinnan.html">天津一评价机构被撤销备案后仍在招生</a></li>
<li><a href="/news/2025/0815-sdai-tongzhi.html">山东省人工智能行业协会发布人工智能训练师认定通知</a></li>
<li><a href="/news/zt/rgzn-peixun-paihang.html">专题：京津冀鲁人工智能训练师培训机构一览</a></li>
<li><a href="/news/wenda/rgzn-baoguo.html">问答：人工智能训练师能包过吗？</a></li>
<li><a href="/news/wenda/rgzn-jishi.html">问答：三级证书满4年，怎么报技师？</a></li>
<li><a href="/news/search.html?q=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD%E8%AE%AD%E7%BB%83%E5%B8%88">站内搜索：人工智能训练师</a></li></ul>
<p style="color:#999;font-size:12px">© 2025 京津冀鲁技能培训导航 ・ 本站不提供培训和发证服务</p></div></body></html>"""
    add("/index.html", idx, page_type="other", note="start page: directory of sub-sites and news", phenomena=["other"])

    # ---------------------------------------------------------------- warning article
    body = """<div class="box"><h1 style="font-size:22px">警惕“山寨”评价机构：名字只差一两个字</h1>
<p style="color:#999;font-size:12px">2025-11-03 来源：本站综合 记者 孟晓</p>
<p>　　近期，多名考生向本站反映，在网上搜索“人工智能训练师报名”时，遇到名称与正规评价机构高度相似的网站。
例如一家自称“山东鲁信职业技能鉴定评价有限公司”的网站，与已备案的山东鲁信职业技能评价有限公司只差“鉴定”二字，
其页面宣称“签约包过、二次不过全额退费”，并引导考生到其自建的“www.lxjd-zscx.com”查询证书。</p>
<p>　　山东鲁信职业技能评价有限公司工作人员表示，该网站与本公司无任何关系，本公司从不承诺包过，证书只能在人社部门官方渠道查询。</p>
<p>　　另有考生反映，有机构宣传“技师、高级技师免考直接拿证，由省人社厅颁发”。业内人士指出，职业技能等级证书由备案的评价机构颁发，
人社厅不直接向个人发证；二级、一级需要相应年限的工作经历，“零基础报技师”不符合国家职业技能标准。</p>
<p>　　此外，济南泉城职业技能评价有限公司目前处于暂停状态，考生报名前应到社会培训评价组织目录核实机构状态。</p>
<p>　　<b>提醒：</b>不包过、不免考、不承诺落户，才是正规机构的常态。遇到“包过”“免考”“直接拿证”的宣传，请向12333或市场监管部门反映。</p></div>"""
    add("/news/2025/1103-shanzhai.html", portal("警惕“山寨”评价机构：名字只差一两个字", body, "行业资讯"), page_type="article",
        note="news warning quoting a lookalike's 包过/免考 claims and fake query domain; names recognized agencies; no offer",
        phenomena=["warning", "reported_claim", "negated_claim", "unofficial_query_site", "tracking_params"])

    body = """<div class="box"><h1 style="font-size:22px">天津一评价机构被撤销备案后仍在招生</h1>
<p style="color:#999;font-size:12px">2025-09-20 来源：本站记者</p>
<p>　　记者在社会培训评价组织目录中查询发现，天津津南职业技能评价中心的人工智能训练师备案已被撤销。但该中心网站上，
“人工智能训练师4级到5级常年招生、学费每人1600、拿证可落户加分”的招生信息仍然可见。</p>
<p>　　天津市人社部门相关负责人表示，被撤销备案的机构不得再开展职业技能等级认定，其颁发的证书不能纳入全国联网查询。
考生如已缴费，可向当地人社部门和市场监管部门反映。</p>
<p>　　律师提醒，“积分落户加分”“补贴返还学费”是此类招生常见的宣传话术，证书能否用于积分、能否领补贴均有严格条件。</p></div>"""
    add("/news/2025/0920-jinnan.html", portal("天津一评价机构被撤销备案后仍在招生", body, "行业资讯"), page_type="article",
        note="news report quoting a revoked agency's ad (price, levels, 落户 lure); no offer",
        phenomena=["reported_claim", "warning", "level_range", "bare_price"])

    # ---------------------------------------------------------------- honest association notice repost
    body = """<div class="box"><h1 style="font-size:22px">山东省人工智能行业协会关于开展2025年人工智能训练师职业技能等级认定的通知</h1>
<p style="color:#999;font-size:12px">2025-08-15 来源：山东省人工智能行业协会 ・ 本站转载</p>
<p>各会员单位、各有关人员：</p>
<p>　　我会作为经山东省人力资源和社会保障厅备案的社会培训评价组织，现面向社会开展2025年人工智能训练师（数据标注员）职业技能等级认定。</p>
<p>　　<b>一、等级及费用</b>（含考前培训、理论知识考试、操作技能考核）</p>
<table style="border-collapse:collapse" border="1" cellpadding="6"><tr><th>等级</th><th>费用（元/人）</th></tr>
<tr><td>四级/中级工</td><td>1200</td></tr><tr><td>三级/高级工</td><td>1500</td></tr></table>
<p>　　<b>二、考核与发证</b>：山东省人工智能行业协会组织理论知识考试和操作技能考核，成绩均达60分以上者，由我会颁发职业技能等级证书，数据上传全国联网查询系统。</p>
<p>　　<b>三、申报条件</b>：四级须取得五级证书后满4年或从事本职业满6年；三级须取得四级证书后满5年，或具有大专相关专业学历且取得四级证书后满2年。</p>
<p>　　<b>四、报名</b>：2025年8月20日至9月30日，联系电话 0531-8896 5021（协会培训部）。</p>
<p style="text-align:right">山东省人工智能行业协会<br>2025年8月15日</p></div>"""
    add("/news/2025/0815-sdai-tongzhi.html", portal("山东省人工智能行业协会人工智能训练师认定通知", body, "通知公告"), page_type="offer",
        note="reposted enrolment notice of a recognized association (levels 4,3; 1200/1500 incl. training); issuer name followed by verb phrase",
        phenomena=["honest_offer", "long_issuer_span", "level_table", "level_names"],
        offer={"issuers": [rec("山东省人工智能行业协会", "HC18")], "levels": [4, 3], "fee": fee(1200, 1500),
               "flags": [], "optional": []})

    # ---------------------------------------------------------------- aggregator ranking
    rows = [
        ("/jnpx/zsjz/rgznxls.htm?src=jjjlzx&amp;spm=zt.rank.1", "济南明德职业培训学校", "五级至三级", "1680–2980元", "山东鲁信职业技能评价有限公司"),
        ("/tjpx/course/ai-trainer.html?src=jjjlzx&amp;spm=zt.rank.2#comments", "天津河西启航职业培训学校", "四级、三级", "2280–2980元（可分期）", "天津滨城数字技能评价有限公司"),
        ("/hbjx/kcjs/rgzn.html?src=jjjlzx&amp;sid=8f21c0d9", "石家庄燕都职业培训学校", "五级、四级", "1280–1680元", "石家庄正定数字产业职业技能评价中心"),
        ("/qdpx/detail/rgzn-4.html?src=jjjlzx&amp;share_id=wx_7731", "青岛启智职业培训学校", "四级", "1880元", "青岛海智职业技能评价有限公司"),
        ("/bjpx/kecheng/sizheng-lianbao.html?src=jjjlzx&amp;clickid=bd_a81f", "北京博学优才教育", "四级", "1980元", "北京京师智联职业技能评价有限公司"),
        ("/qdpx/detail/rgzn-kuaisu.html?src=jjjlzx", "“海智评价中心”报名点", "三至一级", "9800元", "（待核实）"),
        ("/hdsz/tzgg/20251020.html?src=jjjlzx", "北京海淀数智人才评价中心", "五级至三级", "认定费300–450元", "本中心"),
        ("/yzpj/news/2025/0903.html?src=jjjlzx", "河北燕赵职业技能评价有限公司", "三级及以下", "认定费320–480元", "本公司"),
    ]
    trs = "".join(f'<tr><td>{i}</td><td><a href="{h}">{n}</a></td><td>{lv}</td><td>{p}</td><td>{iss}</td></tr>'
                  for i, (h, n, lv, p, iss) in enumerate(rows, 1))
    body = f"""<div class="box"><h1 style="font-size:22px">专题：京津冀鲁人工智能训练师培训机构一览（2025年11月更新）</h1>
<p>本表根据各机构公开招生信息整理，排名不分先后，价格以机构最新公布为准。本站未核实“待核实”一栏机构的备案情况。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;width:100%"><tr><th>#</th><th>机构</th><th>等级</th><th>价格</th><th>评价机构</th></tr>{trs}</table>
<p>相关阅读：<a href="/news/2025/1103-shanzhai.html?from=zt">警惕“山寨”评价机构</a> ・ <a href="/bcpj/tzgg/2025-0612.html?from=zt">滨城评价第三批认定通知</a></p></div>"""
    add("/news/zt/rgzn-peixun-paihang.html", portal("京津冀鲁人工智能训练师培训机构一览", body, "专题"), page_type="offer_list",
        note="aggregator table of many offers with prices and issuers; links carry src/spm/sid/share_id/clickid variants and a fragment",
        phenomena=["aggregator", "list_page", "tracking_params", "level_range", "role_issuer"])

    # ---------------------------------------------------------------- search page
    res = [
        ("/sdzx/rgzn.html?from=search&amp;q=人工智能训练师", "人工智能训练师报名_初级到高级_山东鲁信", "签约包过……五级¥1880 四级¥2680 三级¥3880……"),
        ("/bjpx/kecheng/rgzn-xls.html?from=search", "人工智能训练师三级二级认证班-博学优才教育", "现在报名是2980……本科学历即可直接报考技师……"),
        ("/jnpj/zhaosheng/2025-rgzn.html?from=search", "2025年人工智能训练师（四级、五级）常年招生", "学费每人1600，拿证可享天津积分落户加分……"),
        ("/tjpx/course/ai-trainer-baoding.html?from=search", "人工智能训练师三级（保定考点）", "与保定雄安智训职业技能评价有限公司合作……"),
        ("/hbjx/kcjs/rgzn-gaoji.html?from=search", "人工智能训练师高级工冲刺班", "现在报名是2680，下月恢复原价3280……"),
        ("/news/wenda/rgzn-jishi.html?from=search", "三级证书满4年，怎么报技师？", "……技师评价加辅导一共3980……"),
    ]
    lis = "".join(f'<li style="margin-bottom:12px"><a href="{h}"><b>{t}</b></a><br><span style="color:#666;font-size:13px">{s}</span></li>' for h, t, s in res)
    body = f"""<div class="box"><form action="/news/search.html" method="get"><input name="q" value="人工智能训练师" style="width:400px"> <button>搜索</button></form>
<p style="color:#888">找到约 {len(res) * 37} 条结果（用时 0.21 秒），显示前 {len(res)} 条</p><ol>{lis}</ol>
<p>1 <a href="/news/search.html?q=人工智能训练师&amp;page=2">2</a> <a href="/news/search.html?q=人工智能训练师&amp;page=2">下一页</a></p></div>"""
    add("/news/search.html", portal("搜索：人工智能训练师", body, "搜索"), page_type="offer_list",
        note="site search results page; snippets quote prices and 包过 from other pages", phenomena=["search_page", "list_page", "tracking_params"])

    # ---------------------------------------------------------------- Q&A without offer
    ans = [
        ("山东职教老李", "2025-10-12", False, "<p>不能。人工智能训练师是技能等级认定，理论和实操都要考，正规评价机构没有“包过”一说。说包过的多半是中介，甚至是山寨机构。</p>", 128),
        ("滨城评价-客服", "2025-10-12", True, "<p>本机构不承诺通过率，也没有委托任何中介“包过”。考前可以参加自愿的培训，但是否通过取决于考试成绩。</p>", 64),
        ("路过的标注员", "2025-10-14", False, "<p>我去年考的四级，实操是在平台上做图像框选和文本分类，认真练两周问题不大，但确实有人没过。</p>", 31),
    ]
    add("/news/wenda/rgzn-baoguo.html", qa("人工智能训练师能包过吗？", "人工智能训练师能包过吗？网上很多说签约包过、不过退费的，靠谱吗？",
                                           ans, "问答"), page_type="qa_forum",
        note="Q&A where the question asks about 包过 and all answers deny it; no offer",
        phenomena=["question_claim", "negated_claim", "reported_claim"])

    # ---------------------------------------------------------------- Q&A with one offering answer
    ans = [
        ("济南数据标注员", "2025-09-03", False, "<p>二级要综合评审，要写技术总结或论文。你的条件（三级满4年）是够的，关键是单位要开工作年限证明。</p>", 45),
        ("鲁信评价合作报名点-小王", "2025-09-04", True,
         """<p>您好，您的条件符合二级/技师申报要求（取得三级证书后满4年）。我们这边技师班是评价加辅导一起，一共3980元，
包含综合评审论文指导。考核由山东鲁信职业技能评价有限公司组织理论知识考试、操作技能考核和综合评审，合格后颁发二级证书。</p>
<p>下一期11月开班，需要的话加我微信 luxin_xw 或打 0531-8692 1180 报名，报名时带三级证书原件和工作年限证明。</p>""", 12),
        ("谨慎点", "2025-09-05", False, "<p>提醒楼主：网上那种“免考直接拿技师证”的千万别信，我同事花了8800什么都没拿到。</p>", 77),
    ]
    add("/news/wenda/rgzn-jishi.html", qa("三级证书满4年，怎么报技师？", "我有人工智能训练师三级证书，已经满4年了，想报二级技师，怎么报？多少钱？",
                                          ans, "问答"), page_type="offer",
        note="Q&A: the second answer (agency partner) offers 二级 for 3980 with a recognized in-scope issuer; third answer's 免考/8800 is a warning, not part of the ad",
        phenomena=["reply_offer", "soft_ad", "honest_offer", "long_issuer_span", "level_names", "negated_claim", "question_claim"],
        offer={"issuers": [rec("山东鲁信职业技能评价有限公司", "HC10")], "levels": [2], "fee": fee(3980),
               "flags": [], "optional": ["EXCESSIVE_FEE"]})
