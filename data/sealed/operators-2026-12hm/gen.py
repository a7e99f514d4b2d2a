#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer certificate pages (Heyuan week). Deterministic, stdlib only."""
import json, os, shutil

AL = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32 = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
def org_check(b8):
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    s = sum(v(c)*w for c, w in zip(b8, [3,7,9,10,5,8,4,2]))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))
def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    r = 31 - sum(AL.index(c)*w for c, w in zip(s17, W32)) % 31
    return s17 + AL[0 if r == 31 else r]

C_U01 = uscc("91441602", "MA4WB7K2")
C_U04 = uscc("91441625", "MA55C3R8")
C_U06 = uscc("52441602", "MJL20377")
C_SHOP = uscc("91440300", "MA5G8T2Q")
C_RSJ = uscc("11441600", "00718264")

SITES = {
 "zhipei": dict(name="河源智培职业培训学校", dom="www.hyzhipei.com", cls="corp",
   nav=["首页", "学校简介", "培训项目", "补贴政策", "联系我们"],
   foot=f"河源智培职业培训学校 版权所有 | 地址：河源市源城区兴源路38号智培大厦3楼 | 电话：0762-3386218 | 手机：13702261588（微信同号）| 统一社会信用代码：{C_U01} | www.hyzhipei.com"),
 "kecheng": dict(name="学途课堂", dom="www.xuetuketang.com", cls="market",
   nav=["首页", "职业技能", "IT互联网", "考证专区", "企业内训", "我的课程"],
   foot="学途课堂 在线职业教育平台 | 客服热线：400-888-6021（9:00-21:00）| 客服邮箱：kefu@xuetuketang.com | 粤ICP备2021088123号-1 | 平台仅提供信息展示，课程由入驻机构提供"),
 "bbs": dict(name="万绿河源论坛", dom="bbs.wanlvhy.com", cls="forum",
   nav=["论坛首页", "河源杂谈", "求职招聘", "教育培训", "二手市场", "曝光台"],
   foot="万绿河源论坛 bbs.wanlvhy.com | 论坛交流QQ群：613728845 | 版务联系：admin@wanlvhy.com | 粤ICP备19031207号 | 帖子内容仅代表网友个人观点"),
 "fenlei": dict(name="河源同城分类网", dom="hy.tcfenlei.com", cls="classified",
   nav=["首页", "招聘", "培训/教育", "房产", "二手", "本地服务", "免费发布"],
   foot="河源同城分类网 hy.tcfenlei.com | 客服热线：0762-3300110 | 投诉QQ：800052166 | 信息由用户自行发布，交易请谨慎核实"),
 "wenda": dict(name="问知网", dom="www.wenzhiwang.com", cls="qa",
   nav=["首页", "教育", "职场", "考证", "我要提问"],
   foot="问知网 · 有问题，就问知 | 举报邮箱：jubao@wenzhiwang.com | 京ICP备17066251号 | 回答内容由网友提供，仅供参考"),
 "mp": dict(name="微文摘", dom="www.weiwenzhai.net", cls="repost",
   nav=["首页", "教育", "职场", "本地", "科技"],
   foot="微文摘 weiwenzhai.net · 优质公众号文章聚合 | 文章转载自微信公众号，版权归原作者所有 | 侵权联系：weiwenzhai@outlook.com"),
 "video": dict(name="快视频网页版", dom="www.kuaishipin.com", cls="video",
   nav=["推荐", "关注", "同城·河源", "知识", "直播"],
   foot="快视频 kuaishipin.com | 违法和不良信息举报电话：4001-700-123 | 未成年人保护 | 网络文化经营许可证"),
 "news": dict(name="河源在线", dom="www.hyonline.cn", cls="news",
   nav=["首页", "时政", "民生", "教育", "财经", "专题"],
   foot="河源在线 版权所有 | 新闻热线：0762-3132110 | 粤ICP备05012836号 | 违法和不良信息举报电话：12377"),
 "rsj": dict(name="河源市人力资源和社会保障局", dom="hrss.heyuan.gov.cn", cls="gov",
   nav=["首页", "政务公开", "通知公告", "就业创业", "职业能力建设", "办事服务"],
   foot=f"主办：河源市人力资源和社会保障局 | 人社服务热线：12333 | 统一社会信用代码：{C_RSJ} | 网站标识码4416000011"),
 "shop": dict(name="优选商城", dom="www.youxuanmall.com", cls="shop",
   nav=["首页", "教育培训", "图书", "数码", "会员"],
   foot=f"优选商城 youxuanmall.com | 商城客服：400-600-8818 | 支付宝客服：95188 | 营业执照 统一社会信用代码：{C_SHOP}"),
 "blog": dict(name="随笔博客", dom="www.suibiblog.com", cls="blog",
   nav=["首页", "热门", "分类", "写博客"],
   foot="随笔博客 suibiblog.com | 联系平台：service@suibiblog.com | 博文观点仅代表作者本人"),
}
SIDE = {
 "zhipei": "<h4>报名咨询</h4><p>周一至周日 8:30-18:00</p><p>微信：hyzhipei88</p>",
 "kecheng": "<h4>考证专区热门</h4><ul><li>人工智能训练师</li><li>数据标注员</li><li>健康管理师</li></ul>",
 "bbs": "<h4>版规</h4><p>禁止发布虚假广告，发现请到曝光台举报。</p>",
 "fenlei": "<h4>免费发布须知</h4><p>请填写真实手机号，格式如13800138000；禁止发布办证、代考信息。</p>",
 "wenda": "<h4>相关话题</h4><ul><li>考证</li><li>人工智能</li><li>职业技能等级</li></ul>",
 "mp": "<h4>热门公众号</h4><ul><li>河源职场圈</li><li>AI观察</li></ul>",
 "video": "<h4>相关推荐</h4><p>更多AI学习视频</p>",
 "news": "<h4>热点</h4><ul><li>河源举办2026年春季招聘会</li><li>万绿湖景区提质升级</li></ul>",
 "rsj": "<h4>便民服务</h4><ul><li>社保查询</li><li>证书查询：技能人才评价证书全国联网查询</li></ul>",
 "shop": "<h4>购物保障</h4><p>正品保障 · 7天无理由（虚拟课程除外）</p>",
 "blog": "<h4>博主</h4><p>记录生活与学习</p>",
}

pages = []
def add(site, fname, title, body, offer=False, op=None, provider=None, ids=(), note="", crumb=None, links=()):
    pages.append(dict(site=site, path=f"/{site}/{fname}", title=title, body=body, is_offer=offer,
                      operator=op, provider=provider, ids=[list(i) for i in ids], note=note,
                      crumb=crumb or title, links=list(links)))

EXAM = "考点：河源技师学院考点（考务咨询台 0762-3891200）"
CERT_SAMPLE = "证书编号样式：Y000123XXXXXX195000001"

# ---------------- U01 智培 (honest local school)
add("zhipei", "index.html", "河源智培职业培训学校｜人工智能训练师（数据标注员）培训报名",
 f"""<div class="banner"><h1>2026年第二期 人工智能训练师（4-04-05-05）五级/四级培训班 火热报名中</h1></div>
<p>河源智培职业培训学校是经人社部门审批的民办职业培训机构，开设人工智能训练师、电工、保育师等培训项目。</p>
<h2>人工智能训练师培训简介</h2>
<p>依据《人工智能训练师国家职业技能标准(2021年版)》开展，工种为数据标注员。五级参考课时60学时，四级50学时，理论+实操结合。</p>
<p>申报五级需在本职业或相关职业累计工作满1年，或本职业学徒期满；四级需取得五级证书后工作满4年等，报名时请带齐材料，我们协助审核。</p>
<p>结业后参加由备案评价机构组织的认定考试，合格者由评价机构颁发职业技能等级证书，可登录技能人才评价证书全国联网查询核验。</p>
<p>报名热线：0762-3386218 ｜ 陈老师：13702261588（微信同号）｜ 微信：HYzhipei88</p>
<p><a href="/zhipei/rgzn-xls.html">查看人工智能训练师课程详情 &gt;&gt;</a></p>""",
 True, "U01", "河源智培职业培训学校",
 [("phone","07623386218","0762-3386218"),("phone","+8613702261588","13702261588"),("wechat","hyzhipei88","HYzhipei88"),
  ("uscc",C_U01,C_U01),("domain","hyzhipei.com","www.hyzhipei.com")], "training school homepage inviting enrolment", crumb="首页")
add("zhipei", "rgzn-xls.html", "人工智能训练师（数据标注员）五级/四级培训课程",
 f"""<h1>人工智能训练师（数据标注员）培训课程</h1>
<table border="1"><tr><th>等级</th><th>课时</th><th>培训费</th></tr><tr><td>五级/初级工</td><td>60</td><td>1680元</td></tr><tr><td>四级/中级工</td><td>50</td><td>1980元</td></tr></table>
<p>符合条件的参保职工取证后可按规定申领失业保险技能提升补贴（五级最高1000元、四级最高1500元），补贴以人社部门审核为准，本校不承诺一定到账。</p>
<p>{EXAM}。{CERT_SAMPLE}，实际编号以评价机构发证为准，可在 zscx.osta.org.cn 查询。</p>
<p>课程顾问：陈老师 137-0226-1588 ｜ 微信 hyzhipei88</p>""",
 True, "U01", "河源智培职业培训学校",
 [("phone","+8613702261588","137-0226-1588"),("wechat","hyzhipei88","hyzhipei88"),("phone","07623386218","0762-3386218"),
  ("uscc",C_U01,C_U01),("domain","hyzhipei.com","www.hyzhipei.com")], "course detail page with fees and schedule")
add("fenlei", "ad-1021.html", "【智培职校】人工智能训练师 数据标注员 周末班 源城区 可申请补贴",
 """<div class="info"><h1>【智培职校】人工智能训练师 数据标注员 周末班 源城区 可申请补贴</h1>
<ul class="meta"><li>类别：培训/教育 &gt; 职业技能</li><li>区域：源城区</li><li>发布：2026-06-08</li><li>浏览：312次</li></ul>
<p>智培职校（源城校区）人工智能训练师五级周末班6月20日开课，小班教学，电脑实操。适合在电商、客服、数据录入岗位工作满一年的朋友，符合条件可申领技能提升补贴。</p>
<p>联系人：陈老师　电话：137 0226 1588　微信：HYzhipei88</p>
<p class="tip">联系我时请说明是在河源同城分类网看到的，谢谢！</p></div>""",
 True, "U01", "智培职校（源城校区）",
 [("phone","+8613702261588","137 0226 1588"),("wechat","hyzhipei88","HYzhipei88")], "classified ad for weekend class")
add("wenda", "q-3307.html", "河源哪里可以考人工智能训练师证？靠谱吗？",
 """<div class="question"><h1>河源哪里可以考人工智能训练师证？靠谱吗？</h1><p>在河源上班，想考个人工智能训练师五级，网上好多机构都说包过，不知道哪家靠谱。</p></div>
<div class="answer"><b>源城小陈</b>（已认证：培训机构老师）<p>本地的话可以来我们智培看看，线下上课，五级四级都有，报名前会先审核你的工作年限，不符合条件的不会收你钱。加v：hyzhipei88，官网 hyzhipei。com 上有课程表。</p><span>赞 12</span></div>
<div class="answer"><b>路过的HR</b><p>别信“包过”，有疑问打12333问人社就行。</p><span>赞 30</span></div>""",
 True, "U01", "智培", [("wechat","hyzhipei88","hyzhipei88"),("domain","hyzhipei.com","hyzhipei。com")], "Q&A answer by school staff inviting enrolment")

# ---------------- U02 中科智训 (dishonest remote)
add("kecheng", "course-2218.html", "【中科智训】人工智能训练师三级（高级工）零基础全程网课 包过班",
 """<div class="course"><h1>【中科智训】人工智能训练师三级（高级工）零基础全程网课 包过班</h1>
<div class="price">￥3980 <del>￥6800</del> 已售 1,203</div><div class="cid">课程ID：15012260318</div>
<ul><li>零基础、不限学历、不限经验，直接报考三级</li><li>人社部颁发国家职业资格证书，全国通用，官网可查</li><li>不过全额退费，包过！</li><li>学完即可申领补贴，几乎免费</li></ul>
<p>机构：中科智训（北京）教育科技 ｜ 全国服务热线 400-876-2110 ｜ 课程咨询QQ：2850137746</p></div>""",
 True, "U02", "中科智训", [("phone","4008762110","400-876-2110"),("qq","2850137746","2850137746")], "marketplace course listing with 包过/人社部颁发 claims")
add("mp", "a-0412.html", "人社部新职业！人工智能训练师2026年最新报考指南（附报名入口）",
 """<article><h1>人社部新职业！人工智能训练师2026年最新报考指南（附报名入口）</h1><div class="src">来源公众号：国培AI人才学院 ｜ 2026-06-05</div>
<p>人工智能训练师是人社部认证的新职业，持证可享岗位补贴、积分落户、职称评定一证多用！</p>
<p>报考条件：零基础可报，三级（高级工）最快30天拿证，人社部颁发，全国联网可查。</p>
<p>报名方式：添加老师QQ/微信 2850137746 / zkzx_laoshi01，资料可发邮箱 zkzx_edu#126.com（#换成@）。</p>
<p class="end">—— 本文转载自公众号“国培AI人才学院” ——</p></article>""",
 True, "U02", "国培AI人才学院",
 [("qq","2850137746","2850137746"),("wechat","zkzx_laoshi01","zkzx_laoshi01"),("email","zkzx_edu@126.com","zkzx_edu#126.com")], "WeChat article repost, 人社部认证 wording")
add("wenda", "q-3312.html", "人工智能训练师证有用吗？零基础能直接考三级吗？",
 """<div class="question"><h1>人工智能训练师证有用吗？零基础能直接考三级吗？</h1><p>宝妈一枚，没相关工作经验，想考个证找工作。</p></div>
<div class="answer"><b>智训张老师</b><p>可以的亲，我们这边零基础直接报三级，网课学习，考试有辅导，通过率98%。证书人社部颁发，全国通用。加薇 zkzx_laoshi01 备注“问知”送题库。</p></div>
<div class="answer"><b>网友596</b><p>同问，求带，QQ 596032871</p></div>""",
 True, "U02", "智训", [("wechat","zkzx_laoshi01","zkzx_laoshi01")], "Q&A answer advertising zero-basis level 3")
add("video", "v-7301.html", "零基础考人工智能训练师，月入过万不是梦",
 """<div class="player">[视频] 时长 00:58</div><h1>零基础考人工智能训练师，月入过万不是梦 #AI #考证</h1>
<div class="author">@中科智训官方号 · 粉丝2.1万</div>
<p>视频文案：国家紧缺人才！人工智能训练师三级，不用上班经验，一个月拿证，人社部颁发！想了解的加微信ZKZX_laoshi01，或致电 189 2665 7730。</p>
<div class="comments"><p>用户8812：真的假的？</p><p>作者回复：真的，已经帮上千学员拿证</p></div>""",
 True, "U02", "中科智训", [("wechat","zkzx_laoshi01","ZKZX_laoshi01"),("phone","+8618926657730","189 2665 7730")], "short-video page with WeChat contact")

# ---------------- U03 鑫航/粤才 (出证快 agent)
add("kecheng", "course-2231.html", "【粤才教育】人工智能训练师四级/三级 代报名 45天出证",
 """<div class="course"><h1>【粤才教育】人工智能训练师四级/三级 代报名 45天出证</h1>
<div class="price">￥2680起 已售 437</div>
<ul><li>四级/三级均可报，不限学历，不限经验</li><li>全程代办报名材料，免培训，考前三天冲刺</li><li>45天左右出证，入库可查</li></ul>
<p>咨询电话：15975306624 ｜ QQ：1392775028（粤才教育-梁老师）</p></div>""",
 True, "U03", "粤才教育", [("phone","+8615975306624","15975306624"),("qq","1392775028","1392775028")], "marketplace listing, 代报名/免培训")
add("fenlei", "ad-1045.html", "鑫航职培 人工智能训练师考证 不限学历不限经验 三级直接报",
 """<div class="info"><h1>鑫航职培 人工智能训练师考证 不限学历不限经验 三级直接报</h1>
<ul class="meta"><li>类别：培训/教育 &gt; 考证</li><li>区域：河源全城</li><li>发布：2026-06-10</li></ul>
<p>人工智能训练师四级、三级火热报名，不限学历不限经验，无门槛，可代报名，拿证快。另有电工、叉车证。</p>
<p>联系：梁老师 159-7530-6624</p></div>""",
 True, "U03", "鑫航职培", [("phone","+8615975306624","159-7530-6624")], "classified ad, 无门槛")
add("video", "v-7322.html", "三级人工智能训练师怎么报？一条视频讲清楚",
 """<div class="player">[视频] 时长 01:32</div><h1>三级人工智能训练师怎么报？一条视频讲清楚</h1>
<div class="author">@鑫航教育-梁老师</div>
<p>视频文案：不用自己跑，材料我们来准备，评论区扣1，私信发资料。vx: xinhang6624 / 企鹅 1392775028</p>
<div class="comments"><p>用户2231：1</p><p>用户0762：价格多少</p></div>""",
 True, "U03", "鑫航教育", [("wechat","xinhang6624","xinhang6624"),("qq","1392775028","1392775028")], "short-video page for 代报名")
add("shop", "item-60218.html", "人工智能训练师证书报考服务 四级/三级 代报名（鑫航教育）",
 """<div class="item"><h1>人工智能训练师证书报考服务 四级/三级 代报名</h1><div class="price">￥2680.00 月销 86</div>
<p>店铺：鑫航教育专营店</p><p>拍下后联系客服QQ 1392775028 提交资料；收款方：河源市鑫航教育咨询有限公司</p>
<div class="reviews"><p>买家 a***9：订单编号 13920260614，已经收到准考证了</p></div></div>""",
 True, "U03", "鑫航教育专营店", [("qq","1392775028","1392775028"),("other","河源市鑫航教育咨询有限公司","河源市鑫航教育咨询有限公司")], "shop item selling registration service")

# ---------------- U04 数标 (honest data-labeling employer)
add("bbs", "thread-5512.html", "东源数标招数据标注员学徒，带薪培训，可考人工智能训练师五级",
 """<div class="post"><div class="op"><b>数标HR小林</b> 发表于 2026-06-09</div>
<p>东源县数标信息科技有限公司招数据标注员学徒10名，包午餐，带薪培训两个月。学徒期满后公司作为用人单位组织人工智能训练师（数据标注员）五级认定，证书可在国家平台查询。</p>
<p>有意者电话 138 2939 6012，或简历投 hr@shubiao-ai.cn</p></div>
<div class="reply"><b>lily</b>：我的微信 lily_hy0762，想问下紫金的能去吗？</div>
<div class="reply"><b>数标HR小林</b>：可以，公司有宿舍。</div>""",
 True, "U04", "东源数标", [("phone","+8613829396012","138 2939 6012"),("email","hr@shubiao-ai.cn","hr@shubiao-ai.cn")], "forum recruiting post with paid training + level 5")
add("mp", "a-0419.html", "人工智能训练师（数据标注员）五级学徒制培训班开班啦",
 f"""<article><h1>人工智能训练师（数据标注员）五级学徒制培训班开班啦</h1><div class="src">来源公众号：东源数标科技 ｜ 2026-06-02</div>
<p>本期学徒班按国家职业技能标准组织，学徒期满可参加五级认定。培训期间发放生活补助，结业后优先录用。</p>
<p>报名电话：0762-8871520 ｜ 邮箱：hr@shubiao-ai.cn ｜ 官网 www.shubiao-ai.cn</p>
<p>东源县数标信息科技有限公司（统一社会信用代码 {C_U04}）</p></article>""",
 True, "U04", "东源数标科技",
 [("phone","07628871520","0762-8871520"),("email","hr@shubiao-ai.cn","hr@shubiao-ai.cn"),("domain","shubiao-ai.cn","www.shubiao-ai.cn"),("uscc",C_U04,C_U04)], "WeChat article repost for apprenticeship class")
add("shop", "item-60233.html", "数标学堂 数据标注实操课（含人工智能训练师五级认定辅导）",
 f"""<div class="item"><h1>数标学堂 数据标注实操课（含人工智能训练师五级认定辅导）</h1><div class="price">￥699.00 月销 41</div>
<p>店铺：数标学堂官方店 ｜ 课程由东源县数标信息科技有限公司提供，可开发票。</p>
<p>开票主体统一社会信用代码：{C_U04} ｜ 课程咨询：(0762)8871520</p>
<p>说明：认定需满足申报条件（本职业工作满1年或学徒期满），本课程不承诺通过。</p></div>""",
 True, "U04", "数标学堂", [("uscc",C_U04,C_U04),("phone","07628871520","(0762)8871520")], "shop course item, honest conditions")

# ---------------- U05 华夏人才评价中心 (dishonest, fake query site)
add("fenlei", "ad-1060.html", "【华夏人才评价中心】人工智能训练师二级/三级 人社部颁发 官网可查",
 """<div class="info"><h1>【华夏人才评价中心】人工智能训练师二级/三级 人社部颁发 官网可查</h1>
<ul class="meta"><li>类别：培训/教育 &gt; 考证</li><li>区域：河源全城</li><li>发布：2026-06-11</li></ul>
<p>国家职业资格证书，人社部颁发，全国联网，官网可查：www.hxrcpj-cx.com</p><p>零基础，不限学历，报三级送四级，二级技师也可直接申报！免培训包过。</p>
<p>张主任：17728064419</p></div>""",
 True, "U05", "华夏人才评价中心", [("phone","+8617728064419","17728064419"),("domain","hxrcpj-cx.com","www.hxrcpj-cx.com")], "classified ad with fake query site")
add("wenda", "q-3320.html", "人工智能训练师证书在哪里查真伪？",
 """<div class="question"><h1>人工智能训练师证书在哪里查真伪？</h1><p>朋友在外面报了个班，说证书官网可查，想确认一下。</p></div>
<div class="answer"><b>国职认证顾问</b><p>登录国职人才认证网 hxrcpj-cx.com 输入身份证号即可查询，我们中心颁发的证书都可查。需要报考的加V hxrc-zhang。</p></div>
<div class="answer"><b>热心网友</b><p>正规证书请到 zscx.osta.org.cn 查，其他网站别信。</p></div>
<div class="answer"><b>网友596</b><p>求资料 QQ 596032871</p></div>""",
 True, "U05", "国职人才认证网", [("domain","hxrcpj-cx.com","hxrcpj-cx.com"),("wechat","hxrc-zhang","hxrc-zhang")], "Q&A answer pushing fake query site")
add("video", "v-7345.html", "二级技师证零基础直接拿，评职称加分",
 """<div class="player">[视频] 时长 00:45</div><h1>二级技师证零基础直接拿，评职称加分 #人工智能训练师</h1>
<div class="author">@中人职鉴广东</div>
<p>视频文案：人工智能训练师二级技师，直接对应中级职称，零基础也能报，名额有限！V：hxrc-zhang</p>""",
 True, "U05", "中人职鉴（广东）", [("wechat","hxrc-zhang","hxrc-zhang")], "short-video ad for level 2 to beginners")
add("blog", "post-203.html", "做人才评价十年，聊聊人工智能训练师证怎么拿最快",
 """<article><h1>做人才评价十年，聊聊人工智能训练师证怎么拿最快</h1><div class="by">博主：张主任说考证 · 2026-06-06</div>
<p>很多人问我人工智能训练师要不要先工作几年，其实通过我们中心走绿色通道，三级二级都能一步到位，证书在 hxrcpj-cx点com 可查。</p>
<p>需要的朋友电话：幺七七 二八零六 四四幺九，或加QQ群：735162098</p></article>""",
 True, "U05", "张主任说考证",
 [("phone","+8617728064419","幺七七 二八零六 四四幺九"),("domain","hxrcpj-cx.com","hxrcpj-cx点com"),("qq_group","735162098","735162098")], "blog post selling green-channel certificates")

# ---------------- U06 万绿职校 (honest, subsidy)
add("kecheng", "course-2240.html", "【万绿职校】人工智能训练师五级/四级 线下+线上 可申领技能提升补贴",
 f"""<div class="course"><h1>【万绿职校】人工智能训练师五级/四级 线下+线上 可申领技能提升补贴</h1>
<div class="price">￥1580起 已售 215</div>
<ul><li>五级60课时、四级50课时，河源市区线下实操</li><li>参保满1年的职工取证后可申领补贴：五级最高1000元、四级最高1500元</li><li>证书由备案评价机构颁发，可联网查询</li></ul>
<p>机构：河源市源城区万绿职业培训学校 ｜ 电话 0762-3219907 ｜ 办学主体统一社会信用代码 {C_U06}</p></div>""",
 True, "U06", "万绿职校", [("phone","07623219907","0762-3219907"),("uscc",C_U06,C_U06)], "marketplace listing, honest subsidy info")
add("mp", "a-0427.html", "补贴最高2000元！人工智能训练师培训报名啦",
 """<article><h1>补贴最高2000元！人工智能训练师培训报名啦</h1><div class="src">来源公众号：万绿职校 ｜ 2026-06-03</div>
<p>失业保险参保满1年的职工，取得五级/四级/三级证书后可分别申领最高1000/1500/2000元技能提升补贴，具体以人社部门审核为准。</p>
<p>在线报名表：https://jinshuju.net/f/Wl8kQ2 ｜ 报名热线：0762—3219907 ｜ 微信：wanlvzx</p></article>""",
 True, "U06", "万绿职校", [("phone","07623219907","0762—3219907"),("wechat","wanlvzx","wanlvzx")], "WeChat article repost about subsidy")
add("news", "2026-06/adv-118.html", "源城区万绿职业培训学校：人工智能训练师培训助力本地就业",
 f"""<article><h1>源城区万绿职业培训学校：人工智能训练师培训助力本地就业</h1><div class="by">河源在线 推广 · 2026-06-12</div>
<p>近年来，源城区万绿职业培训学校开设人工智能训练师（数据标注员）培训，已有两期学员参加认定。{CERT_SAMPLE}（样例）。</p>
<p>学校负责人介绍，报名前会核对学员工作年限，不符合条件的建议先参加岗位实习。{EXAM}。</p>
<p>报名咨询：136 2287 0451（微信 wanlvzx）</p></article>""",
 True, "U06", "源城区万绿职业培训学校", [("phone","+8613622870451","136 2287 0451"),("wechat","wanlvzx","wanlvzx")], "news advertorial")

# ---------------- U07 AI星球学院 (99-yuan course + cert upsell)
add("bbs", "thread-5530.html", "0基础学AI，90%小白都能学会，结课可报人工智能训练师证",
 """<div class="post"><div class="op"><b>AI星球小助手</b> 发表于 2026-06-10</div>
<p>AI星球学院暑期班：ChatGPT、数据标注、AI绘画一网打尽，90%小白都能学会，原价9999限时99！结课推荐报考人工智能训练师证书，拿证升职加薪。</p>
<p>QQ 3302196654 / vx aixingqiu2025</p></div>
<div class="reply"><b>lily</b>：99块是不是还要另外交考证费？加我 lily_hy0762 说说</div>""",
 True, "U07", "AI星球学院", [("qq","3302196654","3302196654"),("wechat","aixingqiu2025","aixingqiu2025")], "forum ad, 原价9999限时99")
add("video", "v-7366.html", "原价9999限时99！AI训练师速成课",
 """<div class="player">[视频] 时长 00:39</div><h1>原价9999限时99！AI训练师速成课 #小白学AI</h1>
<div class="author">@小白学AI·星球</div>
<p>视频文案：速成AI训练师，7天上手，学完送人工智能训练师证书报考名额。V：aixingqiu2025</p>""",
 True, "U07", "小白学AI·星球", [("wechat","aixingqiu2025","aixingqiu2025")], "short-video ad")
add("shop", "item-60251.html", "AI星球学院 AI训练师全能课 99元 送证书报考名额",
 """<div class="item"><h1>AI星球学院 AI训练师全能课 99元 送证书报考名额</h1><div class="price">￥99.00 <del>￥9999</del> 月销 2,310</div>
<p>店铺：AI星球学院旗舰店 ｜ 客服电话 191 2045 6683 ｜ 售后QQ：3302196654</p>
<p>温馨提示：证书考试费另计，报考请咨询客服。</p></div>""",
 True, "U07", "AI星球学院旗舰店", [("phone","+8619120456683","191 2045 6683"),("qq","3302196654","3302196654")], "shop item, cheap course + cert upsell")

# ---------------- U08 鸿途人才 (挂靠 lure)
add("kecheng", "course-2255.html", "【鸿途人才】人工智能训练师证 考证+挂靠 持证年入3万",
 """<div class="course"><h1>【鸿途人才】人工智能训练师证 考证+挂靠 持证年入3万</h1><div class="price">￥4580 已售 96</div>
<ul><li>三级证书包拿证，拿证后推荐企业挂靠，年收益2-3万</li><li>躺赚，无需到岗</li></ul>
<p>顾问电话：135-1084-7729 ｜ 邮箱 hongturc@qq.com</p></div>""",
 True, "U08", "鸿途人才", [("phone","+8613510847729","135-1084-7729"),("email","hongturc@qq.com","hongturc@qq.com")], "marketplace listing with 挂靠 income promise")
add("wenda", "q-3331.html", "人工智能训练师证能挂靠吗？一年多少钱？",
 """<div class="question"><h1>人工智能训练师证能挂靠吗？一年多少钱？</h1></div>
<div class="answer"><b>粤港澳人才服务顾问</b><p>能挂，我们对接大湾区科技企业，三级一年两万多。没证的可以先在我们这报考，一条龙服务。电话同微 135 1084 7729。</p></div>
<div class="answer"><b>法务小王</b><p>挂靠本身就有法律风险，AI训练师证也没什么挂靠需求，小心被骗。</p></div>""",
 True, "U08", "粤港澳人才服务", [("phone","+8613510847729","135 1084 7729")], "Q&A answer offering 挂靠")
add("shop", "item-60270.html", "人工智能训练师三级 考证挂靠一条龙（鸿途人才）",
 """<div class="item"><h1>人工智能训练师三级 考证挂靠一条龙</h1><div class="price">￥4580.00 月销 12</div>
<p>店铺：鸿途人才服务 ｜ 拍前请加微信：hongtu_rencai ｜ 资料发送：hongturc@qq.com</p></div>""",
 True, "U08", "鸿途人才服务", [("wechat","hongtu_rencai","hongtu_rencai"),("email","hongturc@qq.com","hongturc@qq.com")], "shop item, 挂靠")

# ---------------- U09 启智未来 (1+X bundle)
add("fenlei", "ad-1077.html", "启智未来教育 AIGC+人工智能训练师+1+X 三证合一 报一次拿三证",
 """<div class="info"><h1>启智未来教育 AIGC+人工智能训练师+1+X 三证合一</h1>
<ul class="meta"><li>类别：培训/教育 &gt; 考证</li><li>区域：江东新区</li><li>发布：2026-06-12</li></ul>
<p>一次报名，拿三证：AIGC技术应用证书、人工智能训练师四级、1+X人工智能数据处理证书，套餐价2980，多证同报更优惠。</p>
<p>刘老师 188 1392 7365 ｜ 全国热线 4006-538-920</p></div>""",
 True, "U09", "启智未来教育", [("phone","+8618813927365","188 1392 7365"),("phone","4006538920","4006-538-920")], "classified ad, 三证合一 bundle")
add("mp", "a-0433.html", "拿下这三张AI证书，求职加薪不是梦",
 """<article><h1>拿下这三张AI证书，求职加薪不是梦</h1><div class="src">来源公众号：启智AIGC认证中心 ｜ 2026-06-07</div>
<p>AIGC证书、人工智能训练师、1+X证书三证同报，1+X证书可在 vslc.ncb.edu.cn 查询，拿到证书便可升职加薪。</p>
<p>报名表：https://jinshuju.net/f/Qz7mT1 ｜ 热线 400 653 8920 ｜ 微信 qizhi-weilai</p></article>""",
 True, "U09", "启智AIGC认证中心", [("phone","4006538920","400 653 8920"),("wechat","qizhi-weilai","qizhi-weilai")], "WeChat article repost, 1+X bundle after 2025")
add("shop", "item-60288.html", "启智未来 AIGC证书+人工智能训练师 套餐 2980元",
 """<div class="item"><h1>启智未来 AIGC证书+人工智能训练师 套餐</h1><div class="price">￥2980.00 月销 57</div>
<p>店铺：启智未来教育 ｜ 客服微信 Qizhi-Weilai ｜ 邮箱 qizhi_fw@163.com</p>
<div class="reviews"><p>买家 z***3：订单编号 13725681930，老师回复挺快</p></div></div>""",
 True, "U09", "启智未来教育", [("wechat","qizhi-weilai","Qizhi-Weilai"),("email","qizhi_fw@163.com","qizhi_fw@163.com")], "shop package item")

# ---------------- Independents
add("kecheng", "course-2262.html", "【粤北AI实训营】数据标注实战+人工智能训练师五级辅导",
 """<div class="course"><h1>【粤北AI实训营】数据标注实战+人工智能训练师五级辅导</h1><div class="price">￥880 已售 64</div>
<p>真实项目练手，辅导五级理论与实操。报考需满足本职业工作满1年等条件。</p><p>讲师微信：yuebei_ai</p></div>""",
 True, "I01", "粤北AI实训营", [("wechat","yuebei_ai","yuebei_ai")], "independent marketplace course")
add("bbs", "thread-5547.html", "个人带班：数据标注入门，可协助报人工智能训练师五级（紫金本地）",
 """<div class="post"><div class="op"><b>阿杰</b> 发表于 2026-06-11</div>
<p>本人在标注公司干了三年，周末在紫金县城带个小班，一期8人，学费600，学完有工作经验证明的可以协助报五级。</p><p>电话 134 5027 6318</p></div>
<div class="reply"><b>老紫金</b>：支持本地人</div>""",
 True, "I02", "阿杰", [("phone","+8613450276318","134 5027 6318")], "independent forum post")
add("fenlei", "ad-1089.html", "和平县博学培训中心 人工智能训练师五级 暑期班",
 f"""<div class="info"><h1>和平县博学培训中心 人工智能训练师五级 暑期班</h1>
<ul class="meta"><li>类别：培训/教育</li><li>区域：和平县</li><li>发布：2026-06-09</li></ul>
<p>暑期班7月开课，适合在职人员。{EXAM}。</p><p>电话：0762-6029315</p></div>""",
 True, "I03", "和平县博学培训中心", [("phone","07626029315","0762-6029315")], "independent classified ad")
add("video", "v-7388.html", "人工智能训练师证到底值不值得考？",
 """<div class="player">[视频] 时长 03:12</div><h1>人工智能训练师证到底值不值得考？说点大实话</h1>
<div class="author">@小林说AI</div>
<p>视频文案：证书不是万能的，能力才是关键。我做了一套数据标注入门课，想跟着学的加QQ 1870352946，进群领前三节。</p>""",
 True, "I04", "小林说AI", [("qq","1870352946","1870352946")], "independent video with course invite")
add("shop", "item-60299.html", "龙川创新职培 人工智能训练师四级 题库+模拟考",
 """<div class="item"><h1>龙川创新职培 人工智能训练师四级 题库+模拟考</h1><div class="price">￥128.00 月销 33</div>
<p>店铺：龙川创新职培 ｜ 购买后加微信 lc_chuangxin 开通账号</p></div>""",
 True, "I05", "龙川创新职培", [("wechat","lc_chuangxin","lc_chuangxin")], "independent shop item")
add("blog", "post-211.html", "我开了个小班：带大家备考人工智能训练师四级（附考纲）",
 """<article><h1>我开了个小班：带大家备考人工智能训练师四级（附考纲）</h1><div class="by">博主：林伟的AI笔记 · 2026-06-10</div>
<p>四级考纲：基本要求、数据采集和处理、数据标注、智能系统运维。申报条件请对照国家标准，五级证书后需工作满4年。</p>
<p>线上小班每周两次，想参加的发邮件到 linwei_ai@foxmail.com</p></article>""",
 True, "I06", "林伟的AI笔记", [("email","linwei_ai@foxmail.com","linwei_ai@foxmail.com")], "independent blog offer")

# ---------------- Non-offers
add("bbs", "thread-5508.html", "【曝光】花3980报人工智能训练师三级，说人社部颁发，结果国家平台查不到！",
 """<div class="post"><div class="op"><b>受骗的小吴</b> 发表于 2026-06-07</div>
<p>上个月在网上报了个人工智能训练师三级，说零基础包过、人社部颁发，交了3980。证书寄来后在国家平台根本查不到，对方电话 170 9731 6620 现在打不通了。</p>
<p>已经打12315投诉，也问了12333，人社说这种证不是备案机构发的。大家别上当！</p></div>
<div class="reply"><b>版主</b>：已置顶，请大家核实后再报名。</div>""",
 note="forum complaint quoting scammer number", crumb="曝光台")
add("wenda", "q-3299.html", "怎么查人工智能训练师证书真假？",
 f"""<div class="question"><h1>怎么查人工智能训练师证书真假？</h1></div>
<div class="answer"><b>人社干部老李</b><p>职业技能等级证书在“技能人才评价证书全国联网查询”zscx.osta.org.cn 查询，证书上也印有 jndj.osta.org.cn。{CERT_SAMPLE}，22位，首字母Y或S。拿不准就打12333。</p></div>""",
 note="guide answer about verification")
add("news", "2026-06/warn-121.html", "警惕！“包过”“人社部颁发”的AI证书广告",
 """<article><h1>警惕！“包过”“人社部颁发”的AI证书广告</h1><div class="by">河源在线记者 · 2026-06-13</div>
<p>近期，市民反映有机构以“零基础包过”“人社部颁发”为噱头销售人工智能训练师证书。记者拨打涉事号码17097316620、13049752281均无人接听。</p>
<p>人社部门提醒，职业技能等级证书由备案评价机构颁发，可通过国家平台查询；遇到虚假宣传可拨打12315投诉，咨询政策可拨打12333。</p></article>""",
 note="news warning quoting scam numbers")
add("rsj", "tzgg/notice-0615.html", "关于做好2026年人工智能训练师等职业技能等级认定工作的通知",
 """<div class="doc"><h1>关于做好2026年人工智能训练师等职业技能等级认定工作的通知</h1><div class="docno">河人社函〔2026〕47号</div>
<p>各县区人力资源和社会保障局、各备案评价机构：</p>
<p>一、人工智能训练师（4-04-05-05）职业技能等级认定由备案评价机构按国家职业技能标准组织实施，证书由评价机构颁发，可在 zscx.osta.org.cn 查询。</p>
<p>二、符合条件的参保职工可申领技能提升补贴，五级、四级、三级分别最高1000元、1500元、2000元。</p>
<p>三、严禁以“包过”“人社部颁发”等虚假宣传招揽学员。政策咨询：12333。</p></div>""",
 note="official notice", crumb="通知公告")
add("blog", "post-198.html", "周末万绿湖骑行记",
 """<article><h1>周末万绿湖骑行记</h1><div class="by">博主：林伟的AI笔记 · 2026-05-31</div><p>天气很好，从市区骑到万绿湖，来回七十公里，记录一下路线和补给点。</p></article>""",
 note="unrelated blog post")

# ---------------- site indexes and hub
def frame(site, title, crumbs, body, path):
    s = SITES[site]
    nav = " ".join(f'<a href="/{site}/index.html">{n}</a>' if i == 0 else f'<a href="#">{n}</a>' for i, n in enumerate(s["nav"]))
    cr = " &gt; ".join([f'<a href="/index.html">网站导航</a>', f'<a href="/{site}/index.html">{s["name"]}</a>'] + crumbs)
    same = [p for p in pages if p["site"] == site and p["path"] != path][:4]
    rel = "".join(f'<li><a href="{p["path"]}">{p["title"]}</a></li>' for p in same)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title} - {s['name']}</title></head>
<body class="site-{s['cls']}">
<div class="top">{s['name']} · {s['dom']}</div>
<header><a class="logo" href="/{site}/index.html">{s['name']}</a><nav>{nav}</nav></header>
<div class="breadcrumb">当前位置：{cr}</div>
<div class="wrap"><main>{body}</main>
<aside>{SIDE[site]}</aside></div>
<div class="related"><h3>相关推荐</h3><ul>{rel}</ul></div>
<footer>{s['foot']}</footer>
</body></html>
"""

for site in SITES:
    if any(p["path"] == f"/{site}/index.html" for p in pages):
        continue
    lst = "".join(f'<li><a href="{p["path"]}">{p["title"]}</a></li>' for p in pages if p["site"] == site)
    add(site, "index.html", f"{SITES[site]['name']} 首页", f"<h1>{SITES[site]['name']}</h1><ul class='list'>{lst}</ul>",
        note="site index", crumb="首页")
# zhipei index must link the course page (already in body); ensure every page linked from its index
idx = {p["site"]: p for p in pages if p["path"].endswith("/index.html") and p["path"].count("/") == 2}

out = "site"
if os.path.exists(out): shutil.rmtree(out)
html = {}
for p in pages:
    crumbs = [] if p["crumb"] == "首页" else [p["crumb"]]
    html[p["path"]] = frame(p["site"], p["title"], crumbs, p["body"], p["path"])
hub = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网站导航 - 河源一周搜索</title></head><body><h1>网站导航</h1><ul>" + \
      "".join(f'<li><a href="/{s}/index.html">{SITES[s]["name"]}</a> {SITES[s]["dom"]}</li>' for s in SITES) + "</ul></body></html>\n"
html["/index.html"] = hub
for path, h in html.items():
    fp = out + path
    os.makedirs(os.path.dirname(fp), exist_ok=True)
    with open(fp, "w", encoding="utf-8") as f: f.write(h)
with open(out + "/robots.txt", "w") as f: f.write("User-agent: *\nAllow: /\n")

for p in pages:
    for k, v, w in p["ids"]:
        assert w in html[p["path"]], (p["path"], w)

DECOYS = [
 ("phone","12333",["12333"],"人社服务热线 (public hotline)"),
 ("phone","12315",["12315"],"市场监管投诉热线 (public hotline)"),
 ("phone","12377",["12377"],"网信举报热线 in news footer"),
 ("domain","zscx.osta.org.cn",["zscx.osta.org.cn"],"official certificate query site"),
 ("domain","jndj.osta.org.cn",["jndj.osta.org.cn"],"official query URL printed on certificates"),
 ("domain","vslc.ncb.edu.cn",["vslc.ncb.edu.cn"],"official legacy 1+X query platform"),
 ("phone","4008886021",["400-888-6021"],"学途课堂 platform customer-service footer"),
 ("email","kefu@xuetuketang.com",["kefu@xuetuketang.com"],"学途课堂 platform e-mail footer"),
 ("other","粤ICP备2021088123号-1",["粤ICP备2021088123号-1"],"学途课堂 ICP number footer"),
 ("domain","xuetuketang.com",["www.xuetuketang.com"],"marketplace's own domain"),
 ("qq_group","613728845",["613728845"],"forum's own QQ group footer"),
 ("email","admin@wanlvhy.com",["admin@wanlvhy.com"],"forum admin e-mail footer"),
 ("phone","07623300110",["0762-3300110"],"classifieds platform hotline footer"),
 ("qq","800052166",["800052166"],"classifieds complaint QQ footer"),
 ("phone","+8613800138000",["13800138000"],"template placeholder in classifieds posting rules"),
 ("email","jubao@wenzhiwang.com",["jubao@wenzhiwang.com"],"Q&A platform report e-mail"),
 ("domain","weiwenzhai.net",["weiwenzhai.net"],"repost aggregator's own domain"),
 ("email","weiwenzhai@outlook.com",["weiwenzhai@outlook.com"],"repost aggregator contact e-mail"),
 ("phone","4001700123",["4001-700-123"],"video platform report hotline"),
 ("phone","07623132110",["0762-3132110"],"news site hotline footer"),
 ("phone","4006008818",["400-600-8818"],"shop platform customer service"),
 ("phone","95188",["95188"],"payment platform (Alipay) hotline"),
 ("uscc",C_SHOP,[C_SHOP],"shop platform's own business licence"),
 ("uscc",C_RSJ,[C_RSJ],"government bureau's own code in footer"),
 ("domain","youxuanmall.com",["youxuanmall.com"],"shop platform domain"),
 ("phone","+8617097316620",["170 9731 6620","17097316620"],"scammer number quoted in complaint and news warning"),
 ("phone","+8613049752281",["13049752281"],"number quoted in news warning"),
 ("phone","+8615012260318",["15012260318"],"marketplace course ID that looks like a mobile"),
 ("phone","+8613920260614",["13920260614"],"order number in a buyer review"),
 ("phone","+8613725681930",["13725681930"],"order number in a buyer review"),
 ("other","Y000123XXXXXX195000001",["Y000123XXXXXX195000001"],"certificate-number template from the rules"),
 ("other","4-04-05-05",["4-04-05-05"],"occupation code"),
 ("wechat","lily_hy0762",["lily_hy0762"],"a reader's own WeChat in comments on two sellers' threads"),
 ("qq","596032871",["596032871"],"a reader's own QQ in Q&A comments"),
 ("phone","07623891200",["0762-3891200"],"exam venue front desk (third party)"),
 ("domain","jinshuju.net",["jinshuju.net"],"form tool (third party)"),
]
decoys = []
for k, v, ws, why in DECOYS:
    pg = sorted(path for path, h in html.items() if any(w in h for w in ws))
    assert pg, v
    decoys.append(dict(kind=k, value=v, written=ws, pages=pg, why=why))

ops = {}
for p in pages:
    o = p["operator"]
    if o and o.startswith("U"):
        d = ops.setdefault(o, {"brands": [], "identifiers": []})
        if p["provider"] not in d["brands"]: d["brands"].append(p["provider"])
        for k, v, w in p["ids"]:
            if [k, v] not in d["identifiers"]: d["identifiers"].append([k, v])
tp = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")]
tp += [dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
            identifiers=p["ids"], note=p["note"]) for p in pages]
tp.sort(key=lambda x: x["path"])
with open("truth.json", "w", encoding="utf-8") as f:
    json.dump({"pages": tp, "operators": dict(sorted(ops.items())), "decoys": decoys}, f, ensure_ascii=False, indent=1)
print(len(tp), "pages written")
