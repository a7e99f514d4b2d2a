"""Hebei: 石家庄燕都职业培训学校, an old GBK site (/hbjx/), and the honest
河北燕赵职业技能评价有限公司 (/yzpj/)."""
from common import add, rec, fee

SCH = "石家庄市燕都职业培训学校"


def old(title, body, charset="gbk", extra=""):
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta http-equiv="Content-Language" content="zh-cn">
<title>{title}</title>
{extra}
<style type="text/css">
<!--
body,td,th {{ font-size: 12px; font-family: 宋体; }}
a:link {{ color: #003399; text-decoration: none; }}
a:hover {{ color: #FF6600; text-decoration: underline; }}
.tt {{ font-size: 14px; font-weight: bold; color: #990000; }}
-->
</style>
<script language="JavaScript">
function addfav(){{ window.external.AddFavorite(location.href, document.title); }}
function sethome(o){{ o.style.behavior='url(#default#homepage)'; o.setHomePage(location.href); }}
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="22" align="right" bgcolor="#F0F0F0"><a href="#" onclick="sethome(this)">设为首页</a> | <a href="javascript:addfav()">加入收藏</a> | <a href="/hbjx/baoming.html">在线报名</a>&nbsp;</td></tr>
  <tr><td height="80" bgcolor="#990000"><font face="隶书" size="6" color="#FFFF00">&nbsp;&nbsp;{SCH}</font>
  <font color="#FFFFFF">&nbsp;&nbsp;石家庄市桥西区人社局批准 &nbsp;办学许可证：130104300117</font></td></tr>
  <tr><td height="28" bgcolor="#CC3300" align="center"><font color="#FFFFFF">
  <a href="/hbjx/index.html"><font color="#FFFFFF">首 页</font></a> &nbsp;·&nbsp;
  <a href="/hbjx/kcjs/list.html"><font color="#FFFFFF">课程设置</font></a> &nbsp;·&nbsp;
  <a href="/hbjx/kcjs/rgzn.html"><font color="#FFFFFF">人工智能训练师</font></a> &nbsp;·&nbsp;
  <a href="/hbjx/news/2024-11.html"><font color="#FFFFFF">学校动态</font></a> &nbsp;·&nbsp;
  <a href="/hbjx/baoming.html"><font color="#FFFFFF">在线报名</font></a></font></td></tr>
  <tr><td valign="top" style="padding:12px">
{body}
  </td></tr>
  <tr><td height="60" bgcolor="#EEEEEE" align="center">地址：石家庄市桥西区中华南大街396号燕都大厦5楼 &nbsp; 电话：0311-8769 5523 &nbsp; 13931187306（刘老师）<br>
  Copyright&copy; 2012-2025 {SCH} All Rights Reserved. &nbsp; 冀ICP备12008873号</td></tr>
</table>
</body>
</html>
"""


def build():
    # ---------------------------------------------------------------- home
    body = """
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="60%" valign="top"><table width="98%" border="1" bordercolor="#E0C0C0" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><td bgcolor="#F8E8E0"><span class="tt">◆ 招生信息</span></td></tr>
<tr><td>·<a href="/hbjx/kcjs/rgzn.html">人工智能训练师（初级工、中级工）常年招生</a><br>
·<a href="/hbjx/kcjs/rgzn-gaoji.html">人工智能训练师高级工冲刺班</a><br>
·<a href="/hbjx/kcjs/rgzn-xiehui.html">人工智能训练师（联合会认证）</a><br>
·<a href="/hbjx/kcjs/rgzn-wangke.html">AI训练师网课（数据标注入门）</a><br>
·<a href="/hbjx/kcjs/list.html">电工、焊工、叉车等常年招生</a></td></tr></table></td>
<td valign="top"><table width="100%" border="1" bordercolor="#E0C0C0" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><td bgcolor="#F8E8E0"><span class="tt">◆ 学校动态</span></td></tr>
<tr><td>·<a href="/hbjx/news/2024-11.html">我校组织学员参加人工智能训练师认定考核</a><br>
·冬季用电安全培训圆满结束<br>·学校搬迁至燕都大厦5楼的通知</td></tr></table>
<br><table width="100%" border="1" bordercolor="#E0C0C0" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><td bgcolor="#F8E8E0"><span class="tt">◆ 友情链接</span></td></tr>
<tr><td><a href="https://rst.hebei.gov.cn/" target="_blank">河北省人社厅</a> · <a href="/yzpj/index.html">燕赵技能评价</a> · <a href="/index.html">技能培训导航</a></td></tr></table></td>
</tr></table>
"""
    add("/hbjx/index.html", old(SCH, body), encoding="gbk", page_type="other",
        note="GBK school home page with links only", phenomena=["gbk"])

    # ---------------------------------------------------------------- course list
    body = """
<span class="tt">课程设置</span><hr size="1" color="#CC3300">
<table width="100%" border="1" bordercolor="#CCCCCC" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr bgcolor="#CC3300"><td><font color="#FFFFFF">课程</font></td><td><font color="#FFFFFF">级别</font></td><td><font color="#FFFFFF">费用</font></td><td><font color="#FFFFFF">备注</font></td></tr>
<tr><td><a href="/hbjx/kcjs/rgzn.html?from=list">人工智能训练师</a></td><td>初级工、中级工</td><td>1280元起</td><td>周末班</td></tr>
<tr><td><a href="/hbjx/kcjs/rgzn-gaoji.html?from=list">人工智能训练师冲刺班</a></td><td>高级工</td><td><font color="red">2680元</font></td><td>限有四级证书者</td></tr>
<tr><td><a href="/hbjx/kcjs/rgzn-xiehui.html?from=list">人工智能训练师（联合会）</a></td><td>中级、高级</td><td>1980元起</td><td>&nbsp;</td></tr>
<tr><td><a href="/hbjx/kcjs/rgzn-wangke.html?from=list">AI训练师网课</a></td><td>入门</td><td>699元</td><td>线上</td></tr>
<tr><td>低压电工作业</td><td>特种作业</td><td>680元</td><td>应急管理部门发证</td></tr>
<tr><td>焊工</td><td>初级工</td><td>1600元</td><td>&nbsp;</td></tr>
<tr><td>叉车司机</td><td>N1</td><td>900元</td><td>&nbsp;</td></tr>
</table>
"""
    add("/hbjx/kcjs/list.html", old(f"课程设置-{SCH}", body), encoding="gbk", page_type="offer_list",
        note="GBK course table with AI-trainer and other trades' prices", phenomena=["gbk", "list_page", "other_occupation_price", "tracking_params"])

    # ---------------------------------------------------------------- honest offer (scope 4,5)
    body = """
<div align="center"><span class="tt" style="font-size:18px">人工智能训练师（初级工、中级工）常年招生</span><br>
<font color="#999999">更新日期：2025年9月1日 &nbsp; 浏览次数：3106</font></div><hr size="1" color="#CCCCCC">
<p>　　<font color="#990000"><b>培训对象：</b></font>从事或准备从事数据标注、数据处理、AI产品运营等工作的人员。</p>
<p>　　<font color="#990000"><b>培训等级：</b></font>初级工至中级工，即人工智能训练师五级和四级。</p>
<table width="80%" border="1" bordercolor="#CCCCCC" cellpadding="5" cellspacing="0" align="center" style="border-collapse:collapse">
<tr bgcolor="#F8E8E0" align="center"><td>等级</td><td>原价</td><td>现价</td><td>学时</td></tr>
<tr align="center"><td>五级（初级工）</td><td><s>1580元</s></td><td><font color="red"><b>1280元</b></font></td><td>60</td></tr>
<tr align="center"><td>四级（中级工）</td><td><s>1980元</s></td><td><font color="red"><b>1680元</b></font></td><td>50</td></tr>
</table>
<p>　　<font color="#990000"><b>考核发证：</b></font>经石家庄正定数字产业职业技能评价中心考核合格后颁发相应等级职业技能等级证书，证书可在人社部技能人才评价证书查询网站查询。</p>
<p>　　<font color="#990000"><b>报名条件：</b></font>五级：从事本职业或相关职业工作满1年，或学徒期满；四级：取得五级证书后从事本职业或相关职业工作满4年，或从事本职业满6年。
想报高级工（三级）的学员须取得四级证书后满5年，另见<a href="/hbjx/kcjs/rgzn-gaoji.html">冲刺班</a>。</p>
<p>　　<font color="#990000"><b>补贴：</b></font>取证后可申领技能提升补贴，五级1000元，四级1500元。<br>
　　须在河北省参加失业保险满一年，补贴打入本人社保卡，以人社部门审核为准。</p>
<p>　　<font color="#990000"><b>咨询报名：</b></font>0311-8769 5523 &nbsp; 13931187306（刘老师） &nbsp; <a href="/hbjx/baoming.html">网上报名</a></p>
"""
    add("/hbjx/kcjs/rgzn.html", old(f"人工智能训练师培训-{SCH}", body), encoding="gbk", page_type="offer",
        note="honest GBK course page: 初级工至中级工, 现价1280/1680 with struck 原价; 经…中心考核合格后颁发; 三级 only as a condition/other page",
        phenomena=["gbk", "honest_offer", "level_range", "level_names", "level_table", "struck_price",
                   "long_issuer_span", "cross_sentence_condition", "subsidy_amount", "tracking_params"],
        offer={"issuers": [rec("石家庄正定数字产业职业技能评价中心", "HC08")], "levels": [5, 4], "fee": fee(1280, 1680),
               "flags": [], "optional": ["BENEFIT_BAIT"]})

    # ---------------------------------------------------------------- out of scope level 3
    body = """
<div align="center"><span class="tt" style="font-size:18px">人工智能训练师高级工（三级）冲刺班</span></div><hr size="1" color="#CCCCCC">
<p>　　已经拿到中级工证书的学员注意啦！高级工冲刺班本月开班，现在报名是2680，下月恢复原价3280。</p>
<p>　　<b>报考条件：</b>取得人工智能训练师四级证书后，累计从事本职业工作满5年；或取得四级证书并具有大专以上相关专业学历，取证后工作满2年。</p>
<p>　　<b>考核：</b>由石家庄正定数字产业职业技能评价中心组织理论知识考试和操作技能考核，合格后颁发三级/高级工职业技能等级证书。</p>
<p>　　<b>课程：</b>业务分析、智能训练、智能系统设计、培训与指导，共40学时，周六全天上课。</p>
<p>　　<b>电话：</b>0311-8769 5523</p>
<p><a href="/hbjx/kcjs/rgzn.html">&lt;&lt; 返回初级/中级班</a></p>
"""
    add("/hbjx/kcjs/rgzn-gaoji.html", old(f"人工智能训练师高级工冲刺班-{SCH}", body), encoding="gbk", page_type="offer",
        note="bare price 现在报名是2680 (3280 is the future/original price); issuer HC08 is authorized for levels 4–5 only, sold for 三级",
        phenomena=["gbk", "scam_offer", "bare_price", "level_names", "long_issuer_span"],
        offer={"issuers": [rec("石家庄正定数字产业职业技能评价中心", "HC08")], "levels": [3], "fee": fee(2680),
               "flags": ["ISSUER_OUT_OF_SCOPE"], "optional": []})

    # ---------------------------------------------------------------- association out of scope + 包过
    body = """
<div align="center"><span class="tt" style="font-size:18px">人工智能训练师（联合会认证）中级、高级</span></div><hr size="1" color="#CCCCCC">
<table width="80%" border="1" bordercolor="#CCCCCC" cellpadding="5" cellspacing="0" align="center" style="border-collapse:collapse">
<tr bgcolor="#F8E8E0" align="center"><td>项目</td><td>等级</td><td>学费</td><td>发证机构</td></tr>
<tr align="center"><td>人工智能训练师</td><td>中级工（四级）</td><td>1980元</td><td rowspan="2">河北省数字经济联合会</td></tr>
<tr align="center"><td>人工智能训练师</td><td>高级工（三级）</td><td>2580元</td></tr></table>
<p>　　联合会是省级社会团体，证书含金量高。我校学员历年通过率高，<font color="red"><b>签约包过，不过全额退款</b></font>。</p>
<p>　　报名条件按国家职业技能标准执行，报名时需提交工作证明。</p>
<p>　　咨询：0311-8769 5523</p>
"""
    add("/hbjx/kcjs/rgzn-xiehui.html", old(f"人工智能训练师联合会认证-{SCH}", body), encoding="gbk", page_type="offer",
        note="issuer in a 发证机构 column is a registry association whose scope lacks 4-04-05-05; 签约包过",
        phenomena=["gbk", "scam_offer", "role_issuer", "level_table", "level_names"],
        offer={"issuers": [rec("河北省数字经济联合会", "HC19")], "levels": [4, 3], "fee": fee(1980, 2580),
               "flags": ["ISSUER_OUT_OF_SCOPE", "GUARANTEED_PASS"], "optional": []})

    # ---------------------------------------------------------------- missing issuer
    body = """
<div align="center"><span class="tt" style="font-size:18px">AI训练师网课（数据标注入门·初级）</span></div><hr size="1" color="#CCCCCC">
<p>　　零基础也能学！30节录播课＋10次直播答疑，手把手教你图像框选、文本分类、语音转写标注。</p>
<p>　　<b>价格：</b><s>原价999元</s> &nbsp; <font color="red" size="4"><b>现价699元</b></font>（含练习平台账号半年）</p>
<p>　　<b>证书：</b>学完考试合格，颁发人工智能训练师（初级）证书，可用于求职。</p>
<p>　　<b>学习方式：</b>手机、电脑均可，随到随学，有效期一年。</p>
<p>　　加微信 ydpx0311 开通课程。</p>
"""
    add("/hbjx/kcjs/rgzn-wangke.html", old(f"AI训练师网课-{SCH}", body), encoding="gbk", page_type="offer",
        note="online course selling an 'AI trainer (初级) certificate' with no issuer named; 原价999 struck",
        phenomena=["gbk", "struck_price", "bare_price", "level_names"],
        offer={"issuers": [], "levels": [5], "fee": fee(699), "flags": ["MISSING_ISSUER"], "optional": []})

    # ---------------------------------------------------------------- broken news article (truncated)
    body = """
<div align="center"><span class="tt" style="font-size:16px">我校组织学员参加人工智能训练师认定考核</span><br><font color="#999999">2024-11-23</font></div><hr size="1">
<p>　　11月23日，我校38名学员赴正定参加了由石家庄正定数字产业职业技能评价中心组织的人工智能训练师五级、四级认定考核。
考核分理论知识考试（90分钟）和操作技能考核（120分钟），考场纪律严格，全程视频监控。</p>
<p>　　考前，学校组织了两次模拟考试。校长强调，考证没有捷径，网上那些“不用考试就能拿证”“技师包过”的说法都是骗人的。</p>
<p>　　下一期培训班将于12月开班，欢迎垂询。考生反映，操作技能考核中图像标注题占比较大，建议后续学员加强</p>
<table width="100%"><tr><td><img src="/hbjx/upload/2024/kaohe1.jpg" width="280"
"""
    html = old(f"我校组织学员参加人工智能训练师认定考核-{SCH}", body)
    html = html[: html.index('<img src="/hbjx/upload/2024/kaohe1.jpg" width="280"') + 52]  # cut mid-tag: truncated transfer
    add("/hbjx/news/2024-11.html", html, encoding="gbk", page_type="article",
        note="school news truncated mid-tag (broken page); quotes 不用考试就能拿证/技师包过 only to deny them",
        phenomena=["gbk", "broken_page", "negated_claim", "reported_claim"])

    # ---------------------------------------------------------------- sign-up (declared gb2312, contains GBK-only 喆)
    body = """
<span class="tt">在线报名</span><hr size="1" color="#CC3300">
<form method="post" action="/hbjx/baoming_save.asp">
<table width="70%" border="1" bordercolor="#CCCCCC" cellpadding="5" cellspacing="0" align="center" style="border-collapse:collapse">
<tr><td align="right" width="30%">姓名：</td><td><input name="name"></td></tr>
<tr><td align="right">手机：</td><td><input name="tel"></td></tr>
<tr><td align="right">报名课程：</td><td><select name="kc"><option>人工智能训练师 五级</option><option>人工智能训练师 四级</option>
<option>人工智能训练师 三级冲刺</option><option>低压电工</option><option>焊工</option><option>叉车</option></select></td></tr>
<tr><td align="right">已有证书：</td><td><input name="zs"> （如有四级证书请填写编号）</td></tr>
<tr><td colspan="2" align="center"><input type="submit" value="提交报名"></td></tr></table></form>
<p align="center">报名负责人：刘喆老师 13931187306 &nbsp; 工作时间：周一至周六 8:30-17:30</p>
"""
    add("/hbjx/baoming.html", old(f"在线报名-{SCH}", body, charset="gb2312"), encoding="gbk", page_type="other",
        note="sign-up form; declared gb2312 but contains the GBK-only character 喆", phenomena=["gbk"])

    # ================================================================ /yzpj/ honest Hebei agency
    css = ("body{margin:0;font:15px/1.9 'Microsoft YaHei';background:#fafafa;color:#333}"
           ".hd{background:#7a1f1f;color:#fff;padding:18px 0}.in{width:1080px;margin:0 auto}"
           ".hd b{font-size:26px}.nv{background:#5c1616}.nv a{color:#f3e1c6;display:inline-block;padding:10px 20px}"
           ".bd{width:1080px;margin:16px auto;background:#fff;padding:24px 36px}"
           "table{border-collapse:collapse;width:100%}td,th{border:1px solid #d9c3c3;padding:7px;text-align:center}th{background:#f6ecec}"
           ".ft{text-align:center;color:#888;font-size:12px;padding:20px}")
    top = ('<div class="hd"><div class="in"><b>河北燕赵职业技能评价有限公司</b>　社会培训评价组织</div></div>'
           '<div class="nv"><div class="in"><a href="/yzpj/index.html">首页</a><a href="/yzpj/news/2025/0903.html">认定公告</a>'
           '<a href="http://zscx.osta.org.cn/">证书查询</a><a href="/index.html">导航</a></div></div>')
    foot = '<div class="ft">河北燕赵职业技能评价有限公司　石家庄市长安区裕华东路133号方北大厦9层　0311-6602 8817　冀ICP备2022031907号</div>'
    home = f"""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>河北燕赵职业技能评价有限公司</title><style>{css}</style></head><body>
{top}<div class="bd"><h3>机构简介</h3><p>　　河北燕赵职业技能评价有限公司是经河北省人力资源和社会保障厅备案的社会培训评价组织，
备案职业包括人工智能训练师（4-04-05-05）三级、四级、五级等。本公司不举办培训班，不委托中介招生。</p>
<h3>认定公告</h3><ul><li><a href="/yzpj/news/2025/0903.html">2025年第四期人工智能训练师职业技能等级认定公告</a>　2025-09-03</li>
<li>2025年第三期认定成绩发布　2025-07-20</li></ul>
<p>注意：“河北燕赵职业技能鉴定服务中心”为另一家单位，其备案职业不含人工智能训练师，请考生注意区分。</p>
<h3>办事指南</h3><ol><li>查阅认定公告，确认认定职业、等级和时间；</li><li>对照国家职业技能标准核对申报条件；</li>
<li>在报名期内携带身份证、学历证明、工作年限证明到认定服务大厅报名；</li><li>缴纳认定费，领取准考证；</li>
<li>参加理论知识考试和操作技能考核；</li><li>成绩公示无异议后领取证书，证书信息可在全国联网查询系统查询。</li></ol>
<h3>监督投诉</h3><p>　　对认定工作有异议的，可向本公司纪检监督电话 0311-6602 8800 或河北省人力资源和社会保障厅 12333 反映。</p></div>{foot}</body></html>"""
    add("/yzpj/index.html", home, page_type="other",
        note="honest Hebei agency home; names a near-duplicate registry body only to distinguish it", phenomena=["warning"])

    notice = f"""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>2025年第四期人工智能训练师职业技能等级认定公告</title>
<meta property="og:title" content="2025年第四期人工智能训练师职业技能等级认定公告"><meta property="og:site_name" content="河北燕赵职业技能评价有限公司">
<style>{css}</style></head><body>{top}<div class="bd">
<h2 style="text-align:center">2025年第四期人工智能训练师职业技能等级认定公告</h2>
<p style="text-align:center;color:#999">发布日期：2025-09-03</p>
<p>　　根据河北省职业技能等级认定工作有关要求，现将2025年第四期人工智能训练师职业技能等级认定有关事项公告如下：</p>
<p><b>一、认定职业、等级和收费</b></p>
<table><tr><th>职业（工种）</th><th>等级</th><th>评价机构</th><th>收费标准（元/人）</th></tr>
<tr><td>人工智能训练师（数据标注员）</td><td>初级工（五级）</td><td rowspan="3">河北燕赵职业技能评价有限公司</td><td>320</td></tr>
<tr><td>人工智能训练师（数据标注员）</td><td>中级工（四级）</td><td>400</td></tr>
<tr><td>人工智能训练师（人工智能算法测试员）</td><td>高级工（三级）</td><td>480</td></tr></table>
<p>　　本期认定等级为三级及以下。二级（技师）、一级（高级技师）须分别在取得三级证书满4年、二级证书满4年后申报，本公司暂未开展。</p>
<p>　　考前培训自愿参加，本公司不组织培训，不收取培训费。</p>
<p><b>二、认定方式</b></p><p>　　理论知识考试采用机考，操作技能考核采用实操方式，均为百分制，60分及以上为合格。合格人员由本公司颁发职业技能等级证书。</p>
<p><b>三、补贴</b></p><p>　　取得证书的参保职工可申请技能提升补贴（初级1000元、中级1500元、高级2000元）。<br>
　　申请人须在河北省累计缴纳失业保险12个月以上，具体以当地人社部门审核为准。</p>
<p><b>四、报名</b></p><p>　　2025年9月5日至9月25日，工作日到本公司认定服务大厅报名，或电话预约：0311-6602 8817。</p>
<p style="text-align:right">河北燕赵职业技能评价有限公司<br>2025年9月3日</p></div>{foot}</body></html>"""
    add("/yzpj/news/2025/0903.html", notice, page_type="offer",
        note="honest agency announcement: 评价机构 column, 三级及以下 = 5,4,3, evaluation fees 320/400/480; 二级/一级 only in conditions; subsidy condition on next line",
        phenomena=["honest_offer", "role_issuer", "level_table", "level_names", "level_range", "cross_sentence_condition",
                   "subsidy_amount", "open_graph"],
        offer={"issuers": [rec("河北燕赵职业技能评价有限公司", "HC06")], "levels": [5, 4, 3], "fee": fee(320, 480),
               "flags": [], "optional": ["BENEFIT_BAIT"]})
