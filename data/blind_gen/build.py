"""Build data/blind_site/ and data/blind_truth.jsonl (the blind web for certwatch)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

DATA = Path("/work/main/data")
SITE = DATA / "blind_site"
TRUTH = DATA / "blind_truth.jsonl"

PAGES: list[dict] = []


def add(path, title, body, *, offer=False, provider=None, issuers=(), levels=(), fee=None,
        flags=(), note="", crawlable=True, encoding="utf-8", charset=True, head="", lang="zh-CN"):
    meta = '<meta charset="utf-8">\n' if charset else ""
    html = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{meta}<title>{title}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{head}</head>\n'
            f'<body>\n{body.strip()}\n</body>\n</html>\n')
    PAGES.append(dict(path=path, html=html, encoding=encoding, truth=dict(
        path=path, crawlable=crawlable, is_offer=offer, title=title,
        provider=provider if offer else None, issuers=list(issuers), levels=sorted(levels),
        fee_min=float(fee[0]) if fee else None, fee_max=float(fee[1]) if fee else None,
        flags=sorted(flags), note=note)))


# ---------------------------------------------------------------- portal / hubs (non-offers)
add("/index.html", "职技圈 · 人工智能训练师考证资讯导航", """
<header><h1>职技圈</h1><p>人工智能训练师（4-04-05-05）考证资讯、招生、避雷，一站看全</p></header>
<nav>
<h2>热门视频 / 直播</h2>
<ul>
<li><a href="/douyin/v/7301928374.html">抖音｜直播间福利：AI训练师高级证书</a></li>
<li><a href="/ks/short/ai-trainer-gaoji.html?from=feed">快手｜老周聊技能：零基础拿高级技师？</a></li>
</ul>
<h2>文章</h2>
<ul>
<li><a href="/baijiahao/s/1790233481.html">百家号｜2026年人工智能训练师怎么报考</a></li>
<li><a href="/news/2026/xin-zhiye.html">新闻｜上海去年1.09万人拿到人工智能训练师证书</a></li>
<li><a href="/zhihu/jingyan-4ji.html">经验｜我考人工智能训练师四级的全过程</a></li>
<li><a href="/xhs/note/65a1f0.html">小红书｜宝子们，AI训练师五级我是这样考下来的</a></li>
<li><a href="/xhs/note/bilei-3980.html">小红书｜避雷！3980买了个查不到的证</a></li>
</ul>
<h2>商品 / 二手</h2>
<ul>
<li><a href="/pdd/goods/ai-xunlianshi-zhongji.html">拼多多｜人工智能训练师中级 拼团</a></li>
<li><a href="/xianyu/item/883712.html">闲鱼｜转 二级报名名额</a></li>
<li><a href="/shop/course-3.html">云图学院｜四级认证班</a></li>
</ul>
<h2>问答</h2>
<ul><li><a href="/zhidao/question/2047718.html">人工智能训练师高级证书在哪里考？靠谱吗？</a></li></ul>
<h2>机构招生</h2>
<ul>
<li><a href="/peixun/about.html">杭州启智职业技能培训学校</a></li>
<li><a href="/jxjy/tongzhi/2026-12-ai-trainer.html">北京京华理工大学继续教育学院 培训通知</a></li>
<li><a href="/old/pxzx/aixls.html">南京金陵职业培训中心</a></li>
<li><a href="/jigou/kecheng/jibie.html">粤智教育 技师研修班</a></li>
<li><a href="/gzpx/zhaosheng.html">穗才职校 冬季班招生</a></li>
<li><a href="/dg/renshe-gaizhang.html">东莞启航 四级证书</a></li>
<li><a href="/gzh/luxin-2026-12.html">鲁匠职校 12月批次</a></li>
<li><a href="/vip/gaojijishi-zhitongche.html">华科智培 VIP直通车</a></li>
<li><a href="/en/ai-trainer-program.html">Lingxi AI Trainer Program</a></li>
<li><a href="/peixun/aigc-yingyongyuan.html">苏研合作 生成式人工智能系统应用员</a></li>
<li><a href="/zhicheng/rgzn-gcjs.html">人工智能工程技术人员 专业技术等级培训</a></li>
<li><a href="/ke/ai-huihua-xunlianying.html">AI绘画·提示词 21天训练营</a></li>
</ul>
<h2>官方 / 提醒</h2>
<ul>
<li><a href="/gov/rsj/faq.html">临江市人社局：职业技能等级认定常见问题</a></li>
<li><a href="/police/fanzha-2026-11.html">平安临江：警惕“AI证书包过”骗局</a></li>
<li><a href="/chaxun/how-to-verify.html">如何查询职业技能等级证书真伪</a></li>
<li><a href="/jobs/shujubiaozhu-2026.html">招聘｜数据标注员 6-8K</a></li>
</ul>
</nav>
<footer>© 2026 职技圈 本站为信息聚合，不提供任何考证服务</footer>
""", note="portal listing links only")

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


def main() -> None:
    if SITE.exists():
        shutil.rmtree(SITE)
    SITE.mkdir(parents=True)
    (SITE / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="ascii")
    paths = [p["path"] for p in PAGES]
    assert len(paths) == len(set(paths)), "duplicate path"
    for page in PAGES:
        target = SITE / page["path"].lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page["html"].encode(page["encoding"]))
    with TRUTH.open("w", encoding="utf-8") as out:
        for page in sorted(PAGES, key=lambda p: p["path"]):
            out.write(json.dumps(page["truth"], ensure_ascii=False) + "\n")
    print(len(PAGES), "pages")


if __name__ == "__main__":
    main()
