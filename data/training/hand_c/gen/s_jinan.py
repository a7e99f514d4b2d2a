"""济南明德职业培训学校: an old GBK school site with table layout and <font> tags (/jnpx/),
plus a 淄博 school page still selling for an expired agency (/zbpx/)."""
from common import add, rec, fee

SCHOOL = "济南市历下区明德职业培训学校"


def layout(title, body, *, charset="gbk", head_extra="", left=True):
    side = """
<td width="190" valign="top" bgcolor="#F2F7FD">
 <table width="100%" border="0" cellspacing="0" cellpadding="4">
  <tr><td bgcolor="#1E5AA8" height="26"><font color="#FFFFFF"><b>&nbsp;招生专业</b></font></td></tr>
  <tr><td><font size="2">·<a href="/jnpx/zsjz/rgznxls.htm">人工智能训练师</a><br>
  ·<a href="/jnpx/zsjz/jkglsh.htm">健康管理师</a><br>
  ·<a href="/jnpx/kcjs.htm">电工（初、中级）</a><br>
  ·<a href="/jnpx/kcjs.htm">焊工</a><br>
  ·<a href="/jnpx/kcjs.htm">育婴员</a><br>
  ·<a href="/jnpx/kcjs.htm">中式烹调师</a></font></td></tr>
  <tr><td bgcolor="#1E5AA8" height="26"><font color="#FFFFFF"><b>&nbsp;联系我们</b></font></td></tr>
  <tr><td><font size="2" color="#333333">地址：济南市历下区和平路47号院3号楼2层<br>
  电话：0531-8692&nbsp;3317<br>手机：138 6402 7715（王老师）<br>QQ：1735520964<br>
  乘车：K51、K68路和平路站下车</font></td></tr>
  <tr><td align="center"><img src="/jnpx/images/ewm.gif" width="120" height="120" alt="扫码咨询"><br><font size="1">扫一扫 加老师微信</font></td></tr>
 </table>
</td>""" if left else ""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}</title>
<meta name="keywords" content="济南职业培训,济南技能培训,人工智能训练师培训,济南电工培训,明德职业培训学校">
<meta name="description" content="济南市历下区明德职业培训学校是经历下区人力资源和社会保障局批准成立的民办职业培训机构。">
{head_extra}
<link href="/jnpx/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/jnpx/js/menu.js"></script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#E8EEF6">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td height="90" background="/jnpx/images/top_bg.jpg">
  <table width="100%"><tr><td width="70%"><font face="黑体" size="6" color="#1E5AA8">&nbsp;{SCHOOL}</font><br>
  <font size="2" color="#666666">&nbsp;&nbsp;办学许可证号：历下人社民字第0137号 &nbsp;|&nbsp; 政府补贴性培训定点机构</font></td>
  <td align="right"><font color="#CC0000" size="4"><b>咨询热线：0531-86923317</b></font>&nbsp;&nbsp;</td></tr></table>
</td></tr>
<tr><td height="32" bgcolor="#1E5AA8" align="center">
  <a href="/jnpx/index.htm"><font color="#FFFFFF">网站首页</font></a> &nbsp;|&nbsp;
  <a href="/jnpx/kcjs.htm"><font color="#FFFFFF">课程介绍</font></a> &nbsp;|&nbsp;
  <a href="/jnpx/zsjz/rgznxls.htm"><font color="#FFFFFF">招生简章</font></a> &nbsp;|&nbsp;
  <a href="/jnpx/news/20250316.htm"><font color="#FFFFFF">学校新闻</font></a> &nbsp;|&nbsp;
  <a href="/jnpx/bm.htm"><font color="#FFFFFF">在线报名</font></a> &nbsp;|&nbsp;
  <a href="/jnpx/zscx.htm"><font color="#FFFFFF">证书查询</font></a> &nbsp;|&nbsp;
  <a href="/jnpx/index.htm#lxwm"><font color="#FFFFFF">联系我们</font></a>
</td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
{side}
<td valign="top" style="padding:10px 14px">
{body}
</td></tr></table>
</td></tr>
<tr><td height="70" bgcolor="#DDE6F2" align="center"><font size="2" color="#555555">
版权所有：{SCHOOL} &nbsp; 地址：济南市历下区和平路47号院 &nbsp; 电话：0531-86923317<br>
<a href="https://beian.miit.gov.cn/" target="_blank">鲁ICP备12031875号-1</a> &nbsp; 技术支持：<a href="http://www.qlwl-net.cn/" target="_blank">齐鲁网络</a> &nbsp;
您是本站第 <font color="red">0358127</font> 位访客</font></td></tr>
</table>
</body>
</html>
"""


def build():
    # ---------------------------------------------------------------- home
    body = """
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td height="28" style="border-bottom:2px solid #1E5AA8"><font color="#1E5AA8" size="3"><b>最新通知</b></font></td></tr>
<tr><td><marquee direction="up" scrollamount="2" height="110" onmouseover="this.stop()" onmouseout="this.start()"><font size="2">
·<a href="/jnpx/zsjz/rgznxls.htm">2025年秋季人工智能训练师（五级、四级、三级）培训班招生简章</a> <font color="red">new</font><br>
·<a href="/jnpx/news/20250316.htm">我校首期人工智能训练师培训班顺利结业</a><br>
·<a href="/jnpx/zsjz/jkglsh.htm">健康管理师培训班常年招生</a><br>
·<a href="/jnpx/zscx.htm">职业技能等级证书查询方法说明</a><br>
·关于2025年端午节放假安排的通知<br>
·<a href="/jnpx/bm.htm">网上报名系统开通啦</a>
</font></marquee></td></tr>
</table>
<br>
<table width="100%" border="1" bordercolor="#C8D6EA" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr bgcolor="#EEF3FA"><td colspan="2"><font size="3" color="#1E5AA8"><b>学校简介</b></font></td></tr>
<tr><td width="200"><img src="/jnpx/images/school.jpg" width="190" height="130" alt="学校外景"></td>
<td><font size="2">济南市历下区明德职业培训学校成立于2009年，是经历下区人力资源和社会保障局审批的民办职业培训学校，
现有教室6间、实训室3间、计算机机房1间（60座）。学校主要开展电工、焊工、育婴员、中式烹调师、健康管理师等职业技能培训，
2024年起开设人工智能训练师（数据标注方向）培训班。学校本身不颁发职业技能等级证书，学员参加经人社部门备案的社会培训评价组织组织的认定考核。
<a href="/jnpx/index.htm#more">[详细]</a></font></td></tr>
</table>
<br>
<table width="100%" border="0" cellpadding="3"><tr>
<td width="50%" valign="top"><font color="#1E5AA8"><b>■ 学校新闻</b></font><br><font size="2">
·<a href="/jnpx/news/20250316.htm">我校首期人工智能训练师培训班顺利结业</a> 03-16<br>
·历下区人社局领导到我校检查指导工作 01-08<br>
·我校开展消防安全演练 11-22<br>
·2024年度电工班学员实操考核完成 10-30</font></td>
<td valign="top"><font color="#1E5AA8"><b>■ 下载专区</b></font><br><font size="2">
·<a href="/jnpx/bm.htm">报名登记表（网上填写）</a><br>
·<a href="/jnpx/zscx.htm">证书查询说明</a><br>
·职业技能提升补贴申领指南（请到济南人社局官网下载）</font></td>
</tr></table>
<a name="lxwm"></a><a name="more"></a>
<p><font size="2">友情链接：<a href="http://hrss.jinan.gov.cn/" target="_blank">济南市人力资源和社会保障局</a> |
<a href="http://www.osta.org.cn/" target="_blank">人社部职业技能鉴定中心</a> |
<a href="/zbpx/rgzn.htm">淄博众诚培训</a> | <a href="/index.html">京津冀鲁技能培训导航</a></font></p>
"""
    add("/jnpx/index.htm", layout(f"{SCHOOL}-首页", body), encoding="gbk", page_type="other",
        note="GBK school home page, table layout, marquee of notices; no prices", phenomena=["gbk"])

    # ---------------------------------------------------------------- catalogue
    body = """
<font color="#1E5AA8" size="4"><b>课程介绍</b></font><hr size="1" color="#1E5AA8">
<table width="100%" border="1" bordercolor="#B9C9E0" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr bgcolor="#1E5AA8" align="center"><td><font color="#FFFFFF">培训项目</font></td><td><font color="#FFFFFF">等级</font></td>
<td><font color="#FFFFFF">学时</font></td><td><font color="#FFFFFF">学费（元/人）</font></td><td><font color="#FFFFFF">详情</font></td></tr>
<tr><td>人工智能训练师</td><td>五级/四级/三级</td><td>60/50/40</td><td><font color="red">1680～2980</font></td><td><a href="/jnpx/zsjz/rgznxls.htm?from=kcjs">查看</a></td></tr>
<tr><td>健康管理师</td><td>三级</td><td>80</td><td>2380</td><td><a href="/jnpx/zsjz/jkglsh.htm">查看</a></td></tr>
<tr><td>电工</td><td>初级工/中级工</td><td>120/160</td><td>1500/1900</td><td>电话咨询</td></tr>
<tr><td>焊工</td><td>初级工</td><td>120</td><td>1800</td><td>电话咨询</td></tr>
<tr><td>育婴员</td><td>五级/四级</td><td>56/64</td><td>980/1280</td><td>电话咨询</td></tr>
<tr><td>中式烹调师</td><td>五级</td><td>96</td><td>1600</td><td>电话咨询</td></tr>
</table>
<p><font size="2" color="#666666">注：以上为培训费参考价，认定考核费按评价机构收费标准另行缴纳；符合条件的学员可按规定申请职业技能提升补贴，以人社部门审核结果为准。<br>
2023年旧版简章（<a href="/jnpx/zsjz/rgzn2023.htm">人工智能训练师2023版</a>）已作废，请以最新简章为准。</font></p>
<p><font size="2">往期招生：<a href="/jnpx/zsjz/rgznxls.htm?from=kcjs&amp;term=2024autumn">2024秋季班</a> ·
<a href="/jnpx/zsjz/rgznxls.htm#fy">收费标准</a></font></p>
"""
    add("/jnpx/kcjs.htm", layout(f"课程介绍-{SCHOOL}", body), encoding="gbk", page_type="offer_list",
        note="course catalogue table with prices of several trades incl. AI trainer; links to a 404 old brochure",
        phenomena=["gbk", "list_page", "other_occupation_price", "level_names", "tracking_params"])

    # ---------------------------------------------------------------- honest offer
    offer_body = """
<div align="center"><font size="5" color="#C00000" face="黑体"><b>2025年秋季人工智能训练师培训班招生简章</b></font><br>
<font size="2" color="#888888">发布时间：2025-08-20 &nbsp; 点击：2317 &nbsp; 来源：教务处</font></div>
<hr size="1" color="#CCCCCC">
<p><font size="2">　　人工智能训练师（职业编码4-04-05-05）是人社部、市场监管总局、统计局2020年联合发布的新职业，
下设数据标注员、人工智能算法测试员两个工种。为满足我市企业数据标注岗位用工需求，我校现面向社会招收2025年秋季人工智能训练师培训学员，有关事项如下：</font></p>
<p><font size="3" color="#1E5AA8"><b>一、培训等级及收费标准</b></font></p>
<a name="fy"></a>
<table width="92%" border="1" bordercolor="#9FB6D6" cellspacing="0" cellpadding="5" align="center" style="border-collapse:collapse">
<tr bgcolor="#DCE7F5" align="center"><td><b>申报等级</b></td><td><b>对应名称</b></td><td><b>培训学时</b></td><td><b>培训费（含认定考核费）</b></td></tr>
<tr align="center"><td>五级</td><td>初级工</td><td>60</td><td><font color="red">1680元</font></td></tr>
<tr align="center"><td>四级</td><td>中级工</td><td>50</td><td><font color="red">2280元</font></td></tr>
<tr align="center"><td>三级</td><td>高级工</td><td>40</td><td><font color="red">2980元</font></td></tr>
</table>
<p><font size="2">　　注：二级/技师须取得三级证书后满4年方可申报，一级/高级技师须取得二级证书后满4年，本期均不开班，有需要的学员请电话登记。</font></p>
<p><font size="3" color="#1E5AA8"><b>二、申报条件</b></font></p>
<p><font size="2">　　五级/初级工：累计从事本职业或相关职业工作满1年，或本职业学徒期满。<br>
　　四级/中级工：取得本职业五级证书后，累计从事本职业或相关职业工作满4年；或累计从事本职业工作满6年；或技工学校相关专业毕业（含在校生）。<br>
　　三级/高级工：取得本职业四级证书后，累计从事本职业或相关职业工作满5年；或取得四级证书并具有大专及以上相关专业学历，取得四级证书后从事本职业工作满2年。</font></p>
<p><font size="3" color="#1E5AA8"><b>三、考核与发证</b></font></p>
<p><font size="2">　　培训结束后，由山东鲁信职业技能评价有限公司组织理论知识考试和操作技能考核，两项成绩均达到60分及以上者为合格，
由该评价机构颁发职业技能等级证书，证书信息可在人社部职业技能鉴定中心网站（<a href="http://zscx.osta.org.cn/" target="_blank">zscx.osta.org.cn</a>）查询。
考核标准依据《人工智能训练师国家职业技能标准（2021年版）》。我校不承诺考试通过率，考核不合格者可参加一次补考，补考费按评价机构标准另交。</font></p>
<p><font size="3" color="#1E5AA8"><b>四、补贴政策</b></font></p>
<p><font size="2">　　取得证书后可申领职业技能提升补贴：五级1000元、四级1500元、三级2000元。<br>
　　申领人须在济南参加失业保险累计满12个月，同一职业同一等级只能申领一次，具体以济南市人社部门审核为准，学校不代办、不垫付。</font></p>
<p><font size="3" color="#1E5AA8"><b>五、报名方式</b></font></p>
<p><font size="2">　　携带身份证原件及复印件、1寸白底照片2张、工作年限证明到学校教务处现场报名，或<a href="/jnpx/bm.htm">网上报名</a>。<br>
　　开班时间：2025年9月13日（周末班），上课地点：本校三楼机房。<br>
　　联系电话：0531-86923317 &nbsp;王老师 138 6402 7715</font></p>
<p align="right"><font size="2">{SCHOOL}<br>二〇二五年八月二十日</font></p>
<p><font size="2"><a href="/jnpx/zsjz/rgznxls_print.htm" target="_blank">【打印本页】</a> &nbsp; <a href="javascript:window.close()">【关闭窗口】</a></font></p>
""".replace("{SCHOOL}", SCHOOL)
    canon = '<link rel="canonical" href="/jnpx/zsjz/rgznxls.htm">'
    add("/jnpx/zsjz/rgznxls.htm", layout(f"2025年秋季人工智能训练师培训班招生简章-{SCHOOL}", offer_body, head_extra=canon),
        encoding="gbk", page_type="offer",
        note="honest GBK enrolment notice: per-level table 1680/2280/2980, issuer followed by verb phrase, 二级/一级 only in conditions, subsidy with condition on next line",
        phenomena=["gbk", "honest_offer", "level_table", "level_names", "long_issuer_span",
                   "cross_sentence_condition", "subsidy_amount", "standard_body", "canonical_ok", "tracking_params", "negated_claim"],
        offer={"issuers": [rec("山东鲁信职业技能评价有限公司", "HC10")], "levels": [5, 4, 3],
               "fee": fee(1680, 2980), "flags": [], "optional": ["BENEFIT_BAIT"]})

    print_html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>打印-2025年秋季人工智能训练师培训班招生简章</title>
{canon}
<style>body{{font-size:12px;font-family:宋体}} td{{font-size:12px}}</style></head>
<body onload="window.print()">
<table width="700" align="center"><tr><td>
{offer_body}
<p align="center"><a href="/jnpx/zsjz/rgznxls.htm">返回原文</a> | <a href="/jnpx/index.htm">返回首页</a></p>
</td></tr></table>
<!-- print template v1.2 ; generated by MDcms -->
<p><font size="1" color="#999999">本页面为打印版本，内容与原文一致。{SCHOOL} 版权所有，转载请注明出处。
联系电话：0531-86923317。地址：济南市历下区和平路47号院3号楼2层。</font></p>
</body></html>
"""
    add("/jnpx/zsjz/rgznxls_print.htm", print_html, encoding="gbk", page_type="offer",
        duplicate_of="/jnpx/zsjz/rgznxls.htm", offer={},
        note="print view of the enrolment notice (same offer, canonical to the original)",
        phenomena=["gbk", "mirror", "canonical_ok"])

    # ---------------------------------------------------------------- news article
    body = """
<div align="center"><font size="4" color="#1E5AA8"><b>我校首期人工智能训练师培训班顺利结业</b></font><br>
<font size="2" color="#888888">2025-03-16 &nbsp; 作者：教务处 &nbsp; 浏览：864次</font></div><hr size="1">
<p><font size="2">　　3月15日，我校首期人工智能训练师（数据标注方向）培训班在三楼机房举行结业仪式。本期共有学员42名，
其中五级（初级工）29人、四级（中级工）13人，学员主要来自历下区、市中区的电商企业和数据服务企业。</font></p>
<p><font size="2">　　本期培训历时7周，采用“理论讲授＋上机实操”方式，重点讲授数据采集与清洗、图像标注、文本标注、语音转写与标注等内容。
结业后，学员参加了由山东鲁信职业技能评价有限公司组织的职业技能等级认定，理论与实操一次通过率为81%，
未通过的8名学员将参加下月补考。</font></p>
<p><font size="2">　　教务处提醒：近期有学员反映在网上看到“人工智能训练师免考包过、三天拿证”之类的广告，此类宣传不可信。
职业技能等级证书须参加理论知识考试和操作技能考核，任何机构都不能保证通过。</font></p>
<p align="center"><img src="/jnpx/upload/202503/jieye.jpg" width="480" height="300" alt="结业合影"></p>
<p><font size="2">上一篇：<a href="/jnpx/index.htm">历下区人社局领导到我校检查指导工作</a><br>
下一篇：<a href="/jnpx/zsjz/rgznxls.htm">2025年秋季人工智能训练师培训班招生简章</a></font></p>
"""
    add("/jnpx/news/20250316.htm", layout(f"我校首期人工智能训练师培训班顺利结业-{SCHOOL}", body), encoding="gbk",
        page_type="article", note="school news: class finished, names the real assessor, pass rate 81%, quotes a 免考包过 ad only to warn",
        phenomena=["gbk", "reported_claim", "negated_claim", "warning"])

    # ---------------------------------------------------------------- sign-up form
    body = """
<font color="#1E5AA8" size="4"><b>在线报名</b></font><hr size="1" color="#1E5AA8">
<form name="bmform" method="post" action="/jnpx/bm_save.asp" onsubmit="return chkform()">
<table width="90%" border="1" bordercolor="#C8D6EA" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><td width="25%" bgcolor="#F2F7FD" align="right">姓　　名：</td><td><input name="xm" size="20"> <font color="red">*</font></td></tr>
<tr><td bgcolor="#F2F7FD" align="right">性　　别：</td><td><input type="radio" name="xb" value="男" checked>男 <input type="radio" name="xb" value="女">女</td></tr>
<tr><td bgcolor="#F2F7FD" align="right">身份证号：</td><td><input name="sfz" size="30"> <font color="red">*</font></td></tr>
<tr><td bgcolor="#F2F7FD" align="right">联系电话：</td><td><input name="dh" size="20"> <font color="red">*</font></td></tr>
<tr><td bgcolor="#F2F7FD" align="right">报名项目：</td><td><select name="xm2">
<option>人工智能训练师 五级</option><option>人工智能训练师 四级</option><option>人工智能训练师 三级</option>
<option>健康管理师</option><option>电工</option><option>焊工</option><option>育婴员</option></select></td></tr>
<tr><td bgcolor="#F2F7FD" align="right">文化程度：</td><td><select name="xl"><option>初中</option><option>高中/中专</option><option>大专</option><option>本科及以上</option></select></td></tr>
<tr><td bgcolor="#F2F7FD" align="right">从事本职业年限：</td><td><input name="nx" size="6"> 年</td></tr>
<tr><td bgcolor="#F2F7FD" align="right">工作单位：</td><td><input name="dw" size="40"></td></tr>
<tr><td bgcolor="#F2F7FD" align="right">备　　注：</td><td><textarea name="bz" cols="40" rows="4"></textarea></td></tr>
<tr><td colspan="2" align="center"><input type="submit" value=" 提 交 "> &nbsp; <input type="reset" value=" 重 填 "></td></tr>
</table></form>
<p><font size="2" color="#666666">提交后工作人员将在2个工作日内电话联系您核对报名条件。报名条件不符合的，学校不予收费。</font></p>
<script language="javascript">
function chkform(){ if(document.bmform.xm.value==""){alert("请填写姓名");return false;}
 if(document.bmform.sfz.value.length!=18){alert("身份证号应为18位");return false;} return true;}
</script>
"""
    add("/jnpx/bm.htm", layout(f"在线报名-{SCHOOL}", body), encoding="gbk", page_type="other",
        note="sign-up form page (报名), no price", phenomena=["gbk"])

    # ---------------------------------------------------------------- certificate query help
    body = """
<font color="#1E5AA8" size="4"><b>证书查询</b></font><hr size="1" color="#1E5AA8">
<p><font size="2">　　学员取得的职业技能等级证书，由评价机构上传至全国联网数据库，可通过以下官方渠道查询：</font></p>
<table width="90%" border="1" bordercolor="#C8D6EA" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr bgcolor="#EEF3FA"><td>查询渠道</td><td>网址</td><td>说明</td></tr>
<tr><td>技能人才评价证书全国联网查询</td><td><a href="http://zscx.osta.org.cn/" target="_blank">zscx.osta.org.cn</a></td><td>输入姓名、身份证号、证书编号</td></tr>
<tr><td>山东省人社厅</td><td><a href="http://hrss.shandong.gov.cn/" target="_blank">hrss.shandong.gov.cn</a></td><td>网上服务大厅 → 职业技能等级证书查询</td></tr>
<tr><td>社会培训评价组织目录</td><td><a href="https://pjjg.osta.org.cn/" target="_blank">pjjg.osta.org.cn</a></td><td>可查评价机构是否备案及备案职业、等级</td></tr>
</table>
<p><font size="2" color="red">　　特别提醒：本校从未委托任何第三方网站提供证书查询服务。凡是宣称“本站可查、永久可查”的非官方网站，均与本校无关。</font></p>
<form action="http://zscx.osta.org.cn/" method="get" target="_blank">
<font size="2">姓名：<input name="name" size="10"> 证书编号：<input name="zsbh" size="22"> <input type="submit" value="跳转官方查询"></font>
</form>
"""
    add("/jnpx/zscx.htm", layout(f"证书查询-{SCHOOL}", body), encoding="gbk", page_type="other",
        note="certificate-query help page pointing only to official osta/gov sites", phenomena=["gbk", "warning"])

    # ---------------------------------------------------------------- unrelated course
    body = """
<div align="center"><font size="4" color="#C00000"><b>健康管理师（三级）培训班常年招生</b></font></div><hr size="1">
<p><font size="2">　　健康管理师是从事个体或群体健康的监测、分析、评估以及健康咨询、指导和危险因素干预等工作的专业人员（职业编码4-14-02-02）。</font></p>
<table width="90%" border="1" bordercolor="#C8D6EA" cellpadding="5" cellspacing="0" align="center" style="border-collapse:collapse">
<tr bgcolor="#EEF3FA" align="center"><td>班型</td><td>学时</td><td>学费</td><td>开班时间</td></tr>
<tr align="center"><td>周末班</td><td>80</td><td><font color="red">2380元</font></td><td>每月第二周</td></tr>
<tr align="center"><td>网络班</td><td>80（录播）</td><td><font color="red">1880元</font></td><td>随报随学</td></tr>
</table>
<p><font size="2">　　报考条件：具有医药卫生专业大学专科以上学历证书；或具有非医药卫生专业大学专科以上学历证书，从事健康管理工作满1年……详情请电话咨询。<br>
　　考核合格后由经备案的评价机构颁发健康管理师职业技能等级证书。</font></p>
<table width="90%" align="center" style="border:1px dashed #C8D6EA"><tr><td><font size="2">
<b>相关课程推荐：</b><a href="/jnpx/zsjz/rgznxls.htm?from=jkglsh">人工智能训练师 五级至三级 1680元起</a> · 育婴员 980元起</font></td></tr></table>
"""
    add("/jnpx/zsjz/jkglsh.htm", layout(f"健康管理师培训-{SCHOOL}", body), encoding="gbk", page_type="other",
        note="unrelated course (健康管理师) with its own prices; a related-course box quotes the AI-trainer price",
        phenomena=["gbk", "other_occupation_price", "tracking_params"])

    # ---------------------------------------------------------------- 淄博 school, expired agency
    zb = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>人工智能训练师培训_淄博众诚职业培训学校</title>
<meta name="keywords" content="淄博人工智能训练师,淄博数据标注培训,淄博职业技能等级证书" />
<style type="text/css">body{margin:0;font:12px/1.8 "宋体";background:#f4f4f4} .w{width:960px;margin:0 auto;background:#fff}
.top{background:#0a6e3c;color:#fff;height:60px;line-height:60px;font-size:22px;padding-left:20px}
.nav a{color:#0a6e3c;margin:0 10px} .con{padding:15px 25px} .tb td{border:1px solid #cfe3d6;padding:5px 8px}</style>
</head><body><div class="w">
<div class="top">淄博众诚职业培训学校 <font size="2">张店区人社局备案培训机构</font></div>
<div class="nav" style="padding:6px;border-bottom:1px solid #ddd"><a href="/zbpx/rgzn.htm">首页</a><a href="/zbpx/rgzn.htm">人工智能训练师</a>
<a href="/jnpx/index.htm">合作学校</a><a href="/index.html">返回导航</a></div>
<div class="con">
<h2 style="color:#0a6e3c">人工智能训练师（数据标注员）职业技能等级培训</h2>
<p>发布：2025年10月9日 &nbsp; 浏览：1 032</p>
<p>　　我校常年开设人工智能训练师培训班，五、四、三级均可报名，小班授课，随到随学。</p>
<table class="tb" cellspacing="0" width="100%">
<tr style="background:#e8f4ec"><td>项目</td><td>等级</td><td>评价机构</td><td>学制</td></tr>
<tr><td>人工智能训练师</td><td>五级 / 四级 / 三级</td><td>潍坊鸢都职业技能评价有限公司</td><td>周末班6周</td></tr>
</table>
<p>　　<b>收费：</b>学费每人2200，含教材、上机实训、认定考核费，不另收费。</p>
<p>　　<b>考核：</b>由潍坊鸢都职业技能评价有限公司组织理论考试和实操考核，合格者颁发相应等级的职业技能等级证书，全国联网可查。</p>
<p>　　<b>报名条件：</b>五级需从事相关工作满1年；四级需取得五级证书后满4年或从事本职业满6年；三级需取得四级证书后满5年。</p>
<p>　　<b>联系方式：</b>张店区华光路177号 电话 0533-2187 604 手机 155 6938 2281（刘老师）</p>
<p style="color:#999">温馨提示：报名前请携带身份证及社保缴费证明，以便审核申报条件。</p>
</div>
<div style="background:#0a6e3c;color:#cde;padding:10px;text-align:center">淄博众诚职业培训学校 版权所有 鲁ICP备19028816号</div>
</div></body></html>
"""
    add("/zbpx/rgzn.htm", zb, encoding="gbk", page_type="offer",
        note="school page selling for 潍坊鸢都 whose registry entry expired 2023-12-31; levels written 五、四、三级; bare price 学费每人2200",
        phenomena=["gbk", "scam_offer", "level_range", "bare_price", "role_issuer", "long_issuer_span"],
        offer={"issuers": [rec("潍坊鸢都职业技能评价有限公司", "HC14", status_alt=["unrecognized"])],
               "levels": [5, 4, 3], "fee": fee(2200), "flags": ["ISSUER_LAPSED"], "optional": []})
