"""Non-offer pages (warnings, forum question, homepage, other occupation)."""
from chrome import fenlei, bbs, news, page, BUILDER
from pages_a import add

add("/news/warn-shanzhai.html", False, None, None, [],
    news("人社部门提醒：警惕“人工智能训练师”山寨证书骗局", """
<p>近日，多名市民反映，在网上报名“人工智能训练师”培训后，对方以“加急出证”“证书年审”为由多次索要费用，随后失联。</p>
<p>据受害人提供的信息，涉事人员使用手机号 171 3265 9870、固定电话 0898-31562478 联系学员，并通过QQ 2470013658、微信 zs-kaozheng888 收款，自称“人社部考试中心”工作人员。</p>
<p>人社部门提醒：2020年以后，职业技能等级证书由经备案的评价机构颁发，人社部不直接颁发证书；任何宣称“免考拿证”“包过”的广告均涉嫌违规。市民可登录技能人才评价工作网 osta.mohrss.gov.cn 查询证书，或拨打12333咨询。</p>""",
         "2026-11-10 08:15", "本网综合"), "warning article quoting scam contacts")

add("/news/warn-chaxun.html", False, None, None, [],
    news("如何辨别职业技能等级证书真伪？记住这三步", """
<p>第一步：看发证机构是否为人社部门备案的评价机构；</p>
<p>第二步：登录 osta.mohrss.gov.cn 或扫描证书二维码查询，证书编号为1位字母加21位数字；</p>
<p>第三步：拒绝“包过”“免培训”“直接拿证”等承诺。有疑问可拨打12333人社服务热线。</p>""",
         "2026-11-03 14:20", "东方资讯网"), "news, no seller")

add("/bbs/thread-ask.html", False, None, None, [],
    bbs("问一下，AI训练师证交3000多靠谱吗？", """
<h1>问一下，AI训练师证交3000多靠谱吗？</h1>
<div class="post"><p class="author">楼主：迷茫的打工人 | 2026-11-20</p>
<p>刷到好多卖人工智能训练师证的，说零基础一级也能考，三个月拿证，交3800。这个靠谱吗？</p></div>
<div class="post"><p class="author">2楼 过来人</p><p>一级高级技师要二级证书再干四年，零基础直接考一级肯定有问题。去官网查评价机构。</p></div>
<div class="post"><p class="author">3楼 迷茫的打工人</p><p>谢谢，差点就交钱了</p></div>"""), "forum question, no seller")

add("/jinqiao/index.html", False, None, None, [],
    page("重庆金桥人力资源有限公司", """
<div class="wrap"><header><h2>金桥人力</h2><nav><a href="/jinqiao/index.html">首页</a> | 劳务派遣 | 人事代理 | 联系我们</nav></header>
<h1>重庆金桥人力资源有限公司</h1>
<p>专注劳务派遣、人事代理、灵活用工十二年，服务企业客户300余家。</p>
<p>联系电话：023-68815520　邮箱：hr@jinqiaohr.com.cn</p>
<footer><p>© 重庆金桥人力资源有限公司</p>""" + BUILDER + "</footer></div>"),
    "company homepage without an offer; its contacts appear nowhere else")

add("/fenlei/post-tanpai.html", False, None, None, [],
    fenlei("碳排放管理师培训报名 双碳人才缺口大", "青岛", """
<h1>碳排放管理师培训报名 双碳人才缺口大</h1>
<p class="meta">发布时间：2026-11-19 | 商家</p>
<p>碳排放管理师（4-09-07-04）四级/三级培训，线上课程，费用 2600 元起。</p>
<p>联系：刘老师 176 8532 0914</p>"""), "ad for a different occupation's certificate; not an AI-trainer offer")
