# -*- coding: utf-8 -*-
# Offer specs: (path, operator, provider, title, ids, body_html). Section is the first path part.
U01_USCC = "91330106MA2H4C9D4X"
U03_USCC = "91110108MA01K7R32R"
U09_USCC = "91320104MA1T8Q2W4B"
S05_USCC = "92440300L9F3J6K2X4"

OFFERS = [
# ---------------- U01 杭州启衡 ----------------
dict(path="/qiheng/course.html", op="U01", provider="启衡教育",
 title="人工智能训练师（四级/中级工）周末班招生简章",
 ids=[("phone", "+8657186923341"), ("phone", "+8613957120486"), ("wechat", "13957120486"), ("uscc", U01_USCC), ("domain", "qihengedu.com")],
 body="""<h2>人工智能训练师（四级/中级工）周末班招生简章</h2>
<p>启衡教育是杭州本地专注数字技能的培训学校，本期开设<strong>人工智能训练师四级</strong>周末班，共8个周末，内容包括数据采集与清洗、标注规范、智能系统运维基础、模型效果测试。</p>
<table class="t"><tr><th>项目</th><th>说明</th></tr>
<tr><td>培训费</td><td>3200元/人（教材、机考模拟费包含在内）</td></tr>
<tr><td>评价费</td><td>按评价机构标准另收</td></tr>
<tr><td>证书</td><td>由备案的第三方社会培训评价组织颁发职业技能等级证书，可在 zscx.osta.org.cn 查询</td></tr>
<tr><td>开班</td><td>2026年12月19日 拱墅校区</td></tr></table>
<p>报名请带身份证复印件及一寸照片两张。政策咨询亦可拨打人社服务热线12333。</p>
<div class="contact">咨询电话：0571-86923341（工作日）&nbsp; 招生老师：139 5712 0486（手机微信同号）<br>
学校官网：www.qihengedu.com &nbsp; 统一社会信用代码：91330106MA2H4C9D4X</div>"""),
dict(path="/mall/shop/zhitu-px.html", op="U01", provider="智途职培",
 title="【智途职培】人工智能训练师三级 线上直播课+题库 包过辅导",
 ids=[("phone", "+8613957120486"), ("wechat", "13957120486"), ("email", "zhitu_px@163.com")],
 body="""<div class="sku"><h1>【智途职培】人工智能训练师三级 线上直播课+题库 包过辅导</h1>
<p class="price">¥ 2680 <del>¥ 3980</del> 已售 341 件</p>
<ul><li>适合：从事数据标注满4年或取得四级证书满5年的学员</li><li>课程：直播42课时+回放一年，配套理论题库1100题、实操案例20个</li>
<li>颁证：三级（高级工）证书由浙江省数智技能评价中心（第三方评价机构）颁发，全国联网可查</li></ul></div>
<div class="desc"><p>下单后请添加班主任，拉您进学习群。不会拍的客官可先咨询再下单~</p>
<p>班主任电话/微信：139-5712-0486 &nbsp; 资料发送邮箱：zhitu_px@163.com</p></div>"""),
dict(path="/fenlei/p2611803.html", op="U01", provider="浙数训练营",
 title="浙数训练营 人工智能训练师五级速成班 零基础可报",
 ids=[("email", "zhitu_px@163.com"), ("qq_group", "718402965")],
 body="""<p>零基础也能学！浙数训练营人工智能训练师<b>五级（初级工）</b>速成班，两周线上学完，考前集训三天。</p>
<p>学费：1580元，学生凭学生证减200。评价考试由浙江省数智技能评价中心组织，合格发证。</p>
<p>⚠️ 近期有人冒用我们名义用 170-8845-1230 打电话收“加急费”，本机构从不电话催缴，请勿转账！</p>
<p>报名资料请发：zhitu_px@163.com（标题写姓名+五级）<br>学员交流Q群：718 402 965（验证：浙数）</p>"""),
dict(path="/mp/qiheng-ai-0412.html", op="U01", provider="启衡AI学院",
 title="启衡AI学院｜2027年第一期人工智能训练师二级（技师）研修班报名开始",
 ids=[("qq_group", "718402965"), ("other", "杭州启衡信息技术有限公司")],
 body="""<section><p>各位同学，<b>启衡AI学院</b>2027年第一期<span class="hl">人工智能训练师二级（技师）</span>研修班开始接受报名。</p>
<p>二级需要撰写并答辩技术总结，本期安排导师一对一指导论文选题和答辩演练。</p></section>
<section class="box"><p>▶ 研修费：6800元（分两期缴纳）</p><p>▶ 考核：理论+技能+综合评审，由具备资质的评价机构实施</p><p>▶ 名额：30人</p></section>
<section><p>缴费请对公转账，收款户名：杭州启衡信息技术有限公司，转账后截图发群管理员。</p>
<p>报名答疑QQ群：718402965</p></section>"""),
# ---------------- U02 深圳鹏城 ----------------
dict(path="/wenda/q7731.html", op="U02", provider="鹏城智训",
 title="深圳哪里可以考人工智能训练师证？", ids=[("wechat", "szpc_ai2026"), ("qq", "2873340619")],
 body="""我们鹏城智训就在南山科技园，人工智能训练师四级和三级都有班，四级学费2300，三级3300，平时晚上上课不耽误工作。考试是机考，证书是评价机构颁发的等级证书。<br>
另外提醒一句，网上有个QQ 3307781452 说能“免考内部出证”，千万别信，已经有学员被骗。<br>
想了解的加我VX：szpc_ai2026，或者企鹅 2873340619 留言。"""),
dict(path="/mall/shop/shubiao-xt.html", op="U02", provider="数标学堂",
 title="数标学堂｜AI数据标注+人工智能训练师四级 双技能班",
 ids=[("qq", "2873340619"), ("phone", "+864006771825")],
 body="""<div class="sku"><h1>数标学堂｜AI数据标注+人工智能训练师四级 双技能班</h1>
<p class="price">¥ 2150 已售 88 件</p>
<ul><li>图像框选、语音转写、文本情感标注三大实训项目</li><li>结课后参加人工智能训练师四级（中级工）认定考试</li><li>证书颁发单位：深圳市鹏程职业技能评价有限公司</li></ul></div>
<div class="desc"><p>本店售后服务：全国统一400-677-1825（9:00-21:00），Q：287 334 0619</p>
<p>订单号以“SB”开头的为本店订单，其他渠道购买不享受售后。</p></div>"""),
dict(path="/fenlei/p2611842.html", op="U02", provider="AI标注职通车",
 title="AI标注职通车：人工智能训练师报考代报名，深圳东莞惠州均可",
 ids=[("phone", "+864006771825"), ("email", "zhitongche@pcai-edu.cn")],
 body="""<p>AI标注职通车提供人工智能训练师<b>四级、三级</b>代报名服务，报名费另算，培训套餐1980元起，含线上课程和三次模拟考。</p>
<p>证书可在国家职业技能等级证书查询网 jndj.osta.org.cn 或全国联网查询平台核验真伪。</p>
<p>服务热线 4006 771 825<br>企业合作邮箱 zhitongche@pcai-edu.cn</p>"""),
# ---------------- U03 北京北辰 ----------------
dict(path="/beichen/kecheng.html", op="U03", provider="北辰智能学院",
 title="北辰智能学院-人工智能训练师三级高级工认证课程",
 ids=[("phone", "+861062587731"), ("uscc", U03_USCC), ("domain", "bcznxy.cn")],
 body="""<div class="crumbs">首页 &gt; 课程中心 &gt; 人工智能训练师</div>
<h1>人工智能训练师三级（高级工）认证课程</h1>
<p>北辰智能学院位于海淀区中关村南大街，师资来自一线大模型数据团队。本课程覆盖业务数据处理、算法测试、智能训练与培训指导四个模块，共96学时。</p>
<p>课程费用 <em>4680元</em>，报名即送Python基础课。考核合格后取得人工智能训练师三级职业技能等级证书，颁证机构为人社部门备案的中关村数字技能评价中心，证书信息可登录 zscx.osta.org.cn 查询。</p>
<p>报名咨询：010-6258 7731 &nbsp;&nbsp; 网址：https://www.bcznxy.cn</p>
<p class="small">北京北辰智训科技有限公司 统一社会信用代码 91110108MA01K7R32R</p>"""),
dict(path="/mp/zhongke-shuxun-1108.html", op="U03", provider="中科数训",
 title="中科数训：人工智能训练师一级（高级技师）国家级证书限时报名",
 ids=[("uscc", U03_USCC), ("email", "hr@bcznxy.cn")],
 body="""<section><p><span class="hl">国家级！</span>中科数训人工智能训练师一级（高级技师）限时开放报名，人社部颁发，终身有效，可用于积分落户和职称评定。</p></section>
<section class="box"><p>📌 费用：9800元（含评审费）</p><p>📌 条件：取得二级证书满4年</p><p>📌 材料：身份证、学历证书、二级证书扫描件</p></section>
<section><p>主办单位统一社会信用代码：91110108MA01K7R32R，资质可查，请放心报名。</p>
<p>报名表请发送至 hr@bcznxy.cn ，工作人员两个工作日内回复。</p></section>"""),
dict(path="/wenda/q8020.html", op="U03", provider="京华人才测评",
 title="人工智能训练师二级在北京怎么报？", ids=[("phone", "+861062587731"), ("wechat", "bc_zhaosheng")],
 body="""京华人才测评这边每季度组织一次二级（技师）认定，需要先参加60学时的培训，费用5200元，含培训和论文指导。报名截止每季度末月15号。<br>
考前我们会发放准考证，准考证号是13开头的11位数字（比如上期的13120260915），别当成电话打了哈哈。<br>
详询(010)62587731，微信 bc_zhaosheng"""),
# ---------------- U04 成都蜀智 ----------------
dict(path="/fenlei/p2611877.html", op="U04", provider="蜀智职业培训",
 title="成都 蜀智职业培训 人工智能训练师四级 包教包会",
 ids=[("phone", "+8618180634527"), ("other", "成都蜀智远航教育咨询有限公司")],
 body="""<p>蜀智职业培训（高新区天府三街）常年开设人工智能训练师四级班，每月开一期，小班教学不超过25人。</p>
<p>学费2480元，可分期。结业参加四川天府职业技能评价中心组织的认定，通过后发职业技能等级证书。</p>
<p>缴费账户 户名：成都蜀智远航教育咨询有限公司（请认准对公账户，不收个人转账）</p>
<p>联系人：何老师 181 8063 4527</p>"""),
dict(path="/mall/shop/tianfu-ai.html", op="U04", provider="天府AI训练师联盟",
 title="天府AI训练师联盟 人工智能训练师三级冲刺班（含实操机位）",
 ids=[("phone", "+8618081957362"), ("other", "成都蜀智远航教育咨询有限公司")],
 body="""<div class="sku"><h1>天府AI训练师联盟 人工智能训练师三级冲刺班（含实操机位）</h1>
<p class="price">¥ 3580 已售 57 件</p>
<ul><li>冲刺班10天，每天4小时实操机位练习</li><li>三级（高级工）证书，四川天府职业技能评价中心颁证</li><li>订单号：13820261108</li></ul></div>
<div class="desc"><p>大额报名可走对公：开户名 成都蜀智远航教育咨询有限公司，备注学员姓名。</p>
<p>客服手机：１８０８１９５７３６２</p></div>"""),
# ---------------- U05 广州粤训 ----------------
dict(path="/fenlei/p2611905.html", op="U05", provider="穗科人才",
 title="穗科人才｜人工智能训练师五级/四级 广州天河开班",
 ids=[("qq", "3056617248")],
 body="""<p>穗科人才培训中心天河校区12月新班：人工智能训练师五级1680元，四级2380元，两级连报3600元。</p>
<p>请注意：我们没有任何“170 8845 1230”的招生电话，如接到此号码要求缴费属冒充，请报警。</p>
<p>报名QQ：3056617248（备注班级）</p>"""),
dict(path="/wenda/q8155.html", op="U05", provider="粤训通",
 title="广州有靠谱的人工智能训练师培训吗？", ids=[("qq", "3056617248"), ("phone", "+8613632487105")],
 body="""推荐粤训通，我在这边做课程顾问，讲真我们三级课是按国家职业标准来的，理论和技能都要考，没有“包过”这回事。学费3200，不满意第一周可以全退。<br>
人社政策问题可以打12333问，报名的事找我：+86 136-3248-7105，或者Q 3056617248。"""),
dict(path="/mp/yangcheng-biaozhu-1120.html", op="U05", provider="羊城数据标注学院",
 title="羊城数据标注学院｜零基础转行AI训练师，四级证书+就业推荐",
 ids=[("phone", "+8613632487105"), ("email", "gzyxt_kf@126.com")],
 body="""<section><p>想转行做AI？<b>羊城数据标注学院</b>四级（中级工）人工智能训练师课程，学完推荐到合作标注基地实习。</p></section>
<section class="box"><p>💰 学费：2780元，含教材与三次模拟考</p><p>📜 证书：人工智能训练师四级，广东南粤技能评价研究院颁发</p><p>👩‍🏫 班型：晚班/周末班</p></section>
<section><p>报名热线：86-13632487105</p><p>简历投递：gzyxt_kf@126.com</p></section>"""),
dict(path="/mall/shop/nanyue-jineng.html", op="U05", provider="南粤技能认证中心",
 title="南粤技能认证中心 人工智能训练师二级（技师）评审辅导套餐",
 ids=[("email", "gzyxt_kf@126.com"), ("domain", "yuexuntong.net")],
 body="""<div class="sku"><h1>南粤技能认证中心 人工智能训练师二级（技师）评审辅导套餐</h1>
<p class="price">¥ 5980 已售 19 件</p>
<ul><li>技术总结撰写指导3次、答辩模拟2次</li><li>二级（技师）证书由备案评价机构颁发</li><li>课程编号：2026112305</li></ul></div>
<div class="desc"><p>详细介绍见官网 yuexuntong.net，资料请发邮箱 GZYXT_KF@126.COM</p></div>"""),
# ---------------- U06 武汉江城 ----------------
dict(path="/wenda/q8201.html", op="U06", provider="江城智培",
 title="武汉人工智能训练师三级培训多少钱？", ids=[("wechat", "whjc_peixun")],
 body="""江城智培（光谷）三级是2980，含教材和考试费，每月最后一个周末考试。我们不承诺包过，但历届通过率还可以。有问题加薇：whjc_peixun"""),
dict(path="/mp/chutian-shuxun-1201.html", op="U06", provider="楚天数训",
 title="楚天数训｜人工智能训练师四级冬季班，12月20日开课",
 ids=[("wechat", "whjc_peixun"), ("phone", "+8615927310846")],
 body="""<section><p><b>楚天数训</b>冬季班来啦！人工智能训练师<span class="hl">四级</span>，十个晚上搞定理论，两个周末练实操。</p></section>
<section class="box"><p>学费：2200元（老学员推荐再减150）</p><p>证书：职业技能等级证书（四级/中级工），评价机构颁发，zscx.osta.org.cn 可查</p></section>
<section><p>扫码或搜索微信号 whjc_peixun 报名</p><p>电话：15927310846</p></section>"""),
dict(path="/fenlei/p2611930.html", op="U06", provider="楚天数训",
 title="武汉光谷 人工智能训练师五级 速报 名额不多",
 ids=[("phone", "+8615927310846")],
 body="""<p>五级（初级工）人工智能训练师，武汉本地考点，学费1500全包。周末上课。</p>
<p>提醒：网上有人用微信号 kaozheng_vip888 卖“保过证”，和本机构无关。</p>
<p>报名电话 159-2731-0846 （楚天数训 刘老师）</p>"""),
# ---------------- U07 上海职达 ----------------
dict(path="/zhida/ai-xunlianshi.html", op="U07", provider="沪上职达",
 title="沪上职达 | 人工智能训练师（三级）课程介绍",
 ids=[("phone", "+862154236608"), ("domain", "zhida-sh.com")],
 body="""<h1>人工智能训练师（三级）</h1>
<div class="lead">沪上职达职业技能培训学校 · 徐汇校区</div>
<p>课程对标《人工智能训练师国家职业标准》三级要求，共80课时，含12课时大模型提示词与数据治理专题。</p>
<dl><dt>学费</dt><dd>3900元</dd><dt>上课方式</dt><dd>线下小班+线上答疑</dd><dt>颁证</dt><dd>经人社部门备案的评价机构颁发，证书编号可在 jndj.osta.org.cn 查询</dd></dl>
<p>招生办：021-5423 6608 &nbsp; 官网 zhida-sh.com</p>"""),
dict(path="/wenda/q8166.html", op="U07", provider="申城AI学苑",
 title="人工智能训练师网课哪家好？", ids=[("phone", "+862154236608"), ("email", "service@zhida-sh.com")],
 body="""其实不一定要在本地上课，申城AI学苑的四级网课全国可报，1980元，考试可以选择就近考点。需要简章的话发邮件到 service@zhida-sh.com，或电话(021)54236608找周老师。"""),
dict(path="/mall/shop/pujiang-zn.html", op="U07", provider="浦江智能培训",
 title="浦江智能培训 人工智能训练师四级+三级 连读班",
 ids=[("email", "service@zhida-sh.com")],
 body="""<div class="sku"><h1>浦江智能培训 人工智能训练师四级+三级 连读班</h1>
<p class="price">¥ 5200 已售 23 件</p>
<ul><li>四级结业后直接进入三级学习，节省报名等待期</li><li>课程编号 2026031588</li><li>证书：上海浦江技能评价中心颁发人工智能训练师等级证书</li></ul></div>
<div class="desc"><p>售后与发票：service#zhida-sh.com（#换成@）</p></div>"""),
# ---------------- U08 郑州中原 ----------------
dict(path="/fenlei/p2611958.html", op="U08", provider="中原智训",
 title="郑州 中原智训 人工智能训练师四级三级 常年招生",
 ids=[("phone", "+8617739815264"), ("qq", "1190427736")],
 body="""<p>中原智训，郑东新区。人工智能训练师四级2100元、三级2900元，报名送教材，考前串讲两天。</p>
<p>证书由河南省中原技能人才评价中心颁发，国家职业技能等级证书。</p>
<p>电话177-3981-5264 QQ1190427736</p>"""),
dict(path="/mp/yucai-edu-1115.html", op="U08", provider="豫才教育",
 title="豫才教育：人工智能训练师证书到底有没有用？报考一文讲清",
 ids=[("phone", "+8617739815264"), ("wechat", "17739815264")],
 body="""<section><p>最近很多人问人工智能训练师证书有没有用。简单说：它是职业技能等级证书，不是职称，也不是“人社部颁发”的，但在数据标注、AI运营岗位招聘中确实加分。</p></section>
<section class="box"><p>豫才教育本期开设四级和三级班：四级1990元、三级2790元。</p><p>温馨提示：有人冒充我们用 17088451230 收“加急出证费”，请勿相信。</p></section>
<section><p>报名咨询：17739815264（同微）</p></section>"""),
# ---------------- U09 南京金陵 ----------------
dict(path="/mp/jinling-shuzhi-1019.html", op="U09", provider="金陵数智",
 title="金陵数智｜人工智能训练师三级（高级工）周末班火热报名中",
 ids=[("uscc", U09_USCC), ("wechat", "jlsz_edu")],
 body="""<section><p><b>金陵数智</b>三级（高级工）周末班，在鼓楼区上课，讲师均为企业AI产品负责人。</p></section>
<section class="box"><p>费用：3400元</p><p>课时：72</p><p>证书：人工智能训练师三级职业技能等级证书（江苏智能产业技能评价中心颁发）</p><p>政策咨询：12333</p></section>
<section><p>办学主体：南京金陵数智教育科技有限公司（统一社会信用代码 91320104MA1T8Q2W4B）</p><p>报名加微信：jlsz_edu</p></section>"""),
dict(path="/fenlei/p2611983.html", op="U09", provider="宁训AI",
 title="宁训AI 南京 人工智能训练师四级晚班 2026年12月",
 ids=[("wechat", "jlsz_edu"), ("qq", "1497305568")],
 body="""<p>宁训AI 四级晚班，每周二四晚上7点到9点半，新街口上课。学费2260。</p>
<p>注意：QQ号3307781452不是我们的客服，冒充收费请举报。</p>
<p>V：JLSZ_EDU &nbsp; QQ：1497305568</p>"""),
dict(path="/wenda/q8299.html", op="U09", provider="石城职业技能",
 title="南京考人工智能训练师一般要多久？", ids=[("qq", "1497305568"), ("phone", "+862584716629")],
 body="""石城职业技能这边四级一般一个半月，三级两个月左右，出证再等一个月。我们四级2200、三级3100。咨询：025-84716629，扣扣1497305568"""),
dict(path="/mall/shop/shicheng-jn.html", op="U09", provider="石城职业技能",
 title="石城职业技能 人工智能训练师五级 网课+考试",
 ids=[("phone", "+862584716629"), ("email", "ningxun_ai@qq.com")],
 body="""<div class="sku"><h1>石城职业技能 人工智能训练师五级 网课+考试</h1>
<p class="price">¥ 1380 已售 204 件</p>
<ul><li>网课20课时，可手机学习</li><li>五级（初级工）证书由江苏智能产业技能评价中心颁发</li></ul></div>
<div class="desc"><p>店铺电话：025 8471 6629 &nbsp; 邮箱：ningxun_ai@qq.com</p></div>"""),
# ---------------- independents ----------------
dict(path="/mall/shop/lingxi-ai.html", op=None, provider="灵犀AI课堂",
 title="灵犀AI课堂 人工智能训练师四级 自学套餐（视频+题库）",
 ids=[("phone", "+8613761928054")],
 body="""<div class="sku"><h1>灵犀AI课堂 人工智能训练师四级 自学套餐（视频+题库）</h1>
<p class="price">¥ 699 已售 1022 件</p>
<ul><li>仅含学习资料，不含报名考试</li><li>考试需自行向当地评价机构报名，证书可在 zscx.osta.org.cn 查询</li></ul></div>
<div class="desc"><p>店主手机 137-6192-8054</p></div>"""),
dict(path="/mall/shop/xingchen-kz.html", op=None, provider="星辰考证",
 title="星辰考证 人工智能训练师三级 免考拿证 人社部颁发",
 ids=[("qq", "2417739065"), ("wechat", "xc_kaozheng01")],
 body="""<div class="sku"><h1>星辰考证 人工智能训练师三级 免考拿证 人社部颁发</h1>
<p class="price">¥ 3300 已售 76 件</p>
<ul><li>不用考试，提交资料30天出证</li><li>人社部颁发，国家人才库可查</li><li>订单编号：15820261113</li></ul></div>
<div class="desc"><p>QQ 2417739065 / 微信 xc_kaozheng01</p></div>"""),
dict(path="/fenlei/p2612011.html", op=None, provider="长沙湘数职校",
 title="长沙 湘数职校 人工智能训练师四级培训",
 ids=[("phone", "+8673188614720")],
 body="""<p>湘数职校人工智能训练师四级，岳麓区，学费2050元，开班前可免费试听一次。</p>
<p>不清楚政策的可先咨询12333。</p><p>校办电话：0731-88614720</p>"""),
dict(path="/fenlei/p2612036.html", op=None, provider="津门智学",
 title="天津 津门智学 AI训练师三级 包过",
 ids=[("phone", "+8615822067391")],
 body="""<p>津门智学 人工智能训练师三级 包过 不过全退 3600元</p>
<p>别信 170-8845-1230 那种说不用考的，我们是正规培训+考试。</p><p>手机 158 2206 7391</p>"""),
dict(path="/wenda/q8312.html", op=None, provider="秦川数字学院",
 title="人工智能训练师证在外地考可以吗？", ids=[("qq_group", "605318842"), ("uscc", S05_USCC)],
 body="""可以的。秦川数字学院是做全国网课的，四级网课1600，考试就近安排。我们是个体户注册（92440300L9F3J6K2X4），小本经营。交流群：605318842"""),
dict(path="/mp/xiaoyu-ai-1203.html", op=None, provider="小鱼AI职通",
 title="小鱼AI职通｜人工智能训练师二级技师，证书直接对应职称",
 ids=[("wechat", "xiaoyu_aizt"), ("email", "xiaoyuai@foxmail.com")],
 body="""<section><p><b>小鱼AI职通</b>人工智能训练师二级（技师）全程代办，证书可直接对应中级职称，8800元一站式服务。</p></section>
<section class="box"><p>⚠️ 声明：QQ 3307781452 冒用我方名义，与本公众号无关。</p></section>
<section><p>加微信 xiaoyu_aizt 或发邮件 xiaoyuai@foxmail.com</p></section>"""),
dict(path="/mp/gaoxin-zhiyuan-1125.html", op=None, provider="高新职苑",
 title="高新职苑｜人工智能训练师五级公益补贴班，符合条件可申领补贴",
 ids=[("phone", "+862988410573")],
 body="""<section><p>西安<b>高新职苑</b>开设人工智能训练师五级补贴班，学费1200元，取证后符合条件的可按当地政策申请职业技能提升补贴。</p></section>
<section class="box"><p>防骗提醒：微信号 kaozheng_vip888 自称“补贴代办”，系诈骗。</p></section>
<section><p>报名电话：029-88410573</p></section>"""),
dict(path="/hangxin/index.html", op=None, provider="航信数智培训",
 title="航信数智培训 - 人工智能训练师 四级/三级 报名中心",
 ids=[("phone", "+8653182093316"), ("domain", "hangxin-ai.cn")],
 body="""<h1>航信数智培训 · 人工智能训练师报名中心</h1>
<p>济南历下区。开设四级（1980元）与三级（2880元）两个等级，全部线下授课，证书由山东省内备案评价机构颁发，可登录 jndj.osta.org.cn 查询。</p>
<p>发票开具后请核对发票号码 37018812 与金额。</p>
<p>电话：0531-82093316 &nbsp; www.hangxin-ai.cn</p>"""),
]
