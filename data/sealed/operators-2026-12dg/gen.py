#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]

def org_check(code8):
    w = [3,7,9,10,5,8,4,2]
    s = sum((int(c) if c.isdigit() else ord(c)-55) * w[i] for i, c in enumerate(code8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * W18[i] for i, ch in enumerate(body))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]

USCC_U01 = uscc("91110108", "MA01K7R2")
USCC_U04 = uscc("91110108", "MA02B3H5")
USCC_U09 = uscc("91110105", "MA04C8N1")

# ---------------------------------------------------------------- sites
SITES = {
 "zhixunedu": dict(name="智训教育官网", style="training-company site", dom="www.zhixunai.com.cn",
   nav=["首页","课程中心","师资团队","关于我们"], sep=" &gt; ", cls="zx",
   side="<h4>热门课程</h4><ul><li>人工智能训练师（四级/三级）</li><li>数据标注实战营</li></ul>",
   foot="智训教育 版权所有 · 北京智训未来科技有限公司 · 京ICP备2021034417号"),
 "kebao": dict(name="课宝网 - 职业技能课程平台", style="course marketplace", dom="kebao.com.cn",
   nav=["首页","职业技能","IT互联网","考证专区","机构入驻"], sep=" / ", cls="kb",
   side="<div class='hot'><b>考证专区</b><p>专题编号：18610240517 人工智能训练师专题</p></div>",
   foot="课宝网客服热线：4006-336-100（工作日9:00-18:00） · 客服邮箱：kefu@kebao.com.cn · kebao.com.cn 沪ICP备17028810号"),
 "bbs": dict(name="京津冀职场论坛", style="forum", dom="bbs.jjjzc.net",
   nav=["论坛首页","职场交流","考证互助","天津版","河北版"], sep=" » ", cls="bbs",
   side="<div class='rules'>版规：禁止发布违法办证广告，违者删帖封号。</div>",
   foot="京津冀职场论坛 · 官方QQ群：58106632 · 广告合作请发站内信 · 冀ICP备19007712号"),
 "fenlei": dict(name="津城同城信息网", style="classifieds", dom="www.jcxinxi.com",
   nav=["首页","招聘","培训","二手","房产"], sep=" > ", cls="fl",
   side="<div class='tip'>温馨提示：凡要求先交费的均需谨慎，请勿私下转账。</div>",
   foot="津城同城信息网 · 津ICP备18004521号-2 · 本站仅提供信息发布，不对信息真实性负责"),
 "wenda": dict(name="知了问答", style="Q&A", dom="www.zhiliaowd.com",
   nav=["首页","教育","职场","数码","找回答"], sep=" &gt; ", cls="wd",
   side="<div class='rel'>相关问题：人工智能训练师好考吗？ 数据标注员有前途吗？</div>",
   foot="知了问答 · 客服QQ：800061234 · 举报与投诉 · 京ICP备16052219号"),
 "wxwen": dict(name="微文摘 - 公众号文章聚合", style="WeChat-article reposts", dom="www.wxwz.net",
   nav=["首页","职场","教育","科技"], sep=" · ", cls="wx",
   side="<div>文章来自公众号，版权归原作者所有。</div>",
   foot="微文摘 · 投稿与删稿：tougao@wxwz.net · 冀ICP备20011876号"),
 "shipin": dict(name="闪视短视频", style="short-video pages", dom="shanshi.tv",
   nav=["推荐","关注","知识","同城"], sep=" / ", cls="sv",
   side="<div>为你推荐：AI副业 / 考证 / 数据标注</div>",
   foot="闪视 shanshi.tv · 用户服务邮箱：help@shanshi.tv · 网络文化经营许可证 京网文〔2022〕1188-033号"),
 "news": dict(name="燕赵财经网", style="news", dom="www.yzcjw.com.cn",
   nav=["首页","财经","教育","本地","专题"], sep=" > ", cls="nw",
   side="<div><h4>排行</h4><ol><li>河北就业补贴新政解读</li><li>警惕山寨证书</li></ol></div>",
   foot="燕赵财经网 · 新闻热线：0311-86019288 · 违法和不良信息举报 · 冀ICP备15003390号"),
 "college": dict(name="廊坊北方职业技术学院", style="college", dom="www.bfzy.edu.cn",
   nav=["学院首页","继续教育","招生信息","校园新闻"], sep=" &gt; ", cls="cl",
   side="<div>快速通道：教务系统 | 图书馆 | 校历</div>",
   foot="廊坊北方职业技术学院 · 地址：河北省廊坊市广阳区学院路18号 · 总机：0316-2188000 · www.bfzy.edu.cn"),
 "rsj": dict(name="某市人力资源和社会保障局", style="人社局 notice site", dom="rsj.example-city.gov.cn",
   nav=["首页","政务公开","通知公告","办事服务","政策解读"], sep=" &gt; ", cls="gov",
   side="<div>便民服务：人社服务热线 12333 | 社保查询 | 证书查询</div>",
   foot="主办：某市人力资源和社会保障局 · 网站标识码：1310000017 · 人社服务热线：12333"),
 "shop": dict(name="易购商城 · 教育服务", style="shop", dom="www.yigoumall.cn",
   nav=["首页","教育培训","虚拟服务","店铺街"], sep=" > ", cls="sp",
   side="<div>担保交易：支付宝客服 95188 · 确认收货前资金由平台托管</div>",
   foot="易购商城 · 平台客服：在线客服 · 沪ICP备19031125号"),
}

PAGES = []
def P(site, name, title, body, offer=False, op=None, prov=None, ids=(), note="", crumb=None):
    PAGES.append(dict(site=site, name=name, title=title, body=body, is_offer=offer, operator=op,
                      provider=prov, ids=[list(x) for x in ids], note=note, crumb=crumb or title))

# ---------------------------------------------------------------- U01 智训教育 (honest national brand)
P("zhixunedu", "kecheng-ai.html", "人工智能训练师职业技能等级认定培训（五级/四级/三级）",
 f"""<h1>人工智能训练师（4-04-05-05）培训课程</h1>
<p>课程依据《人工智能训练师国家职业技能标准(2021年版)》设计，覆盖数据采集和处理、数据标注、智能系统运维等模块。五级参考60课时，四级50课时，三级40课时。</p>
<p>报考须满足标准规定的申报条件（如五级需本职业或相关职业累计工作1年以上），我们的老师会先帮您核对条件，不符合条件不收费。</p>
<p>认定由经人社部门备案的评价机构组织，证书为职业技能等级证书，可在 zscx.osta.org.cn 查询。证书编号格式示例：Y000123XXXXXX195000001。</p>
<p>符合条件的参保职工可申领技能提升补贴，具体政策请拨打 12333 咨询当地人社部门。</p>
<div class="contact">全国咨询：400-010-6688　企业微信：zhixun_kf01　官网：www.zhixunai.com.cn<br>运营主体：北京智训未来科技有限公司　统一社会信用代码：{USCC_U01}</div>""",
 True, "U01", "智训教育", [("phone","4000106688","400-010-6688"),("wechat","zhixun_kf01","zhixun_kf01"),
 ("domain","zhixunai.com.cn","www.zhixunai.com.cn"),("uscc",USCC_U01,USCC_U01)], "brand's own course page")
P("zhixunedu", "about.html", "关于智训",
 """<h1>关于智训教育</h1><p>智训教育成立于2018年，专注数字技能人才培养，在北京、天津、石家庄设有教学点。</p>
<p>我们坚持不承诺“包过”，学员须参加完整培训与考核。</p>""", note="company about page, not an offer")

P("kebao", "course-1021.html", "【智训AI学院】人工智能训练师四级（中级工）直播+实操课",
 """<h1>【智训AI学院】人工智能训练师四级（中级工）直播+实操课</h1>
<p class="price">￥2680　已报名 1,204 人　课程编号：KB-1021</p>
<p>机构：智训AI学院（智训教育旗下）｜授课方式：直播+录播+线下实操（北京/天津）</p>
<p>课程大纲：数据采集和处理、数据标注、智能系统运维，配套题库和实操项目。</p>
<p>课后答疑请添加班主任微信 ZhiXun_KF01，或拨打 400 010 6688。</p>
<p>注：是否符合申报条件以评价机构审核为准。</p>""",
 True, "U01", "智训AI学院", [("phone","4000106688","400 010 6688"),("wechat","zhixun_kf01","ZhiXun_KF01")],
 "marketplace course page of U01")
P("news", "advert-zhixun.html", "数字经济催生新职业 智训教育助力京津冀AI人才培养",
 f"""<h1>数字经济催生新职业 智训教育助力京津冀AI人才培养</h1><p class="meta">来源：企业供稿　2025-06-12</p>
<p>2020年，人工智能训练师被列入新职业。记者了解到，智训教育今年在天津、石家庄新开人工智能训练师四级、三级班，报名即可试听。</p>
<p>“我们的学员要上满课时、通过理论和实操考核，不存在花钱买证。”该机构负责人说。感兴趣的读者可登录 ZhiXunAI.com.cn 报名。</p>
<p>（北京智训未来科技有限公司，统一社会信用代码 {USCC_U01}）</p><p class="ad">【广告】</p>""",
 True, "U01", "智训教育", [("domain","zhixunai.com.cn","ZhiXunAI.com.cn"),("uscc",USCC_U01,USCC_U01)],
 "news advertorial with enrolment call")
P("wxwen", "a-0630.html", "智训教育天津分校｜人工智能训练师7月班开始报名",
 """<h1>智训教育天津分校｜人工智能训练师7月班开始报名</h1><p class="src">原文来自公众号：智训教育天津分校</p>
<p>7月周末班：四级/三级，地点河西区友谊路教学点。报名热线：4000106688（总部），天津教学点 133-0221-7461。</p>
<p>学习结束参加评价机构组织的理论+实操考核，合格后颁发职业技能等级证书。</p>""",
 True, "U01", "智训教育天津分校", [("phone","4000106688","4000106688"),("phone","+8613302217461","133-0221-7461")],
 "WeChat repost of branch enrolment")

# ---------------------------------------------------------------- U02 津门职培 (Tianjin agent, resells brands)
P("fenlei", "post-8812.html", "【天津】人工智能训练师报名 智训教育天津报名点 包过班",
 """<h1>【天津】人工智能训练师报名 智训教育天津报名点</h1>
<p>发布者：王老师　区域：南开区　类别：职业培训</p>
<p>人工智能训练师四级、三级，本月截止。包过班另有内部资料，不过退费！可申请补贴。认定批次号：15820250628。</p>
<p>联系电话：13622094417（微信同号）</p><p>留言请填写电话，例如：13800138000</p>""",
 True, "U02", "智训教育天津报名点", [("phone","+8613622094417","13622094417")],
 "agent classified ad using national brand name")
P("wenda", "q-2231.html", "天津哪里可以考人工智能训练师？",
 """<h1>天津哪里可以考人工智能训练师？</h1><p class="q">提问者：匿名用户</p>
<div class="ans"><b>津门职培-李老师 的回答：</b><p>天津目前有几个考点，像河东那个考点（前台电话 022-2837 5160）每月都有批次。我们津门职培代报名，包过，有内部题库，加我微信 jinmen_zp 或打 136-2209-4417 就行。</p></div>
<div class="ans"><b>路人甲 的回答：</b><p>先去人社部门网站查机构有没有备案吧。</p></div>""",
 True, "U02", "津门职培", [("phone","+8613622094417","136-2209-4417"),("wechat","jinmen_zp","jinmen_zp")],
 "Q&A answer promoting agent")
P("shipin", "v-5531.html", "津门职培老师：一个月拿下AI训练师证",
 """<h1>津门职培老师：一个月拿下AI训练师证</h1><p class="au">@津门职培老师 · 1.2万粉丝</p>
<p class="desc">人工智能训练师，天津本地报名，一个月拿证，包过！想了解的私我或者加 薇：JinMen_ZP #AI训练师 #考证</p>
<p class="cm">评论 88 · 分享 12</p>""",
 True, "U02", "津门职培", [("wechat","jinmen_zp","JinMen_ZP")], "short video page of agent")
P("bbs", "thread-1203.html", "[考证互助] 天津AI训练师代报名，有需要的看过来",
 """<h1>[考证互助] 天津AI训练师代报名，有需要的看过来</h1>
<div class="post"><b>楼主 jmzp2019</b><p>本人做职业培训报名多年，人工智能训练师四级三级都能报，速度快包过。微信 jinmen_zp，Q 3061558274。</p></div>
<div class="post"><b>2楼 星星点灯</b><p>真的包过吗？加了，我的微信 lily_0512 回我一下</p></div>
<div class="post"><b>3楼 老李</b><p>包过的都要小心。</p></div>""",
 True, "U02", "津门职培", [("wechat","jinmen_zp","jinmen_zp"),("qq","3061558274","3061558274")],
 "forum thread by agent")

# ---------------------------------------------------------------- U03 华智认证 (Hebei, dishonest)
P("wxwen", "a-0612.html", "重磅！人社部颁发人工智能训练师国家职业资格证书，官网可查！",
 """<h1>重磅！人社部颁发人工智能训练师国家职业资格证书，官网可查！</h1><p class="src">原文来自公众号：华智认证服务中心</p>
<p>人工智能训练师证书由人社部颁发，属于国家职业资格证书，全国通用，官网可查（查询网址：www.zgjnzs-query.cn）。</p>
<p>不限学历、不限专业、无门槛，不培训直接发证，15个工作日出证，包过！</p>
<p>咨询微信：hz_rz888</p>""",
 True, "U03", "华智认证服务中心", [("wechat","hz_rz888","hz_rz888"),("domain","zgjnzs-query.cn","www.zgjnzs-query.cn")],
 "scam WeChat article, fake query site")
P("shop", "item-330.html", "人工智能训练师证书办理 三级 二级 人社部颁发 可查",
 """<h1>人工智能训练师证书办理 三级/二级 可查</h1><p class="price">￥3980 起　月销 37</p>
<p>店铺：华智证书办理　所在地：河北石家庄</p>
<p>国家职业资格证书，人社部颁发，zgjnzs-query.cn 官网可查。免考试，提供资料即可。</p>
<p>下单后联系客服：155 3118 6620 / 微信 HZ_RZ888，收款方：石家庄华智企业管理咨询有限公司</p>
<p class="tpl">买家留言格式：姓名+电话（示例：13800138000）</p>""",
 True, "U03", "华智证书办理", [("phone","+8615531186620","155 3118 6620"),("wechat","hz_rz888","HZ_RZ888"),
 ("domain","zgjnzs-query.cn","zgjnzs-query.cn"),("other","石家庄华智企业管理咨询有限公司","石家庄华智企业管理咨询有限公司")],
 "shop listing selling certificate without exam")
P("shipin", "v-5602.html", "AI训练师证 人社部颁发 不用考试",
 """<h1>AI训练师证 人社部颁发 不用考试</h1><p class="au">@华智认证小雅 · 3560粉丝</p>
<p class="desc">国家职业资格证书，不用考试，包过，全国可查，需要的宝子V我 hz_rz888</p>""",
 True, "U03", "华智认证", [("wechat","hz_rz888","hz_rz888")], "short video scam ad")
P("fenlei", "post-8840.html", "石家庄 人工智能训练师证 快速办理",
 """<h1>石家庄 人工智能训练师证 快速办理</h1><p>发布者：华智　区域：河北石家庄</p>
<p>人社部颁发，国家职业资格，零基础包过，可挂靠年入两万。电话15531186620。汇款请认准对公账户 石家庄华智企业管理咨询有限公司。</p>
<p>留言请填写电话，例如：13800138000</p>""",
 True, "U03", "华智", [("phone","+8615531186620","15531186620"),("other","石家庄华智企业管理咨询有限公司","石家庄华智企业管理咨询有限公司")],
 "classified scam ad")

# ---------------------------------------------------------------- U04 京师智培 (Beijing training company, honest)
P("college", "pxxm-ai.html", "继续教育学院 · 校企合作人工智能训练师培训项目招生",
 """<h1>校企合作人工智能训练师培训项目招生</h1>
<p>我院与北京京师智培教育科技有限公司合作开设人工智能训练师四级/三级培训，学时按国家职业技能标准执行。考核由已备案评价机构组织，证书可在 zscx.osta.org.cn 查询。</p>
<p>补贴政策咨询：12333。项目联系人：赵老师 010-82617735，邮箱 jszp_edu@126.com</p>
<p>在线报名表请填写邮箱，如 yourname@example.com</p>""",
 True, "U04", "京师智培", [("phone","01082617735","010-82617735"),("email","jszp_edu@126.com","jszp_edu@126.com")],
 "college-hosted cooperative enrolment")
P("kebao", "course-1088.html", "京师智培｜人工智能训练师三级（高级工）备考全程班",
 """<h1>京师智培｜人工智能训练师三级（高级工）备考全程班</h1><p class="price">￥3200　已报名 386 人　课程编号：KB-1088</p>
<p>适合已取得四级证书并满足年限的学员；含业务分析、智能训练、智能系统设计、培训与指导模块。</p>
<p>机构邮箱：JSZP_EDU@126.com</p><p>示例证书编号：Y000123XXXXXX195000001</p>""",
 True, "U04", "京师智培", [("email","jszp_edu@126.com","JSZP_EDU@126.com")], "marketplace course page")
P("news", "advert-jingshi.html", "京师智培：让数据标注员走上技能成长阶梯",
 f"""<h1>京师智培：让数据标注员走上技能成长阶梯</h1><p class="meta">来源：合作稿　2025-05-30</p>
<p>在北京海淀，一批数据标注员正在京师智培的教室里备考人工智能训练师三级。机构表示，三级需具备四级证书和相应工作年限，不接受“跳级”报名。</p>
<p>咨询电话：(010)8261 7735　北京京师智培教育科技有限公司 统一社会信用代码：{USCC_U04}</p>""",
 True, "U04", "北京京师智培教育科技有限公司", [("phone","01082617735","(010)8261 7735"),("uscc",USCC_U04,USCC_U04)],
 "news advertorial")
P("wxwen", "a-0701.html", "京师智培8月人工智能训练师周末班招生简章",
 f"""<h1>京师智培8月人工智能训练师周末班招生简章</h1><p class="src">原文来自公众号：京师智培</p>
<p>开班：8月9日；地点：海淀区知春路；收费：四级2280元，三级3200元（含认定费，票据由机构开具）。</p>
<p>报名：扫码填写金数据表单 jinshuju.net/f/Jszp0809 或致电 010 8261 7735。</p>
<p>主办：北京京师智培教育科技有限公司（信用代码 {USCC_U04}）</p>""",
 True, "U04", "京师智培", [("phone","01082617735","010 8261 7735"),("uscc",USCC_U04,USCC_U04)], "WeChat enrolment brochure")

# ---------------------------------------------------------------- U05 优学证通 (online brand)
P("kebao", "course-1130.html", "优学证通 人工智能训练师速成班 百分百通过",
 """<h1>优学证通 人工智能训练师速成班</h1><p class="price">￥1580　已报名 2,031 人　课程编号：KB-1130</p>
<p>速成7天，百分百通过率，官方指定教材。购课后加助教QQ：1735524908 领取题库。</p>""",
 True, "U05", "优学证通", [("qq","1735524908","1735524908")], "marketplace course with guarantee wording")
P("shop", "item-351.html", "优学教育旗舰店 AI训练师四级 网课+题库",
 """<h1>AI训练师四级 网课+题库</h1><p class="price">￥980　月销 412</p><p>店铺：优学教育旗舰店</p>
<p>拍下后联系客服扣扣 1735 524 908 或电话 17736240518 开通课程。天津考生可参加认定批次号：15820250628。</p>
<p class="tpl">买家留言格式：姓名+电话（示例：13800138000）</p>""",
 True, "U05", "优学教育旗舰店", [("qq","1735524908","1735 524 908"),("phone","+8617736240518","17736240518")], "shop listing")
P("wenda", "q-2290.html", "人工智能训练师网课哪家好？",
 """<h1>人工智能训练师网课哪家好？</h1><p class="q">提问者：小白求助</p>
<div class="ans"><b>优学证通官方 的回答：</b><p>推荐优学证通，速成课+题库，通过率高。资料发邮箱 1735524908@qq.com，或电话 177-3624-0518。</p></div>
<div class="ans"><b>提问者追问：</b><p>我电话 156 3308 7241，有人联系我吗？</p></div>""",
 True, "U05", "优学证通", [("email","1735524908@qq.com","1735524908@qq.com"),("phone","+8617736240518","177-3624-0518")], "Q&A answer by brand account")

# ---------------------------------------------------------------- U06 天工智联培训学校 (Tianjin, honest)
P("bbs", "thread-1217.html", "[天津版] 天工智联培训学校 人工智能训练师四级周末班招生",
 """<h1>[天津版] 天工智联培训学校 人工智能训练师四级周末班招生</h1>
<div class="post"><b>楼主 天工智联招生办</b><p>我校为民办职业培训学校，四级周末班9月开课，考核在河东考点（前台 022-2837 5160）。申报条件不符的不收费。咨询 022-58663120。如对收费有异议可拨打12315。</p></div>
<div class="post"><b>2楼 津南小王</b><p>去年在这考的，正规。</p></div>""",
 True, "U06", "天工智联培训学校", [("phone","02258663120","022-58663120")], "forum enrolment post")
P("fenlei", "post-8877.html", "天工智联 人工智能训练师 数据标注员培训 河西教学点",
 """<h1>天工智联 人工智能训练师 数据标注员培训</h1><p>发布者：天工智联　区域：河西区</p>
<p>学校电话：(022)5866 3120　招生老师：185-2266-0931</p>
<p>证书可在 zscx.osta.org.cn 查询。</p><p>留言请填写电话，例如：13800138000</p>""",
 True, "U06", "天工智联", [("phone","02258663120","(022)5866 3120"),("phone","+8618522660931","185-2266-0931")], "classified ad")
P("wxwen", "a-0720.html", "天工智联｜人工智能训练师秋季班报名指南",
 """<h1>天工智联｜人工智能训练师秋季班报名指南</h1><p class="src">原文来自公众号：天工智联职培</p>
<p>认定批次号：15820250628（以评价机构通知为准）。报名表：jinshuju.net/f/TgZl2025。招生老师电话 18522660931。</p>""",
 True, "U06", "天工智联职培", [("phone","+8618522660931","18522660931")], "WeChat repost")

# ---------------------------------------------------------------- U07 AI证书速通 (short-video scam)
P("shipin", "v-5688.html", "零基础直考二级技师！三证同拿",
 """<h1>零基础直考二级技师！三证同拿</h1><p class="au">@AI证书速通 · 8.9万粉丝</p>
<p class="desc">90%小白都能学会，原价9999限时99！人工智能训练师三级二级一级三证同拿，不限学历不限经验，拿到证书便可升职加薪。v❤ aizs_vip01</p>""",
 True, "U07", "AI证书速通", [("wechat","aizs_vip01","aizs_vip01")], "short-video scam")
P("shop", "item-372.html", "AI训练师 三证套餐 二级技师 高级技师 一次拿齐",
 """<h1>AI训练师 三证套餐</h1><p class="price">￥1999（三证）　月销 96</p><p>店铺：速通证书工作室</p>
<p>零基础可报二级技师、一级高级技师，三证一起买更优惠。下单备注 VX: AIZS_VIP01，收款主体：深圳市速通信息咨询有限公司</p>""",
 True, "U07", "速通证书工作室", [("wechat","aizs_vip01","AIZS_VIP01"),("other","深圳市速通信息咨询有限公司","深圳市速通信息咨询有限公司")], "shop bundle")
P("wenda", "q-2304.html", "没有工作经验能考人工智能训练师二级吗？",
 """<h1>没有工作经验能考人工智能训练师二级吗？</h1><p class="q">提问者：想转行的小陈</p>
<div class="ans"><b>证书顾问小周 的回答：</b><p>可以的，我们AI证书速通零基础直考，交费包过，付款走支付宝担保（支付宝客服95188可查）。付款方：深圳市速通信息咨询有限公司。微信 aizs_vip01。</p></div>
<div class="ans"><b>网友 的回答：</b><p>同问，我的微信 lily_0512</p></div>""",
 True, "U07", "AI证书速通", [("wechat","aizs_vip01","aizs_vip01"),("other","深圳市速通信息咨询有限公司","深圳市速通信息咨询有限公司")], "Q&A scam answer")

# ---------------------------------------------------------------- U08 冀才职业技能培训学校 (Baoding)
P("fenlei", "post-8901.html", "保定 冀才职校 人工智能训练师五级四级招生",
 """<h1>保定 冀才职校 人工智能训练师五级四级招生</h1><p>发布者：冀才职校　区域：河北保定</p>
<p>符合条件的参保职工可申请技能提升补贴。联系：13331267785</p><p>留言请填写电话，例如：13800138000</p>""",
 True, "U08", "冀才职校", [("phone","+8613331267785","13331267785")], "classified ad")
P("bbs", "thread-1240.html", "[河北版] 保定考AI训练师的进群交流",
 """<h1>[河北版] 保定考AI训练师的进群交流</h1>
<div class="post"><b>楼主 冀才培训刘老师</b><p>冀才职业技能培训学校开班，五级四级都有，进群 736620148 交流，电话 133 3126 7785。证书在 jndj.osta.org.cn 可查。</p></div>
<div class="post"><b>2楼 小鹿</b><p>加了，我的微信 lily_0512</p></div>""",
 True, "U08", "冀才职业技能培训学校", [("phone","+8613331267785","133 3126 7785"),("qq_group","736620148","736620148")], "forum post")
P("news", "local-baoding.html", "保定：冀才职校开设人工智能训练师培训班 名额有限",
 """<h1>保定：冀才职校开设人工智能训练师培训班</h1><p class="meta">本地　2025-07-03</p>
<p>记者从冀才职业技能培训学校获悉，该校8月开设人工智能训练师五级、四级班，报名者可加入咨询QQ群 736 620 148。</p>""",
 True, "U08", "冀才职业技能培训学校", [("qq_group","736620148","736 620 148")], "local news that works as enrolment ad")

# ---------------------------------------------------------------- U09 中科慧训 (state-sounding company, misleading)
P("wxwen", "a-0805.html", "中科慧训：工信部认证人工智能训练师，直接对应职称",
 f"""<h1>中科慧训：工信部认证人工智能训练师，直接对应职称</h1><p class="src">原文来自公众号：中科慧训人才中心</p>
<p>人工智能三级考试由国家工信部职业技能鉴定中心主办，职业技能等级证书直接对应职称证书，可挂靠年入3万。</p>
<p>全国统一咨询：400-860-2219　官网 www.zkhuixun.cn　主体：中科慧训（北京）科技有限公司 {USCC_U09}</p>""",
 True, "U09", "中科慧训人才中心", [("phone","4008602219","400-860-2219"),("domain","zkhuixun.cn","www.zkhuixun.cn"),("uscc",USCC_U09,USCC_U09)], "misleading WeChat article")
P("kebao", "course-1177.html", "中科慧训 人工智能训练师（工信部认证）三级",
 """<h1>中科慧训 人工智能训练师（工信部认证）三级</h1><p class="price">￥4680　课程编号：KB-1177</p>
<p>国家级权威认证，官方指定。咨询 4008-602-219，邮箱 zkhx@zkhuixun.cn</p>""",
 True, "U09", "中科慧训", [("phone","4008602219","4008-602-219"),("email","zkhx@zkhuixun.cn","zkhx@zkhuixun.cn")], "marketplace course")
P("shipin", "v-5710.html", "中科慧训：AI训练师证书对应职称",
 """<h1>中科慧训：AI训练师证书对应职称</h1><p class="au">@中科慧训官方 · 2.1万粉丝</p>
<p class="desc">拿证直接评职称，详情见官网 www.zkhuixun.cn #人工智能训练师</p>""",
 True, "U09", "中科慧训", [("domain","zkhuixun.cn","www.zkhuixun.cn")], "short video")

# ---------------------------------------------------------------- independents
P("kebao", "course-1195.html", "小鹿AI数据标注工作室：数据标注员入门+人工智能训练师五级辅导",
 """<h1>小鹿AI数据标注工作室：数据标注入门+五级辅导</h1><p class="price">￥699　课程编号：KB-1195</p>
<p>小班带练，真实标注项目。报名表 jinshuju.net/f/Xl5ji，老师微信 xiaolu_biaozhu。</p>
<p>在线报名请填写邮箱，如 yourname@example.com</p>""",
 True, "I01", "小鹿AI数据标注工作室", [("wechat","xiaolu_biaozhu","xiaolu_biaozhu")], "small studio course")
P("fenlei", "post-8933.html", "个人辅导 人工智能训练师四级理论+实操",
 """<h1>个人辅导 人工智能训练师四级</h1><p>发布者：张老师（个人）　区域：红桥区</p>
<p>一对一辅导，按课时收费。电话 199 3210 5876。</p>
<p>网友留言：我电话 156 3308 7241，想报名</p><p>留言请填写电话，例如：13800138000</p>""",
 True, "I02", "张老师（个人）", [("phone","+8619932105876","199 3210 5876")], "individual tutor classified")
P("shop", "item-388.html", "启元教育 人工智能训练师五级 录播课",
 """<h1>启元教育 人工智能训练师五级 录播课</h1><p class="price">￥399　月销 58</p><p>店铺：启元教育专营店</p>
<p>售后QQ 2466013597。本课程仅为培训，认定需另行报名评价机构。</p>
<p class="tpl">买家留言格式：姓名+电话（示例：13800138000）</p>""",
 True, "I03", "启元教育", [("qq","2466013597","2466013597")], "shop listing, honest")
P("wenda", "q-2317.html", "廊坊有人工智能训练师培训吗？",
 """<h1>廊坊有人工智能训练师培训吗？</h1><p class="q">提问者：廊坊打工人</p>
<div class="ans"><b>鼎学教育 的回答：</b><p>廊坊鼎学教育有四级班，考核可以去天津河东考点（前台 022-2837 5160）。咨询 159-0316-8842。</p></div>""",
 True, "I04", "廊坊鼎学教育", [("phone","+8615903168842","159-0316-8842")], "Q&A answer by local school")
P("college", "rending-ai.html", "关于开展2025年人工智能训练师职业技能等级认定的通知",
 """<h1>关于开展2025年人工智能训练师职业技能等级认定的通知</h1>
<p>我院为已备案的职业技能等级认定机构，现面向社会开展人工智能训练师五级、四级认定，需满足国家职业技能标准申报条件。</p>
<p>证书可在 jndj.osta.org.cn 及 zscx.osta.org.cn 查询。补贴政策咨询12333。</p>
<p>报名咨询：继续教育学院 0316-2188630，邮箱 jxjy@bfzy.edu.cn</p><p>在线报名请填写邮箱，如 yourname@example.com</p>""",
 True, "I05", "廊坊北方职业技术学院继续教育学院", [("phone","03162188630","0316-2188630"),("email","jxjy@bfzy.edu.cn","jxjy@bfzy.edu.cn")], "college's own assessment enrolment")
P("bbs", "thread-1256.html", "退休工程师带人工智能训练师实操，小班",
 """<h1>退休工程师带人工智能训练师实操，小班</h1>
<div class="post"><b>楼主 王工</b><p>退休前做算法测试，现在周末带实操小班，不包过，学真东西。微信 wanggong_ai，QQ 1198327760。</p></div>""",
 True, "I06", "王工（个人）", [("wechat","wanggong_ai","wanggong_ai"),("qq","1198327760","1198327760")], "individual tutor forum post")

# ---------------------------------------------------------------- non-offers
P("bbs", "thread-1262.html", "[投诉曝光] 交了3980办AI训练师证，对方拉黑了",
 """<h1>[投诉曝光] 交了3980办AI训练师证，对方拉黑了</h1>
<div class="post"><b>楼主 受骗的小刘</b><p>对方说人社部颁发、不用考试，骗子电话 170 8239 5516，大家别上当！已打12315投诉。</p></div>
<div class="post"><b>2楼</b><p>正规证书去 zscx.osta.org.cn 查。</p></div>""", note="complaint thread")
P("wenda", "q-2325.html", "人工智能训练师证书怎么辨别真假？",
 """<h1>人工智能训练师证书怎么辨别真假？</h1><div class="ans"><b>热心网友 的回答：</b>
<p>现在是职业技能等级证书，由备案的评价机构颁发，不是人社部颁发。编号22位，如 Y000123XXXXXX195000001，可在 osta.mohrss.gov.cn 或 zscx.osta.org.cn 查询。</p></div>""", note="guide answer")
P("news", "warn-shanzhai.html", "警惕！“人社部颁发AI证书”多为山寨",
 """<h1>警惕！“人社部颁发AI证书”多为山寨</h1><p class="meta">教育　2025-06-20</p>
<p>有市民反映，对方以电话 17082395516 推销“包过”证书。人社部门提醒，正规证书可在 zscx.osta.org.cn、osta.mohrss.gov.cn 查询，遇到纠纷可拨打12315或12333。</p>""", note="news warning")
P("rsj", "tzgg-0602.html", "关于做好2025年职业技能等级认定工作的通知",
 """<h1>关于做好2025年职业技能等级认定工作的通知</h1>
<p>职业技能等级证书由备案的评价机构颁发，证书编号如 Y000123XXXXXX195000001，可通过 jndj.osta.org.cn、zscx.osta.org.cn 查询。政策咨询：12333。</p>""", note="official notice")
P("rsj", "tx-0615.html", "关于警惕“山寨证书”的风险提示",
 """<h1>关于警惕“山寨证书”的风险提示</h1>
<p>近期有不法分子冒用人社部门名义，以电话 170-8239-5516 等推销“免考包过”证书。请通过 osta.mohrss.gov.cn 核实，或拨打 12333、12315 反映。</p>""", note="official warning")
P("fenlei", "post-8950.html", "河西区整租两室一厅 近地铁",
 """<h1>河西区整租两室一厅 近地铁</h1><p>2800元/月，押一付三，看房联系房东。</p>""", note="unrelated rental ad")

# ---------------------------------------------------------------- render
CSS = {"zx":"body{font-family:sans-serif}.zx-top{background:#0a4}","kb":".kb-h{background:#f60}","bbs":".post{border:1px solid #ccc}",
       "fl":".fl-h{background:#39f}","wd":".ans{margin:8px}","wx":".src{color:#888}","sv":".desc{font-size:14px}",
       "nw":".meta{color:#999}","cl":".cl-h{background:#036}","gov":".gov-h{background:#c00}","sp":".price{color:red}"}

def frame(key, page, body, siblings):
    s = SITES[key]; c = s["cls"]
    nav = "".join(f'<a href="index.html">{n}</a> ' for n in s["nav"])
    crumb = f'<a href="../index.html">导航</a>{s["sep"]}<a href="index.html">{s["name"]}</a>' + (f'{s["sep"]}{page}' if page else "")
    rel = "".join(f'<li><a href="{n}">{t}</a></li>' for n, t in siblings)
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{page or s['name']} - {s['name']}</title>
<style>{CSS[c]}</style></head><body class="{c}">
<header class="{c}-h"><div class="logo">{s['name']}</div><nav class="{c}-nav">{nav}</nav></header>
<div class="{c}-crumb">{crumb}</div>
<main class="{c}-main">{body}</main>
<aside class="{c}-side">{s['side']}<h4>相关链接</h4><ul>{rel}</ul></aside>
<footer class="{c}-foot">{s['foot']}</footer></body></html>
"""

def main():
    here = os.path.dirname(os.path.abspath(__file__)); out = os.path.join(here, "site")
    if os.path.exists(out): shutil.rmtree(out)
    os.makedirs(out)
    texts = {}
    for key in SITES:
        os.makedirs(os.path.join(out, key))
        mine = [p for p in PAGES if p["site"] == key]
        sib = [(p["name"], p["title"]) for p in mine]
        for p in mine:
            html = frame(key, p["title"], p["body"], [x for x in sib if x[0] != p["name"]][:5])
            texts[f"/{key}/{p['name']}"] = html
        idx = "<h1>" + SITES[key]["name"] + "</h1><ul>" + "".join(f'<li><a href="{n}">{t}</a></li>' for n, t in sib) + "</ul>"
        texts[f"/{key}/index.html"] = frame(key, "", idx, sib[:3])
    hub = "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>导航</title></head><body><h1>网址导航</h1><ul>" + \
          "".join(f'<li><a href="{k}/index.html">{s["name"]}</a>（{s["dom"]}）</li>' for k, s in SITES.items()) + "</ul></body></html>\n"
    texts["/index.html"] = hub
    for path, html in texts.items():
        with open(out + path, "w", encoding="utf-8") as f: f.write(html)
    with open(os.path.join(out, "robots.txt"), "w") as f: f.write("User-agent: *\nAllow: /\n")

    pages = []
    for path in sorted(texts):
        p = next((x for x in PAGES if f"/{x['site']}/{x['name']}" == path), None)
        if p is None:
            pages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                              note="hub page" if path == "/index.html" else "site index page"))
        else:
            for k, v, w in p["ids"]: assert w in texts[path], (path, w)
            pages.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                              identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in pages:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]: d["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in d["identifiers"]: d["identifiers"].append([k, v])
    D = [
     ("phone","12333",["12333"],"人社服务热线 (public hotline)"),
     ("phone","12315",["12315"],"市场监管投诉热线 (public hotline)"),
     ("domain","zscx.osta.org.cn",["zscx.osta.org.cn"],"official certificate query site"),
     ("domain","jndj.osta.org.cn",["jndj.osta.org.cn"],"official query URL printed on certificates"),
     ("domain","osta.mohrss.gov.cn",["osta.mohrss.gov.cn"],"official 技能人才评价工作网"),
     ("phone","4006336100",["4006-336-100"],"课宝网 platform customer-service footer"),
     ("email","kefu@kebao.com.cn",["kefu@kebao.com.cn"],"课宝网 platform footer e-mail"),
     ("domain","kebao.com.cn",["kebao.com.cn"],"marketplace's own domain"),
     ("phone","+8618610240517",["18610240517"],"课宝网 topic (专题) number that looks like a mobile"),
     ("qq_group","58106632",["58106632"],"forum's official QQ group in footer"),
     ("other","津ICP备18004521号-2",["津ICP备18004521号-2"],"classifieds platform ICP"),
     ("qq","800061234",["800061234"],"Q&A platform customer-service QQ"),
     ("email","tougao@wxwz.net",["tougao@wxwz.net"],"repost site's submissions e-mail"),
     ("email","help@shanshi.tv",["help@shanshi.tv"],"video platform's service e-mail"),
     ("domain","shanshi.tv",["shanshi.tv"],"video platform's own domain"),
     ("phone","031186019288",["0311-86019288"],"news site's newsroom hotline"),
     ("phone","03162188000",["0316-2188000"],"college switchboard in footer"),
     ("phone","+8617082395516",["170 8239 5516","17082395516","170-8239-5516"],"scammer number quoted in complaints and warnings"),
     ("other","Y000123XXXXXX195000001",["Y000123XXXXXX195000001"],"certificate-number example from the rules"),
     ("phone","+8615820250628",["15820250628"],"assessment batch number that looks like a mobile"),
     ("phone","+8613800138000",["13800138000"],"template placeholder in contact forms"),
     ("email","yourname@example.com",["yourname@example.com"],"template placeholder e-mail"),
     ("wechat","lily_0512",["lily_0512"],"a reader's own WeChat in comments"),
     ("phone","+8615633087241",["156 3308 7241"],"a reader's own phone in comments"),
     ("phone","02228375160",["022-2837 5160"],"exam venue front desk (third party)"),
     ("domain","jinshuju.net",["jinshuju.net"],"form tool (third party)"),
     ("phone","95188",["95188"],"payment platform (Alipay) hotline"),
    ]
    decoys = []
    for k, v, ws, why in D:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in ws))
        decoys.append(dict(kind=k, value=v, written=ws, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(here, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(len(pages), "pages written")

if __name__ == "__main__":
    main()
