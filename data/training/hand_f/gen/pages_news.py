"""A regional news portal (/news/): reports, a soft-ad advertorial, a topic page."""
from common import page, doc, offer, other, rec, look, paras, stat

CSS = """<link rel="stylesheet" href="//static.xgcw.com.cn/css/news_v3.css">
<style>
body{margin:0;font:16px/1.75 -apple-system,"PingFang SC","Microsoft YaHei";color:#191919}
.topnav{background:#c40000;height:40px}.topnav a{color:#fff;line-height:40px;padding:0 14px;font-size:14px;text-decoration:none}
.logo{max-width:1060px;margin:0 auto;padding:14px 0;font:bold 32px "STKaiti","KaiTi";color:#c40000}
.wrap{max-width:1060px;margin:0 auto;display:grid;grid-template-columns:1fr 300px;gap:30px}
h1.title{font-size:28px;line-height:1.4;margin:10px 0}
.info{color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:10px}
.content p{margin:1em 0}.content blockquote{border-left:3px solid #ccc;color:#555;margin:0;padding:0 12px}
.side h3{border-left:4px solid #c40000;padding-left:8px;font-size:16px}.side li{font-size:14px}
.adbox{border:1px solid #eee;padding:8px;font-size:12px;color:#999}
.editor{color:#999;font-size:13px;text-align:right}
.foot{background:#f5f5f5;text-align:center;color:#888;font-size:12px;padding:20px;margin-top:30px;line-height:2}
#cookie{position:fixed;bottom:0;left:0;right:0;background:rgba(0,0,0,.8);color:#fff;font-size:13px;padding:10px;text-align:center}
</style>"""

HOT = [("/news/shehui/2025-06/19/c_88231.html", "花1.98万买“一级人工智能训练师”？西安警方破获一起“山寨证书”案"),
       ("/news/jiaoyu/2025-09/02/c_90412.html", "“考证包落户、送人才公寓”？海口多名求职者被骗"),
       ("/news/keji/2025-11/11/c_93310.html", "昆明数据标注产业调查：人工智能训练师缺口有多大"),
       ("/news/jiaoyu/2025-10/15/c_91520.html", "AI时代的“新蓝领”：一名人工智能训练师的成长之路"),
       ("/news/zt/rgznxls.html", "专题：人工智能训练师那些事")]


def shell(title, inner, head_extra="", side=True):
    hot = "\n".join(f'<li><a href="{h}?from=hot">{t}</a></li>' for h, t in HOT)
    sidebar = f"""<aside class="side"><h3>热点排行</h3><ol>{hot}</ol>
<div class="adbox">广告<br><a href="http://ad.xgcw.com.cn/c?adid=8812" rel="nofollow" target="_blank"><img src="//static.xgcw.com.cn/ad/300x250_car.jpg" alt="新车上市"></a></div></aside>""" if side else ""
    body = f"""<div class="topnav"><a href="/news/index.html">首页</a><a href="/news/index.html?ch=shehui">社会</a><a href="/news/index.html?ch=jiaoyu">教育</a><a href="/news/index.html?ch=keji">科技</a><a href="/news/zt/rgznxls.html">专题</a><a href="/index.html">导航</a></div>
<div class="logo">新观察网</div>
<div class="wrap"><main>{inner}</main>{sidebar}</div>
<div class="foot">新观察网 版权所有　互联网新闻信息服务许可证编号：61120190008　陕ICP备13004512号-2<br>违法和不良信息举报电话：029-87654321　举报邮箱：jubao@xgcw.com.cn</div>
<div id="cookie">本网站使用Cookie以改善浏览体验。继续浏览即表示您同意我们的 <a href="/news/index.html#privacy" style="color:#fc0">隐私政策</a>。<button onclick="this.parentNode.style.display='none'">知道了</button></div>
{stat("77c1e0a9d2b84f3a9e5c1b0d6a2f4e81")}"""
    return doc(f"{title}_新观察网", body, CSS + head_extra)


def art(title, date, src, author, paras_html, head_extra=""):
    return shell(title, f"""<h1 class="title">{title}</h1>
<div class="info">{date}　来源：{src}　记者 {author}</div>
<div class="content">{paras_html}</div>
<p class="editor">责任编辑：王璐</p>""", head_extra)


def build():
    lis = "\n".join(f'<li><a href="{h}">{t}</a></li>' for h, t in HOT)
    page("/news/index.html", shell("首页", f"<h2>要闻</h2><ul>{lis}</ul><h2>本地</h2><p>西安地铁15号线一期预计年内开通；沈阳浑河两岸夜景提升工程完工……</p>"),
         other("other", "news portal home", ["other"]))

    p = paras(
        "本报讯　只需交1.98万元，不用考试、本人无需到场，45天就能拿到“一级人工智能训练师”证书，还能在“国家官网”查到——近日，西安市公安局雁塔分局破获一起制售“山寨”职业技能证书案，抓获犯罪嫌疑人4名。",
        "据办案民警介绍，犯罪嫌疑人注册了“陕西长安数字职业技能评价有限公司”，与我市一家正规备案的评价机构“陕西长安数字技能评价有限公司”仅一词之差。他们在短视频平台投放广告，宣称“人社部颁发，国家职业资格证书，全国通用”“二级至一级，零基础可报”“签约包过，不过全额退款”。",
        "受害人缴费后，会收到一个查询网址“sx-jnzs-cx.cn”，输入身份证号即可查到“证书信息”。“这个网站是嫌疑人自己搭建的，页面模仿了官方查询系统。”民警说。",
        "截至案发，已有200余人受骗，涉案金额300余万元。",
        "<blockquote>西安市人社局提醒：人工智能训练师证书由备案评价机构考核后颁发，人社部不直接颁发，也不是国家职业资格证书。一级/高级技师须取得二级证书后工作满4年，不存在零基础速成。证书请在 jndj.osta.org.cn 查询。</blockquote>",
    )
    page("/news/shehui/2025-06/19/c_88231.html", art("花1.98万买“一级人工智能训练师”？西安警方破获一起“山寨证书”案", "2025-06-19 07:32", "新观察网", "赵明", p),
         other("article", "crime report quoting the scam's claims (1.98万, 免考, 人社部颁发, 包过, fake query domain, lookalike name); no offer",
               ["reported_claim", "unofficial_query_site", "warning", "level_range"]))

    p = paras(
        "“交12800元，考个人工智能训练师高级工证书，就能落户海南，还能申请人才公寓。”今年6月，在海口求职的小周被这样一条广告吸引。",
        "小周告诉记者，对方自称“海南自贸港人才服务中心”的工作人员，承诺“证书全国通用，不过全额退款”。缴费后，对方迟迟不安排考试，只发来一个“海南人才网证书查询”链接（hnrc-cx.net），此后便失联。",
        "海南省人社厅人才服务处工作人员表示，海南没有“凭证书即可落户”“证书换人才公寓”的政策，技能人才落户须在我省全职工作并连续缴纳社保。“凡是把证书和落户、公寓直接挂钩的广告，基本都是骗局。”",
        "记者查询发现，广告中提到的“海南自贸港数字技能评价中心”虽曾备案，但目前已被暂停认定资格。",
    )
    page("/news/jiaoyu/2025-09/02/c_90412.html", art("“考证包落户、送人才公寓”？海口多名求职者被骗", "2025-09-02 10:15", "新观察网", "林晓", p),
         other("article", "news report of a 落户/人才公寓 bait scam (quotes price 12800, 不过全额退款, fake query domain); no offer",
               ["reported_claim", "unofficial_query_site", "warning"]))

    p = paras(
        "在昆明经开区的一栋写字楼里，200多名数据标注员正在为自动驾驶图像逐帧画框。云南滇池数字技能评价有限公司的负责人介绍，2025年全省约有3000人参加人工智能训练师认定。",
        "招聘平台数据显示，昆明数据标注员月薪多在3500—6000元，具备算法测试经验的人工智能训练师（三级/高级工以上）月薪可达8000—12000元。",
        "业内人士表示，企业更看重实际项目经验，证书是加分项而非“敲门砖”。云南省人社厅已将人工智能训练师列入急需紧缺职业目录，持证参保职工可申领技能提升补贴，三级最高2600元。",
        "“有些机构宣传拿证就能月入过万，这是夸大其词。”一位HR说。",
    )
    page("/news/keji/2025-11/11/c_93310.html", art("昆明数据标注产业调查：人工智能训练师缺口有多大", "2025-11-11 09:02", "新观察网", "李然", p),
         other("article", "industry news with salary ranges and a subsidy figure; no offer", ["salary", "subsidy_amount", "level_names"]))

    # soft ad (offer)
    p = paras(
        "凌晨的昆明，28岁的杨帆还在调试一个语音识别模型的测试集。三年前，他还是一名快递员。",
        "“转机是2023年考下的人工智能训练师四级证书。”杨帆说，他当时参加的是云南省人工智能产业协会职业技能等级认定中心组织的培训和认定，“理论加实操，考了两次才过。”",
        "如今，杨帆已是一家数据公司的标注组长，月薪7500元。",
        "记者了解到，该认定中心2025年冬季班现已开放报名，四级/中级工培训及认定费用合计1580元，面向具有1年以上相关工作经历或已持五级证书的学员，周末授课，共8周。证书由该中心颁发，可在人社部职业技能等级证书查询系统查询。",
        "报名咨询：0871-65510288（工作日9:00-17:30），或关注公众号“云南AI产业协会”回复“训练师”。",
        "<small>（本文为合作推广内容）</small>",
    )
    page("/news/jiaoyu/2025-10/15/c_91520.html", art("AI时代的“新蓝领”：一名人工智能训练师的成长之路", "2025-10-15 14:40", "新观察网", "周静", p),
         offer(issuers=[rec("HF12")], levels=[4], fee=(1580, 1580),
               note="advertorial: a profile story that ends with an enrolment offer; salary 7500 is not a fee",
               phen=["soft_ad", "honest_offer", "salary", "role_issuer", "level_names"]))

    # topic page
    items = "\n".join(f'<li><a href="{h}">{t}</a><p class="sum">……</p></li>' for h, t in HOT[:4])
    items += '\n<li><a href="/ln-rst/zwgk/tzgg/202506/t20250611_4702.html">辽宁省人社厅：警惕“职业技能等级证书”网络诈骗</a></li>'
    items += '\n<li><a href="/xa-hrss/xwzx/gzdt/20250520/a1093.html">西安人社：一文读懂人工智能训练师国家职业技能标准</a></li>'
    page("/news/zt/rgznxls.html", shell("专题：人工智能训练师那些事", f"<h1 class=\"title\">专题：人工智能训练师那些事</h1><ul class=\"ztlist\">{items}</ul>"),
         other("other", "news topic page listing articles (not offers)", ["list_page", "tracking_params"]))
