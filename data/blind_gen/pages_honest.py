"""Blind web: the honest offers H1-H5 and the non-offers."""
from __future__ import annotations

import json

from blind_lib import add

# ---------------------------------------------------------------- H1 university honest
add("/jxjy/tongzhi/2026-12-ai-trainer.html",
    "关于举办2026年第四期人工智能训练师（四级、三级）职业技能培训及等级认定的通知", """
<div class="crumb">首页 &gt; 通知公告</div>
<article>
<h1>关于举办2026年第四期人工智能训练师（四级、三级）职业技能培训及等级认定的通知</h1>
<p class="meta">北京京华理工大学继续教育学院　发布日期：2026-11-18</p>
<p>为服务首都数字经济发展，我院联合北京中关村人才发展评价中心（经备案的社会培训评价组织）举办人工智能训练师职业技能培训及等级认定，现将有关事项通知如下：</p>
<h2>一、培训等级与对象</h2>
<p>四级/中级工、三级/高级工。申报条件严格按照《人工智能训练师国家职业技能标准（2021年版）》执行，报名时需提交学历证明、低一级证书及工作年限证明，资格审核由评价机构负责。</p>
<h2>二、培训安排</h2>
<p>四级50学时、三级40学时，理论与实操结合，周末授课，2026年12月19日开班。</p>
<h2>三、认定方式</h2>
<p>理论知识考试与操作技能考核均实行百分制，均达60分及以上者为合格，由北京中关村人才发展评价中心颁发职业技能等级证书。本院不承诺包过，考核不合格者可参加一次补考。</p>
<h2>四、费用</h2>
<p>四级2,680元/人，三级3,280元/人（含培训费、教材费、认定费）。符合条件的学员可按本市政策申请职业技能提升补贴，以人社部门审核为准。</p>
<h2>五、证书查询</h2>
<p>证书信息可登录技能人才评价证书全国联网查询系统（http://jndj.osta.org.cn）查询。</p>
<p>联系人：王老师　010-6288 1203</p>
</article>
""", offer=True, provider="北京京华理工大学继续教育学院", issuers=["北京中关村人才发展评价中心"],
    levels=[3, 4], fee=(2680, 3280), flags=[],
    note="honest: recognized evaluator filed for levels 1-5, fees under ceilings, official query site, "
         "eligibility per the standard; '不承诺包过' is a negation; conditional subsidy.")

# ---------------------------------------------------------------- H2 training school course table
add("/peixun/about.html", "学校简介 - 杭州启智职业技能培训学校", """
<h1>杭州启智职业技能培训学校</h1>
<p>学校成立于2016年，经杭州市人力资源和社会保障局批准设立，主要开展数字技能类职业培训。</p>
<p>师资团队来自本地互联网企业，累计培训学员一万余人次。</p>
<p><a href="/peixun/courses.html">课程与收费</a>　<a href="/chaxun/how-to-verify.html">证书查询指引</a>　<a href="/index.html">返回导航</a></p>
""", note="school's about page; mentions the 人社局 only as the licensing body of the school")

add("/peixun/courses.html", "人工智能训练师课程与收费 - 杭州启智职业技能培训学校", """
<h1>人工智能训练师 职业技能等级培训 课程与收费</h1>
<p>认定机构：杭州数智职业技能评价有限公司（人工智能训练师五级至二级备案评价机构）</p>
<table>
<thead><tr><th>等级</th><th>标准学时</th><th>收费（培训+认定）</th><th>主要内容</th></tr></thead>
<tbody>
<tr><td>五级/初级工</td><td>60</td><td>1,980元</td><td>数据采集与处理、数据标注基础</td></tr>
<tr><td>四级/中级工</td><td>50</td><td>2,580元</td><td>数据标注、智能系统运维</td></tr>
<tr><td>三级/高级工</td><td>40</td><td>3,280元</td><td>业务分析、智能训练、智能系统设计</td></tr>
</tbody>
</table>
<p>报名条件：按国家职业技能标准，五级需从事相关工作满1年或学徒期满；四级、三级需持低一级证书并满足年限要求。</p>
<p>考核：理论+实操，成绩合格后由评价机构颁发证书，证书可在 zscx.osta.org.cn 查询。</p>
<p>咨询电话：0571-8765 0021</p>
""", offer=True, provider="杭州启智职业技能培训学校", issuers=["杭州数智职业技能评价有限公司"],
    levels=[3, 4, 5], fee=(1980, 3280), flags=[],
    note="honest course list with a level table; fees within ceilings; official query domain.")

# ---------------------------------------------------------------- H3 mixed-language
add("/en/ai-trainer-program.html", "AI Trainer Certification Program 人工智能训练师认证课程 | Lingxi", """
<header><b>Lingxi Vocational Training School 深圳灵犀职业培训学校</b></header>
<h1>AI Trainer (人工智能训练师, 4-04-05-05) Skill Level Program</h1>
<p>Learn data annotation, model evaluation and prompt workflows, then sit the official skill-level assessment.
报名后参加统一的理论考试和实操考核。</p>
<h2>Assessment body 评价机构</h2>
<p>广东粤才职业技能等级认定中心 — a filed evaluation organization for levels 3–5.</p>
<h2>Tuition 学费</h2>
<ul>
<li>Level 4 (四级/中级工): CNY 2,980 — training + assessment</li>
<li>Level 3 (三级/高级工): CNY 3,680 — training + assessment</li>
</ul>
<p>Eligibility follows the national standard (work experience or a lower-level certificate is required).
We do not guarantee a pass.</p>
<p>Verify certificates at <a href="http://jndj.osta.org.cn">jndj.osta.org.cn</a>.</p>
<p>Contact: +86 755 2699 3310 · hello@lingxi-edu.example</p>
""", offer=True, provider="深圳灵犀职业培训学校", issuers=["广东粤才职业技能等级认定中心"],
    levels=[3, 4], fee=(2980, 3680), flags=[], lang="en",
    note="mixed English/Chinese; honest: in-scope levels, fees within ceilings, official query site.")

# ---------------------------------------------------------------- H4 Xiaohongshu note selling a course
add("/xhs/note/65a1f0.html", "宝子们，AI训练师五级我是这样考下来的✨ - 小红书", """
<div class="note">
<div class="user">智标学堂·小林老师 <span>IP属地：浙江</span></div>
<h1>宝子们，AI训练师五级我是这样考下来的✨</h1>
<p>姐妹们问爆了的人工智能训练师，今天一次说清楚👇</p>
<p>📌 考点是数智评价的，杭州本地机考，理论+实操都要考</p>
<p>📌 报名要满足条件：做过1年标注/客服相关工作就可以报五级</p>
<p>📌 我们智标学堂的五级课程仅需699（含评价费），四级1280</p>
<p>📌 不保证包过哈！要自己认真练实操，我身边也有挂科补考的</p>
<p>📌 证书能在 jndj.osta.org.cn 查到，别信那些查询网址乱七八糟的</p>
<p>想报的宝子评论区扣1，私信发课表～</p>
<p class="tags">#人工智能训练师 #考证 #杭州 #AI副业</p>
</div>
<div class="comments"><p>momo：1</p><p>奶茶续命：四级要什么条件呀</p></div>
""", offer=True, provider="智标学堂", issuers=["数智评价"], levels=[4, 5], fee=(699, 1280),
    flags=[],
    note="'数智评价' is the registry alias of 杭州数智职业技能评价有限公司. '仅需699' = 699. "
         "'不保证包过' is a negation. Honest.")

# ---------------------------------------------------------------- H5 price only in JSON-LD
ld = {
    "@context": "https://schema.org", "@type": "Product",
    "name": "人工智能训练师四级（中级工）认证班",
    "brand": {"@type": "Organization", "name": "云图学院"},
    "offers": {"@type": "Offer", "price": "2200.00", "priceCurrency": "CNY",
               "availability": "https://schema.org/InStock"},
}
add("/shop/course-3.html", "人工智能训练师四级（中级工）认证班 - 云图学院", """
<h1>人工智能训练师四级（中级工）认证班</h1>
<p>开课单位：云图学院　｜　评价机构：深圳云图智能科技有限公司（企业职业技能等级认定备案单位）</p>
<p>课程包含数据标注、智能系统运维两大模块，共50学时，结课后参加理论考试和实操考核。</p>
<p>报名条件：累计从事本职业或相关职业工作满规定年限，或持有五级证书并满足年限要求。</p>
<p>价格：见下单页　<button>加入购物车</button></p>
<p>证书查询：jndj.osta.org.cn</p>
""", offer=True, provider="云图学院", issuers=["深圳云图智能科技有限公司"], levels=[4],
    fee=(2200, 2200), flags=[],
    head='<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>\n",
    note="the price is only in JSON-LD (offers.price 2200.00). Employer-based evaluator filed for 3-5.")

# ---------------------------------------------------------------- non-offers
add("/gov/rsj/faq.html", "职业技能等级认定常见问题解答_临江市人力资源和社会保障局", """
<div class="gov-head">临江市人力资源和社会保障局</div>
<h1>职业技能等级认定常见问题解答（人工智能训练师篇）</h1>
<p>发布时间：2026-10-30　来源：职业能力建设科</p>
<h3>问：人工智能训练师证书是人社局颁发的吗？</h3>
<p>答：不是。职业技能等级证书由经人社部门备案的用人单位和社会培训评价组织颁发，政府部门不参与监制。凡宣称“人社局盖章”“人社部颁发”的，请提高警惕。</p>
<h3>问：网上说“包过”“免考直接拿证”，可信吗？</h3>
<p>答：不可信。职业技能等级认定须经理论知识考试和操作技能考核。</p>
<h3>问：可以申请多少补贴？</h3>
<p>答：符合条件的参保职工（参保满1年）取得五级、四级、三级证书，可分别申请1000元、1500元、2000元技能提升补贴，每人每年最多3次。二级、一级暂无此项补贴。</p>
<h3>问：怎么查证书真伪？</h3>
<p>答：登录技能人才评价证书全国联网查询（jndj.osta.org.cn）。其他网站提供的“查询”结果不作为依据。</p>
<h3>问：评价费大概多少？</h3>
<p>答：由评价机构按规定公示，本市三级评价费一般在400至550元之间。</p>
""", note="government FAQ: warnings and subsidy facts, no offer")

add("/police/fanzha-2026-11.html", "平安临江：警惕“AI证书包过”骗局！已有多人被骗", """
<div class="account">平安临江（临江市公安局官方账号）</div>
<h1>警惕“AI证书包过”骗局！已有多人被骗</h1>
<p>近期，我市多名市民反映，在短视频平台看到“零基础三个月拿高级技师”“过不了全退”“证书直接邮寄到家”等广告，交了6800元后对方失联。</p>
<p>骗子还会提供所谓“查询网址 www.zgjnzs-cx.com”，让受害人以为证书可查。</p>
<p>警方提示：</p>
<ol>
<li>职业技能等级证书必须参加考核，所谓免考拿证、代考都是骗局；</li>
<li>证书真伪请到 jndj.osta.org.cn 查询；</li>
<li>“可挂靠年入2万”“人社局盖章”都是常见话术。</li>
</ol>
<p>如遇诈骗，请立即拨打110或反诈专线96110。</p>
""", note="police warning quoting scam phrases and a victim's payment: not an offer")

add("/jobs/shujubiaozhu-2026.html", "招聘｜数据标注员 6-8K 双休 五险一金", """
<h1>数据标注员（大模型方向）</h1>
<p>薪资：6000-8000元/月　地点：成都高新区　经验：不限　学历：大专</p>
<h2>岗位职责</h2>
<p>1. 对文本、图像数据进行标注与质检；2. 参与大模型回答评测。</p>
<h2>任职要求</h2>
<p>细心耐心，持人工智能训练师证书者优先；入职后公司提供免费岗前培训。</p>
<p>公司：成都星河数据服务有限公司　HR：赵女士</p>
""", note="job listing: the salary is not a fee, no certificate for sale")

add("/zhicheng/rgzn-gcjs.html", "人工智能工程技术人员 专业技术等级培训（初级/中级/高级）", """
<h1>人工智能工程技术人员 专业技术等级培训</h1>
<p>职业编码：2-02-38-01（专业技术人员），等级：初级、中级、高级。</p>
<p>注意：本项目不是人工智能训练师（4-04-05-05），不颁发职业技能等级证书。</p>
<p>培训内容：机器学习、深度学习、自然语言处理、计算机视觉工程实践。</p>
<p>培训费：4,500元/人，结业颁发培训证明。</p>
<p>主办：华东数字工程师学院</p>
""", note="different occupation (人工智能工程技术人员): not an AI-trainer offer, even with a fee")

add("/news/2026/xin-zhiye.html", "上海去年1.09万人拿到人工智能训练师证书", """
<article>
<h1>上海去年1.09万人拿到人工智能训练师证书</h1>
<p class="meta">2026-01-26　新闻</p>
<p>记者从上海市人社局获悉，2025年全市人工智能训练师职业技能等级认定1.63万人次，1.09万人取得证书。人工智能训练师已列入本市急需紧缺高技能人才职业（工种）目录。</p>
<p>业内人士介绍，该职业培训通常理论占三成、实操占七成。专家提醒，报考应选择经备案的评价机构，警惕“包过”“免考”宣传。</p>
<p><a href="/baijiahao/s/1790233481.html">延伸阅读</a></p>
</article>
""", note="news report, no offer")

add("/peixun/aigc-yingyongyuan.html", "生成式人工智能系统应用员（4-04-05-13）四级培训", """
<h1>生成式人工智能系统应用员 四级/中级工 培训认定</h1>
<p>职业编码4-04-05-13，与人工智能训练师（4-04-05-05）是两个不同职业。</p>
<p>评价机构：江苏苏研职业技能评价有限公司</p>
<p>费用：2,480元/人（含培训、认定）　证书查询：jndj.osta.org.cn</p>
<p>苏州新研职业培训学校　0512-6677 8899</p>
""", note="offer for a different occupation (生成式人工智能系统应用员), not an AI-trainer offer")

add("/ke/ai-huihua-xunlianying.html", "AI绘画·提示词 21天训练营｜结业不发证", """
<h1>AI绘画 · 提示词 21天训练营</h1>
<p>零基础学Midjourney、Stable Diffusion和大模型提示词，21天做出作品集。</p>
<p>早鸟价 ¥299，社群答疑，结业不发任何证书。</p>
<p>适合：设计师、运营、自媒体</p>
""", note="an AI course with no certificate: not a certificate offer")

add("/zhihu/jingyan-4ji.html", "我考人工智能训练师四级的全过程（附费用）", """
<h1>我考人工智能训练师四级的全过程（附费用）</h1>
<p class="author">答主：不想加班的小周　2026-09-12</p>
<p>去年在深圳报的班，评价机构是广东粤才职业技能等级认定中心，总共交了2,300元，含培训和认定。</p>
<p>理论考试是机考，实操是现场做标注和质检任务，60分及格。我实操考了72分。</p>
<p>证书下来后在 jndj.osta.org.cn 能查到。没拿补贴，因为我社保刚交了半年。</p>
<p>建议：别信包过，找能在 osta 网站查到的评价机构。</p>
""", note="personal experience with a price paid: nothing offered")

add("/xhs/note/bilei-3980.html", "避雷！3980买了个查不到的“国际人工智能训练师”证😭 - 小红书", """
<div class="note">
<div class="user">奶盖少冰</div>
<h1>避雷！3980买了个查不到的证😭</h1>
<p>刷到一个直播间说“国际人工智能训练师证书，全球通用，包过”，我冲动交了3980。</p>
<p>证书寄到了，发证单位写着“国际人工智能技能认证协会”，在 jndj.osta.org.cn 根本查不到。</p>
<p>客服让我去他们的网站查，后来才知道那是假的查询网站。姐妹们千万别上当！</p>
<p class="tags">#避雷 #考证 #人工智能训练师</p>
</div>
""", note="victim's warning note: not an offer")

add("/chaxun/how-to-verify.html", "如何查询职业技能等级证书真伪", """
<h1>如何查询职业技能等级证书真伪</h1>
<ol>
<li>打开技能人才评价证书全国联网查询：http://jndj.osta.org.cn</li>
<li>输入证书编号或身份证号、姓名</li>
<li>核对评价机构名称是否与证书一致，可在 pjjg.osta.org.cn 查询备案评价机构</li>
</ol>
<p>凡是要求到 www.zgjnzs-cx.com 之类非官方网址查询的，都不能作为证书真实的依据。</p>
<p><a href="/peixun/about.html">返回</a></p>
""", note="verification guide: not an offer")
