"""华中资讯网 /zx/: an SEO content farm (keyword stuffing, a big5 mirror, a GBK page, one soft ad)."""
from common import Page, a, esc, fee
from site_top import MP

# simplified -> traditional pairs for the characters used in the mirrored article
_S = ("们证书怎么考过吗户贴补多少试真师训练汉师认证职业专门员数据标进测这个问题说实话经费规级个别机构发宣传说这类"
      "请认准备案单位网页还会门应该领条件参险满续缴纳按规定申请审核为准对于历来讲报时间现在关"
      "题热门还没线实际样广告颁发国务权动态导读责编辑阅读览热搜语关联键页站东长郑州")
_T = ("們證書怎麼考過嗎戶貼補多少試真師訓練漢師認證職業專門員數據標進測這個問題說實話經費規級個別機構發宣傳說這類"
      "請認準備案單位網頁還會門應該領條件參險滿續繳納按規定申請審核為準對於歷來講報時間現在關"
      "題熱門還沒線實際樣廣告頒發國務權動態導讀責編輯閱讀覽熱搜語關聯鍵頁站東長鄭州")
_MAP = {}
for s_, t_ in zip(_S, _T):
    if s_ != t_:
        _MAP[s_] = t_
_MAP.update({"这": "這", "样": "樣", "实": "實", "际": "際", "岗": "崗", "动": "動", "态": "態", "为": "為",
             "与": "與", "们": "們", "会": "會", "发": "發", "里": "裡", "后": "後", "无": "無", "须": "須",
             "从": "從", "标": "標", "准": "準", "间": "間", "题": "題", "热": "熱", "询": "詢", "查": "查",
             "项": "項", "目": "目", "录": "錄", "线": "線", "优": "優", "质": "質", "层": "層", "见": "見",
             "谨": "謹", "防": "防", "骗": "騙", "读": "讀", "选": "選", "择": "擇", "该": "該", "断": "斷",
             "坚": "堅", "决": "決", "贵": "貴", "讯": "訊", "华": "華", "问": "問", "种": "種", "类": "類",
             "内": "內", "闻": "聞", "汇": "匯", "总": "總", "网": "網", "经": "經", "济": "濟", "龄": "齡",
             "间": "間", "还": "還", "没": "沒", "钱": "錢", "费": "費", "么": "麼", "吗": "嗎", "过": "過",
             "户": "戶", "贴": "貼", "补": "補", "试": "試", "书": "書", "证": "證", "师": "師", "训": "訓",
             "练": "練", "认": "認", "职": "職", "业": "業", "门": "門", "员": "員", "数": "數", "据": "據",
             "测": "測", "说": "說", "话": "話", "规": "規", "级": "級", "个": "個", "别": "別", "机": "機",
             "构": "構", "宣": "宣", "传": "傳", "请": "請", "备": "備", "单": "單", "页": "頁", "领": "領",
             "条": "條", "参": "參", "险": "險", "满": "滿", "续": "續", "缴": "繳", "纳": "納", "审": "審",
             "核": "核", "对": "對", "历": "歷", "讲": "講", "报": "報", "现": "現", "关": "關", "广": "廣",
             "颁": "頒", "国": "國", "务": "務", "权": "權", "导": "導", "责": "責", "编": "編", "辑": "輯",
             "阅": "閱", "览": "覽", "搜": "搜", "语": "語", "联": "聯", "键": "鍵", "东": "東", "长": "長",
             "郑": "鄭", "汉": "漢", "专": "專", "码": "碼", "办": "辦", "结": "結", "论": "論", "体": "體",
             "简": "簡", "繁": "繁", "载": "載", "来": "來", "源": "源", "时": "時", "们": "們", "当": "當",
             "属": "屬", "资": "資", "格": "格", "术": "術", "层": "層", "头": "頭", "条": "條", "区": "區",
             "湾": "灣", "虑": "慮", "确": "確", "万": "萬", "亿": "億", "两": "兩", "节": "節", "讨": "討",
             "众": "眾", "号": "號", "评": "評", "价": "價", "场": "場", "获": "獲", "难": "難", "学": "學",
             "习": "習", "让": "讓", "给": "給", "钟": "鐘", "钟": "鐘", "计": "計", "划": "劃", "紧": "緊",
             "缺": "缺", "状": "狀", "务": "務", "组": "組", "织": "織", "实": "實", "施": "施", "统": "統"})


def to_trad(s):
    return "".join(_MAP.get(ch, ch) for ch in s)


def farm(title, body, *, kw, canonical=None, charset="utf-8", alt_lang=None, hidden=""):
    meta = f'<meta charset="{charset}">' if charset == "utf-8" else \
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    canon = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    alt = f'<link rel="alternate" hreflang="zh-Hant" href="{alt_lang}">' if alt_lang else ""
    return f"""<!DOCTYPE html>
<html><head>{meta}<title>{title}</title>
<meta name="keywords" content="{esc(kw)}"><meta name="description" content="{esc(title)}">{canon}{alt}
<style>body{{font:14px/1.9 "Microsoft YaHei";margin:0;background:#fff}}.w{{width:960px;margin:0 auto}}
.hd{{border-bottom:3px solid #0a5ca8;padding:10px 0}}.hd a{{margin-right:14px;color:#0a5ca8}}.art{{float:left;width:680px}}
.sd{{float:right;width:250px;font-size:13px}}.ft{{clear:both;border-top:1px solid #ddd;color:#999;font-size:12px;padding:10px 0}}
.kw{{position:absolute;left:-9999px;top:-9999px}}</style></head><body><div class="w">
<div class="hd"><b style="font-size:22px;color:#0a5ca8">华中资讯网</b> <a href="/zx/">首页</a><a href="/zx/tag/rgznxls.html">人工智能训练师</a>
<a href="/zx/?cid=3">考证</a><a href="/zx/?cid=5">招聘</a><a href="/zx/?cid=7">本地</a></div>
<div class="art">{body}</div>
<div class="sd"><h4>热门阅读</h4><ul>
<li>{a("/zx/2026/0203/31877.html", "武汉人工智能训练师证书怎么考")}</li>
<li>{a("/zx/2026/0211/32015.html", "郑州人工智能训练师报名入口")}</li>
<li>{a("/zx/2026/0115/30662.html", "长沙人工智能训练师考试时间")}</li>
<li>{a("/zx/2026/0220/32188.html", "武汉人工智能训练师三级报名")}</li></ul>
<h4>友情链接</h4><p>{a("/peixun/", "职培汇")} {a("/top/", "优选排行网")} {a("/index.html", "华中职教导航")}</p></div>
<div class="ft">本站部分内容来源于网络，如有侵权请联系删除。© 2026 华中资讯网 湘ICP备2024009931号</div></div>
{hidden}</body></html>
"""


HID = ('<div class="kw">人工智能训练师包过 人工智能训练师落户 人工智能训练师补贴 人工智能训练师免考 AI训练师证书 '
       '人工智能训练师报名入口 人工智能训练师官网 人工智能训练师多少钱 人工智能训练师考试时间 人工智能训练师包过班</div>')

ART_31877 = """<h1>武汉人工智能训练师证书怎么考？能包过吗？能落户吗？补贴多少？免考是真的吗？【2026最新】</h1>
<p class="meta">来源：华中资讯网 时间：2026-02-03 阅读：8931</p>
<p>导读：武汉人工智能训练师证书怎么考？武汉人工智能训练师能包过吗？武汉人工智能训练师能落户吗？武汉人工智能训练师补贴多少？
武汉人工智能训练师免考是真的吗？下面小编为大家整理了武汉人工智能训练师证书的相关问题，希望对大家有所帮助。</p>
<h2>一、武汉人工智能训练师证书怎么考</h2>
<p>人工智能训练师是人社部认证的新职业，人工智能训练师证书分为五个等级。武汉人工智能训练师证书要通过理论考试和实操考试，
两门都达到60分才能拿证。武汉人工智能训练师证书怎么考，要先找备案的评价机构报名。</p>
<h2>二、武汉人工智能训练师能包过吗</h2>
<p>很多人问武汉人工智能训练师能包过吗，说实话，人工智能训练师考试没有包过这一说，宣传包过的机构请谨慎。
人工智能训练师包过、人工智能训练师包过班这类说法都是广告。</p>
<h2>三、武汉人工智能训练师能落户吗</h2>
<p>武汉人工智能训练师能落户吗？人工智能训练师证书可以作为技能人才积分的条件之一，但落户还要看社保、学历等多个条件，
不是有证书就能落户。</p>
<h2>四、武汉人工智能训练师补贴多少</h2>
<p>武汉人工智能训练师补贴多少？按规定，五级补贴最高1000元，四级最高1500元，三级最高2000元。申请补贴要满足条件。
参加失业保险满1年以上，并且按规定申请，以人社部门审核为准。</p>
<h2>五、武汉人工智能训练师免考是真的吗</h2>
<p>武汉人工智能训练师免考是真的吗？不是真的。人工智能训练师证书必须考试，免考、直接拿证都是骗局，请认准备案单位。</p>
<p>以上就是武汉人工智能训练师证书怎么考、能包过吗、能落户吗、补贴多少、免考是真的吗的全部内容，更多武汉人工智能训练师资讯请关注华中资讯网。</p>
<p>责任编辑：小华</p>"""


def farm_home():
    body = f"""<h2>最新资讯</h2><ul>
<li>{a("/zx/2026/0220/32188.html?from=zx_home", "2026武汉人工智能训练师三级报名正在进行")} 02-20</li>
<li>{a("/zx/2026/0211/32015.html?from=zx_home", "郑州人工智能训练师报名入口官网2026")} 02-11</li>
<li>{a("/zx/2026/0203/31877.html?from=zx_home", "武汉人工智能训练师证书怎么考？能包过吗？")} 02-03</li>
<li>{a("/zx/2026/0115/30662.html?from=zx_home", "长沙人工智能训练师考试时间2026及报考条件")} 01-15</li>
<li>{a("/zx/2025/1201/29001.html", "2025年12月人工智能训练师考试安排（已删除）")} 12-01</li></ul>
<p>{a("/zx/big5/2026/0203/31877.html", "繁體版")} | {a("/zx/tag/rgznxls.html?from=zx_home", "人工智能训练师专题")}</p>"""
    html = farm("华中资讯网 - 湖北湖南河南本地资讯_考证_招聘", body, kw="华中资讯,武汉资讯,长沙资讯,郑州资讯,考证", canonical="/zx/")
    return Page("/zx/index.html", html, page_type="other", kind="farm-home",
                note="content-farm home: article titles only; links one deleted article (404)",
                phenomena=["other", "tracking_params"])


def farm_31877():
    html = farm("武汉人工智能训练师证书怎么考？能包过吗？能落户吗？补贴多少？免考是真的吗？-华中资讯网",
                ART_31877 + '<p>' + a("/zx/big5/2026/0203/31877.html", "切換繁體") + "</p>",
                kw="武汉人工智能训练师,人工智能训练师包过,人工智能训练师落户,人工智能训练师补贴,人工智能训练师免考",
                canonical="/zx/2026/0203/31877.html", alt_lang="/zx/big5/2026/0203/31877.html", hidden=HID)
    return Page("/zx/2026/0203/31877.html", html, page_type="article", kind="seo-farm",
                note="keyword-stuffed SEO article (包过/落户/补贴/免考 in every heading plus a hidden keyword block); "
                     "denies 包过/免考; subsidy maxima with conditions; sells nothing",
                phenomena=["question_claim", "negated_claim", "subsidy_amount", "cross_sentence_condition",
                           "boilerplate_body", "canonical_ok", "tracking_params"])


def farm_big5():
    body = to_trad(ART_31877).replace("华中资讯网", "華中資訊網") + "<p>" + a("/zx/2026/0203/31877.html", "切换简体") + "</p>"
    html = farm(to_trad("武汉人工智能训练师证书怎么考？能包过吗？能落户吗？补贴多少？免考是真的吗？") + "-華中資訊網", body,
                kw=to_trad("武汉人工智能训练师,人工智能训练师包过,人工智能训练师落户"),
                canonical="/zx/2026/0203/31877.html").replace('<html>', '<html lang="zh-Hant">', 1)
    return Page("/zx/big5/2026/0203/31877.html", html, page_type="article", kind="seo-farm-big5",
                note="traditional-script mirror of /zx/2026/0203/31877.html (canonical to it); sells nothing",
                phenomena=["mirror", "traditional_script", "canonical_ok", "negated_claim", "question_claim"])


def farm_32015():
    body = """<h1>郑州人工智能训练师报名入口官网2026（附报名流程）</h1>
<p class="meta">来源：网络 时间：2026-02-11</p>
<p>郑州人工智能训练师报名入口官网在哪里？郑州人工智能训练师报名入口官网2026已开通。很多考生搜索郑州人工智能训练师报名入口、
郑州人工智能训练师官网、郑州人工智能训练师报名时间、郑州人工智能训练师免考、郑州人工智能训练师包过。</p>
<p>其实人工智能训练师并没有统一的“报名官网”，考生需要向经备案的评价机构报名，评价机构名单可在河南省人社厅网站查询。</p>
<h2>报名流程</h2><p>1. 选择评价机构；2. 提交申报材料；3. 资格审核；4. 参加理论知识考试和操作技能考核；5. 成绩合格领取证书。</p>
<h2>注意事项</h2><p>网上所谓“郑州人工智能训练师免考”“郑州人工智能训练师包过”“交钱落户”的说法不可信。证书可在
<a href="https://zscx.osta.org.cn/" rel="nofollow">技能人才评价证书全国联网查询</a>查询，其他自称“全国查询中心”的网站不要轻信。</p>
<p>郑州人工智能训练师报名入口官网2026的内容就介绍到这里。</p>"""
    html = farm("郑州人工智能训练师报名入口官网2026_郑州人工智能训练师免考包过-华中资讯网", body,
                kw="郑州人工智能训练师报名入口,郑州人工智能训练师官网,郑州人工智能训练师免考,郑州人工智能训练师包过",
                canonical=MP["F"], hidden=HID.replace("人工智能训练师", "郑州人工智能训练师"))
    return Page("/zx/2026/0211/32015.html", html, page_type="article", kind="seo-farm",
                note="keyword farm page whose rel=canonical points to a different page (a WeChat explainer); "
                     "warns against 免考/包过/fake query sites; no offer",
                phenomena=["canonical_evasion", "negated_claim", "warning"])


def farm_30662():
    body = """<h1>长沙人工智能训练师考试时间2026及报考条件、费用一览</h1>
<p class="meta">来源：华中资讯网 时间：2026-01-15</p>
<p>长沙人工智能训练师考试时间2026是什么时候？长沙人工智能训练师考试一般每季度组织一次，具体时间由各评价机构安排。</p>
<h2>报考条件</h2><p>五级：累计从事本职业或相关职业工作1年及以上，或本职业学徒期满。四级：取得五级证书后工作满4年，或工作满6年等。
一级、二级需要多年工作经验，不存在零基础直接报考高级技师的情况。</p>
<h2>费用多少</h2><p>长沙人工智能训练师费用多少？据记者了解，长沙市场上五级、四级培训费一般在1000元至3000元不等，
二级以上更高，少数机构报价上万元，考生要谨慎选择。</p>
<h2>补贴</h2><p>取证后符合条件的可申领技能提升补贴，湖南省执行国家标准。</p>
<p>长沙人工智能训练师考试时间2026、报考条件、费用的内容就到这里，更多内容请关注本站。</p>"""
    html = farm("长沙人工智能训练师考试时间2026_报考条件_费用多少-华中资讯网", body,
                kw="长沙人工智能训练师考试时间,长沙人工智能训练师报考条件,长沙人工智能训练师费用",
                canonical="/zx/2026/0115/30662.html", charset="gbk").replace("©", "(C)")
    return Page("/zx/2026/0115/30662.html", html, page_type="article", kind="seo-farm", encoding="gbk",
                note="GBK SEO article; a market price range 1000-3000 is reported, not asked; no offer",
                phenomena=["gbk", "reported_claim", "negated_claim"])


def farm_32188():
    body = """<h1>2026武汉人工智能训练师三级报名正在进行（包过班、积分落户）</h1>
<p class="meta">来源：华中资讯网 时间：2026-02-20 阅读：5120</p>
<p>武汉人工智能训练师三级报名、武汉人工智能训练师包过班、武汉人工智能训练师积分落户，是近期考生最关心的问题。
人工智能训练师属于新职业，三级即高级工，持证人员在武汉可享受技能人才相关政策。</p>
<p>武汉人工智能训练师三级报名需要什么条件？一般要求取得四级证书并有相应工作年限，或者大专以上相关专业。</p>
<p>武汉人工智能训练师三级好考吗？理论和实操都要60分以上，跟着机构系统学习通过率较高。</p>
<div style="border:2px solid #e60012;padding:10px;margin:14px 0;background:#fff8f8">
<p><b>【2026春季班报名咨询】</b></p>
<p>人工智能训练师三级（高级工）学费3280元，签约包过，一次不过全额退款。</p>
<p>持证可用于武汉积分落户，还可申领技能补贴。</p>
<p>报名请联系：李老师 159-2711-8452（微信同号），报名截止3月10日。</p></div>
<p>以上就是武汉人工智能训练师三级报名的相关信息。</p>"""
    html = farm("2026武汉人工智能训练师三级报名_包过班_积分落户-华中资讯网", body,
                kw="武汉人工智能训练师三级报名,武汉人工智能训练师包过班,人工智能训练师积分落户,人工智能训练师补贴",
                canonical="/zx/2026/0220/32188.html", hidden=HID)
    return Page("/zx/2026/0220/32188.html", html, page_type="offer", kind="seo-farm-softad",
                note="SEO article ending in a boxed soft ad: 三级 3280, 签约包过, 积分落户; no issuer named",
                phenomena=["soft_ad", "level_names", "tracking_params"],
                offer={"issuers": [], "levels": [3], "fee_cny": fee(3280),
                       "flags": ["GUARANTEED_PASS", "BENEFIT_BAIT", "MISSING_ISSUER"],
                       "optional_flags": ["EXCESSIVE_FEE"], "suspicious": False})


def farm_tag():
    body = f"""<h1>人工智能训练师专题</h1><p>汇集人工智能训练师报名、考试、费用、补贴等最新资讯。</p>
<div><h3>{a("/zx/2026/0220/32188.html?from=tag", "2026武汉人工智能训练师三级报名正在进行")}</h3>
<p>人工智能训练师三级（高级工）学费3280元，签约包过，持证可用于武汉积分落户……</p></div>
<div><h3>{a("/zx/2026/0211/32015.html?from=tag", "郑州人工智能训练师报名入口官网2026")}</h3><p>人工智能训练师并没有统一的报名官网……</p></div>
<div><h3>{a("/zx/2026/0203/31877.html?from=tag#h2", "武汉人工智能训练师证书怎么考？能包过吗？")}</h3><p>五级补贴最高1000元……</p></div>
<div><h3>{a("/peixun/course/10252.html?from=zx_tag", "【推广】人工智能训练师证书快速办理 可积分入户")}</h3><p>人社部颁发，免考试，本人无需到场……</p></div>
<div><h3>{a(MP["C"] + "?scene=21#wechat_redirect", "【推广】郑州AI训练师四级 合计2980元")}</h3><p>全国通用，官网可查……</p></div>"""
    html = farm("人工智能训练师专题_人工智能训练师报名_费用_补贴-华中资讯网", body,
                kw="人工智能训练师专题,人工智能训练师报名,人工智能训练师费用", canonical="/zx/tag/rgznxls.html")
    return Page("/zx/tag/rgznxls.html", html, page_type="offer_list", kind="farm-topic",
                note="farm topic page: snippets of its soft ad and two promoted ads with prices/免考/包过; no own offer",
                phenomena=["list_page", "aggregator", "tracking_params", "canonical_ok"])


def pages():
    return [farm_home(), farm_31877(), farm_big5(), farm_32015(), farm_30662(), farm_32188(), farm_tag()]
