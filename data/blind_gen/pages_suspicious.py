"""Blind web: the suspicious offers S1-S14."""
from __future__ import annotations

from blind_lib import add

# ---------------------------------------------------------------- S1 Douyin landing
add("/douyin/v/7301928374.html", "🔥AI训练师高级证书 直播间福利 - 抖音", """
<div class="video-card">
<div class="author">@星途职教官方 <span class="v">抖音号：xingtu_zhijiao</span> <button>关注</button></div>
<div class="desc">
<p>AI时代最缺的不是程序员，是<b>人工智能训练师</b>！！👇👇</p>
<p>#人工智能训练师 #AI考证 #副业 #宝妈也能学</p>
<p>✅ 高级（三级）证书 国家级证书 全国通用 入库可查</p>
<p>✅ 发证单位：中国人工智能职业能力认证联盟</p>
<p>✅ 过不了全退！一分不留</p>
<p>✅ 每晚8点直播间福利，<span class="price">¥1,980起</span>，名额有限，手慢无</p>
</div>
<div class="stats">❤ 3.2w　💬 1846　⭐ 5021　↗ 977</div>
<a class="cart" href="#buy">🛒 小黄车 立即报名</a>
</div>
<section class="comments">
<h3>评论区（1846）</h3>
<ul>
<li><b>小鹿不迷路</b>：这个联盟是官方的吗？<br><b>作者回复</b>：放心宝，国家级的，过不了全退💪</li>
<li><b>北漂阿杰</b>：直播间抢到了，等开课</li>
<li><b>柠檬不萌</b>：人工智能训练师不是要工作年限吗？<br><b>作者回复</b>：私信我，帮你安排</li>
<li><b>一只咸鱼</b>：还有更高级的吗 <br><b>作者回复</b>：看这个👉 <a href="/wx/h5/ai-gaoji-baoming.html">报名通道</a></li>
</ul>
</section>
<section class="live"><h3>直播间福利</h3><p>今晚直播间下单再送AI工具包+简历模板，前50名送实体证书框</p></section>
""", offer=True, provider="星途职教", issuers=["中国人工智能职业能力认证联盟"], levels=[3],
    fee=(1980, 1980), flags=["UNRECOGNIZED_ISSUER", "GUARANTEED_PASS"],
    note="'¥1,980起' is the only amount: fee_min=fee_max=1980. 过不了全退 = GUARANTEED_PASS. "
         "'国家级证书' alone raises nothing (no ministry/国家职业资格证书 claim). 入库可查 without a "
         "site is not UNOFFICIAL_VERIFICATION_SITE.")

# ---------------------------------------------------------------- S2 Kuaishou
add("/ks/short/ai-trainer-gaoji.html", "零基础三个月拿高级技师！AI训练师一级/二级 - 快手", """
<div class="player">
<p class="caption">老周聊技能｜第128期</p>
<p>家人们，零基础三个月拿高级技师，你敢信？人工智能训练师一级（高级技师）、二级（技师）一起报！</p>
<p>不用工作经验，不看学历，宝妈、退役军人、在校生都能报。</p>
<p>证书由全国中关村人才发展评价中心颁发，拿证以后可挂靠年入2万，还能申请高技能人才补贴。</p>
</div>
<div class="shop">
<p>快手小店｜智领职教</p>
<p>高级技师+技师 双证套餐 <del>原价¥9,800</del> <strong>限时¥3,980</strong></p>
<p>已售 2316 | 好评率 98%</p>
<a href="#order">去购买</a>
</div>
<div class="comments"><p>用户5521：挂靠真的有人要吗？</p><p>老周聊技能：有渠道，报名后拉你进群</p></div>
""", offer=True, provider="智领职教", issuers=["全国中关村人才发展评价中心"], levels=[1, 2],
    fee=(3980, 3980), flags=["LOOKALIKE_ISSUER", "ELIGIBILITY_SHORTCUT", "BENEFIT_BAIT"],
    note="lookalike of 北京中关村人才发展评价中心 (北京 -> 全国). Struck-out 原价 9800 excluded. 3980 <= "
         "level-1 ceiling 8000, no EXCESSIVE_FEE. 挂靠 income + 补贴 for levels 1-2 = BENEFIT_BAIT.")

# ---------------------------------------------------------------- S3 Baijiahao advertorial
add("/baijiahao/s/1790233481.html", "2026年人工智能训练师怎么报考？费用、条件、证书一文讲清", """
<article>
<h1>2026年人工智能训练师怎么报考？费用、条件、证书一文讲清</h1>
<div class="meta">职场充电站　百家号　2026-11-20 09:12　四川</div>
<p>随着大模型应用落地，人工智能训练师成为人社部认证的新职业，职业编码4-04-05-05，分为五级到一级五个等级，包括数据标注员、人工智能算法测试员两个工种。</p>
<h2>一、证书有什么用？</h2>
<p>1. 求职加分，很多数据标注、模型评测岗位优先录用持证人员；</p>
<p>2. 取得证书当年可以按规定享受个人所得税继续教育专项附加扣除，具体以税务部门规定为准；</p>
<p>3. 符合条件的参保职工可以按当地政策申请技能提升补贴。</p>
<h2>二、报考条件</h2>
<p>五级需从事本职业或相关职业满1年；四级、三级在低一级证书基础上累计相应工作年限。具体以国家职业技能标准为准。</p>
<h2>三、在哪里报名？费用多少？</h2>
<p>本期小编联系到成都蓉智职业培训学校，考核由四川天府数字技能评价中心组织，费用（含培训和认定）：五级1880元、四级2880元、三级3880元。</p>
<p>报名请在评论区留言“报考”，或私信小编领取资料包。</p>
<p>证书可在技能人才评价证书全国联网查询（jndj.osta.org.cn）查询。</p>
</article>
<section class="related"><a href="/news/2026/xin-zhiye.html">相关阅读：上海去年1.09万人拿证</a></section>
""", offer=True, provider="成都蓉智职业培训学校", issuers=["四川天府数字技能评价中心"],
    levels=[3, 4, 5], fee=(1880, 3880), flags=["ISSUER_LAPSED"],
    note="advertorial with an enrolment offer. Evaluator is suspended -> ISSUER_LAPSED. "
         "'人社部认证的新职业' describes the occupation, not the issuer: no GOVERNMENT_ISSUER_CLAIM. "
         "个税 deduction and conditional 技能提升补贴 are stated as policy with conditions: no BENEFIT_BAIT.")

# ---------------------------------------------------------------- S4 Pinduoduo group-buy
add("/pdd/goods/ai-xunlianshi-zhongji.html",
    "【百亿补贴】人工智能训练师中级证书 免考直接拿证 证书直接邮寄到家-拼多多", """
<div class="goods">
<div class="tag">百亿补贴</div>
<h1>人工智能训练师中级证书 免考直接拿证 证书直接邮寄到家 全国通用</h1>
<div class="price-row"><span class="group">¥399</span> 2人拼 <span class="single">单独购买 ¥699</span></div>
<p class="sold">已拼2.3万件　店铺券 满300减20</p>
<div class="group-list"><p>用户“阿***8”正在拼单，还差1人　剩余 23:41:08</p></div>
</div>
<div class="store"><p>职证优选旗舰店　★4.8　在售商品 126</p></div>
<div class="detail">
<h2>商品详情</h2>
<p>适用：人工智能训练师（四级/中级工）</p>
<p>流程：下单 → 上传身份证、一寸照 → 15个工作日内证书直接邮寄到家，全程不用到场</p>
<p>无需考试，无需上课，拍下即办理</p>
</div>
<div class="reviews"><p>买家评价：物流很快，证书挺精致的（追评：在官网查不到？客服说要等入库）</p></div>
""", offer=True, provider="职证优选旗舰店", issuers=[], levels=[4], fee=(399, 699),
    flags=["NO_EXAM", "MISSING_ISSUER"],
    note="拼团 399 and 单独购买 699 are both the offer's own prices. 满300减20 coupon is not a fee. "
         "'百亿补贴' is the platform's discount label, not a subsidy promise: no BENEFIT_BAIT. "
         "No exam to pass, so no GUARANTEED_PASS. No issuer named -> MISSING_ISSUER.")

# ---------------------------------------------------------------- S5 Xianyu resale
add("/xianyu/item/883712.html", "转 人工智能训练师二级(技师)报名名额 可代考_闲鱼", """
<div class="item">
<div class="seller">考证小能手　芝麻信用极好　来闲鱼 3 年</div>
<h1>转 人工智能训练师二级(技师)报名名额</h1>
<p>自己报了没时间考，名额转出。工信部颁发的证书，含金量高。</p>
<p>不看学历不看工龄，零基础也能报，可代考，本人不用去。</p>
<p>价格两千出头，诚心要的可小刀，不包邮（电子资料秒发）。</p>
<p class="price">价格面议</p>
<p class="stats">想要 23　浏览 1089　发布于 3 天前　广东 佛山</p>
<button>我想要</button>
</div>
<div class="msg"><p>留言：能开发票吗？ —— 卖家：不能哦</p></div>
""", offer=True, provider="考证小能手", issuers=["工信部"], levels=[2], fee=None,
    flags=["GOVERNMENT_ISSUER_CLAIM", "NO_EXAM", "ELIGIBILITY_SHORTCUT"],
    note="'两千出头' is not an exact amount: fee null (rule: label exact amounts only). 代考 = NO_EXAM; "
         "level 2 with 零基础/不看学历 = ELIGIBILITY_SHORTCUT; 工信部颁发 = GOVERNMENT_ISSUER_CLAIM.")

# ---------------------------------------------------------------- S6 Baidu Zhidao
add("/zhidao/question/2047718.html", "人工智能训练师高级证书在哪里考？靠谱吗？_百度知道", """
<div class="question">
<h1>人工智能训练师高级证书在哪里考？靠谱吗？</h1>
<p>想转行做AI，看到很多机构在招人工智能训练师高级（三级），价格差好多，哪家靠谱？</p>
<p class="meta">匿名用户　2026-11-02 提问　浏览 3412 次</p>
</div>
<div class="answer best">
<h2>最佳答案</h2>
<p class="who">智证教育李老师　擅长：职业考证</p>
<p>你好，我们这边可以报人工智能训练师高级（三级/高级工），国家职业资格证书，全国通用。</p>
<p>考试有人带，包过班19800，一次到位，不用自己操心。</p>
<p>证书出来可以在查询网址 www.osta-zscx.com.cn 查到，放心。</p>
<p>需要的话加我V：zhizheng-li88</p>
<p class="meta">2026-11-03 回答　赞同 12</p>
</div>
<div class="answer">
<p class="who">热心网友</p>
<p>别信什么包过。正规的去 osta.org.cn 的评价机构目录里查机构，再看证书能不能在全国联网查询里查到。</p>
</div>
""", offer=True, provider="智证教育", issuers=[], levels=[3], fee=(19800, 19800),
    flags=["GUARANTEED_PASS", "EXCESSIVE_FEE", "GOVERNMENT_ISSUER_CLAIM",
           "UNOFFICIAL_VERIFICATION_SITE", "MISSING_ISSUER"],
    note="the offer is the seller's best answer. 考试有人带 + 包过班 = GUARANTEED_PASS. 19800 > level-3 "
         "ceiling 5000. 国家职业资格证书 = GOVERNMENT_ISSUER_CLAIM. osta-zscx.com.cn is not *.osta.org.cn. "
         "No issuing body named -> MISSING_ISSUER. The other answer's '别信什么包过' is a warning.")

# ---------------------------------------------------------------- S7 GBK page, no charset
add("/old/pxzx/aixls.html", "人工智能训练师培训考证_南京金陵职业培训中心", """
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="top"><font size="5"><b>南京金陵职业培训中心</b></font>　　首页 | 培训项目 | 报名须知 | 联系我们</td></tr>
<tr><td>
<p><b>人工智能训练师（四级、三级）培训考证 火热报名中</b></p>
<p>发布时间：2026-11-15　点击：1287</p>
<p>为满足我市数字经济企业用人需求，本中心联合江苏苏研职业技能评价有限公司开展人工智能训练师职业技能等级认定，考核合格颁发职业技能等级证书。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td>等级</td><td>培训学时</td><td>费用（含培训、认定）</td></tr>
<tr><td>四级/中级工</td><td>50</td><td>￥2680</td></tr>
<tr><td>三级/高级工</td><td>40</td><td>￥3580</td></tr>
</table>
<p>报名条件：按《人工智能训练师国家职业技能标准（2021年版）》执行。</p>
<p>证书查询：技能人才评价证书全国联网查询 jndj.osta.org.cn</p>
<p>联系电话：025-8456 3120　地址：南京市秦淮区中华路112号</p>
</td></tr>
<tr><td align="center">版权所有 南京金陵职业培训中心 苏ICP备00000000号</td></tr>
</table>
""", offer=True, provider="南京金陵职业培训中心", issuers=["江苏苏研职业技能评价有限公司"],
    levels=[3, 4], fee=(2680, 3580), flags=["ISSUER_OUT_OF_SCOPE"], encoding="gbk",
    charset=False,
    note="GBK bytes, no charset declared anywhere. Evaluator is filed for 4-04-05-13 only -> "
         "ISSUER_OUT_OF_SCOPE. Phone 025-8456 3120 is not a fee.")

# ---------------------------------------------------------------- S8 level list 三级3880/二级5880/一级7880
add("/jigou/kecheng/jibie.html", "人工智能训练师 高级工/技师/高级技师 研修班 | 粤智教育", """
<header><div class="logo">粤智教育</div><nav><a href="/index.html">首页</a> <a href="#">课程</a> <a href="#">师资</a></nav></header>
<main>
<h1>人工智能训练师 等级研修班（2027年1月开班）</h1>
<p>评价机构：广东粤才职业技能等级认定中心　　培训机构：广州粤智教育科技有限公司</p>
<div class="banner">三级3880/二级5880/一级7880　（含培训费、认定费、教材费）</div>
<table>
<thead><tr><th>级别</th><th>学时</th><th>申报条件（摘要）</th></tr></thead>
<tbody>
<tr><td>三级/高级工</td><td>40</td><td>取得四级证书后从事本职业5年以上等</td></tr>
<tr><td>二级/技师</td><td>40</td><td>取得三级证书后从事本职业4年以上等</td></tr>
<tr><td>一级/高级技师</td><td>30</td><td>取得二级证书后从事本职业4年以上</td></tr>
</tbody>
</table>
<p>申报条件以国家职业技能标准为准，资格审核不通过全额退费。</p>
<p>咨询：020-3899 7710（周一至周六 9:00-18:00）</p>
</main>
""", offer=True, provider="广州粤智教育科技有限公司", issuers=["广东粤才职业技能等级认定中心"],
    levels=[1, 2, 3], fee=(3880, 7880), flags=["ISSUER_OUT_OF_SCOPE"],
    note="the evaluator is filed for levels 3-5 only; this offers 1 and 2 -> ISSUER_OUT_OF_SCOPE. "
         "Eligibility stated per the standard: no ELIGIBILITY_SHORTCUT. '资格审核不通过全额退费' refunds "
         "a failed eligibility check, not a failed exam: no GUARANTEED_PASS. 7880 <= 8000.")

# ---------------------------------------------------------------- S9 subsidy + phone next to price
add("/gzpx/zhaosheng.html", "2026冬季班｜人工智能训练师三级/二级招生 补贴申领", """
<div class="hero"><h1>人工智能训练师 冬季班招生</h1><p>广州穗才职业培训学校｜评价机构：广东粤材职业技能等级认定中心</p></div>
<ul class="plans">
<li>三级/高级工　学费¥3,280 补贴¥2,000 报名热线13823456789</li>
<li>二级/技师　学费¥4,680 补贴¥3,500 报名热线020-6128 5566</li>
</ul>
<p>拿证即可申领政府补贴，二级技师补贴最高3500元，等于白学！</p>
<p>开课时间：2026年12月12日　上课地点：广州市天河区体育西路191号</p>
<p><a href="/private/daili-jiage.html">代理商入口</a>　<a href="/index.html">返回首页</a></p>
""", offer=True, provider="广州穗才职业培训学校", issuers=["广东粤材职业技能等级认定中心"],
    levels=[2, 3], fee=(3280, 4680), flags=["LOOKALIKE_ISSUER", "BENEFIT_BAIT"],
    note="lookalike of 广东粤才… (才 -> 材). Subsidy amounts (2000, 3500) and phone numbers sit next to "
         "the fees and are not fees. A 3500 subsidy for 二级 has no national basis -> BENEFIT_BAIT.")

# ---------------------------------------------------------------- S10 人社局盖章 / 国家级 / 个税
add("/dg/renshe-gaizhang.html", "人工智能训练师四级证书 人社局盖章 国家级证书 可抵扣个税", """
<section>
<h1>人工智能训练师（四级/中级工）证书班</h1>
<p>东莞启航职业技能培训有限公司　｜　东莞市南城区鸿福路88号</p>
<ul>
<li>证书加盖东莞市人力资源和社会保障局公章，人社局盖章才是真证书</li>
<li>国家级证书，全国通用，终身有效</li>
<li>取证当年可抵扣个税（继续教育专项附加扣除3600元）</li>
<li>周末班，线上+线下，8周结课，统一参加理论和实操考核</li>
</ul>
<p class="price">费用：¥2,680（含培训费、考核费）</p>
<p>咨询：0769-2233 4455</p>
</section>
""", offer=True, provider="东莞启航职业技能培训有限公司", issuers=["东莞市人力资源和社会保障局"],
    levels=[4], fee=(2680, 2680), flags=["GOVERNMENT_ISSUER_CLAIM"],
    note="says a 人社局 stamps/issues the certificate -> GOVERNMENT_ISSUER_CLAIM (city bureau, not in the "
         "registry; still a government body). 可抵扣个税 3600 is a real tax rule for skill certificates "
         "obtained that year: labeled not BENEFIT_BAIT. 国家级证书 alone raises nothing.")

# ---------------------------------------------------------------- S11 private agent price list
add("/private/daili-jiage.html", "代理商内部价格表（勿外传）", """
<h1>人工智能训练师 代理结算价（2026年12月）</h1>
<p>出证单位：杭州市数智职业技能评价有限公司　直接出证，无需考试，零基础可报一级</p>
<table>
<tr><th>等级</th><th>代理价</th><th>建议零售</th></tr>
<tr><td>五级</td><td>800</td><td>1980</td></tr>
<tr><td>四级</td><td>1200</td><td>2680</td></tr>
<tr><td>三级</td><td>1800</td><td>3980</td></tr>
<tr><td>二级</td><td>3000</td><td>5980</td></tr>
<tr><td>一级</td><td>4200</td><td>7980</td></tr>
</table>
""", offer=True, crawlable=False, provider="广州穗才职业培训学校",
    issuers=["杭州市数智职业技能评价有限公司"], levels=[1, 2, 3, 4, 5], fee=(800, 7980),
    flags=["LOOKALIKE_ISSUER", "NO_EXAM", "ELIGIBILITY_SHORTCUT"],
    note="robots-disallowed (/private/); must never be fetched. Lookalike of 杭州数智… (inserted 市).")

# ---------------------------------------------------------------- S12 WeChat 公众号, lapsed by alias
add("/gzh/luxin-2026-12.html", "12月批次｜人工智能训练师五级、四级报名通知", """
<div class="rich_media">
<h1>12月批次｜人工智能训练师五级、四级报名通知</h1>
<div class="meta">济南鲁匠职业培训学校　2026年11月25日 10:30　山东</div>
<p>各位学员：12月批次人工智能训练师职业技能等级认定开始报名啦！本批次由鲁信鉴定组织考核，线下机考。</p>
<p>▎报考等级及费用</p>
<p>五级（初级工）：1680元/人</p>
<p>四级（中级工）：2280元/人</p>
<p>▎证书查询</p>
<p>证书查询：www.lxjd-zscx.cn（输入身份证号即可查询）</p>
<p>▎报名方式</p>
<p>扫描下方二维码或拨打 0531-8890 1234 报名，截止12月10日。</p>
<p class="read">阅读 2143　在看 36</p>
</div>
""", offer=True, provider="济南鲁匠职业培训学校", issuers=["鲁信鉴定"], levels=[4, 5],
    fee=(1680, 2280), flags=["ISSUER_LAPSED", "UNOFFICIAL_VERIFICATION_SITE"],
    note="'鲁信鉴定' is the registry alias of 山东鲁信职业技能鉴定有限公司, recognition expired 2025-06-30 "
         "-> ISSUER_LAPSED on 2026-11-28. lxjd-zscx.cn is not an official query site.")

# ---------------------------------------------------------------- S13 VIP level-1, unrecognized, excessive
add("/vip/gaojijishi-zhitongche.html", "AI训练师高级技师VIP直通车｜华科智培", """
<div class="landing">
<h1>人工智能训练师（一级/高级技师）VIP直通车</h1>
<p>无需工作经验，不限学历，不限年龄，45天拿下一级证书！</p>
<p>认证机构：亚太人工智能人才认证中心</p>
<div class="price-box">VIP直通车 <b>¥12,800</b> / 人（含全部培训、认证费用）</div>
<p>北京华科智培教育咨询有限公司　400-860-7788</p>
<p>已有3800+学员拿证</p>
</div>
""", offer=True, provider="北京华科智培教育咨询有限公司", issuers=["亚太人工智能人才认证中心"],
    levels=[1], fee=(12800, 12800),
    flags=["UNRECOGNIZED_ISSUER", "EXCESSIVE_FEE", "ELIGIBILITY_SHORTCUT"],
    note="12800 > level-1 ceiling 8000. Level 1 with 无需工作经验/不限学历 = ELIGIBILITY_SHORTCUT. "
         "400 number is not a fee.")

# ---------------------------------------------------------------- S14 H5 sign-up, fake query site
add("/wx/h5/ai-gaoji-baoming.html", "人工智能训练师（高级）报名通道", """
<div class="h5">
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="banner">
<h1>人工智能训练师（高级）报名通道</h1>
<p>颁证机构：国家人工智能训练师职业技能评价中心</p>
<p>等级：三级/高级工　｜　学制：线上60天</p>
<p>报名费用：¥6,980（培训+考试+证书）</p>
<p>查询网址 www.zgjnzs-cx.com　电子证书可查、纸质证书可验</p>
<form><input placeholder="姓名"><input placeholder="手机号"><button>立即报名</button></form>
<p class="foot">合肥智途教育　技术支持：某某建站</p>
</div>
""", offer=True, provider="合肥智途教育", issuers=["国家人工智能训练师职业技能评价中心"], levels=[3],
    fee=(6980, 6980), flags=["UNRECOGNIZED_ISSUER", "EXCESSIVE_FEE", "UNOFFICIAL_VERIFICATION_SITE"],
    note="state-sounding name that resembles no registry agency -> UNRECOGNIZED (not lookalike). "
         "6980 > level-3 ceiling 5000. zgjnzs-cx.com is a fake query site. Reached only via S1 comments.")
