"""/school/: an honest training school's site (nav, news, course, fee table, footer)."""
from lib import add

SCHOOL = "杭州市西湖区智训职业技能培训学校"
NAV = [("首页", "/school/index.html"), ("学校概况", "/school/about.html"),
       ("培训项目", "/school/course-ai-trainer.html"), ("收费标准", "/school/fees.html"),
       ("新闻动态", "/school/news/index.html"), ("联系我们", "/school/contact.html")]


def school(title: str, active: str, body: str) -> str:
    on = ' class="on"'
    nav = "".join(
        f'<li{on if name == active else ""}><a href="{href}">{name}</a></li>' for name, href in NAV
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>{title}</title>
<meta name="description" content="{SCHOOL}，经西湖区人力资源和社会保障局审批设立的民办职业培训学校。">
<link rel="stylesheet" href="/school/css/style.css">
</head>
<body>
<div class="head"><div class="wrap">
<a class="logo" href="/school/index.html"><img src="/school/img/logo.jpg" alt="智训职业培训"><span>{SCHOOL}</span></a>
<div class="hotline">咨询热线：0571-8821 6600</div>
</div></div>
<ul class="nav wrap">{nav}</ul>
<div class="wrap page">
{body}
</div>
<div class="foot"><div class="wrap">
<p><a href="/school/about.html">关于我们</a> | <a href="/school/contact.html">联系我们</a> | <a href="/index.html">返回职培导航</a> | <a href="https://www.osta.org.cn/">人社部职业技能鉴定中心</a></p>
<p>地址：杭州市西湖区文三路478号华星科技大厦6楼 &nbsp; 电话：0571-8821 6600 &nbsp; 邮编：310012</p>
<p>办学许可证：教民133010670000512号 &nbsp; <a href="https://beian.miit.gov.cn/">浙ICP备2021034567号-1</a> &nbsp; © 2019-2026 {SCHOOL}</p>
</div></div>
</body>
</html>
"""


add("/school/index.html", school(f"{SCHOOL} - 首页", "首页", """
<div class="banner"><img src="/school/img/banner.jpg" alt="技能成才 智训未来"><p>技能成才 · 智训未来</p></div>
<div class="cols">
<div class="col"><h2>培训项目</h2>
<ul><li><a href="/school/course-ai-trainer.html">人工智能训练师</a></li>
<li><a href="/other/python.html">Python程序设计（合作课程）</a></li>
<li>电子商务师（筹备中）</li></ul></div>
<div class="col"><h2>新闻动态 <a class="more" href="/school/news/index.html">更多&gt;&gt;</a></h2>
<ul>
<li><a href="/school/news/2026-11-exam-notice.html">关于2026年12月人工智能训练师职业技能等级认定考试报名的通知</a><span>2026-11-08</span></li>
<li><a href="/school/news/2026-09-policy.html">技能提升补贴政策问答（2026年版）</a><span>2026-09-15</span></li>
<li><a href="/school/news/2026-07-graduation.html">我校第五期人工智能训练师培训班顺利结业</a><span>2026-07-03</span></li>
</ul></div>
</div>
<div class="notice">郑重声明：本校从未以“免考”“包过”等名义招生，也未授权任何个人或机构代理招生。如有疑问请致电学校核实。</div>
"""), note="school home: nav, news titles, disclaimer; no offer terms")

add("/school/about.html", school(f"学校概况 - {SCHOOL}", "学校概况", f"""
<h1>学校概况</h1>
<p>{SCHOOL}成立于2019年，是经西湖区人力资源和社会保障局审批设立的民办职业培训学校，主要开展数字技术类职业技能培训。</p>
<p>学校现有专兼职教师26人，其中具有高级职称或技师以上职业资格的9人；拥有数据标注实训室2间、机位120个。</p>
<p>学校与经备案的第三方评价机构合作开展职业技能等级认定，坚持“培训与评价分离”，培训机构不参与命题、阅卷，也不颁发职业技能等级证书。</p>
<p>截至2026年6月，学校累计培训学员3,200余人次。</p>
"""), note="about page, no offer")

add("/school/course-ai-trainer.html", school(f"人工智能训练师培训 - {SCHOOL}", "培训项目", """
<h1>人工智能训练师（4-04-05-05）职业技能等级培训</h1>
<p class="sub">等级：五级/初级工、四级/中级工、三级/高级工 &nbsp; 工种：数据标注员、人工智能算法测试员</p>
<h2>一、职业简介</h2>
<p>人工智能训练师是2020年人社部等部门发布的新职业，指使用智能训练软件，在人工智能产品实际使用过程中进行数据库管理、算法参数设置、人机交互设计、性能测试跟踪及其他辅助作业的人员。培训依据《人工智能训练师国家职业技能标准（2021年版）》。</p>
<h2>二、申报条件</h2>
<ul>
<li><b>五级/初级工：</b>累计从事本职业或相关职业工作1年（含）以上；或本职业或相关职业学徒期满。</li>
<li><b>四级/中级工：</b>取得本职业或相关职业五级/初级工职业技能等级证书后，累计从事本职业或相关职业工作4年（含）以上；或累计从事本职业或相关职业工作6年（含）以上；或取得技工学校本专业或相关专业毕业证书（含尚未取得毕业证书的在校应届毕业生）。</li>
<li><b>三级/高级工：</b>取得本职业或相关职业四级/中级工职业技能等级证书后，累计从事本职业或相关职业工作5年（含）以上；或取得四级证书并具有高级技工学校、技师学院毕业证书；或具有大专及以上本专业或相关专业毕业证书，并取得四级证书后累计从事本职业或相关职业工作2年（含）以上。</li>
</ul>
<h2>三、培训与认定</h2>
<p>培训学时：五级60、四级50、三级40标准学时，理论与实操约3:7。认定由杭州数智职业技能评价有限公司组织实施，分理论知识考试和操作技能考核，均为百分制，60分及以上为合格。</p>
<h2>四、证书</h2>
<p>考核合格者由杭州数智职业技能评价有限公司颁发职业技能等级证书。证书信息可登录 <a href="http://jndj.osta.org.cn/">职业技能等级证书全国联网查询（jndj.osta.org.cn）</a> 或 <a href="https://www.osta.org.cn/">人社部职业技能鉴定中心官网</a> 查询。</p>
<h2>五、费用</h2>
<p>各等级学费及认定考核费见 <a href="/school/fees.html">收费标准</a>。招生简章下载：<a href="/school/files/brochure-2026.pdf">2026年招生简章（PDF）</a></p>
<p class="warn">提醒：职业技能等级证书须通过考核取得，谨防“免考拿证”“包过”“人社部直接发证”等虚假宣传。</p>
"""), is_offer=True, provider=SCHOOL, issuers=["杭州数智职业技能评价有限公司"], levels=[3, 4, 5],
    note="honest course page; fees on /school/fees.html (none stated here); real eligibility text; warnings in quotes raise nothing")

add("/school/fees.html", school(f"收费标准 - {SCHOOL}", "收费标准", """
<h1>2026年度收费标准</h1>
<p>以下收费经学校公示，按等级一次性收取，不另收任何费用。</p>
<table class="fee" border="1" cellspacing="0">
<thead><tr><th>项目</th><th>等级</th><th>学费（元/人）</th><th>考试费/鉴定费（元/人）</th><th>合计（元/人）</th><th>认定机构</th></tr></thead>
<tbody>
<tr><td rowspan="3">人工智能训练师</td><td>三级/高级工</td><td>¥3,980</td><td>¥480</td><td>¥4,460</td><td rowspan="3">杭州数智职业技能评价有限公司</td></tr>
<tr><td>四级/中级工</td><td>¥2,980</td><td>¥380</td><td>¥3,360</td></tr>
<tr><td>五级/初级工</td><td>¥1,980</td><td>¥300</td><td>¥2,280</td></tr>
</tbody>
</table>
<h2>说明</h2>
<ol>
<li>鉴定费由评价机构按备案标准收取，学校代收代付并开具票据；考试不合格需补考的，补考费按评价机构规定另行缴纳。</li>
<li>技能提升补贴：符合条件的企业职工（参加失业保险累计缴费满1年）取得证书后，可向参保地申请技能提升补贴，标准为五级1000元、四级1500元、三级2000元，以当地人社部门审核为准。</li>
<li>本校不承诺包过，也不存在“免考”“内部名额”。证书查询：<a href="http://jndj.osta.org.cn/">jndj.osta.org.cn</a>。</li>
<li>退费：开课前申请退费的全额退还；开课后按未上课时比例退还。</li>
</ol>
<p>更新日期：2026年3月15日</p>
"""), is_offer=True, provider=SCHOOL, issuers=["杭州数智职业技能评价有限公司"], levels=[3, 4, 5],
    fee=(300, 4460),
    note="honest fee table: tuition, exam fee and stated total per level are all fees (min 300 exam fee, max 4460 total); subsidy amounts and the date are not fees; refund policy is not a pass guarantee")

add("/school/news/index.html", school(f"新闻动态 - {SCHOOL}", "新闻动态", """
<h1>新闻动态</h1>
<ul class="newslist">
<li><a href="/school/news/2026-11-exam-notice.html">关于2026年12月人工智能训练师职业技能等级认定考试报名的通知</a><span>2026-11-08</span></li>
<li><a href="/school/news/2026-09-policy.html">技能提升补贴政策问答（2026年版）</a><span>2026-09-15</span></li>
<li><a href="/school/news/2026-07-graduation.html">我校第五期人工智能训练师培训班顺利结业</a><span>2026-07-03</span></li>
</ul>
<div class="pager">共3条 第1/1页</div>
"""), note="news list, no offer")

add("/school/news/2026-11-exam-notice.html", school(
    f"关于2026年12月人工智能训练师职业技能等级认定考试报名的通知 - {SCHOOL}", "新闻动态", """
<h1>关于2026年12月人工智能训练师职业技能等级认定考试报名的通知</h1>
<p class="info">发布时间：2026-11-08 &nbsp; 来源：教务处 &nbsp; 浏览：1,208</p>
<p>各位学员：</p>
<p>经与杭州数智职业技能评价有限公司协商，2026年第4次人工智能训练师职业技能等级认定定于2026年12月20日举行，现将报名事项通知如下：</p>
<p><b>一、认定等级：</b>五级/初级工、四级/中级工、三级/高级工。</p>
<p><b>二、报名时间：</b>2026年11月10日至12月5日，逾期不予受理。</p>
<p><b>三、报名材料：</b>身份证复印件、学历证书复印件、近期白底证件照2张、工作年限证明（单位盖章）、已有低一级职业技能等级证书复印件。</p>
<p><b>四、认定考核费：</b>五级300元/人，四级380元/人，三级480元/人，由评价机构收取。已在我校参加培训的学员，考核费已含在学费中，无需重复缴纳。</p>
<p><b>五、考核方式：</b>理论知识考试（机考，90分钟）和操作技能考核（120分钟），均为百分制，60分合格。</p>
<p><b>六、证书查询：</b>证书由评价机构颁发，发证后可在 <a href="http://jndj.osta.org.cn/">jndj.osta.org.cn</a> 查询。</p>
<p>咨询电话：0571-8821 6600（教务处 钱老师）</p>
<p style="text-align:right">教务处<br>2026年11月8日</p>
"""), is_offer=True, provider=SCHOOL, issuers=["杭州数智职业技能评价有限公司"], levels=[3, 4, 5],
    fee=(300, 480), note="honest exam registration notice; fees are the assessment fees only; dates and durations are not fees")

add("/school/news/2026-09-policy.html", school(f"技能提升补贴政策问答（2026年版） - {SCHOOL}", "新闻动态", """
<h1>技能提升补贴政策问答（2026年版）</h1>
<p class="info">发布时间：2026-09-15 &nbsp; 来源：综合办公室</p>
<p><b>问：什么是技能提升补贴？</b><br>答：指参加失业保险的企业职工取得职业资格证书或职业技能等级证书后，可从失业保险基金中申领的补贴。</p>
<p><b>问：补贴标准是多少？</b><br>答：一般为取得五级/初级工证书的1000元、四级/中级工1500元、三级/高级工2000元。部分地区对紧缺职业可上浮。二级、一级目前不在该项补贴范围内。</p>
<p><b>问：申领条件有哪些？</b><br>答：参加失业保险累计缴费满1年；同一职业同一等级只能申请一次；每人每年最多享受3次。具体以参保地人社部门规定为准。</p>
<p><b>问：培训机构能代领补贴吗？</b><br>答：不能。补贴由本人通过人社部门渠道申领，凡声称“包领补贴”“学费全返”的均不可信。</p>
"""), note="policy Q&A: subsidy amounts, no offer; 包领补贴 quoted as a warning")

add("/school/news/2026-07-graduation.html", school(f"我校第五期人工智能训练师培训班顺利结业 - {SCHOOL}", "新闻动态", """
<h1>我校第五期人工智能训练师培训班顺利结业</h1>
<p class="info">发布时间：2026-07-03 &nbsp; 来源：教务处</p>
<p>7月1日，我校第五期人工智能训练师（四级）培训班举行结业仪式。本期学员68人，来自电商、客服、数据服务等行业。</p>
<p>在6月下旬由评价机构组织的认定考核中，61名学员成绩合格。未通过的学员可按评价机构规定参加下一次补考。</p>
<p>结业仪式上，数据标注企业代表为学员介绍了行业用工需求。</p>
<p><img src="/school/img/graduation.jpg" alt="第五期结业合影"></p>
"""), note="graduation news with pass counts, no offer")

add("/school/contact.html", school(f"联系我们 - {SCHOOL}", "联系我们", """
<h1>联系我们</h1>
<p>地址：杭州市西湖区文三路478号华星科技大厦6楼（公交文三路学院路口站）</p>
<p>咨询电话：0571-8821 6600 &nbsp; 投诉电话：0571-8821 6611</p>
<p>办公时间：周一至周六 9:00-17:30</p>
<p>电子邮箱：zhixun@example.edu.cn</p>
<p><a href="/school/img/map.jpg"><img src="/school/img/map.jpg" alt="学校位置图" width="600"></a></p>
<p>学校在册招生老师名单请以本页公布为准：钱老师、孙老师。</p>
"""), note="contact page, no offer; links an image")
