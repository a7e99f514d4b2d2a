"""WeChat 公众号-style articles /mp/s/ and an account history page /mp/profile/."""
from common import Page, a, esc, rec, unrec, fee, name_of
from site_top import MP


def mp(title, account, date, ip, content, *, comments=(), digest="", original=True, ct="1707913860"):
    cm = ""
    if comments:
        rows = []
        for who, text, reply in comments:
            r = f'<div class="reply"><span class="author">作者</span>{reply}</div>' if reply else ""
            rows.append(f'<li class="discuss_item"><div class="nickname">{who}</div><div class="discuss_message">{text}</div>{r}</li>')
        cm = '<div class="discuss_container" id="js_cmt_area"><div class="discuss_title">精选留言</div><ul>' + "".join(rows) + "</ul></div>"
    tag = '<span class="rich_media_meta rich_media_meta_text" id="copyright_logo">原创</span>' if original else ""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<title>{title}</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:type" content="article">
<meta property="og:description" content="{esc(digest)}"><meta property="og:site_name" content="微信公众平台">
<meta property="twitter:card" content="summary">
<style>body{{margin:0;background:#fff;font:17px/1.75 -apple-system,"PingFang SC",sans-serif;color:rgba(0,0,0,.9)}}
.rich_media_area_primary{{max-width:677px;margin:0 auto;padding:20px 16px}}.rich_media_title{{font-size:22px;line-height:1.4}}
#meta_content{{font-size:15px;color:rgba(0,0,0,.5)}}#js_name{{color:#576b95}}.discuss_container{{max-width:677px;margin:20px auto;font-size:15px}}
.discuss_item{{list-style:none;border-top:1px solid #eee;padding:10px 0}}.nickname{{color:#576b95}}.reply{{color:#666;padding-left:14px}}
.author{{background:#eee;font-size:12px;padding:0 4px;margin-right:6px}}section{{margin:0 0 16px}}</style>
</head><body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_area_primary"><div id="js_article" class="rich_media">
<h1 class="rich_media_title" id="activity-name">{title}</h1>
<div id="meta_content" class="rich_media_meta_list">{tag}
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{account}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{date}</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于<span id="js_ip_wording">{ip}</span></em></div>
<div class="rich_media_content js_underline_content" id="js_content">
{content}
</div>
<div class="rich_media_tool" id="js_toobar3"><a href="javascript:void(0);">阅读 2.1万</a> <a href="javascript:void(0);">赞</a> <a href="javascript:void(0);">在看</a></div>
</div></div>
{cm}
<div style="max-width:677px;margin:10px auto;font-size:13px">{a(MP["profile"] + "?scene=124#wechat_redirect", "查看公众号更多文章")}</div>
<script>var msg_title = '{title.replace("'", "")}'.html(false); var msg_desc = "{esc(digest)}"; var ct = "{ct}";
var nickname = "{account}"; var user_name = "gh_3f9a27c1e0d4"; var biz = "MzkzNjE4MDQyMg==";</script>
</body></html>
"""


def art_a():
    content = """<section><p>最近后台很多朋友问：AI训练师到底是干什么的？在武汉好不好找工作？怎么考证？今天一次讲清楚。</p></section>
<section><h2>01 人工智能训练师是什么</h2><p>人工智能训练师（职业编码4-04-05-05）是2020年人社部、市场监管总局、国家统计局联合发布的新职业，
下设数据标注员、人工智能算法测试员两个工种。简单说，就是“教AI学习”的人：采集清洗数据、做标注、测算法、给模型反馈。</p></section>
<section><h2>02 在武汉的就业情况</h2><p>光谷聚集了大量智能驾驶、大模型和智能客服企业，标注、质检、测试岗位需求持续增加。
入门岗位月薪大多在四五千元，做到质检组长、算法测试后会明显提高。</p></section>
<section><h2>03 证书有五个等级</h2><p>五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师。职业技能等级证书由经备案的评价机构颁发，
可在技能人才评价证书全国联网查询平台查到。它不是国家职业资格证书，也不是职称证书。</p></section>
<section><h2>04 报考条件</h2><p>四级：取得五级证书后从事本职业满4年，或累计工作满6年，或技工院校相关专业毕业等；
三级：取得四级证书后工作满5年，或大专以上相关专业毕业且取得四级证书后工作满2年等。</p></section>
<section><h2>05 怎么考</h2><p>理论知识考试+操作技能考核，均为百分制，60分合格。实操一般在电脑上完成标注、清洗、质检等任务。</p></section>
<section style="background:#f7f9fc;padding:12px;border-left:4px solid #2f7cf6">
<p><b>【光谷AI人才训练营 · 春季班招生】</b></p>
<p>开设人工智能训练师四级、三级认定培训：四级1880元，三级2580元（均含培训费和认定费）。</p>
<p>评价机构：湖北省人工智能产业协会（已备案人工智能训练师三至五级）。</p>
<p>符合条件的学员取证后可按规定申请技能提升补贴，以人社部门审核为准。</p>
<p>报名咨询：微信 gg-ai-2026，电话 027-8777 6016，地址：武汉市东湖高新区光谷软件园E3栋。</p></section>"""
    html = mp("在武汉做AI训练师，到底要不要考证？一篇讲清楚", "光谷AI人才", "2026-02-14 20:31", "湖北", content,
              digest="人工智能训练师是什么、怎么考、考哪级", comments=[
                  ("小鹿", "能包过吗？", "不包过哦，考试由评价机构组织，我们负责把你教会、带你多练实操。"),
                  ("Kevin", "五级有吗？", "本期五级不开班，五级可以关注4月的班。"),
                  ("阿May", "补贴能领多少？", "按规定三级最高2000元，但要交满一年失业保险，以人社审核为准。")])
    return Page(MP["A"], html, page_type="offer", kind="wechat-softad",
                note="long explainer ending in an honest soft ad (HE18, 1880/2580); comment 能包过吗 answered 不包过; "
                     "conditional subsidy (optional BENEFIT_BAIT)",
                phenomena=["soft_ad", "honest_offer", "question_claim", "negated_claim", "open_graph", "level_range",
                           "cross_sentence_condition", "tracking_params"],
                offer={"issuers": [rec(name_of("HE18"), "HE18")], "levels": [4, 3], "fee_cny": fee(1880, 2580),
                       "flags": [], "optional_flags": ["BENEFIT_BAIT"], "suspicious": False})


def art_b():
    content = """<section><p>长沙人才新政出台后，越来越多年轻人开始关注技能人才积分。今天给大家介绍一张“性价比超高”的证书——人工智能训练师。</p></section>
<section><h2>为什么是人工智能训练师？</h2><p>AI是未来十年最确定的赛道，人工智能训练师更是国家紧缺职业。持证后：</p>
<p>✔ 可用于长沙积分落户，孩子上学不用愁；</p><p>✔ 可领取最高2000元技能补贴，相当于免费考证；</p><p>✔ 升职加薪、跳槽加分。</p></section>
<section><h2>谁能报？</h2><p>零基础、无工作经验也可报考二级技师，学历不限，年龄18-60周岁均可。</p></section>
<section><h2>谁发证？</h2><p>本次认定由湖南潇湘数智职业技能等级认定中心颁发证书，全国联网可查。</p></section>
<section><h2>费用</h2><p>三级（高级工）：<del>原价4680</del>，现在报名只要2680；</p>
<p>二级（技师）：<del>原价5680</del>，现价3680。</p><p>2月28日前报名再送AI绘画课一套。</p></section>
<section><p>👉 长按识别二维码添加招生老师，备注“训练师”。招生热线：0731-8523 9960（陈老师）</p></section>"""
    html = mp("长沙人才新政下，这张证书让你积分落户+领补贴！", "湘才有道", "2026-02-09 12:05", "湖南", content,
              digest="人工智能训练师：积分落户、领补贴", comments=[
                  ("橙子", "能包过吗？", "跟着学基本都能过，过不了免费重学。"),
                  ("路人甲", "二级真的零基础能报？", "可以的，私信老师评估。")])
    return Page(MP["B"], html, page_type="offer", kind="wechat-softad",
                note="soft ad: issuer HE08 suspended and filed for 3-5 only (二级 out of scope); 零基础可报二级技师; 积分落户/补贴 bait; 现价2680/3680 with struck "
                     "原价; author reply 基本都能过 (optional GUARANTEED_PASS)",
                phenomena=["soft_ad", "scam_offer", "bare_price", "struck_price", "level_names", "role_issuer",
                           "question_claim", "subsidy_amount"],
                offer={"issuers": [rec(name_of("HE08"), "HE08")], "levels": [3, 2], "fee_cny": fee(2680, 3680),
                       "flags": ["ISSUER_LAPSED", "ISSUER_OUT_OF_SCOPE", "BENEFIT_BAIT", "ELIGIBILITY_SHORTCUT"],
                       "optional_flags": ["EXCESSIVE_FEE", "GUARANTEED_PASS"], "suspicious": True})


def art_c():
    content = f"""<section><p>郑州的朋友注意啦！AI训练师四级（中级工）春季班开始报名。</p></section>
<section><h2>证书权威</h2><p>证书由中国人工智能职业能力评价联合会颁发，全国通用，官网可查。</p>
<p>查询网址：www.rgzn-zscx.com（{a("/cx/index.html?from=mp", "点击进入查询")}），输入姓名和身份证号即可查询。</p></section>
<section><h2>学什么</h2><p>数据标注基础、图像/语音/文本标注实操、质检规范、Prompt基础，线上学习，随时随地。</p></section>
<section><h2>费用说明</h2><p>培训费2680元+认定费300元，合计2980元，一次付清，无其他费用。</p></section>
<section><p>报名咨询：张老师 186-3711-0427（微信同号）</p></section>"""
    html = mp("郑州AI训练师四级春季班｜全国通用证书，官网可查！", "郑州技能考证圈", "2026-02-17 09:12", "河南", content,
              digest="AI训练师四级，合计2980元", original=False)
    return Page(MP["C"], html, page_type="offer", kind="wechat-softad",
                note="unrecognized issuer 中国人工智能职业能力评价联合会; unofficial query site www.rgzn-zscx.com "
                     "(text + link to /cx/); fee 2680+300 = 2980 (total written)",
                phenomena=["soft_ad", "scam_offer", "unofficial_query_site", "role_issuer", "open_graph", "tracking_params"],
                offer={"issuers": [unrec("中国人工智能职业能力评价联合会")], "levels": [4], "fee_cny": fee(2980),
                       "flags": ["UNRECOGNIZED_ISSUER", "UNOFFICIAL_VERIFICATION_SITE"], "optional_flags": [],
                       "suspicious": True})


def art_d():
    content = """<section><p>为服务区域数字经济发展，我院继续教育学院面向社会开放人工智能训练师（数据标注员工种）五级、四级培训与认定。</p></section>
<section><h2>一、评价资质</h2><p>武汉信科职业技术学院为人工智能训练师四级、五级备案评价机构，证书由学院颁发，可在全国联网查询平台查询。</p></section>
<section><h2>二、收费标准</h2><p>五级：680元/人；四级：780元/人（含培训、教材、认定费）。收费依据学院备案的收费标准执行，开具正式票据。</p></section>
<section><h2>三、申报条件</h2><p>五级：从事本职业或相关职业工作满1年，或本职业学徒期满；四级：取得五级证书后从事本职业满4年，或累计满6年，或技工院校相关专业毕业。</p></section>
<section><h2>四、时间安排</h2><p>3月21日开班，周六上课，共6周；4月底组织认定。</p></section>
<section><h2>五、报名方式</h2><p>联系电话：027-8566 7301（李老师），报名地点：学院继续教育学院102室。</p></section>"""
    html = mp("关于开展2026年春季人工智能训练师培训与认定的通知", "信科职院继续教育", "2026-02-20 16:40", "湖北", content,
              digest="人工智能训练师五级680元、四级780元", original=False)
    return Page(MP["D"], html, page_type="offer", kind="wechat-notice",
                note="honest notice of a college filed for levels 4-5 (HE20): 五级680/四级780",
                phenomena=["soft_ad", "honest_offer", "open_graph", "role_issuer"],
                offer={"issuers": [rec(name_of("HE20"), "HE20")], "levels": [5, 4], "fee_cny": fee(680, 780),
                       "flags": [], "optional_flags": [], "suspicious": False})


def art_e():
    content = """<section><p>技能提升补贴（失业保险技能提升补贴）怎么领？这篇收藏好。</p></section>
<section><h2>补贴标准</h2><p>取得初级工（五级）、中级工（四级）、高级工（三级）职业技能等级证书的，补贴标准分别最高不超过1000元、1500元、2000元。
列入紧缺职业目录的，可上浮30%。</p></section>
<section><h2>领取条件</h2><p>企业职工取得证书可申领补贴。但需参加失业保险累计缴费满1年，且证书须在有效期内申领。
同一职业同一等级只能申领一次，每人每年最多享受三次。</p></section>
<section><h2>二级、一级能领吗？</h2><p>本项补贴不覆盖技师、高级技师。网上“技师证补贴上万”的说法并无依据。</p></section>
<section><h2>提醒</h2><p>补贴由人社部门审核后直接发放到个人社保卡，任何培训机构“包领补贴”“补贴返现”的承诺都不可信。
最近有机构宣传“交2980包领2000补贴”，请大家谨慎。</p></section>
<section><p>办理渠道：湖北政务服务网、“鄂汇办”APP。</p></section>"""
    html = mp("技能提升补贴怎么领？最高2000元，这些条件要看清", "武汉就业服务", "2026-01-26 18:00", "湖北", content,
              digest="技能提升补贴领取条件")
    return Page(MP["E"], html, page_type="article", kind="wechat-explainer",
                note="subsidy explainer: amounts 1000/1500/2000, conditions in the next sentence; quotes an ad "
                     "(交2980包领2000补贴) as a warning; sells nothing",
                phenomena=["subsidy_amount", "cross_sentence_condition", "warning", "reported_claim", "open_graph"])


def art_f():
    content = """<section><p>“AI训练师证书到底有没有用？”几乎每天都有人问。我们整理了五个真相。</p></section>
<section><h2>真相1：它是职业技能等级证书，不是国家职业资格证书</h2><p>2020年后新职业实行职业技能等级认定，
证书由经人社部门备案的评价机构颁发。那些宣称“国家职业资格证书”“人社部颁发”的，要么是概念混淆，要么是骗局。</p></section>
<section><h2>真相2：标准是谁定的</h2><p>《人工智能训练师国家职业技能标准（2021年版）》由人社部、工信部联合颁布，
由人社部职业技能鉴定中心指导，阿里巴巴牵头，科大讯飞、百度等十余家单位参与起草。起草单位并不发证。</p></section>
<section><h2>真相3：没有“免考”</h2><p>无论哪一级，都要参加理论知识考试和操作技能考核。广告说“免考直接拿证”“代考”的，一律不要信。</p></section>
<section><h2>真相4：不能零基础报高级</h2><p>二级、一级都有工作年限要求，一级需要取得二级证书后再工作4年。</p></section>
<section><h2>真相5：有用，但别神化</h2><p>持证可作为求职、评优、申请补贴的依据之一，落户和积分还要看当地政策和其他条件。</p></section>
<section><p>查询证书请认准：技能人才评价证书全国联网查询（zscx.osta.org.cn）。</p></section>"""
    html = mp("AI训练师证书到底有没有用？5个真相", "华中技能考证通", "2026-02-01 21:10", "湖北", content,
              digest="五个真相", comments=[("小林", "能包过吗？", "没有任何正规机构能包过。"),
                                          ("Tina", "那些说免考的是什么？", "基本是假证或山寨证书。")])
    return Page(MP["F"], html, page_type="article", kind="wechat-explainer",
                note="explainer: standard drafters/guides named (not issuers); denies 免考/包过/国家职业资格; no offer",
                phenomena=["standard_body", "negated_claim", "reported_claim", "question_claim", "warning", "open_graph"])


def profile():
    items = [
        (MP["F"], "AI训练师证书到底有没有用？5个真相", "2026-02-01", "五个真相，看完不再被忽悠。"),
        (MP["A"], "【转载】在武汉做AI训练师，到底要不要考证？", "2026-02-15", "四级1880元，三级2580元，评价机构可查……"),
        (MP["B"], "【转载】长沙人才新政下，这张证书让你积分落户+领补贴！", "2026-02-10", "二级技师现价3680，零基础可报……"),
        (MP["C"], "【转载】郑州AI训练师四级春季班", "2026-02-18", "合计2980元，全国通用，官网可查……"),
        (MP["D"], "【转载】武汉信科职院人工智能训练师培训与认定通知", "2026-02-21", "五级680元、四级780元……"),
        (MP["E"], "【转载】技能提升补贴怎么领？最高2000元", "2026-01-27", "这些条件要看清。"),
    ]
    lis = "".join(f'<li class="weui_media_box">{a(u + "?scene=124&amp;sharer_shareid=7c1e9a&amp;sharer_sharetime=1708300000#wechat_redirect", t)}'
                  f'<p class="weui_media_desc">{d}</p><p class="weui_media_extra_info">{dt}</p></li>' for u, t, dt, d in items)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>华中技能考证通</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>body{{font:16px -apple-system;margin:0}}
.hd{{padding:20px;text-align:center;background:#f7f7f7}}ul{{padding:0 16px}}li{{list-style:none;border-bottom:1px solid #eee;padding:10px 0}}
.weui_media_desc{{color:#888;font-size:14px;margin:4px 0}}.weui_media_extra_info{{color:#bbb;font-size:12px;margin:0}}</style></head><body>
<div class="hd"><img src="/mp/img/avatar.png" alt="华中技能考证通" width="60"><h2>华中技能考证通</h2>
<p style="font-size:13px;color:#888">分享湘鄂豫职业技能考证资讯，部分文章为转载。微信号：hzjnkzt</p></div>
<ul>{lis}</ul><p style="text-align:center;font-size:12px">{a("/index.html", "华中职教导航")}</p></body></html>
"""
    return Page(MP["profile"], html, page_type="offer_list", kind="wechat-profile",
                note="公众号 history page listing its own and reposted articles with price snippets; share-id link variants",
                phenomena=["list_page", "aggregator", "tracking_params"])


def pages():
    return [art_a(), art_b(), art_c(), art_d(), art_e(), art_f(), profile()]
