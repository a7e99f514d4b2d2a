# -*- coding: utf-8 -*-
"""Non-offer pages: articles, Q&A/forum, jobs."""
from core import add, doc, esc
from offers3 import bbs_thread, wenda, mp, school


def news(title, date, src, body, enc="utf-8", decl="charset"):
    b = ('<h1>%s</h1><div class="info">%s 来源：%s</div>\n<div class="article">%s</div>\n'
         '<p><a href="/news/index.html">返回教育频道</a></p>' % (esc(title), date, src, body))
    return doc("news", title + "_时讯网", b, enc=enc, decl=decl)


def rsj(title, date, body, enc="gbk"):
    b = ('<div class="loc">当前位置：<a href="/rsj/index.html">首页</a> &gt; 通知公告</div>\n'
         '<h2 style="text-align:center">%s</h2><p style="text-align:center">发布日期：%s</p>\n%s' % (esc(title), date, body))
    return doc("rsj", title, b, enc=enc, decl="http-equiv")


def job(title, company, salary, body, enc="utf-8"):
    b = ('<div class="job"><h1>%s</h1><div class="sal">%s</div><div class="co">%s</div>\n%s</div>\n'
         '<p><a href="/jobs/index.html">返回职位列表</a></p>' % (esc(title), salary, company, body))
    return doc("jobs", title + " - 智聘网", b, enc=enc)


def build():
    A = "article"
    # ------------------------------------------------------------ news
    add("/news/2026/1103-shanzhai.html", news("“包过”“免考”“人社部颁发”？起底人工智能训练师山寨证书链条", "2026-11-03", "时讯网综合",
        """<p>据报道，近期多地出现以“人工智能训练师”为名的证书骗局。有网友反映，某机构广告声称“包过”“免考直接拿证”“证书由人社部颁发”，收费从三千多元到一万两千八百元不等。</p>
<p>记者调查发现，这些机构所称的“国家人工智能职业能力认证中心”等单位并不在人社部门公布的评价机构名单中。人社部门提醒，职业技能等级证书由经备案的评价机构颁发，人社部本身不直接颁发此类证书，也不存在“免考”的正规渠道。</p>
<p>律师表示，以“包过”“不过退费”为噱头的培训广告违反广告法相关规定，消费者遇到此类宣传可向市场监管部门投诉。</p>"""),
        A, "news-warning", "quotes scam phrases and prices as things to avoid")

    add("/news/2026/1020-butie.html", news("技能提升补贴怎么领？人工智能训练师证书持有人可申领", "2026-10-20", "时讯网",
        """<p>记者从人社部门了解到，企业职工取得人工智能训练师职业技能等级证书后，可申领技能提升补贴：</p>
<p>取得五级证书的可申领1000元，取得四级的可申领1500元，取得三级的可申领2000元。</p>
<p>申领条件：需累计缴纳失业保险费1年以上，同一职业同一等级只能申领一次，每人每年最多3次。</p>
<p>补贴通过当地人社部门线上平台申请，不需要通过任何中介机构办理。</p>""", enc="gbk"),
        A, "news-subsidy", "GBK; subsidy amounts with conditions on the next line; not fees", enc="gbk")

    add("/news/2026/0915-biaozhun.html", news("读懂人工智能训练师国家职业技能标准", "2026-09-15", "时讯网科技",
        """<p>《人工智能训练师国家职业技能标准（2021年版）》由人力资源社会保障部、工业和信息化部联合发布，人社部职业技能鉴定中心指导，阿里巴巴集团牵头起草，科大讯飞、北京百度网讯等十余家单位参与。</p>
<p>标准设五个等级：五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师，下设数据标注员、人工智能算法测试员两个工种。</p>
<p>职业技能等级证书由经人社部门备案的用人单位和社会培训评价组织颁发。标准的发布单位、指导单位和起草单位并不颁发证书。</p>"""),
        A, "explainer", "bodies that publish/guide/draft the standard named without being issuers")

    add("/news/2026/0828-chaxun.html", news("警惕！这些“证书查询网站”是假的", "2026-08-28", "时讯网",
        """<p>有网友反映，花钱买到的人工智能训练师证书可以在 www.rgzn-zscx.com、osta-cert-query.com 等网站“查到”，但这些网站均非官方。</p>
<p>人社部门提示，职业技能等级证书应通过人社部门官方网站或其授权平台查询，域名一般为 osta.org.cn 或 mohrss.gov.cn。</p>"""),
        A, "news-warning", "fake query domains named as warnings")

    add("/news/2026/0712-luohu.html", news("“交9800元包拿二级证，还能落户”？记者暗访培训机构", "2026-07-12", "时讯网",
        """<p>有读者反映，朋友圈广告声称“交9800元包拿人工智能训练师二级证书，持证可积分落户、领补贴”。</p>
<p>记者以学员身份咨询，对方称“零基础也能报技师，不需要工作年限”。而按照国家职业技能标准，申报二级需取得三级证书后从事本职业工作4年以上。</p>
<p>多地人社部门表示，技能提升补贴仅针对五级至三级，二级、一级不在该项补贴范围内。</p>"""),
        A, "news-investigation", "quotes 9800 price and hukou bait as reported facts")

    add("/news/2026/1125-henan.html", news("郑州一培训机构发布“包过”广告被罚2万元", "2026-11-25", "时讯网河南",
        """<p>郑州市市场监管部门近日公布一批违法广告典型案例，其中一家培训机构在网络发布“人工智能训练师包过、不过退费”等内容，被责令停止发布并处罚款2万元。</p>
<p>监管部门提醒，教育培训广告不得对考试通过或取得证书作出明示或暗示的保证性承诺。</p>"""),
        A, "news-enforcement", "fine amount is not a fee")

    add("/news/2026/1201-heilongjiang.html", news("黑龙江首批人工智能训练师二级综合评审完成", "2026-12-01", "时讯网黑龙江",
        """<p>近日，黑龙江龙江智训职业技能评价有限公司组织完成全省首批人工智能训练师二级（技师）综合评审，共有46人参加，31人通过。</p>
<p>参评人员均已取得三级证书并从事本职业4年以上，评审包括理论考试、操作技能考核和综合评审。</p>"""),
        A, "news", "recognized agency named in news, no offer")

    add("/news/2026/1010-guangxi.html", news("广西数据标注产业提速 从业人员月薪四千到八千", "2026-10-10", "时讯网广西",
        """<p>南宁、柳州等地数据标注企业今年新增岗位两千余个，一线标注员月薪4000元至8000元，质检和项目经理岗位可达1.2万元。</p>
<p>企业负责人表示，持有人工智能训练师职业技能等级证书的员工在晋升时有一定优势。</p>""", enc="gbk"),
        A, "news", "GBK; salaries are not fees", enc="gbk")

    add("/news/2026/0630-hubei.html", news("湖北将人工智能训练师纳入急需紧缺职业目录", "2026-06-30", "时讯网湖北",
        """<p>湖北省人社厅发布新版急需紧缺职业（工种）目录，人工智能训练师列入其中，相应等级技能提升补贴标准上浮30%。</p>
<p>按照新标准，三级证书持有人可申领补贴最高2600元。</p>
<p>申领人须为参保职工，且证书由经备案的评价机构颁发。</p>"""),
        A, "news-policy", "subsidy amount 2600 with conditions; not a fee")

    add("/news/2026/1215-fake-policy.html", news("辟谣：“人社部叫停人工智能训练师证书发放”系谣言", "2026-12-15", "时讯网",
        """<p>近日网传“人社部叫停AI证书发放”的文章，经核实为不实信息。人工智能训练师职业技能等级认定工作正常开展。</p>
<p>有培训机构借谣言制造焦虑，宣称“最后一批，免考拿证，过期作废”，请广大学员提高警惕。</p>"""),
        A, "news-debunk", "rumour debunk quoting 免考拿证 as scam wording")

    # ------------------------------------------------------------ rsj (GBK)
    add("/rsj/tzgg/2026-10-beian.html", rsj("关于公布第六批职业技能等级认定社会培训评价组织和用人单位备案名单的通知", "2026-10-09", """
<p>根据职业技能等级认定工作有关规定，经审核，现将备案名单公布如下（节选，人工智能训练师职业）：</p>
<table><tr><th>机构名称</th><th>职业（工种）</th><th>等级</th></tr>
<tr><td>山东齐鲁数智职业技能评价有限公司</td><td>人工智能训练师</td><td>五级至三级</td></tr>
<tr><td>河南中智职业技能评价有限公司</td><td>人工智能训练师</td><td>五级至二级</td></tr>
<tr><td>湖北楚天数字技能评价有限公司</td><td>人工智能训练师</td><td>五级至一级</td></tr>
<tr><td>武汉江城智能职业技能评价中心</td><td>人工智能训练师</td><td>五级至三级</td></tr>
<tr><td>辽宁辽沈数智职业技能评价有限公司</td><td>人工智能训练师</td><td>五级至三级</td></tr>
<tr><td>黑龙江龙江智训职业技能评价有限公司</td><td>人工智能训练师</td><td>五级至二级</td></tr>
<tr><td>广西八桂智联职业技能评价有限公司</td><td>人工智能训练师</td><td>五级至三级</td></tr>
</table>
<p>沈阳盛京职业技能鉴定有限公司备案暂停，河南豫才职业技能鉴定有限公司备案撤销，自公布之日起不得开展认定。</p>"""),
        A, "policy-notice", "GBK; filing list (no offer); the registry's source_url", enc="gbk")

    add("/rsj/tzgg/2026-09-butie.html", rsj("关于做好2026年度职工技能提升补贴申领工作的通知", "2026-09-01", """
<p>一、补贴标准。参保职工取得职业技能等级证书的，按以下标准申领：</p>
<p>五级（初级工）可申领1000元；四级（中级工）可申领1500元；三级（高级工）可申领2000元。</p>
<p>列入急需紧缺目录的职业，补贴标准上浮30%。</p>
<p>二、申领条件。</p>
<p>申领人须累计缴纳失业保险费满1年（含）；同一职业同一等级只能申领一次。</p>
<p>三、申领渠道。通过省人社公共服务平台线上申领，不收取任何费用。</p>"""),
        A, "policy-subsidy", "GBK; amounts 可申领…元 with conditions on following lines", enc="gbk")

    add("/rsj/tzgg/2026-06-qingli.html", rsj("关于开展技术技能类“山寨证书”专项治理的通告", "2026-06-18", """
<p>近期，部分机构以“人社部颁发”“国家职业资格证书”“免考包过”“可落户”等名义招揽学员，违规发放所谓人工智能训练师证书。</p>
<p>现提醒：人工智能训练师属于职业技能等级认定范围，证书由备案的评价机构颁发，不属于国家职业资格证书；人社部门不直接颁发此类证书。</p>
<p>群众可拨打12333反映线索。</p>"""),
        A, "policy-warning", "GBK; scam phrases quoted in a notice", enc="gbk")

    # ------------------------------------------------------------ mp articles (no offer)
    add("/mp/s/Za8dE1.html", mp("人工智能训练师证书怎么考？一文讲清五个等级", "职场进阶笔记", "2026-09-30", """
<p>人工智能训练师证书是职业技能等级证书，由备案评价机构颁发。五级要求相关工作1年或学徒期满，往上逐级递进。</p>
<p>市场上的培训费从一千多元到上万元不等，认定考务费本身通常只有几百元。价格明显偏高、承诺包过的，都值得警惕。</p>
<p>建议先在人社部门官网查询评价机构备案名单，再选择培训机构。</p>"""),
        A, "wechat-explainer", "explainer with price ranges, no offer")

    add("/mp/s/Rb2yU4.html", mp("避坑指南：AI训练师证书的8个骗局话术", "反诈在身边", "2026-11-20", """
<ol><li>广告声称“包过”“不过退费”；</li><li>“免考直接拿证，本人无需到场”；</li>
<li>“证书由人社部颁发，属于国家职业资格证书”；</li><li>“零基础直接报技师、高级技师”；</li>
<li>“拿证落户、领补贴倒赚”；</li><li>“在某某网站可查”，而网站并非官方；</li>
<li>机构名称和备案机构只差一两个字；</li><li>“原价9980，今天只要3980”。</li></ol>
<p>遇到上述话术，请勿付款。</p>"""),
        A, "wechat-warning", "lists scam phrasing; no offer")

    add("/topic/guide/level-compare.html", doc("topic", "人工智能训练师五个等级对照表", """
<h1>人工智能训练师等级对照与申报条件</h1>
<table border="1"><tr><th>等级</th><th>别称</th><th>培训参考学时</th><th>主要申报条件</th></tr>
<tr><td>五级</td><td>初级工</td><td>60</td><td>相关工作1年或学徒期满</td></tr>
<tr><td>四级</td><td>中级工</td><td>50</td><td>五级证书后4年，或累计6年，或技工院校毕业</td></tr>
<tr><td>三级</td><td>高级工</td><td>40</td><td>四级证书后5年等</td></tr>
<tr><td>二级</td><td>技师</td><td>40</td><td>三级证书后4年等</td></tr>
<tr><td>一级</td><td>高级技师</td><td>30</td><td>二级证书后4年</td></tr></table>
<p><a href="/topic/ai-trainer.html">返回专题</a></p>"""), A, "guide", "eligibility table; levels named but nothing offered")

    add("/school/qlzx/news-kaohe.html", school("齐鲁智学：2026年11月人工智能训练师认定考核顺利举行", """
<h1>2026年11月人工智能训练师认定考核顺利举行</h1>
<p>11月23日，我校承办的人工智能训练师四级、三级认定考核顺利举行，共有128名考生参加理论考试和操作技能考核。考核由山东齐鲁数智职业技能评价有限公司组织，成绩将于20个工作日内公布。</p>
""", "齐鲁智学培训学校", "/school/qlzx/index.html"), A, "school-news", "school news about an exam; no offer")

    # ------------------------------------------------------------ qa / forum (no offer)
    Q = "qa_forum"
    add("/wenda/q/10471.html", wenda("人工智能训练师能包过吗？", "看到好多广告说包过，是真的吗？", [
        ("职业规划师王老师", "正规认定不存在包过。理论考试和操作技能考核都要本人参加，60分合格。说包过的要么是代考，要么证书来路不明。"),
        ("数据标注三年", "我考四级时实操挺难的，没有包过这回事。"),
    ]), Q, "qa", "question asks 能包过吗; answers warn")

    add("/wenda/q/10490.html", wenda("“人社部颁发的国家职业资格证书”是真的吗？", "有机构说人工智能训练师证书是人社部颁发的国家职业资格证书，3800元。", [
        ("人社政策解读", "人工智能训练师不在国家职业资格目录内，是职业技能等级证书，由备案评价机构颁发，人社部不直接发。"),
    ]), Q, "qa", "quotes a 3800 price from a seller the asker saw; no offer")

    add("/wenda/q/10502.html", wenda("考了人工智能训练师三级能领多少补贴？", "山东的，在职。", [
        ("小周", "参保满一年，三级一般可申领2000元，急需紧缺目录的上浮30%。"),
        ("泉城一哥", "去省人社服务平台申请就行，别找中介。"),
    ]), Q, "qa", "subsidy amounts in answers")

    add("/wenda/q/10525.html", wenda("零基础能直接考人工智能训练师二级吗？", "有人说本科就能报技师。", [
        ("职业规划师王老师", "不能。二级需三级证书后从事本职业4年等条件，宣称零基础可报二级的都不符合标准。"),
    ]), Q, "qa", "eligibility question")

    add("/wenda/q/10540.html", wenda("武汉江城智能职业技能评价中心和江城智能装备评价是一家吗？", "名字很像，怕报错。", [
        ("荆州老陈", "不是一家。备案名单里做人工智能训练师的是“武汉江城智能职业技能评价中心”，装备那家是做机械类工种的。"),
    ]), Q, "qa", "near-duplicate agency names discussed")

    add("/wenda/q/10551.html", wenda("人工智能训练师和生成式人工智能系统应用员有什么区别？", "", [
        ("AI从业者", "两个不同职业：人工智能训练师编码4-04-05-05，生成式人工智能系统应用员是4-04-05-13。备案时是分开的，报名前看清评价机构备案的是哪个职业。"),
    ]), Q, "qa", "occupation codes explained")

    add("/bbs/thread-3298-1-1.html", bbs_thread(3298, "曝光：号称包过的AI训练师机构收了我12800", [
        ("被坑的老王", "2026-10-02 22:10", "去年交了12800报二级一级连报，说零基础包过，结果证书上的“国家人工智能职业能力认证中心”根本查不到。"),
        ("辽沈阿飞", "2026-10-02 22:31", "同遭遇，对方一直说在 www.rgzn-zscx.com 能查，那网站是他们自己的。"),
        ("版主", "2026-10-03 08:00", "已置顶。大家报名前请查人社部门备案名单。"),
    ]), Q, "forum-warning", "warning thread quoting prices and the fake query domain")

    add("/bbs/thread-3320-1-1.html", bbs_thread(3320, "四级考试经验分享（齐鲁数智考点）", [
        ("泉城一哥", "2026-09-12 19:00", "上个月在山东齐鲁数智职业技能评价有限公司的考点考了四级，培训加考务一共花了1680。理论90分钟，实操是数据清洗+标注质检。"),
        ("签到达人07", "2026-09-12 20:15", "感谢分享，请问实操用什么平台？"),
        ("泉城一哥", "2026-09-12 20:40", "考点自己的平台，和练习环境差不多。"),
    ], enc="gbk"), Q, "forum-experience", "GBK; first-person experience with what the author paid; no offer", enc="gbk")

    add("/bbs/thread-3335-1-1.html", bbs_thread(3335, "求助：这个证书查询网站是真的吗？", [
        ("新手小白", "2026-11-10 13:20", "机构给我的证书说在 osta-cert-query.com 能查，看着挺像官方的。"),
        ("老韩说IT", "2026-11-10 13:45", "假的，官方查询在 osta.org.cn 或者人社部网站。"),
    ]), Q, "forum-question", "fake query domain discussed")

    add("/bbs/thread-3361-1-1.html", bbs_thread(3361, "数据标注这行现在还好做吗？", [
        ("冰城小李", "2026-08-01 21:00", "哈尔滨这边标注员4500左右，质检能到6000。"),
        ("桂林米粉", "2026-08-01 21:30", "南宁差不多，做大模型对话标注的稍微高点。"),
    ], enc="gbk", decl="http-equiv"), Q, "forum-discussion", "GBK; salaries in chatter", enc="gbk")

    add("/bbs/thread-3380-1-1.html", bbs_thread(3380, "说好的不过退费，现在联系不上了", [
        ("zz_小马", "2026-11-18 23:02", "在朋友圈找的机构，说三级不过退费，交了2980，考试没过，客服把我拉黑了。"),
        ("版主", "2026-11-19 09:10", "建议保留转账记录，向12315投诉。"),
    ]), Q, "forum-complaint", "complaint quoting 不过退费 and a price")

    # ------------------------------------------------------------ jobs
    J = "job"
    add("/jobs/detail/88001.html", job("数据标注员（济南）", "济南星图智能科技有限公司", "5000-7000元/月",
        "<p>岗位职责：图像、文本数据标注与质检。要求：中专及以上，细心耐心。持人工智能训练师证书者优先。</p><p>五险一金，双休。</p>"),
        J, "job", "salary only")
    add("/jobs/detail/88002.html", job("AI训练师（大模型对话方向）", "武汉光年智语科技有限公司", "8000-12000元/月",
        "<p>负责大模型对话数据编写、评估与反馈。持人工智能训练师三级及以上证书优先。</p><p>福利：年终奖13-15薪。</p>"),
        J, "job", "salary only")
    add("/jobs/detail/88003.html", job("数据标注专员（哈尔滨）", "哈尔滨北疆数据服务有限公司", "4500-6000元/月",
        "<p>公司提供免费岗前培训，无经验可培养。试用期1个月。</p>", enc="gbk"),
        J, "job-gbk", "GBK; free on-the-job training of a job, not a certificate offer", enc="gbk")
    add("/jobs/detail/88004.html", job("人工智能算法测试员", "南宁智测科技有限公司", "年薪12-18万",
        "<p>负责模型效果评测与测试用例设计，本科及以上学历。</p>"), J, "job", "annual salary")
    add("/jobs/detail/88005.html", job("人工智能训练师培训讲师", "楚天慧博职业培训学校", "1万-1.5万元/月",
        "<p>讲授人工智能训练师四级、三级课程，需持三级及以上证书，有授课经验。课时费另计。</p>"),
        J, "job-trainer", "hiring a lecturer for AI-trainer courses; salary is not a course fee")
    add("/jobs/detail/88006.html", job("大模型标注兼职（日结）", "郑州数链信息技术有限公司", "日结300元",
        "<p>周末兼职，按件计费，熟练后日均300元。</p>"), J, "job-parttime", "daily pay")
    add("/jobs/detail/88007.html", job("人工智能训练师考评员", "辽宁辽沈数智职业技能评价有限公司", "6000-9000元/月",
        "<p>负责认定考核现场考评工作，需持人工智能训练师二级证书或相关专业中级职称。</p>"),
        J, "job", "recognized agency hiring; not an offer")
