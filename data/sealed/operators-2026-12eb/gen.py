#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic."""
import json, os, shutil, html

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def _val(c):
    return int(c) if c.isdigit() else ord(c) - 55

def uscc(prefix8, org8):
    s = sum(_val(c) * w for c, w in zip(org8, W_ORG))
    c = 11 - s % 11
    org = org8 + ("X" if c == 10 else "0" if c == 11 else str(c))
    body = prefix8 + org
    t = sum(ALPHA.index(ch) * w for ch, w in zip(body, W_USCC))
    r = 31 - t % 31
    return body + ALPHA[0 if r == 31 else r]

U01_USCC = uscc("91510107", "MA6CK3R2")
U02_USCC = uscc("91530102", "MA6NX4T1")
U04_USCC = uscc("91510104", "MA62Y8QB")
U08_USCC = uscc("52530103", "MJ0F5127")
VENUE_USCC = uscc("12530100", "43120661")  # exam venue college (事业单位)

# ---------------------------------------------------------------- sites
SITES = {
 "cdzy": dict(name="成都智云职业技能培训学校", style="training company site",
   menu=["首页", "课程中心", "鉴定报名", "师资团队", "学员风采", "联系我们"],
   side="<h4>热门课程</h4><ul><li>人工智能训练师(四级)</li><li>人工智能训练师(三级)</li><li>数据标注员专项</li></ul><h4>报名须知</h4><p>五级需从事本职业或相关职业1年以上;四级、三级按国家职业技能标准逐级申报。</p>",
   footer="成都智云职业技能培训学校 版权所有 | 地址:成都市武侯区人民南路四段27号商鼎国际2单元11楼 | 招生热线 028-85326617 | 官网 www.cdzhiyun.com | 蜀ICP备2021031187号-1 | 统一社会信用代码 " + U01_USCC),
 "kmxz": dict(name="昆明新知职业培训学校", style="training company site (Kunming)",
   menu=["网站首页", "新闻动态", "招生简章", "考证专区", "在线报名", "关于新知"],
   side="<h4>考证专区</h4><ul><li>人工智能训练师</li><li>健康管理师</li><li>心理咨询师</li></ul><h4>全国统一服务热线</h4><p class='big'>400-871-5236</p>",
   footer="©2019-2026 昆明新知职业培训学校 | 昆明市五华区东风西路11号顺城王府井写字楼A座 | 全国热线:400-871-5236 | kmxinzhi.cn | 滇ICP备20004417号-2 | 信用代码:" + U02_USCC),
 "kesh": dict(name="课市汇", style="course marketplace",
   menu=["首页", "职业技能", "IT·互联网", "考证", "学历提升", "商家入驻"],
   side="<h4>平台保障</h4><ul><li>7天无理由退课</li><li>资金由平台托管</li><li>虚假宣传一键举报</li></ul><h4>猜你喜欢</h4><ul><li>Python数据分析入门</li><li>健康管理师三级</li><li>短视频运营实战</li></ul>",
   footer="课市汇 · 让学习更简单 | 平台客服 400-660-8877(9:00-21:00) | 客服邮箱 kefu@keshihui.com | 沪ICP备19033221号-2 | 沪公网安备31011202010877号 | 商家资质以店铺公示为准"),
 "wenda": dict(name="问知道", style="Baidu-Zhidao-style Q&A",
   menu=["首页", "问题分类", "职业考证", "教育培训", "我要提问"],
   side="<h4>相关问题</h4><ul><li>人工智能训练师证书有用吗?</li><li>数据标注员要考证吗?</li><li>技能提升补贴怎么领?</li></ul><p class='tip'>问知道提醒:回答内容仅代表网友观点,涉及付款请谨慎。</p>",
   footer="©2026 问知道 wenzhidao.com | 使用协议 | 隐私政策 | 侵权投诉 jubao@wenzhidao.com | 京ICP备16058821号"),
 "wxwz": dict(name="微文摘", style="WeChat-article repost aggregator",
   menu=["推荐", "职场", "教育", "科技", "本地", "投稿"],
   side="<h4>24小时热文</h4><ul><li>成都这些补贴别错过</li><li>AI会取代哪些岗位</li><li>考证避坑指南</li></ul><p class='tip'>本站文章转载自微信公众号,版权归原作者所有,如有侵权请联系删除。</p>",
   footer="微文摘 weiwenzhai.net | 内容转载自公众平台 | 投稿/删稿 tougao@weiwenzhai.net | 粤ICP备18072305号-3"),
 "rsj": dict(name="星湖区人力资源和社会保障局", style="人社局 notice site",
   menu=["首页", "政务公开", "通知公告", "就业创业", "职业能力建设", "办事服务"],
   side="<h4>便民服务</h4><ul><li>人社服务热线 12333</li><li>证书查询 zscx.osta.org.cn</li><li>技能人才评价工作网 osta.mohrss.gov.cn</li></ul>",
   footer="主办:星湖区人力资源和社会保障局 | 地址:星湖区政务服务中心3楼 | 政务服务热线 12333 | 网站标识码 5101990031 | 蜀ICP备05004421号"),
 "news": dict(name="西南职教资讯网", style="regional education news",
   menu=["首页", "要闻", "职业教育", "考试", "曝光台", "商务合作"],
   side="<h4>曝光台</h4><ul><li>“包过”证书又现新花样</li><li>警惕山寨证书查询网站</li></ul><h4>广告</h4><p>成人学历·职业技能 合作请洽商务部</p>",
   footer="西南职教资讯网 | 新闻热线 028-62370051 | 商务合作 ad@xnzjnews.com | 蜀ICP备17009263号 | 本站部分内容为商业推广,不代表本站观点"),
 "fenlei": dict(name="蓉滇分类信息网", style="classifieds",
   menu=["首页", "招聘", "培训", "二手", "房产", "便民"],
   side="<h4>发帖须知</h4><p>本站不对信息真实性负责,交易前请核实对方资质,谨防先付款后失联。</p><h4>热门城市</h4><ul><li>成都</li><li>昆明</li><li>绵阳</li><li>大理</li></ul>",
   footer="蓉滇分类信息网 | 举报电话 028-61880000 | 客服QQ 800061522 | 川B2-20190417 | 信息由用户自行发布"),
 "video": dict(name="快看短视频(网页版)", style="short-video pages",
   menu=["推荐", "关注", "同城", "直播", "知识"],
   side="<h4>相关推荐</h4><ul><li>0基础学AI 月入过万?</li><li>数据标注员一天干什么</li><li>考证博主带你避坑</li></ul>",
   footer="快看短视频 | 违法和不良信息举报 jubao@kuaikanvideo.cn | 举报电话 4008-120-779 | 京ICP备21003368号"),
 "bbs": dict(name="春城论坛", style="regional forum (Kunming)",
   menu=["首页", "春城杂谈", "求职招聘", "教育培训", "房产家居", "版务"],
   side="<h4>版规</h4><p>禁止发布违法广告;商业信息请发教育培训版。</p><h4>论坛官方群</h4><p>春城论坛交流群 612093385</p>",
   footer="春城论坛 ccbbs.net | 春城论坛交流群 612093385 | 联系版主 admin@ccbbs.net | 滇ICP备11002947号"),
}
ORDER = ["cdzy", "kmxz", "kesh", "wenda", "wxwz", "rsj", "news", "fenlei", "video", "bbs"]

# ---------------------------------------------------------------- operators
OPS = {
 "U01": {"brands": ["成都智云职业技能培训学校", "智云AI学苑", "蓉城智云教育"]},
 "U02": {"brands": ["昆明新知职业培训学校", "新知教育", "云南新知AI研习社"]},
 "U03": {"brands": ["智训通AI认证中心", "蓉学培训", "AI训练师考证服务站"]},
 "U04": {"brands": ["四川蜀才职业技能培训中心", "蜀才教育", "蜀才AI训练营"]},
 "U05": {"brands": ["云途教育", "国培智能人才中心"]},
 "U06": {"brands": ["春城AI训练师考证", "滇智教育", "云岭智训"]},
 "U07": {"brands": ["国智人才评价中心", "智证服务"]},
 "U08": {"brands": ["云南智学职业技能培训学校", "智学教育"]},
 "U09": {"brands": ["刘老师考证工作室", "蓉城职培代报名"]},
}

P = []  # pages

def page(path, site, title, body, is_offer=False, op=None, provider=None, ids=(), note="", crumbs=None):
    P.append(dict(path=path, site=site, title=title, body=body, is_offer=is_offer,
                  operator=op, provider=provider, identifiers=[list(x) for x in ids],
                  note=note, crumbs=crumbs or []))

# ================================================================ cdzy (U01)
page("/cdzy/index.html", "cdzy", "成都智云职业技能培训学校-人工智能训练师培训_数据标注员培训",
"""<div class='banner'><h1>2026年人工智能训练师(4-04-05-05)春季班火热报名中</h1>
<p>五级/四级/三级 | 周末班+晚班 | 理论+实操(约3:7) | 符合条件的参保学员可申领技能提升补贴</p></div>
<h2>为什么选择智云</h2><ul><li>与备案评价机构合作组织认定,证书可在技能人才评价证书全国联网查询平台 zscx.osta.org.cn 查询</li>
<li>课程对标《人工智能训练师国家职业技能标准(2021年版)》</li><li>数据标注、算法测试两个工种均可报</li></ul>
<h2>开班计划</h2><table><tr><th>级别</th><th>课时</th><th>培训费</th><th>开班</th></tr>
<tr><td>四级/中级工</td><td>50</td><td>2680元</td><td>3月14日</td></tr><tr><td>三级/高级工</td><td>40</td><td>3480元</td><td>3月21日</td></tr></table>
<p>申报条件请以国家职业技能标准为准,报名时需审核工作年限证明。补贴政策咨询可拨打 12333。</p>
<p class='contact'>招生老师:张老师 139 8214 6375(微信同号) | 固话 028-85326617 | 微信公众号/个人号:zhiyun_ai028</p>""",
True, "U01", "成都智云职业技能培训学校",
[("phone", "+8613982146375", "139 8214 6375"), ("phone", "02885326617", "028-85326617"),
 ("wechat", "zhiyun_ai028", "zhiyun_ai028"), ("domain", "cdzhiyun.com", "www.cdzhiyun.com"),
 ("uscc", U01_USCC, U01_USCC), ("other", "蜀ICP备2021031187号-1", "蜀ICP备2021031187号-1")],
"training company homepage, honest course offer", ["首页"])

page("/cdzy/course-l4.html", "cdzy", "人工智能训练师四级(中级工)周末班招生简章-智云AI学苑",
"""<h1>人工智能训练师四级(中级工)周末班招生简章</h1>
<p>主办:智云AI学苑(成都智云职业技能培训学校)</p>
<h3>一、培训内容</h3><p>基本要求、数据采集和处理、数据标注、智能系统运维,共50课时,含标注平台实操。</p>
<h3>二、报考条件</h3><p>取得本职业五级证书后累计从事本职业工作4年,或累计从事本职业工作6年,或技工院校相关专业毕业。我们不承诺“包过”,需参加理论和技能考核,各60分合格。</p>
<h3>三、费用</h3><p>培训费2680元,认定费按评价机构收费标准另收。参保满一年可申请失业保险技能提升补贴(四级最高1500元)。</p>
<h3>四、报名方式</h3><p>电话:13982146375 张老师;座机(028)8532 6617;邮箱:zhaosheng@cdzhiyun.com</p>
<p>证书查询:jndj.osta.org.cn</p>""",
True, "U01", "智云AI学苑",
[("phone", "+8613982146375", "13982146375"), ("phone", "02885326617", "(028)8532 6617"),
 ("email", "zhaosheng@cdzhiyun.com", "zhaosheng@cdzhiyun.com"), ("domain", "cdzhiyun.com", "www.cdzhiyun.com"),
 ("other", "蜀ICP备2021031187号-1", "蜀ICP备2021031187号-1")],
"training company course page, level 4", ["首页", "课程中心"])

# ================================================================ kmxz (U02)
page("/kmxz/index.html", "kmxz", "昆明新知职业培训学校_人工智能训练师考证_昆明考证培训机构",
"""<div class='banner'><h1>人社部颁发 · 人工智能训练师证书 · 全国通用</h1><p>国家认可 官网可查 | 五级四级三级均可报 | 昆明本地考点</p></div>
<h2>新知优势</h2><ul><li>十年办学,学员三万+</li><li>考点就在昆明,考点前台 0871-6533 2210 可咨询考场</li><li>证书入库可查,终身有效</li></ul>
<p>考点:云南现代职业技术学院(统一社会信用代码 """ + VENUE_USCC + """)</p>
<p>咨询热线:400-871-5236 | 校长热线 158-8713-4206 | 微信:xinzhi_km</p>""",
True, "U02", "昆明新知职业培训学校",
[("phone", "4008715236", "400-871-5236"), ("phone", "+8615887134206", "158-8713-4206"),
 ("wechat", "xinzhi_km", "xinzhi_km"), ("domain", "kmxinzhi.cn", "kmxinzhi.cn"), ("uscc", U02_USCC, U02_USCC)],
"training company homepage with misleading '人社部颁发' claim", ["网站首页"])

page("/kmxz/zs-2026.html", "kmxz", "2026年人工智能训练师招生简章(昆明)-新知教育",
"""<h1>2026年人工智能训练师招生简章</h1><p>发布:新知教育 教务处 | 浏览 3120 次</p>
<p>人工智能训练师是人社部认证的新职业,持证可享补贴、积分、评职称。</p>
<table><tr><th>级别</th><th>费用</th><th>备注</th></tr><tr><td>五级</td><td>1980</td><td>不限学历</td></tr><tr><td>四级</td><td>2580</td><td>可直接报</td></tr><tr><td>三级</td><td>3280</td><td>可直接报,三级可申领补贴</td></tr></table>
<p>证书样本编号:S000051000088253000127(仅供展示)</p>
<p>报名QQ:2874406135 | 全国热线 4008715236 | 网址 kmxinzhi.cn</p>""",
True, "U02", "新知教育",
[("qq", "2874406135", "2874406135"), ("phone", "4008715236", "4008715236"), ("domain", "kmxinzhi.cn", "kmxinzhi.cn")],
"enrolment brochure, levels 4/3 offered '可直接报'", ["网站首页", "招生简章"])

# ================================================================ kesh marketplace
page("/kesh/index.html", "kesh", "课市汇-职业技能课程-人工智能训练师",
"<h1>职业技能 · 人工智能训练师 相关课程</h1><p>共找到 5 门课程,价格、评价以商品页为准。</p>", crumbs=["首页", "职业技能"],
note="marketplace category index")

page("/kesh/c-10217.html", "kesh", "【蓉城智云教育】人工智能训练师四级 线下周末班 成都武侯-课市汇",
"""<h1>人工智能训练师四级 线下周末班(成都武侯)</h1><p class='shop'>店铺:蓉城智云教育 ★4.8 | 已售 312</p>
<p class='price'>¥2680 <s>¥3280</s></p><ul><li>50课时 理论+实操</li><li>结课后由合作评价机构组织认定</li><li>证书可在 zscx.osta.org.cn 查询</li></ul>
<p>到店咨询座机:(028)8532-6617 | 加老师微信 ZhiYun_AI028 发送“四级”领资料</p>
<div class='cmt'><b>用户 小***鱼:</b>老师讲得细,实操多。</div>""",
True, "U01", "蓉城智云教育",
[("phone", "02885326617", "(028)8532-6617"), ("wechat", "zhiyun_ai028", "ZhiYun_AI028")],
"marketplace listing by U01's shop", ["首页", "职业技能", "人工智能训练师"])

page("/kesh/c-10452.html", "kesh", "人工智能训练师三级 包过班 不过退费 全国可报-课市汇",
"""<h1>【包过班】人工智能训练师三级 不过全额退</h1><p class='shop'>店铺:智训通AI认证中心 ★4.2 | 已售 1026</p>
<p class='price'>¥3980 三级+四级同报立减800</p>
<ul><li>零基础、不限学历、不限经验</li><li>免培训,提供题库,考前押题</li><li>人社部颁发,官网可查,全国通用</li></ul>
<p>课程编号:13608712045</p>
<p>客服:181-0823-7745 | QQ 3391027456(备注课市汇)</p>""",
True, "U03", "智训通AI认证中心",
[("phone", "+8618108237745", "181-0823-7745"), ("qq", "3391027456", "3391027456")],
"dishonest '包过' listing, bundle discount", ["首页", "考证", "人工智能训练师"])

page("/kesh/c-10688.html", "kesh", "蜀才教育 人工智能训练师五级/四级 数据标注方向-课市汇",
"""<h1>人工智能训练师 五级/四级 数据标注方向</h1><p class='shop'>店铺:蜀才教育官方店 ★4.9 | 已售 207</p>
<p class='price'>¥1880起</p><p>五级需1年相关工作经历(可用标注岗工作证明),四级逐级申报。培训60课时,线上线下结合。</p>
<p>机构官网 shucaiedu.com,固话 028-86690421(工作日)</p>
<p>温馨提示:技能提升补贴需本人参保缴费满1年,具体咨询 12333。</p>""",
True, "U04", "蜀才教育",
[("phone", "02886690421", "028-86690421"), ("domain", "shucaiedu.com", "shucaiedu.com")],
"honest listing with eligibility stated", ["首页", "职业技能", "人工智能训练师"])

page("/kesh/c-10903.html", "kesh", "国培智能人才中心 人工智能训练师三级直通车 挂靠年入3万-课市汇",
"""<h1>人工智能训练师三级直通车 · 人社部颁发</h1><p class='shop'>店铺:国培智能人才中心 ★4.0 | 已售 88</p>
<p class='price'>¥4680 一次付清</p><ul><li>三级直接报,无需四级</li><li>拿证后可挂靠企业,年入3万+</li><li>国家级证书,可入档案</li></ul>
<p>下单后联系班主任 173 6052 8814</p><p>对公收款户名:成都市锦江区云途信息咨询服务部</p>""",
True, "U05", "国培智能人才中心",
[("phone", "+8617360528814", "173 6052 8814"), ("other", "成都市锦江区云途信息咨询服务部", "成都市锦江区云途信息咨询服务部")],
"dishonest listing: 挂靠 income, 国家级, level 3 direct", ["首页", "考证", "人工智能训练师"])

page("/kesh/c-11034.html", "kesh", "极客数标学院 数据标注员实战+人工智能训练师五级-课市汇",
"""<h1>数据标注员实战课 + 人工智能训练师五级认定辅导</h1><p class='shop'>店铺:极客数标学院 ★4.7 | 已售 540</p>
<p class='price'>¥1280</p><p>适合已在标注公司工作满1年的同学。证书查询 zscx.osta.org.cn。</p>
<p>课程编号:13608712045(同系列课程)</p><p>助教电话 187 8230 1146</p>""",
True, "I01", "极客数标学院", [("phone", "+8618782301146", "187 8230 1146")],
"independent honest listing", ["首页", "IT·互联网", "数据标注"])

# ================================================================ wenda Q&A
page("/wenda/index.html", "wenda", "职业考证 - 问知道", "<h1>职业考证 热门问题</h1>", crumbs=["首页", "职业考证"], note="Q&A category index")

page("/wenda/q-5521.html", "wenda", "人工智能训练师三级没有工作经验能直接考吗? - 问知道",
"""<h1>人工智能训练师三级没有工作经验能直接考吗?</h1><p class='q'>提问者:匿名 | 成都 | 2026-02-11</p>
<div class='ans best'><b>AI训练师考证服务站(认证回答者)</b><p>可以的亲,我们这边三级不卡经验不卡学历,零基础包过,证书人社部官网可查。名额有限,加QQ 3391027456,或发邮件 zhixuntong@126.com 索取简章。</p></div>
<div class='ans'><b>网友 天府老猫</b><p>三级按标准要四级证加5年之类的,直接报的要小心。</p></div>""",
True, "U03", "AI训练师考证服务站",
[("qq", "3391027456", "3391027456"), ("email", "zhixuntong@126.com", "zhixuntong@126.com")],
"Q&A answer selling level 3 to beginners", ["首页", "职业考证"])

page("/wenda/q-5609.html", "wenda", "昆明哪里可以考人工智能训练师? - 问知道",
"""<h1>昆明哪里可以考人工智能训练师?</h1><p class='q'>提问者:春城打工人 | 昆明</p>
<div class='ans best'><b>滇智教育-王老师</b><p>我们在昆明有固定考点,考点前台 0871-6533 2210 可以先打过去核实考场。五级四级都能报,技师也能走绿色通道。微信 km_aixl,QQ 1528830916。</p></div>
<div class='ans'><b>网友 lily</b><p>我也想报,楼主加我微信 lily_km88 一起拼团便宜点</p></div>""",
True, "U06", "滇智教育",
[("wechat", "km_aixl", "km_aixl"), ("qq", "1528830916", "1528830916")],
"Q&A answer by U06; reader's wechat in comment; venue desk quoted", ["首页", "职业考证"])

page("/wenda/q-5733.html", "wenda", "人工智能训练师可以代报名吗?自己报好麻烦 - 问知道",
"""<h1>人工智能训练师可以代报名吗?自己报好麻烦</h1><p class='q'>提问者:匿名</p>
<div class='ans'><b>蓉城职培代报名</b><p>可以代报,材料齐全三天出准考证,费用看级别。QQ:1103486725 电话 13308059917 刘老师。付款走支付宝担保,有问题可以找支付宝客服 95188。</p></div>
<div class='ans'><b>网友 QQ2841107735</b><p>同问,代报靠谱吗?谁报过加我 2841107735</p></div>""",
True, "U09", "蓉城职培代报名",
[("qq", "1103486725", "1103486725"), ("phone", "+8613308059917", "13308059917")],
"Q&A answer by agent U09; reader QQ in comment", ["首页", "职业考证"])

page("/wenda/q-5810.html", "wenda", "数据标注员转人工智能训练师四级,成都有靠谱的班吗? - 问知道",
"""<h1>数据标注员转人工智能训练师四级,成都有靠谱的班吗?</h1>
<div class='ans best'><b>锦官城职训 陈老师</b><p>我们是小班,只收有标注经验的学员,四级需要五级证满4年或者相关工作6年,先把材料发我看看能不能报。微信:jgc_zhixun</p></div>""",
True, "I02", "锦官城职训", [("wechat", "jgc_zhixun", "jgc_zhixun")],
"independent honest answer", ["首页", "职业考证"])

page("/wenda/q-5902.html", "wenda", "交了3980报人工智能训练师包过班,现在联系不上了怎么办? - 问知道",
"""<h1>交了3980报人工智能训练师包过班,现在联系不上了怎么办?</h1>
<p class='q'>提问者:被坑的小李 | 订单号:18980012276 | 对方电话 177 8123 4690 已经关机</p>
<div class='ans best'><b>热心网友</b><p>先打 12315 投诉,保留聊天和转账记录;证书真伪可以去 zscx.osta.org.cn 查,人社政策问 12333。</p></div>""",
crumbs=["首页", "职业考证"], note="complaint question (non-offer) quoting scam number and order number")

# ================================================================ wxwz WeChat reposts
page("/wxwz/index.html", "wxwz", "教育 - 微文摘", "<h1>教育频道</h1>", crumbs=["推荐", "教育"], note="repost site channel index")

page("/wxwz/s-0312.html", "wxwz", "云南人注意!人工智能训练师证书申领补贴最后一批名额 | 云南新知AI研习社",
"""<h1>云南人注意!人工智能训练师证书申领补贴最后一批名额</h1><p class='src'>来源公众号:云南新知AI研习社 | 转载</p>
<p>AI时代,人工智能训练师成为香饽饽!国家认可、人社部颁发,持三级证最高可领补贴2000元。</p>
<p>现在报名送教材+题库。扫码或添加老师微信:xinzhi_km,QQ同步:2874406135</p>
<p>考场:云南现代职业技术学院,考点前台 0871-6533 2210</p>""",
True, "U02", "云南新知AI研习社",
[("wechat", "xinzhi_km", "xinzhi_km"), ("qq", "2874406135", "2874406135")],
"WeChat repost, U02 brand variant", ["推荐", "教育"])

page("/wxwz/s-0419.html", "wxwz", "干货|人工智能训练师到底考什么?附成都报名渠道 | 蜀才AI训练营",
"""<h1>干货|人工智能训练师到底考什么?附成都报名渠道</h1><p class='src'>原创:蜀才AI训练营</p>
<p>人工智能训练师(4-04-05-05)分数据标注员和人工智能算法测试员两个工种,五级到一级逐级晋升。四级考数据采集和处理、数据标注、智能系统运维。</p>
<p>想报班的同学可以加助教微信 shucai_px,或电话 13541186920。</p>""",
True, "U04", "蜀才AI训练营",
[("wechat", "shucai_px", "shucai_px"), ("phone", "+8613541186920", "13541186920")],
"advertorial article with contact", ["推荐", "教育"])

page("/wxwz/s-0527.html", "wxwz", "拿证就能挂靠!人工智能训练师三级直通车最后3天 | 云途教育",
"""<h1>拿证就能挂靠!人工智能训练师三级直通车最后3天</h1><p class='src'>来源:云途教育</p>
<p>原价9999,限时4680!三级直接报,不用四级,不用经验,拿到证书便可升职加薪,还能挂靠企业躺赚。</p>
<p>添加班主任微信:rgzn-kaozheng(备注“三级”)</p><p>转账户名:成都市锦江区云途信息咨询服务部</p>
<p>报名表在线填写:jinshuju.net/f/Yt3kQ</p>""",
True, "U05", "云途教育",
[("wechat", "rgzn-kaozheng", "rgzn-kaozheng"), ("other", "成都市锦江区云途信息咨询服务部", "成都市锦江区云途信息咨询服务部")],
"dishonest repost: 挂靠, 原价9999", ["推荐", "职场"])

page("/wxwz/s-0603.html", "wxwz", "免培训!人工智能训练师证书15天下证,全国联网可查 | 国智人才评价中心",
"""<h1>免培训!人工智能训练师证书15天下证,全国联网可查</h1><p class='src'>来源:国智人才评价中心</p>
<p>国智人才评价中心为国家级评价机构,免培训、免考试、包通过,15天下证,证书在 www.gzrcpj-cx.com 可查。</p>
<p>咨询微信:zhengshu_kf01 | 邮箱:gzrc_kf@163.com</p>""",
True, "U07", "国智人才评价中心",
[("wechat", "zhengshu_kf01", "zhengshu_kf01"), ("email", "gzrc_kf@163.com", "gzrc_kf@163.com"),
 ("domain", "gzrcpj-cx.com", "www.gzrcpj-cx.com")],
"scam: 免培训 certificate with fake query site", ["推荐", "职场"])

page("/wxwz/s-0711.html", "wxwz", "昆明滇池人工智能培训:四级实操班开课通知",
"""<h1>四级实操班开课通知</h1><p class='src'>来源:滇池人工智能培训</p>
<p>本期四级班30人,需具备申报条件。培训费2400元,认定费另计。咨询 0871-68152293 或 dianchi_ai@sina.com</p>""",
True, "I03", "滇池人工智能培训",
[("phone", "087168152293", "0871-68152293"), ("email", "dianchi_ai@sina.com", "dianchi_ai@sina.com")],
"independent honest notice", ["推荐", "本地"])

page("/wxwz/s-0802.html", "wxwz", "警惕!这些“人工智能训练师”包过广告都是坑 | 转自某区市场监管",
"""<h1>警惕!这些“人工智能训练师”包过广告都是坑</h1>
<p>近期有市民反映,有人以“人社部颁发”“包过”“免培训”为噱头售卖人工智能训练师证书,收款后失联。涉事号码 177 8123 4690 已被多人举报。</p>
<p>提醒:职业技能等级证书由备案评价机构颁发,可在 zscx.osta.org.cn 查询;遇到虚假宣传可拨打 12315 投诉,政策咨询 12333。</p>""",
crumbs=["推荐", "教育"], note="warning repost (non-offer) quoting scam number")

# ================================================================ rsj notices
page("/rsj/index.html", "rsj", "星湖区人力资源和社会保障局", "<h1>通知公告</h1>", crumbs=["首页"], note="人社局 site index")

page("/rsj/tz-2026-017.html", "rsj", "关于2026年失业保险技能提升补贴申领的通知",
"""<h1>关于2026年失业保险技能提升补贴申领的通知</h1><p>星人社发〔2026〕17号</p>
<p>参保职工取得职业技能等级证书的,可按五级1000元、四级1500元、三级2000元标准申领补贴,证书须可在 zscx.osta.org.cn 或 jndj.osta.org.cn 查询。二级、一级无国家补贴标准。</p>
<p>咨询电话:12333</p>""", crumbs=["首页", "通知公告"], note="official subsidy notice")

page("/rsj/tz-2026-022.html", "rsj", "关于警惕“山寨证书”的温馨提示",
"""<h1>关于警惕“山寨证书”的温馨提示</h1><p>近期群众反映有机构冒用“人社局”名义招生,承诺“包过”“免培训”,并以 177 8123 4690 等号码联系。人社部门不颁发职业技能等级证书,也不委托任何机构“包过”。</p>
<p>证书查询:osta.mohrss.gov.cn、zscx.osta.org.cn。举报:12333、12315。</p>""", crumbs=["首页", "通知公告"], note="official warning quoting scam number")

page("/rsj/tz-2026-031.html", "rsj", "2026年第二季度职业技能等级认定考点安排",
"""<h1>2026年第二季度职业技能等级认定考点安排</h1>
<table><tr><th>考点</th><th>信用代码</th><th>咨询电话</th></tr><tr><td>云南现代职业技术学院(跨区联考点)</td><td>""" + VENUE_USCC + """</td><td>0871-6533 2210</td></tr></table>
<p>考生须由备案评价机构报名,本局不接受个人报名。</p>""", crumbs=["首页", "通知公告"], note="exam venue notice (venue desk + USCC)")

# ================================================================ news
page("/news/index.html", "news", "西南职教资讯网", "<h1>要闻</h1>", crumbs=["首页"], note="news site index")

page("/news/a-0915.html", "news", "【推广】蜀才职业技能培训中心:助力四川AI数据标注人才成长",
"""<h1>蜀才职业技能培训中心:助力四川AI数据标注人才成长</h1><p class='ad'>推广</p>
<p>四川蜀才职业技能培训中心(统一社会信用代码 """ + U04_USCC + """)近年来开展人工智能训练师五级、四级培训,累计培训学员两千余人。</p>
<p>春季班报名:028-8669-0421 | 官网 www.shucaiedu.com</p>""",
True, "U04", "四川蜀才职业技能培训中心",
[("uscc", U04_USCC, U04_USCC), ("phone", "02886690421", "028-8669-0421"), ("domain", "shucaiedu.com", "www.shucaiedu.com")],
"advertorial news page", ["首页", "职业教育"])

page("/news/a-1022.html", "news", "【推广】云南智学:人工智能训练师认定培训昆明开班",
"""<h1>云南智学:人工智能训练师认定培训昆明开班</h1><p class='ad'>推广</p>
<p>云南智学职业技能培训学校(民办非企业单位,信用代码 """ + U08_USCC + """)本月开设人工智能训练师五级、四级班,按标准要求审核申报条件。</p>
<p>报名咨询:0871-65127738 | www.ynzhixue.com | 报名表:jinshuju.net/f/Zx81p</p>""",
True, "U08", "云南智学职业技能培训学校",
[("phone", "087165127738", "0871-65127738"), ("domain", "ynzhixue.com", "www.ynzhixue.com"), ("uscc", U08_USCC, U08_USCC)],
"advertorial, honest college-partner", ["首页", "职业教育"])

page("/news/a-1105.html", "news", "成都一男子报“人工智能训练师包过班”被骗3980元",
"""<h1>成都一男子报“人工智能训练师包过班”被骗3980元</h1>
<p>本网讯 市民李先生在网上看到“零基础包过、人社部颁发”的广告,转账3980元后,对方号码 177 8123 4690 关机。民警提醒,职业技能等级证书由备案评价机构颁发,可登录 zscx.osta.org.cn 查询;消费纠纷可拨打 12315。</p>""",
crumbs=["首页", "曝光台"], note="news story quoting scam number")

# ================================================================ fenlei classifieds
page("/fenlei/index.html", "fenlei", "培训 - 蓉滇分类信息网", "<h1>职业培训 信息列表</h1>", crumbs=["首页", "培训"], note="classifieds index")

page("/fenlei/p-88213.html", "fenlei", "成都人工智能训练师四级周末班 武侯区 可申补贴",
"""<h1>成都人工智能训练师四级周末班 武侯区 可申补贴</h1><p class='meta'>发布人:智云张老师 | 成都-武侯</p>
<p>正规学校,对标国家标准,理论实操都有,不包过,认真学的来。</p><p>电话:139-8214-6375</p>""",
True, "U01", "智云", [("phone", "+8613982146375", "139-8214-6375")],
"classified post by U01 staff", ["首页", "培训", "成都"])

page("/fenlei/p-88740.html", "fenlei", "蜀才教育 人工智能训练师五级 数据标注 招生",
"""<h1>蜀才教育 人工智能训练师五级 数据标注 招生</h1><p class='meta'>成都-锦江</p>
<p>五级需要1年相关工作经历,标注公司在职即可。联系:135 4118 6920,座机 028—8669 0421</p>""",
True, "U04", "蜀才教育",
[("phone", "+8613541186920", "135 4118 6920"), ("phone", "02886690421", "028—8669 0421")],
"classified post by U04", ["首页", "培训", "成都"])

page("/fenlei/p-89102.html", "fenlei", "昆明 人工智能训练师 技师 高级技师 绿色通道 零基础",
"""<h1>昆明 人工智能训练师 技师/高级技师 绿色通道</h1><p class='meta'>昆明-五华</p>
<p>零基础可报二级技师,不限学历不限年龄,一次拿三个级别。证书样本编号 S000051000088253000127。</p>
<p>电话 199 0871 5562 微信 km_aixl</p>""",
True, "U06", "云岭智训",
[("phone", "+8619908715562", "199 0871 5562"), ("wechat", "km_aixl", "km_aixl")],
"dishonest: level 2 to beginners, three levels at once", ["首页", "培训", "昆明"])

page("/fenlei/p-89377.html", "fenlei", "云南智学 人工智能训练师 五级四级 昆明开班",
"""<h1>云南智学 人工智能训练师 五级四级 昆明开班</h1><p class='meta'>昆明-盘龙</p>
<p>按国家职业技能标准逐级申报,报名审核材料。咨询 0871-6512 7738 / 4006091357</p>""",
True, "U08", "智学教育",
[("phone", "087165127738", "0871-6512 7738"), ("phone", "4006091357", "4006091357")],
"classified post by U08", ["首页", "培训", "昆明"])

page("/fenlei/p-89455.html", "fenlei", "人工智能训练师代报名 成都 三天出准考证",
"""<h1>人工智能训练师代报名 成都 三天出准考证</h1><p class='meta'>发布人:刘老师 | 成都-成华</p>
<p>帮你搞定报名材料,五级四级三级都能代报,不过可补考。电话 133 0805 9917,微信 liulaoshi_ai。支付宝付款,支付宝客服 95188 可查交易。</p>""",
True, "U09", "刘老师考证工作室",
[("phone", "+8613308059917", "133 0805 9917"), ("wechat", "liulaoshi_ai", "liulaoshi_ai")],
"agent post", ["首页", "培训", "成都"])

page("/fenlei/p-89560.html", "fenlei", "小王考证 人工智能训练师五级 包拿证",
"""<h1>小王考证 人工智能训练师五级 包拿证</h1><p class='meta'>成都-郫都</p>
<p>保过,不过退费,证书人社部颁发。电话 158 2831 7764,支持支付宝(客服 95188)。</p>""",
True, "I04", "小王考证", [("phone", "+8615828317764", "158 2831 7764")],
"independent dishonest post", ["首页", "培训", "成都"])

# ================================================================ video
page("/video/index.html", "video", "知识 - 快看短视频", "<h1>知识频道 · 考证</h1>", crumbs=["推荐", "知识"], note="video channel index")

page("/video/v-7731.html", "video", "@新知教育 人工智能训练师 昆明考证 #考证 #AI",
"""<div class='player'>[视频] 00:48</div><p class='desc'>人社部颁发!人工智能训练师证书全国通用,评论区扣“1”,或直接打 158 8713 4206 咨询</p>
<div class='cmt'>网友:多少钱?<br>作者回复:私信或打电话哦</div>""",
True, "U02", "新知教育", [("phone", "+8615887134206", "158 8713 4206")],
"short video by U02", ["推荐", "知识"])

page("/video/v-8012.html", "video", "@国培智能人才 三级直通车 原价9999限时99定金",
"""<div class='player'>[视频] 01:02</div><p class='desc'>90%小白都能学会!原价9999限时99定金锁名额,三级直接拿。V:RGZN-kaozheng 电话17360528814 报名表 jinshuju.net/f/Yt3kQ</p>""",
True, "U05", "国培智能人才",
[("wechat", "rgzn-kaozheng", "RGZN-kaozheng"), ("phone", "+8617360528814", "17360528814")],
"short video by U05", ["推荐", "知识"])

page("/video/v-8120.html", "video", "@云岭智训 昆明AI训练师 技师证也能拿",
"""<div class='player'>[视频] 00:35</div><p class='desc'>零基础拿技师证!进群了解:837260551 电话199-0871-5562</p>""",
True, "U06", "云岭智训",
[("qq_group", "837260551", "837260551"), ("phone", "+8619908715562", "199-0871-5562")],
"short video by U06", ["推荐", "知识"])

page("/video/v-8266.html", "video", "@智证服务 不用考试也能拿证?",
"""<div class='player'>[视频] 00:22</div><p class='desc'>免培训免考试,人工智能训练师15天下证!加 ZHENGSHU_KF01 或打 151 9663 4408。<br>(示例:电话 138-0000-0000 微信号:xxxxxx)</p>""",
True, "U07", "智证服务",
[("wechat", "zhengshu_kf01", "ZHENGSHU_KF01"), ("phone", "+8615196634408", "151 9663 4408")],
"scam video; template placeholder left in", ["推荐", "知识"])

page("/video/v-8391.html", "video", "@智学教育 人工智能训练师数据标注实操课堂",
"""<div class='player'>[视频] 02:10</div><p class='desc'>带大家看看我们的标注实操课。报名请先看申报条件,全国热线 400 609 1357,微信 ynzx_edu</p>""",
True, "U08", "智学教育",
[("phone", "4006091357", "400 609 1357"), ("wechat", "ynzx_edu", "ynzx_edu")],
"honest short video by U08", ["推荐", "知识"])

page("/video/v-8478.html", "video", "@AI小课堂 人工智能训练师五级 一节课讲清",
"""<div class='player'>[视频] 03:05</div><p class='desc'>五级课程699,送题库。咨询微信 aixiaoketang(示例:电话 138-0000-0000 微信号:xxxxxx)</p>""",
True, "I05", "AI小课堂", [("wechat", "aixiaoketang", "aixiaoketang")],
"independent video, placeholder left in", ["推荐", "知识"])

# ================================================================ bbs
page("/bbs/index.html", "bbs", "教育培训 - 春城论坛", "<h1>教育培训版</h1>", crumbs=["首页", "教育培训"], note="forum board index")

page("/bbs/t-3307.html", "bbs", "【广告】人工智能训练师包过 昆明成都都能报",
"""<h1>【广告】人工智能训练师包过 昆明成都都能报</h1><div class='post'><b>楼主 蓉学培训</b><p>零基础包过,不过退费,资料发邮箱:zhixuntong#126.com(#换@),电话18108237745。</p></div>
<div class='post'><b>2楼 路人甲</b><p>有兴趣,QQ 2841107735 私我</p></div>""",
True, "U03", "蓉学培训",
[("email", "zhixuntong@126.com", "zhixuntong#126.com"), ("phone", "+8618108237745", "18108237745")],
"forum ad by U03; reader QQ in reply", ["首页", "教育培训"])

page("/bbs/t-3352.html", "bbs", "昆明人工智能训练师考证群,进群领资料",
"""<h1>昆明人工智能训练师考证群,进群领资料</h1><div class='post'><b>楼主 春城AI训练师考证</b><p>群号837260551,客服QQ:1528830916,五级到技师都可以报。</p></div>
<div class='post'><b>3楼 lily</b><p>已进群,我微信 lily_km88</p></div>""",
True, "U06", "春城AI训练师考证",
[("qq_group", "837260551", "837260551"), ("qq", "1528830916", "1528830916")],
"forum post by U06; reader wechat", ["首页", "教育培训"])

page("/bbs/t-3418.html", "bbs", "人工智能训练师证书急出,不用考",
"""<h1>人工智能训练师证书急出,不用考</h1><div class='post'><b>楼主 智证服务</b><p>急用证的联系15196634408,资料发 gzrc_kf@163.com,联网可查。</p></div>""",
True, "U07", "智证服务",
[("phone", "+8615196634408", "15196634408"), ("email", "gzrc_kf@163.com", "gzrc_kf@163.com")],
"scam forum post", ["首页", "教育培训"])

page("/bbs/t-3460.html", "bbs", "帮人代报人工智能训练师,成都昆明都行",
"""<h1>帮人代报人工智能训练师,成都昆明都行</h1><div class='post'><b>楼主 刘老师</b><p>代报名,加微信 LiuLaoShi_AI 或 QQ1103486725。</p></div>""",
True, "U09", "刘老师",
[("wechat", "liulaoshi_ai", "LiuLaoShi_AI"), ("qq", "1103486725", "1103486725")],
"agent forum post", ["首页", "教育培训"])

page("/bbs/t-3521.html", "bbs", "昆明职达培训 人工智能训练师四级 小班",
"""<h1>昆明职达培训 人工智能训练师四级 小班</h1><div class='post'><b>楼主 职达教务</b><p>四级小班15人,审核申报条件后再收费,QQ 2956014873。</p></div>""",
True, "I06", "昆明职达培训", [("qq", "2956014873", "2956014873")],
"independent forum post", ["首页", "教育培训"])

page("/bbs/t-3577.html", "bbs", "被“包过班”坑了,大家避雷",
"""<h1>被“包过班”坑了,大家避雷</h1><div class='post'><b>楼主 滇池边的风</b><p>订单号:18980012276,对方 177 8123 4690,交钱后拉黑。已经打了12315。</p></div>
<div class='post'><b>2楼 版主</b><p>证书请到 zscx.osta.org.cn 查,别信其他查询网站。</p></div>""",
crumbs=["首页", "教育培训"], note="complaint thread (non-offer)")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "public 人社 hotline"),
 ("phone", "12315", ["12315"], "public market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4006608877", ["400-660-8877"], "marketplace 课市汇 customer-service footer on every page"),
 ("email", "kefu@keshihui.com", ["kefu@keshihui.com"], "marketplace footer e-mail"),
 ("other", "沪ICP备19033221号-2", ["沪ICP备19033221号-2"], "marketplace ICP in footer"),
 ("domain", "wenzhidao.com", ["wenzhidao.com"], "Q&A platform's own domain in footer"),
 ("email", "tougao@weiwenzhai.net", ["tougao@weiwenzhai.net"], "repost site's footer e-mail"),
 ("phone", "02861880000", ["028-61880000"], "classifieds site report line in footer"),
 ("qq", "800061522", ["800061522"], "classifieds site customer-service QQ in footer"),
 ("email", "jubao@kuaikanvideo.cn", ["jubao@kuaikanvideo.cn"], "video platform report e-mail in footer"),
 ("qq_group", "612093385", ["612093385"], "forum's own QQ group in sidebar/footer"),
 ("phone", "+8617781234690", ["177 8123 4690"], "scammer number quoted in warnings, news and complaints"),
 ("phone", "+8613608712045", ["13608712045"], "really a course number (课程编号) on marketplace listings"),
 ("phone", "+8618980012276", ["18980012276"], "really an order number in complaints"),
 ("other", "S000051000088253000127", ["S000051000088253000127"], "certificate sample number"),
 ("phone", "+8613800000000", ["138-0000-0000"], "template placeholder"),
 ("wechat", "xxxxxx", ["微信号:xxxxxx"], "template placeholder"),
 ("wechat", "lily_km88", ["lily_km88"], "a reader's own WeChat in comments"),
 ("qq", "2841107735", ["2841107735"], "a reader's own QQ in comments"),
 ("phone", "087165332210", ["0871-6533 2210"], "exam venue front desk (third party)"),
 ("uscc", VENUE_USCC, [VENUE_USCC], "exam venue college's credit code (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by unrelated sellers"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) customer service"),
]

# ---------------------------------------------------------------- render
CSS = """body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:0;color:#222}
header{background:#1f4e8c;color:#fff;padding:8px 16px}header a{color:#fff;margin-right:14px}
.crumb{font-size:12px;color:#666;padding:6px 16px}.wrap{display:flex}main{flex:3;padding:8px 16px}
aside{flex:1;padding:8px;background:#f5f5f5;font-size:13px}footer{font-size:12px;color:#777;border-top:1px solid #ddd;padding:10px 16px}
.price{color:#e4393c;font-size:22px}.rel li{font-size:13px}"""

def esc(s):
    return html.escape(s, quote=True)

def render(pg, site_pages):
    s = SITES[pg["site"]]
    base = "/" + pg["site"] + "/"
    menu = " ".join("<a href='%sindex.html'>%s</a>" % (base, esc(m)) for m in s["menu"])
    crumbs = " &gt; ".join(["<a href='/index.html'>网址导航</a>", "<a href='%sindex.html'>%s</a>" % (base, esc(s["name"]))]
                           + [esc(c) for c in pg["crumbs"][1:]] + ["<span>%s</span>" % esc(pg["title"][:24])])
    rel = [q for q in site_pages if q["path"] != pg["path"]]
    if pg["path"].endswith("/index.html"):
        rel_html = "<ul class='list'>" + "".join("<li><a href='%s'>%s</a></li>" % (q["path"], esc(q["title"])) for q in rel) + "</ul>"
        body = pg["body"] + rel_html
        related = ""
    else:
        body = pg["body"]
        related = "<div class='rel'><h4>相关推荐</h4><ul>" + "".join(
            "<li><a href='%s'>%s</a></li>" % (q["path"], esc(q["title"])) for q in rel[:6]) + "</ul></div>"
    return """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>%s</style></head><body>
<header><b>%s</b> %s</header><div class="crumb">%s</div>
<div class="wrap"><main>%s%s</main><aside>%s</aside></div>
<footer>%s</footer></body></html>
""" % (esc(pg["title"]), CSS, esc(s["name"]), menu, crumbs, body, related, s["side"], s["footer"])

def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    texts = {}
    for key in ORDER:
        sp = [p for p in P if p["site"] == key]
        sp.sort(key=lambda p: (not p["path"].endswith("index.html"), p["path"]))
        for pg in sp:
            out = os.path.join(OUT, pg["path"].lstrip("/"))
            os.makedirs(os.path.dirname(out), exist_ok=True)
            t = render(pg, sp)
            with open(out, "w", encoding="utf-8") as f:
                f.write(t)
            texts[pg["path"]] = t
    hub = ["<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>网址导航 - 成都昆明考证常用站点</title></head><body>",
           "<h1>网址导航</h1><p>一周内在成都、昆明搜索“人工智能训练师 考证”时访问过的站点。</p><ul>"]
    for key in ORDER:
        hub.append("<li><a href='/%s/index.html'>%s</a> - %s</li>" % (key, esc(SITES[key]["name"]), esc(SITES[key]["style"])))
    hub.append("</ul></body></html>\n")
    t = "\n".join(hub)
    with open(os.path.join(OUT, "index.html"), "w", encoding="utf-8") as f:
        f.write(t)
    texts["/index.html"] = t
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub page")]
    for pg in P:
        for kind, val, w in pg["identifiers"]:
            assert w in texts[pg["path"]], (pg["path"], w)
        pages.append(dict(path=pg["path"], is_offer=pg["is_offer"], operator=pg["operator"],
                          provider=pg["provider"], identifiers=pg["identifiers"], note=pg["note"]))
    ops = {}
    for oid, o in OPS.items():
        idset = []
        for pg in P:
            if pg["operator"] == oid:
                for kind, val, w in pg["identifiers"]:
                    if [kind, val] not in idset:
                        idset.append([kind, val])
        brands = list(o["brands"])
        for pg in P:
            if pg["operator"] == oid and pg["provider"] not in brands:
                brands.append(pg["provider"])
        ops[oid] = {"brands": brands, "identifiers": idset}
    decoys = []
    for kind, val, written, why in DECOYS:
        pgs = sorted(p for p, t in texts.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=val, written=written, pages=pgs, why=why))
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(dict(pages=pages, operators=ops, decoys=decoys), f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
